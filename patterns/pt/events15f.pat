# Português: números que saíam errados (décima quinta sessão, números falsos).

# O primeiro extremo de um intervalo de tempo ("presos por dois a três anos", "detidos por dois ou três meses",
# "3-5 anos") é uma duração, não um número de pessoas: a unidade depois do segundo número vale para os dois.
# Ligados por "a" só depois de uma palavra de duração, porque "condenou 40 a três anos" conta os 40.
@fragment SPAN_NUM15 = (?:\b(?:{NUMWORD})|(?<![\d.,])\d{1,3})
@rule pt.veto.span_of_time veto
  \b(?:de|por|durante|entre|cumprir|cumprem|cumpre|passar|passarão|passaram)\s+(?:{SPAN_NUM15})\s*(?:a|ou|-|\x{2013})\s*(?:{SPAN_NUM15})\s+(?:{UNITS})\b | (?:{SPAN_NUM15})\s*(?:ou|-|\x{2013})\s*(?:{SPAN_NUM15})\s+(?:{UNITS})\b
  + dezenove foram presos por dois a três anos => _=por dois a três anos
  + ficaram detidos dois ou três meses => _=dois ou três meses
  + os presos cumprem penas de 3-5 anos => _=de 3-5 anos
  - o tribunal condenou 40 a três anos de prisão
  - a polícia deteve 40 ou 50 pessoas
  - dois ou três manifestantes foram detidos

# Quem não está preso não é um preso: "os cinco restantes não estão na prisão", "nunca estiveram sob custódia". A
# negação, mais longa do que a palavra de custódia que tem dentro, não liga o número a nada. "Já não estão presos"
# diz que saíram e fica de fora, como um teto ("não continuam presos mais de 40") ou um número que se segue.
@rule pt.other.not_held trigger event=none
  \b(?<!ja\s)(?:nao|nunca|jamais)\s+(?:estao|estavam|estiveram|esta|estava|esteve|seguem|segue|seguiam|continuam|continua|continuavam|permanecem|permaneciam|permaneceram|ficam|ficaram|tem\s+estado|tinham\s+estado)\s+(?:n[ao]\s+(?:prisao|cadeia)|em\s+(?:prisao|custodia|detencao)|sob\s+custodia|atras\s+das\s+grades|(?:pres|detid|encarcerad|recluid)[oa]s?)\b(?!\s+(?:mais|menos|apenas|so)\b)(?!{NUMSTART})
  + os cinco restantes tinham a pena suspensa, por isso não estão na prisão => _=não estão na prisão
  + outros doze arguidos não estão presos => _=não estão presos
  + doze dos arguidos nunca estiveram sob custódia => _=nunca estiveram sob custódia
  - os cinco já não estão presos
  - não continuam presos mais de 40 manifestantes
  - doze continuam presos na cadeia de Custoias

# As partes de um grupo de mortos, feridos ou desaparecidos não estão presas: em "entre os mortos há vinte crianças"
# o "há" só conta uma parte do grupo nomeado antes. A frase, mais longa do que esse "há", não liga o número a nada;
# "entre os detidos há" continua a contar detidos.
@rule pt.other.among_casualties trigger event=none
  \bentre\s+(?:os|as)\s+(?:mort[oa]s|falecid[oa]s|ferid[oa]s|assassinad[oa]s|vitimas(?:\s+mortais|\s+fatais)?|desaparecid[oa]s|deslocad[oa]s|evacuad[oa]s)(?:\s+(?:de|do|da|dos|das|em|no|na|nos|nas|durante)(?:\s+[\p{L}']+){1,3}?)?\s+(?:ha|havia|haveria|houve|figuram|figuravam|contam-se|se\s+contam|estao|estavam)\b
  + entre os mortos há vinte crianças e dezassete polícias => _=entre os mortos há
  + entre as vítimas mortais havia doze menores => _=entre as vítimas mortais havia
  + entre os mortos da repressão há quinze estudantes => _=entre os mortos da repressão há
  - entre os detidos há vinte menores
  - entre os libertados figuram doze jornalistas
