# English: people sentenced to prison, in the noun en.held.sentenced does not read (twenty-fifth session, "held25";
# tests in tests/test_held25.c). A verdict that sends people to prison counts people held (docs/corpus.md, "Gold
# records"): "the sentencing of 127 residents to prison terms", "the conviction and jailing of 40 activists for
# five years". The noun must reach a prison term ("to prison", "to N years", "to jail terms") within a few words,
# so a sentence to death, to a fine or to community service makes no count.
@fragment TERM25 = (?:(?:up\s+to|between|at\s+least)\s+)?(?:life|(?:\d+|{NUMWORD})(?:[\s-]+(?:and\s+a\s+half|(?:to|and)\s+(?:\d+|{NUMWORD})))?[\s-]+(?:years?|months?))
@fragment TO_PRISON25 = (?:to|for)\s+(?:{TERM25}|(?:prison|jail)(?:\s+(?:terms?|sentences?))?\b|(?:long\s+|lengthy\s+|heavy\s+)?(?:prison|jail|custodial)\s+(?:terms?|sentences?)\b|terms\s+(?:of|in)\s+(?:prison|jail)\b)
@rule en.held.sentencing_noun trigger event=held verdict=1
  (?<=\bthe\s|\bThe\s|\btheir\s|\bits\s)(?:sentencing|jailing|imprisonment)(?=\s+of\s+(?:[\p{L}\d.,'-]+\s+){1,12}?{TO_PRISON25})
  + the court announced the sentencing of 127 residents of La Güinera and Toyo to prison terms => _=sentencing
  + after the jailing of 40 activists for five years => _=jailing
  - the sentencing of 127 defendants to community service
  - the sentencing of 12 soldiers to death
  - the sentencing of the men was postponed

# A prison population that a verb of estimating sets at a figure (twenty-fifth session): "officials put the prison
# population at about 11,000", "the ministry estimated the number of inmates at 88,521". en.subject.population reads
# the population as the subject of a verb of being ("the prison population stood at"); here it is the object of
# put/estimated/set/counted, before the figure.
# "detainees", "detenidos", "detidos" and pt "presos" may name people just arrested ("The group put the number of
# detainees at 450" after a day of arrests is a detention: tests/test_detnoun23.c): not in the list.
@fragment POP25 = (?:(?:prison|inmate|jail|detainee)\s+population|number\s+of\s+(?:prisoners|inmates|people\s+(?:in\s+custody|behind\s+bars|in\s+prison)))
@rule en.subject.population_set subject pre=1 event=held
  \b(?:put|puts|putting|estimated|estimates|estimate|set|sets|placed|places|counted|counts|calculated|calculates|reckoned|reckons)\s+(?:the|its|their)\s+(?:total\s+)?{POP25}(?:\s+(?:in|of)\s+(?:the\s+)?[\p{L}-]+){0,2}\s+at(?=\s+(?:\d|about\s|around\s|some\s|nearly\s|almost\s|more\s+than\s|over\s|roughly\s|fewer\s+than\s|less\s+than\s))
  + Officials put the prison population at about 11,000 => _=put the prison population at
  + the ministry estimated the number of inmates in the country at 88,521 => _=estimated the number of inmates in the country at
  - they put the prison population at risk

# "The number of men held rose to 270", "the total of people held reached 400" (twenty-fifth session): inside a
# figure phrase (en.subject.figure), "held" right after the people noun is the participle of being held, not the
# verb of a meeting or a rally ("protesters held a rally" has no "number of" before it). The trigger sits inside the
# phrase, so it gives the figure its event.
@rule en.held.number_of_held trigger event=held
  (?<=\bnumber\sof\s|\btotal\sof\s|\bNumber\sof\s)(?:[\p{L}-]+\s+){1,2}?(?:held|jailed|imprisoned)\b(?!\s+(?:a|an|the|talks|meetings?|rall(?:y|ies)|protests?|signs?|banners?|placards?|up|out)\b)
  + The number of men held rose to 270 => _=men held
  + the number of political prisoners held in Cuba reached 1,000 => _=political prisoners held
  - the number of protesters held a rally

# "About 300 are still in the country's prisons", "10,000 Palestinians in Israel's prisons", "in its jails"
# (twenty-fifth session): en.held.in_prisons reads a place of custody after "in" and at most one word ("in Turkish
# jails"); a possessive before it ("the regime's", "Israel's", "its", "their") names whose it is and is read the same.
# Not after the participle of an arrest ("detained in the country's prisons" keeps its own word).
@rule en.held.in_prisons25 trigger event=held
  (?<!held\s)(?<!detained\s)(?<!jailed\s)(?<!arrested\s)(?<!imprisoned\s)\b(?:(?:are|were|remain|remained|sit|sat)\s+(?:still\s+|now\s+|currently\s+)?)?in\s+(?:(?:the\s+)?[\p{L}-]+['\x{2019}]s|its|their|his|her|our)\s+(?:[\p{L}-]+\s+)?(?:prisons|jails|prison\s+camps|detention\s+(?:centres|centers|facilities|camps))\b
  + About 300 are still in the country's prisons => _=are still in the country's prisons
  + more than 10,000 Palestinians in Israel's prisons => _=in Israel's prisons
  + some 40 activists remain in its jails => _=remain in its jails
  - 39 Palestinians held in Israel's jails were freed
  - he was sent to the country's prisons
