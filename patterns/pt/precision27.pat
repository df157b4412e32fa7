# Portuguese precision, twenty-seventh session (tests in tests/test_precision27.c).

# Alternativas numa condicional não são uma contagem: "prenderiam quem fosse, fossem dez ou dez mil", "se você
# libertar 500, ou 5.000, onde estão os outros?". Uma condicional (se, seja/sejam, fosse/fossem) abre a oração e duas
# cifras são oferecidas como alternativas unidas por "ou": as duas são vetadas. Um intervalo dito como facto ("30 ou
# 40 pessoas foram presas") não tem a condicional e fica. "se" pronome colado por hífen ("entregaram-se") não conta.
@rule pt.veto.alternatives27 veto
  (?<![\p{L}-])(?:se|quer\s+(?:seja|sejam|fosse|fossem)|sejam|fossem)\b(?:[\s,]+(?!(?:e|mas|porque|embora)\b)[^\s.;:!?]+){0,6}?[\s,]+\K
  (?:\d+(?:[.,]\d+)*|(?:{NUMWORD})\b)(?:\s+(?:{NUMWORD})\b)?(?:\s+(?!ou\b)[^\s.;:!?,]+){0,3}?,?\s+ou\s+(?:a\s+)?
  (?:\d+(?:[.,]\d+)*|(?:{NUMWORD})\b)(?:\s+(?:{NUMWORD})\b)?
  + prenderiam qualquer um que violasse a lei, fossem dez ou dez mil => _=dez ou dez mil
  + se voce libertar 500, ou 5.000, onde estao os outros? => _=500, ou 5.000
  + se libertarem 20 ou 200 presos nada vai mudar => _=20 ou 200
  - a policia disse que 30 ou 40 pessoas foram presas
  - se 30 pessoas foram presas, a policia nao disse
  - entregaram-se 30 ou 40 guerrilheiros
