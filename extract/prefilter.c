/* prefilter.c - literal prefixes of rules, and the trie that finds them in a text (prefilter.h). */
#include "prefilter.h"

#include <limits.h>
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
    unsigned char lb;    /* passed a positive lookbehind before anything was consumed (a lead branch, prefilter.h) */
} S_item;

typedef struct {
    S_item *v;
    size_t n, cap;
    unsigned char behind; /* xf_required: read (partly) inside a lookbehind (xf_litset's behind) */
} S_set;

typedef struct {
    const char *re;
    size_t len, pos;
    int fail; /* 1: not analysable, 2: out of memory */
    int caseless; /* inside (?i: ... ) */
    /* xf_required's reading: once no item is open, the rest of the sequence cannot change the set, and is
     * skipped rather than read (so it may hold what the analysis does not understand); scratch from realloc */
    int lazy, depth;
    /* caseless letters past the first may go on in both cases (S_caseless_letter); ci_grew: some did */
    int ci_grow, ci_grew;
    /* the bodies [lb_at, lb_end) of the positive lookbehinds met before anything was consumed (lb_ci: inside
     * (?i:…)), whose literals are the rule's lead set when some way through it has no prefix (xf_prefixes_lead);
     * lb_over: more than S_MAX_LB of them */
    size_t lb_at[8], lb_end[8];
    int lb_ci[8], n_lb, lb_over;
} S_parser;
#define S_MAX_LB 8

/* Makes room in s for `more` items: P->fail 1 when the set would grow past S_MAX_SET, 2 when out of memory. */
static int S_reserve(S_parser *P, S_set *s, size_t more)
{
    if (P->fail)
        return 0;
    if (s->n + more > S_MAX_SET) {
        P->fail = 1;
        return 0;
    }
    if (s->n + more > s->cap) {
        size_t cap = s->cap ? s->cap : 8;
        while (cap < s->n + more)
            cap *= 2;
        /* xf_required's scratch (lazy): thousands of short-lived sets per load, taken from realloc itself rather
         * than the counted allocator (util.h), whose fault test samples every allocation of a load and would
         * take ten times longer; running out of memory there still fails the load */
        S_item *v = P->lazy ? realloc(s->v, cap * sizeof *v) : xi_realloc(s->v, cap * sizeof *v);
        if (!v) {
            P->fail = 2;
            return 0;
        }
        s->v = v;
        s->cap = cap;
    }
    return 1;
}

static void S_push(S_parser *P, S_set *s, const S_item *it)
{
    if (S_reserve(P, s, 1))
        s->v[s->n++] = *it;
}

/* Appends src's items to s, as S_push of each would, with one allocation at most: the readings copy whole sets at
 * every group and alternative. */
static void S_push_all(S_parser *P, S_set *s, const S_set *src)
{
    if (P->fail || !src->n || !S_reserve(P, s, src->n))
        return;
    memcpy(s->v + s->n, src->v, src->n * sizeof *src->v);
    s->n += src->n;
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

/* The ends of the groups of the regex being read by xf_prefixes or xf_required, found in one pass: the readings
 * ask for the end of one group again and again (each element of a sequence is read on from there, and the
 * lists of lexicons nest deep), and scanning for it each time was a sixth of their work. end[i] is, for a '('
 * read as one by a scan from the start, the index after its ')' (0: not closed); S_UNKNOWN elsewhere. Per
 * thread, since patterns may load on several. */
#define S_UNKNOWN UINT32_MAX
static _Thread_local struct {
    const char *re;
    size_t len;
    uint32_t *end;
} S_ends;

static size_t S_class_end(const char *re, size_t len, size_t i);

static void S_ends_begin(const char *re, size_t len)
{
    S_ends.re = NULL;
    if (len >= S_UNKNOWN)
        return;
    /* scratch from malloc, not the counted allocator (see S_push); without it every end is scanned for */
    uint32_t *end = malloc((len + 1) * sizeof *end), *open = malloc((len + 1) * sizeof *open);
    if (!end || !open) {
        free(end);
        free(open);
        return;
    }
    size_t depth = 0, j = 0;
    for (size_t k = 0; k <= len; k++)
        end[k] = S_UNKNOWN;
    for (; j < len; j++) {
        char c = re[j];
        if (c == '\\') {
            j++;
        } else if (c == '[') {
            size_t e = S_class_end(re, len, j);
            if (!e)
                break; /* a class not closed: no group open here closes (the rest is not read) */
            j = e - 1;
        } else if (c == '#') {
            while (j < len && re[j] != '\n')
                j++;
        } else if (c == '(') {
            open[depth++] = (uint32_t)j;
        } else if (c == ')' && depth) {
            end[open[--depth]] = (uint32_t)(j + 1);
        }
    }
    while (depth)
        end[open[--depth]] = 0;
    free(open);
    S_ends.re = re;
    S_ends.len = len;
    S_ends.end = end;
}

static void S_ends_end(void)
{
    if (S_ends.re)
        free(S_ends.end);
    S_ends.re = NULL;
    S_ends.end = NULL;
}

static size_t S_group_end_scan(const char *re, size_t len, size_t i);

/* The index after the group opening at i, or 0 when it is not closed before len. A scan from i up to len is
 * the beginning of the scan from i to the end of the regex, which is the one pass's from i on: when that one
 * closed the group before len, this one does at the same place, and when it did not, neither does this one. */
static size_t S_group_end(const char *re, size_t len, size_t i)
{
    if (re == S_ends.re && len <= S_ends.len && i < S_ends.len && S_ends.end[i] != S_UNKNOWN) {
        size_t e = S_ends.end[i];
        return e && e <= len ? e : 0;
    }
    return S_group_end_scan(re, len, i);
}

static size_t S_group_end_scan(const char *re, size_t len, size_t i)
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
 * one: the start of a line): what precedes the match is then not a letter either. A body of alternatives
 * with no group or class ("hostages\s|captives\s", a list of the words a match must follow) ends so when each
 * of them does (twentieth session: such a rule was scanned through every paragraph). */
static int S_space_before1(const char *re, size_t a, size_t b);
static int S_space_before(const char *re, size_t a, size_t b)
{
    if (!memchr(re + a, '|', b - a))
        return S_space_before1(re, a, b);
    for (size_t j = a; j < b; j++)
        if (re[j] == '(' || re[j] == '[' || re[j] == '#' || re[j] == ')')
            return 0;
    for (size_t j = a, from = a; j <= b; j++) {
        if (j < b && re[j] == '\\') {
            j++;
            continue;
        }
        if (j == b || re[j] == '|') {
            if (!S_space_before1(re, from, j))
                return 0;
            from = j + 1;
        }
    }
    return 1;
}

static int S_space_before1(const char *re, size_t a, size_t b)
{
    while (a < b && (re[a] == ' ' || re[a] == '\n' || re[a] == '\t'))
        a++;
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
        if (re[at + 2] == '<' && re[at + 3] == '=' && !P->lazy) {
            /* what the match starts right after, where nothing was consumed yet: a way that goes on with no
             * literal may still be found by this lookbehind's words (a lead branch) */
            int any = 0;
            for (size_t i = 0; i < cur->n; i++)
                if (cur->v[i].open && cur->v[i].len == 0 && !cur->v[i].cls)
                    cur->v[i].lb = 1, any = 1;
            if (any && P->n_lb < S_MAX_LB) {
                P->lb_at[P->n_lb] = at + 4;
                P->lb_end[P->n_lb] = end - 1;
                P->lb_ci[P->n_lb++] = P->caseless;
            } else if (any) {
                P->lb_over = 1;
            }
        }
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
    if (P->lazy && !open.n) {
        free(open.v);
        free(rest.v);
        P->caseless = caseless;
        size_t end = S_group_end(re, len, at);
        if (!end) {
            P->fail = 1;
            return;
        }
        P->pos = end;
        S_skip_quant(P);
        return;
    }
    P->pos = body;
    P->depth++;
    S_alt(P, &open, &got);
    P->depth--;
    P->caseless = caseless;
    if (!P->fail && !(P->pos < len && re[P->pos] == ')'))
        P->fail = 1;
    if (!P->fail) {
        P->pos++;
        long lo = 1, hi = 1;
        (void)S_quant(P, &lo, &hi);
        if (hi != 1)
            S_close(&got); /* repeated: what follows may be the group again */
        S_push_all(P, &rest, &got);
        if (lo == 0)
            S_push_all(P, &rest, &open); /* the group may be absent */
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
            if (e == 'x' && !P->lazy && j + 2 < end - 1 && P->re[j + 2] == '{') {
                /* a character by its number ("['\x{2018}\x{201C}]", the quotes of a quoted name): its bytes */
                size_t k = j + 3;
                long cp = 0;
                while (k < end - 1 && k < j + 10 && strchr("0123456789abcdefABCDEF", P->re[k]) && P->re[k])
                    cp = cp * 16 + (P->re[k] <= '9' ? P->re[k] - '0' : (P->re[k] | 0x20) - 'a' + 10), k++;
                utf8proc_uint8_t u[4];
                utf8proc_ssize_t ul = k > j + 3 && k < end - 1 && P->re[k] == '}' && cp > 0 && cp <= 0x10FFFF
                                          ? utf8proc_encode_char((utf8proc_int32_t)cp, u)
                                          : 0;
                if (ul <= 0 || nm == 8) {
                    simple = 0;
                    break;
                }
                memcpy(members[nm], u, (size_t)ul);
                ml[nm++] = (size_t)ul;
                j = k + 1;
                continue;
            }
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
    /* Twentieth session, the prefixes only (not the required-word reading, lazy): a class of signs that have no
     * case is read under (?i) too, and an optional one ("['\x{2018}\"]?(?:newspaper|…)") as S_optional_char
     * reads an optional character: a prefix under way ends before it, one not started goes on both without it
     * and, closed, with each member. Such rules were scanned through every paragraph. */
    int uncased = simple && nm > 0 && !P->lazy;
    for (size_t k = 0; uncased && k < nm; k++) {
        utf8proc_int32_t cp;
        uncased = utf8proc_iterate((const utf8proc_uint8_t *)members[k], (utf8proc_ssize_t)ml[k], &cp) ==
                      (utf8proc_ssize_t)ml[k] &&
                  utf8proc_tolower(cp) == cp && utf8proc_toupper(cp) == cp &&
                  !(utf8proc_category(cp) >= UTF8PROC_CATEGORY_LU && utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO);
    }
    if (uncased && q && lo == 0) {
        S_set with = {0};
        for (size_t i = 0; i < cur->n; i++) {
            if (!cur->v[i].open)
                continue;
            if (cur->v[i].len)
                cur->v[i].open = 0;
            else
                for (size_t k = 0; k < nm; k++) {
                    S_item copy = cur->v[i];
                    S_set one = {&copy, 1, 1, 0};
                    S_append(&one, members[k], ml[k]);
                    copy.open = 0; /* conservative: what follows may be the class again */
                    S_push(P, &with, &copy);
                }
        }
        for (size_t i = 0; i < with.n; i++)
            S_push(P, cur, &with.v[i]);
        free(with.v);
        return;
    }
    if (!simple || nm == 0 || (q && lo == 0) || (P->caseless && !uncased)) {
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
            S_set one = {&cur->v[i], 1, 1, 0};
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

/* How many bytes of caselessly matched letters a prefix takes at most, and how many items a set may grow to
 * by them: each letter doubles the items, and a rule of a caseless list ("(?i:{KNOWN_ORG})") tried at every
 * word that starts with one of its first letters in either case (most words of a text) costs more than its
 * longer prefixes do. */
#define S_CI_PREFIX 3
#define S_CI_ITEMS 1024

/* A letter matched caselessly: an item that has fewer than S_CI_PREFIX bytes goes on with it in either case
 * (while the set stays small; the first letter always does, and every item ends after S_CI_PREFIX bytes);
 * an item already under way ends before it. The prefixes of the required-word reading (lazy) take only the
 * first letter. */
static void S_caseless_letter(S_parser *P, S_set *cur, char c)
{
    S_set out = {0};
    size_t open = 0;
    for (size_t i = 0; i < cur->n; i++)
        open += cur->v[i].open;
    int grow = P->ci_grow && !P->lazy && cur->n + 2 * open <= S_CI_ITEMS;
    for (size_t i = 0; i < cur->n; i++) {
        S_item it = cur->v[i];
        if (!it.open || (it.len && (!grow || it.len >= S_CI_PREFIX))) {
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
            size_t fl = strlen(forms[f]);
            if (copy.len + fl > XF_MAX_PREFIX) {
                copy.open = 0; /* no room: the prefix ends before the letter */
                S_push(P, &out, &copy);
                continue;
            }
            memcpy(copy.s + copy.len, forms[f], fl + 1);
            P->ci_grew |= copy.len > 0;
            copy.len = (unsigned char)(copy.len + fl);
            copy.open = grow && copy.len < S_CI_PREFIX;
            S_push(P, &out, &copy);
        }
    }
    free(cur->v);
    *cur = out;
}

/* A sequence of items up to '|', ')' or the end. */
static size_t S_alt_end(const char *re, size_t a, size_t b);

static int S_any_open(const S_set *s)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i].open)
            return 1;
    return 0;
}

/* Whether re[a,b), passed over by the prefix reading once no prefix can grow, holds what makes a match start
 * elsewhere than where it was tried: \K (the reported start moves past the prefix, and the checks compare the
 * two) or a backtracking verb ((*COMMIT), (*SKIP): a scan would not go on to the next place). */
static int S_moves_start(const char *re, size_t a, size_t b)
{
    for (size_t j = a; j < b; j++) {
        if (re[j] == '\\' && j + 1 < b) {
            if (re[++j] == 'K')
                return 1;
        } else if (re[j] == '(' && j + 1 < b && re[j + 1] == '*')
            return 1;
    }
    return 0;
}

static void S_seq(S_parser *P, S_set *cur)
{
    const char *re = P->re;
    while (!P->fail) {
        if (P->lazy && !S_any_open(cur)) {
            /* nothing more can be added: on to the end of this alternative (of the whole sequence, outermost) */
            size_t e = P->depth == 0 ? P->len : S_alt_end(re, P->pos, P->len);
            if (e == SIZE_MAX)
                P->fail = 1;
            else
                P->pos = e;
            return;
        }
        if (!P->lazy && !S_any_open(cur)) {
            /* The prefixes too: once every item is closed the rest of this alternative can change none of them
             * (items, guards and lookbehinds are read only while some item is open), so it is passed over rather
             * than read, and may hold what the reading does not understand ("(?(DEFINE)…)" at a rule's end, a
             * lazy quantifier after a class). Twentieth session: such rules were scanned through every paragraph
             * for something far past their first word. The other alternatives of the sequence are read on. */
            size_t e = S_alt_end(re, P->pos, P->len);
            if (e == SIZE_MAX || S_moves_start(re, P->pos, e))
                P->fail = 1;
            else
                P->pos = e;
            return;
        }
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
            /* A letter of another script in either case: the prefix ends before it. Twentieth session, the
             * prefixes only: an accented Latin letter (U+00C0-U+00FE, whose only other case under PCRE2's
             * caseless matching is its Latin-1 twin: "à", "À") starts a prefix in both its forms, as a first
             * ASCII letter does, so a caseless list of articles ("(?i:o|a|à|num)") no longer leaves its rule
             * scanned everywhere. */
            utf8proc_int32_t cp = 0;
            if (!P->lazy && cl == 2 && utf8proc_iterate((const utf8proc_uint8_t *)lit, 2, &cp) == 2 && cp >= 0xC0 &&
                cp <= 0xFE && cp != 0xD7 && cp != 0xF7 && cp != 0xDF) {
                utf8proc_int32_t other = cp >= 0xE0 ? cp - 0x20 : cp + 0x20;
                utf8proc_uint8_t forms[2][2];
                utf8proc_encode_char(cp, forms[0]);
                utf8proc_encode_char(other, forms[1]);
                S_set out = {0};
                for (size_t i = 0; i < cur->n; i++) {
                    S_item it = cur->v[i];
                    if (!it.open || it.len) {
                        it.open = 0; /* done, or under way: ends before the letter */
                        S_push(P, &out, &it);
                        continue;
                    }
                    for (int f = 0; f < 2; f++) {
                        S_item copy = it;
                        S_set one = {&copy, 1, 1, 0};
                        S_append(&one, (const char *)forms[f], 2);
                        copy.open = 0;
                        S_push(P, &out, &copy);
                    }
                }
                free(cur->v);
                *cur = out;
                continue;
            }
            S_close(cur);
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
        S_push_all(P, &cur, in);
        S_seq(P, &cur);
        S_push_all(P, out, &cur);
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

static int S_prefixes(const char *re, size_t len, xi_arena *a, const char ***out, size_t *n_out, unsigned *classes,
                      unsigned char not_after[3], int ci_grow, int *ci_grew, xf_litset *lead);
static int S_lookbehind_lead(const char *re, const S_parser *P, xi_arena *a, xf_litset *lead);

int xf_prefixes(const char *re, size_t len, xi_arena *a, const char ***out, size_t *n_out, unsigned *classes,
                unsigned char not_after[3])
{
    return xf_prefixes_lead(re, len, a, out, n_out, classes, not_after, NULL);
}

int xf_prefixes_lead(const char *re, size_t len, xi_arena *a, const char ***out, size_t *n_out, unsigned *classes,
                     unsigned char not_after[3], xf_litset *lead)
{
    S_ends_begin(re, len);
    int grew = 0;
    int rc = S_prefixes(re, len, a, out, n_out, classes, not_after, 1, &grew, lead);
    /* a long caseless list whose longer prefixes overflow the set: its first letters, as before, rather than
     * no prefixes at all */
    if (rc == 0 && grew)
        rc = S_prefixes(re, len, a, out, n_out, classes, not_after, 0, &grew, lead);
    S_ends_end();
    return rc;
}

static int S_prefixes(const char *re, size_t len, xi_arena *a, const char ***out, size_t *n_out, unsigned *classes,
                      unsigned char not_after[3], int ci_grow, int *ci_grew, xf_litset *lead)
{
    *out = NULL;
    *n_out = 0;
    *classes = 0;
    if (lead)
        *lead = (xf_litset){0};
    int lead_ways = 0; /* some way has no prefix but opens with a positive lookbehind */
    unsigned na[3] = {0, XF_NOT_AFTER_LETTER | XF_NOT_AFTER_WORD, XF_NOT_AFTER_LETTER | XF_NOT_AFTER_WORD};
    S_parser P = {.re = re, .len = len, .ci_grow = ci_grow};
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
        if (S_usable(&all.v[i]))
            continue;
        if (lead && all.v[i].len == 0 && !all.v[i].cls && all.v[i].lb && !P.lb_over)
            lead_ways = 1;
        else
            P.fail = 1;
    }
    if (!P.fail && lead_ways) {
        int got = S_lookbehind_lead(re, &P, a, lead);
        if (got <= 0)
            P.fail = got < 0 ? 2 : 1;
    }
    if (!P.fail) {
        size_t k = 0;
        for (size_t i = 0; i < all.n; i++) {
            if (!all.v[i].cls && all.v[i].len == 0)
                continue; /* a lead branch's way: found by the lead set */
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
    *ci_grew = P.ci_grew;
    if (P.fail == 2)
        return -1;
    if (P.fail) {
        *classes = 0;
        if (lead)
            *lead = (xf_litset){0};
        return 0;
    }
    *n_out = (size_t)n;
    for (unsigned c = 0; c < 3; c++)
        not_after[c] = (*classes & (1u << c)) ? (unsigned char)na[c] : 0;
    return 1;
}

/* ---- required words (xf_required) ---- */

/* The most literals a required set may hold: a union over a long list's alternatives costs more to look for
 * than it saves. */
#define S_MAX_REQ_SET 512
/* The most alternatives of a group whose every alternative is read for a set of its own. */
#define S_MAX_REQ_ALTS 64

typedef struct {
    S_set *v;
    size_t n, cap;
} S_sets;

/* What the reading of one group body gave (xf_req_memo): the sets it added, or the failure it met. */
typedef struct {
    uint64_t hash;
    char *key; /* the body's text */
    size_t klen;
    unsigned char flags; /* 1: read caselessly, 2: inside a positive lookbehind */
    int fail;
    S_set *sets;
    size_t n;
} S_memo_ent;

/* The sets of group bodies already read, by their text (xf_required_memo). A lexicon or a list fragment is
 * pasted as the same text into every rule that names it, and reading its factored trie was most of the
 * required-word analysis: what a body gives depends only on its text, whether it is read caselessly and whether
 * it is inside a positive lookbehind (S_req_seq reads no further than the body's ')' and the group ends are
 * those a scan of the text alone finds, S_group_end), so each is read once per language instead of once per
 * rule. Open addressing, scratch from malloc (as S_push's). */
struct xf_req_memo {
    S_memo_ent *v;
    size_t cap, n;
};

typedef struct {
    const char *re;
    int fail; /* 1: a construct the walk does not read (no sets at all), 2: out of memory */
    int behind; /* inside how many positive lookbehinds the walk is */
    xf_req_memo *memo; /* NULL: every body is read */
} S_req;

static void S_sets_free(S_sets *ss)
{
    for (size_t i = 0; i < ss->n; i++)
        free(ss->v[i].v);
    free(ss->v);
    ss->v = NULL;
    ss->n = ss->cap = 0;
}

/* Takes set (its storage) into ss. */
static void S_sets_add(S_req *R, S_sets *ss, S_set *set)
{
    if (ss->n == ss->cap) {
        size_t cap = ss->cap ? 2 * ss->cap : 4;
        S_set *v = realloc(ss->v, cap * sizeof *v); /* scratch, as in S_push */
        if (!v) {
            R->fail = 2;
            free(set->v);
            *set = (S_set){0};
            return;
        }
        ss->v = v;
        ss->cap = cap;
    }
    ss->v[ss->n++] = *set;
    *set = (S_set){0};
}

static size_t S_min_len(const S_set *s)
{
    size_t m = SIZE_MAX;
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i].len < m)
            m = s->v[i].len;
    return m;
}

/* Whether set a is rarer than set b: a longer shortest literal, then fewer literals. */
static int S_better(const S_set *a, const S_set *b)
{
    size_t ma = S_min_len(a), mb = S_min_len(b);
    return ma != mb ? ma > mb : a->n < b->n;
}

/* The literals every match of the sequence re[a,b) starts with, when each is at least one byte of literal
 * text (no class, nothing empty): 1 and the set in *out, else 0. caseless: the sequence is inside (?i:…). */
static int S_literal_starts(S_req *R, size_t a, size_t b, int caseless, S_set *out)
{
    S_parser P = {.re = R->re, .len = b, .pos = a, .caseless = caseless, .lazy = 1};
    S_set start = {0}, all = {0};
    S_item empty = {.open = 1};
    S_push(&P, &start, &empty);
    S_alt(&P, &start, &all);
    free(start.v);
    if (P.fail == 2)
        R->fail = 2;
    int ok = !P.fail && P.pos == b && all.n > 0 && all.n <= S_MAX_REQ_SET;
    for (size_t i = 0; ok && i < all.n; i++)
        if (all.v[i].cls || all.v[i].len == 0)
            ok = 0;
    if (!ok) {
        free(all.v);
        return 0;
    }
    all.behind = R->behind > 0;
    *out = all;
    return 1;
}

static void S_req_alt(S_req *R, size_t a, size_t b, int caseless, S_sets *got);

xf_req_memo *xf_req_memo_new(void)
{
    return calloc(1, sizeof(xf_req_memo));
}

void xf_req_memo_free(xf_req_memo *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->cap; i++) {
        S_memo_ent *e = &m->v[i];
        if (!e->key)
            continue;
        for (size_t k = 0; k < e->n; k++)
            free(e->sets[k].v);
        free(e->sets);
        free(e->key);
    }
    free(m->v);
    free(m);
}

/* Bodies shorter than this are read again: hashing and copying would cost about what reading them does. */
#define S_MEMO_MIN 32

static uint64_t S_memo_hash(const char *s, size_t n, unsigned flags)
{
    return xi_hash(s, n) ^ flags;
}

/* The slot of key (or the empty one where it would go) in a table that has one free at least. */
static S_memo_ent *S_memo_slot(S_memo_ent *v, size_t cap, uint64_t h, const char *key, size_t klen, unsigned flags)
{
    for (size_t i = (size_t)h & (cap - 1);; i = (i + 1) & (cap - 1)) {
        S_memo_ent *e = &v[i];
        if (!e->key || (e->hash == h && e->flags == flags && e->klen == klen && memcmp(e->key, key, klen) == 0))
            return e;
    }
}

/* Copies sets src[0..n) onto the end of got (0), or fails (-1: out of memory, got as it was). */
static int S_sets_copy(S_sets *got, const S_set *src, size_t n)
{
    if (got->n + n > got->cap) {
        size_t cap = got->cap ? got->cap : 4;
        while (cap < got->n + n)
            cap *= 2;
        S_set *v = realloc(got->v, cap * sizeof *v);
        if (!v)
            return -1;
        got->v = v;
        got->cap = cap;
    }
    for (size_t k = 0; k < n; k++) {
        S_set c = {0};
        c.behind = src[k].behind;
        if (src[k].n && !(c.v = malloc(src[k].n * sizeof *c.v))) {
            for (size_t j = 0; j < k; j++)
                free(got->v[got->n + j].v);
            return -1;
        }
        if (src[k].n)
            memcpy(c.v, src[k].v, src[k].n * sizeof *c.v);
        c.n = c.cap = src[k].n;
        got->v[got->n + k] = c;
    }
    got->n += n;
    return 0;
}

/* S_req_alt of a group body re[a,b), through R->memo: the same sets in the same order, or the same failure. */
static void S_req_body(S_req *R, size_t a, size_t b, int caseless, S_sets *got)
{
    xf_req_memo *m = R->memo;
    if (!m || b - a < S_MEMO_MIN) {
        S_req_alt(R, a, b, caseless, got);
        return;
    }
    const char *key = R->re + a;
    size_t klen = b - a;
    unsigned flags = (caseless ? 1u : 0u) | (R->behind > 0 ? 2u : 0u);
    uint64_t h = S_memo_hash(key, klen, flags);
    if (m->cap) {
        S_memo_ent *e = S_memo_slot(m->v, m->cap, h, key, klen, flags);
        if (e->key) {
            if (e->fail)
                R->fail = e->fail;
            else if (S_sets_copy(got, e->sets, e->n) < 0)
                R->fail = 2;
            return;
        }
    }
    size_t n0 = got->n;
    S_req_alt(R, a, b, caseless, got);
    if (R->fail == 2)
        return;
    /* kept at most half full; a memo that cannot grow only stops remembering */
    if (2 * (m->n + 1) > m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 64;
        S_memo_ent *v = calloc(cap, sizeof *v);
        if (!v)
            return;
        for (size_t i = 0; i < m->cap; i++)
            if (m->v[i].key)
                *S_memo_slot(v, cap, m->v[i].hash, m->v[i].key, m->v[i].klen, m->v[i].flags) = m->v[i];
        free(m->v);
        m->v = v;
        m->cap = cap;
    }
    S_memo_ent e = {.hash = h, .klen = klen, .flags = (unsigned char)flags, .fail = R->fail};
    if (!(e.key = malloc(klen)))
        return;
    memcpy(e.key, key, klen);
    if (!e.fail && got->n > n0) {
        S_sets tmp = {0};
        if (S_sets_copy(&tmp, got->v + n0, got->n - n0) < 0) {
            free(e.key);
            return;
        }
        e.sets = tmp.v;
        e.n = tmp.n;
    }
    *S_memo_slot(m->v, m->cap, h, key, klen, flags) = e;
    m->n++;
}

/* The end of the alternative that starts at a: the next '|' outside groups and classes, or the ')' that
 * closes the group it is in, or b (SIZE_MAX when a group or class is not closed). */
static size_t S_alt_end(const char *re, size_t a, size_t b)
{
    for (size_t j = a; j < b; j++) {
        char c = re[j];
        if (c == '\\')
            j++;
        else if (c == '[') {
            size_t e = S_class_end(re, b, j);
            if (!e)
                return SIZE_MAX;
            j = e - 1;
        } else if (c == '#') {
            while (j < b && re[j] != '\n')
                j++;
        } else if (c == '(') {
            size_t e = S_group_end(re, b, j);
            if (!e)
                return SIZE_MAX;
            j = e - 1;
        } else if (c == '|' || c == ')')
            return j;
    }
    return b;
}

/* Walks one alternative re[a,b): for every element each match must pass through (its quantifier's minimum is
 * not 0; lookbehinds and negative lookaheads do not count), the literals the rest of the sequence starts with
 * there are a candidate set, and so are the candidates of its body when it is a group. */
static void S_req_seq(S_req *R, size_t a, size_t b, int caseless, S_sets *got)
{
    const char *re = R->re;
    int after_literal = 0; /* the element before was one literal character that must be there */
    for (size_t i = a; i < b && !R->fail;) {
        S_parser Q = {.re = re, .len = b, .pos = i};
        S_skip_ws(&Q);
        i = Q.pos;
        if (i >= b)
            break;
        size_t at = i, body = 0, body_end = 0;
        int consumes = 1, group = 0, body_ci = caseless, literal = 0, behind = 0;
        unsigned char c = (unsigned char)re[i];
        if (c == '(') {
            size_t end = S_group_end(re, b, i);
            if (!end || i + 2 >= end) {
                R->fail = 1;
                return;
            }
            if (re[i + 1] == '?') {
                char k = re[i + 2];
                if (k == '=')
                    consumes = 0, group = 1, body = i + 3; /* what it reads lies inside the subject, after the start */
                else if (k == '<' && i + 3 < end && re[i + 3] == '=')
                    /* what it reads may lie before the start, by the rule's longest lookbehind at most: its sets
                     * are marked so (behind) */
                    consumes = 0, group = 1, body = i + 4, behind = 1;
                else if (k == '!' || (k == '<' && i + 3 < end && re[i + 3] == '!'))
                    consumes = 0; /* must not be there */
                else if (k == ':' || k == '|' || k == '>')
                    group = 1, body = i + 3;
                else if (k == 'i' && i + 3 < end && re[i + 3] == ':')
                    group = 1, body = i + 4, body_ci = 1;
                else if (k == '<' || k == '\'' || (k == 'P' && i + 3 < end && re[i + 3] == '<')) {
                    size_t j = i + (k == 'P' ? 4 : 3);
                    while (j < end && ((re[j] >= 'a' && re[j] <= 'z') || (re[j] >= 'A' && re[j] <= 'Z') ||
                                       (re[j] >= '0' && re[j] <= '9') || re[j] == '_'))
                        j++;
                    if (j >= end || (re[j] != '>' && re[j] != '\'')) {
                        R->fail = 1;
                        return;
                    }
                    group = 1, body = j + 1;
                } else {
                    R->fail = 1; /* inline options, conditionals, recursion: not read */
                    return;
                }
            } else if (re[i + 1] == '*') {
                R->fail = 1; /* a verb */
                return;
            } else
                group = 1, body = i + 1;
            body_end = end - 1;
            i = end;
        } else if (c == '[') {
            size_t end = S_class_end(re, b, i);
            if (!end) {
                R->fail = 1;
                return;
            }
            i = end;
        } else if (c == '\\') {
            if (i + 1 >= b) {
                R->fail = 1;
                return;
            }
            unsigned char e = (unsigned char)re[i + 1];
            i += 2;
            if (e == 'Q' || e == 'E' || e == 'K' || e == 'c' || e >= 0x80) {
                R->fail = 1; /* \K moves the start; the others are not read */
                return;
            }
            if (strchr("bBAzZG", e))
                consumes = 0;
            if (strchr("pPxogk", e) && i < b && (re[i] == '{' || re[i] == '<' || re[i] == '\'')) {
                char close = re[i] == '{' ? '}' : re[i] == '<' ? '>' : '\'';
                const char *c2 = memchr(re + i, close, b - i);
                if (!c2) {
                    R->fail = 1;
                    return;
                }
                i = (size_t)(c2 - re) + 1;
            } else if (e == 'x') {
                for (int k = 0; k < 2 && i < b && strchr("0123456789abcdefABCDEF", re[i]) && re[i]; k++)
                    i++;
            } else if (e == 'p' || e == 'P') {
                i++; /* \pL */
            } else if (e >= '1' && e <= '9') {
                while (i < b && re[i] >= '0' && re[i] <= '9')
                    i++;
            } else if (e == 'o' || e == 'g' || e == 'k') {
                R->fail = 1;
                return;
            } else if (!((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')))
                literal = 1; /* an escaped sign */
        } else if (c == '^' || c == '$') {
            i++;
            consumes = 0;
        } else if (c == '*' || c == '+' || c == '?' || c == '{' || c == ')' || c == '|') {
            R->fail = 1;
            return;
        } else {
            i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            literal = c != '.';
        }
        Q.pos = i;
        long lo = 1, hi = 1;
        (void)S_quant(&Q, &lo, &hi);
        i = Q.pos;
        if (i > b) {
            R->fail = 1;
            return;
        }
        if (lo == 0) {
            after_literal = 0;
            continue;
        }
        /* the sequence from here on: not right after a literal that must be there, whose start gave a longer
         * literal of the same places */
        if (consumes && !after_literal) {
            S_set s;
            if (S_literal_starts(R, at, b, caseless, &s))
                S_sets_add(R, got, &s);
        }
        after_literal = literal && consumes && hi == 1 && !caseless;
        if (group && body_end > body) {
            R->behind += behind;
            S_req_body(R, body, body_end, body_ci, got);
            R->behind -= behind;
        }
    }
}

/* A group's body re[a,b): one alternative gives its candidates; several give one set, the union of each one's
 * best, when every alternative has one. */
static void S_req_alt(S_req *R, size_t a, size_t b, int caseless, S_sets *got)
{
    size_t e = S_alt_end(R->re, a, b);
    if (e == SIZE_MAX) {
        R->fail = 1;
        return;
    }
    if (e == b) {
        S_req_seq(R, a, b, caseless, got);
        return;
    }
    /* A long list (a lexicon, a list fragment): the literals the group starts with, which the sequence around
     * it gives, are as good, and reading each word costs load time. */
    size_t n_alts = 1;
    for (size_t s = e; s < b && n_alts <= S_MAX_REQ_ALTS; n_alts++) {
        s = S_alt_end(R->re, s + 1, b);
        if (s == SIZE_MAX) {
            R->fail = 1;
            return;
        }
    }
    if (n_alts > S_MAX_REQ_ALTS)
        return;
    S_set uni = {0};
    int ok = 1;
    for (size_t s = a; ok && !R->fail;) {
        e = S_alt_end(R->re, s, b);
        if (e == SIZE_MAX) {
            R->fail = 1;
            break;
        }
        S_sets mine = {0};
        S_req_seq(R, s, e, caseless, &mine);
        size_t best = SIZE_MAX;
        for (size_t i = 0; i < mine.n; i++)
            if (S_min_len(&mine.v[i]) >= XF_MIN_REQUIRED && (best == SIZE_MAX || S_better(&mine.v[i], &mine.v[best])))
                best = i;
        if (best == SIZE_MAX || uni.n + mine.v[best].n > S_MAX_REQ_SET)
            ok = 0;
        else {
            S_parser P = {.lazy = 1};
            for (size_t i = 0; i < mine.v[best].n && !P.fail; i++)
                S_push(&P, &uni, &mine.v[best].v[i]);
            uni.behind |= mine.v[best].behind;
            if (P.fail)
                ok = 0, R->fail = 2;
        }
        S_sets_free(&mine);
        if (e >= b)
            break;
        s = e + 1;
    }
    if (ok && !R->fail)
        S_sets_add(R, got, &uni);
    free(uni.v);
}

static int S_lead_alt(S_req *R, size_t a, size_t b, int caseless, S_set *out, int depth);

/* The lead set of the sequence re[a,b) (prefilter.h): past what neither consumes nor moves the start (\b, \B,
 * negative lookarounds), the positive lookbehind it opens with gives the literals its alternatives start with,
 * or the group it opens with (passed exactly once) the union of its alternatives' lead sets. 1 with the set in
 * *out, 0 when the sequence opens with anything else. */
static int S_lead_seq(S_req *R, size_t a, size_t b, int caseless, S_set *out, int depth)
{
    const char *re = R->re;
    for (size_t i = a; i < b && depth < 16;) {
        S_parser Q = {.re = re, .len = b, .pos = i};
        S_skip_ws(&Q);
        i = Q.pos;
        if (i + 1 >= b)
            return 0;
        if (re[i] == '\\' && (re[i + 1] == 'b' || re[i + 1] == 'B')) {
            i += 2;
            continue;
        }
        if (re[i] != '(' || re[i + 1] == '*')
            return 0;
        size_t end = S_group_end(re, b, i);
        if (!end || i + 2 >= end)
            return 0;
        long lo = 1, hi = 1;
        Q.pos = end;
        if (S_quant(&Q, &lo, &hi))
            return 0; /* a group passed more or fewer times than once */
        size_t body = i + 1;
        int ci = caseless;
        if (re[i + 1] == '?') {
            char k = re[i + 2];
            if (k == '!' || (k == '<' && i + 3 < end && re[i + 3] == '!')) {
                i = end; /* must not be there: consumes nothing, moves nothing */
                continue;
            }
            if (k == '<' && i + 3 < end && re[i + 3] == '=')
                return S_lead_alt(R, i + 4, end - 1, caseless, out, -1);
            if (k == ':' || k == '>')
                body = i + 3;
            else if (k == 'i' && i + 3 < end && re[i + 3] == ':')
                body = i + 4, ci = 1;
            else if (k == '<' || k == '\'' || (k == 'P' && i + 3 < end && re[i + 3] == '<')) {
                size_t j = i + (k == 'P' ? 4 : 3);
                while (j < end && ((re[j] >= 'a' && re[j] <= 'z') || (re[j] >= 'A' && re[j] <= 'Z') ||
                                   (re[j] >= '0' && re[j] <= '9') || re[j] == '_'))
                    j++;
                if (j >= end || (re[j] != '>' && re[j] != '\''))
                    return 0;
                body = j + 1;
            } else
                return 0; /* a lookahead, options, conditionals: not read */
        }
        return S_lead_alt(R, body, end - 1, ci, out, depth + 1);
    }
    return 0;
}

/* The union of the lead sets of the alternatives of re[a,b), when each has one. */
static int S_lead_alt(S_req *R, size_t a, size_t b, int caseless, S_set *out, int depth)
{
    S_set uni = {0};
    int ok = 1;
    for (size_t s = a; ok && !R->fail;) {
        size_t e = S_alt_end(R->re, s, b);
        if (e == SIZE_MAX) {
            ok = 0;
            break;
        }
        /* depth -1: the alternatives of the lookbehind, each read for the literals it starts with (one at a time:
         * S_literal_starts reads a sequence) */
        S_set mine = {0};
        int got = depth < 0 ? S_literal_starts(R, s, e, caseless, &mine) : S_lead_seq(R, s, e, caseless, &mine, depth);
        if (!got || uni.n + mine.n > S_MAX_REQ_SET)
            ok = 0;
        else {
            S_parser P = {.lazy = 1};
            for (size_t i = 0; i < mine.n && !P.fail; i++)
                S_push(&P, &uni, &mine.v[i]);
            if (P.fail)
                ok = 0, R->fail = 2;
        }
        free(mine.v);
        if (e >= b)
            break;
        s = e + 1;
    }
    if (!ok || R->fail || uni.n == 0) {
        free(uni.v);
        return 0;
    }
    uni.behind = 1;
    *out = uni;
    return 1;
}

/* The lead set of a prefiltered rule some of whose ways have no prefix but open with a positive lookbehind (read
 * by S_prefixes into P): the literals the alternatives of each such lookbehind start with, sorted, without
 * repeats, in the arena. 1 with *lead, 0 when some alternative starts with no literal of XF_MIN_LEAD bytes, -1
 * when out of memory. */
static int S_lookbehind_lead(const char *re, const S_parser *P, xi_arena *a, xf_litset *lead)
{
    S_set uni = {0};
    S_req R = {.re = re};
    int ok = P->n_lb > 0;
    for (int i = 0; ok && i < P->n_lb; i++) {
        S_set one = {0};
        ok = S_lead_alt(&R, P->lb_at[i], P->lb_end[i], P->lb_ci[i], &one, -1);
        S_parser Q = {.lazy = 1};
        for (size_t j = 0; ok && j < one.n && !Q.fail; j++)
            S_push(&Q, &uni, &one.v[j]);
        if (Q.fail)
            ok = 0, R.fail = Q.fail == 2 ? 2 : R.fail;
        free(one.v);
    }
    if (ok && (uni.n == 0 || uni.n > S_MAX_REQ_SET || S_min_len(&uni) < XF_MIN_LEAD))
        ok = 0;
    const char **v = NULL;
    size_t n = 0;
    if (ok && !R.fail) {
        qsort(uni.v, uni.n, sizeof *uni.v, S_cmp_item);
        if (!(v = xi_arena_alloc(a, uni.n * sizeof *v)))
            R.fail = 2;
        for (size_t j = 0; v && j < uni.n; j++) {
            if (n && strcmp(v[n - 1], uni.v[j].s) == 0)
                continue;
            if (!(v[n++] = xi_arena_strndup(a, uni.v[j].s, uni.v[j].len)))
                R.fail = 2, v = NULL;
        }
    }
    size_t min_len = ok && v ? S_min_len(&uni) : 0;
    free(uni.v);
    if (R.fail == 2)
        return -1;
    if (!ok || !v)
        return 0;
    *lead = (xf_litset){v, n, min_len, 1, 1};
    return 1;
}

/* Whether every literal of s is one of the rule's prefixes (sorted): the prefilter asks for those already. */
static int S_only_prefixes(const S_set *s, const char *const *prefixes, size_t n)
{
    for (size_t i = 0; i < s->n; i++) {
        int found = 0;
        for (size_t k = 0; k < n && !found; k++)
            found = strcmp(prefixes[k], s->v[i].s) == 0;
        if (!found)
            return 0;
    }
    return 1;
}

/* Whether a match that holds a literal of set a holds one of set b too: each of a's starts with one of b's. */
static int S_implies(const S_set *a, const S_set *b)
{
    for (size_t i = 0; i < a->n; i++) {
        int found = 0;
        for (size_t k = 0; k < b->n && !found; k++)
            found = b->v[k].len <= a->v[i].len && memcmp(a->v[i].s, b->v[k].s, b->v[k].len) == 0;
        if (!found)
            return 0;
    }
    return 1;
}

static int S_required(const char *re, size_t len, const char *const *prefixes, size_t n_prefixes, unsigned classes,
                      int lead, xi_arena *a, xf_litset out[XF_MAX_REQUIRED], unsigned *n_out, xf_req_memo *memo);

int xf_required(const char *re, size_t len, const char *const *prefixes, size_t n_prefixes, unsigned classes,
                int lead, xi_arena *a, xf_litset out[XF_MAX_REQUIRED], unsigned *n_out)
{
    return xf_required_memo(re, len, prefixes, n_prefixes, classes, lead, a, out, n_out, NULL);
}

int xf_required_memo(const char *re, size_t len, const char *const *prefixes, size_t n_prefixes, unsigned classes,
                     int lead, xi_arena *a, xf_litset out[XF_MAX_REQUIRED], unsigned *n_out, xf_req_memo *memo)
{
    S_ends_begin(re, len);
    int rc = S_required(re, len, prefixes, n_prefixes, classes, lead, a, out, n_out, memo);
    S_ends_end();
    return rc;
}

static int S_required(const char *re, size_t len, const char *const *prefixes, size_t n_prefixes, unsigned classes,
                      int lead, xi_arena *a, xf_litset out[XF_MAX_REQUIRED], unsigned *n_out, xf_req_memo *memo)
{
    *n_out = 0;
    S_req R = {.re = re, .memo = memo};
    S_sets got = {0};
    S_req_alt(&R, 0, len, 0, &got);
    int rc = R.fail == 2 ? -1 : 0;
    /* the lead set, read apart (a walk that fails on some later construct still has it), kept after the others */
    S_set ls = {0};
    int has_lead = 0;
    if (lead && rc == 0) {
        S_req L = {.re = re};
        has_lead = S_lead_alt(&L, 0, len, 0, &ls, 0) && S_min_len(&ls) >= XF_MIN_LEAD;
        if (L.fail == 2)
            rc = -1;
        if (has_lead) {
            qsort(ls.v, ls.n, sizeof *ls.v, S_cmp_item);
            size_t k = 0;
            for (size_t j = 0; j < ls.n; j++)
                if (!k || strcmp(ls.v[k - 1].s, ls.v[j].s) != 0)
                    ls.v[k++] = ls.v[j];
            ls.n = k;
        }
    }
    if (R.fail)
        S_sets_free(&got); /* no required sets: only the lead set, if any */
    if (rc == 0 && (!R.fail || has_lead)) {
        /* sorted, without repeats */
        for (size_t i = 0; i < got.n; i++) {
            S_set *s = &got.v[i];
            qsort(s->v, s->n, sizeof *s->v, S_cmp_item);
            size_t k = 0;
            for (size_t j = 0; j < s->n; j++)
                if (!k || strcmp(s->v[k - 1].s, s->v[j].s) != 0)
                    s->v[k++] = s->v[j];
            s->n = k;
        }
        unsigned n = 0;
        size_t pick[XF_MAX_REQUIRED];
        while (n < XF_MAX_REQUIRED - 1) {
            size_t best = SIZE_MAX;
            for (size_t i = 0; i < got.n; i++) {
                const S_set *s = &got.v[i];
                int taken = 0;
                for (unsigned k = 0; k < n && !taken; k++)
                    taken = pick[k] == i || S_implies(&got.v[pick[k]], s);
                if (taken || S_min_len(s) < XF_MIN_REQUIRED ||
                    (!classes && S_only_prefixes(s, prefixes, n_prefixes)))
                    continue;
                if (best == SIZE_MAX || S_better(s, &got.v[best]))
                    best = i;
            }
            if (best == SIZE_MAX)
                break;
            pick[n++] = best;
        }
        for (unsigned k = 0; k < n && rc == 0; k++) {
            const S_set *s = &got.v[pick[k]];
            const char **v = xi_arena_alloc(a, s->n * sizeof *v);
            if (!v) {
                rc = -1;
                break;
            }
            for (size_t i = 0; i < s->n; i++)
                if (!(v[i] = xi_arena_strndup(a, s->v[i].s, s->v[i].len))) {
                    rc = -1;
                    break;
                }
            out[k] = (xf_litset){v, s->n, S_min_len(s), s->behind, 0};
        }
        if (rc == 0 && has_lead) {
            const char **v = xi_arena_alloc(a, ls.n * sizeof *v);
            for (size_t i = 0; v && i < ls.n; i++)
                if (!(v[i] = xi_arena_strndup(a, ls.v[i].s, ls.v[i].len)))
                    v = NULL;
            if (!v)
                rc = -1;
            else
                out[n++] = (xf_litset){v, ls.n, S_min_len(&ls), 1, 1};
        }
        if (rc == 0)
            *n_out = n;
    }
    free(ls.v);
    S_sets_free(&got);
    return rc;
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
    /* the bytes at which a walk has anything to do right after an ASCII letter: a sign a prefix starts with, or
     * the first byte of a character that may be of a class (an ASCII capital or digit, a multi-byte lead); the
     * rest of a word is passed over with one load per byte */
    unsigned char after_letter[256];
    unsigned *cls[3];    /* per XF_CLASS_*: the rules that may start with a character of that class */
    unsigned char *cls_na[3]; /* and what each rule's guard rules out before it (XF_NOT_AFTER_*) */
    /* the same by rule number, for xf_trie_admits (which would otherwise walk every class list at every
     * place of a dateline search): [0] the classes a rule may start with (bits 1 << XF_CLASS_*), [XF_CLASS_*]
     * what may not precede it (XF_NOT_AFTER_*) */
    unsigned char (*rule_cls)[3];
    size_t n_rule_cls;
    size_t n_cls[3];
    /* After xf_trie_seal: the transitions as a double array over the bytes' classes (alpha[b], 1 .. n_alpha - 1
     * for the bytes the prefixes use, 0 for any other byte). A sealed walk's states are slots of da, not node
     * numbers: the child of slot s by byte b is slot c = da[s].base + alpha[b] if da[c].check == s, else none;
     * da_first[b] is the slot of the root's child by b (0: none). A text walk then takes one load per byte
     * instead of a chase along a node's chain of children. (Until the twenty-seventh session this was a dense
     * table of n_alpha 16-bit entries per node: 0.35-1 MB a trie, twelve tries, so nearly every step of a walk
     * was a cache miss, and the two walks of each document were 14.5% of a collection's time; the double array
     * packs the same transitions into a few slots per node, 12 bytes each, 40-100 KB a trie.)
     * Each slot's marks are one run of rule numbers, mrule[da[s].mark_lo .. da[s + 1].mark_lo), in the order of
     * its node's chain, so the walk reads the check, the next base and the marks' bounds from one cache line. */
    struct xf_slot {
        uint32_t base, check, mark_lo;
    } *da;
    size_t n_da; /* slots 0 .. n_da - 1 (0 unused), and da[n_da] for the last run's end */
    uint32_t da_first[256];
    unsigned char alpha[256];
    size_t n_alpha;
    unsigned *mrule;
    /* And a filter of the places a walk can emit anything at all: a string of three bytes or more starts there
     * with one of the trie's three-byte prefixes (tri, a bit per hash of the three bytes), or a string of one or
     * two bytes is there (short1 by its byte, short2 a bit per pair). One load of an 8 KiB map turns away most
     * places of a text, where the walk would take two or three dependent loads from the table to find nothing. */
    uint64_t tri[1024], short2[1024];
    unsigned char short1[256];
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
    for (unsigned b = 0; b < 256; b++)
        t->after_letter[b] = b < 0x80 ? (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') : b >= 0xC0;
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
    free(t->da);
    free(t->mrule);
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

/* The child of slot s of a sealed trie by byte b (0: none); see struct xf_trie. A byte of class 0 and a slot
 * without children (base 0) land on a slot whose check is another slot's number or 0, never s. */
static inline uint32_t S_da_step(const xf_trie *t, uint32_t s, unsigned char b)
{
    uint32_t c = t->da[s].base + t->alpha[b];
    return t->da[c].check == s ? c : 0;
}

/* The bit of the three bytes at s in xf_trie's tri map. */
static inline uint32_t S_tri_hash(const unsigned char *s)
{
    return (((uint32_t)s[0] << 16 | (uint32_t)s[1] << 8 | s[2]) * 2654435761u) >> 16;
}

static inline int S_bit(const uint64_t *map, uint32_t i) { return (int)(map[i >> 6] >> (i & 63)) & 1; }

/* Whether a walk of sealed trie t from s[0] (with at least three bytes there) can find a string: see tri. */
static inline int S_may_start(const xf_trie *t, const unsigned char *s)
{
    return t->short1[s[0]] || S_bit(t->short2, (uint32_t)s[0] << 8 | s[1]) || S_bit(t->tri, S_tri_hash(s));
}

/* Unseals: the walks go back to the chains until the next xf_trie_seal. */
static void S_unseal(xf_trie *t)
{
    free(t->da);
    t->da = NULL;
    t->n_da = 0;
    memset(t->da_first, 0, sizeof t->da_first);
    free(t->mrule);
    t->mrule = NULL;
}

/* Fills the marks' runs (by slot: node_at[slot] is the node a slot holds, 0 none) and the filter of a sealed
 * trie (see struct xf_trie); 0 or -1 when out of memory. */
static int S_seal_marks(xf_trie *t, const uint32_t *node_at)
{
    t->mrule = xi_malloc((t->nm ? t->nm : 1) * sizeof *t->mrule);
    if (!t->mrule)
        return -1;
    uint32_t k = 0;
    for (size_t i = 0; i < t->n_da; i++) {
        t->da[i].mark_lo = k;
        if (node_at[i])
            for (uint32_t m = t->nodes[node_at[i]].marks; m; m = t->marks[m].next)
                t->mrule[k++] = t->marks[m].rule;
    }
    t->da[t->n_da].mark_lo = k;
    memset(t->tri, 0, sizeof t->tri);
    memset(t->short2, 0, sizeof t->short2);
    memset(t->short1, 0, sizeof t->short1);
    for (unsigned b0 = 0; b0 < 256; b0++) {
        uint32_t n1 = t->first[b0];
        if (!n1)
            continue;
        t->short1[b0] = t->nodes[n1].marks != 0;
        for (uint32_t n2 = t->nodes[n1].child; n2; n2 = t->nodes[n2].next) {
            uint32_t pair = b0 << 8 | t->nodes[n2].byte;
            if (t->nodes[n2].marks)
                t->short2[pair >> 6] |= 1ull << (pair & 63);
            for (uint32_t n3 = t->nodes[n2].child; n3; n3 = t->nodes[n3].next) {
                unsigned char three[3] = {(unsigned char)b0, t->nodes[n2].byte, t->nodes[n3].byte};
                uint32_t h = S_tri_hash(three);
                t->tri[h >> 6] |= 1ull << (h & 63);
            }
        }
    }
    return 0;
}

int xf_trie_seal(xf_trie *t)
{
    S_unseal(t);
    if (t->n > UINT16_MAX)
        return 0; /* too big for 16-bit entries (a hostile pattern set): the chains serve */
    memset(t->alpha, 0, sizeof t->alpha);
    t->n_alpha = 1; /* class 0: a byte no prefix uses */
    for (size_t i = 1; i < t->n; i++)
        if (!t->alpha[t->nodes[i].byte]) {
            if (t->n_alpha == UCHAR_MAX)
                return 0; /* nearly every byte value in use: the chains serve */
            t->alpha[t->nodes[i].byte] = (unsigned char)t->n_alpha++;
        }
    /* The double array (struct xf_trie): the nodes are placed breadth first, the root's children in the first
     * free slots, then each node's children at the lowest base where every one of their slots is free (first
     * fit, from the lowest free slot), so the shallow nodes that most walks visit share a few cache lines.
     * node_at[slot]: the node a slot holds (0: free); slot_of[node] its inverse. */
    size_t cap = 2 * t->n + 2 * t->n_alpha + 64, hi = 0;
    uint32_t *node_at = xi_calloc(cap, sizeof *node_at);
    uint32_t *slot_of = xi_calloc(t->n, sizeof *slot_of);
    uint32_t *base = xi_calloc(t->n, sizeof *base);
    uint32_t *queue = xi_malloc(t->n * sizeof *queue);
    unsigned char *codes = xi_malloc(256);
    int rc = node_at && slot_of && base && queue && codes ? 0 : -1;
    size_t qn = 0, lo = 1; /* lo: no free slot below it (slot 0 is never used) */
    for (unsigned b = 0; b < 256 && rc == 0; b++)
        if (t->first[b]) {
            slot_of[t->first[b]] = (uint32_t)lo;
            node_at[lo] = t->first[b];
            t->da_first[b] = (uint32_t)lo;
            queue[qn++] = t->first[b];
            hi = lo++;
        }
    for (size_t qi = 0; qi < qn && rc == 0; qi++) {
        uint32_t u = queue[qi];
        size_t nc = 0;
        unsigned char mn = UCHAR_MAX, mx = 0;
        for (uint32_t c = t->nodes[u].child; c; c = t->nodes[c].next) {
            unsigned char a = t->alpha[t->nodes[c].byte];
            codes[nc++] = a;
            mn = a < mn ? a : mn;
            mx = a > mx ? a : mx;
        }
        if (!nc)
            continue; /* base 0 */
        while (lo < cap && node_at[lo])
            lo++;
        size_t b = lo > mn ? lo - mn : 1;
        for (;; b++) {
            if (b + mx + t->n_alpha >= cap) { /* room for the slots and a full row past them */
                size_t ncap = 2 * cap + mx + t->n_alpha;
                uint32_t *v = xi_realloc(node_at, ncap * sizeof *v);
                if (!v) {
                    rc = -1;
                    break;
                }
                memset(v + cap, 0, (ncap - cap) * sizeof *v);
                node_at = v;
                cap = ncap;
            }
            size_t k = 0;
            while (k < nc && !node_at[b + codes[k]])
                k++;
            if (k == nc)
                break;
        }
        if (rc < 0)
            break;
        base[u] = (uint32_t)b;
        for (uint32_t c = t->nodes[u].child; c; c = t->nodes[c].next) {
            size_t sl = b + t->alpha[t->nodes[c].byte];
            node_at[sl] = c;
            slot_of[c] = (uint32_t)sl;
            queue[qn++] = c;
            hi = sl > hi ? sl : hi;
        }
    }
    if (rc == 0 && hi + t->n_alpha + 1 > UINT32_MAX)
        rc = 1; /* cannot happen below XF_MAX_NODES; the chains would serve */
    if (rc == 0) {
        t->n_da = hi + t->n_alpha; /* every base + code of a placed node is below it */
        t->da = xi_calloc(t->n_da + 1, sizeof *t->da);
        if (!t->da)
            rc = -1;
    }
    for (size_t sl = 1; rc == 0 && sl <= hi; sl++)
        if (node_at[sl]) {
            uint32_t u = node_at[sl];
            t->da[sl].base = base[u];
            for (uint32_t c = t->nodes[u].child; c; c = t->nodes[c].next)
                t->da[slot_of[c]].check = (uint32_t)sl;
        }
    if (rc == 0 && S_seal_marks(t, node_at) < 0)
        rc = -1;
    free(node_at);
    free(slot_of);
    free(base);
    free(queue);
    free(codes);
    if (rc != 0) {
        S_unseal(t);
        return rc < 0 ? -1 : 0;
    }
    return 0;
}

size_t xf_trie_table_bytes(const xf_trie *t) { return t->da ? (t->n_da + 1) * sizeof *t->da : 0; }

int xf_trie_add(xf_trie *t, const char *prefix, unsigned rule)
{
    S_unseal(t); /* a change unseals */
    if (*prefix && S_sign_first(prefix, strlen(prefix)))
        t->sign_first[(unsigned char)*prefix] = t->after_letter[(unsigned char)*prefix] = 1;
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
    if (t->da) {
        for (uint32_t sl = t->da_first[(unsigned char)s[pos]], q = 0; sl; q++) {
            for (uint32_t k = t->da[sl].mark_lo; k < t->da[sl + 1].mark_lo; k++)
                if (t->mrule[k] == rule)
                    return 1;
            if (pos + q + 1 >= len)
                break;
            sl = S_da_step(t, sl, (unsigned char)s[pos + q + 1]);
        }
        return 0;
    }
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
static int S_place(xf_places *pl, size_t pos, unsigned after)
{
    if (pl->n == pl->cap) {
        size_t cap = pl->cap ? 2 * pl->cap : 64;
        uint32_t *v = xi_realloc(pl->v, cap * sizeof *v);
        if (!v)
            return -1;
        pl->v = v;
        unsigned char *a = xi_realloc(pl->after, cap);
        if (!a)
            return -1;
        pl->after = a;
        pl->cap = cap;
    }
    pl->v[pl->n] = (uint32_t)pos;
    pl->after[pl->n++] = (unsigned char)after;
    return 0;
}

/* places: NULL to emit the class rules at each place of their class, else where those places are kept (see
 * xf_trie_collect_split). Always inlined: left to itself the compiler keeps one copy and calls emit through
 * its pointer at every candidate. */
static inline __attribute__((always_inline)) int S_scan(const xf_trie *t, const char *s, size_t len, int (*emit)(void *ctx, unsigned rule, size_t pos),
                         void *ctx, xf_places *places)
{
    const unsigned char *u = (const unsigned char *)s;
    int any_cls = t->n_cls[XF_CLASS_UPPER] || t->n_cls[XF_CLASS_DIGIT];
    for (size_t p = 0; p < len; p++) {
        /* inside a word: neither a prefix (but one of a sign) nor a class place can start here */
        if (p > 0 && S_ascii_letter(u[p - 1]) && !t->after_letter[u[p]])
            continue;
        uint32_t node = t->first[u[p]];
        unsigned cls = any_cls && (u[p] < 0x80 ? S_ascii_class[u[p]] : u[p] >= 0xC0) ? S_classes(u, len, p) : 0;
        if (!node && !cls)
            continue;
        unsigned after = cls ? S_after(u, p) : 0;
        if (places) {
            for (unsigned c = 1; c < 3; c++)
                if ((cls & (1u << c)) && t->n_cls[c] && S_place(&places[c], p, after) < 0)
                    return -1;
            cls = 0;
        }
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
        if (t->da) {
            if (!node || (p + 2 < len && !S_may_start(t, u + p)))
                continue;
            for (size_t q = p + 1, sl = t->da_first[u[p]]; sl; q++) {
                for (uint32_t k = t->da[sl].mark_lo; k < t->da[sl + 1].mark_lo; k++) {
                    int rc = emit(ctx, t->mrule[k], p);
                    if (rc)
                        return rc;
                }
                if (q >= len)
                    break;
                sl = S_da_step(t, (uint32_t)sl, u[q]);
            }
            continue;
        }
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
    return S_scan(t, s, len, emit, ctx, NULL);
}

static inline int S_collect(void *ctx, unsigned rule, size_t pos)
{
    xf_cands *c = &((xf_cands *)ctx)[rule];
    if (c->n && c->v[c->n - 1] == pos)
        return 0; /* two prefixes of one rule at one place */
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 16;
        uint32_t *v = xi_realloc(c->v, cap * sizeof *v);
        if (!v)
            return -1;
        c->v = v;
        c->cap = cap;
    }
    c->v[c->n++] = (uint32_t)pos;
    return 0;
}

int xf_trie_collect(const xf_trie *t, const char *s, size_t len, xf_cands *per_rule)
{
    return S_scan(t, s, len, S_collect, per_rule, NULL);
}

int xf_trie_collect_split(const xf_trie *t, const char *s, size_t len, xf_cands *per_rule, xf_places places[3])
{
    return S_scan(t, s, len, S_collect, per_rule, places);
}

const unsigned char *xf_trie_rule_classes(const xf_trie *t, unsigned rule)
{
    return rule < t->n_rule_cls && t->rule_cls[rule][0] ? t->rule_cls[rule] : NULL;
}

int xf_trie_collect_all(const xf_trie *t, const char *s, size_t len, xf_cands *per_mark)
{
    const unsigned char *u = (const unsigned char *)s;
    if (t->da) { /* sealed: the filter first, then the double array and the marks' runs */
        for (size_t p = 0; p < len; p++) {
            uint32_t sl = t->da_first[u[p]];
            if (!sl || (p + 2 < len && !S_may_start(t, u + p)))
                continue;
            for (size_t q = p + 1; sl; q++) {
                for (uint32_t k = t->da[sl].mark_lo; k < t->da[sl + 1].mark_lo; k++)
                    if (S_collect(per_mark, t->mrule[k], p))
                        return -1;
                if (q >= len)
                    break;
                sl = S_da_step(t, sl, u[q]);
            }
        }
        return 0;
    }
    for (size_t p = 0; p < len; p++) {
        uint32_t node = t->first[u[p]];
        for (size_t q = p + 1; node; q++) {
            for (uint32_t m = t->nodes[node].marks; m; m = t->marks[m].next)
                if (S_collect(per_mark, t->marks[m].rule, p))
                    return -1;
            if (q >= len)
                break;
            node = S_child(t, node, u[q]);
        }
    }
    return 0;
}
