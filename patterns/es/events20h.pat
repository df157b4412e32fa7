# Español: más formas de decir que hay personas retenidas (vigésima sesión, "heldrecall"). Escritas desde cómo lo dice
# la prensa y revisadas luego contra el corpus en busca de cifras falsas nuevas (cosas, muertos, liberados).

# Pedir a otro que libere a alguien dice que sigue preso (docs/corpus.md, "Gold records": una exigencia es held).
# es.held.demand (precision.pat) lee "exige la liberación de", "piden que sean excarcelados"; no leía al destinatario
# de la petición seguido del subjuntivo ("pidió al Gobierno que deje en libertad a los seis", "exigió a Rusia que
# libere a los 30") ni "instar/exhortar/conminar a X a liberar". El destinatario ocupa hasta cinco palabras sin
# puntuación ni "y/pero". "Ordenó" queda fuera: la orden de un juez se cumple ("el juez ordenó que liberen a 12").
@fragment FREE_SUBJ20
  (?:liberen?|liberara|liberaran|liberase|liberasen|excarcelen?|excarcelara|excarcelaran|suelten?|soltara|soltaran
    |indulten?|indultara|indultaran|(?:dejen?|dejara|dejaran|ponga|pongan|pusiera|pusieran)\s+en\s+libertad)
@fragment FREE_INF20 = (?:liberar|excarcelar|soltar|indultar|dejar\s+en\s+libertad|poner\s+en\s+libertad)

@rule es.held.asks_party trigger event=held demand=1 asks=1
  \b(?:pid(?:e|en|io|ieron|iendo|amos)|ped(?:ir|ia|ian|imos|ido)|exig(?:e|en|io|ieron|ia|ian|ir|iendo|ido)
     |reclam(?:a|an|o|aron|aba|aban|ar|ando|ado)|inst(?:a|an|o|aron|aba|aban|ar|ando|ado)|urg(?:e|en|io|ieron|ia|ian)
     |solicit(?:a|an|o|aron|aba|aban|ar|ando|ado)|exhort(?:a|an|o|aron|aba|aban|ar|ando|ado)|conmin(?:a|an|o|aron|aba|aban|ar|ando|ado)
     |rog(?:o|aron|aba|aban|ar)|ruega|ruegan|insist(?:e|en|io|ieron|ia|ian))\b
  (?:\s+(?!(?:y|pero|o|aunque|mientras|que)\b)[^\s.;:,!?"]+){0,5}?
  \s+(?:que\s+(?:[^\s.;:,!?"]+\s+){0,4}?(?:se\s+)?{FREE_SUBJ20}|a\s+{FREE_INF20})\b
  + el diputado pidió ayer al Gobierno que deje en libertad a los seis hombres => _=pidió ayer al Gobierno que deje en libertad
  + el tribunal exigió a Rusia que libere a las 30 personas => _=exigió a Rusia que libere
  + Amnistía instó al Gobierno a liberar a 40 presos => _=instó al Gobierno a liberar
  + la ONU pide que el régimen excarcele a 200 presos políticos => _=pide que el régimen excarcele
  + los familiares insistieron en que el Ejecutivo suelte a los 12 => _=insistieron en que el Ejecutivo suelte
  - el juez ordenó que liberen a 12 detenidos
  - pidieron perdón y después liberaron a 20
  - el Gobierno pidió calma y liberó a 40 presos
  - el presidente, que pidió paciencia, dijo que liberará a 40 presos

# Una noche bajo custodia, el destino de los que quedan tras un arresto (como es.held.kept_after "dormirán en el
# calabozo"): "58 pasarán la noche en el calabozo", "pasaron la noche en comisaría". Una noche en casa no.
@rule es.held.night_in_custody trigger event=held fate=1
  \b(?:pasaran|pasaron|pasan|pasara|paso|pasar|van\s+a\s+pasar|iran\s+a\s+pasar|han\s+pasado)\s+(?:la|su\s+primera|otra|una|la\s+primera|una\s+segunda)\s+noche\s+(?:en\s+(?:el\s+|la\s+|los\s+|las\s+|un\s+|una\s+)?(?:calabozos?|celdas?|comisarias?|carcel|prision|dependencias\s+policiales)|entre\s+rejas|detenid[oa]s|bajo\s+custodia)\b
  + 58 de ellos pasarán la noche en el calabozo => _=pasarán la noche en el calabozo
  + los 40 activistas pasaron su primera noche entre rejas => _=pasaron su primera noche entre rejas
  - los 40 estudiantes pasaron la noche en sus casas
  - los rehenes liberados pasarán la noche en un hotel

# Un lugar de custodia que tenía o albergaba gente ("el penal tenía 1.900 reclusos", "el campo llegó a tener 242
# presos"): es.held.housed lee "alberga", "acoge"; "tener" con el lugar por sujeto dice lo mismo. Sigue una cifra.
@rule es.held.place_holds trigger event=held
  \b(?:carcel|prision|penal|penitenciaria|presidio|campo|centro\s+de\s+detencion|centro\s+penitenciario)\s+(?:ya\s+|todavia\s+|aun\s+)?(?:tenia|tiene|tuvo|llego\s+a\s+tener|contaba\s+con|cuenta\s+con)(?=\s+(?:(?:unos|unas|cerca\s+de|casi|mas\s+de|alrededor\s+de|apenas|solo)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}]))[\d.,]*\s+(?!(?:anos|metros|plazas|celdas|camas|pabellones|modulos|hectareas|funcionarios|guardias)\b))
  + el penal tenía 1.900 reclusos => _=penal tenía
  + el campo llegó a tener unos 242 presos => _=campo llegó a tener
  - la cárcel tenía 20 años de antigüedad
  - la prisión tenía 800 plazas
  - el campo de fútbol tenía 3.000 espectadores

# El segundo objeto de una exigencia, coordinado tras el primero ("exigía la liberación de 11 miembros de la RAF presos
# en Alemania, y de dos palestinos detenidos en Turquía"): el "de" que repite el genitivo de la exigencia es la
# exigencia otra vez, y los contados tras él siguen presos, diga lo que diga su participio de cómo los tomaron. Solo
# "de" con una cifra detrás; \K deja la exigencia misma a es.held.demand.
@rule es.held.demand_second_object trigger event=held demand=1
  \b(?:exig(?:e|en|io|ieron|ia|ian|ir|iendo)|pid(?:e|en|io|ieron|iendo)|ped(?:ir|ia|ian)|reclam(?:a|an|o|aron|aba|aban|ar|ando)|demand(?:a|an|o|aron|aba|aban|ar|ando))
  \s+(?:tambien\s+)?(?:la\s+|su\s+)?(?:inmediata\s+)?(?:liberacion|excarcelacion|libertad|puesta\s+en\s+libertad)\s+de\b[^.;:]{1,200}?(?:,\s*|\s+y\s+)(?:y\s+)?\Kde(?=\s+(?:(?:al\s+menos|unos|unas|otros|otras|mas\s+de)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + exigía la liberación de 11 miembros presos en Alemania, y de dos palestinos detenidos en Turquía => _=de
  + exigía la liberación de 11 miembros presos en Alemania, de dos palestinos detenidos en Turquía y un rescate => _=de
  - exigía la liberación de 11 miembros presos en Alemania y el pago de 15 millones de dólares

# Un canje propuesto o buscado a cambio de la liberación de alguien ("propone canjear a los estadounidenses por la
# liberación de dos presos", "ofreció soltar a los rehenes a cambio de la excarcelación de 40 presos"): los que se
# pide liberar siguen presos, como dice es.held.swap_plan, que se detenía en "por" y dejaba la cifra a "liberación".
# Un canje hecho ("liberó al soldado a cambio de la excarcelación de 1.027 presos") no tiene verbo de ofrecer.
@rule es.held.swap_for_release trigger event=held demand=1
  \b(?:pretend(?:e|en|ia|ian|io|ieron)|quer(?:ia|ian|ria|rian)|quiere|quieren|quiso|quisieron|busca(?:ba|ban|n)?|propon(?:e|en|ia|ian)|propuso|propusieron|ofrec(?:e|en|ia|ian|io|ieron)|exig(?:e|en|ia|ian|io|ieron)|intent(?:a|an|aba|aban|o|aron))\s+(?:canjear|intercambiar|liberar|soltar)\b
  (?:\s+[^\s\d.;:,]+){1,6}?\s+(?:por|a\s+cambio\s+de)\s+(?:la\s+)?(?:liberacion|excarcelacion|libertad)\s+de\b
  + el grupo propone canjear a los estadounidenses por la liberación de dos presos => _=propone canjear a los estadounidenses por la liberación de
  + ofrecieron soltar a los rehenes a cambio de la excarcelación de 40 presos => _=ofrecieron soltar a los rehenes a cambio de la excarcelación de
  - liberó al soldado a cambio de la excarcelación de 1.027 presos
