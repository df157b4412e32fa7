# Spanish claimants: reporting verbs, "según X", references, organisations, governments and titles.

# Un informe dice lo que halló: "el estudio concluyó que 300 seguían presos", "el informe halló que". Un tribunal
# también (vigésima segunda sesión): "la jueza dio por probado que once personas fueron detenidas", "el tribunal
# considera probado que".
@rule es.cue.finding cue
  \b(?:concluy(?:o|eron|e|en)|hall(?:o|aron|a|an)|encontr(?:o|aron)|comprob(?:o|aron)
     |(?:d(?:io|ieron|a|an)|tuv(?:o|ieron)|tiene|tienen)\s+por\s+(?:probado|acreditado|demostrado)
     |consider(?:o|aron|a|an)\s+(?:probado|acreditado|demostrado))(?=\s+que\s)
  + El estudio de la ONG concluyó que 300 seguían presos => _=concluyó
  + el informe halló que 40 detenidos habían sido torturados => _=halló
  - la policía halló a 40 personas en el edificio
  + En su fallo, la jueza dio por probado que once personas fueron detenidas => _=dio por probado
  + el tribunal considera probado que los acusados retuvieron a 36 marineros => _=considera probado
  - el tribunal dio por probado el delito

# Twentieth session (restated). "El Gobierno respondió que en Colombia no había 311 presos políticos": a reply
# is a report of what its speaker says, when it opens what is said ("que"); a bare "respondió" (an interview's
# question answered) stays out.
@rule es.cue.replied cue
  \b(?:respondi(?:o|eron)|responde|responden|replic(?:o|aron|a|an)|contest(?:o|aron))(?=\s+(?:[\p{L}\-]+\s+){0,2}?que\b)
  + El Gobierno respondió que no había presos políticos => _=respondió
  + el ministro replicó ayer que la cifra era falsa => _=replicó
  - respondió a las preguntas de los periodistas
  - la respuesta que dio

@rule es.cue.report cue
  \b(?:cit(?:o|aron|a|an|aba|aban)(?=\s+(?:[^\s,.;]+\s+){0,3}?(?:una|la|esa|otra|su)\s+(?:\S+\s+)?(?:cifra|balance|recuento)\b)|dijo|dijeron|(?<!\bse\s)(?:dice|dicen|decia)|(?<=\bse\s)(?:dice|dicen|decia)(?=\s+que\b)|ha\s+dicho|han\s+dicho|dira
     |(?:estaba|estaban|esta|estan|venia|venian)(?:\s+(?:ya|todavia|tambien))?\s+(?:informando|reportando|contabilizando|cifrando|diciendo|hablando\s+de)
     |(?<!\bun\s)(?<!\buna\s)(?<!\botra\s)(?:afirm|asegur|inform|anunci|denunci|confirm|estim|verific|contabiliz|registr|senal|indic|explic|declar|precis|detall|report|agreg|calcul|manifest|expres|record|apunt|subray|destac|alert|document|revel|aclar|comunic|public|cifr|asever|reiter|insist|lament|celebr|advert|not|constat|cont|adelant|cuantific)
       (?:o|aron|a|an|aba|aban|ara|aran|aria)
     |(?:ha|han|habia|habian|hemos|he|habria)\s+(?:afirm|asegur|inform|anunci|denunci|confirm|estim|verific|contabiliz|registr|senal|indic|explic|declar|precis|detall|report|agreg|calcul|manifest|expres|record|apunt|subray|destac|alert|document|revel|aclar|comunic|public|cifr|asever|reiter|insist|lament|advert|constat|cont|elev|adelant|cuantific)ado
     |habl(?:a|an|o|aron|aba|aban)(?:\s+en\s+(?:su|el|un|sus)\s+(?:ultimo\s+)?(?:informe|reporte|comunicado|balance|documento|recuento)(?:\s+(?:anual|final|oficial))?)?\s+de|d(?:io|ieron|a|an|aba|aban)\s+cuenta(?:\s+(?:al|a\s+la|a\s+los|a\s+las)\s+\p{L}+)?\s+de|(?:ha|han|habia|habian)\s+dado\s+cuenta\s+de|presumi(?:o|eron)|resumi(?:o|eron)|jact(?:o|aron)\s+de|elev(?:o|aron|a|an)|tenia(?:n)?\s+registrad[oa]s|tiene(?:n)?\s+registrad[oa]s|contaba(?:n)?|(?<=["\x{201D}\x{BB}],\x20)(?:cuenta|cuentan|conto|contaron)\b|(?<!\bla\s)(?<!\buna\s)(?<!\bsu\s)cuenta(?=(?:,[^,.;\d]{1,40},)?\s+(?:(?:al\s+menos|por\s+lo\s+menos|mas\s+de|cerca\s+de|casi)\s+)?\d)|cuenta(?:n)?\s+con
     |(?:ha|han|habia|habian|hemos|he|habria)\s+(?:anadido|insistido|sostenido|reconocido|admitido|advertido|difundido|escrito)
     |(?<!\bse\s)(?:recuerda|recuerdan)|(?:lleg|volv)(?:o|aron|io|ieron)\s+a\s+(?:decir|afirmar|asegurar|anunciar|informar|hablar\s+de|cifrar\s+en|contabilizar|reconocer|admitir)|anadio|anade|anadieron|advirtio|advierte|reconocio|reconoce|admitio|admite|sostuvo|sostiene|sostienen|sostuvieron|difundio|difunde|escribio|escribe|precisaron|adujo|cifra\s+en|eleva\s+a|elevo\s+a)\b
  + la asociación citó una cifra mayor de 119 arrestos => _=citó
  - el juez citó a declarar a 12 detenidos
  + Foro Penal informó que
  - estudiantes que se decían seguidores del imán
  - un grupo que se dice heredero de la guerrilla
  + se dice que 300 fueron detenidos => _=dice
  + La asociación, por su parte, cuenta 27 detenidos => _=cuenta
  + los abogados contaron, entre los indultados, 38 presos políticos => _=contaron
  - la cuenta 27 de la lista
  + la prefectura ya estaba informando de 300 arrestos => _=estaba informando
  + el ministerio venía contabilizando 40 detenidos => _=venía contabilizando
  - la población estaba informada
  + la portavoz ha añadido esta tarde que
  + la fiscalía había dado cuenta de 17 aprehendidos
  + La comisión habló en su informe final de 210 detenciones => _=habló en su informe final de
  + entonces las autoridades todavía hablaban de 300 detenidos => _=hablaban de
  + "Éramos unos 300 en la celda", cuenta la expresa María Lobo => _=cuenta
  + el ministerio dio cuenta de 40 excarcelaciones
  + el ministro dio cuenta al parlamento de 816 detenciones
  + Alfredo Romero, adelantó que "al menos 80"
  + dijo Romero
  + la ONG contabiliza
  + ha dicho el ministro
  + la ONG recuerda que
  - la mayor operación que se recuerda en el país
  + el gobernador llegó a afirmar que
  + volvió a decir que
  + El portavoz ha añadido esta mañana que
  + la fiscal había sostenido que
  - el informe anual
  - un comunicado
  - presentó ante el juez una cifra distinta
  - en una nota enviada a la prensa
  + Él aseguró el martes que => _=aseguró

# Decimosexta sesión. "la prensa del día siguiente se limitó a hablar de «más de 200»", "los medios locales hablaban
# ya de 400 arrestos": decir solo una cifra, o decirla ya, es decirla (un adverbio entre "hablaban" y "de"; también
# uno de tiempo, "habló en su momento de 155", vigésima sesión).
@rule es.cue.confined cue
  \b(?:se\s+)?limit(?:o|aron|a|an|aba|aban)\s+a\s+(?:hablar\s+de|decir|informar\s+de|confirmar|reconocer|admitir|contabilizar|cifrar\s+en)|habl(?:a|an|o|aron|aba|aban)\s+(?:ya|todavia|aun|entonces|solo|apenas|en\s+su\s+momento|en\s+aquel\s+momento|por\s+entonces|ayer|hoy)\s+de\b
  + la prensa local se limitó a hablar de 200 detenidos => _=se limitó a hablar de
  + algunos medios hablaban ya de más de 400 arrestos => _=hablaban ya de
  + parte de la prensa habló en su momento de 155 liberados => _=habló en su momento de
  - se limitó a pedir calma
  - hablaban de ya

# Vigésima segunda sesión. "El vicemariscal Mahmud habló el domingo de «unos 120» liberados", "la televisión NTV
# hablaba esa noche de hasta 3.000 rehenes", "Fuentes de la Guardia Civil hablaron ayer, a primera hora, de tres
# personas detenidas": hablar de una cifra es darla también con un complemento cualquiera (cuándo, dónde, ante quién)
# entre el verbo y "de", no solo con los adverbios de es.cue.confined. Solo si lo que sigue a "de" abre una cifra
# (un número, "unos", "más de", "hasta"...), y sin "con" / "sobre" / "de" entre medias (hablar con alguien, hablar de
# la muerte de tres: de qué se habla no es una cifra dada).
@rule es.cue.spoke_of22 cue
  \bhabl(?:a|an|o|aron|aba|aban)(?=(?:,?\s+(?!(?:con|sobre|de|del|que)\b)[^\s,.;:]+){1,5},?\s+de\s+["\x{201C}\x{AB}]?(?:\d|(?:unos|unas|mas|menos|hasta|al\s+menos|cerca|casi|decenas|centenares|cientos|miles|un\s+centenar|una\s+decena|un\s+millar|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|doscient\p{L}*|trescient\p{L}*|cuatrocient\p{L}*|quinient\p{L}*|mil)\b))
  + El vicemariscal, por su parte, habló el domingo de "unos 120" liberados => _=habló
  + la radio privada hablaba esa noche de hasta 3.000 rehenes => _=hablaba
  + Fuentes policiales hablaron ayer, a primera hora, de tres personas detenidas => _=hablaron
  + el alcalde habló ante los periodistas de «más de 50» arrestos => _=habló
  - el ministro habló con la familia de tres detenidos
  - el obispo habló ayer de la muerte de tres presos
  - habló largamente sobre los 40 presos
  - hablaba de 300 detenidos

# Decimosexta sesión. "En 2010 fue más allá, recordando que unas 1.600 personas habían sido detenidas": un gerundio
# de decir tras una coma, seguido de lo dicho ("que" o la cifra), dice por el sujeto de la oración.
@rule es.cue.gerund cue participle=1
  (?<=,\s)(?:diciendo|anadiendo|recordando|asegurando|afirmando|senalando|precisando|estimando|reconociendo|admitiendo|explicando|indicando|insistiendo\s+en)(?=\s+(?:que\b|(?:unos|unas|mas\s+de|al\s+menos|cerca\s+de|casi|hasta)\s|\d))
  + En 2010 fue más allá, recordando que unas 1.600 personas habían sido detenidas => _=recordando
  + revisó la estimación, asegurando que hasta 1,5 millones => _=asegurando
  - recordando a los detenidos
  - saliendo, diciendo adiós

# "El ministerio dio una cifra menor: unos 3.500 detenidos": a figure given after a colon, announced by a verb of
# giving and a noun for a figure, is the subject's report; the day and whom it was given to may stand between them
# ("presentó ese mismo día ante el Senado una cifra algo mayor:").
@rule es.cue.figure_given cue
  \b(?:(?:present(?:o|aron|a|an)|ofreci(?:o|eron)|ofrece(?:n)?|manej(?:a|an|o|aron)|difundi(?:o|eron)|cit(?:o|aron|a|an))(?:\s+[^\s:;,.\d]+){0,7}?|d(?:io|ieron|a|an)|tiene(?:n)?|tenia(?:n)?)\s+(?:un|una|el|la|otr[oa]|su|sus)\s+(?:\p{L}+\s+)?(?:cuenta|cifra|numero|numeros|balance|total|estimacion|recuento|conteo|version|calculo)(?:\s+\p{L}+){0,3}?(?=\s*:)
  + El ministerio dio una cifra menor: unos 3.500 detenidos
  + la policía ofreció otro número: 40 presos
  + la ONG maneja una estimación mucho más alta: 900
  + presentó ese mismo día ante el Senado una cifra algo mayor: 3.127 detenidos => _=presentó ese mismo día ante el Senado una cifra algo mayor
  - dio una cifra menor de 40
  - dio un paso: 40
  - el Ministerio de Justicia da hoy una cifra menor: 40

@rule es.cue.dispute cue stance=disputes
  \b(?:calific(?:o|aron|a|an)\s+de\s+(?:falsa|falsas|falso|falsos|inventad[oa]s?|fabricad[oa]s?)|cuestion(?:o|aron|a|an)|contradij(?:o|eron)|refut(?:o|aron|a)|desment(?:ir)?|rebat(?:io|e|ieron)|discrep(?:o|a|an)|rechaz(?:o|aron|a|an)\s+(?:[\p{L}\-]+\s+){0,2}?(?:(?:los|las|esos|esas|estos|estas)(?=\s+(?:mas\s+de\s+|menos\s+de\s+|unos\s+|unas\s+|casi\s+)?\d)|la\s+cifra|el\s+balance|esa\s+cifra|(?:las|esas|estas|aquellas)\s+cifras|(?:los|esos|estos|aquellos)\s+(?:numeros|datos))|discut(?:e|en|io|ieron)\s+(?:la\s+cifra|las\s+cifras|el\s+balance|los\s+numeros))\b
  + la ONG cuestionó
  + rechazó la cifra
  + el ministerio rechazó esas cifras => _=rechazó esas cifras
  + el portavoz rechazó ayer esa cifra de 300 presos => _=rechazó ayer esa cifra
  + los vecinos rechazan los 120 rehenes de los que habla la policía => _=rechazan los
  - rechazó los dos recursos presentados
  + Las ONG discuten el balance oficial
  - discutieron el proyecto de ley
  + el ministro calificó de falsas las cifras
  - la cuestión

@rule es.cue.deny cue stance=denies
  \b(?:(?:neg(?:o|aron|a|an)|desminti(?:o|eron)|desmiente|desmienten|rechaz(?:o|aron|a|an))\s+(?:(?:las|los|esas|esos|estas|estos)\s+)?(?:[\p{L}\-]+\s+){0,3}?(?:informaciones|versiones|denuncias|afirmaciones|acusaciones|alegaciones|cifras?|rumores|publicaciones|datos|recuentos?)(?:\s+[\p{L}\-]+){0,4}?(?=\s+(?:de\s+que|sobre|segun\s+l[ao]s\s+cuales)\s)|(?<!\bse\s)neg(?:o|aron|a|an|ado)(?!\s+a\s+\p{L}+(?:ar|er|ir)\b)|desminti(?:o|eron)|desmiente|desmienten|rechaz(?:o|aron|a|an)(?:\s+\p{L}+)?\s+(?:que|la\s+estimacion|el\s+calculo))\b
  + el ministerio negó que
  + desmintió
  + la ministra rechazó además que siguieran presas => _=rechazó además que
  + rechazó la estimación de las ONG
  + el ministerio desmintió las informaciones de la oposición de que 400 personas => _=desmintió las informaciones de la oposición
  + la portavoz negó los rumores difundidos en redes sociales sobre 300 detenidos => _=negó los rumores difundidos en redes sociales
  - la negociación
  # twenty-ninth session: refusing to do something is no denial ("se negó a subir al avión")
  - el prelado se negó a subir al avión
  - negó a firmar

# "un recuento de AFP basado en cifras policiales eleva a 1.195", "un conteo de Reuters": a count named after
# whoever made it is that one's figure; the name right after it is the source (as en.source.tally).
@rule es.source.tally source exact
  (?<![\p{L}])(?:[Uu]n|[Ee]l)\s+(?:recuento|conteo|cómputo|balance|relevamiento|cálculo|sondeo)\s+(?:de\s+la|del|de)(?=\s+\p{Lu})
  + un recuento de AFP basado en cifras policiales eleva a 1.195 => _=un recuento de
  + Un conteo de Reuters muestra 40 detenidos => _=Un conteo de
  - un recuento de 40 detenidos
  - según un recuento

# Sixteenth session. "Datos del Ministerio del Interior indican que 1.000 personas…", "Los registros de la cárcel
# muestran que…": figures named after their owner, as subject of a verb of showing, are that owner's report, as
# "según datos del Ministerio" is (the owner is read right after the phrase, as after es.source.segun).
@rule es.source.data_subject source
  (?:\A|(?<=\n)|(?<=[.!?:;]\s)|(?<=[\x{2014}\x{2013}]\s))(?<!segun\s)(?<!con\s)(?<!a\s)(?:(?:los|las)\s+)?(?:datos|cifras|registros|estadisticas|numeros)(?:\s+(?:oficiales|mas\s+recientes))?\s+(?:de\s+la|de\s+los|de\s+las|del|de)(?=\s+[^.;:]{3,120}?\s+(?:indican|indicaban|muestran|mostraban|mostraron|apuntan|apuntaban|revelan|revelaron|reflejan|reflejaban|cifran|cifraban|elevan|elevaban|sitúan|situan|situaban)\b)
  + Datos del Ministerio del Interior indican que 1.000 personas siguen detenidas => _=Datos del
  + Los registros de la cárcel del condado, revisados por la agencia, muestran que 52 => _=Los registros de la
  - Datos del Ministerio del Interior
  - según datos del Ministerio, 40 siguen presos, indican

# "La cifra más citada procede del propio ministerio", "ese dato proviene de la ONG": de dónde viene una cifra dice
# quién la da (vigésima sesión)
@rule es.source.comes_from source
  \b(?:la|esta|esa|dicha)\s+(?:cifra|estimacion|estadistica)(?:\s+(?!de\b|del\b)\p{L}+){0,3}?\s+(?:procede|proviene|viene|sale)\s+(?:de\s+la|de\s+los|de\s+las|del|de)\b(?!\s+(?:lejos|antes|atras|hace)\b)
  | \b(?:el|este|ese|dicho)\s+(?:dato|numero|balance|recuento)(?:\s+(?!de\b|del\b)\p{L}+){0,3}?\s+(?:procede|proviene|viene|sale)\s+(?:de\s+la|de\s+los|de\s+las|del|de)\b(?!\s+(?:lejos|antes|atras|hace)\b)
  + La cifra más citada procede del propio ministerio federal: 33.755 presos => _=La cifra más citada procede del
  + ese dato proviene de la ONG Foro Penal => _=ese dato proviene de la
  - la cifra de presos procede de tres cárceles
  - el balance viene de lejos

@rule es.source.segun source
  \b(?:segun|de\s+acuerdo\s+con|conforme\s+a|a\s+juicio\s+de)(?:\s+(?:(?:el|la|los|las|un|una)\s+)?(?:(?:ultim[oa]s?|mas\s+recientes?|nuev[oa]s?|propi[oa]s?)\s+)?(?:datos|cifras|recuento|balance|conteo|informe|registros?|estimaciones|reporte|comunicado|lista|texto|documento|nota|declaracion|estudio)(?:\s+(?:oficiales?|mas\s+recientes?|semanal|mensual|anual))?(?:\s+(?:de\s+la|de\s+los|de\s+las|del|de)|\s+(?:hech|elaborad|realizad|recopilad)[oa]s?(?=\s+por\s)))?\b
  + según Foro Penal
  + según el último balance del Ministerio de Justicia => _=según el último balance del
  + de acuerdo con las cifras oficiales de la Policía => _=de acuerdo con las cifras oficiales de la
  + según datos de la ONG
  + Según el texto de la ONG, cuatro siguen presos => _=Según el texto de la
  + según un recuento elaborado por la agencia, 40 detenidos => _=según un recuento elaborado
  + de acuerdo con el Gobierno
  - segunda

# "Para la asociación, fueron detenidas más de 2.000 personas", "Para Foro Penal, …": a sentence opening with
# "Para" and a name or reference set off by a comma gives that one's view.
@rule es.source.para source exact
  (?:(?<![^\n])|(?<=[.!?:]\x20))Para(?=\x20(?:el|la|los|las|\p{Lu})[^,.;:\n]{1,80},)
  + Para la asociación, fueron detenidas más de 2.000 personas => _=Para
  + Para Foro Penal, hay 800 presos políticos => _=Para
  - Para 2024, el gobierno prevé
  - La ONG trabaja para la liberación de los presos, dijo

@rule es.pronoun.person pronoun exact ref=person speaker=1
  \b(?:él|Él|ella|Ella)\b
  + dijo ella
  + Él afirmó
  - el gobierno

@rule es.pronoun.org pronoun ref=organization
  \b(?:la|esta|dicha|esa)\s+(?:(?:misma|propia)\s+)?(?:organizacion|ong|entidad|agrupacion|plataforma|coalicion|asociacion|fundacion|comision|liga|confederacion|federacion|red|alianza|campana)(?:\s+no\s+gubernamental)?\b(?!\s+(?:de|del|para)\b)
  | \b(?:el|este|dicho|ese)\s+(?:(?:mismo|propio)\s+)?(?:grupo|colectivo|observatorio|comite|foro|partido|consejo|movimiento|sindicato|centro)\b(?!\s+(?:de|del|para)\b)
  + la federación estudiantil dice => _=la federación
  + la organización denunció
  + el grupo informó
  + según el partido, 200 siguen presos
  + de acuerdo con el consejo
  - el consejo de ministros
  - la organización de las elecciones es
  - el Grupo de Lima

# "el comando", "los secuestradores", "los captores", "los guerrilleros": quienes retienen a los rehenes o presos
# hablan por el grupo armado que los retiene, nombrado antes ("Un comando del FSLN tomó el palacio … el comando
# exigió la liberación de 83 presos"): una referencia a la organización nombrada antes, nunca a una persona; sin
# ninguna, la propia descripción (vigesimoprimera sesión).
@rule es.pronoun.captors pronoun ref=organization armed=1
  \b(?:el|este|dicho|ese|su)\s+comando\b(?!\s+(?:de|del|que)\b)
  | \b(?:los|sus|estos|esos)\s+(?:secuestradores|captores|raptores|guerrilleros|insurgentes|milicianos|asaltantes|pistoleros)\b(?!\s+(?:de|del|que)\b)
  + el comando exigió la excarcelación de nueve presos => _=el comando
  + los secuestradores pidieron la liberación de 20 presos => _=los secuestradores
  + según los captores, 40 rehenes => _=los captores
  - el comando de operaciones especiales
  - los secuestradores del avión fueron detenidos
  - un comando armado

# Vigésima segunda sesión. '"Los 16 están libres", dijo la naviera en un comunicado': la empresa, naviera o
# aerolínea nombrada antes habla por "la empresa". Se resuelve como es.pronoun.org (la organización nombrada la
# última), pero nunca queda como descripción literal si no se nombró ninguna (resolved=1, subjects.c).
@rule es.pronoun.company pronoun ref=organization resolved=1
  \b(?:la|esta|dicha)\s+(?:empresa|compania|naviera|aerolinea)\b(?!\s+(?:de|del)\b)
  + "Los 16 están libres", dijo la naviera en un comunicado => _=la naviera
  + según la aerolínea, 40 pasajeros fueron liberados => _=la aerolínea
  - la empresa de seguridad

# "los organizadores", "los convocantes": quienes convocaron la protesta hablan por el colectivo que la convocó
# (el gold nombra ese colectivo): una referencia a la organización nombrada antes (decimoctava sesión)
@rule es.pronoun.organisers pronoun ref=organization
  \b(?:los|las|sus)\s+(?:organizadores|organizadoras|convocantes)\b(?!\s+(?:de|del)\b)
  + según los organizadores, 450 personas fueron detenidas => _=los organizadores
  + los convocantes aseguran
  - los organizadores de la marcha dicen
  - el organizador dijo
# "el comunicado señala", "según la nota", "el propio comunicado recuerda" (vigésimo primera sesión, segunda ola): un
# documento que el texto nombró habla por quien lo emitió, el organismo nombrado último (como "el organismo", body=1;
# nunca una persona). Solo el documento definido sujeto de un verbo de decir o tras "según"; no "el mismo comunicado"
# (ref=claim), no "el informe de la comisión".
@rule es.pronoun.document pronoun ref=organization body=1
  \b(?:el|este|dicho|su)\s+(?:propio\s+)?(?:comunicado|informe|decreto|boletin|parte)\b(?!\s+(?:de|del|sobre|que)\b)(?=\s*,?\s*(?:tambien\s+)?(?:dice|decia|dijo|senala|senalo|precisa|preciso|afirma|afirmo|anade|anadio|agrega|agrego|recuerda|recordo|indica|indico|sostiene|sostuvo|detalla|detallo|explica|explico|asegura|aseguro|reconoce|reconocio|cifra|cifro|estima|estimo|describe|menciona|menciono|informa|informo|subraya|subrayo|apunta|apunto|enumera|consigna)\b)
  | \b(?:la|esta|dicha|su)\s+(?:propia\s+)?(?:nota|carta|declaracion|resolucion)\b(?!\s+(?:de|del|sobre|que)\b)(?=\s*,?\s*(?:tambien\s+)?(?:dice|decia|dijo|senala|senalo|precisa|preciso|afirma|afirmo|anade|anadio|agrega|agrego|recuerda|recordo|indica|indico|sostiene|sostuvo|detalla|detallo|explica|explico|asegura|aseguro|reconoce|reconocio|cifra|cifro|estima|estimo|describe|menciona|menciono|informa|informo|subraya|subrayo|apunta|apunto|enumera|consigna)\b)
  | (?<=segun\s)(?:el|este|dicho|su)\s+(?:propio\s+)?(?:comunicado|informe|decreto|boletin|parte)\b(?!\s+(?:de|del|sobre)\b)(?=\s*[,.;])
  | (?<=segun\s)(?:la|esta|dicha|su)\s+(?:propia\s+)?(?:nota|carta|declaracion|resolucion)\b(?!\s+(?:de|del|sobre)\b)(?=\s*[,.;])
  + La nota precisa que 21 de los liberados => _=La nota
  + El propio comunicado recuerda que otros 20 salieron => _=El propio comunicado
  + según el comunicado, 30 rehenes fueron liberados
  - el informe de la comisión señala
  - el mismo comunicado dice
  - la nota de prensa
  - el texto afirma que 300 abogados siguen presos
  - según el comunicado difundido por el ministerio

# "la institución", "el organismo", "esa entidad": a word that fits any body, organisation or state organ
# (claims.c, body=1).
@rule es.pronoun.body pronoun ref=organization body=1
  \b(?:la|esta|dicha|esa)\s+(?:(?:misma|propia)\s+)?(?:institucion|dependencia)\b(?!\s+(?:de|del|para)\b)
  | \b(?:el|este|dicho|ese)\s+(?:(?:mismo|propio)\s+)?(?:organismo|ente|cuerpo)\b(?!\s+(?:de|del|para)\b)
  + Según esa institución, casi 8.000 ucranianos
  + según el propio organismo, 180.000 presos siguen en sus cárceles => _=el propio organismo
  + según el cuerpo, 83 personas
  - la institución de la familia
  - el cuerpo de un preso

# "según la misma agencia", "el mismo diario": the news outlet the text named last (claims.c, media=1).
@rule es.pronoun.same_media pronoun ref=organization media=1
  \b(?:(?:la|esa|esta|dicha)\s+misma\s+(?:agencia(?:\s+de\s+noticias)?|cadena|emisora|radio|television|televisora|publicacion)|(?:el|ese|este|dicho)\s+mismo\s+(?:diario|periodico|semanario|medio|canal|portal|rotativo))\b
  + Según la misma agencia, 40 siguen detenidos
  + Esa misma emisora contó después 60 arrestos => _=Esa misma emisora
  + informó el mismo diario
  - la misma cárcel
  - el mismo día

# "Según el periódico, 1.200 siguen presos", "la emisora contó 60": el nombre común de un medio, con artículo
# definido y sin nombre detrás, remite como "la misma agencia" al último medio nombrado (claims.c, media=1; sin
# medio antes, nadie). No "la agencia" sola (también es un organismo del Estado), ni ante un nombre o "de".
@rule es.pronoun.bare_media pronoun exact ref=organization media=1
  (?<![\p{L}])(?:(?:[Ee]l|[Ee]se|[Ee]ste|[Dd]icho)\s+(?:diario|periódico|rotativo|semanario|canal\s+de\s+televisión)|(?:[Ll]a|[Ee]sa|[Ee]sta|[Dd]icha)\s+(?:agencia\s+de\s+noticias|emisora|televisora|cadena\s+de\s+televisión))(?:\s+(?:digital|local|estatal|oficial|opositor[a]?|independiente|\p{Ll}+(?:ense|eñ[oa]|ano|ana|és|esa|ino|ina)))?(?![\p{L}])(?!\s+(?:de|del)\b)(?!\s*,?\s*["\x{201C}\x{AB}]?\p{Lu})
  + Según el periódico, 1.200 personas siguen presas => _=el periódico
  + La emisora contó después 60 arrestos => _=La emisora
  + informó el diario venezolano este martes => _=el diario venezolano
  - según el diario El País
  - la emisora de la policía
  - a diario
  - la agencia informó

# "según el mismo reporte", "de acuerdo con la misma fuente": the report or source of the figure just given, so its
# claimant (claims.c, like the references above).
@rule es.pronoun.same_report pronoun ref=claim
  \b(?:(?:el|ese|este|dicho|aquel)\s+mismo\s+(?:reporte|informe|balance|comunicado|documento|recuento|conteo|parte|boletin|registro|texto|relato|testimonio|archivo|expediente|escrito|estudio|trabajo)|(?:la|esa|esta|dicha|aquella)\s+misma\s+(?:fuente|nota|lista|relacion|estadistica|declaracion|version|investigacion|base\s+de\s+datos))\b
  + Según el mismo reporte, 31 seguían detenidos
  + Según ese mismo relato, quedaban 70 presos en el penal => _=ese mismo relato
  + dicha misma declaración cifraba en 45 los arrestados => _=dicha misma declaración
  + de acuerdo con la misma fuente
  - el mismo día
  - la misma cárcel

@rule es.pronoun.claim pronoun ref=claim
  \b(?:el\s+balance|la\s+cifra|el\s+numero(?!\s+de\b)|ese\s+total|este\s+total|dicha\s+cifra|esa\s+cifra|el\s+total|de\s+ellos|de\s+ellas|entre\s+ellos|entre\s+ellas|de\s+los\s+cuales|de\s+las\s+cuales|el\s+recuento|la\s+lista)\b
  + el balance incluye 160 personas
  + de ellos, 66 venezolanos
  + el ministro elevó el número a más de mil => _=el número
  - el balón

@rule es.actor.gov actor kind=government
  (?<!secretario\s|secretaria\s|director\s|directora\s|presidente\s|presidenta\s|comite\s|consejero\s|consejera\s)\b(?:el\s+|los\s+|la\s+|las\s+)?(?:propi[oa]s?\s+|mism[oa]s?\s+)?(?<name>(?:gobierno|ejecutivo|pentagono|kremlin|casa\s+blanca|regimen|autoridades|funcionarios|fuentes\s+oficiales|fiscalia|ministerio\s+publico|cancilleria|policia|defensoria\s+del\s+pueblo|tribunal\s+supremo(?:\s+de\s+justicia)?|servicio\s+penitenciario|ministerio(?:\s+(?:de|del|de\s+la)\s+(?:interior(?:\s+y\s+justicia)?|justicia|defensa|relaciones\s+exteriores|asuntos\s+exteriores|exteriores|servicio\s+penitenciario|asuntos\s+penitenciarios|comunicacion(?:\s+e\s+informacion)?|seguridad(?:\s+publica)?|gobernacion|informacion|poder\s+popular\s+para\s+\w+(?:\s+\w+)?))?)
     (?:\s+(?:venezolan[oa]s?|cuban[oa]s?|nicaraguense|rus[oa]|ucranian[oa]|israeli|bielorrus[oa]|estadounidense|georgian[oa]|keniano|kenian[oa]|irani|iranies|turc[oa]|de\s+(?:venezuela|cuba|nicaragua|rusia|ucrania|israel|bielorrusia|ee\.?\s?uu\.?|estados\s+unidos|georgia|kenia|iran|turquia|maduro|ortega)|nacional|provincial|estatal|federal|municipal|regional|departamental|local|metropolitana|de\s+facto))?)\b
  + el Gobierno venezolano anunció => name=Gobierno venezolano
  - Ana Ruiz, secretario ejecutivo de la Coordinadora, contó
  - la directora ejecutiva dijo
  + según las autoridades => name=autoridades
  + el Ministerio de Interior informó => name=Ministerio de Interior
  + según la propia policía provincial, 20 personas => name=policía provincial
  + El Pentágono cifra en 30 los hombres que siguen en la base => name=Pentágono
  + la Casa Blanca confirmó que cinco estadounidenses => name=Casa Blanca
  - gobernador

@rule es.actor.acronym actor exact kind=organization
  (?<![\p{L}])(?<name>(?:ONU|OEA|CIDH|OVP|ACNUDH|CICR|UE|OTAN|ACNUR|UNICEF|OVP|SNTP|CPJ|HRW|PUD|MUD|ELN|FARC|CPI))(?![\p{L}])
  + la CIDH denunció => name=CIDH
  - la cidh

@rule es.title title
  \b(?:coronel|comandante|presidente|presidenta|vicepresidente|vicepresidenta|ministr[oa]|director|directora|fiscal|fiscal\s+general|canciller|portavoz|vocer[oa]|coordinador|coordinadora|secretari[oa]|diputad[oa]|abogad[oa]|defensor|defensora|jefe|jefa|lider|dirigente|alcalde|alcaldesa|burgomaestre|burgomaestra|intendente|gobernador|gobernadora|relator|relatora|comisionad[oa]|alto\s+comisionado|activista|fundador|fundadora|representante|embajador|embajadora|general|candidat[oa]|congresista|legislador|legisladora|subsecretari[oa]|viceministr[oa]|expresidente|exdiputad[oa]|investigador|investigadora|miembro|integrante|senador|senadora|juez|jueza|magistrad[oa]|comisari[oa]|sacerdote|obispo|cardenal|papa|enviad[oa]\s+especial)\b
  + el presidente de la Asamblea Nacional
  + el enviado especial del presidente
  + el burgomaestre de Smilde dijo => _=burgomaestre
  + la ministra de Justicia
  - presidencia

# "por la noche", "por el momento" dicen cuándo, no quién.
@rule es.agent agent
  \b(?:por\s+(?:parte\s+de\s+)?(?=el|la|los|las|\p{Lu})|por\b(?=\s+(?:el|la|los|las)\s))(?!\s*(?:la|el)\s+(?:manana|tarde|noche|madrugada|momento|contrario|fin)\b)
  + anunciado el lunes por el ministro
  + las cifras difundidas por la Fiscalía
  - por ciento
  - 30 presos fueron liberados por la noche
  - por el momento siguen detenidos 12

# "Nosotros", "nuestro": la voz propia de un comunicado, la organización que lo emite (fuera de citas).
@rule es.pronoun.self pronoun ref=self
  \b(?:nosotros|nosotras|(?:nuestro|nuestra|nuestros|nuestras)(?!\s+(?:corresponsal|corresponsales|enviad[oa]s?|redaccion|programa|periodico|diario|emisora|cadena|medio|web|lectores|oyentes|audiencia|equipo\s+de\s+(?:redaccion|prensa))\b)|hemos\s+(?:registrado|documentado|verificado|contabilizado|confirmado))\b
  + nuestro equipo ha documentado
  + hemos registrado 30 detenciones
  - vosotros
  - nos atiende nuestro corresponsal

# A verb in the first person plural, outside quotations: the voice of a statement's issuer, or of whoever answers
# an interview ("Tenemos registrados 40 casos", "contamos 300"). Only verbs of knowing, counting and acting for
# someone: "-amos" alone would read "ramos", "tramos" or "Ramos".
@rule es.pronoun.we pronoun ref=self
  \b(?:contamos|contabilizamos|registramos|documentamos|acompanamos|tenemos|teniamos|sabemos|estimamos|calculamos
     |verificamos|confirmamos|recibimos|representamos|defendemos|atendemos|denunciamos|pedimos|exigimos
     |visitamos|entrevistamos|identificamos|conseguimos|creemos|queremos|vemos|llevamos|contactamos
     |estamos\s+(?:acompanando|contando|siguiendo|documentando))\b
  + Tenemos registrados 40 casos
  + hasta ahora contamos 300 procesados
  + llevamos tres meses pidiendo su libertad
  - el presidente Ramos dijo
  - en tramos de la autopista

# "Yo", and a verb in the first person singular, outside quotations: the voice of whoever answers an interview
# ("Tengo los nombres de todos"). One person speaks, not an issuer: singular=1 keeps it out of a statement's "we".
@rule es.pronoun.i pronoun exact ref=self singular=1
  (?<![\p{L}])(?:[Yy]o|[Tt]engo|[Ss]é|[Cc]reo|[Cc]onozco|[Rr]epresento|[Aa]compaño|[Dd]efiendo|[Ee]stuve|[Hh]ablé|[Vv]i)(?![\p{L}])
  + Tengo los nombres de cada uno
  + Yo estuve allí esa noche
  + no sé cuántos siguen presos
  - se sabe que
  - vio la escena
  - el rey Felipe VI

# Un grupo armado nombrado por lo que es: "la brigada Los que Firman con Sangre", "la guerrilla Movimiento 19 de
# Abril", "la milicia Kataib Hezbolá": el nombre que sigue es el del grupo entero, con sus palabras en minúscula
# (actors.c, S_described), no la persona que la regla de nombres lee en su última palabra (decimoséptima sesión).
@rule es.pronoun.armed_group pronoun exact ref=organization kind=organization
  (?<![\p{L}])(?i:(?:el|la|los|del|al|un|una)\s+(?:brigada|batallón|milicia|guerrilla|facción|katiba|columna|grupo\s+(?:armado|guerrillero|rebelde|yihadista|islamista|paramilitar|insurgente|terrorista)|organización\s+(?:armada|guerrillera|terrorista)))(?=\s+\p{Lu})
  + se presenta como la brigada Los que Firman con Sangre => _=la brigada
  + según la guerrilla Movimiento 19 de Abril => _=la guerrilla
  + el grupo armado Frente Sur dijo => _=el grupo armado
  - la brigada de rescate llegó
  - la guerrilla liberó a dos rehenes

# Un medio nombrado por lo que es: "el diario Prothom Alo", "la cadena opositora Formula", también tras una
# contracción ("un recuento del diario El Universo": el medio, no una persona llamada Universo).
@rule es.pronoun.media pronoun exact ref=organization kind=media
  (?<![\p{L}])(?i:(?:el|la|los|del|al)\s+['\x{2018}"]?(?:diario|periódico|semanario|agencia(?:\s+de\s+noticias)?|cadena|canal|emisora|radio|televisión|televisora|portal|medio|sitio|cuenta|página|perfil|blog|canal\s+de\s+YouTube|publicación|revista|web)['\x{2019}"]?(?:\s+(?:opositor|opositora|independiente|estatal|oficial|local|digital|privad[oa]|anónim[oa]|\p{Ll}+-\p{Ll}+))?)(?=\s+["\x{201C}\x{AB}]?\p{Lu})
  + según la cadena opositora Formula
  + informó el diario El Nacional
  + publicado por la cuenta "Verdad Ya"
  + según la página Noticias Libres
  + un recuento del diario El Tiempo publicado ayer
  + entrevistado al canal Telemundo
  + según la 'web' Noticias del Valle => _=la 'web'
  + informó la publicación chileno-argentina Gaceta Andina => _=la publicación chileno-argentina
  + según la revista Semana
  - la cadena de mando
  - la publicación del decreto

# "el presidente de EE.UU.", "el presidente del país", "el presidente estadounidense": un presidente dicho por su
# país y sin nombre detrás es el último presidente nombrado (claims.c, holds=), si no quien tenía la palabra
# (speaker=1). "la titular de Interior", "el titular de Justicia": el ministro de esa cartera nombrado antes.
@rule es.pronoun.president_of pronoun exact ref=person holds=presidente|presidenta speaker=1
  (?<![\p{L}])(?:[Ee]l|[Ll]a)\s+president[ea]\s+(?:de(?:l\s+país|\s+(?:los\s+)?(?:EE\.\s?UU\.|EEUU|Estados\s+Unidos)|\s+(?:{COUNTRY})(?![\p{L}]))|\p{Ll}+(?:ense|an[oa]|és|esa|in[oa]|ic[oa]))(?![\p{L}])(?!\s*,?\s*\p{Lu})
  + dijo el presidente de EE.UU. al firmar el decreto => _=el presidente de EE.UU.
  + Según el presidente del país, 40 presos serán indultados => _=el presidente del país
  + afirmó el presidente estadounidense => _=el presidente estadounidense
  - el presidente de Francia, Emmanuel Macron
  - el presidente del tribunal
@rule es.pronoun.minister_of pronoun exact ref=person holds=ministro|ministra|titular speaker=1
  (?<![\p{L}])(?:[Ee]l|[Ll]a)\s+titular\s+de(?:l|\s+la)?\s+(?:Interior|Justicia|Exteriores|Defensa|Seguridad|Gobernación|cartera)(?![\p{L}])(?!\s+(?:de|del)\b)(?!\s*,?\s*\p{Lu})
  + según la titular de Interior, 340 personas siguen bajo custodia => _=la titular de Interior
  + dijo el titular de la cartera => _=el titular de la cartera
  - la titular de Interior, Ana Ruiz, dijo
# "el jefe de Estado", "la jefa del Estado": the president named last (claims.c, holds=).
@rule es.pronoun.head_of_state pronoun ref=person holds=presidente|presidenta
  \b(?:el\s+jefe|la\s+jefa)\s+del?\s+estado\b(?!\s+mayor\b)
  + según el jefe de Estado, 40 presos fueron liberados
  - el jefe del Estado Mayor
# Un cargo nombrado sin nombre ("la ministra", "la funcionaria", "el portavoz") remite a la última persona nombrada.
@rule es.pronoun.title pronoun exact ref=person speaker=1
  (?<![\p{L}])(?:[Ll]a|[Ee]l)\s+(?:(?:veteran[oa]|antigu[oa]|joven|propi[oa]|mism[oa])\s+)?(?:funcionari[oa]|diputad[oa]|dirigenta|comisionad[oa]|magistrad[oa]|ministr[oa]|legislador[a]?|congresista|portavoz|vocer[oa]|subsecretari[oa]|fiscal|jueza?|general|coronel|comandante|comisari[oa]|gobernador[a]?|alcalde(?:sa)?|embajador[a]?|soci[óo]log[oa]|investigador[a]?|analista|activista|abogad[oa]|disidente|dirigente|jerarca|l[íi]der|opositor[a]?|economista|jurista|oficial|letrad[oa]|(?<=[Ee]l\x20|[Ll]a\x20)(?:Ministr[oa]|President[ea](?!\s+\p{Ll}+\s*,\s*\p{Lu})|Comisari[oa]|Gobernador[a]?|Alcalde(?:sa)?|Embajador[a]?|Fiscal|Comandante))(?![\p{L}])(?!\s+(?:de|del|para)\b)(?!\s+\p{Lu})(?!\s*,\s*\p{Lu})
  + El Presidente dijo, tras la cumbre, que dos detenidos fueron liberados => _=El Presidente
  - El Presidente de la Cámara dijo
  - el Presidente ugandés, Idi Amin Dada, afirmó
  + La funcionaria negó, en cambio, que 170 ciudadanos
  + El Comisario explicó que 28 personas siguen detenidas => _=El Comisario
  + contó el jueves la activista desde su casa => _=la activista
  + El jerarca detalló que 40 personas fueron aprehendidas => _=El jerarca
  + Según el veterano opositor, quedan 70 presos => _=el veterano opositor
  + Según el mismo diputado, unos 80 seguían presos => _=el mismo diputado
  + añadió la dirigenta, que habló de 45 arrestos => _=la dirigenta
  + dijo el comisionado ante la prensa => _=el comisionado
  + El oficial añadió que 600 personas fueron capturadas => _=El oficial
  + El mismo letrado recordó que 200 siguen presos => _=El mismo letrado
  - el oficial de enlace
  - el joven detenido
  - la abogada de la familia
  - El Fiscal General dijo
  + dijo la legisladora por Washington el miércoles
  + "Hay 300 presos", afirmó la socióloga.
  - la ministra de Seguridad
  - el general Enrique Bassaletti
# Un órgano nombrado por lo que es ("la corte", "la cartera") remite al último órgano del Estado nombrado.
@rule es.pronoun.gov pronoun ref=government
  \b(?:la\s+(?:(?:misma|propia)\s+)?(?:corte|cartera|prefectura|oficina|fiscalia|secretaria|presidencia)|el\s+(?:(?:mismo|propio)\s+)?(?:tribunal|gabinete|departamento|juzgado|servicio))\b(?!\s+(?:de|del)\b)
  + informó la misma oficina
  + habían sido liberados el sábado, informó el servicio
  - el servicio de transporte
  + según la corte, 1.400 fueron liberados
  + según la prefectura
  - la prefectura de policía
  - el tribunal de apelaciones
# "el gabinete de Moraes", "la oficina del ministro X": el despacho de una autoridad habla por ella.
@rule es.actor.cabinet actor exact kind=government
  (?<![\p{L}])(?<name>(?:(?:gabinete|despacho)\s+(?:del?\s+(?:ministr[oa]|president[ea]|gobernador[a]?|juez|jueza|fiscal)\s+|de\s+|del\s+)|oficina\s+del?\s+(?:ministr[oa]|president[ea]|gobernador[a]?|alcalde|alcaldesa|primer\s+ministro|primera\s+ministra)\s+)(?:{NAMEWORD})(?:\s+(?:{PARTICLE}\s+)?{NAMEWORD}){0,3})
  + el gabinete del ministro Alexandre de Moraes informó => name=gabinete del ministro Alexandre de Moraes
  + el despacho de Moraes negó => name=despacho de Moraes
  + la oficina del presidente Kasim Tokáyev informó => name=oficina del presidente Kasim Tokáyev
  - la oficina de Ana Lima en el exilio
  - el gabinete de crisis

# "la oficina del presidente Tokáyev": la oficina de un cargo del Estado habla por él; "la oficina de Svetlana
# Tijanóvskaya", sin cargo, es el equipo de esa persona (es.actor.office).
@rule es.actor.cabinet_office actor exact kind=government
  (?<![\p{L}])(?<name>oficina\s+del?\s+(?:ministr[oa]|president[ea]|primer\s+ministro|gobernador[a]?|alcalde(?:sa)?|fiscal)\s+(?:{NAMEWORD})(?:\s+(?:{PARTICLE}\s+)?{NAMEWORD}){0,3})
  + la oficina del presidente Tokáyev habló de => name=oficina del presidente Tokáyev
  - la oficina de Ana Ruiz
@rule es.actor.office actor exact kind=organization
  (?<![\p{L}])(?<name>oficina\s+de\s+(?:{NAMEWORD})(?:\s+(?:{PARTICLE}\s+)?{NAMEWORD}){0,3})
  + Según la oficina de Svetlana Tijanóvskaya, 1 500 => name=oficina de Svetlana Tijanóvskaya
  - la oficina de prensa

# A press-release label opening a line ("COMUNICADO DE PRENSA"): the document is its issuer's statement, as if it
# said "nosotros" (label=1 counts as a statement by itself).
@rule es.pronoun.label pronoun exact ref=self label=1
  (?<![^\n])(?:COMUNICADO\s+DE\s+PRENSA|NOTA\s+DE\s+PRENSA|COMUNICADO\s+OFICIAL|COMUNICADO|DECLARACIÓN\s+PÚBLICA|Comunicado\s+de\s+prensa|Nota\s+de\s+prensa)(?=[\x20\t]*(?:\n|$))
  + COMUNICADO DE PRENSA
  + NOTA DE PRENSA
  + Nota de prensa
  - El comunicado de prensa dice

# Un medio descrito en aposición tras su nombre: "Mizan, la agencia de noticias del poder judicial, informó". El
# nombre antes de la coma es un medio (claims.c), lo lea como lo lea la regla de nombres.
@rule es.pronoun.media_apposition pronoun ref=organization kind=media
  (?<=,\s)(?:la|el|un|una)\s+(?:\p{L}+\s+){0,2}?(?:agencia|diario|periodico|semanario|cadena|emisora|television|radio|portal|canal)\b(?=[^,.]{0,60},)
  + Mizan, la agencia de noticias del poder judicial, informó => _=la agencia
  + Dawn, un diario de Karachi, dijo => _=un diario
  - la agencia dijo
  - Dawn, un diario de Karachi.

# A body described in apposition after its name: "Hami Nepal, el colectivo juvenil que convocó la marcha, asegura",
# "la Seap, la secretaría de administración penitenciaria, informó". The name before the comma is an organisation
# or a state body (claims.c, S_learn_actors). No "de" before the head word ("un miembro del colectivo" describes a
# person).
@rule es.pronoun.org_apposition pronoun ref=organization kind=organization
  (?<=,\s)(?:la|el|un|una)\s+(?:(?!(?:de|del|en|con|para|por)\s)\p{L}+\s+){0,2}?(?:organizacion|ong|grupo|colectivo|coalicion|asociacion|sindicato|movimiento|red|plataforma|alianza|campana|fundacion|federacion|liga|iniciativa|entidad|agrupacion|partido|observatorio|comite)\b(?=[^,.;]{0,80}[,.;])
  + Hami Nepal, el colectivo juvenil que convocó la marcha, asegura => _=el colectivo
  + Hengaw, una organización kurda con sede en Noruega, dijo => _=una organización
  - Ana Lima, miembro del colectivo, dijo
  - Ana Lima, una de las fundadoras del colectivo, dijo
  - el colectivo dijo

@rule es.pronoun.gov_apposition pronoun ref=government kind=government
  (?<=,\s)(?:la|el|un|una)\s+(?:(?!(?:de|del|en|con|para|por)\s)\p{L}+\s+){0,2}?(?:ministerio|secretaria|subsecretaria|departamento|fiscalia|procuraduria|defensoria|tribunal|corte|policia|cartera|dependencia|direccion|gobernacion|alcaldia|(?:servicio|gabinete|brazo|unidad|oficina)(?=\s[^,.;]{0,50}?\b(?:de\s+las|de\s+los|de\s+la|del)\s+(?:fuerzas\s+armadas|ejercito|policia|gobierno|armada|fuerza\s+aerea|presidencia|ministerio)\b)|(?:servicio|organismo|entidad|ente)(?=\s+(?:que\s+(?:gestiona|administra|dirige|controla|gobierna)|(?:responsable|encargad[oa])\s+(?:de|del))\s+(?:el\s+|la\s+|los\s+|las\s+)?(?:sistema\s+(?:penitenciario|carcelario|de\s+prisiones)|prisiones|carceles|penales|centros\s+penitenciarios))|organismo\s+(?:estatal|publico|oficial|gubernamental|(?:vinculado|adscrito|dependiente|ligado)(?=\s+(?:al|a\s+la|del|de\s+la)\s+(?:parlamento|gobierno|estado|ministerio|congreso|presidencia|asamblea)\b)))\b(?=[^,.;]{0,80}[,.;])
  + la Seap, la secretaría de administración penitenciaria de Río, informó => _=la secretaría
  + la Alta Comisión, un organismo vinculado al Parlamento, publicó => _=un organismo vinculado
  + el SNAI, el servicio que gestiona las cárceles, contabilizaba => _=el servicio
  - el CDH, el organismo que denuncia las cárceles, contabilizaba
  + la DGSP, el organismo estatal que gestiona las cárceles, dijo => _=el organismo estatal
  + la DIRPE, el servicio de prensa de las Fuerzas Armadas, anunció => _=el servicio
  + la UCE, la unidad de comunicación del Ejército, informó => _=la unidad
  - Cáritas, el servicio social de la Iglesia, informó
  - Ana Lima, portavoz de la secretaría, dijo

# "según sus datos", "según sus registros": the figures of whoever the sentence is about (the nearest actor before;
# claims.c, topic=1).
@rule es.pronoun.possessive pronoun ref=organization topic=1
  \b(?:sus|su)\s+(?:propi[oa]s?\s+)?(?:datos|registros|cifras|calculos|estimaciones|recuentos?|conteos?|balances?|informes?|documentacion|seguimiento|monitoreo|fuentes)\b
  + según sus registros, unos 300 kurdos
  + según sus datos, más de 1.300 personas
  - sus familiares

# "La policía detuvo a 500 personas, según cifras difundidas en la rueda de prensa": cifras dadas sin decir de quién
# son las de quien la frase habla (topic=1, como arriba).
@rule es.pronoun.released pronoun ref=organization topic=1
  (?<=segun\s|acuerdo\scon\s)(?:(?:los|las)\s+)?(?:datos|cifras|numeros|estadisticas)\s+(?:oficiales\s+)?(?:difundid|publicad|presentad|facilitad|hech[oa]s\s+public)[oa]s\b(?![^,;.]{0,40}?\bpor\b)
  + el ejército detuvo a 300 personas, según cifras difundidas el lunes => _=cifras difundidas
  - según cifras difundidas por la ONG
  - de acuerdo con cifras difundidas en noviembre por el ministerio

# "A su juicio, la policía ha arrestado a más de 400", "En su opinión, …": an opinion phrase opening a clause
# attributes it to whoever has the floor (the current speaker of the sentence, else of the sentence before;
# claims.c, opinion=1 with topic=1).
@rule es.pronoun.opinion pronoun ref=organization topic=1 opinion=1
  \b(?:a\s+su\s+(?:juicio|entender|parecer|criterio)|en\s+su\s+(?:opinion|estimacion|version|evaluacion|valoracion|calculo|lectura|analisis)|desde\s+su\s+punto\s+de\s+vista|segun\s+sus\s+(?:cuentas|calculos|registros|estimaciones)|segun\s+su\s+(?:propio\s+)?(?:registro|recuento|conteo|calculo|cuenta|estimacion|relato|version|testimonio)|por\s+sus\s+(?:cuentas|calculos)|segun\s+(?:ellos|ellas))\b(?=\s*,)
  + A su juicio, la policía ha arrestado a más de 400 personas => _=A su juicio
  + En su opinión, siguen presas 80 personas => _=En su opinión
  + Al caer la tarde, según su relato, 173 rehenes habían sido liberados => _=según su relato
  + En su evaluación, el número real de detenidos supera los 2.000 => _=En su evaluación
  + Según sus cálculos, siguen presas 80 personas => _=Según sus cálculos
  + según ellos, la policía se llevó a 90 personas => _=según ellos
  + Según su propio recuento, hecho en las comisarías, 61 personas => _=Según su propio recuento
  - según su registro civil
  - en su evaluación anual
  - a su juicio político
  - en su opinión sobre el caso

# Un organismo presentado por lo que es, con lo que lo califica, justo antes de su nombre: "el colectivo de derechos
# humanos Nicaragua Nunca Más", "la organización antirrepresiva Alerta Solidària", "el sindicato de periodistas DİSK
# Basın-İş". El nombre que sigue es ese organismo, todas sus palabras con mayúscula (claims.c, S_described).
@rule es.pronoun.descriptor pronoun exact ref=organization descriptor=1
  (?<![\p{L}])(?:[Ee]l|[Ll]a|[Uu]na?|[Ee]st[ea])\s+(?:organización|ONG|entidad|agrupación|plataforma|coalición|asociación|fundación|colectivo|red|alianza|campaña|grupo|movimiento|sindicato|federación|confederación|iniciativa)(?:\s+(?:no\s+gubernamental|\p{Ll}+))?(?:\s+(?:de|por|para|contra)\s+(?:(?:los|las|la|el)\s+)?(?!(?:los|las|la|el|del|de)\s)(?:\p{Ll}+(?:\s+(?!(?:los|las|la|el|del|de)\s)\p{Ll}+)?)){0,3}(?=\s+\p{Lu})
  + la organización de defensa de las libertades civiles Libertas informó => _=la organización de defensa de las libertades civiles
  - el grupo de presos de la Cárcel Modelo
  + el colectivo de derechos humanos Nicaragua Nunca Más estima => _=el colectivo de derechos humanos
  + la organización antirrepresiva Alerta Solidària calcula => _=la organización antirrepresiva
  + la ONG Foro Penal => _=la ONG
  - la organización denunció
  - el grupo de presos

# "el jefe del Gobierno", "la jefa de Gobierno": the prime minister (or "presidente del Gobierno") named last
# (claims.c, holds=); the capitalised "Gobierno" inside names the office, not a body that speaks.
@rule es.pronoun.head_of_government pronoun exact ref=person holds=primer|primera|premier|gobierno
  (?<![\p{L}])(?:[Ee]l\s+jefe|[Ll]a\s+jefa)\s+del?\s+[Gg]obierno(?![\p{L}])(?!\s*,?\s*(?:de\s+)?\p{Lu})
  + según el jefe del Gobierno, 40 presos fueron liberados
  - el jefe del Gobierno, Pedro Ruiz, dijo

# "la televisión estatal situaba la cifra de detenidos en 8.600", "ponía el número en": a verb that sets a figure.
@rule es.cue.situar cue
  \b(?:situ|coloc)(?:o|aron|a|an|aba|aban)\s+(?:la\s+cifra|el\s+numero|el\s+total|el\s+balance)(?:\s+de(?:\s+\p{L}+){1,4}?)?\s+en(?=\s)|\bpon(?:ia|ian|e|en)\s+(?:la\s+cifra|el\s+numero|el\s+total|el\s+balance)(?:\s+de(?:\s+\p{L}+){1,4}?)?\s+en(?=\s)|\bpuso\s+(?:la\s+cifra|el\s+numero|el\s+total|el\s+balance)(?:\s+de(?:\s+\p{L}+){1,4}?)?\s+en(?=\s)
  + la televisión estatal situaba la cifra de detenidos en 8.600
  + el ministerio puso el número de presos en 40
  - la situación en la cárcel

# "la formación", "la formación política": the party or movement named last (as "el partido").
@rule es.pronoun.formation pronoun ref=organization
  \b(?:la|esta|dicha|esa)\s+(?:misma\s+)?formacion(?:\s+politica)?\b(?!\s+(?:de|del)\b)
  + En un comunicado, la formación asegura que
  - la formación de docentes

# "La Fiscalía hizo el recuento de 88 detenidos", "la ONG hizo un nuevo balance: 80 presos", "el Gobierno dio la
# cifra de 40 presos como definitiva": a reporting expression that is not one verb (a verb of making or giving and a
# noun for a tally) reports the figure like any reporting verb; its subject is the claimant.
@rule es.cue.tally cue
  \b(?:hizo|hicieron|hace|hacen|hacia|hacian|(?:ha|han|habia|habian)\s+hecho)(?:\s+(?:hace\s+(?:unos\s+)?(?:instantes|momentos|minutos)|hace\s+un\s+(?:rato|momento)|hoy|ayer|anoche|ahora|ya|tambien|entonces|despues))?\s+(?:el|un|su)\s+(?:(?:nuevo|ultimo|primer|propio)\s+)?(?:recuento|balance|conteo|computo|calculo)(?:\s+(?:oficial|final|provisional|actualizado))?(?:\s+(?:de|del)(?=\s))?(?=[^.;\n]{0,60}?[\d:])
  |\b(?:dio|dieron|da|dan|daba|daban|(?:ha|han|habia|habian)\s+dado)\s+(?:la\s+cifra|el\s+numero|el\s+total|el\s+balance)(?:\s+de(?:\s+\p{L}+){1,4}?)?\s+(?:como|en)(?=\s)
  + La Fiscalía hizo el recuento de 88 detenidos => _=hizo el recuento de
  + la ONG hizo un nuevo balance: 80 presos => _=hizo un nuevo balance
  + el Gobierno dio el número de detenidos como 230 => _=dio el número de detenidos como
  + la policía ha hecho su balance oficial de la jornada: 40 detenidos => _=ha hecho su balance oficial de
  + el viceministro hizo hace unos minutos un nuevo balance: más de 70 rehenes liberados => _=hizo hace unos minutos un nuevo balance
  + la policía hizo ayer el recuento de 40 detenidos => _=hizo ayer el recuento de
  - hizo ayer el recuento de votos más rápido
  - actualizó su perfil en la red social
  - hizo el recuento de votos más rápido
  - hicieron una marcha

# "El Ministerio, que había prometido una amnistía, no quiso confirmar cuántos…", "se negó a decir", "evitó precisar",
# "aún no ha dicho": a reporting verb under a refusal or a negation is still that subject speaking about the figure
# (it neither denies nor disputes it); longer than "negó", so "se negó a decir" is no denial.
@rule es.cue.withheld cue
  \b(?:no\s+(?:quiso|quisieron|quiere|quieren|pudo|pudieron|supo|supieron|ha\s+querido|han\s+querido)|se\s+neg(?:o|aron|a|an)\s+a|evit(?:o|aron|a|an)|declin(?:o|aron)|rehus(?:o|aron)|(?:aun|todavia)\s+no\s+(?:ha|han))\s+(?:decir|confirmar|precisar|detallar|especificar|revelar|informar|dar|ofrecer|aclarar|cuantificar|dicho|confirmado|precisado|detallado|informado|revelado|aclarado)\b
  + El Ministerio, que había prometido una amnistía, no quiso confirmar cuántos => _=no quiso confirmar
  + el ministerio se negó a decir cuántos => _=se negó a decir
  + la fiscalía evitó precisar el número
  + el Gobierno aún no ha dicho cuántos
  - no quiso ir a la cárcel
  - se negó a declarar ante el juez

# "Soto actualizó esta noche el balance en su cuenta de Twitter: ya son 137", "la ONG actualizó su lista": a verb of
# updating a tally reports the figure that follows; the match is the verb alone, so a day after it stays a date.
@rule es.cue.update cue
  \b(?:actualiz(?:o|aron|a|an|aba|aban)|(?:ha|han|habia|habian)\s+actualizado)(?=(?:\s+[^\s.;:\d]+){0,6}?\s+(?:el|la|los|las|su|sus)\s+(?:balance|cifra|cifras|recuento|conteo|listas?|listado|registro|numeros?|total)\b)
  + El ministro actualizó esta noche el balance en su cuenta de Twitter => _=actualizó
  + la organización actualizó su lista de presos políticos
  + la fiscalía actualiza las cifras
  + la gendarmería ha actualizado la cifra de detenidos a 64 => _=ha actualizado
  + La jueza actualizó anoche el recuento: ya son 52 los arrestados => _=actualizó
  - actualizó el sistema operativo
  - la ley actualiza el reglamento de prisiones

# "el ministro compareció para anunciar 1.200 arrestos", "convocó a la prensa para informar de que…": a reporting
# verb in a clause of purpose reports for the subject of the verb it completes.
@rule es.cue.purpose cue
  \bpara\s+(?:anunciar|informar|confirmar|denunciar|cifrar\s+en|comunicar|detallar|precisar|asegurar|declarar|revelar|difundir)\b
  + la portavoz salió a la puerta de la comisaría para anunciar 40 detenciones => _=para anunciar
  + convocó a los periodistas para informar de que 75 presos => _=para informar
  - un espacio para anunciantes
  - la ley para informarse

# Duodécima sesión (alcance del declarante). "El lunes la Policía había corregido esa cifra a 90", "el ministerio
# actualizó el balance hasta 7.939": un verbo que cambia un recuento a una cifra nueva informa de esa cifra; el
# objeto es el recuento o un pronombre, y la cifra sigue a "a" o "hasta" (solo el verbo, y la fecha tras él sigue
# siendo fecha).
@rule es.cue.revise cue
  \b(?:(?:actualiz|corrig|revis|rebaj|aument)(?:o|aron|io|ieron)|(?:ha|han|habia|habian)\s+(?:actualizado|corregido|revisado|rebajado|aumentado))(?=\s+(?:(?:esa|la|su|dicha)\s+(?:cifra|cuenta)|(?:ese|el|su|dicho)\s+(?:balance|recuento|numero|total)|la|lo)\s+(?:a|hasta)\s+(?:(?:unos|unas|casi|mas\s+de|al\s+menos)\s+)?\d)
  + El lunes la Policía había corregido esa cifra a 90 => _=había corregido
  + el ministerio actualizó el balance hasta 7.939 detenidos => _=actualizó
  + la fiscalía revisó el total a unos 300 => _=revisó
  - el banco aumentó el tipo de interés a 4
  - el tribunal rebajó la pena a 5 años

# Decimoctava sesión. "el portavoz …, Lev Dzugáyev, repetía a los periodistas que los rehenes eran 354": repetir
# que es volver a decir (el destinatario, como en "dijo a los periodistas", va con el verbo).
@rule es.cue.repeat cue
  \b(?:repit(?:io|ieron|e|en)|repet(?:ia|ian))(?:\s+(?:a\s+los|a\s+la)\s+(?:periodistas|prensa|diputados))?(?=\s+que\b)
  + el portavoz repetía a los periodistas que los rehenes eran 354 => _=repetía a los periodistas
  + el ministro repitió que 40 siguen presos => _=repitió
  - el alumno repitió curso
  - repite la pregunta que hicimos

# Vigésima tercera sesión. "El diputado contó por teléfono que 400 legisladores…", "el portavoz repitió a la prensa
# local que más de 70…", "la Secretaría ratificó que": contar y repetir que, con el medio (por teléfono, por
# escrito, en una entrevista) o a quién (a los periodistas, a la prensa local) entre el verbo y "que", son verbos de
# decir; ratificar que también. Solo con "que" detrás ("contó los votos" no es decir).
@rule es.cue.said_by23 cue
  \b(?:cont(?:o|aron)|repit(?:io|ieron)|ratific(?:o|aron|a|an))(?=(?:\s+(?:a\s+los|a\s+la|a\s+las|al)\s+(?:periodistas|prensa|reporteros|agencia|television|radio|emisora|diputados|familias)(?:\s+(?:local|locales|extranjera|extranjeros|internacional|nacional))?)?,?\s+(?:por\s+(?:telefono|escrito|e-?mail|videoconferencia|carta)|en\s+(?:una\s+)?entrevista),?\s+que\b|\s+(?:a\s+los|a\s+la|a\s+las|al)\s+(?:periodistas|prensa|reporteros|agencia|television|radio|emisora)\s+(?:local|locales|extranjera|extranjeros|internacional|nacional)\s+que\b|(?<=ratific(?:o|a)|ratificaron|ratifican)\s+(?:(?:ayer|hoy|todavia)\s+)?que\b)
  + Un diputado contó por teléfono que unos 300 colegas fueron liberados => _=contó
  + el abogado repitió a la prensa local que más de 50 personas fueron detenidas => _=repitió
  + La Secretaría ratificó ayer que 12 alumnos siguen detenidos => _=ratificó
  - el presidente de mesa contó los votos que faltaban
  - el Congreso ratificó el tratado
  - contó por teléfono la historia
