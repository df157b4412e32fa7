/* test_dayparts23.c - short lexical gaps (twenty-third session, dayparts): the parts of the day around noon and
 * midnight ("A mediodía,", "À meia-noite,", "At midnight,", "Shortly after midnight,", "Entrada la noche,") opening
 * a sentence date the statement to the day the story is telling, as "Por la noche," already did; and a figure "put
 * at" a number by a speaker with the people or acts counted as the object ("put the day's arrests at 770",
 * "situou em 120 o número de presos", "fixou os detidos em 300") is said by that speaker. Sentences written for
 * these tests, in Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(dayparts23, .init = setup, .fini = teardown);

#define LEAD_ES "Miles de personas volvieron a las calles del centro de la capital. "
#define LEAD_PT "Milhares de pessoas voltaram às ruas do centro da capital. "
#define LEAD_EN "Thousands of people returned to the streets of the capital. "

/* noon and midnight opening the sentence: the day told before */
Test(dayparts23, noon_and_midnight_opening_date_the_statement)
{
    expect_days(LEAD_ES "Las marchas siguieron el lunes 12 de enero. A mediodía, el ministro Juan Pérez elevó a "
                        "cuatro el número de arrestados.",
                "es", EXTRACT_EVENT_DETENTION, 4, "2026-01-12", "2026-01-12", "2026-01-12");
    expect_days(LEAD_ES "Los cortes duraron hasta el viernes 9 de enero. Poco después de la medianoche, la fiscal Ana "
                        "Ruiz confirmó 60 detenciones.",
                "es", EXTRACT_EVENT_DETENTION, 60, "2026-01-09", "", "");
    expect_days(LEAD_PT "Os protestos continuaram no dia 12 de janeiro. À meia-noite, o ministro João Prates elevou "
                        "para quatro o número de detidos.",
                "pt", EXTRACT_EVENT_DETENTION, 4, "2026-01-12", "2026-01-12", "2026-01-12");
    expect_days(LEAD_PT "Os bloqueios duraram até sexta-feira, 9 de janeiro. Pouco depois do meio-dia, a promotora "
                        "Ana Reis confirmou 60 detenções.",
                "pt", EXTRACT_EVENT_DETENTION, 60, "2026-01-09", "", "");
    expect_days(LEAD_EN "Protests went on on Monday, January 12. At midnight, Interior Minister John Parker raised "
                        "the number of arrests to four.",
                "en", EXTRACT_EVENT_DETENTION, 4, "2026-01-12", "2026-01-12", "2026-01-12");
    /* distractor: a part of the day with its own day keeps that day */
    expect_days(LEAD_ES "Las protestas siguieron el lunes 12 de enero. A mediodía del martes 13, el portavoz Luis Gil "
                        "cifró en 90 los arrestos.",
                "es", EXTRACT_EVENT_DETENTION, 90, "2026-01-13", "", "");
    expect_days(LEAD_PT "Os protestos continuaram no dia 12 de janeiro. Ao meio-dia de terça-feira, 13, o porta-voz "
                        "Rui Lemos confirmou 90 detenções.",
                "pt", EXTRACT_EVENT_DETENTION, 90, "2026-01-13", "", "");
    expect_days(LEAD_EN "Protests went on on Monday, January 12. At noon on Tuesday, January 13, spokesman Tom Hale "
                        "confirmed 90 arrests.",
                "en", EXTRACT_EVENT_DETENTION, 90, "2026-01-13", "", "");
}

/* other parts of the day the lexicon lacked: nightfall, the course of the afternoon, later in the day */
Test(dayparts23, other_parts_of_the_day_opening)
{
    expect_days(LEAD_ES "Las protestas siguieron el lunes 12 de enero. Entrada la noche, el portavoz Luis Gil cifró "
                        "en 90 los arrestos.",
                "es", EXTRACT_EVENT_DETENTION, 90, "2026-01-12", "2026-01-12", "2026-01-12");
    expect_days(LEAD_PT "Os protestos continuaram no dia 12 de janeiro. Ao entardecer, o porta-voz Rui Lemos "
                        "confirmou 90 detenções.",
                "pt", EXTRACT_EVENT_DETENTION, 90, "2026-01-12", "2026-01-12", "2026-01-12");
    expect_days(LEAD_EN "Protests went on on Monday, January 12. Later in the day, spokesman Tom Hale confirmed 90 "
                        "arrests.",
                "en", EXTRACT_EVENT_DETENTION, 90, "2026-01-12", "2026-01-12", "2026-01-12");
    /* distractor: already read before this session, unchanged */
    expect_days(LEAD_EN "Protests went on on Monday, January 12. Around midday, prosecutor Ann Reed confirmed 60 "
                        "arrests.",
                "en", EXTRACT_EVENT_DETENTION, 60, "2026-01-12", "2026-01-12", "2026-01-12");
}

/* a figure put at a number with the people or acts counted as the object: the speaker says it */
Test(dayparts23, a_figure_put_at_a_number_is_said)
{
    expect_claimant("Spokesman Tom Hale put the day's arrests at 770.", "en", EXTRACT_EVENT_DETENTION, 770,
                    "Tom Hale", EXTRACT_KIND_PERSON);
    expect_claimant("O porta-voz Rui Lemos situou em 120 o número de presos.", "pt", EXTRACT_EVENT_HELD, 120,
                    "Rui Lemos", EXTRACT_KIND_PERSON);
    /* distractors: "cifró en" was read already; "put at risk" and a year set as a goal count no one */
    expect_claimant("El portavoz Luis Gil cifró en 300 los detenidos.", "es", EXTRACT_EVENT_DETENTION, 300, "Luis Gil",
                    EXTRACT_KIND_PERSON);
    expect_event("The minister said the raids put the detainees at risk of abuse, and 40 were freed.", "en", 40, REL);
    expect_event("O governo fixou em 2020 a meta de reduzir as prisões.", "pt", 2020, NONE);
}
