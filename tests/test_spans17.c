/* test_spans17.c - periods written in the sentence with calendar words (seventeenth session): spans of whole years,
 * months of "that year" (the year named last), spans closed by "the end of" a month or year, and "since the start
 * of" a year. Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep
 * their dates. The reference date is 2019-06-05 unless a test gives another. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(spans17, .init = setup, .fini = teardown);

/* period from and period to ("" for none) of the claim of that event and value, read on 2019-06-05. */
static void check(const char *text, const char *lang, extract_event ev, long long value, const char *from, const char *to)
{
    expect_period_on(text, lang, "2019-06-05", ev, value, from, to);
}

/* "entre 1976 y 1983": from 1 January of the first year to 31 December of the second (was no date at all). */
Test(spans17, a_span_of_whole_years)
{
    check("Informe\n\nSegún la comisión, entre 1974 y 1981 unas 8.000 personas fueron encarceladas en la isla.", "es",
          EXTRACT_EVENT_HELD, 8000, "1974-01-01", "1981-12-31");
    check("Relatório\n\nSegundo a comissão, cerca de 8.000 pessoas estiveram presas no forte entre 1974 e 1981.", "pt",
          EXTRACT_EVENT_HELD, 8000, "1974-01-01", "1981-12-31");
    check("Report\n\nAccording to the commission, some 8,000 people were jailed on the island between 1974 and 1981.", "en",
          EXTRACT_EVENT_DETENTION, 8000, "1974-01-01", "1981-12-31");
    check("Report\n\nThe commission found that 8,000 people were jailed from 1974 to 1981.", "en",
          EXTRACT_EVENT_DETENTION, 8000, "1974-01-01", "1981-12-31");
    /* distractors: a span of months keeps its months; a range of counts is no span of years */
    check("Informe\n\nEntre abril y junio de 2018, la policía detuvo a 300 personas.", "es", EXTRACT_EVENT_DETENTION, 300,
          "2018-04-01", "2018-06-30");
    check("Report\n\nBetween 2000 and 3000 people were detained, the group said.", "en", EXTRACT_EVENT_DETENTION, 3000, "", "");
}

/* "cautivas entre 1976 y 1983, y apenas unas 200 fueron liberadas": a span of years is the time of every count of its
 * sentence when no other date is named there (the second count had none). */
Test(spans17, a_span_of_years_shared_by_the_counts_of_its_sentence)
{
    check("Informe\n\nUnas 3.000 personas pasaron por el centro entre 1975 y 1982, y solo unas 150 fueron liberadas.", "es",
          EXTRACT_EVENT_RELEASE, 150, "1975-01-01", "1982-12-31");
    check("Relatório\n\nCerca de 3.000 pessoas estiveram presas no forte entre 1975 e 1982, e só cerca de 150 foram "
          "libertadas.",
          "pt", EXTRACT_EVENT_RELEASE, 150, "1975-01-01", "1982-12-31");
    check("Report\n\nSome 3,000 people were held in the camp between 1975 and 1982, and only about 150 were freed.", "en",
          EXTRACT_EVENT_RELEASE, 150, "1975-01-01", "1982-12-31");
    /* distractor: a second count with its own year keeps none of the span */
    check("Report\n\nSome 3,000 people were held in the camp between 1975 and 1982, and 150 were freed in 1990.", "en",
          EXTRACT_EVENT_RELEASE, 150, "1990-01-01", "1990-12-31");
}

/* "entre noviembre y diciembre de aquel año": the year is the one written last before it, not the page's. */
Test(spans17, months_of_that_year)
{
    check("Crónica\n\nEl indulto se firmó en octubre de 1986. Entre noviembre y diciembre de aquel año salieron de "
          "prisión unos 300 reclusos.",
          "es", EXTRACT_EVENT_RELEASE, 300, "1986-11-01", "1986-12-31");
    check("Crónica\n\nO indulto foi assinado em outubro de 1986. Entre novembro e dezembro daquele ano saíram da "
          "prisão cerca de 300 reclusos.",
          "pt", EXTRACT_EVENT_RELEASE, 300, "1986-11-01", "1986-12-31");
    check("Chronicle\n\nThe pardon was signed in October 1986. Between November and December that year, about 300 "
          "inmates were freed.",
          "en", EXTRACT_EVENT_RELEASE, 300, "1986-11-01", "1986-12-31");
    /* distractor: a span with its own year keeps it */
    check("Crónica\n\nEl indulto se firmó en octubre de 1986. Entre noviembre y diciembre de 1987 salieron de "
          "prisión unos 300 reclusos.",
          "es", EXTRACT_EVENT_RELEASE, 300, "1987-11-01", "1987-12-31");
}

/* "between 11 September 2001 and the end of September 2004": the month after "the end of" closes the span on its
 * last day (was the first day alone). */
Test(spans17, a_span_closed_by_the_end_of_a_month)
{
    check("Informe\n\nUnas 700 personas fueron detenidas entre el 3 de marzo de 2002 y finales de octubre de 2005, según "
          "el ministerio.",
          "es", EXTRACT_EVENT_DETENTION, 700, "2002-03-03", "2005-10-31");
    check("Relatório\n\nCerca de 700 pessoas foram detidas entre 3 de março de 2002 e o fim de outubro de 2005, segundo "
          "o ministério.",
          "pt", EXTRACT_EVENT_DETENTION, 700, "2002-03-03", "2005-10-31");
    check("Report\n\nAbout 700 people were detained between March 3, 2002 and the end of October 2005, the ministry "
          "said.",
          "en", EXTRACT_EVENT_DETENTION, 700, "2002-03-03", "2005-10-31");
    /* "the end of March this year": the month of the reference date's year */
    check("Report\n\nAbout 700 people were detained between March 3, 2002 and the end of March this year, the ministry "
          "said.",
          "en", EXTRACT_EVENT_DETENTION, 700, "2002-03-03", "2019-03-31");
    check("Informe\n\nUnas 700 personas fueron detenidas entre el 3 de marzo de 2002 y finales de marzo de este año, según "
          "el ministerio.",
          "es", EXTRACT_EVENT_DETENTION, 700, "2002-03-03", "2019-03-31");
    /* distractor: a span of two days keeps both days */
    check("Report\n\nAbout 700 people were detained between 3 March and 5 March 2002, the ministry said.", "en",
          EXTRACT_EVENT_DETENTION, 700, "2002-03-03", "2002-03-05");
}

/* "since the start of 2016": the first day of that year opens the count (was no date in en). */
Test(spans17, since_the_start_of_a_year)
{
    check("Report\n\nThe group says at least 900 people have been abducted since the start of 2016.", "en",
          EXTRACT_EVENT_DETENTION, 900, "2016-01-01", "");
    /* distractors: es and pt already read "desde principios de", "desde o início de", and keep that reading */
    check("Informe\n\nEl grupo afirma que al menos 900 personas han sido secuestradas desde principios de 2016.", "es",
          EXTRACT_EVENT_DETENTION, 900, "2016-01-01", "");
    check("Relatório\n\nO grupo afirma que pelo menos 900 pessoas foram sequestradas desde o início de 2016.", "pt",
          EXTRACT_EVENT_DETENTION, 900, "2016-01-01", "");
}
