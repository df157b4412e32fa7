/* fuzz_common.h - what the libFuzzer harnesses share: the pattern set loaded once, a document run through the
 * library and every writer, and checks of what the library promises about its output (extract.h): offsets inside
 * the text, text and records that are valid UTF-8, JSON Lines records without raw control bytes. A broken promise
 * aborts, which libFuzzer reports like a crash.
 *
 * Each harness includes this file once; everything here is static. The same sources are built two ways: with
 * libFuzzer (EXTRACT_FUZZ, clang) and, in every build, into fuzz_replay (replay.c), which runs saved inputs. */
#ifndef EXTRACT_FUZZ_COMMON_H
#define EXTRACT_FUZZ_COMMON_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memfd_create, mkdtemp */
#endif

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

#ifndef EXTRACT_FUZZ_PATTERNS
#error "EXTRACT_FUZZ_PATTERNS (the pattern directory) must be defined"
#endif

/* Stops with a message naming the broken promise; libFuzzer saves the input. */
#define FZ_CHECK(cond, what)                                                                                           \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            fprintf(stderr, "fuzz: broken promise: %s (%s:%d)\n", what, __FILE__, __LINE__);                          \
            abort();                                                                                                   \
        }                                                                                                              \
    } while (0)

/* The real pattern set, loaded once per process. */
__attribute__((unused)) static extract_patterns *fz_patterns(void)
{
    static extract_patterns *P;
    if (!P) {
        extract_error err;
        if (extract_patterns_load(EXTRACT_FUZZ_PATTERNS, &P, &err) != EXTRACT_OK) {
            char msg[1200];
            extract_error_format(&err, msg, sizeof msg);
            fprintf(stderr, "fuzz: cannot load the patterns: %s\n", msg);
            abort();
        }
    }
    return P;
}

/* Length of the valid UTF-8 prefix of s[0..n). */
static size_t fz_utf8_valid(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t k;
        uint32_t cp;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            k = 1, cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            k = 2, cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            k = 3, cp = c & 0x07;
        } else {
            return i;
        }
        if (k >= n - i)
            return i;
        for (size_t j = 1; j <= k; j++) {
            if ((s[i + j] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if ((k == 2 && cp < 0x800) || (k == 3 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += k + 1;
    }
    return n;
}

/* A writer that keeps the last record so its shape can be checked, and counts bytes. */
typedef struct {
    char buf[1 << 16];
    size_t len;
    size_t total;
    int json; /* check each JSON Lines record as it completes */
} fz_sink;

/* Checks one JSON Lines record: valid UTF-8, no raw control bytes, an object. */
static void fz_check_record(const char *r, size_t n)
{
    FZ_CHECK(n >= 2 && r[0] == '{' && r[n - 1] == '}', "a JSON Lines record is an object on one line");
    for (size_t i = 0; i < n; i++)
        FZ_CHECK((unsigned char)r[i] >= 0x20, "no raw control byte inside a JSON Lines record");
    FZ_CHECK(fz_utf8_valid((const unsigned char *)r, n) == n, "JSON Lines output is valid UTF-8");
}

static int fz_write(void *ctx, const char *data, size_t len)
{
    fz_sink *s = ctx;
    s->total += len;
    if (!s->json)
        return 0;
    for (size_t i = 0; i < len; i++) {
        if (data[i] == '\n') {
            if (s->len < sizeof s->buf)
                fz_check_record(s->buf, s->len);
            s->len = 0;
        } else if (s->len < sizeof s->buf) {
            s->buf[s->len++] = data[i];
        } else {
            s->len = sizeof s->buf + 1; /* too long to keep: not checked */
        }
    }
    return 0;
}

/* Runs one document through extract_process and every writer, checking what extract.h promises. */
static void fz_process(const extract_patterns *p, const char *bytes, size_t len, const char *name,
                       const extract_options *opt)
{
    extract_doc *d = NULL;
    extract_error err;
    extract_status st = extract_process(p, bytes, len, name, opt, &d, &err);
    if (st != EXTRACT_OK) {
        FZ_CHECK(d == NULL, "no document on error");
        FZ_CHECK(st == EXTRACT_ERR_INPUT || st == EXTRACT_ERR_USAGE || st == EXTRACT_ERR_NOMEM,
                 "a document fails only as input, usage or memory");
        FZ_CHECK(memchr(err.message, '\0', sizeof err.message) && err.message[0], "an error has a message");
        char msg[1200];
        extract_error_format(&err, msg, sizeof msg);
        return;
    }
    FZ_CHECK(d != NULL, "a document on EXTRACT_OK");
    size_t tl;
    const char *text = extract_doc_text(d, &tl);
    FZ_CHECK(text != NULL, "the document has a text");
    FZ_CHECK(fz_utf8_valid((const unsigned char *)text, tl) == tl, "the document text is valid UTF-8");
    const char *lang = extract_doc_lang(d);
    FZ_CHECK(lang && strlen(lang) == 2, "a language");
    FZ_CHECK(strlen(extract_doc_ref_date(d)) == 10, "a reference date");
    FZ_CHECK(extract_doc_ref_date_source(d) != NULL, "a reference date source");
    for (size_t i = 0; i < extract_doc_warning_count(d); i++)
        FZ_CHECK(extract_doc_warning(d, i) && strlen(extract_doc_warning(d, i)) > 0, "a warning has text");
    for (size_t i = 0; i < extract_doc_claim_count(d); i++) {
        const extract_claim *c = extract_doc_claim(d, i);
        FZ_CHECK(c->start <= c->end && c->end <= tl, "a claim's sentence lies inside the text");
        FZ_CHECK(c->count_text && c->rule && c->section, "a claim has its count text, rule and section");
        FZ_CHECK(c->claimed_on[0] == '\0' || strlen(c->claimed_on) == 10, "claimed_on is a date or empty");
        FZ_CHECK(c->period_from[0] == '\0' || strlen(c->period_from) == 10, "period_from is a date or empty");
        FZ_CHECK(c->period_to[0] == '\0' || strlen(c->period_to) == 10, "period_to is a date or empty");
        FZ_CHECK(c->confidence >= 0.0 && c->confidence <= 1.0, "confidence in [0,1]");
        (void)strlen(c->count_text);
        if (c->subject)
            (void)strlen(c->subject);
        if (c->claimant.name)
            (void)strlen(c->claimant.name);
        if (c->claimant.title)
            (void)strlen(c->claimant.title);
    }
    static fz_sink sink;
    sink.len = 0;
    sink.json = 1;
    FZ_CHECK(extract_write_jsonl(d, fz_write, &sink) == 0, "writing JSON Lines to a writer that never fails");
    FZ_CHECK(sink.len == 0, "the JSON Lines output ends with a newline");
    sink.json = 0;
    FZ_CHECK(extract_write_tsv(d, fz_write, &sink) == 0, "writing TSV");
    FZ_CHECK(extract_write_csv(d, fz_write, &sink) == 0, "writing CSV");
    if (opt && opt->explain)
        FZ_CHECK(extract_write_explain(d, fz_write, &sink) == 0, "writing the explanation");
    extract_doc_free(d);
}

/* A small deterministic hash of the input, to vary options without spending input bytes on them (so the seed
 * corpus stays plain documents). */
static uint32_t fz_hash(const uint8_t *data, size_t size)
{
    uint32_t h = 2166136261u;
    size_t n = size < 64 ? size : 64;
    for (size_t i = 0; i < n; i++)
        h = (h ^ data[i]) * 16777619u;
    return h ^ (uint32_t)size;
}

/* Options for one document: a fixed reference date or none (then the document's own or today), a forced
 * language or detection, the explanation trace on or off. */
static void fz_options(uint32_t h, extract_options *opt, extract_input_format format)
{
    static const char *const langs[] = {NULL, NULL, "es", "pt", "en"};
    memset(opt, 0, sizeof *opt);
    opt->format = format;
    opt->ref_date = (h & 1) ? "2026-01-15" : NULL;
    opt->lang = langs[(h >> 1) % 5];
    opt->explain = (h >> 4) & 1;
}

#endif
