# Portuguese: captives carried home by a plane (twentieth session, wrongevent). Written from the ways journalists tell
# a swap or a repatriation, then checked against the corpus for new false claims.

# Um avião ou voo que leva presos, reféns ou detidos: "cinco aviões … levaram perto de 190 prisioneiros", "o voo
# trouxe de volta 52 reféns", "um avião transportou 120 antigos detidos". Quem sai de avião da custódia fica livre; o
# nome só diz o que eram. O disparador vai do avião ao verbo, por isso é mais longo do que qualquer palavra de evento
# lá dentro ("levaram", que também diz um rapto, perde). Nem um autocarro ou carrinha (os presos são levados por
# estrada entre prisões), nem passageiros ou tropas, nem um voo para a custódia ("para Guantánamo", "para a prisão").
@rule pt.release.flown_out20 trigger event=release
  \b(?:aviao|avioes|voo|voos|jato|jatos|charter)\b[^.;:]{0,140}?\b(?:levou|levaram|levava|levavam|transportou|transportaram|transportava|transportavam|trouxe|trouxeram|trazia|traziam|repatriou|repatriaram)(?:\s+de\s+volta)?(?=(?:\s+(?:a|ate|para)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+(?:(?:cerca\s+de|perto\s+de|mais\s+de|pelo\s+menos|quase|outros|outras|os|as)\s+)*(?:\d|(?:{NUMWORD})(?![\p{L}]))[^.;:]{0,40}?\b(?:presos|presas|detidos|detidas|refens|prisioneiros|reclusos|reclusas|sequestrados|sequestradas|cativos)\b(?![^.;:]{0,60}\b(?:para|a|ao|ate|em|na|no)\s+(?:a\s+|o\s+|uma\s+|um\s+)?(?:guantanamo|prisao|cadeia|cadeias|penitenciaria|campo|base|centro\s+de\s+detencao|celas?)\b))
  + Cinco aviões fizeram a ligação entre Saná e Marib, e levaram perto de 190 prisioneiros dos dois lados => _=aviões fizeram a ligação entre Saná e Marib, e levaram
  + o voo trouxe de volta 52 reféns => _=voo trouxe de volta
  + um avião transportou 120 antigos detidos para Saná => _=avião transportou
  - um autocarro levou 40 presos para a nova cadeia
  - o avião levava 150 passageiros
  - um avião militar levou 20 detidos para Guantánamo
