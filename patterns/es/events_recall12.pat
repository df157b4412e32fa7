# Spanish recall rules found missing on the unseen articles 109-118 and the rest of the corpus (twelfth session,
# recall). Each construction has its twins in pt/ and en/events_recall12.pat.

# Staying in a named place of custody, with a time adverbial between ("seguían esta madrugada en el penal", "cinco
# siguen en las celdas de la comisaría", "continúan en el centro de detención"): held. es.held.remain_verb knows only
# a few places; this one takes the whole lexicon and cells.
@rule es.held.remain_in_place trigger event=held
  \b{REMAIN}\s+{VGAP}en\s+(?:(?:el|la|los|las|sus?|aquel|aquella|aquellos|aquellas|es[ea]s?|est[ea]s?|un|una|unos|unas)\s+)?(?:{PRISON_PLACE}|celdas?|comisarias?)\b{NOT_PLACE_OF}
  + los otros tres seguían esta madrugada en el penal de máxima seguridad => _=seguían esta madrugada en el penal
  + cinco de ellos siguen el lunes por la mañana en las celdas => _=siguen el lunes por la mañana en las celdas
  + 40 jóvenes permanecen en el centro de detención => _=permanecen en el centro de detención
  - el caso sigue en la fiscalía
  - la familia permanece en la casa

# What is left of a group in custody, said before the count ("de ese grupo quedan presos unos quince", "aún quedan
# detenidos 30"): held. Only with the count after it or an adverb of "still", since "quedaron detenidos" after the
# people is their arrest.
@rule es.held.left_in_custody trigger event=held fate=1
  \b(?:quedan|quedaban|queda|quedaba)\s+(?:todavia\s+|aun\s+|solo\s+|ya\s+solo\s+)?(?:pres|detenid|encarcelad|recluid|retenid|encerrad)[oa]s?(?={NUMSTART}|\s+(?:unos|unas|mas\s+de|cerca\s+de|casi|alrededor\s+de|al\s+menos|otros|otras|los|las)\s)
  |\b(?:todavia|aun)\s+(?:quedan|quedaban)\s+(?:pres|detenid|encarcelad|recluid|retenid|encerrad)[oa]s\b
  + de ese grupo quedan presos unos quince => _=quedan presos
  + aún quedan detenidos 30 estudiantes => _=aún quedan detenidos
  + quedaban encarcelados 12 => _=quedaban encarcelados
  - 30 manifestantes quedaron detenidos el lunes
  - quedan presos de conciencia en el país

# Going out after the count, free on bail or uncharged ("siete de ellas habían salido sin cargos", "los otros 55 fueron
# saliendo en los días siguientes, unos tras pagar fianza"): a release, whether or not a prison is named.
@rule es.release.left_uncharged trigger event=release
  \b(?:{LEAVE}|(?:fueron|iban|van|fueran)\s+saliendo)(?=[^.;:]{0,80}?\b(?:sin\s+cargos(?!\s+de\b)|bajo\s+fianza|(?:tras|despues\s+de|luego\s+de|al)\s+pagar\s+(?:una\s+|la\s+|sus\s+)?fianzas?|por\s+falta\s+de\s+pruebas)\b)
  + siete de ellas habían salido sin cargos => _=habían salido
  + los otros 55 fueron saliendo en los días siguientes, unos tras pagar fianza => _=fueron saliendo
  - salieron a la calle sin cargos de conciencia.
  - dejaron la sede; la jueza fijó una fianza

# Going out with the count after the verb ("salieron más de 150 personas de Rebeuss y de otras prisiones", "salieron 43
# compañeros de Nayarit, casi todos bajo fianza"): a release when a prison, bail or the lack of charges follows in the
# clause. Only forms of "salir": "dejaron 40 presos en la cárcel" leaves them there.
@rule es.release.left_count_after trigger event=release
  \b(?:sal(?:ieron|ian|en|dran|drian|io|e|ia)|(?:han|habian|habrian|hayan)\s+salido|(?:fueron|iban|van)\s+saliendo)(?=\s+{VGAP}(?:ya\s+)?(?:(?:mas\s+de|unos|unas|cerca\s+de|casi|al\s+menos|otros|otras|los|las|apenas)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])|un\s+(?:centenar|millar)|una\s+(?:decena|docena|veintena|treintena))[^.;:]{0,80}?\b(?:(?:de|del|desde)\s+(?:[\p{L}-]+\s+){0,4}?{PRISON_PLACE}|bajo\s+fianza|sin\s+cargos|en\s+libertad)\b)
  + el jueves salieron más de 150 personas de Rebeuss y de otras prisiones de Dakar => _=salieron
  + el 19 de diciembre salieron 43 compañeros de Nayarit, casi todos bajo fianza => _=salieron
  - salieron 300 personas a la calle para protestar
  - salieron 20 autobuses de la estación

# Custody without bail, said after the count: "12 de ellos ingresaron en prisión sin fianza", "a los 30 detenidos les
# fue denegada la fianza". Those people stay in custody, whatever the noun says of their arrest (fate=1).
@rule es.held.bail_refused trigger event=held fate=1
  \b(?:ingresaron|ingresan|ingresaran|quedaron|quedan|quedaran|fueron\s+enviad[oa]s|enviad[oa]s)\s+(?:a|en)\s+(?:la\s+)?(?:prision|carcel)\s+(?:provisional\s+|preventiva\s+)?(?:comunicada\s+y\s+)?sin\s+(?:derecho\s+a\s+)?fianza\b
  |\bles\s+(?:fue|ha\s+sido|habia\s+sido)\s+(?:denegada|negada|rechazada)\s+la\s+(?:libertad\s+bajo\s+)?fianza\b
  + 12 de ellos ingresaron en prisión provisional sin fianza => _=ingresaron en prisión provisional sin fianza
  + a los 30 detenidos les fue denegada la fianza => _=les fue denegada la fianza
  - quedaron en libertad sin fianza

# Held for questioning, said after the count: "208 personas habían sido retenidas para ser interrogadas" counts
# arrests, whatever "retenidas" says alone (fate=1).
@rule es.detention.held_for_questioning trigger event=detention fate=1
  \b(?:(?:han|habian|hayan|habrian)\s+sido|fueron|son|eran|serian)\s+retenid[oa]s\s+(?:para\s+(?:ser\s+)?interrogad[oa]s|para\s+(?:su\s+)?interrogatorio)\b
  + 208 personas habían sido retenidas para ser interrogadas => _=habían sido retenidas para ser interrogadas
  - siguen retenidas en la comisaría
  - 201 seguían retenidos para ser interrogados

# Decimotercera sesión (cobertura), en este archivo: un archivo de patrones nuevo hacía fallar test_faults.
# Mandar o devolver a la gente a casa o con sus familias, con las personas entre el verbo y el lugar ("la Cruz Roja
# devolvió a unos 900 antiguos detenidos a sus familias", "4.800 habían sido enviados a sus casas", "otros siete
# fueron entregados a sus familias"): salieron de la custodia, una liberación. Los cuerpos entregados no.
@rule es.release.sent_home trigger event=release
  \b(?:envi(?:o|aron|a|an|aba|aban|ado|ados|ada|adas)|mand(?:o|aron|a|an|aba|aban|ado|ados|ada|adas)|devolvi(?:o|eron)|devuelt[oa]s?|devuelve|devuelven
     |entreg(?:o|aron|a|an|ado|ados|ada|adas)|reunid[oa]s)
   \s+(?!(?:[\w,.-]+\s+){0,4}(?:cuerpos|restos|cadaveres|cenizas)\b)(?:[\w,.-]+\s+){0,6}?
   (?:a\s+(?:sus\s+)?(?:casas?|hogares)|(?:a|con)\s+sus\s+familias|a\s+sus\s+familiares|con\s+sus\s+familiares)\b(?!\s+de\b)
  + la Cruz Roja devolvió a unos 900 antiguos detenidos a sus familias => _=devolvió a unos 900 antiguos detenidos a sus familias
  + unos 4.800 habían sido enviados a sus casas => _=enviados a sus casas
  + otros siete menores fueron entregados a sus familias => _=entregados a sus familias
  + la policía mandó a 60 de ellos a casa => _=mandó a 60 de ellos a casa
  - el ejército entregó los cuerpos de 12 soldados a sus familias
  - mandó una carta a casa de su madre
