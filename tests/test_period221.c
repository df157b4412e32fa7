/* test_period221.c - periods (twenty-first session, period2): a month named alone, with no year, in the clause of a
 * release or arrest ("In October, 60 fishermen were freed", "fueron liberados en marzo", "Em novembro, a polícia
 * prendeu 30") is its period, the whole month (patterns/LANG/dates.pat LANG.date.month_in; when.c, month_then);
 * not when a reporting verb follows the month ("In October, the minister said that 60 had been freed": when it was
 * said, which a month never dates). Sentences written for these tests, in Spanish, Portuguese and English.
 * Reference date 2026-01-14: the latest October is 2025's. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(period221, .init = setup, .fini = teardown);

/* A month alone right after the event word, or opening the sentence of the event, is the count's period. */
Test(period221, a_month_alone_dates_the_event)
{
    expect_period("Los 60 pescadores fueron liberados en octubre tras meses de negociaciones.", "es", EXTRACT_EVENT_RELEASE,
                  60, "2025-10-01", "2025-10-31");
    expect_period("En octubre salieron de la cárcel otros 60 presos.", "es", EXTRACT_EVENT_RELEASE, 60, "2025-10-01",
                  "2025-10-31");
    expect_period("Os 60 pescadores foram libertados em outubro depois de meses de negociações.", "pt",
                  EXTRACT_EVENT_RELEASE, 60, "2025-10-01", "2025-10-31");
    expect_period("Em outubro, a polícia prendeu 60 manifestantes no centro da cidade.", "pt", EXTRACT_EVENT_DETENTION, 60,
                  "2025-10-01", "2025-10-31");
    expect_period("In October, 60 fishermen were freed after months of talks.", "en", EXTRACT_EVENT_RELEASE, 60,
                  "2025-10-01", "2025-10-31");
    expect_period("The army freed 60 fishermen in October after months of talks.", "en", EXTRACT_EVENT_RELEASE, 60,
                  "2025-10-01", "2025-10-31");
}

/* Distractors: a reporting verb after the opening month (what was said then), a month with a day of its own later
 * in the sentence, and abbreviations that are no months ("en mar": at sea). */
Test(period221, a_month_before_a_reporting_verb_is_no_period)
{
    expect_period("In October, the minister told reporters that 60 fishermen had been freed.", "en", EXTRACT_EVENT_RELEASE,
                  60, "", "");
    expect_period("En octubre, el ministro dijo que 60 pescadores habían sido liberados.", "es", EXTRACT_EVENT_RELEASE, 60,
                  "", "");
    expect_period("Em outubro, o ministro disse que 60 pescadores tinham sido libertados.", "pt", EXTRACT_EVENT_RELEASE, 60,
                  "", "");
    expect_period("Los 60 pescadores detenidos en mar abierto fueron liberados.", "es", EXTRACT_EVENT_RELEASE, 60, "", "");
}
