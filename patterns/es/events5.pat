# Spanish event vocabulary found missing on the blind articles 79-88 (ninth session): custody begun, surrender,
# and people counted for something that is no event of ours (escapes, crowds).

# Custody begun is a detention, not a state: "1.220 fueron puestos bajo custodia policial", "la policía puso a 48
# manifestantes bajo custodia". Staying in custody ("siguen en custodia policial") is held (es.held.whose_custody).
# Custody of children is none.
@rule es.detention.placed_custody trigger event=detention
  \b(?:(?:puest|colocad)[oa]s?|(?:puso|pusieron|coloco|colocaron|ponen|pone)\s+a\s+(?:[\w,.-]+\s+){0,3}?)\s*(?:bajo|en)\s+(?:la\s+)?custodia(?!\s+de\s+(?:sus|los|las|su)\s+(?:hij|menor|nin))\b
  + unos 900 de ellos fueron puestos bajo custodia policial => _=puestos bajo custodia
  + la policía puso a 48 manifestantes bajo custodia => _=puso a 48 manifestantes bajo custodia
  - el juez dejó a los niños bajo la custodia de sus hijos mayores
  - 40 personas siguen en custodia policial

# Giving oneself up is the start of a detention: "otros 19 se entregaron a los militares", "terminaron
# entregándose". Handing over prisoners ("entregaron a 30 presos a la Cruz Roja") is another thing, so only the
# reflexive forms.
@rule es.detention.surrender trigger event=detention
  \b(?:se\s+(?:entreg(?:aron|o|ara|aran|an|a)|rindieron|rindio)|entregandose|entregarse|rindiendose)\b
  + otros 19 se entregaron a la policía esa noche => _=se entregaron
  + los últimos 12 terminaron entregándose al amanecer => _=entregándose
  - el gobierno entregó a 30 presos a la Cruz Roja

# Escaping custody or filling a square is no event of ours: "184 reclusos escaparon de dos penales", "unas 300.000
# personas acudieron a las marchas".
@rule es.other.crowd trigger event=none
  \b(?:(?:se\s+)?escap(?:aron|o|ado|ados|adas)|huyeron|acudieron|salieron\s+a\s+(?:la\s+calle|las\s+calles|marchar|protestar)|tomaron\s+parte)\b
  + 184 reclusos escaparon de dos penales => _=escaparon
  + unas 300.000 personas acudieron a las marchas => _=acudieron
  - 300 presos fueron excarcelados

# Estar de nuevo en casa es una excarcelación: "nueve de los doce ya duermen en casa", "los 40 estudiantes pasaron la
# noche en sus casas". El arresto domiciliario ("detenidos en su casa", "confinados en casa") es otra cosa.
@rule es.release.at_home trigger event=release
  \b(?:ya\s+)?(?:duermen|durmieron|dormiran|dormian|pasaron\s+la\s+noche|pasan\s+la\s+noche|pasaran\s+la\s+noche|estan\s+de\s+vuelta|estan\s+de\s+nuevo)\s+en\s+(?:su\s+|sus\s+)?(?:casas?|hogares?)\b
  + siete de los nueve activistas ya duermen en casa => _=ya duermen en casa
  + los 40 estudiantes pasaron la noche en sus casas => _=pasaron la noche en sus casas
  + 15 de ellos están de vuelta en sus hogares => _=están de vuelta en sus hogares
  - 12 opositores siguen detenidos en su casa

# Una pena más corta no es todavía una excarcelación: "1.691 reclusos tuvieron la pena reducida", "vieron reducidas
# sus condenas".
@rule es.other.sentence_cut trigger event=none
  \b(?:tuvieron|tienen|tendran|obtuvieron)\s+(?:la|su|sus|las)\s+(?:penas?|condenas?)\s+(?:reducidas?|rebajadas?|conmutadas?)|vieron\s+(?:reducidas|rebajadas)\s+(?:sus|las)\s+(?:penas|condenas)\b
  + unos 1.200 reclusos tuvieron la pena reducida por la ley => _=tuvieron la pena reducida
  + 300 presos vieron reducidas sus condenas => _=vieron reducidas sus condenas
  - 1.200 reclusos fueron excarcelados por la ley

# Perder la libertad es una detención: "más de 300 personas han sido privadas de libertad durante la protesta".
# El participio solo ("300 privados de libertad", "siguen privados de libertad") sigue siendo un estado
# (es.held.verb); la forma compuesta, más larga, gana a esa.
@rule es.detention.deprived trigger event=detention
  \b(?:(?:han|habian|ha|habia|hayan)\s+sido|fueron|fue)\s+privad[oa]s?\s+de\s+(?:su\s+)?libertad\b
  + unas 300 personas han sido privadas de libertad durante la protesta => _=han sido privadas de libertad
  + 41 estudiantes fueron privados de su libertad => _=fueron privados de su libertad
  - 300 privados de libertad siguen en el penal

# Quienes se benefician de un indulto salen: "la amnistía, de la que se benefician unos 300 reclusos". Solo con
# un nombre de presos tras la cifra: "se benefician 300 familias" de un programa social no es una excarcelación.
@rule es.release.benefit_inverted trigger event=release
  \bse\s+benefic(?:ian|iaron|iaran|iarian|iaria|ia|iara)(?=\s+(?:(?:cerca\s+de|unos|unas|mas\s+de|casi|alrededor\s+de|hasta|al\s+menos)\s+)?(?:\d[\d.,]*|(?:{NUMWORD}))\s+(?:(?:{PEOPLE_HELD})\b|presos|reclusos|detenidos|internos))
  + el indulto, del que se benefician unos 300 reclusos => _=se benefician
  + se beneficiaron 45 presos políticos => _=se beneficiaron
  - se benefician 300 familias del programa

# Un recuento de encarcelados "a fecha de" un día es una foto de los presos de ese día, no de detenciones: "el
# grupo contó 52 periodistas encarcelados en Bielorrusia a fecha de 1 de marzo".
@rule es.held.as_of trigger event=held
  \b(?:encarcelad|detenid|pres|recluid|encerrad)[oa]s\s+(?:en\s+[\p{L}-]+\s+)?(?:a\s+fecha\s+(?:de|del)|con\s+fecha\s+(?:de|del))\b
  + contó 52 periodistas encarcelados en Bielorrusia a fecha de 1 de marzo => _=encarcelados en Bielorrusia a fecha de
  - 52 fueron detenidos el lunes
