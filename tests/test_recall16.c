/* test_recall16.c - figures still missed (sixteenth session, recall): people counted by a noun that is none of ours
 * (demonstrators, participants, protesters) are held when the holding verb is their own predicate, right after their
 * noun phrase. Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep
 * their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(recall16, .init = setup, .fini = teardown);

/* "320 manifestantes siguen en prisión": the holding verb right after the noun phrase is what is said of them. */
Test(recall16, people_of_another_kind_held_by_their_own_verb)
{
    expect_event("Según la ONG, 320 manifestantes de la huelga seguían en prisión provisional el domingo.", "es", 320, HELD);
    expect_event("Segundo a ONG, 320 manifestantes da greve continuavam atrás das grades no domingo.", "pt", 320, HELD);
    expect_event("According to the group, 320 protesters from the strike remained behind bars on Sunday.", "en", 320, HELD);
    expect_event("La fiscalía dijo que 45 participantes del bloqueo estaban en prisión preventiva.", "es", 45, HELD);
    expect_event("O Ministério Público disse que 45 participantes do bloqueio ainda estavam atrás das grades.", "pt", 45, HELD);
    expect_event("Prosecutors said 45 participants in the blockade remain in custody.", "en", 45, HELD);
}

/* distractors: a crowd with a held word that belongs to someone else keeps counting nothing of ours */
Test(recall16, a_crowd_beside_someone_elses_custody_counts_no_one)
{
    expect_event("Unos 300 manifestantes que visitaron a los presos siguen en la plaza.", "es", 300, NONE);
    expect_event("Cerca de 300 manifestantes, diante da prisão, pediram a saída dos presos.", "pt", 300, NONE);
    expect_event("There are 300 protesters outside the prison where activists are held.", "en", 300, NONE);
    expect_event("Hay 300 manifestantes frente a la cárcel donde siguen presos los dirigentes.", "es", 300, NONE);
    /* people of ours keep their event */
    expect_event("Según la ONG, 320 presos siguen en prisión provisional.", "es", 320, HELD);
    expect_event("A polícia deteve 40 manifestantes na praça.", "pt", 40, DET);
}
