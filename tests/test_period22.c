/* test_period22.c - periods (twenty-second session): a word of the present day after the event word of people still
 * held ("were still being held early this morning", "siguen detenidas esta mañana", "continuavam presos nesta
 * manhã") says until when they were held: the period's end is that day (when.c, S_held_until_today). Sentences
 * written for these tests, in Spanish, Portuguese and English, with distractors that must keep no period: the present
 * word before the count or its event word ("nowadays", the statement's), a future ("will spend the night"), an
 * occasion named with "de hoy", and a release. Reference date 2026-01-14. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(period22, .init = setup, .fini = teardown);

/* The present hour in the predicate of people still held closes their period. */
Test(period22, a_present_hour_after_still_held_is_the_end)
{
    expect_period("Unos 45 manifestantes seguían detenidos esta madrugada en la comisaría central.", "es",
                  EXTRACT_EVENT_HELD, 45, "", "2026-01-14");
    expect_period("Al menos 12 activistas siguen retenidos esta mañana en dependencias policiales, según su abogada.",
                  "es", EXTRACT_EVENT_HELD, 12, "", "2026-01-14");
    expect_period("Cerca de 45 manifestantes continuavam detidos nesta madrugada na esquadra central.", "pt",
                  EXTRACT_EVENT_HELD, 45, "", "2026-01-14");
    expect_period("Os 12 ativistas, disse a advogada, permaneciam sob custódia esta manhã.", "pt", EXTRACT_EVENT_HELD, 12,
                  "", "2026-01-14");
    expect_period("Some 45 protesters were still being held at the central station early this morning.", "en",
                  EXTRACT_EVENT_HELD, 45, "", "2026-01-14");
    expect_period("At least 12 activists remain in police custody this morning, their lawyer said.", "en",
                  EXTRACT_EVENT_HELD, 12, "", "2026-01-14");
}

/* Distractors: "today" before the count or its event word says "nowadays" or dates the statement; a future spends
 * the night to come; "de hoy" names an occasion; a release keeps its own reading. */
Test(period22, present_words_elsewhere_keep_no_period)
{
    expect_period("Las cárceles del país tienen hoy unos 9.000 reclusos.", "es", EXTRACT_EVENT_HELD, 9000, "", "");
    expect_period("As prisões do país têm hoje cerca de 9.000 reclusos.", "pt", EXTRACT_EVENT_HELD, 9000, "", "");
    expect_period("Some 58 protesters will spend the night in custody tonight, police said.", "en", EXTRACT_EVENT_HELD, 58,
                  "", "");
    expect_period("Mais de 300 presos continuam nas cadeias mesmo depois da troca de hoje.", "pt", EXTRACT_EVENT_HELD, 300,
                  "", "");
    expect_period("A fundação estima que cerca de 900 pessoas estejam hoje em poder da guerrilha.", "pt", EXTRACT_EVENT_HELD, 900,
                  "", "");
}

/* A bare "today" is the hour only right after a verb of remaining. */
Test(period22, a_bare_today_after_a_verb_of_remaining)
{
    expect_period("Cerca de 45 imigrantes continuavam hoje sob custódia federal.", "pt", EXTRACT_EVENT_HELD, 45, "",
                  "2026-01-14");
    expect_period("Unos 45 inmigrantes seguían hoy bajo custodia federal.", "es", EXTRACT_EVENT_HELD, 45, "", "2026-01-14");
}

/* A participle right after a passive auxiliary is the verb of its sentence: its day is the day of the release
 * coordinated with it ("were acquitted on … and released"), not a description of the people. */
Test(period22, a_passive_verb_coordinated_with_the_release)
{
    expect_period("Three men were acquitted on 9 January and released.", "en", EXTRACT_EVENT_RELEASE, 3, "2026-01-09",
                  "2026-01-09");
    expect_period("Tres hombres fueron absueltos el 9 de enero y puestos en libertad.", "es", EXTRACT_EVENT_RELEASE, 3,
                  "2026-01-09", "2026-01-09");
    expect_period("Três homens foram absolvidos a 9 de janeiro e libertados.", "pt", EXTRACT_EVENT_RELEASE, 3,
                  "2026-01-09", "2026-01-09");
    /* distractor: a participle describing the people keeps its day away from the release */
    expect_period("Police freed 20 of the people arrested on 9 January.", "en", EXTRACT_EVENT_RELEASE, 20, "", "");
    expect_period("La policía liberó a 20 de las personas detenidas el 9 de enero.", "es", EXTRACT_EVENT_RELEASE, 20, "",
                  "");
}
