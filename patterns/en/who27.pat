# Twenty-seventh session (claimants). Giving a list is giving its figure: "The Civic Alliance, which groups business
# leaders, handed the mediators a list of 647 political prisoners", "the group, based in Madrid, included more than
# 1,000 political prisoners in its latest list". With no reporting verb the subject past an aside was not read;
# handing, presenting, publishing, submitting or including a list is now a report of whoever gives it. Not
# "released" (a release word of its own).
@rule en.cue.list_given cue
  \b(?:hand(?:ed|s)(?:\s+over)?|gave|gives|present(?:ed|s)|publish(?:ed|es)|submit(?:ted|s)|deliver(?:ed|s)|sent|sends|circulat(?:ed|es)|(?:has|have|had)\s+(?:handed|given|presented|published|submitted|delivered|sent|circulated))(?=(?:\s+[\p{L}\-]+){0,4}?\s+(?:a|an|its|their|the|his|her)\s+(?:(?:new|latest|updated|own|full|first)\s+)?list\b)
     |\binclud(?:ed|es)(?=[^.;:]{0,80}?\bin\s+(?:its|their|the)\s+(?:(?:new|latest|updated|own|full)\s+)?list\b)
  + The Civic Alliance, which groups business leaders, handed the mediators a list of 647 political prisoners => _=handed
  + the group, based in Madrid, included more than 1,000 political prisoners in its latest list => _=included
  + the coalition presented on Tuesday a list of 86 prisoners => _=presented
  - handed the detainees over to the police
  - the list of 40 prisoners that circulates
  - presented a complaint over 30 arrests
