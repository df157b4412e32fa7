/* test_sincedaypart24.c - "desde la mañana", "desde a manhã", "since dawn": a part of the day a count runs from, with
 * no day of its own, is the part of the day named earlier in its sentence (the statement's "el martes"), as the small
 * hours already were (attribute ofday=1 on *.date.since_daypart, recognize.c S_small_hours_of_day), and the reference
 * day only when the sentence names none. Sentences written for these tests, in Spanish, Portuguese and English. The
 * reference date is Wednesday 14 January 2026. */
#include <criterion/criterion.h>

#include "claims_support.h"

TestSuite(sincedaypart24, .init = setup, .fini = teardown);

#define TUE "2026-01-13"
#define WED "2026-01-14"

Test(sincedaypart24, the_morning_of_the_day_named_before)
{
    expect_days("La policía informó el martes que desde la mañana había detenido a 40 manifestantes.", "es",
                EXTRACT_EVENT_DETENTION, 40, TUE, TUE, "");
    expect_days("La policía informó el martes que desde primera hora había detenido a 40 manifestantes.", "es",
                EXTRACT_EVENT_DETENTION, 40, TUE, TUE, "");
    expect_days("A polícia informou na terça-feira que desde a manhã tinha prendido 40 manifestantes.", "pt",
                EXTRACT_EVENT_DETENTION, 40, TUE, TUE, "");
    expect_days("Police said on Tuesday that since dawn they had arrested 40 protesters.", "en",
                EXTRACT_EVENT_DETENTION, 40, TUE, TUE, "");
}

/* distractors: with no day named in the sentence, the part of the day is the reference day's */
Test(sincedaypart24, no_day_named_is_the_reference_day)
{
    expect_days("La policía informó que desde la mañana había detenido a 40 manifestantes.", "es",
                EXTRACT_EVENT_DETENTION, 40, "", WED, "");
    expect_days("A polícia informou que desde a manhã tinha prendido 40 manifestantes.", "pt", EXTRACT_EVENT_DETENTION,
                40, "", WED, "");
    expect_days("Police said that since dawn they had arrested 40 protesters.", "en", EXTRACT_EVENT_DETENTION, 40, "",
                WED, "");
}
