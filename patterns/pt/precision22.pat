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

# O que aconteceu a uma parte dos contados não é o que aconteceu a todos: "entre os detidos estavam 596 monges, a
# maioria dos quais já regressou aos mosteiros". A relativa de uma parte ("a maioria / muitos / alguns dos quais")
# mascara as suas palavras de evento (mask=1); a contagem toma o evento do resto da frase. "todos os quais" é o todo.
@rule pt.mask.part_of_whom trigger event=none mask=1
  \b(?:a\s+maioria|muitos|muitas|alguns|algumas|varios|varias|metade|boa\s+parte|parte|dezenas|centenas|milhares)\s+d(?:os|as)\s+quais\b[^.;:,()]{0,80}
  + 596 monges, a maioria dos quais já regressou aos mosteiros => _=a maioria dos quais já regressou aos mosteiros
  + 300 pessoas, muitas das quais foram depois libertadas => _=muitas das quais foram depois libertadas
  - 300 pessoas, todas as quais foram libertadas

# Pessoas dentro do lugar onde são retidas, ditas antes da palavra de estado ("Dentro daquela escola havia mais de mil
# pessoas"): o estado, como "restam 40 pessoas lá dentro" (STATE_CROWD, pt/events.pat, pede a custódia depois).
@rule pt.held.state_inside trigger event=held state=1
  \bdentro\s+(?:d[aoe]s?|daquel[ae]s?|dess[ae]s?|dest[ae]s?|do|da)?\s*(?:[\p{L}-]+\s+){0,3}?(?:ha|havia|restam|restavam|existem|existiam)\b(?=\s+(?:[\p{L}]+\s+){0,2}?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + Dentro daquela escola havia mais de mil pessoas => _=Dentro daquela escola havia
  - dentro de dois dias há eleições
