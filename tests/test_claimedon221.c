/* test_claimedon221.c - statement days (twenty-first session, second wave): a count whose sentence opens by pointing
 * back to a statement named and dated before ("En el comunicado, …", "No comunicado, …", "In the statement, …") was
 * given in that statement, on its day. Sentences written for these tests, in Spanish, Portuguese and English, with
 * distractors that must keep their current output. The reference date is 2026-01-14 (a Wednesday). */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(claimedon221, .init = setup, .fini = teardown);

#define HLD EXTRACT_EVENT_HELD
#define DTN EXTRACT_EVENT_DETENTION

/* The statement named again in the next paragraph, its speaker named again: the day of the first sentence. */
Test(claimedon221, the_statement_named_again_takes_its_day)
{
    expect_days("La Comisión de Derechos Humanos afirmó ayer que más de 300 personas fueron detenidas en la capital "
                "durante las protestas.\n\nEn el comunicado, la Comisión asegura que 120 personas siguen presas sin "
                "cargos.",
                "es", HLD, 120, "2026-01-13", "", "");
    expect_days("A Comissão de Direitos Humanos afirmou ontem que mais de 300 pessoas foram detidas na capital durante "
                "os protestos.\n\nNo comunicado, a Comissão garante que 120 pessoas continuam presas sem acusação.",
                "pt", HLD, 120, "2026-01-13", "", "");
    expect_days("The Human Rights Commission said yesterday that more than 300 people had been arrested in the capital "
                "during the protests.\n\nIn the statement, the Commission says 120 people remain in jail without "
                "charge.",
                "en", HLD, 120, "2026-01-13", "", "");
    /* the first figure keeps its own day */
    expect_days("The Human Rights Commission said yesterday that more than 300 people had been arrested in the capital "
                "during the protests.\n\nIn the statement, the Commission says 120 people remain in jail without "
                "charge.",
                "en", DTN, 300, "2026-01-13", "", "");
}

/* Distractors: the same speaker named again with no word pointing back to the statement stays undated (the corpus
 * leaves such a later statement open), and so does one after a sentence naming another day. */
Test(claimedon221, no_pointing_back_no_day)
{
    expect_days("La Comisión de Derechos Humanos afirmó ayer que más de 300 personas fueron detenidas en la capital "
                "durante las protestas.\n\nLa Comisión asegura que 120 personas siguen presas sin cargos.",
                "es", HLD, 120, "", "", "");
    expect_days("A Comissão de Direitos Humanos afirmou ontem que mais de 300 pessoas foram detidas na capital durante "
                "os protestos.\n\nA Comissão garante que 120 pessoas continuam presas sem acusação.",
                "pt", HLD, 120, "", "", "");
    expect_days("The Human Rights Commission said yesterday that more than 300 people had been arrested in the capital "
                "during the protests.\n\nThe Commission says 120 people remain in jail without charge.",
                "en", HLD, 120, "", "", "");
    expect_days("The Human Rights Commission said yesterday that more than 300 people had been arrested in the capital "
                "during the protests. New marches were held on Monday in three cities.\n\nIn the statement, the "
                "Commission says 120 people remain in jail without charge.",
                "en", HLD, 120, "", "", "");
}
