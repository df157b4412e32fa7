# Español: la salida de un asedio o de una cárcel dicha por quien saca a los cautivos (decimoctava sesión). Una toma
# de rehenes cuenta a las mismas personas tomadas, retenidas y liberadas (events17.pat); estas frases dicen la salida.

# Quien sale con los cautivos los saca: "salió con 26 rehenes", "el mediador salió con otros once rehenes". El
# nombre de los cautivos sigue a la cifra (una palabra entre ellos como mucho): "salió con 26 votos" no es nadie.
@rule es.release.came_out_with trigger event=release
  \b(?:sal(?:io|ieron|e|en|ia|ian|dra|dran|dria|drian)|(?:ha|han|habia|habian)\s+salido|logr(?:o|aron)\s+salir|pud(?:o|ieron)\s+salir)\s+con(?=\s+(?:(?:otros|otras|unos|unas|mas\s+de|cerca\s+de|casi|al\s+menos)\s+)?(?:\d[\d.,]*|(?:{NUMWORD})(?![\p{L}]))\s+(?:\p{L}+\s+)?(?:{PEOPLE_HELD}|ninos|ninas|mujeres|madres|alumnos|alumnas|secuestrados|secuestradas)\b)
  + el expresidente entró en la escuela y salió con 26 rehenes => _=salió con
  + el mediador salió con otros once rehenes => _=salió con
  + pudieron salir con 30 niños => _=pudieron salir con
  - el partido salió con 26 votos
  - salió con 26 años de edad

# Una lista de exigencias tras dos puntos: "El pliego del M-19 era desmesurado: 50 millones de dólares, la difusión de
# un manifiesto y la libertad de 311 presos políticos". Como es.held.demand (precision.pat), pedir que salgan dice que
# siguen presos: held, sea cual sea el nombre de la cifra. La lista va de los dos puntos a la liberación, sin punto.
@rule es.held.demand_list trigger event=held demand=1
  \b(?:exigencias|reivindicaciones|peticiones|demandas|pliego(?:\s+de\s+(?:peticiones|exigencias|condiciones))?)\b[^.;:]{0,60}:[^.;:]{0,160}?\b(?:la|su)\s+(?:inmediata\s+)?(?:liberacion|excarcelacion|libertad|puesta\s+en\s+libertad)\b(?=\s+de\b)
  + El pliego del grupo era desmesurado: 50 millones de dólares, la difusión de un manifiesto y la libertad de 311 presos => _=pliego del grupo era desmesurado: 50 millones de dólares, la difusión de un manifiesto y la libertad
  + sus exigencias: un avión, dinero y la liberación de 20 presos => _=exigencias: un avión, dinero y la liberación
  - las condiciones de vida. La liberación de 20 presos
  - las condiciones eran duras: la libertad de prensa no existía

# La liberación pedida dicha por su predicado: "la liberación de más de cien opositores será una de las primeras
# exigencias del diálogo". Lo que se exige no ha ocurrido: held.
@rule es.held.demand_predicate trigger event=held demand=1
  \b(?:la|su)\s+(?:liberacion|excarcelacion|libertad|puesta\s+en\s+libertad)(?=\s+de\b[^.;:]{0,100}?\b(?:sera|seria|es|era|fue|son|seran|sigue\s+siendo)\s+(?:(?:una|otra)\s+de\s+(?:las|sus)\s+|la\s+|su\s+)?(?:primeras\s+|principales\s+|principal\s+|primera\s+)?(?:exigencias?|condicion(?:es)?|reivindicacion(?:es)?|demandas?)\b)
  + la liberación de más de cien opositores será una de las primeras exigencias del diálogo => _=la liberación
  + la libertad de 40 presos es la principal exigencia => _=la libertad
  - la liberación de 40 presos fue anunciada ayer

# Salir de dos lugares de encierro nombrados juntos, el primero por su nombre propio: "salieron de Libertad y del
# penal de Punta de Rieles algo más de doscientos presos". El segundo, un lugar de la lista (prison_places), dice que
# el primero también lo es; como es.release.leave_verb (verbs.pat), una salida.
@rule es.release.leave_two_prisons trigger event=release
  \b{LEAVE}\s+{VGAP}de\s+(?:[\p{L}-]+\s+){1,2}y\s+(?:del\s+|de\s+(?:la|las|los|el)\s+){PRISON_PLACE}\b{NOT_PLACE_OF}
  + salieron de Libertad y del penal de Punta de Rieles algo más de doscientos presos => _=salieron de Libertad y del penal
  + 40 presas salieron ayer de Ilava y de la cárcel de Trnava => _=salieron ayer de Ilava y de la cárcel
  - salieron de casa y del trabajo

# Una parte de los beneficiarios de un indulto o una amnistía: "13.915 de los beneficiarios son reclusos que cumplen
# condena". Como "entre los beneficiarios" (events_recall.pat), los beneficiarios son los liberados; tras "de los" la
# palabra da su evento al grupo del partitivo. No los de una ayuda, un programa o una pensión.
@rule es.release.of_the_beneficiaries trigger event=release
  (?<=de\slos\s|de\slas\s)beneficiari[oa]s\b(?!\s+(?:de|del)\s+(?:(?:la|las|los|el|un|una|este|esta|estos|estas)\s+)?(?:ayudas?|subsidios?|becas?|programas?|plan(?:es)?|bonos?|pensi|seguros?|prestaci|credito|vivienda))
  + 13.915 de los beneficiarios son reclusos que cumplen condena => _=beneficiarios
  - 200 de los beneficiarios del programa de vivienda

# Quien queda fuera de una amnistía o de un indulto sigue preso: "quedarían excluidos de la amnistía unos sesenta
# militares", "los 40 presos excluidos del indulto". La frase, más larga que "amnistía" dentro de ella (release), da
# held.
@rule es.held.excluded_from_pardon trigger event=held
  \b(?:excluid[oa]s|quedan\s+fuera|quedaron\s+fuera|quedarian\s+fuera|quedaran\s+fuera|dejad[oa]s\s+fuera)\s+(?:de\s+la|del|de)\s+(?:(?:nueva|nuevo|ultima|ultimo)\s+)?(?:amnistia|indulto|perdon|medida\s+de\s+gracia|ley\s+de\s+amnistia)\b
  + quedarían excluidos de la amnistía unos sesenta militares => _=excluidos de la amnistía
  + los 40 presos excluidos del indulto => _=excluidos del indulto
  - los 40 presos beneficiados por el indulto

# Un participio de salida coordinado tras el auxiliar de otro: "solo 22 de los acusados habían completado los
# trámites y abandonado el centro de detención". El auxiliar queda atrás (es.release.leave_verb lo quiere a dos
# palabras como mucho); "y" y el participio bastan, con un lugar de encierro después.
@rule es.release.and_left_prison trigger event=release
  (?<=\sy\s)(?:abandonado|dejado|salido)\s+{VGAP}(?:(?:de|desde)\s+(?:(?:la|las|los|el|sus?)\s+)?|del\s+|(?:la|las|los|el|sus?)\s+)?{PRISON_PLACE}\b{NOT_PLACE_OF}
  + solo 22 de los acusados habían completado los trámites y abandonado el centro de detención => _=abandonado el centro de detención
  + 30 presos habían firmado el acta y salido ya de la cárcel => _=salido ya de la cárcel
  - habían abandonado el centro de detención
  - y dejado en la cárcel a 40 presos
