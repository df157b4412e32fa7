# Twenty-fifth session (rel: release figures not taken). Tests in tests/test_rel25.c.

# The people a figure must name for a verb of sending or bringing to be a release: up to four words (a
# demonym, an adjective) and a people noun, so files, cups and medals sent back or brought home count no one.
@fragment REL25_WHO = (?:(?:[\p{L}'-]+\s+){0,4}?(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED})(?![\p{L}]))

# Sent back in an exchange or a repatriation is a release, as handed back is (events16.pat): "the UN Command sent
# back 75,823 prisoners", "Kyiv sends back 90 soldiers". Only before a figure, so a letter, a team or a file sent
# back is no event; es "envió de vuelta a", pt "mandou de volta" (rel25.pat there).
@rule en.release.sent_back trigger event=release
  \b(?:sent|sends|send|sending)\s+back(?=\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|another|a\s+further|the\s+last|the\s+remaining|all|the)\s+)?(?:\d[\d,.]*|(?:{NUMWORD})(?![\p{L}]))\s+{REL25_WHO})
  + the UN Command sent back 75,823 prisoners => _=sent back
  + Kyiv sends back another 90 soldiers => _=sends back
  - they sent back the letter unopened
  - the editor sent back the draft with 30 notes
  - the court sent back 14 files to the lower chamber

# Bringing people home is freeing them: "We are bringing 6 hostages home", "the envoy brought home 11 Americans",
# "will bring them home". "brought home" right before the figure was read (events.pat); the figure between the verb
# and "home" and the progressive were not. Trophies, medals and a point brought home have no people noun and give
# no claim; es "traer a casa a", pt "trazer N reféns para casa".
@rule en.release.bring_home trigger event=release
  \b(?:bring(?:s|ing)?|brought|will\s+bring)(?=\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|another|a\s+further|the\s+last|the\s+remaining|all|the|our)\s+)?(?:\d[\d,.]*|(?:{NUMWORD})(?![\p{L}]))\s+{REL25_WHO}(?:\s+[\p{L}'-]+){0,2}?\s+home\b)
  | \b(?:bring(?:s|ing)?|will\s+bring)\s+home(?=(?:\s+(?:about|around|some|nearly|almost|more\s+than|at\s+least|another|the\s+last|the\s+remaining|all|the|our))?\s+(?:\d[\d,.]*|(?:{NUMWORD})(?![\p{L}]))\s+{REL25_WHO})
  + "We are bringing 6 hostages home from Venezuela," he wrote => _=bringing
  + the envoy brought 11 detained Americans home => _=brought
  + officials said they were bringing home 6 hostages => _=bringing home
  - the team is bringing the trophy home
  - she brought home 3 medals

# A headline or lead opening with the word for free and then the people, article first ("Freed: the 42 students",
# "Released, the 11 protesters of Monday"); es "Libres los 11 detenidos", pt "Livres os 11 detidos": the people's
# own noun (detained, arrested) says what they were before, the opening word what became of them.
@rule en.release.lead_adjective trigger event=release lead=1 exact
  (?:^|(?<=[|:—–]\s))(?:Free|Freed|Released|FREE|FREED|RELEASED)(?:\s+at\s+last)?(?:\s*[:,—–-])?(?=\s+(?:the|all|all\s+the)\s+(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + Freed: the 42 abducted students of Kagara => _=Freed:
  + LIVE | Released, the 11 detained protesters => _=Released,
  - The 11 detained protesters were not freed
  - Freed prisoners met the 11 detained protesters

# Returned from the land or the hands of the other side: "195 soldiers have returned from territory controlled by
# Kyiv", "returned from enemy-held territory". Captivity was read (events.pat); the territory of the other side, the
# phrase of exchanges of prisoners of war, was not. es "han regresado del territorio controlado por", pt "regressaram
# do território controlado por".
@rule en.release.returned_from_territory trigger event=release
  \b(?:(?:have|has|had)\s+(?:now\s+|already\s+)?)?(?:returned|come\s+back|came\s+back|returning|return)\s+from\s+(?:the\s+)?(?:territory|territories|areas?)\s+(?:controlled|held|occupied)\s+by\b
  | \b(?:(?:have|has|had)\s+(?:now\s+|already\s+)?)?(?:returned|come\s+back|came\s+back)\s+from\s+(?:the\s+)?(?:enemy|russian|ukrainian|occupied)[\p{L}-]*\s+(?:territory|territories|captivity)\b
  + 195 Russian soldiers have returned from territory controlled by Kyiv => _=have returned from territory controlled by
  + 90 defenders came back from enemy-held territory => _=came back from enemy-held territory
  - the tourists returned from the territory of the park

# Recovered people are freed, as "got back" is (events.pat): "Russia recovered 248 of its soldiers", "the army
# recovered 58 abducted villagers". Only with a people noun right after the figure (bodies, weapons and vehicles are
# no people), and not "recovered from" an illness; es "recuperó a", pt "recuperou".
@rule en.release.recovered trigger event=release
  \b(?:recover(?:ed|s|ing)?|will\s+recover)(?=(?:\s+(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|another|a\s+further|all|the|the\s+last|the\s+remaining))?\s+(?:\d[\d,.]*|(?:{NUMWORD})(?![\p{L}]))\s+(?:of\s+(?:its|their|our|his|her)\s+)?{REL25_WHO})
  + Russia recovered 248 of its soldiers in the swap => _=recovered
  + the army recovered 58 abducted villagers => _=recovered
  - divers recovered 12 bodies from the river
  - police recovered 40 stolen rifles

# "freed just over 600 prisoners": the word opening the qualifier is part of it, so the verb before still governs
# the figure. Longer than "over", it wins (recognize.c).
@rule en.qual.just_over qualifier q=more_than
  \b(?:just\s+over|slightly\s+more\s+than|slightly\s+over|a\s+little\s+over|a\s+little\s+more\s+than|just\s+more\s+than|a\s+few\s+more\s+than)\b{NUMSTART}
  + Israel freed just over 600 prisoners => _=just over
  + slightly more than 40 people => _=slightly more than
  - just over half of them
