# Vigesimoséptima sesión: más respuestas sin cifra propia (docs/design.md, "Twenty-seventh session: a second speaker
# of the same figure, continued"). reply=1, everywhere=1 como en reply26.pat (claims.c, S_reply).

# "rechazó la cifra de la ONG", "cuestiona el recuento del Club del Preso", "impugnó nuestra cifra": la cifra
# nombrada por de quién es (owner_words tras de/del, o nuestra/nuestro) tras un verbo de rechazo.
@lexicon owner_words owner_words.txt
@lexicon answer_disputes answer_disputes.txt
@lexicon answer_denies answer_denies.txt
@lexicon answer_calls answer_calls.txt
@lexicon answer_adverbs answer_adverbs.txt
@rule es.stance.reply27_owner stance stance=disputes reply=1 everywhere=1
  \b(?<!\bni\s)(?<!\bno\s)(?<!\bnunca\s)(?:{answer_disputes})\s+(?:(?:{answer_adverbs})\s+){0,2}
  (?:(?:aquella|aquellas|aquel|aquellos|esa|esas|ese|esos|la|las|el|los)\s+(?:cifras?|numeros?|balances?|recuentos?|conteos?|datos|listas?)\s+(?:(?:oficial|policial|opositora)\s+)?(?:del|de\s+la|de\s+los|de\s+las|de)\s+(?:{owner_words})\b
   |(?:nuestra|nuestras|nuestro|nuestros)\s+(?:cifras?|numeros?|balances?|recuentos?|datos|listas?))
  + El Gobierno rechazó la cifra de la ONG => _=rechazó la cifra de la ONG
  + el portavoz cuestiona el recuento del Club del Preso => _=cuestiona el recuento del Club
  + El régimen impugnó nuestra cifra => _=impugnó nuestra cifra
  - el tribunal rechazó la cifra de votos
  - no rechazó la cifra del Gobierno

# "califica de «inflada» la cifra del Club del Preso", "calificó la cifra de exagerada", "dijo que esa cifra es
# falsa": una cifra nombrada por un sustantivo y juzgada errónea.
@rule es.stance.reply27_judged stance stance=disputes reply=1 everywhere=1
  \b(?:{answer_calls})\s+de\s+(?:«\s*|"\s*)?(?:inflada|inflado|exagerada|exagerado|falsa|falso|erronea|erroneo|inexacta|inexacto|enganosa|enganoso)\s*(?:»|")?\s+(?:a\s+)?(?:aquella|aquellas|aquel|aquellos|esa|esas|ese|esos|la|las|el|los)\s+(?:cifras?|numeros?|balances?|recuentos?|listas?)\b
  |\b(?:{answer_calls})\s+(?:aquella|aquellas|aquel|aquellos|esa|esas|ese|esos|la|las|el|los)\s+(?:cifras?|numeros?|balances?|recuentos?|listas?)\s+(?:de\s+|por\s+)?(?:«\s*|"\s*)?(?:inflada|inflado|exagerada|exagerado|falsa|falso|erronea|erroneo|inexacta|inexacto|enganosa|enganoso)\b
  |\b(?:aquella|aquellas|aquel|aquellos|esa|esas|ese|esos|la|las|el|los|dicha|dicho|nuestra|nuestro)\s+(?:cifras?|numeros?|balances?|recuentos?|listas?)\s+(?:(?:oficial|policial)\s+)?(?:es|era|fue|son|eran|esta|estaba|estan|estaban)\s+(?:muy\s+|claramente\s+|«\s*|"\s*)*(?:inflada|inflado|infladas|inflados|exagerada|exagerado|exageradas|exagerados|falsa|falso|falsas|falsos|erronea|erroneo|inexacta|inexacto|enganosa|enganoso)\b
  + El portavoz califica de «inflada» la cifra del Club del Preso => _=califica de «inflada» la cifra
  + El ministro calificó la cifra de exagerada => _=calificó la cifra de exagerada
  + La Fiscalía dijo que esa cifra es falsa => _=esa cifra es falsa
  - OVD-Info dice que la cifra policial se queda corta
  - la cifra es provisional
  - el balance fue publicado el lunes

# "rechazó esa cifra e insistió en que no hay presos políticos": with=1 (claims.c, S_reply) hace negación la
# respuesta de otro marcador de la frase; solo, no responde nada.
@rule es.stance.reply27_none stance stance=denies reply=1 everywhere=1 with=1
  \b(?:insist(?:e|en|io|ieron|iendo)(?:\s+en)?|asegur(?:a|an|o|aron|ando)|sostien(?:e|en)|sostuv(?:o|ieron)|afirm(?:a|an|o|aron|ando))\s+(?:que\s+)?(?:no\s+(?:hay|habia|existen|tiene|tenia)\b|nadie\b|ninguno\b)
  + rechazó esa cifra e insistió en que no hay presos políticos => _=insistió en que no hay
  + asegurando que nadie está preso por sus ideas => _=asegurando que nadie
  - insistió en que la cifra era correcta

# Twenty-ninth session: "Lukashenko no reconoce la cifra de Viasna", "Ortega rechaza la cifra del Mecanismo": the
# figure named by its owner's proper name (one word closing the clause; a plural noun there counts things: "la cifra
# de votos"), or denied by a verb that denies (answer_denies: "no reconoce"), answers that owner's figure.
@rule es.stance.reply29_owner_denies stance stance=denies reply=1 everywhere=1 answers=held
  \b(?:{answer_denies})\s+(?:(?:{answer_adverbs})\s+){0,2}
  (?:aquella|aquellas|aquel|aquellos|esa|esas|ese|esos|la|las|el|los)\s+(?:cifras?|numeros?|balances?|recuentos?|conteos?|datos|listas?)\s+(?:(?:oficial|policial|opositora)\s+)?(?:del|de\s+la|de\s+los|de\s+las|de)\s+(?:(?:{owner_words})\b|(?![\p{L}-]*s\b)[\p{L}-]+(?=\s*[.;,:]))
  + Lukashenko no reconoce la cifra de Viasna. => _=no reconoce la cifra de Viasna
  + el Gobierno no reconoce las listas de la oposición => _=no reconoce las listas de la oposición
  - no reconoce la cifra de votos.
  - reconoce la cifra de Viasna

@rule es.stance.reply29_owner_name stance stance=disputes reply=1 everywhere=1
  \b(?<!\bni\s)(?<!\bno\s)(?<!\bnunca\s)(?:{answer_disputes})\s+(?:(?:{answer_adverbs})\s+){0,2}
  (?:aquella|aquellas|aquel|aquellos|esa|esas|ese|esos|la|las|el|los)\s+(?:cifras?|numeros?|balances?|recuentos?|conteos?|datos|listas?)\s+(?:(?:oficial|policial|opositora)\s+)?(?:del|de\s+la|de)\s+(?![\p{L}-]*s\b)[\p{L}-]+(?=\s*[.;,:])
  + Ortega rechaza la cifra del Mecanismo, y ha llamado a los detenidos criminales => _=rechaza la cifra del Mecanismo
  - el tribunal rechazó la cifra de votos.
  - no rechazó la cifra de Viasna.
