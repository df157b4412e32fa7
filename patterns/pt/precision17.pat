# Portuguese: things counted with words between the figure and the thing (seventeenth session, precision).

# A figure whose noun phrase ends on a thing, past a scale ("8 bilhões de dólares", "dez milhões de boletins de
# voto") or a word that names the thing's kind ("três pequenas embarcações"): the thing says what is counted,
# whatever verb governs the figure ("apreendeu", "liberar"). The words between are no people noun, no function word
# and no number, so "40 pessoas em duas semanas" and "40 em três prisões" keep their figure; "casos" keeps the
# custody cases of pt.veto.units.
@fragment THING_GAP = (?!(?&not_thing)\b)\p{L}[\p{L}'-]*
# The words THING_GAP refuses, defined once in the rule (a subroutine) so its four uses do not copy the people lexicons
# (nineteenth session: four copies outgrew PCRE2's limit on a compiled pattern).
@fragment NOT_THING = (?(DEFINE)(?<not_thing>(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE_OTHER}|{stopwords}|{link_words}|{locative_words}|{conjunction_words}|{article_words}|{NUMWORD}|{MULT}|de|do|da|este|esta|neste|nesta|esse|essa|nesse|nessa|cada|seu|sua|nosso|nossa|passado|passada|proximo|proxima|ultimo|ultima|{act_nouns}|{arrested_nouns}|dos|das|a|ao|em|no|na|nos|nas|por|pelo|pela|para|com|sem|apos|desde|ate|durante|entre|sobre|sob|e|ou|nem|que|mais|outros|outras|todos|todas|seus|suas|estes|estas|esses|essas|foram|sao|eram|estavam|seguem|continuam|ficaram)))
@rule pt.veto.things_past_words veto
  (?:\b(?:{NUMWORD})|(?<![\d.,])(?<![\d.,]\x20)\d(?:[\d.,]|\x20(?=\d))*+)(?:\s+{MULT}(?:\s+de)?(?:\s+{THING_GAP}){0,2}|(?:\s+{THING_GAP}){1,2})\s+(?:{UNITS})\b{CASES_OF_PEOPLE}{NOT_THING}
  + a polícia apreendeu dez milhões de boletins de voto num armazém => _=dez milhões de boletins de voto
  + a guarda costeira apreendeu três pequenas embarcações => _=três pequenas embarcações
  + a polícia apreendeu 40 velhos fuzis => _=40 velhos fuzis
  - a polícia deteve 40 pessoas em duas semanas
  - 40 continuam presos em três prisões
  - o ministério disse que 40 manifestantes foram libertados
  - registou 45 novos casos de detenção arbitrária
  - três marinheiros ucranianos foram capturados
  - a polícia fez mais de 9.000 prisões este ano
  - 40 detidos esta semana
