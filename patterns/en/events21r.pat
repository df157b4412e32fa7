# English: releases and demands for release (twenty-first session). Written from the ways journalists say it, then
# checked against the corpus for new false claims. Each phrase is a trigger longer than any event word inside it,
# deciding by "The event" (docs/design.md).

# A release asked for as the second thing a demand names: "demanded money and the release of 20 prisoners", "called
# for talks and the immediate release of the 12". The demand verb, a short first object with no conjunction, then
# "and" and a release noun with its article: the people asked for are still held (docs/corpus.md). A release verb
# after "and" ("demanded money and released 20") starts a clause of its own and is not reached.
@rule en.held.demand_and_release trigger event=held demand=1 asks=1
  \b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+for
     |appeal(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought|push(?:es|ed|ing)?\s+for|request(?:s|ed|ing)?)\b
  (?:[\s,]+(?!(?:and|but|while|although)\b)[^\s.;:,]+){1,5}?
  \s+and\s+(?:the|their)\s+(?:immediate\s+)?(?:release|freedom|freeing)\b
  + the gunmen demanded money and the release of 20 prisoners => _=demanded money and the release
  + the group called for autonomy for the province and the release of 91 inmates => _=called for autonomy for the province and the release
  - the gang demanded money and released 20 hostages
  - the government accepted the demands and the release of the 20 prisoners went ahead on Monday

# Captives who are safe and sound are out of their captors' hands: "the 12 hostages came home safe and sound". Only
# a few words after a noun of captives (tourists and crews are safe without having been held).
@rule en.release.safe trigger event=release
  (?<=hostages\s|captives\s|abductees\s|kidnapped\s)(?:[\p{L}]+\s+){0,4}?safe\s+and\s+(?:sound|well)\b(?!\s+(?:in|inside)\s+(?:captivity|custody|the\s+hands))
  + the 12 hostages came home safe and sound => _=came home safe and sound
  + the 80 hostages are safe and well => _=are safe and well
  - the hostages are said to be safe and well in captivity
  - the 90 tourists on the cruise ship are safe and sound
