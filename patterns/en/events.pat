# English event words: releases, people held, detentions, in every voice and as nouns.

@rule en.release.verb trigger event=release
  \b(?<!press\s)(?<!news\s)(?:releas(?:e|ed|es|ing)|freed|freeing|frees|free(?=\s+(?:\d|(?:{NUMWORD})\b|(?:a|one)\s+(?:dozen|hundred)|some|about|around|more|at\s+least|up\s+to|all|the|their|them|him|her))|walked\s+out\s+of|(?:have|has|had)\s+walked\s+out|liberat(?:e|ed|ion|ing)|pardon(?:ed|s|ing)?|amnest(?:ied|y(?!\s+international))|exonerated|repatriated|swapped|exchanged|exchanges?|swaps?|(?:been|were|was|are|be)\s+returned|returned\s+(?:home|to)|received|got\s+back|brought\s+(?:back|home)|expelled|deported|banished|returned\s+home|came\s+home|(?:are|were|is|was)\s+home(?!\s+to\b)
     |(?:handed|transferred|delivered)\s+(?:over\s+)?to\s+the\s+red\s+cross|in\s+the\s+hands\s+of\s+the\s+red\s+cross|handed\s+over|walk(?:s|ed|ing)?\s+free|(?:be|been|being|were|was|are|is)\s+set\s+free|set\s+free|(?:went|go|goes|going)\s+free|let\s+go|left\s+prison|left\s+jail|(?:(?<!to\s)leave|leaving|leaves)\s+(?:jail|prison)|restored\s+to\s+(?:their\s+)?(?:freedom|liberty)|returned\s+from\s+captivity|(?:the\s+)?return\s+of{NUMSTART}|(?:(?:were|was|been)\s+)?benefit(?:ed|s|ing)?\s+(?:from|by)\s+the\s+(?:amnesty|pardon|releases?)|brought\s+to\s+safety|returned(?=(?:\s+(?:more\s+than|at\s+least|about|around|some|nearly|almost|over|another|up\s+to))?{NUMSTART})|(?<=the\s)beneficiaries|(?:left|walked\s+out\s+of)\s+(?:the\s+)?(?:prison|penal|correctional)\s+(?:establishments|facilities|system)|(?:allowed|sent|let)\s+(?:to\s+)?go\s+home|let\s+out|discharged|(?:granted|given)\s+bail|(?:rejoin|rejoined|return\s+to|returned\s+to|reunited\s+with|handed\s+back\s+to|sent\s+back\s+to)\s+(?:their|his|her)\s+(?:famil(?:y|ies)|homes|parents)|sent\s+home|walked\s+out\s+of\s+(?:prison|jail)|released\s+from\s+(?:prison|custody|jail)|freedom\s+(?:of|for){NUMSTART}|excarcerat(?:ed|ion)|excarcelat(?:ed|ion|ions))\b
  + the government released 400 prisoners
  + the regime banished 222 political prisoners to the United States => _=banished
  + 24 prisoners were freed
  + the release of 80 people
  + 50 detainees walked free
  + Hamas handed over three hostages
  + at least 230 who have walked out => _=have walked out
  + 2,031 inmates left the prison establishments => _=left the prison establishments
  + 300 minors were allowed to go home => _=allowed to go home
  + only 11 have been let out on bond => _=let out
  + the court discharged 119 people => _=discharged
  + sixty persons would rejoin their families => _=rejoin their families
  + a judge granted bail to 52 students => _=granted bail
  - a press release said
  - a free press
  - freedom of expression
  + 5,500 prisoners leave jail this week => _=leave jail
  - the inmates want to leave jail
  + 6,000 Ukrainians have returned from captivity => _=returned from captivity
  + the return of 185 soldiers => _=the return of
  + 400 inmates could benefit from the amnesty => _=benefit from the amnesty
  + 214 of the beneficiaries => _=beneficiaries
  - according to Amnesty International
  - the return of democracy
  + only around 200 were benefited by the releases => _=were benefited by the releases
  + Russia returned 8 civilians => _=returned
  + a judge ordered freedom for 37 youths => _=freedom for
  - freedom of expression
  + Baku has returned more than a hundred prisoners to Armenia => _=returned
  + 12 fishermen were home by Sunday => _=were home
  - the valley is home to two million people

# A crowd is no one held: with a noun that counts anyone ("there were more than 10,000 people" in the square,
# twenty-second session), the state word says custody only when a word of custody, captivity or our events follows
# in the clause ("there are 20 people being held in there", "there remain 40 people inside").
@fragment STATE_CROWD
  (?!(?:\s+\S+){1,4}?\s+(?:people|persons|individuals)\b(?![^.;:]{0,100}?(?:held|detain|arrest|jail|prison|custody|captiv|hostage|kidnap|locked|behind\s+bars|cells?\b|releas|freed|inside|on\s+board|aboard)))
@rule en.held.verb trigger event=held
  \b(?:remain(?:s|ed|ing)?\s+(?:in\s+(?:\w+\s+)?(?:custody|prison|prisons|jail|jails|detention|captivity|cells)|behind\s+bars|detained|jailed|imprisoned|held|captive)
     |(?:still|are|being|currently|now)\s+(?:held|detained|jailed|imprisoned|behind\s+bars|in\s+custody|in\s+captivity|captive|in\s+detention|in\s+prison|in\s+jail)|(?:have|has)\s+been\s+held|(?:were|was)\s+(?:then|at\s+(?:that|the)\s+time)\s+(?:being\s+)?(?:held|imprisoned|jailed|detained)|(?<=who\s)had\s+been\s+held|(?:may|might|could)\s+(?:still\s+)?be\s+(?:held|detained|in\s+custody)
     |(?:were|are|was|is)\s+(?:still\s+)?serving\s+(?:\w+\s+)?(?:sentences?|terms?|time)|remanded\s+in\s+custody|(?:sent|sending)\s+to\s+(?:prison|jail)|in\s+(?:police\s+)?cells|(?:still|are|were)\s+being\s+held
     |behind\s+bars|in\s+custody|(?:is|are|was|were)\s+(?:now\s+|currently\s+|still\s+)?holding|holds|holding(?!\s+up\b)|(?:held|kept|placed|ordered)\s+in\s+(?:pre-?trial|preventive)\s+(?:detention|custody)|(?:still|remain|remains|are|were)\s+locked\s+up|in\s+captivity|there\s+(?:are|were){STATE_CROWD}|still\s+held|counts(?=\s+(?:more\s+than\s+|at\s+least\s+|about\s+|some\s+|nearly\s+|over\s+|almost\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))|held\s+captive|held\s+hostage|languish(?:ing|es)?\s+in|remain(?:s|ed|ing)?\s+(?:in|inside)\s+(?:gaza|prison|jail|cells|detention|custody|captivity|\w+\s+(?:prisons|jails|captivity|custody)))\b
  + when he took office 40 men were then held at the base => _=were then held
  + 800 political prisoners remain behind bars
  + there are 800 political prisoners
  + 20 hostages still held
  + 8,000 Ukrainians remain in Russian captivity
  + 20 people arrested in 2019 were still in detention => _=still in detention
  + some 70 persons are currently in prison => _=currently in prison
  + 76 defendants, who have been held since August => _=have been held
  + 250 defendants were serving prison sentences => _=were serving prison sentences
  + Five others were remanded in custody => _=remanded in custody
  - they held a press conference
  + 260 were sent to prison pending trial => _=sent to prison
  + more than 1,000 protesters in police cells => _=in police cells
  + 76 defendants, who had been held since August => _=had been held
  + up to 1,500 people may still be held => _=may still be held
  - 1,100 of those released had been held in political cases
  + a judge ordered 40 of them held in pre-trial detention => _=held in pre-trial detention
  + the group counts 800 political prisoners => _=counts
  - he faces five counts of fraud
  - protesters holding up signs

@rule en.detention.verb trigger event=detention
  \b(?:(?:taken|took|brought)\s+back\s+into\s+custody|re-?arrested|recaptur(?:ed|e|es|ing)|(?<!under\s)(?<!house\s)(?<!for\sthe\s)arrest(?:ed|s|ing)?(?!\s+warrants?)|detain(?:ed|ing)|detention(?:s)?(?!\s+(?:centres?|centers?|facilit\w+|camps?|sites?|conditions|warrants?|orders?|requests?))|captured|apprehended|rounded\s+up|(?:taken|took|take|takes)\s+(?:[\d,.]+\s+(?:\w+\s+){0,3})?into\s+custody|into\s+custody|taken\s+away|hauled\s+away|took\s+away{NUMSTART}|(?:has\s+|have\s+)?(?:so\s+far\s+)?netted(?=\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))|(?:taken|brought)\s+to\s+(?:a|the)\s+police\s+stations?|picked\s+up|jailed|abducted|kidnapped|seized|taken\s+hostage|were\s+held|crackdown)\b
  + police arrested 120 protesters
  - a judge approved 83 arrest warrants
  - police asked for detention warrants for 66 suspects
  - 80 remain under arrest
  + 300 people were detained
  + the detention of 40 students
  + the recapture of at least 28 escaped inmates => _=recapture
  + two of those pardoned were taken back into custody => _=taken back into custody
  - a detainee count
  + police took away 11 young men => _=took away
  - took away their phones
  + the police sweep has so far netted more than 7,000 workers => _=has so far netted
  + 120 people had been taken to a police station => _=taken to a police station

# People counted for something that is none of our events: the count must not borrow a far event word.
# Words saying people are in a state now ("there are"): right before a count they say what is counted (held),
# even when the noun is a detention word ("there are four detainees").
@rule en.held.state trigger event=held state=1
  \bthere\s+(?:are|were|remain){STATE_CROWD}(?=\s+(?:still\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])|(?:about|some|more\s+than|at\s+least|nearly)\s))
  + there are four detainees in the station => _=there are
  - there are no political prisoners
  - organisers said there were more than 10,000 people in the square
  + there are 20 people being held in there => _=there are

@rule en.other.verb trigger event=none
  \b(?:without\s+(?:being\s+)?(?:arrested|detained|charged)|deployed|mobili[sz]ed|killed|dead|died|deaths?|wounded|injured|hurt|(?<!\sor\s)missing|marched|rallied|gathered|assembled|protested|attended|displaced|evacuated|fled|voted|employed|work(?:ed|s)?|live|lived|kidnapped\s+and\s+killed|(?:did\s+not|didn't|failed\s+to|never)\s+return(?:ed)?|free(?:d|ing)?\s+up\s+(?:space|places|beds|cells|capacity)|(?:remain|remains|are|were|still)\s+deployed|executed|murdered|(?:been\s+|were\s+)?(?:assaulted|beaten|attacked)|(?:the\s+)?cases\s+of(?=\s+(?:\d[\d.,]*|(?:{NUMWORD}))\s+(?!(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE_OTHER})\b))|sentenced\s+to\s+death|killing|unaccounted\s+for
     # the dead told by another verb (twenty-first session): "27 militants were gunned down", "50 hostages were slain"
     |gunned\s+down|slain|beheaded
     # the sick are counted for their illness: "12 inmates had tested positive", "30 detainees were infected"
     |tested\s+positive|(?:been\s+|were\s+|are\s+|was\s+)?infected(?!\s+(?:prisons?|jails?|wards?))
     # people who escaped are no one's release: "inmates who broke out … are still at large"
     |escaped|broke\s+out|(?:still\s+)?at\s+large|on\s+the\s+run)\b
  + militants killed some 1,200 people
  + 300 people dead
  + 27 militants were gunned down => _=gunned down
  + the group says it has slain 50 hostages => _=slain
  + 40 were wounded
  - 600 Lebanese still detained or missing
  + some 150 people protested outside the prison => _=protested
  + killing more than 3,700 people => _=killing
  + two people remain unaccounted for => _=unaccounted for
  + 300 inmates who escaped on Monday => _=escaped
  + 40 convicts remain at large => _=at large
  + 1,658 prisoners did not return from leave => _=did not return
  + to free up space for isolation => _=free up space
  + 20,000 troops remain deployed => _=remain deployed
  + 300 minors went home without being arrested => _=without being arrested
  + 12 detainees in two jails had tested positive => _=tested positive
  + 30 guards have been infected => _=been infected
  + 20,000 soldiers were deployed => _=were deployed
  - released
  + at least 20 journalists had been assaulted => _=been assaulted
  + the cases of 468 remain open => _=the cases of
  - the cases of 50 political prisoners
