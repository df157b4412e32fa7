# Spanish: figures that count no one (thirteenth session, precision).

@lexicon EVENT_UNITS event_units.txt

# A figure that counts events ("detenidos en más de 90 manifestaciones", "las tres grandes protestas de Melbourne"):
# the noun, or a word of size or kind and then the noun, right after the figure says what is counted.
@rule es.veto.event_units veto
  (?:\b(?:{NUMWORD})|(?<![\d.,])(?<![\d.,]\x20)\d(?:[\d.,]|\x20(?=\d))*+)\s+(?:(?:grandes|pequenas|distintas|distintos|diferentes|nuevas|nuevos|masivas|multitudinarias|simultaneas|simultaneos|violentas|violentos|pacificas|sucesivas|sucesivos|otras|otros)\s+)?(?:{EVENT_UNITS})\b
  + el país aprobó 12 amnistías desde 1975 => _=12 amnistías
  + fueron detenidos en más de 90 manifestaciones en todo el país => _=90 manifestaciones
  + en las tres grandes protestas de la semana => _=tres grandes protestas
  + tras 40 redadas => _=40 redadas
  + en 235 manifestaciones celebradas en 67 ciudades => _=235 manifestaciones
  - la policía detuvo a 40 manifestantes
  - 40 fueron detenidos en las protestas
  - otros tres manifestantes fueron liberados

# A population is no count of people held or freed ("un país de unos 100 millones de habitantes", "una ciudad de
# dos millones"): the place noun and "de" right before the figure take it.
@rule es.veto.population veto
  \b(?:pais|nacion|poblacion|ciudad|localidad|estado|isla|region|provincia)\s+de\s+(?:(?:unos|unas|cerca\s+de|casi|mas\s+de|alrededor\s+de|aproximadamente|apenas)\s+)?(?:\d[\d.,]*(?:\s+(?:{MULT})\b)?|(?:{NUMWORD})(?:\s+(?:{MULT})\b)?)
  + un país de unos 100 millones de habitantes => _=país de unos 100 millones
  + una nación de 47 millones => _=nación de 47 millones
  + una población de 3.000 => _=población de 3.000
  - un grupo de 30 presos
  - una lista de 40 detenidos

# Personas investigadas, juzgadas o indemnizadas no pasaron por ninguno de nuestros eventos ("hay al menos 30
# sospechosos bajo investigación", "169 militantes siguen respondiendo ante la justicia", "recibieron una
# indemnización"): la frase, con el verbo de estado delante, no ata la cifra a "hay" ni a "siguen".
@rule es.other.investigated trigger event=none fate=1
  \b(?:(?:estan|estaban|siguen|seguian|quedan|permanecen|continuan)\s+)?(?:bajo\s+investigacion|siendo\s+investigad[oa]s|(?:respondiendo|responden|respondian|responder|responderan)\s+ante\s+(?:la\s+justicia|los\s+tribunales|un\s+tribunal|el\s+juez)|(?:enfrentan|enfrentaran|enfrentaban)\s+(?:un\s+)?juicio)\b
  + hay al menos 30 sospechosos bajo investigación => _=bajo investigación
  + otros 169 militantes siguen respondiendo ante la justicia => _=siguen respondiendo ante la justicia
  + 40 personas enfrentan juicio => _=enfrentan juicio
  - 40 personas siguen en prisión a la espera de juicio
  - la investigación concluyó que 40 personas fueron detenidas
@rule es.other.compensated trigger event=none fate=1
  \brecibieron\s+(?:(?:una|la|las|sus|su)\s+)?(?:indemnizacion(?:es)?|compensacion(?:es)?|reparacion(?:es)?|pagos?|pensiones|disculpas)\b
  + unas 60.000 personas recibieron una indemnización => _=recibieron una indemnización
  - recibieron a 95 presos en el aeropuerto

# Lo que un canje da a cambio también sale libre: "excarceló a 1.150 presos a cambio de tres soldados capturados",
# "la liberación de 33 rehenes a cambio de unos 1.900 presos palestinos" (liberados, digan lo que digan su
# participio o su nombre).
@rule es.release.in_exchange trigger event=release
  \ba\s+cambio\s+de(?:l)?(?=\s)
  + Israel excarceló a 1.150 presos a cambio de tres soldados => _=a cambio de
  + la liberación de 33 rehenes a cambio de unos 1.900 presos => _=a cambio de
  - un cambio de gobierno

# Quien queda por liberar sigue preso: "quedan al menos 2.000 personas por liberar", "300 personas pendientes de
# liberación". La frase tras la cifra (fate=1) gana a la palabra de liberación que contiene y a las de antes.
@rule es.held.yet_to_be_freed trigger event=held fate=1
  \b(?:(?<!acabo\s)(?<!acabaron\s)(?<!acaban\s)(?<!acaba\s)(?<!termino\s)(?<!terminaron\s)(?<!opto\s)(?<!optaron\s)por\s+(?:liberar|excarcelar)(?!\s+(?:\d|(?:{NUMWORD})\b|a|al|el|la|los|las|un|una|unos|unas|mas|cerca|todos|todas|esos|esas|estos|estas|sus)\b)|pendientes?\s+de\s+(?:su\s+)?(?:liberacion|excarcelacion|ser\s+liberad[oa]s)|a\s+la\s+espera\s+de\s+(?:su\s+)?(?:liberacion|excarcelacion|ser\s+liberad[oa]s)|(?:esperan|esperaban)\s+(?:su\s+)?(?:liberacion|excarcelacion|ser\s+liberad[oa]s))\b
  + quedan al menos 2.000 personas por liberar => _=por liberar
  + unas 300 personas pendientes de liberación => _=pendientes de liberación
  + 40 presos a la espera de ser liberados => _=a la espera de ser liberados
  - 40 presos fueron liberados
  - cerca de 40.000 acabaron por ser liberados
  - el gobierno optó por liberar a 40 presos
