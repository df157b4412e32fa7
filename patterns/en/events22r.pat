# Twenty-second session (recall). Hostages evacuated from the seized place leave it: "more than 200 hostages were
# evacuated alive", "the captives have been evacuated". Only after a noun of captives: residents, tourists or the
# wounded who are evacuated were nobody's captives (en.other reads a bare "evacuated" as no event).
@fragment R22_CAPTIVES = (?<=hostages\s|captives\s|abductees\s|kidnapped\s)
@rule en.release.captives_evacuated trigger event=release
  {R22_CAPTIVES}(?:(?:all|finally)\s+)?(?:were|have\s+been|had\s+been|are\s+being|was)\s+(?:(?:all|safely|finally)\s+)?evacuated\b
  + some 40 hostages were evacuated alive by firefighters => _=were evacuated
  + the 12 captives have been safely evacuated by helicopter => _=have been safely evacuated
  - some 300 residents were evacuated from the fire
  - the hostages asked to be evacuated

# Staying in a prison named before its noun ("14 men remain in Black Beach prison", "still at Insein jail"): held, as
# "remain in prison" is (en.held.remain_in_place). Only the capitalised name: "remain in the old prison" is said
# without one and the folded rules read it. Exact case, so the name is known by its capitals.
@rule en.held.remain_in_named_prison trigger event=held exact
  \b(?:remain|remains|remained|are\s+still|were\s+still|is\s+still|was\s+still|still|languish|languishes|languished)\s+(?:being\s+held\s+|held\s+)?(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'-]*\s+){1,3}(?:[Pp]rison|[Jj]ail|[Gg]aol|[Pp]enitentiary|[Dd]etention\s+[Cc]ent(?:re|er))\b
  + twenty men remain in Black Beach prison => _=remain in Black Beach prison
  + 40 activists are still at Insein jail => _=are still at Insein jail
  + nine of them languished in Evin Prison => _=languished in Evin Prison
  - the files remain in the prison archive
  - he was still at Oxford University
