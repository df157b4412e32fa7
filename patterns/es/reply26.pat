# Vigésimo sexta sesión: una respuesta sin cifra propia (docs/design.md, "Twenty-sixth session"). reply=1: una
# oración sin afirmación propia que casa con estas reglas responde a la cifra dada justo antes por otra fuente
# (claims.c, S_reply); everywhere=1: leída en toda oración; answers=held: sólo una cifra de presos.

# "El Gobierno sostiene que no hay presos políticos", "niega que existan presos políticos", "no reconoce la
# existencia de presos políticos": negar la categoría responde al recuento de presos políticos.
@lexicon answer_disputes answer_disputes.txt
@lexicon answer_denies answer_denies.txt
@lexicon answer_calls answer_calls.txt
@lexicon answer_adverbs answer_adverbs.txt
@rule es.stance.reply26_category stance stance=denies reply=1 everywhere=1 answers=held
  \b(?:no\s+(?:hay|existen|existian|habia|habian|tiene|tenemos|tenia)\s+(?:«\s*|"\s*)?presos\s+politicos
     |(?:{answer_denies})\s+que\s+(?:haya|hubiera|existan|existieran|existen|hay)\s+presos\s+politicos
     |(?:{answer_denies}|{answer_disputes})\s+la\s+existencia\s+de\s+presos\s+politicos)
  + El Gobierno sostiene que en Nicaragua no hay presos políticos => _=no hay presos políticos
  + El ministro niega que existan presos políticos en el país => _=niega que existan presos políticos
  + La Habana no reconoce la existencia de presos políticos => _=no reconoce la existencia de presos políticos
  - no hay presos comunes en esa cárcel
  - no hay datos de presos políticos

# "El ministerio rechazó esa cifra", "cuestionó ese balance", "desmintió esas cifras": una cifra nombrada por un
# sustantivo tras un verbo de rechazo es la última que dio la crónica.
@rule es.stance.reply26_disputes stance stance=disputes reply=1 everywhere=1
  \b(?<!\bni\s)(?<!\bno\s)(?<!\bnunca\s)(?:{answer_disputes})\s+(?:(?:{answer_adverbs})\s+){0,2}(?:aquella|aquellas|aquel|aquellos|esa|esas|ese|esos|esta|estas|este|estos|la|las|el|los|dicha|dicho)\s+(?:(?:oficial|nueva)\s+)?(?:cifras?|numeros?|balances?|recuentos?|conteos?|datos?|estimaciones?|calculos?)\b(?!\s+(?:de|del)\b)
  + El ministerio rechazó esa cifra el martes => _=rechazó esa cifra
  + la policía cuestionó ese balance => _=cuestionó ese balance
  - rechazó las cifras de 300 detenidos
  - rechazó el recurso

@lexicon lie_words lie_words.txt
@rule es.stance.reply26_denies stance stance=denies reply=1 everywhere=1
  \b(?<!\bni\s)(?<!\bno\s)(?<!\bnunca\s)(?:{answer_denies})\s+(?:(?:{answer_adverbs})\s+){0,2}(?:aquella|aquellas|aquel|aquellos|esa|esas|ese|esos|esta|estas|este|estos|la|las|el|los|dicha|dicho)\s+(?:(?:oficial|nueva)\s+)?(?:cifras?|numeros?|balances?|recuentos?|conteos?|datos?)\b(?!\s+(?:de|del)\b)
  |\b(?<!\bni\s)(?<!\bno\s)(?<!\bnunca\s)(?:{answer_calls})\s+(?:aquella|aquellas|aquel|aquellos|esa|esas|ese|esos|la|las|el|los)\s+(?:cifras?|numeros?|recuentos?|balances?)\s+de\s+(?:«\s*|"\s*)?(?:mentira|invencion|falsa|falso|propaganda)
  |\b(?<!\bni\s)(?<!\bno\s)(?<!\bnunca\s)(?:{answer_denies}|{answer_disputes})\s+(?:(?:{answer_adverbs})\s+){0,2}(?:aquella|aquellas|aquel|aquellos|esa|esas|ese|esos|la|las|el|los)\s+(?:cifras?|numeros?|recuentos?|balances?)\s+(?:como|por)\s+(?:una\s+|un\s+|pura\s+|«\s*|"\s*)*(?:{lie_words})\b
  + El ministro rechazó esa cifra como una mentira => _=rechazó esa cifra como una mentira
  + El Gobierno desmintió esas cifras => _=desmintió esas cifras
  + El fiscal calificó la cifra de «mentira» => _=calificó la cifra de «mentira
  - negó los hechos
  - desmintió la cifra de 40 presos

