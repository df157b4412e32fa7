# English: figures that count no one (twenty-fourth session, precision).

# The day of the month after a part of the day ("On the night of the 22nd they were taken out", "in the early
# morning of 27", "the night of 15 to 16"): a date said without its month, not a number of people. Never before a
# people noun ("the evening of 30 arrests" would count).
@rule en.veto.daypart_day veto
  \b(?:night|morning|evening|afternoon|dawn|small\s+hours)\s+of\s+(?:the\s+)?\d{1,2}+(?![.,]?\d)(?:st|nd|rd|th)?(?!\s+(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE_OTHER}|arrests)\b)
  + On the night of the 22nd they were taken out of the cells => _=night of the 22nd
  + in the early morning of 27 his supporters took the radio => _=morning of 27
  - police spoke of an evening of 30 arrests
  - the morning of Saturday ended with 40 arrests

# Staying in someone's care, or in the custody of social services ("The 103 children have remained since then in the care of an orphanage", "remain under
# the protection of social services") is being looked after, not held: the whole phrase beats the state verb inside
# it (longer) and a count bound to it gives no record. Only after a verb of remaining: "freed and handed into the
# care of the Red Cross" is still a release.
@rule en.none.in_care trigger event=none
  \b(?:{REMAIN}|remain|stay|stays|stayed)\s+(?:[\p{L}]+\s+){0,3}?(?:in(?:to)?\s+the\s+care|under\s+the\s+(?:care|protection|guardianship)|in\s+foster\s+care|in\s+(?:the\s+)?custody\s+of\s+(?:the\s+)?(?:social|child|children's|welfare|family)\s+(?:services|protection|welfare))\b
  + The 57 children remain in the custody of social services => _=remain in the custody of social services
  - they remain in the custody of the police
  + The 103 children remain since then in the care of an orphanage => _=remain since then in the care
  + they remained under the protection of social services => _=remained under the protection
  - they remain in police custody
  - freed and handed into the care of the Red Cross

# A year before 1900 after a preposition ("the German Empire of 1871", "opened in 1883", "the Act of 1798") is a
# date, not a number of people: veto.year knows only 19xx and 20xx. Never before a people noun ("of 1871
# detainees" counts).
@rule en.veto.old_year veto
  (?<=\bof\s|\bin\s|\bsince\s|\buntil\s|\bfrom\s)1[5-8]\d\d(?![\d.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE_OTHER}|{act_nouns})\b)
  + they hold that the German Empire of 1871 still exists => _=1871
  + the bridge, opened in 1883, stayed closed => _=1883
  - a tally of 1871 detainees
  - a total of 1871 arrests

# "12 people trapped under the rubble", "90 miners trapped in the shaft": people stuck in a place (lexicon
# trap_places) are no one's captives, even when "rescued"; their figure is no count (twenty-fifth session;
# "trapped by police" needs no veto: it names no place).
@rule en.veto.trapped veto
  (?:\b(?:{NUMWORD})|(?<![\d.,])\d(?:[\d.,]|\x20(?=\d))*+)\s+(?:[\p{L}-]+\s+){1,3}?(?:trapped|stuck|buried)\s+(?:in|under|inside|beneath|by)\s+(?:(?:the|a|an)\s+)?(?:{TRAP_PLACES})\b
  # twenty-ninth session: "the 12 trapped miners", the state before a noun of people who are no captives
  |(?:\b(?:{NUMWORD})|(?<![\d.,])\d(?:[\d.,]|\x20(?=\d))*+)\s+(?:trapped|stranded|buried)\s+(?!(?:{PEOPLE_HELD})\b)(?:{PEOPLE})\b
  + pulled 12 people trapped under the rubble of the building => _=12 people trapped under the rubble
  + the 90 miners trapped in the shaft => _=90 miners trapped in the shaft
  + The 12 trapped miners were rescued alive => _=12 trapped miners
  - the 12 trapped hostages were rescued
  - 12 hostages trapped inside the embassy
  - 30 protesters trapped by police
