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
