/* document.c - extract_process: runs one document through the stages, and the document accessors. */
#include "document.h"
#include "claims.h"
#include "html.h"
#include "numbers.h"
#include "recognize.h"
#include "segment.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef EXTRACT_PATTERN_DIR
#define EXTRACT_PATTERN_DIR "/usr/local/share/extract/patterns"
#endif

const char *extract_default_pattern_dir(void) { return EXTRACT_PATTERN_DIR; }

void extract_error_format(const extract_error *err, char *buf, size_t len)
{
    if (err->input[0] && err->line > 0 && err->column > 0)
        snprintf(buf, len, "%s:%ld:%ld: %s", err->input, err->line, err->column, err->message);
    else if (err->input[0] && err->line > 0)
        snprintf(buf, len, "%s:%ld: %s", err->input, err->line, err->message);
    else if (err->input[0])
        snprintf(buf, len, "%s: %s", err->input, err->message);
    else
        snprintf(buf, len, "%s", err->message);
}

int xd_warn(extract_doc *d, size_t offset, const char *fmt, ...)
{
    char msg[600], line[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(line, sizeof line, "%s:%zu: %s", d->name, offset, msg);
    if (d->n_warnings == d->cap_warnings) {
        size_t cap = d->cap_warnings ? d->cap_warnings * 2 : 8;
        const char **w = xi_arena_alloc(&d->arena, cap * sizeof *w);
        if (!w)
            return -1;
        if (d->n_warnings)
            memcpy(w, d->warnings, d->n_warnings * sizeof *w);
        d->warnings = w;
        d->cap_warnings = cap;
    }
    d->warnings[d->n_warnings] = xi_arena_strndup(&d->arena, line, strlen(line));
    return d->warnings[d->n_warnings++] ? 0 : -1;
}

static extract_status S_err(extract_error *err, extract_status code, const char *name, long line, long col,
                            const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static extract_status S_err(extract_error *err, extract_status code, const char *name, long line, long col,
                            const char *fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    snprintf(err->input, sizeof err->input, "%s", name ? name : "");
    err->line = line;
    err->column = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}

/* Binary data (images, archives, executables) is refused rather than mined for digits: many NUL or control
 * bytes near the start give it away. Returns the offset of the first such byte, or SIZE_MAX for text. */
static size_t S_binary_at(const char *b, size_t len)
{
    size_t n = len < 8192 ? len : 8192, bad = 0, first = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)b[i];
        if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
            bad++;
            if (first == SIZE_MAX)
                first = i;
        }
    }
    return (n && bad * 20 > n) ? first : SIZE_MAX; /* over 5% control bytes */
}

/* Line and column (1-based, bytes) of an offset, for messages about a document. */
static void S_line_col(const char *b, size_t off, long *line, long *col)
{
    long l = 1;
    size_t ls = 0;
    for (size_t i = 0; i < off; i++)
        if (b[i] == '\n')
            l++, ls = i + 1;
    *line = l;
    *col = (long)(off - ls) + 1;
}

static void S_today(char out[11])
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    char buf[40];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    memcpy(out, buf, 10);
    out[10] = '\0';
}

/* Marks sentences that come from figure captions of an HTML page. */
static void S_mark_captions(extract_doc *d, const xh_page *page)
{
    for (size_t i = 0; i < d->n_sents; i++)
        for (size_t k = 0; k + 1 < page->n_caption_spans * 2; k += 2)
            if (d->sents[i].start >= page->caption_spans[k] && d->sents[i].end <= page->caption_spans[k + 1])
                d->sents[i].section = XD_SECTION_CAPTION;
}

extract_status extract_options_check(const extract_options *opt, extract_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    if (opt && opt->ref_date && xr_parse_iso(opt->ref_date) == LONG_MIN)
        return S_err(err, EXTRACT_ERR_USAGE, NULL, 0, 0, "invalid reference date '%s' (expected a date YYYY-MM-DD)",
                     opt->ref_date);
    if (opt && opt->lang && xp_lang_from_name(opt->lang) < 0)
        return S_err(err, EXTRACT_ERR_USAGE, NULL, 0, 0, "unsupported language '%s' (es, pt or en)", opt->lang);
    if (opt && opt->published && xr_parse_iso(opt->published) == LONG_MIN)
        return S_err(err, EXTRACT_ERR_USAGE, NULL, 0, 0, "invalid publication date '%s' (expected a date YYYY-MM-DD)",
                     opt->published);
    if (opt && opt->fallback_date && xr_parse_iso(opt->fallback_date) == LONG_MIN)
        return S_err(err, EXTRACT_ERR_USAGE, NULL, 0, 0, "invalid fallback date '%s' (expected a date YYYY-MM-DD)",
                     opt->fallback_date);
    return EXTRACT_OK;
}

extract_status extract_process(const extract_patterns *p, const char *bytes, size_t len, const char *name,
                               const extract_options *opt, extract_doc **out, extract_error *err)
{
    static const extract_options defaults = {0};
    *out = NULL;
    if (err)
        memset(err, 0, sizeof *err);
    if (!opt)
        opt = &defaults;
    if (!name)
        name = "-";
    size_t max = opt->max_bytes ? opt->max_bytes : EXTRACT_DEFAULT_MAX_BYTES;
    if (len > max)
        return S_err(err, EXTRACT_ERR_INPUT, name, 0, 0,
                     "document is %zu bytes, over the limit of %zu (--max-bytes); skipped", len, max);
    if (len > UINT32_MAX / 8)
        return S_err(err, EXTRACT_ERR_INPUT, name, 0, 0, "document is too large (%zu bytes); skipped", len);
    extract_status ost = extract_options_check(opt, err);
    if (ost != EXTRACT_OK)
        return ost;
    int forced_lang = opt->lang ? xp_lang_from_name(opt->lang) : -1;
    size_t bin = S_binary_at(bytes, len);
    if (bin != SIZE_MAX) {
        long l, c;
        S_line_col(bytes, bin, &l, &c);
        return S_err(err, EXTRACT_ERR_INPUT, name, l, c, "binary data, not text or HTML (control byte 0x%02x); skipped",
                     (unsigned char)bytes[bin]);
    }

    extract_doc *d = xi_calloc(1, sizeof *d);
    if (!d)
        return S_err(err, EXTRACT_ERR_NOMEM, name, 0, 0, "out of memory");
    xi_arena_init(&d->arena);
    xi_buf_init(&d->trace);
    d->pat = p;
    d->explain = opt->explain;
    d->dateline_at = SIZE_MAX;
    d->name = xi_arena_strndup(&d->arena, name, strlen(name));
    if (!d->name)
        goto nomem;

    xh_page page;
    memset(&page, 0, sizeof page);
    int is_html = opt->format == EXTRACT_FORMAT_HTML || (opt->format == EXTRACT_FORMAT_AUTO && xh_sniff(bytes, len));
    const char *src = bytes;
    size_t src_len = len;
    if (is_html) {
        char msg[256];
        if (xh_parse(bytes, len, &d->arena, &page, msg, sizeof msg) < 0) {
            extract_doc_free(d);
            return S_err(err, EXTRACT_ERR_INPUT, name, 0, 0, "cannot read HTML: %s", msg);
        }
        src = page.text;
        src_len = page.text_len;
        d->url = page.url;
        d->title = page.title;
        d->published = page.published;
    }
    /* Metadata the caller knows (from a JSON Lines record, say) wins over what a page says about itself. */
    if ((opt->url && !(d->url = xi_arena_strndup(&d->arena, opt->url, strlen(opt->url)))) ||
        (opt->title && !(d->title = xi_arena_strndup(&d->arena, opt->title, strlen(opt->title)))) ||
        (opt->published && !(d->published = xi_arena_strndup(&d->arena, opt->published, 10))))
        goto nomem;
    if (xn_normalize(src, src_len, &d->arena, &d->text) < 0)
        goto nomem;
    if (d->text.n_bad) {
        long l, c;
        S_line_col(src, d->text.first_bad, &l, &c);
        if (xd_warn(d, d->text.first_bad, "line %ld, column %ld: %zu invalid UTF-8 sequence%s replaced by U+FFFD", l, c,
                    d->text.n_bad, d->text.n_bad == 1 ? "" : "s") < 0)
            goto nomem;
    }
    if (xn_fold_text(d->text.text, d->text.len, &d->arena, &d->fold) < 0)
        goto nomem;

    int page_lang = page.lang ? xp_lang_from_name(page.lang) : -1;
    d->lang = forced_lang >= 0 ? forced_lang
              : page_lang >= 0 ? page_lang : xs_detect_lang(p, d->text.text, d->text.len, &d->fold);

    char today[11];
    S_today(today);
    /* The dateline ("CARACAS, 14 ene (EFE) –") dates the article whatever the reference date is: its date is
     * no claim's date and its city no claim's speaker. */
    char dateline[11];
    int has_dateline = xr_find_dateline(p, d->lang, d->text.text, d->text.len, &d->fold, xr_parse_iso(today), dateline,
                                        &d->dateline_at, &d->dateline_end);
    if (opt->ref_date) {
        memcpy(d->ref_date, opt->ref_date, 10);
        d->ref_date_source = "option";
    } else if (d->published && xr_parse_iso(d->published) != LONG_MIN) {
        memcpy(d->ref_date, d->published, 10);
        d->ref_date_source = "metadata";
    } else if (has_dateline) {
        memcpy(d->ref_date, dateline, 11);
        d->ref_date_source = "document";
    } else if (opt->fallback_date) {
        memcpy(d->ref_date, opt->fallback_date, 10);
        d->ref_date_source = "metadata";
    } else {
        memcpy(d->ref_date, today, 11);
        d->ref_date_source = "today";
    }

    if (xs_segment(d) < 0)
        goto nomem;
    if (is_html)
        S_mark_captions(d, &page);
    if (xr_recognize(d) < 0 || xc_build_claims(d) < 0)
        goto nomem;
    *out = d;
    return EXTRACT_OK;
nomem:
    extract_doc_free(d);
    return S_err(err, EXTRACT_ERR_NOMEM, name, 0, 0, "out of memory");
}

void extract_doc_free(extract_doc *d)
{
    if (!d)
        return;
    free(d->ments);
    xi_buf_free(&d->trace);
    xi_arena_free(&d->arena);
    free(d);
}

size_t extract_doc_claim_count(const extract_doc *d) { return d->n_claims; }
const extract_claim *extract_doc_claim(const extract_doc *d, size_t i) { return i < d->n_claims ? &d->claims[i] : NULL; }
const char *extract_doc_lang(const extract_doc *d) { return xp_lang_names[d->lang]; }
const char *extract_doc_ref_date(const extract_doc *d) { return d->ref_date; }
const char *extract_doc_ref_date_source(const extract_doc *d) { return d->ref_date_source; }
size_t extract_doc_warning_count(const extract_doc *d) { return d->n_warnings; }
const char *extract_doc_warning(const extract_doc *d, size_t i) { return i < d->n_warnings ? d->warnings[i] : NULL; }

const char *extract_doc_url(const extract_doc *d) { return d->url; }
const char *extract_doc_title(const extract_doc *d) { return d->title; }
const char *extract_doc_published(const extract_doc *d) { return d->published; }

const char *extract_doc_text(const extract_doc *d, size_t *len)
{
    if (len)
        *len = d->text.len;
    return d->text.text;
}
