/* test_recallheld23.c - counts of people held that were not taken (twenty-third session): the subject of a verb of
 * being held placed after it past a short adjunct (es, pt), prisons' word for their inmates (es "internos"), the
 * preterite of being held (es "estuvieron presos", pt "estiveram presos"), people still inside or confined. Sentences
 * written for these tests, in Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(recallheld23, .init = setup, .fini = teardown);

/* "seguirán presos por motivos políticos al menos 380": the held word governs the figure after a short adjunct. */
Test(recallheld23, the_subject_after_a_held_verb_past_an_adjunct)
{
    expect_event("Según la fiscalía, siguen detenidos por razones políticas unos 120.", "es", 120, HELD);
    expect_event("El abogado dice que quedan adentro más de 35 en la misma comisaría.", "es", 35, HELD);
    expect_event("Segundo a ordem, seguem detidos em prisões militares mais de 90.", "pt", 90, HELD);
    /* distractors: a figure that labels the place named by the adjunct, and a figure of another clause */
    expect_event("Los dirigentes siguen presos en el pabellón 4 de la cárcel.", "es", 4, NONE);
    expect_event("Os dirigentes continuam presos na cela 7 da esquadra.", "pt", 7, NONE);
    expect_event("The leaders remain in custody in cell block 4 at the jail.", "en", 4, NONE);
    expect_event("Los dos siguen presos y 40 fueron liberados ayer.", "es", 40, REL);
}

/* "la cárcel tiene 2.389 internos": es "internos", as en "inmates", names people held. */
Test(recallheld23, inmates_are_held)
{
    expect_event("El penal de la ciudad contaba 1.480 internos al cierre del mes.", "es", 1480, HELD);
    expect_event("The city jail counted 1,480 inmates at the end of the month.", "en", 1480, HELD);
    /* distractor: the displaced within a country are no inmates */
    expect_event("En la región hay 300 desplazados internos desde la ofensiva.", "es", 300, NONE);
}

/* "estuvieron presos allí unos 230", "estiveram ali presos cerca de 230": the preterite of being held. */
Test(recallheld23, the_preterite_of_being_held)
{
    expect_event("Entre 1962 y 1974 estuvieron allí presos unos 210 militantes.", "es", 210, HELD);
    expect_event("Entre 1962 e 1974 estiveram ali presos cerca de 210 militantes.", "pt", 210, HELD);
    /* distractor: the preterite of a wound is no custody */
    expect_event("Durante la marcha estuvieron heridos unos 30 manifestantes.", "es", 30, NONE);
}

/* "confined to the vessel", "confinados nos chamados campos": people confined in a place of custody are held. */
Test(recallheld23, people_confined_in_custody_are_held)
{
    expect_event("The owners say the 21 sailors have been confined to the ship since the raid.", "en", 21, HELD);
    expect_event("Según la ONG, otros 300.000 estarían confinados en los llamados campos de reeducación.", "es", 300000, HELD);
    expect_event("Segundo a ONG, outros 300 mil estariam confinados nos chamados campos de reeducação.", "pt", 300000, HELD);
    /* distractors: a home or a barracks is no custody of ours */
    expect_event("The 21 officers were confined to barracks for a week.", "en", 21, NONE);
    expect_event("Os 21 oficiais ficaram confinados ao quartel durante uma semana.", "pt", 21, NONE);
}
