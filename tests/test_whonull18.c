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
