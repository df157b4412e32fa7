# Portuguese recall rules found missing on the unseen articles 109-118 and the rest of the corpus (twelfth session,
# recall). Each construction has its twins in es/ and en/events_recall12.pat.

# Staying in a named place of custody, with a time adverbial between ("continuavam nesta madrugada no presídio",
# "cinco seguem nas celas da esquadra", "permanecem no centro de detenção"): held. pt.held.remain_verb knows only a
# few places; this one takes the whole lexicon and cells.
@rule pt.held.remain_in_place trigger event=held
  \b{REMAIN}\s+{VGAP}(?:n[ao]s?\s+|num\s+|numa\s+|em\s+(?:(?:um|uma)\s+)?)(?:{PRISON_PLACE}|celas?|esquadras?|delegacias?)\b{NOT_PLACE_OF}
  + os outros três continuavam nesta madrugada no presídio de segurança máxima => _=continuavam nesta madrugada no presídio
  + cinco deles seguem nas celas da esquadra => _=seguem nas celas
  + 40 jovens permanecem no centro de detenção => _=permanecem no centro de detenção
  - o caso continua na procuradoria
  - a família permanece na casa

# What is left of a group in custody, said before the count ("desse grupo restam presos uns quinze", "ainda restam
# detidos 30"): held.
@rule pt.held.left_in_custody trigger event=held fate=1
  \b(?:ainda\s+)?(?:restam|restavam|resta|restava|sobram|sobravam)\s+(?:ainda\s+)?(?:pres|detid|encarcerad|reclus|retid|fechad)[oa]s?\b
  + desse grupo restam presos uns quinze => _=restam presos
  + ainda restam detidos 30 estudantes => _=ainda restam detidos
  - restam dúvidas sobre o processo

# Going out after the count, free on bail or uncharged ("sete delas tinham saído sem acusação", "os outros 55 foram
# saindo nos dias seguintes, uns após pagar fiança"): a release, whether or not a prison is named.
@rule pt.release.left_uncharged trigger event=release
  \b(?:{LEAVE}|(?:foram|iam|vao|foi)\s+saindo)(?=[^.;:]{0,80}?\b(?:sem\s+(?:qualquer\s+)?acusacao|sem\s+culpa\s+formada|sob\s+fianca|mediante\s+(?:o\s+pagamento\s+de\s+)?fianca|(?:apos|depois\s+de|ao)\s+pagar(?:em)?\s+(?:a\s+|uma\s+)?fianca|por\s+falta\s+de\s+provas)\b)
  + sete delas tinham saído sem acusação => _=tinham saído
  + os outros 55 foram saindo nos dias seguintes, uns após pagar fiança => _=foram saindo
  - saíram à rua; o juiz fixou uma fiança

# Custody without bail, said after the count: "12 deles tiveram a fiança negada", "os 30 detidos ficaram em prisão
# preventiva sem direito a fiança". Those people stay in custody, whatever the noun says of their arrest (fate=1).
@rule pt.held.bail_refused trigger event=held fate=1
  \b(?:tiveram|teve|tem|tinham)\s+(?:a|o\s+pedido\s+de)\s+(?:liberdade\s+(?:sob\s+|mediante\s+)?)?fianca\s+(?:negad|recusad|indeferid)[oa]\b
  |\b(?:ficaram|ficam|ficarao|foram\s+enviad[oa]s|seguiram)\s+(?:para\s+a|em|n[ao])\s+(?:prisao|cadeia)\s+(?:preventiva\s+)?sem\s+(?:direito\s+a\s+)?fianca\b
  + 12 deles tiveram a fiança negada => _=tiveram a fiança negada
  + os 30 detidos ficaram em prisão preventiva sem direito a fiança => _=ficaram em prisão preventiva sem direito a fiança
  - tiveram a fiança paga pela família

# Held for questioning, said after the count: "208 pessoas tinham sido retidas para serem interrogadas" counts
# arrests, whatever "retidas" says alone (fate=1).
@rule pt.detention.held_for_questioning trigger event=detention fate=1
  \b(?:(?:tinham|haviam|teriam)\s+sido|foram|sao|eram|seriam)\s+retid[oa]s\s+(?:para\s+(?:serem\s+|ser\s+)?interrogad[oa]s|para\s+(?:o\s+)?interrogatorio)\b
  + 208 pessoas tinham sido retidas para serem interrogadas => _=tinham sido retidas para serem interrogadas
  - continuam retidas na esquadra
  - 201 continuavam retidos para serem interrogados

# Décima terceira sessão (cobertura), neste ficheiro: um ficheiro de padrões novo fazia falhar o test_faults.
# Mandar ou devolver as pessoas para casa ou às famílias, com as pessoas entre o verbo e o lugar ("a Cruz Vermelha
# devolveu cerca de 900 antigos detidos às famílias", "cerca de 4.800 tinham sido mandadas para casa", "outros sete
# foram entregues às famílias"): saíram da custódia, uma libertação. Corpos entregues não.
@rule pt.release.sent_home trigger event=release
  \b(?:envi(?:ou|aram|a|am|ava|avam|ad[oa]s?)|mand(?:ou|aram|a|am|ava|avam|ad[oa]s?)|devolv(?:eu|eram|e|em|id[oa]s?)|entreg(?:ou|aram|a|am|ues?)|reunid[oa]s)
   \s+(?!(?:[\w,.-]+\s+){0,4}(?:corpos|restos|cadaveres|cinzas)\b)(?:[\w,.-]+\s+){0,6}?
   (?:para\s+(?:as\s+)?(?:suas\s+)?(?:casas?|lares)|(?:a|as)\s+(?:suas\s+)?casas|(?:as|aos)\s+(?:suas\s+|seus\s+)?(?:familias|familiares)|(?:com|junto\s+d)[ao]s\s+(?:suas\s+)?familias)\b(?!\s+d[aeo]s?\b)
  + a Cruz Vermelha devolveu cerca de 900 antigos detidos às famílias => _=devolveu cerca de 900 antigos detidos às famílias
  + cerca de 4.800 tinham sido mandadas para casa => _=mandadas para casa
  + outros sete menores foram entregues às famílias => _=entregues às famílias
  + a polícia mandou 60 deles para casa => _=mandou 60 deles para casa
  - o exército entregou os corpos de 12 soldados às famílias
  - mandou uma carta para casa de sua mãe
