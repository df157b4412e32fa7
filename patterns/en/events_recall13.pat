# English recall rules found missing on the unseen articles 79-128 (thirteenth session, recall). Each construction
# has its twins in es/ and pt/events_recall13.pat.

# Sending or bringing people home, or back to their families, with the people between the verb and the place
# ("helped return about 900 former detainees to their families", "officers sent 60 of them home", "4,800 had been
# sent home"): they were let out of custody, a release. Bodies and remains handed back are no people freed.
@rule en.release.sent_home trigger event=release
  \b(?:sen[dt]|sends|sending|return(?:s|ed|ing)?|reunit(?:e|es|ed|ing)|brought\s+back|bring(?:s|ing)?\s+back|handed\s+back|hand(?:s|ing)?\s+back)
   \s+(?!(?:[\w,.'-]+\s+){0,4}(?:bodies|remains|corpses|ashes)\b)(?:[\w,.'-]+\s+){0,6}?(?:back\s+)?
   (?:home(?!\s+(?:office|secretary|minister|ministry|affairs|page|run|rule|state|team|side|crowd|fans))|to\s+their\s+(?:homes|families|relatives)|with\s+their\s+families)\b
  + the Red Cross helped return about 900 former detainees to their families => _=return about 900 former detainees to their families
  + officers sent 60 of them home before dawn => _=sent 60 of them home
  + some 4,800 had been sent home by Friday => _=sent home
  + the last 12 were reunited with their families => _=reunited with their families
  - the army returned the bodies of 12 soldiers to their families
  - he sent a letter to the Home Office
  - the 40 fans were sent home team shirts
