# Spanish: releases and demands for release (twenty-first session). Written from the ways journalists say it, then
# checked against the corpus for new false claims. Each phrase is a trigger longer than any event word inside it,
# deciding by "The event" (docs/design.md).

# A release asked for as the second thing a demand names: "exigían dinero y la liberación de 20 presos", "pidió
# garantías y la excarcelación de los 12". The demand verb, a short first object with no conjunction, then "y" and a
# release noun with its article: the people asked for are still held (docs/corpus.md). A release noun with no article
# after "y" ("exigieron dinero y liberaron a 20") is not reached: a new verb starts a clause of its own.
@rule es.held.demand_and_release trigger event=held demand=1 asks=1
  \b(?:exig(?:e|en|io|ieron|ia|ian|ir|iendo|imos)|pid(?:e|en|io|ieron|iendo)|ped(?:ir|ia|ian|imos)|reclam(?:a|an|o|aron|aba|aban|ar|ando|amos)
     |demand(?:a|an|o|aron|aba|aban|ar|ando|as)|solicit(?:a|an|o|aron|aba|aban|ar|ando)|reivindic(?:a|an|o|aron|aba|aban|ar|ando))\b
  (?:[\s,]+(?!(?:y|e|pero|aunque|mientras)\b)[^\s.;:,]+){1,5}?
  \s+y\s+(?:la|su)\s+(?:inmediata\s+)?(?:liberacion|excarcelacion|libertad|puesta\s+en\s+libertad|salida\s+de\s+prision)\b
  + el comando exigía dinero y la liberación de 20 presos => _=exigía dinero y la liberación
  + el grupo reclamaba autonomía para la provincia y la excarcelación de 91 reclusos => _=reclamaba autonomía para la provincia y la excarcelación
  - el comando exigió dinero y liberó a 20 rehenes
  - el Gobierno aceptó las condiciones y la liberación de los 20 presos se produjo el lunes
  - pidieron perdón, y la liberación de los 20 presos llegó después

# Captors who let people out a few at a time: "fueron dejando salir a 118 rehenes", "iban dejando en libertad a los
# niños", "siguen dejando salir a grupos de pasajeros". The gerund after an auxiliary of a process.
@rule es.release.letting_out trigger event=release
  (?<!no\s)\b(?:fueron|fue|iban|iba|van|va|siguen|siguio|siguieron|seguian|continuan|continuaron|estaban|estan|han\s+ido|habian\s+ido|empezaron|comenzaron)\s+
  (?:(?:(?:a\s+)?dejando|a\s+dejar)\s+(?:salir|marchar|ir|partir|en\s+libertad|libres)|(?:a\s+)?soltando|a\s+soltar|(?:a\s+)?liberando|a\s+liberar|(?:a\s+)?excarcelando|a\s+excarcelar)\b
  + durante la noche fueron dejando salir a 118 rehenes => _=fueron dejando salir
  + los captores iban soltando a los pasajeros de diez en diez => _=iban soltando
  + el régimen empezó a excarcelar presos y siguió liberando a otros => _=siguió liberando
  - las autoridades no van dejando nada al azar
  - fueron dejando sus pancartas en la plaza

# Captives who are safe are out of their captors' hands: "los 80 rehenes están a salvo", "los secuestrados regresaron
# sanos y salvos". Only right after a noun of captives (tourists and crews are safe without having been held): the
# verb, and a few words before "sanos y salvos", follow it.
@fragment R21_CAPTIVES = (?<=rehenes\s|rehenes"\s|secuestrados\s|secuestradas\s|cautivos\s|cautivas\s|retenidos\s|retenidas\s)
@rule es.release.safe trigger event=release
  {R21_CAPTIVES}(?:(?:ya|todos|todas)\s+)?(?:estan|estaban|estuvieron|quedaron|quedan|se\s+encuentran|se\s+encontraban|fueron\s+llevad[oa]s|han\s+sido\s+llevad[oa]s|fueron\s+puest[oa]s)\s+(?:ya\s+|tod[oa]s\s+)?a\s+salvo\b(?!\s+de\b)
  | {R21_CAPTIVES}(?:[\p{L}]+\s+){0,3}?san[oa]s\s+y\s+salv[oa]s\b
  + dijo que los 80 rehenes estaban a salvo => _=estaban a salvo
  + los 12 secuestrados volvieron a casa sanos y salvos => _=volvieron a casa sanos y salvos
  - los rehenes no estarán a salvo mientras sigan en el avión
  - los 90 turistas del crucero están a salvo
  - los 12 niños volvieron sanos y salvos
