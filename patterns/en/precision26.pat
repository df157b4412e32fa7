# English precision, twenty-sixth session (tests in tests/test_precision26.c).

# Former prisoners are held no longer ("nine former detainees put out a joint statement", "has interviewed more
# than 20 of the former hostages"): the noun names people once held, and gives no event of its own; an event word
# beside it still counts them ("helped return about 900 former detainees to their families" is a release, en/124).
# It replaces the digits-only veto of en.veto.ratio, which dropped that release and missed number words and
# partitives. Longer than the held noun inside it, it wins the overlap.
@rule en.subject.former26 subject event=none
  \b(?:former|ex-)\s*(?:political\s+)?(?:prisoners|detainees|hostages|inmates|captives|convicts)\b
  + nine former detainees put out a statement => _=former detainees
  + 300 former political prisoners => _=former political prisoners
  + more than 20 of the ex-hostages => _=ex-hostages
  - 300 political prisoners
  - the former detention centre
