# English lexicons and normalisation tables used by the rules and by the C stages.
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
@fragment MULT = (?:thousand|million|billion)
@fragment NUMWORD = {numbers}
@fragment MONTH = {months}
@table day_words day_words.tsv
# A day of the month in words, ordinal as English writes it ("the twenty-eighth of October", "May the fourth");
# xr_day_value reads it (tens from numbers.tsv, the ordinal from day_words.tsv). Rules allow it only next to a month.
@fragment DAYWORD = (?:(?:twenty|thirty)(?:-|\s+))?(?:{day_words})(?![\p{L}-])
@fragment WEEKDAY = {weekdays}
# What a count can start with: qualifiers only count right before one of these.
@fragment NUMSTART = (?=\s*(?:["“«]\s*)?(?:\d|(?:{NUMWORD})(?![\p{L}])|(?:a|one)\s+(?:dozen|hundred|thousand|score)|half\s+a\s+(?:dozen|thousand|million)))
@fragment ADJ = (?:political|more|other|additional|remaining|new|venezuelan|cuban|nicaraguan|palestinian|israeli|ukrainian|russian|belarusian|georgian|american|foreign|opposition|detained|jailed|imprisoned|former|young|female|male|elderly|wounded|sick|civilian|military|student)
# Capitalised words that are no body's acronym (units, time zones, labels, roman numerals, country codes), and
# Common nouns a capitalised modifier stands before ("12 Irish citizens", "Malaysian media reports", "Christian
# activists", "the Peruvian group"): a single capitalised word right before one is an adjective, no person's name
# (actor.person).
@fragment MODIFIED_NOUN = (?:{PEOPLE}|{PEOPLE_HELD}|{PEOPLE_DETAINED}|{PEOPLE_OTHER}|media|press|reports?|newspapers?|outlets?|officials?|authorities|government|forces|police|army|navy|troops|nationals?|citizens?|passport\s+holders|state\s+media|television|TV|radio|groups?|organi[sz]ations?|NGOs?|associations?|networks?|coalitions?|unions?|committees?|movements?|watchdogs?|monitors?)
# acronyms another rule of this language reads with another kind: the shared acronym rule (actors.pat) skips them.
@fragment NOT_ACRONYM = (?:TV|AM|PM|OK|ID|DNA|ADN|CEO|COVID|SMS|PDF|HIV|VIH|SIDA|AIDS|GPS|USB|ONG|ONGs|NGO|NGOs|LGBT|LGBTI|LGBTQ|EEUU|EE|UU|USA|EUA|UK|US|EU|UE|II|III|IV|VI|VII|VIII|IX|XI|XII|XIX|XX|XXI|GMT|UTC|KM|KG|MB|GB|IA|AI|PIB|GDP|DNI|RG|CPF|CNPJ|FAQ|URL|HTML|PHOTO|FOTO|VIDEO|VÍDEO|LIVE|AO|VIVO|EN|DIRECTO|BREAKING|UPDATE|ATUALIZAÇÃO|ACTUALIZACIÓN|ET|EST|EDT|PST|BST|CET|CEST|AP|CLAIM|CLAIMS|VERDICT|FALSE|TRUE|MISLEADING|CONTEXT|RATING|FACT|CHECK|THE|FRASE|VEREDICTO|VEREDITO|FALSO|VERDADERO|VERDADEIRO|ENGAÑOSO|ENGANOSO|CONTEXTO|AFIRMACIÓN|AFIRMAÇÃO|DICHO|CONCLUSIÓN|CONCLUSÃO|LO|QUE|DIJO|DISSE|SAID|EL|LA|AS|OS|LOS|LAS)
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
@lexicon HELD_PASSIVE verbs_held_passive.txt
@lexicon VERB_AUX verbs_aux.txt
@lexicon LEAVE_TAIL verbs_leave_tail.txt
@lexicon REMAIN_TAIL verbs_remain_tail.txt
@lexicon HOME_TAIL verbs_home_tail.txt
@lexicon quoting_participles quoting_participles.txt
@lexicon post_office_words post_office_words.txt
