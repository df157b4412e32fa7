# English: figures that count no one held, freed or detained (twenty-fifth session, precision).

# The dead among the held or freed: "at least 43 of them are no longer alive", "found dead", "the bodies of
# another eight were handed over". Such a figure counts the dead, not a custody: a count bound to these words
# gives no record (events.pat's en.other.verb has "dead", "killed"; these are the predicates and nouns it lacks).
@rule en.other.dead25 trigger event=none
  \b(?:(?:are|were|is|was)\s+(?:now\s+)?no\s+longer\s+alive
     |(?:(?:are|were)\s+)?(?:found|believed|presumed|confirmed|declared|thought)\s+(?:to\s+(?:be|have\s+been)\s+)?dead)
  + officials believe at least 43 of them are no longer alive => _=are no longer alive
  + four inmates moved out of the jail were found dead in the van => _=were found dead
  - 43 of them are still alive
  - 120 hostages are still being held

# The bodies handed back or the deaths confirmed are counted by a figure that counts no living person ("handed over
# the bodies of another eight", "confirmed the death of at least 41 of them"): a veto on the figure alone (\K), so
# a count before it in the sentence ("let 51 prisoners go and handed back the bodies of nine") keeps its own word.
@rule en.veto.dead_count25 veto
  \b(?:(?:bodies|remains|corpses)\s+of(?:\s+(?:the|another|other|a\s+further))?|(?:death|deaths|killing)\s+of\s+(?:at\s+least|more\s+than|some|about|nearly|another|a\s+further))\s+\K(?:\d+(?:[.,]\d{3})*|(?:{NUMWORD})(?![\p{L}]))
  + the group freed 25 hostages alive and handed over the bodies of another eight => _=eight
  + the army confirmed the death of at least 41 of them => _=41
  + Israel let 51 prisoners go and handed back the bodies of nine guerrillas => _=nine
  - the bodies were found near the 12 freed men
  - the release of at least 41 of them

# Holding a citizenship, a passport or a nationality is no custody: "three other hostages, one of them holding US
# citizenship, had been killed" took "holding" as a held word. mask=1: the phrase hides the event word inside it.
@rule en.mask.holding_citizenship trigger event=none mask=1
  \b(?:hold(?:s|ing)?|held)\s+(?:(?:a|an|dual|joint|the|[\p{L}.]+)\s+){0,2}?(?:citizenship|nationality|passports?)\b
  + one of them holding US citizenship => _=holding US citizenship
  + two of the hostages held dual nationality => _=held dual nationality
  - two of the hostages are held in Gaza
  - five citizens held without charge

# Sentences that send nobody to prison: "the other 84 were given non-custodial sentences", "sentenced to community
# service". The whole phrase beats the shorter verdict word inside it (longer wins), and a count bound to it gives
# no record.
@rule en.none.noncustodial25 trigger event=none
  \b(?:(?:were|was|have\s+been|had\s+been)\s+(?:sentenced|condemned|given|handed)|received|got)\s+(?:to\s+)?(?:(?:only|a|an)\s+)?(?:non-custodial|alternative|suspended|community)\s+(?:sentences?|penalties|terms?|service|orders?)
  + The other 84 were given non-custodial sentences => _=were given non-custodial sentences
  + 12 protesters were sentenced to community service => _=were sentenced to community service
  + nine received suspended sentences => _=received suspended sentences
  - 12 protesters were sentenced to prison
  - 40 were sentenced to five years
  - The 80 given suspended terms were freed on Monday
