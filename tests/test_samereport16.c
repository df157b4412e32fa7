/* test_samereport16.c - a statement named again (sixteenth session): a bare reporting verb ("dijo Ana Gómez", "disse
 * Rui Sousa", "Ann Grey said") whose subject is the claimant restates what the same claimant was told to say, with a
 * day, a sentence or three before in the same paragraph, and takes that day as claimed_on (when.c,
 * S_restated_speaker). Sentences written for these tests, in Spanish, Portuguese and English, with distractors that
 * must keep their current output: another speaker, and a verb with a day of its own. The reference date is
 * 2026-01-14, so "ayer / ontem / yesterday" is 2026-01-13. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(samereport16, .init = setup, .fini = teardown);

/* Asserts the claimant and claimed_on ("" for none) of the claim of this event and value. */
static void expect_on(const char *text, const char *lang, extract_event ev, long long value, const char *name,
                      const char *on)
{
    extract_doc *d = run(text, lang);
    char buf[4096];
    const extract_claim *c = claim_of(d, ev, value);
    cr_assert_not_null(c->claimant.name, "%s: no claimant; %s", text, describe(d, buf, sizeof buf));
    cr_expect_str_eq(c->claimant.name, name, "%s: %s", text, describe(d, buf, sizeof buf));
    cr_expect_str_eq(c->claimed_on, on, "%s: %s", text, describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

#define ES_LEAD "La ministra del Interior, Ana Gómez, habló ayer por la mañana, tras la reunión del gabinete, y dio " \
                "cifras: unas 900 personas salieron del estadio. Muchos eran vecinos del barrio. "
#define PT_LEAD "O ministro do Interior, Rui Sousa, falou ontem à tarde, depois da reunião do governo, e deu números: " \
                "cerca de 900 pessoas saíram do estádio. Muitos eram moradores do bairro. "
#define EN_LEAD "Interior Minister Ann Grey spoke yesterday afternoon after the cabinet meeting and gave figures: " \
                "about 900 people had left the stadium. Many were local residents. "

Test(samereport16, a_bare_verb_restates_the_day_the_same_speaker_spoke)
{
    expect_on(ES_LEAD "Los otros 300, dijo Ana Gómez, fueron detenidos.", "es", EXTRACT_EVENT_DETENTION, 300,
              "Ana Gómez", "2026-01-13");
    expect_on(PT_LEAD "Os outros 300, disse Rui Sousa, foram detidos.", "pt", EXTRACT_EVENT_DETENTION, 300,
              "Rui Sousa", "2026-01-13");
    expect_on(EN_LEAD "The other 300, Ann Grey said, were arrested.", "en", EXTRACT_EVENT_DETENTION, 300, "Ann Grey",
              "2026-01-13");
}

/* distractors: another speaker's bare verb takes no one else's day */
Test(samereport16, another_speaker_keeps_no_day)
{
    expect_on(ES_LEAD "Los otros 300, dijo Pedro Ruiz, fueron detenidos.", "es", EXTRACT_EVENT_DETENTION, 300,
              "Pedro Ruiz", "");
    expect_on(PT_LEAD "Os outros 300, disse Paulo Reis, foram detidos.", "pt", EXTRACT_EVENT_DETENTION, 300,
              "Paulo Reis", "");
    expect_on(EN_LEAD "The other 300, Peter Hall said, were arrested.", "en", EXTRACT_EVENT_DETENTION, 300,
              "Peter Hall", "");
}

/* distractors: a paragraph break ends the statement, and a speaker who spoke with no day gives none */
Test(samereport16, only_within_the_paragraph_and_with_a_day)
{
    expect_on(ES_LEAD "\n\nLos otros 300, dijo Ana Gómez, fueron detenidos.", "es", EXTRACT_EVENT_DETENTION, 300,
              "Ana Gómez", "");
    expect_on("La ministra del Interior, Ana Gómez, habló tras la reunión del gabinete. Muchos eran vecinos del "
              "barrio. Los otros 300, dijo Ana Gómez, fueron detenidos.",
              "es", EXTRACT_EVENT_DETENTION, 300, "Ana Gómez", "");
    expect_on("Interior Minister Ann Grey spoke after the cabinet meeting. Many were local residents. The other 300, "
              "Ann Grey said, were arrested.",
              "en", EXTRACT_EVENT_DETENTION, 300, "Ann Grey", "");
    /* a verb before the figure opens a statement of its own: no day carried */
    expect_on("La ministra del Interior, Ana Gómez, habló ayer por la mañana, tras la reunión del gabinete. Muchos "
              "eran vecinos del barrio. Ana Gómez dijo que otros 300 fueron detenidos.",
              "es", EXTRACT_EVENT_DETENTION, 300, "Ana Gómez", "");
    expect_on("O ministro do Interior, Rui Sousa, falou ontem à tarde, depois da reunião do governo. Muitos eram "
              "moradores do bairro. Rui Sousa disse que outros 300 foram detidos.",
              "pt", EXTRACT_EVENT_DETENTION, 300, "Rui Sousa", "");
    expect_on("Interior Minister Ann Grey spoke yesterday afternoon after the cabinet meeting. Many were local "
              "residents. Ann Grey said 300 others were arrested.",
              "en", EXTRACT_EVENT_DETENTION, 300, "Ann Grey", "");
}
