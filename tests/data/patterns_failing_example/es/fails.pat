# One rule, one passing example, and three that fail in the three ways the checker knows.

@rule es.fail.number number
  (?<![\d])(?<num>\d+)\s+presos
  + 12 presos => num=12
  + sin cifra alguna
  - 13 presos
  + 14 presos => num=15
