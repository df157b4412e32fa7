# Event verbs in every tense: the finite forms come from lexicons (verbs_*.txt, scripts/verb-forms), so a future
# ("saldrán de la cárcel"), a periphrasis ("van a seguir presos") or a compound past ("habían abandonado el penal")
# reads like the simple past, and a short adverbial may stand between the verb and its complement.

# A verb in any tense: one of the lexicon's finite forms, or an auxiliary split from its participle or infinitive by
# an adverb of the gap list.
@fragment LEAVE = (?:{VERB_AUX}\s+(?:{VERB_GAP}\s+){1,2}{LEAVE_TAIL}|{LEAVE_VERB})
@fragment REMAIN = (?:{VERB_AUX}\s+(?:{VERB_GAP}\s+){1,2}{REMAIN_TAIL}|{REMAIN_VERB})
@fragment HOME = (?:{VERB_AUX}\s+(?:{VERB_GAP}\s+){1,2}{HOME_TAIL}|{HOME_VERB})

# Up to three words of a time or manner adverbial ("el domingo", "ayer por la tarde" is two gaps, "de hecho"), or a
# date ("el 3 de mayo"). Digits only inside a date, so a count is never swallowed.
@fragment VGAP = (?:(?:{VERB_GAP}|{WEEKDAY}|\d{1,2}\s+de\s+{MONTH}|por\s+la\s+(?:manana|tarde|noche))\s+){0,3}

# Custody whose holder is a child or a thing is not prison ("la custodia de sus hijos"); the yard or the door of a
# prison is still inside it.
@fragment NOT_PLACE_OF = (?!\s+(?:de|del)\s+(?:sus?\s+|los\s+|las\s+|la\s+|el\s+)?(?:hij|nin|menor|bien|document|prueba))

# Leaving prison, in any tense and with an adverbial between ("550 presos salieron el domingo de las cárceles",
# "saldrán mañana de prisión", "van a abandonar el penal", "abandonaron ayer varias cárceles"): a release. Only finite forms, so a wish is none.
@rule es.release.leave_verb trigger event=release
  \b{LEAVE}\s+{VGAP}(?:(?:de|desde)\s+(?:(?:la|las|los|el|esa|esas|esta|estas|aquella|aquellas|sus?|varias|varios|diversas|diversos|distintas|distintos)\s+)?|del\s+|(?:la|las|los|el|sus?|varias|varios|diversas|diversos|distintas|distintos)\s+)?{PRISON_PLACE}\b{NOT_PLACE_OF}
  + 550 presos palestinos salieron el domingo de las cárceles israelíes => _=salieron el domingo de las cárceles
  + unos 300 reclusos saldrán mañana de prisión => _=saldrán mañana de prisión
  + los 40 condenados van a abandonar el penal => _=van a abandonar el penal
  + 12 opositores habían dejado ya la cárcel => _=habían dejado ya la cárcel
  + más de 100 internos podrán salir esta semana del centro penitenciario => _=podrán salir esta semana del centro penitenciario
  + 20 rehenes salieron por fin del cautiverio => _=salieron por fin del cautiverio
  + once presos abandonaron ayer varias cárceles federales => _=abandonaron ayer varias cárceles
  - los presos salieron al patio de la cárcel
  - 300 personas salieron a la calle frente a la prisión
  - pidió salir de la cárcel
  - dejaron en la cárcel a 40 presos
  - dejó la custodia de sus hijos

# Staying in custody, in any tense ("van a seguir detenidos", "continuarán en prisión", "han permanecido presos"): held,
# the whole phrase, so that the participle alone ("detenidos") does not read as an arrest.
@rule es.held.remain_verb trigger event=held
  \b{REMAIN}\s+{VGAP}(?:pres[oa]s?|detenid[oa]s?|encarcelad[oa]s?|recluid[oa]s?|retenid[oa]s?|secuestrad[oa]s?|encerrad[oa]s?|cautiv[oa]s?|privad[oa]s?\s+de\s+(?:su\s+)?libertad|en\s+(?:prision|la\s+carcel|las\s+carceles|los\s+calabozos|custodia|cautiverio|detencion)|bajo\s+custodia|tras\s+las\s+rejas|entre\s+rejas)\b
  + 300 opositores van a seguir detenidos => _=van a seguir detenidos
  + 40 jóvenes continuarán todavía en prisión => _=continuarán todavía en prisión
  + 12 periodistas han permanecido presos => _=han permanecido presos
  + siguen detenidas 30 mujeres => _=siguen detenidas
  - los trámites siguen su curso
  - 30 personas siguen desaparecidas

# Going back home, in any tense and with an adverbial between ("volvieron ayer a sus casas", "regresarán pronto a
# casa"): people held or counted out of custody are freed.
@rule es.release.home_verb trigger event=release
  \b{HOME}\s+{VGAP}(?:a\s+(?:sus?\s+)?(?:casas?|hogar(?:es)?)|con\s+sus\s+familias)\b(?!\s+de\b)
  + 300 presos volvieron ayer a sus casas => _=volvieron ayer a sus casas
  + los 40 rehenes regresarán pronto a casa => _=regresarán pronto a casa
  + 25 detenidos se fueron a sus casas => _=se fueron a sus casas
  - fueron a casa de un vecino
  - volvieron a la casa de gobierno

# Releasing and detaining, in any tense the older rules did not spell ("soltará a 300 presos", "indultará a 40",
# "detendrá a los cabecillas", "encarcelará a 20"): the lexicons hold every finite form, simple and compound.
@rule es.release.verb_forms trigger event=release
  \b{RELEASE_VERB}\b(?!\s+internacional)
  + el gobierno soltará a 300 presos => _=soltará
  + el régimen indultará a 40 opositores => _=indultará
  + las autoridades habían excarcelado a 30 => _=habían excarcelado
  + el gobierno va a liberar a 80 => _=va a liberar
  - según Amnistía Internacional
  - un partido liberal

@rule es.detention.verb_forms trigger event=detention
  \b(?<!ordenes\sde\s)(?<!orden\sde\s)(?<!bajo\s)(?!(?<=\bse\s)(?:detuv|detien|detend)\w*\b(?!\s+a\b)){DETAIN_VERB}\b
  - la cifra se detendrá en 300
  + la policía detendrá a 300 manifestantes => _=detendrá
  + el ejército encarcelará a 20 líderes => _=encarcelará
  + los agentes habían arrestado a 15 => _=habían arrestado
  - libró una orden de captura
  - el detector de metales

# Freedom gained, in any tense ("quedarán en libertad", "recobrarán la libertad", "pondrán en libertad"): a release.
# Freedom of speech, or free of charges, is none.
@rule es.release.freedom trigger event=release
  \b{FREE_VERB}\s+{VGAP}(?:en\s+libertad|la\s+libertad|libres?)\b(?!\s+de\b)
  + 300 presos quedarán en libertad el lunes => _=quedarán en libertad
  + 300 presos recobrarán la libertad el lunes => _=recobrarán la libertad
  + el juez pondrá mañana en libertad a 14 => _=pondrá mañana en libertad
  - ganaron la libertad de expresión
  - quedaron libres de cargos

# Keeping people in custody, in any tense ("mantendrá detenidos a 300", "va a mantener a 40 en prisión"): held, the
# participle included, so that "detenidos" alone does not read as an arrest.
@rule es.held.keep_verb trigger event=held
  \b{KEEP_VERB}\s+{VGAP}(?:(?:pres|detenid|encarcelad|recluid|retenid|secuestrad|encerrad|cautiv)[oa]s?|en\s+(?:prision|la\s+carcel|custodia|cautiverio)|tras\s+las\s+rejas|bajo\s+custodia)\b
  | \b{KEEP_VERB}(?=\s+a{NUMSTART})
  + el régimen mantendrá detenidos a 300 opositores => _=mantendrá detenidos
  + la policía habría mantenido a 40 jóvenes en los calabozos => _=habría mantenido
  - el gobierno mantendrá el diálogo
  - mantuvieron a raya a los manifestantes
