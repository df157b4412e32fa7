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
#ifdef __GLIBC__
#include <malloc.h> /* malloc_trim */
#endif

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
    offset += d->base;
    if (offset < d->keep_s || offset >= d->keep_e)
        return 0; /* another window's: it records it */
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

/* Marks sentences that come from figure captions of an HTML page (spans in whole-text offsets; d may be a window). */
static void S_mark_captions(extract_doc *d, const xh_page *page)
{
    for (size_t i = 0; i < d->n_sents; i++)
        for (size_t k = 0; k + 1 < page->n_caption_spans * 2; k += 2)
            if (d->sents[i].start + d->base >= page->caption_spans[k] &&
                d->sents[i].end + d->base <= page->caption_spans[k + 1])
                d->sents[i].section = XD_SECTION_CAPTION;
}

/* The end of the first paragraph ending at or after `from` (the offset after its line break), searched up to `to`:
 * a blank line, else any line break, else a space, else a character boundary, so a window never splits a
 * paragraph when the text has paragraphs, nor a word or a character when it has none. */
static size_t S_para_cut_at(const char *t, size_t len, size_t from, size_t to, int *hit)
{
    /* *hit is set when the answer depends on where the text ends (for a text held a part at a time, S_cut) */
    if (from >= len)
        return *hit = 1, len;
    if (to > len)
        to = len, *hit = 1;
    for (size_t i = from; i < to; i++)
        if (t[i] == '\n') {
            size_t j = i + 1;
            while (j < len && (t[j] == ' ' || t[j] == '\t'))
                j++;
            if (j >= len)
                *hit = 1;
            if (j < len && t[j] == '\n')
                return i + 1;
        }
    const char *nl = memchr(t + from, '\n', to - from);
    if (nl)
        return (size_t)(nl - t) + 1;
    const char *sp = memchr(t + from, ' ', to - from);
    if (sp)
        return (size_t)(sp - t) + 1;
    size_t i = from;
    while (i < len && ((unsigned char)t[i] & 0xC0) == 0x80)
        i++;
    if (i >= len)
        *hit = 1;
    return i;
}

static size_t S_para_cut(const char *t, size_t len, size_t from, size_t to)
{
    int hit = 0;
    return S_para_cut_at(t, len, from, to, &hit);
}

/* Copies a string into the document's arena (NULL stays NULL); *ok is cleared when out of memory. */
static const char *S_keep(extract_doc *d, const char *s, int *ok)
{
    if (!s)
        return NULL;
    const char *c = xi_arena_strndup(&d->arena, s, strlen(s));
    if (!c)
        *ok = 0;
    return c;
}

/* extract_process_stream: hands the claims and warnings d holds to on_part and drops them. Returns 0, or -2
 * when on_part asked to stop. */
static int S_hand_over(extract_doc *d)
{
    int rc = d->on_part(d->part_ctx, d);
    d->n_claims = 0;
    d->n_warnings = 0;
    return rc ? -2 : 0;
}

/* Runs the stages after normalization over the window [cs, ce) of d's text (wt: its first byte) and moves into d
 * the claims whose sentence starts in [ks, ke) and the warnings there, or, streamed, hands them to on_part; the
 * window's own memory (folded copy, sentences, mentions, claims) is freed before returning. Returns 0, -1 when
 * out of memory, -2 when on_part stopped the document. */
static int S_window(extract_doc *d, const xh_page *page, const char *wt, size_t cs, size_t ce, size_t ks, size_t ke,
                    size_t *cap)
{
    extract_doc *w = xi_calloc(1, sizeof *w);
    if (!w)
        return -1;
    int ok = 1;
    xi_arena_init(&w->arena);
    xi_buf_init(&w->trace);
    w->pat = d->pat;
    w->name = d->name;
    w->lang = d->lang;
    memcpy(w->ref_date, d->ref_date, sizeof w->ref_date);
    w->ref_date_source = d->ref_date_source;
    w->url = d->url;
    w->title = d->title;
    w->published = d->published;
    w->explain = d->explain;
    w->base = cs;
    w->keep_s = ks;
    w->keep_e = ke;
    w->issuer = d->issuer;
    w->dateline_at = SIZE_MAX;
    if (d->dateline_at != SIZE_MAX && d->dateline_at >= cs && d->dateline_end <= ce) {
        w->dateline_at = d->dateline_at - cs;
        w->dateline_end = d->dateline_end - cs;
    }
    /* a copy, not a pointer into the whole text: the stages expect the text NUL-terminated at its end */
    w->text.text = xi_arena_strndup(&w->arena, wt, ce - cs);
    w->text.len = ce - cs;
    if (!w->text.text || xn_fold_text(w->text.text, w->text.len, &w->arena, &w->fold) < 0 || xs_segment(w) < 0)
        ok = 0;
    if (ok && page)
        S_mark_captions(w, page);
    if (ok && (xr_recognize(w) < 0 || xc_build_claims(w) < 0))
        ok = 0;
    if (ok && cs == 0 && w->issuer.name) { /* the opening window's issuer speaks for the whole document */
        d->issuer.name = S_keep(d, w->issuer.name, &ok);
        d->issuer.title = S_keep(d, w->issuer.title, &ok);
        d->issuer.kind = w->issuer.kind;
    }
    for (size_t i = 0; ok && i < w->n_claims; i++) {
        extract_claim cl = w->claims[i];
        if (cl.start + cs < ks || cl.start + cs >= ke)
            continue; /* a context paragraph's: its own window gives it */
        cl.start += cs;
        cl.end += cs;
        if (!d->on_part) { /* streamed, the claim is handed over before w is freed: no copy */
            cl.count_text = S_keep(d, cl.count_text, &ok);
            cl.subject = S_keep(d, cl.subject, &ok);
            cl.claimant.name = S_keep(d, cl.claimant.name, &ok);
            cl.claimant.title = S_keep(d, cl.claimant.title, &ok);
        }
        if (d->n_claims == *cap) {
            size_t n = *cap ? *cap * 2 : 64;
            extract_claim *g = xi_realloc(d->claims, n * sizeof *g);
            if (!g) {
                ok = 0;
                break;
            }
            d->claims = g;
            d->claims_heap = 1;
            *cap = n;
        }
        if (ok)
            d->claims[d->n_claims++] = cl;
    }
    for (size_t i = 0; ok && i < w->n_warnings; i++) {
        if (d->n_warnings == d->cap_warnings) {
            size_t n = d->cap_warnings ? d->cap_warnings * 2 : 8;
            const char **g = xi_arena_alloc(&d->arena, n * sizeof *g);
            if (!g) {
                ok = 0;
                break;
            }
            if (d->n_warnings)
                memcpy(g, d->warnings, d->n_warnings * sizeof *g);
            d->warnings = g;
            d->cap_warnings = n;
        }
        if (d->on_part)
            d->warnings[d->n_warnings++] = w->warnings[i];
        else if (!(d->warnings[d->n_warnings++] = S_keep(d, w->warnings[i], &ok)))
            d->n_warnings--;
    }
    /* --explain: the window's trace as it is; its sentence numbers and offsets count from the window's start */
    if (ok && d->explain &&
        (xi_buf_printf(&d->trace, "window [%zu,%zu) (its claims: sentences starting in [%zu,%zu)); offsets below count from %zu\n",
                       cs, ce, ks, ke, cs) < 0 ||
         (w->trace.len && xi_buf_append(&d->trace, w->trace.data, w->trace.len) < 0)))
        ok = 0;
    int rc = ok ? 0 : -1;
    if (ok && d->on_part)
        rc = S_hand_over(d);
    extract_doc_free(w);
    return rc;
}

/* The normalized text as the windows read it: the whole text, or (a long plain text streamed) the part
 * [off, off + b.len) of it, normalized a piece at a time from the input as the windows reach it and dropped
 * behind them, so neither the whole text nor its claims are ever held. done: the input is all normalized (and
 * off + b.len is the text's length). The pieces are cut as S_normalize_pieces cuts them (below). */
typedef struct {
    const char *src;
    size_t src_len, ps, piece;
    xi_buf b;
    size_t off;
    int done, lazy;
    void (*release)(void *ctx, size_t upto); /* extract_process_stream_borrowed: input before upto is read */
    void *ctx;
} S_text;

#define S_TEXT_PAD 64
static size_t S_piece_end(const char *src, size_t len, size_t ps, size_t win);

/* Normalizes the next piece of the input onto the held part (followed by S_TEXT_PAD zero bytes). 0 or -1. */
static int S_more(S_text *x)
{
    size_t pe = S_piece_end(x->src, x->src_len, x->ps, x->piece);
    xi_arena scratch;
    xi_arena_init(&scratch);
    xn_text t;
    int rc = xn_normalize(x->src + x->ps, pe - x->ps, &scratch, &t);
    if (rc == 0)
        rc = xi_buf_append(&x->b, t.text, t.len);
    xi_arena_free(&scratch);
    if (rc == 0)
        rc = xi_buf_reserve(&x->b, S_TEXT_PAD);
    if (rc < 0)
        return -1;
    memset(x->b.data + x->b.len, 0, S_TEXT_PAD);
    x->ps = pe;
    x->done = pe >= x->src_len;
    if (x->release) /* no byte before the next piece is read again */
        x->release(x->ctx, pe);
    return 0;
}

/* S_para_cut in whole-text offsets; on a text held a part at a time it normalizes more until the answer does not
 * depend on where the held part ends, so the cuts are those of the whole text. 0, or -1 when out of memory. */
static int S_cut(S_text *x, size_t from, size_t to, size_t *out)
{
    for (;;) {
        int hit = 0;
        size_t r = S_para_cut_at(x->b.data, x->b.len, from - x->off, to - x->off, &hit);
        if (!hit || x->done) {
            *out = r + x->off;
            return 0;
        }
        if (S_more(x) < 0)
            return -1;
    }
}

/* Drops the held text before whole-text offset at (no later window reads it). */
static void S_drop(S_text *x, size_t at)
{
    if (!x->lazy || at <= x->off)
        return;
    size_t k = at - x->off;
    memmove(x->b.data, x->b.data + k, x->b.len - k + S_TEXT_PAD);
    x->b.len -= k;
    x->off = at;
}

/* A long text, in windows of whole paragraphs (docs/design.md, "Fifteenth session: windows for large documents"):
 * what the stages hold per byte of text (folded copy and map, candidate lists, mentions, sentences: some 16 bytes
 * a byte) is then bounded by the window's size, whatever the document's. Each window also reads up to `ctx`
 * bytes of paragraphs on either side, so a claimant or an actor named a few paragraphs before a boundary, or a
 * speaker named just after it, is still found; only what lies further away is lost at a boundary. Streamed
 * (d->on_part), each window's claims are handed over as it ends; a lazy text is read as the windows need it and
 * dropped up to the next window's context (which starts at most ctx bytes before the next window). Returns 0,
 * -1 when out of memory, -2 when on_part stopped it. */
static int S_windows(extract_doc *d, const xh_page *page, S_text *x, size_t win)
{
    size_t cap = 0;
    size_t ctx = win / 4 < 16384 ? win / 4 : 16384;
    for (size_t ks = 0;;) {
        while (!x->done && x->off + x->b.len <= ks)
            if (S_more(x) < 0)
                return -1;
        if (ks >= x->off + x->b.len)
            break;
        size_t ke, cs = 0, ce;
        if (S_cut(x, ks + win, ks + 2 * win, &ke) < 0)
            return -1;
        if (ke <= ks) {
            while (!x->done)
                if (S_more(x) < 0)
                    return -1;
            ke = x->off + x->b.len;
        }
        if (ks > ctx && S_cut(x, ks - ctx, ks, &cs) < 0)
            return -1;
        /* ke < the text's length: more text held after it, or more input to come */
        if (ke < x->off + x->b.len || !x->done) {
            if (S_cut(x, ke + ctx, ke + 2 * ctx, &ce) < 0)
                return -1;
        } else {
            ce = ke;
        }
        if (cs > ks)
            cs = ks;
        d->text.text = x->b.data;
        d->text.len = x->b.len;
        d->text_off = x->off;
        int rc = S_window(d, page, x->b.data + (cs - x->off), cs, ce, ks, ke, &cap);
        if (rc < 0)
            return rc;
        ks = ke;
        S_drop(x, ks > ctx ? ks - ctx : 0);
    }
    return 0;
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

/* The normalized text of a long input, built a piece at a time (pieces of about `win` bytes cut after a line
 * break, else after a space: ASCII bytes that end any UTF-8 sequence, invalid or not, and that nothing composes
 * with), so normalizing holds one piece's scratch buffers instead of three times the document. The pieces
 * normalize exactly as the whole would; a byte order mark is skipped at the start only, so a piece never starts
 * with one. The text is malloc'd (d->text_heap), followed by zero bytes like an arena copy. Returns 0 or -1. */
static size_t S_piece_end(const char *src, size_t len, size_t ps, size_t win)
{
    size_t pe = ps + win < len ? ps + win : len;
    while (pe < len && (src[pe - 1] != '\n' || (len - pe >= 3 && memcmp(src + pe, "\xEF\xBB\xBF", 3) == 0)))
        pe++;
    if (pe == len && ps + win < len) { /* no line break after the target: a space will do */
        pe = ps + win;
        while (pe < len && (src[pe - 1] != ' ' || (len - pe >= 3 && memcmp(src + pe, "\xEF\xBB\xBF", 3) == 0)))
            pe++;
    }
    return pe;
}

static int S_normalize_pieces(extract_doc *d, const char *src, size_t len, size_t win)
{
    xi_buf b;
    xi_buf_init(&b);
    memset(&d->text, 0, sizeof d->text);
    if (xi_buf_reserve(&b, len + S_TEXT_PAD) < 0)
        return -1;
    for (size_t ps = 0; ps < len;) {
        size_t pe = S_piece_end(src, len, ps, win);
        xi_arena scratch;
        xi_arena_init(&scratch);
        xn_text t;
        int rc = xn_normalize(src + ps, pe - ps, &scratch, &t);
        if (rc == 0 && t.n_bad && !d->text.n_bad)
            d->text.first_bad = ps + t.first_bad;
        d->text.n_bad += rc == 0 ? t.n_bad : 0;
        if (rc == 0)
            rc = xi_buf_append(&b, t.text, t.len);
        xi_arena_free(&scratch);
        if (rc < 0) {
            xi_buf_free(&b);
            return -1;
        }
        ps = pe;
    }
    if (xi_buf_reserve(&b, S_TEXT_PAD) < 0) {
        xi_buf_free(&b);
        return -1;
    }
    memset(b.data + b.len, 0, S_TEXT_PAD);
    d->text.len = b.len;
    d->text.text = b.data;
    d->text_heap = 1;
    return 0;
}

static extract_status S_process(const extract_patterns *p, const char *bytes, size_t len, char **owned,
                                const char *name, const extract_options *opt, extract_part_fn on_part,
                                void (*release)(void *ctx, size_t upto), void *part_ctx, extract_doc **out,
                                extract_error *err)
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
    d->keep_e = SIZE_MAX;
    d->on_part = on_part;
    d->part_ctx = part_ctx;
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
    size_t win = opt->window_bytes ? opt->window_bytes : EXTRACT_DEFAULT_WINDOW_BYTES;
    /* A long plain text streamed is normalized as its windows reach it (S_text): the input is held, the text only
     * a window or two at a time. Its invalid sequences are counted first, for the warning that comes before any
     * window's. */
    S_text x;
    memset(&x, 0, sizeof x);
    xi_buf_init(&x.b);
    x.lazy = on_part && !is_html && src_len > win;
    if (x.lazy) {
        x.src = src;
        x.src_len = src_len;
        x.piece = win;
        x.release = release;
        x.ctx = part_ctx;
        for (size_t at = 0; at < src_len;) { /* a megabyte at a time, each let go once read */
            xn_count_invalid(src, src_len, &at, at + ((size_t)1 << 20), &d->text.n_bad, &d->text.first_bad);
            if (release)
                release(part_ctx, at);
        }
        while (!x.done && x.b.len <= win)
            if (S_more(&x) < 0)
                goto nomem_x;
        if (x.done && x.b.len <= win) { /* no longer than a window once normalized: read whole, as it was */
            d->text.text = x.b.data;
            d->text.len = x.b.len;
            d->text_heap = 1;
            xi_buf_init(&x.b);
            x.lazy = 0;
        } else {
            d->text.text = x.b.data;
            d->text.len = x.b.len;
        }
    } else if ((src_len > win ? S_normalize_pieces(d, src, src_len, win)
                              : xn_normalize(src, src_len, &d->arena, &d->text)) < 0) {
        goto nomem;
    }
    if (d->text.n_bad) {
        long l, c;
        S_line_col(src, d->text.first_bad, &l, &c);
        if (x.lazy && release) /* read again from the start up to the first one */
            release(part_ctx, x.ps);
        if (xd_warn(d, d->text.first_bad, "line %ld, column %ld: %zu invalid UTF-8 sequence%s replaced by U+FFFD", l, c,
                    d->text.n_bad, d->text.n_bad == 1 ? "" : "s") < 0)
            goto nomem_x;
    }
    if (owned && *owned && !x.lazy) { /* the input is read: a long document need not hold it with its text */
        free(*owned);
        *owned = NULL;
    }
    int windowed = d->text.len > win;
    /* A windowed text folds per window; the language and the dateline are read from its head only (the first
     * 8 KB and 400 bytes), so a folded copy of the head gives the same answers as one of the whole text. */
    xi_arena head;
    xi_arena_init(&head);
    size_t fold_len = d->text.len;
    if (x.lazy) { /* the head's cut as the whole text's, and what it reads normalized */
        if (S_cut(&x, 65536, 131072, &fold_len) < 0)
            goto nomem_x;
        d->text.text = x.b.data;
        d->text.len = x.b.len;
    } else if (windowed) {
        fold_len = S_para_cut(d->text.text, d->text.len, 65536, 131072);
    }
    if (xn_fold_text(d->text.text, fold_len, windowed ? &head : &d->arena, &d->fold) < 0) {
        xi_arena_free(&head);
        goto nomem_x;
    }

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

    int rc = 0;
    if (windowed) {
        xi_arena_free(&head);
        memset(&d->fold, 0, sizeof d->fold);
        if (!x.lazy) { /* the whole text, held */
            x.b.data = d->text.text;
            x.b.len = d->text.len;
            x.done = 1;
        }
        d->text_part = x.lazy; /* extract_doc_text: NULL, during the hand-overs too */
        rc = S_windows(d, is_html ? &page : NULL, &x, win);
#ifdef __GLIBC__
        /* A long text's windows leave their heap pages touched and free in this thread's malloc arena (main.c keeps
         * them, for the many short documents' sake); the next long document, often another worker's in the other
         * arena, would add its own on top. Once per windowed document, give them back. */
        malloc_trim(0);
#endif
        if (x.lazy) { /* the text was read a part at a time and is not kept */
            xi_buf_free(&x.b);
            memset(&d->text, 0, sizeof d->text);
            d->text_off = 0;
            d->text_part = 1;
        }
    } else {
        if (xs_segment(d) < 0)
            goto nomem;
        if (is_html)
            S_mark_captions(d, &page);
        if (xr_recognize(d) < 0 || xc_build_claims(d) < 0)
            goto nomem;
        if (on_part)
            rc = S_hand_over(d);
    }
    if (rc == -1)
        goto nomem;
    if (rc == -2) {
        extract_doc_free(d);
        return S_err(err, EXTRACT_ERR_STOPPED, name, 0, 0, "stopped: the output was not taken");
    }
    *out = d;
    return EXTRACT_OK;
nomem_x:
    if (x.lazy)
        xi_buf_free(&x.b);
nomem:
    extract_doc_free(d);
    return S_err(err, EXTRACT_ERR_NOMEM, name, 0, 0, "out of memory");
}

extract_status extract_process(const extract_patterns *p, const char *bytes, size_t len, const char *name,
                               const extract_options *opt, extract_doc **out, extract_error *err)
{
    return S_process(p, bytes, len, NULL, name, opt, NULL, NULL, NULL, out, err);
}

extract_status extract_process_take(const extract_patterns *p, char *bytes, size_t len, const char *name,
                                    const extract_options *opt, extract_doc **out, extract_error *err)
{
    char *owned = bytes;
    extract_status st = S_process(p, bytes, len, &owned, name, opt, NULL, NULL, NULL, out, err);
    free(owned);
    return st;
}

extract_status extract_process_stream(const extract_patterns *p, char *bytes, size_t len, const char *name,
                                      const extract_options *opt, extract_part_fn on_part, void *ctx,
                                      extract_doc **out, extract_error *err)
{
    char *owned = bytes;
    extract_status st = S_process(p, bytes, len, &owned, name, opt, on_part, NULL, ctx, out, err);
    free(owned);
    return st;
}

extract_status extract_process_stream_borrowed(const extract_patterns *p, const char *bytes, size_t len,
                                               const char *name, const extract_options *opt, extract_part_fn on_part,
                                               void (*release)(void *ctx, size_t upto), void *ctx, extract_doc **out,
                                               extract_error *err)
{
    return S_process(p, bytes, len, NULL, name, opt, on_part, release, ctx, out, err);
}

void extract_doc_free(extract_doc *d)
{
    if (!d)
        return;
    free(d->ments);
    if (d->claims_heap)
        free(d->claims);
    if (d->text_heap)
        free(d->text.text);
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
        *len = d->text_part ? 0 : d->text.len;
    return d->text_part ? NULL : d->text.text;
}
