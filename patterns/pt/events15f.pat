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
