# Reglas de cobertura que faltaban en los artículos no vistos 79-128 (decimotercera sesión, cobertura). Cada
# construcción tiene su gemela en pt/ y en/events_recall13.pat.

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
