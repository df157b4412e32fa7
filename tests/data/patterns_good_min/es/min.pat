# The smallest useful pattern set: one table, one fragment, one rule with examples.
@table numbers numbers.tsv
@fragment NUMWORD = {numbers}

@rule es.min.number number
  (?<![\p{L}\d])(?<num>\d+|{NUMWORD})(?![\p{L}\d])
  + 12 presos => num=12
  + dos presos => num=dos
  + Veintiún detenidos => num=Veintiún; _=Veintiún
  - doce
