# Twenty-seventh session: more answers with no figure of their own (docs/design.md, "Twenty-seventh session: a
# second speaker of the same figure, continued"). reply=1, everywhere=1 as in reply26.pat (claims.c, S_reply): the
# sentence holds no number, and answers the figure the story gave last, from another source.

# "Saab rejects the NGO's count altogether", "rejected Foro Penal's number", "disputed our figure": the figure named
# by whose it is (a possessive of one to four words, or our / its / their) after a rejecting verb.
@lexicon answer_disputes answer_disputes.txt
@lexicon answer_denies answer_denies.txt
@lexicon answer_calls answer_calls.txt
@rule en.stance.reply27_owner stance stance=disputes reply=1 everywhere=1
  \b(?<!\bnot\s)(?<!\bnor\s)(?<!\bnever\s)(?:{answer_disputes})\s+
  (?:the\s+)?(?:(?:[a-z][\w.-]*\s+){0,3}[a-z][\w.-]*(?:'s|s')|our|its|their)\s+(?:(?:official|own|latest|new|higher|lower|monthly)\s+)?
  (?:figures?|numbers?|count|tally|estimates?|toll|total|list)\b(?!\s+(?:of|for)\b)
  + Saab, for his part, rejects the NGO's count altogether => _=rejects the NGO's count
  + The ministry rejected Amnesty International's figure => _=rejected Amnesty International's figure
  + the government disputes our figure => _=disputes our figure
  - the court rejected the defence's appeal
  - she questioned the party's count of votes
  - he did not reject the group's figure

@lexicon lie_words lie_words.txt
@rule en.stance.reply27_owner_denies stance stance=denies reply=1 everywhere=1 answers=held
  \b(?<!\bnot\s)(?<!\bnor\s)(?<!\bnever\s)(?:{answer_denies})\s+
  (?:the\s+)?(?:(?:[a-z][\w.-]*\s+){0,3}[a-z][\w.-]*(?:'s|s')|our|its|their)\s+(?:(?:official|own|latest|new|higher|lower|monthly)\s+)?
  (?:figures?|numbers?|count|tally|estimates?|toll|total|list)\b(?!\s+(?:of|for)\b)
  |\b(?<!\bnot\s)(?<!\bnor\s)(?<!\bnever\s)(?:{answer_calls})\s+(?:the\s+)?(?:(?:[a-z][\w.-]*\s+){0,3}[a-z][\w.-]*(?:'s|s')|our|its|their)\s+
  (?:figures?|numbers?|count|tally|estimates?|list)\s+(?:a\s+|an\s+|"\s*)*(?:{lie_words})\b
  + the minister dismissed Foro Penal's number as an invention => _=dismissed Foro Penal's number
  + Officials denied the opposition's figures => _=denied the opposition's figures
  + The attorney general called the NGO's list a lie => _=called the NGO's list a lie
  - he dismissed the driver's claim
  - they denied the union's request

# "An official said that figure was inflated", "the spokesperson said the count was not accurate", "called the
# figure exaggerated": a figure named by a noun and judged wrong by what is said of it. Only judged too high or
# untrue: "that figure was too low" is mostly its own source or an ally saying there are more (six false claims
# over the corpus, none true).
@rule en.stance.reply27_judged stance stance=disputes reply=1 everywhere=1
  \b(?:that|this|those|these|the|such|our|its|their)\s+(?:(?:official|government's|government|police|ngo's|group's|new)\s+)?(?:figures?|numbers?|count|tally|estimates?|total)\s+
  (?:(?:is|was|are|were|had\s+been|has\s+been|have\s+been|seemed|seems|looked|looks|remains?)\s+)(?:(?:wildly|grossly|greatly|much|far|clearly|simply|"\s*)\s*)*
  (?:inflated|exaggerated|overstated|inaccurate|not\s+accurate|wrong|false|too\s+high|misleading|unreliable|made\s+up|a\s+fabrication|a\s+lie|an\s+invention)\b
  |\b(?:{answer_calls})\s+(?:that|this|those|these|the|such)\s+(?:figures?|numbers?|count|tally|estimates?|total)\s+(?:as\s+)?(?:"\s*)?(?:inflated|exaggerated|overstated|inaccurate|wrong|false|misleading|unreliable)\b
  + An Israeli security official said that figure was inflated => _=that figure was inflated
  + the spokesperson said the count was "not accurate" => _=the count was "not accurate
  + the police called the figure exaggerated => _=called the figure exaggerated
  - the official figure was released on Monday
  - that number was higher than last year's
  - the figures are not yet known

# "Pyongyang has always rejected that figure, insisting it holds no prisoners of war at all", "reject that figure and
# insist that nobody in the country is imprisoned for political reasons": with=1 (claims.c, S_reply) makes the
# answer of another reply marker of its sentence a denial; alone it answers nothing.
@rule en.stance.reply27_none stance stance=denies reply=1 everywhere=1 with=1
  \b(?:insist(?:s|ed|ing)?|say(?:s|ing)?|said|maintain(?:s|ed|ing)?|adding|arguing)\s+(?:that\s+)?(?:it\s+(?:holds|has|keeps|held|had)\s+no|there\s+(?:are|were|is|was)\s+no|nobody|no\s+one|none)\b
  + insisting it holds no prisoners of war at all => _=insisting it holds no
  + and insist that nobody in the country is imprisoned => _=insist that nobody
  - she insisted that the figure was right
