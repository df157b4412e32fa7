/* test_precision24.c - figures that count no one (twenty-fourth session, precision): the day of the month after a
 * part of the day (veto.daypart_day), the number of exchanges or handovers people came out in (new entries of the
 * units lexicons, read by veto.units), people who remain in someone's care or in the custody of social services
 * (none.in_care, a trigger with no event), and years before 1900 after a preposition (veto.old_year). Sentences written for these
 * tests, in Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(precision24, .init = setup, .fini = teardown);

/* The day of the month after a part of the day is a date, not the people taken out. */
Test(precision24, a_day_after_a_part_of_the_day_counts_no_one)
{
    expect_event("En la madrugada del 14 los presos fueron liberados.", "es", 14, NONE);
    expect_event("Na madrugada de 14 os presos foram libertados.", "pt", 14, NONE);
    expect_event("On the night of 14 the guards took the prisoners out of their cells.", "en", 14, NONE);
}

/* Distractors: a figure with its people noun after the part of the day, and a count after "de" alone in Spanish. */
Test(precision24, a_count_after_a_part_of_the_day_stays)
{
    expect_event("En la madrugada del sábado la policía detuvo a 14 manifestantes.", "es", 14, DET);
    expect_event("El ministerio informó a la noche de 14 detenidos en la plaza.", "es", 14, DET);
    expect_event("Na madrugada de sábado a polícia deteve 14 manifestantes.", "pt", 14, DET);
    expect_event("On the night of Saturday police arrested 14 protesters.", "en", 14, DET);
}

/* The number of exchanges or handovers people were freed in counts the batches, not the people. */
Test(precision24, the_number_of_batches_counts_no_one)
{
    expect_event("La mayor parte de los supervivientes volvió a casa en dos canjes.", "es", 2, NONE);
    expect_event("Os presos foram libertados em duas permutas.", "pt", 2, NONE);
    expect_event("Os reféns foram libertados em três entregas.", "pt", 3, NONE);
    expect_event("Most of the prisoners were freed in two exchanges.", "en", 2, NONE);
}

/* Distractors: the people freed in the batches keep their count. */
Test(precision24, the_people_in_the_batches_stay)
{
    expect_event("La guerrilla liberó a 31 rehenes en dos canjes.", "es", 31, REL);
    expect_event("A guerrilha libertou 31 reféns em duas permutas.", "pt", 31, REL);
    expect_event("The rebels freed 31 hostages in two exchanges.", "en", 31, REL);
}

/* People who remain in someone's care, or in the custody of social services, are looked after, not held. */
Test(precision24, people_in_care_are_not_held)
{
    expect_event("Los 57 niños siguen desde entonces al cuidado de un orfanato.", "es", 57, NONE);
    expect_event("As 57 crianças seguem desde então aos cuidados de um orfanato.", "pt", 57, NONE);
    expect_event("Los 57 niños siguen bajo la custodia de los servicios sociales.", "es", 57, NONE);
    expect_event("As 57 crianças continuam sob custódia dos serviços sociais.", "pt", 57, NONE);
    expect_event("The 57 children remain in the custody of social services.", "en", 57, NONE);
}

/* Distractors: people who remain in custody are held; people freed into someone's care are released. */
Test(precision24, people_in_custody_or_freed_into_care_stay)
{
    expect_event("Los 57 detenidos siguen presos en la cárcel del puerto.", "es", 57, HELD);
    expect_event("Os 57 detidos continuam presos na cadeia do porto.", "pt", 57, HELD);
    expect_event("The 57 detainees have remained in custody in the port jail.", "en", 57, HELD);
    expect_event("The 57 detainees remain in the custody of the police.", "en", 57, HELD);
    expect_event("Los secuestradores liberaron a 57 rehenes, que quedaron al cuidado de la Cruz Roja.", "es", 57, REL);
    expect_event("Os sequestradores libertaram 57 reféns, entregues aos cuidados da Cruz Vermelha.", "pt", 57, REL);
    expect_event("The kidnappers freed 57 hostages into the care of the Red Cross.", "en", 57, REL);
}

/* A year before 1900 after a preposition is a date, not people. */
Test(precision24, an_old_year_counts_no_one)
{
    expect_event("Sus seguidores creen que la constitución de 1871 sigue vigente y se niegan a pagar impuestos.", "es",
                 1871, NONE);
    expect_event("Os seguidores acreditam que a constituição de 1871 continua em vigor e recusam pagar impostos.", "pt",
                 1871, NONE);
    expect_event("His followers believe the constitution of 1871 still holds and refuse to pay taxes.", "en", 1871,
                 NONE);
}

/* Distractors: the same figure before a people noun counts them. */
Test(precision24, a_figure_before_people_after_a_preposition_stays)
{
    expect_event("La policía informó de 1871 detenidos en todo el país.", "es", 1871, DET);
    expect_event("A polícia deu conta de 1871 detidos em todo o país.", "pt", 1871, DET);
    expect_event("Police reported a total of 1871 arrests across the country.", "en", 1871, DET);
}
