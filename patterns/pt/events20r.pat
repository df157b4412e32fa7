# Portuguese: releases told by the way out, and arrests told by where people ended up (twentieth session). Written
# from the ways journalists say it, then checked against the corpus for new false claims. Each phrase is a trigger
# longer than any event word inside it, deciding by "The event" (docs/design.md).

# Captives who get out: "cinco reféns conseguiram sair esta segunda-feira", "os sequestrados saíram pela porta das
# traseiras". Only after a noun of people held by captors: prisoners go out to the yard, and "saíram da prisão" is
# pt.release.leave_verb's. A captive at a window is still inside.
@fragment R20_REFENS = (?<=refens\s|sequestrados\s|sequestradas\s|cativos\s|retidos\s|refens\srestantes\s)
@rule pt.release.captives_out20 trigger event=release
  {R20_REFENS}(?:(?:ja|todos|finalmente|por\s+fim)\s+)?(?:(?:tinham|haviam|tem|ja)\s+)?(?:(?:conseguiram|puderam|conseguiu|pode|podem|conseguido|podido)\s+)?(?:sair|sairam|saiu|saem|sai|saido|sairao|sairiam)\b(?!\s+(?:a|a\s+|para|para\s+a|ao)\s*(?:janela|janelas|varanda|telhado|patio|terraco|porta))
  + cinco reféns conseguiram sair esta segunda-feira => _=conseguiram sair
  + os 12 sequestrados saíram pela porta das traseiras => _=saíram
  - os reféns saíram à janela com cartazes
  - seis presos saíram para o pátio

# Captives brought off a plane or a ship: "mais de 4.000 prisioneiros desembarcaram em Lisboa", "os reféns desceram
# do avião". Only after a noun of people held (passengers and troops land too).
@fragment R20_CATIVOS = (?<=refens\s|presos\s|prisioneiros\s|sequestrados\s|detidos\s|cativos\s|reclusos\s|retidos\s|libertados\s|soltos\s)
@rule pt.release.captives_landed20 trigger event=release
  {R20_CATIVOS}(?:(?:ja|todos|finalmente|por\s+fim)\s+)?(?:desembarc(?:aram|ou|am|arao|avam)|(?:tinham|haviam|tem)\s+desembarcado|(?:desceram|desceu|(?:tinham|haviam)\s+descido)\s+(?:do|dos|da)\s+(?:aviao|avioes|aparelho|navio|barco|helicoptero|autocarro|onibus))\b
  + mais de 4.000 prisioneiros desembarcaram em Lisboa => _=desembarcaram
  + vinte reféns desceram do avião em Frankfurt => _=desceram do avião
  - três mil soldados desembarcaram na praia
  - vinte turistas desceram do avião

# Where people ended up: "45 pessoas foram parar à esquadra", "cerca de 300 manifestantes acabaram na esquadra",
# "foram parar no xadrez": being taken there, an arrest (not "continuam na cadeia", which is held).
@fragment R20_CUSTODIA = (?:(?:a|as|o|os|na|nas|no|nos|numa|num|em|ao|aos|uma|um)\s+)?(?:esquadras?|delegacias?|cadeias?|prisao|prisoes|celas?|calaboucos?|xadrez|carceragem|posto\s+(?:da\s+)?policial?|instalacoes\s+policiais|comando\s+(?:da\s+)?policia)\b
@rule pt.detention.ended_up20 trigger event=detention
  \b(?:foram|foi|tinham\s+ido|haviam\s+ido|vao|irao|acabaram\s+por\s+ir)\s+parar\s+(?:a|a\s+|na|no|nas|nos|em|ao|aos|as)\s*{R20_CUSTODIA}
  | \b(?:acabaram|(?:tinham|haviam|tem)\s+acabado|acabarao|terminaram|(?:tinham|haviam)\s+terminado)\s+(?:(?:na|no|nas|nos|em|numa|num)\s+{R20_CUSTODIA}|atras\s+das\s+grades)
  + 45 pessoas foram parar à esquadra => _=foram parar à esquadra
  + cerca de 300 manifestantes acabaram na esquadra => _=acabaram na esquadra
  + 120 jovens foram parar no xadrez => _=foram parar no xadrez
  - a discussão acabou na esquadra de bairro
  - 30 presos continuam na cadeia
