/* test_event27.c - the word that governs a figure's event (twenty-seventh session, event): a second predicate
 * coordinated on the same subject ("were picked up … and released"), a verb of being or existence before an
 * inverted count ("estavam … 10 mil palestinianos detidos"). Sentences written for these tests, in Spanish,
 * Portuguese and English, with distractors that must keep their output (each positive fails on the session's start
 * binary). */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(event27, .init = setup, .fini = teardown);

/* "18 juveniles had been picked up in the raids and released", "86 people had been brought out … and placed under
 * arrest": a finite predicate of the count and, in the same clause after "and / y / e" (auxiliaries and adverbs
 * between), a second verb of another event on the same subject: the second says where the people ended up (claims.c,
 * S_coordinated_predicate). Distractors: a new subject after the conjunction, a noun of release after it, another
 * figure, a comma before the conjunction, and the count as the object of the first verb keep their event. */
Test(event27, a_second_coordinated_predicate_governs)
{
    expect_event("La policía dijo que 40 manifestantes fueron detenidos en la plaza y luego liberados.", "es", 40, REL);
    expect_event("Según el juzgado, 25 jornaleros fueron expulsados del país y están ahora presos en una base militar.",
                 "es", 25, HELD);
    expect_event("La policía dijo que 40 manifestantes fueron detenidos en la plaza y el juez liberó a otros.", "es", 40,
                 DET); /* distractor: a new subject */
    expect_event("La policía dijo que 40 manifestantes fueron detenidos en la plaza y la liberación de los demás se "
                 "aplazó.",
                 "es", 40, DET); /* distractor: a noun */
    expect_event("La policía detuvo a 40 manifestantes en la plaza y luego los liberó.", "es", 40, DET); /* object */
    expect_event("A polícia disse que 40 manifestantes foram detidos na praça e depois libertados.", "pt", 40, REL);
    expect_event("Segundo o tribunal, 25 trabalhadores foram expulsos do país e estão agora presos numa base militar.",
                 "pt", 25, HELD);
    expect_event("A polícia disse que 40 manifestantes foram detidos na praça, e depois libertados.", "pt", 40,
                 DET); /* distractor: a comma closes the clause */
    expect_event("A polícia disse que 40 manifestantes foram detidos na praça e o juiz libertou outros.", "pt", 40,
                 DET); /* distractor: a new subject */
    expect_event("The sheriff said 30 teenagers had been picked up at the fair and released.", "en", 30, REL);
    expect_event("Officers said 60 people had been brought out of the hall and placed under arrest.", "en", 60, DET);
    expect_event("The sheriff said 30 teenagers had been picked up at the fair and officers released them.", "en", 30,
                 DET); /* distractor: a new subject */
    expect_event("The sheriff said 30 teenagers had been picked up at the fair and 12 were released.", "en", 30,
                 DET); /* distractor: another figure */
}

/* "estavam no início de fevereiro cerca de 10 mil palestinianos detidos por razões de segurança": a verb of being
 * or of existence before an inverted count (*.held.copula_inverted, copula=1, read by S_remain_before as a verb
 * of remaining) says the people's state now: held. Distractors: the count before the verb, a finite verb of arrest,
 * and a copula with no participle of custody keep their output. */
Test(event27, a_copula_before_an_inverted_count_is_held)
{
    expect_event("Según los datos oficiales, estaban a finales de marzo unos 4.000 migrantes detenidos por la policía "
                 "fronteriza.",
                 "es", 4000, HELD);
    expect_event("Según los datos oficiales, unos 4.000 migrantes fueron detenidos a finales de marzo por la policía "
                 "fronteriza.",
                 "es", 4000, DET); /* distractor */
    expect_event("Segundo os dados oficiais, estavam no fim de março cerca de 4.000 migrantes detidos pela polícia de "
                 "fronteira.",
                 "pt", 4000, HELD);
    expect_event("Segundo os dados oficiais, cerca de 4.000 migrantes foram detidos no fim de março pela polícia de "
                 "fronteira.",
                 "pt", 4000, DET); /* distractor */
    expect_event("According to official data, there were at the end of March some 4,000 migrants detained by the "
                 "border police.",
                 "en", 4000, HELD);
    expect_event("According to official data, some 4,000 migrants were detained at the end of March by the border "
                 "police.",
                 "en", 4000, DET); /* distractor */
}
