# Portuguese lexicons and normalisation tables used by the rules and by the C stages.
@table numbers numbers.tsv
@table months months.tsv
@table weekdays weekdays.tsv
@lexicon stopwords stopwords.txt
@lexicon abbreviations abbreviations.txt
@lexicon armed_words armed_words.txt
# Words claims.c looks up before a mention (docs/patterns.md, "Tables the C code looks up").
@lexicon link_words link_words.txt
@lexicon body_possessive_words body_possessive_words.txt
@lexicon name_article_words name_article_words.txt
@lexicon place_words place_words.txt
@lexicon locative_words locative_words.txt
@lexicon place_adjective_words place_adjective_words.txt
@lexicon person_relative_words person_relative_words.txt
@lexicon possessive_relative_words possessive_relative_words.txt
@lexicon agent_words agent_words.txt
@lexicon told_words told_words.txt
@lexicon bare_articles bare_articles.txt
@lexicon addressee_verbs addressee_verbs.txt
@lexicon staff_words staff_words.txt
@lexicon own_outlet_words own_outlet_words.txt
@lexicon time_words time_words.txt
@lexicon report_words report_words.txt
@lexicon continue_words continue_words.txt
@lexicon later_words later_words.txt
@lexicon daypart_leads daypart_leads.txt
@lexicon while_words while_words.txt
@lexicon threat_words threat_words.txt
@lexicon purpose_words purpose_words.txt
@lexicon gerund_endings gerund_endings.txt
@lexicon not_noun_words not_noun_words.txt
@lexicon participle_endings participle_endings.txt
@lexicon participle_endings_sg participle_endings_sg.txt
@lexicon not_words not_words.txt
@lexicon occasion_words occasion_words.txt
@lexicon arrested_nouns arrested_nouns.txt
@lexicon tally_words tally_words.txt
@lexicon account_words account_words.txt
@lexicon arrest_scenes arrest_scenes.txt
@lexicon custody_places custody_places.txt
@lexicon act_nouns act_nouns.txt
@lexicon asked_words asked_words.txt
@lexicon counted_words counted_words.txt
@lexicon said_words said_words.txt
@lexicon owner_units owner_units.txt
@lexicon added_words added_words.txt
@lexicon back_statement_words back_statement_words.txt
@lexicon when_words when_words.txt
@lexicon adjunct_words adjunct_words.txt
@lexicon saying_words saying_words.txt
@lexicon floor_words floor_words.txt
@lexicon newsroom_words newsroom_words.txt
@lexicon object_pronouns object_pronouns.txt
@lexicon qa_labels qa_labels.txt
@lexicon verdict_words verdict_words.txt
@lexicon gap_words gap_words.txt
@lexicon soundbite_words soundbite_words.txt
@lexicon office_titles office_titles.txt
@lexicon with_words with_words.txt
@lexicon apposition_words apposition_words.txt
@lexicon month_preps month_preps.txt
@lexicon aux_words aux_words.txt
@lexicon counterpart_words counterpart_words.txt
@lexicon exchange_words exchange_words.txt
@lexicon passive_words passive_words.txt
@lexicon relative_words relative_words.txt
@lexicon article_words article_words.txt
@lexicon plural_article_words plural_article_words.txt
@lexicon others_words others_words.txt
@lexicon and_words and_words.txt
@lexicon range_words range_words.txt
@lexicon given_words given_words.txt
@lexicon indefinite_words indefinite_words.txt
@lexicon conjunction_words conjunction_words.txt
@lexicon object_marker_words object_marker_words.txt
@lexicon contrast_words contrast_words.txt
@lexicon relative_pronouns relative_pronouns.txt
@lexicon that_words that_words.txt
@lexicon passive_agent_words passive_agent_words.txt
@lexicon in_which_words in_which_words.txt
@lexicon same_words same_words.txt
@lexicon political_words political_words.txt
@lexicon issued_words issued_words.txt
@lexicon week_words week_words.txt
@lexicon this_words this_words.txt
@lexicon pluperfect_words pluperfect_words.txt
@lexicon of_words of_words.txt
@table phrase_words phrase_words.tsv
@table head_kinds head_kinds.tsv
@lexicon part_words part_words.txt
@lexicon inclusion_words inclusion_words.txt
@lexicon quantity_words quantity_words.txt
@lexicon question_words question_words.txt
@lexicon copula_words copula_words.txt
@table event_kinds event_kinds.tsv
@table event_days event_days.tsv
@lexicon span_words span_words.txt
@lexicon day_spans day_spans.txt
@lexicon part_of_words part_of_words.txt
@lexicon captive_words captive_words.txt
@lexicon people_generic people_generic.txt
@lexicon PEOPLE people.txt
@lexicon PEOPLE_HELD people_held.txt
@lexicon PEOPLE_DETAINED people_detained.txt
@lexicon PEOPLE_OTHER people_other.txt
@lexicon UNITS units.txt
@lexicon TRAP_PLACES trap_places.txt
@lexicon PLACES places.txt
@lexicon COUNTRY_PT countries.txt
@lexicon CAPWORDS_PT capwords.txt
@fragment MULT = (?:mil|milhoes|milhao|bilhoes|bilhao)
@fragment NUMWORD = {numbers}
@fragment MONTH = {months}
@table day_words day_words.tsv
# Um dia do mês por extenso ("a vinte e oito de outubro", "o primeiro de maio", "no dia três"): cardinais de
# numbers.tsv, "primeiro" de day_words.tsv; xr_day_value lê-o e descarta o que não é dia (1-31).
@fragment DAYWORD = (?:(?:vinte|trinta)\s+e\s+(?:{NUMWORD})|{day_words}|{NUMWORD})(?![\p{L}])
@fragment WEEKDAY = {weekdays}
# What a count can start with: qualifiers only count right before one of these.
@fragment NUMSTART = (?=\s*(?:["“«]\s*)?(?:\d|(?:{NUMWORD})(?![\p{L}])|(?:uma|um)\s+(?:centena|dezena|duzia|milhar|vintena)|mei[oa]\s+(?:centena|milhar|duzia|milhao)))
@fragment ADJ = (?:politic[oa]s|venezuelan[oa]s|cuban[oa]s|nicaraguenses|palestin[oa]s|palestinian[oa]s|ucranian[oa]s|russ[oa]s|estrangeir[oa]s|norte-american[oa]s|american[oa]s|bielorruss[oa]s|israelenses|israelitas|tailandeses|filipin[oa]s|georgian[oa]s|colombian[oa]s|brasileir[oa]s|portugues[ea]s|espanhois|espanholas|turc[oa]s|iranian[oa]s|angolan[oa]s|lituan[oa]s|polac[oa]s|britanic[oa]s|franceses|alemaes|de\s+consciencia|de\s+guerra|militares|civis|opositores|mais|adicionais|restantes|nov[oa]s|outr[oa]s|vivos|vivas|comuns|por\s+(?:motivos|razoes)\s+politic[oa]s)
# Passive and periphrastic auxiliaries that may open an event phrase ("foram soltos", "tinham sido capturados").
@fragment AUX = (?:(?:ja\s+)?(?:foram|foi|sao|serao|seriam|sera|seria|tinham\s+sido|haviam\s+sido|tem\s+sido|teriam\s+sido|terao\s+sido|podem\s+ter\s+sido|possam\s+ter\s+sido|ter\s+sido|terem\s+sido|tenham\s+sido|sido|ser|serem|estao\s+sendo|estavam\s+sendo|vao\s+ser|acabaram|acabou)\s+(?:(?:ja|tambem|ainda|efetivamente|oficialmente|finalmente|hoje|ontem|antecipadamente)\s+)?)?
# People freed and then taken again: the count is of re-arrests, not of releases.
@fragment REARREST = (?:(?:voltaram|voltou|voltariam|tinham\s+voltado|haviam\s+voltado)\s+a\s+ser\s+(?:pres|detid|capturad|encarcerad)[oa]s?|(?:foram|foi|tinham\s+sido|haviam\s+sido)\s+(?:novamente\s+)?(?:pres|detid|capturad)[oa]s?\s+(?:de\s+novo|novamente|outra\s+vez)|(?:foram|foi)\s+novamente\s+(?:pres|detid|capturad)[oa]s?|re-?detid[oa]s|re-?capturad[oa]s)
# An organisation's name may carry its acronym: "Observatório Venezuelano de Prisões (OVP)" (matched as written:
# used by exact rules).
@fragment ORGTAIL = (?:\s+\(\p{Lu}[\p{L}\d-]*\))?
# "mantém outros 200", "libertou mais 13": the word for "other, more" belongs to the verb, so the figure follows it.
@fragment ALSO = (?:\s+(?:outr[oa]s|mais)(?!\s+d[eo]\b)(?=\s+\d|\s+(?:{NUMWORD})(?![\p{L}])))?
# Capitalised words that are no body's acronym (units, time zones, labels, roman numerals, country codes), and
# Substantivos comuns que um modificador com maiúscula pode preceder: uma só palavra com maiúscula logo antes de um
# deles é um adjetivo ou modificador, não o nome de uma pessoa (actor.person).
@fragment MODIFIED_NOUN = (?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE_OTHER}|mídia|media|imprensa|relatórios|jornais|funcionários|autoridades|forças|cidadãos|cidadãs|nacionais)
# acronyms another rule of this language reads with another kind: the shared acronym rule (actors.pat) skips them.
@fragment NOT_ACRONYM = (?:TV|AM|PM|OK|ID|DNA|ADN|CEO|COVID|SMS|PDF|HIV|VIH|SIDA|AIDS|GPS|USB|ONG|ONGs|NGO|NGOs|LGBT|LGBTI|LGBTQ|EEUU|EE|UU|USA|EUA|UK|US|EU|UE|II|III|IV|VI|VII|VIII|IX|XI|XII|XIX|XX|XXI|GMT|UTC|KM|KG|MB|GB|IA|AI|PIB|GDP|DNI|RG|CPF|CNPJ|FAQ|URL|HTML|PHOTO|FOTO|VIDEO|VÍDEO|LIVE|AO|VIVO|EN|DIRECTO|BREAKING|UPDATE|ATUALIZAÇÃO|ACTUALIZACIÓN|PSP|GNR|PJ|PGR|STF|STJ|MPF|SEF|FDI|IDF|TSJ|CNE|FSB|SBU|SEBIN|DGCIM|GNB|PNB|PF|BRT|CLAIM|CLAIMS|VERDICT|FALSE|TRUE|MISLEADING|CONTEXT|RATING|FACT|CHECK|THE|FRASE|VEREDICTO|VEREDITO|FALSO|VERDADERO|VERDADEIRO|ENGAÑOSO|ENGANOSO|CONTEXTO|AFIRMACIÓN|AFIRMAÇÃO|DICHO|CONCLUSIÓN|CONCLUSÃO|LO|QUE|DIJO|DISSE|SAID|EL|LA|AS|OS|LOS|LAS)
# Verb forms in every tense, person and voice (generated by scripts/verb-forms), the words of a short adverbial
# between a verb and its complement, and places of custody: used by verbs.pat.
@lexicon LEAVE_VERB verbs_leave.txt
@lexicon REMAIN_VERB verbs_remain.txt
@lexicon HOME_VERB verbs_home.txt
@lexicon VERB_GAP verbs_gap.txt
@lexicon PRISON_PLACE prison_places.txt
@lexicon RELEASE_VERB verbs_release.txt
@lexicon DETAIN_VERB verbs_detain.txt
@lexicon FREE_VERB verbs_free.txt
@lexicon KEEP_VERB verbs_keep.txt
@lexicon VERB_AUX verbs_aux.txt
@lexicon LEAVE_TAIL verbs_leave_tail.txt
@lexicon REMAIN_TAIL verbs_remain_tail.txt
@lexicon HOME_TAIL verbs_home_tail.txt
@lexicon quoting_participles quoting_participles.txt
@lexicon post_office_words post_office_words.txt
