# English: held vs detention (twenty-first session). People kept at a place of custody are held; people sent or
# moved on to a camp or a detention centre are held there (docs/corpus.md "Gold records").

# "84 were held at the Metropolitan Detention Center", "were kept at the Kamunting camp": held at a place of custody,
# as en.held.held_in_place says it with "in"; it outranks the bare passive "were held" (an arrest on the day of a
# protest: "13 were held in Eskişehir the same day") because the phrase is longer.
@rule en.held.held_at_place trigger event=held
  \b(?:were|was|are|is|been|being)\s+(?:still\s+|then\s+|now\s+)?(?:held|kept|detained|locked\s+up)\s+at\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:prisons?|jails?|gaols?|penitentiar(?:y|ies)|camps?|detention\s+(?:centres?|centers?|facilit(?:y|ies))|holding\s+(?:centres?|centers?|facilit(?:y|ies)))\b
  + Of those, 84 were held at the Metropolitan Detention Center in Brooklyn => _=were held at the Metropolitan Detention Center
  + 300 men are still kept at the Kamunting camp => _=are still kept at the Kamunting camp
  - 13 were held at a police station overnight
  - the talks were held at the embassy

# Moved or sent on to a camp or a detention centre: "600 monks were taken in April to a detention centre", "40 of
# them were transferred to a labour camp". As en.held.kept_after (fate=1), the phrase outranks the count's own
# detention word and the "detention" of its destination. Not a prison or jail as destination: "taken to jail" is also how
# arrests are told, and with those destinations the blind validation set got one false claim; "sent to prison"
# stays en.held.verb's.
@rule en.held.sent_to_prison trigger event=held fate=1
  \b(?:taken|sent|transferred|moved|shipped|transported|removed)\s+(?:(?:in\s+\p{L}+|later|then|afterwards)\s+)?to\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:(?:detention|internment|prison|labou?r|re-?education)\s+(?:camps?|centres?|centers?|facilit(?:y|ies)))\b
  + about 600 monks were taken in April to a detention centre in Golmud => _=taken in April to a detention centre
  + 40 of them were transferred to a labour camp => _=transferred to a labour camp
  - 30 protesters were taken to jail
  - 12 were taken to hospital
  - he was sent to the training camp
