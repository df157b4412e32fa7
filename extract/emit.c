/* emit.c - writers: JSON Lines claim records (docs/schema.md) and the --explain trace. JSON escaping lives here
 * once; every string goes through extract_write_json_string. */
#include "document.h"
#include "numbers.h"

#include <stdio.h>
#include <string.h>

static const char *const S_events[] = {"release", "held", "detention"};
static const char *const S_quals[] = {"exact", "approx", "at_least", "more_than", "at_most", "less_than"};
static const char *const S_kinds[] = {"person", "organization", "government", "media", "unknown"};
static const char *const S_stances[] = {"asserts", "disputes", "denies"};

int extract_write_json_string(const char *s, size_t len, extract_write_fn write, void *ctx)
{
    static const char hex[] = "0123456789abcdef";
    char buf[512];
    size_t o = 0;
    int rc;
#define S_FLUSH()                                   \
    do {                                            \
        if (o && (rc = write(ctx, buf, o)) != 0)    \
            return rc;                              \
        o = 0;                                      \
    } while (0)
    buf[o++] = '"';
    for (size_t i = 0; i < len;) {
        if (o > sizeof buf - 16)
            S_FLUSH();
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == '"' || c == '\\' || c == 0x7F) {
            buf[o++] = '\\';
            switch (c) {
            case '"': buf[o++] = '"'; break;
            case '\\': buf[o++] = '\\'; break;
            case '\n': buf[o++] = 'n'; break;
            case '\r': buf[o++] = 'r'; break;
            case '\t': buf[o++] = 't'; break;
            case '\b': buf[o++] = 'b'; break;
            case '\f': buf[o++] = 'f'; break;
            default:
                buf[o++] = 'u';
                buf[o++] = '0';
                buf[o++] = '0';
                buf[o++] = hex[c >> 4];
                buf[o++] = hex[c & 15];
            }
            i++;
            continue;
        }
        if (c < 0x80) {
            buf[o++] = (char)c;
            i++;
            continue;
        }
        /* Validate the sequence: the writer never emits invalid UTF-8, whatever the caller passes. */
        int32_t cp;
        int n = xn_decode(s + i, len - i, &cp);
        if (cp == 0xFFFD && !(n == 3 && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBF &&
                               (unsigned char)s[i + 2] == 0xBD)) {
            memcpy(buf + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i += (size_t)n;
            continue;
        }
        if (cp == 0x2028 || cp == 0x2029) {
            /* valid JSON, but broken JavaScript and some line-based tools: escape them */
            o += (size_t)snprintf(buf + o, 8, "\\u%04x", (unsigned)cp);
        } else {
            memcpy(buf + o, s + i, (size_t)n);
            o += (size_t)n;
        }
        i += (size_t)n;
    }
    buf[o++] = '"';
    S_FLUSH();
#undef S_FLUSH
    return 0;
}

/* A small writer state so the record code reads as a sequence of fields. */
typedef struct {
    extract_write_fn write;
    void *ctx;
    int rc;
} S_out;

static void S_raw(S_out *o, const char *s)
{
    if (!o->rc)
        o->rc = o->write(o->ctx, s, strlen(s));
}

static void S_str(S_out *o, const char *s)
{
    if (o->rc)
        return;
    if (!s)
        S_raw(o, "null");
    else
        o->rc = extract_write_json_string(s, strlen(s), o->write, o->ctx);
}

static void S_key(S_out *o, const char *k)
{
    S_raw(o, ",\"");
    S_raw(o, k);
    S_raw(o, "\":");
}

static void S_date(S_out *o, const char *iso) { S_str(o, iso && iso[0] ? iso : NULL); }

int extract_write_jsonl(const extract_doc *d, extract_write_fn write, void *ctx)
{
    S_out o = {write, ctx, 0};
    char num[64];
    for (size_t i = 0; i < d->n_claims && !o.rc; i++) {
        const extract_claim *c = &d->claims[i];
        S_raw(&o, "{\"schema\":\"" EXTRACT_SCHEMA_VERSION "\"");
        S_key(&o, "doc");
        S_str(&o, d->name);
        S_key(&o, "lang");
        S_str(&o, xp_lang_names[d->lang]);
        S_key(&o, "ref_date");
        S_str(&o, d->ref_date);
        S_key(&o, "ref_date_source");
        S_str(&o, d->ref_date_source);
        if (d->url) {
            S_key(&o, "url");
            S_str(&o, d->url);
        }
        if (d->title) {
            S_key(&o, "title");
            S_str(&o, d->title);
        }
        if (d->published) {
            S_key(&o, "published");
            S_str(&o, d->published);
        }
        S_key(&o, "event");
        S_str(&o, S_events[c->event]);
        S_key(&o, "count");
        snprintf(num, sizeof num, "{\"value\":%lld,\"qualifier\":", (long long)c->count);
        S_raw(&o, num);
        S_str(&o, S_quals[c->qualifier]);
        S_raw(&o, ",\"text\":");
        S_str(&o, c->count_text);
        S_raw(&o, "}");
        S_key(&o, "subject");
        S_str(&o, c->subject);
        S_key(&o, "claimant");
        if (c->claimant.name) {
            S_raw(&o, "{\"name\":");
            S_str(&o, c->claimant.name);
            S_raw(&o, ",\"kind\":");
            S_str(&o, S_kinds[c->claimant.kind]);
            S_raw(&o, ",\"title\":");
            S_str(&o, c->claimant.title);
            S_raw(&o, "}");
        } else {
            S_raw(&o, "null");
        }
        S_key(&o, "claimed_on");
        S_date(&o, c->claimed_on);
        S_key(&o, "period");
        if (c->period_from[0] || c->period_to[0]) {
            S_raw(&o, "{\"from\":");
            S_date(&o, c->period_from);
            S_raw(&o, ",\"to\":");
            S_date(&o, c->period_to);
            S_raw(&o, "}");
        } else {
            S_raw(&o, "null");
        }
        S_key(&o, "stance");
        S_str(&o, S_stances[c->stance]);
        S_key(&o, "evidence");
        S_raw(&o, "{\"sentence\":");
        if (!o.rc)
            o.rc = extract_write_json_string(xd_text_at(d, c->start), c->end - c->start, write, ctx);
        snprintf(num, sizeof num, ",\"start\":%zu,\"end\":%zu}", c->start, c->end);
        S_raw(&o, num);
        S_key(&o, "section");
        S_str(&o, c->section);
        S_key(&o, "rule");
        S_str(&o, c->rule);
        snprintf(num, sizeof num, ",\"confidence\":%.2f}\n", c->confidence);
        S_raw(&o, num);
    }
    return o.rc;
}

int extract_write_explain(const extract_doc *d, extract_write_fn write, void *ctx)
{
    char head[512];
    snprintf(head, sizeof head, "== %s: lang %s, reference date %s (%s), %zu sentences, %zu claims\n", d->name,
             xp_lang_names[d->lang], d->ref_date, d->ref_date_source, d->n_sents, d->n_claims);
    int rc = write(ctx, head, strlen(head));
    if (!rc && d->trace.len)
        rc = write(ctx, d->trace.data, d->trace.len);
    return rc;
}

/* ---- TSV and CSV ---- */

static const char *const S_columns[] = {
    "doc",           "lang",          "ref_date",       "event",       "count",       "qualifier",  "count_text",
    "subject",       "claimant_name", "claimant_kind",  "claimant_title", "claimed_on", "period_from", "period_to",
    "stance",        "sentence",      "start",          "end",         "rule",        "confidence"};

/* Writes one table cell (after its separator unless it is the first of a row), escaped for the format; NULL
 * is an empty cell. Invalid UTF-8 becomes U+FFFD so a table never carries bytes the JSON output would not. */
static void S_cell(S_out *o, extract_table_format f, int first, const char *s, size_t len)
{
    char buf[512];
    size_t n = 0;
    if (o->rc)
        return;
    if (!first)
        buf[n++] = f == EXTRACT_TABLE_CSV ? ',' : '\t';
    int quote = 0;
    if (f == EXTRACT_TABLE_CSV && s)
        for (size_t i = 0; i < len && !quote; i++)
            quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
    if (quote)
        buf[n++] = '"';
    for (size_t i = 0; s && i < len;) {
        if (n > sizeof buf - 8) {
            if ((o->rc = o->write(o->ctx, buf, n)) != 0)
                return;
            n = 0;
        }
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (f == EXTRACT_TABLE_CSV && c == '"') {
                buf[n++] = '"';
                buf[n++] = '"';
            } else if (f == EXTRACT_TABLE_TSV && (c == '\t' || c == '\n' || c == '\r' || c == '\\')) {
                buf[n++] = '\\';
                buf[n++] = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
            } else {
                buf[n++] = (char)c;
            }
            i++;
            continue;
        }
        int32_t cp;
        int k = xn_decode(s + i, len - i, &cp);
        if (cp == 0xFFFD && !(k == 3 && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBF &&
                               (unsigned char)s[i + 2] == 0xBD)) {
            memcpy(buf + n, "\xEF\xBF\xBD", 3);
            n += 3;
        } else {
            memcpy(buf + n, s + i, (size_t)k);
            n += (size_t)k;
        }
        i += (size_t)k;
    }
    if (quote)
        buf[n++] = '"';
    if (n)
        o->rc = o->write(o->ctx, buf, n);
}

/* A NUL-terminated string as a cell; NULL and "" are both an empty cell. */
static void S_cell_str(S_out *o, extract_table_format f, int first, const char *s)
{
    S_cell(o, f, first, s, s ? strlen(s) : 0);
}

int extract_write_table_header(extract_table_format f, extract_write_fn write, void *ctx)
{
    S_out o = {write, ctx, 0};
    for (size_t i = 0; i < sizeof S_columns / sizeof S_columns[0]; i++)
        S_cell_str(&o, f, i == 0, S_columns[i]);
    S_raw(&o, f == EXTRACT_TABLE_CSV ? "\r\n" : "\n");
    return o.rc;
}

/* The rows of both table formats: the same columns, only the escaping differs. */
static int S_write_table(const extract_doc *d, extract_table_format f, extract_write_fn write, void *ctx)
{
    S_out o = {write, ctx, 0};
    char num[64];
    for (size_t i = 0; i < d->n_claims && !o.rc; i++) {
        const extract_claim *c = &d->claims[i];
        S_cell_str(&o, f, 1, d->name);
        S_cell_str(&o, f, 0, xp_lang_names[d->lang]);
        S_cell_str(&o, f, 0, d->ref_date);
        S_cell_str(&o, f, 0, S_events[c->event]);
        snprintf(num, sizeof num, "%lld", (long long)c->count);
        S_cell_str(&o, f, 0, num);
        S_cell_str(&o, f, 0, S_quals[c->qualifier]);
        S_cell_str(&o, f, 0, c->count_text);
        S_cell_str(&o, f, 0, c->subject);
        S_cell_str(&o, f, 0, c->claimant.name);
        S_cell_str(&o, f, 0, c->claimant.name ? S_kinds[c->claimant.kind] : NULL);
        S_cell_str(&o, f, 0, c->claimant.title);
        S_cell_str(&o, f, 0, c->claimed_on);
        S_cell_str(&o, f, 0, c->period_from);
        S_cell_str(&o, f, 0, c->period_to);
        S_cell_str(&o, f, 0, S_stances[c->stance]);
        S_cell(&o, f, 0, xd_text_at(d, c->start), c->end - c->start);
        snprintf(num, sizeof num, "%zu", c->start);
        S_cell_str(&o, f, 0, num);
        snprintf(num, sizeof num, "%zu", c->end);
        S_cell_str(&o, f, 0, num);
        S_cell_str(&o, f, 0, c->rule);
        snprintf(num, sizeof num, "%.2f", c->confidence);
        S_cell_str(&o, f, 0, num);
        S_raw(&o, f == EXTRACT_TABLE_CSV ? "\r\n" : "\n");
    }
    return o.rc;
}

int extract_write_tsv(const extract_doc *d, extract_write_fn write, void *ctx)
{
    return S_write_table(d, EXTRACT_TABLE_TSV, write, ctx);
}

int extract_write_csv(const extract_doc *d, extract_write_fn write, void *ctx)
{
    return S_write_table(d, EXTRACT_TABLE_CSV, write, ctx);
}
