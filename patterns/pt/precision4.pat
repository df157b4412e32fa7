# Portuguese: figures that count no one (thirteenth session, precision).

@lexicon EVENT_UNITS event_units.txt

# A figure that counts events ("detidos em mais de 90 manifestações", "os três grandes protestos de Melbourne"):
# the noun, or a word of size or kind and then the noun, right after the figure says what is counted.
@rule pt.veto.event_units veto
  (?:\b(?:{NUMWORD})|(?<![\d.,])(?<![\d.,]\x20)\d(?:[\d.,]|\x20(?=\d))*+)\s+(?:(?:grandes|pequenas|pequenos|distintas|distintos|diferentes|novas|novos|macicas|macicos|massivas|simultaneas|simultaneos|violentas|violentos|pacificas|pacificos|sucessivas|sucessivos|outras|outros)\s+)?(?:{EVENT_UNITS})\b
  + o país aprovou 12 amnistias desde 1975 => _=12 amnistias
  + foram detidos em mais de 90 manifestações em todo o país => _=90 manifestações
  + nos três grandes protestos da semana => _=três grandes protestos
  + depois de 40 rusgas => _=40 rusgas
  + em 235 manifestações realizadas em 67 cidades => _=235 manifestações
  - a polícia deteve 40 manifestantes
  - 40 foram detidos nos protestos
  - outros três manifestantes foram libertados

# A population is no count of people held or freed ("um país de cerca de 100 milhões de habitantes", "uma cidade de
# dois milhões"): the place noun and "de" right before the figure take it.
@rule pt.veto.population veto
  \b(?:pais|nacao|populacao|cidade|localidade|estado|ilha|regiao|provincia)\s+de\s+(?:(?:cerca\s+de|quase|mais\s+de|perto\s+de|aproximadamente|apenas)\s+)?(?:\d[\d.,]*(?:\s+(?:{MULT})\b)?|(?:{NUMWORD})(?:\s+(?:{MULT})\b)?)
  + um país de cerca de 100 milhões de habitantes => _=país de cerca de 100 milhões
  + uma nação de 47 milhões => _=nação de 47 milhões
  + uma população de 3.000 => _=população de 3.000
  - um grupo de 30 presos
  - uma lista de 40 detidos

# Pessoas investigadas, julgadas ou indemnizadas não passaram por nenhum dos nossos eventos ("há pelo menos 30
# suspeitos sob investigação", "169 militantes que continuam a responder em tribunal", "receberam indemnizações"):
# a frase, com o verbo de estado antes dela, não liga o número a "há" nem a "continuam".
@rule pt.other.investigated trigger event=none fate=1
  \b(?:(?:estao|estavam|continuam\s+a|continuavam\s+a|seguem|ficam|permanecem)\s+)?(?:sob\s+investigacao|a\s+ser\s+investigad[oa]s|sendo\s+investigad[oa]s|(?:responder|respondem|respondendo|respondiam|responderao)\s+(?:em\s+tribunal|em\s+juizo|na\s+justica|a\s+justica|perante\s+(?:a\s+justica|o\s+tribunal|os\s+tribunais|o\s+juiz))|(?:enfrentam|enfrentarao|enfrentavam)\s+julgamento|vao\s+a\s+julgamento)\b
  + há pelo menos 30 suspeitos sob investigação => _=sob investigação
  + 169 militantes que continuam a responder em tribunal => _=continuam a responder em tribunal
  + 40 pessoas vão a julgamento => _=vão a julgamento
  - 40 pessoas continuam presas à espera de julgamento
  - a investigação concluiu que 40 pessoas foram detidas
@rule pt.other.compensated trigger event=none fate=1
  \breceberam\s+(?:(?:uma|a|as|suas|sua)\s+)?(?:indemnizac(?:ao|oes)|indenizac(?:ao|oes)|compensac(?:ao|oes)|reparac(?:ao|oes)|pagamentos?|pensoes|desculpas)\b
  + cerca de 60.000 pessoas receberam indemnizações => _=receberam indemnizações
  - receberam 95 presos no aeroporto

# O que uma troca dá em contrapartida também sai em liberdade: "libertou 1.150 presos em troca de três soldados
# capturados", "a libertação de 33 reféns a troco de cerca de 1.900 presos" (libertados, diga o que disser o seu
# particípio ou o seu nome).
@rule pt.release.in_exchange trigger event=release
  \b(?:em\s+troca|a\s+troco)\s+d(?:e|o|a|os|as)(?=\s)
  + Israel libertou 1.150 presos em troca de três soldados => _=em troca de
  + a libertação de 33 reféns a troco de cerca de 1.900 presos => _=a troco de
  - uma troca de tiros

# Quem está por libertar continua preso: "há ainda pelo menos 2.000 pessoas por libertar", "300 presos à espera de
# serem libertados". A frase depois do número (fate=1) vence a palavra de libertação que contém e as de antes.
@rule pt.held.yet_to_be_freed trigger event=held fate=1
  \b(?:(?<!acabou\s)(?<!acabaram\s)(?<!acabam\s)(?<!acaba\s)(?<!terminou\s)(?<!terminaram\s)(?<!optou\s)(?<!optaram\s)por\s+(?:libertar|soltar)(?!\s+(?:\d|(?:{NUMWORD})\b|a|o|os|as|um|uma|uns|umas|mais|cerca|pelo|todos|todas|esses|essas|estes|estas|seus|suas)\b)|a\s+espera\s+d(?:e|a)\s+(?:sua\s+)?(?:libertacao|ser(?:em)?\s+libertad[oa]s|ser(?:em)?\s+solt[oa]s)|(?:aguardam|aguardavam|esperam)\s+(?:a\s+)?(?:sua\s+)?(?:libertacao|ser(?:em)?\s+libertad[oa]s))\b
  + há ainda pelo menos 2.000 pessoas por libertar => _=por libertar
  + 300 presos à espera de serem libertados => _=à espera de serem libertados
  + 40 detidos aguardam a libertação => _=aguardam a libertação
  - 40 presos foram libertados
  - perto de 40 mil acabaram por ser libertados
  - o governo acabou por libertar 40 presos
  - decidiu-se por libertar os 40 presos
