# English: the way out of a siege or a prison told by who brings the captives out (eighteenth session). A hostage
# crisis counts the same people taken, held and let out (events17.pat); these phrases tell the way out.

@fragment OUT_NUM = (?:(?:another|a\s+further|some|about|around|nearly|almost|more\s+than|over|at\s+least|up\s+to)\s+)?(?:\d[\d,.]*|(?:{NUMWORD})(?![\p{L}]))

# A negotiator or a rescuer who brings captives out: "he had brought out 26 hostages", "they led out 40 prisoners",
# "came out with 26 hostages". The captives' noun must follow the figure (a word between at most): "brought out 26
# new proposals" is no one, and "carried out" (raids, arrests) is left out.
@rule en.release.brought_out trigger event=release
  \b(?:brought|brings|bringing|bring|led|leads|leading|lead|came|comes|coming|come|walked|walks)\s+out(?:\s+with)?(?=\s+{OUT_NUM}\s+(?:[\p{L}-]+\s+)?(?:{PEOPLE_HELD}|children|women|mothers|pupils|schoolchildren)\b)
  + He said he had brought out 26 hostages, mothers and babies => _=brought out
  + the negotiator came out with 11 hostages => _=came out with
  + the mediator led out another 40 prisoners => _=led out
  - the committee brought out 26 new proposals
  - police carried out 26 raids

# A list of demands after a colon: "their demands: $1 million, a plane and the release of 23 prisoners". As with
# en.held.demand (precision.pat), asking for people to be freed says they are still held. The list runs from the
# colon to the release, with no full stop.
@rule en.held.demand_list trigger event=held demand=1
  \b(?:demands|ultimatum)\b[^.;:]{0,60}:[^.;:]{0,160}?\b(?:the|their)\s+(?:immediate\s+)?(?:release|freedom)\s+of\b
  + their demands were simple: $1 million, a plane and the release of 23 prisoners => _=demands were simple: $1 million, a plane and the release of
  - the conditions were harsh: the release of 20 prisoners was delayed

# The release asked for told by its predicate: "the release of 23 men the group called political prisoners was the
# centrepiece of the demands", "the freedom of 40 prisoners is one of the main demands". What is asked for has not
# happened: held.
@rule en.held.demand_predicate trigger event=held demand=1
  \bthe\s+(?:release|freedom)(?=\s+of\b[^.;:]{0,100}?\b(?:is|was|will\s+be|would\s+be|remains|are|were)\s+(?:(?:one|another)\s+of\s+(?:the|their|its)\s+|the\s+|their\s+|its\s+)?(?:first\s+|main\s+|chief\s+|key\s+|central\s+)?(?:demands?|conditions?)\b)
  + the freedom of 40 prisoners is one of the main demands => _=the freedom
  + the release of 23 men was the central demand => _=the release
  - the release of 40 prisoners was announced on Monday

# Those left out of an amnesty or a pardon stay in prison: "some sixty soldiers would be excluded from the amnesty",
# "the 40 prisoners left out of the pardon". The phrase, longer than "amnesty" inside it (release), gives held.
@rule en.held.excluded_from_pardon trigger event=held
  \b(?:excluded|left\s+out|shut\s+out)\s+(?:from|of)\s+(?:the|a|this|that|its)\s+(?:(?:new|latest|general)\s+)?(?:amnesty|pardons?|clemency)\b
  + some sixty soldiers would be excluded from the amnesty => _=excluded from the amnesty
  + the 40 prisoners left out of the pardon => _=left out of the pardon
  - the 40 prisoners covered by the pardon
