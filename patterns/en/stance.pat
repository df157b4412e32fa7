# English stance markers.
@rule en.stance.disputes stance stance=disputes
  \b(?:(?:the\s+real\s+(?:number|figure|count)|the\s+actual\s+(?:number|figure))(?!\s+(?:could|may|might|would|will|is\s+likely\s+to|is\s+probably|is\s+likely)\s+(?:be\s+)?(?:much\s+|far\s+|even\s+|considerably\s+|significantly\s+|well\s+)?(?:higher|greater|larger|bigger))|in\s+reality|does\s+not\s+match|doesn't\s+match|do\s+not\s+match|did\s+not\s+match|inflated|exaggerated|overstated|false|far\s+(?:fewer|lower|below)|much\s+lower|only\s+a\s+fraction|could\s+only\s+(?:verify|confirm)|has\s+only\s+(?:verified|confirmed)|only\s+verified|only\s+confirmed|not\s+true|misleading|far\s+too\s+(?:low|high)|too\s+low|(?:more|fewer|higher|lower)\s+than\s+the\s+official\s+(?:figure|count|tally|number)|(?:left|leaves|leave|leaving)\s+out|understate[sd]?|understating|an\s+undercount|undercount(?:s|ed|ing)|dismiss(?:ed|es|ing)\s+(?:\w+\s+){0,2}as\s+"?(?:fabricated|false|baseless|inflated|exaggerated|made\s+up)|made\s+up)\b
  + but the real number is only 50
  - at least 90 were held, and the real number could be much higher
  + does not match those provided
  + said the police figure was "far too low"
  + dismissed them as "fabricated by hostile media"
  + ten more than the official count
  + and said the official count left out people held overnight => _=left out
  + the rights group says the tally understates the arrests => _=understates
  - the pardon list leaves
  - the official number
@rule en.stance.denies stance stance=denies
  \b(?:(?:it\s+is|it\'s|it\s+was)\s+(?:false|untrue|not\s+true)\s+that\s+there\s+(?:are|were|is)|denied\s+that|denies\s+that|deny\s+that|there\s+are\s+no\s+political\s+prisoners|no\s+political\s+prisoners|there\s+(?:are|were|is)\s+not(?=\s+\d))\b
  + "It is false that there are 2,000 political prisoners," he said => _=It is false that there are
  - it is false that police arrested 30
  + the ministry denied that 300 people were detained
  + "There are not 5,000 prisoners of conscience here," he said => _=There are not
  - there are not more than 50 detainees left
  - denim
# The speaker's own count, or a figure said to be what "actually" happened (against=1): it disputes only when the
# document gave another source's figure for the same event before, on the other side of this one (claims.c,
# S_against_earlier); alone it is a plain count and asserts.
@rule en.stance.own_count stance stance=disputes against=1
  \b(?:by\s+(?:our|my|the\s+group's|its|their)\s+(?:own\s+)?(?:count|tally|reckoning|records|calculations?)
     |(?:we\s+|our\s+(?:\p{L}+\s+){1,4}?)(?:have\s+|had\s+|'ve\s+)?(?:(?:now|already|so\s+far)\s+)?(?:counted|documented|recorded|registered|logged|certified|confirmed|verified|tallied)
     |we\s+(?:count|know\s+of|have\s+(?:a\s+)?record(?:s|ed)?\s+of|estimate\s+that|calculate\s+that)
     |actually)\b
  + "We have recorded at least 90 detentions since Friday." => _=We have recorded
  + by our count, more than 400 remain in the cells => _=by our count
  + Our volunteers at the courts have counted 210 => _=Our volunteers at the courts have counted
  + we know of at least 75 who walked out => _=we know of
  + we estimate that at least 800 people were detained => _=we estimate that
  + fewer than 60 had actually left the prison => _=actually
  - the weekly count was published
  - they counted 300 votes
# Another's figure said to hide or fall short of the real one ("the ministry's tally hides the real scale", "is
# playing with figures", "the count is still incomplete", "did not reflect the real scale"): the speaker's own
# figure in that sentence contests it (sixteenth session).
@rule en.stance.hides_real stance stance=disputes same_clause=1
  \b(?:hid(?:e|es|ing|den)\s+the\s+(?:real|true|full)\s+(?:numbers?|figures?|scale|extent|toll|count|size)
     |(?:does|did|do)\s*(?:not|n't)\s+(?:reflect|show|capture)\s+the\s+(?:real|true|full)\s+(?:scale|extent|numbers?|figures?|picture|size)
     |(?:does|did|do)\s*(?:not|n't)\s+tell\s+the\s+(?:whole|full)\s+(?:truth|story)
     |playing\s+(?:games\s+)?with\s+(?:the\s+)?(?:figures|numbers)
     |(?:tally|count|figures?|list|toll|numbers?)\s+(?:is|are|was|were|remains?)\s+(?:still\s+|far\s+from\s+)?(?:incomplete|partial))\b
  + the group said the official tally did not reflect the real scale of the crackdown => _=did not reflect the real scale
  + it says the ministry was "playing with figures" and that at least 80 are held => _=playing with figures
  + the rights office says the police count is still incomplete: it knows of 45 more => _=count is still incomplete
  + a post says the commission is "hiding the real numbers" => _=hiding the real numbers
  + "These figures don't tell the whole truth," she said => _=don't tell the whole truth
  - the count was completed on Monday
  - the list of names is long
  - they hid in the real estate office
