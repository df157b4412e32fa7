# Vigésima séptima sesión (event): un verbo de estar o de haber antes de una cifra invertida ("estaban a principios
# de febrero unos 10.000 palestinos detenidos por razones de seguridad") dice el estado de esas personas ahora: están
# detenidas (held); el participio tras el nombre solo las describe (claims.c, S_remain_before, attr copula). Solo
# cuando la cifra, el nombre de las personas y el participio de detención siguen de cerca (cinco palabras de
# complemento como mucho antes de la cifra, dos de nombre después).

@rule es.held.copula_inverted trigger event=held copula=1
  \b(?:estaban|estan|estarian|estuvieron|estaran|habia|hay|habria|existian|existen|se\s+encontraban|se\s+encuentran)\b
  (?=(?:\s+(?!(?:{NUMWORD}|y|e|o|u|ni|que|[a-z]*(?:ad|id)[oa]s?|[a-z]*(?:ando|iendo))(?![\p{L}]))[a-z]+){0,5}?\s+(?:(?:cerca|mas|menos|alrededor|por\s+encima)\s+de\s+|al\s+menos\s+|casi\s+|unos\s+|unas\s+|en\s+total\s+)?(?:\d[\d.,]*|(?:{NUMWORD})(?![\p{L}]))(?:\s+mil)?\s+(?:(?!(?:{NUMWORD}|y|e|o|u|ni|de|del)(?![\p{L}]))[a-z]+\s+){1,2}?(?:detenid|pres|encarcelad|recluid|retenid)[oa]s\b)
  + estaban a principios de febrero unos 10.000 palestinos detenidos por razones de seguridad => _=estaban
  + había en aquel momento 300 estudiantes presos en la cárcel central => _=había
  - estaban a principios de febrero unos 10.000 palestinos en la plaza
  - estaban allí 300 delegados a la espera de los presos
  - los 300 detenidos estaban en el patio
  - había confirmado que al menos 240 de los detenidos fueron liberados sin cargos
  - estaban liberando a 30 presos políticos detenidos en marzo
  - ni dónde se encuentran los cinco secuestradores y los seis presos a los que dejó salir
