# Spanish precision, twenty-sixth session (tests in tests/test_precision26.c).

# The rest of a group on trial ("Los 28 acusados que quedaban fueron absueltos", "retiró los cargos contra 11 de los
# 15 procesados que quedaban"): "quedar" after a noun for people on trial says how many were left of the case, not
# that they are inside (unless a verb of custody follows: "… que quedaban siguen presos"); es.held.verb read the bare
# "quedaban" as a state of custody. A phrase of several words, it beats the held verb inside it (longer wins). People
# held by their noun ("los 40 presos que quedaban") are untouched.
@rule es.none.remaining_accused26 trigger event=none
  \b(?:acusad[oa]s|procesad[oa]s|imputad[oa]s|encausad[oa]s|inculpad[oa]s|reos|reas)\s+que\s+(?:aun\s+|todavia\s+)?(?:quedaban|quedan|restaban|restan|faltaban)\b(?!,?\s+(?:aun\s+|todavia\s+)?(?:siguen|seguian|continuan|continuaban|permanecen|permanecian|estan|estaban|quedaron)\b)
  + Los 28 acusados que quedaban fueron absueltos => _=acusados que quedaban
  + retiró los cargos contra 11 de los 15 procesados que aún quedaban => _=procesados que aún quedaban
  - los 40 presos que quedaban fueron liberados
  - quedan 30 acusados en prisión
  - los 28 acusados que quedaban siguen presos

# Los expresos ya no están presos ("nueve ex presos firmaron una carta", "entrevistó a más de 20 de los antiguos
# rehenes"): el sustantivo nombra a gente que estuvo presa y no da suceso propio; una palabra de suceso al lado
# todavía los cuenta ("llevaba a Saná a 120 antiguos detenidos", "liberó a 30 ex rehenes"). Sustituye el veto de
# es.veto.ratio, que solo veía cifras. Más larga que el sustantivo de presos de dentro, gana el solapamiento.
@rule es.subject.former26 subject event=none
  \b(?:ex-?\s?|antigu[oa]s\s+)(?:pres[oa]s|prisioner[oa]s|detenid[oa]s|rehenes|reclus[oa]s|cautiv[oa]s|secuestrad[oa]s)(?:\s+politic[oa]s)?\b
  + nueve ex presos firmaron una carta => _=ex presos
  + 300 expresos políticos => _=expresos políticos
  + más de 20 de los antiguos rehenes => _=antiguos rehenes
  - 300 presos políticos
  - los presos de la excárcel
