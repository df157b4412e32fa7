# English: hostage-taking and mass abductions (seventeenth session). Hostage crises and mass kidnappings count the same
# people at three moments: the taking (detention), the captivity (held) and the way out (release). These phrases say
# which with verbs the rest of the set did not read as custody.

# The taking: "took 66 Americans captive", "66 Americans were taken captive", "seized 40 hostages", "had been taken
# from their dormitories". The whole phrase is the event word, so "hostages" inside it no longer gives its default
# (held).
@rule en.detention.hostage_taking trigger event=detention
  \b(?:took|take|takes|taking|taken)\s+(?:(?:about|some|around|nearly|more\s+than|at\s+least)\s+)?(?:(?:\d[\d,.]*|{NUMWORD})\s+(?:[\p{L}-]+\s+){0,3})?(?:captive|hostages?)\b
  | \b(?:had|have|has)\s+been\s+taken(?=\s*[.,;:]|\s+(?:away|from\s+(?:their|the)\s+(?:dormitor|school|homes|village|hostel)|by\s+(?:the\s+)?(?:gunmen|kidnappers|bandits|militants|abductors|jihadists|insurgents)))
  + militant students took 66 Americans captive => _=took 66 Americans captive
  + In all, 66 Americans were taken captive => _=taken captive
  + about 90 girls had been taken. => _=had been taken
  + 110 girls had been taken from their dormitories => _=had been taken
  - the 66 Americans took the first plane home
  - three people had been taken to hospital

# The captivity told by those who hold: "the kidnappers still have 10 pupils", "the captors hold about 40".
@rule en.held.captors_have trigger event=held
  (?<=kidnappers\s|captors\s|abductors\s|hostage-takers\s)(?:still\s+|now\s+|only\s+)?(?:have|had|hold|held|are\s+holding|were\s+holding|keep|kept)\b(?=\s+(?:only\s+)?(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + the kidnappers still have 10 pupils => _=still have
  + the captors hold about 40 foreigners => _=hold
  - the kidnappers have demanded a ransom

# Those who have not come home after an abduction are still held: "at least eight boys had not returned home", "about
# 150 children have yet to return". The negation, longer than the return home inside it (release), makes it held. Without
# "home", only after children, pupils or hostages: prisoners who do not come back from a leave are held by no one.
@rule en.held.not_returned trigger event=held
  \b(?:(?:have|has|had|did)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:returned|come\s+(?:home|back)|return|come)|(?:have|has|had|are|were)\s+(?:still\s+)?yet\s+to\s+(?:return|come\s+home)|never\s+(?:returned|came\s+home))\s+(?:home|to\s+(?:their\s+)?(?:homes|famil(?:y|ies)))\b
  | (?<=children\s|pupils\s|students\s|schoolgirls\s|schoolboys\s|girls\s|boys\s|hostages\s|captives\s)(?:(?:have|has|had|did)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:returned|come\s+(?:home|back)|return)|(?:have|has|had|are|were)\s+(?:still\s+)?yet\s+to\s+(?:return|come\s+home)|never\s+(?:returned|came\s+home))\b
  + at least eight boys had not returned home => _=had not returned home
  + about 150 children have yet to return => _=have yet to return
  - all eight boys returned home
  - the delegates had not returned to the table
  - 112 of them had not returned from their holiday leave

# The way out that captors grant or others win: "troops rescued 137 pupils", "the 137 were rescued", "the rescue of
# 15 hostages", "14 hostages were saved" (hostages and captives only: "saved from the shipwreck" frees no one), "some 20 staff were allowed to leave the building", "left the compound alive".
@rule en.release.captives_out trigger event=release
  \b(?:rescued|rescues|rescuing)\b(?!\s+(?:workers|teams?|efforts?|operations?|services?|crews?))
  | \bthe\s+rescue\s+of{NUMSTART}
  | \b(?:hostages|captives|abductees)\s+(?:were|had\s+been|have\s+been)\s+(?:saved|brought\s+out\s+alive)\b
  | \b(?:were|was|been)\s+allowed\s+to\s+leave\b
  | \b(?:left|escaped|came\s+out\s+of|walked\s+out\s+of)\s+(?:the\s+)?(?:\p{L}+\s+)?alive\b
  + troops rescued 137 pupils => _=rescued
  + the rescue of 15 hostages => _=the rescue of
  + the minister said 14 hostages were saved => _=hostages were saved
  - 14 people were saved from the shipwreck
  + some 20 staff were allowed to leave the building => _=were allowed to leave
  + 685 workers left the compound alive => _=left the compound alive
  - the rescue of the economy
  - rescued workers searched the rubble

# Abducted children or hostages still missing are still with their captors: "no more than 50 girls were still
# missing". Only after such a noun: people missing after a protest or a flood are no one's captives.
@rule en.held.captives_missing trigger event=held
  (?<=children\s|pupils\s|students\s|schoolgirls\s|schoolboys\s|girls\s|boys\s|hostages\s|captives\s)(?:were|are|remain|remained|remains|is|was)\s+(?:still\s+)?missing\b
  + no more than 50 girls were still missing => _=were still missing
  - 23 people it has been looking for are still missing

# People whose whereabouts are unknown are, as far as anyone knows, in no one's hands: "the whereabouts of eight of
# them are unknown" (like "remain unaccounted for", events16f.pat). The phrase binds its figure to no event.
@rule en.other.whereabouts trigger event=none
  \bthe\s+whereabouts\s+of\b(?=\s*(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + the whereabouts of eight of them remain unknown => _=the whereabouts of
  - the whereabouts of the hostages

# The attackers are no hostages: "some 30 gunmen stormed the school and abducted 300 pupils", "about 400 students
# overran the embassy". The verb of the assault, beside the attackers' figure, binds it to no event; the figure of
# those taken keeps its own verb beside it.
@rule en.other.assault trigger event=none
  \b(?:stormed|overran|burst\s+into|broke\s+into|raided)\b
  + some 30 gunmen stormed the school => _=stormed
  + about 400 students overran the embassy => _=overran
  - they were held in the storm
