# Portuguese event vocabulary found missing on the blind articles 79-88 (ninth session): custody begun, surrender,
# and people counted for something that is no event of ours (escapes, crowds).

# Custody begun is a detention, not a state: "1.220 foram colocados sob custódia policial", "a polícia pôs 48
# manifestantes sob custódia". Staying in custody ("continuam em custódia policial") is held
# (pt.held.whose_custody). Custody of children is none.
@rule pt.detention.placed_custody trigger event=detention
  \b(?:(?:colocad|post|levad)[oa]s?|(?:colocou|colocaram|pos|puseram|levou|levaram)\s+(?:[\w,.-]+\s+){0,3}?)\s*(?:sob|em)\s+(?:a\s+)?custodia(?!\s+d[oa]s?\s+(?:filh|menor|crianc))\b
  + cerca de 900 deles foram colocados sob custódia policial => _=colocados sob custódia
  + a polícia pôs 48 manifestantes sob custódia => _=pôs 48 manifestantes sob custódia
  - o juiz deixou as crianças sob a custódia dos filhos mais velhos
  - 40 pessoas continuam em custódia policial

# Giving oneself up is the start of a detention: "outros 19 entregaram-se aos militares", "acabaram por se
# entregar". Handing over prisoners ("entregaram 30 presos à Cruz Vermelha") is another thing, so only the
# reflexive forms.
@rule pt.detention.surrender trigger event=detention
  \b(?:se\s+(?:entreg(?:aram|ou|ar|am|a)|renderam|rendeu)|entreg(?:aram|ou|ar)-se|rend(?:eram|eu)-se)\b
  + outros 19 entregaram-se à polícia nessa noite => _=entregaram-se
  + os últimos 12 acabaram por se entregar ao amanhecer => _=se entregar
  - o governo entregou 30 presos à Cruz Vermelha

# Escaping custody or filling a square is no event of ours: "184 detentos escaparam de duas unidades", "cerca de
# 300 mil pessoas acorreram às marchas".
@rule pt.other.crowd trigger event=none
  \b(?:escap(?:aram|ou|ados|adas)|acorreram|sairam\s+(?:as|a)\s+(?:ruas?|marchar|protestar)|tomaram\s+parte)\b
  + 184 detentos escaparam de duas unidades => _=escaparam
  + cerca de 300 mil pessoas acorreram às marchas => _=acorreram
  - 300 presos foram soltos

# Estar de novo em casa é uma libertação: "nove dos doze já dormem em casa", "os 40 estudantes passaram a noite em
# casa". A prisão domiciliária ("detidos em casa", "confinados em casa") é outra coisa.
@rule pt.release.at_home trigger event=release
  \b(?:ja\s+)?(?:dormem|dormiram|dormirao|dormiam|passaram\s+a\s+noite|passam\s+a\s+noite|passarao\s+a\s+noite|estao\s+de\s+volta|estao\s+de\s+novo)\s+(?:em|a|n[ao]s?)\s+(?:suas?\s+)?(?:casas?|lares?)\b
  + sete dos nove ativistas já dormem em casa => _=já dormem em casa
  + os 40 estudantes passaram a noite em suas casas => _=passaram a noite em suas casas
  + 15 deles estão de volta a casa => _=estão de volta a casa
  - 12 opositores continuam detidos em casa

# Uma pena mais curta não é ainda uma libertação: "1.691 detentos tiveram a pena reduzida", "viram as penas
# reduzidas".
@rule pt.other.sentence_cut trigger event=none
  \b(?:tiveram|tem|terao|obtiveram|viram)\s+(?:a|as|sua|suas)\s+(?:penas?|condenacoes|condenacao)\s+(?:reduzidas?|encurtadas?|comutadas?)\b
  + cerca de 1.200 detentos tiveram a pena reduzida pela lei => _=tiveram a pena reduzida
  - 1.200 detentos foram libertados pela lei

# Perder a liberdade é uma detenção: "mais de 300 pessoas foram privadas de liberdade durante o protesto". O
# particípio só ("300 privados de liberdade", "continuam privados de liberdade") continua a ser um estado
# (pt.held.verb); a forma composta, mais longa, ganha a essa.
@rule pt.detention.deprived trigger event=detention
  \b(?:foram|foi|tem\s+sido|tinham\s+sido|tinha\s+sido|haviam\s+sido)\s+privad[oa]s?\s+d[ae]\s+(?:sua\s+)?liberdade\b
  + umas 300 pessoas foram privadas de liberdade durante o protesto => _=foram privadas de liberdade
  + 41 estudantes tinham sido privados da sua liberdade => _=tinham sido privados da sua liberdade
  - 300 privados de liberdade continuam na cadeia

# Quem beneficia de um indulto sai: "a amnistia, de que beneficiam cerca de 300 reclusos". Só com um nome de
# presos depois do número: "beneficiam 300 famílias" de um programa social não é uma soltura.
@rule pt.release.benefit_inverted trigger event=release
  \b(?:se\s+)?beneficia(?:m|ram|rao|riam|ria|ra)?(?:-se)?(?=\s+(?:(?:cerca\s+de|uns|umas|mais\s+de|quase|perto\s+de|ate|pelo\s+menos)\s+)?(?:\d[\d.,]*|(?:{NUMWORD}))\s+(?:(?:{PEOPLE_HELD})\b|presos|reclusos|detidos))
  + o indulto, de que beneficiam cerca de 300 reclusos => _=beneficiam
  + beneficiaram-se 45 presos políticos => _=beneficiaram-se
  - beneficiam 300 famílias do programa

# Uma contagem de presos "à data de" um dia é uma fotografia dos detidos nesse dia, não de detenções: "o grupo
# contou 52 jornalistas presos na Bielorrússia à data de 1 de março".
@rule pt.held.as_of trigger event=held
  \b(?:encarcerad|detid|pres|reclus)[oa]s\s+(?:(?:n[oa]s?|em)\s+[\p{L}-]+\s+)?a\s+data\s+(?:de|do|da)\b
  + contou 52 jornalistas presos na Bielorrússia à data de 1 de março => _=presos na Bielorrússia à data de
  - 52 foram detidos na segunda-feira
