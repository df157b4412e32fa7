# English stance markers.
@rule en.stance.disputes stance stance=disputes
  \b(?:the\s+real\s+(?:number|figure|count)|the\s+actual\s+(?:number|figure)|in\s+reality|does\s+not\s+match|doesn't\s+match|do\s+not\s+match|did\s+not\s+match|inflated|exaggerated|overstated|false|far\s+(?:fewer|lower|below)|much\s+lower|only\s+a\s+fraction|could\s+only\s+(?:verify|confirm)|has\s+only\s+(?:verified|confirmed)|only\s+verified|only\s+confirmed|not\s+true|misleading)\b
  + but the real number is only 50
  + does not match those provided
  - the official number
@rule en.stance.denies stance stance=denies
  \b(?:denied\s+that|denies\s+that|deny\s+that|there\s+are\s+no\s+political\s+prisoners|no\s+political\s+prisoners)\b
  + the ministry denied that 300 people were detained
  - denim
