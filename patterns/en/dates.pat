# English dates. Captures: day, month, year, wday; rel= gives days from the reference date.

@rule en.date.mdy date dateline=1
  \b(?:(?:on\s+)?(?<wday>{WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?(?!may\s+\d{1,2}\s+(?:{PEOPLE}|{PEOPLE_OTHER}|{UNITS}))(?<month>{MONTH})\.?\s+(?:the\s+(?={DAYWORD}))?(?<day>\d{1,2}|(?<!\bmay\s){DAYWORD}(?=\s*[,.;:)]|\s*$|\s+(?:and|to|until|through|of|last|this|that|when|at|in)\b))(?:st|nd|rd|th)?\b(?![-\x{2010}]\p{L})(?:,?\s+(?<year>\d{4})|,?\s+(?<lastyear>last\s+year)\b|,?\s+(?:of\s+)?(?<thatyear>that|the\s+same)\s+year\b)?
  + on December 23, 2024 => month=December; day=23; year=2024
  + KYIV, Jan 14 (AP) => month=Jan; day=14
  + said on Tuesday, Nov. 8, that => month=Nov; day=8
  + On Tuesday night, December 30, police => month=December; day=30
  + were seized on March 3 last year and => month=March; day=3; lastyear=last year
  + freed on June 2 of that year => month=June; day=2; thatyear=that
  + the vote on May the fourth, when => month=May; day=fourth
  + since October twenty-eighth, police => month=October; day=twenty-eighth
  - may 5 people
  - the statement on Friday 30 December first listed 11 names
  - the court may first, however, hear the appeal
  - held on Jan. 6-related convictions

@rule en.date.dmy date dateline=1
  \b(?:(?:on\s+)?(?<wday>{WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:the\s+)?)?(?<day>\d{1,2}|{DAYWORD}(?=\s+of\s))(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>{MONTH})\b(?:,?\s+(?<year>\d{4})|\s+(?<lastyear>last\s+year)\b|,?\s+(?:of\s+)?(?<thatyear>that|the\s+same)\s+year\b)?
  + 23 December 2024 => day=23; month=December; year=2024
  + the 8th of January => day=8; month=January
  + stood at 88,521 on Friday 6 September => day=6; month=September
  + the raid on 14 May last year, when => day=14; month=May; lastyear=last year
  + were let go on 9 October the same year => day=9; month=October; thatyear=the same
  + the rally on the twenty-eighth of October => day=twenty-eighth; month=October
  + on Wednesday, the eleventh of June => wday=Wednesday; day=eleventh; month=June
  - 23 prisoners
  - the first of the prisoners
  - the first May Day rally

@rule en.date.numeric date dateline=1
  \b(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4})\b | \b(?<year2>\d{4})-(?<month2>\d{2})-(?<day2>\d{2})\b
  + on 23/12/2024 => day=23; month=12; year=2024
  + 2024-12-23 => year2=2024; month2=12; day2=23
  - 1/2 of them

# Seventeenth session: a weekday that names a newspaper ("The Saturday Paper", "the Sunday Times") is no day.
@rule en.date.weekday date wdayonly=1
  \b(?:(?<past>last)\s+|(?:on|this|early|late|since|until|by)\s+)?(?<wday>{WEEKDAY})(?![\p{L}])(?!\s+(?:times|telegraph|paper|mail|express|herald|post|independent|tribune|mirror|observer|standard|sport|people)\b)(?:\s+(?:morning|afternoon|evening|night))?(?:\s+of\s+(?<lastweek>last\s+week))?(?:\s*\((?<day>\d{1,2})(?:\s+(?<month>{MONTH}))?\))?
  + announced on Tuesday night (13) that => wday=Tuesday; day=13
  - In an opinion piece for The Saturday Paper, he wrote
  - the Sunday Times reported that 300 people
  + on Sunday, the Times reported => wday=Sunday
  + 855 arrests since last Thursday (16 March) => past=last; wday=Thursday; day=16; month=March
  + on the Thursday of last week the prison board => wday=Thursday; lastweek=last week
  + this Wednesday morning => wday=Wednesday
  + as of last Friday => past=last; wday=Friday
  - Tuesdays

# "On the 26th,": a day of the month alone is of the month named last before it (claims.c, dayonly=1), else the
# latest such day not after the reference date; "on the 11th of this month" is of the reference date's month.
@rule en.date.day_only date dayonly=1
  \b(?:on\s+)?the\s+(?<day>\d{1,2})(?:st|nd|rd|th)\b(?=\s*[,.;:)]|\s*$|\s+(?:and|have|has|had|were|was|are|is|in|at|when|until|through)\b)
  + The pace picked up in May. On the 26th, 900 prisoners walked free => day=26
  + Of the 300 detained since the 9th have been let go => day=9
  + 40 were picked up on the 3rd and 12 more on the 4th => day=3
  - the 15th century
  - the 20th anniversary
  - on the 26th of May
@rule en.date.day_this_month date
  \b(?:on\s+)?the\s+(?<day>\d{1,2})(?:st|nd|rd|th)\s+of\s+(?:this|the\s+current)\s+month\b
  + On the 11th of this month, when the bill passed => day=11
  - on the 11th of May
@rule en.date.today date rel=0
  \b(?:today|this\s+morning|this\s+afternoon|this\s+evening|this\s+midday|midday\s+today|noon\s+today|tonight|earlier\s+today)\b
  + earlier today
  + until midday today
  - todays
@rule en.date.yesterday date rel=-1
  \b(?:yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night)\b
  + yesterday
  + Yesterday morning, the minister said
  - last year

# "more than 1,000 arrests since midday", "since dawn": a time of day with no day is today's (in a live blog, the
# entry's day), as "this morning" is; a count "since midday" starts that day.
# "were freed in the early hours", "arrested in the small hours": the first hours of the day with no day of their
# own are today's (in a live blog, the entry's day), as "this morning" is: the night just past. Not "in the early
# hours of Friday" (a day of its own) (twentieth session).
@rule en.date.small_hours date rel=0 ofday=1
  \bin\s+the\s+(?:early|small|wee)\s+hours\b(?:\s+of\s+(?:the\s+|this\s+)?morning\b)?(?!\s+of\b)(?!\s*,?\s*(?:on\s+)?(?:(?:{WEEKDAY})(?![\p{L}])|yesterday\b|today\b))
  + twelve protesters were arrested in the early hours near the station
  + the hostages were released in the small hours of the morning
  - in the early hours of Friday
  - in the early hours of 19 December
  - in the early hours on Sunday
@rule en.date.since_daypart date rel=0 ofday=1
  (?<=\bsince\s)(?:midday|noon|dawn|daybreak|early\s+morning)\b(?!\s+(?:on|of|yesterday|last|that|the\s+(?:previous|next|day|following))\b)
  + logged more than 1,000 arrests since midday
  + since dawn
  - since dawn the previous day
  - since midday on Saturday
  - since noon yesterday

@rule en.date.month_year date
  \b(?:(?<!\d\s)(?<!\d\sof\s)(?<!\d(?:st|nd|rd|th)\sof\s)|(?=(?:in\s+)?(?:{MONTH})\s+\d))(?:in\s+)?(?<monthonly>{MONTH})\s+(?:(?<year>\d{4})\b|(?:of\s+)?(?<thatyear>that|the\s+same)\s+year\b|(?<thisyear>this\s+year)\b|(?:of\s+)?(?<lastyear>last\s+year)\b)
  + in July 2024 => monthonly=July; year=2024
  + In June last year, the courts freed 40 => monthonly=June; lastyear=last year
  + in March of last year => monthonly=March; lastyear=last year
  + In May that year the authorities freed 40 more => monthonly=May; thatyear=that
  + in October of the same year => monthonly=October; thatyear=the same
  + until the end of September this year => monthonly=September; thisyear=this year
  - on 30 June this year
  - on the 30th of June that year
  - July

# Whole periods without a day (claims.c uses them only where something ties them to a count): a month after
# since/until ("since September": the latest such month), a year ("in 2020", "since 2022"), last year, and a span
# of months ("between April and June 2021"). A month with no year is read in the year of the story the text tells
# (recognize.c, S_anchor_years), except a count as of a month's end or last day (asof): a figure of the latest
# such month, whatever story is told.
@rule en.date.month_alone date
  \b(?:since|until|through|(?<asof>(?:as\s+of|at)\s+the\s+(?:end|close)\s+of|(?:on\s+)?the\s+last\s+day\s+of))\s+(?:early\s+|late\s+)?(?<monthonly>{MONTH})\b(?![.]?\s*\d)
  + arrested since September => monthonly=September
  + there were 9,870 inmates on the last day of June => monthonly=June; asof=on the last day of
  + 1,027 political prisoners at the close of August => monthonly=August; asof=at the close of
  - since September 8
  - since May 2022
# "since mid-April": no day bounds the period; still a date (its digits are no count), left unresolved (midmonth
# is no capture that resolves).
@rule en.date.mid_month date
  \b(?:since|until|through|in|by)\s+(?:mid-?\s*|the\s+middle\s+of\s+)(?<midmonth>{MONTH})\b(?:,?\s+(?<midyear>\d{4}))?
  + 2,000 arrests since mid-April => midmonth=April
  + in mid-December 2023 => midmonth=December; midyear=2023
  - since April
@rule en.date.year date
  \b(?:in(?:\s+all\s+of)?|since|during|until|through|throughout|over\s+the\s+course\s+of|by)\s+(?:early\s+|late\s+|mid-?|the\s+(?:start|beginning)\s+of\s+)?(?<yearonly>(?:19|20)\d{2})\b(?![-/.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_OTHER}))
  + released in 2020 => yearonly=2020
  + since 2022 => yearonly=2022
  + in all of 2023, 90 people were arrested => yearonly=2023
  + were freed over the course of 2024 => yearonly=2024
  + abducted since the start of 2014 => yearonly=2014
  + by 1999 the state was holding more than 70,000 people => yearonly=1999
  - passed by 2,020 votes
  - in 2020 people
  - in 2,020 cities
@rule en.date.last_year date relyear=-1
  \b(?:last\s+year|the\s+previous\s+year|the\s+year\s+before)\b
  + Last year alone, we documented
  - last years
@rule en.date.month_range date
  \b(?:between|from)\s+(?<monthonly>{MONTH})(?:,?\s+(?<year>\d{4}))?\s+(?:and|to|until|through)\s+(?<emonthonly>{MONTH})(?:,?\s+(?<eyear>\d{4})|,?\s+(?:of\s+)?(?<thatyear>that|the\s+same)\s+year|,?\s+(?:of\s+)?(?<lastyear>last\s+year))?\b(?![.]?\s*\d{1,2}\b(?!\d))
  + between July and August last year => monthonly=July; emonthonly=August; lastyear=last year
  + between November and December that year, 400 were freed => monthonly=November; emonthonly=December; thatyear=that
  + between April and June 2021 => monthonly=April; emonthonly=June; eyear=2021
  + from November 2023 to January 2024 => monthonly=November; year=2023; emonthonly=January; eyear=2024
  - between April 3 and June 5
# "between 1976 and 1983", "from 2014 to 2016": a span of whole years, from 1 January of the first to 31 December of
# the second.
@rule en.date.year_range date
  \b(?:between|from)\s+(?<yearonly>(?:19|20)\d{2})\s+(?:and|to|until|through)\s+(?<eyearonly>(?:19|20)\d{2})\b(?![-/.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_OTHER}))
  + some 5,000 people were held there between 1976 and 1983 => yearonly=1976; eyearonly=1983
  + were detained from 2014 to 2016 => yearonly=2014; eyearonly=2016
  - between 1900 and 2000 people
  - between April and June 2021
# "between Friday and Monday": the first weekday opens the span, the second closes it.
# "in raids on Sunday and Monday": the same.
@rule en.daterole.between_from daterole role=from
  \b(?:between|on)(?=\s+(?:{WEEKDAY})(?:\s*\(\d{1,2}\))?\s+and\s+(?:on\s+)?(?:{WEEKDAY}))
  + between Friday and Monday
  + arrested in raids on Sunday and Monday
  + detained between Wednesday (1) and Friday (3)
  - between Friday's talks
  - on Sunday and the day after
@rule en.daterole.between_to daterole role=to
  \b(?:between|on)\s+(?:{WEEKDAY})(?:\s*\(\d{1,2}\))?\s+and(?=\s+(?:on\s+)?(?:{WEEKDAY}))
  + between Friday and Monday
  + arrested in raids on Sunday and Monday
  + detained between Wednesday (1) and Friday (3)
  - between Friday and the weekend

# "between September 11, 2001 and the end of September 2004", "from 3 March 2019 to the end of 2020": the first
# date opens the span; the month or year after "the end of" closes it (its last day).
@rule en.daterole.between_end_from daterole role=from
  \b(?:between|from)(?=\s+[^;:]{4,40}?\s+(?:and|to|until)\s+the\s+(?:end|close)\s+of\s+(?:(?:(?:{MONTH})\s+)?(?:19|20)\d{2}\b|(?:{MONTH})\s+this\s+year\b))
  + arrested between September 11, 2001 and the end of September 2004 => _=between
  + held from 3 March 2019 to the end of 2020 => _=from
  + arrested between September 11, 2001 and the end of September this year => _=between
  - between Friday and the weekend
# "… and the end of September 2004", "… to the end of 2020": the month or year closing such a span is its last day.
@rule en.daterole.between_end_to daterole role=to
  \b(?:and|to|until)\s+the\s+(?:end|close)\s+of(?=\s+(?:(?:(?:{MONTH})\s+)?(?:19|20)\d{2}\b|(?:{MONTH})\s+this\s+year\b))
  + arrested between September 11, 2001 and the end of September 2004 => _=and the end of
  - and the end of the week
# "between last Monday and Sunday night", "between Monday 25 August and Saturday": spans whose ends are weekdays,
# marked "last", with a part of the day or with their own day and month (the plain "between Friday and Monday" is
# the rule above). The first date opens the span, the weekday after "and" closes it.
@fragment WDAY_SPAN_START
  (?:the\s+(?:early\s+hours|small\s+hours|morning|afternoon|evening|night)\s+of\s+)?(?:last\s+)?(?:{WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?
  (?:,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:{MONTH}))?|,?\s+(?:{MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?
@rule en.daterole.wday_span_from daterole role=from
  \bbetween(?=\s+{WDAY_SPAN_START},?\s+and\s+(?:(?:early|late)\s+|the\s+(?:early\s+hours|small\s+hours|morning|evening|night)\s+of\s+)?(?:on\s+)?(?:last\s+)?(?:{WEEKDAY})(?![\p{L}]))
  + arrested 1,113 people between Friday and early Tuesday => _=between
  + 3,337 arrests between last Monday and Sunday night
  + detained 1,240 people between Monday 25 August and Saturday
  + between Monday, August 25, and Saturday
  + 52 held between the night of Saturday, 30 May, and Sunday afternoon
  - between 25 August and Saturday's vote
  - between last Monday's talks and Sunday
@rule en.daterole.wday_span_to daterole role=to
  \bbetween\s+{WDAY_SPAN_START},?\s+and(?:\s+the\s+(?:early\s+hours|small\s+hours|morning|evening|night)\s+of)?(?=\s+(?:early\s+|late\s+)?(?:on\s+)?(?:last\s+)?(?:{WEEKDAY})(?![\p{L}]))
  + arrested 1,113 people between Friday and the early hours of Tuesday => _=between Friday and the early hours of
  + 3,337 arrests between last Monday and Sunday night => _=between last Monday and
  + detained 1,240 people between Monday 25 August and Saturday => _=between Monday 25 August and
  - between last Monday and the weekend

# A word that makes the date after it the day something was published ("a video posted on Monday", "its annual
# report, published on 30 August, …"): before the reporting verb of a count, it dates the statement (claims.c).
@rule en.daterole.published daterole role=said
  \b(?:published|posted|issued|made\s+public|read\s+out|shared|(?:last\s+)?updated)(?:\s+(?:online|originally|first))?(?=\s+(?:on|last|this|early|late|yesterday|today|earlier|the\s+(?:following|next)\s|\d|(?:{MONTH})\b|(?:{WEEKDAY})\b))
  + A video posted on Monday on TikTok claims that
  + according to a tally published the following Monday
  + The message, shared on Saturday by an anonymous account, claims that
  + In a statement read out on Monday on state radio, the prison service said that
  + In its annual report, published on 30 August, the network
  + According to the charity's count, updated on Friday, there are now
  + the official list, last updated on 2 March, names
  - updated until Monday
  - published by the ministry
  - issued a statement on Monday

# A post circulating since a day ("a message circulating on WhatsApp since Tuesday claims that"): the day is the
# message's, which gives the figure, not the start of the period counted.
@rule en.daterole.circulating daterole role=said circulating=1
  \b(?:circulat(?:ing|ed|es)|(?:has|have)\s+been\s+(?:shared|circulating))(?:\s+(?:on|across|in)\s+(?:social\s+media|[\p{L}]+)(?:(?:,\s*|\s+and\s+)(?:on\s+)?[\p{L}]+){0,2})?(?=\s+since\s)
  + A message circulating on WhatsApp since Tuesday claims that
  + an image that has been shared on TikTok and Facebook since the weekend says that
  - traffic has been circulating freely

@rule en.daterole.from daterole role=from
  \b(?:since|starting|beginning|from)(?:\s+(?:the|last))?\b
  + since January 8
  - sincere
# "in the sweep that began on 3 April", "the unrest which started in June 2019": a day on which what a relative
# clause names began opens the span its count runs over (a running total, no single day's event).
@rule en.daterole.began daterole role=from
  \b(?:that|which)\s+(?:began|started|erupted|broke\s+out)(?=\s+(?:on|in)\s)
  + 18 people were held in the sweep that began on 3 April
  + the unrest which started in June 2019
  - the talks began on Monday
  - the march that began at noon
@rule en.daterole.to daterole role=to
  \b(?:as\s+(?:of|at)|until|till|through|up\s+to|at\s+the\s+close\s+of|(?:on\s+)?the\s+last\s+day\s+of)(?:\s+the\s+(?:end|close)\s+of(?:\s+the\s+day)?|\s+(?:the|last|this))?\b
  + as of Wednesday
  + had been freed until the end of the day yesterday
  + put the number of political prisoners at 1,027 at the close of August
  + as at 30 June there were 300 prisoners
  + until this morning
  + there were 9,870 inmates on the last day of June
  - asoff
# "until noon", "as of 6 p.m.": an hour with no day after an 'until' word is today (the day of the report); with its
# day after it ("as of 6 p.m. on Sunday") the hour goes with the word, which so bounds the date that follows.
@rule en.daterole.to_hour daterole role=to
  \b(?:as\s+(?:of|at)|until|till|by)\s+(?:noon|midday|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?|h\b|hrs\b|gmt\b|local\s+time\b)|\d{1,2}[:.]\d{2})(?=,?\s+(?:on|of|this|that|last|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)
  + As of 6 p.m. on Sunday, 19 of the detainees had been released => _=As of 6 p.m.
  + until noon on Saturday 40 people were held => _=until noon
  - as of noon at least forty people remained
  - as of Sunday
@rule en.date.hour_today date rel=0 hour=1
  (?<=as\sof\s|as\sat\s|until\s|till\s)(?>(?:noon|midday|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?|h\b|hrs\b|gmt\b|local\s+time\b)|\d{1,2}[:.]\d{2}))
    (?!,?\s+(?:on|of|this|that|last|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)
  + The group said that as of noon at least forty people remained in custody => _=noon
  + until 6 p.m., 18 people had returned home => _=6 p.m.
  - as of 6 p.m. on Sunday
  - until 30 people
  - held for up to 48 hours
  - as of 2024


# An event still to come (claims.c, S_future_day): a day after "is due to be released", "will be freed", "would
# rejoin their families from this evening" is no period of the count and not the day anyone spoke.
@rule en.daterole.future daterole role=future
  \b(?:(?:is|are|was|were)\s+(?:due|expected|scheduled|set|slated|to\s+be\s+set)\s+to|(?:is|are)\s+to\s+be|(?:will|would|shall)(?!\s+of\b)|(?:is|are)\s+going\s+to)\b
  + a further 1,100 prisoners is due to be released on 22 October
  + 60 people would rejoin their families from this evening
  + will be freed on Friday
  - the will of the people
  - were released on Monday

# Ranges: the start takes the end's month and year when it has none.
@rule en.date.range date
  \b(?:between|from)\s+(?:the\s+(?:night|evening|morning|afternoon|early\s+hours)\s+of\s+)?(?:(?:the\s+)?(?<day>\d{1,2}|{DAYWORD}(?=\s+of\s+{MONTH}))(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?<month>{MONTH}))?|(?<month2>{MONTH})\.?\s+(?<day2>\d{1,2}))(?:,?\s+(?<year>\d{4}))?(?:\s*,\s+[^,.;:\d()"]{1,60},)?
   \s+(?:and|to|until|through)\s+(?:the\s+(?:night|evening|morning|afternoon|early\s+hours)\s+of\s+)?(?:(?:last\s+)?(?:{WEEKDAY}),?\s+)?(?:(?:the\s+)?(?<eday>\d{1,2}|{DAYWORD}(?=\s+of\s))(?:st|nd|rd|th)?\s+(?:of\s+)?(?<emonth>{MONTH})|(?<emonth2>{MONTH})\.?\s+(?<eday2>\d{1,2}))(?:,?\s+(?<eyear>\d{4})|,?\s+(?:of\s+)?(?<thatyear>that|the\s+same)\s+year\b)?
  + between 8 January and Tuesday 20 January => day=8; month=January; eday=20; emonth=January
  + from 20 to 24 February => day=20; eday=24; emonth=February
  + between 2 December 2025 and last Sunday, 11 January => day=2; month=December; year=2025; eday=11; emonth=January
  + between 11 April, when the law took effect, and 31 July 2020 => day=11; month=April; eday=31; emonth=July; eyear=2020
  + between January 8 and January 20, 2026 => month2=January; day2=8; emonth2=January; eday2=20; eyear=2026
  + between Aug. 5 and Sept. 6, 1953 => month2=Aug; day2=5; emonth2=Sept; eday2=6; eyear=1953
  + between 3 and 17 March of that year => day=3; eday=17; emonth=March; thatyear=that
  + held between the night of 14 and the early hours of 15 May => day=14; eday=15; emonth=May
  + between the third of May and the first of June => day=third; month=May; eday=first; emonth=June
  - between the first and the third of the detainees
  - between 20 and 30 prisoners

# Two days of one month joined by "and" ("during the riots of 18 and 19 November", "on the 10th and 11th of November
# last year", "on November 18 and 19"): a span from the first to the second, as Spanish "el 8 y 9 de enero" and
# Portuguese "em 8 e 9 de janeiro" are. "last year" after it puts both days in the year before the reference date's.
@rule en.date.range_and date
  \b(?:on|of|during)\s+(?:(?:the\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?!\d)){0,5},?\s+and\s+(?:the\s+)?(?<eday>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<emonth>{MONTH})
   |(?<emonth2>{MONTH})\.?\s+(?<day2>\d{1,2})(?:st|nd|rd|th)?\s+and\s+(?<eday2>\d{1,2})(?:st|nd|rd|th)?)\b(?:,?\s+(?<eyear>\d{4})|\s+(?<lastyear>last\s+year))?
  + During the riots of 18 and 19 November, police arrested 577 people => day=18; eday=19; emonth=November
  + On the 10th and 11th of November last year, the courts freed 70 => day=10; eday=11; emonth=November; lastyear=last year
  + arrested on November 18 and 19, 2020 => emonth2=November; day2=18; eday2=19; eyear=2020
  + the protests of 4, 5 and 6 March left 70 people in custody => day=4; eday=6; emonth=March
  - of 4, 5 and 6 detainees in March
  - on 18 and 19 people
  - of 18 and 19 detainees in November

# "between yesterday and this morning", "between last night and noon today": a span of days named from the
# reference date; the first opens it, the one after "and" closes it.
@fragment RELDAY = (?:yesterday(?:\s+(?:morning|afternoon|evening))?|today|last\s+night|tonight|this\s+(?:morning|afternoon|evening|midday)|(?:midday|noon)\s+today)
@rule en.daterole.relday_span_from daterole role=from
  \bbetween(?=\s+{RELDAY},?\s+and\s+{RELDAY}\b)
  + recaptured 283 inmates between yesterday and this morning
  - between yesterday's talks and today
@rule en.daterole.relday_span_to daterole role=to
  \bbetween\s+{RELDAY},?\s+and(?=\s+{RELDAY}\b)
  + recaptured 283 inmates between yesterday and this morning => _=between yesterday and
  - between yesterday and the weekend

# "between Friday night and this morning", "between Saturday and today": a span opened by a weekday and closed by a
# day named from the reference date (today, this morning); the first opens it, the one after "and" closes it
# (sixteenth session: only Friday was read).
@rule en.daterole.wday_today_span_from daterole role=from
  \bbetween(?=\s+(?:late\s+|early\s+)?{WDAY_SPAN_START},?\s+and\s+(?:early\s+)?{RELDAY}\b)
  + 1,311 arrests between Friday night and this morning
  + between late Saturday and early this morning
  + between Saturday and today
  - between Friday and Monday
  - between Friday and the weekend
@rule en.daterole.wday_today_span_to daterole role=to
  \bbetween\s+(?:late\s+|early\s+)?{WDAY_SPAN_START},?\s+and(?:\s+early)?(?=\s+{RELDAY}\b)
  + 1,311 arrests between Friday night and this morning => _=between Friday night and
  + between Saturday and today => _=between Saturday and
  - between Friday and Monday

# Days of the month alone, the month left to the reader ("picked up between the 9th and the 11th", "from the 3rd to
# the 5th"): both ends said as ordinals after "the", so "between 9 and 11 people" is no date. The end is the
# latest such day not after the reference date, the start the latest such day not after the end.
@rule en.date.day_range date
  \b(?:between|from)\s+the\s+(?<day>\d{1,2})(?:st|nd|rd|th)\s+(?:and|to|until|through)\s+the\s+(?<eday>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{MONTH})\b)
  + logged 340 young people picked up between the 9th and the 11th => day=9; eday=11
  + from the 3rd to the 5th => day=3; eday=5
  - between the 9th and the 11th of March
  - between 9 and 11 people

# "from Tuesday to Thursday", "from last Monday night to Wednesday": the weekday after "to" closes the span (the
# one after "from" opens it: en.daterole.from).
@rule en.daterole.wday_from_to daterole role=to
  \bfrom\s+(?:last\s+)?(?:{WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?\s+to(?=\s+(?:last\s+)?(?:{WEEKDAY})(?![\p{L}]))
  + detained nearly 150 people from Tuesday to Thursday => _=from Tuesday to
  + from last Monday night to Wednesday => _=from last Monday night to
  - from Tuesday to the weekend

# "overnight Friday into Saturday", "on the night of Wednesday to Thursday": a night named by the day it starts and
# the day it runs into is a span of both (the words before the first day open it, the day after "into/to" closes
# it).
@rule en.daterole.night_from daterole role=from
  \b(?:overnight(?:\s+from)?|night\s+(?:of|from))(?=\s+(?:{WEEKDAY})(?![\p{L}])(?:\s+night)?\s+(?:into|to)\s+(?:{WEEKDAY})(?![\p{L}]))
  + police arrested 640 people overnight Wednesday into Thursday
  + on the night of Saturday to Sunday 30 were freed
  - overnight Wednesday, police said
@rule en.daterole.night_to daterole role=to
  \b(?:overnight(?:\s+from)?|night\s+(?:of|from))\s+(?:{WEEKDAY})(?![\p{L}])(?:\s+night)?\s+(?:into|to)(?=\s+(?:{WEEKDAY})(?![\p{L}]))
  + police arrested 640 people overnight Wednesday into Thursday => _=overnight Wednesday into
  - overnight Wednesday, police said

# A range with no "between/from", each end with its month: "the first two weeks, June 6 to June 22, …", "6 June to
# 22 June". (Spanish and Portuguese say "del 6 al 22 de junio", "de 6 a 22 de junho": es.date.range, pt.date.range.)
@rule en.date.range_bare date
  \b(?:(?<month2>{MONTH})\.?\s+(?<day2>\d{1,2})|(?<day>\d{1,2})\s+(?<month>{MONTH}))(?:,?\s+(?<year>\d{4}))?
   \s+(?:to|until|through)\s+(?:(?<emonth2>{MONTH})\.?\s+(?<eday2>\d{1,2})|(?<eday>\d{1,2})\s+(?<emonth>{MONTH}))(?:,?\s+(?<eyear>\d{4}))?\b
  + the first two and a half weeks, June 6 to June 22, at 1,618 => month2=June; day2=6; emonth2=June; eday2=22
  + 6 June to 22 June 2025 => day=6; month=June; eday=22; emonth=June; eyear=2025
  + From Aug. 5 to Sept. 6, 1953, the other side returned 900 prisoners => month2=Aug; day2=5; emonth2=Sept; eday2=6; eyear=1953
  - June 6 to 22 people
  - from 6 to 22 prisoners
@rule en.daterole.by daterole role=to spoke=1
  \bby(?=\s+(?:(?:{WEEKDAY})|(?:{MONTH})\b|\d|the\s+end|today|yesterday|this|last|early|late|mid))|(?<!\p{L}\s)\bby(?=\s+(?:then|that\s+(?:point|time|stage|date))\b)
  + By Wednesday afternoon, the group had verified
  + By that stage some 70 detainees had walked out
  + by January 15
  - by the opposition
  - had by then been freed

# Days named by reference to the date before them (claims.c resolves prev=N against the latest date named in the
# paragraph or the one before): "since then", "the same day", "a day earlier".
# A part of the day with no day of its own opening the sentence ("In the evening, the spokesman raised the tally
# to 700", "Shortly before midday, the commissioner told reporters 36 had been arrested"): that of the latest day
# named before, the story's (prev=0); with a reporting verb after it, it says when the figure was given. Only
# opening the sentence (after a full stop, a line break or a live blog's dash) and with a comma after it.
@rule en.date.part_of_day_opening date prev=0 story=1
  (?<=\n|[.!?"”]\s|[—–|-]\s|[a-z]{3}:\s)(?:(?:late\s+|early\s+)?in\s+the\s+(?:morning|afternoon|evening)|by\s+(?:nightfall|dusk|(?:late\s+|mid-?)?(?:morning|afternoon|evening))|(?:shortly|just)\s+(?:before|after)\s+(?:midday|noon|midnight)
     |(?:at|around|about|towards?|near|by|soon\s+after|(?:shortly|just)\s+(?:before|after))\s+(?:midday|noon|midnight|nightfall|dusk|dawn|lunchtime|sunset|sundown|daybreak)
     |late\s+(?:in\s+the|that)\s+day|later\s+in\s+the\s+day|at\s+the\s+close\s+of\s+(?:the|that)\s+day|(?:during|through)\s+the\s+(?:morning|afternoon|evening|night)
     |in\s+the\s+(?:early|late|mid-?)\s*(?:morning|afternoon|evening)
     |at\s+the\s+end\s+of\s+that\s+day)(?=\s*,)
  + The strike went on through Tuesday. Late in the day, the mayor spoke of 35 arrests => _=Late in the day
  + There were scuffles at the port on Thursday. At the end of that day, the guard counted 18 detainees => _=At the end of that day
  - At the end of the day, the numbers speak for themselves
  + Officers moved in at six. In the evening, the spokesman raised the tally to 700 arrests => _=In the evening
  + The march began early. Shortly before midday, the commissioner said 36 had been arrested => _=Shortly before midday
  + 20:15 - Late in the afternoon, prosecutors confirmed 12 arrests => _=Late in the afternoon
  - they were detained in the evening, police said
  - In the evening of Saturday, police reported 47 arrests
  - In the evening police detained 30
  + Protesters blocked the bridge on Saturday. By nightfall, police said 300 had been arrested => _=By nightfall
  + REPORTER: By mid-afternoon, local media were reporting 400 arrests => _=By mid-afternoon
  - They said they would stay by the evening news
  + The convoy reached the capital on Monday. At noon, the minister raised the number of arrests to four => _=At noon
  + Clashes went on through Tuesday. Shortly after midnight, police confirmed 60 arrests => _=Shortly after midnight
  + Roads were blocked on Saturday. Around midday, the force spoke of 30 detainees => _=Around midday
  + They were freed on Sunday. At midnight, their lawyer said 20 were still held => _=At midnight
  + The march was on Friday. During the afternoon, prosecutors reported 12 detentions => _=During the afternoon
  + The sit-in went on Thursday. Later in the day, the spokesman put the arrests at 90 => _=Later in the day
  - At noon on Saturday, police reported 47 arrests
  - At midnight police detained 30
  - During the afternoon session, the party denounced 12 detentions
@rule en.date.same_day date prev=0
  \b(?:since\s+then|(?:on\s+)?(?:the|that)\s+same\s+day|on\s+the\s+day\s+itself|(?:on\s+)?that\s+day|(?:on\s+)?that\s+very\s+day|(?:on\s+)?that\s+(?:same\s+)?date
     |(?:on\s+|during\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?:night|evening|morning|afternoon)|on\s+that\s+(?:same\s+)?occasion)\b
     (?!\s+(?:care|trip|flight|service|delivery|visit|club|shift))
  + That very day police counted 40 arrests
  + have been detained since then
  + were freed the same day
  + Five of the men were held that same night at the port
  + On the day itself, the guard counted 40 detainees
  + That night police took away eleven young men
  + On that occasion nine civilians also came home
  + about 90 detainees have walked free since that date
  - that dated building
  - the same day care
  - that night club
# Hours after the day named before, the same day: "Hours later, 30 of them were freed"; not "hours after the vote"
# (an event with no date of its own) nor "hours later than planned".
@rule en.date.hours_later date prev=0
  \b(?:(?:(?:a\s+few|several|some|two|three|four)\s+)?(?:hours|minutes)\s+later\b(?!\s+than\b)|(?:moments|shortly|soon)\s+(?:later|afterwards)\b(?!\s+than\b)|(?:shortly|soon)\s+after(?=\s*[,.;]))
  + The prosecutor responded shortly afterwards and put the figure at 90
  - shortly after the vote
  + A few hours later, 40 of them walked free
  + and Israel freed 200 prisoners hours later
  - hours after the vote
  - two hours later than planned
# A span named before ("over the same period", "during this period"): claims.c gives it the period of the latest
# figure or range of dates in its paragraph or the one before (period=same).
@rule en.date.same_period date period=same
  \b(?:(?:in|over|during|for)\s+(?:the\s+same|that(?:\s+same)?|this(?:\s+same)?|the\s+same\s+time)\s+period|in\s+the\s+same\s+time(?:\s+frame|frame)?)\b(?!\s+(?:of|last|when|in\s+which)\b)
  + Over the same period, police arrested 40 people
  + A rights group logged 800 arrests in that same period => _=in that same period
  + during this same period 75 were let go
  + during this period 300 were released
  + in the same timeframe
  - during the period of the truce
  - over a period of weeks
# A statement named before ("in the same statement", "according to the same report"): claims.c gives the figure
# the statement date of the latest dated figure of the paragraph or the one before (said=same).
@rule en.date.same_statement date said=same
  \b(?:(?:in|according\s+to|per)\s+)?the\s+same\s+(?:(?:police|army|military|official|government|ministry|written|press)\s+)?(?:statement|report|update|briefing|communiqu[eé]|press\s+conference|news\s+conference|interview|message|post|bulletin)\b
  + In the same statement, the ministry said 46 of them were still in custody
  + according to the same report
  + The same army statement added that 60 soldiers had been freed
  - on the same day
  - in the same period
  - the same police officers
# A statement named with no day of its own ("in a statement", "at a news conference", "in a brief statement released
# before dawn"): the occasion of what the story has just told; the figure takes the statement day of the latest dated
# figure, or of the latest reporting verb with its day, in its paragraph or the two before (said=told; when.c
# S_same_statement), when the sentence names no day of its own.
@rule en.date.a_statement date said=told
  \b(?:in|at|during)\s+an?\s+(?:(?:brief|short|terse|written|joint|televised|lengthy)\s+)?(?:statement|press\s+conference|news\s+conference|press\s+briefing|news\s+briefing|briefing|communiqu[eé])\b
  + Noumea public prosecutor Yves Dupas said in a statement
  + In a brief statement released before dawn, the ministry said
  + he told reporters at a news conference
  - in a later statement
  - in the statement
  - in a state of shock
@rule en.date.day_before date prev=-1
  \b(?:a\s+day\s+earlier|the\s+day\s+before(?!\s+(?:the|a|an|his|her|their|its|\p{Lu}))|the\s+previous\s+day|on\s+the\s+eve)\b(?!\s+of)
  + police said a day earlier that 564 people
  + the previous day
  - the day before the vote
  - on the eve of the election
# "By then", "by that point": a tally closed on the day the story named last (its 'by' is an 'until' word,
# en.daterole.by): "The court ruled on 6 May. By that point 224 people had been freed". Only opening a clause:
# inside a verb ("had by then been freed") it would part the auxiliary from its event word.
@rule en.date.by_then date prev=0 closes=1
  (?<!\p{L}\s)\bby\s+(?:then|that\s+(?:point|time|stage|date))\b(?!\s+(?:next|last)\b)
  + By then, more than 90 prisoners had been let go
  + and, by that time, 40 had been charged
  - 40 had by then been charged
  - by thence
  - by that token
# The day after the date named before ("the next day", "a day later", "two days later": prev=1 times the ndays
# capture), and days counted back from the reference date ("three days ago": rel=-1 times ndays; "moments ago").
@rule en.date.day_after date prev=1
  \b(?:the\s+(?:next|following)\s+(?:day|morning)|a\s+day\s+later|(?:on\s+)?the\s+day\s+after(?!\s+(?:the|a|an|his|her|their|its|\p{Lu}|\d)))\b(?!\s+of\b)
  + The next day, the mayor said 300 people had been arrested
  + a day later
  - the day after the vote
  - the next day of hearings
@rule en.date.days_later date prev=1
  \b(?<ndays>\d{1,2}|{NUMWORD})\s+days\s+later\b
  + Four days later, the prosecutor said => ndays=Four
  + 3 days later => ndays=3
  - days later
@rule en.date.days_ago date rel=-1
  \b(?<ndays>\d{1,2}|{NUMWORD})\s+days\s+ago\b
  + released two days ago => ndays=two
  - days ago
@rule en.date.moments_ago date rel=0
  \b(?:(?:just\s+)?moments\s+ago|(?:a\s+few\s+)?minutes\s+ago|a\s+(?:short|little)\s+while\s+ago)\b
  + the prosecutor's office said moments ago that 50 had been freed
  + a few minutes ago
  - moments later
# "The Metropolitan Police has just published its overnight figures": what has just been done was done today (the
# reference date); "has just two prisons", "just 30" are no time.
@rule en.date.just_done date rel=0
  \b(?:has|have)\s+just(?=\s+(?:been\s+)?\p{L}+(?:ed|en|wn|ne|id|ld|ut|ent|ade)\b)(?!\s+(?:{NUMWORD})\b)
  + The police has just published its overnight figures
  + the ministry have just released 40 detainees
  - the country has just seven prisons
  - the camp has just 300 beds
# "last weekend", "over the weekend" (weekend=1): the latest Saturday and Sunday, a span; "last" on a weekend day
# means the one before.
@rule en.date.weekend date weekend=1
  \b(?:(?<past>last|this\s+past|the\s+past)\s+weekend|(?:over|at|during|on|this)\s+the\s+weekend|this\s+weekend)\b(?!['\x{2019}]s)
  + The authorities released 30 students last weekend => past=last
  + Looters over the weekend ransacked the homes
  - next weekend
  - last weekend's protests


# A date naming an event ("the July 28 presidential election", "the Jan. 6, 2021, attack"): named=1 makes it no
# statement date and no period of releases or people held; it dates arrests at the event (claims.c).
@lexicon EVENT_NAMES event_names.txt
@rule en.date.named_event date named=1
  \b(?:the|a|an|this|that|last)\s+(?:(?<month>{MONTH})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?|(?<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?<month2>{MONTH}))(?:,?\s+(?<year>\d{4}))?,?\s+(?:[a-z]+\s+)?(?:{EVENT_NAMES})\b
  + people charged in the Jan. 6, 2021, attack on the Capitol => month=Jan; day=6; year=2021
  + the unrest that followed the July 28 presidential election => month=July; day=28
  + since the 1 February coup => day2=1; month2=February
  - on July 28 police arrested 50 protesters
  - the July 28 release of 50 prisoners

# "That Saturday", "on that Wednesday in February": a weekday pointed back to is the latest day named before it in
# the document that falls on that weekday (claims.c, S_that_weekday, thatday=1), not the latest such weekday before
# the reference date.
@rule en.date.that_weekday date thatday=1
  \b(?:on\s+)?(?:that|the\s+same)\s+(?<wday>{WEEKDAY})(?![\p{L}])(?:\s+(?:morning|afternoon|evening|night))?(?:\s+in\s+(?:{MONTH})\b(?!\s+\d))?
  + That Saturday, police said, 20 people were detained => wday=Saturday
  + on that Wednesday in February a hundred inmates walked out => wday=Wednesday
  - that week

# "since the coup", "since the start of the protests", "since the night of the vote": a period opened by an event,
# not by a day. claims.c (S_since_event, evref=1) takes the day of the same event named before in the document
# (event_kinds: "the vote" is "the elections of 29 October").
@rule en.date.since_event date evref=1
  (?<=\bsince\s)(?:the\s+(?:start|beginning|outbreak|night|day|eve|morning|passage|adoption|entry\s+into\s+force)\s+of\s+(?:the\s+|that\s+|those\s+|these\s+)?|(?:the|that|those|these)\s+)(?:{event_kinds})\b(?!\s+(?:of|on)\s+\d)
  + 29,560 arrests since the coup
  + since the start of the protests
  + since the night of the vote
  + since the law
  - since the 1 February coup
  - since Monday
  - since the party's founding

# "arrested during the operation", "detained in the raid", "in that operation": a count made in an event, not dated
# by a day of its own. when.c (S_since_event, within=1) takes the day (or span) of the same event dated before in
# the story (event_kinds class operation), or with "that" (that=1) the day of the sentence just before; never when
# the sentence names another day or a since/until bound.
@rule en.date.in_event date evref=1 within=1
  \b(?:in|during)\s+the\s+(?:(?:police|security|military|immigration|army)\s+)?(?:operation|raid|eviction|siege)\b(?!\s+(?:of|on)\s+\d)(?!\s+(?:that|which)\s+began\b)
  + Eighty people were arrested during the operation, officers said
  + twelve detained in the police raid
  + held in the eviction
  - in the operation of 4 May
  - in the operations
  - in the raid that began on Monday
  - in the protests

@rule en.date.in_that_event date evref=1 within=1 that=1
  \b(?:in|during)\s+(?:that|this)\s+(?:(?:police|security|military|immigration|army)\s+)?(?:operation|raid|eviction|siege)\b(?!\s+(?:of|on)\s+\d)
  + In that operation, more than 200 people were detained
  + during this raid
  - in those operations

# A relative clause after the figure saying when it was put out ("80 arrests, figures the police released last
# night"; "according to the tally the ministry published on Tuesday"): the day is the statement's.
@rule en.daterole.figure_published daterole role=said figure=1
  \b(?:figures?|numbers?|tally|count|total|data)\s+(?:that\s+|which\s+)?(?:[\p{L}'-]+\s+){1,6}?(?:released|published|announced|issued|gave|put\s+out|made\s+public)
    (?=\s+(?:on|last|this|that|early|late|yesterday|today|earlier|\d|(?:{MONTH})\b|(?:{WEEKDAY})\b))
  + 80 people were arrested, figures the police released last night
  + according to the tally that the ministry published on Tuesday
  + a count the group issued that same evening
  - the figures the police released show
  - the tally the ministry published in Geneva

# The end of a month or year (eighteenth session): "the prisons held about 63,000 inmates at the end of last year",
# "at the end of 2024, 300 remained in custody". The month or year is a date; the word makes it the 'to' of a state
# (state=1: when.c uses it with a held count only; an event "at the end of June" has no day the text gives).
@rule en.date.end_of_year date
  \bat\s+the\s+(?:very\s+)?end\s+of\s+(?<yearonly>(?:19|20)\d{2})\b(?![-/.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_OTHER}))
  + 300 remained in custody at the end of 2024 => yearonly=2024
  - at the end of 2,024 cases
@rule en.daterole.end_of daterole role=to state=1
  \bat\s+the\s+(?:very\s+)?end\b(?=\s+of\s+(?:last\s+year\b|the\s+previous\s+year\b|(?:early\s+|late\s+)?(?:{MONTH})\b|(?:19|20)\d{2}\b))
  + held about 63,000 inmates at the end of last year => _=at the end
  + 300 remained in custody at the end of 2024 => _=at the end
  + 360 serving sentences at the end of September => _=at the end
  - at the end of the day
  - at the end of their sentences
