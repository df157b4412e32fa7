# English: ways of telling a release that no older release word read (nineteenth session). Written from the ways
# journalists say it, then checked against the corpus for new false claims. Each phrase is a trigger: longer than
# any event word inside it, it decides by the rules of "The event" (docs/design.md).

@fragment R19_NUM = (?:(?:another|a\s+further|some|about|around|nearly|almost|more\s+than|over|at\s+least|up\s+to|all|the|the\s+last|the\s+remaining)\s+)?(?:\d[\d,.]*|(?:{NUMWORD})(?![\p{L}]))

# Freedom, parole or clemency given: "were given their freedom", "the board granted parole to 30 inmates", "granted
# clemency to 30 prisoners". Freedom of or to something (speech, to act) is none; parole denied is none.
@rule en.release.given_freedom trigger event=release
  \b(?:given|granted|gave|grants?|gives?|giving|granting|won|win|wins|secured|secures|bought|buys|purchased)\s+
    (?:(?:them|him|her)\s+)?(?:(?:their|his|her|the)\s+)?
    (?:(?:freedom|liberty)\b(?!\s+(?:of|to)\b(?!\s+{R19_NUM}))|(?:early\s+|conditional\s+)?release\s+of{NUMSTART}|(?:early\s+|conditional\s+)release\b|parole\b|clemency\b)
  + thirty prisoners were given their freedom => _=given their freedom
  + the board granted parole to 30 inmates => _=granted parole
  + the president granted clemency to 30 prisoners => _=granted clemency
  + thirty prisoners won early release => _=won early release
  + the government bought the freedom of 30 prisoners => _=bought the freedom
  + the envoy secured the release of 30 prisoners => _=secured the release of
  - the charter gave them freedom of speech
  - the law granted freedom to assemble
  - the board denied parole to 30 inmates
  - the envoy secured the release of the hostages' names

# Bail: "the court bailed 12 activists", "were bailed", "friends bailed out 30 protesters". Not "bail" the noun
# ("denied bail", "bail hearing").
@rule en.release.bailed trigger event=release
  \b(?:(?:were|was|been|be|being)\s+)?bail(?:ed|ing)(?:\s+out)?+\b(?!\s+(?:the\s+)?(?:banks?|companies|firms?|airlines?|lenders?|industry)\b)
  + the court bailed 12 activists on Monday => _=bailed
  + twelve activists were bailed by the court => _=were bailed
  + friends bailed out 30 protesters => _=bailed out
  - the judge denied bail to 12 activists
  - the government bailed out the banks

# A commutation of prison sentences frees the people whose terms it ends: "commuted the sentences of 14 others",
# "the sentences of 30 prisoners were commuted". Not a death sentence commuted to life or to a prison term.
@rule en.release.commuted trigger event=release
  \bcommut(?:ed|es|ing|e)\s+(?:the\s+)?(?:prison\s+|remaining\s+)?(?:sentences?|terms?)\s+of(?=\s+(?:(?:another|some|about|more\s+than|nearly|all)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))(?![^.;]{0,80}?\bto\s+(?:life|death|(?:a\s+)?(?:prison|jail)\s+terms?|\d))
  | \b(?<!death\s)(?<!capital\s)(?<!life\s)sentences\s+of(?=\s+(?:(?:another|some|about|more\s+than|nearly|all)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}]))[^.;]{1,60}?\b(?:were|have\s+been|had\s+been|will\s+be|would\s+be)\s+commuted\b(?!\s+to\s+(?:life|death|(?:a\s+)?(?:prison|jail)\s+terms?|\d)))
  # Twenty-first session: the figure counts the sentences, one a person ("he commuted 330 sentences"); not death
  # sentences, not one commuted to life or to a term.
  | \bcommut(?:ed|es|ing|e)(?=\s+(?:(?:another|some|about|more\s+than|nearly|over|almost)\s+)?(?:\d[\d,.]*|(?:{NUMWORD})(?![\p{L}]))\s+(?:(?:more|other|federal|prison|drug|jail)\s+)?(?:sentences|prison\s+terms)\b)(?![^.;]{0,80}?\bto\s+(?:life|death|(?:a\s+)?(?:prison|jail)\s+terms?|\d))
  + the president commuted the sentences of 14 others => _=commuted the sentences of
  + on his last day he commuted 330 sentences => _=commuted
  + the governor commuted another 46 federal sentences => _=commuted
  - the governor commuted 46 death sentences
  - the court commuted 12 sentences to life imprisonment
  + the sentences of 30 prisoners were commuted => _=sentences of
  - the death sentences of 30 prisoners were commuted
  - the court commuted the sentences of three men to life
  - he commuted the sentence to life

# Traded for others: "Moscow traded 30 prisoners for two pilots", "were traded for". "trade" as commerce has no
# noun of people after the figure.
@rule en.release.traded trigger event=release
  \b(?:traded|trades|trading)(?=\s+{R19_NUM}\s+(?:[\p{L}-]+\s+){0,2}?(?:{PEOPLE_HELD}|{PEOPLE}|{PEOPLE_DETAINED})\b)
  | \b(?:were|was|been|be|being)\s+traded\s+for\b
  + Moscow traded 30 prisoners for two pilots => _=traded
  + the two men were traded for a convicted spy => _=were traded for
  - the firm traded goods with Iran
  - shares traded 30 points higher
  - Moscow traded 30 tanks for oil

# The way out of a siege or a seized place: "were brought out alive", "were led out of the embassy" (done to the
# people by their rescuers or captors), and, after a noun of captives, "made it out alive", "emerged from the
# theatre". Only alive, safe, or out of a seized place: defendants are led out of court, and people brought out of
# a cell are taken somewhere else; students who make it out of a burning school were no one's captives.
@fragment R19_SITE = (?:building|embassy|school|theat(?:re|er)|hospital|compound|plane|aircraft|jet|ship|vessel|hotel|church|palace|bank|residence|mosque|complex|plant|facility|dormitory|gym|gymnasium|consulate|ambassador's\s+residence)
@fragment R19_CAPTIVES = (?<=hostages\s|captives\s|prisoners\s|detainees\s|inmates\s|convicts\s|abductees\s|schoolgirls\s|schoolboys\s)
@rule en.release.made_it_out trigger event=release
  \b(?:were|was|been|being)\s+(?:brought|led|carried|helped|escorted)\s+out
    (?:\s+(?:alive|safely|unharmed|unhurt|to\s+safety|to\s+freedom)\b|\s+of\s+(?:the\s+)?(?:[\p{L}'-]+\s+){0,2}?{R19_SITE}\b)
  | {R19_CAPTIVES}(?:(?:have|had|all|finally)\s+)?(?:made\s+it|got|came|walked)\s+out(?:\s+(?:alive|safely|unharmed|unhurt|to\s+safety)\b|\s+of\s+(?:the\s+)?(?:[\p{L}'-]+\s+){0,2}?{R19_SITE}\b)
  | {R19_CAPTIVES}(?:(?:have|had|all|finally)\s+)?(?:emerged|emerge|fled)\s+(?:alive\s+)?from\s+(?:the\s+)?(?:[\p{L}'-]+\s+){0,2}?{R19_SITE}\b
  + thirty hostages made it out alive => _=made it out alive
  + the 32 hostages who survived were brought out alive => _=were brought out alive
  + thirty hostages were led out of the embassy => _=were led out of the embassy
  + thirty hostages emerged from the building => _=emerged from the building
  - the defendants were led out of court
  - 30 prisoners were brought out of their cells
  - the company brought out a new model
  - thirty students made it out of the school before the fire spread
  - thirty workers emerged from the building after the drill

# Flying or landing home, after a noun of captives: "the hostages flew home", "the prisoners were flown home".
# Evacuees, tourists and fans fly home too, so not after any noun (the verb lexicons leave flying out).
@rule en.release.flown_home trigger event=release
  {R19_CAPTIVES}(?:(?:have|has|had|finally|safely|all|were|was|will|are|being|been|be|to)\s+){0,3}(?:flew|fly|flies|flying|flown|landed|land|lands|arrived|arrive|arrives)\s+(?:back\s+)?home\b
  + thirty hostages flew home on Monday => _=flew home
  + the 22 prisoners were flown home => _=were flown home
  - more than 300 Britons were flown home from Sudan
  - forty fans flew home after the match

# Given back and handed on: "were handed back", "were given back", "handed 30 hostages to the Red Cross", "turned
# 30 hostages over to the Red Cross", "let 30 hostages go", "allowed 30 hostages to go home". Sent back to prison
# is held; a handover to the police or prosecutors is an arrest, so only the Red Cross, families and homes.
@rule en.release.given_back trigger event=release
  \b(?:were|was|been|being|be)\s+(?:handed|given)\s+back\b(?!\s+(?:to\s+(?:the\s+)?(?:prison|jail|custody|detention|cells?|police|court|russia|their\s+cells)|into\s+custody|behind\s+bars)\b)
  | \b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|deliver(?:ed|s|ing)?)\s+(?:over\s+)?{R19_NUM}\s+(?:[\p{L}'-]+\s+){0,2}?(?:over\s+)?to\s+(?:the\s+)?(?:red\s+cross|icrc|international\s+committee\s+of\s+the\s+red\s+cross|their\s+famil(?:y|ies)|(?:their|his|her)\s+relatives)\b
  | \blet\s+(?:[\p{L}\d,.'-]+\s+){1,4}?go\b(?!\s+(?:of|ahead|on|to)\b)
  | \ballow(?:ed|s|ing)?\s+(?:[\p{L}\d,.'-]+\s+){1,4}?to\s+(?:go\s+home|go\s+free|walk\s+free|return\s+home|leave\s+(?:the\s+)?(?:[\p{L}'-]+\s+){0,2}?{R19_SITE})\b
  | \b(?:allowed|sent|let)\s+home\b
  + thirty hostages were handed back => _=were handed back
  + thirty hostages were given back => _=were given back
  + the militants handed 30 hostages to the Red Cross => _=handed 30 hostages to the Red Cross
  + the militants turned 30 hostages over to the Red Cross => _=turned 30 hostages over to the Red Cross
  + the militants let 30 hostages go => _=let 30 hostages go
  + the gunmen allowed 30 hostages to leave the embassy => _=allowed 30 hostages to leave the embassy
  + thirty prisoners were allowed home => _=allowed home
  - thirty prisoners were sent back to prison
  - thirty officers were sent back to their barracks
  - they handed 30 suspects over to the police
  - handing them to the Red Cross in two groups
  - let them go ahead
  - they let the matter go on

# Set loose: "were turned loose", "set loose". A release in plain words.
@rule en.release.turned_loose trigger event=release
  \b(?:turned|turn|turns|turning|set|sets|setting|cut|cuts)\s+loose\b
  + thirty prisoners were turned loose => _=turned loose
  - the dogs broke loose

# Out of custody, a state reached by a release: "were out of prison by Monday", "are now out of jail".
@rule en.release.out_of_prison trigger event=release
  \b(?:are|were|is|was|have\s+been|has\s+been|had\s+been)\s+(?:now\s+|already\s+|finally\s+|all\s+|back\s+)?out\s+of\s+(?:prison|jail|custody|detention)\b
  + thirty prisoners were out of prison by Monday => _=were out of prison
  - they were out of the country

# Back with their families: "are back with their families", "are safely back with their loved ones".
@rule en.release.back_with_families trigger event=release
  \b(?:are|were|is|was|have\s+been|has\s+been)\s+(?:now\s+|already\s+|safely\s+|finally\s+)*back\s+with\s+(?:their|his|her)\s+(?:families|family|relatives|loved\s+ones|parents)\b
  + thirty prisoners are back with their families => _=are back with their families
  - thirty prisoners are back in their cells

# Sent to a third country or resettled: the transfers out of Guantánamo ("sent home or to third countries",
# "transferred to third countries", "were resettled in Uruguay") free the men transferred (en/83, en/162, pt/177).
@rule en.release.third_country trigger event=release
  \b(?:transferred|sent|resettled|relocated|flown|repatriated)\s+to\s+(?:a\s+)?third\s+countr(?:y|ies)\b
  | \b(?:were|was|been|be|being)\s+resettled\s+in\b
  + thirty prisoners were transferred to third countries => _=transferred to third countries
  + thirty prisoners were resettled in Uruguay => _=were resettled in
  - thirty prisoners were transferred to another prison

# An expulsion of people held frees them from custody, as "expelled" does (en.release.verb): "Tehran announced the
# expulsion of the 52 spies". Only before a figure and a noun of people (diplomats, whatever the people lexicons say, are no one's prisoners).
@rule en.release.expulsion trigger event=release
  \bexpulsion\s+of\s+["']?(?:the\s+)?["']?(?={R19_NUM}\s+(?:[\p{L}-]+\s+)?(?!diplomat)(?:{PEOPLE_HELD}|{PEOPLE})\b)
  + Tehran announced the expulsion of the "52 spies" => _=expulsion of the "
  - the expulsion of 20 diplomats

# More plain ways of telling a release: "were set at liberty", "walked through the prison gates", "posted bail",
# "were handed to their families", "reunited with loved ones", "were sent into exile" (prisoners freed on condition
# they leave, as "desterrados"). "had their sentences commuted" stays none (en.other.sentence_cut: a shorter term).
@rule en.release.plain_more trigger event=release
  \bset\s+at\s+liberty\b
  | \b(?:walked|walk|walks|walking|passed|stepped|came)\s+(?:out\s+)?(?:through|of)\s+the\s+(?:prison|jail)\s+gates?\b
  | \b(?:posted|post|posts|posting|paid|pay|pays|paying)\s+(?:their\s+|his\s+|her\s+)?bail\b
  | \b(?:were|was|been|being)\s+(?:handed|returned|delivered)\s+(?:over\s+)?to\s+(?:their|his|her)\s+(?:famil(?:y|ies)|relatives|parents|loved\s+ones)\b
  | \breunit(?:ed|es|ing|e)\s+with\s+(?:their\s+|his\s+|her\s+)?loved\s+ones\b
  | \b(?:were|was|been|being)\s+sent\s+into\s+exile\b
  + thirty prisoners were set at liberty => _=set at liberty
  + thirty prisoners walked through the prison gates => _=walked through the prison gates
  + thirty protesters posted bail => _=posted bail
  + thirty hostages were handed to their families => _=were handed to their families
  + thirty hostages were reunited with loved ones => _=reunited with loved ones
  + thirty prisoners were sent into exile => _=were sent into exile
  - the judge set bail at $500

# The nouns of a handover and a repatriation before a figure: "the handover of 30 hostages", "the repatriation of
# 30 prisoners" (as "the release of", "the return of"; bodies are no people, so no count).
@rule en.release.handover_noun trigger event=release
  \b(?:handover|hand-over|repatriation)\s+of(?=\s+{R19_NUM}\s+(?:[\p{L}-]+\s+){0,2}?(?:{PEOPLE_HELD}|{PEOPLE}|{PEOPLE_DETAINED})\b)
  + the handover of 30 hostages took place at dawn => _=handover of
  + the repatriation of 30 prisoners => _=repatriation of
  - the handover of power
  - the handover of 30 tanks
