/* test_which17.c - which event a figure is (seventeenth session): a finite arrest verb is the main verb of its
 * clause, so a release word after it names what the people marched for, not what happened to them; and English
 * "demanded that the ten be released" asks for a release, so the ten are still held, as es/pt "exigen que sean
 * liberados" already were. Sentences written for these tests, in Spanish, Portuguese and English, with distractors
 * that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(which17, .init = setup, .fini = teardown);

/* "foram detidas quando marchavam pela libertação": the arrest is what happened; the release is the cause. */
Test(which17, a_finite_arrest_verb_keeps_its_event)
{
    expect_event("Pelo menos 120 pessoas foram detidas quando marchavam pela libertação dos sindicalistas.", "pt", 120,
                 DET);
    expect_event("Al menos 120 personas fueron detenidas cuando marchaban por la liberación de los sindicalistas.", "es",
                 120, DET);
    expect_event("At least 120 people were arrested as they marched for the release of the union leaders.", "en", 120,
                 DET);
    expect_event("Cerca de 70 pessoas foram presas enquanto protestavam pela soltura do ex-presidente.", "pt", 70, DET);
    /* arrested, then released on the same subject: the second predicate says where they ended up (twenty-seventh
     * session, S_coordinated_predicate; the gold's en/138 "picked up in the raids and released") */
    expect_event("Pelo menos 120 pessoas foram detidas e libertadas horas depois.", "pt", 120, REL);
    expect_event("Al menos 120 personas fueron detenidas y liberadas horas después.", "es", 120, REL);
    /* distractors: an arrest participle describing the people, then the release that happened to them */
    expect_event("Cerca de 120 pessoas detidas na marcha foram libertadas na madrugada.", "pt", 120, REL);
    expect_event("Unas 120 personas detenidas en la marcha fueron liberadas de madrugada.", "es", 120, REL);
    expect_event("Some 120 people arrested at the rally were released before dawn.", "en", 120, REL);
}

/* "demanded that the ten be released": a demand, so the people are still held. */
Test(which17, a_demand_that_people_be_released_counts_them_held)
{
    expect_event("The union demanded that the nine be released before the trial.", "en", 9, HELD);
    expect_event("The lawyers demand that 14 reporters be set free at once.", "en", 14, HELD);
    expect_event("Los abogados exigen que los nueve sean liberados antes del juicio.", "es", 9, HELD);
    expect_event("Os advogados exigem que os nove sejam libertados antes do julgamento.", "pt", 9, HELD);
    /* distractors: a release that happened, and a demand for something else before a release */
    expect_event("The ministry said that 14 reporters were released at once.", "en", 14, REL);
    expect_event("The gang, which demanded a ransom, released 14 hostages.", "en", 14, REL);
}

/* "13 people who work for X were being held and demanded that they be freed": after a relative clause of another
 * verb, a finite verb of holding is the main verb, not the release asked for after it. */
Test(which17, a_held_main_verb_after_a_relative_clause)
{
    expect_event("The union said 13 people who work for the ministry were being held and asked that they be freed.", "en",
                 13, HELD);
    expect_event("El sindicato dijo que 13 personas que trabajan para el ministerio estaban detenidas y pidió que sean "
                 "liberadas.",
                 "es", 13, HELD);
    expect_event("O sindicato disse que 13 pessoas que trabalham para o ministério estavam detidas e pediu que sejam "
                 "libertadas.",
                 "pt", 13, HELD);
    /* distractors: a release that happened after the same relative clause */
    expect_event("The union said 13 people who work for the ministry were freed on Monday.", "en", 13, REL);
    expect_event("El sindicato dijo que 13 personas que trabajan para el ministerio fueron liberadas el lunes.", "es", 13,
                 REL);
}
