# English counts: number words, collective words, qualifiers, people nouns, non-people units.

@rule en.number.words number
  # A comma after "thousand"/"million" goes on with the same number when a hundreds group follows, as radio
  # scripts and style guides write them ("eight thousand, nine hundred and fifty-one"): one count, not two.
  (?<![\p{L}\d-])(?<num>(?!(?:and|dozen)\b){NUMWORD}(?:(?:\s+and\s+|\s+|-|(?<=thousand|million),\s+(?=(?:{NUMWORD})\s+hundred\b))(?!and\b){NUMWORD})*)(?![\p{L}\d])
  + two hundred and twelve prisoners => num=two hundred and twelve
  + at least two dozen activists => num=two dozen
  - a dozen activists
  - dozen
  + seventeen activists => num=seventeen
  + one hundred and thirty-five => num=one hundred and thirty-five
  + two thousand people => num=two thousand
  + arrested eight thousand, nine hundred and fifty-one activists => num=eight thousand, nine hundred and fifty-one
  + one thousand, six hundred and thirty-six people => num=one thousand, six hundred and thirty-six
  + two thousand, three of them women => num=two thousand
  - the sixth night
  - and
  - dozens of prisoners

@rule en.collective.12 collective value=12
  \b(?:a|one)\s+dozen\b
  + a dozen activists
  - dozens of activists
@rule en.collective.6 collective value=6
  \b(?:a\s+)?half[\s-]+a[\s-]+dozen\b|\ba\s+half-dozen\b
  + half a dozen students
  + a half-dozen detainees
  - a dozen
@rule en.collective.100 collective value=100
  \b(?:a|one)\s+hundred\b(?!\s+(?:and|thousand))
  + a hundred people
  - hundreds of people
@rule en.collective.500 collective value=500
  \bhalf\s+a\s+thousand\b
  + half a thousand students
  - a thousand
# "half a million people", "a million and a half": the fraction is part of the figure (twenty-first session); the
# word "million" alone read 1,000,000.
@rule en.collective.500000 collective value=500000
  \b(?:a\s+)?half\s+a\s+million\b
  + more than half a million people => _=half a million
  - a million people
@rule en.collective.1500000 collective value=1500000
  \b(?:a|one)\s+million\s+and\s+a\s+half\b
  + a million and a half people => _=a million and a half
  - a million people
# "Only one remains in custody": after "only" and right before a verb saying what happened to them, "one" is a
# count of one person, not an article.
@rule en.collective.one collective value=1 q=exact
  (?<=\bonly\s|\bjust\s)one(?=\s+(?:remains|remained|is\s+still|was\s+still|still|was|has\s+been)\s)
  + Only one remains in custody => _=one
  + just one was released => _=one
  - one remains in custody
  - only one person
@rule en.collective.1000 collective value=1000
  \b(?:a|one)\s+thousand\b(?!\s+(?:and|\w+\s+hundred))
  + a thousand prisoners
  - thousands of prisoners
# "a couple of dozen detainees": about two dozen (twelfth session, recall).
@rule en.collective.24 collective value=24
  \ba\s+couple\s+(?:of\s+)?dozen\b
  + a couple of dozen protesters
  + a couple dozen students
  - a couple of activists
@rule en.collective.20 collective value=20
  \ba\s+score\b(?!\s+of\s+\d)
  + a score of detainees
  - scores of detainees

@rule en.qual.at_least qualifier q=at_least
  \b(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|not\s+less\s+than)\b{NUMSTART}
  + at least 350 people
  + no fewer than 20
  - at last
@rule en.qual.more_than qualifier q=more_than
  \b(?:more\s+than|(?<!hand\s|hands\s|handed\s|handing\s|turn\s|turns\s|turned\s|turning\s|took\s|taken\s|take\s|taking\s|flew\s|flown\s|brought\s|sent\s|passed\s|signed\s|won\s)over|upwards\s+of|in\s+excess\s+of|above|well\s+over|some\s+more\s+than
     # "the tally now exceeds 700": a verb of exceeding right before the figure
     |(?:exceeds|exceeded|surpasses|surpassed|tops|topped|(?:has|had|have)\s+(?:already\s+|now\s+)?passed|passes
     # "its tally passed 5,400", "the total is now well past 400" (seventeenth session)
     |(?<=tally\s|total\s|number\s|figure\s|count\s)passed|well\s+past|(?<=is\s|was\s|now\s)past))\b{NUMSTART}
  + the tally of arrests now exceeds 900 => _=exceeds
  + the true number had already passed 4,000 => _=had already passed
  + its tally passed 5,400 => _=passed
  + the total since Saturday is now well past 400 => _=well past
  - over the past 12 months
  # thirtieth session: the particle of a phrasal verb ("handed over", "turned over") is no qualifier
  - Hamas handed over three hostages to the Red Cross
  - the militia turned over 40 prisoners
  - the bus passed 40 protesters
  + the number of people in custody had passed 9,000 => _=had passed
  + the list topped 300 names => _=topped
  - that surpassed the 532 people arrested in August
  - exceeded expectations
  + more than 400 prisoners
  + over 1,000 detainees
  - more prisoners
@rule en.qual.approx qualifier q=approx
  \b(?:about|around|some|approximately|approx\.|nearly|almost|roughly|an\s+estimated|close\s+to|closer\s+to|estimated|circa|or\s+so)\b{NUMSTART}
  + about 800 political prisoners
  + an estimated 1,200 people
  + nearly 300 detainees
  - about the prisoners
@rule en.qual.at_most qualifier q=at_most
  \b(?:up\s+to|as\s+many\s+as)\b{NUMSTART}
  + up to 50 hostages
  + as many as 40
  - up to date
# A cap: the speaker holds the figure down (cap=1: under an earlier, higher figure of another source it disputes).
@rule en.qual.cap qualifier q=at_most cap=1
  \b(?:no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of
     # "at no point were more than 520 people detained": more than, negated, bounds the figure from above
     |(?:not|never|at\s+no\s+(?:point|time))(?:\s+(?!only\b|just\b|merely\b|that\b|and\b|but\b|because\b)\p{L}+){0,3}?\s+more\s+than
     |(?:did|do|does)\s+not\s+(?:exceed|top|pass)|(?:not|never)\s+(?:exceeding|topping|exceeded|topped))\b{NUMSTART}
  + at no point were more than 520 people detained => _=at no point were more than
  + arrests did not exceed 300 => _=did not exceed
  - not only more than 300 people
  - we must not forget that more than 1,100 people remain in jail
  + no more than 70 of them were political prisoners => _=no more than
  + at most 15 remain in the cells => _=at most
  - up to 50 hostages
@rule en.qual.less_than qualifier q=less_than cap=1
  \b(?:fewer\s+than|less\s+than|under|below)\b{NUMSTART}
  + fewer than 100 prisoners
  - at least 100
@rule en.qual.exact qualifier q=exact
  \b(?:only|just|exactly|a\s+total\s+of|in\s+total)\b{NUMSTART}
  + only 50 people
  + a total of 80
  - justice

@rule en.subject.people subject
  (?<![\p{L}])(?:(?:{ADJ})\s+){0,2}(?:{PEOPLE})\b
  + 24 political prisoners
  + 80 people
  + 66 Venezuelans
  - 24 prisons
@rule en.subject.held subject event=held
  (?<![\p{L}])(?:(?:{ADJ})\s+){0,2}(?:{PEOPLE_HELD})\b
  + 800 political prisoners
  + 20 hostages
  - 20 people
@rule en.subject.detained subject event=detention
  \b(?:{PEOPLE_DETAINED})\b
  + 300 arrestees
  - 300 people
@rule en.subject.figure subject pre=1 frame=1
  \b(?:the\s+)?(?:(?:real|actual|true|official)\s+)?(?:number|figure|total|tally|count)(?:\s+of(?:\s+[a-z'-]+){1,5}?)?(?:\s+(?:since|after|during)\s+the\s+[a-z'-]+(?:\s+of\s+(?:the\s+)?[a-z'-]+)?)?\s+(?:is|was|stands\s+at|stood\s+at|would\s+be|reached|rose\s+to|climbed\s+to|(?:had|has|have)\s+(?:risen|climbed|grown|jumped|increased|reached|gone\s+up)(?:\s+to)?|(?:grew|jumped|increased)\s+to|(?:fell|dropped|declined|decreased|(?:had|has|have)\s+(?:fallen|dropped|declined|decreased))(?:\s+from\s+(?:[\d,]+|(?:{NUMWORD})))?\s+to)(?:\s+(?:only|just|closer\s+to))?
  + but the real number is only 50
  + the tally rose to 120
  + the figure had risen to 1,200 => _=the figure had risen to
  # twenty-ninth session: a 'since' phrase with its complement
  + The number of detainees since the start of the protests has risen to 4,500 => _=The number of detainees since the start of the protests has risen to
  # a falling figure, from the old one to the new
  + The number of political prisoners fell from 1,000 to 880 => _=The number of political prisoners fell from 1,000 to
  + The real number of people arrested is closer to 3,000 => _=The real number of people arrested is closer to
  - the number of deaths

# Arrest warrants served count arrests ("police served 93 arrest warrants"); issued ones are nobody arrested yet
# (en.other.warrant_issued).
@rule en.subject.warrants subject event=detention
  \b(?:arrest\s+warrants|warrants\s+for\s+(?:the\s+)?arrest)\b
  + police served 93 arrest warrants
  - an arrest warrant

# "the remaining 78 are still in custody": a figure for the rest of the people counted before.
@rule en.subject.remaining subject pre=1
  \bthe\s+remaining(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + the remaining 78 are still in custody => _=the remaining
  - the remaining days

# "45 cases of arbitrary detention", "243 cases in which people were taken": cases of custody count people, not
# things (twelfth session, recall; en.subject.cases gives their event); other cases (of torture, of covid) stay units.
@fragment CASES_OF_PEOPLE = (?!(?<=cases)\s+(?:of\s+(?:(?:arbitrary|unlawful|illegal|incommunicado)\s+)?(?:detention|arrest)s?\b|in\s+which\s+(?:people|persons|\w+)\s+(?:were|had\s+been)\s+(?:taken|arrested|detained|abducted|seized|picked\s+up|held)\b))
@rule en.veto.units veto
  (?<![\d.,])(?<![\d.,]\x20)\d(?:[\d.,]|\x20(?=\d))*+\s+(?:(?:different|separate)\s+)?(?:{UNITS})\b{CASES_OF_PEOPLE} | \b(?:{NUMWORD})\s+(?:(?:different|separate)\s+)?(?:{UNITS})\b{CASES_OF_PEOPLE}
  - documented 45 cases of arbitrary detention
  - documented 45 cases in which people were taken by soldiers
  + released that day in three groups
  + has released two sets of figures
  + documented 45 cases of torture
  + released in 3 prisons
  + arrested at 40 different colleges
  + held in four police stations
  + holding up three fingers
  + 17 flights
  + 300 homes
  + Russia returned 45 bodies of soldiers
  + three days
  - 24 prisoners

# The capacity of a prison is not a count of people in it; "several hundred" is no figure at all.
@rule en.veto.capacity veto
  \bcapacity\s+(?:of|for)\s+(?:about\s+|some\s+|up\s+to\s+|more\s+than\s+)?\d+(?:[.,]\d{3})*(?:\s+(?:thousand|million))?
  + a mega-prison with capacity for 40,000 inmates
  - 40,000 inmates
@rule en.veto.vague veto
  \b(?:several|a\s+few|some|many)\s+(?:hundred|thousand)s?\b(?!\s+and)
  + several hundred others were released
  + a few thousand people
  - a hundred people
# A number that is part of a name ("the Group of 7", "G-20") counts nobody.
@rule en.veto.name veto exact
  \b(?:Group|Club|Committee|Council|Friends)\s+[Oo]f\s+(?:[Tt]he\s+)?\d+\b(?![\d.,]*\s+[a-z]+\s+(?:were|have\s+been|had\s+been)\b) | \bG-?\d{1,2}\b
  + The Group of 7 called for their release
  + the G-20 summit
  - a group of 30 prisoners
  - Group of 30 prisoners were freed

# A ratio ("1 in 4 prisoners") counts nobody. (Former prisoners: en.subject.former26 in precision26.pat.)
@rule en.veto.ratio veto
  \b(?:\d+|{NUMWORD})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d+|{NUMWORD})\b
  + 1 in 4 prisoners
  + one in five inmates
  - 4 prisoners
  - 300 political prisoners

@rule en.veto.law veto
  \b(?:article|art\.|law|decree|resolution|number|no\.|case|bill|section|paragraph|chapter|file)\s*\d[\d.,/-]*
  + Article 24 of the constitution
  + Law 1,234
  + no. 5
  - 24 prisoners

# A reporting verb governs the counts of its own clause only.
@rule en.clause clause
  (?:,|;|:|—|--)\s*(?:but(?!\s+that\b)|while|whereas|although|though|however|yet)\b | ;\s | \bbut\b(?!\s+that\b) | ,\s*(?:where|in\s+which)\b
  + claims to have released 100 people, but the real number is only 50
  - said the ruling was welcome, but that 30 people were still held
  + 80 were freed; however
  + sent 1,500 troops to the border, where 230 migrants were detained
  - buttress

# A part of a group counted before: "Of the 553, no more than 200 are political prisoners".
@rule en.partitive partitive
  \b(?:of\s+(?:the|those|these)|among\s+(?:the|those|these))\b(?!\s+(?:(?:last|past|previous|preceding)\s+)?(?:days|weeks|months|years|hours)\b)
  - another 187 of the previous weeks
  + Of the 553, no more than 200
  + among the detained
  - of them

# The whole counted just before, named as a total ("Of that total, 188 were held over the protests", "Of this
# number, 40 ..."): with whole=1 the first count after it takes the event of the latest claim (claims.c, S_partitive).
@rule en.partitive.total partitive whole=1
  \bof\s+(?:that|this|the)\s+(?:total|number|group|figure|tally)\b
  + Of that total, the ministry said, 188 => _=Of that total
  + of this number, 40 were women => _=of this number
  - the total of prisoners

# A figure compared with an earlier one counts the same people: "up from roughly 39,000 on Jan. 20".
@rule en.subject.comparison subject pre=1
  \b(?:up|down)\s+from(?:\s+(?:about|around|roughly|some|nearly))?|\bcompared\s+(?:with|to)|\bagainst(?=\s+\d)
  + up from roughly 39,000
  - up to 40
# "soldiers in captivity could number up to 8,000", "the arrests do not exceed 3,000": a bare figure stated as what
# the people or acts counted before may number; the event comes from the sentence.
@rule en.subject.may_number subject pre=1
  \b(?:(?:could|may|might)\s+(?:be|number)(?:\s+as\s+many\s+as|\s+up\s+to)?|do(?:es)?\s+not\s+exceed)(?=\s*"?\s*(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + soldiers in captivity could number as many as 8,000 => _=could number as many as
  + the arrests do not exceed 3,000
  - could be released
# A plural nationality written with a capital ("Twenty-six more Italians"): people, whatever the nationality.
@rule en.subject.demonym subject exact
  (?<![\p{L}])\p{Lu}\p{Ll}+(?:ians|ans|eans|ese|is)(?![\p{L}])
  + Twenty-six more Italians were deported => _=Italians
  + 40 Malaysians => _=Malaysians
  - 40 prisoners
# "The prison population stood at 88,521": a population is the people held.
@rule en.subject.population subject pre=1 event=held
  \b(?:prison|inmate|detainee|jail)\s+population(?:\s+(?:in|of)\s+(?:\p{L}+\s+){1,4}?)?\s*(?:stood|stands|was|is|reached|rose|fell|hit|dropped|totall?ed|numbered|(?:has|had)\s+(?:fallen|risen|dropped|grown|climbed|reached)|climbed|grew|topped|exceeded)(?:\s+on\s+\d{1,2}\s+\p{L}+|\s+on\s+\p{L}+\s+\d{1,2})?(?:\s+(?:at|to))?(?=\s*(?:\d|(?:about|around|some|nearly|almost|more\s+than|over|just\s+over|roughly)\s))
  + The prison population in England and Wales stood at 88,521
  + the jail population has fallen to about 31,000 => _=jail population has fallen to
  + the prison population stood on 31 July at about 11,000 => _=prison population stood on 31 July at
  - the prison population is rising

# "the release of another 33": words between an event word and its count that add nothing to the figure
@rule en.qual.other qualifier q=exact other=1 gate=1
  \b(?:another|other|a\s+further|further|an\s+additional|additional)\b{NUMSTART}
  + the release of another 33 detainees
  - other prisoners

# People who are none of ours unless an event word sits right beside them: police, troops, lawmakers, voters,
# crowds ("tens of thousands of protesters", "140 police officers"). "457 protesters arrested" stays a detention.
@rule en.subject.other subject event=none
  (?<![\p{L}])(?:(?:{ADJ})\s+){0,2}(?:{PEOPLE_OTHER})\b
  + 140 police officers were injured
  + 227 lawmakers signed
  + 457 protesters arrested => _=protesters
  - 24 political prisoners

# A figure that is an attribute of the people, not how many they are: "the average age of those arrested was
# 17", "the youngest of the detainees is 14". The words between may not hold a figure (that one is a count).
@rule en.veto.attribute veto
  \b(?:(?:average|mean|median|typical)\s+age|ages?|youngest|oldest)\b(?:\s+(?!(?:{NUMWORD})\b)[\p{L}'-]+){0,7}?\s+(?:was|is|were|are|stood\s+at|stands\s+at|ranged\s+from|ranging\s+from|between)\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|barely\s+|under\s+|over\s+)?(?:\d{1,3}|{NUMWORD})(?![\d.,]?\d)(?:\s+(?:and|to)\s+(?:\d{1,3}|{NUMWORD}))?
  + the average age of those arrested was 17 => _=average age of those arrested was 17
  + the youngest of the detainees is 14
  + their ages ranged from 15 to 19
  + the median age of the people held stood at twenty-two
  - the average age of the 300 detainees
  - 300 detainees, aged 17 on average

# A target or quota is not a count of people detained or released: "a goal of 3,000 arrests a day".
@rule en.veto.target veto
  \b(?:target|goal|quota|objective)s?\s+(?:of|was|is|to\s+reach)\s+(?:at\s+least\s+|some\s+|about\s+|up\s+to\s+|more\s+than\s+)?(?:\d[\d.,]*(?:\s+{MULT}(?![\p{L}]))?|(?:{NUMWORD})(?:[\s-]+(?:{NUMWORD})){0,3})(?![\d.,]?\d)
  + the White House set a target of 3,000 arrests a day => _=target of 3,000
  + officers were given a quota of fifty detentions per week
  + the goal is 1 million deportations
  - 3,000 people were arrested on target days
  - the goal was met: 300 prisoners released

# "The three hostages are Ana Ruiz, ...": the article and figure name people counted before; what follows is who
# they are, not a new figure.
@rule en.veto.enumeration veto exact
  (?<![\p{L}])(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:\d{1,2}|{NUMWORD})(?=(?:\s+[\p{Ll}-]+){1,3}\s+(?:are|were)\s*:?\s+\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}|\s*,|\s+and\s+\p{Lu}))
  + the three hostages are Keith Siegel, Ofer Kalderon and Yarden Bibas => _=the three
  + The two freed prisoners were Ana, a teacher, and Luis
  - the three hostages were Israeli citizens
  - the three hostages were released to the Red Cross
  - three hostages are Keith Siegel, Ofer Kalderon and Yarden Bibas

# A tally of votes counts no prisoner: "passed by 9 votes to 4 with 1 abstention", "12 in favour and 3 against"
# (the bare number has no noun, so nothing else rules it out).
@rule en.veto.votes veto
  (?<![\d.,])\d[\d.,]*\s+(?:votes?\s+)?(?:in\s+favou?r|against(?=\s*(?:[,;.]|and\s|with\s|$))|abstentions?|to\s+\d+(?=\s+(?:with|against|in\s+favou?r)\b))\b | \b(?:{NUMWORD})\s+(?:votes?\s+)?(?:in\s+favou?r|against(?=\s*(?:[,;.]|and\s|with\s|$))|abstentions?)\b
  + passed 12 in favour and 3 against, => _=12 in favour
  + 3 against, => _=3 against
  + with two abstentions => _=two abstentions
  - 40 prisoners against whom there was no evidence
  - 12 detainees
