/* test_periodclause18.c - periods written in the count's own sentence (eighteenth session): the end of a month or
 * year ("at the end of last year", "a fines de 2024", "no final de outubro") is the day a held count is counted as
 * of, the 'to' of its period; an event told at a month's end has no day the text gives, and a month's end set off
 * right after the reporting verb is when it spoke. Sentences written for these tests, in Spanish, Portuguese and
 * English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(periodclause18, .init = setup, .fini = teardown);

/* A held count at the end of a year: the year's last day is its 'to'. */
Test(periodclause18, the_end_of_a_year_is_the_to_of_a_held_count)
{
    expect_period("Según la Defensoría, las cárceles del país albergaban unos 42.000 reclusos a finales de 2024.", "es",
                  EXTRACT_EVENT_HELD, 42000, "", "2024-12-31");
    expect_period("Al terminar 2023, más de 300 opositores seguían presos, según la ONG.", "es", EXTRACT_EVENT_HELD,
                  300, "", "2023-12-31");
    expect_period("Segundo a Pastoral Carcerária, cerca de 8.000 pessoas estavam presas no final de 2024.", "pt",
                  EXTRACT_EVENT_HELD, 8000, "", "2024-12-31");
    expect_period("The prison service said its jails held about 41,000 inmates at the end of last year.", "en",
                  EXTRACT_EVENT_HELD, 41000, "", "2025-12-31");
    expect_period("At the end of 2024, more than 300 activists remained in custody, the group said.", "en",
                  EXTRACT_EVENT_HELD, 300, "", "2024-12-31");
}

/* A held count at the end of a month named without its year: that month's last day. */
Test(periodclause18, the_end_of_a_month_is_the_to_of_a_held_count)
{
    expect_period_on("La ONG contaba 120 presos políticos a finales de noviembre.", "es", "2025-12-10",
                     EXTRACT_EVENT_HELD, 120, "", "2025-11-30");
    expect_period_on("Cerca de 900 migrantes estavam em detenção no final de novembro, segundo o ministério.", "pt",
                     "2025-12-10", EXTRACT_EVENT_HELD, 900, "", "2025-11-30");
    expect_period_on("About 900 migrants were in immigration detention at the end of November, the ministry said.",
                     "en", "2025-12-10", EXTRACT_EVENT_HELD, 900, "", "2025-11-30");
}

/* Set off right after the reporting verb, with no "that" between, the month's end is when the verb spoke; past the
 * "that", it is the reported count's. */
Test(periodclause18, the_end_of_a_month_after_the_verb_is_when_it_spoke)
{
    expect_period_on("O governo reconhecia, no fim de setembro, cerca de 5.000 presos no estádio.", "pt", "2025-12-10",
                     EXTRACT_EVENT_HELD, 5000, "", "");
    expect_period_on("La fiscalía calculaba que, a finales de septiembre, unos 5.000 presos seguían en el estadio.", "es",
                     "2025-12-10", EXTRACT_EVENT_HELD, 5000, "", "2025-09-30");
}

/* Distractors: an event at a month's end stays undated; "until the end of" keeps its 'to' for any event; "the end
 * of the day", "al final del juicio", "ao fim de cinco dias" are no dates. */
Test(periodclause18, events_and_other_ends_keep_their_output)
{
    expect_period_on("A finales de junio, los secuestradores liberaron a cuatro rehenes.", "es", "2025-12-10",
                     EXTRACT_EVENT_RELEASE, 4, "", "");
    expect_period_on("No fim de junho, os sequestradores libertaram quatro reféns.", "pt", "2025-12-10",
                     EXTRACT_EVENT_RELEASE, 4, "", "");
    expect_period_on("At the end of June, the kidnappers freed four hostages.", "en", "2025-12-10",
                     EXTRACT_EVENT_RELEASE, 4, "", "");
    expect_period("Hasta finales de 2024 habían sido excarcelados 300 presos.", "es", EXTRACT_EVENT_RELEASE, 300, "",
                  "2024-12-31");
    expect_period("Al final del juicio, 12 acusados seguían presos.", "es", EXTRACT_EVENT_HELD, 12, "", "");
    expect_period("Ao fim de cinco dias, 12 manifestantes continuavam presos.", "pt", EXTRACT_EVENT_HELD, 12, "", "");
    /* the weekend keeps its own span (fifteenth session) */
    expect_period("No fim de semana, 12 manifestantes continuavam presos.", "pt", EXTRACT_EVENT_HELD, 12, "2026-01-10",
                  "2026-01-11");
    expect_period("At the end of the day, 12 protesters were still in custody.", "en", EXTRACT_EVENT_HELD, 12, "", "");
}

/* A held count is a state, not a one-off event: the month or year opening its sentence is when the people were held;
 * an event after an opening year in digits stays undated (sixteenth session), and so does a held count that a
 * reporting verb after the year says. */
Test(periodclause18, an_opening_month_or_year_dates_a_held_count)
{
    expect_period("En su peor momento, en 2004, la prisión llegó a tener unos 900 presos.", "es", EXTRACT_EVENT_HELD,
                  900, "2004-01-01", "2004-12-31");
    expect_period("Em março de 2005, no pior momento, a prisão chegou a ter 900 presos.", "pt", EXTRACT_EVENT_HELD, 900,
                  "2005-03-01", "2005-03-31");
    expect_period("At its worst, in 2004, the jail held about 900 prisoners.", "en", EXTRACT_EVENT_HELD, 900,
                  "2004-01-01", "2004-12-31");
    /* the month heading the clause after "that", set off by a relative clause */
    expect_period("Calculo que en marzo de 2004, que fue el peor mes, unas 900 personas estaban presas.", "es",
                  EXTRACT_EVENT_HELD, 900, "2004-03-01", "2004-03-31");
    expect_period("Calculo que em março de 2004, que foi o pior mês, cerca de 900 pessoas estavam presas.", "pt",
                  EXTRACT_EVENT_HELD, 900, "2004-03-01", "2004-03-31");
    expect_period("I estimate that in March 2004, which was the worst month, some 900 people were behind bars.", "en",
                  EXTRACT_EVENT_HELD, 900, "2004-03-01", "2004-03-31");
    /* distractors */
    expect_period("En 2004, la policía detuvo a 900 manifestantes.", "es", EXTRACT_EVENT_DETENTION, 900, "", "");
    expect_period("In 2004, police arrested 900 protesters.", "en", EXTRACT_EVENT_DETENTION, 900, "", "");
    expect_period("Em 2019, o ministro afirmou que cerca de 20 cidadãos estavam presos no estrangeiro.", "pt",
                  EXTRACT_EVENT_HELD, 20, "", "");
}

/* A day before a reporting verb that has its own day right after it is the reported event's, not the statement's:
 * "freed 100 hostages at the airport late on Saturday, the military said on Sunday". */
Test(periodclause18, a_day_before_a_verb_with_its_own_day_dates_the_event)
{
    expect_period("Troops freed 120 hostages at the airport late on Saturday, the military said on Sunday.", "en",
                  EXTRACT_EVENT_RELEASE, 120, "2026-01-10", "2026-01-10");
    expect_period("Las tropas liberaron a 120 rehenes en el aeropuerto el sábado por la noche, dijo el domingo el ejército.",
                  "es", EXTRACT_EVENT_RELEASE, 120, "2026-01-10", "2026-01-10");
    expect_period("As tropas libertaram 120 reféns no aeroporto na noite de sábado, disse no domingo o exército.", "pt",
                  EXTRACT_EVENT_RELEASE, 120, "2026-01-10", "2026-01-10");
    /* distractor: with no day after the verb, the day before it stays the statement's */
    expect_period("Troops freed 120 hostages at the airport, the military said on Sunday.", "en", EXTRACT_EVENT_RELEASE,
                  120, "", "");
}

/* A noun after its article is no participle describing the people counted, however it ends: "durante la jornada del
 * domingo" dates the count. */
Test(periodclause18, a_noun_after_its_article_is_no_participle)
{
    expect_period("La policía informó de que había detenido a 230 manifestantes durante la jornada del domingo.", "es",
                  EXTRACT_EVENT_DETENTION, 230, "2026-01-11", "2026-01-11");
    expect_period("A polícia informou que tinha detido 230 manifestantes durante a madrugada de domingo.", "pt",
                  EXTRACT_EVENT_DETENTION, 230, "2026-01-11", "2026-01-11");
    /* distractors: a participle describing the people keeps its day, and so does a plural one after its article */
    expect_period("Fueron liberados 30 presos condenados el lunes.", "es", EXTRACT_EVENT_RELEASE, 30, "", "");
    expect_period("El juzgado dejó en libertad a 12 de los detenidos del lunes.", "es", EXTRACT_EVENT_RELEASE, 12, "", "");
}
