# Spanish dates. Captures: day, month (name or number), year, wday; rel= gives days from the reference date.
# dateline=1 marks the shapes that may date the document itself when they open it.

@rule es.date.dmy date dateline=1
  \b(?<day>\d{1,2})(?:o)?\s+(?:de\s+)?(?<month>{MONTH})\.?(?:\s+(?:de|del)\s+(?<year>\d{4})|\s+(?<year2>\d{4})|\s+del\s+(?<lastyear>ano\s+pasado))?\b
  + el 23 de diciembre de 2024 => day=23; month=diciembre; year=2024
  + el pasado 8 de enero => day=8; month=enero
  + el 4 de enero del año pasado => day=4; month=enero; lastyear=año pasado
  + CARACAS, 14 ene (EFE) => day=14; month=ene
  - 23 presos

@rule es.date.numeric date dateline=1
  \b(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4}|\d{2})\b | \b(?<year2>\d{4})-(?<month2>\d{2})-(?<day2>\d{2})\b
  + el 23/12/2024 => day=23; month=12; year=2024
  - 1/2 de los presos

@rule es.date.weekday date
  \b(?:(?:el|este|esta|del|el\s+pasado|este\s+pasado|la\s+noche\s+del|la\s+manana\s+del|la\s+tarde\s+del)\s+)?(?<wday>{WEEKDAY})(?![\p{L}])
    (?:\s+(?:por\s+la\s+)?(?:manana|tarde|noche|madrugada|pasado))?(?:\s*\((?<day>\d{1,2})\)|\s+(?<day2>\d{1,2})(?!\s*(?:de\s+)?(?:{MONTH})))?
  + anunció el martes (13) que => wday=martes; day=13
  + este lunes => wday=lunes
  + el miércoles por la noche => wday=miércoles
  - lunares

@rule es.date.today date rel=0
  \b(?:hoy|esta\s+manana|esta\s+tarde|esta\s+noche|este\s+dia)\b
  + hoy
  + esta mañana
  - hoyo
@rule es.date.yesterday date rel=-1
  \b(?:ayer|anoche)\b
  + ayer por la tarde
  - ayeres
@rule es.date.before_yesterday date rel=-2
  \banteayer\b
  + anteayer
  - ayer

@rule es.date.month_year date
  \b(?:en\s+)?(?<monthonly>{MONTH})\s+(?:de|del)\s+(?<year>\d{4})\b
  + julio de 2024 => monthonly=julio; year=2024
  - julio

@rule es.daterole.from daterole role=from
  \b(?:desde|a\s+partir\s+del?)(?:\s+(?:el|la|este|esta|el\s+pasado|del))?\b
  + desde el 8 de enero
  + a partir del lunes
  - después
@rule es.daterole.to daterole role=to
  \b(?:hasta|al(?=\s+\d{1,2}\s+de\s)|al\s+corte\s+de|con\s+corte\s+a|a\s+fecha\s+de|hasta\s+el\s+cierre\s+de)(?:\s+(?:el|la|este|esta|del|al))?\b
  + hasta el miércoles
  + hasta esta mañana
  + Al 24 de agosto, la agencia mantenía
  - al menos 24 de ellos
  - hastiado

# Rangos: el inicio toma el mes y el año del final cuando no los dice.
@rule es.date.range date
  \b(?:entre|del|desde\s+el|el|los\s+dias)\s+(?:el\s+)?(?<day>\d{1,2})(?:\s+de\s+(?<month>{MONTH}))?(?:\s+de\s+(?<year>\d{4}))?
   \s+(?:y|al|hasta\s+el|a)\s+(?:el\s+)?(?:(?:{WEEKDAY})\s+)?(?<eday>\d{1,2})\s+de\s+(?<emonth>{MONTH})(?:\s+(?:de|del)\s+(?<eyear>\d{4}))?
  + entre el 20 y el 24 de febrero => day=20; eday=24; emonth=febrero
  + las dos primeras semanas, del 6 al 22 de junio => day=6; eday=22; emonth=junio
  + del 8 de enero al 15 de febrero de 2026 => day=8; month=enero; eday=15; emonth=febrero; eyear=2026
  - entre 20 y 30 presos
  + detenidas el 8 y 9 de enero de 2023 => day=8; eday=9; emonth=enero; eyear=2023
