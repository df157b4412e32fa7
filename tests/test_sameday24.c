/* test_sameday24.c - a part of the day a count of arrests or releases covers, with no day of its own (twenty-fourth
 * session, sameday): "more than 300 people had been arrested during the afternoon", "fueron detenidas durante la
 * tarde", "foram libertados desde o início da manhã", "released by mid-morning" cover the day the figure was given
 * on, from = to = claimed_on, as "across the day" already did (lexicon day_spans, xc_day_span in when.c). The night
 * stays out, as do a phrase naming its own day, a statement with no day, and people held. Sentences written for
 * these tests, in Spanish, Portuguese and English. The reference date is Wednesday 14 January 2026. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(sameday24, .init = setup, .fini = teardown);

#define TUE "2026-01-13"

/* a part of the day in the clause of the arrest or release: the statement's day */
Test(sameday24, part_of_the_day_covers_the_statement_day)
{
    expect_days("Police said on Tuesday that more than 300 people had been arrested during the afternoon.", "en",
                EXTRACT_EVENT_DETENTION, 300, TUE, TUE, TUE);
    expect_days("La policía informó el martes de que más de 300 personas fueron detenidas durante la tarde.", "es",
                EXTRACT_EVENT_DETENTION, 300, TUE, TUE, TUE);
    expect_days("A polícia informou na terça-feira que mais de 300 pessoas foram detidas durante a tarde.", "pt",
                EXTRACT_EVENT_DETENTION, 300, TUE, TUE, TUE);
    expect_days("The mayor said on Tuesday that 35 of the hostages had been freed by the evening.", "en",
                EXTRACT_EVENT_RELEASE, 35, TUE, TUE, TUE);
    expect_days("La Fiscalía dijo el martes que 45 detenidos quedaron en libertad hasta media tarde.", "es",
                EXTRACT_EVENT_RELEASE, 45, TUE, TUE, TUE);
    expect_days("A polícia disse na terça-feira que pelo menos 80 reféns foram libertados desde o início da manhã.",
                "pt", EXTRACT_EVENT_RELEASE, 80, TUE, TUE, TUE);
}

/* a hyphenated part of the day: the phrase's words are read across the hyphen */
Test(sameday24, hyphenated_part_of_the_day)
{
    expect_days("A court official said on Tuesday that about 120 of the protesters had been released by "
                "mid-morning.",
                "en", EXTRACT_EVENT_RELEASE, 120, TUE, TUE, TUE);
    expect_days("The sheriff said on Tuesday that 60 marchers had been booked by mid-afternoon.", "en",
                EXTRACT_EVENT_DETENTION, 60, TUE, TUE, TUE);
}

/* distractors: these keep their output */
Test(sameday24, night_own_day_no_day_and_held_unchanged)
{
    /* the night mostly reaches back to the night before the statement */
    expect_days("Police said on Tuesday that 40 people had been arrested during the night.", "en",
                EXTRACT_EVENT_DETENTION, 40, TUE, "", "");
    expect_days("La policía informó el martes de que 40 personas fueron detenidas durante la noche.", "es",
                EXTRACT_EVENT_DETENTION, 40, TUE, "", "");
    expect_days("A polícia informou na terça-feira que 40 pessoas foram detidas durante a noite.", "pt",
                EXTRACT_EVENT_DETENTION, 40, TUE, "", "");
    /* a part of the day of another occasion or day */
    expect_days("Police said on Tuesday that 50 people had been arrested during the afternoon of the march.", "en",
                EXTRACT_EVENT_DETENTION, 50, TUE, "", "");
    expect_days("La policía informó el martes de que 50 personas fueron detenidas durante la tarde del domingo.",
                "es", EXTRACT_EVENT_DETENTION, 50, TUE, "2026-01-11", "2026-01-11");
    expect_days("A polícia informou na terça-feira que 50 pessoas foram detidas durante a tarde de domingo.", "pt",
                EXTRACT_EVENT_DETENTION, 50, TUE, "2026-01-11", "2026-01-11");
    /* a 'since' word counting from an event rules the count, whatever part of the day follows */
    expect_days("Police said on Tuesday that 90 people had been arrested since the march began, most of them during "
                "the afternoon.",
                "en", EXTRACT_EVENT_DETENTION, 90, TUE, "", "");
    expect_days("La policía dijo el martes que 90 personas fueron detenidas desde el inicio de la marcha, la mayoría "
                "durante la tarde.",
                "es", EXTRACT_EVENT_DETENTION, 90, TUE, "", "");
    expect_days("Na terça-feira, ao fim da tarde, a polícia contabilizava 90 detenções desde o arranque da operação.",
                "pt", EXTRACT_EVENT_DETENTION, 90, TUE, "", "");
    /* no day for the statement: nothing to date the count by */
    expect_days("Police said more than 300 people had been arrested during the afternoon.", "en",
                EXTRACT_EVENT_DETENTION, 300, "", "", "");
    expect_days("La policía informó de que más de 300 personas fueron detenidas durante la tarde.", "es",
                EXTRACT_EVENT_DETENTION, 300, "", "", "");
    expect_days("A polícia informou que mais de 300 pessoas foram detidas durante a tarde.", "pt",
                EXTRACT_EVENT_DETENTION, 300, "", "", "");
    /* people held are a stock, not the day's events */
    expect_days("Police said on Tuesday that 70 people were still being held by the evening.", "en",
                EXTRACT_EVENT_HELD, 70, TUE, "", "");
    expect_days("La policía dijo el martes que 70 personas seguían presas durante la tarde.", "es", EXTRACT_EVENT_HELD,
                70, TUE, "", "");
    expect_days("A polícia disse na terça-feira que 70 pessoas continuavam presas durante a tarde.", "pt",
                EXTRACT_EVENT_HELD, 70, TUE, "", "");
}
