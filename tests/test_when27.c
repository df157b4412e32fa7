/* test_when27.c - runs of days up to the statement's day (twenty-seventh session, extract/when.c, xc_last_days): a
 * count of people arrested or released "in the first two days", "en los últimos diez días", "nas primeiras 48
 * horas", given on a day the text names, covers the run of days ending that day ("last": N days back; "first": N - 1,
 * the statement made on the run's last day). Sentences written for these tests, in Spanish, Portuguese and English,
 * with distractors that must keep their output. The reference date is 2026-01-14, a Wednesday. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(when27, .init = setup, .fini = teardown);

#define REL EXTRACT_EVENT_RELEASE
#define DTN EXTRACT_EVENT_DETENTION
#define HLD EXTRACT_EVENT_HELD

/* "the first two days", said on Tuesday: Monday and Tuesday. */
Test(when27, the_first_days_end_on_the_statements_day)
{
    expect_days("El ministro del Interior dijo el martes que la policía había detenido a 82 personas en los primeros "
                "dos días de protestas.\n",
                "es", DTN, 82, "2026-01-13", "2026-01-12", "2026-01-13");
    expect_days("O ministro do Interior disse na terça-feira que a polícia tinha detido 82 pessoas nas primeiras 48 "
                "horas de protestos.\n",
                "pt", DTN, 82, "2026-01-13", "2026-01-12", "2026-01-13");
    expect_days("The interior minister said on Tuesday that police had arrested 82 people in the first two days of "
                "protests.\n",
                "en", DTN, 82, "2026-01-13", "2026-01-12", "2026-01-13");
    /* distractors: with no day for the statement the run has no end to count from */
    expect_days("La policía dijo que había detenido a 82 personas en los primeros dos días de protestas.\n", "es", DTN,
                82, "", "", "");
    expect_days("A polícia disse que tinha detido 82 pessoas nas primeiras 48 horas de protestos.\n", "pt", DTN, 82, "",
                "", "");
    expect_days("Police said they had arrested 82 people in the first two days of protests.\n", "en", DTN, 82, "", "",
                "");
}

/* "the last ten days", said on Tuesday: from ten days before it to that day; releases alike. */
Test(when27, the_last_days_run_back_from_the_statements_day)
{
    expect_days("La policía informó el martes de que había practicado 900 arrestos en los últimos diez días.\n", "es",
                DTN, 900, "2026-01-13", "2026-01-03", "2026-01-13");
    expect_days("A polícia informou na terça-feira que tinha feito 900 detenções nos últimos dez dias.\n", "pt", DTN,
                900, "2026-01-13", "2026-01-03", "2026-01-13");
    expect_days("Police said on Tuesday that 900 people had been arrested over the past ten days.\n", "en", DTN, 900,
                "2026-01-13", "2026-01-03", "2026-01-13");
    expect_days("El Gobierno anunció el martes que 35 presos habían sido excarcelados en los últimos tres días.\n",
                "es", REL, 35, "2026-01-13", "2026-01-10", "2026-01-13");
    expect_days("O governo anunciou na terça-feira que 35 presos tinham sido libertados nos últimos três dias.\n", "pt",
                REL, 35, "2026-01-13", "2026-01-10", "2026-01-13");
    expect_days("The government announced on Tuesday that 35 prisoners had been freed in the last three days.\n", "en",
                REL, 35, "2026-01-13", "2026-01-10", "2026-01-13");
    /* distractors: hours that are no whole number of days date nothing; people held are a stock counted on a
     * day, not a run of events */
    expect_days("La policía dijo el martes que había detenido a 82 personas en las primeras 36 horas de protestas.\n",
                "es", DTN, 82, "2026-01-13", "", "");
    expect_days("A polícia disse na terça-feira que tinha detido 82 pessoas nas primeiras 36 horas de protestos.\n",
                "pt", DTN, 82, "2026-01-13", "", "");
    expect_days("Police said on Tuesday they had arrested 82 people in the first 36 hours of protests.\n", "en", DTN, 82,
                "2026-01-13", "", "");
    expect_days("La ONG dijo el martes que 50 de los detenidos en los últimos diez días siguen presos.\n", "es", HLD, 50,
                "2026-01-13", "", "");
    expect_days("A ONG disse na terça-feira que 50 dos detidos nos últimos dez dias continuam presos.\n", "pt", HLD, 50,
                "2026-01-13", "", "");
    expect_days("The group said on Tuesday that 50 of those arrested in the past ten days remain in custody.\n", "en",
                HLD, 50, "2026-01-13", "", "");
}

/* "that same night" after a day told in the sentence before dates the arrest as "that night" did (en.date.same_day;
 * es "esa misma noche" and pt "naquela mesma noite" already read). */
Test(when27, that_same_night_is_the_day_told_before)
{
    expect_days("The bombs went off in two pubs on 5 January, killing 21 people.\nFive of the men were detained that "
                "same night at the port.\n",
                "en", DTN, 5, "", "2026-01-05", "2026-01-05");
    expect_days("Las bombas estallaron en dos bares el 5 de enero y mataron a 21 personas.\nCinco de los hombres "
                "fueron detenidos esa misma noche en el puerto.\n",
                "es", DTN, 5, "", "2026-01-05", "2026-01-05");
    expect_days("As bombas explodiram em dois bares em 5 de janeiro e mataram 21 pessoas.\nCinco dos homens foram "
                "detidos naquela mesma noite no porto.\n",
                "pt", DTN, 5, "", "2026-01-05", "2026-01-05");
}
