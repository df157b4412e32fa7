/* test_dates219.c - periods of figures on new text (nineteenth session, dates2): a month with its year opening the
 * sentence before a comma ("In March 1994, the junta freed 210 prisoners") is when the release or arrest told after
 * it happened. Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must
 * keep their current output: a year alone there stays background, and a reporting verb between the month and the
 * count leaves the period open. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(dates219, .init = setup, .fini = teardown);

Test(dates219, a_month_and_year_opening_the_sentence_dates_the_event)
{
    expect_period("En marzo de 1994, la junta militar excarceló a 210 opositores.", "es",
                  EXTRACT_EVENT_RELEASE, 210, "1994-03-01", "1994-03-31");
    expect_period("Em março de 1994, já sob pressão internacional, a junta libertou 210 opositores.", "pt",
                  EXTRACT_EVENT_RELEASE, 210, "1994-03-01", "1994-03-31");
    expect_period("In March 1994, the military junta freed 210 opponents.", "en",
                  EXTRACT_EVENT_RELEASE, 210, "1994-03-01", "1994-03-31");
    expect_period("In October 2009, police arrested 85 dock workers in the port.", "en",
                  EXTRACT_EVENT_DETENTION, 85, "2009-10-01", "2009-10-31");
    expect_period("En octubre de 2009, la policía detuvo a 85 estibadores en el puerto.", "es",
                  EXTRACT_EVENT_DETENTION, 85, "2009-10-01", "2009-10-31");
}

Test(dates219, distractors_keep_their_period)
{
    /* a year alone opening the sentence stays background */
    expect_period("En 1994, la junta militar excarceló a 210 opositores.", "es", EXTRACT_EVENT_RELEASE, 210, "", "");
    expect_period("Em 1994, a junta libertou 210 opositores.", "pt", EXTRACT_EVENT_RELEASE, 210, "", "");
    expect_period("In 1994, the military junta freed 210 opponents.", "en", EXTRACT_EVENT_RELEASE, 210, "", "");
    /* a reporting verb between the month and the count: what was said then */
    expect_period("In March 1994, the ministry said that 210 opponents had been freed.", "en",
                  EXTRACT_EVENT_RELEASE, 210, "", "");
    expect_period("En marzo de 1994, el ministerio afirmó que 210 opositores habían sido excarcelados.", "es",
                  EXTRACT_EVENT_RELEASE, 210, "", "");
    /* a month after an opening phrase and its comma, or after a colon, is not the sentence's own opening */
    expect_period("Years later, in May 2012, an inquiry found that 1,100 people had been arrested.", "en",
                  EXTRACT_EVENT_DETENTION, 1100, "", "");
    expect_period("Anos depois, em maio de 2012, um relatório concluiu que 1100 pessoas tinham sido detidas.", "pt",
                  EXTRACT_EVENT_DETENTION, 1100, "", "");
    expect_period("No era el primer indulto masivo: en marzo de 2020, el rey ya había excarcelado a 901 reclusos.", "es",
                  EXTRACT_EVENT_RELEASE, 901, "", "");
    /* a day of its own after the month keeps the day */
    expect_period("In March 1994, the junta freed 210 opponents on 12 March 1994.", "en",
                  EXTRACT_EVENT_RELEASE, 210, "1994-03-12", "1994-03-12");
}

/* "capturados entre abril y julio de 1982 … el 29 de mayo": a month (or months) written with its year sets the
 * story's time, and a day and month after it without a year is of that year, not of the page's. */
Test(dates219, a_month_with_its_year_sets_the_year_of_later_days)
{
    expect_period("Entre abril y julio de 1982 fueron capturados más de 11.000 soldados. La primera captura masiva "
                  "fue el 29 de mayo, cuando cayeron prisioneros 900 hombres.",
                  "es", EXTRACT_EVENT_DETENTION, 900, "1982-05-29", "1982-05-29");
    expect_period("Em maio de 1982 a guerra chegou ao auge. A 29 de maio, as tropas britânicas capturaram 900 homens.",
                  "pt", EXTRACT_EVENT_DETENTION, 900, "1982-05-29", "1982-05-29");
    expect_period("In May 1982 the war reached its peak. On 29 May, British troops captured 900 men.",
                  "en", EXTRACT_EVENT_DETENTION, 900, "1982-05-29", "1982-05-29");
    /* distractor: a whole year says too little of the story's time; the day stays the page's last 29 May */
    expect_period("In 1982 the war reached its peak. On 29 May, British troops captured 900 men.",
                  "en", EXTRACT_EVENT_DETENTION, 900, "2025-05-29", "2025-05-29");
}
