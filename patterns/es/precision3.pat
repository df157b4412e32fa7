# Spanish: figures that count no one (twelfth session, precision).

# People who were not arrested or jailed went through none of our events ("los otros tres fueron condenados por
# desobediencia y no fueron encarcelados"): the negated phrase, longer than the detention word inside it, binds the
# count to nothing.
@rule es.other.not_detained trigger event=none
  \b(?:no|nunca)\s+(?:fueron|fue|han\s+sido|ha\s+sido|habian\s+sido|habia\s+sido|seran|sera|son|es)\s+(?:detenid|arrestad|encarcelad|aprehendid)[oa]s?\b(?!\s+(?:mas|menos|sino|apenas|solo)\b)(?!{NUMSTART})
  + los otros tres fueron condenados por desobediencia y no fueron encarcelados => _=no fueron encarcelados
  + la mayoría nunca había sido detenida => _=nunca había sido detenida
  - nueve fueron encarcelados y tres fueron liberados
  - nunca fueron detenidas más de 320 personas
  - no fueron detenidos 40, sino 400
