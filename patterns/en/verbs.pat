# Event verbs in every tense: the finite forms come from lexicons (verbs_*.txt, scripts/verb-forms), so a future
# ("will walk out of prison", "are set to leave jail"), a compound past ("had left custody") reads like the simple
# past, and a short adverbial may stand between the verb and its complement.

# A verb in any tense: one of the lexicon's finite forms, or an auxiliary split from its participle or infinitive by
# an adverb of the gap list.
@fragment LEAVE = (?:{VERB_AUX}\s+(?:{VERB_GAP}\s+){1,2}{LEAVE_TAIL}|{LEAVE_VERB})
@fragment REMAIN = (?:{VERB_AUX}\s+(?:{VERB_GAP}\s+){1,2}{REMAIN_TAIL}|{REMAIN_VERB})
@fragment HOME = (?:{VERB_AUX}\s+(?:{VERB_GAP}\s+){1,2}{HOME_TAIL}|{HOME_VERB})

# Up to three words of a time or manner adverbial ("finally", "actually", "on Sunday" is none: English puts it after).
@fragment VGAP = (?:{VERB_GAP}\s+){0,3}

# Up to two words that modify the place ("federal prison", "Evin prison", "the notorious Sednaya jail"), none of them
# a preposition or a pronoun that would make the place somewhere else ("left him in prison").
@fragment PLACE_MOD = (?:(?!(?:in|into|to|for|at|on|behind|from|him|her|them|us|me|and|or|with|after|before)\b)\p{L}+\s+){0,2}

# The service, staff or yard of a prison is no place of custody one leaves.
@fragment NOT_PLACE_OF = (?!\s+(?:service|system|staff|guards?|officials?|officers?|authorities|board|yard|reform|population|chief|battle|of\s+(?:their|his|her)\s+(?:child|kid|son|daughter)))

# Leaving prison, in any tense ("more than 3,100 inmates will walk out of prison", "are set to leave federal prison",
# "had left custody", "left several federal prisons"): a release. Only finite forms, so a wish ("want to leave prison") is none.
@rule en.release.leave_verb trigger event=release
  \b{LEAVE}\s+{VGAP}(?:(?:the|that|this|those|these|its|their|a|several|various|different)\s+)?{PLACE_MOD}{PRISON_PLACE}\b{NOT_PLACE_OF}
  + more than 3,100 federal inmates will walk out of prison => _=will walk out of prison
  + 300 detainees are set to leave federal prison => _=are set to leave federal prison
  + 40 activists had already left custody => _=had already left custody
  + about 200 prisoners emerged from the Evin prison => _=emerged from the Evin prison
  + eleven inmates left several federal prisons on Friday => _=left several federal prisons
  - they left the prison service in 2019
  - the guards left him in prison
  - the inmates want to leave prison
  - 300 prisoners left their cells for the prison yard
  - she left the custody of her children to him

# Staying in custody, in any tense ("300 would stay in jail", "are expected to remain behind bars"): held, the whole
# phrase, so that a participle alone ("detained") does not read as an arrest.
@rule en.held.remain_verb trigger event=held
  \b{REMAIN}\s+{VGAP}(?:in\s+(?:(?:police|state|military|pretrial|pre-trial|federal)\s+)?(?:custody|prison|jail|detention|captivity)|behind\s+bars|detained|jailed|imprisoned|incarcerated|locked\s+up|held|in\s+(?:the\s+)?hands\s+of)\b(?!\s+(?:yard|cells?\s+block))
  + 300 opponents would stay in jail => _=would stay in jail
  + 40 of them are expected to remain behind bars => _=are expected to remain behind bars
  + 12 reporters have remained in pretrial detention => _=have remained in pretrial detention
  + 30 women will still remain detained => _=will still remain detained
  - the case remains open
  - 30 people remain missing

# Going back home, in any tense ("fewer than 3,100 will actually go home", "are due to return home"): people held or
# counted out of custody are freed.
@rule en.release.home_verb trigger event=release
  \b{HOME}\s+{VGAP}(?:back\s+)?(?:home(?!\s+(?:office|secretary|minister|ministry|affairs|page|run|rule|state))|to\s+their\s+(?:homes|families))\b
  + fewer than 3,100 will actually go home => _=will actually go home
  + the 40 hostages are due to return home => _=are due to return home
  + 300 detainees returned back home => _=returned back home
  + the six hostages are finally coming home => _=are finally coming home
  - 3,000 protesters came home after the rally
  - 3,000 protesters went home after the rally
  - she went to the Home Office
  - they go to their offices

# Releasing and detaining, in any tense the older rules did not spell ("will detain 300 protesters", "are set to jail
# 20", "would parole 40"): the lexicons hold every finite form, simple and compound, never a bare infinitive.
@rule en.release.verb_forms trigger event=release
  \b(?<!press\s)(?<!news\s){RELEASE_VERB}\b
  + the board would parole 40 inmates => _=would parole
  + the junta is set to free 300 prisoners => _=is set to free
  + they have released 30 => _=have released
  - a press release said
  - they want to free them

@rule en.detention.verb_forms trigger event=detention
  \b{DETAIN_VERB}\b
  + police will detain 300 protesters => _=will detain
  + the army is set to jail 20 leaders => _=is set to jail
  + agents have rounded up 15 => _=have rounded up
  - the country's jails hold 300
  - they vowed to arrest

# Freedom gained, in any tense ("will regain their freedom", "won their liberty"): a release. Freedom of speech or
# to do something is none.
@rule en.release.freedom trigger event=release
  \b{FREE_VERB}\s+{VGAP}(?:(?:their|his|her|its)\s+)?(?:freedom|liberty)\b(?!\s+(?:of|to|for)\b)
  + 300 prisoners will regain their freedom => _=will regain their freedom
  + 40 activists finally won their liberty => _=won their liberty
  - they won freedom of speech
  - the party gained freedom to act

# Held in custody, in any tense of the passive ("will be held until the trial", "are to be held without charge"): held.
# A meeting or an election that "will be held" has no count of people, so the participle needs a place or a term
# after it, or a count before it (claims.c binds only counts).
@rule en.held.passive_verb trigger event=held
  \b{HELD_PASSIVE}\s+{VGAP}(?:held|kept\s+(?:in\s+(?:custody|prison|jail|detention)|behind\s+bars|locked\s+up))\b(?!\s+(?:on|at|in\s+(?:the\s+)?(?:capital|city|hall|stadium|square|parliament)|every|annually|next|later|back|up|responsible|accountable|liable|hostage\s+by\s+the\s+weather))
  + 300 opponents will be held until March => _=will be held
  + 300 opponents are to be held without charge => _=are to be held
  + 40 reporters will continue to be kept behind bars => _=will continue to be kept behind bars
  - elections will be held on Sunday
  - the summit would be held in the capital
  - they will be held accountable
