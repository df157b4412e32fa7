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
  + os juízes tinham decretado a prisão preventiva de pelo menos 19 dos detidos => _=tinham decretado a prisão preventiva de
  + o juiz decretou prisão preventiva para 12 => _=decretou prisão preventiva para
  + 30 manifestantes vão dormir na cadeia => _=vão dormir na cadeia
  + 40 deles foram enviados para um campo de detenção => _=enviados para um campo de detenção
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
