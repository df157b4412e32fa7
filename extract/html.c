/* html.c - the html stage: an HTML page's bytes -> the article's main text and its metadata.
 *
 * Pipeline (xh_parse):
 *   1. Decide the encoding (BOM, <meta> prescan, UTF-8 validation, cp1252 heuristic) and convert the bytes to
 *      clean UTF-8 ourselves, so libxml2 only ever sees valid UTF-8 and is told to ignore in-document hints.
 *   2. Sanitize the markup: cap attributes per tag and nesting depth and drop no-op end tags, the inputs
 *      that make libxml2 2.9's HTML parser quadratic, and self-close the void tags libxml2 2.9 leaves open.
 *   3. Parse with htmlCtxtReadMemory (recover, no network, no error output, HUGE so long texts are kept),
 *      with a SAX hook that stops the parser if its element stack ever exceeds a hard bound anyway.
 *   4. Annotate every element (tag class, class/id tokens, hidden/role flags) and collect the metadata.
 *   5. Score paragraphs and their ancestors Readability-style to find the article's container, pick the
 *      headline <h1>, and emit headline, standfirst and body blocks in document order, dropping boilerplate.
 *   6. Publication date by precedence JSON-LD > meta > <time> > visible dateline.
 *
 * Every tree walk is iterative (child/next/parent pointers), so document depth never touches the C stack.
 * All results are copied into the caller's arena; libxml2's document and all scratch memory are freed
 * before returning. See docs/html.md for the reasoning behind each rule. */
#include "html.h"

#include <errno.h>
#include <iconv.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* ---------------------------------------------------------------------------------------------------------
 * Limits
 * ------------------------------------------------------------------------------------------------------ */

#define S_MAX_INPUT ((size_t)32 << 20) /* larger pages are refused (the arena would hold several copies) */
#define S_MAX_ATTRS 64                 /* attributes kept per start tag (libxml2 checks duplicates in O(n^2)) */
#define S_MODEL_DEPTH 384              /* start tags nested deeper than this are dropped before parsing */
#define S_HARD_DEPTH 1024              /* backstop: the parser is stopped if its stack ever gets this deep */
#define S_PRESCAN 8192                 /* bytes searched for a <meta> charset declaration */
#define S_INTRO_BLOCKS 6               /* standfirst/byline blocks taken between the headline and the body */
#define S_DATELINE_BLOCKS 10           /* blocks (after the headline) searched for a visible dateline */
#define S_MAX_BLOCKS_TRACKED 16        /* block ranges remembered for the dateline search */

/* ---------------------------------------------------------------------------------------------------------
 * Small character helpers
 * ------------------------------------------------------------------------------------------------------ */

static int S_fail(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Writes a formatted message into err (when given) and returns -1, so failure paths are one line. */
static int S_fail(char *err, size_t errlen, const char *fmt, ...)
{
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return -1;
}

/* HTML's ASCII whitespace; locale-independent unlike isspace(). */
static int S_is_blank(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
/* ASCII letter test, locale-independent (the C library's isalpha depends on the process locale). */
static int S_is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
/* ASCII digit test, for the same reason. */
static int S_is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
/* ASCII letter or digit. */
static int S_is_alnum(unsigned char c) { return S_is_alpha(c) || S_is_digit(c); }
/* ASCII lowercase; bytes >= 0x80 (UTF-8) pass through untouched. */
static unsigned char S_lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c; }

/* Case-insensitive ASCII comparison of the n bytes at s with the lowercase literal lit. */
static int S_ncase_eq(const char *s, size_t n, const char *lit)
{
    size_t i;
    for (i = 0; i < n && lit[i]; i++)
        if (S_lower((unsigned char)s[i]) != (unsigned char)lit[i])
            return 0;
    return i == n && lit[i] == '\0';
}

/* Whether the lowercase literal lit occurs at s (case-insensitively) within the n available bytes. */
static int S_ncase_prefix(const char *s, size_t n, const char *lit)
{
    size_t i;
    for (i = 0; lit[i]; i++)
        if (i >= n || S_lower((unsigned char)s[i]) != (unsigned char)lit[i])
            return 0;
    return 1;
}

/* Case-insensitive search for a lowercase literal in s[0..n), for attribute values such as style/type. */
static int S_ncase_contains(const char *s, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    for (size_t i = 0; i + m <= n; i++)
        if (S_ncase_prefix(s + i, n - i, lit))
            return 1;
    return 0;
}

/* ---------------------------------------------------------------------------------------------------------
 * UTF-8 and windows-1252
 * ------------------------------------------------------------------------------------------------------ */

/* windows-1252 code points for bytes 0x80..0x9F (0 = undefined in cp1252). */
static const uint16_t S_cp1252_c1[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/* The code point a single windows-1252 byte stands for (U+FFFD for its five undefined bytes). */
static uint32_t S_cp1252(unsigned char b)
{
    if (b < 0x80 || b >= 0xA0)
        return b;
    return S_cp1252_c1[b - 0x80] ? S_cp1252_c1[b - 0x80] : 0xFFFD;
}

/* Strict UTF-8 decoder: returns the length (1..4) of the valid sequence at s and sets *cp, or 0 when the
 * bytes are not well-formed UTF-8 (overlongs, surrogates and values above U+10FFFF are rejected). */
static size_t S_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        if (n < 2 || (s[1] & 0xC0) != 0x80)
            return 0;
        *cp = ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && s[1] < 0xA0)
            return 0; /* overlong */
        if (c == 0xED && s[1] >= 0xA0)
            return 0; /* surrogate */
        *cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90)
            return 0; /* overlong */
        if (c == 0xF4 && s[1] >= 0x90)
            return 0; /* > U+10FFFF */
        *cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) | ((uint32_t)(s[2] & 0x3F) << 6) |
              (s[3] & 0x3F);
        return 4;
    }
    return 0;
}

/* Appends the UTF-8 encoding of a (valid, non-surrogate) code point; errors stick in b->failed. */
static void S_utf8_put(xi_buf *b, uint32_t cp)
{
    char t[4];
    size_t n;
    if (cp < 0x80) {
        t[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        t[0] = (char)(0xC0 | (cp >> 6));
        t[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        t[0] = (char)(0xE0 | (cp >> 12));
        t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        t[0] = (char)(0xF0 | (cp >> 18));
        t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    xi_buf_append(b, t, n);
}

/* Appends one decoded input character, replacing what libxml2 must not see: NUL and C0 controls become a
 * space (a NUL would end libxml2's input early), surrogates and non-characters become U+FFFD. */
static void S_put_input_cp(xi_buf *b, uint32_t cp)
{
    if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F)
        cp = ' ';
    else if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF || cp > 0x10FFFF)
        cp = 0xFFFD;
    S_utf8_put(b, cp);
}

/* Decodes UTF-8 input; a byte that does not start a valid sequence is read as windows-1252 on its own,
 * which repairs pages that mix in a few legacy bytes (a pasted quote, a template in another charset). */
static void S_decode_utf8(xi_buf *b, const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n && !b->failed) {
        size_t run = i;
        while (run < n && s[run] >= 0x20 && s[run] < 0x7F)
            run++; /* printable ASCII is copied in bulk */
        if (run > i) {
            xi_buf_append(b, s + i, run - i);
            i = run;
            continue;
        }
        uint32_t cp;
        size_t k = S_utf8_decode(s + i, n - i, &cp);
        if (k == 0) {
            cp = S_cp1252(s[i]);
            k = 1;
        }
        S_put_input_cp(b, cp);
        i += k;
    }
}

/* Decodes windows-1252 (also used for ISO-8859-1 and ASCII declarations, as browsers do). */
static void S_decode_cp1252(xi_buf *b, const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n && !b->failed; i++)
        S_put_input_cp(b, S_cp1252(s[i]));
}

/* Decodes UTF-16 (after its BOM), pairing surrogates; unpaired halves and a trailing odd byte become U+FFFD. */
static void S_decode_utf16(xi_buf *b, const unsigned char *s, size_t n, int big_endian)
{
    size_t i = 0;
    while (i + 1 < n && !b->failed) {
        uint32_t u = big_endian ? ((uint32_t)s[i] << 8 | s[i + 1]) : ((uint32_t)s[i + 1] << 8 | s[i]);
        i += 2;
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < n) {
            uint32_t v = big_endian ? ((uint32_t)s[i] << 8 | s[i + 1]) : ((uint32_t)s[i + 1] << 8 | s[i]);
            if (v >= 0xDC00 && v <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                i += 2;
            }
        }
        S_put_input_cp(b, u);
    }
    if (i < n)
        S_put_input_cp(b, 0xFFFD);
}

/* Decodes any other declared charset with iconv (glibc, no extra library). Undecodable bytes become
 * U+FFFD and are skipped. Returns 1 when iconv does not know the charset (the caller falls back). */
static int S_decode_iconv(xi_buf *b, const unsigned char *s, size_t n, const char *charset)
{
    iconv_t cd = iconv_open("UTF-8", charset);
    if (cd == (iconv_t)-1)
        return 1;
    char *in = (char *)(uintptr_t)s;
    size_t inleft = n;
    char tmp[4096];
    while (!b->failed) {
        char *o = tmp;
        size_t oleft = sizeof tmp;
        int flushing = inleft == 0; /* last call: emit any pending shift-state bytes */
        size_t r = flushing ? iconv(cd, NULL, NULL, &o, &oleft) : iconv(cd, &in, &inleft, &o, &oleft);
        int e = (r == (size_t)-1) ? errno : 0;
        S_decode_utf8(b, (const unsigned char *)tmp, (size_t)(o - tmp)); /* also filters controls */
        if (flushing)
            break;
        if (r != (size_t)-1 || e == E2BIG)
            continue;
        S_put_input_cp(b, 0xFFFD);
        if (e == EILSEQ) { /* skip the undecodable byte */
            in++;
            inleft--;
        } else { /* EINVAL: a truncated sequence ends the input */
            inleft = 0;
        }
    }
    iconv_close(cd);
    return 0;
}

/* ---------------------------------------------------------------------------------------------------------
 * Charset detection
 * ------------------------------------------------------------------------------------------------------ */

enum { S_CS_NONE, S_CS_UTF8, S_CS_CP1252, S_CS_OTHER };

/* Maps a charset label to the family we decode it as, following the WHATWG encoding standard's aliases:
 * all Latin-1/ASCII labels are windows-1252, and a UTF-16 label inside the page means UTF-8. */
static int S_charset_kind(const char *label)
{
    static const char *const utf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8",
                                       "x-unicode20utf8", "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2",
                                       NULL};
    static const char *const cp1252[] = {"windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1",
                                         "iso_8859-1", "iso88591", "iso_8859-1:1987", "latin1", "latin-1",
                                         "l1", "iso-ir-100", "csisolatin1", "ibm819", "cp819", "us-ascii",
                                         "ascii", "ansi_x3.4-1968", "iso646-us", "x-user-defined", NULL};
    if (!label || !*label)
        return S_CS_NONE;
    for (int i = 0; utf8[i]; i++)
        if (S_ncase_eq(label, strlen(label), utf8[i]))
            return S_CS_UTF8;
    for (int i = 0; cp1252[i]; i++)
        if (S_ncase_eq(label, strlen(label), cp1252[i]))
            return S_CS_CP1252;
    return S_CS_OTHER;
}

/* Copies a charset label (trimmed of blanks and quotes, at most cap-1 bytes) into out. */
static void S_copy_label(const char *s, size_t n, char *out, size_t cap)
{
    while (n && (S_is_blank((unsigned char)*s) || *s == '"' || *s == '\'')) {
        s++;
        n--;
    }
    size_t k = 0;
    while (k < n && k + 1 < cap && !S_is_blank((unsigned char)s[k]) && s[k] != '"' && s[k] != '\'' &&
           s[k] != ';' && s[k] != ',' && s[k] != '>')
        k++;
    for (size_t i = 0; i < k; i++)
        out[i] = (char)S_lower((unsigned char)s[i]);
    out[k] = '\0';
}

typedef struct {
    size_t name, name_len; /* offsets into the scanned text */
    size_t val, val_len;
    int has_val;
} S_attr_tok;

/* Reads the next attribute of a tag starting at *pos, the way libxml2's HTML parser delimits them (quoted
 * values may hold '>'; unquoted ones end at a blank or '>'). Returns 0 at the tag's end, leaving *pos on
 * its '>' or "/>" (or at n when the tag is unterminated). */
static int S_next_attr(const char *s, size_t n, size_t *pos, S_attr_tok *a)
{
    size_t i = *pos;
    for (;;) {
        while (i < n && S_is_blank((unsigned char)s[i]))
            i++;
        if (i >= n || s[i] == '>' || (s[i] == '/' && i + 1 < n && s[i + 1] == '>')) {
            *pos = i;
            return 0;
        }
        if (s[i] == '/') {
            i++;
            continue;
        }
        break;
    }
    a->name = i;
    if (s[i] == '=')
        i++; /* a nameless "=value" still consumes its '=' */
    while (i < n && !S_is_blank((unsigned char)s[i]) && s[i] != '>' && s[i] != '=' &&
           !(s[i] == '/' && i + 1 < n && s[i + 1] == '>'))
        i++;
    a->name_len = i - a->name;
    a->has_val = 0;
    a->val = i;
    a->val_len = 0;
    size_t j = i;
    while (j < n && S_is_blank((unsigned char)s[j]))
        j++;
    if (j < n && s[j] == '=') {
        j++;
        while (j < n && S_is_blank((unsigned char)s[j]))
            j++;
        a->has_val = 1;
        if (j < n && (s[j] == '"' || s[j] == '\'')) {
            char q = s[j++];
            const char *e = memchr(s + j, q, n - j);
            size_t end = e ? (size_t)(e - s) : n;
            a->val = j;
            a->val_len = end - j;
            i = e ? end + 1 : n;
        } else {
            a->val = j;
            while (j < n && !S_is_blank((unsigned char)s[j]) && s[j] != '>')
                j++;
            a->val_len = j - a->val;
            i = j;
        }
    }
    *pos = i;
    return 1;
}

/* Finds "charset=" inside a Content-Type value and copies the label; returns 1 when found. */
static int S_charset_from_content(const char *s, size_t n, char *out, size_t cap)
{
    for (size_t i = 0; i + 8 <= n; i++) {
        if (S_ncase_prefix(s + i, n - i, "charset")) {
            size_t j = i + 7;
            while (j < n && S_is_blank((unsigned char)s[j]))
                j++;
            if (j < n && s[j] == '=') {
                S_copy_label(s + j + 1, n - j - 1, out, cap);
                return out[0] != '\0';
            }
        }
    }
    return 0;
}

/* The encoding the page declares: <meta charset>, <meta http-equiv=Content-Type content="...charset=...">
 * (searched in the first S_PRESCAN bytes, skipping comments), else an <?xml encoding?> declaration. This is
 * the HTML5 "prescan" simplified; libxml2's own detection is disabled so this is the only one. */
static int S_prescan(const char *s, size_t n, char *out, size_t cap)
{
    char xmlenc[64] = "";
    if (n > S_PRESCAN)
        n = S_PRESCAN;
    size_t i = 0;
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            break;
        i = (size_t)(lt - s);
        if (S_ncase_prefix(s + i, n - i, "<!--")) {
            size_t j = i + 4;
            while (j + 3 <= n && memcmp(s + j, "-->", 3) != 0)
                j++;
            i = j + 3;
            continue;
        }
        if (S_ncase_prefix(s + i, n - i, "<?xml")) {
            size_t j = i + 5;
            while (j < n && s[j] != '>') {
                if (S_ncase_prefix(s + j, n - j, "encoding")) {
                    size_t k = j + 8;
                    while (k < n && (S_is_blank((unsigned char)s[k]) || s[k] == '='))
                        k++;
                    S_copy_label(s + k, n - k, xmlenc, sizeof xmlenc);
                    break;
                }
                j++;
            }
        }
        if (S_ncase_prefix(s + i, n - i, "<meta") && i + 5 < n &&
            (S_is_blank((unsigned char)s[i + 5]) || s[i + 5] == '/')) {
            size_t pos = i + 5;
            S_attr_tok a;
            int is_ct = 0;
            char fromcontent[64] = "";
            while (S_next_attr(s, n, &pos, &a)) {
                const char *nm = s + a.name;
                if (S_ncase_eq(nm, a.name_len, "charset") && a.has_val) {
                    S_copy_label(s + a.val, a.val_len, out, cap);
                    if (out[0])
                        return 1;
                } else if (S_ncase_eq(nm, a.name_len, "http-equiv") && a.has_val) {
                    is_ct = S_ncase_eq(s + a.val, a.val_len, "content-type");
                } else if (S_ncase_eq(nm, a.name_len, "content") && a.has_val) {
                    S_charset_from_content(s + a.val, a.val_len, fromcontent, sizeof fromcontent);
                }
            }
            if (is_ct && fromcontent[0]) {
                snprintf(out, cap, "%s", fromcontent);
                return 1;
            }
            i = pos + 1;
            continue;
        }
        i++;
    }
    if (xmlenc[0]) {
        snprintf(out, cap, "%s", xmlenc);
        return 1;
    }
    return 0;
}

/* Counts, over bytes that are not valid UTF-8, how many there are, and how many valid multi-byte sequences
 * and cp1252-undefined bytes the text holds: the evidence for the "declared UTF-8 but really cp1252" case. */
static void S_utf8_stats(const unsigned char *s, size_t n, size_t *multi, size_t *bad, size_t *undef)
{
    *multi = *bad = *undef = 0;
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = S_utf8_decode(s + i, n - i, &cp);
        if (k) {
            (*multi)++;
            i += k;
        } else {
            (*bad)++;
            if (S_cp1252(s[i]) == 0xFFFD)
                (*undef)++;
            i++;
        }
    }
}

/* Converts the page to UTF-8 in out and sets *charset to the name it was read as (a literal or label).
 * Order: BOM; else valid UTF-8 containing non-ASCII wins over any declaration (legacy text is practically
 * never valid UTF-8 by accident); else the declared charset; else the cp1252 heuristic. */
static void S_to_utf8(const unsigned char *s, size_t n, xi_buf *out, const char **charset, char *label,
                      size_t labelcap)
{
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        *charset = "UTF-8";
        S_decode_utf8(out, s + 3, n - 3);
        return;
    }
    if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
        int be = s[0] == 0xFE;
        *charset = be ? "UTF-16BE" : "UTF-16LE";
        S_decode_utf16(out, s + 2, n - 2, be);
        return;
    }
    label[0] = '\0';
    S_prescan((const char *)s, n, label, labelcap);
    int kind = S_charset_kind(label);
    size_t multi, bad, undef;
    S_utf8_stats(s, n, &multi, &bad, &undef);
    if (bad == 0 && (multi > 0 || kind == S_CS_NONE || kind == S_CS_UTF8)) {
        *charset = "UTF-8";
        S_decode_utf8(out, s, n);
        return;
    }
    if (kind == S_CS_OTHER) {
        if (S_decode_iconv(out, s, n, label) == 0) {
            *charset = label;
            return;
        }
        kind = S_CS_NONE; /* unknown to iconv: decide from the bytes */
    }
    if (kind == S_CS_CP1252 ||
        (bad > 0 && bad >= multi && undef * 10 <= bad)) { /* mostly high bytes that are cp1252 text */
        *charset = "windows-1252";
        S_decode_cp1252(out, s, n);
        return;
    }
    *charset = "UTF-8";
    S_decode_utf8(out, s, n);
}

/* ---------------------------------------------------------------------------------------------------------
 * Markup sanitizer
 * ------------------------------------------------------------------------------------------------------ */

/* libxml2's end-tag priorities (htmlGetEndPriority): an end tag cannot close an open element of higher
 * priority. Mirrored so the depth model below never pops what the parser keeps open. */
static int S_end_priority(const char *name, size_t n)
{
    static const struct {
        const char *name;
        int prio;
    } t[] = {{"div", 150},   {"td", 160},    {"th", 160},   {"tr", 170},   {"thead", 180}, {"tbody", 180},
             {"tfoot", 180}, {"table", 190}, {"head", 200}, {"body", 200}, {"html", 220}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (S_ncase_eq(name, n, t[i].name))
            return t[i].prio;
    return 100;
}

/* HTML void elements: they never stay open (those libxml2 2.9 would keep open are self-closed below). */
static int S_is_void(const char *name, size_t n)
{
    static const char *const v[] = {"area", "base",   "basefont", "bgsound", "br",    "col",   "embed",
                                    "frame", "hr",    "image",    "img",     "input", "isindex", "keygen",
                                    "link", "meta",   "param",    "source",  "track", "wbr",   NULL};
    for (int i = 0; v[i]; i++)
        if (S_ncase_eq(name, n, v[i]))
            return 1;
    return 0;
}

/* Void elements that libxml2 2.9 does not know are empty: unclosed, "<embed src=x>" would swallow the rest of
 * its parent (the following paragraphs become the embed's children). The sanitizer self-closes them. */
static int S_void_unknown_to_libxml(const char *name, size_t n)
{
    static const char *const v[] = {"bgsound", "embed", "image", "keygen", "source", "track", "wbr", NULL};
    for (int i = 0; v[i]; i++)
        if (S_ncase_eq(name, n, v[i]))
            return 1;
    return 0;
}

/* FNV-1a of a lowercased tag name, so the depth model stores names in fixed space. */
static uint64_t S_name_hash(const char *s, size_t n)
{
    uint64_t h = XI_HASH_INIT;
    for (size_t i = 0; i < n; i++)
        h = xi_hash_step(h, (unsigned char)S_lower((unsigned char)s[i]));
    return h;
}

/* The sanitizer's model of libxml2's stack of open elements. */
typedef struct {
    struct {
        uint64_t hash;
        int prio;
    } el[S_MODEL_DEPTH];
    size_t depth;
    uint32_t count[256]; /* open elements per (hash & 255): absent names are found in O(1) */
} S_model;

/* Length of a tag name at s as libxml2 reads it (letters, digits, ':', '-', '_', '.'; at most 100). */
static size_t S_tag_name_len(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && k < 100 &&
           (S_is_alnum((unsigned char)s[k]) || s[k] == ':' || s[k] == '-' || s[k] == '_' || s[k] == '.'))
        k++;
    return k;
}

/* Applies an end tag to the model the way libxml2's htmlAutoCloseOnClose does: pop to the nearest open
 * element of that name unless an element of higher end priority is open above it. Returns 1 when the tag
 * closes something, 0 when libxml2 would ignore it. */
static int S_model_end(S_model *m, const char *name, size_t nl)
{
    uint64_t h = S_name_hash(name, nl);
    if (!m->count[h & 255])
        return 0;
    int prio = S_end_priority(name, nl);
    size_t i = m->depth;
    while (i > 0 && m->el[i - 1].hash != h && m->el[i - 1].prio <= prio)
        i--;
    if (i == 0 || m->el[i - 1].hash != h)
        return 0;
    while (m->depth >= i) {
        m->depth--;
        m->count[m->el[m->depth].hash & 255]--;
    }
    return 1;
}

/* Copies the UTF-8 page into o, rewritten so libxml2 2.9 stays linear and keeps the text:
 *  - at most S_MAX_ATTRS attributes per start tag (libxml2 checks duplicates in O(n^2));
 *  - start tags that would nest deeper than S_MODEL_DEPTH are dropped (their content stays);
 *  - end tags that close nothing are dropped (libxml2 scans its whole stack for each before ignoring it);
 *  - </body> and </html> are dropped, as browsers ignore them (libxml2 would close everything there and
 *    put the rest of the page outside <body>);
 *  - void elements libxml2 thinks are containers are self-closed.
 * The model pushes every non-void start tag (but html/body) and pops only where libxml2 surely pops too, so
 * libxml2's stack is a subset of it, give or take the html/body/p elements libxml2 implies: whatever the
 * model says closes nothing, libxml2 would ignore as well. A </p> near the top is kept for an implied <p>.
 * The SAX backstop in S_start_element covers any remaining divergence. Script/style content is copied
 * untouched, comments and doctypes too. */
static void S_sanitize(const char *s, size_t n, xi_buf *o, S_model *m)
{
    size_t r = 0;
    memset(m->count, 0, sizeof m->count);
    m->depth = 0;
    while (r < n && !o->failed) {
        const char *lt = memchr(s + r, '<', n - r);
        size_t text_end = lt ? (size_t)(lt - s) : n;
        if (text_end > r) {
            xi_buf_append(o, s + r, text_end - r);
            r = text_end;
        }
        if (r >= n)
            break;
        size_t end; /* the markup construct at r is [r, end) */
        if (S_ncase_prefix(s + r, n - r, "<!--")) {
            size_t j = r + 4;
            const char *p = NULL;
            while (j + 3 <= n && (p = memchr(s + j, '-', n - j - 2)) != NULL) {
                j = (size_t)(p - s);
                if (s[j + 1] == '-' && s[j + 2] == '>')
                    break;
                j++;
                p = NULL;
            }
            end = p ? j + 3 : n;
        } else if (r + 1 < n && (s[r + 1] == '?' || S_ncase_prefix(s + r, n - r, "<!doctype"))) {
            const char *gt = memchr(s + r, '>', n - r);
            end = gt ? (size_t)(gt - s) + 1 : n;
        } else if (r + 2 < n && s[r + 1] == '/' &&
                   (S_is_alpha((unsigned char)s[r + 2]) || s[r + 2] == '_' || s[r + 2] == ':' || s[r + 2] == '.')) {
            const char *name = s + r + 2;
            size_t nl = S_tag_name_len(name, n - r - 2);
            const char *gt = memchr(s + r, '>', n - r);
            end = gt ? (size_t)(gt - s) + 1 : n;
            if (S_ncase_eq(name, nl, "html") || S_ncase_eq(name, nl, "body")) {
                r = end; /* browsers ignore these; libxml2 would close the page and put what follows outside
                          * <body> */
                continue;
            }
            if (!S_model_end(m, name, nl) && !(S_ncase_eq(name, nl, "p") && m->depth <= 32)) {
                r = end; /* a no-op for libxml2 too (a shallow </p> is kept: libxml2 may have implied a <p>) */
                continue;
            }
        } else if (r + 1 < n && S_is_alpha((unsigned char)s[r + 1])) {
            const char *name = s + r + 1;
            size_t nl = S_tag_name_len(name, n - r - 1);
            size_t pos = r + 1 + nl, cut = 0, nattr = 0;
            S_attr_tok a;
            while (S_next_attr(s, n, &pos, &a)) {
                if (++nattr == S_MAX_ATTRS + 1)
                    cut = a.name;
            }
            int self_closing = pos < n && s[pos] == '/';
            end = pos < n ? pos + (self_closing ? 2 : 1) : n;
            int raw = S_ncase_eq(name, nl, "script") || S_ncase_eq(name, nl, "style");
            int is_void = S_is_void(name, nl);
            /* html and body are never closed (see above); libxml2 ignores repeated ones */
            int pushes = !self_closing && !is_void && !S_ncase_eq(name, nl, "html") && !S_ncase_eq(name, nl, "body");
            if (pushes && m->depth >= S_MODEL_DEPTH && !raw) {
                r = end; /* drop the start tag; its content stays */
                continue;
            }
            xi_buf_append(o, s + r, (cut ? cut : pos) - r);
            if (is_void && !self_closing && pos < n && S_void_unknown_to_libxml(name, nl))
                xi_buf_append(o, " />", 3); /* the space ends an unquoted value before the slash */
            else
                xi_buf_append(o, s + pos, end - pos);
            r = end;
            if (pushes) {
                if (m->depth < S_MODEL_DEPTH) {
                    uint64_t h = S_name_hash(name, nl);
                    m->el[m->depth].hash = h;
                    m->el[m->depth].prio = S_end_priority(name, nl);
                    m->depth++;
                    m->count[h & 255]++;
                } /* else a raw element past the limit: closed by its own end tag, never modelled */
            }
            if (raw && !self_closing && end < n) {
                /* script/style content is raw text up to "</script" / "</style": copy it untouched */
                size_t j = end;
                int found = 0;
                while (!found && j < n) {
                    const char *p = memchr(s + j, '<', n - j);
                    if (!p)
                        break;
                    j = (size_t)(p - s);
                    found = j + 1 < n && s[j + 1] == '/' &&
                            S_ncase_prefix(s + j + 2, n - j - 2, nl == 6 ? "script" : "style");
                    j += !found;
                }
                size_t raw_end = found ? j : n;
                xi_buf_append(o, s + end, raw_end - end);
                r = raw_end;
            }
            continue;
        } else {
            end = r + 1; /* a '<' that starts no markup is text */
        }
        xi_buf_append(o, s + r, end - r);
        r = end;
    }
}

/* ---------------------------------------------------------------------------------------------------------
 * Sniffing
 * ------------------------------------------------------------------------------------------------------ */

int xh_sniff(const char *bytes, size_t len)
{
    static const char *const tags[] = {"html", "head", "body", "p", "div", "meta", "title", "article", "section",
                                       "main", "header", "h1", "h2", "h3", "table", "ul", "span", "script",
                                       "style", "link", "br", "a", "img", "nav", "figure", "base", "noscript",
                                       "b", "i", "em", "strong", "font", "center", "form", "iframe", "h4",
                                       "h5", "h6", "ol", "li", "blockquote", "pre", "frameset", NULL};
    if (!bytes || len == 0)
        return 0;
    /* Fold UTF-16 to its ASCII bytes so a BOM'd UTF-16 page sniffs like any other. */
    char buf[1024];
    size_t n = 0, i = 0;
    const unsigned char *u = (const unsigned char *)bytes;
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        int be = u[0] == 0xFE;
        for (i = 2; i + 1 < len && n < sizeof buf; i += 2) {
            unsigned hi = be ? u[i] : u[i + 1], lo = be ? u[i + 1] : u[i];
            buf[n++] = hi ? '?' : (char)lo;
        }
    } else {
        if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
            i = 3;
        while (i < len && n < sizeof buf)
            buf[n++] = bytes[i++];
    }
    i = 0;
    for (;;) {
        while (i < n && S_is_blank((unsigned char)buf[i]))
            i++;
        if (i >= n || buf[i] != '<')
            break;
        if (S_ncase_prefix(buf + i, n - i, "<!doctype html"))
            return 1;
        if (S_ncase_prefix(buf + i, n - i, "<!--") || S_ncase_prefix(buf + i, n - i, "<?xml")) {
            /* skip a leading comment or XML declaration and look at what follows */
            const char *e = S_ncase_prefix(buf + i, n - i, "<!--") ? "-->" : "?>";
            size_t j = i + 4;
            while (j + strlen(e) <= n && memcmp(buf + j, e, strlen(e)) != 0)
                j++;
            if (j + strlen(e) > n)
                return buf[i + 1] == '!'; /* a comment running past the window: markup */
            i = j + strlen(e);
            continue;
        }
        size_t k = i + 1;
        size_t nl = 0;
        while (k + nl < n && S_is_alnum((unsigned char)buf[k + nl]))
            nl++;
        if (nl && (k + nl >= n || buf[k + nl] == '>' || buf[k + nl] == '/' || S_is_blank((unsigned char)buf[k + nl])))
            for (int t = 0; tags[t]; t++)
                if (S_ncase_eq(buf + k, nl, tags[t]))
                    return 1;
        break;
    }
    /* Not markup at the start: only a document skeleton tag further on makes it HTML. */
    size_t lim = n < 512 ? n : 512;
    for (size_t j = 0; j < lim; j++)
        if (buf[j] == '<' && (S_ncase_prefix(buf + j, lim - j, "<!doctype html") ||
                              S_ncase_prefix(buf + j, lim - j, "<html") || S_ncase_prefix(buf + j, lim - j, "<head>") ||
                              S_ncase_prefix(buf + j, lim - j, "<body")))
            return 1;
    return 0;
}

/* ---------------------------------------------------------------------------------------------------------
 * Tags
 * ------------------------------------------------------------------------------------------------------ */

enum {
    T_OTHER, T_A, T_ADDRESS, T_ARTICLE, T_BLOCKQUOTE, T_BODY, T_BR, T_DD, T_DIV, T_DL, T_DT, T_FIGCAPTION,
    T_FIGURE, T_FOOTER, T_FORM, T_H1, T_H2, T_H3, T_H4, T_H5, T_H6, T_HEAD, T_HEADER, T_HR, T_HTML, T_LI,
    T_LINK, T_MAIN, T_META, T_OL, T_P, T_PRE, T_SCRIPT, T_SECTION, T_TABLE, T_TD, T_TH, T_TIME, T_TITLE,
    T_TR, T_UL, T_SPAN
};

#define TP_BLOCK 1u /* a block boundary in the text */
#define TP_DROP 2u  /* never part of the article text */

typedef struct {
    const char *name;
    unsigned short id;
    unsigned short props;
} S_tag_def;

/* Sorted by name for bsearch. Tags not listed are inline and kept (custom elements included). */
static const S_tag_def S_tags[] = {
    {"a", T_A, 0},
    {"address", T_ADDRESS, TP_BLOCK},
    {"applet", T_OTHER, TP_DROP},
    {"area", T_OTHER, TP_DROP},
    {"article", T_ARTICLE, TP_BLOCK},
    {"aside", T_OTHER, TP_BLOCK | TP_DROP},
    {"audio", T_OTHER, TP_DROP},
    {"base", T_OTHER, TP_DROP},
    {"blockquote", T_BLOCKQUOTE, TP_BLOCK},
    {"body", T_BODY, TP_BLOCK},
    {"br", T_BR, TP_BLOCK},
    {"button", T_OTHER, TP_DROP},
    {"canvas", T_OTHER, TP_DROP},
    {"caption", T_OTHER, TP_BLOCK},
    {"center", T_OTHER, TP_BLOCK},
    {"datalist", T_OTHER, TP_DROP},
    {"dd", T_DD, TP_BLOCK},
    {"details", T_OTHER, TP_BLOCK},
    {"dialog", T_OTHER, TP_BLOCK | TP_DROP},
    {"dir", T_OTHER, TP_BLOCK},
    {"div", T_DIV, TP_BLOCK},
    {"dl", T_DL, TP_BLOCK},
    {"dt", T_DT, TP_BLOCK},
    {"embed", T_OTHER, TP_DROP},
    {"fieldset", T_OTHER, TP_BLOCK},
    {"figcaption", T_FIGCAPTION, TP_BLOCK},
    {"figure", T_FIGURE, TP_BLOCK},
    {"footer", T_FOOTER, TP_BLOCK | TP_DROP},
    {"form", T_FORM, TP_BLOCK},
    {"frame", T_OTHER, TP_DROP},
    {"frameset", T_OTHER, TP_DROP},
    {"h1", T_H1, TP_BLOCK},
    {"h2", T_H2, TP_BLOCK},
    {"h3", T_H3, TP_BLOCK},
    {"h4", T_H4, TP_BLOCK},
    {"h5", T_H5, TP_BLOCK},
    {"h6", T_H6, TP_BLOCK},
    {"head", T_HEAD, TP_BLOCK | TP_DROP},
    {"header", T_HEADER, TP_BLOCK},
    {"hgroup", T_OTHER, TP_BLOCK},
    {"hr", T_HR, TP_BLOCK},
    {"html", T_HTML, TP_BLOCK},
    {"iframe", T_OTHER, TP_DROP},
    {"input", T_OTHER, TP_DROP},
    {"legend", T_OTHER, TP_BLOCK},
    {"li", T_LI, TP_BLOCK},
    {"link", T_LINK, TP_DROP},
    {"listing", T_OTHER, TP_BLOCK},
    {"main", T_MAIN, TP_BLOCK},
    {"map", T_OTHER, TP_DROP},
    {"math", T_OTHER, TP_DROP},
    {"menu", T_OTHER, TP_BLOCK | TP_DROP},
    {"meta", T_META, TP_DROP},
    {"meter", T_OTHER, TP_DROP},
    {"nav", T_OTHER, TP_BLOCK | TP_DROP},
    {"noembed", T_OTHER, TP_DROP},
    {"noframes", T_OTHER, TP_DROP},
    {"noscript", T_OTHER, TP_DROP},
    {"object", T_OTHER, TP_DROP},
    {"ol", T_OL, TP_BLOCK},
    {"optgroup", T_OTHER, TP_DROP},
    {"option", T_OTHER, TP_DROP},
    {"p", T_P, TP_BLOCK},
    {"param", T_OTHER, TP_DROP},
    {"plaintext", T_OTHER, TP_BLOCK},
    {"pre", T_PRE, TP_BLOCK},
    {"progress", T_OTHER, TP_DROP},
    {"script", T_SCRIPT, TP_DROP},
    {"section", T_SECTION, TP_BLOCK},
    {"select", T_OTHER, TP_DROP},
    {"source", T_OTHER, TP_DROP},
    {"span", T_SPAN, 0},
    {"style", T_OTHER, TP_DROP},
    {"summary", T_OTHER, TP_BLOCK},
    {"svg", T_OTHER, TP_DROP},
    {"table", T_TABLE, TP_BLOCK},
    {"tbody", T_OTHER, TP_BLOCK},
    {"td", T_TD, TP_BLOCK},
    {"template", T_OTHER, TP_DROP},
    {"textarea", T_OTHER, TP_DROP},
    {"tfoot", T_OTHER, TP_BLOCK},
    {"th", T_TH, TP_BLOCK},
    {"thead", T_OTHER, TP_BLOCK},
    {"time", T_TIME, 0},
    {"title", T_TITLE, TP_DROP},
    {"tr", T_TR, TP_BLOCK},
    {"track", T_OTHER, TP_DROP},
    {"ul", T_UL, TP_BLOCK},
    {"video", T_OTHER, TP_DROP},
    {"xmp", T_OTHER, TP_BLOCK},
};

/* bsearch comparator: name against a table entry. */
static int S_tag_cmp(const void *key, const void *el) { return strcmp((const char *)key, ((const S_tag_def *)el)->name); }

/* AMP components that are ads, trackers, menus or media players rather than article text. */
static int S_amp_drop(const char *name)
{
    static const char *const d[] = {"amp-ad", "amp-embed", "amp-analytics", "amp-sidebar", "amp-social-share",
                                    "amp-iframe", "amp-consent", "amp-user-notification", "amp-sticky-ad",
                                    "amp-auto-ads", "amp-pixel", "amp-geo", "amp-call-tracking",
                                    "amp-install-serviceworker", "amp-web-push", "amp-web-push-widget",
                                    "amp-video", "amp-youtube", "amp-audio", "amp-state", "amp-bind-macro",
                                    "amp-script", "amp-list", "amp-mustache", "amp-access", "amp-subscriptions",
                                    "amp-next-page", "amp-story-auto-ads", "amp-lightbox", NULL};
    for (int i = 0; d[i]; i++)
        if (strcmp(name, d[i]) == 0)
            return 1;
    return 0;
}

/* ---------------------------------------------------------------------------------------------------------
 * class / id tokens
 * ------------------------------------------------------------------------------------------------------ */

#define CW_POS 1u     /* looks like the article body (article, content, story, ...) */
#define CW_NEG 2u     /* looks like boilerplate (related, comment, share, ad, ...) */
#define CW_HARD 4u    /* boilerplate that is never article text however much there is (comments, cookies) */
#define CW_CAPTION 8u /* a caption or photo credit */
#define CW_HEADER 16u /* "header": page chrome outside an article, the article's own heading block inside one */

/* Classifies one class or id attribute value. Two views are used: the whole value squashed to lowercase
 * alphanumerics (catches compounds like "relatedArticles", "mais-lidas") for long stems, and the individual
 * tokens (split at punctuation and camelCase humps) for short words like "ad" or "nav" that would give false
 * hits as substrings ("header", "download"). Generic vocabulary only, never one site's names. */
static unsigned S_class_flags(const char *v)
{
    static const char *const neg_stems[] = {
        "comment", "disqus", "replies", "related", "relacionad", "sidebar", "share", "sharing", "social",
        "newsletter", "cookie", "consent", "gdpr", "promo", "advert", "sponsor", "patrocin", "recommend",
        "recomend", "trending", "popular", "mostread", "mostviewed", "maislidas", "maislidos", "maisvist",
        "masleid", "masvist", "loultimo", "leiatambem", "leiamais", "leatambien", "leetambien", "vejatambem",
        "vejamais", "readmore", "readalso", "seealso", "moreon", "morestories", "outbrain", "taboola",
        "breadcrumb", "widget", "banner", "footer", "navbar", "navigation", "menu", "pagination", "pager",
        "subscribe", "subscription", "signup", "authorbox", "authorbio", "aboutauthor", "autorbox", "bioautor",
        "adsbygoogle", "adslot", "adunit", "adcontainer", "adwrapper", "advertising", "publicidad", "publicidade",
        "popup", "modal", "overlay", "masthead", "skiplink", "skipto", "sronly", "visuallyhidden", "screenreader",
        "tagcloud", "tagslist", "toolbar", "community", "paywall", "comentario", "comentrio",
        "murodepago", "muropago", "suscrib", "assinatur", "assine", "compartir", "compartilh", "partilh",
        "cajaautor", "caixaautor", "sobreautor", "sobreoautor", "autorinfo", "firmaautor", "redessociales",
        "redessociais", NULL};
    static const char *const neg_tokens[] = {"ad", "ads", "adv", "nav", "tags", "tag", "bio", "rss", "dfp",
                                             "hidden", "hide", "print", "tools", "topics", "temas", "etiquetas",
                                             "outstream", "gpt", NULL};
    static const char *const hard_stems[] = {"comment", "comentario", "comentrio", "disqus", "replies", "cookie",
                                             "consent", "gdpr", "newsletter", "outbrain", "taboola", "paywall",
                                             "murodepago", "muropago", NULL};
    static const char *const pos_stems[] = {"article", "content", "story", "entry", "body", "text", "main",
                                            "prose", "cuerpo", "corpo", "texto", "conteudo", "contenido",
                                            "noticia", "materia", NULL};
    static const char *const pos_tokens[] = {"post", "nota", NULL};
    static const char *const cap_stems[] = {"caption", "legenda", "leyenda", "piedefoto", "piefoto", "credit",
                                            NULL};
    char sq[256];
    size_t n = 0;
    unsigned f = 0;
    for (const char *p = v; *p && n + 1 < sizeof sq; p++)
        if (S_is_alnum((unsigned char)*p))
            sq[n++] = (char)S_lower((unsigned char)*p);
    sq[n] = '\0';
    if (!n)
        return 0;
    for (int i = 0; neg_stems[i]; i++) {
        const char *hit = strstr(sq, neg_stems[i]);
        /* "commentary" is an opinion piece, not a comment section */
        if (hit && !(i == 0 && strncmp(hit, "commentary", 10) == 0 && !strstr(hit + 1, "comment")))
            f |= CW_NEG;
    }
    if (strstr(sq, "header"))
        f |= CW_HEADER;
    for (int i = 0; hard_stems[i]; i++) {
        const char *hit = strstr(sq, hard_stems[i]);
        if (hit && !(i == 0 && strncmp(hit, "commentary", 10) == 0))
            f |= CW_HARD | CW_NEG;
    }
    for (int i = 0; pos_stems[i]; i++)
        if (strstr(sq, pos_stems[i]))
            f |= CW_POS;
    for (int i = 0; cap_stems[i]; i++)
        if (strstr(sq, cap_stems[i]))
            f |= CW_CAPTION;
    /* tokens: split at non-alphanumerics and lower->upper case changes */
    const char *p = v;
    while (*p) {
        while (*p && !S_is_alnum((unsigned char)*p))
            p++;
        char tok[40];
        size_t k = 0;
        while (*p && S_is_alnum((unsigned char)*p)) {
            if (k && p[-1] >= 'a' && p[-1] <= 'z' && *p >= 'A' && *p <= 'Z')
                break;
            if (k + 1 < sizeof tok)
                tok[k++] = (char)S_lower((unsigned char)*p);
            p++;
        }
        tok[k] = '\0';
        if (!k)
            continue;
        for (int i = 0; neg_tokens[i]; i++)
            if (strcmp(tok, neg_tokens[i]) == 0)
                f |= CW_NEG;
        for (int i = 0; pos_tokens[i]; i++)
            if (strcmp(tok, pos_tokens[i]) == 0)
                f |= CW_POS;
    }
    return f;
}

/* ---------------------------------------------------------------------------------------------------------
 * Per-element annotations
 * ------------------------------------------------------------------------------------------------------ */

#define F_BLOCK 0x1u        /* block boundary */
#define F_DROP 0x2u         /* chrome by tag, hidden, or chrome role: never scored or emitted */
#define F_IN_DROP 0x4u      /* inside an F_DROP element */
#define F_NEG 0x8u          /* class/id looks like boilerplate */
#define F_POS 0x10u         /* class/id looks like content */
#define F_HARD 0x20u        /* class/id is comments/cookies/newsletter: never protected */
#define F_CAPTION 0x40u     /* a caption: figcaption or caption class */
#define F_MARKER 0x80u      /* subtree holds an <h1>, [itemprop=articleBody] or <main>/[role=main] */
#define F_IN_ARTICLE 0x100u /* inside article / main / articleBody */
#define F_PAGEHDR 0x200u    /* <header> / [role=banner] outside any article: page chrome */
#define F_LINKY 0x400u      /* an <a> or inside one */
#define F_UNLIKELY 0x800u   /* negative class, no positive one, no marker inside: removed before scoring */
#define F_CANDIDATE 0x1000u /* has a content score */
#define F_SKIP 0x2000u      /* emission: dropped by a boilerplate-label rule */
#define F_INCL 0x4000u      /* one of the elements making up the article body */
#define F_ANC_H 0x8000u     /* the headline or one of its ancestors */
#define F_ANC_FIRST 0x10000u /* an ancestor of the first body element */
#define F_BODYPROP 0x20000u /* [itemprop=articleBody] */
#define F_DESCENDED 0x40000u /* emission walk went inside */
#define F_SHADOW 0x100000u   /* scoring: measured but left out (a skipped box or inside one) */
#define F_PARA 0x200000u     /* scoring: a paragraph that gave its score to its ancestors */
#define F_ANC_ANCHOR 0x400000u /* the anchor <h1> or one of its ancestors */
#define F_CARD 0x800000u     /* scoring: a small block holding a linked heading, i.e. a teaser of another story */
#define F_FORM_KEEP 0x80000u /* a <form> that wraps the page (ASP.NET style), not a widget */
#define F_FRAGLINK 0x1000000u /* an <a> pointing into the page itself (see S_jump_links) */

typedef struct S_info {
    xmlNodePtr node;
    struct S_info *parent; /* nearest element ancestor, NULL at the top */
    struct S_info *block;  /* nearest block-level element, itself when block */
    uint32_t flags;
    uint16_t tag;
    int16_t cw;         /* class weight: +-25 for class, +-25 for id, as in Readability */
    uint32_t np;        /* <p> descendants (for the page-wrapping <form> test) */
    uint32_t depth;     /* element depth (html = 0) */
    uint32_t end;       /* index (in the pre-order info array) just past this element's subtree */
    uint32_t text;      /* non-blank characters in the (scored) subtree */
    uint32_t link;      /* of which inside links */
    uint32_t own;       /* non-blank characters whose nearest block is this element */
    uint32_t own_link;
    uint32_t commas;
    double score;
} S_info;

/* The annotation of an element node (NULL for other node types). */
static S_info *S_inf(xmlNodePtr n) { return (n && n->type == XML_ELEMENT_NODE) ? (S_info *)n->_private : NULL; }

/* An attribute's value as libxml2 stores it (no copy), "" when present without a value, NULL when absent. */
static const char *S_attr(xmlNodePtr n, const char *name)
{
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
        if (a->name && strcmp((const char *)a->name, name) == 0) {
            if (a->children && a->children->type == XML_TEXT_NODE && a->children->content)
                return (const char *)a->children->content;
            return "";
        }
    }
    return NULL;
}

/* Whether the space-separated attribute value v contains the token tok (ASCII case-insensitive; tok is
 * given in lowercase). */
static int S_has_token(const char *v, const char *tok)
{
    if (!v)
        return 0;
    size_t tl = strlen(tok);
    const char *p = v;
    while (*p) {
        while (*p && S_is_blank((unsigned char)*p))
            p++;
        const char *s = p;
        while (*p && !S_is_blank((unsigned char)*p))
            p++;
        if ((size_t)(p - s) == tl && S_ncase_eq(s, tl, tok))
            return 1;
    }
    return 0;
}

/* Advances a pre-order walk past n's subtree without leaving root's subtree; NULL when done. */
static xmlNodePtr S_next_skip(xmlNodePtr n, xmlNodePtr root)
{
    while (n && n != root && !n->next)
        n = n->parent;
    return (!n || n == root) ? NULL : n->next;
}

/* Advances a pre-order walk from n (into its children first) within root's subtree. */
static xmlNodePtr S_next_in(xmlNodePtr n, xmlNodePtr root)
{
    if (n->children && (n->type == XML_ELEMENT_NODE || n->type == XML_DOCUMENT_NODE ||
                        n->type == XML_HTML_DOCUMENT_NODE))
        return n->children;
    return S_next_skip(n, root);
}

/* Whether a is d or one of d's ancestors. */
static int S_is_ancestor(const S_info *a, const S_info *d)
{
    for (; d; d = d->parent)
        if (d == a)
            return 1;
    return 0;
}

/* ---------------------------------------------------------------------------------------------------------
 * Text collection
 * ------------------------------------------------------------------------------------------------------ */

/* Appends a text node's content to b with whitespace runs collapsed to one space (pending_space carries a
 * run across nodes), NBSP and other Unicode spaces as spaces, invisible characters removed, C1 controls read
 * as windows-1252 (what "&#147;" meant on the page) and anything else invalid as U+FFFD. Stops, on a
 * character boundary, once b holds max bytes. */
static void S_append_collapsed(xi_buf *b, const char *s, size_t n, int *pending_space, size_t max)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n && !b->failed && b->len < max) {
        uint32_t cp;
        size_t k = S_utf8_decode(u + i, n - i, &cp);
        if (!k) {
            cp = 0xFFFD;
            k = 1;
        }
        i += k;
        if (cp >= 0x80 && cp < 0xA0)
            cp = S_cp1252((unsigned char)cp);
        int space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0xA0 ||
                    cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
                    cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp < 0x20 || cp == 0x7F;
        if (space) {
            if (b->len)
                *pending_space = 1;
            continue;
        }
        if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0xAD)
            continue;
        if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF)
            cp = 0xFFFD;
        if (*pending_space) {
            xi_buf_putc(b, ' ');
            *pending_space = 0;
        }
        if (cp < 0x80)
            xi_buf_putc(b, (char)cp);
        else
            S_utf8_put(b, cp);
    }
}

/* The collapsed text of an element's subtree (dropped elements skipped, blocks joined by a space), for
 * headlines and titles. Stops once max bytes are collected or S_TEXT_NODES nodes were visited, so calls on
 * nested elements stay linear overall. */
#define S_TEXT_NODES 4096
static void S_node_text(xmlNodePtr root, xi_buf *b, size_t max)
{
    int pend = 0, visited = 0;
    xmlNodePtr n = root;
    while (n && b->len < max && visited++ < S_TEXT_NODES) {
        if (n->type == XML_TEXT_NODE && n->content) {
            S_append_collapsed(b, (const char *)n->content, strlen((const char *)n->content), &pend, max);
        } else if (n->type == XML_ELEMENT_NODE) {
            S_info *in = S_inf(n);
            if (n != root && in && (in->flags & F_DROP)) {
                n = S_next_skip(n, root);
                continue;
            }
            if (in && (in->flags & F_BLOCK) && b->len)
                pend = 1;
        }
        n = S_next_in(n, root);
    }
}

/* ---------------------------------------------------------------------------------------------------------
 * Dates
 * ------------------------------------------------------------------------------------------------------ */

typedef struct {
    int y, m, d;
} S_date;

/* Whether y-m-d is a real calendar date within the years news pages use. */
static int S_valid_date(int y, int m, int d)
{
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return 0;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 0;
    return 1;
}

/* Reads up to max digits at s[*i] as a number; returns the digit count (0 when none). */
static int S_read_num(const char *s, size_t n, size_t *i, int max, int *val)
{
    int k = 0, v = 0;
    while (*i < n && k < max && S_is_digit((unsigned char)s[*i])) {
        v = v * 10 + (s[*i] - '0');
        (*i)++;
        k++;
    }
    *val = v;
    return k;
}

/* Parses a machine date at the start of s: "2026-01-14", "2026-01-14T10:00:00-04:00", "2026/01/14",
 * "20260114". The calendar date is taken as written (no time-zone shift). */
static int S_parse_iso(const char *s, size_t n, S_date *out)
{
    size_t i = 0;
    while (i < n && S_is_blank((unsigned char)s[i]))
        i++;
    int y, m, d;
    size_t st = i;
    if (S_read_num(s, n, &i, 4, &y) != 4)
        return 0;
    if (i < n && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
        char sep = s[i++];
        if (!S_read_num(s, n, &i, 2, &m) || i >= n || s[i] != sep)
            return 0;
        i++;
        if (!S_read_num(s, n, &i, 2, &d))
            return 0;
    } else {
        i = st + 4;
        if (S_read_num(s, n, &i, 2, &m) != 2 || S_read_num(s, n, &i, 2, &d) != 2)
            return 0;
    }
    if (i < n && S_is_digit((unsigned char)s[i]))
        return 0;
    if (!S_valid_date(y, m, d))
        return 0;
    *out = (S_date){y, m, d};
    return 1;
}

/* Lowercases one word (ASCII and the Latin-1 range of UTF-8) into out; returns the bytes consumed. Words
 * are letters, including non-ASCII ones; used to read month names such as "MARÇO". */
static size_t S_read_word(const char *s, size_t n, char *out, size_t cap)
{
    size_t i = 0, k = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (S_is_alpha(c)) {
            if (k + 1 < cap)
                out[k++] = (char)S_lower(c);
            i++;
        } else if (c == 0xC3 && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
            unsigned char d = (unsigned char)s[i + 1];
            if (d >= 0x80 && d <= 0x9E && d != 0x97)
                d = (unsigned char)(d + 0x20);
            if (k + 2 < cap) {
                out[k++] = (char)c;
                out[k++] = (char)d;
            }
            i += 2;
        } else {
            break;
        }
    }
    out[k] = '\0';
    return i;
}

/* Month number for a Spanish, Portuguese or English month name or abbreviation (lowercase), else 0. */
static int S_month(const char *w)
{
    static const struct {
        const char *w;
        int m;
    } t[] = {{"enero", 1},      {"ene", 1},       {"janeiro", 1},    {"january", 1},   {"jan", 1},
             {"febrero", 2},    {"feb", 2},       {"fevereiro", 2},  {"fev", 2},       {"february", 2},
             {"marzo", 3},      {"mar", 3},       {"mar\xc3\xa7o", 3}, {"marco", 3},   {"march", 3},
             {"abril", 4},      {"abr", 4},       {"april", 4},      {"apr", 4},       {"mayo", 5},
             {"may", 5},        {"maio", 5},      {"mai", 5},        {"junio", 6},     {"jun", 6},
             {"junho", 6},      {"june", 6},      {"julio", 7},      {"jul", 7},       {"julho", 7},
             {"july", 7},       {"agosto", 8},    {"ago", 8},        {"august", 8},    {"aug", 8},
             {"septiembre", 9}, {"setiembre", 9}, {"setembro", 9},   {"september", 9}, {"sep", 9},
             {"sept", 9},       {"set", 9},       {"octubre", 10},   {"outubro", 10},  {"october", 10},
             {"oct", 10},       {"out", 10},      {"noviembre", 11}, {"novembro", 11}, {"november", 11},
             {"nov", 11},       {"diciembre", 12}, {"dezembro", 12}, {"december", 12}, {"dic", 12},
             {"dez", 12},       {"dec", 12}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (strcmp(w, t[i].w) == 0)
            return t[i].m;
    return 0;
}

/* Skips blanks and the given punctuation at s[*i]. */
static void S_skip_seps(const char *s, size_t n, size_t *i, const char *punct)
{
    while (*i < n && (S_is_blank((unsigned char)s[*i]) || strchr(punct, s[*i])))
        (*i)++;
}

/* Skips an optional connecting word ("de", "del", "of") followed by a blank. */
static void S_skip_word(const char *s, size_t n, size_t *i)
{
    static const char *const w[] = {"del", "de", "of", NULL};
    for (int k = 0; w[k]; k++) {
        size_t l = strlen(w[k]);
        if (S_ncase_prefix(s + *i, n - *i, w[k]) && *i + l < n && S_is_blank((unsigned char)s[*i + l])) {
            *i += l;
            S_skip_seps(s, n, i, "");
            return;
        }
    }
}

/* Skips an ordinal suffix after a day number ("1º", "1°", "1o", "1st", "14th"). */
static void S_skip_ordinal(const char *s, size_t n, size_t *i)
{
    if (*i + 1 < n && (unsigned char)s[*i] == 0xC2 &&
        ((unsigned char)s[*i + 1] == 0xBA || (unsigned char)s[*i + 1] == 0xB0 || (unsigned char)s[*i + 1] == 0xAA)) {
        *i += 2;
        return;
    }
    static const char *const suf[] = {"st", "nd", "rd", "th", "o", NULL};
    for (int k = 0; suf[k]; k++) {
        size_t l = strlen(suf[k]);
        if (S_ncase_prefix(s + *i, n - *i, suf[k]) && (*i + l >= n || !S_is_alpha((unsigned char)s[*i + l]))) {
            *i += l;
            return;
        }
    }
}

/* Tries the date forms at s[i]: "14 de enero de 2026", "14 January 2026", "January 14, 2026",
 * "14/01/2026" (day first unless lang is "en"), "2026-01-14". Sets *end past the match. */
static int S_date_at(const char *s, size_t n, size_t i, const char *lang, S_date *out, size_t *end)
{
    int a, b, y;
    char w[24];
    size_t j = i;
    if (S_is_digit((unsigned char)s[i])) {
        int k = S_read_num(s, n, &j, 4, &a);
        if (k == 4) { /* 2026-01-14 */
            size_t e = i;
            S_date d;
            if (j < n && (s[j] == '-' || s[j] == '/' || s[j] == '.') && S_parse_iso(s + i, n - i, &d)) {
                e = j + 1;
                while (e < n && (S_is_digit((unsigned char)s[e]) || s[e] == s[j]))
                    e++;
                *out = d;
                *end = e;
                return 1;
            }
            return 0;
        }
        if (k > 2 || (j < n && S_is_digit((unsigned char)s[j])))
            return 0;
        /* numeric d/m/y */
        if (j < n && (s[j] == '/' || s[j] == '.' || s[j] == '-')) {
            char sep = s[j];
            size_t q = j + 1;
            if (S_read_num(s, n, &q, 2, &b) && q < n && s[q] == sep) {
                q++;
                if (S_read_num(s, n, &q, 4, &y) == 4 && !(q < n && S_is_digit((unsigned char)s[q]))) {
                    int d = a, m = b;
                    int en = lang && strcmp(lang, "en") == 0;
                    if ((en && a <= 12) || (!en && b > 12 && a <= 12)) {
                        d = b;
                        m = a;
                    }
                    if (S_valid_date(y, m, d)) {
                        *out = (S_date){y, m, d};
                        *end = q;
                        return 1;
                    }
                }
            }
        }
        /* day month year */
        S_skip_ordinal(s, n, &j);
        S_skip_seps(s, n, &j, ".-/,");
        S_skip_word(s, n, &j);
        size_t wl = S_read_word(s + j, n - j, w, sizeof w);
        int m = wl ? S_month(w) : 0;
        if (!m)
            return 0;
        j += wl;
        S_skip_seps(s, n, &j, ".-/,");
        S_skip_word(s, n, &j);
        if (S_read_num(s, n, &j, 4, &y) != 4 || (j < n && S_is_digit((unsigned char)s[j])) || !S_valid_date(y, m, a))
            return 0;
        *out = (S_date){y, m, a};
        *end = j;
        return 1;
    }
    /* month day, year */
    size_t wl = S_read_word(s + j, n - j, w, sizeof w);
    int m = wl ? S_month(w) : 0;
    if (!m)
        return 0;
    j += wl;
    S_skip_seps(s, n, &j, ".");
    if (!S_read_num(s, n, &j, 2, &a) || (j < n && S_is_digit((unsigned char)s[j])))
        return 0;
    S_skip_ordinal(s, n, &j);
    S_skip_seps(s, n, &j, ",");
    S_skip_word(s, n, &j);
    if (S_read_num(s, n, &j, 4, &y) != 4 || (j < n && S_is_digit((unsigned char)s[j])) || !S_valid_date(y, m, a))
        return 0;
    *out = (S_date){y, m, a};
    *end = j;
    return 1;
}

/* Finds the first date written in s. A date right after "updated/actualizado/atualizado/modified" is only
 * used when no other date is present, since datelines often show both. */
static int S_find_date(const char *s, size_t n, const char *lang, S_date *out)
{
    static const char *const upd[] = {"actualiz", "atualiz", "updated", "update", "modific", "editad", "edited",
                                      NULL};
    int have_fallback = 0;
    S_date fallback = {0, 0, 0};
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        int starts = (S_is_digit(c) || S_is_alpha(c)) &&
                     (i == 0 || !(S_is_alnum((unsigned char)s[i - 1]) || (unsigned char)s[i - 1] >= 0x80));
        S_date d;
        size_t end;
        if (starts && S_date_at(s, n, i, lang, &d, &end)) {
            size_t from = i > 40 ? i - 40 : 0;
            int updated = 0;
            for (int k = 0; upd[k] && !updated; k++)
                updated = S_ncase_contains(s + from, i - from, upd[k]);
            if (!updated) {
                *out = d;
                return 1;
            }
            if (!have_fallback) {
                fallback = d;
                have_fallback = 1;
            }
            i = end;
            continue;
        }
        i++;
    }
    if (have_fallback)
        *out = fallback;
    return have_fallback;
}

/* A date value from a meta tag or attribute: ISO first, else any written date. */
static int S_parse_any_date(const char *v, const char *lang, S_date *out)
{
    if (!v)
        return 0;
    size_t n = strlen(v);
    return S_parse_iso(v, n, out) || S_find_date(v, n, lang, out);
}

/* ---------------------------------------------------------------------------------------------------------
 * JSON-LD
 * ------------------------------------------------------------------------------------------------------ */

/* Whether a schema.org @type names an article-like thing whose datePublished is the page's. */
static int S_article_type(const char *s, size_t n)
{
    for (size_t i = 0; i + 7 <= n; i++)
        if (memcmp(s + i, "Article", 7) == 0 || memcmp(s + i, "Posting", 7) == 0)
            return 1;
    return n == 6 && memcmp(s, "Report", 6) == 0;
}

#define S_JSON_DEPTH 64

typedef struct {
    char is_obj;
    char expect_key; /* objects: the next string is a key */
    char key;        /* objects: 0 other, 1 datePublished, 2 @type (for the value being read) */
    char is_article;
    char has_date;
    char in_type; /* arrays: this array is an @type value */
    S_date date;
} S_json_frame;

/* A minimal JSON scanner for ld+json blocks: walks objects/arrays with an explicit bounded stack and records,
 * per object, its datePublished and whether its @type is an article. The date of an article-typed object
 * (anywhere, @graph included) wins over the first other one. Malformed JSON just ends the scan. */
static void S_jsonld_dates(const char *s, size_t n, int *have_art, S_date *art, int *have_any, S_date *any)
{
    S_json_frame st[S_JSON_DEPTH];
    int depth = 0, overflow = 0;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        S_json_frame *f = depth > 0 && !overflow ? &st[depth - 1] : NULL;
        if (c == '{' || c == '[') {
            if (depth >= S_JSON_DEPTH || overflow) {
                overflow++;
            } else {
                S_json_frame nf;
                memset(&nf, 0, sizeof nf);
                nf.is_obj = c == '{';
                nf.expect_key = 1;
                nf.in_type = (!nf.is_obj && f && f->is_obj && f->key == 2);
                st[depth++] = nf;
            }
            i++;
        } else if (c == '}' || c == ']') {
            if (overflow) {
                overflow--;
            } else if (depth > 0) {
                S_json_frame *cf = &st[depth - 1];
                if (cf->is_obj && cf->has_date) {
                    if (cf->is_article && !*have_art) {
                        *art = cf->date;
                        *have_art = 1;
                    }
                    if (!*have_any) {
                        *any = cf->date;
                        *have_any = 1;
                    }
                }
                if (!cf->is_obj && cf->in_type && cf->is_article && depth > 1)
                    st[depth - 2].is_article = 1;
                depth--;
                if (depth > 0 && st[depth - 1].is_obj) {
                    st[depth - 1].key = 0;
                    st[depth - 1].expect_key = 0;
                }
            }
            i++;
        } else if (c == '"') {
            size_t j = i + 1;
            while (j < n && s[j] != '"')
                j += (s[j] == '\\') ? 2 : 1;
            if (j > n)
                j = n;
            const char *str = s + i + 1;
            size_t len = j - i - 1;
            i = j + 1;
            if (!f)
                continue;
            if (f->is_obj && f->expect_key) {
                size_t k = i;
                while (k < n && S_is_blank((unsigned char)s[k]))
                    k++;
                if (k < n && s[k] == ':') {
                    f->key = (len == 13 && memcmp(str, "datePublished", 13) == 0) ? 1
                             : (len == 5 && memcmp(str, "@type", 5) == 0)        ? 2
                                                                                  : 0;
                    f->expect_key = 0;
                    i = k + 1;
                }
            } else if (f->is_obj) {
                S_date d;
                if (f->key == 1 && !f->has_date && S_parse_iso(str, len, &d)) {
                    f->date = d;
                    f->has_date = 1;
                } else if (f->key == 2 && S_article_type(str, len)) {
                    f->is_article = 1;
                }
                f->key = 0;
            } else if (f->in_type && S_article_type(str, len)) {
                f->is_article = 1;
            }
        } else if (c == ',') {
            if (f && f->is_obj) {
                f->expect_key = 1;
                f->key = 0;
            }
            i++;
        } else {
            i++;
        }
    }
}

/* ---------------------------------------------------------------------------------------------------------
 * Document context
 * ------------------------------------------------------------------------------------------------------ */

/* Ranks of the date-bearing meta tags, best first. */
enum { M_ARTICLE_PUB, M_OG_PUB, M_ITEMPROP, M_PUBDATE, M_PUBLISHDATE, M_DATE, M_DC, M_OTHER, M_NRANKS };

typedef struct {
    xmlDocPtr doc;
    xmlNodePtr root; /* the document node */
    S_info *info;
    size_t n_info;
    int oom;
    /* metadata (pointers into libxml2 memory; copied into the arena at the end) */
    const char *meta_date[M_NRANKS];
    const char *og_title, *og_url, *og_site, *og_locale, *canonical, *html_lang, *content_lang;
    xmlNodePtr title_el;
    int have_ld_art, have_ld_any;
    S_date ld_art, ld_any;
    xi_buf scratch;
    xi_buf ptitle; /* cleaned page title (S_page_title) */
    /* structure */
    S_info *anchor;    /* an <h1> confidently identified before the body is chosen, or NULL */
    S_info *body;
    S_info *top;       /* the article container */
    S_info **incl;     /* the container and its siblings that form the body, in document order */
    size_t n_incl, cap_incl;
    S_info *h1;        /* the headline element, NULL when the headline comes from metadata */
    char *headline;    /* malloc'd collapsed headline text, NULL when unknown */
    size_t headline_len;
    const char *lang;  /* "es" / "pt" / "en" / NULL */
} S_doc;

/* The two-letter language we report for a language tag ("es-VE" -> "es"), NULL for other languages. */
static const char *S_lang2(const char *v)
{
    if (!v)
        return NULL;
    while (S_is_blank((unsigned char)*v))
        v++;
    static const char *const langs[] = {"es", "pt", "en", NULL};
    for (int i = 0; langs[i]; i++)
        if (S_lower((unsigned char)v[0]) == langs[i][0] && S_lower((unsigned char)v[1]) == langs[i][1] &&
            (v[2] == '\0' || v[2] == '-' || v[2] == '_' || v[2] == ',' || v[2] == ';' || S_is_blank((unsigned char)v[2])))
            return langs[i];
    return NULL;
}

/* Records the metadata a <meta> element carries (titles, URL, dates, language). */
static void S_collect_meta(S_doc *d, xmlNodePtr n)
{
    const char *content = S_attr(n, "content");
    if (!content)
        return;
    const char *keys[3] = {S_attr(n, "property"), S_attr(n, "name"), S_attr(n, "itemprop")};
    const char *he = S_attr(n, "http-equiv");
    if (he && S_ncase_eq(he, strlen(he), "content-language") && !d->content_lang)
        d->content_lang = content;
    for (int k = 0; k < 3; k++) {
        const char *key = keys[k];
        if (!key)
            continue;
        size_t kl = strlen(key);
        int rank = -1;
        if (S_ncase_eq(key, kl, "og:title")) {
            if (!d->og_title)
                d->og_title = content;
        } else if (S_ncase_eq(key, kl, "og:url")) {
            if (!d->og_url)
                d->og_url = content;
        } else if (S_ncase_eq(key, kl, "og:site_name")) {
            if (!d->og_site)
                d->og_site = content;
        } else if (S_ncase_eq(key, kl, "og:locale")) {
            if (!d->og_locale)
                d->og_locale = content;
        } else if (S_ncase_eq(key, kl, "article:published_time")) {
            rank = M_ARTICLE_PUB;
        } else if (S_ncase_eq(key, kl, "og:published_time") || S_ncase_eq(key, kl, "og:article:published_time")) {
            rank = M_OG_PUB;
        } else if (S_ncase_eq(key, kl, "datepublished")) {
            rank = M_ITEMPROP;
        } else if (S_ncase_eq(key, kl, "pubdate")) {
            rank = M_PUBDATE;
        } else if (S_ncase_eq(key, kl, "publishdate") || S_ncase_eq(key, kl, "publish-date") ||
                   S_ncase_eq(key, kl, "publication_date") || S_ncase_eq(key, kl, "parsely-pub-date") ||
                   S_ncase_eq(key, kl, "sailthru.date")) {
            rank = M_PUBLISHDATE;
        } else if (S_ncase_eq(key, kl, "date")) {
            rank = M_DATE;
        } else if (S_ncase_eq(key, kl, "dc.date") || S_ncase_eq(key, kl, "dc.date.issued") ||
                   S_ncase_eq(key, kl, "dcterms.date") || S_ncase_eq(key, kl, "dcterms.issued") ||
                   S_ncase_eq(key, kl, "dc.date.created") || S_ncase_eq(key, kl, "dcterms.created")) {
            rank = M_DC;
        }
        if (rank >= 0 && !d->meta_date[rank])
            d->meta_date[rank] = content;
    }
}

/* Reads an application/ld+json script's text (one or more text/CDATA children) into the date fields. */
static void S_collect_jsonld(S_doc *d, xmlNodePtr n)
{
    xmlNodePtr c = n->children;
    if (!c)
        return;
    if (!c->next && c->content) {
        const char *t = (const char *)c->content;
        S_jsonld_dates(t, strlen(t), &d->have_ld_art, &d->ld_art, &d->have_ld_any, &d->ld_any);
        return;
    }
    d->scratch.len = 0;
    for (; c; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            xi_buf_puts(&d->scratch, (const char *)c->content);
    if (d->scratch.failed) {
        d->oom = 1;
        return;
    }
    if (d->scratch.len)
        S_jsonld_dates(d->scratch.data, d->scratch.len, &d->have_ld_art, &d->ld_art, &d->have_ld_any, &d->ld_any);
}

/* First walk: counts the elements so the annotation array can be allocated in one piece. */
static size_t S_count_elements(xmlNodePtr root)
{
    size_t n = 0;
    for (xmlNodePtr c = root; c; c = S_next_in(c, root))
        n += c->type == XML_ELEMENT_NODE;
    return n;
}

/* Whether a link points into the page itself ("#entry-12", or the canonical URL plus a fragment): live-blog
 * permalinks and tables of contents are not navigation away, so their text is not link text. */
static int S_self_link(const S_doc *d, const char *href)
{
    if (!href)
        return 0;
    while (S_is_blank((unsigned char)*href))
        href++;
    if (*href == '#')
        return 1;
    const char *hash = strchr(href, '#');
    if (!hash || hash == href)
        return 0;
    size_t n = (size_t)(hash - href);
    return (d->canonical && strlen(d->canonical) == n && memcmp(d->canonical, href, n) == 0) ||
           (d->og_url && strlen(d->og_url) == n && memcmp(d->og_url, href, n) == 0);
}

/* Fills one element's annotation from its tag and attributes, inheriting context flags from its parent,
 * and gathers the metadata it carries. Called in document order. */
static void S_annotate(S_doc *d, xmlNodePtr n, S_info *in, S_info *parent)
{
    const char *name = (const char *)n->name;
    const S_tag_def *td = name ? bsearch(name, S_tags, sizeof S_tags / sizeof S_tags[0], sizeof S_tags[0], S_tag_cmp)
                               : NULL;
    in->node = n;
    in->parent = parent;
    in->tag = td ? td->id : T_OTHER;
    unsigned props = td ? td->props : 0;
    if (!td && name && strncmp(name, "amp-", 4) == 0 && S_amp_drop(name))
        props |= TP_DROP;
    uint32_t f = 0;
    if (props & TP_BLOCK)
        f |= F_BLOCK;
    if (props & TP_DROP)
        f |= F_DROP;
    if (parent)
        f |= parent->flags & (F_IN_ARTICLE | F_LINKY);
    if (parent && (parent->flags & (F_DROP | F_IN_DROP)))
        f |= F_IN_DROP;
    if (in->tag == T_A)
        f |= S_self_link(d, S_attr(n, "href")) ? F_FRAGLINK : F_LINKY;
    if (in->tag == T_FIGCAPTION)
        f |= F_CAPTION;

    const char *cls = S_attr(n, "class"), *id = S_attr(n, "id"), *role = S_attr(n, "role");
    const char *itemprop = S_attr(n, "itemprop");
    int cw = 0;
    unsigned cf = 0;
    /* Like the <header> tag: a "header" class is the site's banner outside an article, but inside one it is
     * the article's (or a live-blog entry's) heading block, with its title and timestamp. */
    unsigned hdr_neg = (f & F_IN_ARTICLE) ? 0 : CW_HEADER;
    if (cls && *cls) {
        unsigned c = S_class_flags(cls);
        if (c & hdr_neg)
            c |= CW_NEG;
        cf |= c;
        cw += ((c & CW_POS) ? 25 : 0) - ((c & CW_NEG) ? 25 : 0);
    }
    if (id && *id) {
        unsigned c = S_class_flags(id);
        if (c & hdr_neg)
            c |= CW_NEG;
        cf |= c;
        cw += ((c & CW_POS) ? 25 : 0) - ((c & CW_NEG) ? 25 : 0);
    }
    in->cw = (int16_t)cw;
    if (cf & CW_POS)
        f |= F_POS;
    if (cf & CW_NEG)
        f |= F_NEG;
    if (cf & CW_HARD)
        f |= F_HARD;
    if ((cf & CW_CAPTION) && in->tag != T_BODY && in->tag != T_HTML && in->tag != T_ARTICLE)
        f |= F_CAPTION;

    if (role) {
        if (S_has_token(role, "navigation") || S_has_token(role, "contentinfo") || S_has_token(role, "complementary") ||
            S_has_token(role, "menu") || S_has_token(role, "menubar") || S_has_token(role, "dialog") ||
            S_has_token(role, "alertdialog") || S_has_token(role, "search") || S_has_token(role, "toolbar"))
            f |= F_DROP;
        if (S_has_token(role, "banner"))
            f |= (f & F_IN_ARTICLE) ? 0 : F_PAGEHDR;
        if (S_has_token(role, "main"))
            f |= F_MARKER | F_IN_ARTICLE | F_POS;
    }
    if (S_attr(n, "hidden"))
        f |= F_DROP;
    const char *style = S_attr(n, "style");
    if (style) {
        char sq[64];
        size_t k = 0;
        for (const char *p = style; *p; p++) {
            if (S_is_blank((unsigned char)*p))
                continue;
            if (*p == ';') {
                k = 0; /* one declaration at a time */
                continue;
            }
            if (k + 1 < sizeof sq)
                sq[k++] = (char)S_lower((unsigned char)*p);
            sq[k] = '\0';
            if ((k == 12 && strcmp(sq, "display:none") == 0) || (k == 17 && strcmp(sq, "visibility:hidden") == 0)) {
                f |= F_DROP;
                break;
            }
        }
    }
    if (in->tag == T_HEADER && !(f & F_IN_ARTICLE))
        f |= F_PAGEHDR;
    if (in->tag == T_ARTICLE || in->tag == T_MAIN)
        f |= F_IN_ARTICLE;
    if (in->tag == T_MAIN || in->tag == T_H1)
        f |= F_MARKER;
    if (itemprop && S_has_token(itemprop, "articlebody"))
        f |= F_MARKER | F_IN_ARTICLE | F_BODYPROP | F_POS;
    in->flags = f;

    /* metadata, gathered before anything is dropped */
    switch (in->tag) {
    case T_META:
        S_collect_meta(d, n);
        break;
    case T_LINK:
        if (!d->canonical && S_has_token(S_attr(n, "rel"), "canonical")) {
            const char *href = S_attr(n, "href");
            if (href && *href)
                d->canonical = href;
        }
        break;
    case T_TITLE:
        if (!d->title_el && !(f & F_IN_DROP && parent && parent->tag != T_HEAD))
            d->title_el = n;
        break;
    case T_SCRIPT: {
        const char *type = S_attr(n, "type");
        if (type && S_ncase_contains(type, strlen(type), "ld+json"))
            S_collect_jsonld(d, n);
        break;
    }
    case T_HTML:
        if (!d->html_lang) {
            const char *l = S_attr(n, "lang");
            if (!l || !*l)
                l = S_attr(n, "xml:lang");
            if (l && *l)
                d->html_lang = l;
        }
        break;
    case T_BODY:
        if (!d->body)
            d->body = in;
        break;
    default:
        break;
    }
    if (itemprop && in->tag != T_META && S_has_token(itemprop, "datepublished") && !d->meta_date[M_ITEMPROP]) {
        const char *v = S_attr(n, "content");
        if (!v)
            v = S_attr(n, "datetime");
        if (v && *v)
            d->meta_date[M_ITEMPROP] = v;
    }
}

typedef struct {
    const char *id;
    uint32_t idx;
} S_idref;

/* Whether a link is an item of its own: its block is a list item, or all the block's text is the link's
 * (looking at no more than 64 nodes). That is how tables of contents and summary boxes are built. */
static int S_item_link(const S_doc *d, const S_info *a)
{
    const S_info *b = a->parent ? a->parent->block : NULL;
    if (!b)
        return 0;
    if (b->tag == T_LI || b->tag == T_DT || b->tag == T_DD)
        return 1;
    size_t lo = (size_t)(a - d->info), visited = 0;
    for (xmlNodePtr n = b->node; n && visited < 64; n = S_next_in(n, b->node), visited++) {
        if (n->type != XML_TEXT_NODE || !n->content)
            continue;
        const unsigned char *p = n->content;
        while (*p && S_is_blank(*p))
            p++;
        const S_info *pi = S_inf(n->parent);
        size_t at = pi ? (size_t)(pi - d->info) : 0;
        if (*p && (!pi || at < lo || at >= a->end))
            return 0;
    }
    return visited < 64;
}

/* qsort/bsearch comparator for S_idref by id. */
static int S_idref_cmp(const void *a, const void *b)
{
    return strcmp(((const S_idref *)a)->id, ((const S_idref *)b)->id);
}

/* Links into the page itself are of two kinds. A permalink points at its own entry (an ancestor) or back
 * up the page, and its text (a live-blog timestamp) is part of the article. A jump link points forward to
 * a later part of the page: a table of contents, or a "key events"/summary box whose items link to the
 * entries they restate. The text those point to is emitted where it stands, so the jump link counts as a
 * link, and a list of them is dropped like any list of links; left in, it repeats the article's figures
 * with whatever attribution the summary gives them. One sorted array of ids: O(n log n). */
static int S_jump_links(S_doc *d)
{
    size_t nfrag = 0, nid = 0;
    for (size_t i = 0; i < d->n_info; i++) {
        S_info *in = &d->info[i];
        nfrag += (in->flags & F_FRAGLINK) != 0;
        const char *id = S_attr(in->node, "id");
        if (!id && in->tag == T_A)
            id = S_attr(in->node, "name");
        nid += id && *id;
    }
    if (!nfrag || !nid)
        return 0;
    S_idref *ids = xi_malloc(nid * sizeof *ids);
    if (!ids)
        return -1;
    size_t k = 0;
    for (size_t i = 0; i < d->n_info && k < nid; i++) {
        const char *id = S_attr(d->info[i].node, "id");
        if (!id && d->info[i].tag == T_A)
            id = S_attr(d->info[i].node, "name");
        if (id && *id)
            ids[k++] = (S_idref){id, (uint32_t)i};
    }
    qsort(ids, k, sizeof *ids, S_idref_cmp);
    for (size_t i = 0; i < d->n_info; i++) {
        S_info *a = &d->info[i];
        if (!(a->flags & F_FRAGLINK))
            continue;
        const char *hash = strchr(S_attr(a->node, "href"), '#');
        if (!hash || !hash[1])
            continue;
        S_idref key = {hash + 1, 0};
        const S_idref *t = bsearch(&key, ids, k, sizeof *ids, S_idref_cmp);
        if (!t || t->idx < a->end)
            continue; /* unknown target, an ancestor, inside the link, or earlier: a permalink */
        if (!S_item_link(d, a))
            continue; /* cross-references inside running text (a grammar, footnote marks) stay text */
        for (size_t j = i; j < a->end; j++)
            d->info[j].flags |= F_LINKY;
    }
    free(ids);
    return 0;
}

/* Second walk: allocates and fills the annotations (pre-order) and propagates "contains a marker" and the
 * <p> count upwards (post-order), then settles the flags that depend on both. */
static int S_build_info(S_doc *d)
{
    size_t n = S_count_elements(d->root);
    d->info = xi_calloc(n ? n : 1, sizeof(S_info));
    if (!d->info)
        return -1;
    size_t k = 0;
    xmlNodePtr cur = d->root;
    while (cur) {
        if (cur->type == XML_ELEMENT_NODE && k < n) {
            S_info *in = &d->info[k++];
            cur->_private = in;
            S_annotate(d, cur, in, S_inf(cur->parent));
            in->depth = in->parent ? in->parent->depth + 1 : 0;
            if (cur->children) {
                cur = cur->children;
                continue;
            }
        } else if ((cur->type == XML_DOCUMENT_NODE || cur->type == XML_HTML_DOCUMENT_NODE) && cur->children) {
            cur = cur->children;
            continue;
        }
        /* leave cur and every ancestor it closes */
        for (;;) {
            S_info *in = S_inf(cur);
            if (in)
                in->end = (uint32_t)k;
            if (in && in->parent) {
                in->parent->flags |= in->flags & F_MARKER;
                in->parent->np += in->np + (in->tag == T_P);
            }
            if (cur == d->root) {
                cur = NULL;
                break;
            }
            if (cur->next) {
                cur = cur->next;
                break;
            }
            cur = cur->parent;
        }
    }
    d->n_info = k;
    for (size_t i = 0; i < k; i++) {
        S_info *in = &d->info[i];
        if (in->parent)
            in->block = (in->flags & F_BLOCK) ? in : in->parent->block;
        else
            in->block = in;
        if (in->tag == T_FORM && !(in->flags & F_MARKER) && in->np < 5)
            in->flags |= F_DROP;
        else if (in->tag == T_FORM)
            in->flags |= F_FORM_KEEP;
        if ((in->flags & F_NEG) && !(in->flags & (F_POS | F_MARKER)) && in->tag != T_BODY && in->tag != T_HTML)
            in->flags |= F_UNLIKELY;
    }
    /* F_IN_DROP must follow form decisions made just above */
    for (size_t i = 0; i < k; i++) {
        S_info *in = &d->info[i];
        if (in->parent && (in->parent->flags & (F_DROP | F_IN_DROP)))
            in->flags |= F_IN_DROP;
    }
    return S_jump_links(d);
}

/* ---------------------------------------------------------------------------------------------------------
 * Scoring (Readability's algorithm, reduced)
 * ------------------------------------------------------------------------------------------------------ */

/* Counts the non-blank characters and commas of a text node into its nearest block (own text) and, going
 * up at leave time, into every ancestor's totals. Link text is counted separately for link density. Text
 * inside a skipped inline box (a share widget in a paragraph) does not count as the paragraph's own. */
static void S_count_text(S_info *parent, const char *s)
{
    uint32_t chars = 0, commas = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) == 0x80 || S_is_blank(*p))
            continue;
        chars++;
        commas += *p == ',';
    }
    if (!chars)
        return;
    int linky = (parent->flags & F_LINKY) != 0;
    parent->text += chars;
    if (linky)
        parent->link += chars;
    S_info *b = parent->block;
    if ((parent->flags & F_SHADOW) && !(b->flags & F_SHADOW))
        return;
    b->own += chars;
    b->commas += commas;
    if (linky)
        b->own_link += chars;
}

/* Whether the scoring walk leaves an element out: chrome tags, hidden, page header, comment-like boxes,
 * and (first pass) unlikely classes. */
static int S_score_skip(const S_info *in, int strip_unlikely)
{
    if (in->flags & (F_DROP | F_PAGEHDR))
        return 1;
    if ((in->flags & F_HARD) && !(in->flags & F_MARKER))
        return 1; /* comments, cookie and newsletter boxes are never the article, even "post-comments" */
    return strip_unlikely && (in->flags & F_UNLIKELY);
}

/* Readability's starting score for a candidate container, from its tag and class/id weight, plus the
 * structural hints news pages give (article, [itemprop=articleBody], main). */
static double S_base_score(const S_info *in)
{
    double s = in->cw;
    switch (in->tag) {
    case T_DIV:
        s += 5;
        break;
    case T_PRE:
    case T_TD:
    case T_BLOCKQUOTE:
        s += 3;
        break;
    case T_ADDRESS:
    case T_OL:
    case T_UL:
    case T_DL:
    case T_DD:
    case T_DT:
    case T_LI:
    case T_FORM:
        s -= 3;
        break;
    case T_H1:
    case T_H2:
    case T_H3:
    case T_H4:
    case T_H5:
    case T_H6:
    case T_TH:
        s -= 5;
        break;
    case T_ARTICLE:
        s += 10;
        break;
    case T_SECTION:
    case T_MAIN:
        s += 3;
        break;
    default:
        break;
    }
    if (in->flags & F_BODYPROP)
        s += 25;
    return s;
}

static void S_label_text(xmlNodePtr root, char *out, size_t cap);

/* Whether a link's whole text is a "read more" call ("Leer más", "Leia mais", "Read more", ...), the mark of a
 * teaser for another page. */
static int S_read_more(xmlNodePtr a)
{
    static const char *const ph[] = {"read more", "read", "more", "continue reading", "full story",
                                     "read the full story", "leer mas", "lea mas", "lee mas", "ver mas",
                                     "seguir leyendo", "leer nota", "ver nota", "leer articulo", "leia mais",
                                     "ler mais", "continuar lendo", "saiba mais", "ver materia", "leia a materia",
                                     NULL};
    char t[40];
    S_label_text(a, t, sizeof t);
    for (int i = 0; ph[i]; i++)
        if (strcmp(t, ph[i]) == 0)
            return 1;
    return 0;
}

/* Measures text and link text for every element, then lets each paragraph (any block with >= 20 own
 * characters, mostly not links, not a teaser summary next to a linked heading) add 1 + commas + min(len/100, 3) to its parent, half to its grandparent
 * and a third-per-level to three more ancestors. Candidates end with score * (1 - link density).
 * Skipped boxes (S_score_skip) are still measured, for the emission filters, but their totals stop at the
 * box and their paragraphs score nothing; F_DROP chrome is not even entered. */
static void S_score(S_doc *d, int strip_unlikely)
{
    for (size_t i = 0; i < d->n_info; i++) {
        S_info *in = &d->info[i];
        in->text = in->link = in->own = in->own_link = in->commas = 0;
        in->score = 0;
        in->flags &= ~(F_CANDIDATE | F_SHADOW | F_PARA | F_CARD);
    }
    xmlNodePtr cur = d->root;
    while (cur) {
        S_info *in = S_inf(cur);
        int descend = 0;
        if (in) {
            descend = !(in->flags & F_DROP);
            if (descend && ((in->parent && (in->parent->flags & F_SHADOW)) || S_score_skip(in, strip_unlikely)))
                in->flags |= F_SHADOW;
        } else if (cur->type == XML_TEXT_NODE && cur->content && S_inf(cur->parent)) {
            S_count_text(S_inf(cur->parent), (const char *)cur->content);
        } else if (cur->type == XML_DOCUMENT_NODE || cur->type == XML_HTML_DOCUMENT_NODE) {
            descend = 1;
        }
        if (descend && cur->children) {
            cur = cur->children;
            continue;
        }
        for (;;) {
            S_info *li = S_inf(cur);
            if (li && li->parent && (!(li->flags & F_SHADOW) || (li->parent->flags & F_SHADOW))) {
                li->parent->text += li->text; /* a skipped box's totals stop at the box */
                li->parent->link += li->link;
            }
            if (cur == d->root) {
                cur = NULL;
                break;
            }
            if (cur->next) {
                cur = cur->next;
                break;
            }
            cur = cur->parent;
        }
    }
    /* teaser cards: a linked heading (h2-h6 mostly inside a link) marks its small enclosing block; a
     * "read more" link marks its block and that block's parent */
    for (size_t i = 0; i < d->n_info; i++) {
        S_info *h = &d->info[i];
        if (h->tag >= T_H2 && h->tag <= T_H6 && h->text && h->link * 2 > h->text && h->parent &&
            h->parent->block && h->parent->block->text <= 800)
            h->parent->block->flags |= F_CARD;
        if (h->tag == T_A && (h->flags & F_LINKY) && h->text && h->text <= 30 && h->parent && S_read_more(h->node)) {
            S_info *b = h->parent->block;
            for (int up = 0; b && up < 2 && b->text <= 800 && b->tag != T_BODY; up++, b = b->parent ? b->parent->block : NULL)
                b->flags |= F_CARD;
        }
    }
    for (size_t i = 0; i < d->n_info; i++) {
        S_info *p = &d->info[i];
        if ((p->flags & (F_SHADOW | F_DROP | F_IN_DROP)) || !(p->flags & F_BLOCK) || p->own < 20 ||
            p->own_link * 2 > p->own)
            continue;
        if (p->tag == T_HTML || p->tag == T_H1)
            continue;
        if ((p->parent && (p->parent->flags & F_CARD)) ||
            (p->parent && p->parent->parent && (p->parent->parent->flags & F_CARD)))
            continue; /* the summary of another story */
        p->flags |= F_PARA;
        double add = 1.0 + p->commas + (p->own / 100 < 3 ? p->own / 100 : 3);
        S_info *a = p->parent;
        if (p->tag == T_BODY)
            a = p; /* text straight in <body>: body is its own container */
        for (int level = 0; a && level < 5; level++, a = a->parent) {
            if (a->tag == T_HTML)
                break;
            if (!(a->flags & F_CANDIDATE)) {
                a->flags |= F_CANDIDATE;
                a->score = S_base_score(a);
            }
            a->score += add / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
        }
    }
    for (size_t i = 0; i < d->n_info; i++) {
        S_info *in = &d->info[i];
        if ((in->flags & F_CANDIDATE) && in->text)
            in->score *= 1.0 - (double)in->link / in->text;
    }
}

/* Number of element children of n, counting no further than 2. */
static int S_element_children(xmlNodePtr n)
{
    int k = 0;
    for (xmlNodePtr c = n->children; c && k < 2; c = c->next)
        k += c->type == XML_ELEMENT_NODE;
    return k;
}

/* Whether the element's text (which is short) contains a sentence end, Readability's test for short
 * sibling paragraphs worth keeping. */
static int S_has_sentence_end(S_doc *d, xmlNodePtr n)
{
    d->scratch.len = 0;
    S_node_text(n, &d->scratch, 400);
    if (d->scratch.failed)
        return 0;
    for (size_t i = 0; i < d->scratch.len; i++)
        if (d->scratch.data[i] == '.' && (i + 1 == d->scratch.len || d->scratch.data[i + 1] == ' '))
            return 1;
    return 0;
}

/* Headline anchoring: on a news page the body starts right after the headline and its companions
 * (standfirst, byline, lead photo). With a confidently identified <h1>, a candidate that neither contains it
 * nor starts near it has its score halved: "near" means fewer than S_ANCHOR_GAP characters of paragraphs
 * between the headline's own block (the ancestor of the <h1> just below its common ancestor with the
 * candidate) and the candidate. One that lies before the <h1> is cut to a third: text before the headline
 * is hardly ever the body. This keeps columns of teasers or site blurbs from outweighing a short article. One prefix sum over the paragraphs; per candidate
 * a walk up to the common ancestor. */
#define S_ANCHOR_GAP 250
static int S_anchor_scores(S_doc *d)
{
    S_info *h = d->anchor;
    uint32_t *pre = xi_malloc((d->n_info + 1) * sizeof *pre);
    S_info **path = xi_malloc((h->depth + 1) * sizeof *path);
    if (!pre || !path) {
        free(pre);
        free(path);
        return -1;
    }
    pre[0] = 0;
    for (size_t i = 0; i < d->n_info; i++)
        pre[i + 1] = pre[i] + ((d->info[i].flags & F_PARA) ? d->info[i].own : 0);
    for (S_info *a = h; a; a = a->parent) {
        a->flags |= F_ANC_ANCHOR;
        if (a->depth <= h->depth)
            path[a->depth] = a;
    }
    size_t hi = (size_t)(h - d->info);
    for (size_t i = 0; i < d->n_info; i++) {
        S_info *c = &d->info[i];
        if (!(c->flags & F_CANDIDATE) || (c->flags & F_ANC_ANCHOR))
            continue;
        double far = 1.0;
        if (i < hi) {
            far = 1.0 / 3; /* before the headline: hardly ever the body */
        } else {
            S_info *lca = c->parent;
            while (lca && !(lca->flags & F_ANC_ANCHOR))
                lca = lca->parent;
            if (lca && lca != h) { /* (inside the <h1> itself, or no common ancestor: near) */
                size_t from = path[lca->depth + 1]->end;
                if (i > from && pre[i] - pre[from] > S_ANCHOR_GAP)
                    far = 0.5;
            }
        }
        c->score *= far;
    }
    for (S_info *a = h; a; a = a->parent)
        a->flags &= ~F_ANC_ANCHOR;
    free(pre);
    free(path);
    return 0;
}

/* Chooses the article container: the best candidate, moved up when several strong candidates share an
 * ancestor (live blogs, split bodies) or when its parent scores better, then gathers the siblings that
 * belong to the article (Readability's sibling pass). Falls back to <body>. */
/* How many siblings of an element share its tag and class and hold text: entries of a live blog. */
static int S_same_kind_siblings(xmlNodePtr n)
{
    const char *cls = S_attr(n, "class");
    if (!n->parent || !cls || !*cls)
        return 0;
    int same = 0;
    for (xmlNodePtr s = n->parent->children; s; s = s->next) {
        if (s == n || s->type != XML_ELEMENT_NODE || xmlStrcmp(s->name, n->name) != 0)
            continue;
        const char *sc = S_attr(s, "class");
        if (sc && strcmp(sc, cls) == 0)
            same++;
    }
    return same;
}

/* Whether a short text is a copyright or rights notice: the page's end, never the article's. */
static int S_rights_notice(S_doc *d, xmlNodePtr n)
{
    d->scratch.len = 0;
    S_node_text(n, &d->scratch, 400);
    if (d->scratch.failed)
        return 0;
    const char *t = d->scratch.data;
    size_t len = d->scratch.len;
    return S_ncase_contains(t, len, "\xc2\xa9") || S_ncase_contains(t, len, "(c) ") ||
           S_ncase_contains(t, len, "copyright") || S_ncase_contains(t, len, "rights reserved") ||
           S_ncase_contains(t, len, "derechos reservados") || S_ncase_contains(t, len, "direitos reservados");
}

enum { S_CONT_PASS, S_CONT_TAKE, S_CONT_HEADING, S_CONT_STOP };

/* How the continuation walk treats one element after the article container: a paragraph that reads like
 * the article's (Readability's sibling test for <p>) is taken; a short link-free heading may introduce
 * more of them; empty and small non-article bits (a <br>, an ad label, a pager) are passed over; anything
 * else with text, and page chrome, ends the article. */
static int S_cont_verdict(S_doc *d, const S_info *s)
{
    if (s->flags & (F_DROP | F_PAGEHDR))
        return (s->flags & F_BLOCK) ? S_CONT_STOP : S_CONT_PASS; /* aside/nav/footer vs script/iframe */
    if (!s->text)
        return S_CONT_PASS;
    int small = s->text < 100;
    if (s->flags & (F_UNLIKELY | F_NEG | F_HARD | F_SHADOW | F_CARD))
        return small ? S_CONT_PASS : S_CONT_STOP;
    if (s->tag >= T_H2 && s->tag <= T_H6)
        return (small && !s->link) ? S_CONT_HEADING : S_CONT_STOP;
    if (s->tag == T_P || (s->flags & F_PARA)) {
        double ld = (double)s->link / s->text;
        int para = (s->text > 80 && ld < 0.25) || (small && !s->link && S_has_sentence_end(d, s->node));
        if (para && !S_rights_notice(d, s->node))
            return S_CONT_TAKE;
    }
    return small && !S_rights_notice(d, s->node) ? S_CONT_PASS : S_CONT_STOP;
}

/* Readability's sibling pass looks only beside the container. A stray end tag inside the article
 * ("</td></div>" in a table layout) makes libxml2's recovery close the container early, and the article's
 * last paragraphs become siblings of one of its ancestors. So the walk goes on after the last included
 * element, outwards through up to S_CONT_LEVELS ancestors, taking the paragraphs that continue the article
 * until the first thing that does not (a related list, comments, a sidebar, the page footer). Whatever
 * follows the container at its own level was already judged by the sibling pass: there it only decides
 * whether the article has ended. */
#define S_CONT_LEVELS 3
static int S_take_continuation(S_doc *d)
{
    if (!d->n_incl || d->top->tag == T_BODY)
        return 0;
    S_info *last = d->incl[d->n_incl - 1];
    xmlNodePtr from = last->node;
    S_info *pending = NULL;
    for (int level = 0; level <= S_CONT_LEVELS; level++) {
        for (xmlNodePtr c = from->next; c; c = c->next) {
            S_info *s = S_inf(c);
            if (!s)
                continue;
            int v = S_cont_verdict(d, s);
            if (v == S_CONT_STOP)
                return 0;
            if (level == 0 || v == S_CONT_PASS)
                continue;
            if (v == S_CONT_HEADING) {
                pending = s;
                continue;
            }
            size_t need = d->n_incl + 2;
            if (need > d->cap_incl) {
                size_t cap = d->cap_incl * 2 > need ? d->cap_incl * 2 : need;
                S_info **n = xi_realloc(d->incl, cap * sizeof *n);
                if (!n)
                    return -1;
                d->incl = n;
                d->cap_incl = cap;
            }
            if (pending) {
                pending->flags |= F_INCL;
                d->incl[d->n_incl++] = pending;
                pending = NULL;
            }
            s->flags |= F_INCL;
            d->incl[d->n_incl++] = s;
        }
        S_info *up = S_inf(from->parent);
        if (!up || up->tag == T_BODY || up->tag == T_HTML)
            break;
        from = up->node;
    }
    return 0;
}

static int S_pick_container(S_doc *d)
{
    if (d->anchor && S_anchor_scores(d) < 0)
        return -1;
    S_info *best[5] = {NULL, NULL, NULL, NULL, NULL};
    for (size_t i = 0; i < d->n_info; i++) {
        S_info *in = &d->info[i];
        if (!(in->flags & F_CANDIDATE))
            continue;
        for (int k = 0; k < 5; k++) {
            if (!best[k] || in->score > best[k]->score) {
                memmove(&best[k + 1], &best[k], (size_t)(4 - k) * sizeof best[0]);
                best[k] = in;
                break;
            }
        }
    }
    S_info *top = best[0];
    if (!top || top->score <= 0) {
        top = d->body;
    } else {
        S_info *alts[4];
        int na = 0;
        for (int k = 1; k < 5; k++)
            if (best[k] && best[k]->score >= 0.75 * top->score)
                alts[na++] = best[k];
        if (na >= 3) {
            for (S_info *p = top->parent; p && p->tag != T_BODY && p->tag != T_HTML; p = p->parent) {
                int c = 0;
                for (int k = 0; k < na; k++)
                    c += S_is_ancestor(p, alts[k]);
                if (c >= 3) {
                    top = p;
                    break;
                }
            }
            if (!(top->flags & F_CANDIDATE)) {
                top->flags |= F_CANDIDATE;
                top->score = S_base_score(top);
            }
        }
        /* A live blog or a split body: the best block is one of several siblings of its own tag and class
         * (entries of one feed); the article is their parent. */
        S_info *entry = top;
        for (int up = 0; up < 3 && entry && entry->parent; up++, entry = entry->parent) {
            if (entry->parent->tag == T_BODY || entry->parent->tag == T_HTML)
                break;
            if (S_same_kind_siblings(entry->node) >= 2) {
                top = entry->parent;
                if (!(top->flags & F_CANDIDATE)) {
                    top->flags |= F_CANDIDATE;
                    top->score = S_base_score(top);
                }
                break;
            }
        }
        double last = top->score, thresh = top->score / 3;
        for (S_info *p = top->parent; p && p->tag != T_BODY && p->tag != T_HTML; p = p->parent) {
            if (!(p->flags & F_CANDIDATE))
                continue;
            if (p->score < thresh)
                break;
            if (p->score > last) {
                top = p;
                break;
            }
            last = p->score;
        }
        while (top->parent && top->parent->tag != T_BODY && top->parent->tag != T_HTML &&
               S_element_children(top->parent->node) == 1)
            top = top->parent;
    }
    if (!top || top->tag == T_HTML)
        top = d->body;
    if (!top) { /* no body at all: use the first element */
        for (size_t i = 0; i < d->n_info && !top; i++)
            if (d->info[i].tag != T_HTML)
                top = &d->info[i];
        if (!top && d->n_info)
            top = &d->info[0];
    }
    d->top = top;
    if (!top)
        return 0;

    /* siblings */
    size_t cap = 1;
    S_info *p = top->parent;
    if (p && top->tag != T_BODY)
        for (xmlNodePtr c = p->node->children; c; c = c->next)
            cap += c->type == XML_ELEMENT_NODE;
    d->incl = xi_malloc(cap * sizeof *d->incl);
    if (!d->incl)
        return -1;
    d->cap_incl = cap;
    if (!p || top->tag == T_BODY) {
        d->incl[d->n_incl++] = top;
        top->flags |= F_INCL;
        return 0;
    }
    double thresh = top->score * 0.2 > 10 ? top->score * 0.2 : 10;
    const char *tcls = S_attr(top->node, "class");
    for (xmlNodePtr c = p->node->children; c; c = c->next) {
        S_info *s = S_inf(c);
        if (!s)
            continue;
        int take = s == top;
        if (!take && !(s->flags & (F_DROP | F_PAGEHDR | F_UNLIKELY | F_NEG | F_SHADOW))) {
            double bonus = 0;
            const char *scls = S_attr(c, "class");
            if (tcls && *tcls && scls && strcmp(tcls, scls) == 0)
                bonus = top->score * 0.2;
            if ((s->flags & F_CANDIDATE) && s->score + bonus >= thresh)
                take = 1;
            else if (s->tag == T_P || (s->flags & F_BLOCK)) {
                /* Readability's rule for paragraphs; other blocks (tables, lists, quotes) must hold scoring
                 * paragraphs (teaser summaries do not score) and be nearly link-free */
                double ld = s->text ? (double)s->link / s->text : 1.0;
                int para = s->tag == T_P || (s->flags & F_PARA);
                for (size_t j = (size_t)(s - d->info) + 1; !para && j < s->end; j++)
                    para = (d->info[j].flags & F_PARA) != 0; /* subtrees of siblings are disjoint: linear */
                if (s->text > 80 && para && ld < ((s->tag == T_P || (s->flags & F_PARA)) ? 0.25 : 0.1))
                    take = 1;
                else if (s->text > 0 && s->text <= 80 && s->link == 0 && S_has_sentence_end(d, c))
                    take = 1;
            }
        }
        if (take) {
            s->flags |= F_INCL;
            d->incl[d->n_incl++] = s;
        }
    }
    return S_take_continuation(d);
}

/* ---------------------------------------------------------------------------------------------------------
 * Headline
 * ------------------------------------------------------------------------------------------------------ */

/* Loose headline/title comparison: ASCII-case-insensitive equality, or (for texts of 10+ bytes) one
 * containing the other. Works on bounded lowercase copies, so the cost is linear in the (capped) lengths. */
static int S_loose_match(const char *a, size_t an, const char *b, size_t bn)
{
    char la[512], lb[512];
    if (an >= sizeof la)
        an = sizeof la - 1;
    if (bn >= sizeof lb)
        bn = sizeof lb - 1;
    for (size_t i = 0; i < an; i++)
        la[i] = a[i] ? (char)S_lower((unsigned char)a[i]) : ' ';
    for (size_t i = 0; i < bn; i++)
        lb[i] = b[i] ? (char)S_lower((unsigned char)b[i]) : ' ';
    la[an] = lb[bn] = '\0';
    if (an == bn && strcmp(la, lb) == 0)
        return an > 0;
    if (an < 10 || bn < 10)
        return 0;
    return an >= bn ? strstr(la, lb) != NULL : strstr(lb, la) != NULL;
}

/* Counts the words in s[0..n). */
static int S_words(const char *s, size_t n)
{
    int w = 0, in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* Strips site-name decorations from a <title>: trailing " | Site" / " - Section - Site" segments (short ones,
 * or the og:site_name), and a leading "Site | " when the rest is the longer part. Works in place on a
 * collapsed string; returns the new length. */
static size_t S_clean_title(char *t, size_t n, const char *site, int site_only)
{
    static const char *const seps[] = {" | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: ", " \xc2\xb7 ",
                                       " \xc2\xbb ", " / ", NULL};
    size_t sitelen = site ? strlen(site) : 0;
    int changed = 1, stripped = 0;
    while (changed) {
        changed = 0;
        /* last separator */
        size_t best = 0, bestlen = 0;
        for (int k = 0; seps[k]; k++) {
            size_t sl = strlen(seps[k]);
            for (size_t i = 1; i + sl <= n; i++)
                if (memcmp(t + i, seps[k], sl) == 0 && i > best) {
                    best = i;
                    bestlen = sl;
                }
        }
        if (!best)
            break;
        const char *tail = t + best + bestlen;
        size_t tl = n - best - bestlen;
        int is_site = sitelen && tl == sitelen && S_loose_match(tail, tl, site, sitelen);
        if (is_site || (!site_only && S_words(tail, tl) <= 4 && S_words(t, best) >= 3)) {
            n = best;
            t[n] = '\0';
            changed = stripped = 1;
        }
    }
    if (!stripped && !site_only) {
        for (int k = 0; seps[k]; k++) {
            const char *hit = NULL;
            size_t sl = strlen(seps[k]);
            for (size_t i = 1; i + sl <= n && !hit; i++)
                if (memcmp(t + i, seps[k], sl) == 0)
                    hit = t + i;
            if (hit) {
                size_t head = (size_t)(hit - t);
                const char *rest = hit + sl;
                size_t rl = n - head - sl;
                if (S_words(t, head) <= 3 && S_words(rest, rl) >= 4) {
                    memmove(t, rest, rl);
                    n = rl;
                    t[n] = '\0';
                }
                break;
            }
        }
    }
    return n;
}

/* The page title for recognising and standing in for the headline: og:title (only a trailing site name
 * removed: it is written for sharing and already clean), else <title> minus site-name decorations. */
static int S_page_title(S_doc *d)
{
    xi_buf *tb = &d->ptitle;
    if (d->og_title) {
        int pend = 0;
        S_append_collapsed(tb, d->og_title, strlen(d->og_title), &pend, 2000);
        if (tb->len && !tb->failed)
            tb->len = S_clean_title(tb->data, tb->len, d->og_site, 1);
    }
    if (!tb->len && d->title_el) {
        S_node_text(d->title_el, tb, 2000);
        if (tb->len && !tb->failed)
            tb->len = S_clean_title(tb->data, tb->len, d->og_site, 0);
    }
    return tb->failed ? -1 : 0;
}

/* Ranks the <h1> elements as the article's headline: matching the page title, inside an article, inside
 * the chosen body (when use_top, i.e. once it is known) or just before it count for; page chrome and very
 * short texts (logos) count against. Returns the best (NULL when none) and its score; *oom on failure. */
static S_info *S_best_h1(S_doc *d, int use_top, int *best_score, int *oom)
{
    S_info *best = NULL;
    *best_score = INT_MIN;
    xi_buf hb;
    xi_buf_init(&hb);
    const xi_buf *tb = &d->ptitle;
    for (size_t i = 0; i < d->n_info; i++) {
        S_info *in = &d->info[i];
        if (in->tag != T_H1 || (in->flags & (F_DROP | F_IN_DROP)))
            continue;
        hb.len = 0;
        S_node_text(in->node, &hb, 1000);
        if (hb.failed)
            break;
        if (hb.len == 0 || hb.len > 400)
            continue;
        int sc = 0, in_top = 0, chrome = 0;
        for (S_info *a = in; a; a = a->parent) {
            in_top |= (a->flags & F_INCL) != 0;
            chrome |= (a != in && (a->flags & (F_PAGEHDR | F_UNLIKELY)));
        }
        if (use_top && in_top)
            sc += 100;
        if (tb->len && S_loose_match(hb.data, hb.len, tb->data, tb->len))
            sc += 50;
        if (in->flags & F_IN_ARTICLE)
            sc += 20;
        if (use_top && d->top && in < d->top)
            sc += 10; /* precedes the body in document order */
        if (chrome)
            sc -= 30;
        if (hb.len < 15)
            sc -= 20;
        if (sc > *best_score) {
            *best_score = sc;
            best = in;
        }
    }
    if (hb.failed)
        *oom = 1;
    xi_buf_free(&hb);
    return best;
}

/* Picks the headline: the best <h1> (see S_best_h1) unless it looks like a logo while a page title exists,
 * else og:title, else the cleaned <title>. The chosen text goes to d->headline (malloc'd). */
static int S_pick_headline(S_doc *d)
{
    int score, oom = 0;
    S_info *best = S_best_h1(d, 1, &score, &oom);
    if (oom)
        return -1;
    xi_buf hb;
    xi_buf_init(&hb);
    if (best && (score >= 0 || !d->ptitle.len)) {
        S_node_text(best->node, &hb, 1000);
        d->h1 = best;
    } else if (d->ptitle.len) {
        xi_buf_append(&hb, d->ptitle.data, d->ptitle.len);
    }
    if (hb.failed) {
        xi_buf_free(&hb);
        return -1;
    }
    if (!hb.len) {
        xi_buf_free(&hb);
        return 0;
    }
    d->headline_len = hb.len;
    d->headline = xi_buf_detach(&hb);
    return d->headline ? 0 : -1;
}

/* ---------------------------------------------------------------------------------------------------------
 * Emission
 * ------------------------------------------------------------------------------------------------------ */

typedef struct {
    S_doc *d;
    xi_buf out;   /* the text */
    xi_buf blk;   /* the block being built */
    int pend;     /* whitespace pending inside blk */
    int blk_caption;
    xmlNodePtr cap_owner, last_cap_owner; /* caption element of the current / last emitted block */
    int caption_depth;
    size_t *spans; /* caption (start, end) pairs, malloc'd */
    size_t n_spans, cap_spans;
    size_t blocks[S_MAX_BLOCKS_TRACKED][2];
    size_t n_blocks;
    int before_h; /* inside the body, still before the headline <h1> */
    size_t region_text;
    size_t intro_limit; /* stop emitting once this many blocks exist (intro pass) */
} S_emit;

/* Ends the current block: empty blocks vanish, a repeat of the headline is dropped, otherwise the block is
 * appended after "\n\n" and its range remembered (for captions and the dateline search). */
static void S_flush(S_emit *e)
{
    xi_buf *b = &e->blk;
    e->pend = 0;
    if (!b->len)
        return;
    S_doc *d = e->d;
    if (e->n_blocks > 0 && d->headline && b->len == d->headline_len && memcmp(b->data, d->headline, b->len) == 0) {
        b->len = 0;
        return;
    }
    if (e->out.len)
        xi_buf_append(&e->out, "\n\n", 2);
    size_t start = e->out.len;
    xi_buf_append(&e->out, b->data, b->len);
    size_t end = e->out.len;
    if (e->n_blocks < S_MAX_BLOCKS_TRACKED) {
        e->blocks[e->n_blocks][0] = start;
        e->blocks[e->n_blocks][1] = end;
    }
    e->n_blocks++;
    if (e->blk_caption) {
        if (e->n_spans && e->last_cap_owner == e->cap_owner) {
            e->spans[2 * e->n_spans - 1] = end; /* same caption element: one span */
        } else {
            if (e->n_spans == e->cap_spans) {
                size_t nc = e->cap_spans ? 2 * e->cap_spans : 8;
                size_t *ns = xi_realloc(e->spans, nc * 2 * sizeof *ns);
                if (!ns) {
                    e->out.failed = 1;
                    b->len = 0;
                    return;
                }
                e->spans = ns;
                e->cap_spans = nc;
            }
            e->spans[2 * e->n_spans] = start;
            e->spans[2 * e->n_spans + 1] = end;
            e->n_spans++;
        }
        e->last_cap_owner = e->cap_owner;
    } else {
        e->last_cap_owner = NULL;
    }
    b->len = 0;
}

/* Adds text to the current block, marking the block as caption text when inside a caption. */
static void S_emit_text(S_emit *e, const char *s, size_t n)
{
    if (e->before_h || (e->intro_limit && e->n_blocks >= e->intro_limit))
        return;
    size_t before = e->blk.len;
    S_append_collapsed(&e->blk, s, n, &e->pend, SIZE_MAX);
    if (before == 0 && e->blk.len)
        e->blk_caption = e->caption_depth > 0;
}

/* Normalizes the start of an element's text for the boilerplate-label test: lowercase ASCII, common
 * Spanish/Portuguese accents folded, other characters to single spaces (':' kept); at most cap-1 bytes,
 * visiting at most 64 nodes so the test stays cheap on any element. */
static void S_label_text(xmlNodePtr root, char *out, size_t cap)
{
    size_t k = 0;
    int visited = 0, space = 0;
    for (xmlNodePtr n = root; n && k + 1 < cap && visited < 64; visited++) {
        if (n->type == XML_TEXT_NODE && n->content) {
            for (const unsigned char *p = n->content; *p && k + 1 < cap; p++) {
                unsigned char c = *p;
                char o = 0;
                if (S_is_alnum(c) || c == ':')
                    o = (char)S_lower(c);
                else if (c == 0xC3 && p[1]) {
                    unsigned char x = (unsigned char)(p[1] | 0x20);
                    p++;
                    o = (x >= 0xA0 && x <= 0xA5) ? 'a' : (x == 0xA7) ? 'c' : (x >= 0xA8 && x <= 0xAB) ? 'e'
                        : (x >= 0xAC && x <= 0xAF) ? 'i' : (x == 0xB1) ? 'n' : (x >= 0xB2 && x <= 0xB6) ? 'o'
                        : (x >= 0xB9 && x <= 0xBC) ? 'u' : 0;
                } else if (c >= 0x80 && (c & 0xC0) != 0x80) {
                    o = 0;
                }
                if (!o) {
                    if ((c < 0x80 || (c & 0xC0) != 0x80) && k)
                        space = 1;
                    continue;
                }
                if (space && k + 2 < cap)
                    out[k++] = ' ';
                space = 0;
                out[k++] = o;
            }
            space = 1;
        } else if (n->type == XML_ELEMENT_NODE && n != root) {
            S_info *in = S_inf(n);
            if (in && (in->flags & F_DROP)) {
                n = S_next_skip(n, root);
                continue;
            }
        }
        n = S_next_in(n, root);
    }
    out[k] = '\0';
}

/* Headings and short labels that introduce boilerplate ("Leia também", "Más leídas", "Read more",
 * "Comentarios", ...), normalized as S_label_text does. */
static const char *S_label_phrase(const char *t)
{
    static const char *const ph[] = {
        "leia tambem", "leia mais", "veja tambem", "veja mais", "saiba mais", "mais lidas", "mais lidos",
        "mais vistos", "mais vistas", "lea tambien", "lee tambien", "lea mas", "lee mas", "te puede interesar",
        "tambien te puede interesar", "puede interesarte", "te recomendamos", "mas leidas", "mas leidos",
        "lo mas leido", "lo mas visto", "mas vistas", "mas vistos", "noticias relacionadas", "notas relacionadas",
        "materias relacionadas", "relacionadas", "relacionados", "relacionado", "related", "read more",
        "read also", "also read", "see also", "more on this", "more from", "most read", "most popular",
        "most viewed", "trending", "recommended", "you may also like", "you might also like", "comentarios",
        "comments", "deja tu comentario", "deixe seu comentario", "newsletter", "suscribete", "assine",
        "subscribe", "sign up", "compartir", "compartilhe", "compartilhar", "share this", "share",
        "publicidad", "publicidade", "advertisement", "anuncio", "siga nos", "siguenos", "follow us",
        "etiquetas", "tags", "temas", NULL};
    for (int i = 0; ph[i]; i++) {
        size_t l = strlen(ph[i]);
        if (strncmp(t, ph[i], l) == 0 && (t[l] == '\0' || t[l] == ' ' || t[l] == ':'))
            return ph[i];
    }
    return NULL;
}

/* Whether a sibling after a boilerplate label still belongs to that boilerplate (a list or a block made
 * mostly of links, or an empty one). */
static int S_label_follower(const S_info *s)
{
    if (s->tag == T_UL || s->tag == T_OL || s->tag == T_DL)
        return 1;
    if (s->tag >= T_H1 && s->tag <= T_H6)
        return 0;
    if (!s->text)
        return 1;
    return s->link * 10 >= s->text * 3;
}

/* The boilerplate-label rule: a heading or short block whose text is (or starts with) a label phrase is
 * dropped; when it is just the label, the following link lists in the same parent go with it. A paragraph
 * like "Leia também: <a>..</a>" goes alone. Returns 1 when the element is dropped. */
static int S_label_rule(S_info *in)
{
    int heading = in->tag >= T_H2 && in->tag <= T_H6;
    if (!heading && !(in->flags & F_BLOCK) && !(in->flags & F_LINKY))
        return 0;
    if (!heading && (in->own == 0 || in->text > 250))
        return 0;
    if (heading && in->text > 80)
        return 0;
    char t[64];
    S_label_text(in->node, t, sizeof t);
    const char *ph = S_label_phrase(t);
    if (!ph)
        return 0;
    size_t pl = strlen(ph);
    int bare = t[pl] == '\0' || (t[pl] == ':' && t[pl + 1] == '\0') || in->text <= pl + 3;
    if (heading && !bare && in->text > pl + 15)
        return 0; /* a real subheading that happens to start so ("Related arrests in the north") */
    if (bare || heading) {
        for (xmlNodePtr c = in->node->next; c; c = c->next) {
            S_info *s = S_inf(c);
            if (!s)
                continue;
            if (!S_label_follower(s))
                break;
            s->flags |= F_SKIP;
        }
        return 1;
    }
    return t[pl] == ':' || in->link > 0;
}

static int S_emit_skip(S_emit *e, S_info *in, int strip_unlikely);

/* Whether everything a heading introduces (the text after it in its parent) is left out: then it is the
 * title of a dropped box ("Key events" over a list of jump links, "Sources" over bare links) and goes too.
 * The scan stops at the next heading, so each sibling is looked at for one heading only. */
static int S_orphan_heading(S_emit *e, S_info *h, int strip_unlikely)
{
    int dropped = 0;
    for (xmlNodePtr c = h->node->next; c; c = c->next) {
        S_info *s = S_inf(c);
        if (!s || !s->text)
            continue;
        if ((s->tag >= T_H1 && s->tag <= T_H6) || !S_emit_skip(e, s, strip_unlikely))
            return 0;
        dropped = 1;
    }
    return dropped;
}

/* Decides whether the emission walk leaves an element out. Ancestors of the headline are always entered so
 * the walk can find it; chrome, hidden, unlikely and negative-class blocks, link lists and boilerplate
 * labels are dropped. A mixed class (say "article-related") is kept only when it holds most of the text and
 * is not a comment/cookie/newsletter box. */
static int S_emit_skip(S_emit *e, S_info *in, int strip_unlikely)
{
    if (in->flags & F_ANC_H)
        return 0;
    if (in->flags & (F_DROP | F_SKIP | F_PAGEHDR))
        return 1;
    if (in->flags & F_NEG) {
        if ((in->flags & F_UNLIKELY) && strip_unlikely)
            return 1;
        if ((in->flags & F_HARD) || (size_t)in->text * 2 <= e->region_text)
            return 1;
    }
    if ((in->flags & F_BLOCK) && !(in->flags & F_CAPTION) && in->text) {
        int list = in->tag == T_UL || in->tag == T_OL || in->tag == T_DL;
        if (list ? in->link * 10 > in->text * 4 : in->link * 2 > in->text)
            return 1;
    }
    if (S_label_rule(in))
        return 1;
    if (in->tag >= T_H2 && in->tag <= T_H6 && S_orphan_heading(e, in, strip_unlikely))
        return 1;
    return 0;
}

/* Emits one subtree in document order: text nodes into blocks, block elements and <br> as boundaries,
 * captions recorded. The headline element itself is skipped (it was emitted first). */
static void S_emit_subtree(S_emit *e, xmlNodePtr root, int strip_unlikely)
{
    S_doc *d = e->d;
    xmlNodePtr cur = root;
    while (cur) {
        int descend = 0;
        S_info *in = S_inf(cur);
        if (in) {
            if (d->h1 && in == d->h1) {
                S_flush(e);
                e->before_h = 0;
            } else if (cur == root || !S_emit_skip(e, in, strip_unlikely)) {
                descend = 1;
                if (in->flags & (F_BLOCK | F_CAPTION))
                    S_flush(e);
                if (in->flags & F_CAPTION) {
                    if (e->caption_depth++ == 0)
                        e->cap_owner = cur;
                }
            }
            in->flags = descend ? (in->flags | F_DESCENDED) : (in->flags & ~F_DESCENDED);
        } else if (cur->type == XML_TEXT_NODE && cur->content) {
            S_emit_text(e, (const char *)cur->content, strlen((const char *)cur->content));
        }
        if (descend && cur->children) {
            cur = cur->children;
            continue;
        }
        for (;;) {
            S_info *li = S_inf(cur);
            if (li && (li->flags & F_DESCENDED)) {
                if (li->flags & (F_BLOCK | F_CAPTION))
                    S_flush(e);
                if ((li->flags & F_CAPTION) && --e->caption_depth == 0)
                    e->cap_owner = NULL;
            }
            if (cur == root) {
                cur = NULL;
                break;
            }
            if (cur->next) {
                cur = cur->next;
                break;
            }
            cur = cur->parent;
        }
    }
    S_flush(e);
}

/* Emits what lies between the headline and the body container (standfirst, byline, lead photo caption),
 * within their lowest common ancestor and capped at S_INTRO_BLOCKS blocks. */
static void S_emit_intro(S_emit *e, int strip_unlikely)
{
    S_doc *d = e->d;
    S_info *first = d->incl[0];
    for (S_info *a = first->parent; a; a = a->parent)
        a->flags |= F_ANC_FIRST;
    S_info *lca = d->h1->parent;
    while (lca && !(lca->flags & F_ANC_FIRST))
        lca = lca->parent;
    if (!lca)
        return;
    e->intro_limit = e->n_blocks + S_INTRO_BLOCKS;
    xmlNodePtr cur = S_next_skip(d->h1->node, lca->node);
    while (cur && cur != first->node && e->n_blocks < e->intro_limit) {
        S_info *in = S_inf(cur);
        if (in && (in->flags & F_ANC_FIRST)) {
            S_flush(e);
            cur = cur->children;
            continue;
        }
        if (in) {
            if (!S_emit_skip(e, in, strip_unlikely))
                S_emit_subtree(e, cur, strip_unlikely);
        } else if (cur->type == XML_TEXT_NODE && cur->content) {
            S_emit_text(e, (const char *)cur->content, strlen((const char *)cur->content));
        }
        xmlNodePtr nx = cur;
        while (nx && nx != lca->node && !nx->next) {
            nx = nx->parent;
            S_flush(e);
        }
        cur = (!nx || nx == lca->node) ? NULL : nx->next;
    }
    S_flush(e);
    e->intro_limit = 0;
}

/* Builds the text: headline block, then (when the headline precedes the body) the intro, then the body
 * elements in document order, skipping anything before the headline inside them. */
static void S_emit_all(S_emit *e, int strip_unlikely)
{
    S_doc *d = e->d;
    if (d->headline && d->headline_len) {
        S_emit_text(e, d->headline, d->headline_len);
        S_flush(e);
    }
    if (!d->n_incl)
        return;
    int h_in_body = 0;
    if (d->h1) {
        for (S_info *a = d->h1; a; a = a->parent) {
            a->flags |= F_ANC_H;
            h_in_body |= (a->flags & F_INCL) != 0;
        }
    }
    e->region_text = 0;
    for (size_t k = 0; k < d->n_incl; k++)
        e->region_text += d->incl[k]->text;
    if (d->h1 && !h_in_body && d->h1 < d->incl[0] && !S_is_ancestor(d->h1, d->incl[0]))
        S_emit_intro(e, strip_unlikely);
    e->before_h = h_in_body;
    for (size_t k = 0; k < d->n_incl; k++) {
        S_flush(e);
        S_emit_subtree(e, d->incl[k]->node, strip_unlikely);
    }
    e->before_h = 0;
    S_flush(e);
}

/* ---------------------------------------------------------------------------------------------------------
 * Parsing
 * ------------------------------------------------------------------------------------------------------ */

/* Swallows libxml2's structured errors: the stage never prints. */
static void S_quiet(void *ctx, xmlErrorPtr err)
{
    (void)ctx;
    (void)err;
}

/* SAX start-element hook: builds the node as usual, and stops the parser if its element stack ever gets
 * deeper than S_HARD_DEPTH despite the sanitizer, so end-tag lookups stay bounded. */
static void S_start_element(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    xmlParserCtxtPtr p = ctx;
    xmlSAX2StartElement(ctx, name, atts);
    if (p->nameNr > S_HARD_DEPTH)
        xmlStopParser(p);
}

/* Parses clean UTF-8 with libxml2 without any output or network access; NULL on failure (*oom set when the
 * failure was memory). */
static xmlDocPtr S_parse(const char *buf, size_t len, int *oom)
{
    *oom = 0;
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt) {
        *oom = 1;
        return NULL;
    }
    if (ctxt->sax)
        ctxt->sax->startElement = S_start_element;
    xmlStructuredErrorFunc old_fn = xmlStructuredError;
    void *old_ctx = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(NULL, S_quiet);
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
               HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE | HTML_PARSE_NODEFDTD;
    xmlDocPtr doc = htmlCtxtReadMemory(ctxt, buf ? buf : "", (int)len, NULL, "UTF-8", opts);
    if (ctxt->errNo == XML_ERR_NO_MEMORY) {
        *oom = 1;
        if (doc)
            xmlFreeDoc(doc);
        doc = NULL;
    }
    xmlSetStructuredErrorFunc(old_ctx, old_fn);
    htmlFreeParserCtxt(ctxt);
    return doc;
}

/* Copies a collapsed, NUL-terminated metadata string into the arena (NULL in, NULL out). */
static const char *S_arena_meta(xi_arena *a, const char *s, int *oom)
{
    if (!s)
        return NULL;
    xi_buf b;
    xi_buf_init(&b);
    int pend = 0;
    S_append_collapsed(&b, s, strlen(s), &pend, SIZE_MAX);
    if (b.failed) {
        *oom = 1;
        xi_buf_free(&b);
        return NULL;
    }
    if (!b.len) {
        xi_buf_free(&b);
        return NULL;
    }
    char *r = xi_arena_strndup(a, b.data, b.len);
    xi_buf_free(&b);
    if (!r)
        *oom = 1;
    return r;
}

/* Formats a date as YYYY-MM-DD into the arena. */
static const char *S_arena_date(xi_arena *a, S_date dt, int *oom)
{
    char t[16];
    int n = snprintf(t, sizeof t, "%04d-%02d-%02d", dt.y, dt.m, dt.d);
    char *r = xi_arena_strndup(a, t, (size_t)n);
    if (!r)
        *oom = 1;
    return r;
}

/* The first <time datetime> inside the article (the common ancestor of headline and body, else the
 * container's enclosing <article>, else the container itself), outside dropped parts. */
static int S_time_date(S_doc *d, S_date *out)
{
    if (!d->top)
        return 0;
    S_info *scope = NULL;
    if (d->h1) {
        for (S_info *a = d->h1; a && !scope; a = a->parent)
            if (S_is_ancestor(a, d->top))
                scope = a;
    }
    if (!scope || scope->tag == T_BODY || scope->tag == T_HTML) {
        scope = NULL;
        for (S_info *a = d->top; a && !scope; a = a->parent)
            if (a->tag == T_ARTICLE)
                scope = a;
        if (!scope)
            scope = d->top->parent && d->top->tag != T_BODY ? d->top->parent : d->top;
    }
    xmlNodePtr root = scope->node;
    for (xmlNodePtr n = root; n;) {
        S_info *in = S_inf(n);
        if (in && n != root && (in->flags & (F_DROP | F_UNLIKELY | F_PAGEHDR))) {
            n = S_next_skip(n, root);
            continue;
        }
        if (in && in->tag == T_TIME) {
            const char *dt = S_attr(n, "datetime");
            if (dt && S_parse_iso(dt, strlen(dt), out))
                return 1;
        }
        n = S_next_in(n, root);
    }
    return 0;
}

/* Fills date, title, URL and language fields of the page from what the walks gathered. */
static void S_fill_metadata(S_doc *d, S_emit *e, xi_arena *arena, xh_page *out, int *oom)
{
    S_date dt = {0, 0, 0};
    const char *src = NULL;
    if (d->have_ld_art || d->have_ld_any) {
        dt = d->have_ld_art ? d->ld_art : d->ld_any;
        src = "json-ld";
    }
    for (int r = 0; !src && r < M_NRANKS; r++)
        if (d->meta_date[r] && S_parse_any_date(d->meta_date[r], d->lang, &dt))
            src = "meta";
    if (!src && S_time_date(d, &dt))
        src = "time";
    if (!src && e->out.data) {
        size_t nb = e->n_blocks < S_MAX_BLOCKS_TRACKED ? e->n_blocks : S_MAX_BLOCKS_TRACKED;
        size_t first = d->headline ? 1 : 0;
        for (size_t b = first; b < nb && b < first + S_DATELINE_BLOCKS && !src; b++) {
            size_t s = e->blocks[b][0], len = e->blocks[b][1] - s;
            if (len > 120)
                len = 60; /* in a body paragraph only a date at its very start is a dateline */
            if (S_find_date(e->out.data + s, len, d->lang, &dt))
                src = "dateline";
        }
    }
    if (src) {
        out->published = S_arena_date(arena, dt, oom);
        out->published_source = xi_arena_strndup(arena, src, strlen(src));
        if (!out->published_source)
            *oom = 1;
    }
    if (d->headline && d->headline_len) {
        out->title = xi_arena_strndup(arena, d->headline, d->headline_len);
        if (!out->title)
            *oom = 1;
    }
    const char *url = d->canonical;
    if (url && !strstr(url, "://") && d->og_url && strstr(d->og_url, "://"))
        url = d->og_url; /* a relative canonical is less useful than an absolute og:url */
    if (!url || !*url)
        url = d->og_url;
    out->url = S_arena_meta(arena, url, oom);
    if (d->lang) {
        out->lang = xi_arena_strndup(arena, d->lang, 2);
        if (!out->lang)
            *oom = 1;
    }
}

/* Frees the scratch state of a document (not the arena results). */
static void S_doc_free(S_doc *d)
{
    if (d->doc)
        xmlFreeDoc(d->doc);
    free(d->info);
    free(d->incl);
    free(d->headline);
    xi_buf_free(&d->scratch);
    xi_buf_free(&d->ptitle);
}

int xh_parse(const char *bytes, size_t len, xi_arena *arena, xh_page *out, char *err, size_t errlen)
{
    if (err && errlen)
        err[0] = '\0';
    if (!out || !arena)
        return S_fail(err, errlen, "html: no output or arena");
    memset(out, 0, sizeof *out);
    if (!bytes && len)
        return S_fail(err, errlen, "html: no input");
    if (!bytes)
        bytes = ""; /* (NULL, 0) is an empty page */
    if (len > S_MAX_INPUT)
        return S_fail(err, errlen, "html: page too large (%zu bytes, limit %zu)", len, S_MAX_INPUT);
    xmlInitParser();

    /* 1-2. encoding and sanitizing */
    xi_buf u;
    xi_buf_init(&u);
    char label[64];
    const char *charset = "UTF-8";
    if (xi_buf_reserve(&u, len + len / 8 + 16) < 0)
        return S_fail(err, errlen, "html: out of memory");
    S_to_utf8((const unsigned char *)bytes, len, &u, &charset, label, sizeof label);
    if (u.failed) {
        xi_buf_free(&u);
        return S_fail(err, errlen, "html: out of memory decoding the page");
    }
    out->charset = xi_arena_strndup(arena, charset, strlen(charset));
    S_model *model = xi_malloc(sizeof *model);
    if (!out->charset || !model) {
        free(model);
        xi_buf_free(&u);
        return S_fail(err, errlen, "html: out of memory");
    }
    xi_buf clean;
    xi_buf_init(&clean);
    if (u.len && xi_buf_reserve(&clean, u.len + u.len / 16 + 16) == 0)
        S_sanitize(u.data, u.len, &clean, model);
    free(model);
    xi_buf_free(&u);
    if (clean.failed) {
        xi_buf_free(&clean);
        return S_fail(err, errlen, "html: out of memory sanitizing the page");
    }
    if (clean.len > INT_MAX) {
        xi_buf_free(&clean);
        return S_fail(err, errlen, "html: page too large after decoding");
    }

    /* 3. parse */
    S_doc d;
    memset(&d, 0, sizeof d);
    xi_buf_init(&d.scratch);
    xi_buf_init(&d.ptitle);
    int oom = 0;
    d.doc = clean.len ? S_parse(clean.data, clean.len, &oom) : NULL;
    xi_buf_free(&clean);
    if (oom)
        return S_fail(err, errlen, "html: out of memory while parsing");
    if (!d.doc) { /* empty or blank input: an empty page */
        out->text = xi_arena_strndup(arena, "", 0);
        return out->text ? 0 : S_fail(err, errlen, "html: out of memory");
    }
    d.root = (xmlNodePtr)d.doc;

    /* 4. annotate and collect metadata */
    if (S_build_info(&d) < 0 || d.oom) {
        S_doc_free(&d);
        return S_fail(err, errlen, "html: out of memory annotating the page");
    }
    d.lang = S_lang2(d.html_lang);
    if (!d.html_lang || !*d.html_lang) {
        d.lang = S_lang2(d.content_lang);
        if (!d.lang && !d.content_lang)
            d.lang = S_lang2(d.og_locale);
    }

    /* 5. body, headline, text */
    if (S_page_title(&d) < 0) {
        S_doc_free(&d);
        return S_fail(err, errlen, "html: out of memory");
    }
    int strip = 1, h1score = 0;
    S_score(&d, strip);
    d.anchor = S_best_h1(&d, 0, &h1score, &oom);
    if (h1score < 20)
        d.anchor = NULL; /* only a title match or an in-article <h1> is trusted before the body is known */
    if (oom) {
        S_doc_free(&d);
        return S_fail(err, errlen, "html: out of memory");
    }
    if (S_pick_container(&d) < 0) {
        S_doc_free(&d);
        return S_fail(err, errlen, "html: out of memory");
    }
    size_t found_text = 0;
    for (size_t k = 0; k < d.n_incl; k++)
        found_text += d.incl[k]->text;
    if (found_text < 200) {
        /* next to nothing once unlikely blocks are removed (a wrapper with an unlucky class name, say):
         * score again without removing them, as Readability does */
        for (size_t i = 0; i < d.n_info; i++)
            d.info[i].flags &= ~F_INCL;
        free(d.incl);
        d.incl = NULL;
        d.n_incl = 0;
        strip = 0;
        S_score(&d, strip);
        if (S_pick_container(&d) < 0) {
            S_doc_free(&d);
            return S_fail(err, errlen, "html: out of memory");
        }
    }
    if (S_pick_headline(&d) < 0) {
        S_doc_free(&d);
        return S_fail(err, errlen, "html: out of memory");
    }
    S_emit e;
    memset(&e, 0, sizeof e);
    e.d = &d;
    xi_buf_init(&e.out);
    xi_buf_init(&e.blk);
    S_emit_all(&e, strip);
    int rc = 0;
    if (e.out.failed || e.blk.failed || d.scratch.failed) {
        rc = S_fail(err, errlen, "html: out of memory building the text");
    } else {
        out->text = xi_arena_strndup(arena, e.out.data ? e.out.data : "", e.out.len);
        out->text_len = e.out.len;
        if (e.n_spans) {
            out->caption_spans = xi_arena_alloc(arena, e.n_spans * 2 * sizeof(size_t));
            if (out->caption_spans) {
                memcpy(out->caption_spans, e.spans, e.n_spans * 2 * sizeof(size_t));
                out->n_caption_spans = e.n_spans;
            } else {
                oom = 1;
            }
        }
        /* 6. metadata */
        S_fill_metadata(&d, &e, arena, out, &oom);
        if (!out->text || oom)
            rc = S_fail(err, errlen, "html: out of memory storing the results");
    }
    xi_buf_free(&e.out);
    xi_buf_free(&e.blk);
    free(e.spans);
    S_doc_free(&d);
    if (rc < 0)
        memset(out, 0, sizeof *out);
    return rc;
}
