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

# A figure called without foundation is disputed, as one called false or inflated is (en.stance.disputes): "the
# figure of 550 was entirely without foundation", "dismissed the tally as baseless". Only with the figure named
# before it in its clause: charges, accusations or trials called baseless say nothing of a count.
@rule en.stance.without_foundation stance stance=disputes
  \b(?:figures?|numbers?|tally|count|total|estimates?)\b[^.;:!?]{0,60}?\K\b(?:(?:entirely\s+|completely\s+|totally\s+)?without\s+(?:any\s+)?foundation|baseless|unfounded|groundless)\b
  + the figure of 550 was "entirely without foundation" => _=entirely without foundation
  + dismissed the tally as baseless => _=baseless
  - the foundation said 40 were held
  - four citizens are held on charges it considers baseless

# Another's figure named with its owner before it and its value after: "the county's figure of 773", "the ministry's
# tally of 300": a reference to a figure, as "the figure" is (en.pronoun.claim), so the number after it is that
# figure said again. Not without "of" and a figure ("the department's total since Saturday", "the union's figure for
# jailed miners"): read as a reference, it took a claimant and a day for counts it does not name.
@rule en.pronoun.owned_figure pronoun ref=claim
  \b(?:the|their|its|his|her)\s+(?:[\p{L}.-]+\s+){0,2}?[\p{L}.-]+['’]s\s+(?:own\s+|official\s+|latest\s+)?(?:figure|tally|count|total)\b(?=\s+of\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?\d)
  + Pell called the county's figure of 773 an undercount => _=the county's figure
  + they rejected the interior ministry's official tally of 300 => _=the interior ministry's official tally
  - the union's figure for jailed miners
  - the county's fair

# Calling another's figure something ("called the county's figure of 773 an undercount", "described the tally as
# inflated"): the one who calls it speaks of that figure, a reporting verb as "dismissed the figure" is
# (en.cue.dispute); the stance comes from what it is called.
@rule en.cue.called_figure cue
  \b(?:called|calls|calling|described|describes|branded|brands|labelled|labeled)(?=\s+(?:the|their|its|this|that|those|these)\s+(?:[\p{L}.-]+(?:['’]s)?\s+){0,3}?(?:figures?|tally|count|total|numbers?|estimates?)\b)
  + Pell called the county's figure of 773 an undercount => _=called
  + she described the official tally as inflated => _=described
  - he called the police at 3 a.m.

