# Spanish: people sentenced to prison terms are held (sixteenth session; tests in tests/test_events16.c).
# Una condena a una pena de cárcel o de arresto pone a la gente dentro durante esa pena: la cifra cuenta presos, no
# detenciones ("42 personas fueron condenadas a arrestos de entre uno y seis días", "condenó a 30 activistas a
# cinco años de cárcel", "encarcelados por dos años"). Encarcelado sin pena sigue siendo una detención; el
# participio solo describe a la gente por su condena ("liberó a 280 condenados a cadena perpetua"), sin verbo no cuenta.
# Este archivo se carga después de verbs.pat: donde esta regla y la forma verbal de detención cubren la misma palabra,
# gana la regla cargada después (recognize.c, S_resolve_overlaps).
@fragment TERM16 = (?:(?:entre|hasta|de)\s+)?(?:(?:\d+|{NUMWORD})(?:\s+(?:y|a)\s+(?:\d+|{NUMWORD}))?\s+(?:anos|meses|dias)|cadena\s+perpetua)
@rule es.held.sentenced trigger event=held verdict=1
  \b(?:(?:(?:fueron|fue|han\s+sido|ha\s+sido|habian\s+sido|habia\s+sido|seran|sera|serian|resultaron)\s+(?:condenad|sentenciad)[oa]s?)\s+a\s+(?:(?:penas?|arrestos?)\b|(?:prision|carcel)(?!\s+preventiva|\s+provisional)|{TERM16})
     |(?:condeno|condenaron|condena|condenan|sentencio|sentenciaron)(?=\s+a\s+(?:[\p{L}\d.,-]+\s+){1,5}?a\s+(?:penas?\s+de\s+|arrestos?\s+de\s+)?(?:{TERM16}|(?:prision|carcel)\b))
     |encarcelad[oa]s?\s+(?:durante|por)\s+{TERM16})
  + 42 personas habían sido condenadas a arrestos de entre uno y seis días => _=habían sido condenadas a arrestos
  + el tribunal condenó a 30 activistas a cinco años de cárcel => _=condenó
  + 12 presos encarcelados durante tres años => _=encarcelados durante tres años
  + 20 acusados fueron condenados a prisión => _=fueron condenados a prisión
  - cerca de 280 condenados a cadena perpetua
  - 300 personas fueron encarceladas tras la protesta
  - el juez envió a prisión provisional a ocho
  - 15 condenados a muerte
