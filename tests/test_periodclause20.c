/* test_periodclause20.c - periods written in the count's own clause (twentieth session): the small hours with no
 * day of their own ("de madrugada", "durante a madrugada", "in the early hours") are the night just past, the
 * reference (or live-blog entry) day, as "esta madrugada" / "this morning" are. Sentences written for these tests,
 * in Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(periodclause20, .init = setup, .fini = teardown);

/* The small hours with no day of their own date the count's event on the reference day. */
Test(periodclause20, the_small_hours_are_the_reference_day)
{
    expect_period_on("Los 48 manifestantes quedaron en libertad de madrugada tras pagar una multa.", "es", "2025-11-12",
                     EXTRACT_EVENT_RELEASE, 48, "2025-11-12", "2025-11-12");
    expect_period_on("La policía arrestó a 27 jóvenes durante la madrugada en el centro de la ciudad.", "es",
                     "2025-11-12", EXTRACT_EVENT_DETENTION, 27, "2025-11-12", "2025-11-12");
    expect_period_on("Os 48 manifestantes foram soltos de madrugada depois de pagar fiança.", "pt", "2025-11-12",
                     EXTRACT_EVENT_RELEASE, 48, "2025-11-12", "2025-11-12");
    expect_period_on("A polícia deteve 27 jovens durante a madrugada no centro da cidade.", "pt", "2025-11-12",
                     EXTRACT_EVENT_DETENTION, 27, "2025-11-12", "2025-11-12");
    expect_period_on("Police arrested 27 young people in the early hours near the central station.", "en", "2025-11-12",
                     EXTRACT_EVENT_DETENTION, 27, "2025-11-12", "2025-11-12");
    expect_period_on("The 48 protesters were released in the small hours after paying a fine.", "en", "2025-11-12",
                     EXTRACT_EVENT_RELEASE, 48, "2025-11-12", "2025-11-12");
}

/* Distractors: small hours with a day of their own, an hour "de la madrugada", and a date written in the sentence
 * keep their current reading. */
Test(periodclause20, small_hours_with_a_day_keep_their_output)
{
    expect_period_on("La policía detuvo a 27 jóvenes en la madrugada del domingo.", "es", "2025-11-12",
                     EXTRACT_EVENT_DETENTION, 27, "2025-11-09", "2025-11-09");
    expect_period_on("A polícia deteve 27 jovens na madrugada de domingo.", "pt", "2025-11-12",
                     EXTRACT_EVENT_DETENTION, 27, "2025-11-09", "2025-11-09");
    expect_period_on("Police arrested 27 young people in the early hours of Sunday.", "en", "2025-11-12",
                     EXTRACT_EVENT_DETENTION, 27, "2025-11-09", "2025-11-09");
    expect_period_on("El 25 de abril de 1974, los 63 presos salieron de madrugada de la cárcel.", "es", "2025-11-12",
                     EXTRACT_EVENT_RELEASE, 63, "1974-04-25", "1974-04-25");
    expect_period_on("Police arrested 27 young people overnight, a spokesman said.", "en", "2025-11-12",
                     EXTRACT_EVENT_DETENTION, 27, "", "");
}

/* A relative clause right after the count's noun phrase that holds the count's own event word tells the count's
 * event: a date in it dates the count. */
Test(periodclause20, a_relative_clause_with_the_counts_event_dates_it)
{
    expect_period_on("Los 40 detenidos, que fueron liberados el martes por la noche, denunciaron malos tratos.", "es",
                     "2025-11-12", EXTRACT_EVENT_RELEASE, 40, "2025-11-11", "2025-11-11");
    expect_period_on("Os 40 detidos, que foram libertados na terça-feira à noite, denunciaram maus-tratos.", "pt",
                     "2025-11-12", EXTRACT_EVENT_RELEASE, 40, "2025-11-11", "2025-11-11");
    expect_period_on("The 40 detainees, who were released on Tuesday evening, said they had been beaten.", "en",
                     "2025-11-12", EXTRACT_EVENT_RELEASE, 40, "2025-11-11", "2025-11-11");
}

/* Distractors: a relative clause about someone else, with no event word of the count, keeps its date away. */
Test(periodclause20, a_relative_clause_about_something_else_keeps_its_date_away)
{
    expect_period_on("La policía, que el martes por la noche cargó contra la marcha, detuvo a 40 personas.", "es",
                     "2025-11-12", EXTRACT_EVENT_DETENTION, 40, "", "");
}
