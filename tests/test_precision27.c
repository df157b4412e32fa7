/* test_precision27.c - false claims (twenty-seventh session, precision): a part of a group whose own words give an
 * event ("of those freed", "de los excarcelados", "desses libertados"), said with a copula and a predicate noun, keeps
 * the group's event when a later event word sits in a relative clause of that noun ("were residents who had been
 * detained during the war"): the clause tells how those people were once taken, not what the part did
 * (counts.c S_copula_noun_relative, in S_partitive_count). Alternatives offered in a conditional are no count
 * ("whether there were twenty of them or twenty thousand", "si liberan a 300, o a 3.000", "se libertarem 300, ou
 * 3.000": *.veto.alternatives27); a range stated as fact keeps its count. Sentences written for these tests, in Spanish,
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

/* Two figures offered as alternatives in a conditional count no one. */
Test(precision27, alternatives_in_a_conditional_count_no_one)
{
    const char *en1 = "The sheriff said his deputies would arrest every marcher who broke the law, whether there were "
                      "twenty of them or twenty thousand.";
    expect_event(en1, "en", 20, NONE);
    expect_event(en1, "en", 20000, NONE);
    expect_event("If they released 300, or 3,000, the cells would still be full, the lawyer said.", "en", 300, NONE);
    expect_event("Si liberan a 300, o a 3.000, las celdas seguirán llenas, dijo el abogado.", "es", 300, NONE);
    expect_event("Se libertarem 300, ou 3.000, as celas continuarão cheias, disse o advogado.", "pt", 300, NONE);
}

/* Distractors: a range stated as fact, a conditional with one figure, and "-se" glued to a Portuguese verb. */
Test(precision27, a_range_stated_as_fact_stays)
{
    expect_event("Police said 30 or 40 protesters were arrested on Friday.", "en", 40, DET);
    expect_event("La policía dijo que 30 o 40 manifestantes fueron detenidos el viernes.", "es", 40, DET);
    expect_event("A polícia disse que 30 ou 40 manifestantes foram presos na sexta-feira.", "pt", 40, DET);
    expect_event("If convicted, the 12 activists arrested on Friday face up to five years in prison.", "en", 12, DET);
    expect_event("Si son condenados, los 12 activistas detenidos el viernes se enfrentan a cinco años de prisión.", "es",
                 12, DET);
    expect_event("Entregaram-se 30 ou 40 guerrilheiros à polícia, disse o comandante.", "pt", 40, DET);
}
