/* discourse.c - what a document is as a whole: actors learnt in order, live-blog entries, interviews and
 * transcripts, whose speakers and days the sentences inherit (docs/design.md, "Claimants"). */
#include "claims_int.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The word [*v,*w) before the link word ("de", "ligada ao", "close to") or the word of the lexicon `also` that ends
 * right before pos (spaces aside); 0 when the word before pos is neither. */
static int S_word_before_link(const xc_ctx *c, size_t lo, size_t pos, const char *also, size_t *v, size_t *w)
{
    const char *t = c->d->text.text;
    size_t b, e;
    xc_word_before(t, lo, pos, &b, &e);
    if (b == e || b == lo || !(xc_words_before(c, "link_words", b, e, XC_LOWER | XC_ALL_LANGS) ||
                               xc_words_before(c, also, b, e, XC_LOWER | XC_ALL_LANGS)))
        return 0;
    *w = b;
    while (*w > lo && xc_is_space(t[*w - 1]))
        (*w)--;
    *v = *w;
    while (*v > lo && !xc_is_space(t[*v - 1]))
        (*v)--;
    return 1;
}

/* Whether a name at pos only modifies the word before it: a lower-case word (a title, a participle), then a
 * linking word ("assessor de X", "ligada ao Ministério", "director of X", "close to X"). */
static int S_modifier_sighting(const xc_ctx *c, size_t lo, size_t pos)
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

/* Whether a name at pos stands inside a relative clause on a body named just before it in its sentence: "a ONG
 * Temblores, que monitora a violência policial por meio da plataforma Grita", "the foundation, which works with
 * Memorial": the clause describes the body, so a later "a entidade", "the group" means the body, not the name the
 * clause mentions in passing. The clause opens with a comma and a word of `who_words`; no other comma, colon or
 * semicolon stands between it and the name; a body (an actor not a person, or a body reference) ends at the comma. */
static int S_relative_sighting(const xc_ctx *c, size_t si, size_t pos)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[si].start, p = pos;
    while (p > lo && t[p - 1] != ',' && t[p - 1] != ';' && t[p - 1] != ':' && t[p - 1] != '(')
        p--;
    if (p <= lo || t[p - 1] != ',')
        return 0;
    size_t w = p;
    while (w < pos && xc_is_space(t[w]))
        w++;
    size_t we = w;
    while (we < pos && !xc_is_space(t[we]))
        we++;
    if (we >= pos || !xc_listed(c, "who_words", w, we, XC_LOWER | XC_ALL_LANGS))
        return 0;
    size_t ma, mb;
    xc_range(c, si, &ma, &mb);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *h = &d->ments[k];
        if (h->end != p - 1)
            continue;
        if ((h->kind == XP_ACTOR && h->actor_kind != EXTRACT_KIND_PERSON) ||
            (h->kind == XP_PRONOUN && (h->role == XD_REF_ORG || h->role == XD_REF_GOV)))
            return 1;
        /* "a ONG Temblores": a name the person rule read, made a body by the descriptor right before it */
        for (size_t j = ma; h->kind == XP_ACTOR && j < mb; j++) {
            const xd_mention *o = &d->ments[j];
            if (o->kind == XP_PRONOUN && o->end + 1 == h->start &&
                (o->role == XD_REF_ORG || o->role == XD_REF_GOV ||
                 (o->actor_kind >= 0 && o->actor_kind != EXTRACT_KIND_PERSON)))
                return 1;
        }
    }
    return 0;
}

/* Whether the descriptor p after "Name, " is the subject of its own clause rather than an apposition: a reporting
 * verb or an event word stands between it and the next comma or the sentence's end ("En Lima, el colectivo denunció
 * que …": Lima is no collective). */
int xc_apposition_says(const xc_ctx *c, const xd_mention *p)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t end = d->sents[p->sent].end, close = p->end;
    while (close < end && t[close] != ',' && t[close] != ';')
        close++;
    size_t ma, mb;
    xc_range(c, p->sent, &ma, &mb);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &d->ments[k];
        if ((o->kind == XP_CUE || o->kind == XP_TRIGGER || o->kind == XP_SOURCE) && o->start >= p->end && o->start < close)
            return 1;
    }
    return 0;
}

/* Whether the state body p (a generic government actor: "the army", "a polícia") right after "Name, " is the whole
 * apposition that says what the name is: "a DISA, a polícia política,", "Kopkamtib, the army's security command,"
 * (twenty-third session). The apposition must close with a comma before the sentence ends, and hold no title or
 * other mention after the body ("Smith, the police chief,", "Ana Ruiz, the army's spokeswoman," describe a
 * person, and so does a body's "of"-phrase: "X, the police of the capital" stays as the rules read it). */
static int S_state_apposition(const xc_ctx *c, const xd_mention *p)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    if (p->kind != XP_ACTOR || p->actor_kind != EXTRACT_KIND_GOVERNMENT || !(t[p->start] >= 'a' && t[p->start] <= 'z'))
        return 0;
    size_t end = d->sents[p->sent].end, close = p->end;
    while (close < end && close < p->end + 60 && t[close] != ',' && t[close] != ';' && t[close] != '(')
        close++;
    if (close >= end || t[close] != ',')
        return 0;
    size_t ma, mb;
    xc_range(c, p->sent, &ma, &mb);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &d->ments[k];
        if (o != p && o->start >= p->end && o->start < close)
            return 0; /* a title, a name or a cue inside the apposition */
    }
    /* "the army's security command": after a possessive, the words must name a state body themselves (`head_kinds`),
     * not a person ("the government's critic") */
    size_t q = p->end;
    if (q < close && (t[q] == '\'' || (unsigned char)t[q] == 0xE2) &&
        xc_phrase_kind(c, q + (t[q] == '\'' ? 2 : 4), close) != EXTRACT_KIND_GOVERNMENT)
        return 0;
    return !xc_apposition_says(c, p);
}

/* Learns every named actor and its title, in document order, before binding (titles often come first). */
int xc_learn_actors(xc_ctx *c, size_t upto)
{
    extract_doc *d = c->d;
    for (; c->learnt < d->n_ments && d->ments[c->learnt].start < upto; c->learnt++) {
        const xd_mention *m = &d->ments[c->learnt];
        /* "rights groups", "state television" (generic=1) name no one: "the coalition" or "the agency" later means
         * a body the text names, not them */
        if (m->kind != XP_ACTOR || xp_attr_get(m->rule, "generic") || xp_attr_get(m->rule, "facility"))
            continue;
        /* "Pekín negó", "Downing Street said" (metonym=1, twenty-second session): a capital or a seat of power speaks
         * for its government only as the subject of its own verb; named anywhere else it is a place ("onde fica
         * Quito", "a Baku lawyer"), and a later "the government" or "a instituição" means a body the text names */
        if (xp_attr_get(m->rule, "metonym"))
            continue;
        /* "en Lima", "in Leeds": a lone name after a place word is a place; no later "he" or "the researcher"
         * means it */
        if (m->actor_kind == EXTRACT_KIND_PERSON && !memchr(d->text.text + m->start, ' ', m->end - m->start) &&
            xc_words_before(c, "place_words", d->sents[m->sent].start, m->start, XC_LOWER))
            continue;
        if (m->actor_kind == EXTRACT_KIND_PERSON && xc_after_place(c, m))
            continue; /* "desde la Casa Central de la Universidad", "through La Moneda": a place of any length */
        extract_actor a;
        xc_actor_of(c, m, &a);
        if (!a.name)
            return -1;
        const extract_actor_kind shape_kind = a.kind; /* before a descriptor says the kind */
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
                !xc_apposition_says(c, p))
                a.kind = p->actor_kind;
            /* "a DISA, a polícia política,", "Kopkamtib, the army's security command,": a state body in apposition
             * after a one-word name (an acronym, a body's short name; a person named by one word is rarely
             * described by a bare body) makes it the state's */
            else if (p->start == m->end + 2 && d->text.text[m->end] == ',' &&
                     !memchr(d->text.text + m->start, ' ', m->end - m->start) && S_state_apposition(c, p))
                a.kind = EXTRACT_KIND_GOVERNMENT;
        }
        /* "El Organismo Judicial informa" (twenty-second session): a name of a person's shape that only an article
         * made a body (xc_actor_of; no descriptor before or after it said what it is) is not learnt: "o Nepal",
         * "the Marinette", "el Nobel" are places and things as often, and learnt as bodies they would answer a later
         * "la organización" or "the organisers"; a body already learnt ("do movimento Amal … O Amal contesta") is
         * seen again */
        if (m->actor_kind == EXTRACT_KIND_PERSON && a.kind == shape_kind && a.kind != EXTRACT_KIND_PERSON &&
            xp_attr_get(m->rule, "shape") && !xc_known(c, a.name) &&
            xc_article_led(c, m, m->name_e > m->name_s ? m->name_s : m->start))
            continue;
        const char *title = a.kind == EXTRACT_KIND_PERSON ? xc_find_title(c, m) : NULL;
        size_t lo = d->sents[m->sent].start;
        size_t mod_key = S_modifier_sighting(c, lo, m->start) || S_relative_sighting(c, m->sent, m->start)
                             ? (lo > 0 ? lo - 1 : 0)
                             : SIZE_MAX;
        /* "General Le Quy Vuong": a capitalised title right before a person's name, for "the general" later */
        const char *rank = NULL;
        for (size_t k = c->learnt; a.kind == EXTRACT_KIND_PERSON && k-- > 0 && d->ments[k].sent == m->sent;) {
            const xd_mention *ti = &d->ments[k];
            if (ti->kind != XP_TITLE || ti->end > m->start)
                continue;
            if (ti->end + 1 == m->start && d->text.text[ti->start] >= 'A' && d->text.text[ti->start] <= 'Z') {
                size_t fs = xc_fold_at(d, ti->start), fe = xc_fold_at(d, ti->end);
                rank = xn_fold_str(d->fold.data + fs, fe - fs, &d->arena);
            }
            break;
        }
        if (xc_remember(c, a.name, title ? title : a.title, rank, a.kind, m->start, mod_key) < 0)
            return -1;
    }
    return 0;
}

/* A copy of an actor record that survives the actor table being rebuilt. */
const xc_actor *xc_copy_actor(xc_ctx *c, const xc_actor *a)
{
    xc_actor *cp = xi_arena_alloc(&c->d->arena, sizeof *cp);
    if (cp)
        *cp = *a;
    return cp;
}

/* Whether the name at pos continues a longer capitalised phrase across a link or agent word ("Advogados Tailandeses
 * pelos Direitos Humanos", "Monument to Democracy"): a fragment of another name, not a person introduced. */
static int S_name_tail(const xc_ctx *c, size_t lo, size_t pos)
{
    const char *t = c->d->text.text;
    size_t v, w;
    if (!S_word_before_link(c, lo, pos, "agent_words", &v, &w))
        return 0;
    return v < w && ((t[v] >= 'A' && t[v] <= 'Z') || ((unsigned char)t[v] == 0xC3 && v + 1 < w &&
                                                        (unsigned char)t[v + 1] >= 0x80 && (unsigned char)t[v + 1] < 0xA0));
}

/* How sentence si, opening its paragraph, starts a live-blog entry: 1 when it is a clock time alone on its line or
 * before a short entry title ("22:50 | Yermak: 215 vuelven a casa"), the entry following in the next paragraphs;
 * 2 when the time heads the entry's own text, a dash, colon or bar between, in a paragraph of several sentences
 * ("23h40 — A OVD-Info contabiliza…", "9.10am: Contractors are on the lawn…"); 0 otherwise. */
static int S_clock_para(const extract_doc *d, size_t si)
{
    const char *t = d->text.text;
    const xd_sentence *s = &d->sents[si];
    size_t q = xr_clock_end(t, s->start, s->end);
    if (!q)
        return 0;
    if (!(si + 1 < d->n_sents && d->sents[si + 1].para == s->para) && s->end - s->start <= 200)
        return 1;
    /* "am", "pm", "a.m.", "hs" after the time, then the separator */
    while (q < s->end && q - s->start < 12 && (t[q] == ' ' || t[q] == '.' || t[q] == 'a' || t[q] == 'p' ||
                                                t[q] == 'm' || t[q] == 'h' || t[q] == 's'))
        q++;
    if (q < s->end && (t[q] == ':' || t[q] == '|' || t[q] == '-'))
        return 2;
    /* Twenty-first session. "1:35 a.m. - The police say…", "9:42 p.m. — With the curfew…": the segmenter ends a
     * sentence at the abbreviation's dot, so the time stands alone and the entry's text, opened by its separator,
     * is the next sentence of the paragraph. The entry then starts there, as below a time on its own line. */
    if (q >= s->end && si + 1 < d->n_sents && d->sents[si + 1].para == s->para) {
        const xd_sentence *n = &d->sents[si + 1];
        size_t r = n->start;
        if (r < n->end && (t[r] == '-' || t[r] == '|' || t[r] == ':'))
            return 1;
        if (r + 2 < n->end && (unsigned char)t[r] == 0xE2 && (unsigned char)t[r + 1] == 0x80 &&
            ((unsigned char)t[r + 2] == 0x93 || (unsigned char)t[r + 2] == 0x94))
            return 1;
    }
    /* an en or em dash (U+2013, U+2014) */
    return q + 2 < s->end && (unsigned char)t[q] == 0xE2 && (unsigned char)t[q + 1] == 0x80 &&
                   ((unsigned char)t[q + 2] == 0x93 || (unsigned char)t[q + 2] == 0x94)
               ? 2
               : 0;
}

/* The day sentence si names when it is a day heading of a live blog: a paragraph of its own holding only one day
 * ("Domingo, 26 de novembro", "Viernes, 14 de abril", "Wednesday 2 March"), the entries below it posted that day.
 * NULL when it is not one. */
static const char *S_day_heading(const xc_ctx *c, size_t si)
{
    const extract_doc *d = c->d;
    const xd_sentence *s = &d->sents[si];
    if ((si > 0 && d->sents[si - 1].para == s->para) || (si + 1 < d->n_sents && d->sents[si + 1].para == s->para) ||
        s->end - s->start > 60)
        return NULL;
    for (size_t k = c->sent_first[si]; k < c->sent_first[si + 1]; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_DATE)
            continue;
        if (!m->date[0] || m->date_end[0] || m->whole_month || m->start > s->start + 2 || m->end + 2 < s->end)
            return NULL;
        return m->date;
    }
    return NULL;
}

/* How many days after the page's date a live blog's day heading may fall (a blog opened in the evening runs past
 * midnight). */
#define S_HEADING_AHEAD_DAYS 2

/* Twenty-first session. A day heading's day and month without a year were read as the nearest such day on or
 * before the page's date: "THURSDAY, JUNE 16" above the entries of a page dated Wednesday 15 June 2011 became
 * 16 June 2010. A blog's heading a year before its page is no reading a reader makes; the heading of a blog that
 * ran past midnight is the next day. So a yearless heading that lands a year back, its day and month being one or
 * two days after the page's, is moved to the page's year (an arena copy; h itself otherwise). */
static const char *S_heading_ahead(xc_ctx *c, size_t si, const char *h)
{
    const extract_doc *d = c->d;
    const xd_mention *m = NULL;
    for (size_t k = c->sent_first[si]; k < c->sent_first[si + 1] && !m; k++)
        if (d->ments[k].kind == XP_DATE && d->ments[k].date == h)
            m = &d->ments[k];
    long v = xr_parse_iso(h), ref = xr_parse_iso(d->ref_date);
    if (!m || m->yearless != 1 || v == LONG_MIN || ref == LONG_MIN || v >= ref)
        return h;
    int y, mo, dd, ry, rm, rd;
    xr_civil_from_days(v, &y, &mo, &dd);
    xr_civil_from_days(ref, &ry, &rm, &rd);
    if (!xr_valid_date(ry, mo, dd))
        return h;
    long ahead = xr_days_from_civil(ry, mo, dd);
    if (ahead <= ref || ahead - ref > S_HEADING_AHEAD_DAYS)
        return h;
    char *out = xi_arena_alloc(&c->d->arena, 11);
    if (!out)
        return h;
    xr_format_iso(ahead, out);
    return out;
}

/* A live blog: entries, each under a clock time (two at least). An entry runs from the paragraph after its time,
 * or from the time itself when the time heads the entry's text, to the next time; entry_first gives each of its
 * sentences the entry's first sentence. */
int xc_find_entries(xc_ctx *c)
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
    c->entry_day = xi_arena_alloc(&d->arena, (d->n_sents + 1) * sizeof(const char *));
    if (!c->entry_day)
        return -1;
    size_t first = SIZE_MAX;
    int clock_para = -1;
    const char *heading = NULL; /* the day heading the entries below were posted on */
    for (size_t si = 0; si < d->n_sents; si++) {
        const char *h = S_day_heading(c, si);
        if (h)
            heading = S_heading_ahead(c, si, h);
        c->entry_day[si] = heading;
        int opens = si == 0 || d->sents[si - 1].para != d->sents[si].para;
        int how = opens ? S_clock_para(d, si) : 0;
        /* a time and one sentence with another time or the end right after: the sentence is the entry */
        /* (or a day heading: the next day's entries start below it) */
        if (how == 1 && (si + 1 == d->n_sents || S_clock_para(d, si + 1) || S_day_heading(c, si + 1)))
            how = 2;
        if (how) {
            first = how == 2 ? si : SIZE_MAX;
            clock_para = d->sents[si].para;
        } else if (clock_para >= 0 && first == SIZE_MAX && d->sents[si].section == XD_SECTION_BODY)
            first = si;
        c->entry_first[si] = first;
    }
    return 0;
}

static int S_news_of_day(const char *posted, extract_claim *cl);

/* Twentieth session. The day a paragraph of a chronicle told a day at a time opens with: its first sentence holds
 * only that day, and the paragraph goes on ("Lunes 12. La Comisión de Derechos Humanos … aseguró que…", "Sexta-feira.
 * O Hezbollah afirmou num comunicado…", "Thursday 5. The ministry said…"). NULL when it is not one. */
static const char *S_section_day(const xc_ctx *c, size_t si)
{
    const extract_doc *d = c->d;
    const xd_sentence *s = &d->sents[si];
    if ((si > 0 && d->sents[si - 1].para == s->para) || si + 1 >= d->n_sents || d->sents[si + 1].para != s->para ||
        s->end - s->start > 40 || s->section != XD_SECTION_BODY)
        return NULL;
    for (size_t k = c->sent_first[si]; k < c->sent_first[si + 1]; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_DATE)
            continue;
        if (!m->date[0] || m->date_end[0] || m->whole_month || m->start != s->start || m->end + 2 < s->end)
            return NULL;
        return m->date;
    }
    return NULL;
}

/* A chronicle of a week or so told a day a paragraph, each opened by its day (S_section_day: two such paragraphs
 * at least, so a dateline or one day in passing makes none): section_day gives the sentences of such a paragraph,
 * after the day, that day. A statement told there with no day of its own was made that day, as a live-blog
 * entry's is made the day it was posted (es/178, pt/197: two writers, ten statements). One pass over the
 * sentences; NULL when the document is no such chronicle. */
int xc_find_sections(xc_ctx *c)
{
    extract_doc *d = c->d;
    int days = 0;
    for (size_t si = 0; si < d->n_sents && days < 2; si++)
        days += S_section_day(c, si) != NULL;
    if (days < 2)
        return 0;
    c->section_day = xi_arena_alloc(&d->arena, (d->n_sents + 1) * sizeof(const char *));
    if (!c->section_day)
        return -1;
    const char *day = NULL;
    int para = -1;
    for (size_t si = 0; si < d->n_sents; si++) {
        const char *h = S_section_day(c, si);
        if (h) {
            day = h;
            para = d->sents[si].para;
            c->section_day[si] = NULL;
            continue;
        }
        c->section_day[si] = d->sents[si].para == para ? day : NULL;
    }
    return 0;
}

/* A statement told in a chronicle's paragraph with no day of its own was made on the paragraph's day
 * (xc_find_sections), unless the count is history it recalls (as for a live-blog entry). 1 when it set
 * cl->claimed_on. */
int xc_section_day(const xc_ctx *c, size_t si, extract_claim *cl)
{
    return c->section_day && c->section_day[si] && S_news_of_day(c->section_day[si], cl);
}

/* How many days before a live blog's page a count's period may end and still be the blog's news. */
#define S_ENTRY_NEWS_DAYS 60

/* A statement written up in a live-blog entry with no day of its own was made the day the entry was posted: the
 * page's day, or, on a blog running over several days, the day of the day heading above the entry ("Domingo, 26 de
 * novembro" / "21h30 — … a polícia afirma que…": the 26th, not the page's 27th). Not when the count is history the entry recalls ("entre 9 e 12 de agosto de 2020, … o ministério
 * admitiu ter detido cerca de 6.700", "since 3 March 2021" in a blog of 2024): a period ending, or with no end
 * starting, long before the page. Sets cl->claimed_on; 1 when it did. */
int xc_entry_day(const xc_ctx *c, size_t si, extract_claim *cl)
{
    return S_news_of_day(c->entry_day && c->entry_day[si] ? c->entry_day[si] : c->d->ref_date, cl);
}

/* Whether a claim is news of the day posted (not history recalled: its period ends, or with no end starts, more than
 * S_ENTRY_NEWS_DAYS before it); when it is, posted becomes its statement day. 1 when it did. */
static int S_news_of_day(const char *posted, extract_claim *cl)
{
    long page = xr_parse_iso(posted);
    const char *last = cl->period_to[0] ? cl->period_to : cl->period_from[0] ? cl->period_from : NULL;
    long day = last ? xr_parse_iso(last) : page;
    if (page == LONG_MIN || day == LONG_MIN || page - day > S_ENTRY_NEWS_DAYS)
        return 0;
    memcpy(cl->claimed_on, posted, sizeof cl->claimed_on);
    return 1;
}

/* The speaker who opens a live-blog entry: the subject of a reporting verb of its first sentence ("The Interior
 * Ministry says 40 people…", "Hami Nepal, the youth group…, says…"), or the actor after a source word that opens it
 * ("According to the NHRC, …"). Later figures of the entry with no source of their own are that speaker's; the next clock time
 * ends it. */
int xc_entry_speaker(xc_ctx *c, size_t fs, extract_actor *out)
{
    extract_doc *d = c->d;
    size_t a, b;
    xc_range(c, fs, &a, &b);
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if (xc_quote_at(c, m->start) >= 0)
            continue;
        if (m->kind == XP_CUE && !xc_cue_in_name(c, m))
            return xc_cue_subject(c, m, out);
        if (m->kind == XP_SOURCE) {
            /* only a source opening the sentence introduces the entry's speaker; one trailing a figure ("…160
             * hostages, according to Israeli officials") vouches for that figure alone */
            if (!xc_gap_words(d->text.text, d->sents[fs].start, m->start, 0, 4))
                return 0;
            for (size_t j = k + 1; j < b; j++) {
                const xd_mention *ac = &d->ments[j];
                if ((ac->kind == XP_ACTOR || ac->kind == XP_PRONOUN) && ac->start >= m->end &&
                    xc_gap_words(d->text.text, m->end, ac->start, 1, 12))
                    return xc_claimant_from(c, ac, out);
            }
            return 0;
        }
    }
    return 0;
}

/* Whether paragraph p is an interviewer's question: one or two sentences of body text, short, the last ending in a
 * question mark outside quotations ("How many people are in prison for political reasons today?", "¿Cuántos presos
 * políticos hay hoy?", "Quantos presos há hoje?"). */
static int S_question_para(const xc_ctx *c, int p, size_t *first)
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
    *first = s0;
    size_t q = xs_sentence_asks(d->text.text, &d->sents[s1]);
    return q != SIZE_MAX && xc_quote_at(c, q) < 0;
}

/* How many days before the article an interview it introduces may have been given. */
#define S_INTERVIEW_REACH 31

/* The interview's day: in sentence s0 or a later one of its paragraph before the first question (sentence fq), the
 * first day close to the article's ("who founded CENIDH in 1990, spoke to us on Thursday": the year is the story of
 * their life, not the interview's), and not "today" (hoy, hoje). */
static void S_interview_day(xc_ctx *c, size_t s0, size_t fq)
{
    extract_doc *d = c->d;
    long ref = xr_parse_iso(d->ref_date);
    for (size_t sj = s0; sj < fq && d->sents[sj].para == d->sents[s0].para && !c->interview_date; sj++) {
        size_t ma, mb;
        xc_range(c, sj, &ma, &mb);
        for (size_t k = ma; k < mb && !c->interview_date; k++) {
            long v = d->ments[k].kind == XP_DATE && d->ments[k].date[0] ? xr_parse_iso(d->ments[k].date) : LONG_MIN;
            /* "que hoje pesquisa em São Paulo", "who today runs a practice": a "today" word in the introduction
             * says what the interviewee does now, or is the article's own day; it gives the answers no day */
            const char *rel = d->ments[k].kind == XP_DATE ? xp_attr_get(d->ments[k].rule, "rel") : NULL;
            if (rel && strtol(rel, NULL, 10) == 0)
                continue;
            if (v != LONG_MIN && d->sents[sj].dated && xc_quote_at(c, d->ments[k].start) < 0 &&
                (ref == LONG_MIN || (v <= ref && ref - v <= S_INTERVIEW_REACH)))
                c->interview_date = d->ments[k].date;
        }
    }
}

/* How far after a verb of conversation the one it was had with may stand ("conversou por telefone com a
 * reportagem", "spoke to us"): a few words of the same clause. */
#define S_TALK_REACH 48

/* The first person of sentence si named before pos with a full name (a lone word may be anything), outside
 * quotations and not a fragment of a longer name: the subject of the sentence in an introduction ("Karim Mansour,
 * advogado…, conversou", "The historian Helena Mendes, professor at …, studies"). NULL when it names none. */
static const xd_mention *S_first_person(xc_ctx *c, size_t si, size_t pos, const char **name)
{
    const extract_doc *d = c->d;
    size_t ma, mb;
    xc_range(c, si, &ma, &mb);
    for (size_t k = ma; k < mb && d->ments[k].start < pos; k++) {
        const xd_mention *m = &d->ments[k];
        /* "Desde 2001 trabaja en Mae Sot": a name after a word that places things is a place (twenty-fourth
         * session), never the person a later "él" or "she" stands for */
        if (m->kind != XP_ACTOR || m->actor_kind != EXTRACT_KIND_PERSON || xc_quote_at(c, m->start) >= 0 ||
            S_name_tail(c, d->sents[si].start, m->start) || xc_after_place(c, m))
            continue;
        extract_actor a;
        xc_actor_of(c, m, &a);
        if (a.name && strchr(a.name, ' ')) {
            *name = a.name;
            return m;
        }
    }
    return NULL;
}

/* Whether the words after a verb of conversation ending at e name the newsroom or stand for a person named before:
 * within the clause (no comma, colon or full stop between, S_TALK_REACH bytes), a row of `newsroom_words` ("to us",
 * "à reportagem", "con este diario", "connosco") or, right after an agent word, a row of `object_pronouns` ("We
 * spoke to her", "Hablamos con ella", "Falámos com ele"). A pronoun that folds to an article ("con él" / "con el
 * ministro") counts only with its accent. */
static int S_talked_to_us(const xc_ctx *c, size_t e, size_t hi)
{
    const char *t = c->d->text.text;
    if (hi > e + S_TALK_REACH)
        hi = e + S_TALK_REACH;
    int after_agent = 0;
    for (size_t p = e; p < hi;) {
        while (p < hi && xc_is_space(t[p]))
            p++;
        if (p >= hi || strchr(",;:.()?!", t[p]))
            return 0;
        size_t we = p;
        while (we < hi && !xc_is_space(t[we]) && !strchr(",;:.()?!", t[we]))
            we++;
        if (xc_listed_at(c, "newsroom_words", p, hi, XC_LOWER))
            return 1;
        if (after_agent && xc_listed(c, "object_pronouns", p, we, XC_LOWER)) {
            int ascii = 1;
            for (size_t i = p; i < we; i++)
                ascii &= (unsigned char)t[i] < 0x80;
            if (!(ascii && xc_listed(c, "article_words", p, we, XC_LOWER)))
                return 1;
        }
        after_agent = xc_listed(c, "agent_words", p, we, XC_LOWER);
        p = we;
    }
    return 0;
}

/* Whom the reporter says they talked with, in the introduction before sentence fq, when the text names them by
 * their part in the conversation rather than after its verb ("Hablamos con X" is xc_interlocutor's): the subject of a
 * verb of conversation had with the newsroom ("Karim Mansour, advogado criminalista…, conversou com a reportagem",
 * "Dr Kavita Raman, a historian…, spoke to us", "habló con este diario"), or the person a pronoun stands for ("She
 * spoke to us by phone", "Ela falou à reportagem", "We spoke to her", "Hablamos con ella el domingo"): the first
 * person named before the verb in its sentence, else in the nearest of the three sentences before that names one.
 * The full name, or NULL (quiet: no trace). Each introduction sentence is read once, and the look-back is bounded. */
static const char *S_talked_with(xc_ctx *c, size_t fq, int quiet)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    const char *who = NULL;
    for (size_t si = 0; si < fq && !who; si++) {
        const xd_sentence *s = &d->sents[si];
        if (s->section != XD_SECTION_BODY)
            continue;
        for (size_t p = s->start; p < s->end && !who; p++) {
            if ((p > s->start && xc_letter_byte((unsigned char)t[p - 1])) || !xc_letter_byte((unsigned char)t[p]))
                continue;
            size_t we = p;
            while (we < s->end && xc_letter_byte((unsigned char)t[we]))
                we++;
            if (!xc_listed(c, "floor_words", p, we, XC_ANY_CASE) || xc_quote_at(c, p) >= 0 ||
                !S_talked_to_us(c, we, s->end)) {
                p = we;
                continue;
            }
            const char *name = NULL;
            if (!S_first_person(c, si, p, &name))
                for (size_t sj = si; sj-- > 0 && sj + 3 >= si && !name && d->sents[sj].section == XD_SECTION_BODY;)
                    S_first_person(c, sj, d->sents[sj].end, &name);
            if (name) {
                who = name;
                if (!quiet)
                    xc_trace(c, "interview: %s talked with the reporter (\"%.*s\")", who, (int)(we - p), t + p);
            }
            p = we;
        }
    }
    return who;
}

/* Whether the questions or answers of a Q&A carry labels ("Q:" / "A:", "P." / "R.", "Pergunta -", "Respuesta:"): a
 * word of `qa_labels` opening two paragraphs at least among the questions and the paragraph after each, then a
 * colon, full stop or dash. An interview by its form, even when no answer says "I" or "we". */
static int S_qa_labelled(const xc_ctx *c, int fq)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    int labels = 0;
    size_t first;
    for (int p = fq; p < d->n_paras && labels < 2; p++) {
        if (!S_question_para(c, p, &first))
            continue;
        for (int q = p; q <= p + 1 && q < d->n_paras; q++) {
            size_t s0;
            if (q == p)
                s0 = first;
            else {
                /* the first sentence of the paragraph after the question */
                s0 = first;
                while (s0 < d->n_sents && d->sents[s0].para < q)
                    s0++;
                if (s0 == d->n_sents || d->sents[s0].para != q)
                    continue;
            }
            size_t b = d->sents[s0].start, e = b;
            while (e < d->sents[s0].end && xc_letter_byte((unsigned char)t[e]))
                e++;
            size_t f = e;
            while (f < d->sents[s0].end && t[f] == ' ')
                f++;
            int mark = f < d->sents[s0].end &&
                       (t[f] == ':' || t[f] == '.' || t[f] == '-' ||
                        (f + 2 < d->sents[s0].end && (unsigned char)t[f] == 0xE2 && (unsigned char)t[f + 1] == 0x80 &&
                         ((unsigned char)t[f + 2] == 0x93 || (unsigned char)t[f + 2] == 0x94)));
            labels += e > b && mark && xc_listed(c, "qa_labels", b, e, XC_UPPER);
        }
    }
    return labels >= 2;
}

/* Whether the person's name at m follows an article and one lower-case word that says who they are ("A
 * historiadora Marta Quissanga, que…, explica", "La jurista Clara Ruiz", "The historian Ana Lima"): an introduction
 * presents the interviewee so, as a title does (twenty-fourth session). */
static int S_described_name(const xc_ctx *c, const xd_mention *m)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[m->sent].start, b, e, ab, ae;
    xc_word_before(t, lo, m->start, &b, &e);
    unsigned char f = b < e ? (unsigned char)t[b] : 0;
    if (b >= e || e - b < 4 || !((f >= 'a' && f <= 'z') || f == 0xC3) || memchr(t + b, ',', e - b) ||
        xc_listed(c, "of_words", b, e, XC_LOWER) || xc_listed(c, "agent_words", b, e, XC_LOWER) ||
        xc_listed(c, "article_words", b, e, XC_LOWER))
        return 0;
    xc_word_before(t, lo, b, &ab, &ae);
    return ab < ae && xc_listed(c, "article_words", ab, ae, XC_ANY_CASE);
}

/* Whether a headline gives `name` the floor: the name, then a colon ("Clara Villaverde: «Castro ha abierto la
 * puerta…»", "Ana Lima: 'We counted 300'"), the form of an interview's headline, whose speaker is the one who
 * answers (twenty-fourth session). */
static int S_headline_speaker(const xc_ctx *c, const char *name)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t nl = strlen(name);
    for (size_t si = 0; si < d->n_sents && nl; si++) {
        const xd_sentence *s = &d->sents[si];
        if (s->section != XD_SECTION_HEADLINE)
            continue;
        for (size_t p = s->start; p + nl < s->end; p++) {
            if (memcmp(t + p, name, nl) != 0 || (p > s->start && xc_letter_byte((unsigned char)t[p - 1])))
                continue;
            size_t q = p + nl;
            while (q < s->end && t[q] == ' ')
                q++;
            if (q < s->end && t[q] == ':')
                return 1;
        }
    }
    return 0;
}

int xc_find_interview(xc_ctx *c)
{
    extract_doc *d = c->d;
    int questions = 0, fq = -1;
    size_t fq_sent = 0, first;
    for (int p = 0; p < d->n_paras; p++)
        if (S_question_para(c, p, &first) && questions++ == 0)
            fq = p, fq_sent = first;
    /* a broadcast transcript's questions are asked and answered by its labelled speakers, presenters and
     * reporters among them ("NEWSREADER: …?" "CORRESPONDENT: There have."): no one person answers them all */
    if (questions < 2 || xc_transcript(d))
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
                 xc_quote_at(c, d->ments[k].start) < 0;
    size_t intro_end = d->sents[fq_sent].start;
    /* Answers in the first person make the questions an interview; so do labels on the questions or answers ("Q:"
     * / "A:", "P." / "R."), or an introduction that says whom the reporter talked with ("We spoke with X", "She
     * spoke to us by phone"): a historian's answers may never say "I". Explainers with question headings have none
     * of the three, and their actors are not learnt ahead of their sentences. */
    int labelled = !voiced && S_qa_labelled(c, fq);
    if (!voiced && !labelled) {
        int told = S_talked_with(c, fq_sent, 1) != NULL;
        for (size_t k = 0; k < d->n_ments && !told && d->ments[k].start < intro_end; k++)
            told = d->ments[k].kind == XP_ACTOR && d->ments[k].actor_kind == EXTRACT_KIND_PERSON &&
                   d->sents[d->ments[k].sent].section == XD_SECTION_BODY &&
                   xc_interlocutor(c, &d->ments[k], d->sents[d->ments[k].sent].start);
        if (!told) {
            xc_trace(c, "interview: %d questions, but no answer speaks in the first person", questions);
            return 0;
        }
    }
    if (xc_learn_actors(c, intro_end) < 0)
        return -1;
    const char *talked = S_talked_with(c, fq_sent, 0);
    const char *best = NULL;
    size_t best_n = 0, best_sent = 0;
    int best_titled = 0;
    for (size_t k = 0; k < d->n_ments && d->ments[k].start < intro_end; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_ACTOR || m->actor_kind != EXTRACT_KIND_PERSON ||
            d->sents[m->sent].section != XD_SECTION_BODY || xc_quote_at(c, m->start) >= 0)
            continue;
        /* "Hablamos con Ahmed Ragab, abogado…", "Conversámos com X", "We spoke to X": whom the reporter talked to
         * is the one who answers, over any other name of the introduction */
        int inter = xc_interlocutor(c, m, d->sents[m->sent].start);
        if (!inter && (S_name_tail(c, d->sents[m->sent].start, m->start) || xc_after_place(c, m)))
            continue; /* "en Mae Sot", "em Porto Alegre": a place, whatever its shape (twenty-fourth session) */
        extract_actor a;
        xc_actor_of(c, m, &a);
        if (!a.name || !strchr(a.name, ' '))
            continue; /* a person is introduced by full name; a lone word may be anything */
        /* "X, advogado…, conversou com a reportagem", "She spoke to us": who talked with the reporter */
        if ((talked && strcmp(a.name, talked) == 0) || S_headline_speaker(c, a.name))
            inter = 1;
        size_t n = 0;
        for (size_t j = 0; j < d->n_ments && d->ments[j].start < intro_end; j++) {
            const xd_mention *o = &d->ments[j];
            if (o->kind != XP_ACTOR || o->actor_kind != EXTRACT_KIND_PERSON || xc_quote_at(c, o->start) >= 0)
                continue;
            extract_actor b;
            xc_actor_of(c, o, &b);
            n += b.name && strcmp(b.name, a.name) == 0;
        }
        /* the interviewee is introduced as who they are ("a human rights lawyer", "advogado da ONG X"): a name
         * given a title ranks above one that has none, however often a capitalised phrase of the introduction
         * reads as a name */
        const xc_actor *known = xc_known(c, a.name);
        int titled = (known && known->title) || S_described_name(c, m);
        if (inter)
            titled = 2;
        xc_trace(c, "interview: %s named %zu times%s", a.name, n, titled ? ", with a title" : "");
        if (titled > best_titled || (titled == best_titled && n >= best_n)) /* ties go to the later name */
            best = a.name, best_n = n, best_sent = m->sent, best_titled = titled;
    }
    /* "Gonzalo Himiob: «…»" over an introduction that gives only who they are ("El vicepresidente del Foro
     * Penal…"): the person the headline names answers */
    for (size_t k = 0; k < d->n_ments && !best && d->ments[k].start < intro_end; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_ACTOR || m->actor_kind != EXTRACT_KIND_PERSON ||
            d->sents[m->sent].section != XD_SECTION_HEADLINE || xc_quote_at(c, m->start) >= 0)
            continue;
        extract_actor a;
        xc_actor_of(c, m, &a);
        if (a.name && strchr(a.name, ' ')) {
            best = a.name, best_sent = m->sent;
            xc_trace(c, "interview: %s named by the headline", a.name);
        }
    }
    if (!best)
        return 0;
    /* with no answer in the first person, only labels or the reporter's word make it an interview */
    if (!voiced && !labelled && best_titled < 2) {
        xc_trace(c, "interview: %d questions, but no answer speaks in the first person", questions);
        return 0;
    }
    const xc_actor *known = xc_known(c, best);
    if (known)
        c->interviewee = xc_copy_actor(c, known);
    if (!c->interviewee)
        return 0;
    xc_trace(c, "interview: %s answers the questions", c->interviewee->name);
    /* the day: in the sentence that names them or a later one of its paragraph ("O advogado X, 41, integra… Ele
     * falou à reportagem na segunda-feira (30)."). Not when no answer speaks in the first person: a historian or
     * researcher who answers only by telling what happened narrates, and the writers leave the figures of such
     * answers with no day of statement (en/182, pt/178), whatever day the introduction gives for the news */
    if (voiced)
        S_interview_day(c, best_sent, fq_sent);
    /* the introduction may name them again later ("Baldé diz que…") and give the day by an earlier mention ("O
     * advogado X coordena… Ele conversou com a reportagem nesta quinta-feira (9)."): the paragraphs of the other
     * sentences that name them, in order */
    for (size_t k = 0; voiced && k < d->n_ments && d->ments[k].start < intro_end && !c->interview_date; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_ACTOR || m->sent == best_sent || d->sents[m->sent].section != XD_SECTION_BODY ||
            xc_quote_at(c, m->start) >= 0)
            continue;
        extract_actor a;
        xc_actor_of(c, m, &a);
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
    while (p < hi && xc_is_space(t[p]))
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
int xc_transcript(const extract_doc *d)
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
int xc_live_blog(const extract_doc *d)
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
        /* "16:10 —", "16h10", "08.30 —", "9.10am:": a dot separates hours and minutes too, and the English
         * clock may carry am/pm and a colon */
        if (!(q > p && q + 3 < s->end && (t[q] == ':' || t[q] == 'h' || t[q] == '.') && t[q + 1] >= '0' &&
              t[q + 1] <= '9' && t[q + 2] >= '0' && t[q + 2] <= '9'))
            continue;
        size_t r = q + 3;
        if (r + 1 < s->end && (t[r] == 'a' || t[r] == 'p') && t[r + 1] == 'm')
            r += 2;
        if (r < s->end && t[r] == ':' && t[q] != ':')
            r++;
        clocks += r < s->end && (t[r] == ' ' || t[r] == '\n');
    }
    return clocks >= 3;
}
