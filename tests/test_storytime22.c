/* test_storytime22.c - the story's time (twenty-second session): days without a year in a story told years back,
 * read in the story's year rather than the page's. Sentences written for these tests, in Spanish, Portuguese and
 * English, with distractors that must keep their reading. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(storytime22, .init = setup, .fini = teardown);

/* "sábado, 19 de abril de 1980 … naquele sábado … no dia 19": the weekday pointing back is the day told, so the
 * day of the month after it is of that April, not of the page's. */
Test(storytime22, a_day_of_the_month_after_that_weekday_is_the_storys)
{
    expect_period_on("Há quarenta anos, no sábado, 19 de abril de 1980, a polícia cercou a sede do sindicato em São "
                     "Bernardo.\n\nNaquele sábado a cidade amanheceu ocupada por soldados. Os arquivos registram 16 "
                     "pessoas levadas à delegacia no dia 19, entre dirigentes e advogados.\n",
                     "pt", "2020-04-19", EXTRACT_EVENT_DETENTION, 16, "1980-04-19", "1980-04-19");
    expect_period_on("Hace cuarenta años, el sábado 19 de abril de 1980, la policía rodeó la sede del sindicato en "
                     "Valparaíso.\n\nAquel sábado la ciudad amaneció tomada por soldados. Los archivos registran 16 "
                     "personas llevadas a la comisaría el día 19, entre dirigentes y abogados.\n",
                     "es", "2020-04-19", EXTRACT_EVENT_DETENTION, 16, "1980-04-19", "1980-04-19");
    expect_period_on("Forty years ago, on Saturday, April 19, 1980, police surrounded the union's offices in Gdansk."
                     "\n\nThat Saturday the city woke up to soldiers in the streets. The archives record 16 people "
                     "taken to the police station on the 19th, among them leaders and lawyers.\n",
                     "en", "2020-04-19", EXTRACT_EVENT_DETENTION, 16, "1980-04-19", "1980-04-19");
    /* distractor: no story told, the day of the month is the page's month */
    expect_period_on("Os arquivos registram 16 pessoas levadas à delegacia no dia 19, entre dirigentes e "
                     "advogados.\n", "pt", "2020-04-25", EXTRACT_EVENT_DETENTION, 16, "2020-04-19", "2020-04-19");
    expect_period_on("The archives record 16 people taken to the police station on the 19th, among them leaders.\n",
                     "en", "2020-04-25", EXTRACT_EVENT_DETENTION, 16, "2020-04-19", "2020-04-19");
}

/* "domingo, 17 de dezembro" after "11 de dezembro de 1989": the weekday fits 1989 as well as 2017, and the story
 * is 1989's. */
Test(storytime22, a_weekday_and_day_fitting_the_storys_year_is_of_that_year)
{
    expect_period_on("Há trinta anos, na segunda-feira, 11 de dezembro de 1989, o empresário foi sequestrado ao sair "
                     "de casa em São Paulo.\n\nNo domingo, 17 de dezembro, a polícia prendeu os dez sequestradores "
                     "numa casa no Jabaquara.\n", "pt", "2019-12-11", EXTRACT_EVENT_DETENTION, 10, "1989-12-17", "1989-12-17");
    expect_period_on("El lunes 11 de diciembre de 1989, la policía detuvo a tres sospechosos.\n\nEl domingo 17 de "
                     "diciembre, la policía detuvo a diez sospechosos en una casa de Palermo.\n",
                     "es", "2019-12-11", EXTRACT_EVENT_DETENTION, 10, "1989-12-17", "1989-12-17");
    expect_period_on("Thirty years ago, on Monday, December 11, 1989, the businessman was kidnapped as he left his "
                     "home in Sao Paulo.\n\nOn Sunday, December 17, police arrested the ten kidnappers in a house on "
                     "the south side of the city.\n", "en", "2019-12-11", EXTRACT_EVENT_DETENTION, 10, "1989-12-17", "1989-12-17");
    /* distractors: a weekday that does not fit the story's year keeps the recent one; no story, the page's */
    expect_period_on("Thirty years ago, on Monday, December 11, 1989, the businessman was kidnapped as he left his "
                     "home.\n\nOn Sunday, December 8, police arrested ten protesters in the city.\n",
                     "en", "2019-12-11", EXTRACT_EVENT_DETENTION, 10, "2019-12-08", "2019-12-08");
    expect_period_on("No domingo, 8 de dezembro, a polícia prendeu dez manifestantes no centro.\n",
                     "pt", "2019-12-11", EXTRACT_EVENT_DETENTION, 10, "2019-12-08", "2019-12-08");
}

/* "On Aug. 3, 2001 … On Sept. 20 … On Oct. 30": the story goes on from the day it last told, each day read near
 * the one before it, not only near the last day written with its year. */
Test(storytime22, the_story_goes_on_from_the_day_it_last_told)
{
    expect_period_on("Twenty years ago, on Aug. 3, 2001, religious police in Kabul arrested 24 aid workers.\n\nOn "
                     "Sept. 20, a court charged the 24 detainees with preaching.\n\nOn Oct. 30, local fighters broke "
                     "open the jail and freed all eight foreigners.\n", "en", "2021-11-15", EXTRACT_EVENT_RELEASE, 8, "2001-10-30",
                     "2001-10-30");
    expect_period_on("Hace veinte años, el 3 de agosto de 2001, la policía religiosa de Kabul detuvo a 24 cooperantes."
                     "\n\nEl 20 de septiembre, un tribunal acusó a los 24 detenidos de hacer proselitismo.\n\nEl 30 de "
                     "octubre, milicianos locales forzaron la cárcel y liberaron a los ocho extranjeros.\n",
                     "es", "2021-11-15", EXTRACT_EVENT_RELEASE, 8, "2001-10-30", "2001-10-30");
    expect_period_on("Há vinte anos, em 3 de agosto de 2001, a polícia religiosa de Cabul prendeu 24 voluntários.\n\n"
                     "Em 20 de setembro, um tribunal acusou os 24 detidos de proselitismo.\n\nEm 30 de outubro, "
                     "milicianos locais arrombaram a cadeia e libertaram os oito estrangeiros.\n",
                     "pt", "2021-11-15", EXTRACT_EVENT_RELEASE, 8, "2001-10-30", "2001-10-30");
    /* distractor: a day of the present named between brings the story back to the page's year */
    expect_period_on("Twenty years ago, on Aug. 3, 2001, religious police in Kabul arrested 24 aid workers.\n\nOn "
                     "Sept. 20, a court charged the 24 detainees with preaching.\n\nOn Friday, the ministry said "
                     "five were arrested.\n\nOn Oct. 30, police freed eight protesters.\n",
                     "en", "2021-11-15", EXTRACT_EVENT_RELEASE, 8, "2021-10-30", "2021-10-30");
}

/* "desde el golpe … y denunció que … el martes": the day after a reporting verb is of another statement; the period
 * opens on the day the text gave the coup. */
Test(storytime22, a_day_after_a_reporting_verb_does_not_hide_the_events_day)
{
    expect_period_on("El 3 de marzo de 2024, los militares dieron un golpe de Estado en la capital.\n\nLa oposición "
                     "cuenta 800 detenidos desde el golpe y denunció que la policía volvió a arrestar el martes a varios "
                     "excarcelados.\n", "es", "2024-06-12", EXTRACT_EVENT_DETENTION, 800, "2024-03-03", "");
    expect_period_on("Em 3 de março de 2024, os militares deram um golpe de Estado na capital.\n\nA oposição "
                     "contabiliza 800 detidos desde o golpe e denunciou que a polícia voltou a prender na terça-feira "
                     "vários ex-presos.\n", "pt", "2024-06-12", EXTRACT_EVENT_DETENTION, 800, "2024-03-03", "");
    expect_period_on("On March 3, 2024, the army staged a coup in the capital and detained 12 ministers.\n\nThe "
                     "opposition counts 800 arrests since the coup and said police arrested several freed prisoners "
                     "again on Tuesday.\n", "en", "2024-06-12", EXTRACT_EVENT_DETENTION, 800, "2024-03-03", "");
    /* distractor: the clause's own day, with no statement between, still bounds it */
    expect_period_on("On March 3, 2024, the army staged a coup in the capital and detained 12 ministers.\n\nThe "
                     "opposition counts 800 arrests since the protests began on Tuesday.\n",
                     "en", "2024-06-12", EXTRACT_EVENT_DETENTION, 800, "2024-06-11", "");
}
