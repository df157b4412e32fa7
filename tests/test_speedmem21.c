/* test_speedmem21.c - the twenty-first session's memory bounds (issue #5: peak memory under 64 MB whatever the
 * collection). What is checked is behaviour and counts, never time or resident memory:
 * - a folded short string keeps only its folded bytes in the arena (xn_fold_str used to leave the four-times
 *   buffers and the map behind it: some ten bytes a byte, 4 MB of the patterns' heap);
 * - a shared rule whose regex comes out the same in two languages is compiled once (the same load-time code) and
 *   its codes made on demand are shared, JIT-compiled once; a rule whose regex differs per language is not;
 * - the JIT budget: with a budget of one byte, at most the first rule that reaches the bar is JIT-compiled and the
 *   rest run in the interpreter, and every document's claims are the same as with the default budget.
 * The sentences are written for this test in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h" /* the patterns loaded once per suite: setup, teardown, P */
#include "normalize.h"
#include "patterns.h"
#include "util.h"

TestSuite(speedmem21, .init = setup, .fini = teardown);

Test(speedmem21, folded_string_keeps_its_bytes_only)
{
    xi_arena a;
    xi_arena_init(&a);
    const char *first = "Ministério da Justiça";
    char *f1 = xn_fold_str(first, strlen(first), &a);
    cr_assert_not_null(f1);
    size_t after_one = a.total;
    /* the folded bytes, the NUL and the padding, rounded to 16: well under the 4x data buffer alone */
    cr_assert_leq(after_one, strlen(first) + 1 + 64 + 16, "arena holds %zu bytes for a %zu-byte string", after_one,
                  strlen(first));
    const char *second = "Prisión Preventiva";
    char *f2 = xn_fold_str(second, strlen(second), &a);
    cr_assert_not_null(f2);
    /* the first string is intact: the second's scratch was given back after it, not over it */
    char *again = xn_fold_str(first, strlen(first), &a);
    cr_assert_str_eq(f1, again);
    cr_assert_str_neq(f1, f2);
    cr_assert_leq(a.total, 3 * (strlen(first) + 1 + 64 + 16));
    /* trimming a pointer that is not in the newest block, or past what it holds, changes nothing */
    size_t before = a.total;
    char outside[8];
    xi_arena_trim(&a, outside, 1);
    cr_assert_eq(a.total, before);
    xi_arena_free(&a);
}

/* The rule of a language by id; NULL when it has none. */
static const xp_rule *S_rule(int lang, const char *id)
{
    for (size_t i = 0; i < P->n_rules[lang]; i++)
        if (strcmp(P->rules[lang][i].id, id) == 0)
            return &P->rules[lang][i];
    return NULL;
}

Test(speedmem21, same_regex_compiled_once)
{
    /* every rule with the same id in two languages and the same expanded regex shares the first one's code */
    size_t shared = 0, apart = 0;
    for (int lang = 1; lang < XP_NLANG; lang++)
        for (size_t i = 0; i < P->n_rules[lang]; i++) {
            const xp_rule *r = &P->rules[lang][i];
            for (int e = 0; e < lang; e++) {
                const xp_rule *o = S_rule(e, r->id);
                if (!o)
                    continue;
                if (o->src_len == r->src_len && memcmp(o->src, r->src, r->src_len) == 0) {
                    const xp_rule *root = o->same ? o->same : o;
                    cr_assert_eq(r->same, root, "%s (%d) not shared with language %d", r->id, lang, e);
                    cr_assert_eq(r->base, root->base, "%s (%d) compiled again", r->id, lang);
                    shared++;
                } else {
                    cr_assert(r->same == NULL || r->same != (o->same ? o->same : o), "%s: different regexes shared",
                              r->id);
                    apart++;
                }
                break;
            }
        }
    cr_assert_gt(shared, 20, "only %zu rules shared", shared);
    cr_assert_gt(apart, 5, "only %zu shared rules differ", apart);
}

Test(speedmem21, twins_share_the_code_made_on_demand)
{
    /* find a rule twinned across languages and ask for its running code well past the JIT bar in one language:
     * the other language gets the same code, not a second compile */
    for (int lang = 1; lang < XP_NLANG; lang++)
        for (size_t i = 0; i < P->n_rules[lang]; i++) {
            const xp_rule *r = &P->rules[lang][i];
            if (!r->twin)
                continue;
            const pcre2_code *c = NULL;
            for (int k = 0; k < 64; k++)
                c = xp_rule_run(r->twin);
            cr_assert_not_null(c);
            cr_assert_eq(xp_rule_run(r), c, "%s: its twin's code is not shared", r->id);
            cr_assert_eq(xp_rule_scan(r), xp_rule_scan(r->twin));
            return;
        }
    cr_assert_fail("no rule is shared between languages");
}

static const char *const DOCS[] = {
    "El Gobierno liberó este martes a 37 presos políticos, según informó la organización Foro Penal, que asegura "
    "que otras 812 personas siguen detenidas.\n\nLa policía detuvo a 15 estudiantes en la capital.",
    "O governo libertou nesta segunda-feira 41 presos políticos, informou a Comissão de Direitos Humanos. Segundo a "
    "entidade, 230 pessoas continuam detidas.\n\nA polícia prendeu 12 manifestantes em São Paulo.",
    "Authorities freed 28 political prisoners on Monday, the rights group Justice Watch said, adding that at least "
    "600 people remain behind bars.\n\nPolice arrested 19 protesters in the capital on Sunday.",
};

typedef struct {
    char *data;
    size_t len, cap;
} S_out;

static int S_put(void *ctx, const char *data, size_t len)
{
    S_out *o = ctx;
    cr_assert_lt(o->len + len, o->cap, "output too long for the test's buffer");
    memcpy(o->data + o->len, data, len);
    o->len += len;
    o->data[o->len] = '\0';
    return 0;
}

/* The JSON Lines of a document processed with patterns p, in buf. */
static void S_json(const extract_patterns *p, const char *text, char *buf, size_t cap)
{
    extract_doc *d = NULL;
    extract_error err;
    extract_options opt = {0};
    opt.ref_date = "2026-01-14";
    cr_assert_eq(extract_process(p, text, strlen(text), "t", &opt, &d, &err), EXTRACT_OK, "%s", err.message);
    S_out o = {buf, 0, cap};
    buf[0] = '\0';
    cr_assert_eq(extract_write_jsonl(d, S_put, &o), 0);
    extract_doc_free(d);
}

Test(speedmem21, jit_budget_keeps_the_claims)
{
    extract_patterns *tight = NULL;
    extract_error err;
    cr_assert_eq(extract_patterns_load(EXTRACT_TEST_PATTERNS, &tight, &err), EXTRACT_OK);
    cr_assert_eq(tight->jit_budget, XP_JIT_BUDGET);
    tight->jit_budget = 1; /* the first rule to reach the bar is JIT-compiled, then none */
    static char a[1 << 16], b[1 << 16];
    /* every document several times, so that rules pass the bar of XP_JIT_AFTER asks */
    for (int round = 0; round < 6; round++)
        for (size_t k = 0; k < sizeof DOCS / sizeof *DOCS; k++) {
            memset(a, 0, sizeof a);
            memset(b, 0, sizeof b);
            S_json(P, DOCS[k], a, sizeof a);
            S_json(tight, DOCS[k], b, sizeof b);
            cr_assert_str_eq(a, b, "document %zu, round %d", k, round);
            cr_assert_gt(strlen(a), 100, "document %zu made no claims", k);
        }
    /* the default set JIT-compiled several rules; the tight one at most one */
    size_t jitted = 0, biggest = 0;
    for (int lang = 0; lang < XP_NLANG; lang++)
        for (size_t i = 0; i < tight->n_rules[lang]; i++) {
            pcre2_code *c = atomic_load(&tight->rules[lang][i].run);
            size_t size = 0;
            if (c && pcre2_pattern_info(c, PCRE2_INFO_JITSIZE, &size) == 0 && size > 0) {
                jitted++;
                biggest = size > biggest ? size : biggest;
            }
        }
    cr_assert_leq(jitted, 1, "%zu rules JIT-compiled past a budget of one byte", jitted);
    cr_assert_leq(atomic_load(&tight->jit_bytes), biggest);
    cr_assert_gt(atomic_load(&P->jit_bytes), atomic_load(&tight->jit_bytes));
    extract_patterns_free(tight);
}
