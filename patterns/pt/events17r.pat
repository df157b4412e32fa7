# Portuguese: figures still missed (seventeenth session, recall).

# Uma contagem em curso que passou de um número nu: "o total de presos nos protestos já passa de 400", "as prisões
# já passavam de 4 mil", "a contagem ultrapassou os 5.400". Como pt.subject.figure (frame=1), o número conta as
# pessoas de que o texto fala; o evento vem da frase ou do número anterior. Mortos, feridos, casos ou votos ficam de
# fora.
@rule pt.subject.figure_passed subject pre=1 frame=1
  \b(?:o|a|os|as|seu|sua|nosso|nossa)\s+(?:[\p{L}-]+\s+){0,1}?(?:numero|cifra|total|contagem|balanco|conta|prisoes|detencoes)(?!\s+de\s+(?:mortos|mortes|vitimas|feridos|casos|votos|anos|dias|horas))(?:\s+(?!de\b)[\p{L}-]+){0,4}?(?:\s+(?:de|dos|das|nos|nas)(?:\s+[\p{L}-]+){1,7}?)?\s+(?:(?:ja|hoje|agora)\s+)?(?:(?:tinha|tinham|havia|haviam)\s+(?:ja\s+)?(?:passado\s+de|ultrapassado|superado|excedido)|passa\s+de|passam\s+de|passava\s+de|passavam\s+de|passou\s+de|passaram\s+de|ultrapassa|ultrapassam|ultrapassava|ultrapassavam|ultrapassou|supera|superava|superou|excede)(?:\s+(?:os|as))?(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + o total de presos nos protestos contra o oleoduto já passa de 400 => _=o total de presos nos protestos contra o oleoduto já passa de
  + estimavam que as prisões já passavam de 4 mil naquela data => _=as prisões já passavam de
  + a contagem ultrapassou os 5.400 => _=a contagem ultrapassou os
  - o número de mortos passa de 30
  - o total de feridos ultrapassou os 200
  - o total é de 400
