# Español: secuestros y tomas de rehenes (decimoséptima sesión). Las crisis de rehenes y los secuestros masivos
# cuentan a las mismas personas en tres momentos: la toma (detention), el cautiverio (held) y la salida (release).
# Estas frases dicen cuál con verbos que el resto del conjunto no leía como custodia.

# La toma: "tomaron como rehenes a 66 personas", "fueron tomados como rehenes", "tomó como rehén a". La frase
# entera es la palabra de evento, y "rehenes" dentro de ella ya no da su evento por defecto (held).
@rule es.detention.hostage_taking trigger event=detention
  \b(?:(?:fueron|fue|han\s+sido|habian\s+sido|habrian\s+sido|serian)\s+)?(?:tom(?:o|aron|an|a|aban|aba|ado|ados|adas|ada)|(?:han|habian|ha|habia)\s+tomado)\s+(?:(?:ayer|hoy|anoche|entonces|luego|despues|tambien|ademas|finalmente)\s+)?como\s+rehen(?:es)?\b
  + tomaron como rehenes a 66 personas => _=tomaron como rehenes
  + unas 850 personas fueron tomadas como rehenes => _=fueron tomadas como rehenes
  + el comando tomó como rehén a un diplomático => _=tomó como rehén
  + los asaltantes tomaron entonces como rehenes a 12 guardias => _=tomaron entonces como rehenes
  - los rehenes tomaron un avión
  - tomaron como referencia a 66 personas

# Vigésima primera sesión. Hacer o tomar prisioneros es capturar: "hicieron prisioneros a 1.189 invasores", "tomaron
# 40 rehenes", "unos 10.000 soldados fueron hechos prisioneros", "cayeron prisioneros 300 hombres". Con la cifra
# detrás ("a 500 soldados") o como objeto ("hicieron 500 prisioneros"); lo que hacen los prisioneros no lo es.
@rule es.detention.taken_captive trigger event=detention
  \b(?:hic(?:ieron|o)|hacen|hace|hacian|hacia|(?:han|ha|habian|habia)\s+hecho|tom(?:aron|o|an|a|aban|aba)|(?:han|ha|habian|habia)\s+tomado)\s+(?:como\s+)?(?:prisioner[oa]s?|rehen(?:es)?|cautiv[oa]s?)(?=\s+(?:(?:al\s+menos|unos|unas|mas\s+de|cerca\s+de|casi|alrededor\s+de)\s+)?a\s)
  | \b(?:hic(?:ieron|o)|hacen|hace|(?:han|ha|habian|habia)\s+hecho|tom(?:aron|o|an|a)|(?:han|ha|habian|habia)\s+tomado)(?=\s+(?:(?:al\s+menos|unos|unas|mas\s+de|cerca\s+de|casi|alrededor\s+de)\s+)?(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+(?:prisioneros|rehenes|cautivos)\b)
  | \b(?:(?:fueron|fue|han\s+sido|habian\s+sido|habia\s+sido|serian)\s+(?:hech|tomad)[oa]s?|ca(?:yeron|yo|en|ian))\s+prisioner[oa]s?\b
  + las tropas hicieron prisioneros a 1.189 invasores => _=hicieron prisioneros
  + el ejército tomó prisioneros a unos 500 soldados => _=tomó prisioneros
  + la guerrilla tomó 40 rehenes en el asalto => _=tomó
  + unos 10.000 soldados fueron hechos prisioneros => _=fueron hechos prisioneros
  + cayeron prisioneros más de 300 hombres => _=cayeron prisioneros
  - los prisioneros tomaron el patio de la cárcel
  - hicieron a los 40 prisioneros una oferta
  - tomaron 40 fotografías

# El cautiverio dicho por quien retiene: "asegura tener en su poder a 41 extranjeros", "los secuestradores tenían en
# su poder a diez alumnos", "mantiene en su poder a siete rehenes", "retienen a cerca de mil personas". Retener a
# gente es tenerla: el verbo en presente o pasado describe a quien sigue dentro en ese momento. "En sus manos" dice lo
# mismo que "en su poder", y "retiene al menos a dos" o "retienen unos 30" lo mismo que "retienen a" (decimonovena sesión).
@rule es.held.in_their_power trigger event=held
  \b(?:tener|tiene|tienen|tenia|tenian|tuvo|tuvieron|tendria|tendrian|tenga|tengan|mantener|mantiene|mantienen|mantenia|mantenian|mantuvo|mantuvieron)\s+(?:todavia\s+|aun\s+|ya\s+)?en\s+(?:su|sus)\s+(?:poder|manos)\b(?=\s+a\b|{NUMSTART}|\s+(?:a\s+)?(?:["“«]\s*)?(?:unos|unas|mas\s+de|cerca\s+de|casi|al\s+menos)\b)
  | \b(?:retiene|retienen|retenia|retenian|retuvo|retuvieron|retendria|retendrian)(?=\s+(?:todavia\s+|aun\s+|ya\s+|en\s+total\s+|actualmente\s+|(?:alli\s+|ahi\s+)?dentro\s+)?(?:(?:al\s+menos|unos|unas|mas\s+de|cerca\s+de|casi|alrededor\s+de)\s+)?a\b|{NUMSTART}|\s+(?:unos|unas|mas\s+de|cerca\s+de|casi|al\s+menos|alrededor\s+de)\s)
  + el grupo aseguraba tener en su poder a 520 alumnos => _=tener en su poder
  + los captores tenían en su poder a diez alumnos => _=tenían en su poder
  + los piratas retienen «veinte marineros» => _=retienen
  + la guerrilla afirmaba tener en su poder "más de 30" soldados => _=tener en su poder
  + retienen a cerca de mil personas => _=retienen
  + retuvieron a sesenta personas en la embajada => _=retuvieron
  + los rebeldes tienen en sus manos a 30 soldados => _=tienen en sus manos
  + se cree que el grupo retiene al menos a dos occidentales => _=retiene
  + los piratas retienen unos 30 rehenes => _=retienen
  + las FARC retenían en total a unas 700 personas => _=retenían
  + el secuestrador retiene dentro a 14 pasajeros => _=retiene
  - el partido tiene en su poder la alcaldía
  - la policía retuvo el vehículo

# Quien sigue en manos de sus captores sigue cautivo también en una relativa: "cifró en 333 los alumnos que seguían
# en manos de los secuestradores". Solo con verbos de permanencia (seguir, permanecer, continuar): "los 16 que
# estaban en poder de los rebeldes llegan hoy" habla de quien sale ahora y queda como estaba.
@rule es.held.relative_still_in_hands trigger event=held
  (?<=que\s)(?:todavia\s+|aun\s+)?{REMAIN}\s+{VGAP}en\s+(?:manos|poder)\s+(?:de|del)\b(?!\s+la\s+cruz\s+roja)
  + 333 los alumnos que seguían en manos de los secuestradores => _=seguían en manos de
  + los 40 que permanecen en poder de la guerrilla => _=permanecen en poder de
  - los 16 que estaban en poder de los rebeldes llegan hoy
  - los 10 que siguen en manos de la Cruz Roja

# Quien no ha vuelto a casa tras un secuestro sigue en manos de sus captores: "al menos ocho muchachos no habían
# regresado a sus casas", "diez alumnos todavía no han vuelto". La negación, más larga que la vuelta a casa que
# contiene (release), la convierte en held. Sin "a casa", solo tras niños, alumnos o rehenes: los presos que no
# vuelven de un permiso de salida no están en manos de nadie.
@rule es.held.not_returned trigger event=held
  \b(?:todavia\s+|aun\s+)?no\s+(?:(?:han|habian|hayan|hubieran)\s+(?:regresado|vuelto|retornado)|regresaron|volvieron|retornaron|regresan|vuelven)\s+a\s+(?:sus\s+casas|casa|sus\s+hogares|sus\s+familias)\b
  | (?<=ninos\s|ninas\s|alumnos\s|alumnas\s|colegialas\s|estudiantes\s|muchachos\s|chicos\s|rehenes\s|secuestrados\s)(?:todavia\s+|aun\s+)?no\s+(?:(?:han|habian|hayan|hubieran)\s+(?:regresado|vuelto|retornado)|regresaron|volvieron|retornaron|regresan|vuelven)\b
  + al menos ocho muchachos no habían regresado a sus casas => _=no habían regresado a sus casas
  + otros diez alumnos todavía no han vuelto => _=todavía no han vuelto
  - los ocho muchachos regresaron a sus casas
  - no habían regresado a la mesa de negociación
  - 112 presos no han vuelto a la cárcel tras el permiso

# La salida que conceden los captores o logran otros: "han dejado salir a siete rehenes", "dejaron salir a los
# niños", "sacaron del teatro a cuatro rehenes", "el Ejército rescató a 15 secuestrados", "la devolución de 104
# niñas", "14 rehenes fueron salvados" (solo rehenes y cautivos: "salvadas del naufragio" no es una liberación).
# Sacar va ligado a una cifra después (con el lugar entre medio), para no tomar "sacaron a la calle".
@rule es.release.captives_out trigger event=release
  (?<!no\s)(?<!no\sles\s)(?<!no\slos\s)(?<!no\slas\s)\b(?:(?:han|habian|ha|habia|hayan)\s+dejado|dej(?:o|aron|an|a|aban|aria|arian))\s+salir\b
  | \b(?:sac(?:o|aron|an|aban|aria|arian)|(?:han|habian|ha|habia)\s+sacado)\s+(?:(?:del|de\s+la|de\s+los)\s+\p{L}+\s+)?a{NUMSTART}
  | \b(?:rescat(?:o|aron|amos|an|a|aban|ado|ados|adas|ada)|(?:fueron|han\s+sido|habian\s+sido)\s+rescatad[oa]s|el\s+rescate\s+de{NUMSTART})\b
  | \b(?:rehenes|secuestrad[oa]s|cautiv[oa]s)\s+(?:fueron|han\s+sido|habian\s+sido)\s+(?:salvad[oa]s|puestos\s+a\s+salvo|puestas\s+a\s+salvo)\b
  | \bla\s+devolucion\s+de{NUMSTART}
  + han dejado salir a siete rehenes más => _=han dejado salir
  + sacaron del teatro a cuatro rehenes => _=sacaron del teatro a
  + el Ejército rescató a 15 secuestrados => _=rescató
  + «Rescatamos con vida a 14 rehenes», dijo el coronel => _=Rescatamos
  + la ministra dijo que 14 rehenes fueron salvados => _=rehenes fueron salvados
  - 14 personas fueron salvadas del naufragio
  + logró la devolución de 104 niñas => _=la devolución de
  - sacaron a la calle sus pancartas
  - no les dejaron salir del país
  - la devolución de los bienes incautados

# Quien sigue dentro del lugar tomado sigue cautivo: "todavía quedaban dentro una veintena", "cientos siguen dentro
# del teatro". Solo con verbos de permanencia, como "still inside" en inglés.
@rule es.held.still_inside trigger event=held
  \b(?:todavia\s+|aun\s+)?(?:{REMAIN}|quedan|quedaban|quedaron|quedarian)\s+(?:todavia\s+|aun\s+)?(?:alli\s+|ahi\s+)?a?dentro\b(?!\s+de\s+(?:lo|la\s+ley|los\s+limites|los\s+plazos|las\s+normas))
  + todavía quedaban dentro una veintena => _=todavía quedaban dentro
  # twenty-third session: "adentro", the form of much of Latin America ("quedan adentro más de 60")
  + quedan adentro más de 30 en la seccional => _=quedan adentro
  + cientos siguen dentro del teatro => _=siguen dentro
  - los datos quedan dentro de lo previsto
  - la policía entró dentro del edificio

# Los rehenes sacados del lugar tomado salen de él: "más de 500 rehenes fueron sacados del teatro".
@rule es.release.taken_out_of_site trigger event=release
  \bsacad[oa]s\s+(?:con\s+vida\s+)?(?:del|de\s+la)\s+(?:edificio|teatro|embajada|escuela|complejo|recinto|planta|instalaciones)\b
  + más de 500 rehenes fueron sacados del teatro => _=sacados del teatro
  - los documentos sacados del archivo

# Niños o rehenes secuestrados que siguen desaparecidos siguen con sus captores: "unas 50 alumnas siguen
# desaparecidas". Solo tras esos nombres: los desaparecidos tras una protesta o una riada no son cautivos de nadie.
@rule es.held.captives_missing trigger event=held
  (?<=ninos\s|ninas\s|alumnos\s|alumnas\s|colegialas\s|estudiantes\s|muchachos\s|chicos\s|chicas\s|rehenes\s)(?:todavia\s+|aun\s+)?(?:{REMAIN})\s+(?:todavia\s+|aun\s+)?(?:desaparecid[oa]s|en\s+paradero\s+desconocido)\b
  + unas 50 alumnas siguen desaparecidas => _=siguen desaparecidas
  - 23 personas siguen desaparecidas tras la riada

# Aquellos cuyo paradero se desconoce no están, que se sepa, en manos de nadie: "el paradero de ocho de ellos sigue
# sin conocerse" (como "continúan en paradero desconocido", events16f.pat). La frase no liga la cifra a ningún evento.
@rule es.other.whereabouts trigger event=none
  \bel\s+paradero\s+de\b(?=\s*(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + el paradero de ocho de ellos sigue sin conocerse => _=el paradero de
  - el paradero de los rehenes

# Los asaltantes no son rehenes: "unos 400 estudiantes asaltaron la legación y tomaron como rehenes a 66 personas",
# "unos 30 hombres irrumpieron en la escuela". El verbo del asalto, junto a la cifra de quienes asaltan, la liga a
# ningún evento; la cifra de los tomados sigue ligada a su propio verbo, que tiene al lado. No "asaltó", que plegado
# es el nombre "asalto" ("presas por el asalto").
@rule es.other.assault trigger event=none
  \b(?:asaltaron|irrumpieron|irrumpio|invadieron|invadio|tomaron\s+por\s+asalto|tomo\s+por\s+asalto)\b(?!\s+(?:a|al)\b)
  + unos 400 estudiantes asaltaron la legación => _=asaltaron
  + 30 hombres armados irrumpieron en la escuela => _=irrumpieron
  - asaltaron a dos turistas
  - permanecen presas menos de 1.100 personas por el asalto
