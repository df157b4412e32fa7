/* test_yearattach17.c - a whole month (or year) heading the clause of its count (seventeenth session): first in its
 * sentence with no comma after it ("In May that year the ministry announced another 90 releases"), or right after
 * the "that/que" or relative word opening the clause ("recordó que en marzo de 2015 otros 30 presos fueron
 * liberados", "a town where in June 2016 the army freed 45"), and a whole year "in all of" ("en todo 2023", "em
 * todo o ano de 2023", "in all of 2023"). Sentences written for these tests, in Spanish,
 * Portuguese and English, with distractors that must keep their dates. Reference date 2019-06-05. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(yearattach17, .init = setup, .fini = teardown);

/* period from and period to ("" for none) of the claim of that event and value, read on 2019-06-05. */
static void check(const char *text, const char *lang, extract_event ev, long long value, const char *from, const char *to)
{
    expect_period_on(text, lang, "2019-06-05", ev, value, from, to);
}

/* a month right after "that/que" of the clause holding the count (was no period) */
Test(yearattach17, a_month_after_that)
{
    check("Informe\n\nEl ministerio recordó en su nota que en marzo de 2015 otros 30 reclusos ya habían sido liberados.",
          "es", EXTRACT_EVENT_RELEASE, 30, "2015-03-01", "2015-03-31");
    check("Relatório\n\nO ministério recorda na nota que em março de 2015 outros 30 reclusos já tinham sido libertados.",
          "pt", EXTRACT_EVENT_RELEASE, 30, "2015-03-01", "2015-03-31");
    check("Report\n\nThe ministry recalled in its note that in March 2015 another 30 inmates had been released.", "en",
          EXTRACT_EVENT_RELEASE, 30, "2015-03-01", "2015-03-31");
    /* distractor: a month set off by a comma after "that" is an aside, left as it was */
    check("Report\n\nThe ministry said on Monday that 30 inmates had been released.", "en", EXTRACT_EVENT_RELEASE, 30, "",
          "");
}

/* a month right after a relative word ("donde", "onde", "where") opening the clause of the count */
Test(yearattach17, a_month_after_a_relative_word)
{
    check("Informe\n\nEl caso recuerda al de Maiduguri, donde en junio de 2016 el ejército liberó a 45 rehenes.", "es",
          EXTRACT_EVENT_RELEASE, 45, "2016-06-01", "2016-06-30");
    check("Relatório\n\nO caso lembra o de Maiduguri, onde em junho de 2016 o exército libertou 45 reféns.", "pt",
          EXTRACT_EVENT_RELEASE, 45, "2016-06-01", "2016-06-30");
    check("Report\n\nThe case recalls Maiduguri, where in June 2016 the federal army secured the return of 45 hostages.", "en",
          EXTRACT_EVENT_RELEASE, 45, "2016-06-01", "2016-06-30");
}

/* a month of "that year" heading the sentence, no comma, before a reporting verb */
Test(yearattach17, a_month_heading_the_sentence)
{
    check("Report\n\nIn 2012 the army took the town. In May that year the ministry announced another 90 releases.", "en",
          EXTRACT_EVENT_RELEASE, 90, "2012-05-01", "2012-05-31");
    check("Informe\n\nEn 2012 el ejército tomó la ciudad. En mayo de ese año el ministerio anunció otras 90 excarcelaciones.",
          "es", EXTRACT_EVENT_RELEASE, 90, "2012-05-01", "2012-05-31");
    check("Relatório\n\nEm 2012 o exército tomou a cidade. Em maio daquele ano o ministério anunciou outras 90 libertações.",
          "pt", EXTRACT_EVENT_RELEASE, 90, "2012-05-01", "2012-05-31");
    /* distractors: a year in digits opening the sentence stays background (the gold's majority, sixteenth session) */
    check("Report\n\nIn 2012 the army freed 90 prisoners in two stages.", "en", EXTRACT_EVENT_RELEASE, 90, "", "");
    check("Informe\n\nEn 2012, el ejército liberó a 90 presos en dos etapas.", "es", EXTRACT_EVENT_RELEASE, 90, "", "");
    /* another day between the month and the count dates it instead */
    check("Report\n\nIn May that year the ministry said on Monday, 14 May 2012, that 90 had been released.", "en",
          EXTRACT_EVENT_RELEASE, 90, "", "");
}

/* a whole year "en todo 2023", "em todo o ano de 2023", "in all of 2023" (was no date at all) */
Test(yearattach17, a_year_in_all_of)
{
    check("Informe\n\nSegún las cifras oficiales del ministerio, en todo 2023 fueron detenidas en el país 90 personas.",
          "es", EXTRACT_EVENT_DETENTION, 90, "2023-01-01", "2023-12-31");
    check("Relatório\n\nSegundo os números oficiais do ministério, em todo o ano de 2023 foram detidas no país 90 pessoas.",
          "pt", EXTRACT_EVENT_DETENTION, 90, "2023-01-01", "2023-12-31");
    check("Report\n\nAccording to the ministry's official figures, in all of 2023 police arrested 90 people.", "en",
          EXTRACT_EVENT_DETENTION, 90, "2023-01-01", "2023-12-31");
    /* distractor: "todo" before a count is no year */
    check("Informe\n\nEn todo el país fueron detenidas 90 personas.", "es", EXTRACT_EVENT_DETENTION, 90, "", "");
}
