# Español: números que no cuentan a nadie (sesión veintiuna, precisión).

@fragment NUM21 = (?:\b(?:{NUMWORD})(?![\p{L}])|(?<![\d.,])\d{1,3}(?![\d.,]\d))

# "Ha pasado 15 de los últimos 21 años detenida": una parte de un tiempo es un tiempo; la unidad del todo es la de
# la parte, y ninguna de las dos cifras cuenta personas.
@rule es.veto.part_of_time veto
  \b(?:{NUM21})\s+de\s+(?:los|las|sus|esos|esas|estos|estas)\s+(?:ultim[oa]s\s+|pasad[oa]s\s+|primer[oa]s\s+|siguientes\s+)?(?:{NUM21})\s+(?:anos|meses|semanas|dias|noches|horas|decadas)\b
  + ha pasado 15 de los últimos 21 años detenida => _=15 de los últimos 21 años
  + estuvo 11 de sus 14 meses en una celda => _=11 de sus 14 meses
  - 15 de los 21 presos fueron liberados
  - tres de los últimos cinco presidentes
