/* test_claimedon18.c - statement days (eighteenth session): the day of a demand for people's release is the day the
 * demand was made, the statement's day, not a period of the people held (when.c, S_demand_day); a tally made "a
 * moment ago" or "yesterday" is a report whose day is the adverb's (*.cue.tally in patterns/{es,pt,en}/sources.pat).
 * Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep their
 * current output. The reference date is 2026-01-14 (a Wednesday), so Monday is 2026-01-12 and yesterday
 * 2026-01-13. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(claimedon18, .init = setup, .fini = teardown);

/* Asserts the claimant's name of the claim of this event and value. */
static void expect_claimant_name(const char *text, const char *lang, extract_event ev, long long value,
                                 const char *name)
{
    extract_doc *d = run(text, lang);
    char buf[4096];
    const extract_claim *c = claim_of(d, ev, value);
    cr_expect(c->claimant.name && strcmp(c->claimant.name, name) == 0, "%s: %s", text, describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

Test(claimedon18, the_day_of_a_demand_for_release_is_the_statements)
{
    expect_days("El lunes, el colectivo de familias reclamó la libertad de los 120 presos de la huelga.", "es",
                EXTRACT_EVENT_HELD, 120, "2026-01-12", "", "");
    expect_days("Na segunda-feira, o coletivo de famílias reclamou a libertação dos 120 presos da greve.", "pt",
                EXTRACT_EVENT_HELD, 120, "2026-01-12", "", "");
    expect_days("On Monday, the families' group demanded the release of the 120 strikers still in jail.", "en",
                EXTRACT_EVENT_HELD, 120, "2026-01-12", "", "");
    expect_days("Ayer, el sindicato exigió la liberación de 35 trabajadores detenidos.", "es", EXTRACT_EVENT_HELD, 35,
                "2026-01-13", "", "");
    expect_days("Ontem, o sindicato exigiu a libertação de 35 trabalhadores detidos.", "pt", EXTRACT_EVENT_HELD, 35,
                "2026-01-13", "", "");
    expect_days("Yesterday the union called for the release of 35 detained workers.", "en", EXTRACT_EVENT_HELD, 35,
                "2026-01-13", "", "");
}

/* distractors: a day after the count (the detention's) is not the demand's, and a day before a release that is
 * no demand keeps its period */
Test(claimedon18, days_that_are_not_the_demands_keep_their_reading)
{
    expect_days("El sindicato exigió la liberación de 35 trabajadores detenidos el lunes.", "es", EXTRACT_EVENT_HELD,
                35, "", "", "");
    expect_days("O sindicato exigiu a libertação de 35 trabalhadores detidos na segunda-feira.", "pt",
                EXTRACT_EVENT_HELD, 35, "", "", "");
    expect_days("The union called for the release of 35 workers detained on Monday.", "en", EXTRACT_EVENT_HELD, 35,
                "", "", "");
    expect_days("El lunes, la policía liberó a 120 huelguistas.", "es", EXTRACT_EVENT_RELEASE, 120, "", "2026-01-12",
                "2026-01-12");
    expect_days("Na segunda-feira, a polícia libertou 120 grevistas.", "pt", EXTRACT_EVENT_RELEASE, 120, "",
                "2026-01-12", "2026-01-12");
    expect_days("On Monday, police released 120 strikers.", "en", EXTRACT_EVENT_RELEASE, 120, "", "2026-01-12",
                "2026-01-12");
}

/* "fez há instantes um novo balanço: …": a time adverb between the verb of making and the tally */
Test(claimedon18, a_tally_made_a_moment_ago_is_a_report_of_that_day)
{
    const char *es = "El ministro del Interior hizo hace unos minutos un nuevo balance: más de 240 personas fueron "
                     "detenidas en la capital.";
    const char *pt = "O ministro do Interior fez há instantes um novo balanço: mais de 240 pessoas foram detidas na "
                     "capital.";
    const char *en = "The interior minister made moments ago a new count: more than 240 people were arrested in the "
                     "capital.";
    expect_days(es, "es", EXTRACT_EVENT_DETENTION, 240, "2026-01-14", "", "");
    expect_days(pt, "pt", EXTRACT_EVENT_DETENTION, 240, "2026-01-14", "", "");
    expect_days(en, "en", EXTRACT_EVENT_DETENTION, 240, "2026-01-14", "", "");
    expect_claimant_name(es, "es", EXTRACT_EVENT_DETENTION, 240, "ministro del Interior");
    expect_claimant_name(pt, "pt", EXTRACT_EVENT_DETENTION, 240, "ministro do Interior");
    expect_claimant_name(en, "en", EXTRACT_EVENT_DETENTION, 240, "interior minister");
    expect_days("El ministro hizo ayer el recuento de 240 detenidos en la capital.", "es", EXTRACT_EVENT_DETENTION,
                240, "2026-01-13", "", "");
}

/* "X, a spokesman for Y, disputed that figure on Monday, saying …": an English past-tense reporting verb after an
 * apposition is the main verb, not a participle clause, so its day is the statement's; es/pt read so already. */
Test(claimedon18, a_reporting_verb_after_an_apposition_is_no_participle)
{
    expect_days("Juan Pérez, a spokesman for the ministry, disputed the figure on Monday, saying that only 40 people "
                "were still held.",
                "en", EXTRACT_EVENT_HELD, 40, "2026-01-12", "", "");
    expect_days("Juan Pérez, a spokesman for the ministry, announced the figure on Monday, saying 40 people had been "
                "freed.",
                "en", EXTRACT_EVENT_RELEASE, 40, "2026-01-12", "", "");
    expect_days("Juan Pérez, portavoz del ministerio, rechazó la cifra el lunes, asegurando que solo 40 personas "
                "seguían presas.",
                "es", EXTRACT_EVENT_HELD, 40, "2026-01-12", "", "");
    expect_days("Juan Pérez, porta-voz do ministério, contestou o número na segunda-feira, afirmando que só 40 pessoas "
                "continuavam presas.",
                "pt", EXTRACT_EVENT_HELD, 40, "2026-01-12", "", "");
    /* "that figure" is a noun phrase, not the "that" of what was said, so the day before "saying" is the verb's */
    expect_days("Juan Pérez, a spokesman for the ministry, disputed that figure on Monday, saying no more than 40 "
                "people were still held.",
                "en", EXTRACT_EVENT_HELD, 40, "2026-01-12", "", "");
    /* distractors: a day after the "that" of what was said is the event's; a participle clause keeps its reading */
    expect_days("The ministry said that on Monday 40 people were freed.", "en", EXTRACT_EVENT_RELEASE, 40, "",
                "2026-01-12", "2026-01-12");
    expect_days("The report, published on Monday, said 40 people had been freed.", "en", EXTRACT_EVENT_RELEASE, 40,
                "2026-01-12", "", "");
}

/* "a 3 de janeiro, um sábado, …": a weekday set off after a day names that day's weekday (3 January 2026 was a
 * Saturday), so "the next day" counts from the 3rd, not from the last Saturday before the reference date. */
Test(claimedon18, a_weekday_apposed_to_a_day_is_that_day)
{
    expect_days("La crisis estalló el 3 de enero, un sábado, cuando la policía anunció la detención de 20 personas. "
                "Al día siguiente, el ministro confirmó la detención de 16 personas.",
                "es", EXTRACT_EVENT_DETENTION, 16, "2026-01-04", "", "");
    expect_days("A crise rebentou a 3 de janeiro, um sábado, quando a polícia anunciou a detenção de 20 pessoas. No "
                "dia seguinte, o ministro confirmou a detenção de 16 pessoas.",
                "pt", EXTRACT_EVENT_DETENTION, 16, "2026-01-04", "", "");
    expect_days("The crisis broke on 3 January, a Saturday, when police announced the arrest of 20 people. The next "
                "day, the minister confirmed the arrest of 16 people.",
                "en", EXTRACT_EVENT_DETENTION, 16, "2026-01-04", "", "");
    /* distractors: a weekday that is not set off after the day keeps the recognizer's reading */
    expect_days("The crisis broke on 3 January, and on Saturday police announced the arrest of 20 people.", "en",
                EXTRACT_EVENT_DETENTION, 20, "2026-01-10", "", "");
    expect_days("La crisis estalló el 3 de enero, y el sábado la policía anunció la detención de 20 personas.", "es",
                EXTRACT_EVENT_DETENTION, 20, "2026-01-10", "", "");
}
