# Portuguese: one person still held (twenty-fourth session, "recallheld"). "um/uma" alone is an article far more
# often than a count (numbers.c), so it counts one person only where the clause goes on to say that this one is
# still in custody or captivity: "um/uma" with a singular people noun or "dos N" after it, and, before the clause
# ends, a state of being held ("continua detido", "permanece na prisão", "segue sequestrada"); or the verb first,
# "Fica uma pessoa detida". A release, an arrest or a death after it makes no count.
@lexicon ONE_PEOPLE one_people.txt
# what may stand between the "um" and its state: no other clause (no conjunction, complementizer, reporting verb
# or figure), an age set off by commas ("João Silva, de 35 anos,") allowed.
@fragment ONE_GAP = (?:,\s*(?:que|quem)\b[^,.;:]{0,80},|,\s*(?:de\s+)?\d{1,2}(?:\s+anos)?\s*,|(?!\b(?:e|ou|que|disse|diz|afirmou|quem|qual|mas|enquanto|apos|depois|antes)\b)[^.;:\d])
@fragment ONE_HELD_STATE
  (?:(?:continua|continuava|continuou|permanece|permanecia|permaneceu|segue|seguia|fica|ficava|ficou|esta|estava|se\s+encontra|se\s+encontrava)\s+(?:ainda\s+|hoje\s+)?
     (?:detid[oa]|pres[oa]|encarcerad[oa]|sequestrad[oa]|retid[oa]|(?:na|em)\s+(?:prisao|cadeia|custodia|cativeiro|poder\s+d[eoa]s?)|sob\s+custodia|atras\s+das\s+grades|nas\s+maos\s+d[eoa]s?))\b
@rule pt.collective.one_held collective value=1 q=exact
  (?<![\p{L}\d\-])(?<!\bnem\s|\bNem\s)(?:um|uma|Um|Uma)(?=\s+
    (?:(?:d(?:os|as|eles|elas)\b{ONE_GAP}{0,60}?)
      |(?:[\p{L}.'-]+\s+){0,2}?(?:{ONE_PEOPLE})\b{ONE_GAP}{0,60}?
      |)
    {ONE_HELD_STATE})
  + Uma estudante continua detida, segundo a polícia. => _=Uma
  + Apenas um dos quatro, João Silva, de 35 anos, permanece na prisão. => _=um
  + pelo menos um cidadão português continua sequestrado no país => _=um
  + um dos reféns segue em cativeiro => _=um
  + Apenas um continua preso. => _=um
  - Uma estudante foi libertada na segunda-feira.
  - um dos quatro foi detido ontem
  - Uma pessoa morreu e outra continua detida
  - Um dos agentes disse que 40 pessoas continuam presas.
  - uma casa continua nas mãos da família
  - nem um continua preso, disse o ministro
# The verb first: "Fica uma pessoa detida", "Continua um jornalista preso".
@rule pt.collective.one_held_after collective value=1 q=exact
  (?<=\bfica\s|\bficou\s|\bcontinua\s|\bpermanece\s|\bsegue\s|\bFica\s|\bFicou\s|\bContinua\s|\bPermanece\s|\bSegue\s)(?:um|uma)(?=\s+(?:{ONE_PEOPLE})\s+(?:ainda\s+)?(?:detid[oa]|pres[oa]|sequestrad[oa]|retid[oa]|na\s+prisao|sob\s+custodia)\b)
  + Fica uma pessoa detida por ter um mandado pendente => _=uma
  - Fica uma pessoa responsável pelo caso
  - fica uma casa detida
# The state of that one person, the verb first ("Fica uma pessoa detida"): held, the event word of the count above.
@rule pt.held.stays_one trigger event=held
  \b(?:fica|ficou|continua|permanece|segue)\s+(?:um|uma)\s+(?:{ONE_PEOPLE})\s+(?:ainda\s+)?(?:detid[oa]|pres[oa]|sequestrad[oa]|retid[oa])\b
  + Fica uma pessoa detida por ter um mandado pendente => _=Fica uma pessoa detida
  - Fica uma pessoa responsável pelo caso

# Cumprir pena ou uma detenção de dias, no presente ("seis manifestantes cumprem 15 dias de
# detenção", "40 presos cumprem pena na cadeia", "estão a cumprir penas de prisão"): gente retida agora, como
# "serving sentences" em inglês. Não o pretérito, que conta uma pena já cumprida antes de sair ("depois de cumprir
# a pena", "cumpriram a pena e saíram"), nem o imperfeito, que nas notícias descreve os que acabam de sair ("os 23
# dirigentes que cumpriam pena deixaram as prisões").
@rule pt.held.serving_term trigger event=held
  (?<!apos\s|de\s|ao\s|por\s|sem\s)\b(?:cumprem|cumpre|(?:estao|esta|seguem|segue|continuam|continua)\s+(?:a\s+cumprir|cumprindo))\s+(?:ja\s+|ainda\s+)?
    (?:(?:uma\s+|suas\s+|sua\s+|a\s+|as\s+)?(?:penas?|condenas?)(?:\s+de\s+(?:prisao|cadeia|reclusao|detencao))?
      |(?:\S+\s+){1,2}(?:dias|semanas|meses|anos)\s+de\s+(?:prisao|cadeia|detencao|reclusao|condena))\b
  + pelo menos seis manifestantes cumprem já 15 dias de detenção => _=cumprem já 15 dias de detenção
  + cerca de 40 presos cumprem pena na cadeia de Caxias => _=cumprem pena
  + 12 ativistas estão a cumprir penas de prisão => _=estão a cumprir penas de prisão
  - os 23 dirigentes que cumpriam pena deixaram as prisões
  - depois de cumprir a pena, os 12 saíram
  - os 12 cumpriram a pena e saíram em liberdade
  - cumprem 20 anos da fundação

# "O único brasileiro entre os sequestradores, que não podia ser expulso, continuou preso": one person held,
# "único/única" before a singular people noun and a state of being held, as "um" above.
@rule pt.collective.only_one_held collective value=1 q=exact
  (?<![\p{L}\d\-])(?:unico|unica)(?=\s+(?:[\p{L}-]+\s+)?(?:{ONE_PEOPLE})\b{ONE_GAP}{0,80}?{ONE_HELD_STATE})
  + O único jornalista entre os reféns, que não podia ser trocado, continuou preso mais dois anos. => _=único
  + a única jornalista continua sequestrada => _=única
  - o único preso libertado foi João
  - a única pessoa que falou foi detida

# A company described in apposition after its name, with or without an article ("a Umanizzare, empresa privada que
# administra a unidade, informa"): the name before the comma is an organisation, as after "o coletivo"
# (pt.pronoun.org_apposition). Prisons run by companies give their figures of inmates this way.
@rule pt.pronoun.company_apposition pronoun ref=organization kind=organization
  (?<=,\s)(?:a\s+|uma\s+)?(?:empresa|companhia|concessionaria|operadora)\b(?!\s+(?:de|do|da|dos|das)\s)(?=[^,.;]{0,80}[,.;])
  + Já a Umanizzare, empresa privada que administra a unidade, informa => _=empresa
  + a Vale, uma empresa mineira, disse => _=uma empresa
  - Ana Lima, empresária, disse
  - João Silva, empresa de segurança X, disse
