# Spanish recall rules found missing on the unseen articles 79-108 (eleventh session, recall).

# The relative pronouns of a clause after a count (counts.c, S_after_relative).
@lexicon who_words who_words.txt

# Sent on to custody pending trial, said right after the count: "942 detenidos pasaron a prisión preventiva", "los 30
# arrestados quedaron en prisión provisional". Those people are held now, whatever the noun says of how they came to
# be there (fate=1 outranks the count's own event word, counts.c).
@rule es.held.remand trigger event=held fate=1
  \b(?:(?:han|habian|hayan)\s+)?(?:pasaron|pasan|pasaran|pasarian|pasado|pasaban)\s+a\s+(?:prision|la\s+carcel)(?:\s+(?:preventiva|provisional))?\b
  |\b(?:(?:han|habian|hayan)\s+)?(?:quedaron|quedan|quedaran|quedarian|quedado|quedaban|permanecen|permanecian|siguen|seguian|continuan)\s+en\s+prision\s+(?:preventiva|provisional)\b
  + 500 arrestados pasaron a prisión preventiva tras la audiencia => _=pasaron a prisión preventiva
  + los 12 detenidos quedaron en prisión provisional => _=quedaron en prisión provisional
  + otros 40 han pasado a la cárcel => _=han pasado a la cárcel
  - pasaron a disposición judicial
  - quedaron en libertad

# A running total, after the day's new figure: "con lo que el total desde el lunes llegaba a 310", "la jefatura elevó
# la cifra en la provincia a 75": the figure of the people the text is about; its event comes from the sentence or the
# figure before it (es.subject.figure takes the total when its verb follows at once). Not a total of deaths or of
# anything named with "de" that is none of ours.
@rule es.subject.running_total subject pre=1 frame=1
  \b(?:(?:el|la)\s+(?:total|cifra|balance|recuento|cuenta|numero)(?:\s+de\s+(?:{PEOPLE_HELD}|{PEOPLE_DETAINED}|detenciones|arrestos|liberaciones|excarcelaciones))?(?:\s+(?:desde|tras|durante)\s+(?:el|la|los|las)\s+[\p{L}-]+(?:\s+(?:de|del)\s+(?:(?:el|la|los|las)\s+)?[\p{L}-]+){0,2})?(?:\s+(?!de\s)[\p{L}-]+){0,4}?\s+(?:llegaba|llega|llego|llegaria|ascendia|asciende|ascendio|subia|sube|subio|se\s+elevaba|se\s+eleva|se\s+elevo|alcanzaba|bajaba|baja|bajo|caia|cae|cayo|descendia|desciende|descendio|se\s+redujo|se\s+reducia)(?:\s+de\s+(?:[\d.,]+|(?:{NUMWORD}))(?:\s+mil)?)?\s+(?:(?:ya|hoy|ahora)\s+)?a
     |(?:elev|sub|actualiz|aument|llev)\w*\s+(?:(?:{VERB_GAP})\s+)?(?:la\s+cifra|el\s+total|el\s+balance|el\s+recuento|la\s+cuenta|el\s+numero)(?:\s+de\s+(?:{PEOPLE_HELD}|{PEOPLE_DETAINED}|detenciones|arrestos|liberaciones|excarcelaciones))?(?:\s+(?!de\s)[\p{L}-]+){0,4}?\s+a)(?=\s+"?(?:[\p{L}-]+\s+){0,2}?(?:\d[\d.,]*+|(?:{NUMWORD}))(?:\s+mil)?(?![\p{L}\d])(?!\s+(?:{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE})\b))
  + con lo que el total desde el lunes llegaba a 310 => _=el total desde el lunes llegaba a
  # twenty-ninth session: a 'since' phrase with its complement, an adverb before 'a'
  + El número de detenidos desde el inicio de las protestas asciende a 4.500 => _=El número de detenidos desde el inicio de las protestas asciende a
  + El número de detenidos asciende ya a 4.500 => _=El número de detenidos asciende ya a
  # a falling figure, from the old one to the new ("bajó de 1.000 a 880": the new one is the figure)
  + La cifra de presos políticos bajó de 1.000 a 880 => _=La cifra de presos políticos bajó de 1.000 a
  + la jefatura elevó la cifra en la provincia a 75 => _=elevó la cifra en la provincia a
  + la policía actualizó el recuento de detenidos a 98 => _=actualizó el recuento de detenidos a
  - la cifra de muertos llegaba a 30
  - elevó la cifra de heridos a 12
  - el total llega a 300 presos en todo el país

# A pardon or amnesty that reaches people convicted or held frees them: "la medida beneficiará a unas 700 personas
# condenadas", "el indulto abarca a 300 presos", "1.200 reclusos amparados por la amnistía". Any tense, the perfect
# too ("los indultos han beneficiado a casi 100.000 presos": a tally of people freed; twenty-first session).
@rule es.release.pardon_reach trigger event=release
  \b(?:(?:ha|han|habia|habian|habra|habran|habria|habrian|haya|hayan)\s+(?:beneficiado|abarcado)|beneficiar(?:a|ia|an|ian|on)|beneficia(?:n|ba|ban)?|beneficio|abarca(?:ra|ria|ba)?|abarco|alcanza(?:ra|ria|ba)?|alcanzo)\s+a(?=\s+(?:(?:unas|unos|cerca\s+de|mas\s+de|casi|hasta|al\s+menos)\s+)?(?:\d[\d.,]*|(?:{NUMWORD}))\s+(?:(?:{PEOPLE_HELD})\b|presos|reclusos|internos|(?:personas|ciudadanos)\s+(?:condenad|procesad|detenid|pres)))
  |(?<=presos\s|reclusos\s|internos\s|condenados\s|condenadas\s)(?:amparad|cubiert|alcanzad)[oa]s\s+por\s+(?:el|la|los|las)\s+(?:indultos?|amnistias?|conmutaciones|perdon)\b
  + la medida beneficiará a unas 700 personas condenadas => _=beneficiará a
  + el indulto abarca a 300 presos => _=abarca a
  + las amnistías firmadas desde 2009 han beneficiado a casi 100.000 presos => _=han beneficiado a
  + los dos decretos beneficiaron a 4.000 reclusos => _=beneficiaron a
  - la reforma ha beneficiado a 300 familias
  + 1.200 reclusos amparados por la amnistía => _=amparados por la amnistía
  - el plan beneficiará a 300 familias

# Still holding people is a state: "las autoridades siguen reteniendo a 56 personas detenidas en la redada" counts
# people held now, whatever the noun says of their arrest (state=1 before the count beats it).
@rule es.held.keep_holding trigger event=held state=1
  \b(?:siguen|sigue|seguian|seguia|continuan|continua|continuaban|continuaba)\s+(?:reteniendo|deteniendo|encarcelando|recluyendo|manteniendo\s+(?:detenid|pres|encarcelad|retenid)[oa]s)\s+a\b
  + la policía sigue reteniendo a 30 personas detenidas el lunes => _=sigue reteniendo a
  + continúan manteniendo presos a 12 opositores => _=continúan manteniendo presos a
  - siguen deteniendo el tráfico

# Letting people out or getting them out of a prison frees them: "la policía dejó salir de la comisaría a los 30
# clientes", "solo hemos visto salir a 11 detenidos", "la gestión sacó de la cárcel a 40 presos".
@rule es.release.let_out trigger event=release
  (?<!no\s)\b(?:(?:ha|han|habia|habian|hemos)\s+(?:dejado|visto)|dej(?:o|aron|a|an|ara|aran|aria|arian)|vimos|vieron|ver)\s+salir(?:\s+de\s+(?:la|el|las|los)\s+(?:comisarias?|carcel(?:es)?|prision(?:es)?|penal(?:es)?|cuartel(?:es)?|centros?\s+de\s+detencion)(?:\s+de\s+\p{Lu}?[\p{L}-]+)?)?\s+a\b(?!\s+ningun)
  |\bsac(?:o|aron|ar|a|an|ara|aran)\s+(?:[\p{L}\d.,-]+\s+){0,5}?de\s+(?:la\s+)?(?:prision|carcel|carceles|prisiones|cautiverio)\b
  + la policía dejó salir de la comisaría a los 30 clientes => _=dejó salir de la comisaría a
  + solo hemos visto salir a 11 detenidos => _=hemos visto salir a
  + la gestión sacó a 40 presos de la cárcel => _=sacó a 40 presos de la cárcel
  - dejó salir el humo
  - no habían dejado salir a ninguno de los tres

# Among those a pardon or amnesty freed, said right after the count: "38 presos políticos entre los beneficiarios".
# It says what became of them (fate=1), whatever the noun says of their being held.
@rule es.release.among_beneficiaries trigger event=release fate=1
  \bentre\s+(?:los|las)\s+(?:beneficiari|beneficiad|indultad|amnistiad|excarcelad)[oa]s\b
  + contó 38 presos políticos entre los beneficiarios => _=entre los beneficiarios
  - entre los detenidos

# Held in a named kind of detention: "unas 900 personas estaban en detención migratoria".
@rule es.held.in_detention trigger event=held
  \b(?:estan|estaban|estar|siguen|seguian|continuan|continuaban|permanecen|permanecian)\s+en\s+(?:detencion|centros?\s+de\s+detencion)(?:\s+(?:migratoria|administrativa|preventiva|de\s+inmigrantes|de\s+extranjeros))?\b
  + unas 900 personas estaban en detención migratoria => _=estaban en detención migratoria
  - fueron puestos en detención

# Still in the hands or power of captors, in any tense: "las otras 90 quedaron en manos del grupo armado", "unas 200
# siguen en poder de la milicia". Not in a relative clause that only describes people freed now ("los 16 que estaban
# en poder de los rebeldes llegan hoy"), nor in the hands of the Red Cross, which frees them.
@rule es.held.in_hands trigger event=held
  (?<!que\s)\b(?:{REMAIN}|quedaron|quedan|quedaban|quedaran|quedarian|han\s+quedado|estan|estaban|estuvieron)\s+{VGAP}en\s+(?:manos|poder)\s+(?:de|del)\b(?!\s+la\s+cruz\s+roja)
  + las otras 90 quedaron en manos del grupo armado => _=quedaron en manos del
  + unas 200 siguen en poder de la milicia => _=siguen en poder de
  - los 16 que estaban en poder de los rebeldes llegan hoy
  - quedaron en manos de la Cruz Roja

# A list of political prisoners that holds a number of names counts the people held: "su lista de presos políticos
# tiene todavía más de 300 nombres". The phrase spans the count, so it governs it.
@rule es.held.list_names trigger event=held
  \blista\s+(?:[\p{L}-]+\s+){0,2}?de\s+(?:presos|prisioneros)\s+politicos\b(?:[^.;]|\.(?=\d)){0,100}?(?:\d[\d.,]*|(?:{NUMWORD}))(?:\s+mil)?\s+nombres\b
  + su lista de presos políticos en el país tiene todavía más de 300 nombres => _=lista de presos políticos en el país tiene todavía más de 300 nombres
  - la lista de presos políticos es larga. Tiene 300 páginas

# Taken away by force, with no destination named, is a detention (plural only: one person taken is no count):
# "unos 30 militantes fueron llevados cuando los soldados rodearon la sede", "habían sido llevados por la policía". A destination ("llevados al hospital", "a sus
# casas") says something else.
@rule es.detention.taken_away trigger event=detention
  \b(?:fueron|han\s+sido|habian\s+sido|hayan\s+sido)\s+llevad[oa]s\b(?!\s+(?:a|al|a\s+la|hasta|de\s+vuelta|en|para)\b)
  + unos 30 militantes fueron llevados cuando los soldados rodearon la sede => _=fueron llevados
  + habían sido llevados por la policía => _=habían sido llevados
  - 12 heridos fueron llevados al hospital
