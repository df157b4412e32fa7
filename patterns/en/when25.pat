# Twenty-fifth session (dates of counted events). "By the end of 1942, more than 60,000 people had been arrested",
# "By the end of November all 30 had been released": a tally reached by the end of a year or a month counts to its
# last day. en.daterole.by already makes "by" a 'to' word before "the end"; these rules make the year or month
# after it a date (en.date.year reads "by 1999" but not "by the end of 1999"; en.date.month_alone reads "until
# the end of" a month). A month without its year is read in the story's year (recognize.c, S_anchor_years).
@rule en.date.by_end_of_year date
  \bby\s+the\s+(?:very\s+)?(?:end|close)\s+of\s+(?<yearonly>(?:19|20)\d{2})\b(?![-/.,]?\d)(?!\s+(?:{PEOPLE}|{PEOPLE_OTHER}))
  + By the end of 1987, 21 of the 22 detainees had been freed => yearonly=1987
  + more than 5,000 had been arrested by the close of 2003 => yearonly=2003
  - by the end of 2,024 cases
  - at the end of 2019
@rule en.date.by_end_of_month date
  \bby\s+the\s+(?:very\s+)?(?:end|close)\s+of\s+(?<monthonly>{MONTH})\b(?![.]?\s*\d)
  + By the end of October, 40 prisoners had walked free => monthonly=October
  - by the end of May 2021
  - by the end of the month
