# Spanish stance markers: a figure said to be wrong (disputes) or an event denied (denies).
@rule es.stance.disputes stance stance=disputes
  \b(?:(?:la\s+cifra\s+real|el\s+numero\s+real|la\s+cifra\s+verdadera)(?!\s+(?:puede|podria|podra|debe|deberia|sera|seria|es\s+probablemente)\s+(?:ser\s+)?(?:mucho\s+|muy\s+|aun\s+|bastante\s+|considerablemente\s+)?(?:mayor|superior|mas\s+alt[oa]|mas\s+elevad[oa]))|en\s+realidad|no\s+coincide|no\s+coinciden|no\s+corresponde|no\s+se\s+corresponde|inflad[oa]s?|exagerad[oa]s?|es\s+falso|es\s+falsa|muy\s+por\s+debajo|muy\s+inferior|lejos\s+de\s+(?:los|las)|contradice|desmiente|cuestiona|cuestionan|pone\s+en\s+duda|puso\s+en\s+duda|solo\s+ha\s+podido\s+verificar|solo\s+pudo\s+verificar|solo\s+ha\s+verificado|no\s+(?:son|es)\s+(?:cierto|ciertas|ciertos|verdad)|(?:mas|menos)\s+que\s+(?:el\s+numero|la\s+cifra|el\s+balance|el\s+conteo)\s+oficial|se\s+queda(?:n)?\s+cort[oa]s?|deja(?:n|ba|ban)?\s+fuera|dejando\s+fuera|subestima(?:n|ba|ban)?|infravalora(?:n|ba|ban)?|demasiado\s+baj[oa]|demasiado\s+alt[oa]|fabricad[oa]s?|inventad[oa]s?)\b
  + pero la cifra real es de solo 50
  - dijo que hay al menos 70 detenidos y que la cifra real podría ser mucho mayor
  + el número no coincide con
  + solo ha podido verificar 116
  + al menos 124 detenciones, diez más que el número oficial
  + la cifra oficial se queda corta
  + la cifra es demasiado baja
  + sostiene que la cifra oficial deja fuera a los detenidos de la periferia => _=deja fuera
  + la ONG dice que el balance oficial subestima la represión => _=subestima
  - la cifra oficial
@rule es.stance.denies stance stance=denies
  \b(?:es\s+falso\s+que\s+(?:haya|hubiera|existan|existieran)|neg(?:o|aron|a|an)\s+que|desminti(?:o|eron)\s+que|no\s+hay\s+presos\s+politicos|no\s+existen\s+presos\s+politicos|no\s+existen|rechaz(?:o|a|aron)\s+que|no\s+(?:hay|habia|existen)(?=\s+\d))\b
  + «Es falso que haya 2.000 presos políticos», dijo => _=Es falso que haya
  - es falso que la policía detuviera a 30
  + el ministerio negó que 300 personas
  + no hay presos políticos
  + «No hay 5.000 presos de conciencia», dijo => _=No hay
  - no hay más de 50 detenidos
  - negociación
# La cifra propia del hablante, o lo que "realmente" pasó (against=1): discute solo cuando el documento dio antes la
# cifra de otra fuente para el mismo hecho, del otro lado de esta (claims.c, S_against_earlier); sola, afirma.
@rule es.stance.own_count stance stance=disputes against=1
  \b(?:(?:segun|por|de\s+acuerdo\s+con)\s+(?:nuestr[oa]s|mis|nuestr[oa]|mi)\s+(?:propi[oa]s?\s+)?(?:cuentas?|registros?|recuentos?|conteos?|calculos|datos)
     |nosotros\s+(?:ya\s+)?(?:contamos|documentamos|registramos|contabilizamos|calculamos|confirmamos|verificamos|tenemos)
     |(?:contamos|documentamos|registramos|contabilizamos|calculamos|hemos\s+(?:contado|documentado|registrado|contabilizado|confirmado|verificado|certificado))
     |tenemos\s+(?:ya\s+)?(?:registrad|contabilizad|documentad|contad|confirmad)[oa]s
     |tenemos\s+constancia\s+de
     |(?:nosotros\s+)?sabemos\s+de(?=\s+(?:al\s+menos|mas\s+de|unos|unas|cerca\s+de|\d))
     |(?:nosotros\s+)?(?:estimamos|calculamos)\s+que
     |nuestr[oa]s\s+(?:\p{L}+\s+){1,4}?(?:contaron|documentaron|registraron|contabilizaron|confirmaron|llevan\s+(?:registrad|contabilizad|documentad|contad)[oa]s|han\s+(?:contado|documentado|registrado|contabilizado|confirmado))
     |realmente)\b
  + «Nosotros tenemos registradas más de 90 detenciones», dijo => _=Nosotros tenemos
  + «Sabemos de al menos 45 vecinos detenidos anoche» => _=Sabemos de
  + estimamos que al menos 800 personas fueron detenidas => _=estimamos que
  - sabemos de qué se trata
  + según nuestros registros, siguen presos al menos 45 => _=según nuestros registros
  + Nuestros abogados en las comisarías contaron 210 arrestos => _=Nuestros abogados en las comisarías contaron
  + hemos documentado 75 excarcelaciones => _=hemos documentado
  + los que realmente salieron no llegan a 30 => _=realmente
  - la cuenta semanal se publicó
  - ellos contaron 300 votos
# La cifra de otro que oculta o se queda corta frente a la real ("el balance oculta la magnitud real", "juega con
# las cifras", "el recuento sigue incompleto", "no refleja la dimensión real"): la cifra propia de quien habla en
# esa oración la contesta (decimosexta sesión).
@rule es.stance.hides_real stance stance=disputes same_clause=1
  \b(?:(?:oculta|ocultan|ocultaba|ocultaban|ocultando|esconde|esconden|escondia|escondian|escondiendo)\s+(?:la|las|el|los)\s+(?:verdader[oa]s?\s+)?(?:cifras?|dimension|magnitud|numeros?|alcance|escala)(?:\s+(?:real(?:es)?|verdader[oa]s?))?
     |no\s+(?:refleja|reflejan|reflejaba|reflejaban|muestra|muestran)\s+(?:la|el|las|los)\s+(?:verdader[oa]s?\s+)?(?:magnitud|dimension|alcance|escala|cifras?|numeros?|realidad)(?:\s+(?:real(?:es)?|verdader[oa]s?))?
     |no\s+(?:cuenta|cuentan|contaba|contaban|dicen|dice)\s+toda\s+la\s+verdad
     |(?:juega|juegan|jugaba|jugaban|jugando|jugar)\s+con\s+(?:las\s+)?(?:cifras|numeros)
     |(?:balance|recuento|cifra|lista|conteo|numero)\s+(?:oficial\s+)?(?:esta|sigue|seguia|estaba|es)\s+(?:aun\s+|todavia\s+|muy\s+)?(?:incomplet[oa]|parcial))\b
  + denuncia que el balance oficial oculta la magnitud real de la represión => _=oculta la magnitud real
  + "Las cifras del Gobierno no cuentan toda la verdad: son más de 200" => _=no cuentan toda la verdad
  + acusó al ministerio de jugar con las cifras y dijo que hay 90 presos
  + la ONG asegura que el Gobierno está jugando con las cifras => _=jugando con las cifras
  + el recuento oficial sigue incompleto, según la Defensoría, que suma 40 casos más => _=recuento oficial sigue incompleto
  + el informe no refleja la dimensión real de las detenciones => _=no refleja la dimensión real
  - el recuento terminó el lunes
  - la lista de nombres es larga
  - se esconde en la casa
