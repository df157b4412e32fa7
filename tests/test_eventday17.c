/* test_eventday17.c - the day of a statement and the day of an event (seventeenth session): a day counted back
 * ("un día antes", "na véspera", "the day before") is counted from the occasion named before it, not from the hour
 * an 'until' bound closes a tally at ("hasta la noche del lunes", "até a noite de segunda-feira", "up to Monday
 * night"), which is already that occasion's eve (when.c, S_resolve_anaphoric). Sentences written for these tests,
 * in Spanish, Portuguese and English, with distractors that must keep their current output: a day counted forward
 * from a bound, and a day counted back from an event's own day. The reference date is 2026-01-14 (a Wednesday), so
 * "el martes / na terça-feira / on Tuesday" is 2026-01-13 and Monday 2026-01-12. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(eventday17, .init = setup, .fini = teardown);

Test(eventday17, the_day_before_counts_back_from_the_statement_not_from_the_tallys_bound)
{
    expect_days("Según el recuento que Amnistía Internacional publicó el martes, más de 2.000 personas habían sido "
                "detenidas hasta la noche del lunes. Un día antes, el mismo recuento hablaba de al menos 1.700 "
                "detenidos.",
                "es", EXTRACT_EVENT_DETENTION, 1700, "2026-01-12", "", "");
    expect_days("Segundo a contagem que a Amnistia Internacional divulgou na terça-feira, mais de 2.000 pessoas "
                "tinham sido presas até a noite de segunda-feira. Na véspera, a mesma contagem registrava pelo menos "
                "1.700 prisões.",
                "pt", EXTRACT_EVENT_DETENTION, 1700, "2026-01-12", "", "");
    expect_days("In a tally Amnesty International published on Tuesday, more than 2,000 people had been arrested up "
                "to Monday night. The day before, the same tally put the number of arrests at 1,700.",
                "en", EXTRACT_EVENT_DETENTION, 1700, "2026-01-12", "", "");
    /* the count of the tally itself keeps its statement day and its bound */
    expect_days("In a tally Amnesty International published on Tuesday, more than 2,000 people had been arrested up "
                "to Monday night. The day before, the same tally put the number of arrests at 1,700.",
                "en", EXTRACT_EVENT_DETENTION, 2000, "2026-01-13", "", "2026-01-12");
}

/* distractors: a day counted forward from a bound, and a day counted back from an event's own day */
Test(eventday17, other_days_counted_keep_their_anchor)
{
    expect_days("Police arrested 300 people up to Monday night. The next day, 50 of them were released.", "en",
                EXTRACT_EVENT_RELEASE, 50, "", "2026-01-13", "2026-01-13");
    expect_days("La policía detuvo a 30 personas el lunes. Un día antes habían sido detenidas otras 12 personas.", "es",
                EXTRACT_EVENT_DETENTION, 12, "", "2026-01-11", "2026-01-11");
    expect_days("A polícia deteve 30 pessoas na segunda-feira. Na véspera tinham sido detidas outras 12 pessoas.", "pt",
                EXTRACT_EVENT_DETENTION, 12, "", "2026-01-11", "2026-01-11");
}

/* "estudantes que se diziam seguidores do imã", "un grupo que se dice heredero de la guerrilla": a reflexive
 * dizer/decir names what people call themselves; it reports nothing, so the day opening the sentence is the day of
 * the event told, not a statement's (patterns/{es,pt}/sources.pat, *.cue.report). "se dice que", "se diz que"
 * (it is said that) stay reporting verbs. */
Test(eventday17, calling_oneself_something_is_no_statement)
{
    expect_days("El 12 de enero, unos jóvenes que se dicen herederos de la guerrilla ocuparon la sede y detuvieron a "
                "30 empleados.",
                "es", EXTRACT_EVENT_DETENTION, 30, "", "2026-01-12", "2026-01-12");
    expect_days("A 12 de janeiro, uns jovens que se diziam seguidores do imã ocuparam a sede e detiveram 30 "
                "funcionários.",
                "pt", EXTRACT_EVENT_DETENTION, 30, "", "2026-01-12", "2026-01-12");
    expect_days("On 12 January, some young men who called themselves followers of the imam occupied the building "
                "and detained 30 employees.",
                "en", EXTRACT_EVENT_DETENTION, 30, "", "2026-01-12", "2026-01-12");
    /* distractors: a reporting verb with its 'que' keeps the day as the statement's */
    expect_days("El 12 de enero, la policía dice que detuvo a 30 empleados.", "es", EXTRACT_EVENT_DETENTION, 30,
                "2026-01-12", "", "");
    expect_days("A 12 de janeiro, a polícia diz que deteve 30 funcionários.", "pt", EXTRACT_EVENT_DETENTION, 30,
                "2026-01-12", "", "");
}

/* "Khamenei will pardon some 10,000 prisoners … on Friday", "Israel vai libertar 90 presos no domingo", "Israel va a
 * liberar a 90 presos el domingo": a future marker that opens the event word's own match (en "will pardon", and
 * the periphrastic futures of es/pt, now future dateroles in dates.pat) makes the day after the count a day still
 * to come: neither the period nor the statement's day (when.c, S_future_day). It was read as the last such weekday
 * before the story. */
Test(eventday17, a_day_still_to_come_dates_nothing)
{
    expect_days("Israel will release 90 prisoners on Sunday, officials said.", "en", EXTRACT_EVENT_RELEASE, 90, "", "",
                "");
    expect_days("Israel vai libertar 90 presos no domingo, disseram fontes oficiais.", "pt", EXTRACT_EVENT_RELEASE, 90,
                "", "", "");
    expect_days("Israel va a liberar a 90 presos el domingo, dijeron fuentes oficiales.", "es", EXTRACT_EVENT_RELEASE,
                90, "", "", "");
    /* distractors: a day before the marker is the statement's, and a past release keeps its day */
    expect_days("Police said on Tuesday they will release 40 protesters.", "en", EXTRACT_EVENT_RELEASE, 40,
                "2026-01-13", "", "");
    expect_days("Israel released 90 prisoners on Sunday, officials said.", "en", EXTRACT_EVENT_RELEASE, 90, "",
                "2026-01-11", "2026-01-11");
    expect_days("Israel libertou 90 presos no domingo, disseram fontes oficiais.", "pt", EXTRACT_EVENT_RELEASE, 90, "",
                "2026-01-11", "2026-01-11");
    expect_days("Israel liberó a 90 presos el domingo, dijeron fuentes oficiales.", "es", EXTRACT_EVENT_RELEASE, 90, "",
                "2026-01-11", "2026-01-11");
}

/* "In an opinion piece for The Saturday Paper, he wrote that 1,500…", "The Sunday Times reported that…": a weekday
 * that names a newspaper is no day (en.date.weekday); it dated the statement to the last Saturday before the story
 * and, through the sentence after, the next statement too. English only: es/pt weekdays are not paper names. */
Test(eventday17, a_newspaper_named_after_a_weekday_is_no_day)
{
    expect_days("In an opinion piece for The Saturday Paper, Brown wrote that 1,500 Australians were arrested.", "en",
                EXTRACT_EVENT_DETENTION, 1500, "", "", "");
    expect_days("The Sunday Times reported that 300 people had been arrested.", "en", EXTRACT_EVENT_DETENTION, 300, "",
                "", "");
    /* distractors: the weekday before the paper's name, and a weekday with its part of the day */
    expect_days("On Sunday, the Times reported that 300 people had been arrested.", "en", EXTRACT_EVENT_DETENTION, 300,
                "2026-01-11", "", "");
    expect_days("Police said on Sunday morning that 300 people had been arrested.", "en", EXTRACT_EVENT_DETENTION, 300,
                "2026-01-11", "", "");
}
