# Vigésima segunda sessão (recall). Os reféns evacuados do lugar tomado saem dele: "mais de 200 reféns foram
# evacuados com vida", "os sequestrados foram retirados do edifício". Só depois de um nome de cativos: moradores,
# turistas ou feridos evacuados não eram cativos de ninguém (pt.other lê "evacuados" sozinho como nenhum evento).
@fragment R22_CATIVOS = (?<=refens\s|sequestrados\s|sequestradas\s|cativos\s|cativas\s|raptados\s|raptadas\s)
@rule pt.release.captives_evacuated trigger event=release
  {R22_CATIVOS}(?:(?:ja|todos|finalmente)\s+)?(?:foram|tinham\s+sido|haviam\s+sido|sao|eram)\s+(?:(?:todos|ja|finalmente)\s+)?(?:evacuad|retirad)[oa]s\b
  + uns 40 reféns foram evacuados com vida pelos bombeiros => _=foram evacuados
  + os 12 sequestrados foram retirados de helicóptero => _=foram retirados
  - uns 300 moradores foram evacuados por causa do incêndio
  - os reféns pediram para ser evacuados

# Um número "sem fundamento" ou "infundado" fica contestado, como o "exagerado" ou "falso" (pt.stance.disputes). Só
# com o número nomeado na mesma oração: acusações ou processos infundados nada dizem de uma contagem.
@rule pt.stance.without_foundation stance stance=disputes
  \b(?:numeros?|cifras?|balancos?|contagens?|dados|estimativas?)\b[^.;:!?]{0,60}?\K(?:sem\s+(?:qualquer\s+|nenhum\s+)?fundamento|carece\s+de\s+(?:qualquer\s+)?fundamento|infundad[oa]s?)\b
  | \b(?:infundad[oa]s?|sem\s+fundamento)\s+(?:o|a|esse|essa|este|esta|os|as)\s+(?:numeros?|cifras?|balancos?|dados)\b
  + o Governo disse que o número de 550 é infundado => _=infundado
  + um número sem qualquer fundamento => _=sem qualquer fundamento
  - a fundação disse que 40 continuavam presos
  - quatro cidadãos detidos sob acusações que considera infundadas

# As libertações que sobem para um número, como as detenções (pt.subject.arrests_rise19): "as libertações já chegam
# a 300", "as saídas da prisão rondam as 1.700", "os libertados somam 45".
@rule pt.subject.releases_rise22 subject pre=1 event=release
  \b(?:os\s+|as\s+)?(?:libertados|libertadas|soltos|soltas|libertacoes|solturas|saidas(?:\s+reais)?\s+da\s+(?:prisao|cadeia))\s+(?:ja\s+)?(?:sobem|subiram|chegam|chegaram|ascendem|ascenderam|somam|somavam|atingem|atingiram|rondam|rondavam)(?:\s+ja)?(?:\s+(?:para|a|aos|as))?(?:\s+(?:os|as|cerca\s+de|quase|mais\s+de))?(?=\s+(?:\d|(?:{NUMWORD})(?![\p{L}])|(?:uma|um)\s+(?:centena|milhar)))
  + as libertações já chegam a 300 => _=as libertações já chegam a
  + as saídas da prisão rondam as 1.700 => _=as saídas da prisão rondam as
  - os soltos somam esforços

