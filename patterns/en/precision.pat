# English: figures that are no count of ours, or whose event word says something else (tenth session, precision).

# Asking for people to be freed says they are still held: "demanded the release of 40 prisoners", "urged the
# government to free nine more activists". The phrase, demand verb to release word, is longer than the release
# word inside it, so it replaces it; a release that did happen ("freed 40") is said with a verb of its own.
# "demanded that the ten be released" (seventeenth session): the subjunctive, as es/pt "exigen que sean liberados".
# "has been calling since April for the state to free" (twenty-third session): a time between "calling" and "for".
@rule en.held.demand trigger event=held demand=1 asks=1
  \b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?(?:\s+(?:since\s+[\p{L}\d]+|again|repeatedly|publicly|for\s+(?:days|weeks|months|years)))?\s+for|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+for
     |appeal(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought|push(?:es|ed|ing)?\s+for|request(?:ed|ing))\b
  (?:[\s,]+(?!(?:and|but|while|although)\b)[^\s.;:,]+){0,4}?
  [\s,]+(?:(?:the\s+|to\s+)?(?:immediate\s+)?(?:release|freedom|free|releasing|freeing)
          |be\s+(?:immediately\s+|unconditionally\s+)?(?:released|freed|set\s+free))\b
  + the opposition demanded the release of 35 political prisoners => _=demanded the release
  + the families urged the government to free nine more activists => _=urged the government to free
  + the group again called for the immediate release of 12 reporters => _=called for the immediate release
  + the cell demanded, among other things, the release of 15 inmates => _=demanded, among other things, the release
  + the families requested the release of 20 hostages => _=requested the release
  + the coalition has been calling since April for the state to free at least 50,000 people => _=calling since April for the state to free
  + the families demanded that the ten be released => _=demanded that the ten be released
  + the union demands that 40 strikers be immediately freed => _=demands that 40 strikers be immediately freed
  - the gang, which demanded money, released 20 hostages
  - the government released 35 political prisoners
  - the judge ordered the release of 12 detainees
  - they asked for forgiveness and then freed 20

# The demand named by a noun ("their main condition was the release of 300"): no verb whose subject asks.
@rule en.held.demand_noun trigger event=held demand=1
  \b(?:conditions?|pleas?\s+for|requests?)\b
  (?:[\s,]+(?!(?:and|but|while|although)\b)[^\s.;:,]+){0,4}?
  [\s,]+(?:(?:the\s+|to\s+)?(?:immediate\s+)?(?:release|freedom|free|releasing|freeing)
          |be\s+(?:immediately\s+|unconditionally\s+)?(?:released|freed|set\s+free))\b
  + their main condition was the release of about 300 prisoners => _=condition was the release
  + a request for the release of 20 hostages => _=request for the release
  - the gang, which demanded money, released 20 hostages
  - the government released 35 political prisoners
  - the judge ordered the release of 12 detainees
  - they asked for forgiveness and then freed 20

# A figure that multiplies another is no count of people: "the post multiplies the real number by six",
# "a fourfold rise", "ten times the official count".
@rule en.veto.multiplier veto
  \bmultipl(?:y|ies|ied|ying)\s+(?:\S+\s+){0,5}?by\s+(?:\d[\d.,]*|{NUMWORD})\b
  |(?:\d[\d.,]*|\b(?:{NUMWORD}))[-\x{2010}]?fold\b
  + the rumour multiplies the official number of arrests by ten
  + a fourfold rise in detentions
  + the number rose 3-fold
  - ten people were arrested

# People in hospital are counted for their injuries, not for custody: "six officers remain in hospital", "four
# protesters were hospitalised".
@rule en.other.hospital trigger event=none
  \b(?:(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:are|were|have\s+been|had\s+been)(?:\s+still)?|still)\s+)?
  (?:hospitali[sz]ed|in\s+(?:a\s+|the\s+)?hospital|(?:taken|rushed|admitted|sent)\s+to\s+(?:a\s+|the\s+)?hospital|in\s+(?:a\s+)?(?:serious|critical|grave|stable)\s+condition)\b
  # twenty-ninth session: in hospital told by the patient's condition
  + three people remain in critical condition => _=remain in critical condition
  + four firefighters remain in hospital since Sunday => _=remain in hospital
  + 12 protesters were hospitalised overnight => _=were hospitalised
  + nine officers were taken to hospital => _=were taken to hospital
  - 40 prisoners remain in custody
  - 12 detainees were taken to the prison

# A march, a rally or a crowd of so many is no count of people held or freed: "a march of about 8,000 people".
@rule en.other.crowd_of trigger event=none
  \b(?:march|rally|demonstration|protest|crowd|gathering|procession|vigil|convoy)\s+of(?=\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+|more\s+than\s+|at\s+least\s+)?(?:\d|(?:{NUMWORD})\b))
  + broke away from a labour-led march of about 8,000 people => _=march of
  + a crowd of 300 students surrounded the station => _=crowd of
  - the march ended with 30 arrests

# Dispersing a crowd is no arrest: "police dispersed some 200 youths with tear gas" counts no one we count.
@rule en.other.disperse trigger event=none
  \b(?:dispers(?:ed|es|e|ing)|broke\s+up|break(?:s|ing)?\s+up|push(?:ed|es|ing)?\s+back|drove\s+back)\b
  + police dispersed some 200 youths with tear gas => _=dispersed
  + riot officers pushed back hundreds of protesters => _=pushed back
  - police detained 20 youths
