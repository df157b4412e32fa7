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
