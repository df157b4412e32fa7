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
