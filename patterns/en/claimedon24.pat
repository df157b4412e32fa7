# English: statement days (twenty-fourth session, claimedon).

# "Yesterday the superintendent gave a final figure of 537 people arrested", "the ministry offered a total of 40
# released": giving a figure of people is a report of it (en.cue.figure_given reads the same verbs before a colon),
# so the day that opens the sentence or stands beside the verb is the day of the statement.
@rule en.cue.figure_of cue
  \b(?:gave|gives|give|offered|offers|released|issued|provided|provides|presented|presents)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:figure|count|tally|total|estimate|toll)\s+of(?=\s+(?:(?:about|around|nearly|some|roughly|more\s+than|over|at\s+least|almost|up\s+to)\s+)?\d)
  + Yesterday the superintendent gave a final figure of 537 people arrested => _=gave a final figure of
  + the ministry offered a total of 40 released => _=offered a total of
  + the union presented its own count of about 300 detained => _=presented its own count of
  - he gave a figure of speech
  - the court released a total of nine pages
  - they gave a lot of 40 boxes
