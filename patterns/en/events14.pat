# English: event words that say something else, and demands (fourteenth session, figures).

@lexicon DOC_WORDS document_words.txt

# "Released" with a document as its object or subject means "made public": "it counts 90 prisoners, down from 75 on
# the list it released in March", "the police released figures showing 300 people held". mask=1: the phrase beats
# the release word inside it and then goes too, so the count is told by the rest of the sentence.
@rule en.mask.made_public trigger event=none mask=1
  \breleas(?:e|es|ed|ing)\s+(?:(?:a|an|the|its|their|his|her|new|latest|updated|official|full|first|preliminary|final|annual|monthly|weekly|partial|revised|detailed)\s+){0,3}(?:{DOC_WORDS})\b
  |\b(?:{DOC_WORDS})\s+(?:(?:that|which)\s+)?(?:(?:it|they|he|she|we|officials|authorities|the\s+[a-z]+)\s+)?(?:(?:had|has|have|was|were|is|are)\s+)?(?:just\s+)?releas(?:ed|es)\b
  + the group counts 90 prisoners, up from 75 on the list it released in March => _=list it released
  + the police released figures showing 300 people held => _=released figures
  + the army released the names of 12 soldiers => _=released the names
  + according to the report released on Monday => _=report released
  + the ministry has released its latest monthly figures => _=released its latest monthly figures
  - the police released 300 people
  - the list of prisoners released on Monday
  - they were released after the figures were checked

# Asking for a swap of one's own people in return: the people to be had in exchange are held now ("the rebels
# wanted to swap the hostages for 500 of their jailed fighters"). The phrase ends on "for", so it stands right
# before the figure it governs; a figure inside it (an offer to free so many) is left to the swap words.
@rule en.held.swap_plan trigger event=held demand=1
  \b(?:want(?:s|ed)?|sought|seeks?|seeking|propos(?:e|es|ed|ing)|offer(?:s|ed|ing)?|hop(?:e|es|ed|ing)|plann?(?:s|ed|ing)?|demand(?:s|ed|ing)?|tr(?:y|ies|ied|ying))\s+to\s+(?:swap|exchange|trade)\b
  (?:\s+[^\s\d.;:,]+){1,6}?\s+for\b
  + the rebels wanted to swap the hostages for 500 of their jailed fighters => _=wanted to swap the hostages for
  + the group had proposed to exchange the two soldiers for about 300 prisoners => _=proposed to exchange the two soldiers for
  - Israel exchanged three soldiers for 1,000 prisoners
  - they offered to exchange 1,000 prisoners for the soldier

# An age given by the youngest or oldest of a group is no count ("picked up in the raids and released, the
# youngest of them 14", "the oldest prisoner was 81"). The figure must follow "of them" or a verb or "aged", so
# "the oldest of the 30 prisoners" and "the oldest 30 prisoners" keep their count.
@rule en.veto.age_extreme veto
  \b(?:youngest|oldest|eldest)
  (?:\s+of\s+(?:them|whom|those|these|all)(?:,?\s+(?:being|was|is|aged|age|just|only|barely))?,?\s+
    |(?:\s+(?!of\b|the\b|and\b|a\b|an\b)[a-z]+)?,?\s+(?:(?:was|is|being|aged|age|just|only|barely|turned)\s+){1,2})
  (?:\d{1,3}|(?:{NUMWORD}))\b
  + picked up in the raids and released, the youngest of them 14 => _=youngest of them 14
  + the oldest prisoner was 81 => _=oldest prisoner was 81
  + the youngest, aged just 12, was sent home => _=youngest, aged just 12
  - the oldest of the 30 prisoners was freed
  - the oldest 30 prisoners were freed first
