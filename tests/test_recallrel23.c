/* test_recallrel23.c - release and detention figures not taken (twenty-third session, recall): a figure after a
 * complementizer is the subject of its own clause, not the object of the verb before; people taken out of a seized
 * place alive or safely are freed; people booked are arrested. Sentences written for these tests, in Spanish,
 * Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(recallrel23, .init = setup, .fini = teardown);

/* "freed and that 91 were still held": the figure after "that" opens what was said next, it is no object of "freed".
 * es and pt read these already (the bare participle names the people); they stay as guards. */
Test(recallrel23, a_figure_after_a_complementizer_is_no_object)
{
    expect_event("El ministerio dijo que 1.520 habían sido excarcelados y que 64 seguían presos.", "es", 1520, REL);
    expect_event("O ministério disse que 1.520 tinham sido libertados e que 64 continuavam presos.", "pt", 1520, REL);
    expect_event("The ministry said that 1,520 had been freed and that 64 were still in custody.", "en", 1520, REL);
    /* the second figure keeps its own event */
    expect_event("The ministry said that 1,520 had been freed and that 64 were still in custody.", "en", 64, HELD);
    /* distractors: a figure right after the verb is still its object, and the one before it the agents */
    expect_event("Más de 300 policías detuvieron a 45 jóvenes en la plaza.", "es", 300, NONE);
    expect_event("Mais de 300 polícias detiveram 45 jovens na praça.", "pt", 300, NONE);
    expect_event("More than 300 officers arrested 45 youths in the square.", "en", 300, NONE);
    expect_event("More than 300 officers arrested 45 youths in the square.", "en", 45, DET);
}

/* "retiradas com vida", "sacados con vida", "brought out alive": a rescue out of the seized place frees them */
Test(recallrel23, taken_out_alive_is_freed)
{
    expect_event("Un oficial contó que las tropas sacaron con vida a 35 rehenes del cine.", "es", 35, REL);
    expect_event("Según la policía, 35 personas fueron sacadas con vida del centro comercial.", "es", 35, REL);
    expect_event("Um oficial relatou que cerca de 35 pessoas foram retiradas em segurança ao longo da tarde.", "pt", 35, REL);
    expect_event("Os comandos retiraram do avião 35 passageiros, segundo a polícia.", "pt", 35, REL);
    expect_event("An officer said he saw 35 hostages brought out unharmed before dusk.", "en", 35, REL);
    /* distractors: survivors of a collapse, charges withdrawn, troops withdrawn */
    expect_event("Los bomberos dijeron que 35 personas fueron sacadas con vida de entre los escombros.", "es", 35, NONE);
    expect_event("Os bombeiros disseram que 35 pessoas foram retiradas com vida dos escombros.", "pt", 35, NONE);
    expect_event("Rescuers counted 35 miners brought out alive from the mine.", "en", 35, NONE);
    expect_event("O exército retirou da fronteira 350 soldados.", "pt", 350, NONE);
}

/* "250 people were booked": booking records an arrest */
Test(recallrel23, booked_people_are_arrested)
{
    expect_event("The sheriff said about 140 demonstrators had been booked by midnight.", "en", 140, DET);
    expect_event("Some 60 marchers were booked into the county jail on Friday.", "en", 60, DET);
    /* distractors: a booked flight, football cards */
    expect_event("About 140 pilgrims were booked on the flight to Rome.", "en", 140, NONE);
    expect_event("Three players were booked for dissent in the second half.", "en", 3, NONE);
}

/* "Os outros 11, Lula entre eles, só deixaram a carceragem": an aside that names some of the people and closes on
 * "entre eles / among them" cuts the count from its verb as one that opens with it does; "só / only" is an adverb of
 * the verb phrase; a police station's cells (carceragem) are a place one is freed from. */
Test(recallrel23, an_aside_closing_on_among_them)
{
    expect_event("Los otros 14, Ortega entre ellos, sólo salieron de la cárcel en marzo.", "es", 14, REL);
    expect_event("Os outros 14, Ortega entre eles, só deixaram a carceragem em março.", "pt", 14, REL);
    expect_event("The other 14, Ortega among them, only walked free in March.", "en", 14, REL);
    /* read already (guard) */
    expect_event("About 40 inmates left the correctional facility on Monday.", "en", 40, REL);
    /* distractors: an aside of reporting with no phrase of apposition stays as it was, and a lone "todos" / "all"
     * closing an aside that opens with a name does not make one */
    expect_event("The other 14, Ortega said, were freed in March.", "en", 14, REL);
    expect_event("Los otros 14, Ortega los vio a todos, salieron en marzo.", "es", 14, NONE);
}
