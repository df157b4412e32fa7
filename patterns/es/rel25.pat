# Vigésimo quinta sesión (rel: cifras de liberados no tomadas). Pruebas en tests/test_rel25.c.

# The people a figure must name for a verb of sending or bringing to be a release: up to four words (a
# demonym, an adjective) and a people noun, so files, cups and medals sent back or brought home count no one.
@fragment REL25_WHO = (?:(?:[\p{L}'-]+\s+){0,4}?(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED})(?![\p{L}]))

# Enviar de vuelta en un canje o una repatriación es liberar, como devolver (events.pat): "el Mando de la ONU envió
# de vuelta a 75.823 prisioneros", "Kiev mandó de vuelta a otros 90". Solo ante una cifra (con la a de objeto).
@rule es.release.sent_back trigger event=release
  \b(?:envi(?:o|aron|a|an|ara|aran|aria)|mand(?:o|aron|a|an|ara|aran|aria)|(?:ha|han|habia|habian)\s+(?:enviado|mandado)|enviad[oa]s|mandad[oa]s)\s+de\s+(?:vuelta|regreso)(?=(?:\s+a)?(?:\s+(?:otros|otras|unos|unas|mas\s+de|cerca\s+de|casi|los|las|todos\s+los|sus)\s)?\s*(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+{REL25_WHO})
  + el Mando de la ONU envió de vuelta a 75.823 prisioneros => _=envió de vuelta
  + Kiev mandó de vuelta a otros 90 soldados => _=mandó de vuelta
  - envió de vuelta la carta sin abrir

# Traer a casa es liberar: "Traemos a casa a 6 rehenes", "traerá a casa a los 11 estadounidenses", "trajo de
# regreso a casa a 30 presos". La cifra después de "a casa" o entre el verbo y "a casa".
@rule es.release.bring_home trigger event=release
  \b(?:tra(?:emos|e|en|jo|jeron|jimos|era|eran|eremos|er|yendo)|(?:ha|han|hemos|habia|habian)\s+traido|estamos\s+trayendo)\s+(?:de\s+(?:vuelta|regreso)\s+)?(?:a\s+casa|a\s+sus\s+casas|al\s+pais|a\s+su\s+pais)(?=\s+a(?:\s+(?:otros|otras|unos|unas|mas\s+de|cerca\s+de|casi|los|las|todos\s+los)\s)?\s*(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+{REL25_WHO})
  | \b(?:tra(?:emos|e|en|jo|jeron|jimos|era|eran|eremos|er|yendo)|(?:ha|han|hemos|habia|habian)\s+traido|estamos\s+trayendo)(?=\s+a(?:\s+(?:otros|otras|unos|unas|mas\s+de|cerca\s+de|casi|los|las|todos\s+los)\s)?\s*(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+{REL25_WHO}(?:\s+[\p{L}-]+){0,2}?\s+(?:a\s+casa|de\s+vuelta\s+a\s+casa|a\s+sus\s+casas)\b)
  + "Traemos a casa a 6 rehenes", escribió Trump => _=Traemos a casa
  + el enviado trajo a 11 estadounidenses detenidos a casa => _=trajo
  - traemos a casa 3 medallas de oro
  - el equipo trajo la copa a casa

# Titular o entrada que abre con "Libres" y luego las personas, con artículo: "Libres los 11 detenidos del 20N",
# "Liberados, los 42 estudiantes". El sustantivo de las personas dice lo que fueron; la palabra inicial, lo que son.
@rule es.release.lead_adjective trigger event=release lead=1 exact
  (?:^|(?<=[|:—–]\s))(?:Libres|Liberados|Liberadas|Excarcelados|LIBRES|LIBERADOS)(?:\s+(?:ya|por\s+fin))?(?:\s*[:,—–-])?(?=\s+(?:los|las|todos\s+los|todas\s+las)\s+(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + EN DIRECTO | Libres los 11 detenidos del 20N tras nueve días => _=Libres
  + Liberados, los 42 estudiantes secuestrados => _=Liberados,
  - Los 11 detenidos del 20N no están libres
  - Presos libres y los 11 detenidos del 20N

# Volver del territorio del otro bando: "195 militares rusos han regresado del territorio controlado por Kiev". El
# cautiverio ya se leía (events.pat).
@rule es.release.returned_from_territory trigger event=release
  \b(?:(?:ha|han|habia|habian)\s+(?:regresado|vuelto|retornado)|regresaron|regreso|volvieron|volvio|retornaron|regresan|vuelven)\s+(?:del|de\s+los)\s+territorios?\s+(?:controlados?|ocupados?|bajo\s+control)(?:\s+(?:por|de))?\b
  + 195 militares rusos han regresado del territorio controlado por el régimen de Kiev => _=han regresado del territorio controlado por
  - los turistas regresaron del territorio del parque

# El total de los liberados como cifra: "el total de liberados asciende ya a 230", "la cifra de excarcelados llega a
# 1.200". es.subject.figure (count.pat) no admitía lo contado en medio; en inglés "the total of those freed stands at"
# sí (en.subject.figure). La palabra de liberación dentro da el evento.
@rule es.release.total_of_freed trigger event=release
  \b(?:el\s+total|el\s+numero|la\s+cifra|el\s+balance|el\s+recuento)\s+de\s+(?:los\s+|las\s+)?(?:personas\s+|presos\s+)?(?:liberad[oa]s|excarcelad[oa]s|indultad[oa]s|puest[oa]s\s+en\s+libertad|canjead[oa]s|repatriad[oa]s)(?=(?:\s+[\p{L}-]+){0,3}?\s+(?:ya\s+)?(?:es|era|asciende|ascendia|ascendio|llega|llego|alcanza|alcanzo|se\s+eleva|se\s+elevo|sube|subio|(?:ha|habia)\s+(?:subido|ascendido|llegado))(?:\s+(?:ya|ahora|hoy))?(?:\s+(?:a|de))?(?={NUMSTART}|\s+(?:mas\s+de|cerca\s+de|casi|unos|unas)\s))
  + según la Presidencia, el total de liberados asciende ya a 230 => _=el total de liberados
  + la cifra de presos excarcelados llega a 1.200 => _=la cifra de presos excarcelados
  - el total de detenidos asciende a 300
# The same phrase read as the figure's frame, as es.subject.figure is (count.pat), so the bare figure after it
# counts the people freed.
@rule es.subject.figure_of_freed subject pre=1 frame=1
  \b(?:el\s+total|el\s+numero|la\s+cifra|el\s+balance|el\s+recuento)\s+de\s+(?:los\s+|las\s+)?(?:personas\s+|presos\s+)?(?:liberad[oa]s|excarcelad[oa]s|indultad[oa]s|puest[oa]s\s+en\s+libertad|canjead[oa]s|repatriad[oa]s)(?:\s+[\p{L}-]+){0,3}?\s+(?:ya\s+)?(?:es|era|asciende|ascendia|ascendio|llega|llego|alcanza|alcanzo|se\s+eleva|se\s+elevo|sube|subio|(?:ha|habia)\s+(?:subido|ascendido|llegado))(?:\s+(?:ya|ahora|hoy))?(?:\s+(?:a|de))?(?={NUMSTART}|\s+(?:mas\s+de|cerca\s+de|casi|unos|unas)\s)
  + el total de liberados asciende ya a 230
  - el total de detenidos asciende a 300

# Recuperar personas es liberarlas, como "recibió a" en un canje (events.pat): "Rusia recuperó a 248 de sus
# soldados", "las tropas recuperaron a 58 personas", "Ucrania recuperaría a unos 300". Solo con la a de objeto y un
# sustantivo de personas tras la cifra (ni cuerpos ni armas); en inglés "recovered", en portugués "recuperou".
@rule es.release.recovered trigger event=release
  \b(?:recuper(?:o|aron|a|an|ara|aran|aria|arian|ado|aba|aban)|(?:ha|han|habia|habian)\s+recuperado)\s+a(?=\s*["“«]?\s*(?:(?:otros|otras|unos|unas|mas\s+de|cerca\s+de|casi|los|las|todos\s+los|sus)\s+)?["“«]?\s*(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}])))(?=[^.;:]{0,40}?(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|de\s+(?:sus|los|las)\s+(?:{PEOPLE}))(?![\p{L}]))
  + Rusia recuperó a 248 de sus soldados => _=recuperó a
  + las tropas recuperaron a 58 personas entre la tarde y la noche => _=recuperaron a
  + Ucrania recuperaría a "unos 300" prisioneros => _=recuperaría a
  - la policía recuperó 40 fusiles robados
  - los buzos recuperaron 12 cuerpos del río

# "liberó a poco más de 600 presos": la palabra que abre el calificador es parte de él. Con "más de" solo, "poco"
# quedaba entre el verbo y la cifra y el verbo dejaba de gobernarla (la palabra de detención del sustantivo ganaba).
# Más larga que "más de", gana (recognize.c).
@rule es.qual.just_over qualifier q=more_than
  \b(?:un\s+poco\s+mas\s+de|poco\s+mas\s+de|algo\s+mas\s+de|ligeramente\s+mas\s+de|apenas\s+mas\s+de)\b{NUMSTART}
  + Israel liberó a poco más de 600 presos => _=poco más de
  + algo más de 40 personas => _=algo más de
  - poco más de la mitad
