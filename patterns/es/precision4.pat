# Spanish: figures that count no one (thirteenth session, precision).

@lexicon EVENT_UNITS event_units.txt

# A figure that counts events ("detenidos en más de 90 manifestaciones", "las tres grandes protestas de Melbourne"):
# the noun, or a word of size or kind and then the noun, right after the figure says what is counted.
@rule es.veto.event_units veto
  (?:\b(?:{NUMWORD})|(?<![\d.,])(?<![\d.,]\x20)\d(?:[\d.,]|\x20(?=\d))*+)\s+(?:(?:grandes|pequenas|distintas|distintos|diferentes|nuevas|nuevos|masivas|multitudinarias|simultaneas|simultaneos|violentas|violentos|pacificas|sucesivas|sucesivos|otras|otros)\s+)?(?:{EVENT_UNITS})\b
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
