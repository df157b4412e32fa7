# Vigesimosexta sesión (claimants). Un cuartel nombrado con mayúsculas ("Cuartel de Coordinación para el
# Tratamiento de los Prisioneros de Guerra", "Cuartel General de Operaciones") es un órgano militar o del Estado
# (government): el nombre sigue por sus complementos y no se corta en "Cuartel" (antes, una organización "Cuartel").
@rule es.actor.headquarters actor exact kind=government named=1
  (?<![\p{L}])(?<name>Cuartel(?:\s+General)?(?=\s+(?:de|del|para)\s+(?:la\s+|el\s+|los\s+|las\s+)?\p{Lu})(?![\p{L}]){BODYTAIL}*)
  + El Cuartel de Coordinación para el Tratamiento de los Prisioneros de Guerra informó que 300 soldados fueron liberados => name=Cuartel de Coordinación para el Tratamiento de los Prisioneros de Guerra
  + según el Cuartel General de Operaciones, 40 detenidos => name=Cuartel General de Operaciones
  - el cuartel de policía
  - el Cuartel informó

# Vigesimosexta sesión (claimants). Una entrada de directo o un párrafo encabezado por su fuente antes de dos
# puntos ("Nuevo balance de la Policía Nacional: más de 200 detenidos", "Último recuento de la Cruz Roja: 45
# liberados") da las cifras tras los dos puntos como de esa fuente: el nombre tras "de" es la fuente, como tras
# "según". Solo un encabezado: abre la oración o la entrada (tras una raya o una hora) y los dos puntos cierran el
# nombre a pocas palabras.
@rule es.source.heading_from source
  (?:\A|(?<=\n)|(?<=[.!?]\s)|(?<=[\x{2014}\x{2013}\-]\s)|(?<=\d\s)|(?<=\d:\d\d\s))(?:(?:un|el|la|una)\s+)?(?:(?:nuevo|nueva|último|última|ultimo|ultima|primer|primera|otro|otra)\s+)?(?:balance|recuento|cifra|cifras|conteo|parte|actualización|actualizacion)(?:\s+(?:oficial|provisional|actualizado|actualizada))?\s+(?:de\s+la|de\s+los|de\s+las|del|de)(?=\s+[^.;:\d]{2,60}:)
  + Nuevo balance de la Policía Nacional: más de 200 personas detenidas => _=Nuevo balance de la
  + — Último recuento de la Cruz Roja: 45 presos liberados => _=Último recuento de la
  - El balance de la jornada fue de 300 detenidos.
  - Citó una cifra del ministerio: 300 presos.

# "El Cuartel de Coordinación hace balance: 3.956 liberados", "la policía actualiza su recuento: 40 detenidos":
# hacer o actualizar el balance antes de dos puntos es dar la cifra, como en es.cue.figure_given.
@rule es.cue.count_given cue
  \b(?:hace|hacen|hizo|hicieron|ha\s+hecho|actualiza|actualizan|actualizo|actualizaron|ha\s+actualizado)\s+(?:(?:un|el|su|sus|nuevo|un\s+nuevo|el\s+ultimo)\s+)?(?:balance|recuento|conteo|cifras?)(?:\s+\p{L}+){0,3}?(?=\s*:)
  + El Cuartel de Coordinación hace balance: 3.956 ucranianos han sido liberados => _=hace balance
  + la policía actualiza su recuento: 40 detenidos => _=actualiza su recuento
  - hace balance de la jornada y cita 40 detenidos
