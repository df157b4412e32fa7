# English: figures that count no one (twenty-first session, precision).

@fragment NUM21 = (?:\b(?:{NUMWORD})(?![\p{L}])|(?<![\d.,])\d{1,3}(?![\d.,]\d))

# "She has spent 15 of the past 21 years in detention": a part of a length of time is a length of time; the whole's
# unit is the part's too, so neither figure counts people.
@rule en.veto.part_of_time veto
  \b(?:{NUM21})\s+of\s+(?:the|those|these|his|her|their|its)\s+(?:past\s+|last\s+|previous\s+|first\s+|next\s+|following\s+)?(?:{NUM21})\s+(?:years|months|weeks|days|nights|hours|decades)\b
  + she has spent 15 of the past 21 years detained => _=15 of the past 21 years
  + he was held for 11 of his 14 months in a cell => _=11 of his 14 months
  - 15 of the 21 prisoners were released
  - three of the past five presidents
