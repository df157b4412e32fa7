# Spanish recall rules of the twenty-first session, second wave (recall2). Twins in en/ and pt/events21r2.pat.

# Permiso para irse dado a los contados: "fueron autorizados a salir", "se les permitió abandonar el edificio",
# "pudieron salir de la embajada": liberación, sea cual sea el lugar que dejan (es.release.captives_out ya lee
# "dejaron salir a"; es.release.out_alive, "salieron con vida" tras unos cautivos: sin ellos, "salir con vida"
# de un incendio no es una liberación). Una negación delante los deja dentro.
@rule es.release.allowed_to_leave trigger event=release
  (?<!no\s)(?<!nunca\s)\b(?:fueron|han\s+sido|habian\s+sido|serian|seran|eran|fue|ha\s+sido)\s+(?:(?:finalmente|luego|hoy|ayer|ya|despues|todos)\s+)?autorizad[oa]s?\s+a\s+(?:salir|abandonar|dejar|marcharse|irse|volver\s+a\s+casa)\b
  | (?<!no\s)(?<!nunca\s)\bse\s+les?\s+(?:permitio|permitia|autorizo)\s+(?:salir|abandonar|marcharse|irse|volver\s+a\s+casa)\b
  | (?<!no\s)\b(?:pudieron|podian|lograron|consiguieron)\s+(?:salir|abandonar)\s+(?:del|de\s+la|de\s+los|la|el)\s+(?:edificio|teatro|embajada|hospital|escuela|recinto|avion|aparato|complejo|parlamento|congreso|palacio|cautiverio|campamento)\b
  + unos 400 diputados fueron autorizados a salir del recinto => _=fueron autorizados a salir
  + a 30 rehenes se les permitió abandonar el edificio => _=se les permitió abandonar
  + 15 rehenes pudieron salir de la embajada => _=pudieron salir de la embajada
  - 685 trabajadores salieron con vida del incendio
  - los 30 presos no fueron autorizados a salir al patio
  - los vecinos pudieron salir de casa tras la tormenta

# La salida en subjuntivo tras una orden: "el tribunal ordenó que 20 de ellos salgan de prisión", "dispuso que los
# doce queden en libertad". La orden de un juez o de un gobierno cuenta como la liberación (como "ordena liberar a
# 20"); las formas de salir del léxico son solo indicativas, porque un deseo o una petición ("pidió que salgan")
# dice que siguen presos (es.held.demand). Solo tras un verbo de ordenar y "que", en la misma frase (80 caracteres
# como mucho); \K deja la orden fuera del tramo.
@rule es.release.ordered_subjunctive trigger event=release
  \b(?:orden(?:o|aron|a|an|aba|aban)|dispu(?:so|sieron)|dispone|disponen|decret(?:o|aron|a|an)|resolvi(?:o|eron)|determin(?:o|aron)|acord(?:o|aron))\s+(?:(?:ayer|hoy|anoche|este\s+\p{L}+|el\s+\p{L}+)\s+)?que\b[^.;:]{1,80}?\b\K(?:salgan|salieran|saliesen|queden\s+(?:en\s+libertad|libres)|quedaran\s+(?:en\s+libertad|libres)|recuperen\s+(?:la|su)\s+libertad|recobren\s+(?:la|su)\s+libertad|vuelvan\s+a\s+(?:casa|sus\s+casas))\b
  + el tribunal ordenó que 20 de ellos salgan de prisión => _=salgan
  + el juez dispuso ayer que los doce acusados queden en libertad => _=queden en libertad
  + la Audiencia resolvió que 30 presos recuperen la libertad => _=recuperen la libertad
  - las familias pidieron que 20 de ellos salgan de prisión
  - el tribunal ordenó que los 20 acusados sigan en prisión
