/* test_events23.c - false claims and the wrong event (twenty-third session): a decade said in words and a fraction
 * count no one; "neither of the two" denies a pair; a population counted "at one time" is held; hostages taken with a
 * time word or a quote between the verb and the figure; falling into someone's hands is a capture; a call for a
 * release with a time between "calling" and "for" says the people are held; relatives "de/of" prisoners are not
 * prisoners. Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep
 * their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(events23, .init = setup, .fini = teardown);

/* "condenados en los años sesenta": a decade in words is a time, not 60 people. */
Test(events23, a_decade_in_words_counts_no_one)
{
    expect_event("Según la familia, entre los reclusos hay militares condenados en los años setenta y presos comunes.",
                 "es", 70, NONE);
    expect_event("Segundo a família, entre os reclusos há militares condenados nos anos setenta e presos comuns.", "pt",
                 70, NONE);
    /* distractor: a figure of people before the word for years keeps its claim */
    expect_event("La guerrilla liberó ayer a sesenta soldados.", "es", 60, REL);
}

/* "dois terços delas": a fraction is a part, and the whole after "two thirds of the" is no count of its verb. */
Test(events23, a_fraction_counts_no_one)
{
    expect_event("O país tem mais de 800 mil pessoas presas, e cerca de dois terços delas são jovens.", "pt", 2, NONE);
    expect_event("The rebels freed two thirds of the 90 hostages on Monday.", "en", 2, NONE);
    expect_event("The rebels freed two thirds of the 90 hostages on Monday.", "en", 90, NONE);
    /* distractors: the whole said before the fraction keeps its claim; a figure of people stays one */
    expect_event("O país tem mais de 800 mil pessoas presas, e cerca de dois terços delas são jovens.", "pt", 800000,
                 HELD);
    expect_event("The rebels freed two of the 90 hostages on Monday.", "en", 2, REL);
}

/* "Nenhum dos dois foi detido": the denial of a pair named before. */
Test(events23, neither_of_the_two_counts_no_one)
{
    expect_event("Os dois fugiram de carro; nenhum dos dois foi detido, segundo a polícia.", "pt", 2, NONE);
    expect_event("Los dos huyeron en coche; ninguno de los dos fue detenido, según la policía.", "es", 2, NONE);
    expect_event("The two fled by car; neither of the two was arrested, police said.", "en", 2, NONE);
    /* distractor: one of the two is not denied */
    expect_event("Police said 300 people were detained on Saturday; one of the two leaders escaped.", "en", 300, DET);
}

/* "estiveram detidas até 2 mil pessoas em simultâneo": how many at one time is a population, held. */
Test(events23, a_population_at_one_time_is_held)
{
    expect_event("No quartel, segundo os sobreviventes, estiveram detidas até 3 mil pessoas em simultâneo.", "pt", 3000,
                 HELD);
    expect_event("En el cuartel, según los supervivientes, estuvieron detenidas hasta 3.000 personas a la vez.", "es",
                 3000, HELD);
    expect_event("At the barracks, survivors said, up to 3,000 people were detained at any one time.", "en", 3000,
                 HELD);
    /* distractors: the same arrests without "at one time" stay arrests; "al mismo tiempo" opening a clause */
    expect_event("La policía informó de que 300 personas fueron detenidas el sábado.", "es", 300, DET);
    expect_event("A polícia informou que 300 pessoas foram detidas no sábado.", "pt", 300, DET);
    expect_event("Police said 300 people were detained on Saturday.", "en", 300, DET);
    expect_event("Al mismo tiempo, la policía informó de que 300 personas fueron detenidas el sábado.", "es", 300, DET);
    /* distractors: "at once", "de uma só vez", "a la vez" after an event verb tell that it happened together */
    expect_event("About 10,000 prisoners were released at once, the government said.", "en", 10000, REL);
    expect_event("Cerca de 900 estudantes foram presos de uma só vez no congresso.", "pt", 900, DET);
    expect_event("Unas 300 personas fueron detenidas a la vez en la plaza.", "es", 300, DET);
}

/* "fizeram esta manhã «cerca de 100 reféns»": the taking, with a time word and a quote between. */
Test(events23, hostages_taken_with_words_between_are_a_detention)
{
    expect_event("O comandante disse que os homens armados fizeram esta manhã \"cerca de 60 reféns\" no hotel.", "pt",
                 60, DET);
    expect_event("El comandante dijo que los hombres armados hicieron esta mañana \"unos 60 rehenes\" en el hotel.",
                 "es", 60, DET);
    /* distractor: hostages counted in their captors' hands stay held */
    expect_event("El comandante dijo que los hombres armados retienen a unos 60 rehenes en el hotel.", "es", 60, HELD);
}

/* "Sesenta de los liberados cayeron en poder de la guerrilla": the capture of a part of those freed. */
Test(events23, falling_into_hands_is_a_capture)
{
    expect_event("Treinta de los liberados cayeron en poder de la guerrilla en marzo del año pasado.", "es", 30, DET);
    expect_event("Em março, 30 soldados caíram em poder da guerrilha.", "pt", 30, DET);
    expect_event("Thirty of those freed had fallen into the hands of the rebels in March last year.", "en", 30, DET);
    /* distractor: those freed, with no capture told, stay freed */
    expect_event("Treinta de los liberados llegaron ayer a Bogotá.", "es", 30, REL);
}

/* "has been calling since April for the state to free at least 50,000": a demand says they are held. */
Test(events23, a_call_with_a_time_between_is_a_demand)
{
    expect_event("A coalition of churches has been calling since May for the governor to free at least 9,000 inmates.",
                 "en", 9000, HELD);
    /* distractor: a release that happened stays one */
    expect_event("Since May the governor has freed at least 9,000 inmates.", "en", 9000, REL);
}

/* "cerca de 200 parentes de presos": a noun of others with "de/of" and a noun of ours after it counts the first. */
Test(events23, relatives_of_prisoners_are_no_prisoners)
{
    expect_event("Desde segunda-feira, cerca de 200 parentes de presos esperam em frente à cadeia.", "pt", 200, NONE);
    expect_event("About 200 relatives of prisoners waited outside the jail.", "en", 200, NONE);
    /* distractor: a noun of others followed right away by one of ours says who is counted */
    expect_event("Há 166 militares presos políticos no país.", "pt", 166, HELD);
}
