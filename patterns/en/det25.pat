# Twenty-fifth session (det: detention figures not taken). Three general causes of the arrest and kidnapping figures
# the set did not take, each in es, pt and en alike (docs/design.md, "Twenty-fifth session: detention figures not
# taken").

# Kidnappings counted as acts: "recorded more than 3,500 kidnappings in 2000", "2,310 abductions last year". Each is a
# person taken (docs/corpus.md, kidnappings and hostages: the taking is detention), as "2,000 arrests" are arrests.
# Not hijackings (planes and ships), nor the kidnapping of goods or data.
@rule en.detention.kidnap_acts trigger event=detention
  (?<=\d\s|thousand\s|million\s|hundred\s|two\s|three\s|four\s|five\s|six\s|seven\s|eight\s|nine\s|ten\s|eleven\s|twelve\s|dozen\s)(?:kidnappings|abductions)\b(?!\s+of\s+(?:planes|aircraft|ships|vessels|data|accounts))
  + the foundation recorded more than 3,500 kidnappings in 2000 => _=kidnappings
  + the group counted 2,310 abductions in the country last year => _=abductions
  - the kidnappings of planes in 1970
  - charged eight leaders over the policy of kidnappings

# Booking is the police's registering of an arrest, and en.detention.booked (events23r.pat) reads its passive ("were
# booked"); the active verb has the figure as its object: "officers had booked 3,381 adults and 468 juveniles",
# "deputies booked more than 200 protesters". Not flights, rooms or tickets (a word for them after the figure).
@rule en.detention.booked_active trigger event=detention
  \b(?:booked|(?:had|have|has)\s+booked)(?=(?:\s+(?:another|more\s+than|at\s+least|about|around|some|nearly|over|a\s+further))*{NUMSTART}(?!\s*["“«]?[\d,.]+\s+(?:more\s+)?(?:flights?|rooms?|tickets?|seats?|nights?|tables?|hotel|percent)\b)(?!\s*["“«]?\p{L}+\s+(?:more\s+)?(?:flights?|rooms?|tickets?|seats?|nights?|tables?)\b))
  + officers had booked 3,381 adults and 468 juveniles => _=had booked
  + deputies booked more than 200 protesters overnight => _=booked
  - she booked 3 flights to Madrid
  - the hotel had booked 300 rooms
  - they booked two tickets

# Taking people away into captivity is the taking (detention), as "levaram 80 pessoas" (pt.detention.took_away) and
# "se llevaron a 45 personas" (es.detention.verb) are: "gunmen took 251 people into Gaza", "took 30 villagers away".
# Only with a word of where captors take people after the object (away, into captivity or custody, the bush or
# forest, Gaza); "took 40 people to hospital" or "the ferry took 200 passengers" are none of ours.
@rule en.detention.took_away trigger event=detention
  \b(?:took|(?:had|have|has)\s+taken|carried\s+off|dragged)(?=(?:\s+(?:another|more\s+than|at\s+least|about|around|some|nearly|over|all))*{NUMSTART}(?:\s*[\p{L}\d,.'-]+){1,5}?\s+(?:away|off\s+into|into\s+(?:captivity|custody|gaza|the\s+(?:bush|forest|jungle|mountains|hills))|back\s+to\s+gaza)\b)
  + Hamas-led gunmen took 251 people into Gaza that day => _=took
  + the rebels took about 30 villagers away => _=took
  + gunmen had taken 40 farm workers into the bush => _=had taken
  - paramedics took 40 people to hospital
  - the ferry took 200 passengers across the bay
