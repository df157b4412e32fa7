/* test_memory19.c - streaming a document's claims (extract_process_stream, nineteenth session, issue #5): a long
 * document's claims are handed over window by window and its text normalized a piece at a time, so neither its
 * claims nor its whole text are held. What is checked is behaviour, never time or memory: the records written
 * part after part (JSON Lines, TSV, CSV) are byte for byte those of the document processed with extract_process,
 * the warnings come in the same order, a long text comes in several parts and is not kept, a short one comes in
 * one part and is kept, and a non-zero return stops the document. The documents are paragraphs written for this
 * test in Spanish, Portuguese and English, repeated with other figures, with CRLF line ends, an invalid byte, long
 * runs of spaces between paragraphs and a paragraph without line breaks (where the windows and the pieces are
 * cut), read in windows of a few kilobytes so the test is quick. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h" /* the patterns loaded once per suite: setup, teardown, P */

TestSuite(memory19, .init = setup, .fini = teardown);

typedef struct {
    char *data;
    size_t len, cap;
} S_buf;

static int S_put(void *ctx, const char *data, size_t len)
{
    S_buf *b = ctx;
    if (b->len + len + 1 > b->cap) {
        b->cap = (b->len + len + 1) * 2;
        b->data = realloc(b->data, b->cap);
        cr_assert(b->data);
    }
    memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
    return 0;
}

static void S_puts(S_buf *b, const char *s) { S_put(b, s, strlen(s)); }

static const char *const ES[] = {
    "El Gobierno liberó este martes a %d presos políticos, según informó el ministro del Interior en una rueda de "
    "prensa en la capital.",
    "La organización Foro Penal afirmó que %d personas siguen detenidas en cárceles del país por motivos "
    "políticos, y pidió su libertad inmediata.",
    "Según la fiscalía, la policía detuvo a %d manifestantes durante las protestas del fin de semana en tres "
    "ciudades.",
};
static const char *const PT[] = {
    "O governo libertou nesta terça-feira %d presos políticos, segundo informou o ministro do Interior numa "
    "conferência de imprensa na capital.",
    "A organização Justiça Global afirmou que %d pessoas continuam detidas em prisões do país por motivos "
    "políticos e pediu a sua libertação.",
    "De acordo com a procuradoria, a polícia deteve %d manifestantes durante os protestos do fim de semana.",
};
static const char *const EN[] = {
    "The government released %d political prisoners on Tuesday, the interior minister told reporters in the "
    "capital.",
    "The rights group Justice Watch said %d people remain in detention in the country's prisons for political "
    "reasons and called for their release.",
    "Police arrested %d protesters during the weekend demonstrations in three cities, prosecutors said.",
};

/* A document of `rounds` rounds of the three paragraphs with other figures. Between rounds, in turn: a blank line,
 * a CRLF blank line, a line break followed by a long run of spaces and tabs and another line break (a blank line
 * whose end the cut must find past the held text), and no break at all (a paragraph longer than a window). One
 * invalid byte and a second one later, for the warning that counts them all. */
static char *S_doc(const char *const *paras, int rounds, size_t *len)
{
    S_buf b = {0};
    char p[600];
    for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < 3; k++) {
            snprintf(p, sizeof p, paras[k], 10 + r * 3 + k);
            S_puts(&b, p);
            S_puts(&b, k < 2 ? "\n\n" : " ");
        }
        switch (r % 4) {
        case 0: S_puts(&b, "\n\n"); break;
        case 1: S_puts(&b, "\r\n\r\n"); break;
        case 2:
            S_puts(&b, "\n");
            for (int i = 0; i < 3000; i++)
                S_puts(&b, i % 7 ? " " : "\t");
            S_puts(&b, "\n");
            break;
        default: break; /* runs on: the next round joins this paragraph */
        }
        if (r == 5 || r == rounds - 7)
            S_puts(&b, "Texto \xff roto.\n\n");
    }
    *len = b.len;
    return b.data;
}

/* The three formats of one document (or one part), and its warnings, one a line. */
typedef struct {
    S_buf jsonl, tsv, csv, warnings;
    int parts;
    int stop_at; /* a part number at which the callback returns non-zero; 0 for never */
    int text_null;
} S_seen;

static void S_write_all(const extract_doc *d, S_seen *s)
{
    cr_assert_eq(extract_write_jsonl(d, S_put, &s->jsonl), 0);
    cr_assert_eq(extract_write_tsv(d, S_put, &s->tsv), 0);
    cr_assert_eq(extract_write_csv(d, S_put, &s->csv), 0);
    for (size_t i = 0; i < extract_doc_warning_count(d); i++) {
        S_puts(&s->warnings, extract_doc_warning(d, i));
        S_puts(&s->warnings, "\n");
    }
}

static int S_on_part(void *ctx, const extract_doc *part)
{
    S_seen *s = ctx;
    s->parts++;
    size_t tl = 1;
    s->text_null += extract_doc_text(part, &tl) == NULL && tl == 0;
    S_write_all(part, s);
    return s->stop_at && s->parts == s->stop_at;
}

static void S_free_seen(S_seen *s)
{
    free(s->jsonl.data);
    free(s->tsv.data);
    free(s->csv.data);
    free(s->warnings.data);
}

/* The document processed whole (extract_process: the whole text held, in windows when long) and streamed. */
static void S_both(const char *text, size_t len, const char *lang, size_t window, extract_input_format format,
                   S_seen *whole, S_seen *streamed, extract_doc **sd)
{
    extract_options opt = {.ref_date = "2026-01-14", .lang = lang, .window_bytes = window, .format = format};
    extract_doc *d = NULL;
    extract_error err;
    cr_assert_eq(extract_process(P, text, len, "doc", &opt, &d, &err), EXTRACT_OK, "%s", err.message);
    S_write_all(d, whole);
    extract_doc_free(d);
    char *copy = malloc(len);
    cr_assert(copy);
    memcpy(copy, text, len);
    cr_assert_eq(extract_process_stream(P, copy, len, "doc", &opt, S_on_part, streamed, sd, &err), EXTRACT_OK, "%s",
                 err.message);
}

static void S_same(const S_seen *a, const S_seen *b)
{
    cr_assert_gt(a->jsonl.len, 0, "no claims at all");
    cr_assert_str_eq(b->jsonl.data, a->jsonl.data);
    cr_assert_str_eq(b->tsv.data, a->tsv.data);
    cr_assert_str_eq(b->csv.data, a->csv.data);
    cr_assert_eq(a->warnings.len, b->warnings.len, "warnings:\n%s\nstreamed:\n%s", a->warnings.data,
                 b->warnings.data);
    if (a->warnings.len)
        cr_assert_str_eq(b->warnings.data, a->warnings.data);
}

static void S_long(const char *const *paras, const char *lang)
{
    size_t len;
    char *text = S_doc(paras, 90, &len);
    S_seen whole = {0}, streamed = {0};
    extract_doc *d = NULL;
    S_both(text, len, lang, 4096, EXTRACT_FORMAT_AUTO, &whole, &streamed, &d);
    S_same(&whole, &streamed);
    cr_assert_gt(streamed.parts, 5, "a long text comes in several parts (%d)", streamed.parts);
    cr_assert_eq(streamed.text_null, streamed.parts, "a long plain text is not held whole");
    cr_assert_str_eq(extract_doc_lang(d), lang);
    cr_assert_eq(extract_doc_claim_count(d), 0, "every claim was handed over");
    cr_assert_eq(extract_doc_warning_count(d), 0, "every warning was handed over");
    cr_assert_null(extract_doc_text(d, NULL));
    cr_assert_not_null(strstr(whole.warnings.data, "2 invalid UTF-8 sequences"), "%s", whole.warnings.data);
    extract_doc_free(d);
    S_free_seen(&whole);
    S_free_seen(&streamed);
    free(text);
}

Test(memory19, a_long_text_streamed_writes_what_the_whole_document_writes_es) { S_long(ES, "es"); }
Test(memory19, a_long_text_streamed_writes_what_the_whole_document_writes_pt) { S_long(PT, "pt"); }
Test(memory19, a_long_text_streamed_writes_what_the_whole_document_writes_en) { S_long(EN, "en"); }

/* The language detected and the dateline read from the head of a text normalized a piece at a time. */
Test(memory19, the_head_of_a_streamed_text_gives_the_language_and_the_dateline)
{
    size_t len;
    char *body = S_doc(PT, 60, &len);
    S_buf b = {0};
    S_puts(&b, "LISBOA, 12 jan (Lusa) - ");
    S_put(&b, body, len);
    extract_options opt = {.window_bytes = 4096};
    extract_doc *d = NULL, *s = NULL;
    extract_error err;
    cr_assert_eq(extract_process(P, b.data, b.len, "doc", &opt, &d, &err), EXTRACT_OK, "%s", err.message);
    S_seen seen = {0};
    char *copy = malloc(b.len);
    memcpy(copy, b.data, b.len);
    cr_assert_eq(extract_process_stream(P, copy, b.len, "doc", &opt, S_on_part, &seen, &s, &err), EXTRACT_OK);
    cr_assert_str_eq(extract_doc_lang(s), extract_doc_lang(d));
    cr_assert_str_eq(extract_doc_lang(s), "pt");
    cr_assert_str_eq(extract_doc_ref_date(s), extract_doc_ref_date(d));
    cr_assert_str_eq(extract_doc_ref_date_source(s), extract_doc_ref_date_source(d));
    S_seen whole = {0};
    S_write_all(d, &whole);
    S_same(&whole, &seen);
    extract_doc_free(d);
    extract_doc_free(s);
    S_free_seen(&whole);
    S_free_seen(&seen);
    free(b.data);
    free(body);
}

/* A text no longer than a window comes in one part, and its text is kept. */
Test(memory19, a_short_text_comes_in_one_part_and_keeps_its_text)
{
    const char *t = "Las autoridades liberaron a 35 presos políticos el lunes, dijo el ministro.\n\n"
                    "As autoridades libertaram 12 presos.\n";
    S_seen whole = {0}, streamed = {0};
    extract_doc *d = NULL;
    S_both(t, strlen(t), "es", 0, EXTRACT_FORMAT_AUTO, &whole, &streamed, &d);
    S_same(&whole, &streamed);
    cr_assert_eq(streamed.parts, 1);
    size_t tl = 0;
    cr_assert_not_null(extract_doc_text(d, &tl));
    cr_assert_gt(tl, 0);
    extract_doc_free(d);
    S_free_seen(&whole);
    S_free_seen(&streamed);
}

/* Input a little over a window that normalizes to no more than one (CRLF line ends) is read whole, in one part. */
Test(memory19, a_text_that_normalizes_under_a_window_comes_in_one_part)
{
    S_buf b = {0};
    while (b.len < 4000)
        S_puts(&b, "Police arrested 25 protesters in the capital, officials said.\r\n\r\n");
    S_seen whole = {0}, streamed = {0};
    extract_doc *d = NULL;
    S_both(b.data, b.len, "en", 3950, EXTRACT_FORMAT_AUTO, &whole, &streamed, &d);
    S_same(&whole, &streamed);
    cr_assert_eq(streamed.parts, 1);
    cr_assert_not_null(extract_doc_text(d, NULL));
    extract_doc_free(d);
    S_free_seen(&whole);
    S_free_seen(&streamed);
    free(b.data);
}

/* A long HTML page is streamed window by window too (its text, read by the HTML stage whole, is kept). */
Test(memory19, a_long_html_page_streamed_writes_what_the_whole_page_writes)
{
    S_buf b = {0};
    char p[600];
    S_puts(&b, "<!DOCTYPE html><html lang=\"en\"><head><title>Releases</title></head><body><article>");
    for (int r = 0; r < 60; r++)
        for (int k = 0; k < 3; k++) {
            snprintf(p, sizeof p, EN[k], 10 + r * 3 + k);
            S_puts(&b, "<p>");
            S_puts(&b, p);
            S_puts(&b, "</p>\n");
        }
    S_puts(&b, "</article></body></html>\n");
    S_seen whole = {0}, streamed = {0};
    extract_doc *d = NULL;
    S_both(b.data, b.len, NULL, 4096, EXTRACT_FORMAT_HTML, &whole, &streamed, &d);
    S_same(&whole, &streamed);
    cr_assert_gt(streamed.parts, 3);
    cr_assert_eq(streamed.text_null, 0);
    cr_assert_not_null(extract_doc_text(d, NULL));
    extract_doc_free(d);
    S_free_seen(&whole);
    S_free_seen(&streamed);
    free(b.data);
}

/* A non-zero return stops the document at that part: no later part, EXTRACT_ERR_STOPPED, nothing leaked. */
Test(memory19, a_non_zero_return_stops_the_document)
{
    size_t len;
    char *text = S_doc(ES, 60, &len);
    extract_options opt = {.ref_date = "2026-01-14", .lang = "es", .window_bytes = 4096};
    S_seen seen = {.stop_at = 2};
    extract_doc *d = NULL;
    extract_error err;
    cr_assert_eq(extract_process_stream(P, text, len, "doc", &opt, S_on_part, &seen, &d, &err), EXTRACT_ERR_STOPPED);
    cr_assert_null(d);
    cr_assert_eq(seen.parts, 2);
    cr_assert_gt(seen.jsonl.len, 0);
    S_free_seen(&seen);
}

void xi_fail_alloc_after(long n); /* util.h: the nth allocation from now fails (tests only) */

static int S_count_part(void *ctx, const extract_doc *part)
{
    *(size_t *)ctx += extract_doc_claim_count(part);
    return 0;
}

/* An allocation failing anywhere in a long streamed document (the pieces, the held part of the text, a window,
 * the hand-over) gives EXTRACT_ERR_NOMEM and no document, whatever parts were handed over before it; the first
 * step with nothing left to fail hands over every claim. (Every step up to 400, then one in 37.) Leaks are the
 * sanitizer build's to find. */
Test(memory19, an_allocation_failing_mid_stream_is_reported)
{
    size_t len;
    char *text = S_doc(EN, 30, &len);
    extract_options opt = {.ref_date = "2026-01-14", .lang = "en", .window_bytes = 4096};
    size_t want = 0;
    extract_doc *d = NULL;
    extract_error err;
    char *copy = malloc(len);
    memcpy(copy, text, len);
    cr_assert_eq(extract_process_stream(P, copy, len, "doc", &opt, S_count_part, &want, &d, &err), EXTRACT_OK);
    extract_doc_free(d);
    cr_assert_gt(want, 0);
    long n;
    for (n = 0; n < 2000000; n += n < 400 ? 1 : 37) {
        size_t got = 0;
        copy = malloc(len);
        memcpy(copy, text, len);
        d = (extract_doc *)0x1;
        xi_fail_alloc_after(n);
        extract_status st = extract_process_stream(P, copy, len, "doc", &opt, S_count_part, &got, &d, &err);
        xi_fail_alloc_after(-1);
        if (st == EXTRACT_OK) {
            cr_assert_eq(got, want, "after %ld allocations", n);
            extract_doc_free(d);
            break;
        }
        cr_assert_eq(st, EXTRACT_ERR_NOMEM, "allocation %ld: status %d (%s)", n, st, err.message);
        cr_assert_null(d);
        cr_assert_leq(got, want);
    }
    cr_assert_gt(n, 20, "a long document streams with more than 20 allocations (%ld)", n);
    free(text);
}
