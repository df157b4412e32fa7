# English: figures output wrongly (fifteenth session, false figures).

# The first end of a span of time ("jailed for two to three years", "held for 3-5 days", "two or three weeks") is
# a length, not a count of people: the unit after the second figure belongs to both. Joined by "to" only after a
# word of duration, since "sentenced 40 to three years" counts the 40.
@fragment SPAN_NUM15 = (?:\b(?:{NUMWORD})|(?<![\d.,])\d{1,3})
@rule en.veto.span_of_time veto
  \b(?:for|of|from|serving|serve|serves|spend|spent|between)\s+(?:{SPAN_NUM15})\s*(?:to|or|-|\x{2013})\s*(?:{SPAN_NUM15})\s+(?:{UNITS})\b | (?:{SPAN_NUM15})\s*(?:or|-|\x{2013})\s*(?:{SPAN_NUM15})\s+(?:{UNITS})\b
  + 262 defendants were jailed for two to three years => _=for two to three years
  + nineteen were imprisoned for 3-5 years => _=for 3-5 years
  + two or three weeks later the men were charged => _=two or three weeks
  + they face terms of five to ten years => _=of five to ten years
  - the court sentenced 40 to three years in prison
  - police arrested 40 to 50 people
  - two or three protesters were detained

# People who are not held are no prisoners: "the remaining five are not in prison", "were never in custody". The
# negated phrase, longer than the custody word inside it, binds the count to nothing. "No longer" says they left and
# is not matched, nor a cap ("are not held more than 40") or a figure after.
@rule en.other.not_held trigger event=none
  \b(?:are|were|is|was|remain|remained|have|has|had|have\s+been|has\s+been|had\s+been)(?:n't|\s+not|\s+never)\s+(?:been\s+)?(?:in\s+(?:prison|jail|custody|detention)|behind\s+bars|under\s+arrest|held|locked\s+up)\b(?!\s+(?:more|fewer|less|only|but)\b)(?!{NUMSTART})
  + the remaining five had their sentences suspended, so they are not in prison => _=are not in prison
  + twelve other defendants were never behind bars => _=were never behind bars
  + most of them have not been held => _=have not been held
  - the five are no longer in prison
  - there are not in custody more than 40 people
  - twelve remain in custody in Belmarsh

# The parts of a group of dead, wounded or missing people are not held: in "among the dead there were twenty
# children" the "there were" only counts a part of the group named before. The phrase, longer than that "there
# were", binds the figure to nothing; "among the detained there are" still counts detainees.
@rule en.other.among_casualties trigger event=none
  \bamong\s+the\s+(?:dead|killed|wounded|injured|victims|missing|displaced|evacuated)(?:\s+(?:of|in|from|during)(?:\s+[\p{L}']+){1,3}?)?\s+(?:there\s+)?(?:are|were|was|is)\b
  + among the dead there were twenty children => _=among the dead there were
  + among the injured are twelve police officers => _=among the injured are
  + among the dead in Tuesday's clashes were fifteen students => _=among the dead in Tuesday's clashes were
  - among the detained there are twenty minors
  - among those freed were twelve journalists
