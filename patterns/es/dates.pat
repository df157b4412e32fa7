# Spanish dates. Captures: day, month (name or number), year, wday; rel= gives days from the reference date.
# dateline=1 marks the shapes that may date the document itself when they open it.

@rule es.date.dmy date dateline=1
  \b(?:(?:el\s+)?(?<wday>{WEEKDAY}),?\s+)?(?<day>\d{1,2}|{DAYWORD}(?=\s+de\s))(?:o)?\s+(?:de\s+)?(?<month>{MONTH})\.?(?:\s+(?:de|del)\s+(?<year>\d{4})|\s+(?<year2>\d{4})|\s+del\s+(?<lastyear>ano\s+pasado)|\s+(?:de\s+(?:ese|aquel)\s+(?:mismo\s+)?|del\s+mismo\s+)(?<thatyear>ano)\b)?\b
  + el 23 de diciembre de 2024 => day=23; month=diciembre; year=2024
  + el pasado 8 de enero => day=8; month=enero
  + informó el viernes 29 de noviembre de 43 arrestos => day=29; month=noviembre
  + el 4 de enero del año pasado => day=4; month=enero; lastyear=año pasado
  + salieron el 2 de junio de ese año => day=2; month=junio; thatyear=año
  + el 9 de octubre del mismo año => day=9; month=octubre; thatyear=año
  + CARACAS, 14 ene (EFE) => day=14; month=ene
  + la marcha del veintiocho de octubre => day=veintiocho; month=octubre
  + el primero de mayo de 2024 => day=primero; month=mayo; year=2024
  + el treinta y uno de enero => day=treinta y uno; month=enero
  - 23 presos
  - tres de los detenidos

@rule es.date.numeric date dateline=1
  \b(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4}|\d{2})\b | \b(?<year2>\d{4})-(?<month2>\d{2})-(?<day2>\d{2})\b
  + el 23/12/2024 => day=23; month=12; year=2024
  - 1/2 de los presos

@rule es.date.weekday date wdayonly=1
  \b(?:(?<past>el\s+pasado|este\s+pasado)\s+|(?:el|este|esta|del|la\s+noche\s+del|la\s+manana\s+del|la\s+tarde\s+del)\s+)?(?<wday>{WEEKDAY})(?![\p{L}])
    # "la noche del martes 30 de abril": a weekday with its full date is es.date.dmy's
    (?!,?\s+\d{1,2}(?!\d)\s*(?:de\s+)?(?:{MONTH}))
    (?:\s+(?:por\s+la\s+)?(?:manana|tarde|noche|madrugada)|\s+(?<past3>pasado))?(?:\s+de\s+(?<lastweek>la\s+semana\s+pasada))?(?:\s*\((?<day>\d{1,2})(?:\s+de\s+(?<month>{MONTH}))?\)|\s+(?<day2>\d{1,2})(?!\d|[.,]\d)(?!\s*(?:de\s+)?(?:{MONTH})))?
  + anunció el martes (13) que => wday=martes; day=13
  + desde el jueves pasado (16 de marzo) => wday=jueves; past3=pasado; day=16; month=marzo
  + el jueves de la semana pasada salieron => wday=jueves; lastweek=la semana pasada
  - La noche del martes 30 de abril
  + este lunes => wday=lunes
  + el miércoles por la noche => wday=miércoles
  + hasta el viernes pasado => wday=viernes; past3=pasado
  + contó el lunes 1.963 presos políticos => wday=lunes; day2=
  - lunares

# "el día 17": un día del mes solo es de ese mes nombrado por última vez antes (claims.c, dayonly=1), o el último
# día así no posterior a la fecha de referencia; "el día 11 de este mes" es del mes de la fecha de referencia.
@rule es.date.day_only date dayonly=1
  \b(?:el\s+)?dia\s+(?<day>\d{1,2}|(?<=\bel\sdia\s){DAYWORD}(?=\s*[,.;:)]|\s*$|\s+(?:y|en|a|al|hasta|cuando|por|la|el|los|las)\b))(?![\d:h]|[/.]\d)(?!\s*(?:de\s+)?(?:{MONTH})(?![\p{L}]))(?!\s+del?\s)
  + La marcha del día 17, la más multitudinaria, acabó con 40 detenidos => day=17
  + el día 20, la policía detuvo => day=20
  + el día tres, la policía detuvo => day=tres
  - ese día cinco personas fueron detenidas
  - el día dos de la huelga
  - el día 16 de mayo
  - el día 2 de la huelga
@rule es.date.day_this_month date
  \b(?:el\s+)?dia\s+(?<day>\d{1,2})\s+(?:de\s+este\s+mes|del\s+mes\s+en\s+curso|del\s+presente\s+mes|del\s+corriente\s+mes)\b
  + El día 11 de este mes, cuando el texto se aprobó => day=11
  - el día 11 de mayo
@rule es.date.today date rel=0
  \b(?:hoy(?!\s+en\s+dia)|esta\s+manana|esta\s+tarde|esta\s+noche|esta\s+madrugada|este\s+mediodia|este\s+dia)\b
  + hoy
  + hasta este mediodía
  + esta madrugada
  - hoy en día
  + esta mañana
  - hoyo
@rule es.date.yesterday date rel=-1
  \b(?:ayer(?:\s+(?:por|en)\s+la\s+(?:manana|tarde|noche))?|anoche)\b
  + ayer por la tarde
  + Ayer por la mañana, el director
  - ayeres
@rule es.date.before_yesterday date rel=-2
  \banteayer(?:\s+(?:por|en)\s+la\s+(?:manana|tarde|noche))?\b
  + anteayer
  - ayer

# "arrestadas desde la mañana", "desde primera hora": una hora del día sin día es la de hoy (en un directo, la de la
# entrada), como "esta mañana"; la cifra "desde la mañana" empieza ese día.
# "quedaron en libertad de madrugada", "fueron detenidos durante la madrugada": las primeras horas sin día propio
# son las de hoy (en un directo, las del día de la entrada), como "esta madrugada": la noche que acaba de pasar.
# Con día propio ("la madrugada del domingo", "de la madrugada", "las dos de la madrugada") no (twentieth session).
@rule es.date.small_hours date rel=0 ofday=1
  \b(?:de|durante\s+la|en\s+la|a\s+lo\s+largo\s+de\s+la)\s+madrugada\b(?!\s+(?:del?|anterior|siguiente|previa|pasada|posterior|de\s+(?:ayer|hoy|aquel|ese|este|esta))\b)(?!\s*,?\s*(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b)
  + Los detenidos quedaron en libertad de madrugada tras pagar una multa
  + doce jóvenes fueron arrestados durante la madrugada en el centro
  - las dos de la madrugada
  - en la madrugada del domingo
  - durante la madrugada anterior
  - en la madrugada de ayer

@rule es.date.since_daypart date rel=0 ofday=1
  (?<=\bdesde\s)(?:la\s+(?:manana|madrugada)|el\s+mediodia|primera\s+hora(?:\s+de\s+la\s+manana)?)\b(?!\s+(?:del?|de\s+ayer|de\s+aquel|de\s+ese|anterior|siguiente|previa|pasada)\b)(?!\s*,?\s*(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b)
  + las personas arrestadas desde la mañana en el centro
  + desde primera hora
  - ocupado desde la madrugada anterior
  - desde la madrugada del miércoles 23
  - desde la mañana del sábado

@rule es.date.month_year date
  \b(?:(?<!\d\sde\s)(?<!\d\s)|(?=(?:en\s+)?(?:{MONTH})\s+(?:de|del)\s+\d))(?:en\s+)?(?<monthonly>{MONTH})\s+(?:(?:de|del)\s+(?<year>\d{4})\b|(?:de\s+(?:ese|aquel)\s+(?:mismo\s+)?|del\s+mismo\s+)(?<thatyear>ano)\b|de\s+(?<thisyear>este\s+ano)\b|del\s+(?<lastyear>ano\s+pasado)\b)
  + julio de 2024 => monthonly=julio; year=2024
  + En junio del año pasado, el Gobierno excarceló a 40 presos => monthonly=junio; lastyear=año pasado
  + en mayo de aquel año salieron 40 presos => monthonly=mayo; thatyear=año
  + hasta finales de septiembre de este año => monthonly=septiembre; thisyear=este año
  - el 30 de junio de este año
  - julio

# Periodos enteros sin día (claims.c solo los usa cuando algo los ata a una cifra): un mes tras desde/hasta (el
# último mes de ese nombre), un año ("en 2020", "desde 2022"), el año pasado, y un tramo de meses. Un mes sin año
# se lee en el año de la historia que cuenta el texto (recognize.c, S_anchor_years), salvo una cifra al cierre o
# al último día de un mes (asof): la del último mes de ese nombre, cuente el texto la historia que cuente.
@rule es.date.month_alone date
  \b(?:desde|hasta|(?<asof>al\s+cierre\s+de|(?:el|en\s+el)\s+ultimo\s+dia\s+de))\s+(?:(?:el\s+mes\s+de|principios\s+de|finales\s+de|el\s+cierre\s+de)\s+)?(?<monthonly>{MONTH})\b(?!\.?\s*(?:de\s+|del\s+)?\d)
  + detenidos desde septiembre => monthonly=septiembre
  + había 9.870 internos el último día de junio => monthonly=junio; asof=el último día de
  + cifraba en 1.027 los presos al cierre de agosto => monthonly=agosto; asof=al cierre de
  - desde el 8 de septiembre
  - desde septiembre de 2022
# "desde mediados de abril": no hay día que acote el periodo; sigue siendo una fecha (sus cifras no se cuentan),
# sin resolver (midmonth no es una captura que se resuelva).
@rule es.date.mid_month date
  \b(?:desde|hasta|a|en)\s+(?:mediados|la\s+mitad)\s+(?:de|del\s+mes\s+de)\s+(?<midmonth>{MONTH})\b(?:\s+(?:de|del)\s+(?<midyear>\d{4}))?
  + 2.000 arrestos desde mediados de abril => midmonth=abril
  + a mediados de diciembre de 2023 => midmonth=diciembre; midyear=2023
  - desde abril
@rule es.date.year date
  \b(?:en|desde|durante|hasta|a\s+lo\s+largo\s+de)\s+(?:(?:todo\s+)?(?:el\s+(?:ano\s+)?)|todo\s+|(?:principios|finales|mediados)\s+de\s+)?(?<yearonly>(?:19|20)\d{2})\b(?![.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_OTHER}))
  + En 2020, el Ministerio => yearonly=2020
  + en todo 2023 fueron detenidas 90 personas => yearonly=2023
  + en todo el año 2023 => yearonly=2023
  + fueron excarcelados a lo largo de 2024 => yearonly=2024
  + desde 2020 => yearonly=2020
  - en 2.020 casos
@rule es.date.last_year date relyear=-1
  \b(?:(?:el|del)\s+ano\s+pasado|el\s+pasado\s+ano|el\s+ano\s+anterior)\b
  + el año pasado
  + a finales del año pasado
  - hace un año
@rule es.date.month_range date
  \b(?:entre|de|desde)\s+(?<monthonly>{MONTH})(?:\s+(?:de|del)\s+(?<year>\d{4}))?\s+(?:y|a|hasta)\s+(?<emonthonly>{MONTH})(?:\s+(?:de|del)\s+(?<eyear>\d{4})|\s+(?:de\s+(?:ese|aquel)\s+(?:mismo\s+)?|del\s+mismo\s+)(?<thatyear>ano)|\s+del\s+(?<lastyear>ano\s+pasado))?\b
  + entre julio y agosto del año pasado => monthonly=julio; emonthonly=agosto; lastyear=año pasado
  + entre abril y junio de 2021 => monthonly=abril; emonthonly=junio; eyear=2021
  + entre noviembre y diciembre de aquel año salieron 400 presos => monthonly=noviembre; emonthonly=diciembre; thatyear=año
  + de noviembre de 2023 a enero de 2024 => monthonly=noviembre; year=2023; emonthonly=enero; eyear=2024
  - entre abril
# "entre 1976 y 1983", "de 2014 a 2016": un tramo de años enteros, del 1 de enero del primero al 31 de diciembre del
# segundo (un tramo, no un año suelto: lo marcan sus palabras).
@rule es.date.year_range date
  \b(?:entre|de|desde)\s+(?:(?:el\s+)?ano\s+)?(?<yearonly>(?:19|20)\d{2})\s+(?:y|a|al|hasta)\s+(?:(?:el\s+)?ano\s+)?(?<eyearonly>(?:19|20)\d{2})\b(?![.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_OTHER}))
  + unas 5.000 personas estuvieron cautivas entre 1976 y 1983 => yearonly=1976; eyearonly=1983
  + fueron detenidos de 2014 a 2016 => yearonly=2014; eyearonly=2016
  - entre 1900 y 2000 personas
  - entre 2.000 y 3.000
  - entre abril y junio de 2021
# "entre el viernes y el lunes": el primer día abre el tramo, el segundo lo cierra.
# "los operativos del domingo y el lunes": lo mismo.
@rule es.daterole.between_from daterole role=from
  \b(?:entre|del)(?=\s+(?:el\s+)?(?:{WEEKDAY})\s+y\s+(?:el\s+)?(?:{WEEKDAY}))
  + entre el viernes y el lunes
  + durante los operativos del domingo y el lunes
  - entre el viernes de la semana
  - del domingo y la madrugada
@rule es.daterole.between_to daterole role=to
  \b(?:entre|del)\s+(?:el\s+)?(?:{WEEKDAY})\s+y(?=\s+(?:el\s+)?(?:{WEEKDAY}))
  + entre el viernes y el lunes
  + durante los operativos del domingo y el lunes
  - entre el viernes y la madrugada

# "entre el 11 de septiembre de 2001 y finales de septiembre de 2004", "desde marzo de 2019 hasta el final de 2020":
# el primer día abre el tramo; el mes o año tras "finales de" lo cierra (su último día).
@rule es.daterole.between_end_from daterole role=from
  \b(?:entre|desde)(?=\s+[^;:]{4,40}?\s+(?:y|hasta)\s+(?:(?:el\s+)?(?:final|fin|cierre)\s+de|finales\s+de)\s+(?:(?:(?:{MONTH})\s+(?:de|del)\s+)?(?:el\s+ano\s+)?(?:19|20)\d{2}\b|(?:{MONTH})\s+de\s+este\s+ano\b))
  + detenidos entre el 11 de septiembre de 2001 y finales de septiembre de 2004 => _=entre
  + detenidos entre el 11 de septiembre de 2001 y finales de septiembre de este año => _=entre
  - entre el viernes y el lunes
@rule es.daterole.between_end_to daterole role=to
  \b(?:y|hasta)\s+(?:(?:el\s+)?(?:final|fin|cierre)\s+de|finales\s+de)(?=\s+(?:(?:(?:{MONTH})\s+(?:de|del)\s+)?(?:el\s+ano\s+)?(?:19|20)\d{2}\b|(?:{MONTH})\s+de\s+este\s+ano\b))
  + detenidos entre el 11 de septiembre de 2001 y finales de septiembre de 2004 => _=y finales de
  - y finales de semana
  - en los primeros días, a finales de octubre de 2024, el portavoz
# "entre el lunes pasado y el domingo por la noche", "entre el lunes 25 de agosto y el sábado": tramos cuyos
# extremos son días de la semana, con "pasado", una parte del día o su propia fecha (el simple "entre el viernes y
# el lunes" es la regla de arriba). La primera fecha abre el tramo; el día tras "y" lo cierra.
@fragment WDAY_SPAN_START
  (?:la\s+(?:noche|madrugada|manana|tarde)\s+del\s+)?(?:el\s+)?(?:pasado\s+)?(?:{WEEKDAY})(?![\p{L}])(?:\s+pasado)?(?:\s+(?:por\s+la\s+)?(?:manana|tarde|noche|madrugada))?
  (?:,?\s+\d{1,2}(?:\s+de\s+(?:{MONTH}))?(?:\s+de\s+\d{4})?|\s*\(\d{1,2}\))?
@rule es.daterole.wday_span_from daterole role=from
  \bentre(?=\s+{WDAY_SPAN_START},?\s+y\s+(?:(?:la|el)\s+(?:madrugada|manana|tarde|noche|mediodia)\s+(?:del|de\s+este|de\s+esta|de)\s+)?(?:el\s+)?(?:pasado\s+)?(?:{WEEKDAY})(?![\p{L}]))
  + detuvieron a 1.113 personas entre el viernes y la madrugada de este martes => _=entre
  + 3.337 arrestos entre el lunes pasado y el domingo por la noche
  + detuvo a 1.240 personas entre el lunes 25 de agosto y el sábado
  + entre el pasado lunes y el domingo
  + 52 arrestados entre la noche del sábado, 30 de mayo, y la tarde del domingo
  - entre el 25 de agosto y el sábado
  - entre el lunes y la madrugada
@rule es.daterole.wday_span_to daterole role=to
  \bentre\s+{WDAY_SPAN_START},?\s+y(?:\s+(?:la|el)\s+(?:madrugada|manana|tarde|noche|mediodia)(?:\s+de(?=\s+est[ea]\s))?)?(?=\s+(?:del\s+|est[ea]\s+|el\s+)?(?:pasado\s+)?(?:{WEEKDAY})(?![\p{L}]))
  + detuvieron a 1.113 personas entre el viernes y la madrugada de este martes => _=entre el viernes y la madrugada de
  + 3.337 arrestos entre el lunes pasado y el domingo por la noche => _=entre el lunes pasado y
  + detuvo a 1.240 personas entre el lunes 25 de agosto y el sábado => _=entre el lunes 25 de agosto y
  - entre el lunes pasado y el fin de semana

# Una palabra que hace de la fecha que le sigue el día en que algo se publicó ("un video publicado el lunes", "su
# informe anual, publicado el 30 de agosto, …"): antes del verbo que informa una cifra, fecha la declaración.
@rule es.daterole.published daterole role=said
  \b(?:publicad[oa]s?|difundid[oa]s?|divulgad[oa]s?|emitid[oa]s?|compartid[oa]s?|dad[oa]s?\s+a\s+conocer|subid[oa]s?|leid[oa]s?|actualizad[oa]s?)(?:\s+(?:originalmente|inicialmente|por\s+ultima\s+vez))?
    (?=\s+(?:el|este|esta|ayer|hoy|anoche|anteayer|(?:en\s+)?la\s+(?:manana|tarde|noche|madrugada)|\d))
  + Un video publicado el lunes en TikTok asegura que
  + El mensaje, compartido el sábado por una cuenta anónima, sostiene que
  + En una nota leída hoy en la radio, los servicios indicaron que
  + En su informe anual, publicado el 30 de agosto, la red
  + Según el recuento de la ONG, actualizado el viernes, ya son
  + la lista oficial, actualizada por última vez el 2 de marzo, recoge
  - actualizado hasta el lunes
  - publicado por el ministerio
  - emitió un comunicado el lunes

# Una publicación que circula desde una fecha ("una imagen que circula desde el domingo en Facebook afirma que"): la
# fecha es la del mensaje que da la cifra, no el comienzo del periodo contado. El verbo puede seguir a la fecha,
# ante la red por la que circula ("Desde el sábado circula en X un mensaje que asegura…").
@rule es.daterole.circulating daterole role=said circulating=1
  \bcircula(?:ba|ndo)?(?:\s+(?:en|por)\s+(?:las\s+)?(?:redes\s+sociales|[\p{L}]+)(?:(?:,\s*|\s+y\s+)(?:en\s+)?[\p{L}]+){0,2})?(?=\s+desde\s)
    |\bcircula(?:ba)?(?=\s+(?:en|por)\s+(?:las\s+|los\s+)?(?:redes|grupos|cadenas|facebook|twitter|x|whatsapp|tiktok|instagram|telegram|youtube)\b)
  + Un mensaje que circula desde el martes en WhatsApp sostiene que
  + un video que circula por TikTok y Facebook desde el lunes asegura que
  + Desde el sábado circula en Instagram un cartel que afirma que
  + Desde el jueves pasado circulaba por grupos de WhatsApp una cadena
  - el tráfico circula con normalidad desde el lunes por la mañana hacia el sur
  - desde el lunes circula por la autopista un convoy

@rule es.daterole.from daterole role=from
  \b(?:desde|a\s+partir\s+del?)(?:\s+(?:el|la|este|esta|el\s+pasado|del))?\b
  + desde el 8 de enero
  + a partir del lunes
  - después
# "en la ofensiva que comenzó el 3 de abril", "las protestas que estallaron en junio de 2019": el día en que empezó
# lo que nombra una relativa abre el tramo de su recuento (un total acumulado, no el suceso de un día).
@rule es.daterole.began daterole role=from
  \bque\s+(?:comenzo|comenzaron|empezo|empezaron|arranco|arrancaron|se\s+inicio|se\s+iniciaron|estallo|estallaron)(?=\s+(?:el|en)\s)
  + 18 personas fueron arrestadas en la ofensiva que comenzó el 3 de abril
  + las protestas que estallaron en junio de 2019
  - las protestas comenzaron el lunes
  - la marcha que empezó a mediodía
@rule es.daterole.to daterole role=to
  \b(?:hasta|al(?=\s+(?:\d{1,2}\s+de\s|\d{1,2}/\d{1,2}/\d|\d{4}-\d{2}-\d{2}))|al\s+corte\s+de|con\s+corte\s+a|a\s+fecha\s+de|hasta\s+el\s+cierre\s+de|al\s+cierre\s+de|a\s+dia\s+de(?=\s+hoy\b)|(?:el|en\s+el)\s+ultimo\s+dia\s+de)(?:\s+(?:el\s+)?(?:final|fin|cierre)\s+del\s+dia\s+de|\s+(?:el|la|este|esta|del|al))?\b
  + hasta el miércoles
  + A día de hoy calculamos que un centenar siguen presos
  + hasta el final del día de ayer habían salido 100
  + cifraba en 1.027 los presos al cierre de agosto
  + hasta esta mañana
  + había 9.870 internos el último día de junio
  + Al 24 de agosto, la agencia mantenía
  + dijo que al 2025-02-28 había todavía 300 presos
  + al 30/06/2025 seguían detenidas
  - al 2025 le quedan
  - al menos 24 de ellos
  - hastiado
# "hasta el mediodía", "hasta las 18:00": una hora sin día tras "hasta" es de hoy (el día de la noticia); con su día
# detrás ("hasta las 20:00 del domingo") la hora va con la palabra, que acota así la fecha que sigue.
@rule es.daterole.to_hour daterole role=to
  \bhasta\s+(?:el\s+mediodia|la\s+medianoche|las?\s+\d{1,2}(?:[:.h]\d{2})?(?:\s*h(?:oras)?\b)?(?:\s+de\s+la\s+(?:manana|tarde|noche))?)(?=,?\s+(?:del|de|el|este|esta|ayer|hoy|anoche)\b)
  + Hasta las 20:00 del domingo, 19 de los detenidos habían sido liberados => _=Hasta las 20:00
  + hasta el mediodía del sábado seguían detenidas 40 personas => _=hasta el mediodía
  - hasta el mediodía al menos cuarenta personas
  - hasta el domingo
@rule es.date.hour_today date rel=0 hour=1
  (?>(?<=hasta\sel\s|hasta\sla\s)(?:mediodia|medianoche)|(?<=hasta\slas\s)\d{1,2}(?:[:.h]\d{2})?(?:\s*h(?:oras)?\b)?|(?<=hasta\s)\d{1,2}(?:[:.]\d{2}(?:\s*h(?:oras)?\b)?|\s*h\b))(?:\s+de\s+la\s+(?:manana|tarde|noche))?(?![\d\p{L}])
    (?!,?\s+(?:del|de|el|este|esta|ayer|hoy|anoche)\b)(?!\s*(?:%|por\s+ciento|de\s+(?:{MONTH})|(?:{PEOPLE}|{PEOPLE_OTHER})\b|anos|meses|dias|km))
  + contó que hasta el mediodía al menos cuarenta personas seguían detenidas => _=mediodía
  + hasta las 18:00, 18 personas habían regresado a casa => _=18:00
  - hasta las 20:00 del domingo
  - hasta 30 años de prisión
  - hasta 40 personas
  - una detención de hasta 48 horas


# Un suceso aún por venir (claims.c, S_future_day): el día tras "serán excarcelados", "saldrán en libertad", "está
# previsto que", "se reunirán con sus familias desde esta noche" no es el período de la cifra ni el día en que se dijo.
@rule es.daterole.future daterole role=future
  \b(?:seran|sera|saldran|saldra|quedaran|quedara|recuperaran|recuperara|volveran|volvera|regresaran|regresara|se\s+reuniran
     |deberan|debera|(?:van|va)\s+a\s+(?:ser|salir|quedar|recuperar|volver|liberar|excarcelar|soltar|indultar|amnistiar|detener|arrestar)
     |esta\s+previst[oa]|estan\s+previst[oa]s|se\s+preve)\b
  + otros 1.100 presos serán excarcelados el 22 de octubre
  + Israel va a liberar a 90 presos el domingo => _=va a liberar
  - Israel va a anunciar el domingo
  + unas 60 personas se reunirán con sus familias desde esta noche
  + van a ser liberados el viernes
  - eran liberados el lunes
  - fueron excarcelados el lunes

# Rangos: el inicio toma el mes y el año del final cuando no los dice.
@rule es.date.range date
  \b(?:entre|del|al|desde\s+el|el|los\s+dias|entre\s+la\s+(?:noche|madrugada|manana|tarde)\s+del)\s+(?:el\s+)?(?<day>\d{1,2}|{DAYWORD}(?=\s+de\s+{MONTH}))(?:,\s+\d{1,2}(?!\d)){0,5}(?:\s+de\s+(?<month>{MONTH})\.?)?(?:\s+de\s+(?<year>\d{4}))?(?:\s*,\s+[^,.;:\d()"]{1,60},)?
   \s+(?:y|al|hasta\s+el|a)\s+(?:el\s+|la\s+(?:noche|madrugada|manana|tarde)\s+del\s+)?(?:(?:pasado\s+)?(?:{WEEKDAY}),?\s+)?(?<eday>\d{1,2}|{DAYWORD}(?=\s+de\s))\s+de\s+(?<emonth>{MONTH})(?:\.?\s+(?:de|del)\s+(?<eyear>\d{4})|\s+del\s+(?<lastyear>ano\s+pasado)|\s+(?:de\s+(?:ese|aquel)\s+(?:mismo\s+)?|del\s+mismo\s+)(?<thatyear>ano)\b)?
  + entre el 20 y el 24 de febrero => day=20; eday=24; emonth=febrero
  + las dos primeras semanas, del 6 al 22 de junio => day=6; eday=22; emonth=junio
  + del 8 de enero al 15 de febrero de 2026 => day=8; month=enero; eday=15; emonth=febrero; eyear=2026
  + del 5 de ago. al 6 de sept. de 1953 => day=5; month=ago; eday=6; emonth=sept; eyear=1953
  + entre el veintiocho de octubre y el tres de noviembre => day=veintiocho; month=octubre; eday=tres; emonth=noviembre
  - entre tres y cinco de los detenidos
  - entre 20 y 30 presos
  + detenidas el 8 y 9 de enero de 2023 => day=8; eday=9; emonth=enero; eyear=2023
  + el caso se remonta al 3 y 4 de mayo de 2006 => day=3; eday=4; emonth=mayo; eyear=2006
  + los días 10 y 11 de noviembre del año pasado => day=10; eday=11; emonth=noviembre; lastyear=año pasado
  + entre el 3 y el 17 de marzo de aquel año => day=3; eday=17; emonth=marzo; thatyear=año
  + retenidos entre la noche del 14 y la madrugada del 15 de mayo => day=14; eday=15; emonth=mayo
  + las protestas del 4, 5 y 6 de marzo dejaron 70 detenidos => day=4; eday=6; emonth=marzo
  - los 4, 5 y 6 detenidos
  + entre el 2 de diciembre de 2025 y el pasado domingo, 11 de enero => day=2; month=diciembre; year=2025; eday=11; emonth=enero
  + entre el 11 de abril, fecha de entrada en vigor de la ley, y el 31 de julio de 2020 => day=11; month=abril; eday=31; emonth=julio; eyear=2020

# "entre ayer y esta madrugada", "entre anoche y este mediodía": un tramo de días nombrados desde la fecha de
# referencia; el primero lo abre, el que sigue a "y" lo cierra.
@fragment RELDAY = (?:anteayer|ayer(?:\s+por\s+la\s+(?:manana|tarde|noche))?|anoche|hoy|esta\s+(?:manana|tarde|noche|madrugada)|este\s+mediodia)
@rule es.daterole.relday_span_from daterole role=from
  \bentre(?=\s+{RELDAY}(?:\s*,\s*[^,.;]{1,30},)?\s+y\s+{RELDAY}\b)
  + recapturó a 283 reos entre ayer, jueves, y esta madrugada
  - entre ayer y el fin de semana
@rule es.daterole.relday_span_to daterole role=to
  \bentre\s+{RELDAY}(?:\s*,\s*[^,.;]{1,30},)?\s+y(?=\s+{RELDAY}\b)
  + recapturó a 283 reos entre ayer y esta madrugada => _=entre ayer y
  - entre ayer y el fin de semana

# "entre el viernes por la noche y esta mañana", "entre el sábado y hoy": un tramo que abre un día de la semana y
# cierra un día nombrado desde la fecha de referencia (hoy, esta mañana); el primero lo abre, el de tras "y" lo
# cierra (decimosexta sesión: solo se leía el viernes).
@rule es.daterole.wday_today_span_from daterole role=from
  \bentre(?=\s+{WDAY_SPAN_START},?\s+y\s+{RELDAY}\b)
  + 1.311 detenciones entre el viernes por la noche y esta mañana
  + entre el sábado y hoy
  - entre el viernes y el lunes
  - entre el viernes y la madrugada
@rule es.daterole.wday_today_span_to daterole role=to
  \bentre\s+{WDAY_SPAN_START},?\s+y(?=\s+{RELDAY}\b)
  + 1.311 detenciones entre el viernes por la noche y esta mañana => _=entre el viernes por la noche y
  + entre el martes, 4 de julio, y hoy => _=entre el martes, 4 de julio, y
  - entre el viernes y el lunes

# Días del mes solos, sin mes ("detenidos entre el 9 y el 11", "del 3 al 5 de este mes", "entre los días 9 y
# 11"): el artículo o "días" los hace fechas ("entre 9 y 11 personas" no lo es). El final es el último día así no
# posterior a la fecha de referencia; el inicio, el último no posterior al final.
@rule es.date.day_range date
  \b(?:entre\s+el|entre\s+los\s+dias|del|del\s+dia|desde\s+el|desde\s+el\s+dia)\s+(?<day>\d{1,2})\s+(?:y\s+el|y|al|al\s+dia|hasta\s+el|hasta\s+el\s+dia)\s+(?<eday>\d{1,2})\b
   (?:\s+de\s+este\s+mes|(?![.,]?\d)(?!\s*(?:%|por\s*ciento|de\b|del\b|(?:{MONTH})\b|(?:{PEOPLE}|{PEOPLE_OTHER})\b)))
  + 340 jóvenes detenidos entre el 9 y el 11 => day=9; eday=11
  + del 3 al 5 de este mes => day=3; eday=5
  + entre los días 9 y 11, la policía => day=9; eday=11
  - entre el 9 y el 11 de marzo
  - del 9 al 11 por ciento
  - entre 9 y 11 personas

# "del martes al jueves": el día tras "al" cierra el tramo; el de "del" lo abre.
@rule es.daterole.wday_from daterole role=from
  \bdel(?=\s+(?:{WEEKDAY})(?![\p{L}])(?:\s+pasado)?(?:\s+(?:por\s+la\s+)?(?:manana|tarde|noche|madrugada))?\s+al\s+(?:{WEEKDAY})(?![\p{L}]))
  + detuvo a 150 personas del martes al jueves
  + del lunes por la noche al miércoles
  - del martes al mediodía
@rule es.daterole.wday_to daterole role=to
  \bdel\s+(?:{WEEKDAY})(?![\p{L}])(?:\s+pasado)?(?:\s+(?:por\s+la\s+)?(?:manana|tarde|noche|madrugada))?\s+al(?=\s+(?:{WEEKDAY})(?![\p{L}]))
  + detuvo a 150 personas del martes al jueves => _=del martes al
  - del martes al mediodía

# "en la noche de viernes a sábado", "la madrugada de sábado a domingo": la noche nombrada por el día en que empieza y
# el día en que acaba es un tramo de ambos, como "la noche del viernes al sábado" (es.daterole.wday_from/to): el
# "de" lo abre, el día tras "a" lo cierra.
@rule es.daterole.night_from daterole role=from
  (?<=\bnoche\s|\bmadrugada\s)de(?=\s+(?:{WEEKDAY})(?![\p{L}])\s+a\s+(?:{WEEKDAY})(?![\p{L}]))
  + 640 detenidos en la noche de miércoles a jueves
  + durante la madrugada de sábado a domingo salieron 30
  - abre de lunes a viernes
@rule es.daterole.night_to daterole role=to
  (?<=\bnoche\s|\bmadrugada\s)de\s+(?:{WEEKDAY})(?![\p{L}])\s+a(?=\s+(?:{WEEKDAY})(?![\p{L}]))
  + 640 detenidos en la noche de miércoles a jueves => _=de miércoles a
  - abre de lunes a viernes

# Días nombrados por referencia a la fecha anterior (claims.c resuelve prev=N contra la última fecha nombrada en el
# párrafo o el anterior): "desde entonces", "el mismo día", "un día antes".
# Una parte del día sin día propio abriendo la frase ("Por la noche, el portavoz elevó el balance a 700", "A
# media mañana, el ministro ya hablaba de 481", "Al caer la tarde, la policía informó de 47 arrestos"): la del
# último día nombrado antes, el del relato (prev=0); con un verbo de habla después dice cuándo se habló. Solo al
# abrir la frase (tras un punto, un salto de línea o la raya de una entrada con hora) y con una coma detrás.
@rule es.date.part_of_day_opening date prev=0 story=1
  (?<=\n|[.!?»"”]\s|[—–|-]\s|[a-z]{3}:\s)(?:(?:por|en)\s+la\s+(?:manana|tarde|noche)|a\s+media\s+(?:manana|tarde)|al\s+(?:caer\s+la\s+(?:tarde|noche)|anochecer|amanecer|mediodia)
     |a\s+(?:primera|ultima)\s+hora(?:\s+de\s+la\s+(?:manana|tarde|noche))?|de\s+madrugada|(?:ya\s+)?de\s+noche|al\s+atardecer
     |(?:a|hacia|sobre|pasad[oa]s?|al\s+filo\s+de|(?:poco\s+|justo\s+)?(?:antes|despues)\s+de)\s+(?:el\s+|la\s+)?(?:mediodia|medianoche)|a\s+la\s+medianoche
     |(?:a|hacia|sobre|al\s+filo\s+de|(?:poco\s+|justo\s+)?(?:antes|despues)\s+de)l\s+mediodia|(?:entrada|avanzada)\s+la\s+(?:manana|tarde|noche)
     |(?:durante|en\s+horas\s+de)\s+la\s+(?:manana|tarde|noche)
     |al\s+(?:termino|final|cierre)\s+de\s+(?:la|esa|aquella)\s+(?:misma\s+)?jornada|al\s+(?:termino|final|cierre)\s+(?:del|de\s+(?:ese|aquel)(?:\s+mismo)?)\s+dia)(?=\s*,)
  + Los agentes cargaron a las seis. Por la noche, el portavoz elevó el balance a 700 detenidos => _=Por la noche
  + Las marchas siguieron el martes. Al término de la jornada, la alcaldesa habló de 35 arrestos => _=Al término de la jornada
  + El jueves hubo cargas en el puerto. Al cierre de aquel día, la guardia contaba 18 detenidos => _=Al cierre de aquel día
  - Al término de la jornada electoral, el partido denunció 12 detenciones
  + La marcha empezó temprano. A media mañana, el ministro ya hablaba de 300 detenidos => _=A media mañana
  + Hubo cargas el sábado. Al caer la tarde, la policía informó de 47 arrestos => _=Al caer la tarde
  + 20.15 — A última hora de la tarde, la fiscalía confirmó 12 detenciones => _=A última hora de la tarde
  - los detuvieron por la noche, según la policía
  - Por la noche del sábado, la policía informó de 47 arrestos
  - Por la noche los agentes detuvieron a 30
  + CORRESPONSAL: A media tarde, algunos medios hablaban ya de 400 arrestos => _=A media tarde
  - El ministro lo dijo así: por la noche no habrá toque de queda
  + La columna llegó a Madrid el lunes. A mediodía, el ministro elevó a cuatro el número de arrestados => _=A mediodía
  + Siguieron las cargas el martes. Poco después de la medianoche, la policía confirmó 60 detenciones => _=Poco después de la medianoche
  + Hubo cortes el sábado. Hacia el mediodía, la jefatura hablaba de 30 detenidos => _=Hacia el mediodía
  + La protesta siguió el jueves. Entrada la noche, el portavoz cifró en 90 los arrestos => _=Entrada la noche
  + Las marchas fueron el viernes. En horas de la tarde, la fiscalía informó de 12 detenidos => _=En horas de la tarde
  + Los soltaron el domingo. A medianoche, el abogado dijo que 20 seguían presos => _=A medianoche
  - A mediodía del sábado, la policía informó de 47 arrestos
  - A mediodía la policía detuvo a 30
  - Durante la noche electoral, el partido denunció 12 detenciones
  - El asedio empezó el miércoles por la noche. Ya de madrugada, los negociadores sacaron a cuatro rehenes
@rule es.date.same_day date prev=0
  \b(?:desde\s+entonces|(?:el|ese|aquel)\s+mismo\s+dia|(?:el|ese)\s+propio\s+dia|(?:ese|aquel)\s+dia|(?:esa|dicha|aquella)\s+(?:misma\s+)?fecha|(?:esa|la|aquella)\s+misma\s+jornada|(?:esa|aquella)\s+jornada
     |(?:esa|aquella)\s+(?:misma\s+)?(?:noche|madrugada|tarde|manana)|(?:en\s+)?(?:esa|aquella)\s+(?:misma\s+)?ocasion)\b
  + Ese propio día la policía contó 40 detenidos
  + detenidos desde entonces
  + liberados ese mismo día
  + El propio día, la guardia contó 40 detenidos
  + El ministro anunció aquel día 300 detenidos
  + la cifra verificada para esa jornada
  + En aquella jornada la guardia contó 25 detenidos
  + Esa noche se llevaron a once vecinos
  + En aquella ocasión volvieron también nueve civiles
  + han salido de prisión 120 personas desde esa fecha
  + hasta dicha fecha seguían presos 14
  - esa fechoría
  - el mismo diario
  - una ocasión única
# "Para entonces", "hasta ese momento", "a esas alturas": un recuento cerrado el último día nombrado (su palabra es
# de 'hasta': es.daterole.by_then): "El tribunal falló el 6 de mayo. Para entonces habían salido 224 personas".
@rule es.date.by_then date prev=0 closes=1
  (?<!\p{L}\s)\b(?:(?:para|hasta)\s+(?:entonces|ese\s+momento|esa\s+fecha|ese\s+dia)\b|a\s+esas\s+alturas\b(?!\s+del?\b))
  + Para entonces ya habían salido más de 90 presos
  + hasta ese momento sumaban 40 procesados
  + A esas alturas, unos 70 reos habían quedado libres
  - para entonar el himno
  - habían para entonces salido 90
  - a esas alturas de la montaña
@rule es.daterole.by_then daterole role=to
  \b(?:para|a)(?=\s+(?:entonces|ese\s+momento|esa\s+fecha|ese\s+dia|esas\s+alturas)\b)
  + Para entonces ya habían salido más de 90 presos
  + A esas alturas, unos 70 reos habían quedado libres
  - para el lunes
# Unas horas después del día nombrado antes, el mismo día: "horas después, 30 de ellos fueron liberados"; no
# "horas después de la votación" (un suceso sin fecha) ni "horas después de que…".
@rule es.date.hours_later date prev=0
  \b(?:(?:(?:pocas|unas|varias|algunas|dos|tres|cuatro)\s+)?(?:horas|minutos)|poco|momentos)\s+(?:despues|mas\s+tarde)\b(?!\s+(?:de|del|que)\b)
  + El fiscal respondió poco después y cifró en 90 los detenidos
  - poco después de la votación
  + Pocas horas después, 40 de ellos salieron
  + y el Gobierno liberó horas más tarde a 200 presos
  - horas después de la votación
  - dos horas después de que cerraran las urnas
# Un período nombrado antes ("durante este período", "en el mismo periodo"): claims.c le da el período de la
# última cifra o del último rango de fechas del párrafo o el anterior (period=same).
@rule es.date.same_period date period=same
  \b(?:(?:durante|en|a\s+lo\s+largo\s+de)\s+(?:(?:este|ese|aquel|dicho)(?:\s+mism[oa])?|el\s+mismo)\s+(?:periodo|lapso|plazo)|en\s+el\s+mismo\s+tiempo)\b
  + Durante este período fueron liberadas 300 personas
  + Una ONG local cuenta 800 arrestos en ese mismo periodo => _=en ese mismo periodo
  + durante aquel mismo lapso salieron 40 presos
  + en el mismo periodo, la policía detuvo a 40
  + a lo largo de ese lapso
  - el período de sesiones
  - durante el periodo electoral
# Una declaración nombrada antes ("en el mismo comunicado", "según el mismo reporte"): claims.c le da a la cifra
# la fecha de declaración de la última cifra fechada del párrafo o el anterior (said=same).
@rule es.date.same_statement date said=same
  \b(?:(?:en|segun|de\s+acuerdo\s+con|conforme\s+a)\s+)?(?:el|la|ese|esa|este|esta)\s+mism[oa]\s+(?:reporte|informe|comunicado|balance|declaracion|nota|parte|boletin|rueda\s+de\s+prensa|conferencia(?:\s+de\s+prensa)?|entrevista|mensaje)\b
  + Según el mismo reporte, 31 de los aprehendidos seguían presos
  + En la misma rueda de prensa, el ministro dijo
  + en ese mismo comunicado
  + El mismo comunicado policial sostiene que 60 detenidos quedaron libres
  - el mismo día
  - en el mismo lugar
# Una declaración indefinida sin día propio ("en un escueto comunicado", "en una rueda de prensa celebrada por la
# tarde"): la ocasión de lo que la noticia acaba de contar; la cifra toma el día de declaración de la última cifra
# fechada, o del último verbo de decir con su día, en su párrafo o los dos anteriores (said=told; when.c
# S_same_statement), si la frase no nombra ningún día propio.
@rule es.date.a_statement date said=told
  \b(?:en|durante)\s+(?:un|una)\s+(?:(?:breve|escuet[oa]|cort[oa]|extens[oa]|larg[oa])\s+)?(?:comunicado|rueda\s+de\s+prensa|conferencia\s+de\s+prensa|nota(?:\s+de\s+prensa)?|comparecencia|declaracion)\b(?!\s+(?:posterior|anterior|previ[oa]|distint[oa]|aparte|separad[oa])\b)
  + En un escueto comunicado, la cancillería celebró la liberación
  + precisó el ministerio en una nota
  + resumió el portavoz en una rueda de prensa celebrada por la tarde
  - en un comunicado posterior
  - en el comunicado
  - en un comunicador
@rule es.date.day_before date prev=-1
  \b(?:un\s+dia\s+antes|el\s+dia\s+anterior|la\s+vispera)\b(?!\s+(?:de|del)\b)
  + Un día antes, el ministro
  + la víspera
  - un día antes de la votación
# El día después de la fecha nombrada antes ("al día siguiente", "dos días después": prev=1 por la captura ndays),
# y días contados hacia atrás desde la fecha de referencia ("hace tres días": rel=-1 por ndays; "hace instantes").
@rule es.date.day_after date prev=1
  \b(?:al\s+dia\s+siguiente|el\s+dia\s+siguiente|un\s+dia\s+despues|a\s+la\s+manana\s+siguiente)\b(?!\s+(?:de|del|a|al)\b)
  + Al día siguiente, el alcalde habló de 300 detenciones
  + un día después
  - un día después de la votación
  - el día siguiente a su detención
@rule es.date.days_later date prev=1
  \b(?<ndays>\d{1,2}|{NUMWORD})\s+dias\s+(?:despues|mas\s+tarde)\b(?!\s+(?:de|del)\b)
  + Cuatro días después, la fiscalía informó => ndays=Cuatro
  + 3 días más tarde => ndays=3
  - dos días después de las elecciones
@rule es.date.days_ago date rel=-1
  \bhace\s+(?<ndays>\d{1,2}|{NUMWORD})\s+dias\b
  + liberados hace dos días => ndays=dos
  - hace días
@rule es.date.moments_ago date rel=0
  \bhace\s+(?:(?:unos\s+)?(?:pocos\s+)?(?:instantes|momentos|minutos)|un\s+(?:momento|instante|rato))\b
  + la Fiscalía comunicó hace instantes que 50 detenidos
  + hace unos minutos
  - hace unos meses
# "La Policía acaba de publicar su balance", "acaban de ser liberados": lo que se acaba de hacer se hizo hoy (la fecha
# de referencia); "acababa de" cuenta un pasado, no hoy.
@rule es.date.just_done date rel=0
  \bacaba(?:n)?\s+de(?=\s+(?:ser\s+)?\p{L}+(?:ar|er|ir)\b)
  + La Policía acaba de publicar su balance
  + los presos acaban de ser liberados
  - acababa de publicar su balance
  - se acaba de la noche a la mañana
# "el fin de semana pasado", "durante el fin de semana" (weekend=1): el último sábado y domingo, un tramo; "pasado"
# dicho en fin de semana es el anterior.
@rule es.date.weekend date weekend=1
  \b(?:(?:el|este|durante\s+el|en\s+el)\s+(?:(?<past>pasado|ultimo)\s+)?fin\s+de\s+semana(?:\s+(?<past3>pasado))?)\b(?!\s+(?:de|del)\b)
  + las autoridades liberaron a 30 estudiantes el fin de semana pasado => past3=pasado
  + durante el pasado fin de semana => past=pasado
  - el próximo fin de semana
  - el fin de semana del 20 de enero


# Una fecha que nombra un suceso ("el golpe del 1 de febrero de 2021", "la elección presidencial del 28 de julio"):
# named=1 la aparta de las fechas de declaración y de los periodos de excarcelaciones o de presos; data
# detenciones en el suceso (claims.c).
@lexicon EVENT_NAMES event_names.txt
@rule es.date.named_event date named=1
  \b(?:{EVENT_NAMES})(?:\s+\p{L}+){0,2}?\s+(?:de|del)\s+(?<day>\d{1,2})\s+de\s+(?<month>{MONTH})(?![\p{L}])(?:\s+(?:de|del)\s+(?<year>\d{4}))?
  + desde el golpe del 1 de febrero de 2021 => day=1; month=febrero; year=2021
  + tras la elección presidencial del 28 de julio => day=28; month=julio
  + las protestas de 8 de enero => day=8; month=enero
  - fueron excarcelados el 8 de enero
  - la excarcelación del 8 de enero

# "Aquel miércoles de febrero", "ese sábado": a weekday pointed back to is the latest day named before it in the
# document that falls on that weekday (claims.c, S_that_weekday, thatday=1), not the latest such weekday before the
# reference date.
@rule es.date.that_weekday date thatday=1
  \b(?:aquel|ese|aquella|esa)\s+(?:mismo\s+)?(?<wday>{WEEKDAY})(?![\p{L}])(?:\s+de\s+(?:{MONTH})(?![\p{L}])(?!\s+de\s+\d))?
  + Aquel miércoles de febrero, cien presos abandonaron las cárceles => wday=miércoles
  + ese sábado fueron detenidas 20 personas => wday=sábado
  - aquel mes

# "desde el golpe", "desde la noche del golpe", "desde el inicio de aquellas protestas", "desde la jornada
# electoral": a period opened by an event, not by a day. claims.c (S_since_event, evref=1) takes the day of the same
# event named before in the document (event_kinds: "la jornada electoral" is the election "del 12 de junio").
@rule es.date.since_event date evref=1
  (?<=\bdesde\s)(?:(?:el|la)\s+(?:inicio|comienzo|principio|estallido|noche|madrugada|dia|jornada|aprobacion|entrada\s+en\s+vigor|promulgacion|fecha|celebracion)\s+(?:de\s+la|de\s+las|de\s+los|del|de)\s+(?:aquel(?:la|los|las)?\s+|es[ae]s?\s+|dich[oa]s?\s+)?|(?:el|la|los|las|aquel(?:la|los|las)?)\s+(?:jornada\s+)?)(?:{event_kinds})\b(?!\s+(?:del?|en)\s+\d)
  + más de 3.000 detenciones desde el golpe
  + desde la noche del golpe
  + permanecen encarceladas desde el inicio de aquellas protestas
  + desde la jornada electoral
  + desde la aprobación de la ley
  + desde la entrada en vigor de la ley
  - desde el golpe del 1 de febrero
  - desde el lunes
  - desde la sede del partido

# "detenidos en la operación", "durante el desalojo", "en aquel operativo": una cifra de un suceso, sin día propio.
# when.c (S_since_event, within=1) toma el día (o los días) del mismo suceso fechado antes en la noticia (event_kinds,
# clase operation), o con "aquel/ese" (that=1) el día de la oración anterior; nunca si la oración da otro día o un
# límite desde/hasta.
@rule es.date.in_event date evref=1 within=1
  \b(?:en|durante)\s+(?:el|la)\s+(?:(?:gran|amplio|amplia)\s+)?(?:operacion|operativo|desalojo|redada|asalto|cerco)\b(?:\s+(?:policial|militar))?(?!\s+(?:del?|en)\s+\d)(?!\s+(?:del?\s+)?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b)(?!\s+que\s+comenzo\b)
  + nueve las personas arrestadas en la operación
  + fueron detenidas durante el desalojo policial
  + arrestados en la redada
  - en la operación del 6 de enero
  - en las protestas
  - en la operación del viernes

@rule es.date.in_that_event date evref=1 within=1 that=1
  \b(?:en|durante)\s+(?:aquel|aquella|ese|esa)\s+(?:operacion|operativo|desalojo|redada|asalto|cerco)\b(?:\s+(?:policial|militar))?(?!\s+(?:del?|en)\s+\d)
  + En aquel operativo fueron detenidas más de 200 personas
  + durante esa redada
  - en aquellos operativos

# Una relativa tras la cifra que dice cuándo se dio a conocer ("80 detenidos, cifras que la policía difundió anoche";
# "según el balance que el gobierno presentó el martes"): el día es el de la declaración.
@rule es.daterole.figure_published daterole role=said figure=1
  \b(?:numeros?|cifras?|balance|datos|totales|total|recuento)\s+que\s+(?:[\p{L}-]+\s+){0,6}?(?:difund|public|anunci|present|comunic|divulg|ofreci|dio\b|dieron\b)[\p{L}]*
    (?=\s+(?:el|este|esta|ese|esa|aquel|aquella|ayer|hoy|anoche|anteayer|(?:en\s+)?la\s+(?:manana|tarde|noche|madrugada)|\d))
  + hubo 80 detenidos, cifras que la policía difundió anoche
  + según el balance que el gobierno presentó el martes
  + un recuento que la ONG publicó esa misma noche
  - las cifras que la policía difundió muestran
  - el balance que el gobierno presentó en Bruselas

# El final de un mes o de un año (decimoctava sesión): "contaba más de 16.000 presos a fines de 2024", "al terminar
# 1968 seguían presos 150", "había 300 detenidos a finales de agosto", "a finales del año pasado". El mes o el año es
# una fecha; la palabra lo hace el 'to' de un estado (state=1: when.c solo lo usa con una cifra de presos; un suceso
# "a finales de junio" no tiene día dicho y queda sin periodo).
@rule es.date.end_of_year date
  \b(?:a\s+(?:fines|finales)\s+de(?:l\s+ano)?|al\s+(?:final|fin)\s+de(?:l\s+ano)?|al\s+terminar(?:\s+el(?:\s+ano)?)?)\s+(?<yearonly>(?:19|20)\d{2})\b(?![.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_OTHER}))
  + contaba más de 16.000 personas privadas de libertad a fines de 2024 => yearonly=2024
  + al terminar 1968, más de 150 seguían presos => yearonly=1968
  + a finales del año 2019 había 400 presos => yearonly=2019
  - a finales de 2.024 casos
  - al terminar 1968 personas
@rule es.date.end_of_month date
  \b(?:a\s+(?:fines|finales)\s+de|al\s+(?:final|fin)\s+de|al\s+terminar)\s+(?<monthonly>{MONTH})\b(?!\.?\s*(?:de\s+|del\s+)?\d)
  + había 151 presos a finales de agosto => monthonly=agosto
  + al terminar junio seguían presos 40 => monthonly=junio
  - a finales de agosto de 2024
  - a finales de semana
@rule es.daterole.end_of daterole role=to state=1
  \b(?:a\s+(?:fines|finales)|al\s+(?:final|fin)|al\s+terminar)\b(?=\s+(?:(?:de|del|el)\s+)?(?:ano\s+pasado\b|(?:{MONTH})\b|(?:ano\s+)?(?:19|20)\d{2}\b))
  + contaba 16.000 presos a fines de 2024 => _=a fines
  + a finales del año pasado había 300 presos => _=a finales
  + al terminar 1968 seguían presos 150 => _=al terminar
  + había 151 presos a finales de agosto de 2024 => _=a finales
  - a finales de semana
  - al final del partido
  - al terminar el juicio
