# Portuguese dates. Captures: day, month (name or number), year, wday; rel= gives days from the reference date.
# dateline=1 marks the shapes that may date the document itself when they open it.

@rule pt.date.dmy date dateline=1
  \b(?<day>\d{1,2})(?:o)?\s+(?:de\s+)?(?<month>{MONTH})(?![\p{L}])\.?(?:\s+de\s+(?<year>\d{4})|,?\s+(?<year2>\d{4}))?\b
  + o 23 de dezembro de 2024 => day=23; month=dezembro; year=2024
  + desde 8 de janeiro => day=8; month=janeiro
  + CARACAS, 12 jan (Reuters) => day=12; month=jan
  + Caracas, 19 jul 2025 (Lusa) => day=19; month=jul; year2=2025
  + Tbilissi, 06 dez 2024 (Lusa) => day=06; month=dez; year2=2024
  + 1º de maio => day=1; month=maio
  - 23 presos
  - 20 maiores de idade
  - 10 mares

@rule pt.date.numeric date dateline=1
  \b(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4}|\d{2})\b | \b(?<year2>\d{4})-(?<month2>\d{2})-(?<day2>\d{2})\b
  + em 23/12/2024 => day=23; month=12; year=2024
  + atualizada em 2025-09-12 => year2=2025; month2=09; day2=12
  - 1/2 dos presos

@rule pt.date.numeric_dots date dateline=1
  \b(?<day>\d{1,2})([.-])(?<month>\d{1,2})\g{-2}(?<year>\d{4})\b
  + em 23.12.2024 => day=23; month=12; year=2024
  + em 23-12-2024 => day=23; month=12; year=2024
  - 1.200 presos

# Ranges: "entre 8 e 19 de janeiro", "de 8 a 19 de janeiro", "do dia 3 ao dia 7 de março de 2024", "de 8 de janeiro
# a 15 de fevereiro"; the start takes the month and year of the end when it does not say them.
@rule pt.date.range date
  \b(?:entre|de|do\s+dia|desde|desde\s+o\s+dia|em|nos\s+dias)\s+(?:o\s+dia\s+|os\s+dias\s+)?(?<day>\d{1,2})(?:o)?(?:\s+de\s+(?<month>{MONTH})(?![\p{L}]))?(?:\s+de\s+(?<year>\d{4}))?
   \s+(?:e|a|ao|ate|ate\s+o)\s+(?:o\s+dia\s+|dia\s+)?(?:(?:{WEEKDAY})\s*,?\s+)?(?<eday>\d{1,2})(?:o)?\s+de\s+(?<emonth>{MONTH})(?![\p{L}])(?:\s+de\s+(?<eyear>\d{4}))?
  + entre 8 e 19 de janeiro => day=8; eday=19; emonth=janeiro
  + as duas primeiras semanas, de 6 a 22 de junho => day=6; eday=22; emonth=junho
  + de 8 de janeiro a 15 de fevereiro de 2026 => day=8; month=janeiro; eday=15; emonth=fevereiro; eyear=2026
  + do dia 3 ao dia 7 de março de 2024 => day=3; eday=7; emonth=março; eyear=2024
  - entre 8 e 19 presos
  + presas em 8 e 9 de janeiro de 2023 => day=8; eday=9; emonth=janeiro; eyear=2023
  - em 8 presídios e 9 de janeiro
  - a libertação

# Weekdays: "na terça-feira (13)", "nesta quarta-feira", "no sábado", "na última sexta-feira", "na noite de domingo".
@rule pt.date.weekday date
  \b(?:(?:n[ao]|nest[ae]|est[ae]|dest[ae]|d[ao]|de|a|(?:n[ao]|d[ao])\s+(?:ultim[oa]|passad[oa])
       |(?:n?[ao]|d[ao])\s+(?:noite|tarde|manha|madrugada)\s+(?:de|do|da|deste|desta|neste|nesta)(?:\s+(?:ultim[oa]|passad[oa]))?)\s+)?
    (?:(?:passad[ao]|ultim[ao])\s+)?
    (?<wday>(?:segunda|terca|quarta|quinta|sexta)-feira|sabado|domingo)(?![\p{L}-])
    (?:\s+(?:passad[ao]|ultim[ao]|(?:pela|de|a|durante\s+a)\s+(?:manha|tarde|noite|madrugada)))?
    (?:\s*\((?<day>\d{1,2})\)|(?:,?\s+dia\s+|,\s+(?=\d{1,2}\s*[,.;)]))(?<day2>\d{1,2})(?!\d))?
  + anunciou na terça-feira passada (13) que => wday=terça-feira; day=13
  + nesta segunda-feira => wday=segunda-feira
  + no sábado (16) => wday=sábado; day=16
  + na madrugada desta segunda-feira => wday=segunda-feira
  + na passada quinta-feira, 11 de setembro => wday=quinta-feira
  + até a noite de domingo (17) => wday=domingo; day=17
  + na segunda-feira, dia 20. => wday=segunda-feira; day2=20
  + este sábado => wday=sábado
  - segundas intenções
  - dominguinhos

# "na quinta", "desta sexta": the short forms only with a preposition before and nothing noun-like after.
@rule pt.date.weekday_short date
  \b(?:n[ao]|nest[ae]|dest[ae]|d[ao]|de|(?:n?[ao]|d[ao])\s+(?:noite|tarde|manha|madrugada)\s+(?:de|desta|deste|nesta|neste))\s+
    (?<wday>segunda|terca|quarta|quinta|sexta)(?![\p{L}-])
    (?=\s*[,.;:)]|\s*$|\s+(?:passad[ao]|ultim[ao]|\(|(?:pela|de|a)\s+(?:manha|tarde|noite|madrugada)|dia\s))
  + Na noite de quinta, Ortega disse => wday=quinta
  + Na manhã desta quinta, foi a vez => wday=quinta
  - a segunda troca prevista
  - de segunda a sexta, das 18h
  - na segunda votação

@rule pt.date.today date rel=0
  \b(?:hoje(?!\s+em\s+dia)|esta\s+manha|nesta\s+manha|esta\s+madrugada|nesta\s+madrugada|esta\s+tarde|nesta\s+tarde|esta\s+noite|nesta\s+noite|neste\s+dia|na\s+(?:manha|tarde|noite)\s+de\s+hoje)\b
  + confirmou hoje
  + esta manhã
  + nesta manhã
  - hoje em dia
@rule pt.date.yesterday date rel=-1
  \b(?:ontem(?:\s+a\s+noite|\s+de\s+manha|\s+a\s+tarde)?|na\s+(?:manha|tarde|noite)\s+de\s+ontem)\b
  + ontem à noite
  + na noite de ontem
  - anteontem
@rule pt.date.before_yesterday date rel=-2
  \banteontem\b
  + anteontem
  - ontem

# "no dia 16": a day of the month alone is the latest such day not after the reference date.
@rule pt.date.day_only date
  \b(?:n?o\s+|neste\s+)?dia\s+(?<day>\d{1,2})(?:o)?(?![\d:h]|[/.]\d)(?!\s*(?:de\s+)?(?:{MONTH})(?![\p{L}]))
  + toma posse na segunda-feira, no dia 20. => day=20
  + no dia 16, a polícia => day=16
  - no dia 16 de maio
  - o dia 3 de julho

@rule pt.date.month_year date
  \b(?:em\s+)?(?<monthonly>{MONTH})(?![\p{L}])\s+de\s+(?<year>\d{4})\b
  + julho de 2024
  + em dezembro de 2024
  - julho

@rule pt.daterole.from daterole role=from
  \b(?:desde|a\s+partir\s+d[eoa]s?|a\s+contar\s+d[eoa]s?)
    (?:\s+(?:o|a|os|as)\s+(?!noite|tarde|manha|madrugada)\p{L}+\s+(?:de|do|da|dos|das|em)|\s+(?:o\s+dia|a\s+data\s+de|o\s+passado|a\s+passada|este|esta|o))?\b
  + desde 8 de janeiro
  + desde o ataque de 7 de outubro
  + desde o dia 3
  + a partir de segunda-feira
  - depois
# "entre 8 e 19 de janeiro", "entre sexta-feira e domingo": "entre" opens the span, "... e" closes it.
@rule pt.daterole.between_from daterole role=from
  \bentre(?=\s+(?:a\s+|o\s+)?(?:(?:segunda|terca|quarta|quinta|sexta)-feira|sabado|domingo)\s+e\s)
  + entre sexta-feira e domingo
  - entre os libertados
  - entre 8 e 19 de janeiro
@rule pt.daterole.between_to daterole role=to
  \bentre\s+(?:a\s+|o\s+)?(?:(?:segunda|terca|quarta|quinta|sexta)-feira|sabado|domingo)\s+e(?=\s+(?:a\s+|o\s+)?(?:(?:segunda|terca|quarta|quinta|sexta)-feira|sabado|domingo))
  + entre sexta-feira e domingo
  - entre 8 e 19 de janeiro
@rule pt.daterole.to daterole role=to
  \b(?:ate|com\s+dados\s+ate|atualizad[oa]s?\s+(?:ate|em)|com\s+corte\s+em|na\s+data\s+de)(?:\s+(?:o\s+dia|ao\s+dia|este|esta|o\s+fim\s+de|o\s+final\s+de))?\b
  + até quarta-feira
  + até esta manhã
  + com dados até 14 de julho
  + atualizada em 2025-09-12
  - atentado
