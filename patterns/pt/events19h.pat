# Português: formas de dizer que há pessoas sob custódia ou em cativeiro que nenhuma regra de retidos lia (décima nona
# sessão, "heldlex"). Escritas a partir de como a imprensa o diz e depois verificadas contra o corpus à procura de
# números falsos novos (coisas, mortos, libertados). Todas dizem um estado: os contados continuam retidos.

# Ter gente sequestrada, retida, presa: "o grupo tem sequestradas 12 pessoas", "tinham retidos 36 tripulantes". O
# verbo ter com o particípio é o estado, não a captura: mais longo que o particípio sozinho (verbo de detenção),
# governa-o.
@rule pt.held.have_participle trigger event=held
  \b(?:tem|tinha|tinham|teve|tiveram|teria|teriam|tenha|tenham|ter|tem\s+tido)\s+(?:ainda\s+|ja\s+)?(?:sequestrad|retid|cativ|detid|pres|encarcerad|reclus|encerrad)[oa]s\b
  + o grupo tem sequestradas 12 pessoas => _=tem sequestradas
  + os piratas tinham ainda retidos 36 tripulantes => _=tinham ainda retidos
  - tem presente 12 pessoas

# Deter, no presente e no imperfeito, é ter em custódia ("as FARC detêm cerca de 700 reféns", "Israel detinha mais de
# mil libaneses presos"); só com reféns, prisioneiros ou presos contados logo a seguir: "a polícia detém 30 suspeitos"
# num título é a captura, e o pretérito (deteve, detiveram) é sempre a captura. pt.detention.verb_forms (verbs.pat) já
# não lê estas formas antes de reféns ou presos.
@rule pt.held.hold_present trigger event=held
  \bdet(?:em|inha|inham|enha|enham)(?=\s+(?:ainda\s+|hoje\s+)?(?:(?:cerca\s+de|mais\s+de|pelo\s+menos|quase|uns|umas|perto\s+de)\s+)?(?:\d[\d.,]*|(?:{NUMWORD}))(?![\p{L}\d])(?:\s+(?:mil|milhoes))?\s+(?:[\p{L}-]+\s+)?(?:{PEOPLE_HELD}|refens|prisioneiros|presos|detidos|sequestrados|cativos)\b)
  + as FARC detêm cerca de 700 reféns => _=detêm
  + as FARC detenham cerca de 700 reféns => _=detenham
  + Israel detinha mais de mil libaneses presos => _=detinha
  - a polícia detém 30 suspeitos

# A cumprir pena, cumprindo pena, depois do seu substantivo e sem auxiliar: "cerca de 360 pessoas a cumprir pena por
# crimes políticos", "40 mineiros cumprindo penas". "Depois de cumprir" conta uma saída, não um estado, e um verbo de
# liberdade depois decide.
@rule pt.held.serving trigger event=held
  (?<!vao\s|iam\s|foram\s|vinham\s)(?:\ba\s+cumprir|\bcumprindo)\s+(?:(?:a|as|sua|suas|longas|uma)\s+)?(?:penas?|condenac(?:ao|oes)|sentencas?)\b(?![^.;:]{0,100}?\b(?:libertad[oa]s|soltos|soltas|postos?\s+em\s+liberdade|postas?\s+em\s+liberdade|sairam|sairao|indultad[oa]s|recuperaram\s+a\s+liberdade)\b)
  + cerca de 360 pessoas a cumprir pena por crimes políticos => _=a cumprir pena
  + 40 mineiros cumprindo longas penas => _=cumprindo longas penas
  - foram libertados depois de cumprir a pena
  - 40 presos a cumprir longas penas serão libertados

# Retidos num lugar de custódia ou de cativeiro: "cerca de 80 mil pessoas estiveram presas em campos de detenção",
# "1.500 pessoas estavam fechadas dentro do edifício": um verbo de estado, o particípio e o lugar. Sem o verbo de estado
# o particípio modifica o número e o verbo principal decide ("39 palestinos detidos em prisões israelenses recuperaram
# a liberdade"); depois de "foram" continua a ser a detenção.
@rule pt.held.held_in_place trigger event=held
  \b(?:estao|estavam|estiveram|esteve|estava|esta|ficam|ficaram|ficavam|permanecem|permaneceram|permaneciam|continuam|continuavam|seguem|seguiam|vivem|viviam|encontram-se|encontravam-se|se\s+encontram|se\s+encontravam)\s+(?:ainda\s+)?(?:pres|detid|reclus|encerrad|fechad|retid|encarcerad|internad|cativ)[oa]s\s+(?:dentro\s+d(?:o|a|os|as|e)\b|(?:em|no|na|nos|nas)\s+(?:(?:um|uma|seus|suas)\s+)?(?:campos?\s+de\s+(?:concentracao|detencao|internamento|prisioneiros|reeducacao|trabalho)|{PRISON_PLACE})\b)
  + cerca de 80 mil pessoas estiveram presas em campos de detenção => _=estiveram presas em campos de detenção
  + 1.500 pessoas estavam fechadas dentro do edifício => _=estavam fechadas dentro do
  - 20 jovens foram detidos na cadeia de Lisboa
  - 39 palestinos detidos em prisões israelenses recuperaram a liberdade

# Os reféns contados dentro do lugar quando foi tomado ("havia cerca de 1.200 pessoas dentro da escola quando o prédio
# foi tomado", "uns 800 espectadores estavam dentro do teatro quando foi invadido"): quem estava dentro são os retidos.
# Só com uma palavra de tomada a menos de 60 bytes depois de "quando".
@rule pt.held.inside_when_seized trigger event=held
  \bdentro\s+d(?:o|a|os|as)\s+(?:[\p{L}-]+\s+){0,2}?quando(?=[^.;]{0,60}?\b(?:tomad[oa]|invadid[oa]|ocupad[oa]|tomaram|invadiram|ocuparam|sequestrad[oa]|assaltad[oa]))
  + havia cerca de 1.200 pessoas dentro da escola quando o prédio foi tomado => _=dentro da escola quando
  + uns 800 espectadores estavam dentro do teatro quando foi invadido => _=dentro do teatro quando
  - uns 800 espectadores estavam dentro do teatro quando começou a peça

# Reter ou manter gente como reféns ou prisioneiros ("Londres reteve como prisioneiros 593 oficiais", "os guerrilheiros
# mantiveram como reféns 40 diplomatas"): o estado, não a tomada ("tomaram como reféns" é o sequestro, events17.pat).
@rule pt.held.kept_as_hostages trigger event=held
  \b(?:{KEEP_VERB}|retem|retinha|retinham|reteve|retiveram|teria|teriam|tem|tinha|tinham|teve|tiveram)\s+como\s+(?:refens|refem|prisioneiros|prisioneiras|prisioneiro|cativos|cativas)\b
  + Londres reteve como prisioneiros 593 oficiais => _=reteve como prisioneiros
  + os guerrilheiros mantiveram como reféns 40 diplomatas => _=mantiveram como reféns
  - tomaram como reféns 40 diplomatas
