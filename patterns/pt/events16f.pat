# Português: números que saíam errados (décima sexta sessão, números falsos).

# Quem continua foragido, em fuga ou escondido é justamente quem ninguém tem preso: "oito continuam em fuga", "seis
# pessoas continuavam em parte incerta". A frase, mais longa do que o "continuam"/"seguem" de custódia que tem dentro,
# não liga o número a nenhum evento.
@rule pt.other.at_large trigger event=none
  \b(?:continuam|continua|continuavam|continuava|seguem|segue|seguiam|seguia|permanecem|permanece|permaneciam|permanecia|estao|estavam|esta|estava|andam|andavam|ficaram|ficam)\s+(?:ainda\s+)?(?:em\s+fuga|foragid[oa]s?|fugid[oa]s?|a\s+monte|em\s+parte\s+incerta|em\s+paradeiro\s+(?:desconhecido|incerto)|escondid[oa]s?)\b
  + três foram abatidos e oito continuam em fuga => _=continuam em fuga
  + seis pessoas continuavam em parte incerta => _=continuavam em parte incerta
  + uma centena de jovens continuava escondida nos edifícios => _=continuava escondida
  - oito continuam presos
  - seis continuavam detidos na esquadra

# Os mortos contados pelos corpos ou restos mortais não são detidos nem libertados: "os corpos de três soldados", "os
# restos mortais de 59 combatentes" (entregues em trocas ao lado de presos vivos). Todo número da frase cai.
@rule pt.veto.remains veto
  \b(?:corpos|restos(?:\s+mortais)?|cadaveres)\s+d(?:e|os|as)\s+(?:uns\s+|umas\s+|pelo\s+menos\s+)?(?:{NUMWORD}|\d[\d.,]*)(?![\p{L}\d])
  + em troca dos corpos de três soldados => _=corpos de três
  + devolveu os restos mortais de 59 combatentes => _=restos mortais de 59
  - a libertação de três soldados
  - entregou os corpos e libertou 59 presos

# Lugares contados como parte de um todo são lugares: "detidos em 20 das 27 províncias", "em 15 dos seus 40 presídios".
# O todo leva o seu número: "outras 187 das semanas anteriores" (unidade de tempo) fica como está.
@rule pt.veto.part_of_places veto
  (?:\b(?:{NUMWORD})|(?<![\d.,])\d{1,3})\s+d(?:os|as)\s+(?:seus\s+|suas\s+)?(?:(?:{NUMWORD})|\d{1,3})\s+(?:{UNITS})\b
  + detidos em 20 das 27 províncias => _=20 das 27 províncias
  + protestos em quinze dos seus 26 estados => _=quinze dos seus 26 estados
  - 20 dos manifestantes foram libertados
  - 12 dos 50 detidos
  - somava outras 187 das semanas anteriores
