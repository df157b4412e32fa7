# English: prisoners handed back or given up in a swap are released (sixteenth session; tests in tests/test_events16.c).
# es and pt already read these as releases ("devolvió a 40 soldados", "entregou 55 prisioneiros", events.pat); in
# English "handed over" was, "handed back" and "gave up" were not ("Russia has handed back 215 prisoners of war", "Kyiv
# gave up Viktor Medvedchuk together with 55 Russian prisoners"). "gave up" only before a person's name (the people
# counted with that person share the event): giving up a town, a claim or a fight frees no one.
@rule en.release.handed_back trigger event=release
  \bhand(?:ed|s|ing)?\s+back(?=\s+(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least|another|the\s+last|the\s+remaining|all)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + Russia has handed back 215 prisoners of war => _=handed back
  + Moscow handed back about 40 soldiers => _=handed back
  - they handed back the keys
@rule en.release.gave_up trigger event=release exact
  \b(?:gave|give|gives|giving|has\s+given|have\s+given)\s+up(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu})
  + Kyiv gave up Viktor Medvedchuk, together with 55 prisoners => _=gave up
  - the rebels gave up Kherson after a week
  - he gave up the fight
  - the rebels gave up 12 villages in the north
