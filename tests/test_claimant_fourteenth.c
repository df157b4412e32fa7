/* test_claimant_fourteenth.c - who speaks, fourteenth session (articles 79-138): a name that holds a state body's
 * head word is no person and keeps its whole span ("and", "for the", dotted initials), and a joint statement is
 * reported under the first of the names coordinated before the verb. Sentences written for these tests, in
 * Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(fourteenth_es, .init = setup, .fini = teardown);
TestSuite(fourteenth_pt, .init = setup, .fini = teardown);
TestSuite(fourteenth_en, .init = setup, .fini = teardown);

/* ---- a body's head word is nobody's name: the body rules read the name whole ---- */

Test(fourteenth_en, a_name_ending_in_a_body_word_is_the_state_whole)
{
    expect_claimant("U.S. Immigration and Customs Enforcement said 212 workers were detained at the two plants.", "en",
                    EXTRACT_EVENT_DETENTION, 212, "U.S. Immigration and Customs Enforcement",
                    EXTRACT_KIND_GOVERNMENT);
}

Test(fourteenth_en, an_attorneys_office_keeps_its_district)
{
    expect_claimant("The U.S. Attorney's Office for the Western District of Kentucky says 41 people were released "
                    "without charge.",
                    "en", EXTRACT_EVENT_RELEASE, 41, "U.S. Attorney's Office for the Western District of Kentucky",
                    EXTRACT_KIND_GOVERNMENT);
}

Test(fourteenth_en, scotland_yard_and_the_met_are_the_police)
{
    expect_claimant("Scotland Yard said 19 people had been arrested near the palace by late afternoon.", "en",
                    EXTRACT_EVENT_DETENTION, 19, "Scotland Yard", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The Metropolitan Police sent extra officers to the march. By the evening the Met said 37 "
                    "protesters had been arrested.",
                    "en", EXTRACT_EVENT_DETENTION, 37, "Metropolitan Police", EXTRACT_KIND_GOVERNMENT);
}

Test(fourteenth_es, a_name_with_a_body_word_is_the_state)
{
    expect_claimant("Según Scotland Yard, 23 personas fueron detenidas durante la marcha del sábado.", "es",
                    EXTRACT_EVENT_DETENTION, 23, "Scotland Yard", EXTRACT_KIND_GOVERNMENT);
}

Test(fourteenth_pt, a_name_with_a_body_word_is_the_state)
{
    expect_claimant("A manifestação terminou ao fim da tarde. Segundo a Scotland Yard, 64 pessoas continuam detidas.",
                    "pt", EXTRACT_EVENT_HELD, 64, "Scotland Yard", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a joint statement: the first of the names coordinated before the verb reports ---- */

Test(fourteenth_es, coordinated_subjects_give_the_first)
{
    expect_claimant("En una rueda de prensa conjunta, la Fiscalía Regional y la Guardia Nacional informaron que 318 "
                    "personas fueron detenidas durante los disturbios.",
                    "es", EXTRACT_EVENT_DETENTION, 318, "Fiscalía Regional", EXTRACT_KIND_GOVERNMENT);
}

Test(fourteenth_pt, coordinated_subjects_give_the_first)
{
    expect_claimant("Numa nota conjunta, o Ministério do Interior e a Polícia Federal indicaram que 214 pessoas foram "
                    "detidas durante a operação.",
                    "pt", EXTRACT_EVENT_DETENTION, 214, "Ministério do Interior", EXTRACT_KIND_GOVERNMENT);
}

Test(fourteenth_en, coordinated_subjects_give_the_first)
{
    expect_claimant("In a joint statement, the Justice Ministry and the Prison Service said 126 inmates had been "
                    "released on parole.",
                    "en", EXTRACT_EVENT_RELEASE, 126, "Justice Ministry", EXTRACT_KIND_GOVERNMENT);
}

Test(fourteenth_es, a_name_after_a_link_word_is_no_conjunct)
{
    expect_claimant("Los abogados de Marta Ibáñez y la ONG Defensa Legal dijeron que 55 manifestantes siguen "
                    "detenidos.",
                    "es", EXTRACT_EVENT_HELD, 55, "Defensa Legal", EXTRACT_KIND_ORGANIZATION);
}
