# Twenty-second session (recall). Hostages evacuated from the seized place leave it: "more than 200 hostages were
# evacuated alive", "the captives have been evacuated". Only after a noun of captives: residents, tourists or the
# wounded who are evacuated were nobody's captives (en.other reads a bare "evacuated" as no event).
@fragment R22_CAPTIVES = (?<=hostages\s|captives\s|abductees\s|kidnapped\s)
@rule en.release.captives_evacuated trigger event=release
  {R22_CAPTIVES}(?:(?:all|finally)\s+)?(?:were|have\s+been|had\s+been|are\s+being|was)\s+(?:(?:all|safely|finally)\s+)?evacuated\b
  + some 40 hostages were evacuated alive by firefighters => _=were evacuated
  + the 12 captives have been safely evacuated by helicopter => _=have been safely evacuated
  - some 300 residents were evacuated from the fire
  - the hostages asked to be evacuated
