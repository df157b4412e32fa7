/* normalize.c - UTF-8 repair, NFC and the folded matching copy. */
#include "normalize.h"

#include <string.h>
#include <utf8proc.h>

int xn_decode(const char *s, size_t len, int32_t *cp)
{
    utf8proc_int32_t c;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &c);
    if (n <= 0) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = c;
    return (int)n;
}

static const char S_fffd[3] = {(char)0xEF, (char)0xBF, (char)0xBD};

/* The sequence of a non-ASCII byte or NUL at src[i]: its length, with its code point in *cp; 0 for a byte that is
 * NUL or no valid UTF-8, counted in *n_bad (the first one's offset in *first_bad). S_repair and xn_count_invalid
 * both read through it, so the count a warning gives is the repairs the text gets. */
static utf8proc_ssize_t S_decode(const char *src, size_t len, size_t i, utf8proc_int32_t *cp, size_t *n_bad,
                                 size_t *first_bad)
{
    utf8proc_ssize_t n = src[i] ? utf8proc_iterate((const utf8proc_uint8_t *)src + i, (utf8proc_ssize_t)(len - i), cp) : -1;
    if (n > 0)
        return n;
    if (*n_bad == 0)
        *first_bad = i;
    (*n_bad)++;
    return 0;
}

/* Copies bytes to dst replacing each invalid byte (and NUL) by U+FFFD and CR/CRLF by LF.
 * dst must hold 3 * len bytes; returns the bytes written. */
static size_t S_repair(const char *src, size_t len, char *dst, size_t *n_bad, size_t *first_bad)
{
    size_t o = 0, marks = 0; /* combining marks in a row so far */
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)src[i];
        if (c < 0x80)
            marks = 0;
        if (c >= 0x20 && c < 0x80) {
            dst[o++] = (char)c;
            i++;
            continue;
        }
        if (c == '\r') {
            dst[o++] = '\n';
            i += (i + 1 < len && src[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c < 0x20 && c != 0) {
            /* Other control characters become spaces (tabs, form feeds) except the newline. */
            dst[o++] = (c == '\n') ? '\n' : ' ';
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = S_decode(src, len, i, &cp, n_bad, first_bad);
        if (!n) {
            memcpy(dst + o, S_fffd, 3);
            o += 3;
            i++;
            continue;
        }
        /* Stream-Safe Text (UAX #15): a run of more than 30 combining marks gets U+034F so normalisation, which
         * reorders marks within a run, stays linear on hostile input. */
        if (utf8proc_get_property(cp)->combining_class > 0) {
            if (++marks > 30) {
                memcpy(dst + o, "\xCD\x8F", 2);
                o += 2;
                marks = 1;
            }
        } else {
            marks = 0;
        }
        memcpy(dst + o, src + i, (size_t)n);
        o += (size_t)n;
        i += (size_t)n;
    }
    return o;
}

void xn_count_invalid(const char *src, size_t len, size_t *pos, size_t stop, size_t *n_bad, size_t *first_bad)
{
    /* the same test as S_repair's, over the bytes S_repair would decode: NUL, and what utf8proc cannot read */
    size_t i = *pos;
    while (i < stop && i < len) {
        unsigned char c = (unsigned char)src[i];
        if (c >= 0x01 && c < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = S_decode(src, len, i, &cp, n_bad, first_bad);
        i += n ? (size_t)n : 1;
    }
    *pos = i;
}

/* PCRE2's JIT reads whole vector words, so it may look a few bytes past the end of a subject: the texts rules
 * read are followed by this many zero bytes rather than by uninitialised memory (harmless either way, but
 * valgrind reports it). */
#define S_PAD 64

/* A NUL-terminated copy of s[0,n) in the arena, followed by S_PAD zero bytes. */
static char *S_padded_copy(xi_arena *a, const char *s, size_t n)
{
    char *p = xi_arena_alloc(a, n + S_PAD); /* zeroed */
    if (p && n)
        memcpy(p, s, n);
    return p;
}

/* Whether valid UTF-8 s[0,n) is in NFC because of the characters it uses, so utf8proc (a decomposition and
 * a recomposition of every character, most of the time of a plain-text run) can be skipped. Below U+0300
 * every character is its own NFC and none combines with another (the combining marks start there); so are
 * the punctuation and currency signs news text is full of (curly quotes, dashes, the euro sign), except the
 * two spaces U+2000 and U+2001, which have canonical equivalents. Anything else goes through utf8proc. */
static int S_plainly_nfc(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0xCC) { /* ASCII, a continuation byte, or a lead byte of U+0080..U+02FF */
            i++;
            continue;
        }
        int32_t cp;
        int k = xn_decode(s + i, n - i, &cp);
        if (k <= 0 || !((cp >= 0x2002 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF)))
            return 0;
        i += (size_t)k;
    }
    return 1;
}

int xn_normalize(const char *bytes, size_t len, xi_arena *a, xn_text *out)
{
    memset(out, 0, sizeof *out);
    if (len > (SIZE_MAX - 1) / 3)
        return -1;
    char *tmp = xi_malloc(len * 3 + 1);
    if (!tmp)
        return -1;
    /* Skip a UTF-8 byte order mark: it is not text. */
    size_t bom = (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
    size_t n = S_repair(bytes + bom, len - bom, tmp, &out->n_bad, &out->first_bad);
    if (out->n_bad)
        out->first_bad += bom; /* an offset in the input as given */
    tmp[n] = '\0';
    if (S_plainly_nfc(tmp, n)) {
        out->text = S_padded_copy(a, tmp, n);
        out->len = n;
    } else {
        utf8proc_uint8_t *nfc = NULL;
        utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)tmp, (utf8proc_ssize_t)n, &nfc,
                                          UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (m < 0) {
            free(tmp);
            return -1;
        }
        out->text = S_padded_copy(a, (const char *)nfc, (size_t)m);
        out->len = (size_t)m;
        free(nfc);
    }
    free(tmp);
    return out->text ? 0 : -1;
}

/* Typographic characters that news text uses interchangeably with ASCII ones; folding them lets one
 * pattern cover both. Returns the ASCII replacement or 0. */
static char S_ascii_alias(int32_t cp)
{
    switch (cp) {
    case 0x00A0: case 0x2007: case 0x202F: case 0x2009: case 0x200A: case 0x2002: case 0x2003:
        return ' ';
    case 0x2018: case 0x2019: case 0x201A: case 0x2032: case 0x00B4: case 0x0060:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: case 0x2033:
        return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return '-';
    case 0x00BA: case 0x00B0:
        return 'o'; /* n.º, nº */
    case 0x00AA:
        return 'a';
    default:
        return 0;
    }
}

/* Records that folded byte o came from source offset i: a block's first byte sets its base, the others their
 * distance from it. Returns -1 when the distance does not fit a byte (the caller refolds with a wide map). */
static inline int S_set_map(xn_fold *f, size_t o, size_t i)
{
    if (f->wide) {
        f->wide[o] = (uint32_t)i;
        return 0;
    }
    if (o % XN_MAP_BLOCK == 0)
        f->base[o / XN_MAP_BLOCK] = (uint32_t)i;
    size_t dist = i - f->base[o / XN_MAP_BLOCK];
    if (dist > UINT8_MAX)
        return -1;
    f->off[o] = (uint8_t)dist;
    return 0;
}

/* One folding pass into out's buffers (allocated for cap folded bytes): 0, -1 when the bound is passed, -2 when
 * the compact map cannot hold a distance. */
static int S_fold(const char *text, size_t len, size_t cap, xn_fold *out)
{
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)text[i];
        if (c < 0x80) {
            out->data[o] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
            if (S_set_map(out, o++, i) < 0)
                return -2;
            i++;
            continue;
        }
        int32_t cp;
        int n = xn_decode(text + i, len - i, &cp);
        char alias = S_ascii_alias(cp);
        if (alias) {
            out->data[o] = alias;
            if (S_set_map(out, o++, i) < 0)
                return -2;
        } else {
            utf8proc_int32_t dec[8];
            utf8proc_int32_t last = 0;
            utf8proc_ssize_t k = utf8proc_decompose_char(cp, dec, 8, UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE |
                                                         UTF8PROC_STRIPMARK | UTF8PROC_COMPAT, &last);
            if (k < 0 || k > 8) {
                dec[0] = cp;
                k = 1;
            }
            for (utf8proc_ssize_t j = 0; j < k; j++) {
                if (o + 4 > cap)
                    return -1;
                utf8proc_ssize_t w = utf8proc_encode_char(dec[j], (utf8proc_uint8_t *)out->data + o);
                for (utf8proc_ssize_t b = 0; b < w; b++)
                    if (S_set_map(out, o + (size_t)b, i) < 0)
                        return -2;
                o += (size_t)w;
            }
        }
        i += (size_t)n;
        if (o + 4 > cap)
            return -1;
    }
    out->data[o] = '\0';
    memset(out->data + o + 1, 0, S_PAD); /* see S_PAD */
    if (S_set_map(out, o, len) < 0)
        return -2;
    out->len = o;
    return 0;
}

/* Reserves out's buffers for cap folded bytes (wide: a plain 32-bit map too). */
static int S_fold_alloc(xi_arena *a, size_t cap, int wide, xn_fold *out)
{
    memset(out, 0, sizeof *out);
    /* Not zeroed: every byte used is written, and pages never touched cost nothing. */
    out->data = xi_arena_alloc_raw(a, cap + 1 + S_PAD);
    out->off = xi_arena_alloc_raw(a, cap + 1);
    out->base = xi_arena_alloc_raw(a, (cap / XN_MAP_BLOCK + 1) * sizeof(uint32_t));
    if (wide)
        out->wide = xi_arena_alloc_raw(a, (cap + 1) * sizeof(uint32_t));
    return out->data && out->off && out->base && (!wide || out->wide) ? 0 : -1;
}

int xn_fold_text(const char *text, size_t len, xi_arena *a, xn_fold *out)
{
    /* Folding never grows a character by more than a few code points, so 4x bytes bounds it for these scripts;
     * but in es, pt and en text it almost never grows at all (an accented letter's two bytes fold to one), and a
     * 4x reservation is not free: the arena's blocks come from the heap (main.c's mmap threshold), where the
     * untouched tail of one window's buffers is touched by the next window's allocations, so a long text's peak
     * held about 8 bytes a byte for the folded copy and its map. First try a tight bound; a text that passes it
     * (runs of ligatures or wide expansions) is folded again with the sure one (the first buffers stay in the
     * arena, unused). The loop checks the bound either way. */
    size_t tight = len + len / 8 + 64;
    size_t sure = len * 4 + 16;
    int wide = 0;
    size_t cap = tight < sure ? tight : sure;
    for (;;) {
        if (S_fold_alloc(a, cap, wide, out) < 0)
            return -1;
        int rc = S_fold(text, len, cap, out);
        if (rc == 0)
            return 0;
        if (rc == -2 && !wide) /* rare: a plain map */
            wide = 1;
        else if (rc == -1 && cap < sure)
            cap = sure;
        else
            return -1;
    }
}

char *xn_fold_str(const char *s, size_t len, xi_arena *a)
{
    xn_fold f;
    if (xn_fold_text(s, len, a, &f) < 0)
        return NULL;
    /* Only the folded bytes and their padding are kept: the buffers were reserved at four times the string and the
     * map behind them is not returned, so without this a short key held some ten bytes of arena a byte (4 MB of
     * the patterns' heap went to the lexicons' folded keys). */
    xi_arena_trim(a, f.data, f.len + 1 + S_PAD);
    return f.data;
}
