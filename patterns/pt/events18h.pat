# Português: o que foi das pessoas presas, dito como a sua custódia (décima oitava sessão, held frente a detention).
# O gold conta quem fica preso depois da detenção (em prisão preventiva por ordem do juiz, a dormir na cadeia,
# enviado para um campo) como held, diga o que disser o nome de como lá chegou (docs/corpus.md, "Gold records");
# fate=1 deixa a frase pesar mais do que a palavra de detenção do próprio número (counts.c).

# "os juízes tinham decretado a prisão preventiva de pelo menos 19 dos detidos", "dormem já na cadeia", "enviados para
# um campo de detenção".
@rule pt.held.kept_after trigger event=held fate=1
  \b(?:decretou|decretaram|decreta|decretam|ordenou|ordenaram|(?:tinha|tinham|havia|haviam|tem|teem)\s+(?:decretado|ordenado))\s+(?:a\s+)?prisao\s+preventiva\s+(?:de|a|para|contra)\b
  |\b(?:dormem|dorme|dormirao|dormira|dormiam|dormiram|(?:vao|vai|irao)\s+dormir)\s+(?:ja\s+|hoje\s+|esta\s+noite\s+)?(?:na|nas|no|nos|numa|em)\s+(?:prisao|cadeia|celas?|carcere|calaboucos?)\b
  |\benviad[oa]s\s+para\s+(?:um|o|os|uns)\s+campos?\s+de\s+(?:detencao|internamento|concentracao|reeducacao|trabalho)\b
  # twenty-ninth session: moved on to a prison ("297 dos detidos foram transferidos para o presídio")
  |\b(?:enviad|transferid|levad|conduzid|encaminhad|recolhid|removid)[oa]s\s+(?:ja\s+|depois\s+|entao\s+)?(?:para|a|ao|aos|as|em|no|na|nos|nas)\s+(?:(?:o|a|os|as|um|uma|varias|diferentes)\s+)?(?:prisao|prisoes|cadeia|cadeias|presidios?|penitenciarias?|carcere|estabelecimentos?\s+prisiona(?:l|is))\b
  # twenty-ninth session: left at a court's or prosecutor's disposal, that is kept for them ("89 dos detidos ficaram à
  # disposição da Justiça", "foram colocados à disposição do Ministério Público")
  |\b(?:ficaram|ficam|ficavam|ficou|fica|ficarao|(?:foram|sao|tinham\s+sido)\s+(?:colocad|postos|post)[oa]?s?)\s+(?:a|as)\s+(?:ordem|disposicao)\s+(?:d[ao]s?)\s+(?:juiz|juiza|juizes|justica|tribuna(?:l|is)|ministerio\s+publico|procuradoria|autoridades?\s+judicia(?:l|is)|vara)\b
  + os juízes tinham decretado a prisão preventiva de pelo menos 19 dos detidos => _=tinham decretado a prisão preventiva de
  + o juiz decretou prisão preventiva para 12 => _=decretou prisão preventiva para
  + 30 manifestantes vão dormir na cadeia => _=vão dormir na cadeia
  + 40 deles foram enviados para um campo de detenção => _=enviados para um campo de detenção
  + 297 dos detidos foram transferidos para o presídio de Bangu => _=transferidos para o presídio
  + os restantes foram levados para a cadeia de Custóias => _=levados para a cadeia
  + 89 dos detidos ficaram à disposição da Justiça => _=ficaram à disposição da Justiça
  + 30 foram colocados à disposição do Ministério Público => _=foram colocados à disposição do Ministério Público
  - foram transferidos para o hospital
  - dormem no abrigo
  - o juiz decretou a libertação de 19

# "ao amanhecer, mais de 200 pessoas já estavam nas celas": a custódia alcançada "já", numa operação em curso, é a
# contagem das detenções feitas até então (detention); o estado sem mais ("estavam sob custódia") continua held.
@rule pt.detention.already_in_custody trigger event=detention
  \b(?:ja\s+(?:estavam|estao|se\s+encontravam)|(?:estavam|estao|se\s+encontravam)\s+ja)\s+(?:sob\s+custodia|nas\s+celas|em\s+celas)\b
  + mais de 200 pessoas já estavam nas celas => _=já estavam nas celas
  + 40 estavam já sob custódia => _=estavam já sob custódia
  - 40 continuavam sob custódia
  - já estão em prisão preventiva
