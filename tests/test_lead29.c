/* test_lead29.c - the lead's fixes of the twenty-ninth session, es/pt/en. Sentences written for these tests. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(lead29, .init = setup, .fini = teardown);

/* A verb of keeping people (mantener / manter / hold) keeps its object past an adverb of time and a quotation mark
 * around the figure (es/pt events.pat held.verb). */
Test(lead29, keeping_past_an_adverb_or_a_quote)
{
    expect_event("El comisionado dijo que Rusia mantiene todavía a más de ocho mil ucranianos.", "es", 8000, HELD);
    expect_event("El comisionado dijo que Rusia mantiene aún «más de ocho mil» ucranianos.", "es", 8000, HELD);
    expect_event("O comissário disse que a Rússia mantém ainda mais de oito mil ucranianos.", "pt", 8000, HELD);
    expect_event("O comissário disse que a Rússia mantém ainda \"mais de oito mil\" ucranianos.", "pt", 8000, HELD);
    expect_event("The commissioner said Russia still holds \"more than 8,000\" Ukrainians.", "en", 8000, HELD);
    /* distractors: a road kept blocked, a promise kept */
    expect_event("Cerca de 300 manifestantes mantêm ainda bloqueada a estrada há 3 dias.", "pt", 3, NONE);
    expect_event("Unos 300 manifestantes mantienen todavía cortada la carretera.", "es", 300, NONE);
}
