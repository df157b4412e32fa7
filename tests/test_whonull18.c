/* test_whonull18.c - claimant reach, eighteenth session: who asks for people to be freed ("X exigió la liberación
 * de 23 presos", "X demanded that the ten be released") says they are held, so the verb of asking reports the
 * figure and its subject is the claimant (claimant.c, S_demand_subject; the trigger rules *.held.demand carry
 * asks=1, the nouns of a demand moved to *.held.demand_noun). Sentences written for these tests, in Spanish,
 * Portuguese and English; each distractor keeps the output it had before. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(whonull18, .init = setup, .fini = teardown);

/* "La Asociación X exigió la liberación de 45": the body asking for the release */
Test(whonull18, who_demands_a_release_claims_the_people_are_held)
{
    expect_claimant("La Asociación de Familiares de Presos exigió el lunes la liberación de 45 activistas encarcelados.",
                    "es", EXTRACT_EVENT_HELD, 45, "Asociación de Familiares de Presos", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("A Ordem dos Advogados exigiu ontem a libertação imediata de 45 ativistas.", "pt",
                    EXTRACT_EVENT_HELD, 45, "Ordem dos Advogados", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The Committee to Protect Journalists demanded the release of 45 jailed journalists.", "en",
                    EXTRACT_EVENT_HELD, 45, "Committee to Protect Journalists", EXTRACT_KIND_ORGANIZATION);
}

/* "demanded that the 12 students be released": the figure inside the demand's own phrase */
Test(whonull18, a_demand_in_the_subjunctive_has_its_subject_too)
{
    expect_claimant("La Unión de Estudiantes pidió que sean liberados los 12 alumnos antes de los exámenes.", "es",
                    EXTRACT_EVENT_HELD, 12, "Unión de Estudiantes", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("A União dos Estudantes pediu que sejam libertados os 12 alunos antes dos exames.", "pt",
                    EXTRACT_EVENT_HELD, 12, "União dos Estudantes", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The Student Union demanded that the 12 students be released before the exams.", "en",
                    EXTRACT_EVENT_HELD, 12, "Student Union", EXTRACT_KIND_ORGANIZATION);
}

/* distractors: a demand named by a noun has no subject that asks; an order to free is no demand */
Test(whonull18, a_demand_noun_or_an_order_names_no_one)
{
    expect_claimant("Su principal exigencia era la liberación de unos 300 presos.", "es", EXTRACT_EVENT_HELD, 300, NULL,
                    EXTRACT_KIND_UNKNOWN);
    expect_claimant("A sua principal exigência era a libertação de cerca de 300 presos.", "pt", EXTRACT_EVENT_HELD, 300,
                    NULL, EXTRACT_KIND_UNKNOWN);
    expect_claimant("Their main condition was the release of about 300 prisoners.", "en", EXTRACT_EVENT_HELD, 300, NULL,
                    EXTRACT_KIND_UNKNOWN);
    expect_claimant("El juez ordenó la liberación de 12 detenidos.", "es", EXTRACT_EVENT_RELEASE, 12, NULL,
                    EXTRACT_KIND_UNKNOWN);
}

/* "Según el mismo diputado", "Segundo o mesmo advogado", "According to the same lawyer": a title made definite by
 * "same" points back to the person named with it (es/pt pronoun.title gained mismo/mesmo, diputado/deputado) */
Test(whonull18, the_same_title_points_back_to_its_person)
{
    expect_claimant("El diputado Juan Ruiz denunció la represión. Según el mismo diputado, 40 personas siguen presas.",
                    "es", EXTRACT_EVENT_HELD, 40, "Juan Ruiz", EXTRACT_KIND_PERSON);
    expect_claimant("O advogado João Ruiz denunciou a repressão. Segundo o mesmo advogado, 40 pessoas continuam presas.",
                    "pt", EXTRACT_EVENT_HELD, 40, "João Ruiz", EXTRACT_KIND_PERSON);
    /* en read "the same lawyer" already: it keeps its person */
    expect_claimant("The lawyer Ana Reyes presented the report. According to the same lawyer, 40 people remain in prison.",
                    "en", EXTRACT_EVENT_HELD, 40, "Ana Reyes", EXTRACT_KIND_PERSON);
    /* distractor: "el mismo día" is no one */
    expect_claimant("Según el mismo día, 40 personas siguen presas.", "es", EXTRACT_EVENT_HELD, 40, NULL,
                    EXTRACT_KIND_UNKNOWN);
}

/* "Sergeant Ana Reyes of Lakeside Constabulary said": a body no rule knows, after "of/de/da" right after a person's
 * name, is walked over to the person (subjects.c, S_person_before_affiliation) */
Test(whonull18, a_person_of_an_unknown_body_speaks)
{
    expect_claimant("Sergeant Ana Reyes of Lakeside Constabulary said 40 people were arrested.", "en",
                    EXTRACT_EVENT_DETENTION, 40, "Ana Reyes", EXTRACT_KIND_PERSON);
    /* distractor: a known body keeps its person as before */
    expect_claimant("Maria Lopez of the Riverside Tenants Union said 40 people were arrested.", "en",
                    EXTRACT_EVENT_DETENTION, 40, "Maria Lopez", EXTRACT_KIND_PERSON);
}

/* "Según el texto de la ONG", "Segundo o texto da ONG", "According to the text of the NGO": a text named by its
 * maker after the source word is a source phrase as "según el informe de" was (es/pt/en source rules gained
 * texto/documento/nota/declaración/estudio, text/document/study) */
Test(whonull18, the_text_of_a_body_is_its_source)
{
    expect_claimant("Greenpeace aseguró este viernes que 26 personas salieron de prisión. Según el texto de la ONG, cuatro "
                    "miembros del grupo seguían entre rejas.",
                    "es", EXTRACT_EVENT_HELD, 4, "Greenpeace", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("A Greenpeace afirmou nesta sexta-feira que 26 pessoas saíram da prisão. Segundo o texto da ONG, quatro "
                    "membros do grupo continuavam atrás das grades.",
                    "pt", EXTRACT_EVENT_HELD, 4, "Greenpeace", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Greenpeace said on Friday that 26 people had left prison. According to the text of the NGO, four members "
                    "of the group remained behind bars.",
                    "en", EXTRACT_EVENT_HELD, 4, "Greenpeace", EXTRACT_KIND_ORGANIZATION);
    /* distractor: the text alone, with no maker named before, is no one */
    expect_claimant("Según el texto, cuatro miembros del grupo seguían entre rejas.", "es", EXTRACT_EVENT_HELD, 4, NULL,
                    EXTRACT_KIND_UNKNOWN);
}

/* "X, founded in 1989 by former prisoners, has for years cited a figure of 119": to cite a figure is to report it
 * (en cue.report gained cited/cites; es/pt citó/citou before a figure noun), so the subject walk reaches the body
 * past its aside */
Test(whonull18, who_cites_a_figure_reports_it)
{
    expect_claimant("La Liga por los Derechos, fundada en 1989 por antiguos presos, citó durante años una cifra mayor de "
                    "119 arrestos.",
                    "es", EXTRACT_EVENT_DETENTION, 119, "Liga por los Derechos", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("A Associação Justiça e Paz, fundada em 1989 por antigos presos, citou durante anos um número maior "
                    "de 119 detenções.",
                    "pt", EXTRACT_EVENT_DETENTION, 119, "Associação Justiça e Paz", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The League for Rights, founded in 1989 by former prisoners, has for years cited a higher figure of "
                    "119 arrests.",
                    "en", EXTRACT_EVENT_DETENTION, 119, "League for Rights", EXTRACT_KIND_ORGANIZATION);
}

/* "X said that 208 had been detained; seven had been released": a semicolon after a reported clause goes on with
 * the report (claimant.c, S_report_goes_on) */
Test(whonull18, a_semicolon_goes_on_with_the_report)
{
    expect_claimant("El lunes el fiscal Juan Ruiz dijo que 208 personas habían sido detenidas; siete fueron liberadas sin "
                    "cargos y 201 siguen bajo custodia.",
                    "es", EXTRACT_EVENT_RELEASE, 7, "Juan Ruiz", EXTRACT_KIND_PERSON);
    expect_claimant("Na segunda-feira o procurador João Ruiz disse que 208 pessoas tinham sido detidas; sete foram "
                    "libertadas sem acusação e 201 continuam sob custódia.",
                    "pt", EXTRACT_EVENT_RELEASE, 7, "João Ruiz", EXTRACT_KIND_PERSON);
    expect_claimant("On Monday the prosecutor Ana Ruiz said that 208 people had been detained; seven had been released "
                    "without charge, leaving 201 in custody.",
                    "en", EXTRACT_EVENT_HELD, 201, "Ana Ruiz", EXTRACT_KIND_PERSON);
    /* distractor: with no "that", what follows the semicolon is the reporter's own */
    expect_claimant("El fiscal Juan Ruiz informó de 208 detenciones; siete personas fueron liberadas sin cargos.", "es",
                    EXTRACT_EVENT_RELEASE, 7, NULL, EXTRACT_KIND_UNKNOWN);
}

/* "stressed that", "denounced that", "pointed out that": reporting verbs es/pt had ("subrayó", "denunció",
 * "assinalou") and en lacked (en cue.report) */
Test(whonull18, english_reporting_verbs_es_and_pt_had)
{
    expect_claimant("The League for Rights, which monitors the prisons, stressed that only 40 people remain in custody.",
                    "en", EXTRACT_EVENT_HELD, 40, "League for Rights", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The League for Rights, which monitors the prisons, denounced that at least 17 people were detained.",
                    "en", EXTRACT_EVENT_DETENTION, 17, "League for Rights", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The League for Rights, which monitors the prisons, pointed out that 12 people are still held.", "en",
                    EXTRACT_EVENT_HELD, 12, "League for Rights", EXTRACT_KIND_ORGANIZATION);
    /* es/pt read them already: they keep their claimant */
    expect_claimant("La Liga por los Derechos, que vigila las cárceles, subrayó que solo 40 personas siguen bajo custodia.",
                    "es", EXTRACT_EVENT_HELD, 40, "Liga por los Derechos", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("A Associação Justiça e Paz, que acompanha as prisões, sublinhou que só 40 pessoas continuam detidas.",
                    "pt", EXTRACT_EVENT_HELD, 40, "Associação Justiça e Paz", EXTRACT_KIND_ORGANIZATION);
}

/* "X dijo que… Ese mismo día, pidió la liberación de diez funcionarios de las Naciones Unidas": a demand with no
 * subject of its own is the previous sentence's speaker's, not the body named inside what is asked for */
Test(whonull18, a_subjectless_demand_goes_on_with_the_speaker)
{
    expect_claimant("La portavoz Ana Ruiz dijo que 40 personas fueron detenidas. Ese mismo día, pidió la liberación "
                    "inmediata de diez funcionarios de las Naciones Unidas.",
                    "es", EXTRACT_EVENT_HELD, 10, "Ana Ruiz", EXTRACT_KIND_PERSON);
    expect_claimant("A porta-voz Ana Ruiz disse que 40 pessoas foram detidas. Nesse mesmo dia, pediu a libertação "
                    "imediata de dez funcionários das Nações Unidas.",
                    "pt", EXTRACT_EVENT_HELD, 10, "Ana Ruiz", EXTRACT_KIND_PERSON);
    expect_claimant("Spokeswoman Ana Ruiz said 40 people had been detained. On the same day, she demanded the release of "
                    "ten employees of the United Nations.",
                    "en", EXTRACT_EVENT_HELD, 10, "Ana Ruiz", EXTRACT_KIND_PERSON);
    /* distractor: no speaker before, no one (the United Nations are the people's employer) */
    expect_claimant("Nesse mesmo dia, pediu a libertação imediata de dez funcionários das Nações Unidas.", "pt",
                    EXTRACT_EVENT_HELD, 10, NULL, EXTRACT_KIND_UNKNOWN);
}
