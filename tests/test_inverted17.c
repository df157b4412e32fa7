/* test_inverted17.c - figures that sum a named person with "N others" (seventeenth session, inverted and bare
 * figures): "Ana Torres y otros seis detenidos fueron liberados" counts seven people freed. Sentences written for
 * these tests, in Spanish, Portuguese and English, with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(inverted17, .init = setup, .fini = teardown);

/* a person named beside "otros N" / "outros N" / "N others" is one of the whole the claim counts */
Test(inverted17, a_named_person_and_n_others_are_counted_together)
{
    expect_event("El alcalde Ramón Ferrer y otros once rehenes fueron liberados anoche por la guerrilla.", "es", 12, REL);
    expect_event("El alcalde Ramón Ferrer y otros once rehenes fueron liberados anoche por la guerrilla.", "es", 11, NONE);
    expect_event("La policía liberó ayer a la periodista Clara Nieto y a otros seis rehenes.", "es", 7, REL);
    expect_event("O autarca Rui Matos e outros onze reféns foram libertados ontem pela guerrilha.", "pt", 12, REL);
    expect_event("O autarca Rui Matos e outros onze reféns foram libertados ontem pela guerrilha.", "pt", 11, NONE);
    expect_event("The mayor, Ralph Fenwick, and 11 other hostages were freed overnight by the rebels.", "en", 12, REL);
    expect_event("The mayor, Ralph Fenwick, and 11 other hostages were freed overnight by the rebels.", "en", 11, NONE);
    /* distractors: "others" with no name before them keep their figure */
    expect_event("La guerrilla liberó anoche a otros once rehenes.", "es", 11, REL);
    expect_event("A guerrilha libertou ontem outros onze reféns.", "pt", 11, REL);
    expect_event("The rebels freed 11 other hostages overnight.", "en", 11, REL);
}

/* "el perdón de N", "o perdão de N": the noun of a pardon granted to the people counted names a release */
Test(inverted17, the_pardon_of_n_people_is_a_release)
{
    expect_event("El ministerio anunció el perdón de 312 reclusos por buena conducta.", "es", 312, REL);
    expect_event("O ministério anunciou o perdão de 312 reclusos por bom comportamento.", "pt", 312, REL);
    expect_event("The ministry announced the pardon of 312 inmates for good behaviour.", "en", 312, REL);
    /* distractors: asking forgiveness of people counts no one freed */
    expect_event("El alcalde pidió perdón a 30 familias de las víctimas.", "es", 30, NONE);
    expect_event("O autarca pediu perdão a 30 famílias das vítimas.", "pt", 30, NONE);
}

/* "indultaron, respectivamente, a 2.345 y 3.503 personas": the first of two joined figures shares the noun */
Test(inverted17, the_first_of_two_joined_figures_shares_the_noun)
{
    expect_event("Las dos provincias indultaron, respectivamente, a 1.250 y 2.730 personas.", "es", 1250, REL);
    expect_event("Las dos provincias indultaron, respectivamente, a 1.250 y 2.730 personas.", "es", 2730, REL);
    expect_event("As duas províncias indultaram, respetivamente, 1.250 e 2.730 pessoas.", "pt", 1250, REL);
    expect_event("As duas províncias indultaram, respetivamente, 1.250 e 2.730 pessoas.", "pt", 2730, REL);
    expect_event("The two provinces pardoned, respectively, 1,250 and 2,730 prisoners.", "en", 1250, REL);
    /* distractors: a range between two figures stays as it was (no claim for its first end) */
    expect_event("La policía detuvo a entre 40 y 50 manifestantes.", "es", 40, NONE);
    expect_event("A polícia deteve entre 40 e 50 manifestantes.", "pt", 40, NONE);
}

/* spies handed over or swapped are people counted; "había entregado a los N" gives them back */
Test(inverted17, spies_handed_over_are_released)
{
    expect_event("La guerrilla había entregado a los 12 espías a la Cruz Roja.", "es", 12, REL);
    expect_event("Irán había «entregado a los 31 rehenes» a los mediadores.", "es", 31, REL);
    /* distractors: a suspect handed to the police, and spies arrested */
    expect_event("La policía detuvo a 12 espías rusos.", "es", 12, DET);
    expect_event("A polícia deteve 12 espiões russos.", "pt", 12, DET);
    expect_event("Police arrested 12 Russian spies.", "en", 12, DET);
}
