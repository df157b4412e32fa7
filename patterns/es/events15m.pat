# Spanish: figures missed (fifteenth session).

# Custody entered is a detention, not a state: "cerca de 700 personas acabaron bajo custodia", "220 de ellas
# quedaron bajo custodia policial". A verb of becoming (quedar, acabar, terminar, in a past tense) before the custody
# words says the people were taken in then, as "fueron puestos bajo custodia" does; staying there ("siguen bajo
# custodia", "permanecen en custodia") is held.
@rule es.detention.ended_in_custody trigger event=detention
  \b(?:quedaron|quedo|han\s+quedado|ha\s+quedado|habian\s+quedado|acabaron|acabo|terminaron|termino)\s+(?:bajo|en)\s+(?:la\s+)?custodia(?:\s+(?:policial|militar))?(?!\s+de\s+(?:sus|los|las|su)\s+(?:hij|menor|nin))\b
  + unas 450 personas acabaron bajo custodia durante la noche => _=acabaron bajo custodia
  + de ellos, 130 quedaron bajo custodia policial => _=quedaron bajo custodia policial
  + otros 60 han quedado en custodia tras la marcha => _=han quedado en custodia
  - 40 personas siguen bajo custodia
  - la niña quedó bajo la custodia de sus hijos mayores
