/* test_perf24.c - the twenty-fourth session's per-document costs (issue #5, throughput), each a cache that must
 * answer as what it replaces:
 * - xp_attr_get first reads the key's bit in the rule's set of keys (xp_rule.attr_keys, filled at load): every
 *   key the recognizer asks of every rule gives what a plain search of the rule's attributes gives;
 * - xp_rule_run reads once whether the load-time code is the one to interpret (xp_rule.base_runs): with no JIT
 *   budget (every rule interpreted, through that path) the claims of sentences in Spanish, Portuguese and English
 *   are those of a pattern set with the JIT.
 * What is checked is behaviour, never time. The sentences are written for this test. */
#include <criterion/criterion.h>

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h" /* the patterns loaded once per suite: setup, teardown, P */
#include "patterns.h"

TestSuite(perf24, .init = setup, .fini = teardown);

/* The search xp_attr_get did before its set of keys. */
static const char *S_plain_get(const xp_rule *r, const char *key)
{
    for (size_t i = 0; i < r->n_attrs; i++)
        if (strcmp(r->attrs[i].key, key) == 0)
            return r->attrs[i].value;
    return NULL;
}

/* The keys the recognizer and the claim builder ask (grep xp_attr_get extract/), keys no rule has, and
 * near misses of real keys (a prefix, one letter more). */
static const char *const KEYS[] = {
    "event", "stance", "q", "kind", "value", "ref", "pre", "role", "named", "weekend", "rel", "relyear",
    "holds", "descriptor", "label", "ofday", "prev", "thatday", "dayonly", "mask", "dateline", "",
    "x", "re", "rela", "eventx", "evento", "zz", "kinds", "qq",
};

Test(perf24, attribute_set_answers_as_the_plain_search)
{
    size_t asked = 0, found = 0;
    for (int l = 0; l < XP_NLANG; l++)
        for (size_t i = 0; i < P->n_rules[l]; i++) {
            const xp_rule *r = &P->rules[l][i];
            /* every key a rule has is found, with its value */
            for (size_t a = 0; a < r->n_attrs; a++) {
                cr_assert(r->attr_keys & xp_attr_bit(r->attrs[a].key), "rule %s: key %s not in its set", r->id,
                          r->attrs[a].key);
                cr_assert_eq(xp_attr_get(r, r->attrs[a].key), S_plain_get(r, r->attrs[a].key), "rule %s key %s",
                             r->id, r->attrs[a].key);
                found++;
            }
            for (size_t k = 0; k < sizeof KEYS / sizeof *KEYS; k++, asked++)
                cr_assert_eq(xp_attr_get(r, KEYS[k]), S_plain_get(r, KEYS[k]), "rule %s key \"%s\"", r->id,
                             KEYS[k]);
        }
    cr_assert_gt(found, 100, "only %zu attributes in the pattern set", found);
    cr_assert_gt(asked, 1000);
}

/* The set rules keys out: in most rules most asked keys are absent and answered by the set alone. */
Test(perf24, attribute_set_rules_out_absent_keys)
{
    size_t absent = 0, ruled_out = 0;
    for (int l = 0; l < XP_NLANG; l++)
        for (size_t i = 0; i < P->n_rules[l]; i++) {
            const xp_rule *r = &P->rules[l][i];
            for (size_t k = 0; k < sizeof KEYS / sizeof *KEYS; k++)
                if (!S_plain_get(r, KEYS[k])) {
                    absent++;
                    ruled_out += !(r->attr_keys & xp_attr_bit(KEYS[k]));
                }
        }
    cr_assert_gt(absent, 0);
    cr_assert_gt(ruled_out * 10, absent * 8, "the set rules out only %zu of %zu absent keys", ruled_out, absent);
}

static const struct {
    const char *text, *lang;
} DOCS[] = {
    {"La policía regional detuvo el domingo a 35 manifestantes frente al ayuntamiento, informó la fiscalía.\n\n"
     "Un juez dejó en libertad a 12 de ellos dos días después, según sus abogados.",
     "es"},
    {"El informe del banco central prevé 40 nuevas sucursales el próximo año.", "es"},
    {"A Guarda Nacional deteve no domingo 35 manifestantes em frente à prefeitura, informou o Ministério Público.\n\n"
     "Um juiz libertou 12 deles dois dias depois, segundo os advogados.",
     "pt"},
    {"O relatório do banco central prevê 40 novas agências no próximo ano.", "pt"},
    {"Regional police arrested 35 protesters outside the town hall on Sunday, prosecutors said.\n\n"
     "A judge freed 12 of them two days later, according to their lawyers.",
     "en"},
    {"The central bank's report expects 40 new branches next year.", "en"},
};
#define N_DOCS (sizeof DOCS / sizeof *DOCS)

Test(perf24, interpreted_rules_match_as_jit_compiled_ones)
{
    extract_patterns *interp = NULL;
    extract_error err;
    cr_assert_eq(extract_patterns_load(EXTRACT_TEST_PATTERNS, &interp, &err), EXTRACT_OK);
    interp->jit_budget = 0; /* no rule JIT-compiled: every match runs through xp_rule_run's interpreted path */
    size_t claims = 0;
    for (int round = 0; round < 20; round++) /* past XP_JIT_AFTER: P's rules are JIT-compiled by then */
        for (size_t i = 0; i < N_DOCS; i++) {
            char *a = claims_text(P, DOCS[i].text, DOCS[i].lang), *b = claims_text(interp, DOCS[i].text, DOCS[i].lang);
            cr_assert_str_eq(a, b, "%s document %zu, round %d", DOCS[i].lang, i, round);
            claims += strstr(a, "detention 35") != NULL;
            free(a);
            free(b);
        }
    cr_assert_eq(claims, 20 * 3, "a detention of 35 in each language's first document");
    /* and each interpreted rule has read which code to run once, the same answer every time */
    size_t read = 0;
    for (int l = 0; l < XP_NLANG; l++)
        for (size_t i = 0; i < interp->n_rules[l]; i++) {
            const xp_rule *r = &interp->rules[l][i];
            const xp_rule *t = r->twin ? r->twin : r;
            int b = atomic_load(&t->base_runs);
            if (!b)
                continue;
            read++;
            uint32_t opts = 0;
            cr_assert_eq(pcre2_pattern_info(t->base, PCRE2_INFO_ARGOPTIONS, &opts), 0);
            cr_assert_eq(b == 1, ((opts & PCRE2_ANCHORED) != 0) == (t->prefiltered != 0), "rule %s", r->id);
            cr_assert_eq((const void *)xp_rule_run(r), (const void *)xp_rule_run(r), "rule %s", r->id);
            /* the load-time code runs exactly when its anchoring is the one the rule runs with */
            cr_assert_eq(xp_rule_run(r) == t->base, b == 1, "rule %s", r->id);
            cr_assert_null(atomic_load(&t->run), "rule %s JIT-compiled with no budget", r->id);
        }
    cr_assert_gt(read, 50, "only %zu rules ran", read);
    extract_patterns_free(interp);
}
