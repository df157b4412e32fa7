# Portuguese precision, twenty-sixth session (tests in tests/test_precision26.c).

# The rest of a group on trial ("Os 28 réus que restavam foram absolvidos", "desistiu das acusações contra 11 dos 15
# arguidos que restavam"): "restar" after a noun for people on trial says how many were left of the case, not that
# they are inside (unless a verb of custody follows: "… que restavam continuam presos"); pt.held.verb read the bare
# "restavam" as a state of custody. A phrase of several words, it beats the held verb inside it (longer wins). People
# held by their noun ("os 40 reféns que restavam") are untouched.
@rule pt.none.remaining_accused26 trigger event=none
  \b(?:reus|res|arguid[oa]s|acusad[oa]s|denunciad[oa]s|indiciad[oa]s|processad[oa]s)\s+que\s+(?:ainda\s+)?(?:restavam|restam|sobravam|sobram|faltavam)\b(?!,?\s+(?:ainda\s+)?(?:continuam|continuavam|seguem|seguiam|permanecem|permaneciam|estao|estavam|ficaram|ficam)\b)
  + Os 28 réus que restavam foram absolvidos => _=réus que restavam
  + desistiu das acusações contra 11 dos 15 arguidos que ainda restavam => _=arguidos que ainda restavam
  - os 40 reféns que restavam foram libertados
  - restam 30 arguidos na prisão
  - os 28 réus que restavam continuam presos

# Os ex-presos já não estão presos ("nove ex-presos assinaram uma carta", "entrevistou mais de 20 dos antigos
# reféns"): o substantivo nomeia gente que esteve presa e não dá acontecimento próprio; uma palavra de acontecimento
# ao lado ainda os conta ("cerca de 900 antigos detidos voltaram para junto das famílias"). Substitui o veto de
# pt.veto.ratio, que só via algarismos. Mais longa que o substantivo de presos de dentro, ganha a sobreposição.
@rule pt.subject.former26 subject event=none
  \b(?:ex-?\s?|antig[oa]s\s+)(?:pres[oa]s|prisioneir[oa]s|detid[oa]s|refens|reclus[oa]s|detentos|cativ[oa]s|sequestrad[oa]s)(?:\s+politic[oa]s)?\b
  + nove ex-presos assinaram uma carta => _=ex-presos
  + 300 ex-presos políticos => _=ex-presos políticos
  + mais de 20 dos antigos reféns => _=antigos reféns
  - 300 presos políticos
