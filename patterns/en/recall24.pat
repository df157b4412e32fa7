# Twenty-fourth session (recall). Bringing people to safety takes them out of their captors' hands: "we have brought
# 151 hostages to safety", "troops led some 30 passengers to safety". en.release (events.pat) read only "brought to
# safety" with nothing between; the active verb has its object, the figure, between the verb and "to safety" (at
# most six words). Not goods or documents (no figure after the verb), nor a crowd moved away from a fire: the
# object must open with a figure.
@rule en.release.put_safe trigger event=release
  \b(?:brought|bring|brings|bringing|led|got|get|carried|escorted|pulled)(?={NUMSTART}(?:\s*[\p{L}\d,.'-]+){1,7}?\s+to\s+safety\b)
  | \b(?:brought|bring|brings|bringing|led|got|get|carried|escorted|pulled)(?=\s+(?:(?:another|more\s+than|at\s+least|about|around|some|nearly|over|a\s+further)\s+)+(?:\d|{NUMWORD})(?:\s*[\p{L}\d,.'-]+){1,7}?\s+to\s+safety\b)
  + "Since September 9 we have brought 151 hostages to safety," he said => _=brought
  + troops led some 30 passengers to safety => _=led
  + the patrol got 20 tourists held by the gang to safety => _=got
  - firefighters brought the documents to safety
  - she brought her family to safety
  - 12 people were led away from the fire
