# English: figures that count no one (thirteenth session, precision).

@lexicon EVENT_UNITS event_units.txt

# A figure that counts events ("detained in more than 90 demonstrations", "at Melbourne's three big protests"):
# the noun, or a word of size or kind and then the noun, right after the figure says what is counted.
@rule en.veto.event_units veto
  (?:\b(?:{NUMWORD})|(?<![\d.,])(?<![\d.,]\x20)\d(?:[\d.,]|\x20(?=\d))*+)\s+(?:(?:big|large|major|huge|mass|small|separate|different|simultaneous|violent|peaceful|new|more|further|other|weekend|nightly|daily|street|anti-government|rival|coordinated|police|army|military)\s+)?(?:{EVENT_UNITS})\b
  + the country has passed 12 amnesties since 1975 => _=12 amnesties
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

# People under investigation, facing trial or paid compensation went through none of our events ("there are at
# least 30 suspects under investigation", "169 activists still facing trial", "82,000 people received payments"):
# the phrase, with the state verb before it, binds the count to nothing rather than to "there are" or "received".
@rule en.other.investigated trigger event=none fate=1
  \b(?:(?:are|were|is|was|remain|remains|remained|still|now)\s+)?(?:still\s+)?(?:under\s+(?:criminal\s+|police\s+)?investigation|being\s+investigated|(?:facing|face|faces|faced)\s+trial|(?:stand|stands|standing)\s+trial)\b
  + there are at least 30 suspects under investigation => _=under investigation
  + 169 activists are still facing trial in three cities => _=are still facing trial
  + 40 people remain under police investigation => _=remain under police investigation
  - 40 people remain in custody awaiting trial
  - the investigation found 40 people were held
@rule en.other.compensated trigger event=none fate=1
  \breceived\s+(?:(?:a|an|the|their|his|her|its|financial|state|cash)\s+)?(?:payments?|compensation|reparations|redress|apolog(?:y|ies)|checks|cheques|damages|grants?|pensions?)\b
  + about 60,000 people received payments => _=received payments
  + 300 former detainees received state compensation => _=received state compensation
  - Ukraine received 95 prisoners in the exchange

# What a swap gives in return is freed too: "freed 1,150 prisoners in return for three soldiers captured in
# Lebanon" (the soldiers are released, whatever their own participle says). "in exchange for" is a release word
# already (en.release.verb_forms: "exchange").
@rule en.release.in_return trigger event=release
  \bin\s+return\s+for\b
  + Israel freed 1,150 prisoners in return for three soldiers => _=in return for
  - the soldiers returned home

# People yet to be freed are held now: "at least 2,000 people are yet to be freed", "300 prisoners waiting to be
# released". The phrase after the count (fate=1) beats the release word inside it and any word before the count.
@rule en.held.yet_to_be_freed trigger event=held fate=1
  \b(?:(?:are|is|were|was|remain|remains|remained)\s+)?(?:(?:yet|still)\s+to\s+be\s+(?:freed|released|set\s+free)|(?:waiting|waits|wait)\s+(?:to\s+be\s+(?:freed|released)|for\s+(?:their\s+)?release)|awaiting\s+(?:their\s+)?release)\b
  + at least 2,000 people are yet to be freed => _=are yet to be freed
  + 300 prisoners waiting to be released => _=waiting to be released
  + 40 detainees awaiting release => _=awaiting release
  - 40 detainees were released
