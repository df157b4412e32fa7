/* test_when25.c - dates of counted events (twenty-fifth session): a date written with its year after a 'since'
 * word, opening a span left open to the present, sets no story year for the days without one told after it
 * (recognize.c, S_open_since in S_anchor_years); a run of days opening on the story's own day and month is the
 * story's, not its anniversary near the page (S_story_year); "by the end of" a year or month, "para finales de",
 * "até ao fim de" a year bound a tally to its last day (patterns/{es,pt,en}/when25.pat). Sentences written for
 * these tests, in Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(when25, .init = setup, .fini = teardown);

#define REL EXTRACT_EVENT_RELEASE
#define DTN EXTRACT_EVENT_DETENTION
#define HLD EXTRACT_EVENT_HELD

/* "Desde el 10 de marzo de 2023 …" starts a count still running: "El 8 de enero" after it is the page's January. */
Test(when25, a_since_date_sets_no_story_year)
{
    expect_period("Desde el 10 de marzo de 2023 han sido liberados 900 presos, informó hoy la ONG.\n\n"
                  "El 8 de enero, las autoridades liberaron a 40 presos.\n",
                  "es", REL, 40, "2026-01-08", "2026-01-08");
    expect_period("Desde 10 de março de 2023 foram libertados 900 presos, informou hoje a ONG.\n\n"
                  "Em 8 de janeiro, as autoridades libertaram 40 presos.\n",
                  "pt", REL, 40, "2026-01-08", "2026-01-08");
    expect_period("Since 10 March 2023, 900 prisoners have been freed, the group said today.\n\n"
                  "On 8 January, the authorities freed 40 prisoners.\n",
                  "en", REL, 40, "2026-01-08", "2026-01-08");
}

/* Distractors: the same date told as a day of the story (no 'since') still sets its year. */
Test(when25, a_story_date_still_sets_the_year)
{
    expect_period("El 10 de marzo de 2023 fueron liberados 900 presos.\n\n"
                  "El 8 de enero, las autoridades liberaron a 40 presos.\n",
                  "es", REL, 40, "2023-01-08", "2023-01-08");
    expect_period("Em 10 de março de 2023 foram libertados 900 presos.\n\n"
                  "Em 8 de janeiro, as autoridades libertaram 40 presos.\n",
                  "pt", REL, 40, "2023-01-08", "2023-01-08");
    expect_period("On 10 March 2023, 900 prisoners were freed.\n\n"
                  "On 8 January, the authorities freed 40 prisoners.\n",
                  "en", REL, 40, "2023-01-08", "2023-01-08");
}

/* A page of 22 August 2022 on 15 August 1972: "del 15 al 20 de agosto" goes on from the story's day. */
Test(when25, a_run_of_days_from_the_story_day_is_the_story)
{
    expect_period_on("Hace cincuenta años, el 15 de agosto de 1972, 25 presos se fugaron del penal.\n\n"
                     "Del 15 al 20 de agosto, 19 detenidos permanecieron en los calabozos de la base.\n",
                     "es", "2022-08-22", HLD, 19, "1972-08-15", "1972-08-20");
    expect_period_on("Há cinquenta anos, em 15 de agosto de 1972, 25 presos fugiram da prisão.\n\n"
                     "De 15 a 20 de agosto, 19 presos permaneceram nas celas da base.\n",
                     "pt", "2022-08-22", HLD, 19, "1972-08-15", "1972-08-20");
    expect_period_on("Fifty years ago, on 15 August 1972, 25 prisoners escaped from the jail.\n\n"
                     "From 15 to 20 August, 19 prisoners were held in the cells of the base.\n",
                     "en", "2022-08-22", HLD, 19, "1972-08-15", "1972-08-20");
}

/* Distractors: the single day of the anniversary, days before the page, is still the page's year. */
Test(when25, the_anniversary_day_stays_the_pages)
{
    expect_period_on("El 15 de agosto de 1972, 25 presos se fugaron del penal.\n\n"
                     "El pasado 15 de agosto, en el aniversario, 30 personas fueron detenidas frente al penal.\n",
                     "es", "2022-08-22", DTN, 30, "2022-08-15", "2022-08-15");
    expect_period_on("Em 15 de agosto de 1972, 25 presos fugiram da prisão.\n\n"
                     "No passado dia 15 de agosto, no aniversário, 30 pessoas foram detidas diante da prisão.\n",
                     "pt", "2022-08-22", DTN, 30, "2022-08-15", "2022-08-15");
    expect_period_on("On 15 August 1972, 25 prisoners escaped from the jail.\n\n"
                     "On the anniversary last week, on 15 August, 30 people were arrested outside the jail.\n",
                     "en", "2022-08-22", DTN, 30, "2022-08-15", "2022-08-15");
}

/* "by the end of 1976" bounds the tally at the year's last day. */
Test(when25, by_the_end_of_a_year_is_its_last_day)
{
    expect_period("Según los archivos del ministerio, para finales de 1976 ya habían sido detenidas más de 5.000 "
                  "personas.\n",
                  "es", DTN, 5000, "", "1976-12-31");
    expect_period("Segundo os arquivos do ministério, até ao fim de 1976 tinham sido presas mais de 5.000 pessoas.\n",
                  "pt", DTN, 5000, "", "1976-12-31");
    expect_period("According to ministry files, more than 5,000 people had been arrested by the end of 1976.\n", "en",
                  DTN, 5000, "", "1976-12-31");
}

/* "By the end of November" after a story of 1976: November 1976's last day. (Portuguese "até ao fim de novembro"
 * was read before this session: en.date.month_alone's counterpart.) */
Test(when25, by_the_end_of_a_month_is_its_last_day)
{
    expect_period("El 3 de octubre de 1976 comenzaron las redadas. Para fines de noviembre habían sido liberados 30 "
                  "de los presos.\n",
                  "es", REL, 30, "", "1976-11-30");
    expect_period("The raids began on 3 October 1976. By the end of November, 30 of the prisoners had been "
                  "released.\n",
                  "en", REL, 30, "", "1976-11-30");
}

/* Distractors: an event told at the end of a year has no day the text gives. */
Test(when25, at_the_end_of_a_year_an_event_stays_undated)
{
    expect_period("A finales de 1976 fueron detenidas 5.000 personas en la capital.\n", "es", DTN, 5000, "", "");
    expect_period("No fim de 1976 foram presas 5.000 pessoas na capital.\n", "pt", DTN, 5000, "", "");
    expect_period("At the end of 1976, 5,000 people were arrested in the capital.\n", "en", DTN, 5000, "", "");
}

/* A range whose months are abbreviated with a full stop ("From Aug. 5 to Sept. 6, 1953", "del 5 de ago. al 6 de
 * sept. de 1953") is a range as with the months in full: both ends, in the year written. */
Test(when25, a_range_of_abbreviated_months)
{
    expect_period("Del 5 de ago. al 6 de sept. de 1953, el bando comunista liberó a 12.773 prisioneros.\n", "es", REL,
                  12773, "1953-08-05", "1953-09-06");
    expect_period("Entre 5 de ago. e 6 de set. de 1953, o lado comunista libertou 12.773 prisioneiros.\n", "pt", REL,
                  12773, "1953-08-05", "1953-09-06");
    expect_period("From Aug. 5 to Sept. 6, 1953, the communist side returned 12,773 prisoners.\n", "en", REL, 12773,
                  "1953-08-05", "1953-09-06");
    expect_period("Between Aug. 5 and Sept. 6, 1953, the communist side returned 12,773 prisoners.\n", "en", REL,
                  12773, "1953-08-05", "1953-09-06");
}

/* Distractors: a range ending a sentence on its month keeps its year from the reference date, the full stop being
 * the sentence's; the next sentence's year is not the range's (a next sentence opening "De 1953 …" would be read
 * as the range's year: the folded text has no capitals to tell it, a risk taken). */
Test(when25, a_range_ending_a_sentence_keeps_its_year)
{
    expect_period("Fueron liberados 40 presos del 5 al 6 de ago. En 1953 se abrió la primera cárcel de la isla.\n", "es",
                  REL, 40, "2025-08-05", "2025-08-06");
    expect_period("Foram libertados 40 presos de 5 a 6 de ago. Em 1953 abriu a primeira prisão da ilha.\n", "pt", REL,
                  40, "2025-08-05", "2025-08-06");
    expect_period("Police freed 40 prisoners from Aug. 5 to Aug. 6. In 1953 the first jail on the island opened.\n",
                  "en", REL, 40, "2025-08-05", "2025-08-06");
}

/* "el acercamiento anunciado el 17 de diciembre de 2014, La Habana excarceló en enero de 2015 a 53": the day after
 * a participle before the event word dates what the participle says; the month after the event word dates it. */
Test(when25, a_participles_day_is_not_the_events)
{
    expect_period_on("Como parte del acercamiento anunciado el 17 de diciembre de 2014, La Habana excarceló en enero de "
                     "2015 a 53 presos.\n",
                     "es", "2016-03-23", REL, 53, "2015-01-01", "2015-01-31");
    expect_period_on("Como parte da aproximação anunciada em 17 de dezembro de 2014, Havana libertou em janeiro de 2015 "
                     "53 presos.\n",
                     "pt", "2016-03-23", REL, 53, "2015-01-01", "2015-01-31");
    expect_period_on("Under the deal agreed on 17 December 2014, Havana freed in January 2015 some 53 prisoners.\n", "en",
                     "2016-03-23", REL, 53, "2015-01-01", "2015-01-31");
}

/* Distractors: the same day opening the sentence, no participle before it, still dates the release. */
Test(when25, an_opening_day_still_dates_the_event)
{
    expect_period_on("El 17 de diciembre de 2014, La Habana excarceló a 53 presos.\n", "es", "2016-03-23", REL, 53,
                     "2014-12-17", "2014-12-17");
    expect_period_on("Em 17 de dezembro de 2014, Havana libertou 53 presos.\n", "pt", "2016-03-23", REL, 53,
                     "2014-12-17", "2014-12-17");
    expect_period_on("On 17 December 2014, Havana freed 53 prisoners.\n", "en", "2016-03-23", REL, 53, "2014-12-17",
                     "2014-12-17");
}

/* "8.616 detenciones de corta duración por motivos políticos en todo 2015": "en todo", "em todo o", "in all of"
 * before a year after the count, in its clause, make the whole year its span (span_words), as "a lo largo de" did,
 * however many words describe the people first. */
Test(when25, in_all_of_a_year_is_its_span)
{
    expect_period_on("La ONG contabilizó 8.616 detenciones de corta duración por motivos políticos en todo 2015.\n", "es",
                     "2016-03-23", DTN, 8616, "2015-01-01", "2015-12-31");
    expect_period_on("A ONG contabilizou 8.616 detenções de curta duração por motivos políticos em todo o ano de "
                     "2015.\n",
                     "pt", "2016-03-23", DTN, 8616, "2015-01-01", "2015-12-31");
    expect_period_on("The group recorded 8,616 arrests for political reasons in all of 2015.\n", "en", "2016-03-23", DTN,
                     8616, "2015-01-01", "2015-12-31");
}

/* Distractors: the year set off by a comma after the count is background still. */
Test(when25, a_year_after_a_comma_stays_background)
{
    expect_period_on("La ONG contabilizó 8.616 detenciones de corta duración, la cifra más alta en todo 2015.\n", "es",
                     "2016-03-23", DTN, 8616, "", "");
    expect_period_on("A ONG contabilizou 8.616 detenções de curta duração, o número mais alto em todo o ano de 2015.\n",
                     "pt", "2016-03-23", DTN, 8616, "", "");
    expect_period_on("The group recorded 8,616 arrests for political reasons, the highest figure in all of 2015.\n", "en",
                     "2016-03-23", DTN, 8616, "", "");
}

/* Distractors: a day after a verb joined to the event word with "and" (no comma), and a noun in -ada after its
 * article ("la jornada del 27 de agosto,"), still date the release. */
Test(when25, a_joined_verbs_day_and_a_nouns_day_still_date_the_event)
{
    expect_period_on("Dos hombres fueron exculpados el 27 de agosto y liberados.\n", "es", "2025-09-10", REL, 2,
                     "2025-08-27", "2025-08-27");
    expect_period_on("Dois homens foram ilibados em 27 de agosto e libertados.\n", "pt", "2025-09-10", REL, 2,
                     "2025-08-27", "2025-08-27");
    expect_period_on("Two men were acquitted on Aug. 27 and released.\n", "en", "2025-09-10", REL, 2, "2025-08-27",
                     "2025-08-27");
    expect_period_on("Tras la jornada del 27 de agosto, los asaltantes liberaron a 40 rehenes.\n", "es", "2025-09-10",
                     REL, 40, "2025-08-27", "2025-08-27");
    expect_period_on("Na jornada de 27 de agosto, os sequestradores libertaram 40 reféns.\n", "pt", "2025-09-10", REL,
                     40, "2025-08-27", "2025-08-27");
    expect_period_on("After the hearing held on 27 August, the court released 40 prisoners.\n", "en", "2025-09-10", REL,
                     40, "2025-08-27", "2025-08-27");
}
