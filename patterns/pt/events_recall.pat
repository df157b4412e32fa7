# Portuguese recall rules found missing on the unseen articles 79-108 (eleventh session, recall).

# The relative pronouns of a clause after a count (counts.c, S_after_relative).
@lexicon who_words who_words.txt

# Sent on to custody pending trial, said right after the count: "37 suspeitos ficam em prisão preventiva", "os 240
# detidos passaram a prisão preventiva". Those people are held now, whatever the noun says of how they came to be
# there (fate=1 outranks the count's own event word, counts.c).
@rule pt.held.remand trigger event=held fate=1
  \b(?:(?:tinham|haviam|tem)\s+)?(?:ficaram|ficam|ficarao|ficariam|ficado|ficavam|passaram|passam|passarao|passado|continuam|seguem|permanecem)\s+(?:em|a|na)\s+prisao\s+preventiva\b
  |\b(?:ficaram|ficam|ficarao|ficariam)\s+(?:pres|detid)[oa]s\s+preventivamente\b
  + 60 arguidos ficaram em prisão preventiva => _=ficaram em prisão preventiva
  + os 12 detidos passaram a prisão preventiva => _=passaram a prisão preventiva
  + 20 suspeitos ficam presos preventivamente => _=ficam presos preventivamente
  - ficaram em liberdade
  - ficaram a aguardar julgamento em liberdade

# A running total, after the day's new figure: "a polícia atualizou a conta para 512", "o total desde sexta-feira
# chegava a 230": the figure of the people the text is about; its event comes from the sentence or the figure before
# it. Not a total of deaths or of anything named with "de" that is none of ours.
@rule pt.subject.running_total subject pre=1 frame=1
  \b(?:(?:a|o)\s+(?:conta|contagem|total|cifra|balanco|numero|soma)(?:\s+de\s+(?:{PEOPLE_HELD}|{PEOPLE_DETAINED}|detencoes|prisoes|libertacoes|solturas))?(?:\s+(?:desde|apos|durante)\s+(?:o|a|os|as)\s+[\p{L}-]+(?:\s+(?:de|do|da|dos|das)\s+[\p{L}-]+){0,2})?(?:\s+(?!de\s)[\p{L}-]+){0,4}?\s+(?:chegava|chega|chegou|chegaria|subia|sobe|subiu|ascendia|ascende|ascendeu|ia|caia|cai|caiu|descia|desce|desceu|baixou|baixava|recuou)(?:\s+de\s+(?:[\d.,]+|(?:{NUMWORD}))(?:\s+mil)?)?\s+(?:(?:ja|hoje|agora)\s+)?(?:a|para)
     |(?:atualiz|elev|sub|aument|revi|corrig)\w*\s+(?:(?:ja|hoje|ontem|depois|mais\s+tarde|novamente)\s+)?(?:a\s+conta|a\s+contagem|o\s+total|a\s+cifra|o\s+balanco|o\s+numero)(?:\s+de\s+(?:{PEOPLE_HELD}|{PEOPLE_DETAINED}|detencoes|prisoes|libertacoes|solturas))?(?:\s+(?!de\s)[\p{L}-]+){0,4}?\s+(?:para|a))(?=\s+"?(?:[\p{L}-]+\s+){0,2}?(?:\d[\d.,]*+|(?:{NUMWORD}))(?:\s+mil)?(?![\p{L}\d])(?!\s+(?:{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE})\b))
  # twenty-ninth session: a 'since' phrase with its complement, an adverb before 'para'
  # a falling figure, from the old one to the new ("caiu de mil para 880": the new one is the figure)
  + O número de presos políticos caiu de mil para 880 => _=O número de presos políticos caiu de mil para
  + O número de detidos desde o início dos protestos subiu para 4.500 => _=O número de detidos desde o início dos protestos subiu para
  + o número de detidos subiu já para 4.500 => _=o número de detidos subiu já para
  + a polícia atualizou a conta para 512 => _=atualizou a conta para
  + o total desde sexta-feira chegava a 230 => _=o total desde sexta-feira chegava a
  + o ministério elevou o número de detidos para 98 => _=elevou o número de detidos para
  - o número de mortos subiu para 30
  - elevou a contagem de feridos para 12
  - a contagem da rede chega a cerca de 3.000 presos no país

# A pardon or amnesty that reaches people convicted or held frees them: "o decreto abrange 900 pessoas condenadas",
# "a ordenança beneficiaria cerca de 400 presos", "1.100 reclusos tinham sido abrangidos pelo indulto". Compound
# tenses too ("os indultos têm beneficiado quase 90.000 presos"; twenty-first session).
@rule pt.release.pardon_reach trigger event=release
  \b(?:(?:tem|tinha|tinham|terao|teria|teriam)\s+(?:beneficiado|abrangido)|abrange(?:ra|ria|u)?|abrangia|beneficiaram|beneficiaria|beneficiara|beneficiou|beneficia|contempla(?:ra|ria|va)?|contemplou)(?=\s+(?:(?:cerca\s+de|uns|umas|mais\s+de|quase|perto\s+de|ate|pelo\s+menos)\s+)?(?:\d[\d.,]*|(?:{NUMWORD}))(?:\s+mil)?\s+(?:(?:{PEOPLE_HELD})\b|presos|reclusos|detidos|(?:pessoas|cidadaos)\s+(?:condenad|processad|detid|pres)))
  |\b(?:abrangid|contemplad)[oa]s\s+(?:pel[oa]s?|por)\s+(?:perdao|perdoes|indultos?|amnistias?|anistias?|comutac\w+)\b
  + o decreto abrange 900 pessoas condenadas => _=abrange
  + a ordenança beneficiaria cerca de 400 presos => _=beneficiaria
  + os indultos assinados desde 2010 têm beneficiado quase 90.000 presos => _=têm beneficiado
  + 1.100 reclusos tinham sido abrangidos pelo indulto => _=abrangidos pelo indulto
  - o programa abrange 300 famílias
  - beneficiaria 400 pessoas carenciadas

# The compound tenses of perdoar ("o rei já tinha perdoado 901 reclusos"): the participle the older rule lacks.
@rule pt.release.pardoned trigger event=release
  \b(?:tinha|tinham|havia|haviam|tem|tera|teria)\s+(?:(?:ja|tambem)\s+)?perdoado(?=\s+(?:(?:cerca\s+de|mais\s+de|uns|umas|quase|pelo\s+menos)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + o rei já tinha perdoado 500 reclusos => _=tinha perdoado
  - tinha perdoado a dívida

# Still holding people is a state: "as autoridades continuam a reter 56 pessoas detidas na operação" counts people held
# now, whatever the noun says of their arrest (state=1 before the count beats it).
@rule pt.held.keep_holding trigger event=held state=1
  \b(?:continuam|continua|continuavam|continuava|seguem|segue)\s+(?:a\s+(?:reter|deter|encarcerar|manter\s+(?:pres|detid|encarcerad|retid)[oa]s)|retendo|detendo|mantendo\s+(?:pres|detid|encarcerad|retid)[oa]s)(?=\s+(?:(?:cerca\s+de|mais\s+de|pelo\s+menos|uns|umas|quase|perto\s+de)\s+)?(?:\d|(?:{NUMWORD})(?![\p{L}])))
  + a polícia continua a reter 30 pessoas detidas na segunda-feira => _=continua a reter
  + seguem mantendo presos 12 opositores => _=seguem mantendo presos
  - continua a deter o recorde

# Getting people out of a prison frees them: "a operação tirou da prisão 16 pessoas", "tiraram 40 presos da cadeia",
# "a polícia deixou sair da esquadra os 30 clientes".
@rule pt.release.let_out trigger event=release
  \btir(?:ou|aram|ar|a|am|ara|aria|ado|ados|adas)\s+(?:[\p{L}\d.,-]+\s+){0,5}?d[ao]s?\s+(?:prisao|prisoes|cadeia|cadeias|cativeiro|carcere)\b
  |(?<!nao\s)\b(?:deix(?:ou|aram|a|am|ara|aria)|(?:tinha|tinham|tem|ha)\s+deixado|vimos|viram|ver)\s+sair(?:\s+d[ao]s?\s+(?:esquadras?|delegacias?|prisao|prisoes|cadeias?|quarteis?|quartel|penitenciarias?))?\b
  + a operação tirou da prisão 16 pessoas => _=tirou da prisão
  + tiraram 40 presos da cadeia => _=tiraram 40 presos da cadeia
  + a polícia deixou sair da esquadra os 30 clientes => _=deixou sair da esquadra
  - tirou da gaveta o projeto
  - não deixou sair nenhum dos três

# Among those a pardon or amnesty freed, said right after the count: "51 presos políticos entre os beneficiários".
# It says what became of them (fate=1), whatever the noun says of their being held.
@rule pt.release.among_beneficiaries trigger event=release fate=1
  \bentre\s+(?:os|as)\s+(?:beneficiari|beneficiad|indultad|amnistiad|anistiad|perdoad|libertad)[oa]s\b
  + contou 51 presos políticos entre os beneficiários => _=entre os beneficiários
  - entre os detidos

# Held in a named kind of detention: "cerca de mil pessoas estavam em detenção de imigração".
@rule pt.held.in_detention trigger event=held
  \b(?:estao|estavam|estar|seguem|continuam|continuavam|permanecem|permaneciam)\s+em\s+(?:detencao|centros?\s+de\s+detencao)(?:\s+(?:de\s+imigracao|migratoria|administrativa|preventiva|de\s+imigrantes|de\s+estrangeiros))?\b
  + cerca de mil pessoas estavam em detenção de imigração => _=estavam em detenção de imigração
  - foram colocadas em detenção

# Still in the hands or power of captors, in any tense: "as outras 90 ficaram nas mãos do grupo armado", "cerca de 200
# continuam em poder da milícia". Not in a relative clause that only describes people freed now ("os 16 que estavam em
# poder dos rebeldes chegam hoje"), nor in the hands of the Red Cross, which frees them.
@rule pt.held.in_hands trigger event=held
  (?<!que\s)\b(?:{REMAIN}|ficaram|ficam|ficavam|ficarao|ficariam|tinham\s+ficado|estao|estavam|estiveram)\s+{VGAP}(?:n[ao]s\s+maos|em\s+(?:poder|maos))\s+d[eoa]s?\b(?!\s+cruz\s+vermelha)
  + as outras 90 ficaram nas mãos do grupo armado => _=ficaram nas mãos do
  + cerca de 200 continuam em poder da milícia => _=continuam em poder da
  - os 16 que estavam em poder dos rebeldes chegam hoje
  - ficaram nas mãos da Cruz Vermelha

# A list of political prisoners that holds a number of names counts the people held: "a sua lista de presos políticos
# ainda tem mais de 300 nomes". The phrase spans the count, so it governs it.
@rule pt.held.list_names trigger event=held
  \blista\s+(?:[\p{L}-]+\s+){0,2}?de\s+(?:presos|prisioneiros)\s+politicos\b(?:[^.;]|\.(?=\d)){0,100}?(?:\d[\d.,]*|(?:{NUMWORD}))(?:\s+mil)?\s+nomes\b
  + a sua lista de presos políticos no país ainda tem mais de 300 nomes => _=lista de presos políticos no país ainda tem mais de 300 nomes
  - a lista de presos políticos é longa. Tem 300 páginas

# Taken away by force, with no destination named, is a detention (plural only: one person taken is no count):
# "cerca de 30 militantes foram levados quando os soldados cercaram a sede", "tinham sido levados pela polícia". A destination ("levados ao hospital", "para casa")
# says something else.
@rule pt.detention.taken_away trigger event=detention
  \b(?:foram|tem\s+sido|tinham\s+sido|haviam\s+sido)\s+levad[oa]s\b(?!\s+(?:a|ao|aos|as|para|pra|ate|de\s+volta|em)\b)
  + cerca de 30 militantes foram levados quando os soldados cercaram a sede => _=foram levados
  + tinham sido levados pela polícia => _=tinham sido levados
  - 12 feridos foram levados ao hospital
