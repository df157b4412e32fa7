# Portuguese: figures that count no one (eleventh session, precision).

# A clock time said in words ("das oito da noite às seis da manhã", "às duas e meia da tarde") counts no one;
# veto.time only knows digits with a separator. "da noite para o dia" (overnight) is no time of day.
@rule pt.veto.clock_words veto
  \b(?:{NUMWORD}|\d{1,2})(?:\s+e\s+(?:meia|um\s+quarto))?\s+da\s+(?:manha|tarde|madrugada|noite(?!\s+para\s+o\s+dia))\b
  + o recolher obrigatório vai das nove da noite às cinco da manhã
  + a esquadra fechou às 7 da tarde
  + saíram às duas e meia da madrugada
  - nove dos detidos saíram
  - foram soltos doze da noite para o dia

# "toque de recolher" is a curfew: nobody is taken in by it.
@rule pt.other.curfew trigger event=none
  \btoque\s+de\s+recolher(?:\s+obrigatorio)?\b
  + foi alargado o toque de recolher a todo o país => _=toque de recolher
  - a polícia recolheu 20 manifestantes

# A figure joined to another by "+" names a case or a group ("o caso 15+2", "os 15 + 2"), it counts no one.
@rule pt.veto.joined veto
  (?<![\d.,])\d{1,4}\s?\+\s?\d{1,4}(?![\d.,])
  + os ativistas do caso 15+2 saem da cadeia
  + o grupo dos 7 + 1 foi absolvido
  - libertaram 15 presos e 2 jornalistas

# A span of time with an ordinal between figure and unit ("nas duas primeiras semanas", "os três últimos meses").
@rule pt.veto.units_ordinal veto
  \b(?:{NUMWORD}|\d{1,3})\s+(?:primeir[oa]s|ultim[oa]s|seguintes|proxim[oa]s)\s+(?:{UNITS})\b
  + foram detidas nas duas primeiras semanas de protestos
  + nos três últimos meses saíram 400
  - os três primeiros detidos saíram ontem
