# Regras de cobertura que faltavam nos artigos não vistos 79-128 (décima terceira sessão, cobertura). Cada
# construção tem a sua gémea em es/ e en/events_recall13.pat.

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
