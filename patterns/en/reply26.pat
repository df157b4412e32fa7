# Twenty-sixth session: a reply with no figure of its own (docs/design.md, "Twenty-sixth session: a second speaker
# of the same figure"). reply=1: a sentence that holds no claim but matches one of these answers the figure the
# story gave just before, from another source (claims.c, S_reply); everywhere=1: read in every sentence, since
# the reply holds no number. answers=held: only a figure of people held (the category the denial names).

# "Officials in Minsk insist there are no political prisoners", "the country holds no political prisoners",
# "denied the existence of political prisoners": the category denied answers the count of political prisoners.
@lexicon answer_disputes answer_disputes.txt
@lexicon answer_denies answer_denies.txt
@lexicon answer_calls answer_calls.txt
@rule en.stance.reply26_category stance stance=denies reply=1 everywhere=1 answers=held
  \b(?:there\s+(?:are|were|is|was)\s+(?:"\s*)?no|(?:holds?|held|has|had|have|keeps?)\s+(?:"\s*)?no)\s+political\s+(?:prisoners|detainees)
  |\b(?:{answer_denies}|{answer_disputes})\s+(?:the\s+)?existence\s+of\s+(?:any\s+)?political\s+prisoners
  + Officials in Minsk insist there are no political prisoners in Belarus => _=there are no political prisoners
  + the ministry says Egypt holds no political prisoners at all => _=holds no political prisoners
  + The government has always denied the existence of political prisoners => _=denied the existence of political prisoners
  - there are no more political prisoners' families waiting
  - there are no figures for political prisoners
  - the prisoners were not political

# "The ministry rejected that figure", "the police disputed the count", "dismissed those numbers as propaganda":
# a figure named by a noun after a rejecting verb is the one the story gave last.
@rule en.stance.reply26_disputes stance stance=disputes reply=1 everywhere=1
  \b(?<!\bnot\s)(?<!\bnor\s)(?<!\bnever\s)(?:{answer_disputes})\s+(?:that|this|those|these|the|such)\s+(?:(?:official|government's|government|police|ministry's|ngo's|group's|higher|lower|new)\s+)?(?:figures?|numbers?|count|tally|estimates?|toll|total)\b(?!\s+(?:of|for)\b)
  + The ministry rejected that figure on Tuesday => _=rejected that figure
  + the police disputed the count => _=disputed the count
  - the ministry rejected the count of votes
  - they questioned the total of 40 detainees
  - the court rejected the appeal

@lexicon lie_words lie_words.txt
@rule en.stance.reply26_denies stance stance=denies reply=1 everywhere=1
  \b(?<!\bnot\s)(?<!\bnor\s)(?<!\bnever\s)(?:{answer_denies})\s+(?:that|this|those|these|the|such)\s+(?:(?:official|government's|police|ministry's|ngo's|group's)\s+)?(?:figures?|numbers?|count|tally|estimates?|toll|total)\b(?!\s+(?:of|for)\b)
  |\b(?<!\bnot\s)(?<!\bnor\s)(?<!\bnever\s)(?:{answer_calls})\s+(?:that|this|those|these|the)\s+(?:figures?|numbers?|count|tally|estimates?)\s+(?:a\s+|an\s+|"\s*)*(?:lie|lies|invention|fabrication|fiction|propaganda)\b
  |\b(?<!\bnot\s)(?<!\bnor\s)(?<!\bnever\s)(?:{answer_denies}|{answer_disputes})\s+(?:that|this|those|these|the)\s+(?:figures?|numbers?|count|tally|estimates?)\s+as\s+(?:a\s+|an\s+|pure\s+|"\s*)*(?:{lie_words})\b
  + Secretary Tang rejected that figure as a smear => _=rejected that figure as a smear
  + The government dismissed that figure as propaganda => _=dismissed that figure
  + Attorney General Tarek William Saab called the count a lie => _=called the count a lie
  - he denied the count of ballots had been rigged
  - the spokesman denied the report

