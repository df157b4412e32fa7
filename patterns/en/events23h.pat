# English: people confined in a place of custody are held (twenty-third session, "recallheld"). Written from how
# journalists say it ("the crew have been confined to the vessel", "two million confined in camps"); a home or a
# barracks is not custody of ours (house arrest, a military punishment).
@rule en.held.confined trigger event=held
  \b(?:(?:are|were|is|was|have\s+been|has\s+been|had\s+been|remain|remained|being)\s+)?confined\s+(?:to|in|at)\s+(?:the\s+|their\s+|a\s+|so-called\s+|the\s+so-called\s+)?(?:[\p{L}-]+\s+)?(?:{PRISON_PLACE}|cells?|camps|vessel|ship|compound)\b
  + the 16 crew still aboard have been confined to the vessel since the seizure => _=have been confined to the vessel
  + up to a million people are confined in re-education camps => _=are confined in re-education camps
  - the minister was confined to his home
  - the soldiers were confined to barracks
  - the fire was confined to the kitchen
