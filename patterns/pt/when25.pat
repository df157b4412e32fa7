# Vigésima quinta sessão (datas dos factos contados). "Até ao fim de 1976, mais de 5.000 pessoas tinham sido
# presas": o que se alcançou até ao fim de um ano conta até ao seu último dia. pt.date.year lê "até o fim de 1976"
# mas não "até ao fim de" (a forma europeia); pt.date.month_alone já lê "até ao fim de novembro".
@rule pt.date.by_end_of_year date
  \bate\s+ao\s+(?:fim|final)\s+de\s+(?<yearonly>(?:19|20)\d{2})\b(?![.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_OTHER}))
  + Até ao fim de 1976, mais de 5.000 pessoas tinham sido presas => yearonly=1976
  - até ao fim de 2.020 casos
  - até ao fim de semana
