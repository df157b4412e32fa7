# English: the ways people are said to be detained, and kidnapped (nineteenth session, detentionlex).
# Written from the ways journalists say an arrest, not from corpus sentences: phrasal verbs of the police
# (haul in, nab, lead away, bundle into vans, book into jail, sweep up, take prisoner, throw in jail), nouns of
# the act (round-up, kidnapping, abduction, apprehensions, captures), headlines where the arrests themselves
# rise to a figure, and people recognised as victims of an abduction or of political imprisonment (the taking:
# detention, docs/corpus.md "Kidnappings and hostages").

# A figure, perhaps after a qualifier, right after the phrase: what the phrase's lookaheads want.
@fragment D19_NUM = (?=\s+(?:(?:about|some|around|nearly|almost|more\s+than|over|at\s+least|up\s+to|another|a\s+further|at\s+most)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])|(?:a|one)\s+(?:dozen|hundred|thousand)|dozens|hundreds|scores))
# People, a few words after that figure: for verbs that also take things (seize, snatch, capture).
@fragment D19_PEOPLE_AFTER = (?=\s+(?:(?:about|some|around|nearly|almost|more\s+than|over|at\s+least|up\s+to)\s+)?(?:\d[\d,.]*|(?:{NUMWORD}))(?:\s+[\p{L}-]+){0,2}?\s+(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE_OTHER})\b)

# Phrasal verbs and idioms of an arrest, active or passive ("police hauled in 45 suspects", "45 people were led
# away", "bundled 30 activists into vans", "were booked into the county jail", "took 12 soldiers prisoner",
# "were thrown in jail", "were taken in for questioning", "were taken into detention").
@rule en.detention.phrasal19 trigger event=detention
  \b(?:haul(?:s|ed|ing)?\s+(?:in|off)\b(?!\s+(?:the|a|an|its|their)\s+(?:catch|boat|net|nets|cargo|load))
     |nab(?:s|bed|bing)\b
     |(?:led|leading)\s+(?:away|off)\b
     |dragged\s+(?:away|off)\b
     |(?:bundled|bundling|loaded|shoved|herded|pushed)(?=(?:\s+(?:[\p{L}\d,.-]+)){0,5}?\s+(?:into|onto)\s+(?:(?:waiting|unmarked|the|a|police)\s+){0,2}(?:police\s+)?(?:vans?|cars?|vehicles?|buses|trucks|wagons?|lorries|coaches)\b)
     |booked(?=(?:\s+[\p{L}\d,.-]+){0,4}?\s+into\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:jail|custody|prison|cells?)\b)
     |booked\s+(?:on|for)\s+(?:(?:[\p{L}-]+\s+){0,2}?charges?|suspicion)\b
     |(?:scoop(?:s|ed|ing)?|swe(?:pt|eps?|eping))\s+up\b(?:{D19_NUM}|(?=\s+(?:by\b|in\s+(?:the\s+|a\s+)?(?:raids?|sweeps?|operations?|crackdown|round-?ups?)\b)))
     |(?:took|take|takes|taking|taken)\s+(?:(?:about|some|around|nearly|more\s+than|at\s+least)\s+)?(?:(?:\d[\d,.]*|{NUMWORD})\s+(?:(?!of\s)[\p{L}-]+\s+){0,3})?prisoners?\b(?!\s+(?:to|from|back|out|into|on|of|with|for)\b)
     # "took 1,189 of the invaders prisoner" (twenty-first session): the verb alone, before the part and its group,
     # as "arrested 300 of the invaders" reads
     |(?:took|take|takes|taking|taken)(?=\s+(?:(?:about|some|around|nearly|more\s+than|at\s+least)\s+)?(?:\d[\d,.]*|{NUMWORD})\s+of\s+(?:the|those|these|its|their|his)\s+(?:[\p{L}-]+\s+){1,3}(?:prisoners?|hostages?|captive)\b)
     |(?:thrown|threw|throw|throws|throwing|put|putting|puts)\s+(?:[\p{L}\d,.-]+\s+){0,4}?(?:in|into|behind)\s+(?:jail|prison|cells|bars)\b
     |(?:taken|brought|pulled)\s+in\s+(?:for\s+questioning|by\s+(?:the\s+)?police)\b
     |(?:taken|took|put|placed)\s+into\s+detention\b
     |handcuffed\b(?!\s+(?:themselves|himself|herself|to)\b)
     |locked\s+up{D19_NUM}
     |(?:snatch(?:ed|es|ing)?|collar(?:ed|s)?)(?:(?=\s+(?:by|from)\b)|{D19_PEOPLE_AFTER}))
  + Police hauled in 45 suspects for questioning => _=hauled in
  + the army took 1,189 of the invaders prisoner => _=took
  - the ferry took 300 of the passengers to the island
  + 45 people were hauled off to police stations => _=hauled off
  + Police nabbed 45 people at the checkpoint => _=nabbed
  + Officers led away 45 protesters in handcuffs => _=led away
  + 45 people were led away by police => _=led away
  + 45 protesters were dragged away by police => _=dragged away
  + Police bundled 45 activists into vans => _=bundled
  + 45 people were bundled into police vans => _=bundled
  + 45 people were loaded onto police buses => _=loaded
  + Officers booked 45 people into the county jail => _=booked
  + 45 people were booked on charges of unlawful assembly => _=booked on charges
  + Police scooped up 45 people in the square => _=scooped up
  + Federal agents swept up 45 immigrants in the raid => _=swept up
  + 45 people were swept up in the raids => _=swept up
  + The army took 45 soldiers prisoner => _=took 45 soldiers prisoner
  + 12 crew members were taken prisoner => _=taken prisoner
  + 45 people were thrown in jail => _=thrown in jail
  + 45 activists were taken in for questioning => _=taken in for questioning
  + 45 were taken into detention => _=taken into detention
  + 45 demonstrators were handcuffed and taken away => _=handcuffed
  + Police locked up 45 people overnight => _=locked up
  + 45 villagers were snatched by armed men => _=snatched
  + gunmen snatched 45 villagers from a bus => _=snatched
  - the trawler hauled in the catch
  - the minister was booked on a flight to Paris
  - booked 45 rooms for the delegates
  - the guards took 45 prisoners to the court
  - 45 activists handcuffed themselves to the railings
  - 500 of them locked up in Risdon
  - thieves snatched 45 phones
  - swept up in the excitement

# Nouns of the act: "the round-up of 45 activists", "the kidnapping of 45 schoolgirls", "the abduction of 45
# pupils", "45 apprehensions at the border", "431 captures", "the seizure of 45 hostages".
@rule en.detention.act_nouns19 trigger event=detention
  \b(?:round-?ups?\s+of|(?:mass\s+)?(?:kidnappings?|abductions?)\s+of|seizure\s+of(?=\s+(?:(?:about|some|around|nearly|more\s+than|at\s+least)\s+)?(?:\d[\d,.]*|{NUMWORD})\s+(?:[\p{L}-]+\s+){0,2}?(?:hostages|captives|people|passengers|crew|sailors|workers|tourists|pupils|students|children|girls|boys)\b))
  | (?<=\d\s|\d\s\s)(?:apprehensions|captures)\b
  + The roundup of 45 activists drew condemnation => _=roundup of
  + the round-up of 200 opposition figures => _=round-up of
  + The kidnapping of 45 schoolgirls shocked the country => _=kidnapping of
  + The abduction of 45 pupils was the third this year => _=abduction of
  + Police announced 45 apprehensions at the border => _=apprehensions
  + the minister reported 431 captures => _=captures
  + the seizure of 45 hostages => _=seizure of
  - the seizure of 45 kilos of cocaine
  - the capture of the city

# People recognised as victims of an abduction or of political imprisonment were taken (docs/corpus.md: the taking
# is detention): "recognised 11 people as victims of abduction", "victims of political imprisonment and torture".
@rule en.detention.victims_of19 trigger event=detention
  \bvictims\s+of\s+(?:(?:north\s+korean|state|political|arbitrary|unlawful|illegal|enforced)\s+)?(?:abductions?|kidnappings?|imprisonment|detention|incarceration|arrests?)\b
  + recognised 11 people as victims of North Korean abduction => _=victims of North Korean abduction
  + 27,255 people as victims of political imprisonment => _=victims of political imprisonment
  - victims of the attack

# Headlines and leads where the arrests themselves rise to a figure: "Arrests rise to 43 as investigation widens",
# "arrest toll climbs to 45", "detentions top 1,000". The bare figure counts arrests.
@rule en.subject.arrests_rise19 subject pre=1 event=detention
  \b(?:(?:the\s+)?(?:number\s+of\s+)?(?:arrests|detentions)|(?:the\s+)?arrest\s+(?:toll|tally|count|total|figure|numbers?))\s+(?:(?:has|have|had)\s+(?:now\s+|already\s+)?)?(?:rise|rises|rose|risen|climb|climbs|climbed|reach|reaches|reached|top|tops|topped|pass|passes|passed|hit|hits|jump|jumps|jumped|near|nears|neared|soar|soars|soared|exceed|exceeds|exceeded|surpass|surpasses|surpassed|mount|mounts|mounted|grow|grows|grew|grown|increase|increases|increased)(?:\s+to)?(?:\s+(?:about|some|around|nearly|almost|more\s+than|over|at\s+least))?(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + Arrests rise to 43 as investigation widens => _=Arrests rise to
  + Arrest toll climbs to 45 in riots => _=Arrest toll climbs to
  + detentions top 1,000 => _=detentions top
  + the number of arrests has now passed 300 => _=the number of arrests has now passed
  - arrests rose sharply
  - arrests rise to record levels

# Seizing a place is not taking people: "people had been inside the school when the attackers seized it". The
# assault verb, longer than the taking word inside it, binds a count next to it to nothing (event=none).
@rule en.other.seized_place19 trigger event=none
  \b(?:seized|captured|took|taken)\s+(?:it|(?:the|a)\s+(?:school|building|embassy|theatre|theater|plant|compound|town|city|village|airport|parliament|station|ship|vessel|base|complex|hospital))\b
  + when the attackers seized it => _=seized it
  + rebels captured the town => _=captured the town
  - gunmen seized 40 hostages

# People still in their captors' hands are held (docs/corpus.md "Kidnappings and hostages": captivity is held): "at
# least 45 people were still in the hands of the kidnappers".
@rule en.held.in_captors_hands19 trigger event=held
  \b(?:(?:are|were|remain|remained|is|was)\s+)?(?:still\s+)?in\s+the\s+hands\s+of\s+(?:the\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:kidnappers|captors|abductors|hostage-takers|gunmen|militants|bandits|pirates|jihadists)\b
  + At least 45 people were still in the hands of the kidnappers => _=were still in the hands of the kidnappers
  - the decision is in the hands of the court
