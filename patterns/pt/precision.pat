# Portuguese: figures that are no count of ours, or whose event word says something else (tenth session, precision).

# Asking for people to be freed says they are still held: "exigiu a libertação de 40 presos", "pedem que sejam
# soltos outros nove ativistas". The phrase, demand verb to release word, is longer than the release word inside
# it, so it replaces it; a release that did happen ("libertou 40") is said with a verb of its own.
@rule pt.held.demand trigger event=held demand=1 asks=1
  \b(?:exig(?:e|em|iu|iram|ia|iam|ir|indo|imos)|ped(?:e|em|iu|iram|ia|iam|ir|indo|imos)|reclam(?:a|am|ou|aram|ava|avam|ar|ando|amos)
     |solicit(?:a|am|ou|aram|ava|avam|ar|ando)|reivindic(?:a|am|ou|aram|ava|avam|ar|ando))\b
  (?:[\s,]+(?!(?:e|mas|embora|enquanto)\b)[^\s.;:,]+){0,4}?
  [\s,]+(?:(?:a|que\s+(?:sejam|seja|fossem)(?:\s+tambem)?)\s+)?(?:imediata\s+)?
  (?:libertacao|soltura|liberdade|libertar|soltar|libertad[oa]s|soltos|soltas|libertem|soltem)\b
  + a oposição exige a libertação de 35 presos políticos => _=exige a libertação
  + as famílias pedem que sejam soltos outros nove reclusos => _=pedem que sejam soltos
  + a ONG reclamou mais uma vez a soltura de 12 ativistas => _=reclamou mais uma vez a soltura
  + o comando exigia, entre outras coisas, a libertação de 15 reclusos => _=exigia, entre outras coisas, a libertação
  - o governo libertou 35 presos políticos
  - o juiz ordenou a libertação de 12 detidos
  - pediram desculpa e depois soltaram 20

# The demand named by a noun ("a sua principal exigência era a libertação de 300"): no verb whose subject asks.
@rule pt.held.demand_noun trigger event=held demand=1
  \b(?:exigencias?|reivindicac(?:ao|oes)|pedidos?|reclamac(?:ao|oes)|condic(?:ao|oes)|demandas?)\b
  (?:[\s,]+(?!(?:e|mas|embora|enquanto)\b)[^\s.;:,]+){0,4}?
  [\s,]+(?:(?:a|que\s+(?:sejam|seja|fossem)(?:\s+tambem)?)\s+)?(?:imediata\s+)?
  (?:libertacao|soltura|liberdade|libertar|soltar|libertad[oa]s|soltos|soltas|libertem|soltem)\b
  + a sua principal exigência era a libertação de cerca de 300 presos => _=exigência era a libertação
  + o pedido de libertação de 20 reféns foi recusado => _=pedido de libertação
  - o governo libertou 35 presos políticos
  - o juiz ordenou a libertação de 12 detidos
  - pediram desculpa e depois soltaram 20

# A figure that multiplies another is no count of people: "o número multiplicou-se por quatro", "multiplica por
# seis o número de detidos".
@rule pt.veto.multiplier veto
  \bmultiplic\w*(?:-se)?\s+(?:\S+\s+){0,3}?por\s+(?:\d[\d.,]*|{NUMWORD})\b
  + o boato multiplica por dez o número oficial de prisões
  + o número de presos multiplicou-se por 3 num ano
  - foram detidas dez pessoas

# People in hospital are counted for their injuries, not for custody: "seis polícias continuam hospitalizados",
# "quatro manifestantes internados no hospital".
@rule pt.other.hospital trigger event=none
  \b(?:(?:segu\w*|permanec\w*|continu\w*|estao|estavam|ficaram|foram)\s+)?
  (?:hospitalizad[oa]s|(?:internad|atendid|levad|transportad)[oa]s\s+(?:\S+\s+){0,2}?(?:hospital|hospitais|clinica|clinicas|centro\s+de\s+saude|centros\s+de\s+saude)|internad[oa]s\s+(?:\S+\s+){0,2}?em\s+estado\s+(?:(?:muito|considerado)\s+)?(?:grave|critico|serio|reservado|delicado))\b
  # twenty-ninth session: in hospital told by the patient's condition ("continuam internadas em estado grave")
  + três pessoas continuam internadas em estado considerado grave => _=continuam internadas em estado considerado grave
  + quatro bombeiros continuam hospitalizados desde domingo => _=continuam hospitalizados
  + 12 manifestantes permanecem internados no hospital central => _=permanecem internados no hospital
  + nove agentes foram levados para um hospital => _=foram levados para um hospital
  - 40 presos continuam internados na penitenciária
  - 12 detidos foram levados para a cadeia

# A march, a rally or a crowd of so many is no count of people held or freed: "uma marcha de cerca de 8.000
# pessoas".
@rule pt.other.crowd_of trigger event=none
  \b(?:marcha|manifestacao|concentracao|multidao|protesto|caravana|passeata|mobilizacao|vigilia)\s+(?:multitudinaria\s+)?de(?=\s+(?:cerca\s+de\s+|mais\s+de\s+|quase\s+|ate\s+|perto\s+de\s+)?(?:\d|(?:{NUMWORD})\b))
  + separaram-se de uma marcha de cerca de 8.000 pessoas => _=marcha de
  + uma multidão de 300 estudantes cercou a esquadra => _=multidão de
  - a marcha terminou com 30 detidos

# Dispersing a crowd is no arrest: "a polícia dispersou com gás cerca de 200 jovens" counts no one we count.
@rule pt.other.disperse trigger event=none
  \b(?:dispers(?:ou|aram|a|am|ava|avam|ar|ando)|dissolv(?:eu|eram|e|em)|repel(?:iu|iram|e|em))\b
  + a polícia dispersou com gás cerca de 200 jovens => _=dispersou
  + a tropa de choque repeliu centenas de manifestantes => _=repeliu
  - a polícia deteve 20 jovens
