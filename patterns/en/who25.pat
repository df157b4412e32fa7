# Twenty-fifth session (claimants). A news agency or broadcaster named after a descriptor that opens with a
# nationality adjective ("the Algerian news agency APS", "Iran's state news agency IRNA" aside, "the Philippine
# broadcaster DZRB") is that outlet, of kind media: en.pronoun.media starts at the noun, so the adjective before it
# cut the descriptor off its article and the name was read as no one's.
@rule en.pronoun.media_demonym pronoun exact ref=organization kind=media
  (?<![\p{L}])(?i:the|an?)\s+(?:(?:official|state|state-run|independent|private)\s+)?\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic|ch)\s+(?:(?:official|state|state-run|independent|private)\s+)?(?i:news\s+agency|press\s+agency|broadcaster|radio\s+station|television|tv\s+station|newspaper|daily)(?=\s+["\x{201C}]?\p{Lu})
  + According to the Algerian news agency APS, twelve hostages remain => _=the Algerian news agency
  + the Kenyan broadcaster KBC reported => _=the Kenyan broadcaster
  + the state Iranian news agency Irna said => _=the state Iranian news agency
  - the Algerian news agency said
  - According to the Algerian news agency, twelve hostages remain
  - the American Civil Liberties Union said
  - the American agency FEMA said

# Twenty-fifth session (claimants). An airline named "Air" and a capitalised word ("Air France", "Air Algérie", "Air
# India") is a company, of kind organization, not a person the two capitalised words looked like; "Air Force" is
# an armed force, the state's.
@rule en.actor.air_company actor exact kind=organization company=1
  (?<![\p{L}])(?<name>Air\s+(?!Force(?![\p{L}]))\p{Lu}\p{Ll}[\p{L}\-]*)(?![\p{L}])(?!\s+\p{Lu})
  + Air France says 12 crew members were released => name=Air France
  + segundo a Air Algérie, 40 passageiros => name=Air Algérie
  - the Air Force said
  - Air Force One
  - Air Transport Association

# "the Air Force", "the Royal Air Force", "the U.S. Air Force": an armed force, the state's (a person to the
# person rule before).
@rule en.actor.air_force actor exact kind=government
  (?<![\p{L}])(?<name>(?:(?:Royal|Indian|Pakistan|Israeli|Nigerian|Syrian|U\.S\.|US)\s+)?Air\s+Force)(?![\p{L}])(?!\s+(?:One|Base|Academy|officer|pilot|jet)\b)
  + the Air Force said 560 men were held => name=Air Force
  + the Royal Air Force said => name=Royal Air Force
  - Air Force One landed
  - the Air Force Base

# Twenty-fifth session (claimants). Reacting or responding in a statement, a note or a post quoted after a colon
# ("The Forum reacted in a statement: 'With the return of Eli, 76 hostages remain'") is saying what is quoted: the
# verb speaks, and the quotation is its subject's (S_quote_byline_at reads the colon).
@rule en.cue.reacted_in_statement cue
  \b(?:react(?:ed|s)|respond(?:ed|s)|repl(?:ied|ies))(?=\s+(?:(?:today|yesterday|later|swiftly|quickly)\s+)?(?:in|with|through|via)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:short|brief|new|joint|written|formal)\s+)?(?:statement|note|message|post|communique|tweet)(?:\s+[\p{L}\-]+){0,4}?\s*:)
  + The Families Forum reacted in a statement: "76 hostages remain in Gaza." => _=reacted
  + the prosecutor's office responded yesterday with a short note: "40 were arrested" => _=responded
  - reacted in a statement released overnight
  - The Forum reacted: "76 hostages remain in Gaza."

# Twenty-fifth session (claimants). A single anonymous source of a named body ("according to a source at the
# National Prison Service", "a source in the Interior Ministry said") is no one known: kind unknown, named by the
# description as written (docs/corpus.md, "Unnamed officials": "fonte judicial", "fuente policial de Almaty").
# Plural sources of a body stay as they were: the gold writes them three ways.
@rule en.actor.single_named_source actor exact kind=unknown
  (?<![\p{L}])(?:[Aa]|[Aa]nother|[Oo]ne)\s+(?<name>source\s+(?:at|in|within|inside|from)\s+the\s+\p{Lu}[\p{L}\-]+(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}\-]+){0,6})(?![\p{L}])
  + according to a source at the National Prison Service, seven remain held => name=source at the National Prison Service
  + a source in the Interior Ministry said => name=source in the Interior Ministry
  - a source of income
  - sources at the Interior Ministry said
  - a source at the ministry
