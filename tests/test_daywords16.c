/* test_daywords16.c - days of the month written in words (sixteenth session): radio scripts and some style guides
 * write "the twenty-eighth of October", "el veintiocho de octubre", "a vinte e oito de outubro", "el día tres",
 * "no dia três", "May the fourth". They are read wherever a digit day is, but only next to a month (or after "el
 * día", "no dia"): "the first of the prisoners", "tres de los detenidos", "um dos presos" are no days. Sentences
 * written for these tests, in Spanish, Portuguese and English; the reference date is 2026-01-14. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(daywords16, .init = setup, .fini = teardown);

/* A cardinal or ordinal day in words before "de"/"of" and a month is that day. */
Test(daywords16, a_day_in_words_before_its_month)
{
    expect_period("La fiscalía informó que 35 campesinos fueron excarcelados el veintidós de noviembre.", "es",
                  EXTRACT_EVENT_RELEASE, 35, "2025-11-22", "2025-11-22");
    expect_period("Segundo o tribunal, 35 camponeses foram libertados a vinte e dois de novembro.", "pt",
                  EXTRACT_EVENT_RELEASE, 35, "2025-11-22", "2025-11-22");
    expect_period("The court said 35 farmers were freed on the twenty-second of November.", "en",
                  EXTRACT_EVENT_RELEASE, 35, "2025-11-22", "2025-11-22");
    expect_period("Unos 60 estudiantes fueron detenidos el primero de diciembre frente al rectorado.", "es",
                  EXTRACT_EVENT_DETENTION, 60, "2025-12-01", "2025-12-01");
    expect_period("Cerca de 60 estudantes foram detidos no primeiro de dezembro diante da reitoria.", "pt",
                  EXTRACT_EVENT_DETENTION, 60, "2025-12-01", "2025-12-01");
    expect_period("Some 60 students were detained on the first of December outside the rectorate.", "en",
                  EXTRACT_EVENT_DETENTION, 60, "2025-12-01", "2025-12-01");
    expect_period("La policía arrestó a 12 mineros el treinta y uno de octubre.", "es", EXTRACT_EVENT_DETENTION, 12,
                  "2025-10-31", "2025-10-31");
    expect_period("A polícia prendeu 12 mineiros a trinta e um de outubro.", "pt", EXTRACT_EVENT_DETENTION, 12,
                  "2025-10-31", "2025-10-31");
    expect_period("Police arrested 12 miners on the thirty-first of October.", "en", EXTRACT_EVENT_DETENTION, 12,
                  "2025-10-31", "2025-10-31");
    /* distractor: the same sentences with digits keep their day */
    expect_period("La fiscalía informó que 35 campesinos fueron excarcelados el 22 de noviembre.", "es",
                  EXTRACT_EVENT_RELEASE, 35, "2025-11-22", "2025-11-22");
    expect_period("The court said 35 farmers were freed on the 22nd of November.", "en", EXTRACT_EVENT_RELEASE, 35,
                  "2025-11-22", "2025-11-22");
}

/* English writes the ordinal after the month too ("November the ninth", "December twelfth,"). */
Test(daywords16, an_ordinal_after_the_month)
{
    expect_period("Officials said 48 dockworkers were released on November the ninth.", "en",
                  EXTRACT_EVENT_RELEASE, 48, "2025-11-09", "2025-11-09");
    expect_period("Officials said 48 dockworkers were released on December twelfth, after the talks.", "en",
                  EXTRACT_EVENT_RELEASE, 48, "2025-12-12", "2025-12-12");
    /* distractor: an ordinal that starts a new phrase after a full date is no second day */
    expect_period("Police released 48 dockworkers on 30 November first thing in the morning.", "en",
                  EXTRACT_EVENT_RELEASE, 48, "2025-11-30", "2025-11-30");
}

/* A range whose ends are days in words, each with its month. */
Test(daywords16, a_range_of_days_in_words)
{
    expect_period("Entre el veintiocho de octubre y el tres de noviembre fueron detenidas 210 personas.", "es",
                  EXTRACT_EVENT_DETENTION, 210, "2025-10-28", "2025-11-03");
    expect_period("Entre vinte e oito de outubro e três de novembro foram detidas 210 pessoas.", "pt",
                  EXTRACT_EVENT_DETENTION, 210, "2025-10-28", "2025-11-03");
    expect_period("Between the twenty-eighth of October and the third of November, 210 people were detained.", "en",
                  EXTRACT_EVENT_DETENTION, 210, "2025-10-28", "2025-11-03");
    /* distractor: a range of people before "de los" is no range of days */
    expect_event("Entre tres y cinco de los detenidos fueron liberados el lunes.", "es", 3, NONE);
    expect_period("Between 28 October and 3 November, 210 people were detained.", "en", EXTRACT_EVENT_DETENTION, 210,
                  "2025-10-28", "2025-11-03");
}

/* "el día tres", "no dia três": the day of the month alone, as "el día 3" is. */
Test(daywords16, the_day_word_after_el_dia)
{
    expect_period("Tras la huelga de diciembre, 25 obreros fueron liberados el día nueve, según el sindicato.", "es",
                  EXTRACT_EVENT_RELEASE, 25, "2025-12-09", "2025-12-09");
    expect_period("Depois da greve de dezembro, 25 operários foram libertados no dia nove, segundo o sindicato.", "pt",
                  EXTRACT_EVENT_RELEASE, 25, "2025-12-09", "2025-12-09");
}

/* A number word before "de"/"of" and no month is a count, not a day. */
Test(daywords16, number_words_without_a_month_are_no_days)
{
    expect_event("Tres de los detenidos fueron liberados el lunes.", "es", 3, REL);
    expect_event("Três dos detidos foram libertados na segunda-feira.", "pt", 3, REL);
    expect_event("Three of the detainees were released on Monday.", "en", 3, REL);
    expect_period("Ese día cinco manifestantes fueron detenidos en la plaza.", "es", EXTRACT_EVENT_DETENTION, 5, "",
                  "");
    expect_period("Naquele dia cinco manifestantes foram detidos na praça.", "pt", EXTRACT_EVENT_DETENTION, 5, "", "");
    expect_period("Police released 14 prisoners on Monday, the first of the groups due to leave.", "en",
                  EXTRACT_EVENT_RELEASE, 14, "2026-01-12", "2026-01-12");
}
