# Portuguese dates. Captures: day, month (name or number), year, wday; rel= gives days from the reference date.
# dateline=1 marks the shapes that may date the document itself when they open it.

@rule pt.date.dmy date dateline=1
  \b(?:(?:(?:n[ao]|nest[ae])\s+)?(?<wday>(?:segunda|terca|quarta|quinta|sexta)-feira|sabado|domingo),?\s+(?:dia\s+)?)?(?<day>\d{1,2}|{DAYWORD}(?=\s+de\s))(?:o)?\s+(?:de\s+)?(?<month>{MONTH})(?![\p{L}])\.?(?:\s+de\s+(?<year>\d{4})|,?\s+(?<year2>\d{4})|\s+do\s+(?<lastyear>ano\s+passado)|\s+(?:d(?:aquele|esse)\s+(?:mesmo\s+)?|do\s+mesmo\s+)(?<thatyear>ano)\b)?\b
  + o 23 de dezembro de 2024 => day=23; month=dezembro; year=2024
  + desde 8 de janeiro => day=8; month=janeiro
  + CARACAS, 12 jan (Reuters) => day=12; month=jan
  + Caracas, 19 jul 2025 (Lusa) => day=19; month=jul; year2=2025
  + Tbilissi, 06 dez 2024 (Lusa) => day=06; month=dez; year2=2024
  + 1º de maio => day=1; month=maio
  + na sexta-feira, 5 de janeiro => day=5; month=janeiro
  + a rusga de 9 de março do ano passado => day=9; month=março; lastyear=ano passado
  + soltos a 2 de junho desse ano => day=2; month=junho; thatyear=ano
  + em 9 de outubro do mesmo ano => day=9; month=outubro; thatyear=ano
  + a vinte e oito de outubro => day=vinte e oito; month=outubro
  + o primeiro de maio de 2024 => day=primeiro; month=maio; year=2024
  - 23 presos
  - um dos presos
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
  \b(?:entre|de|do\s+dia|desde|desde\s+o\s+dia|em|a|nos\s+dias|entre\s+a\s+(?:noite|madrugada|manha|tarde)\s+de)\s+(?:o\s+dia\s+|os\s+dias\s+)?(?<day>\d{1,2}|{DAYWORD}(?=\s+de\s+{MONTH}(?![\p{L}])))(?:o)?(?:,\s+\d{1,2}(?!\d)(?:o)?){0,5}(?:\s+de\s+(?<month>{MONTH})\.?(?![\p{L}]))?(?:\s+de\s+(?<year>\d{4}))?(?:\s*,\s+[^,.;:\d()"]{1,60},)?
   \s+(?:e|a|ao|ate|ate\s+o)\s+(?:o\s+dia\s+|dia\s+|a\s+(?:noite|madrugada|manha|tarde)\s+de\s+)?(?:(?:[oa]\s+)?(?:(?:passad[oa]|ultim[oa])\s+)?(?:{WEEKDAY})\s*,?\s+)?(?<eday>\d{1,2}|{DAYWORD}(?=\s+de\s))(?:o)?\s+de\s+(?<emonth>{MONTH})(?![\p{L}])(?:\.?\s+de\s+(?<eyear>\d{4})|\s+do\s+(?<lastyear>ano\s+passado)|\s+(?:d(?:aquele|esse)\s+(?:mesmo\s+)?|do\s+mesmo\s+)(?<thatyear>ano)\b)?
  + entre 8 e 19 de janeiro => day=8; eday=19; emonth=janeiro
  + de 5 de ago. a 6 de set. de 1953 => day=5; month=ago; eday=6; emonth=set; eyear=1953
  + as duas primeiras semanas, de 6 a 22 de junho => day=6; eday=22; emonth=junho
  + de 8 de janeiro a 15 de fevereiro de 2026 => day=8; month=janeiro; eday=15; emonth=fevereiro; eyear=2026
  + do dia 3 ao dia 7 de março de 2024 => day=3; eday=7; emonth=março; eyear=2024
  + entre vinte e oito de outubro e três de novembro => day=vinte e oito; month=outubro; eday=três; emonth=novembro
  - entre três e cinco dos detidos
  + entre 2 de dezembro de 2025 e o passado domingo, 11 de janeiro => day=2; month=dezembro; year=2025; eday=11; emonth=janeiro
  + entre 11 de abril, data da entrada em vigor da lei, e 31 de julho de 2020 => day=11; month=abril; eday=31; emonth=julho; eyear=2020
  + detidos entre a noite de 14 e a madrugada de 15 de maio => day=14; eday=15; emonth=maio
  - entre 8 e 19 presos
  + presas em 8 e 9 de janeiro de 2023 => day=8; eday=9; emonth=janeiro; eyear=2023
  + nos dias 10 e 11 de novembro do ano passado => day=10; eday=11; emonth=novembro; lastyear=ano passado
  + entre 3 e 17 de março daquele ano => day=3; eday=17; emonth=março; thatyear=ano
  + os protestos de 4, 5 e 6 de março deixaram 70 detidos => day=4; eday=6; emonth=março
  + no fim de semana, a 9 e 10 de maio, foram detidas 40 pessoas => day=9; eday=10; emonth=maio
  - de 4, 5 e 6 detidos
  - em 8 presídios e 9 de janeiro
  - a libertação

# Weekdays: "na terça-feira (13)", "nesta quarta-feira", "no sábado", "na última sexta-feira", "na noite de domingo".
@rule pt.date.weekday date wdayonly=1
  \b(?:(?:n[ao]|nest[ae]|est[ae]|dest[ae]|d[ao]|de|a|(?:n[ao]|d[ao])\s+(?<past>ultim[oa]|passad[oa])
       |(?:n?[ao]|d[ao])\s+(?:noite|tarde|manha|madrugada)\s+(?:de|do|da|deste|desta|neste|nesta)(?:\s+(?:ultim[oa]|passad[oa]))?)\s+)?
    (?:(?<past2>passad[ao]|ultim[ao])\s+)?
    (?<wday>(?:segunda|terca|quarta|quinta|sexta)-feira|sabado|domingo)(?![\p{L}-])
    (?:\s+(?:(?<past3>passad[ao]|ultim[ao])|(?:pela|de|a|durante\s+a)\s+(?:manha|tarde|noite|madrugada)))?
    (?:\s+d[ae]\s+(?<lastweek>semana\s+passada|ultima\s+semana))?
    (?:\s*\((?<day>\d{1,2})(?:\s+de\s+(?<month>{MONTH}))?\)|(?:,?\s+dia\s+|,\s+(?=\d{1,2}(?![.,]\d)\s*[,.;)]))(?<day2>\d{1,2})(?!\d))?
  + anunciou na terça-feira passada (13) que => wday=terça-feira; day=13
  + desde a última quinta-feira (16 de março) => past2=última; wday=quinta-feira; day=16; month=março
  + nesta segunda-feira => wday=segunda-feira
  + na quinta-feira da semana passada saíram => wday=quinta-feira; lastweek=semana passada
  + no sábado (16) => wday=sábado; day=16
  + na madrugada desta segunda-feira => wday=segunda-feira
  + na passada quinta-feira, 11 de setembro => wday=quinta-feira
  + até a noite de domingo (17) => wday=domingo; day=17
  + na segunda-feira, dia 20. => wday=segunda-feira; day2=20
  + contabilizava, na segunda-feira, 1.963 presos => wday=segunda-feira; day2=
  + este sábado => wday=sábado
  + na sexta-feira passada => wday=sexta-feira; past3=passada
  - segundas intenções
  - dominguinhos

# "na quinta", "desta sexta": the short forms only with a preposition before and nothing noun-like after.
@rule pt.date.weekday_short date wdayonly=1
  \b(?:n[ao]|nest[ae]|dest[ae]|d[ao]|de|entre|(?:n?[ao]|d[ao])\s+(?:noite|tarde|manha|madrugada)\s+(?:de|desta|deste|nesta|neste))\s+
    (?<wday>segunda|terca|quarta|quinta|sexta)(?![\p{L}-])(?:\s*\((?<day>\d{1,2})o?\))?
    (?=\s*[,.;:)]|\s*$|\s+(?:passad[ao]|ultim[ao]|\(|(?:pela|de|a)\s+(?:manha|tarde|noite|madrugada)|dia\s|que\s(?!vem\b)|e\s|para\s+(?:[ao]\s+)?(?:{WEEKDAY})(?![\p{L}-])))
  + A ONG disse nesta segunda que 138 ativistas continuam presos => wday=segunda
  + foram detidas entre quarta (1) e sexta-feira (3) => wday=quarta; day=1
  - na segunda que vem
  + Na noite de quinta, Ortega disse => wday=quinta
  + Na manhã desta quinta, foi a vez => wday=quinta
  - a segunda troca prevista
  - de segunda a sexta, das 18h
  - na segunda votação
  + 300 detidos na noite de sexta para sábado => wday=sexta

@rule pt.date.today date rel=0
  \b(?:hoje(?!\s+em\s+dia)|esta\s+manha|nesta\s+manha|esta\s+madrugada|nesta\s+madrugada|esta\s+tarde|nesta\s+tarde|esta\s+noite|nesta\s+noite|neste\s+dia|neste\s+meio-dia|(?:na|a)\s+(?:manha|tarde|noite|madrugada)\s+de\s+hoje|ao\s+meio-dia\s+de\s+hoje)\b
  + confirmou hoje
  + até ao meio-dia de hoje
  + neste meio-dia
  + esta manhã
  + nesta manhã
  - hoje em dia
# "foram soltos de madrugada", "detidos durante a madrugada": as primeiras horas sem dia próprio são as de hoje
# (num direto, as do dia da entrada), como "esta madrugada": a noite que acaba de passar. Com dia próprio ("na
# madrugada de domingo", "da madrugada", "às duas da madrugada") não (twentieth session).
@rule pt.date.small_hours date rel=0 ofday=1
  \b(?:de|durante\s+a|na|pela|ao\s+longo\s+da)\s+madrugada\b(?!\s+(?:d[eoa]s?|desta|deste|nesta|anterior|seguinte|passada|posterior)\b)(?!\s*,?\s*(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)\b)
  + os manifestantes detidos durante a madrugada já estão em liberdade
  + foram soltos de madrugada depois de pagar fiança
  - às duas da madrugada
  - na madrugada de domingo
  - na madrugada desta segunda-feira
  - durante a madrugada anterior

@rule pt.date.yesterday date rel=-1
  \b(?:ontem(?:\s+a\s+noite|\s+de\s+manha|\s+a\s+tarde)?|na\s+(?:manha|tarde|noite)\s+de\s+ontem)\b
  + ontem à noite
  + na noite de ontem
  - anteontem
@rule pt.date.before_yesterday date rel=-2
  \banteontem(?:\s+a\s+(?:noite|tarde)|\s+de\s+manha)?\b
  + anteontem
  + Anteontem à noite, ainda durante a desocupação
  - ontem

# "detidos desde a manhã", "desde o meio-dia": uma hora do dia sem dia é a de hoje (num direto, a da entrada), como
# "esta manhã"; a contagem "desde a manhã" começa nesse dia.
@rule pt.date.since_daypart date rel=0 ofday=1
  (?<=\bdesde\s)(?:a\s+(?:manha|madrugada)|o\s+meio-dia|(?:a\s+)?primeira\s+hora(?:\s+da\s+manha)?)\b(?!\s+(?:de|do|da|desta|dessa|deste|desse|anterior|seguinte|passada)\b)(?!\s*,?\s*(?:(?:segunda|terca|quarta|quinta|sexta)-feira|sabado|domingo)\b)
  + pelo menos 40 pessoas detidas desde a manhã
  + desde o meio-dia
  - ocupado desde a madrugada anterior
  - desde a manhã de quarta-feira
  - desde a madrugada de sábado

# "no dia 16": a day of the month alone is the latest such day not after the reference date.
@rule pt.date.day_only date dayonly=1
  \b(?:n?o\s+|neste\s+)?dia\s+(?<day>\d{1,2}|(?<=\bno\sdia\s|\bo\sdia\s|neste\sdia\s){DAYWORD}(?=\s*[,.;:)]|\s*$|\s+(?:e|em|a|ao|ate|quando|por|o|a|os|as)\b))(?:o)?(?![\d:h]|[/.]\d)(?!\s*(?:de\s+)?(?:{MONTH})(?![\p{L}]))(?!\s+d[eoa]s?\s)
  + toma posse na segunda-feira, no dia 20. => day=20
  + no dia 16, a polícia => day=16
  + no dia três, a polícia => day=três
  - naquele dia cinco pessoas foram detidas
  - no dia dois da greve
  - no dia 16 de maio
  - o dia 3 de julho
  - no dia 2 da greve
# "no dia 11 deste mês": o mês é o da data de referência.
@rule pt.date.day_this_month date
  \b(?:n?o\s+|neste\s+)?dia\s+(?<day>\d{1,2})(?:o)?\s+(?:deste|do\s+corrente|do\s+presente)\s+mes\b
  + No dia 11 deste mês, quando o texto passou => day=11
  - no dia 11 de maio

@rule pt.date.month_year date
  \b(?:(?<!\d\sde\s)(?<!\d\s)|(?=(?:em\s+)?(?:{MONTH})(?![\p{L}])\s+de\s+\d))(?:em\s+)?(?<monthonly>{MONTH})(?![\p{L}])(?:\s+de\s+(?<year>\d{4})\b|\s+(?:d(?:aquele|esse)\s+(?:mesmo\s+)?|do\s+mesmo\s+)(?<thatyear>ano)\b|\s+(?<thisyear>deste\s+ano)\b|\s+do\s+(?<lastyear>ano\s+passado)\b)
  + julho de 2024
  + Em junho do ano passado, Uribe libertou mais de cem guerrilheiros => monthonly=junho; lastyear=ano passado
  + em maio daquele ano saíram 40 presos => monthonly=maio; thatyear=ano
  + até ao fim de setembro deste ano => monthonly=setembro; thisyear=deste ano
  - em 30 de junho deste ano
  + em dezembro de 2024
  - julho

# Whole periods without a day (claims.c uses them only where something ties them to a count): a month after
# desde/até (the latest such month), a year ("em 2020", "desde 2022"), last year, and a span of months. A month
# with no year is read in the year of the story the text tells (recognize.c, S_anchor_years), except a count as
# of a month's close or last day (asof): a figure of the latest such month, whatever story is told.
@rule pt.date.month_alone date
  \b(?:desde|ate|(?<asof>ao\s+fecho\s+de|n?o\s+ultimo\s+dia\s+de))\s+(?:(?:o\s+mes\s+de|o\s+inicio\s+de|o\s+fim\s+de|ao\s+fim\s+de|o\s+fecho\s+de)\s+)?(?<monthonly>{MONTH})(?![\p{L}])(?!\.?\s*(?:de\s+)?\d)
  + Desde setembro, registámos => monthonly=setembro
  + havia 9.870 reclusos no último dia de junho => monthonly=junho; asof=no último dia de
  + estimava 1.027 presos ao fecho de agosto => monthonly=agosto; asof=ao fecho de
  - desde 8 de setembro
  - desde setembro de 2022
# "desde meados de abril": no day bounds the period; still a date (its digits are no count), left unresolved
# (midmonth is no capture that resolves).
@rule pt.date.mid_month date
  \b(?:desde|ate|em|a)\s+meados\s+de\s+(?<midmonth>{MONTH})(?![\p{L}])(?:\s+de\s+(?<midyear>\d{4}))?
  + 2 mil pessoas presas desde meados de abril => midmonth=abril
  + em meados de dezembro de 2023 => midmonth=dezembro; midyear=2023
  - desde abril
@rule pt.date.year date
  \b(?:em|desde|durante|ate|ao\s+longo\s+de)\s+(?:(?:todo\s+)?(?:o\s+(?:ano\s+(?:de\s+)?)?)|(?:o\s+)?(?:inicio|fim|final|meados)\s+de\s+)?(?<yearonly>(?:19|20)\d{2})\b(?![.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_OTHER}))
  + foram libertados em 2020 => yearonly=2020
  + foram libertados ao longo de 2024 => yearonly=2024
  + desde 2022 => yearonly=2022
  + em todo o ano de 2023 foram detidas 90 pessoas => yearonly=2023
  - em 2.020 casos
@rule pt.date.last_year date relyear=-1
  \b(?:[nd]?o\s+ano\s+passado|n?o\s+ano\s+anterior)\b
  + no ano passado
  + no final do ano passado
  - há um ano
@rule pt.date.month_range date
  \b(?:entre|de|desde)\s+(?<monthonly>{MONTH})(?![\p{L}])(?:\s+de\s+(?<year>\d{4}))?\s+(?:e|a|ate)\s+(?<emonthonly>{MONTH})(?![\p{L}])(?:\s+de\s+(?<eyear>\d{4})|\s+(?:d(?:aquele|esse)\s+(?:mesmo\s+)?|do\s+mesmo\s+)(?<thatyear>ano)|\s+do\s+(?<lastyear>ano\s+passado))?\b
  + entre julho e agosto do ano passado, 21 mil pessoas => monthonly=julho; emonthonly=agosto; lastyear=ano passado
  + entre novembro e dezembro daquele ano saíram 400 presos => monthonly=novembro; emonthonly=dezembro; thatyear=ano
  + Entre novembro de 2023 e janeiro de 2024, seis => monthonly=novembro; year=2023; emonthonly=janeiro; eyear=2024
  + entre abril e junho de 2021 => monthonly=abril; emonthonly=junho; eyear=2021
  - entre abril

# "entre 1976 e 1983", "de 2014 a 2016": um intervalo de anos inteiros, de 1 de janeiro do primeiro a 31 de
# dezembro do segundo.
@rule pt.date.year_range date
  \b(?:entre|de|desde)\s+(?:o\s+ano\s+de\s+)?(?<yearonly>(?:19|20)\d{2})\s+(?:e|a|ate)\s+(?:o\s+ano\s+de\s+)?(?<eyearonly>(?:19|20)\d{2})\b(?![.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_OTHER}))
  + cerca de 5.000 pessoas ficaram presas entre 1976 e 1983 => yearonly=1976; eyearonly=1983
  + foram detidos de 2014 a 2016 => yearonly=2014; eyearonly=2016
  - entre 1900 e 2000 pessoas
  - entre abril e junho de 2021
@rule pt.daterole.from daterole role=from
  \b(?:desde|a\s+partir\s+d[eoa]s?|a\s+contar\s+d[eoa]s?)
    (?:\s+(?:o|a|os|as)\s+(?!noite|tarde|manha|madrugada)\p{L}+\s+(?:de|do|da|dos|das|em)|\s+(?:o\s+dia|a\s+data\s+de|o\s+passado|a\s+passada|este|esta|o))?\b
  + desde 8 de janeiro
  + desde o ataque de 7 de outubro
  + desde o dia 3
  + a partir de segunda-feira
  - depois
# "entre 8 e 19 de janeiro", "entre sexta-feira e domingo": "entre" opens the span, "... e" closes it.
# "nas operações de sábado e domingo": the same.
@rule pt.daterole.between_from daterole role=from
  \b(?:entre|de|d[oa])(?=\s+(?:a\s+|o\s+)?(?:(?:segunda|terca|quarta|quinta|sexta)(?:-feira|(?=\s*\(\d)|(?=\s+e\s))|sabado|domingo)(?:\s*\(\d{1,2}o?\))?\s+e\s+(?:a\s+|o\s+|n[ao]\s+)?(?:(?:segunda|terca|quarta|quinta|sexta)-feira|sabado|domingo))
  + entre sexta-feira e domingo
  + nas operações de sábado e domingo
  + entre quarta (1) e sexta-feira (3)
  + detidas 300 pessoas entre quinta e sexta-feira
  - de sábado e a madrugada
  - entre os libertados
  - entre 8 e 19 de janeiro
@rule pt.daterole.between_to daterole role=to
  \b(?:entre|de|d[oa])\s+(?:a\s+|o\s+)?(?:(?:segunda|terca|quarta|quinta|sexta)(?:-feira|(?=\s*\(\d)|(?=\s+e\s))|sabado|domingo)(?:\s*\(\d{1,2}o?\))?\s+e(?=\s+(?:a\s+|o\s+)?(?:(?:segunda|terca|quarta|quinta|sexta)-feira|sabado|domingo))
  + entre sexta-feira e domingo
  + nas operações de sábado e domingo
  + entre quarta (1) e sexta-feira (3)
  - entre 8 e 19 de janeiro
# "entre 11 de setembro de 2001 e o fim de setembro de 2004": o primeiro dia abre o intervalo; o mês ou ano depois
# de "o fim de" fecha-o (o seu último dia).
@rule pt.daterole.between_end_from daterole role=from
  \b(?:entre|desde)(?=\s+[^;:]{4,40}?\s+(?:e|ate)\s+(?:o\s+|ao\s+)?(?:fim|final|encerramento)\s+de\s+(?:(?:(?:{MONTH})\s+de\s+)?(?:19|20)\d{2}\b|(?:{MONTH})\s+deste\s+ano\b))
  + detidos entre 11 de setembro de 2001 e o fim de setembro de 2004 => _=entre
  + detidos entre 11 de setembro de 2001 e o fim de setembro deste ano => _=entre
  - entre sexta e segunda-feira
@rule pt.daterole.between_end_to daterole role=to
  \b(?:e|ate)\s+(?:o\s+|ao\s+)?(?:fim|final|encerramento)\s+de(?=\s+(?:(?:(?:{MONTH})\s+de\s+)?(?:19|20)\d{2}\b|(?:{MONTH})\s+deste\s+ano\b))
  + detidos entre 11 de setembro de 2001 e o fim de setembro de 2004 => _=e o fim de
  - e o fim de semana
  - a fim de 2020 ser lembrado
# "entre ontem e a madrugada de hoje", "entre ontem, quinta-feira, e hoje": um intervalo de dias nomeados a partir
# da data de referência; o primeiro abre-o, o que segue "e" fecha-o.
@fragment RELDAY = (?:anteontem|ontem(?:\s+(?:a|de|pela)\s+(?:manha|tarde|noite))?|hoje|(?:n?esta)\s+(?:manha|tarde|noite|madrugada)|(?:a|na)\s+(?:manha|tarde|noite|madrugada)\s+de\s+(?:hoje|ontem)|(?:o|ao)\s+meio-dia\s+de\s+hoje)
@rule pt.daterole.relday_span_from daterole role=from
  \bentre(?=\s+{RELDAY}(?:\s*,\s*[^,.;]{1,30},)?\s+e\s+{RELDAY}\b)
  + recapturou 283 foragidos entre ontem, quinta-feira, e a madrugada de hoje
  - entre ontem e o fim de semana
@rule pt.daterole.relday_span_to daterole role=to
  \bentre\s+{RELDAY}(?:\s*,\s*[^,.;]{1,30},)?\s+e(?=\s+{RELDAY}\b)
  + recapturou 283 foragidos entre ontem, quinta-feira, e a madrugada de hoje => _=entre ontem, quinta-feira, e
  - entre ontem e o fim de semana

# "entre o fim da tarde de sábado e esta manhã", "entre sexta-feira e hoje": um intervalo que abre um dia da semana e
# fecha um dia dito a partir da data de referência (hoje, esta manhã); o primeiro abre-o, o que segue "e" fecha-o
# (décima sexta sessão: só se lia o sábado).
@rule pt.daterole.wday_today_span_from daterole role=from
  \bentre(?=\s+(?:o\s+)?(?:(?:fim|final|inicio)\s+d[ao]\s+(?:manha|tarde|noite|madrugada)\s+de\s+)?{WDAY_SPAN_START},?\s+e\s+{RELDAY}\b)
  + 79 pessoas foram detidas entre o fim da tarde de sábado e esta manhã
  + entre sexta-feira à noite e hoje
  - entre sexta-feira e domingo
  - entre sexta-feira e a madrugada
@rule pt.daterole.wday_today_span_to daterole role=to
  \bentre\s+(?:o\s+)?(?:(?:fim|final|inicio)\s+d[ao]\s+(?:manha|tarde|noite|madrugada)\s+de\s+)?{WDAY_SPAN_START},?\s+e(?=\s+{RELDAY}\b)
  + 79 pessoas foram detidas entre o fim da tarde de sábado e esta manhã => _=entre o fim da tarde de sábado e
  + entre sexta-feira à noite e hoje => _=entre sexta-feira à noite e
  - entre sexta-feira e domingo

# Dias do mês sozinhos, sem mês ("detidos entre os dias 9 e 11", "do dia 3 ao dia 5", "de 3 a 5 deste mês"): "dia(s)"
# ou "deste mês" fazem deles datas ("entre 9 e 11 pessoas" não é). O fim é o último dia assim não posterior à data
# de referência; o início, o último não posterior ao fim.
@rule pt.date.day_range date
  \b(?:entre\s+os\s+dias|entre\s+o\s+dia|do\s+dia|desde\s+o\s+dia|nos\s+dias)\s+(?<day>\d{1,2})\s+(?:e|a|ao|ate)\s+(?:o\s+dia\s+|dia\s+)?(?<eday>\d{1,2})\b
   (?:\s+deste\s+mes|(?![.,]?\d)(?!\s*(?:%|por\s*cento|de\b|(?:{MONTH})(?![\p{L}]))))
  | \b(?:de|entre)\s+(?<day2>\d{1,2})\s+(?:a|e)\s+(?<eday2>\d{1,2})\s+deste\s+mes\b
  + 340 jovens detidos entre os dias 9 e 11 => day=9; eday=11
  + do dia 3 ao dia 5 => day=3; eday=5
  + de 3 a 5 deste mês => day2=3; eday2=5
  - entre os dias 9 e 11 de março
  - entre 9 e 11 pessoas

# "de terça-feira a quinta-feira", "da segunda-feira à quarta": o dia depois de "a" fecha o intervalo; o de "de"
# abre-o. A forma curta ("de segunda a sexta") costuma ser um horário, não um intervalo de datas.
@fragment WDAY_LONG = (?:(?:segunda|terca|quarta|quinta|sexta)-feira|sabado|domingo)
@fragment WDAY_FROM = (?:de|d[ao])\s+{WDAY_LONG}(?![\p{L}-])(?:\s+(?:(?:pela|de|a)\s+)?(?:manha|tarde|noite|madrugada))?
@rule pt.daterole.wday_from daterole role=from
  \b(?:de|d[ao])(?=\s+{WDAY_LONG}(?![\p{L}-])(?:\s+(?:(?:pela|de|a)\s+)?(?:manha|tarde|noite|madrugada))?\s+(?:a|ao)\s+{WEEKDAY}(?![\p{L}-]))
  + deteve 150 pessoas de terça-feira a quinta-feira
  + da segunda-feira à quarta
  - de segunda a sexta, das 18h
  - de terça a 5 de março
@rule pt.daterole.wday_to daterole role=to
  \b{WDAY_FROM}\s+(?:a|ao)(?=\s+{WEEKDAY}(?![\p{L}-]))
  + deteve 150 pessoas de terça-feira a quinta-feira => _=de terça-feira a
  + da segunda-feira à noite à quarta => _=da segunda-feira à noite à
  - de terça a 5 de março

# "na noite de sexta para sábado", "de domingo para segunda-feira": a night named by the day it starts and the day
# it runs into is a span of both (the 'de' opens it, the day after 'para' closes it); the short weekday forms are
# read here too (pt.date.weekday_short).
@rule pt.daterole.night_from daterole role=from
  \bde(?=\s+(?:{WEEKDAY})(?![\p{L}-])(?:\s+(?:a\s+)?noite)?\s+para\s+(?:[ao]\s+)?(?:{WEEKDAY})(?![\p{L}-]))
  + foram detidas 640 pessoas na noite de quarta para quinta-feira
  + durante a madrugada de sábado para domingo saíram 30
  - passou de sexta para o fim de semana
  - de sexta a domingo
@rule pt.daterole.night_to daterole role=to
  \bde\s+(?:{WEEKDAY})(?![\p{L}-])(?:\s+(?:a\s+)?noite)?\s+para(?=\s+(?:[ao]\s+)?(?:{WEEKDAY})(?![\p{L}-]))
  + foram detidas 640 pessoas na noite de quarta para quinta-feira => _=de quarta para
  + de sábado para o domingo => _=de sábado para
  - de sexta para o fim de semana

# "entre a segunda-feira passada e o domingo à noite", "entre segunda-feira, 25 de agosto, e sábado": intervalos
# cujos extremos são dias da semana, com "passada/última", uma parte do dia ou a sua própria data (o simples "entre
# sexta-feira e domingo" é a regra de cima). A primeira data abre o intervalo; o dia depois de "e" fecha-o.
@fragment WDAY_SPAN_START
  (?:(?:a|na)\s+(?:manha|tarde|noite|madrugada)\s+(?:de|do|da)\s+)?(?:[ao]\s+)?(?:(?:passad[oa]|ultim[oa])\s+)?{WDAY_LONG}(?![\p{L}-])(?:\s+(?:passad[oa]|ultim[oa]))?
  (?:\s+(?:(?:pela|de|a)\s+)?(?:manha|tarde|noite|madrugada))?
  (?:,?\s+(?:dia\s+)?\d{1,2}(?:o)?(?:\s+de\s+(?:{MONTH})(?![\p{L}]))?(?:\s+de\s+\d{4})?|\s*\(\d{1,2}\))?
@rule pt.daterole.wday_span_from daterole role=from
  \bentre(?=\s+{WDAY_SPAN_START},?\s+e\s+(?:(?:a|na)\s+(?:madrugada|manha|tarde|noite)\s+(?:desta|deste|da|do|de)\s+)?(?:[ao]\s+)?(?:(?:passad[oa]|ultim[oa])\s+)?{WDAY_LONG}(?![\p{L}-]))
  + detiveram 1.113 pessoas entre sexta-feira e a madrugada desta terça-feira => _=entre
  + 3.337 detenções entre a segunda-feira passada e o domingo à noite
  + deteve 1.240 pessoas entre segunda-feira, 25 de agosto, e sábado
  + entre a última segunda-feira e domingo
  + 40 detidos entre a noite de sexta-feira, 3 de maio, e a tarde de sábado
  - entre 25 de agosto e sábado
  - entre segunda-feira e a madrugada
@rule pt.daterole.wday_span_to daterole role=to
  \bentre\s+{WDAY_SPAN_START},?\s+e(?:\s+(?:a|na)\s+(?:madrugada|manha|tarde|noite))?(?=\s+(?:desta\s+|deste\s+|da\s+|do\s+|de\s+)?(?:[ao]\s+)?(?:(?:passad[oa]|ultim[oa])\s+)?{WDAY_LONG}(?![\p{L}-]))
  + detiveram 1.113 pessoas entre sexta-feira e a madrugada desta terça-feira => _=entre sexta-feira e a madrugada
  + 3.337 detenções entre a segunda-feira passada e o domingo à noite => _=entre a segunda-feira passada e
  + deteve 1.240 pessoas entre segunda-feira, 25 de agosto, e sábado => _=entre segunda-feira, 25 de agosto, e
  - entre a segunda-feira passada e o fim de semana

# Uma palavra que faz da data seguinte o dia em que algo foi publicado ("um vídeo publicado na segunda-feira", "o
# relatório anual, divulgado a 30 de agosto, …"): antes do verbo que relata um número, data a declaração.
@rule pt.daterole.published daterole role=said
  \b(?:publicad[oa]s?|divulgad[oa]s?|difundid[oa]s?|emitid[oa]s?|tornad[oa]s?\s+public[oa]s?|postad[oa]s?|(?:com)?partilhad[oa]s?|compartilhad[oa]s?|lid[oa]s?)(?:\s+(?:originalmente|inicialmente))?
    (?=\s+(?:n[ao]|nest[ae]|em|a\s+\d|hoje|ontem|anteontem|esta|\d))
    |\batualizad[oa]s?(?:\s+pela\s+ultima\s+vez)?(?=\s+(?:n[ao]|nest[ae]|a\s+\d|hoje|ontem|anteontem)\b)
  + Um vídeo publicado na segunda-feira no TikTok afirma que
  + No relatório anual, divulgado a 30 de agosto, a rede
  + Numa nota lida hoje ao início da tarde na rádio, os serviços indicaram que
  + A mensagem, partilhada no sábado por uma página anónima, garante que
  + Segundo a contagem da ONG, atualizada na sexta-feira, já são
  + a lista oficial, atualizada pela última vez a 2 de março, inclui
  - atualizado em 5 de março
  - atualizado até segunda-feira
  - publicado pelo ministério
  - emitiu um comunicado na segunda-feira

# Uma publicação que circula desde uma data ("um vídeo que circula desde domingo no WhatsApp diz que"): a data é a
# da mensagem que dá o número, não o início do período contado.
@rule pt.daterole.circulating daterole role=said circulating=1
  \bcircula(?:va|ndo)?(?:\s+(?:n[oa]s?|em|pel[oa]s?)\s+(?:redes\s+sociais|[\p{L}]+)(?:(?:,\s*|\s+e\s+)(?:n[oa]s?\s+)?[\p{L}]+){0,2})?(?=\s+desde\s)
    |\bcircula(?:va)?(?=\s+(?:n[oa]s?|em|pel[oa]s?)\s+(?:redes|grupos|correntes|facebook|twitter|x|whatsapp|tiktok|instagram|telegram|kwai|youtube)\b)
  + Um vídeo que circula desde terça-feira no WhatsApp garante que
  + uma imagem que circula no TikTok e no Facebook desde o fim de semana diz que
  + Desde sábado circula nas redes sociais um cartaz segundo o qual
  + Desde a semana passada circulava em grupos de WhatsApp uma montagem
  - o trânsito circula sem problemas desde as 8h na ponte
  - desde ontem circula pela avenida um desfile

# "na ofensiva que começou a 3 de abril", "a onda de protestos iniciada em 28 de abril": o dia em que começou o que
# uma relativa nomeia abre o período da contagem (um total acumulado, não o acontecimento de um dia).
@rule pt.daterole.began daterole role=from
  \b(?:que\s+(?:comecou|comecaram|se\s+iniciou|se\s+iniciaram|teve\s+inicio|tiveram\s+inicio|eclodiu|eclodiram)|iniciad[oa]s?)(?=\s+(?:a|em|no|na)\s)
  + 18 pessoas foram detidas na ofensiva que começou a 3 de abril
  + a onda de protestos iniciada em 28 de abril
  - os protestos começaram na segunda-feira
  - a marcha que começou ao meio-dia
@rule pt.daterole.to daterole role=to
  \b(?:ate|com\s+dados\s+ate|atualizad[oa]s?\s+(?:ate|em)|com\s+corte\s+em|na\s+data\s+de|a\s+data\s+de|ao\s+fecho\s+de|n?o\s+ultimo\s+dia\s+de)(?:\s+(?:a|ao|o)\s+(?:fim|final)\s+do\s+dia\s+de|\s+(?:o\s+dia|ao\s+dia|este|esta|o\s+fim\s+de|o\s+final\s+de))?\b
  + até quarta-feira
  + tinham sido libertados até ao fim do dia de ontem
  + estimava 1.027 presos ao fecho de agosto
  + até esta manhã
  + havia 9.870 reclusos no último dia de junho
  + com dados até 14 de julho
  + atualizada em 2025-09-12
  + à data de 30 de junho havia 300 presos
  - atentado
# "até ao meio-dia", "até às 20h": uma hora sem dia depois de "até" é de hoje (o dia da notícia); com o seu dia a
# seguir ("até às 11h deste domingo") a hora vai com a palavra, que assim delimita a data que segue.
@rule pt.daterole.to_hour daterole role=to
  \bate\s+(?:(?:as|a|ao|o)\s+)?(?:meio-dia|meia-noite|\d{1,2}(?:[:h]\d{2}|h)?(?:\s*horas)?)(?![\d\p{L}])(?=,?\s+(?:d[eoa]|dest[ea]|nest[ea]|n[oa]|est[ea]|ontem|hoje)\b)
  + Até as 11h deste domingo, 19 dos detidos já haviam sido libertados => _=Até as 11h
  + até ao meio-dia de sábado => _=até ao meio-dia
  - até ao meio-dia pelo menos quarenta pessoas
  - até quarta-feira
@rule pt.date.hour_today date rel=0 hour=1
  (?>(?<=ate\sas\s|ate\sa\s)\d{1,2}(?:[:h]\d{2}|h)?(?:\s*horas)?|(?<=ate\s|ate\sao\s|ate\so\s|ate\sa\s)(?:meio-dia|meia-noite|\d{1,2}(?:[:h]\d{2}|h)))(?![\d\p{L}])
    (?!,?\s+(?:d[eoa]|dest[ea]|nest[ea]|n[oa]|est[ea]|ontem|hoje)\b)
  + A ONG disse que até ao meio-dia pelo menos quarenta pessoas continuavam detidas => _=meio-dia
  + mas até as 20h menos de 500 tinham deixado a academia => _=20h
  - até às 11h deste domingo
  - até 30 anos de prisão
  - até 40 pessoas
  - uma detenção de até 48 horas


# Um acontecimento ainda por vir (claims.c, S_future_day): o dia depois de "serão libertados", "vão sair", "está
# previsto", "deverão regressar a casa a partir desta noite" não é o período do número nem o dia em que se disse.
@rule pt.daterole.future daterole role=future
  \b(?:serao|sera|sairao|saira|ficarao|ficara|voltarao|voltara|regressarao|regressara|deverao|devera|vao\s+(?:ser|sair|ficar|voltar)
     |vai\s+(?:ser|sair|ficar|voltar)|esta\s+previst[oa]|estao\s+previst[oa]s
     |(?:vai|vao)\s+(?:libertar|soltar|indultar|perdoar|amnistiar|anistiar|deter|prender))\b
  + outros 1.100 reclusos serão libertados a 22 de outubro
  + Israel vai libertar 90 presos no domingo => _=vai libertar
  - Israel vai anunciar no domingo
  + cerca de 60 pessoas deverão regressar a casa a partir desta noite
  + vão ser soltos na sexta-feira
  - eram libertados na segunda-feira
  - foram soltos na segunda-feira

# Days named by reference to the date before them (claims.c resolves prev=N against the latest date named in the
# paragraph or the one before): "desde então", "no mesmo dia", "um dia antes".
# Uma parte do dia sem dia próprio a abrir a frase ("À noite, o porta-voz elevou o balanço para 700", "A meio da
# manhã, o ministro já falava em 481", "Ao fim da tarde, a polícia informou 47 detenções"): a do último dia
# nomeado antes, o do relato (prev=0); com um verbo de fala a seguir diz quando se falou. Só a abrir a frase (após
# um ponto, uma quebra de linha ou o travessão de uma entrada com hora) e com uma vírgula a seguir.
@rule pt.date.part_of_day_opening date prev=0 story=1
  (?<=\n|[.!?»"”]\s|[—–|-]\s|[a-z]{3}:\s)(?:(?:pela|de|a)\s+(?:manha|tarde|noite)|(?:ao|no)\s+(?:fim|final|inicio|comeco|principio|cair)\s+da\s+(?:manha|tarde|noite)|a\s+meio\s+da\s+(?:manha|tarde)
     |ao\s+(?:anoitecer|amanhecer|entardecer|meio-dia|meio\s+dia)|de\s+madrugada|ja\s+(?:a|de)\s+noite|durante\s+a\s+(?:manha|tarde|noite)
     |(?:(?:pouco\s+|logo\s+)?(?:antes|depois)\s+|por\s+volta\s+|perto\s+|cerca\s+)?(?:d?o\s+meio-?\s?dia|d?a\s+meia-noite)|a\s+meia-noite
     |(?:ao|no)\s+(?:fim|final|termo)\s+d(?:o|esse|aquele)\s+(?:mesmo\s+)?dia|(?:ao|no)\s+(?:fim|final|termo)\s+d(?:a|essa|aquela)\s+(?:mesma\s+)?jornada)(?=\s*,)
  + Os agentes avançaram às seis. À noite, o porta-voz elevou o balanço para 700 detidos => _=À noite
  + A greve continuou na terça-feira. No final do dia, a prefeita falou em 35 detenções => _=No final do dia
  + Houve confrontos no porto na quinta. Ao fim desse dia, a guarda contava 18 detidos => _=Ao fim desse dia
  - No final do dia de ontem, a polícia contava 18 detidos
  + A marcha começou cedo. A meio da manhã, o ministro já falava em 300 detidos => _=A meio da manhã
  + Houve cargas no sábado. Ao fim da tarde, a polícia informou 47 detenções => _=Ao fim da tarde
  - foram detidos à noite, segundo a polícia
  - Ao fim da tarde de sábado, a polícia informou 47 detenções
  - À noite os agentes detiveram 30
  + Houve protestos no sábado. No começo da noite, a contagem falava em 140 presos => _=No começo da noite
  + CORRESPONDENTE: Ao princípio da tarde, o ministro precisou o número => _=Ao princípio da tarde
  + A marcha chegou a Brasília na segunda. À meia-noite, o ministro elevou para quatro o número de presos => _=À meia-noite
  + Houve confrontos no sábado. Pouco depois do meio-dia, a polícia confirmou 60 detenções => _=Pouco depois do meio-dia
  + O protesto seguiu na quinta. Por volta da meia-noite, o porta-voz situou em 90 os detidos => _=Por volta da meia-noite
  + Foram soltos no domingo. Ao entardecer, o advogado disse que 20 continuavam presos => _=Ao entardecer
  + Houve bloqueios na sexta. Durante a tarde, a promotoria informou 12 detidos => _=Durante a tarde
  - Ao meio-dia de sábado, a PF contabilizava dez presos
  - À meia-noite a polícia deteve 30
  - Durante a noite eleitoral, o partido denunciou 12 detenções
@rule pt.date.same_day date prev=0
  \b(?:desde\s+entao|n?o\s+mesmo\s+dia|n?o\s+proprio\s+dia|n?aquele\s+(?:mesmo\s+)?dia|nesse\s+(?:mesmo\s+)?dia|n?(?:essa|aquela)\s+(?:mesma\s+)?data|n?a\s+mesma\s+jornada|n(?:essa|aquela)\s+(?:mesma\s+)?jornada
     |n(?:essa|aquela)\s+(?:mesma\s+)?(?:noite|madrugada|tarde|manha)|n(?:essa|aquela)\s+(?:mesma\s+)?ocasiao)\b
  + No próprio dia, a polícia contou 40 detidos
  + passaram pelas celas da polícia desde então
  + libertados no mesmo dia
  + O ministro anunciou aquele dia 300 detidos
  + Naquela noite levaram onze rapazes
  + Naquela jornada a guarda contou 25 detidos
  + Nessa ocasião regressaram também nove civis
  + foram soltos 70 presos desde essa data
  + Naquela data a polícia contava 12 detidos
  - essa database
  - o mesmo diário
  - uma ocasião única
# "Até então", "nessa altura", "até esse momento": uma contagem fechada no último dia nomeado (a palavra é de
# 'até': pt.daterole.by_then): "O tribunal decidiu a 6 de maio. Até então tinham saído 224 pessoas".
@rule pt.date.by_then date prev=0 closes=1
  (?<!\p{L}\s)\b(?:ate\s+(?:entao|esse\s+momento|aquele\s+momento|essa\s+data|esse\s+dia)\b|(?:n|por\s+|a\s+)essa\s+altura\b(?!\s+d[eoa]s?\b))
  + Até então, mais de 90 presos tinham saído em liberdade
  + até esse momento somavam 40 arguidos
  + Nessa altura, uns 70 reclusos tinham ficado livres
  + a essa altura já tinham sido soltos 70
  - até entardecer
  - tinham nessa altura saído 90
  - nessa altura do campeonato
@rule pt.daterole.by_then daterole role=to
  \b(?:n|por|a)(?=\s?essa\s+altura\b(?!\s+d[eoa]s?\b))
  + Nessa altura, uns 70 reclusos tinham ficado livres
  + a essa altura já tinham sido soltos 70
  - nessa altura do campeonato
# Umas horas depois do dia nomeado antes, o mesmo dia: "horas depois, 30 deles foram libertados"; não "horas depois
# da votação" (um acontecimento sem data) nem "horas depois de que…".
@rule pt.date.hours_later date prev=0
  \b(?:(?:(?:poucas|umas|algumas|varias|duas|tres|quatro)\s+)?(?:horas|minutos)|pouco|momentos)\s+(?:depois|mais\s+tarde)\b(?!\s+(?:de|da|do|das|dos|que)\b)
  + O procurador reagiu pouco depois e fixou em 90 os detidos
  - pouco depois da votação
  + Poucas horas depois, 40 deles foram soltos
  + e Israel soltou horas depois 200 presos
  - horas depois da votação
  - duas horas depois de o avião aterrar
# Um período nomeado antes ("durante este período", "no mesmo período"): claims.c dá-lhe o período do último
# número ou do último intervalo de datas do parágrafo ou do anterior (period=same).
@rule pt.date.same_period date period=same
  \b(?:(?:durante|em|ao\s+longo\s+d[eo])\s+(?:este|esse|aquele|tal)\s+periodo|no\s+mesmo\s+periodo|n(?:esse|este|aquele)\s+(?:mesmo\s+)?periodo|(?:durante\s+|ao\s+longo\s+d)(?:esse|este|aquele)\s+mesmo\s+periodo|no\s+mesmo\s+intervalo)\b(?!\s+(?:de|da|do|em\s+que)\b)
  + Durante este período saíram 2031 reclusos
  + No mesmo período, porém, documentámos 1 500 detenções
  + nesse período foram detidas 40 pessoas
  + Uma ONG contou 800 detenções naquele mesmo período => _=naquele mesmo período
  + durante esse mesmo período saíram 75 reclusos
  - no período eleitoral
  - neste período de crise
# A statement named before ("no mesmo comunicado", "segundo o mesmo balanço"): claims.c gives the figure the
# statement date of the latest dated figure of the paragraph or the one before (said=same).
@rule pt.date.same_statement date said=same
  \b(?:n[oa]|segundo\s+[oa]|de\s+acordo\s+com\s+[oa]|conforme\s+[oa]|nesse|nessa|neste|nesta|[oa]|esse|essa)\s+mesm[oa]\s+(?:relatorio|comunicado|balanco|nota|declaracao|boletim|conferencia(?:\s+de\s+imprensa)?|entrevista|mensagem|informe)\b
  + No mesmo comunicado, o ministério afirmou que 40 continuavam detidos
  + segundo o mesmo balanço
  + A mesma nota da polícia garante que 60 detidos foram soltos
  - no mesmo dia
  - no mesmo período
# A statement named with no day of its own ("num comunicado", "numa conferência de imprensa", "em nota"): the
# occasion of what the story has just told; the figure takes the statement day of the latest dated figure, or of the
# latest reporting verb with its day, in its paragraph or the two before (said=told; when.c S_same_statement), when
# the sentence names no day of its own.
@rule pt.date.a_statement date said=told
  \b(?:n(?:um|uma)|em(?:\s+(?:um|uma))?|durante\s+(?:um|uma))\s+(?:(?:breve|curt[oa]|long[oa]|extens[oa]|sucint[oa])\s+)?(?:comunicado|conferencia\s+de\s+imprensa|entrevista\s+coletiva|coletiva\s+de\s+imprensa|nota(?:\s+oficial|\s+[aà]\s+imprensa)?|declaracao)\b(?!\s+(?:posterior|anterior|separad[oa]|distint[oa])\b)
  + precisou o responsável numa conferência de imprensa
  + lê-se num comunicado enviado às redações
  + informou a polícia em nota
  - num comunicado posterior
  - no comunicado
  - em notas fiscais
@rule pt.date.day_before date prev=-1
  \b(?:um\s+dia\s+antes|n?o\s+dia\s+anterior|na\s+vespera)\b(?!\s+(?:de|da|do|das|dos)\b)
  + Um dia antes, o ministro
  + na véspera
  - um dia antes da votação
# O dia depois da data nomeada antes ("no dia seguinte", "dois dias depois": prev=1 vezes a captura ndays), e dias
# contados para trás a partir da data de referência ("há três dias": rel=-1 vezes ndays; "há instantes").
@rule pt.date.day_after date prev=1
  \b(?:no\s+dia\s+seguinte|um\s+dia\s+depois|na\s+manha\s+seguinte)\b(?!\s+(?:de|do|da|a|ao)\b)
  + No dia seguinte, o prefeito falou em 300 detenções
  + um dia depois
  - um dia depois da votação
  - no dia seguinte ao da detenção
@rule pt.date.days_later date prev=1
  \b(?<ndays>\d{1,2}|{NUMWORD})\s+dias\s+(?:depois|mais\s+tarde)\b(?!\s+(?:de|do|da|dos|das)\b)
  + Dois dias depois, a procuradora informou => ndays=Dois
  + 3 dias mais tarde => ndays=3
  - cinco dias depois da tomada do poder
@rule pt.date.days_ago date rel=-1
  \b(?:ha\s+(?<ndays>\d{1,2}|{NUMWORD})\s+dias|(?<ndays2>\d{1,2}|{NUMWORD})\s+dias\s+atras)\b
  + libertados há dois dias => ndays=dois
  + três dias atrás => ndays2=três
  - há dias
@rule pt.date.moments_ago date rel=0
  \bha\s+(?:(?:uns\s+)?(?:poucos\s+)?(?:instantes|momentos|minutos)\b|pouco(?=\s*[,.;:]|\s+que\b|\s+os?\s))
  + a Procuradoria comunicou há instantes que 50 detidos
  + disse há pouco que
  + a polícia atualizou há pouco o balanço
  - há pouco mais de 2 mil presos
  - há pouco tempo
# "A PM acaba de divulgar o balanço", "acabam de ser soltos", "acabou de anunciar": o que se acaba de fazer fez-se
# hoje (a data de referência); "acabava de" conta um passado.
@rule pt.date.just_done date rel=0
  \bacab(?:a|am|ou|aram)\s+de(?=\s+(?:ser\s+)?\p{L}+(?:ar|er|ir)\b)
  + A PM acaba de divulgar o balanço
  + os presos acabam de ser soltos
  + o ministério acabou de anunciar
  - acabava de divulgar o balanço
  - acabou de vez com a greve
# "no último fim de semana", "durante o fim de semana" (weekend=1): o último sábado e domingo, um intervalo;
# "passado" dito num fim de semana é o anterior.
@rule pt.date.weekend date weekend=1
  \b(?:(?:n?o|neste|este|durante\s+o)\s+(?:(?<past>ultimo|passado)\s+)?fim\s+de\s+semana(?:\s+(?<past3>passado))?)\b(?!\s+(?:de|do|da)\b)
  + as autoridades libertaram 30 estudantes no fim de semana passado => past3=passado
  + no último fim de semana => past=último
  - no próximo fim de semana
  - o fim de semana de 20 e 21 de janeiro


# A date naming an event ("o golpe de 1 de fevereiro de 2021", "a eleição presidencial de 28 de julho"): named=1
# makes it no statement date and no period of releases or people held; it dates arrests at the event (claims.c).
@lexicon EVENT_NAMES event_names.txt
@rule pt.date.named_event date named=1
  \b(?:{EVENT_NAMES})(?:\s+\p{L}+){0,2}?\s+(?:de|do|da)\s+(?:dia\s+)?(?<day>\d{1,2})(?:o)?\s+de\s+(?<month>{MONTH})(?![\p{L}])(?:\s+de\s+(?<year>\d{4}))?
  + que se seguiram à eleição presidencial de 28 de julho => day=28; month=julho
  + desde o golpe de 1 de fevereiro de 2021 => day=1; month=fevereiro; year=2021
  - foram libertados em 28 de julho
  - a libertação de 28 de julho

# "Naquele sábado", "nessa quarta-feira": a weekday pointed back to is the latest day named before it in the
# document that falls on that weekday (claims.c, S_that_weekday, thatday=1), not the latest such weekday before the
# reference date.
@rule pt.date.that_weekday date thatday=1
  \b(?:naquel[ea]|nesse|nessa|daquel[ea]|desse|dessa|aquel[ea]|esse|essa)\s+(?:mesm[oa]\s+)?(?<wday>{WEEKDAY})(?![\p{L}])(?:\s+de\s+(?:{MONTH})(?![\p{L}])(?!\s+de\s+\d))?
  + Naquele sábado, segundo a polícia, 20 pessoas foram detidas => wday=sábado
  + nessa quarta-feira saíram cem presos => wday=quarta-feira
  + foram presas 300 pessoas ao longo daquele domingo => wday=domingo
  + na madrugada dessa sexta-feira saíram 40 => wday=sexta-feira
  - naquele mês

# "desde o golpe", "desde a noite do golpe", "desde o dia da votação", "desde o início dos protestos": a period
# opened by an event, not by a day. claims.c (S_since_event, evref=1) takes the day of the same event named before
# in the document (event_kinds: "a votação" is "as eleições gerais de 29 de outubro").
@rule pt.date.since_event date evref=1
  (?<=\bdesde\s)(?:(?:o|a)\s+(?:inicio|comeco|principio|eclosao|noite|madrugada|dia|aprovacao|entrada\s+em\s+vigor|promulgacao|data)\s+(?:d[oa]s?|de)\s+(?:aquel[ea]s?\s+|ess[ea]s?\s+)?|(?:o|a|os|as|aquel[ea]s?)\s+)(?:{event_kinds})\b(?!\s+(?:de|do|da|em)\s+\d)
  + mais de 2.500 pessoas presas desde o dia da votação
  + desde a noite do golpe
  + desde o início dos protestos
  + desde a aprovação da lei
  - desde o golpe de 1 de fevereiro de 2021
  - desde segunda-feira
  - desde a sede do partido

# "detidos na operação", "apanhadas no cerco", "naquela operação": uma contagem de um acontecimento, sem dia próprio.
# when.c (S_since_event, within=1) toma o dia (ou os dias) do mesmo acontecimento datado antes na notícia
# (event_kinds, classe operation), ou com "naquela/nessa" (that=1) o dia da frase anterior; nunca quando a frase dá
# outro dia ou um limite desde/até.
@rule pt.date.in_event date evref=1 within=1
  \b(?:n[oa]|durante\s+[oa])\s+(?:(?:grande|ampla)\s+)?(?:operacao|rusga|cerco|despejo|assalto|desocupacao)\b(?:\s+(?:policial|militar))?(?!\s+(?:de|do|da|em)\s+\d)(?!\s+(?:de|desta|dessa|da)\s+(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)\b)(?!\s+que\s+comecou\b)
  + foram detidos na operação 317 cidadãos
  + 506 pessoas foram apanhadas no cerco
  + detidas durante a operação policial
  - na operação de 4 de setembro
  - na operação de sexta-feira
  - nos protestos

@rule pt.date.in_that_event date evref=1 within=1 that=1
  \b(?:naquel[ae]|ness[ae]|durante\s+(?:aquel[ae]|ess[ae]))\s+(?:operacao|rusga|cerco|despejo|assalto|desocupacao)\b(?:\s+(?:policial|militar))?(?!\s+(?:de|do|da|em)\s+\d)
  + Naquela operação foram detidas 200 pessoas
  + durante essa rusga
  - naquelas operações

# Uma oração relativa depois do número que diz quando o número foi divulgado ("719 pessoas, números que o ministério
# divulgou ontem de manhã"; "segundo o balanço que a polícia apresentou na segunda-feira"): o dia é o da declaração.
@rule pt.daterole.figure_published daterole role=said figure=1
  \b(?:numeros?|cifras?|balanco|dados|totais|total|contagem)\s+que\s+(?:[\p{L}-]+\s+){0,6}?(?:divulg|difund|public|anunci|apresent|comunic|avanc|deu\b|deram\b)[\p{L}]*
    (?=\s+(?:n[ao]|nest[ae]|ness[ae]|naquel[ae]|em\s+\d|a\s+\d|hoje|ontem|anteontem|esta|essa|\d))
  + foram presas 80 pessoas, números que a polícia divulgou ontem à noite
  + segundo o balanço que o governo apresentou na terça-feira
  + cifras que o sindicato deu nesse mesmo dia
  - os números que a polícia divulgou mostram
  - o balanço que o governo apresentou em Bruxelas

# O fim de um mês ou de um ano (décima oitava sessão): "cerca de mil pessoas estavam detidas no final de outubro",
# "no fim de 2024 havia 300 presos", "no final do ano passado". O mês ou o ano é uma data; a palavra faz dele o 'to'
# de um estado (state=1: when.c só o usa com uma cifra de presos; um evento "no fim de junho" não tem dia dito).
@rule pt.date.end_of_year date
  \b(?:n?o|ao)\s+(?:fim|final)\s+d[eo]\s+(?:ano\s+(?:de\s+)?)?(?<yearonly>(?:19|20)\d{2})\b(?![.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_OTHER}))
  + no final de 2024 havia 300 presos => yearonly=2024
  + ao fim do ano de 1968 => yearonly=1968
  - no final de 2.024 casos
@rule pt.date.end_of_month date
  \b(?:n?o|ao)\s+(?:fim|final)\s+de\s+(?<monthonly>{MONTH})(?![\p{L}])(?!\.?\s*(?:de\s+)?\d)
  + cerca de mil pessoas estavam em detenção no final de outubro => monthonly=outubro
  - no final de outubro de 2024
  - no fim de semana
@rule pt.daterole.end_of daterole role=to state=1
  \b(?:n?o|ao)\s+(?:fim|final)\b(?=\s+d[eo]\s+(?:ano\s+passado\b|(?:{MONTH})(?![\p{L}])|(?:ano\s+(?:de\s+)?)?(?:19|20)\d{2}\b))
  + cerca de mil pessoas estavam detidas no final de outubro => _=no final
  + no fim do ano passado havia 300 presos => _=no fim
  + no final de 2024 => _=no final
  - no fim de semana
  - ao fim de cinco dias
