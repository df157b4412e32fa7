/* test_detnoun23.c - figures set by a frame ("estimated the detainees at 5,000", "situó la cifra de presos en
 * 240") with no event word in the sentence (twenty-third session): the people noun inside the frame says the event,
 * as it does right after a figure. Sentences written for these tests, in Spanish, Portuguese and English, with
 * distractors that must keep their current output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(detnoun23, .init = setup, .fini = teardown);

Test(detnoun23, the_people_noun_of_a_frame_says_the_event)
{
    expect_event("The rights group estimated the detainees at 5,000 last month.", "en", 5000, HELD);
    expect_event("The prison service put the number of inmates at 2,300.", "en", 2300, HELD);
    expect_event("The watchdog put the figure of political prisoners at 240.", "en", 240, HELD);
    expect_event("La ONG situó la cifra de presos políticos en 240.", "es", 240, HELD);
    expect_event("El ministerio fijó el número de rehenes en 35.", "es", 35, HELD);
    expect_event("A ONG fixou o número de presos políticos em 240.", "pt", 240, HELD);
    expect_event("O ministério situou a cifra de reféns em 35.", "pt", 35, HELD);
}

Test(detnoun23, other_figures_set_by_a_frame_count_no_one_of_ours)
{
    /* distractors: damage, money and the wounded stay without a claim */
    expect_event("The insurer estimated the damage at 5,000 dollars.", "en", 5000, NONE);
    expect_event("The hospital put the number of injured at 300.", "en", 300, NONE);
    expect_event("La ONG cifró en 300 los heridos.", "es", 300, NONE);
    expect_event("El perito estimó los daños en 5.000 dólares.", "es", 5000, NONE);
    expect_event("O hospital estimou o número de feridos em 300.", "pt", 300, NONE);
    expect_event("A seguradora estimou os danos em 5.000 reais.", "pt", 5000, NONE);
    /* distractors: an event word of the frame keeps its event */
    expect_event("Officials put the number of people released at 45.", "en", 45, REL);
    expect_event("La fiscalía cifró en 80 los liberados.", "es", 80, REL);
    expect_event("A polícia fixou o número de detidos em 80.", "pt", 80, DET);
}

/* "presos", "detainees" may name the arrested as well (arrested_nouns): after a claim, the frame keeps its event;
 * an unambiguous noun of the held ("reclusos") still says held */
Test(detnoun23, a_noun_that_may_name_the_arrested_keeps_the_claim_before)
{
    expect_event("Police arrested 300 protesters on Monday. The group put the number of detainees at 450.", "en", 450, DET);
    expect_event("La policía detuvo a 300 manifestantes el lunes. La ONG situó la cifra de presos en 450.", "es", 450, DET);
    expect_event("A polícia deteve 300 manifestantes na segunda-feira. A ONG fixou o número de presos em 450.", "pt", 450, DET);
    expect_event("La policía detuvo a 300 manifestantes el lunes. La ONG situó la cifra de reclusos en 450.", "es", 450, HELD);
    expect_event("Police arrested 300 protesters on Monday. The jail put the number of inmates at 450.", "en", 450, HELD);
}
