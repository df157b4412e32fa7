# Spanish recall rules found missing on the unseen articles 79-108 (eleventh session, recall).

# Sent on to custody pending trial, said right after the count: "942 detenidos pasaron a prisión preventiva", "los 30
# arrestados quedaron en prisión provisional". Those people are held now, whatever the noun says of how they came to
# be there (remand=1 outranks the count's own event word, counts.c).
@rule es.held.remand trigger event=held remand=1
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
  \b(?:(?:el|la)\s+(?:total|cifra|balance|recuento|cuenta|numero)(?:\s+de\s+(?:{PEOPLE_HELD}|{PEOPLE_DETAINED}|detenciones|arrestos|liberaciones|excarcelaciones))?(?:\s+(?!de\s)[\p{L}-]+){0,4}?\s+(?:llegaba|llega|llego|llegaria|ascendia|asciende|ascendio|subia|sube|subio|se\s+elevaba|se\s+eleva|se\s+elevo|alcanzaba)\s+a
     |(?:elev|sub|actualiz|aument|llev)\w*\s+(?:(?:{VERB_GAP})\s+)?(?:la\s+cifra|el\s+total|el\s+balance|el\s+recuento|la\s+cuenta|el\s+numero)(?:\s+de\s+(?:{PEOPLE_HELD}|{PEOPLE_DETAINED}|detenciones|arrestos|liberaciones|excarcelaciones))?(?:\s+(?!de\s)[\p{L}-]+){0,4}?\s+a)(?=\s+"?(?:[\p{L}-]+\s+){0,2}?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + con lo que el total desde el lunes llegaba a 310 => _=el total desde el lunes llegaba a
  + la jefatura elevó la cifra en la provincia a 75 => _=elevó la cifra en la provincia a
  + la policía actualizó el recuento de detenidos a 98 => _=actualizó el recuento de detenidos a
  - la cifra de muertos llegaba a 30
  - elevó la cifra de heridos a 12

# A pardon or amnesty that reaches people convicted or held frees them: "la medida beneficiará a unas 700 personas
# condenadas", "el indulto abarca a 300 presos", "1.200 reclusos amparados por la amnistía".
@rule es.release.pardon_reach trigger event=release
  \b(?:beneficiar(?:a|ia|an|ian)|beneficia|beneficio|abarca(?:ra|ria|ba)?|abarco|alcanza(?:ra|ria|ba)?|alcanzo)\s+a(?=\s+(?:(?:unas|unos|cerca\s+de|mas\s+de|casi|hasta|al\s+menos)\s+)?(?:\d[\d.,]*|(?:{NUMWORD}))\s+(?:(?:{PEOPLE_HELD})\b|presos|reclusos|internos|(?:personas|ciudadanos)\s+(?:condenad|procesad|detenid|pres)))
  |(?<=presos\s|reclusos\s|internos\s|condenados\s|condenadas\s)(?:amparad|cubiert|alcanzad)[oa]s\s+por\s+(?:el|la|los|las)\s+(?:indultos?|amnistias?|conmutaciones|perdon)\b
  + la medida beneficiará a unas 700 personas condenadas => _=beneficiará a
  + el indulto abarca a 300 presos => _=abarca a
  + 1.200 reclusos amparados por la amnistía => _=amparados por la amnistía
  - el plan beneficiará a 300 familias
