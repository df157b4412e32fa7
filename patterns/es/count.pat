# Spanish counts: number words, collective words, qualifiers, people nouns, non-people units.

@rule es.number.words number
  # A comma after "mil"/"millón" goes on with the same number when a hundreds word follows ("ocho mil,
  # novecientos cincuenta y uno"): one count, not two.
  (?<![\p{L}\d-])(?<num>(?!(?:y|docenas|decenas|centenares)\b){NUMWORD}(?:(?:\s+y\s+|\s+|-|(?<=\bmil|\bmillon|\bmillones),\s+(?=(?:cien|ciento|(?:dos|tres|cuatro|seis|sete|ocho|nove)cient[oa]s|quinient[oa]s)\b))(?!y\b){NUMWORD})*)(?![\p{L}\d])
  + cuatrocientas personas => num=cuatrocientas
  + unas dos docenas de activistas => num=dos docenas
  + tres centenares de presos => num=tres centenares
  - centenares de presos
  - decenas de detenidos
  + veintiún presos => num=veintiún
  + ciento sesenta y dos detenidos => num=ciento sesenta y dos
  + dos mil presos => num=dos mil
  + mil seiscientos treinta y seis detenidos => num=mil seiscientos treinta y seis
  + ocho mil, novecientos cincuenta y uno detenidos => num=ocho mil, novecientos cincuenta y uno
  + dos mil, tres de ellos menores => num=dos mil
  + diecisiete manifestantes => num=diecisiete
  - la sexta noche
  - docenas de presos

@rule es.collective.100 collective value=100
  \b(?:un|el)\s+centenar\b
  + un centenar de presos
  - centenares de presos
@rule es.collective.10 collective value=10
  \buna\s+decena\b
  + una decena de detenidos
  - decenas de detenidos
@rule es.collective.12 collective value=12
  \buna\s+docena\b
  + una docena de activistas
  - docenas de activistas
# "media docena de detenciones" is six, as "meia dúzia" and "half a dozen" are; "una quincena de rehenes" is about
# fifteen, but "una quincena de días" / "la primera quincena de julio" are a fortnight (sixteenth session).
@rule es.collective.6 collective value=6
  \bmedia\s+docena\b
  + apenas hubo media docena de detenciones => _=media docena
  - una docena de activistas
@rule es.collective.15 collective value=15
  \buna\s+quincena\b(?!\s+de\s+(?:dias|semanas|(?:{MONTH}))\b)
  + ha recibido una quincena de rehenes liberados => _=una quincena
  - pasó una quincena de días en el hospital
  - durante una quincena de julio
  - la primera quincena de agosto
@rule es.collective.20 collective value=20
  \buna\s+veintena\b
  + una veintena de presos
  - veintenas
# "una treintena de detenidos", "una cincuentena": about thirty, about fifty (twelfth session, recall).
@rule es.collective.30 collective value=30
  \buna\s+treintena\b
  + cifró en una treintena los arrestados
  + una treintena de estudiantes
  - treintenas
@rule es.collective.50b collective value=50
  \buna\s+cincuentena\b
  + una cincuentena de presos
  - cincuentenas
@rule es.collective.50 collective value=50
  \bmedio\s+centenar\b
  + medio centenar de presos
  - centenar
@rule es.collective.500 collective value=500
  \bmedio\s+millar\b
  + medio millar de estudiantes
  - millares de estudiantes
# "medio millón de personas", "un millón y medio": la fracción es parte de la cifra (sesión veintiuna); "millón"
# solo leía 1.000.000.
@rule es.collective.500000 collective value=500000
  \bmedio\s+millon\b
  + más de medio millón de personas => _=medio millón
  - un millón de personas
@rule es.collective.1500000 collective value=1500000
  \b(?:un|1)\s+millon\s+y\s+medio\b
  + un millón y medio de personas => _=un millón y medio
  - un millón de personas
# "Solo una sigue detenida": after "solo" and right before a verb saying what happened to her, "una" is a count of
# one person, not an article (alone it never is: docs/design.md).
@rule es.collective.one collective value=1 q=exact
  (?<=\bsolo\s|\bapenas\s|\bsolamente\s|\bunicamente\s)un[oa](?=\s+(?:sigue|permanece|continua|queda|esta|fue|ha\s+sido)\s)
  + Solo una sigue detenida => _=una
  + solamente uno permanece en prisión => _=uno
  - una sigue detenida
  - solo una persona
@rule es.collective.1000 collective value=1000
  \bun\s+millar\b
  + un millar de detenidos
  - millares de detenidos

@rule es.qual.at_least qualifier q=at_least
  \b(?:al\s+menos|por\s+lo\s+menos|como\s+minimo|no\s+menos\s+de|no\s+menos\s+que|un\s+minimo\s+de)(?:\s+a(?=\s))?\b{NUMSTART}
  + al menos 350 personas
  + mantiene encarcelados al menos a 23 ciudadanos => _=al menos a
  + por lo menos 20
  + no menos que 30
  - menos de 30
@rule es.qual.more_than qualifier q=more_than
  \b(?:mas\s+de|por\s+encima\s+de|superior\s+a
     # "el recuento supera ya los 700": a verb of exceeding, an adverb, the article of the figure
     |(?:supera|superan|superaba|superaban|supero|sobrepasa|sobrepasan|sobrepasaba|sobrepaso|rebasa|rebasan|rebaso|excede|excedia)(?:\s+ya)?(?:\s+(?:los|las))?
     # "el total pasa de 13.000" (not "pasó de 300 a 500", a change)
     |(?:pasa|pasan|pasaba|pasaban)(?:\s+ya)?\s+de(?!\s*[\d.]+\s+a\s+\d))\b{NUMSTART}
  + el total de detenidos pasa ya de 13.000 => _=pasa ya de
  - la cifra pasa de 300 a 500 detenidos
  + más de 400 presos
  + el número de arrestados supera ya los 900 => _=supera ya los
  + la lista rebasa las 300 personas => _=rebasa las
  - supera las expectativas
  + por encima de 800
  - más tarde
@rule es.qual.approx qualifier q=approx
  \b(?:cerca\s+de|unos|unas|alrededor\s+de|aproximadamente|aprox\b\.?|casi|en\s+torno\s+a|en\s+torno\s+de|mas\s+o\s+menos|un\s+estimado\s+de|aproximadamente\s+unos|(?:ronda|rondan|rondaba|rondaban|rondaria|rondarian)\s+(?:los|las))\b{NUMSTART}
  + unos 800 presos
  # thirtieth session: a verb of hovering around a figure
  + la población reclusa ronda los 86.000 presos => _=ronda los
  + cerca de 1.000
  + casi 300 detenidos
  - cerca de la cárcel
@rule es.qual.at_most qualifier q=at_most
  \b(?:hasta)(?![\p{L}])(?=\s*\d|\s*(?:{NUMWORD}))
  + hasta 50 rehenes
  - hasta el martes
# A cap: the speaker holds the figure down (cap=1: under an earlier, higher figure of another source it disputes).
@rule es.qual.cap qualifier q=at_most cap=1
  \b(?:como\s+mucho|como\s+maximo|un\s+maximo\s+de|a\s+lo\s+sumo
     # "en ningún momento fueron detenidas más de 520", "no pasan de 3.000": "more than", negated, bounds from above
     |(?:no|nunca|jamas|en\s+ningun\s+momento)(?:\s+(?!solo\b|solamente\b|unicamente\b|que\b|y\b|pero\b|porque\b)\p{L}+){0,3}?\s+mas\s+de
     |no\s+(?:pasa|pasan|pasaba|pasaban|paso|pasaron|supera|superan|superaba|superaban|supero|superaron|excede|exceden)(?:\s+de)?(?:\s+(?:los|las))?)(?![\p{L}])(?=\s*\d|\s*(?:{NUMWORD}))
  + en ningún momento fueron detenidas más de 520 personas => _=en ningún momento fueron detenidas más de
  + las detenciones no pasan de 3.000 => _=no pasan de
  - no solo fueron detenidas más de 300 personas
  - no podemos olvidar que más de 1.100 personas siguen presas
  + como mucho 40
  + a lo sumo 25 siguen en los calabozos => _=a lo sumo
  - hasta 50 rehenes
@rule es.qual.less_than qualifier q=less_than cap=1
  \b(?:menos\s+de|por\s+debajo\s+de|inferior\s+a
     # "no llegan a 60 los que salieron": not reaching the figure
     |no\s+(?:llega|llegan|llegaba|llegaban|llego|llegaron|alcanza|alcanzan|alcanzaba|alcanzaban|alcanzo|alcanzaron)(?:\s+a)?(?:\s+(?:los|las))?)(?![\p{L}]){NUMSTART}
  + no llegan a 60 los que salieron en libertad => _=no llegan a
  + menos de 100 presos
  - al menos 100
@rule es.qual.exact qualifier q=exact
  \b(?:solo|solamente|unicamente|apenas|exactamente|un\s+total\s+de|en\s+total)\b{NUMSTART}
  + solo 50 personas
  + un total de 80
  - sola

# People nouns after a count. The held/detention nouns also say the event when no event word is near.
@rule es.subject.people subject
  (?<![\p{L}])(?:de\s+)?(?:(?:{ADJ})\s+)?(?:{PEOPLE})\b(?:\s+{ADJ})?
  + 24 presos políticos
  + 80 personas
  + 66 venezolanos
  - 24 cárceles
# Gentilics in -enses ("los 40 bonaerenses", "23 catarinenses"): people of a town or a region, which no list can
# hold (nineteenth session, peoplelex); forensic, military and circus adjectives are not people.
@rule es.subject.gentilic subject
  (?<![\p{L}])(?!(?:forenses|castrenses|circenses)\b)\p{L}{2,}enses\b
  + los 40 bonaerenses => _=bonaerenses
  + 23 chihuahuenses
  - 12 forenses
  - 30 censos
@rule es.subject.held subject event=held
  (?<![\p{L}])(?:de\s+)?(?:{PEOPLE_HELD})\b(?:\s+{ADJ})?
  + 800 presos políticos
  + 20 rehenes
  + 2.000 internos
  - 20 personas
@rule es.subject.detained subject event=detention
  (?<![\p{L}])(?:de\s+)?(?:{PEOPLE_DETAINED})\b
  + 300 detenidos
  - 300 personas
# "the real number is only 50": a bare figure stated as the number of something counted before.
@rule es.subject.figure subject pre=1 frame=1
  \b(?:la\s+cifra|el\s+numero|el\s+total|el\s+balance|el\s+conteo|el\s+recuento)(?:\s+real|\s+verdader[oa]|\s+oficial)?\s+(?:es|era|seria|fue|asciende\s+a|ascendio\s+a|llega\s+a|llego\s+a|alcanza|alcanzo|se\s+eleva\s+a|se\s+elevo\s+a|sube\s+a|subio\s+a|(?:ha|habia)\s+(?:subido|ascendido|llegado|crecido|aumentado)\s+a|(?:crecio|aumento)\s+a)(?:\s+de)?\s*(?:solo|apenas|solamente)?
  + la cifra real es de solo 50
  + el total asciende a 120
  + la cifra había subido a 1.200
  - la cifra de muertos

# "120 casos de personas que siguen presas", "45 casos de detención arbitraria": cases of people, or of custody,
# count people, not things (twelfth session, recall); other cases (of torture, of covid) stay units.
@fragment CASES_OF_PEOPLE = (?!(?<=casos)\s+de\s+(?:(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED})\b|(?:detencion|detenciones|arresto|arrestos|encarcelamiento|detencion\s+arbitraria|privacion\s+de\s+libertad)\b))
@rule es.veto.units veto
  (?<![\d.,])(?<![\d.,]\x20)\d(?:[\d.,]|\x20(?=\d))*+\s+(?:(?:distint[oa]s|diferentes)\s+)?(?:{UNITS})\b{CASES_OF_PEOPLE} | \b(?:{NUMWORD})\s+(?:(?:distint[oa]s|diferentes)\s+)?(?:{UNITS})\b{CASES_OF_PEOPLE}
  - tenemos documentados 45 casos de personas que siguen presas
  - registró 45 casos de detención arbitraria
  + fueron liberados en tres grupos
  + registró 45 casos de tortura
  + liberados en 3 cárceles
  + detenidos en 12 distintas universidades
  + seguían retenidas en cuatro comisarías
  + 17 vuelos
  + 300 viviendas
  + Rusia devolvió 45 cuerpos de soldados
  + tres días
  + 24 horas
  - 24 presos

# The capacity of a prison is not a count of people in it; "varios cientos" is no figure at all.
@rule es.veto.capacity veto
  \bcapacidad\s+(?:maxima\s+)?(?:para|de)\s+(?:unos\s+|unas\s+|mas\s+de\s+|hasta\s+)?\d+(?:[.,\x20]\d{3})*(?:\s+(?:mil|millones))?
  + el CECOT, con capacidad para 40.000 reos
  - 40.000 reos
@rule es.veto.vague veto
  \b(?:varios|varias|unos\s+cuantos|unas\s+cuantas|algunos|algunas)\s+(?:cientos|centenares|miles|(?:{NUMWORD}))\b
  + varios cientos de detenidos
  + unos cuantos miles de presos
  - cientos de detenidos liberados
# Un número que forma parte de un nombre ("el Grupo de los 7", "G-20") no cuenta a nadie.
@rule es.veto.name veto exact
  \b(?:Grupo|Club|Comité|Consejo)\s+de\s+(?:los\s+)?\d+\b(?![\d.,]*\s+[a-záéíóúñ]+\s+(?:fueron|han\s+sido)\b) | \bG-?\d{1,2}\b
  + El Grupo de los 7 pidió su liberación
  + la cumbre del G-20
  - un grupo de 30 presos
  - Grupo de 30 presos fueron liberados

# Una proporción ("1 de cada 4 presos") no cuenta a nadie. (Los expresos: es.subject.former26 en precision26.pat.)
@rule es.veto.ratio veto
  \b(?:\d+|{NUMWORD})\s+de\s+cada\s+(?:\d+|{NUMWORD})\b
  + 1 de cada 4 presos
  + uno de cada cinco reclusos
  - 4 presos
  - 300 presos políticos

@rule es.veto.law veto
  \b(?:articulo|art\.|ley|decreto|resolucion|numero|n\.?o\.?|expediente|caso|gaceta|inciso|capitulo|resolucion|sentencia)\s*\d[\d.,/-]*
  + el artículo 24
  + la Ley 1.234
  + nº 5
  - 24 presos

# A reporting verb governs the counts of its own clause only.
@rule es.clause clause
  (?:,|;|:|—)\s*(?:pero(?!\s+que\b)|mientras\s+que|aunque|sin\s+embargo|no\s+obstante)\b | ;\s | \bpero\b(?!\s+que\b) | \bmientras\s+que\b | ,\s*(?:donde|en\s+donde|en\s+la\s+que|en\s+el\s+que)\b
  + dice que liberó a 100, pero la cifra real es de 50
  - afirmó que el fallo era positivo, pero que 30 personas siguen presas
  + 80 salieron; sin embargo
  + enviaron 1.500 militares a la frontera, donde 230 migrantes fueron detenidos
  - perol

# Parte de un grupo contado antes: "De esos 553, como mucho 200 serán presos políticos".
@rule es.partitive partitive
  \b(?:de\s+(?:los|las|esos|esas|estos|estas)|entre\s+(?:los|las|esos|esas))\b(?!\s+(?:(?:ultim[oa]s|anteriores|previ[oa]s|pasad[oa]s)\s+)?(?:dias|semanas|meses|anos|horas)\b)
  + De esos 553, como mucho 200
  - otras 187 de las semanas previas
  + entre los arrestados hay una decena
  - de ellos

# The whole counted just before, named as a total ("De ese total, 188 estaban presos", "De esa cifra, 40 ..."): with
# whole=1 the first count after it takes the event of the latest claim (claims.c, S_partitive).
@rule es.partitive.total partitive whole=1
  \bde\s+(?:ese|este|dicho|aquel|esa|esta|dicha|aquella)\s+(?:total|numero|grupo|conjunto|cifra|balance)\b
  + De ese total, siempre según el ministerio, 188 => _=De ese total
  + de esa cifra, 40 eran mujeres => _=de esa cifra
  - el total de presos

# Una cifra comparada con otra anterior cuenta a las mismas personas: "frente a los 39.000 de enero".
@rule es.subject.comparison subject pre=1
  \b(?:frente\s+a(?:\s+(?:los|las|unos|unas))?|comparad[oa]s?\s+con(?:\s+(?:los|las))?|desde\s+(?:los|las)|contra\s+(?:los|las))(?=\s+(?:(?:cerca\s+de|casi|mas\s+de|unos|unas|alrededor\s+de)\s+)?\d)
  + frente a los 39.000 de enero
  + frente a las cerca de 900 que llegó a albergar
  - frente a la cárcel
# "los presos pueden ser hasta 8.000", "las detenciones no pasan de 3.000": a bare figure stated as what the people or
# acts counted before may number; the event comes from the sentence.
@rule es.subject.may_number subject pre=1
  \b(?:(?:pueden|podrian|podian|deben|debian)\s+ser(?:\s+hasta|\s+mas\s+de|\s+unos|\s+unas)?|no\s+pasa(?:n|ban|rian)?\s+de)(?=\s*"?\s*(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + los militares en cautiverio pueden ser hasta 8.000
  + las detenciones no pasan de 3.000 => _=no pasan de
  - pueden ser liberados
# "La población penitenciaria era de 30.000": una población es la gente presa.
@rule es.subject.population subject pre=1 event=held
  \b(?:la\s+)?poblacion\s+(?:penitenciaria|carcelaria|reclusa|penal|privada\s+de\s+libertad)(?:\s+\p{L}+){0,6}?\s+(?:era|es|fue|ascendia|asciende|se\s+situaba|se\s+situa|se\s+fijaba|se\s+fija|quedo|quedaba|llegaba|llega|llego|alcanzo|alcanza|ronda|rondaba|supera|superaba|supero|suma|sumaba|se\s+eleva|se\s+elevaba|(?:ha|habia)\s+(?:caido|bajado|subido|crecido|llegado|pasado))\b(?:\s+(?:el|al)\s+\d{1,2}\s+de\s+\p{L}+)?(?:\s+(?:de|a|en|hasta|las|los|hasta\s+las|hasta\s+los|a\s+las|a\s+los))?
  + la población penitenciaria del país era de 30.000
  + la población penal ronda las 85.000 personas => _=la población penal ronda las
  + la población carcelaria ha caído hasta unos 31.000 => _=la población carcelaria ha caído hasta
  + la población penal del estado ronda las 23.000 => _=la población penal del estado ronda las
  + la población penitenciaria se situaba el 31 de julio en unos 11.000 => _=la población penitenciaria se situaba el 31 de julio en
  - la población civil

# "la liberación de otros 33": words between an event word and its count that add nothing to the figure
@rule es.qual.other qualifier q=exact other=1 gate=1
  \b(?:otros|otras|otro|otra|demas|restantes|adicionales)\b{NUMSTART}
  + la liberación de otros 33 detenidos
  - otros presos

# Órdenes de detención cumplidas cuentan detenciones: "ejecutó 93 órdenes de captura".
@rule es.subject.warrants subject event=detention
  (?<![\p{L}])(?:ordenes|mandamientos)\s+de\s+(?:captura|detencion|aprehension|arresto|prision)(?:\s+preventiva)?\b
  + la policía cumplió 93 órdenes de captura
  - una orden de captura

# People who are none of ours unless an event word sits right beside them: police, troops, lawmakers, voters,
# crowds ("3,5 millones de manifestantes", "227 diputados"). "457 manifestantes detenidos" stays a detention.
@rule es.subject.other subject event=none
  (?<![\p{L}])(?:de\s+)?(?:{PEOPLE_OTHER})\b(?:\s+{ADJ})?
  + 3,5 millones de manifestantes
  + 227 diputados del Parlamento
  + 457 manifestantes detenidos => _=manifestantes detenidos
  - 24 presos políticos

# Un atributo de las personas no dice cuántas son: "la edad media de los detenidos era de 17", "el más joven de
# los arrestados tenía 14". Las palabras de en medio no pueden tener una cifra (esa sí cuenta).
@rule es.veto.attribute veto
  \b(?:(?:edad|estatura)\s+(?:media|promedio|mediana)|(?:media|promedio)\s+de\s+edad(?:es)?|edades|(?:el|la)\s+(?:mas\s+joven|de\s+mas\s+edad|mas\s+viej[oa]))\b(?:\s+(?!(?:{NUMWORD})\b)[\p{L}'-]+){0,7}?\s+(?:era|es|fue|son|eran|estaba\s+en|esta\s+en|se\s+situa\s+en|se\s+situaba\s+en|rondaba|ronda|oscila\s+entre|oscilaba\s+entre|oscilan\s+entre|van\s+de|iban\s+de|tenia|tiene)\s+(?:de\s+)?(?:los\s+|unos\s+|apenas\s+|solo\s+|menos\s+de\s+|mas\s+de\s+)?(?:\d{1,3}|{NUMWORD})(?![\d.,]?\d)(?:\s+(?:y|a)\s+(?:los\s+)?(?:\d{1,3}|{NUMWORD}))?
  + la edad media de los detenidos era de 17 => _=edad media de los detenidos era de 17
  + el más joven de los arrestados tenía 14
  + sus edades oscilan entre 15 y 19
  + el promedio de edad de los presos es de veintidós
  - la edad media de los 300 detenidos
  - 300 detenidos, de 17 años de media

# Una meta o cuota no cuenta a nadie detenido ni liberado: "una meta de 3 mil arrestos diarios".
@rule es.veto.target veto
  \b(?:como\s+(?:meta|objetivo)\s+|(?:meta|objetivo|cuota|cupo)s?\s+(?:(?:diari[oa]|semanal|mensual|anual|minim[oa])s?\s+)?(?:de|era\s+de|es\s+de|fijad[oa]\s+en|de\s+llegar\s+a)\s+)(?:al\s+menos\s+|unos\s+|unas\s+|hasta\s+|mas\s+de\s+)?(?:\d[\d.,]*(?:\s+{MULT}(?![\p{L}]))?|(?:{NUMWORD})(?:\s+(?:{NUMWORD})){0,3})(?![\d.,]?\d)
  + fijó a la agencia una meta de 3 mil arrestos diarios => _=meta de 3 mil
  + les impusieron una cuota diaria de cincuenta detenciones
  + el objetivo es de 1 millón de deportaciones
  + se puso como objetivo 1 millón de deportaciones al año => _=como objetivo 1 millón
  - 3.000 personas fueron detenidas en la meta de la carrera
  - cumplido el objetivo, 300 presos fueron liberados

# "Los tres rehenes son Ana Ruiz, ...": el artículo y la cifra nombran a personas ya contadas; lo que sigue dice
# quiénes son, no es una cifra nueva.
@rule es.veto.enumeration veto exact
  (?<![\p{L}])(?:[Ll]os|[Ll]as|[Ee]stos|[Ee]stas|[Ee]sos|[Ee]sas)\s+(?:\d{1,2}|{NUMWORD})(?=(?:\s+[\p{Ll}-]+){1,3}\s+(?:son|eran|fueron)\s*:?\s+\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}|\s*,|\s+y\s+\p{Lu}))
  + los tres rehenes son Keith Siegel, Ofer Kalderon y Yarden Bibas => _=los tres
  + Las dos presas liberadas eran Ana, maestra, y Luisa
  - los tres rehenes eran Israelíes
  - los tres rehenes fueron entregados a la Cruz Roja
  - tres rehenes son Keith Siegel, Ofer Kalderon y Yarden Bibas

# Un recuento de votos no cuenta a personas presas: "por 9 votos a favor, 4 en contra y 1 abstención",
# "aprobada con 12 a favor y 3 en contra" (el número no lleva sustantivo, así que nada más lo descarta).
@rule es.veto.votes veto
  (?<![\d.,])\d[\d.,]*\s+(?:votos?\s+)?(?:a\s+favor|en\s+contra|abstenciones|abstencion|en\s+blanco)\b | \b(?:{NUMWORD})\s+(?:votos?\s+)?(?:a\s+favor|en\s+contra|abstenciones|abstencion)\b
  + aprobada por 9 votos a favor, 4 en contra y 1 abstención => _=9 votos a favor
  + con 12 a favor y 3 en contra => _=12 a favor
  + hubo dos abstenciones => _=dos abstenciones
  - 40 presos a favor de los cuales se pronunció el juez
  - 12 detenidos
