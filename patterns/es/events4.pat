# Spanish event vocabulary found missing on the blind articles 74-78: people taken to police stations in the plural
# or without an article, releases with the terms said at once (bail, no charges).

# Taken to police stations is an arrest, whichever station and however many ("llevados a comisarías").
@rule es.detention.taken_to_station trigger event=detention
  \b(?:llevad|trasladad|conducid)[oa]s\s+(?:hasta|a)\s+(?:(?:la|las|una|distintas|varias|diferentes|dos|tres)\s+)?(?:comisarias?|dependencias\s+policiales|estaciones\s+de\s+policia|cuarteles\s+policiales)\b
  + unos 60 jóvenes fueron llevados a distintas comisarías del centro => _=llevados a distintas comisarías
  + 12 vecinas trasladadas a la comisaría de Vallecas
  - llevaron comida a la comisaría

# A release with its terms right after the verb ("dejó en libertad bajo fianza", "excarceló sin cargos"): the terms
# belong to the verb, so a count after them is still its object.
@rule es.release.on_terms trigger event=release
  \b(?:(?:dej|pus)(?:o|ieron|aron)\s+en\s+libertad|liber(?:o|aron)|excarcel(?:o|aron)|solt(?:o|aron))\s+(?:bajo\s+(?:fianza|caucion|palabra)|con\s+medidas\s+cautelares|sin\s+cargos)
  + el tribunal dejó en libertad bajo fianza a 14 estudiantes => _=dejó en libertad bajo fianza
  + la fiscalía liberó sin cargos a 9 jornaleros
  - pidió la libertad bajo fianza de los 14


# Prisoners who leave a place are released ("unos 80 presos políticos abandonaron la Casa Central", "cinco presos
# dejaron el país"), as "salieron" already says; leaving off a strike or leaving letters says nothing.
@rule es.release.left_place trigger event=release
  \b(?:{PEOPLE_HELD}|{PEOPLE_DETAINED})\s+(?:ya\s+|tambien\s+|finalmente\s+)?(?:dejaron|dejo|dejan|abandonaron|abandono|habian\s+dejado|habian\s+abandonado)(?=\s+(?:la|el|las|los)\s+(?!(?:huelga|huelgas|familia|familias|cartas?|mensajes?|recados?|pertenencias|objetos)\b))
  + unos 80 presos políticos abandonaron la Casa Central de Conakry => _=presos políticos abandonaron
  + cinco presos dejaron el país rumbo a México => _=presos dejaron
  - los presos dejaron la huelga de hambre
  - los detenidos dejaron cartas a sus familias

# A verb of remaining right before the count says people are there ("en el estadio permanecían 4.000 detenidos",
# "siguen 40 detenidos en la comisaría"): held, whatever the noun's own event word says, as "hay" does.
@rule es.held.remain_before trigger event=held state=1
  \b(?:permanec(?:en|ian|ieron|ia|e)|siguen|seguian|continuan|continuaban)(?:\s+(?:todavia|aun|hoy|ahora|ya))?(?=\s+(?:(?:unos|unas|mas\s+de|cerca\s+de|al\s+menos|casi|otros|otras|apenas|solo)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + en el cuartel permanecían 2.300 detenidos, según el parte => _=permanecían
  + siguen todavía 40 detenidos en la comisaría => _=siguen todavía
  - permanecieron cerrados
  - siguen siendo 40

# People who stay in police stations or cells ("siguen en comisarías", "permanecían todavía en los calabozos"): held.
@rule es.held.remain_in trigger event=held
  \b(?:siguen|seguian|sigue|seguia|permanecen|permanecian|continuan|continuaban)\s+(?:(?:aun|todavia|entonces|hoy|ya)\s+)?en\s+(?:las\s+|los\s+|una\s+)?(?:comisarias?|calabozos?|celdas?)
  + 25 jóvenes siguen todavía en comisarías => _=siguen todavía en comisarías
  - volvieron a la comisaría

# People hanged or put to death are counted for something else ("Dos hombres fueron ahorcados en enero"), as
# "ejecutados" is.
@rule es.other.hanged trigger event=none
  \b(?:ahorcad[oa]s?|ahorc(?:o|aron)|llevad[oa]s?\s+a\s+la\s+horca)\b
  + dos hombres fueron ahorcados en enero => _=ahorcados
  - la horca del pueblo
