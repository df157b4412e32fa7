# English: figures that count no one (twelfth session, precision).

# People who were not arrested or jailed went through none of our events ("the remaining three were convicted but
# were not jailed"): the negated phrase, longer than the detention word inside it, binds the count to nothing.
@rule en.other.not_detained trigger event=none
  \b(?:were|was|are|is|be|been|have|has|had)\s+(?:not|never)\s+(?:been\s+)?(?:jailed|arrested|detained|imprisoned|locked\s+up)\b(?!\s+(?:more|fewer|less|only|but)\b)(?!{NUMSTART})
  + the other three were convicted of disobedience and were not jailed => _=were not jailed
  + most of them had never been detained => _=had never been detained
  - nine were jailed and three were released
  - there were not arrested more than 40 people
