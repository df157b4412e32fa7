# Hablantes colectivos y anónimos (issue #3, cuarta ronda): fuentes sin nombre, portavoces de un organismo,
# abogados, familiares, grupos de diputados y de organizaciones. Son actores: un "según" o un verbo los toma como
# fuente. Equivalentes en pt/speakers.pat y en/speakers.pat.

# "fuentes judiciales", "fuentes del Ministerio": fuentes oficiales sin nombre; de qué clase son no se sabe (kind=unknown:
# 16 líneas del gold contra 1 de gobierno, contadas en la vigesimonovena sesión).
@rule es.actor.sources actor kind=unknown
  \b(?<name>fuentes\s+(?:policiales|penitenciarias|oficiales|gubernamentales|militares|diplomaticas|castrenses|fiscales
     |del\s+(?:ministerio|gobierno|ejercito)|de\s+la\s+(?:fiscalia|policia|cancilleria|presidencia)))\b
  + de acuerdo con fuentes policiales consultadas => name=fuentes policiales
  + según fuentes del Ministerio, 40 siguen presos => name=fuentes del Ministerio
  - las fuentes de financiación
  - fuentes cercanas a la familia

# "una fuente policial", "otra fuente oficial": un solo informante anónimo, del que no se sabe quién es (kind=unknown,
# como en el corpus anotado); igual que las fuentes en plural (es.actor.sources).
@rule es.actor.single_source actor kind=unknown
  \b(?:una|la|otra|esa|dicha|misma)\s+(?<name>fuente\s+(?:policial|penitenciaria|oficial|gubernamental|militar|diplomatica|castrense|fiscal
     |del\s+(?:ministerio|gobierno|ejercito)|de\s+la\s+(?:fiscalia|policia|cancilleria|presidencia)))\b
  + Una fuente policial de Almaty aseguró => name=fuente policial
  + según otra fuente oficial, 30 siguen presos => name=fuente oficial
  - fuentes policiales
  - una fuente de ingresos

# Vigésima segunda sesión. "según fuentes del servicio penitenciario, 110 habían salido", "fuentes de seguridad":
# las fuentes sin nombre de la seguridad, la inteligencia o las prisiones. No se sabe quién habla: kind=unknown, como
# en docs/corpus.md ("Unnamed officials": una fuente sin nombre es unknown), y el nombre es la descripción tal como
# está escrita. Las fuentes de un organismo con nombre ("fuentes de la Guardia Civil", "fontes do Judiciário
# portenho", "fuentes de la Jefatura Superior de Policía") quedan fuera: el oro las anota de tres maneras (la
# descripción unknown, la descripción government, el organismo), y la regla que las leía rompía tres líneas por una.
@rule es.actor.named_sources22 actor exact kind=unknown
  (?<![\p{L}])(?<name>[Ff]uentes\s+(?:de\s+(?:la\s+)?seguridad|de\s+(?:la\s+)?inteligencia|del\s+servicio\s+penitenciario|de\s+prisiones|penitenciarias))(?![\p{L}])
  + según fuentes del servicio penitenciario, 110 habían salido => name=fuentes del servicio penitenciario
  + dijeron fuentes de seguridad => name=fuentes de seguridad
  - las fuentes de financiación
  - fuentes cercanas a la familia
  - según fuentes policiales
  - según fuentes de la Guardia Civil

# "fuentes judiciales", "una fuente judicial" (también en singular): una fuente anónima de un juzgado puede ser
# juez, fiscal o defensa; no se sabe quién habla (kind=unknown, como en el corpus anotado).
@rule es.actor.judicial_sources actor kind=unknown
  \b(?<name>fuentes?\s+(?:judiciales|judicial|del\s+juzgado|de\s+la\s+investigacion))\b
  + según fuentes judiciales, 4 quedaron en libertad => name=fuentes judiciales
  + dijo una fuente judicial => name=fuente judicial
  - fuentes policiales

# "un portavoz del Ministerio de Justicia": quien habla en nombre de un organismo del Estado.
@rule es.actor.spokesperson actor kind=government
  \b(?<name>(?>(?:portavoz|vocer[oa])\s+(?:del|de\s+la)\s+(?:ministerio(?:\s+(?:del|de\s+la|de)\s+(?:interior|justicia(?:\s+y\s+seguridad\s+publica)?|defensa|exteriores|relaciones\s+exteriores|seguridad(?:\s+publica)?|servicios\s+penitenciarios))?|gobierno|policia|fiscalia|ejercito|cancilleria|presidencia|departamento\s+de\s+(?:estado|seguridad\s+nacional)
     |carcel|prision|penal|penitenciaria|centro\s+penitenciario|embajada|consulado|comisaria|guardia\s+civil|gendarmeria|prefectura|alcaldia|gobernacion|fuerzas\s+armadas|armada))\b(?:\s+(?:nacional|federal|estatal|provincial|departamental|regional|municipal|metropolitana|militar|civil|bolivariana|judicial)(?![\p{L}]))?+)(?!\s*(?:\([^)]{1,12}\)\s*)?,\s*\p{L})
  + un portavoz del Ministerio de Justicia dijo => name=portavoz del Ministerio de Justicia
  + según una vocera de la Policía => name=vocera de la Policía
  - el portavoz de Foro Penal
  - el portavoz del Ministerio del Interior, Juan Pérez, dijo
  + un vocero de la Policía Nacional dijo => name=vocero de la Policía Nacional
  - la portavoz de la Policía Nacional, la comisaria Ana Ruiz, dijo
  - la portavoz de la Policía Nacional (PN), la comisaria Ana Ruiz, dijo
  + un portavoz de la cárcel del condado confirmó => name=portavoz de la cárcel
  + un portavoz de la embajada británica dijo => name=portavoz de la embajada
  - el portavoz de la cárcel, Pedro Ruiz, dijo

# "abogados defensores", "familiares de los presos", "varios diputados": voces colectivas sin nombre.
@rule es.actor.collective actor kind=unknown
  \b(?<name>abogados\s+defensores|abogados\s+de\s+(?:la\s+)?defensa|abogados\s+de\s+los\s+(?:presos|detenidos|acusados|procesados)
     |familiares(?:\s+de\s+(?:los\s+|las\s+)?(?:presos|presas|detenidos|detenidas|reclusos|encarcelados))?
     |(?<=varios\s|varias\s|algunos\s|algunas\s|otros\s|grupo\sde\s)(?:diputados|legisladores|congresistas|senadores|parlamentarios)
     |(?:portavoz|vocer[oa])\s+de\s+los\s+(?:manifestantes|acampados|concentrados|huelguistas|vecinos|familiares)
     |diplomaticos\s+(?:occidentales|extranjeros|europeos|acreditados))\b
  + según abogados defensores, ocho siguen presos => name=abogados defensores
  + dijeron familiares de los presos => name=familiares de los presos
  + varios diputados afirmaron => name=diputados
  - los diputados votaron
  + un portavoz de los acampados aseguró => name=portavoz de los acampados
  + diplomáticos occidentales calculan en 2.000 => name=diplomáticos occidentales

# "un alto funcionario estadounidense", "altos cargos del Gobierno": un cargo oficial sin nombre habla por el Estado.
@rule es.actor.official actor kind=government generic=1
  \b(?<name>alt[oa]s?\s+(?:funcionari[oa]s?|cargos?|mandos?|responsables)(?:\s+(?:{DEMONYM_ADJ}|del\s+gobierno|de\s+la\s+administracion|del\s+ministerio))?
     |(?<=\bun\s|\buna\s|\bel\s|\bla\s|\bdos\s|\bvarios\s|\balto\s|\baltos\s)responsables?\s+(?:policial(?:es)?|penitenciari[oa]s?|militar(?:es)?|gubernamental(?:es)?|ministerial(?:es)?))\b
  + un alto funcionario estadounidense dijo que 80 => name=alto funcionario estadounidense
  + según altos cargos del Gobierno, 40 siguen presos => name=altos cargos del Gobierno
  - un funcionario de prisiones
  + Un responsable policial, citado por AFP, dijo => name=responsable policial
  - los responsables policiales del operativo fueron destituidos por el juez y el fiscal
  - la alta comisionada

# "la televisión estatal", "la prensa local", "medios oficiales": un medio sin nombre (con nombre detrás, "la
# agencia estatal Belta", lo toma es.pronoun.media).
@rule es.actor.media_unnamed actor exact kind=media generic=1
  (?<![\p{L}])(?<name>(?i:(?:televisi[oó]n|televisora|radio|agencia|prensa|cadena|medios(?:\s+de\s+comunicaci[oó]n)?)\s+(?:estatal(?:es)?|oficial(?:es)?|p[uú]blica|local(?:es)?|gubernamental(?:es)?|del\s+r[eé]gimen))
    |(?i:prensa|medios)\s+(?:(?:{DEMONYM_ADJ})s?|(?i:rusos|turcos|iraníes|israelíes|cubanos|egipcios|indios|chinos|británicos|franceses|mexicanos))
    |(?i:prensa)\s+de\s+\p{Lu}[\p{L}\-]+)(?![\p{L}])(?!\s+\p{Lu})
  + según la televisión estatal, 125 extranjeros serán liberados => name=televisión estatal
  + informó la prensa local => name=prensa local
  + según medios locales, 30 detenidos => name=medios locales
  + según cifras citadas por la prensa keniana, 40 siguen presos => name=prensa keniana
  + la prensa de Nairobi habló de 300 detenidos => name=prensa de Nairobi
  + según medios rusos, 30 detenidos => name=medios rusos
  - la prensa de Nairobi Times informó
  - la prensa de mayo
  - la agencia estatal Belta informó
  - la radio comunitaria

# "los talibanes", "los hutíes": movimientos armados que la norma de estilo escribe en minúscula y en plural; son
# una organización que habla ("según sus propias cifras", "los talibanes sostienen que") como la que se escribe con
# mayúscula en orgs.txt (decimosexta sesión).
@rule es.actor.armed_movement actor exact kind=organization
  (?<![\p{L}])(?:[Ll]os\s+)(?<name>talibanes|talibán|hutíes|huthíes|huzíes)(?![\p{L}])
  + Los talibanes, por su parte, sostienen que ya liberaron a 1.005 soldados => name=talibanes
  + según los hutíes, 300 presos fueron canjeados => name=hutíes
  - un talibán detenido
  - excombatientes talibanes

# "organizaciones de presos", "grupos de derechos humanos": organizaciones sin nombre, dichas por lo que defienden.
@rule es.actor.groups actor kind=organization generic=1
  \b(?<name>(?:organizaciones|organismos|ong|grupos|asociaciones|colectivos|entidades)\s+(?:de\s+(?:defensa\s+de\s+(?:los\s+|la\s+)?)?)?(?:derechos\s+humanos|presos(?:\s+politicos)?|familiares(?:\s+de\s+(?:presos|detenidos|victimas))?|victimas|libertad\s+de\s+prensa|periodistas))\b
  + según organizaciones de presos, más de 10.000 => name=organizaciones de presos
  + denunciaron grupos de derechos humanos => name=grupos de derechos humanos
  + según los organismos de derechos humanos, unas 5.000 => name=organismos de derechos humanos
  + según los organismos de derechos humanos, 5.000 personas => name=organismos de derechos humanos
  - los organismos del Estado
  - los presos políticos
  - organizaciones sociales

# "el equipo jurídico de los estudiantes", "el equipo de defensa": los abogados de un grupo hablan como un cuerpo.
@rule es.actor.legal_team actor kind=organization generic=1
  \b(?<name>equipo\s+(?:juridico|legal|de\s+abogados|de\s+defensa|de\s+la\s+defensa))\b
  + según el equipo jurídico de los estudiantes, 14 salieron libres => name=equipo jurídico
  + el equipo de defensa dijo => name=equipo de defensa
  - un equipo de fútbol

# La cuenta o página que difundió una afirmación ("publicado por la cuenta de X @PinoyPatriota", "la página de
# Facebook «Guerrero Despierta»"): un medio con su nombre. viral=page: en una verificación, las cifras de la
# afirmación son suyas (claims.c, S_viral_source).
@rule es.actor.viral_page actor exact kind=media viral=page
  (?<![\p{L}])(?:cuenta|página|perfil)(?:\s+de\s+(?:Facebook|X|Instagram|TikTok|Twitter|YouTube|Telegram))?\s+[«"\x{201C}]?(?<name>@\w+|\p{Lu}\p{L}+(?:\s+(?:(?:de|del|de\s+la)\s+)?\p{Lu}\p{L}+){0,3})
  + el mensaje fue publicado por la cuenta de X @VerdadSinFiltro => name=@VerdadSinFiltro
  + con el logotipo de la página de Facebook «Oaxaca Libre» => name=Oaxaca Libre
  + difundido por la página Noticias del Pueblo => name=Noticias del Pueblo
  - la cuenta de ahorros

# Una publicación sin nombre ("una publicación viral asegura"): lo que la verificación examina, cuando no nombra
# la página que la difundió; viral=post (S_viral_source). generic=1: no se aprende como nombre.
@rule es.actor.viral_post actor exact kind=unknown viral=post generic=1
  (?<![\p{L}])(?:[Uu]na|[Ll]a)\s+(?:misma\s+)?(?<name>publicación)(?:\s+viral)?(?![\p{L}])(?!\s+(?:\p{Ll}+-\p{Ll}+\s+)?["'\x{2018}\x{201C}\x{AB}]?\p{Lu})
  + circula en redes una publicación con una foto => name=publicación
  - la publicaciones
  - la publicación hispano-marroquí Diario del Estrecho informó

# Publicaciones, imágenes o mensajes descritos por su difusión ("Mensajes compartidos en WhatsApp aseguran", "una
# imagen que circula en Telegram"): la publicación sin nombre que examina la verificación (viral=post, como arriba).
@rule es.actor.viral_shared actor exact kind=unknown viral=post generic=1
  (?<![\p{L}])(?<name>(?:[Pp]ublicaciones|[Pp]osts?|[Mm]ensajes?|[Ii]mágenes|[Ii]magen|[Mm]emes?|[Vv]ídeos?|[Cc]adenas?)\s+(?:(?:ampliamente|muy)\s+)?(?:compartid[oa]s?|difundid[oa]s?\s+en\s+redes|que\s+circula(?:n)?|viralizad[oa]s?|en\s+(?:las\s+)?redes\s+sociales))(?![\p{L}])
  + Mensajes compartidos en WhatsApp desde el viernes aseguran que 900 => name=Mensajes compartidos
  + Publicaciones en redes sociales, compartidas miles de veces, aseguran que 600 => name=Publicaciones en redes sociales
  + una imagen que circula en Telegram dice que 700 personas => name=imagen que circula
  - la policía compartió imágenes de las detenciones
  - los mensajes de la cuenta

# El verbo de difusión delante ("Desde el lunes corren por Telegram y Facebook mensajes que…", "circula en X una
# imagen"): la publicación sin nombre que examina la verificación (viral=post, como arriba).
@rule es.actor.viral_circulates actor exact kind=unknown viral=post generic=1
  (?<![\p{L}])(?:[Cc]ircula(?:n)?|[Cc]orre(?:n)?|[Ss]e\s+(?:difunde(?:n)?|comparte(?:n)?|viraliza(?:n)?))\s+(?:en|por|desde)\s+[^.;:"«\n]{1,80}?\s(?:(?:una?|unos|unas|varios|varias)\s+)?(?<name>publicaciones|publicación|mensajes?|imágenes|imagen|vídeos?|cadenas?|memes?|posts?)(?![\p{L}])
  + Desde el lunes corren por Telegram y Facebook mensajes que hablan de 800 presos => name=mensajes
  + circula en X, Instagram y grupos de WhatsApp una imagen con 2.000 detenidos => name=imagen
  - corren por el parque varios perros
  - circula por la avenida una caravana de vehículos

# Duodécima sesión (alcance del declarante). Un cuerpo descrito, no nombrado, por lo que agrupa: "una red de
# abogados voluntarios denunció", "según el comité de defensa", "la asociación de vecinos calcula". Solo en
# minúscula (un cuerpo con nombre ya es un actor) y no justo antes de un nombre (su aposición: "la asociación de
# vecinos Alerta Vecinal"); tras el sustantivo, una segunda palabra solo si es un plural
# en -os/-as/-es/-is ("abogados voluntarios", "derechos humanos"), para no tragarse el verbo que sigue.
# generic=1: una descripción no se aprende como nombre.
@rule es.actor.descriptor_body actor exact kind=organization generic=1 described=1
  (?<![\p{L}])(?:[Uu]n[ao]?|[Ee]l|[Ll]a|[Ee]s[ao]|[Ee]st[ae])\s+
  (?<name>(?:red|coalici[oó]n|asociaci[oó]n|alianza|colectivo|federaci[oó]n|plataforma|coordinadora|comit[eé]|comisi[oó]n|mesa)\s+(?:de|del|de\s+la|de\s+las|de\s+los|por\s+la|por\s+los|pro)\s+
     (?:(?:abogados|abogadas|juristas|activistas|familiares|familias|vecinos|voluntarios|periodistas|estudiantes|simpatizantes|v[ií]ctimas|madres|padres|defensores|defensoras|organizaciones|ong|grupos|sindicatos|presos|detenidos|derechos|libertades|m[eé]dicos)(?:\s+\p{Ll}[\p{Ll}-]*(?<!mos)(?<=os|as|es|is))?+|defensa|apoyo|solidaridad|crisis|liberaci[oó]n|(?:gesti[oó]n|seguimiento)\s+de\s+(?:la\s+)?crisis))(?![\p{L}])(?!\s+["\x{201C}\x{AB}]?\p{Lu})
  + Una red de abogados voluntarios denunció que 60 seguían presos => name=red de abogados voluntarios
  + Tres, según el comité de defensa. => name=comité de defensa
  + la asociación de vecinos calcula que 200 fueron detenidos => name=asociación de vecinos
  + según la comisión de gestión de la crisis, 279 presos ya estaban allí => name=comisión de gestión de la crisis
  + la coordinadora de familiares de presos denunció => name=coordinadora de familiares
  - la Asociación de Vecinos de Carabanchel calcula
  - una red de túneles bajo la ciudad
  - según la asociación de vecinos Alerta Vecinal, 40 siguen presos

# Un grupo de personas sin nombre que cuenta ("un grupo de simpatizantes calculaba que dentro había 75"): quién
# habla no se sabe (kind=unknown, como en el corpus anotado).
@rule es.actor.descriptor_group actor exact kind=unknown generic=1 described=1
  (?<![\p{L}])(?:[Uu]n|[Oo]tro)\s+(?:(?:pequeño|gran)\s+)?(?<name>grupo\s+de\s+(?:simpatizantes|familiares|vecinos|voluntarios|observadores|activistas|abogados|testigos|padres|madres|estudiantes|allegados)(?:\s+\p{Ll}[\p{Ll}-]*(?<!mos)(?<=os|as|es))?+)(?![\p{L}])(?!\s+["\x{201C}\x{AB}]?\p{Lu})
  + Un grupo de simpatizantes calculaba que dentro quedaban unas 75 personas => name=grupo de simpatizantes
  + otro grupo de abogados voluntarios dijo => name=grupo de abogados voluntarios
  - un grupo de 40 estudiantes fue detenido
  - el grupo de países

# "los defensores locales de derechos humanos contaron 38": activistas sin nombre que llevan sus listas hablan como
# las organizaciones que defienden (kind=organization, como es.actor.groups).
@rule es.actor.rights_defenders actor kind=organization generic=1 described=1
  \b(?<name>(?:activistas|defensores|defensoras)\s+(?:\p{Ll}+\s+)?(?:de|de\s+los)\s+derechos\s+humanos)\b
  + Los defensores locales de derechos humanos contaron 38 presos políticos => name=defensores locales de derechos humanos
  + según activistas de derechos humanos, 40 siguen presos => name=activistas de derechos humanos
  - la defensa de los derechos humanos

# Sesión decimonovena (nombres y clases). Un nombre tras la tripulación "de" es el de una compañía aérea o
# naviera, no el de una persona ("la tripulación de Air France", "los tripulantes de El Al"; no el avión, que puede
# ser el de un preso canjeado, "el avión de Griner", ni la sede, "la sede de Caracas"); así también cuando luego se
# repite ("según Air France", actors.c conserva la clase aprendida).
@rule es.actor.company_of actor exact kind=organization
  (?<![\p{L}])(?:tripulación|tripulantes)\s+de\s+(?<name>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})(?![\p{L}])(?!\s+(?:de|del|de\s+la)\s+\p{Lu})
  + los doce miembros de la tripulación de Air France que se negaron => name=Air France
  + los tripulantes de El Al en Tel Aviv => name=El Al
  - los empleados de Correos
  - la sede de Caracas
  - el avión de Griner aterrizó
  - la tripulación del barco
  - los empleados de la empresa

# "dijeron abogados", "según activistas", "testigos aseguraron": personas de un oficio o papel que hablan juntas, sin
# nombre, solo donde un verbo de decir o "según" las hace hablar (trigésima sesión); contadas ("300 abogados fueron
# detenidos") no hablan.
@fragment ES_COLL30 = (?:[Aa]bogados|[Aa]ctivistas|[Tt]estigos|[Vv]ecinos|[Dd]efensores\s+de\s+derechos\s+humanos|[Vv]oluntarios|[Mm]edicos)(?:\s+(?:de\s+(?:los|las)|que\s+(?:defienden|representan)\s+a\s+(?:los|las))\s+[a-z]+)?
@rule es.actor.collective_speaking actor kind=unknown
  (?:(?<=dijeron\s|afirmaron\s|aseguraron\s|denunciaron\s|informaron\s|relataron\s|contaron\s|estimaron\s|segun\s|Segun\s)|(?<![\p{L}\d]\s)\b(?={ES_COLL30}\s+(?:dijeron|afirmaron|aseguraron|denunciaron|informaron|relataron|contaron|estimaron|calcularon)\b))(?<name>{ES_COLL30})\b
  + Unas 150 personas han sido encarceladas, dijeron abogados => name=abogados
  + según activistas, 150 siguen presos => name=activistas
  + Activistas dijeron que unas 150 personas siguen presas => name=Activistas
  - 300 abogados fueron detenidos
  - los abogados dijeron
