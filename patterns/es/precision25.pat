# Spanish: figures that count no one held, freed or detained (twenty-fifth session, precision).

# The dead among the held or freed: "al menos 43 de ellos ya no están con vida", "hallados muertos", "entregó los
# cuerpos de otros ocho", "confirmó la muerte de al menos 41 de ellas". Such a figure counts the dead: a count bound
# to these words gives no record (events.pat's es.other.verb has "muertos", "murieron"; these are what it lacks).
@rule es.other.dead25 trigger event=none
  \b(?:ya\s+no\s+(?:estan|estaban|siguen|seguian|continuan)\s+(?:con\s+vida|vivos|vivas)
     |(?:fueron\s+|han\s+sido\s+)?(?:hallad|encontrad)[oa]s\s+(?:sin\s+vida|muert[oa]s))
  + se cree que al menos 43 de ellos ya no están con vida => _=ya no están con vida
  + cuatro presos trasladados fueron hallados muertos en el furgón => _=fueron hallados muertos
  - 43 de ellos siguen con vida
  - 120 rehenes siguen retenidos

# The bodies handed back or the deaths confirmed are counted by a figure that counts no living person ("entregó los
# cuerpos de otros ocho", "confirmó la muerte de al menos 41 de ellas"): a veto on the figure alone (\K), so a count
# before it keeps its own word.
@rule es.veto.dead_count25 veto
  \b(?:(?:cuerpos|cadaveres|restos(?:\s+mortales)?)\s+de(?:\s+(?:los|las|otros|otras))?|(?:muerte|muertes|asesinato)\s+de\s+(?:al\s+menos|mas\s+de|unos|unas|otros|otras|cerca\s+de|por\s+lo\s+menos))\s+\K(?:\d+(?:[.,]\d{3})*|(?:{NUMWORD})(?![\p{L}]))
  + liberó a 25 rehenes y entregó los cuerpos de otros ocho => _=ocho
  + el Ejército ha confirmado la muerte de al menos 41 de ellas => _=41
  - los cuerpos fueron hallados cerca de los 12 liberados
  - la liberación de al menos 41 de ellas

# Sentences that send nobody to prison: "las otras 84 fueron condenadas a penas alternativas", "a trabajos
# comunitarios". The whole phrase beats the verdict word inside it (longer wins).
@rule es.none.noncustodial25 trigger event=none
  \b(?:(?:fueron|fue|han\s+sido|habian\s+sido|seran)\s+)?(?:condenad|sentenciad)[oa]s?\s+a\s+(?:penas?\s+|trabajos?\s+)(?:alternativas?|no\s+privativas?\s+de\s+(?:la\s+)?libertad|en\s+beneficio\s+de\s+la\s+comunidad|comunitari[oa]s|suspendidas?|de\s+multa)
  + las otras 84 fueron condenadas a penas alternativas => _=fueron condenadas a penas alternativas
  + 12 manifestantes fueron condenados a trabajos comunitarios => _=fueron condenados a trabajos comunitarios
  + nueve condenados a penas no privativas de libertad => _=condenados a penas no privativas de libertad
  - 12 manifestantes fueron condenados a penas de prisión
  - 40 fueron condenados a cinco años

# Taken to hospital said with an infinitive ("al menos siete excarcelados han tenido que ingresar en el hospital"):
# es.other.hospital knows the participle only.
@rule es.other.hospital25 trigger event=none
  \b(?:(?:han|habian|hubieron|tuvieron|tienen|debieron)\s+(?:tenido\s+)?(?:que|de)\s+)?(?:ingresar|ser\s+(?:ingresad|hospitalizad|internad|atendid|trasladad)[oa]s)\s+(?:\S+\s+){0,2}?(?:hospital|hospitales|clinica|clinicas|centro\s+medico|centros\s+medicos)\b
  + al menos siete excarcelados han tenido que ingresar en el hospital => _=han tenido que ingresar en el hospital
  + cuatro tuvieron que ser hospitalizados en el hospital militar => _=tuvieron que ser hospitalizados en el hospital
  - siete excarcelados han tenido que ingresar en prisión

# An age after a name with "años" left out, in a list of names ("Noa Argamani, de 26 años; Almog Meir Jan, de 22;
# Andréi Kozlov, de 27, y Shlomi Ziv, de 41."): the elided age is no count.
@rule es.veto.age_list25 veto exact
  \p{Lu}[\p{L}'-]+,\s\Kde\s\d{1,2}(?![\d.,]\d)(?=\s*[;,)]|\s+y\s|\.(?:\s|$)|$)
  + Almog Meir Jan, de 22; Andréi Kozlov, de 27, y Shlomi Ziv, de 41. => _=de 22
  + y Shlomi Ziv, de 41. => _=de 41
  - liberó en Caracas a 12 presos
  - la lista de 22 presos, de 27
