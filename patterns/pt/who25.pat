# Twenty-fifth session (claimants). A news agency or broadcaster named after a descriptor that carries a
# nationality adjective ("a agência noticiosa argelina APS", "a emissora filipina DZRB") is that outlet, of kind
# media: pt.pronoun.media reads only a short list of adjectives and "agência de notícias", not "agência noticiosa"
# nor a demonym, so the name was left to the acronym rule (an organisation) or to no one.
@rule pt.pronoun.media_demonym pronoun exact ref=organization kind=media
  (?<![\p{L}])(?i:(?:a|da|na|pela|à|uma)\s+)(?i:agência\s+(?:de\s+notícias|noticiosa|de\s+imprensa)|emissora(?:\s+de\s+(?:rádio|televisão))?|rádio|televisão|estação\s+de\s+(?:rádio|televisão))(?:\s+(?:estatal|oficial|pública|privada))?\s+\p{Ll}+(?:ense|ana|ano|ês|esa|ina|ino|iana|iano|ita)(?:\s+(?:estatal|oficial|pública|privada))?(?=\s+["\x{201C}\x{AB}]?\p{Lu})
  + Segundo a agência noticiosa argelina APS, continuam doze reféns => _=a agência noticiosa argelina
  + anunciou a emissora filipina DZRB => _=a emissora filipina
  + segundo a agência de notícias estatal iraniana Irna => _=a agência de notícias estatal iraniana
  - segundo a agência noticiosa, doze reféns
  - a emissora filipina informou
  - a rádio da polícia
  - segundo a agência norte-americana DEA

# Twenty-fifth session (claimants). An airline named "Air" and a capitalised word ("Air France", "Air Algérie", "Air
# India") is a company, of kind organization, not a person the two capitalised words looked like; "Air Force" is
# an armed force, the state's.
@rule pt.actor.air_company actor exact kind=organization company=1
  (?<![\p{L}])(?<name>Air\s+(?!Force(?![\p{L}]))\p{Lu}\p{Ll}[\p{L}\-]*)(?![\p{L}])(?!\s+\p{Lu})
  + Air France says 12 crew members were released => name=Air France
  + segundo a Air Algérie, 40 passageiros => name=Air Algérie
  - the Air Force said
  - Air Force One
  - Air Transport Association

# Vigésima quinta sessão (claimants). Reagir ou responder num comunicado, numa nota ou numa mensagem citada depois de
# dois pontos ("O Fórum reagiu em comunicado: «… continuam em Gaza 59 reféns»") é dizer o citado: o verbo fala, e a
# citação é sua (S_quote_byline_at lê os dois pontos).
@rule pt.cue.reacted_in_statement cue
  \b(?:reag(?:iu|iram|e|em)|respond(?:eu|eram|e|em)|retruc(?:ou|aram))(?=\s+(?:(?:hoje|ontem|logo|de\s+imediato)\s+)?(?:em|num|numa|com|atraves\s+de|por)\s+(?:(?:um|uma|o|a|seu|sua)\s+)?(?:comunicado|nota|mensagem|declaracao|publicacao)(?:\s+[\p{L}\-]+){0,4}?\s*:)
  + O Fórum das Famílias reagiu em comunicado: "continuam em Gaza 59 reféns" => _=reagiu
  + a procuradoria respondeu ontem numa nota oficial: "São 40 os detidos" => _=respondeu
  - reagiu em comunicado divulgado à noite
  - O Fórum reagiu: "continuam em Gaza 59 reféns"

# Vigésima quinta sessão (claimants). Uma só fonte anónima de um organismo com nome ("segundo uma fonte do Serviço
# Nacional Penitenciário (SERNAP)", "disse uma fonte da Polícia Judiciária") não se sabe quem é: kind=unknown, e o
# nome é a descrição tal como escrita (docs/corpus.md, "Unnamed officials": "fonte judicial", "fuente policial de
# Almaty"). O plural ("fontes da GNR") fica como estava: o oro anota-o de três maneiras.
@rule pt.actor.single_named_source actor exact kind=unknown
  (?<![\p{L}])(?:[Uu]ma|[Oo]utra|[Aa]|[Dd]uma|[Dd]e\s+uma)\s+(?<name>fonte\s+(?:do|da|dos|das)\s+\p{Lu}[\p{L}\-]+(?:\s+(?:(?:de|do|da|dos|das|e)\s+)?\p{Lu}[\p{L}\-]+){0,6})(?![\p{L}])
  + Segundo uma fonte do Serviço Nacional Penitenciário (SERNAP), sete continuam presos => name=fonte do Serviço Nacional Penitenciário
  + disse à Lusa uma fonte da Polícia Judiciária => name=fonte da Polícia Judiciária
  - uma fonte de rendimento
  - fontes da GNR
  - uma fonte do ministério
