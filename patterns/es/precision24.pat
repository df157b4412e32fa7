# Español: cifras que no cuentan a nadie (vigésimo cuarta sesión, precisión).

# El día del mes tras una parte del día ("En la madrugada del 22 los sacaron", "la noche del 7 al 8", "hacia el
# mediodía del día 24"): es una fecha dicha sin mes, no una cifra de personas. Solo "del" (de + el día): tras "de" a
# secas la cifra puede ser un balance ("informó a la noche de 33 detenidos"). Nunca delante de un sustantivo de
# personas ("la noche del 22 presos" no se escribe, pero si la cifra lleva sustantivo, cuenta).
@rule es.veto.daypart_day veto
  \b(?:madrugada|manana|mediodia|tarde|noche|amanecer|anochecer|jornada)\s+del\s+(?:dia\s+)?\d{1,2}+(?![.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE_OTHER})\b)
  + En la madrugada del 22 los sacaron de las celdas => _=madrugada del 22
  + hacia el mediodía del día 24, los diputados salieron => _=mediodía del día 24
  - el ministerio informó a la noche de 33 detenidos
  - en la noche del 22 detenidos más fueron trasladados

# Quedar al cuidado de alguien ("Los 103 niños siguen desde entonces al cuidado de un orfanato", "permanecen bajo la
# tutela de los servicios sociales") es estar atendido, no preso: la frase entera gana al verbo de estado que lleva
# dentro (más larga) y la cifra que la tiene por evento no da ningún registro. Solo tras un verbo de seguir o
# permanecer: "liberados y puestos al cuidado de la Cruz Roja" sigue siendo una liberación.
@rule es.none.in_care trigger event=none
  \b{REMAIN}\s+(?:[\p{L}]+\s+){0,3}?(?:al\s+cuidado|bajo\s+(?:el\s+)?cuidado|bajo\s+la\s+(?:tutela|proteccion)|en\s+manos\s+de\s+los\s+servicios\s+sociales|bajo\s+(?:la\s+)?custodia\s+de\s+(?:los\s+)?servicios\s+(?:sociales|de\s+proteccion)|bajo\s+(?:la\s+)?custodia\s+de\s+(?:la\s+)?proteccion\s+de\s+menores)\b
  + Los 57 niños siguen bajo la custodia de los servicios sociales => _=siguen bajo la custodia de los servicios sociales
  - permanecen bajo la custodia de la policía
  + Los 103 niños siguen desde entonces al cuidado de un orfanato => _=siguen desde entonces al cuidado
  + permanecen bajo la tutela del Estado => _=permanecen bajo la tutela
  - siguen detenidos bajo custodia policial
  - fueron liberados y puestos al cuidado de la Cruz Roja

# Un año anterior a 1900 tras una preposición ("el Imperio alemán de 1871", "inaugurado en 1883", "la ley de 1798")
# es una fecha, no una cifra de personas: veto.year solo conoce 19xx y 20xx. Nunca delante de un sustantivo de
# personas ("de 1871 detenidos" cuenta).
@rule es.veto.old_year veto
  (?<=\bde\s|\bdel\s|\ben\s|\bdesde\s|\bhasta\s)1[5-8]\d\d(?![\d.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE_OTHER}|{act_nouns})\b)
  + sostienen que el Imperio alemán de 1871 sigue vigente => _=1871
  + el puente, inaugurado en 1883, siguió cerrado => _=1883
  - un balance de 1871 detenidos

# "12 personas atrapadas entre los escombros", "los 90 mineros atrapados en el pozo": gente atrapada en un lugar
# (léxico trap_places) no es presa de nadie, aunque se la "rescate"; su cifra no es un conteo (sesión veinticinco;
# "atrapados por la policía" sigue siendo una detención: hace falta el lugar).
@rule es.veto.trapped veto
  (?:\b(?:{NUMWORD})|(?<![\d.,])\d(?:[\d.,]|\x20(?=\d))*+)\s+(?:[\p{L}-]+\s+){1,3}?(?:atrapad[oa]s|sepultad[oa]s)\s+(?:en|entre|bajo|dentro\s+de)\s+(?:(?:los|las|el|la|un|una)\s+)?(?:{TRAP_PLACES})\b
  # twenty-ninth session: "los 12 mineros atrapados fueron rescatados", no place named; not by someone
  |(?:\b(?:{NUMWORD})|(?<![\d.,])\d(?:[\d.,]|\x20(?=\d))*+)\s+(?!(?:{PEOPLE_HELD})\b)(?:{PEOPLE})\s+(?:atrapad[oa]s|sepultad[oa]s)\b(?!\s+(?:por|a\s+manos)\b)
  + rescataron con vida a 12 personas atrapadas entre los escombros del edificio => _=12 personas atrapadas entre los escombros
  + los 90 mineros atrapados en el pozo => _=90 mineros atrapados en el pozo
  + Los 12 mineros atrapados fueron rescatados con vida => _=12 mineros atrapados
  - 12 rehenes atrapados fueron rescatados
  - 12 ladrones atrapados por la policía
  - 30 presos atrapados en la fuga
