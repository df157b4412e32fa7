# Spanish: people sentenced to prison, in the forms verdicts.pat does not read (twenty-fifth session, "held25";
# tests in tests/test_held25.c). A verdict that sends people to prison counts people held (docs/corpus.md, "Gold
# records"); es.held.sentenced reads the simple past and the passive, not the compound past with "haber" ("dice
# haber condenado a 297 a prisión", "ya había condenado a 50 activistas a penas de cárcel") nor the noun ("la
# condena de 127 vecinos a penas de prisión"). Both must reach a prison term ("a prisión", "a penas de", "a N
# años") within a few words, so a sentence to death, to a fine or to community work makes no count.
@fragment TERM25 = (?:(?:entre|hasta|de)\s+)?(?:(?:\d+|{NUMWORD})(?:\s+(?:y|a)\s+(?:\d+|{NUMWORD}))?\s+(?:anos|meses|dias)|cadena\s+perpetua)
@fragment TO_PRISON25 = a\s+(?:(?:penas?|arrestos?)\b(?!\s+(?:de\s+)?(?:multa|muerte|trabajos?|servicios?|inhabilitacion))|(?:{TERM25}|(?:prision(?!\s+preventiva|\s+provisional|\s+domiciliaria)|carcel|reclusion)\b))
@rule es.held.sentenced_perfect trigger event=held verdict=1
  \b(?:haber|ha|han|habia|habian|habria|habrian|habra|habran|haya|hayan)\s+(?:condenado|sentenciado)(?=\s+a\s+(?:[\p{L}\d.,-]+\s+){1,6}?{TO_PRISON25})
  + El tribunal dice haber condenado a 297 a prisión por las protestas => _=haber condenado
  + el juez ya había condenado a 50 activistas a penas de cárcel => _=había condenado
  + la Audiencia ha condenado a 12 manifestantes a tres años de prisión => _=ha condenado
  - el tribunal ha condenado a 12 acusados a penas de multa
  - el tribunal dice haber condenado a 12 reos a muerte
  - la policía dice haber detenido a 297 personas
@rule es.held.sentencing_noun trigger event=held verdict=1
  (?<=\bla\s|\blas\s|\bsu\s|\bsus\s)(?:condenas?|sentencia)(?=\s+(?:de|a)\s+(?:[\p{L}\d.,-]+\s+){1,12}?{TO_PRISON25})
  + el tribunal anunció la condena de 127 vecinos de los barrios de La Güinera y Toyo a penas de prisión => _=condena
  + tras la condena de 40 activistas a cinco años de cárcel => _=condena
  - la condena de 127 acusados a penas de multa
  - la condena de 12 militares a muerte
  - la condena del régimen por la comunidad internacional

# A prison population that a verb of estimating sets at a figure (twenty-fifth session): "Granma cifró en 57.337 la
# población reclusa del país", "situó la población penitenciaria en 57.337 personas". es.subject.population reads
# the population as the subject of a verb of being ("la población reclusa era de"); here it is the object, before
# the figure or after it, and names the people held as well.
# "detainees", "detenidos", "detidos" and pt "presos" may name people just arrested ("The group put the number of
# detainees at 450" after a day of arrests is a detention: tests/test_detnoun23.c): not in the list.
@fragment POP25 = (?:poblacion\s+(?:reclusa|penitenciaria|carcelaria|penal|privada\s+de\s+libertad)|numero\s+de\s+(?:presos|reclusos|prisioneros))
@fragment ESTIMATE25 = (?:cifr|estim|calcul|fij|situ|contabiliz|evalu)(?:o|aba|a|an|aron|aban)
@rule es.subject.population_set subject pre=1 event=held
  \b{ESTIMATE25}\s+(?:la|el)\s+{POP25}(?:\s+(?:del|de\s+la|de|en\s+el|en\s+la)\s+[\p{L}-]+){0,2}\s+en(?=\s+(?:\d|unos\s|unas\s|cerca\s|mas\s|menos\s|casi\s|alrededor\s))
  + el ministerio situó la población penitenciaria en 57.337 personas => _=situó la población penitenciaria en
  + la ONG calculaba el número de presos del país en unos 1.200 => _=calculaba el número de presos del país en
  - estimó la población reclusa en aumento
@rule es.subject.population_after subject event=held
  (?<=\d\s|\d\sla\s|\d\sel\s)(?:{POP25})\b
  + Granma cifró en 57.337 la población reclusa del país => _=población reclusa
  - la población reclusa del país

# "El número de hombres encarcelados subió a 270", "la cifra de personas retenidas llegó a 400" (twenty-fifth
# session): a figure phrase whose people noun carries the event word after it. es.subject.running_total reads only
# a noun of the held or detained ("el número de detenidos"); here the noun is any people noun and the participle
# after it (inside the phrase) gives the event, as in pt.subject.figure. A participle of no event of ours
# ("personas fallecidas") leaves the figure without one.
@rule es.subject.figure_people25 subject pre=1 frame=1
  \b(?:el|la)\s+(?:numero|cifra|total)\s+de\s+(?:{PEOPLE})\s+(?!de\s|en\s|que\s)[\p{L}-]+(?:\s+(?:politicos|politicas))?\s+(?:subio|llego|ascendio|alcanzo|aumento|crecio|bajo|cayo|se\s+elevo|se\s+elevaba|ascendia|llegaba|subia|rondaba|ronda|supera|superaba|supero|(?:habia|ha)\s+(?:subido|llegado|aumentado|crecido|bajado))\s+(?:a|hasta|de)(?=\s+(?:\d|unos\s|unas\s|cerca\s|mas\s|menos\s|casi\s|alrededor\s))
  + El número de hombres encarcelados subió a 270 => _=El número de hombres encarcelados subió a
  + la cifra de personas retenidas llegó a unos 400 => _=la cifra de personas retenidas llegó a
  - el número de hombres encarcelados es desconocido

# "Unos 300 están todavía en las cárceles del régimen", "más de 10.000 palestinos en las cárceles de Israel"
# (twenty-fifth session): people in a place of custody named with its article or possessive are held, as pt
# "nas prisões de Israel" (pt.held.verb) and en "in Turkish jails" (en.held.in_prisons) read it. The verb of being
# ("están", "estaban") and an adverb may open it; es.held.remain_in_place reads only the verbs of remaining. Not
# after the participle of an arrest ("detenidos en las cárceles" keeps its own word), nor riots or visits in the
# prisons (a riot is no people noun, and the word is read for a count beside it only).
@rule es.held.in_prisons25 trigger event=held
  (?<!detenidos\s)(?<!detenidas\s)(?<!arrestados\s)(?<!arrestadas\s)\b(?:(?:estan|estaban|estuvieron|siguen|seguian|permanecen|permanecian|continuan|continuaban)\s+(?:todavia\s+|aun\s+|ya\s+|hoy\s+)?)?en\s+(?:las|los|sus)\s+(?:carceles|prisiones|penales|penitenciarias|calabozos|centros\s+(?:de\s+detencion|penitenciarios|de\s+internamiento)|campos\s+de\s+(?:concentracion|prisioneros|trabajo|internamiento|reeducacion))\b
  + Unos 300 están todavía en las cárceles del régimen => _=están todavía en las cárceles
  + más de 10.000 palestinos en las cárceles de Israel => _=en las cárceles
  - 300 detenidos en las cárceles de la capital
  - el motín en la cárcel de la capital
