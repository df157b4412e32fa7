# Vigésima segunda sesión (recall). Los rehenes evacuados del lugar tomado salen de él: "más de 200 rehenes fueron
# evacuados con vida", "los cautivos han sido evacuados". Solo tras un nombre de cautivos: los vecinos, turistas o
# heridos evacuados no eran cautivos de nadie (es.other lee "evacuados" sin más como ningún evento).
@fragment R22_CAUTIVOS = (?<=rehenes\s|secuestrados\s|secuestradas\s|cautivos\s|cautivas\s|retenidos\s|retenidas\s)
@rule es.release.captives_evacuated trigger event=release
  {R22_CAUTIVOS}(?:(?:ya|todos|finalmente)\s+)?(?:fueron|han\s+sido|habian\s+sido|son|eran)\s+(?:(?:todos|ya|finalmente)\s+)?evacuad[oa]s\b
  + unos 40 rehenes fueron evacuados con vida por los bomberos => _=fueron evacuados
  + los 12 secuestrados han sido evacuados en helicóptero => _=han sido evacuados
  - unos 300 vecinos fueron evacuados por el incendio
  - los rehenes pidieron ser evacuados

# "elevó a 218 el número de arrestos", "rebajan a 40 el total de detenciones": la palabra de evento dicha tras la
# cifra como el total que cuenta, como pt.detention.total. Sin ella, la cifra queda lejos de "arrestos" y no cuenta
# a nadie.
@rule es.detention.total trigger event=detention
  \b(?:el|la)\s+(?:total|numero|cifra|balance|recuento|suma)\s+de\s+(?:detenciones|arrestos|capturas|aprehensiones|detenidos|detenidas|arrestados|capturados)\b
  + la policía elevó a 218 el número de arrestos => _=el número de arrestos
  + rebajan a 40 el total de detenciones => _=el total de detenciones
  - el total de liberados
@rule es.release.total trigger event=release
  \b(?:el|la)\s+(?:total|numero|cifra|balance|recuento|suma)\s+de\s+(?:liberaciones|excarcelaciones|liberados|liberadas|excarcelados|excarceladas)\b
  + elevando a 300 el número de excarcelaciones => _=el número de excarcelaciones
  - el total de detenidos

# Una cifra "sin fundamento" o "infundada" queda discutida, como la "exagerada" o "falsa" (es.stance.disputes). Solo
# con la cifra nombrada en la misma cláusula: acusaciones o procesos infundados no dicen nada de un recuento.
@rule es.stance.without_foundation stance stance=disputes
  \b(?:cifras?|numeros?|balances?|recuentos?|datos?|estimaciones?)\b[^.;:!?]{0,60}?\K(?:sin\s+(?:ningun\s+)?fundamento|carece\s+de\s+(?:todo\s+)?fundamento|carente\s+de\s+(?:todo\s+)?fundamento|infundad[oa]s?)\b
  | \b(?:infundad[oa]s?|sin\s+fundamento)\s+(?:la|el|esa|ese|esta|este|las|los|esas|esos)\s+(?:cifras?|numeros?|balances?|datos?)\b
  + el Gobierno dijo que la cifra de 550 es infundada => _=infundada
  + una cifra sin ningún fundamento => _=sin ningún fundamento
  + calificó de infundada la cifra de 550 => _=infundada la cifra
  - la fundación dijo que 40 seguían presos
  - cuatro ciudadanos detenidos por acusaciones que considera infundadas

# Las excarcelaciones que suben a una cifra, como los arrestos (es.subject.arrests_rise19): "las excarcelaciones
# ascienden ya a 300", "las salidas reales de prisión rondan las 1.700", "los liberados suman 45".
@rule es.subject.releases_rise22 subject pre=1 event=release
  \b(?:los\s+|las\s+)?(?:liberados|liberadas|excarcelados|excarceladas|excarcelaciones|liberaciones|salidas(?:\s+reales)?\s+de\s+(?:la\s+)?(?:prision|carcel))\s+(?:ya\s+)?(?:ascienden|ascendian|ascendieron|suben|subieron|llegan|llegaban|llegaron|se\s+elevan|se\s+elevaron|superan|superaban|superaron|rozan|rondan|rondaban|suman|sumaban|sumaron|alcanzan|alcanzaron|rebasan|rebasaron)(?:\s+ya)?(?:\s+a)?(?:\s+(?:los|las|unos|unas|cerca\s+de|casi|mas\s+de))?(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])|un\s+(?:centenar|millar)))
  + las excarcelaciones ascienden ya a 300 => _=las excarcelaciones ascienden ya a
  + las salidas reales de prisión rondan las 1.700 => _=las salidas reales de prisión rondan las
  - los liberados suman sus voces

# Quien sigue en una parte de la cárcel sigue preso: "los cuatro restantes seguían anoche en la enfermería del penal",
# "permanecen en el patio de la prisión". Como es.held.remain_in_place, pero el lugar es una parte de la cárcel,
# dicha con la cárcel detrás.
@rule es.held.remain_in_prison_part trigger event=held
  \b{REMAIN}\s+{VGAP}en\s+(?:(?:el|la|los|las|un|una)\s+)?(?:enfermeria|hospital|patio|pabellon(?:es)?|modulos?|galerias?|celdas?|calabozos?|dependencias|instalaciones|area\s+de\s+aislamiento)\s+(?:del|de\s+la|de\s+las|de\s+los|de)\s+(?:(?:misma|mismo)\s+)?{PRISON_PLACE}\b{NOT_PLACE_OF}
  + los cuatro restantes seguían anoche en la enfermería del penal => _=seguían anoche en la enfermería del penal
  + 12 jóvenes seguían el lunes en el patio de la prisión => _=seguían el lunes en el patio de la prisión
  - el expediente sigue en las dependencias del juzgado
