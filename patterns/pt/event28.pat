# Vigésima oitava sessão (event): o evento certo quando as palavras da frase vêm por outra ordem.
# - Uma libertação adiada dita depois do nome ("a libertação dos 620 presos ficava adiada"): as pessoas continuam
#   lá dentro (held), como em pt.held.release_postponed, onde o verbo vem antes.
# - Um verbo de sair antes do lugar e da contagem ("saíram de Gaza 15 reféns"): a saída de gente presa é uma
#   libertação, seja qual for o lugar (o do cativeiro não é uma prisão da lista). Só com um nome de gente presa
#   logo a seguir ao número, e nunca "deixar" / "abandonar" ("deixaram em Gaza 15 reféns" deixa-os lá).
# - Receber de volta gente presa ("a Ucrânia recebeu de volta 189 prisioneiros"): uma libertação (troca).

@fragment NUM28 = (?:(?:mais\s+de|cerca\s+de|quase|pelo\s+menos|ao\s+menos|uns|umas|outros|outras|os|as)\s+)?(?:\d[\d.,]*(?:\s+{MULT})?|(?:{NUMWORD})(?![\p{L}]))

# A libertação de N presos adiada / suspensa / congelada / travada, com o particípio depois do nome. No máximo oito
# palavras entre o nome e o verbo, sem "e" / "mas" / "que" (outra oração: "a libertação de 30 presos e a reunião
# foram adiadas" não diz qual).
@rule pt.held.release_postponed_after trigger event=held demand=1
  \b(?:libertacao|soltura)\s+(?:de|d[ao]s?)\s+(?:(?!(?:e|mas|que|enquanto|embora)\b)[^\s.;:,"“”]+\s+){1,8}?
  (?:(?:ficou|ficava|ficaram|ficavam|fica|ficam|ficara|ficaria|foi|foram|era|eram|esta|estao|estava|estavam|seria|sera|continua|continuava)\s+)
  (?:(?:de\s+novo|novamente|outra\s+vez|entretanto|agora|ja|tambem)\s+)?
  (?:adiad|suspens|congelad|travad|atrasad|paralisad|bloquead)[ao]s?\b
  + a libertação dos 620 presos ficava adiada até nova ordem => _=libertação dos 620 presos ficava adiada
  + a soltura de 45 reféns foi suspensa pelo governo => _=soltura de 45 reféns foi suspensa
  + a libertação de cerca de 30 detidos está agora congelada => _=libertação de cerca de 30 detidos está agora congelada
  - a libertação de 30 presos e a reunião foram adiadas
  - a libertação de 20 presos foi concluída na segunda-feira
  - a libertação de 600 presos foi anunciada ontem

# Sair de um lugar, com o verbo antes do lugar e da contagem de gente presa ("saíram de Gaza 15 reféns",
# "tinham saído do território ocupado mais de 300 prisioneiros").
@rule pt.release.leave_inverted trigger event=release
  \b(?!(?:[\p{L}]+\s+){0,3}?(?:deix|abandon))(?:{LEAVE})
  (?=\s+{VGAP}(?:de|d[ao]s?)\s+(?:(?!(?:{NUMWORD})(?![\p{L}]))[\p{L}-]+\s+){1,4}?{VGAP}{NUM28}\s+(?:[\p{L}-]+\s+){0,2}?{PEOPLE_HELD}\b)
  + desde janeiro saíram de Gaza 15 reféns => _=saíram
  + tinham saído do território ocupado mais de 300 prisioneiros => _=tinham saído
  + saíram de Gaza no domingo quatro reféns israelitas => _=saíram
  - deixaram em Gaza 15 reféns
  - deixaram de Gaza 15 reféns
  - saíram de Gaza 15 camiões com ajuda
  - saíram de casa 300 manifestantes

# Receber de volta gente presa: uma troca trouxe-a (release).
@rule pt.release.received_back trigger event=release
  \b(?:receb(?:eu|eram|e|em|ia|iam|era|erao|eria|eriam|er)|tinha\s+recebido|tinham\s+recebido|recuper(?:ou|aram|a|am))\s+de\s+volta\b
  (?=\s+{VGAP}{NUM28}\s+(?:[\p{L}-]+\s+){0,2}?{PEOPLE_HELD}\b)
  + a Ucrânia recebeu de volta 189 prisioneiros nesta segunda-feira => _=recebeu de volta
  + Kiev recuperou de volta mais de 100 prisioneiros de guerra => _=recuperou de volta
  - a Ucrânia recebeu de volta 189 corpos
  - recebeu 189 prisioneiros na cadeia nova

# Gente presa contada com o particípio e um lugar de custódia no plural ("palestinos detidos em prisões
# israelenses"): é uma população nas cadeias (held), como "estão em prisões" (pt.held.in_prisons); docs/corpus.md
# dá held aos que nomeiam o lugar. Nunca depois de um verbo de ser ("foram detidos em prisões": a prisão de um dia),
# nem com o acontecimento que os levou lá ("após o motim": a contagem de um acontecimento, detention; test_held25),
# e uma libertação dita depois continua a ganhar pela sua própria palavra.
@rule pt.held.participle_in_prisons trigger event=held
  (?<!\bforam\s)(?<!\bfoi\s)(?<!\bsao\s)(?<!\bserao\s)(?<!\bsido\s)(?<!\bseriam\s)(?<!\bficaram\s)
  \b(?:detid|pres|encarcerad|reclus|retid)[oa]s\s+(?:(?:atualmente|hoje|ainda|agora)\s+)?
  (?:em|n[ao]s)\s+(?:(?:varias|diversas|outras)\s+)?(?:prisoes|cadeias|carceres|presidios|penitenciarias|centros\s+de\s+detencao)\b
  (?![^.;:]*?\b(?:libert|solt[oa]|liberdade|sair|sai[ru]|deixar|recuper|regress|volt|apos\s+(?:o|a|os|as|um|uma)\s|depois\s+d))
  + o total de palestinos detidos em prisões israelenses já passa de 6.000 => _=detidos em prisões
  + mais de 6.000 palestinos detidos hoje em cadeias do país => _=detidos hoje em cadeias
  - 39 palestinos detidos em prisões israelenses recuperaram a liberdade
  - 20 jovens foram detidos em prisões improvisadas
  - 300 manifestantes detidos na praça
  - a polícia informou de 412 detidos nas prisões da capital após o motim
