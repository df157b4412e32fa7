/* test_when28.c - the statement's day forced by the page's day (twenty-eighth session; when.c,
 * xc_page_day_statement). A statement comes no earlier than the last day of the period it counts and no later than
 * the page that reports it: when a claim with a claimant has no statement day of its own and its period ends on the
 * page's day ("indultó hoy", "released as of this morning"), it was made that day. Distractors: a period that ends
 * before the page (the statement may have come any day between), a claim with no claimant (the newsroom's own
 * figure), a statement with its own day. Reference date 2026-01-14 (a Wednesday). Sentences written for these tests. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(when28, .init = setup, .fini = teardown);

#define HELD EXTRACT_EVENT_HELD
#define DTN EXTRACT_EVENT_DETENTION
#define REL EXTRACT_EVENT_RELEASE

#define TODAY "2026-01-14"

/* A release of the page's day, reported with no day: the statement is the page's day. */
Test(when28, a_release_of_the_page_day)
{
    expect_days("El Gobierno de Valdoria excarceló hoy a 42 presos políticos, anunció la Cancillería.", "es", REL, 42,
                TODAY, TODAY, TODAY);
    expect_days("O Governo de Valdória libertou hoje 42 presos políticos, anunciou o Ministério das Relações "
                "Exteriores.",
                "pt", REL, 42, TODAY, TODAY, TODAY);
    expect_days("The Valdorian government freed 42 political prisoners today, the foreign ministry announced.", "en",
                REL, 42, TODAY, TODAY, TODAY);
}

/* People held as of a part of the page's day: the statement is of that day. */
Test(when28, people_held_as_of_the_page_day)
{
    expect_days("La policía informó de que 57 manifestantes seguían detenidos esta mañana.", "es", HELD, 57, TODAY, "",
                TODAY);
    expect_days("A polícia informou que 57 manifestantes continuavam detidos nesta manhã.", "pt", HELD, 57, TODAY, "",
                TODAY);
    expect_days("Police said 57 protesters were still being held as of this morning.", "en", HELD, 57, TODAY, "",
                TODAY);
}

/* A period that ends the day before the page leaves the statement's day open. */
Test(when28, a_period_ending_before_the_page)
{
    expect_days("La ONG Foro Libre dijo que 25 presos fueron liberados el martes.", "es", REL, 25, "", "2026-01-13",
                "2026-01-13");
    expect_days("A ONG Foro Livre disse que 25 presos foram libertados na terça-feira.", "pt", REL, 25, "",
                "2026-01-13", "2026-01-13");
    expect_days("The NGO Free Forum said 25 prisoners were freed on Tuesday.", "en", REL, 25, "", "2026-01-13",
                "2026-01-13");
}

/* The newsroom's own figure of the page's day has no statement day. */
Test(when28, no_claimant_no_statement_day)
{
    expect_days("La policía detuvo hoy a 31 manifestantes.", "es", DTN, 31, "", TODAY, TODAY);
    expect_days("A polícia prendeu hoje 31 manifestantes.", "pt", DTN, 31, "", TODAY, TODAY);
    expect_days("Police arrested 31 protesters today.", "en", DTN, 31, "", TODAY, TODAY);
}

/* A statement with its own day keeps it: "the day before" is not overridden by the page's day. */
Test(when28, a_statement_with_its_own_day)
{
    expect_days("El ministro dijo el martes que 19 presos seguirán detenidos hasta hoy.", "es", HELD, 19,
                "2026-01-13", "", TODAY);
    expect_days("O ministro disse na terça-feira que 19 presos continuarão detidos até hoje.", "pt", HELD, 19,
                "2026-01-13", "", TODAY);
    expect_days("The minister said on Tuesday that 19 prisoners would be held until today.", "en", HELD, 19,
                "2026-01-13", "", TODAY);
}
