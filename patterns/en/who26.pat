# Twenty-sixth session (claimants). A coordination or operations headquarters named with capitals ("Coordination
# Headquarters for the Treatment of Prisoners of War", "Joint Operations Headquarters") is a state or military
# body, of kind government: "Headquarters" heads no civil body's name, and the name runs on through its complements.
@rule en.actor.headquarters actor exact kind=government named=1
  (?<![\p{L}])(?!(?:The|A|An|This|That)\s)(?<name>(?:\p{Lu}[\p{L}'\x{2019}\-]+\s+){1,3}Headquarters(?![\p{L}]){BODYTAIL}*)
  + the Coordination Headquarters for the Treatment of Prisoners of War says 300 soldiers came home => name=Coordination Headquarters for the Treatment of Prisoners of War
  + the Joint Operations Headquarters said 40 suspects were held => name=Joint Operations Headquarters
  - the police headquarters said
  - Headquarters said

# Twenty-sixth session (claimants). A live-blog line or a paragraph headed by its source before a colon ("New figure
# from Officer Ruiz: more than 300 people have been arrested", "Latest count from the Red Cross: 45 released", "An
# update from the ministry: …") gives the figures after the colon as that source's: the name right after "from" is
# the source, as after "according to". Only a heading: the phrase opens the sentence or an entry (after a dash or
# a clock time), and a colon closes the name within a few words.
@rule en.source.heading_from source
  (?:\A|(?<=\n)|(?<=[.!?]\s)|(?<=[\x{2014}\x{2013}\-]\s)|(?<=\d\s)|(?<=\d:\d\d\s))(?:(?:a|an|the)\s+)?(?:(?:new|latest|updated|fresh|first|revised|official|final|another|last)\s+){0,2}(?:figure|figures|count|tally|toll|total|update|numbers|estimate|word)\s+(?:from|by)(?=\s+[^.;:\d]{2,60}:)
  + New figure from Officer Ruiz: more than 300 people have been arrested => _=New figure from
  + - Latest count from the Red Cross: 45 detainees have been released => _=Latest count from
  + An update from the interior ministry: 40 people were detained => _=An update from
  - The figure from the ministry was lower than 300.
  - He cited a figure from the ministry: 300 held.

# "The Police Department's press office has given its first overall count: 720 arrests", "the ministry has issued
# an updated tally: 40 held": a perfect of giving a count before a colon is giving it, as en.cue.figure_given's
# past tense is ("given" and "issued" were not in its list).
@rule en.cue.count_given cue
  \b(?:has|have|had)\s+(?:(?:now|just|already|also)\s+)?(?:given|issued|released|published|put\s+out|updated)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}\-]+\s+){0,2}?(?:count|figure|figures|tally|total|toll|estimate|balance|numbers)(?=\s*:)
  + The Police Department's press office has given its first overall count: 720 arrests => _=has given its first overall count
  + the ministry has now issued an updated tally: 40 held => _=has now issued an updated tally
  - the ministry has given its consent: 40 will be freed soon
  - has given a count of 40
