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
