# English: what became of people taken, said as their custody (eighteenth session, held vs detention). The gold counts
# people kept in custody after their arrest (remanded, sent to a camp, sleeping in a cell) as held, whatever the noun
# says of how they came to be there (docs/corpus.md, "Gold records"); fate=1 lets the phrase outrank the count's own
# detention word ("40 of those arrested were sent to a detention camp"), counts.c.

# An order or a night in custody: "a judge ordered the pre-trial detention of 19 of them", "Twelve men will sleep in a
# cell tonight", "served with two-year detention orders", "sent to the Kamunting detention camp".
@rule en.held.kept_after trigger event=held fate=1
  \b(?:ordered|orders|order|ordering)\s+(?:the\s+)?(?:pre-?trial\s+detention|remand\s+in\s+custody|continued\s+detention)\s+of\b
  |\b(?:will|would|must|to)\s+sleep\s+(?:tonight\s+|again\s+)?in\s+(?:a\s+|their\s+|police\s+)?(?:cells?|prison|jail)\b
  |\b(?:slept|sleep|sleeping)\s+(?:last\s+night\s+|tonight\s+)?in\s+(?:police\s+)?(?:cells|prison|jail)\b
  |\bserved\s+with(?=\s+(?:[\p{L}-]+\s+){0,2}?detention\s+orders?\b)
  |\bsent\s+to\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}?(?:detention|internment|prison|labou?r|re-?education)\s+camps?\b
  # twenty-ninth session: moved on to a prison ("543 of those arrested were transferred to the county jail")
  |\b(?:sent|transferred|moved|transported|bussed|remanded)\s+(?:on\s+)?to\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}?(?:prison|prisons|jail|jails|penitentiary|penitentiaries)\b
  + a judge ordered the pre-trial detention of 19 of the suspects => _=ordered the pre-trial detention of
  + Twelve men will sleep in a cell tonight => _=will sleep in a cell
  + 30 protesters slept in police cells => _=slept in police cells
  + 40 of those arrested were served with two-year detention orders => _=served with
  + and sent to the Kamunting detention camp => _=sent to the Kamunting detention camp
  + 543 of those arrested were transferred to the county jail => _=transferred to the county jail
  + the rest were sent to Evin prison => _=sent to Evin prison
  - they were transferred to hospital
  - they will sleep in tents tonight
  - he was sent to the training camp
  - the judge ordered the release of 19

# A figure joined by a hyphen to a unit of time is a length, not people: "served with two-year detention orders",
# "given three-month sentences", "a 30-day detention". (Spanish and Portuguese write "de dos años", vetoed as units.)
@rule en.veto.hyphen_span veto
  (?<![\p{L}\d,.-])(?:\d+|(?:{NUMWORD}))-(?:years?|months?|weeks?|days?|hours?|nights?|minutes?)(?![\p{L}])
  + served with two-year detention orders => _=two-year
  + a 30-day detention => _=30-day
  - 30 days later
  - 40 of those arrested

# "By sunrise more than 200 people were already in cells", "400 people were already in custody": custody reached
# "already", in a sweep still going on, is the tally of the arrests made so far (detention), as the writers of en/104
# and en/126 annotate it; the plain state ("were in custody", en.held.were_in) stays held. Ranked over the held state
# word at the same place because a detention word after the count outranks a held one (counts.c).
@rule en.detention.already_in_custody trigger event=detention
  \b(?:were|was|are|is|had\s+been|have\s+been)\s+already\s+(?:in\s+(?:police\s+)?(?:custody|cells)|under\s+arrest)\b
  + more than 200 people were already in cells => _=were already in cells
  + 400 people were already in custody => _=were already in custody
  - 400 people were still in custody
  - they were already in prison for other crimes

# "China has locked up a million Uyghurs", "500 of them locked up in Risdon": people locked up are in custody (held),
# as the gold has every "locked up" it counts (en/20, en/103, en/110, en/112, en/157); "locked up" left the
# detention verbs (en.detention.verb, events.pat).
@rule en.held.locked_up trigger event=held
  \blocked\s+up\b
  + China has locked up a million Uyghurs => _=locked up
  + 500 of them locked up in Risdon => _=locked up
  - the lockup
