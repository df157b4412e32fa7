# Español: el evento correcto (sesión veintidós, precisión).

# La libertad recobrada con un adverbio o un día en medio ("Los dos secuestrados recuperaron así ayer la libertad",
# "recuperaron hoy la libertad", "obtuvieron después su libertad"): la liberación, como sin ellos (es.release.phrase,
# es.release.own_freedom). Sólo palabras de tiempo y de modo, sin coma: "recuperaron el control y la libertad de
# movimiento" no es esto.
@rule es.release.freedom_regained_later trigger event=release
  \b(?:recobraron|recobro|recuperaron|recupero|obtuvieron|obtuvo|(?:ha|han|habia|habian|hayan)\s+(?:recuperado|recobrado|obtenido))\s+(?:(?:asi|ayer|hoy|anoche|anteayer|finalmente|por\s+fin|tambien|ya|pronto|despues|luego|entonces|al\s+fin|esta\s+(?:manana|tarde|noche)|este\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\s+){1,3}(?:la|su)\s+libertad\b
  + Los dos secuestrados recuperaron así ayer la libertad => _=recuperaron así ayer la libertad
  + los seis sanitarios recuperaron hoy la libertad => _=recuperaron hoy la libertad
  + muchos procesados obtuvieron después su libertad => _=obtuvieron después su libertad
  - recuperaron el control y la libertad de movimiento
  - obtuvieron ayer la mayoría

# Una liberación negada, descartada o que no se negociará dice que siguen presos, como la que se exige
# (docs/corpus.md, las exigencias): "el Gobierno se niega a liberar a 21 presos", "no negociará la liberación de los
# 21 presos", "rechazó la excarcelación de 40 reclusos". La frase, del verbo a la palabra de liberación, es más larga
# que esta y la sustituye.
@rule es.held.release_refused trigger event=held demand=1
  \b(?:(?:se\s+)?neg(?:o|aron|aba|aban|ara|ando|ar|ado)\s+a|rechaz(?:o|aron|a|an|aba|aban|ar|ado)|descart(?:o|aron|a|an|aba|aban|ar|ado)
     |no\s+(?:negociara|negociaran|negocia|negociaba|discutira|discutiran|discute|aceptara|aceptaran|acepta|acepto|aceptaba)
     |(?:se\s+)?resist(?:e|en|io|ieron|ia|ian)\s+a)\b
  (?:[\s,]+(?!(?:y|pero|aunque|mientras)\b)[^\s.;:,]+){0,3}?
  [\s,]+(?:la\s+|cualquier\s+|toda\s+)?
  (?:liberacion|excarcelacion|puesta\s+en\s+libertad|libertad|liberar|excarcelar|soltar)\b
  + el Gobierno no negociará la liberación de los 21 presos => _=no negociará la liberación
  + la junta se negó a liberar a 40 opositores => _=se negó a liberar
  + el tribunal rechazó la excarcelación de 12 reclusos => _=rechazó la excarcelación
  - el Gobierno negoció la liberación de 21 presos
  - rechazó las acusaciones y anunció la liberación de 12 presos

# Lo que le pasó a una parte de los contados no es lo que les pasó a todos: "entre los detenidos había 596 monjes, la
# mayoría de los cuales habían vuelto a sus monasterios". La relativa de una parte ("la mayoría / muchos / algunos de
# los cuales") enmascara sus palabras de suceso (mask=1); el conteo toma el suceso del resto de la frase. "todos los
# cuales" es el todo y se deja.
@rule es.mask.part_of_whom trigger event=none mask=1
  \b(?:la\s+mayoria|muchos|muchas|algunos|algunas|varios|varias|la\s+mitad|buena\s+parte|parte|decenas|cientos|centenares|miles)\s+de\s+(?:los|las)\s+cuales\b[^.;:,()]{0,80}
  + 596 monjes, la mayoría de los cuales habían vuelto a sus monasterios => _=la mayoría de los cuales habían vuelto a sus monasterios
  + 300 personas, muchas de las cuales fueron liberadas después => _=muchas de las cuales fueron liberadas después
  - 300 personas, todas las cuales fueron liberadas

# Personas dentro del lugar donde se las retiene, dicho antes de la palabra de estado ("dentro del gimnasio hay más de
# mil personas"): el estado, como "hay 40 personas dentro" (STATE_CROWD, es/events.pat, pide la custodia después).
@rule es.held.state_inside trigger event=held state=1
  \bdentro\s+(?:de\s+|del\s+)?(?:[\p{L}-]+\s+){0,3}?(?:hay|habia|quedan|quedaban)\b(?!\s+(?:que|quien|quienes)\b)(?=\s+(?:[\p{L}]+\s+){0,2}?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + dentro del gimnasio hay más de mil personas => _=dentro del gimnasio hay
  - dentro de dos días hay que votar
