/* test_periods16.c - periods (the time a count covers), sixteenth session: spans closed by today or a part of it, a
 * weekday with its own date in brackets, a total since a day beside a day of the present, a month or year written
 * in digits opening the sentence, and yearless days in a story told years before the page. Sentences written for
 * these tests, in Spanish, Portuguese and English, with distractors that must keep their dates. The reference date
 * is 2026-01-14, a Wednesday, unless a test gives another. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(periods16, .init = setup, .fini = teardown);

#define ES_HEAD "CARACAS, 14 de enero de 2026 (EFE) – Continúan las excarcelaciones.\n\n"
#define PT_HEAD "CARACAS, 14 de janeiro de 2026 – Continuam as solturas.\n\n"
#define EN_HEAD "CARACAS, January 14, 2026 (AP) - Releases continue.\n\n"

/* "entre el lunes por la noche y esta mañana": a weekday opens the span, today closes it (was Monday alone). */
Test(periods16, a_span_from_a_weekday_to_this_morning)
{
    expect_days(ES_HEAD "La fiscalía contabilizó 230 detenciones entre el lunes por la noche y esta mañana.\n", "es",
                EXTRACT_EVENT_DETENTION, 230, "", "2026-01-12", "2026-01-14");
    expect_days(PT_HEAD "A procuradoria contabilizou 230 detenções entre o fim da tarde de segunda-feira e esta manhã.\n", "pt",
                EXTRACT_EVENT_DETENTION, 230, "", "2026-01-12", "2026-01-14");
    expect_days(EN_HEAD "Prosecutors counted 230 arrests between Monday night and this morning.\n", "en",
                EXTRACT_EVENT_DETENTION, 230, "", "2026-01-12", "2026-01-14");
    /* distractor: a span of two weekdays keeps its ends */
    expect_days(ES_HEAD "La fiscalía contabilizó 230 detenciones entre el lunes y el martes.\n", "es", EXTRACT_EVENT_DETENTION,
                230, "", "2026-01-12", "2026-01-13");
}

/* "since last Thursday (1 January)": the day in brackets says which Thursday. */
Test(periods16, a_weekday_with_its_date_in_brackets)
{
    expect_days(ES_HEAD "El ministro dijo que la policía ha practicado 640 arrestos desde el jueves pasado (1 de enero).\n",
                "es", EXTRACT_EVENT_DETENTION, 640, "", "2026-01-01", "");
    expect_days(PT_HEAD "O ministro disse que a polícia fez 640 detenções desde a última quinta-feira (1 de janeiro).\n", "pt",
                EXTRACT_EVENT_DETENTION, 640, "", "2026-01-01", "");
    expect_days(EN_HEAD "The minister said police had made 640 arrests since last Thursday (1 January).\n", "en",
                EXTRACT_EVENT_DETENTION, 640, "", "2026-01-01", "");
    /* distractor: without the date, last Thursday is the latest */
    expect_days(EN_HEAD "The minister said police had made 640 arrests since last Thursday.\n", "en", EXTRACT_EVENT_DETENTION,
                640, "", "2026-01-08", "");
}

/* "Today's arrests take the number detained since Saturday to 300": the total runs from Saturday. */
Test(periods16, a_total_since_a_day_beside_a_day_of_the_present)
{
    expect_days(ES_HEAD "Con los de hoy, ya son 300 los detenidos desde el sábado.\n", "es", EXTRACT_EVENT_DETENTION, 300, "",
                "2026-01-10", "");
    expect_days(PT_HEAD "Somando as detenções de hoje, o total de detidos desde sábado já passa de 300.\n", "pt",
                EXTRACT_EVENT_DETENTION, 300, "", "2026-01-10", "");
    expect_days(EN_HEAD "Today's arrests take the number of people detained since Saturday to more than 300.\n", "en",
                EXTRACT_EVENT_DETENTION, 300, "", "2026-01-10", "");
    /* distractor: a named weekday before a 'since' day describing the people keeps the day of the handover */
    expect_days(EN_HEAD "On Monday the army handed over 52 men who had been held at the base since December.\n", "en",
                EXTRACT_EVENT_RELEASE, 52, "", "2026-01-12", "2026-01-12");
}

/* "En 2019, el Gobierno excarceló a 1.500 presos": a written year opening the sentence places a one-off event. */
Test(periods16, a_written_year_opening_the_sentence_gives_no_period)
{
    expect_days(ES_HEAD "En 2019, el Gobierno excarceló a 1.500 presos por la pandemia.\n", "es", EXTRACT_EVENT_RELEASE, 1500,
                "", "", "");
    expect_days(PT_HEAD "Em 2019, o governo libertou 1.500 presos por causa da epidemia.\n", "pt", EXTRACT_EVENT_RELEASE,
                1500, "", "", "");
    expect_days(EN_HEAD "In 2019, the government freed 1,500 prisoners because of the epidemic.\n", "en",
                EXTRACT_EVENT_RELEASE, 1500, "", "", "");
    /* a month with its year opening the sentence is when the release happened: the gold gives it the month
     * wherever it opens the sentence itself (en/167, pt/180, pt/182; docs/corpus.md, nineteenth session) */
    expect_days(EN_HEAD "In March 2020, the king pardoned 901 prisoners.\n", "en", EXTRACT_EVENT_RELEASE, 901, "",
                "2020-03-01", "2020-03-31");
    /* distractors: a year named from the reference date, and a month right after the event word */
    expect_days(EN_HEAD "Last year alone, the group documented at least 35 new arrests.\n", "en", EXTRACT_EVENT_DETENTION, 35,
                "", "2025-01-01", "2025-12-31");
    expect_days(ES_HEAD "Dos de los acusados fueron liberados en julio de 2025.\n", "es", EXTRACT_EVENT_RELEASE, 2, "",
                "2025-07-01", "2025-07-31");
}

/* A yearless day after a full date years back, with no day of the present between: the story's year. */
Test(periods16, a_yearless_day_in_a_story_told_years_later)
{
    expect_days_on("3 de mayo de 2021\n\nLo que sí consta es que el 3 de mayo de 1971 la policía detuvo a unas 7.000 "
                   "personas en Washington.\n\nEl 24 de abril, la policía arrestó a un centenar de veteranos frente al "
                   "Capitolio.\n",
                   "es", "2021-05-03", EXTRACT_EVENT_DETENTION, 100, "", "1971-04-24", "1971-04-24");
    expect_days_on("Beirute, 26 jan 2023 (Lusa) – O caso continua.\n\nA explosão de 4 de agosto de 2020 no porto matou mais "
                   "de 220 pessoas.\n\nNas 48 horas seguintes, as autoridades detiveram 16 pessoas, anunciou a 6 de agosto "
                   "o Ministério Público.\n",
                   "pt", "2023-01-26", EXTRACT_EVENT_DETENTION, 16, "2020-08-06", "", "");
    expect_days_on("NEW YORK, January 16, 2014 (AP) - The city settled.\n\nIn a dispatch dated 3 September 2004, the agency "
                   "counted nearly 1,800 arrests over the week.\n\nOn 2 September, the city's lawyer said more than 1,100 "
                   "protesters had been arrested on Tuesday 31 August alone.\n",
                   "en", "2014-01-16", EXTRACT_EVENT_DETENTION, 1100, "2004-09-02", "2004-08-31", "2004-08-31");
    /* distractors: a day of the present brings the story back; the story's own day near the page is its
     * anniversary */
    expect_days_on("NEW YORK, January 16, 2014 (AP) - The city settled.\n\nIn a dispatch dated 3 September 2004, the agency "
                   "counted nearly 1,800 arrests over the week.\n\nOn Monday police said 40 protesters had been arrested at "
                   "the courthouse on 2 January.\n",
                   "en", "2014-01-16", EXTRACT_EVENT_DETENTION, 40, "2014-01-13", "2014-01-02", "2014-01-02");
    expect_days_on("WASHINGTON, 10 de enero de 2025 (EFE) – Nuevas cifras.\n\nEl asalto del 6 de enero de 2021 dejó cinco "
                   "muertos.\n\nHasta el cuarto aniversario, el pasado 6 de enero, 1.583 personas habían sido detenidas.\n",
                   "es", "2025-01-10", EXTRACT_EVENT_DETENTION, 1583, "", "", "2025-01-06");
}
