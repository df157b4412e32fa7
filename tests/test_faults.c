/* test_faults.c - allocation failure. extract.h promises that when an allocation fails the call returns
 * EXTRACT_ERR_NOMEM, leaks nothing and produces no output. xi_fail_alloc_after(n) makes the nth allocation from now
 * fail, so each test walks n = 0, 1, 2, ... until the call no longer runs out of allocations to fail, checking every
 * step. Under the sanitizer build a crash, a use of freed memory or a leak (LeakSanitizer, checked explicitly after
 * each walk) fails the test. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define S_UNDER_VALGRIND RUNNING_ON_VALGRIND
#else
#define S_UNDER_VALGRIND 0
#endif

#include "extract.h"
#include "util.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#define HAVE_LSAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#include <sanitizer/lsan_interface.h>
#define HAVE_LSAN 1
#endif
#endif

/* Any leak so far fails the test here, where it can be blamed on the walk just done, rather than at exit. */
static void assert_no_leaks(void)
{
#ifdef HAVE_LSAN
    cr_assert_eq(__lsan_do_recoverable_leak_check(), 0, "memory leaked (LeakSanitizer report above)");
#endif
}

/* No walk should need more steps than this; reaching it means the hook stopped working. */
#define MAX_STEPS 20000

static extract_patterns *P;

static void setup(void)
{
    xi_fail_alloc_after(-1);
    extract_error err;
    if (extract_patterns_load(EXTRACT_TEST_PATTERNS, &P, &err) != EXTRACT_OK)
        cr_assert_fail("cannot load the patterns: %s", err.message);
}

static void teardown(void)
{
    xi_fail_alloc_after(-1);
    extract_patterns_free(P);
}

TestSuite(process_nomem, .init = setup, .fini = teardown);

/* A paragraph that takes every stage through its allocating paths: a dateline, qualifiers, claimants learnt and
 * resolved, quotations, dates, an invalid byte (a warning), several claims. */
static const char ARTICLE[] =
    "Excarcelan a decenas de presos políticos\n"
    "\n"
    "CARACAS, 14 de enero de 2026 (EFE) – Al menos 80 presos políticos fueron excarcelados desde el 8 de enero, "
    "según Foro Penal.\n"
    "\n"
    "El director de Foro Penal, Alfredo Romero, dijo el martes que 24 presos políticos siguen en El Rodeo. "
    "\"Hay 120 detenidos sin juicio\", afirmó Romero.\n"
    "\n"
    "La organización informó que 35 personas fueron detenidas el lunes. Él añadió que ayer liberaron a 12 "
    "estudiantes \xff en Valencia.\n";

typedef struct {
    size_t claims;
    long long sum; /* of counts: a cheap fingerprint of which claims were found */
    size_t warnings;
} outcome;

static outcome outcome_of(const extract_doc *d)
{
    outcome o = {extract_doc_claim_count(d), 0, extract_doc_warning_count(d)};
    for (size_t i = 0; i < o.claims; i++)
        o.sum += extract_doc_claim(d, i)->count;
    return o;
}

static int discard(void *ctx, const char *data, size_t len)
{
    (void)data;
    *(size_t *)ctx += len;
    return 0;
}

/* Walks every allocation of extract_process on text; returns the number of steps that failed cleanly. */
static long walk_process(const char *text, size_t len, int explain)
{
    extract_options opt = {.ref_date = "2026-01-14", .explain = explain};
    extract_doc *ref = NULL;
    extract_error err;
    cr_assert_eq(extract_process(P, text, len, "doc.txt", &opt, &ref, &err), EXTRACT_OK);
    outcome want = outcome_of(ref);
    cr_assert_gt(want.claims, 0, "the text must produce claims for the walk to mean anything");
    extract_doc_free(ref);

    long n;
    for (n = 0; n < MAX_STEPS; n++) {
        extract_doc *d = (extract_doc *)0x1;
        memset(&err, 0, sizeof err);
        xi_fail_alloc_after(n);
        extract_status st = extract_process(P, text, len, "doc.txt", &opt, &d, &err);
        xi_fail_alloc_after(-1);
        if (st == EXTRACT_OK) {
            /* the first step that runs out of allocations to fail must give the normal result */
            cr_assert_not_null(d);
            outcome got = outcome_of(d);
            cr_assert(got.claims == want.claims && got.sum == want.sum && got.warnings == want.warnings,
                      "after %ld allocations: %zu claims (sum %lld), %zu warnings; expected %zu (sum %lld), %zu", n,
                      got.claims, got.sum, got.warnings, want.claims, want.sum, want.warnings);
            size_t written = 0;
            cr_assert_eq(extract_write_jsonl(d, discard, &written), 0);
            cr_assert_gt(written, 0);
            if (explain)
                cr_assert_eq(extract_write_explain(d, discard, &written), 0);
            extract_doc_free(d);
            break;
        }
        cr_assert_eq(st, EXTRACT_ERR_NOMEM, "allocation %ld failed: status %d (%s), expected EXTRACT_ERR_NOMEM", n, st,
                     err.message);
        cr_assert_null(d, "allocation %ld failed: *out must be NULL", n);
        cr_assert_eq(err.code, EXTRACT_ERR_NOMEM);
        cr_assert_str_eq(err.input, "doc.txt", "the error must name the document");
        cr_assert_gt(strlen(err.message), 0);
    }
    cr_assert_lt(n, MAX_STEPS, "extract_process never succeeded: the fault hook seems stuck");
    cr_assert_gt(n, 0, "extract_process succeeded with its first allocation failing");
    assert_no_leaks();
    return n;
}

Test(process_nomem, article)
{
    long n = walk_process(ARTICLE, sizeof ARTICLE - 1, 0);
    cr_log_info("extract_process: %ld allocations walked", n);
}

/* --explain keeps a growing trace buffer: its failures must surface as NOMEM too. */
Test(process_nomem, article_with_explain) { walk_process(ARTICLE, sizeof ARTICLE - 1, 1); }

/* A long document grows every per-document structure (arena blocks, mentions, sentences, claims) several times. */
Test(process_nomem, long_document)
{
    size_t reps = 120, one = sizeof ARTICLE - 1;
    char *text = malloc(reps * (one + 1) + 1);
    size_t len = 0;
    for (size_t i = 0; i < reps; i++) {
        memcpy(text + len, ARTICLE, one);
        len += one;
        text[len++] = '\n';
    }
    long n = walk_process(text, len, 0);
    cr_log_info("extract_process on %zu bytes: %ld allocations walked", len, n);
    free(text);
}

/* After a failed call the library is in a normal state: the same set processes the next document correctly. */
Test(process_nomem, library_recovers_after_failures)
{
    extract_options opt = {.ref_date = "2026-01-14"};
    extract_doc *d = NULL;
    extract_error err;
    for (long n = 0; n < 5; n++) {
        xi_fail_alloc_after(n);
        extract_status st = extract_process(P, ARTICLE, sizeof ARTICLE - 1, "doc.txt", &opt, &d, &err);
        xi_fail_alloc_after(-1);
        cr_assert_eq(st, EXTRACT_ERR_NOMEM);
    }
    cr_assert_eq(extract_process(P, ARTICLE, sizeof ARTICLE - 1, "doc.txt", &opt, &d, &err), EXTRACT_OK);
    cr_assert_gt(extract_doc_claim_count(d), 0);
    extract_doc_free(d);
    cr_assert_eq(extract_patterns_check(P, NULL, NULL, NULL), 0);
    assert_no_leaks();
}

/* ---- the hook and the allocation helpers themselves ---- */

/* The nth allocation from the arming fails (the ones before it succeed) until the hook is disabled. */
Test(fault_hook, counts_allocations_and_resets)
{
    xi_fail_alloc_after(2);
    void *a = xi_malloc(8), *b = xi_calloc(2, 4), *c = xi_malloc(8);
    xi_fail_alloc_after(-1);
    cr_assert_not_null(a);
    cr_assert_not_null(b);
    cr_assert_null(c, "the third allocation should fail");
    free(a);
    free(b);
    xi_fail_alloc_after(0);
    void *r = xi_realloc(NULL, 16);
    xi_fail_alloc_after(-1);
    cr_assert_null(r);
    r = xi_malloc(16);
    cr_assert_not_null(r, "disabled hook still failing");
    free(r);
}

Test(fault_hook, buffer_failure_is_sticky_and_freeable)
{
    xi_buf b;
    xi_buf_init(&b);
    cr_assert_eq(xi_buf_puts(&b, "abc"), 0);
    xi_fail_alloc_after(0);
    char big[1024];
    memset(big, 'x', sizeof big);
    int rc = xi_buf_append(&b, big, sizeof big);
    xi_fail_alloc_after(-1);
    cr_assert_eq(rc, -1);
    cr_assert(b.failed);
    cr_assert_eq(xi_buf_puts(&b, "d"), -1, "a failed buffer must stay failed");
    cr_assert_null(xi_buf_detach(&b), "detach of a failed buffer must not hand out partial data");
    xi_buf_free(&b);
    assert_no_leaks();
}

Test(fault_hook, arena_failure_returns_null_and_keeps_earlier_blocks)
{
    xi_arena a;
    xi_arena_init(&a);
    char *s = xi_arena_strndup(&a, "Foro Penal", 10);
    cr_assert_str_eq(s, "Foro Penal");
    xi_fail_alloc_after(0);
    void *big = xi_arena_alloc(&a, 1 << 20);
    xi_fail_alloc_after(-1);
    cr_assert_null(big);
    cr_assert_str_eq(s, "Foro Penal", "a failed allocation disturbed an earlier block");
    void *p = xi_arena_alloc(&a, 100);
    cr_assert_not_null(p);
    cr_assert_eq(((uintptr_t)p) % 16, 0);
    xi_arena_free(&a);
    assert_no_leaks();
}

/* Loading a pattern set fails cleanly at every sampled allocation: NOMEM, no set handed out, nothing leaked
 * (ASan checks the last point). Every allocation up to 64, then every 23rd (every 460th under valgrind, where a
 * load takes seconds) plus a stride growing with n: each failed load costs time in proportion to n, so an even
 * stride would make the run grow with the square of the pattern set. */
Test(patterns_nomem, load_fails_cleanly_at_every_sampled_allocation, .timeout = 600)
{
    long n, step = S_UNDER_VALGRIND ? 460 : 23;
    for (n = 0; n < 200000; n += n < 64 ? 1 : step + n / 128) {
        extract_patterns *p = (extract_patterns *)0x1;
        extract_error err;
        xi_fail_alloc_after(n);
        extract_status st = extract_patterns_load(EXTRACT_TEST_PATTERNS, &p, &err);
        xi_fail_alloc_after(-1);
        if (st == EXTRACT_OK) {
            cr_assert_eq(extract_patterns_check(p, NULL, NULL, NULL), 0);
            extract_patterns_free(p);
            break;
        }
        cr_assert_eq(st, EXTRACT_ERR_NOMEM, "allocation %ld: status %d (%s:%ld: %s)", n, st, err.input, err.line,
                     err.message);
        cr_assert_null(p);
    }
    cr_assert_lt(n, 200000);
}

/* The sampled walk above can step over an allocation; on small sets with a lexicon and a table every allocation
 * is failed in turn, so each failure path of the loader (a list's first rows, one entry's copy) is taken. */
Test(patterns_nomem, small_sets_fail_cleanly_at_every_allocation, .timeout = 600)
{
    static const char *const sets[] = {EXTRACT_TEST_DATA "/patterns_lexicon_trie", EXTRACT_TEST_DATA "/patterns_good_min"};
    for (size_t i = 0; i < sizeof sets / sizeof *sets; i++) {
        long n;
        for (n = 0; n < 100000; n++) {
            extract_patterns *p = (extract_patterns *)0x1;
            extract_error err;
            xi_fail_alloc_after(n);
            extract_status st = extract_patterns_load(sets[i], &p, &err);
            xi_fail_alloc_after(-1);
            if (st == EXTRACT_OK) {
                cr_assert_eq(extract_patterns_check(p, NULL, NULL, NULL), 0, "%s", sets[i]);
                extract_patterns_free(p);
                break;
            }
            cr_assert_eq(st, EXTRACT_ERR_NOMEM, "%s, allocation %ld: status %d (%s:%ld: %s)", sets[i], n, st, err.input,
                         err.line, err.message);
            cr_assert_null(p);
        }
        cr_assert_lt(n, 100000, "%s never loaded", sets[i]);
    }
}
