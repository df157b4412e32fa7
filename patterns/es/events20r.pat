# Spanish: releases told by the way out, and arrests told by where people ended up (twentieth session). Written from
# the ways journalists say it, then checked against the corpus for new false claims. Each phrase is a trigger longer
# than any event word inside it, deciding by "The event" (docs/design.md).

# Captives who get out: "seis rehenes más han salido corriendo del café", "cinco rehenes han logrado salir". Only
# after a noun of people held by captors (rehenes, secuestrados): prisoners go out to the yard or to work, and
# "salieron de la cárcel" is es.release.leave_verb's. A captive at a window or on a roof is still inside.
@fragment R20_REHENES = (?<=rehenes\s|secuestrados\s|secuestradas\s|cautivos\s|retenidos\s|rehenes\smas\s|rehenes\srestantes\s|secuestrados\smas\s|cautivos\smas\s|retenidos\smas\s)
@rule es.release.captives_out20 trigger event=release
  {R20_REHENES}(?:(?:ya|todos|finalmente|por\s+fin)\s+)?(?:(?:han|habian|ha|habia|hayan)\s+)?(?:(?:logrado|podido|conseguido|lograron|pudieron|consiguieron|logro|pudo|consiguio)\s+)?(?:salir|salieron|salio|salen|sale|salido|saldran|saldrian)\b(?!\s+(?:a|al|hacia)\s+(?:la\s+|el\s+|los\s+|las\s+)?(?:ventana|ventanas|balcon|azotea|tejado|techo|patio|puerta))
  + seis rehenes más han salido corriendo del café => _=han salido
  + cinco rehenes han logrado salir este lunes => _=han logrado salir
  + los 12 secuestrados salieron por la puerta trasera => _=salieron
  - los rehenes salieron a la ventana con carteles
  - seis presos salieron al patio
  - los manifestantes salieron a la calle

# Captives brought off a plane or a ship: "más de 4.000 prisioneros desembarcaron en Puerto Madryn", "los rehenes
# bajaron del avión". Only after a noun of people held (passengers and troops land too).
@fragment R20_CAPTIVOS = (?<=rehenes\s|presos\s|prisioneros\s|secuestrados\s|detenidos\s|cautivos\s|reclusos\s|retenidos\s|liberados\s|excarcelados\s)
@rule es.release.captives_landed20 trigger event=release
  {R20_CAPTIVOS}(?:(?:ya|todos|finalmente|por\s+fin)\s+)?(?:desembarc(?:aron|o|an|aran|aban)|(?:han|habian|ha|habia)\s+desembarcado|(?:bajaron|bajo|descendieron|descendio|(?:han|habian)\s+(?:bajado|descendido))\s+(?:del|de\s+los|de\s+la)\s+(?:avion|aviones|aparato|barco|buque|helicoptero|autobus|autobuses))\b
  + más de 4.000 prisioneros desembarcaron el 19 de junio => _=desembarcaron
  + veinte rehenes bajaron del avión en Fráncfort => _=bajaron del avión
  - 3.000 soldados desembarcaron en la playa
  - veinte turistas bajaron del avión

# The captors let people out: "el Gobierno dejó salir a 46 presos políticos" (as "dejaron ir a", es.release.let_go),
# or off a vehicle or away: "ha dejado bajar a tres rehenes", "dejaron marchar a cinco marineros" (twenty-second session).
@rule es.release.let_out20 trigger event=release
  (?<!\bno\s)(?<!\bno\sles\s)(?<!\bno\slos\s)(?<!\bno\slas\s)\b(?:(?:han|habian|ha|habia|hayan)\s+dejado|dej(?:o|aron|an|a|aban|aria|arian|ara|aran))\s+(?:salir|bajar|marchar(?:se)?)\s+a\b
  + el Gobierno dejó salir a 46 presos políticos => _=dejó salir a
  + el secuestrador ha dejado bajar a dos rehenes del autobús => _=ha dejado bajar a
  + los piratas dejaron marchar a cinco marineros => _=dejaron marchar a
  - no dejaron bajar a nadie del autocar
  + los asaltantes dejaron salir a 15 niños => _=dejaron salir a
  - no les dejaron salir a la calle

# Where people ended up: "45 personas fueron a parar a comisaría", "unos 300 manifestantes acabaron en los
# calabozos", "dieron con sus huesos en la cárcel": being taken there, an arrest (not "siguen en los calabozos",
# which is held).
@fragment R20_CUSTODIA = (?:(?:la|las|los|el|unos|unas|una|un)\s+)?(?:comisarias?|calabozos?|carcel(?:es)?|prision(?:es)?|celdas?|dependencias\s+policiales|cuartel(?:es)?\s+de\s+(?:la\s+)?policia|jefatura(?:\s+de\s+policia)?)\b
@rule es.detention.ended_up20 trigger event=detention
  \b(?:fueron|fue|han\s+ido|habian\s+ido|ha\s+ido|iran|van|acabaron\s+yendo)\s+a\s+parar\s+(?:a|al)\s+{R20_CUSTODIA}
  | \b(?:acabaron|(?:han|habian)\s+acabado|acabaran|terminaron|(?:han|habian)\s+terminado|terminaran)\s+(?:en|entre)\s+(?:rejas\b|{R20_CUSTODIA})
  | \bdieron\s+con\s+sus\s+huesos\s+en\s+{R20_CUSTODIA}
  + 45 personas fueron a parar a comisaría => _=fueron a parar a comisaría
  + unos 300 manifestantes acabaron en los calabozos => _=acabaron en los calabozos
  + cerca de 120 jóvenes terminaron en la cárcel el sábado => _=terminaron en la cárcel
  + 30 activistas dieron con sus huesos en la cárcel => _=dieron con sus huesos en la cárcel
  - la discusión acabó en la comisaría de distrito
  - 30 presos siguen en los calabozos
