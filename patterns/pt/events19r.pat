# Portuguese: ways of telling a release that no older release word read (nineteenth session). Written from the ways
# journalists say it, then checked against the corpus for new false claims. Each phrase is a trigger: longer than
# any event word inside it, it decides by the rules of "The event" (docs/design.md).

# Back with their families: "reencontraram as famílias", "reuniram-se às famílias", "foram reunidos com as famílias".
@rule pt.release.families trigger event=release
  \b(?:reencontr(?:aram|ou|am|a|arao|ara|aria|ariam)|(?:reuniram|reuniu|reunem|reune|reunirao|reunira)-se\s+(?:com|a|as|ao|aos)|reunid[oa]s\s+(?:com|a|as|ao|aos))\s+(?:(?:as|os|a|o)\s+)?(?:suas\s+|seus\s+|sua\s+|seu\s+)?(?:familias|familiares|familia|entes\s+queridos)\b
  + trinta presos reencontraram as famílias => _=reencontraram as famílias
  + trinta presos reuniram-se às famílias => _=reuniram-se às famílias
  - o ministro reuniu-se com os advogados

# Freedom granted: "recebeu liberdade condicional", "o juiz concedeu liberdade condicional a 30 presos".
@rule pt.release.freedom_granted trigger event=release
  \b(?:receb(?:eu|eram|e|em|era|erao)|conced(?:eu|eram|e|em|era|erao|ido|ida|idos|idas)|deu|deram|outorg\w+)\s+(?:a\s+)?liberdade\s+(?:condicional|provisoria)\b
  | \bconced(?:eu|eram|e|em|era|erao)\s+(?:a\s+)?liberdade\s+a\b
  + trinta presos receberam liberdade condicional => _=receberam liberdade condicional
  + o juiz concedeu liberdade condicional a 30 presos => _=concedeu liberdade condicional
  - o juiz negou liberdade condicional a 30 presos

# A commutation of prison sentences frees the people whose terms it ends: "comutou as penas de 30 presos", "afirmou
# que comutaria as penas de outros seis condenados". Not death sentences commuted to life or to prison terms.
@rule pt.release.commuted trigger event=release
  # Vigésima primeira sessão: a cifra conta as penas, uma por pessoa ("comutou 330 penas"); não penas de morte.
  \b(?:comut(?:ou|aram|a|am|ara|arao|aria|ariam)|(?:tem|tinha|tinham|ter)\s+comutado)(?=\s+(?:(?:outras|cerca\s+de|mais\s+de|quase)\s+)?(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+(?:penas|sentencas|condenacoes)\b(?!\s+(?:de\s+morte|capitais)))(?![^.;]{0,80}?\b(?:a\s+morte|de\s+morte|prisao\s+perpetua|por\s+penas\s+de\s+prisao))
  | \b(?:comut(?:ou|aram|a|am|ara|arao|aria|ariam)|(?:tem|tinha|tinham|ter)\s+comutado|a\s+comutacao\s+d[ae])\s+(?:as\s+|suas\s+)?(?:penas|sentencas|condenacoes)\s+de(?=\s+(?:outros\s+|outras\s+|cerca\s+de\s+|mais\s+de\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))(?![^.;]{0,80}?\b(?:a\s+morte|de\s+morte|prisao\s+perpetua|por\s+penas\s+de\s+prisao))
  + o presidente comutou as penas de 30 presos => _=comutou as penas de
  + afirmou que comutaria as penas de outros seis condenados => _=comutaria as penas de
  - comutou as penas de seis condenados à morte
  + no último dia do mandato comutou 330 penas => _=comutou
  + o presidente tinha comutado outras 46 sentenças => _=tinha comutado
  - comutou 46 penas de morte
  - comutou 12 penas por prisão perpétua

# Sent to a third country or resettled: the transfers out of Guantánamo free the men transferred.
@rule pt.release.third_country trigger event=release
  \b(?:enviad|transferid|reassentad|repatriad|levad)[oa]s\s+para\s+(?:um\s+)?(?:paises\s+terceiros|terceiros\s+paises|pais\s+terceiro|terceiro\s+pais)\b
  | \b(?:foram|tem\s+sido|seriam|serao)\s+reassentad[oa]s\b
  + trinta presos foram enviados para países terceiros => _=enviados para países terceiros
  + trinta presos foram reassentados no Uruguai => _=foram reassentados
  - trinta presos foram transferidos para outra prisão

# Out alive, after a noun of captives: "os reféns conseguiram sair com vida" (the finite forms are in
# pt.release.captives_out; workers out of a fire were no one's captives).
@fragment R19_CATIVOS = (?<=refens\s|presos\s|prisioneiros\s|sequestrados\s|detidos\s|cativos\s|reclusos\s|retidos\s)
@rule pt.release.out_alive trigger event=release
  {R19_CATIVOS}(?:(?:ja|todos|finalmente)\s+)?(?:conseguiram|puderam|conseguiu|pode|podem)\s+sair\s+(?:ilesos\s+e\s+)?com\s+vida\b
  + trinta reféns conseguiram sair com vida => _=conseguiram sair com vida
  - não sabemos se vão sair com vida
  - trinta trabalhadores conseguiram sair com vida do incêndio

# Brought back: "a Casa Branca afirma ter trazido de volta mais de duas dezenas de americanos", "trouxe de volta".
@rule pt.release.brought_back trigger event=release
  \b(?:trazid[oa]s|trouxe|trouxeram|trouxemos|traz|trazem|trara|trarao|trazer|(?:tem|tinha|tinham|ter|terem)\s+trazido)\s+de\s+volta\b(?={NUMSTART}|\s+(?:mais\s+de|cerca\s+de|perto\s+de|quase|os|as)\s)
  + a Casa Branca afirma ter trazido de volta 30 americanos => _=ter trazido de volta
  - trouxe de volta o debate

# Uma expulsão de gente retida tira-a da custódia, como "expulsos" (pt.release.verb): a "expulsão" dos "52 espiões".
# Só antes de um número e de um nome de pessoas (os diplomatas não são presos de ninguém).
@rule pt.release.expulsion trigger event=release
  \bexpulsao["']?\s+d(?:e|os|as)\s+["']?(?=(?:(?:mais\s+de|cerca\s+de|perto\s+de|quase)\s+)?(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+(?:[\p{L}-]+\s+)?(?!diplomat)(?:{PEOPLE_HELD}|{PEOPLE})\b)
  + a Rádio Teerão anunciou a "expulsão" dos "52 espiões" => _=expulsão" dos "
  - a expulsão de 20 diplomatas

# Mais maneiras simples de contar uma libertação: "pagaram a fiança", "foram enviados para o exílio" (presos
# libertados com a condição de sair do país, como "desterrados"), "beneficiados com a liberdade condicional".
# "tiveram as penas comutadas" continua sem evento (pt.other.sentence_cut: uma pena mais curta).
@rule pt.release.plain_more trigger event=release
  \bpag(?:aram|ou|am|a|arao|ara)\s+(?:a\s+|as\s+|sua\s+|suas\s+)?fiancas?\b(?!\s+(?:do|da|de)\s+(?:aluguel|aluguer|arrendamento|contrato|casa|apartamento|imovel))
  | \b(?:foram|tinham\s+sido|haviam\s+sido|serao)\s+(?:enviad|mandad)[oa]s\s+para\s+o\s+(?:exilio|desterro)\b
  | \bbeneficiad[oa]s\s+com\s+(?:a\s+)?liberdade\s+(?:condicional|provisoria)\b
  + trinta presos pagaram a fiança => _=pagaram a fiança
  + trinta presos foram enviados para o exílio => _=foram enviados para o exílio
  + trinta presos foram beneficiados com a liberdade condicional => _=beneficiados com a liberdade condicional

# Os nomes da entrega e do repatriamento antes de um número: "a entrega de 30 reféns", "o repatriamento de 30 presos"
# (como "a libertação de", "o regresso de").
@rule pt.release.handover_noun trigger event=release
  \b(?:entrega|repatriamento|repatriacao)\s+d(?:e|os|as)(?=\s+(?:(?:mais\s+de|cerca\s+de|perto\s+de|quase|outros|outras|pelo\s+menos)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + a entrega de 30 reféns aconteceu ao amanhecer => _=entrega de
  + o repatriamento de 30 presos => _=repatriamento de
  - a entrega de armas

# Voar ou aterrar em casa, depois de um nome de cativos: "os reféns voaram para casa". Evacuados, turistas e adeptos
# também voam para casa, por isso não depois de qualquer nome.
@rule pt.release.flown_home trigger event=release
  {R19_CATIVOS}(?:(?:ja|finalmente|tinham|haviam)\s+)?(?:vo(?:aram|ou|arao|ara|ado)|aterr(?:aram|ou|arao|ara|ado|issaram))\s+(?:de\s+volta\s+)?(?:para\s+(?:as\s+)?(?:suas\s+)?casas?|a\s+casa|para\s+o\s+seu\s+pais)\b
  + trinta reféns voaram para casa => _=voaram para casa
  - trinta turistas voaram para casa depois do furacão
