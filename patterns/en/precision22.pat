# English: the right event (twenty-second session, precision).

# A release refused, ruled out or not to be discussed says they are still held, as one demanded does (docs/corpus.md,
# demands): "the government refused to release 21 prisoners", "will not discuss the release of the 21", "rejected
# the release of 40 inmates". The phrase, verb to release word, is longer than the release word and replaces it.
@rule en.held.release_refused trigger event=held demand=1
  \b(?:refus(?:ed|es|e|ing)\s+to|declin(?:ed|es|e|ing)\s+to|reject(?:ed|s|ing)?|rul(?:ed|es|e|ing)\s+out
     |(?:will|would|did|does|do|could)\s+not\s+(?:discuss|negotiate|consider|accept)|(?:won't|wouldn't|didn't|doesn't|don't)\s+(?:discuss|negotiate|consider|accept))\b
  (?:[\s,]+(?!(?:and|but|while|although)\b)[^\s.;:,]+){0,3}?
  [\s,]+(?:the\s+|any\s+)?
  (?:release|freeing|free|let\s+go|set\s+free)\b(?!\s+(?:the\s+|any\s+|its\s+|their\s+)?(?:names?|details?|figures?|numbers?|information|data|records?|documents?|results?|statements?|footage|videos?|a\s+statement|a\s+list)\b)
  + the government refused to release 21 prisoners => _=refused to release
  + it will not discuss the release of the 21 prisoners => _=will not discuss the release
  + the court rejected the release of 12 inmates => _=rejected the release
  - the government negotiated the release of 21 prisoners
  - police declined to release the names of the 21 detained
  - rejected the charges and announced the release of 12 prisoners

# What happened to a part of the people counted is not what happened to all of them: "Among those detained were
# 596 monks, most of whom had been returned to their monasteries", "1,000 people, many of whom were later
# released, were charged". The relative clause of a part ("most / many / some / several / half of whom") masks the
# event words in it (mask=1), so the count takes its event from the rest of the sentence. "all of whom" is the whole
# and is left.
@rule en.mask.part_of_whom trigger event=none mask=1
  \b(?:most|many|some|several|a\s+few|few|half|a\s+third|two\s+thirds|a\s+quarter|a\s+majority|the\s+majority|dozens|hundreds|thousands)\s+of\s+whom\b[^.;:,()]{0,80}
  + 596 monks, most of whom had been returned to their monasteries => _=most of whom had been returned to their monasteries
  + 300 people, many of whom were later released => _=many of whom were later released
  - 300 people, all of whom were later released

# People inside the place where they are kept, said before the state word ("inside the gym there were more than
# 1,000 people"): the state, as "there are 40 people inside" (STATE_CROWD, en/events.pat, wants custody after).
@rule en.held.state_inside trigger event=held state=1
  \binside\s+(?:[\p{L}'’-]+\s+){0,3}?there\s+(?:are|were|remain)\b(?=\s+(?:[\p{L}]+\s+){0,2}?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + inside the gym there were more than 1,000 people => _=inside the gym there were
  - inside sources say there were talks
