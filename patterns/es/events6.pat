# Spanish event vocabulary found missing on the unseen articles 79-98 (tenth session, recall): custody said with a
# place ("pasaron por los calabozos", "en cárceles turcas"), internment, and time spent in custody.

# Passing through a place of custody is being detained there: "unas 2.000 personas pasaron por el campo", "por los
# calabozos han pasado 800 manifestantes". Passing through a border, a town or a parliament is none of this.
@rule es.detention.passed_through trigger event=detention
  \b(?:pasaron|pasaban|pasan|pasaran|pasarian|(?:han|habian|habrian|hayan)\s+pasado)\s+por\s+(?:(?:el|la|los|las|sus?|aquel|aquell[oa]s|es[oa]s?|est[oa]s?)\s+)?(?:{PRISON_PLACE}|comisarias?|celdas|campos?\s+de\s+(?:concentracion|detencion|internamiento|prisioneros)|lugares\s+de\s+(?:internamiento|detencion|reclusion))\b
  + unas 2.000 personas pasaron por el campo de concentración => _=pasaron por el campo de concentración
  + 800 manifestantes han pasado por los calabozos => _=han pasado por los calabozos
  + cerca de 300 jóvenes pasaron por comisarías => _=pasaron por comisarías
  - 40.000 viajeros pasaron por la frontera
  - la ley pasó por el Congreso

# Internment is a detention: "unas 3.000 personas fueron internadas aquel invierno", "el internamiento de 600
# hombres". Being admitted to a hospital is the same word and none of ours.
@fragment NOT_HOSPITAL = (?![^.;]{0,80}?\b(?:hospital\w*|clinic\w*|sanatori\w*|uci|urgencias|cuidados|herid\w*|quemad\w*|intoxicad\w*|pacientes|enferm\w*|covid|salud|psiquiatric\w*|neumonia|ingresad\w*))
@rule es.detention.interned trigger event=detention
  \b(?:(?:fueron|han\s+sido|habian\s+sido|serian|seran|eran)\s+internad[oa]s\b{NOT_HOSPITAL}|internamiento\s+de{NUMSTART}{NOT_HOSPITAL})
  + unas 3.000 personas fueron internadas aquel invierno => _=fueron internadas
  + el internamiento de 600 hombres empezó al alba => _=internamiento de
  - 12 heridos fueron internados en el hospital
  - fueron internadas en la UCI 30 personas
  - el campo de internamiento cerró en 1975

# People in a state's prisons are held there: "unos 7.000 kurdos están en cárceles turcas", "40 activistas están ahora en
# prisiones del Estado". The dead in prisons are counted for their death.
@rule es.held.in_prisons trigger event=held
  (?<!muertos\s)(?<!muertas\s)(?<!fallecidos\s)\b(?:(?:estan|estaban|se\s+encuentran|se\s+encontraban)\s+(?:(?:{VERB_GAP})\s+)?)en\s+(?:carceles|prisiones|penales|presidios|calabozos|comisarias|centros\s+de\s+(?:detencion|reclusion|internamiento))\b
  + unos 7.000 kurdos están en cárceles turcas => _=están en cárceles
  - 39 presos detenidos en cárceles israelíes fueron liberados
  + 40 activistas están actualmente en prisiones del Estado => _=están actualmente en prisiones
  + 300 migrantes se encuentran en centros de detención => _=se encuentran en centros de detención
  - motines en 14 penales
  - 40 muertos en cárceles

# Time spent in custody says people are held: "124 personas llevaban más de cinco años encerradas", "62 hombres han
# pasado diez años en prisión sin juicio".
@rule es.held.spent_years trigger event=held
  \b(?:llev(?:an|aban|a|aba|aran|arian)|(?:han|habian|hayan)\s+pasado)\s+(?:(?:mas\s+de|casi|al\s+menos|cerca\s+de|unos|unas|hasta)\s+)?(?:[\p{L}\d]+\s+)?(?:anos|ano|meses|mes|semanas|dias|decadas)\s+(?:pres[oa]s|detenid[oa]s|encarcelad[oa]s|encerrad[oa]s|recluid[oa]s|secuestrad[oa]s|en\s+(?:{PRISON_PLACE})|entre\s+rejas|tras\s+las\s+rejas)\b
  + 124 personas llevaban más de cinco años encerradas => _=llevaban más de cinco años encerradas
  + 62 hombres han pasado diez años en prisión sin juicio => _=han pasado diez años en prisión
  + unos 40 llevan dos años entre rejas => _=llevan dos años entre rejas
  - llevan dos años en el cargo

# A figure set by a verb ("el ministro situó la cifra en 5.000", "la policía la fijó en 86", "la cifra que dio fue
# 152"): the figure of the people the text is about, as "la cifra es" (es.subject.figure) says; its event comes from
# the sentence or the figure before it.
@rule es.subject.figure_set subject pre=1 frame=1 says=1
  \b(?:(?:situ|cifr|fij|rebaj|corrigi|actualiz|coloc|estim|calcul)\w*\s+(?:(?:{VERB_GAP})\s+)?(?:la\s+cifra|el\s+numero|el\s+total|el\s+balance|el\s+recuento)(?:\s+[\p{L}-]+){0,4}?\s+en
     |(?:la|lo)\s+(?:situ|cifr|fij|coloc)\w*\s+(?:(?:{VERB_GAP})\s+)?en
     |(?:la\s+cifra|el\s+numero|el\s+total|el\s+balance)\s+que\s+(?:[\p{L}-]+\s+){0,2}?(?:dio|dieron|da|dan|ofrecio|ofrecieron|publico|publicaron|cito|citaron|difundio|difundieron)\s+(?:[\p{L}-]+\s+){0,2}?(?:es|era|fue)(?:\s+de)?)(?=\s+"?(?:[\p{L}-]+\s+){0,3}?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + el ministro situó ayer la cifra en 5.000 => _=situó ayer la cifra en
  + la policía la fijó en 86 => _=la fijó en
  + la cifra que dio el ministerio fue de 152 => _=la cifra que dio el ministerio fue de
  - situó la sede en Madrid
  - la cifra de muertos

# A figure stated as what a count exceeds ("el total de detenidos ya supera los 250", "las detenciones rebasan las
# 3.000"): the figure of the people or acts named before it; the event comes from the sentence ("no pasan de" is
# es.subject.may_number).
@rule es.subject.exceeds subject pre=1
  (?<!no\s)\b(?:(?:{VERB_GAP})\s+)?(?:pasa(?:n|ba|ban|ron|ria|rian)?\s+de|supera(?:n|ba|ban|ron|ria|rian)?|rebasa(?:n|ba|ban|ron)?|sobrepasa(?:n|ba|ban|ron)?|excede(?:n|ron)?)(?:\s+(?:los|las))?(?=\s*"?\s*(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + el total de detenidos ya supera los 250 => _=ya supera los
  + las detenciones rebasan las 3.000 => _=rebasan las
  - las detenciones no pasan de 3.000
  - supera los límites
