/* test_threads23.c - the twenty-third session's memory with many workers (issue #5: under 64 MB at -j 8). Eight
 * workers reaching the first documents of a language at once each made the language's required sets and
 * JIT-compiled the rules they reached, all at the same moment: now
 * - the required sets are made once, by the first thread that asks; the others wait for them (required_mu);
 * - one rule is JIT-compiled at a time per pattern set (jit_mu): a rule whose turn has not come runs in PCRE2's
 *   interpreter for that call and is JIT-compiled at a later call, with the same matches.
 * What is checked is behaviour, never time or resident memory. The sentences are written for this test in Spanish,
 * Portuguese and English. */
#include <criterion/criterion.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h" /* the patterns loaded once per suite: setup, teardown, P */
#include "patterns.h"

TestSuite(threads23, .init = setup, .fini = teardown);

static const char *const DOCS[] = {
    "La Guardia Nacional detuvo el sábado a 26 jóvenes durante una protesta frente a la alcaldía, según denunció "
    "el sindicato de maestros.\n\nEl tribunal ordenó la excarcelación de 8 de ellos el lunes.",
    "A Polícia Federal prendeu na quarta-feira 17 suspeitos de fraude, informou o ministério.\n\nOutros 5 presos "
    "foram soltos após audiência de custódia, disse a defensoria.",
    "Border guards detained 44 migrants on Thursday near the northern crossing, the interior ministry said.\n\n"
    "A judge later released 11 of them on bail, according to their lawyers.",
    /* a distractor: no claim, and it must stay so */
    "The weather service said 30 millimetres of rain fell on Tuesday.",
};
#define N_DOCS (sizeof DOCS / sizeof *DOCS)
#define N_THREADS 8
#define S_CAP (1 << 16)

typedef struct {
    char *data;
    size_t len, cap;
    int overflow;
} S_out;

static int S_put(void *ctx, const char *data, size_t len)
{
    S_out *o = ctx;
    if (o->len + len >= o->cap) {
        o->overflow = 1;
        return 0;
    }
    memcpy(o->data + o->len, data, len);
    o->len += len;
    o->data[o->len] = '\0';
    return 0;
}

/* The JSON Lines of a document processed with patterns p, in buf (size S_CAP); 0, or -1 when it failed. No
 * criterion assertion: it runs on the test's own threads. */
static int S_json(const extract_patterns *p, const char *text, char *buf)
{
    extract_doc *d = NULL;
    extract_error err;
    extract_options opt = {0};
    opt.ref_date = "2026-01-14";
    if (extract_process(p, text, strlen(text), "t", &opt, &d, &err) != EXTRACT_OK)
        return -1;
    S_out o = {buf, 0, S_CAP, 0};
    buf[0] = '\0';
    int rc = extract_write_jsonl(d, S_put, &o);
    extract_doc_free(d);
    return rc == 0 && !o.overflow ? 0 : -1;
}

/* A rule of the language that is prefiltered or not, as asked, with no twin; NULL when none. */
static const xp_rule *S_some_rule(const extract_patterns *p, int lang)
{
    /* one whose codes are its own, and that the JIT ranking (patterns/jit.tsv) does not keep interpreted */
    for (size_t i = 0; i < p->n_rules[lang]; i++)
        if (!p->rules[lang][i].twin && p->rules[lang][i].jit_rank != XP_JIT_RANKED_OUT)
            return &p->rules[lang][i];
    return NULL;
}

/* The start of the first match of code in subject, or -1. */
static long S_first(const pcre2_code *code, const char *subject)
{
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(code, NULL);
    cr_assert_not_null(md);
    int rc = pcre2_match(code, (PCRE2_SPTR)subject, strlen(subject), 0, 0, md, NULL);
    long at = rc > 0 ? (long)pcre2_get_ovector_pointer(md)[0] : -1;
    pcre2_match_data_free(md);
    return at;
}

/* While another thread is JIT-compiling (the pattern set's jit_mu held), a rule past the JIT bar runs in the
 * interpreter and is not published; once the compile is done, the next call JIT-compiles it. The code returned
 * either way finds the same matches. */
Test(threads23, rule_waits_its_turn_to_be_jit_compiled)
{
    extract_patterns *p = NULL;
    extract_error err;
    cr_assert_eq(extract_patterns_load(EXTRACT_TEST_PATTERNS, &p, &err), EXTRACT_OK);
    const char *subjects[] = {"La policía detuvo a 26 personas el sábado en la capital.",
                              "fueron excarcelados 8 presos políticos", "llovió 30 milímetros"};
    for (int lang = 0; lang < XP_NLANG; lang++) {
        const xp_rule *r = S_some_rule(p, lang);
        cr_assert_not_null(r);
        cr_assert_eq(pthread_mutex_lock(&p->jit_mu), 0);
        const pcre2_code *interp = NULL;
        for (int k = 0; k < 64; k++) { /* far past the bar (XP_JIT_AFTER asks) */
            interp = xp_rule_run(r);
            cr_assert_not_null(interp);
        }
        size_t size = 1;
        cr_assert_eq(pcre2_pattern_info(interp, PCRE2_INFO_JITSIZE, &size), 0);
        cr_assert_eq(size, 0, "%s: JIT-compiled while another compile held the turn", r->id);
        cr_assert_null(atomic_load(&r->run), "%s: published while another compile held the turn", r->id);
        cr_assert_eq(pthread_mutex_unlock(&p->jit_mu), 0);
        const pcre2_code *jit = xp_rule_run(r);
        cr_assert_not_null(jit);
        cr_assert_eq(atomic_load(&r->run), jit, "%s: not published once its turn came", r->id);
        uint32_t has_jit = 0;
        if (pcre2_config(PCRE2_CONFIG_JIT, &has_jit) >= 0 && has_jit) {
            cr_assert_eq(pcre2_pattern_info(jit, PCRE2_INFO_JITSIZE, &size), 0);
            cr_assert_gt(size, 0, "%s: not JIT-compiled once its turn came", r->id);
        }
        for (size_t s = 0; s < sizeof subjects / sizeof *subjects; s++)
            cr_assert_eq(S_first(interp, subjects[s]), S_first(jit, subjects[s]), "%s on \"%s\"", r->id,
                         subjects[s]);
    }
    extract_patterns_free(p);
}

/* While a language's required sets are being made (required_mu held), a thread asking for them waits instead of
 * making its own: it has not returned while the mutex is held, and it returns the one set made. */
typedef struct {
    const extract_patterns *p;
    int lang;
    const xp_required *got;
    atomic_int done;
} S_ask;

static void *S_ask_required(void *arg)
{
    S_ask *a = arg;
    a->got = xp_required_get(a->p, a->lang);
    atomic_store(&a->done, 1);
    return NULL;
}

Test(threads23, required_sets_made_once_others_wait)
{
    extract_patterns *p = NULL;
    extract_error err;
    cr_assert_eq(extract_patterns_load(EXTRACT_TEST_PATTERNS, &p, &err), EXTRACT_OK);
    for (int lang = 0; lang < XP_NLANG; lang++) {
        cr_assert_null(atomic_load(&p->required[lang]));
        cr_assert_eq(pthread_mutex_lock(&p->required_mu), 0);
        S_ask a[N_THREADS];
        pthread_t t[N_THREADS];
        for (int i = 0; i < N_THREADS; i++) {
            a[i] = (S_ask){.p = p, .lang = lang};
            cr_assert_eq(pthread_create(&t[i], NULL, S_ask_required, &a[i]), 0);
        }
        /* not a timing test: a thread that has not even started yet has not returned either */
        for (int i = 0; i < N_THREADS; i++)
            cr_assert_eq(atomic_load(&a[i].done), 0, "a thread made its own required sets");
        cr_assert_null(atomic_load(&p->required[lang]));
        cr_assert_eq(pthread_mutex_unlock(&p->required_mu), 0);
        for (int i = 0; i < N_THREADS; i++)
            cr_assert_eq(pthread_join(t[i], NULL), 0);
        const xp_required *q = atomic_load(&p->required[lang]);
        cr_assert_not_null(q);
        for (int i = 0; i < N_THREADS; i++)
            cr_assert_eq(a[i].got, q, "thread %d got another copy of the required sets", i);
        cr_assert_eq(xp_required_get(p, lang), q);
    }
    extract_patterns_free(p);
}

/* Eight threads start together on a fresh pattern set, each processing every document many times (so that rules
 * pass the JIT bar while others are being compiled): each document's output is the one a single thread gets with
 * the suite's patterns. */
typedef struct {
    const extract_patterns *p;
    pthread_barrier_t *go;
    char (*want)[S_CAP];
    int bad;
    char buf[S_CAP];
} S_worker;

static void *S_work(void *arg)
{
    S_worker *w = arg;
    pthread_barrier_wait(w->go);
    for (int round = 0; round < 6; round++)
        for (size_t k = 0; k < N_DOCS; k++)
            if (S_json(w->p, DOCS[(k + round) % N_DOCS], w->buf) < 0 ||
                strcmp(w->buf, w->want[(k + round) % N_DOCS]) != 0)
                w->bad++;
    return NULL;
}

Test(threads23, many_threads_same_claims_as_one)
{
    static char want[N_DOCS][S_CAP];
    for (size_t k = 0; k < N_DOCS; k++)
        cr_assert_eq(S_json(P, DOCS[k], want[k]), 0);
    for (size_t k = 0; k + 1 < N_DOCS; k++)
        cr_assert_gt(strlen(want[k]), 100, "document %zu made no claims", k);
    cr_assert_eq(strlen(want[N_DOCS - 1]), 0, "the distractor made a claim: %s", want[N_DOCS - 1]);
    extract_patterns *p = NULL;
    extract_error err;
    cr_assert_eq(extract_patterns_load(EXTRACT_TEST_PATTERNS, &p, &err), EXTRACT_OK);
    pthread_barrier_t go;
    cr_assert_eq(pthread_barrier_init(&go, NULL, N_THREADS), 0);
    static S_worker w[N_THREADS];
    pthread_t t[N_THREADS];
    for (int i = 0; i < N_THREADS; i++) {
        w[i].p = p;
        w[i].go = &go;
        w[i].want = want;
        w[i].bad = 0;
        cr_assert_eq(pthread_create(&t[i], NULL, S_work, &w[i]), 0);
    }
    for (int i = 0; i < N_THREADS; i++)
        cr_assert_eq(pthread_join(t[i], NULL), 0);
    pthread_barrier_destroy(&go);
    for (int i = 0; i < N_THREADS; i++)
        cr_assert_eq(w[i].bad, 0, "thread %d: %d documents differ from one thread's output", i, w[i].bad);
    /* every language's required sets were made, once */
    for (int lang = 0; lang < XP_NLANG; lang++)
        cr_assert_not_null(atomic_load(&p->required[lang]));
    extract_patterns_free(p);
}
