/* test_precision27.c - false claims (twenty-seventh session, precision): a part of a group whose own words give an
 * event ("of those freed", "de los excarcelados", "desses libertados"), said with a copula and a predicate noun, keeps
 * the group's event when a later event word sits in a relative clause of that noun ("were residents who had been
 * detained during the war"): the clause tells how those people were once taken, not what the part did
 * (counts.c S_copula_noun_relative, in S_partitive_count). Sentences written for these tests, in Spanish,
 * Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(precision27, .init = setup, .fini = teardown);

/* The part of the freed keeps the release when the detention is told in a relative clause of the predicate noun. */
Test(precision27, relative_clause_of_the_predicate_noun_keeps_the_release)
{
    expect_event("The group said 300 of those released were residents who had been detained during the war.", "en", 300,
                 REL);
    expect_event("Some 40 of the hostages freed were workers who had been kidnapped at the factory.", "en", 40, REL);
    expect_event("Según la asociación, 300 de los liberados eran vecinos de la ciudad que habían sido detenidos durante "
                 "la guerra.",
                 "es", 300, REL);
    expect_event("Unas 40 de las rehenes liberadas eran trabajadoras que habían sido secuestradas en la fábrica.", "es",
                 40, REL);
    expect_event("Segundo a associação, 300 desses libertados eram moradores da cidade que tinham sido detidos durante "
                 "a guerra.",
                 "pt", 300, REL);
}

/* Distractors: the copula's own participle is the part's verb (a new detention of those freed), and a part of the
 * whole with its own figure is left as it was. */
Test(precision27, the_copulas_own_participle_stays)
{
    expect_event("The group said 300 of those released were detained again within a month.", "en", 300, DET);
    expect_event("Según el grupo, 300 de los excarcelados fueron detenidos de nuevo al cabo de un mes.", "es", 300, DET);
    expect_event("Segundo o grupo, 300 desses libertados foram detidos de novo um mês depois.", "pt", 300, DET);
    expect_event("The group said 300 of the 500 released were residents who had been detained during the war.", "en", 500,
                 REL);
    expect_event("Según la asociación, 300 de los 500 liberados eran vecinos que habían sido detenidos en la guerra.",
                 "es", 500, REL);
}
