# English event vocabulary found missing on the blind articles 79-88 (ninth session): custody begun, surrender,
# and people counted for something that is no event of ours (escapes, crowds).

# Custody begun is a detention, not a state: "1,220 were placed in police custody", "officers put 48 protesters
# into custody". Staying in custody ("remain in police custody") is held (en.held.whose_custody); a placement in
# pretrial detention is held too (en.held.verb). The longer match wins over "in police custody".
@rule en.detention.placed_custody trigger event=detention
  \b(?:placed|put|putting|placing)\s+(?:[\w,.-]+\s+){0,3}?(?:in|into|under)\s+(?:police\s+|state\s+|military\s+|federal\s+)?(?:custody|garde\s+a\s+vue)\b
  + some 900 of them were placed in police custody => _=placed in police custody
  + officers put 48 protesters into custody overnight => _=put 48 protesters into custody
  + 75 were placed in garde à vue => _=placed in garde à vue
  - the court placed the children in the custody of their aunt
  - 40 people remain in police custody

# Giving oneself up to the authorities is the start of a detention: "another 19 surrendered to the army", "turned
# themselves in". Surrendering a thing (weapons, passports) is none, and so is a "surrender" in scare quotes (a
# campaign's name for people who reported to the police and went home).
@rule en.detention.surrender trigger event=detention
  \b(?:(?<!["“'‘])surrender(?:ed|ing|s)?(?!["”'’])(?!\s+(?:their|his|her|its|the|all)\s+(?:\w+\s+)?(?:weapons|arms|guns|passports|rifles|territory|land|powers?|seats?))
     |turn(?:ed|ing|s)?\s+themselves\s+in|g(?:ave|iving|ive)\s+themselves\s+up|hand(?:ed|ing|s)?\s+themselves\s+(?:in|over))\b
  + another 19 surrendered to the army that night => _=surrendered
  + 30 suspects turned themselves in on Monday => _=turned themselves in
  + the last 12 gave themselves up at dawn => _=gave themselves up
  - the rebels surrendered their weapons
  - the 4,000 users who "surrendered" under the campaign
  - 40 prisoners were released

# Escaping custody or filling a square is no event of ours: "184 inmates escaped from two units", "some 300,000
# people turned out for the march".
@rule en.other.crowd trigger event=none
  \b(?:turned\s+out|took\s+part|joined\s+the\s+(?:march|marches|protest|protests|rally|demonstrations?)|broke\s+free)\b
  + some 300,000 people turned out for the march => _=turned out
  + about 5,000 took part in the rally => _=took part
  - 300 prisoners were freed

# Being home again is a release: "nine of the twelve now sleep at home", "the 40 students spent the night at home".
# House arrest ("held at home", "confined at home") is said with a verb of custody and is none of this.
@rule en.release.at_home trigger event=release
  \b(?:(?:now|already|finally|again)\s+)?(?:sleep|slept|are\s+sleeping|will\s+sleep|spent\s+the\s+night|spend\s+the\s+night|will\s+spend\s+the\s+night|are\s+back|were\s+back|are\s+now\s+back|are\s+safely)\s+(?:at\s+home|in\s+their\s+(?:own\s+)?(?:homes|beds))\b
  + seven of the nine activists now sleep at home => _=now sleep at home
  + the 40 students spent the night in their own beds => _=spent the night in their own beds
  + 15 of them are back at home with their families => _=are back at home
  - 12 opposition figures are held at home under guard

# A shorter sentence is no release yet: "1,691 inmates had their sentences reduced", "saw their terms cut".
@rule en.other.sentence_cut trigger event=none
  \b(?:had|have|has|saw|see|got|received|will\s+have)\s+(?:their|his|her)\s+(?:prison\s+)?(?:sentences?|terms?|penalt(?:y|ies))\s+(?:reduced|cut|shortened|commuted)\b
  + some 1,200 inmates had their sentences reduced under the law => _=had their sentences reduced
  - 1,200 inmates were released under the law

# Losing one's liberty is a detention: "more than 300 people have been deprived of their liberty during the
# protest". "persons deprived of liberty" with no auxiliary is the people noun for those held (people_held).
@rule en.detention.deprived trigger event=detention
  \b(?:were|was|have\s+been|has\s+been|had\s+been)\s+deprived\s+of\s+(?:their\s+|his\s+|her\s+)?(?:liberty|freedom)\b
  + some 300 people have been deprived of their liberty during the protest => _=have been deprived of their liberty
  + 41 students were deprived of liberty => _=were deprived of liberty
  - 300 persons deprived of liberty remain in the jail

# Prisoners a pardon or amnesty covers go free: "the decree, which covers some 300 inmates", "about 300 prisoners
# were covered". Only with a prisoners' noun by the verb: "the plan covers 300 families" is no release.
@rule en.release.covered trigger event=release
  \b(?:covers|covered|will\s+cover|would\s+cover|benefits|benefited|benefitted)(?=\s+(?:(?:some|about|around|more\s+than|nearly|almost|up\s+to|at\s+least|roughly|over)\s+)?(?:\d[\d,]*|(?:{NUMWORD}))\s+(?:(?:{PEOPLE_HELD})\b|prisoners|inmates|detainees|convicts)) | (?<=inmates\s|prisoners\s|detainees\s|convicts\s)(?:were|are|will\s+be|would\s+be)\s+covered\b(?!\s+(?:in|with)\b)
  + the decree, which covers some 300 inmates => _=covers
  + more than 300 prisoners were covered, state radio said => _=were covered
  - the plan covers 300 families
  - 40 prisoners were covered in blankets

# A count of people jailed "as of" a day is a snapshot of those held then, not of arrests: "the group counted 52
# reporters imprisoned in the country as of 1 March". The longer match wins over the bare participle.
@rule en.held.as_of trigger event=held
  \b(?:jailed|imprisoned|detained|held|incarcerated|behind\s+bars)\s+(?:in\s+[\p{L}-]+\s+)?as\s+of\b
  + the group counted 52 reporters imprisoned in Belarus as of 1 March => _=imprisoned in Belarus as of
  + 52 detained as of Monday => _=detained as of
  - 52 were detained on Monday
