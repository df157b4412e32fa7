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

# Una cifra citada de vuelta dentro del veredicto de un verificador que la declara falsa ("No existe ninguna base para
# afirmar que hay más de 3.000 detenidos", "la cifra de 10.000 no tiene base") no afirma nada nuevo: la verificación ya dio
# la cifra donde cita a quien la dijo (docs/corpus.md: una cifra solo citada de vuelta es a lo sumo opcional). La
# frase se corta en "sino"/"pero"/"porque", donde empieza la cifra del propio verificador. El desmentido de quien
# habla ("es falso que haya 150 opositores presos") es su propia cifra (denies: el oro de es/93).
@fragment CLAUSE19 = (?:(?!\s*\b(?:sino|pero|porque|mientras|aunque)\b)(?:[^.;:?!]|(?<=\d)[.](?=\d)))*
@rule es.veto.claim_called_false veto
  \bno\s+(?:existe|hay)\s+(?:ninguna\s+|ningun\s+)?(?:base|prueba|evidencia|dato|constancia|registro|fundamento)s?(?:\s+(?:documental|oficial|alguna|alguno))?\s+(?:para\s+(?:afirmar|decir|sostener)\s+|de\s+)que\b{CLAUSE19}
  | \bnadie\s+ha\s+(?:acreditado|demostrado|probado)\b{CLAUSE19}
  | \b(?:la\s+(?:cifra|afirmacion)|el\s+(?:numero|dato))\s+de\s+{CLAUSE19}?\b(?:no\s+tiene\s+(?:ningun\s+|ninguna\s+)?(?:base|fundamento|sustento|respaldo)|carece\s+de\s+(?:base|fundamento|sustento|respaldo))\b
  + La cifra de 10.000 presos no tiene base en ningún registro => _=La cifra de 10.000 presos no tiene base
  + No hay ningún dato oficial para afirmar que sigan presos 4.000 estudiantes. => _=No hay ningún dato oficial para afirmar que sigan presos 4.000 estudiantes
  + no hay prueba alguna de que hubiera 3.000 detenidos, sino 627 => _=no hay prueba alguna de que hubiera 3.000 detenidos,
  - es falso que haya 150 opositores presos, dijo el ministro
  - no es cierto que haya 300 presos políticos
  - la comisión informó de 627 detenidos
