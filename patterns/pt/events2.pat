# Portuguese event vocabulary found missing on text nobody here had read (the blind articles 44-47): prisoners who
# leave, states said with "ainda", negated events, charges, people taken away.

# Prisoners who leave are released ("mais de mil reclusos saíram dali a pé", "saíram 300 presos"): a held or
# detained people noun right before a verb of leaving, or that verb right before a count of such people. Going
# out to the yard or the streets is no release.
@fragment LEAVE_NUM = (?:(?:mais\s+de|cerca\s+de|quase|pelo\s+menos|ao\s+menos|uns|umas|outros|outras)\s+)?(?:\d[\d.,]*(?:\s+{MULT})?|(?:{NUMWORD})(?:\s+(?:{NUMWORD}))*)
@rule pt.release.leave trigger event=release
  \b(?:(?:{PEOPLE_HELD}|{PEOPLE_DETAINED})\s+(?:ja\s+|tambem\s+)?(?:sairam|saiu|saem|sairao|tinham\s+saido|haviam\s+saido|tenham\s+saido)
       (?!\s+(?:ao|a|as|aos|para\s+o|para\s+a|para\s+as)\s+(?:patio|patios|recreio|rua|ruas|corredor|refeitorio|julgamento|tribunal|praca)\b)
     |(?:sairam|tinham\s+saido|haviam\s+saido|saem|sairao)(?=\s+{LEAVE_NUM}\s+(?:{PEOPLE_HELD}|{PEOPLE_DETAINED})\b))
  + no domingo, mais de mil reclusos saíram dali a pé => _=reclusos saíram
  + da cadeia de Hama saíram 3.500 detidos => _=saíram
  + os 200 presos já saíram pelo portão principal => _=presos já saíram
  - os reclusos saíram para o pátio
  - cerca de 300 manifestantes saíram às ruas

# Leaving prison, whoever leaves ("saiu da prisão o opositor ... juntamente com outros 575 presos", "tinha saído
# da cadeia"): a release, as "left prison" is in English. Only finite forms: "pediu para sair da prisão" is a wish.
@rule pt.release.leave_prison trigger event=release
  \b(?:saiu|sairam|sai|saem|saira|sairao|(?:tinha|tinham|havia|haviam|tenha|tenham|tem|teriam)\s+saido)\s+(?:(?:hoje|ontem|finalmente|tambem)\s+)?(?:da\s+(?:prisao|cadeia|penitenciaria|casa\s+de\s+detencao)|do\s+(?:presidio|carcere|estabelecimento\s+prisional|centro\s+de\s+detencao))\b
  + Em 29 de maio saiu da prisão o opositor => _=saiu da prisão
  + a jornalista tinha saído da cadeia há dois anos => _=tinha saído da cadeia
  + saíram ontem do presídio 40 reclusos => _=saíram ontem do presídio
  - pediu para sair da prisão
  - a ideia de sair da prisão

# Free again, said with an adjective ("mais de 650 pessoas já ficaram livres"): a release; free of suspicion or
# guilt is no release.
@rule pt.release.left_free trigger event=release
  \b(?:ficaram|ficou|ficarao|ficara|(?:tinham|tinha|haviam|havia|tem|teriam|tenham)\s+ficado|estao|estavam)\s+(?:ja\s+|finalmente\s+)?(?:tod[oa]s\s+)?(?:ja\s+)?livres?\b(?!\s+de\s+(?:toda\s+|qualquer\s+)?(?:suspeita|culpa|responsabilidade))
  + mais de 650 pessoas já ficaram livres => _=ficaram livres
  + 40 reclusos tinham ficado livres na terça => _=tinham ficado livres
  + os 12 ativistas estão já livres => _=estão já livres
  + os dez pescadores estavam todos livres na segunda => _=estavam todos livres
  - ficou livre de qualquer suspeita

# Custody with its holder named ("tinha 3.800 sob a sua custódia", "em custódia policial"): held, as "sob custódia" is.
@rule pt.held.whose_custody trigger event=held
  \b(?:sob|em|na)\s+(?:a\s+)?(?:sua|nossa)\s+custodia\b|\bem\s+custodia\s+(?:policial|militar|do\s+estado)\b
  + o diretor disse que tinha 3.800 sob a sua custódia => _=sob a sua custódia
  + 40 pessoas continuam em custódia policial => _=em custódia policial
  - a custódia dos filhos

# A state said with "ainda" and no verb ("136.614 pessoas ainda detidas ou desaparecidas"), or people who stay
# locked in ("continuam trancados na esquadra"): held, not detained.
@rule pt.held.still trigger event=held
  \b(?:ainda\s+(?:pres|detid|encarcerad|retid|reclus|sequestrad|cativ|trancad)[oa]s
     |(?:seguem|permanecem|permaneciam|continuam|continuavam|estao|estavam)\s+(?:ainda\s+)?(?:trancad|encerrad|fechad)[oa]s)\b
  + pelo menos 136.614 pessoas ainda detidas ou desaparecidas => _=ainda detidas
  + 40 jovens continuam trancados na esquadra => _=continuam trancados
  - ainda não foram detidos

# Freedom regained with a possessive: "obtiveram a sua liberdade 328 pessoas", "recuperaram sua liberdade".
@rule pt.release.own_freedom trigger event=release
  \b(?:obtiveram|obteve|recuperaram|recuperou|recobraram|recobrou|ganharam|ganhou|reconquistaram|(?:tinham|haviam|tem)\s+(?:obtido|recuperado|recobrado|reconquistado))\s+(?:a\s+)?sua\s+liberdade\b
  + desde 1 de janeiro obtiveram a sua liberdade 328 pessoas => _=obtiveram a sua liberdade
  + 12 ativistas tinham recuperado sua liberdade => _=tinham recuperado sua liberdade
  - defenderam a sua liberdade de expressão

# An event denied for everyone counted is none of ours: "os 150 cidadãos estão bem e nenhum foi detido".
@rule pt.other.nobody trigger event=none
  \b(?:nenhum|nenhuma|ninguem)(?:\s+(?:deles|delas))?\s+(?:foi|foram|tinha\s+sido|tenha\s+sido|esta|estava|ficou)\s+(?:detid|pres|libertad|liberad|solt|capturad)[oa]s?\b
  + os 150 cidadãos estão bem e nenhum foi detido => _=nenhum foi detido
  + nenhum deles foi solto até agora => _=nenhum deles foi solto
  - foram detidos 20

# Charges are none of our events: "outros 32 foram indiciados", "retirou as acusações contra 46 deles".
@rule pt.other.charged trigger event=none
  \b(?:(?:foram|foi|tinham\s+sido|haviam\s+sido|serao)\s+(?:formalmente\s+)?(?:indiciad|acusad|denunciad)[oa]s?
     |(?:foram|foi)\s+constituid[oa]s?\s+arguid[oa]s?
     |(?:retir\w+|arquiv\w+|apresent\w+|formul\w+)\s+(?:as\s+)?(?:acusacoes|queixas|denuncias)\s+contra|acusacoes\s+contra(?={NUMSTART}))\b
  # twenty-ninth session: the active verb before the part charged ("O Ministério Público acusou 45 dos detidos")
  |\b(?:acus(?:ou|aram)|indici(?:ou|aram))(?={NUMSTART})
  + outros 32 foram indiciados por dano => _=foram indiciados
  + a procuradoria retirou as acusações contra 46 deles => _=retirou as acusações contra
  + O Ministério Público acusou 45 dos detidos => _=acusou
  - 32 acusados continuam presos

# An age is no count: "eram menores de 18", "menores de 16".
@rule pt.veto.minors_age veto
  \b(?:menores|menor)\s+de\s+\d{1,2}\b(?!\d|[.,]\d)
  + alguns eram menores de 18 => _=menores de 18
  - menores de 300 presos
