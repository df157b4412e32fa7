# Twenty-eighth session (event): the right event when the sentence's words come in another order.
# - A release postponed, said after the noun ("the release of the 620 prisoners was postponed"): the people are
#   still inside (held), as in en.held.release_postponed, where the verb comes first.
# - Leaving a place said before the count, by inversion ("Out of Gaza came 15 hostages", "Returning from Russia
#   were 189 prisoners of war"): held people who leave are released, whatever the place. Only with a noun of the
#   held right after the number.
# - Receiving held people back ("Ukraine received back 189 prisoners") is already a release (en.release verbs).

@fragment NUM28 = (?:(?:more\s+than|about|around|nearly|almost|at\s+least|some|another|the)\s+)?(?:\d[\d.,]*(?:\s+{MULT})?|(?:{NUMWORD})(?![\p{L}]))

# The release of N prisoners postponed / delayed / suspended / put on hold, with the participle after the noun. At
# most eight words between, with no "and" / "but" / "which" (another clause).
@rule en.held.release_postponed_after trigger event=held demand=1
  \b(?:release|freeing|handover|hand-over)\s+of\s+(?:(?!(?:and|but|which|that|while|although)\b)[^\s.;:,"“”]+\s+){1,8}?
  (?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|would\s+be|will\s+be|remains|remained)\s+)
  (?:(?:again|now|also|then|indefinitely)\s+)?
  (?:postponed|delayed|suspended|frozen|halted|blocked|put\s+off|put\s+on\s+hold|on\s+hold|stalled)\b
  + the release of the 620 prisoners was postponed until further notice => _=release of the 620 prisoners was postponed
  + the freeing of 45 hostages has been suspended by the government => _=freeing of 45 hostages has been suspended
  + the release of about 30 detainees is now on hold => _=release of about 30 detainees is now on hold
  + the release of about 30 detainees was put on hold => _=release of about 30 detainees was put on hold
  - the release of 30 prisoners and the meeting were postponed
  - the release of 20 prisoners was completed on Monday
  - the release of 600 prisoners was announced yesterday

# Inverted leaving: a place first, then a verb of coming out or returning, then the count of held people.
@rule en.release.leave_inverted trigger event=release
  \b(?:(?:out\s+of|back\s+from|home\s+from)\s+(?:[\p{L}-]+\s+){1,3}?(?:came|come|walked|stepped|flew)
     |(?:returning|coming\s+back|coming\s+home)(?:\s+(?!(?:were|was|are)\b)[\p{L}-]+){0,6}?\s+(?:were|was|are))\b
  (?=\s+{NUM28}\s+(?:[\p{L}-]+\s+){0,2}?{PEOPLE_HELD}\b)
  + Out of Gaza came 15 hostages since January => _=Out of Gaza came
  + Returning from Russia were 189 prisoners of war => _=Returning from Russia were
  + Returning home on the plane were 40 detainees => _=Returning home on the plane were
  - Out of Gaza came 15 trucks of aid
  - Returning from Russia were 189 soldiers' bodies

# Held people counted with a participle and a plural place of custody ("Palestinians detained in Israeli prisons",
# "6,000 held in jails across the country"): a population in the prisons (held), as docs/corpus.md gives the ones
# that name the place. Never after a form of "be" or "get" ("were detained in makeshift jails": a day's arrests), nor with the event
# that brought them there ("after the riot": the tally of an event, detention; test_held25).
@rule en.held.participle_in_prisons trigger event=held
  (?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bgot\s)(?<!\bget\s)(?<!\bare\s)
  \b(?:detained|imprisoned|jailed|incarcerated|locked\s+up)\s+(?:(?:currently|now|still|today)\s+)?
  in\s+(?:(?:\S+\s+){0,2}?)(?:prisons|jails|gaols|penitentiaries|detention\s+centres|detention\s+centers|detention\s+facilities)\b
  (?![^.;:]*?\b(?:free|freed|freedom|releas|let\s+go|walked\s+(?:out|free)|return|regain|left|leave|after\s+(?:the|a|an)\s))
  + the total of Palestinians detained in Israeli prisons now exceeds 6,000 => _=detained in Israeli prisons
  + more than 6,000 people jailed in prisons across the country => _=jailed in prisons
  - 39 Palestinians detained in Israeli prisons regained their freedom
  - 20 youths were detained in makeshift jails
  - 300 protesters detained in the square
  - police reported 412 people detained in the city's jails after the riot
