# English: releases told by the way out, and arrests told by where people ended up (twentieth session). Written from
# the ways journalists say it, then checked against the corpus for new false claims. Each phrase is a trigger longer
# than any event word inside it, deciding by "The event" (docs/design.md).

# Captives who get out or go home: "five more hostages have managed to get out", "the 12 hostages went home",
# "six hostages walked out". Only after a noun of people held by captors or in custody: protesters go home after a
# rally (en.release.home_verb leaves the plain past out for them), and inmates walk out of their cells or the yard.
@fragment R20_CAPTIVES = (?<=hostages\s|captives\s|prisoners\s|detainees\s|inmates\s|abductees\s|schoolgirls\s|schoolboys\s|hostages\sstill\s)
@rule en.release.captives_out20 trigger event=release
  {R20_CAPTIVES}(?:(?:have|had|has|all|finally|were|was|been|later|eventually|then)\s+){0,2}(?:(?:managed|able|allowed)\s+to\s+)?(?:get|got|gotten|getting|walk|walked|walking|come|came|coming|go|went)\s+(?:out|home|free)\b(?!\s+(?:of|into|to)\s+(?:their\s+|the\s+)?(?:cells?|yard|exercise|courtyard|court|courtroom|dock|hunger\s+strike|on\s+strike))
  + five more hostages have managed to get out of the building => _=have managed to get out
  + the 12 hostages went home on Friday => _=went home
  + six hostages walked out => _=walked out
  - 3,000 protesters went home after the rally
  - 30 prisoners walked out of their cells
  - 300 inmates went on hunger strike

# Captives off a plane or a ship: "twenty hostages stepped off the plane", "the prisoners disembarked in Frankfurt".
# Only after a noun of people held (passengers and troops land too).
@rule en.release.captives_landed20 trigger event=release
  {R20_CAPTIVES}(?:(?:have|had|finally|all|were|later)\s+){0,2}(?:(?:stepped|step|steps|climbed|walked|came)\s+(?:off|down\s+from|out\s+of)\s+(?:the|a|an|their)\s+(?:[\p{L}'-]+\s+){0,2}?(?:plane|aircraft|jet|airliner|flight|bus|ship|boat|ferry|helicopter)|disembarked)\b
  + twenty hostages stepped off the plane in Frankfurt => _=stepped off the plane
  + the prisoners disembarked in Cologne => _=disembarked
  - twenty tourists stepped off the plane
  - 3,000 troops disembarked at the port

# The captors let people out: "the guerrillas let 30 hostages out of the camp", "let out 30 prisoners", or off a
# vehicle: "let three hostages off the bus" (twenty-second session; not "let off with a warning", unpunished).
@rule en.release.let_out20 trigger event=release
  (?<!\bnot\s)(?<!n't\s)\blet\s+out(?={NUMSTART}|\s+(?:["“«]\s*)?(?:another|more\s+than|about|some|at\s+least|nearly|almost|the)\s)
  | (?<!\bnot\s)(?<!n't\s)\blet(?=\s+(?:(?:another|more\s+than|about|some|at\s+least|nearly|almost|the)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}]))[^.;:]{0,40}?\s(?:hostages|captives|prisoners|detainees|inmates|passengers|people|women|children|men)(?:\s+and\s+(?:crew|crewmen|crew\s+members|staff))?\s+(?:out\b(?!\s+of\s+(?:their\s+)?cells?)|off\s+(?:the|a|their)\s+(?:[\p{L}'-]+\s+){0,2}?(?:plane|aircraft|jet|airliner|flight|bus|coach|train|ship|boat|ferry|vessel)\b))
  + the guerrillas let 30 hostages out of the camp => _=let
  + the hijackers let out 30 passengers => _=let out
  + the hijackers let out "more than 30" passengers => _=let out
  + the gunman let three hostages off the bus => _=let
  + the hijackers let 40 passengers and crew off the plane => _=let
  - the judge let 30 protesters off with a warning
  - they let 20 workers off early
  - the hijackers did not let 30 passengers out
  - they let 30 prisoners out of their cells for exercise

# Where people ended up: "nearly 300 protesters ended up in police cells", "about 120 demonstrators went to jail",
# "landed in jail": being taken there, an arrest (not "remain in police cells", which is held).
@rule en.detention.ended_up20 trigger event=detention
  \b(?:ended|end|ends|ending|wound|wind|winds|landed|land|lands)\s+up\s+(?:in|behind)\s+(?:the\s+|a\s+)?(?:police\s+)?(?:cells?|custody|jail|jails|prison|lock-?ups?|bars|holding\s+cells?|stations?)\b
  | \b(?:went|go|goes|going|gone|landed|land)\s+(?:to|in)\s+jail\b
  + nearly 300 protesters ended up in police cells => _=ended up in police cells
  + about 120 demonstrators went to jail on Saturday => _=went to jail
  + 40 students landed in jail => _=landed in jail
  - 30 prisoners remain in police cells
  - the money ended up in the wrong account
