/* test_claimant_names.c - who a name is: the whole of a person's name after a capitalised title or rank, a body
 * named "<words> for/por/pela <cause>" or introduced by its acronym in parentheses, the kind a descriptor in
 * apposition gives a name ("X, the youth group that …", "X, a secretaria de …"), and state bodies told from civil
 * ones. The failures came from corpus articles 52-55, written by people who never saw the rules; the sentences
 * here are written for these tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(names_es, .init = setup, .fini = teardown);
TestSuite(names_pt, .init = setup, .fini = teardown);
TestSuite(names_en, .init = setup, .fini = teardown);

/* ---- a capitalised title or rank is no part of the name after it ---- */

Test(names_es, a_rank_before_the_name)
{
    expect_claimant("El Teniente Coronel Luis Alberto Montes Rey dijo que 45 personas fueron detenidas en la frontera.", "es",
           EXTRACT_EVENT_DETENTION, 45, "Luis Alberto Montes Rey", EXTRACT_KIND_PERSON);
}

Test(names_pt, a_rank_before_the_name)
{
    expect_claimant("O Tenente-Coronel Marcos Vinícius Prado disse que 45 pessoas foram detidas na fronteira.", "pt",
           EXTRACT_EVENT_DETENTION, 45, "Marcos Vinícius Prado", EXTRACT_KIND_PERSON);
}

Test(names_en, a_title_and_its_qualifier_before_the_name)
{
    expect_claimant("Deputy Home Affairs Minister Samuel Okoro Banda told reporters on Friday that 312 people had been "
           "arrested.",
           "en", EXTRACT_EVENT_DETENTION, 312, "Samuel Okoro Banda", EXTRACT_KIND_PERSON);
}

Test(names_en, a_surname_later_is_the_full_name_after_a_rank)
{
    expect_claimant("Colonel Mary Anne Whitfield, the police spokeswoman, met reporters at noon. Later Whitfield said 64 "
           "people had been detained overnight.",
           "en", EXTRACT_EVENT_DETENTION, 64, "Mary Anne Whitfield", EXTRACT_KIND_PERSON);
}

Test(names_en, a_title_ending_in_the_force_it_heads)
{
    expect_claimant("Commissioner of Police Grace Wanjiru Otieno said on Monday that 150 people had been arrested.", "en",
           EXTRACT_EVENT_DETENTION, 150, "Grace Wanjiru Otieno", EXTRACT_KIND_PERSON);
}
