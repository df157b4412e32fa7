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
@rule pt.actor.air_company actor exact kind=organization
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
