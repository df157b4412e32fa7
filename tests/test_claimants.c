/* test_claimants.c - who a figure is attributed to, end to end through extract_process with the real patterns:
 * acronyms introduced in parentheses, state bodies named with an ambiguous head word ("Oficina", "Council"),
 * institution names the person rule must not take, possessive sources ("según sus datos"), references to a body
 * ("la institución", "the commission"), a title standing for the person who holds it ("o ministro"), a verb that
 * closes its sentence after a clause break, anonymous judicial sources (kind unknown), unnamed officials, outlets and
 * groups ("a senior official", "la prensa local"), a reference to the same report ("según el mismo reporte"), a source
 * phrase with words before the body ("según el último balance del …") and a verb in a relative clause on a statement
 * ("un comunicado en el que cifraba"), a sentence's opening word that is no name, who a verb was told ("declarou à
 * agência TASS"), a verb inside a relative clause, a name after a body's descriptor, acronyms used before they are
 * spelt out or spelt out with a comma, state councils and embassies. Sentences written for these tests, in
 * Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(claimant_es, .init = setup, .fini = teardown);
TestSuite(claimant_pt, .init = setup, .fini = teardown);
TestSuite(claimant_en, .init = setup, .fini = teardown);

/* ---- acronyms: "Full Name (ACR)" then "ACR said", reported with the full name ---- */

Test(claimant_es, acronym_of_a_name_no_rule_reads)
{
    expect_claimant("La Red de Apoyo Jurídico Independiente (RAJI) presentó su informe anual en Quito.\n\n"
           "Según el documento, RAJI contabiliza 140 presos políticos en el país.",
           "es", EXTRACT_EVENT_HELD, 140, "Red de Apoyo Jurídico Independiente", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_pt, acronym_after_a_name_read_only_in_part)
{
    /* the person rule reads only "Direitos Civis"; the acronym's initial says the name starts earlier */
    expect_claimant("A Assistência Jurídica pelos Direitos Civis (AJDC) publicou um relatório.\n\n"
           "A AJDC estima que 75 manifestantes continuam presos.",
           "pt", EXTRACT_EVENT_HELD, 75, "Assistência Jurídica pelos Direitos Civis", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, unknown_acronym_as_subject)
{
    expect_claimant("The Prisoner Support Monitoring Trust (PSMT) was founded in 2019.\n\n"
           "The PSMT has recorded 2,300 arrests since the protests began.",
           "en", EXTRACT_EVENT_DETENTION, 2300, "Prisoner Support Monitoring Trust", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, capital_headline_words_are_no_actors)
{
    /* an all-capitals dateline city is no organisation speaking as "we" */
    expect_claimant("LIMA, May 3 — A court ruled on Monday.\n\nWe documented 35 arrests, we said in a note.", "en",
           EXTRACT_EVENT_DETENTION, 35, NULL, EXTRACT_KIND_UNKNOWN);
}

/* ---- state bodies with an ambiguous head, and institutions the person rule must leave ---- */

Test(claimant_es, office_of_security_is_the_state)
{
    expect_claimant("La Oficina de Seguridad informó que 291 personas fueron arrestadas.", "es", EXTRACT_EVENT_DETENTION, 291,
           "Oficina de Seguridad", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_es, human_rights_commission_stays_civil)
{
    expect_claimant("La Comisión de Derechos Humanos de Lima informó que 45 personas fueron detenidas.", "es",
           EXTRACT_EVENT_DETENTION, 45, "Comisión de Derechos Humanos de Lima", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_es, prefecture_is_no_person)
{
    expect_claimant("La Prefectura de Policía de Lyon informó de 62 detenciones durante la noche.", "es", EXTRACT_EVENT_DETENTION, 62,
           "Prefectura de Policía de Lyon", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, council_of_justice_is_the_state)
{
    expect_claimant("O Conselho Nacional de Justiça informou que 900 presos foram libertados.", "pt", EXTRACT_EVENT_RELEASE, 900,
           "Conselho Nacional de Justiça", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, society_is_no_person)
{
    expect_claimant("A Sociedade de Advogados do Norte informou que 33 manifestantes foram libertados.", "pt",
           EXTRACT_EVENT_RELEASE, 33, "Sociedade de Advogados do Norte", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, state_council_and_service)
{
    expect_claimant("The State Security Council said 410 prisoners had been pardoned.", "en", EXTRACT_EVENT_RELEASE, 410,
           "State Security Council", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The National Probation Service said 58 people were released early.", "en", EXTRACT_EVENT_RELEASE, 58,
           "National Probation Service", EXTRACT_KIND_GOVERNMENT);
}

/* ---- possessive sources and references to a body ---- */

Test(claimant_es, segun_sus_datos_is_the_topic)
{
    expect_claimant("La ONG Justicia Ya lo desmiente: según sus datos, unos 420 opositores siguen presos.", "es", EXTRACT_EVENT_HELD,
           420, "Justicia Ya", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_pt, segundo_os_seus_registos)
{
    expect_claimant("O grupo Viasna contesta o número oficial: segundo os seus registos, 1.150 presos políticos continuam na "
           "cadeia.",
           "pt", EXTRACT_EVENT_HELD, 1150, "Viasna", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, according_to_its_records)
{
    expect_claimant("The rights group Viasna disputes that: according to its records, 1,150 political prisoners remain jailed.",
           "en", EXTRACT_EVENT_HELD, 1150, "Viasna", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_es, institution_refers_to_a_state_body)
{
    expect_claimant("El Cuartel General de Coordinación de Prisioneros publicó una lista.\n\n"
           "Según esa institución, casi 3.000 soldados siguen en cautiverio.",
           "es", EXTRACT_EVENT_HELD, 3000, "Cuartel General de Coordinación de Prisioneros", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_es, organization_in_its_own_sentence)
{
    /* "la organización" is the one named in its own sentence, not an earlier body called "Organización …" */
    expect_claimant("La Organización Nacional de Inteligencia coordinó el canje.\n\n"
           "El centro Memorial contabiliza al menos 680 presos políticos, una cifra que, según la organización, "
           "no deja de crecer.",
           "es", EXTRACT_EVENT_HELD, 680, "Memorial", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, the_commission_and_a_translated_head)
{
    expect_claimant("The National Commission on Civil Liberties opened an inquiry.\n\n"
           "According to the commission, 532 people were arrested.",
           "en", EXTRACT_EVENT_DETENTION, 532, "National Commission on Civil Liberties",
           EXTRACT_KIND_GOVERNMENT); /* a national commission is the state's (eleventh session) */
    /* "The Observatory" in an English text that named the body in Spanish */
    expect_claimant("The Observatorio Venezolano de Prisiones published a statement.\n\n"
           "The Observatory estimates that at least 640 people are still imprisoned for political reasons.",
           "en", EXTRACT_EVENT_HELD, 640, "Observatorio Venezolano de Prisiones", EXTRACT_KIND_ORGANIZATION);
}

/* ---- people: a title for its holder, a verb closing the sentence, a verb after "que" ---- */

Test(claimant_pt, the_minister_is_the_one_titled_minister)
{
    expect_claimant("O ministro do Interior, Carlos Mendes, falou na segunda-feira. O opositor Rui Tavares foi preso.\n\n"
           "Dos detidos, 120 foram libertados sem condições, enquanto os processos de 80 continuam, acrescentou o "
           "ministro.",
           "pt", EXTRACT_EVENT_RELEASE, 120, "Carlos Mendes", EXTRACT_KIND_PERSON);
}

Test(claimant_es, subject_is_not_after_que)
{
    /* "afirmó que ICE…": ICE opens what was said; the speaker is the name before the verb */
    expect_claimant("Su portavoz, Laura Gómez, afirmó el jueves que ICE ha realizado más de 9.000 arrestos este año.", "es",
           EXTRACT_EVENT_DETENTION, 9000, "Laura Gómez", EXTRACT_KIND_PERSON);
}

Test(claimant_en, verb_closing_the_sentence_after_a_clause_break)
{
    expect_claimant("Of those held, 210 were released on bail, while the cases of 90 continue, said the minister, Ana Lobo.",
           "en", EXTRACT_EVENT_RELEASE, 210, "Ana Lobo", EXTRACT_KIND_PERSON);
}

/* ---- anonymous official sources, singular too, and "segundo fontes …" not swallowed by the source words ---- */

Test(claimant_es, a_judicial_source)
{
    expect_claimant("Una fuente judicial dijo que 14 de los detenidos quedaron en libertad con cargos.", "es",
           EXTRACT_EVENT_RELEASE, 14, "fuente judicial", EXTRACT_KIND_UNKNOWN);
}

/* unnamed sources are of unknown kind, whatever body they speak for (twenty-ninth session: the gold has 31 such lines
 * unknown against 4 government) */
Test(claimant_pt, police_sources_are_unnamed)
{
    expect_claimant("Segundo fontes policiais, 40 manifestantes foram detidos.", "pt", EXTRACT_EVENT_DETENTION, 40,
           "fontes policiais", EXTRACT_KIND_UNKNOWN);
}

Test(claimant_en, a_court_source)
{
    expect_claimant("A court source said 12 of the detainees were released.", "en", EXTRACT_EVENT_RELEASE, 12, "court source",
           EXTRACT_KIND_UNKNOWN);
}

/* ---- unnamed officials, outlets and groups: the phrase itself is the claimant, of the kind it says ---- */

Test(claimant_es, unnamed_official_outlet_and_groups)
{
    expect_claimant("Un alto funcionario estadounidense dijo a la prensa que hasta 60 presos serán excarcelados.", "es",
           EXTRACT_EVENT_RELEASE, 60, "alto funcionario estadounidense", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("El Gobierno indultó a 45 presos, según la prensa local.", "es", EXTRACT_EVENT_RELEASE, 45, "prensa local",
           EXTRACT_KIND_MEDIA);
    expect_claimant("Según organizaciones de derechos humanos, 900 presos políticos siguen en las cárceles.", "es",
           EXTRACT_EVENT_HELD, 900, "organizaciones de derechos humanos", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_pt, unnamed_official_outlet_and_groups)
{
    expect_claimant("Segundo a televisão estatal, 210 reclusos foram libertados no domingo.", "pt", EXTRACT_EVENT_RELEASE, 210,
           "televisão estatal", EXTRACT_KIND_MEDIA);
    expect_claimant("Um alto funcionário do governo afirmou que 35 opositores foram detidos.", "pt", EXTRACT_EVENT_DETENTION, 35,
           "alto funcionário do governo", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Segundo organizações de defesa da liberdade de imprensa, 18 jornalistas estão presos.", "pt",
           EXTRACT_EVENT_HELD, 18, "organizações de defesa da liberdade de imprensa", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, unnamed_official_outlet_and_groups)
{
    expect_claimant("A senior US official told reporters that up to 70 prisoners could be freed.", "en", EXTRACT_EVENT_RELEASE, 70,
           "senior US official", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("State television said 140 foreign prisoners were released.", "en", EXTRACT_EVENT_RELEASE, 140,
           "State television", EXTRACT_KIND_MEDIA);
}

/* A generic phrase names no one: "the coalition" later is the body named, not "rights groups" in its apposition. */
Test(claimant_en, a_generic_phrase_is_no_antecedent)
{
    expect_claimant("The Network for Prisoner Support, a coalition of local rights groups, counted 310 detainees last week.\n\n"
           "The coalition said 95 people remain behind bars.\n",
           "en", EXTRACT_EVENT_HELD, 95, "Network for Prisoner Support", EXTRACT_KIND_ORGANIZATION);
}

/* ---- "según el mismo reporte": the report of the figure just given, so its claimant ---- */

Test(claimant_es, the_same_report)
{
    expect_claimant("El Ministerio del Interior informó que 90 personas fueron detenidas el sábado.\n\n"
           "Según el mismo reporte, 25 de los detenidos ya fueron puestos en libertad.\n",
           "es", EXTRACT_EVENT_RELEASE, 25, "Ministerio del Interior", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, the_same_report)
{
    expect_claimant("A Polícia Nacional informou que 80 pessoas foram detidas no sábado.\n\n"
           "Segundo o mesmo relatório, 30 dos detidos já foram libertados.\n",
           "pt", EXTRACT_EVENT_RELEASE, 30, "Polícia Nacional", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, the_same_report)
{
    expect_claimant("The Interior Ministry said 120 people were arrested on Saturday.\n\n"
           "According to the same report, 40 of those detained have since been released.\n",
           "en", EXTRACT_EVENT_RELEASE, 40, "Interior Ministry", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a source phrase with words before the body: "según el último balance del Ministerio de …" ---- */

Test(claimant_es, latest_tally_of_a_body)
{
    expect_claimant("Según el último balance del Ministerio de Seguridad, más de 3.000 personas han sido detenidas.", "es",
           EXTRACT_EVENT_DETENTION, 3000, "Ministerio de Seguridad", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, latest_figures_from_a_body)
{
    expect_claimant("According to the latest figures from the Interior Ministry, more than 2,000 people have been detained.",
           "en", EXTRACT_EVENT_DETENTION, 2000, "Interior Ministry", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a verb in a relative clause on a statement speaks for whoever put the statement out ---- */

Test(claimant_es, a_statement_in_which)
{
    expect_claimant("El Ministerio de Justicia publicó un comunicado en el que cifraba en 230 las excarcelaciones.", "es",
           EXTRACT_EVENT_RELEASE, 230, "Ministerio de Justicia", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, a_statement_in_which)
{
    expect_claimant("O Ministério da Justiça divulgou uma nota na qual contabilizava 150 reclusos libertados.", "pt",
           EXTRACT_EVENT_RELEASE, 150, "Ministério da Justiça", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, a_statement_in_which)
{
    expect_claimant("The Justice Ministry issued a statement in which it said 310 prisoners had been released.", "en",
           EXTRACT_EVENT_RELEASE, 310, "Justice Ministry", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a state organ named by a nationality adjective: "the Egyptian presidency said" ---- */

Test(claimant_en, a_presidency_by_nationality)
{
    expect_claimant("The president pardoned 14 prisoners on Monday, the Tunisian presidency said in a statement.", "en",
           EXTRACT_EVENT_RELEASE, 14, "Tunisian presidency", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a date between a subject and its verb, and a relative clause on the subject ---- */

Test(claimant_es, a_date_between_subject_and_verb)
{
    expect_claimant("El portavoz policial Martín Arce el miércoles negó que 45 estudiantes hubieran sido detenidos.", "es",
           EXTRACT_EVENT_DETENTION, 45, "Martín Arce", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, a_date_between_subject_and_verb)
{
    expect_claimant("O ministro Carlos Mendes na terça-feira confirmou que 62 reclusos foram libertados.", "pt",
           EXTRACT_EVENT_RELEASE, 62, "Carlos Mendes", EXTRACT_KIND_PERSON);
}

Test(claimant_en, a_date_between_subject_and_verb)
{
    expect_claimant("Police spokesman Daniel Okoro on Friday denied that 90 students had been arrested.", "en",
           EXTRACT_EVENT_DETENTION, 90, "Daniel Okoro", EXTRACT_KIND_PERSON);
}

Test(claimant_es, a_relative_clause_on_the_subject)
{
    expect_claimant("Los abogados criticaron al Ministerio del Interior, que aseguró el martes que solo 35 personas siguen "
           "detenidas.",
           "es", EXTRACT_EVENT_HELD, 35, "Ministerio del Interior", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, a_relative_clause_on_the_subject)
{
    expect_claimant("Os familiares contestaram a Polícia Federal, que afirmou que 48 pessoas foram detidas.", "pt",
           EXTRACT_EVENT_DETENTION, 48, "Polícia Federal", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, a_relative_clause_on_the_subject)
{
    expect_claimant("Lawyers criticised the Interior Ministry, which said on Monday that only 27 people remained in custody.",
           "en", EXTRACT_EVENT_HELD, 27, "Interior Ministry", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a subject pronoun right before the verb, a place between the verb and its subject, a profession as a
 * reference, an envoy as a title ---- */

Test(claimant_en, a_pronoun_right_before_the_verb)
{
    expect_claimant("The Prison Monitoring Network said that between March and yesterday it counted 118 releases.", "en",
           EXTRACT_EVENT_RELEASE, 118, "Prison Monitoring Network", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_es, a_place_after_the_verb)
{
    expect_claimant("\"Hemos confirmado 73 excarcelaciones\", escribió en Telegram la directora de la ONG, Lucía Márquez.",
           "es", EXTRACT_EVENT_RELEASE, 73, "Lucía Márquez", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, a_place_after_the_verb)
{
    expect_claimant("\"Confirmámos 73 libertações\", escreveu em Lisboa a diretora da associação, Marta Lobo.", "pt",
           EXTRACT_EVENT_RELEASE, 73, "Marta Lobo", EXTRACT_KIND_PERSON);
}

Test(claimant_en, a_place_after_the_verb)
{
    expect_claimant("\"We have confirmed 73 releases,\" said in Geneva the director of the network, Laura Menzies.", "en",
           EXTRACT_EVENT_RELEASE, 73, "Laura Menzies", EXTRACT_KIND_PERSON);
}

Test(claimant_es, a_profession_as_reference)
{
    expect_claimant("El investigador Tomás Ugarte presentó el estudio en Lima.\n\n"
           "\"Hoy hay 412 presos sin condena\", dijo el sociólogo.",
           "es", EXTRACT_EVENT_HELD, 412, "Tomás Ugarte", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, a_profession_as_reference)
{
    expect_claimant("A socióloga Helena Prates apresentou o estudo no Porto.\n\n"
           "\"Temos hoje 412 presos preventivos\", disse a socióloga.",
           "pt", EXTRACT_EVENT_HELD, 412, "Helena Prates", EXTRACT_KIND_PERSON);
}

Test(claimant_en, a_profession_as_reference)
{
    expect_claimant("The study was presented in Leeds by the researcher Tom Ellery.\n\n"
           "\"Today there are 412 political prisoners,\" the researcher said.",
           "en", EXTRACT_EVENT_HELD, 412, "Tom Ellery", EXTRACT_KIND_PERSON);
}

Test(claimant_es, an_envoy_as_title)
{
    expect_claimant("Fueron liberadas 31 personas, informó el enviado especial de la ONU Pablo Ferrer tras la reunión.", "es",
           EXTRACT_EVENT_RELEASE, 31, "Pablo Ferrer", EXTRACT_KIND_PERSON);
}

Test(claimant_es, a_headline_ending_in_an_abbreviation)
{
    /* the headline's figure is the body's, with the body's source: one claim */
    extract_doc *d = run("Liberan a 27 presos tras la visita de un enviado de EE.UU.\n\n"
                         "Un total de 27 presos fueron liberados, informó el canciller Rafael Ortiz.",
                         "es");
    size_t n = 0;
    for (size_t i = 0; i < extract_doc_claim_count(d); i++)
        n += extract_doc_claim(d, i)->count == 27;
    cr_assert_eq(n, 1);
    cr_assert_str_eq(claim_of(d, EXTRACT_EVENT_RELEASE, 27)->claimant.name, "Rafael Ortiz");
    extract_doc_free(d);
}

/* ---- a capitalised word opening its sentence, never written as a name elsewhere, is no person ---- */

Test(claimant_es, opening_word_is_no_name)
{
    expect_claimant("La coordinadora de la red, Marta Llorente, habló con la prensa.\n\n"
           "\"Nuestros voluntarios contaron más de 90 detenidos en la plaza\", declaró Llorente.",
           "es", EXTRACT_EVENT_DETENTION, 90, "Marta Llorente", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, opening_word_is_no_name)
{
    expect_claimant("A advogada Rita Figueiredo acompanhou as audiências.\n\n"
           "\"Somando os dois dias, mais de 70 manifestantes continuam presos\", afirmou Figueiredo.",
           "pt", EXTRACT_EVENT_HELD, 70, "Rita Figueiredo", EXTRACT_KIND_PERSON);
}

Test(claimant_en, opening_word_is_no_name)
{
    expect_claimant("The lawyer Nadia Orlov spoke outside the court.\n\n"
           "\"Counting both nights, more than 60 protesters remain in custody,\" Orlov said.",
           "en", EXTRACT_EVENT_HELD, 60, "Nadia Orlov", EXTRACT_KIND_PERSON);
}

/* ---- who a verb was told is no speaker: "declaró a esta agencia X", "declarou à agência TASS" ---- */

Test(claimant_es, told_to_this_agency_then_the_speaker)
{
    expect_claimant("\"Contamos más de 40 arrestos\", declaró a esta agencia Tomás Iribarren, portavoz del colectivo.", "es",
           EXTRACT_EVENT_DETENTION, 40, "Tomás Iribarren", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, told_to_an_agency_is_no_speaker)
{
    expect_claimant("O procurador Vasco Meireles rejeitou as acusações.\n\n"
           "\"Há menos de 300 detidos nas prisões do país\", declarou à agência Interfax, garantindo que todos "
           "foram julgados.",
           "pt", EXTRACT_EVENT_HELD, 300, "Vasco Meireles", EXTRACT_KIND_PERSON);
}

Test(claimant_en, told_to_an_agency_is_no_speaker)
{
    expect_claimant("The prosecutor Victor Hale rejected the claims.\n\n"
           "\"Fewer than 300 people remain in custody,\" said to the agency Interfax, insisting that all had been tried.",
           "en", EXTRACT_EVENT_HELD, 300, "Victor Hale", EXTRACT_KIND_PERSON);
}

/* ---- a verb in a relative clause speaks for the name before the comma ---- */

Test(claimant_es, verb_in_a_relative_clause)
{
    expect_claimant("La cifra coincide con la de la Fiscalía General, que en su balance del 3 de mayo registró 412 detenidos "
           "en todo el país.",
           "es", EXTRACT_EVENT_DETENTION, 412, "Fiscalía General", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, verb_in_a_relative_clause)
{
    expect_claimant("O número bate com o da Procuradoria-Geral, que no seu relatório de 3 de maio registou 412 detidos em "
           "todo o país.",
           "pt", EXTRACT_EVENT_DETENTION, 412, "Procuradoria-Geral", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, verb_in_a_relative_clause)
{
    expect_claimant("The count matches that of the Interior Ministry, which in its May 3 briefing reported 412 arrests "
           "nationwide.",
           "en", EXTRACT_EVENT_DETENTION, 412, "Interior Ministry", EXTRACT_KIND_GOVERNMENT);
}

/* ---- quotations: a speaker named with a long aside after the closing mark, a verb before a colon, a verb with no
 * subject after a quotation of several sentences ---- */

Test(claimant_es, a_speaker_with_a_long_aside_after_the_quotation)
{
    expect_claimant("\"Contamos 212 detenidos desde el viernes. Nadie nos da cifras\", Rosa Ibarra, coordinadora de la red de "
           "abogados voluntarios de la capital, dijo el martes.",
           "es", EXTRACT_EVENT_DETENTION, 212, "Rosa Ibarra", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, a_speaker_with_a_long_aside_after_the_quotation)
{
    expect_claimant("\"Contámos 212 detidos desde sexta-feira. Ninguém nos dá números\", Rosa Ibarra, coordenadora da rede de "
           "advogados voluntários da capital, disse na terça-feira.",
           "pt", EXTRACT_EVENT_DETENTION, 212, "Rosa Ibarra", EXTRACT_KIND_PERSON);
}

Test(claimant_en, a_speaker_with_a_long_aside_after_the_quotation)
{
    expect_claimant("\"We have counted 212 arrests since Friday. Nobody gives us figures,\" Rosa Ibarra, a coordinator of the "
           "volunteer lawyers in the capital, said on Tuesday.",
           "en", EXTRACT_EVENT_DETENTION, 212, "Rosa Ibarra", EXTRACT_KIND_PERSON);
}

Test(claimant_es, a_verb_before_a_colon)
{
    expect_claimant("La activista Nora Vidal lo dijo con claridad ante la prensa en Quito: \"Quedan 340 presos políticos en el "
           "país\".",
           "es", EXTRACT_EVENT_HELD, 340, "Nora Vidal", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, a_verb_before_a_colon)
{
    expect_claimant("A ativista Nora Vidal disse-o com clareza perante os jornalistas em Luanda: \"Ainda há 340 presos "
           "políticos no país\".",
           "pt", EXTRACT_EVENT_HELD, 340, "Nora Vidal", EXTRACT_KIND_PERSON);
}

Test(claimant_en, a_verb_before_a_colon)
{
    expect_claimant("The activist Nora Vidal said it plainly to reporters outside the court: \"There are still 340 political "
           "prisoners in the country.\"",
           "en", EXTRACT_EVENT_HELD, 340, "Nora Vidal", EXTRACT_KIND_PERSON);
}

Test(claimant_es, the_topic_before_a_long_quotation)
{
    expect_claimant("La abogada Irene Solís cuestiona el balance oficial. \"El ministerio no cuenta a todos. Hay casos sin "
           "registrar. Sabemos de 900 detenidos\", dijo por teléfono.",
           "es", EXTRACT_EVENT_DETENTION, 900, "Irene Solís", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, the_topic_before_a_long_quotation)
{
    expect_claimant("A advogada Irene Solis contesta o balanço oficial. \"O ministério não conta todos. Há casos sem registo. "
           "Sabemos de 900 detidos\", disse por telefone.",
           "pt", EXTRACT_EVENT_DETENTION, 900, "Irene Solis", EXTRACT_KIND_PERSON);
}

Test(claimant_en, the_topic_before_a_long_quotation)
{
    expect_claimant("The Lawyers Solidarity Network questions the official count. \"The ministry does not count everyone. Some "
           "cases are never filed. We know of 900 detainees,\" it said in a statement.",
           "en", EXTRACT_EVENT_HELD, 900, "Lawyers Solidarity Network", EXTRACT_KIND_ORGANIZATION);
}

/* ---- the sentence after a count says who gave the figures ---- */

Test(claimant_es, the_next_sentence_names_the_source)
{
    expect_claimant("La policía detuvo a 64 manifestantes en el centro. La información fue difundida por la "
           "Gobernación Provincial.",
           "es", EXTRACT_EVENT_DETENTION, 64, "Gobernación Provincial", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, the_next_sentence_names_the_source)
{
    expect_claimant("A polícia deteve 64 manifestantes no centro da cidade. O balanço foi feito pelo porta-voz do comando, o "
           "comissário Rui Lemos.",
           "pt", EXTRACT_EVENT_DETENTION, 64, "Rui Lemos", EXTRACT_KIND_PERSON);
}

Test(claimant_en, the_next_sentence_names_the_source)
{
    expect_claimant("Police detained 64 protesters in the city centre overnight. The figures were released by the regional "
           "governor, Alan Mwangi.",
           "en", EXTRACT_EVENT_DETENTION, 64, "Alan Mwangi", EXTRACT_KIND_PERSON);
}

Test(claimant_en, the_next_sentence_with_a_figure_of_its_own_is_its_own)
{
    expect_claimant("Police detained 64 protesters overnight. The figures, which also list 300 wounded, were released by the "
           "governor, Alan Mwangi.",
           "en", EXTRACT_EVENT_DETENTION, 64, NULL, EXTRACT_KIND_UNKNOWN);
}

/* ---- a name right after a descriptor of a body is that body, all its capitalised words ---- */

Test(claimant_es, descriptor_then_a_name)
{
    expect_claimant("El colectivo de derechos humanos Guatemala Resiste estima que 45 personas siguen detenidas.", "es",
           EXTRACT_EVENT_HELD, 45, "Guatemala Resiste", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_pt, descriptor_then_a_name)
{
    expect_claimant("O coletivo de direitos humanos Angola Livre estima que 45 pessoas continuam detidas.", "pt",
           EXTRACT_EVENT_HELD, 45, "Angola Livre", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, descriptor_then_a_name)
{
    expect_claimant("The human rights collective Honduras Despierta estimates that 45 people remain in custody.", "en",
           EXTRACT_EVENT_HELD, 45, "Honduras Despierta", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a body named by its own head word keeps its kind after a media word ("weekly") ---- */

Test(claimant_en, weekly_figures_of_a_state_body)
{
    expect_claimant("Some 12,400 people were in custody on Friday, according to weekly Prison Service figures.", "en",
           EXTRACT_EVENT_HELD, 12400, "Prison Service", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a sentence that goes on with the report of the one before ---- */

Test(claimant_es, a_sentence_that_continues_the_report)
{
    expect_claimant("Según la Cruz Roja, 16 presos fueron entregados esta mañana. Con ellos, son 41 los liberados desde el "
           "lunes.",
           "es", EXTRACT_EVENT_RELEASE, 41, "Cruz Roja", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_pt, a_sentence_that_continues_the_report)
{
    expect_claimant("A Liga dos Direitos Humanos contabiliza 58 detidos em Luanda. Com isso, passa de 300 o total de detidos "
           "desde março.",
           "pt", EXTRACT_EVENT_DETENTION, 300, "Liga dos Direitos Humanos", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, a_sentence_that_continues_the_report)
{
    expect_claimant("The prison service said 16 inmates were freed on Monday. In total, 41 prisoners have been released this "
           "month.",
           "en", EXTRACT_EVENT_RELEASE, 41, "prison service", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, background_after_a_report_is_the_journalists)
{
    expect_claimant("The prison service said 16 inmates were freed on Monday. In 2021, 41 prisoners were released after a "
           "hunger strike.",
           "en", EXTRACT_EVENT_RELEASE, 41, NULL, EXTRACT_KIND_UNKNOWN);
}

/* ---- an acronym used before the text spells it out (a headline) stands for the full name ---- */

Test(claimant_es, acronym_before_its_introduction)
{
    expect_claimant("CLDH denuncia 80 detenciones en Lima\n\n"
           "La Coordinadora Limeña de Derechos Humanos (CLDH) denunció el martes nuevas detenciones.",
           "es", EXTRACT_EVENT_DETENTION, 80, "Coordinadora Limeña de Derechos Humanos", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_pt, acronym_before_its_introduction)
{
    expect_claimant("CLDH denuncia 80 detenções em Luanda\n\n"
           "A Coordenadora Luandense de Direitos Humanos (CLDH) denunciou na terça-feira novas detenções.",
           "pt", EXTRACT_EVENT_DETENTION, 80, "Coordenadora Luandense de Direitos Humanos", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, acronym_before_its_introduction)
{
    expect_claimant("LHRC says 80 arrested in Lagos\n\n"
           "The Lagos Human Rights Coalition (LHRC) said on Tuesday that more people had been arrested.",
           "en", EXTRACT_EVENT_DETENTION, 80, "Lagos Human Rights Coalition", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a name with a comma in its list of words, introduced with its acronym ---- */

Test(claimant_es, acronym_of_a_name_with_a_comma)
{
    expect_claimant("El movimiento Unidos por la Tierra, el Agua y la Vida (UTAV) se reunió ayer.\n\n"
           "Según la UTAV, 64 militantes siguen presos.",
           "es", EXTRACT_EVENT_HELD, 64, "Unidos por la Tierra, el Agua y la Vida", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_pt, acronym_of_a_name_with_a_comma)
{
    expect_claimant("O movimento Unidos pela Terra, a Água e a Vida (UTAV) reuniu-se ontem.\n\n"
           "Segundo a UTAV, 64 militantes continuam presos.",
           "pt", EXTRACT_EVENT_HELD, 64, "Unidos pela Terra, a Água e a Vida", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, acronym_of_a_name_with_a_comma)
{
    expect_claimant("The movement United for Land, Water and Life (ULWL) met yesterday.\n\n"
           "According to the ULWL, 64 activists remain in jail.",
           "en", EXTRACT_EVENT_HELD, 64, "United for Land, Water and Life", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a state council introduced with its acronym is the state's; an embassy is the state's ---- */

Test(claimant_es, state_council_with_acronym)
{
    expect_claimant("El Consejo Superior de Justicia (CSJ) informó que 510 personas recuperaron la libertad.", "es",
           EXTRACT_EVENT_RELEASE, 510, "Consejo Superior de Justicia", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, state_council_with_acronym)
{
    expect_claimant("O Conselho Superior de Justiça (CSJ) informou que 510 pessoas foram libertadas.", "pt",
           EXTRACT_EVENT_RELEASE, 510, "Conselho Superior de Justiça", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, state_council_with_acronym)
{
    expect_claimant("The Higher Council of Justice (HCJ) said 510 people had been released.", "en", EXTRACT_EVENT_RELEASE,
           510, "Higher Council of Justice", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_es, an_embassy)
{
    expect_claimant("La Embajada de Chile informó que 9 chilenos siguen detenidos.", "es", EXTRACT_EVENT_HELD, 9,
           "Embajada de Chile", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, an_embassy)
{
    expect_claimant("A Embaixada de Cabo Verde informou que 12 cidadãos cabo-verdianos continuam detidos.", "pt", EXTRACT_EVENT_HELD, 12,
           "Embaixada de Cabo Verde", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, an_embassy)
{
    expect_claimant("The Irish Embassy said 12 citizens remain in detention.", "en", EXTRACT_EVENT_HELD, 12,
           "Irish Embassy", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a title after the source word, then the person in apposition; a legal team as a speaker ---- */

Test(claimant_es, a_source_by_title_and_name)
{
    expect_claimant("Según su directora, Elena Quiroga, la organización ha registrado 85 detenciones desde el sábado.", "es",
           EXTRACT_EVENT_DETENTION, 85, "Elena Quiroga", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, a_source_by_title_and_name)
{
    expect_claimant("Segundo o seu diretor, Paulo Amaral, a associação registou 85 detenções desde sábado.", "pt",
           EXTRACT_EVENT_DETENTION, 85, "Paulo Amaral", EXTRACT_KIND_PERSON);
}

Test(claimant_en, a_source_by_title_and_name)
{
    expect_claimant("According to its director, Helen Ward, the group has recorded 85 arrests since Saturday.", "en",
           EXTRACT_EVENT_DETENTION, 85, "Helen Ward", EXTRACT_KIND_PERSON);
}

Test(claimant_es, a_legal_team)
{
    expect_claimant("Un juez ordenó la liberación de 19 estudiantes, según el equipo jurídico de la federación.", "es",
           EXTRACT_EVENT_RELEASE, 19, "equipo jurídico", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_pt, a_legal_team)
{
    expect_claimant("Um juiz ordenou a libertação de 19 estudantes, segundo a equipa jurídica da associação.", "pt",
           EXTRACT_EVENT_RELEASE, 19, "equipa jurídica", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, a_legal_team)
{
    expect_claimant("A judge ordered the release of 19 students, according to the protesters' legal team.", "en",
           EXTRACT_EVENT_RELEASE, 19, "legal team", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a capitalised word right before a common noun it modifies ("Kenyan nationals", "Kenyan press") is no
 * person's name (actor.person, {MODIFIED_NOUN}) ---- */

Test(claimant_es, a_modifier_before_a_people_noun_is_no_name)
{
    expect_claimant("La cancillería afirmó que 14 Keniatas presos siguen sin abogado.", "es", EXTRACT_EVENT_HELD, 14,
           "cancillería", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, a_modifier_before_a_people_noun_is_no_name)
{
    expect_claimant("O Itamaraty afirmou que 14 Quenianos presos continuam sem advogado.", "pt", EXTRACT_EVENT_HELD, 14,
           "Itamaraty", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, a_modifier_before_a_people_noun_is_no_name)
{
    expect_claimant("The foreign ministry on Friday denied Kenyan press reports that 14 Kenyan nationals were still being "
           "detained.", "en", EXTRACT_EVENT_HELD, 14, "foreign ministry", EXTRACT_KIND_GOVERNMENT);
}

/* ---- "la misma agencia", "the same newspaper": the news outlet named last ---- */

Test(claimant_es, the_same_outlet)
{
    expect_claimant("El diario La Voz informó el martes de nuevas protestas en la capital. Según el mismo diario, la policía "
           "detuvo a 64 manifestantes durante la noche.",
           "es", EXTRACT_EVENT_DETENTION, 64, "La Voz", EXTRACT_KIND_MEDIA);
}

Test(claimant_pt, the_same_outlet)
{
    expect_claimant("Os protestos continuaram na capital, segundo o jornal Correio do Sul. De acordo com o mesmo jornal, a "
           "polícia deteve 64 manifestantes durante a noite.",
           "pt", EXTRACT_EVENT_DETENTION, 64, "Correio do Sul", EXTRACT_KIND_MEDIA);
}

Test(claimant_en, the_same_outlet)
{
    expect_claimant("The newspaper Daily Courier reported fresh protests in the capital on Tuesday. According to the same "
           "newspaper, police arrested 64 protesters overnight.",
           "en", EXTRACT_EVENT_DETENTION, 64, "Daily Courier", EXTRACT_KIND_MEDIA);
}

/* ---- "X gave a lower count: 3,500 detained": a figure after a colon, announced as the subject's figure ---- */

Test(claimant_es, a_figure_given_after_a_colon)
{
    expect_claimant("El Ministerio del Interior dio una cifra mucho menor: unos 2.300 detenidos en todo el país.", "es",
           EXTRACT_EVENT_DETENTION, 2300, "Ministerio del Interior", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, a_figure_given_after_a_colon)
{
    expect_claimant("O Ministério da Justiça apresentou um número bem menor: cerca de 2.300 detidos em todo o país.", "pt",
           EXTRACT_EVENT_DETENTION, 2300, "Ministério da Justiça", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, a_figure_given_after_a_colon)
{
    expect_claimant("The Interior Ministry gave a much lower figure: about 2,300 people detained across the country.", "en",
           EXTRACT_EVENT_DETENTION, 2300, "Interior Ministry", EXTRACT_KIND_GOVERNMENT);
}

/* ---- "the head of State": the president named last ---- */

Test(claimant_es, the_head_of_state)
{
    expect_claimant("El presidente Tomás Arriaga visitó el penal el lunes. Según el jefe de Estado, 45 presos serán liberados "
           "antes de fin de mes.",
           "es", EXTRACT_EVENT_RELEASE, 45, "Tomás Arriaga", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, the_head_of_state)
{
    expect_claimant("O presidente Tomás Arriaga visitou a prisão na segunda-feira. Segundo o chefe de Estado, 45 presos serão "
           "libertados até ao fim do mês.",
           "pt", EXTRACT_EVENT_RELEASE, 45, "Tomás Arriaga", EXTRACT_KIND_PERSON);
}

Test(claimant_en, the_head_of_state)
{
    expect_claimant("President Thomas Arden visited the prison on Monday. According to the head of State, 45 prisoners were "
           "released over the weekend.",
           "en", EXTRACT_EVENT_RELEASE, 45, "Thomas Arden", EXTRACT_KIND_PERSON);
}

/* ---- nested speech: the office of a titled official, or of a post, speaks as a state body ---- */

Test(claimant_es, the_office_of_an_official)
{
    expect_claimant("La cifra subió desde los 3.100 detenidos anunciados el martes por la oficina del presidente Marcos Ruelas, "
           "que habló de muchos extranjeros.",
           "es", EXTRACT_EVENT_DETENTION, 3100, "oficina del presidente Marcos Ruelas", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, the_office_of_an_official)
{
    expect_claimant("O número subiu dos 3.100 detidos anunciados na terça-feira pelo gabinete do presidente Marcos Ruelas, que "
           "falou em muitos estrangeiros.",
           "pt", EXTRACT_EVENT_DETENTION, 3100, "gabinete do presidente Marcos Ruelas", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, the_office_of_an_official)
{
    expect_claimant("The figure rose from the 3,100 detentions announced on Tuesday by President Marcus Rowell's office, which "
           "spoke of many foreigners.",
           "en", EXTRACT_EVENT_DETENTION, 3100, "President Marcus Rowell's office", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("In the north, Varnek's governor's office reported its own figure: 410 suspected looters rounded up in "
           "that city alone.",
           "en", EXTRACT_EVENT_DETENTION, 410, "Varnek's governor's office", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a count named after whoever made it ("an AFP tally", "un recuento de EFE") ---- */

Test(claimant_es, a_tally_named_after_its_maker)
{
    expect_claimant("Un recuento de Reuters basado en datos de los hospitales eleva a 1.240 el número de detenidos.", "es",
           EXTRACT_EVENT_DETENTION, 1240, "Reuters", EXTRACT_KIND_MEDIA);
}

Test(claimant_pt, a_tally_named_after_its_maker)
{
    expect_claimant("Uma contagem da Reuters com base em dados dos hospitais eleva para 1.240 o número de detidos.", "pt",
           EXTRACT_EVENT_DETENTION, 1240, "Reuters", EXTRACT_KIND_MEDIA);
}

Test(claimant_en, a_tally_named_after_its_maker)
{
    expect_claimant("By Monday, a Reuters tally of figures given by hospital staff put the number of arrests at 1,240.", "en",
           EXTRACT_EVENT_DETENTION, 1240, "Reuters", EXTRACT_KIND_MEDIA);
}

/* ---- a reporting verb in a clause of time after the count reports something else ---- */

Test(claimant_es, a_verb_in_a_clause_of_time)
{
    expect_claimant("Más de 250 personas han sido detenidas desde que el presidente Marcos Ruelas decretó el estado de "
           "excepción, informó el Comando Conjunto.",
           "es", EXTRACT_EVENT_DETENTION, 250, "Comando Conjunto", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Más de 250 personas han sido detenidas desde el martes, cuando el ministerio anunció la muerte del "
           "preso.",
           "es", EXTRACT_EVENT_DETENTION, 250, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(claimant_pt, a_verb_in_a_clause_of_time)
{
    expect_claimant("Mais de 250 pessoas foram detidas desde que o presidente Marcos Ruelas decretou o estado de emergência, "
           "informou o Comando Conjunto.",
           "pt", EXTRACT_EVENT_DETENTION, 250, "Comando Conjunto", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Mais de 250 pessoas foram detidas desde terça-feira, quando o ministério anunciou a morte do preso.", "pt",
           EXTRACT_EVENT_DETENTION, 250, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(claimant_en, a_verb_in_a_clause_of_time)
{
    expect_claimant("More than 250 people have been arrested since President Marcus Rowell declared a state of emergency, the "
           "Joint Command said on Monday.",
           "en", EXTRACT_EVENT_DETENTION, 250, "Joint Command", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("More than 250 people have been arrested since Tuesday, when the ministry announced the death of a "
           "prisoner.",
           "en", EXTRACT_EVENT_DETENTION, 250, NULL, EXTRACT_KIND_UNKNOWN);
}

/* ---- "That is the count of X": the sentence after a figure says whose count it is ---- */

Test(claimant_es, whose_count_it_is)
{
    expect_claimant("Más de 300 manifestantes fueron detenidos el domingo en 20 ciudades. Es el recuento de la ONG Memoria "
           "Libre.",
           "es", EXTRACT_EVENT_DETENTION, 300, "Memoria Libre", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_pt, whose_count_it_is)
{
    expect_claimant("Mais de 300 manifestantes foram detidos no domingo em 20 cidades. É a contagem da ONG Memória Livre.", "pt",
           EXTRACT_EVENT_DETENTION, 300, "Memória Livre", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, whose_count_it_is)
{
    expect_claimant("More than 300 protesters were detained on Sunday in 20 cities. That is the count of the rights group "
           "Free Memory.",
           "en", EXTRACT_EVENT_DETENTION, 300, "Free Memory", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a press-release label written in sentence case ---- */

Test(claimant_es, a_press_release_label_in_sentence_case)
{
    expect_claimant("Nota de prensa\n\nDe: Ministerio de Justicia\n\nUnos 1.200 presos salieron hoy de las cárceles del país "
           "en virtud de la nueva norma.\n\nLa población penitenciaria era de 60.400 internos el viernes.",
           "es", EXTRACT_EVENT_HELD, 60400, "Ministerio de Justicia", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, a_press_release_label_in_sentence_case)
{
    expect_claimant("Nota à imprensa\n\nDe: Ministério da Justiça\n\nCerca de 1.200 presos saíram hoje das prisões do país ao "
           "abrigo da nova norma.\n\nA população prisional era de 60.400 reclusos na sexta-feira.",
           "pt", EXTRACT_EVENT_HELD, 60400, "Ministério da Justiça", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, a_press_release_label_in_sentence_case)
{
    expect_claimant("Press release\n\nFrom: Ministry of Justice\n\nAround 1,200 prisoners were released from jails today under "
           "the new rule.\n\nThe prison population stood at 60,400 inmates on Friday.",
           "en", EXTRACT_EVENT_HELD, 60400, "Ministry of Justice", EXTRACT_KIND_GOVERNMENT);
}

/* ---- "the vice-president of the organisation, X"; "has put the number of people arrested at" ---- */

Test(claimant_en, a_hyphenated_title_and_a_longer_figure_phrase)
{
    expect_claimant("\"Since May we have certified 344 releases,\" declared the vice-president of the organisation, Laura "
           "Menge, on Monday.",
           "en", EXTRACT_EVENT_RELEASE, 344, "Laura Menge", EXTRACT_KIND_PERSON);
    expect_claimant("The Border Police has put the number of people arrested at about 800 nationwide.", "en",
           EXTRACT_EVENT_DETENTION, 800, "Border Police", EXTRACT_KIND_GOVERNMENT);
}

/* ---- an interview in questions and answers: the answers are the interviewee's ---- */

Test(claimant_es, the_interviewee_answers)
{
    const char *text = "La jueza Marta Ibáñez firmó las órdenes el lunes. La abogada Lucía Ferrán Gil, que defiende a "
                       "varios acusados, habló con nosotros el martes.\n\n"
                       "—¿Qué ocurrió en la audiencia?\n\n"
                       "—Nadie pudo ver a los acusados. Nosotros no tuvimos acceso al expediente.\n\n"
                       "—¿Cuántos siguen presos?\n\n"
                       "—Según nuestras cuentas, más de 60 personas siguen en prisión por sus ideas.\n";
    expect_claimant(text, "es", EXTRACT_EVENT_HELD, 60, "Lucía Ferrán Gil", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, the_interviewee_answers)
{
    const char *text = "A juíza Marta Ibáñez assinou as ordens na segunda-feira. A advogada Lúcia Ferrão Gil, que "
                       "defende vários acusados, falou connosco na terça-feira.\n\n"
                       "O que aconteceu na audiência?\n\n"
                       "Ninguém pôde ver os acusados. Nós não tivemos acesso ao processo.\n\n"
                       "Quantos continuam presos?\n\n"
                       "Pelas nossas contas, mais de 60 pessoas continuam na prisão pelas suas ideias.\n";
    expect_claimant(text, "pt", EXTRACT_EVENT_HELD, 60, "Lúcia Ferrão Gil", EXTRACT_KIND_PERSON);
}

Test(claimant_en, the_interviewee_answers)
{
    const char *text = "Judge Martha Ibbs signed the orders on Monday. Lucy Farran Gale, a lawyer who defends several "
                       "of the accused, spoke to us on Tuesday.\n\n"
                       "What happened at the hearing?\n\n"
                       "Nobody could see the accused. We had no access to the file.\n\n"
                       "How many are still in prison?\n\n"
                       "By our count, more than 60 people are in prison for their views.\n";
    expect_claimant(text, "en", EXTRACT_EVENT_HELD, 60, "Lucy Farran Gale", EXTRACT_KIND_PERSON);
}

/* The interviewee is whom the reporter spoke with ("Hablamos con X", "Conversámos com X", "We spoke to X"), over a
 * titled official the introduction also names; with no full name in the introduction, the headline's. */
Test(claimant_es, the_interviewee_is_whom_we_spoke_with)
{
    const char *text = "El general Tomás Ruiz Pardo, jefe de la policía militar, habló el lunes de 900 detenidos. "
                       "Hablamos con Elena Saldívar, abogada de la Red de Defensa, que asiste a muchos de ellos.\n\n"
                       "P: ¿Es creíble la cifra oficial?\n\n"
                       "R: No. Nosotros hemos documentado muchos más casos.\n\n"
                       "P: ¿Y las mujeres?\n\n"
                       "R: El 2 de marzo detuvieron a 14 mujeres frente al museo.\n";
    expect_claimant(text, "es", EXTRACT_EVENT_DETENTION, 14, "Elena Saldívar", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, the_interviewee_is_whom_we_spoke_with)
{
    const char *text = "O general Tomás Ruivo Pardal, chefe da polícia militar, falou na segunda-feira de 900 detidos. "
                       "Conversámos com Helena Saldanha, advogada da Rede de Defesa, que acompanha muitos deles.\n\n"
                       "P: O número oficial é credível?\n\n"
                       "R: Não. Nós documentámos muitos mais casos.\n\n"
                       "P: E as mulheres?\n\n"
                       "R: No dia 2 de março detiveram 14 mulheres em frente ao museu.\n";
    expect_claimant(text, "pt", EXTRACT_EVENT_DETENTION, 14, "Helena Saldanha", EXTRACT_KIND_PERSON);
}

Test(claimant_en, the_interviewee_is_whom_we_spoke_with)
{
    const char *text = "General Thomas Reed Parr, head of the military police, spoke on Monday of 900 detainees. We "
                       "spoke to Ellen Saltman, a lawyer with the Defence Network, which assists many of them.\n\n"
                       "Q: Is the official figure credible?\n\n"
                       "A: No. We have documented many more cases.\n\n"
                       "Q: And the women?\n\n"
                       "A: On March 2 they arrested 14 women outside the museum.\n";
    expect_claimant(text, "en", EXTRACT_EVENT_DETENTION, 14, "Ellen Saltman", EXTRACT_KIND_PERSON);
}

Test(claimant_es, the_headline_names_the_interviewee)
{
    const char *text = "Marta Quiroga Lenz: \"Nadie sale libre de verdad\"\n\n"
                       "La directora de la Red de Defensa lleva meses sin dormir. Recibe a este diario en su oficina.\n\n"
                       "P. ¿Cuántas personas siguen presas?\n\n"
                       "R. Nuestros registros suman 412 presos políticos en todo el país.\n\n"
                       "P. ¿Y el Gobierno?\n\n"
                       "R. Nosotros no confiamos en sus cifras.\n";
    expect_claimant(text, "es", EXTRACT_EVENT_HELD, 412, "Marta Quiroga Lenz", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, the_headline_names_the_interviewee)
{
    const char *text = "Marta Quiroga Lenz: \"Ninguém sai livre de verdade\"\n\n"
                       "A diretora da Rede de Defesa anda há meses sem dormir. Recebe-nos no seu escritório.\n\n"
                       "P. Quantas pessoas continuam presas?\n\n"
                       "R. Os nossos registos somam 412 presos políticos em todo o país.\n\n"
                       "P. E o Governo?\n\n"
                       "R. Nós não confiamos nos números dele.\n";
    expect_claimant(text, "pt", EXTRACT_EVENT_HELD, 412, "Marta Quiroga Lenz", EXTRACT_KIND_PERSON);
}

Test(claimant_en, the_headline_names_the_interviewee)
{
    const char *text = "Martha Quill Lenz: \"Nobody walks out truly free\"\n\n"
                       "The director of the Defence Network has not slept much in months. She receives us in her "
                       "office.\n\n"
                       "Q. How many people are still in prison?\n\n"
                       "A. By our records, 412 people are in prison for their views.\n\n"
                       "Q. And the government?\n\n"
                       "A. We do not trust its figures.\n";
    expect_claimant(text, "en", EXTRACT_EVENT_HELD, 412, "Martha Quill Lenz", EXTRACT_KIND_PERSON);
}

/* The day of the interview is one close to the article's: a year in the interviewee's story ("who founded the
 * group in 1990") is not it. */
static void expect_interview_day(const char *text, const char *lang, long long value, const char *day)
{
    extract_options opt = {.ref_date = "2026-01-14", .lang = lang};
    extract_doc *d = run_opt(text, &opt);
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, value);
    char buf[4096];
    cr_assert_not_null(c, "no held claim of %lld; %s", value, describe(d, buf, sizeof buf));
    cr_expect_str_eq(c->claimed_on, day, "%s", describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

Test(claimant_es, the_interview_day_is_near_the_article)
{
    expect_interview_day("La abogada Lucía Ferrán Gil, que fundó la asociación en 1990, habló con nosotros el martes.\n\n"
                         "—¿Qué ocurrió en la audiencia?\n\n"
                         "—Nadie pudo ver a los acusados.\n\n"
                         "—¿Cuántos siguen presos?\n\n"
                         "—Según nuestras cuentas, más de 60 personas siguen en prisión por sus ideas.\n",
                         "es", 60, "2026-01-13");
}

Test(claimant_pt, the_interview_day_is_near_the_article)
{
    expect_interview_day("A advogada Lúcia Ferrão Gil, que fundou a associação em 1990, falou connosco na terça-feira.\n\n"
                         "O que aconteceu na audiência?\n\n"
                         "Ninguém pôde ver os acusados.\n\n"
                         "Quantos continuam presos?\n\n"
                         "Pelas nossas contas, mais de 60 pessoas continuam na prisão pelas suas ideias.\n",
                         "pt", 60, "2026-01-13");
}

Test(claimant_en, the_interview_day_is_near_the_article)
{
    expect_interview_day("Lucy Farran Gale, a lawyer who founded the group in 1990, spoke to us on Tuesday.\n\n"
                         "What happened at the hearing?\n\n"
                         "Nobody could see the accused.\n\n"
                         "How many are still in prison?\n\n"
                         "By our count, more than 60 people are in prison for their views.\n",
                         "en", 60, "2026-01-13");
}

/* The introduction names the interviewee again after the paragraph that gives the day ("Ferrán dice que…"): the
 * day is read in the paragraph of any sentence that names them. */
Test(claimant_es, the_interview_day_by_an_earlier_mention)
{
    expect_interview_day("La abogada Lucía Ferrán Gil dirige la defensa de los estudiantes. Ella habló por teléfono con "
                         "este diario el martes (13).\n\n"
                         "Ferrán Gil dice que no tiene miedo.\n\n"
                         "¿Qué ocurrió en la audiencia?\n\n"
                         "Nadie pudo ver a los acusados.\n\n"
                         "¿Cuántos siguen presos?\n\n"
                         "Según nuestras cuentas, más de 60 personas siguen en prisión por sus ideas.\n",
                         "es", 60, "2026-01-13");
}

Test(claimant_pt, the_interview_day_by_an_earlier_mention)
{
    expect_interview_day("A advogada Lúcia Ferrão Gil dirige a defesa dos estudantes. Ela falou por telefone com a "
                         "reportagem nesta terça-feira (13).\n\n"
                         "Ferrão Gil diz que não tem medo.\n\n"
                         "O que aconteceu na audiência?\n\n"
                         "Ninguém pôde ver os acusados.\n\n"
                         "Quantos continuam presos?\n\n"
                         "Pelas nossas contas, mais de 60 pessoas continuam na prisão pelas suas ideias.\n",
                         "pt", 60, "2026-01-13");
}

Test(claimant_en, the_interview_day_by_an_earlier_mention)
{
    expect_interview_day("The lawyer Lucy Farran Gale leads the students' defence. She spoke to us by phone on "
                         "Tuesday.\n\n"
                         "Farran Gale says she is not afraid.\n\n"
                         "What happened at the hearing?\n\n"
                         "Nobody could see the accused.\n\n"
                         "How many are still in prison?\n\n"
                         "By our count, more than 60 people are in prison for their views.\n",
                         "en", 60, "2026-01-13");
}

/* A broadcast transcript: the presenter's questions are answered by the correspondent, a reporter, not by the
 * person the introduction names. */
static void expect_no_claimant(const char *text, const char *lang, extract_event ev, long long value)
{
    extract_options opt = {.ref_date = "2026-01-14", .lang = lang};
    extract_doc *d = run_opt(text, &opt);
    const extract_claim *c = claim_of(d, ev, value);
    char buf[4096];
    cr_assert_not_null(c, "no claim of %lld; %s", value, describe(d, buf, sizeof buf));
    cr_expect_null(c->claimant.name, "%s", describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

Test(claimant_es, a_transcript_has_no_interviewee)
{
    expect_no_claimant("LOCUTORA: Buenas tardes. La opositora Marta Ibáñez Soler sigue en prisión.\n\n"
                       "LOCUTORA: ¿Qué se sabe del juicio?\n\n"
                       "CORRESPONSAL (RUIZ): Poco. Nosotros no pudimos entrar a la sala.\n\n"
                       "LOCUTORA: ¿Ha habido liberaciones antes?\n\n"
                       "CORRESPONSAL (RUIZ): Sí.\n\n"
                       "En noviembre del año pasado, los tribunales liberaron a más de 70 activistas bajo fianza.\n",
                       "es", EXTRACT_EVENT_RELEASE, 70);
}

Test(claimant_pt, a_transcript_has_no_interviewee)
{
    expect_no_claimant("LOCUTORA: Boa tarde. A opositora Marta Ibáñez Soler continua presa.\n\n"
                       "LOCUTORA: O que se sabe do julgamento?\n\n"
                       "CORRESPONDENTE (RUIVO): Pouco. Nós não pudemos entrar na sala.\n\n"
                       "LOCUTORA: Já houve libertações antes?\n\n"
                       "CORRESPONDENTE (RUIVO): Sim.\n\n"
                       "Em novembro do ano passado, os tribunais libertaram mais de 70 ativistas sob fiança.\n",
                       "pt", EXTRACT_EVENT_RELEASE, 70);
}

Test(claimant_en, a_transcript_has_no_interviewee)
{
    expect_no_claimant("PRESENTER: Good afternoon. The opposition figure Martha Ibbs Soler remains in prison.\n\n"
                       "PRESENTER: What do we know about the trial?\n\n"
                       "CORRESPONDENT (ROSS): Very little. We were not allowed into the courtroom.\n\n"
                       "PRESENTER: Have there been releases before?\n\n"
                       "CORRESPONDENT (ROSS): There have.\n\n"
                       "Last November, the courts freed more than 70 activists on bail.\n",
                       "en", EXTRACT_EVENT_RELEASE, 70);
}

/* An interview voiced only by first-person verbs ("contamos", "Tenemos", "I have"), with an organisation named in the
 * introduction after the person (which a statement's "we" would have made the claimant) and an interviewer's
 * challenge that is no question between two questions: every figure of the answers is the interviewee's, told on
 * the day the introduction gives in the sentence after the name. */
static void S_expect_interview(const char *text, const char *lang, extract_event ev, long long value, const char *name,
                               const char *on)
{
    extract_doc *d = run(text, lang);
    char buf[4096];
    const extract_claim *c = claim_of(d, ev, value);
    cr_assert_not_null(c->claimant.name, "no claimant; %s", describe(d, buf, sizeof buf));
    cr_assert_str_eq(c->claimant.name, name, "%s", describe(d, buf, sizeof buf));
    cr_assert_str_eq(c->claimed_on, on, "%s", describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

Test(claimant_es, an_interview_in_the_first_person_of_its_verbs)
{
    const char *text = "La abogada Marta Solís Pardo trabaja para la Red de Defensores por la Libertad Sindical. "
                       "Nos atendió por teléfono el lunes, desde Valparaíso.\n\n"
                       "¿Cuántas personas fueron detenidas en la huelga?\n\n"
                       "Hasta ahora contamos 140 procesados. De ellos, unos 90 fueron detenidos en las dos primeras "
                       "semanas.\n\n"
                       "La Fiscalía habla de 60 detenidos.\n\n"
                       "Tengo los nombres de cada uno. Fueron 90, no 60.\n\n"
                       "¿Y cuántos siguen presos?\n\n"
                       "Tenemos a 12 clientes que siguen en prisión preventiva.\n";
    S_expect_interview(text, "es", EXTRACT_EVENT_DETENTION, 90, "Marta Solís Pardo", "2026-01-12");
    S_expect_interview(text, "es", EXTRACT_EVENT_HELD, 12, "Marta Solís Pardo", "2026-01-12");
    expect_claimant(text, "es", EXTRACT_EVENT_DETENTION, 60, "Fiscalía", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, an_interview_in_the_first_person_of_its_verbs)
{
    const char *text = "A advogada Marta Solis Prado trabalha para a Rede de Defensores pela Liberdade Sindical. "
                       "Ela falou à reportagem por telefone na segunda-feira, de Recife.\n\n"
                       "Quantas pessoas foram presas durante a greve?\n\n"
                       "Nós acompanhamos todos os processos. Até agora contamos 140 processados, e cerca de 90 "
                       "foram presos nas duas primeiras semanas.\n\n"
                       "A polícia fala em 60 detidos.\n\n"
                       "Tenho os nomes de cada um. Foram 90, não 60.\n\n"
                       "E quantos continuam presos?\n\n"
                       "Temos 12 clientes que continuam em prisão preventiva.\n";
    S_expect_interview(text, "pt", EXTRACT_EVENT_DETENTION, 90, "Marta Solis Prado", "2026-01-12");
    S_expect_interview(text, "pt", EXTRACT_EVENT_HELD, 12, "Marta Solis Prado", "2026-01-12");
    expect_claimant(text, "pt", EXTRACT_EVENT_DETENTION, 60, "polícia", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, an_interview_in_the_first_person_of_its_verbs)
{
    const char *text = "Martha Sollis Pratt is a lawyer with the Network of Defenders for Union Freedom. "
                       "She spoke to us by phone on Monday from Durban.\n\n"
                       "How many people were arrested during the strike?\n\n"
                       "I have the names of everyone charged, 140 so far. About 90 were arrested in the first two "
                       "weeks.\n\n"
                       "The police said that 60 people were arrested.\n\n"
                       "I don't know where that figure comes from. It was 90, not 60.\n\n"
                       "And how many are still in prison?\n\n"
                       "By my count 12 people are still in prison.\n";
    S_expect_interview(text, "en", EXTRACT_EVENT_DETENTION, 90, "Martha Sollis Pratt", "2026-01-12");
    S_expect_interview(text, "en", EXTRACT_EVENT_HELD, 12, "Martha Sollis Pratt", "2026-01-12");
    expect_claimant(text, "en", EXTRACT_EVENT_DETENTION, 60, "police", EXTRACT_KIND_GOVERNMENT);
}

/* A broadcast transcript with speaker labels: the presenter's "we" is the newsroom's, so an organisation the lead
 * names does not become the issuer of the reporter's unattributed figures; attributed ones keep their source. */
Test(claimant_es, a_transcript_has_no_issuer)
{
    const char *text = "Boletín de las 8: liberaciones en la cárcel de Tarsa\n\n"
                       "LOCUTOR (Andrés Mier): Buenos días. Empezamos en el sur, donde sigue la tensión en la cárcel de "
                       "Tarsa. La Fundación Paz Abierta ha pedido calma. Nos cuenta los detalles nuestra enviada "
                       "especial.\n\n"
                       "ENVIADA (Irene Sala): Buenos días. Según el Comité de Familiares, al menos 300 personas siguen "
                       "detenidas en la cárcel. Nosotros no hemos podido confirmarlo.\n\n"
                       "LOCUTOR: ¿Hay más liberaciones?\n\n"
                       "ENVIADA: Otros 20 presos fueron liberados el domingo.\n";
    expect_claimant(text, "es", EXTRACT_EVENT_HELD, 300, "Comité de Familiares", EXTRACT_KIND_ORGANIZATION);
    expect_claimant(text, "es", EXTRACT_EVENT_RELEASE, 20, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(claimant_pt, a_transcript_has_no_issuer)
{
    const char *text = "Boletim das 8: solturas na prisão de Tarsa\n\n"
                       "LOCUTOR (André Mota): Bom dia. Começamos no sul, onde continua a tensão na prisão de Tarsa. A "
                       "Fundação Paz Aberta pediu calma. Quem traz os detalhes é a nossa enviada especial.\n\n"
                       "REPÓRTER (Irene Sales): Bom dia. Segundo o Comitê de Familiares, pelo menos 300 pessoas "
                       "continuam presas na cadeia. Nós não conseguimos confirmar.\n\n"
                       "LOCUTOR: Há mais solturas?\n\n"
                       "REPÓRTER: Outros 20 presos foram soltos no domingo.\n";
    expect_claimant(text, "pt", EXTRACT_EVENT_HELD, 300, "Comitê de Familiares", EXTRACT_KIND_ORGANIZATION);
    expect_claimant(text, "pt", EXTRACT_EVENT_RELEASE, 20, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(claimant_en, a_transcript_has_no_issuer)
{
    const char *text = "8 o'clock bulletin: releases at Tarsa prison\n\n"
                       "PRESENTER (Andrew Mears): Good morning. We start in the south, where tension continues at Tarsa "
                       "prison. The Open Peace Foundation has called for calm. Our correspondent has the details.\n\n"
                       "CORRESPONDENT (Irene Sale): Good morning. According to the Families Committee, at least 300 "
                       "people are still held in the prison. We have not been able to confirm it.\n\n"
                       "PRESENTER: Are there more releases?\n\n"
                       "CORRESPONDENT: Another 20 prisoners were released on Sunday.\n";
    expect_claimant(text, "en", EXTRACT_EVENT_HELD, 300, "Families Committee", EXTRACT_KIND_ORGANIZATION);
    expect_claimant(text, "en", EXTRACT_EVENT_RELEASE, 20, NULL, EXTRACT_KIND_UNKNOWN);
}

/* A live blog: the speaker who opens an entry ("X says …") carries through that entry, to a figure two sentences
 * on with no source of its own, and never past the next clock time. */
Test(claimant_es, a_live_blog_entry_keeps_its_speaker)
{
    const char *text = "Protestas en Tarsa, en directo: se amplía el toque de queda\n\n"
                       "Actualizaciones en directo.\n\n"
                       "15:20\n"
                       "El Ministerio del Interior afirma que 40 personas fueron detenidas anoche en la capital. La "
                       "mayoría eran estudiantes. Otras 12 personas fueron detenidas esta mañana en la ciudad portuaria.\n\n"
                       "14:05\n"
                       "Los familiares se concentraron ante la cárcel central. Otras 30 personas fueron liberadas allí "
                       "el lunes.\n";
    expect_claimant(text, "es", EXTRACT_EVENT_DETENTION, 12, "Ministerio del Interior", EXTRACT_KIND_GOVERNMENT);
    expect_claimant(text, "es", EXTRACT_EVENT_RELEASE, 30, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(claimant_pt, a_live_blog_entry_keeps_its_speaker)
{
    const char *text = "Protestos em Tarsa, ao vivo: toque de recolher prorrogado\n\n"
                       "Atualizações ao vivo.\n\n"
                       "15:20\n"
                       "O Ministério do Interior afirma que 40 pessoas foram detidas ontem à noite na capital. A "
                       "maioria era de estudantes. Outras 12 pessoas foram detidas hoje de manhã na cidade portuária.\n\n"
                       "14:05\n"
                       "Os familiares se reuniram diante da cadeia central. Outras 30 pessoas foram libertadas ali na "
                       "segunda-feira.\n";
    expect_claimant(text, "pt", EXTRACT_EVENT_DETENTION, 12, "Ministério do Interior", EXTRACT_KIND_GOVERNMENT);
    expect_claimant(text, "pt", EXTRACT_EVENT_RELEASE, 30, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(claimant_en, a_live_blog_entry_keeps_its_speaker)
{
    const char *text = "Tarsa protests live: curfew extended\n\n"
                       "Live updates from our desk.\n\n"
                       "15:20\n"
                       "The Interior Ministry says 40 people were arrested overnight in the capital. Most of them were "
                       "students. A further 12 people were detained this morning in the port city.\n\n"
                       "14:05\n"
                       "Relatives gathered outside the central jail. Another 30 people were released there on Monday.\n";
    expect_claimant(text, "en", EXTRACT_EVENT_DETENTION, 12, "Interior Ministry", EXTRACT_KIND_GOVERNMENT);
    expect_claimant(text, "en", EXTRACT_EVENT_RELEASE, 30, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(claimant_en, question_headings_of_an_explainer_are_no_interview)
{
    const char *text = "President Marcus Rowell announced the deal on Monday.\n\n"
                       "Who was freed?\n\n"
                       "The first group left the prison at dawn.\n\n"
                       "How many are still held?\n\n"
                       "More than 60 people are still in prison.\n";
    expect_claimant(text, "en", EXTRACT_EVENT_HELD, 60, NULL, EXTRACT_KIND_UNKNOWN);
}

/* ---- a passive agent whose title lists several portfolios; the medium a statement was made on ---- */

Test(claimant_es, a_passive_agent_with_a_listed_title)
{
    expect_claimant("La cifra no coincide con los \"más de 500 excarcelados\" que anunció el lunes el ministro de Interior, "
           "Justicia y Paz, Tomás Arriaga.",
           "es", EXTRACT_EVENT_RELEASE, 500, "Tomás Arriaga", EXTRACT_KIND_PERSON);
    expect_claimant("El portavoz de la policía, Rubén Salas, dijo en la televisión estatal que 2.100 sospechosos fueron "
           "detenidos.",
           "es", EXTRACT_EVENT_DETENTION, 2100, "Rubén Salas", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, a_passive_agent_with_a_listed_title)
{
    expect_claimant("O número não bate com as \"mais de 500 solturas\" que anunciou na segunda-feira o ministro do Interior, "
           "Justiça e Paz, Tomás Arriaga.",
           "pt", EXTRACT_EVENT_RELEASE, 500, "Tomás Arriaga", EXTRACT_KIND_PERSON);
    expect_claimant("O porta-voz da polícia, Rubén Salas, disse na televisão estatal que 2.100 suspeitos foram detidos.", "pt",
           EXTRACT_EVENT_DETENTION, 2100, "Rubén Salas", EXTRACT_KIND_PERSON);
}

Test(claimant_en, a_passive_agent_with_a_listed_title)
{
    expect_claimant("This figure does not match the \"more than 500 releases\" announced on Monday by the Minister of Interior, "
           "Justice and Peace, Thomas Arden.",
           "en", EXTRACT_EVENT_RELEASE, 500, "Thomas Arden", EXTRACT_KIND_PERSON);
    expect_claimant("The police spokesman, Ruben Sallis, said on state television on Friday that 2,100 suspects had been "
           "arrested.",
           "en", EXTRACT_EVENT_DETENTION, 2100, "Ruben Sallis", EXTRACT_KIND_PERSON);
}

/* ---- the sentence after a figure points back to it with a pronoun and names who gave it ---- */

/* "Lo anunció el martes el Ministerio del Interior": an object pronoun for what was said, the reporting verb and
 * its subject after it; "This was announced ... by": a pronoun and an agent word. The sentence's date is when the
 * claimant spoke. */
static void expect_back(const char *text, const char *lang, const char *name, const char *on)
{
    extract_doc *d = run(text, lang);
    char buf[4096];
    const extract_claim *c = NULL;
    for (size_t i = 0; i < extract_doc_claim_count(d) && !c; i++)
        if (extract_doc_claim(d, i)->count == 35)
            c = extract_doc_claim(d, i);
    cr_assert_not_null(c, "no claim of 35: %s", describe(d, buf, sizeof buf));
    cr_assert_not_null(c->claimant.name, "no claimant, expected %s; %s", name, describe(d, buf, sizeof buf));
    cr_expect_str_eq(c->claimant.name, name);
    if (on)
        cr_expect_str_eq(c->claimed_on, on, "%s: claimed on %s", text, c->claimed_on);
    extract_doc_free(d);
}

Test(claimant_es, pronoun_then_reporting_verb_and_subject_in_the_next_sentence)
{
    expect_back("El tribunal excarceló a 35 opositores. Lo anunció el martes el Ministerio del Interior.", "es",
                "Ministerio del Interior", "2026-01-13");
    expect_back("El tribunal excarceló a 35 opositores. Así lo informó ayer Amnistía Internacional.", "es",
                "Amnistía Internacional", "2026-01-13");
}

Test(claimant_pt, pronoun_then_reporting_verb_and_subject_in_the_next_sentence)
{
    expect_back("O tribunal libertou 35 opositores. Assim o anunciou ontem a Amnistia Internacional.", "pt",
                "Amnistia Internacional", "2026-01-13");
    expect_back("O tribunal libertou 35 opositores. Isso foi anunciado na terça-feira pelo Ministério do Interior.", "pt",
                "Ministério do Interior", NULL);
}

Test(claimant_en, pronoun_then_passive_reporting_verb_in_the_next_sentence)
{
    expect_back("The court freed 35 opposition activists. This was announced on Tuesday by the Interior Ministry.", "en",
                "Interior Ministry", "2026-01-13");
}

/* ---- a medium after a place word and an article ("anunció en la televisión estatal") is where it was said ---- */

Test(claimant_es, a_medium_after_en_la_is_where_it_was_said)
{
    expect_claimant("Ayer, el ministro del Interior, Rodrigo Palma, anunció en la televisión estatal que 320 detenidos habían "
           "sido liberados.",
           "es", EXTRACT_EVENT_RELEASE, 320, "Rodrigo Palma", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, a_medium_after_numa_is_where_it_was_said)
{
    expect_claimant("Ontem, o ministro do Interior, Rodrigo Palma, anunciou numa televisão estatal que 320 detidos tinham sido "
           "libertados.",
           "pt", EXTRACT_EVENT_RELEASE, 320, "Rodrigo Palma", EXTRACT_KIND_PERSON);
}

Test(claimant_en, a_medium_after_on_is_where_it_was_said)
{
    expect_claimant("Yesterday, the interior minister, Rodrigo Palma, announced on state television that 320 detainees had "
           "been released.",
           "en", EXTRACT_EVENT_RELEASE, 320, "Rodrigo Palma", EXTRACT_KIND_PERSON);
}

/* ---- state bodies: plural heads ("Serviços Penitenciários") and place names in the tail ("de Los Ángeles") ---- */

Test(claimant_es, a_state_body_with_a_plural_head)
{
    expect_claimant("Los Servicios Penitenciarios informaron que 85 reclusos fueron excarcelados.", "es",
           EXTRACT_EVENT_RELEASE, 85, "Servicios Penitenciarios", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, a_state_body_with_a_plural_head)
{
    expect_claimant("Os Serviços Prisionais indicaram que 85 reclusos foram libertados.", "pt", EXTRACT_EVENT_RELEASE, 85,
           "Serviços Prisionais", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, a_state_body_with_a_plural_head)
{
    expect_claimant("The Department of Correctional Services said 85 inmates were released.", "en", EXTRACT_EVENT_RELEASE, 85,
           "Department of Correctional Services", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_es, a_police_department_named_with_a_city)
{
    expect_claimant("El Departamento de Policía de La Paz (DPLP) informó que detuvo a 140 manifestantes.", "es",
           EXTRACT_EVENT_DETENTION, 140, "Departamento de Policía de La Paz", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, a_police_department_named_with_a_city)
{
    expect_claimant("O Departamento de Polícia de Los Angeles (LAPD) informou que deteve 140 manifestantes.", "pt",
           EXTRACT_EVENT_DETENTION, 140, "Departamento de Polícia de Los Angeles", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, a_police_department_named_with_a_city)
{
    expect_claimant("The Police Department of La Paz (PDLP) said it had arrested 140 protesters.", "en",
           EXTRACT_EVENT_DETENTION, 140, "Police Department of La Paz", EXTRACT_KIND_GOVERNMENT);
}

/* ---- who was told, after a date: "disse hoje à Lusa", "dijo ayer a EFE", "said on Monday to AFP" ---- */

Test(claimant_es, the_agency_told_after_a_date_is_no_speaker)
{
    expect_claimant("Por la tarde, la abogada Marta Ibáñez, que defiende a la mayoría, dijo ayer a EFE que 23 activistas "
           "habían salido de la cárcel.",
           "es", EXTRACT_EVENT_RELEASE, 23, "Marta Ibáñez", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, the_agency_told_after_a_date_is_no_speaker)
{
    expect_claimant("À tarde, a advogada Marta Ibáñez, que defende a maioria, disse ontem à Lusa que 23 ativistas tinham "
           "deixado a prisão.",
           "pt", EXTRACT_EVENT_RELEASE, 23, "Marta Ibáñez", EXTRACT_KIND_PERSON);
}

Test(claimant_en, the_agency_told_after_a_date_is_no_speaker)
{
    expect_claimant("Later, the lawyer Marta Ibanez, who represents most of them, said on Monday to AFP that 23 activists had "
           "left prison.",
           "en", EXTRACT_EVENT_RELEASE, 23, "Marta Ibanez", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, a_bare_a_after_the_verb_may_be_the_article_of_the_speaker)
{
    expect_claimant("Disse ontem a Amnistia Internacional que 23 ativistas foram libertados.", "pt", EXTRACT_EVENT_RELEASE,
           23, "Amnistia Internacional", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a live-blog entry or headline opening with a name and a colon ---- */

Test(claimant_es, a_name_and_a_colon_open_a_live_entry)
{
    expect_claimant("Minuto a minuto de las protestas.\n\n18:05 | Defensores Unidos: 640 detenidos en doce ciudades\n\n"
           "La policía dispersó las marchas.",
           "es", EXTRACT_EVENT_DETENTION, 640, "Defensores Unidos", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_pt, a_name_and_a_colon_open_a_live_entry)
{
    expect_claimant("Acompanhe ao minuto os protestos.\n\n18h05 - Kátia Menezes: 640 detidos em doze cidades\n\n"
           "A polícia dispersou as marchas.",
           "pt", EXTRACT_EVENT_DETENTION, 640, "Kátia Menezes", EXTRACT_KIND_PERSON);
}

Test(claimant_en, a_name_and_a_colon_open_a_live_entry)
{
    expect_claimant("Live updates on the protests.\n\n18:05 | Rights Watchers Network: 640 arrested in twelve cities\n\n"
           "Police dispersed the marches.",
           "en", EXTRACT_EVENT_DETENTION, 640, "Rights Watchers Network", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_es, a_country_and_a_colon_is_a_place)
{
    expect_claimant("Noticias de la región.\n\nParaguay: 640 detenidos en doce ciudades tras las marchas\n\nLa policía "
           "dispersó las marchas.",
           "es", EXTRACT_EVENT_DETENTION, 640, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(claimant_pt, a_transcript_label_in_capitals_is_no_claimant)
{
    expect_claimant("Boletim da noite.\n\nREPÓRTER: 640 detidos em doze cidades, segundo as contas da reportagem.\n\n"
           "A polícia dispersou as marchas.",
           "pt", EXTRACT_EVENT_DETENTION, 640, NULL, EXTRACT_KIND_UNKNOWN);
}

/* ---- more reporting verbs: "recuerda que", "contou que", "havia noticiado", "recalled" ---- */

Test(claimant_es, recuerda_que_reports)
{
    expect_claimant("La Red Ciudadana recuerda que, desde el inicio de las protestas, el 3 de marzo, ha registrado más de "
           "2.300 detenciones.",
           "es", EXTRACT_EVENT_DETENTION, 2300, "Red Ciudadana", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_pt, contou_que_reports)
{
    expect_claimant("Em maio, num tribunal de Almaty, Dilnaza Omarova, antiga professora num desses centros, contou que o "
           "local abrigava cerca de 1.800 detentos.",
           "pt", EXTRACT_EVENT_HELD, 1800, "Dilnaza Omarova", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, a_participle_after_havia_reports)
{
    expect_claimant("Em março, o Observatório dos Direitos Civis, financiado por doadores europeus, havia noticiado que 900 "
           "manifestantes estavam detidos.",
           "pt", EXTRACT_EVENT_HELD, 900, "Observatório dos Direitos Civis", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, recalled_that_reports)
{
    expect_claimant("The Citizens' Network recalled that, since the protests began on 3 March, it has recorded more than "
           "2,300 arrests.",
           "en", EXTRACT_EVENT_DETENTION, 2300, "Citizens' Network", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a broadcaster named by its head word is a medium ---- */

Test(claimant_es, a_radio_named_in_full_is_a_medium)
{
    expect_claimant("Radio Libertad del Sur (RLS) informó que 75 periodistas siguen detenidos.", "es", EXTRACT_EVENT_HELD,
           75, "Radio Libertad del Sur", EXTRACT_KIND_MEDIA);
}

Test(claimant_pt, a_radio_named_in_full_is_a_medium)
{
    expect_claimant("A Rádio Voz do Planalto noticiou que 75 jornalistas continuam detidos.", "pt", EXTRACT_EVENT_HELD, 75,
           "Rádio Voz do Planalto", EXTRACT_KIND_MEDIA);
}

Test(claimant_en, a_radio_named_in_full_is_a_medium)
{
    expect_claimant("Radio Southern Liberty reported that 75 journalists remain in detention.", "en", EXTRACT_EVENT_HELD, 75,
           "Radio Southern Liberty", EXTRACT_KIND_MEDIA);
}

/* ---- nested speech: a person says what the body he speaks for counted ---- */

Test(claimant_es, the_person_speaks_for_the_body_he_refers_to)
{
    expect_claimant("La Liga Ciudadana publicó ayer su informe. Su secretaria, Lucía Ferrer, explicó que la organización "
           "todavía contabiliza 412 presos políticos.",
           "es", EXTRACT_EVENT_HELD, 412, "Lucía Ferrer", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, the_person_speaks_for_the_body_he_refers_to)
{
    expect_claimant("A Liga Cidadã publicou ontem o seu relatório. A sua secretária, Lúcia Ferreira, explicou que a entidade "
           "ainda contabiliza 412 presos políticos.",
           "pt", EXTRACT_EVENT_HELD, 412, "Lúcia Ferreira", EXTRACT_KIND_PERSON);
}

Test(claimant_en, the_person_speaks_for_the_body_he_refers_to)
{
    expect_claimant("The Citizens League published its report yesterday. Its secretary, Lucy Farrell, explained that the "
           "organization still counts 412 political prisoners.",
           "en", EXTRACT_EVENT_HELD, 412, "Lucy Farrell", EXTRACT_KIND_PERSON);
}

Test(claimant_es, a_body_named_in_full_inside_the_clause_keeps_its_figure)
{
    expect_claimant("El portavoz Iván Soto dijo que la Liga Ciudadana contabiliza 412 presos políticos.", "es",
           EXTRACT_EVENT_HELD, 412, "Liga Ciudadana", EXTRACT_KIND_ORGANIZATION);
}

/* ---- hyphenated state heads ("Comando-Geral da Polícia") are bodies, not people ---- */

Test(claimant_es, a_hyphenated_state_head)
{
    expect_claimant("Un portavoz de la Dirección-General de Prisiones (DGP) afirmó que 260 reclusos fueron excarcelados.", "es",
           EXTRACT_EVENT_RELEASE, 260, "Dirección-General de Prisiones", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, a_hyphenated_state_head)
{
    expect_claimant("Um porta-voz do Comando-Geral da Polícia de Sofala (CGPS) afirmou que 260 pessoas foram detidas.", "pt",
           EXTRACT_EVENT_DETENTION, 260, "Comando-Geral da Polícia de Sofala", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, a_hyphenated_state_head)
{
    expect_claimant("The Directorate-General of Prisons (DGP) said 260 inmates were released.", "en",
           EXTRACT_EVENT_RELEASE, 260, "Directorate-General of Prisons", EXTRACT_KIND_GOVERNMENT);
}

/* ---- "llegó a afirmar", "chegou a afirmar", "went on to say" report ---- */

Test(claimant_es, llego_a_afirmar_reports)
{
    expect_claimant("Ayer, el gobernador Andrés Lucena llegó a afirmar que más de 300 personas habían sido detenidas.", "es",
           EXTRACT_EVENT_DETENTION, 300, "Andrés Lucena", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, chegou_a_afirmar_reports)
{
    expect_claimant("Ontem, o governador André Lucena chegou a afirmar que mais de 300 pessoas tinham sido presas.", "pt",
           EXTRACT_EVENT_DETENTION, 300, "André Lucena", EXTRACT_KIND_PERSON);
}

Test(claimant_en, went_on_to_say_reports)
{
    expect_claimant("Yesterday, the governor, Andrew Lucena, went on to say that more than 300 people had been arrested.", "en",
           EXTRACT_EVENT_DETENTION, 300, "Andrew Lucena", EXTRACT_KIND_PERSON);
}

/* ---- "Solo una sigue detenida": one of the people just counted, in the same report ---- */

Test(claimant_es, only_one_of_them_continues_the_report)
{
    expect_claimant("La Fiscalía informó que 80 estudiantes fueron liberados. Solo uno sigue detenido por otro caso.", "es",
           EXTRACT_EVENT_HELD, 1, "Fiscalía", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, only_one_of_them_continues_the_report)
{
    expect_claimant("O Ministério Público informou que 80 estudantes foram libertados. Só um continua detido por outro caso.",
           "pt", EXTRACT_EVENT_HELD, 1, "Ministério Público", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, only_one_of_them_continues_the_report)
{
    expect_claimant("The Interior Ministry said 80 students were released. Only one remains in detention on another charge.",
           "en", EXTRACT_EVENT_HELD, 1, "Interior Ministry", EXTRACT_KIND_GOVERNMENT);
}

/* ---- one anonymous informant ("una fuente policial") is of unknown kind ---- */

Test(claimant_es, one_anonymous_source_is_unknown)
{
    expect_claimant("Una fuente policial de Sucre, que pidió el anonimato, aseguró a este medio que 450 personas siguen en los "
           "calabozos.",
           "es", EXTRACT_EVENT_HELD, 450, "fuente policial", EXTRACT_KIND_UNKNOWN);
}

Test(claimant_pt, one_anonymous_source_is_unknown)
{
    expect_claimant("Uma fonte policial de Beira, que pediu anonimato, garantiu à nossa reportagem que 450 pessoas continuam "
           "nas celas.",
           "pt", EXTRACT_EVENT_HELD, 450, "fonte policial", EXTRACT_KIND_UNKNOWN);
}

Test(claimant_en, one_anonymous_source_is_unknown)
{
    expect_claimant("A police source in Sucre, who asked not to be named, said 450 people remain in police cells.", "en",
           EXTRACT_EVENT_HELD, 450, "police source", EXTRACT_KIND_UNKNOWN);
}

/* ---- after an inverted verb: a place in commas, then a title with its article, then the name ---- */

Test(claimant_es, place_in_commas_then_a_titled_name_after_the_verb)
{
    expect_claimant("\"Más de 900 personas siguen presas\", afirmó el sábado, en Madrid, la líder opositora Irene Valdés.", "es",
           EXTRACT_EVENT_HELD, 900, "Irene Valdés", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, place_in_commas_then_a_titled_name_after_the_verb)
{
    expect_claimant("\"Mais de 900 pessoas continuam presas\", afirmou no sábado, em Lisboa, a líder opositora Irene Valdez.",
           "pt", EXTRACT_EVENT_HELD, 900, "Irene Valdez", EXTRACT_KIND_PERSON);
}

Test(claimant_en, place_in_commas_then_a_titled_name_after_the_verb)
{
    expect_claimant("\"More than 900 people remain in prison,\" said on Saturday, in Madrid, the opposition leader Irene Valdes.",
           "en", EXTRACT_EVENT_HELD, 900, "Irene Valdes", EXTRACT_KIND_PERSON);
}

/* ---- a news agency described before its name is a medium ---- */

Test(claimant_es, a_described_agency_is_a_medium)
{
    expect_claimant("La agencia estatal Tarkan confirmó que 123 condenados fueron indultados.", "es", EXTRACT_EVENT_RELEASE, 123,
           "Tarkan", EXTRACT_KIND_MEDIA);
}

Test(claimant_pt, a_described_agency_is_a_medium)
{
    expect_claimant("A agência estatal Tarkan confirmou que 123 condenados foram indultados.", "pt", EXTRACT_EVENT_RELEASE, 123,
           "Tarkan", EXTRACT_KIND_MEDIA);
}

Test(claimant_en, a_described_agency_is_a_medium)
{
    expect_claimant("The state news agency Tarkan confirmed that 123 convicts were pardoned.", "en", EXTRACT_EVENT_RELEASE, 123,
           "Tarkan", EXTRACT_KIND_MEDIA);
}

/* ---- the office of an official is the state; the office of a person with no state title is their team ---- */

Test(claimant_es, the_office_of_an_official_and_of_a_person)
{
    expect_claimant("La oficina del presidente Dávila habló de 1.300 detenidos.", "es", EXTRACT_EVENT_DETENTION, 1300,
           "oficina del presidente Dávila", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Según la oficina de Lidia Varga, las autoridades detuvieron a 700 personas.", "es",
           EXTRACT_EVENT_DETENTION, 700, "oficina de Lidia Varga", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_pt, the_office_of_an_official_and_of_a_person)
{
    expect_claimant("O escritório do presidente Dávila falou em 1.300 detidos.", "pt", EXTRACT_EVENT_DETENTION, 1300,
           "escritório do presidente Dávila", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Segundo o escritório de Lídia Varga, as autoridades detiveram 700 pessoas.", "pt",
           EXTRACT_EVENT_DETENTION, 700, "escritório de Lídia Varga", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, the_office_of_an_official_and_of_a_person)
{
    expect_claimant("The office of President Davila said 1,300 people were detained.", "en", EXTRACT_EVENT_DETENTION, 1300,
           "office of President Davila", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("According to the office of Lidia Varga, the authorities detained 700 people.", "en",
           EXTRACT_EVENT_DETENTION, 700, "office of Lidia Varga", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a name that only modifies a word ("assessor de X", "ligada ao Ministério") ranks below the sentence's own
 * names for a later reference ---- */

Test(claimant_es, a_reference_means_the_head_not_its_modifier)
{
    expect_claimant("La Secretaría de Prisiones, adscrita al Ministerio del Interior, publicó su balance. Según el organismo, "
           "640 reclusos fueron excarcelados.",
           "es", EXTRACT_EVENT_RELEASE, 640, "Secretaría de Prisiones", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, a_reference_means_the_head_not_its_modifier)
{
    expect_claimant("Para Marco Teixeira, assessor de Ana Lobo, a lista oficial é curta. \"Contamos 640 presos\", disse ele.",
           "pt", EXTRACT_EVENT_HELD, 640, "Marco Teixeira", EXTRACT_KIND_PERSON);
}

Test(claimant_en, a_reference_means_the_head_not_its_modifier)
{
    expect_claimant("For Mark Tiller, an adviser to Anne Lobb, the official list is short. \"We count 640 prisoners,\" he said.",
           "en", EXTRACT_EVENT_HELD, 640, "Mark Tiller", EXTRACT_KIND_PERSON);
}

/* ---- a figure given once with its source and once without, in neighbouring sentences, is one claim ---- */

Test(claimant_es, a_figure_restated_beside_its_source_is_one_claim)
{
    const char *text = "09:10 | La ONG dice que 230 siguen presos en Tacna\n\nLa ONG peruana Casa Abierta informó que "
                       "230 manifestantes siguen presos en Tacna.";
    expect_claimant(text, "es", EXTRACT_EVENT_HELD, 230, "Casa Abierta", EXTRACT_KIND_ORGANIZATION);
    cr_assert_eq(count_claims(text, "es", EXTRACT_EVENT_HELD, 230), 1);
    /* a source that denies the figure makes a claim of its own */
    text = "Unos 230 manifestantes siguen presos. El ministro Julio Arce negó que los 230 estén presos.";
    cr_assert_eq(count_claims(text, "es", EXTRACT_EVENT_HELD, 230), 2);
}

Test(claimant_pt, a_figure_restated_beside_its_source_is_one_claim)
{
    const char *text = "09h10 — ONG diz que 230 continuam presos em Beira\n\nA ONG moçambicana Casa Aberta disse que "
                       "230 manifestantes continuam presos na Beira.";
    expect_claimant(text, "pt", EXTRACT_EVENT_HELD, 230, "Casa Aberta", EXTRACT_KIND_ORGANIZATION);
    cr_assert_eq(count_claims(text, "pt", EXTRACT_EVENT_HELD, 230), 1);
}

Test(claimant_en, a_figure_restated_beside_its_source_is_one_claim)
{
    const char *text = "Rights Watchers Network: 230 protesters still held\n\n"
                       "The Peruvian group said 230 protesters were still held in Tacna.";
    cr_assert_eq(count_claims(text, "en", EXTRACT_EVENT_HELD, 230), 1);
    expect_claimant(text, "en", EXTRACT_EVENT_HELD, 230, "Rights Watchers Network", EXTRACT_KIND_ORGANIZATION);
}

/* ---- "integrantes" counts people ---- */

Test(claimant_es, integrantes_are_people)
{
    expect_claimant("La ONG Adalah dijo que 138 integrantes de la flotilla siguen presos.", "es", EXTRACT_EVENT_HELD, 138,
           "Adalah", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_pt, integrantes_are_people)
{
    expect_claimant("A ONG Adalah disse que 138 integrantes da flotilha continuam presos.", "pt", EXTRACT_EVENT_HELD, 138,
           "Adalah", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, members_are_people)
{
    expect_claimant("The NGO Adalah said 138 members of the flotilla remain in detention.", "en", EXTRACT_EVENT_HELD, 138,
           "Adalah", EXTRACT_KIND_ORGANIZATION);
}

/* ---- "um porta-voz do Comando-Geral…": with no name for the spokesperson, the body speaks ---- */

Test(claimant_es, a_spokesperson_of_a_body_with_no_name)
{
    expect_claimant("Consultado por esta agencia, un portavoz del Comando Regional de Policía negó las cifras y afirmó que 480 "
           "personas fueron detenidas.",
           "es", EXTRACT_EVENT_DETENTION, 480, "Comando Regional de Policía", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, a_spokesperson_of_a_body_with_no_name)
{
    expect_claimant("Contactado pela Lusa, um porta-voz do Comando Provincial da Polícia contestou os números e afirmou que 480 "
           "pessoas foram detidas.",
           "pt", EXTRACT_EVENT_DETENTION, 480, "Comando Provincial da Polícia", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, a_spokesperson_of_a_body_with_no_name)
{
    expect_claimant("Reached by phone, a spokesman for the Provincial Police Command disputed the figures and said 480 people "
           "were detained.",
           "en", EXTRACT_EVENT_DETENTION, 480, "spokesman for the Provincial Police Command", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a reporting expression that is not one verb: "hizo el recuento de", "fez o balanço", "made the tally of",
 * "gave the number as" (`*.cue.tally`) ---- */

Test(claimant_es, a_tally_made_or_given_reports_the_figure)
{
    const char *text = "Los vecinos marcharon el lunes junto a la Coordinadora Barrial.\n\n"
                       "La Fiscalía Regional hizo el recuento de 64 detenidos al cierre de la jornada.\n\n"
                       "El Servicio Penitenciario dio el número de reclusos liberados como 19.";
    expect_claimant(text, "es", EXTRACT_EVENT_DETENTION, 64, "Fiscalía Regional", EXTRACT_KIND_GOVERNMENT);
    expect_claimant(text, "es", EXTRACT_EVENT_RELEASE, 19, "Servicio Penitenciario", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, a_tally_made_or_given_reports_the_figure)
{
    const char *text = "Os moradores marcharam na segunda-feira ao lado da Coordenação de Bairros.\n\n"
                       "A Polícia Civil fez o balanço de 64 detidos ao fim do dia.\n\n"
                       "A advogada Sara Lima contou aos jornalistas que 11 jovens continuam presos.";
    expect_claimant(text, "pt", EXTRACT_EVENT_DETENTION, 64, "Polícia Civil", EXTRACT_KIND_GOVERNMENT);
    expect_claimant(text, "pt", EXTRACT_EVENT_HELD, 11, "Sara Lima", EXTRACT_KIND_PERSON);
}

Test(claimant_en, a_tally_made_or_given_reports_the_figure)
{
    const char *text = "Residents marched on Monday alongside the Neighbourhood Coalition.\n\n"
                       "The Regional Prosecutor's Office made the tally of 64 arrests by nightfall.\n\n"
                       "The Prison Service gave the number of inmates released as 19.";
    expect_claimant(text, "en", EXTRACT_EVENT_DETENTION, 64, "Regional Prosecutor's Office", EXTRACT_KIND_GOVERNMENT);
    expect_claimant(text, "en", EXTRACT_EVENT_RELEASE, 19, "Prison Service", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a verb right after an apposition that holds a relative clause speaks for the name opening the sentence, not
 * for a body named after the verb (`S_aside_head`) ---- */

Test(claimant_es, the_name_before_an_apposition_with_a_relative_clause)
{
    expect_claimant("La policía informó el sábado que 30 personas fueron detenidas en la vigilia. Colectivo Raíz, el grupo "
           "juvenil que convocó la vigilia, contradijo a la policía. Dijo que 52 personas fueron arrestadas.",
           "es", EXTRACT_EVENT_DETENTION, 52, "Colectivo Raíz", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_pt, the_name_before_an_apposition_with_a_relative_clause)
{
    expect_claimant("A polícia informou no sábado que 30 pessoas foram detidas na vigília. Coletivo Raiz, o grupo juvenil "
           "que convocou a vigília, contestou a polícia. Disse que 52 pessoas foram presas.",
           "pt", EXTRACT_EVENT_DETENTION, 52, "Coletivo Raiz", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, the_name_before_an_apposition_with_a_relative_clause)
{
    expect_claimant("Police said on Saturday that 30 people had been detained at the vigil. Raiz Collective, the youth "
           "group that called the vigil, says the police figures are wrong. It said 52 people were arrested.",
           "en", EXTRACT_EVENT_DETENTION, 52, "Raiz Collective", EXTRACT_KIND_ORGANIZATION);
    /* not a clause before the comma: "…, says the police" keeps its subject after the verb */
    expect_claimant("About 52 people were arrested overnight, said the regional police.", "en", EXTRACT_EVENT_DETENTION,
           52, "police", EXTRACT_KIND_GOVERNMENT);
}

/* ---- an office named by its title alone, with no person's name: the office speaks, as a state body, its phrase as
 * name and title; not a word of the phrase taken for a name, not a person named before (`S_office_subject`) ---- */

Test(claimant_es, an_office_named_by_its_title_alone)
{
    const char *text = "La abogada Marta Ruiz denunció abusos.\n\n"
                       "El fiscal provincial de San Rafael dijo que 27 detenidos fueron liberados.\n\n"
                       "Según informó ayer el jefe regional de la policía, 18 personas fueron detenidas.";
    extract_doc *d = run(text, "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 27);
    cr_assert_str_eq(c->claimant.name, "fiscal provincial de San Rafael");
    cr_assert_str_eq(c->claimant.title, "fiscal provincial de San Rafael");
    cr_assert_eq(c->claimant.kind, EXTRACT_KIND_GOVERNMENT);
    extract_doc_free(d);
    expect_claimant(text, "es", EXTRACT_EVENT_DETENTION, 18, "jefe regional de la policía", EXTRACT_KIND_GOVERNMENT);
    /* a name after the title, or in apposition, speaks */
    expect_claimant("El fiscal provincial Mario Vega dijo que 27 detenidos fueron liberados.", "es", EXTRACT_EVENT_RELEASE,
           27, "Mario Vega", EXTRACT_KIND_PERSON);
    expect_claimant("El fiscal provincial de San Rafael, Mario Vega, dijo que 27 detenidos fueron liberados.", "es",
           EXTRACT_EVENT_RELEASE, 27, "Mario Vega", EXTRACT_KIND_PERSON);
}

Test(claimant_pt, an_office_named_by_its_title_alone)
{
    const char *text = "A advogada Marta Ruiz denunciou abusos.\n\n"
                       "O secretário de Justiça do estado afirmou que 27 presos foram libertados.\n\n"
                       "Segundo informou ontem o chefe regional da polícia, 18 pessoas foram detidas.";
    expect_claimant(text, "pt", EXTRACT_EVENT_RELEASE, 27, "secretário de Justiça do estado", EXTRACT_KIND_GOVERNMENT);
    expect_claimant(text, "pt", EXTRACT_EVENT_DETENTION, 18, "chefe regional da polícia", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O secretário de Justiça do estado, Mário Vega, afirmou que 27 presos foram libertados.", "pt",
           EXTRACT_EVENT_RELEASE, 27, "Mário Vega", EXTRACT_KIND_PERSON);
}

Test(claimant_en, an_office_named_by_its_title_alone)
{
    const char *text = "The lawyer Martha Ruiz reported abuses.\n\n"
                       "The provincial prosecutor of San Rafael said 27 detainees were released.\n\n"
                       "The regional police chief on Sunday said 18 people were detained.";
    expect_claimant(text, "en", EXTRACT_EVENT_RELEASE, 27, "provincial prosecutor of San Rafael", EXTRACT_KIND_GOVERNMENT);
    expect_claimant(text, "en", EXTRACT_EVENT_DETENTION, 18, "regional police chief", EXTRACT_KIND_GOVERNMENT);
    /* the person given that title before speaks; an adverb is no qualifier of the title */
    expect_claimant("The regional police chief, Mario Vega, met the families. The regional police chief said 18 people "
           "were detained.",
           "en", EXTRACT_EVENT_DETENTION, 18, "Mario Vega", EXTRACT_KIND_PERSON);
    expect_claimant("Interior Minister Mario Vega spoke on Monday. The minister also said 18 people were detained.", "en",
           EXTRACT_EVENT_DETENTION, 18, "Mario Vega", EXTRACT_KIND_PERSON);
}

/* ---- an acronym written as a word ("Cofavic", "Provea", "Sinafo"), introduced beside its body's full name before
 * or after it, stands for that body when used alone (`S_acronym_of`, `S_introduced_run`) ---- */

Test(claimant_es, an_acronym_written_as_a_word)
{
    const char *text = "Detenciones en la capital\n\n"
                       "Famidet (Frente de Familiares de Detenidos) informó que 60 personas fueron detenidas. Más "
                       "tarde, Famidet añadió que 14 de ellas siguen presas.\n\n"
                       "El Observatorio Regional de Cárceles y Derechos Humanos (Orcadh) contó 30 excarcelaciones. "
                       "Según Orcadh, 12 presos siguen en celdas.";
    expect_claimant(text, "es", EXTRACT_EVENT_HELD, 14, "Frente de Familiares de Detenidos", EXTRACT_KIND_ORGANIZATION);
    expect_claimant(text, "es", EXTRACT_EVENT_HELD, 12, "Observatorio Regional de Cárceles y Derechos Humanos",
           EXTRACT_KIND_ORGANIZATION);
    /* an office made a body is a state body */
    expect_claimant("El Comisionado Regional de los Derechos Humanos (Coredh) registró 84 detenciones.", "es",
           EXTRACT_EVENT_DETENTION, 84, "Comisionado Regional de los Derechos Humanos", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_pt, an_acronym_written_as_a_word)
{
    const char *text = "Detenções na capital\n\n"
                       "A Frente de Familiares de Detidos (Famidet) informou que 60 pessoas foram detidas. A Famidet "
                       "acrescentou que 14 delas continuam presas.\n\n"
                       "Segundo a Sinafo (Sindicato Nacional dos Forenses), 30 presos foram libertados.";
    expect_claimant(text, "pt", EXTRACT_EVENT_HELD, 14, "Frente de Familiares de Detidos", EXTRACT_KIND_ORGANIZATION);
    expect_claimant(text, "pt", EXTRACT_EVENT_RELEASE, 30, "Sindicato Nacional dos Forenses", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, an_acronym_written_as_a_word)
{
    const char *text = "Arrests in the capital\n\n"
                       "The Front of Detainees' Families (Famidet) said 60 people were detained. Famidet added that 14 "
                       "of them remain in custody.\n\n"
                       "According to Sinafo (National Union of Forensic Doctors), 30 prisoners were released.";
    expect_claimant(text, "en", EXTRACT_EVENT_HELD, 14, "Front of Detainees' Families", EXTRACT_KIND_ORGANIZATION);
    /* translated, the full name spells another initial: the acronym, of the body's kind */
    expect_claimant(text, "en", EXTRACT_EVENT_RELEASE, 30, "Sinafo", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a reporting verb under a refusal or negation, after a relative clause on its subject ("declined to say", "no
 * quiso confirmar", "recusou-se a dizer": `*.cue.withheld`) ---- */

Test(claimant_es, a_verb_of_saying_refused_or_negated)
{
    const char *text = "La policía dijo que 30 personas fueron detenidas.\n\n"
                       "El Servicio de Prisiones, que había anunciado un indulto, no quiso confirmar cuántos de los 400 "
                       "reclusos fueron excarcelados.\n\n"
                       "La Gobernación, que administra el penal, se negó a decir cuántos de los 250 presos fueron "
                       "liberados.";
    expect_claimant(text, "es", EXTRACT_EVENT_RELEASE, 400, "Servicio de Prisiones", EXTRACT_KIND_GOVERNMENT);
    extract_doc *d = run(text, "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 250);
    cr_assert_str_eq(c->claimant.name, "Gobernación");
    cr_assert_eq(c->stance, EXTRACT_STANCE_ASSERTS, "'se negó a decir' is no denial");
    extract_doc_free(d);
}

Test(claimant_pt, a_verb_of_saying_refused_or_negated)
{
    const char *text = "A polícia disse que 30 pessoas foram detidas.\n\n"
                       "O Serviço Prisional, que tinha anunciado um indulto, não quis confirmar quantos dos 400 reclusos "
                       "foram soltos.\n\n"
                       "A Direção das Prisões, que administra a cadeia, recusou-se a dizer quantos dos 250 presos foram "
                       "libertados.";
    expect_claimant(text, "pt", EXTRACT_EVENT_RELEASE, 400, "Serviço Prisional", EXTRACT_KIND_GOVERNMENT);
    expect_claimant(text, "pt", EXTRACT_EVENT_RELEASE, 250, "Direção das Prisões", EXTRACT_KIND_GOVERNMENT);
}

Test(claimant_en, a_verb_of_saying_refused_or_negated)
{
    const char *text = "Police said 30 people had been detained.\n\n"
                       "The Prison Service, which had announced a pardon, would not confirm how many of the 400 inmates "
                       "were freed.\n\n"
                       "The Corrections Department, which runs the jail, declined to say how many of the 250 prisoners "
                       "had been released.";
    expect_claimant(text, "en", EXTRACT_EVENT_RELEASE, 400, "Prison Service", EXTRACT_KIND_GOVERNMENT);
    expect_claimant(text, "en", EXTRACT_EVENT_RELEASE, 250, "Corrections Department", EXTRACT_KIND_GOVERNMENT);
}

/* ---- an acronym given in an aside after the body's name (", la Conadeh,"): the name is a body's, and the aside
 * is no person in apposition (`S_comma_acronym`) ---- */

Test(claimant_es, an_acronym_in_an_aside_after_the_name)
{
    expect_claimant("Detenidos\n\nLa Coordinadora Nacional de Derechos Humanos, la Conadeh, informó que 43 personas fueron "
           "detenidas.",
           "es", EXTRACT_EVENT_DETENTION, 43, "Coordinadora Nacional de Derechos Humanos", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_pt, an_acronym_in_an_aside_after_the_name)
{
    expect_claimant("Detidos\n\nA Coordenação Nacional de Direitos Humanos, a Conadeh, informou que 43 pessoas foram detidas.",
           "pt", EXTRACT_EVENT_DETENTION, 43, "Coordenação Nacional de Direitos Humanos", EXTRACT_KIND_ORGANIZATION);
}

Test(claimant_en, an_acronym_in_an_aside_after_the_name)
{
    expect_claimant("Arrests\n\nThe Committee for Human Rights Defence, the Codehu, said 43 people were detained.", "en",
           EXTRACT_EVENT_DETENTION, 43, "Committee for Human Rights Defence", EXTRACT_KIND_ORGANIZATION);
}
