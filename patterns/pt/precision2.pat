# Portuguese: figures that count no one (eleventh session, precision).

# A clock time said in words ("das oito da noite às seis da manhã", "às duas e meia da tarde") counts no one;
# veto.time only knows digits with a separator. "da noite para o dia" (overnight) is no time of day.
@rule pt.veto.clock_words veto
  \b(?:{NUMWORD}|\d{1,2})(?:\s+e\s+(?:meia|um\s+quarto))?\s+da\s+(?:manha|tarde|madrugada|noite(?!\s+para\s+o\s+dia))\b
  + o recolher obrigatório vai das nove da noite às cinco da manhã
  + a esquadra fechou às 7 da tarde
  + saíram às duas e meia da madrugada
  - nove dos detidos saíram
  - foram soltos doze da noite para o dia

# "toque de recolher" is a curfew: nobody is taken in by it.
@rule pt.other.curfew trigger event=none
  \btoque\s+de\s+recolher(?:\s+obrigatorio)?\b
  + foi alargado o toque de recolher a todo o país => _=toque de recolher
  - a polícia recolheu 20 manifestantes

# A figure joined to another by "+" names a case or a group ("o caso 15+2", "os 15 + 2"), it counts no one.
@rule pt.veto.joined veto
  (?<![\d.,])\d{1,4}\s?\+\s?\d{1,4}(?![\d.,])
  + os ativistas do caso 15+2 saem da cadeia
  + o grupo dos 7 + 1 foi absolvido
  - libertaram 15 presos e 2 jornalistas

# A span of time with an ordinal between figure and unit ("nas duas primeiras semanas", "os três últimos meses").
@rule pt.veto.units_ordinal veto
  \b(?:{NUMWORD}|\d{1,3})\s+(?:primeir[oa]s|ultim[oa]s|seguintes|proxim[oa]s)\s+(?:{UNITS})\b
  + foram detidas nas duas primeiras semanas de protestos
  + nos três últimos meses saíram 400
  - os três primeiros detidos saíram ontem

# Taking people out of prison frees them ("a troca tirou da prisão 16 pessoas detidas na Rússia"): the phrase
# governs the count before the detention word of its noun, which says how they came to be inside.
@rule pt.release.taken_out trigger event=release
  \b(?:tir(?:ou|aram|a|am|ar|ando|ado|ada|ados|adas|ou-se)|retir(?:ou|aram|ar|ado|ados))\s+(?:(?:ontem|hoje|ja)\s+)?(?:d[ao]s?)\s+(?:prisao|prisoes|cadeia|cadeias|carcere|carceres|presidio|presidios|celas?)\b
  + a operação tirou da prisão 16 pessoas detidas no estrangeiro => _=tirou da prisão
  + conseguiram tirar das cadeias 40 ativistas => _=tirar das cadeias
  - tiraram fotografias na prisão

# A pardon in a compound tense ("o rei já tinha perdoado 901 reclusos") frees them as "perdoou" does; the bare
# participle is left alone ("foi perdoada em cinco dos processos" pardons charges, not a count of people).
@rule pt.release.pardoned_compound trigger event=release
  \b(?:tinha|tinham|havia|haviam|tem|ter|tera|teria|teriam|tenha|tenham|tivesse|tivessem)\s+(?:(?:ja|entao|tambem)\s+)?(?:perdoado|indultado|amnistiado|anistiado|comutado)\b
  + o rei já tinha perdoado 901 reclusos => _=tinha perdoado
  + o Presidente tem indultado centenas de presos => _=tem indultado
  - a antiga líder foi perdoada em cinco dos processos

# Going on holding people says they are held now ("continuam a reter 56 pessoas detidas na campanha"): the phrase
# before the count beats the detention word of its noun, which says how they came to be inside.
@rule pt.held.goes_on_holding trigger event=held state=1
  \b(?:continu(?:a|am|ou|aram|ava|avam)|segu(?:e|em|iu|iram|ia|iam))\s+(?:a\s+reter|retendo|a\s+manter\s+(?:detid|pres|encarcerad|retid)[oa]s|mantendo\s+(?:detid|pres|encarcerad|retid)[oa]s)\b
  + as autoridades continuam a reter 56 pessoas detidas na rusga => _=continuam a reter
  + o regime segue mantendo presos 30 opositores => _=segue mantendo presos
  - continuam a deter manifestantes todas as noites
