# English claimants: reporting verbs, "according to X", references, organisations, governments and titles.

# A report or inquiry reports what it found: "the study found that 300 were held", "a report ... concluded that".
@rule en.cue.finding cue
  \b(?:found|finds|find|concluded|concludes|conclude|ruled)(?=\s+that\s)
  + A report by the rights group found that 300 were held => _=found
  + the inquiry concluded that 40 detainees had died => _=concluded
  - the police found 40 people in the building
  + In her ruling, the judge ruled that eleven people had been detained => _=ruled
  - twenty people were held that night

# Twentieth session (restated). "The government replied that there were not 311 political prisoners": a reply is
# a report of what its speaker says, when it opens what is said ("that"); a bare "replied" stays out.
@rule en.cue.replied cue
  \b(?:replied|responded|retorted|countered)(?=\s+(?:[\p{L}\-]+\s+){0,2}?that\b)
  + The government replied that there were no political prisoners => _=replied
  + the minister countered on Monday that the figure was false => _=countered
  - he replied to questions from reporters
  - the reply that came

@rule en.cue.report cue
  \b(?:said|says|say|told|tells|announced|announces|confirmed|confirms|estimated|estimates|reported|reports|claimed|claims|stated|states(?=\s+that)|added|adds|(?<!\bto\s)add(?=\s*[.,;])|noted|notes|explained|declared|wrote|writes|tweeted|posted|counted|counts|recorded|records|documented|documents|tallied|insisted|acknowledged|admitted|asserted|affirmed|affirms|reaffirmed|maintained|maintains|warned|revealed|disclosed|informed|published|indicated|calculated|registered|cited|cites|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|underscored|pointed\s+out|points\s+out|reiterated|reiterates|clarified|specified|detailed(?=\s+(?:that|how)\b)|highlighted|assured|argued|argues|alleged(?=\s+that)|alleges(?=\s+that)|denounced|denounces|contabilized|contabilizes|puts?\s+the\s+(?:number|figure|total|toll|tally)(?:\s+of(?:\s+[\"\x{201C}]?[\p{L}-]+[\"\x{201D}]?){1,8}?)?\s+at(?=\s)|(?:puts?|putting|pegged|pegs|placed|places)\s+(?:the|its|their|that|this)(?:\s+day's|\s+week's|\s+night's|\s+(?:overall|official|latest|total))?\s+(?:arrests|detentions|detainees|releases|prisoners|arrest\s+(?:count|toll|figure))\s+at(?=\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|more\s+than\s+|over\s+|at\s+least\s+)?\d)|puts?\s+the\s+(?:number|figure|total|toll|tally)(?=\s[^.;:]{0,100}?\sat\s+(?:about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|at\s+least\s+)?\d)|has\s+said|have\s+said|had\s+said|(?:was|were|is|are|has\s+been|had\s+been)(?:\s+(?:already|still|now|also))?\s+(?:reporting|saying|claiming|estimating|counting|telling(?=\s+(?:reporters|journalists|the\s+press|parliament|lawmakers)\s+that\b))|verified|listed|lists|recognises|recognizes|recognised|recognized|tracks|tracked|believes|believed|puts|recalled|recalls|recounted|recounts|remembers|remembered|went\s+on\s+to\s+say|went\s+as\s+far\s+as\s+to\s+say|(?:spoke|speaks|speak|talked|talks|(?:has|have|had)\s+(?:spoken|talked)|(?:was|were)(?:\s+(?:still|already|then))?\s+(?:speaking|talking))\s+(?:of|about)(?=\s+[\"\x{201C}]?(?:(?:some|about|around|nearly|almost|(?:a\s+little\s+|slightly\s+|far\s+|well\s+)?(?:more|fewer|less)\s+than|at\s+least|over|up\s+to|as\s+many\s+as)\s+)?\d))\b
  + Roughly 20 were let go overnight, officials add. => _=add
  - There was nothing more to add.
  - the new cells add 40 places
  + Foro Penal said
  + the spokesman was telling reporters that fewer than 200 remained => _=was telling
  - he was telling the story of his arrest
  + the governor affirmed that 40 inmates => _=affirmed
  + an AFP tally put the number of arrests at 1,195
  + police put the day's arrests at 770 => _=put the day's arrests at
  + the group pegged its releases at about 40 => _=pegged its releases at
  - he put the detainees at risk
  + officials put the toll at 40
  + The police has put the number of people arrested at about 800 => _=put the number of people arrested at
  + put the number of "rioters" arrested in the province at 3,200
  + had put the number arrested since the curfew began on Tuesday evening at 27 => _=put the number
  + said Alfredo Romero
  + the NGO counts 800
  + the NGO recalled that
  + the governor went on to say that
  + at the time the government was still speaking of 300 detainees => _=was still speaking of
  - the minister spoke about the protests
  + The mayor has spoken of "a little more than 200" arrests => _=has spoken of
  + He put the number of detainees freed in the capital alone at about 900
  + The minister also informed MPs that 300 people
  + the group has for years cited a higher figure of 119 arrests => _=cited
  + the NGO contabilized more than 1,200 political prisoners => _=contabilized
  + the group denounced that at least 17 people were detained => _=denounced
  + the ministry stressed that only 40 remain in custody => _=stressed
  + the lawyer pointed out that 12 are still held => _=pointed out
  + the NGO alleged that 300 people were detained => _=alleged
  - the alleged plot
  - a detailed report
  + the ministry was already reporting 300 arrests => _=was already reporting
  + the prefecture is now counting 40 people in custody => _=is now counting
  - his reporting of the count
  - a report on
  
# Seventeenth session. "State news agency ABI quoted del Castillo as saying that…", "the minister was quoted as
# saying": the one quoted as saying speaks; the agency that quotes only carries it (claimant.c finds the subject, the
# name right before "as saying").
@rule en.cue.quoted_as_saying cue quoted=1
  \bas\s+(?:saying|telling\s+(?:reporters|journalists|the\s+press))(?=\s)
  + ABI quoted the minister as saying that 12 soldiers => _=as saying
  + he was quoted as telling reporters that 40 => _=as telling reporters
  - as she said
  - such as sayings

# "The ministry gave a lower count: about 3,500 detained": a figure given after a colon, announced by a verb of giving
# and a noun for a figure, is the subject's report.
@rule en.cue.figure_given cue
  \b(?:(?:gave|give|gives|offered|offers|presented|presents|released|cited|cites|put\s+forward|puts\s+forward)(?:\s+[^\s:;,.\d]+){0,7}?|has|had)\s+(?:a|an|the|its|their|another|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:count|figure|figures|number|numbers|tally|total|estimate|toll|account|version)(?:\s+\p{L}+){0,3}?(?=\s*:)
  + The ministry gave a lower count: about 3,500 detained
  + police offered another figure: 40 held
  + the group has a much higher estimate: 900
  + presented that same day to the Senate a slightly higher figure: 3,127 detained => _=presented that same day to the Senate a slightly higher figure
  - gave a lower count of 40
  - gave a speech: 40

@rule en.cue.dispute cue stance=disputes
  \b(?:(?:rejected|rejects|dismissed|dismisses)\s+(?:[\p{L}\-]+\s+){0,2}?(?:the|those|these)(?=\s+(?:more\s+than\s+|about\s+|some\s+|nearly\s+)?\d)|disputed|disputes|dispute|contested|contests|contest|questioned|questions|challenged|challenges|rejected\s+(?:the|that|this|these|those)\s+(?:(?:official|government's|authorities'|police)\s+)?(?:figures?|numbers?|count|tally)|contradicted|contradicts)\b
  + groups dispute this number
  + the NGO questioned
  + the families rejected the 120 hostages the police spoke of => _=rejected the
  + the spokesman flatly dismissed the 300 figure => _=dismissed the
  - the court rejected the two appeals
  + Amnesty rejected the official figure
  + the ministry rejected those figures => _=rejected those figures
  - a question of

@rule en.cue.deny cue stance=denies
  \b(?:(?:denied|denies|deny|denying|dismissed|dismisses|dismissing|rejected|rejects|rejecting)\s+(?:(?:the|these|those|such)\s+)?(?:[\p{L}\-]+(?:'s?|’s?)?\s+){0,3}?(?:claims?|reports?|allegations?|accounts?|count|estimates?|figures?|tally)(?:\s+[\p{L}\-]+){0,4}?(?=\s+(?:that|of)\s)|denied|denies|deny|denying|rejected\s+reports|rejected\s+the\s+(?:claim|claims|estimate|figure|report)s?)\b
  + the ministry denied that 300 people
  + she rejected the claim that more than 600 assailants
  + the ministry denied opposition claims that 400 people => _=denied opposition claims
  + she dismissed reports on social media that 200 students => _=dismissed reports on social media
  + an official rejected the lawyers' count of more than 50 => _=rejected the lawyers' count
  - denim

# Sixteenth session. "Figures from the Home Office show that 1,000 people…", "Records of the county jail, reviewed by
# AP, show that 52…": figures named after their owner, as subject of a verb of showing, are that owner's report,
# as "according to figures from the Home Office" is (the owner is read right after the phrase).
# Sixteenth session. "the next day's press confined itself to saying 'more than 200'", "local media were already
# reporting 400 arrests", "the ministry would only say that 40 remained": giving no more than a figure, or giving it
# already, is giving it.
@rule en.cue.confined cue
  \b(?:confined|limited)\s+(?:itself|themselves|himself|herself)\s+to\s+(?:saying|reporting|speaking\s+of|mentioning|confirming)|would\s+only\s+say|(?:was|were)\s+already\s+(?:reporting|talking\s+of|speaking\s+of|counting)
  + the local press confined itself to saying that 200 were held => _=confined itself to saying
  + local media were already reporting more than 400 arrests => _=were already reporting
  + the ministry would only say that 40 remained in custody => _=would only say
  - confined to barracks

# Sixteenth session. "In 2010 he went further, recalling that some 1,600 people had been arrested", "he revised the
# estimate, saying as many as 1.5 million may have been held": a participle of saying after a comma, followed by
# what was said ("that" or the figure), speaks for the subject of the sentence.
@rule en.cue.participle cue participle=1
  (?<=,\s)(?:saying|adding|recalling|noting|claiming|stating|estimating|insisting|acknowledging|admitting|explaining|asserting)(?=\s+(?:that\b|(?:some|about|around|nearly|almost|more\s+than|at\s+least|as\s+many\s+as|up\s+to|over)\s|\d))
  + In 2010 he went further, recalling that some 1,600 people had been arrested => _=recalling
  + he revised the estimate, saying as many as 1.5 million people may have been held => _=saying
  - recalling the arrests
  - saying goodbye

# "The most quoted figure comes from the ministry itself", "that estimate came from the NGO": where a figure comes from
# says who gives it (twentieth session)
@rule en.source.comes_from source
  \b(?:the|this|that)\s+(?:(?!of\b)\p{L}+\s+){0,3}?(?:figure|number|estimate|tally|count)\s+(?:comes|came)\s+from(?:\s+the)?\b
  + The most quoted figure comes from the ministry itself: 33,755 prisoners => _=The most quoted figure comes from the
  + that estimate came from Foro Penal => _=that estimate came from
  - the number of prisoners came from three jails

@rule en.source.data_subject source
  (?:\A|(?<=\n)|(?<=[.!?:;]\s)|(?<=[\x{2014}\x{2013}]\s))(?:(?:the\s+)?(?:latest\s+|official\s+)?(?:data|figures|records|statistics|numbers)\s+(?:from|of|released\s+by|published\s+by|compiled\s+by|kept\s+by))(?=\s+[^.;:]{3,120}?\s+(?:show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested|put|puts|reveal|revealed)\b)
  + Figures from the Home Office show that 1,000 people => _=Figures from
  + Records of the county jail, reviewed by AP, show that 52 => _=Records of
  - Figures from the Home Office
  - according to figures, 40 were held, officials show

@rule en.source.according source
  \b(?:according\s+to|citing|per|as\s+reported\s+by|as\s+counted\s+by|in\s+the\s+(?:view|opinion|estimation|reckoning)\s+of)(?:\s+(?:(?:the|a|an)\s+)?(?:(?:latest|new|most\s+recent|official|weekly|monthly|annual|own)\s+)?(?:figures|data|count|tally|report|records|estimates|numbers|statement|text|document|study)\s+(?:from|by|of|(?:released|published|compiled|kept|made|gathered)\s+by))?\b
  + according to Foro Penal
  + according to the latest figures from the Interior Ministry => _=according to the latest figures from
  + according to figures from the NGO
  + according to the text of the NGO, four remain jailed => _=according to the text of
  + according to a count compiled by the agency => _=according to a count compiled by
  + In the view of the association, 2,000 people were arrested => _=In the view of
  - accordingly

# "an AFP tally of figures given by police chiefs put the number at 1,195", "a Reuters count shows": a count,
# tally or survey named after whoever made it is that one's figure; the name right after the article is the source.
@rule en.source.tally source exact
  (?<![\p{L}])(?:[Aa]n?|[Tt]he)(?=\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}\s+(?i:tally|tallies|count|survey|analysis|compilation|review|estimate|calculations?)(?![\p{L}]))
  + an AFP tally of figures given by police chiefs put the number at 1,195 => _=an
  + A Reuters count shows 40 detained => _=A
  - an AFP reporter counted
  - the tally shows

@rule en.pronoun.person pronoun exact ref=person speaker=1
  \b(?:he|she|He|She)\b|(?<=[Aa]ccording\x20to\x20)(?:him|her)\b(?!\s+\p{L})
  + he said
  + She added
  + According to him, about 45 people => _=him
  - the
  - according to her lawyer

# A reference to a body may carry a modifier or two ("the Peruvian group", "the lawyers' group"), but not as an
# apposition after a comma ("Kiri Ngata, the youth group that …"), which en.pronoun.org_apposition reads.
@rule en.pronoun.org pronoun ref=organization
  \b(?:the|this)\s+(?:same\s+)?(?:(?<!,\x20the\x20|,\x20this\x20)(?!of\b)[\p{L}'\x{2019}\-]+\s+){0,2}?(?:organization|organisation|ngo|group|watchdog|observatory|monitor|committee|coalition|association|foundation|platform|network|centre|center|forum|party|council|commission|union|institute|alliance|campaign|collective|league|entity|federation|confederation)\b(?!\s+of\b)
  + The student federation says about 100 => _=The student federation
  + the NGO claims
  + according to the commission, 532 people were arrested
  + the union said
  + the group said
  + according to the party, 200 remain jailed
  + the council said
  + The Peruvian group said => _=The Peruvian group
  + the lawyers' group said => _=the lawyers' group
  + the London-based rights group said => _=the London-based rights group
  - Kiri Ngata, the youth group that organised the vigil
  - the council of ministers
  - the group of prisoners

# "the hijackers", "the kidnappers", "the commando", "the insurgents": the people holding hostages or prisoners
# speak for the armed group that holds them, named before in the story ("The Popular Front for the Liberation of
# Palestine seized three planes … the hijackers demanded the release of seven"): a reference to the organisation
# named before, never to a person; with none named, the description itself (twenty-first session).
@rule en.pronoun.captors pronoun ref=organization armed=1
  \b(?:the|its|their)\s+(?:[\p{L}'\x{2019}\-]+\s+)?(?:hijackers|kidnappers|captors|abductors|hostage[\s\-]takers|commando|guerrillas|insurgents|militants|gunmen)\b(?!\s+(?:of|who|that)\b)(?!['\x{2019}])
  + The hijackers demanded that Israel free 700 prisoners => _=The hijackers
  + the insurgents insisted that Kabul free eight prisoners => _=the insurgents
  + its commando demanded the release of ten => _=its commando
  + the Palestinian kidnappers said => _=the Palestinian kidnappers
  - the hijackers' demands
  - the kidnappers of the journalist
  - a hijacker said

# "It demanded the release of seven", "They demanded that Israel free 700": a bare "it" or "they" asking for
# prisoners to be freed is the armed group named before (a group of protesters or a government named before is no
# armed group and stays unresolved); armed=1 as for the captors above (twenty-first session).
@rule en.pronoun.captors_asking pronoun exact ref=organization armed=1
  \b(?:It|it|They|they)(?=\s+(?:also\s+|then\s+|again\s+|had\s+|have\s+)?(?:demanded|demand|demands|insisted|called\s+for|asked\s+for)\b)
  + It demanded the release of seven people => _=It
  + They also demanded the release of 11 prisoners => _=They
  - It was the release of seven people
  - they said 40 remain in custody

# "police add", "officials add": the plural present of "adds", closing an inverted report.
@rule en.cue.add cue
  \badd(?=\s*[,.;])
  + Roughly 15 have been released, police add. => _=add
  - add to the tally of 40 arrests
  - they add 40 names to the list

# "the organisers", "the convoy's organizers": the people who called a protest speak for the body that called it
# (the gold names that body): a reference to the organisation named before, never to a person (eighteenth session)
# Twenty-second session. '"All 16 are free," the company said in a statement': a company, a shipowner or an
# airline the text named before speaks through "the company". Resolved like en.pronoun.org (the organisation named
# last), but never standing as the literal description when none was named (resolved=1, subjects.c): "company" is
# no claimant.
@rule en.pronoun.company pronoun ref=organization resolved=1
  \bthe\s+(?:company|firm|shipowner|airline)\b(?!\s+(?:of|'s)\b)(?!['\x{2019}]s)
  + "All 16 are free," the company said in a statement => _=the company
  + the airline said 40 passengers were freed => _=the airline
  - the company of soldiers
  - the company's lawyers

@rule en.pronoun.organisers pronoun ref=organization
  \b(?:the|its|their)\s+(?:[\p{L}'\x{2019}\-]+\s+)?organi[sz]ers\b(?!\s+of\b)
  + according to the organisers, 450 people were detained => _=the organisers
  + the convoy's organizers said => _=the convoy's organizers
  + the march organizers say
  - organisers of the Bersih movement say
  - the organisers of the march said
  - the organiser said

@rule en.pronoun.gov pronoun ref=government
  \b(?:the\s+)?(?:executive|regime|administration|ministry|kremlin)\b|\bthe\s+(?:same\s+)?(?:court|bureau|force|tribunal|prefecture|office|department|presidency|junta|police\s+force|prosecutor's\s+office|service|police\s+service|prison\s+service)\b(?!\s+of\b)(?!\s+(?:station|road|area|entrance|charge|record)s?\b)
  + the regime said
  + had been released by Saturday morning, the service said
  - the service station
  + the office said
  + the same department reported
  + according to the court, 1,400 were released
  + according to the prefecture
  - the prefecture of police
  - the court of appeal
  - administrative
# "the statement says", "according to the communiqué", "the note adds" (twenty-first session, second wave): a document
# the text named before speaks for its maker, the body the text named last (as "the body said", body=1; never a
# person, none named before: no claimant). Only the definite document as the subject of a verb of saying or after
# "according to" before a comma ("the report of the commission", "the same report" are other rules); not "the release"
# (an event), not "the text" (as often a post's or a law's).
@rule en.pronoun.document pronoun ref=organization body=1
  \b(?:the|this|that|its|their)\s+(?:(?:written|official|brief|short|joint|latest|final|annual|full)\s+)?(?:statement|communiqu[eé]|note|letter|decree|bulletin|notice|report|press\s+release)\b(?!\s+(?:of|by|from|on|in|that)\b)(?=\s*,?\s*(?:also\s+)?(?:says|said|adds|added|states|stated|notes|noted|reads|read|claims|claimed|recalls|recalled|specifies|specified|explains|explained|continues|continued|lists|listed|describes|described|puts|put|gives|gave|reports|reported|acknowledges|acknowledged|confirms|confirmed|indicates|indicated|estimates|estimated|counts|counted)\b)
  | (?<=according\sto\s)(?:the|this|that|its|their)\s+(?:(?:written|official|brief|short|joint|latest|final|annual|full)\s+)?(?:statement|communiqu[eé]|note|letter|decree|bulletin|notice|report|press\s+release)\b(?!\s+(?:of|by|from|on|in)\b)(?=\s*[,.;])
  + About 80 were detained overnight, the statement says => _=the statement
  + The written statement adds that 12 remain in custody
  + according to the communiqué, 30 hostages were freed
  + The note said 40 inmates had been released
  - according to the text published by the presidency, 399 are to be freed
  - The text says 300 lawyers remain behind bars
  - the report of the commission said
  - the statement by the ministry said
  - the same statement says
  - the release of 40 prisoners

# "the body", "the institution": a word that fits any body, organisation or state organ (claims.c, body=1).
@rule en.pronoun.body pronoun ref=organization body=1
  \b(?:the|this|that)\s+(?:same\s+)?(?:body|institution)\b(?!\s+of\b)
  + according to that institution, 8,000 remain
  + the body said
  - the body of a prisoner

# "according to the same agency", "the same newspaper": the news outlet the text named last (claims.c, media=1).
@rule en.pronoun.same_media pronoun ref=organization media=1
  \b(?:the|that|this)\s+same\s+(?:news\s+agency|agency|newspaper|daily|broadcaster|outlet|channel|news\s+site|website|publication)\b
  + That same broadcaster later counted 60 arrests => _=That same broadcaster
  + According to the same agency, 40 remain in custody
  + the same newspaper reported
  - the same prison
  - the same day

# "The broadcaster also reported…", "according to the newspaper": a news outlet's common noun with the definite
# article and no name after it refers back, like "the same agency", to the outlet the text named last (claims.c,
# media=1; none named before, no claimant). Not "agency" alone ("the agency said" is as often a state agency), not
# before a name or "of" (a descriptor: "the newspaper Clarín"), not a possessive ("the newspaper's editor").
@rule en.pronoun.bare_media pronoun exact ref=organization media=1
  (?<![\p{L}])(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:(?:state-run|state|local|independent|regional|national|public|private|online|opposition|pro-government|British|American|French|Spanish|German)\s+)?(?:newspaper|broadcaster|news\s+agency|wire\s+service|news\s+site|news\s+outlet|news\s+website|television\s+station|radio\s+station|tv\s+station|TV\s+station)(?![\p{L}'\x{2019}])(?!\s+of\b)(?!\s*,?\s*["\x{201C}]?\p{Lu})
  + The broadcaster added that 15 inmates had walked out => _=The broadcaster
  + according to the state-run newspaper, 40 remain held => _=the state-run newspaper
  + the news agency put the number of arrests at 90
  - the newspaper Daily Star reported
  - the broadcaster's correspondent
  - the news agency of the interior ministry
  - the agency said

# "according to the same report", "the same source said": the report or source of the figure just given, so its
# claimant (claims.c, like the references below).
@rule en.pronoun.same_report pronoun ref=claim
  \b(?:the|that|this)\s+same\s+(?:report|statement|tally|count|source|figures|data|briefing|document|bulletin|submissions?|filings?|account|records?|archive|register|study|investigation|declaration|release)\b
  + According to the same report, 31 were still held
  + The same filing listed 45 more detainees => _=The same filing
  + by that same account, 70 stayed behind bars => _=that same account
  + the same source said
  - the same day
  - the same prison

@rule en.pronoun.claim pronoun ref=claim
  \b(?:the\s+balance|the\s+figure|that\s+figure|this\s+figure|the\s+total|that\s+total|the\s+tally|of\s+them|of\s+whom|among\s+them|the\s+list|the\s+count|the\s+number)\b
  + The balance includes 160 people
  + of whom 66 Venezuelans
  - balanced

# Not after a hyphen: "the anti-government protests" name no speaker.
@rule en.actor.gov actor kind=government
  (?<!-)\b(?:the\s+)?(?<name>(?:(?:venezuelan|cuban|nicaraguan|russian|ukrainian|israeli|belarusian|us|u\.s\.|american|georgian|kenyan|iranian|turkish|palestinian|salvadoran|chinese|brazilian|{DEMONYM_ADJ}|(?<=the\s)\p{L}{3,}(?:ian|an|ese|ish|i))\s+)?
     (?:government|authorities|officials|presidency|interior\s+ministry|justice\s+ministry|defen[cs]e\s+ministry|foreign\s+ministry|prison\s+service|police|attorney\s+general's\s+office|prosecutor's\s+office|public\s+prosecutor's\s+office|supreme\s+court|state\s+department|white\s+house|kremlin|pentagon|home\s+office|foreign\s+office|home\s+ministry|ministry\s+of\s+(?:the\s+)?(?:interior|justice|defen[cs]e|foreign\s+affairs|internal\s+affairs)|army|military|(?<=the\s)(?<!of\sthe\s)judiciary(?!'s)(?!\s+(?:of|and|spokesman|spokeswoman|spokesperson|chief|head)\b))
     (?:\s+of\s+(?:venezuela|cuba|nicaragua|russia|ukraine|israel|belarus|georgia|kenya|iran|turkey|el\s+salvador|the\s+united\s+states))?)\b
  + Home Office figures published in October show => name=Home Office
  + the Foreign Office said => name=Foreign Office
  + the Venezuelan government claims => name=Venezuelan government
  + the authorities said => name=authorities
  + Russia's Defence Ministry => name=Defence Ministry
  + the Egyptian presidency said in a statement => name=Egyptian presidency
  + the Pakistani authorities said => name=Pakistani authorities
  + The Pentagon says 30 men remain at the base => name=Pentagon
  + the judiciary said it had released 140 people => name=judiciary
  - according to sources of the provincial judiciary
  - sources of the judiciary said
  - an independent judiciary and a free press
  - governmental
  - since the anti-government protests began

# "the Met", "the Met Police": London's Metropolitan Police by its short name (a capitalised word after "the" that
# the name rule would read as a person). same_body.tsv reports it under "Metropolitan Police" when the text wrote
# that first. Not the weather office, the museum or the opera house.
@rule en.actor.met actor exact kind=government named=1
  (?<=[Tt]he\s)(?<name>Met(?:\s+Police(?:\s+Service)?)?)(?![\p{L}])(?!\s+(?:Office|Museum|Opera|Gala|Ball|Gallery|Éireann)(?![\p{L}]))
  + The Met said 40 people were held => name=Met
  + a statement from the Met Police said => name=Met Police
  - the Met Office said
  - Met with reporters

@rule en.actor.acronym actor exact kind=organization
  (?<![\p{L}])(?<name>(?:UN|OAS|IACHR|ICRC|EU|NATO|UNHCR|UNICEF|OHCHR|OVP|CPJ|HRW|IDF|ICC|OSCE))(?![\p{L}])
  + the ICRC said => name=ICRC
  - the icrc

@rule en.title title
  \b(?:colonel|commander|president|vice[\s-]?president|minister|director|prosecutor|attorney\s+general|spokesman|spokeswoman|spokesperson|coordinator|secretary|deputy|lawmaker|legislator|lawyer|attorney|head|chief|leader|governor|mayor|burgomaster|rapporteur|commissioner|high\s+commissioner|activist|founder|co-founder|representative|ambassador|general|candidate|chairman|chairwoman|chair|senator|judge|researcher|member|envoy|negotiator|official|undersecretary|under-secretary|priest|bishop|cardinal|pope|speaker|ombudsman|general\s+secretary|executive\s+director)\b
  + the president of the National Assembly
  + the interior minister
  + declared the vice-president of the organization => _=vice-president
  + the vicepresident of the group said => _=vicepresident
  - presidential

# "by" before a time ("by the end of the month", "by Friday", "by then") says when, not who.
@rule en.agent agent
  \bby\b(?!\s+(?:the\s+)?(?:end|time|middle|start|beginning|close|evening|morning|afternoon|night|weekend)\b)(?!\s+(?:then|now|midnight|noon|dawn|nightfall|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|\d)\b)
  + announced on Monday by the minister
  + the figures released by the Interior Ministry
  - bye
  - 45 prisoners will be released by the end of the month
  - all of them had been freed by Friday
  - by then 300 were in custody

# "We", "our": a statement's own voice, the organisation that issues it (outside quotations).
@rule en.pronoun.self pronoun exact ref=self
  \b(?:we|We|(?:our|Our)(?!\s+(?:own\s+)?(?:correspondents?|reporters?|newsroom|programme|program|listeners|readers|viewers|live\s+coverage|coverage|desk|website|site)\b))\b
  + our monitors have recorded
  + We call on the authorities
  - weather
  - Officials told our reporter on Monday
  - welcome to our live coverage

# "I", "my", "me" outside quotations: the voice of whoever answers an interview ("I have the names of everyone").
# One person speaks, not an issuer: singular=1 keeps it out of a statement's "we". A roman "I" after a capitalised
# word ("World War I", "Phase I") is a numeral.
@rule en.pronoun.i pronoun exact ref=self singular=1
  (?<![\p{L}'’])(?:I(?=\x20\p{Ll}|['’](?:m|ve|d|ll)(?![\p{L}]))(?<!(?:War|art|ase|tle|ion|ter)\x20I)|my|My|me)(?![\p{L}])
  + I have the names of everyone
  + Their mothers called me that evening
  + my clients are still held
  + I don't know where the minister gets his numbers
  - World War I
  - Phase I of the plan
  - Mediterranean

# An armed group named by what it is: "the militia Kataib Hezbollah", "the rebel group Movimiento 19 de Abril", "the
# brigade Those Who Sign with Blood": the name after it is the whole group's, lower-case words included (actors.c,
# S_described), not the person the name rule reads in its last word (seventeenth session).
@rule en.pronoun.armed_group pronoun exact ref=organization kind=organization
  (?<![\p{L}])(?i:(?:the|a|an)\s+(?:(?:armed|rebel|guerrilla|jihadist|islamist|paramilitary|insurgent|militant)\s+(?:group|movement|faction|organi[sz]ation)|militia|brigade|battalion|guerrilla\s+army|katiba|faction))(?=\s+\p{Lu})
  + the militia Kataib Hezbollah said => _=the militia
  + according to the rebel group Movimiento 19 de Abril => _=the rebel group
  - the rebel group said it freed two
  - the brigade's commander

# A news outlet named after what it is: "the daily Prothom Alo", "the broadcaster MRTV".
@rule en.pronoun.media pronoun exact ref=organization kind=media
  (?<![\p{L}])(?i:(?:the\s+)?(?:(?:state\s+|local\s+|independent\s+|news\s+)?['\x{2018}"]?(?:newspaper|daily|weekly|broadcaster|news\s+agency|agency|outlet|news\s+site|website|channel|television|tv\s+station|radio\s+station|state\s+media|portal|account|page|profile|blog|publication|magazine)['\x{2019}"]?))(?=\s+["\x{201C}]?\p{Lu})
  + according to the daily Prothom Alo
  + the broadcaster MRTV reported
  + posted by the account "Truth Now"
  + according to the page Free News
  + reported the 'website' Valley Voice => _=the 'website'
  + the publication Andean Gazette said => _=the publication
  + according to the magazine Harbour Weekly
  - the publication of the decree
  - the agency's director
  - the agency said

# "The US president said", "the country's president": a president told by the country he or she heads, with no
# name after it, is the president named last (claims.c, holds=), else whom the text gave the floor last (speaker=1).
@rule en.pronoun.president_of pronoun exact ref=person holds=president speaker=1
  (?<![\p{L}])(?:[Tt]he)\s+(?:U\.?S\.?|American|Russian|Chinese|French|Brazilian|Mexican|Venezuelan|Cuban|Iranian|Turkish|Ukrainian|Belarusian|Egyptian|Salvadoran|Nicaraguan|Colombian|Argentine|Chilean|Peruvian|Filipino|country's|nation's)\s+president(?![\p{L}])(?!\s+(?:of|for)\b)(?!\s*,?\s*\p{Lu})
  + The US president said the deal had freed 16 people => _=The US president
  + according to the country's president, 40 were pardoned => _=the country's president
  - the US president Joe Biden
  - the American president of the company
# "the head of State": the president named last (claims.c, holds=).
@rule en.pronoun.head_of_state pronoun ref=person holds=president
  \bthe\s+head\s+of\s+(?:the\s+)?state\b(?!\s*,?\s*\p{Lu})(?!\s+(?:police|security|media|television|broadcaster|company|prosecutor|department|agency|council|assembly|legislature|news|oil|electricity)\b)
  + according to the head of State, 40 prisoners were freed
  + the head of the State declared that 70 detainees => _=the head of the State
  - the head of the state police
# A title with no name ("the official", "the minister", "the lawmaker") refers to the last person named.
@rule en.pronoun.title pronoun exact ref=person speaker=1
  (?<![\p{L}])(?:[Tt]he)\s+(?:(?:veteran|former|same)\s+)?(?:official|officer|politician|magistrate|minister|lawmaker|legislator|congresswoman|congressman|spokesman|spokeswoman|spokesperson|undersecretary|prosecutor|judge|sociologist|researcher|analyst|activist|lawyer|attorney|dissident|campaigner|economist|general|colonel|commander|commissioner|superintendent|governor|mayor|ambassador|(?<=[Tt]he\x20)(?:Minister|President(?!\s+\p{Ll}+\s*,\s*\p{Lu})|Commissioner|Superintendent|Governor|Mayor|Ambassador|Prosecutor|Commander))(?![\p{L}])(?!\s+(?:of|for|figures?|counts?|tally|numbers?|data|statistics|toll|estimates?)\b)(?!\s+\p{Lu})(?!\s*,\s*\p{Lu})
  + The officer added that 600 people had been captured => _=The officer
  + The President said after the summit that two detainees had been freed => _=The President
  - The President of the Senate said
  - The President Joe Biden said
  + The official denied that 170 citizens
  + the veteran politician said 45 remained jailed => _=the veteran politician
  + The magistrate confirmed that 12 civilians => _=The magistrate
  + said the lawmaker from Washington
  + "There are 300 prisoners," the sociologist said.
  + Reading from a decree, the general said 18,539 inmates
  + The Commissioner told reporters that 28 people were in custody => _=The Commissioner
  + the activist said from her home on Tuesday => _=the activist
  - the lawyer for the family
  - The Commissioner for Human Rights said
  - The Governor General said
  - the minister of the interior
  - the official figure
# "the office of Minister Alexandre de Moraes": an official's office speaks for that official's body.
# So does "President Kassym-Jomart Tokayev's office" (a title, then the name), and an office named after the post
# that heads it ("the mayor's office", "Shymkent's commandant's office"): the nested speaker is that body, not the
# person.
@rule en.actor.cabinet actor exact kind=government
  (?<![\p{L}])(?<name>office\s+of\s+(?:(?:Minister|President|Justice|Judge|Governor|Senator|Prime\s+Minister|Mayor)\s+)(?:{NAMEWORD})(?:\s+(?:{PARTICLE}\s+)?{NAMEWORD}){0,3}
     |(?:President|Prime\s+Minister|Minister|Governor|Mayor|Senator|Judge|Justice|Chancellor|Premier|Attorney\s+General|Sheriff|District\s+Attorney|Police\s+Commissioner|Commissioner)\s+{NAMEWORD}(?:\s+(?:\p{Lu}\.\s+)?(?:{PARTICLE}\s+)?{NAMEWORD}){0,3}(?:\s+(?:Jr|Sr)\.?)?['\x{2019}]s\s+(?:press\s+)?office
     |(?:\p{Lu}\p{L}+['\x{2019}]s\s+)?(?:commandant|mayor|governor|prefect|president|prime\s+minister|attorney\s+general|ombudsman)['\x{2019}]s\s+(?:press\s+)?office)(?![\p{L}])
  + the office of Justice Alexandre de Moraes said => name=office of Justice Alexandre de Moraes
  + the office of President Tokayev spoke of => name=office of President Tokayev
  + announced by President Ana Lima's office, which said => name=President Ana Lima's office
  + Sheriff John T. Baker Jr.'s office said 300 => name=Sheriff John T. Baker Jr.'s office
  + District Attorney Ana Lima's office said => name=District Attorney Ana Lima's office
  + Tarsk's commandant's office reported => name=Tarsk's commandant's office
  + the mayor's office said => name=mayor's office
  - Ana Lima's office hours
  - the office of the president

# "the office of Sviatlana Tsikhanouskaya": the office of a person with no state title is that person's team.
@rule en.actor.office actor exact kind=organization
  (?<![\p{L}])(?<name>office\s+of\s+(?!(?:Minister|President|Justice|Judge|Governor|Senator|Prime|Mayor)\s)(?:{NAMEWORD})(?:\s+(?:{PARTICLE}\s+)?{NAMEWORD}){0,3})
  + According to the office of Sviatlana Tsikhanouskaya, 1,500 => name=office of Sviatlana Tsikhanouskaya
  - the office of the president

# A press-release label opening a line ("PRESS RELEASE"): the document is its issuer's statement, as if it said
# "we" (label=1 counts as a statement by itself).
@rule en.pronoun.label pronoun exact ref=self label=1
  (?<![^\n])(?:FOR\s+IMMEDIATE\s+RELEASE|PRESS\s+RELEASE|NEWS\s+RELEASE|PRESS\s+STATEMENT|PUBLIC\s+STATEMENT|STATEMENT|Press\s+release|News\s+release|Press\s+statement)(?=[\x20\t]*(?:\n|$))
  + PRESS RELEASE
  + FOR IMMEDIATE RELEASE
  + Press release
  - The press release said
  - Press release on the new rules

# A news outlet described in apposition after its name: "Mizan, the judiciary's news agency, reported". The name
# before the comma is a medium (claims.c), whatever the name rule read it as.
@rule en.pronoun.media_apposition pronoun ref=organization kind=media
  (?<=,\s)(?:the|an?)\s+(?:[\w'-]+\s+){0,3}?(?:news\s+agency|newspaper|daily|weekly|broadcaster|agency|outlet|news\s+site|website|channel|television|radio\s+station|tv\s+station|news\s+portal)\b(?=[^,.]{0,60},)
  + Mizan, the judiciary's news agency, reported => _=the judiciary's news agency
  + Dawn, a Karachi daily, said => _=a Karachi daily
  - the agency said
  - Dawn, a Karachi daily.

# A body described in apposition after its name: "Hami Nepal, the youth group that helped organise the march, says",
# "Hengaw, a Norway-based rights group, said", "Seap, the state's prison department, reported". The name before the
# comma is an organisation or a state body (claims.c, S_learn_actors), whatever the name rule read it as. No "of"
# or "for" before the head word ("a member of the group" describes a person), and no possessive after it ("the
# group's leader").
@rule en.pronoun.org_apposition pronoun ref=organization kind=organization
  (?<=,\s)(?:the|an?)\s+(?:(?!(?:of|for|in|at|with)\s)[\w'\x{2019}-]+\s+){0,3}?(?:group|organi[sz]ation|ngo|collective|coalition|association|union|movement|network|platform|alliance|campaign|charity|federation|foundation|league|initiative|party|watchdog|monitor|committee)\b(?!['\x{2019}-])(?=[^,.;]{0,80}[,.;])
  + Hami Nepal, the youth group that helped organise the march, says => _=the youth group
  + Hengaw, a Norway-based rights group, said => _=a Norway-based rights group
  - Juan Pérez, the group's leader, said
  - Ana Lima, a member of the group, said
  - the group said

@rule en.pronoun.gov_apposition pronoun ref=government kind=government
  (?<=,\s)(?:the|an?)\s+(?:(?!(?:of|for|in|at|with)\s)[\w'\x{2019}-]+\s+){0,3}?(?:ministry|department|secretariat|prosecutor's\s+office|police\s+force|court|tribunal|state\s+agency|government\s+agency|regulator|(?:media|press|public\s+relations|information|communications)\s+(?:wing|service|arm|unit|office|branch)(?=\s+of\s+the\s+(?:armed\s+forces|army|military|police|government|navy|air\s+force|presidency)\b)|(?:service|body|agency|authority)(?=\s+(?:(?:that|which)\s+(?:runs|manages|oversees|administers|controls)|responsible\s+for|in\s+charge\s+of)\s+(?:the\s+)?(?:country's\s+|national\s+)?(?:prison\s+system|prisons|jails|penitentiary\s+system|correctional\s+system|penal\s+system))|(?:state|government|public|statutory)\s+body|(?:body|agency|commission)\s+(?:attached|linked|answerable|reporting)(?=\s+to\s+(?:the\s+)?(?:parliament|government|state|ministry|presidency|congress|national\s+assembly)\b))\b(?!['\x{2019}-])(?=[^,.;]{0,80}[,.;])
  + Seap, the state's prison department, reported => _=the state's prison department
  + the High Commission, a body attached to Parliament, said => _=a body attached
  + SNAI, the service that runs the prison system, counted => _=the service
  - CDH, the body that denounces the prisons, counted
  + the commission, a statutory body, said => _=a statutory body
  + the DGSP, a government agency under the interior ministry, said => _=a government agency
  + the DIRPE, the press service of the armed forces, announced => _=the press service
  - Caritas, the media office of the diocese, said
  - Ana Lima, the department's spokeswoman, said
  - Juan Pérez, a judge of the court, said

# "according to its data", "according to their records": the figures of whoever the sentence is about (the
# nearest actor before; claims.c, topic=1).
@rule en.pronoun.possessive pronoun ref=organization topic=1
  \b(?:its|their)\s+(?:own\s+)?(?:(?!own\b)[a-z]+(?:-[a-z]+)?\s+){0,2}?(?:data|records|figures|count|tally|estimates?|calculations|reports?|numbers|monitoring|documentation|sources)\b
  + according to its data, more than 1,300 people
  # thirtieth session: up to two words describing the account
  + holds about 189,000 people, according to its own weekly population report => _=its own weekly population report
  + according to their latest official count, 40 remain => _=their latest official count
  + according to their records, 300 Kurds
  - their families

# "X has arrested 5,000 people, according to figures released at the briefing": figures given out with no one named
# as their source are those of whom the sentence is about (topic=1, as above).
@rule en.pronoun.released pronoun ref=organization topic=1
  (?<=according\sto\s)(?:the\s+)?(?:(?:official|latest|new)\s+)?(?:figures|data|numbers|statistics)\s+(?:released|published|issued|provided|given|made\s+public)\b(?![^,;.]{0,40}?\b(?:by|on\s+behalf\s+of)\b)
  + the army held 300 people, according to figures released on Monday => _=figures released
  - according to figures released by the NGO
  - according to figures released in November by the ministry

# "In its view, more than 400 people have been arrested", "By his account, 159 were still held": an opinion or
# account phrase opening a clause attributes it to whoever has the floor (the current speaker of the sentence, else
# of the sentence before; claims.c, opinion=1 with topic=1).
@rule en.pronoun.opinion pronoun ref=organization topic=1 opinion=1
  \b(?:according\s+to\s+them|according\s+to\s+(?:his|her|their)\s+(?:own\s+)?(?:account|version|count|tally|testimony)|in\s+(?:its|his|her|their)\s+(?:own\s+)?(?:view|opinion|estimation|reckoning|assessment|estimate|judgm?ent|analysis)|by\s+(?:its|his|her|their)\s+(?:own\s+)?(?:account|count|tally|reckoning|estimate|calculations?|records?|figures|numbers))\b(?=\s*,|\s+(?:closer\s+to|close\s+to|about|around|nearly|some|more\s+than|at\s+least|over|\d))
  + By his account, 159 people were still being held => _=By his account
  + By late afternoon, according to his account, 173 hostages had been freed => _=according to his account
  + In its view, more than 400 people have been arrested => _=In its view
  + according to them, police took away 90 people => _=according to them
  + In his assessment, the real number of detainees is above 2,000 => _=In his assessment
  + By their records, 300 remain in custody => _=By their records
  + by its count nearly 700 people were taken away => _=by its count
  - by its count of the ballots
  - in his assessment of the trial
  - by his account of the events
  - in their view of the

# A body introduced by what it is, with the words that qualify it, right before its name: "the human rights
# collective Nicaragua Nunca Más", "the journalists' union DİSK Basın-İş", "a Kurdish rights group Hengaw". The
# name that follows is that body, all of its capitalised words (claims.c, S_described).
@rule en.pronoun.descriptor pronoun exact ref=organization descriptor=1
  (?<![\p{L}])(?:[Tt]he|[Tt]his|[Aa]n?)\s+(?:[\p{Ll}'\x{2019}\-]+\s+){0,3}?(?:organi[sz]ation|NGO|group|watchdog|monitor|coalition|association|foundation|platform|network|collective|union|alliance|campaign|movement|league|charity|federation|initiative)(?:\s+(?:of|for|against)\s+(?:the\s+)?(?!(?:the|a|an|of)\s)(?:[\p{Ll}'\x{2019}\-]+(?:\s+(?!(?:the|a|an|of)\s)[\p{Ll}'\x{2019}\-]+)?)){0,2}(?=\s+\p{Lu})
  + the association for civil liberties Libertas said => _=the association for civil liberties
  - a group of protesters from the Bar Council
  + The human rights collective Nicaragua Nunca Más estimates => _=The human rights collective
  + The journalists' union DİSK Basın-İş said => _=The journalists' union
  + according to the rights group Hengaw => _=the rights group
  - the group said
  - the union of journalists

# "the head of government", "the premier": the prime minister named last (claims.c, holds=).
@rule en.pronoun.head_of_government pronoun exact ref=person holds=prime|premier|government
  (?<![\p{L}])[Tt]he\s+(?:head\s+of\s+(?:the\s+)?[Gg]overnment|[Pp]remier)(?![\p{L}])(?!\s*,?\s*\p{Lu})
  + according to the head of government, 40 prisoners were freed
  - the head of government, Ana Ruiz, said

# "the broadcaster was putting the number of people in custody at 8,600", "placed the toll at": a verb that sets a
# figure, in any tense (en.cue.report reads "put(s) the number at").
@rule en.cue.put_at cue
  \b(?:putting|placed|places|placing|was\s+putting|were\s+putting|had\s+put|has\s+put|have\s+put)\s+the\s+(?:number|figure|total|toll|tally|count)(?:\s+of(?:\s+[\"\x{201C}]?[\p{L}-]+[\"\x{201D}]?){1,5}?)?\s+at(?=\s)
  + the state broadcaster was putting the number of people in custody at more than 8,600
  + the ministry placed the toll at 40
  - a report on

# "the movement", "the political formation": the party or movement named last (as "the party").
@rule en.pronoun.formation pronoun ref=organization
  \b(?:the|this)\s+(?:same\s+)?(?:movement|political\s+formation|opposition\s+party)\b(?!\s+(?:of|for)\b)
  + In a statement, the movement said
  - the movement of troops

# "The Interior Ministry made the tally of 230 arrests", "the group did a new count: 80 prisoners", "the ministry
# gave the number of arrests as 230": a reporting expression that is not one verb (a verb of making or giving and a
# noun for a tally) reports the figure like any reporting verb; its subject is the claimant.
@rule en.cue.tally cue
  \b(?:made|makes|make|making|did|does|(?:has|have|had)\s+(?:made|done))(?:\s+(?:moments\s+ago|a\s+(?:short\s+)?(?:while|moment)\s+ago|just\s+now|today|yesterday|also|then|later|now))?\s+(?:the|a|its|their|his|her)\s+(?:(?:new|latest|own|first|fresh|final|official)\s+)?(?:tally|count|headcount|head\s+count|calculation)(?:\s+of(?=\s))?(?=[^.;\n]{0,60}?[\d:])
  |\b(?:gave|gives|give|giving|(?:has|have|had)\s+given)\s+the\s+(?:number|figure|total|toll|tally|count)(?:\s+of(?:\s+[\p{L}-]+){1,5}?)?\s+as(?=\s)
  |\b(?:revised|revises|(?:has|have|had)\s+revised)\s+(?:(?:late\s+)?(?:on\s+)?(?:tonight|today|yesterday|overnight|again)\s+)?(?:the|its|their|his|her)\s+(?:(?:arrest|detention|official|overall)\s+)?(?:tally|count|toll|figure|number|total)(?=[^.;\n]{0,80}?[\d:])
  |\b(?:put|puts|putting|(?:has|have|had)\s+put)\s+(?:the|its|their|his|her)\s+(?:final|latest|overall|official|new|own|updated)\s+(?:number|figure|total|toll|tally|count)(?:\s+of(?:\s+[\p{L}-]+){1,5}?)?\s+at(?=\s)
  + The Interior Ministry made the tally of 230 arrests => _=made the tally of
  + the group did a new count: 80 prisoners => _=did a new count
  + the ministry gave the number of arrests as 230 => _=gave the number of arrests as
  + police have made their own count of those detained: 300 => _=have made their own count of
  + the deputy minister made moments ago a new count: more than 70 hostages freed => _=made moments ago a new count
  + police made yesterday the tally of 40 arrests => _=made yesterday the tally of
  - made yesterday the count of votes faster
  + the council has revised its count of detainees to 64 => _=has revised its count
  + The coroner's office put the final tally at 12 arrests => _=put the final tally at
  - updated her profile on the platform
  - made the count of votes faster
  - made a statement

# "The ministry, which had promised an amnesty, declined to say how many…", "would not confirm", "has yet to say":
# a reporting verb under a refusal or a negation is still that subject speaking about the figure (it neither denies
# nor disputes it).
@rule en.cue.withheld cue
  \b(?:declined|declines|refused|refuses|would\s+not|wouldn't|did\s+not|didn't|does\s+not|doesn't|could\s+not|couldn't|has\s+yet|have\s+yet|had\s+yet|has\s+not|have\s+not|had\s+not|was\s+unable|were\s+unable)(?:\s+immediately)?\s+(?:to\s+)?(?:say|confirm|disclose|specify|give|reveal|provide|detail|comment\s+on|said|confirmed|disclosed|specified|given|revealed|provided)\b
  + The ministry, which had promised an amnesty, declined to say how many => _=declined to say
  + the ministry would not confirm how many => _=would not confirm
  + the government has yet to say how many
  + police did not immediately disclose the number
  - declined to testify before the judge
  - did not go to prison

# "The interior ministry updated its tally on Monday night: 137 detained", "the group updated the list": a verb of
# updating a tally reports the figure that follows; the match is the verb alone, so a day after it stays a date.
@rule en.cue.update cue
  \bupdated?(?=(?:\s+[^\s.;:\d]+){0,6}?\s+(?:the|its|their|his|her)\s+(?:(?:own|official|latest)\s+)?(?:tally|count|figures?|list|toll|total|numbers?)\b)
  + The interior ministry updated its tally on Monday night => _=updated
  + the group updated the list of political prisoners
  + police update their figures every morning
  + The sheriff updated the tally tonight: 52 people are now in custody => _=updated
  - updated the software
  - an updated version of the law

# "By the group's reckoning, 5,000 remain", "By Amnesty International's count": a count named by its owner's
# possessive; the owner right after "By" is the source (a reference like "the group" resolves as after "according to").
@rule en.source.by_owner source
  \bby(?=\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+'s?\s+(?:own\s+)?(?:latest\s+)?(?:count|tally|reckoning|records|calculations?|estimates?|figures|numbers)\b)
  + By the group's reckoning, 400 remain in jail => _=By
  + by Amnesty International's count more than 90 were held => _=by
  - by the group's leaders
  - a count by the group

# "the minister appeared on television to announce 1,200 arrests", "prompted the ministry to announce the release of
# …": a reporting verb in an infinitive of purpose reports for whoever does it.
@rule en.cue.purpose cue
  \b(?<!\bwhether\s)(?<!\bnot\s)to\s+(?:announce|report|confirm|disclose|reveal|declare)\b(?!\s+(?:to|them|it|him|her|us|me|this|these|those)\b)
  + the spokeswoman came out of the station to announce 40 arrests => _=to announce
  + which led the prison service to report that 75 inmates => _=to report
  - they were due to report to the police
  - declined to say
  - the families are too frightened to report them

# Twelfth session (claimant reach). "By Monday the agency had revised that to 90", "police raised the figure to
# 120 on Friday": a verb changing a count to a new figure reports that figure; the object is the count or a pronoun
# for it, and the figure follows "to" (a verb only, so the date after it stays a date).
@rule en.cue.revise cue
  \b(?:revised|raised|lowered|corrected|updated|increased|(?:has|had|have)\s+(?:revised|raised|lowered|corrected|updated|increased))(?=\s+(?:that|it|this|the\s+(?:figure|count|tally|toll|number|total)|its\s+(?:figure|count|tally|toll|number|total))(?:\s+(?:upwards?|downwards?|up|down))?\s+to\s+(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least)\s+)?\d)
  + By Monday the agency had revised that to 90, counting arrests near the court => _=had revised
  + police raised the figure to 120 on Friday => _=raised
  + the ministry lowered its count to about 300 => _=lowered
  - they raised their children to respect the law
  - the court raised the bail to 5,000 dollars

# Eighteenth session. "the president's spokesman, Lev Dzugayev, kept repeating to reporters that the hostages were
# 354": to repeat that is to say again (the addressee goes with the verb, as in "told reporters").
@rule en.cue.repeat cue
  \b(?:repeated|repeats|kept\s+repeating|was\s+repeating)(?:\s+to\s+(?:reporters|journalists|the\s+press|lawmakers))?(?=\s+that\b)
  + the spokesman kept repeating to reporters that the hostages were 354 => _=kept repeating to reporters
  + the minister repeated that 40 remain in custody => _=repeated
  - he repeated the question that we asked
  - the student repeated a year
