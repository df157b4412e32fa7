# Vigésima sétima sessão (claimants). Dar uma lista é dar o seu número: "A Aliança Cívica, que reúne empresários,
# entregou aos mediadores uma lista com 647 nomes", "a ONG, com sede em Madrid, incluiu na sua lista mais recente
# mais de mil presos". Sem verbo de fala, o sujeito depois de um aposto não era lido; entregar, apresentar, publicar
# ou incluir seguido de poucas palavras e de "uma/a/sua lista" é agora um verbo de relato de quem a dá.
@rule pt.cue.list_given cue
  \b(?:entreg(?:ou|aram|a|am|ava|avam)|(?:tinha|tinham)\s+entregado|apresent(?:ou|aram|a|am|ava|avam)|(?:tinha|tinham)\s+apresentado|public(?:ou|aram|a|am|ava|avam)|(?:tinha|tinham)\s+publicado|divulg(?:ou|aram|a|am)|envi(?:ou|aram)|remete(?:u|ram)|inclu(?:iu|iram|i|em|ia|iam)|(?:tinha|tinham)\s+incluido)(?=(?:\s+[\p{L}\-]+){0,5}?\s+(?:uma|a|sua|as|suas|na|numa)\s+(?:(?:sua|nova|novas|ultima|ultimas|propria|proprias|primeira)\s+)?listas?\b)
  + A Aliança Cívica, que reúne empresários, entregou aos mediadores uma lista com 647 nomes de presos => _=entregou
  + A ONG Prisoners Defenders, com sede em Madrid, incluiu na sua lista mais recente mais de mil presos => _=incluiu
  + a coligação apresentou na terça-feira uma lista com 86 presos => _=apresentou
  - entregou os detidos à polícia
  - a lista de 40 presos que circula
  - apresentou uma queixa por 30 detenções
