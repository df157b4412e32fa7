# English recall rules found missing on the unseen articles 79-108 (eleventh session, recall).

# Sent on to custody pending trial, said right after the count: "37 suspects were remanded in custody", "the 12
# detainees were ordered held pending trial". Those people are held now, whatever the noun says of how they came to
# be there (remand=1 outranks the count's own event word, counts.c).
@rule en.held.remand trigger event=held remand=1
  \b(?:were|was|are|is|have\s+been|had\s+been|will\s+be)\s+(?:all\s+|also\s+)?(?:remanded\s+in(?:to)?\s+(?:custody|prison|jail)|(?:ordered\s+)?(?:held|kept|detained)\s+(?:on\s+remand|pending\s+trial|in\s+pre-?trial\s+detention))
  + 37 suspects were remanded in custody => _=were remanded in custody
  + the 12 detainees were ordered held pending trial => _=were ordered held pending trial
  + 60 of the arrested were all remanded into custody => _=were all remanded into custody
  - the case was remanded to a lower court

# A running total, after the day's new figure: "seven more were freed, making 86 in all", "taking the tally since
# Friday to 230": the figure of the people the text is about; its event comes from the sentence or the figure before it.
@rule en.subject.running_total subject pre=1 frame=1
  \b(?:making|bringing|taking|pushing|lifting|raising)(?=\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least)\s+)?(?:\d[\d,]*|(?:{NUMWORD})(?![\p{L}]))\s+(?:in\s+all|in\s+total|altogether|so\s+far)\b)
  |\b(?:bringing|taking|pushing|lifting|raising|making)\s+(?:the|its|their)\s+(?:total|tally|count|number)(?:\s+of\s+(?:{PEOPLE_HELD}|{PEOPLE_DETAINED}|arrests|detentions|releases))?(?:\s+(?!of\s)[\p{L}-]+){0,3}?\s+to(?=\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + seven more were freed, making 86 in all => _=making
  + taking the tally since Friday to 230 => _=taking the tally since Friday to
  + bringing the number of detainees to 98 => _=bringing the number of detainees to
  - bringing the death toll to 30
  - making 86 calls a day

# A pardon, amnesty or release law that people may benefit from frees them: "as many as 20,000 could benefit", "some
# 900 prisoners would benefit"; "covered by the amnesty".
@rule en.release.may_benefit trigger event=release
  (?:(?<=\d\s)|(?<=prisoners\s|inmates\s|detainees\s|convicts\s))(?:could|would|will|may|might|are\s+expected\s+to|stand\s+to)\s+benefit\b(?!\s+from\s+(?!(?:the|an?|this|that)\s+(?:amnesty|pardon|law|measure|bill|decree|release|clemency)))
  |(?<=prisoners\s|inmates\s|detainees\s|convicts\s|people\s)(?:were|are|will\s+be|would\s+be)\s+covered\s+by\s+(?:the|an?|this|that)\s+(?:amnesty|pardon|decree|clemency)\b
  + as many as 20,000 could benefit => _=could benefit
  + some 900 prisoners would benefit from the amnesty => _=would benefit
  + 300 people were covered by the amnesty => _=were covered by the amnesty
  - 300 families could benefit from the housing plan
