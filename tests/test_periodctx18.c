/* test_periodctx18.c - periods from context (eighteenth session): a count of people arrested or released that a
 * phrase of the day ("across the day", "a lo largo de la jornada", "ao longo do dia", "by the end of the day")
 * says covers the day being told, with no day of its own, covers the day the figure was given on (when.c,
 * xc_day_span; lexicon day_spans). Sentences written for these tests, in Spanish, Portuguese and English, with
 * distractors that must keep their current output. The reference date 2026-01-14 is a Wednesday. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(periodctx18, .init = setup, .fini = teardown);

/* "informó el martes de 47 detenidos a lo largo de la jornada": the day the figure was given, from = to. */
Test(periodctx18, a_phrase_of_the_day_dates_the_count_to_the_statement_day)
{
    expect_period("La policía informó el martes de 47 detenidos a lo largo de la jornada en el centro de la ciudad.",
                  "es", EXTRACT_EVENT_DETENTION, 47, "2026-01-13", "2026-01-13");
    expect_period("El portavoz dijo el martes que 30 manifestantes habían quedado en libertad al final del día.", "es",
                  EXTRACT_EVENT_RELEASE, 30, "2026-01-13", "2026-01-13");
    expect_period("A polícia informou na terça-feira que 47 pessoas foram detidas ao longo do dia no centro da cidade.",
                  "pt", EXTRACT_EVENT_DETENTION, 47, "2026-01-13", "2026-01-13");
    expect_period("O porta-voz disse na terça-feira que 30 manifestantes foram libertados ao fim do dia.", "pt",
                  EXTRACT_EVENT_RELEASE, 30, "2026-01-13", "2026-01-13");
    expect_period("Police said on Tuesday that 47 people had been arrested across the day in the city centre.", "en",
                  EXTRACT_EVENT_DETENTION, 47, "2026-01-13", "2026-01-13");
    expect_period("The spokesman said on Tuesday that 30 protesters had been released by the end of the day.", "en",
                  EXTRACT_EVENT_RELEASE, 30, "2026-01-13", "2026-01-13");
}

/* distractors: a phrase of the day that names its own day keeps that day; one with "of" after it names another
 * day; people held are a stock, not a day's events; no statement day, no period; a bound keeps its span. */
Test(periodctx18, other_days_stocks_and_bounds_keep_their_dates)
{
    expect_period("La policía informó el martes de 47 detenidos a lo largo de la jornada del lunes.", "es",
                  EXTRACT_EVENT_DETENTION, 47, "2026-01-12", "2026-01-12");
    expect_period("A polícia informou na terça-feira que 47 pessoas foram detidas ao longo do dia de segunda-feira.",
                  "pt", EXTRACT_EVENT_DETENTION, 47, "2026-01-12", "2026-01-12");
    expect_period("Police said on Tuesday that 47 people had been arrested over the course of the day of the march.",
                  "en", EXTRACT_EVENT_DETENTION, 47, "", "");
    expect_period("La policía informó el martes de que 47 personas siguen detenidas a lo largo de la jornada.", "es",
                  EXTRACT_EVENT_HELD, 47, "", "");
    expect_period("Police said on Tuesday that 47 people remained in custody throughout the day.", "en",
                  EXTRACT_EVENT_HELD, 47, "", "");
    expect_period("La policía informó de 47 detenidos a lo largo de la jornada.", "es", EXTRACT_EVENT_DETENTION, 47,
                  "", "");
    expect_period("Police said on Tuesday that 47 people had been arrested since Sunday, during the day and at night.",
                  "en", EXTRACT_EVENT_DETENTION, 47, "2026-01-11", "");
}

/* "120 detained on Monday, 45 of them in the capital": a part of the people counted just before in its sentence
 * (part_of_words) covers the whole's time (when.c, xc_part_period). */
Test(periodctx18, a_part_takes_the_period_of_its_whole)
{
    expect_period("La policía informó el martes de que 120 personas fueron detenidas el lunes, 45 de ellas en la capital.",
                  "es", EXTRACT_EVENT_DETENTION, 45, "2026-01-12", "2026-01-12");
    expect_period("A polícia disse na terça-feira que 120 pessoas foram detidas na segunda-feira, 45 delas na capital.",
                  "pt", EXTRACT_EVENT_DETENTION, 45, "2026-01-12", "2026-01-12");
    expect_period("Police said on Tuesday that 120 people had been arrested on Monday, 45 of them in the capital.", "en",
                  EXTRACT_EVENT_DETENTION, 45, "2026-01-12", "2026-01-12");
    expect_period("A polícia disse na terça-feira que 120 pessoas foram detidas desde domingo, 45 delas na capital.",
                  "pt", EXTRACT_EVENT_DETENTION, 45, "2026-01-11", "");
    /* distractors: a part with a day of its own keeps it; a part for another event takes nothing; the whole keeps
     * its own period */
    expect_period("Police said on Tuesday that 120 people had been arrested since Sunday, 45 of them on Monday.", "en",
                  EXTRACT_EVENT_DETENTION, 45, "2026-01-12", "2026-01-12");
    expect_period("Police said on Tuesday that 120 people had been arrested since Sunday, 45 of them on Monday.", "en",
                  EXTRACT_EVENT_DETENTION, 120, "2026-01-11", "");
    expect_period("Police said on Tuesday that 120 people had been arrested on Monday and that 45 of them had since "
                  "been released.",
                  "en", EXTRACT_EVENT_RELEASE, 45, "", "");
}
