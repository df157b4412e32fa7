# Spanish: one person still held (twenty-fourth session, "recallheld"). "un/una/uno" alone is an article far more
# often than a count (numbers.c), so it counts one person only where the clause goes on to say that this one is
# still in custody or captivity: "uno/una" with a singular people noun or "de los N" after it, and, before the
# clause ends, a state of being held ("sigue detenido", "permanece en prisión", "continúa secuestrada"). A release,
# an arrest or a death after it makes no count.
@lexicon ONE_PEOPLE one_people.txt
# what may stand between the "uno" and its state: no other clause (no conjunction, complementizer, reporting verb
# or figure), an age set off by commas ("Juan Pérez, de 35 años,") allowed.
@fragment ONE_GAP = (?:,\s*(?:que|quien|quienes)\b[^,.;:]{0,80},|,\s*(?:de\s+)?\d{1,2}(?:\s+anos)?\s*,|(?!\b(?:y|e|o|u|que|dijo|dice|afirmo|quien|cual|pero|mientras|tras|despues|antes)\b)[^.;:\d])
@fragment ONE_HELD_STATE
  (?:(?:sigue|seguia|siguio|permanece|permanecia|permanecio|continua|continuaba|continuo|queda|quedaba|quedo|esta|estaba)\s+(?:todavia\s+|aun\s+|aun\s+|hoy\s+)?
     (?:detenid[oa]|pres[oa]|encarcelad[oa]|secuestrad[oa]|retenid[oa]|recluid[oa]|(?:en|bajo)\s+(?:prision|la\s+carcel|custodia|arresto|cautiverio|poder\s+de)|entre\s+rejas|tras\s+las\s+rejas)
  |(?:sigue|seguia|permanece|permanecia|continua|continuaba)\s+(?:todavia\s+|aun\s+)?(?:en\s+manos\s+de))\b
@rule es.collective.one_held collective value=1 q=exact
  (?<![\p{L}\d\-])(?<!\bni\s|\bNi\s)(?:uno|una|un|Uno|Una|Un)(?=\s+
    (?:(?:de\s+(?:los|las|ellos|ellas|sus)\b{ONE_GAP}{0,60}?)
      |(?:[\p{L}.'-]+\s+){0,2}?(?:{ONE_PEOPLE})\b{ONE_GAP}{0,60}?
      |(?<=\buno\s|\bUno\s)|(?<=\buna\s|\bUna\s))
    {ONE_HELD_STATE})
  + Una estudiante sigue detenida, según la policía. => _=Una
  + Solo uno de los cuatro, Juan Pérez, de 35 años, permanece en prisión. => _=uno
  + al menos un ciudadano español continúa secuestrado en el país => _=un
  + uno de los rehenes sigue en cautiverio => _=uno
  + Solo uno sigue preso. => _=uno
  - Una estudiante fue liberada el lunes.
  - uno de los cuatro fue detenido anoche
  - Una persona murió y otra sigue detenida
  - Uno de los agentes dijo que 40 personas siguen presas.
  - una casa sigue en manos de la familia
  - ni uno sigue preso, dijo el ministro

# Cumplir condena o un arresto de días, en presente ("seis manifestantes cumplen ya quince días de
# arresto", "40 presos cumplen condena en la cárcel", "están cumpliendo penas de prisión"): gente retenida ahora,
# como "serving sentences" en inglés. No el pretérito, que cuenta una pena ya cumplida antes de salir ("tras
# cumplir su condena", "cumplieron la pena y salieron"), ni el imperfecto, que en las noticias describe a los que
# acaban de salir ("los 23 dirigentes que cumplían condena abandonaron las cárceles": cuatro FALSE en el corpus).
@rule es.held.serving_term trigger event=held
  (?<!tras\s|de\s|al\s|por\s|sin\s)\b(?:cumplen|cumple|(?:estan|esta|siguen|sigue)\s+cumpliendo)\s+(?:ya\s+|todavia\s+|aun\s+)?
    (?:(?:una\s+|sus\s+|su\s+|la\s+|las\s+)?(?:condenas?|penas?)(?:\s+de\s+(?:prision|carcel|arresto|reclusion))?
      |(?:\S+\s+){1,2}(?:dias|semanas|meses|anos)\s+de\s+(?:arresto|prision|carcel|condena|reclusion|detencion))\b
  + al menos seis manifestantes cumplen ya quince días de arresto => _=cumplen ya quince días de arresto
  + unos 40 presos cumplen condena en la cárcel de Huelva => _=cumplen condena
  + 12 activistas están cumpliendo penas de prisión => _=están cumpliendo penas de prisión
  - los 23 dirigentes que cumplían condena abandonaron las cárceles
  - tras cumplir su condena, los 12 salieron
  - los 12 cumplieron la pena y salieron en libertad
  - cumplen 20 años de la fundación

# "el único rehén que quedaba dentro" is hard; "la única periodista, que ..., sigue secuestrada" is one person held:
# "único/única" before a singular people noun and a state of being held, as "uno" above.
@rule es.collective.only_one_held collective value=1 q=exact
  (?<![\p{L}\d\-])(?:unico|unica)(?=\s+(?:[\p{L}-]+\s+)?(?:{ONE_PEOPLE})\b{ONE_GAP}{0,80}?{ONE_HELD_STATE})
  + El único periodista entre los secuestrados, que no podía ser canjeado, siguió preso dos años más. => _=único
  + la única periodista sigue secuestrada => _=única
  - el único preso liberado fue Juan
  - la única persona que habló fue detenida

# Una empresa descrita en aposición tras su nombre, con o sin artículo ("Prisiones SA, empresa privada que gestiona
# el penal, informa"): el nombre antes de la coma es una organización, como tras "el colectivo"
# (es.pronoun.org_apposition). Las cárceles que gestionan empresas dan así sus cifras de internos.
@rule es.pronoun.company_apposition pronoun ref=organization kind=organization
  (?<=,\s)(?:la\s+|una\s+)?(?:empresa|compania|concesionaria|operadora)\b(?!\s+(?:de|del)\s)(?=[^,.;]{0,80}[,.;])
  + Gestiona, empresa privada que administra el penal, informa => _=empresa
  + Repsol, una empresa energética, dijo => _=una empresa
  - Ana Lima, empresaria, dijo
  - Juan Gil, empresa de seguridad X, dijo
