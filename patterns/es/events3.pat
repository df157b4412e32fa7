# Spanish event vocabulary found missing on the blind articles 60-73: capacities, warrants issued, people sitting
# or camped, the disappeared, custody under arrest, people taken away, prisoners who leave with a date between.

# What a building was made for is no count of people in it ("La cárcel, construida para 800 internos, …").
@rule es.veto.built_for veto
  \b(?:construid|edificad|disenad|pensad|proyectad|concebid|habilitad|preparad)[oa]s?\s+para\s+(?:albergar\s+(?:a\s+)?|acoger\s+(?:a\s+)?|alojar\s+(?:a\s+)?)?(?:(?:unos|unas|mas\s+de|hasta|apenas|solo|cerca\s+de)\s+)?(?:\d+(?:[.,\x20]\d{3})*(?:\s+(?:mil|millones))?|(?:{NUMWORD})(?:\s+(?:{NUMWORD}))*)
  + La cárcel, construida para 800 internos, llegó a acoger a 3.800 => _=construida para 800
  + un penal pensado para albergar a unos 1.200 reos => _=pensado para albergar a unos 1.200
  - 800 internos

# A building that houses people, or came to, holds them ("llegó a acoger a unos 3.800", "alberga a 5.000 presos").
@rule es.held.housed trigger event=held
  \b(?:(?:lleg(?:o|aron|a|an)|ha\s+llegado|han\s+llegado)\s+a\s+(?:acoger|albergar|alojar|tener|superar)|alberg(?:a|an|aba|aban)|aloj(?:a|an|aba|aban)|(?<=carceles\s|prisiones\s|penales\s|penitenciarias\s|centros\s)(?:tienen|tenian|retienen|retenian|mantienen|contienen))(?:\s+a)?(?=\s+(?:(?:unos|unas|mas\s+de|cerca\s+de|casi|alrededor\s+de|aproximadamente)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + llegó a acoger a unos 3.800 => _=llegó a acoger a
  + el penal alberga a 5.000 presos => _=alberga a
  + en el país las cárceles tienen alrededor de 80.000 internos => _=tienen
  - las cárceles tienen graves carencias
  - alberga la sede de la ONU

# A warrant issued is nobody arrested yet ("un juez libró 83 órdenes de aprehensión: contra 20 militares…"); the
# warrants served count arrests (es.subject.warrants).
@rule es.other.warrant_issued trigger event=none
  \b(?:libr(?:o|aron|a|an)|emit(?:io|ieron|e|en)|expid(?:io|ieron|e|en)|dict(?:o|aron|a|an)|gir(?:o|aron)|aprob(?:o|aron)|solicit(?:o|aron|a|an)|pidi(?:o|eron)|firm(?:o|aron))(?=\s+(?:\S+\s+){1,3}?(?:ordenes|mandamientos)\s+de\s+(?:captura|detencion|aprehension|arresto|prision))
  + un juez libró 83 órdenes de aprehensión => _=libró
  + la fiscalía solicitó otras 20 órdenes de captura => _=solicitó
  - la policía cumplió 93 órdenes de captura

# People sitting, camped or standing at a protest are no one held ("quedaban un centenar de personas sentadas").
@rule es.other.posture trigger event=none
  \b(?:sentad[oa]s|acampad[oa]s|tumbad[oa]s|de\s+pie|concentrad[oa]s)\b
  + aún quedaban un centenar de personas sentadas frente a las vallas => _=sentadas
  + unas 200 personas acampadas en la plaza => _=acampadas
  - 200 presos

# The disappeared, the killed: "la desaparición de los 43 normalistas" counts no one released, held or arrested.
@rule es.other.disappearance trigger event=none
  \b(?:desaparicion(?:\s+forzada)?|asesinato|masacre|matanza|muerte|ejecucion)\s+de(?:\s+(?:los|las))?(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + los detenidos por la desaparición de los 43 normalistas => _=desaparición de los
  + la masacre de 72 migrantes => _=masacre de
  - la desaparición de su hijo

# Under arrest is a state ("ya no quedan bajo arresto más de ochenta").
@rule es.held.under_arrest trigger event=held
  \bbajo\s+arresto(?:\s+domiciliario)?\b
  + ya no quedan bajo arresto más de ochenta => _=bajo arresto
  - el arresto de 40

# "Había unos 150 detenidos": a word saying people were there, right before the count, says they were held.
@rule es.held.there_were trigger event=held state=1
  \b(?:habia|habian)(?=\s+(?:(?:unos|unas|mas\s+de|cerca\s+de|al\s+menos|casi|otros|otras)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])|un\s+centenar|una\s+(?:docena|decena|veintena)))
  + había unos 150 detenidos sentados en las gradas => _=había
  - el gobierno había liberado a 40
  - había dicho que 30

# Taken away, in every tense ("se han llevado esta mañana a al menos una docena de jóvenes", "se llevó a unas 70").
@rule es.detention.took_away trigger event=detention
  \bse\s+(?:llevo|llevan|lleva|llevaban|llevaba|llevaran|(?:ha|han|habia|habian|hayan)\s+llevado)(?:\s+\S+){0,3}?\s+a(?=\s+(?:(?:al\s+menos|unos|unas|cerca\s+de|mas\s+de|otros|otras)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])|un\s+(?:centenar|millar)|una\s+(?:decena|docena|veintena)|medio\s+(?:centenar|millar)))
  + se han llevado esta mañana a al menos una docena de jóvenes => _=se han llevado esta mañana a
  + el Ejército se llevó a unas 70 personas => _=se llevó a
  - se llevó a su hijo

# Put in jail is an arrest, whatever "en la cárcel" says alone ("metió en la cárcel a un millón de narcos").
@rule es.detention.put_in_jail trigger event=detention
  \b(?:met(?:io|ieron|e|en|er|ido)|encerr(?:o|aron|ado|ados))\s+(?:en\s+(?:la\s+)?(?:carcel|prision)|entre\s+rejas|tras\s+las\s+rejas)
  + metió en la cárcel a un millón de narcos => _=metió en la cárcel
  - siguen en la cárcel

# Leaving, with another figure or a date between ("salió otra docena de detenidos", "dejaron desde el jueves las
# cárceles").
@rule es.release.leave_more trigger event=release
  \b(?:salio|salieron|(?:ha|han)\s+salido)(?=\s+(?:(?:otr[oa]s?|mas)\s+)?(?:(?:(?:una?|otr[oa]|medio)\s+)?(?:docena|centenar|decena|veintena)|{LEAVE_NUM})\s+(?:de\s+)?(?:{PEOPLE_HELD}|{PEOPLE_DETAINED})\b)
    |\b(?:dejaron|abandonaron|salieron\s+de)\s+desde\s+(?:el\s+)?\S+\s+(?:la|las|los|el)\s+(?:carcel(?:es)?|prision(?:es)?|penal(?:es)?|centros?\s+penitenciarios?)
  + el miércoles salió otra docena de detenidos => _=salió
  + 83 reclusos dejaron desde el jueves las cárceles de Bata => _=dejaron desde el jueves las cárceles
  - salió una docena de manifestantes
