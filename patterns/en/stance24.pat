# Twenty-fourth session: a figure, story or report called a lie or belittled (docs/design.md, "Twenty-fourth session:
# disputes and denials"). before=1: the rule reads the figure's noun before the marker, so the marker judges the
# figure named before it (claims.c, S_stance), never the speaker's own figure after it.
@lexicon predicate_copulas predicate_copulas.txt
@lexicon lie_words lie_words.txt
@lexicon belittle_words belittle_words.txt
@lexicon only_words only_words.txt
@lexicon estimate_words estimate_words.txt

# "the story that 50 fighters were freed is a fabrication", "dismissed the lawyers' figure of 360 as pure fiction",
# "the report that 30 were seized is false": calling a figure or a report a lie denies the events it tells.
@rule en.stance24.lie stance stance=denies before=1
  \b(?:figures?|numbers?|tally|count|total|toll|claims?|stor(?:y|ies)|reports?|allegations?|rumou?rs?|accounts?)\b(?:(?!,\s*(?:but|pero|mas|however|sin\s+embargo|no\s+entanto)\b)(?:[^.;:!?]|(?<=\d)\.(?=\d))){0,100}?
  \b(?:is|was|are|were|as|called|calling|branded|dubbed)\s+(?:(?:a|an|complete|completely|total|totally|utter|utterly|outright|pure|absolute|absolutely|sheer|simply|nothing\s+but|just)\s+|["“']\s*)*\K(?:{lie_words})\b
  |\b(?:claims?|stor(?:y|ies)|reports?|allegations?|rumou?rs?)\s+that\b(?:(?!,\s*(?:but|pero|mas|however|sin\s+embargo|no\s+entanto)\b)(?:[^.;:!?]|(?<=\d)\.(?=\d))){0,120}?\b(?:is|was|are|were)\s+(?:(?:completely|totally|entirely|simply|utterly|absolutely)\s+|["“']\s*)*\K(?:false|untrue)\b
  |\b(?:exists?|existed)\s+only\s+in\b[^.;:!?]{0,40}?\bimagination\b
  + The account that 80 guards were taken is a fabrication, the ministry said. => _=fabrication
  + the minister dismissed the monitors' figure of about 900 as "pure fiction" => _=fiction
  + "The rumour that 300 inmates walked out is completely false," he said => _=false
  + "Sixty detained miners exist only in the union's imagination," he said
  - the two women were charged with spreading propaganda
  - the 40 activists were accused of lies against the state
  - it is false that 30 were held

# "rejected the ministry's figure of 3,400 as an accounting trick", "the claim that 1,000 were arrested is not
# supported by court records": a figure said to be wrong, the events not denied.
@rule en.stance24.belittle stance stance=disputes before=1
  \b(?:figures?|numbers?|tally|count|total|toll|estimates?|claims?|stor(?:y|ies)|reports?)\b(?:(?!,\s*(?:but|pero|mas|however|sin\s+embargo|no\s+entanto)\b)(?:[^.;:!?]|(?<=\d)\.(?=\d))){0,100}?
  \b(?:is|was|are|were|as|called|calling|remains?|remained)\s+(?:(?:a|an|simply|just|merely|still|entirely|completely|clearly)\s+|["“']\s*)*\K(?:{belittle_words})\b
  + the commission rejected the ministry's figure of 3,400 freed as "an accounting trick" => _=accounting trick
  + the claim that 1,000 marchers were arrested is not supported by court files => _=not supported by
  + He said the count of 2,000 was "far from the truth" => _=far from the truth
  + the police dismissed the monitors' figures of 900 as "propaganda" => _=propaganda
  - the total was supported by the opposition in parliament's vote
  - a report on the 40 prisoners, far from the truth of their cells
