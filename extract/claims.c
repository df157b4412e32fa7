/* claims.c - the claims stage: which numbers are counts of people, and for each count its event, claimant, dates
 * and stance, sentence by sentence. Everything works on mentions and their positions; the words themselves are
 * pattern data. The parts: counts.c (counts and events), actors.c and subjects.c (who is named, who speaks),
 * claimant.c (the claimant of a count), when.c (dates), discourse.c (the document as a whole); claims_int.h is
 * what they share. docs/design.md explains each decision with examples. */
#include "claims_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Gives a known actor as a claimant: 1 when there is one, 0 (out untouched) when a is NULL. */
int xc_give_actor(const xc_actor *a, extract_actor *out)
{
    if (!a)
        return 0;
    out->name = a->name;
    out->title = a->title;
    out->kind = (extract_actor_kind)a->kind;
    return 1;
}

static size_t S_hash(const char *k, size_t len) { return (size_t)xi_hash(k, len); }

/* Adds key -> val (the key is not copied: it lives in the text or the arena). 0, or -1 out of memory. */
int xc_map_add(extract_doc *d, xc_map *m, const char *key, size_t len, size_t val)
{
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        xc_entry *e = xi_arena_alloc_raw(&d->arena, cap * sizeof *e);
        if (!e)
            return -1;
        if (m->n)
            memcpy(e, m->e, m->n * sizeof *e);
        m->e = e;
        m->cap = cap;
    }
    if (m->n >= 2 * m->n_heads) { /* rechain into twice the buckets, oldest first so chains stay newest first */
        size_t nh = m->n_heads ? m->n_heads * 2 : 64;
        size_t *h = xi_arena_alloc_raw(&d->arena, nh * sizeof *h);
        if (!h)
            return -1;
        memset(h, 0xff, nh * sizeof *h);
        m->heads = h;
        m->n_heads = nh;
        for (size_t i = 0; i < m->n; i++) {
            size_t b = S_hash(m->e[i].key, m->e[i].len) & (nh - 1);
            m->e[i].next = h[b];
            h[b] = i;
        }
    }
    size_t b = S_hash(key, len) & (m->n_heads - 1);
    m->e[m->n] = (xc_entry){key, len, val, m->heads[b]};
    m->heads[b] = m->n++;
    return 0;
}

/* The entries of key, newest first: pass SIZE_MAX for the first, then the entry returned; SIZE_MAX at the end. */
size_t xc_map_next(const xc_map *m, const char *key, size_t len, size_t from)
{
    if (!m->n)
        return SIZE_MAX;
    size_t i = from == SIZE_MAX ? m->heads[S_hash(key, len) & (m->n_heads - 1)] : m->e[from].next;
    while (i != SIZE_MAX && !(m->e[i].len == len && memcmp(m->e[i].key, key, len) == 0))
        i = m->e[i].next;
    return i;
}

/* Forgets every actor learnt, to learn them again from the start of the text. */
void xc_forget_actors(xc_ctx *c)
{
    c->learnt = 0;
    c->n_actors = 0;
    xc_map *maps[] = {&c->names, &c->words, &c->initials, &c->holding};
    for (size_t i = 0; i < sizeof maps / sizeof *maps; i++) {
        maps[i]->n = 0;
        if (maps[i]->heads)
            memset(maps[i]->heads, 0xff, maps[i]->n_heads * sizeof *maps[i]->heads);
    }
}

/* Indexes the opening parentheses of the text once, so that looking for an acronym's introduction costs the
 * parentheses next to that acronym, not every parenthesis of the text, for every name that might be one. Keyed by
 * the whole acronym that could stand there (XC_ACRONYM_MIN..XC_ACRONYM_MAX bytes; twenty-second session: keyed by
 * two letters, the chains of a long document's common letter pairs were walked for every acronym, 5% of a 4 MB
 * document's work): in paren_before the n bytes before the parenthesis (spaces skipped) after a byte that is no
 * letter ("PF (Polícia Federal)"), in paren_after the n bytes after it followed by ')' or ',' ("(PF)", "(ISU, por
 * sus siglas en inglés)"): the places xc_acronym_of reads, exactly. Added last to first, so each key's entries come
 * in text order. 0, or -1 out of memory. */
int xc_index_parens(xc_ctx *c)
{
    const char *t = c->d->text.text;
    size_t len = c->d->text.len;
    for (size_t p = len; p-- > 0;) {
        if (t[p] != '(')
            continue;
        size_t w = p;
        while (w > 0 && t[w - 1] == ' ')
            w--;
        for (size_t n = XC_ACRONYM_MIN; n <= XC_ACRONYM_MAX; n++) {
            if (p + n + 2 <= len && (t[p + n + 1] == ')' || t[p + n + 1] == ',') &&
                xc_map_add(c->d, &c->paren_after, t + p + 1, n, p) < 0)
                return -1;
            if (w >= n + 1 && !xc_letter_byte((unsigned char)t[w - n - 1]) &&
                xc_map_add(c->d, &c->paren_before, t + w - n, n, p) < 0)
                return -1;
        }
    }
    c->parens_indexed = 1;
    return 0;
}

static const char *const S_event_names[] = {"release", "held", "detention"};

void xc_trace(xc_ctx *c, const char *fmt, ...)
{
    if (!c->d->explain)
        return;
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    xi_buf_puts(&c->d->trace, "    ");
    xi_buf_puts(&c->d->trace, line);
    xi_buf_putc(&c->d->trace, '\n');
}

int xc_is_space(char ch) { return ch == ' ' || ch == '\n' || ch == '\t'; }

/* A byte of a letter: ASCII letters and every byte of a multi-byte (UTF-8) character. */
int xc_letter_byte(unsigned char ch) { return ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') || ch >= 0x80; }

/* The word [*b,*e) that ends right before pos, spaces aside, not reaching before lo; *b == *e when there is none.
 * A word here is what lies between spaces: punctuation stays attached. */
void xc_word_before(const char *t, size_t lo, size_t pos, size_t *b, size_t *e)
{
    while (pos > lo && xc_is_space(t[pos - 1]))
        pos--;
    *e = pos;
    while (pos > lo && !xc_is_space(t[pos - 1]))
        pos--;
    *b = pos;
}

void xc_word_after(const char *t, size_t pos, size_t hi, size_t *b, size_t *e)
{
    while (pos < hi && xc_is_space(t[pos]))
        pos++;
    *b = pos;
    while (pos < hi && !xc_is_space(t[pos]))
        pos++;
    *e = pos;
}

/* Whether the word [b,e) is one of the n words of list (exact bytes). */
int xc_word_in(const char *t, size_t b, size_t e, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strlen(list[i]) == e - b && strncmp(t + b, list[i], e - b) == 0)
            return 1;
    return 0;
}

/* ---- closed classes of words ----
 * Articles, conjunctions and the like are lexicons of the patterns (article_words, conjunction_words…), looked up
 * folded. flags: XC_LOWER / XC_UPPER / XC_ANY_CASE, the case of the first letter; XC_ALL_LANGS consults every
 * language's lexicon, not only the document's: names travel with their articles ("La Moneda", "the Palácio do
 * Planalto" in English copy), and a short word of another language rarely stands where these are asked for. */

/* The folded words of text[b,e), runs of spaces made one, into key (cap bytes); 0 when empty or longer. */
static size_t S_fold_key(const extract_doc *d, size_t b, size_t e, char *key, size_t cap)
{
    size_t fb = xc_fold_at(d, b), fe = xc_fold_at(d, e), kl = 0;
    int space = 0;
    for (size_t f = fb; f < fe; f++) {
        char ch = d->fold.data[f];
        if (xc_is_space(ch)) {
            space = kl > 0;
            continue;
        }
        if (kl + 1 + (size_t)space > cap)
            return 0;
        if (space)
            key[kl++] = ' ';
        space = 0;
        key[kl++] = ch;
    }
    return kl;
}

const xp_table *xc_table(const xc_ctx *c, int lang, const char *name)
{
    if (!c->tables)
        return xp_table_get(c->d->pat, lang, name);
    uintptr_t k = (uintptr_t)name;
    xc_table_memo *m = &c->tables[((k >> 3) ^ (k >> 9)) % XC_TABLE_MEMO * XP_NLANG + (size_t)lang];
    if (m->name == name && m->t && strcmp(m->t->name, name) == 0)
        return m->t;
    m->name = name;
    m->t = xp_table_get(c->d->pat, lang, name); /* a table the language lacks is asked for again */
    return m->t;
}

/* Whether text[b,e) (spaces at its end aside; none at its start) is a row of the lexicon `name`. */
int xc_listed(const xc_ctx *c, const char *name, size_t b, size_t e, int flags)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    while (e > b && xc_is_space(t[e - 1]))
        e--;
    if (e <= b || xc_is_space(t[b]) || !(flags & (t[b] >= 'A' && t[b] <= 'Z' ? XC_UPPER : XC_LOWER)))
        return 0;
    char key[64];
    size_t kl = S_fold_key(d, b, e, key, sizeof key);
    if (!kl)
        return 0;
    size_t h = xp_table_hash(key, kl);
    for (int l = 0; l < XP_NLANG; l++) {
        const xp_table *tab = (l == d->lang || (flags & XC_ALL_LANGS)) ? xc_table(c, l, name) : NULL;
        if (tab && xp_table_find_hashed(tab, key, kl, h) >= 0)
            return 1;
    }
    return 0;
}

/* The end of the longest row of `name` (one to three words, not past hi) that text[i] opens and that ends a word
 * (no letter or digit follows); 0 when there is none. */
size_t xc_listed_at(const xc_ctx *c, const char *name, size_t i, size_t hi, int flags)
{
    const char *t = c->d->text.text;
    size_t ends[3], n = 0, p = i;
    while (n < 3 && p < hi && !xc_is_space(t[p])) {
        while (p < hi && (xc_letter_byte((unsigned char)t[p]) || (t[p] >= '0' && t[p] <= '9')))
            p++;
        if (p == i || (n > 0 && p == ends[n - 1]))
            break;
        ends[n++] = p;
        while (p < hi && xc_is_space(t[p]))
            p++;
    }
    while (n-- > 0)
        if (xc_listed(c, name, i, ends[n], flags))
            return ends[n];
    return 0;
}

/* Where the first row of `name` opening a word in text[a,b) starts; b when none does. */
size_t xc_listed_in(const xc_ctx *c, const char *name, size_t a, size_t b, int flags)
{
    const char *t = c->d->text.text;
    for (size_t i = a; i < b; i++)
        if ((i == a || !xc_letter_byte((unsigned char)t[i - 1])) && xc_letter_byte((unsigned char)t[i]) &&
            xc_listed_at(c, name, i, b, flags))
            return i;
    return b;
}

/* True when text[a,b), at most maxlen bytes, holds only spaces and at most `words` lowercase words (no
 * punctuation). Quotation marks inside a phrase ('"al menos 80" detenidos') separate words like spaces; with
 * loose, so do commas, and a hyphenated word ("anti-government") is one word ("Desde a primeira fase, em 20 de
 * janeiro"). */
int xc_gap(const char *t, size_t a, size_t b, int words, size_t maxlen, int loose)
{
    if (b < a || b - a > maxlen)
        return 0;
    int n = 0, in = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char ch = (unsigned char)t[i];
        /* quotation marks separate words in the loose reading too ('"cinco americanos inocentes" que estavam
         * encarcerados': the relative clause after a quoted phrase; eighteenth session) */
        int dir, mark = xc_quote_mark(t, b, i, &dir);
        if (xc_is_space((char)ch) || mark || (loose && ch == ',')) {
            in = 0;
            if (mark)
                i += (size_t)mark - 1;
            continue;
        }
        if (!((ch >= 'a' && ch <= 'z') || ch >= 0x80 || ch == '\'' || (loose && ch == '-' && in)))
            return 0;
        if (!in)
            n++;
        in = 1;
    }
    return n <= words;
}

int xc_gap_words(const char *t, size_t a, size_t b, int words, size_t maxlen)
{
    return xc_gap(t, a, b, words, maxlen, 0);
}

size_t xc_last_of(const char *t, size_t a, size_t b, char ch)
{
    for (size_t x = b; x-- > a;)
        if (t[x] == ch)
            return x;
    return SIZE_MAX;
}

/* Whether text[a,b) is only a coordinating conjunction between spaces ("and", "y", "e", "ou"): an event word
 * before it closes the clause before ("300 people were arrested and 120 were charged"), it governs no count
 * after it. */
int xc_only_conjunction(const xc_ctx *c, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    while (a < b && (xc_is_space(t[a]) || t[a] == ','))
        a++;
    return xc_listed(c, "conjunction_words", a, b, XC_LOWER | XC_ALL_LANGS);
}

/* The length of the complementizer (lexicon that_words: "que", "that"; lower-case ASCII words, so "qué" is none)
 * that opens a word at i, followed by a space, a comma or b ("que, según sus registros, …": an aside may follow at
 * once); 0 when there is none. Any of the three languages': a quotation in another language still says what was
 * said. */
size_t xc_that_word(const xc_ctx *c, size_t i, size_t b)
{
    const char *t = c->d->text.text;
    size_t e = i;
    while (e < b && t[e] >= 'a' && t[e] <= 'z')
        e++;
    if (e == i || (e < b && !xc_is_space(t[e]) && t[e] != ','))
        return 0;
    return xc_listed(c, "that_words", i, e, XC_LOWER | XC_ALL_LANGS) ? e - i : 0;
}

/* The start of the last complementizer that opens a word in text[a,b), or SIZE_MAX. */
static size_t S_last_that(const xc_ctx *c, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    size_t last = SIZE_MAX;
    for (size_t i = a; i < b; i++)
        if ((i == a || xc_is_space(t[i - 1]) || t[i - 1] == ',') && xc_that_word(c, i, b))
            last = i;
    return last;
}

/* Whether text[a,b) holds a complementizer as a word: what follows it is what was said. */
int xc_has_that(const xc_ctx *c, size_t a, size_t b) { return S_last_that(c, a, b) != SIZE_MAX; }

/* Whether text[a,b) (b the count's start) holds a complementizer introducing what was said about the count: the
 * last one, with the count's event word not between it and the count ("…a polícia dispersou … jovens que exigiam
 * …, e deteve pelo menos nove": that "que" opens a relative clause, and "deteve" is the count's own verb). */
int xc_that_says(const xc_ctx *c, const xc_count *cnt, size_t a, size_t b)
{
    size_t last = S_last_that(c, a, b);
    if (last == SIZE_MAX)
        return 0;
    return !(cnt->trigger && cnt->trigger->start > last && cnt->trigger->end <= b);
}

/* ---- quotations ---- */
/* The one list of quotation marks (claims_int.h): the quotation finder (S_find_quotes), the word gaps (xc_gap)
 * and the figure's gap (counts.c) ask it, so a mark added here is read the same by all. */
int xc_quote_mark(const char *t, size_t len, size_t i, int *open)
{
    unsigned char a = (unsigned char)t[i];
    if (a == '"') {
        *open = -1; /* straight quote: direction from context */
        return 1;
    }
    if (a == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80) {
        unsigned char b = (unsigned char)t[i + 2];
        if (b == 0x9C) { *open = 1; return 3; }
        if (b == 0x9D) { *open = 0; return 3; }
    }
    if (a == 0xC2 && i + 1 < len) {
        unsigned char b = (unsigned char)t[i + 1];
        if (b == 0xAB) { *open = 1; return 2; }
        if (b == 0xBB) { *open = 0; return 2; }
    }
    return 0;
}

/* Finds quotations paragraph by paragraph; an unclosed one runs to the end of its paragraph. */
static int S_find_quotes(xc_ctx *c)
{
    const char *t = c->d->text.text;
    size_t len = c->d->text.len, cap = 0;
    size_t open_at = SIZE_MAX;
    for (size_t i = 0; i <= len; i++) {
        int para_end = (i == len) || (t[i] == '\n' && i + 1 < len && t[i + 1] == '\n');
        int open = 0, n = (i < len) ? xc_quote_mark(t, len, i, &open) : 0;
        if (open == -1)
            open = (open_at == SIZE_MAX);
        if (n && open && open_at == SIZE_MAX) {
            open_at = i;
        } else if ((n && !open && open_at != SIZE_MAX) || (para_end && open_at != SIZE_MAX)) {
            if (c->n_quotes == cap) {
                cap = cap ? cap * 2 : 16;
                xc_quote *q = xi_arena_alloc(&c->d->arena, cap * sizeof *q);
                if (!q)
                    return -1;
                if (c->n_quotes)
                    memcpy(q, c->quotes, c->n_quotes * sizeof *q);
                c->quotes = q;
            }
            c->quotes[c->n_quotes++] = (xc_quote){open_at, i};
            open_at = SIZE_MAX;
        }
        if (n)
            i += (size_t)n - 1;
    }
    return 0;
}

/* Index of the quotation containing offset, or -1. */
long xc_quote_at(const xc_ctx *c, size_t off)
{
    /* quotations are found in text order and never overlap: the last one opening before off is the only one
     * that can hold it */
    size_t lo = 0, hi = c->n_quotes;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->quotes[mid].open < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0 && off < c->quotes[lo - 1].close)
        return (long)(lo - 1);
    return -1;
}

/* ---- actors ---- */

/* The folded offset of text offset off: the first folded byte that comes from at or after it. */
size_t xc_fold_at(const extract_doc *d, size_t off)
{
    size_t lo = 0, hi = d->fold.len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (xn_map(&d->fold, mid) < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

const char *xc_dup(xc_ctx *c, size_t s, size_t e)
{
    return xi_arena_strndup(&c->d->arena, c->d->text.text + s, e - s);
}

/* Strips a leading article from a name or title ("the government" -> "government"). */
void xc_skip_article(const char *t, size_t *s, size_t e)
{
    /* with their lengths, and tried only when the first byte agrees: this runs for every actor of every
     * sentence the binder reads */
#define S_ART(w) {w, sizeof w - 1}
    static const struct {
        const char *w;
        size_t n;
    } arts[] = {S_ART("the "), S_ART("The "), S_ART("el "),  S_ART("El "),  S_ART("la "),  S_ART("La "),
                S_ART("los "), S_ART("Los "), S_ART("las "), S_ART("Las "), S_ART("o "),   S_ART("O "),
                S_ART("a "),   S_ART("A "),   S_ART("os "),  S_ART("Os "),  S_ART("as "),  S_ART("As "),
                S_ART("un "),  S_ART("una "), S_ART("um "),  S_ART("uma "), S_ART("an "),  S_ART("su "),
                S_ART("Su "),  S_ART("sus "), S_ART("seu "), S_ART("Seu "), S_ART("sua "), S_ART("Sua "),
                S_ART("his "), S_ART("His "), S_ART("her "), S_ART("Her "), S_ART("its "), S_ART("Its "),
                S_ART("their "), S_ART("Their ")};
#undef S_ART
    if (*s >= e)
        return;
    for (size_t i = 0; i < sizeof arts / sizeof *arts; i++) {
        size_t n = arts[i].n;
        if (arts[i].w[0] == t[*s] && e - *s > n && memcmp(t + *s, arts[i].w, n) == 0) {
            /* "the Los Angeles Police Department", "la El Paso Times": a capitalised article right after another
             * article is a word of the name (a place's), not an article of its own (seventeenth session) */
            if (t[*s] >= 'A' && t[*s] <= 'Z' && *s >= 3 && t[*s - 1] == ' ') {
                size_t b = *s - 1;
                while (b > 0 && t[b - 1] != ' ' && t[b - 1] != '\n')
                    b--;
                size_t bl = *s - 1 - b;
                if ((bl == 3 && (memcmp(t + b, "the", 3) == 0 || memcmp(t + b, "The", 3) == 0)) ||
                    (bl == 2 && (memcmp(t + b, "el", 2) == 0 || memcmp(t + b, "la", 2) == 0)))
                    return;
            }
            *s += n;
            return;
        }
    }
}

/* The sentence's mention range. */
void xc_range(const xc_ctx *c, size_t si, size_t *a, size_t *b)
{
    *a = c->sent_first[si];
    *b = c->sent_first[si + 1];
}

/* Whether the claim comes from a subheading inside the body (segment.c), found by its evidence sentence. */
static int S_from_subhead(const xc_ctx *c, const extract_claim *cl)
{
    const extract_doc *d = c->d;
    size_t lo = 0, hi = d->n_sents;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->sents[mid].start < cl->start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->n_sents && d->sents[lo].start == cl->start && d->sents[lo].section == XD_SECTION_SUBHEAD;
}

static int S_add_claim(xc_ctx *c, const extract_claim *cl)
{
    extract_doc *d = c->d;
    /* Headlines, captions and subheadings restate figures the body gives with its source: the body's record
     * replaces theirs, and a caption or subheading repeating a figure already given adds nothing. A subheading
     * is one of many in the body, so it gives way only to the same figure for the same event. */
    int sub = S_from_subhead(c, cl);
    int restating = strcmp(cl->section, "body") != 0 || sub;
    /* Headlines and captions open a document; a repeated figure is usually near its first mention. Looking
     * back a bounded number of claims keeps a document of thousands of figures linear. */
    size_t from = d->n_claims > XC_LOOKBACK ? d->n_claims - XC_LOOKBACK : 0;
    for (size_t i = 0; i < d->n_claims && i < XC_LOOKBACK; i++) {
        extract_claim *o = &d->claims[i];
        if (o->count != cl->count)
            continue;
        int o_sub = S_from_subhead(c, o);
        if ((strcmp(o->section, "body") != 0 || (o_sub && o->event == cl->event)) && !restating) {
            xc_trace(c, "= replaces the %s's record of the same figure", o_sub ? "subheading" : o->section);
            *o = *cl;
            /* a caption or subheading restating the same figure before the body gave it goes too */
            size_t w = i + 1;
            for (size_t j = i + 1; j < d->n_claims; j++) {
                const extract_claim *x = &d->claims[j];
                if ((strcmp(x->section, "caption") == 0 || S_from_subhead(c, x)) && x->count == cl->count &&
                    x->event == cl->event)
                    continue;
                d->claims[w++] = *x;
            }
            d->n_claims = w;
            return 0;
        }
        if ((strcmp(cl->section, "caption") == 0 || sub) && o->event == cl->event) {
            xc_trace(c, "= a %s repeating a figure already given", sub ? "subheading" : "caption");
            return 0;
        }
    }
    /* The same figure for the same event from the same source is one claim, however often it is repeated;
     * what a later mention adds (a date the first one lacked) completes the first. */
    for (size_t i = from; i < d->n_claims; i++) {
        extract_claim *o = &d->claims[i];
        /* "Officer Ruiz told us that about 300 … are being arrested" then "New figure from Officer Ruiz: more than
         * 300 have been arrested" (twenty-sixth session): the same speaker's figure given again with another
         * inexact qualifier is a new count, not the first said again */
        if (o->claimant.name && o->qualifier != cl->qualifier && o->qualifier != EXTRACT_Q_EXACT &&
            cl->qualifier != EXTRACT_Q_EXACT)
            continue;
        if (o->event == cl->event && o->count == cl->count &&
            ((!o->claimant.name && !cl->claimant.name) ||
             (o->claimant.name && cl->claimant.name && strcmp(o->claimant.name, cl->claimant.name) == 0))) {
            if (!o->claimed_on[0] && cl->claimed_on[0])
                memcpy(o->claimed_on, cl->claimed_on, sizeof o->claimed_on);
            if (!o->period_from[0] && !o->period_to[0]) {
                memcpy(o->period_from, cl->period_from, sizeof o->period_from);
                memcpy(o->period_to, cl->period_to, sizeof o->period_to);
            }
            if (!o->claimant.title && cl->claimant.title)
                o->claimant.title = cl->claimant.title;
            xc_trace(c, "= duplicate of an earlier claim, not repeated (its dates complete the first)");
            return 0;
        }
    }
    /* "22:50 | Yermak: 215 ucranianos vuelven a casa. Ucrania ha recuperado a 215 prisioneros", "12h30 — ONG diz que
     * 138 continuam em Ketziot. A ONG israelense Adalah… disse que 138…": the same figure for the same event
     * given once with its source and once without, within two sentences, is one claim, the source's; a source
     * that denies or disputes it ("negou que os seis estejam detidos") makes a claim of its own */
    for (size_t i = from; i < d->n_claims; i++) {
        extract_claim *o = &d->claims[i];
        if (o->event != cl->event || o->count != cl->count || !o->claimant.name == !cl->claimant.name ||
            o->stance != cl->stance || strcmp(o->section, cl->section) != 0 ||
            xc_sentences_apart(d, o->start, cl->start) > 2)
            continue;
        if (!o->claimant.name) {
            xc_trace(c, "= the same figure as the sentence before, now with its source");
            *o = *cl;
        } else {
            xc_trace(c, "= the same figure as a sentence just before gave with its source");
        }
        return 0;
    }
    if (d->n_claims == c->cap_claims) {
        size_t cap = c->cap_claims ? c->cap_claims * 2 : 16;
        extract_claim *n = xi_arena_alloc(&d->arena, cap * sizeof *n);
        if (!n)
            return -1;
        if (d->n_claims)
            memcpy(n, d->claims, d->n_claims * sizeof *n);
        d->claims = n;
        c->cap_claims = cap;
    }
    d->claims[d->n_claims++] = *cl;
    return 0;
}

/* "Os Estados Unidos dão como concluída a libertação dos 53 presos políticos", "los seis presos a los que Tokio dejó
 * salir", "Os 19 perdoados tinham sido condenados": a figure written as a group the reader already knows (lexicon
 * given_words right before it or its qualifier: a definite article or a demonstrative) that an earlier sentence of
 * the body gave for the same event is that figure said again (docs/corpus.md, "A figure said again"): with no
 * source of its own, it is the newsroom's restatement and adds nothing. A figure a speaker gives again is that
 * speaker's claim too (the gold's convention), and is left to S_add_claim; so is one said again in the two sentences
 * after its first mention. This reaches back over XC_LOOKBACK claims at most (twenty-first session). Returns 1 when
 * the claim is not to be added. */
static int S_said_again(xc_ctx *c, const xc_count *cnt, const extract_claim *cl, size_t sent_start)
{
    extract_doc *d = c->d;
    const char *t = d->text.text;
    if (cl->claimant.name || cl->stance != EXTRACT_STANCE_ASSERTS || strcmp(cl->section, "body") != 0)
        return 0;
    /* "los otros dos liberados", "the other 12": another group (a qualifier marked other=1) */
    if (cnt->qual && xp_attr_get(cnt->qual->rule, "other"))
        return 0;
    size_t at = cnt->qual && cnt->qual->end <= cnt->num->start ? cnt->qual->start : cnt->num->start;
    size_t b, e;
    xc_word_before(t, sent_start, at, &b, &e);
    if (e <= b || !xc_listed(c, "given_words", b, e, XC_ANY_CASE))
        return 0;
    size_t from = d->n_claims > XC_LOOKBACK ? d->n_claims - XC_LOOKBACK : 0;
    for (size_t i = d->n_claims; i-- > from;) {
        extract_claim *o = &d->claims[i];
        if (o->event != cl->event || o->count != cl->count || o->start >= sent_start || strcmp(o->section, "body") != 0 ||
            S_from_subhead(c, o))
            continue;
        /* people freed or taken on another day are another group ("told on two days", docs/corpus.md) */
        if ((o->period_from[0] && cl->period_from[0] && strcmp(o->period_from, cl->period_from) != 0) ||
            (o->period_to[0] && cl->period_to[0] && strcmp(o->period_to, cl->period_to) != 0))
            return 0;
        /* what the second mention adds (the day of the arrests) completes the first, as S_add_claim does */
        if (!o->period_from[0] && !o->period_to[0]) {
            memcpy(o->period_from, cl->period_from, sizeof o->period_from);
            memcpy(o->period_to, cl->period_to, sizeof o->period_to);
        }
        xc_trace(c, "= the group an earlier sentence counted, named again: no claim of its own");
        return 1;
    }
    return 0;
}

/* Whether a coordinated clause or a semicolon starts between two offsets: a comma then a conjunction
 * (`conjunction_words`: ", y ", ", e ", ", and "), or "; ". */
static int S_clause_break(const xc_ctx *c, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    for (size_t p = a; p + 1 < b; p++) {
        if (t[p] == ';')
            return 1;
        if (t[p] != ',' || t[p + 1] != ' ')
            continue;
        size_t w = p + 2, e = w;
        while (e < b && !xc_is_space(t[e]))
            e++;
        if (e < b && e > w && xc_listed(c, "conjunction_words", w, e, XC_LOWER | XC_ALL_LANGS))
            return 1;
    }
    return 0;
}

/* Whether a name stands between a stance marker and the count's own reporting verb, and a relative word (lexicon
 * who_words) within a few words before that verb: the verb is in a clause about another source's figure. */
static int S_disputed_source(xc_ctx *c, const xd_mention *m, const xd_mention *cue, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    int named = 0;
    for (size_t k = ma; k < mb && !named; k++)
        if ((d->ments[k].kind == XP_ACTOR) && d->ments[k].start >= m->end && d->ments[k].end <= cue->start)
            named = 1;
    if (!named)
        return 0;
    const char *t = d->text.text;
    size_t from = cue->start > m->end + 40 ? cue->start - 40 : m->end;
    for (size_t w = from; w < cue->start; w++) {
        if (xc_is_space(t[w]) || t[w] == ',')
            continue;
        size_t e = w;
        while (e < cue->start && !xc_is_space(t[e]) && t[e] != ',')
            e++;
        if ((w == from || xc_is_space(t[w - 1]) || t[w - 1] == ',') &&
            xc_listed(c, "who_words", w, e, XC_LOWER | XC_ALL_LANGS))
            return 1;
        w = e;
    }
    return 0;
}

/* A stance marker applies to the first count after it in its sentence, or else to the nearest count before it.
 * A marker with against=1 ("by our count", "actually") does not decide the stance itself: it sets *against, and
 * S_against_earlier decides. */
static int S_stance(xc_ctx *c, const xc_count *counts, size_t n_counts, size_t i, const xd_mention *cue, size_t ma,
                    size_t mb, int *against)
{
    extract_doc *d = c->d;
    int stance = cue && cue->stance >= 0 ? cue->stance : EXTRACT_STANCE_ASSERTS;
    /* "contestou aqueles números, afirmando que apenas 360", "rejected the figures and said only 12": the count
     * hangs on a second reporting verb that goes on with a first one which disputes or denies; the statement is
     * one, and so is its stance. The first verb must come close before the count's own (bounded), with no other
     * figure between it and the count (that figure would be the one disputed) and no other verb between the two. */
    if (cue && stance == EXTRACT_STANCE_ASSERTS) {
        const xd_mention *first = NULL;
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *m = &d->ments[k];
            if (m->kind != XP_CUE || m == cue || m->end > cue->start)
                continue;
            if (m->stance > EXTRACT_STANCE_ASSERTS && cue->start - m->end < 120)
                first = m;
            else
                first = NULL; /* another verb between: the nearest verb before the count's own decides */
        }
        int between = 0;
        /* a name between the two verbs ("our questions on Wednesday, the FGR said") begins another speaker's
         * statement */
        for (size_t k = ma; first && k < mb; k++)
            if ((d->ments[k].kind == XP_ACTOR || d->ments[k].kind == XP_PRONOUN) &&
                d->ments[k].start >= first->end && d->ments[k].start < cue->start)
                between = 1;
        for (size_t j = 0; first && j < n_counts; j++)
            if (j != i && counts[j].num->start >= first->end && counts[j].num->start < counts[i].num->start)
                between = 1;
        if (first && !between) {
            stance = first->stance;
            xc_trace(c, "stance: from \"%.*s\", whose statement \"%.*s\" goes on", (int)(first->end - first->start),
                     d->text.text + first->start, (int)(cue->end - cue->start), d->text.text + cue->start);
        }
    }
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        /* a reply marker (reply=1, S_reply) judges the figure of a sentence before, never one of its own */
        if (m->kind != XP_STANCE || m->stance < 0 || xp_attr_get(m->rule, "reply"))
            continue;
        size_t target = SIZE_MAX;
        int beyond = 0;
        for (size_t j = 0; j < n_counts; j++)
            if (counts[j].num->start >= m->end && counts[j].num->start - m->end < 200) {
                target = j;
                break;
            }
        /* before=1 ("the story that 50 militants were let out is a fabrication", "dismissed the figure of 360
         * as propaganda and said only 40"): the rule read the figure's noun before the marker, so the marker
         * judges the figure named before it, never the speaker's own figure after it (twenty-fourth session) */
        if (xp_attr_get(m->rule, "before"))
            for (size_t j = n_counts; j-- > 0;)
                if (counts[j].num->end <= m->start) {
                    target = j;
                    break;
                }
        /* same_clause=1 ("el balance oficial no refleja la magnitud real"): a figure after the marker answers it only
         * in the same clause; past "…, y la Fiscalía confirma que medio centenar" another speaker's statement
         * begins, and the marker, which criticises a figure, marks none */
        if (target != SIZE_MAX && xp_attr_get(m->rule, "same_clause") &&
            S_clause_break(c, m->end, counts[target].num->start))
            target = SIZE_MAX, beyond = 1;
        /* "the figure of 1,434 was \"far below the truth\" and that as many as 4,000 ...", "o número de 333 era
         * exagerado": a marker that is the predicate of a figure just before it (only a copula from the lexicon
         * predicate_copulas and a word or two between them) judges that figure, not the speaker's own figure that
         * follows (twenty-fourth session) */
        if (target != SIZE_MAX)
            for (size_t j = target; j-- > 0;)
                if (counts[j].num->end <= m->start) {
                    if (xc_gap(d->text.text, counts[j].num->end, m->start, 4, 48, 0) &&
                        xc_listed_in(c, "predicate_copulas", counts[j].num->end, m->start, XC_LOWER | XC_ALL_LANGS) <
                            m->start)
                        target = j;
                    break;
                }
        if (target == SIZE_MAX && !beyond)
            for (size_t j = n_counts; j-- > 0;)
                if (counts[j].num->end <= m->start) {
                    target = j;
                    break;
                }
        /* "O CDD contesta os números da PRM, que reportou a detenção de 1.748": the figure hangs on the verb of a
         * clause that tells whose figure is disputed (a name, then a relative word close before that verb): it is
         * the disputed figure, which its own source asserts, not the speaker's */
        if (target == i && cue && cue->start >= m->end && cue->end <= counts[i].num->start &&
            (cue->stance < 0 || cue->stance == EXTRACT_STANCE_ASSERTS) && S_disputed_source(c, m, cue, ma, mb)) {
            xc_trace(c, "stance: \"%.*s\" disputes a figure another source gives", (int)(m->end - m->start),
                     d->text.text + m->start);
            continue;
        }
        if (target == i) {
            if (xp_attr_get(m->rule, "against"))
                *against = 1;
            else if (stance != EXTRACT_STANCE_DENIES || m->stance == EXTRACT_STANCE_DENIES)
                stance = m->stance; /* "no existen, es una lista inventada": denying the people exist is the stance */
        }
    }
    return stance;
}

/* A figure the speaker sets against one already given: a cap ("fewer than 120", "não passam de dez") under an
 * earlier, higher figure, or the speaker's own count ("by our count", "nosotros contamos", "actually") on the other
 * side of an earlier figure, for the same event from another claimant, contests it. Without such an earlier
 * figure the same words are a plain estimate, and the figure asserts. Returns the claim it answers, or NULL. */
static const extract_claim *S_against_earlier(xc_ctx *c, const extract_claim *cl, int cap, int own)
{
    extract_doc *d = c->d;
    if (!cl->claimant.name || (!cap && !own))
        return NULL;
    size_t from = d->n_claims > XC_LOOKBACK ? d->n_claims - XC_LOOKBACK : 0;
    for (size_t k = from; k < d->n_claims; k++) {
        const extract_claim *o = &d->claims[k];
        if (o->event != cl->event || !o->claimant.name || strcmp(o->claimant.name, cl->claimant.name) == 0 ||
            o->count == cl->count)
            continue;
        int below = cl->qualifier == EXTRACT_Q_AT_MOST || cl->qualifier == EXTRACT_Q_LESS_THAN;
        int above = cl->qualifier == EXTRACT_Q_AT_LEAST || cl->qualifier == EXTRACT_Q_MORE_THAN;
        if (cap && below && o->count > cl->count)
            return o;
        if (own && (below ? o->count > cl->count : above ? o->count < cl->count : 1))
            return o;
    }
    return NULL;
}

/* "Las ONG discuten el balance oficial. Según ellas, son 200." / "The group rejected the figure. It counts 500.":
 * a sentence with no figure of its own whose verb disputes or denies, right before the sentence of
 * a count from the same speaker, gives that count its stance. Returns the stance, or -1. */
static int S_stance_before(xc_ctx *c, size_t si, const extract_actor *who)
{
    extract_doc *d = c->d;
    if (si == 0 || !who->name || d->sents[si - 1].para != d->sents[si].para ||
        d->sents[si - 1].section != d->sents[si].section)
        return -1;
    size_t ma, mb;
    xc_range(c, si - 1, &ma, &mb);
    int stance = -1;
    const xd_mention *by = NULL;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (xc_num(m))
            return -1; /* the marker has a figure of its own to dispute */
        /* reporting verbs only: stance markers are not looked for in a sentence without a figure */
        if (m->kind == XP_CUE && m->stance >= 0 && stance < 0) {
            stance = m->stance;
            by = m;
        }
    }
    if (stance < 0)
        return -1;
    extract_actor speaker;
    memset(&speaker, 0, sizeof speaker);
    int found = xc_cue_subject(c, by, &speaker);
    for (size_t k = ma; k < mb && !found; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->start < by->start && (m->kind == XP_ACTOR || m->kind == XP_PRONOUN))
            found = xc_claimant_from(c, m, &speaker);
    }
    if (!found || !speaker.name || strcmp(speaker.name, who->name) != 0)
        return -1;
    xc_trace(c, "stance: from the sentence before (\"%.*s\"), same speaker %s", (int)(by->end - by->start),
             d->text.text + by->start, who->name);
    return stance;
}

static const char *const S_qual_names[] = {"exact", "approx", "at_least", "more_than", "at_most", "less_than"};

/* Whether text[a,b) holds only a relative pronoun (lexicon who_words: "que", "who", "that", "which", "quienes")
 * and a word or two before an event word: the event word is in a clause describing the people. */
static int S_relative_before(const xc_ctx *c, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    while (a < b && (xc_is_space(t[a]) || t[a] == ','))
        a++;
    size_t n = xc_listed_at(c, "who_words", a, b, XC_LOWER | XC_ALL_LANGS);
    return n && n < b && xc_is_space(t[n]) && xc_gap_words(t, n + 1, b, 2, 16);
}

/* "178 guards and administrative workers who had been held hostage", "67 jovens que se encontravam na Cadeia":
 * whether text[a,b) is the rest of the people's noun phrase (at most four lower-case words) and then a relative
 * word and a word or two: an event word at b sits in a clause describing the people. */
static int S_relative_clause(const xc_ctx *c, size_t a, size_t b, size_t end)
{
    const char *t = c->d->text.text;
    if (b < a || b - a > 80)
        return 0;
    for (size_t i = a; i <= b && i + 4 < end; i++) {
        if (i > a && !xc_is_space(t[i - 1]) && t[i - 1] != ',')
            continue;
        size_t n = xc_listed_at(c, "who_words", i, end, XC_LOWER | XC_ALL_LANGS);
        /* the event phrase may take in its relative word ("que estava detido") */
        if (n && n < end && xc_is_space(t[n]) && xc_gap(t, a, i, 4, 40, 1) && (i >= b || xc_gap_words(t, n + 1, b, 2, 24)))
            return 1;
    }
    return 0;
}

/* Whether a relative word opens a clause in text[a,b): what follows it describes someone else. */
static int S_has_relative(const xc_ctx *c, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    for (size_t i = a; i < b; i++)
        if ((i == a || xc_is_space(t[i - 1]) || t[i - 1] == ',') && xc_relative_word(c, i) && i + xc_relative_word(c, i) <= b)
            return 1;
    return 0;
}

/* "más de 1.000 manifestantes estaban en prisión preventiva", "169 participantes do motim ainda estavam atrás das
 * grades", "40 protesters remain in custody": people who are none of ours by their noun (people_other) are held when
 * the holding verb is their own predicate: it comes right after the noun, with at most four lower-case words between
 * (the rest of the noun phrase: "do motim", "from the march"), no punctuation and no relative word (a clause about
 * someone else: "que visitaron a los presos"), and it is a verb, not a state of the sentence ("there are", "hay").
 * Without this a held word never counts such people (a state of the sentence would be someone else's). */
static int S_own_held_predicate(const xc_ctx *c, const xc_count *cnt, const xd_mention *tr)
{
    if (!tr || tr->event != EXTRACT_EVENT_HELD || !cnt->subject || cnt->subject->role ||
        cnt->subject->start < cnt->num->end || tr->start < cnt->subject->end || xp_attr_get(tr->rule, "state"))
        return 0;
    return xc_gap_words(c->d->text.text, cnt->subject->end, tr->start, 4, 40) &&
           !S_has_relative(c, cnt->subject->end, tr->start);
}

/* Whether text[a,b) holds a comma, semicolon or colon. */
static int S_has_comma(const char *t, size_t a, size_t b)
{
    for (size_t x = a; x < b; x++)
        if (t[x] == ',' || t[x] == ';' || t[x] == ':')
            return 1;
    return 0;
}

/* Whether a count other than counts[i] starts in (from, to): the word after it is that count's. */
static int S_count_between(const xc_count *counts, size_t n_counts, size_t i, size_t from, size_t to)
{
    for (size_t j = 0; j < n_counts; j++)
        if (j != i && counts[j].num->start > from && counts[j].num->start < to)
            return 1;
    return 0;
}

/* The first release or detention word (held too when `held`: a state phrase of several words within 60 bytes, or
 * 120 with no comma between: "262 manifestantes detidos durante os protestos de … continuam presos";
 * "were still in detention", "siguen presos"; a lone held verb, "contabilizar", "counts", usually counts something
 * else) within 120 bytes after `from`, in the same clause: no clause break, no other count and no reporting verb ("… e garantiu que …")
 * between. NULL when there is none. */
static const xd_mention *S_main_verb_past(const xc_ctx *c, const xc_count *counts, size_t n_counts, size_t i, size_t ma,
                                          size_t mb, size_t from, int held, int inner)
{
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start > from && m->kind == XP_CUE)
            return NULL;
        if (m->kind == XP_TRIGGER && m->start > from && xc_part_subject(c, m))
            continue; /* "… y la inmensa mayoría fue liberada": what happened to a part */
        if (m->kind != XP_TRIGGER || m->start <= from || m->start - from > 120 || m->event == XD_EVENT_NONE ||
            (m->event == EXTRACT_EVENT_HELD && (!held || xp_attr_get(m->rule, "state") ||
                                                 (m->start - from > 60 && S_has_comma(c->d->text.text, from, m->start)) ||
                                                 !memchr(c->d->text.text + m->start, ' ', m->end - m->start))))
            continue;
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *b = &c->d->ments[k];
            /* inside a relative clause a bare subordinating word ("enquanto cobriam …") is part of it; only a
             * break after punctuation ends the clause of the main verb */
            if (b->kind == XP_CLAUSE && b->start >= from && b->end <= m->start &&
                (!inner || strchr(",;:", c->d->text.text[b->start])))
                return NULL;
        }
        return S_count_between(counts, n_counts, i, from, m->start) ? NULL : m;
    }
    return NULL;
}

static const xd_mention *S_main_verb_after(const xc_ctx *c, const xc_count *counts, size_t n_counts, size_t i, size_t ma,
                                           size_t mb, size_t from, int held)
{
    return S_main_verb_past(c, counts, n_counts, i, ma, mb, from, held, 0);
}

/* The first event word within 120 bytes after `from` when it is a phrase of holding (held, several words, not a
 * state word: "continuam atrás das grades", "siguen en prisión", "remain behind bars"), with no clause break,
 * reporting verb, source or other count between; NULL when there is none. */
static const xd_mention *S_remain_after(const xc_ctx *c, const xc_count *counts, size_t n_counts, size_t i, size_t ma,
                                        size_t mb, size_t from)
{
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start <= from)
            continue;
        if (m->start - from > 120 || m->kind == XP_CUE || m->kind == XP_CLAUSE || m->kind == XP_SOURCE)
            return NULL;
        if (m->kind != XP_TRIGGER || m->event == XD_EVENT_NONE)
            continue;
        if (m->event != EXTRACT_EVENT_HELD || xp_attr_get(m->rule, "state") ||
            !memchr(c->d->text.text + m->start, ' ', m->end - m->start))
            return NULL;
        return S_count_between(counts, n_counts, i, from, m->start) ? NULL : m;
    }
    return NULL;
}

/* "a libertação, na quinta-feira, de 67 jovens que …": the release or detention word that governs the count from
 * before it in its clause (within 60 bytes, no other figure, clause break or reporting verb between), or NULL. */
static const xd_mention *S_governing_before(const xc_ctx *c, size_t ma, size_t mb, size_t lead)
{
    const xd_mention *best = NULL;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start >= lead)
            break;
        if (m->kind == XP_TRIGGER && m->end <= lead && lead - m->end <= 60 &&
            (m->event == EXTRACT_EVENT_RELEASE || m->event == EXTRACT_EVENT_DETENTION))
            best = m;
        else if (best && (xc_num(m) || m->kind == XP_CLAUSE || m->kind == XP_CUE))
            best = NULL;
    }
    return best;
}

/* Whether text[a,b) holds at most `words` lower-case words besides the days and names in it ("esta semana", "este
 * martes", ", no sábado,"): a comma only before a day, and after it only when one came before it (the day set off), no other
 * punctuation, at most 60 bytes. */
static int S_gap_past_days(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b, int words)
{
    const char *t = c->d->text.text;
    if (b < a || b - a > 60)
        return 0;
    int n = 0, in = 0, opened = 0;
    for (size_t i = a; i < b;) {
        size_t skip = 0;
        /* a place named between is no word either: "llevaba a Saná a 120 antiguos detenidos", "libertaram em Luanda
         * 641 pessoas detidas" (twentieth session) */
        for (size_t q = ma; q < mb && !skip; q++)
            if ((c->d->ments[q].kind == XP_DATE || c->d->ments[q].kind == XP_ACTOR) && c->d->ments[q].start == i)
                skip = c->d->ments[q].end - i;
        if (!skip && (i == a || !xc_letter_byte((unsigned char)t[i - 1]))) {
            size_t we = xc_listed_at(c, "week_words", i, b, XC_ANY_CASE | XC_ALL_LANGS);
            skip = we ? we - i : 0;
        }
        if (skip) {
            i += skip;
            in = 0;
            if (i < b && t[i] == ',') {
                if (!opened)
                    return 0; /* "The figures, released on 12 December, list 640 …": the verb was an aside's */
                i++;
            }
            opened = 0;
            continue;
        }
        unsigned char ch = (unsigned char)t[i];
        if (ch == ',' && i + 1 < b) {
            /* a comma only right before a day */
            size_t j = i + 1;
            while (j < b && xc_is_space(t[j]))
                j++;
            int day = 0;
            for (size_t q = ma; q < mb && !day; q++)
                day = c->d->ments[q].kind == XP_DATE && c->d->ments[q].start == j;
            if (!day)
                return 0;
            i = j;
            in = 0;
            opened = 1;
            continue;
        }
        if (xc_is_space((char)ch)) {
            in = 0;
            i++;
            continue;
        }
        if (!((ch >= 'a' && ch <= 'z') || ch >= 0x80))
            return 0;
        if (!in)
            n++;
        in = 1;
        i++;
    }
    return n <= words;
}

/* "apenas dois ocidentais, os alemães A e B, trabalhadores humanitários raptados em 1989, continuam reféns", "two
 * aid workers, A and B, seized in 1989, remain in captivity": an apposition that renames the people (names, people
 * nouns, their articles and adjectives) may stand between the count's comma and the participle. Whether text[a,b)
 * is such an apposition: at most 120 bytes, no sentence punctuation, only name and people-noun mentions in it, and
 * the participle right after the last of them (a word, or the comma that closes the names, between). Twentieth
 * session. */
static int S_renamed_before(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    if (b < a || b - a > 120)
        return 0;
    for (size_t x = a; x < b; x++)
        if (t[x] == ';' || t[x] == ':' || t[x] == '(' || t[x] == '.' || t[x] == '"')
            return 0;
    size_t last = SIZE_MAX;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->end <= a || m->start >= b)
            continue;
        if ((m->kind != XP_SUBJECT && m->kind != XP_ACTOR) || m->end > b)
            return 0;
        last = m->end;
    }
    if (last == SIZE_MAX)
        return 0;
    size_t x = last;
    while (x < b && xc_is_space(t[x]))
        x++;
    if (x < b && t[x] == ',')
        return xc_gap_words(t, x + 1, b, 0, 16);
    return xc_gap_words(t, x, b, 1, 16);
}

/* Twenty-fourth session. "Os 25 tripulantes do superpetroleiro Sirius Star, sequestrado por piratas …, foram
 * libertados", "los 30 pasajeros del vuelo 512, secuestrado en Chipre, fueron liberados", "the 25 crew of the tanker
 * Sirius Star, seized by pirates …, were freed": whether text[a,b) is a genitive after the people (a word of
 * of_words, then at most 80 bytes of another noun's words: no event word, figure, reporting verb, clause break or
 * second comma) closed by a comma right before b. The participle opening the aside after it describes that noun
 * (the ship, the flight), not the people; the participle may then be singular, agreeing with that noun. */
static int S_genitive_aside(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    if (a >= b || !xc_listed_at(c, "of_words", a, b, XC_LOWER))
        return 0;
    size_t comma = xc_last_of(t, a, b, ',');
    if (comma == SIZE_MAX || comma - a > 80 || !xc_gap_words(t, comma + 1, b, 0, 4))
        return 0;
    for (size_t x = a; x < comma; x++)
        if (t[x] == ',' || t[x] == ';' || t[x] == ':' || t[x] == '(' || t[x] == '.' || t[x] == '"')
            return 0;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->end <= a || m->start >= comma)
            continue;
        if (m->kind == XP_TRIGGER || m->kind == XP_CUE || m->kind == XP_CLAUSE || m->kind == XP_SOURCE || xc_num(m))
            return 0;
    }
    return 1;
}

/* Whether the first word of tr ends like a participle, singular or plural ("sequestrado", "secuestrada", "preso",
 * "seized"): S_genitive_aside's participle agrees with the noun of the genitive, often singular. */
static int S_any_participle(const xc_ctx *c, const xd_mention *tr)
{
    const extract_doc *d = c->d;
    size_t fs = xc_fold_at(d, tr->start), fe = xc_fold_at(d, tr->end), w = fs;
    while (w < fe && !xc_is_space(d->fold.data[w]))
        w++;
    return xc_participle_end(d, fs, w, 1);
}

/* "seven other Americans, kidnapped in Beirut over the past months, are still being held", "344 schoolboys abducted
 * from a school in Kankara, Katsina State, were freed a week later", "300 presos, detenidos en 2019, fueron
 * excarcelados": a participle phrase right after the people (after their noun and at most a word, or opening an
 * aside with a comma) describes them; the finite verb after the comma that closes it, with at most a few words
 * (auxiliaries, adverbs) between the comma and it, is the predicate whose subject the count is. Within 160 bytes of
 * the participle, with no other event word, figure, reporting verb, source or clause break between. Returns that
 * verb's event word, or NULL (nineteenth session). */
static const xd_mention *S_predicate_past_aside(const xc_ctx *c, const xc_count *counts, size_t n_counts, size_t i,
                                                size_t ma, size_t mb, const xd_mention *tr, size_t ce)
{
    const char *t = c->d->text.text;
    if (!tr || tr->event < 0 || tr->event == XD_EVENT_NONE || tr->start < ce || xc_finite_event(c, tr))
        return NULL;
    /* right after the count phrase: at most a word ("schoolboys"), or the comma that opens the aside */
    size_t a = ce;
    while (a < tr->start && xc_is_space(t[a]))
        a++;
    int genitive = S_genitive_aside(c, ma, mb, a, tr->start);
    if (genitive ? !S_any_participle(c, tr) : !xc_participle_head(c, tr))
        return NULL;
    int opened = genitive || (a < tr->start && t[a] == ',');
    if (opened && !genitive)
        a++;
    if (!genitive && !xc_gap_words(t, a, tr->start, 1, 16) && !(opened && S_renamed_before(c, ma, mb, a, tr->start)))
        return NULL;
    /* a participle right after a bare figure is its noun ("os catorze libertados, entre os quais …, foram levados"):
     * the people are named by what happened to them */
    if (!opened && !counts[i].subject && xc_gap_words(t, a, tr->start, 0, 16))
        return NULL;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start < tr->end)
            continue;
        if (m->start - tr->end > 160 || m->kind == XP_CUE || m->kind == XP_CLAUSE || m->kind == XP_SOURCE ||
            (xc_num(m) && m != counts[i].num))
            return NULL;
        if (m->kind != XP_TRIGGER || m->event < 0)
            continue;
        /* a verb of remaining is finite by itself ("siguen cautivos", "continuam em cativeiro") */
        if (m->event == XD_EVENT_NONE || m->event == tr->event || xp_attr_get(m->rule, "state") ||
            !(xc_finite_event(c, m) || xc_listed_at(c, "REMAIN_VERB", m->start, m->end, XC_ANY_CASE)))
            return NULL;
        /* the comma closing the aside, then only a few words before the verb; no sentence punctuation inside */
        size_t comma = SIZE_MAX;
        for (size_t x = tr->end; x < m->start; x++) {
            if (t[x] == ';' || t[x] == ':' || t[x] == '(' || t[x] == '.')
                return NULL;
            if (t[x] == ',')
                comma = x;
        }
        if (comma == SIZE_MAX || !xc_gap_words(t, comma + 1, m->start, 3, 32))
            return NULL;
        return S_count_between(counts, n_counts, i, tr->end, m->start) ? NULL : m;
    }
    return NULL;
}

/* "siguen en cautiverio en Colombia unas 300 personas secuestradas", "remain in custody in Minsk some 40 people
 * detained in March": a phrase of holding that opens with a verb of remaining (lexicons REMAIN_VERB, REMAIN_TAIL)
 * before the count, with only lower-case words, places and days between (at most 60 bytes, no punctuation, no
 * other event word, figure, reporting verb or clause break), is the predicate of an inverted subject: it says what
 * is true of the people now, and the participle after their noun only describes them. Returns it, or NULL
 * (nineteenth session). */
static const xd_mention *S_remain_before(const xc_ctx *c, size_t ma, size_t mb, size_t lead)
{
    const char *t = c->d->text.text;
    const xd_mention *best = NULL;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start >= lead)
            break;
        /* twenty-seventh session: a verb of being or of existence the rules mark (copula=1, *.held.copula_inverted:
         * "estavam no início de fevereiro cerca de 10 mil palestinianos detidos") or list (copula_state_words:
         * "there were") says the state as a verb of remaining does */
        if (m->kind == XP_TRIGGER && m->event == EXTRACT_EVENT_HELD && m->end <= lead && lead - m->end <= 60 &&
            (xc_listed_at(c, "REMAIN_VERB", m->start, m->end, XC_ANY_CASE) ||
             xc_listed_at(c, "REMAIN_TAIL", m->start, m->end, XC_ANY_CASE) || xp_attr_get(m->rule, "copula") ||
             xc_listed_at(c, "copula_state_words", m->start, m->end, XC_ANY_CASE) == m->end))
            best = m;
        else if (best && m->start >= best->end && m->kind != XP_ACTOR && m->kind != XP_DATE && m->kind != XP_VETO &&
                 m->kind != XP_QUALIFIER && m->kind != XP_DATEROLE)
            best = NULL;
    }
    if (!best)
        return NULL;
    int words = 0, in = 0;
    for (size_t x = best->end; x < lead; x++) {
        unsigned char ch = (unsigned char)t[x];
        if (xc_is_space((char)ch)) {
            in = 0;
            continue;
        }
        if (strchr(",;:.()\"", ch))
            return NULL;
        if (!in && ++words > 6)
            return NULL;
        in = 1;
    }
    return best;
}

/* Twenty-seventh session. "86 people had been brought out of the building and placed under arrest", "18 juveniles
 * had been picked up in the raids and released", "137 venezuelanos foram expulsos com base na lei de 1798 e estão
 * agora presos em El Salvador": a finite predicate whose subject is the count (right after the count phrase, only
 * auxiliaries between), then in the same clause "and / y / e" and a second verb phrase of another event on the same
 * subject (only auxiliaries and adverbs between the conjunction and it: aux_words) — the second predicate says
 * where the people ended up, and it is the event the gold gives; not a word of holding after an arrest (the
 * arrest's own custody). Within 120 bytes, with no comma or other
 * punctuation, figure, reporting verb, source, clause break or other event word between the two; the second must
 * be a verb (finite, or a participle sharing the first's auxiliary), not a noun ("and the release of"). Returns the
 * second event word, or NULL. */
static const xd_mention *S_coordinated_predicate(const xc_ctx *c, size_t ma, size_t mb, const xc_count *cnt,
                                                 const xd_mention *tr, size_t ce)
{
    const char *t = c->d->text.text;
    if (!tr || tr->event < 0 || tr->event == XD_EVENT_NONE || !xc_finite_event(c, tr) || xp_attr_get(tr->rule, "tally"))
        return NULL;
    /* the count's noun may be the verb's own participle ("40 manifestantes foram detidos": the people noun the
     * rules take is "detidos"): then a word or two of people between the figure and the verb */
    if (tr->start < ce) {
        const xd_mention *s = cnt->subject;
        if (!s || s->start < tr->start || s->end > tr->end || tr->start < cnt->num->end ||
            !xc_gap_words(t, cnt->num->end, tr->start, 2, 40))
            return NULL;
    } else {
        size_t a = ce;
        while (a < tr->start && xc_is_space(t[a]))
            a++;
        if (a < tr->start && !xc_aux_gap(c, a, tr->start))
            return NULL;
    }
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start < tr->end)
            continue;
        if (m->start - tr->end > 120 || m->kind == XP_CUE || m->kind == XP_CLAUSE || m->kind == XP_SOURCE || xc_num(m))
            return NULL;
        if (m->kind != XP_TRIGGER || m->event < 0)
            continue;
        /* "habían sido arrestadas y retenidas", "fueron detenidos y retenidos": holding after the arrest is the
         * arrest's own custody, detention in the gold (es/130, es/142 on the first run) */
        if (m->event == XD_EVENT_NONE || m->event == tr->event ||
            (tr->event == EXTRACT_EVENT_DETENTION && m->event == EXTRACT_EVENT_HELD))
            return NULL;
        for (size_t x = tr->end; x < m->start; x++)
            if (strchr(",;:.()", t[x]))
                return NULL;
        /* the conjunction: the last word of and_words in the gap, only auxiliaries and adverbs after it */
        size_t conj = SIZE_MAX, cend = 0;
        for (size_t x = tr->end; x < m->start; x++)
            if ((x == tr->end || xc_is_space(t[x - 1])) && !xc_is_space(t[x])) {
                size_t e = x;
                while (e < m->start && !xc_is_space(t[e]))
                    e++;
                if (xc_listed_at(c, "and_words", x, e, XC_ANY_CASE) == e) {
                    conj = x;
                    cend = e;
                }
            }
        if (conj == SIZE_MAX)
            return NULL;
        while (cend < m->start && xc_is_space(t[cend]))
            cend++;
        if (cend < m->start && !xc_aux_gap(c, cend, m->start))
            return NULL;
        if (!(xc_finite_event(c, m) || xc_participle_head(c, m) || xc_bare_participle(c, m)))
            return NULL;
        return m;
    }
    return NULL;
}

/* "225 people arrested during the unrest would be set free", "presos detenidos en 2024 fueron excarcelados":
 * a detention word right after the people noun describes who they are; a release word later in the same
 * clause says what happened to them. */
static void S_prefer_main_verb(xc_ctx *c, const xc_count *counts, size_t n_counts, size_t i, size_t ma, size_t mb)
{
    xc_count *cnt = (xc_count *)&counts[i];
    const xd_mention *tr = cnt->trigger, *m = NULL;
    size_t cs, ce;
    xc_count_span(cnt, &cs, &ce);
    /* "312 detentos que não retornaram … já foram recapturados": a word for something else in a relative
     * clause describes the people; a release or detention word after it in the clause is what happened */
    /* "13 people who work for its departments were being held and demanded that they be freed": a finite verb of
     * holding is a main verb too (seventeenth session) */
    if (tr && tr->event == XD_EVENT_NONE && tr->start >= ce && S_relative_before(c, ce, tr->start))
        m = S_main_verb_after(c, counts, n_counts, i, ma, mb, tr->end, 1);
    /* "Sete jornalistas que tinham sido detidos …, foram libertados", "178 guards … who had been held hostage …
     * had been freed", "la puesta en libertad de 67 jóvenes que se encontraban en la cárcel": a held or detention
     * word in a relative clause after the people describes them; what happened to them is the main verb after
     * the clause, else the word governing the count before it */
    if (!m && tr && tr->event != XD_EVENT_NONE && tr->start >= ce && S_relative_clause(c, ce, tr->start, tr->end)) {
        m = S_main_verb_past(c, counts, n_counts, i, ma, mb, tr->end, 0, 1);
        /* "… who are being held incommunicado, among them X, who refused … the release": a word in a further
         * relative clause is not the main verb */
        if (m && S_has_relative(c, tr->end, m->start))
            m = NULL;
        /* Twenty-first session. "cifró en 17 los rehenes que estaban retenidos en el café cuando empezó el
         * secuestro", "the 40 hostages who were held in the bank when the siege began": an event word that is no
         * finite verb, past a word of time (when_words), is the event of that time clause, not what happened to
         * the people ("who have been held since August, were released" keeps its finite verb) */
        if (m && !xc_finite_event(c, m) &&
            xc_listed_in(c, "when_words", tr->end, m->start, XC_ANY_CASE) < m->start)
            m = NULL;
        if (!m) {
            m = S_governing_before(c, ma, mb, cnt->qual ? cnt->qual->start : cs);
            /* "cifrar en 90 los detenidos liberados … y en 95 los que aún permanecían retenidos": a word that is
             * an earlier figure's own noun governs that figure, not this one (eighteenth session) */
            for (size_t k = ma; m && k < mb; k++) {
                const xd_mention *o = &c->d->ments[k];
                if (o != cnt->num && xc_num(o) && o->end <= m->start &&
                    xc_gap_words(c->d->text.text, o->end, m->start, 3, 40))
                    m = NULL;
            }
        }
        if (m && m->event == tr->event)
            m = NULL;
    }
    int in_noun = cnt->subject && tr && tr->start >= cnt->subject->start && tr->end <= cnt->subject->end;
    /* "Nearly 300 of the roughly 680 people detained … were released": the whole a part is taken from keeps its
     * describing word; the main verb after it is the part's */
    size_t lead0 = cnt->qual && cnt->qual->start < cs ? cnt->qual->start : cs;
    for (size_t q = ma; !m && q < mb; q++) {
        const xd_mention *p = &c->d->ments[q];
        if (p->kind != XP_PARTITIVE || p->end > lead0 || !xc_gap_words(c->d->text.text, p->end, lead0, 0, 2))
            continue;
        /* only the whole of a counted part ("300 of the 680"), not "every one of the 511" */
        for (size_t r = ma; r < q; r++) {
            const xd_mention *f = &c->d->ments[r];
            if (xc_num(f) && f->end <= p->start && xc_gap_words(c->d->text.text, f->end, p->start, 0, 1))
                return;
        }
    }
    /* "124 detenciones ... liberadas horas después": a count of arrests (no people noun) stays a count of arrests */
    /* "20 mil detenções … incluindo pessoas que foram soltas": a noun for the acts (act=1) counts arrests */
    /* "20 people arrested in 2019 were still in detention": a state after the description holds them now;
     * "los doce campesinos encarcelados desde 2019 ya duermen en casa": so does a release after a held participle */
    /* A finite detention verb ("350 pessoas foram detidas quando … pela libertação do líder") is itself what
     * happened to them: a release word later in its clause names what they marched for (seventeenth session). */
    /* "Six men jailed for life over the bombings walked free": a verdict phrase opening with a bare participle
     * (verdict=1: jailed for a term) describes the people too; the release after it is what happened to them
     * (eighteenth session). */
    if (!m && tr && ((tr->event == EXTRACT_EVENT_DETENTION && !xc_finite_event(c, tr)) ||
                     (tr->event == EXTRACT_EVENT_HELD &&
                      (xc_bare_participle(c, tr) || (xp_attr_get(tr->rule, "verdict") && xc_participle_head(c, tr))))) &&
        cnt->subject && !xp_attr_get(cnt->subject->rule, "act") &&
        (in_noun || (tr->start >= ce && xc_gap_words(c->d->text.text, ce, tr->start, 0, 1)))) {
        m = S_main_verb_after(c, counts, n_counts, i, ma, mb, tr->end, 1);
        /* Twenty-second session. "700 people arrested during the crackdown who remain behind bars", "detenidos
         * durante la represión que siguen presos": a noun of the same event after the participle ("during the
         * crackdown") is the time of the arrest, not what happened to the people; the next event word past it (one
         * more bounded look, 120 bytes) is, when it is another event: held or released. Only a single word:
         * "quatro dos antigos detidos voltaram a ser presos" keeps its infinitive phrase as what happened. */
        if (m && m->event == tr->event && !xc_finite_event(c, m) &&
            !memchr(c->d->text.text + m->start, ' ', m->end - m->start)) {
            const xd_mention *m2 = S_main_verb_after(c, counts, n_counts, i, ma, mb, m->end, 1);
            if (m2 && m2->event != tr->event)
                m = m2;
        }
    }
    /* "Trinta pessoas abrangidas pela amnistia decretada em agosto pelo Presidente, X, continuam atrás das grades",
     * "40 prisoners covered by the pardon remain in jail": a release phrase opening with a bare participle right
     * after the people describes them (whom a measure reached); a phrase of holding later in the clause, within
     * 120 bytes, past the commas of an aside, no other figure, clause break or reporting verb between, says where
     * they are now (eighteenth session). */
    if (!m && tr && tr->event == EXTRACT_EVENT_RELEASE && xc_participle_head(c, tr) && cnt->subject &&
        (in_noun || (tr->start >= ce && xc_gap_words(c->d->text.text, ce, tr->start, 0, 1))))
        m = S_remain_after(c, counts, n_counts, i, ma, mb, tr->end);
    /* "libertaram esta semana 641 pessoas detidas", "excarceló este martes a 56 personas encarceladas", "freed on
     * Tuesday 56 people detained in March": a detention or held participle in or right after the people noun
     * describes them; a release or detention verb governing the count from before it, a day between, is what
     * happened to them */
    if (!m && tr && (tr->event == EXTRACT_EVENT_DETENTION || tr->event == EXTRACT_EVENT_HELD) &&
        !memchr(c->d->text.text + tr->start, ' ', tr->end - tr->start) &&
        (in_noun || (tr->start >= ce && xc_gap_words(c->d->text.text, ce, tr->start, 0, 1)))) {
        size_t lead = cnt->qual ? cnt->qual->start : cs;
        m = S_governing_before(c, ma, mb, lead);
        /* only a day and a word or three between, not a comma of the sentence ("released …, leaving 201 in
         * custody") nor another figure's own noun ("300 detenidos y cuarenta jóvenes encarcelados") */
        if (m && (m->event == tr->event || !S_gap_past_days(c, ma, mb, m->end, lead, 3) ||
                  xc_noun_of_number(c, ma, mb, m, cnt->num)))
            m = NULL;
    }
    /* "Instituciones Penitenciarias contabiliza 29 presos de la organización que salieron en libertad", "the ministry
     * counted 40 detainees who were freed on bail": a verb of tallying before the count only says they are counted;
     * a release or detention word in the relative clause of their noun says what is counted (nineteenth session) */
    if (!m && tr && xp_attr_get(tr->rule, "tally") && tr->end <= cs && cnt->subject && !cnt->subject->role)
        for (size_t q = ma; q < mb; q++) {
            const xd_mention *o = &c->d->ments[q];
            if (o->start < ce)
                continue;
            if (o->start - ce > 80 || o->kind == XP_CUE || o->kind == XP_CLAUSE || (xc_num(o) && o != cnt->num))
                break;
            if (o->kind != XP_TRIGGER)
                continue;
            if ((o->event == EXTRACT_EVENT_RELEASE || o->event == EXTRACT_EVENT_DETENTION) &&
                S_relative_clause(c, ce, o->start, o->end))
                m = o;
            break;
        }
    /* a second predicate coordinated on the same subject (twenty-seventh session) */
    /* (the people noun the rules take may be the finite verb's own participle: "fueron detenidos") */
    if (!m && tr && (!in_noun || xc_finite_event(c, tr)))
        m = S_coordinated_predicate(c, ma, mb, cnt, tr, ce);
    /* the finite verb past an aside that a participle opens (nineteenth session) */
    /* not when the participle is the people's noun itself ("os catorze libertados, entre os quais …, foram
     * levados até à capital": the people are named by what happened to them) */
    if (!m && tr && !in_noun && (!cnt->subject || !xp_attr_get(cnt->subject->rule, "act")))
        m = S_predicate_past_aside(c, counts, n_counts, i, ma, mb, tr, ce);
    /* a verb of remaining before an inverted subject whose participle describes it (nineteenth session) */
    if (!m && tr && tr->event != EXTRACT_EVENT_HELD && cnt->subject && !cnt->subject->role &&
        xc_bare_participle(c, tr) && (in_noun || (tr->start >= ce && xc_gap_words(c->d->text.text, ce, tr->start, 0, 1))))
        m = S_remain_before(c, ma, mb, cnt->qual && cnt->qual->start < cs ? cnt->qual->start : cs);
    if (!m)
        return;
    xc_trace(c, xp_attr_get(tr->rule, "tally") ? "count %lld: \"%.*s\" only counts the people; \"%.*s\" is what happened to them"
                                                : "count %lld: \"%.*s\" describes the people; \"%.*s\" is what happened to them",
             (long long)cnt->num->value, (int)(tr->end - tr->start), c->d->text.text + tr->start,
             (int)(m->end - m->start), c->d->text.text + m->start);
    cnt->trigger = m;
}

/* Whether a verb of threatening (threat_words) ends at most three words before the count ("amenazó con ejecutar
 * a diez", "threatened to kill ten", "ameaçou executar dez"): what a threat names has not happened. */
/* "39 people were killed, 29 prisoners and 10 of the hostages", "12 muertos: 8 presos y 4 guardias", "67 mortos, 40
 * reféns e 27 sequestradores": figures set off by a comma, colon or dash right after a total that counts people for
 * something else (the dead, the wounded: event none with a word of its own), and that add up to that total, break it
 * down; they are the dead too, whatever their nouns say. Returns the index of that total, or -1. The look-back is
 * bounded by the sentence's counts (the nearest total only), and only the next eight counts are summed. No event word of ours may stand
 * between the total and the last part ("five were killed, two arrested and three freed" adds up by chance). */
static int S_part_of_other_total(const xc_ctx *c, const xc_count *counts, size_t n_counts, size_t i, size_t ma,
                                 size_t mb)
{
    const extract_doc *d = c->d;
    for (size_t j = i; j-- > 0;) {
        const xc_count *tot = &counts[j];
        if (tot->event != XD_EVENT_NONE || !tot->trigger || tot->num->value <= 0)
            continue;
        size_t ts, te, ps, pe;
        xc_count_span(tot, &ts, &te);
        if (tot->trigger->end > te)
            te = tot->trigger->end;
        xc_count_span(&counts[j + 1], &ps, &pe);
        /* the parts follow the total within a few words ("were killed in the assault, 15 inmates"), set off
         * by the last mark before the first part */
        if (te > ps || ps - te > 60)
            return -1;
        size_t x = ps;
        while (x > te && xc_is_space(d->text.text[x - 1]))
            x--;
        if (x == te)
            return -1;
        unsigned char ch = (unsigned char)d->text.text[x - 1];
        if (ch != ',' && ch != ':' && ch != ';' && ch != '-' && !(ch == 0x94 && x >= te + 3)) /* U+2014 ends 0x94 */
            return -1;
        int64_t sum = 0;
        size_t k = j + 1;
        for (; k < n_counts && k <= j + 8 && sum < tot->num->value; k++)
            sum += counts[k].num->value;
        if (sum != tot->num->value || k - 1 < i || k - (j + 1) < 2)
            return -1;
        size_t le = counts[k - 1].num->end;
        for (size_t q = ma; q < mb; q++) {
            const xd_mention *m = &d->ments[q];
            if (m->kind == XP_TRIGGER && m->event >= 0 && m->event != XD_EVENT_NONE && m->start >= te && m->start < le)
                return -1;
        }
        return (int)j;
    }
    return -1;
}

/* "más de 2,6 millones de personas han enviado mensajes para pedir la liberación del grupo", "200,000 people
 * signed a petition calling for the release of the activists": people counted before a verb of asking for a
 * release (asks=1) that opens an adjunct of purpose or manner (a word of purpose_words right before it: para, a,
 * to; or the asking word itself a gerund: calling, pidiendo, exigindo) are those who ask, not those held. Only
 * for a people noun that names no event ("personas", "activists"): "las familias de 40 rehenes marcharon para pedir
 * su liberación" counts the hostages, held. */
/* Whether an event word of ours (not event=none) ends at most 60 bytes before pos in the sentence [ma, mb), with no
 * clause break, reporting verb or other figure between: '"The hostages are free, all 90 of them"' (twenty-first
 * session). */
static int S_event_word_just_before(const xc_ctx *c, size_t ma, size_t mb, size_t pos)
{
    const xd_mention *best = NULL;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start >= pos)
            break;
        if (m->kind == XP_TRIGGER && m->event >= 0 && m->event != XD_EVENT_NONE && m->end <= pos && pos - m->end <= 60)
            best = m;
        else if (best && (m->kind == XP_CLAUSE || m->kind == XP_CUE || xc_num(m)))
            best = NULL;
    }
    return best != NULL;
}

/* Whether a partitive pronoun ("de ellos", "of them") follows pos and ends by limit. */
static int S_partitive_before(const xc_ctx *c, size_t ma, size_t mb, size_t pos, size_t limit)
{
    const xd_mention *m = xc_partitive_pronoun_after(c, ma, mb, pos);
    return m && m->end <= limit;
}

/* Whether an event word of ours (not event=none) starts within `span` bytes after pos in the sentence [ma, mb):
 * "y otros 800 presos políticos, según la ONG, siguen en prisión" has a verb of its own (twenty-first session). */
static int S_event_word_after(const xc_ctx *c, size_t ma, size_t mb, size_t pos, size_t span)
{
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start >= pos && m->start - pos <= span && m->kind == XP_TRIGGER && m->event >= 0 &&
            m->event != XD_EVENT_NONE)
            return 1;
    }
    return 0;
}

/* Whether count i is joined to the count before it as more of the same people, both the object of one verb before
 * the first: "excarcelaría a 3.000 presos condenados por … y a otros 600", "libertou 300 reclusos e outros 40",
 * "freed 300 inmates and another 40". The count before has an event of ours from a trigger standing before it; a
 * conjunction (conjunction_words; es "y a", pt "e a") comes right before the qualifier; between the two counts (at most 200
 * bytes) there is no event word, reporting verb or clause break (twenty-first session). */
static int S_more_of_the_same(const xc_ctx *c, const xc_count *counts, size_t i, size_t ma, size_t mb)
{
    const xc_count *prev = &counts[i - 1];
    const xc_count *cnt = &counts[i];
    const char *t = c->d->text.text;
    if (prev->event < 0 || prev->event == XD_EVENT_NONE || !prev->trigger || prev->trigger->end > prev->num->start ||
        prev->num->end > cnt->qual->start || cnt->qual->start - prev->num->end > 200)
        return 0;
    /* the conjunction right before the qualifier, with an optional object marker ("y a otros", "e a outros") */
    size_t p = cnt->qual->start;
    while (p > prev->num->end && t[p - 1] == ' ')
        p--;
    size_t wb, we;
    xc_word_before(t, prev->num->end, p, &wb, &we);
    if (we == p && wb > prev->num->end && xc_listed(c, "object_marker_words", wb, we, XC_LOWER)) {
        p = wb;
        while (p > prev->num->end && t[p - 1] == ' ')
            p--;
        xc_word_before(t, prev->num->end, p, &wb, &we);
    }
    if (we <= wb || we != p || wb <= prev->num->end || !xc_listed(c, "conjunction_words", wb, we, XC_LOWER))
        return 0;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start < prev->num->end || m->start >= cnt->qual->start)
            continue;
        if ((m->kind == XP_TRIGGER && m->event >= 0) || m->kind == XP_CUE || m->kind == XP_CLAUSE || xc_num(m))
            return 0;
    }
    return 1;
}

static int S_demanders(const xc_ctx *c, const xc_count *cnt)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    const xd_mention *tr = cnt->trigger;
    if (!tr || !xp_attr_get(tr->rule, "asks") || tr->start < cnt->num->end || !cnt->subject ||
        cnt->subject->start < cnt->num->end || (cnt->subject->event >= 0 && cnt->subject->event != XD_EVENT_NONE) ||
        tr->start - cnt->subject->end > 160)
        return 0;
    /* the asking word a gerund ("demanding", "exigiendo", "pedindo"): its ending is one of gerund_endings, of
     * any of the three languages, as a quote in another language keeps its own grammar */
    size_t w = tr->start;
    while (w < tr->end && !xc_is_space(t[w]))
        w++;
    for (size_t l = 3; l <= 5 && w - tr->start > 5; l++)
        if (xc_listed(c, "gerund_endings", w - l, w, XC_LOWER | XC_ALL_LANGS))
            return 1;
    /* a word of purpose right before it */
    size_t e = tr->start;
    while (e > cnt->subject->end && xc_is_space(t[e - 1]))
        e--;
    size_t b = e;
    while (b > cnt->subject->end && !xc_is_space(t[b - 1]))
        b--;
    return b < e && xc_listed(c, "purpose_words", b, e, XC_LOWER);
}

static int S_threatened(const xc_ctx *c, const xc_count *cnt)
{
    const char *t = c->d->text.text;
    size_t lead = cnt->qual && cnt->qual->start < cnt->num->start ? cnt->qual->start : cnt->num->start;
    size_t lo = c->d->sents[cnt->num->sent].start;
    size_t from = lead > lo + 40 ? lead - 40 : lo;
    for (size_t k = lead; k > from; k--)
        if (!xc_is_space(t[k - 1]) && (k == lead || xc_is_space(t[k])) && xc_gap_words(t, k, lead, 3, 40) &&
            xc_words_before(c, "threat_words", lo, k, XC_LOWER))
            return 1;
    return 0;
}

/* Finds "of the 553" / "entre los arrestados" in a sentence: a partitive word followed by a figure an earlier
 * claim gave, or by an event word or event noun. Sets the group's event and where it ends. */
static void S_partitive(xc_ctx *c, size_t ma, size_t mb, int *event, size_t *at, int *whole)
{
    extract_doc *d = c->d;
    const char *t = d->text.text;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *p = &d->ments[k];
        if (p->kind != XP_PARTITIVE)
            continue;
        /* "about a dozen of those releases": the partitive belongs to the count right before it */
        int owned = 0;
        for (size_t q = ma; q < k && !owned; q++)
            owned = xc_num(&d->ments[q]) && d->ments[q].end <= p->start && xc_gap_words(t, d->ments[q].end, p->start, 0, 2);
        if (owned)
            continue;
        /* "De ese total, 188 estaban presos": the whole named as a total is the latest claim, from a sentence before */
        if (xp_attr_get(p->rule, "whole")) {
            if (d->n_claims) {
                *event = (int)d->claims[d->n_claims - 1].event;
                *at = p->end;
                *whole = 1;
                return;
            }
            continue;
        }
        for (size_t q = k + 1; q < mb; q++) {
            const xd_mention *m = &d->ments[q];
            if (m->start < p->end)
                continue;
            if (m->start > p->end + 2 || !xc_gap_words(t, p->end, m->start, 0, 2))
                break;
            if (xc_num(m)) {
                for (size_t i = d->n_claims; i-- > 0;)
                    if (d->claims[i].count == m->value) {
                        *event = (int)d->claims[i].event;
                        *at = m->end;
                        return;
                    }
            } else if ((m->kind == XP_TRIGGER || m->kind == XP_SUBJECT) && m->event >= 0 && m->event != XD_EVENT_NONE) {
                *event = m->event;
                *at = m->end;
                return;
            }
        }
    }
}

/* Binds every count of one sentence. */
/* Whether count i, with no date of its own, is the second half of a coordination whose first half dated count j
 * of the same event to one day: "Azerbaiyán liberó este miércoles a 32 militares y Armenia hizo lo propio con dos
 * soldados", "a junta amnistiou hoje 7.749 presos, por ocasião de um feriado, e ordenou ainda a libertação de 125
 * estrangeiros", "the army freed 40 rebels on Monday and the rebels released 12 soldiers". Between the day and
 * count i: a conjunction (y, e, and), no date, reporting verb, clause break, ';', ':', nor a contrast word; and no
 * date after count i in its sentence. Releases and detentions only: a stock held on one day says nothing of
 * another. */
static int S_coordinated_day(const xc_ctx *c, const xc_count *counts, size_t i, size_t j, const xd_mention *day, size_t ma,
                             size_t mb)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    const xc_count *a = &counts[j], *b = &counts[i];
    if (!day || day->date_end[0] || day->whole_month || a->event != b->event || b->event == EXTRACT_EVENT_HELD ||
        day->end > b->num->start || a->num->end > b->num->start)
        return 0;
    size_t lo = a->num->end > day->end ? a->num->end : day->end, hi = b->num->start;
    if (hi - lo > 200)
        return 0;
    int has_conj = 0;
    for (size_t x = lo; x < hi; x++) {
        if (t[x] == ';' || t[x] == ':' || t[x] == '.')
            return 0;
        /* a conjunction joining clauses: after a comma, or before a capitalised subject ("y Armenia hizo lo
         * propio"), or between counts of one event word ("liberó el lunes a 30 presos y a 20 presas"); not inside a
         * phrase ("la tercera y última fase del intercambio de mil prisioneros") */
        size_t ce = !has_conj && t[x] == ' ' ? xc_listed_at(c, "conjunction_words", x + 1, hi, XC_LOWER | XC_ALL_LANGS) : 0;
        if (ce && ce + 1 <= hi && t[ce] == ' ') {
            size_t n = ce + 1; /* what follows the conjunction */
            has_conj = (x > 0 && t[x - 1] == ',') || (t[n] >= 'A' && t[n] <= 'Z') ||
                       ((unsigned char)t[n] == 0xC3 && (unsigned char)t[n + 1] < 0x9F) ||
                       (a->trigger && a->trigger == b->trigger &&
                        (a->num->start > a->trigger->start) == (b->num->start > a->trigger->start)) ||
                       /* "liberó el lunes a 14 guerrilleros y la guerrilla hizo lo propio con seis": the day stands
                        * between the first verb and its count, so it is that clause's, and "y" joins the next */
                       (a->trigger && a->trigger->end <= day->start && day->end <= a->num->start);
        }
        if ((x == 0 || !((t[x - 1] | 0x20) >= 'a' && (t[x - 1] | 0x20) <= 'z')) && xc_letter_byte((unsigned char)t[x]) &&
            xc_listed_at(c, "contrast_words", x, hi, XC_ANY_CASE | XC_ALL_LANGS))
            return 0;
    }
    if (!has_conj)
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind == XP_DATE && m->start >= lo && m != day)
            return 0;
        if ((m->kind == XP_CUE || m->kind == XP_CLAUSE || m->kind == XP_DATEROLE) && m->start >= lo && m->end <= hi &&
            !(m->kind == XP_CUE && xc_cue_in_name(c, m)))
            return 0;
    }
    return 1;
}

/* The event word a count of companions shares (a with_words phrase right before it: "junto con otros 575 presos",
 * "juntamente com", "along with"): the last event word before it in the sentence, not one opening an aside set off
 * by commas, with no other count and no clause break between; NULL when there is none. */
static const xd_mention *S_companion_event(const xc_ctx *c, const xc_count *counts, size_t i, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    const xc_count *cnt = &counts[i];
    size_t lead = cnt->qual && cnt->qual->start < cnt->num->start ? cnt->qual->start : cnt->num->start;
    if (!xc_words_before(c, "with_words", d->sents[cnt->num->sent].start, lead, XC_ANY_CASE))
        return NULL;
    size_t lo = i > 0 ? counts[i - 1].num->end : d->sents[cnt->num->sent].start;
    const xd_mention *best = NULL;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->start >= lead)
            break;
        if (m->kind != XP_TRIGGER || m->event < 0 || m->start < lo)
            continue;
        /* an aside set off by commas describes the one named ("Marta Ruiz, detenida en abril, salió … junto con"):
         * a word opening it, with a comma after it before the companions, is not what they share */
        size_t cm = m->start;
        while (cm > lo && d->text.text[cm - 1] != ',')
            cm--;
        int aside = cm > lo && xc_gap_words(d->text.text, cm, m->start, 1, 16);
        for (size_t x = m->end; x < lead && aside; x++)
            if (d->text.text[x] == ',')
                aside = 2;
        if (aside != 2)
            best = m;
    }
    if (best && xc_clause_between(c, ma, mb, best->end, lead))
        return NULL;
    return best;
}

/* Whether the "since" word at ments[k] opens a place rather than a day: "36 prisoners from Lebanon", "120 presos
 * llegados desde Beirut", "presos vindos desde Luanda": "from" / "desde" is also the origin of a journey, and the
 * first mention after it, right after it (spaces only between, the word itself may take the article), is a country,
 * city or other name, not a day (twentieth session). */
static int S_since_place(const xc_ctx *c, size_t k, size_t mb)
{
    const xd_mention *s = &c->d->ments[k];
    for (size_t q = k + 1; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start < s->end)
            continue;
        if (m->kind != XP_ACTOR)
            return 0;
        for (size_t x = s->end; x < m->start; x++)
            if (!xc_is_space(c->d->text.text[x]))
                return 0;
        return 1;
    }
    return 0;
}

/* Whether a "since" word (a daterole from: since, desde) follows the people noun ending at pos in its clause:
 * within 60 bytes, with no punctuation, event word, reporting verb, clause break or other count between (the
 * date itself may start with the word: "since Wednesday"). */
static int S_counted_since(const xc_ctx *c, size_t ma, size_t mb, size_t pos)
{
    const extract_doc *d = c->d;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->start < pos)
            continue;
        if (m->start - pos > 60)
            return 0;
        for (size_t x = pos; x < m->start; x++)
            if (d->text.text[x] == ',' || d->text.text[x] == ';' || d->text.text[x] == ':' || d->text.text[x] == '(')
                return 0;
        if (m->kind == XP_DATEROLE && m->role == 1)
            return !S_since_place(c, k, mb);
        if (m->kind == XP_TRIGGER || m->kind == XP_CUE || m->kind == XP_CLAUSE || xc_num(m) || m->kind == XP_DATEROLE)
            return 0;
    }
    return 0;
}

/* Whether count cnt, named by an arrested_nouns noun, is counted as arrests: a tally_words row stands before it in its
 * clause ("a contagem oficial falava em 140 presos", "we counted 1,500 people held"), or right after the noun, before
 * a clause break, an arrest_scenes row ("141 presos na operação policial", "em manifestações") or an 'until' day
 * ("presas até a tarde de quarta-feira") says where or up to when they were taken; not when a custody_places row
 * there says where they are kept. */
static int S_arrest_tally(const xc_ctx *c, size_t ma, size_t mb, const xc_count *cnt)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = cnt->num->start, hi = cnt->subject->end, end = hi + 48;
    while (lo > 0 && cnt->num->start - lo < 120 && t[lo - 1] != ';' && t[lo - 1] != ':' && t[lo - 1] != '.')
        lo--;
    for (size_t x = hi; x < end && x < d->text.len; x++)
        if (t[x] == ',' || t[x] == ';' || t[x] == ':' || t[x] == '.' || t[x] == '(') {
            end = x;
            break;
        }
    /* Twenty-first session. "falam em cerca de 150 mil presos nos campos políticos", "counted 2,000 prisoners in
     * the country's jails": a place where people are kept (custody_places) right after the noun, in its clause,
     * names a stock held there, not those taken in an event (docs/corpus.md: "15 presos" left in Guantánamo,
     * "7.000 presos no estádio" are held), whatever word of counting stands before */
    if (xc_listed_in(c, "custody_places", hi, end, XC_ANY_CASE) < end)
        return 0;
    if (xc_listed_in(c, "tally_words", lo, cnt->num->start, XC_ANY_CASE) < cnt->num->start)
        return 1;
    if (xc_listed_in(c, "arrest_scenes", hi, end, XC_ANY_CASE) < end)
        return 1;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind == XP_DATEROLE && m->role == 2 && m->start >= hi && m->start < end)
            return 1;
    }
    return 0;
}

/* Twentieth session. "15:10 - The student federation says about 100 people have been arrested", "23h10 - Os dois
 * portugueses … já foram libertados, confirmou à nossa redação o gabinete de imprensa": a count some speaker reports
 * is a statement even when its speaker was not found, so a live-blog entry dates it as it dates a named speaker's.
 * The reporting verb stands outside quotations and reports this count: before it, close (S_REPORT_GAP bytes), or
 * after it past a comma (an inverted report); and no "we / nuestro / our" before it ("Nuestro equipo ha contado al
 * menos una docena": the newsroom's own count). The newsroom's own figures, which the gold leaves undated 72 times
 * to 8 in live blogs, are left alone. */
#define S_REPORT_GAP 100
#define S_REPORT_SUBJ 3 /* words of an inverted report's subject */
static int S_reported(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *n)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    int self = 0; /* a "we / nuestro / our" before the mention looked at */
    size_t own_end = 0; /* the end of the last "Our reporter … counted" (an own_count marker) read */
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        self |= m->kind == XP_PRONOUN && m->role == XD_REF_SELF;
        /* twenty-first session: "Our reporter on the plaza counted at least 40": the newsroom's own count, its
         * verb inside the own-count marker (no pronoun mention there) */
        if (m->kind == XP_STANCE && xp_attr_get(m->rule, "against") && xc_quote_at(c, m->start) < 0)
            own_end = m->end;
        if (m->kind == XP_CUE && m->end <= own_end)
            continue;
        if (m->kind != XP_CUE || self || xc_quote_at(c, m->start) >= 0 || xc_cue_in_name(c, m))
            continue;
        if (m->end <= n->start && n->start - m->end <= S_REPORT_GAP)
            return 1;
        if (m->start >= n->end && m->start - n->end <= S_REPORT_GAP) {
            size_t p = m->start;
            while (p > n->end && xc_is_space(t[p - 1]))
                p--;
            if (p > n->end && t[p - 1] == ',')
                return 1;
            /* Twenty-first session: the report's subject between the comma and the verb ("About 100 people were
             * arrested on Wednesday night, the statement says", "…, la policía confirma"): up to S_REPORT_SUBJ
             * words of letters, nothing else, back to the comma. */
            int words = 0;
            while (p > n->end && words <= S_REPORT_SUBJ) {
                size_t w = p;
                while (w > n->end && (xc_letter_byte((unsigned char)t[w - 1]) || t[w - 1] == '-' || t[w - 1] == '\''))
                    w--;
                if (w == p)
                    break;
                words++;
                p = w;
                while (p > n->end && xc_is_space(t[p - 1]))
                    p--;
            }
            if (words >= 1 && words <= S_REPORT_SUBJ && p > n->end && t[p - 1] == ',')
                return 1;
        }
    }
    /* Twenty-first session: "22.45 — Primer balance oficial de la Met: 474 detenidos", "17h20 — O Centro … publicou
     * um novo balanço: desde 30 de novembro, … 600", "7:30 p.m. — First police briefing of the night: 29 arrests":
     * the count follows a colon closing words that name the occasion of a statement (occasion_words: a tally, a
     * briefing, a statement), the speaker's report with no verb. The nearest colon before the count within
     * S_REPORT_GAP bytes (not a clock's), outside quotations, no "we / nuestro / our" in the sentence. */
    const xd_sentence *st = &d->sents[n->sent];
    size_t lo = n->start > st->start + S_REPORT_GAP ? n->start - S_REPORT_GAP : st->start;
    size_t colon = n->start;
    while (colon > lo && !(t[colon - 1] == ':' && !(colon < n->start && t[colon] >= '0' && t[colon] <= '9')))
        colon--;
    if (colon > lo && !self && xc_quote_at(c, colon - 1) < 0) {
        colon--;
        size_t from = colon > st->start + S_REPORT_GAP ? colon - S_REPORT_GAP : st->start;
        if (xc_listed_in(c, "occasion_words", from, colon, XC_ANY_CASE) < colon)
            return 1;
    }
    return 0;
}

/* Twenty-first session. "Os 90 reféns do Boeing, 86 passageiros e quatro tripulantes, foram libertados na madrugada
 * de hoje": a total whose parts are listed right after it shares their verb (xc_total_of_parts), and so the day that
 * verb is dated by; the date beside the verb is nearer the parts and dates them only (the nearer count takes it).
 * When every part of the total got one and the same period and the total none, the total takes it: the reverse of
 * xc_part_period (a part takes its whole's). Only the claims made for this sentence, from index first, are read. */
static void S_total_period(xc_ctx *c, const xc_count *counts, size_t n_counts, size_t ma, size_t mb, size_t first)
{
    extract_doc *d = c->d;
    for (size_t i = 0; i + 2 < n_counts; i++) {
        size_t last = xc_total_of_parts(c, counts, n_counts, i, ma, mb);
        if (!last)
            continue;
        extract_claim *tot = NULL;
        const extract_claim *part = NULL;
        int parts = 0, same = 1;
        for (size_t k = first; k < d->n_claims; k++) {
            extract_claim *o = &d->claims[k];
            if ((int)o->event != counts[i].event)
                continue;
            if (!tot && o->count == counts[i].num->value) {
                tot = o;
                continue;
            }
            for (size_t j = i + 1; j <= last; j++)
                if (o->count == counts[j].num->value) {
                    if (part && (strcmp(part->period_from, o->period_from) || strcmp(part->period_to, o->period_to)))
                        same = 0;
                    part = o;
                    parts++;
                    break;
                }
        }
        if (!tot || !part || !same || parts != (int)(last - i) || tot->period_from[0] || tot->period_to[0] ||
            (!part->period_from[0] && !part->period_to[0]))
            continue;
        memcpy(tot->period_from, part->period_from, sizeof tot->period_from);
        memcpy(tot->period_to, part->period_to, sizeof tot->period_to);
        xc_trace(c, "total %lld: period %s..%s (the period its parts listed after it got)", (long long)tot->count,
                 tot->period_from, tot->period_to);
    }
}

/* A reply with no figure of its own (twenty-sixth session, after the twenty-fifth's attempt). "Officials in Minsk
 * insist there are no political prisoners", "El Gobierno cubano niega que existan presos políticos" (a denial of the
 * category, answers=held), "The ministry rejected that figure", "o Governo desmentiu esses números" (a figure named by
 * a noun): a sentence with no count of its own that matches a stance rule marked reply=1 (read in every sentence:
 * everywhere=1) answers the figure the text gave last, in this paragraph or the one before and at most
 * S_REPLY_REACH sentences back, from another source. The gold records such an answer as its speaker's claim of that
 * figure, with the speaker's stance (docs/corpus.md, "A figure said again"). Only a speaker the sentence names (a
 * reporting verb's subject, a source phrase) makes one. The answered figure must be a source's own (asserted): a
 * figure that is itself an answer or a dispute ("Hay más de 120", dijo la abogada que contesta la lista) is where
 * the reply's speaker already spoke, or the rival count the reply does not answer. A category denial prefers the
 * nearest figure whose people are said to be political (the count it denies) over a nearer one of other people. */
#define S_REPLY_REACH 3
/* Whether a word of the subject is a row of political_words in any language ("political prisoners", "presos
 * políticos"): the words of the category live in the pattern data, not here. The subject is a string of the
 * claim (not offsets in the text), so it is folded here, in an arena of its own freed on return; -1 when out of
 * memory. */
static int S_political(const xc_ctx *c, const char *subject)
{
    if (!subject || !*subject)
        return 0;
    xi_arena tmp;
    xi_arena_init(&tmp);
    const char *f = xn_fold_str(subject, strlen(subject), &tmp);
    int found = f ? 0 : -1;
    for (const char *w = f; w && *w && !found;) {
        while (*w && !xc_letter_byte((unsigned char)*w))
            w++;
        const char *e = w;
        while (*e && xc_letter_byte((unsigned char)*e))
            e++;
        size_t h = xp_table_hash(w, (size_t)(e - w));
        for (int l = 0; l < XP_NLANG && e > w && !found; l++) {
            const xp_table *tab = xc_table(c, l, "political_words");
            found = tab && xp_table_find_hashed(tab, w, (size_t)(e - w), h) >= 0;
        }
        w = e;
    }
    xi_arena_free(&tmp);
    return found;
}

static int S_by_figure(const void *a, const void *b)
{
    const xc_figure_at *x = a, *y = b;
    if (x->value != y->value)
        return x->value < y->value ? -1 : 1;
    return x->ment < y->ment ? -1 : x->ment > y->ment;
}

/* Whether a figure of value `value` stands in a sentence that disputes or denies (a mention of that stance in it),
 * at mention index from or later; -1 when out of memory. The figures of such sentences are indexed once per
 * document, sorted by value and then by mention (mentions do not change once recognized): the last entry of the
 * value has the latest mention, so one binary search answers (S_reply asked this by a scan of every later mention
 * for each reply sentence). */
static int S_answered_later(xc_ctx *c, int64_t value, size_t from)
{
    const extract_doc *d = c->d;
    if (!c->answered) {
        size_t n = 0;
        for (size_t k = 0; k < d->n_ments; k++)
            n += xc_num(&d->ments[k]);
        if (!(c->answered = xi_arena_alloc(&c->d->arena, (n ? n : 1) * sizeof *c->answered)))
            return -1;
        for (size_t si = 0; si < d->n_sents; si++) {
            size_t a = c->sent_first[si], b = c->sent_first[si + 1];
            int answers = 0;
            for (size_t j = a; j < b && !answers; j++)
                answers = d->ments[j].stance == EXTRACT_STANCE_DISPUTES || d->ments[j].stance == EXTRACT_STANCE_DENIES;
            for (size_t j = a; j < b && answers; j++)
                if (xc_num(&d->ments[j]))
                    c->answered[c->n_answered++] = (xc_figure_at){d->ments[j].value, j};
        }
        qsort(c->answered, c->n_answered, sizeof *c->answered, S_by_figure);
    }
    /* the first entry past the value; the one before it, if of the value, is its latest mention */
    size_t lo = 0, hi = c->n_answered;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->answered[mid].value <= value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && c->answered[lo - 1].value == value && c->answered[lo - 1].ment >= from;
}

static int S_reply(xc_ctx *c, size_t si, size_t ma, size_t mb)
{
    extract_doc *d = c->d;
    const xd_sentence *s = &d->sents[si];
    const xd_mention *mark = NULL;
    int held_only = 0, denies = 0, sharpen = 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_STANCE || !xp_attr_get(m->rule, "reply"))
            continue;
        /* Twenty-seventh session: "Pyongyang rejected that figure, insisting it holds no prisoners of war at
         * all": a marker with with=1 (reply27.pat) only says how another reply marker of its sentence answers,
         * never answers alone ("Police insist nobody was hurt") */
        if (xp_attr_get(m->rule, "with")) {
            sharpen |= m->stance == EXTRACT_STANCE_DENIES;
            continue;
        }
        /* "The government rejects that count and says there are no political prisoners": the denial of the
         * category both names what is answered (a figure of people held) and gives the stance */
        const char *answers = xp_attr_get(m->rule, "answers");
        held_only |= answers && strcmp(answers, "held") == 0;
        denies |= m->stance == EXTRACT_STANCE_DENIES;
        if (!mark)
            mark = m;
    }
    if (!mark)
        return 0;
    denies |= sharpen;
    /* "y los 1.458 que cuenta Viasna son delincuentes": a sentence with a figure in it answers that figure, if
     * any, not one before */
    for (size_t k = ma; k < mb; k++)
        if (xc_num(&d->ments[k]))
            return 0;
    size_t from = si > S_REPLY_REACH ? si - S_REPLY_REACH : 0;
    while (from < si && d->sents[from].para + 1 < s->para)
        from++;
    const extract_claim *o = NULL, *political = NULL;
    for (size_t k = d->n_claims; k-- > 0 && !political && d->claims[k].start >= d->sents[from].start;) {
        const extract_claim *e = &d->claims[k];
        if ((held_only && e->event != EXTRACT_EVENT_HELD) || e->end > s->start)
            continue;
        /* an answer made before (its rule a reply marker) is no figure given: the one it answers is looked past it */
        if (e->rule && strstr(e->rule, ".reply"))
            continue;
        if (!o)
            o = e;
        int pol = held_only ? S_political(c, e->subject) : 0;
        if (pol < 0)
            return -1;
        if (pol)
            political = e;
    }
    if (political)
        o = political;
    /* Twenty-seventh session: "621 pessoas foram detidas …, 83 delas em Moundou" and then "rejeita esse balanço":
     * the answer is to the whole its sentence gave, not to the part told last: a larger figure of the same event
     * from the same source in the answered figure's sentence is the one answered */
    for (size_t k = d->n_claims; o && !political && k-- > 0;) {
        const extract_claim *e = &d->claims[k];
        if (e == o || e->start != o->start || e->end != o->end) /* a claim's span is its sentence */
            continue;
        if (e->event == o->event && e->count > o->count && e->stance == EXTRACT_STANCE_ASSERTS &&
            ((!e->claimant.name && !o->claimant.name) ||
             (e->claimant.name && o->claimant.name && strcmp(e->claimant.name, o->claimant.name) == 0)))
            o = e;
    }
    if (!o || o->stance != EXTRACT_STANCE_ASSERTS)
        return 0;
    /* "The authorities say there are no political prisoners." and, paragraphs on, "an official rejected the
     * lawyers' count of more than 50 political prisoners": when the figure itself comes back later in a sentence
     * that disputes or denies, the answer is told there, with the figure, and this one is its preview */
    int later = S_answered_later(c, o->count, mb);
    if (later < 0)
        return -1;
    if (later) {
        xc_trace(c, "reply: the figure %lld is answered again later, with the figure", (long long)o->count);
        return 0;
    }
    xc_count cnt;
    memset(&cnt, 0, sizeof cnt);
    cnt.num = mark; /* where the claimant is looked for from */
    cnt.event = o->event;
    extract_claim cl;
    memset(&cl, 0, sizeof cl);
    const xd_mention *cue = NULL;
    const char *how = "none";
    int named = xc_claimant(c, &cnt, ma, mb, &cl.claimant, &cue, &how) && cl.claimant.name;
    /* Twenty-seventh session: "The Belarusian authorities reject that figure", "Fares rejected that count",
     * "Su homólogo, Dmitro Lubinets, rechazó esa cifra": the answering verb is the reply marker itself, no
     * reporting cue, so xc_claimant names nobody; the marker's subject (read as a verb's, xc_subject_before:
     * the name or the pronoun that opens its clause) is the speaker. */
    xd_mention verb = *mark; /* the answering verb, read as a reporting one: its subject, its day */
    verb.kind = XP_CUE;
    if (!named) {
        const xd_mention *sj = xc_subject_before(c, &verb, ma, mb);
        extract_actor who = {0};
        /* only for a figure of people held: an authority answering the count of prisoners an NGO keeps is what
         * the gold records twice; answers to a tally of arrests or releases ("Entidades contestam esses números",
         * "the association rejected the council's tally") are mostly a rival's count it gives elsewhere or none
         * (measured: held 11 found, 3 false; detention and release 3 found, 11 false) */
        if (o->event == EXTRACT_EVENT_HELD && sj && (sj->kind == XP_ACTOR || sj->kind == XP_PRONOUN) &&
            xc_claimant_from(c, sj, &who) && who.name && !xc_lone_opening_word(c, sj, &who)) {
            cl.claimant = who;
            how = "the subject of the answering verb";
            cue = &verb;
            named = 1;
        }
    }
    if (!named || (o->claimant.name && strcmp(o->claimant.name, cl.claimant.name) == 0))
        return 0;
    /* Twenty-seventh session: "The government rejects that count." and, a sentence on, "It says there are no
     * political prisoners": one speaker answering one figure twice is one claim; a denial sharpens a dispute */
    for (size_t k = 0; k < d->n_claims; k++) {
        extract_claim *e = &d->claims[k];
        if (e->count != o->count || e->event != o->event || !e->claimant.name || !e->rule || !strstr(e->rule, ".reply") ||
            (!strstr(e->claimant.name, cl.claimant.name) && !strstr(cl.claimant.name, e->claimant.name)))
            continue;
        /* "The government rejects that count." then "the Bahraini government said there were no political
         * prisoners": the same speaker (one name within the other), the fuller name and the sharper stance */
        if (denies)
            e->stance = EXTRACT_STANCE_DENIES;
        if (strlen(cl.claimant.name) > strlen(e->claimant.name))
            e->claimant = cl.claimant;
        xc_trace(c, "reply: %s answers %lld again", cl.claimant.name, (long long)o->count);
        return 0;
    }
    cl.event = o->event;
    cl.count = o->count;
    cl.qualifier = o->qualifier;
    cl.count_text = o->count_text;
    cl.subject = o->subject;
    cl.stance = denies ? EXTRACT_STANCE_DENIES : EXTRACT_STANCE_DISPUTES;
    xc_statement_date(c, cue, si, &cl);
    /* the evidence runs from the answered figure's sentence to the answer: the count as written lies inside the
     * evidence of every claim (docs/schema.md), and a reader needs both halves to check this one */
    cl.start = o->start;
    cl.end = s->end;
    cl.section = s->section == XD_SECTION_HEADLINE ? "headline" : s->section == XD_SECTION_CAPTION ? "caption" : "body";
    cl.rule = mark->rule->id;
    cl.confidence = 0.6;
    xc_trace(c, "-> claim: %lld answered, claimant %s (%s): no figure of its own, it answers %s's (\"%.*s\")",
             (long long)cl.count, cl.claimant.name, how, o->claimant.name ? o->claimant.name : "the newsroom",
             (int)(mark->end - mark->start), d->text.text + mark->start);
    return S_add_claim(c, &cl) < 0 ? -1 : 0;
}

static int S_sentence(xc_ctx *c, size_t si)
{
    extract_doc *d = c->d;
    size_t ma, mb;
    xc_range(c, si, &ma, &mb);
    const xd_sentence *s = &d->sents[si];
    if (d->explain) {
        xi_buf_printf(&d->trace, "sentence %zu [%zu,%zu): %.*s\n", si, s->start, s->end, (int)(s->end - s->start),
                      d->text.text + s->start);
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *m = &d->ments[k];
            xi_buf_printf(&d->trace, "  %-10s %-28s \"%.*s\"", xp_kind_names[m->kind], m->rule->id, (int)(m->end - m->start),
                          d->text.text + m->start);
            if (xc_num(m))
                xi_buf_printf(&d->trace, " value=%lld", (long long)m->value);
            if (m->kind == XP_DATE)
                xi_buf_printf(&d->trace, " date=%s", m->date[0] ? m->date : "(unresolved)");
            xi_buf_putc(&d->trace, '\n');
        }
    }
    xc_count counts[64];
    size_t n_counts = 0;
    for (size_t k = ma; k < mb && n_counts < 64; k++) {
        const xd_mention *m = &d->ments[k];
        if (!xc_num(m))
            continue;
        if (xc_make_count(c, k, ma, mb, &counts[n_counts]) ||
            (n_counts && xc_gapped_count(c, &counts[n_counts - 1], k, ma, mb, &counts[n_counts])) ||
            (n_counts && xc_contrast_count(c, &counts[n_counts - 1], k, ma, mb, &counts[n_counts])))
            n_counts++;
        else
            xc_trace(c, "number %lld (\"%.*s\"): not a count of people (no people noun, no event word beside it)",
                     (long long)m->value, (int)(m->end - m->start), d->text.text + m->start);
    }
    int part_event = -1;
    size_t part_at = SIZE_MAX;
    int part_whole = 0;
    S_partitive(c, ma, mb, &part_event, &part_at, &part_whole);
    size_t list_i = SIZE_MAX; /* the count that took a group's event last, and that event (xc_list_part) */
    int list_event = -1;
    for (size_t i = 0; i < n_counts; i++) {
        xc_count *cnt = &counts[i];
        size_t dist = SIZE_MAX;
        /* "62 people in Istanbul and 23 in Ankara": the count it repeats says what happened to them */
        if (cnt->gapped) {
            cnt->event = cnt->gapped->event;
            xc_trace(c, "count %lld: the event of the count it repeats, %s", (long long)cnt->num->value,
                     cnt->event < 0 ? "none" : cnt->event == XD_EVENT_NONE ? "something else" : S_event_names[cnt->event]);
            continue;
        }
        int le = xc_list_part(c, counts, i, ma, mb, list_i, list_event);
        if (le >= 0) {
            cnt->event = list_event = le;
            list_i = i;
            xc_trace(c, "count %lld: a part of a list after the total, event %s", (long long)cnt->num->value,
                     S_event_names[le]);
            continue;
        }
        /* "De esos 553, como mucho 200 serán presos políticos": a part of a group counted before has that
         * group's event, whatever the noun alone would say. */
        if (part_event >= 0 && cnt->num->start > part_at && cnt->num->start - part_at < 60 &&
            (!cnt->adjacent || cnt->trigger->event == EXTRACT_EVENT_HELD) &&
            /* "De ese grupo quedan presos unos quince": a word saying what became of the part (fate=1) is its own */
            !(cnt->adjacent && xp_attr_get(cnt->trigger->rule, "fate")) &&
            !xc_clause_between(c, ma, mb, part_at, cnt->num->start) &&
            /* a group named inside what describes the speaker ("la Comisión, que asiste a parte de los arrestados,
             * asegura que 33 personas pasaron la noche en los calabozos") is not the count's; a total named for
             * the count is, across an aside ("Of that total, prosecutors said, 310 …") */
            (part_whole || !xc_cue_between(c, ma, mb, part_at, cnt->num->start))) {
            cnt->event = part_event;
            xc_trace(c, "count %lld: part of a group named before it, event %s", (long long)cnt->num->value,
                     S_event_names[part_event]);
            list_i = i;
            list_event = part_event;
            part_event = -1; /* the part named right after the group; later counts stand on their own */
            continue;
        }
        /* "8,777 ministry employees, among them 7,899 police officers", "the death toll at 110, among them eight
         * members of the security forces": the group is the figure before the part in its sentence; when that figure
         * counted none of our people, neither does the part (no earlier claim's event) */
        if (cnt->among) {
            const xd_mention *prev = NULL;
            for (size_t q = ma; q < mb && d->ments[q].start < cnt->num->start; q++)
                if (xc_num(&d->ments[q]))
                    prev = &d->ments[q];
            if (prev && (i == 0 || counts[i - 1].num != prev)) {
                cnt->event = XD_EVENT_NONE;
                xc_trace(c, "count %lld: a part of a figure that counts none of ours", (long long)cnt->num->value);
                continue;
            }
        }
        /* "excarcelaría a 3.000 presos condenados por … y a otros 600 encarcelados por intentar salir del país", "libertou
         * 300 reclusos e outros 40 detidos nos protestos", "freed 300 inmates and another 40 jailed for protesting":
         * more of the same people ("otros", "another"), joined by a conjunction to a count that a verb before it
         * governs, are that verb's object too; a held or detention participle right after them says why they had
         * been jailed, as the first count's description did. Nothing but the first count's description between
         * (no event word, reporting verb or clause break); a finite verb of their own ("y otros 20 siguen presos")
         * is no bare participle and keeps its event (twenty-first session). */
        if (i > 0 && cnt->qual && xp_attr_get(cnt->qual->rule, "other") &&
            ((cnt->adjacent && cnt->trigger && cnt->trigger->start >= cnt->num->end && xc_bare_participle(c, cnt->trigger) &&
              (cnt->trigger->event == EXTRACT_EVENT_HELD || cnt->trigger->event == EXTRACT_EVENT_DETENTION)) ||
             /* or a noun that is a participle too ("e outros 40 detidos nos protestos") */
             (!cnt->trigger && cnt->subject && cnt->subject->start >= cnt->num->end &&
              (cnt->subject->event == EXTRACT_EVENT_HELD || cnt->subject->event == EXTRACT_EVENT_DETENTION) &&
              !S_event_word_after(c, ma, mb, cnt->subject->end, 80))) &&
            S_more_of_the_same(c, counts, i, ma, mb)) {
            cnt->trigger = counts[i - 1].trigger;
            cnt->event = counts[i - 1].event;
            xc_trace(c, "count %lld: more of the people of \"%.*s\", its participle only describes them",
                     (long long)cnt->num->value, (int)(cnt->trigger->end - cnt->trigger->start),
                     d->text.text + cnt->trigger->start);
            list_i = i;
            list_event = cnt->event;
            continue;
        }
        /* "We have confirmed only 22 political prisoners among them": the group's event, not the noun's */
        if (cnt->among && (i > 0 ? counts[i - 1].event : d->n_claims ? (int)d->claims[d->n_claims - 1].event : -1) >= 0) {
            cnt->event = i > 0 ? counts[i - 1].event : (int)d->claims[d->n_claims - 1].event;
            xc_trace(c, "count %lld: a part of the group counted before it, event %s", (long long)cnt->num->value,
                     cnt->event == XD_EVENT_NONE ? "none" : S_event_names[cnt->event]);
            list_i = i;
            list_event = cnt->event;
            continue;
        }
        /* '"A PF fala em 599, mas …"': a bare figure the text gave before, named again by a reporting verb, is
         * that claim's figure, whatever event word the rest of the sentence holds */
        /* not a part of the people the sentence counted just before ("siguen en cautiverio unas 300 personas …, al
         * menos un centenar de ellas en manos de las FARC"): that count's event comes below (nineteenth session) */
        /* nor a part of the people an event word just before it names ('"The hostages are free, all 90 of them"'):
         * that word says what happened to them (twenty-first session) */
        if (!cnt->trigger && !cnt->answers && !cnt->subject && cnt->anaphoric && !(cnt->of_them && i > 0) &&
            !(cnt->of_them && S_event_word_just_before(c, ma, mb, cnt->num->start))) {
            for (size_t k = d->n_claims; k-- > 0 && cnt->event < 0;)
                if (d->claims[k].count == cnt->num->value)
                    cnt->event = (int)d->claims[k].event;
            if (cnt->event >= 0) {
                xc_trace(c, "count %lld: the figure of an earlier claim, event %s", (long long)cnt->num->value,
                         S_event_names[cnt->event]);
                continue;
            }
        }
        /* "salió de la cárcel el opositor X, condenado en ausencia, junto con otros 575 presos": people counted as
         * companions share what happened to the one named before them, however far the event word is */
        if (!cnt->trigger && !cnt->answers) {
            const xd_mention *tr = S_companion_event(c, counts, i, ma, mb);
            if (tr) {
                cnt->trigger = tr;
                xc_trace(c, "count %lld: companions of the people of \"%.*s\"", (long long)cnt->num->value,
                         (int)(tr->end - tr->start), d->text.text + tr->start);
            }
        }
        /* "… unas 300 personas secuestradas por guerrillas, al menos un centenar de ellas en manos de las FARC": a part
         * named only by a partitive pronoun is of the people the sentence counted just before, and has their event;
         * an event word elsewhere in the sentence is another count's or another clause's (nineteenth session) */
        if (cnt->of_them && !cnt->trigger && i > 0 && counts[i - 1].event >= 0 && counts[i - 1].event != XD_EVENT_NONE &&
            counts[i - 1].num->end <= cnt->num->start) {
            cnt->event = counts[i - 1].event;
            xc_trace(c, "count %lld: a part of the people counted before it, event %s", (long long)cnt->num->value,
                     S_event_names[cnt->event]);
            continue;
        }
        /* "the junta freed 7,114 prisoners; only about 130 of them were political detainees", "liberó a 400 reclusos,
         * y 120 de ellos eran presos políticos": a part of the people freed just before, named by a partitive
         * pronoun right after its figure, was freed too; the noun after it only says what kind of people they are.
         * Only with no event word of its own beside it and the whole's count before it in the sentence (within 200
         * bytes); a verb of its own ("50 of them remain in custody") is adjacent and keeps its event (twenty-first
         * session). */
        if (!cnt->adjacent && !cnt->answers && i > 0 && counts[i - 1].event == EXTRACT_EVENT_RELEASE &&
            cnt->subject && cnt->subject->start > cnt->num->end && counts[i - 1].num->end <= cnt->num->start &&
            cnt->num->start - counts[i - 1].num->end <= 200 &&
            S_partitive_before(c, ma, mb, cnt->num->end, cnt->subject->start)) {
            cnt->event = EXTRACT_EVENT_RELEASE;
            xc_trace(c, "count %lld: a part of the people freed before it, named by a partitive pronoun",
                     (long long)cnt->num->value);
            continue;
        }
        if (cnt->asked) {
            cnt->event = cnt->asked - 1;
            xc_trace(c, "count %lld: answers the question \"how many\" before it, event %s", (long long)cnt->num->value,
                     S_event_names[cnt->event]);
            continue;
        }
        /* "about 735 Lebanese detainees remain at the Atlit camp … and will be let go": people named as held or
         * detained whose own verb, right after their noun (a second noun may follow the first: "Lebanese
         * detainees"), is one of remaining (REMAIN_VERB, REMAIN_TAIL) are held now; an event word later in the
         * sentence is what may happen to them, or another clause's (nineteenth session) */
        if (!cnt->answers && cnt->subject && !cnt->subject->role && cnt->subject->start >= cnt->num->end &&
            (!cnt->trigger || (cnt->trigger->start >= cnt->subject->start && cnt->trigger->end <= cnt->subject->end))) {
            const char *t = d->text.text;
            size_t ne = cnt->subject->end;
            int ev = cnt->subject->event;
            for (size_t q = ma; q < mb; q++) {
                const xd_mention *m = &d->ments[q];
                if (m->kind == XP_SUBJECT && !m->role && m->start >= ne && xc_gap_words(t, ne, m->start, 0, 2)) {
                    ne = m->end;
                    if (m->event >= 0)
                        ev = m->event;
                }
            }
            size_t p = ne;
            while (p < s->end && xc_is_space(t[p]))
                p++;
            if ((ev == EXTRACT_EVENT_HELD || ev == EXTRACT_EVENT_DETENTION) && p > ne && p < s->end &&
                (xc_listed_at(c, "REMAIN_VERB", p, s->end, XC_LOWER) || xc_listed_at(c, "REMAIN_TAIL", p, s->end, XC_LOWER))) {
                cnt->event = EXTRACT_EVENT_HELD;
                xc_trace(c, "count %lld: its own verb is one of remaining, held", (long long)cnt->num->value);
                continue;
            }
        }
        if (!cnt->trigger && !cnt->answers) {
            const xd_mention *tr = xc_nearest_trigger(c, counts, n_counts, i, ma, mb, &dist);
            int dflt = cnt->subject ? cnt->subject->event : -1;
            /* people who are none of ours (demonstrators, soldiers, voters) take only a close release or
             * detention word ("detuvo el sábado a 300 manifestantes"), never a state of the sentence */
            const xd_mention *rel = dflt == XD_EVENT_NONE ? xc_relative_trigger(c, cnt, ma, mb) : NULL;
            if (rel) {
                tr = rel;
                dist = xc_distance(cnt->num->start, cnt->subject->end, rel);
                xc_trace(c, "count %lld: people of another kind who were \"%.*s\"", (long long)cnt->num->value,
                         (int)(rel->end - rel->start), d->text.text + rel->start);
            } else if (dflt == XD_EVENT_NONE && S_own_held_predicate(c, cnt, tr)) {
                xc_trace(c, "count %lld: people of another kind, held (\"%.*s\" is their own verb)",
                         (long long)cnt->num->value, (int)(tr->end - tr->start), d->text.text + tr->start);
            } else if (dflt == XD_EVENT_NONE && tr &&
                       (tr->event == EXTRACT_EVENT_HELD || dist >= 40 || tr->end > cnt->num->start || xc_has_object(c, tr, ma, mb)))
                tr = NULL;
            /* "11 mil reclusos, o que permitiu … libertar espaço": a word for something else, past a comma, does
             * not undo what the noun says */
            if (tr && tr->event == XD_EVENT_NONE && dflt >= 0 && dflt != XD_EVENT_NONE) {
                size_t a = tr->end <= cnt->num->start ? tr->end : cnt->num->end, b = tr->end <= cnt->num->start ? cnt->num->start : tr->start;
                for (size_t x = a; x < b && tr; x++)
                    if (d->text.text[x] == ',' || d->text.text[x] == ';' || d->text.text[x] == ':')
                        tr = NULL;
            }
            /* Twenty-fifth session. "Granma cifró en 57.337 la población reclusa del país; si esa cifra siguiera
             * vigente, los indultados representarían…": an event word of another kind past a semicolon is in
             * another clause and does not undo what the noun says of the people counted (held here) */
            if (tr && tr->event >= 0 && tr->event != XD_EVENT_NONE && dflt >= 0 && dflt != XD_EVENT_NONE &&
                tr->event != dflt) {
                size_t a = tr->end <= cnt->num->start ? tr->end : cnt->num->end, b = tr->end <= cnt->num->start ? cnt->num->start : tr->start;
                if (memchr(d->text.text + a, ';', b > a ? b - a : 0))
                    tr = NULL;
            }
            if (tr && xp_attr_get(tr->rule, "state") && cnt->subject && xc_noun_of_other(d, cnt->num->end, cnt->subject))
                tr = NULL; /* "há 300 mães de soldados" */
            if (tr && (dflt < 0 ? dist < 150 : dist < 60))
                cnt->trigger = tr;
        }
        S_prefer_main_verb(c, counts, n_counts, i, ma, mb);
        cnt->event = cnt->answers ? cnt->answers->event
                     : cnt->trigger ? cnt->trigger->event : cnt->subject ? cnt->subject->event : -1;
        /* "the rights group estimated the detainees at 5,000", "put the number of prisoners at 120": a figure set
         * by a frame (figure_set) whose own words name the people held or detained, with no event word in the
         * sentence, counts those people; the noun says the event as it does right after a figure ("5,000
         * detainees"). Only a frame (frame=1), and a noun that may name the arrested as well (arrested_nouns: "o
         * total de presos nos protestos já passa de 400" counts arrests) keeps the event of the claims before it.
         * The frame's words are read only (a bounded span), last noun first. */
        if (cnt->event < 0 && !cnt->answers && !cnt->trigger && cnt->subject && cnt->subject->role &&
            xp_attr_get(cnt->subject->rule, "frame")) {
            const char *t = d->text.text;
            for (size_t p = cnt->subject->end; p > cnt->subject->start && cnt->event < 0; p--) {
                if (xc_is_space(t[p - 1]) || (p < cnt->subject->end && !xc_is_space(t[p])))
                    continue;
                if (xc_words_before(c, "PEOPLE_HELD", cnt->subject->start, p, XC_LOWER)) {
                    /* a noun that may also name the arrested (arrested_nouns: pt/es "presos", en "detainees")
                     * leaves the event to the claims before it when there are some */
                    size_t w, we;
                    xc_word_before(t, cnt->subject->start, p, &w, &we);
                    /* Twenty-fourth session. "the number of detainees in the raid rose to 11": such a noun followed,
                     * inside the frame, by the scene that took them (arrest_scenes) and no place of custody counts
                     * arrests, as S_arrest_tally reads it after a figure */
                    if (xc_lexicon_has(c, "arrested_nouns", w, we) &&
                        xc_listed_in(c, "arrest_scenes", we, cnt->subject->end, XC_ANY_CASE) < cnt->subject->end &&
                        xc_listed_in(c, "custody_places", we, cnt->subject->end, XC_ANY_CASE) >= cnt->subject->end) {
                        cnt->event = EXTRACT_EVENT_DETENTION;
                        break;
                    }
                    if (d->n_claims && xc_lexicon_has(c, "arrested_nouns", w, we))
                        break;
                    cnt->event = EXTRACT_EVENT_HELD;
                } else if (xc_words_before(c, "PEOPLE_DETAINED", cnt->subject->start, p, XC_LOWER))
                    cnt->event = EXTRACT_EVENT_DETENTION;
            }
            if (cnt->event >= 0)
                xc_trace(c, "count %lld: a figure set by a frame that names the people, event %s",
                         (long long)cnt->num->value, S_event_names[cnt->event]);
        }
        /* "a SSP contabilizou 20 detidos": a verb of tallying (tally=1) says only that people are counted; a noun
         * with an event of its own says which ("detidos" were arrested), a held or bare one leaves the tally's */
        if (!cnt->answers && cnt->trigger && xp_attr_get(cnt->trigger->rule, "tally") && cnt->subject &&
            !cnt->subject->role && cnt->subject->event >= 0 && cnt->subject->event != XD_EVENT_NONE)
            cnt->event = cnt->subject->event;
        /* "las detenciones suman ya 51", "as detenções somam 51": the event word the tally verb counts, right
         * before it, says which (a bare figure has no noun of its own to say it) */
        if (!cnt->answers && cnt->trigger && xp_attr_get(cnt->trigger->rule, "tally") && !cnt->subject)
            for (size_t q = ma; q < mb; q++) {
                const xd_mention *m = &d->ments[q];
                if (m->kind == XP_TRIGGER && m->event >= 0 && m->event != XD_EVENT_NONE && m != cnt->trigger &&
                    m->end <= cnt->trigger->start && xc_gap_words(d->text.text, m->end, cnt->trigger->start, 0, 2))
                    cnt->event = m->event;
            }
        if (cnt->event < 0 && cnt->subject) {
            /* "1 110 people as political prisoners", "personas consideradas presas políticas" */
            for (size_t q = ma; q < mb && cnt->event < 0; q++) {
                const xd_mention *m = &d->ments[q];
                if (m->kind == XP_SUBJECT && m->event >= 0 && m->start > cnt->subject->end &&
                    xc_gap_words(d->text.text, cnt->subject->end, m->start, 2, 24))
                    cnt->event = m->event;
            }
        }
        /* "¿Cuántos siguen presos hoy? — Unos 5.000 civiles cumplen condenas": people with no event of their own,
         * the first figure after a question, are what it asks about */
        size_t past = cnt->subject ? cnt->subject->end : 0;
        while (cnt->subject && past < s->end && xc_is_space(d->text.text[past]))
            past++;
        /* not people the answer describes otherwise ("contamos 175 pessoas processadas": not all were arrested) */
        if (cnt->event < 0 && cnt->subject && !cnt->subject->role && cnt->subject->start > cnt->num->start &&
            !xc_verb_participle(d->text.text, past, s->end)) {
            int asked = xc_question_event(c, (size_t)(cnt->num - d->ments));
            if (asked) {
                cnt->event = asked - 1;
                xc_trace(c, "count %lld: answers the question \"how many\" before it, event %s",
                         (long long)cnt->num->value, S_event_names[cnt->event]);
            }
        }
        /* "How many Palestinians are still in Israeli prisons? Prisoner groups put it at close to 5,000": a figure
         * set by a frame ("put it at", "situó la cifra en") with no event word of its own answers the question
         * before it, before it takes the event of the claim before */
        if (cnt->event < 0 && cnt->anaphoric && cnt->subject && cnt->subject->role) {
            int asked = xc_question_event(c, (size_t)(cnt->num - d->ments));
            if (asked) {
                cnt->event = asked - 1;
                xc_trace(c, "count %lld: a figure set by a frame answers the question before it, event %s",
                         (long long)cnt->num->value, S_event_names[cnt->event]);
            }
        }
        /* "…released 100, but the real number is only 50"; not the whole a part was counted from ("released 14
         * of the first 19 defendants") */
        if (cnt->event < 0 && i > 0 && counts[i - 1].event != XD_EVENT_NONE && !xc_whole_of_part(c, ma, mb, cnt->num) &&
            !xc_cue_between(c, ma, mb, counts[i - 1].num->end, cnt->num->start))
            cnt->event = counts[i - 1].event;
        /* "among the 9 people arrested, 2 of the 9 were released": the whole a part is taken from, restating a figure
         * counted before, is that group again and not a second event */
        if (cnt->event >= 0 && cnt->event != XD_EVENT_NONE &&
            (xc_whole_of_part(c, ma, mb, cnt->num) || xc_whole_first(c, ma, mb, cnt))) {
            int seen = 0;
            for (size_t j = 0; j < i && !seen; j++)
                seen = counts[j].num->value == cnt->num->value && counts[j].num->end < cnt->num->start;
            for (size_t j = d->n_claims; j-- > 0 && !seen;)
                seen = d->claims[j].count == cnt->num->value;
            if (seen) {
                xc_trace(c, "count %lld: the whole of a part, counted before", (long long)cnt->num->value);
                cnt->event = XD_EVENT_NONE;
            }
        }
        /* "casi un centenar de los 132 extranjeros fueron liberados", "nearly 100 of the 132 foreigners were
         * freed": the whole a part is taken from shares the part's verb, and that verb tells what happened to the
         * part only; the whole keeps an event only by a word of its own ("300 das 680 pessoas detidas") */
        if (cnt->event >= 0 && cnt->event != XD_EVENT_NONE && i > 0 && cnt->trigger &&
            counts[i - 1].trigger == cnt->trigger && counts[i - 1].num->end <= cnt->num->start &&
            cnt->trigger->start > cnt->num->end && xc_whole_of_part(c, ma, mb, cnt->num)) {
            int own = cnt->subject && cnt->subject->event >= 0 ? cnt->subject->event : XD_EVENT_NONE;
            xc_trace(c, "count %lld: the whole of a part, whose verb tells of the part%s", (long long)cnt->num->value,
                     own != XD_EVENT_NONE ? "; its noun's event" : "");
            cnt->event = own;
        }
        /* "200,000 people signed a petition calling for the release of the activists": those who ask */
        if (cnt->event == EXTRACT_EVENT_HELD && S_demanders(c, cnt)) {
            xc_trace(c, "count %lld: people who ask for a release, not people held", (long long)cnt->num->value);
            cnt->event = XD_EVENT_NONE;
        }
        /* "amenazó con ejecutar a diez rehenes", "threatened to kill ten hostages": a figure a verb of threatening
         * opens (threat_words, then at most the threatened verb and its particle) counts those threatened; a
         * threat is no event */
        if (cnt->event >= 0 && cnt->event != XD_EVENT_NONE && S_threatened(c, cnt)) {
            xc_trace(c, "count %lld: the object of a threat, no event", (long long)cnt->num->value);
            cnt->event = XD_EVENT_NONE;
        }
        /* "64 mortos e 81 presos": people held, listed in a toll right after the dead or wounded, were arrested
         * in the events the toll counts */
        if (cnt->event == EXTRACT_EVENT_HELD && !cnt->trigger && cnt->subject && i > 0 &&
            counts[i - 1].event == XD_EVENT_NONE && counts[i - 1].trigger) {
            size_t ps, pe, cs2, ce2;
            xc_count_span(&counts[i - 1], &ps, &pe);
            xc_count_span(cnt, &cs2, &ce2);
            if (counts[i - 1].trigger->end > pe)
                pe = counts[i - 1].trigger->end;
            if (pe <= cs2 && xc_coordinated(c, ma, mb, pe, cs2)) {
                cnt->event = EXTRACT_EVENT_DETENTION;
                xc_trace(c, "count %lld: a toll after the dead or wounded counts arrests", (long long)cnt->num->value);
            }
        }
        if (cnt->event >= 0 && cnt->event != XD_EVENT_NONE) {
            int tot = S_part_of_other_total(c, counts, n_counts, i, ma, mb);
            if (tot >= 0) {
                xc_trace(c, "count %lld: a part of the total before it (%lld), which counts people for something else",
                         (long long)cnt->num->value, (long long)counts[tot].num->value);
                cnt->event = XD_EVENT_NONE;
            }
        }
        /* "1,400 detainees since Wednesday", "2.100 pessoas presas em 40 universidades desde 18 de abril": people
         * held, counted from a day on and with no event word of their own, were arrested over that period; a state
         * is a snapshot ("siguen presos desde 2019" has its own state word) */
        if (cnt->event == EXTRACT_EVENT_HELD && !cnt->trigger && !cnt->answers && cnt->subject && !cnt->subject->role &&
            S_counted_since(c, ma, mb, cnt->subject->end)) {
            cnt->event = EXTRACT_EVENT_DETENTION;
            xc_trace(c, "count %lld: people held counted since a day were arrested over that period",
                     (long long)cnt->num->value);
        }
        /* "a contagem falava em 140 presos", "141 presos na operação policial", "400 pessoas presas até quarta":
         * people held named by the participle of the arrest verb (pt "presos"), with no event or state word of
         * their own, in a tally or at the scene that took them, were arrested there; a stock held in prisons has
         * its verb of holding ("o país tinha 748 mil presos", "há 10 mil presos"); the noun comes after the figure
         * ("los presos vinculados a los disturbios son menos de 300" names those still inside) */
        /* Twenty-fourth session. "sobe para 11 o número de presos na operação", "the number of detainees in the raid
         * rose to 40": a subject that counts the people ("o número de", "the number of") and ends on such a noun
         * (no adjective after it: "o número de presos políticos" is a stock) reads as the noun does */
        size_t nws = 0, nwe = 0;
        if (cnt->subject)
            xc_word_before(d->text.text, cnt->subject->start, cnt->subject->end, &nws, &nwe);
        if (cnt->event == EXTRACT_EVENT_HELD && !cnt->trigger && !cnt->answers && cnt->subject && !cnt->subject->role &&
            cnt->subject->start >= cnt->num->end &&
            (xc_lexicon_has(c, "arrested_nouns", cnt->subject->start, cnt->subject->end) ||
             (nwe > nws && xc_lexicon_has(c, "arrested_nouns", nws, nwe))) &&
            S_arrest_tally(c, ma, mb, cnt)) {
            cnt->event = EXTRACT_EVENT_DETENTION;
            xc_trace(c, "count %lld: people arrested, counted in a tally or at the scene", (long long)cnt->num->value);
        }
        /* "contó 1,08 millones de manifestantes, mientras que la CGT habló de 3,5 millones": a figure answering
         * one counted for something else counts that too */
        if (cnt->event < 0 && cnt->anaphoric && i > 0 && counts[i - 1].event == XD_EVENT_NONE)
            cnt->event = XD_EVENT_NONE;
        /* "la policía estimó el público en 8 mil personas; los organizadores hablaron de 50 mil", "Organisers say
         * 50,000 people turned out; police put the number at 6,000": a bare figure answering people counted for
         * nothing of ours in its sentence counts a crowd, not the last claim's people */
        if (cnt->event < 0 && cnt->anaphoric && i > 0 && counts[i - 1].event < 0 && counts[i - 1].subject &&
            !counts[i - 1].subject->role) {
            cnt->event = XD_EVENT_NONE;
            xc_trace(c, "count %lld: answers a figure of people counted for nothing of ours", (long long)cnt->num->value);
        }
        /* "reconoció a 27.255 personas como víctimas de prisión política, y la Comisión Valech II elevó el total a
         * más de 38.000": another speaker's figure in the same sentence is nearer than the claims before it */
        if (cnt->event < 0 && cnt->anaphoric && i > 0 && counts[i - 1].event >= 0 && counts[i - 1].event != XD_EVENT_NONE) {
            int same = 0;
            for (size_t k = d->n_claims; k-- > 0 && !same;)
                same = d->claims[k].count == cnt->num->value;
            if (!same)
                cnt->event = counts[i - 1].event;
        }
        if (cnt->event < 0 && cnt->anaphoric && d->n_claims) {
            /* the figure before it in the text; "O STF fala em 66": the same figure given earlier, if any */
            cnt->event = (int)d->claims[d->n_claims - 1].event;
            for (size_t k = d->n_claims; k-- > 0;)
                if (d->claims[k].count == cnt->num->value) {
                    cnt->event = (int)d->claims[k].event;
                    break;
                }
        }
        /* Twenty-sixth session. "The authorities admitted to more than 3,000, and the police's own records list
         * 3,094 people taken into custody": a framed figure with no claim before it in the text answers the count
         * after it in its sentence, whose own event word says what happened to the people both count */
        if (cnt->event < 0 && cnt->anaphoric && !d->n_claims && i + 1 < n_counts && !counts[i + 1].anaphoric &&
            counts[i + 1].trigger && counts[i + 1].trigger->event >= 0 && counts[i + 1].trigger->event != XD_EVENT_NONE) {
            cnt->event = counts[i + 1].trigger->event;
            xc_trace(c, "count %lld: a framed figure answering the count after it, event %s", (long long)cnt->num->value,
                     S_event_names[cnt->event]);
        }
        if (cnt->event < 0) {
            xc_trace(c, "count %lld: no event (no release/held/detention word, and the noun implies none)",
                     (long long)cnt->num->value);
            continue;
        }
        if (cnt->event == XD_EVENT_NONE) {
            const xd_mention *w = cnt->trigger ? cnt->trigger : cnt->subject ? cnt->subject : cnt->num;
            xc_trace(c, "count %lld: people counted for something else (\"%.*s\")", (long long)cnt->num->value,
                     (int)(w->end - w->start), d->text.text + w->start);
        }
    }
    /* "Os 90 reféns do avião, 86 passageiros e quatro tripulantes, foram libertados": a total whose parts, listed
     * right after it, add up to it shares their verb (counts.c, xc_total_of_parts; twentieth session) */
    for (size_t i = 0; i + 2 < n_counts; i++) {
        size_t last = xc_total_of_parts(c, counts, n_counts, i, ma, mb);
        if (last && counts[i].event != counts[last].event) {
            counts[i].event = counts[last].event;
            xc_trace(c, "count %lld: the total of the parts listed after it, event %s", (long long)counts[i].num->value,
                     S_event_names[counts[i].event]);
        }
    }
    int claimed_here = 0; /* only the sentence's first claim takes a stance from the sentence before */
    size_t first_claim = d->n_claims;
    const xd_mention *days[64] = {0}; /* the day that dated each count's period, for the counts coordinated after it */
    for (size_t i = 0; i < n_counts; i++) {
        xc_count *cnt = &counts[i];
        if (cnt->event < 0 || cnt->event == XD_EVENT_NONE)
            continue;
        const xd_mention *n = cnt->num;
        extract_claim cl;
        memset(&cl, 0, sizeof cl);
        cl.event = (extract_event)cnt->event;
        cl.count = n->value + cnt->plus;
        cl.qualifier = cnt->qual ? (extract_qualifier)cnt->qual->qualifier
                       : n->qualifier >= 0 ? (extract_qualifier)n->qualifier : EXTRACT_Q_EXACT;
        size_t cs = cnt->qual ? cnt->qual->start : n->start;
        cl.count_text = xc_dup(c, cs, n->end);
        if (cnt->subject && cnt->subject->start >= n->end)
            cl.subject = xc_dup(c, cnt->subject->start, cnt->subject->end);
        const xd_mention *cue = NULL;
        const char *how = "none";
        if (!xc_claimant(c, cnt, ma, mb, &cl.claimant, &cue, &how)) {
            memset(&cl.claimant, 0, sizeof cl.claimant);
            /* In an interview's answer the figure is the interviewee's; in a statement ("we", "nuestro" outside
             * quotations) an unattributed figure is its issuer's. */
            if (c->interviewee && c->answer && c->answer[s->para] && xc_quote_at(c, n->start) < 0) {
                xc_give_actor(c->interviewee, &cl.claimant);
                how = "the interviewee answers";
            } else if (c->entry_first && c->entry_first[si] < si && xc_quote_at(c, n->start) < 0 &&
                       xc_entry_speaker(c, c->entry_first[si], &cl.claimant)) {
                how = "the speaker who opens the live-blog entry";
            } else if (c->issuer && xc_quote_at(c, n->start) < 0) {
                cl.claimant.name = c->issuer->name;
                cl.claimant.title = c->issuer->title;
                cl.claimant.kind = c->issuer->kind;
                how = "issuer of the statement";
            } else if (xc_clause_subject(c, cnt, ma, mb, &cl.claimant)) {
                how = "the subject of the clause that gives the figure";
            }
        }
        /* '"O STF fala em 66, mas nós temos…"': a figure a speaker attributes, inside the quotation, to someone
         * whose claim the text already gave is quoted back, not claimed again */
        long nq = xc_quote_at(c, n->start);
        if (nq >= 0 && cue && xc_quote_at(c, cue->start) == nq && cl.claimant.name) {
            int again = 0;
            for (size_t k = 0; k < d->n_claims && !again; k++)
                again = d->claims[k].event == cl.event && d->claims[k].count == cl.count;
            if (again) {
                xc_trace(c, "count %lld: a figure already given, quoted back by another speaker", (long long)cl.count);
                continue;
            }
        }
        c->period_by = NULL;
        c->told_on = NULL;
        xc_dates(c, counts, n_counts, i, cue, ma, mb, &cl);
        days[i] = c->period_by;
        /* the nearest count before it that a day dated */
        for (size_t j = i; j-- > 0 && !cl.period_from[0] && !cl.period_to[0];) {
            if (!days[j])
                continue;
            if (S_coordinated_day(c, counts, i, j, days[j], ma, mb)) {
                xc_set_period(c, cnt, days[j], &cl, "the day of the count it is coordinated with");
                days[i] = days[j];
            }
            break;
        }
        /* an entry's speaker spoke in the entry's first sentence: no day is looked for around this one */
        if (!cl.claimed_on[0] && (cl.claimant.name || xc_points_back(c, si, 0)) &&
            strcmp(how, "the speaker who opens the live-blog entry") != 0)
            xc_statement_date(c, cue, si, &cl);
        if (!cl.claimed_on[0] && (cl.claimant.name || xc_points_back(c, si, 1)))
            xc_statement_goes_on(c, si, n->start, &cl);
        if (!cl.claimed_on[0] && cl.claimant.name && nq >= 0) {
            const char *bd = xc_byline_date(c, &c->quotes[nq]);
            if (bd) {
                memcpy(cl.claimed_on, bd, 11);
                xc_trace(c, "date %s: claimed_on (the day the quotation's signature gives)", bd);
            }
        }
        if (!cl.claimed_on[0] && c->interview_date && c->answer && c->answer[s->para] && c->interviewee &&
            cl.claimant.name && strcmp(cl.claimant.name, c->interviewee->name) == 0) {
            memcpy(cl.claimed_on, c->interview_date, sizeof cl.claimed_on);
            xc_trace(c, "date %s: claimed_on (the day of the interview)", cl.claimed_on);
        }
        xc_event_day(c, cnt, &cl);
        /* "…reported in February that as many as 120,000 …": a statement made in a month the text names is not the
         * entry's news (when.c, xc_said_in_month; twenty-fourth session) */
        if (!cl.claimed_on[0] && (cl.claimant.name || S_reported(c, ma, mb, n)) && c->entry_first &&
            c->entry_first[si] != SIZE_MAX && !xc_said_in_month(c, cue, si, n->start) && xc_entry_day(c, si, &cl))
            xc_trace(c, "date %s: claimed_on (the day of the live-blog entry)", cl.claimed_on);
        if (!cl.claimed_on[0] && (cl.claimant.name || xc_points_back(c, si, 0)) && xc_section_day(c, si, &cl))
            xc_trace(c, "date %s: claimed_on (the day that opens the chronicle's paragraph)", cl.claimed_on);
        /* "Dupas said in a statement", "precisou o responsável numa conferência de imprensa": the statement the story
         * told a paragraph or two before (when.c, S_told_statement), when nothing nearer dated it */
        if (!cl.claimed_on[0] && c->told_on && (cl.claimant.name || xc_points_back(c, si, 0))) {
            memcpy(cl.claimed_on, c->told_on, 11);
            xc_trace(c, "date %s: claimed_on (the statement the story told before, named again without a day)", cl.claimed_on);
        }
        /* "arrests made across the day": a count the day's phrase says covers the day it was given on */
        xc_day_span(c, cnt, &cl);
        /* "82 arrests in the first two days", "en los últimos diez días": the run of days up to the statement's */
        xc_last_days(c, cnt, &cl);
        /* "7,543 detained, 6,038 of them soldiers": a part covers the time of the whole counted just before */
        xc_part_period(c, cnt, &cl);
        /* "seized students" on a day, then "110 students had been abducted": the day of the same event told before */
        xc_same_event_day(c, cnt, &cl);
        int against = 0;
        cl.stance = (extract_stance)S_stance(c, counts, n_counts, i, cue, ma, mb, &against);
        /* "habla de 116 liberados, pero nosotros solo hemos podido confirmar 56": a figure answering another
         * across "but" contests it */
        if (cnt->answers && cl.stance == EXTRACT_STANCE_ASSERTS)
            cl.stance = EXTRACT_STANCE_DISPUTES;
        if (cl.stance == EXTRACT_STANCE_ASSERTS && !claimed_here) {
            int before = S_stance_before(c, si, &cl.claimant);
            if (before >= 0)
                cl.stance = (extract_stance)before;
        }
        /* An organisation counting fewer releases than a government claimed, over no narrower period, is
         * contesting the official figure ("Foro Penal could identify only 116 of those released" after the
         * government's 400, "Foro Penal estimates that 116 people were released"). Only with a word of restriction
         * or of estimate (lexicons only_words, estimate_words) close before the count: a plain lower tally ("the PUD
         * counted 173 releases", "the committee says 12 walked free") asserts, as the gold has it (twenty-fourth
         * session: 7 of the 9 such figures in the corpus). */
        size_t only_from = cnt->num->start > s->start + 40 ? cnt->num->start - 40 : s->start;
        if (cl.stance == EXTRACT_STANCE_ASSERTS && cl.event == EXTRACT_EVENT_RELEASE && cl.claimant.name &&
            (xc_listed_in(c, "only_words", only_from, cnt->num->start, XC_ANY_CASE | XC_ALL_LANGS) < cnt->num->start ||
             xc_listed_in(c, "estimate_words", only_from, cnt->num->start, XC_LOWER | XC_ALL_LANGS) < cnt->num->start) &&
            cl.claimant.kind == EXTRACT_KIND_ORGANIZATION && !cl.period_from[0] && !cl.period_to[0])
            for (size_t k = 0; k < d->n_claims && k < XC_LOOKBACK; k++)
                if (d->claims[k].event == EXTRACT_EVENT_RELEASE && d->claims[k].claimant.name &&
                    (d->claims[k].claimant.kind == EXTRACT_KIND_GOVERNMENT ||
                     d->claims[k].claimant.kind == EXTRACT_KIND_PERSON) &&
                    d->claims[k].count > cl.count && strcmp(d->claims[k].section, "body") == 0 &&
                    !d->claims[k].period_from[0]) {
                    cl.stance = EXTRACT_STANCE_DISPUTES;
                    xc_trace(c, "stance: fewer releases than %s's %lld", d->claims[k].claimant.name,
                             (long long)d->claims[k].count);
                    break;
                }
        if (cl.stance == EXTRACT_STANCE_ASSERTS) {
            const extract_claim *o =
                S_against_earlier(c, &cl, cnt->qual && xp_attr_get(cnt->qual->rule, "cap") != NULL, against);
            if (o) {
                cl.stance = EXTRACT_STANCE_DISPUTES;
                xc_trace(c, "stance: %s against %s's earlier %lld", against ? "own count" : "a cap",
                         o->claimant.name, (long long)o->count);
            }
        }
        cl.start = s->start;
        cl.end = s->end;
        cl.section = s->section == XD_SECTION_HEADLINE ? "headline" : s->section == XD_SECTION_CAPTION ? "caption" : "body";
        cl.rule = n->rule->id;
        cl.confidence = 0.45 + (cnt->subject ? 0.2 : 0) + (cnt->adjacent ? 0.15 : 0.05) + (cl.claimant.name ? 0.15 : 0);
        if (!cl.claimant.name)
            cl.claimant.kind = EXTRACT_KIND_UNKNOWN;
        xc_trace(c, "-> claim: %s %lld (%s), claimant %s (%s), stance %d", S_event_names[cl.event], (long long)cl.count,
                 S_qual_names[cl.qualifier], cl.claimant.name ? cl.claimant.name : "none", how, (int)cl.stance);
        if (S_said_again(c, cnt, &cl, s->start)) {
            claimed_here = 1;
            continue;
        }
        if (S_add_claim(c, &cl) < 0)
            return -1;
        claimed_here = 1;
    }
    S_total_period(c, counts, n_counts, ma, mb, first_claim);
    if (!claimed_here && !n_counts && S_reply(c, si, ma, mb) < 0)
        return -1;
    return 0;
}

int xc_build_claims(extract_doc *d)
{
    xc_ctx c;
    memset(&c, 0, sizeof c);
    c.d = d;
    if (S_find_quotes(&c) < 0)
        return -1;
    c.sent_first = xi_arena_alloc(&d->arena, (d->n_sents + 1) * sizeof(size_t));
    if (!c.sent_first)
        return -1;
    size_t k = 0;
    for (size_t si = 0; si < d->n_sents; si++) {
        while (k < d->n_ments && d->ments[k].sent < si)
            k++;
        c.sent_first[si] = k;
    }
    c.sent_first[d->n_sents] = d->n_ments;
    if (!(c.has_words = xi_arena_alloc(&d->arena, (d->n_sents + 1) * XC_WORDS_MEMO)))
        return -1;
    if (!(c.tables = xi_arena_alloc(&d->arena, XC_TABLE_MEMO * XP_NLANG * sizeof *c.tables)))
        return -1;
    if (xc_find_interview(&c) < 0 || xc_find_entries(&c) < 0 || xc_find_sections(&c) < 0)
        return -1;
    xc_forget_actors(&c);
    /* A statement speaks as "we" outside quotations (twice at least: one "we" can be a reporter's); its issuer
     * is the first organisation, or named state body, in its opening paragraphs. "I" is one person's voice, and
     * the "we" of an interview's answers is the interviewee's. */
    int statement = 0, singular = 0;
    for (size_t i = 0; i < d->n_ments; i++) {
        const xd_mention *m = &d->ments[i];
        if (m->kind != XP_PRONOUN || m->role != XD_REF_SELF || xc_quote_at(&c, m->start) >= 0 ||
            (c.answer && c.interviewee && c.answer[d->sents[m->sent].para]))
            continue;
        if (xp_attr_get(m->rule, "singular")) {
            singular++;
            continue;
        }
        statement += xp_attr_get(m->rule, "label") && m->start < 400 ? 2 : 1;
    }
    /* "I was nineteen on the morning of October 6, 1976, … we ran": a column told in the first person singular
     * more often than in the plural is one writer's memory, its "we" the writer's friends, no body's statement
     * (twenty-fifth session) */
    if (singular >= statement)
        statement = 0;
    if (d->base > 0) {
        /* a later window of a long document (document.c): the statement's issuer is the one the opening window
         * found in the document's opening paragraphs, not one from the middle of the text */
        if (d->issuer.name && !xc_transcript(d) && !xc_live_blog(d)) {
            xc_actor *a = xi_arena_alloc(&d->arena, sizeof *a);
            if (!a)
                return -1;
            a->name = d->issuer.name;
            a->title = d->issuer.title;
            a->kind = (int)d->issuer.kind;
            a->mod_at = SIZE_MAX;
            c.issuer = a;
        }
    } else if (statement >= 2 && !xc_transcript(d) && !xc_live_blog(d)) {
        if (xc_learn_actors(&c, d->text.len) < 0)
            return -1;
        size_t head_end = 0;
        for (size_t si = 0; si < d->n_sents && d->sents[si].para < 5; si++)
            head_end = d->sents[si].end;
        for (size_t k = 0; k < d->n_ments && !c.issuer && d->ments[k].start < head_end; k++) {
            const xd_mention *m = &d->ments[k];
            if (m->kind != XP_ACTOR || !(m->actor_kind == EXTRACT_KIND_ORGANIZATION ||
                                         (m->actor_kind == EXTRACT_KIND_GOVERNMENT && xp_attr_get(m->rule, "named"))))
                continue;
            if (d->text.text[m->start] == '#')
                continue; /* "Day One of #OccupyX": a campaign's hashtag names the cause, not who issues */
            if (xp_attr_get(m->rule, "company"))
                continue; /* "um avião da Air Algérie descolou": an airline in the opening scene carries people, it
                           * issues nothing (who25.pat's company=1; twenty-fifth session) */
            extract_actor a;
            xc_actor_of(&c, m, &a);
            c.issuer = a.name ? xc_known(&c, a.name) : NULL;
        }
        xc_forget_actors(&c); /* learn again in order, so references resolve to what precedes them */
        c.issuer = c.issuer ? xc_copy_actor(&c, c.issuer) : NULL;
        if (c.issuer) /* for the windows after this one */
            d->issuer = (extract_actor){c.issuer->name, c.issuer->title, (extract_actor_kind)c.issuer->kind};
    }
    xc_forget_actors(&c);
    for (size_t si = 0; si < d->n_sents; si++) {
        /* actors up to the end of this sentence are known when its counts are bound */
        if (xc_learn_actors(&c, d->sents[si].end) < 0)
            return -1;
        if (S_sentence(&c, si) < 0)
            return -1;
    }
    xc_viral_source(&c);
    return d->trace.failed ? -1 : 0;
}
