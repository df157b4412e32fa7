# Spanish recall rules of the twenty-first session, second wave (recall2). Twins in en/ and pt/events21r2.pat.

# Permiso para irse dado a los contados: "fueron autorizados a salir", "se les permitió abandonar el edificio",
# "pudieron salir de la embajada", "salieron con vida": liberación, sea cual sea el lugar que dejan
# (es.release.captives_out ya lee "dejaron salir a"). Una negación delante los deja dentro.
@rule es.release.allowed_to_leave trigger event=release
  (?<!no\s)(?<!nunca\s)\b(?:fueron|han\s+sido|habian\s+sido|serian|seran|eran|fue|ha\s+sido)\s+(?:(?:finalmente|luego|hoy|ayer|ya|despues|todos)\s+)?autorizad[oa]s?\s+a\s+(?:salir|abandonar|dejar|marcharse|irse|volver\s+a\s+casa)\b
  | (?<!no\s)(?<!nunca\s)\bse\s+les?\s+(?:permitio|permitia|autorizo)\s+(?:salir|abandonar|marcharse|irse|volver\s+a\s+casa)\b
  | (?<!no\s)\b(?:pudieron|podian|lograron|consiguieron)\s+(?:salir|abandonar)\s+(?:del|de\s+la|de\s+los|la|el)\s+(?:edificio|teatro|embajada|hospital|escuela|recinto|avion|aparato|complejo|parlamento|congreso|palacio|cautiverio|campamento)\b
  | \bsal(?:ieron|io|en|dran)\s+con\s+vida\b
  + unos 400 diputados fueron autorizados a salir del recinto => _=fueron autorizados a salir
  + a 30 rehenes se les permitió abandonar el edificio => _=se les permitió abandonar
  + 15 rehenes pudieron salir de la embajada => _=pudieron salir de la embajada
  + 685 trabajadores salieron con vida => _=salieron con vida
  - los 30 presos no fueron autorizados a salir al patio
  - los vecinos pudieron salir de casa tras la tormenta
