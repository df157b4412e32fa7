# Vigésima sétima sessão (recall: números que o binário não tomava). Testes em tests/test_recall27.c.

# Entregar numa troca, no futuro, condicional ou infinitivo: "Moscovo entregaria também 23 militares ucranianos",
# "a Rússia entregará 40 prisioneiros", "vai entregar 12 reféns". events.pat lia "entregou", "entregaram",
# "entregues"; as outras formas não davam evento e o número perdia-se. Só diante de um número e de um substantivo de
# pessoas (REL25_WHO): listas, armas ou corpos entregues não; "tinham se entregado" (render-se) não tem número a seguir.
@rule pt.release.hand_over_forms trigger event=release
  \b(?:entregar(?:a|ao|ia|iam|emos|ei|em)?|(?:vai|vao|ia|iam|vamos|ira|irao)\s+entregar|(?:tinha|tinham|havia|haviam|tera|terao|teria|teriam)\s+entregado)(?:\s+(?:tambem|ainda|hoje|ja|amanha|depois))?(?=(?:\s+(?:outr[oa]s|mais\s+de|cerca\s+de|quase|os|as|todos\s+os|seus|suas|pelo\s+menos))*\s*["“«]?\s*(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+(?!nomes\b|casos\b){REL25_WHO}(?!\s+(?:o|a|os|as|um|uma)\s))
  + O Kremlin acrescentou que Moscovo entregaria também 23 militares ucranianos => _=entregaria também
  + a Rússia entregará 40 prisioneiros => _=entregará
  + o grupo vai entregar 12 reféns => _=vai entregar
  - a comissão entregará 23 nomes
  - o exército entregará 300 fuzis
  - sete condenados tinham se entregado

# Pôr nas mãos do outro lado é entregar: "Moscovo poria nas mãos de Kiev 23 soldados". Não nas mãos da justiça, de
# um juiz, do Ministério Público ou da polícia.
@rule pt.release.into_hands trigger event=release
  \b(?:p(?:ora|orao|oria|oriam|os|useram|or|oe|oem)|(?:tinha|tinham|havia|haviam)\s+posto)\s+nas\s+maos\s+d[eoa]s?(?!\s+(?:justica|policia|juiz|juizes|tribunal|tribunais|ministerio)\b)(?:\s+[\p{L}'-]+){1,3}?(?=\s+(?:(?:outr[oa]s|mais\s+de|cerca\s+de|quase|os|as|todos\s+os|seus|suas)\s+)*(?:\d[\d.]*|(?:{NUMWORD})(?![\p{L}]))\s+{REL25_WHO})
  + Moscovo poria nas mãos de Kiev 23 soldados ucranianos => _=poria nas mãos de Kiev
  - a polícia pôs nas mãos da justiça 23 detidos
  - pôs nas mãos de Kiev 23 tanques

# Voltar do cativeiro em tempos compostos: "mais de 300 soldados tinham regressado do cativeiro". events.pat só lia
# o pretérito perfeito simples ("regressaram do cativeiro").
@rule pt.release.back_from_captivity trigger event=release
  \b(?:(?:tinha|tinham|havia|haviam|tem|teem|tenham|teriam|terao)\s+(?:regressado|voltado|retornado)|regressam|voltam|retornam|regressarao|voltarao|regressar|voltar)\s+do\s+(?:cativeiro|sequestro)\b
  + mais de 300 soldados tinham regressado do cativeiro => _=tinham regressado do cativeiro
  + os militares que têm voltado do cativeiro => _=têm voltado do cativeiro
  - tinham regressado da viagem

# Levados para o cativeiro na passiva ou como particípio depois das pessoas (detention), como a ativa "levaram 80
# pessoas" (pt.detention.took_away): "cerca de 240 pessoas foram levadas para Gaza como reféns", "300 camponeses
# levados para a selva". Só com "como reféns" ou um lugar para onde os captores levam gente (o cativeiro, a selva, o
# mato); "levados para o hospital" não é dos nossos.
@rule pt.detention.taken_away_passive trigger event=detention
  \b(?:levad[oa]s|conduzid[oa]s|arrastad[oa]s|transferid[oa]s)\s+(?:(?:para|ate|a)\s+[\p{L}]+\s+)?(?:como\s+refens|como\s+cativ[oa]s|para\s+o\s+cativeiro|para\s+a\s+selva|para\s+o\s+mato)\b
  + cerca de 240 pessoas foram levadas para Gaza como reféns => _=levadas para Gaza como reféns
  + 300 camponeses levados para a selva => _=levados para a selva
  - 40 feridos foram levados para o hospital
  - foram transferidos para Gaza em ambulâncias
