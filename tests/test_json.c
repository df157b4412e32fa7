/* test_json.c - JSON output: the string escaper every writer uses, and the JSON Lines claim records.
 *
 * The records are checked with a strict JSON parser written here (not the library's own code), so a writer bug
 * cannot hide behind a matching reader bug. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract.h"

/* ---- a growable output sink for the writer callbacks ---- */

typedef struct {
    char *data;
    size_t len, cap;
    size_t calls;     /* number of write calls received */
    long fail_at;     /* the call (0-based) that returns fail_rc; -1 never */
    int fail_rc;
} sink;

static int sink_write(void *ctx, const char *data, size_t len)
{
    sink *s = ctx;
    if (s->fail_at >= 0 && (long)s->calls == s->fail_at) {
        s->calls++;
        return s->fail_rc;
    }
    s->calls++;
    if (s->len + len + 1 > s->cap) {
        size_t cap = s->cap ? s->cap : 256;
        while (cap < s->len + len + 1)
            cap *= 2;
        s->data = realloc(s->data, cap);
        cr_assert_not_null(s->data);
        s->cap = cap;
    }
    memcpy(s->data + s->len, data, len);
    s->len += len;
    s->data[s->len] = '\0';
    return 0;
}

static sink sink_new(void) { return (sink){NULL, 0, 0, 0, -1, 0}; }
static void sink_free(sink *s) { free(s->data); }

/* Escapes s[0..len) and returns the sink holding the quoted result. */
static sink escape(const char *s, size_t len)
{
    sink out = sink_new();
    int rc = extract_write_json_string(s, len, sink_write, &out);
    cr_assert_eq(rc, 0, "extract_write_json_string failed with %d", rc);
    cr_assert_not_null(out.data);
    return out;
}

/* ---- strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF) ---- */

static int utf8_valid(const unsigned char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        unsigned char c = s[i];
        size_t n;
        uint32_t cp, min;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF)
            n = 2, cp = c & 0x1F, min = 0x80;
        else if (c >= 0xE0 && c <= 0xEF)
            n = 3, cp = c & 0x0F, min = 0x800;
        else if (c >= 0xF0 && c <= 0xF4)
            n = 4, cp = c & 0x07, min = 0x10000;
        else
            return 0;
        if (i + n > len)
            return 0;
        for (size_t k = 1; k < n; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += n;
    }
    return 1;
}

/* ---- a strict JSON (RFC 8259) parser into a small tree ---- */

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } jtype;

typedef struct jval {
    jtype t;
    int b;
    double num;
    int is_int;       /* the number was written without fraction or exponent */
    char *s;          /* decoded UTF-8 string, NUL-terminated (may hold NULs: use slen) */
    size_t slen;
    size_t n;         /* array items / object members */
    char **keys;
    struct jval *kids;
} jval;

typedef struct {
    const char *p, *end;
    const char *err;
} jparser;

static void j_free(jval *v)
{
    free(v->s);
    for (size_t i = 0; i < v->n; i++) {
        j_free(&v->kids[i]);
        if (v->keys)
            free(v->keys[i]);
    }
    free(v->kids);
    free(v->keys);
    memset(v, 0, sizeof *v);
}

static void j_ws(jparser *P)
{
    while (P->p < P->end && (*P->p == ' ' || *P->p == '\t' || *P->p == '\n' || *P->p == '\r'))
        P->p++;
}

static int j_fail(jparser *P, const char *why)
{
    if (!P->err)
        P->err = why;
    return -1;
}

static int j_hex4(jparser *P, uint32_t *out)
{
    if (P->end - P->p < 4)
        return j_fail(P, "short \\u escape");
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char c = *P->p++;
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (uint32_t)(c - 'A' + 10);
        else
            return j_fail(P, "bad hex digit in \\u escape");
    }
    *out = v;
    return 0;
}

static void j_put_utf8(char *buf, size_t *o, uint32_t cp)
{
    if (cp < 0x80)
        buf[(*o)++] = (char)cp;
    else if (cp < 0x800) {
        buf[(*o)++] = (char)(0xC0 | (cp >> 6));
        buf[(*o)++] = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        buf[(*o)++] = (char)(0xE0 | (cp >> 12));
        buf[(*o)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[(*o)++] = (char)(0x80 | (cp & 0x3F));
    } else {
        buf[(*o)++] = (char)(0xF0 | (cp >> 18));
        buf[(*o)++] = (char)(0x80 | ((cp >> 12) & 0x3F));
        buf[(*o)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[(*o)++] = (char)(0x80 | (cp & 0x3F));
    }
}

static int j_string(jparser *P, char **out, size_t *out_len)
{
    if (P->p >= P->end || *P->p != '"')
        return j_fail(P, "expected a string");
    P->p++;
    const char *start = P->p;
    while (P->p < P->end && *P->p != '"') {
        if ((unsigned char)*P->p < 0x20)
            return j_fail(P, "raw control character inside a string");
        P->p += (*P->p == '\\' && P->p + 1 < P->end) ? 2 : 1;
    }
    if (P->p >= P->end)
        return j_fail(P, "unterminated string");
    if (!utf8_valid((const unsigned char *)start, (size_t)(P->p - start)))
        return j_fail(P, "invalid UTF-8 inside a string");
    const char *stop = P->p;
    P->p = start;
    char *buf = malloc((size_t)(stop - start) + 1);
    size_t o = 0;
    while (P->p < stop) {
        char c = *P->p++;
        if (c != '\\') {
            buf[o++] = c;
            continue;
        }
        char e = *P->p++;
        switch (e) {
        case '"': buf[o++] = '"'; break;
        case '\\': buf[o++] = '\\'; break;
        case '/': buf[o++] = '/'; break;
        case 'b': buf[o++] = '\b'; break;
        case 'f': buf[o++] = '\f'; break;
        case 'n': buf[o++] = '\n'; break;
        case 'r': buf[o++] = '\r'; break;
        case 't': buf[o++] = '\t'; break;
        case 'u': {
            uint32_t cp;
            if (j_hex4(P, &cp) < 0) {
                free(buf);
                return -1;
            }
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                uint32_t lo;
                if (stop - P->p < 6 || P->p[0] != '\\' || P->p[1] != 'u') {
                    free(buf);
                    return j_fail(P, "unpaired high surrogate escape");
                }
                P->p += 2;
                if (j_hex4(P, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF) {
                    free(buf);
                    return j_fail(P, "bad low surrogate escape");
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                free(buf);
                return j_fail(P, "lone low surrogate escape");
            }
            j_put_utf8(buf, &o, cp);
            break;
        }
        default:
            free(buf);
            return j_fail(P, "unknown escape");
        }
    }
    buf[o] = '\0';
    P->p = stop + 1;
    *out = buf;
    *out_len = o;
    return 0;
}

static int j_value(jparser *P, jval *v, int depth);

static int j_number(jparser *P, jval *v)
{
    const char *s = P->p;
    if (P->p < P->end && *P->p == '-')
        P->p++;
    if (P->p >= P->end)
        return j_fail(P, "truncated number");
    if (*P->p == '0')
        P->p++;
    else if (*P->p >= '1' && *P->p <= '9')
        while (P->p < P->end && *P->p >= '0' && *P->p <= '9')
            P->p++;
    else
        return j_fail(P, "bad number");
    v->is_int = 1;
    if (P->p < P->end && *P->p == '.') {
        P->p++;
        v->is_int = 0;
        if (P->p >= P->end || !(*P->p >= '0' && *P->p <= '9'))
            return j_fail(P, "digit expected after the decimal point");
        while (P->p < P->end && *P->p >= '0' && *P->p <= '9')
            P->p++;
    }
    if (P->p < P->end && (*P->p == 'e' || *P->p == 'E')) {
        P->p++;
        v->is_int = 0;
        if (P->p < P->end && (*P->p == '+' || *P->p == '-'))
            P->p++;
        if (P->p >= P->end || !(*P->p >= '0' && *P->p <= '9'))
            return j_fail(P, "digit expected in the exponent");
        while (P->p < P->end && *P->p >= '0' && *P->p <= '9')
            P->p++;
    }
    char tmp[64];
    size_t n = (size_t)(P->p - s);
    if (n >= sizeof tmp)
        return j_fail(P, "number too long");
    memcpy(tmp, s, n);
    tmp[n] = '\0';
    v->t = J_NUM;
    v->num = strtod(tmp, NULL);
    return 0;
}

static int j_literal(jparser *P, const char *lit)
{
    size_t n = strlen(lit);
    if ((size_t)(P->end - P->p) < n || memcmp(P->p, lit, n) != 0)
        return j_fail(P, "unknown literal");
    P->p += n;
    return 0;
}

static int j_value(jparser *P, jval *v, int depth)
{
    memset(v, 0, sizeof *v);
    if (depth > 32)
        return j_fail(P, "nesting too deep");
    j_ws(P);
    if (P->p >= P->end)
        return j_fail(P, "value expected");
    char c = *P->p;
    if (c == '"') {
        v->t = J_STR;
        return j_string(P, &v->s, &v->slen);
    }
    if (c == 'n')
        return v->t = J_NULL, j_literal(P, "null");
    if (c == 't')
        return v->t = J_BOOL, v->b = 1, j_literal(P, "true");
    if (c == 'f')
        return v->t = J_BOOL, j_literal(P, "false");
    if (c == '-' || (c >= '0' && c <= '9'))
        return j_number(P, v);
    if (c != '{' && c != '[')
        return j_fail(P, "unexpected character");
    int obj = c == '{';
    v->t = obj ? J_OBJ : J_ARR;
    P->p++;
    j_ws(P);
    if (P->p < P->end && *P->p == (obj ? '}' : ']')) {
        P->p++;
        return 0;
    }
    for (;;) {
        v->kids = realloc(v->kids, (v->n + 1) * sizeof *v->kids);
        if (obj)
            v->keys = realloc(v->keys, (v->n + 1) * sizeof *v->keys);
        memset(&v->kids[v->n], 0, sizeof *v->kids);
        if (obj) {
            size_t kl;
            j_ws(P);
            v->keys[v->n] = NULL;
            if (j_string(P, &v->keys[v->n], &kl) < 0) {
                v->n++;
                return -1;
            }
            for (size_t i = 0; i < v->n; i++)
                if (strcmp(v->keys[i], v->keys[v->n]) == 0) {
                    v->n++;
                    return j_fail(P, "duplicate key");
                }
            j_ws(P);
            if (P->p >= P->end || *P->p != ':') {
                v->n++;
                return j_fail(P, "':' expected");
            }
            P->p++;
        }
        int rc = j_value(P, &v->kids[v->n], depth + 1);
        v->n++;
        if (rc < 0)
            return -1;
        j_ws(P);
        if (P->p < P->end && *P->p == ',') {
            P->p++;
            continue;
        }
        if (P->p < P->end && *P->p == (obj ? '}' : ']')) {
            P->p++;
            return 0;
        }
        return j_fail(P, "',' or closing bracket expected");
    }
}

/* Parses exactly one JSON value spanning s[0..len). Returns NULL on success, else the reason. */
static const char *j_parse(const char *s, size_t len, jval *out)
{
    jparser P = {s, s + len, NULL};
    if (j_value(&P, out, 0) < 0) {
        j_free(out);
        return P.err ? P.err : "parse error";
    }
    j_ws(&P);
    if (P.p != P.end) {
        j_free(out);
        return "trailing text after the value";
    }
    return NULL;
}

static const jval *j_get(const jval *obj, const char *key)
{
    if (obj->t != J_OBJ)
        return NULL;
    for (size_t i = 0; i < obj->n; i++)
        if (strcmp(obj->keys[i], key) == 0)
            return &obj->kids[i];
    return NULL;
}

/* Escapes, parses the result back and checks it decodes to `want` (length want_len). */
static void assert_round_trip(const char *in, size_t in_len, const char *want, size_t want_len)
{
    sink out = escape(in, in_len);
    jval v;
    const char *err = j_parse(out.data, out.len, &v);
    cr_assert_null(err, "escaped output %s is not a JSON string: %s", out.data, err);
    cr_assert_eq(v.t, J_STR);
    cr_assert_eq(v.slen, want_len, "decoded length %zu, expected %zu (output %s)", v.slen, want_len, out.data);
    cr_assert(memcmp(v.s, want, want_len) == 0, "decoded value differs (output %s)", out.data);
    j_free(&v);
    sink_free(&out);
}

/* ---- extract_write_json_string ---- */

Test(json_string, plain_ascii_is_quoted_unchanged)
{
    sink out = escape("Foro Penal", 10);
    cr_assert_str_eq(out.data, "\"Foro Penal\"");
    sink_free(&out);
}

Test(json_string, empty_string)
{
    sink out = escape("", 0);
    cr_assert_str_eq(out.data, "\"\"");
    sink_free(&out);
}

Test(json_string, quote_and_backslash_are_escaped)
{
    sink out = escape("a\"b\\c", 5);
    cr_assert_str_eq(out.data, "\"a\\\"b\\\\c\"");
    sink_free(&out);
}

Test(json_string, short_escapes_for_common_controls)
{
    sink out = escape("\n\r\t\b\f", 5);
    cr_assert_str_eq(out.data, "\"\\n\\r\\t\\b\\f\"");
    sink_free(&out);
}

/* Every C0 control must leave as an escape (never raw) and decode back to itself. */
Test(json_string, every_control_char_is_escaped)
{
    for (int c = 0; c < 0x20; c++) {
        char in[3] = {'x', (char)c, 'y'};
        sink out = escape(in, 3);
        for (size_t i = 0; i < out.len; i++)
            cr_assert_geq((unsigned char)out.data[i], 0x20, "control 0x%02x left raw in %s", c, out.data);
        /* the escape is either a two-character short form or \u00XX with the right hex digits */
        const char *body = out.data + 2; /* after "x */
        size_t blen = out.len - 4;       /* without the quotes, x and y */
        if (blen == 2) {
            cr_assert(strchr("nrtbf", body[1]) != NULL, "unexpected short escape %.*s for 0x%02x", 2, body, c);
        } else {
            char want[8];
            snprintf(want, sizeof want, "\\u%04x", c);
            cr_assert_eq(blen, 6, "escape for 0x%02x is %.*s", c, (int)blen, body);
            cr_assert(strncasecmp(body, want, 6) == 0, "escape for 0x%02x is %.*s, expected %s", c, 6, body, want);
        }
        sink_free(&out);
        assert_round_trip(in, 3, in, 3);
    }
}

Test(json_string, embedded_nul_with_explicit_length)
{
    sink out = escape("a\0b", 3);
    cr_assert_str_eq(out.data, "\"a\\u0000b\"");
    sink_free(&out);
    assert_round_trip("a\0b", 3, "a\0b", 3);
}

/* DEL is legal raw JSON, but the writers escape it so terminals and log tools never see it. */
Test(json_string, del_is_escaped)
{
    sink out = escape("a\x7f", 2);
    cr_assert_null(memchr(out.data, 0x7f, out.len), "DEL left raw: %s", out.data);
    cr_assert_str_eq(out.data, "\"a\\u007f\"");
    sink_free(&out);
}

/* U+2028/2029 are valid JSON but end lines in JavaScript and in some line-based tools. */
Test(json_string, line_and_paragraph_separators_are_escaped)
{
    const char *in = "a\xE2\x80\xA8" "b\xE2\x80\xA9" "c";
    sink out = escape(in, strlen(in));
    cr_assert_null(strstr(out.data, "\xE2\x80\xA8"), "U+2028 left raw");
    cr_assert_null(strstr(out.data, "\xE2\x80\xA9"), "U+2029 left raw");
    cr_assert(strcasecmp(out.data, "\"a\\u2028b\\u2029c\"") == 0, "got %s", out.data);
    sink_free(&out);
    assert_round_trip(in, strlen(in), in, strlen(in));
}

Test(json_string, valid_multibyte_utf8_passes_through)
{
    /* 2-, 3- and 4-byte characters, and a literal U+FFFD, which is valid text too */
    const char *in = "Ñandú según “EFE” – 1.200 € \xF0\x9F\x98\x80 \xEF\xBF\xBD";
    sink out = escape(in, strlen(in));
    cr_assert_eq(out.len, strlen(in) + 2);
    cr_assert(memcmp(out.data + 1, in, strlen(in)) == 0, "multibyte text was altered: %s", out.data);
    sink_free(&out);
}

/* Each invalid input must come out as valid UTF-8 with U+FFFD where the bad bytes were, and the valid text around
 * it intact. The number of U+FFFD per bad sequence is not specified, only that there is at least one and nothing
 * else in their place. */
static void assert_replaced(const char *in, size_t len, const char *before, const char *after)
{
    sink out = escape(in, len);
    cr_assert(utf8_valid((const unsigned char *)out.data, out.len), "output is not valid UTF-8 for input %zu bytes", len);
    size_t bl = strlen(before), al = strlen(after);
    cr_assert_geq(out.len, 2 + bl + al + 3);
    cr_assert(memcmp(out.data + 1, before, bl) == 0, "text before the bad bytes altered: %s", out.data);
    cr_assert(memcmp(out.data + out.len - 1 - al, after, al) == 0, "text after the bad bytes altered: %s", out.data);
    size_t mid = out.len - 2 - bl - al;
    cr_assert_eq(mid % 3, 0, "replacement is not a run of U+FFFD: %s", out.data);
    for (size_t i = 0; i < mid; i += 3)
        cr_assert(memcmp(out.data + 1 + bl + i, "\xEF\xBF\xBD", 3) == 0, "replacement is not a run of U+FFFD: %s",
                  out.data);
    sink_free(&out);
}

Test(json_string, lone_continuation_byte_becomes_fffd) { assert_replaced("ab\x80" "cd", 5, "ab", "cd"); }
Test(json_string, truncated_sequence_becomes_fffd) { assert_replaced("ab\xE2\x82" "cd", 6, "ab", "cd"); }
Test(json_string, truncated_sequence_at_end_becomes_fffd) { assert_replaced("ab\xE2\x82", 4, "ab", ""); }
Test(json_string, truncated_four_byte_at_end_becomes_fffd) { assert_replaced("ab\xF0\x9F\x98", 5, "ab", ""); }
Test(json_string, overlong_two_byte_becomes_fffd) { assert_replaced("a\xC0\xAF" "b", 4, "a", "b"); }
Test(json_string, overlong_three_byte_becomes_fffd) { assert_replaced("a\xE0\x80\xAF" "b", 5, "a", "b"); }
Test(json_string, overlong_nul_becomes_fffd) { assert_replaced("a\xC0\x80" "b", 4, "a", "b"); }
Test(json_string, utf8_encoded_high_surrogate_becomes_fffd) { assert_replaced("a\xED\xA0\x80" "b", 5, "a", "b"); }
Test(json_string, utf8_encoded_low_surrogate_becomes_fffd) { assert_replaced("a\xED\xBF\xBF" "b", 5, "a", "b"); }
Test(json_string, byte_ff_becomes_fffd) { assert_replaced("a\xFF" "b", 3, "a", "b"); }
Test(json_string, byte_fe_becomes_fffd) { assert_replaced("a\xFE" "b", 3, "a", "b"); }
Test(json_string, above_u10ffff_becomes_fffd) { assert_replaced("a\xF4\x90\x80\x80" "b", 6, "a", "b"); }

/* A lead byte followed by an ASCII quote must not swallow the quote: it still has to be escaped. */
Test(json_string, truncated_sequence_does_not_swallow_a_quote)
{
    sink out = escape("\xC3\"", 2);
    cr_assert(utf8_valid((const unsigned char *)out.data, out.len));
    cr_assert_str_eq(out.data, "\"\xEF\xBF\xBD\\\"\"");
    sink_free(&out);
}

/* Longer than the writer's internal buffer: output arrives in several pieces and must still be exact. */
Test(json_string, long_string_is_written_in_pieces_and_exact)
{
    size_t n = 6000;
    char *in = malloc(n);
    for (size_t i = 0; i < n; i++)
        in[i] = "a\"\\\n\x01\xC3\xB1"[i % 7];
    n -= n % 7; /* whole pattern units, so the string does not end inside the two-byte character */
    sink out = escape(in, n);
    cr_assert_gt(out.calls, 1, "a %zu-byte string was written in a single call", n);
    sink_free(&out);
    assert_round_trip(in, n, in, n);
    free(in);
}

Test(json_string, writer_failure_is_returned)
{
    sink out = sink_new();
    out.fail_at = 0;
    out.fail_rc = 42;
    cr_assert_eq(extract_write_json_string("abc", 3, sink_write, &out), 42);
    sink_free(&out);
}

/* A failure on a later piece of a long string is returned too, and the writer stops calling. */
Test(json_string, writer_failure_mid_string_is_returned_and_stops)
{
    size_t n = 5000;
    char *in = malloc(n);
    memset(in, '"', n);
    sink out = sink_new();
    out.fail_at = 1;
    out.fail_rc = -7;
    cr_assert_eq(extract_write_json_string(in, n, sink_write, &out), -7);
    cr_assert_eq(out.calls, 2, "writer called %zu times after failing on the 2nd call", out.calls);
    free(in);
    sink_free(&out);
}

/* ---- extract_write_jsonl on processed documents ---- */

static extract_patterns *P;

static void load_patterns(void)
{
    extract_error err;
    extract_status st = extract_patterns_load(EXTRACT_TEST_PATTERNS, &P, &err);
    if (st != EXTRACT_OK) {
        char msg[1200];
        extract_error_format(&err, msg, sizeof msg);
        cr_assert_fail("cannot load the patterns: %s", msg);
    }
}

static void free_patterns(void) { extract_patterns_free(P); }

static extract_doc *process(const char *text, size_t len, const char *name, const char *lang)
{
    extract_options opt = {0};
    opt.ref_date = "2026-01-14";
    opt.lang = lang;
    extract_doc *d = NULL;
    extract_error err;
    extract_status st = extract_process(P, text, len, name, &opt, &d, &err);
    cr_assert_eq(st, EXTRACT_OK, "extract_process failed: %s", err.message);
    cr_assert_not_null(d);
    return d;
}

static int is_iso_date(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return 0;
    return 1;
}

static int one_of(const jval *v, const char *const *names)
{
    if (!v || v->t != J_STR)
        return 0;
    for (; *names; names++)
        if (strcmp(v->s, *names) == 0)
            return 1;
    return 0;
}

static void assert_date_or_null(const jval *v, const char *field, size_t line)
{
    cr_assert_not_null(v, "line %zu: %s missing", line, field);
    cr_assert(v->t == J_NULL || (v->t == J_STR && is_iso_date(v->s)), "line %zu: %s is neither null nor YYYY-MM-DD",
              line, field);
}

static const char *const K_EVENTS[] = {"release", "held", "detention", NULL};
static const char *const K_QUALS[] = {"exact", "approx", "at_least", "more_than", "at_most", "less_than", NULL};
static const char *const K_KINDS[] = {"person", "organization", "government", "media", "unknown", NULL};
static const char *const K_STANCES[] = {"asserts", "disputes", "denies", NULL};
static const char *const K_SECTIONS[] = {"body", "headline", "caption", NULL};
static const char *const K_SOURCES[] = {"option", "document", "metadata", "today", NULL};
static const char *const K_FIELDS[] = {"schema", "doc", "lang", "ref_date", "ref_date_source", "url", "title",
                                       "published", "event", "count", "subject", "claimant", "claimed_on", "period",
                                       "stance", "evidence", "section", "rule", "confidence", NULL};

/* Checks one record against the schema and against the claim it was written from. */
static void check_record(const jval *r, size_t line, const extract_doc *d, const char *name)
{
    const extract_claim *c = extract_doc_claim(d, line);
    cr_assert_not_null(c);
    size_t tlen;
    const char *text = extract_doc_text(d, &tlen);

    cr_assert_eq(r->t, J_OBJ, "line %zu is not an object", line);
    for (size_t i = 0; i < r->n; i++) {
        int known = 0;
        for (const char *const *k = K_FIELDS; *k; k++)
            known |= strcmp(*k, r->keys[i]) == 0;
        cr_assert(known, "line %zu: unexpected field '%s'", line, r->keys[i]);
    }
    const jval *v = j_get(r, "schema");
    cr_assert(v && v->t == J_STR && strcmp(v->s, EXTRACT_SCHEMA_VERSION) == 0, "line %zu: schema", line);
    v = j_get(r, "doc");
    cr_assert(v && v->t == J_STR && v->slen == strlen(name) && memcmp(v->s, name, v->slen) == 0, "line %zu: doc", line);
    v = j_get(r, "lang");
    cr_assert(v && v->t == J_STR && strcmp(v->s, extract_doc_lang(d)) == 0, "line %zu: lang", line);
    v = j_get(r, "ref_date");
    cr_assert(v && v->t == J_STR && strcmp(v->s, extract_doc_ref_date(d)) == 0 && is_iso_date(v->s),
              "line %zu: ref_date", line);
    v = j_get(r, "ref_date_source");
    cr_assert(one_of(v, K_SOURCES) && strcmp(v->s, extract_doc_ref_date_source(d)) == 0, "line %zu: ref_date_source",
              line);
    cr_assert(one_of(j_get(r, "event"), K_EVENTS), "line %zu: event", line);
    cr_assert_str_eq(j_get(r, "event")->s, K_EVENTS[c->event]);

    const jval *count = j_get(r, "count");
    cr_assert(count && count->t == J_OBJ && count->n == 3, "line %zu: count must be {value,qualifier,text}", line);
    v = j_get(count, "value");
    cr_assert(v && v->t == J_NUM && v->is_int && v->num > 0, "line %zu: count.value must be a positive integer", line);
    cr_assert_eq((int64_t)v->num, c->count, "line %zu: count.value", line);
    cr_assert(one_of(j_get(count, "qualifier"), K_QUALS), "line %zu: count.qualifier", line);
    cr_assert_str_eq(j_get(count, "qualifier")->s, K_QUALS[c->qualifier]);
    v = j_get(count, "text");
    cr_assert(v && v->t == J_STR && v->slen > 0 && strcmp(v->s, c->count_text) == 0, "line %zu: count.text", line);

    v = j_get(r, "subject");
    cr_assert(v && (v->t == J_NULL || v->t == J_STR), "line %zu: subject", line);

    const jval *cl = j_get(r, "claimant");
    cr_assert(cl && (cl->t == J_NULL || cl->t == J_OBJ), "line %zu: claimant", line);
    if (cl->t == J_OBJ) {
        cr_assert_eq(cl->n, 3, "line %zu: claimant must be {name,kind,title}", line);
        v = j_get(cl, "name");
        cr_assert(v && v->t == J_STR && v->slen > 0, "line %zu: claimant.name", line);
        cr_assert(one_of(j_get(cl, "kind"), K_KINDS), "line %zu: claimant.kind", line);
        v = j_get(cl, "title");
        cr_assert(v && (v->t == J_NULL || v->t == J_STR), "line %zu: claimant.title", line);
    } else {
        cr_assert_null(c->claimant.name);
    }
    assert_date_or_null(j_get(r, "claimed_on"), "claimed_on", line);
    const jval *per = j_get(r, "period");
    cr_assert(per && (per->t == J_NULL || per->t == J_OBJ), "line %zu: period", line);
    if (per->t == J_OBJ) {
        cr_assert_eq(per->n, 2, "line %zu: period must be {from,to}", line);
        assert_date_or_null(j_get(per, "from"), "period.from", line);
        assert_date_or_null(j_get(per, "to"), "period.to", line);
        cr_assert(j_get(per, "from")->t == J_STR || j_get(per, "to")->t == J_STR,
                  "line %zu: a period object with both ends null should be null", line);
    }
    cr_assert(one_of(j_get(r, "stance"), K_STANCES), "line %zu: stance", line);

    const jval *ev = j_get(r, "evidence");
    cr_assert(ev && ev->t == J_OBJ && ev->n == 3, "line %zu: evidence must be {sentence,start,end}", line);
    const jval *sent = j_get(ev, "sentence"), *st = j_get(ev, "start"), *en = j_get(ev, "end");
    cr_assert(sent && sent->t == J_STR && st && st->t == J_NUM && st->is_int && en && en->t == J_NUM && en->is_int,
              "line %zu: evidence fields have the wrong types", line);
    cr_assert(st->num >= 0 && st->num < en->num && en->num <= (double)tlen, "line %zu: evidence offsets out of range",
              line);
    size_t s0 = (size_t)st->num, e0 = (size_t)en->num;
    cr_assert_eq(sent->slen, e0 - s0, "line %zu: evidence.sentence length differs from end-start", line);
    cr_assert(memcmp(sent->s, text + s0, e0 - s0) == 0, "line %zu: evidence.sentence is not text[start,end)", line);

    cr_assert(one_of(j_get(r, "section"), K_SECTIONS), "line %zu: section", line);
    v = j_get(r, "rule");
    cr_assert(v && v->t == J_STR && v->slen > 0, "line %zu: rule", line);
    v = j_get(r, "confidence");
    cr_assert(v && v->t == J_NUM && v->num >= 0.0 && v->num <= 1.0, "line %zu: confidence must be in [0,1]", line);
}

/* Writes the document's records and checks each line; returns the number of lines. */
static size_t check_jsonl(const extract_doc *d, const char *name)
{
    sink out = sink_new();
    cr_assert_eq(extract_write_jsonl(d, sink_write, &out), 0);
    size_t lines = 0;
    const char *p = out.data ? out.data : "";
    const char *end = p + out.len;
    if (out.len)
        cr_assert_eq(end[-1], '\n', "output does not end with a newline");
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        cr_assert_not_null(nl);
        jval r;
        const char *err = j_parse(p, (size_t)(nl - p), &r);
        cr_assert_null(err, "line %zu is not valid JSON (%s): %.*s", lines, err, (int)(nl - p), p);
        check_record(&r, lines, d, name);
        j_free(&r);
        lines++;
        p = nl + 1;
    }
    cr_assert_eq(lines, extract_doc_claim_count(d), "%zu lines for %zu claims", lines, extract_doc_claim_count(d));
    sink_free(&out);
    return lines;
}

static const char ES_ARTICLE[] =
    "Liberan a decenas de presos políticos\n"
    "\n"
    "Al menos 80 presos políticos fueron excarcelados desde el 8 de enero, según Foro Penal.\n"
    "\n"
    "El director de Foro Penal, Alfredo Romero, dijo el martes que 24 presos políticos siguen en El Rodeo. "
    "\"Hay 120 detenidos sin juicio\", afirmó Romero.\n"
    "\n"
    "La policía detuvo a 35 manifestantes el lunes.\n";

TestSuite(jsonl, .init = load_patterns, .fini = free_patterns);

Test(jsonl, every_line_is_a_schema_conforming_object)
{
    extract_doc *d = process(ES_ARTICLE, strlen(ES_ARTICLE), "es/article.txt", NULL);
    cr_assert_geq(extract_doc_claim_count(d), 3, "the article should yield several claims");
    check_jsonl(d, "es/article.txt");
    extract_doc_free(d);
}

/* Text that needs escaping inside the evidence (quotes, U+2028, a replaced invalid byte) and a document name
 * with a quote, a backslash and a tab: the records must stay one valid line each and decode to the originals. */
Test(jsonl, awkward_text_and_name_stay_valid_json)
{
    const char text[] = "Foro Penal informó que 80 presos \"políticos\" fueron excarcelados\xE2\x80\xA8 el lunes \xFF.\n";
    const char *name = "dir/\"odd\"\\name\t1.txt";
    extract_doc *d = process(text, sizeof text - 1, name, "es");
    cr_assert_geq(extract_doc_claim_count(d), 1);
    sink out = sink_new();
    cr_assert_eq(extract_write_jsonl(d, sink_write, &out), 0);
    cr_assert_null(strstr(out.data, "\xE2\x80\xA8"), "U+2028 written raw inside a record");
    size_t newlines = 0;
    for (size_t i = 0; i < out.len; i++)
        newlines += out.data[i] == '\n';
    cr_assert_eq(newlines, extract_doc_claim_count(d), "a record spans more than one line");
    sink_free(&out);
    check_jsonl(d, name);
    extract_doc_free(d);
}

Test(jsonl, records_in_each_language)
{
    static const struct {
        const char *lang, *text;
    } docs[] = {
        {"es", "Al menos 80 presos políticos fueron excarcelados el lunes, según Foro Penal.\n"},
        {"pt", "Pelo menos 80 presos políticos foram libertados na segunda-feira, segundo o Foro Penal.\n"},
        {"en", "At least 80 political prisoners were released on Monday, according to Foro Penal.\n"},
    };
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
        extract_doc *d = process(docs[i].text, strlen(docs[i].text), docs[i].lang, docs[i].lang);
        cr_assert_str_eq(extract_doc_lang(d), docs[i].lang);
        cr_expect_geq(extract_doc_claim_count(d), 1, "no claim in the %s text", docs[i].lang);
        check_jsonl(d, docs[i].lang);
        extract_doc_free(d);
    }
}

Test(jsonl, no_claims_writes_nothing)
{
    const char text[] = "El Gobierno celebró el lunes una reunión con 12 ministros en 2025.\n";
    extract_doc *d = process(text, sizeof text - 1, "none.txt", "es");
    sink out = sink_new();
    cr_assert_eq(extract_write_jsonl(d, sink_write, &out), 0);
    cr_assert_eq(extract_doc_claim_count(d), 0);
    cr_assert_eq(out.len, 0, "wrote %zu bytes for a document without claims", out.len);
    sink_free(&out);
    extract_doc_free(d);
}

/* The writer's failure comes back from extract_write_jsonl, whichever call fails, and nothing is written after it. */
Test(jsonl, writer_failure_is_returned)
{
    extract_doc *d = process(ES_ARTICLE, strlen(ES_ARTICLE), "a.txt", NULL);
    sink full = sink_new();
    cr_assert_eq(extract_write_jsonl(d, sink_write, &full), 0);
    cr_assert_gt(full.calls, 3);
    for (size_t k = 0; k < full.calls; k += (full.calls / 7) + 1) {
        sink out = sink_new();
        out.fail_at = (long)k;
        out.fail_rc = 99;
        cr_assert_eq(extract_write_jsonl(d, sink_write, &out), 99, "failure on call %zu not returned", k);
        cr_assert_eq(out.calls, k + 1, "writer called again after failing on call %zu", k);
        sink_free(&out);
    }
    sink_free(&full);
    extract_doc_free(d);
}

Test(jsonl, explain_writer_failure_is_returned)
{
    extract_options opt = {0};
    opt.ref_date = "2026-01-14";
    opt.explain = 1;
    extract_doc *d = NULL;
    extract_error err;
    cr_assert_eq(extract_process(P, ES_ARTICLE, strlen(ES_ARTICLE), "a.txt", &opt, &d, &err), EXTRACT_OK);
    sink out = sink_new();
    cr_assert_eq(extract_write_explain(d, sink_write, &out), 0);
    cr_assert_not_null(out.data);
    cr_assert_not_null(strstr(out.data, "a.txt"), "the trace does not name the document");
    sink_free(&out);
    out = sink_new();
    out.fail_at = 0;
    out.fail_rc = 5;
    cr_assert_eq(extract_write_explain(d, sink_write, &out), 5);
    sink_free(&out);
    extract_doc_free(d);
}
