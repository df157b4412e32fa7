# Vigésima quinta sessão (event): que palavra decide o evento de um número quando as palavras da frase discordam.
# Uma libertação que não aconteceu diz que as pessoas continuam presas, como uma exigida (docs/corpus.md): adiada,
# suspensa ou congelada ("adiaria a libertação de 620 palestinos"), exigida a seguir a outra exigência do mesmo
# verbo ("exigiu a retirada das tropas e a libertação de 30 presos"), ou nomeada numa relativa dos que o falante
# exige ("presos políticos cuja libertação exige"). Uma lista de nomes entregue não é gente entregue.
@lexicon DOC_WORDS25 document_words.txt

# Uma libertação adiada, atrasada, suspensa, congelada ou travada: as pessoas continuam lá dentro (held).
@rule pt.held.release_postponed trigger event=held demand=1
  \b(?:adi(?:ou|aram|a|am|ava|avam|ar|ara|aria|ariam|ado|ada)|atras(?:ou|aram|a|am|ava|ar|aria|ado|ada)
     |suspend(?:eu|eram|e|em|ia|iam|er|eria|eriam|ido|ida)|congel(?:ou|aram|a|am|ar|ado|ada)|trav(?:ou|aram|a|am|ar|ado|ada)
     |paralis(?:ou|aram|a|am|ar|ado|ada)|adiamento\s+d[ao]|suspensao\s+d[ao]|atraso\s+(?:n[ao]|d[ao])|congelamento\s+d[ao])\b
  (?:[\s,]+(?!(?:e|mas|embora|enquanto)\b)[^\s.;:,]+){0,2}?
  [\s,]+(?:(?:a|sua|nova)\s+)?(?:(?:anunciada|prevista|esperada|programada)\s+)?
  (?:libertacao|soltura|libertar|soltar|liberdade)\b
  + o gabinete anunciou que adiaria a libertação de 620 palestinos => _=adiaria a libertação
  + Israel suspendeu a soltura de 600 presos => _=suspendeu a soltura
  + o adiamento da libertação de 45 reféns => _=adiamento da libertação
  + a junta congelou ontem a libertação de 30 detidos => _=congelou ontem a libertação
  - o Governo adiou a reunião e libertou 30 presos
  - suspendeu as visitas; a libertação de 20 presos fez-se na segunda-feira
  - Israel concluiu a libertação de 600 presos

# Uma segunda coisa exigida, depois das palavras da primeira: "exigia a retirada das tropas e a libertação de 30
# presos". Depois de "e" vem o nome da libertação com o seu artigo, de modo que "pediram desculpa e depois
# libertaram 20" (uma libertação que aconteceu, com verbo próprio) continua libertação.
@rule pt.held.demand_also trigger event=held demand=1 asks=1
  \b(?:exig(?:e|em|iu|iram|ia|iam|ir|indo|imos)|ped(?:e|em|iu|iram|ia|iam|ir|indo|imos)|pede|reclam(?:a|am|ou|aram|ava|avam|ar|ando)
     |reivindic(?:a|am|ou|aram|ava|avam|ar|ando)|solicit(?:a|am|ou|aram|ar|ando))\b
  (?:[\s,]+[^\s.;:"“”«»]+){1,10}?
  [\s,]+e\s+["“«]?\s*(?:a|sua)\s+(?:(?:imediata|pronta|urgente)\s+)?
  (?:libertacao|soltura|liberdade)\b
  + terminou pedindo a absolvição dos acusados e "a imediata libertação dos dez homens => _=pedindo a absolvição dos acusados e "a imediata libertação
  + o comando exigia a retirada das tropas e a libertação de 30 presos => _=exigia a retirada das tropas e a libertação
  - pediram desculpa e depois libertaram 20 presos
  - exigiu explicações. A libertação de 20 presos chegou no dia seguinte

# Aqueles cuja libertação o falante exige, numa relativa depois do número: "647 nomes de pessoas que considera
# presos políticos e cuja libertação exige".
@rule pt.held.whose_release_demanded trigger event=held demand=1
  \bcuj[oa]s?\s+(?:imediata\s+)?(?:libertacao|soltura|liberdade)\s+(?:[^\s.;:,]+\s+){0,2}?
  (?:exig\w*|ped\w*|pede\w*|reclam\w*|reivindic\w*|solicit\w*)\b
  + 647 nomes de pessoas que considera presos políticos e cuja libertação exige => _=cuja libertação exige
  + os 40 detidos cuja liberdade as famílias reclamam => _=cuja liberdade as famílias reclamam
  - os 40 presos cuja libertação aconteceu ontem

# Uma lista de nomes ou um relatório entregues não são gente entregue: "entregou uma lista com 647 nomes". A frase
# vence a palavra de libertação que contém e sai (mask=1); o número toma o evento do resto da frase.
@rule pt.mask.handed_document trigger event=none mask=1
  \b(?:entreg(?:ou|aram|a|am|ava|avam|ara|ue|ues)|(?:tem|tinha|tinham|havia|haviam)\s+entregado)\s+(?:(?:a|ao|aos|as)\s+[^\s.;:,]+\s+)?(?:(?:um|uma|uns|umas|a|o|as|os|sua|seu|suas|seus|nova|novo|outra|outro)\s+){1,2}(?:{DOC_WORDS25}|listas?|relacao|relacoes|nomes)\b
  + a Aliança Cívica entregou aos mediadores uma lista com 647 nomes => _=entregou aos mediadores uma lista
  + as FARC tinham entregado uma nova lista => _=tinham entregado uma nova lista
  - a guerrilha entregou 12 reféns
  - o Hamas entregou os 12 reféns

# A hedged "more than" ("pouco mais de 600", "um pouco menos de 300") is one qualifier: without the adverb in it the
# verb before ("Israel libertou pouco mais de 600 presos e detidos palestinos") stood a word too far from the figure
# to govern it, and a noun after the figure ("detidos") gave the event.
@rule pt.qual.more_than_hedged qualifier q=more_than
  \b(?:um\s+)?(?:pouco|pouquinho|ligeiramente|algo)\s+mais\s+de\b{NUMSTART}
  + Israel libertou pouco mais de 600 presos => _=pouco mais de
  + foram soltos um pouco mais de 40 detidos => _=um pouco mais de
  - libertou mais de 600 presos

@rule pt.qual.less_than_hedged qualifier q=less_than
  \b(?:um\s+)?(?:pouco|pouquinho|ligeiramente|algo)\s+menos\s+de\b{NUMSTART}
  + libertou pouco menos de 300 presos => _=pouco menos de
  - pouco menos de metade dos presos
