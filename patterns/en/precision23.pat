# English: figures that count no one, and the state of a population (twenty-third session, precision).

# A fraction ("two thirds of them", "three quarters of the prisoners") is a part, not a number of people.
@rule en.veto.fraction veto
  \b(?:{NUM21})[\s-]+(?:thirds|quarters|fifths)\b
  + about two thirds of them are black => _=two thirds
  + three-quarters of the prisoners => _=three-quarters
  - two prisoners in the quarters behind

# "Neither of the two was arrested": the denial of a pair already named counts no one.
@rule en.veto.neither_of_two veto
  \b(?:neither|none)\s+of\s+(?:the\s+)?(?:two|both)\b
  + Neither of the two was arrested => _=Neither of the two
  - one of the two was arrested

# How many there were at any one time ("fewer than 1,000 people were in custody at any one time", "up to 2,000
# people detained at any given time"): a population at a moment, held (docs/corpus.md, held or detention), whatever
# word tells of their capture. Right after the count's noun (fate=1, as en.held.kept_after). Not "at once", "at a
# time" or "simultaneously": they tell that something happened together ("10,000 prisoners were released at once",
# "led away one at a time"), which is no population.
@rule en.held.at_one_time trigger event=held fate=1
  (?<=[\p{L}\d])\s+\Kat\s+any\s+(?:one|given)\s+time\b
  + up to 2,000 people detained at any one time => _=at any one time
  - about 10,000 prisoners were released at once
  - 40 people led away one at a time

# Falling into someone's hands is being taken ("sixty of those freed had fallen into the guerrillas' hands in August",
# "40 protesters fell into the hands of the militia"): the capture, detention (docs/corpus.md, kidnappings and
# hostages).
@rule en.detention.fell_into_hands trigger event=detention
  \b(?:fell|fall|falls|fallen|falling)\s+into\s+(?:the\s+hands\s+of|(?:the\s+)?[\p{L}'’-]+(?:’s|'s|s’|s')?\s+hands)\b
  + sixty of those freed had fallen into the guerrillas' hands in August => _=fallen into the guerrillas' hands
  + 40 protesters fell into the hands of the militia => _=fell into the hands of
  - the city is in the hands of the rebels
