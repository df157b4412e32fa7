/* test_when26.c - statement days read as the day of the event (twenty-sixth session, extract/when.c): a day set
 * off by commas right after a reporting verb ("contabilizava, na segunda-feira, 1.963 presos") is the verb's; the
 * "that" of what was said after a verb's day ("dijo ayer que, desde el sábado, …", "John M. Smith said yesterday
 * that, since …") does not make that day open the sentence and date the event. Sentences written for these tests,
 * in Spanish, Portuguese and English, with distractors that must keep their output. The reference date is
 * 2026-01-14, a Wednesday. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(when26, .init = setup, .fini = teardown);

#define REL EXTRACT_EVENT_RELEASE
#define DTN EXTRACT_EVENT_DETENTION
#define HLD EXTRACT_EVENT_HELD

/* A day between commas right after the verb that gives the figure says when it was given; people held take no
 * period from the statement's day. */
Test(when26, a_day_set_off_after_the_verb_is_the_statements)
{
    expect_days("La ONG Foro Penal contabilizaba, el lunes, 1.963 presos políticos en el país.\n", "es", HLD, 1963,
                "2026-01-12", "", "");
    expect_days("A ONG Foro Penal contabilizava, na segunda-feira, 1.963 presos políticos no país.\n", "pt", HLD, 1963,
                "2026-01-12", "", "");
    expect_days("The group Foro Penal counted, on Monday, 1,963 political prisoners in the country.\n", "en", HLD, 1963,
                "2026-01-12", "", "");
}

/* Distractors: after a verb of the event, not of reporting, the day set off by commas dates the event. */
Test(when26, a_day_set_off_after_an_event_verb_dates_the_event)
{
    expect_days("La policía detuvo, el lunes, a 40 personas en la capital.\n", "es", DTN, 40, "", "2026-01-12",
                "2026-01-12");
    expect_days("A polícia prendeu, na segunda-feira, 40 pessoas na capital.\n", "pt", DTN, 40, "", "2026-01-12",
                "2026-01-12");
    expect_days("Police arrested, on Monday, 40 people in the capital.\n", "en", DTN, 40, "", "2026-01-12",
                "2026-01-12");
}

/* "dijo ayer que, desde el sábado, …": the verb's day, before the "that" and its aside, is the statement's. */
Test(when26, the_that_after_the_verbs_day_keeps_it_the_statements)
{
    expect_days("Juan Santos dijo ayer que, desde el sábado, los agentes habían detenido a 300 personas.\n", "es", DTN,
                300, "2026-01-13", "2026-01-10", "");
    expect_days("João Santos disse ontem que, desde sábado, os agentes tinham detido 300 pessoas.\n", "pt", DTN, 300,
                "2026-01-13", "2026-01-10", "");
    expect_days("John Smith said yesterday that, since Saturday, officers had arrested 300 people.\n", "en", DTN, 300,
                "2026-01-13", "2026-01-10", "");
}

/* The same after a name with an initial, whose full stop the opening-day reading took for a sentence's end. */
Test(when26, the_same_after_a_names_initial)
{
    expect_days("El jefe de policía Juan M. Santos dijo ayer que, desde el sábado, los agentes habían detenido a 300 "
                "personas.\n",
                "es", DTN, 300, "2026-01-13", "2026-01-10", "");
    expect_days("O chefe da polícia João M. Santos disse ontem que, desde sábado, os agentes tinham detido 300 "
                "pessoas.\n",
                "pt", DTN, 300, "2026-01-13", "2026-01-10", "");
    expect_days("Police Chief John M. Smith said yesterday that, since Saturday, officers had arrested 300 people.\n",
                "en", DTN, 300, "2026-01-13", "2026-01-10", "");
}

/* Distractors: a day opening the sentence with its comma still dates the event told after it; "alone" after the
 * day is still part of the opening phrase. */
Test(when26, an_opening_day_still_dates_the_event)
{
    expect_days("Ayer, la policía detuvo a 25 personas en la plaza.\n", "es", DTN, 25, "", "2026-01-13", "2026-01-13");
    expect_days("Ontem, a polícia prendeu 25 pessoas na praça.\n", "pt", DTN, 25, "", "2026-01-13", "2026-01-13");
    expect_days("Yesterday alone, police arrested 25 people in the square.\n", "en", DTN, 25, "", "2026-01-13",
                "2026-01-13");
}

/* Distractor: a capital letter closing a sentence ("na rede social X."), then a day opening the next sentence with
 * its comma: that day still dates the event. */
Test(when26, a_day_opening_the_next_sentence_still_dates_the_event)
{
    expect_days("O ministro escreveu na rede social X. Na segunda-feira, a polícia prendeu 30 pessoas.\n", "pt", DTN,
                30, "", "2026-01-12", "2026-01-12");
    expect_days("El ministro escribió en la red social X. El lunes, la policía detuvo a 30 personas.\n", "es", DTN, 30,
                "", "2026-01-12", "2026-01-12");
    expect_days("The minister wrote on the social network X. On Monday, police arrested 30 people.\n", "en", DTN, 30,
                "", "2026-01-12", "2026-01-12");
}
