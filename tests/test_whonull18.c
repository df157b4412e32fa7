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
