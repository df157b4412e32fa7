# Español: cifras que salían mal (decimoquinta sesión, cifras falsas).

# El primer extremo de un lapso ("encarcelados de tres a cinco años", "presos por dos o tres meses", "3-5 años")
# es una duración, no un número de personas: la unidad tras la segunda cifra vale para las dos. Unidas por "a"
# solo tras una palabra de duración, porque "condenó a 40 a tres años" cuenta a los 40.
@fragment SPAN_NUM15 = (?:\b(?:{NUMWORD})|(?<![\d.,])\d{1,3})
@rule es.veto.span_of_time veto
  \b(?:de|por|durante|entre|cumplir|cumplen|cumple|pasar|pasarán|pasaron)\s+(?:{SPAN_NUM15})\s*(?:a|o|u|-|\x{2013})\s*(?:{SPAN_NUM15})\s+(?:{UNITS})\b | (?:{SPAN_NUM15})\s*(?:o|u|-|\x{2013})\s*(?:{SPAN_NUM15})\s+(?:{UNITS})\b
  + diecinueve fueron encarcelados de tres a cinco años => _=de tres a cinco años
  + quedaron presos por dos o tres meses => _=por dos o tres meses
  + los presos cumplen penas de 3-5 años => _=de 3-5 años
  + estuvieron retenidos siete u ocho días => _=siete u ocho días
  - el tribunal condenó a 40 a tres años de cárcel
  - la policía detuvo a 40 o 50 personas
  - dos o tres manifestantes fueron detenidos

# Quien no está preso no es un preso: "los cinco restantes no están en prisión", "nunca estuvieron bajo custodia".
# La negación, más larga que la palabra de custodia que lleva dentro, no liga la cifra a nada. "Ya no están presos"
# dice que salieron y queda fuera, como un tope ("no siguen presos más de 40") o una cifra que sigue.
@rule es.other.not_held trigger event=none
  \b(?<!ya\s)(?:no|nunca|jamas)\s+(?:estan|estaban|estuvieron|esta|estaba|estuvo|siguen|sigue|seguian|seguia|permanecen|permanecian|permanecieron|quedan|quedaron|han\s+estado|habian\s+estado|ha\s+estado|habia\s+estado)\s+(?:en\s+(?:(?:la\s+)?(?:prision|carcel)|custodia|detencion)|bajo\s+(?:custodia|arresto)|tras\s+las\s+rejas|entre\s+rejas|(?:pres|detenid|encarcelad|recluid)[oa]s?)\b(?!\s+(?:mas|menos|sino|apenas|solo)\b)(?!{NUMSTART})
  + los cinco restantes tenían la pena suspendida, así que no están en prisión => _=no están en prisión
  + otros doce acusados nunca estuvieron bajo custodia => _=nunca estuvieron bajo custodia
  + los otros doce no siguen presos => _=no siguen presos
  - los cinco ya no están en prisión
  - no siguen presos más de 40 manifestantes
  - doce siguen presos en la cárcel de Tacumbú

# Las partes de un grupo de muertos, heridos o desaparecidos no están presas: en "entre los fallecidos hay veinte
# niños" el "hay" solo cuenta una parte del grupo nombrado antes. La frase, más larga que ese "hay", no liga la
# cifra a nada; "entre los detenidos hay" sigue contando detenidos.
@rule es.other.among_casualties trigger event=none
  \bentre\s+(?:los|las)\s+(?:muert[oa]s|fallecid[oa]s|herid[oa]s|lesionad[oa]s|asesinad[oa]s|victimas(?:\s+mortales|\s+fatales)?|desaparecid[oa]s|desplazad[oa]s|evacuad[oa]s)(?:\s+(?:de|del|en|durante)(?:\s+[\p{L}']+){1,3}?)?\s+(?:hay|habia|habria|hubo|figuran|figuraban|se\s+cuentan|se\s+contaban|estan|estaban)\b
  + entre los fallecidos hay veinte niños y diecisiete policías => _=entre los fallecidos hay
  + entre las víctimas mortales había doce menores => _=entre las víctimas mortales había
  + entre los muertos de la represión hay quince estudiantes => _=entre los muertos de la represión hay
  - entre los detenidos hay veinte menores
  - entre los liberados figuran doce periodistas
