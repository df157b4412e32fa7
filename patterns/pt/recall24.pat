# Vigésima quarta sessão (recall). Pôr a salvo alguém é tirá-lo das mãos de quem o tem: "pusemos a salvo 151
# reféns", "os militares puseram em segurança 30 pessoas". pt.release (events.pat) só lia a passiva ("foram postos
# a salvo"); a ativa leva o objeto depois, a cifra logo a seguir. Não os bens nem os documentos (sem cifra atrás).
@rule pt.release.put_safe trigger event=release
  \b(?:p[oô]r|p[oô]s|puseram|pusemos|posto|p[oõ]e|p[oõ]em|pomos)\s+(?:a\s+salvo|em\s+seguran[cç]a)(?=(?:\s+(?:outros|outras|os|as|mais\s+de|pelo\s+menos|cerca\s+de))*{NUMSTART})
  + "Desde 9 de setembro pusemos a salvo 151 reféns" => _=pusemos a salvo
  + os soldados puseram em segurança 30 passageiros => _=puseram em segurança
  + a patrulha pôs a salvo mais de 20 turistas => _=pôs a salvo
  - os bombeiros puseram a salvo os documentos do arquivo
  - pôs a salvo a família

# Sair com vida de um lugar tomado (avião, banco, embaixada: R23_SITIO de events23r.pat) é ficar livre: "saíram com
# vida do avião os 173 passageiros". Não de um acidente, de uma mina ou de escombros (lugares fora da lista).
@rule pt.release.came_out_alive trigger event=release
  \b(?:sa[ií]ram|sa[ií]do|saem|saiu|sair[aã]o)\s+(?:com\s+vida|ilesos|ilesas|s[aã]os\s+e\s+salvos|s[aã]s\s+e\s+salvas)\s+(?:do|da)\s+{R23_SITIO}\b
  + tinham saído com vida do avião os 173 passageiros => _=saído com vida do avião
  + 40 reféns saíram ilesos do banco => _=saíram ilesos do banco
  - 12 mineiros saíram com vida da mina
  - saíram com vida do acidente
