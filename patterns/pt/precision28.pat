# Portuguese precision, twenty-eighth session (tests in tests/test_precision28.c).

# O desdobramento de um grupo por sexo, idade ou nacionalidade não é uma contagem própria: "109 pessoas - 49 homens
# e 60 mulheres -", "14 estrangeiros: dez chineses, três japoneses e um indonésio", "os outros eram dez chineses,
# três japoneses e um indonésio". O total do grupo é a afirmação; as partes dizem quem eram. A lista é uma série de
# número + núcleo (uma palavra de sexo ou idade, ou um gentílico no plural) unida por vírgulas e "e"; depois de uma
# marca de aposto (travessão, dois-pontos, parêntese, "entre eles", "incluindo", "dos quais") bastam dois
# elementos, sem marca são precisos três. O núcleo é fechado, por isso "12 foram presos e 5 soltos" ou "30 feridos
# e 12 detidos" (um verbo ou uma palavra do evento depois do número) não são desdobramento e mantêm os números.
@fragment BRK28_N = (?:\d+(?:[.,]\d{3})*|(?:{NUMWORD})(?:\s+(?:e\s+)?(?:{NUMWORD}))?)
@fragment BRK28_HEAD
  (?:homens|mulheres|criancas|menores|adolescentes|jovens|idosos|meninos|meninas
    |russos|turcos|checos|belgas|suicos|gregos|arabes|indianos|sirios|libios|egipcios|indonesios|coreanos|brasileiros
    |israelitas|israelenses|iranianos
    |\p{L}{2,}(?:anos|anas|enses|eses|esas|inos|inas|enos|enas|itas|aes|oes))(?![\p{L}])
@fragment BRK28_ITEM = {BRK28_N}\s+{BRK28_HEAD}
@fragment BRK28_LAST = (?:{BRK28_ITEM}|(?:um|uma)\s+\p{L}{3,}(?:-\p{L}+)*(?![\p{L}]))
@rule pt.veto.breakdown28 veto
  (?:(?<=\s)-|:|\(|\b(?:entre\s+(?:eles|elas)|incluindo|inclusive|dos\s+quais|das\s+quais)\b,?)\s*\K{BRK28_ITEM}(?:\s*,\s*{BRK28_ITEM})*\s*,?\s+e\s+{BRK28_LAST}
  + a policia processou 109 pessoas - 49 homens e 60 mulheres - durante a madrugada => _=49 homens e 60 mulheres
  + seguiam a bordo 14 estrangeiros: dez chineses, tres japoneses e um indonesio => _=dez chineses, tres japoneses e um indonesio
  + foram libertados 14 estrangeiros, entre eles dez chineses e tres japoneses => _=dez chineses e tres japoneses
  - 12 pessoas foram presas e 5 soltas
  - os confrontos deixaram 30 feridos e 12 detidos
  - 40 manifestantes foram detidos: 12 na segunda e 28 na terca
@rule pt.veto.breakdown28_bare veto
  (?<![\p{L}\d])\b{BRK28_ITEM}\s*,\s*{BRK28_ITEM}(?:\s*,\s*{BRK28_ITEM})*\s*,?\s+e\s+{BRK28_LAST}
  + os outros da lista eram dez chineses, tres japoneses e um indonesio => _=dez chineses, tres japoneses e um indonesio
  - dez chineses e tres japoneses foram detidos
  - a policia prendeu 12 homens, soltou 5 mulheres e ouviu 3 menores

# An ordinal written with a dot and a masculine or feminine ordinal sign ("34.º", "2.ª", folded to "34.o", "2.a"),
# as Spanish and Portuguese print it and translated text carries it, counts no one. veto.ordinal takes the sign
# glued to the digits ("3er", "2a", "6th"); the dot between them left "34.º aniversário" a release of 34.
@rule pt.veto.ordinal_dot28 veto
  (?<![\d.,])\d{1,3}\.[oa]s?(?![\p{L}\d])
  + o 34.º aniversario da independencia => _=34.º
  + a 2.ª fase da troca => _=2.ª
  - foram libertados 34. Outros
