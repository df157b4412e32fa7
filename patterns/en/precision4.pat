# English: figures that count no one (thirteenth session, precision).

@lexicon EVENT_UNITS event_units.txt

# A figure that counts events ("detained in more than 90 demonstrations", "at Melbourne's three big protests"):
# the noun, or a word of size or kind and then the noun, right after the figure says what is counted.
@rule en.veto.event_units veto
  (?:\b(?:{NUMWORD})|(?<![\d.,])(?<![\d.,]\x20)\d(?:[\d.,]|\x20(?=\d))*+)\s+(?:(?:big|large|major|huge|mass|small|separate|different|simultaneous|violent|peaceful|new|more|further|other|weekend|nightly|daily|street|anti-government|rival|coordinated|police|army|military)\s+)?(?:{EVENT_UNITS})\b
  + they were detained in more than 90 demonstrations across the country => _=90 demonstrations
  + arrests at the city's three big protests => _=three big protests
  + after 40 police raids => _=40 police raids
  + in 235 demonstrations held in 67 cities => _=235 demonstrations
  - police arrested 40 protesters
  - 40 were detained at protests
  - three more protesters were freed

# A population is no count of people held or freed ("a country of around 100 million people", "a city of 2
# million"): the place noun and "of" right before the figure take it.
@rule en.veto.population veto
  \b(?:country|nation|population|city|town|state|island|region|province)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|close\s+to|just\s+over|just\s+under)\s+)?(?:\d[\d.,]*(?:\s+(?:{MULT})\b)?|(?:{NUMWORD})(?:\s+(?:{MULT})\b)?)
  + a country of around 100 million people => _=country of around 100 million
  + a nation of 47 million => _=nation of 47 million
  + a population of 3,000 => _=population of 3,000
  - a group of 30 prisoners
  - a list of 40 detainees
