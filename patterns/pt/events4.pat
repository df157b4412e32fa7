# Portuguese event vocabulary found missing on the blind articles 74-78: people taken to police stations in the
# plural or with a contracted article, releases with the terms said at once (bail, no charges).

# Taken to police stations is an arrest, whichever station and however many ("levadas às delegacias").
@rule pt.detention.taken_to_station trigger event=detention
  \b(?:levad|conduzid|encaminhad|transferid)[oa]s\s+(?:(?:a|para)\s+(?:as?\s+|os?\s+|uma\s+|varias\s+|diversas\s+|duas\s+|tres\s+)?|as?\s+|aos?\s+)(?:delegacias?|esquadras?|distritos\s+policiais|dependencias\s+policiais)\b
  + cerca de 30 adeptos foram levados às esquadras da zona => _=levados às esquadras
  + 14 estudantes conduzidos para várias delegacias
  - levaram comida à delegacia

# A release with its terms right after the verb ("libertou sob fiança", "soltou sem acusação"): the terms belong to
# the verb, so a count after them is still its object.
@rule pt.release.on_terms trigger event=release
  \b(?:(?:pos|colocou|colocaram)\s+em\s+liberdade|libert(?:ou|aram)|solt(?:ou|aram)|liber(?:ou|aram))\s+(?:sob\s+fianca|mediante\s+(?:o\s+pagamento\s+de\s+)?fianca|com\s+medidas\s+cautelares|sem\s+acusacao)
  + o juiz libertou sob fiança 11 ativistas => _=libertou sob fiança
  + a polícia soltou sem acusação 40 adeptos
  - pediu a liberdade sob fiança dos 11


# Prisoners who leave a place are released ("cerca de 80 presos políticos deixaram a Casa Central", "cinco presos
# deixaram o país"), as "saíram" already says; leaving off a strike or leaving letters says nothing.
@rule pt.release.left_place trigger event=release
  \b(?:{PEOPLE_HELD}|{PEOPLE_DETAINED})\s+(?:ja\s+|tambem\s+|finalmente\s+)?(?:deixaram|deixou|deixam|tinham\s+deixado|haviam\s+deixado|abandonaram)(?=\s+(?:a|o|as|os)\s+(?!(?:greve|greves|familia|familias|cartas?|mensagens?|recados?|bilhetes?|pertences|objetos|celas?\s+(?:em|para))\b))
  + cerca de 80 presos políticos deixaram a Casa Central de Conacri => _=presos políticos deixaram
  + cinco presos deixaram o país rumo ao México => _=presos deixaram
  - os presos deixaram a greve de fome
  - os detidos deixaram cartas às famílias

# A verb of remaining right before the count says people are there ("no quartel permaneciam 2.300 detidos",
# "continuam 40 detidos na esquadra"): held, whatever the noun's own event word says, as "há" does.
@rule pt.held.remain_before trigger event=held state=1
  \b(?:permanec(?:em|iam|eram|ia|e)|continuam|continuavam|seguem|seguiam)(?:\s+(?:ainda|hoje|agora|ja))?(?=\s+(?:(?:uns|umas|mais\s+de|cerca\s+de|pelo\s+menos|quase|outros|outras|apenas|so)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + no quartel permaneciam 2.300 detidos, segundo o relatório => _=permaneciam
  + continuam ainda 40 detidos na esquadra => _=continuam ainda
  - permaneceram fechados
  - continuam sendo 40

# People who stay in police stations or cells ("cerca de 20 manifestantes continuam nas esquadras", "seguem ainda em
# delegacias"): held.
@rule pt.held.remain_in trigger event=held
  \b(?:continuam|continuavam|continua|continuava|permanecem|permaneciam|seguem|seguiam)\s+(?:(?:ainda|entao|hoje|ja)\s+)?(?:n[ao]s?|em)\s+(?:delegacias?|esquadras?|celas?|calaboucos?)
  + cerca de 20 manifestantes continuam nas esquadras => _=continuam nas esquadras
  + 25 jovens seguem ainda em delegacias => _=seguem ainda em delegacias
  - voltaram às esquadras

# People hanged or put to death are counted for something else ("Dois homens foram enforcados em janeiro"), as
# "executados" is.
@rule pt.other.hanged trigger event=none
  \b(?:enforcad[oa]s?|enforc(?:ou|aram)|levad[oa]s?\s+a\s+forca)\b
  + dois homens foram enforcados em janeiro => _=enforcados
  - a forca da cidade
