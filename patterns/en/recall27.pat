# Twenty-seventh session (recall: figures the start binary never took). Tests in tests/test_recall27.c.

# Handing over in a swap, in the base form after a modal or "to": "Moscow will hand over 23 Ukrainian soldiers",
# "agreed to hand over 40 prisoners", "would also hand 23 soldiers back". events.pat read only "handed over"; the
# other forms gave no event and the figure was lost. Only before a figure and a people noun (REL25_WHO): lists,
# weapons and bodies handed over count no one.
@rule en.release.hand_over_forms trigger event=release
  \b(?:(?:will|would|shall|could|may|might|must|to|'ll|also|then)\s+(?:also\s+)?hand(?:ing)?\s+(?:over|back)|(?:hands|handing)\s+(?:over|back))(?=(?:\s+(?:another|more\s+than|at\s+least|about|around|some|nearly|over|all|the|its|their))*\s*["“]?\s*(?:\d[\d,]*|(?:{NUMWORD})(?![\p{L}]))\s+(?!names\b|cases\b){REL25_WHO})
  | \b(?:(?:will|would|shall|could|may|might|must|to|'ll|also|then)\s+(?:also\s+)?hand|hands|handing)(?=(?:\s+(?:another|more\s+than|at\s+least|about|around|some|nearly|over|all|the|its|their))*\s*(?:\d[\d,]*|(?:{NUMWORD})(?![\p{L}]))\s+(?!names\b|cases\b){REL25_WHO}\s+(?:over|back)\b)
  + the Kremlin said Moscow would hand over 23 wounded Ukrainian soldiers => _=would hand over
  + Hamas agreed to hand over 40 hostages => _=to hand over
  + Moscow would also hand 23 Ukrainian soldiers back to Kyiv => _=would also hand
  - the commission will hand over 23 names
  - the army will hand over 300 rifles
  - will hand over the list of 23 detainees

# Coming back from captivity in the perfect tenses: "more than 300 soldiers had come back from captivity".
# events.pat read "returned from captivity" only.
@rule en.release.back_from_captivity trigger event=release
  \b(?:(?:had|have|has|having)\s+(?:come|got|gotten|made\s+it)\s+(?:back|home)|came\s+back|come\s+back|coming\s+back|got\s+back|made\s+it\s+back)\s+from\s+(?:captivity|their\s+captors)\b
  + more than 300 soldiers had come back from captivity => _=had come back from captivity
  + the 40 who came back from captivity => _=came back from captivity
  - they had come back from holiday

# Taken away into captivity in the passive or as a participle after the people (detention), as the active "gunmen
# took 251 people into Gaza" (en.detention.took_away, det25.pat) is: "251 people were taken into Gaza", "of the 251
# people dragged into Gaza", "300 villagers were carried off into the bush". Only with the same words of where
# captors take people (captivity, custody, the bush, Gaza) or "as hostages"; "taken to hospital" is none of ours.
@rule en.detention.taken_away_passive trigger event=detention
  \b(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)(?:taken|carried\s+off|carried\s+away|dragged|led\s+away|spirited\s+away)\s+(?:away\s+)?(?:(?:off\s+)?into\s+(?:captivity|gaza|the\s+(?:bush|forest|jungle|mountains|hills))|back\s+to\s+gaza|(?:away\s+)?as\s+(?:hostages|captives))\b
  + around 251 people were taken into Gaza during the attack => _=taken into Gaza
  + of the 251 people dragged into Gaza, 59 remain there => _=dragged into Gaza
  + about 300 villagers were carried off into the bush => _=carried off into the bush
  + 40 workers were led away as hostages => _=led away as hostages
  - 40 people were taken to hospital
  - gunmen had taken 40 farm workers into the bush
