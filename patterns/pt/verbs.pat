# Event verbs in every tense: the finite forms come from lexicons (verbs_*.txt, scripts/verb-forms), so a future
# ("deixarão a prisão"), a periphrasis ("vão continuar presos") or a compound past ("tinham abandonado a cadeia")
# reads like the simple past, and a short adverbial may stand between the verb and its complement.

# A verb in any tense: one of the lexicon's finite forms, or an auxiliary split from its participle or infinitive by
# an adverb of the gap list.
@fragment LEAVE = (?:{VERB_AUX}\s+(?:{VERB_GAP}\s+){1,2}{LEAVE_TAIL}|{LEAVE_VERB})
@fragment REMAIN = (?:{VERB_AUX}\s+(?:{VERB_GAP}\s+){1,2}{REMAIN_TAIL}|{REMAIN_VERB})
@fragment HOME = (?:{VERB_AUX}\s+(?:{VERB_GAP}\s+){1,2}{HOME_TAIL}|{HOME_VERB})

# Up to three words of a time or manner adverbial ("no domingo", "de fato"; "na" only before a time word: "deixaram
# na prisão 40 presos" keeps them there), or a date ("a 3 de maio"). Digits only
# inside a date, so a count is never swallowed.
@fragment VGAP = (?:(?:{VERB_GAP}|{WEEKDAY}|(?:n[ao]|nest[ae]|ness[ae])\s+(?:{WEEKDAY}|manha|tarde|noite|madrugada|semana|dia|mes)|(?:a\s+|em\s+)?\d{1,2}\s+de\s+{MONTH}|a\s+partir\s+de\s+hoje)\s+){0,3}

# Custody whose holder is a child or a thing is not prison ("a custódia dos filhos").
@fragment NOT_PLACE_OF = (?!\s+(?:de|d[ao]s?)\s+(?:seus?\s+|suas?\s+)?(?:filh|crianc|menor|ben|document|prova))

# Leaving prison, in any tense and with an adverbial between ("mais de 3.100 presos deixarão a prisão", "saíram no
# domingo das cadeias", "vão abandonar o presídio", "deixaram ontem várias prisões"): a release. Only finite forms, so a wish is none.
@rule pt.release.leave_verb trigger event=release
  \b{LEAVE}\s+{VGAP}(?:(?:d[ao]s?|de|desde\s+[ao]s?|d?(?:est|ess|aquel)[ae]s?|[ao]s?)\s+)?(?:(?:varias|varios|diversas|diversos|distintas|distintos)\s+)?{PRISON_PLACE}\b{NOT_PLACE_OF}
  + mais de 3.100 presos federais deixarão a prisão => _=deixarão a prisão
  + 550 presos saíram no domingo das cadeias israelitas => _=saíram no domingo das cadeias
  + os 40 condenados vão abandonar o presídio => _=vão abandonar o presídio
  + 3.100 reclusos deixarão a custódia do governo => _=deixarão a custódia
  + os restantes 550 deverão sair da prisão em dezembro => _=deverão sair da prisão
  + 12 opositores tinham já saído da cadeia => _=tinham já saído da cadeia
  + onze presos deixaram ontem várias prisões federais => _=deixaram ontem várias prisões
  - os presos saíram para o pátio da prisão
  - 300 pessoas saíram à rua em frente à prisão
  - pediu para sair da prisão
  - deixaram na prisão 40 presos
  - deixou a custódia dos filhos

# Staying in custody, in any tense ("vão continuar presos", "permanecerão detidos", "tinham seguido na prisão"): held,
# the whole phrase, so that the participle alone ("detidos") does not read as an arrest.
@rule pt.held.remain_verb trigger event=held
  \b{REMAIN}\s+{VGAP}(?:pres[oa]s?|detid[oa]s?|encarcerad[oa]s?|reclus[oa]s?|retid[oa]s?|sequestrad[oa]s?|trancad[oa]s?|cativ[oa]s?|privad[oa]s?\s+de\s+liberdade|n[ao]\s+(?:prisao|cadeia|presidio|cativeiro)|em\s+(?:prisao|custodia|cativeiro|detencao)|sob\s+custodia|atras\s+das\s+grades)\b
  + 300 opositores vão continuar presos => _=vão continuar presos
  + 300 opositores permanecerão detidos => _=permanecerão detidos
  + 40 jovens continuam ainda na prisão => _=continuam ainda na prisão
  + seguem detidas 30 mulheres => _=seguem detidas
  - o processo segue o seu curso
  - 30 pessoas continuam desaparecidas

# Going back home, in any tense and with an adverbial between ("voltaram ontem para casa", "menos de 3.100 vão de fato
# para casa"): people held or counted out of custody are freed.
@rule pt.release.home_verb trigger event=release
  \b{HOME}\s+{VGAP}(?:para\s+(?:as\s+)?(?:suas\s+)?(?:casas?|lares)|(?:a|as)\s+(?:suas\s+)?casas?|para\s+junto\s+d[ao]s\s+(?:suas\s+)?familias)\b(?!\s+d[aeo]s?\b)
  + 300 presos voltaram ontem para casa => _=voltaram ontem para casa
  + menos de 3.100 vão de fato para casa => _=vão de fato para casa
  + os 40 reféns regressarão em breve a casa => _=regressarão em breve a casa
  - foram para casa de um vizinho
  - voltaram para a casa de detenção

# Releasing and detaining, in any tense the older rules did not spell ("soltará 300 presos", "indultará 40",
# "deterá os cabecilhas", "prenderá 20"): the lexicons hold every finite form, simple and compound.
@rule pt.release.verb_forms trigger event=release
  \b{RELEASE_VERB}\b(?!\s+internacional)
  + o governo soltará 300 presos => _=soltará
  + o regime indultará 40 opositores => _=indultará
  + as autoridades tinham libertado 30 => _=tinham libertado
  - segundo a Anistia Internacional
  - a liberdade de imprensa

# "detêm", "detinham" before hostages or prisoners is holding them (pt.held.verb, pt.held.hold_present), not an
# arrest: "as FARC detêm cerca de 700 reféns" (nineteenth session; the same 30 bytes pt.held.verb reads).
@rule pt.detention.verb_forms trigger event=detention
  \b(?<!mandados\sde\s)(?<!mandado\sde\s)(?<!\bse\s){DETAIN_VERB}\b(?!-se\b)(?!(?<=\bdetem|\bdetinha|\bdetinham)[^.;,]{0,30}?\b(?:{PEOPLE_HELD})\b)
  - a contagem deteve-se nos 41 libertados
  - a cifra se deterá em 300
  + a polícia deterá 300 manifestantes => _=deterá
  + a polícia prenderá 20 líderes => _=prenderá
  + os agentes tinham capturado 15 => _=tinham capturado
  + a polícia detém 30 suspeitos => _=detém
  - as FARC detêm cerca de 700 reféns
  - o mandado de captura
  - a detenção

# Freedom gained, in any tense ("ganharão a liberdade", "ficarão em liberdade", "porão em liberdade"): a release.
# Freedom of the press, or free of charges, is none.
@rule pt.release.freedom trigger event=release
  \b{FREE_VERB}\s+{VGAP}(?:em\s+liberdade|a\s+(?:sua\s+)?liberdade|livres?)\b(?!\s+d[aeo]s?\b)
  + 300 presos ganharão a liberdade na segunda => _=ganharão a liberdade
  + 300 presos ficarão em liberdade => _=ficarão em liberdade
  + o juiz porá amanhã em liberdade 14 jovens => _=porá amanhã em liberdade
  - ganharam a liberdade de imprensa
  - ficaram livres de acusações

# Keeping people in custody, in any tense ("manterá detidos 300", "vai manter 40 na prisão"): held, the participle
# included, so that "detidos" alone does not read as an arrest.
@rule pt.held.keep_verb trigger event=held
  \b{KEEP_VERB}\s+{VGAP}(?:(?:pres|detid|encarcerad|reclus|retid|sequestrad|trancad|cativ)[oa]s?|n[ao]\s+(?:prisao|cadeia|cativeiro)|em\s+(?:prisao|custodia|cativeiro)|atras\s+das\s+grades|sob\s+custodia)\b
  | \b{KEEP_VERB}(?=\s+(?:cerca\s+de\s+|mais\s+de\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}]))[\d.,]*\s+(?:\p{L}+\s+)?(?:pres|detid|encarcerad|reclus|retid|sequestrad|refens|prisioneir))
  + o regime manterá detidos 300 opositores => _=manterá detidos
  + a polícia teria mantido 40 jovens presos na esquadra => _=teria mantido
  - o governo manterá o diálogo
  - mantiveram 40 agentes na rua
