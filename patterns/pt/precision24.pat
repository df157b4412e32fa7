# Português: números que não contam ninguém (vigésima quarta sessão, precisão).

# O dia do mês depois de uma parte do dia ("Na madrugada de 27, os apoiantes ocuparam", "foram presos na madrugada do
# dia 6", "na noite de 15 para 16"): é uma data dita sem mês, não um número de pessoas. Nunca antes de um substantivo
# de pessoas ("na noite de 33 detidos" contaria).
@rule pt.veto.daypart_day veto
  \b(?:madrugada|manha|tarde|noite|alvorada|anoitecer|amanhecer)\s+(?:de|do)\s+(?:dia\s+)?\d{1,2}+(?![.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE_OTHER})\b)
  + Na madrugada de 27, os seus apoiantes ocuparam a rádio => _=madrugada de 27
  + três foram presos com vida na madrugada do dia 6 => _=madrugada do dia 6
  - a polícia falou na noite de 33 detidos
  - a madrugada de sábado terminou com 40 presos

# Ficar aos cuidados de alguém ("As 103 crianças seguem desde então aos cuidados de um orfanato", "permanecem sob a
# tutela do Estado") é estar assistido, não preso: a frase inteira ganha ao verbo de estado que tem dentro (mais
# longa) e o número que a tem por evento não dá registo. Só depois de um verbo de seguir ou permanecer: "libertados e
# entregues aos cuidados da Cruz Vermelha" continua a ser uma libertação.
@rule pt.none.in_care trigger event=none
  \b{REMAIN}\s+(?:[\p{L}]+\s+){0,3}?(?:aos\s+cuidados|sob\s+(?:os\s+)?cuidados|sob\s+a\s+(?:tutela|protecao)|entregues\s+aos\s+servicos\s+sociais|sob\s+(?:a\s+)?custodia\s+d[oa]s?\s+(?:servicos\s+sociais|protecao\s+de\s+menores|conselho\s+tutelar))\b
  + As 57 crianças continuam sob custódia dos serviços sociais => _=continuam sob custódia dos serviços sociais
  - continuam sob custódia da polícia
  + As 103 crianças seguem desde então aos cuidados de um orfanato => _=seguem desde então aos cuidados
  + permanecem sob a tutela do Estado => _=permanecem sob a tutela
  - continuam detidos sob custódia policial
  - foram libertados e entregues aos cuidados da Cruz Vermelha

# Um ano anterior a 1900 depois de uma preposição ("o Império alemão de 1871", "inaugurada em 1883", "a lei de
# 1798") é uma data, não um número de pessoas: veto.year só conhece 19xx e 20xx. Nunca antes de um substantivo de
# pessoas ("de 1871 detidos" conta).
@rule pt.veto.old_year veto
  (?<=\bde\s|\bdo\s|\bda\s|\bem\s|\bdesde\s|\bate\s)1[5-8]\d\d(?![\d.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE_OTHER}|{act_nouns})\b)
  + defendem que o Império alemão de 1871 continua em vigor => _=1871
  + a ponte, inaugurada em 1883, ficou fechada => _=1883
  - um balanço de 1871 detidos

# "os 90 mineiros presos no poço", "12 pessoas presas nos escombros", "300 motoristas ficaram presos no trânsito":
# "presos" is also "trapped"; with a place of being stuck after it (lexicon trap_places) the people are no one's
# prisoners, and their figure no count (twenty-fifth session).
@rule pt.veto.trapped veto
  (?:\b(?:{NUMWORD})|(?<![\d.,])\d(?:[\d.,]|\x20(?=\d))*+)\s+(?:[\p{L}-]+\s+){1,3}?pres[oa]s\s+(?:n[oa]s?|em|sob|entre)\s+(?:(?:os|as|o|a|um|uma)\s+)?(?:{TRAP_PLACES})\b
  # twenty-ninth session: "os 12 mineiros soterrados foram resgatados", no place named
  |(?:\b(?:{NUMWORD})|(?<![\d.,])\d(?:[\d.,]|\x20(?=\d))*+)\s+(?!(?:{PEOPLE_HELD})\b)(?:{PEOPLE})\s+(?:soterrad[oa]s|encurralad[oa]s)\b(?!\s+(?:pela|pelo|pelos|pelas)\b)
  + tinham saído com vida da mina os 90 mineiros presos no poço => _=90 mineiros presos no poço
  + Os bombeiros retiraram 12 pessoas presas nos escombros do prédio => _=12 pessoas presas nos escombros
  + Cerca de 300 motoristas ficaram presos no trânsito => _=300 motoristas ficaram presos no trânsito
  + Os 12 mineiros soterrados foram resgatados com vida => _=12 mineiros soterrados
  - 12 reféns encurralados pelos sequestradores
  - 90 manifestantes presos na praça
  - 40 presos na mina de ouro ilegal foram levados à delegacia
  - 40 presos nas galerias da penitenciária
  - os 12 presos no presídio
