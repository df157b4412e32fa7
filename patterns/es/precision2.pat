# Spanish: figures that count no one (eleventh session, precision).

# A clock time said in words ("de ocho de la tarde a seis de la mañana", "a las diez de la noche") counts no one;
# veto.time only knows digits with a separator. "de la noche a la mañana" (overnight) is no time of day.
@rule es.veto.clock_words veto
  \b(?:{NUMWORD}|\d{1,2})(?:\s+y\s+(?:media|cuarto))?\s+de\s+la\s+(?:manana|tarde|madrugada|noche(?!\s+a\s+la\s+manana))\b
  + el toque de queda irá de nueve de la noche a cinco de la mañana
  + cerraron las comisarías a las 7 de la tarde
  + salieron a las dos y media de la madrugada
  - nueve de los detenidos salieron
  - fueron liberados doce de la noche a la mañana

# "toque de queda" is a curfew: its "queda" is no one staying anywhere.
@rule es.other.curfew trigger event=none
  \btoque\s+de\s+queda\b
  + se amplía el toque de queda a todo el país => _=toque de queda
  - la mitad queda en prisión

# A figure joined to another by "+" names a case or a group ("el caso 15+2", "los 15 + 2"), it counts no one.
@rule es.veto.joined veto
  (?<![\d.,])\d{1,4}\s?\+\s?\d{1,4}(?![\d.,])
  + los activistas del caso 15+2 salen de la cárcel
  + el grupo de los 7 + 1 fue absuelto
  - liberaron a 15 presos y a 2 periodistas

# A span of time with an ordinal between figure and unit ("las dos primeras semanas", "los tres últimos meses").
@rule es.veto.units_ordinal veto
  \b(?:{NUMWORD}|\d{1,3})\s+(?:primer[oa]s|ultim[oa]s|siguientes|proxim[oa]s)\s+(?:{UNITS})\b
  + fueron detenidos en las dos primeras semanas de protestas
  + en los tres últimos meses salieron 400
  - los tres primeros detenidos salieron ayer

# Taking people out of prison frees them ("el canje sacó de la cárcel a 16 personas detenidas en Rusia"): the phrase
# governs the count before the detention word of its noun, which says how they came to be inside.
@rule es.release.taken_out trigger event=release
  \b(?:sac(?:o|aron|a|an|ar|ando|ado|ada|ados|adas)|saque)\s+(?:(?:ayer|hoy|ya)\s+)?(?:de\s+(?:la|las)|del|de\s+los)\s+(?:carcel|carceles|prision|prisiones|penal|penales|presidio|presidios|calabozos?|celdas?)\b
  + el canje sacó de la cárcel a 16 personas detenidas en el extranjero => _=sacó de la cárcel
  + lograron sacar de las prisiones a 40 activistas => _=sacar de las prisiones
  - sacaron fotos en la cárcel

# Going on holding people says they are held now ("siguen reteniendo a 56 personas detenidas en la campaña"): the
# phrase before the count beats the detention word of its noun, which says how they came to be inside.
@rule es.held.goes_on_holding trigger event=held state=1
  \b(?:sigu(?:e|en|io|ieron|iendo)|continu(?:a|an|o|aron|aba|aban|ando)|segu(?:ia|ian|ira|iran))\s+(?:reteniendo|manteniendo\s+(?:detenid|pres|encarcelad|retenid)[oa]s|deteniendo\s+todavia|encarcelando\s+todavia)\b
  + las autoridades siguen reteniendo a 56 personas detenidas en la redada => _=siguen reteniendo
  + el régimen continúa manteniendo presos a 30 opositores => _=continúa manteniendo presos
  - siguen deteniendo a manifestantes cada noche
