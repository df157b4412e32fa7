# English: figures missed (fifteenth session).

# Custody entered is a detention, not a state: "about 450 people ended up in custody overnight", "another 60 were
# placed under arrest". A verb of coming to be (end up, wind up, be placed or put) before the custody words says the
# people were taken in then; staying there ("remain in custody", "are still in custody") is held.
@rule en.detention.ended_in_custody trigger event=detention
  \b(?:end(?:ed|s|ing)?|w(?:ou|i)nd(?:s|ing)?)\s+up\s+(?:in|under)\s+(?:police\s+)?(?:custody|arrest)\b
  |\b(?:placed|put)\s+(?:in|into|under)\s+(?:police\s+)?(?:custody|arrest)\b(?!\s+of\s+(?:their|his|her)\s+(?:children|parents|relatives))
  + about 450 people ended up in custody overnight => _=ended up in custody
  + another 60 were placed under arrest after the march => _=placed under arrest
  + 12 of them were put in police custody => _=put in police custody
  - 40 people remain in custody
  - the children were placed in the custody of their grandparents
