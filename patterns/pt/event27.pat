# Vigésima sétima sessão (event): um verbo de estar ou de haver antes de um número invertido ("estavam no início de
# fevereiro cerca de 10 mil palestinianos detidos por razões de segurança") diz o estado das pessoas agora: estão
# detidas (held); o particípio depois do nome só as descreve (claims.c, S_remain_before, attr copula). Só quando o
# número, o nome das pessoas e o particípio de detenção vêm logo depois (no máximo cinco palavras de adjunto antes
# do número, duas palavras de nome depois dele).

@rule pt.held.copula_inverted trigger event=held copula=1
  \b(?:estavam|estao|estariam|estiveram|estarao|havia|ha|haveria|existiam|existem|encontravam-se|encontram-se|se\s+encontram|se\s+encontravam)\b
  (?=(?:\s+(?!(?:{NUMWORD}|e|ou|nem|que|[a-z]*(?:ad|id)[oa]s?|[a-z]*(?:ando|endo|indo))(?![\p{L}]))[a-z]+){0,5}?\s+(?:(?:cerca|mais|perto|menos|acima|alem)\s+de\s+|pelo\s+menos\s+|quase\s+|uns\s+|umas\s+|ao\s+todo\s+)?(?:\d[\d.,]*|(?:{NUMWORD})(?![\p{L}]))(?:\s+mil)?\s+(?:(?!(?:{NUMWORD}|e|ou|nem|de|do|da|dos|das)(?![\p{L}]))[a-z]+\s+){1,2}?(?:detid|pres|encarcerad|recluid|retid)[oa]s\b)
  + estavam no início de fevereiro cerca de 10 mil palestinianos detidos por razões de segurança => _=estavam
  + havia naquela altura 300 estudantes presos na cadeia central => _=havia
  - estavam no início de fevereiro cerca de 10 mil palestinianos na praça
  - estavam ali 300 delegados à espera dos presos
  - os 300 detidos estavam no pátio
  - havia confirmado que pelo menos 240 dos detidos foram libertados sem acusação
  - estavam libertando 30 presos políticos detidos em março
  - nem onde se encontram os cinco sequestradores e os seis presos que deixou sair
