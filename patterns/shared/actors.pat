# Actors shared by every language: people's names, news media, organisations known by name.
# Person names are matched in the text as written (exact): capitalised words, with name particles. A word right
# before a common noun of {MODIFIED_NOUN} (each language's lexicon.pat) modifies it ("Irish citizens", "Malaysian
# media"): no name starts there. {MODIFIED_NOUN_ANY} holds the commonest of them in all three languages, since a
# text may quote a headline of another.
@fragment MODIFIED_NOUN_ANY = (?:citizens|nationals|media|press|reports|detainees|prisoners|ciudadanos|ciudadanas|nacionales|medios|prensa|detenidos|detenidas|presos|presas|cidadãos|cidadãs|mídia|imprensa|detidos|detidas)

@lexicon CAPWORDS capwords.txt
@lexicon MEDIA media.txt
@lexicon KNOWN_ORG orgs.txt
@lexicon COUNTRY countries.txt
@lexicon CAPITAL capitals.txt
@lexicon PLATFORM platforms.txt
# one body under its names and acronyms in es/pt/en (actors.c: the name first written in full)
@table same_body same_body.tsv

@fragment NAMEWORD = (?:(?:al|el|ad|as|ash|an|ar|abu|abd)-|\p{Lu}['\x{2019}](?=\p{Lu}\p{Ll}))?\p{Lu}\p{Ll}+(?:(?<=Mc|Mac)\p{Lu}\p{Ll}+)?(?:['\x{2019}](?!s(?!\p{L}))\p{L}+)?(?:-\p{Lu}?\p{Ll}+)?
@fragment PARTICLE = (?:de|da|do|dos|das|del|de\s+la|de\s+los|van|von|bin|al|y|e|di|le)

# A title written with capitals before a name ("Prime Minister Binali Yildirim", "Senior Superintendent Ana Cruz",
# "Interior Minister Efkan Ala", "el ministro del Interior Efkan Ala", "o Ministro da Justiça Bekir Bozdag") is no
# part of the name: a person's name never starts with a title word ({NAME_TITLE}) or a word naming the state or the
# law ({NAME_GENERIC}: "O Estado de direito"), nor with a word that only qualifies a title or names a portfolio
# ({NAME_QUALIFIER}: "Interior", "Senior", "Justiça") when a name or the country of the portfolio follows ("el
# ministro del Interior de Uganda, Jeje Odongo", nineteenth session) (alone, "Interior elevó el balance" is
# the ministry, which claims.c finds by that word), nor with one or two capitalised words that a title word and a
# name follow ("Opposition Leader Ana Ruiz"). The title is read whole (title.capitalised).
# Honorifics ("Dr Kavita Raman", "Mrs Ana Lobo") are no part of the name either.
@fragment NAME_TITLE = (?:Primeiro-Ministro|Primeira-Ministra|Prime|Premier|Minister|Ministro|Ministra|President|Presidente|Presidenta|Vice|Deputy|Secretary|Secretario|Secretaria|Secretária|General|Brigadier|Colonel|Coronel|Lieutenant|Teniente|Tenente|Captain|Capitán|Capitão|Sergeant|Sargento|Commander|Comandante|Commissioner|Comisario|Comissário|Superintendent|Superintendente|Inspector|Inspetor|Chief|Director|Directora|Diretor|Diretora|Judge|Juez|Jueza|Juiz|Juíza|Senator|Senador|Senadora|Governor|Gobernador|Gobernadora|Governador|Governadora|Mayor|Alcalde|Alcaldesa|Prefeito|Prefeita|Ambassador|Embajador|Embajadora|Embaixador|Embaixadora|Chancellor|Canciller|Chanceler|Spokesman|Spokeswoman|Spokesperson|Portavoz|Porta-voz|Attorney|Prosecutor|Fiscal|Procurador|Procuradora|Sheriff|Warden|Diputado|Diputada|Deputado|Deputada|Congressman|Congresswoman|Leader|Líder|Chairman|Chairwoman|Ombudsman|Defensor|Defensora|Admiral|Almirante|Marshal|Mariscal|Marechal|Gen|Brig|Col|Lt|Capt|Sgt|Cmdr|Supt|Insp|Gral|Cnel|Dr|Dra|Mr|Mrs|Ms|Prof)
@fragment NAME_QUALIFIER = (?:Primer|Primera|Primeiro|Primeira|Interior|Justicia|Justiça|Defence|Defense|Defensa|Defesa|Foreign|Exteriores|Finance|Finanzas|Finanças|Hacienda|Fazenda|Economy|Economía|Economia|Health|Salud|Saúde|Education|Educación|Educação|Labour|Trabajo|Trabalho|Information|Información|Informação|Home|Security|Seguridad|Segurança|Internal|Agriculture|Agricultura|Transport|Transporte|Transportes|Environment|Communications|Comunicaciones|Comunicações|Public|Pública|Público|Police|Policía|Polícia|Immigration|Inmigración|Imigração|Prisons|Prisiones|Prisões|Senior|Acting|Interim|Assistant|Associate|Executive|Special|National|Nacional|Federal|Regional|Provincial|Municipal|Supreme|Suprema|Supremo|Head|Jefe|Jefa|Chefe)
@fragment NAME_GENERIC = (?:State|Estado|Nation|Nación|Nação|Direito|Derecho|República|Republic|Pátria|Patria)
# A portfolio word ("Interior", "Imigração") before a name or an apposition ("o ministro do Interior, Rui Maia")
# ends a title phrase: it opens no name of its own.
# "The New York-based group", "the Kremlin-backed court", "a Geneva-born lawyer": a capitalised word joined by a
# hyphen to "based/backed/born/led/run/funded" is an adjective of place or of who stands behind, not a name.
@fragment NOT_NAME_START = (?!(?:\p{Lu}[\p{L}'\x{2019}]*\s+)?\p{Lu}[\p{L}'\x{2019}]*-(?:based|backed|born|led|run|funded|owned|aligned|allied|affiliated)(?![\p{L}]))(?!(?:{NAME_TITLE}|{NAME_GENERIC})(?![\p{L}\-]))(?!{NAME_QUALIFIER}(?:\s+\p{Lu}|,\s+\p{Lu}|\s+(?:de|del|do|da|of)\s+\p{Lu}))(?!(?:\p{Lu}\p{Ll}+\s+){1,2}{NAME_TITLE}(?![\p{L}\-])\s+\p{Lu})

# The capitalised title itself, whole: "Prime Minister", "Senior Superintendent", "Primer Ministro", "Deputy
# Minister of Information" (recognize.c keeps it over a title word inside it, so the person's title is all of it).
@rule title.capitalised title exact
  (?<![\p{L}])(?:(?:{NAME_QUALIFIER}|{NAME_TITLE})\s+){0,2}{NAME_TITLE}(?![\p{L}\-])
    (?:\s+(?:of|de|del|da|do)\s+(?:the\s+|la\s+|el\s+|a\s+|o\s+)?{NAME_QUALIFIER}(?![\p{L}\-]))?
    (?=\s*,?\s+(?!(?:{NAME_TITLE}|{NAME_QUALIFIER})(?![\p{L}\-])){NAMEWORD})
  + Prime Minister Ana Lobo said => _=Prime Minister
  + Senior Superintendent Rosa Campos said => _=Senior Superintendent
  + the Deputy Minister of Information, Rui Tavares, said => _=Deputy Minister of Information
  + el Primer Ministro Luis Vela dijo => _=Primer Ministro
  + o Primeiro-Ministro Rui Maia disse => _=Primeiro-Ministro
  - the prime minister said
  - Prime Minister

# A capitalised title or rank is no part of the name it stands before ("Interior Minister Ahmed Bilal Othman",
# "Brigadier General Raja Ram Basnet", "Teniente Coronel Ana Ruiz"), nor is the word that qualifies it ("Interior",
# "Brigadier"): the name starts after the last title word, so a four-word limit still holds the whole name. "Major"
# is left out: it is a surname too. NAMETITLE is a title word of {NAME_TITLE} as a whole word ("Tenente-Coronel" too).
# A capitalised word followed by "de/da/do" and a lower-case noun with no article ("Rueda de prensa del comisionado",
# "Coletiva de imprensa do governador") opens a common noun phrase, never a name ("Ana de la Torre" keeps hers).
@fragment NAMETITLE = (?:{NAME_TITLE})(?:-\p{L}+)?(?![\p{L}\-])
# A word that heads a state body's or an office's name and is nobody's name ("Customs Enforcement", "Scotland
# Yard", "the Southern District", "Dados do Departamento …"): no person's name holds it, nor ends right before it;
# the body rules read such names whole. Street words are no one's name either (twenty-third session): "the city
# jail on Main Street", "en la Calle Serrano", "na Rua Augusta" name a place, never the "she" or "he" of the next
# sentence ("Calle", "Plaza", "Largo" and "Alameda" are surnames too and stay out: only no name starts right after
# "Calle"). "Street" ends a person-shaped name only as "X Street" (actor.person below): "Occupy Wall Street" is a
# movement the other rules read.
@fragment BODYWORD = (?:Avenue|Road|Boulevard|Avenida|Rua|Travessa|Praça|Instituciones\s+Penitenciarias|Superintendencia|Superintendência|Superintendence|Departamento|Departament|Ministry|Ministerio|Ministério|Enforcement|Office|Bureau|Agency|Directorate|Police|Policía|Polícia|Yard|District|Distrito|Fiscalía|Procuradoria|Procuraduría|Secretaría|Secretariado|Secretariat|Tribunal|Court|Juzgado|Gendarmería|Gendarmerie|Gendarmaria|Prefecture|Prefectura|Prefeitura|Ayuntamiento|Embassy|Embajada|Embaixada|Ejército|Exército|Army|Navy|Constabulary|Carabineros|Comisaría|Delegacia|Precinct)

# Speed (the rule is tried at every capital): the lookahead first asks for what its first name word starts with
# (a capital and a lower-case letter, maybe after "al-" or "O'"), which turns away acronyms and single capitals
# before the lexicon tests; the tests that read a name word and the word after it read the name word once.
# Twenty-fourth session: a capitalised word joined to a lower-case one by a hyphen ("the Bengali-language daily",
# "the Moscow-based group", "Kurdish-led") is an adjective, not a name's first word; a place and a year in brackets
# after a name ("Clara Villaverde (Santiago de Cuba, 1949)") say where and when the person was born, and name no one.
@rule actor.person actor exact kind=person shape=1 start_not_in=CAPWORDS,MEDIA,KNOWN_ORG,COUNTRY,PLATFORM
  (?<![\p{L}\d\-])(?<!Calle\s|Avenida\s|Rua\s|Travessa\s|Praça\s)(?=(?:(?:al|el|ad|as|ash|an|ar|abu|abd)-|\p{Lu}['\x{2019}])?\p{Lu}\p{Ll})
    (?![^()\n]{1,60},\s*1[89]\d\d\))
    (?<name>(?!\p{Lu}\p{Ll}+-\p{Ll})(?!(?:{CAPWORDS})(?![\p{L}\-]))(?!(?:{MEDIA}|{KNOWN_ORG}|{COUNTRY}|{PLATFORM})(?![\p{L}]))
    {NOT_NAME_START}
    (?!{NAMETITLE}|Justice\s+\p{Lu})
    (?!(?:{NAMEWORD}\s+){0,3}{BODYWORD}(?![\p{L}]))
    (?!(?:{NAMEWORD}\s+)?Street(?![\p{L}])|Calle\s+\p{Lu})
    (?!{NAMEWORD}\s+(?:(?:{MODIFIED_NOUN}|{MODIFIED_NOUN_ANY})(?![\p{L}])
      |(?:de|da|do)\s+(?!(?:la|las|los|el|a|o|os|as)\s)\p{Ll}+(?![\p{L}])
      |(?:{NAMEWORD}\s+)?{NAMETITLE}))
    {NAMEWORD}(?:\s+(?:{PARTICLE}\s+)?(?!{NAMETITLE})(?!{BODYWORD}(?![\p{L}])){NAMEWORD}){0,3})(?![\p{L}])
  + Interior Minister Ahmed Bilal Othman told parliament => name=Ahmed Bilal Othman
  - the city jail on Main Street
  - (Santa Cruz de Tenerife, 1951)
  - (Lisboa, 1962)
  - by the Bengali-language daily
  - the Moscow-based group
  - en la Calle Serrano
  - na Rua Augusta
  - on Fifth Avenue
  + Gustavo Calle negó => name=Gustavo Calle
  + State Supreme Court Justice Ana Lima found => name=Ana Lima
  + Brigadier General Raja Ram Basnet, the army spokesman => name=Raja Ram Basnet
  + Lieutenant General Shams El Din Kabbashi said => name=Shams El Din Kabbashi
  + el Teniente Coronel Ana María Ruiz informó => name=Ana María Ruiz
  + o Tenente-Coronel João Paulo Reis disse => name=João Paulo Reis
  + Vice President Ana Lima said => name=Ana Lima
  + said Prime Minister Keir Starmer => name=Keir Starmer
  + el portavoz de la oposición para Inmigración, Juan Ruiz, dijo => name=Juan Ruiz
  + o porta-voz da oposição para a Imigração, Rui Maia, disse => name=Rui Maia
  + the opposition spokesman on Immigration, Dan Perry, said => name=Dan Perry
  + dijo Alfredo Romero, presidente => name=Alfredo Romero
  + Jorge Rodríguez anunció => name=Jorge Rodríguez
  + según Luis Florido => name=Luis Florido
  + a ministra María da Silva disse => name=María da Silva
  + Romero said => name=Romero
  + Su subsecretaria, Tricia McLaughlin, afirmó => name=Tricia McLaughlin
  + said Joseph McBride, an attorney => name=Joseph McBride
  + disse a deputada Ana MacDonald => name=Ana MacDonald
  + spokesman Majed al-Ansari said => name=Majed al-Ansari
  + Prime Minister Ana Lobo said => name=Ana Lobo
  + Interior Minister Efkan Ala said => name=Efkan Ala
  + Senior Superintendent Rosa Campos said => name=Rosa Campos
  + el ministro del Interior Efkan Ala dijo => name=Efkan Ala
  + o Ministro da Justiça Bekir Bozdag disse => name=Bekir Bozdag
  + o Estado de direito, disse Rui Maia => name=Rui Maia
  + The police spokesman, Brig Gen Tomas Wirya Andika, said => name=Tomas Wirya Andika
  + el vocero, Gral Tomás Vera Andrade, dijo => name=Tomás Vera Andrade
  + Dr Kavita Raman, a historian, spoke to us => name=Kavita Raman
  + said Mrs Ana Lobo, the lawyer => name=Ana Lobo
  - the riots in KwaZulu-Natal spread
  - Rueda de prensa del comisionado de la policía
  - Coletiva de imprensa do governador
  + dijo Ana de la Torre => name=Ana de la Torre
  - los saqueos en KwaZulu-Natal siguen
  - The New York-based group says at least 130 people
  - the Kremlin-backed court said
  + the Kremlin-backed court jailed Ana Lima => name=Ana Lima
  + a nordeste de N'Djamena => name=N'Djamena
  + said Dara O'Brien => name=Dara O'Brien
  - The president said
  - according to the NGO
  - Según
  - Reuters reported
  - said 12 Irish citizens were held
  - denied Malaysian media reports
  - los 12 Irlandeses detenidos
  - os 12 Irlandeses detidos
  - the mayor wrote on Facebook that evening
  - circula en grupos de WhatsApp y Telegram
  - publicou no Instagram uma foto
  - Customs Enforcement said
  - Scotland Yard says six people were arrested
  - the Southern District said
  - segundo o Departamento mostra
  - según el Ministerio dijo
  + dijo Ana Ruiz, de la Policía Nacional => name=Ana Ruiz
  + said Tom Hale of the Army => name=Tom Hale
  + disse Rui Maia, do Departamento de Estado => name=Rui Maia
  - the forty arrested Chechens exist only in rumours
  - after the Rwandan cabinet met
  + said Ana Chechen => name=Ana Chechen

@rule actor.media actor exact kind=media
  (?<![\p{L}\d])(?<name>{MEDIA}(?:\s+(?:News|TV|Radio|Online)(?![\p{L}\d])(?!\s+(?:Agency|Network|Service)))?)(?![\p{L}\d])
  + told France 24 => name=France 24
  + Bloomberg News reported that 520 were freed => name=Bloomberg News
  + según Reuters TV, 30 detenidos => name=Reuters TV
  + informó la agencia EFE => name=EFE
  + (Reuters) - => name=Reuters
  - the reuters office

# A news agency named by a known medium and the word "agency" ("Anadolu Agency", "Xinhua News Agency", "Agência
# Lusa") is that medium, not an organisation the head word "Agency" would make of it (before actor.org: it wins
# the tie over the same words).
@rule actor.media_agency actor exact kind=media
  (?<![\p{L}\d])(?<name>(?:{MEDIA})\s+(?:News\s+)?Agency|(?:Agencia|Agência|Agence)\s+(?:de\s+Noticias\s+|de\s+Notícias\s+)?(?:{MEDIA}))(?![\p{L}\d])
  + the state-run Anadolu Agency reports => name=Anadolu Agency
  + según la Agencia Xinhua => name=Agencia Xinhua
  + segundo a Agência Interfax => name=Agência Interfax
  - the Drug Enforcement Agency said

# A body named as an official's office ("Public Attorney's Office", "the Ombudsman's Office", "la Oficina del Fiscal
# General", "o Gabinete do Procurador-Geral", "the Office of the Prosecutor General") is a state body, not the
# person the title and name words would make of it (before actor.org: it wins the tie over
# "Oficina" as an organisation's head word).
@rule actor.official_office actor exact kind=government named=1
  (?<![\p{L}])(?<name>(?:(?!(?:{LEADWORD})\s)(?:\p{Lu}\p{L}+|(?:\p{Lu}\.){2,3})\s+){0,3}(?:{NAME_TITLE}|Defender)['\x{2019}]s\s+Office
      (?:\s+(?:for|of|in)\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+(?:of\s+|for\s+)?\p{Lu}\p{L}+){0,4})?
    |(?:Office|Oficina|Despacho|Gabinete|Escritório)\s+(?:of\s+the|del|de\s+la|do|da)\s+(?:{NAME_QUALIFIER}\s+)?(?:{NAME_TITLE}|Defender|Provedor|Provedora)(?:[\s-]+(?:General|Geral))?
      (?:\s+(?:of|de|del|da|do)\s+(?:la\s+|the\s+|o\s+|a\s+)?\p{Lu}\p{L}+)?)(?![\p{L}])
  + according to the Public Attorney's Office => name=Public Attorney's Office
  + the U.S. Attorney's Office for the Eastern District of Texas said => name=U.S. Attorney's Office for the Eastern District of Texas
  + the District Attorney's Office in Brooklyn said => name=District Attorney's Office in Brooklyn
  + the Ombudsman's Office said => name=Ombudsman's Office
  + la Oficina del Fiscal General informó => name=Oficina del Fiscal General
  + o Gabinete do Procurador-Geral informou => name=Gabinete do Procurador-Geral
  + the Office of the Prosecutor General said => name=Office of the Prosecutor General
  - the Office of the High Commissioner said
  - the prosecutor's office said

# "el movimiento #YoSoy132", "the #FreeThemAll campaign": a capitalised hashtag names a movement or campaign.
@rule actor.hashtag actor exact kind=organization
  (?<![\p{L}\d_\#])(?<name>\#\p{Lu}[\p{L}\d_]{2,})
  + El movimiento #LibresYa denunció 40 detenciones => name=#LibresYa
  + o coletivo #SoltemTodos informou => name=#SoltemTodos
  + the #FreeThemAll campaign said => name=#FreeThemAll
  - the #1 priority
  - a #freethem post

# "the office of the French High Commissioner in Noumea", "la oficina del gobernador", "o gabinete do governador":
# an official's office described in lower case (not a body's own name, as "the Office of the High Commissioner"
# is) speaks for the state; the office of a UN official ("la oficina del enviado especial de la ONU", "the office
# of the UN special envoy") speaks for the UN, an organisation (actor.un_office, the longer match).
@fragment OFFICE_OF = (?:office\s+of\s+the|oficina\s+(?:de\s+la|del?)|escritório\s+d[oa]|gabinete\s+d[oa])
@fragment OFFICE_HOLDER = (?i:alt[oa]\s+comisionad[oa]|alt[oa][\s-]comissári[oa]|high\s+commissioner|enviad[oa](?:\s+especial)?|special\s+envoy|envoy|relator[a]?\s+especial|special\s+rapporteur|representante\s+especial|special\s+representative|coordinador[a]?\s+residente|coordenador[a]?\s+residente|resident\s+coordinator|secretari[oa][\s-]general|secretári[oa][\s-]geral|secretary[\s-]general|gobernador[a]?|governador[a]?|governor|prefect[oa]?|prefeit[oa]|prefect|delegad[oa]\s+del\s+gobierno|commissioner|comisionad[oa]|comissári[oa]|president[ea]?|primer[oa]?\s+ministr[oa]|primeir[oa][\s-]ministr[oa]|prime\s+minister|alcalde(?:sa)?|mayor|sheriff)
@fragment UN_NAME = (?:UN|U\.N\.|ONU|United\s+Nations|Naciones\s+Unidas|Nações\s+Unidas)
@rule actor.un_office actor exact kind=organization
  (?<![\p{L}])(?<name>{OFFICE_OF}\s+(?:{UN_NAME}\s+{OFFICE_HOLDER}|{OFFICE_HOLDER}\s+(?:of\s+the|de\s+la|de\s+las|da|das)\s+{UN_NAME})(?:\s+(?:for|on|to|in|para|en|em|no|na)\s+(?:the\s+|el\s+|o\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?)(?![\p{L}])
  + Según la oficina del enviado especial de la ONU, 300 presos => name=oficina del enviado especial de la ONU
  + the office of the UN special envoy for Yemen said => name=office of the UN special envoy for Yemen
  + segundo o gabinete do enviado especial da ONU, 300 presos => name=gabinete do enviado especial da ONU
  - the Office of the High Commissioner said
@rule actor.state_office actor exact kind=government named=1 office=1
  (?<![\p{L}])(?<name>{OFFICE_OF}\s+(?!{UN_NAME}\s)(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:(?:regional|provincial|state|federal|military|deputy)\s+)?{OFFICE_HOLDER}(?:\s+{DEMONYM_ADJ})?(?:\s+(?:in|for|of|de\s+la|del|de|en|da|do|na|no|em)\s+(?:the\s+)?(?!{UN_NAME}(?![\p{L}]))\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?)(?![\p{L}])
  + By June 4, the office of the French High Commissioner in Noumea was reporting 827 arrests => name=office of the French High Commissioner in Noumea
  + la oficina del gobernador de Oaxaca informó => name=oficina del gobernador de Oaxaca
  + o gabinete do governador do Amapá informou => name=gabinete do governador do Amapá
  + the office of the provincial governor said => name=office of the provincial governor
  + la oficina de la primera ministra informó que 30 presos => name=oficina de la primera ministra
  + o gabinete do primeiro-ministro divulgou que 30 presos => name=gabinete do primeiro-ministro
  + the office of the prime minister said 30 prisoners => name=office of the prime minister
  + Segundo o gabinete do presidente, 20 reféns => name=gabinete do presidente
  - the Office of the High Commissioner said
  - a spokesman for the governor

# A broadcaster named by its head word ("Rádio Ásia Livre", "Radio Free Asia", "Televisión Nacional de Chile",
# "Rádio Nacional de Angola") is a medium, not a person the name rule would read in the same words.
@rule actor.media_named actor exact kind=media
  (?<![\p{L}\d])(?<name>(?:Radio|Rádio|Radiodifusora|Televisión|Televisão|Television|Televisora|Telediario|Telejornal)(?:\s+(?:{ORGLINK}\s+){0,2}\p{Lu}[\p{L}'\x{2019}\-]*){1,4})(?![\p{L}\d])
  + a Rádio Ásia Livre (RFA) havia noticiado => name=Rádio Ásia Livre
  + según Radio Nacional de Venezuela => name=Radio Nacional de Venezuela
  + Radio Free Asia reported => name=Radio Free Asia
  + la Televisión Nacional de Chile informó => name=Televisión Nacional de Chile
  - la radio estatal informó
  - Radio

# A broadcaster named by a call sign or a channel number right after a word for a broadcaster ("a televisão N1",
# "la cadena KARE 11", "the broadcaster TV2", "o canal RTP1"): the name holds a digit, which the name rules never
# read as part of a name, so the outlet named by what it is had no name and the count no source (sixteenth session).
@rule actor.media_callsign actor exact kind=media
  (?<=televisão\s|televisión\s|television\s|cadena\s|canal\s|channel\s|emisora\s|emissora\s|broadcaster\s|station\s|estación\s|estação\s|rádio\s|radio\s|network\s)(?<name>\p{Lu}[\p{Lu}\p{L}]*(?:\s?\d{1,3}|\d{1,3}\p{Lu}*)|\p{Lu}\p{L}*\s+\p{Lu}[\p{L}]*\s\d{1,3})(?![\p{L}\d])(?!\s+(?:de|of|do|da|del)\s+\p{Ll})
  + A televisão N1 contabilizou pelo menos seis detenções => name=N1
  + La cadena KARE 11 contó 36 arrestados => name=KARE 11
  + the broadcaster TV2 said 40 were held => name=TV2
  + o canal RTP1 noticiou => name=RTP1
  - el canal 13
  - on channel 4 yesterday

# A medium named with a broadcaster's or an agency's head words ("Fana Broadcasting Corporation", "Korean
# Broadcasting System", "Ethiopian News Agency", "Asian News Network") is a medium, not the person the name rule
# would read in the same capitalised words; "according to X … The broadcaster reported" then finds it.
@rule actor.media_headword actor exact kind=media
  (?<![\p{L}\d])(?<name>(?:(?!(?:Human|Rights|Activists)\s)\p{Lu}[\p{L}'\x{2019}\-]+\s+){1,3}(?:Broadcasting(?:\s+(?:Corporation|Company|Service|System|Authority|Network))?|News\s+(?:Agency|Network|Service)|Press\s+Agency)|(?:\p{Lu}[\p{L}'\x{2019}\-]+\s+){1,2}Presse(?:\s+Service)?|Agence\s+(?:\p{Lu}[\p{L}\-]+\s+){1,2}(?:d['\x{2019}]Information|de\s+Presse))(?![\p{L}\d])
  + according to the Fana Broadcasting Corporation => name=Fana Broadcasting Corporation
  + la agencia oficial Algérie Presse Service (APS) informó => name=Algérie Presse Service
  + segundo a Tunis Afrique Presse, 30 foram soltos => name=Tunis Afrique Presse
  + according to Agence Mauritanienne d'Information, 7 were held => name=Agence Mauritanienne d'Information
  + la Agence Ivoirienne de Presse informó => name=Agence Ivoirienne de Presse
  - the Presse of the town
  + según la Ethiopian News Agency, 300 salieron => name=Ethiopian News Agency
  + segundo a Korean Broadcasting System => name=Korean Broadcasting System
  - the Drug Enforcement Agency said
  - broadcasting rights
  - the Human Rights Activists News Agency said

# A newspaper named by its title's head word ("The Sydney Morning Herald", "The Saturday Paper", "Jornal de
# Notícias", "Diario Libre") is a medium, not the person the name rule reads in the same capitalised words (equal
# spans: the non-person kind wins). English titles end with the head word; Spanish and Portuguese ones open with it.
# An English title follows "the" or has two words before its head word ("Ana Post" is a person).
# Not a state paper ("White Paper", "Official Journal", "Diário Oficial") nor a post that is a place ("Border Post").
@rule actor.media_title actor exact kind=media
  (?<![\p{L}\d])(?<name>(?:(?<=[Tt]he\s)|(?=\p{Lu}\S*\s+\p{Lu}\S*\s+\p{Lu}))(?:(?!(?:{LEADWORD}|White|Green|Official|Border|Command|Trading|Police|Army|Human|Rights)\s)\p{Lu}[\p{L}'\x{2019}\-]+\s+){1,3}(?:Herald|Times|Tribune|Gazette|Chronicle|Telegraph|Courier|Inquirer|Observer|Post|Journal|Mail|Globe|Paper|Examiner|Dispatch)|(?:Diário|Diario|Jornal|Folha|Gazeta|Correio|Periódico|Semanario|Semanário)\s+(?!Oficial(?![\p{L}]))(?:(?:de|del|da|do|de\s+la|de\s+los)\s+)?\p{Lu}[\p{L}'\x{2019}\-]+(?:\s+\p{Lu}[\p{L}'\x{2019}\-]+){0,2})(?![\p{L}\d])
  + The Sydney Morning Herald reported => name=Sydney Morning Herald
  + in an opinion piece for The Saturday Paper, he wrote => name=Saturday Paper
  + segundo o Jornal de Notícias, 40 foram soltos => name=Jornal de Notícias
  + según el Diario Libre, 30 fueron detenidos => name=Diario Libre
  + segundo o jornal Correio do Sul. De acordo com => name=Correio do Sul
  + the Lagos Post reported => name=Lagos Post
  - the government's White Paper said
  - publicado no Diário Oficial da União
  - at the Border Post
  - Ana Post said

@rule actor.known_org actor exact kind=organization
  (?<![\p{L}\d])(?<name>{KNOWN_ORG}|(?i:{KNOWN_ORG})(?=[^\p{Ll}]*$|[^\p{Ll}]{12}))(?![\p{L}\d])
  + la ONG Foro Penal estimó => name=Foro Penal
  + segundo a Viasna => name=Viasna
  + Human Rights Watch said => name=Human Rights Watch
  - foro penal en minúsculas
  + STATEMENT OF THE HUMAN RIGHTS CENTRE VIASNA => name=VIASNA
  + the U.N. says 72 drivers => name=U.N.

# A known body's name and the branch after it ("Greenpeace Internacional aseguró", "Oxfam International said",
# "Greenpeace España denunció", "a Oxfam Brasil"): one organisation's name; the word after it is no person's name.
@rule actor.known_org_branch actor exact kind=organization
  (?<![\p{L}\d])(?<name>(?:{KNOWN_ORG})\s+(?:Internacional|International|Intl\.|{COUNTRY}))(?![\p{L}\d])
  + Greenpeace Internacional aseguró este viernes => name=Greenpeace Internacional
  + Oxfam International said => name=Oxfam International
  + segundo a Oxfam Brasil, 300 => name=Oxfam Brasil
  - Greenpeace aseguró este viernes
  - Greenpeace, International Crisis Group

# A country named as the one that acts ("Venezuela says it has released") stands for its government. place=1: in a
# label ("Venezuela: 800 presos") it says where, not who (claims.c, S_label_speaker).
@rule actor.country actor exact kind=government place=1
  (?<![\p{L}\d])(?<name>{COUNTRY})(?![\p{L}\d])
  + Venezuela says it has released => name=Venezuela
  + Cuba anunció => name=Cuba
  + la Unión Soviética liberó => name=Unión Soviética
  + West Germany refused => name=West Germany
  + a Alemanha Ocidental recusou => name=Alemanha Ocidental
  - venezuela

# A capital or a seat of power as the one that acts or speaks ("Pekín negó", "Tokyo says", "o Planalto informou",
# "Downing Street said") stands for its government, as a country does (twenty-second session). place=1: "en Tokio",
# "detidos em Pequim" say where, and the claimant stage never takes a place for a speaker; "the London-based group"
# names no capital's government. metonym=1: never learnt for a later "the government" (discourse.c).
@rule actor.capital actor exact kind=government place=1 metonym=1
  (?<![\p{L}\d])(?<name>{CAPITAL})(?![\p{L}\d\-])
  + Pekín negó que hubiera => name=Pekín
  + Tokyo says at least 12 => name=Tokyo
  + o Planalto informou => name=Planalto
  + Downing Street said => name=Downing Street
  - Tokyoites
  - pekín
  - the London-based group

# Organisations named with a generic head word, in any of the three languages (English news names Spanish
# bodies in Spanish, and so on): "Observatorio Venezolano de Prisiones", "the Venezuelan Prisoner Observatory",
# "Comité pela Libertação dos Presos Políticos". Government bodies have their own rules per language.
@fragment ORGHEAD = (?:Observatorio|Observatório|Observatory|Foro|Forum|Fórum|Comité|Comitê|Committee|Comisión|Comissão|Commission|Coalición|Coalizão|Coalition|Asociación|Associação|Association|Fundación|Fundação|Foundation|Organización|Organização|Organization|Organisation|Oficina|Centro|Centre|Center|Instituto|Institute|Red|Rede|Network|Plataforma|Platform|Movimiento|Movimento|Movement|Partido|Party|Frente|Front|Unión|União|Union|Sindicato|Colegio|Ordem|Consejo|Conselho|Council|Federación|Federação|Federation|Mecanismo|Mechanism|Cruz\s+Roja|Cruz\s+Vermelha|Red\s+Cross|Naciones\s+Unidas|Nações\s+Unidas|United\s+Nations|Alto\s+Comisionado|Alto\s+Comissariado(?=\s+(?:das|da|de)\s+(?:Nações|ONU))|High\s+Commissioner|Watch|Defenders|Defensores|Familiares|Madres|Mães|Mothers|Society|Sociedad|Sociedade|Alliance|Alianza|Aliança|Campaign|Campaña|Campanha|Initiative|Iniciativa|Group|Grupo|Bar|Colegio\s+de\s+Abogados|Amnistía|Anistia|Amnesty|Trust|Agency|Universidad|Universidade|University|Project|Proyecto|Projeto|Brief|Tracker|Liga|League|Confederación|Confederação|Confederation|Colectivo|Coletivo|Collective|College|Gremio|Grêmio|Guild|Faculdade|Facultad|Flotilla|Flotilha|Club|Clube|Museo|Museu|Museum|Corporación|Corporação|Corporation|Coordinadora|Coordenadora|Airlines|Airways|Compañía\s+Aérea|Companhia\s+Aérea|Líneas\s+Aéreas|Linhas\s+Aéreas)
@fragment ORGWORD = (?:\p{Lu}[\p{L}'\x{2019}\-]*|\d+\p{L}+)
@fragment LEADWORD = (?:ONG|ONGs|NGO|NGOs|Según|Segundo|According|Para|Por|Pela|Pelo|En|Em|In|On|At|From|By|With|Con|Com|De|Do|Da|Del|Y|E|And|But|Pero|Mas|Also|También|Também|Ayer|Hoy|Ontem|Hoje|Yesterday|Today|The|El|La|Los|Las|O|Os|As|A|An|Un|Una|Um|Uma|This|That|Este|Esta|Esse|Essa)
@fragment CAPTITLE = (?:President|Presidente|Presidenta|Minister|Ministro|Ministra|Director|Directora|Diretor|Diretora|Chief|Head|Secretary|Secretario|Secretária|Secretaria|Spokesman|Spokeswoman|Spokesperson|Portavoz|Porta-voz|General|Commissioner|Comisionado|Comissário|Prosecutor|Fiscal|Procurador|Judge|Justice|Magistrate|Juez|Jueza|Juiz|Juíza|Speaker|Chairman|Vice)
# Twenty-sixth session: the Portuguese article "o/os" and "ao/aos" link a body's name too ("Conselho de Estado para
# a Paz e o Desenvolvimento", "Comissão para o Tratamento"), as "a" and "la" did.
@fragment ORGLINK = (?:de|del|de\s+la|de\s+las|de\s+los|la|las|los|el|por|para|y|e|da|do|das|dos|pela|pelo|a|al|à|o|os|ao|aos|of|for|the|and|on|to|against|in|&)

# A body whose head word may name a state organ or a civil one ("Consejo", "Office", "Organização") is the state's
# when its name says what the state does ("Oficina de Seguridad", "Conselho Nacional de Justiça", "State
# Administration Council", "Organización Nacional de Inteligencia") and nothing of civil society ("Human Rights",
# "Presos", "Libertad"). Before actor.org, so that it wins the tie over the same words.
@fragment AMBIGHEAD = (?:Consejo|Conselho|Council|Comisión|Comissão|Commission|Oficina|Office|Escritório|Organización|Organização|Organization|Organisation|Instituto|Institute|Centro|Centre|Center|Agencia|Agência|Agency|Junta|Autoridad|Autoridade|Authority|Administración|Administração|Administration|Bureau|Directorate|Unidad|Unidade|Unit)
@fragment STATEWORD = (?:Estado|State|Estadística|Estadísticas|Estadístico|Estatística|Estatísticas|Statistics|Statistical|Censo|Censos|Census|Military|Militar|Militares|Seguridad|Segurança|Security|Justicia|Justiça|Justice|Inteligencia|Inteligência|Intelligence|Interior|Defensa|Defesa|Defence|Defense|Policía|Polícia|Police|Penitenciario|Penitenciaria|Penitenciário|Penitenciária|Administración|Administração|Administration|Electoral|Gobierno|Governo|Government|Presidencia|Presidência|Presidency|Migración|Migração|Migrações|Immigration|Aduanas|Alfândegas|Customs|Fronteras|Fronteiras|Border|Borders|Judicial|Judiciário|Judiciária|Judiciary|Magistratura|Magistracy|Prisiones|Prisões|Prisons|Cárceles|Jail|Jails|Penología|Penologia|Penology|Corrections|Correccional|Antidrogas|Antidroga|Antinarcóticos|Narcotics|Narcóticos|Estupefacientes|Droga|Drogas|Drug|Drugs|Enforcement|Armed\s+Forces|Fuerzas\s+Armadas|Forças\s+Armadas|Army|Ejército|Exército|Navy|Armada|Marinha|Air\s+Force)
@fragment CIVILWORD = (?:Derechos|Direitos|Rights|Humanos|Human|Libertad|Liberdade|Liberty|Freedom|Presos|Prisoners|Víctimas|Vítimas|Victims|Familiares|Families|Abogados|Advogados|Lawyers|Periodistas|Jornalistas|Journalists|Universidad|Universidade|University|Civil|Civic|Democracia|Democracy|Paz|Peace|Amnistía|Anistia|Amnistia|Amnesty|Transparencia|Transparência|Transparency)
# "la Dirección de Prisiones y la Agencia Antidrogas", "the Interior Ministry and the Drug Agency": a conjunction
# and an article before a body's head word open a second body; the first name ends before them.
@fragment NEXTBODY = (?:y|e|and|&)\s+(?:la|el|los|las|a|o|os|as|the)\s+(?:\p{Lu}\p{L}+\s+){0,2}(?:{AMBIGHEAD}|{ORGHEAD}|{STATEHEAD})(?![\p{L}])
@fragment BODYTAIL = (?:\s+(?!{NEXTBODY})(?:{ORGLINK}\s+){0,2}{ORGWORD})
@fragment NAMERUN = \p{Lu}[\p{L}'\x{2019}\-]*\s+(?:{ORGLINK}\s+){0,2}
# A body whose ambiguous head word is qualified as national ("the National Reporting Centre", "the National Police
# Agency", "el Consejo Nacional Electoral", "o Instituto Nacional de Estatística") is the state's: the gold has 30
# such lines government against 6 organisation, all of these with a civil or opposition word in the name
# ("Comisión Cubana de Derechos Humanos y Reconciliación Nacional", "Consejo Nacional de Resistencia", "Plataforma
# de Unidad Nacional"), which keeps them out. A news agency ("National News Agency") is a medium's.
@fragment OPPWORD = (?:Unidad|Unidade|Unity|Resistencia|Resistência|Resistance|Reconciliación|Reconciliação|Reconciliation|Liberación|Libertação|Liberation|Salvación|Salvação|Salvation|Democratic|Democrático|Democrática|Democrata|Transición|Transição|Transitional|News|Noticias|Notícias|Press|Prensa|Imprensa|Students|Estudiantes|Estudantes|Women|Mujeres|Mulheres|Workers|Trabajadores|Trabalhadores)
@rule actor.national_body actor exact kind=government named=1
  (?<![\p{L}])(?!(?:The|A|An|This|That|El|La|Los|Las|O|Os|As|Um|Uma|Un|Una)\s)
  (?!(?:{NAMERUN})*?(?:{CIVILWORD}|{OPPWORD})(?![\p{L}]))
  (?<name>(?:(?:(?!(?:{LEADWORD})\s)\p{Lu}[\p{L}'\x{2019}\-]+\s+)?National\s+(?:\p{Lu}[\p{L}'\x{2019}\-]+\s+){0,2}{AMBIGHEAD}|{AMBIGHEAD}\s+Nacional)(?![\p{L}]){BODYTAIL}*)
  + The National Reporting Centre, which coordinated police deployments, recorded => name=National Reporting Centre
  + the National Police Agency said => name=National Police Agency
  + el Consejo Nacional Electoral informó => name=Consejo Nacional Electoral
  + a Autoridade Nacional de Procuradoria informou => name=Autoridade Nacional de Procuradoria
  - el Consejo Nacional de Resistencia de Irán dijo
  - the National News Agency reported
  - la Plataforma de Unidad Nacional dijo

# Twenty-sixth session: a name that says it is the state's own organ, opening with "State" ("State Peace and
# Development Council", "State Law and Order Restoration Council") or with its head word and "de/do Estado"
# ("Consejo de Estado para la Paz y el Desarrollo", "Consejo de Administración del Estado", "Conselho de Estado"),
# is the state's whatever civil word it holds ("Peace", "Paz"): the gold has 13 such lines, all government.
@fragment STATEOWNED = (?:State\s+(?:\p{Lu}[\p{L}\-]+\s+(?:(?:and|of|for|on)\s+)?){0,4}{AMBIGHEAD}(?![\p{L}])|{AMBIGHEAD}(?:\s+(?:de|del|da|do)\s+\p{Lu}[\p{L}\-]+)?\s+(?:de|del|do)\s+Estado(?![\p{L}]))
@rule actor.state_body actor exact kind=government named=1
  (?<![\p{L}])(?!(?:The|A|An|This|That|El|La|Los|Las|O|Os|As|Um|Uma|Un|Una)\s)
  (?=(?:{NAMERUN})*?(?:{STATEWORD})(?![\p{L}]))(?:(?={STATEOWNED})|(?!(?:{NAMERUN})*?(?:{CIVILWORD})(?![\p{L}])))
  (?<name>(?:(?!(?:{LEADWORD})\s)\p{Lu}[\p{L}'\x{2019}\-]+\s+(?:(?:of|for|and|on)\s+)?){0,4}{AMBIGHEAD}(?![\p{L}]){BODYTAIL}*)
  + la Oficina de Seguridad detalló => name=Oficina de Seguridad
  + o Conselho Nacional de Justiça informou => name=Conselho Nacional de Justiça
  + The State Administration Council said => name=State Administration Council
  + the Transitional Military Council said => name=Transitional Military Council
  + el Consejo Militar de Transición informó => name=Consejo Militar de Transición
  + o Conselho Militar de Transição informou => name=Conselho Militar de Transição
  + la Agencia Antidrogas de Honduras informó => name=Agencia Antidrogas de Honduras
  + a Agência de Combate à Droga informou => name=Agência de Combate à Droga
  + the Drug Enforcement Administration said => name=Drug Enforcement Administration
  + según la Oficina de Prisiones, 40 presos => name=Oficina de Prisiones
  + o Conselho Superior da Magistratura informou => name=Conselho Superior da Magistratura
  + the Supreme Judicial Council said => name=Supreme Judicial Council
  + the Bureau of Prisons said => name=Bureau of Prisons
  + the Supreme Council of the Armed Forces said => name=Supreme Council of the Armed Forces
  + el Consejo Supremo de las Fuerzas Armadas anunció => name=Consejo Supremo de las Fuerzas Armadas
  + según el Instituto Nacional de Estadística, 400 presos => name=Instituto Nacional de Estadística
  + o Escritório de Estatísticas Penais informou => name=Escritório de Estatísticas Penais
  + the Office for National Statistics said => name=Office for National Statistics
  + o Conselho Supremo das Forças Armadas anunciou => name=Conselho Supremo das Forças Armadas
  + la Unidad Conjunta de Seguridad detuvo => name=Unidad Conjunta de Seguridad
  + The State Peace and Development Council said 300 people were detained => name=State Peace and Development Council
  + el Consejo de Estado para la Paz y el Desarrollo informó => name=Consejo de Estado para la Paz y el Desarrollo
  + o Conselho de Estado informou => name=Conselho de Estado
  + a Unidade Integrada de Segurança informou => name=Unidade Integrada de Segurança
  + the Joint Security Unit said => name=Joint Security Unit
  - la Unidad de Víctimas informó
  - el Observatorio Venezolano de Prisiones informó
  - the Center for Prisoners' Rights said
  - the Kenya National Commission on Human Rights said
  - el Centro de Intercambio de Información informó
  - the Peace and Development Council said
  - el Consejo para la Paz y la Reconciliación informó

# A commission or committee the state sets up (eighteenth session) is the state's, as national commissions are:
# - one that grants amnesties or pardons, named by "de/of" and the grace ("Comisión de Amnistía", "Comissão de
#   Anistia", "Presidential Pardon Committee", "the Commission on Clemency"); a committee campaigning for one names
#   it by "por/pela/for" ("Comitê Brasileiro pela Anistia") and stays actor.org's;
# - one a state's attribute heads ("Presidential Pardon Committee", "Comisión Presidencial", "Royal Commission");
# - an inquiry named after its chair ("Shah Commission", "Warren Commission", "Comisión Valech II", "Comissão
#   Rettig"): one capitalised word that no adjective of nationality or kind ends like ("European", "Cubana",
#   "Interamericana", "Independent") and no complement follows ("Commission for the Disappeared" stays civil);
# - one a court's or a house's own ("the High Court's Juvenile Justice Committee").
# A longer civil name ("Human Rights Commission", "Comisión Legal Sol") still wins by length. Before actor.org to win
# the tie over the same words.
@fragment GRACEWORD = (?:Amnistía|Anistia|Amnistia|Amnesty|Indultos|Indulto|Pardons|Pardon|Clemency|Gracia|Graça)
@fragment STATEBODYWORD = (?:Commission|Committee|Board|Comisión|Comissão|Comité|Comitê|Junta|Consejo|Conselho)
@fragment EPONYM = (?!(?:{CAPWORDS}|International|Independent|Joint|Special|Legal|Permanent|Provisional|Interim)(?![\p{L}]))\p{Lu}\p{Ll}+(?<!an|ish|ese|ic|i|al|a|o|e|ar)
@rule actor.state_commission actor exact kind=government named=1
  (?<![\p{L}])(?!(?:The|A|An|This|That|El|La|Los|Las|O|Os|As|Um|Uma|Un|Una)\s)
  (?<name>(?:(?:Presidential|Royal|State)\s+)?(?:{GRACEWORD}\s+)(?:Commission|Committee|Board)(?![\p{L}])
    |(?:Presidential|Royal)\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Commission|Committee)(?![\p{L}])(?:\s+(?:of|on|for)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+)?
    |(?:Commission|Committee|Board)\s+(?:of|on)\s+{GRACEWORD}(?![\p{L}])
    |(?:Comisión|Comissão|Comité|Comitê|Junta|Consejo|Conselho)\s+(?:(?:Presidencial|Nacional)\s+)?(?:de|da|do)\s+{GRACEWORD}(?![\p{L}])(?:\s+(?:de|del|da|do)\s+\p{Lu}\p{Ll}+)?
    |(?:Comisión|Comissão|Comité|Comitê)\s+Presidencial(?![\p{L}]){BODYTAIL}*
    |{EPONYM}\s+Commission(?![\p{L}])(?!\s+(?:of|for|on|to|in|and)\s)
    |(?:Comisión|Comissão)\s+{EPONYM}(?:\s+(?:II|III|IV))?(?![\p{L}])(?!\s+(?:de|del|da|do|dos|das|para|por|pela|pelo|sobre|y|e|\p{Lu})(?![\p{L}]))
    |(?:\p{Lu}\p{Ll}+\s+)?(?:Court|Parliament|Senate|Assembly|Congress)(?:'s|\x{2019}s)\s+(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Committee|Commission))
  + la Comisión de Amnistía informó que 40 presos => name=Comisión de Amnistía
  + a Comissão de Anistia informou => name=Comissão de Anistia
  + a member of the Presidential Pardon Committee said => name=Presidential Pardon Committee
  + the Presidential Committee on Detainees said => name=Presidential Committee on Detainees
  + according to the Kerner Commission, 400 were held => name=Kerner Commission
  + la Comisión Rettig informó => name=Comisión Rettig
  + a Comissão Valech II registrou => name=Comissão Valech II
  + the Supreme Court's Prison Reform Committee found => name=Supreme Court's Prison Reform Committee
  + la Comisión Presidencial de Indultos informó => name=Comisión Presidencial de Indultos
  - the Human Rights Commission of Pakistan said
  - the European Commission said
  - the Cuban Commission for Human Rights said
  - la Comisión Europea dijo
  - la Comisión Interamericana de Derechos Humanos dijo
  - o Comitê Brasileiro pela Anistia informou
  - the Commission for the Disappeared said
  - la Comisión Provincial por la Memoria informó
  - Amnesty International said
  - the International Commission of Jurists said

# A national commission ("Comisión Nacional de Derechos Humanos de Kenia", "Comissão Nacional da Verdade", "the
# National Human Rights Commission") or a high commission ("Alta Comisión de Derechos Humanos", "Alta Comissão de
# Direitos Humanos") is a body the state set up, whatever cause its name holds; a committee or a commission with
# no such word ("Comisión Cubana de Derechos Humanos") stays actor.org's. Before actor.org to win the tie.
@fragment NATCOMM = (?:Comisi[óo]n|Comiss[ãa]o|Commission)
@rule actor.national_commission actor exact kind=government named=1
  (?<![\p{L}])(?!(?:The|A|An|This|That|El|La|Los|Las|O|Os|As|Um|Uma|Un|Una)\s)
  (?<name>(?:(?:Alta|Alto)\s+{NATCOMM}|{NATCOMM}\s+Nacional|(?:Consejo|Conselho)\s+Nacional(?=\s+(?:de\s+los|de|dos)\s+(?:Derechos|Direitos)\s+Humanos(?![\p{L}]))|(?:(?!(?:{LEADWORD})\s)\p{Lu}[\p{L}'\x{2019}\-]+\s+){0,2}(?:National|High)\s+Human\s+Rights\s+Council|(?:(?!(?:{LEADWORD})\s)\p{Lu}[\p{L}'\x{2019}\-]+\s+){0,2}(?:National|High)\s+(?:\p{Lu}[\p{L}'\x{2019}\-]+\s+){0,3}Commission)(?![\p{L}]){BODYTAIL}*)
  + la Comisión Nacional de Derechos Humanos de Ruanda contó 40 detenidos => name=Comisión Nacional de Derechos Humanos de Ruanda
  + a Comissão Nacional de Direitos Humanos do Malawi contou 40 presos => name=Comissão Nacional de Direitos Humanos do Malawi
  + the National Human Rights Commission of Togo counted 40 detainees => name=National Human Rights Commission of Togo
  + the Zambia National Commission on Human Rights said => name=Zambia National Commission on Human Rights
  + la Alta Comisión de Derechos Humanos informó => name=Alta Comisión de Derechos Humanos
  + a Alta Comissão Independente de Direitos Humanos informou => name=Alta Comissão Independente de Direitos Humanos
  + the Independent High Commission for Human Rights said => name=Independent High Commission for Human Rights
  + The National Human Rights Council, the CNDH, says => name=National Human Rights Council
  + el Consejo Nacional de Derechos Humanos de Marruecos informó => name=Consejo Nacional de Derechos Humanos de Marruecos
  + o Conselho Nacional dos Direitos Humanos informou => name=Conselho Nacional dos Direitos Humanos
  - el Consejo Nacional de Resistencia de Irán sostuvo
  - la Comisión Cubana de Derechos Humanos informó
  - the Human Rights Commission of Pakistan said
  - a Comissão de Direitos Humanos da OAB informou
  - the National Committee for the Release of Detainees said

@rule actor.org actor exact kind=organization
  (?<![\p{L}])(?!(?:The|A|An|This|That|El|La|Los|Las|O|Os|As|Um|Uma|Un|Una)\s)
  (?<name>(?:(?!(?:{LEADWORD})\s)\p{Lu}[\p{L}'\x{2019}\-]+\s+(?:(?:of|for|and|on)\s+)?){0,4}{ORGHEAD}(?![\p{L}])
     (?:\s+(?!{NEXTBODY})(?:{ORGLINK}\s+){0,2}{ORGWORD})*)
  + el Observatorio Venezolano de Prisiones informó => name=Observatorio Venezolano de Prisiones
  + A Sociedade de Direito do Quênia informou => name=Sociedade de Direito do Quênia
  + a Rede de Apoio informou => name=Rede de Apoio
  + la Liga de los Derechos Humanos sostiene => name=Liga de los Derechos Humanos
  + the Venezuelan Prisoner Observatory states => name=Venezuelan Prisoner Observatory
  + the Committee to Protect Journalists => name=Committee to Protect Journalists
  + the International Committee of the Red Cross said => name=International Committee of the Red Cross
  + el Comité por la Libertad de los Presos Políticos => name=Comité por la Libertad de los Presos Políticos
  + according to a list released by Coastal Airlines, 80 were on board => name=Coastal Airlines
  + la Corporación Memoria y Justicia calcula => name=Corporación Memoria y Justicia
  + la Coordinadora de Familiares de Presos denuncia => name=Coordinadora de Familiares de Presos
  + segundo a Linhas Aéreas do Sul, 40 passageiros => name=Linhas Aéreas do Sul
  + The Mechanism for the Recognition of Political Prisoners, a coalition => name=Mechanism for the Recognition of Political Prisoners
  + o Comitê pela Libertação dos Presos Políticos => name=Comitê pela Libertação dos Presos Políticos
  - the committee said
  + Según Foro Penal, la ONG => name=Foro Penal
  - el comité de barrio
  + the U.S.-based Human Rights Activists News Agency (HRANA) said => name=Human Rights Activists News Agency
  + segundo o World Prison Brief, banco de dados => name=World Prison Brief
  + según el World Prison Brief => name=World Prison Brief
  + de la Universidad de Syracuse => name=Universidad de Syracuse
  + Bowdoin College said => name=Bowdoin College
  + the Writers Guild reported => name=Writers Guild
  + el Gremio de Periodistas informó => name=Gremio de Periodistas
  + o Grêmio Estudantil informou => name=Grêmio Estudantil
  + a Global Sumud Flotilla informou => name=Global Sumud Flotilla
  + la Flotilla de la Libertad denunció => name=Flotilla de la Libertad
  + the Freedom Flotilla Coalition said => name=Freedom Flotilla Coalition
  + el Club de Madres de Reclusos denunció => name=Club de Madres de Reclusos
  + o Clube dos Familiares Detidos informou => name=Clube dos Familiares Detidos
  + the Prisoners' Families Club said => name=Prisoners' Families Club
  + segundo o Museu da Resistência, 90 presos => name=Museu da Resistência
  + según el Museo de la Memoria, 90 presos => name=Museo de la Memoria
  + the Museum of Political Prisoners said => name=Museum of Political Prisoners
  + o Alto Comissariado das Nações Unidas informou => name=Alto Comissariado das Nações Unidas

# A body named after the people it gathers and the cause they stand for, with no generic head word: "Thai Lawyers
# for Human Rights", "Physicians for Human Rights", "Abogados Tailandeses por los Derechos Humanos", "Mães pela
# Paz", "Americans for Democracy & Human Rights in Bahrain". The words before the link end in a plural ("Lawyers",
# "Tailandeses", "Madres"), and the cause holds a word of a civic cause ({CAUSEWORD}) or the name is followed by
# its acronym in parentheses ("Mothers Against Police Violence (MAPV)"), so a title-case headline ("Court Jails
# Activists for Royal Insult") gives no body.
@fragment CAUSEWORD = (?:{CIVILWORD}|Justice|Justicia|Justiça|Vida|Life|Lives|Truth|Verdad|Verdade|Memory|Memoria|Memória|Dignity|Dignidad|Dignidade|Equality|Igualdad|Igualdade|Liberation|Liberación|Libertação|Solidarity|Solidaridad|Solidariedade|Freedoms|Libertades|Liberdades|Reform|Reforma|Change|Cambio|Mudança|Accountability|Detainees|Detenidos|Detidos|Disappeared|Desaparecidos)
@fragment CAUSELINK = (?:for|against|without|por|contra|sin|para|pela|pelo|pelas|pelos|sem|For|Against|Without|Por|Contra|Sin|Sem)(?:\s+(?:the|el|la|los|las|a|o|as|os))?
# Plurals that end a state body's name ("Coordination Headquarters for the Treatment of Prisoners of War", "Fuerzas
# Armadas", "Ministry of Foreign Affairs"): that body is actor.state's. Events named the same way ("las Marchas por
# la Libertad") gather no one either.
@fragment STATEPLURAL = (?:Marchas|Marches|Protestas|Protests|Protestos|Manifestaciones|Manifestações|Jornadas|Elecciones|Elections|Eleições|Headquarters|Services|Servicios|Serviços|Affairs|Forces|Fuerzas|Forças|Armadas|Operations|Operaciones|Operações|Relations|Relaciones|Relações|Nations|Naciones|Nações|States|Estados|Unidos|Unidas|Courts|Tribunales|Tribunais|Exteriores|Estrangeiros)
# The lookahead first (speed only): the first word is followed by another capitalised one or by the link word.
@rule actor.org_cause actor exact kind=organization
  (?<![\p{L}])(?=\p{Lu}[\p{L}'\x{2019}\-]*+\s+(?:\p{Lu}|{CAUSELINK}\s))(?!(?:The|A|An|This|That|El|La|Los|Las|O|Os|As|Um|Uma|Un|Una)\s)
  (?<name>(?:(?!(?:{LEADWORD})\s)\p{Lu}[\p{L}'\x{2019}\-]*\s+){0,2}(?!(?:{LEADWORD})\s)(?!{STATEPLURAL}\s)\p{Lu}[\p{L}'\x{2019}\-]*(?:s|Women|People|Children|Youth)
    \s+{CAUSELINK}\s+
    (?=(?:{NAMERUN})*?(?:{CAUSEWORD})(?![\p{L}])|(?:{NAMERUN})*?\p{Lu}[\p{L}'\x{2019}\-]*\s*\(\p{Lu}{2,})
    \p{Lu}[\p{L}'\x{2019}\-]*(?:\s+(?:{ORGLINK}\s+){0,2}\p{Lu}[\p{L}'\x{2019}\-]*)*)(?![\p{L}])
  + According to Ugandan Lawyers for Civil Liberties, 40 were held => name=Ugandan Lawyers for Civil Liberties
  + Physicians for Human Rights said => name=Physicians for Human Rights
  + Americans for Democracy & Human Rights in Bahrain said => name=Americans for Democracy & Human Rights in Bahrain
  + según Abogados Peruanos por los Derechos Humanos, 40 => name=Abogados Peruanos por los Derechos Humanos
  + la red Madres por la Vida denunció => name=Madres por la Vida
  + segundo Advogados Angolanos pelos Direitos Humanos => name=Advogados Angolanos pelos Direitos Humanos
  + o coletivo Mães pela Paz disse => name=Mães pela Paz
  + Mothers Against Police Violence (MAPV) said => name=Mothers Against Police Violence
  - Court Jails Activists for Royal Insult
  - Thanks for Coming
  - Prosecutors for the State of Texas said
  - the Coordination Headquarters for the Treatment of Prisoners of War said
  - durante las Marchas por la Libertad de octubre

@lexicon DEMONYM_ADJ demonyms.txt

# A state body named by its common noun and the place it governs ("el gobierno de Jujuy", "a polícia provincial de
# Salta", "the government of Jujuy"), or a task force by the operation it runs ("a força-tarefa da Operação X"): the
# place or operation is part of the name (the per-language rules read the noun alone). The Executive, written with
# its capital and named by whoever leads it ("o Executivo de Lenín Moreno"), is the government, not a person named
# Executivo (lower case, "un ejecutivo de la empresa" is a manager).
@rule actor.gov_of_place actor exact kind=government
  (?<![\p{L}])(?<name>(?:[Gg]obierno|[Gg]overno|[Gg]overnment|Ejecutivo|Executivo|Executive|[Ff]or[çc]a-[Tt]arefa|[Ff]uerza\s+de\s+[Tt]area|[Tt]ask\s+[Ff]orce|[Pp]olic[ií]a|[Pp]ol[ií]cia|[Pp]olice|[Ff]iscal[ií]a|[Pp]rocuradoria|[Mm]inisterio\s+[Pp][uú]blico|[Mm]inistério\s+[Pp]úblico|[Pp]refeitura|[Gg]obernaci[oó]n|[Aa]lcald[ií]a|[Aa]utoridades|[Aa]uthorities)
    (?:\s+(?i:provincial|estatal|estadual|federal|municipal|regional|departamental|local|metropolitana|nacional|civil|militar))?
    \s+(?:of|de|del|de\s+la|do|da)\s+(?!{CAPTITLE}(?![\p{L}]))(?!(?:El|La|Los|Las|O|A|Os|As|The)\s)\p{Lu}[\p{L}\-]+(?:\s+(?:de\s+|del\s+|do\s+|da\s+)?\p{Lu}[\p{L}\-]+){0,2})(?![\p{L}])
  + el gobierno de Jujuy difundió un balance => name=gobierno de Jujuy
  + o governo de Jujuy divulgou => name=governo de Jujuy
  + the government of Jujuy released a tally => name=government of Jujuy
  + la policía provincial de Salta informó => name=policía provincial de Salta
  + a Polícia Civil do Paraná informou => name=Polícia Civil do Paraná
  + a força-tarefa da Operação Mar Aberto informou => name=força-tarefa da Operação Mar Aberto
  + la fuerza de tarea de la Operación Tormenta informó => name=fuerza de tarea de la Operación Tormenta
  + the task force of Operation Blue Sky said => name=task force of Operation Blue Sky
  + el Ejecutivo de Rosa Lima hablaba de 80 detenidos => name=Ejecutivo de Rosa Lima
  + o Executivo de Rosa Lima falava em 80 detidos => name=Executivo de Rosa Lima
  + the Executive of Rosa Lima spoke of 80 arrests => name=Executive of Rosa Lima
  - un ejecutivo de Petrobras dijo
  - an executive of the bank said
  - el gobierno de la nación
  - the government of President Maduro

# State bodies named in full: ministries, courts, police, armies, prosecutors ("Ministerio de Servicios
# Penitenciarios", "Russia's Defence Ministry", "el Ejército israelí", "the State Department").
@fragment STATEHEAD = (?:Superintendencia|Superintendência|Superintendence|Instituciones\s+Penitenciarias|Arquivo\s+P[úu]blico|Arquivo\s+Nacional|Archivo\s+General|Archivo\s+Nacional|Archivo\s+Hist[óo]rico|National\s+Archives|State\s+Archives|Fuerza\s+P[úu]blica|For[çc]a\s+P[úu]blica|Public\s+Force|Press\s+Office|Oficina\s+de\s+Prensa|Gabinete\s+de\s+Imprensa|Department|Bureau|Buró|Birô|División|Divisão|Division|Departamento|Directorate|Dirección|Direção|Direção-Geral|Branch|Command|Comando|Commandant's\s+Office|Secretariat|Secretariado|Servicios|Serviços|Services|Servicio|Serviço|Consejo\s+de\s+Administración\s+del\s+Estado|State\s+Administration\s+Council|Ministerio|Ministério|Ministry|Secretaría|Secretaria|Fiscalía|Procuradoria|Procuraduría|Defensoría|Defensoria|Tribunal\s+Supremo|Supremo\s+Tribunal|Supreme\s+Court|Corte\s+Suprema|Policía|Polícia|Police|Ejército|Exército|Army|Fuerzas\s+Armadas|Forças\s+Armadas|Armed\s+Forces|Casa\s+Blanca|Casa\s+Branca|White\s+House|Kremlin|Kremlin|Departamento\s+de\s+Estado|State\s+Department|Servicio\s+Penitenciario|Serviço\s+Penitenciário|Prison\s+Service|Prison\s+Authority|Asamblea\s+Nacional|Assembleia\s+Nacional|National\s+Assembly|Parlamento|Parliament|Congreso|Congresso|Congress|Gobierno|Governo|Government|Cancillería|Itamaraty|Presidencia|Presidência|Presidency|Guardia\s+Nacional|Guarda\s+Nacional|National\s+Guard|Fiscal\s+General|Attorney\s+General's\s+Office|Prosecutor's\s+Office|Public\s+Prosecutor's\s+Office|Coordination\s+Headquarters|Cuartel\s+General|Quartel-General|Quartel\s+General|Headquarters|Tribunal|Court|Corte|Supremo|Defence\s+Ministry|Defense\s+Ministry|Interior\s+Ministry|Justice\s+Ministry|Foreign\s+Ministry|Prefectura|Prefeitura|Prefecture|Service|Battalion|Batallón|Batalhão|Gendarmería|Gendarmeria|Gendarmaria|Gendarmerie|Carabineros|Guardia\s+Civil|Ayuntamiento|Alcaldía|Gobernación|Juzgado|Embajada|Embaixada|Embassy|Consulado|Consulate|Patrol|Patrulla|Patrulha|Distrito\s+Policial|Distrito\s+de\s+Pol[íi]c[íi]a|Police\s+District|Delegación|Delegação|Jefatura|Estado\s+Mayor|Estado-Maior|General\s+Staff|Puesto\s+de\s+Mando|Posto\s+de\s+Comando|Command\s+Post|Departament|Mossos\s+d['\x{2019}]Esquadra|County|Condado|Senate|Senado|Commonwealth|Autoridad|Autoridade|Authority|Cámara|Câmara|Home\s+Affairs|Internal\s+Affairs|Foreign\s+Affairs|Enforcement|Scotland\s+Yard|(?:Comisar[íi]a|Comissariado|Commissariat)(?!\s+(?:d[ae]s?|de\s+las|of\s+the)\s+(?:Nações|Naciones|United|ONU|UN)(?![\p{L}])))
# "Inspector-General of Police Kayode Egbetokun", "Commissioner of Police Ann Mwangi": the force that ends a title
# phrase is no body here, and the name after it is the title holder's (actor.person reads it).
# A Spanish article opening a place's name in English text ("the Los Angeles Police Department", "Las Vegas
# Metropolitan Police") is part of the name when a capitalised word that is no head word follows it ("La Policía
# Nacional" still drops it).
# The title of a local or field office holder that, in English word order, stands between the body that gives it and
# the holder's name ("Jefferson County Sheriff Melvin Bailey", "Cook County Jail Warden Ana Lima", "Miami-Dade
# Police Commander Ana Lima"): the state body's name stops before it, and the title and name are the person's.
@fragment LOCALTITLE = (?:Sheriff|Warden|Mayor|Alcalde|Alcaldesa|Prefeito|Prefeita|Governor|Gobernador|Gobernadora|Governador|Governadora|Superintendent|Commander|Comandante|Ambassador|Embajador|Embajadora|Embaixador|Embaixadora|Senator|Senador|Senadora)
@rule actor.state actor exact kind=government named=1
  (?<![\p{L}])(?!(?<=\sof\s)Police\s+{NAMEWORD}\s+{NAMEWORD}(?![\p{L}])(?!\s+(?:{ORGLINK})\s))(?<name>(?:(?:Los|Las|El|La)\s+(?!(?:{STATEHEAD}|{LEADWORD})(?![\p{L}]))(?=\p{Lu}\p{Ll}+\s+\p{Lu}))?(?:(?!(?:{LEADWORD})\s)(?!(?:{STATEHEAD})\s+and\s)(?:\p{Lu}[\p{L}]+(?:'s|\x{2019}s)?|(?:\p{Lu}\.){2,3})\s+(?:and\s+(?=\p{Lu}))?){0,3}{STATEHEAD}(?:-\p{Lu}\p{Ll}+)?(?:\s+(?!{NEXTBODY})(?:{ORGLINK}\s+){0,2}(?!(?:{CAPTITLE}|{LOCALTITLE})(?![\p{L}])\s+\p{Lu})(?!(?!(?:Gobierno|Governo|Government)(?![\p{L}]))(?:{CAPWORDS})\s(?!\p{Lu}))\p{Lu}[\p{L}'\x{2019}\-]*)*(?:\s+(?:{DEMONYM_ADJ}))?)(?![\p{L}])
  + el Ministerio de Servicios Penitenciarios había difundido => name=Ministerio de Servicios Penitenciarios
  + el Ejército israelí anuncia => name=Ejército israelí
  + the State Department said => name=State Department
  + The Harbour Police Press Office confirmed => name=Harbour Police Press Office
  + segundo o Arquivo Público do Estado do Pará => name=Arquivo Público do Estado do Pará
  + según el Archivo General de la Nación => name=Archivo General de la Nación
  + the National Archives said => name=National Archives
  + según la Oficina de Prensa de la Gendarmería => name=Oficina de Prensa de la Gendarmería
  + o Gabinete de Imprensa do Comando informou => name=Gabinete de Imprensa do Comando
  + Russia's Defence Ministry said => name=Russia's Defence Ministry
  - el ministerio dijo
  + National Assembly President Jorge Rodríguez => name=National Assembly
  + el Tribunal Supremo Popular de Cuba informó => name=Tribunal Supremo Popular de Cuba
  + The Supreme People's Tribunal (TSP) => name=Supreme People's Tribunal
  + The Federal Bureau of Prisons said => name=Federal Bureau of Prisons
  + The North Dakota Highway Patrol said => name=North Dakota Highway Patrol
  + la Policía Nacional de Colombia informó => name=Policía Nacional de Colombia
  + a Polícia Rodoviária Federal informou => name=Polícia Rodoviária Federal
  + Según el Ministerio Público Fiscal, 114 personas => name=Ministerio Público Fiscal
  + o Ministério Público Fiscal informou => name=Ministério Público Fiscal
  + La División de Manejo de Emergencias de Florida informó => name=División de Manejo de Emergencias de Florida
  + a Divisão de Controle Penitenciário informou => name=Divisão de Controle Penitenciário
  + segundo a Superintendência da Polícia Federal em Goiás, 12 foram presos => name=Superintendência da Polícia Federal
  + la Superintendencia de Seguridad informó => name=Superintendencia de Seguridad
  + Instituciones Penitenciarias cuenta 40 presos => name=Instituciones Penitenciarias
  + la Prefectura de Policía de París informó => name=Prefectura de Policía de París
  + the Crown Prosecution Service said => name=Crown Prosecution Service
  + Jefferson County Sheriff Melvin Bailey said => name=Jefferson County
  + La Dirección de Prisiones y la Agencia Antidrogas informaron => name=Dirección de Prisiones
  + a Direção de Serviços Prisionais e o Ministério da Justiça => name=Direção de Serviços Prisionais
  + the Interior Ministry and the Drug Agency said => name=Interior Ministry
  + la Embajada de Francia informó => name=Embajada de Francia
  + a Embaixada de Portugal informou => name=Embaixada de Portugal
  + the Canadian Embassy said => name=Canadian Embassy
  + la Delegación Provincial de Cádiz informó => name=Delegación Provincial de Cádiz
  + la Jefatura Superior de Policía de Aragón informó => name=Jefatura Superior de Policía de Aragón
  + o Estado-Maior das Forças Armadas informou => name=Estado-Maior das Forças Armadas
  + el Estado Mayor Conjunto anunció => name=Estado Mayor Conjunto
  + held at the Morton County jail => name=Morton County
  + Segundo o Distrito Policial de Manila, 216 pessoas => name=Distrito Policial de Manila
  + State Supreme Court Justice Ana Lima found => name=State Supreme Court
  + the Los Angeles Police Department said => name=Los Angeles Police Department
  + the Las Vegas Metropolitan Police Department (LVMPD) => name=Las Vegas Metropolitan Police Department
  + La Policía Nacional informó => name=Policía Nacional
  + El Ministerio del Interior informó => name=Ministerio del Interior
  + según el Distrito de Policía de Quezon, 40 => name=Distrito de Policía de Quezon
  + el Condado de Miami-Dade informó => name=Condado de Miami-Dade
  + o Condado de Cook informou => name=Condado de Cook
  + the General Staff of the Armed Forces said => name=General Staff of the Armed Forces
  + el Puesto de Mando del estado de emergencia informó => name=Puesto de Mando
  + o Posto de Comando Conjunto informou => name=Posto de Comando Conjunto
  + the Command Post said => name=Command Post
  + el Departament de Justícia informó => name=Departament de Justícia
  + los Mossos d'Esquadra detuvieron => name=Mossos d'Esquadra
  + the Texas Border Patrol said => name=Texas Border Patrol
  + la Patrulla Fronteriza de Texas informó => name=Patrulla Fronteriza de Texas
  + a Patrulha Rodoviária de Minas informou => name=Patrulha Rodoviária de Minas
  + os Serviços Penitenciários indicaram => name=Serviços Penitenciários
  + um porta-voz do Comando-Geral da Polícia informou => name=Comando-Geral da Polícia
  + la Dirección-General de Prisiones informó => name=Dirección-General de Prisiones
  + los Servicios Penitenciarios informaron => name=Servicios Penitenciarios
  + la Alta Comisaría del Estado en la isla informó => name=Alta Comisaría del Estado
  + o Alto Comissariado da República informou => name=Alto Comissariado da República
  + the French High Commissariat in the territory said => name=French High Commissariat
  - o Alto Comissariado das Nações Unidas para os Refugiados informou
  + the Correctional Services said => name=Correctional Services
  + el Departamento de Policía de Los Ángeles informó => name=Departamento de Policía de Los Ángeles
  + a Polícia Militar de El Salvador informou => name=Polícia Militar de El Salvador
  + the Police Department of La Paz said => name=Police Department of La Paz
  + U.S. Immigration and Customs Enforcement agents said => name=U.S. Immigration and Customs Enforcement
  + Scotland Yard said on Sunday => name=Scotland Yard
  + according to Border and Coast Guard Command data => name=Border and Coast Guard Command
  + the Interior Ministry and Police said => name=Interior Ministry
  + el Ministerio del Interior. Los detenidos => name=Ministerio del Interior
  + En Madrid, la Delegación del Gobierno informó => name=Delegación del Gobierno
  + a Secretaria de Comunicação do Governo informou => name=Secretaria de Comunicação do Governo
  + o Secretariado Nacional da Propaganda afirmou => name=Secretariado Nacional da Propaganda
  + the National Security Secretariat said => name=National Security Secretariat
  - Inspector-General of Police Kayode Egbetokun said
  + the Department of Police Services said => name=Department of Police Services
  + the Commonwealth told the tribunal => name=Commonwealth
  + officials told the Senate Legal Committee => name=Senate Legal Committee
  + el Senado aprobó la ley => name=Senado
  + a Autoridade Palestina informou => name=Autoridade Palestina
  + la Autoridad Palestina denunció => name=Autoridad Palestina
  + the Palestinian Authority said => name=Palestinian Authority
  + a Câmara Municipal de Faro informou => name=Câmara Municipal de Faro
  + la Cámara de Diputados aprobó => name=Cámara de Diputados

# Any acronym used as a name ("TRAC had counted", "ASILEGAL estima", "o CHP disse", "the AAPP has recorded"): an
# organisation, and claims.c reports it under the full name the text introduced it with ("Transactional Records
# Access Clearinghouse (TRAC)", or the body whose initials it spells). A word next to it must hold a lower-case
# letter, so an all-capitals headline or label gives no actors; {NOT_ACRONYM} (each language's lexicon.pat)
# lists capitalised words that are no body and acronyms other rules read with another kind.
# (?=\p{Lu}\p{Lu}) first: the two capitals every acronym starts with, tested before the lexicons (speed only).
@rule actor.acronym actor exact kind=organization
  (?<![\p{L}\d.'\x{2019}-])(?=\p{Lu}\p{Lu})(?:(?<=\p{Ll}\s|\p{Ll},\s|\p{Ll}\s\()|(?=[\p{Lu}-]{2,17}(?:\s*[;:)]?\s*\p{Lu}?\p{Ll}|,\s*\p{Ll})))
    (?<name>(?!(?:{MEDIA}|{KNOWN_ORG}|{COUNTRY}|{NOT_ACRONYM})(?![\p{L}\d]))\p{Lu}{2,8}(?:-\p{Lu}{2,8}|-\p{Lu}\p{Ll}{2,})?)(?![\p{L}\d'\x{2019}-]|\.\p{L})
  + TRAC había contabilizado 59.762 personas => name=TRAC
  + MDC-Tsvangirai said in a statement => name=MDC-Tsvangirai
  + el FPL-Unido informó => name=FPL-Unido
  + the AAPP has recorded => name=AAPP
  - THE CLAIM: More than 1,000 people have been jailed
  - LA FRASE: Anoche la policía detuvo a 22 manifestantes
  - VEREDITO: Falso. Os dados mostram
  + o CHP, do qual Imamoglu é membro, disse => name=CHP
  + data compiled by TRAC, a research center => name=TRAC
  + according to the EIPR. => name=EIPR
  - STATEMENT OF THE HUMAN RIGHTS CENTRE
  - Pope John Paul II said
  - the US said
  - watched on TV by
  - TUNIS, April 21 — A court

# An acronym and one capitalised word after it are one body's name ("A EG Justice, com sede em Washington",
# "the union DİSK Basın-İş said", "la ONG PSF Internacional"): the word is no person's name on its own.
# (?=\p{Lu}\p{Lu}) first, as in actor.acronym (speed only).
@rule actor.acronym_word actor exact kind=organization start_not_in=MEDIA,KNOWN_ORG,COUNTRY
  (?<![\p{L}\d.'\x{2019}-])(?=\p{Lu}\p{Lu})(?<name>(?!(?:{MEDIA}|{KNOWN_ORG}|{COUNTRY}|{NOT_ACRONYM})(?![\p{L}\d]))\p{Lu}{2,5}\s+(?!(?:{NAME_TITLE}|{NAME_QUALIFIER}|{CAPWORDS})(?![\p{L}]))\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{L}+)?)(?![\p{L}])(?!\s+\p{Lu})
  + A EG Justice, com sede em Washington, divulgou => name=EG Justice
  + la asociación CPD Solidaridad informó => name=CPD Solidaridad
  + the union DİSK Basın-İş said => name=DİSK Basın-İş
  - the AP Photo John Smith
  - UN Secretary-General said
  - PIVÔ: Também as organizações

# A publication named like a body ("Anuário Brasileiro de Segurança Pública", "World Report", "Censo Nacional de
# Población"), and a database or register ("Banco Nacional de Monitoramento de Prisões", "Registro Nacional de
# Detenciones", "National Registry of Exonerations") is no speaker: "segundo o Anuário …, divulgado pelo Fórum …" is the publisher's figure. The rule
# outranks the person reading of the same words (a non-person kind wins a tie); claims.c never makes a document
# (document=1) a claimant, and an agent after it names the source.
@rule actor.document actor exact kind=unknown document=1
  (?<![\p{L}])(?<name>(?:(?!(?:{LEADWORD})\s)\p{Lu}\p{L}+\s+){0,2}(?:Anuario|Anuário|Informe|Relatório|Relatorio|Report|Censo|Census|Yearbook|Boletín|Boletim|Bulletin|Estudio|Estudo|Study|Survey|Encuesta|Pesquisa|Atlas|Índice|Index|Barómetro|Barômetro|Barometer|Banco|Base\s+de\s+Datos|Base\s+de\s+Dados|Database|Registry|Register|Registro|Cadastro|Paper|Libro\s+Blanco|Livro\s+Branco)(?:\s+(?:{ORGLINK}\s+){0,2}{ORGWORD})*)(?![\p{L}])
  + segundo o Anuário Brasileiro de Segurança Pública divulgado => name=Anuário Brasileiro de Segurança Pública
  + according to the World Report 2024 published by => name=World Report
  - el informe de la ONG
  + informou que o Banco Nacional de Monitoramento de Prisões registrava => name=Banco Nacional de Monitoramento de Prisões
  + el Registro Nacional de Detenciones contabiliza => name=Registro Nacional de Detenciones
  + the National Registry of Exonerations lists => name=National Registry of Exonerations
  + According to the same White Paper, 40 of those => name=White Paper
  + según el Libro Blanco del Gobierno, 300 => name=Libro Blanco del Gobierno

# A prison named by its place ("Harare Remand", "Chikurubi Maximum Prison", "la Cárcel de Tocorón", "a Cadeia
# Pública de Manaus"; not "Penal", which also ends bodies' names like Foro Penal) is where people are held, never
# who speaks: claims.c makes no claimant of it (facility=1). A longer body name around it
# ("Israel Prison Service", "Prisión de Sednaya" inside an association's name) wins the overlap.
@rule actor.facility actor exact kind=unknown facility=1
  (?<![\p{L}])(?<name>(?:(?!(?:{LEADWORD})\s)\p{Lu}\p{L}+\s+){1,3}(?:Remand(?:\s+(?:Prison|Centre|Center))?|Prison|Jail|Gaol|Penitentiary|Detention\s+(?:Centre|Center|Facility)|Correctional\s+(?:Facility|Centre|Center|Institution))
    |(?:Cárcel|Prisión|Penitenciaría|Presidio|Presídio|Penitenciária|Cadeia|Prisão|Reclusorio|Reclusório|Estadio|Estádio|Coliseo|Coliseu|Velódromo)(?:\s+(?:{ORGLINK}\s+){0,2}\p{Lu}[\p{L}'\x{2019}\-]*){1,4}
    |(?:(?!(?:{LEADWORD})\s)\p{Lu}\p{L}+\s+){1,3}(?:Stadium|Velodrome))
    (?![\p{L}])(?!\s+(?:Service|Services|Authority|Department|Brief|Bureau|Society|Association|Officers?|Guards?|Union)(?![\p{L}]))
  + including Harare Remand, Chikurubi and Mutare Remand => name=Harare Remand
  + held at Folsom State Prison => name=Folsom State Prison
  + en la Cárcel de Tocorón => name=Cárcel de Tocorón
  + na Penitenciária Feminina de Sant'Ana => name=Penitenciária Feminina de Sant'Ana
  - the Israel Prison Service said
  + thousands were packed into the Victoria Park Stadium => name=Victoria Park Stadium
  + miles pasaron por el Estadio Nacional de Lima => name=Estadio Nacional de Lima
  + o Estádio Nacional passou a campo de detenção => name=Estádio Nacional
