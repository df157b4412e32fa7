# Vigésima sexta sessão: uma resposta sem número próprio (docs/design.md, "Twenty-sixth session"). reply=1: uma
# frase sem afirmação própria que casa com estas regras responde ao número dado logo antes por outra fonte
# (claims.c, S_reply); everywhere=1: lida em toda frase; answers=held: só um número de presos.

# "O Governo diz que não há presos políticos", "nega a existência de presos políticos", "não reconhece a existência
# de presos políticos": negar a categoria responde à contagem de presos políticos.
@lexicon answer_disputes answer_disputes.txt
@lexicon answer_denies answer_denies.txt
@lexicon answer_calls answer_calls.txt
@lexicon answer_adverbs answer_adverbs.txt
@rule pt.stance.reply26_category stance stance=denies reply=1 everywhere=1 answers=held
  \b(?:nao\s+(?:ha|existem|existe|havia|tem|temos|tinha)\s+(?:"\s*)?presos\s+politicos
     |(?:{answer_denies})\s+que\s+(?:haja|houvesse|existam|existissem|existem|ha)\s+presos\s+politicos
     |(?:{answer_denies}|{answer_disputes})\s+a\s+existencia\s+de\s+presos\s+politicos)
  + O Governo diz que na Nicarágua não há presos políticos => _=não há presos políticos
  + o ministro nega a existência de presos políticos no país => _=nega a existência de presos políticos
  + Havana não reconhece a existência de presos políticos => _=não reconhece a existência de presos políticos
  - não há presos comuns nessa cadeia
  - não há dados de presos políticos

# "O ministério rejeitou esse número", "contestou esse balanço", "desmentiu esses números": um número nomeado por um
# substantivo depois de um verbo de rejeição é o último que a notícia deu.
@rule pt.stance.reply26_disputes stance stance=disputes reply=1 everywhere=1
  \b(?<!\bnem\s)(?<!\bnao\s)(?<!\bnunca\s)(?:{answer_disputes})\s+(?:(?:{answer_adverbs})\s+){0,2}(?:aquela|aquelas|aquele|aqueles|essa|essas|esse|esses|esta|estas|este|estes|a|as|o|os)\s+(?:(?:oficial|nova|novo)\s+)?(?:cifras?|numeros?|balancos?|contagens?|dados|estimativas?|calculos?)\b(?!\s+(?:de|do|da|dos|das)\b)
  + O ministério rejeitou esse número na terça-feira => _=rejeitou esse número
  + a polícia contestou esse balanço => _=contestou esse balanço
  - rejeitou os números de 300 detidos
  - rejeitou o recurso

@lexicon lie_words lie_words.txt
@rule pt.stance.reply26_denies stance stance=denies reply=1 everywhere=1
  \b(?<!\bnem\s)(?<!\bnao\s)(?<!\bnunca\s)(?:{answer_denies})\s+(?:(?:{answer_adverbs})\s+){0,2}(?:aquela|aquelas|aquele|aqueles|essa|essas|esse|esses|esta|estas|este|estes|a|as|o|os)\s+(?:(?:oficial|nova|novo)\s+)?(?:cifras?|numeros?|balancos?|contagens?|dados)\b(?!\s+(?:de|do|da|dos|das)\b)
  |\b(?<!\bnem\s)(?<!\bnao\s)(?<!\bnunca\s)(?:{answer_calls})\s+(?:essa|esse|esses|essas|a|o|os|as)\s+(?:cifras?|numeros?|contagens?|balancos?)\s+de\s+(?:"\s*)?(?:mentira|invencao|falsa|falso|propaganda)
  |\b(?<!\bnem\s)(?<!\bnao\s)(?<!\bnunca\s)(?:{answer_denies}|{answer_disputes})\s+(?:(?:{answer_adverbs})\s+){0,2}(?:aquela|aquelas|aquele|aqueles|essa|essas|esse|esses|a|as|o|os)\s+(?:cifras?|numeros?|contagens?|balancos?)\s+como\s+(?:uma\s+|um\s+|pura\s+|"\s*)*(?:{lie_words})\b
  + O ministro rejeitou esse número como uma mentira => _=rejeitou esse número como uma mentira
  + O Governo desmentiu esses números => _=desmentiu esses números
  + O procurador chamou o número de "mentira" => _=chamou o número de "mentira
  - negou os fatos
  - desmentiu o número de 40 presos

