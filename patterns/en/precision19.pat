# English: figures that count no one (nineteenth session, precision2).

@fragment NUM19 = (?:\b(?:{NUMWORD})(?![\p{L}])|(?<![\d.,])\d{1,3}(?![\d.,]\d))

# "questioned for a day or two", "an hour or two later": the figure after "a day or" is a length of time whose
# unit is the one before it, not a count of people.
@rule en.veto.unit_or_figure veto
  \b(?:a|an|one)\s+(?:day|night|week|month|year|hour|minute)\s+or\s+(?:{NUM19})
  + some people were questioned for a day or two and sent home => _=a day or two
  + the shelling stopped for an hour or two => _=an hour or two
  + they were held one night or two => _=one night or two
  - a day later, two prisoners were freed
  - police arrested one or two protesters

# A unit of time the writer leaves out the second time: "spent 18 years on Robben Island and then six in
# Pollsmoor" (six years). Only after "then" / "later", where a new group of people would need its own noun; the
# veto takes the second figure alone (\K), so a count between the two keeps its own reading.
@rule en.veto.elided_unit veto
  (?:{NUM19})\s+(?:years?|months?|weeks?|days?)\b[^.;:?!]{0,80}?\b(?:and\s+|,\s*)(?:then|later|afterwards)\s+(?:another\s+|a\s+further\s+)?\K(?:{NUM19})(?=\s+(?:in|at|on|inside)\b)
  + he spent 18 years on Robben Island and then six in Pollsmoor => _=six
  + she was held five months in Evin, and later three at Qarchak => _=three
  - he spent 18 years in prison and 40 of his comrades were freed
  - after five days, 40 people were released in Lima
  - two days later 40 protesters in Lima were released

# A figure quoted back inside a fact-checker's verdict that it is false ("The claim that more than 1,000 people have
# been arrested is unsupported", "the figure of 10,000 has no basis") claims nothing new: the fact-check already
# reported the claim where it cites it, and the gold counts it there (docs/corpus.md: a figure merely quoted back
# is at most optional). The clause stops at "but"/"because", where the checker's own figure begins. A speaker's own
# denial ("it is not true that 5,000 are held", "es falso que haya 150 opositores presos") is the speaker's claim (stance
# denies: es/93's gold) and is left alone.
@fragment CLAUSE19 = (?:(?!\s*\b(?:but|because|while|whereas|instead)\b)(?:[^.;:?!]|(?<=\d)[.](?=\d)))*
@rule en.veto.claim_called_false veto
  \bthe\s+(?:claim|assertion|allegation|figure|number|idea|suggestion)\s+that\s+{CLAUSE19}?\b(?:is|are|was|were)\s+(?:(?:also|simply|entirely|completely|plainly|therefore)\s+)?(?:false|untrue|unsupported|unfounded|baseless|wrong|incorrect|not\s+true|misleading|exaggerated|fabricated|inaccurate)\b
  | \bthe\s+(?:figure|number|claim|tally)\s+of\s+{CLAUSE19}?\b(?:has|had|have)\s+no\s+(?:basis|foundation|support|source)\b
  + The figure of 10,000 prisoners has no basis in any known record => _=The figure of 10,000 prisoners has no basis
  + The claim that some 2,000 students were jailed is unfounded, the agency said. => _=The claim that some 2,000 students were jailed is unfounded
  - the claim that 1,000 were arrested went viral, but police say 627 were detained
  + the claim that 5,000 were held is false, but 627 were arrested => _=the claim that 5,000 were held is false
  - it is not true that 5,000 people were held, the minister said
  - police said 627 people were arrested
