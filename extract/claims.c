/* claims.c - the grammar-lite step: which numbers are counts of people, and for each count its event, claimant,
 * dates and stance. Everything here works on mentions and their positions; the words themselves are pattern data.
 * docs/design.md explains each decision with examples. */
#include "claims.h"
#include "numbers.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A quotation: offsets of the opening and closing marks (close = end of paragraph when never closed). */
typedef struct {
    size_t open, close;
} S_quote;

/* Everything the binder knows about one count while it decides. */
typedef struct S_count {
    const xd_mention *num;
    const xd_mention *subject; /* people noun after (or "the figure is" before) the count */
    const xd_mention *trigger; /* the event word bound to it */
    const xd_mention *qual;
    int event;
    int adjacent;  /* the count sits right against its trigger */
    int anaphoric; /* a bare figure framed by a reporting verb or "the figure": the people are those of the text */
    const struct S_count *answers; /* the count of the same people this bare figure answers ("116, pero … 56") */
    int among; /* "22 political prisoners among them": a part of the group counted before */
    int asked; /* a bare figure answering "how many …?": the question's event + 1 (S_question_event), else 0 */
} S_count;

typedef struct {
    const char *name, *title;
    const char *fold;       /* a name of several words folded, for S_latest_holding */
    const char *fold_title; /* the title folded, made when it is learnt */
    const char *rank;       /* folded: a capitalised title written right before the name ("General Le Quy Vuong"),
                             * which "the general" means as well as the title in apposition */
    int kind;
    size_t at;    /* latest mention */
    size_t prev;  /* the mention before the latest (references inside the sentence that names it again) */
    size_t first; /* first mention */
    size_t mod_at;  /* the latest mention when it only modified another word ("assessor de X"), else SIZE_MAX */
    size_t mod_key; /* then: where its sentence starts, the rank such a mention has for references */
} S_actor;

/* Gives a known actor as a claimant: 1 when there is one, 0 (out untouched) when a is NULL. */
static int S_give_actor(const S_actor *a, extract_actor *out)
{
    if (!a)
        return 0;
    out->name = a->name;
    out->title = a->title;
    out->kind = (extract_actor_kind)a->kind;
    return 1;
}

/* A per-document index from strings to numbers (mention or actor indices), in the document's arena: chained
 * buckets, each chain newest first, so that a look-up visits the entries of one key from the latest added. It keeps
 * the binder's document-level questions ("is this name known?", "which known names hold this word?") from scanning
 * everything learnt so far for every mention, which made a long document quadratic. */
typedef struct {
    const char *key;
    size_t len, val;
    size_t next; /* the previous entry of the same bucket, SIZE_MAX at the end */
} S_entry;

typedef struct {
    size_t *heads; /* per bucket: its newest entry, SIZE_MAX when empty */
    size_t n_heads;
    S_entry *e;
    size_t n, cap;
} S_map;

typedef struct {
    extract_doc *d;
    S_quote *quotes;
    size_t n_quotes;
    size_t *sent_first; /* first mention index of each sentence; sent_first[n_sents] = n_ments */
    S_actor *actors;    /* titles learnt so far, by name; emptied only by S_forget_actors, which empties the
                         * maps below that index them too */
    size_t n_actors, cap_actors;
    size_t cap_claims;
    size_t learnt; /* mentions before this index have been learnt as actors */
    const S_actor *issuer; /* the organisation speaking as "we" in a statement, or NULL */
    const S_actor *interviewee; /* who answers the questions of an interview, or NULL */
    const char *interview_date; /* the day the interview was given ("spoke to us on Sunday"), or NULL */
    unsigned char *answer;      /* per paragraph: 1 in an answer of the interview */
    size_t *entry_first; /* per sentence of a live blog: the first sentence of its entry, SIZE_MAX outside one; or NULL */
    const xd_mention *period_by; /* the date S_set_period gave the claim being dated, or NULL */
    int in_speaker; /* S_current_speaker is working: a reference inside the verb it asks about does not ask again */
    /* the opening parentheses of the text by the two bytes after them and the two before them (past spaces): an
     * acronym introduced "(ACR)" or "ACR (…)" (S_index_parens, made when first needed) */
    S_map paren_after, paren_before;
    int parens_indexed;
    S_map names;   /* actor name -> its index in actors */
    S_map words;   /* each word of a known name of several words -> the actor's index (S_actor_of) */
    S_map initials; /* the capitals opening the words of such a name ("PF" for "Polícia Federal") -> the actor's
                     * index (S_acronym_of) */
    S_map holding; /* the first six bytes of each folded word of such a name, of a title, of a rank -> the actor's
                    * index (S_latest_holding: a stem of another language shares them) */
    S_map written; /* a name -> the first mention that writes it inside a sentence (S_lone_opening_word) */
} S_ctx;

static size_t S_hash(const char *k, size_t len)
{
    size_t h = 14695981039346656037u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)k[i]) * 1099511628211u;
    return h;
}

/* Adds key -> val (the key is not copied: it lives in the text or the arena). 0, or -1 out of memory. */
static int S_map_add(extract_doc *d, S_map *m, const char *key, size_t len, size_t val)
{
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        S_entry *e = xi_arena_alloc_raw(&d->arena, cap * sizeof *e);
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
    m->e[m->n] = (S_entry){key, len, val, m->heads[b]};
    m->heads[b] = m->n++;
    return 0;
}

/* The entries of key, newest first: pass SIZE_MAX for the first, then the entry returned; SIZE_MAX at the end. */
static size_t S_map_next(const S_map *m, const char *key, size_t len, size_t from)
{
    if (!m->n)
        return SIZE_MAX;
    size_t i = from == SIZE_MAX ? m->heads[S_hash(key, len) & (m->n_heads - 1)] : m->e[from].next;
    while (i != SIZE_MAX && !(m->e[i].len == len && memcmp(m->e[i].key, key, len) == 0))
        i = m->e[i].next;
    return i;
}

/* Forgets every actor learnt, to learn them again from the start of the text. */
static void S_forget_actors(S_ctx *c)
{
    c->learnt = 0;
    c->n_actors = 0;
    S_map *maps[] = {&c->names, &c->words, &c->initials, &c->holding};
    for (size_t i = 0; i < sizeof maps / sizeof *maps; i++) {
        maps[i]->n = 0;
        if (maps[i]->heads)
            memset(maps[i]->heads, 0xff, maps[i]->n_heads * sizeof *maps[i]->heads);
    }
}

/* Indexes the opening parentheses of the text once, so that looking for an acronym's introduction costs the
 * parentheses next to that acronym's letters, not every parenthesis of the text, for every name that might be one.
 * Added last to first, so each key's entries come in text order. 0, or -1 out of memory. */
static int S_index_parens(S_ctx *c)
{
    const char *t = c->d->text.text;
    size_t len = c->d->text.len;
    for (size_t p = len; p-- > 0;) {
        if (t[p] != '(')
            continue;
        size_t w = p;
        while (w > 0 && t[w - 1] == ' ')
            w--;
        if ((p + 3 <= len && S_map_add(c->d, &c->paren_after, t + p + 1, 2, p) < 0) ||
            (w >= 2 && S_map_add(c->d, &c->paren_before, t + w - 2, 2, p) < 0))
            return -1;
    }
    c->parens_indexed = 1;
    return 0;
}

static const char *const S_event_names[] = {"release", "held", "detention"};

static int S_entry_speaker(S_ctx *c, size_t fs, extract_actor *out);

/* Appends a line to the --explain trace when it is on. */
static void S_trace(S_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void S_trace(S_ctx *c, const char *fmt, ...)
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

static int S_is_space(char ch) { return ch == ' ' || ch == '\n' || ch == '\t'; }

/* A byte of a letter: ASCII letters and every byte of a multi-byte (UTF-8) character. */
static int S_letter_byte(unsigned char ch) { return ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') || ch >= 0x80; }

/* True when text[a,b), at most maxlen bytes, holds only spaces and at most `words` lowercase words (no
 * punctuation). Quotation marks inside a phrase ('"al menos 80" detenidos') separate words like spaces; with
 * loose, so do commas, and a hyphenated word ("anti-government") is one word ("Desde a primeira fase, em 20 de
 * janeiro"). */
static int S_gap(const char *t, size_t a, size_t b, int words, size_t maxlen, int loose)
{
    if (b < a || b - a > maxlen)
        return 0;
    int n = 0, in = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char ch = (unsigned char)t[i];
        int mark = loose ? 0
                   : ch == '"' ? 1
                   : (ch == 0xE2 && i + 2 < b && (unsigned char)t[i + 1] == 0x80 &&
                      ((unsigned char)t[i + 2] == 0x9C || (unsigned char)t[i + 2] == 0x9D)) ? 3
                   : (ch == 0xC2 && i + 1 < b && ((unsigned char)t[i + 1] == 0xAB || (unsigned char)t[i + 1] == 0xBB)) ? 2 : 0;
        if (S_is_space((char)ch) || mark || (loose && ch == ',')) {
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

static int S_gap_words(const char *t, size_t a, size_t b, int words, size_t maxlen)
{
    return S_gap(t, a, b, words, maxlen, 0);
}

/* Whether text[a,b) is only a coordinating conjunction between spaces ("and", "y", "e", "ou"): an event word
 * before it closes the clause before ("300 people were arrested and 120 were charged"), it governs no count
 * after it. */
static int S_only_conjunction(const char *t, size_t a, size_t b)
{
    while (a < b && (S_is_space(t[a]) || t[a] == ','))
        a++;
    while (b > a && S_is_space(t[b - 1]))
        b--;
    static const char *const conj[] = {"and", "or", "y", "e", "o", "u", "ou", "ni", "nem", "nor"};
    for (size_t i = 0; i < sizeof conj / sizeof conj[0]; i++)
        if (strlen(conj[i]) == b - a && strncmp(t + a, conj[i], b - a) == 0)
            return 1;
    return 0;
}

/* Whether text[a,b) holds a complementizer ("that", "que") as a word: what follows it is what was said. */
static int S_has_that(const char *t, size_t a, size_t b)
{
    for (size_t i = a; i + 3 <= b; i++) {
        if (i > a && !S_is_space(t[i - 1]) && t[i - 1] != ',')
            continue;
        size_t n = (i + 4 <= b && strncmp(t + i, "that", 4) == 0) ? 4 : (strncmp(t + i, "que", 3) == 0) ? 3 : 0;
        /* "que, según sus registros, …": an aside may follow at once */
        if (n && (i + n == b || S_is_space(t[i + n]) || t[i + n] == ','))
            return 1;
    }
    return 0;
}

/* Whether text[a,b) (b the count's start) holds a "that/que" introducing what was said about the count: the last
 * one, with the count's event word not between it and the count ("…a polícia dispersou … jovens que exigiam …, e
 * deteve pelo menos nove": that "que" opens a relative clause, and "deteve" is the count's own verb). */
static int S_that_says(const char *t, const S_count *cnt, size_t a, size_t b)
{
    size_t last = SIZE_MAX;
    for (size_t i = a; i + 3 <= b; i++) {
        if (i > a && !S_is_space(t[i - 1]) && t[i - 1] != ',')
            continue;
        size_t n = (i + 4 <= b && strncmp(t + i, "that", 4) == 0) ? 4 : (strncmp(t + i, "que", 3) == 0) ? 3 : 0;
        if (n && (i + n == b || S_is_space(t[i + n]) || t[i + n] == ','))
            last = i;
    }
    if (last == SIZE_MAX)
        return 0;
    return !(cnt->trigger && cnt->trigger->start > last && cnt->trigger->end <= b);
}

/* ---- quotations ---- */

static int S_mark(const char *t, size_t len, size_t i, int *open)
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
static int S_find_quotes(S_ctx *c)
{
    const char *t = c->d->text.text;
    size_t len = c->d->text.len, cap = 0;
    size_t open_at = SIZE_MAX;
    for (size_t i = 0; i <= len; i++) {
        int para_end = (i == len) || (t[i] == '\n' && i + 1 < len && t[i + 1] == '\n');
        int open = 0, n = (i < len) ? S_mark(t, len, i, &open) : 0;
        if (open == -1)
            open = (open_at == SIZE_MAX);
        if (n && open && open_at == SIZE_MAX) {
            open_at = i;
        } else if ((n && !open && open_at != SIZE_MAX) || (para_end && open_at != SIZE_MAX)) {
            if (c->n_quotes == cap) {
                cap = cap ? cap * 2 : 16;
                S_quote *q = xi_arena_alloc(&c->d->arena, cap * sizeof *q);
                if (!q)
                    return -1;
                if (c->n_quotes)
                    memcpy(q, c->quotes, c->n_quotes * sizeof *q);
                c->quotes = q;
            }
            c->quotes[c->n_quotes++] = (S_quote){open_at, i};
            open_at = SIZE_MAX;
        }
        if (n)
            i += (size_t)n - 1;
    }
    return 0;
}

/* Index of the quotation containing offset, or -1. */
static long S_quote_at(const S_ctx *c, size_t off)
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
static size_t S_fold_at(const extract_doc *d, size_t off)
{
    size_t lo = 0, hi = d->fold.len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->fold.map[mid] < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static const char *S_dup(S_ctx *c, size_t s, size_t e)
{
    return xi_arena_strndup(&c->d->arena, c->d->text.text + s, e - s);
}

/* Strips a leading article from a name or title ("the government" -> "government"). */
static void S_skip_article(const char *t, size_t *s, size_t e)
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
            *s += n;
            return;
        }
    }
}

/* The sentence's mention range. */
static void S_range(const S_ctx *c, size_t si, size_t *a, size_t *b)
{
    *a = c->sent_first[si];
    *b = c->sent_first[si + 1];
}

/* A title phrase around an actor: "X, president of Y," or "The president of Y, X," or "president of Y X". */
static const char *S_find_title(S_ctx *c, const xd_mention *a)
{
    const char *t = c->d->text.text;
    const xd_sentence *s = &c->d->sents[a->sent];
    size_t ma, mb;
    S_range(c, a->sent, &ma, &mb);
    /* After: ", phrase," */
    size_t i = a->name_e;
    if (i + 2 < s->end && t[i] == ',' && t[i + 1] == ' ') {
        size_t ps = i + 2, pe = ps;
        while (pe < s->end && t[pe] != ',' && t[pe] != '.' && t[pe] != ';' && t[pe] != '(' && pe - ps < 160)
            pe++;
        /* an apposition reports nothing: "Truong Tan Sang, the general said 18,539" is a clause of its own */
        int clause = 0;
        for (size_t k = ma; k < mb && !clause; k++) {
            const xd_mention *m = &c->d->ments[k];
            clause = m->kind == XP_CUE && m->start >= ps && m->start < pe;
        }
        for (size_t k = ma; k < mb && !clause; k++) {
            const xd_mention *m = &c->d->ments[k];
            if (m->kind == XP_TITLE && m->start >= ps && m->start < pe && m->start - ps < 24) {
                S_skip_article(t, &ps, pe);
                return S_dup(c, ps, pe);
            }
        }
    }
    /* Before, with or without a comma. */
    size_t j = a->start;
    while (j > s->start && S_is_space(t[j - 1]))
        j--;
    int comma = (j > s->start && t[j - 1] == ',');
    size_t pe = comma ? j - 1 : j;
    for (size_t k = mb; k-- > ma;) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind != XP_TITLE || m->end > pe)
            continue;
        size_t ps = m->start;
        /* the phrase from the title word to the name holds no clause break and no other actor or cue */
        int ok = pe - ps < 160;
        for (size_t q = ps; ok && q < pe; q++)
            if (t[q] == ',' || t[q] == '.' || t[q] == ';' || t[q] == ':' || t[q] == '"')
                ok = 0;
        for (size_t q = ma; ok && q < mb; q++) {
            const xd_mention *o = &c->d->ments[q];
            if ((o->kind == XP_CUE || o->kind == XP_TRIGGER || o->kind == XP_NUMBER) && o->start >= ps && o->end <= pe)
                ok = 0;
            /* "Garda Commissioner Drew Harris faced the media at Phoenix Park": a title with another name right
             * after it is that name's */
            if (o->kind == XP_ACTOR && o != a && o->actor_kind == EXTRACT_KIND_PERSON && o->start >= m->end &&
                o->end <= pe && o->start - m->end <= 2 && S_is_space(t[m->end]))
                ok = 0;
        }
        if (!ok)
            break;
        /* Include the article and adjectives right before the title word ("the interior minister"). */
        size_t bs = ps;
        while (bs > s->start) {
            size_t w = bs;
            while (w > s->start && S_is_space(t[w - 1]))
                w--;
            size_t ws = w;
            while (ws > s->start && !S_is_space(t[ws - 1]) && t[ws - 1] != ',' && t[ws - 1] != '"')
                ws--;
            if (ws == w || w - ws > 14)
                break;
            unsigned char f = (unsigned char)t[ws];
            if (!(f >= 'a' && f <= 'z'))
                break; /* stop at a capitalised word: the start of the sentence or another name */
            int verb = 0;
            for (size_t q = ma; q < mb && !verb; q++) {
                const xd_mention *o = &c->d->ments[q];
                verb = (o->kind == XP_CUE || o->kind == XP_TRIGGER || o->kind == XP_AGENT || o->kind == XP_SOURCE ||
                        o->kind == XP_DATEROLE || o->kind == XP_DATE) && o->start < w && o->end > ws;
            }
            if (verb)
                break; /* "dijo el ministro Juan Silva": the title starts after the verb */
            bs = ws;
        }
        while (pe > ps && S_is_space(t[pe - 1]))
            pe--;
        S_skip_article(t, &bs, pe);
        return S_dup(c, bs, pe);
    }
    return NULL;
}

/* The actor learnt by this name, or NULL. */
static S_actor *S_known(const S_ctx *c, const char *name)
{
    size_t e = S_map_next(&c->names, name, strlen(name), SIZE_MAX);
    return e == SIZE_MAX ? NULL : &c->actors[c->names.e[e].val];
}

/* Indexes actor i under each space-separated word of s (as S_has_word splits them), or its first `key` bytes. */
static int S_index_words(S_ctx *c, S_map *m, const char *s, size_t key, size_t i)
{
    for (const char *w = s; *w;) {
        size_t n = strcspn(w, " ");
        if (S_map_add(c->d, m, w, n < key ? n : key, i) < 0)
            return -1;
        w += n;
        while (*w == ' ')
            w++;
    }
    return 0;
}

/* Folds and indexes what S_latest_holding looks for in actor i: a title or rank it has just been given. */
static int S_index_title(S_ctx *c, size_t i, const char *title, const char *rank)
{
    S_actor *a = &c->actors[i];
    if (title) {
        a->fold_title = xn_fold_str(title, strlen(title), &c->d->arena);
        if (!a->fold_title || S_index_words(c, &c->holding, a->fold_title, 6, i) < 0)
            return -1;
    }
    return rank ? S_index_words(c, &c->holding, rank, 6, i) : 0;
}

static int S_remember(S_ctx *c, const char *name, const char *title, const char *rank, int kind, size_t at,
                      size_t mod_key)
{
    S_actor *a = S_known(c, name);
    if (a) {
        title = !a->title ? title : NULL;
        rank = !a->rank ? rank : NULL;
        if (title)
            a->title = title;
        if (rank)
            a->rank = rank;
        if (a->kind == EXTRACT_KIND_PERSON && kind != EXTRACT_KIND_PERSON && kind != EXTRACT_KIND_UNKNOWN)
            a->kind = kind; /* "Prothom Alo … the daily Prothom Alo": the descriptor says what it is */
        a->prev = a->at;
        a->at = at; /* references resolve to the latest mention */
        a->mod_at = mod_key != SIZE_MAX ? at : SIZE_MAX;
        a->mod_key = mod_key;
        return S_index_title(c, (size_t)(a - c->actors), title, rank);
    }
    if (c->n_actors == c->cap_actors) {
        size_t cap = c->cap_actors ? c->cap_actors * 2 : 32;
        S_actor *na = xi_arena_alloc(&c->d->arena, cap * sizeof *na);
        if (!na)
            return -1;
        if (c->n_actors)
            memcpy(na, c->actors, c->n_actors * sizeof *na);
        c->actors = na;
        c->cap_actors = cap;
    }
    size_t i = c->n_actors++;
    c->actors[i] = (S_actor){.name = name, .title = title, .rank = rank, .kind = kind, .at = at, .prev = at,
                             .first = at, .mod_at = mod_key != SIZE_MAX ? at : SIZE_MAX, .mod_key = mod_key};
    if (S_map_add(c->d, &c->names, name, strlen(name), i) < 0 || S_index_title(c, i, title, rank) < 0)
        return -1;
    if (!strchr(name, ' '))
        return 0;
    c->actors[i].fold = xn_fold_str(name, strlen(name), &c->d->arena);
    if (!c->actors[i].fold || S_index_words(c, &c->words, name, SIZE_MAX, i) < 0 ||
        S_index_words(c, &c->holding, c->actors[i].fold, 6, i) < 0)
        return -1;
    /* the initials an acronym must spell: none when a word opens with an accented capital ("Órgano …") or other
     * non-ASCII letter, which S_acronym_of leaves */
    size_t n = 0;
    char *ini = xi_arena_alloc_raw(&c->d->arena, strlen(name) + 1);
    if (!ini)
        return -1;
    for (const char *w = name; *w;) {
        unsigned char ch = (unsigned char)*w;
        if (ch >= 'A' && ch <= 'Z')
            ini[n++] = (char)ch;
        else if (ch >= 0x80 && !(ch == 0xC3 && (unsigned char)w[1] >= 0xA0))
            return 0;
        w += strcspn(w, " ");
        while (*w == ' ')
            w++;
    }
    return n ? S_map_add(c->d, &c->initials, ini, n, i) : 0;
}

/* Whether two folded words are one word in two languages: "observatory"/"observatorio", "ministry"/"ministerio"
 * (a common stem of six letters at least, lengths two apart at most). */
static int S_same_stem(const char *a, size_t al, const char *b, size_t bl)
{
    size_t k = 0;
    while (k < al && k < bl && a[k] == b[k])
        k++;
    return k >= 6 && (al > bl ? al - bl : bl - al) <= 2 && k + 3 >= (al < bl ? al : bl);
}

/* Whether `word` is one of the space-separated words of `name`, or, with `stems`, one in another language (see
 * S_same_stem; for a body's head noun only, never for people's names). */
static int S_has_word(const char *name, const char *word, size_t wl, int stems)
{
    for (const char *p = name; *p;) {
        const char *e = strchr(p, ' ');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if ((n == wl && strncmp(p, word, wl) == 0) || (stems && S_same_stem(p, n, word, wl)))
            return 1;
        p += n;
        while (*p == ' ')
            p++;
    }
    return 0;
}

static size_t S_first_at(const extract_doc *d, size_t off);

/* The start of the line holding offset pos (names never run over a line break). */
static size_t S_line_start(const char *t, size_t pos)
{
    while (pos > 0 && t[pos - 1] != '\n')
        pos--;
    return pos;
}

/* Whether a word of [s,e) starts with the letter `initial` (an acronym's first letter is one of its name's). */
static int S_has_initial(const char *t, size_t s, size_t e, char initial)
{
    for (size_t i = s; i < e; i++)
        if (t[i] == initial && (i == s || S_is_space(t[i - 1])))
            return 1;
    return 0;
}

/* "Asistencia Legal por los Derechos Humanos (ASILEGAL)", "supporters of Pakistan Tehreek-e-Insaf (PTI)": the name
 * a parenthesised acronym introduces when no rule read it as an actor. Walks back from `end` over capitalised
 * words and the short lower-case links between them ("por los", "of the"), at least two capitalised words, the
 * first starting with the acronym's first letter. Sets [*s,*e); returns 1 when found. */
static int S_capitalised_run(const char *t, size_t lo, size_t end, char initial, size_t *s, size_t *e)
{
    size_t pos = end, first = end;
    int caps = 0, commas = 0, seen = 0;
    while (pos > lo && S_is_space(t[pos - 1]))
        pos--;
    *e = pos;
    while (pos > lo) {
        size_t w = pos;
        while (w > lo && !S_is_space(t[w - 1]))
            w--;
        unsigned char f = (unsigned char)t[w];
        int cap = (f >= 'A' && f <= 'Z') || f == 0xC3 || f == 0xC4 || f == 0xC5; /* Á, Ç, Ł, Ş... */
        int link = f >= 'a' && f <= 'z' && pos - w <= 5; /* "de", "por los", "pelos", "of the" */
        /* "Patriotas Africanos do Senegal pelo Trabalho, a Ética e a Fraternidade (PASTEF)": one comma after a
         * capitalised word, while the initial is still to be found, is inside the name */
        size_t wend = pos;
        if (cap && !commas && !seen && pos - w > 1 && t[pos - 1] == ',')
            wend = pos - 1, commas = 1;
        for (size_t k = w; k < wend && (cap || link); k++)
            if (t[k] == ',' || t[k] == '.' || t[k] == ';' || t[k] == ':' || t[k] == '(' || t[k] == ')' || t[k] == '"')
                cap = link = 0; /* a clause or sentence mark ends the name */
        if (cap && t[w] == initial)
            seen = 1;
        if (!cap && !link)
            break;
        if (cap)
            caps++, first = w;
        if (w == lo || !S_is_space(t[w - 1]))
            break;
        pos = w - 1;
        while (pos > lo && S_is_space(t[pos - 1]))
            pos--;
    }
    /* "The Egyptian Initiative for Personal Rights (EIPR)": the name starts at its initial, past an article. Each
     * capitalised word skipped is one fewer in the name; the walk ends at the parenthesis whatever the words are
     * ("Ação Única (AU)": an accented capital is never the ASCII initial) */
    while (caps >= 2 && first < *e && t[first] != initial) {
        unsigned char f = (unsigned char)t[first];
        if ((f >= 'A' && f <= 'Z') || f == 0xC3 || f == 0xC4 || f == 0xC5)
            caps--;
        while (first < *e && !S_is_space(t[first]))
            first++;
        while (first < *e && S_is_space(t[first]))
            first++;
    }
    if (caps < 2 || first >= *e)
        return 0;
    *s = first;
    S_skip_article(t, s, *e);
    return 1;
}

/* Names *out after the body [s,e) of the given kind; 1, or 0 when out of memory. */
static int S_name_body(S_ctx *c, size_t s, size_t e, int kind, extract_actor *out)
{
    out->name = S_dup(c, s, e);
    out->kind = (extract_actor_kind)kind;
    out->title = NULL;
    return out->name != NULL;
}

/* "Polícia Federal (PF)", "Transactional Records Access Clearinghouse (TRAC)": an acronym introduced in
 * parentheses right after a name stands for that name wherever it is used later. Fills *out with the full name
 * and returns 1 when the actor's name [s,e) is such an acronym. */
static int S_acronym_of(S_ctx *c, const xd_mention *m, size_t s, size_t e, extract_actor *out)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t n = e - s;
    if (n < 2 || n > 10)
        return 0;
    int upper = 0;
    for (size_t i = s; i < e; i++) {
        unsigned char ch = (unsigned char)t[i];
        if (ch >= 'A' && ch <= 'Z')
            upper++;
        else if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '&'))
            return 0;
    }
    /* "Cofavic", "Provea", "Sinafo": an acronym written as a word, a capital and lower-case letters, counts only
     * where the text introduces it beside its body's full name (its first letter that name's initial) */
    int mixed = upper == 1 && t[s] >= 'A' && t[s] <= 'Z' && n >= 4 && m->actor_kind != EXTRACT_KIND_MEDIA;
    if (!mixed && (upper < 2 || upper * 2 < (int)n))
        return 0;
    /* the introduction is usually before; a headline or lead may use the acronym before the body text spells it
     * out ("CDD exige libertação …" above "O Centro para Democracia e Direitos Humanos (CDD) exige …") */
    if (!c->parens_indexed && S_index_parens(c) < 0)
        return 0;
    /* the opening parentheses after the acronym's last two letters or before its first two, in text order */
    size_t xb = S_map_next(&c->paren_before, t + e - 2, 2, SIZE_MAX);
    size_t xa = S_map_next(&c->paren_after, t + s, 2, SIZE_MAX);
    while (xb != SIZE_MAX || xa != SIZE_MAX) {
        size_t pb = xb != SIZE_MAX ? c->paren_before.e[xb].val : SIZE_MAX;
        size_t pa = xa != SIZE_MAX ? c->paren_after.e[xa].val : SIZE_MAX;
        size_t p = pb < pa ? pb : pa, o = p;
        if (pb == p)
            xb = S_map_next(&c->paren_before, t + e - 2, 2, xb);
        if (pa == p)
            xa = S_map_next(&c->paren_after, t + s, 2, xa);
        size_t w = o;
        while (w > 0 && t[w - 1] == ' ')
            w--;
        if (w >= n + 1 && t[w - n] == t[s] && !S_letter_byte((unsigned char)t[w - n - 1]) &&
            strncmp(t + w - n, t + s, n) == 0) {
            /* "Cofavic (Comité de Familiares de las Víctimas)": the acronym first, the full name in parentheses */
            const xd_mention *full = NULL;
            if (o < d->text.len && t[o] == '(')
                for (size_t k = S_first_at(d, o); k < d->n_ments && d->ments[k].start <= o + 1; k++) {
                    const xd_mention *a = &d->ments[k];
                    if (a->kind == XP_ACTOR && a->start == o + 1 && a->end < d->text.len && t[a->end] == ')' &&
                        a->actor_kind != EXTRACT_KIND_PERSON && a->actor_kind >= 0 && (!full || a->end > full->end))
                        full = a;
                }
            size_t fs = full ? full->start : 0, fe = full ? full->end : 0;
            if (full)
                S_skip_article(t, &fs, fe);
            if (full && fe - fs > n && S_has_initial(t, fs, fe, t[s]))
                return S_name_body(c, fs, fe, full->actor_kind, out);
            if (full && mixed && out->kind == EXTRACT_KIND_PERSON) /* "Sinafo (National Union of …)": translated */
                return S_name_body(c, s, e, full->actor_kind, out);
        }
        if (p + n + 2 > d->text.len || t[p + n + 1] != ')' || strncmp(t + p + 1, t + s, n) != 0)
            continue;
        size_t q = p;
        while (q > 0 && S_is_space(t[q - 1]))
            q--;
        /* the full name: the longest actor ending right before the parenthesis */
        const xd_mention *full = NULL;
        for (size_t k = S_first_at(d, q > 300 ? q - 300 : 0); k < d->n_ments && d->ments[k].start < q; k++) {
            const xd_mention *a = &d->ments[k];
            if (a->kind == XP_ACTOR && a->end == q && (!full || a->start < full->start))
                full = a;
        }
        size_t fs = 0, fe = 0;
        if (full) {
            fs = full->name_e > full->name_s ? full->name_s : full->start;
            fe = full->name_e > full->name_s ? full->name_e : full->end;
            S_skip_article(t, &fs, fe);
            if (mixed && !S_has_initial(t, fs, fe, t[s]) && full->actor_kind != EXTRACT_KIND_PERSON &&
                full->actor_kind >= 0 && out->kind == EXTRACT_KIND_PERSON)
                return S_name_body(c, s, e, full->actor_kind, out); /* "National Union of … (Sinafo)" */
            if (!S_has_initial(t, fs, fe, t[s]))
                full = NULL; /* "Asistencia Legal por los Derechos Humanos (ASILEGAL)": the rule read only the tail */
        }
        if (!full && !S_capitalised_run(t, S_line_start(t, q), q, t[s], &fs, &fe))
            return 0;
        if (fe - fs <= n || (mixed && full && full->actor_kind == EXTRACT_KIND_PERSON))
            return 0;
        out->name = S_dup(c, fs, fe);
        if (full && full->actor_kind >= 0 && full->actor_kind != EXTRACT_KIND_PERSON)
            out->kind = (extract_actor_kind)full->actor_kind; /* a name with an acronym is no person's */
        else if (mixed && out->kind == EXTRACT_KIND_PERSON)
            out->kind = EXTRACT_KIND_ORGANIZATION;
        out->title = NULL;
        return out->name != NULL;
    }
    if (mixed)
        return 0; /* the initials of a body named before spell capitals only */
    /* "la Polícia Federal … a PF": an acronym spelling the initials of a body named before (its capitals, in
     * order, are the capitals opening the body's words), the latest learnt first */
    char key[10];
    size_t kn = 0;
    for (size_t i = s; i < e; i++)
        if (t[i] >= 'A' && t[i] <= 'Z')
            key[kn++] = t[i];
    for (size_t x = S_map_next(&c->initials, key, kn, SIZE_MAX); x != SIZE_MAX;
         x = S_map_next(&c->initials, key, kn, x)) {
        const S_actor *a = &c->actors[c->initials.e[x].val];
        if (a->first < m->start && a->kind != EXTRACT_KIND_PERSON)
            return S_give_actor(a, out);
    }
    return 0;
}

/* "Ain o Salish Kendra (ASK)", "Sindicato Nacional de Trabajadores Unidos (SNTU)": an acronym in parentheses right
 * after a run of capitalised words whose initials it spells is strong evidence that the run is one body's name,
 * even where a rule read part of it as a person. Given a person's name [s,e), finds such a run holding it: up to
 * eight more capitalised words and short links after it, then "(ACRONYM)", and the run's capitalised words from
 * the name's start or before spelling the acronym's capitals exactly. Sets [*rs,*re); returns 1 when found. */
static int S_introduced_run(const char *t, size_t len, size_t s, size_t e, size_t *rs, size_t *re)
{
    size_t p = e;
    for (int w = 0; w < 8; w++) {
        size_t q = p;
        while (q < len && t[q] == ' ')
            q++;
        if (q >= len || q == p || t[q] == '(') {
            p = q;
            break;
        }
        size_t we = q;
        while (we < len && !S_is_space(t[we]) && t[we] != ',' && t[we] != '.' && t[we] != ';' && t[we] != ':' &&
               t[we] != '(' && t[we] != ')' && t[we] != '"')
            we++;
        unsigned char f = (unsigned char)t[q];
        int cap = (f >= 'A' && f <= 'Z') || f == 0xC3 || f == 0xC4 || f == 0xC5;
        int link = (f >= 'a' && f <= 'z' && we - q <= 5) || (t[q] == '&' && we - q == 1);
        if (we == q || (!cap && !link) || we >= len || t[we] != ' ')
            return 0;
        p = we;
    }
    if (p >= len || t[p] != '(')
        return 0;
    size_t a = p + 1, b = a;
    /* "El Programa Venezolano de Educación-Acción en Derechos Humanos (Provea)": an acronym written as a word
     * spells no initials; its first letter opens the name */
    if (a < len && t[a] >= 'A' && t[a] <= 'Z') {
        size_t x = a + 1;
        while (x < len && x - a <= 12 && t[x] >= 'a' && t[x] <= 'z')
            x++;
        if (x < len && t[x] == ')' && x - a >= 4 && t[s] == t[a] && memchr(t + s, ' ', e - s)) {
            size_t end = p;
            while (end > s && S_is_space(t[end - 1]))
                end--;
            *rs = s;
            *re = end;
            return 1;
        }
    }
    while (b < len && b - a <= 10 && ((t[b] >= 'A' && t[b] <= 'Z') || (t[b] >= '0' && t[b] <= '9') || t[b] == '-' ||
                                      t[b] == '&'))
        b++;
    if (b >= len || t[b] != ')' || b - a < 2)
        return 0;
    char caps[12];
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        if (t[i] >= 'A' && t[i] <= 'Z')
            caps[n++] = t[i];
    if (n < 2)
        return 0;
    /* the capitalised words' initials, last first, walking back from the parenthesis to the name's start at least */
    size_t end = p;
    while (end > s && S_is_space(t[end - 1]))
        end--;
    size_t k = n, pos = end;
    while (pos > 0 && k > 0) {
        size_t w = pos;
        while (w > 0 && !S_is_space(t[w - 1]))
            w--;
        if (w == pos)
            return 0;
        unsigned char f = (unsigned char)t[w];
        if ((f >= 'A' && f <= 'Z') || f >= 0xC3) {
            if (f < 0x80 && (char)f != caps[k - 1])
                return 0;
            if (--k == 0) {
                if (w > s)
                    return 0; /* the run spelt by the acronym starts after the name: not the name's */
                *rs = w;
                *re = end;
                return 1;
            }
        } else if (!(f >= 'a' && f <= 'z' && pos - w <= 5) && !(t[w] == '&' && pos - w == 1)) {
            return 0;
        }
        if (w == 0 || t[w - 1] != ' ')
            return 0;
        pos = w - 1;
    }
    return 0;
}

/* Where an actor was mentioned last before offset `before` (its first mention when none is before). */
static size_t S_seen_before(const S_actor *a, size_t before)
{
    return a->at < before ? a->at : a->prev < before ? a->prev : a->first;
}

/* The latest actor mentioned before `before` that holds the folded word w (at least 4 bytes), or NULL: with
 * person 0, a body whose name holds it ("ministerio" → "Ministerio de Justicia", "ministry" → "Interior
 * Ministry": what "el ministerio", "o conselho", "the party" stand for); with person 1, a person whose title
 * holds it ("ministro do Interior" for "acrescentou o ministro", "said the official": a title says more than
 * recency does). The folded names and titles are kept on the actors. */
static const S_actor *S_latest_holding(S_ctx *c, const char *w, size_t wl, size_t before, int person)
{
    const S_actor *best = NULL;
    size_t best_at = 0, best_i = 0, key = wl < 6 ? wl : 6;
    if (wl < 4)
        return NULL;
    for (size_t e = S_map_next(&c->holding, w, key, SIZE_MAX); e != SIZE_MAX;
         e = S_map_next(&c->holding, w, key, e)) {
        size_t i = c->holding.e[e].val;
        const S_actor *a = &c->actors[i];
        size_t at = S_seen_before(a, before);
        if (at >= before || (a->kind == EXTRACT_KIND_PERSON) != person ||
            (best && (best_at > at || (best_at == at && best_i > i))))
            continue;
        if (person ? !a->title : !strchr(a->name, ' '))
            continue;
        const char *f = person ? a->fold_title : a->fold;
        if ((f && S_has_word(f, w, wl, !person)) || (person && a->rank && S_has_word(a->rank, w, wl, 0)))
            best = a, best_at = at, best_i = i; /* the latest seen; on a tie, the latest learnt */
    }
    return best;
}

/* Where the run of capitalised words from s ends: words starting with a capital (any script), and between two of
 * them a lower-case word of at most three letters ("Ain o Salish Kendra"); no punctuation but '-' and '\'' within
 * a word; six words at most. */
static size_t S_caps_run_end(const char *t, size_t s, size_t hi)
{
    size_t e = s, p = s;
    for (int w = 0; w < 6 && p < hi; w++) {
        size_t we = p;
        while (we < hi && !S_is_space(t[we]) && t[we] != ',' && t[we] != '.' && t[we] != ';' && t[we] != ':' &&
               t[we] != '(' && t[we] != ')' && t[we] != '"' &&
               !(we + 2 < hi && (unsigned char)t[we] == 0xE2 && (unsigned char)t[we + 1] == 0x80 &&
                 (unsigned char)t[we + 2] == 0x9D) &&
               !(we + 1 < hi && (unsigned char)t[we] == 0xC2 && (unsigned char)t[we + 1] == 0xBB))
            we++; /* a closing quotation mark ends the name too: 'la cuenta "Verdad Ya" publicó' */
        if (we == p)
            break;
        unsigned char f = (unsigned char)t[p];
        int cap = (f >= 'A' && f <= 'Z') || (f >= 0xC3 && f <= 0xC5 && we - p >= 2 &&
                                              (unsigned char)t[p + 1] >= 0x80 && (unsigned char)t[p + 1] <= 0x9E);
        if (!cap && !(f >= 'a' && f <= 'z' && we - p <= 3 && w > 0))
            break;
        if (cap)
            e = we;
        if (we >= hi || t[we] != ' ')
            break;
        p = we + 1;
    }
    return e;
}

/* "The human rights collective Nicaragua Nunca Más", "a organização de direitos humanos Ain o Salish Kendra", "the
 * journalists' union DİSK Basın-İş": a name right after a descriptor of a body is that body, all of its
 * capitalised words, of the descriptor's kind, whatever the rules read in it (a country, a person). A body named
 * by its own head word ("weekly Ministry of Justice figures", named=1) keeps its kind. Sets [*s,*e) and *kind;
 * returns 1 when m stands in such a name. */
static int S_described(const S_ctx *c, const xd_mention *m, size_t *s, size_t *e, int *kind)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[m->sent].start, hi = d->sents[m->sent].end;
    size_t ma, mb;
    S_range(c, m->sent, &ma, &mb);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *p = &d->ments[k];
        if (p->kind != XP_PRONOUN || !(p->role == XD_REF_ORG || p->role == XD_REF_GOV) || p->end >= m->start ||
            m->start - p->end > 60 || p->end + 1 >= hi || t[p->end] != ' ' || p->end < lo)
            continue;
        size_t ns = p->end + 1; /* an opening quotation mark may stand before the name: 'la cuenta "Verdad Ya"' */
        if (t[ns] == '"')
            ns++;
        else if (ns + 3 < hi && (unsigned char)t[ns] == 0xE2 && (unsigned char)t[ns + 1] == 0x80 &&
                 (unsigned char)t[ns + 2] == 0x9C)
            ns += 3;
        else if (ns + 2 < hi && (unsigned char)t[ns] == 0xC2 && (unsigned char)t[ns + 1] == 0xAB)
            ns += 2;
        size_t re = S_caps_run_end(t, ns, hi);
        if (re < m->end || ns > m->start)
            continue; /* the name after the descriptor ends before this mention */
        if (xp_attr_get(m->rule, "named") && m->start == ns && m->end == re)
            return 0;
        *s = ns;
        *e = re;
        *kind = p->actor_kind >= 0 ? p->actor_kind
                : p->role == XD_REF_GOV ? EXTRACT_KIND_GOVERNMENT : EXTRACT_KIND_ORGANIZATION;
        return 1;
    }
    return 0;
}

/* Turns an actor mention into a claimant: a lone surname or first name becomes the full name given earlier,
 * and the title learnt for that name comes along. */
static int S_lexicon_has(const S_ctx *c, const char *name, size_t a, size_t b);
static int S_article_only(const char *t, size_t a, size_t b);

/* The kind of a body whose name is [s,e): the state's when its first word is an office's title ("Comisionado
 * Nacional de los Derechos Humanos", an office made a body), else an organisation. */
static extract_actor_kind S_body_kind(const S_ctx *c, size_t s, size_t e)
{
    const char *t = c->d->text.text;
    size_t w = s;
    while (w < e && !S_is_space(t[w]))
        w++;
    return S_lexicon_has(c, "office_titles", s, w) ? EXTRACT_KIND_GOVERNMENT : EXTRACT_KIND_ORGANIZATION;
}

/* "la Coordinadora Nacional de Derechos Humanos, la Conadeh,", "a Coordenação Nacional…, a Conadeh,": a name of
 * several words followed by an aside that is only an article and one capitalised word starting with the name's
 * initial (an acronym, written as a word or in capitals) is a body's name, not a person's. */
static int S_comma_acronym(const char *t, size_t len, size_t s, size_t e)
{
    if (!memchr(t + s, ' ', e - s) || e + 2 >= len || t[e] != ',' || t[e + 1] != ' ')
        return 0;
    size_t p = e + 2, l = p;
    while (l < len && t[l] >= 'a' && t[l] <= 'z')
        l++;
    if (l >= len || t[l] != ' ' || !S_article_only(t, p, l))
        return 0;
    p = l + 1;
    size_t q = p;
    while (q < len && ((t[q] >= 'A' && t[q] <= 'Z') || (t[q] >= 'a' && t[q] <= 'z')))
        q++;
    return q - p >= 3 && q - p <= 10 && q < len && (t[q] == ',' || t[q] == ')') && t[p] == t[s];
}

static void S_actor_of(S_ctx *c, const xd_mention *m, extract_actor *out)
{
    const char *t = c->d->text.text;
    size_t s = m->name_s, e = m->name_e;
    if (e <= s)
        s = m->start, e = m->end;
    S_skip_article(t, &s, e);
    int dk;
    size_t ds, de;
    /* "the state broadcaster TRT": a descriptor saying the body is a medium outranks the organisation an acronym or
     * a generic head word is read as (a name whose head word says what it is, named=1, keeps its kind) */
    if (S_described(c, m, &ds, &de, &dk) && (de > e || ds < s || m->actor_kind == EXTRACT_KIND_PERSON ||
                                             m->actor_kind == EXTRACT_KIND_UNKNOWN ||
                                             (dk == EXTRACT_KIND_MEDIA && m->actor_kind == EXTRACT_KIND_ORGANIZATION &&
                                              !xp_attr_get(m->rule, "named")))) {
        out->name = S_dup(c, ds, de);
        out->kind = dk;
        out->title = NULL;
        return;
    }
    out->kind = m->actor_kind >= 0 ? m->actor_kind : EXTRACT_KIND_UNKNOWN;
    out->title = NULL;
    size_t rs, re;
    if (out->kind == EXTRACT_KIND_PERSON && S_introduced_run(t, c->d->text.len, s, e, &rs, &re)) {
        S_name_body(c, rs, re, S_body_kind(c, rs, re), out); /* "Ain o Salish Kendra (ASK)": a body, not a person */
        return;
    }
    if (out->kind == EXTRACT_KIND_PERSON && S_comma_acronym(t, c->d->text.len, s, e)) {
        S_name_body(c, s, e, S_body_kind(c, s, e), out); /* "la Coordinadora …, la Conadeh,": a body */
        return;
    }
    int single = memchr(t + s, ' ', e - s) == NULL;
    if (single && out->kind == EXTRACT_KIND_PERSON) {
        /* people first (a surname), then bodies ("este Servicio" after "Servicio Nacional de …") */
        for (int pass = 0; pass < 2; pass++)
            for (size_t w = S_map_next(&c->words, t + s, e - s, SIZE_MAX); w != SIZE_MAX;
                 w = S_map_next(&c->words, t + s, e - s, w)) {
                const S_actor *a = &c->actors[c->words.e[w].val]; /* the latest learnt first */
                if ((a->kind == EXTRACT_KIND_PERSON) == (pass == 0) && a->first < m->start) {
                    out->name = a->name;
                    out->title = a->title;
                    out->kind = a->kind;
                    return;
                }
            }
    }
    if (S_acronym_of(c, m, s, e, out))
        return;
    if (single && (out->kind == EXTRACT_KIND_GOVERNMENT || out->kind == EXTRACT_KIND_ORGANIZATION)) {
        /* a bare common noun ("según el ministerio", "The Observatory estimates"): the body of that name mentioned
         * before */
        size_t fs = S_fold_at(c->d, s), fe = S_fold_at(c->d, e);
        const S_actor *b = S_latest_holding(c, c->d->fold.data + fs, fe - fs, m->start, 0);
        if (S_give_actor(b, out))
            return;
    }
    out->name = S_dup(c, s, e);
    const S_actor *known = out->name ? S_known(c, out->name) : NULL;
    if (known) {
        out->title = known->title;
        /* "the daily Prothom Alo … Prothom Alo reported": a name a descriptor introduced keeps its kind */
        if ((out->kind == EXTRACT_KIND_PERSON && known->kind != EXTRACT_KIND_UNKNOWN) ||
            (out->kind == EXTRACT_KIND_ORGANIZATION &&
             (known->kind == EXTRACT_KIND_MEDIA || known->kind == EXTRACT_KIND_GOVERNMENT) &&
             !xp_attr_get(m->rule, "named")))
            out->kind = known->kind; /* "the broadcaster TRT … TRT said": still a medium; "X, a body attached to
                                      * Parliament, … X said": still the state's */
    }
    /* A speaker named after the quotation, in a sentence not yet learnt: read the title where it stands. */
    if (!out->title && out->kind == EXTRACT_KIND_PERSON)
        out->title = S_find_title(c, m);
}

/* Whether offset `at` opens a sentence or a quotation: only spaces and opening quotation marks stand between it and
 * the text's start, a line break or the end of a sentence. */
static int S_opens_sentence(const char *t, size_t at)
{
    size_t p = at;
    for (;;) {
        while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '"'))
            p--;
        if (p >= 3 && (unsigned char)t[p - 3] == 0xE2 && (unsigned char)t[p - 2] == 0x80 && (unsigned char)t[p - 1] == 0x9C)
            p -= 3; /* “ */
        else if (p >= 2 && (unsigned char)t[p - 2] == 0xC2 && (unsigned char)t[p - 1] == 0xAB)
            p -= 2; /* « */
        else
            break;
    }
    return p == 0 || t[p - 1] == '\n' || t[p - 1] == '.' || t[p - 1] == '!' || t[p - 1] == '?' || t[p - 1] == ':';
}

/* "the head of State", "el mandatario" (holds=president|presidente|presidenta): a description naming no title word
 * of its own means the person named last before `before` whose title is one of the |-separated folded words. */
static const S_actor *S_latest_titled(S_ctx *c, const char *holds, size_t before)
{
    const S_actor *best = NULL;
    size_t best_at = 0;
    for (const char *w = holds; *w;) {
        const char *e = strchr(w, '|');
        size_t n = e ? (size_t)(e - w) : strlen(w);
        const S_actor *a = S_latest_holding(c, w, n, before, 1);
        if (a && !(best && best_at > S_seen_before(a, before)))
            best = a, best_at = S_seen_before(a, before);
        w += n;
        if (*w == '|')
            w++;
    }
    return best;
}

/* "según la misma agencia", "o mesmo jornal", "the same agency": the news outlet the text named last before the
 * reference; none named, no claimant (the reference alone does not say which outlet). */
static int S_last_media(S_ctx *c, const xd_mention *p, extract_actor *out)
{
    const S_actor *best = NULL;
    size_t best_at = 0;
    for (size_t i = 0; i < c->n_actors; i++) {
        const S_actor *a = &c->actors[i];
        size_t at = S_seen_before(a, p->start);
        if (a->kind == EXTRACT_KIND_MEDIA && at < p->start && !(best && best_at > at))
            best = a, best_at = at;
    }
    return S_give_actor(best, out);
}

static int S_claimant_from(S_ctx *c, const xd_mention *m, extract_actor *out);
static int S_words_before(const S_ctx *c, const char *name, size_t lo, size_t pos, int flags);
/* How S_words_before compares: the case of the phrase's first letter, and whether the lexicon of every language
 * is consulted (names travel: "Observatorio Venezolano de Prisiones" in an English article) or only the document's. */
enum { S_LOWER = 1, S_UPPER = 2, S_ANY_CASE = 3, S_ALL_LANGS = 4 };

/* Who a title word stands for where the text gives it ("el portavoz de la Policía, el general Yingyot
 * Thepjamnong", "a spokesman for the council, Ali Musa", "un portavoz de la APS que pidió no ser identificado"):
 * the person named in apposition after it (same sentence, within 80 bytes, no clause end between), else the body
 * the title belongs to (a link word, then the body's name): an unnamed spokesman speaks for the body. Sets *body
 * to 1 when the answer is the body. */
static int S_title_holder(S_ctx *c, const xd_mention *ti, extract_actor *out, int *body)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t ma, mb;
    S_range(c, ti->sent, &ma, &mb);
    *body = 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->start < ti->end)
            continue;
        if (m->start - ti->end > 80 || m->kind == XP_CUE || m->kind == XP_NUMBER || m->kind == XP_CLAUSE)
            break;
        if (memchr(t + ti->end, '.', m->start - ti->end) || memchr(t + ti->end, ';', m->start - ti->end) ||
            memchr(t + ti->end, ':', m->start - ti->end) || memchr(t + ti->end, '"', m->start - ti->end))
            break;
        if (m->kind == XP_ACTOR && m->actor_kind == EXTRACT_KIND_PERSON) {
            if (S_claimant_from(c, m, out))
                return 1;
            break;
        }
    }
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        /* "a spokesman for the Interior Ministry" read whole as a speaker of its own: that speaker */
        if (m->kind == XP_ACTOR && m->actor_kind != EXTRACT_KIND_PERSON && m->start <= ti->start && m->end >= ti->end &&
            S_claimant_from(c, m, out)) {
            *body = 1;
            return 1;
        }
        if (m->start < ti->end)
            continue;
        if (m->start - ti->end > 24)
            break;
        size_t w0 = ti->end, w1;
        while (w0 < m->start && S_is_space(t[w0]))
            w0++;
        for (w1 = w0; w1 < m->start && !S_is_space(t[w1]);)
            w1++;
        if (m->kind == XP_ACTOR && m->actor_kind != EXTRACT_KIND_PERSON && m->actor_kind != EXTRACT_KIND_MEDIA &&
            w1 > w0 && S_words_before(c, "link_words", ti->end, w1, S_LOWER | S_ALL_LANGS) &&
            S_gap_words(t, w1, m->start, 1, 12) && S_claimant_from(c, m, out)) {
            *body = 1;
            return 1;
        }
    }
    return 0;
}

/* Whether the word before offset pos is an indefinite article ("un portavoz", "um porta-voz", "a spokesman"). */
static int S_indefinite_before(const char *t, size_t lo, size_t pos)
{
    static const char *const art[] = {"un", "una", "Un", "Una", "um", "uma", "Um", "Uma", "a", "an", "A", "An"};
    while (pos > lo && S_is_space(t[pos - 1]))
        pos--;
    size_t b = pos;
    while (b > lo && !S_is_space(t[b - 1]))
        b--;
    for (size_t i = 0; i < sizeof art / sizeof *art; i++)
        if (strlen(art[i]) == pos - b && strncmp(t + b, art[i], pos - b) == 0)
            return 1;
    return 0;
}

/* A person reference the learnt titles do not settle: "El portavoz ha añadido" after "el portavoz de la Policía, el
 * general X" (X's title was learnt as "general"), "Según él" right after "un portavoz de la APS que pidió no ser
 * identificado". With a head word (wl > 0), the latest title mention with that word before the reference, within
 * 1,500 bytes; without one (él, he, ele), an unnamed title introduced by an indefinite article in the reference's
 * sentence or the two before, later than the person the reference would otherwise mean (after_at): it speaks for
 * its body. */
static int S_title_reference(S_ctx *c, const xd_mention *p, const char *w, size_t wl, size_t after_at,
                             extract_actor *out)
{
    const extract_doc *d = c->d;
    for (size_t k = S_first_at(d, p->start); k-- > 0;) {
        const xd_mention *ti = &d->ments[k];
        if (ti->start + 1500 < p->start || (!wl && ti->sent + 2 < p->sent) || (!wl && ti->start <= after_at))
            break;
        if (ti->kind != XP_TITLE || ti->end > p->start || (ti->start >= p->start))
            continue;
        size_t fs = S_fold_at(d, ti->start), fe = S_fold_at(d, ti->end);
        if (wl) {
            if (fe - fs != wl || memcmp(d->fold.data + fs, w, wl) != 0)
                continue;
        } else if (!S_indefinite_before(d->text.text, d->sents[ti->sent].start, ti->start)) {
            continue;
        }
        int body = 0;
        if (!S_title_holder(c, ti, out, &body) || (!wl && !body))
            continue;
        S_trace(c, "reference \"%.*s\": the %.*s named before, %s", (int)(p->end - p->start),
                d->text.text + p->start, (int)(ti->end - ti->start), d->text.text + ti->start, out->name);
        return 1;
    }
    return 0;
}

/* Resolves a reference ("he", "la organización", "the NGO") to the last fitting actor before it; "we" outside
 * quotations is the organisation whose statement the document is: the first one it names. */
static int S_current_speaker(S_ctx *c, size_t sj, size_t before, extract_actor *out);
static size_t S_sentence_before(const S_ctx *c, size_t si);
static int S_resolve_pronoun(S_ctx *c, const xd_mention *p, extract_actor *out)
{
    if (p->role == XD_REF_SELF) {
        if (S_quote_at(c, p->start) >= 0)
            return 0; /* inside a quotation "we" is the speaker's */
        /* in an interview's answer "we" and "I" are whoever answers; elsewhere "I" is no issuer */
        if (c->interviewee && c->answer && c->answer[c->d->sents[p->sent].para])
            return S_give_actor(c->interviewee, out);
        if (xp_attr_get(p->rule, "singular"))
            return 0;
        for (size_t i = 0; i < c->n_actors; i++)
            if (c->actors[i].kind == EXTRACT_KIND_ORGANIZATION && c->actors[i].first < p->start) {
                out->name = c->actors[i].name;
                out->title = c->actors[i].title;
                out->kind = c->actors[i].kind;
                return 1;
            }
        return 0;
    }
    /* the description's head noun ("the ministry", "el partido", "o conselho"): its last word, folded */
    const extract_doc *d = c->d;
    size_t hs = S_fold_at(d, p->start), he = S_fold_at(d, p->end);
    while (he > hs && !((d->fold.data[he - 1] >= 'a' && d->fold.data[he - 1] <= 'z') ||
                        (unsigned char)d->fold.data[he - 1] >= 0x80))
        he--;
    size_t hb = he;
    while (hb > hs && !S_is_space(d->fold.data[hb - 1]))
        hb--;
    const S_actor *best = NULL;
    size_t best_at = 0;
    /* "la institución", "the body": either an organisation or a state organ */
    int any_body = xp_attr_get(p->rule, "body") != NULL;
    /* "la misma agencia", "the same newspaper" (media=1): the news outlet named last, whatever the head noun */
    if (xp_attr_get(p->rule, "media"))
        return S_last_media(c, p, out);
    /* "segundo a mesma organização", "según la misma organización", "the same group said": the body a figure was
     * last attributed to, over a body named since without speaking ("…que nem a oposição nem a UE reconhecem") */
    if (p->role == XD_REF_ORG || p->role == XD_REF_GOV || any_body) {
        const char *f = d->fold.data;
        int same = 0;
        for (size_t w = hs; w < hb && !same; w++)
            same = (w == hs || S_is_space(f[w - 1])) &&
                   (strncmp(f + w, "misma ", 6) == 0 || strncmp(f + w, "mismo ", 6) == 0 ||
                    strncmp(f + w, "mesma ", 6) == 0 || strncmp(f + w, "mesmo ", 6) == 0 ||
                    strncmp(f + w, "same ", 5) == 0);
        for (size_t i = d->n_claims; same && i-- > 0;) {
            const extract_claim *cl = &d->claims[i];
            if (!cl->claimant.name)
                continue;
            if ((p->role == XD_REF_ORG && cl->claimant.kind == EXTRACT_KIND_ORGANIZATION) ||
                ((p->role == XD_REF_GOV || any_body) && cl->claimant.kind == EXTRACT_KIND_GOVERNMENT) ||
                (any_body && cl->claimant.kind == EXTRACT_KIND_ORGANIZATION)) {
                *out = cl->claimant;
                return 1;
            }
            break; /* the latest figure was someone else's: the nearest name decides */
        }
    }
    for (size_t i = 0; i < c->n_actors; i++) {
        const S_actor *a = &c->actors[i];
        size_t at = S_seen_before(a, p->start);
        if (at >= p->start)
            continue;
        /* "«Temos hoje…», disse o sociólogo": a lone capitalised word opening a sentence or a quotation is rarely
         * the person a later reference means */
        if (p->role == XD_REF_PERSON && a->kind == EXTRACT_KIND_PERSON && !strchr(a->name, ' ') &&
            S_opens_sentence(d->text.text, at))
            continue;
        int fits = (p->role == XD_REF_PERSON && a->kind == EXTRACT_KIND_PERSON) ||
                   (p->role == XD_REF_ORG && a->kind == EXTRACT_KIND_ORGANIZATION) ||
                   ((p->role == XD_REF_GOV || any_body) && a->kind == EXTRACT_KIND_GOVERNMENT);
        /* "Para Franak Viachorka, assessor de Tsikhanouskaya, …", "A Secretaria…, ligada ao Ministério da Justiça,
         * contesta": a name that only modifies a word in its sentence ranks below every fitting name that sentence
         * gives in its own right, though above those of earlier sentences */
        if (at == a->mod_at)
            at = a->mod_key;
        if (fits && !(best && best_at > at))
            best = a, best_at = at;
    }
    /* "el Ministerio de Justicia … según el ministerio": a body whose name holds the head noun is meant,
     * whatever kind the rules gave it */
    const S_actor *named = p->role == XD_REF_ORG || p->role == XD_REF_GOV
                               ? S_latest_holding(c, d->fold.data + hb, he - hb, p->start, 0)
                               : NULL;
    /* "El centro Memorial … contabiliza 770, una cifra que, según la organización, …": a fitting actor named
     * earlier in the reference's own sentence is meant, over a body named in another sentence */
    int near = best && best_at >= d->sents[p->sent].start;
    if (named && !(near && S_seen_before(named, p->start) < d->sents[p->sent].start))
        best = named;
    const S_actor *titled = p->role == XD_REF_PERSON ? S_latest_holding(c, d->fold.data + hb, he - hb, p->start, 1) : NULL;
    const char *holds = xp_attr_get(p->rule, "holds");
    if (holds && p->role == XD_REF_PERSON)
        titled = S_latest_titled(c, holds, p->start);
    if (titled)
        best = titled;
    else if (p->role == XD_REF_PERSON && !holds &&
             S_title_reference(c, p, he - hb >= 4 ? d->fold.data + hb : NULL, he - hb >= 4 ? he - hb : 0,
                               best ? best_at : 0, out))
        return 1;
    /* "G. Kishan Reddy … said 5,161 people had been detained in Jammu and Kashmir. Of those, he said, 609…", "Laura
     * Pollán, esposa del preso Héctor Maseda, lamentó… «…», dijo la activista": a bare personal pronoun or a title
     * no learnt title settles (speaker=1) is whom the text gave the floor last, in its own sentence before it or in
     * the sentence before, when that is a person, over a person named since only as a place or an object */
    if (p->role == XD_REF_PERSON && !titled && xp_attr_get(p->rule, "speaker") && S_quote_at(c, p->start) < 0) {
        extract_actor cur = {0};
        size_t sb = S_sentence_before(c, p->sent);
        /* a quotation the reference closes ("«… Los otros 45 siguen esperando», dijo la activista") is stepped
         * over to the sentence that opened it */
        if (sb != SIZE_MAX && S_quote_at(c, c->d->sents[sb].start + 1) >= 0 &&
            S_quote_at(c, c->d->sents[sb].start + 1) == S_quote_at(c, c->d->sents[p->sent].start))
            sb = S_sentence_before(c, sb);
        /* not the verb the reference is the inverted subject of ("dijo este martes la activista") */
        size_t before = p->start, ma, mb;
        S_range(c, p->sent, &ma, &mb);
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *m = &c->d->ments[k];
            if (m->kind == XP_CUE && m->end <= p->start && p->start - m->end <= 40 && m->start < before)
                before = m->start;
        }
        if ((S_current_speaker(c, p->sent, before, &cur) ||
             (sb != SIZE_MAX && S_current_speaker(c, sb, c->d->sents[p->sent].start, &cur))) &&
            cur.kind == EXTRACT_KIND_PERSON) {
            *out = cur;
            return 1;
        }
    }
    return S_give_actor(best, out);
}

static int S_apposition_says(const S_ctx *c, const xd_mention *p);
static const xd_mention *S_actor_ending_at(const S_ctx *c, size_t ma, size_t mb, size_t pos);

/* "La ONG Hengaw lo rechaza: según sus registros, 300…", "OVD-Info, que documenta la represión, va más allá: según
 * sus datos…": a possessive reference (topic=1) is the nearest actor before it, in its sentence or the one before
 * in the same paragraph, in the same quotation context, not one after a place, link or agent word ("en Rusia"). */
static int S_cue_in_name(const S_ctx *c, const xd_mention *cue);
static int S_cue_subject(S_ctx *c, const xd_mention *cue, extract_actor *out);

/* The current speaker of sentence sj up to offset `before`: whom the text last gave the floor there, outside
 * quotations: the claimant of the latest figure the sentence gave, else the subject of its last reporting verb
 * ("La APS … sostiene que el recuento se queda corto." → the APS, not the ministry named after the verb). What a
 * later sentence refers back to with an opinion phrase, a possessive or a verb with no subject of its own. */
static int S_current_speaker(S_ctx *c, size_t sj, size_t before, extract_actor *out)
{
    const extract_doc *d = c->d;
    for (size_t i = d->n_claims; i-- > 0;) {
        const extract_claim *cl = &d->claims[i];
        if (cl->start < d->sents[sj].start)
            break;
        if (cl->start == d->sents[sj].start && cl->claimant.name && sj + 1 < d->n_sents &&
            d->sents[sj + 1].start <= before) {
            *out = cl->claimant;
            return 1;
        }
    }
    size_t a, b;
    S_range(c, sj, &a, &b);
    for (size_t k = b; k-- > a;) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_CUE || m->end > before || S_quote_at(c, m->start) >= 0 || S_cue_in_name(c, m))
            continue;
        if (c->in_speaker)
            return 0;
        c->in_speaker = 1;
        int found = S_cue_subject(c, m, out);
        c->in_speaker = 0;
        if (found) {
            S_trace(c, "the current speaker of \"%.*s\": %s", (int)(m->end - m->start), d->text.text + m->start,
                    out->name);
            return 1;
        }
        return 0;
    }
    return 0;
}

/* The sentence before si for what carries over: the one before in the paragraph, or the last one of the paragraph
 * before; SIZE_MAX when there is none or it is a headline. */
static size_t S_sentence_before(const S_ctx *c, size_t si)
{
    const extract_doc *d = c->d;
    if (si == 0 || d->sents[si - 1].section == XD_SECTION_HEADLINE || d->sents[si].section == XD_SECTION_HEADLINE)
        return SIZE_MAX;
    return si - 1;
}

/* Whether actor m is whom the reporter spoke with: "Conversei ontem com X", "Hablé con X", "I spoke to X on
 * Tuesday" — a verb of `floor_words`, a date perhaps, then the agent word right before the name. Whom the
 * reporter talked to has the floor in what follows ("Na avaliação dele, …"), where an agent ("with the
 * ministry", "con el fiscal") otherwise never speaks. */
static int S_interlocutor(const S_ctx *c, const xd_mention *m, size_t lo)
{
    const char *t = c->d->text.text;
    size_t p = m->start;
    while (p > lo && S_is_space(t[p - 1]))
        p--;
    while (p > lo && !S_is_space(t[p - 1]))
        p--; /* the agent word */
    while (p > lo && S_is_space(t[p - 1]))
        p--;
    size_t ma, mb;
    S_range(c, m->sent, &ma, &mb);
    for (size_t k = ma; k < mb; k++)
        if (c->d->ments[k].kind == XP_DATE && c->d->ments[k].end == p && c->d->ments[k].start >= lo)
            p = c->d->ments[k].start;
    return S_words_before(c, "floor_words", lo, p, S_ANY_CASE);
}

static int S_topic_before(S_ctx *c, const xd_mention *p, extract_actor *out)
{
    const extract_doc *d = c->d;
    long q = S_quote_at(c, p->start);
    /* whom the text gave the floor: in the reference's own sentence before it, then (when that sentence names no
     * one before it) in the sentence before */
    if (q < 0 && S_current_speaker(c, p->sent, p->start, out))
        return 1;
    size_t sp = S_sentence_before(c, p->sent);
    int own = 0;
    for (size_t k = S_first_at(d, p->start); k-- > 0;) {
        const xd_mention *m = &d->ments[k];
        if (m->sent != p->sent && !own++ && q < 0 && sp != SIZE_MAX && S_current_speaker(c, sp, p->start, out))
            return 1;
        if (m->sent + 1 < p->sent || d->sents[m->sent].para != d->sents[p->sent].para)
            break;
        if (m->end > p->start || S_quote_at(c, m->start) != q || m->start < d->dateline_end)
            continue;
        if (!(m->kind == XP_ACTOR || (m->kind == XP_PRONOUN && (m->role == XD_REF_PERSON || m->role == XD_REF_ORG ||
                                                                m->role == XD_REF_GOV) && !xp_attr_get(m->rule, "topic"))))
            continue;
        size_t lo = d->sents[m->sent].start;
        if (S_words_before(c, "place_words", lo, m->start, S_ANY_CASE) ||
            S_words_before(c, "link_words", lo, m->start, S_LOWER | S_ALL_LANGS) ||
            (S_words_before(c, "agent_words", lo, m->start, S_LOWER) && !S_interlocutor(c, m, lo)))
            continue;
        if (S_claimant_from(c, m, out)) {
            S_trace(c, "possessive \"%.*s\": the nearest actor before, %s", (int)(p->end - p->start),
                    d->text.text + p->start, out->name);
            return 1;
        }
    }
    return 0;
}

/* Whether an actor read as a person is one capitalised word opening its sentence (past quotation marks and
 * dashes) that the text never gives as part of a longer name: "Nuestros observadores contaron", "Sumando
 * condenados y pendientes", "Speaking to reporters". A sentence's first word is capitalised whatever it is, and a
 * real speaker named by one word has been named in full before (S_actor_of then gives the full name). */
/* The first mention from index k on, other than `skip`, that is an actor not opening its sentence whose words
 * hold `name` (n bytes); n_ments when none. */
static size_t S_name_written(const S_ctx *c, const char *name, size_t n, size_t k, const xd_mention *skip)
{
    const char *t = c->d->text.text;
    for (; k < c->d->n_ments; k++) {
        const xd_mention *o2 = &c->d->ments[k];
        if (o2 == skip || o2->kind != XP_ACTOR || o2->end - o2->start < n)
            continue;
        if (o2->start <= c->d->sents[o2->sent].start + 6)
            continue; /* another sentence's opening word proves nothing either */
        for (size_t p = o2->start; p + n <= o2->end; p++)
            if (strncmp(t + p, name, n) == 0)
                return k;
    }
    return k;
}

static int S_lone_opening_word(S_ctx *c, const xd_mention *m, const extract_actor *who)
{
    if (who->kind != EXTRACT_KIND_PERSON || strchr(who->name, ' '))
        return 0;
    const char *t = c->d->text.text;
    size_t o = c->d->sents[m->sent].start, s = m->name_e > m->name_s ? m->name_s : m->start;
    while (o < s && s - o <= 6 &&
           (S_is_space(t[o]) || t[o] == '"' || t[o] == '\'' || t[o] == '-' || t[o] == '(' || (unsigned char)t[o] >= 0x80))
        o++; /* “ ” « — are multibyte: any non-ASCII byte before a capital at the start is punctuation here */
    if (o != s)
        return 0;
    /* a name the text also writes inside a sentence is a name ("Bukele dijo … según Bukele"); where the text
     * first does so is kept per name, the text being the same for every mention that asks */
    size_t n = strlen(who->name), k;
    size_t e = S_map_next(&c->written, who->name, n, SIZE_MAX);
    if (e != SIZE_MAX) {
        k = c->written.e[e].val;
    } else {
        k = S_name_written(c, who->name, n, 0, NULL);
        (void)S_map_add(c->d, &c->written, who->name, n, k); /* out of memory: found again when asked again */
    }
    if (k < c->d->n_ments && &c->d->ments[k] == m)
        k = S_name_written(c, who->name, n, k + 1, m);
    return k == c->d->n_ments;
}

/* Turns an actor or pronoun mention into a claimant. */
static int S_lower_words(const char *t, size_t a, size_t b, int most);
static int S_claimant_from(S_ctx *c, const xd_mention *m, extract_actor *out)
{
    if (m->kind == XP_ACTOR && xp_attr_get(m->rule, "document"))
        return 0; /* "el Informe Anual …": a publication says nothing; its publisher does */
    if (m->kind == XP_ACTOR && xp_attr_get(m->rule, "facility"))
        return 0; /* "Harare Remand", "la Cárcel de Tocorón": a prison is where people are held, not who speaks */
    if (m->kind == XP_ACTOR && xp_attr_get(m->rule, "noname"))
        return 0; /* "Desta vez anunciou": a capitalised function word is no one */
    const char *viral = m->kind == XP_ACTOR ? xp_attr_get(m->rule, "viral") : NULL;
    if (viral && strcmp(viral, "post") == 0)
        return 0; /* "una publicación": the checked claim's, and only in a fact check (S_viral_source) */
    if (m->kind == XP_ACTOR) {
        S_actor_of(c, m, out);
        if (out->name && S_lone_opening_word(c, m, out)) {
            S_trace(c, "\"%s\" opens its sentence and the text names no one so: no name", out->name);
            out->name = NULL;
        }
        return out->name != NULL;
    }
    if (m->kind == XP_PRONOUN && xp_attr_get(m->rule, "topic"))
        return S_topic_before(c, m, out); /* never the words "sus datos" themselves */
    if (m->kind == XP_PRONOUN) {
        /* "la ONG Foro Penal", "the rights group Viasna": a descriptor followed by the name is the name */
        size_t ma, mb;
        S_range(c, m->sent, &ma, &mb);
        /* "la Coordinadora …, un colectivo que …": a descriptor in apposition (one that gives a kind) is the name
         * before its comma */
        const xd_mention *named = m->actor_kind >= 0 && m->start >= 2 && c->d->text.text[m->start - 2] == ','
                                      ? S_actor_ending_at(c, ma, mb, m->start - 2)
                                      : NULL;
        if (named && named->kind == XP_ACTOR && !S_apposition_says(c, m)) {
            S_actor_of(c, named, out);
            if (out->kind == EXTRACT_KIND_PERSON || out->kind == EXTRACT_KIND_UNKNOWN)
                out->kind = m->actor_kind;
            return out->name != NULL;
        }
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *a = &c->d->ments[k];
            /* also over a name's own article: "el diario The Texas Tribune" */
            int art = a->start > m->end + 1 && a->start <= m->end + 6 && S_is_space(c->d->text.text[m->end]) &&
                      S_is_space(c->d->text.text[a->start - 1]) && c->d->text.text[m->end + 1] >= 'A' &&
                      c->d->text.text[m->end + 1] <= 'Z' &&
                      !memchr(c->d->text.text + m->end + 1, ' ', a->start - 1 - (m->end + 1));
            /* "o advogado criminalista Renato Falcão Teixeira", "el abogado penalista Ana Ruiz": a title and
             * up to two lower-case words qualifying it before a person's name */
            int qual = !art && a->kind == XP_ACTOR && a->start > m->end + 1 && m->actor_kind < 0 &&
                       m->role != XD_REF_ORG && m->role != XD_REF_GOV && S_lower_words(c->d->text.text, m->end + 1,
                                                                                     a->start, 2) &&
                       !memchr(c->d->text.text + m->end, ',', a->start - m->end) &&
                       a->actor_kind == EXTRACT_KIND_PERSON;
            if (a->kind == XP_ACTOR && a->start >= m->end && (a->start <= m->end + 1 || art || qual)) {
                S_actor_of(c, a, out);
                /* "the daily Prothom Alo", "la ONG Temblores": the descriptor says what the name is, unless the
                 * name's own head word says it ("weekly Ministry of Justice figures") */
                if (xp_attr_get(a->rule, "named"))
                    ;
                else if (m->actor_kind >= 0)
                    out->kind = m->actor_kind;
                else if (m->role == XD_REF_ORG && out->kind == EXTRACT_KIND_PERSON)
                    out->kind = EXTRACT_KIND_ORGANIZATION;
                return out->name != NULL;
            }
        }
        /* "la agencia oficial BNA", "la televisión estatal MRTV": a descriptor then a capitalised name the rules
         * do not know is that name */
        if (m->role == XD_REF_ORG || m->role == XD_REF_GOV) {
            const char *t = c->d->text.text;
            size_t hi = c->d->sents[m->sent].end, s = m->end + 1, e = s;
            if (m->end < hi && t[m->end] == ' ')
                for (int w = 0; w < 4 && e < hi && t[e] >= 'A' && t[e] <= 'Z'; w++) {
                    size_t we = e;
                    while (we < hi && !S_is_space(t[we]) && t[we] != ',' && t[we] != '.' && t[we] != ';' &&
                           t[we] != ':' && t[we] != ')' && t[we] != '"')
                        we++;
                    e = we;
                    if (e + 1 < hi && t[e] == ' ' && t[e + 1] >= 'A' && t[e + 1] <= 'Z')
                        e++;
                    else
                        break;
                }
            while (e > s && S_is_space(t[e - 1]))
                e--;
            if (e > s + 1) {
                out->name = S_dup(c, s, e);
                out->title = NULL;
                out->kind = m->actor_kind >= 0 ? m->actor_kind
                            : m->role == XD_REF_GOV ? EXTRACT_KIND_GOVERNMENT : EXTRACT_KIND_ORGANIZATION;
                return out->name != NULL;
            }
        }
        if (S_resolve_pronoun(c, m, out))
            return 1;
        /* "segundo a entidade", "according to the ministry" with no body named before: the description itself,
         * of the kind it refers to, rather than nothing ("the same agency" names no outlet by itself) */
        if ((m->role == XD_REF_ORG || m->role == XD_REF_GOV) && !xp_attr_get(m->rule, "media") &&
            memchr(c->d->text.text + m->start, ' ', m->end - m->start)) {
            size_t s = m->start, e = m->end;
            S_skip_article(c->d->text.text, &s, e);
            out->name = S_dup(c, s, e);
            out->title = NULL;
            out->kind = m->actor_kind >= 0 ? m->actor_kind
                        : m->role == XD_REF_GOV ? EXTRACT_KIND_GOVERNMENT : EXTRACT_KIND_ORGANIZATION;
            return out->name != NULL;
        }
    }
    return 0;
}

/* The actor or person reference whose mention ends exactly at pos, or NULL. */
static const xd_mention *S_actor_ending_at(const S_ctx *c, size_t ma, size_t mb, size_t pos)
{
    const xd_mention *best = NULL;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if ((m->kind == XP_ACTOR || (m->kind == XP_PRONOUN && m->role != XD_REF_CLAIM)) && m->end == pos &&
            (!best || m->start < best->start))
            best = m;
    }
    return best;
}


/* Whether the one to three words that end at pos (spaces apart, not before lo) form an entry of the lexicon
 * `name` (patterns/<lang>/lexicon.pat: link_words, place_words, agent_words, time_words): one helper for every
 * "is the word before this a ..." test, with the vocabulary as pattern data. The words are compared folded; flags
 * say which case the first letter must have and whether other languages' lexicons count too. */
static int S_words_before(const S_ctx *c, const char *name, size_t lo, size_t pos, int flags)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t e = pos;
    while (e > lo && S_is_space(t[e - 1]))
        e--;
    size_t b = e;
    for (int n = 1; n <= 3 && b > lo; n++) {
        if (n > 1) {
            if (!S_is_space(t[b - 1]))
                break;
            while (b > lo && S_is_space(t[b - 1]))
                b--;
        }
        while (b > lo && !S_is_space(t[b - 1]))
            b--;
        if (b == e)
            break;
        int upper = t[b] >= 'A' && t[b] <= 'Z';
        if (!(flags & (upper ? S_UPPER : S_LOWER)))
            continue;
        char key[64];
        size_t kl = 0;
        int space = 0, fit = 1;
        for (size_t f = S_fold_at(d, b), fe = S_fold_at(d, e); f < fe && fit; f++) {
            char ch = d->fold.data[f];
            if (S_is_space(ch)) {
                space = 1;
                continue;
            }
            if (space && kl && kl < sizeof key)
                key[kl++] = ' ';
            space = 0;
            if (kl < sizeof key)
                key[kl++] = ch;
            else
                fit = 0;
        }
        if (!fit || !kl)
            continue;
        for (int l = 0; l < XP_NLANG; l++) {
            if (l != d->lang && !(flags & S_ALL_LANGS))
                continue;
            if (xp_table_find(xp_table_get(d->pat, l, name), key, kl) >= 0)
                return 1;
        }
    }
    return 0;
}

/* "La cartera que conduce Patricia Bullrich", "the ministry that Ana Pérez heads", "o órgão chefiado por X": a
 * name inside a relative clause describes the head before it. Returns the head (an actor or reference ending
 * right before the relative word), or NULL. */
static const xd_mention *S_relative_head(const S_ctx *c, const xd_mention *a, size_t lo, size_t ma, size_t mb)
{
    static const char *const rel[] = {"que", "who", "which", "that", "quien", "by", "por", "pelo", "pela"};
    const char *t = c->d->text.text;
    size_t pos = a->start;
    int found = 0;
    for (int w = 0; w < 3 && pos > lo; w++) {
        while (pos > lo && S_is_space(t[pos - 1]))
            pos--;
        size_t b = pos;
        while (b > lo && !S_is_space(t[b - 1]) && t[b - 1] != ',')
            b--;
        unsigned char f = (unsigned char)t[b];
        if (b == pos || !((f >= 'a' && f <= 'z') || (f >= 0xC3 && f <= 0xC5)))
            break;
        for (size_t i = 0; i < sizeof rel / sizeof *rel && !found; i++)
            found = strlen(rel[i]) == pos - b && strncmp(t + b, rel[i], pos - b) == 0;
        pos = b;
        if (found)
            break;
    }
    if (!found)
        return NULL;
    while (pos > lo && S_is_space(t[pos - 1]))
        pos--;
    const xd_mention *h = S_actor_ending_at(c, ma, mb, pos);
    if (!h || (h->kind == XP_ACTOR && h->actor_kind == EXTRACT_KIND_PERSON) ||
        (h->kind == XP_PRONOUN && h->role == XD_REF_PERSON))
        return NULL; /* "the lawyer who represents X": the person is who speaks either way */
    return h;
}

/* Whether [a,b) holds one to `most` lower-case words and spaces only ("subcomissário ", "the minister "). */
static int S_lower_words(const char *t, size_t a, size_t b, int most)
{
    int words = 0;
    for (size_t i = a; i < b;) {
        unsigned char f = (unsigned char)t[i];
        if (!((f >= 'a' && f <= 'z') || f == 0xC3))
            return 0;
        while (i < b && !S_is_space(t[i]))
            i++;
        while (i < b && S_is_space(t[i]))
            i++;
        words++;
    }
    return words >= 1 && words <= most;
}

/* "el Ministerio … difundió un comunicado en el que cifraba en 116", "issued a statement in which it put the number
 * at", "publicou uma nota na qual estimava": a verb inside a relative clause on what the subject put out speaks
 * for that subject. When the cue follows such a relative ("en el que", "in which (it)", "no qual") and at most six
 * lower-case words ("había difundido un comunicado") separate it from an actor, that actor is the subject. */
static const xd_mention *S_document_relative(const S_ctx *c, const xd_mention *cue, size_t lo, size_t ma, size_t mb)
{
    static const char *const rel[] = {"en el que ", "en la que ", "en el cual ", "en la cual ", "in which ",
                                      "in which it ", "in which they ", "no qual ", "na qual ", "em que "};
    const char *t = c->d->text.text;
    size_t pos = SIZE_MAX;
    for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
        size_t l = strlen(rel[i]);
        if (cue->start >= lo + l && strncmp(t + cue->start - l, rel[i], l) == 0)
            pos = cue->start - l;
    }
    if (pos == SIZE_MAX)
        return NULL;
    for (int w = 0; w < 7 && pos > lo; w++) {
        while (pos > lo && S_is_space(t[pos - 1]))
            pos--;
        const xd_mention *a = S_actor_ending_at(c, ma, mb, pos);
        if (a)
            return w > 1 ? a : NULL; /* a verb and its object at least stand between */
        size_t b = pos;
        while (b > lo && !S_is_space(t[b - 1]))
            b--;
        unsigned char f = (unsigned char)t[b];
        if (b == pos || !((f >= 'a' && f <= 'z') || f >= 0xC3) || memchr(t + b, ',', pos - b))
            return NULL; /* a capitalised word the rules did not name, or a clause break */
        pos = b;
    }
    return NULL;
}

/* The length of the relative pronoun that opens a clause on the name before it at t[b] ("que", "quien", "who",
 * "which", "o qual"), with the space after it; 0 when there is none. */
static size_t S_relative_word(const char *t, size_t b)
{
    static const char *const rel[] = {"que ", "quien ", "quienes ", "who ", "which ", "el cual ", "la cual ",
                                      "los cuales ", "las cuales ", "o qual ", "a qual ", "os quais ", "as quais "};
    for (size_t i = 0; i < sizeof rel / sizeof *rel; i++)
        if (strncmp(t + b, rel[i], strlen(rel[i])) == 0)
            return strlen(rel[i]);
    return 0;
}

/* "la Defensoría del Pueblo, que en su informe del 14 de octubre reportó 1.192", "the commission, which in its
 * latest report counted 300", "a Polícia, que na sexta-feira contabilizou": a verb inside a relative clause
 * opened by a comma speaks for the name before the comma, however many words (dates, places) stand between. No
 * other reporting verb nor clause break between the relative word and the verb; at most 120 bytes. */
static const xd_mention *S_relative_subject(const S_ctx *c, const xd_mention *cue, size_t lo, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    for (size_t p = cue->start; p > lo && cue->start - p < 120; p--) {
        if (t[p - 1] != ',')
            continue;
        size_t l = t[p] == ' ' ? S_relative_word(t, p + 1) : 0;
        if (!l || p + 1 + l > cue->start)
            return NULL; /* a comma that opens no relative clause: the verb is in another clause */
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *m = &c->d->ments[k];
            if ((m->kind == XP_CUE || m->kind == XP_CLAUSE) && m != cue && m->start >= p && m->start < cue->start)
                return NULL;
        }
        const xd_mention *a = S_actor_ending_at(c, ma, mb, p - 1);
        return a && a->kind == XP_ACTOR ? a : NULL;
    }
    return NULL;
}

/* Whether [a,b) is one article and spaces only ("the ", "la ", "os "): what an aside holding just a name opens
 * with. */
static int S_article_only(const char *t, size_t a, size_t b)
{
    static const char *const art[] = {"the", "The", "el", "El", "la", "La", "los", "Los", "las", "Las", "o", "O",
                                      "a", "A", "os", "Os", "as", "As"};
    while (b > a && S_is_space(t[b - 1]))
        b--;
    for (size_t i = 0; i < sizeof art / sizeof *art; i++)
        if (strlen(art[i]) == b - a && strncmp(t + a, art[i], b - a) == 0)
            return 1;
    return 0;
}

/* "A second group, the Egyptian Commission for Rights and Freedoms (ECRF), had registered", "Otra organización,
 * la Red de Apoyo, contabilizó": an aside that is only a body's name (an article, a descriptor, a parenthesis
 * after it at most), after a subject the rules read no name in, names that subject. [as,ae) is the aside, o the
 * comma that opens it. Returns the body, or NULL. */
static const xd_mention *S_named_aside(const S_ctx *c, size_t ma, size_t mb, size_t lo, size_t o, size_t as,
                                       size_t ae)
{
    const char *t = c->d->text.text;
    while (ae > as && S_is_space(t[ae - 1]))
        ae--;
    if (ae > as && t[ae - 1] == ')' && !S_actor_ending_at(c, ma, mb, ae)) {
        size_t p = ae - 1;
        while (p > as && t[p] != '(' && ae - p < 40)
            p--;
        if (t[p] != '(')
            return NULL;
        ae = p;
        while (ae > as && S_is_space(t[ae - 1]))
            ae--;
    }
    const xd_mention *body = S_actor_ending_at(c, ma, mb, ae);
    if (!body || body->kind != XP_ACTOR || body->actor_kind == EXTRACT_KIND_PERSON || body->start < as)
        return NULL;
    int fits = body->start == as || S_article_only(t, as, body->start);
    for (size_t k = ma; k < mb && !fits; k++) {
        const xd_mention *p = &c->d->ments[k]; /* "the rights group Hengaw" */
        fits = p->kind == XP_PRONOUN && (p->role == XD_REF_ORG || p->role == XD_REF_GOV) && p->start == as &&
               p->end < body->start && body->start - p->end <= 2;
    }
    if (!fits)
        return NULL;
    /* the subject the aside describes: lower-case words only, no name of its own ("A second group") */
    size_t e = o - 1;
    while (e > lo && S_is_space(t[e - 1]))
        e--;
    if (e == lo || S_actor_ending_at(c, ma, mb, e))
        return NULL;
    unsigned char f = (unsigned char)t[e - 1];
    return (f >= 'a' && f <= 'z') || f >= 0x80 ? body : NULL;
}

/* "A Comissão …, que documenta as detenções caso a caso, com nome e local, registava": a relative clause between
 * commas is one aside even when a comma of its own splits it. Given the comma o that opens an aside, returns the
 * comma that opens the relative clause it ends, or o. */
static size_t S_relative_aside_start(const char *t, size_t lo, size_t o, size_t pos)
{
    size_t b = o;
    while (b < pos && S_is_space(t[b]))
        b++;
    if (S_relative_word(t, b))
        return o;
    for (size_t p = o - 1; p > lo && pos - p < 240; p--) {
        if (t[p - 1] == '.' || t[p - 1] == ';' || t[p - 1] == ':')
            return o;
        if (t[p - 1] != ',' || (p >= 2 && t[p - 2] >= '0' && t[p - 2] <= '9' && t[p] >= '0' && t[p] <= '9'))
            continue; /* "1,909" is no comma of the clause */
        b = p;
        while (b < o && S_is_space(t[b]))
            b++;
        return S_relative_word(t, b) ? p : o;
    }
    return o;
}

/* Walks back from a reporting verb to its subject, over what may stand between them: a couple of lowercase
 * words ("also", "has", "human rights center"), a parenthesis ("(OVP)"), a modifier ("of Cuba"), and comma
 * asides (", president of the Penal Forum,", ", which counted 1,963 prisoners,"). */
/* Whether [as, name) is a title read whole, capitalised, with nothing but an article or adjective or two before
 * it: ", Senior Superintendent Rosa Campos,", ", el Primer Ministro Luis Vela,". */
static int S_title_before_name(const S_ctx *c, size_t ma, size_t mb, size_t as, size_t name)
{
    const char *t = c->d->text.text;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind != XP_TITLE || m->start < as || m->end > name)
            continue;
        size_t e = m->end;
        while (e < name && S_is_space(t[e]))
            e++;
        /* "subcomisario Mateus Rodrigues", and with a word that qualifies the title: "la comisaria adjunta
         * Charity Charamba", "o major interino Rui Sousa" */
        if ((e == name || S_lower_words(t, e, name, 1)) && (m->start == as || S_lower_words(t, as, m->start, 2)))
            return 1;
    }
    return 0;
}

static const xd_mention *S_subject_walk(const S_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[cue->sent].start;
    if (c->d->dateline_end > lo && c->d->dateline_end <= cue->start)
        lo = c->d->dateline_end; /* "LISBOA, 3 mar (Lusa) – O governo anunciou": the city is no subject */
    const xd_mention *doc = S_document_relative(c, cue, lo, ma, mb);
    if (doc)
        return doc;
    size_t pos = cue->start;
    int words = 0, asides = 0;
    size_t first_word = SIZE_MAX; /* where the lower-case words walked since the last comma start */
    /* "Um porta-voz do Comando-Geral da Polícia afirmou": a body stepped over right after a title, in case no
     * name before the title speaks */
    const xd_mention *skipped = NULL;
    for (int steps = 0; steps < 16 && pos > lo; steps++) {
        while (pos > lo && S_is_space(t[pos - 1]))
            pos--;
        /* "PRM spokesman Orlando Mudumane on Thursday denied", "A Ministry of Justice spokesperson on Wednesday
         * denied": a date between the subject and its verb says when, not who */
        const xd_mention *dm = NULL;
        for (size_t k = ma; k < mb && !dm; k++)
            if (c->d->ments[k].kind == XP_DATE && c->d->ments[k].end == pos && c->d->ments[k].start > lo)
                dm = &c->d->ments[k];
        if (dm) {
            pos = dm->start;
            continue;
        }
        if (pos > lo && (t[pos - 1] == ':' || t[pos - 1] == ';'))
            return NULL; /* "…, que suma los arrestos reportados por autoridades: hasta el jueves contabilizaba": a
                          * colon ends the clause; the verb after it has no subject before it */
        const xd_mention *a = S_actor_ending_at(c, ma, mb, pos);
        if (a) {
            const xd_mention *head = S_relative_head(c, a, lo, ma, mb);
            if (head)
                return head; /* "La cartera que conduce Patricia Bullrich informó": the ministry speaks */
            if (a->kind == XP_ACTOR && S_words_before(c, "link_words", lo, a->start, S_LOWER | S_ALL_LANGS) && words == 0) {
                /* "The Supreme People's Tribunal (TSP) of Cuba reported": skip the modifier */
                for (size_t k = ma; k < mb && !skipped; k++) /* only right after a title: "porta-voz do" */
                    if (c->d->ments[k].kind == XP_TITLE && c->d->ments[k].end <= a->start &&
                        a->start - c->d->ments[k].end <= 8)
                        skipped = a;
                pos = a->start;
                while (pos > lo && S_is_space(t[pos - 1]))
                    pos--;
                while (pos > lo && !S_is_space(t[pos - 1]))
                    pos--;
                continue;
            }
            return a;
        }
        if (pos > lo && (t[pos - 1] == '"' || (pos >= lo + 3 && (unsigned char)t[pos - 3] == 0xE2 &&
                                                 (unsigned char)t[pos - 2] == 0x80 && (unsigned char)t[pos - 1] == 0x9D))) {
            pos -= t[pos - 1] == '"' ? 1 : 3; /* a quoted name: 'El centro "Viasna" comunicó' */
            continue;
        }
        if (pos > lo && t[pos - 1] == ')') {
            size_t o = pos - 1;
            while (o > lo && t[o] != '(' && pos - o < 60)
                o--;
            if (t[o] != '(')
                return NULL;
            pos = o;
            continue;
        }
        if (pos > lo && t[pos - 1] == ',') {
            /* "del Ministerio de Gobierno, que sostuvo el lunes", "the ministry, which said": the verb of a
             * relative clause on a name speaks for that name */
            if (words >= 1 && words <= 2 && first_word != SIZE_MAX && S_relative_word(t, first_word)) {
                size_t e = pos - 1;
                while (e > lo && S_is_space(t[e - 1]))
                    e--;
                const xd_mention *h = S_actor_ending_at(c, ma, mb, e);
                if (h)
                    return h;
            }
            /* "Jean Dupont, the economist, who toured the valley in May, said": past an aside, lower-case words
             * opened by an article ("the economist", "la abogada", "o sociólogo") are an apposition on the name
             * before this comma, which has no opening comma of its own */
            if (asides >= 1 && words >= 1 && first_word != SIZE_MAX) {
                size_t as = first_word;
                S_skip_article(t, &as, cue->start);
                size_t e = pos - 1;
                while (e > lo && S_is_space(t[e - 1]))
                    e--;
                const xd_mention *h = as != first_word ? S_actor_ending_at(c, ma, mb, e) : NULL;
                if (h && h->kind == XP_ACTOR)
                    return h;
            }
            /* an aside closed by this comma: back to the comma that opened it */
            if (++asides > 2)
                return NULL;
            size_t o = pos - 1;
            int aside_words = 0;
            while (o > lo && (t[o - 1] != ',' || (o >= 2 && o < pos && t[o - 2] >= '0' && t[o - 2] <= '9' &&
                                                  t[o] >= '0' && t[o] <= '9')) && pos - o < 240) {
                if (S_is_space(t[o - 1]))
                    aside_words++;
                o--;
            }
            if (o <= lo || t[o - 1] != ',') /* no opening comma: the verb starts a new clause */
                return asides == 1 && words > 0 && skipped ? skipped : NULL; /* "Contactado…, um porta-voz do X" */
            size_t ro = S_relative_aside_start(t, lo, o, pos);
            for (size_t i = ro; i < o; i++)
                aside_words += S_is_space(t[i]);
            o = ro;
            if (aside_words > 24)
                return NULL;
            /* "The president of the Assembly, Jorge Rodríguez, announced": the aside is the name itself */
            size_t as = o, ae = pos - 1;
            while (as < ae && S_is_space(t[as]))
                as++;
            const xd_mention *named = S_actor_ending_at(c, ma, mb, ae);
            /* also after a title word or two: "O porta-voz da Polícia, subcomissário Mateus Rodrigues, negou" */
            /* not an article and one capitalised word: ", la Codehupy," restates a body, as an acronym */
            if (named && named->kind == XP_ACTOR && named->actor_kind == EXTRACT_KIND_PERSON && named->start >= as &&
                (named->start == as || S_lower_words(t, as, named->start, 2) ||
                 S_title_before_name(c, ma, mb, as, named->start)) &&
                !(S_article_only(t, as, named->start) && !memchr(t + named->start, ' ', named->end - named->start)))
                return named;
            const xd_mention *body = S_named_aside(c, ma, mb, lo, o, as, ae);
            if (body)
                return body;
            pos = o - 1;
            words = 0;
            first_word = SIZE_MAX;
            continue;
        }
        /* a lowercase word */
        size_t b = pos;
        while (b > lo && !S_is_space(t[b - 1]) && t[b - 1] != ',')
            b--;
        unsigned char f = (unsigned char)t[b];
        if (b == pos || !((f >= 'a' && f <= 'z') || f >= 0xC3) || ++words > 3)
            return !asides && skipped && skipped->actor_kind != EXTRACT_KIND_PERSON ? skipped : NULL;
        pos = b;
        first_word = b;
    }
    return !asides && skipped && skipped->actor_kind != EXTRACT_KIND_PERSON ? skipped : NULL;
}

/* The subject before a verb: the walk back, else the name a relative clause the verb is in depends on. A
 * possessive the walk stops at ("que no seu relatório … registou") is not the subject either: the relative's name
 * is, and the possessive means it anyway. */
static const xd_mention *S_subject_before(const S_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
{
    const xd_mention *a = S_subject_walk(c, cue, ma, mb);
    if (!a || (a->kind == XP_PRONOUN && xp_attr_get(a->rule, "topic"))) {
        size_t lo = c->d->sents[cue->sent].start;
        if (c->d->dateline_end > lo && c->d->dateline_end <= cue->start)
            lo = c->d->dateline_end;
        const xd_mention *r = S_relative_subject(c, cue, lo, ma, mb);
        if (r)
            a = r;
    }
    return a;
}

/* The first mention of a kind starting at pos in the sentence's range, or NULL. */
static const xd_mention *S_mention_at(const S_ctx *c, size_t ma, size_t mb, size_t pos, xp_kind kind)
{
    const xd_mention *best = NULL;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind == kind && m->start == pos && (!best || m->end > best->end))
            best = m;
    }
    return best;
}

/* Whether a reporting-verb match ends inside the phrase saying who was told ("declarou à agência", matched with
 * its told-phrase, cf. pt.cue.report): a name right after it belongs to that phrase ("… à agência TASS"), unless
 * the phrase is whole already ("à Lusa", "à nossa reportagem"). */
static int S_told_open(const S_ctx *c, const xd_mention *cue)
{
    const char *t = c->d->text.text;
    int told_open = 0, own = 0;
    for (size_t w = cue->start; w < cue->end;) {
        size_t we = w;
        while (we < cue->end && !S_is_space(t[we]))
            we++;
        if (w > cue->start && we < cue->end && S_words_before(c, "told_words", w, we, S_LOWER))
            told_open = 1, own = 0;
        else if (told_open && S_words_before(c, "own_outlet_words", w, we, S_LOWER))
            own = 1;
        if (we == cue->end && (own || (t[w] >= 'A' && t[w] <= 'Z')))
            told_open = 0;
        w = we;
        while (w < cue->end && S_is_space(t[w]))
            w++;
    }
    return told_open;
}

/* Who a reporting verb was told, right after it: a word of `told_words` ("a", "al", "à", "ao", "to") at [pos,b),
 * then up to three lower-case words and, unless one of them is the reporter's own outlet ("a este diario", "à
 * nossa reportagem", `own_outlet_words`), the name after them ("à agência TASS", "al diario El Comercio"). That
 * name is the addressee, never the speaker. Returns where the phrase ends, or pos when [pos,b) opens none. */
static size_t S_told_phrase(const S_ctx *c, size_t ma, size_t mb, size_t pos, size_t b, size_t hi)
{
    const char *t = c->d->text.text;
    if (S_mention_at(c, ma, mb, pos, XP_AGENT) || !S_words_before(c, "told_words", pos, b, S_LOWER))
        return pos;
    size_t p = b;
    int own = 0;
    for (int w = 0; w < 3; w++) { /* "a la agencia oficial SANA": an article, a noun and its adjective */
        size_t q = p;
        while (q < hi && S_is_space(t[q]))
            q++;
        size_t qe = q;
        while (qe < hi && !S_is_space(t[qe]) && t[qe] != ',' && t[qe] != '.' && t[qe] != ';' && t[qe] != ':')
            qe++;
        unsigned char f = (unsigned char)t[q];
        if (qe == q || !((f >= 'a' && f <= 'z') || f == 0xC3) || S_mention_at(c, ma, mb, q, XP_TITLE) ||
            S_mention_at(c, ma, mb, q, XP_ACTOR) || (qe - q == 3 && strncmp(t + q, "que", 3) == 0) ||
            (qe - q == 4 && strncmp(t + q, "that", 4) == 0))
            break;
        own |= S_words_before(c, "own_outlet_words", q, qe, S_LOWER);
        p = qe;
    }
    if (p == b) {
        /* "disse hoje à Lusa que", "dijo ayer a EFE que", "said on Monday to Reuters": a name right after a
         * told word is who was told, unless the word may be a Portuguese article ("disse a ministra") */
        int article = c->d->lang == XP_LANG_PT && t[pos] == 'a' && (b - pos == 1 || (b - pos == 2 && t[pos + 1] == 's'));
        size_t q = b;
        while (q < hi && S_is_space(t[q]))
            q++;
        const xd_mention *a = article ? NULL : S_mention_at(c, ma, mb, q, XP_ACTOR);
        return a ? a->end : pos;
    }
    if (!own) {
        size_t q = p;
        while (q < hi && S_is_space(t[q]))
            q++;
        const xd_mention *a = S_mention_at(c, ma, mb, q, XP_ACTOR);
        if (a)
            p = a->end;
    }
    return p;
}

/* The subject of an inverted report, after the verb: "dijo Romero", "informó este lunes el ministro de
 * Interior, Diosdado Cabello", "said the organisation", "advirtió el presidente de Prisoners Defenders, Javier
 * Larrondo" (a body inside the title belongs to it; the person named after the comma speaks). */
/* Where the article right before pos starts ("en la televisión": the start of "la"), or pos when there is none. */
static size_t S_article_start(const char *t, size_t lo, size_t pos)
{
    static const char *const art[] = {"the", "a", "an", "el", "la", "los", "las", "o", "os", "as", "um", "uma", "un", "una"};
    size_t e = pos;
    while (e > lo && S_is_space(t[e - 1]))
        e--;
    size_t b = e;
    while (b > lo && !S_is_space(t[b - 1]))
        b--;
    for (size_t i = 0; i < sizeof art / sizeof *art; i++)
        if (strlen(art[i]) == e - b && strncmp(t + b, art[i], e - b) == 0)
            return b;
    return pos;
}

/* Whether an event or reporting verb follows actor a, with at most one lower-case word (an auxiliary, an
 * adverb) between: "the authorities had arrested", "la policía había detenido", "a polícia tinha prendido". The
 * actor is then the subject of a clause of its own, not a speaker named after a verb. */
static int S_verb_follows(const S_ctx *c, size_t ma, size_t mb, const xd_mention *a)
{
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *v = &c->d->ments[k];
        if ((v->kind == XP_TRIGGER || v->kind == XP_CUE) && v->start >= a->end &&
            S_gap_words(c->d->text.text, a->end, v->start, 1, 16))
            return 1;
    }
    return 0;
}

static const xd_mention *S_subject_after(const S_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    size_t hi = c->d->sents[cue->sent].end;
    size_t pos = cue->end;
    int words = 0, titled = 0, places = 0, art_open = 0;
    int told_open = S_told_open(c, cue);
    while (pos < hi && words <= 8) {
        while (pos < hi && S_is_space(t[pos]))
            pos++;
        const xd_mention *m;
        if ((m = S_mention_at(c, ma, mb, pos, XP_DATE))) {
            pos = m->end; /* "informó este lunes X" */
            continue;
        }
        if ((m = S_mention_at(c, ma, mb, pos, XP_TITLE))) {
            titled = 1;
            pos = m->end;
            continue;
        }
        if (words <= 1 && !titled && S_mention_at(c, ma, mb, pos, XP_AGENT))
            return NULL; /* "announced on Monday by the Minister of Interior, Justice and Peace, X": the passive
                          * agent, read whole by S_cue_subject_depth */
        /* "afirmou a líder opositora Sviatlana Tsikhanouskaya", "dijo la ministra Ana Pérez": a person reference
         * that holds a title word followed by a name is that title's article and head, and the name speaks */
        if ((m = S_mention_at(c, ma, mb, pos, XP_PRONOUN)) && m->role == XD_REF_PERSON && !told_open) {
            const xd_mention *ti = NULL;
            for (size_t k = ma; k < mb && !ti; k++)
                if (c->d->ments[k].kind == XP_TITLE && c->d->ments[k].start > m->start &&
                    c->d->ments[k].start < m->end)
                    ti = &c->d->ments[k];
            size_t q = ti ? (ti->end > m->end ? ti->end : m->end) : pos;
            const xd_mention *name = NULL;
            for (int w = 0; ti && w < 3 && !name && q < hi; w++) {
                while (q < hi && S_is_space(t[q]))
                    q++;
                name = S_mention_at(c, ma, mb, q, XP_ACTOR);
                if (name && name->actor_kind != EXTRACT_KIND_PERSON)
                    break;
                if (!name)
                    while (q < hi && t[q] >= 'a' && t[q] <= 'z')
                        q++; /* "opositora": a lower-case word of the title */
            }
            if (name && name->actor_kind == EXTRACT_KIND_PERSON) {
                titled = 1;
                pos = ti->end > m->end ? ti->end : m->end;
                continue;
            } /* else "acrescentou o ministro": the reference is the subject */
        }
        /* "afirmou no sábado, em Vilnius, a líder…", "said on Saturday, in Vilnius, the leader…": a place in commas
         * right after the verb says where; the subject follows it */
        if (pos < hi && t[pos] == ',' && !titled && words == 0 && places < 2) {
            size_t q = pos + 1;
            while (q < hi && S_is_space(t[q]))
                q++;
            size_t we = q;
            while (we < hi && t[we] >= 'a' && t[we] <= 'z')
                we++;
            if (we > q && S_words_before(c, "place_words", q, we, S_LOWER)) {
                size_t e = we;
                while (e < hi && t[e] != ',' && t[e] != '.' && t[e] != ';' && e - we < 60)
                    e++;
                if (e < hi && t[e] == ',') {
                    places++;
                    pos = e + 1;
                    continue;
                }
            }
        }
        const xd_mention *a = S_mention_at(c, ma, mb, pos, XP_ACTOR);
        if (!a) {
            a = S_mention_at(c, ma, mb, pos, XP_PRONOUN);
            if (a && a->role == XD_REF_CLAIM)
                a = NULL;
        }
        if (a && (S_words_before(c, "place_words", cue->end, a->start, S_LOWER) ||
                  S_words_before(c, "place_words", cue->end, S_article_start(t, cue->end, a->start), S_LOWER))) {
            pos = a->end; /* "told reporters in Geneva", "dijo en la televisión estatal": a place or a medium, not
                           * who speaks */
            if (words > 0)
                words--; /* neither the place word nor the place counts as a word of the subject */
            continue;
        }
        /* "declarou à agência TASS", "disse à agência oficial AGP": who was told, also after a lower-case word or
         * two qualifying the addressee */
        if (a && told_open && words <= 2 && a->kind == XP_ACTOR &&
            (a->start <= cue->end + 1 || S_lower_words(t, cue->end + 1, a->start, 2))) {
            pos = a->end;
            told_open = 0;
            continue;
        }
        if (a)
            told_open = 0;
        if (a) {
            /* a body inside a title, or a title's own words, followed by ", Name" or by the name itself ("el
             * enviado especial de la ONU Pablo Ferrer"): the name speaks */
            size_t e = a->end;
            if (titled && e + 2 < hi && (t[e] == ',' || t[e] == ' ')) {
                const xd_mention *p = S_mention_at(c, ma, mb, e + (t[e] == ',' ? 2 : 1), XP_ACTOR);
                /* "el ministro de Interior, Justicia y Paz, Tomás Arriaga": the portfolios a title lists, joined by
                 * commas and a conjunction, end at the name after the last comma */
                for (const xd_mention *q = p; q && t[e] == ',';) {
                    size_t f = q->end;
                    if (f + 2 < hi && t[f] == ',' && (q = S_mention_at(c, ma, mb, f + 2, XP_ACTOR)))
                        p = q;
                    else if (f + 4 < hi && t[f] == ' ' &&
                             ((q = S_mention_at(c, ma, mb, f + 3, XP_ACTOR)) && (t[f + 1] == 'y' || t[f + 1] == 'e') &&
                              t[f + 2] == ' '))
                        p = q;
                    else if (f + 6 < hi && strncmp(t + f, " and ", 5) == 0 && (q = S_mention_at(c, ma, mb, f + 5, XP_ACTOR)))
                        p = q;
                    else
                        break;
                }
                if (p && p->actor_kind == EXTRACT_KIND_PERSON)
                    return p;
            }
            if (titled && S_words_before(c, "link_words", cue->end, a->start, S_LOWER | S_ALL_LANGS)) {
                pos = a->end; /* "el ministro de Interior" */
                continue;
            }
            if (!titled && S_verb_follows(c, ma, mb, a))
                return NULL; /* "said the authorities had arrested 80": the subject of what was said */
            if (!titled && words == 3 &&
                (a->kind != XP_ACTOR || a->actor_kind != EXTRACT_KIND_PERSON || !memchr(t + a->start, ' ', a->end - a->start)))
                return NULL;
            return a;
        }
        if (pos < hi && t[pos] == ',' && titled) {
            pos++;
            continue;
        }
        /* a word: articles, possessives, "de", adjectives — and, inside a title, capitalised words too */
        size_t b = pos;
        while (b < hi && !S_is_space(t[b]) && t[b] != ',' && t[b] != '.' && t[b] != ';' && t[b] != ':')
            b++;
        if (words == 0 && !titled && b > pos) {
            size_t past = S_told_phrase(c, ma, mb, pos, b, hi);
            if (past > b) {
                pos = past; /* "declaró a esta agencia Patrick Baudouin", "declarou à agência TASS, …" */
                continue;
            }
        }
        unsigned char f = (unsigned char)t[pos];
        /* "escribió en X el director", "disse em Brasília o ministro": a place after a place word is no speaker */
        if (b > pos && f >= 'A' && f <= 'Z' && !titled && S_words_before(c, "place_words", cue->end, pos, S_LOWER)) {
            if (words > 0)
                words--; /* neither the place word nor the place counts as a word of the subject */
            pos = b;
            continue;
        }
        /* "publicó años más tarde el periodista X", "escreveu anos depois o jornalista X", "wrote years later the
         * journalist X": a phrase saying the report came later (`later_words`) is no word of the subject */
        if (!titled && words <= 1 && b > pos && (f >= 'a' && f <= 'z')) {
            size_t q = pos, later = 0;
            for (int w = 0; w < 3 && q < hi && !later; w++) {
                size_t qe = q;
                while (qe < hi && !S_is_space(t[qe]) && t[qe] != ',' && t[qe] != '.' && t[qe] != ';' && t[qe] != ':')
                    qe++;
                if (qe == q)
                    break;
                if (S_words_before(c, "later_words", pos, qe, S_LOWER))
                    later = qe;
                q = qe;
                while (q < hi && t[q] == ' ')
                    q++;
            }
            if (later) {
                pos = later;
                continue;
            }
        }
        /* "conta o engenheiro aposentado Sérgio Lins", "said the retired engineer Sam Lee": after an article, a
         * noun and a word qualifying it may stand before a person's full name; "el periodista y escritor X": or
         * two nouns joined by a conjunction */
        if (words == 0 && b > pos && S_article_only(t, pos, b))
            art_open = 1;
        else if (art_open == 1 && words == 2 && ((b - pos == 1 && (t[pos] == 'y' || t[pos] == 'e')) ||
                                                 (b - pos == 3 && strncmp(t + pos, "and", 3) == 0)))
            art_open = 3;
        if (b == pos || (!titled && !((f >= 'a' && f <= 'z') || (f >= 0xC3 && f <= 0xC5))) ||
            (!titled && words >= 1 && !S_mention_at(c, ma, mb, pos, XP_TITLE) && words >= 2 + art_open))
            return NULL;
        if ((b - pos == 3 && strncmp(t + pos, "que", 3) == 0) || (b - pos == 4 && strncmp(t + pos, "that", 4) == 0))
            return NULL; /* "…, afirmó que ICE ha realizado": what was said starts here; its actors are not the speaker */
        words++;
        pos = b;
    }
    return NULL;
}

/* The subject of a reporting verb: an actor (or pronoun) just before it ("Foro Penal estimó", "X, title, said",
 * "the NGO also said"), else just after it ("dijo Romero", "said the organization"). */
static int S_cue_subject_depth(S_ctx *c, const xd_mention *cue, extract_actor *out, int depth);
static int S_cue_subject(S_ctx *c, const xd_mention *cue, extract_actor *out)
{
    return S_cue_subject_depth(c, cue, out, 0);
}

/* Whether the verb follows a comma, a dash or a closing quotation mark: then its subject usually comes after
 * it ("…, confirmó el Ejército", "—dijo Romero"). */
static int S_inverted(const char *t, size_t lo, size_t pos)
{
    while (pos > lo && S_is_space(t[pos - 1]))
        pos--;
    if (pos == lo)
        return 0;
    unsigned char c = (unsigned char)t[pos - 1];
    return c == ',' || c == '"' || c == '-' || (pos >= lo + 3 && (unsigned char)t[pos - 3] == 0xE2 &&
                                                 (c == 0x9D || c == 0x94 || c == 0x93 || c == 0xBB));
}

/* "Foro Penal contabiliza 800 presos e estima que…": a verb joined to an earlier one by "y/e/and" shares its
 * subject. Returns that earlier verb, or NULL. */
static const xd_mention *S_coordinated_with(const S_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[cue->sent].start, pos = cue->start;
    while (pos > lo && (S_is_space(t[pos - 1]) || t[pos - 1] == ','))
        pos--;
    size_t b = pos;
    while (b > lo && !S_is_space(t[b - 1]))
        b--;
    if (!((pos - b == 1 && (t[b] == 'y' || t[b] == 'e')) || (pos - b == 3 && strncmp(t + b, "and", 3) == 0)))
        return NULL;
    const xd_mention *prev = NULL;
    for (size_t k = ma; k < mb; k++)
        if (c->d->ments[k].kind == XP_CUE && c->d->ments[k].end <= b)
            prev = &c->d->ments[k];
    return prev;
}

/* Whether the subject slot of a reporting verb is empty or holds a bare "it" / "they": the verb opens its sentence
 * or clause ("Afirmó que…", "…\", disse à reportagem", "It says", ", it said", "and they counted"). Returns 0 (a
 * named or unknown word stands there), 1 (anyone may speak), 2 (only a body: "it"). */
static int S_empty_subject(const char *t, size_t lo, size_t pos, int *pron)
{
    static const char *const body[] = {"it", "It"};
    static const char *const any[] = {"they", "They", "ellos", "Ellos", "ellas", "Ellas", "eles", "Eles", "elas", "Elas"};
    int kind = 1, pronoun = 0;
    while (pos > lo && S_is_space(t[pos - 1]))
        pos--;
    size_t b = pos;
    while (b > lo && !S_is_space(t[b - 1]) && t[b - 1] != ',' && t[b - 1] != '"')
        b--;
    for (size_t i = 0; i < sizeof body / sizeof *body; i++)
        if (strlen(body[i]) == pos - b && strncmp(t + b, body[i], pos - b) == 0)
            kind = 2, pos = b, pronoun = 1;
    for (size_t i = 0; kind == 1 && i < sizeof any / sizeof *any; i++)
        if (strlen(any[i]) == pos - b && strncmp(t + b, any[i], pos - b) == 0)
            pos = b, pronoun = 1;
    /* "from 8 January until yesterday it verified 302": a subject pronoun right before the verb is its subject,
     * whatever opens the clause */
    *pron = pronoun;
    if (pronoun && b > lo && S_is_space(t[b - 1]))
        return kind;
    while (pos > lo && S_is_space(t[pos - 1]))
        pos--;
    if (pos == lo)
        return kind;
    size_t w = pos;
    while (w > lo && !S_is_space(t[w - 1]))
        w--;
    if ((pos - w == 3 && strncmp(t + w, "and", 3) == 0) || (pos - w == 1 && (t[w] == 'y' || t[w] == 'e')))
        return kind;
    if (!S_inverted(t, lo, pos))
        return 0;
    /* "Otra organización, Americans for …, advierte": after a bare comma the subject is usually an aside the
     * rules did not read; only "…, it said" or '"…", disse' leave the slot empty */
    if (t[pos - 1] == ',' && !pronoun) {
        size_t q = pos - 1;
        while (q > lo && S_is_space(t[q - 1]))
            q--;
        if (!(q > lo && (t[q - 1] == '"' || (q >= lo + 3 && (unsigned char)t[q - 3] == 0xE2 &&
                                              ((unsigned char)t[q - 1] == 0x9D || (unsigned char)t[q - 1] == 0xBB)))))
            return 0;
    }
    return kind;
}

/* Whether words after a reporting verb name its subject even though no actor was recognised there: an article
 * or determiner, a capitalised word or a title ("informó el enviado especial…", "said the 45-year-old"), past
 * any date ("dijo el martes el ministro"). */
static int S_subject_follows(const S_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
{
    static const char *const det[] = {"el", "la", "los", "las", "the", "o", "os", "as", "un", "una", "um", "uma",
                                      "an", "este", "esta", "this", "su", "its", "his", "her", "seu", "sua"};
    const char *t = c->d->text.text;
    size_t hi = c->d->sents[cue->sent].end, pos = cue->end;
    for (;;) {
        while (pos < hi && S_is_space(t[pos]))
            pos++;
        const xd_mention *m = S_mention_at(c, ma, mb, pos, XP_DATE);
        if (!m)
            break;
        pos = m->end;
    }
    if (pos >= hi)
        return 0;
    const xd_mention *told = S_told_open(c, cue) ? S_mention_at(c, ma, mb, pos, XP_ACTOR) : NULL;
    if (told) {
        pos = told->end; /* "…", declarou à agência TASS, garantindo…: who was told, then no subject */
        while (pos < hi && S_is_space(t[pos]))
            pos++;
        if (pos >= hi)
            return 0;
    }
    if (S_mention_at(c, ma, mb, pos, XP_TITLE) || S_mention_at(c, ma, mb, pos, XP_ACTOR))
        return 1;
    size_t b = pos;
    while (b < hi && !S_is_space(t[b]) && t[b] != ',' && t[b] != '.' && t[b] != ';' && t[b] != ':')
        b++;
    if (t[pos] >= 'A' && t[pos] <= 'Z')
        return 1;
    for (size_t i = 0; i < sizeof det / sizeof *det; i++)
        if (strlen(det[i]) == b - pos && strncmp(t + pos, det[i], b - pos) == 0) {
            /* "dijo el martes" is a date; "said the organisation" is a subject: an article before "que/that"
             * is the statement's object ("afirmó la existencia de…") only rarely */
            return 1;
        }
    return 0;
}

/* Whether the folded text of [a,b) is an entry of the lexicon `name` (all its words, not only the last ones). */
static int S_lexicon_has(const S_ctx *c, const char *name, size_t a, size_t b)
{
    const extract_doc *d = c->d;
    char key[64];
    size_t kl = 0;
    int space = 0;
    for (size_t f = S_fold_at(d, a), fe = S_fold_at(d, b); f < fe; f++) {
        char ch = d->fold.data[f];
        if (S_is_space(ch)) {
            space = 1;
            continue;
        }
        if (kl + 2 >= sizeof key)
            return 0;
        if (space && kl)
            key[kl++] = ' ';
        space = 0;
        key[kl++] = ch;
    }
    return kl && xp_table_find(xp_table_get(d->pat, d->lang, name), key, kl) >= 0;
}

/* "[SOM: Teresa Antunes, investigadora]" then a paragraph quoting her, "[SOM — Bubacar Turé]: «…»": a broadcast
 * transcript's label for a sound bite (`soundbite_words`: *SOM*, *SONIDO*, *SOUND*, *CLIP*) gives the quotation
 * after it to the first name inside the brackets. */
static int S_sound_label(S_ctx *c, const S_quote *q, extract_actor *out)
{
    const char *t = c->d->text.text;
    size_t p = q->open;
    while (p > 0 && S_is_space(t[p - 1]) && q->open - p < 4)
        p--;
    if (p > 0 && t[p - 1] == ':')
        p--;
    if (p == 0 || t[p - 1] != ']')
        return 0;
    size_t close = p - 1, open = close;
    while (open > 0 && t[open] != '[' && t[open] != '\n' && close - open < 200)
        open--;
    if (t[open] != '[')
        return 0;
    size_t w = open + 1, we = w;
    while (we < close && ((t[we] >= 'A' && t[we] <= 'Z') || (t[we] >= 'a' && t[we] <= 'z')))
        we++;
    if (we == w || !S_lexicon_has(c, "soundbite_words", w, we))
        return 0;
    for (size_t k = S_first_at(c->d, we); k < c->d->n_ments && c->d->ments[k].start < close; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind == XP_ACTOR && m->end <= close && S_claimant_from(c, m, out)) {
            S_trace(c, "claimant %s: the sound bite's label", out->name);
            return 1;
        }
    }
    return 0;
}

/* Whether sentence si opens with a fact check's label (`verdict_words`: "Veredicto:", "Classificação: FALSO",
 * "OUR RATING:", "THE CLAIM:", "FALSO —"): one to three words closed by a colon, a full stop, a bar or a dash. */
static int S_verdict_label(const S_ctx *c, size_t si)
{
    const char *t = c->d->text.text;
    size_t s = c->d->sents[si].start, e = c->d->sents[si].end, p = s;
    for (int w = 0; w < 3 && p < e; w++) {
        while (p < e && !S_is_space(t[p]) && t[p] != ':' && t[p] != '.' && t[p] != ',' && t[p] != '|')
            p++;
        size_t q = p;
        while (q < e && S_is_space(t[q]))
            q++;
        int closed = q >= e || t[q] == ':' || t[q] == '.' || t[q] == '|' || (unsigned char)t[q] == 0xE2;
        if (closed && p > s && S_lexicon_has(c, "verdict_words", s, p))
            return 1;
        if (q >= e || t[q] == ':' || t[q] == '.' || t[q] == '|' || t[q] == ',')
            return 0;
        p = q;
    }
    return 0;
}

/* A fact check: the figures of the claim it checks (in the headline, or before its last label in a sentence that
 * quotes the claim, names who spread it or is a label itself) are the claim's, not the journalist's: the page or
 * account that spread it (viral=page: "publicado pela página X", "la cuenta de X @Y"), else the post itself
 * (viral=post: "a Facebook post", "una publicación"). Only figures no one else was found to give; only in a
 * document whose opening sentences carry such a label. */
static void S_viral_source(S_ctx *c)
{
    extract_doc *d = c->d;
    size_t label = SIZE_MAX, intro = d->n_sents < 20 ? d->n_sents : 20;
    for (size_t si = 0; si < intro && si < 15; si++)
        if (S_verdict_label(c, si))
            label = si;
    if (label == SIZE_MAX || !intro)
        return;
    const xd_mention *page = NULL, *post = NULL;
    for (size_t k = 0; k < d->n_ments && d->ments[k].start < d->sents[intro - 1].end; k++) {
        const xd_mention *m = &d->ments[k];
        const char *v = m->kind == XP_ACTOR ? xp_attr_get(m->rule, "viral") : NULL;
        if (v && !page && strcmp(v, "page") == 0)
            page = m;
        else if (v && !post && strcmp(v, "post") == 0)
            post = m;
    }
    extract_actor who = {0}, unnamed = {0};
    if (post)
        S_actor_of(c, post, &unnamed);
    if (page ? !S_claimant_from(c, page, &who) : post ? !(who = unnamed).name : 1)
        return;
    for (size_t i = 0; i < d->n_claims; i++) {
        extract_claim *cl = &d->claims[i];
        /* "Uma publicação … afirma que … «mais de 300»": the post read as a subject stands for the page */
        if (cl->claimant.name && !(unnamed.name && strcmp(cl->claimant.name, unnamed.name) == 0))
            continue;
        size_t si = SIZE_MAX;
        for (size_t j = 0; j < intro && si == SIZE_MAX; j++)
            if (d->sents[j].start == cl->start)
                si = j;
        if (si == SIZE_MAX || si > label)
            continue;
        int claim = d->sents[si].section == XD_SECTION_HEADLINE || S_verdict_label(c, si);
        for (size_t q = 0; q < c->n_quotes && !claim; q++)
            claim = c->quotes[q].open < d->sents[si].end && c->quotes[q].close > d->sents[si].start;
        for (size_t k = S_first_at(d, d->sents[si].start); k < d->n_ments && !claim &&
                                                             d->ments[k].start < d->sents[si].end; k++)
            claim = d->ments[k].kind == XP_ACTOR && xp_attr_get(d->ments[k].rule, "viral");
        if (claim) {
            cl->claimant = who;
            S_trace(c, "figure %lld of the checked claim: %s, who spread it", (long long)cl->count, who.name);
        }
    }
}

/* Whether the sentence from its start to pos holds only adjuncts: comma-separated phrases each a date ("El 3 de
 * febrero") or opening with an adjunct word (`adjunct_words`: "en una entrevista televisiva", "numa nota
 * divulgada ontem", "In a post this afternoon"), at most three, the last closed by a comma right before pos; or,
 * with no comma, one adjunct phrase alone ("Esta vez", "Desta vez"). Then a reporting verb at pos has no subject of
 * its own before it. */
static int S_adjunct_opening(const S_ctx *c, size_t si, size_t pos)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[si].start, ma, mb;
    S_range(c, si, &ma, &mb);
    while (lo < pos && (S_is_space(t[lo]) || t[lo] == '-' || (unsigned char)t[lo] >= 0x80 || t[lo] == '"'))
        if ((unsigned char)t[lo] >= 0xC0 && lo + 1 < pos && ((unsigned char)t[lo + 1] & 0xC0) == 0x80 &&
            (unsigned char)t[lo] != 0xE2)
            break; /* a letter with an accent ("Él", "Após") is a word, not punctuation */
        else
            lo++;
    size_t e = pos;
    while (e > lo && S_is_space(t[e - 1]))
        e--;
    if (e <= lo)
        return 0;
    if (t[e - 1] != ',') {
        /* one phrase, no comma: the whole of it an adjunct entry */
        return !memchr(t + lo, ',', e - lo) && S_lexicon_has(c, "adjunct_words", lo, e);
    }
    e--;
    int segs = 0;
    for (size_t a = lo; a < e;) {
        size_t b = a;
        while (b < e && t[b] != ',')
            b++;
        size_t sa = a, sb = b;
        while (sa < sb && S_is_space(t[sa]))
            sa++;
        while (sb > sa && S_is_space(t[sb - 1]))
            sb--;
        if (++segs > 3 || sa == sb)
            return 0;
        int ok = 0;
        for (size_t k = ma; k < mb && !ok; k++) {
            const xd_mention *m = &d->ments[k];
            ok = m->kind == XP_DATE && m->start <= sa + 4 && m->end >= sb && m->start >= sa;
            if (m->kind == XP_CUE && m->start >= sa && m->end <= sb)
                return 0; /* "En Lima, donde dijo…": a verb of its own in the phrase */
        }
        for (size_t w = sa, n = 0; !ok && n < 3 && w < sb; n++) {
            while (w < sb && !S_is_space(t[w]))
                w++;
            ok = S_lexicon_has(c, "adjunct_words", sa, w);
            while (w < sb && S_is_space(t[w]))
                w++;
        }
        if (!ok)
            return 0;
        a = b + 1;
    }
    return segs > 0;
}

/* The topic a verb with an empty subject slot speaks for: the first actor of its own sentence before it, else of
 * the sentence before (in the same paragraph, or the last one of the paragraph before), outside quotations. A
 * subject-less verb in Spanish or Portuguese, or "it said", continues the entity the text is about. */
static int S_implicit_subject(S_ctx *c, const xd_mention *cue, size_t ma, size_t mb, extract_actor *out)
{
    extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t si = cue->sent;
    int pron = 0;
    int slot = S_empty_subject(t, d->sents[si].start, cue->start, &pron);
    /* "El 3 de febrero, en una entrevista televisiva, sostuvo que…", "Esta vez anunció…", "In a post this
     * afternoon, it said…": only adjuncts before the verb (or its bare pronoun); in Spanish and Portuguese the slot
     * is empty, and the speaker of the sentence before goes on */
    size_t p0 = cue->start;
    if (pron) {
        while (p0 > d->sents[si].start && S_is_space(t[p0 - 1]))
            p0--;
        while (p0 > d->sents[si].start && !S_is_space(t[p0 - 1]))
            p0--;
    }
    int adj = S_adjunct_opening(c, si, p0);
    if (!slot && adj && d->lang != XP_LANG_EN && !S_coordinated_with(c, cue, ma, mb)) {
        slot = 1;
        const xd_mention *next = NULL;
        size_t pos = cue->end;
        while (pos < d->sents[si].end && S_is_space(t[pos]))
            pos++;
        for (size_t k = ma; k < mb && !next; k++) {
            const xd_mention *m = &d->ments[k];
            if (m->start >= pos && m->start <= pos + 4 &&
                (m->kind == XP_ACTOR || m->kind == XP_TITLE ||
                 (m->kind == XP_PRONOUN && m->role != XD_REF_CLAIM && !xp_attr_get(m->rule, "topic"))))
                next = m;
        }
        if (next)
            return 0; /* "…, anunció el ministro": the subject after the verb */
    } else if (!slot || (!pron && S_subject_follows(c, cue, ma, mb)) || S_coordinated_with(c, cue, ma, mb)) {
        return 0; /* a verb joined to an earlier one shares its subject, found or not */
    }
    size_t sp = adj ? S_sentence_before(c, si) : SIZE_MAX;
    if (sp != SIZE_MAX && S_current_speaker(c, sp, cue->start, out)) {
        S_trace(c, "subject of \"%.*s\": none named after an opening adjunct; the speaker before, %s",
                (int)(cue->end - cue->start), t + cue->start, out->name);
        return 1;
    }
    /* '"…. … Calculamos 12.000", dijo': a quotation running over several sentences before the verb is the speaker's
     * words; the topic is looked for from the sentence the quotation opens in */
    size_t os = si;
    long q = S_quote_at(c, d->sents[si].start);
    if (q >= 0 && c->quotes[q].open < d->sents[si].start && c->quotes[q].close < cue->start)
        for (size_t j = si; j-- > 0;)
            if (d->sents[j].start <= c->quotes[q].open) {
                os = j;
                break;
            }
    size_t lead = os == si ? 0 : 1; /* the quoted sentences count as one step back */
    for (size_t back = 0; back < 3 && (back == 0 || os + lead >= back); back++) {
        size_t sj = back == 0 ? si : os + lead - back;
        const xd_sentence *s = &d->sents[sj];
        if (s->section == XD_SECTION_HEADLINE)
            break;
        if (back > 1 && s->para != d->sents[si].para)
            break; /* the paragraph before gives only its last sentence */
        /* '"Nosotros tenemos registradas 1.500", afirmó.' after "la coordinadora de X, Bertha Oliva, sostuvo…":
         * the one the sentence before gave the floor, over the first name it holds */
        if (back && sj != si && S_current_speaker(c, sj, cue->start, out)) {
            S_trace(c, "subject of \"%.*s\": none named; the speaker before, %s", (int)(cue->end - cue->start),
                    t + cue->start, out->name);
            return 1;
        }
        size_t a, b;
        S_range(c, sj, &a, &b);
        if (!back && adj)
            continue; /* the opening adjuncts name places and outlets, not the speaker */
        if (!back)
            a = ma;
        for (size_t k = a; k < b; k++) {
            const xd_mention *m = &d->ments[k];
            if (m->start >= cue->start)
                break;
            if (m->start < d->dateline_end || S_quote_at(c, m->start) >= 0 ||
                !(m->kind == XP_ACTOR || (m->kind == XP_PRONOUN && m->role != XD_REF_CLAIM && m->role != XD_REF_SELF)))
                continue;
            if (S_words_before(c, "place_words", s->start, m->start, S_ANY_CASE) ||
                S_words_before(c, "link_words", s->start, m->start, S_LOWER | S_ALL_LANGS) ||
                S_words_before(c, "agent_words", s->start, m->start, S_LOWER))
                continue;
            extract_actor cand;
            if (!S_claimant_from(c, m, &cand))
                continue;
            if (slot == 2 && cand.kind == EXTRACT_KIND_PERSON)
                continue;
            /* a lone capitalised word opening a sentence ("Asimismo", "Contactado") is rarely a name */
            size_t o = s->start;
            while (o < m->start && (S_is_space(t[o]) || t[o] == '"' || (unsigned char)t[o] >= 0x80) && o - s->start < 4)
                o++;
            if (m->kind == XP_ACTOR && o == m->start &&
                (cand.kind == EXTRACT_KIND_PERSON || cand.kind == EXTRACT_KIND_UNKNOWN) && !strchr(cand.name, ' '))
                continue;
            *out = cand;
            S_trace(c, "subject of \"%.*s\": none named; the topic %s", (int)(cue->end - cue->start), t + cue->start,
                    cand.name);
            return 1;
        }
    }
    return 0;
}

/* "Kiri Ngata, the youth group that organised the vigil, says the police count is wrong", "La Red Ciudadana, que
 * agrupa a 40 colectivos, afirmó la existencia…", "A Comissão Pastoral, que acompanha os casos, informou o
 * balanço…": a verb right after the comma that closes an apposition on the name opening the sentence has that name
 * as its subject, even though a verb after a comma usually has its subject after it. The aside holds a relative
 * clause or a description (an article or a reference opens it), no reporting verb, no clause break, no quotation
 * mark; the name is the first thing of the sentence (an article or a quotation mark before it at most). Returns the
 * name, or NULL. */
static const xd_mention *S_aside_head(const S_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
{
    static const char *const open[] = {"the ", "a ", "an ", "el ", "la ", "los ", "las ", "un ", "una ", "o ",
                                       "os ", "as ", "um ", "uma "};
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[cue->sent].start;
    if (c->d->dateline_end > lo && c->d->dateline_end <= cue->start)
        lo = c->d->dateline_end;
    size_t pos = cue->start;
    while (pos > lo && S_is_space(t[pos - 1]))
        pos--;
    if (pos <= lo || t[pos - 1] != ',')
        return NULL;
    size_t o = pos - 1;
    while (o > lo && t[o - 1] != ',' && pos - o < 240) {
        if (t[o - 1] == '.' || t[o - 1] == ';' || t[o - 1] == ':' || t[o - 1] == '"' || t[o - 1] == '(')
            return NULL;
        o--;
    }
    if (o <= lo || t[o - 1] != ',')
        return NULL;
    o = S_relative_aside_start(t, lo, o, pos);
    size_t as = o;
    while (as < pos && S_is_space(t[as]))
        as++;
    int described = S_relative_word(t, as) != 0;
    for (size_t i = 0; i < sizeof open / sizeof *open && !described; i++)
        described = strncmp(t + as, open[i], strlen(open[i])) == 0;
    if (!described)
        return NULL;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if ((m->kind == XP_CUE || m->kind == XP_CLAUSE) && m->start >= o && m->start < pos)
            return NULL; /* "X, dijo Y, …": the aside is a report of its own */
    }
    size_t e = o - 1;
    while (e > lo && S_is_space(t[e - 1]))
        e--;
    const xd_mention *head = S_actor_ending_at(c, ma, mb, e);
    if (!head || (head->kind == XP_ACTOR && xp_attr_get(head->rule, "place")))
        return NULL;
    size_t s = lo;
    while (s < head->start && (S_is_space(t[s]) || t[s] == '"' || (unsigned char)t[s] >= 0x80) && s - lo < 4)
        s++; /* an opening quotation mark or dash */
    if (s != head->start && !S_article_only(t, s, head->start))
        return NULL;
    return head;
}

static int S_word_ends(const char *t, size_t a, size_t b, size_t min, const char *const *ends, size_t n);

/* The end of the word at t[p] (letters, digits, hyphens, apostrophes: up to a space or punctuation). */
static size_t S_word_end(const char *t, size_t p, size_t hi)
{
    while (p < hi && !S_is_space(t[p]) && !strchr(",.;:()\"!?", t[p]))
        p++;
    return p;
}

/* "El fiscal departamental de La Paz", "o secretário de Segurança do estado", "the regional police chief", "the state
 * prosecutor of Lagos": a definite article, the title of a state office (`office_titles`), and words that qualify
 * it — lower-case words, and capitalised ones only as a name after a link word or article (a place, a body). A
 * capitalised word right after the title, or a person's name after a body's, is somebody's name: no office phrase.
 * Reads from p (the article) up to hi; Spanish and Portuguese put the qualifiers after the title, English also up
 * to three lower-case words before it. At least one qualifier: a bare "the minister" refers to someone named
 * before. Sets [*ps,*pe) to the phrase without its article; returns 1 when there is one. */
static int S_office_phrase(const S_ctx *c, size_t ma, size_t mb, size_t p, size_t hi, size_t *ps, size_t *pe)
{
    static const char *const adj[] = {"al", "ar", "ano", "ana", "ense", "ico", "ica", "ivo", "iva", "ino", "ina",
                                      "unto", "unta", "rio", "ria"};
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t e = S_word_end(t, p, hi);
    if (e == p || e >= hi || !S_article_only(t, p, e) || (d->lang == XP_LANG_EN && (t[p] | 0x20) == 'a') ||
        (d->lang != XP_LANG_EN && (e - p == 3 && (t[p] | 0x20) == 't')))
        return 0; /* English "a" is indefinite: "a regional police chief" is nobody in particular */
    size_t q = e, start = SIZE_MAX;
    int quals = 0;
    const xd_mention *ti = NULL;
    for (int w = 0; w < 4 && !ti; w++) {
        while (q < hi && S_is_space(t[q]))
            q++;
        if (start == SIZE_MAX)
            start = q;
        for (size_t k = ma; k < mb && !ti; k++)
            if (d->ments[k].kind == XP_TITLE && d->ments[k].start == q && d->ments[k].end <= hi)
                ti = &d->ments[k];
        if (ti)
            break;
        size_t we = S_word_end(t, q, hi);
        if (d->lang != XP_LANG_EN || we == q || !(t[q] >= 'a' && t[q] <= 'z') || w == 3)
            return 0;
        quals++; /* "regional", "police" */
        q = we;
    }
    if (!ti || !S_lexicon_has(c, "office_titles", ti->start, ti->end))
        return 0;
    size_t end = ti->end;
    int after_link = 0, after_cap = 0, words = 0;
    for (q = ti->end; q < hi && words < 9;) {
        while (q < hi && S_is_space(t[q]))
            q++;
        if (q >= hi)
            break;
        size_t we = S_word_end(t, q, hi);
        if (we == q)
            break; /* punctuation ends the phrase */
        unsigned char f = (unsigned char)t[q];
        if (f >= '0' && f <= '9')
            return 0;
        if ((we - q == 3 && strncmp(t + q, "que", 3) == 0) || (we - q == 4 && strncmp(t + q, "that", 4) == 0) ||
            S_words_before(c, "place_words", q, we, S_LOWER))
            break; /* what was said, or where: "dijo el fiscal de La Paz en rueda de prensa" */
        int upper = (f >= 'A' && f <= 'Z') || (f == 0xC3 && q + 1 < hi && (unsigned char)t[q + 1] >= 0x80 &&
                                                 (unsigned char)t[q + 1] < 0xA0);
        int article = S_article_only(t, q, we);
        if (upper && !article) {
            if (!after_link && !after_cap)
                return 0; /* "el fiscal Juan Pérez": a name */
            for (size_t k = ma; k < mb; k++)
                if (after_cap && d->ments[k].kind == XP_ACTOR && d->ments[k].start == q &&
                    d->ments[k].actor_kind == EXTRACT_KIND_PERSON)
                    return 0; /* "el jefe de la Policía Juan Pérez" */
            after_cap = 1, after_link = 0;
        } else {
            int link = article || S_words_before(c, "link_words", q, we, S_LOWER | S_ALL_LANGS);
            /* a word no link word introduces qualifies the title only as an adjective ("departamental",
             * "regional", "estadual"); "también", "ontem", "also" end the phrase */
            if (!link && !after_link && !upper &&
                (d->lang == XP_LANG_EN || !S_word_ends(t, q, we, 4, adj, sizeof adj / sizeof *adj)))
                break;
            after_link = link;
            after_cap = 0;
        }
        words++;
        q = we;
        if (!after_link)
            end = we; /* the phrase never ends on "de" or "the" */
    }
    if (end > ti->end)
        quals++;
    if (!quals)
        return 0;
    *ps = start;
    *pe = end;
    return 1;
}

/* A reporting verb whose subject is an office named by its title alone ("El fiscal departamental de La Paz dijo",
 * "afirmou o secretário de Segurança do estado", "The regional police chief said"): the person the text gave that
 * title before, else the office itself as a state speaker, its phrase as name and title (an organisation's or a
 * medium's when one is named in it). after: the phrase follows the verb (past any date), else it ends at the verb.
 * Returns 1 and sets out when there is such a phrase. */
static int S_office_subject(S_ctx *c, const xd_mention *cue, size_t ma, size_t mb, int after, extract_actor *out)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[cue->sent].start, hi = d->sents[cue->sent].end;
    if (d->dateline_end > lo && d->dateline_end <= cue->start)
        lo = d->dateline_end;
    size_t ps = 0, pe = 0, p;
    if (after) {
        p = cue->end;
        for (;;) {
            while (p < hi && S_is_space(t[p]))
                p++;
            const xd_mention *m = S_mention_at(c, ma, mb, p, XP_DATE);
            if (!m)
                break;
            p = m->end;
        }
        /* "según confirmó en aquel momento el fiscal…", "afirmou também o secretário…": an adjunct of a few
         * lower-case words, opened by an adjunct word, may stand between the verb and the office */
        int found = S_office_phrase(c, ma, mb, p, hi, &ps, &pe);
        for (int w = 0; !found && w < 4 && p < hi; w++) {
            size_t we = S_word_end(t, p, hi);
            if (we == p || !(t[p] >= 'a' && t[p] <= 'z') || we >= hi || !S_is_space(t[we]) ||
                (w == 0 && !S_words_before(c, "adjunct_words", p, we, S_LOWER)))
                return 0;
            p = we;
            while (p < hi && S_is_space(t[p]))
                p++;
            found = S_office_phrase(c, ma, mb, p, hi, &ps, &pe);
        }
        if (!found)
            return 0;
        size_t q = pe;
        while (q < hi && S_is_space(t[q]))
            q++;
        if (q < hi && t[q] == ',') { /* "dijo el fiscal de La Paz, Juan Pérez": the name speaks */
            q++;
            while (q < hi && S_is_space(t[q]))
                q++;
            if (q < hi && ((t[q] >= 'A' && t[q] <= 'Z') || (unsigned char)t[q] == 0xC3))
                return 0;
        }
    } else {
        size_t end = cue->start;
        for (;;) { /* "The regional police chief on Monday said" */
            while (end > lo && S_is_space(t[end - 1]))
                end--;
            const xd_mention *m = NULL;
            for (size_t k = ma; k < mb && !m; k++)
                if (d->ments[k].kind == XP_DATE && d->ments[k].end == end && d->ments[k].start > lo)
                    m = &d->ments[k];
            if (!m)
                break;
            end = m->start;
        }
        /* the article opens the sentence, or follows an opening quotation mark or dash */
        p = lo;
        while (p < end && (S_is_space(t[p]) || t[p] == '"' || (unsigned char)t[p] >= 0x80) && p - lo < 4)
            p++;
        if (!S_office_phrase(c, ma, mb, p, end, &ps, &pe) || pe != end)
            return 0;
    }
    /* the person given this title before ("el fiscal general Juan Lanchipa … El fiscal general del Estado dijo") */
    const S_actor *best = NULL;
    for (size_t i = 0; i < c->n_actors; i++) {
        const S_actor *a = &c->actors[i];
        size_t s0 = d->sents[cue->sent].start; /* an earlier sentence: a word of the phrase itself is no holder */
        if (a->kind != EXTRACT_KIND_PERSON || !a->title || S_seen_before(a, s0) >= s0)
            continue;
        size_t tl = strlen(a->title), pl = pe - ps;
        size_t n = tl < pl ? tl : pl;
        if (strncasecmp(a->title, t + ps, n) != 0)
            continue;
        if (tl != pl && !((tl < pl && t[ps + tl] == ' ' && strchr(a->title, ' ')) || (pl < tl && a->title[pl] == ' ')))
            continue;
        if (!best || S_seen_before(a, s0) > S_seen_before(best, s0))
            best = a;
    }
    if (best) {
        S_give_actor(best, out);
    } else {
        int kind = EXTRACT_KIND_GOVERNMENT;
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *m = &d->ments[k];
            if (m->kind == XP_ACTOR && m->start >= ps && m->end <= pe &&
                (m->actor_kind == EXTRACT_KIND_ORGANIZATION || m->actor_kind == EXTRACT_KIND_MEDIA))
                kind = m->actor_kind; /* "el director de la ONG X" */
            if (m->kind == XP_PRONOUN && m->role == XD_REF_ORG && m->start >= ps && m->end <= pe)
                kind = EXTRACT_KIND_ORGANIZATION; /* "a diretora da entidade" */
        }
        out->name = out->title = S_dup(c, ps, pe);
        out->kind = (extract_actor_kind)kind;
        if (!out->name)
            return 0;
    }
    S_trace(c, "subject of \"%.*s\": the office \"%.*s\", %s", (int)(cue->end - cue->start), t + cue->start,
            (int)(pe - ps), t + ps, out->name);
    return 1;
}

static int S_cue_subject_depth(S_ctx *c, const xd_mention *cue, extract_actor *out, int depth)
{
    size_t ma, mb;
    S_range(c, cue->sent, &ma, &mb);
    int inverted = S_inverted(c->d->text.text, c->d->sents[cue->sent].start, cue->start);
    const xd_mention *head = inverted ? S_aside_head(c, cue, ma, mb) : NULL;
    if (head && S_claimant_from(c, head, out)) {
        S_trace(c, "subject of \"%.*s\": %s, before the apposition that ends at the verb",
                (int)(cue->end - cue->start), c->d->text.text + cue->start, out->name);
        return 1;
    }
    if (S_office_subject(c, cue, ma, mb, inverted, out))
        return 1;
    /* "X afirmou que … \"… do Judiciário\" e informou que …": a verb right after "e / y / and" shares the subject
     * of the verb before it; a name in the clause between (inside a quotation, an object) is not its subject. */
    const xd_mention *shared = !inverted && depth < 3 ? S_coordinated_with(c, cue, ma, mb) : NULL;
    if (shared && S_cue_subject_depth(c, shared, out, depth + 1))
        return 1;
    const xd_mention *first = inverted ? S_subject_after(c, cue, ma, mb) : S_subject_before(c, cue, ma, mb);
    if (first && S_claimant_from(c, first, out))
        return 1;
    if (!inverted && S_office_subject(c, cue, ma, mb, 1, out))
        return 1;
    const xd_mention *second = inverted ? S_subject_before(c, cue, ma, mb) : S_subject_after(c, cue, ma, mb);
    if (second && S_claimant_from(c, second, out))
        return 1;
    const xd_mention *prev = depth < 3 ? S_coordinated_with(c, cue, ma, mb) : NULL;
    if (prev && S_cue_subject_depth(c, prev, out, depth + 1))
        return 1;
    /* The agent of a passive report: "announced on Monday by the minister, Diosdado Cabello". */
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind != XP_AGENT || m->start < cue->end || m->start - cue->end > 40)
            continue;
        /* "by the Minister of Interior, Justice and Peace, Diosdado Cabello": the name closes the phrase */
        const xd_mention *agent = NULL;
        for (size_t a = k + 1; a < mb; a++) {
            const xd_mention *ac = &c->d->ments[a];
            if (ac->start - m->end > 100 || ac->kind == XP_CUE || ac->kind == XP_NUMBER || ac->kind == XP_CLAUSE)
                break;
            if (ac->kind == XP_ACTOR || ac->kind == XP_PRONOUN)
                agent = ac;
        }
        if (agent && S_claimant_from(c, agent, out))
            return 1;
        break;
    }
    return depth == 0 && S_implicit_subject(c, cue, ma, mb, out);
}

/* Whether a reporting-verb (or agent) match lies inside an actor's name ("Ministerio Público", "Defensoría Penal
 * Pública", "Comité por la Libertad"): then it is part of the name, not a verb. */
static int S_cue_in_name(const S_ctx *c, const xd_mention *cue)
{
    size_t ma, mb;
    S_range(c, cue->sent, &ma, &mb);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *a = &c->d->ments[k];
        if (a->kind == XP_ACTOR && a->start < cue->start && a->end >= cue->end)
            return 1;
    }
    return 0;
}

/* Index of the first mention starting at or after off (mentions are sorted by start). */
static size_t S_first_at(const extract_doc *d, size_t off)
{
    size_t lo = 0, hi = d->n_ments;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->ments[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Whether [a,b) holds the end of a sentence or a quotation mark: '.', '!', '?', '"' or a typographic quote. */
static int S_sentence_end_between(const char *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        unsigned char ch = (unsigned char)t[i];
        if (ch == '.' || ch == '!' || ch == '?' || ch == '"' || ch == '\n' ||
            (ch == 0xE2 && i + 2 < b && (unsigned char)t[i + 1] == 0x80 &&
             ((unsigned char)t[i + 2] == 0x9C || (unsigned char)t[i + 2] == 0x9D)) ||
            (ch == 0xC2 && i + 1 < b && ((unsigned char)t[i + 1] == 0xAB || (unsigned char)t[i + 1] == 0xBB)))
            return 1;
    }
    return 0;
}

/* Whether a colon, then only spaces, stands right before the opening mark at `open` (and after `from`). */
static int S_colon_before(const char *t, size_t from, size_t open)
{
    size_t p = open;
    while (p > from && S_is_space(t[p - 1]))
        p--;
    return p > from && t[p - 1] == ':';
}

/* A quotation signed with a dash, as fact-checks, epigraphs and social posts quote: '"…" – X, former minister'
 * ("CLAIM: "…" - Gastón Rodríguez", '"…" — Ana Ruiz, portavoz'). 1 with the name in *out when a name opens what
 * follows the dash. */
static int S_quote_byline_at(S_ctx *c, const S_quote *q, extract_actor *out, size_t *at);
static int S_quote_byline(S_ctx *c, const S_quote *q, extract_actor *out)
{
    size_t at;
    return S_quote_byline_at(c, q, out, &at);
}

/* The day a quotation signed with a dash was said, when the signature gives it ("CLAIM: "…" - President X, at his
 * morning news conference on Monday, September 26.", '"…" — Ana Ruiz, portavoz, el lunes'), or 0 bytes. */
static const char *S_byline_date(S_ctx *c, const S_quote *q)
{
    extract_actor who;
    size_t at;
    if (!S_quote_byline_at(c, q, &who, &at))
        return NULL;
    /* the signature is short: its first single day after the name, whatever the words between ("Laura Vidal Pons,
     * ministra, numa conferência de imprensa na segunda-feira"), unless a role word governs it */
    const extract_doc *d = c->d;
    for (size_t k = at + 1; k < d->n_ments && d->ments[k].sent == d->ments[at].sent; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind == XP_DATEROLE && m->role != XD_ROLE_SAID)
            return NULL;
        if (m->kind == XP_DATE && m->date[0] && !m->date_end[0] && !m->whole_month && m->start != d->dateline_at)
            return m->date;
    }
    return NULL;
}

/* S_quote_byline, and the index of the name's mention in *at. */
static int S_quote_byline_at(S_ctx *c, const S_quote *q, extract_actor *out, size_t *at)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t p = q->close, end = d->text.len;
    while (p < end && ((unsigned char)t[p] >= 0x80 || t[p] == '"') && p - q->close < 3)
        p++; /* the rest of the closing mark */
    while (p < end && (t[p] == '.' || t[p] == ',' || t[p] == ' '))
        p++;
    if (p < end && t[p] == '-')
        p++;
    else if (p + 2 < end && (unsigned char)t[p] == 0xE2 && (unsigned char)t[p + 1] == 0x80 &&
             ((unsigned char)t[p + 2] == 0x93 || (unsigned char)t[p + 2] == 0x94))
        p += 3; /* – — */
    else
        return 0;
    while (p < end && t[p] == ' ')
        p++;
    size_t k = S_first_at(d, p);
    /* a title may open the signature ("- President Andrés Manuel López Obrador") */
    if (k + 1 < d->n_ments && d->ments[k].start == p && d->ments[k].kind == XP_TITLE &&
        d->ments[k + 1].kind == XP_ACTOR && d->ments[k + 1].start <= d->ments[k].end + 1)
        p = d->ments[++k].start;
    *at = k;
    return k < d->n_ments && d->ments[k].start == p && d->ments[k].kind == XP_ACTOR &&
           S_claimant_from(c, &d->ments[k], out);
}

/* The speaker of a quotation: "…", said X / "…", X said / X said: "…". Returns the cue used, or NULL. */
static const xd_mention *S_quote_speaker(S_ctx *c, const S_quote *q, extract_actor *out)
{
    extract_doc *d = c->d;
    const char *t = d->text.text;
    /* after the closing mark */
    size_t after = q->close;
    while (after < d->text.len && (unsigned char)t[after] >= 0x80 && after - q->close < 3)
        after++;
    if (after < d->text.len && (t[after] == '"'))
        after++;
    for (size_t k = S_first_at(d, after); k < d->n_ments; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->start < after)
            continue;
        /* '"…," Hany Farouk, a spokesman for the State Information Service, said': farther when only a name and
         * its aside stand between (no end of sentence, no other quotation) */
        if (m->start > after + 60 && (m->start > after + 160 || S_sentence_end_between(t, after, m->start)))
            break;
        if (m->kind == XP_CUE && S_quote_at(c, m->start) < 0) {
            /* only commas, dashes, spaces or a name between the quote and the verb */
            if (S_cue_subject(c, m, out))
                return m;
            break;
        }
    }
    /* before the opening mark: "X said: “…" (mentions start before they end: look back from the open mark) */
    for (size_t k = S_first_at(d, q->open); k-- > 0;) {
        const xd_mention *m = &d->ments[k];
        if (m->end > q->open)
            continue;
        if (q->open - m->start > 200)
            break;
        /* 'Tijanóvskaya lo dijo sin rodeos al llegar a Vilna: "…"': a colon before the quotation opens it for the
         * verb before it in the same sentence */
        if (q->open - m->end > 12 && !(m->kind == XP_CUE && S_colon_before(t, m->end, q->open) &&
                                       !S_sentence_end_between(t, m->end, q->open)))
            continue;
        if (m->kind == XP_CUE) {
            if (S_cue_subject(c, m, out))
                return m;
            break;
        }
    }
    return NULL;
}

/* ---- counts ---- */

static int S_num(const xd_mention *m) { return m->kind == XP_NUMBER || m->kind == XP_COLLECTIVE; }

/* "más de 1.000 agentes arrestaron a 53 personas": an event verb followed by a figure of its own has that
 * figure as its object; the figure before it is the agent, not the people released or detained. */
static int S_has_object(const S_ctx *c, const xd_mention *tr, size_t ma, size_t mb)
{
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        if ((o->kind == XP_NUMBER || o->kind == XP_COLLECTIVE) && o->start >= tr->end &&
            S_gap_words(c->d->text.text, tr->end, o->start, 2, 14))
            return 1;
    }
    return 0;
}

/* "two of those pardoned were taken back", "dos 40 detidos": an event word right after a partitive that follows
 * the count names the group the count is part of, not what happened to the people counted. */
static int S_group_word(const S_ctx *c, size_t ma, size_t mb, const xd_mention *tr, size_t count_end)
{
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *p = &c->d->ments[k];
        if (p->kind != XP_PARTITIVE || p->start < count_end || p->end > tr->start ||
            !S_gap_words(c->d->text.text, count_end, p->start, 0, 2) || !S_gap_words(c->d->text.text, p->end, tr->start, 0, 2))
            continue;
        /* only when what happened to them follows ("… were taken back into custody"); "a dozen of those
         * releases" counts releases */
        for (size_t q = ma; q < mb; q++) {
            const xd_mention *m = &c->d->ments[q];
            if (m->kind == XP_TRIGGER && m->start > tr->end && S_gap_words(c->d->text.text, tr->end, m->start, 3, 30))
                return 1;
        }
    }
    return 0;
}

/* The qualifier right before a number ("al menos", "more than"), or NULL. */
static const xd_mention *S_qualifier_of(const S_ctx *c, const xd_mention *n, size_t ma, size_t mb)
{
    const xd_mention *qual = NULL;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->kind == XP_QUALIFIER && m->end <= n->start && S_gap_words(c->d->text.text, m->end, n->start, 0, 3))
            qual = m;
    }
    return qual;
}

/* "130 mortos e 3.636 detidos", "1,280 arrests and 796 charges": an event word right after a number is that
 * number's own noun, not a word governing another count ("1.000 agentes arrestaron a 53" still governs 53). */
static int S_noun_of_number(const S_ctx *c, size_t ma, size_t mb, const xd_mention *m, const xd_mention *self)
{
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        if (o != self && S_num(o) && o->end <= m->start && S_gap_words(c->d->text.text, o->end, m->start, 0, 3))
            return 1;
    }
    return 0;
}

/* Whether the figure closes its phrase: punctuation, a conjunction, or "la cifra" right after it ("Foro Penal
 * solo había confirmado 156 y…"). */
static int S_ends_phrase(const S_ctx *c, const xd_mention *n, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t send = d->sents[n->sent].end, after = n->end;
    while (after < send && S_is_space(t[after]))
        after++;
    if (after >= send || strchr(",.;:)\"", t[after]) || (unsigned char)t[after] == 0xE2 ||
        (after + 1 < send && (t[after] == 'y' || t[after] == 'e') && S_is_space(t[after + 1])) ||
        (after + 3 < send && strncmp(t + after, "and", 3) == 0 && S_is_space(t[after + 3])))
        return 1;
    for (size_t q = ma; q < mb; q++)
        if (d->ments[q].kind == XP_PRONOUN && d->ments[q].role == XD_REF_CLAIM && d->ments[q].start == after)
            return 1;
    return 0;
}

/* The first mention of a kind that starts right after pos (nothing but spaces between), or NULL. */
static const xd_mention *S_right_after(const S_ctx *c, size_t ma, size_t mb, size_t pos, xp_kind kind)
{
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->kind == kind && m->start >= pos && S_gap_words(c->d->text.text, pos, m->start, 0, 3))
            return m;
    }
    return NULL;
}

/* Whether a reference is a partitive pronoun ("of them", "de ellos", "entre eles"), not "the figure". */
static int S_partitive_pronoun(const S_ctx *c, const xd_mention *m)
{
    static const char *const part[] = {"of ", "de", "among ", "entre ", "dos ", "das "};
    if (m->kind != XP_PRONOUN || m->role != XD_REF_CLAIM)
        return 0;
    for (size_t r = 0; r < sizeof part / sizeof *part; r++) {
        size_t fl = strlen(part[r]), f = S_fold_at(c->d, m->start);
        if (f + fl <= c->d->fold.len && strncmp(c->d->fold.data + f, part[r], fl) == 0)
            return 1;
    }
    return 0;
}

/* Whether a part named by a partitive pronoun ends at pos: punctuation, the end, or a place ("71 of them in
 * Dhaka"); anything else is a verb saying what the part did. */
static int S_part_ends(const S_ctx *c, size_t pos, size_t end)
{
    const char *t = c->d->text.text;
    size_t i = pos;
    while (i < end && S_is_space(t[i]))
        i++;
    if (i >= end || strchr(",.;:)\"", t[i]))
        return 1;
    size_t w = i;
    while (w < end && t[w] >= 'a' && t[w] <= 'z')
        w++;
    return w > i && S_words_before(c, "place_words", i, w, S_LOWER);
}

/* "released 14 of the first 19 defendants": whether the figure is the whole a partitive right before it takes
 * a part of (a figure, a partitive, a word at most, then this one). */
static int S_whole_of_part(const S_ctx *c, size_t ma, size_t mb, const xd_mention *n)
{
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *p = &c->d->ments[q];
        if (p->kind != XP_PARTITIVE || p->end > n->start || !S_gap_words(c->d->text.text, p->end, n->start, 1, 12))
            continue;
        for (size_t k = ma; k < mb; k++)
            if (S_num(&c->d->ments[k]) && c->d->ments[k].end <= p->start &&
                S_gap_words(c->d->text.text, c->d->ments[k].end, p->start, 0, 2))
                return 1;
    }
    return 0;
}

/* Whether an event word is one participle with no auxiliary before it ("encarcelados", "detidas", "jailed"): a word
 * describing the noun before it rather than the verb of its clause. */
static int S_fold_word_in(const extract_doc *d, const char *name, size_t ws, size_t we);
static int S_bare_participle(const S_ctx *c, const xd_mention *m)
{
    const extract_doc *d = c->d;
    size_t fs = S_fold_at(d, m->start), fe = S_fold_at(d, m->end);
    for (size_t f = fs; f < fe; f++)
        if (S_is_space(d->fold.data[f]))
            return 0;
    static const char *const ends[] = {"ados", "adas", "idos", "idas", "esos", "esas", "ed"};
    int part = 0;
    for (size_t r = 0; r < sizeof ends / sizeof *ends && !part; r++) {
        size_t el = strlen(ends[r]);
        part = fe - fs > el && strncmp(d->fold.data + fe - el, ends[r], el) == 0;
    }
    if (!part)
        return 0;
    size_t e = fs;
    while (e > 0 && S_is_space(d->fold.data[e - 1]))
        e--;
    size_t b = e;
    while (b > 0 && !S_is_space(d->fold.data[b - 1]))
        b--;
    return !(b < e && (S_fold_word_in(d, "aux_words", b, e) || S_fold_word_in(d, "passive_words", b, e)));
}

/* "300 of those detained in Guayaquil were released", "dos de los aprehendidos, un sargento y un conscripto,
 * fueron liberados", "Hasta 40 de ellos permanecen en prisión": a figure followed by a partitive counts part of
 * a group. The group word (detained, aprehendidos) says who they are; what happened to the part is said by an
 * event word before the figure in its clause, else by the main verb after the group, else by the group itself.
 * A group that is neither people nor a figure nor told by a verb ("17 of the country's 47 counties") makes no
 * count (-1); 0 when no partitive follows the figure. */
static int S_partitive_count(S_ctx *c, size_t ma, size_t mb, S_count *out, size_t lead)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    const xd_mention *n = out->num;
    const xd_mention *p = S_right_after(c, ma, mb, n->end, XP_PARTITIVE);
    const xd_mention *pron = p || out->subject ? NULL : S_right_after(c, ma, mb, n->end, XP_PRONOUN);
    if (pron && !S_partitive_pronoun(c, pron))
        pron = NULL;
    if (!p && !pron)
        return 0;
    const xd_mention *group = NULL; /* the word naming the group: a trigger, a people noun or a figure */
    size_t gend = p ? p->end : pron->end;
    for (size_t q = ma; q < mb && p; q++) {
        const xd_mention *m = &d->ments[q];
        /* the group's noun may take in the partitive's own words ("de os excarcerados") */
        if (m->start < p->start || (m->start >= p->end && !S_gap_words(t, p->end, m->start, 2, 16)))
            continue;
        if ((m->kind == XP_TRIGGER || m->kind == XP_SUBJECT) && !m->role && (!group || m->end > group->end))
            group = m;
        else if (S_num(m) && !group)
            group = m;
    }
    if (group)
        gend = group->end;
    else if (p) /* "460 of those charged had been remanded": a group in a word or two of its own, told by its verb */
        for (int w = 0; w < 2; w++) {
            size_t g = gend;
            while (g < d->sents[n->sent].end && S_is_space(t[g]))
                g++;
            if (g >= d->sents[n->sent].end || t[g] < 'a' || t[g] > 'z')
                break;
            while (g < d->sents[n->sent].end && t[g] >= 'a' && t[g] <= 'z')
                g++;
            gend = g;
        }
    /* an event word before the figure in its clause: "dejó en libertad el sábado a 14 de los detenidos" */
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->kind == XP_TRIGGER && m->end <= lead && S_gap_words(t, m->end, lead, 5, 40) &&
            !S_words_before(c, "place_words", m->end, lead, S_LOWER) && !S_noun_of_number(c, ma, mb, m, n)) {
            out->trigger = m;
            out->adjacent = 1;
        }
    }
    /* the main verb after the group, in the same clause, before any other figure or reporting verb; a bare
     * participle describing the group ("Nueve de los doce integrantes encarcelados desde 2006 ya duermen en casa",
     * "seven of the nine activists jailed in 2019 now sleep at home") yields to an event word after it */
    int modifier = 0;
    for (size_t q = ma; q < mb && (!out->trigger || modifier); q++) {
        const xd_mention *m = &d->ments[q];
        if (m->start < gend || m->start - gend > 120)
            continue;
        if (S_num(m) || m->kind == XP_CLAUSE || m->kind == XP_CUE || m->kind == XP_PARTITIVE)
            break;
        if (m->kind == XP_TRIGGER && !xp_attr_get(m->rule, "state") && m != out->trigger) {
            int first = !out->trigger;
            out->trigger = m;
            out->adjacent = 1;
            modifier = first && S_bare_participle(c, m);
            if (!first)
                S_trace(c, "count %lld: the group's participle describes it; the main verb is later",
                        (long long)n->value);
        }
    }
    /* "Dos de los 47 fueron absueltos": a part of a figure is ours only by an event word (the partitive itself is
     * only looked for in sentences with people or event words: the same records with and without that gate) */
    if (p && (!group || S_num(group)) && !out->trigger)
        return -1;
    if (group && group->kind == XP_SUBJECT)
        out->subject = group;
    else if (!out->trigger && group && group->kind == XP_TRIGGER)
        out->trigger = group;
    /* "71 of them in Dhaka", "Eight of the 40": with nothing else, the part has the event of the group counted
     * before; "1,270 of them were convicted" is told by a verb that is none of ours */
    if (!out->trigger && !out->subject) {
        if (pron && !S_part_ends(c, pron->end, d->sents[n->sent].end))
            return -1;
        out->anaphoric = 1;
    }
    S_trace(c, "count %lld: part of a group (\"%.*s\")", (long long)n->value, (int)(gend - n->end), t + n->end);
    return 1;
}

/* "nine Malaysian citizens", "Seven would-be presidential candidates", "three student and religious activists":
 * between a figure and its people noun, up to three words that may be hyphenated, one capitalised (a nationality),
 * joined by a conjunction; no punctuation. */
static int S_noun_gap(const extract_doc *d, size_t a, size_t b)
{
    const char *t = d->text.text;
    if (b < a || b - a > 40)
        return 0;
    int words = 0, caps = 0;
    size_t i = a;
    while (i < b) {
        while (i < b && S_is_space(t[i]))
            i++;
        if (i >= b)
            break;
        size_t w = i;
        while (i < b && !S_is_space(t[i]))
            i++;
        unsigned char ch = (unsigned char)t[w];
        if (ch >= 'A' && ch <= 'Z')
            caps++;
        else if (!((ch >= 'a' && ch <= 'z') || ch >= 0x80))
            return 0;
        for (size_t k = w + 1; k < i; k++) {
            unsigned char x = (unsigned char)t[k];
            if (!((x >= 'a' && x <= 'z') || x >= 0x80 || x == '-'))
                return 0;
        }
        words++;
    }
    return words >= 1 && words <= 3 && caps <= 1;
}

/* "há mais de 300 mães de soldados", "there are 300 mothers of soldiers": a people noun introduced by "de/of" after
 * a word of its own names whom that word belongs to; the figure counts the word before it, and a word saying that
 * people exist says nothing of the soldiers. */
static int S_noun_of_other(const extract_doc *d, size_t a, const xd_mention *m)
{
    static const char *const of[] = {"de", "of", "do", "da", "dos", "das"};
    size_t f = S_fold_at(d, a), fe = S_fold_at(d, m->start) + 5;
    if (fe > d->fold.len)
        fe = d->fold.len;
    const char *fd = d->fold.data;
    int words = 0;
    for (size_t i = f; i < fe;) {
        while (i < fe && (fd[i] == ' ' || fd[i] == '"'))
            i++;
        size_t w = i;
        while (i < fe && fd[i] != ' ' && fd[i] != '"')
            i++;
        if (i == w || i >= fe)
            break; /* a word cut by the end of the window is the noun itself */
        for (size_t r = 0; r < sizeof of / sizeof *of; r++)
            if (words > 0 && i - w == strlen(of[r]) && strncmp(fd + w, of[r], i - w) == 0)
                return 1;
        words++;
    }
    return 0;
}

/* "entre ellos hay una docena de miembros", "among them 30 political prisoners": a partitive pronoun right before
 * the count phrase (a state word or a quotation mark aside) makes the count a part of the group counted before. */
static int S_among_before(const S_ctx *c, size_t ma, size_t mb, size_t k, size_t lead)
{
    for (size_t q = k; q-- > ma && c->d->ments[q].start + 40 >= lead;) {
        const xd_mention *p = &c->d->ments[q];
        if (p->end <= lead && S_partitive_pronoun(c, p) && S_gap_words(c->d->text.text, p->end, lead, 1, 10)) {
            for (size_t k = q + 1; k < mb && c->d->ments[k].start < lead; k++)
                if (c->d->ments[k].start >= p->end && c->d->ments[k].kind == XP_TRIGGER &&
                    !xp_attr_get(c->d->ments[k].rule, "state"))
                    return 0; /* "entre ellos liberaron a 30": an event word of its own */
            return 1;
        }
    }
    return 0;
}

/* "cifró en 171 los integrantes de la primera línea que seguían presos", "Não chegam a 60 os que efetivamente
 * saíram em liberdade": a bare figure followed by a definite article and a phrase of lower-case words holding an
 * event word counts the people that phrase describes. Returns that event word, or NULL. */
static const xd_mention *S_article_phrase(const S_ctx *c, size_t ma, size_t mb, const xd_mention *n)
{
    static const char *const art[] = {"los ", "las ", "os ", "as "};
    const char *t = c->d->text.text;
    size_t i = n->end, send = c->d->sents[n->sent].end;
    while (i < send && S_is_space(t[i]))
        i++;
    size_t f = S_fold_at(c->d, i), n_art = 0;
    for (size_t r = 0; r < sizeof art / sizeof *art && !n_art; r++)
        if (f + strlen(art[r]) <= c->d->fold.len && strncmp(c->d->fold.data + f, art[r], strlen(art[r])) == 0)
            n_art = strlen(art[r]);
    if (!n_art)
        return NULL;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start < i + n_art)
            continue;
        if (S_num(m) || m->kind == XP_CLAUSE || m->kind == XP_CUE)
            return NULL;
        if (m->kind == XP_TRIGGER && m->event >= 0 && m->event != XD_EVENT_NONE)
            return S_gap(t, i + n_art, m->start, 8, 70, 0) ? m : NULL;
    }
    return NULL;
}

/* "put the number of "rioters" arrested in the province at 3,200", "The real number of people arrested is closer
 * to 3,000": a bare figure in the clause of a reference to "the number" with an event word between them. */
static int S_number_of_before(const S_ctx *c, size_t ma, size_t mb, size_t k, size_t lead)
{
    for (size_t q = k; q-- > ma && c->d->ments[q].start + 160 >= lead;) {
        const xd_mention *p = &c->d->ments[q];
        if (p->kind != XP_PRONOUN || p->role != XD_REF_CLAIM || p->end > lead || lead - p->end > 100 ||
            S_partitive_pronoun(c, p))
            continue;
        int event = 0, other = 0;
        for (size_t k = q + 1; k < mb && c->d->ments[k].start < lead; k++) {
            const xd_mention *m = &c->d->ments[k];
            if (S_num(m) || m->kind == XP_CLAUSE || m->kind == XP_CUE)
                other = 1;
            else if (m->kind == XP_TRIGGER && m->event >= 0 && m->event != XD_EVENT_NONE)
                event = 1;
        }
        const char *t = c->d->text.text;
        for (size_t x = p->end; x < lead; x++)
            if (t[x] == ',' || t[x] == ';' || t[x] == '.')
                other = 1;
        if (event && !other)
            return 1;
    }
    return 0;
}

/* Decides whether a number is a count of people, and fills what it is bound to. */
/* Whether text[a,b) is only auxiliaries and adverbs of the verb phrase (lexicon aux_words: "had actually been",
 * "ya han", "tinham efetivamente"), at most five words in 48 bytes: a count before them is the subject of the event
 * word after them ("fewer than 120 had actually been freed"). */
static int S_aux_gap(const S_ctx *c, size_t a, size_t b)
{
    const extract_doc *d = c->d;
    if (b <= a || b - a > 48)
        return 0;
    const xp_table *tab = xp_table_get(d->pat, d->lang, "aux_words");
    if (!tab)
        return 0;
    size_t f = S_fold_at(d, a), fe = S_fold_at(d, b);
    int words = 0;
    while (f < fe) {
        while (f < fe && S_is_space(d->fold.data[f]))
            f++;
        size_t ws = f;
        while (f < fe && !S_is_space(d->fold.data[f]))
            f++;
        if (f == ws)
            break;
        if (++words > 5 || xp_table_find(tab, d->fold.data + ws, f - ws) < 0)
            return 0;
    }
    return words > 0;
}

/* The word of text[a,b) (folded) that starts at fold offset ws and ends at we, looked up in the language's lexicon
 * `name`: whether it is there. */
static int S_fold_word_in(const extract_doc *d, const char *name, size_t ws, size_t we)
{
    const xp_table *tab = xp_table_get(d->pat, d->lang, name);
    return tab && we > ws && xp_table_find(tab, d->fold.data + ws, we - ws) >= 0;
}

/* "16 of its Ethiopian staff were detained", "about 70 truck drivers working for the agency were detained", "más de
 * 20 clérigos, académicos y escritores han sido detenidos": a bare figure followed in its clause by words no lexicon
 * knows (a noun phrase the rules have no noun for) and then a passive verb phrase (auxiliaries from aux_words, one of
 * them from passive_words, or an event word that opens with one: "foram presos") is the subject of that event word.
 * The words between may hold names and pronouns, but no other figure, event word, reporting verb, date, clause
 * break or relative word (lexicon relative_words: "who", "que", "onde"), so the figure is not the object of another
 * verb ("killed 20 people whose relatives were detained"). Returns the event word, or NULL. */
static const xd_mention *S_passive_subject(const S_ctx *c, size_t k, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    const xd_mention *n = &d->ments[k];
    const xd_mention *tr = NULL;
    for (size_t q = k + 1; q < mb && !tr; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->start < n->end)
            continue;
        if (m->start - n->end > 72)
            return NULL;
        switch (m->kind) {
        case XP_ACTOR:
        case XP_PRONOUN:
        case XP_TITLE:
        case XP_VETO:
            continue;
        case XP_SUBJECT:
            /* a noun of ours would have made the figure a count already, unless it is the participle itself
             * ("fueron detenidos": noun and event word at once) */
            if (m->event >= 0 && m->event != XD_EVENT_NONE &&
                !(q + 1 < mb && d->ments[q + 1].kind == XP_TRIGGER && d->ments[q + 1].start == m->start))
                return NULL;
            continue;
        case XP_TRIGGER:
            if (m->event < 0 || m->event == XD_EVENT_NONE)
                return NULL;
            tr = m;
            break;
        default:
            return NULL;
        }
    }
    if (!tr || S_has_object(c, tr, ma, mb))
        return NULL;
    /* back from the event word over the auxiliaries; the event word may open with one itself */
    size_t fs = S_fold_at(d, n->end), fe = S_fold_at(d, tr->start), ft = S_fold_at(d, tr->end);
    int passive = 0, aux = 0;
    {
        size_t ts = fe, te = fe;
        while (te < ft && !S_is_space(d->fold.data[te]))
            te++;
        passive = te < ft && S_fold_word_in(d, "passive_words", ts, te);
    }
    size_t np_end = fe; /* fold offset where the noun phrase ends and the auxiliaries begin */
    for (;;) {
        size_t e = np_end;
        while (e > fs && S_is_space(d->fold.data[e - 1]))
            e--;
        size_t b = e;
        while (b > fs && !S_is_space(d->fold.data[b - 1]))
            b--;
        if (b == e || aux >= 5 || !S_fold_word_in(d, "aux_words", b, e))
            break;
        if (S_fold_word_in(d, "passive_words", b, e))
            passive = 1;
        aux++;
        np_end = b;
    }
    if (!passive || np_end <= fs)
        return NULL;
    /* the noun phrase: words (commas between them allowed), none of them a relative word */
    int words = 0;
    for (size_t f = fs; f < np_end;) {
        while (f < np_end && (S_is_space(d->fold.data[f]) || d->fold.data[f] == ','))
            f++;
        size_t ws = f;
        while (f < np_end && !S_is_space(d->fold.data[f]) && d->fold.data[f] != ',') {
            unsigned char ch = (unsigned char)d->fold.data[f];
            if (!((ch >= 'a' && ch <= 'z') || ch >= 0x80 || ch == '-' || ch == '\''))
                return NULL;
            f++;
        }
        if (f == ws)
            break;
        if (S_fold_word_in(d, "relative_words", ws, f))
            return NULL;
        words++;
    }
    return words > 0 && words <= 9 ? tr : NULL;
}

/* "27 relatives of residents of Portugal who were detained in Iran", "12 soldados que fueron capturados": people who
 * are none of ours take an event word after them when a relative clause of their noun says it in the passive (a
 * relative word from relative_words, then only auxiliaries, one of them from passive_words, or an event word that
 * opens with one: "foram detidos"), with no punctuation and at most six words between the noun and the event word. */
static int S_relative_passive(const S_ctx *c, const S_count *cnt, const xd_mention *tr)
{
    const extract_doc *d = c->d;
    if (!cnt->subject || tr->start < cnt->subject->end || tr->event < 0 || tr->event == XD_EVENT_NONE)
        return 0;
    size_t fs = S_fold_at(d, cnt->subject->end), fe = S_fold_at(d, tr->start), ft = S_fold_at(d, tr->end);
    int words = 0, rel = 0, passive = 0;
    for (size_t f = fs; f < fe;) {
        while (f < fe && S_is_space(d->fold.data[f]))
            f++;
        size_t ws = f;
        while (f < fe && !S_is_space(d->fold.data[f])) {
            if (strchr(",;:()\"", d->fold.data[f]))
                return 0;
            f++;
        }
        if (f == ws)
            break;
        if (++words > 6)
            return 0;
        if (S_fold_word_in(d, "relative_words", ws, f))
            rel = 1, passive = 0;
        else if (rel && S_fold_word_in(d, "passive_words", ws, f))
            passive = 1;
        else if (rel && !S_fold_word_in(d, "aux_words", ws, f))
            return 0; /* "who arrested", "que detuvieron a": an active verb, the people did it */
    }
    if (!rel)
        return 0;
    size_t te = fe;
    while (te < ft && !S_is_space(d->fold.data[te]))
        te++;
    return passive || (te < ft && S_fold_word_in(d, "passive_words", fe, te));
}

/* The event word of a passive relative clause of a count's noun (S_relative_passive): the first event word after
 * the noun in its clause, or NULL. */
static const xd_mention *S_relative_trigger(const S_ctx *c, const S_count *cnt, size_t ma, size_t mb)
{
    if (!cnt->subject || cnt->subject->start < cnt->num->end)
        return NULL;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start < cnt->subject->end)
            continue;
        if (m->kind == XP_CLAUSE || m->start - cnt->subject->end > 80 || (S_num(m) && m != cnt->num))
            return NULL;
        if (m->kind == XP_TRIGGER)
            return S_relative_passive(c, cnt, m) ? m : NULL;
    }
    return NULL;
}

/* How many sentences back a question may stand from the figure that answers it. */
#define S_ASK_REACH 3

/* "How many political prisoners does Nicaragua have today? — By our count, at least 570", "Asked how many people
 * were still behind bars, he put the figure at roughly 30", "¿Cuántos siguen presos hoy?": the first figure after a
 * question word (lexicon question_words), in its sentence or in a question ('?') up to S_ASK_REACH sentences
 * before in its paragraph or the one before, answers it, and the event word the question asks about (the first
 * after the question word in its sentence; else its people noun) is its event. Returns that event + 1, or 0 when
 * the figure answers no such question (another figure came between, or the question names no event). k is the
 * figure's mention index. */
static int S_question_event(S_ctx *c, size_t k)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    const xd_mention *n = &d->ments[k];
    size_t si = n->sent;
    int para = d->sents[si].para;
    for (size_t sj = si + 1; sj-- > 0 && sj + S_ASK_REACH >= si;) {
        const xd_sentence *s = &d->sents[sj];
        if (s->para + 1 < para)
            break;
        size_t at = s->ask_at;
        if (at == SIZE_MAX || (sj == si && at >= n->start))
            continue;
        /* a sentence before must ask it ("He did not say how many remained held" asks nobody) */
        if (sj != si) {
            size_t e = s->end;
            while (e > s->start && (S_is_space(t[e - 1]) || t[e - 1] == '"' || t[e - 1] == ')'))
                e--;
            if (e == s->start || t[e - 1] != '?')
                return 0;
        }
        /* back from the figure to the question word: no other figure between; the event word asked about
         * ("How many prisoners have been freed?" asks about releases), else the noun's ("How many political
         * prisoners are there?") */
        size_t qa, qb;
        S_range(c, sj, &qa, &qb);
        int event = -1, noun = -1;
        for (size_t q = k; q-- > qa;) {
            const xd_mention *m = &d->ments[q];
            if (m->start < at)
                break;
            if (S_num(m))
                return 0; /* another figure answered it */
            if (q >= qb || m->event < 0 || m->event == XD_EVENT_NONE)
                continue;
            if (m->kind == XP_TRIGGER)
                event = m->event; /* going back: the first after the question word is the last seen */
            else if (m->kind == XP_SUBJECT && !m->role)
                noun = m->event;
        }
        return (event >= 0 ? event : noun) + 1;
    }
    return 0;
}

/* "los presos vinculados a los disturbios son ya «menos de 300»", "os detidos levados ao estádio foram menos de
 * 200", "the detainees held in the stadium were fewer than 200": a bare figure right after a copula (lexicon
 * copula_words, possibly with an adverb: "son ya") whose subject, in its clause, is a definite people noun or event
 * word ("los presos", "the detainees") counts those people. Returns that noun or word, or NULL. */
static const xd_mention *S_predicate_of(const S_ctx *c, size_t ma, size_t k, size_t lead)
{
    static const char *const art[] = {"los", "las", "os", "as", "the"};
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[d->ments[k].sent].start, pos = lead;
    for (;;) { /* spaces and quotation marks (", «, “) */
        if (pos > lo && (S_is_space(t[pos - 1]) || t[pos - 1] == '"'))
            pos--;
        else if (pos >= lo + 2 && (unsigned char)t[pos - 2] == 0xC2 && (unsigned char)t[pos - 1] == 0xAB)
            pos -= 2;
        else if (pos >= lo + 3 && (unsigned char)t[pos - 3] == 0xE2 && (unsigned char)t[pos - 2] == 0x80 &&
                 ((unsigned char)t[pos - 1] == 0x9C || (unsigned char)t[pos - 1] == 0x98))
            pos -= 3;
        else
            break;
    }
    const xd_mention *best = NULL;
    for (size_t q = k; q-- > ma;) {
        const xd_mention *m = &d->ments[q];
        if (m->end > pos)
            continue;
        if (S_num(m) || m->kind == XP_CLAUSE || m->kind == XP_CUE || pos - m->end > 90)
            break;
        if ((m->kind != XP_TRIGGER && m->kind != XP_SUBJECT) || m->role || m->event < 0 || m->event == XD_EVENT_NONE)
            continue;
        if (best && m->start == best->start && m->kind == XP_TRIGGER)
            best = m; /* "detenidos" is a noun and an event word: the event word */
        if (best)
            continue;
        /* a definite article right before it */
        size_t b = m->start, f, fe;
        while (b > lo && S_is_space(t[b - 1]))
            b--;
        fe = b;
        while (b > lo && ((t[b - 1] >= 'a' && t[b - 1] <= 'z') || (t[b - 1] >= 'A' && t[b - 1] <= 'Z')))
            b--;
        int def = 0;
        for (size_t r = 0; r < sizeof art / sizeof *art && !def; r++)
            def = fe - b == strlen(art[r]) && strncasecmp(t + b, art[r], fe - b) == 0;
        /* "los que siguen presos": the article before a relative word */
        if (!def && fe - b == 3 && strncasecmp(t + b, "que", 3) == 0) {
            f = b;
            while (f > lo && S_is_space(t[f - 1]))
                f--;
            size_t g = f;
            while (g > lo && t[g - 1] >= 'a' && t[g - 1] <= 'z')
                g--;
            for (size_t r = 0; r < sizeof art / sizeof *art && !def; r++)
                def = f - g == strlen(art[r]) && strncmp(t + g, art[r], f - g) == 0;
        }
        if (!def)
            continue;
        for (size_t x = m->end; x < pos; x++)
            if (t[x] == ',' || t[x] == ';' || t[x] == ':' || t[x] == '(')
                return NULL;
        if (!S_words_before(c, "copula_words", m->end, pos, S_LOWER))
            return NULL;
        best = m;
    }
    return best;
}

/* Whether the word right after pos is a content word no lexicon knows: lower case letters only, at least four
 * bytes, no mention starting there, and not a function word (stopwords, aux_words, relative_words) - the noun of
 * the things a bare figure counts ("2.000 fojas"). */
static int S_unknown_noun_after(const S_ctx *c, const xd_mention *n, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t pos = n->end, send = d->sents[n->sent].end;
    while (pos < send && S_is_space(t[pos]))
        pos++;
    size_t e = pos;
    while (e < send && ((t[e] >= 'a' && t[e] <= 'z') || (unsigned char)t[e] >= 0x80))
        e++;
    if (e - pos < 4 || (e < send && !S_is_space(t[e]) && !strchr(",.;:", t[e])))
        return 0;
    for (size_t q = (size_t)(n - d->ments); q < mb && d->ments[q].start <= pos; q++)
        if (d->ments[q].start == pos)
            return 0;
    (void)ma;
    size_t fs = S_fold_at(d, pos), fe = S_fold_at(d, e);
    return !S_fold_word_in(d, "stopwords", fs, fe) && !S_fold_word_in(d, "aux_words", fs, fe) &&
           !S_fold_word_in(d, "relative_words", fs, fe);
}

/* "liberó el jueves a 37 acusados", "freed on Thursday 37 prisoners", "libertou na quinta-feira 37 presos": a date
 * between an event verb and its object is an adjunct of the verb. From pos, passes over spaces and the dates that
 * follow one another there, before `lead` (a comma ends the verb's phrase); returns where the rest begins. */
static size_t S_past_dates(const S_ctx *c, size_t ma, size_t mb, size_t pos, size_t lead)
{
    const char *t = c->d->text.text;
    size_t at = pos;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start >= lead)
            break; /* mentions are in text order: only those between the verb and the count */
        if (m->kind != XP_DATE || m->start < at || m->end > lead)
            continue;
        size_t x = at;
        while (x < m->start && S_is_space(t[x]))
            x++;
        if (x != m->start)
            break;
        at = m->end;
        while (at < lead && S_is_space(t[at]))
            at++;
    }
    return at;
}

static int S_make_count(S_ctx *c, size_t k, size_t ma, size_t mb, S_count *out)
{
    extract_doc *d = c->d;
    const char *t = d->text.text;
    const xd_mention *n = &d->ments[k];
    memset(out, 0, sizeof *out);
    out->num = n;
    out->event = -1;
    out->qual = S_qualifier_of(c, n, ma, mb);
    size_t lead = out->qual ? out->qual->start : n->start; /* start of the count phrase, qualifier included */
    /* the qualifier is known first: "the prison population stood at about 11,000" frames "about 11,000" */
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->kind == XP_SUBJECT && !m->role && m->start >= n->end && !out->subject &&
            (S_gap_words(t, n->end, m->start, 2, 24) || S_noun_gap(d, n->end, m->start)))
            out->subject = m;
        /* "166 militares presos políticos": a noun for people who are none of ours (soldiers, deputies, voters)
         * followed by one that is says who is counted */
        else if (m->kind == XP_SUBJECT && !m->role && out->subject && out->subject->event == XD_EVENT_NONE &&
                 m->event >= 0 && m->event != XD_EVENT_NONE && m->start >= out->subject->end &&
                 S_gap_words(t, out->subject->end, m->start, 1, 8))
            out->subject = m;
        /* a phrase that takes in the qualifier ("up from roughly 39,000") frames the number itself */
        size_t to = m->end <= lead ? lead : n->start;
        if (m->kind == XP_SUBJECT && m->role && m->end <= to && S_gap_words(t, m->end, to, 0, 2))
            out->subject = m;
    }
    /* "acompañados por los dos hijos", "freed by 20 soldiers": people after the agent of a passive did it */
    for (size_t q = k; q-- > ma && d->ments[q].start + 40 >= lead;) {
        const xd_mention *m = &d->ments[q];
        if (m->kind == XP_AGENT && m->end <= lead && S_gap_words(t, m->end, lead, 1, 5)) {
            S_trace(c, "number %lld: the agent of a passive, not the people it happened to", (long long)n->value);
            return 0;
        }
    }
    if (!(out->subject && out->subject->role)) {
        int part = S_partitive_count(c, ma, mb, out, lead);
        if (part)
            return part > 0;
    }
    int best_rank = 4;
    size_t group_end = 0;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->kind != XP_TRIGGER)
            continue;
        size_t tail = out->subject && out->subject->start > n->start ? out->subject->end : n->end;
        /* "liberaron a 24", "the release of 80", "24 excarcelaciones", "24 liberados" */
        int in_noun = out->subject && m->start >= out->subject->start && m->end <= out->subject->end;
        /* "más de 200 muertes de detenidos", "16 killed protesters": a word inside the count phrase, between
         * the number and its noun */
        int inside = out->subject && out->subject->start > n->end && m->start >= n->end && m->end <= out->subject->start;
        /* a word that is another figure's own noun ("130 mortos e 3.636 detidos") governs nothing after it */
        size_t from_verb = m->end <= lead && lead - m->end <= 80 ? S_past_dates(c, q + 1, mb, m->end, lead) : m->end;
        int before = m->end <= lead && S_gap_words(t, from_verb, lead, 1, 6) && !S_only_conjunction(t, m->end, lead) &&
                     !S_only_conjunction(t, from_verb, lead) &&
                     !S_noun_of_number(c, ma, mb, m, n);
        /* "handed over 252 men": an event phrase that takes in what looked like a qualifier governs the count */
        if (out->qual && m->start < lead && m->end > lead && m->end <= n->start) {
            before = 1;
            out->qual = NULL;
            lead = n->start;
        }
        /* "taken 290 people into custody": an event phrase around the count governs it */
        if (m->start < n->start && m->end > n->end)
            before = 1;
        if (S_words_before(c, "time_words", d->sents[n->sent].start, m->start, S_LOWER))
            continue; /* "245 political prisoners before the release" */
        /* "há 300 mães de soldados", "había 1.350 agentes desplegados": a word saying people are there says nothing
         * of people who are none of ours */
        if (xp_attr_get(m->rule, "state") && m->end <= lead && out->subject &&
            (S_noun_of_other(d, n->end, out->subject) || out->subject->event == XD_EVENT_NONE))
            continue;
        /* "sus expedientes suman más de 2.000 fojas", "contabiliza cinco profissionais de imprensa feridos": a verb
         * of tallying before a figure followed by a noun no lexicon knows counts those things, not our people */
        if (before && !out->subject && xp_attr_get(m->rule, "tally") && S_unknown_noun_after(c, n, ma, mb))
            continue;
        int group = S_group_word(c, ma, mb, m, n->end);
        if (group)
            group_end = m->end;
        /* "two of those pardoned were taken back into custody": what follows the group says what happened */
        size_t from = group_end && m->start >= group_end ? group_end : tail;
        /* "1,280 arrests and 796 charges": an event noun right after the bare figure is its own, whatever follows */
        int own = !out->subject && m->start >= n->end && S_gap_words(t, n->end, m->start, 0, 2);
        int after = m->start >= from && (S_gap_words(t, from, m->start, 2, 24) || S_aux_gap(c, from, m->start)) &&
                    (own || !S_has_object(c, m, ma, mb)) && !group;
        /* soldiers, deputies, voters: only an event word right after the noun, or after its auxiliary, makes them
         * ours ("40 soldados siguen presos", "40 soldiers were still held"); "20.000 militares y policías siguen
         * desplegados" counts no one we count */
        if (after && out->subject && out->subject->event == XD_EVENT_NONE && m->event == EXTRACT_EVENT_HELD &&
            !S_gap_words(t, tail, m->start, 1, 8))
            after = 0;
        if (!in_noun && !inside && !before && !after)
            continue;
        /* Several event words touch the count: the governing word before it ("la liberación de 225
         * detenidos") beats the noun itself ("173 liberaciones"), which beats a later verb; words that only
         * say people exist ("hay", "contabiliza") come last. */
        int rank = m->event == EXTRACT_EVENT_HELD ? 3 : before ? 0 : (in_noun || inside || S_gap_words(t, tail, m->start, 0, 1)) ? 1 : 2;
        if (inside && m->event == XD_EVENT_NONE)
            rank = -2; /* "200 muertes de detenidos" count deaths */
        /* "hoy hay cuatro detenidos", "there are 40 detainees": a word saying people are in a state now, right
         * before the count, says what is counted (held), whatever the noun's own event word says */
        if (m->event == EXTRACT_EVENT_HELD && before && xp_attr_get(m->rule, "state"))
            rank = -1;
        if (!out->trigger || rank < best_rank) {
            out->trigger = m;
            best_rank = rank;
        }
        out->adjacent = 1;
    }
    /* "there are 30 political prisoners among them": a word for a state says nothing of the group */
    if (out->subject && (!out->adjacent || (out->trigger && xp_attr_get(out->trigger->rule, "state")))) {
        size_t cs = n->start, ce = out->subject->start >= n->end ? out->subject->end : n->end;
        const xd_mention *pr = S_right_after(c, ma, mb, ce, XP_PRONOUN);
        out->among = cs < ce && pr && S_partitive_pronoun(c, pr);
    }
    if (out->subject && S_among_before(c, ma, mb, k, lead))
        out->among = 1;
    if (out->subject || out->adjacent)
        return 1;
    const xd_mention *pv = S_passive_subject(c, k, ma, mb);
    if (pv) {
        out->trigger = pv;
        out->adjacent = 1;
        S_trace(c, "number %lld: the subject of \"%.*s\" (a noun phrase, then a passive)", (long long)n->value,
                (int)(pv->end - pv->start), t + pv->start);
        return 1;
    }
    /* "Foro Penal solo había confirmado 156 y…", "Romero elevó a 104 la cifra": a bare figure that a reporting
     * verb or a word for "the figure" frames counts the people the text is about; its event comes from the
     * sentence or from the figure before it. */
    int ends_phrase = S_ends_phrase(c, n, ma, mb);
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        int framed = ends_phrase && m->end <= lead &&
                     ((m->kind == XP_CUE && S_gap_words(t, m->end, lead, 1, 4)) ||
                      (m->kind == XP_PRONOUN && m->role == XD_REF_CLAIM && S_gap_words(t, m->end, lead, 1, 6)));
        if (framed) {
            out->anaphoric = 1;
            return 1;
        }
    }
    /* "a las que añadía otras 187", "and another 40": a figure marked as more of the same after a figure of the
     * sentence counts the same people */
    if (out->qual && xp_attr_get(out->qual->rule, "other"))
        for (size_t q = ma; q < k; q++)
            if (S_num(&d->ments[q])) {
                out->anaphoric = 1;
                return 1;
            }
    const xd_mention *ph = S_article_phrase(c, ma, mb, n);
    if (ph) {
        out->trigger = ph;
        out->anaphoric = 1;
        return 1;
    }
    if (S_number_of_before(c, ma, mb, k, lead)) {
        out->anaphoric = 1;
        return 1;
    }
    const xd_mention *pm = S_predicate_of(c, ma, k, lead);
    if (pm) {
        if (pm->kind == XP_TRIGGER)
            out->trigger = pm;
        else
            out->subject = pm;
        S_trace(c, "number %lld: what \"%.*s\" number (a figure after a copula)", (long long)n->value,
                (int)(pm->end - pm->start), t + pm->start);
        return 1;
    }
    out->asked = S_question_event(c, k);
    if (!out->asked)
        return 0;
    /* not a whole named again ("Das 89, 85 foram soltas"), nor a figure the text already gave */
    for (size_t q = k; q-- > ma && d->ments[q].start + 40 >= lead;)
        if (d->ments[q].kind == XP_PARTITIVE && d->ments[q].end <= lead && S_gap_words(t, d->ments[q].end, lead, 0, 2))
            out->asked = 0;
    for (size_t q = 0; q < d->n_claims && out->asked; q++)
        if (d->claims[q].count == n->value)
            out->asked = 0;
    return out->asked != 0;
}

/* "1,579 were detained; around 40 of them were later told they would face prosecution", "más de 200 detenidas;
 * 26 de ellas denunciaron agresiones": a part of the people counted before ("of them", "de ellas") whose own verb
 * is a reporting one or one of something else (the first event or reporting word after the pronoun, in its
 * clause) is counted for what it said or suffered, not for the event of the whole. */
static int S_part_does_other(S_ctx *c, const xd_mention *n, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    const xd_mention *pro = NULL;
    for (size_t q = ma; q < mb && !pro; q++)
        if (S_partitive_pronoun(c, &d->ments[q]) && d->ments[q].start >= n->end &&
            S_gap_words(d->text.text, n->end, d->ments[q].start, 0, 2))
            pro = &d->ments[q];
    if (!pro || S_part_ends(c, pro->end, d->sents[n->sent].end))
        return 0;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->start < pro->end)
            continue;
        if (m->kind == XP_CLAUSE || m->start - pro->end > 40)
            return 0;
        if (m->kind == XP_TRIGGER && m->event != XD_EVENT_NONE)
            return 0;
        if (m->kind == XP_CUE || (m->kind == XP_TRIGGER && m->event == XD_EVENT_NONE)) {
            S_trace(c, "count %lld: a part of the group before it that did something else (\"%.*s\")",
                    (long long)n->value, (int)(m->end - m->start), d->text.text + m->start);
            return 1;
        }
    }
    return 0;
}

/* "El Gobierno habla de 116 liberados, pero nosotros solo hemos podido confirmar 56.", "the ministry speaks of
 * 300 detainees, but our lawyers alone have assisted more than 350": a bare figure closing the clause that
 * answers a count across a clause break counts the same people (its event comes from that count). */
static int S_contrast_count(S_ctx *c, const S_count *prev, size_t k, size_t ma, size_t mb, S_count *out)
{
    const extract_doc *d = c->d;
    const xd_mention *n = &d->ments[k];
    if (!S_ends_phrase(c, n, ma, mb))
        return 0;
    int brk = 0;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->start >= prev->num->end && m->end <= n->start) {
            if (S_num(m) && m != n)
                return 0; /* another figure between: this one answers that one, if any */
            brk |= m->kind == XP_CLAUSE;
        }
    }
    if (!brk)
        return 0;
    if (S_part_does_other(c, n, ma, mb))
        return 0;
    memset(out, 0, sizeof *out);
    out->num = n;
    out->event = -1;
    out->qual = S_qualifier_of(c, n, ma, mb);
    out->anaphoric = 1;
    out->answers = prev;
    S_trace(c, "count %lld: a figure answering the count before it", (long long)n->value);
    return 1;
}

/* Distance in bytes between a count phrase [s,e) and a mention (0 when they touch or overlap). */
static size_t S_distance(size_t s, size_t e, const xd_mention *m)
{
    return m->end <= s ? s - m->end : m->start >= e ? m->start - e : 0;
}

/* Start and end of a count phrase: the number and the people noun after it. */
static void S_count_span(const S_count *cnt, size_t *s, size_t *e)
{
    *s = cnt->num->start;
    *e = cnt->subject && cnt->subject->start >= cnt->num->end ? cnt->subject->end : cnt->num->end;
}

/* Whether two count phrases are coordinated ("13 reféns israelenses e quatro cidadãos tailandeses"): only
 * a comma, dash or conjunction and a few words between them, and no verb. */
static int S_coordinated(const S_ctx *c, size_t ma, size_t mb, size_t a, size_t b)
{
    if (b < a || b - a > 60)
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if ((m->kind == XP_CUE || m->kind == XP_TRIGGER || m->kind == XP_CLAUSE) && m->start < b && m->end > a)
            return 0;
    }
    const char *t = c->d->text.text;
    /* "40 detidos que atendi no domingo, 33": a relative clause has a verb of its own */
    static const char *const rel[] = {"que", "who", "whom", "which", "that", "quienes", "cuyos"};
    for (size_t i = a; i < b; i++)
        for (size_t r = 0; r < sizeof rel / sizeof *rel; r++) {
            size_t n = strlen(rel[r]);
            if (i + n <= b && strncmp(t + i, rel[r], n) == 0 && (i == a || S_is_space(t[i - 1])) &&
                (i + n == b || S_is_space(t[i + n]) || t[i + n] == ','))
                return 0;
        }
    for (size_t i = a; i < b; i++)
        if (t[i] == ',' || t[i] == '-' || (i + 1 < b && S_is_space(t[i]) && (t[i + 1] == 'y' || t[i + 1] == 'e') &&
                                            i + 2 < b && S_is_space(t[i + 2])) ||
            (i + 4 < b && strncmp(t + i, " and ", 5) == 0) || (unsigned char)t[i] == 0xE2)
            return 1;
    return 0;
}

/* The nearest event word in the sentence that no other count stands between, and, for a count whose noun
 * implies its own event ("800 political prisoners"), only one no other count is closer to. */
static const xd_mention *S_cue_between(const S_ctx *c, size_t ma, size_t mb, size_t a, size_t b);

/* "2 mil pessoas presas desde abril, e a grande maioria foi liberada", "la mayoría fueron liberados", "most were
 * released the same day": an event word whose subject is a part of the people (lexicon part_words, possibly with
 * auxiliaries between: aux_words) says what happened to that part, not to the figure before it. */
static int S_part_subject(const S_ctx *c, const xd_mention *m)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[m->sent].start, p = m->start;
    for (int n = 0; n < 4; n++) {
        if (S_words_before(c, "part_words", lo, p, S_ANY_CASE))
            return 1;
        size_t e = p;
        while (e > lo && S_is_space(t[e - 1]))
            e--;
        size_t b = e;
        while (b > lo && !S_is_space(t[b - 1]))
            b--;
        if (b == e || !S_fold_word_in(d, "aux_words", S_fold_at(d, b), S_fold_at(d, e)))
            return 0;
        p = b;
    }
    return 0;
}

static const xd_mention *S_nearest_trigger(S_ctx *c, const S_count *counts, size_t n_counts, size_t i, size_t ma,
                                           size_t mb, size_t *dist)
{
    const S_count *cnt = &counts[i];
    const xd_mention *best = NULL, *across = NULL;
    size_t bd = SIZE_MAX, ad = SIZE_MAX, cs, ce;
    S_count_span(cnt, &cs, &ce);
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->kind != XP_TRIGGER || (m->start < cnt->num->end && m->end > cnt->num->start))
            continue;
        /* "130 mortos e 3.636 detidos": another figure's own noun is not this count's event word */
        if (S_noun_of_number(c, ma, mb, m, cnt->num))
            continue;
        /* "cifró en unas 200 las personas detenidas y anunció el envío de ocho médicos": nor is a word inside
         * another count's people noun */
        int owned = 0;
        for (size_t j = 0; j < n_counts && !owned; j++)
            owned = j != i && counts[j].subject && counts[j].subject->start >= counts[j].num->end &&
                    m->start >= counts[j].subject->start && m->end <= counts[j].subject->end;
        if (owned)
            continue;
        if (S_group_word(c, ma, mb, m, cnt->num->end) ||
            S_words_before(c, "time_words", c->d->sents[cnt->num->sent].start, m->start, S_LOWER))
            continue;
        if (m->start >= ce && S_part_subject(c, m))
            continue;
        size_t dd = S_distance(cs, ce, m);
        size_t lo = m->end <= cs ? m->end : ce, hi = m->end <= cs ? cs : m->start;
        int blocked = 0;
        for (size_t j = 0; j < n_counts && !blocked; j++) {
            if (j == i)
                continue;
            size_t os, oe;
            S_count_span(&counts[j], &os, &oe);
            if (os >= lo && oe <= hi && hi > lo && m->end <= cs)
                blocked = 1; /* another count stands between the event word and this later count */
            /* "Of the 54 people we follow, only 11 have been let out": a count between this one and a later
             * event word takes it, unless the two are coordinated ("24 presos y 30 activistas fueron liberados") */
            else if (os >= lo && oe <= hi && hi > lo && m->start >= ce && !(S_coordinated(c, ma, mb, ce, os) && os - ce <= 40))
                blocked = 1;
            else if (cnt->subject && cnt->subject->event >= 0 && S_distance(os, oe, m) < dd &&
                     !S_coordinated(c, ma, mb, ce <= os ? ce : oe, ce <= os ? os : cs))
                blocked = 1;
        }
        /* "la Comisión, que asiste a parte de los arrestados, asegura que 33 personas pasaron la noche en los
         * calabozos": a word before the reporting verb describes its speaker; the count's own clause comes first */
        if (!blocked && m->end <= cs && S_cue_between(c, ma, mb, m->end, cs)) {
            if (dd < ad)
                ad = dd, across = m;
        } else if (!blocked && dd < bd)
            bd = dd, best = m;
    }
    if (!best)
        best = across, bd = ad;
    *dist = bd;
    return best;
}

/* How many sentence starts lie after offset a up to offset b (a <= b), or the other way round. */
static size_t S_sentences_apart(const extract_doc *d, size_t a, size_t b)
{
    if (a > b) {
        size_t x = a;
        a = b;
        b = x;
    }
    size_t lo = 0, hi = d->n_sents;
    while (lo < hi) { /* the first sentence starting after a */
        size_t mid = lo + (hi - lo) / 2;
        if (d->sents[mid].start <= a)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t n = 0;
    for (size_t k = lo; k < d->n_sents && d->sents[k].start <= b && n < 3; k++)
        n++;
    return n;
}

/* How many earlier claims the duplicate and stance checks look at (the first ones, and the latest ones). */
#define S_LOOKBACK 256

/* Whether the claim comes from a subheading inside the body (segment.c), found by its evidence sentence. */
static int S_from_subhead(const S_ctx *c, const extract_claim *cl)
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

static int S_add_claim(S_ctx *c, const extract_claim *cl)
{
    extract_doc *d = c->d;
    /* Headlines, captions and subheadings restate figures the body gives with its source: the body's record
     * replaces theirs, and a caption or subheading repeating a figure already given adds nothing. A subheading
     * is one of many in the body, so it gives way only to the same figure for the same event. */
    int sub = S_from_subhead(c, cl);
    int restating = strcmp(cl->section, "body") != 0 || sub;
    /* Headlines and captions open a document; a repeated figure is usually near its first mention. Looking
     * back a bounded number of claims keeps a document of thousands of figures linear. */
    size_t from = d->n_claims > S_LOOKBACK ? d->n_claims - S_LOOKBACK : 0;
    for (size_t i = 0; i < d->n_claims && i < S_LOOKBACK; i++) {
        extract_claim *o = &d->claims[i];
        if (o->count != cl->count)
            continue;
        int o_sub = S_from_subhead(c, o);
        if ((strcmp(o->section, "body") != 0 || (o_sub && o->event == cl->event)) && !restating) {
            S_trace(c, "= replaces the %s's record of the same figure", o_sub ? "subheading" : o->section);
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
            S_trace(c, "= a %s repeating a figure already given", sub ? "subheading" : "caption");
            return 0;
        }
    }
    /* The same figure for the same event from the same source is one claim, however often it is repeated;
     * what a later mention adds (a date the first one lacked) completes the first. */
    for (size_t i = from; i < d->n_claims; i++) {
        extract_claim *o = &d->claims[i];
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
            S_trace(c, "= duplicate of an earlier claim, not repeated (its dates complete the first)");
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
            S_sentences_apart(d, o->start, cl->start) > 2)
            continue;
        if (!o->claimant.name) {
            S_trace(c, "= the same figure as the sentence before, now with its source");
            *o = *cl;
        } else {
            S_trace(c, "= the same figure as a sentence just before gave with its source");
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

/* Whether a mention at `off` may speak for a count in quotation q (-1: none). A quotation embedded in one
 * sentence ('X aseguró que "ya van 400"') belongs to that sentence's reporting verb; a quotation running over
 * several sentences only to its own words and its speaker. */
static int S_same_context(const S_ctx *c, long q, size_t off, size_t si)
{
    long mq = S_quote_at(c, off);
    if (q < 0)
        return mq < 0;
    const xd_sentence *s = &c->d->sents[si];
    int embedded = c->quotes[q].open >= s->start && c->quotes[q].close < s->end;
    return mq == q || (embedded && mq < 0);
}

/* Whether a clause break lies between offsets a and b of one sentence. */
static int S_clause_between(const S_ctx *c, size_t ma, size_t mb, size_t a, size_t b)
{
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind == XP_CLAUSE && m->start >= a && m->end <= b)
            return 1;
    }
    return 0;
}

static int S_figure_ref(const xd_mention *m);
static int S_has_number(const S_ctx *c, size_t sj);

/* Whether sentence si opens with an entry of the lexicon `name` (one to three words, any case). */
static int S_opens_with(const S_ctx *c, size_t si, const char *name)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[si].start, hi = c->d->sents[si].end, pos = lo;
    for (int w = 0; w < 3 && pos < hi; w++) {
        while (pos < hi && S_is_space(t[pos]))
            pos++;
        while (pos < hi && !S_is_space(t[pos]) && t[pos] != ',')
            pos++;
        if (S_words_before(c, name, lo, pos, S_ANY_CASE))
            return 1;
    }
    return 0;
}

/* "A junta amnistiou hoje 7.749 presos. A informação foi avançada pela televisão estatal.", "La policía detuvo a 21
 * personas. El balance fue difundido por el portavoz, Luis Mora.": the sentence right after a count (same paragraph,
 * no figure of its own) opens with a word for what was reported (report_words, or a reference to the figure) and
 * names who gave it after an agent word: that is the source of the sentence before. */
static int S_report_back(S_ctx *c, size_t si, extract_actor *out)
{
    extract_doc *d = c->d;
    size_t sn = si + 1;
    if (sn >= d->n_sents || d->sents[sn].para != d->sents[si].para || d->sents[sn].section != XD_SECTION_BODY ||
        d->sents[si].section != XD_SECTION_BODY || S_has_number(c, sn))
        return 0;
    size_t lo = d->sents[sn].start;
    int opens = S_opens_with(c, sn, "report_words");
    size_t a, b;
    S_range(c, sn, &a, &b);
    /* "That is the count of the rights group OVD-Info.", "Es el recuento de la ONG X.", "É a contagem da X.": a
     * reference to the figure after a word or two of lower case (a demonstrative and a copula), then a link word
     * and who made it */
    for (size_t k = a; k < b; k++) {
        const xd_mention *r = &d->ments[k];
        if (!S_figure_ref(r) || r->start > lo + 16 || S_quote_at(c, r->start) >= 0)
            continue;
        size_t w = lo + 1;
        while (w < r->start && !S_is_space(d->text.text[w]))
            w++; /* the capitalised opening word */
        while (w < r->start && S_is_space(d->text.text[w]))
            w++;
        if (w < r->start && !S_lower_words(d->text.text, w, r->start, 1))
            continue;
        for (size_t j = k + 1; j < b; j++) {
            const xd_mention *ac = &d->ments[j];
            if (ac->start < r->end || ac->start - r->end > 8)
                continue;
            size_t we = ac->start; /* "da ONG": a reference may hold its link word */
            while (we < ac->end && !S_is_space(d->text.text[we]))
                we++;
            if ((ac->kind == XP_ACTOR || (ac->kind == XP_PRONOUN && ac->role != XD_REF_CLAIM)) &&
                (S_words_before(c, "link_words", r->end, ac->start, S_LOWER | S_ALL_LANGS) ||
                 (ac->kind == XP_PRONOUN && S_words_before(c, "link_words", ac->start, we, S_LOWER | S_ALL_LANGS))) &&
                S_claimant_from(c, ac, out)) {
                S_trace(c, "claimant %s: the next sentence says whose count it is", out->name);
                return 1;
            }
        }
        break;
    }
    for (size_t k = a; k < b && !opens; k++)
        if (S_figure_ref(&d->ments[k]) && d->ments[k].start <= lo + 1)
            opens = 1;
    if (!opens)
        return 0;
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_AGENT || S_quote_at(c, m->start) >= 0 || S_cue_in_name(c, m))
            continue;
        /* "pelo porta-voz da força de segurança, o subintendente Nuno Carocha": the name closes the phrase */
        const xd_mention *agent = NULL;
        for (size_t j = k + 1; j < b; j++) {
            const xd_mention *ac = &d->ments[j];
            if (ac->start - m->end > 100 || ac->kind == XP_CUE || ac->kind == XP_CLAUSE)
                break;
            if (ac->kind == XP_ACTOR || (ac->kind == XP_PRONOUN && ac->role != XD_REF_CLAIM))
                agent = ac;
        }
        if (agent && S_claimant_from(c, agent, out)) {
            S_trace(c, "claimant %s: the next sentence says who gave the figures", out->name);
            return 1;
        }
        return 0;
    }
    /* "Lo ha anunciado esta mañana el Ministerio del Interior": no agent word, the reporting verb right after the
     * opening and its subject after it, a few words on (a time between) */
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_CUE)
            continue;
        if (m->start > lo + 24 || S_quote_at(c, m->start) >= 0)
            return 0;
        for (size_t j = k + 1; j < b; j++) {
            const xd_mention *ac = &d->ments[j];
            if (ac->start < m->end)
                continue;
            if (ac->start - m->end > 40 || ac->kind == XP_CUE || ac->kind == XP_CLAUSE || S_num(ac))
                break;
            if (ac->kind == XP_ACTOR && S_claimant_from(c, ac, out)) {
                S_trace(c, "claimant %s: the next sentence's reporting verb names who gave the figures", out->name);
                return 1;
            }
        }
        return 0;
    }
    return 0;
}

/* "Segundo a OVD-Info, 5.020 pessoas foram detidas no domingo. Com isso, passa de 13 mil o total de detidos…": a
 * sentence with no reporting verb, source or quotation of its own continues the report of the sentence right before
 * it in the same paragraph, when that one reports outside quotations: the claimant of its last figure, else the
 * actor after its source phrase or its reporting verb's subject. */
static int S_previous_source(S_ctx *c, size_t si, extract_actor *out)
{
    extract_doc *d = c->d;
    if (si == 0 || d->sents[si].section != XD_SECTION_BODY)
        return 0;
    size_t sp = si - 1;
    if (d->sents[sp].para != d->sents[si].para || d->sents[sp].section != XD_SECTION_BODY)
        return 0;
    if (!S_opens_with(c, si, "continue_words"))
        return 0; /* background the journalist adds ("In 2021, 11,000 were detained") is nobody's report */
    size_t a, b;
    S_range(c, si, &a, &b);
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if ((m->kind == XP_CUE && !S_cue_in_name(c, m)) || m->kind == XP_SOURCE || S_quote_at(c, m->start) >= 0)
            return 0; /* a sentence that reports, or quotes, makes its own statement */
    }
    if (d->n_claims && d->claims[d->n_claims - 1].start == d->sents[sp].start) {
        if (!d->claims[d->n_claims - 1].claimant.name)
            return 0;
        *out = d->claims[d->n_claims - 1].claimant;
        S_trace(c, "claimant %s: the sentence before reports, this one continues it", out->name);
        return 1;
    }
    S_range(c, sp, &a, &b);
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if (S_quote_at(c, m->start) >= 0)
            continue;
        if (m->kind == XP_SOURCE) {
            for (size_t j = k + 1; j < b; j++) {
                const xd_mention *ac = &d->ments[j];
                if ((ac->kind == XP_ACTOR || ac->kind == XP_PRONOUN) && ac->start >= m->end &&
                    S_gap_words(d->text.text, m->end, ac->start, 1, 12) && S_claimant_from(c, ac, out)) {
                    S_trace(c, "claimant %s: the sentence before gives the source, this one continues it", out->name);
                    return 1;
                }
            }
            return 0;
        }
        if (m->kind == XP_CUE && !S_cue_in_name(c, m)) {
            if (!S_cue_subject(c, m, out))
                return 0;
            S_trace(c, "claimant %s: the sentence before reports, this one continues it", out->name);
            return 1;
        }
    }
    return 0;
}

/* "22:50 | Yermak: 215 ucranianos vuelven a casa", "OVD-Info: más de 1.300 detenidos", "11:05 - Reuters: 40
 * arrested": a live-blog entry or a headline that opens with a name and a colon gives the words after it as that
 * name's. The name may follow a clock time and a separator (| - – —); a country or a place ("Venezuela: 800
 * presos", place=1) is where, not who, and a name in capitals ("CORRESPONSAL:", "RICARDO MENDONÇA:") labels a
 * speaker of a transcript, who reports rather than claims. Returns 1 with the name when a count at `at` follows
 * such a label. */
static int S_label_speaker(S_ctx *c, size_t si, size_t at, size_t ma, size_t mb, extract_actor *out)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[si].start, hi = c->d->sents[si].end, p = lo;
    while (p < hi && S_is_space(t[p]))
        p++;
    size_t d = p;
    while (d < hi && d - p < 2 && t[d] >= '0' && t[d] <= '9')
        d++;
    if (d > p && d + 3 < hi && (t[d] == ':' || t[d] == '.' || t[d] == 'h') && t[d + 1] >= '0' && t[d + 1] <= '9' &&
        t[d + 2] >= '0' && t[d + 2] <= '9') {
        size_t q = d + 3;
        while (q < hi && S_is_space(t[q]))
            q++;
        if (q < hi && (t[q] == '|' || t[q] == '-'))
            q++;
        else if (q + 2 < hi && (unsigned char)t[q] == 0xE2 && (unsigned char)t[q + 1] == 0x80 &&
                 ((unsigned char)t[q + 2] == 0x93 || (unsigned char)t[q + 2] == 0x94))
            q += 3; /* – — */
        else
            return 0;
        while (q < hi && S_is_space(t[q]))
            q++;
        p = q;
    }
    const xd_mention *a = S_mention_at(c, ma, mb, p, XP_ACTOR);
    if (!a || xp_attr_get(a->rule, "place") || xp_attr_get(a->rule, "document"))
        return 0;
    size_t e = a->end;
    while (e < hi && S_is_space(t[e]))
        e++;
    if (e >= hi || t[e] != ':' || at <= e)
        return 0;
    int lower = 0;
    for (size_t k = a->start; k < a->end && !lower; k++)
        lower = t[k] >= 'a' && t[k] <= 'z';
    if (!lower || !S_claimant_from(c, a, out))
        return 0;
    /* "Confirmado:", "Update:", "Atualização:": one capitalised word the text never gave as part of a full name is
     * a heading word, not a speaker ("Yermak:" after "Andriy Yermak" is) */
    if (a->actor_kind == EXTRACT_KIND_PERSON && !memchr(t + a->start, ' ', a->end - a->start) &&
        (!out->name || !strchr(out->name, ' '))) {
        memset(out, 0, sizeof *out);
        return 0;
    }
    S_trace(c, "claimant %s: the entry opens with the name and a colon", out->name);
    return 1;
}

/* Whether the word before `pos` is an English possessive ("the students' legal team", "the union's lawyers"). */
static int S_possessive_before(const char *t, size_t pos)
{
    while (pos > 0 && S_is_space(t[pos - 1]))
        pos--;
    if (pos >= 2 && ((t[pos - 1] == '\'' && t[pos - 2] == 's') || (t[pos - 2] == '\'' && t[pos - 1] == 's')))
        return 1;
    /* the typographic apostrophe (U+2019) */
    return (pos >= 4 && (unsigned char)t[pos - 3] == 0x80 && (unsigned char)t[pos - 2] == 0x99 && t[pos - 1] == 's' &&
            (unsigned char)t[pos - 4] == 0xE2) ||
           (pos >= 4 && (unsigned char)t[pos - 2] == 0x80 && (unsigned char)t[pos - 1] == 0x99 &&
            (unsigned char)t[pos - 3] == 0xE2 && t[pos - 4] == 's');
}

/* Whether the reporting verb `cue` stands in a clause of time opened after position a: a `when_words` conjunction
 * ("since Friday, when the prison service announced the death", "since President X declared a conflict",
 * "cuando", "desde que", "quando") between a and the verb, with no clause punctuation between it and the verb and
 * no date right after it ("since 2019 the ministry said" is a date, not a clause). Such a verb reports what the
 * clause is about, not a count before it. */
static int S_time_clause(const S_ctx *c, size_t a, const xd_mention *cue)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t ma, mb;
    S_range(c, cue->sent, &ma, &mb);
    for (size_t p = a + 1; p < cue->start; p++) {
        unsigned char prev = (unsigned char)t[p - 1];
        if (!S_is_space(t[p]) || !((prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z') || prev >= 0x80))
            continue;
        if (!S_words_before(c, "when_words", a, p, S_ANY_CASE))
            continue;
        size_t q = p;
        while (q < cue->start && S_is_space(t[q]))
            q++;
        if (S_mention_at(c, ma, mb, q, XP_DATE))
            continue;
        int open = 1;
        for (size_t r = p; r < cue->start && open; r++)
            open = !(t[r] == ',' || t[r] == ';' || t[r] == ':' || t[r] == '.');
        if (open)
            return 1;
    }
    return 0;
}

/* "El vicepresidente de Foro Penal, Gonzalo Himiob, recordó que la organización contabiliza 853", "Su delegado,
 * Eliécer Santamaría, dijo que la institución ha documentado…", "the spokesman said the organisation had recorded
 * 40": when the subject of the verb nearest the count is only a reference to a body ("la organización", "a
 * entidade", "the group"), and that verb is what an earlier verb of the sentence reports (a que/that, or nothing,
 * between that verb and the reference), the person who speaks for the body is the claimant. Returns 1 with that
 * person in *out, else 0 with *out untouched. */
static int S_outer_speaker(S_ctx *c, const xd_mention *cue, size_t ma, size_t mb, long q, size_t si,
                           extract_actor *out)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[si].start;
    if (S_inverted(t, lo, cue->start))
        return 0;
    const xd_mention *ref = S_subject_before(c, cue, ma, mb);
    if (!ref || ref->kind != XP_PRONOUN || (ref->role != XD_REF_ORG && ref->role != XD_REF_GOV) ||
        xp_attr_get(ref->rule, "topic"))
        return 0;
    for (size_t k = mb; k-- > ma;) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind != XP_CUE || m->end > ref->start || !S_same_context(c, q, m->start, si) || S_cue_in_name(c, m))
            continue;
        if (S_clause_between(c, ma, mb, m->end, ref->start))
            return 0;
        size_t g = m->end;
        while (g < ref->start && S_is_space(t[g]))
            g++;
        if (g != ref->start && !S_has_that(t, m->end, ref->start))
            return 0; /* the nearest verb before does not report the clause the reference opens */
        extract_actor who;
        if (!S_cue_subject(c, m, &who) || who.kind != EXTRACT_KIND_PERSON)
            return 0;
        *out = who;
        S_trace(c, "claimant %s: speaks for \"%.*s\", who \"%.*s\"", who.name, (int)(ref->end - ref->start),
                t + ref->start, (int)(cue->end - cue->start), t + cue->start);
        return 1;
    }
    return 0;
}

/* Where a capitalised article right before pos starts ("The Associated Press", "El Tiempo", "O Globo"), not before
 * lo; pos when there is none. */
static size_t S_capital_article_before(const char *t, size_t lo, size_t pos)
{
    static const char *const art[] = {"The ", "El ", "La ", "Los ", "Las ", "O ", "A ", "Os ", "As "};
    for (size_t i = 0; i < sizeof art / sizeof *art; i++) {
        size_t l = strlen(art[i]);
        if (pos >= lo + l && strncmp(t + pos - l, art[i], l) == 0 && (pos == lo + l || S_is_space(t[pos - l - 1])))
            return pos - l;
    }
    return pos;
}

/* Finds the claimant of a count; returns the cue it hangs on (for dates and stance) through *cue_out. */
static int S_claimant(S_ctx *c, const S_count *cnt, size_t ma, size_t mb, extract_actor *out, const xd_mention **cue_out,
                      const char **how)
{
    extract_doc *d = c->d;
    const xd_mention *n = cnt->num;
    long q = S_quote_at(c, n->start);
    *cue_out = NULL;
    /* según X / according to X anywhere in the sentence (outside quotes when the count is outside). */
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_SOURCE || !S_same_context(c, q, m->start, n->sent))
            continue;
        /* "according to data compiled by TRAC": a passive agent within the source phrase names the source */
        const xd_mention *by = NULL;
        size_t from = m->end; /* "segundo o Anuário …, divulgado pelo Fórum": the phrase runs past a publication */
        for (size_t a = ma; a < mb; a++)
            if (d->ments[a].kind == XP_ACTOR && xp_attr_get(d->ments[a].rule, "document") &&
                d->ments[a].start >= m->end && S_gap_words(d->text.text, m->end, d->ments[a].start, 1, 12))
                from = d->ments[a].end;
        for (size_t a = ma; a < mb && !by; a++)
            if (d->ments[a].kind == XP_AGENT && d->ments[a].start >= from && d->ments[a].start - from < 60 &&
                !S_clause_between(c, ma, mb, m->end, d->ments[a].start) && !S_cue_in_name(c, &d->ments[a]))
                by = &d->ments[a];
        /* "segundo familiares ouvidos pela Lusa", "according to relatives interviewed by AFP": an actor right
         * after the source, before the agent, is the source; the agent only reported them */
        for (size_t a = ma; a < mb && by; a++) {
            const xd_mention *ac = &d->ments[a];
            if (ac->kind == XP_ACTOR && ac->start >= m->end && ac->end <= by->start &&
                S_gap_words(d->text.text, m->end, ac->start, 1, 12) && !xp_attr_get(ac->rule, "document"))
                by = NULL;
        }
        /* "según su secretario ejecutivo, Ricardo Montaño,", "according to its director, Ana Ruiz,": a title right
         * after the source word, then the person named in apposition */
        for (size_t a = ma; a < mb && !by; a++) {
            const xd_mention *ti = &d->ments[a];
            if (ti->kind != XP_TITLE || ti->start < m->end || !S_gap_words(d->text.text, m->end, ti->start, 2, 16))
                continue;
            const char *t = d->text.text;
            size_t comma = ti->end;
            while (comma < d->sents[n->sent].end && comma - ti->end < 60 && t[comma] != ',' && t[comma] != '.')
                comma++;
            if (comma < d->sents[n->sent].end && t[comma] == ',') {
                /* "segundo o porta-voz da corporação, coronel Cláudio Lima Freire", "according to the force's
                 * spokesman, Colonel Claude Freire": the apposition may give the person's rank first */
                size_t q = comma + 2;
                S_skip_article(t, &q, d->sents[n->sent].end);
                const xd_mention *rk = S_mention_at(c, ma, mb, q, XP_TITLE);
                if (rk && rk->end + 1 < d->sents[n->sent].end && t[rk->end] == ' ')
                    q = rk->end + 1;
                else
                    q = comma + 2;
                const xd_mention *p = S_mention_at(c, ma, mb, q, XP_ACTOR);
                if (p && p->actor_kind == EXTRACT_KIND_PERSON && S_claimant_from(c, p, out)) {
                    *cue_out = NULL;
                    *how = "source";
                    return 1;
                }
            }
            /* "según un portavoz de la Patrulla de Caminos (CHP), después de…", "according to a spokesman for the
             * Border Patrol": no person named, so the body the title belongs to speaks */
            size_t w0 = ti->end, w1;
            while (w0 < comma && S_is_space(t[w0]))
                w0++;
            for (w1 = w0; w1 < comma && !S_is_space(t[w1]);)
                w1++;
            int linked = w1 > w0 && S_words_before(c, "link_words", ti->end, w1, S_LOWER | S_ALL_LANGS);
            for (size_t b = ma; b < mb && linked; b++) {
                const xd_mention *bo = &d->ments[b];
                if (bo->kind == XP_ACTOR && bo->actor_kind != EXTRACT_KIND_PERSON && bo->start >= ti->end &&
                    S_gap_words(t, ti->end, bo->start, 2, 12) && S_claimant_from(c, bo, out)) {
                    *cue_out = NULL;
                    *how = "source";
                    return 1;
                }
            }
            break;
        }
        /* "segundo o balanço que a Plataforma … tornou público", "según el balance que ofreció el jueves el
         * portavoz …, X": the body or person of a relative clause on the report the source word names */
        size_t rel_at = m->end, rel_end = 0;
        {
            const char *t = d->text.text;
            size_t hi = d->sents[n->sent].end;
            const xd_mention *rc = NULL;
            for (size_t a = ma; a < mb && !rc; a++)
                if (d->ments[a].kind == XP_PRONOUN && d->ments[a].role == XD_REF_CLAIM &&
                    d->ments[a].start >= m->end && S_gap_words(t, m->end, d->ments[a].start, 0, 4))
                    rc = &d->ments[a];
            size_t p = rc ? rc->end : m->end;
            while (p < hi && S_is_space(t[p]))
                p++;
            size_t words_at = p; /* "according to the figures that …": a report noun the rules read no reference in */
            for (int w = 0; !rc && w < 2; w++) {
                size_t q = words_at;
                while (q < hi && !S_is_space(t[q]) && t[q] != ',')
                    q++;
                unsigned char f = (unsigned char)t[words_at];
                if (q == words_at || q >= hi || t[q] != ' ' || !((f >= 'a' && f <= 'z') || f == 0xC3) ||
                    S_relative_word(t, words_at) || strncmp(t + words_at, "that ", 5) == 0)
                    break;
                words_at = q + 1;
            }
            if (words_at > p && (S_relative_word(t, words_at) || strncmp(t + words_at, "that ", 5) == 0))
                rc = m, p = words_at; /* stands for the report: the relative follows its words */
            /* "segundo a qual", "according to which": a relative on the source word itself refers back */
            size_t lw = m->end;
            while (lw > m->start && !S_is_space(t[lw - 1]))
                lw--;
            int on_word = (m->end - lw == 2 && strncmp(t + lw, "to", 2) == 0) ||
                          (m->end - lw == 7 && strncmp(t + lw, "segundo", 7) == 0) ||
                          (m->end - lw == 6 && strncmp(t + lw, "según", 6) == 0) ||
                          (m->end - lw == 8 && strncmp(t + lw, "conforme", 8) == 0);
            size_t rl = rc || (p > m->end && !on_word) ? S_relative_word(t, p) : 0;
            if (!rl && rc && strncmp(t + p, "that ", 5) == 0)
                rl = 5;
            if (rl && (rc || S_gap_words(t, m->end, p, 0, 1))) {
                rel_at = p + rl;
                size_t v = rel_at;
                while (v < hi && !S_is_space(t[v]) && t[v] != ',')
                    v++;
                unsigned char f = (unsigned char)t[rel_at];
                if (v > rel_at && ((f >= 'a' && f <= 'z') || f == 0xC3))
                    rel_end = v;
            }
        }
        for (size_t a = ma; a < mb; a++) {
            const xd_mention *ac = &d->ments[a];
            /* "according to a tally by The Associated Press": a capitalised article the name keeps */
            size_t as = S_capital_article_before(d->text.text, m->end, ac->start);
            int near = by ? ac->start >= by->end && S_gap_words(d->text.text, by->end, as, 1, 6)
                          : S_gap_words(d->text.text, m->end, as, 1, 12) ||
                                (rel_at > m->end && ac->start >= rel_at && S_gap_words(d->text.text, rel_at, as, 1, 6)) ||
                                (ac->start >= m->end + 2 && S_possessive_before(d->text.text, ac->start) &&
                                 S_gap_words(d->text.text, m->end, ac->start, 2, 28));
            if ((ac->kind == XP_ACTOR || ac->kind == XP_PRONOUN) && ac->start >= m->end && near &&
                S_claimant_from(c, ac, out)) {
                *cue_out = NULL; /* "según X" says who, not when */
                *how = "source";
                return 1;
            }
        }
        if (rel_end) {
            /* the relative's verb inverted: its subject follows it, as after a reporting verb */
            xd_mention verb = *m;
            verb.start = rel_at;
            verb.end = rel_end;
            const xd_mention *who = S_subject_after(c, &verb, ma, mb);
            if (who && who->kind == XP_ACTOR && S_claimant_from(c, who, out)) {
                *cue_out = NULL;
                *how = "source";
                return 1;
            }
        }
    }
    /* Verbs before the count, nearest first ("X said it had confirmed 143": "confirmed" has no named subject,
     * "said" has), then the nearest verb after it. */
    const xd_mention *left = NULL, *right = NULL;
    for (size_t k = mb; k-- > ma;) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_CUE || !S_same_context(c, q, m->start, n->sent) || m->end > n->start || S_cue_in_name(c, m))
            continue;
        if (S_clause_between(c, ma, mb, m->end, n->start))
            break;
        if (!left)
            left = m;
        if (S_cue_subject(c, m, out)) {
            S_outer_speaker(c, m, ma, mb, q, n->sent, out); /* the inner verb still dates the figure */
            *cue_out = m;
            *how = "reporting verb before";
            return 1;
        }
    }
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_CUE || !S_same_context(c, q, m->start, n->sent) || m->start < n->end || S_cue_in_name(c, m))
            continue;
        if (S_time_clause(c, n->end, m)) {
            S_trace(c, "\"%.*s\" is in a clause of time after the count: it reports something else",
                    (int)(m->end - m->start), d->text.text + m->start);
            continue;
        }
        /* "…, enquanto os processos de 468 continuam, acrescentou o ministro": a verb closing the sentence after a
         * comma reports all of it, across clause breaks */
        if (!S_clause_between(c, ma, mb, n->end, m->start) || S_inverted(d->text.text, d->sents[n->sent].start, m->start))
            right = m;
        break;
    }
    if (right && S_cue_subject(c, right, out)) {
        *cue_out = right;
        *how = "reporting verb after";
        return 1;
    }
    /* "A su juicio, …", "Na sua opinião, …", "By his account, …": an opinion phrase before the count gives it to
     * whoever has the floor */
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind == XP_PRONOUN && xp_attr_get(m->rule, "opinion") && m->end <= n->start &&
            S_same_context(c, q, m->start, n->sent) && S_claimant_from(c, m, out)) {
            *cue_out = left ? left : right;
            *how = "opinion phrase";
            return 1;
        }
    }
    if (q >= 0) {
        const xd_mention *cue = S_quote_speaker(c, &c->quotes[q], out);
        if (cue) {
            *cue_out = cue;
            *how = "speaker of the quotation";
            return 1;
        }
        if (S_quote_byline(c, &c->quotes[q], out)) {
            *cue_out = NULL;
            *how = "the name after the quotation's dash";
            return 1;
        }
        if (S_sound_label(c, &c->quotes[q], out)) {
            *cue_out = NULL;
            *how = "the sound bite's label";
            return 1;
        }
    }
    if (S_label_speaker(c, n->sent, n->start, ma, mb, out)) {
        *cue_out = left ? left : right;
        *how = "the name before the colon";
        return 1;
    }
    /* "The balance includes 160", "de ellos, 66": a reference back to the figure just given keeps its source.
     * The reference must come before the count; the figure it points to is the latest claim. */
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind == XP_PRONOUN && m->role == XD_REF_CLAIM && m->end <= n->start && d->n_claims &&
            d->claims[d->n_claims - 1].claimant.name) {
            *out = d->claims[d->n_claims - 1].claimant;
            *how = "reference to an earlier figure";
            return 1;
        }
    }
    if (q < 0 && S_report_back(c, n->sent, out)) {
        *cue_out = left ? left : right;
        *how = "the sentence after names the source";
        return 1;
    }
    if (q < 0 && S_previous_source(c, n->sent, out)) {
        *how = "the sentence before reports";
        return 1;
    }
    /* A verb with no resolvable subject still tells us where the statement is. */
    *cue_out = left ? left : right;
    return 0;
}

/* Whether text[a,b) is a clause a 'since' word opens, running to its date with no comma: words of any case,
 * quotation marks and hyphens, at most 16 words in 120 bytes ("since protests over the government's decision …
 * erupted last Thursday"). */
static int S_since_clause(const char *t, size_t a, size_t b)
{
    if (b < a || b - a > 120)
        return 0;
    int n = 0, in = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char ch = (unsigned char)t[i];
        /* an acronym in brackets is part of a name ("la coalición encabezada por Hayat Tahrir al Sham (HTS)") */
        if (S_is_space((char)ch) || ch == '"' || ch == '(' || ch == ')') {
            in = 0;
            continue;
        }
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch >= 0x80 || ch == '\'' || ch == '-'))
            return 0;
        if (!in)
            n++;
        in = 1;
    }
    return n <= 16;
}

/* Whether a 'since' clause in text[a,b) reaches a date set after a comma at its end, in apposition, the date
 * closing the sentence or clause: "desde que la coalición lanzó su ofensiva sobre Alepo, el 27 de noviembre.",
 * "desde que a coligação lançou a ofensiva, a 27 de novembro.", "since the offensive on Aleppo began, on 27
 * November." At most one short word (an article or preposition) between the comma and the date. */
static int S_since_apposition(const char *t, size_t a, size_t b, size_t date_end, size_t sent_end)
{
    size_t k = b;
    while (k > a && S_is_space(t[k - 1]))
        k--;
    size_t w = k;
    while (w > a && t[w - 1] >= 'a' && t[w - 1] <= 'z')
        w--;
    if (k - w > 3)
        return 0;
    while (w > a && S_is_space(t[w - 1]))
        w--;
    if (w <= a || t[w - 1] != ',')
        return 0;
    size_t e = date_end;
    while (e < sent_end && S_is_space(t[e]))
        e++;
    if (e < sent_end && !strchr(".,;", t[e]))
        return 0;
    return S_since_clause(t, a, w - 1);
}

static int S_opening_date(const S_ctx *c, const xd_mention *m);
static int S_occasion_opening(const S_ctx *c, const xd_mention *m);

/* The extent of a count: its count phrase and the event word right against it (a far event word may be shared). */
static void S_count_extent(const S_count *cnt, size_t *s, size_t *e)
{
    S_count_span(cnt, s, e);
    if (cnt->trigger && cnt->adjacent) {
        *s = cnt->trigger->start < *s ? cnt->trigger->start : *s;
        *e = cnt->trigger->end > *e ? cnt->trigger->end : *e;
    }
}

/* How far a date is from a count, for deciding whose it is: bytes to the count's extent, doubled when the count
 * comes after the date (a date mostly follows what it dates: "24 mil pessoas foram presas desde o golpe de 1 de
 * fevereiro de 2021 e perto de 20 mil permanecem"), and far when punctuation parts them ("Dos 40 detidos que
 * atendi no domingo, 33 foram soltos"; "120 civiles, y continuó el sábado con la entrega de 307"). */
static size_t S_date_count_dist(const S_ctx *c, const S_count *cnt, const xd_mention *m)
{
    size_t cs, ce;
    S_count_extent(cnt, &cs, &ce);
    size_t a = m->end <= cs ? m->end : ce, b = m->end <= cs ? cs : m->start;
    size_t dist = m->end <= cs ? 2 * (cs - m->end) : S_distance(cs, ce, m);
    if (m->end <= cs && S_opening_date(c, m))
        return dist; /* "Na segunda-feira, Yerlikaya tinha falado em 1.133 detidos": its comma parts nothing */
    for (size_t x = a; x < b; x++)
        if (c->d->text.text[x] == ',' || c->d->text.text[x] == ';' || c->d->text.text[x] == ':')
            return dist + 1000;
    return dist;
}

/* Whether another count of the sentence stands nearer a date than count i: a period belongs to the count it sits
 * by ("counted 1,963 prisoners as of November 11, … 40 releases since Saturday"; "freed 90 prisoners early Monday,
 * hours after Hamas released three women on Sunday"). Counts sharing the event word are equally near; people
 * counted for something else claim no date; counts of one event that both follow the date share it ("desde el 9
 * de enero, … la aprehensión de más de un millar de personas y la recaptura de al menos 28"). */
/* Whether a day other than m follows the count right after it, with only spaces between ("and a further 14 on the
 * 8th", "y otros 14 el día 8", "e mais 14 no dia 8"): the count has a date of its own. */
static int S_own_day_after(const S_ctx *c, const S_count *cnt, const xd_mention *m)
{
    const extract_doc *d = c->d;
    /* right after the figure: a day after its noun may be the noun's ("diecinueve de los arrestados del jueves") */
    size_t ce = cnt->num->end;
    size_t se = d->sents[cnt->num->sent].end;
    for (size_t k = S_first_at(d, ce); k < d->n_ments; k++) {
        const xd_mention *o = &d->ments[k];
        if (o->start >= se || o->start > ce + 2)
            break;
        if (o == m || o->kind != XP_DATE || o->dead || !o->date[0] || o->start < ce || o->start > ce + 2)
            continue;
        size_t x = ce;
        while (x < o->start && S_is_space(d->text.text[x]))
            x++;
        if (x == o->start)
            return 1;
    }
    return 0;
}

static int S_date_elsewhere(const S_ctx *c, const S_count *counts, size_t n_counts, size_t i, const xd_mention *m)
{
    size_t mine = S_date_count_dist(c, &counts[i], m);
    /* "Twenty-two farmers were freed on Thursday and a further 14 on the 8th": a count with its own day right
     * after it leaves a day before it to the clause before */
    if (m->end <= counts[i].num->start && S_own_day_after(c, &counts[i], m))
        return 1;
    for (size_t j = 0; j < n_counts; j++) {
        if (j == i || counts[j].event < 0 || counts[j].event == XD_EVENT_NONE)
            continue;
        if (m->end <= counts[j].num->start && counts[j].num->start > counts[i].num->end && S_own_day_after(c, &counts[j], m))
            continue;
        if (counts[j].event == counts[i].event && m->end <= counts[j].num->start && m->end <= counts[i].num->start)
            continue;
        /* "13 reféns e quatro cidadãos tailandeses foram libertados na noite deste sábado": counts of one event
         * word, both on the same side of the date, are equally near it */
        if (counts[i].trigger && counts[j].trigger == counts[i].trigger &&
            (m->start >= counts[j].num->end) == (m->start >= counts[i].num->end))
            continue;
        /* "137 activists, including 36 Turkish citizens, were freed … on Saturday": a part of the same event in an
         * aside between the count and its date does not take the date from it */
        if (counts[j].event == counts[i].event && counts[i].num->end <= counts[j].num->start && counts[j].num->end <= m->start &&
            memchr(c->d->text.text + counts[i].num->end, ',', counts[j].num->start - counts[i].num->end) &&
            memchr(c->d->text.text + counts[j].num->end, ',', m->start - counts[j].num->end))
            continue;
        if (S_date_count_dist(c, &counts[j], m) < mine)
            return 1;
    }
    return 0;
}

/* Whether a date opens its clause: only a few words (and commas) between the start of the sentence, or a colon or
 * semicolon, and the date, and a comma right after it: "Ayer por la mañana, Romero adelantó que…", "For
 * comparison: on Tuesday, an AFP tally put…", "Já na sexta-feira, a porta-voz havia informado…". */
/* "A week after that wave, on September 19, X told reporters…": a date after a short phrase set off by a comma
 * at the start of its sentence (six words at most, no figure or quotation), with nothing but one short preposition
 * between that comma and the date ("on", "el", "a"; a verb there, "afirmó el lunes,", is no opening). The comma
 * after the date has been checked. */
static int S_set_off_date(const S_ctx *c, const xd_mention *m)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[m->sent].start, p = m->start;
    while (p > lo && S_is_space(t[p - 1]))
        p--;
    size_t w = p;
    while (w > lo && !S_is_space(t[w - 1]) && t[w - 1] != ',')
        w--;
    if (p - w > 3)
        return 0;
    while (w > lo && S_is_space(t[w - 1]))
        w--;
    if (w == lo || t[w - 1] != ',')
        return 0;
    int words = 0, in = 0;
    for (size_t i = w - 1; i-- > lo;) {
        char ch = t[i];
        if (ch == ':' || ch == ';' || ch == '.' || ch == ',' || ch == '"' || (ch >= '0' && ch <= '9'))
            return 0;
        if (S_is_space(ch)) {
            in = 0;
            continue;
        }
        if (!in && ++words > 6)
            return 0;
        in = 1;
    }
    return words > 0;
}

/* "At a briefing in Srinagar on August 20, X insisted that…", "En una rueda de prensa en el Palacio el lunes, X
 * dijo…", "Numa conferência de imprensa na sede, ontem, X disse…": a date closing an adjunct phrase that opens the
 * sentence (its first word an `adjunct_words` entry) and names the occasion of speaking (`occasion_words`) opens
 * the sentence however long the phrase is (ten words at most, no figure, quotation or clause mark). The comma after
 * the date has been checked. */
static int S_occasion_opening(const S_ctx *c, const xd_mention *m)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[m->sent].start;
    /* a live blog's time stamp before it ("19:45 - In a statement issued on Saturday evening, …") */
    size_t k = lo;
    while (k < m->start && t[k] >= '0' && t[k] <= '9')
        k++;
    if (k > lo && k - lo <= 2 && k + 3 < m->start && (t[k] == ':' || t[k] == '.' || t[k] == 'h') && t[k + 1] >= '0' &&
        t[k + 1] <= '9' && t[k + 2] >= '0' && t[k + 2] <= '9') {
        k += 3;
        while (k < m->start && (S_is_space(t[k]) || t[k] == '-' || t[k] == '|'))
            k++;
        lo = k;
    }
    size_t first = lo;
    while (first < m->start && !S_is_space(t[first]) && t[first] != ',')
        first++;
    if (first == lo || first >= m->start || !S_lexicon_has(c, "adjunct_words", lo, first))
        return 0;
    int words = 0, in = 0, occasion = 0;
    for (size_t i = lo; i < m->start; i++) {
        char ch = t[i];
        if (ch == ':' || ch == ';' || ch == '.' || ch == '"' || (ch >= '0' && ch <= '9'))
            return 0;
        if (S_is_space(ch) || ch == ',') {
            if (in && !occasion)
                occasion = S_words_before(c, "occasion_words", lo, i, S_ANY_CASE);
            in = 0;
            continue;
        }
        if (!in && ++words > 10)
            return 0;
        in = 1;
    }
    return occasion;
}

static int S_opening_date(const S_ctx *c, const xd_mention *m)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[m->sent].start, e = m->end, end = c->d->sents[m->sent].end;
    /* the comma may come after one word ("Last year alone,", "En 2020 solamente,") */
    for (int w = 0; w < 2 && e < end && t[e] != ','; w++) {
        while (e < end && S_is_space(t[e]))
            e++;
        while (w == 0 && e < end && t[e] >= 'a' && t[e] <= 'z')
            e++;
    }
    if (e >= end || t[e] != ',')
        return 0;
    int words = 0, in = 0;
    for (size_t i = m->start; i-- > lo;) {
        char ch = t[i];
        if (ch == ':' || ch == ';' || (ch == '.' && i + 2 <= m->start && t[i + 1] == ' ' && t[i + 2] >= 'A' && t[i + 2] <= 'Z'))
            break;
        if (S_is_space(ch) || ch == ',') {
            in = 0;
            continue;
        }
        if (ch == '"' || (ch >= '0' && ch <= '9'))
            return S_set_off_date(c, m);
        if (!in && ++words > 3)
            return S_set_off_date(c, m) || S_occasion_opening(c, m);
        in = 1;
    }
    return 1;
}

/* Whether a date says "today" (hoy, hoje, today): for people held it is the present of the statement, not a bound
 * of the period ("hoy hay cuatro detenidos", "têm hoje cerca de 12.300 reclusos"). */
static int S_today_word(const xd_mention *m)
{
    const char *rel = xp_attr_get(m->rule, "rel");
    return rel && strtol(rel, NULL, 10) == 0;
}

/* Whether a clause opened by "when" follows the date and holds the count: "in September 2022, when more than 1,300
 * people were rounded up", "en 2020, cuando…", "em maio, quando…". A comma closes the clause before the count
 * ("Desde el 18 de junio, cuando las protestas tomaron las calles, más de 1.500 personas…"). */
static int S_when_clause(const S_ctx *c, const xd_mention *m, size_t cs)
{
    static const char *const when[] = {"when ", "cuando ", "quando ", "en que ", "em que "};
    const char *t = c->d->text.text;
    size_t i = m->end;
    if (i < cs && t[i] == ',') {
        i++;
        /* "a 24 de agosto, Dia da Independência da Ucrânia, quando cada lado libertou 146": a name of the day in
         * apposition (capitalised, no figure, at most 8 words) between the date and the 'when' word */
        size_t j = i;
        while (j < cs && S_is_space(t[j]))
            j++;
        size_t k = j;
        int words = 0, digit = 0;
        while (k < cs && t[k] != ',' && t[k] != '.' && t[k] != ';' && t[k] != ':') {
            if (t[k] >= '0' && t[k] <= '9')
                digit = 1;
            if (S_is_space(t[k]) && k > j && !S_is_space(t[k - 1]))
                words++;
            k++;
        }
        if (k < cs && t[k] == ',' && j < k && t[j] >= 'A' && t[j] <= 'Z' && !digit && words < 8)
            i = k + 1;
    }
    while (i < cs && S_is_space(t[i]))
        i++;
    for (size_t w = 0; w < sizeof when / sizeof *when; w++)
        if (i < cs && strncmp(t + i, when[w], strlen(when[w])) == 0)
            return memchr(t + i, ',', cs - i) == NULL;
    return 0;
}

/* Whether the word t[a,b), of at least min bytes, ends in one of the n endings. */
static int S_word_ends(const char *t, size_t a, size_t b, size_t min, const char *const *ends, size_t n)
{
    if (b - a < min)
        return 0;
    for (size_t w = 0; w < n; w++) {
        size_t l = strlen(ends[w]);
        if (l <= b - a && strncmp(t + b - l, ends[w], l) == 0)
            return 1;
    }
    return 0;
}

/* Whether the word t[a,b) is a gerund: -ing, -ando, -endo (-iendo, -yendo), -indo. */
static int S_gerund(const char *t, size_t a, size_t b)
{
    static const char *const ends[] = {"ing", "ando", "endo", "indo"};
    return S_word_ends(t, a, b, 5, ends, sizeof ends / sizeof *ends);
}

/* Whether a gerund clause follows date m and holds the count, with the count's event word a gerund of that
 * clause: "…, early Thursday, tearing down a pro-Palestinian encampment and arresting more than 200 people",
 * "el jueves, desmantelando el campamento y deteniendo a 200 personas", "na quinta-feira, prendendo 200". A comma
 * after the date opens the clause; no other punctuation before the event word. */
static int S_gerund_clause(const S_ctx *c, const S_count *cnt, const xd_mention *m)
{
    const char *t = c->d->text.text;
    const xd_mention *tr = cnt->trigger;
    if (!tr || tr->start < m->end || tr->end > cnt->num->start || tr->start - m->end > 160)
        return 0;
    size_t i = m->end;
    while (i < tr->start && S_is_space(t[i]))
        i++;
    if (i >= tr->start || t[i] != ',')
        return 0;
    i++;
    while (i < tr->start && S_is_space(t[i]))
        i++;
    size_t w = i;
    while (w < tr->start && t[w] >= 'a' && t[w] <= 'z')
        w++;
    if (!S_gerund(t, i, w))
        return 0;
    size_t te = tr->start;
    while (te < tr->end && t[te] >= 'a' && t[te] <= 'z')
        te++;
    if (!S_gerund(t, tr->start, te))
        return 0;
    for (size_t x = w; x < tr->start; x++)
        if (strchr(",;:.()\"", t[x]))
            return 0;
    return 1;
}

/* Whether a 'from' role word is "since" or "desde", which open a clause ("since protests erupted last Thursday"),
 * and not "from" or "a partir de", which mostly take a place ("released from Nicaraguan prisons on Thursday"). */
static int S_since_word(const S_ctx *c, const xd_mention *dr)
{
    const char *f = c->d->fold.data + S_fold_at(c->d, dr->start);
    return strncmp(f, "since", 5) == 0 || strncmp(f, "desde", 5) == 0;
}

/* Whether the word at t[a..] is a participle (-ado, -ido, -ed and their forms): "os protestos, iniciados a 21 de
 * outubro, …", "the protests, which erupted…". */
/* Whether the word at a is a Spanish or Portuguese participle ("processadas", "juzgados"); unlike S_participle, not
 * an English "-ed", which is as often the verb of the clause ("95 civilians walked home"). */
static int S_verb_participle(const char *t, size_t a, size_t end)
{
    static const char *const ends[] = {"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"};
    size_t b = a;
    while (b < end && t[b] >= 'a' && t[b] <= 'z')
        b++;
    return S_word_ends(t, a, b, 4, ends, sizeof ends / sizeof *ends);
}

static int S_participle(const char *t, size_t a, size_t end)
{
    static const char *const ends[] = {"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ed"};
    size_t b = a;
    while (b < end && t[b] >= 'a' && t[b] <= 'z')
        b++;
    return S_word_ends(t, a, b, 4, ends, sizeof ends / sizeof *ends);
}

/* Whether a date after the count dates a participle describing the count's people rather than the count's own
 * event: "192 de las personas intervenidas ayer" (released, not detained, ayer), "14 pessoas libertadas em dezembro
 * de 2024 voltaram a ser presas", "freed 20 of the people arrested on Monday". The participle is right before the
 * date, one to three words after the count, and is neither the count's own event word nor a reporting verb. */
/* Where a place phrase ending at b starts ("in Diwaniya", "en la Puerta del Sol", "em Tbilissi": a place word, then
 * capitalised words and link words), or b when none ends there. */
static size_t S_place_before(const S_ctx *c, size_t lo, size_t b)
{
    const char *t = c->d->text.text;
    size_t p = b;
    int names = 0;
    for (int w = 0; w < 6 && p > lo; w++) {
        size_t e = p;
        while (e > lo && S_is_space(t[e - 1]))
            e--;
        size_t a = e;
        while (a > lo && !S_is_space(t[a - 1]))
            a--;
        if (a == e)
            break;
        if (t[a] >= 'A' && t[a] <= 'Z' && !memchr(t + a, ',', e - a)) {
            names++;
            p = a;
            continue;
        }
        if (names && S_words_before(c, "place_words", lo, e, S_LOWER))
            return a; /* one place word: "in", "en", "em", "na" */
        if (names && S_words_before(c, "link_words", lo, e, S_LOWER)) {
            p = a;
            continue;
        }
        break;
    }
    return b;
}

static int S_describes_noun(const S_ctx *c, const S_count *cnt, const xd_mention *m)
{
    const char *t = c->d->text.text;
    size_t lo = cnt->num->end, b = m->start;
    if (b <= lo)
        return 0;
    while (b > lo && S_is_space(t[b - 1]))
        b--;
    /* "37 people arrested in Diwaniya over the weekend": a place between the participle and its date */
    b = S_place_before(c, lo, b);
    while (b > lo && S_is_space(t[b - 1]))
        b--;
    size_t a = b;
    while (a > lo && t[a - 1] >= 'a' && t[a - 1] <= 'z')
        a--;
    if (a == b || a <= lo || !S_is_space(t[a - 1]) || !S_participle(t, a, b))
        return 0;
    /* "el pasado 19 de marzo", "na passada quinta-feira": part of the date */
    if (b - a == 6 && (strncmp(t + a, "pasad", 5) == 0 || strncmp(t + a, "passad", 6) == 0))
        return 0;
    if (b - a == 7 && strncmp(t + a, "passad", 6) == 0)
        return 0;
    /* the participle's own word, or the count's event word between them ("143 solturas verificadas entre 8 e
     * 19 de janeiro": the releases were verified over the span) */
    if (cnt->trigger && ((a < cnt->trigger->end && b > cnt->trigger->start) || (cnt->trigger->start >= lo && cnt->trigger->end <= a)))
        return 0;
    /* "600 releases announced on Monday", "143 solturas verificadas entre 8 e 19 de janeiro": a reporting
     * verb's participle says who counted them and when */
    size_t ma, mb;
    S_range(c, m->sent, &ma, &mb);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        /* nor one of the count's own event ("1.879 el número de personas detenidas desde…") */
        if ((o->kind == XP_CUE || (o->kind == XP_TRIGGER && o->event == cnt->event)) && o->start < b && o->end > a)
            return 0;
    }
    /* a noun between them for the participle to describe ("3.500 detidos no domingo" is the count's own word) */
    return !S_gap_words(t, lo, a, 0, 40) && S_gap_words(t, lo, a, 3, 40);
}

/* Whether a date sits in a relative clause or a participle phrase set off by commas that does not hold the count
 * [cs,ce): it describes the antecedent ("Lukashenka, who has ruled Belarus since 1994, has pardoned more than
 * 300"; "O Foro Penal, que acompanha casos desde 2002, contabiliza 143 solturas"; "os protestos, iniciados a 21
 * de outubro, já causaram…"; "…, said Jane Doe, who has lived in exile since 2020."). */
/* Whether date m is a possessive naming a thing of that day ("Saturday's statement", "Thursday night's riot"): it
 * dates that thing, not the count beside it. */
static int S_possessive_date(const char *t, const xd_mention *m)
{
    return (t[m->end] == '\'' && t[m->end + 1] == 's' && t[m->end + 2] == ' ') ||
           (strncmp(t + m->end, "\xE2\x80\x99s ", 5) == 0);
}

/* Whether date m is the complement of a word naming the occasion of a statement (occasion_words: "el comunicado
 * del sábado", "a nota de sábado", "the statement of Saturday"): it dates that statement, not the count. */
static int S_of_occasion(const S_ctx *c, const xd_mention *m)
{
    static const char *const of[] = {"del ", "de la ", "de ", "do ", "da ", "of "};
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[m->sent].start, p = m->start;
    for (size_t w = 0; w < sizeof of / sizeof *of; w++) {
        size_t n = strlen(of[w]);
        if (p >= lo + n && strncmp(t + p - n, of[w], n) == 0 && (p - n == lo || S_is_space(t[p - n - 1])))
            return S_words_before(c, "occasion_words", lo, p - n, S_ANY_CASE);
        if (strncmp(t + p, of[w], n) == 0) /* the date's own match opens with the preposition */
            return S_words_before(c, "occasion_words", lo, p, S_ANY_CASE);
    }
    return 0;
}

/* Whether the comma-delimited phrase opening at a, before date m, is a noun in apposition with a relative clause
 * holding m: "O OVD-Info, projeto independente que acompanha prisões … desde 2011, contabilizou 656", "la AAPP,
 * una ONG que documenta arrestos desde 2021,", "HRANA, a group which has tracked arrests since 2009,". At most
 * three words before the relative word, none of them a reporting verb or an event word ("la policía informó que
 * desde el lunes" is no apposition). */
static int S_apposition_relative(const S_ctx *c, const xd_mention *m, size_t a)
{
    static const char *const rel[] = {"que ", "who ", "which ", "quien ", "quienes ", "cuyo ", "cuya ", "whose "};
    const char *t = c->d->text.text;
    size_t p = a;
    for (int words = 0; words < 4 && p < m->start; words++) {
        for (size_t w = 0; w < sizeof rel / sizeof *rel; w++)
            if (words > 0 && strncmp(t + p, rel[w], strlen(rel[w])) == 0) {
                size_t ma, mb;
                S_range(c, m->sent, &ma, &mb);
                for (size_t k = ma; k < mb; k++) {
                    const xd_mention *x = &c->d->ments[k];
                    if (x->start >= a && x->end <= p && !x->dead &&
                        (x->kind == XP_CUE || x->kind == XP_TRIGGER || x->kind == XP_NUMBER))
                        return 0;
                }
                return 1;
            }
        size_t q = p;
        while (q < m->start && ((unsigned char)t[q] >= 0x80 || (t[q] >= 'a' && t[q] <= 'z') ||
                                (t[q] >= 'A' && t[q] <= 'Z') || t[q] == '-'))
            q++;
        if (q == p || q >= m->start || t[q] != ' ')
            return 0;
        p = q + 1;
    }
    return 0;
}

static int S_in_relative(const S_ctx *c, const xd_mention *m, size_t cs, size_t ce)
{
    static const char *const rel[] = {"who ", "which ", "whose ", "que ", "quien ", "quienes ", "cuyo ", "cuya ", "o qual ",
                                      "a qual ", "el cual ", "la cual ", "onde ", "donde ", "where "};
    const char *t = c->d->text.text;
    const xd_sentence *s = &c->d->sents[m->sent];
    size_t a = m->start, b = m->end;
    while (a > s->start && t[a - 1] != ',')
        a--;
    while (b < s->end && t[b] != ',')
        b++;
    /* a clause closing the sentence after the count needs no comma of its own ("…continuam atrás das grades",
     * afirmou Tsikhanouskaya, que vive no exílio desde 2020.") */
    if (a == s->start || (b == s->end && ce > a) || (cs >= a && ce <= b))
        return 0;
    while (a < m->start && S_is_space(t[a]))
        a++;
    for (size_t w = 0; w < sizeof rel / sizeof *rel; w++)
        if (strncmp(t + a, rel[w], strlen(rel[w])) == 0)
            return 1;
    if (S_apposition_relative(c, m, a))
        return 1;
    return S_participle(t, a, m->start);
}

/* Whether a publication word (a daterole rule with role=said: "publicado", "divulgada", "published") stands right
 * before date m: the date is the day something was published. A word of circulating (circulating=1) may also
 * follow the day it was first seen ("Desde el lunes circula en Facebook…", "Since Monday, a post has been
 * circulating on X…"), with only a comma between. */
static int S_published(const S_ctx *c, const xd_mention *m, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    for (size_t r = ma; r < mb; r++) {
        const xd_mention *dr = &c->d->ments[r];
        if (dr->kind == XP_DATEROLE && dr->role == XD_ROLE_SAID && dr->end <= m->start &&
            (dr->end == m->start || S_gap_words(t, dr->end, m->start, 2, 16)))
            return 1;
        if (dr->kind == XP_DATEROLE && dr->role == XD_ROLE_SAID && dr->start >= m->end &&
            xp_attr_get(dr->rule, "circulating") && S_gap(t, m->end, dr->start, 0, 4, 1))
            return 1;
    }
    return 0;
}

/* Whether text[a,b) holds, outside quotations, a source word ("segundo a qual", "según la cual", "according to
 * which") or opens a quotation: what follows is what a message says, as after a reporting verb. Before the
 * publication word, a source word names what was published ("De acordo com o balanço …, divulgado ontem à noite,
 * 56 fugitivos…"). */
static int S_says_between(const S_ctx *c, size_t ma, size_t mb, size_t a, size_t b, int quote)
{
    for (size_t r = ma; r < mb; r++) {
        const xd_mention *o = &c->d->ments[r];
        if (o->kind == XP_SOURCE && o->start >= a && o->end <= b && S_quote_at(c, o->start) < 0)
            return 1;
    }
    return quote && b > a && S_quote_at(c, b - 1) >= 0 && S_quote_at(c, a) < 0;
}

static int S_today_word(const xd_mention *m);

/* Whether date m is the day of an event still to come: a future marker (a daterole with role=future: "is due to",
 * "will", "serán", "vão ser") stands between the count and the date, with no comma, semicolon or colon between
 * marker and date ("about 1,100 prisoners … is due to be released on 22 October"). Such a day is neither the period
 * of the count nor the day it was said. A marker before the date and the count ("said on Tuesday that it would
 * release 553") leaves the date alone, and so does "today" / "tonight" ("30 prisoners will be released tonight":
 * the annotated corpus dates such a release). */
static int S_future_day(const S_ctx *c, const S_count *cnt, const xd_mention *m, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    if (S_today_word(m))
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *f = &c->d->ments[k];
        if (f->kind != XP_DATEROLE || f->role != XD_ROLE_FUTURE)
            continue;
        size_t a, b;
        if (f->end <= m->start && cnt->num->start < m->start && m->start - f->end <= 80 &&
            (f->start >= cnt->num->end ? f->start - cnt->num->end <= 120
                                       : cnt->trigger && cnt->trigger->start >= f->end && cnt->trigger->end <= m->start)) {
            a = f->end;
            b = m->start;
        } else {
            continue;
        }
        size_t x = a;
        while (x < b && t[x] != ',' && t[x] != ';' && t[x] != ':' && t[x] != '.')
            x++;
        if (x == b)
            return 1;
    }
    return 0;
}

/* The date role word (1 since, 2 until/as of) that governs date k, or 0. */
static int S_date_role(const S_ctx *c, size_t k, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    const xd_mention *m = &d->ments[k];
    int role = 0;
    for (size_t r = ma; r < mb; r++) {
        const xd_mention *dr = &d->ments[r];
        /* the role word may also open the date's own match ("By Wednesday afternoon") */
        if (dr->kind != XP_DATEROLE || dr->role == XD_ROLE_SAID || dr->role == XD_ROLE_FUTURE || dr->start > m->start || dr->end >= m->end)
            continue;
        /* "desde el 8 de enero"; and "since the truce took effect on Friday", "since his first wave of pardons on
         * July 3", "since President Noboa declared an "internal armed conflict" on Jan. 9": a 'since' word reaches
         * the first date of its clause. */
        int near = dr->end >= m->start || S_gap_words(t, dr->end, m->start, 1, 5);
        /* a date naming an event takes a role word only right before it ("desde el golpe del 1 de febrero"): far
         * off, it names what the clause is about ("presas desde os protestos que se seguiram à eleição de 28 de
         * julho") */
        int reach = m->role != XD_DATE_NAMED &&
                    (S_gap(t, dr->end, m->start, dr->role == 1 ? 7 : 3, dr->role == 1 ? 60 : 24, 1) ||
                     (dr->role == 1 && S_since_word(c, dr) &&
                      (S_since_clause(t, dr->end, m->start) ||
                       S_since_apposition(t, dr->end, m->start, m->end, d->sents[m->sent].end))) ||
                     /* "Até ao encerramento do campo, a 9 de novembro, foram soltas", "until the camp closed, on 9
                      * November,": an 'until' word naming a short event with its day set off after it */
                     (dr->role == 2 && S_gap(t, dr->end, m->start, 8, 70, 1) &&
                      S_since_apposition(t, dr->end, m->start, m->end, d->sents[m->sent].end)));
        /* by position, not mention order: a role word inside a date's own match ("del" of "del domingo y el
         * lunes") sorts after that date */
        for (size_t o = ma; reach && o < mb; o++)
            /* an event the 'since' word names ("since the truce took effect on Friday") holds no day of its own
             * when its clause gives one (S_since_event) */
            if (o != k && d->ments[o].end > dr->end && d->ments[o].end <= m->start &&
                (d->ments[o].kind == XP_DATE || d->ments[o].kind == XP_NUMBER || d->ments[o].kind == XP_COLLECTIVE ||
                 d->ments[o].kind == XP_CLAUSE) &&
                !(d->ments[o].kind == XP_DATE && !d->ments[o].date[0] && xp_attr_get(d->ments[o].rule, "evref")))
                reach = 0;
        if (near || reach)
            role = dr->role;
    }
    return role;
}

/* Whether the date belongs to another reporting verb: one nearer to it, with a number between the date and cue
 * ("informó el viernes 29 de 43 arrestos, y el sábado 30 elevó a 107": each verb takes the day beside it). */
static int S_other_cue_nearer(const S_ctx *c, size_t ma, size_t mb, const xd_mention *cue, const xd_mention *m, size_t dc)
{
    size_t a = cue->end <= m->start ? cue->end : m->end, b = cue->end <= m->start ? m->start : cue->start;
    int number = 0;
    for (size_t k = ma; k < mb && !number; k++)
        number = S_num(&c->d->ments[k]) && c->d->ments[k].start >= a && c->d->ments[k].end <= b;
    for (size_t k = ma; k < mb && number; k++) {
        const xd_mention *o = &c->d->ments[k];
        if (o->kind == XP_CUE && o != cue && !S_cue_in_name(c, o) && S_distance(o->start, o->end, m) < dc)
            return 1;
    }
    return 0;
}

/* Sets the period to one day, or to a whole month or year, for a count's event: released or detained on a day,
 * from = to; held on a day, a stock as of then. */
static void S_set_period(S_ctx *c, const S_count *cnt, const xd_mention *m, extract_claim *cl, const char *why)
{
    if (m->date_end[0]) {
        memcpy(cl->period_from, m->date, 11);
        memcpy(cl->period_to, m->date_end, 11);
    } else {
        if (cnt->event != EXTRACT_EVENT_HELD)
            memcpy(cl->period_from, m->date, 11);
        memcpy(cl->period_to, m->date, 11);
    }
    c->period_by = m;
    S_trace(c, "date %s: period (%s)", m->date, why);
}

static const char *S_date_by_cue(S_ctx *c, const xd_mention *cue);

/* "desde então", "since then", "el mismo día", "a day earlier", "na véspera" (a rule with prev=N): the day N days
 * from the latest date named before it, in its paragraph or the one before. */
/* Whether date mention j comes right after a 'since' word ("desde el 12 de febrero", "since 2 July"). */
static int S_after_since(const S_ctx *c, size_t j)
{
    const extract_doc *d = c->d;
    for (size_t i = j; i-- > 0 && d->ments[i].sent == d->ments[j].sent;) {
        const xd_mention *r = &d->ments[i];
        if (r->end + 4 < d->ments[j].start)
            break;
        if (r->kind == XP_DATEROLE && r->role == 1)
            return 1;
    }
    return 0;
}

/* Whether an anaphoric date is itself a 'since' phrase ("desde entonces", "since then", "desde então"): it may
 * point back to a bound. */
static int S_since_anaphor(const S_ctx *c, const xd_mention *m)
{
    const char *t = c->d->text.text + m->start;
    return strncasecmp(t, "desde", 5) == 0 || strncasecmp(t, "since", 5) == 0;
}

static void S_resolve_anaphoric(S_ctx *c, size_t k)
{
    extract_doc *d = c->d;
    xd_mention *m = &d->ments[k];
    const char *prev = xp_attr_get(m->rule, "prev");
    if (!prev)
        return;
    for (size_t j = k; j-- > 0;) {
        const xd_mention *o = &d->ments[j];
        if (d->sents[o->sent].para + 1 < d->sents[m->sent].para)
            return;
        /* only a date read whatever the gates: otherwise what is "named before" would depend on them */
        if (o->kind != XP_DATE || !o->date[0] || o->start == d->dateline_at || o->dead || !d->sents[o->sent].dated)
            continue;
        /* "Nuestros registros, que cerramos el martes, suman 3.040 detenciones desde el 12 de febrero. … presentó
         * ese mismo día …": the same day is one on which something happened, not the bound a 'since' word opens */
        if (strcmp(prev, "0") == 0 && !S_since_anaphor(c, m) && S_after_since(c, j))
            continue;
        long v = xr_parse_iso(o->date);
        /* "dos días después": the days counted (value) times the direction */
        if (v != LONG_MIN)
            xr_format_iso(v + strtol(prev, NULL, 10) * (m->value > 0 ? (long)m->value : 1), m->date);
        return;
    }
}

/* "Naquele sábado", "Aquel miércoles de febrero", "That Saturday" (a rule with thatday=1): a weekday pointed back
 * to is the latest day named before it in the document that falls on that weekday ("na manhã de sábado (17)",
 * "desde el 27 de febrero"); the recognizer's reading (the latest such weekday not after the reference date) stands
 * when none is named. */
static void S_that_weekday(S_ctx *c, size_t k)
{
    extract_doc *d = c->d;
    xd_mention *m = &d->ments[k];
    long v = xr_parse_iso(m->date);
    if (!xp_attr_get(m->rule, "thatday") || v == LONG_MIN)
        return;
    for (size_t j = k; j-- > 0;) {
        const xd_mention *o = &d->ments[j];
        /* only a date read whatever the gates: otherwise what is "named before" would depend on them */
        if (o->kind != XP_DATE || !o->date[0] || o->date_end[0] || o->whole_month || o->dead ||
            o->start == d->dateline_at || xp_attr_get(o->rule, "thatday") || !d->sents[o->sent].dated)
            continue;
        long w = xr_parse_iso(o->date);
        if (w == LONG_MIN || w > v || xr_weekday(w) != xr_weekday(v))
            continue;
        memcpy(m->date, o->date, 11);
        return;
    }
}

/* How far from a day an event word may stand to be what that day dates ("derrocado el 28 de junio", "the
 * National Security Law, which Beijing imposed on the city on 30 June 2020"). */
#define S_EVENT_NEAR 90

/* The next word of folded text f (lower-case letters and non-ASCII bytes) from *i up to end: its start in *start
 * and its length (0 when none is left); *i moves past it. */
static size_t S_fold_word(const char *f, size_t *i, size_t end, size_t *start)
{
    size_t j = *i;
    while (j < end && !((f[j] >= 'a' && f[j] <= 'z') || (unsigned char)f[j] >= 0x80))
        j++;
    *start = j;
    while (j < end && ((f[j] >= 'a' && f[j] <= 'z') || (unsigned char)f[j] >= 0x80))
        j++;
    *i = j;
    return j - *start;
}

/* The class (event_kinds table) of the first word of the folded text of [a, b) the table lists, or NULL; with
 * want, want when some word of [a, b) is of that class, else NULL. */
static const char *S_table_word_in(const extract_doc *d, const char *table, size_t a, size_t b, const char *want);
static const char *S_event_kind_in(const extract_doc *d, size_t a, size_t b, const char *want)
{
    return S_table_word_in(d, "event_kinds", a, b, want);
}

/* The class (value in the table `table`) of the first word of the folded text of [a, b) the table lists, or NULL;
 * with want, want when some word of [a, b) is of that class, else NULL. */
static const char *S_table_word_in(const extract_doc *d, const char *table, size_t a, size_t b, const char *want)
{
    const xp_table *kinds = xp_table_get(d->pat, d->lang, table);
    if (!kinds || !kinds->values || b <= a)
        return NULL;
    size_t fa = S_fold_at(d, a), fb = S_fold_at(d, b);
    const char *f = d->fold.data;
    for (size_t i = fa, st; i < fb;) {
        size_t n = S_fold_word(f, &i, fb, &st);
        long ix = n >= 3 ? xp_table_find(kinds, f + st, n) : -1;
        if (ix >= 0 && (!want || !strcmp(kinds->values[ix], want)))
            return kinds->values[ix];
    }
    return NULL;
}

/* "desde el golpe", "desde a noite do golpe", "since the start of the protests" (a rule with evref=1): a period
 * opened by an event the text dated before ("Zelaya, derrocado el 28 de junio", "as eleições gerais de 29 de
 * outubro", "the law took effect on 30 June") starts on that day. The event word's class (event_kinds: "votação"
 * and "eleições" are one election, "derrocado" and "golpe" one coup) is looked for within a few words of every day
 * named earlier in the document, the latest first. Not when the clause gives its own date ("since the protests
 * began on Friday": that day is the bound). */
static void S_since_event(S_ctx *c, size_t k)
{
    extract_doc *d = c->d;
    xd_mention *m = &d->ments[k];
    const char *t = d->text.text;
    if (!xp_attr_get(m->rule, "evref") || m->date[0])
        return;
    const char *kind = S_event_kind_in(d, m->start, m->end, NULL);
    if (!kind)
        return;
    size_t se = d->sents[m->sent].end;
    for (size_t j = k + 1; j < d->n_ments && d->ments[j].start < se; j++) {
        const xd_mention *o = &d->ments[j];
        if (o->kind != XP_DATE || o->dead || o->start < m->end || o->start - m->end > 100)
            continue;
        /* "desde la entrada en vigor de la ley y hasta el 08/03/2024": a day after an 'until' word closes the
         * period the event opens */
        int until = 0;
        for (size_t r = k + 1; r < j && !until; r++)
            until = d->ments[r].kind == XP_DATEROLE && d->ments[r].role == 2 && d->ments[r].start >= m->end &&
                    d->ments[r].end <= o->end;
        if (until)
            continue;
        size_t p = m->end;
        while (p < o->start && t[p] != ',' && t[p] != ';' && t[p] != ':')
            p++;
        /* its day in apposition: "desde el estallido de las protestas, el 19 de diciembre en Atbara" */
        if (p == o->start || (t[p] == ',' && o->start - p <= 8))
            return;
    }
    for (size_t j = k; j-- > 0;) {
        const xd_mention *o = &d->ments[j];
        /* only a date read whatever the gates: otherwise what is "named before" would depend on them */
        /* not a day of the sentence itself, whose event word may be this one */
        if (o->kind != XP_DATE || !o->date[0] || o->whole_month || o->dead || o->start == d->dateline_at ||
            o->sent == m->sent || xp_attr_get(o->rule, "evref") || !d->sents[o->sent].dated)
            continue;
        size_t ss = d->sents[o->sent].start, oe = d->sents[o->sent].end;
        size_t a = o->start > ss + S_EVENT_NEAR ? o->start - S_EVENT_NEAR : ss;
        size_t b = o->end + S_EVENT_NEAR < oe ? o->end + S_EVENT_NEAR : oe;
        if (!S_event_kind_in(d, a, b, kind))
            continue;
        memcpy(m->date, o->date, 11);
        S_trace(c, "date %s: the day of the event named (\"%.*s\")", m->date, (int)(o->end - o->start), t + o->start);
        return;
    }
}

/* The number of the last month named alone in [a, b) after a word of the lexicon month_preps ("The pace picked up
 * in May.", "en mayo", "em maio"), or 0. */
static int S_month_between(const S_ctx *c, size_t a, size_t b)
{
    const extract_doc *d = c->d;
    const xp_table *months = xp_table_get(d->pat, d->lang, "months"),
                   *preps = xp_table_get(d->pat, d->lang, "month_preps");
    if (!months || !preps || b <= a)
        return 0;
    size_t fa = S_fold_at(d, a), fb = S_fold_at(d, b);
    const char *f = d->fold.data;
    int found = 0;
    size_t pw = 0, pwe = 0; /* the word before */
    for (size_t i = fa, st; i < fb;) {
        size_t n = S_fold_word(f, &i, fb, &st), pn = pwe - pw;
        if (!n)
            break;
        int prep = pn && xp_table_find(preps, f + pw, pn) >= 0;
        /* not a month with its day or year after it: that one is a date of its own */
        size_t q = i;
        while (q < fb && f[q] == ' ')
            q++;
        long ix = prep && n >= 3 && !(q < fb && f[q] >= '0' && f[q] <= '9') ? xp_table_find(months, f + st, n) : -1;
        long v = ix >= 0 && months->values ? strtol(months->values[ix], NULL, 10) : 0;
        if (v >= 1 && v <= 12)
            found = (int)v;
        pw = st;
        pwe = i;
    }
    return found;
}

/* "The pace picked up in May. On the 26th, 900 prisoners walked free", "la marcha del día 17" (a rule with
 * dayonly=1): a day of the month alone is of the month of the latest date named before it in its paragraph or the
 * one before (the month after, when that date is a later day of its month: "on May 28 … on the 3rd"); the
 * recognizer's reading (the latest such day not after the reference date) stands when none is named, or when the
 * day found would come after the reference date. */
static void S_day_of_month(S_ctx *c, size_t k)
{
    extract_doc *d = c->d;
    xd_mention *m = &d->ments[k];
    long v = xr_parse_iso(m->date), ref = xr_parse_iso(d->ref_date);
    if (v == LONG_MIN || ref == LONG_MIN)
        return;
    int y, mo, day;
    xr_civil_from_days(v, &y, &mo, &day);
    const xd_mention *o = NULL;
    size_t from = d->sents[m->sent].start; /* where a month named alone is looked for */
    for (size_t s0 = m->sent; s0 > 0 && d->sents[s0 - 1].para + 1 >= d->sents[m->sent].para; s0--)
        from = d->sents[s0 - 1].start;
    for (size_t j = k; j-- > 0 && !o;) {
        const xd_mention *x = &d->ments[j];
        if (d->sents[x->sent].para + 1 < d->sents[m->sent].para)
            break;
        if (x->kind == XP_DATE && x->date[0] && x->start != d->dateline_at && !x->dead && d->sents[x->sent].dated &&
            !xp_attr_get(x->rule, "dayonly") && xr_parse_iso(x->date) != LONG_MIN)
            o = x;
    }
    int ay, am, ad;
    xr_civil_from_days(o ? xr_parse_iso(o->date) : ref, &ay, &am, &ad);
    /* "The pace picked up in May. On the 26th": a month named after that date, alone after "in/en/em/de" */
    int named = S_month_between(c, o ? o->end : from, m->start);
    if (named > 0) {
        if (o && named < am)
            ay++;
        else if (!o && named > am)
            ay--; /* no date before: the latest such month not after the reference date */
        am = named;
        ad = 0;
    } else if (!o)
        return;
    if (o && !o->whole_month && ad > day && ++am > 12) {
        am = 1;
        ay++;
    }
    if (!xr_valid_date(ay, am, day))
        return;
    long w = xr_days_from_civil(ay, am, day);
    if (w <= ref)
        xr_format_iso(w, m->date);
}

/* "durante este período", "over the same period", "no mesmo período" (a rule with period=same): the span named
 * last before it in its paragraph or the one before — the period of the latest claim there, or a range of dates
 * ("Desde 3 de julho, foram libertadas 420 pessoas. No mesmo período, documentámos 1 500 detenções"). Returns
 * whether a span was found, copied to from/to. */
static int S_same_period(const S_ctx *c, const xd_mention *m, char *from, char *to)
{
    const extract_doc *d = c->d;
    size_t s0 = m->sent;
    while (s0 > 0 && d->sents[s0 - 1].para + 1 >= d->sents[m->sent].para)
        s0--;
    size_t lo = d->sents[s0].start, at = lo;
    const char *f = NULL, *t = NULL;
    for (size_t k = d->n_claims; k-- > 0;) {
        const extract_claim *cl = &d->claims[k];
        if (cl->start >= lo && cl->start < m->start && (cl->period_from[0] || cl->period_to[0])) {
            f = cl->period_from;
            t = cl->period_to;
            at = cl->start;
            break;
        }
    }
    for (size_t k = 0; k < d->n_ments; k++) {
        const xd_mention *r = &d->ments[k];
        if (r->kind == XP_DATE && r->start >= at && r->end <= m->start && r->date[0] && r->date_end[0] && !r->whole_month) {
            f = r->date;
            t = r->date_end;
        }
    }
    if (!f)
        return 0;
    memcpy(from, f, 11);
    memcpy(to, t, 11);
    return 1;
}

/* "en el mismo comunicado", "in the same statement", "segundo o mesmo balanço" (a rule with said=same): the statement
 * date of the latest claim dated so in its paragraph or the one before ("The ministry said on Thursday that… In the
 * same statement, the ministry said 46 of them were still in custody"). Returns that date, or NULL. */
static const char *S_same_statement(S_ctx *c, const xd_mention *m)
{
    const extract_doc *d = c->d;
    size_t s0 = m->sent;
    while (s0 > 0 && d->sents[s0 - 1].para + 1 >= d->sents[m->sent].para)
        s0--;
    size_t lo = d->sents[s0].start;
    for (size_t k = d->n_claims; k-- > 0;) {
        const extract_claim *cl = &d->claims[k];
        if (cl->start < lo)
            break;
        if (cl->start < m->start && cl->claimed_on[0])
            return cl->claimed_on;
    }
    /* no dated figure before it: the statement a sentence before named, with its day beside its verb ("…garantiu
     * num comunicado divulgado hoje que… Na mesma nota, o comando lembra que…") */
    for (size_t k = (size_t)(m - d->ments); k-- > 0;) {
        const xd_mention *o = &d->ments[k];
        if (o->start < lo)
            break;
        if (o->kind != XP_CUE || o->sent == m->sent || S_cue_in_name(c, o) || S_quote_at(c, o->start) >= 0)
            continue;
        const char *date = S_date_by_cue(c, o);
        if (date)
            return date;
    }
    return NULL;
}

/* The reporting verb that dates a count: the last verb between its claimant's verb and the count, in the same
 * clause ("informó el viernes 29 de 43 arrestos, y el sábado 30 elevó a 107": elevó, not informó). */
static const xd_mention *S_dating_cue(const S_ctx *c, const xd_mention *cue, const xd_mention *n, size_t ma, size_t mb)
{
    if (!cue || cue->end > n->start)
        return cue;
    long q = S_quote_at(c, n->start);
    const xd_mention *best = cue;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind == XP_CUE && m->start >= cue->end && m->end <= n->start && S_same_context(c, q, m->start, n->sent) &&
            !S_cue_in_name(c, m) && !S_clause_between(c, ma, mb, m->end, n->start))
            best = m;
    }
    return best;
}

/* The day of the verb a reporting verb is coordinated with ("confirmó el viernes la liberación …, y afirmó que …
 * ochenta", "confirmou hoje …, e admitiu que até 80"): the same speaker on the same occasion. */
static const char *S_coordinated_date(S_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
{
    static const char *const conj[] = {"y", "e", "and"};
    const char *t = c->d->text.text;
    size_t e = cue->start;
    while (e > 0 && S_is_space(t[e - 1]))
        e--;
    size_t b = e;
    while (b > 0 && t[b - 1] >= 'a' && t[b - 1] <= 'z')
        b--;
    int coord = 0;
    for (size_t w = 0; w < sizeof conj / sizeof *conj && !coord; w++)
        coord = e - b == strlen(conj[w]) && strncmp(t + b, conj[w], e - b) == 0;
    for (size_t k = mb; coord && k-- > ma;) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind == XP_CUE && m->end <= b && !S_cue_in_name(c, m))
            return S_date_by_cue(c, m);
    }
    return NULL;
}

/* The day a source phrase was published: a date after "según", "segundo", "according to" in the same phrase (no
 * punctuation, number or role word between), with the count not inside it: "segundo o Anuário divulgado nesta
 * quinta-feira pelo Fórum"; "segundo o balanço que a plataforma tornou público no domingo"; "according to a report
 * released on Tuesday by the ministry". Returns the date's mention or NULL. */
static const xd_mention *S_source_date(const S_ctx *c, const xd_mention *n, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *src = &d->ments[k];
        if (src->kind != XP_SOURCE || S_quote_at(c, src->start) >= 0)
            continue;
        for (size_t j = k + 1; j < mb; j++) {
            const xd_mention *m = &d->ments[j];
            if (m->start < src->end)
                continue;
            if (m->start - src->end > 120 || S_num(m) || (m->kind == XP_DATEROLE && m->role != XD_ROLE_SAID) || m->kind == XP_CLAUSE ||
                (n->start >= src->end && n->start < m->start))
                break;
            if (m->kind != XP_DATE)
                continue;
            if (!m->date[0] || m->date_end[0] || m->whole_month || m->role == XD_DATE_NAMED || m->start == d->dateline_at)
                break;
            size_t x = src->end;
            while (x < m->start && !strchr(",;:.()\"", t[x]))
                x++;
            if (x == m->start)
                return m;
            break;
        }
    }
    return NULL;
}

/* Whether a colon opens text[a,b) (spaces aside): what follows it is what was said ("la difundió la Policía a
 * primera hora de esta mañana: doscientos once detenidos", "said on Tuesday: 200 people…"). */
static int S_colon_after(const char *t, size_t a, size_t b)
{
    if (b > a + 80)
        b = a + 80; /* four short words at most */
    /* the verb's object may come first, up to four lower-case words ("A PM atualizou há pouco o balanço: subiu para
     * 11", "updated on Monday its own list: 448") */
    for (int w = 0; w <= 4; w++) {
        while (a < b && S_is_space(t[a]))
            a++;
        if (a < b && t[a] == ':')
            return 1;
        if (a >= b || !((t[a] >= 'a' && t[a] <= 'z') || (unsigned char)t[a] >= 0x80))
            return 0;
        while (a < b && !S_is_space(t[a]) && t[a] != ':' && t[a] != ',' && t[a] != '.' && t[a] != ';' &&
               !(t[a] >= '0' && t[a] <= '9'))
            a++;
        if (a < b && (t[a] == ',' || t[a] == '.' || t[a] == ';' || (t[a] >= '0' && t[a] <= '9')))
            return 0;
    }
    return 0;
}

/* The reporting verb right before date m: the nearest one ending before it, within 60 bytes and with no clause
 * break between, not part of a name; or NULL. */
static const xd_mention *S_cue_before(const S_ctx *c, size_t ma, size_t mb, const xd_mention *m)
{
    const xd_mention *best = NULL;
    for (size_t r = ma; r < mb; r++) {
        const xd_mention *o = &c->d->ments[r];
        if (o->kind == XP_CUE && o->end <= m->start && m->start - o->end < 60 && !S_cue_in_name(c, o) &&
            (!best || o->end > best->end))
            best = o;
    }
    return best && !S_clause_between(c, ma, mb, best->end, m->start) ? best : NULL;
}

/* The first reporting verb within text[a,b) that is not part of a name, or NULL. */
static const xd_mention *S_cue_between(const S_ctx *c, size_t ma, size_t mb, size_t a, size_t b)
{
    for (size_t r = ma; r < mb; r++)
        if (c->d->ments[r].kind == XP_CUE && c->d->ments[r].start >= a && c->d->ments[r].end <= b &&
            !S_cue_in_name(c, &c->d->ments[r]))
            return &c->d->ments[r];
    return NULL;
}

/* Sets claimed_on / period from the dates of the sentence. */
static int S_verb_aside(const char *t, size_t ve, size_t ds, size_t de, size_t end);

/* "171 participants … were freed from detention and flown to Greece and Slovakia on Monday", "fueron liberados y
 * trasladados a Grecia el lunes": a day that closes the clause of the count's event word (the sentence or a comma
 * after it), with no punctuation, figure, reporting verb or other date between them, dates that event however far
 * the clause runs (up to 100 bytes). */
static int S_closes_event_clause(const S_ctx *c, const S_count *cnt, const xd_mention *m, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    const xd_mention *tr = cnt->trigger;
    if (!tr || tr->end > m->start || m->start - tr->end > 100 || cnt->num->start > m->start)
        return 0;
    for (size_t p = tr->end; p < m->start; p++)
        if (t[p] == ',' || t[p] == ';' || t[p] == ':' || t[p] == '(' || t[p] == '"' || t[p] == '.')
            return 0;
    size_t e = m->end;
    while (e < c->d->sents[m->sent].end && S_is_space(t[e]))
        e++;
    /* or a conjunction opening the next clause ("were freed … on Thursday and a further 14 on the 8th") */
    size_t se = c->d->sents[m->sent].end;
    int conj = (e + 4 <= se && !strncmp(t + e, "and ", 4)) || (e + 2 <= se && (!strncmp(t + e, "y ", 2) || !strncmp(t + e, "e ", 2)));
    if (e < se && t[e] != '.' && t[e] != ',' && !conj)
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        if (o->start >= tr->end && o->end <= m->start &&
            (S_num(o) || o->kind == XP_CUE || o->kind == XP_DATE || o->kind == XP_CLAUSE))
            return 0;
    }
    return 1;
}

/* "más de 300 detenidos recuperaron la libertad en los vuelos entre Adén y Saná, la capital en manos de los hutíes
 * desde 2014", "… the first step towards restoring diplomatic ties, broken off since 1961": a 'since' day after the
 * count, past a comma, in a phrase with words of its own but no event word, reporting verb, source or figure,
 * describes the noun that phrase names, not the count. Not a 'since' word right after the comma ("300 were
 * detained, most of them students, since Monday"): that one goes back to the clause before. */
static int S_since_describes(const S_ctx *c, const S_count *cnt, size_t k, size_t ma)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    const xd_mention *m = &d->ments[k];
    size_t cs, ce;
    S_count_extent(cnt, &cs, &ce);
    size_t at = m->start; /* where the 'since' word starts */
    for (size_t j = k; j-- > ma;)
        if (d->ments[j].kind == XP_DATEROLE && d->ments[j].end <= m->start) {
            at = d->ments[j].start;
            break;
        }
    if (at < ce)
        return 0;
    size_t comma = SIZE_MAX;
    for (size_t x = at; x-- > ce;)
        if (t[x] == ',') {
            comma = x;
            break;
        }
    if (comma == SIZE_MAX)
        return 0;
    int word = 0;
    for (size_t x = comma + 1; x < at && !word; x++)
        word = (t[x] >= 'a' && t[x] <= 'z') || (t[x] >= 'A' && t[x] <= 'Z') || (unsigned char)t[x] >= 0x80;
    if (!word)
        return 0;
    /* "the arrest of at least two dozen activists, journalists and medics since Oct. 1": the comma of a list */
    static const char *const coord_en[] = {" and ", " or ", " nor ", NULL}, *const coord_es[] = {" y ", " e ", " o ", " u ", " ni ", NULL},
                             *const coord_pt[] = {" e ", " ou ", " nem ", NULL};
    const char *const *coord = d->lang == XP_LANG_EN ? coord_en : d->lang == XP_LANG_PT ? coord_pt : coord_es;
    for (size_t w = 0; coord[w]; w++)
        for (size_t x = comma, n = strlen(coord[w]); x + n <= at; x++)
            if (strncmp(t + x, coord[w], n) == 0)
                return 0;
    for (size_t j = ma; j < k; j++) {
        const xd_mention *o = &d->ments[j];
        if ((o->kind == XP_TRIGGER || o->kind == XP_CUE || o->kind == XP_NUMBER || o->kind == XP_SOURCE) &&
            o->start > comma && o->end <= at)
            return 0;
    }
    return 1;
}

/* "registered 8,899 short-term arrests for political reasons throughout 2014", "contabilizó 8.899 detenciones … a
 * lo largo de 2014", "registou 8899 detenções … ao longo de 2014": a whole month or year after a word of the
 * lexicon span_words (throughout, a lo largo de, ao longo de, during) is the span the count covers when it follows
 * the count in the same clause (no comma, semicolon or colon between), however many words describe the people
 * first. */
static int S_over_span(const S_ctx *c, const S_count *cnt, const xd_mention *m)
{
    const char *t = c->d->text.text;
    size_t cs, ce;
    S_count_span(cnt, &cs, &ce);
    if (m->start < ce || m->start - ce > 120)
        return 0;
    for (size_t x = ce; x < m->start; x++)
        if (t[x] == ',' || t[x] == ';' || t[x] == ':' || t[x] == '(')
            return 0;
    for (size_t p = m->start + 1; p < m->end; p++)
        if (t[p] == ' ' && S_lexicon_has(c, "span_words", m->start, p))
            return 1;
    return 0;
}

static void S_dates(S_ctx *c, const S_count *counts, size_t n_counts, size_t i, const xd_mention *cue, size_t ma,
                    size_t mb, extract_claim *cl)
{
    extract_doc *d = c->d;
    const char *t = d->text.text;
    const S_count *cnt = &counts[i];
    const xd_mention *n = cnt->num;
    long q = S_quote_at(c, n->start);
    const xd_mention *said = cue; /* the claimant's verb */
    cue = S_dating_cue(c, cue, n, ma, mb);
    /* "The NGO, which counted 1,963 prisoners as of November 11, said on Sunday that …": a count in a relative
     * clause was not what the verb outside it said that day. A clause after the verb is what it said, set off by a
     * phrase or not ("afirmou na segunda-feira, numa conferência em Kiev, que a Rússia mantém…") */
    if (cue && cue->start >= n->end && S_in_relative(c, n, cue->start, cue->end))
        cue = said = NULL;
    size_t on_dc = SIZE_MAX; /* how far from the verb the claimed_on taken so far was: the nearest date wins */
    int hour_to = 0;         /* the period ends at an hour of no named day ("hasta el mediodía") */
    const xd_mention *since_at = NULL; /* the date a 'since' word gave the period's start */
    const xd_mention *published = cue ? NULL : S_source_date(c, n, ma, mb);
    size_t cs, ce;
    S_count_span(cnt, &cs, &ce);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind == XP_DATE && !m->date[0])
            S_resolve_anaphoric(c, k);
        if (m->kind == XP_DATE && !m->date[0])
            S_since_event(c, k);
        if (m->kind == XP_DATE && m->date[0])
            S_that_weekday(c, k);
        if (m->kind == XP_DATE && m->date[0] && xp_attr_get(m->rule, "dayonly"))
            S_day_of_month(c, k);
        const char *same = m->kind == XP_DATE && xp_attr_get(m->rule, "said") && !cl->claimed_on[0] ? S_same_statement(c, m) : NULL;
        if (same) {
            memcpy(cl->claimed_on, same, 11);
            S_trace(c, "date %s: claimed_on (the statement named before, \"%.*s\")", same, (int)(m->end - m->start), t + m->start);
            continue;
        }
        if (m->kind == XP_DATE && xp_attr_get(m->rule, "period") && !cl->period_from[0] && !cl->period_to[0] &&
            !S_date_elsewhere(c, counts, n_counts, i, m) && S_same_period(c, m, cl->period_from, cl->period_to)) {
            S_trace(c, "period %s..%s: the span named before (\"%.*s\")", cl->period_from, cl->period_to,
                    (int)(m->end - m->start), t + m->start);
            continue;
        }
        if (m->kind != XP_DATE || !m->date[0] || m->start == d->dateline_at)
            continue;
        if (m == published && !cl->claimed_on[0]) {
            memcpy(cl->claimed_on, m->date, 11);
            S_trace(c, "date %s: claimed_on (the day its source was published)", m->date);
            continue;
        }
        /* "Un video publicado el lunes en TikTok … asegura que…", "In its annual report, published on 30 August,
         * the network counted…": the day what reports the count was published, before the verb or "that" */
        /* a message seen since the weekend was first put out on its Saturday */
        if (!cl->claimed_on[0] && m->end <= cs && (!m->date_end[0] || xp_attr_get(m->rule, "weekend")) && !m->whole_month &&
            m->role != XD_DATE_NAMED && S_published(c, m, ma, mb) &&
            (S_cue_between(c, ma, mb, m->end, cs) || S_has_that(t, m->end, cs) || S_says_between(c, ma, mb, m->end, cs, 1) ||
             S_says_between(c, ma, mb, d->sents[m->sent].start, m->start, 0))) {
            memcpy(cl->claimed_on, m->date, 11);
            on_dc = 0;
            S_trace(c, "date %s: claimed_on (the day what reports it was published)", m->date);
            continue;
        }
        if (S_in_relative(c, m, cs, ce)) {
            S_trace(c, "date %s: inside a relative clause about something else", m->date);
            continue;
        }
        if (S_describes_noun(c, cnt, m)) {
            S_trace(c, "date %s: dates a participle describing the people counted, not their count", m->date);
            continue;
        }
        if (S_future_day(c, cnt, m, ma, mb)) {
            S_trace(c, "date %s: the day of an event still to come", m->date);
            continue;
        }
        int whole = m->whole_month;
        /* a weekend is a span named as one, whose bounds a role word picks ("since the weekend": Saturday) */
        int weekend = xp_attr_get(m->rule, "weekend") != NULL;
        /* a range carries its own bounds ("from 20 to 24 February" opens with a 'from' word of its own) */
        int role = m->date_end[0] && !whole && !weekend ? 0 : S_date_role(c, k, ma, mb);
        int mine = !S_date_elsewhere(c, counts, n_counts, i, m);
        int period_free = !cl->period_from[0] && !cl->period_to[0];
        /* "since the protests in September 2022, when more than 1,300 people were rounded up": the 'when' clause
         * holding the count says when its people were counted, whatever governs the date itself */
        if (mine && m->end <= cs && S_when_clause(c, m, cs) && !S_clause_between(c, ma, mb, m->end, cs)) {
            /* "ofreció el lunes, cuando informó de 1.133 detenidos", "divulgou nota nesta segunda-feira em que
             * nega que os 13…": a reporting verb in the clause makes the day the statement's */
            const xd_mention *says = S_cue_between(c, ma, mb, m->end, cs);
            if (says && m->role != XD_DATE_NAMED && !m->whole_month && !m->date_end[0]) {
                if (!cl->claimed_on[0]) {
                    memcpy(cl->claimed_on, m->date, 11);
                    on_dc = 0;
                    S_trace(c, "date %s: claimed_on (a 'when' clause reporting the count)", m->date);
                }
                continue;
            }
            if (period_free && !says) {
                S_set_period(c, cnt, m, cl, "a 'when' clause holding the count");
                continue;
            }
        }
        /* "desde septiembre", "since 2022": the first day of a month or year; "hasta junio": its last */
        /* "X, which has camped on the borders since late November, said on Saturday that 150 people were
         * detained since the 26th": a second 'since' day past the reporting verb, nearer the count, is what was
         * said; the first described the speaker */
        int since_again = role == 1 && since_at && since_at->end <= cs && m->start > since_at->end &&
                          S_cue_between(c, ma, mb, since_at->end, m->start);
        if (role == 1 && mine && S_since_describes(c, cnt, k, ma)) {
            S_trace(c, "date %s: a 'since' day describing what a phrase after the count names", m->date);
            continue;
        }
        if (role == 1 && mine && (!cl->period_from[0] || since_again)) {
            memcpy(cl->period_from, m->date, 11);
            since_at = m;
            S_trace(c, "date %s: period from (after a 'since' word)", m->date);
            continue;
        }
        if (role == 2 && mine && !cl->period_to[0]) {
            memcpy(cl->period_to, m->date_end[0] && (whole || weekend) ? m->date_end : m->date, 11);
            S_trace(c, "date %s: period to (after an 'until/as of' word)", m->date);
            hour_to = xp_attr_get(m->rule, "hour") != NULL;
            continue;
        }
        if (role)
            continue;
        /* an event's date ("the July 28 presidential election", "el golpe del 1 de febrero") tells when people
         * were arrested at it, never when they were released, held or when anyone spoke */
        if (m->role == XD_DATE_NAMED && cnt->event != EXTRACT_EVENT_DETENTION) {
            S_trace(c, "date %s: names another event", m->date);
            continue;
        }
        /* a range counts when its words mark it ("between … and …", "del … al …") */
        if (m->date_end[0] && !whole) {
            if (period_free && mine)
                S_set_period(c, cnt, m, cl, "the range counted");
            continue;
        }
        /* a whole month or year dates a count right against its event ("detained in February 2023") or opening
         * the sentence ("En 2020, el ministerio anunció la excarcelación de 1.486"); elsewhere it is background */
        if (whole) {
            /* "were freed pending trial in July 2023", "foram soltos sob fiança em julho de 2023": up to two
             * lower-case words between the event word and the month after it */
            int against = cnt->trigger && (S_distance(cnt->trigger->start, cnt->trigger->end, m) <= 12 ||
                                           (m->start >= cnt->trigger->end && S_gap_words(t, cnt->trigger->end, m->start, 2, 24)));
            if (mine && period_free && (against || (S_opening_date(c, m) && m->end <= cs)))
                S_set_period(c, cnt, m, cl, "a whole month or year");
            else if (mine && period_free && S_over_span(c, cnt, m))
                S_set_period(c, cnt, m, cl, "a whole month or year the count runs over");
            continue;
        }
        if (!S_same_context(c, q, m->start, n->sent) && !(cue && S_quote_at(c, cue->start) == S_quote_at(c, m->start)))
            continue;
        /* "early Thursday, tearing down the encampment and arresting more than 200 people": a gerund clause after the
         * date whose own gerund is the count's event word tells what happened that day */
        if (mine && period_free && m->end <= cs && S_gerund_clause(c, cnt, m) && !S_cue_between(c, ma, mb, m->end, cs)) {
            S_set_period(c, cnt, m, cl, "a gerund clause after it, holding the count");
            continue;
        }
        /* "Ayer por la mañana, Romero adelantó que…": a date opening the sentence dates the verb after it, or,
         * with no verb before the count, the event ("Anteontem à noite, … a polícia prendeu cerca de duzentas") */
        if (m->end <= cs && S_opening_date(c, m) && !S_clause_between(c, ma, mb, m->end, cs)) {
            /* any reporting verb there, whoever the claimant ("For comparison: on Tuesday, an AFP tally … put the
             * number of arrests at 1,195") */
            /* "In a statement issued on Saturday evening, X put the final tally at 1,667": an opening phrase that
             * names the occasion of speaking says when the figure was given, verb or not */
            if (m->role != XD_DATE_NAMED && (S_cue_between(c, ma, mb, m->end, cs) || S_that_says(t, cnt, m->end, cs) ||
                                             S_occasion_opening(c, m))) {
                if (!cl->claimed_on[0]) {
                    memcpy(cl->claimed_on, m->date, 11);
                    on_dc = 0;
                    S_trace(c, "date %s: claimed_on (opening the sentence, before the reporting verb)", m->date);
                }
                continue;
            }
            if (period_free && !(S_today_word(m) && cnt->event == EXTRACT_EVENT_HELD)) {
                S_set_period(c, cnt, m, cl, "opening the sentence of the event");
                continue;
            }
        }
        size_t dc = SIZE_MAX, dt = SIZE_MAX;
        if (cue)
            dc = S_distance(cue->start, cue->end, m);
        if (cnt->trigger)
            dt = S_distance(cnt->trigger->start, cnt->trigger->end, m);
        /* the count phrase itself anchors a date too: "stood at 88,521 on Friday 6 September" */
        size_t dn = S_distance(cs, ce, m);
        if (dn < dt)
            dt = dn;
        /* "said in a statement on Tuesday that it had released 200", "told reporters on Nov. 8 that ...": a date
         * between the reporting verb and the "that" introducing what was said dates the statement */
        int said_on = m->role != XD_DATE_NAMED && cue && cue->end <= m->start && m->end <= cs && m->start - cue->end < 60 &&
                      (S_has_that(t, m->end, cs) || S_colon_after(t, m->end, cs));
        /* "señaló el jueves que, según sus registros, …", "said on Thursday that, according to its count, …": a
         * date between any reporting verb and "that" dates the statement, also when the claimant came from a
         * source phrase rather than from that verb */
        if (!said_on && m->role != XD_DATE_NAMED && (!cue || cue->end > m->start) && m->end <= cs &&
            (S_has_that(t, m->end, cs) || S_colon_after(t, m->end, cs))) {
            const xd_mention *sv = S_cue_before(c, ma, mb, m);
            if (sv) {
                said_on = 1;
                dc = S_distance(sv->start, sv->end, m);
            }
        }
        /* a date opening a clause after the verb starts something else ("…, acrescentou o ministro. Na
         * segunda-feira, Yerlikaya tinha falado em 1.133") */
        /* '"…and more are coming tonight," said X': a day in the speaker's own words is what they spoke of, not
         * when the text says they spoke */
        /* "o Ministério da Defesa confirmou, também na quinta-feira, o regresso de 185 militares": a day set off by
         * commas right after the verb (an adverb aside) is said of the verb, however near the event word after it */
        /* "682 people had been arrested…, the force said, up from 571 at the same time yesterday": a day after the
         * verb with another figure between them is that figure's, not the statement's */
        int beyond = 0;
        for (size_t j = 0; cue && m->start >= cue->end && m->start - cue->end < 60 && j < n_counts && !beyond; j++)
            beyond = j != i && counts[j].num->start >= cue->end && counts[j].num->end <= m->start &&
                     counts[j].num->start > ce;
        int aside = cue && cue->end <= m->start && S_verb_aside(t, cue->end, m->start, m->end, d->sents[m->sent].end);
        /* "sostiene que anoche fueron detenidas al menos 50", "said that on Monday 40 were freed": a day after the
         * "that" of what was said, before the count, is part of what was said; it dates the event (not "hoy hay
         * 300 presos": the present of people held is the statement's) */
        int after_that = cue && cue->end <= m->start && m->end <= cs && S_has_that(t, cue->end, m->start) &&
                         !S_has_that(t, m->end, cs) && !(S_today_word(m) && cnt->event == EXTRACT_EVENT_HELD);
        int by_cue = m->role != XD_DATE_NAMED && cue && !after_that && (dc <= dt || aside) && dc < 60 && !S_other_cue_nearer(c, ma, mb, cue, m, dc) &&
                     !(m->start >= cue->end && S_opening_date(c, m)) && !beyond &&
                     !(S_quote_at(c, m->start) >= 0 && S_quote_at(c, m->start) != S_quote_at(c, cue->start));
        if (said_on && (!cl->claimed_on[0] || on_dc > dc)) {
            memcpy(cl->claimed_on, m->date, 11);
            on_dc = dc;
            S_trace(c, "date %s: claimed_on (between the reporting verb and what was said)", m->date);
        } else if (by_cue && (!cl->claimed_on[0] || on_dc > dc)) {
            memcpy(cl->claimed_on, m->date, 11);
            on_dc = dc;
            S_trace(c, "date %s: claimed_on (next to the reporting verb)", m->date);
        } else if ((dt < dc || after_that) && !S_possessive_date(t, m) && !S_of_occasion(c, m) &&
                   (dt < 40 || (after_that && dt < 120) || S_closes_event_clause(c, cnt, m, ma, mb)) && period_free && mine &&
                   !(S_today_word(m) && cnt->event == EXTRACT_EVENT_HELD)) {
            S_set_period(c, cnt, m, cl, "next to the event word");
        } else if (m->role != XD_DATE_NAMED && cue && q >= 0 && S_quote_at(c, m->start) < 0 && S_quote_at(c, cue->start) < 0 && m->start > cue->end &&
                   !cl->claimed_on[0] && !S_clause_between(c, ma, mb, cue->end, m->start)) {
            /* '"Ainda há 800 presos", escreveu Himiob na rede social X, pouco depois das 21h30 de domingo': outside
             * the quotation, after the verb that introduces it, a date can only say when it was said */
            memcpy(cl->claimed_on, m->date, 11);
            on_dc = dc;
            S_trace(c, "date %s: claimed_on (after the verb that reports the quotation)", m->date);
        } else {
            S_trace(c, "date %s: not tied to this count%s", m->date, mine ? "" : " (another count is nearer)");
        }
    }
    const char *co = !cl->claimed_on[0] && said ? S_coordinated_date(c, said, ma, mb) : NULL;
    if (co) {
        memcpy(cl->claimed_on, co, 11);
        S_trace(c, "date %s: claimed_on (the day of the verb it is coordinated with)", co);
    }
    /* "informó este domingo de que, hasta el mediodía, 19 personas seguían retenidas": an hour with no day of its
     * own is of the day the statement was made, when the text says it; else of the reference date */
    if (hour_to && cl->claimed_on[0]) {
        memcpy(cl->period_to, cl->claimed_on, 11);
        S_trace(c, "date %s: period to (an hour of the day of the statement)", cl->period_to);
    }

}

/* Whether the sentence of the date m names an event at which people are arrested or released of the kind `event`:
 * a word of the table event_days ("raid", "operativo", "manifestação": detention; "swap", "canje", "troca":
 * release; "both" for either) or an event word of that kind, near the date, or anywhere in a sentence the date
 * opens or is the only day of ("Agents swept through the construction site of the plant in Ellabell, west of
 * Savannah, on Sept. 4"). */
static int S_dates_event(const S_ctx *c, const xd_mention *m, int event)
{
    const extract_doc *d = c->d;
    size_t ss = d->sents[m->sent].start, se = d->sents[m->sent].end;
    size_t a = ss, b = se;
    int alone = 1; /* the only day its sentence names */
    for (size_t k = c->sent_first[m->sent]; k < c->sent_first[m->sent + 1] && alone; k++)
        alone = &d->ments[k] == m || d->ments[k].kind != XP_DATE || d->ments[k].dead;
    if (!alone && !S_opening_date(c, m)) {
        a = m->start > ss + S_EVENT_NEAR ? m->start - S_EVENT_NEAR : ss;
        b = m->end + S_EVENT_NEAR < se ? m->end + S_EVENT_NEAR : se;
    }
    const char *want = event == EXTRACT_EVENT_DETENTION ? "detention" : "release";
    if (S_table_word_in(d, "event_days", a, b, want) || S_table_word_in(d, "event_days", a, b, "both"))
        return 1;
    for (size_t k = c->sent_first[m->sent]; k < c->sent_first[m->sent + 1]; k++) {
        const xd_mention *o = &d->ments[k];
        if (o->kind == XP_TRIGGER && o->event == event && o->start >= a && o->end <= b)
            return 1;
    }
    return 0;
}

/* Whether sentence si has a date right after a 'since' or 'until' word: a span's bound, no event's day. */
static int S_bounded_date_in(const S_ctx *c, size_t si)
{
    const extract_doc *d = c->d;
    for (size_t q = c->sent_first[si]; q < c->sent_first[si + 1]; q++) {
        const xd_mention *r = &d->ments[q];
        if (r->kind != XP_DATEROLE || r->dead)
            continue;
        for (size_t x = q + 1; x < c->sent_first[si + 1] && d->ments[x].start < r->end + 16; x++)
            if (d->ments[x].kind == XP_DATE && !d->ments[x].dead && d->ments[x].start >= r->end)
                return 1;
    }
    return 0;
}

/* The time line of a story: "Agents swept through the site on Sept. 4. Speaking to reporters the following day, the
 * agent in charge said 475 people had been arrested", "Na manhã de 7 de novembro, o Ministério Público desencadeou
 * buscas. No comunicado divulgado nesse mesmo dia, a PGR deu conta de cinco detidos": a count of people arrested or
 * released whose sentence names its day only by reference to the day before it ("that night", "the following day",
 * "ese mismo día": prev=N rules), the day it was said on, is of the event of that earlier day when the earlier
 * date's sentence names an event of the same kind (S_dates_event). Any other day in the count's sentence leaves it
 * alone, and so does a whole month or year before; never for people held, whose count is of a day, not of an
 * event. The claimed_on the reference gave stays as it is: this sets the period only. */
static void S_event_day(S_ctx *c, const S_count *cnt, extract_claim *cl)
{
    extract_doc *d = c->d;
    if (cl->period_from[0] || cl->period_to[0] ||
        (cnt->event != EXTRACT_EVENT_DETENTION && cnt->event != EXTRACT_EVENT_RELEASE))
        return;
    size_t si = cnt->num->sent;
    size_t ref_at = SIZE_MAX; /* the date pointing back */
    for (size_t k = c->sent_first[si]; k < c->sent_first[si + 1]; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_DATE || m->dead || m->start == d->dateline_at)
            continue;
        const char *prev = xp_attr_get(m->rule, "prev");
        /* a day pointing back that the count's own dating did not reach ("En un comunicado difundido esa misma
         * noche, la policía informó de 62 detenidos") */
        if (prev && !m->date[0])
            S_resolve_anaphoric(c, k);
        if (prev && strtol(prev, NULL, 10) >= 0 && m->date[0] && ref_at == SIZE_MAX)
            ref_at = k;
        else if (!(m->date[0] && !strcmp(m->date, cl->claimed_on)))
            return;
    }
    if (ref_at == SIZE_MAX || S_bounded_date_in(c, si))
        return;
    const xd_mention *m = &d->ments[ref_at];
    for (size_t k = ref_at; k-- > 0;) {
        const xd_mention *o = &d->ments[k];
        if (d->sents[o->sent].para + 1 < d->sents[si].para)
            return;
        /* the date the reference resolved against (S_resolve_anaphoric) */
        if (o->kind != XP_DATE || !o->date[0] || o->start == d->dateline_at || o->dead || !d->sents[o->sent].dated)
            continue;
        /* the one it resolved against: its day, moved by prev=N days ("the following day") */
        long v = xr_parse_iso(o->date), w = xr_parse_iso(m->date);
        long back = strtol(xp_attr_get(m->rule, "prev"), NULL, 10) * (m->value > 0 ? (long)m->value : 1);
        if (v != LONG_MIN && w != LONG_MIN && v + back != w)
            continue;
        if (o->whole_month || v == LONG_MIN || w == LONG_MIN || !S_dates_event(c, o, cnt->event))
            return;
        /* "Our records, which we closed on Tuesday, add up to 3,040 arrests since 12 February. … The attorney
         * general presented a higher figure that same day": a day that closes a tally or says when a figure was
         * given is no event's */
        if (S_bounded_date_in(c, o->sent))
            return;
        for (size_t q = d->n_claims; q-- > 0;) {
            const extract_claim *e = &d->claims[q];
            if (e->end <= d->sents[o->sent].start)
                break;
            if (e->start <= o->start && o->end <= e->end && !strcmp(e->claimed_on, o->date))
                return;
        }
        S_set_period(c, cnt, o, cl, "the day of the event the day it was said points back to");
        return;
    }
}

/* Whether the date [ds, de) is an aside right after a verb ending at ve: a comma, at most one lower-case word
 * ("também", "also", "ya"), the date, and a comma after it. */
static int S_verb_aside(const char *t, size_t ve, size_t ds, size_t de, size_t end)
{
    size_t p = ve;
    if (p >= ds || t[p] != ',')
        return 0;
    p++;
    int words = 0;
    while (p < ds) {
        while (p < ds && S_is_space(t[p]))
            p++;
        if (p == ds)
            break;
        if (!(t[p] >= 'a' && t[p] <= 'z') || ++words > 1)
            return 0;
        while (p < ds && !S_is_space(t[p]))
            p++;
    }
    while (de < end && S_is_space(t[de]))
        de++;
    return de < end && t[de] == ',';
}

/* A date right beside a reporting verb (not a period bound), or 0 bytes when there is none. */
/* Whether date m already gave the period of a figure of its sentence and not its statement day ("O OVD-Info …
 * contabilizou 656 detenções ao longo daquele domingo. Segundo o mesmo grupo, outras 700…"): it tells when those
 * people were counted, not when the verb beside it spoke, for the sentences after. */
static int S_dated_a_period(const S_ctx *c, const xd_mention *m)
{
    const extract_doc *d = c->d;
    const xd_sentence *s = &d->sents[m->sent];
    /* the claims come in text order: those of the sentence are the latest ones */
    for (size_t k = d->n_claims; k-- > 0 && d->claims[k].start >= s->start;) {
        const extract_claim *o = &d->claims[k];
        if (o->start < s->end && o->start < s->end && strcmp(o->claimed_on, m->date) != 0 &&
            (strcmp(o->period_from, m->date) == 0 || strcmp(o->period_to, m->date) == 0))
            return 1;
    }
    return 0;
}

static const char *S_date_by_cue(S_ctx *c, const xd_mention *cue)
{
    extract_doc *d = c->d;
    size_t a, b;
    S_range(c, cue->sent, &a, &b);
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_DATE || !m->date[0] || m->date_end[0] || m->whole_month || m->start == d->dateline_at)
            continue;
        size_t dc = m->start >= cue->end ? m->start - cue->end : cue->start >= m->end ? cue->start - m->end : 0;
        if (dc > 40 || S_dated_a_period(c, m))
            continue;
        int role = 0;
        for (size_t r = a; r < b && !role; r++)
            role = d->ments[r].kind == XP_DATEROLE && d->ments[r].role != XD_ROLE_SAID && d->ments[r].end <= m->start &&
                   m->start - d->ments[r].end <= 4;
        if (!role)
            return m->date;
    }
    return NULL;
}

static int S_sentence_has_words(const S_ctx *c, const char *name, size_t si);

/* The day opening sentence sj ("Ontem, numa conferência de imprensa…", "On Thursday, the minister…"), a single day
 * that no date role governs, or 0 bytes. */
static const char *S_opening_day(S_ctx *c, size_t sj)
{
    extract_doc *d = c->d;
    size_t a, b;
    S_range(c, sj, &a, &b);
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind == XP_DATEROLE && m->role != XD_ROLE_SAID)
            return NULL;
        if (m->kind != XP_DATE)
            continue;
        if (!m->date[0] || m->date_end[0] || m->whole_month || m->role == XD_DATE_NAMED || m->start == d->dateline_at ||
            S_quote_at(c, m->start) >= 0 || !S_opening_date(c, m))
            return NULL;
        return m->date;
    }
    return NULL;
}

/* Whether a mention points back to a figure given before: "la cifra", "the tally", "o balanço" (ref=claim), or an
 * organisation's own figures ("su propio balance", "its figures": topic=1). */
static int S_figure_ref(const xd_mention *m)
{
    const char *ref = xp_attr_get(m->rule, "ref"), *topic = xp_attr_get(m->rule, "topic");
    return m->kind == XP_PRONOUN && ((ref && strcmp(ref, "claim") == 0) || topic);
}

/* The day beside an entry of the lexicon `name` in sentence sj, outside quotations, as S_date_by_cue finds it
 * beside a verb, or 0 bytes. */
static const char *S_words_date(S_ctx *c, const char *name, size_t sj)
{
    const char *t = c->d->text.text;
    size_t a = c->d->sents[sj].start, b = c->d->sents[sj].end;
    for (size_t p = a + 1; p <= b; p++) {
        unsigned char prev = (unsigned char)t[p - 1], ch = p < b ? (unsigned char)t[p] : ' ';
        if (!(S_letter_byte(prev) && !S_letter_byte(ch)) || S_quote_at(c, p - 1) >= 0 ||
            !S_words_before(c, name, a, p, S_ANY_CASE))
            continue;
        xd_mention at;
        memset(&at, 0, sizeof at);
        at.sent = sj;
        at.start = at.end = p;
        const char *date = S_date_by_cue(c, &at);
        if (date)
            return date;
    }
    return NULL;
}

/* Whether sentence sj opens with a quotation. */
static int S_opens_quoted(const S_ctx *c, size_t sj)
{
    size_t at = c->d->sents[sj].start;
    while (at < c->d->sents[sj].end && S_is_space(c->d->text.text[at]))
        at++;
    return at < c->d->sents[sj].end && S_quote_at(c, at + 1) >= 0;
}

/* What a neighbouring sentence sj says of the claim's statement: *speaks is set when, outside quotations, it has a
 * reporting verb or names the claimant; the day returned is the one beside its verb or the claimant's name, when it
 * has a verb and either names the claimant or points back to a figure without disputing it. After the count
 * (after=1), a named claimant only counts when the sentence opens with its words, quoted on the same occasion
 * ('"…," Vahidi told state television on Sunday'); "Su portavoz advirtió el lunes de que…" is another statement. */
static const char *S_speaking_date(S_ctx *c, size_t sj, const extract_claim *cl, int after, int any, int *speaks)
{
    extract_doc *d = c->d;
    size_t a, b;
    S_range(c, sj, &a, &b);
    const xd_mention *verb = NULL, *named = NULL;
    int figure = 0;
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if (S_quote_at(c, m->start) >= 0)
            continue;
        extract_actor who;
        memset(&who, 0, sizeof who);
        if (m->kind == XP_CUE && !S_cue_in_name(c, m) && !verb)
            verb = m;
        else if (m->kind == XP_ACTOR && !named && S_claimant_from(c, m, &who) && who.name &&
                 ((any && !after) || (cl->claimant.name && strcmp(who.name, cl->claimant.name) == 0)))
            named = m; /* any: the count's sentence only points back ("The Commissioner said 34…"), to whoever
                        * this sentence names */
        /* "Four weeks later, on 5 December, the prosecutor offered an update": a title or pronoun for the
         * claimant names them as much as their name */
        else if (!after && m->kind == XP_PRONOUN && m->role >= XD_REF_PERSON && m->role <= XD_REF_GOV && !named && S_claimant_from(c, m, &who) &&
                 who.name && (any || (cl->claimant.name && strcmp(who.name, cl->claimant.name) == 0)))
            named = m;
        else if (S_figure_ref(m) && figure >= 0)
            figure = 1;
        else if (m->kind == XP_STANCE || (m->kind == XP_CUE && m->stance > 0))
            figure = -1; /* "Y called the figure false on Monday" answers the claim, it does not date it */
    }
    *speaks = verb || named;
    /* "Lo ha anunciado esta mañana el ministerio", "The figures were released on Monday by ...": a sentence after
     * that opens with a word for what was reported points back to the figure as much as "the figure" would */
    if (after && !figure && S_opens_with(c, sj, "report_words"))
        figure = 1;
    if (after && named && !S_opens_quoted(c, sj))
        named = NULL;
    /* "Ontem, numa conferência de imprensa em Cartum, o porta-voz … fez o primeiro balanço. Segundo ele, …", "El
     * primer ministro ha comparecido esta mañana ante la prensa": before the count, a sentence naming the claimant
     * and the occasion on which they spoke (occasion_words) speaks without a reporting verb */
    /* so does one in which the reporter talked to them ("Eu conversei ontem com um deles, Haidar al-Saadi.",
     * floor_words) */
    int occasion = !after && !verb && named &&
                   (S_sentence_has_words(c, "occasion_words", sj) || S_sentence_has_words(c, "floor_words", sj));
    if (occasion)
        *speaks = 1;
    if ((!verb && !occasion) || !(named || (after && figure > 0)))
        return NULL;
    const char *date = named ? S_date_by_cue(c, named) : NULL;
    if (!date && verb)
        date = S_date_by_cue(c, verb);
    /* a day opening the sentence dates all of it ("Já ao princípio da noite de ontem, o ministro … apresentou um
     * balanço") */
    if (!date && !after && named)
        date = S_opening_day(c, sj);
    /* or the day beside the occasion's word ("The minister, X, gave the figures in a statement to parliament on
     * Monday, …") */
    if (!date && occasion)
        date = S_words_date(c, "occasion_words", sj);
    return date;
}

/* Whether sentence sj holds a number: a sentence with figures of its own makes statements of its own. */
static int S_has_number(const S_ctx *c, size_t sj)
{
    size_t a, b;
    S_range(c, sj, &a, &b);
    for (size_t k = a; k < b; k++)
        if (S_num(&c->d->ments[k]))
            return 1;
    return 0;
}

/* "Foro Penal entregó el balance el miércoles. … En total, 114 detenidos": when the count's own sentence does not
 * say when its claimant spoke, the day is taken from the reporting verb that named it — the quotation's speaker in
 * another sentence, or the same claimant's reporting verb in the sentence before, in the same paragraph; or the
 * sentence right after, when it has no figure of its own and names the claimant or points back to the figure ("El
 * Gobierno elevó a 5.040 los detenidos. El subsecretario entregó el balance el miércoles…"; "…fewer than 1,000
 * remained in custody. "…," Vahidi told state television on Sunday."). */
/* Whether sentence si names the claimant outside quotations (an actor whose claimant is cl's), rather than
 * pointing back to it ("He added that…", "La portavoz añadió…"). */
static int S_names_claimant(S_ctx *c, size_t si, const extract_claim *cl)
{
    size_t a, b;
    S_range(c, si, &a, &b);
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &c->d->ments[k];
        extract_actor who;
        if (m->kind == XP_ACTOR && S_quote_at(c, m->start) < 0 && S_claimant_from(c, m, &who) && who.name &&
            strcmp(who.name, cl->claimant.name) == 0)
            return 1;
    }
    return 0;
}


/* Whether sentence si holds, outside quotations, an entry of the lexicon `name` (phrases of up to three words). */
static int S_sentence_has_words(const S_ctx *c, const char *name, size_t si)
{
    const char *t = c->d->text.text;
    size_t a = c->d->sents[si].start, b = c->d->sents[si].end;
    for (size_t p = a + 1; p <= b; p++) {
        unsigned char prev = (unsigned char)t[p - 1], ch = p < b ? (unsigned char)t[p] : ' ';
        int word_end = (S_letter_byte(prev)) && !S_letter_byte(ch);
        if (word_end && S_quote_at(c, p - 1) < 0 && S_words_before(c, name, a, p, S_ANY_CASE))
            return 1;
    }
    return 0;
}

static int S_points_back(const S_ctx *c, size_t si, int need_ref);
static void S_statement_date(S_ctx *c, const xd_mention *cue, size_t si, extract_claim *cl)
{
    extract_doc *d = c->d;
    const char *date = NULL;
    int speaks = 0;
    if (cue && cue->sent != si)
        date = S_date_by_cue(c, cue);
    /* a count with a reporting verb of its own is a statement of its own ("Él mismo elevó semanas después…"),
     * unless that verb's subject only points back to a speaker named before ("Kissana told reporters on Monday
     * that… He added that 30 of them…"): then the statement goes on, and so does its day, unless the sentence
     * says it came later ("Él mismo elevó semanas después el total…": later_words) */
    /* a sentence whose subject the claimant rules could not read ("Os militares garantem que…") points back too */
    int any = S_points_back(c, si, cl->claimant.name != NULL) && !S_sentence_has_words(c, "later_words", si);
    int goes_on = cue && cue->sent == si && (!cl->claimant.name || !S_names_claimant(c, si, cl)) &&
                  !S_sentence_has_words(c, "later_words", si);
    for (size_t back = 1; !date && (!cue || goes_on || any) && !speaks && back <= 2 && back <= si; back++) {
        size_t sj = si - back;
        if (d->sents[sj].para != d->sents[si].para || d->sents[sj].section != XD_SECTION_BODY)
            break;
        date = S_speaking_date(c, sj, cl, 0, any, &speaks); /* the nearest sentence that speaks decides */
    }
    size_t sn = si + 1;
    if (!date && (!cue || cue->sent == si) && sn < d->n_sents && d->sents[sn].para == d->sents[si].para &&
        d->sents[sn].section == XD_SECTION_BODY && d->sents[si].section == XD_SECTION_BODY && !S_has_number(c, sn))
        date = cl->claimant.name ? S_speaking_date(c, sn, cl, 1, 0, &speaks) : NULL;
    if (date) {
        memcpy(cl->claimed_on, date, 11);
        S_trace(c, "date %s: claimed_on (the day its claimant spoke, in a neighbouring sentence)", date);
    }
}

/* "On Thursday the minister told Parliament that 177 people are held… The minister also informed MPs that 1,304
 * people had been arrested", "Soylu acrescentou que…", "On 9 November he said that 208 people had been detained;
 * seven had been released": a figure of the claimant who gave the figure right before it, in the same sentence or
 * in one that carries the statement on (added_words), with no other day named in between (nor a word saying the
 * statement came later), goes on with that statement and takes its day. The figure before is the latest claim of
 * the body, in the count's sentence or at most S_GOES_ON sentences back. Without such a word the corpus leaves
 * the day open ("Según el balance difundido por la organización, al menos 804…"). */
#define S_GOES_ON 3

/* Whether any byte of set occurs in the n bytes at p. */
static int S_any_of(const char *p, size_t n, const char *set)
{
    for (const char *q = set; *q; q++)
        if (memchr(p, *q, n))
            return 1;
    return 0;
}
/* Whether sentence si only points back to a speaker: outside quotations it names nobody (no actor) but refers to
 * someone (a pronoun or title for a person, body or government: "Of those, he said,", "El jerarca precisó",
 * "Segundo ele,", "it added") beside a reporting verb or source word. Such a sentence carries on the statement
 * before it whoever the claimant rules made of the reference. */
static int S_sentence_has_words(const S_ctx *c, const char *name, size_t si);
static int S_points_back(const S_ctx *c, size_t si, int need_ref)
{
    size_t a, b;
    S_range(c, si, &a, &b);
    int ref = 0, says = 0;
    size_t said_end = SIZE_MAX; /* the end of the first reporting verb or source word */
    for (size_t k = a; k < b && said_end == SIZE_MAX; k++) {
        const xd_mention *m = &c->d->ments[k];
        if ((m->kind == XP_CUE || m->kind == XP_SOURCE) && S_quote_at(c, m->start) < 0)
            said_end = m->end;
    }
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (S_quote_at(c, m->start) >= 0)
            continue;
        /* a name before the verb or right after it is its subject ("…, dijo Foro Penal"); one further on is what
         * the statement is about ("…e acusam a Liga de…") */
        if (m->kind == XP_ACTOR && (said_end == SIZE_MAX || m->start < said_end + 24))
            return 0;
        if ((m->kind == XP_PRONOUN && m->role >= XD_REF_PERSON && m->role <= XD_REF_GOV) || m->kind == XP_TITLE)
            ref = 1;
        if (m->kind == XP_CUE || m->kind == XP_SOURCE)
            says = 1;
    }
    /* "Los setenta y ocho restantes, añadió, permanecen…": a verb of going on needs no subject */
    return says && (ref || !need_ref || S_sentence_has_words(c, "added_words", si));
}

static void S_statement_goes_on(S_ctx *c, size_t si, size_t at, extract_claim *cl)
{
    extract_doc *d = c->d;
    const extract_claim *prev = NULL;
    size_t from = d->n_claims > S_LOOKBACK ? d->n_claims - S_LOOKBACK : 0;
    for (size_t k = from; k < d->n_claims; k++)
        if (d->claims[k].start <= d->sents[si].start && (!prev || d->claims[k].start >= prev->start))
            prev = &d->claims[k];
    if (!prev || !prev->claimed_on[0] || !prev->claimant.name || strcmp(prev->section, "body") != 0 ||
        d->sents[si].section != XD_SECTION_BODY)
        return;
    int same = cl->claimant.name && strcmp(prev->claimant.name, cl->claimant.name) == 0;
    if (!same && !S_points_back(c, si, 1))
        return;
    size_t sp0 = si;
    while (sp0 > 0 && d->sents[sp0].start > prev->start)
        sp0--;
    /* only within its paragraph: the next one ("08:32 - Meza precisó…", "Según el balance difundido por la
     * organización, …") is mostly another occasion, whatever it points back to */
    if (!same && d->sents[sp0].para != d->sents[si].para)
        return;
    size_t sp = si;
    while (sp > 0 && d->sents[sp].start > prev->start)
        sp--;
    /* "A comissão divulgou ontem um balanço: 1.025 detidos. O órgão diz que 863 já foram soltos": in the same
     * paragraph, a sentence that only points back to the claimant (a pronoun, "the body") carries it on too */
    int pointed = d->sents[sp].para == d->sents[si].para && (!same || !S_names_claimant(c, si, cl));
    if (si - sp > S_GOES_ON || S_sentence_has_words(c, "later_words", si) ||
        !(sp == si || pointed || S_sentence_has_words(c, "added_words", si)))
        return;
    /* "Biriukov aseguró además que casi 400 de los arrestados durante el fin de semana…": with a word carrying the
     * statement on, a day after the count in its own clause tells of the people counted, not of the statement */
    int added = S_sentence_has_words(c, "added_words", si);
    for (size_t sj = sp + 1; sj <= si; sj++) {
        size_t a, b;
        S_range(c, sj, &a, &b);
        for (size_t k = a; k < b; k++) {
            const xd_mention *m = &d->ments[k];
            if (sj == si && added && m->start > at && !S_any_of(d->text.text + at, m->start - at, ",;.:"))
                continue;
            /* a day named in between starts another occasion; one in the count's own sentence that is not its
             * period tells of occasions of its own */
            if (m->kind == XP_DATE && m->start != d->dateline_at &&
                !(sj == si && m->date[0] && (strcmp(m->date, cl->period_from) == 0 || strcmp(m->date, cl->period_to) == 0 ||
                                             strcmp(m->date, prev->claimed_on) == 0 ||
                                             (m->date_end[0] && strcmp(m->date_end, cl->period_to) == 0))))
                return;
        }
    }
    memcpy(cl->claimed_on, prev->claimed_on, sizeof cl->claimed_on);
    S_trace(c, "date %s: claimed_on (the statement of the same claimant's figure before goes on)", cl->claimed_on);
}

/* A stance marker applies to the first count after it in its sentence, or else to the nearest count before it. */
static int S_stance(S_ctx *c, const S_count *counts, size_t n_counts, size_t i, const xd_mention *cue, size_t ma,
                    size_t mb)
{
    extract_doc *d = c->d;
    int stance = cue && cue->stance >= 0 ? cue->stance : EXTRACT_STANCE_ASSERTS;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_STANCE || m->stance < 0)
            continue;
        size_t target = SIZE_MAX;
        for (size_t j = 0; j < n_counts; j++)
            if (counts[j].num->start >= m->end && counts[j].num->start - m->end < 200) {
                target = j;
                break;
            }
        if (target == SIZE_MAX)
            for (size_t j = n_counts; j-- > 0;)
                if (counts[j].num->end <= m->start) {
                    target = j;
                    break;
                }
        if (target == i)
            stance = m->stance;
    }
    return stance;
}

/* "Las ONG discuten el balance oficial. Según ellas, son 200." / "The group rejected the figure. It counts 500.":
 * a sentence with no figure of its own whose verb disputes or denies, right before the sentence of
 * a count from the same speaker, gives that count its stance. Returns the stance, or -1. */
static int S_stance_before(S_ctx *c, size_t si, const extract_actor *who)
{
    extract_doc *d = c->d;
    if (si == 0 || !who->name || d->sents[si - 1].para != d->sents[si].para ||
        d->sents[si - 1].section != d->sents[si].section)
        return -1;
    size_t ma, mb;
    S_range(c, si - 1, &ma, &mb);
    int stance = -1;
    const xd_mention *by = NULL;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (S_num(m))
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
    int found = S_cue_subject(c, by, &speaker);
    for (size_t k = ma; k < mb && !found; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->start < by->start && (m->kind == XP_ACTOR || m->kind == XP_PRONOUN))
            found = S_claimant_from(c, m, &speaker);
    }
    if (!found || !speaker.name || strcmp(speaker.name, who->name) != 0)
        return -1;
    S_trace(c, "stance: from the sentence before (\"%.*s\"), same speaker %s", (int)(by->end - by->start),
            d->text.text + by->start, who->name);
    return stance;
}

static const char *const S_qual_names[] = {"exact", "approx", "at_least", "more_than", "at_most", "less_than"};

/* Whether text[a,b) holds only a relative word ("que", "who", "that", "which", "quienes") and a word or two
 * before an event word: the event word is in a clause describing the people. */
static int S_relative_before(const char *t, size_t a, size_t b)
{
    static const char *const rel[] = {"que ", "who ", "that ", "which ", "quienes ", "quem "};
    while (a < b && (S_is_space(t[a]) || t[a] == ','))
        a++;
    for (size_t r = 0; r < sizeof rel / sizeof *rel; r++) {
        size_t n = strlen(rel[r]);
        if (b - a >= n && strncmp(t + a, rel[r], n) == 0 && S_gap_words(t, a + n, b, 2, 16))
            return 1;
    }
    return 0;
}

/* "178 guards and administrative workers who had been held hostage", "67 jovens que se encontravam na Cadeia":
 * whether text[a,b) is the rest of the people's noun phrase (at most four lower-case words) and then a relative
 * word and a word or two: an event word at b sits in a clause describing the people. */
static int S_relative_clause(const char *t, size_t a, size_t b, size_t end)
{
    static const char *const rel[] = {"que ", "who ", "that ", "which ", "quienes ", "quem ", "os quais ", "los cuales "};
    if (b < a || b - a > 80)
        return 0;
    for (size_t i = a; i <= b && i + 4 < end; i++) {
        if (i > a && !S_is_space(t[i - 1]) && t[i - 1] != ',')
            continue;
        for (size_t r = 0; r < sizeof rel / sizeof *rel; r++) {
            size_t n = strlen(rel[r]);
            if (i + n > end)
                continue;
            /* the event phrase may take in its relative word ("que estava detido") */
            if (strncmp(t + i, rel[r], n) == 0 && S_gap(t, a, i, 4, 40, 1) && (i >= b || S_gap_words(t, i + n, b, 2, 24)))
                return 1;
        }
    }
    return 0;
}

/* Whether a relative word opens a clause in text[a,b): what follows it describes someone else. */
static int S_has_relative(const char *t, size_t a, size_t b)
{
    static const char *const rel[] = {"que", "who", "which", "quienes", "quem"};
    for (size_t i = a; i < b; i++) {
        if (i > a && !S_is_space(t[i - 1]) && t[i - 1] != ',')
            continue;
        for (size_t r = 0; r < sizeof rel / sizeof *rel; r++) {
            size_t n = strlen(rel[r]);
            if (i + n < b && strncmp(t + i, rel[r], n) == 0 && S_is_space(t[i + n]))
                return 1;
        }
    }
    return 0;
}

/* Whether text[a,b) holds a comma, semicolon or colon. */
static int S_has_comma(const char *t, size_t a, size_t b)
{
    for (size_t x = a; x < b; x++)
        if (t[x] == ',' || t[x] == ';' || t[x] == ':')
            return 1;
    return 0;
}

/* The first release or detention word (held too when `held`: a state phrase of several words within 60 bytes, or
 * 120 with no comma between: "262 manifestantes detidos durante os protestos de … continuam presos";
 * "were still in detention", "siguen presos"; a lone held verb, "contabilizar", "counts", usually counts something
 * else) within 120 bytes after `from`, in the same clause: no clause break, no other count and no reporting verb ("… e garantiu que …")
 * between. NULL when there is none. */
static const xd_mention *S_main_verb_past(const S_ctx *c, const S_count *counts, size_t n_counts, size_t i, size_t ma,
                                          size_t mb, size_t from, int held, int inner)
{
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start > from && m->kind == XP_CUE)
            return NULL;
        if (m->kind == XP_TRIGGER && m->start > from && S_part_subject(c, m))
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
        for (size_t j = 0; j < n_counts; j++)
            if (j != i && counts[j].num->start > from && counts[j].num->start < m->start)
                return NULL;
        return m;
    }
    return NULL;
}

static const xd_mention *S_main_verb_after(const S_ctx *c, const S_count *counts, size_t n_counts, size_t i, size_t ma,
                                           size_t mb, size_t from, int held)
{
    return S_main_verb_past(c, counts, n_counts, i, ma, mb, from, held, 0);
}

/* "a libertação, na quinta-feira, de 67 jovens que …": the release or detention word that governs the count from
 * before it in its clause (within 60 bytes, no other figure, clause break or reporting verb between), or NULL. */
static const xd_mention *S_governing_before(const S_ctx *c, size_t ma, size_t mb, size_t lead)
{
    const xd_mention *best = NULL;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start >= lead)
            break;
        if (m->kind == XP_TRIGGER && m->end <= lead && lead - m->end <= 60 &&
            (m->event == EXTRACT_EVENT_RELEASE || m->event == EXTRACT_EVENT_DETENTION))
            best = m;
        else if (best && (S_num(m) || m->kind == XP_CLAUSE || m->kind == XP_CUE))
            best = NULL;
    }
    return best;
}

/* Whether text[a,b) holds at most `words` lower-case words besides the days in it ("esta semana", "este martes",
 * ", no sábado,"): a comma only before a day, and after it only when one came before it (the day set off), no other
 * punctuation, at most 60 bytes. */
static int S_gap_past_days(const S_ctx *c, size_t ma, size_t mb, size_t a, size_t b, int words)
{
    static const char *const days[] = {"esta semana", "essa semana", "nesta semana", "this week", "last week",
                                       "la semana pasada", "na semana passada"};
    const char *t = c->d->text.text;
    if (b < a || b - a > 60)
        return 0;
    int n = 0, in = 0, opened = 0;
    for (size_t i = a; i < b;) {
        size_t skip = 0;
        for (size_t q = ma; q < mb && !skip; q++)
            if (c->d->ments[q].kind == XP_DATE && c->d->ments[q].start == i)
                skip = c->d->ments[q].end - i;
        for (size_t w = 0; w < sizeof days / sizeof *days && !skip; w++)
            if (i + strlen(days[w]) <= b && strncmp(c->d->fold.data + S_fold_at(c->d, i), days[w], strlen(days[w])) == 0)
                skip = strlen(days[w]);
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
            while (j < b && S_is_space(t[j]))
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
        if (S_is_space((char)ch)) {
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

/* "225 people arrested during the unrest would be set free", "presos detenidos en 2024 fueron excarcelados":
 * a detention word right after the people noun describes who they are; a release word later in the same
 * clause says what happened to them. */
static void S_prefer_main_verb(S_ctx *c, const S_count *counts, size_t n_counts, size_t i, size_t ma, size_t mb)
{
    S_count *cnt = (S_count *)&counts[i];
    const xd_mention *tr = cnt->trigger, *m = NULL;
    size_t cs, ce;
    S_count_span(cnt, &cs, &ce);
    /* "312 detentos que não retornaram … já foram recapturados": a word for something else in a relative
     * clause describes the people; a release or detention word after it in the clause is what happened */
    if (tr && tr->event == XD_EVENT_NONE && tr->start >= ce && S_relative_before(c->d->text.text, ce, tr->start))
        m = S_main_verb_after(c, counts, n_counts, i, ma, mb, tr->end, 0);
    /* "Sete jornalistas que tinham sido detidos …, foram libertados", "178 guards … who had been held hostage …
     * had been freed", "la puesta en libertad de 67 jóvenes que se encontraban en la cárcel": a held or detention
     * word in a relative clause after the people describes them; what happened to them is the main verb after
     * the clause, else the word governing the count before it */
    if (!m && tr && tr->event != XD_EVENT_NONE && tr->start >= ce && S_relative_clause(c->d->text.text, ce, tr->start, tr->end)) {
        m = S_main_verb_past(c, counts, n_counts, i, ma, mb, tr->end, 0, 1);
        /* "… who are being held incommunicado, among them X, who refused … the release": a word in a further
         * relative clause is not the main verb */
        if (m && S_has_relative(c->d->text.text, tr->end, m->start))
            m = NULL;
        if (!m)
            m = S_governing_before(c, ma, mb, cnt->qual ? cnt->qual->start : cs);
        if (m && m->event == tr->event)
            m = NULL;
    }
    int in_noun = cnt->subject && tr && tr->start >= cnt->subject->start && tr->end <= cnt->subject->end;
    /* "124 detenciones ... liberadas horas después": a count of arrests (no people noun) stays a count of arrests */
    /* "20 mil detenções … incluindo pessoas que foram soltas": a noun for the acts (act=1) counts arrests */
    /* "20 people arrested in 2019 were still in detention": a state after the description holds them now;
     * "los doce campesinos encarcelados desde 2019 ya duermen en casa": so does a release after a held participle */
    if (!m && tr && (tr->event == EXTRACT_EVENT_DETENTION || (tr->event == EXTRACT_EVENT_HELD && S_bare_participle(c, tr))) &&
        cnt->subject && !xp_attr_get(cnt->subject->rule, "act") &&
        (in_noun || (tr->start >= ce && S_gap_words(c->d->text.text, ce, tr->start, 0, 1))))
        m = S_main_verb_after(c, counts, n_counts, i, ma, mb, tr->end, 1);
    /* "libertaram esta semana 641 pessoas detidas", "excarceló este martes a 56 personas encarceladas", "freed on
     * Tuesday 56 people detained in March": a detention or held participle in or right after the people noun
     * describes them; a release or detention verb governing the count from before it, a day between, is what
     * happened to them */
    if (!m && tr && (tr->event == EXTRACT_EVENT_DETENTION || tr->event == EXTRACT_EVENT_HELD) &&
        !memchr(c->d->text.text + tr->start, ' ', tr->end - tr->start) &&
        (in_noun || (tr->start >= ce && S_gap_words(c->d->text.text, ce, tr->start, 0, 1)))) {
        size_t lead = cnt->qual ? cnt->qual->start : cs;
        m = S_governing_before(c, ma, mb, lead);
        /* only a day and a word or three between, not a comma of the sentence ("released …, leaving 201 in
         * custody") nor another figure's own noun ("300 detenidos y cuarenta jóvenes encarcelados") */
        if (m && (m->event == tr->event || !S_gap_past_days(c, ma, mb, m->end, lead, 3) ||
                  S_noun_of_number(c, ma, mb, m, cnt->num)))
            m = NULL;
    }
    if (!m)
        return;
    S_trace(c, "count %lld: \"%.*s\" describes the people; \"%.*s\" is what happened to them",
            (long long)cnt->num->value, (int)(tr->end - tr->start), c->d->text.text + tr->start,
            (int)(m->end - m->start), c->d->text.text + m->start);
    cnt->trigger = m;
}

/* Finds "of the 553" / "entre los arrestados" in a sentence: a partitive word followed by a figure an earlier
 * claim gave, or by an event word or event noun. Sets the group's event and where it ends. */
static void S_partitive(S_ctx *c, size_t ma, size_t mb, int *event, size_t *at, int *whole)
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
            owned = S_num(&d->ments[q]) && d->ments[q].end <= p->start && S_gap_words(t, d->ments[q].end, p->start, 0, 2);
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
            if (m->start > p->end + 2 || !S_gap_words(t, p->end, m->start, 0, 2))
                break;
            if (S_num(m)) {
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
static int S_coordinated_day(const S_ctx *c, const S_count *counts, size_t i, size_t j, const xd_mention *day, size_t ma,
                             size_t mb)
{
    static const char *const conj[] = {" y ", " e ", " and "};
    static const char *const contrast[] = {"pero", "mas", "but", "mientras", "enquanto", "while", "whereas", "sin embargo",
                                           "no entanto", "however"};
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    const S_count *a = &counts[j], *b = &counts[i];
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
        for (size_t w = 0; w < sizeof conj / sizeof *conj && !has_conj; w++) {
            size_t l = strlen(conj[w]);
            has_conj = strncmp(t + x, conj[w], l) == 0 && x + l <= hi &&
                       ((x > 0 && t[x - 1] == ',') || (t[x + l] >= 'A' && t[x + l] <= 'Z') ||
                        ((unsigned char)t[x + l] == 0xC3 && (unsigned char)t[x + l + 1] < 0x9F) || (a->trigger && a->trigger == b->trigger &&
                                                  (a->num->start > a->trigger->start) == (b->num->start > a->trigger->start)) ||
                        /* "liberó el lunes a 14 guerrilleros y la guerrilla hizo lo propio con seis": the day stands
                         * between the first verb and its count, so it is that clause's, and "y" joins the next */
                        (a->trigger && a->trigger->end <= day->start && day->end <= a->num->start));
        }
        for (size_t w = 0; w < sizeof contrast / sizeof *contrast; w++) {
            size_t l = strlen(contrast[w]);
            if (x + l <= hi && strncmp(d->fold.data + S_fold_at(d, x), contrast[w], l) == 0 &&
                (x == 0 || !((t[x - 1] >= 'a' && t[x - 1] <= 'z') || (t[x - 1] >= 'A' && t[x - 1] <= 'Z'))) &&
                !((t[x + l] >= 'a' && t[x + l] <= 'z')))
                return 0;
        }
    }
    if (!has_conj)
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind == XP_DATE && m->start >= lo && m != day)
            return 0;
        if ((m->kind == XP_CUE || m->kind == XP_CLAUSE || m->kind == XP_DATEROLE) && m->start >= lo && m->end <= hi &&
            !(m->kind == XP_CUE && S_cue_in_name(c, m)))
            return 0;
    }
    return 1;
}

/* The event word a count of companions shares (a with_words phrase right before it: "junto con otros 575 presos",
 * "juntamente com", "along with"): the last event word before it in the sentence, not one opening an aside set off
 * by commas, with no other count and no clause break between; NULL when there is none. */
static const xd_mention *S_companion_event(const S_ctx *c, const S_count *counts, size_t i, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    const S_count *cnt = &counts[i];
    size_t lead = cnt->qual && cnt->qual->start < cnt->num->start ? cnt->qual->start : cnt->num->start;
    if (!S_words_before(c, "with_words", d->sents[cnt->num->sent].start, lead, S_ANY_CASE))
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
        int aside = cm > lo && S_gap_words(d->text.text, cm, m->start, 1, 16);
        for (size_t x = m->end; x < lead && aside; x++)
            if (d->text.text[x] == ',')
                aside = 2;
        if (aside != 2)
            best = m;
    }
    if (best && S_clause_between(c, ma, mb, best->end, lead))
        return NULL;
    return best;
}

/* Whether a "since" word (a daterole from: since, desde) follows the people noun ending at pos in its clause:
 * within 60 bytes, with no punctuation, event word, reporting verb, clause break or other count between (the
 * date itself may start with the word: "since Wednesday"). */
static int S_counted_since(const S_ctx *c, size_t ma, size_t mb, size_t pos)
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
            return 1;
        if (m->kind == XP_TRIGGER || m->kind == XP_CUE || m->kind == XP_CLAUSE || S_num(m) || m->kind == XP_DATEROLE)
            return 0;
    }
    return 0;
}

static int S_sentence(S_ctx *c, size_t si)
{
    extract_doc *d = c->d;
    size_t ma, mb;
    S_range(c, si, &ma, &mb);
    const xd_sentence *s = &d->sents[si];
    if (d->explain) {
        xi_buf_printf(&d->trace, "sentence %zu [%zu,%zu): %.*s\n", si, s->start, s->end, (int)(s->end - s->start),
                      d->text.text + s->start);
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *m = &d->ments[k];
            xi_buf_printf(&d->trace, "  %-10s %-28s \"%.*s\"", xp_kind_names[m->kind], m->rule->id, (int)(m->end - m->start),
                          d->text.text + m->start);
            if (S_num(m))
                xi_buf_printf(&d->trace, " value=%lld", (long long)m->value);
            if (m->kind == XP_DATE)
                xi_buf_printf(&d->trace, " date=%s", m->date[0] ? m->date : "(unresolved)");
            xi_buf_putc(&d->trace, '\n');
        }
    }
    S_count counts[64];
    size_t n_counts = 0;
    for (size_t k = ma; k < mb && n_counts < 64; k++) {
        const xd_mention *m = &d->ments[k];
        if (!S_num(m))
            continue;
        if (S_make_count(c, k, ma, mb, &counts[n_counts]) ||
            (n_counts && S_contrast_count(c, &counts[n_counts - 1], k, ma, mb, &counts[n_counts])))
            n_counts++;
        else
            S_trace(c, "number %lld (\"%.*s\"): not a count of people (no people noun, no event word beside it)",
                    (long long)m->value, (int)(m->end - m->start), d->text.text + m->start);
    }
    int part_event = -1;
    size_t part_at = SIZE_MAX;
    int part_whole = 0;
    S_partitive(c, ma, mb, &part_event, &part_at, &part_whole);
    for (size_t i = 0; i < n_counts; i++) {
        S_count *cnt = &counts[i];
        size_t dist = SIZE_MAX;
        /* "De esos 553, como mucho 200 serán presos políticos": a part of a group counted before has that
         * group's event, whatever the noun alone would say. */
        if (part_event >= 0 && cnt->num->start > part_at && cnt->num->start - part_at < 60 &&
            (!cnt->adjacent || cnt->trigger->event == EXTRACT_EVENT_HELD) &&
            !S_clause_between(c, ma, mb, part_at, cnt->num->start) &&
            /* a group named inside what describes the speaker ("la Comisión, que asiste a parte de los arrestados,
             * asegura que 33 personas pasaron la noche en los calabozos") is not the count's; a total named for
             * the count is, across an aside ("Of that total, prosecutors said, 310 …") */
            (part_whole || !S_cue_between(c, ma, mb, part_at, cnt->num->start))) {
            cnt->event = part_event;
            S_trace(c, "count %lld: part of a group named before it, event %s", (long long)cnt->num->value,
                    S_event_names[part_event]);
            part_event = -1; /* the part named right after the group; later counts stand on their own */
            continue;
        }
        /* "8,777 ministry employees, among them 7,899 police officers", "the death toll at 110, among them eight
         * members of the security forces": the group is the figure before the part in its sentence; when that figure
         * counted none of our people, neither does the part (no earlier claim's event) */
        if (cnt->among) {
            const xd_mention *prev = NULL;
            for (size_t q = ma; q < mb && d->ments[q].start < cnt->num->start; q++)
                if (S_num(&d->ments[q]))
                    prev = &d->ments[q];
            if (prev && (i == 0 || counts[i - 1].num != prev)) {
                cnt->event = XD_EVENT_NONE;
                S_trace(c, "count %lld: a part of a figure that counts none of ours", (long long)cnt->num->value);
                continue;
            }
        }
        /* "We have confirmed only 22 political prisoners among them": the group's event, not the noun's */
        if (cnt->among && (i > 0 ? counts[i - 1].event : d->n_claims ? (int)d->claims[d->n_claims - 1].event : -1) >= 0) {
            cnt->event = i > 0 ? counts[i - 1].event : (int)d->claims[d->n_claims - 1].event;
            S_trace(c, "count %lld: a part of the group counted before it, event %s", (long long)cnt->num->value,
                    cnt->event == XD_EVENT_NONE ? "none" : S_event_names[cnt->event]);
            continue;
        }
        /* '"A PF fala em 599, mas …"': a bare figure the text gave before, named again by a reporting verb, is
         * that claim's figure, whatever event word the rest of the sentence holds */
        if (!cnt->trigger && !cnt->answers && !cnt->subject && cnt->anaphoric) {
            for (size_t k = d->n_claims; k-- > 0 && cnt->event < 0;)
                if (d->claims[k].count == cnt->num->value)
                    cnt->event = (int)d->claims[k].event;
            if (cnt->event >= 0) {
                S_trace(c, "count %lld: the figure of an earlier claim, event %s", (long long)cnt->num->value,
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
                S_trace(c, "count %lld: companions of the people of \"%.*s\"", (long long)cnt->num->value,
                        (int)(tr->end - tr->start), d->text.text + tr->start);
            }
        }
        if (cnt->asked) {
            cnt->event = cnt->asked - 1;
            S_trace(c, "count %lld: answers the question \"how many\" before it, event %s", (long long)cnt->num->value,
                    S_event_names[cnt->event]);
            continue;
        }
        if (!cnt->trigger && !cnt->answers) {
            const xd_mention *tr = S_nearest_trigger(c, counts, n_counts, i, ma, mb, &dist);
            int dflt = cnt->subject ? cnt->subject->event : -1;
            /* people who are none of ours (demonstrators, soldiers, voters) take only a close release or
             * detention word ("detuvo el sábado a 300 manifestantes"), never a state of the sentence */
            const xd_mention *rel = dflt == XD_EVENT_NONE ? S_relative_trigger(c, cnt, ma, mb) : NULL;
            if (rel) {
                tr = rel;
                dist = S_distance(cnt->num->start, cnt->subject->end, rel);
                S_trace(c, "count %lld: people of another kind who were \"%.*s\"", (long long)cnt->num->value,
                        (int)(rel->end - rel->start), d->text.text + rel->start);
            } else if (dflt == XD_EVENT_NONE && tr &&
                       (tr->event == EXTRACT_EVENT_HELD || dist >= 40 || tr->end > cnt->num->start || S_has_object(c, tr, ma, mb)))
                tr = NULL;
            /* "11 mil reclusos, o que permitiu … libertar espaço": a word for something else, past a comma, does
             * not undo what the noun says */
            if (tr && tr->event == XD_EVENT_NONE && dflt >= 0 && dflt != XD_EVENT_NONE) {
                size_t a = tr->end <= cnt->num->start ? tr->end : cnt->num->end, b = tr->end <= cnt->num->start ? cnt->num->start : tr->start;
                for (size_t x = a; x < b && tr; x++)
                    if (d->text.text[x] == ',' || d->text.text[x] == ';' || d->text.text[x] == ':')
                        tr = NULL;
            }
            if (tr && xp_attr_get(tr->rule, "state") && cnt->subject && S_noun_of_other(d, cnt->num->end, cnt->subject))
                tr = NULL; /* "há 300 mães de soldados" */
            if (tr && (dflt < 0 ? dist < 150 : dist < 60))
                cnt->trigger = tr;
        }
        S_prefer_main_verb(c, counts, n_counts, i, ma, mb);
        cnt->event = cnt->answers ? cnt->answers->event
                     : cnt->trigger ? cnt->trigger->event : cnt->subject ? cnt->subject->event : -1;
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
                    m->end <= cnt->trigger->start && S_gap_words(d->text.text, m->end, cnt->trigger->start, 0, 2))
                    cnt->event = m->event;
            }
        if (cnt->event < 0 && cnt->subject) {
            /* "1 110 people as political prisoners", "personas consideradas presas políticas" */
            for (size_t q = ma; q < mb && cnt->event < 0; q++) {
                const xd_mention *m = &d->ments[q];
                if (m->kind == XP_SUBJECT && m->event >= 0 && m->start > cnt->subject->end &&
                    S_gap_words(d->text.text, cnt->subject->end, m->start, 2, 24))
                    cnt->event = m->event;
            }
        }
        /* "¿Cuántos siguen presos hoy? — Unos 5.000 civiles cumplen condenas": people with no event of their own,
         * the first figure after a question, are what it asks about */
        size_t past = cnt->subject ? cnt->subject->end : 0;
        while (cnt->subject && past < s->end && S_is_space(d->text.text[past]))
            past++;
        /* not people the answer describes otherwise ("contamos 175 pessoas processadas": not all were arrested) */
        if (cnt->event < 0 && cnt->subject && !cnt->subject->role && cnt->subject->start > cnt->num->start &&
            !S_verb_participle(d->text.text, past, s->end)) {
            int asked = S_question_event(c, (size_t)(cnt->num - d->ments));
            if (asked) {
                cnt->event = asked - 1;
                S_trace(c, "count %lld: answers the question \"how many\" before it, event %s",
                        (long long)cnt->num->value, S_event_names[cnt->event]);
            }
        }
        /* "…released 100, but the real number is only 50"; not the whole a part was counted from ("released 14
         * of the first 19 defendants") */
        if (cnt->event < 0 && i > 0 && counts[i - 1].event != XD_EVENT_NONE && !S_whole_of_part(c, ma, mb, cnt->num) &&
            !S_cue_between(c, ma, mb, counts[i - 1].num->end, cnt->num->start))
            cnt->event = counts[i - 1].event;
        /* "among the 9 people arrested, 2 of the 9 were released": the whole a part is taken from, restating a figure
         * counted before, is that group again and not a second event */
        if (cnt->event >= 0 && cnt->event != XD_EVENT_NONE && S_whole_of_part(c, ma, mb, cnt->num)) {
            int seen = 0;
            for (size_t j = 0; j < i && !seen; j++)
                seen = counts[j].num->value == cnt->num->value && counts[j].num->end < cnt->num->start;
            for (size_t j = d->n_claims; j-- > 0 && !seen;)
                seen = d->claims[j].count == cnt->num->value;
            if (seen) {
                S_trace(c, "count %lld: the whole of a part, counted before", (long long)cnt->num->value);
                cnt->event = XD_EVENT_NONE;
            }
        }
        /* "64 mortos e 81 presos": people held, listed in a toll right after the dead or wounded, were arrested
         * in the events the toll counts */
        if (cnt->event == EXTRACT_EVENT_HELD && !cnt->trigger && cnt->subject && i > 0 &&
            counts[i - 1].event == XD_EVENT_NONE && counts[i - 1].trigger) {
            size_t ps, pe, cs2, ce2;
            S_count_span(&counts[i - 1], &ps, &pe);
            S_count_span(cnt, &cs2, &ce2);
            if (counts[i - 1].trigger->end > pe)
                pe = counts[i - 1].trigger->end;
            if (pe <= cs2 && S_coordinated(c, ma, mb, pe, cs2)) {
                cnt->event = EXTRACT_EVENT_DETENTION;
                S_trace(c, "count %lld: a toll after the dead or wounded counts arrests", (long long)cnt->num->value);
            }
        }
        /* "1,400 detainees since Wednesday", "2.100 pessoas presas em 40 universidades desde 18 de abril": people
         * held, counted from a day on and with no event word of their own, were arrested over that period; a state
         * is a snapshot ("siguen presos desde 2019" has its own state word) */
        if (cnt->event == EXTRACT_EVENT_HELD && !cnt->trigger && !cnt->answers && cnt->subject && !cnt->subject->role &&
            S_counted_since(c, ma, mb, cnt->subject->end)) {
            cnt->event = EXTRACT_EVENT_DETENTION;
            S_trace(c, "count %lld: people held counted since a day were arrested over that period",
                    (long long)cnt->num->value);
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
            S_trace(c, "count %lld: answers a figure of people counted for nothing of ours", (long long)cnt->num->value);
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
        if (cnt->event < 0) {
            S_trace(c, "count %lld: no event (no release/held/detention word, and the noun implies none)",
                    (long long)cnt->num->value);
            continue;
        }
        if (cnt->event == XD_EVENT_NONE) {
            const xd_mention *w = cnt->trigger ? cnt->trigger : cnt->subject ? cnt->subject : cnt->num;
            S_trace(c, "count %lld: people counted for something else (\"%.*s\")", (long long)cnt->num->value,
                    (int)(w->end - w->start), d->text.text + w->start);
        }
    }
    int claimed_here = 0; /* only the sentence's first claim takes a stance from the sentence before */
    const xd_mention *days[64] = {0}; /* the day that dated each count's period, for the counts coordinated after it */
    for (size_t i = 0; i < n_counts; i++) {
        S_count *cnt = &counts[i];
        if (cnt->event < 0 || cnt->event == XD_EVENT_NONE)
            continue;
        const xd_mention *n = cnt->num;
        extract_claim cl;
        memset(&cl, 0, sizeof cl);
        cl.event = (extract_event)cnt->event;
        cl.count = n->value;
        cl.qualifier = cnt->qual ? (extract_qualifier)cnt->qual->qualifier
                       : n->qualifier >= 0 ? (extract_qualifier)n->qualifier : EXTRACT_Q_EXACT;
        size_t cs = cnt->qual ? cnt->qual->start : n->start;
        cl.count_text = S_dup(c, cs, n->end);
        if (cnt->subject && cnt->subject->start >= n->end)
            cl.subject = S_dup(c, cnt->subject->start, cnt->subject->end);
        const xd_mention *cue = NULL;
        const char *how = "none";
        if (!S_claimant(c, cnt, ma, mb, &cl.claimant, &cue, &how)) {
            memset(&cl.claimant, 0, sizeof cl.claimant);
            /* In an interview's answer the figure is the interviewee's; in a statement ("we", "nuestro" outside
             * quotations) an unattributed figure is its issuer's. */
            if (c->interviewee && c->answer && c->answer[s->para] && S_quote_at(c, n->start) < 0) {
                S_give_actor(c->interviewee, &cl.claimant);
                how = "the interviewee answers";
            } else if (c->entry_first && c->entry_first[si] < si && S_quote_at(c, n->start) < 0 &&
                       S_entry_speaker(c, c->entry_first[si], &cl.claimant)) {
                how = "the speaker who opens the live-blog entry";
            } else if (c->issuer && S_quote_at(c, n->start) < 0) {
                cl.claimant.name = c->issuer->name;
                cl.claimant.title = c->issuer->title;
                cl.claimant.kind = c->issuer->kind;
                how = "issuer of the statement";
            }
        }
        /* '"O STF fala em 66, mas nós temos…"': a figure a speaker attributes, inside the quotation, to someone
         * whose claim the text already gave is quoted back, not claimed again */
        long nq = S_quote_at(c, n->start);
        if (nq >= 0 && cue && S_quote_at(c, cue->start) == nq && cl.claimant.name) {
            int again = 0;
            for (size_t k = 0; k < d->n_claims && !again; k++)
                again = d->claims[k].event == cl.event && d->claims[k].count == cl.count;
            if (again) {
                S_trace(c, "count %lld: a figure already given, quoted back by another speaker", (long long)cl.count);
                continue;
            }
        }
        c->period_by = NULL;
        S_dates(c, counts, n_counts, i, cue, ma, mb, &cl);
        days[i] = c->period_by;
        /* the nearest count before it that a day dated */
        for (size_t j = i; j-- > 0 && !cl.period_from[0] && !cl.period_to[0];) {
            if (!days[j])
                continue;
            if (S_coordinated_day(c, counts, i, j, days[j], ma, mb)) {
                S_set_period(c, cnt, days[j], &cl, "the day of the count it is coordinated with");
                days[i] = days[j];
            }
            break;
        }
        /* an entry's speaker spoke in the entry's first sentence: no day is looked for around this one */
        if (!cl.claimed_on[0] && (cl.claimant.name || S_points_back(c, si, 0)) &&
            strcmp(how, "the speaker who opens the live-blog entry") != 0)
            S_statement_date(c, cue, si, &cl);
        if (!cl.claimed_on[0] && (cl.claimant.name || S_points_back(c, si, 1)))
            S_statement_goes_on(c, si, n->start, &cl);
        if (!cl.claimed_on[0] && cl.claimant.name && nq >= 0) {
            const char *bd = S_byline_date(c, &c->quotes[nq]);
            if (bd) {
                memcpy(cl.claimed_on, bd, 11);
                S_trace(c, "date %s: claimed_on (the day the quotation's signature gives)", bd);
            }
        }
        if (!cl.claimed_on[0] && c->interview_date && c->answer && c->answer[s->para] && c->interviewee &&
            cl.claimant.name == c->interviewee->name) {
            memcpy(cl.claimed_on, c->interview_date, sizeof cl.claimed_on);
            S_trace(c, "date %s: claimed_on (the day of the interview)", cl.claimed_on);
        }
        S_event_day(c, cnt, &cl);
        cl.stance = (extract_stance)S_stance(c, counts, n_counts, i, cue, ma, mb);
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
         * contesting the official figure ("Foro Penal estimates that 116 people were released" after the
         * government's 400). */
        if (cl.stance == EXTRACT_STANCE_ASSERTS && cl.event == EXTRACT_EVENT_RELEASE && cl.claimant.name &&
            cl.claimant.kind == EXTRACT_KIND_ORGANIZATION && !cl.period_from[0] && !cl.period_to[0])
            for (size_t k = 0; k < d->n_claims && k < S_LOOKBACK; k++)
                if (d->claims[k].event == EXTRACT_EVENT_RELEASE && d->claims[k].claimant.name &&
                    (d->claims[k].claimant.kind == EXTRACT_KIND_GOVERNMENT ||
                     d->claims[k].claimant.kind == EXTRACT_KIND_PERSON) &&
                    d->claims[k].count > cl.count && strcmp(d->claims[k].section, "body") == 0 &&
                    !d->claims[k].period_from[0]) {
                    cl.stance = EXTRACT_STANCE_DISPUTES;
                    S_trace(c, "stance: fewer releases than %s's %lld", d->claims[k].claimant.name,
                            (long long)d->claims[k].count);
                    break;
                }
        cl.start = s->start;
        cl.end = s->end;
        cl.section = s->section == XD_SECTION_HEADLINE ? "headline" : s->section == XD_SECTION_CAPTION ? "caption" : "body";
        cl.rule = n->rule->id;
        cl.confidence = 0.45 + (cnt->subject ? 0.2 : 0) + (cnt->adjacent ? 0.15 : 0.05) + (cl.claimant.name ? 0.15 : 0);
        if (!cl.claimant.name)
            cl.claimant.kind = EXTRACT_KIND_UNKNOWN;
        S_trace(c, "-> claim: %s %lld (%s), claimant %s (%s), stance %d", S_event_names[cl.event], (long long)cl.count,
                S_qual_names[cl.qualifier], cl.claimant.name ? cl.claimant.name : "none", how, (int)cl.stance);
        if (S_add_claim(c, &cl) < 0)
            return -1;
        claimed_here = 1;
    }
    return 0;
}

/* The word [*v,*w) before the link word ("de", "ligada ao", "close to") or the word of the lexicon `also` that ends
 * right before pos (spaces aside); 0 when the word before pos is neither. */
static int S_word_before_link(const S_ctx *c, size_t lo, size_t pos, const char *also, size_t *v, size_t *w)
{
    const char *t = c->d->text.text;
    size_t e = pos;
    while (e > lo && S_is_space(t[e - 1]))
        e--;
    size_t b = e;
    while (b > lo && !S_is_space(t[b - 1]))
        b--;
    if (b == e || b == lo || !(S_words_before(c, "link_words", b, e, S_LOWER | S_ALL_LANGS) ||
                               S_words_before(c, also, b, e, S_LOWER | S_ALL_LANGS)))
        return 0;
    *w = b;
    while (*w > lo && S_is_space(t[*w - 1]))
        (*w)--;
    *v = *w;
    while (*v > lo && !S_is_space(t[*v - 1]))
        (*v)--;
    return 1;
}

/* Whether a name at pos only modifies the word before it: a lower-case word (a title, a participle), then a
 * linking word ("assessor de X", "ligada ao Ministério", "director of X", "close to X"). */
static int S_modifier_sighting(const S_ctx *c, size_t lo, size_t pos)
{
    const char *t = c->d->text.text;
    size_t v, w;
    if (!S_word_before_link(c, lo, pos, "told_words", &v, &w))
        return 0;
    unsigned char f = w > lo ? (unsigned char)t[w - 1] : 0;
    if (!((f >= 'a' && f <= 'z') || f >= 0x80))
        return 0;
    unsigned char g = (unsigned char)t[v];
    return (g >= 'a' && g <= 'z') || (g == 0xC3 && w - v > 1 && (unsigned char)t[v + 1] >= 0xA0);
}

/* Whether the descriptor p after "Name, " is the subject of its own clause rather than an apposition: a reporting
 * verb or an event word stands between it and the next comma or the sentence's end ("En Lima, el colectivo denunció
 * que …": Lima is no collective). */
static int S_apposition_says(const S_ctx *c, const xd_mention *p)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t end = d->sents[p->sent].end, close = p->end;
    while (close < end && t[close] != ',' && t[close] != ';')
        close++;
    size_t ma, mb;
    S_range(c, p->sent, &ma, &mb);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &d->ments[k];
        if ((o->kind == XP_CUE || o->kind == XP_TRIGGER || o->kind == XP_SOURCE) && o->start >= p->end && o->start < close)
            return 1;
    }
    return 0;
}

/* Learns every named actor and its title, in document order, before binding (titles often come first). */
static int S_learn_actors(S_ctx *c, size_t upto)
{
    extract_doc *d = c->d;
    for (; c->learnt < d->n_ments && d->ments[c->learnt].start < upto; c->learnt++) {
        const xd_mention *m = &d->ments[c->learnt];
        /* "rights groups", "state television" (generic=1) name no one: "the coalition" or "the agency" later means
         * a body the text names, not them */
        if (m->kind != XP_ACTOR || xp_attr_get(m->rule, "generic") || xp_attr_get(m->rule, "facility"))
            continue;
        /* "en Lima", "in Leeds": a lone name after a place word is a place; no later "he" or "the researcher"
         * means it */
        if (m->actor_kind == EXTRACT_KIND_PERSON && !memchr(d->text.text + m->start, ' ', m->end - m->start) &&
            S_words_before(c, "place_words", d->sents[m->sent].start, m->start, S_LOWER))
            continue;
        extract_actor a;
        S_actor_of(c, m, &a);
        if (!a.name)
            return -1;
        /* "el diario Mizan", "a ONG Temblores": a descriptor right before the name gives its kind */
        for (size_t k = c->learnt; k-- > 0 && d->ments[k].sent == m->sent;) {
            const xd_mention *p = &d->ments[k];
            if (p->kind != XP_PRONOUN || p->end > m->start || m->start > p->end + 1)
                continue;
            if (xp_attr_get(m->rule, "named"))
                break; /* "weekly Ministry of Justice figures": the head word says what it is */
            if (p->actor_kind >= 0)
                a.kind = p->actor_kind;
            else if (p->role == XD_REF_ORG && a.kind == EXTRACT_KIND_PERSON)
                a.kind = EXTRACT_KIND_ORGANIZATION;
            break;
        }
        /* "Mizan, the judiciary's news agency,", "Hami Nepal, the youth group that …,": a descriptor in apposition
         * right after the name does the same */
        for (size_t k = c->learnt + 1; k < d->n_ments && d->ments[k].start <= m->end + 3; k++) {
            const xd_mention *p = &d->ments[k];
            if (p->kind == XP_PRONOUN && p->actor_kind >= 0 && p->start >= m->end + 2 && d->text.text[m->end] == ',' &&
                !S_apposition_says(c, p))
                a.kind = p->actor_kind;
        }
        const char *title = a.kind == EXTRACT_KIND_PERSON ? S_find_title(c, m) : NULL;
        size_t lo = d->sents[m->sent].start;
        size_t mod_key = S_modifier_sighting(c, lo, m->start) ? (lo > 0 ? lo - 1 : 0) : SIZE_MAX;
        /* "General Le Quy Vuong": a capitalised title right before a person's name, for "the general" later */
        const char *rank = NULL;
        for (size_t k = c->learnt; a.kind == EXTRACT_KIND_PERSON && k-- > 0 && d->ments[k].sent == m->sent;) {
            const xd_mention *ti = &d->ments[k];
            if (ti->kind != XP_TITLE || ti->end > m->start)
                continue;
            if (ti->end + 1 == m->start && d->text.text[ti->start] >= 'A' && d->text.text[ti->start] <= 'Z') {
                size_t fs = S_fold_at(d, ti->start), fe = S_fold_at(d, ti->end);
                rank = xn_fold_str(d->fold.data + fs, fe - fs, &d->arena);
            }
            break;
        }
        if (S_remember(c, a.name, title ? title : a.title, rank, a.kind, m->start, mod_key) < 0)
            return -1;
    }
    return 0;
}

/* A copy of an actor record that survives the actor table being rebuilt. */
static const S_actor *S_copy_actor(S_ctx *c, const S_actor *a)
{
    S_actor *cp = xi_arena_alloc(&c->d->arena, sizeof *cp);
    if (cp)
        *cp = *a;
    return cp;
}

/* Whether the name at pos continues a longer capitalised phrase across a link or agent word ("Advogados Tailandeses
 * pelos Direitos Humanos", "Monument to Democracy"): a fragment of another name, not a person introduced. */
static int S_name_tail(const S_ctx *c, size_t lo, size_t pos)
{
    const char *t = c->d->text.text;
    size_t v, w;
    if (!S_word_before_link(c, lo, pos, "agent_words", &v, &w))
        return 0;
    return v < w && ((t[v] >= 'A' && t[v] <= 'Z') || ((unsigned char)t[v] == 0xC3 && v + 1 < w &&
                                                        (unsigned char)t[v + 1] >= 0x80 && (unsigned char)t[v + 1] < 0xA0));
}

/* Whether sentence si, opening its paragraph, starts with a clock time ("15:20", "9.05", "22h10"), alone on its
 * line or before a short entry title ("22:50 | Yermak: 215 vuelven a casa"). */
static int S_clock_para(const extract_doc *d, size_t si)
{
    const char *t = d->text.text;
    const xd_sentence *s = &d->sents[si];
    if ((si + 1 < d->n_sents && d->sents[si + 1].para == s->para) || s->end - s->start > 200)
        return 0;
    size_t p = s->start, q = p;
    while (q < s->end && q - p < 2 && t[q] >= '0' && t[q] <= '9')
        q++;
    return q > p && q + 2 < s->end && (t[q] == ':' || t[q] == '.' || t[q] == 'h') && t[q + 1] >= '0' &&
           t[q + 1] <= '9' && t[q + 2] >= '0' && t[q + 2] <= '9' &&
           (q + 3 == s->end || !((t[q + 3] >= '0' && t[q + 3] <= '9') || t[q + 3] == ':' || t[q + 3] == '.'));
}

/* A live blog: entries, each under a clock time (two at least). An entry runs from the paragraph after its time to
 * the next time; entry_first gives each of its sentences the entry's first sentence. */
static int S_find_entries(S_ctx *c)
{
    extract_doc *d = c->d;
    int clocks = 0;
    for (size_t si = 0; si < d->n_sents && clocks < 2; si++)
        clocks += (si == 0 || d->sents[si - 1].para != d->sents[si].para) && S_clock_para(d, si);
    if (clocks < 2)
        return 0;
    c->entry_first = xi_arena_alloc(&d->arena, (d->n_sents + 1) * sizeof(size_t));
    if (!c->entry_first)
        return -1;
    size_t first = SIZE_MAX;
    int clock_para = -1;
    for (size_t si = 0; si < d->n_sents; si++) {
        int opens = si == 0 || d->sents[si - 1].para != d->sents[si].para;
        if (opens && S_clock_para(d, si)) {
            first = SIZE_MAX;
            clock_para = d->sents[si].para;
        } else if (clock_para >= 0 && first == SIZE_MAX && d->sents[si].section == XD_SECTION_BODY)
            first = si;
        c->entry_first[si] = first;
    }
    return 0;
}

/* The speaker who opens a live-blog entry: the subject of a reporting verb of its first sentence ("The Interior
 * Ministry says 40 people…", "Hami Nepal, the youth group…, says…"), or the actor after a source word that opens it
 * ("According to the NHRC, …"). Later figures of the entry with no source of their own are that speaker's; the next clock time
 * ends it. */
static int S_entry_speaker(S_ctx *c, size_t fs, extract_actor *out)
{
    extract_doc *d = c->d;
    size_t a, b;
    S_range(c, fs, &a, &b);
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if (S_quote_at(c, m->start) >= 0)
            continue;
        if (m->kind == XP_CUE && !S_cue_in_name(c, m))
            return S_cue_subject(c, m, out);
        if (m->kind == XP_SOURCE) {
            /* only a source opening the sentence introduces the entry's speaker; one trailing a figure ("…160
             * hostages, according to Israeli officials") vouches for that figure alone */
            if (!S_gap_words(d->text.text, d->sents[fs].start, m->start, 0, 4))
                return 0;
            for (size_t j = k + 1; j < b; j++) {
                const xd_mention *ac = &d->ments[j];
                if ((ac->kind == XP_ACTOR || ac->kind == XP_PRONOUN) && ac->start >= m->end &&
                    S_gap_words(d->text.text, m->end, ac->start, 1, 12))
                    return S_claimant_from(c, ac, out);
            }
            return 0;
        }
    }
    return 0;
}

/* Whether paragraph p is an interviewer's question: one or two sentences of body text, short, the last ending in a
 * question mark outside quotations ("How many people are in prison for political reasons today?", "¿Cuántos presos
 * políticos hay hoy?", "Quantos presos há hoje?"). */
static int S_question_para(const S_ctx *c, int p, size_t *first)
{
    const extract_doc *d = c->d;
    /* sentences come in paragraph order: find the paragraph's first by bisection, not by a scan of the document
     * per paragraph */
    size_t s0 = 0, hi = d->n_sents;
    while (s0 < hi) {
        size_t mid = (s0 + hi) / 2;
        if (d->sents[mid].para < p)
            s0 = mid + 1;
        else
            hi = mid;
    }
    if (s0 == d->n_sents || d->sents[s0].para != p)
        return 0;
    size_t s1 = s0;
    while (s1 + 1 < d->n_sents && d->sents[s1 + 1].para == p && s1 - s0 <= 1)
        s1++;
    if (s1 - s0 > 1 || d->sents[s1].section != XD_SECTION_BODY ||
        d->sents[s1].end - d->sents[s0].start > 300)
        return 0;
    const char *t = d->text.text;
    size_t e = d->sents[s1].end;
    while (e > d->sents[s1].start && S_is_space(t[e - 1]))
        e--;
    *first = s0;
    return e > d->sents[s1].start && t[e - 1] == '?' && S_quote_at(c, e - 1) < 0;
}

/* How many days before the article an interview it introduces may have been given. */
#define S_INTERVIEW_REACH 31

/* An interview written as questions and answers: at least two question paragraphs (S_question_para), answered in
 * the first person ("we documented", "nosotros tenemos", "nós registámos" outside quotations; an explainer's
 * question headings are answered by the journalist). Whoever answers is the person the introduction, before the
 * first question, names most often ("Sebastián Quintero Rojas … Quintero, abogado del Comité…"), the one named last
 * on a tie ("Sonia Ben Salah, a defence lawyer, spoke to us on Sunday"). A figure in an answer (up to three
 * paragraphs after a question) with no other claimant is that person's, told on the day the sentence that
 * introduces them gives. */
static int S_transcript(const extract_doc *d);

/* The interview's day: in sentence s0 or a later one of its paragraph before the first question (sentence fq), the
 * first day close to the article's ("who founded CENIDH in 1990, spoke to us on Thursday": the year is the story of
 * their life, not the interview's). */
static void S_interview_day(S_ctx *c, size_t s0, size_t fq)
{
    extract_doc *d = c->d;
    long ref = xr_parse_iso(d->ref_date);
    for (size_t sj = s0; sj < fq && d->sents[sj].para == d->sents[s0].para && !c->interview_date; sj++) {
        size_t ma, mb;
        S_range(c, sj, &ma, &mb);
        for (size_t k = ma; k < mb && !c->interview_date; k++) {
            long v = d->ments[k].kind == XP_DATE && d->ments[k].date[0] ? xr_parse_iso(d->ments[k].date) : LONG_MIN;
            if (v != LONG_MIN && d->sents[sj].dated && S_quote_at(c, d->ments[k].start) < 0 &&
                (ref == LONG_MIN || (v <= ref && ref - v <= S_INTERVIEW_REACH)))
                c->interview_date = d->ments[k].date;
        }
    }
}

static int S_find_interview(S_ctx *c)
{
    extract_doc *d = c->d;
    int questions = 0, fq = -1;
    size_t fq_sent = 0, first;
    for (int p = 0; p < d->n_paras; p++)
        if (S_question_para(c, p, &first) && questions++ == 0)
            fq = p, fq_sent = first;
    /* a broadcast transcript's questions are asked and answered by its labelled speakers, presenters and
     * reporters among them ("NEWSREADER: …?" "CORRESPONDENT: There have."): no one person answers them all */
    if (questions < 2 || S_transcript(d))
        return 0;
    c->answer = xi_arena_alloc(&d->arena, (size_t)d->n_paras + 1);
    if (!c->answer)
        return -1;
    memset(c->answer, 0, (size_t)d->n_paras + 1);
    for (int p = fq; p < d->n_paras; p++) {
        if (!S_question_para(c, p, &first))
            continue;
        for (int a2 = p + 1; a2 < d->n_paras && a2 <= p + 3 && !S_question_para(c, a2, &first); a2++)
            c->answer[a2] = 1;
    }
    int voiced = 0;
    for (size_t k = 0; k < d->n_ments && !voiced; k++)
        voiced = d->ments[k].kind == XP_PRONOUN && d->ments[k].role == XD_REF_SELF &&
                 !xp_attr_get(d->ments[k].rule, "label") && c->answer[d->sents[d->ments[k].sent].para] &&
                 S_quote_at(c, d->ments[k].start) < 0;
    if (!voiced)
        return 0;
    size_t intro_end = d->sents[fq_sent].start;
    if (S_learn_actors(c, intro_end) < 0)
        return -1;
    const char *best = NULL;
    size_t best_n = 0, best_sent = 0;
    int best_titled = 0;
    for (size_t k = 0; k < d->n_ments && d->ments[k].start < intro_end; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_ACTOR || m->actor_kind != EXTRACT_KIND_PERSON ||
            d->sents[m->sent].section != XD_SECTION_BODY || S_quote_at(c, m->start) >= 0)
            continue;
        /* "Hablamos con Ahmed Ragab, abogado…", "Conversámos com X", "We spoke to X": whom the reporter talked to
         * is the one who answers, over any other name of the introduction */
        int inter = S_interlocutor(c, m, d->sents[m->sent].start);
        if (!inter && S_name_tail(c, d->sents[m->sent].start, m->start))
            continue;
        extract_actor a;
        S_actor_of(c, m, &a);
        if (!a.name || !strchr(a.name, ' '))
            continue; /* a person is introduced by full name; a lone word may be anything */
        size_t n = 0;
        for (size_t j = 0; j < d->n_ments && d->ments[j].start < intro_end; j++) {
            const xd_mention *o = &d->ments[j];
            if (o->kind != XP_ACTOR || o->actor_kind != EXTRACT_KIND_PERSON || S_quote_at(c, o->start) >= 0)
                continue;
            extract_actor b;
            S_actor_of(c, o, &b);
            n += b.name && strcmp(b.name, a.name) == 0;
        }
        /* the interviewee is introduced as who they are ("a human rights lawyer", "advogado da ONG X"): a name
         * given a title ranks above one that has none, however often a capitalised phrase of the introduction
         * reads as a name */
        const S_actor *known = S_known(c, a.name);
        int titled = known && known->title;
        if (inter)
            titled = 2;
        S_trace(c, "interview: %s named %zu times%s", a.name, n, titled ? ", with a title" : "");
        if (titled > best_titled || (titled == best_titled && n >= best_n)) /* ties go to the later name */
            best = a.name, best_n = n, best_sent = m->sent, best_titled = titled;
    }
    /* "Gonzalo Himiob: «…»" over an introduction that gives only who they are ("El vicepresidente del Foro
     * Penal…"): the person the headline names answers */
    for (size_t k = 0; k < d->n_ments && !best && d->ments[k].start < intro_end; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_ACTOR || m->actor_kind != EXTRACT_KIND_PERSON ||
            d->sents[m->sent].section != XD_SECTION_HEADLINE || S_quote_at(c, m->start) >= 0)
            continue;
        extract_actor a;
        S_actor_of(c, m, &a);
        if (a.name && strchr(a.name, ' ')) {
            best = a.name, best_sent = m->sent;
            S_trace(c, "interview: %s named by the headline", a.name);
        }
    }
    if (!best)
        return 0;
    const S_actor *known = S_known(c, best);
    if (known)
        c->interviewee = S_copy_actor(c, known);
    if (!c->interviewee)
        return 0;
    /* the day: in the sentence that names them or a later one of its paragraph ("O advogado X, 41, integra… Ele
     * falou à reportagem na segunda-feira (30).") */
    S_interview_day(c, best_sent, fq_sent);
    /* the introduction may name them again later ("Baldé diz que…") and give the day by an earlier mention ("O
     * advogado X coordena… Ele conversou com a reportagem nesta quinta-feira (9)."): the paragraphs of the other
     * sentences that name them, in order */
    for (size_t k = 0; k < d->n_ments && d->ments[k].start < intro_end && !c->interview_date; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_ACTOR || m->sent == best_sent || d->sents[m->sent].section != XD_SECTION_BODY ||
            S_quote_at(c, m->start) >= 0)
            continue;
        extract_actor a;
        S_actor_of(c, m, &a);
        if (a.name && strcmp(a.name, best) == 0)
            S_interview_day(c, m->sent, fq_sent);
    }
    return 0;
}

/* Whether paragraph p opens with a speaker label of a transcript: a word in capitals (three letters at least,
 * accented ones too), maybe a name in brackets, then a colon ("LOCUTORA:", "REPÓRTER (Camila Duarte):",
 * "PRESENTER:"). */
static int S_label_para(const extract_doc *d, size_t si)
{
    const char *t = d->text.text;
    size_t p = d->sents[si].start, hi = d->sents[si].end, n = 0;
    while (p < hi && S_is_space(t[p]))
        p++;
    for (; p < hi; p++) {
        unsigned char ch = (unsigned char)t[p];
        if (ch >= 'A' && ch <= 'Z')
            n++;
        else if (ch == 0xC3 && p + 1 < hi && (unsigned char)t[p + 1] >= 0x80 && (unsigned char)t[p + 1] < 0x9F)
            n++, p++; /* À-Þ */
        else if (!(ch == ' ' && n && p + 1 < hi && t[p + 1] >= 'A' && t[p + 1] <= 'Z'))
            break;
    }
    if (n < 3)
        return 0;
    if (p < hi && t[p] == ' ' && p + 1 < hi && t[p + 1] == '(') {
        const char *close = memchr(t + p, ')', hi - p);
        if (!close || close - (t + p) > 60)
            return 0;
        p = (size_t)(close - t) + 1;
    }
    return p < hi && t[p] == ':';
}

/* A transcript of a broadcast: three paragraphs at least open with a speaker label. Its speakers are the
 * broadcaster's presenters and reporters, whose "we" ("Começamos com…", "We start in the south") is the newsroom's,
 * never a statement's issuer. */
static int S_transcript(const extract_doc *d)
{
    int labels = 0;
    for (size_t si = 0; si < d->n_sents && labels < 3; si++)
        if ((si == 0 || d->sents[si - 1].para != d->sents[si].para) && S_label_para(d, si))
            labels++;
    return labels >= 3;
}

/* A live blog: three paragraphs at least open with a clock time, on its own line or leading the text ("16:10 —
 * Police say…"). Its "we" ("a figure we cannot verify", "We'll pick up the coverage") is the newsroom's, never a
 * statement's issuer. */
static int S_live_blog(const extract_doc *d)
{
    const char *t = d->text.text;
    int clocks = 0;
    for (size_t si = 0; si < d->n_sents && clocks < 3; si++) {
        const xd_sentence *s = &d->sents[si];
        if (si > 0 && d->sents[si - 1].para == s->para)
            continue;
        size_t p = s->start, q = p;
        while (q < s->end && q - p < 2 && t[q] >= '0' && t[q] <= '9')
            q++;
        clocks += q > p && q + 3 < s->end && (t[q] == ':' || t[q] == 'h') && t[q + 1] >= '0' && t[q + 1] <= '9' &&
                  t[q + 2] >= '0' && t[q + 2] <= '9' && (t[q + 3] == ' ' || t[q + 3] == '\n');
    }
    return clocks >= 3;
}

int xc_build_claims(extract_doc *d)
{
    S_ctx c;
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
    if (S_find_interview(&c) < 0 || S_find_entries(&c) < 0)
        return -1;
    S_forget_actors(&c);
    /* A statement speaks as "we" outside quotations (twice at least: one "we" can be a reporter's); its issuer
     * is the first organisation, or named state body, in its opening paragraphs. "I" is one person's voice, and
     * the "we" of an interview's answers is the interviewee's. */
    int statement = 0;
    for (size_t i = 0; i < d->n_ments; i++) {
        const xd_mention *m = &d->ments[i];
        if (m->kind != XP_PRONOUN || m->role != XD_REF_SELF || S_quote_at(&c, m->start) >= 0 ||
            xp_attr_get(m->rule, "singular") || (c.answer && c.interviewee && c.answer[d->sents[m->sent].para]))
            continue;
        statement += xp_attr_get(m->rule, "label") && m->start < 400 ? 2 : 1;
    }
    if (statement >= 2 && !S_transcript(d) && !S_live_blog(d)) {
        if (S_learn_actors(&c, d->text.len) < 0)
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
            extract_actor a;
            S_actor_of(&c, m, &a);
            c.issuer = a.name ? S_known(&c, a.name) : NULL;
        }
        S_forget_actors(&c); /* learn again in order, so references resolve to what precedes them */
        c.issuer = c.issuer ? S_copy_actor(&c, c.issuer) : NULL;
    }
    S_forget_actors(&c);
    for (size_t si = 0; si < d->n_sents; si++) {
        /* actors up to the end of this sentence are known when its counts are bound */
        if (S_learn_actors(&c, d->sents[si].end) < 0)
            return -1;
        if (S_sentence(&c, si) < 0)
            return -1;
    }
    S_viral_source(&c);
    return d->trace.failed ? -1 : 0;
}
