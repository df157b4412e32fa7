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

/* ---- an outlet named after what it is: quoted, compound adjectives, "publication / magazine" ---- */

Test(fifteenth_pt, a_described_outlet_is_a_medium)
{
    expect_claimant("Pelo menos 44 dos detidos saíram em liberdade esta manhã, noticiou o 'site' Voz do Litoral, "
                    "que acompanha os julgamentos.",
                    "pt", EXTRACT_EVENT_RELEASE, 44, "Voz do Litoral", EXTRACT_KIND_MEDIA);
    expect_claimant("A publicação nipo-brasileira Jornal Sakura dá conta de pelo menos 63 manifestantes detidos "
                    "durante a tarde.",
                    "pt", EXTRACT_EVENT_DETENTION, 63, "Jornal Sakura", EXTRACT_KIND_MEDIA);
}

Test(fifteenth_es, a_described_outlet_is_a_medium)
{
    expect_claimant("Al menos 38 de los detenidos quedaron libres esta mañana, informó la 'web' Voz del Litoral, "
                    "que sigue los juicios.",
                    "es", EXTRACT_EVENT_RELEASE, 38, "Voz del Litoral", EXTRACT_KIND_MEDIA);
    expect_claimant("La publicación ítalo-argentina Gaceta Austral da cuenta de al menos 57 manifestantes detenidos "
                    "durante la tarde.",
                    "es", EXTRACT_EVENT_DETENTION, 57, "Gaceta Austral", EXTRACT_KIND_MEDIA);
}

Test(fifteenth_en, a_described_outlet_is_a_medium)
{
    expect_claimant("At least 61 protesters were detained during the afternoon, reported the 'website' Harbor "
                    "Ledger, which covers the port.",
                    "en", EXTRACT_EVENT_DETENTION, 61, "Harbor Ledger", EXTRACT_KIND_MEDIA);
    expect_claimant("The publication Harbor Ledger says at least 66 protesters were detained on the quay.", "en",
                    EXTRACT_EVENT_DETENTION, 66, "Harbor Ledger", EXTRACT_KIND_MEDIA);
}

/* ---- a short name in parentheses, clipped from the body's name, is that body ---- */

Test(fifteenth_pt, a_clipped_name_in_parentheses_is_the_body)
{
    expect_claimant("A Polícia Metropolitana do Porto (Met) reforçou o policiamento. Segundo o balanço divulgado "
                    "pela Met, 212 pessoas foram detidas no sábado.",
                    "pt", EXTRACT_EVENT_DETENTION, 212, "Polícia Metropolitana do Porto", EXTRACT_KIND_GOVERNMENT);
}

Test(fifteenth_es, a_clipped_name_in_parentheses_is_the_body)
{
    expect_claimant("La Policía Metropolitana de Quito (Met) reforzó la vigilancia. Según el balance difundido por "
                    "la Met, 174 personas fueron detenidas el sábado.",
                    "es", EXTRACT_EVENT_DETENTION, 174, "Policía Metropolitana de Quito", EXTRACT_KIND_GOVERNMENT);
}

Test(fifteenth_en, a_clipped_name_in_parentheses_is_the_body)
{
    expect_claimant("The Federal Protective Police (Fed) sent extra officers. According to the Fed, 143 people were "
                    "arrested on Saturday.",
                    "en", EXTRACT_EVENT_DETENTION, 143, "Federal Protective Police", EXTRACT_KIND_GOVERNMENT);
}
