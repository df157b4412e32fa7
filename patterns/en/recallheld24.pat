# English: one person still held (twenty-fourth session, "recallheld"). "one" alone is an article far more often
# than a count (numbers.c), so a lone "one" counts one person only where the clause goes on to say that this one
# is still in custody or captivity: "one" with a people noun or "of the N" after it, and, before the clause ends,
# a state of being held ("is still being held", "remained in custody", "was kept in custody"). Written from how
# wires say it ("one remains in custody", "one of the hostages is still being held"); a release, an arrest or a
# death after the "one" makes no count.
@lexicon ONE_PEOPLE one_people.txt
# what may stand between the "one" and its state: no other clause (no conjunction, complementizer, reporting verb
# or figure), an age set off by commas ("Paul Hill, 35,") allowed.
@fragment ONE_GAP = (?:,\s*(?:who|which)\b[^,.;:]{0,80},|,\s*\d{1,2}\s*,|\d{1,3}-\p{L}[\p{L}-]*|(?!\b(?:and|or|that|said|says|who|which|but|while|after|before)\b)[^.;:\d])
@fragment ONE_HELD_STATE
  (?:(?:is|was|are|were|remains|remained|has\s+been|had\s+been|have\s+been)\s+(?:still\s+|now\s+|believed\s+to\s+be\s+)?
     (?:being\s+held|held\s+(?:in|by|at|captive|hostage)|kept\s+in|in\s+(?:police\s+|military\s+|pretrial\s+)?(?:custody|captivity|detention|prison|jail)|behind\s+bars|jailed|imprisoned|detained|locked\s+up)
  |(?:remains|remained|stays|stayed)\s+(?:in\s+(?:police\s+|military\s+|pretrial\s+)?(?:custody|captivity|detention|prison|jail)|behind\s+bars|detained|jailed|locked\s+up|held)
  |still\s+being\s+held)\b
@rule en.collective.one_held collective value=1 q=exact
  (?<![\p{L}\d\-])(?<!\bno\s|\bNo\s|\bnot\s|\bany\s|\bevery\s|\bsome\s)(?:one|One)(?=\s+
    (?:(?:of\s+(?:the|them|those|its|their)\b{ONE_GAP}{0,60}?)
      |(?:[\p{L}.'-]+\s+){0,2}?(?:{ONE_PEOPLE})\b{ONE_GAP}{0,60}?
      |)
    {ONE_HELD_STATE})
  + One student is still being held, the spokesman said. => _=One
  + Only one of the four, a 35-year-old teacher, remained in custody. => _=one
  + One of the four, Ann Lee, 35, was still in custody last night. => _=One
  + at least one U.S. citizen, a freelance writer, was still being held in Iran => _=one
  + One person was kept in custody because of a warrant => _=One
  + one of the hostages remains in captivity => _=one
  - One student was released on Monday.
  - one of the four was arrested last night
  - One person died in the fire and is being held responsible
  - One of the officers said that 40 people are still being held.
  - saying no one was in police custody for peaceful protest
# "was kept in custody", "were kept in detention": a state of being held after the people counted.
@rule en.held.kept_in_custody trigger event=held
  \b(?:is|was|are|were|been|being)\s+(?:still\s+)?kept\s+in\s+(?:police\s+|military\s+|pretrial\s+)?(?:custody|detention|prison|jail|captivity)\b
  + 12 protesters were kept in custody overnight => _=were kept in custody
  + one person was kept in police custody => _=was kept in police custody
  - they kept in touch with the 12 families

# Serving a term counted in days, weeks or months ("serving 15-day jail terms", "are serving ten days of
# administrative arrest", "serving 30 days in jail"): people held now, as "serving sentences" (en.held.serving). Not
# a term served before a release ("freed after serving 15 days in jail").
@rule en.held.serving_term trigger event=held
  (?<!after\s|before\s|since\s|from\s|of\s)\bserving\s+(?:a\s+|their\s+|his\s+|her\s+)?(?:\d{1,3}|{NUMWORD})(?:-|\s+)(?:days?|weeks?|months?)(?:\s+(?:jail|prison|detention|administrative|custodial))?\s+(?:sentences?|terms?|of\s+(?:administrative\s+)?(?:arrest|detention|jail|prison)|in\s+(?:jail|prison|detention|custody))\b{NOT_THEN_FREED}
  + at least six protesters are serving 15-day jail terms => _=serving 15-day jail terms
  + 14 activists are serving ten days of administrative arrest => _=serving ten days of administrative arrest
  + two of them serving 30 days in jail => _=serving 30 days in jail
  - six protesters were freed after serving 15 days in jail
  - serving 15-day jail terms, all 40 were released on Monday

# "are still being kept in the North", "were being kept at a farm": the progressive of "keep" with people as its
# subject is a state of being held, as "are still being held" (en.held.verb). Not kept informed, safe, away from,
# apart from, busy, quiet, alive, under review, on a list.
@rule en.held.being_kept trigger event=held
  \b(?:(?:are|were|is|was)\s+(?:still\s+|now\s+)?being\s+kept|still\s+being\s+kept)\b(?!\s+(?:informed|safe|away|apart|busy|quiet|alive|under\s+review|on\s+|up\s+to|in\s+the\s+dark|in\s+mind|in\s+touch))
  + 516 South Koreans abducted after the war are still being kept in the North => _=are still being kept
  + the 12 were being kept at a farm near the border => _=were being kept
  - the families are being kept informed
  - the 30 names were being kept in mind

# "the only Briton among the crew, who could not be exchanged, remained in custody": one person held, "the only"
# before a singular people noun and a state of being held, as "one" above.
@rule en.collective.only_one_held collective value=1 q=exact
  (?<=\bthe\s|\bThe\s)only(?=\s+(?:[\p{L}-]+\s+)?(?:{ONE_PEOPLE})\b{ONE_GAP}{0,80}?{ONE_HELD_STATE})
  + The only journalist among the crew, who holds a French passport, remained in custody. => _=only
  + the only journalist still being held => _=only
  - the only prisoner released was John
  - the only person who spoke was arrested

# A company described in apposition after its name ("GEO Group, the private company that runs the jail, said", "CoreCivic, a
# prison operator, said"): the name before the comma is an organisation, as after "the group"
# (en.pronoun.org_apposition). Prisons run by companies give their figures of inmates this way.
@rule en.pronoun.company_apposition pronoun ref=organization kind=organization
  (?<=,\s)(?:the\s+|a\s+|an\s+)(?:(?!(?:of|in|for|with)\s)\p{L}+\s+){0,2}?(?:company|firm|contractor|operator)\b(?!\s+(?:of|for)\s)(?!\s+(?:director|executive|spokes\w+|official|employee|worker|owner|founder|manager|boss|chief|head|lawyer)\b)(?=[^,.;]{0,80}[,.;])
  + GEO Group, the private company that runs the jail, said => _=the private company
  + CoreCivic, a prison operator, said => _=a prison operator
  - Ann Lee, a company director, said
  - John Smith, head of the company, said
