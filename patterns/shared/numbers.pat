# Numbers written with digits, and the shapes of text whose digits are never counts of people.
# Rules here are compiled for every language, with that language's fragments ({MULT}, {PEOPLE}, {UNITS}).

# Digits with thousands grouping by dot, comma or space ("1.200", "1,200", "1 200"); a decimal ("1,2") only
# counts when a multiplier word follows ("1,2 mil"): numbers.c decides.
@rule number.digits number
  (?<![\d.,:/\w-])
  (?<num>\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)|\d{1,3}(?:\x20\d{3})+(?!\d)|\d+(?:[.,]\d+)?)
  (?![\d:/]|[.,]\d|-\p{L}|\x{00AA}|\x{00BA})
  (?:\s+(?<mult>{MULT})(?![\p{L}]))?
  + 400 people => num=400
  + al menos 1.200 presos => num=1.200
  + more than 1,200 detainees => num=1,200
  + unas 1 200 personas => num=1 200
  +[es] 1,2 mil presos => num=1,2; mult=mil
  +[pt] 2 mil presos => num=2; mult=mil
  +[en] 1.5 million people => num=1.5; mult=million
  - las 10:00 horas
  - el 23/12/2024
  - a 55-year-old man

@rule veto.percent veto
  \d+(?:[.,]\d+)?\s*(?:%|por\s+ciento|por\s+cento|percent\b|per\s+cent\b|pct\b)
  + 10% of the prisoners
  + el 45 por ciento
  + 12 por cento
  - 10 presos

# Currencies beyond the ones written in the rule (twenty-second session: "released on bail of 2 million rand" gave a
# release of two million): a figure of money counts no one, whatever the country. Words that are also nationalities
# or verbs after a figure ("bolivianos", "won") are left out.
@fragment CURRENCY
  rands?|yens?|yenes|ienes|rupees?|rupias|francs?|francos|dinars?|dinares|rials?|riales|riais|riyals?|nairas?|kwachas?|kwanzas|meticais|cedis|takas?|ringgits?|shekels?|sequeles|zlotys?|zlotis|quetzales|lempiras|colones|guaranies|soles|dirhams?|dirhames|pesetas|escudos|marcos|marks|kyats?|rupiahs?|afganis|afghanis?|tenges?|manats?|leks|birr|dalasis|lilangeni|emalangeni|pulas?

@rule veto.money veto
  (?<![\p{L}])(?:\$|€|£|us\$|r\$|usd|eur|brl|ves)\s*\d[\d.,]*(?:\s+{MULT})?
  | \d[\d.,]*\s*(?:{MULT}\s+)?(?:de\s+)?(?:dolares|dollars?|euros?|reais|real|bolivares|pesos|rublos|rubles|roubles|shillings|chelines|libras|pounds|cordobas|hryvnias?|grivnas|liras?|yuan|{CURRENCY})\b
  | \b(?:{NUMWORD})(?:\s+{MULT})?\s+(?:de\s+)?(?:dolares|dollars|euros|reais|bolivares|pesos|rublos|rubles|roubles|shillings|chelines|libras|pounds|cordobas|hryvnias|grivnas|liras|yuan|{CURRENCY})\b
  + $500
  +[es] 2 mil dólares
  + 10,000 shillings
  + R$ 1.500
  + £20
  +[en] bail of two million roubles
  +[es] una fianza de dos millones de rublos
  +[pt] fiança de dois milhões de reais
  +[en] released on bail of 2 million rand
  +[en] a fine of 50,000 rupees
  +[es] una multa de 3.000 quetzales
  +[pt] uma caução de 500 mil kwanzas
  +[es] un rescate de 20 millones de yenes
  -[en] two million people
  - 500 presos

@rule veto.time veto
  (?<=las\s|la\s|as\s|at\s|by\s|until\s)\d{1,2}\.\d{2}\b(?![.,]\d) | (?=\d)\b\d{1,2}\.\d{2}\s*(?:h|hs|horas|hrs)\b |
  (?=\d)(?:\b\d{1,2}(?::|h)\d{2}\b | \b\d{1,2}\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)(?!\w) | \b\d{1,2}\s+(?:horas|hrs|hora\s+local|horas\s+locales)\b) |
  (?<![^\n])\d{1,2}\.\d{2}(?=\s*[\x{2014}\x{2013}-]\s)
  + a las 10:00
  + às 21h30
  + at 9 a.m.
  + 21:30 hora local
  +[es] el toque de queda regirá desde las 22.00
  +[pt] o toque de recolher começa às 22.00
  +[en] the curfew starts at 22.00
  + 22.00 horas
  +[es] 07.00 — Otras dos personas quedan libres => _=07.00
  +[pt] 09.00 – Mais três reféns saíram do edifício => _=09.00
  +[en] 10.00 - Two more hostages walked out => _=10.00
  -[es] 2.000 — esa es la cifra de detenidos
  -[es] las 1.500 personas
  -[pt] as 1.500 pessoas
  - 21 presos

@rule veto.age veto
  (?=[\daei])(?:\b\d{1,3}-(?:year|ano|anos|año|años)s?(?:-old)?\b | \baged?\s+\d{1,3}\b | \b(?:age|edad|idade)\s+(?:of|de)\s+\d{1,3}\b | \b\d{1,3}\s+(?:years?\s+old|anos\s+de\s+idade|anos\s+de\s+edad|de\s+edad)\b)
  + a 55-year-old lawyer
  + aged 55
  +[en] people under the age of 18 who
  +[es] menores por debajo de la edad de 18 que
  +[pt] menores abaixo da idade de 18 que
  + 55 years old
  + 55 años de edad
  - 55 prisoners

# Two ages given together describe the people, they count no one: "Two men, aged 23 and 65, were refused bail",
# "The twelve, aged between 16 and 33, were detained", "de entre 16 y 33 años", "com idades entre 16 e 33 anos".
# Both figures are dropped (the second used to take the verb after the apposition).
@rule veto.age_pair veto
  (?=[aeid])(?:\baged\s+(?:between\s+|from\s+)?\d{1,3}\s*(?:and|to|-)\s*\d{1,3}\b | \b(?:idades?|edades?)\s+(?:entre|de)\s+\d{1,3}\s+(?:e|y|a)\s+\d{1,3}\b | \b(?:de\s+)?entre\s+(?:los\s+|os\s+)?\d{1,3}\s+(?:y|e)\s+(?:los\s+|os\s+)?\d{1,3}\s+(?:años|anos|ano|año)\b)
  +[en] Two men, aged 23 and 65, were refused bail => _=aged 23 and 65
  +[en] The twelve, aged between 16 and 33, were detained => _=aged between 16 and 33
  +[es] Los doce, de entre 16 y 33 años, fueron detenidos => _=de entre 16 y 33 años
  +[pt] Os doze, com idades entre 16 e 33 anos, foram detidos => _=idades entre 16 e 33
  +[es] jóvenes con edades de 15 a 17 años => _=edades de 15 a 17
  -[en] between 23 and 65 prisoners were freed
  -[es] entre 16 y 33 detenidos
  -[pt] entre 16 e 33 presos

@rule veto.age_apposition veto exact
  (?<=\p{L},\s)\d{1,3}(?=,\s)
  + Romero, 55, said
  - 55, 66 y 80
  - the government, 2,229 people

@rule veto.phone veto
  (?<![\p{L}])(?=[+(\d])(?:\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4} | \(\d{2,4}\)\s*\d{3,5}[\s.-]?\d{3,4} | \b0\d{2,4}[\s.-]\d{3}[\s.-]\d{3,4}\b | \b\d{3,4}-\d{4}\b)
  + llame al +58 212 555 1234
  + (0212) 555-1234
  + tel. 0800-1234
  - 1.200 presos

@rule veto.year veto
  (?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)(?!\s+(?:{PEOPLE}|{PEOPLE_OTHER}))
  | (?<=since\s|in\s|desde\s|en\s|em\s|de\s|del\s|from\s|until\s|hasta\s|ate\s|by\s|of\s)(?:19|20)\d\d(?![\d.,]\d)
  + in 2024
  + 2024-2025
  + Since 2019 political prisoners have reported torture
  -[es] 2024 presos políticos
  -[pt] 2024 presos políticos
  -[en] 2024 political prisoners

# A number in the name of a flight, an aircraft or a charter ("TWA Flight 847", "el vuelo 181", "a Carta 77",
# "a Boeing 727") counts nobody, even when the people of the story are named right after it ("Flight 847 hostages").
@rule veto.name_number veto exact
  (?<![\p{L}])(?:[Ff]light|[Vv]uelo|[Vv]oo|[Vv]ôo)\s+(?:[Nn](?:o|º|°)\.?\s*)?(?:[A-Z]{1,3}\x20?-?)?\d+(?![\d.,]\d)
  | \b(?:Charter|Carta)\s+\d+\b
  | \b(?:Boeing|Airbus|Tupolev|Ilyushin|Antonov|Fokker|Embraer|Lockheed|Douglas)\s+(?:[A-Z]{1,2}-?)?\d+
  +[en] TWA Flight 847 hostages freed in Damascus
  +[es] los 86 pasajeros del vuelo 181 de Lufthansa
  +[pt] os reféns do voo IC-814 da Indian Airlines
  +[pt] o VONS, ligado à Carta 77, contava uma dezena de presos
  +[en] a Boeing 727 with 120 passengers on board
  -[en] 847 hostages were taken off the flight
  -[es] una carta de 77 presos
  -[en] Charter flights took 120 prisoners home
  -[pt] o voo levou 120 presos

@rule veto.ordinal veto
  (?=\d)\b\d+(?:o|a|er|ro|do|to|vo|no|nd|rd|th|st)\b
  + the 6th night
  + el 3er día
  + a 2a fase
  - 6 presos

# A rate ("1.659 presos por 100 mil habitantes", "614 prisoners per 100,000 people") counts no people.
@rule veto.rate veto
  \d[\d.,]*(?:\s+\p{L}+){0,2}\s+(?:por|per|a\s+cada|por\s+cada|para\s+cada)\s+(?:cada\s+)?(?:100|cien|cem|one\s+hundred)(?:[.,\x20]?000|\s+mil|\s+thousand)\s+(?:habitantes|inhabitants|residents|people|personas|pessoas|population)
  +[pt] de 1.659 presos por 100 mil habitantes
  +[es] 1.200 presos por cada 100.000 habitantes
  +[en] 614 prisoners per 100,000 people
  - 1.659 presos en 100 cárceles
