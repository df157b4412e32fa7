/* test_restated20.c - a figure said again by a second speaker who disputes or denies it (twentieth session,
 * restated): "the minister dismissed the group's figure of 240 as propaganda" is a second claim of 240, the
 * minister's, with the stance of the verb; the same figure merely repeated by its speaker or by the newsroom
 * stays one claim. Sentences written for these tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(restated20, .init = setup, .fini = teardown);

/* How many claims of this event and value the text has. */
static size_t S_claims_of(const extract_doc *d, int ev, long long value)
{
    size_t n = 0;
    for (size_t i = 0; i < extract_doc_claim_count(d); i++) {
        const extract_claim *c = extract_doc_claim(d, i);
        n += (int)c->event == ev && c->count == value;
    }
    return n;
}

/* The claim of this event and value whose claimant's name holds who, or NULL. */
static const extract_claim *S_claim_by(const extract_doc *d, int ev, long long value, const char *who)
{
    for (size_t i = 0; i < extract_doc_claim_count(d); i++) {
        const extract_claim *c = extract_doc_claim(d, i);
        if ((int)c->event == ev && c->count == value && c->claimant.name && strstr(c->claimant.name, who))
            return c;
    }
    return NULL;
}

static void S_expect_second(const char *text, const char *lang, int ev, long long value, const char *who,
                            extract_stance want)
{
    char buf[4096];
    extract_doc *d = run(text, lang);
    const extract_claim *c = S_claim_by(d, ev, value, who);
    cr_expect_not_null(c, "no claim of %lld by %s; %s", value, who, describe(d, buf, sizeof buf));
    if (c)
        cr_expect_eq(c->stance, want, "%lld by %s: stance %s, expected %s; %s", value, who, STANCES[c->stance],
                     STANCES[want], describe(d, buf, sizeof buf));
    cr_expect_eq(S_claims_of(d, ev, value), 2, "%lld: expected two claims; %s", value, describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

static void S_expect_once(const char *text, const char *lang, int ev, long long value)
{
    char buf[4096];
    extract_doc *d = run(text, lang);
    cr_expect_eq(S_claims_of(d, ev, value), 1, "%lld: expected one claim; %s", value, describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

/* "dismissed the group's figure of 240 as propaganda": the figure, framed by a denying verb, names the value of
 * a claim already made; the second speaker gets a claim of it with the verb's stance. */
Test(restated20, a_figure_dismissed_by_a_second_speaker_is_his_claim)
{
    S_expect_second("The Prisoners' Committee said that 240 political prisoners remain in the jails of the north. "
                    "The interior minister, Paul Hendry, dismissed the committee's figure of 240 as a fabrication.",
                    "en", HELD, 240, "Hendry", EXTRACT_STANCE_DENIES);
    S_expect_second("El Comité de Presos afirmó que 240 presos políticos siguen en las cárceles del norte. "
                    "El ministro del Interior, Pablo Herrera, rechazó ayer esa cifra de 240 en una rueda de prensa.",
                    "es", HELD, 240, "Herrera", EXTRACT_STANCE_DISPUTES);
    S_expect_second("O Comité de Presos afirmou que 240 presos políticos continuam nas cadeias do norte. "
                    "O ministro do Interior, Paulo Herrera, disse que o número de 240 era exagerado.",
                    "pt", HELD, 240, "Herrera", EXTRACT_STANCE_DISPUTES);
}

/* "rechazan los 120 rehenes de los que habla la policía": a rejecting verb right before the figure disputes it
 * (patterns/{es,pt,en}/sources.pat, cue.dispute). */
Test(restated20, rejecting_the_figure_named_again_disputes_it)
{
    S_expect_second("La policía aseguró que los asaltantes retienen a 120 personas en el hotel. "
                    "Los familiares rechazan los 120 rehenes de los que habla la policía.",
                    "es", HELD, 120, "familiares", EXTRACT_STANCE_DISPUTES);
    S_expect_second("A polícia garantiu que os assaltantes mantêm 120 pessoas no hotel. "
                    "Os familiares rejeitam os 120 reféns de que fala a polícia.",
                    "pt", HELD, 120, "familiares", EXTRACT_STANCE_DISPUTES);
}

/* the same figure repeated with no disputing word, by its speaker or by the newsroom, stays one claim */
Test(restated20, the_figure_repeated_without_dispute_stays_one_claim)
{
    S_expect_once("The Prisoners' Committee said that 240 political prisoners remain in the jails of the north. "
                  "The figure of 240 should be read as a minimum, said Ana Ruiz, the committee's director.",
                  "en", HELD, 240);
    S_expect_once("El Comité de Presos afirmó que 240 presos políticos siguen en las cárceles del norte. "
                  "La cifra de 240 es una estimación, reconoció su directora, Ana Ruiz.",
                  "es", HELD, 240);
    S_expect_once("O Comité de Presos afirmou que 240 presos políticos continuam nas cadeias do norte. "
                  "O número de 240 não consta de nenhum documento oficial.",
                  "pt", HELD, 240);
    /* distractor: a figure of another value framed by a denying verb is no restatement */
    S_expect_once("The Prisoners' Committee said that 240 political prisoners remain in the jails of the north. "
                  "The interior minister dismissed the committee's figure of 90 as a fabrication.",
                  "en", HELD, 240);
}

/* "respondió que en el país no había 240 presos políticos": a reply opening what is said is a report, so the
 * denial is the replying speaker's claim, not a speakerless repetition of the first (sources.pat, cue.replied) */
Test(restated20, a_reply_that_denies_the_figure_is_the_replying_speakers_claim)
{
    S_expect_second("El Comité de Presos exigió la libertad de 240 presos políticos. "
                    "El Gobierno respondió que en el país no había 240 presos políticos, sino delincuentes comunes.",
                    "es", HELD, 240, "Gobierno", EXTRACT_STANCE_DENIES);
    S_expect_second("O Comité de Presos exigiu a libertação de 240 presos políticos. "
                    "O Governo respondeu que no país não havia 240 presos políticos, mas criminosos comuns.",
                    "pt", HELD, 240, "Governo", EXTRACT_STANCE_DENIES);
    S_expect_second("The Prisoners' Committee demanded the release of 240 political prisoners. "
                    "The government replied that there were not 240 political prisoners in the country, only criminals.",
                    "en", HELD, 240, "government", EXTRACT_STANCE_DENIES);
}
