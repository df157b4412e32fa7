/* prefilter.c - literal prefixes of rules, and the trie that finds them in a text (prefilter.h). */
#include "prefilter.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* More prefixes than this and the prefilter would cost more than it saves: the rule is scanned instead. */
#define S_MAX_SET 4096

typedef struct {
    char s[XF_MAX_PREFIX + 1];
    unsigned char len;
    unsigned char open;  /* the regex may still add to it */
    unsigned char guard; /* before anything was consumed: 1 a (?<![\p{L}]) lookbehind, 2 a \b */
    unsigned char guards; /* every guard before anything was consumed: bits 1 << 1 and 1 << 2 */
    unsigned char cls;   /* empty and closed: starts with a character of class XF_CLASS_* instead */
} S_item;

typedef struct {
    S_item *v;
    size_t n, cap;
} S_set;

typedef struct {
    const char *re;
    size_t len, pos;
    int fail; /* 1: not analysable, 2: out of memory */
    int caseless; /* inside (?i: ... ) */
} S_parser;

static void S_push(S_parser *P, S_set *s, const S_item *it)
{
    if (P->fail)
        return;
    if (s->n == S_MAX_SET) {
        P->fail = 1;
        return;
    }
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 8;
        S_item *v = xi_realloc(s->v, cap * sizeof *v);
        if (!v) {
            P->fail = 2;
            return;
        }
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n++] = *it;
}

static void S_close(S_set *s)
{
    for (size_t i = 0; i < s->n; i++)
        s->v[i].open = 0;
}

/* Appends the bytes of one character to every open item; an item that would grow too long stops growing. */
static void S_append(S_set *s, const char *c, size_t cl)
{
    for (size_t i = 0; i < s->n; i++) {
        S_item *it = &s->v[i];
        if (!it->open)
            continue;
        if (it->len + cl > XF_MAX_PREFIX) {
            it->open = 0;
            continue;
        }
        memcpy(it->s + it->len, c, cl);
        it->len = (unsigned char)(it->len + cl);
        it->s[it->len] = '\0';
    }
}

static void S_set_class(S_set *s, unsigned char cls)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i].open && s->v[i].len == 0)
            s->v[i].cls = cls;
}

static void S_set_guard(S_set *s, unsigned char guard)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i].open && s->v[i].len == 0) {
            if (!s->v[i].guard)
                s->v[i].guard = guard;
            s->v[i].guards |= (unsigned char)(1u << guard);
        }
}

/* Extended syntax: white space and # comments between items mean nothing. */
static void S_skip_ws(S_parser *P)
{
    while (P->pos < P->len) {
        char c = P->re[P->pos];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
            P->pos++;
        else if (c == '#')
            while (P->pos < P->len && P->re[P->pos] != '\n')
                P->pos++;
        else
            break;
    }
}

/* The end (index after ']') of the character class opening at i, or 0. */
static size_t S_class_end(const char *re, size_t len, size_t i)
{
    size_t j = i + 1;
    if (j < len && re[j] == '^')
        j++;
    if (j < len && re[j] == ']')
        j++; /* a ']' first is a member */
    while (j < len && re[j] != ']') {
        if (re[j] == '\\' && j + 1 < len) {
            j += 2;
            if (j < len && re[j] == '{' && strchr("pPxo", re[j - 1]))
                while (j < len && re[j] != '}')
                    j++;
            else
                continue;
        } else if (re[j] == '[' && j + 1 < len && re[j + 1] == ':') {
            size_t e = j + 2;
            while (e + 1 < len && !(re[e] == ':' && re[e + 1] == ']'))
                e++;
            if (e + 1 >= len)
                return 0;
            j = e + 1;
        }
        j++;
    }
    return j < len ? j + 1 : 0;
}

/* The index after the group opening at i, or 0 when it is not closed. */
static size_t S_group_end(const char *re, size_t len, size_t i)
{
    int depth = 0;
    for (size_t j = i; j < len; j++) {
        char c = re[j];
        if (c == '\\') {
            j++;
        } else if (c == '[') {
            size_t e = S_class_end(re, len, j);
            if (!e)
                return 0;
            j = e - 1;
        } else if (c == '#') {
            while (j < len && re[j] != '\n')
                j++;
        } else if (c == '(') {
            depth++;
        } else if (c == ')' && --depth == 0) {
            return j + 1;
        }
    }
    return 0;
}

/* Reads a quantifier at the parser's position, if any: its minimum and maximum (-1: unbounded). */
static int S_quant(S_parser *P, long *min, long *max)
{
    S_skip_ws(P);
    if (P->pos >= P->len)
        return 0;
    char c = P->re[P->pos];
    size_t end = P->pos + 1;
    if (c == '?')
        *min = 0, *max = 1;
    else if (c == '*')
        *min = 0, *max = -1;
    else if (c == '+')
        *min = 1, *max = -1;
    else if (c == '{') {
        const char *s = P->re + P->pos + 1, *lim = P->re + P->len;
        char *e;
        long lo = 0, hi;
        if (s < lim && *s >= '0' && *s <= '9')
            lo = strtol(s, &e, 10), s = e;
        else if (!(s < lim && *s == ','))
            return 0;
        hi = lo;
        if (s < lim && *s == ',') {
            s++;
            hi = -1;
            if (s < lim && *s >= '0' && *s <= '9')
                hi = strtol(s, &e, 10), s = e;
        }
        if (!(s < lim && *s == '}'))
            return 0; /* a literal brace */
        *min = lo, *max = hi;
        end = (size_t)(s - P->re) + 1;
    } else
        return 0;
    P->pos = end;
    if (P->pos < P->len && (P->re[P->pos] == '?' || P->re[P->pos] == '+'))
        P->pos++; /* lazy or possessive: the same strings */
    return 1;
}

/* Skips a quantifier after an atom that already closed the items. */
static void S_skip_quant(S_parser *P)
{
    long lo, hi;
    (void)S_quant(P, &lo, &hi);
}

/* Whether a negative lookbehind's body, re[a,b), is one character that is any letter: \p{L}, \w, or a class
 * that contains one of them. */
static int S_letter_guard(const char *re, size_t a, size_t b)
{
    while (a < b && (re[a] == ' ' || re[a] == '\n' || re[a] == '\t'))
        a++;
    while (b > a && (re[b - 1] == ' ' || re[b - 1] == '\n' || re[b - 1] == '\t'))
        b--;
    size_t n = b - a;
    const char *s = re + a;
    if ((n == 5 && memcmp(s, "\\p{L}", 5) == 0) || (n == 3 && memcmp(s, "\\pL", 3) == 0) ||
        (n == 2 && memcmp(s, "\\w", 2) == 0))
        return 1;
    if (n < 2 || s[0] != '[' || s[1] == '^' || S_class_end(re, b, a) != b)
        return 0;
    for (size_t i = 1; i + 1 < n; i++) {
        if (s[i] != '\\')
            continue;
        if ((i + 5 <= n && memcmp(s + i, "\\p{L}", 5) == 0) || (i + 3 <= n && memcmp(s + i, "\\pL", 3) == 0) ||
            s[i + 1] == 'w')
            return 1;
        i++;
    }
    return 0;
}

/* Whether a lookbehind's body, re[a,b), ends with white space (\s, \x20, \n), or is [^\n] (a negative
 * one: the start of a line): what precedes the match is then not a letter either. */
static int S_space_before(const char *re, size_t a, size_t b)
{
    if (memchr(re + a, '|', b - a))
        return 0; /* alternatives: each would have to end so */
    while (b > a && (re[b - 1] == ' ' || re[b - 1] == '\n' || re[b - 1] == '\t'))
        b--;
    if (b - a >= 2 && re[b - 2] == '\\' && (re[b - 1] == 's' || re[b - 1] == 'n'))
        return b - a == 2 || re[b - 3] != '\\';
    return b - a >= 4 && memcmp(re + b - 4, "\\x20", 4) == 0 && (b - a == 4 || re[b - 5] != '\\');
}

static void S_alt(S_parser *P, const S_set *in, S_set *out);

/* A group at the parser's position ('(' read): lookarounds are skipped (a letter guard noted), other groups
 * are read as alternatives of the open items. */
static void S_group(S_parser *P, S_set *cur)
{
    const char *re = P->re;
    size_t at = P->pos, len = P->len;
    if (at + 3 < len && re[at + 1] == '?' &&
        (re[at + 2] == '=' || re[at + 2] == '!' || (re[at + 2] == '<' && (re[at + 3] == '=' || re[at + 3] == '!')))) {
        size_t end = S_group_end(re, len, at);
        if (!end) {
            P->fail = 1;
            return;
        }
        if (re[at + 2] == '<' && ((re[at + 3] == '!' && (S_letter_guard(re, at + 4, end - 1) ||
                                                         (end - 1 - (at + 4) == 5 && memcmp(re + at + 4, "[^\\n]", 5) == 0))) ||
                                  (re[at + 3] == '=' && S_space_before(re, at + 4, end - 1))))
            S_set_guard(cur, 1);
        P->pos = end;
        long lo, hi;
        if (S_quant(P, &lo, &hi))
            P->fail = 1; /* a quantified assertion: not worth understanding */
        return;
    }
    size_t body;
    int caseless = P->caseless;
    if (at + 3 < len && re[at + 1] == '?' && re[at + 2] == 'i' && re[at + 3] == ':') {
        body = at + 4; /* caseless: literals give their first letter in both cases (S_seq) */
        P->caseless = 1;
    } else if (at + 1 < len && re[at + 1] != '?' && re[at + 1] != '*')
        body = at + 1; /* capturing group */
    else if (at + 2 < len && re[at + 1] == '?' && (re[at + 2] == ':' || re[at + 2] == '|' || re[at + 2] == '>'))
        body = at + 3; /* an atomic group (?>…) matches some of the strings (?:…) does: its prefixes cover it */
    else if (at + 3 < len && re[at + 1] == '?' && (re[at + 2] == '<' || re[at + 2] == '\'' ||
                                                   (re[at + 2] == 'P' && re[at + 3] == '<'))) {
        size_t j = at + (re[at + 2] == 'P' ? 4 : 3);
        while (j < len && ((re[j] >= 'a' && re[j] <= 'z') || (re[j] >= 'A' && re[j] <= 'Z') ||
                           (re[j] >= '0' && re[j] <= '9') || re[j] == '_'))
            j++;
        if (j >= len || (re[j] != '>' && re[j] != '\'')) {
            P->fail = 1;
            return;
        }
        body = j + 1;
    } else {
        P->fail = 1; /* inline options, verbs, conditionals, recursion: not analysed */
        return;
    }
    S_set open = {0}, rest = {0}, got = {0};
    for (size_t i = 0; i < cur->n; i++)
        S_push(P, cur->v[i].open ? &open : &rest, &cur->v[i]);
    P->pos = body;
    S_alt(P, &open, &got);
    P->caseless = caseless;
    if (!P->fail && !(P->pos < len && re[P->pos] == ')'))
        P->fail = 1;
    if (!P->fail) {
        P->pos++;
        long lo = 1, hi = 1;
        (void)S_quant(P, &lo, &hi);
        if (hi != 1)
            S_close(&got); /* repeated: what follows may be the group again */
        for (size_t i = 0; i < got.n; i++)
            S_push(P, &rest, &got.v[i]);
        if (lo == 0)
            for (size_t i = 0; i < open.n; i++)
                S_push(P, &rest, &open.v[i]); /* the group may be absent */
    }
    free(cur->v);
    *cur = rest;
    free(open.v);
    free(got.v);
}

/* A character class at the parser's position: a short list of single characters branches the items; anything
 * else (ranges, negation, escapes for sets) ends them. */
static void S_class(S_parser *P, S_set *cur)
{
    size_t end = S_class_end(P->re, P->len, P->pos);
    if (!end) {
        P->fail = 1;
        return;
    }
    char members[8][4];
    size_t ml[8], nm = 0;
    int simple = P->re[P->pos + 1] != '^';
    for (size_t j = P->pos + 1; simple && j + 1 < end;) {
        unsigned char c = (unsigned char)P->re[j];
        size_t cl = 1;
        const char *from = P->re + j;
        if (c == '\\') {
            unsigned char e = (unsigned char)P->re[j + 1];
            if (e < 0x80 && ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9'))) {
                simple = 0;
                break;
            }
            from++;
            j++;
        } else if (c == '-' || c == '[') {
            simple = 0;
            break;
        } else if (c >= 0xC0) {
            cl = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        }
        if (nm == 8 || j + cl > end - 1) {
            simple = 0;
            break;
        }
        memcpy(members[nm], from, cl);
        ml[nm++] = cl;
        j += cl;
    }
    P->pos = end;
    long lo = 1, hi = 1;
    int q = S_quant(P, &lo, &hi);
    if (!simple || nm == 0 || (q && lo == 0) || P->caseless) {
        S_close(cur);
        return;
    }
    S_set out = {0};
    for (size_t i = 0; i < cur->n; i++) {
        if (!cur->v[i].open) {
            S_push(P, &out, &cur->v[i]);
            continue;
        }
        for (size_t k = 0; k < nm; k++) {
            S_set one = {&cur->v[i], 1, 1};
            S_item copy = cur->v[i];
            one.v = &copy;
            S_append(&one, members[k], ml[k]);
            if (hi != 1)
                copy.open = 0;
            S_push(P, &out, &copy);
        }
    }
    free(cur->v);
    *cur = out;
}

/* An optional literal character ("presos?", "n?o"): a prefix under way ends before it (it is a prefix of both
 * ways); one not started yet goes on both without it and with it (once, and no further: it may repeat). */
static void S_optional_char(S_parser *P, S_set *cur, const char *lit, size_t cl)
{
    S_set with = {0};
    for (size_t i = 0; i < cur->n; i++) {
        if (!cur->v[i].open)
            continue;
        if (cur->v[i].len || P->caseless)
            cur->v[i].open = 0;
        else
            S_push(P, &with, &cur->v[i]);
    }
    S_append(&with, lit, cl);
    S_close(&with); /* conservative: what follows may be the character again */
    for (size_t i = 0; i < with.n; i++)
        S_push(P, cur, &with.v[i]);
    free(with.v);
}

/* A letter matched caselessly: an item that has not started yet starts with it in either case (and ends
 * there, short prefixes being enough to rule most places out); an item already under way ends before it. */
static void S_caseless_letter(S_parser *P, S_set *cur, char c)
{
    S_set out = {0};
    for (size_t i = 0; i < cur->n; i++) {
        S_item it = cur->v[i];
        if (!it.open || it.len) {
            it.open = 0;
            S_push(P, &out, &it);
            continue;
        }
        /* PCRE2's caseless sets add a third member to two ASCII letters: the long s and the Kelvin sign */
        const char *forms[3] = {NULL, NULL, (c | 0x20) == 's' ? "\xC5\xBF" : (c | 0x20) == 'k' ? "\xE2\x84\xAA" : NULL};
        char lower[2] = {(char)(c | 0x20), 0}, upper[2] = {(char)(c & ~0x20), 0};
        forms[0] = lower;
        forms[1] = upper;
        for (int f = 0; f < 3 && forms[f]; f++) {
            S_item copy = it;
            copy.len = (unsigned char)strlen(forms[f]);
            memcpy(copy.s, forms[f], copy.len + 1);
            copy.open = 0;
            S_push(P, &out, &copy);
        }
    }
    free(cur->v);
    *cur = out;
}

/* A sequence of items up to '|', ')' or the end. */
static void S_seq(S_parser *P, S_set *cur)
{
    const char *re = P->re;
    while (!P->fail) {
        S_skip_ws(P);
        if (P->pos >= P->len || re[P->pos] == '|' || re[P->pos] == ')')
            return;
        unsigned char c = (unsigned char)re[P->pos];
        if (c == '(') {
            S_group(P, cur);
            continue;
        }
        if (c == '[') {
            S_class(P, cur);
            continue;
        }
        if (c == '^' || c == '$') {
            P->pos++;
            continue;
        }
        if (c == '.') {
            P->pos++;
            S_close(cur);
            S_skip_quant(P);
            continue;
        }
        if (c == '*' || c == '+' || c == '?' || c == '{') {
            P->fail = 1;
            return;
        }
        char lit[4];
        size_t cl = 1;
        if (c == '\\') {
            if (P->pos + 1 >= P->len) {
                P->fail = 1;
                return;
            }
            unsigned char e = (unsigned char)re[P->pos + 1];
            P->pos += 2;
            if (e == 'b') {
                S_set_guard(cur, 2);
                continue;
            }
            if (strchr("BAzZG", e) && e) {
                continue; /* other assertions consume nothing */
            }
            if (e == 'd' || (e == 'p' && !P->caseless && P->pos + 4 <= P->len && memcmp(re + P->pos, "{Lu}", 4) == 0)) {
                /* a digit or a capital first: its class stands for the prefix */
                if (e == 'p')
                    P->pos += 4;
                S_set_class(cur, e == 'd' ? XF_CLASS_DIGIT : XF_CLASS_UPPER);
                S_close(cur);
                S_skip_quant(P);
                continue;
            }
            if (e && strchr("sSdDwWhHvVRXNC", e)) {
                S_close(cur);
                S_skip_quant(P);
                continue;
            }
            if (e == 'p' || e == 'P' || e == 'x' || e == 'o') {
                if (P->pos < P->len && re[P->pos] == '{') {
                    const char *close = memchr(re + P->pos, '}', P->len - P->pos);
                    if (!close) {
                        P->fail = 1;
                        return;
                    }
                    P->pos = (size_t)(close - re) + 1;
                } else if (e == 'x') {
                    for (int k = 0; k < 2 && P->pos < P->len && strchr("0123456789abcdefABCDEF", re[P->pos]) &&
                                    re[P->pos];
                         k++)
                        P->pos++;
                } else {
                    P->pos++;
                }
                S_close(cur);
                S_skip_quant(P);
                continue;
            }
            if (e && strchr("tnrfae", e)) {
                S_close(cur);
                S_skip_quant(P);
                continue;
            }
            if (e == 'g' || e == 'k' || (e >= '1' && e <= '9')) {
                /* a back reference: it consumes text like a class would, so the prefix ends before it */
                if (P->pos < P->len && (re[P->pos] == '{' || re[P->pos] == '<' || re[P->pos] == '\'')) {
                    char close = re[P->pos] == '{' ? '}' : re[P->pos] == '<' ? '>' : '\'';
                    const char *c2 = memchr(re + P->pos, close, P->len - P->pos);
                    if (!c2) {
                        P->fail = 1;
                        return;
                    }
                    P->pos = (size_t)(c2 - re) + 1;
                } else {
                    while (P->pos < P->len && re[P->pos] >= '0' && re[P->pos] <= '9')
                        P->pos++;
                }
                S_close(cur);
                S_skip_quant(P);
                continue;
            }
            if (e < 0x80 && ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9'))) {
                P->fail = 1; /* \K (which moves the start), \Q and the like */
                return;
            }
            if (e >= 0x80) {
                P->fail = 1;
                return;
            }
            lit[0] = (char)e; /* an escaped punctuation mark stands for itself */
        } else {
            cl = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            if (P->pos + cl > P->len) {
                P->fail = 1;
                return;
            }
            memcpy(lit, re + P->pos, cl);
            P->pos += cl;
        }
        long lo = 1, hi = 1;
        if (S_quant(P, &lo, &hi) && lo == 0) {
            S_optional_char(P, cur, lit, cl);
            continue;
        }
        if (P->caseless && cl == 1 && ((lit[0] | 0x20) >= 'a' && (lit[0] | 0x20) <= 'z')) {
            S_caseless_letter(P, cur, lit[0]);
            continue;
        }
        if (P->caseless && (unsigned char)lit[0] >= 0x80) {
            S_close(cur); /* a letter of another script in either case: the prefix ends before it */
            continue;
        }
        S_append(cur, lit, cl);
        if (hi != 1)
            S_close(cur);
    }
}

/* Alternatives separated by '|', each read from a copy of in; their items are added to out. */
static void S_alt(S_parser *P, const S_set *in, S_set *out)
{
    for (;;) {
        S_set cur = {0};
        for (size_t i = 0; i < in->n; i++)
            S_push(P, &cur, &in->v[i]);
        S_seq(P, &cur);
        for (size_t i = 0; i < cur.n; i++)
            S_push(P, out, &cur.v[i]);
        free(cur.v);
        if (P->fail || P->pos >= P->len || P->re[P->pos] != '|')
            return;
        P->pos++;
    }
}

static int S_cmp_item(const void *a, const void *b)
{
    return strcmp(((const S_item *)a)->s, ((const S_item *)b)->s);
}

/* Whether the character s starts with is a sign: neither a letter, a digit, a mark nor white space (a comma,
 * a semicolon, a dash, a currency sign). Signs are rare enough that a prefix starting with one is tried at
 * every occurrence, after a letter too ("presos, pero"). */
static int S_sign_first(const char *s, size_t len)
{
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &cp) <= 0)
        return 0;
    utf8proc_category_t cat = utf8proc_category(cp);
    return (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_SO);
}

/* Whether an item may start a prefilter: it is not empty, and its guard holds for its first character. */
static int S_usable(const S_item *it)
{
    if (it->cls)
        return 1; /* tried wherever such a character is, whatever precedes it */
    if (it->len && S_sign_first(it->s, it->len))
        return 1; /* tried wherever it is (xf_trie_scan), so it needs no guard */
    if (!it->guard || it->len == 0)
        return 0;
    if (it->guard == 1)
        return 1;
    /* \b before a word character: what precedes is not one, so in particular not a letter */
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)it->s, it->len, &cp) <= 0)
        return 0;
    utf8proc_category_t cat = utf8proc_category(cp);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
           (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) || cp == '_';
}

/* What a class item's guards rule out before its first character (XF_NOT_AFTER_*). A letter lookbehind
 * (or a line start, or white space before) rules out an ASCII letter; \b before a capital or a digit, which
 * are word characters under PCRE2_UCP, rules out any ASCII word character. */
static unsigned S_not_after(const S_item *it)
{
    unsigned na = 0;
    if (it->guards & (1u << 1 | 1u << 2))
        na |= XF_NOT_AFTER_LETTER;
    if (it->guards & (1u << 2))
        na |= XF_NOT_AFTER_WORD;
    return na;
}

int xf_prefixes(const char *re, size_t len, xi_arena *a, const char ***out, size_t *n_out, unsigned *classes,
                unsigned char not_after[3])
{
    *out = NULL;
    *n_out = 0;
    *classes = 0;
    unsigned na[3] = {0, XF_NOT_AFTER_LETTER | XF_NOT_AFTER_WORD, XF_NOT_AFTER_LETTER | XF_NOT_AFTER_WORD};
    S_parser P = {.re = re, .len = len};
    S_set start = {0}, all = {0};
    S_item empty = {.open = 1};
    S_push(&P, &start, &empty);
    S_alt(&P, &start, &all);
    if (!P.fail && P.pos != len)
        P.fail = 1; /* an unbalanced ')' */
    long n = 0;
    for (size_t i = 0; !P.fail && i < all.n; i++) {
        /* digits are rare in text: a prefix that starts with one is as well tried at every digit */
        if (all.v[i].len && all.v[i].s[0] >= '0' && all.v[i].s[0] <= '9')
            all.v[i].cls = XF_CLASS_DIGIT;
        if (!S_usable(&all.v[i]))
            P.fail = 1;
    }
    if (!P.fail) {
        size_t k = 0;
        for (size_t i = 0; i < all.n; i++) {
            if (all.v[i].cls) {
                *classes |= 1u << all.v[i].cls;
                na[all.v[i].cls] &= S_not_after(&all.v[i]); /* what every item of the class rules out */
            } else
                all.v[k++] = all.v[i];
        }
        all.n = k;
        qsort(all.v, all.n, sizeof *all.v, S_cmp_item);
        const char **v = xi_arena_alloc(a, (all.n ? all.n : 1) * sizeof *v);
        if (!v)
            P.fail = 2;
        for (size_t i = 0; v && i < all.n; i++) {
            if (n && strcmp(v[n - 1], all.v[i].s) == 0)
                continue;
            if (!(v[n] = xi_arena_strndup(a, all.v[i].s, all.v[i].len))) {
                P.fail = 2;
                break;
            }
            n++;
        }
        *out = v;
    }
    free(start.v);
    free(all.v);
    if (P.fail == 2)
        return -1;
    if (P.fail) {
        *classes = 0;
        return 0;
    }
    *n_out = (size_t)n;
    for (unsigned c = 0; c < 3; c++)
        not_after[c] = (*classes & (1u << c)) ? (unsigned char)na[c] : 0;
    return 1;
}

/* The trie: node 0 is the root; children are chained through next. A node's marks are the rules one of whose
 * prefixes ends there. */
typedef struct {
    uint32_t child, next, marks;
    unsigned char byte;
} S_node;

typedef struct {
    unsigned rule;
    uint32_t next;
} S_mark;

struct xf_trie {
    S_node *nodes;
    size_t n, cap;
    S_mark *marks; /* marks[0] unused: 0 ends a chain */
    size_t nm, capm;
    uint32_t first[256]; /* the root's child for each first byte (0: none) */
    unsigned char sign_first[256]; /* first bytes of prefixes that start with a sign: tried after letters too */
    unsigned *cls[3];    /* per XF_CLASS_*: the rules that may start with a character of that class */
    unsigned char *cls_na[3]; /* and what each rule's guard rules out before it (XF_NOT_AFTER_*) */
    /* the same by rule number, for xf_trie_admits (which would otherwise walk every class list at every
     * place of a dateline search): [0] the classes a rule may start with (bits 1 << XF_CLASS_*), [XF_CLASS_*]
     * what may not precede it (XF_NOT_AFTER_*) */
    unsigned char (*rule_cls)[3];
    size_t n_rule_cls;
    size_t n_cls[3];
};

xf_trie *xf_trie_new(void)
{
    xf_trie *t = xi_calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->nodes = xi_calloc(64, sizeof *t->nodes);
    t->marks = xi_calloc(64, sizeof *t->marks);
    if (!t->nodes || !t->marks) {
        xf_trie_free(t);
        return NULL;
    }
    t->cap = t->capm = 64;
    t->n = t->nm = 1;
    return t;
}

void xf_trie_free(xf_trie *t)
{
    if (!t)
        return;
    free(t->nodes);
    free(t->marks);
    for (int c = 0; c < 3; c++) {
        free(t->cls[c]);
        free(t->cls_na[c]);
    }
    free(t->rule_cls);
    free(t);
}

static uint32_t S_child(const xf_trie *t, uint32_t node, unsigned char b)
{
    if (node == 0)
        return t->first[b];
    for (uint32_t c = t->nodes[node].child; c; c = t->nodes[c].next)
        if (t->nodes[c].byte == b)
            return c;
    return 0;
}

int xf_trie_add(xf_trie *t, const char *prefix, unsigned rule)
{
    if (*prefix && S_sign_first(prefix, strlen(prefix)))
        t->sign_first[(unsigned char)*prefix] = 1;
    uint32_t node = 0;
    for (const unsigned char *s = (const unsigned char *)prefix; *s; s++) {
        uint32_t c = S_child(t, node, *s);
        if (!c) {
            if (t->n == XF_MAX_NODES)
                return 1;
            if (t->n == t->cap) {
                S_node *v = xi_realloc(t->nodes, 2 * t->cap * sizeof *v);
                if (!v)
                    return -1;
                t->nodes = v;
                t->cap *= 2;
            }
            c = (uint32_t)t->n++;
            t->nodes[c] = (S_node){.byte = *s};
            if (node == 0) {
                t->first[*s] = c;
            } else {
                t->nodes[c].next = t->nodes[node].child;
                t->nodes[node].child = c;
            }
        }
        node = c;
    }
    for (uint32_t m = t->nodes[node].marks; m; m = t->marks[m].next)
        if (t->marks[m].rule == rule)
            return 0;
    if (t->nm == XF_MAX_NODES)
        return 1;
    if (t->nm == t->capm) {
        S_mark *v = xi_realloc(t->marks, 2 * t->capm * sizeof *v);
        if (!v)
            return -1;
        t->marks = v;
        t->capm *= 2;
    }
    t->marks[t->nm] = (S_mark){rule, t->nodes[node].marks};
    t->nodes[node].marks = (uint32_t)t->nm++;
    return 0;
}

int xf_trie_add_class(xf_trie *t, unsigned cls, unsigned rule, unsigned not_after)
{
    unsigned *v = xi_realloc(t->cls[cls], (t->n_cls[cls] + 1) * sizeof *v);
    if (!v)
        return -1;
    t->cls[cls] = v;
    unsigned char *na = xi_realloc(t->cls_na[cls], t->n_cls[cls] + 1);
    if (!na)
        return -1;
    t->cls_na[cls] = na;
    if (rule >= t->n_rule_cls) {
        size_t n = (size_t)rule + 1;
        unsigned char(*rc)[3] = xi_realloc(t->rule_cls, n * sizeof *rc);
        if (!rc)
            return -1;
        memset(rc + t->n_rule_cls, 0, (n - t->n_rule_cls) * sizeof *rc);
        t->rule_cls = rc;
        t->n_rule_cls = n;
    }
    unsigned char *rc = t->rule_cls[rule];
    /* rc[0]: the classes; rc[cls]: what may not precede it, for every entry of the rule in that class (an
     * entry that lets a place be wins, as in xf_trie_scan) */
    rc[cls] = (rc[0] & (1u << cls)) ? (unsigned char)(rc[cls] & not_after) : (unsigned char)not_after;
    rc[0] |= (unsigned char)(1u << cls);
    na[t->n_cls[cls]] = (unsigned char)not_after;
    v[t->n_cls[cls]++] = rule;
    return 0;
}

static int S_ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* The classes (bits 1 << XF_CLASS_*) of the character at s[pos]: \p{Lu} and \d as PCRE2_UCP reads them.
 * ASCII decides by itself; any other character is decoded and its Unicode category read, because in Spanish
 * and Portuguese text the accented lower-case letters are as frequent as capitals, and taking every one of
 * them as a possible capital cost a failed match of every capital-led rule there. A byte that does not start
 * a valid character may be of either (the texts are valid UTF-8, so that is only a safeguard). */
/* ASCII bytes that are of a class: a capital or a digit. */
static const unsigned char S_ascii_class[128] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
    ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
    ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
};

/* What the character before s[pos] is, as XF_NOT_AFTER_* bits: a class rule whose guard rules that out cannot
 * start at pos. Only ASCII is told apart; anything else rules out nothing. */
static unsigned S_after(const unsigned char *s, size_t pos)
{
    if (pos == 0)
        return 0;
    unsigned char c = s[pos - 1];
    if (S_ascii_letter(c))
        return XF_NOT_AFTER_LETTER;
    return (c >= '0' && c <= '9') || c == '_' ? XF_NOT_AFTER_WORD : 0;
}

static unsigned S_classes(const unsigned char *s, size_t len, size_t pos)
{
    unsigned char c = s[pos];
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? 1u << XF_CLASS_UPPER : (c >= '0' && c <= '9') ? 1u << XF_CLASS_DIGIT : 0;
    if (c < 0xC0)
        return 0; /* inside a character */
    utf8proc_int32_t cp;
    if (utf8proc_iterate(s + pos, (utf8proc_ssize_t)(len - pos), &cp) < 0)
        return 1u << XF_CLASS_UPPER | 1u << XF_CLASS_DIGIT;
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat == UTF8PROC_CATEGORY_LU ? 1u << XF_CLASS_UPPER : cat == UTF8PROC_CATEGORY_ND ? 1u << XF_CLASS_DIGIT : 0;
}

int xf_trie_admits(const xf_trie *t, const char *s, size_t len, size_t pos, unsigned rule)
{
    if (pos >= len)
        return 0;
    if (rule < t->n_rule_cls && t->rule_cls[rule][0]) {
        const unsigned char *rc = t->rule_cls[rule];
        unsigned cls = S_classes((const unsigned char *)s, len, pos) & rc[0];
        for (unsigned c = 1; c < 3; c++)
            if ((cls & (1u << c)) && !(rc[c] & S_after((const unsigned char *)s, pos)))
                return 1;
    }
    if (pos > 0 && S_ascii_letter((unsigned char)s[pos - 1]) && !t->sign_first[(unsigned char)s[pos]])
        return 0;
    uint32_t node = t->first[(unsigned char)s[pos]];
    for (size_t q = pos + 1; node; q++) {
        for (uint32_t m = t->nodes[node].marks; m; m = t->marks[m].next)
            if (t->marks[m].rule == rule)
                return 1;
        if (q >= len)
            break;
        node = S_child(t, node, (unsigned char)s[q]);
    }
    return 0;
}

/* The walk of xf_trie_scan and xf_trie_collect; inlined into each with its emit, so the collector's append
 * is not a call through a pointer for each of the millions of candidates a big collection gives. */
static inline int S_scan(const xf_trie *t, const char *s, size_t len, int (*emit)(void *ctx, unsigned rule, size_t pos),
                         void *ctx)
{
    const unsigned char *u = (const unsigned char *)s;
    int any_cls = t->n_cls[XF_CLASS_UPPER] || t->n_cls[XF_CLASS_DIGIT];
    for (size_t p = 0; p < len; p++) {
        uint32_t node = t->first[u[p]];
        unsigned cls = any_cls && (u[p] < 0x80 ? S_ascii_class[u[p]] : u[p] >= 0xC0) ? S_classes(u, len, p) : 0;
        if (!node && !cls)
            continue;
        unsigned after = cls ? S_after(u, p) : 0;
        for (unsigned c = 1; c < 3; c++)
            if (cls & (1u << c))
                for (size_t k = 0; k < t->n_cls[c]; k++) {
                    if (t->cls_na[c][k] & after)
                        continue; /* its guard rules this place out */
                    int rc = emit(ctx, t->cls[c][k], p);
                    if (rc)
                        return rc;
                }
        if (p > 0 && S_ascii_letter(u[p - 1]) && !t->sign_first[u[p]])
            continue;
        for (size_t q = p + 1; node; q++) {
            for (uint32_t m = t->nodes[node].marks; m; m = t->marks[m].next) {
                int rc = emit(ctx, t->marks[m].rule, p);
                if (rc)
                    return rc;
            }
            if (q >= len)
                break;
            node = S_child(t, node, u[q]);
        }
    }
    return 0;
}

int xf_trie_scan(const xf_trie *t, const char *s, size_t len, int (*emit)(void *ctx, unsigned rule, size_t pos),
                 void *ctx)
{
    return S_scan(t, s, len, emit, ctx);
}

static inline int S_collect(void *ctx, unsigned rule, size_t pos)
{
    xf_cands *c = &((xf_cands *)ctx)[rule];
    if (c->n && c->v[c->n - 1] == pos)
        return 0; /* two prefixes of one rule at one place */
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 16;
        size_t *v = xi_realloc(c->v, cap * sizeof *v);
        if (!v)
            return -1;
        c->v = v;
        c->cap = cap;
    }
    c->v[c->n++] = pos;
    return 0;
}

int xf_trie_collect(const xf_trie *t, const char *s, size_t len, xf_cands *per_rule)
{
    return S_scan(t, s, len, S_collect, per_rule);
}
