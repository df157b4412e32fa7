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
