# Português: a saída de um cerco ou de uma prisão dita por quem tira os cativos (décima oitava sessão). Uma tomada
# de reféns conta as mesmas pessoas tomadas, retidas e libertadas (events17.pat); estas frases dizem a saída.

# Quem sai com os cativos tira-os: "saiu com 26 reféns", "o mediador saiu com outros onze reféns". O nome dos
# cativos segue a cifra (uma palavra entre eles, no máximo): "saiu com 26 votos" não é ninguém.
@rule pt.release.came_out_with trigger event=release
  \b(?:sa(?:iu|iram|i|em|ia|iam|ira|irao|iria|iriam)|(?:tinha|tinham|havia|haviam|tem|tem)\s+saido|conseguiu\s+sair|conseguiram\s+sair|pode\s+sair|puderam\s+sair)\s+com(?=\s+(?:(?:outros|outras|uns|umas|mais\s+de|cerca\s+de|quase|pelo\s+menos)\s+)?(?:\d[\d.,]*|(?:{NUMWORD})(?![\p{L}]))\s+(?:\p{L}+\s+)?(?:{PEOPLE_HELD}|criancas|mulheres|maes|alunos|alunas|sequestrad[oa]s)\b)
  + o ex-presidente entrou na escola e saiu com 26 reféns => _=saiu com
  + o mediador saiu com outros onze reféns => _=saiu com
  + conseguiram sair com 30 crianças => _=conseguiram sair com
  - o partido saiu com 26 votos
  - saiu com 26 anos de idade

# Pôr em liberdade, no infinitivo depois de outro verbo: "permitira pôr em liberdade, ao longo da semana, 147
# reféns", "decidiu colocar em liberdade 30 presos" (as formas finitas estão em pt.release.freedom).
@rule pt.release.put_free_infinitive trigger event=release
  \b(?:por|colocar|deixar)\s+em\s+liberdade\b(?!\s+(?:de\s+)?(?:imprensa|expressao|condicional))
  + afirmou que a sua mediação permitira pôr em liberdade, ao longo da semana, 147 reféns => _=pôr em liberdade
  + o juiz decidiu colocar em liberdade 30 presos => _=colocar em liberdade
  - lutam por mais liberdade de imprensa

# Uma lista de exigências depois de dois pontos: "as exigências do comando: 50 milhões de dólares, a difusão de um
# manifesto e a libertação de 311 presos". Como pt.held.demand (precision.pat), pedir que saiam diz que continuam
# presos: held. A lista vai dos dois pontos à libertação, sem ponto.
@rule pt.held.demand_list trigger event=held demand=1
  \b(?:exigencias|reivindicacoes|pedidos|caderno\s+reivindicativo)\b[^.;:]{0,60}:[^.;:]{0,160}?\b(?:a|sua)\s+(?:imediata\s+)?(?:libertacao|soltura|liberdade)\b(?=\s+d[eoa]s?\b)
  + as exigências do comando: 50 milhões de dólares, a difusão de um manifesto e a libertação de 311 presos => _=exigências do comando: 50 milhões de dólares, a difusão de um manifesto e a libertação
  - as condições eram duras: a liberdade de imprensa não existia

# A libertação pedida dita pelo seu predicado: "a libertação de mais de uma centena de opositores será uma das
# primeiras exigências no diálogo". O que se exige não aconteceu: held.
@rule pt.held.demand_predicate trigger event=held demand=1
  \b(?:a|sua)\s+(?:libertacao|soltura|liberdade)(?=\s+d[eoa]s?\b[^.;:]{0,100}?\b(?:sera|seria|e|era|foi|sao|serao|continua\s+a\s+ser)\s+(?:(?:uma|outra)\s+das\s+|a\s+|sua\s+)?(?:primeiras\s+|principais\s+|principal\s+|primeira\s+)?(?:exigencias?|condicao|condicoes|reivindicac(?:ao|oes)|pedidos?)\b)
  + a libertação de "mais de uma centena" de opositores detidos será uma das primeiras exigências no diálogo => _=a libertação
  + a libertação de 40 presos é a principal exigência => _=a libertação
  - a libertação de 40 presos foi anunciada ontem

# Sair de dois lugares de prisão nomeados juntos, o primeiro pelo nome próprio: "saíram de Caxias e da prisão de
# Peniche mais de cem presos". O segundo, um lugar da lista (prison_places), diz que o primeiro também o é; como
# pt.release.leave_verb (verbs.pat), uma saída.
@rule pt.release.leave_two_prisons trigger event=release
  \b{LEAVE}\s+{VGAP}de\s+(?:[\p{L}-]+\s+){1,2}e\s+d[ao]s?\s+{PRISON_PLACE}\b{NOT_PLACE_OF}
  + saíram de Caxias e da prisão de Peniche mais de cem presos => _=saíram de Caxias e da prisão
  - saíram de casa e do trabalho

# Uma parte dos beneficiários de um indulto ou de uma amnistia: "13.915 dos beneficiários são reclusos que cumprem
# pena". Como "entre os beneficiários" (events_recall.pat), os beneficiários são os libertados; depois de "dos" a
# palavra dá o seu evento ao grupo do partitivo. Não os de uma ajuda, de um programa ou de uma pensão.
@rule pt.release.of_the_beneficiaries trigger event=release
  (?<=dos\s|das\s)beneficiari[oa]s\b(?!\s+d[oa]s?\s+(?:ajudas?|subsidios?|bolsas?|programas?|planos?|pensao|pensoes|seguros?|prestac|credito|habitacao))
  + 13.915 dos beneficiários são reclusos que cumprem pena => _=beneficiários
  - 200 dos beneficiários do programa de habitação

# Quem fica de fora de uma amnistia ou de um indulto continua preso: "ficariam excluídos da amnistia cerca de sessenta
# militares", "os 40 presos excluídos do indulto". A frase, mais longa que "amnistia" dentro dela (release), dá held.
@rule pt.held.excluded_from_pardon trigger event=held
  \b(?:excluid[oa]s|exclui(?:u|ram|ra|rá|rao)?|ficam\s+de\s+fora|ficaram\s+de\s+fora|ficariam\s+de\s+fora|deixad[oa]s\s+de\s+fora)\s+d[oa]s?\s+(?:(?:nova|novo|atual|ultima|ultimo)\s+)?(?:amnistia|anistia|indulto|perdao|medida\s+de\s+graca|lei\s+de\s+amnistia|lei\s+de\s+anistia)\b
  + ficariam excluídos da amnistia cerca de sessenta militares => _=excluídos da amnistia
  + os 40 presos excluídos do indulto => _=excluídos do indulto
  - os 40 presos abrangidos pelo indulto

# Um particípio de saída coordenado depois do auxiliar de outro: "só 22 dos acusados tinham concluído os trâmites e
# abandonado o centro de detenção". O auxiliar fica para trás (pt.release.leave_verb quere-o a duas palavras no
# máximo); "e" e o particípio bastam, com um lugar de prisão depois.
@rule pt.release.and_left_prison trigger event=release
  (?<=\se\s)(?:abandonado|deixado|saido)\s+{VGAP}(?:(?:d[ao]s?|de|desde\s+[ao]s?|[ao]s?)\s+)?{PRISON_PLACE}\b{NOT_PLACE_OF}
  + só 22 dos acusados tinham concluído os trâmites e abandonado o centro de detenção => _=abandonado o centro de detenção
  - tinham abandonado o centro de detenção
