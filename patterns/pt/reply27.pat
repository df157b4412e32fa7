# Vigésima sétima sessão: mais respostas sem número próprio (docs/design.md, "Twenty-seventh session: a second
# speaker of the same figure, continued"). reply=1, everywhere=1 como em reply26.pat (claims.c, S_reply).

# "rejeitou o número da ONG", "contesta a contagem do Governo", "questionou o nosso número": o número nomeado por
# quem o deu (owner_words depois de da/do, ou nosso/nossa) depois de um verbo de rejeição.
@lexicon owner_words owner_words.txt
@lexicon answer_disputes answer_disputes.txt
@lexicon answer_denies answer_denies.txt
@lexicon answer_calls answer_calls.txt
@lexicon answer_adverbs answer_adverbs.txt
@rule pt.stance.reply27_owner stance stance=disputes reply=1 everywhere=1
  \b(?<!\bnem\s)(?<!\bnao\s)(?<!\bnunca\s)(?:{answer_disputes})\s+(?:(?:{answer_adverbs})\s+){0,2}
  (?:(?:aquela|aquelas|aquele|aqueles|essa|essas|esse|esses|a|as|o|os)\s+(?:cifras?|numeros?|balancos?|contage(?:m|ns)|dados|listas?)\s+(?:(?:oficial|policial)\s+)?(?:do|da|dos|das|de)\s+(?:{owner_words})\b
   |(?:o\s+|a\s+|os\s+|as\s+)?(?:nosso|nossa|nossos|nossas)\s+(?:cifras?|numeros?|balancos?|contage(?:m|ns)|dados|listas?))
  + O Governo rejeitou o número da ONG => _=rejeitou o número da ONG
  + o porta-voz contesta a contagem do Comitê => _=contesta a contagem do Comitê
  + O regime questionou o nosso número => _=questionou o nosso número
  - o tribunal rejeitou a contagem de votos
  - não rejeitou o número do Governo

# "classificou de inflado o número", "disse que a lista da oposição está inflada", "esse número é falso": um número
# nomeado por um substantivo e julgado errado.
@rule pt.stance.reply27_judged stance stance=disputes reply=1 everywhere=1
  \b(?:{answer_calls})\s+de\s+(?:"\s*|«\s*)?(?:inflacionada|inflacionado|inflada|inflado|exagerada|exagerado|falsa|falso|errada|errado|enganosa|enganoso)\s*(?:"|»)?\s+(?:aquela|aquelas|aquele|aqueles|essa|essas|esse|esses|a|as|o|os)\s+(?:cifras?|numeros?|balancos?|contage(?:m|ns)|listas?)\b
  |\b(?:{answer_calls})\s+(?:aquela|aquelas|aquele|aqueles|essa|essas|esse|esses|a|as|o|os)\s+(?:cifras?|numeros?|balancos?|contage(?:m|ns)|listas?)\s+(?:de\s+)?(?:"\s*|«\s*)?(?:inflacionada|inflacionado|inflada|inflado|exagerada|exagerado|falsa|falso|errada|errado|enganosa|enganoso)\b
  |\b(?:aquela|aquelas|aquele|aqueles|essa|essas|esse|esses|a|as|o|os|nossa|nosso)\s+(?:cifras?|numeros?|balancos?|contage(?:m|ns)|listas?)\s+(?:(?:oficial|policial|da\s+oposicao|do\s+governo)\s+)?(?:e|era|foi|sao|eram|esta|estava|estao|estavam)\s+(?:muito\s+|claramente\s+|"\s*|«\s*)*(?:inflacionada|inflacionado|inflada|inflado|infladas|inflados|exagerada|exagerado|exageradas|exagerados|falsa|falso|falsas|falsos|errada|errado|enganosa|enganoso)\b
  + O ministro classificou de inflado o número => _=classificou de inflado o número
  + Moncada disse que a lista da oposição está inflada => _=a lista da oposição está inflada
  + A polícia afirma que esse número é falso => _=esse número é falso
  - o número é provisório
  - a lista foi publicada ontem

# "rejeitou esse número e garantiu que não há presos políticos": with=1 (claims.c, S_reply) faz da resposta de outro
# marcador da frase uma negação; sozinho, não responde nada.
@rule pt.stance.reply27_none stance stance=denies reply=1 everywhere=1 with=1
  \b(?:insist(?:e|em|iu|iram|indo)(?:\s+em)?|garant(?:e|em|iu|iram|indo)|sustent(?:a|am|ou|aram|ando)|afirm(?:a|am|ou|aram|ando))\s+(?:que\s+)?(?:nao\s+(?:ha|havia|existem|tem|tinha)\b|ninguem\b|nenhum\b)
  + rejeitou esse número e garantiu que não há presos políticos => _=garantiu que não há
  + afirmando que ninguém está preso por motivos políticos => _=afirmando que ninguém
  - insistiu em que o número estava certo

# Twenty-ninth session: "Lukashenko não reconhece o número do Viasna", "Ortega rejeita a cifra do Mecanismo": the
# figure named by its owner's proper name (one word closing the clause; a plural noun there counts things: "a contagem
# de votos"), or denied by a verb that denies (answer_denies: "não reconhece"), answers that owner's figure.
@rule pt.stance.reply29_owner_denies stance stance=denies reply=1 everywhere=1 answers=held
  \b(?:{answer_denies})\s+(?:(?:{answer_adverbs})\s+){0,2}
  (?:aquela|aquelas|aquele|aqueles|essa|essas|esse|esses|a|as|o|os)\s+(?:cifras?|numeros?|balancos?|contage(?:m|ns)|dados|listas?)\s+(?:(?:oficial|policial)\s+)?(?:do|da|dos|das|de)\s+(?:(?:{owner_words})\b|(?![\p{L}-]*s\b)[\p{L}-]+(?=\s*[.;,:]))
  + Lukashenko não reconhece o número do Viasna. => _=não reconhece o número do Viasna
  + o Governo não reconhece as listas da oposição => _=não reconhece as listas da oposição
  - não reconhece a contagem de votos.
  - reconhece o número do Viasna

@rule pt.stance.reply29_owner_name stance stance=disputes reply=1 everywhere=1
  \b(?<!\bnem\s)(?<!\bnao\s)(?<!\bnunca\s)(?:{answer_disputes})\s+(?:(?:{answer_adverbs})\s+){0,2}
  (?:aquela|aquelas|aquele|aqueles|essa|essas|esse|esses|a|as|o|os)\s+(?:cifras?|numeros?|balancos?|contage(?:m|ns)|dados|listas?)\s+(?:(?:oficial|policial)\s+)?(?:do|da|de)\s+(?![\p{L}-]*s\b)[\p{L}-]+(?=\s*[.;,:])
  + Ortega rejeita a cifra do Mecanismo, e chamou os detidos de criminosos => _=rejeita a cifra do Mecanismo
  - o tribunal rejeitou a contagem de votos.
  - não rejeitou o número do Viasna.
