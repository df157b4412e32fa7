# English stance markers.
@rule en.stance.disputes stance stance=disputes
  \b(?:the\s+real\s+(?:number|figure|count)|the\s+actual\s+(?:number|figure)|in\s+reality|does\s+not\s+match|doesn't\s+match|do\s+not\s+match|did\s+not\s+match|inflated|exaggerated|overstated|false|far\s+(?:fewer|lower|below)|much\s+lower|only\s+a\s+fraction|could\s+only\s+(?:verify|confirm)|has\s+only\s+(?:verified|confirmed)|only\s+verified|only\s+confirmed|not\s+true|misleading|far\s+too\s+(?:low|high)|too\s+low|(?:more|fewer|higher|lower)\s+than\s+the\s+official\s+(?:figure|count|tally|number)|(?:left|leaves|leave|leaving)\s+out|understate[sd]?|understating|an\s+undercount|undercount(?:s|ed|ing)|dismiss(?:ed|es|ing)\s+(?:\w+\s+){0,2}as\s+"?(?:fabricated|false|baseless|inflated|exaggerated|made\s+up)|made\s+up)\b
  + but the real number is only 50
  + does not match those provided
  + said the police figure was "far too low"
  + dismissed them as "fabricated by hostile media"
  + ten more than the official count
  + and said the official count left out people held overnight => _=left out
  + the rights group says the tally understates the arrests => _=understates
  - the pardon list leaves
  - the official number
@rule en.stance.denies stance stance=denies
  \b(?:denied\s+that|denies\s+that|deny\s+that|there\s+are\s+no\s+political\s+prisoners|no\s+political\s+prisoners|there\s+(?:are|were|is)\s+not(?=\s+\d))\b
  + the ministry denied that 300 people were detained
  + "There are not 5,000 prisoners of conscience here," he said => _=There are not
  - there are not more than 50 detainees left
  - denim
