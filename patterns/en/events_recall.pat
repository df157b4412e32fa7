# English recall rules found missing on the unseen articles 79-108 (eleventh session, recall).

# The relative pronouns of a clause after a count (counts.c, S_after_relative).
@lexicon who_words who_words.txt

# Sent on to custody pending trial, said right after the count: "37 suspects were remanded in custody", "the 12
# detainees were ordered held pending trial". Those people are held now, whatever the noun says of how they came to
# be there (fate=1 outranks the count's own event word, counts.c).
@rule en.held.remand trigger event=held fate=1
  \b(?:were|was|are|is|have\s+been|had\s+been|will\s+be)\s+(?:all\s+|also\s+)?(?:remanded\s+in(?:to)?\s+(?:custody|prison|jail)|(?:ordered\s+)?(?:held|kept|detained)\s+(?:on\s+remand|pending\s+trial|in\s+pre-?trial\s+detention))
  + 37 suspects were remanded in custody => _=were remanded in custody
  + the 12 detainees were ordered held pending trial => _=were ordered held pending trial
  + 60 of the arrested were all remanded into custody => _=were all remanded into custody
  - the case was remanded to a lower court

# A running total, after the day's new figure: "seven more were freed, making 86 in all", "taking the tally since
# Friday to 230": the figure of the people the text is about; its event comes from the sentence or the figure before it.
@rule en.subject.running_total subject pre=1 frame=1
  \b(?:making|bringing|taking|pushing|lifting|raising)(?=\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least)\s+)?(?:\d[\d,]*|(?:{NUMWORD})(?![\p{L}]))\s+(?:in\s+all|in\s+total|altogether|so\s+far)\b)
  |\b(?:bringing|taking|pushing|lifting|raising|making)\s+(?:the|its|their)\s+(?:total|tally|count|number)(?:\s+of\s+(?:{PEOPLE_HELD}|{PEOPLE_DETAINED}|arrests|detentions|releases))?(?:\s+(?!of\s)[\p{L}-]+){0,3}?\s+to(?=\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least)\s+)?(?:\d[\d,]*+|(?:{NUMWORD}))(?![\p{L}\d])(?!\s+(?:{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE})\b))
  + seven more were freed, making 86 in all => _=making
  + taking the tally since Friday to 230 => _=taking the tally since Friday to
  + bringing the number of detainees to 98 => _=bringing the number of detainees to
  - bringing the death toll to 30
  - making 86 calls a day
  - bringing the total to 300 prisoners nationwide

# People a pardon or amnesty is said to cover go free: "some 300 people were covered by the amnesty" (a bare "could
# benefit" is left out: a figure of those who may benefit is a forecast, and its day is seldom the statement's).
@rule en.release.may_benefit trigger event=release
  (?<=prisoners\s|inmates\s|detainees\s|convicts\s|people\s)(?:were|are|will\s+be|would\s+be)\s+covered\s+by\s+(?:the|an?|this|that)\s+(?:amnesty|pardon|decree|clemency)\b
  + 300 people were covered by the amnesty => _=were covered by the amnesty
  - 300 families were covered by the housing plan

# Still holding people is a state: "the authorities continue to hold 56 people detained in the raid" counts people held
# now, whatever the noun says of their arrest (state=1 before the count beats it).
@rule en.held.keep_holding trigger event=held state=1
  \b(?:still|continue\s+to|continues\s+to|continued\s+to|keep|keeps|kept\s+on)\s+(?:hold(?:s|ing)?|detain(?:s|ing)?|jail(?:s|ing)?|imprison(?:s|ing)?)(?=\s+(?:(?:about|some|around|nearly|almost|more\s+than|over|at\s+least)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + the police continue to hold 30 people detained on Monday => _=continue to hold
  + the authorities still detain 12 activists => _=still detain
  - they continue to hold talks

# Getting people out of a prison frees them: "the deal got 16 people out of prison", "it took 40 inmates out of jail".
@rule en.release.let_out trigger event=release
  \b(?:got|get|gets|getting|took|take|takes|taking|brought|bring|brings|bringing|let)\s+(?:[\p{L}\d,-]+\s+){1,5}?out\s+of\s+(?:prisons?|jails?|custody|detention)\b
  + the deal got 16 people out of prison => _=got 16 people out of prison
  + it took 40 inmates out of jail => _=took 40 inmates out of jail
  - they took the case out of court

# Among those a pardon or amnesty freed, said right after the count: "51 political prisoners among the beneficiaries".
# It says what became of them (fate=1), whatever the noun says of their being held.
@rule en.release.among_beneficiaries trigger event=release fate=1
  \bamong\s+(?:the\s+)?(?:beneficiaries|those\s+(?:pardoned|amnestied|freed|released)|the\s+(?:pardoned|freed|released))\b
  + counted 51 political prisoners among the beneficiaries => _=among the beneficiaries
  - among the detainees

# Held in a named kind of detention: "about 1,000 people were in immigration detention". Twenty-sixth session: or in
# detention with no kind ("more than 100,000 people were in detention"): a copula and the noun of custody say a state,
# as "in custody" does; the detention noun alone counts arrests.
@rule en.held.in_detention trigger event=held
  \b(?:were|are|was|is|been|being|remained|remain|remains|stayed|stay)\s+(?:still\s+|now\s+|currently\s+)?in\s+(?:(?:immigration|administrative|pre-?trial|preventive|military)\s+)?(?:detention|custody)\b
  + about 1,000 people were in immigration detention => _=were in immigration detention
  + more than 100,000 people were in detention in connection with the genocide => _=were in detention
  + 300 migrants are currently in detention => _=are currently in detention
  - was sent to immigration detention
  - 300 people died in detention

# Still in the custody or power of captors: "the other 90 remained in the custody of the armed group". Not in the
# custody of the Red Cross, which frees them.
@rule en.held.in_custody_of trigger event=held
  \b{REMAIN}\s+{VGAP}in\s+the\s+(?:custody|power|grip)\s+of\b(?!\s+the\s+red\s+cross)
  + the other 90 remained in the custody of the armed group => _=remained in the custody of
  - they remained in the custody of the Red Cross

# A list of political prisoners that holds a number of names counts the people held: "its list of political prisoners
# still has more than 300 names", "a list of people it calls political prisoners, with 300 names on it". The phrase
# spans the count, so it governs it.
@rule en.held.list_names trigger event=held
  \blist\s+of\s+(?:[\p{L}-]+\s+){0,4}?political\s+prisoners\b(?:[^.;]|\.(?=\d)){0,100}?(?:\d[\d,]*|(?:{NUMWORD}))\s+names\b
  + its list of political prisoners in the country still has more than 300 names => _=list of political prisoners in the country still has more than 300 names
  + a list of people it calls political prisoners, with 300 names on it => _=list of people it calls political prisoners, with 300 names
  - the list of political prisoners is long. It runs to 300 pages

# Taken away by force is a detention (plural only: one person taken is no count): "more than 200 people had been taken from the campus", "about 30 activists were
# taken away by soldiers". A hospital or a home says something else.
@rule en.detention.taken_away trigger event=detention
  \b(?:were|had\s+been|have\s+been)\s+taken\s+(?:away|from)\b(?!\s+(?:(?:the|a|their|his|her)\s+)?(?:hospital|rubble|wreckage|scene\s+by\s+ambulance))
  + more than 200 people had been taken from the campus => _=had been taken from
  + about 30 activists were taken away by soldiers => _=were taken away
  - 12 injured were taken from the rubble
