# Collective and anonymous speakers (issue #3, fourth round): unnamed sources, a body's spokesperson, lawyers,
# relatives, groups of lawmakers and of rights organisations. They are actors: "according to" or a verb takes them
# as the source. Equivalents in es/speakers.pat and pt/speakers.pat.

# "judicial sources", "sources at the ministry": unnamed official sources, of unknown kind (the gold has 31 such lines
# unknown against 4 government, counted in the twenty-ninth session).
@rule en.actor.sources actor kind=unknown
  \b(?<name>(?:police|prison|official|government|military|diplomatic|ministry|security|intelligence)\s+sources
     |sources\s+(?:at|in)\s+the\s+(?:ministry|government|army|police|prosecutor's\s+office))\b
  + according to police sources, 40 remain in custody => name=police sources
  + sources at the ministry said => name=sources at the ministry
  + Security sources said 12 people had been arrested => name=Security sources
  - sources close to the family
  - open sources

# "a police source", "another official source": one anonymous informant, who is not known (kind=unknown, as the
# annotated corpus has "una fuente policial"); as a body's sources in the plural are (en.actor.sources).
@rule en.actor.single_source actor kind=unknown
  \b(?:a|an|one|another|the\s+same)\s+(?<name>(?:police|prison|official|government|military|diplomatic|ministry)\s+source)\b(?!s)
  + A police source in Almaty said => name=police source
  + according to another official source, 30 remain => name=official source
  - police sources said
  - an open source project

# "judicial sources", "a court source" (singular too): an anonymous court source may be a judge, a prosecutor or the
# defence; who speaks is not known (kind=unknown, as in the annotated corpus).
@rule en.actor.judicial_sources actor kind=unknown
  \b(?<name>(?:judicial|court)\s+sources?)\b
  + according to judicial sources, 40 remain in custody => name=judicial sources
  + a court source said => name=court source
  - police sources

# "a Ministry of Justice spokesperson", "a Homeland Security spokesperson", "a spokesperson for the ministry": who
# speaks for a state body.
@rule en.actor.spokesperson actor exact kind=government
  (?<![\p{L}])(?<name>(?:(?:Ministry|Department|Office)\s+of\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+(?:and\s+)?\p{Lu}\p{L}+)?
     |Homeland\s+Security|(?:Interior|Justice|Foreign|Defen[cs]e|Home)\s+(?:Ministry|Office)|State\s+Department|Kremlin|White\s+House
     |[Pp]olice|[Gg]overnment|[Mm]inistry|[Pp]rison\s+[Ss]ervice|[Aa]rmy|[Jj]ail|[Pp]rison|[Ee]mbassy|[Cc]onsulate)\s+(?:spokesperson|spokesman|spokeswoman)
     |(?:spokesperson|spokesman|spokeswoman)\s+for\s+the\s+(?:ministry|government|police|army|prison\s+service
       |(?:(?:U\.S\.|US|UK|\p{Lu}\p{L}+)\s+)?(?:embassy|consulate|jail|prison|foreign\s+ministry)|\p{Lu}\p{L}+(?:\s+(?:of\s+)?\p{Lu}\p{L}+){0,3}))(?![\p{L}])(?!\s*,\s*\p{Lu})
  + a Ministry of Justice spokesperson said => name=Ministry of Justice spokesperson
  + a Homeland Security spokesperson said => name=Homeland Security spokesperson
  + a spokesperson for the ministry said => name=spokesperson for the ministry
  - a Foro Penal spokesman
  - a police spokesman, John Smith, said
  + A spokesman for the U.S. embassy in Damascus told us => name=spokesman for the U.S. embassy
  + a jail spokesman said => name=jail spokesman
  - a jail spokesman, John Smith, said

# "defence lawyers", "relatives of the detainees", "several lawmakers": collective voices with no name.
@rule en.actor.collective actor kind=unknown
  \b(?<name>defen[cs]e\s+lawyers|lawyers\s+for\s+the\s+(?:defendants|detainees|prisoners|accused)
     |relatives(?:\s+of\s+(?:the\s+)?(?:detainees|prisoners|detained|jailed))?|families\s+of\s+(?:the\s+)?(?:detainees|prisoners|detained|jailed)
     |(?<=several\s|some\s|many\s|other\s|group\sof\s)(?:lawmakers|legislators|congressmen|senators|deputies|mps)
     |(?:spokesperson|spokesman|spokeswoman)\s+for\s+the\s+(?:protesters|protestors|demonstrators|strikers|campers|residents|families)
     |(?:western|foreign|european)\s+diplomats)\b
  + according to defence lawyers, eight are behind bars => name=defence lawyers
  + relatives of the detainees said => name=relatives of the detainees
  + Several lawmakers said => name=lawmakers
  - the lawmakers voted
  + a spokesman for the protesters said => name=spokesman for the protesters
  + Western diplomats in Baghdad estimate => name=Western diplomats

# "a senior US official", "senior administration officials": an unnamed official speaks for the state. So does
# "a junior interior minister" (twenty-second session): a junior minister the text does not name.
@rule en.actor.official actor kind=government generic=1
  \b(?<name>(?:senior|high-ranking)\s+(?:(?:{DEMONYM_ADJ}|us|u\.s\.|government|administration|state\s+department|ministry|police|security)\s+){0,2}officials?
     |junior\s+(?:(?:interior|justice|home|defen[cs]e|foreign|security)\s+)?ministers?(?!\s+(?:of|for)\b)(?!\s*,?\s*\p{L}+\s+\p{L}+\s*,))\b
  + a senior US official told reporters that up to 80 => name=senior US official
  + according to senior administration officials, 40 => name=senior administration officials
  - an official visit
  - top officials met
  + a junior interior minister told reporters that fewer than 500 => name=junior interior minister
  - the junior minister for prisons

# "state television", "local media", "the official news agency": an outlet with no name (one followed by its name,
# "state television MRTV", is en.pronoun.media's).
@rule en.actor.media_unnamed actor exact kind=media generic=1
  (?<![\p{L}])(?<name>(?i:(?:state(?:-run|-owned)?|official|local|government(?:-run)?|public)\s+(?:television|tv|media|news\s+agency|broadcaster|radio|press))
    |(?i:{DEMONYM_ADJ})\s+(?i:media|press)(?!\s+(?i:agency|freedom|office|offices|conference|release|secretary|service)))(?![\p{L}])(?!\s+\p{Lu})
  + state television said 125 foreigners => name=state television
  + according to local media, 30 were detained => name=local media
  + figures cited by Kenyan media put the number at 40 => name=Kenyan media
  + according to the Russian press, 30 were detained => name=Russian press
  - the Russian press agency TASS
  - state television MRTV reported
  - the local newspaper's editor

# "rights groups", "press freedom organisations", "prisoners' groups": organisations with no name, told by what they
# defend.
@rule en.actor.groups actor kind=organization generic=1
  \b(?<name>(?:(?:human\s+)?rights|press\s+freedom|prisoners'?(?:\s+rights)?|families'?|victims'?)\s+(?:groups|organi[sz]ations|ngos|associations|monitors|bodies))\b
  + rights groups say more than 60,000 => name=rights groups
  + according to human rights bodies, some 5,000 => name=human rights bodies
  + according to press freedom organisations, 25 => name=press freedom organisations
  - human rights
  - rights group Viasna

# "the students' legal team", "the defence team": the lawyers acting together for a group speak as one body.
@rule en.actor.legal_team actor kind=organization generic=1
  \b(?<name>(?:legal|defen[cs]e)\s+team)\b
  + according to the students' legal team, 14 were freed => name=legal team
  + the defence team said => name=defence team
  - a team of lawyers

# The page or account that spread a claim ("shared by the Facebook page Freedom Watch Daily", "the account
# @TruthNow"): an outlet by its name. viral=page: in a fact check, the claim's figures are its own (claims.c,
# S_viral_source).
@rule en.actor.viral_page actor exact kind=media viral=page
  (?<![\p{L}])(?:(?:Facebook|Instagram|TikTok|X|Twitter|YouTube|Telegram)\s+)?(?:page|account|profile|channel)\s+["\x{201C}]?(?<name>@\w+|\p{Lu}\p{L}+(?:\s+(?:of\s+)?\p{Lu}\p{L}+){0,3})
  + first posted by the Facebook page Freedom Watch Daily => name=Freedom Watch Daily
  + the account @TruthNow said => name=@TruthNow
  - the page of the report

# A post with no name ("a Facebook post", "social media posts"): what the fact check examines when it names no page;
# viral=post (S_viral_source). generic=1: not learnt as a name.
@rule en.actor.viral_post actor exact kind=unknown viral=post generic=1
  (?<![\p{L}])(?<name>(?:Facebook|Instagram|TikTok|X|Twitter|WhatsApp|[Ss]ocial\s+media|[Vv]iral)\s+posts?)(?![\p{L}])
  + a Facebook post began circulating => name=Facebook post
  + Social media posts say that => name=Social media posts
  - posted on Facebook

# Posts, images or messages described by their spreading ("Posts shared widely this week say", "a graphic
# circulating on WhatsApp"): the unnamed post a fact check examines (viral=post, as above).
@rule en.actor.viral_shared actor exact kind=unknown viral=post generic=1
  (?<![\p{L}])(?<name>(?:[Pp]osts?|[Mm]essages?|[Gg]raphics?|[Ii]mages?|[Mm]emes?|[Vv]ideos?|[Cc]hain\s+messages?)\s+(?:(?:being|now|widely|still)\s+)?(?:shared|circulating|spreading|going\s+viral|forwarded|on\s+social\s+media))(?![\p{L}])
  + Messages forwarded on WhatsApp since Friday claim that 900 => name=Messages forwarded
  + Posts on social media, shared thousands of times, claim that 600 => name=Posts on social media
  + a meme circulating on Telegram says 700 people => name=meme circulating
  + Posts being shared on X assert => name=Posts being shared
  - the police shared images of the arrests
  - posts on the page

# The verb of spreading first ("Circulating on Telegram and X since Monday are messages that…", "Doing the rounds
# on Facebook is an image"): the unnamed post a fact check examines (viral=post, as above).
@rule en.actor.viral_circulates actor exact kind=unknown viral=post generic=1
  (?<![\p{L}])(?:[Cc]irculating|[Dd]oing\s+the\s+rounds|[Ss]preading|[Bb]eing\s+shared)\s+(?:on|across|in|via|through)\s+[^.;:"\n]{1,80}?\s(?:is|are|was|were)\s+(?:(?:a|an|several|many)\s+)?(?:[\p{L}-]+\s+){0,2}?(?<name>posts?|messages?|graphics?|images?|memes?|videos?)(?![\p{L}])
  + Circulating on Telegram and X since Monday are messages that speak of 800 prisoners => name=messages
  + Doing the rounds on Facebook and in WhatsApp groups is a viral image claiming 2,000 arrests => name=image
  - Spreading across the region are reports of unrest
  - circulating in the city was a convoy of trucks

# Twelfth session (claimant reach). A body described, not named, by what it gathers: "a network of volunteer
# lawyers told us", "the coalition of rights groups says", "the defence committee said". Lower case only (a named
# body is an actor already), and not right before a name (its apposition: "the network of lawyers Legal Aid Now");
# the complement ends on a plural noun, so the verb after it is never taken in.
# generic=1: a description is not learnt as a name.
@rule en.actor.descriptor_body actor exact kind=organization generic=1 described=1
  (?<![\p{L}])(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]his|[Tt]hat)\s+(?:(?:local|national|regional|small|loose|informal|independent|grassroots)\s+)?
  (?<name>(?:network|coalition|association|alliance|collective|federation|platform|committee|union)\s+of\s+(?:[a-z][a-z'-]*\s+)?
       (?:lawyers|attorneys|activists|relatives|families|residents|volunteers|journalists|students|supporters|victims|mothers|parents
         |defenders|monitors|groups|organi[sz]ations|ngos|unions|liberties|detainees|prisoners|doctors|medics)
     |(?:defen[cs]e|crisis|strike|organi[sz]ing|solidarity|support|release|families')\s+committee)(?![\p{L}])(?!\s+["\x{201C}\x{AB}]?\p{Lu})
  + A loose network of student lawyers told reporters that 60 had been freed => name=network of student lawyers
  + according to the defence committee, eight remain in jail => name=defence committee
  + the coalition of rights groups says 300 are still held => name=coalition of rights groups
  + the association of civil liberties estimates that 800 were let go => name=association of civil liberties
  - the Coalition of Independent Lawyers said
  - a network of tunnels under the city
  - the union of the two parties
  - according to the network of lawyers Legal Aid Now, 40 remain in jail

# A group of people with no name who count together ("a group of supporters waiting outside counted 75"): who
# they are is not known (kind=unknown, as the annotated corpus has "un grupo de simpatizantes").
@rule en.actor.descriptor_group actor exact kind=unknown generic=1 described=1
  (?<![\p{L}])(?:[Aa]|[Oo]ne|[Aa]nother)\s+(?:(?:small|large)\s+)?(?<name>group\s+of\s+(?:[a-z][a-z'-]*\s+)?(?:supporters|relatives|residents|neighbours|neighbors|volunteers|observers|activists|lawyers|witnesses|parents|students|sympathisers|sympathizers))(?![\p{L}])(?!\s+["\x{201C}\x{AB}]?\p{Lu})
  + a small group of supporters outside the station reckoned that 75 were inside => name=group of supporters
  + another group of volunteer lawyers said => name=group of volunteer lawyers
  - a group of 40 students was arrested
  - the group of states

# "local human rights defenders counted 38": activists with no name who keep their own lists speak as the
# organisations they stand for (kind=organization, as en.actor.groups).
@rule en.actor.rights_defenders actor kind=organization generic=1 described=1
  \b(?<name>(?:human\s+)?rights\s+(?:defenders|activists|campaigners))\b
  + Local human rights defenders counted 38 political prisoners among them => name=human rights defenders
  + according to rights activists, 40 remain behind bars => name=rights activists
  - the defence of human rights

# Nineteenth session (names and kinds). A name used as the modifier of a company's own people or things ("the 12
# members of the Air France crew", "an El Al flight", "the Maersk headquarters") is a company's, not a person's; so
# is the name a later "according to Air France" repeats (actors.c keeps a name's learnt kind). Not "administration"
# or "government" ("the Biden administration" names a person's government).
@rule en.actor.company_modifier actor exact kind=organization
  (?<![\p{L}])(?:[Tt]he|[Aa]n?)\s+(?<name>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})(?=\s+(?:crew|crews|airliner|airbus|jet|flight|captain|pilots|cabin\s+crew|employees|workforce|headquarters|factory|plant|board|shareholders|executives|management)(?![\p{L}]))
  + the 12 members of the Air France crew who had refused to leave => name=Air France
  + an El Al flight was hijacked => name=El Al
  - the Biden administration said
  - Ana Lima said the crew was safe

# "lawyers said", "according to activists", "…, witnesses said": people of a trade or role who speak together, with
# no name, only where a reporting verb or "according to" makes them the speakers (thirtieth session); counted or
# acted on ("300 lawyers were arrested", "activists marched") they are no one's voice.
@fragment EN_COLL30 = (?:(?:human\s+)?rights\s+|opposition\s+|local\s+|pro-democracy\s+)?(?:lawyers|activists|witnesses|residents|campaigners|volunteers|medics|doctors|eyewitnesses)(?:\s+(?:for|representing|working\s+(?:on|with)|close\s+to)\s+(?:the\s+)?[a-z]+(?:\s+(?!(?:said|say|says|told|estimate|estimated|reported|claimed|counted|believe|believed)\b)[a-z]+)?)?
@rule en.actor.collective_speaking actor kind=unknown
  (?:(?<=according\sto\s)|(?<!the\s)(?<!these\s)(?<!those\s)(?<!their\s)(?<!its\s)(?<!our\s)(?<!his\s)(?<!her\s)(?<!\d\s)\b(?={EN_COLL30}\s+(?:said|say|says|told|estimate|estimated|reported|claimed|counted|believe|believed)\b))(?<name>{EN_COLL30})\b
  + Around 150 people have been locked up since the protests began, lawyers said => name=lawyers
  + according to rights activists, 150 remain in custody => name=rights activists
  + Lawyers for the students said 40 are still held => name=Lawyers for the students
  - 300 lawyers were arrested
  - the lawyers said
  - activists marched to the square
  - That evening alone, our volunteers counted more than 1,300 detainees
