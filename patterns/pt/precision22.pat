# Português: o evento certo (sessão vinte e dois, precisão).

# A liberdade recuperada com um advérbio ou um dia no meio ("os dois reféns recuperaram ontem a liberdade",
# "reconquistaram finalmente a sua liberdade"): a libertação, como sem eles (pt.release.phrase). Só palavras de
# tempo e de modo, sem vírgula.
@rule pt.release.freedom_regained_later trigger event=release
  \b(?:recuperaram|recuperou|recobraram|recobrou|reconquistaram|reconquistou|obtiveram|obteve|(?:tinham|haviam|tem)\s+(?:recuperado|recobrado|reconquistado|obtido))\s+(?:(?:assim|ontem|hoje|anteontem|finalmente|enfim|tambem|ja|depois|entao|logo|esta\s+(?:manha|tarde|noite)|nest[ea]\s+(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:-feira)?)\s+){1,3}(?:a\s+sua|a|sua)\s+liberdade\b
  + os dois reféns recuperaram ontem a liberdade => _=recuperaram ontem a liberdade
  + 12 ativistas reconquistaram finalmente a sua liberdade => _=reconquistaram finalmente a sua liberdade
  - recuperaram ontem a confiança
  - obtiveram hoje a maioria

# Uma libertação recusada, afastada ou que não será discutida diz que continuam presos, como a que se exige
# (docs/corpus.md, as exigências): "o Governo não discutirá a libertação dos 21 presos", "recusou-se a libertar 40
# opositores", "rejeitou a soltura de 12 reclusos". A frase, do verbo à palavra de libertação, é mais longa que esta e
# substitui-a.
@rule pt.held.release_refused trigger event=held demand=1
  \b(?:recus(?:ou|aram|a|am|ava|avam|ar|ado)(?:-se)?(?:\s+a)?|(?:se\s+)?recus(?:ou|aram|a|am)\s+a|rejeit(?:ou|aram|a|am|ava|avam|ar|ado)|afast(?:ou|aram|a|am)
     |nao\s+(?:negociara|negociarao|negocia|negociava|discutira|discutirao|discute|aceitara|aceitarao|aceita|aceitou|aceitava))\b
  (?:[\s,]+(?!(?:e|mas|embora|enquanto)\b)[^\s.;:,]+){0,3}?
  [\s,]+(?:a\s+|qualquer\s+|toda\s+)?
  (?:libertacao|soltura|liberdade|libertar|soltar)\b
  + o Governo não discutirá a libertação dos 21 presos => _=não discutirá a libertação
  + a junta recusou-se a libertar 40 opositores => _=recusou-se a libertar
  + o tribunal rejeitou a soltura de 12 reclusos => _=rejeitou a soltura
  - o Governo negociou a libertação de 21 presos
  - rejeitou as acusações e anunciou a libertação de 12 presos
