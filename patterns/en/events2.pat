# English event vocabulary found missing on text nobody here had read (the blind articles 44-47): prisoners who
# leave, negated events, charges, people taken away.

# Prisoners who leave are released ("some 4,000 inmates left Sednaya", "prisoners poured out of the jail"): a held
# or detained people noun right before a verb of leaving. "Prisoners left in the jail", "left behind", "left
# without food" say the opposite or nothing: only "left" followed by another word.
@rule en.release.leave trigger event=release
  \b(?:{PEOPLE_HELD}|{PEOPLE_DETAINED})\s+(?:have\s+|had\s+|also\s+)?(?:(?:walked|poured|streamed|spilled|filed|trickled)\s+out
      |left(?=\s+(?!(?:in|inside|behind|at|on|there|over|without|alive|to|with|out|for|from|after|untried|uncharged|unaccounted|stranded|waiting|and|or|but|the\s+(?:yard|courtyard|cell|cells|street|streets))\b)\p{L}))
  + some 4,000 inmates left Sednaya on Sunday => _=inmates left
  + hundreds of prisoners poured out of the gates => _=prisoners poured out
  + 200 detainees have walked out of the police station => _=detainees have walked out
  - there are 300 prisoners left in the jail
  - 40 prisoners left behind
  - the prisoners left the yard at noon

# Leaving a named prison is a release too: "4,000 people left the military prison", "walked out of that jail".
@rule en.release.leave_prison trigger event=release
  \b(?:left|(?<!to\s)leave|leaves|leaving|walked\s+out\s+of|walk\s+out\s+of)\s+(?:the|that|this|its|their)\s+(?:\w+\s+)?(?:prison|jail|penitentiary|detention\s+(?:centre|center|facility))\b(?!\s+(?:service|system|staff|guards?|officials?|board)\b)
  + about 4,000 people left the military prison on Sunday => _=left the military prison
  + 300 detainees walked out of that jail => _=walked out of that jail
  - they left the prison service in 2019
  - 300 inmates asked to leave the prison

# Free again, said with an adjective ("more than 650 people are now free", "40 had been free since Monday"): a
# release; free to do something, free of a charge or suspicion, free speech or elections are none.
@rule en.release.now_free trigger event=release
  \b(?:are|were|is|was|have\s+been|has\s+been|had\s+been)\s+(?:now\s+|already\s+|finally\s+|all\s+)?free(?![\p{L}-]|\s+(?:to|of|from\s+(?:suspicion|blame)|and\s+fair|speech|trade|press|elections?|movement)\b)
  + more than 650 people are now free => _=are now free
  + the 12 activists were finally free on Monday => _=were finally free
  + 40 of them had been free since May => _=had been free
  - they were free to leave
  - the elections were free and fair
  - the detainees were free-range

# A past state said with "were in prison" ("310 were in prison for political offences"): held, as "are in prison" is.
# "were already in custody" is the tally of a sweep (en.detention.already_in_custody, events18h.pat).
@rule en.held.were_in trigger event=held
  \b(?:were|was)\s+(?:still\s+|already\s+(?=in\s+(?:prison|jail|captivity)|behind))?(?:in\s+(?:prison|jail|custody|captivity)|behind\s+bars)\b
  + 310 were in prison for political offences => _=were in prison
  + 40 of them were still behind bars => _=were still behind bars
  - they were in the prison yard

# Custody with its holder named ("he had 3,800 in his custody", "in police custody"): held, as "in custody" is.
@rule en.held.whose_custody trigger event=held
  \bin\s+(?:his|her|their|its|our|police|state|military|government|army)\s+custody\b
  + the warden said he had 3,800 in his custody => _=in his custody
  + 40 people remain in police custody => _=in police custody
  - custody battle

# Freedom regained: "12 activists had recovered the liberty", "300 people regained their freedom".
@rule en.release.own_freedom trigger event=release
  \b(?:recovered|regained|won|obtained|got)\s+(?:the|their|his|her)\s+(?:liberty|freedom)\b
  + 12 activists had recovered the liberty at 15h30 => _=recovered the liberty
  + 300 people regained their freedom => _=regained their freedom
  - they defended their freedom of speech

# An event denied for everyone counted is none of ours: "the 150 citizens are safe and none was detained".
@rule en.other.nobody trigger event=none
  \b(?:none|no\s+one|nobody)(?:\s+of\s+them)?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:arrested|detained|released|freed|jailed|held)\b
  + the 150 citizens are safe and none was detained => _=none was detained
  + none of them has been released so far => _=none of them has been released
  - 20 were detained

# Charges are none of our events: "another 32 were charged with damage", "dropped the charges against 46 of them".
@rule en.other.charged trigger event=none
  \b(?:(?:were|was|been|be|being|are|is)\s+(?:formally\s+|later\s+)?(?:charged|indicted)
     |(?:dropped|withdrew|filed|brought|pressed)\s+(?:the\s+)?charges\s+against|charges\s+against(?={NUMSTART}))\b
  # twenty-ninth session: the active verb before the part charged ("Prosecutors charged 45 of those arrested")
  |\b(?:charged|indicted|prosecuted)(?={NUMSTART})
  + another 32 were charged with damage => _=were charged
  + prosecutors dropped the charges against 46 of them => _=dropped the charges against
  + Prosecutors charged 45 of those arrested => _=charged
  - 32 defendants remain in jail

# An age is no count: "some of those still held were under 18", "children under 16".
@rule en.veto.minors_age veto
  \b(?:are|were|was|is|be|being|aged|minors|children|boys|girls|teenagers|youths|anyone|those|juveniles)\s+(?:under|below|younger\s+than)\s+(?:the\s+age\s+of\s+)?\d{1,2}\b(?!\d|[.,]\d)
  + some of those still held were under 18 => _=were under 18
  + children under 16 => _=children under 16
  - under 18 prisoners were freed
