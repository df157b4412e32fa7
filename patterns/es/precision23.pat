# Español: cifras que no cuentan a nadie y el estado de una población (sesión veintitrés, precisión).

# Una década dicha en palabras ("condenados en los años sesenta", "a finales de la década de los ochenta") es un
# tiempo, no una cifra de personas.
@rule es.veto.decade veto
  \b(?:anos|decada\s+de(?:\s+los)?)\s+(?:veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)\b
  + militares condenados en los años sesenta => _=años sesenta
  + al final de la década de los ochenta => _=década de los ochenta
  - sesenta presos condenados hace años

# Una fracción ("dos tercios de los presos", "tres cuartas partes") es una parte, no un número de personas.
@rule es.veto.fraction veto
  \b(?:{NUM21})\s+(?:tercios|cuartos|quintos|(?:terceras|cuartas|quintas)\s+partes)\b
  + dos tercios de los detenidos son jóvenes => _=dos tercios
  + tres cuartas partes de los presos => _=tres cuartas partes
  - dos presos en el cuarto de atrás

# "Ninguno de los dos fue detenido": la negación de una pareja ya nombrada no cuenta a nadie.
@rule es.veto.neither_of_two veto
  \bningun[oa]\s+de\s+(?:l[oa]s\s+)?dos\b
  + Ninguno de los dos fue detenido => _=Ninguno de los dos
  - uno de los dos fue detenido

# Cuántos había a la vez ("llegó a haber más de cien prisioneros a la vez", "estuvieron detenidas hasta 2.000
# personas al mismo tiempo"): una población en un momento, held (docs/corpus.md, held o detention), sea cual sea la
# palabra de su captura. La frase va del verbo de estado a "a la vez", alrededor de la cifra, y la gobierna desde
# antes (fate=1); justo detrás de una cifra sin sustantivo ("nunca fueron más de 40 a la vez") dice lo mismo. Sin
# el verbo de estado "a la vez" dice que algo pasó a un tiempo ("fueron detenidos a la vez", "140 comandos entraron a
# la vez"): eso no es una población.
@rule es.held.at_one_time trigger event=held fate=1
  \b(?:estuvieron|estaban|llego\s+a\s+haber|llegaron\s+a\s+estar|llego\s+a\s+tener|habia)\b(?:\s+(?!(?:y|pero|que|cuando|mientras)\b)(?:\d[\d.,]*\d|[^\s.;:]+)){1,8}?\s+(?:a\s+la\s+vez|al\s+mismo\s+tiempo|simultaneamente)\b
  | (?<=\d)\s+\K(?:a\s+la\s+vez|al\s+mismo\s+tiempo)\b
  + llegó a haber más de cien prisioneros a la vez => _=llegó a haber más de cien prisioneros a la vez
  + estuvieron detenidas hasta 2.000 personas al mismo tiempo => _=estuvieron detenidas hasta 2.000 personas al mismo tiempo
  + nunca fueron más de 40 a la vez => _=a la vez
  - 300 personas fueron detenidas a la vez
  - unos 140 comandos entraron a la vez
  - estaban en casa y, al mismo tiempo, 300 personas fueron detenidas

# Caer en poder o en manos de alguien es ser tomado ("Sesenta de los liberados cayeron en poder de la guerrilla el 30
# de agosto", "cayeron en manos de la policía"): la captura, detention (docs/corpus.md, secuestros y rehenes), como
# "cayeron prisioneros" (es.detention.taken_captive).
@rule es.detention.fell_into_hands trigger event=detention
  \bca(?:yeron|yo|en|ia|ian|er|ido|yeran|yera)\s+(?:ya\s+|luego\s+|despues\s+)?en\s+(?:poder|manos)\s+de\b
  + Sesenta de los liberados cayeron en poder de la guerrilla => _=cayeron en poder de
  + unos 40 manifestantes cayeron en manos de la policía => _=cayeron en manos de
  - la ciudad está en manos de los rebeldes
