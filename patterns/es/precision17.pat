# Spanish: things counted with words between the figure and the thing (seventeenth session, precision).

# A figure whose noun phrase ends on a thing, past a scale ("diez millones de papeletas") or a word that names the
# thing's kind ("tres pequeñas embarcaciones"): the thing says what is counted, whatever verb governs the figure
# ("requisó", "liberar"). The words between are no people noun, no function word and no number, so "40 personas en
# dos semanas" and "40 en tres cárceles" keep their figure; "casos" keeps the custody cases of es.veto.units.
@fragment THING_GAP = (?!(?&not_thing)\b)\p{L}[\p{L}'-]*
# The words THING_GAP refuses, defined once in the rule (a subroutine) so its four uses do not copy the people lexicons
# (nineteenth session: four copies outgrew PCRE2's limit on a compiled pattern).
@fragment NOT_THING = (?(DEFINE)(?<not_thing>(?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE_OTHER}|{stopwords}|{link_words}|{locative_words}|{conjunction_words}|{article_words}|{NUMWORD}|{MULT}|de|del|a|al|este|esta|estos|estas|ese|esa|aquel|aquella|cada|su|sus|su|nuestro|nuestra|pasado|pasada|proximo|proxima|ultimo|ultima|{act_nouns}|{arrested_nouns}|en|por|para|con|sin|tras|desde|hasta|durante|entre|sobre|bajo|ante|y|e|o|u|ni|que|mas|otros|otras|todos|todas|sus|estos|estas|esos|esas|fueron|son|eran|estaban|siguen|seguian|quedaron)))
@rule es.veto.things_past_words veto
  (?:\b(?:{NUMWORD})|(?<![\d.,])(?<![\d.,]\x20)\d(?:[\d.,]|\x20(?=\d))*+)(?:\s+{MULT}(?:\s+de)?(?:\s+{THING_GAP}){0,2}|(?:\s+{THING_GAP}){1,2})\s+(?:{UNITS})\b{CASES_OF_PEOPLE}{NOT_THING}
  + la Guardia Civil requisó cerca de diez millones de papeletas en una nave => _=diez millones de papeletas
  + los guardacostas capturaron tres pequeñas embarcaciones => _=tres pequeñas embarcaciones
  + la policía incautó 40 viejos fusiles => _=40 viejos fusiles
  - la policía detuvo a 40 personas en dos semanas
  - 40 siguen presos en tres cárceles
  - el ministerio dijo que 40 manifestantes fueron liberados
  - registró 45 nuevos casos de detención arbitraria
  - tres marineros ucranianos fueron capturados
  - ICE ha realizado más de 9.000 arrestos este año
  - liberaron a 40 presos la semana pasada
  - 40 detenidos esta semana
