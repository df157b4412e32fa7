# English: the ways news text says people are in custody or captivity that no older held rule read (nineteenth
# session, "heldlex"). Written from how journalists say it, then checked against the corpus for new false claims
# (things counted, the dead, the freed). Every rule is a held state: those counted are held at the time told.

# In someone's hands, the possessive written before "hands" ("twenty foreigners were in the attackers' hands", "the
# militia has 40 soldiers in its hands"); "in the hands of" after a state verb ("30 hostages are in the hands of the
# rebels"). A verb of state or a possessive pronoun is required: "fell into the hands of" is the capture itself; a
# count right after "of" counts the holders ("in the hands of three judges"), not the held.
@rule en.held.in_hands trigger event=held
  \b(?:are|is|were|was|been|being|still|now|remain|remains|remained|stay|stays|stayed)\s+(?:still\s+|now\s+)?in\s+(?:the\s+)?(?:[\p{L}-]+(?:'|’)s?\s+|(?:its|their|his|her)\s+(?:own\s+)?)hands\b
  |\b(?:are|is|were|was|been|being|still|now)\s+(?:still\s+|now\s+)?in\s+the\s+hands\s+of\b(?!\s+(?:the\s+)?(?:red\s+cross|courts?|judges?|jury|voters|police\s+investigators))(?!\s+(?:the\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  |\bin\s+(?:its|their)\s+hands\b
  + about twenty foreigners were in the attackers' hands => _=were in the attackers' hands
  + 30 hostages are still in the hands of the rebels => _=are still in the hands of
  + the militia has 40 soldiers in its hands => _=in its hands
  - the case is in the hands of the courts
  - the case is in the hands of three judges
  - the documents fell into the hands of the press

# To hold people, as a verb in the infinitive or after a modal ("the Haqqanis are believed to hold at least two
# Westerners", "the group is thought to still hold 12 aid workers"), and "hold"/"held" right before a count after
# captors or a state ("they held 42 men hostage" is the hostage rule). Capacity is not custody: "built to hold 500",
# "designed to hold", "able to hold" count places, not people.
# What "hold" must govern to say custody: a count, then at most two words, then people ("at least two Westerners",
# "40 soldiers"); "hold two rallies with 3,000 supporters" holds events, not people.
@fragment HOLD_WHOM
  (?=\s+(?:(?:at\s+least|about|some|more\s+than|nearly|around|roughly|up\s+to|over|as\s+many\s+as|fewer\s+than|only)\s+)?
     (?:\d[\d,.]*|(?:{NUMWORD}))(?![\p{L}\d])\s+(?:[\p{L}-]+\s+){0,2}?
     (?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_OTHER}|westerners|foreigners|americans|britons|europeans|nationals|citizens)\b)

@rule en.held.hold_verb trigger event=held
  (?<!built\s|designed\s|meant\s|able\s|enough\s|capacity\s|room\s)\bto\s+(?:still\s+)?hold{HOLD_WHOM}
  |\b(?:may|might|could|would|will|did|does|do)\s+(?:still\s+)?hold{HOLD_WHOM}
  + the Haqqanis are believed to hold at least two Westerners => _=to hold
  + the rebels may still hold 40 soldiers => _=may still hold
  - the prison was built to hold 500 inmates
  - the stadium was designed to hold 40,000 people
  - the party will hold two rallies with 3,000 supporters

# A state said of people a release word then governs is what they were before being freed ("about 1,100 prisoners
# serving sentences of five years or more are due to be released", "39 Palestinians held in Israeli prisons were
# freed"): a modifier of the count, not the event. Read at most 100 bytes ahead, in the clause.
@fragment NOT_THEN_FREED = (?![^.;:]{0,100}?\b(?:released|freed|free|let\s+(?:out|go)|set\s+free|walked\s+free|pardoned|exchanged|swapped|handed\s+over|released)\b)

# People serving sentences, the gerund after its noun with no auxiliary ("about 360 people serving sentences for
# offences it considers political", "the 40 miners serving prison terms"). "after serving" and "having served" tell a
# release, not a state; "143 of them serving life sentences" describes a part of the group counted before.
@rule en.held.serving trigger event=held
  (?<!after\s|before\s|since\s|from\s|of\s)(?<!of\sthem\s)(?<!of\swhom\s)\bserving\s+(?:(?:long|life|lengthy|heavy|prison|jail|custodial|their|his|her|the|[\p{L}\d]+-year)\s+){0,2}(?:sentences?|terms?|time)\b{NOT_THEN_FREED}
  + about 360 people serving sentences for political offences => _=serving sentences
  + 40 miners serving prison terms => _=serving prison terms
  + some 250 serving long sentences => _=serving long sentences
  - 20 were freed after serving their sentences
  - the 12 officers serving in the unit
  - about 1,100 prisoners serving sentences of five years or more are due to be released
  - 428 prisoners let out early, 143 of them serving life sentences

# Held in a place of custody, or inside the place where hostages are kept ("80,000 people held in detention camps",
# "1,500 people were held inside the building"): held, outranking the bare passive "were held" (a detention verb for
# "13 were held in Eskişehir the same day") because the phrase is longer. A city or a day after "held in" stays as it
# was.
@rule en.held.held_in_place trigger event=held
  \b(?:were|was|are|is|been|being)\s+(?:still\s+|then\s+|now\s+)?(?:held|kept)\s+{HELD_WHERE}
  |\b(?:held|kept)\s+{HELD_WHERE}{NOT_THEN_FREED}
  + about 80,000 people held in detention camps => _=held in detention camps
  + at least 1,500 people were held inside the building => _=were held inside
  + 600 men were held in the city's two prisons => _=were held in the city's two prisons
  + thousands of civilians were held behind barbed wire => _=were held behind barbed wire
  + 40 men are still kept behind bars => _=are still kept behind bars
  - she was kept behind after class
  - 13 were held in Eskişehir the same day
  - the talks were held in Geneva
  - 39 Palestinians held in Israeli prisons were freed

# Where "held in" says custody: inside (the building hostages are kept in), behind bars or barbed wire (twenty-second
# session: "280,000 Tamil civilians were held behind barbed wire" is a state), or a place of custody, at most two words
# before it ("the city's two prisons").
@fragment HELD_WHERE
  (?:inside\b|behind\s+(?:bars|barbed\s+wire|the\s+wire|prison\s+walls)\b|in\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:prisons?|jails?|gaols?|penitentiar(?:y|ies)|camps?|cells?|captivity|detention\s+(?:centres?|centers?|facilities|facility)))\b

# Believed, thought, feared to be held ("317 students were believed to be held by the gunmen"): the state is what is
# reported, whoever doubts it.
@rule en.held.believed_held trigger event=held
  \b(?:believed|thought|said|reported|understood|feared|known|presumed)\s+to\s+(?:still\s+)?be\s+(?:held|detained|in\s+custody|in\s+captivity|captive|imprisoned|jailed)\b(?!\s+(?:responsible|accountable|liable))
  + 317 students were believed to be held by the gunmen => _=believed to be held
  + two Britons are thought to still be in custody => _=thought to still be in custody
  - the leaders are believed to be held responsible

# Keeping people ("the kidnappers are keeping 20 children in a forest"). ("are being kept there" was tried and dropped:
# in the corpus it only took the wrong member of a list.)
@rule en.held.keeping trigger event=held
  \b(?:are|is|were|was|still)\s+keeping(?={NUMSTART}|\s+(?:["“«]\s*)?(?:at\s+least|about|some|more\s+than|nearly|around)\s)
  + the kidnappers are keeping 20 children in a forest => _=are keeping
  + the front said it was keeping "about 40" people => _=was keeping
  - the police are keeping an eye on 30 families

# Hostages counted inside the place when it was seized ("about 1,200 people had been inside the school when the
# attackers seized it", "some 800 spectators were inside the theatre when gunmen stormed it"): those inside are the
# people held. Only with a word of seizing within 60 bytes after "when".
@rule en.held.inside_when_seized trigger event=held
  \b(?:were|was|had\s+been|have\s+been|are|remained)\s+inside\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,2}?when(?=[^.;]{0,60}?\b(?:seized|stormed|took\s+(?:it|over)|taken|captured|overran|occupied|raided)\b)
  + about 1,200 people had been inside the school when the attackers seized it => _=had been inside the school when
  + some 800 spectators were inside the theatre when gunmen stormed it => _=were inside the theatre when
  - some 800 spectators were inside the theatre when the play began

# Holding or keeping a count as hostages, the state word after the people ("they held 42 men hostage in the yard",
# "the gang kept 12 tourists captive for a month"): the words between are the people's own, no preposition. Taking
# them hostage is the abduction (events17.pat) and stays so.
@rule en.held.held_as_hostage trigger event=held
  \b(?:held|hold|holds|holding|kept|keep|keeps|keeping)(?=\s+(?:(?:at\s+least|about|some|more\s+than|nearly|around|roughly|over)\s+)?(?:\d[\d,.]*|(?:{NUMWORD}))(?![\p{L}\d])\s+(?:(?!(?:with|of|for|and|from|to|in|on|at|by)\b)[\p{L}-]+\s+){0,3}?(?:hostages?|captives?|prisoners?)\b)
  + for four days they held 42 men hostage in the yard => _=held
  + the gang kept 12 tourists captive for a month => _=kept
  - they took 42 men hostage
  - the party held 40 meetings with prisoners
