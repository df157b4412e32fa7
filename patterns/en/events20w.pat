# English: captives carried home by a plane (twentieth session, wrongevent). Written from the ways journalists tell a
# swap or a repatriation, then checked against the corpus for new false claims.

# A plane or flight carrying prisoners, hostages or detainees: "an Israeli aircraft touched down carrying 36
# prisoners", "the first flight brought home 120 former detainees", "the plane ferried 52 hostages to Frankfurt".
# People flown out of custody are let go; the noun only says what they were. The trigger runs from the aircraft
# to its verb, so it is longer than any event word inside (a "took" of abduction loses). Not a bus or van (prisoners
# are moved between jails by road), not passengers or troops, and not a flight into custody ("to Guantánamo", "to
# a prison", "to the detention centre").
@rule en.release.flown_out20 trigger event=release
  \b(?:plane|planes|aircraft|airliner|airliners|jet|jets|flight|flights|charter)\b[^.;:]{0,120}?\b(?:carrying|carried|carries|bringing|brought|flew|ferried|ferrying)(?:\s+(?:home|back))?(?=\s+(?:(?:another|some|about|nearly|almost|around|more\s+than|at\s+least|the|all|home|back)\s+)*(?:\d|(?:{NUMWORD})(?![\p{L}]))[^.;:]{0,40}?\b(?:prisoners|detainees|hostages|captives|inmates|abductees)\b(?![^.;:]{0,60}\b(?:to|into|at)\s+(?:the\s+|a\s+)?(?:guantanamo|prison|prisons|jail|jails|camp|camps|detention|base|cells?)\b))
  + Minutes later an Israeli aircraft touched down carrying 36 prisoners from Lebanon => _=aircraft touched down carrying
  + the first flight brought home 120 former detainees => _=flight brought home
  + the plane ferried 52 hostages to Frankfurt => _=plane ferried
  - a bus carrying 40 prisoners to a new jail
  - the plane carrying 150 passengers landed
  - a military plane carrying 20 detainees landed at Guantánamo
  - the aircraft carried 30 prisoners to a prison in the north
