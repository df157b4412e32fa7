# Spanish: captives carried home by a plane (twentieth session, wrongevent). Written from the ways journalists tell a
# swap or a repatriation, then checked against the corpus for new false claims.

# Un avión o vuelo que lleva presos, rehenes o detenidos: "el primer avión llevaba a Saná a 120 antiguos detenidos",
# "un vuelo trajo de vuelta a 52 rehenes", "los aviones trasladaron a 300 prisioneros". Quien sale en avión de la
# custodia queda libre; el nombre solo dice lo que eran. El disparador va del avión al verbo, así que es más largo
# que cualquier palabra de suceso dentro. No un autobús ni un furgón (a los presos se los traslada por carretera entre
# cárceles), ni pasajeros ni tropas, ni un vuelo hacia la custodia ("a Guantánamo", "a una cárcel", "a la base").
@rule es.release.flown_out20 trigger event=release
  \b(?:avion|aviones|avioneta|vuelo|vuelos|chart(?:er|ers)|reactor)\b[^.;:]{0,120}?\b(?:llevaba|llevaban|llevo|llevaron|traslado|trasladaron|trasladaba|trasladaban|transporto|transportaron|transportaba|transportaban|trajo|trajeron|traia|traian|repatrio|repatriaron)(?:\s+de\s+vuelta)?(?=(?:\s+(?:a|hasta|hacia)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+(?:a\s+)?(?:(?:unos|unas|otros|otras|mas\s+de|cerca\s+de|casi|al\s+menos|los|las)\s+)*(?:\d|(?:{NUMWORD})(?![\p{L}]))[^.;:]{0,40}?\b(?:presos|presas|detenidos|detenidas|rehenes|prisioneros|reclusos|reclusas|secuestrados|secuestradas|cautivos)\b(?![^.;:]{0,60}\b(?:a|al|hacia|hasta|en)\s+(?:la\s+|el\s+|una\s+|un\s+)?(?:guantanamo|carcel|carceles|prision|penal|campo|base|centro\s+de\s+detencion|celdas?)\b))
  + el primer avión del día, que despegó de Abha, llevaba a Saná a 120 antiguos detenidos => _=avión del día, que despegó de Abha, llevaba
  + un vuelo trajo de vuelta a 52 rehenes => _=vuelo trajo de vuelta
  + los aviones trasladaron a 300 prisioneros a Adén => _=aviones trasladaron
  - un autobús llevaba a 40 presos a la nueva cárcel
  - el avión llevaba a 150 pasajeros
  - un avión militar trasladó a 20 detenidos a Guantánamo
