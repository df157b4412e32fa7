# Español: lo que fue de las personas apresadas, dicho como su custodia (decimoctava sesión, held frente a detention).
# El gold cuenta a quienes siguen presos tras su arresto (en prisión preventiva por orden del juez, durmiendo en la
# cárcel, enviados a un campo) como held, diga lo que diga el sustantivo de cómo llegaron allí (docs/corpus.md, "Gold
# records"); fate=1 deja que la frase pese más que la palabra de detención de la propia cifra (counts.c).

# "el juez decretó la prisión preventiva de 19 de los detenidos", "dictó prisión provisional para 12", "Diecinueve de
# las personas arrestadas duermen ya en prisión preventiva", "enviados a un campo de internamiento".
@rule es.held.kept_after trigger event=held fate=1
  \b(?:decreto|decretaron|decreta|decretan|dicto|dictaron|dicta|dictan|ordeno|ordenaron|ordena|ordenan|(?:ha|han|habia|habian)\s+(?:decretado|dictado|ordenado))\s+(?:el\s+ingreso\s+en\s+)?(?:la\s+)?prision\s+(?:preventiva|provisional)(?:\s+(?:comunicada\s+y\s+)?sin\s+fianza)?\s+(?:de|para|a|contra)\b
  |\b(?:duermen|duerme|dormiran|dormira|dormian|durmieron|(?:van|iran)\s+a\s+dormir)\s+(?:ya\s+|hoy\s+|esta\s+noche\s+)?en\s+(?:la\s+|el\s+|los\s+)?(?:prision|carcel|calabozos?|celdas?)\b
  |\benviad[oa]s\s+a\s+(?:un|el|los|unos)\s+campos?\s+de\s+(?:internamiento|detencion|concentracion|reeducacion|trabajo)\b
  # twenty-ninth session: moved on to a prison ("los 543 restantes fueron trasladados a los reclusorios")
  |\b(?:enviad|trasladad|llevad|remitid|conducid|derivad|ingresad|transferid)[oa]s\s+(?:ya\s+|luego\s+|despues\s+)?(?:a|al|en|hacia)\s+(?:(?:la|las|los|el|un|una|distintas|varias|diferentes)\s+)?(?:prision|prisiones|carcel|carceles|penal|penales|penitenciarias?|reclusorios?|centros?\s+penitenciarios?|presidios?)\b
  # twenty-ninth session: left at a court's or prosecutor's disposal, that is kept for them ("89 de los detenidos
  # quedaron a disposición del Consejo de Menores", "fueron puestos a disposición judicial")
  |\b(?:quedaron|quedan|quedaban|quedo|queda|quedaran|(?:han|habian|hayan)\s+quedado|(?:fueron|son|han\s+sido)\s+puest[oa]s)\s+a\s+(?:la\s+)?disposicion\s+(?:judicial\b|(?:de\s+la|del|de\s+los|de\s+las|de)\s+(?:juez|jueza|jueces|fiscal|fiscales|fiscalia|juzgados?|tribunal(?:es)?|ministerio\s+publico|consejo|autoridad(?:es)?\s+judicial(?:es)?|justicia|audiencia)\b)
  + el juez decretó la prisión preventiva de 19 de los detenidos => _=decretó la prisión preventiva de
  + la jueza dictó prisión provisional sin fianza para 12 => _=dictó prisión provisional sin fianza para
  + Diecinueve de las personas arrestadas duermen ya en prisión preventiva => _=duermen ya en prisión
  + 30 manifestantes dormirán esta noche en el calabozo => _=dormirán esta noche en el calabozo
  + 40 de ellos fueron enviados a un campo de internamiento => _=enviados a un campo de internamiento
  + los 543 restantes fueron trasladados a los reclusorios Norte y Sur => _=trasladados a los reclusorios
  + 40 de los detenidos ingresaron en prisión; otros 12 fueron llevados a la cárcel de Picassent => _=llevados a la cárcel
  + 89 de los detenidos quedaron a disposición del Consejo de Menores => _=quedaron a disposición del Consejo
  + 30 fueron puestos a disposición judicial => _=fueron puestos a disposición judicial
  - fueron trasladados al hospital
  - dormirán en el albergue
  - el juez decretó la libertad de 19

# "al amanecer, más de 200 personas ya estaban en los calabozos": la custodia alcanzada "ya", en una redada que sigue,
# es el recuento de los arrestos hechos hasta entonces (detention); el estado a secas ("estaban bajo custodia") sigue
# siendo held.
@rule es.detention.already_in_custody trigger event=detention
  \b(?:ya\s+(?:estaban|estan|se\s+encontraban|se\s+encuentran)|(?:estaban|estan|se\s+encontraban|se\s+encuentran)\s+ya)\s+(?:bajo\s+custodia|en\s+(?:los\s+)?calabozos|arrestad[oa]s)\b
  + más de 200 personas ya estaban en los calabozos => _=ya estaban en los calabozos
  + 40 estaban ya bajo custodia => _=estaban ya bajo custodia
  - 40 seguían bajo custodia
  - ya están en prisión preventiva
