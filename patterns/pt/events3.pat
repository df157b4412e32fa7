# Portuguese event vocabulary found missing on the blind articles 60-73: capacities, warrants issued, people
# sitting or camped, the disappeared, people taken away, put in jail, prisoners who leave with a date between.

# What a building was made for is no count of people in it ("A Prisão Central, construída para 300 reclusos, …").
@rule pt.veto.built_for veto
  \b(?:construid|edificad|projetad|pensad|concebid|preparad)[oa]s?\s+para\s+(?:albergar\s+|acolher\s+|alojar\s+|receber\s+)?(?:(?:cerca\s+de|mais\s+de|ate|apenas|so)\s+)?(?:\d+(?:[.,\x20]\d{3})*(?:\s+(?:mil|milhoes))?|(?:{NUMWORD})(?:\s+(?:{NUMWORD}))*)
  + A Prisão Central, construída para 300 reclusos, já estava sobrelotada => _=construída para 300
  + É um prédio construído para 300 detentos. => _=construído para 300
  - 300 reclusos

# A building that houses people, or came to, holds them ("chegou a acolher cerca de 3.800", "alberga 5.000 presos").
@rule pt.held.housed trigger event=held
  \b(?:(?:cheg(?:ou|aram|a|am)|tinha\s+chegado|tinham\s+chegado)\s+a\s+(?:acolher|albergar|alojar|ter)|alberg(?:a|am|ava|avam)|aloj(?:a|am|ava|avam)|(?<=cadeias\s|prisoes\s|presidios\s|penitenciarias\s|centros\s)(?:tem|tinham|mantem|mantinham|detem|detinham))(?=\s+(?:(?:cerca\s+de|mais\s+de|quase|aproximadamente|perto\s+de)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + chegou a acolher cerca de 3.800 => _=chegou a acolher
  + a cadeia alberga 5.000 presos => _=alberga
  + no país as prisões têm cerca de 80.000 reclusos => _=têm
  - as prisões têm graves carências
  - alberga a sede da ONU

# A warrant issued is nobody arrested yet ("o juiz emitiu 83 mandados de prisão: contra 20 militares…"); the
# warrants served count arrests (pt.subject.warrants).
@rule pt.other.warrant_issued trigger event=none
  \b(?:emit(?:iu|iram|e|em)|exped(?:iu|iram|e|em)|decret(?:ou|aram)|pedi(?:u|ram)|solicit(?:ou|aram)|assin(?:ou|aram)|aprov(?:ou|aram))(?=\s+(?:\S+\s+){1,3}?mandados\s+de\s+(?:prisao|detencao|captura))
  + o juiz emitiu 83 mandados de prisão => _=emitiu
  - a PF cumpriu 93 mandados de prisão

# People sitting, camped or lying at a protest are no one held ("ainda restavam uma centena de pessoas sentadas").
@rule pt.other.posture trigger event=none
  \b(?:sentad[oa]s|acampad[oa]s|deitad[oa]s|de\s+pe|concentrad[oa]s)\b
  + ficaram cerca de cem pessoas sentadas em frente ao parlamento => _=sentadas
  + 200 pessoas acampadas na praça => _=acampadas
  - 200 presos

# The disappeared, the killed: "o desaparecimento dos 43 estudantes" counts no one released, held or arrested.
@rule pt.other.disappearance trigger event=none
  \b(?:desaparecimento(?:\s+forcado)?|assassinato|massacre|chacina|morte|execucao)\s+d(?:e|os|as)(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + os detidos pelo desaparecimento dos 43 estudantes => _=desaparecimento dos
  + o massacre de 72 migrantes => _=massacre de
  - o desaparecimento do filho

# Taken away ("levou cerca de 70 pessoas", "tinham levado esta manhã uma dúzia de jovens").
@rule pt.detention.took_away trigger event=detention
  \b(?:levou|levaram|(?:tinha|tinham|tem|teria)\s+levado)(?!\s+(?:a|ao|aos|as)\b)(?:\s+\S+){0,3}?(?=\s+(?:(?:cerca\s+de|pelo\s+menos|mais\s+de|uns|umas|outros|outras)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])|uma\s+(?:duzia|centena|dezena|vintena)|meia\s+(?:duzia|centena)))
  + o Exército levou cerca de 70 pessoas => _=levou
  + os agentes tinham levado esta manhã uma dúzia de jovens => _=tinham levado esta manhã
  - levou o filho
  - A mesma medida levou à libertação das duas integrantes

# Put in jail is an arrest, whatever "na cadeia" says alone ("meteu na cadeia um milhão de pessoas").
@rule pt.detention.put_in_jail trigger event=detention
  \b(?:meteu|meteram|meter|pos|puseram|colocou|colocaram|atirou|atiraram)\s+(?:na\s+(?:cadeia|prisao)|atras\s+das\s+grades)
  + meteu na cadeia um milhão de pessoas => _=meteu na cadeia
  - continuam na cadeia

# Leaving, with another figure or a date between ("saiu mais uma dúzia de detidos", "deixaram desde quinta-feira as
# prisões").
@rule pt.release.leave_more trigger event=release
  \b(?:saiu|sairam|(?:tinha|tinham)\s+saido)(?=\s+(?:(?:outr[oa]s?|mais)\s+)?(?:(?:(?:uma?|outr[oa]|meia)\s+)?(?:duzia|centena|dezena|vintena)|{LEAVE_NUM})\s+(?:de\s+)?(?:{PEOPLE_HELD}|{PEOPLE_DETAINED})\b)
    |\b(?:deixaram|abandonaram|sairam\s+d[aeo]s?)\s+desde\s+(?:a\s+|o\s+)?\S+\s+(?:a|as|o|os)\s+(?:prisao|prisoes|cadeias?|penitenciarias?|presidios?)
  + na quarta-feira saiu mais uma dúzia de detidos em Kankan => _=saiu
  + 83 reclusos deixaram desde quinta-feira as prisões de Black Beach => _=deixaram desde quinta-feira as prisões
  - saiu uma dúzia de manifestantes
