# Spanish event words: releases, people held, detentions, in every voice and as nouns.

@rule es.release.verb trigger event=release
  \b(?:excarcel\w*|liber(?:o|aron|a|an|ara|aran|ado|ada|ados|adas|ar|ando|acion|aciones|aria|arian|en|ase|asen)
     |solt(?:o|aron|ado|ada|ados|adas|ar)|indult(?:o|aron|ado|ados|adas|os)|amnisti(?:o|aron|ado|ados|adas|as|a(?!\s+internacional))|preliberacion(?:es)?|preliberad[oa]s
     |perdon(?:o|aron|ad[oa]s)|perdon(?=\s+de(?:\s+(?:mas\s+de|cerca\s+de|casi|unos|unas))?{NUMSTART})|(?:ha|han|habia|habian)\s+perdonado|(?:ha|han|habia|habian)\s+["“«]?entregado(?=\s+a\s+(?:los|las){NUMSTART})
     |canje(?:ad[oa]s)?|canjearon|entregas?\s+de|intercambi(?:o|aron|ad[oa]s)|repatriad[oa]s|repatri(?:o|aron)|entregad[oa]s|entrego|entregaron
     # giving people back to their side is releasing them ("Bakú ha devuelto a Armenia a más de un centenar"):
     # people are given "a" someone or somewhere; what is given back without "a" is a thing ("devolvió 45 cuerpos")
     |(?:(?:ha|han|habia|habian|hayan|habria|habrian)\s+(?:entregado|devuelto|repatriado)|devolvi(?:o|eron)|devuelve(?:n)?|devolver(?:a|an|ia|ian))(?=\s+a\s)
     |desterrad[oa]s|desterr(?:o|aron|ar|ara|aran|aria|arian|ando)|expulsad[oa]s|excarcelacion(?:es)?
     |deport(?:o|aron|ad[oa]s|acion|aciones)|(?<=los\s|las\s)beneficiad[oa]s)\b
  + el gobierno excarceló a 24 presos
  + 24 presos fueron excarcelados
  + la excarcelación de 24 personas
  + anunció el perdón de 746 sospechosos => _=perdón
  + la guerrilla había entregado a los 12 rehenes => _=había entregado
  - el sospechoso fue entregado a la policía
  + Irán había «entregado a los 52 rehenes» => _=había «entregado
  - pidió perdón a 30 familias de las víctimas
  + liberaron a 80
  + 222 presos fueron desterrados
  + el régimen desterró a Estados Unidos a 222 presos políticos => _=desterró
  + informó de 6.624 preliberaciones => _=preliberaciones
  + Lukashenko ha perdonado a 300 condenados => _=ha perdonado
  - un partido liberal
  - la libertad de expresión
  + Israel deportó a 171 activistas => _=deportó
  + solo 214 de los beneficiados => _=beneficiados
  - según Amnistía Internacional
  + Bakú ha devuelto a Armenia a más de un centenar de prisioneros => _=ha devuelto
  + Kiev ha entregado a Moscú a 55 prisioneros rusos => _=ha entregado
  + Rusia devolvió a 40 soldados ucranianos => _=devolvió
  - Rusia devolvió 45 cuerpos de soldados
  - el gobierno ha devuelto 300 pasaportes

@rule es.release.phrase trigger event=release
  \b(?:(?:puest[oa]s?|pus[oa]|pusieron|quedaron|(?:han|habian|hayan|habrian)\s+quedado|salieron|sali[oó]|dejad[oa]s|dej(?:o|aron|an)|(?:ha|han|habia|habian)\s+dejado|recobraron|recuperaron|(?:ha|han|habia|habian|hayan)\s+(?:recuperado|recobrado)|obtuvieron|ganaron|han\s+salido|salen|saldran)\s+(?:en\s+)?(?:la\s+)?libertad
     # "ordenó la libertad de 37 jóvenes": freedom of a counted group is their release ("libertad de expresión" has no figure)
     |libertad\s+de{NUMSTART}|libertad\s+(?:bajo\s+fianza|provisional)|puesta\s+en\s+libertad|restituid[oa]s\s+a\s+la\s+libertad
     |(?:regresaron|regreso|volvieron|volvio|retornaron)\s+del\s+cautiverio|regreso\s+de{NUMSTART}|(?:regresaron|volvieron)(?:\s+(?:tambien|ya))?{NUMSTART}|puest[oa]s\s+a\s+salvo|beneficiad[oa]s\s+por\s+(?:las?\s+|el\s+)?(?:excarcelaciones|liberaciones|indulto|amnistia)|(?:ya\s+)?(?:estan|estaban)\s+en\s+casa
     |beneficiar(?:se|on|an|ia|ian|ian|an)?\s+(?:de\s+la|del)\s+(?:indulto|amnistia|perdon|ley\s+de\s+amnistia)
     |(?:salieron|salio|han\s+salido|habian\s+salido|dejaron|(?:han|habian|hayan)\s+(?:dejado|abandonado)|abandonaron|abandono|salen)\s+(?:\p{L}+\s+)?(?:de\s+)?(?:la\s+|las\s+|los\s+|el\s+|un\s+|una\s+)?(?:carcel(?:es)?|prision(?:es)?|penal(?:es)?|centros?(?:\s+penitenciarios?)?|calabozos|unidades(?:\s+penitenciarias)?|establecimientos(?:\s+penitenciarios|\s+penales|\s+carcelarios)?)
     |(?:volver|regresar|irse|ir)\s+a\s+(?:su\s+|sus\s+)?casa(?:s)?
     |(?:regresaron|volvieron|llegaron|(?:han|habian|hayan)\s+(?:regresado|vuelto))\s+(?:a\s+(?:casa|sus\s+casas|sus\s+hogares|su\s+pais)|al\s+pais)
     |(?:en\s+manos\s+de|entregad[oa]s\s+a|trasladad[oa]s\s+a)\s+la\s+cruz\s+roja
     # people given back to their homes or families are freed ("los 12 retenidos fueron devueltos a sus familias")
     |(?:devuelt[oa]s|entregad[oa]s|(?:ha|han|habia|habian|hayan)\s+(?:devuelto|entregado))\s+a\s+(?:sus\s+)?(?:casas?|familias?|familiares|hogares|padres)
     # "15 medidas cautelares" cuenta medidas, no personas liberadas (sesión veintiuna)
     |(?<!\d\s)medidas\s+(?:cautelares|sustitutivas|alternativas))
  + salieron en libertad 30 presos
  + el juez dictó medidas cautelares para 12 imputados => _=medidas cautelares
  - el juez dictó 15 medidas cautelares
  + 50 personas fueron puestas en libertad
  + el régimen ha puesto en libertad a 80 opositores => _=puesto en libertad
  + dejaron la cárcel el lunes
  + han salido de las cárceles venezolanas
  + salieron de los establecimientos penitenciarios 2.031 reclusos => _=salieron de los establecimientos penitenciarios
  + 1.612 internos dejaron ayer las unidades => _=dejaron ayer las unidades
  + 300 menores pudieron volver a casa sin ser detenidos => _=volver a casa
  + un juez dejó en libertad a 14 de los detenidos => _=dejó en libertad
  + 3.200 personas han recuperado la libertad => _=han recuperado la libertad
  + 18 personas habían regresado a sus casas => _=habían regresado a sus casas
  + ocho presos regresaron al país => _=regresaron al país
  + 179 de ellas salieron directamente de un centro penitenciario => _=salieron directamente de un centro penitenciario
  + obtuvieron libertad bajo fianza 52 estudiantes => _=obtuvieron libertad
  + concedió libertad bajo fianza a 52 estudiantes => _=libertad bajo fianza
  - la libertad de prensa
  + un juez ordenó la libertad de 37 jóvenes => _=libertad de
  + el juez ordenó la puesta en libertad de siete periodistas => _=puesta en libertad
  + 20 soldados regresaron del cautiverio => _=regresaron del cautiverio
  + el regreso de 185 militares => _=regreso de
  + 400 reclusos podrían beneficiarse del indulto => _=beneficiarse del indulto
  + quedaron restituidos a la libertad => _=restituidos a la libertad
  + 303 defensores ya están en casa => _=ya están en casa
  - el regreso de la democracia
  + regresaron también ocho civiles => _=regresaron también
  + 41 servidores habían sido puestos a salvo => _=puestos a salvo
  + 200 beneficiados por las excarcelaciones => _=beneficiados por las excarcelaciones
  + los 12 retenidos fueron devueltos a sus familias => _=devueltos a sus familias
  + 40 detenidos habían abandonado ya las cárceles => _=habían abandonado ya las cárceles
  - devolvió el dinero a sus dueños

# A verb of tallying ("suman", "contabiliza", "registra") counts people who are there (held) when the figure has no
# noun of its own or a held one ("contabiliza 687 presos políticos"); with tally=1 a noun with an event of its own
# decides ("contabiliza 20 detenidos" counts arrests: claims.c).
@rule es.held.tally trigger event=held tally=1
  \b(?:suman|contabiliza\w*|registra)\b
  + suman 800 presos políticos => _=suman
  + contabiliza 687 presos políticos => _=contabiliza
  + la ONG registra 300 detenidos => _=registra
  - registraron la vivienda

@rule es.held.verb trigger event=held
  \b(?:(?:sigu\w*|segu(?:ia|ian|ira|iran)|permanec\w*|continu\w*|esta\w*|estuvieron|estuvo)\s+(?:(?:alli|ahi|aqui|alla|aun|todavia|entonces|actualmente|hoy|ahora)\s+)?(?:pres[oa]s?|detenid[oa]s?|encarcelad[oa]s?|cautiv[oa]s?|secuestrad[oa]s?|retenid[oa]s?)|en\s+cautiverio
     |mant(?:iene|ienen|enia|enian|uvo|uvieron|ener)\s+(?:detenid|pres|encarcelad|recluid|retenid)[oa]s|en\s+detencion(?!\s+de)|bajo\s+custodia|retenid[oa]s
     # serving a sentence now; the imperfect only with "still" ("21 de los excarcelados cumplían condenas" tells
     # of the past of people freed)
     |(?:cumpl(?:en|e)|(?:todavia|aun)\s+cumpl(?:ian|ia))\s+(?:(?:actualmente|todavia|aun|ya|hoy)\s+)?(?:su\s+|sus\s+)?(?:condenas?|penas?)
     # a lone verb of staying says nothing of custody when what follows is a wait or another state ("siguen a la
     # espera de asilo", "sigue siendo una incógnita")
     |(?!(?:permanec\w+|sigu\w+|continu\w+)\s+(?:a\s+la\s+espera|siendo|sin\b|pendientes?\b))(?:permanec\w+|sigu(?:e|en)|continu(?:a|an))|qued(?:aban|aba|a)|mant(?:iene|ienen|enia|enian)(?=\s+(?:(?:todavia|aun|hoy|ahora|actualmente)\s+)?(?:a\s|en\s|bajo\s|(?:["“«]\s*)?(?:\d|(?:{NUMWORD})(?![\p{L}])|(?:unos|unas|mas\s+de|cerca\s+de|al\s+menos|casi|otros|otras)\s)))|cumplen\s+condena
     # people "in detention centres" are held there, whatever the word "detención" says alone
     |en\s+(?:los\s+|sus\s+)?(?:centros?|instalaciones|carceles|prisiones)\s+(?:de\s+)?(?:detencion|reclusion|internamiento|migratori[oa]s|penitenciari[oa]s)
     |(?:tras|detras\s+de)\s+las\s+rejas|(?:habian|han|habia|ha)\s+estado\s+(?:pres|detenid)[oa]s?|(?:podrian|pueden)\s+(?:seguir|estar)\s+(?:detenid|pres)[oa]s|enviad[oa]s\s+a\s+(?:prision|la\s+carcel)(?:\s+preventiva)?|en\s+(?:los\s+)?calabozos|en\s+celdas|mantenga(?:n)?\s+(?:detenid|pres|encarcelad)[oa]s|en\s+prision|en\s+la\s+carcel|encarcelad[oa]s|recluid[oa]s|privad[oa]s\s+de\s+(?:su\s+)?libertad)\b
  + cuando asumió estaban allí detenidos 40 hombres => _=estaban allí detenidos
  # twenty-third session: the preterite, the subject after it ("estuvieron allí presos unos 200 guineanos")
  + entre 1962 y 1974 estuvieron allí presos unos 200 guineanos => _=estuvieron allí presos
  + permanecen detenidos 40
  # twenty-seventh session: "now" between the verb and the state ("y están ahora presos en El Salvador")
  + 40 personas están ahora presas en el cuartel => _=están ahora presas
  + siguen tras las rejas
  + 50 siguen detenidos => _=siguen detenidos
  - ocho pilotos siguen a la espera de asilo
  - el paradero de 300 personas sigue siendo un misterio
  + la agencia mantenía detenidas a 61.226 personas => _=mantenía detenidas
  + el penal mantiene a 900 internos => _=mantiene
  # twenty-ninth session: an adverb or a quotation mark between the verb and its object
  + Rusia mantiene todavía a más de ocho mil ucranianos => _=mantiene
  + el régimen mantiene aún «más de 800» opositores en sus cárceles => _=mantiene
  - unos 300 manifestantes mantienen cortado el paso
  + 59.762 personas en detención al 10 de agosto => _=en detención
  + rechazó que siguieran presas más de cuarenta personas => _=siguieran presas
  + en el recinto quedaban unas 300 personas => _=quedaban
  + 250 acusados cumplen condena => _=cumplen condena
  + más de 5.000 personas cumplen actualmente penas de prisión => _=cumplen actualmente penas
  + tres de ellos todavía cumplían condenas => _=todavía cumplían condenas
  - 21 de los excarcelados cumplían condenas firmes
  - fue condenado a cumplir una pena
  - la detención de 40 estudiantes
  - la liberación
  + Solo una sigue detenida => _=sigue detenida
  + los integrantes que seguían presos => _=seguían presos
  + 260 fueron enviados a prisión preventiva => _=enviados a prisión preventiva
  + 40 siguen en los calabozos => _=siguen
  + niega que mantenga detenidos a 30 => _=mantenga detenidos
  + la agencia mantenía en junio a 40.000 migrantes => _=mantenía
  + hay 51.000 personas en centros de detención de todo el país => _=en centros de detención
  + 76 acusados que habían estado detenidos => _=habían estado detenidos
  + hasta 1.500 personas podrían seguir detenidas => _=podrían seguir detenidas

# Words saying people are in a state now ("hay", "existen", "quedan"): right before a count they say what is
# counted (held), even when the noun is a detention word ("hoy hay cuatro detenidos").
# A crowd is no one held: with a noun that counts anyone ("hay más de 10.000 personas" in the square, twenty-second
# session), the state word says custody only when a word of custody, captivity or our events follows in the clause
# ("hay al menos 700 personas detenidas", "quedan 40 personas dentro").
@fragment STATE_CROWD
  (?!(?:\s+\S+){1,4}?\s+(?:personas|gente|individuos)\b(?![^.;:]{0,100}?(?:detenid|arrestad|pres[oa]s|retenid|secuestrad|rehen|cautiv|carcel|prision|penal|celda|custodia|encarcel|recluid|liber|excarcel|dentro|encerrad|en\s+manos|en\s+poder|a\s+bordo)))
@rule es.held.state trigger event=held state=1
  \b(?:hay(?!\s+(?:que|quien|quienes)\b)|existen|quedan)\b{STATE_CROWD}
  + en Ñuñoa hoy hay cuatro detenidos => _=hay
  + quedan 40 presos
  - hayan liberado
  # "hay que" is a duty and "hay quien" someone, not people in a state
  - tampoco hay que confundir 300 manifestantes con presos
  - los convocantes calculan que hay más de 10.000 personas en la plaza
  + hay al menos 700 personas detenidas por las protestas => _=hay

@rule es.detention.verb trigger event=detention
  # a warrant is no arrest ("libró 83 órdenes de aprehensión": es.subject.warrants counts the served ones), and
  # people "bajo arresto" are held (es.held.under_arrest)
  \b(?<!ordenes\sde\s)(?<!orden\sde\s)(?<!mandamientos\sde\s)(?<!bajo\s)
  # "se detuvo en 41" is stopping; the impersonal "se detuvo a 40 personas" names whom, with "a"
  (?!(?<=\bse\s)(?:detuv|detien|detend)\w*\b(?!\s+a\b))
  (?:detuv\w+|detienen?|deten(?:er|ido|ida|idos|idas|cion|ciones)(?!\s+(?:preventiva|arbitraria)?\s*(?:centros?|carcel))(?!\s+(?:politic[oa]s|de\s+conciencia)\b)|arrest\w+|captur\w+|aprehend\w+|aprehension(?:es)?|apres\w+|encarcel(?:o|aron|ar)
     |recaptur\w+|redadas?|se\s+llevaron\s+(?:detenid[oa]s\s+)?a{NUMSTART}|atrap(?:o|aron)(?:\s+a)?{NUMSTART}|llevad[oa]s\s+a\s+(?:la\s+|una\s+)?comisaria|fueron\s+pres[oa]s|secuestr(?:o|aron|ad[oa]s)|(?:fueron|han\s+sido|habian\s+sido|resultaron)\s+intervenid[oa]s)\b
  + la policía detuvo a 120 manifestantes
  - el recuento de la comisión se detuvo en 41 liberados
  + el jueves se detuvo a 40 personas en la plaza => _=detuvo
  + La policía detiene a 50 personas en la capital => _=detiene
  + 300 personas fueron arrestadas
  + la detención de 40 estudiantes
  + la recaptura de al menos 28 privados de libertad => _=recaptura
  + 193 personas fueron intervenidas por la policía => _=fueron intervenidas
  - la empresa intervenida por el Estado
  - la determinación
  + se llevaron a once muchachos => _=se llevaron a
  - se llevaron los documentos
  + la policía atrapó a 30 ladrones => _=atrapó a
  + 120 personas fueron llevadas a la comisaría => _=llevadas a la comisaría
  - un juez libró 30 órdenes de aprehensión
  - ya no quedan bajo arresto más de 20

# People counted for something that is none of our events.
@rule es.other.verb trigger event=none
  \b(?:sin\s+ser\s+(?:detenid|arrestad|aprehendid)[oa]s?|desplegad[oa]s|movilizad[oa]s|muertes|balead[oa]s|muert[oa]s?|murieron|muri[oó]|fallecid[oa]s|fallecieron|asesinad[oa]s|mataron|herid[oa]s|lesionad[oa]s|(?<!\so\s)(?<!\su\s)desaparecid[oa]s|desplazad[oa]s|evacuad[oa]s|marcharon|se\s+concentraron|se\s+congregaron|se\s+reunieron|protestaron|manifestaron|votaron|participaron|asistieron|ejecutad[oa]s|no\s+(?:volvieron|regresaron|retornaron|se\s+presentaron)|liberar\s+(?:espacio|plazas|cupos|camas)|(?:han\s+sido\s+|fueron\s+|habian\s+sido\s+)?(?:agredid|golpead|atacad)[oa]s|(?:los\s+)?(?:procesos|expedientes|casos)\s+de(?=\s+(?:\d[\d.,]*|(?:{NUMWORD}))\s+(?!(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE_OTHER})\b))|(?:sigu\w*|permanec\w*|continu\w*)\s+desplegad[oa]s
     # people who escaped are no one's release ("300 reos que se fugaron siguen prófugos")
     |(?:se\s+)?fug(?:aron|o|ado|ados|adas)|evadid[oa]s|(?:se\s+)?evadieron|profug[oa]s
     # los muertos por el verbo compuesto o abatidos (sesión veintiuna): "asegura haber ejecutado a 50 rehenes", "27 milicianos abatidos"
     |abatid[oa]s|decapitad[oa]s|(?:haber|ha|han|habia|habian|habria|habrian)\s+(?:ejecutado|asesinado|matado|abatido|decapitado)
     # a los enfermos se los cuenta por la enfermedad: "12 reclusos dieron positivo", "30 presos contagiados"
     |(?:dieron|han\s+dado|habian\s+dado|dio)\s+positivo|contagiad[oa]s|infectad[oa]s|se\s+contagiaron|se\s+infectaron)\b
  + dejó 300 muertos
  + el grupo asegura haber ejecutado a 50 rehenes => _=haber ejecutado
  + 27 milicianos fueron abatidos => _=abatidos
  + 300 reos que se fugaron el lunes => _=se fugaron
  + 12 internos de dos penales dieron positivo => _=dieron positivo
  + 30 guardias contagiados => _=contagiados
  + 40 presos siguen prófugos => _=prófugos
  + 40 heridos
  - 600 libaneses siguen presos o desaparecidos
  + unas 150 personas se concentraron frente a la cárcel => _=se concentraron
  + 1.658 presos no volvieron a las unidades => _=no volvieron
  + permitió liberar espacio para el aislamiento => _=liberar espacio
  + 20.000 militares y policías siguen desplegados => _=siguen desplegados
  + 12 personas han muerto bajo custodia => _=muerto
  + 20.000 militares siguen desplegados => _=siguen desplegados
  + 300 menores volvieron a casa sin ser detenidos => _=sin ser detenidos
  + más de 200 muertes de detenidos
  - liberados
  + 20 periodistas fueron agredidos => _=fueron agredidos
  + los expedientes de 468 siguen abiertos => _=los expedientes de
  - los casos de 50 presos políticos

# Gerunds of arrest the verb rule above does not spell ("…, desmantelando el campamento y deteniendo a 200 personas").
@rule es.detention.gerund trigger event=detention
  \b(?:deteniendo|apresando|encarcelando)\b
  + desmantelando el campamento y deteniendo a más de 200 personas => _=deteniendo
  - la detención
