# Portuguese: figures that count no one held, freed or detained (twenty-fifth session, precision).

# The dead among the held or freed: "pelo menos 43 deles já não estão vivos", "encontrados mortos", "entregou os
# corpos de outros oito", "confirmou a morte de pelo menos 41 deles". Such a figure counts the dead: a count bound
# to these words gives no record (events.pat's pt.other.verb has "mortos", "morreram"; these are what it lacks).
@rule pt.other.dead25 trigger event=none
  \b(?:(?:ja\s+)?nao\s+(?:estao|estavam|seguem|continuam)\s+(?:com\s+vida|vivos|vivas)
     |(?:foram\s+|tinham\s+sido\s+)?(?:encontrad|achad)[oa]s\s+(?:sem\s+vida|mort[oa]s))
  + acredita-se que pelo menos 43 deles já não estão vivos => _=já não estão vivos
  + quatro presos retirados foram encontrados mortos dentro do caminhão => _=foram encontrados mortos
  - 43 deles continuam com vida
  - 120 reféns continuam retidos

# The bodies handed back or the deaths confirmed are counted by a figure that counts no living person ("entregou os
# corpos de outros oito", "confirmou a morte de pelo menos 41 deles"): a veto on the figure alone (\K), so a count
# before it keeps its own word.
@rule pt.veto.dead_count25 veto
  \b(?:(?:corpos|cadaveres|restos\s+mortais)\s+d(?:e|os|as)(?:\s+(?:outros|outras))?|(?:morte|mortes|assassinato)\s+de\s+(?:pelo\s+menos|mais\s+de|cerca\s+de|outros|outras|ao\s+menos))\s+\K(?:\d+(?:[.,]\d{3})*|(?:{NUMWORD})(?![\p{L}]))
  + libertou 25 reféns e entregou os corpos de outros oito => _=oito
  + o Exército confirmou a morte de pelo menos 41 deles => _=41
  - os corpos foram encontrados perto dos 12 libertados
  - a libertação de pelo menos 41 deles

# Sentences that send nobody to prison: "as outras 84 foram condenadas a penas alternativas", "a prestação de
# serviços à comunidade". The whole phrase beats pt.held.sentenced inside it (longer wins).
@rule pt.none.noncustodial25 trigger event=none
  \b(?:(?:foram|foi|tinham\s+sido|haviam\s+sido|serao)\s+)?(?:condenad|sentenciad)[oa]s?\s+a\s+(?:penas?\s+)?(?:alternativas?|nao\s+privativas?\s+de\s+liberdade|suspensas?|de\s+multa|prestacao\s+de\s+servicos?\s+(?:a|a\s+)?comunidade|servicos?\s+comunitarios)
  + As outras 84 foram condenadas a penas alternativas => _=foram condenadas a penas alternativas
  + 12 manifestantes foram condenados a prestação de serviços à comunidade => _=foram condenados a prestação de serviços à comunidade
  + nove condenados a penas não privativas de liberdade => _=condenados a penas não privativas de liberdade
  - 12 manifestantes foram condenados a penas de prisão
  - 40 foram condenados a cinco anos

# Taken to hospital said with an infinitive ("pelo menos sete libertados tiveram de ser internados no hospital"):
# pt.other.hospital knows the bare participle only.
@rule pt.other.hospital25 trigger event=none
  \b(?:(?:tiveram|tem|tinham|precisaram)\s+(?:de|que)\s+)?(?:ser\s+(?:internad|hospitalizad|atendid|levad|transportad)[oa]s|dar\s+entrada)\s+(?:\S+\s+){0,2}?(?:hospital|hospitais|clinica|clinicas|centro\s+de\s+saude|centros\s+de\s+saude)\b
  + pelo menos sete libertados tiveram de ser internados no hospital => _=tiveram de ser internados no hospital
  + quatro precisaram de dar entrada no hospital militar => _=precisaram de dar entrada no hospital
  - sete libertados tiveram de ser levados para a prisão

# An age after a name with "anos" left out, in a list of names ("Noa Argamani, de 26 anos; Almog Meir Jan, de 22;
# Andrei Kozlov, de 27, e Shlomi Ziv, de 41."): the elided age is no count.
@rule pt.veto.age_list25 veto exact
  \p{Lu}[\p{L}'-]+,\s\Kde\s\d{1,2}(?![\d.,]\d)(?=\s*[;,)]|\s+e\s|\.(?:\s|$)|$)
  + Almog Meir Jan, de 22; Andrei Kozlov, de 27, e Shlomi Ziv, de 41. => _=de 22
  + e Shlomi Ziv, de 41. => _=de 41
  - libertou em Caracas 12 presos
  - a lista de 22 presos, de 27
