/* test_precision219.c - figures that are not claims (nineteenth session, precision2): the parts of a total of the
 * dead, the second end of "a day or two", and a unit of time left out after "and then". Sentences written for
 * these tests, in Spanish, Portuguese and English, with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(precision219, .init = setup, .fini = teardown);

/* "23 people were killed, 15 inmates and 8 hostages": figures set off after a total of the dead, that add up to
 * it, break the dead down; they are no arrests and no hostages still held. */
Test(precision219, parts_adding_up_to_the_dead_are_the_dead)
{
    expect_event("En el asalto murieron 23 personas, 15 presos y 8 rehenes.", "es", 15, NONE);
    expect_event("En el asalto murieron 23 personas, 15 presos y 8 rehenes.", "es", 8, NONE);
    expect_event("No assalto morreram 23 pessoas, 15 presos e 8 reféns.", "pt", 15, NONE);
    expect_event("No assalto morreram 23 pessoas, 15 presos e 8 reféns.", "pt", 8, NONE);
    expect_event("Twenty-three people were killed in the assault, 15 inmates and 8 hostages.", "en", 15, NONE);
    expect_event("Twenty-three people were killed in the assault, 15 inmates and 8 hostages.", "en", 8, NONE);
    /* distractors: a toll of the dead and the arrested (no sum), and parts with an event word of their own */
    expect_event("Hubo 64 muertos y 81 presos.", "es", 81, DET);
    expect_event("Morreram 64 pessoas e 81 foram presas.", "pt", 81, DET);
    expect_event("Five people were killed, and police arrested 40 protesters.", "en", 40, DET);
    expect_event("En el asalto murieron 23 personas, y 15 presos y 8 rehenes fueron liberados.", "es", 15, REL);
}

/* "questioned for a day or two": the figure after "a day or" is a length of time. */
Test(precision219, a_day_or_two_counts_no_one)
{
    expect_event("Algunos fueron interrogados un día o dos y enviados a casa.", "es", 2, NONE);
    expect_event("Alguns foram interrogados um dia ou dois e mandados para casa.", "pt", 2, NONE);
    expect_event("Some were questioned for a day or two and sent home.", "en", 2, NONE);
    /* distractors: a day, then people counted */
    expect_event("Un día después, dos presos fueron liberados.", "es", 2, REL);
    expect_event("Um dia depois, dois presos foram libertados.", "pt", 2, REL);
    expect_event("A day later, two prisoners were freed.", "en", 2, REL);
}

/* "spent eleven years in a northern jail and then three in the central prison": three years, not three people. */
Test(precision219, a_unit_of_time_left_out_counts_no_one)
{
    expect_event("O líder da oposição passou onze anos numa cadeia do norte e depois três na prisão central.", "pt", 3,
                 NONE);
    expect_event("El líder opositor pasó once años en una cárcel del norte y luego tres en la prisión central.", "es", 3,
                 NONE);
    expect_event("The opposition leader spent eleven years in a northern jail and then three in the central prison.",
                 "en", 3, NONE);
    /* distractors: people counted after a length of time keep their claim */
    expect_event("El líder opositor pasó once años en la cárcel y 40 de sus compañeros fueron liberados.", "es", 40, REL);
    expect_event("O líder da oposição passou onze anos na cadeia e 40 dos seus companheiros foram libertados.", "pt", 40,
                 REL);
    expect_event("The opposition leader spent eleven years in jail and 40 of his comrades were freed.", "en", 40, REL);
}

/* "The claim that 2,000 students were jailed is unfounded": a figure quoted back inside a fact-checker's verdict
 * that it is false claims nothing new (the fact-check reported it where it cited the claim). */
Test(precision219, a_figure_called_false_is_no_new_claim)
{
    expect_event("The claim that some 2,000 students were jailed is unfounded, the agency said.", "en", 2000, NONE);
    expect_event("No hay ninguna prueba para afirmar que sigan presos 4.000 estudiantes.", "es", 4000, NONE);
    expect_event("O número de 4 mil estudantes presos não tem base em registo algum.", "pt", 4000, NONE);
    expect_event("Falar em 8 mil detidos é exagero, afirmou o ministro.", "pt", 8000, NONE);
    /* distractors: the checker's own figure after "but" / "sino" / "mas", and a figure not called false */
    expect_event("The claim that 5,000 were held is false, but police arrested 627 protesters.", "en", 627, DET);
    expect_event("No hay prueba de que hubiera 3.000 detenidos, sino que la policía detuvo a 627 manifestantes.", "es",
                 627, DET);
    expect_event("Não há prova de que houvesse 3 mil detidos, mas a polícia deteve 627 manifestantes.", "pt", 627, DET);
    expect_event("Police said 627 protesters were arrested.", "en", 627, DET);
    /* a speaker's own denial is the speaker's claim (stance denies), not a figure quoted back */
    expect_event("Es falso que haya 150 presos políticos, dijo el ministro.", "es", 150, HELD);
}
