# Português: dias da declaração (vigésima quarta sessão, claimedon).

# "Ontem o comandante deu um número final de 537 detidos", "o ministério apresentou um balanço de 40 libertados":
# dar um número de pessoas é informar dele, por isso o dia que abre a frase ou está junto do verbo é o da
# declaração.
@rule pt.cue.figure_of cue
  \b(?:deu|deram|ofereceu|ofereceram|apresent(?:ou|aram|a|am))\s+(?:um|uma|o|a|seu|sua|outro|outra)\s+(?:[\p{L}-]+\s+){0,2}?(?:numero|balanco|total|estimativa|contagem)(?:\s+(?:final|oficial|provisorio|provisoria|atualizad[oa]|definitiv[oa]|nov[oa]))?\s+de(?=\s+(?:(?:cerca\s+de|mais\s+de|pelo\s+menos|quase)\s+)?\d)
  + Ontem o comandante deu um número final de 537 detidos => _=deu um número final de
  + o ministério apresentou um balanço de 40 libertados => _=apresentou um balanço de
  + a ONG apresentou a sua própria contagem de cerca de 300 detidos => _=apresentou a sua própria contagem de
  - deu uma volta de 40 minutos
  - o juiz apresentou o número
  - deu um total de três golos
