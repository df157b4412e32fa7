/* test_periods20.c - periods (the time a count covers), twentieth session: dates written without a year in a story
 * told years before the page. A month or run of months with no year ("entre mayo y junio", "desde março"), a day
 * inside the story's run of months, a day and month that were the story's own months before the page, and a day
 * of the month alone ("no dia 31") several paragraphs after the day it belongs to are read in the story's time,
 * not the page's. Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must
 * keep their dates (a count as of a month's close, a story of the present, the page's own anniversary, a day of
 * the present in between). The reference date is 2026-01-14 unless a test gives another. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(periods20, .init = setup, .fini = teardown);

/* "En marzo de 1985 … Entre mayo y junio, excarcelaron a 40": the months are 1985's (were 2025's). */
Test(periods20, months_without_a_year_in_a_story_of_years_ago)
{
    expect_days("Memoria de una amnistía.\n\nEn marzo de 1985 el Gobierno aprobó una reforma del código penal. Entre "
                "mayo y junio, las autoridades excarcelaron a 40 presos políticos.\n",
                "es", EXTRACT_EVENT_RELEASE, 40, "", "1985-05-01", "1985-06-30");
    expect_days("Memória de uma amnistia.\n\nEm março de 1985 o Governo aprovou uma reforma do código penal. Entre maio "
                "e junho, as autoridades libertaram 40 presos políticos.\n",
                "pt", EXTRACT_EVENT_RELEASE, 40, "", "1985-05-01", "1985-06-30");
    expect_days("Remembering an amnesty.\n\nIn March 1985 the government passed a reform of the penal code. Between May "
                "and June, the authorities released 40 political prisoners.\n",
                "en", EXTRACT_EVENT_RELEASE, 40, "", "1985-05-01", "1985-06-30");
}

/* distractors: a story of the present keeps the latest such months; a count as of a month's close is a figure of
 * the latest such month, whatever story the text tells */
Test(periods20, months_of_the_present_and_counts_as_of_a_month_close)
{
    expect_days("Balance del año.\n\nEntre mayo y junio, las autoridades excarcelaron a 40 presos políticos.\n", "es",
                EXTRACT_EVENT_RELEASE, 40, "", "2025-05-01", "2025-06-30");
    expect_days("Memoria de una amnistía.\n\nEn marzo de 1985 el Gobierno aprobó una reforma del código penal. La ONG "
                "contaba 120 presos políticos al cierre de agosto.\n",
                "es", EXTRACT_EVENT_HELD, 120, "", "", "2025-08-31");
    expect_days("Memória de uma amnistia.\n\nEm março de 1985 o Governo aprovou uma reforma do código penal. A ONG "
                "contava 120 presos políticos no último dia de agosto.\n",
                "pt", EXTRACT_EVENT_HELD, 120, "", "", "2025-08-31");
    expect_days("Remembering an amnesty.\n\nIn March 1985 the government passed a reform of the penal code. The "
                "group counts 120 political prisoners as of the end of August.\n",
                "en", EXTRACT_EVENT_HELD, 120, "", "", "2025-08-31");
}

/* A page written on the day's return ("14 de junio" on 14 June 2022) about a war "entre abril y julio de 1982": a
 * day within the story's months is the story's (was the page's own day). */
Test(periods20, a_day_within_the_story_months)
{
    expect_days_on("Cuarenta años de la guerra.\n\nLos combates se libraron entre abril y julio de 1982 en las islas. Tras "
                   "la rendición del 14 de junio, las tropas liberaron a 500 prisioneros.\n",
                   "es", "2022-06-14", EXTRACT_EVENT_RELEASE, 500, "", "1982-06-14", "1982-06-14");
    expect_days_on("Quarenta anos da guerra.\n\nOs combates travaram-se entre abril e julho de 1982 nas ilhas. Após a "
                   "rendição de 14 de junho, as tropas libertaram 500 prisioneiros.\n",
                   "pt", "2022-06-14", EXTRACT_EVENT_RELEASE, 500, "", "1982-06-14", "1982-06-14");
    expect_days_on("Forty years since the war.\n\nThe fighting ran between April and July 1982 on the islands. After the "
                   "surrender on 14 June, the troops released 500 prisoners.\n",
                   "en", "2022-06-14", EXTRACT_EVENT_RELEASE, 500, "", "1982-06-14", "1982-06-14");
}

/* "el 8 de noviembre de 2010 … detenidas entre el 8 y el 10 de noviembre" in a page of February 2013: the same
 * day and month months before the page is the story's (was 2012's, taken for the anniversary). */
Test(periods20, the_story_day_and_month_months_before_the_page)
{
    expect_days_on("El juicio.\n\nEl campamento, donde vivían 6.000 personas, fue desmantelado el 8 de noviembre de 2010 por "
                   "las fuerzas de seguridad.\n\nEl ministerio cifró en 163 las personas detenidas entre el 8 y el 10 de "
                   "noviembre.\n",
                   "es", "2013-02-17", EXTRACT_EVENT_DETENTION, 163, "", "2010-11-08", "2010-11-10");
    expect_days_on("O julgamento.\n\nO acampamento, onde viviam 6.000 pessoas, foi desmantelado a 8 de novembro de 2010 "
                   "pelas forças de segurança.\n\nO ministério contou 163 pessoas detidas entre 8 e 10 de novembro.\n",
                   "pt", "2013-02-17", EXTRACT_EVENT_DETENTION, 163, "", "2010-11-08", "2010-11-10");
    expect_days_on("The trial.\n\nThe camp, home to 6,000 people, was torn down on 8 November 2010 by the security "
                   "forces.\n\nThe ministry said 163 people were arrested between 8 and 10 November.\n",
                   "en", "2013-02-17", EXTRACT_EVENT_DETENTION, 163, "", "2010-11-08", "2010-11-10");
    /* distractor: the day's return within a month of the page is the anniversary the page is written for */
    expect_days_on("Nuevas cifras.\n\nEl asalto del 6 de enero de 2021 dejó cinco muertos.\n\nHasta el cuarto aniversario, el "
                   "pasado 6 de enero, 1.583 personas habían sido detenidas.\n",
                   "es", "2025-01-10", EXTRACT_EVENT_DETENTION, 1583, "", "", "2025-01-06");
}

/* "Em 31 de dezembro, … [paragraphs] … 155 libertados no dia 31": a day of the month alone is of the month of the
 * day named a few paragraphs before (was the latest 31st before the page). */
Test(periods20, a_day_of_the_month_alone_paragraphs_after_its_month)
{
    expect_days("O sequestro.\n\nEm 31 de dezembro de 1999, o ministro embarcou para a cidade com os três presos.\n\nOs "
                "negociadores discutiram a lista durante horas.\n\nE os reféns?\n\nAqui também há confusão.\n\nA imprensa "
                "falou em 155 reféns libertados no dia 31.\n",
                "pt", EXTRACT_EVENT_RELEASE, 155, "", "1999-12-31", "1999-12-31");
    expect_days("El secuestro.\n\nEl 31 de diciembre de 1999, el ministro viajó a la ciudad con los tres presos.\n\nLos "
                "negociadores discutieron la lista durante horas.\n\n¿Y los rehenes?\n\nAquí también hay confusión.\n\nLa "
                "prensa habló de 155 rehenes liberados el día 31.\n",
                "es", EXTRACT_EVENT_RELEASE, 155, "", "1999-12-31", "1999-12-31");
    expect_days("The hijacking.\n\nOn 31 December 1999, the minister flew to the city with the three prisoners.\n\nThe "
                "negotiators argued over the list for hours.\n\nAnd the hostages?\n\nHere too there is confusion.\n\nThe "
                "press spoke of 155 hostages freed on the 31st.\n",
                "en", EXTRACT_EVENT_RELEASE, 155, "", "1999-12-31", "1999-12-31");
    /* distractor: a day of the present in between brings the month back to the page's */
    expect_days("O sequestro.\n\nEm 31 de dezembro de 1999, o ministro embarcou para a cidade com os três presos.\n\nOs "
                "negociadores libertaram ontem dois reféns.\n\nE os reféns?\n\nAqui também há confusão.\n\nA imprensa falou em "
                "155 reféns libertados no dia 31.\n",
                "pt", EXTRACT_EVENT_RELEASE, 155, "", "2025-12-31", "2025-12-31");
}

/* A page written on the very return of the story's day (2 October 2018, after "2 de octubre de 1968"): the day and
 * month written out are the story's, since a writer calls the page's own day today (were the page's day). */
Test(periods20, the_story_day_on_the_page_own_day)
{
    expect_days_on("Medio siglo.\n\nEn la plaza se reunieron unas 10.000 personas la noche del 2 de octubre de 1968.\n\nSegún "
                   "la historiadora, la noche del 2 de octubre fueron detenidas hasta 2.000 personas.\n",
                   "es", "2018-10-02", EXTRACT_EVENT_DETENTION, 2000, "", "1968-10-02", "1968-10-02");
    expect_days_on("Meio século.\n\nNa praça juntaram-se cerca de 10.000 pessoas na noite de 2 de outubro de 1968.\n\nSegundo "
                   "a historiadora, na noite de 2 de outubro foram detidas até 2.000 pessoas.\n",
                   "pt", "2018-10-02", EXTRACT_EVENT_DETENTION, 2000, "", "1968-10-02", "1968-10-02");
    expect_days_on("Half a century.\n\nSome 10,000 people gathered in the square on the night of 2 October 1968.\n\nAccording "
                   "to the historian, up to 2,000 people were detained on the night of 2 October.\n",
                   "en", "2018-10-02", EXTRACT_EVENT_DETENTION, 2000, "", "1968-10-02", "1968-10-02");
}
