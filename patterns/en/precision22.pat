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
