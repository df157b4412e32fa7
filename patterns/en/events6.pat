# English event vocabulary found missing on the unseen articles 79-98 (tenth session, recall): custody said with a
# place ("passed through", "in Turkish jails"), internment, and time spent in custody.

# Passing through a place of custody is being detained there: "some 2,000 protesters passed through the camp", "about
# 800 people have passed through since the centre opened". The place must be one of custody, or be left unsaid (named
# before); passing through a border, a town or a parliament is none of this.
@rule en.detention.passed_through trigger event=detention
  \b(?:(?:had|have|has)\s+)?passed\s+through(?=\s+(?:(?:the|its|their|a|that|this|police|army|military|[\p{L}-]+)\s+)?(?:{PRISON_PLACE}|facility|facilities|camps?|cells|police\s+stations?|holding\s+(?:centres?|centers?|pens?))\b|\s+(?:since|during|over)\b|\s*[.;])
  + some 2,000 protesters passed through the camp in its first month => _=passed through
  + about 800 people have passed through since the centre opened => _=have passed through
  + roughly 5,000 detainees passed through its cells => _=passed through
  + 30,000 men passed through military prisons => _=passed through
  - 40,000 travellers passed through the border crossing
  - the bill passed through parliament on Tuesday
  - the convoy passed through the town

# Internment is a detention: "2,400 people were interned that winter", "the internment of 600 men".
@rule en.detention.interned trigger event=detention
  \b(?:interned\b|internment\s+of{NUMSTART})
  + 2,400 people were interned that winter => _=interned
  + the internment of 600 men began at dawn => _=internment of
  - the internment camp closed in 1975
  - the hospital hired 40 interns

# People in a state's prisons are held there: "some 7,000 Kurds in Turkish jails", "40 activists are now in state
# prisons". "in prison" alone is en.held.verb; a number of prisons ("in 14 prisons") is no place word here.
@rule en.held.in_prisons trigger event=held
  (?<!held\s)(?<!detained\s)(?<!jailed\s)(?<!arrested\s)(?<!imprisoned\s)\b(?:(?:are|were|remain|remained|sit|sat)\s+(?:(?:{VERB_GAP})\s+)?)?in\s+(?:[\p{L}-]+\s+)?(?:prisons|jails|detention\s+(?:centres|centers|facilities|camps))\b
  + some 7,000 Kurds in Turkish jails => _=in Turkish jails
  + 40 activists are currently in state prisons => _=are currently in state prisons
  + 300 migrants remain in detention centres => _=remain in detention centres
  - riots broke out in 14 prisons
  - 39 Palestinians held in Israeli jails were freed
  - he was sent to prison

# Time spent in custody says people are held: "62 men have spent more than ten years in prison without trial", "40
# of them had spent two years behind bars".
@rule en.held.spent_years trigger event=held
  \b(?:have|has|had)\s+(?:(?:{VERB_GAP})\s+)?spent\s+(?:(?:more\s+than|over|at\s+least|nearly|almost|about|up\s+to)\s+)?(?:[\p{L}\d-]+\s+)?(?:years?|months?|weeks?|days?|decades?)\s+(?:in\s+(?:{PRISON_PLACE})|behind\s+bars|locked\s+up|in\s+(?:immigration|indefinite|pre-?trial)\s+detention)\b
  + 62 men have spent more than ten years in prison without trial => _=have spent more than ten years in prison
  + 40 of them had already spent two years behind bars => _=had already spent two years behind bars
  + 124 people had spent over five years in immigration detention => _=had spent over five years in immigration detention
  - they have spent years in the courts

# A figure set by a verb ("officials put it at about 6,000", "the agency revised that to 90", "put the number of people
# held at 86", "the figure they gave was 152", "bringing to 428 the total"): the figure of the people the text is
# about, as "the figure is" (en.subject.figure) says; its event comes from the sentence or the figure before it.
@rule en.subject.figure_set subject pre=1 frame=1 says=1
  \b(?:(?:put|puts|putting|placed|places|placing|revised|revises|raised|raises|lowered|lowers|updated|updates|corrected|corrects|pegged|pegs|brought|brings)\s+(?:it|that|this|the\s+(?:number|figure|total|tally|count)(?:\s+[\p{L}-]+){0,6}?)\s+(?:at|to)
     |(?:put|puts|putting|pegged|pegs|placed|places|estimated|estimates)\s+(?:the|its|their|that|this)(?:\s+day's|\s+week's|\s+night's|\s+(?:overall|official|latest|total))?\s+(?:arrests|detentions|detainees|releases|prisoners)\s+at
     |(?:the\s+)?(?:number|figure|total|tally|count)\s+(?:that\s+)?(?:[\p{L}'-]+\s+){1,3}?(?:gave|give|gives|cited|cites|quoted|quotes|released|published|provided|offered|used|announced)(?:\s+[\p{L}\d-]+){0,3}?\s+(?:is|was|would\s+be)
     |bring(?:s|ing)?\s+to(?=\s+\d[\d,.]*\s+the\s+(?:total|number|tally|count)))(?=\s+"?(?:[\p{L}-]+\s+){0,3}?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + officials put it at about 6,000 => _=put it at
  + the ministry estimated the detainees at 5,000 => _=estimated the detainees at
  + police put the day's arrests at 770 => _=put the day's arrests at
  - he put the detainees at risk
  + the agency revised that to 90 => _=revised that to
  + police put the number of people held overnight at 86 => _=put the number of people held overnight at
  + the figure they gave was 152 => _=the figure they gave was
  + the figure officials gave in March was 152 => _=the figure officials gave in March was
  + today's releases bring to 428 the total number freed => _=bring to
  - they put it to a vote
  - the number of deaths

# A figure stated as what a count exceeds ("the number of arrests has already passed 250", "detentions topped
# 3,000"): the figure of the people or acts named before it; the event comes from the sentence ("do not exceed" is
# en.subject.may_number).
@rule en.subject.exceeds subject pre=1
  (?<!not\s)\b(?:(?:has|have|had)\s+)?(?:(?:{VERB_GAP})\s+)?(?:passed|topped|exceeded|surpassed|exceeds|tops|surpasses|went\s+past|gone\s+past)(?=\s*"?\s*(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + the number of arrests has already passed 250 => _=has already passed
  + detentions topped 3,000 => _=topped
  - the arrests do not exceed 3,000
  - the bill passed the senate
