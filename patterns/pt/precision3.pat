# Portuguese: figures that count no one (twelfth session, precision).

# People who were not arrested or jailed went through none of our events ("os outros três foram condenados por
# desobediência e não foram presos"): the negated phrase, longer than the detention word inside it, binds the count
# to nothing.
@rule pt.other.not_detained trigger event=none
  \b(?:nao|nunca)\s+(?:foram|foi|tinham\s+sido|tinha\s+sido|serao|sera|sao|e)\s+(?:pres|detid|encarcerad)[oa]s?\b(?!\s+(?:mais|menos|apenas|so)\b)(?!{NUMSTART})
  + os outros três foram condenados por desobediência e não foram presos => _=não foram presos
  + a maioria nunca tinha sido detida => _=nunca tinha sido detida
  - nove foram presos e três foram libertados
  - nunca foram detidas mais de 320 pessoas
