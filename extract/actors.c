/* actors.c - who the text names: people, organisations and their titles, acronyms, the actors learnt
 * so far and what a surname, title or acronym refers to (docs/design.md, "Claimants"). */
#include "claims_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int S_has_word(const char *name, const char *word, size_t wl, int stems);
static int S_described(const xc_ctx *c, const xd_mention *m, size_t *s, size_t *e, int *kind);

/* A title phrase around an actor: "X, president of Y," or "The president of Y, X," or "president of Y X". */
const char *xc_find_title(xc_ctx *c, const xd_mention *a)
{
    const char *t = c->d->text.text;
    const xd_sentence *s = &c->d->sents[a->sent];
    size_t ma, mb;
    xc_range(c, a->sent, &ma, &mb);
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
                xc_skip_article(t, &ps, pe);
                return xc_dup(c, ps, pe);
            }
        }
    }
    /* Before, with or without a comma. */
    size_t j = a->start;
    while (j > s->start && xc_is_space(t[j - 1]))
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
                o->end <= pe && o->start - m->end <= 2 && xc_is_space(t[m->end]))
                ok = 0;
        }
        if (!ok)
            break;
        /* Include the article and adjectives right before the title word ("the interior minister"). */
        size_t bs = ps;
        while (bs > s->start) {
            size_t w = bs;
            while (w > s->start && xc_is_space(t[w - 1]))
                w--;
            size_t ws = w;
            while (ws > s->start && !xc_is_space(t[ws - 1]) && t[ws - 1] != ',' && t[ws - 1] != '"')
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
            /* the article opens the title's noun phrase: what stands before it ("quoted the defence minister",
             * "interviewed the defence minister") is the sentence's, not the title's */
            if (xc_lexicon_has(c, "article_words", ws, w))
                break;
        }
        while (pe > ps && xc_is_space(t[pe - 1]))
            pe--;
        xc_skip_article(t, &bs, pe);
        return xc_dup(c, bs, pe);
    }
    return NULL;
}

/* Whether the words right before pos are a `locative_words` entry, directly or past an ordinal ("79th", "3.º") and
 * an article, in any case ("La", "the"). */
static int S_locative_before(const xc_ctx *c, size_t lo, size_t pos)
{
    const char *t = c->d->text.text;
    for (int step = 0; step < 3; step++) {
        if (xc_words_before(c, "locative_words", lo, pos, XC_ANY_CASE))
            return 1;
        size_t b, e;
        xc_word_before(t, lo, pos, &b, &e);
        if (b == e)
            return 0;
        int ordinal = t[b] >= '0' && t[b] <= '9' && e - b <= 6;
        /* "the former president of neighbouring Ingushetia", "el presidente de la vecina Bolivia", "o governador
         * do vizinho Paraná": a word that only says where the place lies stands between the office and the place
         * (twentieth session; a lexicon, so "in which Ana said" never reads "Ana" as a place) */
        int where = xc_listed(c, "place_adjective_words", b, e, XC_LOWER);
        if (!((ordinal || where) && step == 0) && !xc_article_only(c, b, e))
            return 0;
        pos = b;
    }
    return 0;
}

/* "through La Moneda", "outside the 79th Precinct", "desde la Casa Central de la Universidad", "em Black Beach",
 * "in Havana": a name the rules read as a person's, or a country or city (place=1), right after a word that places
 * something is where things happen, whatever its length: never a speaker, nor whom a later "he" or "the leader"
 * means. */
int xc_after_place(const xc_ctx *c, const xd_mention *m)
{
    if (m->kind != XP_ACTOR || (m->actor_kind != EXTRACT_KIND_PERSON && !xp_attr_get(m->rule, "place")))
        return 0;
    return S_locative_before(c, c->d->sents[m->sent].start, m->start);
}

/* The actor learnt by this name, or NULL. */
xc_actor *xc_known(const xc_ctx *c, const char *name)
{
    size_t e = xc_map_next(&c->names, name, strlen(name), SIZE_MAX);
    return e == SIZE_MAX ? NULL : &c->actors[c->names.e[e].val];
}

/* Indexes actor i under each space-separated word of s (as S_has_word splits them), or its first `key` bytes. */
static int S_index_words(xc_ctx *c, xc_map *m, const char *s, size_t key, size_t i)
{
    for (const char *w = s; *w;) {
        size_t n = strcspn(w, " ");
        if (xc_map_add(c->d, m, w, n < key ? n : key, i) < 0)
            return -1;
        w += n;
        while (*w == ' ')
            w++;
    }
    return 0;
}

/* Folds and indexes what xc_latest_holding looks for in actor i: a title or rank it has just been given. */
static int S_index_title(xc_ctx *c, size_t i, const char *title, const char *rank)
{
    xc_actor *a = &c->actors[i];
    if (title) {
        a->fold_title = xn_fold_str(title, strlen(title), &c->d->arena);
        if (!a->fold_title || S_index_words(c, &c->holding, a->fold_title, 6, i) < 0)
            return -1;
    }
    return rank ? S_index_words(c, &c->holding, rank, 6, i) : 0;
}

int xc_remember(xc_ctx *c, const char *name, const char *title, const char *rank, int kind, size_t at,
                size_t mod_key)
{
    xc_actor *a = xc_known(c, name);
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
        xc_actor *na = xi_arena_alloc(&c->d->arena, cap * sizeof *na);
        if (!na)
            return -1;
        if (c->n_actors)
            memcpy(na, c->actors, c->n_actors * sizeof *na);
        c->actors = na;
        c->cap_actors = cap;
    }
    size_t i = c->n_actors++;
    c->actors[i] = (xc_actor){.name = name, .title = title, .rank = rank, .kind = kind, .at = at, .prev = at,
                             .first = at, .mod_at = mod_key != SIZE_MAX ? at : SIZE_MAX, .mod_key = mod_key};
    if (xc_map_add(c->d, &c->names, name, strlen(name), i) < 0 || S_index_title(c, i, title, rank) < 0)
        return -1;
    if (!strchr(name, ' '))
        return 0;
    c->actors[i].fold = xn_fold_str(name, strlen(name), &c->d->arena);
    if (!c->actors[i].fold || S_index_words(c, &c->words, name, SIZE_MAX, i) < 0 ||
        S_index_words(c, &c->holding, c->actors[i].fold, 6, i) < 0)
        return -1;
    /* the initials an acronym must spell: none when a word opens with an accented capital ("Órgano …") or other
     * non-ASCII letter, which xc_acronym_of leaves */
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
    return n ? xc_map_add(c->d, &c->initials, ini, n, i) : 0;
}

/* Whether a folded word ends as a plural: a final 's' after no other 's' ("organizacoes", "organizaciones",
 * "ministerios"; not "congress", "press"). */
static int S_plural_end(const char *a, size_t al)
{
    return al >= 2 && a[al - 1] == 's' && a[al - 2] != 's';
}

/* Whether two folded words are one word in two languages: "observatory"/"observatorio", "ministry"/"ministerio"
 * (a common stem of six letters at least, lengths two apart at most). Not a plural and a singular: "a
 * organização" is one body, never the "Aliança de Organizações …" named before it (a name's plural word is a
 * member of it, not its head), nor "las organizaciones" one organisation. */
static int S_same_stem(const char *a, size_t al, const char *b, size_t bl)
{
    if (S_plural_end(a, al) != S_plural_end(b, bl))
        return 0;
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
        if (t[i] == initial && (i == s || xc_is_space(t[i - 1])))
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
    while (pos > lo && xc_is_space(t[pos - 1]))
        pos--;
    *e = pos;
    while (pos > lo) {
        size_t w = pos;
        while (w > lo && !xc_is_space(t[w - 1]))
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
        if (w == lo || !xc_is_space(t[w - 1]))
            break;
        pos = w - 1;
        while (pos > lo && xc_is_space(t[pos - 1]))
            pos--;
    }
    /* "The Egyptian Initiative for Personal Rights (EIPR)": the name starts at its initial, past an article. Each
     * capitalised word skipped is one fewer in the name; the walk ends at the parenthesis whatever the words are
     * ("Ação Única (AU)": an accented capital is never the ASCII initial) */
    while (caps >= 2 && first < *e && t[first] != initial) {
        unsigned char f = (unsigned char)t[first];
        if ((f >= 'A' && f <= 'Z') || f == 0xC3 || f == 0xC4 || f == 0xC5)
            caps--;
        while (first < *e && !xc_is_space(t[first]))
            first++;
        while (first < *e && xc_is_space(t[first]))
            first++;
    }
    if (caps < 2 || first >= *e)
        return 0;
    *s = first;
    xc_skip_article(t, s, *e);
    return 1;
}

/* Whether a name starting at s opens there: the word before it is a lower-case word that links no name to it (not
 * "de", "of", "por"...), or an article after such a word ("the ruling Justice and Development Party"). */
static int S_name_opens(const xc_ctx *c, size_t s)
{
    const char *t = c->d->text.text;
    size_t lo = 0, b, e;
    for (int step = 0; step < 2; step++) {
        xc_word_before(t, lo, s, &b, &e);
        if (b == e)
            return 0;
        if (step == 0 && xc_article_only(c, b, e)) {
            if (t[b] >= 'A' && t[b] <= 'Z')
                return xc_opens_sentence(t, b); /* "O Departamento Federal de Prisões (BOP, …)" */
            s = b;
            continue;
        }
        if (!(t[b] >= 'a' && t[b] <= 'z'))
            return 0;
        return !xc_words_before(c, "link_words", lo, e, XC_LOWER | XC_ALL_LANGS);
    }
    return 0;
}

/* Names *out after the body [s,e) of the given kind; 1, or 0 when out of memory. */
static int S_name_body(xc_ctx *c, size_t s, size_t e, int kind, extract_actor *out)
{
    out->name = xc_dup(c, s, e);
    out->kind = (extract_actor_kind)kind;
    out->title = NULL;
    return out->name != NULL;
}

/* "The National Human Rights Council, the CNDH, says …", "el Consejo Nacional Electoral, el CNE, informó": an
 * acronym set off by commas with an article right after a body's name introduces it as that body's, though its
 * letters spell the name in another language (the CNDH's are French). Looks for that introduction before the
 * mention m; fills *out with the body's name and kind and returns 1 when found (seventeenth session). */
#define S_APPOSED_REACH 65536
static int S_apposed_acronym(xc_ctx *c, const xd_mention *m, size_t s, size_t e, int mixed, extract_actor *out)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t n = e - s;
    /* the apposition is looked for in the 64 KB before the mention (an article's whole text; in a long document,
     * the stretch its names are still remembered over), jumping from one occurrence of the acronym's first letter
     * to the next: this runs for every acronym mention left unresolved */
    size_t reach = mixed ? S_APPOSED_REACH / 4 : S_APPOSED_REACH; /* a word-like acronym: any lone capitalised
                                                                    * word, far more often tried, so a shorter reach */
    size_t from = m->start > reach ? m->start - reach : 0;
    for (size_t p = from; p + n <= m->start; p++) {
        const char *hit = memchr(t + p, t[s], m->start - n + 1 - p);
        if (!hit)
            break;
        p = (size_t)(hit - t);
        if (memcmp(t + p, t + s, n) != 0)
            continue;
        /* the aside may also close the sentence: "… en Honduras, el Cofadeh." */
        if (p + n >= d->text.len ||
            (t[p + n] != ',' && t[p + n] != ')' && t[p + n] != '.' && t[p + n] != ';') || p < 4 || t[p - 1] != ' ')
            continue;
        /* the article before the acronym, and the comma before the article */
        size_t a = p - 1;
        while (a > 0 && t[a - 1] != ' ' && t[a - 1] != ',')
            a--;
        if (a < 2 || t[a - 1] != ' ' || t[a - 2] != ',' || !xc_article_only(c, a, p))
            continue;
        size_t q = a - 2;
        /* the body: the longest actor, not a person, ending right before the comma */
        const xd_mention *full = NULL;
        for (size_t k = xc_first_at(d, q > 300 ? q - 300 : 0); k < d->n_ments && d->ments[k].start < q; k++) {
            const xd_mention *b = &d->ments[k];
            if (b->kind == XP_ACTOR && b->end == q && b->actor_kind >= 0 && b->actor_kind != EXTRACT_KIND_PERSON &&
                (!full || b->start < full->start))
                full = b;
        }
        /* "el Comité de Familiares de Detenidos Desaparecidos en Honduras, el Cofadeh": the body's name may end on
         * the country it works in, which the rules read apart; the name then runs to the comma */
        size_t tail = 0;
        if (full && xp_attr_get(full->rule, "place"))
            full = NULL; /* a country alone is no body an acronym stands for */
        for (size_t k = xc_first_at(d, q > 300 ? q - 300 : 0); !full && k < d->n_ments && d->ments[k].start < q; k++) {
            const xd_mention *pl = &d->ments[k];
            if (pl->kind != XP_ACTOR || pl->end != q || !xp_attr_get(pl->rule, "place") || pl->start < 5)
                continue;
            size_t w = pl->start - 1, wb = w;
            while (wb > 0 && t[wb - 1] != ' ')
                wb--;
            if (t[w] != ' ' || wb < 2 || t[wb - 1] != ' ' || w - wb != 2 ||
                !(memcmp(t + wb, "en", 2) == 0 || memcmp(t + wb, "in", 2) == 0 || memcmp(t + wb, "em", 2) == 0 ||
                  memcmp(t + wb, "no", 2) == 0 || memcmp(t + wb, "na", 2) == 0))
                continue;
            size_t q2 = wb - 1;
            for (size_t j = xc_first_at(d, q2 > 300 ? q2 - 300 : 0); j < d->n_ments && d->ments[j].start < q2; j++) {
                const xd_mention *b = &d->ments[j];
                if (b->kind == XP_ACTOR && b->end == q2 && b->actor_kind >= 0 &&
                    b->actor_kind != EXTRACT_KIND_PERSON && (!full || b->start < full->start))
                    full = b;
            }
            tail = q;
        }
        if (!full)
            continue;
        size_t fs = full->name_e > full->name_s ? full->name_s : full->start;
        size_t fe = full->name_e > full->name_s ? full->name_e : full->end;
        if (tail)
            fe = tail;
        xc_skip_article(t, &fs, fe);
        if (fe - fs <= n || !memchr(t + fs, ' ', fe - fs))
            continue;
        /* an acronym written as a word ("el Cofadeh") must at least open as the body's name does */
        if (mixed && !S_has_initial(t, fs, fe, t[s]))
            continue;
        return S_name_body(c, fs, fe, full->actor_kind, out);
    }
    return 0;
}

/* "Polícia Federal (PF)", "Transactional Records Access Clearinghouse (TRAC)": an acronym introduced in
 * parentheses right after a name stands for that name wherever it is used later. Fills *out with the full name
 * and returns 1 when the actor's name [s,e) is such an acronym. */
int xc_acronym_of(xc_ctx *c, const xd_mention *m, size_t s, size_t e, extract_actor *out)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t n = e - s;
    if (n < XC_ACRONYM_MIN || n > XC_ACRONYM_MAX)
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
    int mixed = upper == 1 && t[s] >= 'A' && t[s] <= 'Z' && n >= 3 && m->actor_kind != EXTRACT_KIND_MEDIA;
    if (!mixed && (upper < 2 || upper * 2 < (int)n))
        return 0;
    /* the introduction is usually before; a headline or lead may use the acronym before the body text spells it
     * out ("CDD exige libertação …" above "O Centro para Democracia e Direitos Humanos (CDD) exige …") */
    if (!c->parens_indexed && xc_index_parens(c) < 0)
        return 0;
    /* the opening parentheses right after the acronym or right before it (xc_index_parens), in text order */
    size_t xb = xc_map_next(&c->paren_before, t + s, n, SIZE_MAX);
    size_t xa = xc_map_next(&c->paren_after, t + s, n, SIZE_MAX);
    while (xb != SIZE_MAX || xa != SIZE_MAX) {
        size_t pb = xb != SIZE_MAX ? c->paren_before.e[xb].val : SIZE_MAX;
        size_t pa = xa != SIZE_MAX ? c->paren_after.e[xa].val : SIZE_MAX;
        size_t p = pb < pa ? pb : pa, o = p;
        if (pb == p)
            xb = xc_map_next(&c->paren_before, t + s, n, xb);
        if (pa == p)
            xa = xc_map_next(&c->paren_after, t + s, n, xa);
        size_t w = o;
        while (w > 0 && t[w - 1] == ' ')
            w--;
        if (w >= n + 1 && t[w - n] == t[s] && !xc_letter_byte((unsigned char)t[w - n - 1]) &&
            strncmp(t + w - n, t + s, n) == 0) {
            /* "Cofavic (Comité de Familiares de las Víctimas)": the acronym first, the full name in parentheses */
            const xd_mention *full = NULL;
            if (o < d->text.len && t[o] == '(')
                for (size_t k = xc_first_at(d, o); k < d->n_ments && d->ments[k].start <= o + 1; k++) {
                    const xd_mention *a = &d->ments[k];
                    if (a->kind == XP_ACTOR && a->start == o + 1 && a->end < d->text.len && t[a->end] == ')' &&
                        a->actor_kind != EXTRACT_KIND_PERSON && a->actor_kind >= 0 && (!full || a->end > full->end))
                        full = a;
                }
            size_t fs = full ? full->start : 0, fe = full ? full->end : 0;
            if (full)
                xc_skip_article(t, &fs, fe);
            if (full && fe - fs > n && S_has_initial(t, fs, fe, t[s]))
                return S_name_body(c, fs, fe, full->actor_kind, out);
            if (full && mixed && out->kind == EXTRACT_KIND_PERSON) /* "Sinafo (National Union of …)": translated */
                return S_name_body(c, s, e, full->actor_kind, out);
        }
        /* "(BOP, na sigla em inglês)", "(ISU, por sus siglas en inglés)": a gloss may follow the acronym */
        if (p + n + 2 > d->text.len || (t[p + n + 1] != ')' && t[p + n + 1] != ',') || strncmp(t + p + 1, t + s, n) != 0)
            continue;
        size_t q = p;
        while (q > 0 && xc_is_space(t[q - 1]))
            q--;
        /* the full name: the longest actor ending right before the parenthesis */
        const xd_mention *full = NULL;
        for (size_t k = xc_first_at(d, q > 300 ? q - 300 : 0); k < d->n_ments && d->ments[k].start < q; k++) {
            const xd_mention *a = &d->ments[k];
            if (a->kind == XP_ACTOR && a->end == q && (!full || a->start < full->start))
                full = a;
        }
        size_t fs = 0, fe = 0;
        if (full) {
            fs = full->name_e > full->name_s ? full->name_s : full->start;
            fe = full->name_e > full->name_s ? full->name_e : full->end;
            xc_skip_article(t, &fs, fe);
            if (mixed && !S_has_initial(t, fs, fe, t[s]) && full->actor_kind != EXTRACT_KIND_PERSON &&
                full->actor_kind >= 0 && out->kind == EXTRACT_KIND_PERSON)
                return S_name_body(c, s, e, full->actor_kind, out); /* "National Union of … (Sinafo)" */
            /* "Asistencia Legal por los Derechos Humanos (ASILEGAL)": the rule read only the tail; but "the ruling
             * Justice and Development Party (AKP)": a body's whole name, which an acronym of its own language
             * spells no initial of */
            if (!S_has_initial(t, fs, fe, t[s]) &&
                !(full->actor_kind != EXTRACT_KIND_PERSON && full->actor_kind >= 0 && !mixed && S_name_opens(c, fs)))
                full = NULL;
        }
        if (!full && !S_capitalised_run(t, S_line_start(t, q), q, t[s], &fs, &fe))
            return 0;
        if (mixed && full && full->actor_kind == EXTRACT_KIND_PERSON && fe - fs > n) {
            /* "The human rights group Suara Rakyat Malaysia (Suaram)": a name read as a person's that a descriptor
             * introduces is the body's, and so is the word in parentheses after it, whatever its letters */
            size_t ds, de;
            int dk;
            if (!S_described(c, full, &ds, &de, &dk) || de != fe || dk == EXTRACT_KIND_PERSON)
                return 0;
            out->name = xc_dup(c, ds, de);
            out->kind = (extract_actor_kind)dk;
            out->title = NULL;
            return out->name != NULL;
        }
        if (fe - fs <= n)
            return 0;
        out->name = xc_dup(c, fs, fe);
        if (full && full->actor_kind >= 0 && full->actor_kind != EXTRACT_KIND_PERSON)
            out->kind = (extract_actor_kind)full->actor_kind; /* a name with an acronym is no person's */
        else if (mixed && out->kind == EXTRACT_KIND_PERSON)
            out->kind = EXTRACT_KIND_ORGANIZATION;
        out->title = NULL;
        return out->name != NULL;
    }
    /* "the Comité de Familiares de Detenidos Desaparecidos en Honduras, el Cofadeh,": an acronym written as a word
     * set off by commas after a body's name is that body's too (nineteenth session) */
    if (S_apposed_acronym(c, m, s, e, mixed, out))
        return 1;
    if (mixed)
        return 0; /* the initials of a body named before spell capitals only */
    /* "la Polícia Federal … a PF": an acronym spelling the initials of a body named before (its capitals, in
     * order, are the capitals opening the body's words), the latest learnt first */
    char key[10];
    size_t kn = 0;
    for (size_t i = s; i < e; i++)
        if (t[i] >= 'A' && t[i] <= 'Z')
            key[kn++] = t[i];
    for (size_t x = xc_map_next(&c->initials, key, kn, SIZE_MAX); x != SIZE_MAX;
         x = xc_map_next(&c->initials, key, kn, x)) {
        const xc_actor *a = &c->actors[c->initials.e[x].val];
        if (a->first < m->start && a->kind != EXTRACT_KIND_PERSON)
            return xc_give_actor(a, out);
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
        while (we < len && !xc_is_space(t[we]) && t[we] != ',' && t[we] != '.' && t[we] != ';' && t[we] != ':' &&
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
            while (end > s && xc_is_space(t[end - 1]))
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
    while (end > s && xc_is_space(t[end - 1]))
        end--;
    size_t k = n, pos = end;
    while (pos > 0 && k > 0) {
        size_t w = pos;
        while (w > 0 && !xc_is_space(t[w - 1]))
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
size_t xc_seen_before(const xc_actor *a, size_t before)
{
    return a->at < before ? a->at : a->prev < before ? a->prev : a->first;
}

/* The latest actor mentioned before `before` that holds the folded word w (at least 4 bytes), or NULL: with
 * person 0, a body whose name holds it ("ministerio" → "Ministerio de Justicia", "ministry" → "Interior
 * Ministry": what "el ministerio", "o conselho", "the party" stand for); with person 1, a person whose title
 * holds it ("ministro do Interior" for "acrescentou o ministro", "said the official": a title says more than
 * recency does). The folded names and titles are kept on the actors. */
const xc_actor *xc_latest_holding(xc_ctx *c, const char *w, size_t wl, size_t before, int person)
{
    const xc_actor *best = NULL;
    size_t best_at = 0, best_i = 0, key = wl < 6 ? wl : 6;
    if (wl < 4)
        return NULL;
    for (size_t e = xc_map_next(&c->holding, w, key, SIZE_MAX); e != SIZE_MAX;
         e = xc_map_next(&c->holding, w, key, e)) {
        size_t i = c->holding.e[e].val;
        const xc_actor *a = &c->actors[i];
        size_t at = xc_seen_before(a, before);
        if (at >= before || (a->kind == EXTRACT_KIND_PERSON) != person ||
            (best && (best_at > at || (best_at == at && best_i > i))))
            continue;
        if (person ? !a->title : !strchr(a->name, ' '))
            continue;
        const char *f = person ? a->fold_title : a->fold;
        if ((f && S_has_word(f, w, wl, !person)) ||
            (person && a->rank && S_has_word(a->rank, w, wl, 0)))
            best = a, best_at = at, best_i = i; /* the latest seen; on a tie, the latest learnt */
    }
    return best;
}

/* Whether a figure of an earlier sentence (one ending before `before`) was given to the body a, or to a person
 * speaking for it ("Steve Bell", titled "chefe interino da Polícia de Ottawa"): not one of the reference's own
 * sentence, which may be the reference's own answer. */
static int S_gave_figure(const xc_ctx *c, const xc_actor *a, size_t before)
{
    for (size_t i = 0; i < c->d->n_claims; i++) {
        const extract_claim *cl = &c->d->claims[i];
        if (cl->end <= before && cl->claimant.name &&
            (strcmp(cl->claimant.name, a->name) == 0 || (cl->claimant.title && strstr(cl->claimant.title, a->name))))
            return 1;
    }
    return 0;
}

/* What a bare body noun ("la policía", "a polícia", "the ministry") stands for: the latest body whose name it heads
 * (xc_latest_holding), unless that body gave no figure yet and an earlier one holding the word did. In "El Servicio
 * de Policía de Ottawa actualiza su balance: 191 arrestados …, según la Policía Provincial de Ontario" (the province's
 * police a source for towed vehicles) or "o conselho que supervisiona a polícia municipal", a later "la policía
 * informó de 47 nuevos arrestos" is the police that has been counting people, not the one named since in passing. */
const xc_actor *xc_body_holding(xc_ctx *c, const char *w, size_t wl, size_t before)
{
    const xc_actor *b = xc_latest_holding(c, w, wl, before, 0);
    if (!b || S_gave_figure(c, b, before))
        return b;
    const xc_actor *best = NULL;
    size_t best_at = 0, key = wl < 6 ? wl : 6;
    for (size_t e = xc_map_next(&c->holding, w, key, SIZE_MAX); e != SIZE_MAX;
         e = xc_map_next(&c->holding, w, key, e)) {
        const xc_actor *a = &c->actors[c->holding.e[e].val];
        size_t at = xc_seen_before(a, before);
        if (a == b || at >= before || a->kind == EXTRACT_KIND_PERSON || !strchr(a->name, ' ') || !a->fold ||
            (best && best_at > at))
            continue;
        if (S_has_word(a->fold, w, wl, 1) && S_gave_figure(c, a, before))
            best = a, best_at = at;
    }
    if (best)
        xc_trace(c, "\"%.*s\": %s, which gave a figure before, over %s, named since", (int)wl, w, best->name, b->name);
    return best ? best : b;
}

/* Where the run of capitalised words from s ends: words starting with a capital (any script), and between two of
 * them a lower-case word of at most three letters ("Ain o Salish Kendra"); no punctuation but '-' and '\'' within
 * a word; six words at most. */
static size_t S_caps_run_end(const char *t, size_t s, size_t hi)
{
    size_t e = s, p = s;
    for (int w = 0; w < 6 && p < hi; w++) {
        size_t we = p;
        while (we < hi && !xc_is_space(t[we]) && t[we] != ',' && t[we] != '.' && t[we] != ';' && t[we] != ':' &&
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
static int S_described(const xc_ctx *c, const xd_mention *m, size_t *s, size_t *e, int *kind)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[m->sent].start, hi = d->sents[m->sent].end;
    size_t ma, mb;
    xc_range(c, m->sent, &ma, &mb);
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

/* The kind of a body whose name is [s,e): the state's when its first word is an office's title ("Comisionado
 * Nacional de los Derechos Humanos", an office made a body), else an organisation. */
static extract_actor_kind S_body_kind(const xc_ctx *c, size_t s, size_t e)
{
    const char *t = c->d->text.text;
    size_t w = s;
    while (w < e && !xc_is_space(t[w]))
        w++;
    return xc_lexicon_has(c, "office_titles", s, w) ? EXTRACT_KIND_GOVERNMENT : EXTRACT_KIND_ORGANIZATION;
}

/* "la Coordinadora Nacional de Derechos Humanos, la Conadeh,", "a Coordenação Nacional…, a Conadeh,": a name of
 * several words followed by an aside that is only an article and one capitalised word starting with the name's
 * initial (an acronym, written as a word or in capitals) is a body's name, not a person's. */
static int S_comma_acronym(const xc_ctx *c, size_t s, size_t e)
{
    const char *t = c->d->text.text;
    size_t len = c->d->text.len;
    if (!memchr(t + s, ' ', e - s) || e + 2 >= len || t[e] != ',' || t[e + 1] != ' ')
        return 0;
    size_t p = e + 2, l = p;
    while (l < len && t[l] >= 'a' && t[l] <= 'z')
        l++;
    if (l >= len || t[l] != ' ' || !xc_article_only(c, p, l))
        return 0;
    p = l + 1;
    size_t q = p;
    while (q < len && ((t[q] >= 'A' && t[q] <= 'Z') || (t[q] >= 'a' && t[q] <= 'z')))
        q++;
    return q - p >= 3 && q - p <= 10 && q < len && (t[q] == ',' || t[q] == ')') && t[p] == t[s];
}

/* "Justice Department officials said", "funcionarios del Departamento de Justicia", "fontes da Polícia Judiciária":
 * a word for a body's unnamed staff (`staff_words`) right after the body's name, or before it with a link word,
 * speaks for that body. Sets *out to the body; 1 when there is one. */
static int S_staff_body(xc_ctx *c, const xd_mention *m, size_t s, size_t e, extract_actor *out)
{
    const char *t = c->d->text.text;
    if (memchr(t + s, ' ', e - s) || !xc_lexicon_has(c, "staff_words", s, e))
        return 0;
    size_t ma, mb;
    xc_range(c, m->sent, &ma, &mb);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *b = &c->d->ments[k];
        if (b == m || b->kind != XP_ACTOR || b->actor_kind < 0 || b->actor_kind == EXTRACT_KIND_PERSON ||
            b->actor_kind == EXTRACT_KIND_UNKNOWN)
            continue;
        size_t g = b->end;
        while (g < s && xc_is_space(t[g]))
            g++;
        int before = b->end < s && g == s;
        /* "Officials of the Federal Bureau of Investigation", "funcionarios de la Oficina…": an article may stand
         * between the link word and the body's name (twenty-fourth session) */
        size_t lb = b->start, ab, ae;
        xc_word_before(t, e, b->start, &ab, &ae);
        if (ab < ae && xc_listed(c, "article_words", ab, ae, XC_LOWER))
            lb = ab;
        int after = b->start > e && b->start - e < 16 &&
                    xc_words_before(c, "link_words", e, lb, XC_LOWER | XC_ALL_LANGS) &&
                    xc_gap_words(t, e, b->start, 2, 16);
        if (!before && !after)
            continue;
        xc_actor_of(c, b, out);
        return out->name != NULL;
    }
    /* "When department officials faced the session …", "funcionarios del ministerio": a body's head word in
     * lower case right before or after the staff word names the body of that head word named before ("the
     * Department of Home Affairs"), as the bare noun does alone (seventeenth session) */
    size_t wb = s, we = s;
    if (s >= 2 && t[s - 1] == ' ') {
        we = s - 1;
        wb = we;
        while (wb > 0 && t[wb - 1] >= 'a' && t[wb - 1] <= 'z')
            wb--;
        if (wb > 0 && !xc_is_space(t[wb - 1]))
            wb = we;
    }
    if (we - wb < 6) {
        /* after: "funcionários do ministério", "funcionarios del ministerio", "officials of the ministry" */
        size_t len = c->d->text.len, p = e;
        for (int links = 0; links < 3 && p < len && t[p] == ' '; links++) {
            size_t q = ++p;
            while (q < len && ((t[q] >= 'a' && t[q] <= 'z') || (unsigned char)t[q] >= 0x80))
                q++;
            if (q == p || (q < len && xc_letter_byte((unsigned char)t[q])))
                break;
            if (links < 2 && xc_listed(c, "link_words", p, q, XC_LOWER | XC_ALL_LANGS)) {
                p = q;
                continue;
            }
            if (links > 0)
                wb = p, we = q;
            break;
        }
    }
    if (we - wb >= 6) {
        size_t fs = xc_fold_at(c->d, wb), fe = xc_fold_at(c->d, we);
        const xc_actor *a = xc_latest_holding(c, c->d->fold.data + fs, fe - fs, m->start, 0);
        if (a && (a->kind == EXTRACT_KIND_GOVERNMENT || a->kind == EXTRACT_KIND_ORGANIZATION))
            return xc_give_actor(a, out);
    }
    return 0;
}

/* "Published by Cuba Despierta Ya", "segundo o Angola Livre Já": a country's name followed by capitalised words the
 * person rule read on their own (it never starts a name with a country) is one name, a group's or a movement's
 * named after the country. Sets [*s,*e) to the whole name when m is either part; 1 when it is. */
static int S_country_led(const xc_ctx *c, const xd_mention *m, size_t *s, size_t *e)
{
    const char *t = c->d->text.text;
    int place = xp_attr_get(m->rule, "place") != NULL;
    if (!place && m->actor_kind != EXTRACT_KIND_PERSON)
        return 0;
    size_t ma, mb;
    xc_range(c, m->sent, &ma, &mb);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        if (o->kind != XP_ACTOR)
            continue;
        const xd_mention *a = place ? m : o, *b = place ? o : m;
        if (!xp_attr_get(a->rule, "place") || b->actor_kind != EXTRACT_KIND_PERSON || b->start != a->end + 1 ||
            t[a->end] != ' ' || t[a->end - 1] == '.')
            continue;
        /* "el enviado de EE UU John Coale", "the envoy of Chile Ana Lima": a country after a link word qualifies
         * the title before it; the name after it is a person's */
        if (xc_words_before(c, "link_words", c->d->sents[m->sent].start, a->start, XC_LOWER | XC_ALL_LANGS))
            continue;
        *s = a->start;
        *e = b->name_e > b->name_s ? b->name_e : b->end;
        return 1;
    }
    return 0;
}

/* "Nigeria's federal government confirmed", "Spain's interior ministry has confirmed": a body noun the rules read
 * bare (government, interior ministry, police), after a country's possessive and at most two lower-case words, is
 * that country's body, named by the whole phrase, not the latest body whose name holds the noun (a "Government Girls
 * … College" named before). Sets *s to the country's start; 1 when it is so. */
static int S_country_possessive(const xc_ctx *c, const xd_mention *m, size_t s, size_t *cs)
{
    const char *t = c->d->text.text;
    if (m->actor_kind != EXTRACT_KIND_GOVERNMENT && m->actor_kind != EXTRACT_KIND_ORGANIZATION)
        return 0;
    size_t lo = c->d->sents[m->sent].start, p = s;
    for (int w = 0; w < 3; w++) {
        while (p > lo && t[p - 1] == ' ')
            p--;
        /* "'s" or "’s" right before: the possessor is an actor with the place mark ending there */
        size_t q = p;
        if (q >= lo + 2 && t[q - 1] == 's' && t[q - 2] == '\'')
            q -= 2;
        else if (q >= lo + 4 && t[q - 1] == 's' && (unsigned char)t[q - 2] == 0x99 && (unsigned char)t[q - 3] == 0x80 &&
                 (unsigned char)t[q - 4] == 0xE2)
            q -= 4;
        if (q < p) {
            size_t ma, mb;
            xc_range(c, m->sent, &ma, &mb);
            for (size_t k = ma; k < mb; k++) {
                const xd_mention *o = &c->d->ments[k];
                if (o->kind == XP_ACTOR && o->end == q && xp_attr_get(o->rule, "place")) {
                    *cs = o->start;
                    return 1;
                }
            }
            return 0;
        }
        if (w == 2)
            break;
        size_t b = p;
        while (b > lo && t[b - 1] != ' ')
            b--;
        if (b == p || !(t[b] >= 'a' && t[b] <= 'z'))
            return 0;
        p = b;
    }
    return 0;
}

/* "As Nações Unidas confirmaram … a ONU diz", "the United Nations … the UN says": a body the `same_body` table
 * knows under several names and acronyms (one a line, with the body it stands for) is reported by the first of
 * them the text wrote in full before this mention, as the name is reported as first written in full. Sets *out and
 * returns 1 when there is one. */
static int S_same_body(xc_ctx *c, const xd_mention *m, size_t s, size_t e, extract_actor *out)
{
    const xp_table *tb = xp_table_get(c->d->pat, c->d->lang, "same_body");
    if (!tb || e - s > 60)
        return 0;
    size_t fs = xc_fold_at(c->d, s), fe = xc_fold_at(c->d, e);
    long r = xp_table_find(tb, c->d->fold.data + fs, fe - fs);
    if (r < 0 || !tb->values)
        return 0;
    const char *body = tb->values[r];
    for (size_t i = 0; i < c->n_actors; i++) {
        const xc_actor *a = &c->actors[i];
        if (a->first >= m->start || !a->fold || a->kind == EXTRACT_KIND_PERSON)
            continue;
        long q = xp_table_find(tb, a->fold, strlen(a->fold));
        if (q >= 0 && strcmp(tb->values[q], body) == 0) {
            if (a->fold && fe - fs == strlen(a->fold) && memcmp(a->fold, c->d->fold.data + fs, fe - fs) == 0)
                return 0; /* the name itself */
            return xc_give_actor(a, out);
        }
    }
    return 0;
}

/* "the police chief put the total at 1,590", "dijo el jefe de la policía", "disse o chefe da polícia": a body named
 * only as the complement of a title (the title right after it, or right before it across a link word) stands for
 * the official who holds that title, when the text named one before: the person whose learnt title holds the
 * body's word ("Inspector-General of Police, Mohammed Adamu"), else the title's word. Sets *out; 1 when found. */
static int S_office_holder(xc_ctx *c, const xd_mention *m, extract_actor *out)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    if (m->actor_kind != EXTRACT_KIND_GOVERNMENT && m->actor_kind != EXTRACT_KIND_ORGANIZATION)
        return 0;
    size_t ma, mb;
    xc_range(c, m->sent, &ma, &mb);
    const xd_mention *ti = NULL;
    for (size_t k = ma; k < mb && !ti; k++) {
        const xd_mention *o = &d->ments[k];
        if (o->kind != XP_TITLE)
            continue;
        if (o->start == m->end + 1 && t[m->end] == ' ' && !(o->end + 1 < d->sents[m->sent].end &&
                                                            t[o->end] == ' ' && t[o->end + 1] >= 'A' &&
                                                            t[o->end + 1] <= 'Z'))
            ti = o; /* "the police chief", not "police chief Ana Ruiz" (her own name speaks) */
        else if (o->end < m->start && m->start - o->end <= 10 &&
                 xc_words_before(c, "link_words", o->end, m->start, XC_LOWER | XC_ALL_LANGS))
            ti = o; /* "el jefe de la policía" */
    }
    if (!ti)
        return 0;
    /* an article opens the phrase ("the police chief", "el jefe de la policía"): "Elizardo Sánchez, presidente da
     * Comissão …" is a title in apposition, whose body speaks for itself; and no name follows the phrase in
     * apposition ("el portavoz del Ejército, teniente coronel X": X speaks) */
    size_t open = ti->start < m->start ? ti->start : m->start, close = ti->end > m->end ? ti->end : m->end;
    size_t ab, ae, as = open;
    xc_word_before(t, d->sents[m->sent].start, open, &ab, &ae);
    xc_skip_article(t, &as, close); /* "the police" may hold its article */
    if ((as == open && !xc_listed(c, "article_words", ab, ae, XC_ANY_CASE | XC_ALL_LANGS)) ||
        (close + 2 < d->sents[m->sent].end && t[close] == ',' && t[close + 1] == ' ' &&
         (xc_mention_at(c, ma, mb, close + 2, XP_TITLE) || xc_mention_at(c, ma, mb, close + 2, XP_ACTOR))))
        return 0; /* "…, teniente coronel X", "…, Grace Okafor": an apposition names the holder */
    /* the body's last word and the title's, folded */
    size_t fs = xc_fold_at(d, m->name_e > m->name_s ? m->name_s : m->start);
    size_t fe = xc_fold_at(d, m->name_e > m->name_s ? m->name_e : m->end);
    size_t hb = fe;
    while (hb > fs && !xc_is_space(d->fold.data[hb - 1]))
        hb--;
    const xc_actor *a = xc_latest_holding(c, d->fold.data + hb, fe - hb, m->start, 1);
    if (!a) {
        size_t ts = xc_fold_at(d, ti->start), te = xc_fold_at(d, ti->end);
        a = xc_latest_holding(c, d->fold.data + ts, te - ts, m->start, 1);
    }
    if (!a || xc_seen_before(a, m->start) >= m->start)
        return 0;
    xc_trace(c, "\"%.*s\" with the title \"%.*s\": the official named before, %s", (int)(m->end - m->start),
             t + m->start, (int)(ti->end - ti->start), t + ti->start, a->name);
    return xc_give_actor(a, out);
}

/* Whether the word right before the name at s, in m's sentence, is a definite article or its contraction with a
 * preposition (`name_article_words`: "el", "o", "the"), in lower case, or capitalised where the sentence opens ("El
 * Organismo…"). */
int xc_article_led(const xc_ctx *c, const xd_mention *m, size_t s)
{
    size_t b, e;
    const char *t = c->d->text.text;
    xc_word_before(t, c->d->sents[m->sent].start, s, &b, &e);
    /* a capitalised article inside a sentence is a word of the name ("el diario La Voz") */
    if (e <= b || e >= s)
        return 0;
    return xc_listed(c, "name_article_words", b, e, XC_LOWER) ||
           (xc_opens_sentence(t, b) && xc_listed(c, "name_article_words", b, e, XC_UPPER));
}

/* Twenty-seventh session (who). "La oficina del primer ministro, Benjamín Netanyahu, ha actualizado su recuento",
 * "o gabinete do primeiro-ministro, Benjamin Netanyahu, informou", "the office of the prime minister, Benjamin
 * Netanyahu, said": a person in apposition to an office of a state post (an actor rule with office=1) names who holds
 * the post; the office speaks (docs/corpus.md: the gold names the office). The person's mention is m; the office's
 * ends at the comma right before it, and a comma closes the apposition after the name. Sets *out; 1 when so. */
static int S_office_apposed(xc_ctx *c, const xd_mention *m, extract_actor *out)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    if (m->actor_kind != EXTRACT_KIND_PERSON)
        return 0;
    size_t ne = m->name_e > m->name_s ? m->name_e : m->end;
    size_t sb = d->sents[m->sent].start, se = d->sents[m->sent].end;
    if (m->start < sb + 3 || t[m->start - 1] != ' ' || t[m->start - 2] != ',' || ne >= se || t[ne] != ',')
        return 0;
    size_t ma, mb;
    xc_range(c, m->sent, &ma, &mb);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &d->ments[k];
        if (o->kind != XP_ACTOR || o->end != m->start - 2 || o->actor_kind != EXTRACT_KIND_GOVERNMENT)
            continue;
        size_t os = o->name_e > o->name_s ? o->name_s : o->start, oe = o->name_e > o->name_s ? o->name_e : o->end;
        xc_skip_article(t, &os, oe);
        /* a rule's own office=1, or an office noun (`post_office_words`) heading a phrase that ends with a state
         * post's title ("gabinete do primeiro-ministro"); not a post itself ("el ministro del Interior, X,") */
        if (!xp_attr_get(o->rule, "office")) {
            size_t wb, we;
            xc_word_after(t, os, oe, &wb, &we);
            const xd_mention *ti = NULL;
            for (size_t q = ma; q < mb && !ti; q++)
                if (d->ments[q].kind == XP_TITLE && d->ments[q].end == oe && d->ments[q].start > we)
                    ti = &d->ments[q];
            if (!ti || wb == we || !xc_listed(c, "post_office_words", wb, we, XC_ANY_CASE))
                continue;
        }
        out->name = xc_dup(c, os, oe);
        out->kind = EXTRACT_KIND_GOVERNMENT;
        out->title = NULL;
        return out->name != NULL;
    }
    return 0;
}

void xc_actor_of(xc_ctx *c, const xd_mention *m, extract_actor *out)
{
    const char *t = c->d->text.text;
    size_t s = m->name_s, e = m->name_e;
    if (e <= s)
        s = m->start, e = m->end;
    xc_skip_article(t, &s, e);
    int dk;
    size_t ds, de;
    /* "the state broadcaster TRT": a descriptor saying the body is a medium outranks the organisation an acronym or
     * a generic head word is read as (a name whose head word says what it is, named=1, keeps its kind) */
    if (S_described(c, m, &ds, &de, &dk) && (de > e || ds < s || m->actor_kind == EXTRACT_KIND_PERSON ||
                                             m->actor_kind == EXTRACT_KIND_UNKNOWN ||
                                             (dk == EXTRACT_KIND_MEDIA && m->actor_kind == EXTRACT_KIND_ORGANIZATION &&
                                              !xp_attr_get(m->rule, "named")))) {
        out->name = xc_dup(c, ds, de);
        out->kind = dk;
        out->title = NULL;
        /* "the official news agency APS (Algérie Presse Service)": the acronym the descriptor names stands for the
         * name it introduces; the descriptor still says the kind */
        extract_actor full = *out;
        if (de - ds <= 10 && xc_acronym_of(c, m, ds, de, &full) && full.name) {
            out->name = full.name;
            out->title = NULL;
        }
        return;
    }
    if (S_office_apposed(c, m, out))
        return;
    if (S_staff_body(c, m, s, e, out))
        return;
    if (S_office_holder(c, m, out))
        return;
    size_t cs, ce;
    if (S_country_led(c, m, &cs, &ce)) {
        S_name_body(c, cs, ce, EXTRACT_KIND_ORGANIZATION, out);
        return;
    }
    if (S_country_possessive(c, m, s, &cs)) {
        out->name = xc_dup(c, cs, e);
        out->kind = m->actor_kind;
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
    if (out->kind == EXTRACT_KIND_PERSON && S_comma_acronym(c, s, e)) {
        S_name_body(c, s, e, S_body_kind(c, s, e), out); /* "la Coordinadora …, la Conadeh,": a body */
        return;
    }
    int single = memchr(t + s, ' ', e - s) == NULL;
    if (single && out->kind == EXTRACT_KIND_PERSON) {
        /* "Al-Murtada reagiu" after "Abdulqader al-Murtada": a particle a sentence's start capitalised ("al-",
         * "el-", "ad-", "bin-") is looked up as the name writes it, in lower case (seventeenth session) */
        char low[64];
        const char *key = t + s;
        size_t hy = 0;
        while (hy < 4 && s + hy < e && t[s + hy] != '-')
            hy++;
        if (e - s < sizeof low && hy >= 2 && hy <= 3 && s + hy < e && t[s + hy] == '-' && t[s] >= 'A' && t[s] <= 'Z' &&
            xc_map_next(&c->words, t + s, e - s, SIZE_MAX) == SIZE_MAX) {
            memcpy(low, t + s, e - s);
            low[0] = (char)(low[0] - 'A' + 'a');
            key = low;
        }
        /* people first (a surname), then bodies ("este Servicio" after "Servicio Nacional de …") */
        for (int pass = 0; pass < 2; pass++)
            for (size_t w = xc_map_next(&c->words, key, e - s, SIZE_MAX); w != SIZE_MAX;
                 w = xc_map_next(&c->words, key, e - s, w)) {
                const xc_actor *a = &c->actors[c->words.e[w].val]; /* the latest learnt first */
                if ((a->kind == EXTRACT_KIND_PERSON) == (pass == 0) && a->first < m->start) {
                    out->name = a->name;
                    out->title = a->title;
                    out->kind = a->kind;
                    return;
                }
            }
    }
    if (xc_acronym_of(c, m, s, e, out))
        return;
    if (single && (out->kind == EXTRACT_KIND_GOVERNMENT || out->kind == EXTRACT_KIND_ORGANIZATION)) {
        /* a bare common noun ("según el ministerio", "The Observatory estimates"): the body of that name mentioned
         * before */
        size_t fs = xc_fold_at(c->d, s), fe = xc_fold_at(c->d, e);
        const xc_actor *b = xc_body_holding(c, c->d->fold.data + fs, fe - fs, m->start);
        if (xc_give_actor(b, out))
            return;
    }
    if (out->kind != EXTRACT_KIND_PERSON && S_same_body(c, m, s, e, out))
        return;
    out->name = xc_dup(c, s, e);
    const xc_actor *known = out->name ? xc_known(c, out->name) : NULL;
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
    /* Twenty-second session: "El Organismo Judicial informa", "segundo o Depen", "said the Kopassus": capitalised
     * words the rules read as a person's name only by their shape (shape=1), right after a definite article or its
     * contraction with a preposition (`name_article_words`), name a body; journalists write no article before a
     * person's name. Its kind is its head word's (`head_kinds`: "Judicial" the state's), else an organisation's. A
     * name learnt before (a person's, or a body a descriptor named: "La Sepen, la secretaría…") keeps its kind. */
    if (out->kind == EXTRACT_KIND_PERSON && !known &&
        xp_attr_get(m->rule, "shape") && xc_article_led(c, m, s)) {
        extract_actor_kind k = xc_phrase_kind(c, s, e);
        out->kind = k == EXTRACT_KIND_UNKNOWN ? S_body_kind(c, s, e) : k;
        return;
    }
    /* A speaker named after the quotation, in a sentence not yet learnt: read the title where it stands. */
    if (!out->title && out->kind == EXTRACT_KIND_PERSON)
        out->title = xc_find_title(c, m);
}

/* Whether offset `at` opens a sentence or a quotation: only spaces and opening quotation marks stand between it and
 * the text's start, a line break or the end of a sentence. */
int xc_opens_sentence(const char *t, size_t at)
{
    size_t p = at;
    for (;;) {
        while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '"'))
            p--;
        if (p >= 3 && (unsigned char)t[p - 3] == 0xE2 && (unsigned char)t[p - 2] == 0x80 && (unsigned char)t[p - 1] == 0x9C)
            p -= 3; /* “ */
        else if (p >= 2 && (unsigned char)t[p - 2] == 0xC2 &&
                 ((unsigned char)t[p - 1] == 0xAB || (unsigned char)t[p - 1] == 0xBF || (unsigned char)t[p - 1] == 0xA1))
            p -= 2; /* « ¿ ¡ */
        else
            break;
    }
    if (p == 0 || t[p - 1] == '\n' || t[p - 1] == '.' || t[p - 1] == '!' || t[p - 1] == '?' || t[p - 1] == ':')
        return 1;
    /* "10:40pm — Processing is slow", "16.05 | Balanço": a live-blog entry's clock time and its separator open the
     * sentence as a line start does */
    if (p >= 3 && (unsigned char)t[p - 3] == 0xE2 && (unsigned char)t[p - 2] == 0x80 &&
        ((unsigned char)t[p - 1] == 0x93 || (unsigned char)t[p - 1] == 0x94))
        p -= 3; /* – — */
    else if (p >= 1 && (t[p - 1] == '-' || t[p - 1] == '|'))
        p--;
    else
        return 0;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    for (int k = 0; k < 2 && p > 0 && t[p - 1] >= 'a' && t[p - 1] <= 'z'; k++)
        p--; /* "pm", "h" */
    size_t m = p;
    while (p > 0 && m - p < 2 && t[p - 1] >= '0' && t[p - 1] <= '9')
        p--;
    if (p == m || p == 0 || (t[p - 1] != ':' && t[p - 1] != '.' && t[p - 1] != 'h'))
        return 0;
    m = --p;
    while (p > 0 && m - p < 2 && t[p - 1] >= '0' && t[p - 1] <= '9')
        p--;
    return p < m && (p == 0 || t[p - 1] == '\n');
}

/* "the head of State", "el mandatario" (holds=president|presidente|presidenta): a description naming no title word
 * of its own means the person named last before `before` whose title is one of the |-separated folded words. */
const xc_actor *xc_latest_titled(xc_ctx *c, const char *holds, size_t before)
{
    const xc_actor *best = NULL;
    size_t best_at = 0;
    for (const char *w = holds; *w;) {
        const char *e = strchr(w, '|');
        size_t n = e ? (size_t)(e - w) : strlen(w);
        const xc_actor *a = xc_latest_holding(c, w, n, before, 1);
        if (a && !(best && best_at > xc_seen_before(a, before)))
            best = a, best_at = xc_seen_before(a, before);
        w += n;
        if (*w == '|')
            w++;
    }
    return best;
}

/* "según la misma agencia", "o mesmo jornal", "the same agency": the news outlet the text named last before the
 * reference; none named, no claimant (the reference alone does not say which outlet). */
int xc_last_media(xc_ctx *c, const xd_mention *p, extract_actor *out)
{
    const xc_actor *best = NULL;
    size_t best_at = 0;
    for (size_t i = 0; i < c->n_actors; i++) {
        const xc_actor *a = &c->actors[i];
        size_t at = xc_seen_before(a, p->start);
        if (a->kind == EXTRACT_KIND_MEDIA && at < p->start && !(best && best_at > at))
            best = a, best_at = at;
    }
    return xc_give_actor(best, out);
}

/* Whether the word before offset pos is an indefinite article ("un portavoz", "um porta-voz", "a spokesman"). */
static int S_indefinite_before(const xc_ctx *c, size_t lo, size_t pos)
{
    size_t b, e;
    xc_word_before(c->d->text.text, lo, pos, &b, &e);
    return xc_listed(c, "indefinite_words", b, e, XC_ANY_CASE | XC_ALL_LANGS);
}

/* Who a title word stands for where the text gives it ("el portavoz de la Policía, el general Yingyot
 * Thepjamnong", "a spokesman for the council, Ali Musa", "un portavoz de la APS que pidió no ser identificado"):
 * the person named in apposition after it (same sentence, within 80 bytes, no clause end between), else the body
 * the title belongs to (a link word, then the body's name): an unnamed spokesman speaks for the body. Sets *body
 * to 1 when the answer is the body. */
static int S_title_holder(xc_ctx *c, const xd_mention *ti, extract_actor *out, int *body)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t ma, mb;
    xc_range(c, ti->sent, &ma, &mb);
    *body = 0;
    /* "Suhail Shaheen, a spokesman for the Taliban's political office in Doha,": a title in apposition after a
     * person's name is that person's */
    size_t ab, ae;
    xc_word_before(t, d->sents[ti->sent].start, ti->start, &ab, &ae);
    if (S_indefinite_before(c, d->sents[ti->sent].start, ti->start) && ab >= 2 && t[ab - 1] == ' ' && t[ab - 2] == ',') {
        const xd_mention *p = NULL;
        for (size_t k = ma; k < mb; k++)
            if (d->ments[k].kind == XP_ACTOR && d->ments[k].end == ab - 2)
                p = &d->ments[k];
        if (p && p->actor_kind == EXTRACT_KIND_PERSON)
            return xc_claimant_from(c, p, out);
    }
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->start < ti->end)
            continue;
        if (m->start - ti->end > 80 || m->kind == XP_CUE || m->kind == XP_NUMBER || m->kind == XP_CLAUSE)
            break;
        if (memchr(t + ti->end, '.', m->start - ti->end) || memchr(t + ti->end, ';', m->start - ti->end) ||
            memchr(t + ti->end, ':', m->start - ti->end) || memchr(t + ti->end, '"', m->start - ti->end))
            break;
        if (xc_after_place(c, m))
            continue; /* "a spokesman for the Taliban's political office in Doha, Suhail Shaheen" */
        if (m->kind == XP_ACTOR && m->actor_kind == EXTRACT_KIND_PERSON) {
            if (xc_claimant_from(c, m, out))
                return 1;
            break;
        }
    }
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        /* "a spokesman for the Interior Ministry" read whole as a speaker of its own: that speaker */
        if (m->kind == XP_ACTOR && m->actor_kind != EXTRACT_KIND_PERSON && m->start <= ti->start && m->end >= ti->end &&
            xc_claimant_from(c, m, out)) {
            *body = 1;
            return 1;
        }
        if (m->start < ti->end)
            continue;
        if (m->start - ti->end > 24)
            break;
        size_t w0 = ti->end, w1;
        while (w0 < m->start && xc_is_space(t[w0]))
            w0++;
        for (w1 = w0; w1 < m->start && !xc_is_space(t[w1]);)
            w1++;
        if (m->kind == XP_ACTOR && m->actor_kind != EXTRACT_KIND_PERSON && m->actor_kind != EXTRACT_KIND_MEDIA &&
            w1 > w0 && xc_words_before(c, "link_words", ti->end, w1, XC_LOWER | XC_ALL_LANGS) &&
            xc_gap_words(t, w1, m->start, 1, 12) && xc_claimant_from(c, m, out)) {
            *body = 1;
            return 1;
        }
    }
    return 0;
}


/* A person reference the learnt titles do not settle: "El portavoz ha añadido" after "el portavoz de la Policía, el
 * general X" (X's title was learnt as "general"), "Según él" right after "un portavoz de la APS que pidió no ser
 * identificado". With a head word (wl > 0), the latest title mention with that word before the reference, within
 * 1,500 bytes; without one (él, he, ele), an unnamed title introduced by an indefinite article in the reference's
 * sentence or the two before, later than the person the reference would otherwise mean (after_at): it speaks for
 * its body. */
int xc_title_reference(xc_ctx *c, const xd_mention *p, const char *w, size_t wl, size_t after_at,
                       extract_actor *out)
{
    const extract_doc *d = c->d;
    for (size_t k = xc_first_at(d, p->start); k-- > 0;) {
        const xd_mention *ti = &d->ments[k];
        if (ti->start + 1500 < p->start || (!wl && ti->sent + 2 < p->sent) || (!wl && ti->start <= after_at))
            break;
        if (ti->kind != XP_TITLE || ti->end > p->start || (ti->start >= p->start))
            continue;
        size_t fs = xc_fold_at(d, ti->start), fe = xc_fold_at(d, ti->end);
        if (wl) {
            if (fe - fs != wl || memcmp(d->fold.data + fs, w, wl) != 0)
                continue;
        } else if (!S_indefinite_before(c, d->sents[ti->sent].start, ti->start)) {
            continue;
        }
        int body = 0;
        if (!S_title_holder(c, ti, out, &body) || (!wl && !body))
            continue;
        xc_trace(c, "reference \"%.*s\": the %.*s named before, %s", (int)(p->end - p->start),
                 d->text.text + p->start, (int)(ti->end - ti->start), d->text.text + ti->start, out->name);
        return 1;
    }
    return 0;
}

/* "A ministry official, who spoke on condition of anonymity, said … Fewer than 120 …, the official said": a reference
 * with a head word ("the official", "la portavoz", "o porta-voz") whose latest title mention with that word, within
 * 1,500 bytes before and later than after_at (the person the reference would otherwise mean), is unnamed: an
 * indefinite article within four words before it, no name in apposition and no body after it (S_title_holder
 * fails). The reference means that unnamed speaker, not a person of another paragraph: its description from after
 * the article to the title ("ministry official"), of the state when a state body stands in it, else a person. Returns 1 with
 * it in *out. Bounded: mentions of the last 1,500 bytes only. */
int xc_unnamed_reference(xc_ctx *c, const xd_mention *p, const char *w, size_t wl, size_t after_at,
                         extract_actor *out)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    if (wl < 4)
        return 0;
    for (size_t k = xc_first_at(d, p->start); k-- > 0;) {
        const xd_mention *ti = &d->ments[k];
        if (ti->start + 1500 < p->start || ti->start <= after_at)
            break;
        if (ti->kind != XP_TITLE || ti->end > p->start || ti->sent == p->sent)
            continue;
        size_t fs = xc_fold_at(d, ti->start), fe = xc_fold_at(d, ti->end);
        if (fe - fs != wl || memcmp(d->fold.data + fs, w, wl) != 0)
            continue;
        /* the latest title with the head word decides: named or of a body, xc_title_reference's business */
        size_t lo = d->sents[ti->sent].start, pos = ti->start, art = SIZE_MAX;
        for (int n = 0; n < 4 && pos > lo; n++) {
            size_t b, e;
            xc_word_before(t, lo, pos, &b, &e);
            if (e == b)
                break;
            if (xc_listed(c, "indefinite_words", b, e, XC_ANY_CASE | XC_ALL_LANGS)) {
                art = e;
                break;
            }
            if (memchr(t + b, ',', e - b) || memchr(t + b, ';', e - b) || memchr(t + b, ':', e - b) ||
                memchr(t + b, '"', e - b))
                break;
            pos = b;
        }
        if (art == SIZE_MAX)
            return 0;
        extract_actor holder = {0};
        int body = 0;
        if (S_title_holder(c, ti, &holder, &body))
            return 0;
        while (art < ti->start && xc_is_space(t[art]))
            art++;
        out->name = xc_dup(c, art, ti->end);
        out->title = NULL;
        /* "a ministry official", "a senior police official": a state body in the description makes the speaker
         * the state's, as the gold names such officials (docs/corpus.md, "Gold records"); else a person */
        out->kind = EXTRACT_KIND_PERSON;
        for (size_t j = k; j-- > 0 && d->ments[j].end > art;) {
            const xd_mention *b = &d->ments[j];
            if (b->start >= art && b->end <= ti->start &&
                ((b->kind == XP_PRONOUN && b->role == XD_REF_GOV) ||
                 (b->kind == XP_ACTOR && b->actor_kind == EXTRACT_KIND_GOVERNMENT)))
                out->kind = EXTRACT_KIND_GOVERNMENT;
        }
        if (!out->name)
            return 0;
        xc_trace(c, "reference \"%.*s\": the unnamed %s introduced before", (int)(p->end - p->start), t + p->start,
                 out->name);
        return 1;
    }
    return 0;
}
