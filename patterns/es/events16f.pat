# Español: cifras que salían mal (decimosexta sesión, cifras falsas).

# Quien sigue prófugo, en fuga o escondido es justamente quien nadie tiene preso: "otros ocho siguen prófugos",
# "continúan en paradero desconocido". La frase, más larga que el "siguen"/"continúan" de custodia que lleva dentro,
# no liga la cifra a ningún evento.
@rule es.other.at_large trigger event=none
  \b(?:siguen|sigue|seguian|seguia|continuan|continua|continuaban|continuaba|permanecen|permanece|permanecian|permanecia|estan|estaban|esta|estaba|andan|andaban|quedan|quedaban)\s+(?:todavia\s+|aun\s+)?(?:profug[oa]s?|en\s+fuga|fugad[oa]s?|huid[oa]s?|en\s+paradero\s+desconocido|escondid[oa]s?|ocult[oa]s?)\b
  + tres murieron y otros ocho siguen prófugos => _=siguen prófugos
  + cinco continúan en paradero desconocido => _=continúan en paradero desconocido
  + un centenar de jóvenes seguía escondido en el campus => _=seguía escondido
  - ocho siguen presos
  - cinco continúan detenidos en la comisaría

# Los muertos contados por sus cuerpos o restos no son detenidos ni liberados: "los cuerpos de tres soldados", "los
# restos de 199 combatientes" (entregados en canjes junto a presos vivos). Toda cifra de la frase se descarta.
@rule es.veto.remains veto
  \b(?:cuerpos|restos(?:\s+mortales)?|cadaveres)\s+de\s+(?:los\s+|las\s+|unos\s+|unas\s+|al\s+menos\s+)?(?:{NUMWORD}|\d[\d.,]*)(?![\p{L}\d])
  + a cambio de los cuerpos de tres soldados => _=cuerpos de tres
  + trasladó los restos de 199 combatientes => _=restos de 199
  - la liberación de tres soldados
  - entregó los cuerpos y liberó a 199 presos

# Lugares contados como parte de un todo son lugares: "detenidos en 20 de las 32 provincias", "en quince de sus
# 40 cárceles". El todo lleva su cifra: "otras 187 de las semanas previas" (unidad de tiempo) queda como está.
@rule es.veto.part_of_places veto
  (?:\b(?:{NUMWORD})|(?<![\d.,])\d{1,3})\s+de\s+(?:l[ao]s|sus)\s+(?:(?:{NUMWORD})|\d{1,3})\s+(?:{UNITS})\b
  + detenidos en 20 de las 32 provincias => _=20 de las 32 provincias
  + protestas en quince de sus 40 ciudades => _=quince de sus 40 ciudades
  - 20 de los manifestantes fueron liberados
  - 12 de los 50 detenidos
  - añadía otras 187 de las semanas previas
