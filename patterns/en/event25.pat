# Twenty-fifth session (event): which word governs a figure's event when the words of the sentence disagree.
# A release that has not happened says the people are still held, as a demanded one does (docs/corpus.md, demands):
# one put off, delayed, suspended or frozen ("said it would postpone the release of 620 Palestinians"), one demanded
# after another thing the same verb demands ("demanding the withdrawal of troops and the release of 30 prisoners"),
# one named in a relative clause of those the speaker demands ("political prisoners whose release it demands"). A
# list of names handed over is no people handed over.
@lexicon DOC_WORDS25 document_words.txt

# A release put off, delayed, suspended, frozen or halted: the people are still inside (held).
@rule en.held.release_postponed trigger event=held demand=1
  \b(?:postpon(?:ed|es|e|ing)|delay(?:ed|s|ing)?|suspend(?:ed|s|ing)?|froze|frozen|freez(?:e|es|ing)|halt(?:ed|s|ing)?
     |put(?:s|ting)?\s+off|postponement\s+of|suspension\s+of|delay\s+(?:in|of)|freeze\s+on|halt\s+to)\b
  (?:[\s,]+(?!(?:and|but|while|although)\b)[^\s.;:,]+){0,2}?
  [\s,]+(?:(?:the|its|their|a|further)\s+)?(?:(?:planned|expected|scheduled|promised|announced)\s+)?
  (?:release|freeing|handover|hand-over)\b(?!\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:{DOC_WORDS25}|report|results?|footage|a\s+statement)\b)
  + the office said it would postpone the release of 620 Palestinians => _=postpone the release
  + Israel suspended the release of 600 prisoners => _=suspended the release
  + the postponement of the release of 45 hostages => _=postponement of the release
  + the junta froze the planned release of 30 detainees => _=froze the planned release
  - the government postponed the meeting and released 30 prisoners
  - police delayed the release of the names of the 12 detained
  - Israel completed the release of 600 prisoners

# A second thing demanded, after the first one's words: "demanded the withdrawal of troops and the release of 30
# prisoners". After "and" comes the release noun with its article, so "apologised and then released 20" (a release
# that happened, with its own verb) stays a release.
@rule en.held.demand_also trigger event=held demand=1 asks=1
  \b(?:demand(?:ed|s|ing)?|call(?:ed|s|ing)?\s+for|ask(?:ed|s|ing)?\s+for|press(?:ed|es|ing)?\s+for|urg(?:ed|es|ing)|seek(?:s|ing)?|sought)\b
  (?:[\s,]+[^\s.;:"“”«»]+){1,10}?
  [\s,]+and\s+["“«]?\s*(?:the|their|his|her)\s+(?:(?:immediate|prompt|urgent|swift)\s+)?
  (?:release|freedom)\b
  + he ended by demanding the acquittal of all the accused and "the immediate release of the ten men => _=demanding the acquittal of all the accused and "the immediate release
  + the gunmen demanded the withdrawal of troops and the release of 30 prisoners => _=demanded the withdrawal of troops and the release
  - they asked for forgiveness and then released 20 prisoners
  - he demanded answers. The release of 20 prisoners came the next day

# Those whose release the speaker demands, in a relative clause after the figure: "647 people it considers
# political prisoners and whose release it demands".
@rule en.held.whose_release_demanded trigger event=held demand=1
  \bwhose\s+(?:immediate\s+)?(?:release|freedom)\s+(?:[^\s.;:,]+\s+){0,2}?
  (?:demand\w*|call\w*\s+for|seek\w*|sought|ask\w*\s+for|press\w*\s+for|urg\w*|campaign\w*\s+for)\b
  + 647 people it considers political prisoners and whose release it demands => _=whose release it demands
  + the 40 detainees whose freedom their families seek => _=whose freedom their families seek
  - the 40 prisoners whose release came yesterday

# A list of names or a report handed over is no one handed over: "handed the mediators a list of 647 names". The
# phrase beats the release word inside it and goes (mask=1), so the count takes its event from the rest of the
# sentence.
@rule en.mask.handed_document trigger event=none mask=1
  \b(?:handed|hands|hand|handing)\s+(?:over\s+)?(?:(?:to\s+)?(?:the\s+)?[^\s.;:,]+\s+)?(?:(?:a|an|the|its|their|his|her|new|fresh|another)\s+){1,2}(?:{DOC_WORDS25}|lists?|dossiers?|names)\b
  + the alliance handed over a list of 647 names => _=handed over a list
  + the FARC had handed the government a new list => _=handed the government a new list
  - Hamas handed over three hostages
  - Hamas handed over the 12 hostages

# A hedged "more than" ("a little over 600", "slightly fewer than 300") is one qualifier: without the adverb in it
# the verb before ("Israel freed a little over 600 prisoners and detained Palestinians") stood too far from the
# figure to govern it, and a word after the figure ("detained") gave the event.
@rule en.qual.more_than_hedged qualifier q=more_than
  \b(?:a\s+little|a\s+bit|slightly|just\s+a\s+little|somewhat|just)\s+(?:over|more\s+than)\b{NUMSTART}
  + Israel freed a little over 600 prisoners => _=a little over
  + slightly more than 40 detainees were released => _=slightly more than
  - Israel freed more than 600 prisoners

@rule en.qual.less_than_hedged qualifier q=less_than
  \b(?:a\s+little|a\s+bit|slightly|just\s+a\s+little|somewhat|just)\s+(?:under|fewer\s+than|less\s+than)\b{NUMSTART}
  + freed a little under 300 prisoners => _=a little under
  - a little under half of the prisoners

# An event word dated by a possessive after "before / after / since" ("more than before January's releases began",
# "at 58 after tonight's release") dates something else, as "before the release" does (time_words): the phrase
# masks it (mask=1), and the count takes its event from the rest of the sentence. Not with "of" after it ("after
# last week's release of 50 prisoners" counts the released).
@rule en.mask.dated_event_word trigger event=none mask=1
  \b(?:before|after|since|until)\s+(?:(?:the|this|last|next)\s+)?\p{L}+['’]s\s+(?:releases?|handovers?|swaps?|exchanges?|arrests?|detentions?|round-ups?)\b(?!\s+of\b)
  + 1,137 political prisoners, more than before January's releases began => _=before January's releases
  + the number of hostages remaining at 58 after tonight's release => _=after tonight's release
  - after last week's release of 50 prisoners
