# English: figures output wrongly (fifteenth session, false figures).

# The first end of a span of time ("jailed for two to three years", "held for 3-5 days", "two or three weeks") is
# a length, not a count of people: the unit after the second figure belongs to both. Joined by "to" only after a
# word of duration, since "sentenced 40 to three years" counts the 40.
@fragment SPAN_NUM15 = (?:\b(?:{NUMWORD})|(?<![\d.,])\d{1,3})
@rule en.veto.span_of_time veto
  \b(?:for|of|from|serving|serve|serves|spend|spent|between)\s+(?:{SPAN_NUM15})\s*(?:to|or|-|\x{2013})\s*(?:{SPAN_NUM15})\s+(?:{UNITS})\b | (?:{SPAN_NUM15})\s*(?:or|-|\x{2013})\s*(?:{SPAN_NUM15})\s+(?:{UNITS})\b
  + 262 defendants were jailed for two to three years => _=for two to three years
  + nineteen were imprisoned for 3-5 years => _=for 3-5 years
  + two or three weeks later the men were charged => _=two or three weeks
  + they face terms of five to ten years => _=of five to ten years
  - the court sentenced 40 to three years in prison
  - police arrested 40 to 50 people
  - two or three protesters were detained
