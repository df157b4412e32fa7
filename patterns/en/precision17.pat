# English: things counted with words between the figure and the thing (seventeenth session, precision).

# A figure whose noun phrase ends on a thing, past a scale or words that name the thing's kind or owner ("close to
# 10 million ballot papers", "three Ukrainian navy vessels", "8 billion dollars"): the thing says what is counted,
# whatever verb governs the figure ("seized", "released"). The words between are no people noun, no function word
# and no number, so "40 people in two weeks" and "40 in three prisons" keep their figure; "cases" keeps the custody
# cases of en.veto.units.
@fragment THING_GAP = (?!(?&not_thing)\b)\p{L}[\p{L}'-]*
# The words THING_GAP refuses, defined once in the rule (a subroutine) so its four uses do not copy the people lexicons
# (nineteenth session: four copies outgrew PCRE2's limit on a compiled pattern).
@fragment NOT_THING = (?(DEFINE)(?<not_thing>(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE_OTHER}|{stopwords}|{link_words}|{locative_words}|{conjunction_words}|{article_words}|{NUMWORD}|{MULT}|over|after|this|that|last|next|past|per|every|a|an|its|their|his|her|our|{act_nouns}|{arrested_nouns}|before|during|within|across|into|until|since|or|but|than|as|while|then|all|both|each|more|most|other|others|some|such|these|those|them|whom|whose|being|be|are|been|held|freed|released|arrested|detained|jailed|taken|seized)))
@rule en.veto.things_past_words veto
  (?:\b(?:{NUMWORD})|(?<![\d.,])(?<![\d.,]\x20)\d(?:[\d.,]|\x20(?=\d))*+)(?:\s+{MULT}(?:\s+{THING_GAP}){0,2}|(?:\s+{THING_GAP}){1,2})\s+(?:{UNITS})\b{CASES_OF_PEOPLE}{NOT_THING}
  + the Guardia Civil seized close to 10 million ballot papers at a warehouse => _=10 million ballot papers
  + the coast guard seized three Ukrainian navy vessels => _=three Ukrainian navy vessels
  + officials counted 2 million postal ballots => _=2 million postal ballots
  + police confiscated 40 hunting rifles => _=40 hunting rifles
  - police detained 40 people in two weeks
  - 40 were held in three prisons
  - the ministry said 40 protesters had been freed
  - 300 more prisoners were released over three days
  - activists documented 45 new cases of arbitrary detention
  - three Ukrainian navy sailors were captured
  - 12 Hong Kong residents were detained
  - police said they had made 9,000 arrests this year
  - 40 were released last month
