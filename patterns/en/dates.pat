# English dates. Captures: day, month, year, wday; rel= gives days from the reference date.

@rule en.date.mdy date dateline=1
  \b(?!may\s+\d{1,2}\s+(?:{PEOPLE}|{PEOPLE_OTHER}|{UNITS}))(?<month>{MONTH})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?![-\x{2010}]\p{L})(?:,?\s+(?<year>\d{4}))?
  + on December 23, 2024 => month=December; day=23; year=2024
  + KYIV, Jan 14 (AP) => month=Jan; day=14
  - may 5 people
  - held on Jan. 6-related convictions

@rule en.date.dmy date dateline=1
  \b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>{MONTH})\b(?:,?\s+(?<year>\d{4}))?
  + 23 December 2024 => day=23; month=December; year=2024
  + the 8th of January => day=8; month=January
  - 23 prisoners

@rule en.date.numeric date dateline=1
  \b(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4})\b | \b(?<year2>\d{4})-(?<month2>\d{2})-(?<day2>\d{2})\b
  + on 23/12/2024 => day=23; month=12; year=2024
  + 2024-12-23 => year2=2024; month2=12; day2=23
  - 1/2 of them

@rule en.date.weekday date
  \b(?:(?:on|this|last|early|late|since|until|by)\s+)?(?<wday>{WEEKDAY})(?![\p{L}])(?:\s+(?:morning|afternoon|evening|night))?(?:\s*\((?<day>\d{1,2})\))?
  + announced on Tuesday night (13) that => wday=Tuesday; day=13
  + this Wednesday morning => wday=Wednesday
  - Tuesdays

@rule en.date.today date rel=0
  \b(?:today|this\s+morning|this\s+afternoon|this\s+evening|tonight|earlier\s+today)\b
  + earlier today
  - todays
@rule en.date.yesterday date rel=-1
  \b(?:yesterday|last\s+night)\b
  + yesterday
  - last year

@rule en.date.month_year date
  \b(?:in\s+)?(?<monthonly>{MONTH})\s+(?<year>\d{4})\b
  + in July 2024 => monthonly=July; year=2024
  - July

@rule en.daterole.from daterole role=from
  \b(?:since|starting|beginning|from)(?:\s+(?:the|last))?\b
  + since January 8
  - sincere
@rule en.daterole.to daterole role=to
  \b(?:as\s+of|until|till|through|up\s+to)(?:\s+(?:the|last|this))?\b
  + as of Wednesday
  + until this morning
  - asoff

# Ranges: the start takes the end's month and year when it has none.
@rule en.date.range date
  \b(?:between|from)\s+(?:(?:the\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?<month>{MONTH}))?|(?<month2>{MONTH})\s+(?<day2>\d{1,2}))(?:,?\s+(?<year>\d{4}))?
   \s+(?:and|to|until|through)\s+(?:(?:{WEEKDAY})\s+)?(?:(?:the\s+)?(?<eday>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<emonth>{MONTH})|(?<emonth2>{MONTH})\s+(?<eday2>\d{1,2}))(?:,?\s+(?<eyear>\d{4}))?
  + between 8 January and Tuesday 20 January => day=8; month=January; eday=20; emonth=January
  + from 20 to 24 February => day=20; eday=24; emonth=February
  + between January 8 and January 20, 2026 => month2=January; day2=8; emonth2=January; eday2=20; eyear=2026
  - between 20 and 30 prisoners

# A range with no "between/from", each end with its month: "the first two weeks, June 6 to June 22, …", "6 June to
# 22 June". (Spanish and Portuguese say "del 6 al 22 de junio", "de 6 a 22 de junho": es.date.range, pt.date.range.)
@rule en.date.range_bare date
  \b(?:(?<month2>{MONTH})\s+(?<day2>\d{1,2})|(?<day>\d{1,2})\s+(?<month>{MONTH}))(?:,?\s+(?<year>\d{4}))?
   \s+(?:to|until|through)\s+(?:(?<emonth2>{MONTH})\s+(?<eday2>\d{1,2})|(?<eday>\d{1,2})\s+(?<emonth>{MONTH}))(?:,?\s+(?<eyear>\d{4}))?\b
  + the first two and a half weeks, June 6 to June 22, at 1,618 => month2=June; day2=6; emonth2=June; eday2=22
  + 6 June to 22 June 2025 => day=6; month=June; eday=22; emonth=June; eyear=2025
  - June 6 to 22 people
  - from 6 to 22 prisoners
@rule en.daterole.by daterole role=to
  \bby(?=\s+(?:(?:{WEEKDAY})|(?:{MONTH})\b|\d|the\s+end|today|yesterday|this|last|early|late|mid))
  + By Wednesday afternoon, the group had verified
  + by January 15
  - by the opposition
