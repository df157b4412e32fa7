# Español: cifras que no cuentan a nadie (sesión diecinueve, precision2).

@fragment NUM19 = (?:\b(?:{NUMWORD})(?![\p{L}])|(?<![\d.,])\d{1,3}(?![\d.,]\d))

# "los interrogaron un día o dos", "una semana o dos después": la cifra tras "un día o" es una duración cuya unidad
# es la de antes, no un número de personas.
@rule es.veto.unit_or_figure veto
  \b(?:un|una)\s+(?:dia|noche|semana|mes|ano|hora|minuto)\s+[ou]\s+(?:{NUM19})
  + a algunos los interrogaron un día o dos y los soltaron => _=un día o dos
  + estuvieron retenidos una semana o dos => _=una semana o dos
  - un día después, dos presos fueron liberados
  - la policía detuvo a uno o dos manifestantes

# Una unidad de tiempo que se calla la segunda vez: "pasó 18 años en Robben Island y luego seis en Pollsmoor" (seis
# años). Solo tras "luego" / "después" / "más tarde", donde otro grupo de personas necesitaría su propio nombre; el
# veto toma solo la segunda cifra (\K).
@rule es.veto.elided_unit veto
  (?:{NUM19})\s+(?:anos?|meses|mes|semanas?|dias?)\b[^.;:?!]{0,80}?\b(?:y\s+|,\s*)(?:luego|despues|mas\s+tarde|posteriormente)\s+(?:otros\s+|otras\s+)?\K(?:{NUM19})(?=\s+(?:en|a|al)\b)
  + pasó 18 años en Robben Island y luego seis en Pollsmoor => _=seis
  + estuvo cinco meses en Evin, y después tres en Qarchak => _=tres
  - pasó 18 años en prisión y 40 de sus compañeros fueron liberados
  - tras cinco días, 40 personas fueron liberadas en Lima
