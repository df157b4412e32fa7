# Twenty-third session (recall). People brought out of a seized place alive or safely are freed, as "were brought out
# alive" is (en.release.made_it_out): "15 hostages brought out alive so far", "troops brought out alive 21 captives".
# en.release.made_it_out wants a passive auxiliary before; the bare participle after the count and the active verb
# say the same. Not out of rubble, water or a mine: survivors of a quake or a flood were no one's captives.
@rule en.release.brought_out_alive trigger event=release
  (?<!were\s)(?<!was\s)(?<!been\s)(?<!being\s)\b(?:brought|led|carried|escorted)\s+out\s+(?:alive|safely|unharmed|unhurt)\b(?!\s+(?:from|of)\s+(?:the\s+)?(?:rubble|debris|water|river|sea|mine|wreckage|collapsed))
  + he had counted at least 15 hostages brought out alive so far => _=brought out alive
  + troops brought out safely 21 captives => _=brought out safely
  - 12 miners brought out alive from the mine
  - the 32 hostages who survived were brought out alive

# Arrests read as people booked: "about 250 adults had been booked", "at least 790 people were booked on Thursday",
# "booked into the county jail". Booking is the police's recording of an arrest. Not a booked flight, room, show or
# act, nor a footballer shown a yellow card ("two players were booked for dissent").
@rule en.detention.booked trigger event=detention
  (?<!players\s)(?<!player\s)(?<!footballers\s)\b(?:were|was|been|being|are|is|get|got)\s+booked\b(?!\s+(?:on|onto|into|in|for|to|as)\s+(?:a\s+|an\s+|the\s+)?(?:flights?|seats?|rooms?|hotels?|shows?|tours?|trips?|dissent|fouls?|time-wasting|headliners?|speakers?|guests?|acts?|concerts?|gigs?|sessions?|appointments?|tables?|festivals?|events?|season|summer|weddings?|parties)\b)
  | \bbooked\s+(?:in|into)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:jail|prison|gaol|lockup|detention\s+cent(?:er|re))\b
  + about 250 adults had been booked => _=been booked
  + at least 790 people were booked on Thursday => _=were booked
  + 40 protesters were booked into the county jail => _=were booked
  - 30 people were booked on the flight to Lisbon
  - two players were booked for dissent
  - the band was booked for the festival
