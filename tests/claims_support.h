/* claims_support.h - what the end-to-end claim tests share (test_claims, test_claimants, test_dates,
 * test_events): the real pattern set loaded once per suite, a document run with the reference date 2026-01-14
 * (a Wednesday), and the description of every claim a failing assertion prints. Included by one test file
 * each, so its definitions are static; the ones a file does not use are marked so. */
#ifndef EXTRACT_TESTS_CLAIMS_SUPPORT_H
#define EXTRACT_TESTS_CLAIMS_SUPPORT_H

#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

#define S_UNUSED __attribute__((unused))

static extract_patterns *P;

static void setup(void)
{
    extract_error err;
    if (extract_patterns_load(EXTRACT_TEST_PATTERNS, &P, &err) != EXTRACT_OK) {
        char msg[1200];
        extract_error_format(&err, msg, sizeof msg);
        cr_assert_fail("cannot load the patterns: %s", msg);
    }
}

static void teardown(void) { extract_patterns_free(P); }

static const char *const EVENTS[] S_UNUSED = {"release", "held", "detention"};
static const char *const QUALS[] S_UNUSED = {"exact", "approx", "at_least", "more_than", "at_most", "less_than"};
static const char *const KINDS[] S_UNUSED = {"person", "organization", "government", "media", "unknown"};

/* Describes every claim of a document in buf: the context a failing assertion prints. */
static S_UNUSED const char *describe(const extract_doc *d, char *buf, size_t len)
{
    size_t o = (size_t)snprintf(buf, len, "lang %s, ref_date %s (%s), %zu claims", extract_doc_lang(d),
                                extract_doc_ref_date(d), extract_doc_ref_date_source(d), extract_doc_claim_count(d));
    for (size_t i = 0; i < extract_doc_claim_count(d) && o < len; i++) {
        const extract_claim *c = extract_doc_claim(d, i);
        o += (size_t)snprintf(buf + o, len - o, "\n    %s %lld %s [%s] claimant=%s (%s, title %s) on=%s period=%s..%s",
                              EVENTS[c->event], (long long)c->count, QUALS[c->qualifier], c->count_text,
                              c->claimant.name ? c->claimant.name : "-", KINDS[c->claimant.kind],
                              c->claimant.title ? c->claimant.title : "-", c->claimed_on, c->period_from,
                              c->period_to);
    }
    return buf;
}

/* The claims of a text (reference date 2026-01-14) under pattern set p, as describe writes them: the perf tests
 * (test_perf24, 25, 26) compare two sets' or two paths' results with it. The caller frees the text. */
static S_UNUSED char *claims_text(extract_patterns *p, const char *text, const char *lang)
{
    extract_doc *d = NULL;
    extract_error err;
    extract_options opt = {.ref_date = "2026-01-14", .lang = lang};
    cr_assert_eq(extract_process(p, text, strlen(text), "t", &opt, &d, &err), EXTRACT_OK);
    char *buf = calloc(1, 8192);
    cr_assert_not_null(buf);
    describe(d, buf, 8192);
    extract_doc_free(d);
    return buf;
}

static S_UNUSED extract_doc *run_opt(const char *text, const extract_options *opt)
{
    extract_doc *d = NULL;
    extract_error err;
    extract_status st = extract_process(P, text, strlen(text), "test", opt, &d, &err);
    cr_assert_eq(st, EXTRACT_OK, "extract_process failed (%d): %s", st, err.message);
    cr_assert_not_null(d);
    return d;
}

/* Processes text as language lang (NULL: detect) with the reference date 2026-01-14, a Wednesday. */
static S_UNUSED extract_doc *run(const char *text, const char *lang)
{
    extract_options opt = {.ref_date = "2026-01-14", .lang = lang};
    return run_opt(text, &opt);
}

/* The claim with this event and count, or a failed assertion listing the document's claims. */
static S_UNUSED const extract_claim *claim_of(const extract_doc *d, extract_event ev, long long value)
{
    for (size_t i = 0; i < extract_doc_claim_count(d); i++) {
        const extract_claim *c = extract_doc_claim(d, i);
        if (c->event == ev && c->count == value)
            return c;
    }
    char buf[4096];
    cr_assert_fail("no %s claim of %lld; the document has: %s", EVENTS[ev], value, describe(d, buf, sizeof buf));
    return NULL;
}

/* How many claims of the text give value with event ev. */
static S_UNUSED size_t count_claims(const char *text, const char *lang, extract_event ev, long long value)
{
    extract_doc *d = run(text, lang);
    size_t n = 0;
    for (size_t i = 0; i < extract_doc_claim_count(d); i++)
        if (extract_doc_claim(d, i)->event == ev && extract_doc_claim(d, i)->count == value)
            n++;
    extract_doc_free(d);
    return n;
}

/* Asserts the period (from and to, "" for none) of the claim of this event and value, read with ref_date. */
static S_UNUSED void expect_period_on(const char *text, const char *lang, const char *ref_date, extract_event ev,
                                      long long value, const char *from, const char *to)
{
    extract_options opt = {.ref_date = ref_date, .lang = lang};
    extract_doc *d = run_opt(text, &opt);
    char buf[4096];
    const extract_claim *c = claim_of(d, ev, value);
    cr_expect_str_eq(c->period_from, from, "%s: period from %s, expected %s; %s", text, c->period_from, from,
                     describe(d, buf, sizeof buf));
    cr_expect_str_eq(c->period_to, to, "%s: period to %s, expected %s; %s", text, c->period_to, to,
                     describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

/* The same with run()'s reference date, 2026-01-14. */
static S_UNUSED void expect_period(const char *text, const char *lang, extract_event ev, long long value,
                                   const char *from, const char *to)
{
    expect_period_on(text, lang, "2026-01-14", ev, value, from, to);
}

/* Asserts claimed_on and the period ("" for none) of the claim of this event and value, read with ref_date. */
static S_UNUSED void expect_days_on(const char *text, const char *lang, const char *ref_date, extract_event ev,
                                    long long value, const char *on, const char *from, const char *to)
{
    extract_options opt = {.ref_date = ref_date, .lang = lang};
    extract_doc *d = run_opt(text, &opt);
    char buf[4096];
    const extract_claim *c = claim_of(d, ev, value);
    cr_expect_str_eq(c->claimed_on, on, "%s: %s", text, describe(d, buf, sizeof buf));
    cr_expect_str_eq(c->period_from, from, "%s: %s", text, describe(d, buf, sizeof buf));
    cr_expect_str_eq(c->period_to, to, "%s: %s", text, describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

/* The same with run()'s reference date, 2026-01-14. */
static S_UNUSED void expect_days(const char *text, const char *lang, extract_event ev, long long value, const char *on,
                                 const char *from, const char *to)
{
    expect_days_on(text, lang, "2026-01-14", ev, value, on, from, to);
}

static const char *const STANCES[] S_UNUSED = {"asserts", "disputes", "denies"};

/* Asserts that the text's claim of this event and value has this stance. */
static S_UNUSED void expect_stance(const char *text, const char *lang, int ev, long long value, extract_stance want)
{
    extract_doc *d = run(text, lang);
    const extract_claim *c = claim_of(d, (extract_event)ev, value);
    char buf[4096];
    cr_expect_eq(c->stance, want, "%lld: stance %s, expected %s; %s", value, STANCES[c->stance], STANCES[want],
                 describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

/* The claim of ev/value whose claimant's name holds who, with stance want; fails listing the claims if none. */
static S_UNUSED void expect_reply(const char *text, const char *lang, extract_event ev, long long value,
                                   const char *who, extract_stance want)
{
    extract_doc *d = run(text, lang);
    const extract_claim *hit = NULL;
    for (size_t i = 0; i < extract_doc_claim_count(d) && !hit; i++) {
        const extract_claim *c = extract_doc_claim(d, i);
        if (c->event == ev && c->count == value && c->claimant.name && strstr(c->claimant.name, who))
            hit = c;
    }
    char buf[4096];
    cr_assert_not_null(hit, "no %s claim of %lld by %s: %s", EVENTS[ev], value, who, describe(d, buf, sizeof buf));
    cr_expect_eq(hit->stance, want, "%s's stance: %s, want %s", who, STANCES[hit->stance], STANCES[want]);
    extract_doc_free(d);
}

/* Asserts that the document has a claim of this event and value whose claimant has this name (NULL: none) and kind. */
static S_UNUSED void expect_claimant(const char *text, const char *lang, extract_event ev, long long value, const char *name,
                                     extract_actor_kind kind)
{
    extract_doc *d = run(text, lang);
    char buf[4096];
    const extract_claim *c = NULL;
    for (size_t i = 0; i < extract_doc_claim_count(d) && !c; i++)
        if (extract_doc_claim(d, i)->event == ev && extract_doc_claim(d, i)->count == value)
            c = extract_doc_claim(d, i);
    cr_assert_not_null(c, "no %s claim of %lld; the document has: %s", EVENTS[ev], value, describe(d, buf, sizeof buf));
    if (!name) {
        cr_assert_null(c->claimant.name, "claimant %s, expected none", c->claimant.name);
    } else {
        cr_assert_not_null(c->claimant.name, "no claimant, expected %s; %s", name, describe(d, buf, sizeof buf));
        cr_assert_str_eq(c->claimant.name, name);
        cr_assert_eq(c->claimant.kind, kind, "claimant kind %s, expected %s", KINDS[c->claimant.kind], KINDS[kind]);
    }
    extract_doc_free(d);
}

/* The event of the claim counting value, or -1 when no claim counts it. */
static S_UNUSED int event_of(const extract_doc *d, long long value)
{
    for (size_t i = 0; i < extract_doc_claim_count(d); i++)
        if (extract_doc_claim(d, i)->count == value)
            return (int)extract_doc_claim(d, i)->event;
    return -1;
}

/* Asserts that the text gives value with event ev (or no claim for value when ev < 0). */
static S_UNUSED void expect_event(const char *text, const char *lang, long long value, int ev)
{
    extract_doc *d = run(text, lang);
    char buf[2048];
    int got = event_of(d, value);
    cr_expect_eq(got, ev, "%s: %lld expected %s, got %s; %s", text, value, ev < 0 ? "no claim" : EVENTS[ev],
                 got < 0 ? "no claim" : EVENTS[got], describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

enum { NONE = -1, REL = EXTRACT_EVENT_RELEASE, HELD = EXTRACT_EVENT_HELD, DET = EXTRACT_EVENT_DETENTION };

#endif
