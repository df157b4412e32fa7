# Vigésima sexta sessão (event): a palavra que governa o evento de um número. Gente mantida num lugar depois de
# capturada ("cerca de 5.000 soldados capturados na guerra foram mantidos no Norte") está detida (held): o verbo
# finito da oração do número diz o que são agora; o particípio da captura, como lá chegaram. Não "foram retidos"
# (a retenção de um protesto é uma detenção).

@lexicon keep_words keep_words.txt

@rule pt.held.kept_passive trigger event=held
  \b(?:foram|foi|sao|e|eram|era|tem\s+sido|tinham\s+sido|tinha\s+sido|continuam\s+a\s+ser|estao\s+a\s+ser|estao\s+sendo)\s+(?:(?:depois|ainda|agora|entao)\s+)?mantid[oa]s?\s+(?:em|no|na|nos|nas|num|numa|nuns|numas|como|sob|pres[oa]s|cativ[oa]s|sequestrad[oa]s)\b
  (?!\s+(?:o\s+|a\s+)?(?:segredo|sigilo|contacto|contato)\b)
  + cerca de 5.000 soldados capturados durante a guerra foram mantidos no Norte => _=foram mantidos no
  + os 40 marinheiros tinham sido mantidos como reféns => _=tinham sido mantidos como
  - os nomes dos 40 foram mantidos em sigilo
  - os 30 detidos foram retidos na esquadra
  + 500 pescadores foram mantidos numa base naval => _=foram mantidos numa
