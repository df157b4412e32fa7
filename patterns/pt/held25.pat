# Portuguese: people sentenced to prison, in the forms verdicts.pat does not read (twenty-fifth session, "held25";
# tests in tests/test_held25.c). A verdict that sends people to prison counts people held (docs/corpus.md, "Gold
# records"); pt.held.sentenced reads the simple past and the passive, not the compound past with "ter"/"haver"
# ("diz ter condenado 297 à prisão", "já tinha condenado 50 ativistas a penas de prisão") nor the noun ("a
# condenação de 127 moradores a penas de prisão"). Both must reach a prison term ("a/à prisão", "a penas de",
# "a N anos") within a few words, so a sentence to death, to a fine or to community work makes no count.
@fragment TERM25 = (?:(?:entre|ate|de)\s+)?(?:(?:\d+|{NUMWORD})(?:\s+(?:e|a)\s+(?:\d+|{NUMWORD}))?\s+(?:anos|meses|dias)|prisao\s+perpetua)
@fragment TO_PRISON25 = a\s+(?:penas?\b(?!\s+(?:de\s+)?(?:multa|morte|trabalho|servico|prestacao|suspensa))|(?:{TERM25}|(?:prisao(?!\s+preventiva|\s+domiciliar)|cadeia|reclusao)\b))
@rule pt.held.sentenced_perfect trigger event=held verdict=1
  \b(?:ter|tem|tinha|tinham|teria|teriam|tera|terao|havia|haviam|haver|hao)\s+(?:condenado|sentenciado)(?=\s+(?:[\p{L}\d.,-]+\s+){1,6}?{TO_PRISON25})
  + A justiça diz ter condenado 297 à prisão pelos protestos => _=ter condenado
  + o tribunal já tinha condenado 50 ativistas a penas de prisão => _=tinha condenado
  + o juiz tinha condenado 12 manifestantes a três anos de cadeia => _=tinha condenado
  - o tribunal tinha condenado 12 réus a penas de multa
  - o tribunal diz ter condenado 12 réus à morte
  - a polícia diz ter detido 297 pessoas
@rule pt.held.sentencing_noun trigger event=held verdict=1
  (?<=\ba\s|\bas\s|\bda\s|\bdas\s|\bna\s)(?:condenacao|condenacoes|sentenca)(?=\s+de\s+(?:[\p{L}\d.,-]+\s+){1,12}?{TO_PRISON25})
  + o tribunal anunciou a condenação de 127 moradores dos bairros de La Güinera e Toyo a penas de prisão => _=condenação
  + depois da condenação de 40 ativistas a cinco anos de prisão => _=condenação
  - a condenação de 127 réus a penas de multa
  - a condenação de 12 militares à morte
  - a condenação do regime pela comunidade internacional

# A prison population that a verb of estimating sets at a figure (twenty-fifth session): "o ministério estimou em
# 88.521 a população prisional", "estimava a população prisional em 88.521 pessoas". pt.subject.population reads the
# population as the subject of a verb of being ("a população prisional era de"); here it is the object, before the
# figure or after it, and names the people held as well.
# "detainees", "detenidos", "detidos" and pt "presos" may name people just arrested ("The group put the number of
# detainees at 450" after a day of arrests is a detention: tests/test_detnoun23.c): not in the list.
@fragment POP25 = (?:populacao\s+(?:prisional|carceraria|reclusa|penitenciaria)|numero\s+de\s+(?:reclusos|prisioneiros))
@fragment ESTIMATE25 = (?:estim|calcul|fix|situ|cifr|contabiliz|avali)(?:ou|ava|a|am|aram|avam)
@rule pt.subject.population_set subject pre=1 event=held
  \b{ESTIMATE25}\s+(?:a|o)\s+{POP25}(?:\s+(?:do|da|no|na|dos|das)\s+[\p{L}-]+){0,2}\s+em(?=\s+(?:\d|cerca\s|mais\s|menos\s|quase\s|aproximadamente\s))
  + o ministério estimava a população prisional em 88.521 pessoas => _=estimava a população prisional em
  + a ONG calculou o número de reclusos do país em cerca de 1.200 => _=calculou o número de reclusos do país em
  - estimou a população prisional em crescimento
@rule pt.subject.population_after subject event=held
  (?<=\d\s|\d\sa\s)(?:{POP25})\b
  + estimou em 88.521 a população prisional do país => _=população prisional
  - a população prisional do país
