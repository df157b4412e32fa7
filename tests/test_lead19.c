/* test_lead19.c - the nineteenth session's lead changes: a number in the name of a flight, an aircraft or a
 * charter counts nobody. Sentences written for these tests, in Spanish, Portuguese and English, with distractors
 * that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(lead19, .init = setup, .fini = teardown);

/* "TWA Flight 847 hostages freed": the flight's number stands before the people of the story, as a count would;
 * the name's head word (flight, vuelo, voo; Charter, Carta; an aircraft maker) says it is a name. */
Test(lead19, a_number_in_a_flight_or_charter_name_counts_nobody)
{
    expect_event("TWA Flight 847 hostages freed after 17 days", "en", 847, NONE);
    expect_event("Los rehenes del vuelo 181 de Lufthansa fueron liberados en Mogadiscio.", "es", 181, NONE);
    expect_event("Os reféns do voo 814 foram libertados em Kandahar.", "pt", 814, NONE);
    expect_event("O grupo ligado à Carta 77 contava pouco mais de uma dezena de presos políticos.", "pt", 77, NONE);
    expect_event("The hijackers forced the Boeing 727 to land in Algiers, where 19 passengers were freed.", "en", 727, NONE);
    /* distractors: the people counted in the same sentences keep their claims */
    expect_event("The hijackers forced the Boeing 727 to land in Algiers, where 19 passengers were freed.", "en", 19, REL);
    expect_event("Los 86 pasajeros fueron liberados tras el asalto al vuelo 181 de Lufthansa.", "es", 86, REL);
    expect_event("Los 86 pasajeros fueron liberados tras el asalto al vuelo 181 de Lufthansa.", "es", 181, NONE);
    expect_event("Os 120 passageiros do voo foram libertados em Kandahar.", "pt", 120, REL);
    expect_event("Flight crews said 847 hostages were freed.", "en", 847, REL);
}

/* "June last year", "junio del año pasado", "junho do ano passado": a month named from the reference date's year
 * before, alone or closing a span of months, is that month of the year before (reference date 2026-01-14; the
 * spans 2026-10-01, when the latest July and August are this year's). */
Test(lead19, a_month_of_last_year)
{
    expect_period("En junio del año pasado, el Gobierno excarceló a 40 presos políticos.", "es", EXTRACT_EVENT_RELEASE, 40, "2025-06-01", "2025-06-30");
    expect_period("Em junho do ano passado, o governo libertou 40 presos políticos.", "pt", EXTRACT_EVENT_RELEASE, 40, "2025-06-01", "2025-06-30");
    expect_period("In June last year, the government freed 40 political prisoners.", "en", EXTRACT_EVENT_RELEASE, 40, "2025-06-01", "2025-06-30");
    expect_period_on("Entre julio y agosto del año pasado salieron en libertad 300 presos.", "es", "2026-10-01", EXTRACT_EVENT_RELEASE, 300, "2025-07-01", "2025-08-31");
    expect_period_on("No mutirão feito entre julho e agosto do ano passado, mais de 300 presos deixaram a prisão.", "pt", "2026-10-01", EXTRACT_EVENT_RELEASE, 300, "2025-07-01", "2025-08-31");
    expect_period_on("Between July and August last year, 300 prisoners were freed.", "en", "2026-10-01", EXTRACT_EVENT_RELEASE, 300, "2025-07-01", "2025-08-31");
    /* distractors: a day of last year keeps its day; a month of this year its year */
    expect_period("El 4 de junio del año pasado, el Gobierno excarceló a 40 presos políticos.", "es", EXTRACT_EVENT_RELEASE, 40, "2025-06-04", "2025-06-04");
    expect_period("The government freed 40 political prisoners in June 2024.", "en", EXTRACT_EVENT_RELEASE, 40, "2024-06-01", "2024-06-30");
}
