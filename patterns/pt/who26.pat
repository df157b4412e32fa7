# Vigésima sexta sessão (claimants). Uma entrada de um direto ou um parágrafo encabeçado pela sua fonte antes de
# dois pontos ("Novo balanço da Polícia Federal: mais de 200 detidos", "Última contagem da Cruz Vermelha: 45
# libertados") dá os números depois dos dois pontos como dessa fonte: o nome depois de "da/do" é a fonte, como
# depois de "segundo". Só um cabeçalho: abre a frase ou a entrada (depois de um travessão ou de uma hora) e os dois
# pontos fecham o nome a poucas palavras.
@rule pt.source.heading_from source
  (?:\A|(?<=\n)|(?<=[.!?]\s)|(?<=[\x{2014}\x{2013}\-]\s)|(?<=\d\s)|(?<=\dh\d\d\s))(?:(?:um|o|a|uma)\s+)?(?:(?:novo|nova|último|última|ultimo|ultima|primeiro|primeira|outro|outra)\s+)?(?:balanço|balanco|contagem|número|numero|números|numeros|atualização|atualizacao)(?:\s+(?:oficial|provisório|provisorio|atualizado|atualizada))?\s+(?:da|do|das|dos|de)(?=\s+[^.;:\d]{2,60}:)
  + Novo balanço da Polícia Federal: mais de 200 pessoas detidas => _=Novo balanço da
  + — Última contagem da Cruz Vermelha: 45 presos libertados => _=Última contagem da
  - O balanço do dia foi de 300 detidos.
  - Citou um número do ministério: 300 presos.

# "O Quartel-General faz o balanço: 3.956 libertados", "a polícia atualiza a contagem: 40 detidos": fazer ou
# atualizar o balanço antes de dois pontos é dar o número, como em pt.cue.figure_given.
@rule pt.cue.count_given cue
  \b(?:faz|fazem|fez|fizeram|atualiza|atualizam|atualizou|atualizaram)\s+(?:(?:o\s+seu|a\s+sua|o\s+novo|um\s+novo|o|a|um|seu|sua|novo|nova)\s+)?(?:balanco|contagem|ponto\s+da\s+situacao)(?:\s+\p{L}+){0,3}?(?=\s*:)
  + O Quartel-General faz o balanço: 3.956 ucranianos foram libertados => _=faz o balanço
  + a polícia atualiza a contagem: 40 detidos => _=atualiza a contagem
  - faz o balanço do dia e cita 40 detidos
