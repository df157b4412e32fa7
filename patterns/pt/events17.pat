# Português: sequestros e tomadas de reféns (décima sétima sessão). As crises de reféns e os raptos em massa contam
# as mesmas pessoas em três momentos: a tomada (detention), o cativeiro (held) e a saída (release). Estas frases dizem
# qual com verbos que o resto do conjunto não lia como custódia.

# A tomada: "66 americanos foram feitos reféns", "tomaram como reféns 66 pessoas", "fizeram reféns". A frase inteira
# é a palavra de evento, e "reféns" dentro dela já não dá o seu evento por omissão (held).
@rule pt.detention.hostage_taking trigger event=detention
  \b(?:(?:foram|foi|tinham\s+sido|haviam\s+sido|tinha\s+sido|havia\s+sido|sao|serao|seriam|ficaram)\s+(?:feit[oa]s?|tomad[oa]s?)\s+(?:como\s+)?refens?|(?:fizeram|fez|fazem|faz|tomaram|tomou|tomam|toma)\s+como\s+refens?)\b
  + 66 americanos foram feitos reféns => _=foram feitos reféns
  + tomaram como reféns 850 pessoas => _=tomaram como reféns
  - os reféns foram feitos prisioneiros de guerra
  - tomaram como exemplo 66 pessoas

# Vigésima primeira sessão. Fazer prisioneiros ou reféns é capturar: "fizeram 26 reféns", "fizeram prisioneiros
# 1.189 invasores", "cerca de 10.000 soldados foram feitos prisioneiros", "caíram prisioneiros 300 homens". Com a
# cifra logo a seguir ou como objeto ("fizeram 500 prisioneiros"); o que os prisioneiros fazem não o é.
@rule pt.detention.taken_captive trigger event=detention
  \b(?:fizeram|fez|fazem|faz|faziam|fazia|(?:tinham|tinha|haviam|havia)\s+feito|tomaram|tomou)\s+(?:como\s+)?(?:prisioneir[oa]s?|refens?|cativ[oa]s?)(?=\s+(?:a\s+|os\s+|as\s+)?(?:cerca\s+de\s+|mais\s+de\s+|pelo\s+menos\s+|quase\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  | \b(?:fizeram|fez|fazem|faz|(?:tinham|tinha|haviam|havia)\s+feito|tomaram|tomou)(?=\s+(?:cerca\s+de\s+|mais\s+de\s+|pelo\s+menos\s+|quase\s+)?(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+(?:prisioneir[oa]s|refens|cativ[oa]s)\b)
  | \b(?:(?:foram|foi|tinham\s+sido|haviam\s+sido|tinha\s+sido|seriam)\s+feit[oa]s?|ca(?:iram|iu|em))\s+prisioneir[oa]s?\b
  + seis homens armados fizeram 26 reféns => _=fizeram
  + os guerrilheiros fizeram reféns 37 agentes => _=fizeram reféns
  + as tropas fizeram prisioneiros 1.189 invasores => _=fizeram prisioneiros
  + cerca de 10.000 soldados foram feitos prisioneiros => _=foram feitos prisioneiros
  + caíram prisioneiros mais de 300 homens => _=caíram prisioneiros
  - os prisioneiros fizeram greve de fome
  - fizeram 40 fotografias

# O cativeiro dito por quem retém: "afirmou ter em seu poder 41 estrangeiros", "diz manter em seu poder sete reféns",
# "os sequestradores estão com 333 alunos", "só têm 10 alunos". Os captores como sujeito de ter / estar com dizem
# quantos seguem dentro. "Em suas mãos" / "nas suas mãos" diz o mesmo que "em seu poder" (décima nona sessão).
@rule pt.held.in_their_power trigger event=held
  \b(?:ter|tem|tinha|tinham|teve|tiveram|teria|teriam|tenha|tenham|manter|mantem|mantinha|mantinham|manteve|mantiveram|manteria|mantenha)\s+(?:ainda\s+|ja\s+)?(?:em|nas)\s+(?:seu|sua|seus|suas)\s+(?:poder|maos)\b(?=\s+(?:a\s+|os\s+|as\s+)?(?:["“«]\s*)?(?:cerca\s+de\s+|mais\s+de\s+|pelo\s+menos\s+|quase\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  | (?<=sequestradores\s|raptores\s|captores\s)(?:ja\s+|so\s+|ainda\s+|apenas\s+)?(?:estao\s+com|estavam\s+com|tem|tinham|mantem|mantinham|retem|retinham)\b(?=\s+(?:ainda\s+)?(?:cerca\s+de\s+|mais\s+de\s+|pelo\s+menos\s+|quase\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  | \bret(?:em|inha|inham|eve|iveram)(?=\s+(?:ainda\s+|ja\s+|no\s+total\s+|ao\s+todo\s+)?(?:cerca\s+de\s+|mais\s+de\s+|pelo\s+menos\s+|quase\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + o grupo afirmou ter em seu poder 41 estrangeiros => _=ter em seu poder
  + os rebeldes têm em suas mãos 30 soldados => _=têm em suas mãos
  + diz manter em seu poder sete reféns => _=manter em seu poder
  + o movimento afirmava ter em seu poder "mais de 30" militares => _=ter em seu poder
  + a guerrilha diz manter em seu poder «cerca de 40» reféns => _=manter em seu poder
  + os sequestradores estão com 333 alunos => _=estão com
  + os sequestradores só têm 10 alunos => _=só têm
  + o comando retém cerca de 700 pessoas => _=retém
  + as FARC retinham no total cerca de 700 pessoas => _=retinham
  - o partido tem em seu poder a prefeitura
  - os sequestradores têm exigências

# Quem segue nas mãos dos captores segue cativo também numa relativa: "os 333 alunos que continuam em poder dos
# sequestradores". Só com verbos de permanência: "os 16 que estavam em poder dos rebeldes chegam hoje" fala de quem
# sai agora e fica como estava.
@rule pt.held.relative_still_in_hands trigger event=held
  (?<=que\s)(?:ainda\s+)?{REMAIN}\s+{VGAP}(?:n[ao]s\s+maos|em\s+(?:poder|maos))\s+d[eoa]s?\b(?!\s+cruz\s+vermelha)
  + os 333 alunos que continuam em poder dos sequestradores => _=continuam em poder dos
  - os 16 que estavam em poder dos rebeldes chegam hoje

# Quem ainda não voltou para casa depois de um rapto segue nas mãos dos captores: "cerca de 150 crianças ainda não
# voltaram", "oito alunos não tinham regressado a casa". A negação, mais longa que o regresso que contém (release),
# torna-o held. Sem "a casa", só depois de crianças, alunos ou reféns: os presos que não voltam da saída temporária
# não estão nas mãos de ninguém.
@rule pt.held.not_returned trigger event=held
  \b(?:ainda\s+)?nao\s+(?:voltaram|regressaram|retornaram|voltou|regressou|(?:tinham|haviam|tem|tinha|havia)\s+(?:voltado|regressado|retornado))\s+(?:a|para)\s+(?:casa|suas\s+casas|as\s+suas\s+casas|suas\s+familias|as\s+suas\s+familias)\b
  | (?<=criancas\s|alunos\s|alunas\s|meninas\s|meninos\s|estudantes\s|refens\s|sequestrados\s|raptados\s)(?:ainda\s+)?nao\s+(?:voltaram|regressaram|retornaram|(?:tinham|haviam|tem)\s+(?:voltado|regressado|retornado))\b
  + cerca de 150 crianças ainda não voltaram => _=ainda não voltaram
  + oito alunos não tinham regressado a casa => _=não tinham regressado a casa
  - os oito alunos voltaram para casa
  - não voltaram à mesa de negociações
  - 112 deles ainda não tinham retornado

# A saída que os captores concedem ou outros conseguem: "os 137 foram resgatados", "resgatámos 14 reféns", "14 reféns
# foram salvos" (só reféns e cativos: "foram salvas do naufrágio" não é libertação), "o resgate de 15 reféns",
# "cerca de vinte funcionários puderam sair do edifício", "saíram com vida", "a devolução de 104 meninas".
@rule pt.release.captives_out trigger event=release
  \b(?:resgat(?:ou|aram|amos|ei|a|am|ados|adas|ado|ada)|(?:foram|foi|tinham\s+sido|haviam\s+sido)\s+resgatad[oa]s?)\b
  | \b(?:refens|sequestrad[oa]s|cativ[oa]s)\s+(?:foram|tinham\s+sido|haviam\s+sido)\s+(?:salv[oa]s|postos\s+a\s+salvo|postas\s+a\s+salvo)\b
  | \bo\s+resgate\s+d(?:e|os|as){NUMSTART}
  | \b(?:puderam|pode|podem|conseguiram|conseguiu)\s+sair\s+d[oa]s?\s+(?:edificio|teatro|embaixada|escola|complexo|parlamento|cativeiro|recinto|instalacoes)\b
  | \bsa(?:iram|iu|em|ira|iriam)\s+com\s+vida\b
  | \ba\s+devolucao\s+de{NUMSTART}
  + os 137 foram resgatados no estado vizinho => _=foram resgatados
  + "Resgatámos com vida 14 reféns", disse o coronel => _=Resgatámos
  + a ministra disse que 14 reféns foram salvos => _=reféns foram salvos
  - 14 pessoas foram salvas do naufrágio
  + cerca de vinte funcionários puderam sair do edifício => _=puderam sair do edifício
  + 685 trabalhadores argelinos saíram com vida => _=saíram com vida
  + o governo conseguiu a devolução de 104 meninas => _=a devolução de
  - o resgate pedido pelos sequestradores
  - a devolução dos bens

# Quem continua dentro do lugar tomado continua cativo: "ainda ficavam lá dentro cerca de vinte", "centenas
# continuam dentro do teatro". Só com verbos de permanência, como "still inside" em inglês.
@rule pt.held.still_inside trigger event=held
  \b(?:ainda\s+)?(?:{REMAIN}|ficam|ficavam|ficaram|ficariam)\s+(?:ainda\s+)?(?:la\s+|ali\s+)?dentro\b(?!\s+d[oa]s?\s+(?:previsto|lei|limites|prazos?|normas))
  + ainda ficavam lá dentro cerca de vinte => _=ainda ficavam lá dentro
  + centenas continuam dentro do teatro => _=continuam dentro
  - os números ficam dentro do previsto

# Os reféns retirados do lugar tomado saem dele: "mais de 500 reféns já foram retirados do edifício".
@rule pt.release.taken_out_of_site trigger event=release
  \b(?:retirad|tirad)[oa]s\s+(?:com\s+vida\s+)?d[oa]s?\s+(?:edificio|predio|teatro|embaixada|escola|ginasio|complexo|recinto|instalacoes)\b
  + mais de 500 reféns já foram retirados do edifício => _=retirados do edifício
  + cerca de 700 reféns foram retirados com vida do prédio => _=retirados com vida do prédio
  - os documentos retirados do arquivo
  - quatro deles desmaiaram e tiveram de ser retirados da sala

# Crianças ou reféns raptados que continuam desaparecidos continuam com os captores: "cerca de 50 alunas continuam
# desaparecidas". Só depois desses nomes: os desaparecidos depois de um protesto ou de uma cheia não são cativos.
@rule pt.held.captives_missing trigger event=held
  (?<=criancas\s|alunos\s|alunas\s|meninas\s|meninos\s|estudantes\s|refens\s)(?:ainda\s+)?(?:{REMAIN})\s+(?:ainda\s+)?(?:desaparecid[oa]s|em\s+parte\s+incerta|em\s+paradeiro\s+desconhecido)\b
  + cerca de 50 alunas continuam desaparecidas => _=continuam desaparecidas
  - 23 pessoas continuam desaparecidas depois da cheia

# Aqueles cujo paradeiro se desconhece não estão, que se saiba, nas mãos de ninguém: "o paradeiro de oito deles
# continua desconhecido" (como "continuam em parte incerta", events16f.pat). A frase não liga a cifra a nenhum evento.
@rule pt.other.whereabouts trigger event=none
  \bo\s+paradeiro\s+d[eoa]s?\b(?=\s*(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + o paradeiro de oito deles continua desconhecido => _=o paradeiro de
  - o paradeiro dos reféns

# Os assaltantes não são reféns: "cerca de 30 homens armados invadiram a escola e sequestraram 300 alunos". O verbo
# do assalto, junto ao número de quem assalta, não o liga a nenhum evento; o número dos levados fica com o seu verbo.
@rule pt.other.assault trigger event=none
  \b(?:invadiram|invadiu|assaltaram|assaltou|irromperam|irrompeu|tomaram\s+de\s+assalto|tomou\s+de\s+assalto)\b(?!\s+(?:a|o)\s+(?:\p{Lu}|dois|duas|tres)\b)
  + cerca de 30 homens armados invadiram a escola => _=invadiram
  + 400 estudantes tomaram de assalto a embaixada => _=tomaram de assalto
