# Portuguese: people sentenced to prison terms are held (sixteenth session; tests in tests/test_events16.c).
# Uma condenação a pena de prisão põe as pessoas lá dentro durante a pena: o número conta presos, não detenções
# ("42 pessoas foram condenadas a penas de um a seis dias de detenção", "condenou 30 ativistas a cinco anos de
# prisão", "encarcerados durante dois anos"). Preso sem pena continua a ser uma detenção; o
# particípio sozinho descreve as pessoas pela pena ("libertou 280 condenados a prisão perpétua"), sem verbo não conta.
# Este ficheiro carrega depois de verbs.pat: onde esta regra e a forma verbal de detenção cobrem a mesma palavra,
# ganha a regra carregada depois (recognize.c, S_resolve_overlaps).
@fragment TERM16 = (?:(?:entre|ate|de)\s+)?(?:(?:\d+|{NUMWORD})(?:\s+(?:e|a)\s+(?:\d+|{NUMWORD}))?\s+(?:anos|meses|dias)|prisao\s+perpetua)
@rule pt.held.sentenced trigger event=held verdict=1
  \b(?:(?:(?:foram|foi|tinham\s+sido|tinha\s+sido|haviam\s+sido|havia\s+sido|serao|sera|seriam|acabaram)\s+(?:condenad|sentenciad)[oa]s?)\s+a\s+(?:(?:penas?|prisao(?!\s+preventiva)|detencao|cadeia)\b|{TERM16})
     |(?:condenou|condenaram|condena|condenam|sentenciou|sentenciaram)(?=\s+(?:[\p{L}\d.,-]+\s+){1,5}?a\s+(?:penas?\s+de\s+)?(?:{TERM16}|(?:prisao|cadeia)\b))
     |(?:encarcerad|pres)[oa]s?\s+(?:durante|por)\s+{TERM16})
  + 42 pessoas foram condenadas a penas de um a seis dias => _=foram condenadas a penas
  - libertou 280 condenados a prisão perpétua
  + o tribunal condenou 30 ativistas a cinco anos de prisão => _=condenou
  + 12 ativistas presos durante três anos => _=presos durante três anos
  - 300 pessoas foram presas depois do protesto
  - 15 condenados à morte
