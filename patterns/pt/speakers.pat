# Falantes coletivos e anónimos (issue #3, quarta ronda): fontes sem nome, porta-vozes de um órgão, advogados,
# familiares, grupos de deputados. São atores: um "segundo" ou um verbo toma-os como fonte. Equivalentes em
# es/speakers.pat e en/speakers.pat; "organizações de direitos humanos" está em sources.pat (pt.actor.rights_groups).

# "fontes judiciais", "fontes do ministério": fontes oficiais sem nome, de tipo desconhecido (kind=unknown: o gold tem
# 31 linhas "fuentes/fontes/sources" unknown contra 4 government, contadas na vigésima nona sessão).
@rule pt.actor.sources actor kind=unknown
  \b(?<name>fontes\s+(?:policiais|prisionais|penitenciarias|oficiais|governamentais|militares|diplomaticas
     |do\s+(?:ministerio|governo|exercito)|da\s+(?:procuradoria|policia|presidencia)))\b
  + de acordo com fontes policiais ouvidas pela Lusa => name=fontes policiais
  + segundo fontes do Ministério, 40 continuam presos => name=fontes do Ministério
  - as fontes de financiamento
  - fontes próximas da família

# "uma fonte policial", "outra fonte oficial": um só informante anónimo, de quem não se sabe quem é (kind=unknown,
# como no corpus anotado); tal como as fontes no plural (pt.actor.sources).
@rule pt.actor.single_source actor kind=unknown
  \b(?:uma|a|outra|essa|dita|mesma)\s+(?<name>fonte\s+(?:policial|prisional|penitenciaria|oficial|governamental|militar|diplomatica
     |do\s+(?:ministerio|governo|exercito)|da\s+(?:procuradoria|policia|presidencia)))\b
  + Uma fonte policial de Maputo garantiu => name=fonte policial
  + segundo outra fonte oficial, 30 continuam presos => name=fonte oficial
  - fontes policiais
  - uma fonte de receitas

# Vigésima segunda sessão. "Fontes de segurança citadas pelas televisões", "segundo fontes dos serviços
# prisionais": as fontes sem nome da segurança, das informações ou das prisões. Não se sabe quem fala: kind=unknown,
# como em docs/corpus.md ("Unnamed officials"), e o nome é a descrição tal como está escrita. As fontes de um
# organismo com nome ("fontes do Judiciário portenho", "fontes da GNR") ficam de fora: o ouro anota-as de três
# maneiras, e a regra que as lia estragava mais linhas do que acertava.
@rule pt.actor.named_sources22 actor exact kind=unknown
  (?<![\p{L}])(?<name>[Ff]ontes\s+(?:de\s+seguran\x{E7}a|dos\s+servi\x{E7}os\s+(?:de\s+(?:informa\x{E7}\x{E3}o|informa\x{E7}\x{F5}es|intelig\x{EA}ncia|seguran\x{E7}a)|prisionais)))(?![\p{L}])
  + Fontes de segurança citadas pelas televisões elevam para 190 => name=Fontes de segurança
  + disseram fontes dos serviços prisionais => name=fontes dos serviços prisionais
  - as fontes de financiamento
  - fontes próximas da família
  - segundo fontes policiais
  - segundo fontes da Guarda Civil

# "fontes judiciais", "fonte judicial" (também no singular): uma fonte anónima de um tribunal pode ser juiz,
# procurador ou defesa; não se sabe quem fala (kind=unknown, como no corpus anotado).
@rule pt.actor.judicial_sources actor kind=unknown
  \b(?<name>fontes?\s+(?:judiciais|judicial|do\s+tribunal|da\s+investigacao))\b
  + de acordo com fontes judiciais ouvidas pela Lusa => name=fontes judiciais
  + disse ao jornal fonte judicial => name=fonte judicial
  - fontes policiais

# "um porta-voz do Ministério da Justiça": quem fala em nome de um órgão do Estado.
@rule pt.actor.spokesperson actor kind=government
  \b(?<name>(?>porta-voz\s+(?:do|da)\s+(?:ministerio(?:\s+(?:do|da|de|dos|das)\s+(?:interior|justica(?:\s+e\s+seguranca\s+publica)?|defesa|negocios\s+estrangeiros|relacoes\s+exteriores|administracao\s+interna|seguranca\s+publica))?|governo|policia|procuradoria|exercito|presidencia|itamaraty|departamento\s+de\s+estado
     |cadeia|prisao|presidio|penitenciaria|estabelecimento\s+prisional|embaixada|consulado|chancelaria|esquadra|delegacia|prefeitura|guarda\s+nacional|forcas\s+armadas|marinha))\b(?:\s+(?:nacional|federal|estadual|provincial|regional|municipal|metropolitana|militar|civil|judiciaria|rodoviaria)(?![\p{L}]))?+)(?!\s*(?:\([^)]{1,12}\)\s*)?,\s*\p{L})
  + um porta-voz do Ministério da Justiça disse => name=porta-voz do Ministério da Justiça
  + segundo uma porta-voz da Polícia => name=porta-voz da Polícia
  - o porta-voz do Foro Penal
  - o porta-voz do Ministério do Interior, João Pereira, disse
  + um porta-voz da Polícia Federal disse => name=porta-voz da Polícia Federal
  - a porta-voz da Polícia Nacional, a comissária Ana Ruiz, disse
  - a porta-voz da Polícia Militar (PM), a major Ana Ruiz, disse
  + um porta-voz da chancelaria indiana citou => name=porta-voz da chancelaria
  + um porta-voz da cadeia confirmou => name=porta-voz da cadeia
  - o porta-voz da embaixada, Pedro Ruiz, disse

# "advogados de defesa", "familiares dos presos", "vários deputados": vozes coletivas sem nome.
@rule pt.actor.collective actor kind=unknown
  \b(?<name>advogados\s+de\s+defesa|advogados\s+d[ao]s\s+(?:presos|detidos|arguidos|reus|acusados)
     |familiares(?:\s+d[oa]s\s+(?:presos|presas|detidos|detidas|reclusos|encarcerados))?
     |(?<=varios\s|varias\s|alguns\s|algumas\s|outros\s|grupo\sde\s)(?:deputados|parlamentares|legisladores|senadores|vereadores)
     |porta-voz\s+dos\s+(?:manifestantes|acampados|grevistas|moradores|familiares)
     |diplomatas\s+(?:ocidentais|estrangeiros|europeus|acreditados))\b
  + segundo advogados de defesa, oito continuam presos => name=advogados de defesa
  + segundo familiares ouvidos pela Lusa => name=familiares
  + vários deputados afirmaram => name=deputados
  - os deputados votaram
  + um porta-voz dos manifestantes garantiu => name=porta-voz dos manifestantes
  + diplomatas ocidentais em Bagdade calculam => name=diplomatas ocidentais

# "um alto funcionário norte-americano", "altos responsáveis do governo": um cargo oficial sem nome fala pelo Estado.
@rule pt.actor.official actor kind=government generic=1
  \b(?<name>alt[oa]s?\s+(?:funcionari[oa]s?|responsaveis|responsavel|dirigentes?|quadros?)(?:\s+(?:{DEMONYM_ADJ}|do\s+governo|da\s+administracao|do\s+ministerio))?
     |(?<=\bum\s|\buma\s|\bo\s|\ba\s|\bdois\s|\bvarios\s|\balto\s|\baltos\s)(?:responsavel|responsaveis)\s+(?:policia(?:l|is)|prisiona(?:l|is)|militar(?:es)?|governamenta(?:l|is)|ministeria(?:l|is)))\b
  + um alto funcionário norte-americano disse que 80 => name=alto funcionário norte-americano
  + segundo altos responsáveis do governo, 40 continuam presos => name=altos responsáveis do governo
  - um funcionário prisional
  + Um responsável policial, citado pela AFP, disse => name=responsável policial
  - o alto-comissário

# "a televisão estatal", "a imprensa local", "os media estatais": um meio sem nome (com nome a seguir, "a agência
# estatal Belta", toma-o pt.pronoun.media).
@rule pt.actor.media_unnamed actor exact kind=media generic=1
  (?<![\p{L}])(?<name>(?i:(?:televis[aã]o|tv|r[aá]dio|ag[eê]ncia|imprensa|media|m[ií]dia|meios\s+de\s+comunica[cç][aã]o|emissora)\s+(?:estatal|estatais|oficial|oficiais|p[uú]blica|locais|local|governamental|governamentais|do\s+regime))
    |(?i:imprensa|media|m[ií]dia)\s+(?:{DEMONYM_ADJ}|(?i:russos|turcos|iranianos|israelenses|israelitas|cubanos|egípcios|indianos|chineses|britânicos|franceses|mexicanos))
    |(?i:imprensa)\s+d[eo]\s+\p{Lu}[\p{L}\-]+)(?![\p{L}])(?!\s+\p{Lu})
  + segundo a televisão estatal, 125 estrangeiros => name=televisão estatal
  + perdoou 30 presos, segundo a imprensa local => name=imprensa local
  + noticiaram os media estatais => name=media estatais
  + segundo números citados pela imprensa queniana, 40 continuam presos => name=imprensa queniana
  + a imprensa de Nairobi falou em 300 detidos => name=imprensa de Nairobi
  + segundo os media russos, 30 detidos => name=media russos
  - a imprensa de Nairobi Times noticiou
  - a imprensa de maio
  - a agência estatal Belta informou
  - a rádio comunitária

# "os talibãs", "os huthis": movimentos armados escritos em minúscula e no plural são uma organização que fala
# ("segundo os seus números", "os talibãs afirmam que"), como a escrita com maiúscula em orgs.txt (décima sexta sessão).
@rule pt.actor.armed_movement actor exact kind=organization
  (?<![\p{L}])(?:[Oo]s\s+)(?<name>talibãs|talibans|talibã|taliban|huthis|houthis|hutis)(?![\p{L}])
  + Os talibãs, por seu lado, afirmam que já libertaram 1.005 soldados => name=talibãs
  + segundo os houthis, 300 presos foram trocados => name=houthis
  - um talibã detido
  - ex-combatentes talibãs

# "organizações de defesa da liberdade de imprensa", "grupos de presos": organizações sem nome, ditas pelo que
# defendem ("organizações de direitos humanos" está em sources.pat, pt.actor.rights_groups).
@rule pt.actor.groups actor kind=organization generic=1
  \b(?<name>(?:organizacoes|ongs|grupos|associacoes|coletivos|entidades)\s+(?:de\s+(?:defesa\s+d[aoe]s?\s+)?)(?:presos(?:\s+politicos)?|familiares(?:\s+d[eo]s?\s+(?:presos|detidos|vitimas))?|vitimas|liberdade\s+de\s+imprensa|jornalistas))\b
  + segundo organizações de defesa da liberdade de imprensa, 25 jornalistas => name=organizações de defesa da liberdade de imprensa
  + disseram grupos de familiares de presos => name=grupos de familiares de presos
  - os presos políticos
  - organizações sociais

# "a equipa jurídica dos estudantes", "a equipe de defesa": os advogados de um grupo falam como um corpo.
@rule pt.actor.legal_team actor kind=organization generic=1
  \b(?<name>equip[ae]\s+(?:juridica|legal|de\s+advogados|de\s+defesa|da\s+defesa))\b
  + segundo a equipa jurídica dos estudantes, 14 foram soltos => name=equipa jurídica
  + a equipe de defesa disse => name=equipe de defesa
  - uma equipa de futebol

# A página ou conta que espalhou uma alegação ("publicado originalmente pela página Brasil Sem Filtro", "a conta
# @Verdade"): um veículo com o seu nome. viral=page: numa checagem, os números da alegação são seus (claims.c,
# S_viral_source).
@rule pt.actor.viral_page actor exact kind=media viral=page
  (?<![\p{L}])(?:página|conta|perfil)(?:\s+(?:de|do|no)\s+(?:Facebook|X|Instagram|TikTok|Twitter|YouTube|Telegram|Kwai))?\s+[«"\x{201C}]?(?<name>@\w+|\p{Lu}\p{L}+(?:\s+(?:de\s+|do\s+|da\s+)?\p{Lu}\p{L}+){0,3})
  + publicado originalmente pela página Pátria Sem Mordaça => name=Pátria Sem Mordaça
  + feita pelo perfil do Instagram @VerdadeJa => name=@VerdadeJa
  + postado pela página Brasil Livre de Verdade => name=Brasil Livre de Verdade
  - por conta própria

# Uma publicação sem nome ("uma publicação segundo a qual"): o que a checagem examina, quando não nomeia a página;
# viral=post (S_viral_source). generic=1: não é aprendida como nome.
@rule pt.actor.viral_post actor exact kind=unknown viral=post generic=1
  (?<![\p{L}])(?:[Uu]ma|[Aa])\s+(?:mesma\s+)?(?<name>publicação|postagem)(?![\p{L}])(?!\s+(?:\p{Ll}+-\p{Ll}+\s+)?["'\x{2018}\x{201C}\x{AB}]?\p{Lu})
  + circula no Facebook uma publicação com a foto => name=publicação
  - as publicações
  - a publicação galego-portuguesa Nós Diário noticiou

# Posts, imagens ou mensagens descritos pela sua circulação ("Posts compartilhados no Instagram afirmam", "uma imagem
# que circula no WhatsApp"): a publicação sem nome que a checagem examina (viral=post, como acima).
@rule pt.actor.viral_shared actor exact kind=unknown viral=post generic=1
  (?<![\p{L}])(?<name>(?:[Pp]osts?|[Pp]ublicações|[Mm]ensagens?|[Ii]mage(?:m|ns)|[Mm]emes?|[Vv]ídeos?|[Cc]orrentes?)\s+(?:(?:amplamente|muito)\s+)?(?:compartilhad[oa]s?|partilhad[oa]s?|divulgad[oa]s?\s+nas\s+redes|que\s+circula(?:m)?|a\s+circular|viralizad[oa]s?|(?:nas|em)\s+redes\s+sociais))(?![\p{L}])
  + Mensagens partilhadas no WhatsApp desde sexta garantem que 900 => name=Mensagens partilhadas
  + Publicações nas redes sociais, compartilhadas também no Brasil, afirmam que 600 => name=Publicações nas redes sociais
  + uma imagem que circula no Telegram diz que 700 pessoas => name=imagem que circula
  - a polícia compartilhou imagens das detenções
  - os posts da página

# O verbo de circulação à frente ("Desde terça circulam no Telegram e no X mensagens que…", "corre no Facebook uma
# imagem"): a publicação sem nome que a checagem examina (viral=post, como acima).
@rule pt.actor.viral_circulates actor exact kind=unknown viral=post generic=1
  (?<![\p{L}])(?:[Cc]ircula(?:m)?|[Cc]orre(?:m)?|[Ee]spalha(?:m)?-se|[Pp]artilha(?:m)?-se|[Cc]ompartilha(?:m)?-se)\s+(?:em|no|na|nos|nas|por|pelo|pela|pelos|pelas|desde)\s+[^.;:"«\n]{1,80}?\s(?:(?:uma?|uns|umas|vári[oa]s)\s+)?(?<name>publicações|publicação|mensage(?:m|ns)|image(?:m|ns)|vídeos?|correntes?|memes?|posts?)(?![\p{L}])
  + Desde terça circulam no Telegram e no X mensagens que falam em 800 presos => name=mensagens
  + Corre no Facebook e em grupos de WhatsApp uma imagem com 2 mil detidos => name=imagem
  - correm pelo parque vários cães
  - circula pela avenida uma coluna de veículos

# Décima segunda sessão (alcance do declarante). Um corpo descrito, não nomeado, pelo que reúne: "uma rede de
# advogados voluntários denunciou", "segundo o comitê de gestão da crise", "a associação de moradores calcula".
# Só em minúsculas (um corpo com nome já é um ator) e não logo antes de um nome (o seu aposto: "a associação de
# moradores Alerta Vicinal"); depois do substantivo, uma segunda palavra só se for um plural
# em -os/-as/-es/-is ("advogados voluntários", "liberdades civis"), para não engolir o verbo que segue.
# generic=1: uma descrição não se aprende como nome.
@rule pt.actor.descriptor_body actor exact kind=organization generic=1 described=1
  (?<![\p{L}])(?:[Uu]ma?|[Oo]|[Aa]|[Ee]ss[ae]|[Ee]st[ae])\s+
  (?<name>(?:rede|coaliz[aã]o|coliga[cç][aã]o|associa[cç][aã]o|alian[cç]a|coletivo|colectivo|federa[cç][aã]o|plataforma|coordena[cç][aã]o|comit[eê]|comiss[aã]o)\s+(?:de|do|da|dos|das|pela|pelos|pr[oó])\s+
     (?:(?:advogados|advogadas|juristas|ativistas|activistas|familiares|fam[ií]lias|moradores|vizinhos|volunt[aá]rios|jornalistas|estudantes|apoiantes|apoiadores|simpatizantes|v[ií]timas|m[aã]es|pais|defensores|defensoras|organiza[cç][oõ]es|ongs|grupos|sindicatos|presos|detidos|direitos|liberdades|m[eé]dicos)(?:\s+\p{Ll}[\p{Ll}-]*(?<!mos)(?<=os|as|es|is))?+|defesa|apoio|solidariedade|crise|liberta[cç][aã]o|(?:gest[aã]o|gerenciamento|acompanhamento)\s+d[ae]\s+crise))(?![\p{L}])(?!\s+["\x{201C}\x{AB}]?\p{Lu})
  + Uma rede de advogados voluntários denunciou que 60 continuavam presos => name=rede de advogados voluntários
  + Até ontem, segundo o comitê de gestão da crise no estado, 279 presos já estavam lá => name=comitê de gestão da crise
  + A associação de liberdades civis calcula que 300 foram soltos => name=associação de liberdades civis
  - a Associação de Moradores do Bairro calcula
  - uma rede de túneles sob a cidade
  - segundo a associação de moradores Alerta Vicinal, 40 continuam presos

# Um grupo de pessoas sem nome que conta ("um grupo de apoiantes calculava que lá dentro estavam 75"): quem fala
# não se sabe (kind=unknown, como no corpus anotado).
@rule pt.actor.descriptor_group actor exact kind=unknown generic=1 described=1
  (?<![\p{L}])(?:[Uu]m|[Oo]utro)\s+(?:(?:pequeno|grande)\s+)?(?<name>grupo\s+de\s+(?:apoiantes|apoiadores|simpatizantes|familiares|moradores|vizinhos|voluntários|observadores|ativistas|activistas|advogados|testemunhas|pais|mães|estudantes)(?:\s+\p{Ll}[\p{Ll}-]*(?<!mos)(?<=os|as|es))?+)(?![\p{L}])(?!\s+["\x{201C}\x{AB}]?\p{Lu})
  + Um grupo de apoiantes calculava que lá dentro estavam cerca de 75 pessoas => name=grupo de apoiantes
  + outro grupo de advogados voluntários disse => name=grupo de advogados voluntários
  - um grupo de 40 estudantes foi detido
  - o grupo de países

# "os defensores locais dos direitos humanos contaram 38": ativistas sem nome que fazem as suas listas falam como
# as organizações que defendem (kind=organization, como pt.actor.groups).
@rule pt.actor.rights_defenders actor kind=organization generic=1 described=1
  \b(?<name>(?:ativistas|activistas|defensores|defensoras)\s+(?:\p{Ll}+\s+)?(?:de|dos)\s+direitos\s+humanos)\b
  + Os defensores locais dos direitos humanos contaram 38 presos políticos => name=defensores locais dos direitos humanos
  + segundo ativistas de direitos humanos, 40 continuam presos => name=ativistas de direitos humanos
  - a defesa dos direitos humanos

# Décima nona sessão (nomes e classes). Um nome depois da tripulação "da/de" é o de uma companhia aérea ou de
# navegação, não o de uma pessoa ("a tripulação da Air France", "os tripulantes da El Al"; não o avião, que pode ser
# o de um preso trocado, nem a sede, "a sede de Caracas"); também quando se repete depois ("segundo a Air France",
# actors.c conserva a classe aprendida).
@rule pt.actor.company_of actor exact kind=organization
  (?<![\p{L}])(?:tripulação|tripulantes)\s+(?:da|de|do)\s+(?<name>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})(?![\p{L}])(?!\s+(?:de|da|do|das|dos)\s+\p{Lu})
  + os doze membros da tripulação da Air France que se recusaram => name=Air France
  + os tripulantes da El Al em Tel Aviv => name=El Al
  - os funcionários do Ministério da Justiça
  - a sede de Caracas
  - o avião de Griner aterrissou
  - a tripulação do navio
  - os funcionários da empresa

# "disseram advogados", "segundo ativistas", "testemunhas afirmaram": pessoas de um ofício ou papel que falam juntas,
# sem nome, só onde um verbo de dizer ou "segundo" as faz falar (trigésima sessão); contadas ("300 advogados foram
# presos") não falam.
@fragment PT_COLL30 = (?:[Aa]dvogados|[Aa]tivistas|[Aa]ctivistas|[Tt]estemunhas|[Mm]oradores|[Dd]efensores\s+de\s+direitos\s+humanos|[Vv]oluntarios|[Mm]edicos)(?:\s+(?:d[oa]s|que\s+(?:defendem|representam)\s+[oa]s)\s+[a-z]+)?
@rule pt.actor.collective_speaking actor kind=unknown
  (?:(?<=disseram\s|afirmaram\s|garantiram\s|denunciaram\s|informaram\s|relataram\s|contaram\s|estimaram\s|segundo\s|Segundo\s)|(?<![\p{L}\d]\s)\b(?={PT_COLL30}\s+(?:disseram|afirmaram|garantiram|denunciaram|informaram|relataram|contaram|estimaram|calcularam)\b))(?<name>{PT_COLL30})\b
  + Cerca de 150 pessoas foram presas, disseram advogados => name=advogados
  + segundo ativistas, 150 continuam presos => name=ativistas
  + Testemunhas afirmaram que cerca de 150 pessoas foram presas => name=Testemunhas
  - 300 advogados foram presos
  - os advogados disseram
