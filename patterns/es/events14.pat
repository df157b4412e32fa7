# Español: palabras de evento que dicen otra cosa, y exigencias (decimocuarta sesión, cifras).

@lexicon DOC_WORDS document_words.txt

# "Liberar" un documento es hacerlo público: "la policía liberó el video de los 30 detenidos", "frente a 75 en la
# lista que liberó en marzo". mask=1: la frase gana a la palabra de liberación que contiene y después se va, de modo
# que el resto de la oración dice qué le pasó a la cifra.
@rule es.mask.made_public trigger event=none mask=1
  \b(?:libera(?:r|ron|ba|ban|n|do|da|dos|das|ra|ran|ria|rian)?|libero|liberen?|liberacion\s+de)\s+(?:(?:el|la|los|las|un|una|unos|unas|su|sus|nuevo|nueva|nuevos|nuevas|ultimo|ultima|ultimos|ultimas|oficial|oficiales|completo|completa|primer|primera|parcial|actualizado|actualizada)\s+){0,3}(?:{DOC_WORDS})\b
  |\b(?:{DOC_WORDS})\s+(?:(?:que|el\s+que|la\s+que)\s+)?(?:(?:(?:el|la|los|las)\s+[a-z]+|ella|el)\s+)?(?:(?:ha|han|habia|habian|fue|fueron)\s+)?(?:libero|liberaron|liberado|liberada|liberados|liberadas)\b
  + la policía liberó el video de los 30 detenidos => _=liberó el video
  + la ONG cuenta 90 presos, frente a 75 en la lista que liberó en marzo => _=lista que liberó
  + según los datos liberados por el ministerio => _=datos liberados
  + tras la liberación de los nombres de 12 soldados => _=liberación de los nombres
  - la policía liberó a 30 detenidos
  - la lista de presos liberados el lunes
  - fueron liberados después de revisar las cifras

# Quien pretende canjear a los suyos por otros pide que estos salgan: los que espera recibir siguen presos ("la
# guerrilla pretendía canjear a los rehenes por unos 500 de sus combatientes presos"). La frase acaba en "por" y
# queda justo antes de la cifra; una cifra dentro de ella (una oferta de liberar a tantos) no es suya.
@rule es.held.swap_plan trigger event=held demand=1
  \b(?:pretend(?:e|en|ia|ian|io|ieron)|quer(?:ia|ian|ria|rian)|quiere|quieren|quiso|quisieron|busca(?:ba|ban|n)?|propon(?:e|en|ia|ian)|propuso|propusieron|ofrec(?:e|en|ia|ian|io|ieron)|exig(?:e|en|ia|ian|io|ieron)|intent(?:a|an|aba|aban|o|aron))\s+(?:canjear|intercambiar)\b
  (?:\s+[^\s\d.;:,]+){1,6}?\s+por\b
  + la guerrilla pretendía canjear a los rehenes por unos 500 de sus combatientes presos => _=pretendía canjear a los rehenes por
  + el grupo proponía intercambiar a los dos soldados por 300 presos => _=proponía intercambiar a los dos soldados por
  - Israel canjeó a tres soldados por 1.000 presos
  - ofreció intercambiar 1.000 presos por el soldado

# La edad del más joven o del mayor de un grupo no es una cifra de personas ("detenidos en las redadas y liberados,
# el más joven de ellos de 14", "el mayor de los presos tenía 81"). La cifra sigue a "tenía", "con" o "de", nunca
# directamente a "de los": "el mayor de los 30 presos" conserva su cifra.
@rule es.veto.age_extreme veto
  (?:\b(?:el|la)\s+(?:mas\s+joven|mas\s+pequen[oa]|mas\s+viej[oa]|mas\s+ancian[oa]|mayor|menor)|\bbenjamin)
  (?:\s+de\s+(?:ellos|ellas|todos|todas|(?:los|las)\s+[a-z]+))?,?\s+
  (?:(?:tenia|tiene|tenian|con|de|apenas|solo|solamente|tan\s+solo)\s+){1,2}
  (?:\d{1,3}|(?:{NUMWORD}))\b
  + detenidos en las redadas y liberados, el más joven de ellos de 14 => _=el más joven de ellos de 14
  + el mayor de los presos tenía 81 => _=el mayor de los presos tenía 81
  + la más pequeña, con apenas 9, volvió a casa => _=la más pequeña, con apenas 9
  - el mayor de los 30 presos fue liberado
  - una cifra mayor de 300 detenidos
