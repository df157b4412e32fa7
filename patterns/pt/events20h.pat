# Português: mais formas de dizer que há pessoas detidas ou em cativeiro (vigésima sessão, "heldrecall"). Escritas a
# partir de como a imprensa o diz e depois revistas contra o corpus à procura de novas cifras falsas.

# Pedir a outro que liberte alguém diz que continua preso (docs/corpus.md, "Gold records": uma exigência é held).
# pt.held.demand (precision.pat) lê "exige a libertação de", "pedem que sejam soltos"; não lia o destinatário do
# pedido seguido do conjuntivo ("pediu ao Governo que liberte os seis", "exigiu à Rússia que solte os 30") nem
# "instar/exortar/apelar a X a/para libertar". O destinatário ocupa até cinco palavras sem pontuação nem "e/mas".
# "Ordenou" fica de fora: a ordem de um juiz cumpre-se ("o juiz ordenou que soltassem 12").
@fragment FREE_SUBJ20
  (?:liberte|libertem|libertasse|libertassem|solte|soltem|soltasse|soltassem|indulte|indultem
    |(?:ponha|ponham|pusesse|pusessem|deixe|deixem|deixasse|deixassem)\s+em\s+liberdade)
@fragment FREE_INF20 = (?:libertar|libertarem|soltar|soltarem|indultar|por\s+em\s+liberdade|porem\s+em\s+liberdade)

@rule pt.held.asks_party trigger event=held demand=1 asks=1
  \b(?:ped(?:e|em|iu|iram|ia|iam|ir|indo|ido|imos)|exig(?:e|em|iu|iram|ia|iam|ir|indo|ido)
     |reclam(?:a|am|ou|aram|ava|avam|ar|ando|ado)|inst(?:a|am|ou|aram|ava|avam|ar|ando|ado)|apel(?:a|am|ou|aram|ava|avam|ar|ando|ado)
     |solicit(?:a|am|ou|aram|ava|avam|ar|ando|ado)|exort(?:a|am|ou|aram|ava|avam|ar|ando|ado)|insist(?:e|em|iu|iram|ia|iam))\b
  (?:\s+(?!(?:e|mas|ou|embora|enquanto|que)\b)[^\s.;:,!?"]+){0,5}?
  \s+(?:que\s+(?:[^\s.;:,!?"]+\s+){0,4}?{FREE_SUBJ20}|(?:a|para)\s+{FREE_INF20})\b
  + o deputado pediu ontem ao Governo que liberte os seis homens => _=pediu ontem ao Governo que liberte
  + o tribunal exigiu à Rússia que solte as 30 pessoas => _=exigiu à Rússia que solte
  + a Amnistia instou o governo a libertar 40 presos => _=instou o governo a libertar
  + a ONU apelou às autoridades para libertarem 200 presos políticos => _=apelou às autoridades para libertarem
  + as famílias insistem em que o regime ponha em liberdade os 12 => _=insistem em que o regime ponha em liberdade
  - o juiz ordenou que soltassem 12 detidos
  - pediram desculpa e depois soltaram 20
  - o Governo pediu calma e libertou 40 presos

# Uma noite sob custódia, o destino dos que ficam após uma detenção (como pt.held.kept_after "vão dormir na cadeia"):
# "58 vão passar a noite nas celas", "passaram a noite na esquadra". Uma noite em casa não.
@rule pt.held.night_in_custody trigger event=held fate=1
  \b(?:passarao|passaram|passam|passara|passou|passar|vao\s+passar|irao\s+passar|tem\s+passado)\s+(?:a|a\s+sua\s+primeira|outra|uma|a\s+primeira|uma\s+segunda)\s+noite\s+(?:(?:na|nas|no|nos|numa|em)\s+(?:celas?|esquadras?|delegacias?|cadeia|prisao|carceragem|calaboucos?)|atras\s+das\s+grades|detid[oa]s|sob\s+custodia)\b
  + 58 deles vão passar a noite nas celas => _=vão passar a noite nas celas
  + os 40 ativistas passaram a primeira noite atrás das grades => _=passaram a primeira noite atrás das grades
  - os 40 estudantes passaram a noite em casa
  - os reféns libertados vão passar a noite num hotel

# Um lugar de custódia que tinha ou abrigava gente ("a penitenciária tinha 1.900 reclusos", "o campo chegou a ter 242
# presos"): pt.held.housed lê "alberga", "acolhe"; "ter" com o lugar por sujeito diz o mesmo. Segue-se uma cifra.
@rule pt.held.place_holds trigger event=held
  \b(?:cadeia|prisao|presidio|penitenciaria|campo|centro\s+de\s+detencao|estabelecimento\s+prisional)\s+(?:ja\s+|ainda\s+)?(?:tinha|tem|teve|chegou\s+a\s+ter|contava\s+com|conta\s+com)(?=\s+(?:(?:uns|umas|cerca\s+de|quase|mais\s+de|perto\s+de|apenas|so)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}]))[\d.,]*\s+(?!(?:anos|metros|vagas|celas|camas|pavilhoes|hectares|guardas|funcionarios)\b))
  + a penitenciária tinha 1.900 reclusos => _=penitenciária tinha
  + o campo chegou a ter uns 242 presos => _=campo chegou a ter
  - a prisão tinha 20 anos
  - a prisão tinha 800 vagas

# O segundo objeto de uma exigência, coordenado após o primeiro ("exigia a libertação de 11 membros da RAF presos na
# Alemanha, de dois palestinianos detidos na Turquia"): o "de" que repete o genitivo da exigência é a exigência outra
# vez, e os contados depois dele continuam presos, diga o que disser o seu particípio. Só "de" com uma cifra logo a
# seguir; \K deixa a exigência a pt.held.demand.
@rule pt.held.demand_second_object trigger event=held demand=1
  \b(?:exig(?:e|em|iu|iram|ia|iam|ir|indo)|ped(?:e|em|iu|iram|ia|iam|ir|indo)|reclam(?:a|am|ou|aram|ava|avam|ar|ando)|reivindic(?:a|am|ou|aram|ava|avam|ar|ando))
  \s+(?:tambem\s+)?(?:a\s+)?(?:imediata\s+)?(?:libertacao|soltura|liberdade)\s+de\b[^.;:]{1,200}?(?:,\s*|\s+e\s+)(?:e\s+)?\Kde(?=\s+(?:(?:pelo\s+menos|cerca\s+de|uns|umas|outros|outras|mais\s+de)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + exigia a libertação de 11 membros presos na Alemanha, de dois palestinianos detidos na Turquia e o pagamento de um resgate => _=de
  + exigia a libertação de 11 membros presos na Alemanha e de dois palestinianos detidos na Turquia => _=de
  - exigia a libertação de 11 membros presos na Alemanha e o pagamento de 15 milhões de dólares

# Uma troca proposta ou pretendida pela libertação de alguém ("propõe trocar os norte-americanos pela libertação de
# dois presos", "ofereceram soltar os reféns em troca da libertação de 40 presos"): os que se pede libertar continuam
# presos, como diz pt.held.swap_plan, que só lia "por" e deixava a cifra a "libertação". Uma troca feita ("libertou
# o soldado em troca da libertação de 1.027 presos") não tem verbo de oferecer.
@rule pt.held.swap_for_release trigger event=held demand=1
  \b(?:pretend(?:e|em|ia|iam|eu|eram)|quer(?:ia|iam|eria|eriam)|quer|querem|quis|quiseram|busca(?:va|vam|m)?|prop(?:oe|oem|unha|unham|os|useram)|ofere(?:ce|cem|cia|ciam|ceu|ceram)|exig(?:e|em|ia|iam|iu|iram)|tent(?:a|am|ava|avam|ou|aram))\s+(?:trocar|permutar|cambiar|libertar|soltar)\b
  (?:\s+[^\s\d.;:,]+){1,6}?\s+(?:por|pel[ao]s?|em\s+troca\s+d[ao]s?|a\s+troco\s+d[ao]s?)\s+(?:a\s+)?(?:libertacao|soltura|liberdade)\s+de\b
  + o grupo propõe trocar os norte-americanos pela libertação de dois presos => _=propõe trocar os norte-americanos pela libertação de
  + ofereceram soltar os reféns em troca da libertação de 40 presos => _=ofereceram soltar os reféns em troca da libertação de
  - libertou o soldado em troca da libertação de 1.027 presos
