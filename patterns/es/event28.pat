# Vigésima octava sesión (event): el evento correcto cuando las palabras de la frase vienen en otro orden.
# - Una liberación aplazada dicha después del nombre ("la liberación de los 620 presos quedó aplazada"): la gente
#   sigue dentro (held), como en es.held.release_postponed, donde el verbo va antes.
# - Un verbo de salir antes del lugar y de la cifra ("salieron de Gaza 15 rehenes"): la salida de gente presa es
#   una liberación, sea cual sea el lugar (el del cautiverio no es una cárcel de la lista). Solo con un nombre de
#   gente presa justo después del número, y nunca "dejar" / "abandonar" ("dejaron en Gaza 15 rehenes" los deja allí).
# - Recibir de vuelta a gente presa ("Ucrania recibió de vuelta a 189 prisioneros"): una liberación (canje).

@fragment NUM28 = (?:(?:mas\s+de|cerca\s+de|casi|al\s+menos|unos|unas|otros|otras|alrededor\s+de|los|las)\s+)?(?:\d[\d.,]*(?:\s+{MULT})?|(?:{NUMWORD})(?![\p{L}]))

# La liberación de N presos aplazada / suspendida / congelada, con el participio después del nombre. Como mucho
# ocho palabras entre el nombre y el verbo, sin "y" / "pero" / "que" (otra oración).
@rule es.held.release_postponed_after trigger event=held demand=1
  \b(?:liberacion|excarcelacion|puesta\s+en\s+libertad)\s+(?:de|del)\s+(?:(?!(?:y|e|pero|que|mientras|aunque)\b)[^\s.;:,"“”]+\s+){1,8}?
  (?:(?:quedo|quedaba|quedaron|quedaban|queda|quedan|quedara|quedaria|fue|fueron|era|eran|esta|estan|estaba|estaban|seria|sera|sigue|seguia)\s+)
  (?:(?:de\s+nuevo|otra\s+vez|nuevamente|ahora|ya|tambien)\s+)?
  (?:aplazad|suspendid|congelad|paralizad|retrasad|pospuest|bloquead|frenad)[oa]s?\b
  + la liberación de los 620 presos quedó aplazada hasta nueva orden => _=liberación de los 620 presos quedó aplazada
  + la excarcelación de 45 rehenes fue suspendida por el Gobierno => _=excarcelación de 45 rehenes fue suspendida
  + la puesta en libertad de unos 30 detenidos está ahora congelada => _=puesta en libertad de unos 30 detenidos está ahora congelada
  - la liberación de 30 presos y la reunión fueron aplazadas
  - la liberación de 20 presos fue completada el lunes
  - la liberación de 600 presos fue anunciada ayer

# Salir de un lugar, con el verbo antes del lugar y de la cifra de gente presa ("salieron de Gaza 15 rehenes").
@rule es.release.leave_inverted trigger event=release
  \b(?!(?:[\p{L}]+\s+){0,3}?(?:dej|abandon))(?:{LEAVE})
  (?=\s+{VGAP}(?:de|del|desde)\s+(?:(?!(?:{NUMWORD})(?![\p{L}]))[\p{L}-]+\s+){1,4}?{VGAP}{NUM28}\s+(?:[\p{L}-]+\s+){0,2}?{PEOPLE_HELD}\b)
  + desde enero salieron de Gaza 15 rehenes => _=salieron
  + habían salido del territorio ocupado más de 300 prisioneros => _=habían salido
  + salieron de Gaza el domingo cuatro rehenes israelíes => _=salieron
  - dejaron en Gaza 15 rehenes
  - salieron de Gaza 15 camiones con ayuda
  - salieron de casa 300 manifestantes

# Recibir de vuelta a gente presa: un canje la trajo (release).
@rule es.release.received_back trigger event=release
  \b(?:recib(?:io|ieron|e|en|ia|ian|ira|iran|iria|irian|ir)|habia\s+recibido|habian\s+recibido|ha\s+recibido|han\s+recibido|recuper(?:o|aron|a|an))\s+de\s+vuelta\b
  (?=\s+{VGAP}(?:a\s+)?{NUM28}\s+(?:[\p{L}-]+\s+){0,2}?{PEOPLE_HELD}\b)
  + Ucrania recibió de vuelta a 189 prisioneros este lunes => _=recibió de vuelta
  + Kiev ha recibido de vuelta a más de 100 prisioneros de guerra => _=ha recibido de vuelta
  - Ucrania recibió de vuelta 189 cuerpos
  - recibió a 189 prisioneros en la nueva cárcel

# Gente presa contada con el participio y un lugar de custodia en plural ("palestinos detenidos en cárceles
# israelíes"): una población en las cárceles (held), como "están en cárceles"; docs/corpus.md da held a los que
# nombran el lugar. Nunca tras un verbo ser ("fueron detenidos en cárceles": el arresto de un día) ni con el suceso
# que los llevó allí ("tras el motín": el recuento de un suceso, detention; test_held25).
@rule es.held.participle_in_prisons trigger event=held
  (?<!\bfueron\s)(?<!\bfue\s)(?<!\bson\s)(?<!\bseran\s)(?<!\bsido\s)(?<!\bserian\s)(?<!\bquedaron\s)
  \b(?:detenid|pres|encarcelad|reclu[ií]d|recluid|retenid)[oa]s\s+(?:(?:actualmente|hoy|aun|todavia|ahora)\s+)?
  (?:en)\s+(?:(?:varias|diversas|otras|las)\s+)?(?:carceles|prisiones|penales|penitenciarias|centros\s+de\s+detencion|centros\s+penitenciarios)\b
  (?![^.;:]*?\b(?:liber|excarcel|soltad|sal(?:ir|ieron|io|en|dran)|recuper|regres|volv|tras\s+(?:el|la|los|las|un|una)\s))
  + el total de palestinos detenidos en cárceles israelíes ya supera los 6.000 => _=detenidos en cárceles
  + más de 6.000 palestinos presos hoy en prisiones del país => _=presos hoy en prisiones
  - 39 palestinos detenidos en cárceles israelíes recuperaron la libertad
  - 20 jóvenes fueron detenidos en cárceles improvisadas
  - 300 manifestantes detenidos en la plaza
  - la policía informó de 412 detenidos en las cárceles de la capital tras el motín
