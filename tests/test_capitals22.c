/* test_capitals22.c - a capital or a seat of power speaking for its government (twenty-second session): "Pekín negó",
 * "Tokyo says", "o Planalto informou" name the government, kind government (patterns/shared/capitals.txt,
 * actor.capital); a capital named as where something happened ("en Tokio", "detidos em Pequim") stays a place and is
 * no claimant. Sentences written for these tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(capitals22, .init = setup, .fini = teardown);

/* A capital as the subject of a reporting verb speaks for its government. */
Test(capitals22, a_capital_that_speaks_is_its_government)
{
    expect_claimant("Pekín negó que haya 30 activistas detenidos en la provincia.", "es", EXTRACT_EVENT_DETENTION, 30, "Pekín",
                    EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Tóquio afirma que pelo menos 14 pescadores foram detidos pela guarda costeira.", "pt",
                    EXTRACT_EVENT_DETENTION, 14, "Tóquio", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Tehran says it has released 25 foreign sailors.", "en", EXTRACT_EVENT_RELEASE, 25, "Tehran",
                    EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Seoul said 18 fishermen were still being held in the North.", "en", EXTRACT_EVENT_HELD, 18, "Seoul",
                    EXTRACT_KIND_GOVERNMENT);
}

/* The seat of a government, named for it ("Downing Street", "o Planalto", "la Casa Rosada"). */
Test(capitals22, a_seat_of_power_is_its_government)
{
    expect_claimant("Downing Street said 11 British nationals had been freed.", "en", EXTRACT_EVENT_RELEASE, 11,
                    "Downing Street", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O Planalto informou que 12 presos foram libertados.", "pt", EXTRACT_EVENT_RELEASE, 12, "Planalto",
                    EXTRACT_KIND_GOVERNMENT);
    expect_claimant("El Elíseo confirmó que 9 rehenes fueron liberados.", "es", EXTRACT_EVENT_RELEASE, 9, "Elíseo",
                    EXTRACT_KIND_GOVERNMENT);
}

/* Distractors: a capital that says where stays a place, and the speaker of the sentence keeps the claim. */
Test(capitals22, a_capital_that_says_where_is_no_claimant)
{
    expect_claimant("En Tokio, la policía detuvo a 15 manifestantes.", "es", EXTRACT_EVENT_DETENTION, 15, NULL, 0);
    expect_claimant("Cerca de 40 manifestantes foram detidos em Pequim, segundo a Anistia Internacional.", "pt",
                    EXTRACT_EVENT_DETENTION, 40, "Anistia Internacional", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Some 60 students remain in custody in Tehran, Amnesty International said.", "en",
                    EXTRACT_EVENT_HELD, 60, "Amnesty International", EXTRACT_KIND_ORGANIZATION);
}
