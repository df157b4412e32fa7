# Portuguese counts: number words, collective words, qualifiers, people nouns, non-people units.
# Rules match the folded text (lower case, no accents) unless marked exact.

# "quatrocentas e vinte e seis", "dezessete", "dois mil": never a bare connector "e", never a bare "milhões".
# A comma after "mil"/"milhão" goes on with the same number when a hundreds word follows ("oito mil, novecentos e
# cinquenta e um"): one count, not two.
@rule pt.number.words number
  (?<![\p{L}\d-])(?<!\d\s)(?<!\bmil\se\s)(?!(?:e|milhao|milhoes|duzias|dezenas|centenas)(?![\p{L}]))(?<num>{NUMWORD}(?:(?:\s+e\s+|\s+|-|(?<=\bmil|\bmilhao|\bmilhoes),\s+(?=(?:cem|cento|(?:duz|trez|quatroc|quinh|seisc|setec|oitoc|novec)ent[oa]s)\b)){NUMWORD})*)(?![\p{L}\d])
  + cerca de duas centenas de jovens => num=duas centenas
  + três dezenas de presos => num=três dezenas
  - centenas de presos
  - dezenas de detidos
  + quatrocentas e vinte e seis pessoas => num=quatrocentas e vinte e seis
  + quatrocentos e vinte presos => num=quatrocentos e vinte
  + dezessete presos políticos => num=dezessete
  + dezassete luso-venezuelanos => num=dezassete
  + duzentas mulheres => num=duzentas
  + dois mil presos => num=dois mil
  + mil seiscentos e trinta e seis detidos => num=mil seiscentos e trinta e seis
  + oito mil, novecentos e cinquenta e um detidos => num=oito mil, novecentos e cinquenta e um
  + dois mil, três deles menores => num=dois mil
  + mil ucranianos => num=mil
  + vinte e sete detenções => num=vinte e sete
  + cento e trinta e cinco detidos => num=cento e trinta e cinco
  - a sexta noite
  - dezenas de presos
  - milhares de pessoas
  - presos e detidos
  - 2 mil e quinhentos presos

@rule pt.collective.100 collective value=100
  \buma\s+centena\b
  + mais de uma centena de adolescentes
  - centenas de presos
@rule pt.collective.10 collective value=10
  \buma\s+dezena\b
  + uma dezena de dirigentes
  - dezenas de detidos
@rule pt.collective.12 collective value=12
  \buma\s+duzia\b
  + uma dúzia de ativistas
  - dúzias de ativistas
@rule pt.collective.6 collective value=6
  \bmeia\s+duzia\b
  + meia dúzia de estudantes
  - uma dúzia
# "uma quinzena de reféns" is about fifteen; "uma quinzena de dias" / "a primeira quinzena de julho" a fortnight.
@rule pt.collective.15 collective value=15
  \buma\s+quinzena\b(?!\s+de\s+(?:dias|semanas|(?:{MONTH}))\b)
  + recebeu uma quinzena de reféns libertados => _=uma quinzena
  - passou uma quinzena de dias no hospital
  - a primeira quinzena de agosto
@rule pt.collective.20 collective value=20
  \buma\s+vintena\b
  + uma vintena de presos
  - vintenas
# "uma trintena de detidos", "uma cinquentena": about thirty, about fifty (twelfth session, recall).
@rule pt.collective.30 collective value=30
  \buma\s+trintena\b
  + uma trintena de estudantes
  - trintenas
@rule pt.collective.50b collective value=50
  \buma\s+cinq?uentena\b
  + uma cinquentena de presos
  - cinquentenas
@rule pt.collective.50 collective value=50
  \bmeia\s+centena\b
  + meia centena de presos
  - uma centena
@rule pt.collective.500 collective value=500
  \bmeio\s+milhar\b
  + meio milhar de estudantes
  - milhares de estudantes
# "meio milhão de pessoas", "um milhão e meio": a fração faz parte do número (sessão vinte e um); "milhão" sozinho
# lia 1.000.000.
@rule pt.collective.500000 collective value=500000
  \bmeio\s+milhao\b
  + mais de meio milhão de pessoas => _=meio milhão
  - um milhão de pessoas
@rule pt.collective.1500000 collective value=1500000
  \b(?:um|1)\s+milhao\s+e\s+meio\b
  + um milhão e meio de pessoas => _=um milhão e meio
  - um milhão de pessoas
# "Só um continua detido": after "só" and right before a verb saying what happened to them, "um" is a count of one
# person, not an article.
@rule pt.collective.one collective value=1 q=exact
  (?<=\bso\s|\bapenas\s|\bsomente\s|\bunicamente\s)(?:um|uma)(?=\s+(?:continua|segue|permanece|esta|ficou|foi)\s)
  + Só uma continua detida => _=uma
  + apenas um permanece preso => _=um
  - uma continua detida
  - apenas uma pessoa
@rule pt.collective.1000 collective value=1000
  \bum\s+milhar\b
  + um milhar de detidos
  - milhares de detidos

@rule pt.qual.at_least qualifier q=at_least
  \b(?:pelo\s+menos|ao\s+menos|no\s+minimo|nada\s+menos\s+(?:de|que|do\s+que)|nao\s+menos\s+(?:de|que|do\s+que)|um\s+minimo\s+de)\b{NUMSTART}
  + pelo menos 800 pessoas
  + ao menos 14 pessoas
  + no mínimo 30 presos
  + pelo menos dezessete presos
  - menos de 30
  - pelo menos alguns
@rule pt.qual.more_than qualifier q=more_than
  \b(?:mais\s+de|mais\s+do\s+que|acima\s+de|superior\s+a
     # "a contagem ultrapassa já os 700": a verb of exceeding, an adverb, the article of the figure
     |(?:supera|superam|superava|superou|ultrapassa|ultrapassam|ultrapassava|ultrapassou|excede|excedeu)(?:\s+ja)?(?:\s+(?:os|as))?
     # "passa de 13 mil o total de detidos", "passa dos cem" (not "passou de 300 para 500", a change)
     |(?:passa|passam|passava|passavam)(?:\s+ja)?\s+d(?:e|os|as)(?!\s*[\d.]+\s+(?:a|para)\s+\d))\b{NUMSTART}
  + passa de 13 mil o total de detidos => _=passa de
  - o número passou de 300 para 500 detidos
  + o número de detidos ultrapassa já os 900 => _=ultrapassa já os
  + a lista supera as 300 pessoas => _=supera as
  - supera as expectativas
  + mais de 400 detidos
  + acima de 800
  + mais de uma centena de adolescentes
  - mais tarde
  - mais 303 militares
@rule pt.qual.approx qualifier q=approx
  \b(?:cerca\s+de|aproximadamente|aprox|uns|umas|quase|em\s+torno\s+de|por\s+volta\s+de|perto\s+de|ao\s+redor\s+de|mais\s+ou\s+menos|na\s+casa\s+d[eo]s?|na\s+ordem\s+de|da\s+ordem\s+de|algo\s+como|estimad[oa]s\s+em|(?:ronda|rondam|rondava|rondavam|rondaria|rondariam)\s+(?:os|as))(?![\p{L}])\.?{NUMSTART}
  + cerca de 30 mulheres
  # thirtieth session: a verb of hovering around a figure
  + a população carcerária ronda os 86 mil presos => _=ronda os
  + aproximadamente 9 mil palestinianos
  + uns 200 eram presos
  + quase 1 200 presos políticos
  + em torno de 500
  + por volta de 40 pessoas
  + perto de 300 detidos
  + aprox. 70 reféns
  - perto de Washington
  - cerca da prisão
@rule pt.qual.at_most qualifier q=at_most
  \b(?:ate)(?![\p{L}])(?=\s*(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + até 80 pessoas
  - até a noite de domingo
  - até dezembro
# A cap: the speaker holds the figure down (cap=1: under an earlier, higher figure of another source it disputes).
@rule pt.qual.cap qualifier q=at_most cap=1
  \b(?:no\s+maximo|um\s+maximo\s+de|quando\s+muito
     # "não foram libertadas mais de 25 mil", "não passam de 3 mil": "more than", negated, bounds from above
     |(?:nao|nunca|jamais|em\s+nenhum\s+momento)(?:\s+(?!so\b|somente\b|apenas\b|que\b|e\b|mas\b|porque\b)\p{L}+){0,3}?\s+mais\s+d[eo]
     |nao\s+(?:passa|passam|passava|passavam|passou|passaram|supera|superam|superou|ultrapassa|ultrapassam|ultrapassou|excede|excedem)(?:\s+d(?:e|os|as))?(?:\s+(?:os|as))?)(?![\p{L}])(?=\s*(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + não foram libertadas mais de 25 mil pessoas => _=não foram libertadas mais de
  + as detenções não passam de 3 mil => _=não passam de
  + afirmou que não mais de mil pessoas => _=não mais de
  - não só foram detidas mais de 300 pessoas
  - não podemos esquecer que mais de 1.100 pessoas continuam presas
  + no máximo 200 delas
  + quando muito 30 seguem nas celas => _=quando muito
  - até 80 pessoas
@rule pt.qual.less_than qualifier q=less_than cap=1
  \b(?:menos\s+de|menos\s+do\s+que|abaixo\s+de|inferior\s+a
     # "não chegam a 60 os que saíram": not reaching the figure
     |nao\s+(?:chega|chegam|chegava|chegavam|chegou|chegaram|atinge|atingem|atingiu)\s+(?:a|aos|as))(?![\p{L}]){NUMSTART}
  + não chegam a 60 os que saíram em liberdade => _=não chegam a
  + menos de 200 presos políticos
  - ao menos 100
  - pelo menos 100
@rule pt.qual.exact qualifier q=exact
  \b(?:apenas|so|somente|unicamente|exatamente|exactamente|um\s+total\s+de|no\s+total|ao\s+todo|tao\s+so)\b{NUMSTART}
  + apenas 50 pessoas
  + só 12 presos
  + um total de 80
  - somente uns 200
  - apenas isso

# People nouns after a count. The held/detention nouns also say the event when no event word is near.
# A quoted figure ("mais de 70" pessoas) keeps its noun: the quote mark may sit between them.
@rule pt.subject.people subject
  (?<![\p{L}])(?:"\s*)?(?:(?:d[oa]s|de\s+[oa]s|de)\s+)?(?:(?:{ADJ})\s+)?(?:{PEOPLE})\b(?:\s+{ADJ})?
  + 24 presos políticos
  + 80 pessoas
  + 66 venezuelanos
  + 9 de os excarcerados
  + 13 reféns israelenses
  - 24 prisões
# Gentilics in -enses ("los 40 bonaerenses", "23 catarinenses"): people of a town or a region, which no list can
# hold (nineteenth session, peoplelex); forensic, military and circus adjectives are not people.
@rule pt.subject.gentilic subject
  (?<![\p{L}])(?!(?:forenses|castrenses|circenses)\b)\p{L}{2,}enses\b
  + os 40 paraenses => _=paraenses
  + 23 catarinenses
  - 12 forenses
  - 30 censos
@rule pt.subject.held subject event=held
  (?<![\p{L}])(?:"\s*)?(?:de\s+)?(?:{PEOPLE_HELD})\b(?:\s+{ADJ})?
  + 800 presos políticos
  + 20 reféns
  + 40 mil reclusos
  - 20 pessoas
@rule pt.subject.detained subject event=detention
  (?<![\p{L}])(?:"\s*)?(?:de\s+)?(?:{PEOPLE_DETAINED})\b(?!\s+(?:politic[oa]s|de\s+opiniao))(?:\s+{ADJ})?
  + 300 detidos
  + 37 detidos por motivos políticos => _=detidos por motivos políticos
  - 300 pessoas
# Event nouns counted themselves ("20 mil detenções", "143 solturas"): the noun is what is counted, and its event
# is the count's, whatever happened later to the people.
@rule pt.subject.detention_noun subject event=detention act=1
  \b(?:detencoes|capturas|rusgas)\b(?:\s+{ADJ})?
  + cerca de 20 mil detenções na Cisjordânia
  - detenção
@rule pt.subject.release_noun subject event=release
  \b(?:libertacoes|solturas|excarceracoes|excarcelacoes)\b(?:\s+verificadas|\s+confirmadas)?
  + 143 solturas verificadas
  - soltura
# "222 deles", "200 delas": a part of people named before.
@rule pt.subject.of_them subject
  \b(?:deles|delas|dentre\s+eles|dentre\s+elas)\b
  + 222 deles tinham sido soltos
  - delegados
# "45 dos 60 detidos": a part of a group counted right after it (the word "dos" is the part's noun).
@rule pt.subject.part_of subject part=1
  \bd[oa]s(?=\s+(?:\d[\d.,]*|(?:{NUMWORD})(?:\s+e\s+(?:{NUMWORD}))*)\s+(?:{PEOPLE}|{PEOPLE_OTHER})\b)
  + foram soltos 45 dos 60 detidos
  - dos presos
# "200 eram presos políticos": the noun after a copula; the event comes from the event word.
@rule pt.subject.copula subject
  \b(?:eram|sao|seriam|serao|sejam)\s+(?:de\s+)?(?:{PEOPLE})\b
  + uns 200 eram presos políticos
  + 200 delas serão de presos políticos
  - eram muitos
# "1.000 o número de pessoas": the noun that the figure counts, stated after it.
@rule pt.subject.number_of subject
  \b(?:o|a)\s+(?:numero|total|quantidade|contagem|cifra)\s+de\s+(?!(?:{PEOPLE_HELD}|{PEOPLE_DETAINED})\b)(?:{PEOPLE})\b
  + aproximadamente 1.000 o número de pessoas que continuam
  - o número de casos
  - 3 mil o número de presos políticos
@rule pt.subject.number_of_held subject event=held
  \b(?:o|a)\s+(?:numero|total|quantidade|contagem|cifra)\s+de\s+(?:{PEOPLE_HELD})\b(?:\s+{ADJ})?
  + estima em 3 mil o número de presos políticos
  - o número de pessoas
@rule pt.subject.number_of_detained subject event=detention
  \b(?:o|a)\s+(?:numero|total|quantidade|contagem|cifra)\s+de\s+(?:{PEOPLE_DETAINED})\b(?:\s+{ADJ})?
  + eleva para 400 o número de detidos
  - o número de presos
# "the real number is only 50": a bare figure stated as the number of something counted before; "o número real de
# detidos é de cerca de 200" also says what is counted.
@fragment FIGURE = (?:a\s+cifra|o\s+numero|o\s+total|o\s+balanco|a\s+contagem|a\s+soma|a\s+quantidade)(?:\s+(?:real|verdadeir[oa]|oficial|final|exat[oa]))?
@fragment FIGURE_IS = \s+(?:e|era|seria|sera|foi|ascende\s+a|chega\s+a|chegou\s+a|atinge|atingiu|alcanca|alcancou|sobe\s+para|subiu\s+para|eleva-se\s+a|se\s+eleva\s+a|passa\s+para|passou\s+para|fica\s+em|ficou\s+em|(?:caiu|desceu|baixou|diminuiu|aumentou|cresceu|recuou)\s+para|(?:tinha|havia|ja\s+tinha)\s+(?:subido|aumentado|crescido|chegado)\s+(?:para|a))(?![\p{L}])(?:\s+de)?\s*(?:(?:so|apenas|somente|cerca\s+de|aproximadamente|quase|mais\s+de|menos\s+de|pelo\s+menos|ao\s+menos|uns|umas|perto\s+de|em\s+torno\s+de)\s*)?
@rule pt.subject.figure subject pre=1 frame=1
  \b{FIGURE}(?:\s+de\s+(?!(?:{PEOPLE_HELD}|{PEOPLE_DETAINED})\b)(?:{PEOPLE})(?:\s+[a-z-]+)?)?{FIGURE_IS}
  + o número real é de apenas 50
  + o total chega a 120
  + o número tinha subido para 1.200
  + o número era de 1.211 em dezembro
  + o número real de pessoas libertadas é de 80
  - o número de mortos
# "podem ser até 8 mil", "as detenções não passam de 3 mil": a bare figure stated as what the people or acts
# counted before may number; the event comes from the sentence.
@rule pt.subject.may_number subject pre=1
  \b(?:(?:podem|poderao|poderiam|podiam|devem|deviam)\s+ser(?:\s+ate|\s+mais\s+de|\s+cerca\s+de)?|nao\s+passa(?:m|vam|riam)?\s+de)(?=\s*"?\s*(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + Os militares em cativeiro "podem ser até 8 mil" => _=podem ser até
  + as detenções "não passam de 3 mil" => _=não passam de
  - podem ser libertados
@rule pt.subject.figure_held subject pre=1 event=held
  \b{FIGURE}\s+de\s+(?:{PEOPLE_HELD})(?:\s+{ADJ})?(?:\s+(?:n[ao]s?|em)\s+\p{L}+)?{FIGURE_IS}
  + o número real de presos políticos é de 900
  + O número de presos políticos na Venezuela caiu para 800
  - o número real é de 50
@rule pt.subject.figure_detained subject pre=1 event=detention
  \b{FIGURE}\s+de\s+(?:{PEOPLE_DETAINED}|detencoes|prisoes)(?:\s+{ADJ})?{FIGURE_IS}
  + o número real de detidos é de cerca de 200
  - o número real de presos é de 200

# Um número que faz parte de um nome ("o Grupo dos 7", "G-20") não conta ninguém.
@rule pt.veto.name veto exact
  \b(?:Grupo|Clube|Comitê|Conselho)\s+d(?:os|e)\s+\d+\b(?![\d.,]*\s+[a-záéíóúâêôãõç]+\s+(?:foram|têm\s+sido)\b) | \bG-?\d{1,2}\b
  + O Grupo dos 7 pediu a libertação
  + a cúpula do G-20
  - um grupo de 30 presos
  - Grupo de 30 presos foram libertados

# Uma proporção ("1 em cada 4 presos") não conta ninguém. (Os ex-presos: pt.subject.former26 em precision26.pat.)
@rule pt.veto.ratio veto
  \b(?:\d+|{NUMWORD})\s+(?:em|de)\s+cada\s+(?:\d+|{NUMWORD})\b
  + 1 em cada 4 presos
  + um em cada cinco detentos
  - 4 presos
  - 300 presos políticos

# "120 casos de pessoas que continuam presas", "45 casos de detenção arbitrária": cases of people, or of custody,
# count people, not things (twelfth session, recall); other cases (of torture, of covid) stay units.
@fragment CASES_OF_PEOPLE = (?!(?<=casos)\s+de\s+(?:(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED})\b|(?:detencao|detencoes|prisao\s+arbitraria|prisoes\s+arbitrarias|encarceramento|privacao\s+de\s+liberdade)\b))
@rule pt.veto.units veto
  (?<![\d.,])(?<![\d.,]\x20)\d(?:[\d.,]|\x20(?=\d))*+\s+(?:(?:diferentes|distint[oa]s)\s+)?(?:{UNITS})\b{CASES_OF_PEOPLE} | \b(?:{NUMWORD})\s+(?:(?:diferentes|distint[oa]s)\s+)?(?:{UNITS})\b{CASES_OF_PEOPLE}
  - documentámos 45 casos de pessoas que continuam presas
  - registou 45 casos de detenção arbitrária
  + registou 45 casos de tortura
  + libertados em 3 cadeias
  + presas nas 182 unidades do estado
  + detidos em quatro delegacias
  + três dias
  + 24 horas
  + 64 trocas
  + a Rússia devolveu 45 corpos de soldados
  + dois presídios
  - 24 presos

@rule pt.veto.law veto
  \b(?:artigo|art\.|lei|decreto(?:-lei)?|resolucao|numero|n\.o\.?|processo|caso|inciso|capitulo|sentenca|portaria|paragrafo|alinea)\s*\d[\d.,/-]*
  + o artigo 44 da Constituição
  + a Lei 1.234
  + o artigo 225.º do Código Penal
  + n.º 5
  - 24 presos

# "nº 5" (the folded copy would read "no 5", which is also "in the 5")
@rule pt.veto.number_sign veto exact
  (?<![\p{L}])[Nn]\.?\s?[º°]\s*\d[\d.,/-]*
  + a portaria nº 5
  - no 5 de julho

# "várias centenas" is no figure at all.
@rule pt.veto.vague veto
  \b(?:varios|varias|alguns|algumas)\s+(?:centenas|milhares|dezenas|(?:{NUMWORD}))\b
  + várias centenas de detidos
  + alguns milhares de presos
  - centenas de detidos
# Capacity of a prison is not a count of people in it.
@rule pt.veto.capacity veto
  \b(?:capacidade|lotacao)\s+(?:maxima\s+)?(?:para|de)\s+(?:cerca\s+de\s+|mais\s+de\s+|ate\s+|aproximadamente\s+)?\d+(?:[.,\x20]\d{3})*(?:\s+(?:mil|milhoes))?
  + uma mega-prisão com capacidade para 40 mil reclusos
  - 40 mil reclusos

# A reporting verb governs the counts of its own clause only.
@rule pt.clause clause
  (?:,|;|:|(?<=\s)-)\s*(?:mas(?!\s+que\b)|porem|embora|enquanto|no\s+entanto|contudo|todavia|entretanto)\b | ;\s | \bmas\b(?!\s+que\b) | \benquanto\b | ,\s*(?:onde|em\s+que|na\s+qual|no\s+qual)\b
  + diz que libertou 100, mas o número real é de 50
  - afirmou que a decisão era positiva, mas que 30 pessoas continuam presas
  + 80 saíram; no entanto
  + enviaram 1.500 militares para a fronteira, onde 230 migrantes foram detidos
  + o governo fala em 400, porém
  - mascarados

# A part of a group counted before: "de esses 553, no máximo 200", "entre os detidos há uma dezena".
@rule pt.partitive partitive
  \b(?:d(?:esses|essas|estes|estas)|de\s+(?:esses|essas|estes|estas|os|as)|entre\s+(?:os|as|esses|essas|estes|estas)|(?<=\d\x20|\bum\x20|\buma\x20|\bdois\x20|\bduas\x20|\btres\x20|\bquatro\x20|\bcinco\x20|\bseis\x20|\bsete\x20|\boito\x20|\bnove\x20|\bdez\x20|\bonze\x20|\bdoze\x20|\bquinze\x20|\bvinte\x20|\btrinta\x20|\bquarenta\x20|\bcinquenta\x20|\bsessenta\x20|\bsetenta\x20|\boitenta\x20|\bnoventa\x20|\bcem\x20|\bcentena\x20|\bcentenas\x20|\bdezena\x20|\bdezenas\x20|\bmetade\x20|\bmaioria\x20)d(?:os|as)(?=\s+(?:cerca\s+de\s+|perto\s+de\s+|quase\s+|mais\s+de\s+|aproximadamente\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}]))))\b(?!\s+(?:(?:ultim[oa]s|anteriores|passad[oa]s)\s+)?(?:dias|semanas|meses|anos|horas)\b)
  + Desses 553, no máximo 200
  - outras 187 de as semanas anteriores
  + entre os detidos há uma dezena
  - deles
  - dos presos
  + Perto de 300 das cerca de 680 pessoas detidas => _=das
  + 2 das 9 foram soltas
  + cerca de uma centena dos 132 estrangeiros => _=dos
  + oitenta dos 240 mineiros => _=dos
  + Três dos quatro saíram em liberdade ontem => _=dos
  + dois dos três libertados morreram depois => _=dos
  - dois dos seus companheiros
  - a libertação dos 240 mineiros
  - a libertação dos 9 presos

# The whole counted just before, named as a total ("Desse total, 188 estavam presos", "Deste número, 40 ..."): with
# whole=1 the first count after it takes the event of the latest claim (claims.c, S_partitive).
@rule pt.partitive.total partitive whole=1
  \b(?:d(?:esse|este|aquele|essa|esta|aquela)|de\s+(?:esse|este|aquele|essa|esta|aquela))\s+(?:total|numero|grupo|conjunto|balanco)\b
  + Desse total, segundo o ministério, 188 => _=Desse total
  + deste número, 40 eram mulheres => _=deste número
  - o total de presos

# "a soltura de outros 33": palavras entre o evento e a contagem que nada somam ao número
@rule pt.qual.other qualifier q=exact other=1 gate=1
  \b(?:outros|outras|outro|outra|demais|restantes|adicionais)\b{NUMSTART}
  + ordenou a soltura de outros 33 detidos
  - outros presos

# Mandados de prisão cumpridos contam detenções: "a PF cumpriu 93 mandados de prisão".
@rule pt.subject.warrants subject event=detention
  (?<![\p{L}])mandados\s+de\s+(?:prisao|detencao|captura)(?:\s+preventiva|\s+temporaria)?\b
  + a PF cumpriu 93 mandados de prisão preventiva
  - um mandado de prisão

# People who are none of ours unless an event word sits right beside them: police, troops, lawmakers, voters,
# crowds ("227 deputados pediram", "2.500 policiais"). "16.813 manifestantes foram detidos" stays a detention.
@rule pt.subject.other subject event=none
  (?<![\p{L}])(?:"\s*)?(?:(?:d[oa]s|de)\s+)?(?:{PEOPLE_OTHER})\b(?:\s+{ADJ})?
  + 227 deputados do Parlamento iraniano
  + cerca de 2.500 policiais civis
  + 16.813 manifestantes foram detidos => _=manifestantes
  - 24 presos políticos

# "A população prisional fixava-se a 31 de julho em cerca de 11 mil reclusos": a population is the people held.
@rule pt.subject.population subject pre=1 event=held
  \b(?:a\s+)?populacao\s+(?:prisional|carceraria|reclusa|penitenciaria)(?:\s+[\p{L}-]+){0,6}?\s+(?:era|e|foi|fixava-se|fixa-se|fixou-se|situava-se|situa-se|ascendia|ascende|chegou|chegava|chega|atingiu|atingia|atinge|ronda|rondava|supera|superava|superou|soma|somava|caiu|desceu|subiu|cresceu)\b(?:\s+(?:a|em)\s+\d{1,2}\s+de\s+\p{L}+)?(?:\s+(?:de|a|em|para|ate|os|as|aos|as))?
  + a população prisional fixava-se a 31 de julho em cerca de 11 mil reclusos => _=a população prisional fixava-se a 31 de julho em
  + a população prisional do país era de 12 mil
  + a população carcerária chega a 85 mil pessoas => _=a população carcerária chega a
  + a população prisional caiu para cerca de 31 mil => _=a população prisional caiu para
  + a população prisional do estado chega a 23 mil => _=a população prisional do estado chega a
  - a população civil

# Um atributo das pessoas não diz quantas são: "a idade média dos detidos era de 17", "o mais novo dos presos
# tinha 14". As palavras do meio não podem ter um número (esse conta).
@rule pt.veto.attribute veto
  \b(?:idade\s+(?:media|mediana)|media\s+de\s+idades?|idades|(?:o|a)\s+mais\s+(?:nov[oa]|jovem|velh[oa]))\b(?:\s+(?!(?:{NUMWORD})\b)[\p{L}'-]+){0,7}?\s+(?:era|e|foi|sao|eram|estava\s+em|esta\s+em|situa-se\s+em|situava-se\s+em|rondava|ronda|oscila\s+entre|oscilava\s+entre|oscilam\s+entre|variam\s+entre|variavam\s+entre|vao\s+de|tinha|tem)\s+(?:de\s+)?(?:uns\s+|apenas\s+|so\s+|menos\s+de\s+|mais\s+de\s+)?(?:\d{1,3}|{NUMWORD})(?![\d.,]?\d)(?:\s+(?:e|a)\s+(?:os\s+)?(?:\d{1,3}|{NUMWORD}))?
  + a idade média dos detidos era de 17 => _=idade média dos detidos era de 17
  + o mais novo dos presos tinha 14
  + as idades variam entre 15 e 19
  + a média de idade dos reclusos é de vinte e dois
  - a idade média dos 300 detidos
  - 300 detidos, com 17 anos de média

# Uma meta ou quota não conta ninguém detido nem libertado: "uma meta de 3 mil detenções por dia".
@rule pt.veto.target veto
  \b(?:como\s+(?:meta|objetivo)\s+|(?:meta|objetivo|quota|cota)s?\s+(?:(?:diaria|semanal|mensal|anual|minima)s?\s+)?(?:de|era\s+de|e\s+de|fixad[oa]\s+em|de\s+chegar\s+a)\s+)(?:pelo\s+menos\s+|uns\s+|umas\s+|ate\s+|mais\s+de\s+)?(?:\d[\d.,]*(?:\s+{MULT}(?![\p{L}]))?|(?:{NUMWORD})(?:\s+(?:{NUMWORD})){0,3})(?![\d.,]?\d)
  + fixou à agência uma meta de 3 mil detenções por dia => _=meta de 3 mil
  + impuseram-lhes uma quota diária de cinquenta prisões
  + o objetivo é de 1 milhão de deportações
  + tem como objetivo 1 milhão de deportações por ano => _=como objetivo 1 milhão
  - 3.000 pessoas foram detidas na meta da corrida
  - cumprido o objetivo, 300 presos foram libertados

# "Os três reféns são Ana Ruiz, ...": o artigo e o número nomeiam pessoas já contadas; o que se segue diz quem
# são, não é um número novo.
@rule pt.veto.enumeration veto exact
  (?<![\p{L}])(?:[Oo]s|[Aa]s|[Ee]stes|[Ee]stas|[Ee]sses|[Ee]ssas)\s+(?:\d{1,2}|{NUMWORD})(?=(?:\s+[\p{Ll}-]+){1,3}\s+(?:são|eram|foram)\s*:?\s+\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}|\s*,|\s+e\s+\p{Lu}))
  + os três reféns são Keith Siegel, Ofer Kalderon e Yarden Bibas => _=os três
  + As duas presas libertadas eram Ana, professora, e Luísa
  - os três reféns eram Israelitas
  - os três reféns foram entregues à Cruz Vermelha
  - três reféns são Keith Siegel, Ofer Kalderon e Yarden Bibas

# Uma contagem de votos não conta pessoas presas: "por 9 votos a favor, 4 contra e 1 abstenção",
# "aprovada com 12 a favor e 3 contra" (o número não leva substantivo, então nada mais o descarta).
@rule pt.veto.votes veto
  (?<![\d.,])\d[\d.,]*\s+(?:votos?\s+)?(?:a\s+favor|contra(?=\s*(?:[,;.]|e\s|$))|abstencoes|abstencao|em\s+branco)\b | \b(?:{NUMWORD})\s+(?:votos?\s+)?(?:a\s+favor|contra(?=\s*(?:[,;.]|e\s|$))|abstencoes|abstencao)\b
  + aprovada por 9 votos a favor, 4 contra e 1 abstenção => _=9 votos a favor
  + com 12 a favor e 3 contra. => _=12 a favor
  + houve duas abstenções => _=duas abstenções
  - 40 presos contra os quais não havia provas
  - 12 detidos
