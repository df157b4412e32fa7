# English: figures still missed (seventeenth session, recall).

# A running figure said to have gone past a bare number: "the department's total since Saturday is now well past
# 400", "the true number at that point had already passed 4,000", "its tally passed 5,400". Like en.subject.figure
# (frame=1), the bare figure counts the people the text is about; its event comes from the sentence or the figure
# before it. Counts of the dead, the hurt, cases or votes are left out.
@rule en.subject.figure_passed subject pre=1 frame=1
  \b(?:the|its|their|our|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:number|figure|total|tally|count)(?!\s+of\s+(?:the\s+)?(?:dead|deaths|killed|injured|wounded|victims|casualties|cases|votes|ballots|years|days|hours))(?:\s+(?!of\b)[\p{L}'’-]+){0,4}?(?:\s+of(?:\s+[\p{L}'’-]+){1,4}?)?\s+(?:(?:had|has|have)\s+(?:already\s+|now\s+)?(?:passed|topped|exceeded|surpassed|gone\s+past|gone\s+over)|passed|topped|exceeded|surpassed|(?:is|was)\s+(?:now\s+|already\s+)?(?:well\s+)?(?:past|over|above))(?=\s+(?:about\s+|some\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + the department's total since Saturday is now well past 400 => _=the department's total since Saturday is now well past
  + the true number at that point had already passed 4,000 => _=the true number at that point had already passed
  + on Monday its tally passed 5,400 => _=its tally passed
  + the number of people arrested has now passed two hundred => _=the number of people arrested has now passed
  - the number of deaths passed 30
  - the number of injured has passed 200
  - the total is 400
  - the truck passed 400 metres
