# Portuguese: figures missed (fifteenth session).

# Custody entered is a detention, not a state: "cerca de 3.000 pessoas ficaram sob custódia policial desde terça",
# "acabaram sob custódia 120 manifestantes". A verb of becoming (ficar, acabar, terminar, in a past tense) before the
# custody words says the people were taken in then, as "foram colocados sob custódia" does; staying there
# ("continuam sob custódia", "permanecem em custódia") is held.
@rule pt.detention.ended_in_custody trigger event=detention
  \b(?:ficaram|ficou|tinham\s+ficado|acabaram|acabou|terminaram|terminou)\s+(?:sob|em)\s+(?:a\s+)?custodia(?:\s+(?:policial|militar))?(?!\s+d[oa]s?\s+(?:filh|menor|crianc))\b
  + perto de 900 pessoas ficaram sob custódia policial no fim de semana => _=ficaram sob custódia policial
  + outros 75 acabaram sob custódia depois do protesto => _=acabaram sob custódia
  - 40 pessoas continuam sob custódia
  - a menina ficou sob a custódia dos filhos mais velhos
