# English recall rules found missing on the unseen articles 109-118 and the rest of the corpus (twelfth session,
# recall). Each construction has its twins in es/ and pt/events_recall12.pat.

# Staying in a named place of custody, with a time adverbial between ("remained overnight in the cells", "are still in
# the detention centre"): held. en.held.remain_verb knows custody, prison and jail without an article only.
@rule en.held.remain_in_place trigger event=held
  \b(?:{REMAIN}|remain)\s+{VGAP}(?:overnight\s+)?in\s+(?:(?:the|a|their|its|police|holding)\s+)?(?:{PRISON_PLACE}|cells?|police\s+cells|holding\s+cells?|lockups?)\b{NOT_PLACE_OF}
  + the other three remained overnight in the cells => _=remained overnight in the cells
  + 40 young men remain in the detention centre => _=remain in the detention centre
  - the case remains in the courts
  - the family stayed in the house

# What is left of a group in custody ("15 are still left in custody", "30 were left behind bars"): held.
@rule en.held.left_in_custody trigger event=held fate=1
  \b(?:are|were|is|was|remain|remained)\s+(?:still\s+)?left\s+(?:in\s+(?:custody|prison|jail|detention|the\s+cells)|behind\s+bars)\b
  + about 15 are still left in custody => _=are still left in custody
  + 30 were left behind bars => _=were left behind bars
  - 30 were left without food

# Going out after the count, free on bail or uncharged ("seven of them had left without charge", "the other 55 walked
# out on bail over the next days"): a release, whether or not a prison is named.
@rule en.release.left_uncharged trigger event=release
  \b(?:{LEAVE}(?!\s+out\b(?!\s+of))|walked\s+(?:out|free|home)|went\s+home|(?:were|was|had\s+been|have\s+been)\s+let\s+go)(?=[^.;:]{0,60}?\b(?:without\s+(?:being\s+)?charged?|with\s+no\s+charges?|on\s+bail|after\s+(?:posting|paying|making)\s+bail)\b)
  + seven of them had left without charge => _=had left
  + the other 55 walked out on bail over the next days => _=walked out
  + 20 were let go without being charged => _=were let go
  - they left the country; a judge set bail at $500
  - the count left out people released without charge

# Bail refused to the people counted, said after the count: "two men were refused bail", "the 30 detainees have
# been denied bail". They stay in custody, whatever the noun says of their arrest (fate=1).
@rule en.held.bail_refused trigger event=held fate=1
  \b(?:were|was|have\s+been|had\s+been|are|is|been)\s+(?:all\s+|also\s+)?(?:refused|denied)\s+bail\b
  + two men were refused bail => _=were refused bail
  + the 30 detainees have been denied bail => _=have been denied bail
  - bail was refused for the company

# Held for questioning, said after the count: "208 people had been held for questioning" counts arrests, whatever
# "held" says alone (fate=1).
@rule en.detention.held_for_questioning trigger event=detention fate=1
  \b(?:were|was|had\s+been|have\s+been|has\s+been|are\s+being|were\s+being)\s+(?:briefly\s+)?(?:held|kept)\s+for\s+questioning\b
  + 208 people had been held for questioning => _=had been held for questioning
  - they were held in custody

# Still inside, with nothing after it or a prison after it ("around ninety are still inside", "150 of our people
# remain inside the prison"): held. Inside a building of an occupation is no custody.
@rule en.held.still_inside trigger event=held
  \b(?:(?:are|were|is|was)\s+still|still|remain|remains|remained)\s+inside(?=\s*[,.;:"”)]|\s*$|\s+(?:the\s+|a\s+)?(?:{PRISON_PLACE}|cells?)\b|\s+(?:today|tonight|now)\b(?!'))
  + around ninety are still inside, and more may be arrested => _=are still inside
  # twenty-third session: a time word after it ("I have 12 clients still inside today")
  + I have 12 clients still inside today, in two prisons => _=still inside
  - 200 protesters are still inside today's rally
  + 150 of our people remain inside the prison => _=remain inside
  - 200 protesters are still inside the building

# Cases of custody after a count ("documented 243 cases in which people were taken by armed men", "45 cases of
# arbitrary detention"): the people of those cases, arrested (the veto of "cases" as a unit steps aside: count.pat,
# CASES_OF_PEOPLE). es/pt read "casos de detención" with the event word right after.
@rule en.subject.cases subject event=detention
  \bcases\s+(?:of\s+(?:(?:arbitrary|unlawful|illegal|incommunicado)\s+)?(?:detention|arrest)s?\b|in\s+which\s+(?:people|persons|\w+)\s+(?:were|had\s+been)\s+(?:taken|arrested|detained|abducted|seized|picked\s+up|held)\b)
  + documented 243 cases in which people were taken by armed men => _=cases in which people were taken
  + 45 cases of arbitrary detention => _=cases of arbitrary detention
  - 45 cases of torture

# Thirteenth session (recall), kept in this file: a new pattern file crashed test_faults' allocation-failure walk.
# Sending or bringing people home, or back to their families, with the people between the verb and the place
# ("helped return about 900 former detainees to their families", "officers sent 60 of them home", "4,800 had been
# sent home"): they were let out of custody, a release. Bodies and remains handed back are no people freed.
@rule en.release.sent_home trigger event=release
  \b(?:sen[dt]|sends|sending|return(?:s|ed|ing)?|reunit(?:e|es|ed|ing)|brought\s+back|bring(?:s|ing)?\s+back|handed\s+back|hand(?:s|ing)?\s+back)
   \s+(?!(?:[\w,.'-]+\s+){0,4}(?:bodies|remains|corpses|ashes)\b)(?:[\w,.'-]+\s+){0,6}?(?:back\s+)?
   (?:home(?!\s+(?:office|secretary|minister|ministry|affairs|page|run|rule|state|team|side|crowd|fans))|to\s+their\s+(?:homes|families|relatives)|with\s+their\s+families)\b
  + the Red Cross helped return about 900 former detainees to their families => _=return about 900 former detainees to their families
  + officers sent 60 of them home before dawn => _=sent 60 of them home
  + some 4,800 had been sent home by Friday => _=sent home
  + the last 12 were reunited with their families => _=reunited with their families
  - the army returned the bodies of 12 soldiers to their families
  - he sent a letter to the Home Office
  - the 40 fans were sent home team shirts
