# Vigésima quarta sessão: um número, versão ou notícia chamada mentira ou menosprezada (docs/design.md,
# "Twenty-fourth session: disputes and denials"). before=1: a regra lê o substantivo do número antes da marca, então
# a marca julga o número nomeado antes (claims.c, S_stance), nunca o número próprio que vem depois.
@lexicon predicate_copulas predicate_copulas.txt
@lexicon lie_words lie_words.txt
@lexicon belittle_words belittle_words.txt
@lexicon only_words only_words.txt
@lexicon estimate_words estimate_words.txt

# "a versão de que 50 militantes saíram das prisões é uma farsa", "a alegação de que 1 milhão estão detidos é
# completamente falsa": chamar mentira a um número ou a uma notícia nega os fatos que conta. Sem o "é" sozinho,
# que dobrado é o "e" da conjunção: "é uma", "é pura", "era", "foi".
@rule pt.stance24.lie stance stance=denies before=1
  \b(?:cifras?|numeros?|balancos?|versao|versoes|noticias?|informacao|informacoes|denuncias?|alegacao|alegacoes|afirmacao|afirmacoes|rumores|boatos?|dados|relatos?)\b(?:(?!,\s*(?:but|pero|mas|however|sin\s+embargo|no\s+entanto)\b)(?:[^.;:!?]|(?<=\d)\.(?=\d))){0,100}?
  \b(?:e\s+(?:uma|um|pura|puro|mera|mero)|era|foi|sao|eram|como)\s+(?:(?:uma|um|pura|puro|mera|mero|total|absoluta|completa|simples)\s+|["“'«]\s*)*\K(?:{lie_words})\b
  |\b(?:versao|versoes|noticias?|informacao|informacoes|alegacao|alegacoes|afirmacao|afirmacoes|boatos?)\s+de\s+que\b(?:(?!,\s*(?:but|pero|mas|however|sin\s+embargo|no\s+entanto)\b)(?:[^.;:!?]|(?<=\d)\.(?=\d))){0,120}?\b(?:e|era|sao|eram)\s+(?:completamente|totalmente|absolutamente|simplesmente)\s+\K(?:falsa|falsas|falso|falsos)\b
  + A notícia de que 80 guardas foram capturados é uma farsa, disse o ministro. => _=farsa
  + o ministro descreveu o número de 900 presos dos observadores como "pura invenção" => _=invenção
  + "A alegação de que 300 reclusos saíram é completamente falsa", disse => _=falsa
  - as duas mulheres foram acusadas de espalhar notícias falsas e propaganda
  - os 40 ativistas foram acusados de mentiras contra o Estado

# "classificou de 'mentira absoluta' a notícia de que cerca de 40 pessoas": o qualificativo antes do número que julga.
@rule pt.stance24.lie_ahead stance stance=denies
  \bclassific(?:ou|aram|a|am|ado|ava)\s+(?:de|como)\s+["“'«]?(?:(?:uma|um|pura|mera|total)\s+)?(?:{lie_words})\b
  + classificou de "mentira absoluta" a notícia de que cerca de 40 pessoas teriam sido detidas
  + classificaram como pura invenção o número de 300 presos
  - classificou de injusta a condenação dos 40 presos

# "classificou de 'propaganda' o número de 190 reféns libertados": o qualificativo que menospreza, antes do número.
@rule pt.stance24.belittle_ahead stance stance=disputes
  \bclassific(?:ou|aram|a|am|ado|ava)\s+(?:de|como)\s+["“'«]?(?:(?:uma|um|pura|mera|simples)\s+)?(?:{belittle_words})\b
  + o porta-voz classificou de "propaganda" o número de 190 libertados
  - classificou de urgente a libertação dos 40 presos

# "rejeitou o número de 3.400 do ministério como um truque contábil", "o número de 300 está longe da realidade": um
# número dito errado, sem negar os fatos.
@rule pt.stance24.belittle stance stance=disputes before=1
  \b(?:cifras?|numeros?|balancos?|contagem|estimativas?|versao|dados)\b(?:(?!,\s*(?:but|pero|mas|however|sin\s+embargo|no\s+entanto)\b)(?:[^.;:!?]|(?<=\d)\.(?=\d))){0,100}?
  \b(?:e\s+(?:um|uma)|era|foi|sao|eram|como|esta|estava|fica|ficava)\s+(?:(?:uma|um|simplesmente|so|claramente|muito)\s+|["“'«]\s*)*\K(?:{belittle_words})\b
  + a comissão rejeitou o número de 3.400 libertados do ministério como "um truque contábil" => _=truque contábil
  + Disse que o número de 2.000 estava "longe da realidade" => _=longe da realidade
  + a polícia descartou os números de 900 dos observadores como "propaganda" => _=propaganda
  - os 40 presos estavam longe das famílias
