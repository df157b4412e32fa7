# Portuguese event vocabulary found missing on the unseen articles 79-98 (tenth session, recall): custody said with
# a place ("passaram pelas celas", "em prisões turcas"), internment, and time spent in custody.

# Passing through a place of custody is being detained there: "cerca de 2.000 pessoas passaram pelo campo de
# concentração", "pelas esquadras passaram 800 manifestantes". Passing through a border, a town or a parliament is
# none of this.
@rule pt.detention.passed_through trigger event=detention
  \b(?:passaram|passavam|passam|passarao|passariam|(?:tinham|haviam|teriam)\s+passado)\s+(?:por|pel[oa]s?)\s+(?:(?:aquel[ea]s?|ess[ea]s?|est[ea]s?|su[ao]s?)\s+)?(?:{PRISON_PLACE}|esquadras?|delegacias?|celas|campos?\s+de\s+(?:concentracao|detencao|internamento|prisioneiros))\b
  + cerca de 2.000 pessoas passaram pelo campo de concentração => _=passaram pelo campo de concentração
  + 800 manifestantes tinham passado pelas celas => _=tinham passado pelas celas
  + perto de 300 jovens passaram por delegacias => _=passaram por delegacias
  - 40.000 viajantes passaram pela fronteira
  - a lei passou pelo Congresso

# Internment in a camp or a prison is a detention: "3.000 pessoas foram internadas em campos", "o internamento de
# 600 homens num campo". Alone, "internados" is said of hospital patients, and is none of ours.
@rule pt.detention.interned trigger event=detention
  \b(?:(?:foram|tinham\s+sido|seriam|serao|eram)\s+internad[oa]s\s+(?:em|n[oa]s?|num|numa)\s+(?:(?:{PRISON_PLACE})|campos?\b(?!\s+de\s+(?:futebol|refugiados)))|internamento\s+de{NUMSTART}(?=[^.;]{0,60}?\b(?:campos?|prisao|prisoes|cadeias?)\b))
  + 3.000 pessoas foram internadas em campos => _=foram internadas em campos
  + o internamento de 600 homens num campo militar => _=internamento de
  - 12 feridos foram internados no hospital
  - 30 pessoas foram internadas na UTI

# People in a state's prisons are held there: "uns 7.000 curdos estão em prisões turcas", "40 ativistas estão agora em
# cadeias do Estado". The dead in prisons are counted for their death.
@rule pt.held.in_prisons trigger event=held
  (?<!mortos\s)(?<!mortas\s)(?<!falecidos\s)\b(?:(?:estao|estavam|se\s+encontram|encontram-se|se\s+encontravam)\s+(?:(?:{VERB_GAP})\s+)?)em\s+(?:prisoes|cadeias|presidios|penitenciarias|carceres|esquadras|delegacias|centros\s+de\s+(?:detencao|internamento))\b
  + uns 7.000 curdos estão em prisões turcas => _=estão em prisões
  - 39 palestinos detidos em prisões israelenses foram libertados
  + 40 ativistas estão atualmente em cadeias do Estado => _=estão atualmente em cadeias
  + 300 migrantes encontram-se em centros de detenção => _=encontram-se em centros de detenção
  - motins em 14 presídios
  - 40 mortos em prisões

# Time spent in custody says people are held: "124 pessoas estavam há mais de cinco anos detidas", "62 homens
# passaram dez anos na prisão sem julgamento" (said of people still there or just out: held at the time).
@rule pt.held.spent_years trigger event=held
  \b(?:(?:estao|estavam|est[aã]o)\s+ha|(?:tem|tinham|haviam)\s+passado|levam|levavam)\s+(?:(?:mais\s+de|quase|pelo\s+menos|cerca\s+de|uns|umas|ate)\s+)?(?:[\p{L}\d]+\s+)?(?:anos|ano|meses|mes|semanas|dias|decadas)\s+(?:pres[oa]s|detid[oa]s|encarcerad[oa]s|fechad[oa]s|reclus[oa]s|sequestrad[oa]s|(?:em|n[ao])\s+(?:{PRISON_PLACE})|atras\s+das\s+grades)\b
  + 124 pessoas estavam há mais de cinco anos detidas => _=estavam há mais de cinco anos detidas
  + 62 homens tinham passado dez anos na prisão sem julgamento => _=tinham passado dez anos na prisão
  + uns 40 estão há dois anos atrás das grades => _=estão há dois anos atrás das grades
  - estão há dois anos no cargo

# A figure set by a verb ("o ministro situou o número em 5.000", "a polícia fixou-o em 86", "o número que deram foi
# 152"): the figure of the people the text is about, as "o número é" (pt.subject.figure) says; its event comes from
# the sentence or the figure before it.
@rule pt.subject.figure_set subject pre=1 frame=1 says=1
  \b(?:(?:situ|fix|coloc|estim|calcul|corrigi|atualiz|actualiz|revi)\w*\s+(?:(?:{VERB_GAP})\s+)?(?:o\s+numero|a\s+cifra|o\s+total|o\s+balanco)(?:\s+[\p{L}-]+){0,4}?\s+(?:em|nos|nas)
     |(?:situ|fix|coloc)\w*-o\s+(?:(?:{VERB_GAP})\s+)?(?:em|nos|nas)
     |(?:o\s+numero|a\s+cifra|o\s+total|o\s+balanco)\s+que\s+(?:[\p{L}-]+\s+){0,2}?(?:deu|deram|da|dao|ofereceu|ofereceram|publicou|publicaram|citou|citaram|divulgou|divulgaram)\s+(?:[\p{L}-]+\s+){0,2}?(?:e|era|foi)(?:\s+de)?)(?=\s+"?(?:[\p{L}-]+\s+){0,3}?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + o ministro situou ontem o número em 5.000 => _=situou ontem o número em
  + a polícia fixou-o em 86 => _=fixou-o em
  + o número que deu o ministério foi de 152 => _=o número que deu o ministério foi de
  - situou a sede em Lisboa
  - o número de mortos

# "Prisões" after a figure is arrests ("houve menos de 300 prisões", "a polícia fez 46 novas prisões"), not
# prisons, unless a preposition of place or an article puts the prisons there ("libertados em 3 prisões", "nas 12
# prisões do estado"): the word left the units list for this pair of rules.
@rule pt.veto.prisons veto
  # "a operação resultou em 45 prisões" counts arrests, not prisons (nineteenth session, detentionlex)
  (?<!resultou\s|resultaram\s|resulta\s|resultam\s|resultando\s|resultar\s)\b(?:em|nas|nos|das|dos|pelas|pelos|entre|para|as|outras|todas\s+as|d?est[ae]s|d?ess[ae]s|(?<!menos\s|mais\s|cerca\s|perto\s|acima\s|torno\s|volta\s|baixo\s)de)\s+(?:\d[\d.]*|(?:{NUMWORD}))\s+(?:(?:diferentes|distintas|grandes|novas|pequenas)\s+)?(?:prisoes|prisao)\b
  + libertados em 3 prisões => _=em 3 prisões
  + presos nas 12 prisões do estado => _=nas 12 prisões
  + motins em duas prisões => _=em duas prisões
  + os presos foram libertados de 12 prisões => _=de 12 prisões
  - houve cerca de 300 prisões
  - houve menos de 300 prisões
  - a operação resultou em 45 prisões
@rule pt.detention.prisoes trigger event=detention
  (?<=\d\s|mil\s|mil\s\s)(?:nov[ao]s\s+)?pris(?:oes|ao)\b
  + houve menos de 300 prisões em todo o país => _=prisões
  + a polícia fez 46 novas prisões => _=novas prisões
  + quase mil prisões de manifestantes => _=prisões
  + a operação resultou em 45 prisões => _=prisões
  - libertados da prisão

# A figure stated as what a count exceeds ("o total de detidos já passa de 250", "as detenções ultrapassam as 3
# mil"): the figure of the people or acts named before it; the event comes from the sentence ("não passam de" is
# pt.subject.may_number).
@rule pt.subject.exceeds subject pre=1
  (?<!nao\s)\b(?:(?:{VERB_GAP})\s+)?(?:passa(?:m|va|vam|ram|ria|riam)?\s+de|ultrapassa(?:m|va|vam|ram|ria|riam)?|supera(?:m|va|vam|ram|ria|riam)?|excede(?:m|ram)?)(?:\s+(?:os|as))?(?=\s*"?\s*(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + o total de detidos já passa de 250 => _=já passa de
  + as detenções ultrapassam as 3 mil => _=ultrapassam as
  - as detenções não passam de 3 mil
  - ultrapassa os limites
