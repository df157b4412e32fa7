# Portuguese: releases and demands for release (twenty-first session). Written from the ways journalists say it,
# then checked against the corpus for new false claims. Each phrase is a trigger longer than any event word inside
# it, deciding by "The event" (docs/design.md).

# A release asked for as the second thing a demand names: "exigiam dinheiro e a libertação de 20 presos", "pediu
# garantias e a soltura dos 12". The demand verb, a short first object with no conjunction, then "e" and a release
# noun with its article: the people asked for are still held (docs/corpus.md). A release verb after "e" ("exigiram
# dinheiro e libertaram 20") starts a clause of its own and is not reached.
@rule pt.held.demand_and_release trigger event=held demand=1 asks=1
  \b(?:exig(?:e|em|iu|iram|ia|iam|ir|indo|imos)|ped(?:e|em|iu|iram|ia|iam|ir|indo|imos)|reclam(?:a|am|ou|aram|ava|avam|ar|ando|amos)
     |solicit(?:a|am|ou|aram|ava|avam|ar|ando)|reivindic(?:a|am|ou|aram|ava|avam|ar|ando))\b
  (?:[\s,]+(?!(?:e|mas|embora|enquanto)\b)[^\s.;:,]+){1,5}?
  \s+e\s+(?:a|sua)\s+(?:imediata\s+)?(?:libertacao|soltura|liberdade|saida\s+da\s+prisao)\b
  + o comando exigia dinheiro e a libertação de 20 presos => _=exigia dinheiro e a libertação
  + o grupo reclamava autonomia para a província e a soltura de 91 reclusos => _=reclamava autonomia para a província e a soltura
  - o comando exigiu dinheiro e libertou 20 reféns
  - o Governo aceitou as condições e a libertação dos 20 presos aconteceu na segunda-feira

# Captors who let people out a few at a time: "foram deixando sair 118 reféns", "iam libertando os passageiros aos
# poucos", "continuam a soltar presos". The gerund (or "a" and the infinitive) after an auxiliary of a process.
@rule pt.release.letting_out trigger event=release
  (?<!nao\s)\b(?:foram|foi|iam|ia|vao|vai|continuam|continuaram|continuavam|seguem|seguiram|estavam|estao|comecaram|comecou|passaram)\s+
  (?:(?:(?:a\s+)?deixar|deixando)\s+(?:sair|partir|ir\s+embora|em\s+liberdade)|(?:a\s+)?soltar|soltando|(?:a\s+)?libertar|libertando)\b
  + durante a noite foram deixando sair 118 reféns => _=foram deixando sair
  + os sequestradores iam soltando os passageiros aos poucos => _=iam soltando
  + o regime começou a libertar presos e continuou libertando outros => _=começou a libertar
  - as autoridades não vão deixando nada ao acaso
  - foram deixando os cartazes na praça

# Captives who are safe are out of their captors' hands: "os 80 reféns estão a salvo", "os sequestrados voltaram
# sãos e salvos". Only right after a noun of captives (tourists and crews are safe without having been held).
@fragment R21_CAPTIVES = (?<=refens\s|refens"\s|sequestrados\s|sequestradas\s|cativos\s|cativas\s|raptados\s|raptadas\s)
@rule pt.release.safe trigger event=release
  {R21_CAPTIVES}(?:(?:ja|todos|todas)\s+)?(?:estao|estavam|estiveram|ficaram|encontram-se|encontravam-se|foram\s+levad[oa]s|foram\s+post[oa]s)\s+(?:ja\s+|tod[oa]s\s+)?a\s+salvo\b(?!\s+d[eoa]s?\b)
  | {R21_CAPTIVES}(?:[\p{L}]+\s+){0,3}?sa(?:os|s)\s+e\s+salv[oa]s\b
  + disse que os 80 reféns estavam a salvo => _=estavam a salvo
  + os 12 sequestrados voltaram para casa sãos e salvos => _=voltaram para casa sãos e salvos
  - os reféns não estarão a salvo enquanto estiverem no avião
  - os 90 turistas do cruzeiro estão a salvo
  - as 12 crianças voltaram sãs e salvas
