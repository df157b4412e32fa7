# English: figures that count no one (eleventh session, precision).

# A clock time said in words ("from nine at night to five in the morning", "at seven o'clock") counts no one;
# veto.time only knows digits with a separator or a.m./p.m. Without a preposition of time before it, "arrested
# 20 in the evening" is a count, so the part of the day needs one.
@rule en.veto.clock_words veto
  \b(?:{NUMWORD}|\d{1,2})\s+o'?clock\b
  | (?<=\bat\s|\bfrom\s|\buntil\s|\btill\s|\bto\s|\bby\s|\bafter\s|\bbefore\s)(?:{NUMWORD}|\d{1,2})(?:\s+thirty)?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b
  + the curfew runs from nine at night to five in the morning
  + the station closed at seven o'clock
  + they walked out at two thirty in the afternoon
  - police arrested 20 in the evening
  - nine of the detainees walked out

# A figure joined to another by "+" names a case or a group ("the 15+2 case", "the 7 + 1"), it counts no one.
@rule en.veto.joined veto
  (?<![\d.,])\d{1,4}\s?\+\s?\d{1,4}(?![\d.,])
  + the activists of the 15+2 case walk free
  + the 7 + 1 group was acquitted
  - they freed 15 prisoners and 2 reporters

# A unit with a word between it and the figure: spans of time ("two more weeks", "three long years") and things
# seized ("2,500 seized firearms": English puts the participle before the noun, where "seized" reads as an arrest).
@rule en.veto.units_between veto
  (?:\b(?:{NUMWORD})|(?<![\d.,])(?<![\d.,]\x20)\d(?:[\d.,]|\x20(?=\d))*+)\s+(?:more|full|whole|further|long|straight|consecutive|seized|confiscated|impounded|captured|stolen|illegal|unlicensed)\s+(?:{UNITS})\b
  + they were held for two more weeks before 300 were freed
  + after three long years inside
  + police showed off more than 1,200 seized rifles
  + 40 confiscated phones
  - two more prisoners were freed
  - 40 detained protesters

# Taking people out of prison frees them ("the swap took 16 people held in Russia out of prison"): en puts the
# count between the verb and "out of", so the phrase covers it and governs it before the noun's own event word.
@rule en.release.taken_out trigger event=release
  \b(?:took|take|takes|taking|taken|brought|bring|brings|bringing|got|get|gets|getting|gotten)\s+(?:[^\s.;:]+\s+){1,8}?out\s+of\s+(?:(?:the|their|his|her|its|a|russian|iranian|[a-z]+'s)\s+)?(?:prison|prisons|jail|jails|detention|custody|cells?)\b
  + the swap took 16 people held in Russia out of prison => _=took 16 people held in Russia out of prison
  + lawyers got 40 activists out of jail => _=got 40 activists out of jail
  - they took photos outside the prison

# Going on holding people says they are held now ("are still holding 56 people detained in the campaign"): the
# phrase before the count beats the detention word of its noun, which says how they came to be inside.
@rule en.held.goes_on_holding trigger event=held state=1
  \b(?:(?:is|are|was|were)\s+still\s+holding|still\s+holds?|(?:continues?|continued|continuing)\s+to\s+(?:hold|keep)|(?:kept|keeps?|keeping)\s+holding)\b
  + the authorities are still holding 56 people detained in the raid => _=are still holding
  + the regime continues to hold 30 opposition figures => _=continues to hold
  - police continued to detain protesters every night
