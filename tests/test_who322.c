/* test_who322.c - claimants (twenty-second session, who3): "según la investigación de la Fiscalía", "segundo os
 * cálculos de X", "according to the investigation of the Commission": an account (account_words) of a body names
 * that body as the source. Sentences written for these tests, in Spanish, Portuguese and English, with distractors
 * that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(who322, .init = setup, .fini = teardown);

#define DETN EXTRACT_EVENT_DETENTION
#define HELDN EXTRACT_EVENT_HELD

/* the account's maker, a body or a person, is the source */
Test(who322, an_account_of_a_body_names_its_source)
{
    expect_claimant("Según la investigación de la Fiscalía Provincial, unos 120 manifestantes fueron detenidos en la plaza.",
                    "es", DETN, 120, "Fiscalía Provincial", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Segundo a investigação da Polícia Federal, cerca de 120 manifestantes foram detidos na praça.", "pt",
                    DETN, 120, "Polícia Federal", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("According to the investigation of the Human Rights Commission, 120 protesters were arrested in the square.",
                    "en", DETN, 120, "Human Rights Commission", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Según los cálculos de Marta Quiroga, todavía hay 35 presos en la cárcel de Tumbes.", "es", HELDN, 35,
                    "Marta Quiroga", EXTRACT_KIND_PERSON);
    expect_claimant("Segundo os cálculos de Marta Quiroga, ainda há 35 presos na cadeia de Tumbes.", "pt", HELDN, 35,
                    "Marta Quiroga", EXTRACT_KIND_PERSON);
    expect_claimant("According to the calculations of Marta Quiroga, 35 inmates are still held in Tumbes prison.", "en",
                    HELDN, 35, "Marta Quiroga", EXTRACT_KIND_PERSON);
    /* the source phrase holds the account noun itself, words apart from "of" */
    expect_claimant("Segundo o relatório de auditoria mais recente da Defensoria Pública, a penitenciária tinha 512 presos.",
                    "pt", HELDN, 512, "Defensoria Pública", EXTRACT_KIND_GOVERNMENT);
}

/* distractors: a document about a place or of a list names no one; a source named at once keeps its claim */
Test(who322, a_list_of_a_place_names_no_source)
{
    expect_claimant("Según el informe sobre la represión en Tumbes, 48 reclusos siguen en la cárcel.", "es", HELDN, 48, NULL,
                    EXTRACT_KIND_UNKNOWN);
    expect_claimant("Según la lista de presos de Tumbes, 48 reclusos siguen en la cárcel.", "es", HELDN, 48, NULL,
                    EXTRACT_KIND_UNKNOWN);
    expect_claimant("Segundo a lista de presos de Tumbes, 48 reclusos continuam na cadeia.", "pt", HELDN, 48, NULL,
                    EXTRACT_KIND_UNKNOWN);
    expect_claimant("According to the list of prisoners of Tumbes, 48 inmates are still held in the jail.", "en", HELDN, 48,
                    NULL, EXTRACT_KIND_UNKNOWN);
    expect_claimant("Según Amnistía Internacional, 48 reclusos siguen en la cárcel de Tumbes.", "es", HELDN, 48,
                    "Amnistía Internacional", EXTRACT_KIND_ORGANIZATION);
}
