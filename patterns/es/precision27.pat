# Spanish precision, twenty-seventh session (tests in tests/test_precision27.c).

# Alternativas en una condicional no son una cifra: "detendrían a quien fuera, ya fueran diez o diez mil", "si
# liberas a 500, o a 5.000, ¿dónde están los demás?", "tanto si son veinte como si son doscientos". Una condicional
# (si, ya sea/fuera, sean/fueran) abre la cláusula y dos cifras se ofrecen como alternativas unidas por "o": las dos
# se vetan. Un intervalo dicho como hecho ("30 o 40 personas fueron detenidas") no tiene la condicional y se queda.
@rule es.veto.alternatives27 veto
  \b(?:si|ya\s+(?:sea|sean|fuera|fueran|fuese|fuesen)|sean|fueran|fuesen)\b(?:[\s,]+(?!(?:y|pero|porque|aunque)\b)[^\s.;:!?]+){0,6}?[\s,]+\K
  (?:\d+(?:[.,]\d+)*|(?:{NUMWORD})\b)(?:\s+(?:{NUMWORD})\b)?(?:\s+(?!o\b)[^\s.;:!?,]+){0,3}?,?\s+o\s+(?:a\s+)?
  (?:\d+(?:[.,]\d+)*|(?:{NUMWORD})\b)(?:\s+(?:{NUMWORD})\b)?
  + detendrian a cualquiera que violara la ley, ya fueran diez o diez mil => _=diez o diez mil
  + si liberas a 500, o a 5.000, donde estan los demas? => _=500, o a 5.000
  + si liberan a 20 o 200 presos nada cambiara => _=20 o 200
  - la policia dijo que 30 o 40 personas fueron detenidas
  - si 30 personas fueron detenidas, la policia no lo dijo
