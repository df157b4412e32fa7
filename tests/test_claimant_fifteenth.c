/* test_claimant_fifteenth.c - who speaks, fifteenth session (articles 79-148): who a reporting verb was told,
 * after the verb or after the speaker's title, is never the speaker, also when a rule read that addressee as a
 * reference ("à comissão": the rules match folded text, where "à" reads "a"). Sentences written for these tests,
 * in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(fifteenth_es, .init = setup, .fini = teardown);
TestSuite(fifteenth_pt, .init = setup, .fini = teardown);
TestSuite(fifteenth_en, .init = setup, .fini = teardown);

/* ---- who was told is no speaker ---- */

Test(fifteenth_pt, a_reference_after_a_told_word_is_the_addressee)
{
    expect_claimant("Na quarta-feira, o comandante da guarda municipal, Rui Tavares, disse à comissão "
                    "municipal que mais de 340 pessoas tinham sido presas durante a greve.",
                    "pt", EXTRACT_EVENT_DETENTION, 340, "Rui Tavares", EXTRACT_KIND_PERSON);
}

Test(fifteenth_pt, an_outlet_told_after_the_title_is_no_speaker)
{
    /* the spokesman's body is another matter (no claimant yet); the outlet told must not take the figure */
    extract_doc *d = run("Até às 22h00, 95 manifestantes tinham sido detidos, disse um porta-voz da Guarda "
                         "Nacional à rádio Antena Sul.",
                         "pt");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_DETENTION, 95);
    cr_assert(!c->claimant.name || strcmp(c->claimant.name, "Antena Sul") != 0, "the outlet told took the figure");
    extract_doc_free(d);
}

Test(fifteenth_es, an_outlet_told_after_the_title_is_no_speaker)
{
    extract_doc *d = run("Hasta la medianoche, 130 manifestantes habían sido detenidos, dijo el portavoz del "
                         "Ministerio de Seguridad a la agencia Noticias Sur.",
                         "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_DETENTION, 130);
    cr_assert(!c->claimant.name || strcmp(c->claimant.name, "Noticias Sur") != 0, "the outlet told took the figure");
    extract_doc_free(d);
}

Test(fifteenth_en, an_outlet_told_after_the_title_is_no_speaker)
{
    extract_doc *d = run("By midnight, 88 marchers had been detained, said a spokeswoman for the State Guard to the "
                         "broadcaster Channel North.",
                         "en");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_DETENTION, 88);
    cr_assert(!c->claimant.name || strcmp(c->claimant.name, "Channel North") != 0, "the outlet told took the figure");
    extract_doc_free(d);
}
