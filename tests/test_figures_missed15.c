/* test_figures_missed15.c - figures extract used to miss (fifteenth session): custody entered with a verb of becoming,
 * a figure cut from its verb by an aside of reporting, and counts of people named by their nationality. Sentences
 * written for these tests, in Spanish, Portuguese and English, with distractors that must keep their event. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(figures_missed15, .init = setup, .fini = teardown);

/* "acabaron bajo custodia", "ficaram sob custódia", "ended up in custody": the people were taken in then. */
Test(figures_missed15, custody_entered_is_a_detention)
{
    expect_event("Al final de la jornada, unas 450 personas acabaron bajo custodia en tres ciudades.", "es", 450, DET);
    expect_event("Según la policía, 130 de los manifestantes quedaron bajo custodia policial.", "es", 130, DET);
    expect_event("No fim do dia, cerca de 450 pessoas ficaram sob custódia em três cidades.", "pt", 450, DET);
    expect_event("Segundo a polícia, 130 manifestantes acabaram sob custódia policial.", "pt", 130, DET);
    expect_event("By the end of the day about 450 people had ended up in custody in three cities.", "en", 450, DET);
    expect_event("Police said 130 of the marchers were placed under arrest.", "en", 130, DET);
    /* distractors: staying in custody is held */
    expect_event("Al final de la jornada, unas 450 personas siguen bajo custodia.", "es", 450, HELD);
    expect_event("No fim do dia, cerca de 450 pessoas continuam sob custódia.", "pt", 450, HELD);
    expect_event("At the end of the day about 450 people remain in custody.", "en", 450, HELD);
}

/* "Los otros 400, dijo, fueron detenidos": the aside of reporting does not cut the figure from its verb. */
Test(figures_missed15, a_figure_and_its_verb_across_an_aside_of_reporting)
{
    expect_event("Unos 300 estudiantes salieron por su cuenta. Los otros 250, dijo el portavoz, fueron arrestados.", "es", 250, DET);
    expect_event("Los 37, aseguró la ministra, ya fueron excarcelados.", "es", 37, REL);
    expect_event("Cerca de 300 estudantes saíram por conta própria. Os outros 250, disse o porta-voz, foram presos.", "pt", 250, DET);
    expect_event("Os 37, garantiu a ministra, estão novamente presos.", "pt", 37, HELD);
    expect_event("About 300 students walked out on their own. The other 250, the spokesman said, were arrested.", "en", 250, DET);
    expect_event("The 37, the minister said, are again behind bars.", "en", 37, HELD);
    /* distractors: an aside without a reporting verb, and a verb with a figure of its own */
    expect_event("Los otros 250, en la madrugada, salieron por la puerta trasera.", "es", 250, NONE);
    expect_event("Em 250, disse o porta-voz, foram detidos 30 estudantes.", "pt", 250, NONE);
    expect_event("The other 250, in the early hours, left by the back door.", "en", 250, NONE);
}

/* Nationality plurals are people: "16 saudíes", "três japoneses", whatever the nationality. */
Test(figures_missed15, nationality_plurals_are_people)
{
    expect_event("Los rebeldes liberaron a 12 libaneses y a cuatro yemeníes el domingo.", "es", 4, REL);
    expect_event("Llegaron a Riad los 16 saudíes que estaban en poder de los rebeldes, liberados la víspera.", "es", 16, REL);
    expect_event("Os rebeldes libertaram 12 libaneses e quatro iemenitas no domingo.", "pt", 4, REL);
    expect_event("Chegaram a Riade os 16 sauditas que estavam em poder dos rebeldes, libertados na véspera.", "pt", 16, REL);
    expect_event("The rebels freed 12 Lebanese and four Yemenis on Sunday.", "en", 4, REL);
    /* distractor: months are no people */
    expect_event("Los rebeldes liberaron al periodista tras 16 meses de cautiverio.", "es", 16, NONE);
    expect_event("Os rebeldes libertaram o jornalista depois de 16 meses de cativeiro.", "pt", 16, NONE);
}
