# Español: formas de decir que hay personas bajo custodia o en cautiverio que ninguna regla de retenidos leía
# (decimonovena sesión, "heldlex"). Escritas desde cómo lo dice la prensa y revisadas luego contra el corpus en busca
# de cifras falsas nuevas (cosas, muertos, liberados). Todas dicen un estado: los contados siguen retenidos.

# Tener a gente secuestrada, retenida, presa: "el grupo tiene secuestradas a 12 personas", "tenía retenidos a 36
# tripulantes". El verbo tener con el participio es el estado, no la captura: más largo que el participio suelto (un
# verbo de detención), lo gobierna.
@rule es.held.have_participle trigger event=held
  \b(?:tiene|tienen|tenia|tenian|tuvo|tuvieron|tendria|tendrian|tenga|tengan|tener|ha\s+tenido|han\s+tenido)\s+(?:todavia\s+|aun\s+|ya\s+)?(?:secuestrad|retenid|cautiv|detenid|pres|encarcelad|recluid|encerrad)[oa]s\b
  + el grupo tiene secuestradas a 12 personas => _=tiene secuestradas
  + los piratas tenían todavía retenidos a 36 tripulantes => _=tenían todavía retenidos
  - tienen presente a 12 personas

# Haber presos en un lugar de custodia, con el lugar antes de la cifra: "había en prisiones españolas 182 internos", "hay
# en las cárceles del país unos 400 presos". La cifra sigue en la misma frase.
@rule es.held.there_in_prison trigger event=held
  \b(?:hay|habia|habra|habria|hubo|quedan|quedaban)\s+(?:todavia\s+|aun\s+)?en\s+(?:las\s+|los\s+|sus\s+|el\s+|la\s+)?{PRISON_PLACE}\b
  + había en prisiones españolas 182 internos => _=había en prisiones
  + hay en las cárceles del país unos 400 presos => _=hay en las cárceles
  - hay en la ciudad unos 400 comercios

# Cumpliendo condena, el gerundio tras su sustantivo sin auxiliar: "unas 360 personas cumpliendo condena por delitos
# políticos". "Tras cumplir" o "después de cumplir" cuentan una salida, no un estado; "han ido cumpliendo sus penas"
# cuenta el paso del tiempo, y un verbo de libertad después decide.
@rule es.held.serving trigger event=held
  (?<!ido\s|van\s|iban\s|fueron\s)\bcumpliendo\s+(?:(?:su|sus|largas|una|la)\s+)?(?:condenas?|penas?|sentencias?)\b(?![^.;:]{0,100}?\b(?:liberad[oa]s|excarcelad[oa]s|puest[oa]s\s+en\s+libertad|salieron|saldran|quedaron\s+en\s+libertad|indultad[oa]s)\b)
  + unas 360 personas cumpliendo condena por delitos políticos => _=cumpliendo condena
  + 40 mineros cumpliendo largas penas => _=cumpliendo largas penas
  - fueron liberados tras cumplir su condena
  - los condenados en los años noventa han ido cumpliendo sus penas
  - 40 presos cumpliendo largas penas serán excarcelados

# Retenidos en un lugar de custodia o de cautiverio: "unas 80.000 personas estuvieron detenidas en campos de
# concentración", "1.500 personas estaban encerradas dentro del edificio": un verbo de estado, el participio y el
# lugar. Sin el verbo de estado el participio modifica a la cifra y el verbo principal decide ("39 palestinos presos en
# cárceles israelíes recuperaron la libertad"); tras "fueron" sigue siendo la detención.
@rule es.held.held_in_place trigger event=held
  \b(?:estan|estaban|estuvieron|estuvo|estaba|esta|estarian|permanecen|permanecian|permanecieron|siguen|seguian|continuan|continuaban|quedan|quedaron|quedaban|viven|vivian|se\s+encuentran|se\s+encontraban|se\s+hallan|se\s+hallaban)\s+(?:todavia\s+|aun\s+)?(?:pres|detenid|recluid|encerrad|retenid|encarcelad|internad|cautiv)[oa]s\s+(?:dentro\s+de(?:l|\s+la|\s+los|\s+las)?\b|en\s+(?:el\s+|la\s+|los\s+|las\s+|un\s+|una\s+|sus\s+)?(?:campos?\s+de\s+(?:concentracion|detencion|internamiento|prisioneros|reeducacion|trabajo)|{PRISON_PLACE})\b)
  + unas 80.000 personas estuvieron detenidas en campos de concentración => _=estuvieron detenidas en campos de concentración
  + 1.500 personas estaban encerradas dentro del edificio => _=estaban encerradas dentro del
  - 20 jóvenes fueron detenidos en la cárcel de Lima
  - 39 palestinos presos en cárceles israelíes recuperaron la libertad

# Los rehenes contados dentro del lugar cuando fue tomado ("había unas 1.200 personas dentro de la escuela cuando los
# atacantes la tomaron", "unos 800 espectadores estaban dentro del teatro cuando fue asaltado"): quienes estaban dentro
# son los retenidos. Solo con una palabra de toma a menos de 60 bytes tras "cuando".
@rule es.held.inside_when_seized trigger event=held
  \bdentro\s+de(?:l|\s+la|\s+los|\s+las)?\s+(?:[\p{L}-]+\s+){0,2}?cuando(?=[^.;]{0,60}?\b(?:tomad[oa]|asaltad[oa]|ocupad[oa]|tomaron|asaltaron|ocuparon|irrumpieron|secuestrad[oa]))
  + había unas 1.200 personas dentro de la escuela cuando los atacantes la tomaron => _=dentro de la escuela cuando
  + unos 800 espectadores estaban dentro del teatro cuando fue asaltado => _=dentro del teatro cuando
  - unos 800 espectadores estaban dentro del teatro cuando empezó la obra

# Retener o mantener a gente como rehenes o prisioneros ("Londres retuvo como prisioneros a 593 oficiales", "los
# guerrilleros mantuvieron como rehenes a 40 diplomáticos"): el estado, no la toma ("tomaron como rehenes" es el
# secuestro, events17.pat).
@rule es.held.kept_as_hostages trigger event=held
  \b(?:{KEEP_VERB}|retiene|retienen|retenia|retenian|retuvo|retuvieron|retendria|retendrian|tiene|tienen|tenia|tenian|tuvo|tuvieron)\s+como\s+(?:rehenes|rehen|prisioneros|prisioneras|prisionero|cautivos|cautivas)\b
  + Londres retuvo como prisioneros a 593 oficiales => _=retuvo como prisioneros
  + los guerrilleros mantuvieron como rehenes a 40 diplomáticos => _=mantuvieron como rehenes
  - tomaron como rehenes a 40 diplomáticos
