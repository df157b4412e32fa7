# English: more ways news text says people are held (twentieth session, "heldrecall"). Written from how journalists
# say it, then checked against the corpus for new false claims (things counted, the dead, the freed).

# Asking someone else to free people says they are still held (docs/corpus.md, "Gold records": a demand is held).
# en.held.demand (precision.pat) reads "demanded the release of", "urged the government to free"; what it did not
# read is the party asked named as the object of "call on", "ask", "press", "want", "tell", and the subjunctive after
# "insist/ask/propose that": "the UN called on Israel to release 40 prisoners", "the rebels want the government to
# free eight Taliban prisoners", "the families insisted that Tehran release the 15". The party asked is one to five
# words, no punctuation, no "and/but" (another clause). "ordered" stays out: an order of a court is carried out
# ("the judge ordered police to release 12" is a release, as "ordered the release of" in en.held.demand).
# The phrase, verb of asking to release verb, is longer than the release word inside it, so it replaces it.
@rule en.held.asks_party trigger event=held demand=1 asks=1
  \b(?:call(?:s|ed|ing)?\s+on|call(?:s|ed|ing)?\s+upon|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|urg(?:e|es|ed|ing)|want(?:s|ed|ing)?|implor(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to|lobb(?:y|ies|ied|ying)|pressur(?:e|es|ed|ing)|push(?:es|ed|ing)?|beg(?:s|ged|ging)?)
  (?:\s+(?!(?:to|and|but|or|while|although)\b)[^\s.;:,!?]+){1,5}?
  \s+to\s+(?:immediately\s+|quickly\s+|unconditionally\s+)?(?:release|free|set\s+free|let\s+go|pardon|hand\s+over)\b
  |\b(?:insist(?:s|ed|ing)?|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|propos(?:e|es|ed|ing)|request(?:s|ed|ing)?|urg(?:e|es|ed|ing)|recommend(?:s|ed|ing)?)\s+that
  (?:\s+(?!(?:and|but|or|while|although)\b)[^\s.;:,!?]+){1,5}?
  \s+(?:should\s+|must\s+|immediately\s+)?(?:release|free|set\s+free|pardon|hand\s+over)\b
  + The UN called on Israel to release 40 prisoners => _=called on Israel to release
  + the rebels want the government to free 40 prisoners => _=want the government to free
  + Rights groups pressed Cairo to release 14 journalists => _=pressed Cairo to release
  + Amnesty asked the authorities in Minsk to free 1,200 political prisoners => _=asked the authorities in Minsk to free
  + the insurgents insisted that the government in Kabul free eight Taliban prisoners => _=insisted that the government in Kabul free
  + the families propose that Tehran should release the 15 sailors => _=propose that Tehran should release
  - the government wants to free 3,000 prisoners to ease overcrowding
  - the judge ordered police to release 12 detainees
  - they asked for forgiveness and then freed 20
  - the president, asked about the case, said he would free 40 prisoners
  - police pressed charges and released 12 protesters

# A night in custody, the fate of those kept after an arrest (as en.held.kept_after's "will sleep in a cell"):
# "58 will spend the night in custody", "40 protesters spent the night in police cells". A night at home, in a
# hotel, in a shelter is none of it.
@rule en.held.night_in_custody trigger event=held fate=1
  \b(?:will\s+|would\s+|to\s+|must\s+)?(?:spend|spends|spent|spending)\s+(?:the|a|another|their\s+first|a\s+second|the\s+first)\s+night\s+(?:in\s+(?:police\s+)?(?:custody|cells?|jail|prison|detention|a\s+cell|a\s+police\s+cell)|behind\s+bars)\b
  + 58 will spend the night in custody => _=will spend the night in custody
  + 40 protesters spent the night in police cells => _=spent the night in police cells
  + a dozen activists spent a second night behind bars => _=spent a second night behind bars
  - the 40 students spent the night at home
  - the freed hostages will spend the night in a hotel

# Sitting in prison, the idiom for being held ("six innocent men are still sitting in prison", "dozens sit in jail
# without trial"). en.other.posture no longer reads it (nineteenth session); now it says held.
@rule en.held.sitting_in_prison trigger event=held
  \b(?:(?:are|is|were|was|still|now|remain|remains|remained)\s+)?(?:still\s+)?(?:sitting|sit|sits|sat)\s+(?:in\s+(?:(?:police|their|a|an?\s+\w+)\s+)?(?:prisons?|jails?|cells?|custody|detention)|behind\s+bars)\b
  + six innocent men are still sitting in prison => _=are still sitting in prison
  + dozens sit in jail without trial => _=sit in jail
  - 300 protesters were sitting in the square
  - the judges sat in the court for six hours

# A single place of custody that held or housed people ("the camp held 242 men", "the prison holds about 1,900
# inmates"): en.held.housed reads the plural ("the country's prisons hold"); the singular place is the same state.
# A count must follow; "the prison held a ceremony" holds no one.
@rule en.held.place_holds trigger event=held
  \b(?:camp|prison|jail|gaol|penitentiary|facility|detention\s+(?:centre|center)|compound|lock-?up)\s+(?:then\s+|still\s+|now\s+|once\s+|already\s+)?(?:held|holds|housed|houses|contained|contains)(?=\s+(?:(?:about|some|nearly|around|almost|more\s+than|over|roughly|just|only|fewer\s+than|up\s+to)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + the camp held 242 men => _=camp held
  + the prison holds about 1,900 inmates => _=prison holds
  - the prison held a ceremony for 300 guests
  - the camp was built for 300 men

# A demand's second object, coordinated after the first ("demanded the release of 11 members of the Red Army Faction
# held in West German prisons, … and of two Palestinians jailed in Turkey"): the "of" that repeats the demand's
# genitive is the demand again, so the people after it are held, whatever their own participle says of how they
# were taken. Only "of" with a figure right after it; \K leaves the demand itself to en.held.demand.
@rule en.held.demand_second_object trigger event=held demand=1
  \b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought)
  \s+(?:also\s+)?the\s+(?:immediate\s+|unconditional\s+)?(?:release|freedom)\s+of\b[^.;:]{1,200}?(?:,\s*|\s+)and\s+\Kof(?=\s+(?:(?:at\s+least|about|some|more\s+than|another)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + they demanded the release of 11 members held in prisons, and of two Palestinians jailed in Turkey => _=of
  - they demanded the release of 11 members held in prisons and the payment of 15 million dollars

# A swap offered or wanted for the release of people ("the group offered to swap the Americans for the release of two
# prisoners", "proposed to free the hostages in exchange for the release of 40 prisoners"): the people whose release
# is asked for are held, as en.held.swap_plan says of "wanted to swap the hostages for 500 of their jailed fighters";
# that rule stopped at "for", and the release word after it took the count. A swap carried out ("freed Shalit in
# exchange for the release of 1,027 prisoners") has no verb of offering and stays a release.
@rule en.held.swap_for_release trigger event=held demand=1
  \b(?:want(?:s|ed)?|sought|seeks?|seeking|propos(?:e|es|ed|ing)|offer(?:s|ed|ing)?|hop(?:e|es|ed|ing)|plann?(?:s|ed|ing)?|demand(?:s|ed|ing)?|tr(?:y|ies|ied|ying))\s+to\s+(?:swap|exchange|trade|free|release)\b
  (?:\s+[^\s\d.;:,]+){1,6}?\s+(?:in\s+(?:exchange|return)\s+)?for\s+the\s+(?:release|freedom)\s+of\b
  + the group offered to swap the Americans for the release of two prisoners => _=offered to swap the Americans for the release of
  + they proposed to free the hostages in exchange for the release of 40 prisoners => _=proposed to free the hostages in exchange for the release of
  - Hamas freed the soldier in exchange for the release of 1,027 prisoners
