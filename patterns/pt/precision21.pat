# Português: números que não contam ninguém (sessão vinte e um, precisão).

@fragment NUM21 = (?:\b(?:{NUMWORD})(?![\p{L}])|(?<![\d.,])\d{1,3}(?![\d.,]\d))

# "Passou 15 dos últimos 21 anos detida": uma parte de um tempo é um tempo; a unidade do todo é a da parte, e
# nenhum dos dois números conta pessoas.
@rule pt.veto.part_of_time veto
  \b(?:{NUM21})\s+(?:dos|das|de\s+seus|de\s+suas|desses|dessas|destes|destas)\s+(?:ultim[oa]s\s+|primeir[oa]s\s+|seguintes\s+)?(?:{NUM21})\s+(?:anos|meses|semanas|dias|noites|horas|decadas)\b
  + passou 15 dos últimos 21 anos detida => _=15 dos últimos 21 anos
  + esteve 11 de seus 14 meses numa cela => _=11 de seus 14 meses
  - 15 dos 21 presos foram libertados
  - três dos últimos cinco presidentes
