/* test_eventdate18.c - counts made in an event the story dated (eighteenth session): "detained in the raid",
 * "detenidas en el desalojo", "detidas na operação", "en aquel operativo" take the day (or span) the text gave the
 * same event (when.c, S_since_event with within=1; patterns/<lang>/dates.pat *.date.in_event and
 * *.date.in_that_event; event_kinds class operation). Sentences written for these tests, in Spanish, Portuguese and
 * English, with distractors that must keep their current output. The reference date 2026-01-14 is a Wednesday. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(eventdate18, .init = setup, .fini = teardown);

/* the event dated in an earlier sentence, named again with a word of its class */
Test(eventdate18, a_count_in_an_event_takes_the_day_told_before)
{
    expect_period("El desalojo del campamento del parque tuvo lugar el 5 de enero. Según la Fiscalía, 42 personas "
                  "fueron detenidas en el desalojo.",
                  "es", EXTRACT_EVENT_DETENTION, 42, "2026-01-05", "2026-01-05");
    expect_period("A rusga à fábrica aconteceu a 5 de janeiro. Segundo a polícia, 64 pessoas foram detidas na rusga.",
                  "pt", EXTRACT_EVENT_DETENTION, 64, "2026-01-05", "2026-01-05");
    expect_period("The police raid on the farm took place on 5 January. Thirty-two people were detained in the raid, "
                  "a police spokesman said.",
                  "en", EXTRACT_EVENT_DETENTION, 32, "2026-01-05", "2026-01-05");
}

/* "En aquel operativo": the event the sentence just before told, with its span */
Test(eventdate18, that_event_is_the_one_of_the_sentence_before)
{
    expect_period("Los agentes entraron en el barrio el 5 y 6 de enero. En aquel operativo fueron detenidas 58 personas.",
                  "es", EXTRACT_EVENT_DETENTION, 58, "2026-01-05", "2026-01-06");
    expect_period("Os agentes entraram no bairro a 5 de janeiro. Naquela operação foram detidas 58 pessoas.", "pt",
                  EXTRACT_EVENT_DETENTION, 58, "2026-01-05", "2026-01-05");
    expect_period("Officers moved into the camp on 5 January. In that operation, 58 people were detained.", "en",
                  EXTRACT_EVENT_DETENTION, 58, "2026-01-05", "2026-01-05");
}

/* the event dated in the sentence right after the count */
Test(eventdate18, the_event_may_be_dated_in_the_next_sentence)
{
    expect_period("Según la policía, 70 personas fueron detenidas en la redada. La redada se produjo el 5 de enero en una "
                  "fábrica.",
                  "es", EXTRACT_EVENT_DETENTION, 70, "2026-01-05", "2026-01-05");
    expect_period("Segundo a polícia, foram detidas na operação 64 pessoas. A operação decorreu a 5 de janeiro numa "
                  "fábrica.",
                  "pt", EXTRACT_EVENT_DETENTION, 64, "2026-01-05", "2026-01-05");
    expect_period("Officials said 70 people were detained in the raid. The raid took place on 5 January at a meat plant.",
                  "en", EXTRACT_EVENT_DETENTION, 70, "2026-01-05", "2026-01-05");
}

/* distractors: a day of the count's own keeps it; a bound keeps its span; an event told by its first and last
 * days ran over weeks; protests (plural, often many days) are not looked up */
Test(eventdate18, own_days_bounds_and_long_events_keep_their_dates)
{
    expect_period("The police raid on the farm took place on 5 January. Thirty-two people were detained in the raid on "
                  "Tuesday, a police spokesman said.",
                  "en", EXTRACT_EVENT_DETENTION, 32, "2026-01-13", "2026-01-13");
    expect_period("La redada tuvo lugar el 5 de enero. La policía dijo que 40 personas habían sido detenidas desde el "
                  "lunes en la redada.",
                  "es", EXTRACT_EVENT_DETENTION, 40, "2026-01-12", "");
    /* (a dateline first: the first day of a story may be read as its dateline) */
    expect_period("Lisboa, 12 jan (Lusa) - A polícia fez o balanço. A operação, lançada a 2 de dezembro, terminou na "
                  "sexta-feira (9). Segundo a polícia, 300 pessoas foram presas durante a operação.",
                  "pt", EXTRACT_EVENT_DETENTION, 300, "", "");
    expect_period("The operation, launched on 2 December, ended on Friday 9 January. Police said 300 people were "
                  "arrested during the operation.",
                  "en", EXTRACT_EVENT_DETENTION, 300, "", "");
    expect_period("Las protestas comenzaron el 5 de enero. Según la policía, 42 personas fueron detenidas en las "
                  "protestas.",
                  "es", EXTRACT_EVENT_DETENTION, 42, "", "");
}

/* no word of the event's class by a day: the one day the sentence just before, in the same paragraph, named */
Test(eventdate18, the_one_day_of_the_sentence_before)
{
    expect_period("Se conoce ya el balance del lunes. Según la policía, 51 personas fueron detenidas durante el operativo.",
                  "es", EXTRACT_EVENT_DETENTION, 51, "2026-01-12", "2026-01-12");
    expect_period("Já se conhece o balanço de segunda-feira. Segundo a polícia, 51 pessoas foram detidas durante a "
                  "operação.",
                  "pt", EXTRACT_EVENT_DETENTION, 51, "2026-01-12", "2026-01-12");
    expect_period("Police have put out their summary of Monday. Fifty-one people were arrested during the operation.", "en",
                  EXTRACT_EVENT_DETENTION, 51, "2026-01-12", "2026-01-12");
    /* distractors: two days before, or a day in another paragraph, say nothing of which */
    expect_period("The camp was set up on Friday and cleared on Monday. Fifty-one people were arrested during the "
                  "operation.",
                  "en", EXTRACT_EVENT_DETENTION, 51, "", "");
    expect_period("Police have put out their summary of Monday.\n\nFifty-one people were arrested during the operation.",
                  "en", EXTRACT_EVENT_DETENTION, 51, "", "");
}

/* "since midday", "desde la mañana", "desde o meio-dia": a time of day with no day of its own is today's (in a live
 * blog, the entry's), as "this morning" is: the count starts that day (patterns/<lang>/dates.pat
 * *.date.since_daypart) */
Test(eventdate18, since_a_time_of_day_starts_today)
{
    expect_period("La policía dijo que 120 personas han sido arrestadas desde la mañana en el centro.", "es",
                  EXTRACT_EVENT_DETENTION, 120, "2026-01-14", "");
    expect_period("A polícia disse que 120 pessoas foram detidas desde o meio-dia no centro.", "pt", EXTRACT_EVENT_DETENTION,
                  120, "2026-01-14", "");
    expect_period("The legal team says it has logged 120 arrests since midday.", "en", EXTRACT_EVENT_DETENTION, 120,
                  "2026-01-14", "");
    /* distractors: a time of a named day, and one of the day before, keep their dates */
    expect_period("La policía dijo que 120 personas han sido arrestadas desde la mañana del lunes.", "es",
                  EXTRACT_EVENT_DETENTION, 120, "2026-01-12", "");
    expect_period("The legal team says it has logged 120 arrests since midday on Monday.", "en", EXTRACT_EVENT_DETENTION,
                  120, "2026-01-12", "");
}
