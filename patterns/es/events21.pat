# Español: held frente a detention (vigesimoprimera sesión). La toma de rehenes y la conducción a comisaría son
# detention (la toma, docs/corpus.md "Gold records"); el traslado a un centro de detención o a un campo es held
# (quien queda allí).

# La toma con la cifra entre el verbo y "rehenes": "tomaron 30 rehenes", "habían hecho 20 rehenes", con un adverbio de
# tiempo o unas comillas en medio ("hicieron esta mañana «unos 100 rehenes»", sesión veintitrés). La frase entera
# es la palabra de evento, y "rehenes" dentro de ella ya no da held.
@rule es.detention.took_hostages trigger event=detention
  \b(?:tomaron|tomo|toman|toma|tomar|tomado|tomaban|hicieron|hizo|hacen|hacer|hecho|tomarian|tomaria)\s+(?:(?:esta\s+(?:manana|tarde|noche)|ayer|hoy|anoche|entonces|ya|luego|despues)\s+)?[\"\x{201C}\x{AB}]?(?:a\s+)?(?:(?:unos|unas|mas\s+de|cerca\s+de|casi|al\s+menos|alrededor\s+de)\s+)?(?:\d[\d.,]*|{NUMWORD}|(?:un\s+|unas\s+)?(?:decenas|centenares|centenar|docena|decena))(?:\s+mil)?(?:\s+de)?(?:\s+[\p{L}-]+){0,2}?\s+(?:como\s+)?rehenes\b
  + los asaltantes tomaron 30 rehenes en el banco => _=tomaron 30 rehenes
  + el comando aseguró haber tomado unos 200 rehenes => _=tomado unos 200 rehenes
  + hicieron decenas de rehenes => _=hicieron decenas de rehenes
  + los asaltantes hicieron esta mañana "unos 100 rehenes" => _=hicieron esta mañana "unos 100 rehenes
  - los 30 rehenes tomaron un avión
  - tomaron la embajada y liberaron a los rehenes

# Llevados a comisaría están detenidos: "15 personas fueron conducidas a comisaría", "trasladados a dependencias
# policiales". Una comisaría como destino dice el arresto.
@rule es.detention.taken_to_police trigger event=detention
  \b(?:llevad|conducid|trasladad)[oa]s\s+(?:(?:despues|luego|de\s+madrugada)\s+)?(?:a\s+(?:la\s+|las\s+)?|al\s+|hasta\s+(?:la\s+|el\s+))(?:comisarias?|dependencias\s+policiales|cuartel|cuartelillo|jefatura|calabozos)\b
  + 15 personas fueron conducidas a comisaría => _=conducidas a comisaría
  + 40 jóvenes trasladados a dependencias policiales => _=trasladados a dependencias policiales
  - 12 heridos trasladados al hospital

# Quien es trasladado o enviado a un centro de detención o un campo queda allí: "unos 600 monjes fueron llevados en
# abril a un centro de detención", "trasladados a un campo de internamiento". Como es.held.kept_after (fate=1), la
# frase pesa más que la palabra de detención de la propia cifra o del destino ("detención"). No "llevados a la
# cárcel": así se cuenta también un arresto (con la cárcel como destino, el conjunto de validación ciego ganó una
# cifra falsa en inglés).
@rule es.held.sent_to_prison trigger event=held fate=1
  \b(?:llevad|enviad|trasladad|transferid|remitid)[oa]s\s+(?:(?:en\s+[\p{L}]+|despues|luego|mas\s+tarde)\s+)?(?:a\s+|al\s+)(?:un|una|la|el|los|las|unos)?\s*(?:centros?\s+de\s+(?:detencion|internamiento)|campos?\s+de\s+(?:detencion|internamiento|concentracion|reeducacion|trabajo|prisioneros))\b
  + unos 600 monjes fueron llevados en abril a un centro de detención => _=llevados en abril a un centro de detención
  + 40 de los detenidos fueron trasladados a un campo de internamiento => _=trasladados a un campo de internamiento
  - 30 manifestantes fueron llevados a la cárcel
  - trasladados al hospital
