# Twenty-fifth session (event): which word governs a figure's event when the words of the sentence disagree.
# A release that has not happened says the people are still held, as a demanded one does (docs/corpus.md, demands):
# one put off, suspended or frozen ("aplazó la liberación de 620 presos"), one demanded after another demand of the
# same verb ("pidiendo la absolución de los acusados y la inmediata puesta en libertad de los diez"), one named in a
# relative clause of those the speaker demands ("presos políticos cuya liberación exige"). A list of names handed
# over is no people handed over.
@lexicon DOC_WORDS25 document_words.txt

# A release put off, delayed, suspended, frozen or halted: the people are still inside (held).
@rule es.held.release_postponed trigger event=held demand=1
  \b(?:aplaz(?:o|aron|a|an|aba|aban|ar|ara|aran|aria|arian|ado|ada)|pospus(?:o|ieron)|pospon(?:e|en|er|dra|dran|dria|drian|ia|ian)|pospuest[oa]
     |retras(?:o|aron|a|an|aba|aban|ar|ara|aria|ado|ada)|suspend(?:io|ieron|e|en|ia|ian|er|era|eria|ido|ida)|congel(?:o|aron|a|an|ar|ado|ada)
     |paraliz(?:o|aron|a|an|ar|ado|ada)|fren(?:o|aron|a|an|ar|ado|ada)|deten(?:er|dra|dria)\s+(?=la\s+(?:liberacion|excarcelacion))
     |aplazamiento\s+de|suspension\s+de|retraso\s+(?:en|de)|congelacion\s+de)\b
  (?:[\s,]+(?!(?:y|pero|aunque|mientras)\b)[^\s.;:,]+){0,2}?
  [\s,]+(?:(?:la|su|nueva)\s+)?(?:(?:anunciada|prevista|esperada|programada)\s+)?
  (?:liberacion|excarcelacion|puesta\s+en\s+libertad|excarcelar|liberar|libertad)\b
  + el Gobierno anunció que aplazaría la liberación de 620 palestinos => _=aplazaría la liberación
  + Israel suspendió la excarcelación de 600 presos => _=suspendió la excarcelación
  + el aplazamiento de la liberación de 45 rehenes => _=aplazamiento de la liberación
  + la junta congeló ayer la puesta en libertad de 30 detenidos => _=congeló ayer la puesta en libertad
  - el Gobierno aplazó la reunión y liberó a 30 presos
  - suspendió las visitas; la liberación de 20 presos se hizo el lunes
  - Israel completó la liberación de 600 presos

# A second thing demanded, after the first one's words: "exigía la retirada de las tropas y la liberación de 30
# presos". The word after "y" must be the release noun with its article, so "pidieron perdón y después liberaron a
# 20" (a release that happened, with its own verb) stays a release.
@rule es.held.demand_also trigger event=held demand=1 asks=1
  \b(?:exig(?:e|en|io|ieron|ia|ian|ir|iendo|imos)|pid(?:e|en|io|ieron|iendo)|ped(?:ir|ia|ian|imos)|reclam(?:a|an|o|aron|aba|aban|ar|ando|amos)
     |demand(?:a|an|o|aron|aba|aban|ar|ando)|solicit(?:a|an|o|aron|aba|aban|ar|ando))\b
  (?:[\s,]+[^\s.;:"“”«»]+){1,10}?
  [\s,]+y\s+["“«]?\s*(?:la|su)\s+(?:(?:inmediata|pronta|urgente)\s+)?
  (?:liberacion|excarcelacion|libertad|puesta\s+en\s+libertad)\b
  + terminó pidiendo la absolución de los acusados y "la inmediata puesta en libertad de los diez hombres => _=pidiendo la absolución de los acusados y "la inmediata puesta en libertad
  + el comando exigía la retirada de las tropas y la liberación de 30 presos => _=exigía la retirada de las tropas y la liberación
  - pidieron perdón y después liberaron a 20 presos
  - exigió explicaciones. La liberación de 20 presos llegó al día siguiente

# Those whose release the speaker demands, named in a relative clause after the figure: "647 personas que considera
# presos políticos y cuya liberación exige".
@rule es.held.whose_release_demanded trigger event=held demand=1
  \bcuy[oa]s?\s+(?:inmediata\s+)?(?:liberacion|excarcelacion|libertad|puesta\s+en\s+libertad)\s+(?:[^\s.;:,]+\s+){0,2}?
  (?:exig\w*|pid\w*|ped\w*|reclam\w*|demand\w*|solicit\w*|reivindic\w*)\b
  + 647 personas que considera presos políticos y cuya liberación exige => _=cuya liberación exige
  + los 40 detenidos cuya libertad reclaman sus familias => _=cuya libertad reclaman
  - los 40 presos cuya liberación se produjo ayer

# A list of names or a report handed over is no one handed over: "entregó una lista con 647 nombres". The phrase
# beats the release word inside it and goes (mask=1), so the count takes its event from the rest of the sentence.
@rule es.mask.handed_document trigger event=none mask=1
  \b(?:entreg(?:o|aron|a|an|aba|aban|ara|aran|ado|ada)|(?:ha|han|habia|habian)\s+entregado)\s+(?:(?:a|al|a\s+la|a\s+los)\s+[^\s.;:,]+\s+)?(?:(?:un|una|unos|unas|la|el|las|los|su|sus|nueva|nuevo|otra|otro)\s+){1,2}(?:{DOC_WORDS25}|listas?|listados?|relacion|relaciones|nomina|nominas)\b
  + la Alianza entregó una lista con 647 nombres => _=entregó una lista
  + han entregado al Gobierno una nueva lista => _=han entregado al Gobierno una nueva lista
  - la guerrilla entregó a 12 rehenes

# A hedged "more than" ("poco más de 600", "algo menos de 300") is one qualifier: without the adverb in it the verb
# before ("liberó a poco más de 600 presos y detenidos") stood too far from the figure to govern it, and a noun
# after the figure ("detenidos") gave the event.
@rule es.qual.more_than_hedged qualifier q=more_than
  \b(?:un\s+)?(?:poco|poquito|ligeramente|algo)\s+mas\s+de\b{NUMSTART}
  + Israel liberó a poco más de 600 presos => _=poco más de
  + fueron excarcelados algo más de 40 detenidos => _=algo más de
  - liberó a más de 600 presos

@rule es.qual.less_than_hedged qualifier q=less_than
  \b(?:un\s+)?(?:poco|poquito|ligeramente|algo)\s+menos\s+de\b{NUMSTART}
  + liberó a algo menos de 300 presos => _=algo menos de
  - las cifras se quedan bastante por debajo de 300
  + liberó a algo menos de 300 presos => _=algo menos de
  - poco menos de la mitad de los presos
