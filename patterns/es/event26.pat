# Vigésimo sexta sesión (event): la palabra que gobierna el evento de una cifra. Gente mantenida en un lugar tras su
# captura ("unos 5.000 soldados capturados en la guerra fueron mantenidos en el Norte") está retenida (held): el
# verbo finito de la cláusula de la cifra dice lo que son ahora; el participio de su captura, cómo llegaron ahí. No
# "fueron retenidos" (es.detention.passive_retained: la retención de una protesta es una detención).

@lexicon keep_words keep_words.txt

@rule es.held.kept_passive trigger event=held
  \b(?:fueron|fue|son|es|eran|era|han\s+sido|ha\s+sido|habian\s+sido|habia\s+sido|siguen\s+siendo|estan\s+siendo|estaban\s+siendo)\s+(?:(?:luego|despues|todavia|aun|ahora)\s+)?mantenid[oa]s?\s+(?:en|como|bajo|presos|cautivos|secuestrados)\b
  (?!\s+(?:la\s+|el\s+)?(?:secreto|reserva|contacto)\b)
  + unos 5.000 soldados capturados durante la guerra fueron mantenidos en el Norte => _=fueron mantenidos en
  + los 40 marineros habían sido mantenidos como rehenes => _=habían sido mantenidos como
  - los nombres de los 40 fueron mantenidos en secreto
  - los 30 detenidos fueron retenidos en la comisaría
