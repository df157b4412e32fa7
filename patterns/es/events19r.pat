# Spanish: ways of telling a release that no older release word read (nineteenth session). Written from the ways
# journalists say it, then checked against the corpus for new false claims. Each phrase is a trigger: longer than
# any event word inside it, it decides by the rules of "The event" (docs/design.md).

# The captors let people go: "dejaron ir a 30 rehenes", "permitieron la salida de 40 personas", "la salida de 30
# presos". "No les dejaron ir" is none; the way out of something that is no one ("la salida de 30 camiones") has no
# count of people.
@rule es.release.let_go trigger event=release
  (?<!\bno\s)(?<!\bno\sles\s)(?<!\bno\slos\s)(?<!\bno\slas\s)\b(?:(?:han|habian|ha|habia|hayan)\s+dejado|dej(?:o|aron|an|a|aban|aria|arian))\s+ir\s+a\b
  | \b(?:(?:permiti\w*|autoriz\w*|facilit\w*)\s+)?la\s+salida\s+de(?=\s+(?:(?:al\s+menos|por\s+lo\s+menos|mas\s+de|cerca\s+de|unos|unas|casi|otros|otras|alrededor\s+de)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])|un\s+(?:centenar|millar)|una\s+(?:decena|docena|veintena)))
  + los secuestradores dejaron ir a 30 rehenes => _=dejaron ir a
  + el Gobierno dejó ir a 30 rehenes => _=dejó ir a
  + los asaltantes permitieron la salida de 40 personas => _=permitieron la salida de
  + la salida de 30 presos fue celebrada => _=la salida de
  + permitieron la salida de al menos 40 personas => _=permitieron la salida de
  - no les dejaron ir a la playa
  - la salida de los camiones

# Out alive, after a noun of captives: "los rehenes lograron salir con vida" (workers out of a fire were no one's
# captives).
@fragment R19_CAPTIVOS = (?<=rehenes\s|presos\s|prisioneros\s|secuestrados\s|detenidos\s|cautivos\s|reclusos\s|retenidos\s)
@rule es.release.out_alive trigger event=release
  {R19_CAPTIVOS}(?:(?:ya|todos|finalmente)\s+)?(?:(?:lograron|pudieron|consiguieron|logro|pudo)\s+)?(?:salir|salieron|salio|han\s+salido|habian\s+salido)\s+(?:ilesos\s+y\s+)?con\s+vida\b
  + treinta rehenes lograron salir con vida => _=lograron salir con vida
  - no sabemos si saldrán con vida
  - treinta trabajadores lograron salir con vida del incendio

# Given back: "los 30 rehenes fueron devueltos", "devueltos al continente". Sent back to prison is held.
@rule es.release.given_back trigger event=release
  \b(?:fueron|han\s+sido|habian\s+sido|seran|serian|sean|fueran|son|eran)\s+(?:ya\s+)?devuelt[oa]s\b(?!\s+a\s+(?:la\s+|las\s+|sus\s+)?(?:carcel(?:es)?|prision(?:es)?|celdas?|custodia|calabozos?))
  + treinta rehenes fueron devueltos => _=fueron devueltos
  + más de 10.000 fueron devueltos al continente => _=fueron devueltos
  - fueron devueltos a la cárcel

# Libertar, an older synonym of liberar: "fueron libertados", "libertó a 30 presos".
@rule es.release.libertar trigger event=release
  \blibert(?:ad[oa]s|o|aron|ara|aran|aria|arian)\b
  + treinta presos fueron libertados => _=libertados
  + el general libertó a 30 presos => _=libertó
  - la libertad de prensa

# Freedom granted: "el juez concedió la libertad condicional a 30 presos", "otorgó la libertad a".
@rule es.release.freedom_granted trigger event=release
  \b(?:concedi\w*|conced(?:e|en|era|eran|eria|erian)|otorg\w*|dio|dieron|(?:ha|han|habia|habian)\s+dado)\s+(?:la\s+)?libertad(?:\s+(?:condicional|provisional|vigilada|bajo\s+fianza))?\s+a\b
  + el juez concedió la libertad condicional a 30 presos => _=concedió la libertad condicional a
  + el tribunal otorgó la libertad a 12 acusados => _=otorgó la libertad a
  - el juez negó la libertad condicional a 30 presos

# A commutation of prison sentences frees the people whose terms it ends: "conmutó las penas de 30 presos", "la
# conmutación de las condenas de 14". Not death sentences commuted to life or to prison terms.
@rule es.release.commuted trigger event=release
  \b(?:conmut(?:o|aron|ara|aran|aria|arian|a|an)|(?:ha|han|habia|habian)\s+conmutado|la\s+conmutacion\s+de)\s+(?:las\s+|sus\s+)?(?:penas|condenas)\s+de(?=\s+(?:otros\s+|otras\s+|unos\s+|unas\s+|mas\s+de\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))(?![^.;]{0,80}?\b(?:a\s+muerte|de\s+muerte|cadena\s+perpetua|reclusion|por\s+(?:penas|condenas)\s+de\s+prision))
  # Vigésima primera sesión: la cifra cuenta las penas, una por persona ("conmutó 330 penas"); no penas de muerte.
  | \b(?:conmut(?:o|aron|ara|aran|aria|arian|a|an)|(?:ha|han|habia|habian)\s+conmutado)(?=\s+(?:(?:otras|unas|mas\s+de|casi|cerca\s+de)\s+)?(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+(?:penas|condenas)\b(?!\s+(?:de\s+muerte|capitales|a\s+muerte)))(?![^.;]{0,80}?\b(?:a\s+muerte|de\s+muerte|cadena\s+perpetua|reclusion|por\s+(?:penas|condenas)\s+de\s+prision))
  + el gobierno conmutó las penas de 30 presos => _=conmutó las penas de
  + el último día de su mandato conmutó 330 penas => _=conmutó
  + el presidente ha conmutado otras 46 condenas => _=ha conmutado
  - conmutó 46 penas de muerte
  - conmutó 12 condenas por cadena perpetua
  - Franco conmutó las penas de seis condenados a muerte
  - conmutó las penas de tres presos por cadena perpetua

# Sent to a third country or resettled: the transfers out of Guantánamo free the men transferred.
@rule es.release.third_country trigger event=release
  \b(?:enviad|trasladad|reasentad|repatriad|transferid)[oa]s\s+a\s+(?:un\s+)?terceros?\s+pais(?:es)?\b
  | \b(?:fueron|han\s+sido|habian\s+sido|seran|serian)\s+reasentad[oa]s\b
  + treinta presos fueron enviados a terceros países => _=enviados a terceros países
  + treinta presos fueron reasentados en Uruguay => _=fueron reasentados
  - treinta presos fueron trasladados a otra cárcel

# At home with their families: "ya están con sus familias".
@rule es.release.with_families trigger event=release
  \b(?:estan|estaban|se\s+encuentran)\s+(?:ya\s+)?(?:de\s+nuevo\s+)?con\s+sus\s+(?:familias|familiares|seres\s+queridos)\b
  + treinta presos ya están con sus familias => _=están con sus familias
  - sus familias están con ellos

# Brought back: "trajo de vuelta a 30 ciudadanos", "han sido traídos de vuelta".
@rule es.release.brought_back trigger event=release
  \b(?:traid[oa]s|traj(?:o|eron)|trae|traen|traera|traeran|traer|(?:ha|han|habia|habian)\s+traido)\s+de\s+vuelta\b(?=\s+a\s|{NUMSTART}|\s+(?:mas\s+de|unos|unas|cerca\s+de|casi|los|las)\s)
  + el gobierno trajo de vuelta a 30 ciudadanos => _=trajo de vuelta
  - trajo de vuelta el debate

# Exchanged, in the simple past and present: "Moscú canjeó a 30 presos por dos pilotos" (es.release.verb has the
# plural and the participles).
@rule es.release.exchanged trigger event=release
  \bcanje(?:o|a|an|ara|aran|aria|arian)(?=\s+a\s)
  + Moscú canjeó a 30 presos por dos pilotos => _=canjeó
  - el canje de prisioneros

# Una expulsión de gente retenida la saca de su custodia, como "expulsados" (es.release.verb): "la expulsión de los
# 52 espías". Solo ante una cifra y un nombre de personas (los diplomáticos no son presos de nadie).
@rule es.release.expulsion trigger event=release
  \bexpulsion\s+de\s+["']?(?:los\s+|las\s+)?["']?(?=(?:(?:mas\s+de|unos|unas|cerca\s+de|casi)\s+)?(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+(?:[\p{L}-]+\s+)?(?!diplomat)(?:{PEOPLE_HELD}|{PEOPLE})\b)
  + Teherán anunció la expulsión de los "52 espías" => _=expulsión de los "
  - la expulsión de 20 diplomáticos

# Más maneras llanas de contar una excarcelación: "ya pisan la calle", "cruzaron la puerta de la cárcel", "pagaron la
# fianza", "fueron enviados al exilio" (presos liberados a condición de salir del país, como "desterrados").
# "tuvieron sus penas conmutadas" sigue sin evento (es.other.sentence_cut: una pena más corta).
@rule es.release.plain_more trigger event=release
  \bpis(?:an|aron|o|ara|aran|aba|aban|ar)\s+(?:ya\s+)?(?:de\s+nuevo\s+)?la\s+calle\b
  | \b(?:cruz|atraves)(?:aron|o|an|a|aran|ara)\s+(?:la\s+puerta|las\s+puertas|el\s+umbral|el\s+porton|la\s+verja)\s+(?:de\s+(?:la|las|el|los)\s+|del\s+)?(?:carcel(?:es)?|prision(?:es)?|penal(?:es)?|penitenciaria|centro\s+penitenciario)\b
  | \bpag(?:aron|o|an|a|aran|ara|ado)\s+(?:la\s+|sus\s+|su\s+)?fianzas?\b(?!\s+(?:del|de\s+(?:la|su|sus|los|las))\s+(?:alquiler|piso|vivienda|contrato|casa|local|coche|apartamento|arrendamiento))
  | \b(?:fueron|han\s+sido|habian\s+sido|seran)\s+enviad[oa]s\s+al\s+(?:exilio|destierro)\b|\bpartieron\s+al\s+exilio\b
  + treinta presos ya pisan la calle => _=pisan la calle
  + treinta presos cruzaron la puerta de la cárcel => _=cruzaron la puerta de la cárcel
  + treinta presos pagaron la fianza => _=pagaron la fianza
  + treinta presos fueron enviados al exilio => _=fueron enviados al exilio

# El nombre de la repatriación ante una cifra: "la repatriación de 30 presos" (como "la entrega de", "el regreso de").
@rule es.release.repatriation_noun trigger event=release
  \brepatriacion(?:es)?\s+de(?=\s+(?:(?:mas\s+de|unos|unas|cerca\s+de|casi|otros|otras|al\s+menos|los|las)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + la repatriación de 30 presos => _=repatriación de
  - la repatriación de capitales

# Volar o aterrizar en casa, tras un nombre de cautivos: "los rehenes volaron a casa". Evacuados, turistas y
# aficionados también vuelan a casa, así que no tras cualquier nombre.
@rule es.release.flown_home trigger event=release
  {R19_CAPTIVOS}(?:(?:ya|por\s+fin|finalmente|han|habian|ha)\s+)?(?:vol(?:aron|o|ara|aran|aban|ado)|aterriz(?:aron|o|aran|ara|ado))\s+(?:de\s+(?:vuelta|regreso)\s+)?(?:a\s+(?:sus?\s+)?(?:casas?|hogares|pais))\b
  + treinta rehenes volaron a casa => _=volaron a casa
  - treinta turistas volaron a casa tras el huracán
