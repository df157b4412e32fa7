# English: people sentenced to prison terms are held (sixteenth session; tests in tests/test_events16.c).
# A verdict that sends people to prison for a term puts them inside for that term: the figure counts people held,
# not arrests ("jailed 45 campaigners for terms of four to ten years", "262 defendants were jailed for two to three
# years", "a court sentenced the 57 men", "53 received ten years", "57 men were convicted and imprisoned"). Jailed with no term stays an
# arrest ("5,000 people were jailed over the unrest", "172 people had been jailed pending trial").
# This file loads after verbs.pat: where this rule and the detention verb form cover the same word ("jailed"), the
# later rule wins the overlap (recognize.c, S_resolve_overlaps).
@fragment TERM16 = (?:(?:up\s+to|between|at\s+least)\s+)?(?:life|terms|(?:\d+|{NUMWORD})(?:[\s-]+(?:and\s+a\s+half|(?:to|and)\s+(?:\d+|{NUMWORD})))?[\s-]+(?:years?|months?))
@rule en.held.sentenced trigger event=held verdict=1
  \b(?:(?:jailed|imprisoned|locked\s+up)\s+for\s+{TERM16}
     |(?:jailed|imprisoned)(?=\s+(?:[\p{L}\d,-]+\s+){1,5}?for\s+{TERM16})
     |(?:were|was|been|had|have|has|court|courts|judge|judges)\s+sentenced(?!\s+to\s+(?:death|community|a\s+fine|fines|probation))
     |(?:received|were\s+given)\s+(?:(?:prison|jail|life)\s+(?:terms|sentences)|{TERM16}(?:\s+in\s+(?:prison|jail))?)
     |convicted\s+and\s+(?:imprisoned|jailed|locked\s+up))\b
  + 262 defendants were jailed for two to three years => _=jailed for two to three years
  + judges jailed 45 campaigners for terms ranging from four to ten years => _=jailed
  + a federal court had sentenced the 57 men => _=had sentenced
  + 57 men were convicted and imprisoned => _=convicted and imprisoned
  + 30 activists were sentenced to five years => _=were sentenced
  + 53 received ten years => _=received ten years
  - Kyiv received 52 prisoners
  - 5,000 people were jailed over the unrest
  - 172 people had been jailed pending trial
  - 12 men were sentenced to death
