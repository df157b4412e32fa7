# Twenty-sixth session (event): the word that governs a figure's event. People kept somewhere after they were taken
# ("50,000 soldiers captured during the war were kept in the North") and people said to be in detention ("more than
# 100,000 people were in detention") are held: the finite verb of the figure's own clause says what they are now, the
# participle of their capture only how they came to be there (docs/corpus.md, held vs detention).

# "were kept in the North", "are still kept at a base", "had been kept as prisoners": keeping is no arrest, whatever
# the place (a city after "held in" can be the arrests of a day; after "kept in" it is where they stay). Not "kept in
# the dark / in touch / in mind / in check", which keep no one.
@lexicon keep_words keep_words.txt

@rule en.held.kept_passive trigger event=held
  \b(?:were|was|are|is|been|being)\s+(?:still\s+|then\s+|now\s+|later\s+)?kept\s+(?:in|at|inside|as|captive|prisoners?|hostage)\b
  (?!\s+(?:the\s+|a\s+)?(?:dark|touch|mind|check|line|place|reserve|suspense|order|contact|view)\b)
  + some 50,000 soldiers captured during the war were kept in the North => _=were kept in
  + the 40 sailors had been kept as prisoners for a year => _=been kept as
  + 12 crewmen are still kept at a naval base => _=are still kept at
  - the families were kept in the dark
  - 30 reporters were kept in touch with the embassy
