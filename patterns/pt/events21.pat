# Português: held frente a detention (vigésima primeira sessão). A tomada de reféns e a ida à polícia são detention
# (a tomada, docs/corpus.md "Gold records"); o envio para um centro de detenção ou um campo é held (quem lá fica).

# A tomada com o número entre o verbo e "reféns": "fizeram 26 reféns", "afirmou ter tomado 182 reféns", "fez
# dezenas de reféns", com um advérbio de tempo ou aspas no meio ("fizeram esta manhã «cerca de 100 reféns»",
# vigésima terceira sessão). A frase inteira é a palavra de evento, e "reféns" dentro dela já não dá held.
@rule pt.detention.took_hostages trigger event=detention
  \b(?:fizeram|fez|fazem|faz|fazer|feito|tomaram|tomou|tomam|toma|tomar|tomado|tomada|fariam|faria)\s+(?:(?:esta\s+(?:manha|tarde|noite)|ontem|hoje|entao|ja|ainda|depois)\s+)?[\"\x{201C}\x{AB}]?(?:(?:cerca\s+de|mais\s+de|pelo\s+menos|quase|uns|umas|ao\s+menos)\s+)?(?:\d[\d.,]*|{NUMWORD}|(?:uma\s+|umas\s+)?(?:dezenas|centenas|centena|dezena|duzia))(?:\s+mil)?(?:\s+de)?(?:\s+[\p{L}-]+){0,2}?\s+refens\b
  + seis homens armados entraram no edifício e fizeram 26 reféns => _=fizeram 26 reféns
  + o grupo afirmou ter tomado 182 reféns => _=tomado 182 reféns
  + os sequestradores fizeram cerca de 40 passageiros reféns => _=fizeram cerca de 40 passageiros reféns
  + os atacantes fizeram esta manhã "cerca de 100 reféns" => _=fizeram esta manhã "cerca de 100 reféns
  - os 26 reféns fizeram uma declaração
  - fizeram 26 vítimas e libertaram os reféns

# Levados à polícia são detidos: "16 pessoas levadas ao Dops", "foram conduzidos à delegacia", "levados para a
# sede da Polícia Federal". Um corpo de polícia ou uma esquadra como destino diz a detenção (os presos levados para
# uma prisão ficam em pt.held.sent_to_prison).
@rule pt.detention.taken_to_police trigger event=detention
  \b(?:levad|conduzid|encaminhad)[oa]s\s+(?:(?:no\s+dia\s+\d+|ontem|hoje|de\s+madrugada|em\s+seguida)\s+)?(?:a|ao|para\s+a|para\s+o|ate\s+a|ate\s+o)\s+(?:dops|deops|doi-codi|deic|delegacias?|esquadras?|quartel|comissariado|posto\s+policial|sede\s+da\s+policia|superintendencia)\b
  + o centro registra 16 pessoas levadas ao Dops no dia 19 => _=levadas ao Dops
  + 30 estudantes foram conduzidos à delegacia => _=conduzidos à delegacia
  + 12 manifestantes levados para a sede da Polícia Federal => _=levados para a sede da Polícia
  - 12 feridos levados ao hospital

# Quem é levado ou enviado para um centro de detenção ou um campo fica lá: "cerca de 600 monges foram levados em
# abril para um centro de detenção", "transferidos para um campo de trabalho". Como pt.held.kept_after (fate=1), a
# frase pesa mais do que a palavra de detenção da própria cifra ou do destino ("detenção"). Não "levados para a
# cadeia": é assim que se conta também uma detenção (com a prisão como destino, o conjunto de validação cego ganhou
# um número falso em inglês).
@rule pt.held.sent_to_prison trigger event=held fate=1
  \b(?:levad|enviad|transferid|transportad|mandad|removid)[oa]s\s+(?:(?:em\s+[\p{L}]+|no\s+dia\s+\d+|depois|mais\s+tarde|em\s+seguida)\s+)?(?:para|a|ao|à)\s+(?:um|uma|o|a|os|as|uns)?\s*(?:centros?\s+de\s+(?:detencao|internamento)|campos?\s+de\s+(?:detencao|internamento|concentracao|reeducacao|trabalho|prisioneiros))\b
  + cerca de 600 monges foram levados em abril para um centro de detenção em Golmud => _=levados em abril para um centro de detenção
  + 40 presos foram transferidos para um campo de trabalho => _=transferidos para um campo de trabalho
  - 30 manifestantes foram levados para a cadeia
  - levados para o hospital
