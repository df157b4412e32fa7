# Portuguese claimants: reporting verbs, "segundo X", references, organisations, governments and titles.

# A reporting verb; the person it was said to ("disse à Lusa", "afirmou à nossa reportagem") belongs to the verb,
# so that the speaker named after it is the next word.
# Um relatório diz o que apurou: "o estudo concluiu que 300 continuavam presos", "o relatório apurou que". Um
# tribunal também (vigésima segunda sessão): "a juíza deu como provado que onze pessoas foram detidas".
@rule pt.cue.finding cue
  \b(?:conclu(?:iu|iram|i|em)|apur(?:ou|aram|a|am)|encontr(?:ou|aram)|comprov(?:ou|aram)
     |(?:d(?:eu|eram|a|ao)|consider(?:ou|aram|a|am)|ti(?:nha|veram|ve))\s+(?:como\s+|por\s+)?(?:provado|assente|demonstrado))(?=\s+que\s)
  + O estudo da ONG concluiu que 300 continuavam presos => _=concluiu
  + o relatório apurou que 40 detidos tinham sido torturados => _=apurou
  - a polícia encontrou 40 pessoas no edifício
  + Na sentença, a juíza deu como provado que onze pessoas foram detidas => _=deu como provado
  + o tribunal considerou provado que os arguidos retiveram 36 marinheiros => _=considerou provado
  - o tribunal deu como provado o crime

# Décima sexta sessão. "a imprensa do dia seguinte limitou-se a falar em «mais de 200»", "os media locais falavam
# já em 400 detenções": dizer só um número, ou dizê-lo já, é dizê-lo (um advérbio entre "falavam" e "em"; também
# um de tempo, "falou à época em 155", vigésima sessão).
@rule pt.cue.confined cue
  \blimit(?:ou|aram|a|am|ava|avam)-se\s+a\s+(?:falar\s+em|dizer|informar|confirmar|reconhecer|admitir|contabilizar)|fal(?:a|am|ou|aram|ava|avam)\s+(?:ja|ainda|entao|apenas|so|a\s+epoca|na\s+epoca|na\s+altura|nessa\s+altura|naquela\s+altura|ontem|hoje)\s+em\b
  + a imprensa local limitou-se a falar em 200 detidos => _=limitou-se a falar em
  + os media locais falavam já em mais de 400 detenções => _=falavam já em
  + parte da imprensa falou à época em 155 libertados => _=falou à época em
  - limitou-se a pedir calma

# Vigésima segunda sessão. "O vice-marechal falou no domingo em «cerca de 120» libertados", "a televisão privada
# falava nessa noite em até 3.000 reféns": falar de um número é dá-lo também com um complemento qualquer (quando,
# onde, perante quem) entre o verbo e "em"/"de", não só com os advérbios de pt.cue.confined. Só se o que vem depois
# abre um número ("cerca de", "mais de", "até", um numeral), e sem "com" / "sobre" / "em" / "de" pelo meio.
@rule pt.cue.spoke_of22 cue
  \bfal(?:a|am|ou|aram|ava|avam)(?=(?:,?\s+(?!(?:com|sobre|em|de|do|da|que)\b)[^\s,.;:]+){1,5},?\s+(?:em|de)\s+["\x{201C}\x{AB}]?(?:\d|(?:cerca|mais|menos|ate|pelo\s+menos|quase|dezenas|centenas|milhares|uma\s+centena|uma\s+dezena|um\s+milhar|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa|cem|cento|duzent\p{L}*|trezent\p{L}*|quatrocent\p{L}*|quinhent\p{L}*|mil)\b))
  + O vice-marechal, por seu lado, falou no domingo em "cerca de 120" libertados => _=falou
  + a televisão privada falava nessa noite em até 3.000 reféns => _=falava
  + Fontes policiais falaram ontem, logo cedo, em três pessoas detidas => _=falaram
  - o ministro falou com a família de três detidos
  - o bispo falou ontem da morte de três presos
  - falava em 300 detidos

# Décima sexta sessão. "Em 2010 foi mais longe, lembrando que cerca de 1.600 pessoas tinham sido detidas": um
# gerúndio de dizer depois de uma vírgula, seguido do que se disse ("que" ou o número), fala pelo sujeito da frase.
@rule pt.cue.gerund cue participle=1
  (?<=,\s)(?:dizendo|acrescentando|lembrando|recordando|assegurando|afirmando|sublinhando|precisando|estimando|reconhecendo|admitindo|explicando|indicando|garantindo|adiantando)(?=\s+(?:que\b|(?:cerca\s+de|mais\s+de|pelo\s+menos|quase|ate)\s|\d))
  + Em 2010 foi mais longe, lembrando que cerca de 1.600 pessoas tinham sido detidas => _=lembrando
  - lembrando os detidos

# Twentieth session (restated). "O Governo respondeu que não havia 311 presos políticos": a reply is a report of
# what its speaker says, when it opens what is said ("que"); a bare "respondeu" stays out.
@rule pt.cue.replied cue
  \b(?:respond(?:eu|eram|e|em)|retruc(?:ou|aram)|replic(?:ou|aram))(?=\s+(?:[\p{L}\-]+\s+){0,2}?que\b)
  + O Governo respondeu que não havia presos políticos => _=respondeu
  + o ministro retrucou ontem que o número era falso => _=retrucou
  - respondeu às perguntas dos jornalistas
  - a resposta que deu

@rule pt.cue.report cue
  \b(?:cit(?:ou|aram|a|am|ava|avam)(?=\s+(?:[^\s,.;]+\s+){0,3}?(?:um|o|esse|outro|seu)\s+(?:\S+\s+)?(?:numero|balanco|total)\b)|(?<!\bse\s)(?:disse|disseram|diz|dizem|dizia|diziam)|(?<=\bse\s)(?:disse|disseram|diz|dizem|dizia|diziam)(?=\s+que\b)|dira|dirao|tem\s+dito|ha\s+dito|havia\s+dito|tinha\s+dito
     |(?:estava|estavam|esta|estao|vinha|vinham)(?:\s+(?:ja|ainda|tambem))?\s+(?:(?:informando|relatando|reportando|contabilizando|dizendo|falando\s+em)|a\s+(?:informar|relatar|reportar|contabilizar|dizer|falar\s+em))(?=\s)
     |(?:afirm|inform|anunci|denunci|confirm|estim|verific|contabiliz|regist|registr|declar|explic|acrescent|sublinh|salient|destac|indic|apont|calcul|relat|report|assegur|revel|divulg|comunic|adiant|alert|lembr|fris|avanc|reiter|insist|lament|constat|detalh|assinal|especific|notici)
       (?:ou|aram|a|am|ava|avam|ara|aria|ariam)
     |document(?:ou|aram|amos)|public(?:ou|aram)|precis(?:ou|aram)|garant(?:iu|e|em|iram)|admit(?:iu|e|em|iram)|reconhec(?:eu|e|em|eram|ia|iam)
     |sustent(?:ou|a|am|aram)|escrev(?:eu|e|em|eram)|refer(?:iu|e|em|iram)|advert(?:iu|e|em)
     |d(?:eu|eram|a|ao|ava|avam)\s+conta(?:\s+(?:ao|aos|a|as)\s+\p{L}+)?\s+d[eoa]s?(?=\s)|celebr(?:a|am|ou|aram)|(?:cheg|volt)(?:ou|aram)\s+a\s+(?:dizer|afirmar|garantir|anunciar|informar|falar\s+em|contabilizar|reconhecer|admitir)|record(?:a|am|ou|aram)|cont(?:ou|aram|a|am)(?=(?:\s+(?:a|ao|aos|as)\s+\p{L}+(?:\s+\p{L}+)?)?\s+que\b)|(?<=["\x{201D}\x{BB}],\x20)cont(?:a|am|ava|avam|ou|aram)\b|(?<!\ba\s)(?<!\bna\s)(?<!\bda\s)(?:cont(?:a|ava|avam)(?=(?:,[^,.;\d]{1,40},)?\s+(?:(?:ao\s+menos|pelo\s+menos|mais\s+de|cerca\s+de|quase)\s+)?\d)|cont(?:ou|aram)(?=,[^,.;\d]{1,40},\s+(?:(?:ao\s+menos|pelo\s+menos|mais\s+de|cerca\s+de|quase)\s+)?\d))
     |(?:tem|ha|havia|haviam|tinha|tinham|teria|teriam)\s+(?:afirm|inform|anunci|denunci|confirm|estim|verific|contabiliz|regist|registr|declar|explic|indic|calcul|relat|report|revel|divulg|comunic|notici|document|public|avanc|adiant)ado
     |(?:tem|ha|havia|haviam|tinha|tinham)\s+(?:acrescentado|sublinhado|garantido|admitido|reconhecido|insistido|sustentado|escrito)
     |fal(?:a|am|ou|aram|ava|avam)(?:\s+n[oa]\s+(?:seu\s+|sua\s+)?(?:ultimo\s+|ultima\s+)?(?:relatorio|comunicado|balanco|documento|nota|levantamento)(?:\s+(?:anual|final|oficial))?)?\s+em|(?:tinha|tinham|havia|haviam|tem|teria)\s+falado\s+em|elev(?:ou|a|aram|am)\s+(?:(?:a\s+cifra|o\s+numero|o\s+balanco|o\s+total)\s+)?para|cifr(?:a|ou|am)\s+em)
  (?:\s+(?:a|ao|aos|as)\s+(?:(?:noss[ao]|est[ae]|ess[ae])\s+)?(?:reportagem|programa|jornal|emissora|agencia(?:\s+(?:lusa|efe|afp|reuters|brasil|france-presse|france\s+presse))?|radio|televisao|tv|imprensa|jornalistas|correspondente|lusa|efe|afp|reuters|bbc|cnn|folha|globo|rtp|sic|tvi|g1|publico))?\b
  + O governo reconhecia, no fim do mês, cerca de 500 presos
  - estudantes que se diziam seguidores da linha do Imã
  - um grupo que se diz herdeiro da guerrilha
  + a associação citou um número maior de 119 prisões => _=citou
  - o juiz citou 12 detidos para depor
  + se diz que 300 foram presos => _=diz
  + Os advogados contaram, entre os indultados, 38 presos políticos => _=contaram
  + a investigadora contava 23 advogados ainda detidos => _=contava
  - a conta 27 da lista
  + o ministro tinha falado em 1.133 detidos
  + na altura o governo ainda falava em 300 detidos => _=falava em
  + A comissão falou no seu relatório final em 210 detenções => _=falou no seu relatório final em
  + Foro Penal informou que
  + a prefeitura já estava informando 300 detenções => _=estava informando
  + o ministério estava a contabilizar 40 detidos => _=estava a contabilizar
  - a população estava informada
  + disse Romero
  + o ministro deu conta ao parlamento de 816 detenções => _=deu conta ao parlamento de
  + a ONG contabiliza
  + estima em aproximadamente 1.000
  + afirmou à Lusa Nona Kurdovanidze
  + afirmou à nossa reportagem o diretor
  + disse ao nosso programa
  + Havana fala em 553 solturas
  + elevou a cifra para 426
  + documentámos mais de 1 500 detenções
  + a ONG recorda que
  + o governador chegou a afirmar que
  + voltou a dizer que
  + o porta-voz tinha acrescentado que
  + Sayragul contou que a instalação
  + a advogada contou à imprensa que 35 pessoas => _=contou à imprensa
  + "Eram uns 300 na cela", conta a antiga presa Maria Lobo => _=conta
  + a rádio havia noticiado que
  - contou 40 votos
  - o informe anual
  - uma lista pública
  - a indicação

# "O ministério apresentou uma conta menor: cerca de 3.500 detidos": a figure given after a colon, announced by a verb
# of giving and a noun for a figure, is the subject's report; the day and whom it was given to may stand between
# them ("apresentou nesse mesmo dia perante o Senado uma cifra maior:").
@rule pt.cue.figure_given cue
  \b(?:(?:apresent(?:ou|aram|a|am)|ofereceu|ofereceram|fornec(?:eu|eram|e|em)|divulg(?:ou|aram|a|am)|cit(?:ou|aram|a|am))(?:\s+[^\s:;,.\d]+){0,7}?|d(?:eu|eram|a|ao)|tem|tinha)\s+(?:um|uma|o|a|outr[oa]|sua|seu|seus|suas)\s+(?:\p{L}+\s+)?(?:conta|cifra|numero|numeros|balanco|total|estimativa|contagem|versao|calculo)(?:\s+\p{L}+){0,3}?(?=\s*:)
  + O ministério apresentou uma conta menor: cerca de 3.500 detidos
  + a polícia deu outro número: 40 presos
  + a ONG tem uma estimativa bem mais alta: 900
  + apresentou nesse mesmo dia perante o Senado uma cifra maior: 3.127 detidos => _=apresentou nesse mesmo dia perante o Senado uma cifra maior
  - apresentou uma conta menor de 40
  - deu um passo: 40
  + O Ministério da Justiça apresentou um número bem menor: 40 => _=apresentou um número bem menor

@rule pt.cue.dispute cue stance=disputes
  \b(?:contest(?:ou|a|am|aram)|question(?:ou|a|am|aram)|rebat(?:eu|e|em|eram)|refut(?:ou|a|am|aram)|contradi(?:sse|z|zem|sseram)
     |rejeit(?:ou|a|am|aram)\s+(?:[\p{L}\-]+\s+){0,2}?(?:(?:[oa]s|ess[ea]s|est[ea]s)(?=\s+(?:mais\s+de\s+|menos\s+de\s+|cerca\s+de\s+|quase\s+)?\d)|(?:(?:[oa]s?|ess[ea]s?|est[ea]s?|aquel[ea]s?)\s+)?(?:cifras?|numeros?|balancos?|dados))
     |discord(?:ou|a|am|aram)\s+(?:d[ao]s?\s+)?(?:cifras?|numeros?|balanco))\b
  + a ONG contestou
  + o ministério rejeitou estes números => _=rejeitou estes números
  + rejeitou a cifra
  + o porta-voz rejeitou ontem esse número de 300 presos => _=rejeitou ontem esse número
  + as famílias rejeitam os 120 reféns de que fala a polícia => _=rejeitam os
  - rejeitou os dois recursos apresentados
  + a entidade discorda dos números oficiais
  - discordou do colega
  + as organizações contestam os números oficiais
  - a contestação

@rule pt.cue.deny cue stance=denies
  \b(?:(?:neg(?:ou|a|am|aram)|desment(?:iu|e|em|iram)|rejeit(?:ou|aram|a|am))\s+(?:(?:as|os|essas|esses|estas|estes)\s+)?(?:[\p{L}\-]+\s+){0,3}?(?:informacoes|versoes|denuncias|afirmacoes|acusacoes|alegacoes|noticias|relatos|boatos|rumores|numeros|cifras?|dados|contagens?|publicacoes)(?:\s+[\p{L}\-]+){0,4}?(?=\s+(?:de\s+que|sobre|segundo\s+as\s+quais)\s)|(?<!\bse\s)neg(?:ou|a|am|aram|ar|ado)(?!-se\b)(?!\s+a\s+\p{L}+(?:ar|er|ir)\b)|desment(?:iu|e|em|iram|ir)|rejeit(?:ou|aram|a|am)(?:\s+[\p{L}-]+){0,3}?\s+(?:a\s+estimativa|o\s+calculo|que))\b
  + o ministério negou que
  + desmentiu
  + voltou a negar
  + Villatoro rejeitou nesta quarta-feira a estimativa => _=rejeitou nesta quarta-feira a estimativa
  + o ministério desmentiu as notícias da oposição de que 400 pessoas => _=desmentiu as notícias da oposição
  + a porta-voz negou os boatos divulgados nas redes sociais sobre 300 detidos => _=negou os boatos divulgados nas redes sociais
  # twenty-ninth session: refusing to do something is no denial ("negou-se a embarcar", "se negou a assinar")
  - o bispo negou-se a embarcar no avião
  - o bispo se negou a assinar
  - a negociação
  - o negócio

# "uma contagem da AFP com base em números da polícia eleva para 1.195", "um levantamento do G1": a count named
# after whoever made it is that one's figure; the name right after it is the source (as en.source.tally).
@rule pt.source.tally source exact
  (?<![\p{L}])(?:[Uu]ma?|[Oo]|[Aa])\s+(?:contagem|levantamento|balanço|apuração|cálculo|sondagem)\s+(?:d[oa]s?|de)(?=\s+\p{Lu})
  + uma contagem da AFP com base em números da polícia eleva para 1.195 => _=uma contagem da
  + Um levantamento do G1 aponta 40 detidos => _=Um levantamento do
  - um levantamento de 40 detidos
  - segundo um levantamento

# "segundo X", "de acordo com dados de X": the preposition before X stays out, so that X (or "a organização")
# is within a word of the source.
# Sexta sessão… sixteenth session. "Dados do Departamento X indicam que…", "Registros do Gabinete do Xerife,
# analisados pela AP, mostram que 52…": figures named after their owner, as subject of a verb of showing, are that
# owner's report, as "segundo dados do X" is (the owner is read right after the phrase, as after pt.source.segundo).
@rule pt.source.data_subject source
  (?:\A|(?<=\n)|(?<=[.!?:;]\s)|(?<=[\x{2014}\x{2013}]\s))(?<!segundo\s)(?<!com\s)(?<!pelos\s)(?:(?:os|as)\s+)?(?:dados|numeros|cifras|registros|registos|estatisticas)(?:\s+(?:oficiais|mais\s+recentes))?\s+(?:d[oa]s?|de)(?=\s+[^.;:]{3,120}?\s+(?:indicam|indicavam|mostram|mostravam|mostraram|apontam|apontavam|revelam|revelaram|refletem|situam|elevam|contabilizam)\b)
  + Dados do Departamento dos Assuntos Internos indicam que cerca de mil pessoas => _=Dados do
  + Registros do Gabinete do Xerife, analisados pela agência, mostram que 52 => _=Registros do
  - Dados do Departamento dos Assuntos Internos
  - segundo dados da polícia, 40 presos, indicam
  - contrariando os números de organizações de direitos humanos, que apontam para o dobro

# "O número mais citado vem do próprio ministério", "essa cifra provém da ONG": de onde vem um número diz quem o dá
# (vigésima sessão)
@rule pt.source.comes_from source
  \b(?:o|este|esse)\s+(?:numero|dado|balanco)(?:\s+(?!de\b|do\b|da\b)\p{L}+){0,3}?\s+(?:vem|provem|procede|sai)\s+(?:do|da|dos|das|de)\b
  | \b(?:a|esta|essa)\s+(?:cifra|estimativa|estatistica)(?:\s+(?!de\b|do\b|da\b)\p{L}+){0,3}?\s+(?:vem|provem|procede|sai)\s+(?:do|da|dos|das|de)\b
  + O número mais citado vem do próprio ministério federal: 33.755 presos => _=O número mais citado vem do
  + essa cifra provém da ONG Foro Penal => _=essa cifra provém da
  - o número de presos vem de três cadeias

@rule pt.source.segundo source
  \b(?:segundo|de\s+acordo\s+com|conforme|consoante|na\s+opiniao\s+de|a\s+julgar\s+por|pelas\s+contas|nas\s+contas
     |pel[oa]s?(?=\s+(?:(?:ultim[oa]s?|mais\s+recentes?|nov[oa]s?)\s+)?(?:dados|numeros|balanco|levantamentos?|registros|registos|estimativas?|cifras|informacoes)(?:\s+(?:oficiais|oficial))?\s+d))
  (?:\s+(?:(?:o|a|os|as|um|uma)\s+)?(?:(?:ultim[oa]s?|mais\s+recentes?|nov[oa]s?|propri[oa]s?)\s+)?(?:dados|numeros|cifras|contagem|balanco|contas|relatorio|registro|registo|registros|registos|estimativas?|levantamentos?|comunicado|informacoes|lista|base\s+de\s+dados|texto|documento|nota|declaracao|estudo)(?:\s+(?:oficiais|oficial|mais\s+recentes?|proprios|propri[oa]s|divulgad[oa]s|(?:feit|realizad|elaborad|compilad)[oa]s?(?=\s+pel[oa]s?\s)))?)?\b
  + segundo Foro Penal
  + Segundo fontes policiais, 40 manifestantes => _=Segundo
  + segundo dados da ONG
  + Segundo o texto da ONG, quatro continuam presos => _=Segundo o texto
  + de acordo com o governo
  + segundo o último levantamento do Foro Penal
  + segundo o balanço oficial da polícia, 40 detidos => _=segundo o balanço oficial
  + segundo uma contagem feita pela agência, 40 detidos => _=segundo uma contagem feita
  + de acordo com as contas da organização
  + segundo levantamentos de entidades de direitos humanos
  + Pelos dados da secretaria, cerca de 90 mil pessoas estão presas => _=Pelos dados
  + Pelos números oficiais do Ministério da Justiça, cerca de 23 mil presos foram soltos => _=Pelos números oficiais
  + pelo último balanço da polícia
  + De acordo com o balanço mais recente da prefeitura, 40 presos => _=De acordo com o balanço mais recente
  - pelos dados pessoais
  - segunda-feira
  - a segunda troca

# "Para a associação, foram presas mais de duas mil pessoas", "Para o Foro Penal, …": a sentence opening with
# "Para" and a name or reference set off by a comma gives that one's view.
@rule pt.source.para source exact
  (?:(?<![^\n])|(?<=[.!?:]\x20))Para(?=\x20(?:o|a|os|as|\p{Lu})[^,.;:\n]{1,80},)
  + Para a associação, foram presas mais de duas mil pessoas => _=Para
  + Para o Foro Penal, há 800 presos políticos => _=Para
  - Para 2024, o governo prevê
  - A ONG trabalha para a libertação dos presos, disse

@rule pt.pronoun.person pronoun exact ref=person speaker=1
  \b(?:ele|Ele|ela|Ela)\b
  + disse ele
  + Ela acrescentou
  - elevou
  - elas disseram

# "a líder oposicionista", "o próprio presidente": a title standing for the person named before
# "o presidente dos EUA", "o presidente do país": um presidente dito pelo seu país e sem nome depois é o último
# presidente nomeado (claims.c, holds=), se não quem tinha a palavra (speaker=1). "o responsável": quem tinha a
# palavra (um título sem cargo próprio).
@rule pt.pronoun.president_of pronoun exact ref=person holds=presidente|presidenta speaker=1
  (?<![\p{L}])(?:[Oo]|[Aa])\s+president[ea]\s+(?:d(?:o\s+país|os\s+(?:EUA|Estados\s+Unidos)|[oa]\s+(?:{COUNTRY})(?![\p{L}])|e\s+(?:{COUNTRY})(?![\p{L}])))(?![\p{L}])(?!\s*,?\s*\p{Lu})
  + disse o presidente dos EUA ao assinar o decreto => _=o presidente dos EUA
  + Segundo o presidente do país, 40 presos serão indultados => _=o presidente do país
  - o presidente do Brasil, Luiz Inácio Lula da Silva
  - o presidente do tribunal
@rule pt.pronoun.in_charge pronoun exact ref=person speaker=1
  (?<![\p{L}])(?:[Oo]|[Aa])\s+respons[áa]vel(?![\p{L}])(?!\s+(?:de|do|da|dos|das|pel[oa]s?|por)\b)(?!\s*,?\s*\p{Lu})
  + Segundo o responsável, 89 detidos foram libertados => _=o responsável
  + acrescentou o responsável => _=o responsável
  - o responsável pela operação
  - a responsável da polícia
# "o chefe de Estado", "a chefe de Estado": the president named last (claims.c, holds=).
@rule pt.pronoun.head_of_state pronoun ref=person holds=presidente|presidenta
  \b(?:o|a)\s+chefe\s+d[eo]\s+estado\b(?![\s-]*maior\b)
  + segundo o chefe de Estado, 40 presos foram libertados
  - o chefe de Estado-Maior
# (not when a name or "de ..." follows it, where it is a title, not a reference).
@rule pt.pronoun.title pronoun exact ref=person speaker=1
  (?<![\p{L}])(?:[oaOA])\s+(?:(?:pr[óo]pri[oa]|antig[oa]|veteran[oa]|jovem|mesm[oa])\s+)?(?:l[íi]der|deputad[oa]|magistrad[oa]|(?<=[oO]\x20)oficial|funcion[áa]ri[oa]|pol[íi]tic[oa]|(?<=antigo\x20|antiga\x20)militar|opositor[a]?|ativista|dirigente|jurista|advogad[oa]|president[ea]|ministr[oa]|chanceler|porta-voz|procurador[a]?(?:-geral)?|primeir[oa]-ministr[oa]|governante|mandat[áa]rio|soci[óo]log[oa]|investigador[a]?|analista|dissidente|economista|general|coronel|comandante|comiss[áa]ri[oa]|governador[a]?|prefeit[oa]|embaixador[a]?|(?<=[oaOA]\x20)(?:Ministr[oa]|President[ea](?!\s+\p{Ll}+\s*,\s*\p{Lu})|Comiss[áa]ri[oa]|Governador[a]?|Prefeit[oa]|Embaixador[a]?|Comandante))
  (?:\s+(?:oposicionista|da\s+oposi[çc][ãa]o|\p{Ll}+(?:an[oa]|ense|[eê]s|ian[oa]|ista)))?(?![\p{L}-])(?!\s+d[eoa]s?\b)(?!\s+\p{Lu})(?!\s*,\s*\p{Lu})
  + O Presidente disse, depois da reunião, que dois detidos foram soltos => _=O Presidente
  - O Presidente da Câmara disse
  - o Presidente ugandês, Idi Amin Dada, afirmou
  + Segundo a líder oposicionista, os catorze libertados
  + Segundo o mesmo magistrado, outros nove saíram => _=o mesmo magistrado
  + O Comissário explicou que 28 pessoas continuam detidas => _=O Comissário
  + contou na quinta-feira a economista a partir de casa => _=a economista
  - O Comissário Europeu disse
  + "Temos 300 presos", disse o sociólogo.
  + o próprio presidente disse em um ato
  + O antigo militar fala em 45 presos => _=O antigo militar
  + O magistrado confirmou que 12 civis => _=O magistrado
  + os outros quatro estão sob custódia, disse o oficial. => _=o oficial
  + A funcionária negou que 170 cidadãos => _=A funcionária
  - o oficial de justiça
  - a versão oficial
  - o militar detido
  - a política de segurança
  - o presidente da Assembleia Nacional
  - o Presidente Aleksandr Lukashenko
  - o procurador-geral, Tarek William Saab

@rule pt.pronoun.org pronoun ref=organization
  \b(?:a|da|na|pela|esta|desta|essa|dessa|tal)\s+(?:(?:mesma|propria)\s+)?(?:organizacao|ong|entidade|associacao|fundacao|plataforma|coligacao|coalizao|rede|comissao|liga|confederacao|federacao|alianca|campanha)(?:\s+nao[\s-]governamental)?\b(?!\s+(?:de|do|da|dos|das|para|pela|pelo)\b)
  | \b(?:o|do|no|pelo|este|deste|esse|desse)\s+(?:(?:mesmo|proprio)\s+)?(?:grupo|coletivo|observatorio|comite|forum|centro|movimento|mecanismo|partido|conselho|sindicato)\b(?!\s+(?:de|do|da|dos|das|para|pela|pelo)\b)
  + a federação afirma => _=a federação
  + a organização denunciou
  + o grupo informou
  + segundo o conselho, 300 presos
  + de acordo com o partido
  - o conselho de ministros
  + segundo a entidade
  + de acordo com as contas da organização
  - a organização de eleições
  - o Grupo de Lima

# Vigésima segunda sessão. '"Os 16 estão livres", disse a empresa num comunicado': a empresa, armadora ou
# companhia aérea nomeada antes fala por "a empresa". Resolve-se como pt.pronoun.org (a organização nomeada por
# último), mas nunca fica como descrição literal se nenhuma foi nomeada (resolved=1, subjects.c).
@rule pt.pronoun.company pronoun ref=organization resolved=1
  \b(?:a|da|pela|esta|essa)\s+(?:empresa|companhia(?:\s+aerea)?|armadora)\b(?!\s+(?:de|do|da)\b)
  + "Os 16 estão livres", disse a empresa num comunicado => _=a empresa
  + segundo a companhia aérea, 40 passageiros foram libertados => _=a companhia aérea
  - a empresa de segurança

# "o comando", "os sequestradores", "os captores", "os guerrilheiros": quem retém os reféns ou presos fala pelo
# grupo armado que os retém, nomeado antes ("Um comando da FPLP desviou o avião … o comando exigia a libertação de
# 53 presos"): uma referência à organização nomeada antes, nunca a uma pessoa; sem nenhuma, a própria descrição
# (vigésima primeira sessão).
@rule pt.pronoun.captors pronoun ref=organization armed=1
  \b(?:o|este|esse|tal|seu)\s+comando\b(?!\s+(?:de|do|da|dos|das|que)\b)
  | \b(?:os|seus|estes|esses)\s+(?:sequestradores|captores|raptores|guerrilheiros|insurgentes|milicianos|assaltantes|pistoleiros)\b(?!\s+(?:de|do|da|dos|das|que)\b)
  + o comando exigia a libertação de 53 presos => _=o comando
  + os sequestradores pediram a libertação de 20 presos => _=os sequestradores
  + segundo os captores, 40 reféns => _=os captores
  - o comando de operações especiais
  - os sequestradores do avião foram presos
  - um comando armado

# "os organizadores": quem convocou o protesto fala pelo coletivo que o convocou (o gold nomeia esse coletivo):
# uma referência à organização nomeada antes (décima oitava sessão)
@rule pt.pronoun.organisers pronoun ref=organization
  \b(?:os|as|dos|das|pelos|pelas|seus)\s+(?:organizadores|organizadoras)\b(?!\s+(?:de|do|da|dos|das)\b)
  + segundo os organizadores, 450 pessoas foram detidas => _=os organizadores
  + os organizadores afirmam
  - os organizadores da marcha dizem
  - o organizador disse

# "o ministério", "a corte": a government body named before.
@rule pt.pronoun.gov pronoun ref=government
  \b(?:o|do|pelo|este|deste|esse|desse)\s+(?:(?:mesmo|proprio)\s+)?(?:ministerio|executivo|gabinete|departamento|tribunal|palacio|servico)\b(?!\s+(?:de|do|da|dos|das)\b)
  | \b(?:a|da|pela|esta|desta|essa|dessa)\s+(?:(?:mesma|propria)\s+)?(?:corte|pasta|corporacao|secretaria|prefeitura)\b(?!\s+(?:de|do|da|dos|das)\b)
  + tinham sido libertados no sábado, informou o serviço
  - o serviço de transportes
  + o ministério indicou
  + Segundo a corte, cerca de 1,4 mil
  + de acordo com a corporação
  + segundo a prefeitura
  - a prefeitura de São Paulo
  - o Ministério do Interior
# "o comunicado refere", "segundo a nota", "o próprio comunicado lembra" (vigésima primeira sessão, segunda onda): um
# documento que o texto nomeou fala por quem o emitiu, o organismo nomeado por último (como "o organismo", body=1;
# nunca uma pessoa). Só o documento definido sujeito de um verbo de dizer ou após "segundo"; não "o mesmo
# comunicado" (ref=claim), não "o relatório da comissão".
@rule pt.pronoun.document pronoun ref=organization body=1
  \b(?:o|este|esse|tal|seu)\s+(?:proprio\s+)?(?:comunicado|relatorio|decreto|boletim)\b(?!\s+(?:de|do|da|dos|das|sobre|que)\b)(?=\s*,?\s*(?:tambem\s+)?(?:diz|dizia|disse|refere|referiu|afirma|afirmou|indica|indicou|acrescenta|acrescentou|precisa|precisou|sublinha|sublinhou|lembra|lembrou|recorda|recordou|detalha|detalhou|explica|explicou|assegura|assegurou|reconhece|reconheceu|aponta|apontou|informa|informou|estima|estimou|menciona|mencionou|adianta|adiantou|contabiliza)\b)
  | \b(?:a|esta|essa|tal|sua)\s+(?:propria\s+)?(?:nota|carta|declaracao|resolucao)\b(?!\s+(?:de|do|da|dos|das|sobre|que)\b)(?=\s*,?\s*(?:tambem\s+)?(?:diz|dizia|disse|refere|referiu|afirma|afirmou|indica|indicou|acrescenta|acrescentou|precisa|precisou|sublinha|sublinhou|lembra|lembrou|recorda|recordou|detalha|detalhou|explica|explicou|assegura|assegurou|reconhece|reconheceu|aponta|apontou|informa|informou|estima|estimou|menciona|mencionou|adianta|adiantou|contabiliza)\b)
  | (?:(?<=segundo\s)|(?<=conforme\s))(?:o|este|esse|tal|seu)\s+(?:proprio\s+)?(?:comunicado|relatorio|decreto|boletim)\b(?!\s+(?:de|do|da|dos|das|sobre)\b)(?=\s*[,.;])
  | (?:(?<=segundo\s)|(?<=conforme\s))(?:a|esta|essa|tal|sua)\s+(?:propria\s+)?(?:nota|carta|declaracao|resolucao)\b(?!\s+(?:de|do|da|dos|das|sobre)\b)(?=\s*[,.;])
  + A nota refere que 21 dos libertados => _=A nota
  + O próprio comunicado lembra que outros 20 saíram => _=O próprio comunicado
  + segundo o comunicado, 30 reféns foram libertados
  - o relatório da comissão indica
  - o mesmo comunicado diz
  - a nota de imprensa
  - O texto afirma que 300 advogados continuam presos
  - segundo o comunicado divulgado pelo ministério

# "a instituição", "o organismo", "o órgão": a word that fits any body, organisation or state organ (claims.c, body=1).
@rule pt.pronoun.body pronoun ref=organization body=1
  \b(?:a|da|na|pela|esta|desta|essa|dessa|tal)\s+(?:(?:mesma|propria)\s+)?(?:instituicao)\b(?!\s+(?:de|do|da|dos|das|para|pela|pelo)\b)
  | \b(?:o|do|no|pelo|este|deste|esse|desse)\s+(?:(?:mesmo|proprio)\s+)?(?:organismo|orgao)\b(?!\s+(?:de|do|da|dos|das|para|pela|pelo)\b)
  + Segundo essa instituição, quase 8.000 ucranianos
  + segundo dados do próprio órgão, 180 mil presos => _=do próprio órgão
  + segundo o organismo
  + O mesmo órgão estima
  + o órgão diz que 863 já foram soltos
  - a instituição do casamento

# "segundo a mesma agência", "o mesmo jornal": the news outlet the text named last (claims.c, media=1).
@rule pt.pronoun.same_media pronoun ref=organization media=1
  \b(?:(?:a|essa|esta|dessa|desta|pela|na)\s+mesma\s+(?:agencia(?:\s+de\s+noticias)?|emissora|radio|televisao|publicacao)|(?:o|esse|este|desse|deste|pelo|no)\s+mesmo\s+(?:jornal|diario|semanario|canal|portal|veiculo|site))\b
  + Segundo a mesma agência, 40 continuam detidos
  + Essa mesma emissora contou depois 60 detenções => _=Essa mesma emissora
  + informou o mesmo jornal
  - a mesma prisão
  - o mesmo dia

# "Segundo o jornal, 1.200 continuam presos", "a emissora contou 60": o nome comum de um meio de comunicação, com
# artigo definido e sem nome depois, remete como "a mesma agência" ao último meio nomeado (claims.c, media=1; sem
# meio antes, ninguém). Não "a agência" sozinha (também é um órgão do Estado), nem antes de um nome ou de "de".
@rule pt.pronoun.bare_media pronoun exact ref=organization media=1
  (?<![\p{L}])(?:(?:[Oo]|[Ee]sse|[Ee]ste|[Dd]o|[Pp]elo|[Nn]o)\s+(?:jornal|diário|semanário|canal\s+de\s+televisão)|(?:[Aa]|[Ee]ssa|[Ee]sta|[Dd]a|[Pp]ela|[Nn]a)\s+(?:agência\s+de\s+notícias|emissora|televisão|rádio))(?:\s+(?:digital|local|estatal|oficial|independente|\p{Ll}+(?:ense|ano|ana|ês|esa|ino|ina)))?(?![\p{L}])(?!\s+(?:de|do|da|dos|das)\b)(?!\s*,?\s*["\x{201C}\x{AB}]?\p{Lu})
  + Segundo o jornal, 1.200 pessoas continuam presas => _=o jornal
  + A emissora contou depois 60 detenções => _=A emissora
  + informou o diário angolano nesta terça => _=o diário angolano
  - segundo o jornal Folha de S.Paulo
  - a rádio da polícia
  - a agência informou

# "segundo o mesmo relatório", "de acordo com a mesma fonte": o relatório ou a fonte do número acabado de dar, logo o
# seu autor (claims.c, como as referências abaixo).
@rule pt.pronoun.same_report pronoun ref=claim
  \b(?:(?:o|esse|este|desse|deste|pelo|no)\s+mesmo\s+(?:relatorio|balanco|comunicado|documento|levantamento|boletim|registo|registro|texto|informe|relato|depoimento|acervo|arquivo|processo|estudo)|(?:a|essa|esta|dessa|desta|pela|na)\s+mesma\s+(?:fonte|nota|lista|contagem|estatistica|declaracao|versao|investigacao|base\s+de\s+dados))\b
  + Segundo o mesmo relatório, 31 continuavam detidos
  + Continuavam presos uns 40, informa o mesmo arquivo => _=o mesmo arquivo
  + Segundo esse mesmo relato, ficaram 70 presos na cadeia => _=esse mesmo relato
  + de acordo com a mesma fonte
  - o mesmo dia
  - a mesma prisão

@rule pt.pronoun.claim pronoun ref=claim
  (?<!segundo\s)(?<!com\s)(?<!conforme\s)\b(?:o\s+balanco|a\s+cifra|esse\s+total|este\s+total|deste\s+total|desse\s+total|essa\s+cifra|esta\s+cifra|dessa\s+cifra|o\s+total|o\s+numero|deles|delas|dos\s+quais|das\s+quais|entre\s+eles|entre\s+elas|a\s+lista|a\s+contagem)\b
  + o balanço inclui 160 pessoas
  + dos quais nove estrangeiros
  + Deste total, 250 cumpriam penas
  - o balão
  - segundo o balanço mais recente

@rule pt.actor.gov actor kind=government
  (?<!secretario\s|secretaria\s|diretor\s|diretora\s|presidente\s|comite\s|conselheiro\s|conselheira\s)\b(?:o\s+|os\s+|a\s+|as\s+)?(?:propri[oa]s?\s+|mesm[oa]s?\s+)?(?<name>(?:governo|executivo|regime|autoridades|funcionarios|procuradoria(?:-geral)?(?:\s+da\s+republica)?|ministerio\s+publico(?:\s+federal)?|chancelaria|itamaraty|kremlin|pentagono|casa\s+branca|foreign\s+office|home\s+office|departamento\s+de\s+estado
       |gabinete\s+d[oa]\s+(?:primeir[oa]-ministr[oa]|president[ea]|presidencia)|policia(?:\s+(?:federal|nacional|civil|militar|judiciaria|de\s+seguranca\s+publica))?|guarda\s+nacional(?:\s+republicana|\s+bolivariana)?|defensoria\s+publica|exercito|forcas\s+armadas|forcas\s+de\s+defesa\s+de\s+israel|forcas\s+de\s+seguranca
       |supremo\s+tribunal(?:\s+federal|\s+de\s+justica)?|tribunal\s+supremo(?:\s+(?:de\s+justica|popular))?|servico\s+(?:prisional|penitenciario)(?:\s+de\s+israel)?
       |ministerio\s+(?:de|do|da|dos|das)\s+(?:interior|justica(?:\s+e\s+seguranca\s+publica)?|defesa|relacoes\s+exteriores|negocios\s+estrangeiros|administracao\s+interna|seguranca(?:\s+publica)?|comunicacao|informacao|saude|assuntos\s+internos|estrangeiros|exterior))
     (?:\s+(?:venezuelan[oa]s?|cuban[oa]s?|nicaraguense|russ[oa]|ucranian[oa]|israelense|israelita|bielorruss[oa]|norte-american[oa]|american[oa]|georgian[oa]|iranian[oa]|turc[oa]|brasileir[oa]|portugues|portuguesa|angolan[oa]|catari|egipci[oa]|palestin[oa]|interino|interina|nacional|provincial|estadual|federal|municipal|regional|departamental|local|metropolitana|de\s+facto
       |de\s+(?:venezuela|cuba|nicaragua|israel|belarus|angola|portugal|maduro|ortega|lukashenko|putin|gaza|caracas|havana|managua)|dos\s+estados\s+unidos|dos\s+eua|da\s+(?:venezuela|russia|ucrania|bielorrussia|georgia|turquia|nicaragua|guatemala|palestina)|do\s+(?:brasil|catar|ira|egito|haiti)))?)\b
  + O Foreign Office britânico estimou hoje => name=Foreign Office
  + o Governo venezuelano anunciou => name=Governo venezuelano
  - Ana Ruiz, secretário executivo da Coordenadora, contou
  + segundo as autoridades => name=autoridades
  + funcionários do Ministério da Justiça disseram => name=funcionários
  + o Ministério do Interior informou => name=Ministério do Interior
  + segundo a própria polícia provincial, 20 pessoas => name=polícia provincial
  + O governo dos Estados Unidos anunciou => name=governo dos Estados Unidos
  + confirmou o exército israelita => name=exército israelita
  + O Pentágono diz que restam 30 homens na base => name=Pentágono
  + segundo o gabinete do primeiro-ministro israelita => name=gabinete do primeiro-ministro israelita
  + segundo o Serviço Prisional de Israel => name=Serviço Prisional de Israel
  - governador
  - o ministério indicou

# Names with a lowercase article particle ("Majed al-Ansari", "Abu Obeida"): one person, not two.
@rule pt.actor.person_particle actor exact kind=person
  (?<![\p{L}\d])(?<name>(?!(?:{CAPWORDS})(?![\p{L}\-])){NAMEWORD}(?:\s+{NAMEWORD}){0,2}\s+(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|ben)-{NAMEWORD}(?:\s+{NAMEWORD})?)(?![\p{L}])
  + o porta-voz, Majed al-Ansari, anunciou => name=Majed al-Ansari
  - o Ministério

# Government bodies by their own name ("Quartel-General de Coordenação para o Tratamento de Prisioneiros de Guerra").
# "e a Polícia Federal" after a name opens a second body ({NEXTBODY}): the first name ends before it.
@rule pt.actor.gov_named actor exact kind=government named=1
  (?<![\p{L}])(?<name>(?:Ministério|Serviço|Quartel-General|Forças|Exército|Tribunal|Supremo|Procuradoria|Polícia|Departamento|Secretaria|Casa\s+Branca|Defensoria|Gabinete|Guarda|Comissão\s+Nacional|Conselho\s+Nacional|Comité\s+de\s+Investigação|Comitê\s+de\s+Investigação|Direção-Geral|Direção\s+Geral|Direcção-Geral|Agência\s+Nacional|Presidência|Palácio|Kremlin|Itamaraty)
     (?:\s+(?!{NEXTBODY})(?:(?:de|do|da|dos|das|para|o|a|e)\s+){0,2}(?:\p{Lu}[\p{L}'’-]*))*)
  (?:,\s+(?:órgão|organismo|agência|braço|departamento|serviço|entidade)\s+(?:\p{Ll}+\s+){0,3}\p{Ll}+(?=\s*[,.;]))?
  + segundo o Quartel-General de Coordenação para o Tratamento de Prisioneiros de Guerra, órgão => name=Quartel-General de Coordenação para o Tratamento de Prisioneiros de Guerra
  + o Ministério das Relações Exteriores cubano informou => name=Ministério das Relações Exteriores
  + O Tribunal Supremo Popular informou => name=Tribunal Supremo Popular
  + segundo o Serviço Prisional, órgão do governo israelense. => _=Serviço Prisional, órgão do governo israelense
  + o Ministério da Saúde e a Polícia Federal indicaram => name=Ministério da Saúde
  + o Supremo Tribunal de Justiça e Desporto informou => name=Supremo Tribunal de Justiça e Desporto
  - o ministério informou

@rule pt.actor.gov_acronym actor exact kind=government
  (?<![\p{L}])(?<name>(?:PSP|GNR|PJ|PGR|STF|STJ|MPF|SEF|FDI|IDF|TSJ|CNE|FSB|SBU|SEBIN|Sebin|DGCIM|GNB|PNB|PF))(?![\p{L}])
  + a PSP deteve => name=PSP
  - a psp

# Cities and regions are places, not people: the name rule must not read "Vílnius" or "Rafah" as a person (a
# pronoun would then point to it). As a speaker ("Minsk anunciou") they stay an actor of unknown kind.
@rule pt.actor.place actor exact kind=unknown place=1
  (?<![\p{L}])(?<name>{PLACES})(?![\p{L}])
  + hora de Vílnius => name=Vílnius
  + na passagem de Rafah => name=Rafah
  - vilnius

# Capitalised function words ("Até", "Não", "Todos") that open a sentence are no one: an actor of unknown kind of
# the same extent overrides the capitalised-name reading, so that "ele" never points to them, and they are never a
# claimant ("Desta vez anunciou…"; claims.c, noname=1).
@rule pt.actor.not_a_name actor exact kind=unknown noname=1
  (?<![\p{L}\d])(?<name>{CAPWORDS_PT})(?![\p{L}\d'’-])
  + Até a noite de domingo => name=Até
  + Não existe uma lista => name=Não
  - Atéa

# Countries in Portuguese spelling ("Nicarágua", "Irã"): as the one who acts, the government.
@rule pt.actor.country actor exact kind=government place=1
  (?<![\p{L}])(?<name>{COUNTRY_PT})(?![\p{L}])
  + a Nicarágua libertou => name=Nicarágua
  - nicarágua

@rule pt.actor.org actor exact kind=organization
  (?<![\p{L}])(?!(?=(?:{NAMERUN})*?(?:{STATEWORD})(?![\p{L}]))(?:(?={STATEOWNED})|(?!(?:{NAMERUN})*?(?:{CIVILWORD})(?![\p{L}])))(?:{AMBIGHEAD})(?![\p{L}]))(?<name>(?:Foro|Fórum|Observatório|Comitê|Comité|Comissão|Coalizão|Coligação|Associação|Fundação|Organização|Escritório|Centro|Instituto|Rede|Plataforma|Movimento|Partido|Frente|União|Sindicato|Ordem|Conselho|Cruz\s+Vermelha|Crescente\s+Vermelho|Nações\s+Unidas|Alto\s+Comissariado|Federação|Confederação|Programa|Mesa|Comando|Anistia|Amnistia|Defensores|Familiares|Mães|Clube|Mecanismo|Liga|Núcleo|Coletivo|Colectivo|Iniciativa|Human\s+Rights)
     (?:\s+(?:(?:de|do|da|dos|das|para|pela|pelo|por|e|sobre|contra|em|o|a|os|as)\s+){0,2}(?:\p{Lu}[\p{L}'’-]*|\d+\p{L}+))*){ORGTAIL}
  + O Observatório Venezuelano de Prisões (OVP) divulgou => name=Observatório Venezuelano de Prisões
  - o Conselho Superior de Justiça (CSJ) informou
  + o Mecanismo para o Reconhecimento de Pessoas Presas Políticas, que reúne => name=Mecanismo para o Reconhecimento de Pessoas Presas Políticas
  + o Comitê pela Liberdade dos Presos Políticos (Clippve) => name=Comitê pela Liberdade dos Presos Políticos
  + Já o Clube dos Prisioneiros Palestinianos contabiliza => name=Clube dos Prisioneiros Palestinianos
  - o comitê de bairro
  + no Comando Metropolitano 18 deles => name=Comando Metropolitano

# "a ONG Prisoners Defenders", "a associação Addameer": a generic word naming the kind of body, then its name.
@rule pt.actor.org_named actor exact kind=organization
  (?<![\p{L}])(?:[AaOo])\s+(?:ONG|(?:organiza[çc][ãa]o|associa[çc][ãa]o|entidade|plataforma|coliga[çc][ãa]o|coaliz[ãa]o|movimento|funda[çc][ãa]o|institui[çc][ãa]o|grupo|rede|ag[êe]ncia(?!\s+(?:estatal|oficial|noticiosa|de\s+not[íi]cias|independente|privada|local|{MEDIA}|(?:\p{Lu}[\p{L}'\x{2019}\-]+\s+){1,2}Presse|Agence)(?![\p{L}]))))
  (?:\s+(?:n[ãa]o[\s-]governamental|\p{Ll}+)){0,3}\s+(?<name>\p{Lu}[\p{L}\d'’-]*(?:\s+(?:(?:de|do|da|dos|das|para|pela|pelo|e|o|a)\s+)?(?:\p{Lu}[\p{L}\d'’-]*|\d+\p{L}*)){0,5}){ORGTAIL}
  + A ONG Prisoners Defenders, sediada em Madri, contabiliza => name=Prisoners Defenders; _=A ONG Prisoners Defenders
  + a ONG israelense HaMoked, que acompanha => name=HaMoked
  + A associação Addameer estima => name=Addameer
  + A organização não governamental Foro Penal confirmou => name=Foro Penal
  + O grupo Justicia 11J, que documenta => name=Justicia 11J
  + A organização de direitos humanos Sahar o Kendra Mitra (SKM) estima => name=Sahar o Kendra Mitra
  + a agência de ativistas HRANA, que documenta => name=HRANA
  - a agência estatal Belta confirmou
  - a agência Tunis Afrique Presse (TAP) avança
  - de acordo com a agência Associated Press, 300
  - a ONG denunciou
  - A Rede de Apoio registrou

# "organizações de direitos humanos": an unnamed collective of organisations as the source.
@rule pt.actor.rights_groups actor kind=organization
  \b(?<name>(?:organizacoes|organismos|entidades|ongs|grupos|associacoes|defensores)\s+(?:de\s+(?:defesa\s+d[eo]s?\s+)?)?direitos\s+humanos)\b
  + segundo os organismos de direitos humanos, 5.000 pessoas => name=organismos de direitos humanos
  + segundo levantamentos de entidades de direitos humanos => name=entidades de direitos humanos
  + segundo os organismos de direitos humanos, cerca de 5.000 => name=organismos de direitos humanos
  - direitos humanos

@rule pt.actor.acronym actor exact kind=organization
  (?<![\p{L}])(?<name>(?:ONU|OEA|CIDH|OVP|ACNUDH|CICR|UE|OTAN|NATO|ACNUR|UNICEF|SNTP|CPJ|HRW|OCDH|GYLA|Cenidh|CENIDH|Unpacu|UNPACU|OMCT|FIDH|TPI|CPI))(?![\p{L}])
  + a CIDH denunciou => name=CIDH
  - a cidh

# "escreveu o vice-presidente do Foro Penal, Gonzalo Himiob": after a verb, a title and its complement, then the
# name, make one speaker (the name alone is the claimant). A complement may list portfolios ("o ministro do
# Interior, Justiça e Paz, Tomás Arriaga"): the name is the one no further capitalised item follows.
@rule pt.actor.titled actor exact kind=person
  (?<=\p{Ll}\x20)[oa]\s+(?:(?:vice-)?president[ea]|ministr[oa]|primeir[oa]-ministr[oa]|diretor[a]?|procurador[a]?(?:-geral)?|porta-voz|coordenador[a]?|secret[áa]ri[oa](?:-geral)?|deputad[oa]|advogad[oa]|defensor[a]?|chefe|l[íi]der|dirigente|governador[a]?|prefeit[oa]|relator[a]?|comiss[áa]ri[oa]|ativista|fundador[a]?|representante|embaixador[a]?|general|candidat[oa]|chanceler|jurista|assessor[a]?|magistrad[oa]|juiz|ju[íi]za|senador[a]?|delegad[oa]|comandante|superintendente|promotor[a]?)
  (?:,?\s+[\p{L}-]+){0,7}?,\s+(?<name>(?!(?:{CAPWORDS})(?![\p{L}\-])){NAMEWORD}(?:\s+(?:{PARTICLE}\s+)?{NAMEWORD}){0,3})(?![\p{L}])(?!,\s+\p{Lu}|\s+e\s+\p{Lu})
  + escreveu o vice-presidente do Foro Penal, Gonzalo Himiob, na rede => name=Gonzalo Himiob
  + anunciou o ministro do Interior, Justiça e Paz, Tomás Arriaga. => name=Tomás Arriaga
  + informou o presidente ucraniano, Volodimir Zelenski. => name=Volodimir Zelenski
  + afirmou à nossa reportagem o diretor do Foro Penal, Gonzalo Himiob. => name=Gonzalo Himiob
  - Do lado do governo, o ministro do Interior, Diosdado Cabello, afirmou

@rule pt.title title
  \b(?<!-)(?:general|coronel|(?:vice-)?presidente|presidenta|vice-presidenta|ministr[oa]|primeir[oa]-ministr[oa]|diretor|diretora|director|directora|procurador|procuradora|procurador-geral|procuradora-geral|porta-voz|coordenador|coordenadora|secretario(?:-geral)?|secretaria-geral|deputad[oa]|advogad[oa]|defensor|defensora|chefe|lider|dirigente|governador|governadora|prefeit[oa]|burgomestre|burgomestra|autarca|relator|relatora|comissari[oa]|alto\s+comissario|ativista|activista|fundador|fundadora|representante|embaixador|embaixadora|general|candidat[oa]|ex-presidente|ex-deputad[oa]|chanceler|jurista|assessor|assessora|magistrad[oa]|juiz|juiza|senador|senadora|subsecretari[oa]|vice-ministr[oa]|legislador[a]?|delegad[oa]|comandante|superintendente|promotor|promotora|desembargador|desembargadora|ouvidor|ouvidora|investigador|investigadora|membro|integrante|bispo|cardeal|papa|enviad[oa]\s+especial)\b
  + o presidente da Assembleia Nacional
  + a ministra da Justiça
  # thirtieth session: a title word closing a compound noun is no title ("quartel-general")
  - segundo o quartel-general
  + o burgomestre de Smilde disse => _=burgomestre
  + o vice-presidente do Foro Penal
  - presidência
  - informou a Secretaria de Segurança Pública

# The agent of a passive report: "anunciado na segunda-feira pelo ministro".
# "pela manhã", "pela primeira vez" dizem quando, não quem.
@rule pt.agent agent
  \b(?:pel[oa]s?|por\s+parte\s+d[eoa]s?)\b(?!\s+(?:menos|manha|tarde|noite|madrugada|primeira|segunda|ultima|metade)\b) | \bpor\b(?=\s+(?:o|a|os|as)\s)
  + anunciado na segunda-feira pelo ministro
  + por parte do governo
  - por cento
  - pelo menos 120
  - 40 presos foram libertados pela manhã
  - foi libertado pela primeira vez

# "nós", "nosso": the own voice of a statement, the organisation that issues it (outside quotations); not the
# newsroom's "nossa reportagem".
@rule pt.pronoun.self pronoun ref=self
  \b(?:noss[oa]s?)\b(?!\s+(?:reportagem|programa|jornal|emissora|redacao|site|leitores|correspondente|enviad[oa]))
  + Segundo a nossa base de dados
  + os nossos registos
  - afirmou à nossa reportagem

# "Nós", and a verb in the first person plural, outside quotations: the voice of a statement's issuer, or of
# whoever answers an interview ("Nós acompanhamos os casos", "Até agora contamos 175"). Only verbs of knowing,
# counting and acting for someone: "-amos" alone would read "ramos" or "Ramos".
@rule pt.pronoun.we_word pronoun exact ref=self
  (?<![\p{L}])[Nn]ós(?![\p{L}])
  + Nós acompanhamos os casos desde julho
  + as notícias chegaram até nós
  - os policiais nos trouxeram
  - nos últimos dias
@rule pt.pronoun.we pronoun ref=self
  \b(?:(?:contamos|contabilizamos|registamos|registramos|registámos|documentamos|acompanhamos|temos|tinhamos|sabemos
     |estimamos|calculamos|verificamos|confirmamos|recebemos|representamos|defendemos|atendemos|denunciamos
     |pedimos|exigimos|visitamos|entrevistamos|identificamos|conseguimos|achamos|acreditamos|queremos|vemos
     |contactamos|contatamos|estamos\s+(?:acompanhando|a\s+acompanhar|contando|a\s+contar)))\b
  + Nós acompanhamos os casos desde julho
  + Até agora contamos 300 pessoas processadas
  + Temos hoje três advogados para cem clientes
  + nós já pedimos a soltura de todos
  - O presidente Ramos disse
  - os ramos da empresa
  - os policiais nos trouxeram
  - nos últimos dias

# "Eu", and a verb in the first person singular, outside quotations: the voice of whoever answers an interview
# ("Tenho os nomes de todos"). One person speaks, not an issuer: singular=1 keeps it out of a statement's "we".
@rule pt.pronoun.i pronoun exact ref=self singular=1
  (?<![\p{L}])(?:[Ee]u|[Tt]enho|[Ss]ei|[Aa]cho|[Aa]credito|[Cc]onheço|[Rr]epresento|[Aa]companho|[Dd]efendo|[Ee]stive|[Ff]alei|vi)(?![\p{L}-])
  + Tenho os nomes e as datas de cada audiência
  + Eu estive lá naquela noite
  + não sei quantos ainda estão presos
  - Estou certa de que
  - viu a cena
  - no século VI

# Um grupo armado nomeado pelo que é: "a brigada Signatários com Sangue", "a guerrilha Movimento 19 de Abril",
# "a milícia Kataib Hezbollah": o nome que se segue é o do grupo inteiro, com as suas palavras em minúsculas
# (actors.c, S_described), não a pessoa que a regra de nomes lê na última palavra (décima sétima sessão).
@rule pt.pronoun.armed_group pronoun exact ref=organization kind=organization
  (?<![\p{L}])(?i:(?:o|a|os|as|do|da|no|na|pelo|pela|um|uma)\s+(?:brigada|batalhão|milícia|guerrilha|facção|katiba|coluna|grupo\s+(?:armado|guerrilheiro|rebelde|jihadista|islamita|paramilitar|insurgente|terrorista)|organização\s+(?:armada|guerrilheira|terrorista)))(?=\s+\p{Lu})
  + 21h40 – A brigada Signatários com Sangue diz manter => _=A brigada
  + segundo a guerrilha Movimento 19 de Abril => _=a guerrilha
  + o grupo armado Frente Sul disse => _=o grupo armado
  - a brigada de resgate chegou
  - a guerrilha libertou dois reféns

# Um meio nomeado pelo que é: "o jornal Dawn", "a emissora estatal MRTV", também depois de uma contração ("citado
# pela agência oficial Petra": o meio, não uma pessoa chamada Petra). Depois de "pelo/pela" a menção começa no
# nome comum, para deixar "pela" ao agente da passiva ("citados pela agência Lusa": os citados falam).
@rule pt.pronoun.media pronoun exact ref=organization kind=media
  (?:(?<![\p{L}])(?i:(?:o|a|os|do|da|no|na|ao|à|num|numa)\s+)|(?<=(?<![\p{L}])[Pp]el[oa]\s))['\x{2018}"]?(?i:(?:jornal|diário|semanário|agência(?:\s+de\s+notícias)?|emissora|canal|rádio|televisão|portal|site|página|conta|perfil|blog|publicação|revista)['\x{2019}"]?(?:\s+(?:estatal|independente|oficial|local|privad[oa]|britânic[oa]|paquistanês|russ[oa]|anônim[oa]|\p{Ll}+-\p{Ll}+))?)(?=\s+["\x{201C}\x{AB}]?\p{Lu})
  + segundo o jornal Dawn
  + a emissora estatal MRTV
  + segundo a página Verdade Já
  + segundo o perfil "Notícias Livres"
  + citado pela agência oficial Tanjug => _=agência oficial
  + uma reportagem do jornal Público
  + segundo o 'site' Notícias do Vale => _=o 'site'
  + a publicação luso-brasileira Gazeta Nova => _=a publicação luso-brasileira
  + noticiou a revista Sábado
  - a agência funerária
  - a publicação do decreto

# "o gabinete do ministro Alexandre de Moraes", "o gabinete de Moraes": o gabinete de uma autoridade fala por ela.
@rule pt.actor.cabinet actor exact kind=government
  (?<![\p{L}])(?<name>gabinete\s+(?:d[oa]\s+(?:ministr[oa]|primeir[oa]-ministr[oa]|president[ea]|governador[a]?|juiz|juíza|procurador[a]?)\s+|de\s+|d[oa]\s+)(?:{NAMEWORD})(?:\s+(?:{PARTICLE}\s+)?{NAMEWORD}){0,3})
  + o gabinete do ministro Alexandre de Moraes, relator => name=gabinete do ministro Alexandre de Moraes
  + O gabinete de Moraes negou => name=gabinete de Moraes
  + o gabinete do primeiro-ministro Luís Montenegro anunciou => name=gabinete do primeiro-ministro Luís Montenegro
  - o gabinete de crise

# "o escritório do presidente Tokaiev": o escritório de um cargo do Estado fala por ele; "o escritório de Svetlana
# Tsikhanouskaya", sem cargo, é a equipa dessa pessoa (pt.actor.office).
@rule pt.actor.cabinet_office actor exact kind=government
  (?<![\p{L}])(?<name>escritório\s+d[oa]\s+(?:ministr[oa]|president[ea]|primeiro-ministro|governador[a]?|prefeit[oa]|procurador[a]?)\s+(?:{NAMEWORD})(?:\s+(?:{PARTICLE}\s+)?{NAMEWORD}){0,3})
  + o escritório do presidente Tokaiev falou em => name=escritório do presidente Tokaiev
  - o escritório de Ana Ruiz
@rule pt.actor.office actor exact kind=organization
  (?<![\p{L}])(?<name>escritório\s+de\s+(?:{NAMEWORD})(?:\s+(?:{PARTICLE}\s+)?{NAMEWORD}){0,3})
  + Segundo o escritório de Svetlana Tsikhanouskaya, 1500 => name=escritório de Svetlana Tsikhanouskaya
  - o escritório de advocacia

# A press-release label opening a line ("COMUNICADO DE IMPRENSA"): the document is its issuer's statement, as if it
# said "nós" (label=1 counts as a statement by itself).
@rule pt.pronoun.label pronoun exact ref=self label=1
  (?<![^\n])(?:COMUNICADO\s+DE\s+IMPRENSA|COMUNICADO\s+À\s+IMPRENSA|NOTA\s+À\s+COMUNICAÇÃO\s+SOCIAL|NOTA\s+À\s+IMPRENSA|COMUNICADO\s+OFICIAL|COMUNICADO|Comunicado\s+de\s+imprensa|Nota\s+à\s+imprensa)(?=[\x20\t]*(?:\n|$))
  + COMUNICADO DE IMPRENSA
  + NOTA À COMUNICAÇÃO SOCIAL
  + Nota à imprensa
  - O comunicado de imprensa diz

# Um meio descrito em aposto depois do nome: "Mizan, a agência de notícias do poder judiciário, informou". O nome
# antes da vírgula é um meio (claims.c), leia-o como o ler a regra de nomes.
@rule pt.pronoun.media_apposition pronoun ref=organization kind=media
  (?<=,\s)(?:a|o|um|uma)\s+(?:\p{L}+\s+){0,2}?(?:agencia|jornal|diario|semanario|emissora|televisao|radio|portal|canal)\b(?=[^,.]{0,60},)
  + Mizan, a agência de notícias do poder judiciário, informou => _=a agência
  + Dawn, um jornal de Karachi, disse => _=um jornal
  - a agência disse
  - Dawn, um jornal de Karachi.

# A body described in apposition after its name: "Hami Nepal, o coletivo juvenil que convocou a marcha, afirma", "a
# Seap, a secretaria fluminense de administração penitenciária, informou". The name before the comma is an
# organisation or a state body (claims.c, S_learn_actors). No "de" before the head word ("um membro do coletivo"
# describes a person).
@rule pt.pronoun.org_apposition pronoun ref=organization kind=organization
  (?<=,\s)(?:a|o|um|uma)\s+(?:(?!(?:de|do|da|dos|das|em|no|na|com|para|por|pelo|pela)\s)\p{L}+\s+){0,2}?(?:organizacao|ong|grupo|coletivo|coligacao|coalizao|associacao|sindicato|movimento|rede|plataforma|alianca|campanha|fundacao|federacao|liga|iniciativa|entidade|partido|observatorio|comite)\b(?=[^,.;]{0,80}[,.;])
  + Hami Nepal, o coletivo juvenil que convocou a marcha, afirma => _=o coletivo
  + Hengaw, uma organização curda sediada na Noruega, disse => _=uma organização
  - Ana Lima, membro do coletivo, disse
  - o coletivo disse

@rule pt.pronoun.gov_apposition pronoun ref=government kind=government
  (?<=,\s)(?:a|o|um|uma)\s+(?:(?!(?:de|do|da|dos|das|em|no|na|com|para|por|pelo|pela)\s)\p{L}+\s+){0,2}?(?:ministerio|secretaria|departamento|procuradoria|defensoria|tribunal|corte|policia|pasta|direcao|prefeitura|(?:servico|gabinete|braco|unidade|nucleo|setor)(?=\s[^,.;]{0,50}?\b(?:das|dos|da|do)\s+(?:forcas\s+armadas|exercito|policia|governo|marinha|forca\s+aerea|presidencia|ministerio)\b)|(?:servico|orgao|organismo|entidade)(?=\s+(?:que\s+(?:gere|administra|dirige|gerencia|controla|tutela)|responsavel\s+(?:pel[oa]s?|por)|encarregad[oa]\s+d[oa]s?)\s+(?:o\s+|a\s+|os\s+|as\s+)?(?:sistema\s+(?:prisional|penitenciario)|prisoes|cadeias|presidios|penitenciarias|carceres))|orgao\s+(?:estadual|publico|oficial|federal|governamental|(?:ligado|vinculado|subordinado)(?=\s+(?:ao|a)\s+(?:parlamento|governo|estado|ministerio|congresso|presidencia|assembleia)\b)))\b(?=[^,.;]{0,80}[,.;])
  + No Rio, a Seap, a secretaria fluminense de administração penitenciária, informou => _=a secretaria
  + a DGSP, o órgão estadual que gere as prisões, disse => _=o órgão estadual
  + a Alta Comissão, um órgão ligado ao Parlamento, divulgou => _=um órgão ligado
  + a DIRPE, o serviço de imprensa das Forças Armadas, anunciou => _=o serviço
  + o GCI, o braço de comunicação do Exército, informou => _=o braço
  + o SNAI, o serviço que gere o sistema prisional, contabilizava => _=o serviço
  - o CDH, o organismo que denuncia as prisões, contabilizava
  - a Cáritas, o serviço social da Igreja, informou
  - Ana Lima, porta-voz da secretaria, disse

# "segundo os seus dados", "de acordo com os seus registos": the figures of whoever the sentence is about (the
# nearest actor before; claims.c, topic=1).
@rule pt.pronoun.possessive pronoun ref=organization topic=1
  \b(?:(?:os|as|o|a)\s+)?(?:seus|suas|seu|sua)\s+(?:propri[oa]s?\s+)?(?:dados|registros|registos|numeros|cifras|calculos|contas|contagem|estimativas?|levantamentos?|balanco|relatorios?|fontes|monitoramento|monitorizacao)\b
  + segundo os seus dados, mais de 1.300 pessoas
  + segundo seus registros, 300 curdos
  - os seus familiares

# "A polícia deteve 500 pessoas, segundo dados divulgados na coletiva": números dados sem dizer de quem são os de quem
# a frase fala (topic=1, como acima).
@rule pt.pronoun.released pronoun ref=organization topic=1
  (?<=segundo\s|acordo\scom\s)(?:(?:os|as)\s+)?(?:dados|numeros|cifras|estatisticas)\s+(?:oficiais\s+)?(?:divulgad|publicad|apresentad|fornecid|tornad[oa]s\s+public)[oa]s\b(?![^,;.]{0,40}?\bpel[oa]s?\b)
  + o exército prendeu 300 pessoas, segundo dados divulgados na segunda => _=dados divulgados
  - segundo dados divulgados pela ONG
  - de acordo com números divulgados em novembro pelo ministério

# "Na sua opinião, foram presas mais de 400 pessoas", "A seu ver, …": an opinion phrase opening a clause
# attributes it to whoever has the floor (the current speaker of the sentence, else of the sentence before;
# claims.c, opinion=1 with topic=1).
@rule pt.pronoun.opinion pronoun ref=organization topic=1 opinion=1
  \b(?:na\s+(?:sua\s+)?(?:opiniao|avaliacao|estimativa|leitura|analise|visao)(?:\s+del[ea]s?)?|a\s+seu\s+ver|no\s+seu\s+entender|no\s+entender\s+del[ea]s?|segundo\s+(?:eles|elas)|pelas\s+(?:suas\s+contas|contas\s+del[ea]s?)|pel[oa]\s+(?:sua\s+|seu\s+)(?:propri[oa]\s+)?(?:contagem|registo|registro|levantamento|calculo|estimativa)|segundo\s+(?:a\s+sua|o\s+seu)\s+(?:propri[oa]\s+)?(?:contagem|registo|registro|levantamento|calculo|estimativa|relato|versao|testemunho)|pelos\s+(?:seus\s+(?:dados|numeros|calculos|registos|registros)|(?:calculos|registos|registros)\s+del[ea]s?))\b(?=\s*,)
  + Na sua opinião, foram presas mais de 400 pessoas => _=Na sua opinião
  + A seu ver, continuam presas 80 pessoas => _=A seu ver
  + segundo eles, a polícia levou 90 pessoas => _=segundo eles
  + Pelas suas contas, 300 continuam detidos => _=Pelas suas contas
  + Na avaliação dele, o número real de detidos passa de dois mil => _=Na avaliação dele
  + Pelas contas dela, 300 continuam detidos => _=Pelas contas dela
  + Segundo o seu levantamento, feito nas esquadras, 61 pessoas => _=Segundo o seu levantamento
  + Pela sua contagem, 70 seguem presos => _=Pela sua contagem
  + Ao fim da tarde, segundo o seu relato, 173 reféns tinham sido libertados => _=segundo o seu relato
  - segundo o seu registo criminal
  - na avaliação do governo
  - na opinião pública
  - a seu ver o filho

# Um organismo apresentado pelo que é, com o que o qualifica, logo antes do nome: "a organização de direitos humanos
# Ain o Salish Kendra", "o sindicato de jornalistas DİSK Basın-İş", "o coletivo Nicarágua Nunca Mais". O nome que se
# segue é esse organismo, todas as suas palavras com maiúscula (claims.c, S_described).
@rule pt.pronoun.descriptor pronoun exact ref=organization descriptor=1
  (?<![\p{L}])(?:[Oo]|[Aa]|[Uu]ma?|[Ee]st[ea])\s+(?:organização|ONG|entidade|associação|fundação|plataforma|coligação|coalizão|coletivo|rede|aliança|campanha|grupo|movimento|sindicato|federação|confederação|iniciativa)(?:\s+(?:não[\s-]governamental|\p{Ll}+))?(?:\s+(?:de|dos|das|da|do|pelos|pelas|pela|pelo|para|contra)\s+(?!(?:os|as|o|a|de|do|da|dos|das)\s)(?:\p{Ll}+(?:\s+(?!(?:os|as|o|a|de|do|da|dos|das)\s)\p{Ll}+)?)){0,3}(?=\s+\p{Lu})
  + A organização de defesa das liberdades cívicas Libertas recorda => _=A organização de defesa das liberdades cívicas
  - o grupo de presos da Cadeia Pública
  + A organização de direitos humanos Ain o Salish Kendra (ASK) estima => _=A organização de direitos humanos
  + o sindicato de jornalistas DİSK Basın-İş disse => _=o sindicato de jornalistas
  + a ONG Foro Penal => _=a ONG
  - a organização denunciou
  - o grupo de presos

# "o chefe do Governo", "a chefe de Governo": the prime minister named last (claims.c, holds=); the capitalised
# "Governo" inside names the office, not a body that speaks.
@rule pt.pronoun.head_of_government pronoun exact ref=person holds=primeiro-ministro|primeira-ministra|primeiro|primeira|premier|governo
  (?<![\p{L}])[oaOA]\s+chefe\s+d[eo]\s+[Gg]overno(?![\p{L}])(?!\s*,?\s*\p{Lu})
  + segundo o chefe do Governo, 40 presos foram libertados
  - o chefe do Governo, Rui Lemos, disse

# "a televisão estatal situava o número de detidos em 8.600", "colocou o total em": a verb that sets a figure. Also
# with the figure first ("situou em 120 o número de presos") and with the people or acts counted as the object
# ("fixou os detidos em 300", "situou as prisões em 45").
@rule pt.cue.situar cue
  \b(?:situ|coloc|fix)(?:ou|aram|a|am|ava|avam)\s+(?:(?:a\s+cifra|o\s+numero|o\s+total|o\s+balanco)(?:\s+de(?:\s+\p{L}+){1,4}?)?|(?:os|as)\s+(?:detidos|presos|detencoes|prisoes|libertados|libertacoes|soltos|detentos))\s+em(?=\s)
  |\b(?:situ|coloc|fix)(?:ou|aram|a|am|ava|avam)\s+em(?=\s+(?:cerca\s+de\s+|mais\s+de\s+|quase\s+|pelo\s+menos\s+)?\d[\d.]*\s+(?:o|a|os|as)\s+(?:numero|total|cifra|balanco|detidos|presos|detencoes|prisoes|libertados|libertacoes)\b)
  + o ministro situou em 120 o número de presos => _=situou em
  + a polícia fixou os detidos em 300 => _=fixou os detidos em
  - a situação na prisão
  - fixou em 2020 a meta do governo
  + a televisão estatal situava o número de detidos em 8.600
  + o ministério colocou o total em 40
  - a situação na prisão

# "a formação", "a formação política": the party or movement named last (as "o partido").
@rule pt.pronoun.formation pronoun ref=organization
  \b(?:a|da|na|pela|esta|desta|essa|dessa)\s+(?:mesma\s+)?formacao(?:\s+politica)?\b(?!\s+(?:de|do|da|dos|das)\b)
  + Num comunicado, a formação garante que
  - a formação de professores

# "A Polícia Militar fez o balanço de 230 detidos", "a ONG fez um novo levantamento: 80 presos", "o governo deu o
# número de detidos como 230": a reporting expression that is not one verb (a verb of making or giving and a noun for
# a tally) reports the figure like any reporting verb; its subject is the claimant.
@rule pt.cue.tally cue
  \b(?:fez|fizeram|faz|fazem|fazia|faziam|(?:tem|tinha|tinham|havia|haviam)\s+feito)(?:\s+(?:ha\s+(?:uns\s+)?(?:instantes|pouco|momentos|minutos)|hoje|ontem|agora|ja|tambem|entao|depois))?\s+(?:o|um|seu|o\s+seu|a|uma|sua|a\s+sua)\s+(?:(?:novo|nova|ultimo|ultima|primeiro|primeira|proprio|propria)\s+)?(?:balanco|levantamento|contagem|calculo|contabilidade)(?:\s+(?:oficial|final|provisorio|provisoria|atualizado|atualizada))?(?:\s+(?:de|do|da|dos|das)(?=\s))?(?=[^.;\n]{0,60}?[\d:])
  |\b(?:deu|deram|da|dao|dava|davam|(?:tem|tinha|tinham)\s+dado)\s+(?:a\s+cifra|o\s+numero|o\s+total|o\s+balanco)(?:\s+de(?:\s+\p{L}+){1,4}?)?\s+(?:como|em)(?=\s)
  + A Polícia Militar fez o balanço de 230 detidos => _=fez o balanço de
  + a ONG fez um novo levantamento: 80 presos => _=fez um novo levantamento
  + o governo deu o número de detidos como 230 => _=deu o número de detidos como
  + a polícia fez a contagem oficial das detenções: 40 => _=fez a contagem oficial das
  + o vice-ministro fez há pouco um novo balanço: mais de 70 reféns libertados => _=fez há pouco um novo balanço
  + a polícia fez ontem o balanço de 40 detidos => _=fez ontem o balanço de
  - fez há pouco o balanço da sua gestão econômica
  - atualizou o seu perfil na rede social
  - fez o balanço da sua gestão econômica
  - fizeram uma marcha

# "O Ministério, que tinha prometido uma amnistia, recusou-se a dizer quantos…", "não quis confirmar", "evitou
# precisar", "ainda não disse": a reporting verb under a refusal or a negation is still that subject speaking about
# the figure (it neither denies nor disputes it).
@rule pt.cue.withheld cue
  \b(?:nao\s+(?:quis|quiseram|quer|querem|pode|puderam|soube|souberam)|recus(?:ou|aram|a|am)-se\s+a|se\s+recus(?:ou|aram|a|am)\s+a|evit(?:ou|aram|a|am)|(?:ainda\s+)?nao\s+(?:tinha|tinham|havia|haviam|tem)|ainda\s+nao)\s+(?:dizer|confirmar|precisar|detalhar|especificar|revelar|informar|dar|avancar|esclarecer|quantificar|dito|confirmado|precisado|detalhado|informado|revelado|esclarecido|disse|confirmou|informou|precisou)\b
  + O Ministério, que tinha prometido uma amnistia, recusou-se a dizer quantos => _=recusou-se a dizer
  + o ministério não quis confirmar quantos => _=não quis confirmar
  + a polícia evitou precisar o número
  + o Governo ainda não disse quantos => _=ainda não disse
  - não quis ir à prisão
  - recusou-se a depor perante o juiz

# "O Viasna atualizou esta segunda-feira a sua lista: há 448 presos", "A PM atualizou há pouco o balanço": um verbo de
# atualizar uma contagem relata o número que se segue; o match é só o verbo, e um dia depois dele continua data.
@rule pt.cue.update cue
  \b(?:atualiz(?:ou|aram|a|am|ava|avam)|(?:tem|tinha|tinham|havia|haviam)\s+atualizado)(?=(?:\s+[^\s.;:\d]+){0,6}?\s+(?:o|a|os|as|seu|sua|seus|suas)\s+(?:(?:seu|sua|seus|suas)\s+)?(?:balanco|cifra|cifras|contagem|levantamento|listas?|registo|registro|numeros?|total)\b)
  + O centro atualizou esta segunda-feira a sua lista de presos => _=atualizou
  + A PM atualizou há pouco o balanço
  + a secretaria atualiza os números
  + a guarda tinha atualizado o número de detidos para 64 => _=tinha atualizado
  + O delegado atualizou esta noite o balanço: já são 52 os presos => _=atualizou
  - atualizou o sistema
  - a lei atualiza o regulamento das prisões

# "o ministro compareceu para anunciar 1.200 detenções", "convocou a imprensa para informar que…": um verbo de
# relato numa oração final relata pelo sujeito do verbo que ela completa.
@rule pt.cue.purpose cue
  \bpara\s+(?:anunciar|informar|confirmar|denunciar|divulgar|comunicar|detalhar|precisar|garantir|declarar|revelar)\b
  + a porta-voz veio à porta da esquadra para anunciar 40 detenções => _=para anunciar
  + convocou os jornalistas para informar que 75 presos => _=para informar
  - um espaço para anunciantes
  - o direito para informarem

# Décima segunda sessão (alcance do declarante). "Na segunda-feira, o Interior atualizou a conta para 7.939", "a
# polícia corrigiu esse número para 90": um verbo que muda uma contagem para um número novo relata esse número; o
# objeto é a contagem ou um pronome, e o número vem depois de "para" (só o verbo; a data depois dele continua data).
@rule pt.cue.revise cue
  \b(?:(?:atualiz|corrig|revi|aument|baix)(?:ou|aram|iu|iram)|reviu|reviram|(?:tem|tinha|tinham|havia)\s+(?:atualizado|corrigido|revisto|aumentado|baixado))(?=\s+(?:(?:essa|a|sua|a\s+sua)\s+(?:conta|cifra|contagem)|(?:esse|o|seu|o\s+seu)\s+(?:balanco|numero|total)|a|o)\s+para\s+(?:(?:cerca\s+de|quase|mais\s+de|pelo\s+menos)\s+)?\d)
  + Na segunda-feira, o Interior atualizou a conta para 7.939 => _=atualizou
  + a polícia tinha corrigido esse número para 90 => _=tinha corrigido
  + o ministério reviu o total para cerca de 300 => _=reviu
  - o banco aumentou a taxa de juro para 4
  - o tribunal baixou a pena para 5 anos

# Décima oitava sessão. "o porta-voz …, Lev Dzugáiev, repetia aos jornalistas que os reféns eram 354": repetir
# que é dizer outra vez (o destinatário, como em "disse aos jornalistas", pertence ao verbo).
@rule pt.cue.repeat cue
  \brepet(?:iu|ia|iam|iram|e|em)(?:\s+(?:a|ao|aos|as)\s+(?:jornalistas|imprensa|reportagem|deputados))?(?=\s+que\b)
  + o porta-voz repetia aos jornalistas que os reféns eram 354 => _=repetia aos jornalistas
  + o ministro repetiu que 40 continuam presos => _=repetiu
  - o aluno repetiu o ano
  - repete a pergunta que fizemos

# Vigésima terceira sessão. "Myo Thant Zin contou por telefone que 400 deputados…", "o porta-voz repetiu à imprensa
# local que mais de 70…", "a Secretaria ratificou que": contar e repetir que, com o meio por que se disse (por
# telefone, por escrito, em entrevista) ou a quem (aos jornalistas, à imprensa local) entre o verbo e "que", são
# verbos de dizer; ratificar / reiterar que também. Só com "que" a seguir ("contou os votos" não é dizer).
@rule pt.cue.said_by23 cue
  \b(?:cont(?:ou|aram|a|am)|repet(?:iu|iram|ia|iam|e|em)|ratific(?:ou|aram|a|am))(?=(?:\s+(?:a|ao|aos|as)\s+(?:jornalistas|imprensa|reportagem|agencia|televisao|radio|emissora|deputados|familias)(?:\s+(?:local|locais|estrangeira|estrangeiros|internacional|nacional|brasileira|portuguesa))?)?,?\s+(?:por\s+(?:telefone|escrito|e-?mail|videoconferencia)|em\s+entrevista),?\s+que\b|\s+(?:a|ao|aos|as)\s+(?:jornalistas|imprensa|reportagem|agencia|televisao|radio|emissora)\s+(?:local|locais|estrangeira|estrangeiros|internacional|nacional|brasileira|portuguesa)\s+que\b|(?<=ratific(?:ou|am)|ratificaram|ratifica)\s+(?:(?:ontem|hoje|ainda)\s+)?que\b)
  + Um deputado contou por telefone que cerca de 300 colegas foram soltos => _=contou
  + o advogado repetiu à imprensa local que mais de 50 pessoas foram presas => _=repetiu
  + A direção ratificou ontem que 12 alunos continuam detidos => _=ratificou
  + a mãe contou à reportagem, por telefone, que o filho foi preso => _=contou
  - o presidente da mesa contou os votos que faltavam
  - o parlamento ratificou o tratado
  - contou por telefone a história
  - O ministro contou que 40 pessoas foram presas
