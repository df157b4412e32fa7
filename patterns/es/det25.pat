# Vigésima quinta sesión (det: cifras de detención no tomadas). Tres causas generales de las cifras de detención que
# el conjunto no tomaba, cada una en es, pt y en (docs/design.md, "Twenty-fifth session: detention figures not taken").

# Los secuestros contados como actos: "contabilizó 39.058 secuestros", "registró más de 3.500 secuestros en 2000".
# Cada secuestro es una persona tomada (docs/corpus.md, secuestros y rehenes: la toma es detention), como "2.000
# detenciones" son detenciones. Solo el plural: "el secuestro de 21.396 personas" ya lo lee es.detention.verb. No los
# secuestros de aviones, barcos o bienes, que cuentan otra cosa.
@rule es.detention.kidnap_acts trigger event=detention
  (?<=\d\s|mil\s|millones\s|cientos\s|cien\s|dos\s|tres\s|cuatro\s|cinco\s|seis\s|siete\s|ocho\s|nueve\s|diez\s|once\s|doce\s)(?:secuestros|raptos|plagios)\b(?!\s+(?:de\s+|del\s+)?(?:aviones|avion|aereos|buques|barcos|vehiculos|camiones|mercancias?|bienes|cuentas|datos|armas))
  + la fundación registró más de 3.500 secuestros en todo el año 2000 => _=secuestros
  + el informe contabilizó 39.058 secuestros cometidos por todos los grupos => _=secuestros
  + hubo 120 raptos en la provincia => _=raptos
  - hubo cuatro secuestros de aviones aquella semana
  - acusó a ocho jefes por la política de secuestros
  - los secuestros aéreos de 1970

# Las detenciones políticas son actos de detención: "registró 768 detenciones políticas de corta duración". La regla
# de es.detention.verb no lee "detenciones" ante "políticas" para no tomar "detenidos políticos" (presos: held); el
# nombre del acto no tiene esa lectura.
@rule es.detention.political_acts trigger event=detention
  \bdetenciones(?=\s+politicas\b)
  + la comisión registró 768 detenciones políticas de corta duración => _=detenciones
  - los 40 detenidos políticos siguen en la cárcel

# Fichar a alguien en una comisaría o una cárcel es registrarlo al detenerlo: "27 personas habían sido fichadas en la
# cárcel del condado" (el "booked" de la prensa estadounidense, que en.detention.booked lee). Solo en la pasiva y con
# el lugar o la policía después: "fichar a" en activa es sobre todo contratar (un club, un partido).
@rule es.detention.booked trigger event=detention
  \b(?:fueron|han\s+sido|habian\s+sido|habrian\s+sido|serian)\s+fichad[oa]s(?=\s+(?:en|por)\s+(?:la\s+|el\s+|las\s+|los\s+)?(?:comisarias?|carcel(?:es)?|prision|penal|policia|agentes|estacion|delegacion|juzgado|calabozos?|centro\s+de\s+detencion)\b)
  + 27 personas habían sido fichadas en la cárcel del condado => _=habían sido fichadas
  + más de 300 manifestantes fueron fichados por la policía => _=fueron fichados
  - los dos jugadores fueron fichados por el club
  - 300 aficionados fueron fichados en la web del club
