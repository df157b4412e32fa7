# English precision, twenty-eighth session (tests in tests/test_precision28.c).

# A breakdown of a group by sex, age or nationality is no count of its own: "109 people - 49 men and 60 women -",
# "14 foreigners: ten Chinese, three Japanese and one Indonesian", "the others were 10 Chinese citizens, three
# Japanese and one Indonesian". The group's total is the claim; the parts of the list name who the people were.
# The list is a run of number + head (a word of sex or age, or a demonym) joined by commas and "and"; after an
# apposition mark (dash, colon, bracket, "including", "among them") two items are a list, with no mark three are
# needed. Exact: a demonym is known by its capital. Heads are closed words, so "12 were arrested and 5 released" or "30 injured and 12 detained" (a verb or an
# event word after the figure) is no breakdown and keeps its counts.
@fragment BRK28_N = (?:\d+(?:[.,]\d{3})*|(?:{NUMWORD})(?:[\s-]+(?:{NUMWORD}))?|one)
@fragment BRK28_HEAD = (?:men|women|boys|girls|children|minors|teenagers|adolescents|juveniles|\p{Lu}\p{Ll}+(?:ians?|ans?|ese|is|i|ish|ch|s)(?:\s+(?:citizens|nationals|men|women))?)(?![\p{L}])
@fragment BRK28_ITEM = {BRK28_N}\s+{BRK28_HEAD}
@rule en.veto.breakdown28 veto exact
  (?:(?<=\s)[-\x{2013}\x{2014}]|:|\(|\b(?:including|among\s+them|of\s+whom)\b,?)\s*\K{BRK28_ITEM}(?:\s*,\s*{BRK28_ITEM})*\s*,?\s+and\s+{BRK28_ITEM}
  + police said they held 109 people - 49 men and 60 women - overnight => _=49 men and 60 women
  + fourteen foreigners were freed: ten Chinese, three Japanese and one Indonesian => _=ten Chinese, three Japanese and one Indonesian
  + 330 people were released, including 14 women and 2 children => _=14 women and 2 children
  - 12 people were arrested and 5 released
  - the clashes left 30 injured and 12 detained
  - 40 protesters were arrested: 12 on Monday and 28 on Tuesday
@rule en.veto.breakdown28_bare veto exact
  (?<![\p{L}\d]){BRK28_ITEM}\s*,\s*{BRK28_ITEM}(?:\s*,\s*{BRK28_ITEM})*\s*,?\s+and\s+{BRK28_ITEM}
  + the others on the list were 10 Chinese citizens, three Japanese and one Indonesian => _=10 Chinese citizens, three Japanese and one Indonesian
  - 10 Chinese citizens and three Japanese were detained
  - police detained 12 men, released 5 women and questioned 3 children

# An ordinal written with a dot and a masculine or feminine ordinal sign ("34.º", "2.ª", folded to "34.o", "2.a"),
# as Spanish and Portuguese print it and translated text carries it, counts no one. veto.ordinal takes the sign
# glued to the digits ("3er", "2a", "6th"); the dot between them left "34.º aniversário" a release of 34.
@rule en.veto.ordinal_dot28 veto
  (?<![\d.,])\d{1,3}\.[oa]s?(?![\p{L}\d])
  + the 34.º anniversary of independence => _=34.º
  + the 2.ª phase of the swap => _=2.ª
  - 34. Others were freed
