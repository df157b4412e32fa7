# Spanish event vocabulary found missing on text nobody here had read (the blind articles 44-47): prisoners who
# leave, states said with "todavía", negated events, charges, people taken away.

# Prisoners who leave are released ("4.000 reclusos salieron de Sednaya", "de la que salieron 3.500 presos"): a
# held or detained people noun right before a verb of leaving, or that verb right before a count of such people.
# Going out to the yard or the street is no release.
@fragment LEAVE_NUM = (?:(?:mas\s+de|unos|unas|cerca\s+de|casi|al\s+menos|alrededor\s+de|otros|otras)\s+)?(?:\d[\d.,]*(?:\s+{MULT})?|(?:{NUMWORD})(?:\s+(?:{NUMWORD}))*)
@rule es.release.leave trigger event=release
  \b(?:(?:{PEOPLE_HELD}|{PEOPLE_DETAINED})\s+(?:ya\s+|tambien\s+)?(?:salieron|salio|han\s+salido|habian\s+salido|hayan\s+salido|salen|saldran)
       (?!\s+(?:al|a\s+la|a\s+las|a\s+los)\s+(?:patio|patios|calle|calles|pasillo|comedor|juicio|audiencia|tribunal|plaza)\b)
     |(?:salieron|han\s+salido|habian\s+salido|salen|saldran)(?=\s+{LEAVE_NUM}\s+(?:{PEOPLE_HELD}|{PEOPLE_DETAINED})\b))
  + Unos 4.000 reclusos salieron de Sednaya el domingo => _=reclusos salieron
  + en Homs abrieron la cárcel, de la que salieron más de 3.500 presos => _=salieron
  + los 200 detenidos ya salieron por la puerta principal => _=detenidos ya salieron
  + anoche salieron 80 presos políticos => _=salieron
  - los presos salieron al patio
  - unos 300 manifestantes salieron a la calle
  - salieron 300 personas a protestar

# Leaving prison, whoever leaves ("salió de la cárcel el opositor ... junto con otros 575 presos", "ha salido de
# prisión"): a release, as "left prison" is in English. Only finite forms: "pidió salir de la cárcel" is a wish.
@rule es.release.leave_prison trigger event=release
  \b(?:salio|salieron|sale|salen|saldra|saldran|(?:ha|han|habia|habian|hayan|haya)\s+salido)\s+(?:(?:hoy|ayer|anoche|finalmente|por\s+fin|tambien)\s+)?(?:de\s+(?:la\s+)?(?:carcel|prision)|del\s+(?:penal|penitenciario|centro\s+penitenciario|reclusorio|centro\s+de\s+detencion))\b
  + El 29 de mayo salió de la cárcel el opositor => _=salió de la cárcel
  + la periodista ha salido de prisión tras dos años => _=ha salido de prisión
  + salieron ayer del penal 40 reos => _=salieron ayer del penal
  - pidió salir de la cárcel
  - la idea de salir de la cárcel

# Free again, said with an adjective ("más de 650 personas ya han quedado libres"): a release; free of suspicion or
# guilt is no release.
@rule es.release.left_free trigger event=release
  \b(?:quedaron|quedo|quedaran|quedara|(?:ha|han|habia|habian|hayan|haya|habrian)\s+quedado|estan|estaban)\s+(?:ya\s+|finalmente\s+)?(?:tod[oa]s\s+)?(?:ya\s+)?libres?\b(?!\s+de\s+(?:toda\s+|cualquier\s+)?(?:sospecha|culpa|responsabilidad))
  + más de 650 personas ya han quedado libres => _=han quedado libres
  + 40 reclusos quedaron libres el martes => _=quedaron libres
  + los 12 activistas están ya libres => _=están ya libres
  + los diez pescadores estaban todos libres el lunes => _=estaban todos libres
  - quedó libre de toda sospecha

# Custody with its holder named ("tenía 3.800 bajo su custodia", "en custodia policial"): held, as "bajo custodia" is.
@rule es.held.whose_custody trigger event=held
  \b(?:bajo|en)\s+(?:su|nuestra|la)\s+custodia\b|\ben\s+custodia\s+(?:policial|militar|del\s+estado)\b
  + el director dijo que tenía 3.800 bajo su custodia => _=bajo su custodia
  + 40 personas siguen en custodia policial => _=en custodia policial
  - la custodia de los hijos

# A state said with "todavía" / "aún" and no verb ("136.614 personas todavía detenidas"), or people who stay locked
# in ("seguían encerradas en la comisaría"): held, not detained.
@rule es.held.still trigger event=held
  \b(?:(?:todavia|aun)\s+(?:pres|detenid|encarcelad|retenid|recluid|secuestrad|cautiv|encerrad)[oa]s
     |(?:sigu\w*|segu(?:ia|ian)|permanec\w*|continu\w*|estan|estaban)\s+(?:todavia\s+|aun\s+)?encerrad[oa]s)\b
  + 136.614 personas todavía detenidas o desaparecidas => _=todavía detenidas
  + al menos cuarenta personas seguían encerradas en la comisaría => _=seguían encerradas
  + 30 jóvenes aún presos => _=aún presos
  - todavía no fueron detenidos

# Freedom regained with a possessive: "obtuvieron su libertad 328 personas", "recuperaron su libertad".
@rule es.release.own_freedom trigger event=release
  \b(?:obtuvieron|obtuvo|recuperaron|recupero|recobraron|recobro|ganaron|(?:ha|han|habia|habian|hayan)\s+(?:obtenido|recuperado|recobrado))\s+su\s+libertad\b
  + desde el 1 de enero obtuvieron su libertad 328 personas => _=obtuvieron su libertad
  + 12 activistas habían recuperado su libertad => _=habían recuperado su libertad
  - defendieron su libertad de expresión

# An event denied for everyone counted is none of ours: "los 150 ciudadanos están bien y ninguno fue detenido".
@rule es.other.nobody trigger event=none
  \b(?:ninguno|ninguna|nadie)(?:\s+de\s+(?:ellos|ellas))?\s+(?:ha\s+sido|han\s+sido|fue|fueron|habia\s+sido|esta|estaba|resulto|quedo)\s+(?:detenid|arrestad|apresad|liberad|excarcelad|pres)[oa]s?\b
  + los 150 ciudadanos están bien y ninguno fue detenido => _=ninguno fue detenido
  + ninguno de ellos ha sido liberado => _=ninguno de ellos ha sido liberado
  - fueron detenidos 20

# Charges are none of our events: "otros treinta y dos fueron imputados", "retiró los cargos contra 46 de ellas".
@rule es.other.charged trigger event=none
  \b(?:(?:fueron|fue|han\s+sido|ha\s+sido|habian\s+sido|seran|resultaron)\s+(?:formalmente\s+)?(?:imputad|acusad|formalizad)[oa]s?
     |(?:retir\w+|desestim\w+|levant\w+|present\w+|formul\w+|presentaron)\s+(?:los\s+)?cargos\s+contra|cargos\s+contra(?={NUMSTART}))\b
  # twenty-ninth session: the active verb before the part charged ("La Fiscalía imputó a 45 de los detenidos"),
  # charges of a kind ("formuló cargos por terrorismo contra 13 de los arrestados")
  |\b(?:imput(?:o|aron)|acus(?:o|aron)|proces(?:o|aron))\s+a(?={NUMSTART})|\bcargos\s+(?:[\p{L}]+\s+){1,4}?contra(?={NUMSTART})
  + otros treinta y dos fueron imputados por daño => _=fueron imputados
  + la fiscalía retiró los cargos contra 46 de ellas => _=retiró los cargos contra
  + La Fiscalía imputó a 45 de los detenidos => _=imputó a
  + había formulado cargos por terrorismo contra 13 de los arrestados => _=cargos por terrorismo contra
  - 32 imputados siguen en prisión

# An age is no count: "eran menores de 18", "menores de 16".
@rule es.veto.minors_age veto
  \b(?:menores|menor)\s+de\s+\d{1,2}\b(?!\d|[.,]\d)
  + algunos eran menores de 18 => _=menores de 18
  - menores de 300 presos
