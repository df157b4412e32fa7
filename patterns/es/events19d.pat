# Spanish: the ways people are said to be detained, and kidnapped (nineteenth session, detentionlex).
# Written from the ways journalists say an arrest and a kidnapping, not from corpus sentences: verbs of the
# kidnapper (raptar, plagiar, levantar a), verbs of the police that take people away (encerrar, recluir, conducir o
# trasladar a comisaría, subir a los furgones, esposar, poner bajo arresto), people recognised as victims of
# kidnapping or political imprisonment (the taking: detention, docs/corpus.md "Kidnappings and hostages"), and
# leads where the arrested themselves rise to a figure.

# A figure, perhaps after a qualifier, right after the phrase.
@fragment D19_NUM = (?=\s+(?:(?:al\s+menos|por\s+lo\s+menos|unos|unas|cerca\s+de|casi|mas\s+de|otros|otras|alrededor\s+de|hasta)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])|un\s+(?:centenar|millar)|una\s+(?:decena|docena|veintena)|decenas|cientos|centenares|miles))

# The kidnapper's verbs and the police's ways of taking people away, active ("raptaron a 45 alumnas", "la policía
# levantó a 30 jóvenes", "encerró a 45 opositores", "recluyeron a 45 personas en el estadio", "condujo a 45
# personas a dependencias policiales", "subió a 45 personas a los furgones") or passive ("fueron raptadas",
# "fueron levantados", "fueron recluidas en el estadio", "fueron esposados", "fueron subidos a los furgones",
# "fueron puestos bajo arresto": the arrest, where "bajo arresto" alone is the state, held).
@rule es.detention.verbs19 trigger event=detention
  \b(?:(?:rapto|plagio)\s+de{D19_NUM}
     # a participle set off by a comma after the figure tells the people's past (see pt/events19d.pat)
     |(?:rapt(?:o|aron|ar)|(?<!,\s)rapt(?:ado|ados|adas|ada))\b
     |plagi(?:o|aron)\s+a{D19_NUM}
     |levant(?:o|aron)\s+a{D19_NUM}
     |(?:fueron|han\s+sido|habian\s+sido|habrian\s+sido)\s+levantad[oa]s\b(?!\s+(?:las|los)\s)
     |(?:encerr|recluy|metieron\s+presos?)(?:o|eron)?\s+a{D19_NUM}
     |(?:fueron|han\s+sido|habian\s+sido|resultaron)\s+recluid[oa]s\b
     |(?:conduj|traslad)(?:o|eron|aron)\s+a(?=(?:\s+[\p{L}\d.,]+){1,5}?\s+a\s+(?:la\s+|una\s+|las\s+)?(?:comisaria|comisarias|dependencias\s+policiales|sede\s+policial|estacion\s+de\s+policia|cuartel|jefatura)\b)
     |sub(?:io|ieron)\s+a(?=(?:\s+[\p{L}\d.,]+){1,5}?\s+a\s+(?:los\s+|las\s+|unos\s+|unas\s+)?(?:furgones|furgonetas|patrulleros|patrullas|camionetas|vehiculos\s+policiales|coches\s+patrulla|colectivos\s+policiales|tanquetas)\b)
     |subid[oa]s\s+a\s+(?:los\s+|las\s+|unos\s+|unas\s+)?(?:furgones|furgonetas|patrulleros|patrullas|camionetas|vehiculos\s+policiales|coches\s+patrulla|colectivos\s+policiales)\b
     |esposad[oa]s\b
     |(?:puest[oa]s|colocad[oa]s)\s+bajo\s+arresto\b)
  + Hombres armados raptaron a 45 alumnas de un internado => _=raptaron
  + 45 personas fueron raptadas en la carretera => _=raptadas
  + Los guerrilleros plagiaron a 45 personas => _=plagiaron a
  + La policía levantó a 45 jóvenes de la calle => _=levantó a
  + 45 personas fueron levantadas por hombres armados => _=fueron levantadas
  + La Stasi encerró a 45 opositores => _=encerró a
  + Las autoridades recluyeron a 45 personas en el estadio => _=recluyeron a
  + fueron recluidas en el recinto cerca de 20.000 personas => _=fueron recluidas
  + La policía condujo a 45 personas a dependencias policiales => _=condujo a
  + los agentes trasladaron a 45 jóvenes a la comisaría => _=trasladaron a
  + La policía subió a 45 personas a los furgones => _=subió a
  + 45 personas fueron esposadas y subidas a los furgones => _=esposadas
  + 45 personas fueron puestas bajo arresto => _=puestas bajo arresto
  + el rapto de 45 niñas => _=rapto de
  - las restricciones fueron levantadas las semanas pasadas
  - levantó a la multitud
  - ya no quedan bajo arresto más de 20
  - el plagio de tesis
  - las esposas de los presos
  - 45 personas siguen recluidas
  - siguen secuestrados siete estadounidenses, raptados en Beirut

# People recognised as victims of kidnapping or political imprisonment were taken: "reconoció a 27.255 personas como
# víctimas de prisión política y tortura", "45 personas fueron víctimas de secuestro".
@rule es.detention.victims_of19 trigger event=detention
  \bvictimas\s+de\s+(?:(?:la\s+)?(?:prision|detencion|encarcelamiento)(?:\s+(?:politica|arbitraria|ilegal))?|secuestros?|raptos?|plagios?)\b
  + reconoció a 45 personas como víctimas de prisión política => _=víctimas de prisión política
  + 45 personas fueron víctimas de secuestro => _=víctimas de secuestro
  - víctimas de la represión

# Leads where the arrested themselves rise to a figure: "Los detenidos ascienden ya a 45", "los arrestos superan
# los 300", "las detenciones llegan a 45". The bare figure counts arrests.
@rule es.subject.arrests_rise19 subject pre=1 event=detention
  \b(?:los\s+|las\s+)?(?:detenidos|detenidas|arrestados|arrestadas|detenciones|arrestos|capturados|capturas|aprehendidos|aprehensiones)\s+(?:ya\s+)?(?:ascienden|ascendian|ascendieron|suben|subieron|llegan|llegaban|llegaron|se\s+elevan|se\s+elevaron|superan|superaban|superaron|rozan|rondan|suman|sumaban|sumaron|alcanzan|alcanzaron|rebasan|rebasaron)(?:\s+ya)?(?:\s+a)?(?:\s+(?:los|las|unos|unas|cerca\s+de|casi|mas\s+de))?(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])|un\s+(?:centenar|millar)))
  + Los detenidos ascienden ya a 45 => _=Los detenidos ascienden ya a
  + los arrestos superan los 300 en todo el país => _=los arrestos superan los
  + las detenciones llegan a 45 => _=las detenciones llegan a
  - los detenidos ascienden a la furgoneta

# Captors who have hostages in their power hold them, even when the noun after the figure tells the taking: "rechazó
# que la guerrilla tenga en su poder a «un centenar de secuestrados»". The whole phrase, figure and noun, is the
# event word, longer than "secuestrados" inside it (docs/corpus.md "Kidnappings and hostages": captivity is held).
@rule es.held.in_their_power19 trigger event=held
  \b(?:tener|tiene|tienen|tenia|tenian|tuvo|tuvieron|tuviera|tuvieran|tuviese|tuviesen|tendria|tendrian|tenga|tengan|mantener|mantiene|mantienen|mantenia|mantenian|mantuvo|mantuvieron|mantuviera|mantuvieran|mantenga|mantengan)\s+(?:todavia\s+|aun\s+|ya\s+)?en\s+su\s+poder\s+a\s+(?:["«“]\s*)?(?:(?:unos|unas|mas\s+de|cerca\s+de|casi|al\s+menos|alrededor\s+de)\s+)?(?:\d[\d.,]*(?:\s+mil)?|(?:{NUMWORD})|un\s+(?:centenar|millar)|una\s+(?:decena|veintena))\s+(?:de\s+)?(?:secuestrad[oa]s|rehenes|cautiv[oa]s|plagiad[oa]s)\b
  + rechazó que la guerrilla tenga en su poder a "un centenar de secuestrados" => _=tenga en su poder a "un centenar de secuestrados
  + El ELN tiene en su poder a 45 secuestrados => _=tiene en su poder a 45 secuestrados
  - la policía tiene en su poder las pruebas

# Giving oneself up in the compound tenses (es.detention.surrender has the simple forms): "otros 12 se habían
# entregado", "los 30 prófugos se han entregado a la policía".
@rule es.detention.surrender19 trigger event=detention
  \bse\s+(?:han|habian|hayan|habrian|ha|habia)\s+(?:entregado|rendido)\b(?!\s+(?:las?|los|el|un|una|unos|unas|sus?|\d+|(?:{NUMWORD}))\b)
  # convicts and fugitives who report to a prison, a court or the police start their custody
  | (?<=condenados\s|reos\s|profugos\s|procesados\s|sentenciados\s|fugitivos\s)(?:ya\s+)?(?:se\s+(?:habian\s+|han\s+)?present(?:aron|ado|an)|se\s+(?:habian\s+|han\s+)?(?:entregado|personado))\b
  + otros 12 se habían entregado => _=se habían entregado
  - se han entregado las actas
  + nueve condenados se presentaron en la prisión de Lledoners => _=se presentaron
  - los nueve candidatos se presentaron a las elecciones
