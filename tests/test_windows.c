/* test_windows.c - long documents read in windows of whole paragraphs (document.c, S_windows, and the input
 * normalized in pieces, S_normalize_pieces). A document made of corpus articles, one language at a time, is read
 * whole and in windows of a few kilobytes (so the test is quick): the text must be the same byte for byte, no
 * claim may be given twice by two windows that overlap, every claim's offsets must point at its sentence in the
 * whole text, and the claims must agree with the whole run's except for the few that document-wide steps or a
 * boundary change (at least 80% agree here, with windows far smaller than the default). Nothing here is timed. */
#include <criterion/criterion.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

static extract_patterns *P;

static void setup(void)
{
    extract_error err;
    if (extract_patterns_load(EXTRACT_TEST_PATTERNS, &P, &err) != EXTRACT_OK)
        cr_assert_fail("cannot load the patterns: %s", err.message);
}
static void teardown(void) { extract_patterns_free(P); }

TestSuite(windows, .init = setup, .fini = teardown);

/* The first n articles listed in corpus/<lang>/index.tsv, one after another with a blank line between them. */
static char *S_build(const char *lang, int n, size_t *len)
{
    char dir[1024], path[2200], line[1024];
    snprintf(dir, sizeof dir, "%s/../corpus/%s", EXTRACT_TEST_PATTERNS, lang);
    snprintf(path, sizeof path, "%s/index.tsv", dir);
    FILE *idx = fopen(path, "r");
    cr_assert(idx, "cannot open %s", path);
    char *doc = NULL;
    size_t dl = 0;
    for (int k = 0; k < n && fgets(line, sizeof line, idx);) {
        char *tab = strchr(line, '\t');
        if (!tab)
            continue;
        *tab = '\0';
        snprintf(path, sizeof path, "%s/%s", dir, line);
        FILE *f = fopen(path, "rb");
        cr_assert(f, "cannot open %s", path);
        fseek(f, 0, SEEK_END);
        long fl = ftell(f);
        fseek(f, 0, SEEK_SET);
        doc = realloc(doc, dl + (size_t)fl + 3);
        cr_assert(doc);
        cr_assert_eq(fread(doc + dl, 1, (size_t)fl, f), (size_t)fl);
        fclose(f);
        dl += (size_t)fl;
        memcpy(doc + dl, "\n\n", 2);
        dl += 2;
        k++;
    }
    fclose(idx);
    *len = dl;
    return doc;
}

static extract_doc *S_run(const char *bytes, size_t len, const char *lang, size_t window)
{
    extract_options opt = {.ref_date = "2026-01-14", .lang = lang, .window_bytes = window};
    extract_doc *d = NULL;
    extract_error err;
    cr_assert_eq(extract_process(P, bytes, len, "doc", &opt, &d, &err), EXTRACT_OK, "%s", err.message);
    return d;
}

static int S_same_claim(const extract_claim *a, const extract_claim *b)
{
    return a->start == b->start && a->end == b->end && a->event == b->event && a->count == b->count &&
           !a->claimant.name == !b->claimant.name &&
           (!a->claimant.name || strcmp(a->claimant.name, b->claimant.name) == 0);
}

static void S_compare(const char *lang)
{
    size_t len;
    char *bytes = S_build(lang, 12, &len);
    extract_doc *whole = S_run(bytes, len, lang, SIZE_MAX);
    extract_doc *win = S_run(bytes, len, lang, 16000);
    size_t wl, tl;
    const char *wt = extract_doc_text(whole, &wl), *t = extract_doc_text(win, &tl);
    cr_assert_eq(wl, tl, "%s: the text normalized in pieces has %zu bytes, whole %zu", lang, tl, wl);
    cr_assert(memcmp(wt, t, wl) == 0, "%s: the text normalized in pieces differs", lang);
    size_t nw = extract_doc_claim_count(whole), nc = extract_doc_claim_count(win), agree = 0;
    cr_assert_gt(nw, 10, "%s: the test document gives too few claims (%zu) to compare", lang, nw);
    for (size_t i = 0; i < nc; i++) {
        const extract_claim *c = extract_doc_claim(win, i);
        cr_assert(c->start < c->end && c->end <= tl, "%s: claim %zu has offsets [%zu,%zu) outside the text", lang, i,
                  c->start, c->end);
        cr_assert(c->count_text && strstr(c->count_text, "") && c->rule && c->section);
        /* the count as written lies inside the evidence sentence, so the offsets are the whole text's */
        int inside = 0;
        size_t ct = strlen(c->count_text);
        for (size_t k = c->start; k + ct <= c->end && !inside; k++)
            inside = memcmp(t + k, c->count_text, ct) == 0;
        cr_assert(inside, "%s: claim %zu's count \"%s\" is not in its sentence [%zu,%zu)", lang, i, c->count_text,
                  c->start, c->end);
        for (size_t j = 0; j < i; j++)
            cr_assert(!S_same_claim(c, extract_doc_claim(win, j)), "%s: claims %zu and %zu are the same claim "
                      "(two windows gave it)", lang, j, i);
        for (size_t j = 0; j < nw; j++)
            if (S_same_claim(c, extract_doc_claim(whole, j))) {
                agree++;
                break;
            }
    }
    /* what is lost at a boundary or changes with the span read: a statement's issuer, found in the opening
     * paragraphs of the document, is the opening window's; actors named further back than a window's context */
    cr_assert_geq(agree * 10, nw * 8, "%s: only %zu of the %zu claims of the whole run are found in windows (%zu)",
                  lang, agree, nw, nc);
    cr_assert_geq(agree * 10, nc * 8, "%s: only %zu of the %zu claims found in windows are the whole run's", lang,
                  agree, nc);
    extract_doc_free(whole);
    extract_doc_free(win);
    free(bytes);
}

Test(windows, spanish_articles) { S_compare("es"); }
Test(windows, portuguese_articles) { S_compare("pt"); }
Test(windows, english_articles) { S_compare("en"); }

/* Pieces are cut after line breaks: Windows line ends, invalid bytes, a byte order mark after a line break and
 * combining accents normalize as they do in one piece, and the invalid-UTF-8 warning is the same. */
Test(windows, pieces_normalize_as_the_whole)
{
    static const char unit[] = "Foro Penal dijo el martes que 12 presos fueron liberados.\r\n\r\n"
                               "Cafe\xCC\x81 con le\xC3\xB1" "a \xFF y m\xC3\xA1s.\n\xEF\xBB\xBFLinea con marca.\n\n";
    size_t ul = sizeof unit - 1, len = ul * 200;
    char *bytes = malloc(len);
    cr_assert(bytes);
    for (size_t i = 0; i < 200; i++)
        memcpy(bytes + i * ul, unit, ul);
    extract_doc *whole = S_run(bytes, len, "es", SIZE_MAX);
    extract_doc *win = S_run(bytes, len, "es", 1000);
    size_t wl, tl;
    const char *wt = extract_doc_text(whole, &wl), *t = extract_doc_text(win, &tl);
    cr_assert_eq(wl, tl);
    cr_assert(memcmp(wt, t, wl) == 0);
    cr_assert_eq(extract_doc_warning_count(whole), extract_doc_warning_count(win));
    for (size_t i = 0; i < extract_doc_warning_count(whole); i++)
        cr_assert_str_eq(extract_doc_warning(whole, i), extract_doc_warning(win, i));
    cr_assert_eq(extract_doc_claim_count(whole), extract_doc_claim_count(win));
    extract_doc_free(whole);
    extract_doc_free(win);
    /* extract_process_take frees the bytes itself, on success as here */
    extract_options opt = {.ref_date = "2026-01-14", .lang = "es", .window_bytes = 1000};
    extract_doc *d = NULL;
    extract_error err;
    cr_assert_eq(extract_process_take(P, bytes, len, "doc", &opt, &d, &err), EXTRACT_OK);
    cr_assert_eq(extract_doc_claim_count(d), extract_doc_claim_count(d));
    extract_doc_free(d);
}

/* A document no longer than the window is read whole: the same claims, in the same order, as ever. */
Test(windows, short_document_is_read_whole)
{
    size_t len;
    char *bytes = S_build("pt", 3, &len);
    extract_doc *a = S_run(bytes, len, "pt", SIZE_MAX), *b = S_run(bytes, len, "pt", 0);
    cr_assert_eq(extract_doc_claim_count(a), extract_doc_claim_count(b));
    for (size_t i = 0; i < extract_doc_claim_count(a); i++)
        cr_assert(S_same_claim(extract_doc_claim(a, i), extract_doc_claim(b, i)));
    extract_doc_free(a);
    extract_doc_free(b);
    free(bytes);
}
