/* test_period21.c - periods (twenty-first session): a day right after a word of keeping people captive ("held since
 * Thursday", "secuestrado desde el jueves", "desviado há cinco dias") dates the captivity, not a release counted in
 * the same sentence (when.c, S_captivity_day; lexicon captive_words). Sentences written for these tests, in Spanish,
 * Portuguese and English, with distractors that must keep their period: a tally of releases since a day, people
 * held since a day, and those arrested since a day of whom some were freed. Reference date 2026-01-14, a Wednesday:
 * "el jueves" is 2026-01-08. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(period21, .init = setup, .fini = teardown);

/* The 'since' day of the people's captivity is no start of their release. */
Test(period21, a_since_day_of_the_captivity_is_not_the_release)
{
    expect_period("La policía liberó a los 40 rehenes del autobús secuestrado desde el jueves.", "es", EXTRACT_EVENT_RELEASE,
                  40, "", "");
    expect_period("Los 70 rehenes del avión secuestrado desde el jueves fueron liberados por un comando.", "es",
                  EXTRACT_EVENT_RELEASE, 70, "", "");
    expect_period("El ejército liberó a 25 rehenes retenidos desde el jueves en una granja.", "es", EXTRACT_EVENT_RELEASE,
                  25, "", "");
    expect_period("A polícia libertou os 40 passageiros do autocarro sequestrado desde quinta-feira.", "pt",
                  EXTRACT_EVENT_RELEASE, 40, "", "");
    expect_period("O exército libertou 25 reféns retidos desde quinta-feira numa quinta.", "pt", EXTRACT_EVENT_RELEASE, 25,
                  "", "");
    expect_period("Police freed the 40 passengers of the bus held since Thursday.", "en", EXTRACT_EVENT_RELEASE, 40, "", "");
    expect_period("The army freed 25 hostages held since Thursday at a farm.", "en", EXTRACT_EVENT_RELEASE, 25, "", "");
}

/* A day "ago" after the word of the hijacking is the hijacking's, not the release's. */
Test(period21, a_day_ago_of_the_hijacking_is_not_the_release)
{
    expect_period("Os 70 passageiros do avião desviado há cinco dias foram libertados por um comando.", "pt",
                  EXTRACT_EVENT_RELEASE, 70, "", "");
    expect_period("Commandos freed the 70 passengers of the airliner hijacked five days ago.", "en", EXTRACT_EVENT_RELEASE,
                  70, "", "");
}

/* Distractors: a tally of releases since a day, people held since a day, and a part of those arrested since a day
 * (the noun "detenidos" is no word of captivity: the 'since' day stays with the count). */
Test(period21, tallies_and_people_held_keep_their_since_day)
{
    expect_period("Israel ha liberado a 300 presos desde el jueves.", "es", EXTRACT_EVENT_RELEASE, 300, "2026-01-08", "");
    expect_period("Israel já libertou 300 presos desde quinta-feira.", "pt", EXTRACT_EVENT_RELEASE, 300, "2026-01-08", "");
    expect_period("Israel has freed 300 prisoners since Thursday.", "en", EXTRACT_EVENT_RELEASE, 300, "2026-01-08", "");
    expect_period("El ejército ha liberado a 25 de los detenidos desde el jueves.", "es", EXTRACT_EVENT_RELEASE, 25,
                  "2026-01-08", "");
    /* releases among those arrested since a day: a word of arrest is no word of captivity */
    expect_period("La policía dice que 620 de los arrestados desde el jueves han sido liberados.", "es", EXTRACT_EVENT_RELEASE,
                  620, "2026-01-08", "");
    expect_period("A polícia diz que 620 dos detidos desde quinta-feira já foram libertados.", "pt", EXTRACT_EVENT_RELEASE,
                  620, "2026-01-08", "");
    expect_period("The police now say 620 of those arrested since the 8th have been released.", "en", EXTRACT_EVENT_RELEASE,
                  620, "2026-01-08", "");
    expect_period("Unos 25 rehenes permanecen retenidos desde el jueves en una granja.", "es", EXTRACT_EVENT_HELD, 25,
                  "2026-01-08", "");
    expect_period("Cerca de 25 reféns continuam retidos desde quinta-feira numa quinta.", "pt", EXTRACT_EVENT_HELD, 25,
                  "2026-01-08", "");
    expect_period("Some 25 hostages have been held since Thursday at a farm.", "en", EXTRACT_EVENT_HELD, 25, "2026-01-08",
                  "");
}

/* A total whose parts are listed right after it takes the period its parts got from the verb they share (claims.c,
 * S_total_period): "há cinco dias" dates the hijacking, "na madrugada de hoje" the release of all 30. */
Test(period21, a_total_takes_the_period_of_its_parts)
{
    expect_period("Os 30 reféns do avião desviado há cinco dias, 26 passageiros e quatro tripulantes, foram libertados na "
                  "madrugada de hoje.",
                  "pt", EXTRACT_EVENT_RELEASE, 30, "2026-01-14", "2026-01-14");
    expect_period("Os 30 reféns do avião desviado há cinco dias, 26 passageiros e quatro tripulantes, foram libertados na "
                  "madrugada de hoje.",
                  "pt", EXTRACT_EVENT_RELEASE, 26, "2026-01-14", "2026-01-14");
    /* distractor: a total and parts all dated by the verb keep that day */
    expect_period("Los 30 rehenes del avión, 26 pasajeros y cuatro tripulantes, fueron liberados esta madrugada, anunció el "
                  "Gobierno.",
                  "es", EXTRACT_EVENT_RELEASE, 30, "2026-01-14", "2026-01-14");
    expect_period("The 30 hostages on the bus, 26 passengers and four drivers, were freed on Thursday night.", "en",
                  EXTRACT_EVENT_RELEASE, 30, "2026-01-08", "2026-01-08");
}
