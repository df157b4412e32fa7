# English event vocabulary found missing on the blind articles 74-78: people taken to police stations in the plural
# or without an article, releases with the terms said at once (bail, no charge).

# Taken to police stations is an arrest, whichever station and however many ("taken to police stations").
@rule en.detention.taken_to_station trigger event=detention
  \b(?:taken|brought|driven|ferried|transferred)\s+to\s+(?:(?:a|the|several|various|different|local|two|three)\s+)?police\s+(?:stations?|cells|headquarters)\b
  + some 40 fans were driven to several police stations => _=driven to several police stations
  + 14 students taken to police headquarters
  - brought food to the police station

# A release with its terms right after the verb ("freed on bail", "released without charge"): the terms belong to the
# verb, so a count after them is still its object.
@rule en.release.on_terms trigger event=release
  \b(?:freed|released|let\s+go|bailed)\s+(?:on\s+(?:bail|bond|parole|licence|license)|without\s+charges?|under\s+(?:conditions|restrictions))
  + the court freed on bail 14 dockers => _=freed on bail
  + police released without charge 9 stewards
  - asked for the release on bail of the 14


# Prisoners who leave a place are released ("some 80 political prisoners left the Central Prison", "five prisoners
# left the country"), as "left Sednaya" already says; leaving a hunger strike or leaving letters says nothing.
@rule en.release.left_place trigger event=release
  \b(?:{PEOPLE_HELD}|{PEOPLE_DETAINED})\s+(?:have\s+|had\s+|also\s+|finally\s+)?(?:left|abandoned|departed)(?=\s+(?:the|their)\s+(?!(?:hunger|strike|strikes|family|families|letters?|messages?|notes?|belongings|yard|courtyard|cells?)\b))
  + some 80 political prisoners left the Central Prison of Conakry => _=political prisoners left
  + five prisoners left the country for Mexico => _=prisoners left
  - the prisoners left the hunger strike
  - the detainees left letters for their families

# A verb of remaining right before the count says people are there ("inside the barracks remained 2,300 detainees"):
# held, whatever the noun's own event word says, as "there are" does.
@rule en.held.remain_before trigger event=held state=1
  \b(?:remain|remained|remains)(?=\s+(?:(?:some|about|more\s+than|at\s+least|nearly|another|only)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + inside the barracks remained 2,300 detainees => _=remained
  - 40 remained closed

# People who stay in police stations or cells ("about 20 protesters remain in police stations", "were still at the
# police station"): held.
@rule en.held.remain_in trigger event=held
  \b(?:remain(?:s|ed)?|(?:are|were|is|was)\s+still|still)\s+(?:held\s+)?(?:in|at)\s+(?:(?:the|a|several|various|two|three)\s+)?police\s+(?:stations?|cells)
  + about 20 protesters remain in police stations => _=remain in police stations
  + 25 youths were still at the police station => _=were still at the police station
  - went back to the police station

# People hanged or put to death are counted for something else ("Two men were hanged in January"), as "executed" is.
@rule en.other.hanged trigger event=none
  \b(?:hanged|put\s+to\s+death|sent\s+to\s+the\s+gallows)\b
  + two men were hanged in January => _=hanged
  - the portrait hung in the hall
