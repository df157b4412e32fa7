# Português: palavras de evento que dizem outra coisa, e exigências (décima quarta sessão, números).

@lexicon DOC_WORDS document_words.txt

# "Liberar" um documento é torná-lo público: "a polícia liberou as imagens de 30 detidos", "contra 75 na lista que
# liberou em março". mask=1: a frase vence a palavra de libertação que contém e depois sai, de modo que o resto da
# frase diz o que aconteceu ao número.
@rule pt.mask.made_public trigger event=none mask=1
  \b(?:libera(?:r|ram|va|vam|m|do|da|dos|das|ra|ria|riam|ndo)?|liberou|liberem?|liberacao\s+d[aeo]s?)\s+(?:(?:o|a|os|as|um|uma|uns|umas|seu|sua|seus|suas|novo|nova|novos|novas|ultimo|ultima|ultimos|ultimas|oficial|oficiais|completo|completa|primeiro|primeira|parcial|atualizado|atualizada)\s+){0,3}(?:{DOC_WORDS})\b
  |\b(?:{DOC_WORDS})\s+(?:(?:que|a\s+qual|o\s+qual)\s+)?(?:(?:(?:o|a|os|as)\s+[a-z]+|ela|ele)\s+)?(?:(?:tinha|tinham|foi|foram|havia)\s+)?(?:liberou|liberaram|liberado|liberada|liberados|liberadas)\b
  + a polícia liberou as imagens de 30 detidos na manifestação => _=liberou as imagens
  + o grupo conta 90 presos, contra 75 na lista que liberou em março => _=lista que liberou
  + segundo os dados liberados pelo ministério => _=dados liberados
  + depois da liberação dos nomes de 12 soldados => _=liberação dos nomes
  - a polícia liberou 30 detidos
  - a lista de presos libertados na segunda-feira
  - foram liberados depois de conferir os números

# Quem pretende trocar os seus por outros pede que estes saiam: os que espera receber continuam presos ("a guerrilha
# queria trocar os reféns por cerca de 500 combatentes presos"). A frase acaba em "por" e fica logo antes do número;
# um número dentro dela (uma oferta de libertar tantos) não é dela.
@rule pt.held.swap_plan trigger event=held demand=1
  \b(?:pretend(?:e|em|ia|iam|eu|eram)|quer(?:ia|iam|eria|eriam)|quer|querem|quis|quiseram|busca(?:va|vam|m)?|prop(?:oe|oem|unha|unham|os|useram)|ofere(?:ce|cem|cia|ciam|ceu|ceram)|exig(?:e|em|ia|iam|iu|iram)|tent(?:a|am|ava|avam|ou|aram))\s+(?:trocar|permutar|cambiar)\b
  (?:\s+[^\s\d.;:,]+){1,6}?\s+por\b
  + a guerrilha queria trocar os reféns por cerca de 500 combatentes presos => _=queria trocar os reféns por
  + o grupo propunha permutar os dois soldados por 300 presos => _=propunha permutar os dois soldados por
  - Israel trocou três soldados por 1.000 presos
  - ofereceu trocar 1.000 presos por um soldado

# A idade do mais novo ou do mais velho de um grupo não é um número de pessoas ("detidos nas rusgas e libertados, o
# mais novo deles com 14", "o mais velho dos presos tinha 81"). O número segue "tinha", "com" ou "de", nunca
# diretamente "dos": "o mais velho dos 30 presos" mantém o seu número.
@rule pt.veto.age_extreme veto
  \b(?:o|a)\s+(?:mais\s+nov[oa]|mais\s+velh[oa]|mais\s+jovem|mais\s+idos[oa]|cacula)
  (?:\s+(?:deles|delas|de\s+todos|de\s+todas|(?:dos|das)\s+[a-z]+))?,?\s+
  (?:(?:tinha|tem|tinham|com|de|apenas|so|somente)\s+){1,2}
  (?:\d{1,3}|(?:{NUMWORD}))\b
  + detidos nas rusgas e libertados, o mais novo deles com 14 => _=o mais novo deles com 14
  + o mais velho dos presos tinha 81 => _=o mais velho dos presos tinha 81
  + a mais nova, com apenas 9, voltou para casa => _=a mais nova, com apenas 9
  - o mais velho dos 30 presos foi libertado
  - um número mais velho de 300 detidos
