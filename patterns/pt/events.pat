# Portuguese event words: releases, people held, detentions, in every voice and as nouns (Brazil and Portugal).
# A passive auxiliary ("foram soltos") belongs to the event phrase, so that the phrase sits right against its count.

@rule pt.release.verb trigger event=release
  \b{AUX}(?:libert(?:ou|aram|a|am|ava|avam|ara|ado|ada|ados|adas|ar|ando|arem|acao|acoes|aria|ariam|e|em|asse|assem|ou-se|os|as)
     |liber(?:ou|aram|ado|ada|ados|adas|ar|acao|acoes)|libera(?:m)?(?=\s)
     |perdo(?:ou|aram|a|am|ados|adas|ar)|perdao(?=\s+de(?:\s+(?:mais\s+de|cerca\s+de|quase))?{NUMSTART})|amnisti(?:a(?!\s+internacional)|ou|aram|ados|adas|ar)|anisti(?:a(?!\s+internacional)|ou|aram|ados|adas|ar)
     |solt(?:ou|aram|a|am|o|os|as|ar|ando|ura|uras|ava|avam|aria|ariam|asse|assem|ou-se)
     |excarcer\w+|excarcel\w+
     |indult(?:ou|aram|a|am|ado|ada|ados|adas|o|os)|deport(?:ou|aram|a|am|ado|ada|ados|adas|acao|acoes)|(?:an|amn)isti(?:ou|aram|ado|ada|ados|adas)|(?:an|amn)isti(?:a|am)(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])))
     |troc(?:ou|aram|am|ados|adas)|troca(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])))|troca(?:s)?(?=\s+(?:de|d[eo]s)\s)|em\s+troca|repatri(?:ou|aram|ado|ada|ados|adas)|devolv(?:eu|eram|ido|ida|idos|idas)
     |entreg(?:ou|aram|ue|ues|ado|ada|ados|adas)|desterr(?:ou|aram|ado|ada|ados|adas)|expuls(?:ou|aram|o|a|os|as|ado|ada|ados|adas)){ALSO}\b
  (?![^.;]{0,60}?{REARREST})
  + o decreto que perdoou 30 presos
  + anunciou o perdão de 746 suspeitos => _=perdão
  - pediu perdão a 30 famílias das vítimas
  + junta amnistia mais de sete mil presos
  + o governo libertou 24 presos
  + 24 presos foram soltos
  + a libertação de 225 pessoas
  + 143 solturas verificadas
  + libertaram 80
  + 222 presos políticos foram expulsos
  + Rússia e Ucrânia trocaram neste domingo mais 303 militares
  + foram trocados 307 soldados
  + Rússia e Ucrânia trocam 390 prisioneiros
  + Kiev troca 84 prisioneiros com Moscou
  + 252 venezuelanos libertados no mesmo dia
  + a excarcelação de os 553 reclusos
  + os menores já foram liberados
  + SP libera mais de 34 mil presos => _=libera
  - um partido liberal
  + indultou mais de 300 pessoas => _=indultou
  + libertou outros 13 presos => _=libertou outros
  - um partido liberal
  - a liberdade de expressão
  + em troca de 252 venezuelanos
  - A troca ocorreu horas depois
  - ao menos 14 pessoas libertadas em dezembro voltaram a ser presas
  - 9 de os excarcerados em janeiro foram detidos de novo
  + Israel deporta mais 171 ativistas => _=deporta mais
  + assinou o indulto de 123 condenados => _=indulto
  - segundo a Amnistia Internacional

@rule pt.release.phrase trigger event=release
  \b{AUX}(?:(?:post[oa]s|pos|puseram|colocad[oa]s|deixad[oa]s|ficaram|estao|sairam|saiu|saem)\s+em\s+liberdade
     |(?:ganharam|ganhou|recuperaram|recuperou|recuperad[oa]s?|recobraram|recobrou|reconquistaram|obtiveram|obteve|conquistaram)\s+(?:a\s+)?liberdade
     |(?:sairam|saiu|saem|sairao|saido|sairem|deixaram|deixou|deixado|deixam|deixarem|abandonaram|abandonou|deixar)\s+(?:(?:ontem|hoje|ja)\s+)?(?:(?:d?[ao]s?|d?aquel[ae]s?|d?ess[ae]s?|d?est[ae]s?)\s+)?(?:prisao|prisoes|cadeia|cadeias|presidio|presidios|penitenciaria|carcere|celas?|centros?\s+de\s+detencao|unidades(?:\s+prisionais)?|estabelecimentos?\s+prisiona(?:l|is))
     |(?:voltar|ir|regressar)\s+para\s+casa
     # people given back to their families are freed ("os 12 retidos foram devolvidos às famílias")
     |(?:devolvid[oa]s|entregues)\s+(?:a|as|aos)\s+(?:suas\s+|seus\s+)?(?:familias|casas|familiares|pais)
     |(?:regressaram|regressou|voltaram|voltou|retornaram|retornou|chegaram)\s+(?:a|para|em)\s+(?:casa|suas\s+casas|seus\s+lares|o\s+seu\s+pais|seu\s+pais|as\s+suas\s+familias|suas\s+familias)
     |saidas?(?=\s+(?:de|d[ao]s?)\s+(?:(?:pelo\s+menos|ao\s+menos|cerca\s+de|mais\s+de|quase)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])|presos|detidos|prisioneiros|reclusos))
     |(?:sairam|saiu|saem)(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])|(?:cerca\s+de|mais\s+de|quase|pelo\s+menos)\s))|liberdade\s+(?:sob\s+fianca|provisoria)
     # "determinou a liberdade de 37 jovens": freedom of a counted group is their release
     |liberdade\s+de{NUMSTART}
     # "15 medidas cautelares" counts measures, not people released (twenty-first session)
     |(?<!\d\s)medidas\s+(?:cautelares|alternativas|substitutivas)|em\s+liberdade\s+condicional|restituid[oa]s\s+a\s+liberdade
     |(?:regressaram|regressou|voltaram|voltou|retornaram)\s+do\s+cativeiro|regresso\s+de{NUMSTART}|(?:regressaram|voltaram)(?:\s+(?:tambem|ja))?{NUMSTART}|post[oa]s\s+a\s+salvo|beneficiad[oa]s\s+pel[oa]s?\s+(?:solturas|libertacoes|indulto|amnistia|anistia|perdao)|(?:ja\s+)?(?:estao|estavam)\s+(?:em\s+casa|de\s+volta\s+a\s+casa)
     |beneficia(?:r|rem|m|ram|rao|riam|ria)?\s+d[oa]\s+(?:perdao|amnistia|anistia|indulto|lei\s+d[ae]\s+a(?:m)?nistia))\b
  (?![^.;]{0,60}?{REARREST})
  + saíram da prisão 30 presos
  + 1.612 internos deixaram ontem as unidades => _=deixaram ontem as unidades
  + menos de 30 mil saíram das unidades
  + puderam voltar para casa
  + 50 pessoas foram postas em liberdade
  + deixaram a prisão na segunda-feira
  + o juiz determinou a liberdade de 37 jovens => _=liberdade de
  + o juiz aplicou medidas cautelares a 12 investigados => _=medidas cautelares
  - a operação cumpriu 15 medidas cautelares
  - a liberdade de imprensa
  + os 12 retidos foram devolvidos às famílias => _=foram devolvidos às famílias
  - devolvidos aos remetentes
  + em Lisboa saíram 17 reclusos na sexta-feira => _=saíram
  + o tribunal concedeu liberdade sob fiança a 52 estudantes => _=liberdade sob fiança
  - saíram às ruas
  + 39 prisioneiras deixaram as cadeias israelenses => _=deixaram as cadeias
  + cerca de quatro mil pessoas deixaram aquela prisão => _=deixaram aquela prisão
  + 400 pessoas já tinham recuperado a liberdade
  + ganharam a liberdade
  + 20 reféns regressaram a casa
  + a saída de pelo menos 40 detidos
  + saíram dos estabelecimentos prisionais 2031 reclusos => _=saíram dos estabelecimentos prisionais
  - a liberdade de imprensa
  - a saída do grupo
  - voltou à prisão
  + 2.800 foram entretanto restituídas à liberdade => _=restituídas à liberdade
  + os ucranianos que regressaram do cativeiro => _=regressaram do cativeiro
  + o regresso de 185 militares => _=regresso de
  + Os nossos estão em casa => _=estão em casa
  + 400 reclusos poderiam beneficiar do perdão => _=beneficiar do perdão
  - o regresso da democracia
  + Nessa ocasião regressaram também oito civis => _=regressaram também
  + 41 funcionários foram postos a salvo => _=foram postos a salvo
  + 200 beneficiados pelas solturas => _=beneficiados pelas solturas

# "Entre os libertados estão 13 membros": the count is a part of the people released.
@rule pt.release.among trigger event=release
  \bentre\s+(?:os|as)\s+(?:libertad[oa]s|solt[oa]s|beneficiad[oa]s|indultad[oa]s|excarcerad[oa]s)\b[^.;]{0,50}?\b(?:estao|estavam|havia|ha|figuram|figuravam|constam)\b
  + entre os libertados estão 13 membros
  - entre os detidos havia 100

# A verb of tallying ("somam", "contabiliza", "registra") counts people who are there (held) when the figure has no
# noun of its own or a held one ("contabiliza 687 presos políticos"); with tally=1 a noun with an event of its own
# decides ("contabilizou 20 detidos" counts arrests: claims.c).
@rule pt.held.tally trigger event=held tally=1
  \b(?:somam|contabiliz\w*|registra|regista){ALSO}\b
  + contabiliza 687 presos políticos => _=contabiliza
  + a SSP contabilizou 20 detidos => _=contabilizou
  + somam 800 presos políticos => _=somam
  + regista outros 30 detidos => _=regista outros
  - registaram a casa

@rule pt.held.verb trigger event=held
  \b(?:(?:que\s+)?(?:ainda\s+)?(?:seguem|segue|seguiam|seguia|permanecem|permanece|permaneciam|permanecia|continuam|continua|continuem|continuavam|continuava|estao|estejam|esteja|estavam|estava|estiveram|esteve|ficam|ficavam|mantem-se|mantinham-se|encontram-se|encontravam-se|se\s+encontram|se\s+encontravam|encontra-se|se\s+encontra)\s+(?:(?:ainda|atualmente|hoje|ali|la|aqui|entao|agora)\s+)?(?:pres[oa]s?|detid[oa]s?|encarcerad[oa]s?|cativ[oa]s?|sequestrad[oa]s?|reclus[oa]s?|em\s+cativeiro|em\s+poder\s+d[eoa]s?|atras\s+das\s+grades|na\s+prisao|em\s+prisao|nas\s+prisoes)
     |mantid[oa]s\s+(?:em\s+prisao|pres[oa]s|detid[oa]s|como\s+refens|em\s+cativeiro)|em\s+detencao\s+administrativa|em\s+prisao(?:\s+preventiva|\s+domiciliar)?
     |atras\s+das\s+grades|na\s+prisao|na\s+cadeia|nas\s+prisoes|nas\s+cadeias|encarcerad[oa]s|cativ[oa]s|privad[oa]s\s+de\s+(?:sua\s+)?liberdade|em\s+cativeiro|em\s+poder\s+d[eoa]s?|(?:cumpr(?:em|e)|ainda\s+cumpr(?:iam|ia))\s+(?:(?:ainda|atualmente|hoje|ja)\s+)?(?:a\s+|as\s+|suas?\s+)?(?:penas?|condenac(?:ao|oes))
     |mant(?:em|inha|inham|eve|iveram|enha|enham)\s+(?:pres|detid|encarcerad|retid)[oa]s|nas\s+celas|em\s+celas|(?:tinham|tinha|tem)\s+estado\s+(?:pres|detid)[oa]s?|(?:podem|poderiam)\s+(?:continuar|estar)\s+(?:detid|pres)[oa]s|enviad[oa]s\s+para\s+(?:a\s+)?(?:prisao|cadeia)(?:\s+preventiva)?|em\s+detencao(?!\s+d)|em\s+(?:centros?|instalacoes|unidades)\s+de\s+(?:detencao|reclusao|internamento)|sob\s+custodia|retid[oa]s
     # a lone verb of staying says nothing of custody when what follows is a wait or another state ("seguem à
     # espera de asilo", "continua a ser um mistério")
     |(?!(?:permanec\w+|continu\w+|segu\w+)\s+(?:a\s+espera|sendo|a\s+ser\b|sem\b))(?:permanec\w+|continu(?:a|am|em|ava|avam)|segu(?:e|em)|rest(?:a|am|ava|avam)|mant(?:em|inha|inham)(?=\s+(?:(?:ainda|hoje|agora|atualmente)\s+)?(?:(?:["“«]\s*)?(?:\d|(?:{NUMWORD})(?![\p{L}])|(?:cerca\s+de|mais\s+de|pelo\s+menos|quase|outros|outras|uns|umas|apenas|so|somente)\s)|(?:em|sob|n[ao]s?)\s))|detem(?=[^.;,]{0,30}?\b(?:{PEOPLE_HELD})\b)){ALSO})\b
  + quando tomou posse estavam ali detidos 40 homens => _=estavam ali detidos
  # twenty-third session: the preterite, the subject after it ("estiveram ali presos cerca de 200 guineenses")
  + entre 1962 e 1974 estiveram ali presos cerca de 200 guineenses => _=estiveram ali presos
  + permanecem detidos 40
  # twenty-seventh session: "now" between the verb and the state ("e estão agora presos em El Salvador")
  + 40 pessoas estão agora presas no quartel => _=estão agora presas
  + continuam atrás das grades pelo menos 35 pessoas
  + a penitenciária mantém 900 reclusos => _=mantém
  + a Ucrânia mantém apenas 1.348 militares russos => _=mantém
  # twenty-ninth session: an adverb or a quotation mark between the verb and its object
  + a Rússia mantém ainda "mais de oito mil" ucranianos => _=mantém
  + o regime mantém hoje cerca de 800 opositores nas cadeias => _=mantém
  - cerca de 300 manifestantes mantêm bloqueada a estrada
  + 1.963 pessoas seguem presas
  + negou que os seis estejam detidos => _=estejam detidos
  + dos mais de 1 100 que continuam detidos
  + continuem detidos aproximadamente 9 mil palestinianos
  + 94 reféns continuam em Gaza
  + encontram-se detidos 40 militantes
  + o país detém 800 presos políticos => _=detém
  + Cinquenta e três ativistas continuam detidos => _=continuam detidos
  + mantém outros 200 no corredor da morte => _=mantém outros
  + mais de 8 mil ucranianos continuam em cativeiro
  + a agência mantinha presas 61 mil pessoas => _=mantinha presas
  + 59.762 pessoas em detenção em 10 de agosto => _=em detenção
  + 250 réus cumprem pena => _=cumprem pena
  + mais de 5.000 pessoas cumprem penas de prisão => _=cumprem penas
  + apenas 12 cumprem atualmente penas => _=cumprem atualmente penas
  + três pessoas ainda cumpriam pena => _=ainda cumpriam pena
  - 21 dos libertados cumpriam penas
  - foi condenado a cumprir uma pena
  - a libertação
  - harmonia
  + Só uma continua detida => _=continua detida
  - oito pilotos seguem à espera de asilo
  - o paradeiro de 300 pessoas continua a ser um mistério
  + cerca de 70 pessoas continuavam detidas => _=continuavam detidas
  + 15 ativistas permaneciam presos => _=permaneciam presos
  + mantenha mais de mil manifestantes nas celas => _=nas celas
  + 260 foram enviados para a prisão preventiva => _=enviados para a prisão preventiva
  + 76 arguidos que tinham estado presos => _=tinham estado presos
  + até 1.500 pessoas podem continuar detidas => _=podem continuar detidas
  + a agência mantinha em junho mais de 40.000 migrantes => _=mantinha
  + há 51.000 pessoas em centros de detenção de todo o país => _=em centros de detenção

@rule pt.detention.verb trigger event=detention
  \b{AUX}(?:(?<!mandados\sde\s)(?<!mandado\sde\s)(?<!ordens\sde\s)(?<!pedidos\sde\s)(?<!\bse\s)det(?:eve|iveram|er|endo|encao|encoes)(?!-se\b){ALSO}
     |(?<!\d\s)(?<!presos\s)(?<!presas\s)(?<!reclusos\s)detid[oa]s(?!\s+(?:em|n[ao]s?)\s+(?:prisoes|prisao|cadeias?|carceres?|presidios?|centros|celas?|penitenciarias?))
        (?![^.;]{0,50}?\b(?:foram|foi|serao|seriam|sao|tinham\s+sido|haviam\s+sido)\s+(?:(?:ja|tambem|finalmente|hoje|ontem)\s+)?(?:libertad|liberad|solt[oa]|post[oa]s\s+em\s+liberdade|repatriad|indultad|anistiad|amnistiad|expuls|entregues|trocad|deportad))
     |(?:foi|foram|sido|ser|serem|sao|estao\s+sendo|tenha|tenham|tinha|tinham|havia|haviam|tem|teria|teriam|ter|terem)\s+detid[oa]s?
     |prend(?:eu|eram|er|ido|ida|idos|idas|em|e)|aprision(?:ou|aram|a|am|ad[oa]s)|detem(?![^.;,]{0,30}?\b(?:{PEOPLE_HELD})\b)|(?:foram|foi|ser|serem|sido|sao|serao|seriam|estao\s+sendo)\s+pres[oa]s?
     |captur(?:ou|aram|ado|ada|ados|adas|a|am|as)|recaptur\w+|apreend(?:eu|eram|ido|ida|idos|idas)|sequestr(?:ou|aram|ado|ada|ados|adas)
     |encarcer(?:ou|aram|ar)|arrest\w+|apanh(?:ou|aram)(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])))|levad[oa]s\s+(?:a|para\s+a)\s+(?:delegacia|esquadra)|levaram(?:\s+pres[oa]s)?(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])))|rusgas?|{REARREST}|passaram\s+pel[ao]s?\s+(?:celas|cadeias?|esquadras|prisoes|calaboucos))\b
  # a warrant or a request for detention is nobody arrested yet
  - a polícia pediu mandados de detenção para 66 suspeitos
  # "deter-se" is stopping: "a contagem deteve-se nos 41 libertados"
  - a contagem deteve-se nos 41 libertados
  - o registo se deteve em 300
  + a polícia deteve 48 pessoas
  + 300 pessoas foram detidas
  + mais de 1.500 pessoas foram presas
  + documentámos mais de 1 500 detenções
  + 2.229 terroristas tinham sido capturados
  + ao menos 14 pessoas libertadas voltaram a ser presas
  + 9 de os excarcerados foram detidos de novo
  + o jornalista foi detido em 2023
  + PSP detém três suspeitos => _=detém
  + Polícia prende 50 manifestantes
  + 3.636 pessoas passaram pelas celas da polícia => _=passaram pelas celas
  + a recaptura de pelo menos 28 reclusos evadidos => _=recaptura
  + negou que a polícia tenha detido uma dezena
  - a determinação
  - 39 palestinos detidos em prisões israelenses
  - presos políticos
  - 37 detidos por motivos políticos
  - 225 presos detidos após eleição
  - Os 17 portugueses detidos na Venezuela foram libertados
  - a maior parte detida depois das eleições
  + levaram 11 rapazes => _=levaram
  - levaram os documentos
  + a polícia apanhou 30 suspeitos => _=apanhou
  + vários colaboradores foram levados à delegacia => _=foram levados à delegacia

# "Entre os detidos havia mais de uma centena": the count is a part of the people detained.
@rule pt.detention.among trigger event=detention
  \bentre\s+(?:os|as)\s+(?:detid[oa]s|pres[oa]s|capturad[oa]s)\b[^.;]{0,50}?\b(?:havia|ha|estao|estavam|figuram|figuravam|constam)\b
  + Entre os detidos depois da votação havia mais de uma centena
  - entre os libertados estão 13
# "mais de 400 o total de detenções": the event noun stated after the figure.
@rule pt.detention.total trigger event=detention
  \b(?:o|a)\s+(?:total|numero|soma|cifra|balanco)\s+de\s+(?:detencoes|detidos|prisoes|capturas)\b
  + elevando para mais de 400 o total de detenções
  - o total de libertados
@rule pt.release.total trigger event=release
  \b(?:o|a)\s+(?:total|numero|soma|cifra|balanco)\s+de\s+(?:libertacoes|solturas|libertados|soltos)\b
  + elevando para 300 o total de solturas
  - o total de detenções

# People counted for something that is none of our events (killed, wounded, missing, marching).
# Palavras que dizem que há pessoas num estado agora ("há", "existem", "restam"): logo antes de uma contagem,
# dizem o que se conta (presos), mesmo quando o substantivo é de detenção ("hoje há quatro detidos").
# Uma multidão não é ninguém preso: com um substantivo que conta qualquer um ("há mais de 10 mil pessoas" na praça,
# sessão vinte e dois), a palavra de estado só diz custódia quando uma palavra de custódia, cativeiro ou dos nossos
# eventos segue na oração ("há cerca de 400 pessoas presas", "restam 40 pessoas lá dentro").
@fragment STATE_CROWD
  (?!(?:\s+\S+){1,4}?\s+(?:pessoas|gente|individuos)\b(?![^.;:]{0,100}?(?:detid|pres[oa]s|retid|sequestrad|refens|cativ|cadeia|prisao|prisoes|presidio|celas?\b|custodia|encarcer|reclus|liberta|solt|dentro|fechad|grades|em\s+poder|nas\s+maos|a\s+bordo)))
@rule pt.held.state trigger event=held state=1
  \b(?:ha|havia|existem|existiam|restam|restavam)\b{STATE_CROWD}(?!\s+\S+\s+(?:{UNITS})\b)(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])|(?:cerca\s+de|mais\s+de|quase|pelo\s+menos)\s))
  + hoje há quatro detidos => _=há
  + restam 40 presos
  + havia 800 presos políticos => _=havia
  - o governo havia divulgado 64 mortos
  - há dois anos
  - os organizadores calculam que há mais de 10 mil pessoas na praça
  + há cerca de 400 pessoas presas em centros de detenção => _=há

@rule pt.other.verb trigger event=none
  \b(?:sem\s+(?:serem|ser)\s+(?:pres|detid)[oa]s?|(?:continuam|seguem|permanecem)\s+(?:mobilizad|destacad)[oa]s|mobilizad[oa]s|destacad[oa]s\s+para|mortes|balead[oa]s|baleou|balearam|mort[oa]s|morreram|morreu|morrem|falecid[oa]s|faleceram|assassinad[oa]s|mataram|ferid[oa]s|(?<!\sou\s)desaparecid[oa]s|deslocad[oa]s|evacuad[oa]s|marcharam|se\s+concentraram|concentraram-se|se\s+reuniram|reuniram-se|protestaram|manifestaram-se|votaram|participaram|compareceram|executad[oa]s|execut(?:ou|aram|a|am)|interpelad[oa]s|identificad[oa]s|abordad[oa]s|multad[oa]s|revistad[oa]s|nao\s+(?:voltaram|regressaram|retornaram|se\s+apresentaram)|libertar\s+(?:espaco|vagas|lugares|camas)|(?:foram\s+|tinham\s+sido\s+)?(?:agredid|espancad|atacad)[oa]s|(?:os\s+)?(?:processos|casos)\s+de(?=\s+(?:\d[\d.,]*|(?:{NUMWORD}))\s+(?!(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE_OTHER})\b))|feriu|matou|retir(?:ou|aram|ar)\s+a\s+nacionalidade|(?:cassou|cassaram|despojou|despojaram)(?:\s+a\s+nacionalidade)?
     # people who escaped are no one's release ("300 detentos que fugiram continuam foragidos")
     |fugiram|fugiu|foragid[oa]s|evadid[oa]s|evadiram-se|se\s+evadiram
     # os mortos pelo verbo composto ou abatidos (sessão vinte e um): "afirma ter executado 50 reféns", "27 militantes foram abatidos"
     |abatid[oa]s|decapitad[oa]s|(?:ter|terem|tinha|tinham|tem|havia|haviam|teria|teriam)\s+(?:executado|assassinado|matado|abatido|decapitado)
     # os doentes contam-se pela doença: "12 reclusos testaram positivo", "30 presos infectados"
     |(?:testaram|deram|tinham\s+testado|tinham\s+dado|testou|deu)\s+positivo|infectad[oa]s|contagiad[oa]s|contaminad[oa]s|(?:se\s+)?(?:infectaram|contagiaram)(?:-se)?)\b
  + deixaram ao menos 24 mortos
  + 300 detentos que fugiram na segunda-feira => _=fugiram
  + 12 reclusos de duas cadeias testaram positivo => _=testaram positivo
  + 30 guardas infectados => _=infectados
  + 40 presos continuam foragidos => _=foragidos
  + pelo menos 12 pessoas morreram
  + o grupo afirma ter executado 50 reféns => _=ter executado
  + 27 militantes foram abatidos => _=abatidos
  + 40 feridos
  - 600 libaneses continuam presos ou desaparecidos
  + cerca de 150 pessoas se reuniram em frente ao presídio => _=se reuniram
  + 1.658 presos não voltaram às unidades => _=não voltaram
  + permitiu libertar espaço para isolamento => _=libertar espaço
  + 300 menores voltaram para casa sem serem presos => _=sem serem presos
  + 20 mil militares mobilizados => _=mobilizados
  + 20 mil militares continuam mobilizados => _=continuam mobilizados
  + 385 pessoas baleadas
  + executou 12 presos
  + retirou a nacionalidade de outros 94 críticos
  - libertados
  - a morte
  + 20 jornalistas foram agredidos => _=foram agredidos
  + os processos de 468 continuam => _=os processos de
  - os processos de 50 presos políticos

# Gerunds of arrest the verb rule above does not spell ("…, desmontando o acampamento e prendendo 200 pessoas").
@rule pt.detention.gerund trigger event=detention
  \b(?:prendendo|aprisionando|encarcerando|capturando|apreendendo)\b
  + desmontando o acampamento e prendendo mais de 200 pessoas => _=prendendo
  - prender
