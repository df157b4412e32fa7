# Portuguese: the ways people are said to be detained, and kidnapped (nineteenth session, detentionlex).
# Written from the ways journalists in Portugal and Brazil say an arrest and a kidnapping, not from corpus
# sentences: the kidnapper's verbs and nouns (raptar, o rapto / o sequestro de), the police's ways of taking
# people away (conduzir à delegacia ou à esquadra, algemar, recolher às celas, dar voz de prisão, a prisão de N),
# people recognised as victims of kidnapping or political imprisonment (the taking: detention, docs/corpus.md
# "Kidnappings and hostages"), and captors said to "deter" hostages, who hold them (held).

# A figure, perhaps after a qualifier, right after the phrase.
@fragment D19_NUM = (?=\s+(?:(?:pelo\s+menos|ao\s+menos|cerca\s+de|quase|mais\s+de|outros|outras|perto\s+de|uns|umas|ate)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])|(?:uma|um)\s+(?:centena|dezena|duzia|milhar|vintena)|dezenas|centenas|milhares))

# Active or passive: "um grupo armado raptou 45 estudantes", "foram raptadas", "o rapto de 45 alunas", "o sequestro
# de 45 alunos", "a polícia conduziu 45 pessoas à delegacia", "algemou 45 pessoas", "foram algemados", "recolhidos
# às celas", "deu voz de prisão a 45 pessoas", "receberam voz de prisão", "a prisão de 45 ativistas" (the arrest
# of; "a prisão de 45 anos" is a sentence, and units veto it).
@rule pt.detention.verbs19 trigger event=detention
  \b(?:(?:rapto|sequestro|sequestros|raptos)\s+de{D19_NUM}
     # a participle set off by a comma after the figure tells the people's past, not the claim's event: "continuam
     # sequestrados sete norte-americanos, raptados ao longo de 16 meses" (held)
     |(?:rapt(?:ou|aram|ar)|(?<!,\s)rapt(?:ado|ados|adas|ada))\b
     |conduz(?:iu|iram|ida|ido|idas|idos)\b(?=(?:\s+[\p{L}\d.,]+){0,5}?\s+(?:a|para\s+a|ao|para\s+o|as|aos)\s+(?:\p{L}+\s+)?(?:delegacia|delegacias|esquadra|esquadras|posto\s+policial|distrito\s+policial|sede\s+da\s+policia|comando|quartel|superintendencia)\b)
     |algem(?:ou|aram|ad[oa]s)\b
     |recolhid[oa]s\s+(?:a|as|ao|aos|para\s+(?:a|o|as|os))\s+(?:celas?|xadrez|prisao|cadeia|calabouco|carceragem)\b
     |(?:deu|deram|dao|dando|receberam|recebeu|recebem)\s+voz\s+de\s+prisao\b
     |(?:a|na|da|pela|com\s+a)\s+prisao\s+de{D19_NUM})
  + Um grupo armado raptou 45 estudantes => _=raptou
  + 45 pessoas foram raptadas na estrada => _=raptadas
  + O sequestro de 45 alunos chocou o país => _=sequestro de
  + o rapto de 200 raparigas => _=rapto de
  + A polícia conduziu 45 pessoas à delegacia => _=conduziu
  + 45 pessoas foram conduzidas à esquadra => _=conduzidas
  + A polícia algemou 45 pessoas => _=algemou
  + 45 pessoas foram algemadas e levadas em viaturas => _=algemadas
  + 45 pessoas foram recolhidas às celas => _=recolhidas às celas
  + A polícia deu voz de prisão a 45 pessoas => _=deu voz de prisão
  + 45 pessoas receberam voz de prisão => _=receberam voz de prisão
  + A prisão de 45 ativistas gerou protestos => _=A prisão de
  - o sequestro do avião
  - conduziu a reunião
  - a prisão de Lula
  - recolhidos ao hospital
  - continuam sequestrados sete norte-americanos, raptados ao longo de 16 meses

# People recognised as victims of kidnapping or political imprisonment were taken: "reconheceu 45 vítimas de prisão
# política", "45 pessoas foram vítimas de sequestro".
@rule pt.detention.victims_of19 trigger event=detention
  \bvitimas\s+de\s+(?:(?:prisao|detencao|encarceramento)(?:\s+(?:politica|arbitraria|ilegal))?|sequestros?|raptos?)\b
  + A Comissão reconheceu 45 vítimas de prisão política => _=vítimas de prisão política
  + 45 pessoas foram vítimas de sequestro => _=vítimas de sequestro
  - vítimas da repressão

# Captors who "detêm" hostages hold them: "as FARC detêm cerca de 700 reféns", "calculam que detenham 700 reféns".
# The whole phrase, figure and noun, is the event word, longer than the arrest verb inside it.
@rule pt.held.captors_hold19 trigger event=held
  \b(?:detem|detinha|detinham|detenha|detenham|deteria|deteriam|detiveram)\s+(?:(?:ainda|hoje|cerca\s+de|mais\s+de|pelo\s+menos|perto\s+de|quase|uns|umas)\s+)*(?:\d[\d.,]*|{NUMWORD})(?:\s+mil)?\s+(?:refens|sequestrad[oa]s|cativos)\b
  + as FARC detêm cerca de 700 reféns => _=detêm cerca de 700 reféns
  + calculam que detenham cerca de 700 reféns => _=detenham cerca de 700 reféns
  - a polícia deteve 45 pessoas

# Leads where the arrested themselves rise to a figure: "os detidos já são 45" is pt.subject.figure's; "as detenções
# sobem para 45", "os presos ultrapassam os 300" (pt.subject.exceeds) and "os detidos chegam a 45".
@rule pt.subject.arrests_rise19 subject pre=1 event=detention
  \b(?:os\s+|as\s+)?(?:detidos|detidas|detencoes|prisoes|capturas)\s+(?:ja\s+)?(?:sobem|subiram|chegam|chegaram|ascendem|ascenderam|somam|somavam|atingem|atingiram|rondam)(?:\s+ja)?(?:\s+(?:para|a|aos|as))?(?:\s+(?:os|as|cerca\s+de|quase|mais\s+de))?(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])|(?:uma|um)\s+(?:centena|milhar)))
  + as detenções sobem para 45 => _=as detenções sobem para
  + os detidos chegam a 45 => _=os detidos chegam a
  - os detidos chegam ao tribunal

# Giving oneself up, in the compound tenses and with reporting to the police (pt.detention.surrender has the simple
# forms): "sete condenados tinham se entregado", "os foragidos haviam-se rendido", "12 se apresentaram à Polícia
# Federal" (reporting to a police body or a prison on a warrant is the start of custody).
@rule pt.detention.surrender19 trigger event=detention
  \b(?:(?:se\s+)?(?:tinham|haviam|tem|têm|tenham|tinha|havia)(?:-se)?\s+(?:se\s+)?(?:entregado|rendido)
     |(?:se\s+apresent(?:aram|ou|am|aria|ariam)|apresent(?:aram|ou)-se|(?:tinham|haviam)\s+se\s+apresentado)\s+(?:a|na|ao|perante\s+a|perante\s+o)\s+(?:policia(?:\s+federal)?|pf|justica|delegacia|superintendencia|autoridades|prisao|penitenciaria|cadeia|presidio)\b
     # convicts and the wanted who report, with no place said, report to custody
     |(?<=condenados\s|reus\s|foragidos\s|procurados\s|sentenciados\s|arguidos\s)(?:ja\s+)?(?:(?:tinham|haviam)\s+se\s+apresentado|se\s+apresentaram|apresentaram-se))\b
  + sete condenados tinham se entregado até a noite => _=tinham se entregado
  + 12 se apresentaram à Polícia Federal => _=se apresentaram à Polícia Federal
  - os 12 se apresentaram ao público
  + sete condenados tinham se apresentado, segundo a PF => _=tinham se apresentado
  - os sete cantores tinham se apresentado no festival
