# English precision, twenty-seventh session (tests in tests/test_precision27.c).

# Alternatives in a conditional are no count: "would arrest anyone, whether there were ten of them or ten
# thousand", "if you released 500, or 5,000, where are the rest?", "if they freed 20 or 200, nothing would change".
# A conditional (if / whether) opens the clause, and two figures are offered as alternatives joined by "or"; both
# are vetoed (the \K keeps the opener's own words out). A range stated as fact ("30 or 40 people were arrested")
# has no opener and keeps its count.
@rule en.veto.alternatives27 veto
  \b(?:if|whether)\b(?:[\s,]+(?!(?:and|but|because|while)\b)[^\s.;:!?]+){0,6}?[\s,]+\K
  (?:\d+(?:[.,]\d+)*|(?:{NUMWORD})\b)(?:\s+(?:{NUMWORD})\b)?(?:\s+(?!or\b)[^\s.;:!?,]+){0,3}?,?\s+or\s+
  (?:\d+(?:[.,]\d+)*|(?:{NUMWORD})\b)(?:\s+(?:{NUMWORD})\b)?
  + his men would arrest anyone who broke the law, whether there were ten of them or ten thousand => _=ten of them or ten thousand
  + if you released 500, or 5,000, where are the rest? => _=500, or 5,000
  + if they freed 20 or 200 prisoners nothing would change => _=20 or 200
  - police said 30 or 40 people were arrested
  - if 30 people were arrested, the police did not say
  - whether the 40 detainees would be freed was unclear
