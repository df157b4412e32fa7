# Spanish precision, twenty-eighth session (tests in tests/test_precision28.c).

# El desglose de un grupo por sexo, edad o nacionalidad no es una cifra propia: "109 personas -49 hombres y 60
# mujeres-", "seis extranjeros -tres estadounidenses, dos españoles y un checo-", "los otros eran diez chinos, tres
# japoneses y un indonesio". El total del grupo es la afirmación; las partes dicen quiénes eran. La lista es una
# serie de cifra + núcleo (una palabra de sexo o edad, o un gentilicio en plural) unida por comas e "y"; tras una
# marca de aposición (raya, dos puntos, paréntesis, "entre ellos", "incluidos", "de los cuales") bastan dos
# elementos, sin marca hacen falta tres. El núcleo es cerrado, así que "12 fueron detenidos y 5 liberados" o "30
# heridos y 12 detenidos" (un verbo o una palabra del evento tras la cifra) no son desglose y conservan sus cifras.
@fragment BRK28_N = (?:\d+(?:[.,]\d{3})*|(?:{NUMWORD})(?:\s+(?:y\s+)?(?:{NUMWORD}))?)
@fragment BRK28_HEAD
  (?:hombres|mujeres|varones|ninos|ninas|menores|adolescentes|jovenes|ancianos
    |rusos|turcos|checos|belgas|suizos|griegos|arabes|indios|sirios|libios|egipcios|indonesios|coreanos
    |\p{L}{2,}(?:anos|anas|enses|eses|esas|inos|inas|enos|enas|itas|ies|oles|olas|ecos|ecas))(?![\p{L}])
@fragment BRK28_ITEM = {BRK28_N}\s+{BRK28_HEAD}
@fragment BRK28_LAST = (?:{BRK28_ITEM}|(?:un|una)\s+\p{L}{3,}(?:-\p{L}+)*(?![\p{L}]))
@rule es.veto.breakdown28 veto
  (?:(?<=\s)-|:|\(|\b(?:entre\s+(?:ellos|ellas)|incluid[oa]s|incluyendo|de\s+(?:los|las)\s+cuales)\b,?)\s*\K{BRK28_ITEM}(?:\s*,\s*{BRK28_ITEM})*\s*,?\s+(?:y|e)\s+{BRK28_LAST}
  + la policia proceso a 109 personas -49 hombres y 60 mujeres- durante la noche => _=49 hombres y 60 mujeres
  + anuncio la captura de seis extranjeros -tres estadounidenses, dos espanoles y un checo- acusados de espionaje => _=tres estadounidenses, dos espanoles y un checo
  + fueron liberados 14 extranjeros, entre ellos diez chinos y tres japoneses => _=diez chinos y tres japoneses
  - 12 personas fueron detenidas y 5 liberadas
  - los disturbios dejaron 30 heridos y 12 detenidos
  - 40 manifestantes fueron detenidos: 12 el lunes y 28 el martes
@rule es.veto.breakdown28_bare veto
  (?<![\p{L}\d])\b{BRK28_ITEM}\s*,\s*{BRK28_ITEM}(?:\s*,\s*{BRK28_ITEM})*\s*,?\s+(?:y|e)\s+{BRK28_LAST}
  + los demas de la lista eran diez chinos, tres japoneses y un indonesio => _=diez chinos, tres japoneses y un indonesio
  - diez chinos y tres japoneses fueron detenidos
  - la policia detuvo a 12 hombres, libero a 5 mujeres y interrogo a 3 menores

# An ordinal written with a dot and a masculine or feminine ordinal sign ("34.º", "2.ª", folded to "34.o", "2.a"),
# as Spanish and Portuguese print it and translated text carries it, counts no one. veto.ordinal takes the sign
# glued to the digits ("3er", "2a", "6th"); the dot between them left "34.º aniversário" a release of 34.
@rule es.veto.ordinal_dot28 veto
  (?<![\d.,])\d{1,3}\.[oa]s?(?![\p{L}\d])
  + el 34.º aniversario de la independencia => _=34.º
  + la 2.ª fase del canje => _=2.ª
  - fueron liberados 34. Otros
