# English: figures that came out wrong (sixteenth session, false figures).

# People still at large, on the run or in hiding are the ones nobody holds: "eight remain at large", "three are still
# on the run". The phrase, longer than the "remain"/"are" held word inside it, binds its figure to no event.
@rule en.other.at_large trigger event=none
  \b(?:remain|remains|remained|remaining|are|were|is|was|stay|stayed|stays)\s+(?:still\s+)?(?:at\s+large|on\s+the\s+run|on\s+the\s+loose|in\s+hiding|unaccounted\s+for)\b | \bstill\s+(?:at\s+large|on\s+the\s+run|on\s+the\s+loose|in\s+hiding)\b
  + two died in the shootout and eight remain at large => _=remain at large
  + three suspects are still on the run => _=are still on the run
  + dozens were still in hiding inside the campus => _=were still in hiding
  - eight remain in custody
  - three suspects are still behind bars

# The dead counted by their bodies or remains are no one detained or freed: "the bodies of three soldiers", "the
# remains of 59 fighters" (handed over in exchanges beside living prisoners). Any figure in the phrase is dropped.
@rule en.veto.remains veto
  \b(?:bodies|remains|corpses|body\s+parts)\s+of\s+(?:the\s+|some\s+|about\s+|at\s+least\s+)?(?:{NUMWORD}|\d[\d.,]*)(?![\p{L}\d])
  + handed over along with the bodies of three soldiers => _=bodies of three
  + the remains of 59 fighters were returned => _=remains of 59
  - the release of three soldiers
  - the bodies were returned and 59 prisoners freed

# Places counted as a part of a whole are places: "arrested in 28 of Iran's 31 provinces", "in 12 of the 50 states".
# The whole is counted too, so "187 of the weeks before" (a unit of time) is left alone.
@rule en.veto.part_of_places veto
  (?:\b(?:{NUMWORD})|(?<![\d.,])\d{1,3})\s+of\s+(?:the|its|their|\p{L}+(?:'|\x{2019})s)\s+(?:(?:{NUMWORD})|\d{1,3})\s+(?:{UNITS})\b
  + arrested in 28 of Iran's 31 provinces => _=28 of Iran's 31 provinces
  + protests in 12 of the 50 states => _=12 of the 50 states
  - 28 of the protesters were freed
  - 12 of the 50 detainees
  - another 187 of the previous weeks
