# Español: días de la declaración (vigésima cuarta sesión, claimedon).

# "Ayer el comisario dio una cifra final de 537 detenidos", "el ministerio ofreció un balance de 40 liberados": dar
# una cifra de personas es informar de ella, así que el día que abre la frase o está junto al verbo es el de la
# declaración.
@rule es.cue.figure_of cue
  \b(?:d(?:io|ieron)|ofreci(?:o|eron)|ofrece|ofrecen|present(?:o|aron|a|an))\s+(?:una|la|su|un|el|otra|otro)\s+(?:[\p{L}-]+\s+){0,2}?(?:cifra|balance|recuento|total|estimacion)(?:\s+(?:final|oficial|provisional|actualizad[oa]|definitiv[oa]|nuev[oa]))?\s+de(?=\s+(?:(?:unos|unas|cerca\s+de|mas\s+de|al\s+menos|casi|alrededor\s+de)\s+)?\d)
  + Ayer el comisario dio una cifra final de 537 detenidos => _=dio una cifra final de
  + el ministerio ofreció un balance de 40 liberados => _=ofreció un balance de
  + la ONG presentó su propio recuento de unos 300 detenidos => _=presentó su propio recuento de
  - dio una vuelta de 40 minutos
  - el juez presentó la cifra
  - dio un total de tres goles
