/* counts.c - which numbers count people and which event each count belongs to: people nouns, partitives,
 * passives, the nearest event word (docs/design.md, "Claim binding"). */
#include "claims_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int S_fold_word_in(const extract_doc *d, const char *name, size_t ws, size_t we);

/* ---- counts ---- */
int xc_num(const xd_mention *m) { return m->kind == XP_NUMBER || m->kind == XP_COLLECTIVE; }

/* "más de 1.000 agentes arrestaron a 53 personas": an event verb followed by a figure of its own has that
 * figure as its object; the figure before it is the agent, not the people released or detained. */
int xc_has_object(const xc_ctx *c, const xd_mention *tr, size_t ma, size_t mb)
{
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        if ((o->kind == XP_NUMBER || o->kind == XP_COLLECTIVE) && o->start >= tr->end &&
            xc_gap_words(c->d->text.text, tr->end, o->start, 2, 14)) {
            /* "30 prisoners were exchanged for two pilots", "30 presos fueron canjeados por dos pilotos": a figure
             * after a word of return (counterpart_words: for, por) is what was given in exchange, not the verb's
             * object; the figure before the verb stays its subject (nineteenth session, swaps) */
            size_t a = tr->end;
            while (a < o->start && xc_is_space(c->d->text.text[a]))
                a++;
            if (xc_listed(c, "counterpart_words", a, o->start, XC_LOWER))
                continue;
            /* "said that 2,836 had been freed and that 91 were still held", "liberados y que otros 40 siguen
             * presos": a complementizer between the verb and the figure opens a new clause of what was said (a
             * verb's object follows it with no "that"), so the figure is that clause's subject, not the object
             * (twenty-third session, recall) */
            if (xc_has_that(c, a, o->start))
                continue;
            return 1;
        }
    }
    return 0;
}

/* "there were 457 arrests": a bare figure (no people noun) with a noun of acts (act_nouns: arrests, detenciones,
 * solturas) right after it counts those acts, so a state word before it ("there were", "hubo") does not make it a
 * count of people held ("there are 40 detained" still is). */
static int S_own_act_after(const xc_ctx *c, const xd_mention *n, size_t ma, size_t mb, const xc_count *out)
{
    if (out->subject)
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind == XP_TRIGGER && m->start >= n->end && (m->event == EXTRACT_EVENT_DETENTION || m->event == EXTRACT_EVENT_RELEASE) &&
            xc_gap_words(c->d->text.text, n->end, m->start, 0, 2) && xc_lexicon_has(c, "act_nouns", m->start, m->end))
            return 1;
    }
    return 0;
}

/* "two of those pardoned were taken back", "dos 40 detidos": an event word right after a partitive that follows
 * the count names the group the count is part of, not what happened to the people counted. */
static int S_group_word(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *tr, size_t count_end)
{
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *p = &c->d->ments[k];
        if (p->kind != XP_PARTITIVE || p->start < count_end || p->end > tr->start ||
            !xc_gap_words(c->d->text.text, count_end, p->start, 0, 2) || !xc_gap_words(c->d->text.text, p->end, tr->start, 0, 2))
            continue;
        /* only when what happened to them follows ("… were taken back into custody"); "a dozen of those
         * releases" counts releases */
        for (size_t q = ma; q < mb; q++) {
            const xd_mention *m = &c->d->ments[q];
            if (m->kind == XP_TRIGGER && m->start > tr->end && xc_gap_words(c->d->text.text, tr->end, m->start, 3, 30))
                return 1;
        }
    }
    return 0;
}

/* The qualifier right before a number ("al menos", "more than"), or NULL. */
static const xd_mention *S_qualifier_of(const xc_ctx *c, const xd_mention *n, size_t ma, size_t mb)
{
    const xd_mention *qual = NULL;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->kind == XP_QUALIFIER && m->end <= n->start && xc_gap_words(c->d->text.text, m->end, n->start, 0, 3))
            qual = m;
    }
    return qual;
}

/* "130 mortos e 3.636 detidos", "1,280 arrests and 796 charges": an event word right after a number is that
 * number's own noun, not a word governing another count ("1.000 agentes arrestaron a 53" still governs 53). */
int xc_noun_of_number(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *m, const xd_mention *self)
{
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        if (o != self && xc_num(o) && o->end <= m->start && xc_gap_words(c->d->text.text, o->end, m->start, 0, 3))
            return 1;
    }
    return 0;
}

/* Twentieth session (restated). "dismissed the lawyers' figure of about 360 as propaganda", "rechazó esa cifra de
 * 300", "disse que o número de 333 era exagerado": a figure framed by a reporting verb or a word for "the figure"
 * that names the value of a claim the document already made, in a sentence that disputes or denies, is that figure
 * said again, even when words follow it in its phrase; whoever says it again is a second speaker of it (claims.c
 * keeps a claim per claimant, with the stance of the sentence). Only the last S_RESTATE_BACK claims are looked
 * at: a figure named again is named near where it was given, and the look-back stays bounded on long pages. */
#define S_RESTATE_BACK 24
static int S_restates_claim(const xc_ctx *c, long long value, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    /* said again to dispute or deny it: a stance marker or a disputing / denying verb in the sentence. The same
     * figure merely repeated ("The figure of 516 should be seen as a floor", "la cifra de cuarenta es una
     * estimación", "O número de dez não encontra apoio") by its own speaker or by the newsroom adds no claim. */
    int stance = 0;
    for (size_t q = ma; q < mb && !stance; q++)
        stance = (d->ments[q].kind == XP_STANCE || d->ments[q].kind == XP_CUE) && d->ments[q].stance > 0;
    if (!stance)
        return 0;
    size_t lo = d->n_claims > S_RESTATE_BACK ? d->n_claims - S_RESTATE_BACK : 0;
    for (size_t k = d->n_claims; k-- > lo;)
        if (d->claims[k].count == value)
            return 1;
    return 0;
}

/* Whether the figure closes its phrase: punctuation, a conjunction, or "la cifra" right after it ("Foro Penal
 * solo había confirmado 156 y…"). */
static int S_ends_phrase(const xc_ctx *c, const xd_mention *n, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t send = d->sents[n->sent].end, after = n->end;
    while (after < send && xc_is_space(t[after]))
        after++;
    /* a conjunction after the figure (and_words of every language: "y", "e", "and") ends its phrase too; the word
     * is read in ASCII letters only, so the folded look-up does not take "é" (Portuguese "is") for "e" */
    size_t we = after;
    while (we < send && t[we] >= 'a' && t[we] <= 'z')
        we++;
    if (after >= send || strchr(",.;:)\"", t[after]) || (unsigned char)t[after] == 0xE2 ||
        (we > after && we < send && xc_is_space(t[we]) && xc_listed(c, "and_words", after, we, XC_LOWER | XC_ALL_LANGS)))
        return 1;
    for (size_t q = ma; q < mb; q++)
        if (d->ments[q].kind == XP_PRONOUN && d->ments[q].role == XD_REF_CLAIM && d->ments[q].start == after)
            return 1;
    return 0;
}

static int S_partitive_pronoun(const xc_ctx *c, const xd_mention *m);

/* Twenty-sixth session. Whether the words between m, a word naming the figure ("the figure", "la cifra real",
 * "o total"), and the figure at lead are those of the verb phrase that states it: up to four words, a comma
 * allowed ("puts the figure higher still, at more than 900", "has put the number lower, at about 112,000", "o
 * total fica muito longe de mil", "la cifra real \"se acerca a los 300\"", "o total de beneficiados está \"mais
 * perto de 1.600\""). Not a partitive ("of them", "delas": a part of a group, whose own verb follows), nor with a
 * figure between ("o total vão de dez a vinte milhões": the range's own figures). */
static int S_figure_word_gap(xc_ctx *c, const xd_mention *m, size_t lead, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    /* a quoted figure may take one word more: 'la cifra real "se acerca a los 300"'; any quotation mark of the
     * shared list (xc_quote_mark) in the gap makes it so */
    int quoted = 0, dir;
    for (size_t x = m->end; x < lead && !quoted; x++)
        quoted = xc_quote_mark(t, lead, x, &dir) > 0;
    if (S_partitive_pronoun(c, m) || !xc_gap(t, m->end, lead, quoted ? 5 : 4, quoted ? 40 : 32, 1))
        return 0;
    for (size_t q = ma; q < mb; q++)
        if (xc_num(&d->ments[q]) && d->ments[q].start >= m->end && d->ments[q].start < lead)
            return 0;
    return 1;
}

/* Twenty-sixth session. Whether a word naming the figure itself (a claim pronoun: "la lista", "o número", "the
 * tally") ends right before `at` (at most one word between): "la lista pasa de 1.850", "the tally now exceeds". */
static int S_claim_word_before(const xc_ctx *c, size_t ma, size_t mb, size_t at)
{
    const extract_doc *d = c->d;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->kind == XP_PRONOUN && m->role == XD_REF_CLAIM && m->end <= at && xc_gap_words(d->text.text, m->end, at, 1, 16))
            return 1;
    }
    return 0;
}

/* "la liberación de los 17, aunque…", "the release of the 17.", "exigía la liberación de los seis": whether text[a,b)
 * is only the preposition of a genitive (of_words) and a plural definite article (plural_article_words) between an
 * event word and a bare figure. A group the text has counted, named again by its figure alone, is the object of
 * the event noun as "la liberación de 17" is; the caller asks that the figure end its phrase (no noun after it), so
 * "the release of the 2019 report" and "la liberación de los 50 rehenes" (whose noun says it) are not read so. */
static int S_of_the_gap(const xc_ctx *c, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    if (b <= a || b - a > 16)
        return 0;
    while (a < b && xc_is_space(t[a]))
        a++;
    size_t e = xc_listed_at(c, "of_words", a, b, XC_LOWER);
    if (!e || e >= b || !xc_is_space(t[e]))
        return 0;
    while (e < b && xc_is_space(t[e]))
        e++;
    size_t f = xc_listed_at(c, "plural_article_words", e, b, XC_LOWER);
    if (!f)
        return 0;
    while (f < b && xc_is_space(t[f]))
        f++;
    return f == b;
}

/* "—No. Fueron treinta y cinco.", "Eram vinte e sete:", "creemos que fueron más de 500, porque…", "It was 35.": a
 * copula (copula_words) that opens its sentence, or follows "que"/"that", right before a figure that ends its phrase
 * gives the number of the people the text is talking about; the subject is left unsaid. Leading dashes and quotation
 * marks of an answer are skipped. */
static int S_copula_opens(const xc_ctx *c, const xd_mention *n, size_t ma, size_t mb, size_t lead)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[n->sent].start;
    while (lo < lead && (xc_is_space(t[lo]) || t[lo] == '-' || t[lo] == '"' || (unsigned char)t[lo] >= 0x80) &&
           !((unsigned char)t[lo] >= 0xC3 && (unsigned char)t[lo] <= 0xC5)) {
        /* skip a dash, a quotation mark or a space; a letter with an accent (UTF-8 lead byte C3-C5) starts a word */
        if ((unsigned char)t[lo] >= 0xE0)
            lo += 3;
        else if ((unsigned char)t[lo] >= 0xC0)
            lo += 2;
        else
            lo++;
    }
    if (!S_ends_phrase(c, n, ma, mb) || lo >= lead)
        return 0;
    size_t e = lead;
    while (e > lo && xc_is_space(t[e - 1]))
        e--;
    /* the copula's words: one to three, letters only */
    size_t b = e;
    int words = 0;
    while (b > lo && words < 4) {
        size_t w = b;
        while (w > lo && !xc_is_space(t[w - 1]))
            w--;
        if (w == b)
            break;
        for (size_t x = w; x < b; x++)
            if (!((t[x] >= 'a' && t[x] <= 'z') || (t[x] >= 'A' && t[x] <= 'Z') || (unsigned char)t[x] >= 0x80))
                return 0;
        words++;
        b = w;
        if (xc_words_before(c, "copula_words", b, lead, XC_LOWER | XC_UPPER)) {
            size_t p = b;
            while (p > lo && xc_is_space(t[p - 1]))
                p--;
            if (p == lo)
                return 1;
            size_t q = p;
            while (q > lo && t[q - 1] >= 'a' && t[q - 1] <= 'z')
                q--;
            if ((p > q && xc_that_word(c, q, p) == p - q))
                return 1;
        }
        while (b > lo && xc_is_space(t[b - 1]))
            b--;
    }
    return 0;
}

/* The first mention of a kind that starts right after pos (nothing but spaces between), or NULL. */
static const xd_mention *S_right_after(const xc_ctx *c, size_t ma, size_t mb, size_t pos, xp_kind kind)
{
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->kind == kind && m->start >= pos && xc_gap_words(c->d->text.text, pos, m->start, 0, 3))
            return m;
    }
    return NULL;
}

/* Whether a reference is a partitive pronoun ("of them", "de ellos", "entre eles"), not "the figure". */
static int S_partitive_pronoun(const xc_ctx *c, const xd_mention *m)
{
    static const char *const part[] = {"of ", "de", "among ", "entre ", "dos ", "das "};
    if (m->kind != XP_PRONOUN || m->role != XD_REF_CLAIM)
        return 0;
    for (size_t r = 0; r < sizeof part / sizeof *part; r++) {
        size_t fl = strlen(part[r]), f = xc_fold_at(c->d, m->start);
        if (f + fl <= c->d->fold.len && strncmp(c->d->fold.data + f, part[r], fl) == 0)
            return 1;
    }
    return 0;
}

/* Twenty-first session. The partitive pronoun ("of them", "de ellos", "deles") standing right after pos (no word
 * between), or NULL: "130 of them were political detainees" names a part of a group counted before. Bounded by the
 * sentence's mentions [ma, mb). */
const xd_mention *xc_partitive_pronoun_after(const xc_ctx *c, size_t ma, size_t mb, size_t pos)
{
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start >= pos && m->kind == XP_PRONOUN && xc_gap_words(c->d->text.text, pos, m->start, 0, 2))
            return S_partitive_pronoun(c, m) ? m : NULL;
    }
    return NULL;
}

/* Whether a part named by a partitive pronoun ends at pos: punctuation, the end, or a place ("71 of them in
 * Dhaka"); anything else is a verb saying what the part did. */
static int S_part_ends(const xc_ctx *c, size_t pos, size_t end)
{
    const char *t = c->d->text.text;
    size_t i = pos;
    while (i < end && xc_is_space(t[i]))
        i++;
    if (i >= end || strchr(",.;:)\"", t[i]))
        return 1;
    size_t w = i;
    while (w < end && t[w] >= 'a' && t[w] <= 'z')
        w++;
    return w > i && xc_words_before(c, "place_words", i, w, XC_LOWER);
}

/* "released 14 of the first 19 defendants": whether the figure is the whole a partitive right before it takes
 * a part of (a figure, a partitive, a word at most, then this one). */
int xc_whole_of_part(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *n)
{
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *p = &c->d->ments[q];
        if (p->kind != XP_PARTITIVE || p->end > n->start || !xc_gap_words(c->d->text.text, p->end, n->start, 1, 12))
            continue;
        for (size_t k = ma; k < mb; k++)
            if (xc_num(&c->d->ments[k]) && c->d->ments[k].end <= p->start &&
                xc_gap_words(c->d->text.text, c->d->ments[k].end, p->start, 0, 2))
                return 1;
    }
    return 0;
}

/* "dos 11 detidos, nove ficaram em prisão preventiva", "Of the 40 arrested, 12 were charged": the whole a clause
 * opens with, after a partitive (or a part word, part=1) and before a comma and the part, is a group the text
 * counted already when its figure was given before (claims.c drops it then, as for xc_whole_of_part). */
int xc_whole_first(const xc_ctx *c, size_t ma, size_t mb, const xc_count *cnt)
{
    const char *t = c->d->text.text;
    const xd_mention *n = cnt->num;
    size_t lead = cnt->qual ? cnt->qual->start : n->start;
    int opened = 0;
    for (size_t q = ma; q < mb && !opened; q++) {
        const xd_mention *p = &c->d->ments[q];
        opened = (p->kind == XP_PARTITIVE || (p->kind == XP_SUBJECT && xp_attr_get(p->rule, "part"))) &&
                 p->end <= lead && xc_gap_words(t, p->end, lead, 0, 2);
    }
    if (!opened)
        return 0;
    size_t e = cnt->subject && cnt->subject->end > n->end ? cnt->subject->end : n->end;
    /* "Of the 40 detained, …": the event word standing for the noun ends the phrase */
    if (cnt->trigger && cnt->trigger->start >= e && xc_gap_words(t, e, cnt->trigger->start, 0, 2))
        e = cnt->trigger->end;
    while (e < c->d->sents[n->sent].end && xc_is_space(t[e]))
        e++;
    if (e >= c->d->sents[n->sent].end || t[e] != ',')
        return 0;
    for (size_t q = ma; q < mb; q++)
        if (xc_num(&c->d->ments[q]) && c->d->ments[q].start > e && c->d->ments[q].start - e <= 24)
            return 1;
    return 0;
}

/* Whether the folded word right before folded offset fs is an auxiliary or a passive word ("foram detidas",
 * "were arrested"): the event word after it is a finite verb, not a participle describing people. */
static int S_after_aux(const extract_doc *d, size_t fs)
{
    size_t e = fs;
    while (e > 0 && xc_is_space(d->fold.data[e - 1]))
        e--;
    size_t b = e;
    while (b > 0 && !xc_is_space(d->fold.data[b - 1]))
        b--;
    return b < e && (S_fold_word_in(d, "aux_words", b, e) || S_fold_word_in(d, "passive_words", b, e));
}

/* Whether the folded word [fs,fe) ends in a row of the endings lexicon `name` of any of the three languages (a
 * quote keeps its own grammar), with at least `stem` bytes before the ending. Endings are 2 to 4 bytes. */
static int S_ends_in(const extract_doc *d, const char *name, size_t fs, size_t fe, size_t stem)
{
    for (size_t l = 2; l <= 4 && fe - fs >= l + stem; l++)
        for (int lang = 0; lang < XP_NLANG; lang++) {
            const xp_table *tab = xp_table_get(d->pat, lang, name);
            if (tab && xp_table_find(tab, d->fold.data + fe - l, l) >= 0)
                return 1;
        }
    return 0;
}

int xc_participle_end(const extract_doc *d, size_t fs, size_t fe, int singular)
{
    if (!singular)
        return S_ends_in(d, "participle_endings", fs, fe, 1);
    return S_ends_in(d, "participle_endings", fs, fe, 2) || S_ends_in(d, "participle_endings_sg", fs, fe, 2);
}

int xc_bare_participle(const xc_ctx *c, const xd_mention *m)
{
    const extract_doc *d = c->d;
    size_t fs = xc_fold_at(d, m->start), fe = xc_fold_at(d, m->end);
    for (size_t f = fs; f < fe; f++)
        if (xc_is_space(d->fold.data[f]))
            return 0;
    if (!xc_participle_end(d, fs, fe, 0))
        return 0;
    return !S_after_aux(d, fs);
}

/* "Six men jailed for life … walked free": an event phrase whose first word is a participle with no auxiliary
 * before it ("jailed for life", "locked up for ten years") describes the people as a bare participle does
 * (eighteenth session). */
int xc_participle_head(const xc_ctx *c, const xd_mention *m)
{
    const extract_doc *d = c->d;
    size_t fs = xc_fold_at(d, m->start), fe = xc_fold_at(d, m->end);
    size_t w = fs;
    while (w < fe && !xc_is_space(d->fold.data[w]))
        w++;
    return xc_participle_end(d, fs, w, 0) && !S_after_aux(d, fs);
}

/* "350 pessoas foram detidas quando tentavam manifestar-se pela libertação", "90 people were arrested while
 * marching for the release of …": an event word opening with an auxiliary or passive word of its own, or right
 * after one, is a finite verb: the main verb of its clause, not a participle describing the people. */
int xc_finite_event(const xc_ctx *c, const xd_mention *m)
{
    const extract_doc *d = c->d;
    size_t fs = xc_fold_at(d, m->start), fe = xc_fold_at(d, m->end);
    size_t w = fs;
    while (w < fe && !xc_is_space(d->fold.data[w]))
        w++;
    if (w < fe && (S_fold_word_in(d, "aux_words", fs, w) || S_fold_word_in(d, "passive_words", fs, w)))
        return 1;
    return S_after_aux(d, fs);
}

/* "300 of those detained in Guayaquil were released", "dos de los aprehendidos, un sargento y un conscripto,
 * fueron liberados", "Hasta 40 de ellos permanecen en prisión": a figure followed by a partitive counts part of
 * a group. The group word (detained, aprehendidos) says who they are; what happened to the part is said by an
 * event word before the figure in its clause, else by the main verb after the group, else by the group itself.
 * A group that is neither people nor a figure nor told by a verb ("17 of the country's 47 counties") makes no
 * count (-1); 0 when no partitive follows the figure. */
/* Whether text[a,b) is a few words around one span of time or other unit a veto took ("durante 48 horas a",
 * "for 48 hours"): the unit's digits are no figure of ours, so they do not part an event word from its count. */
static int S_gap_past_unit(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *v = &c->d->ments[q];
        if (v->kind == XP_VETO && v->start >= a && v->end <= b)
            return xc_gap_words(t, a, v->start, 2, 16) && xc_gap_words(t, v->end, b, 2, 16);
    }
    return 0;
}

/* Whether a people noun ("pessoas detidas", "mineiros") follows the partitive p, past its figure (a
 * few words, digits included). */
static int S_group_noun_after(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *p)
{
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->kind == XP_SUBJECT && m->start >= p->end && !xp_attr_get(m->rule, "part") && m->start - p->end <= 32)
            return 1;
    }
    return 0;
}

/* "três dos quatro piratas do ar foram abatidos e o quarto … foi capturado", "two of the three guards were killed
 * and a fourth was captured": a passive verb phrase of no event of ours (a word of passive_words right before a
 * participle, not joined to the event word by a conjunction alone) between a group and a later event word is the
 * group's own main verb; the event word belongs to another clause. Bounded by the caller's window (200 bytes). */
static int S_other_passive_between(const extract_doc *d, size_t a, size_t b)
{
    size_t fa = xc_fold_at(d, a), fb = xc_fold_at(d, b);
    size_t pw = 0, pe = 0; /* the previous word */
    for (size_t f = fa; f < fb;) {
        while (f < fb && xc_is_space(d->fold.data[f]))
            f++;
        size_t w = f;
        while (f < fb && !xc_is_space(d->fold.data[f]))
            f++;
        if (w == f)
            break;
        if (pe > pw && xc_participle_end(d, w, f, 0) && S_fold_word_in(d, "passive_words", pw, pe)) {
            /* "nine of whom have been identified and arrested": participles joined by a conjunction share the
             * subject, and the event word is the group's verb too */
            size_t g = f;
            int words = 0;
            while (g < fb && words < 2) {
                while (g < fb && xc_is_space(d->fold.data[g]))
                    g++;
                if (g >= fb)
                    break;
                words++;
                while (g < fb && !xc_is_space(d->fold.data[g]))
                    g++;
            }
            if (words >= 2)
                return 1;
        }
        pw = w;
        pe = f;
    }
    return 0;
}

/* Twenty-seventh session: "111 of those freed were Gazans who had been detained during the war", "300 de los
 * excarcelados eran estudiantes que habían sido detenidos": in text[a,b) between a group and a later event word, a
 * copula (copula_words), then at least one word (the predicate noun), then a relative pronoun (relative_pronouns):
 * the event word tells the story of the predicate noun's people (how they were once taken), not the part's own
 * verb. "of those freed were arrested again" (the copula's own participle) has no relative pronoun. Returns the
 * copula's start, or 0. */
static size_t S_copula_noun_relative(const xc_ctx *c, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    size_t q = xc_listed_in(c, "copula_words", a, b, XC_LOWER);
    if (q >= b)
        return 0;
    size_t ce = xc_listed_at(c, "copula_words", q, b, XC_LOWER);
    if (!ce || ce >= b)
        return 0;
    size_t w = ce;
    while (w < b && xc_is_space(t[w]))
        w++;
    size_t r = xc_listed_in(c, "relative_pronouns", w, b, XC_LOWER);
    if (r >= b || r <= w)
        return 0;
    /* "explicó que cuatro de los detenidos son menores y que quedaron en libertad": a "que" after "y / e /
     * and" opens the next clause the reporting verb governs, no relative clause (thirtieth session) */
    size_t pe = r;
    while (pe > w && xc_is_space(t[pe - 1]))
        pe--;
    size_t pw = pe;
    while (pw > w && !xc_is_space(t[pw - 1]))
        pw--;
    return pe > pw && xc_listed(c, "and_words", pw, pe, XC_LOWER) ? 0 : q;
}

static int S_partitive_count(xc_ctx *c, size_t ma, size_t mb, xc_count *out, size_t lead)
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
    const xd_mention *partw = NULL; /* the partitive read as a part word, passed over for the noun after it */
    size_t gend = p ? p->end : pron->end;
    for (size_t q = ma; q < mb && p; q++) {
        const xd_mention *m = &d->ments[q];
        /* the group's noun may take in the partitive's own words ("de os excarcerados") */
        if (m->start < p->start || (m->start >= p->end && !xc_gap_words(t, p->end, m->start, 2, 16)))
            continue;
        /* the partitive read as a part word ("das" before "680 pessoas", pt.subject.part_of) names no group when
         * a people noun follows: the figure and noun after it do ("Perto de 300 das 680 pessoas detidas … foram libertadas") */
        if (m->kind == XP_SUBJECT && xp_attr_get(m->rule, "part") && m->start < p->end && S_group_noun_after(c, ma, mb, p)) {
            partw = m;
            continue;
        }
        /* "Tres de los cuatro salieron en libertad", "dois dos três foram libertados": after the whole's figure, an
         * event phrase that does not open with a participle is the main verb, which tells of the part, not a noun
         * naming the group ("de los cuatro detenidos", "of the 12 freed"); taken as the group, it would leave the
         * part to the next event word of the sentence and give the whole the part's event. States ("de los 40 en
         * prisión") still name the group. */
        if (m->kind == XP_TRIGGER && group && xc_num(group) && m->start >= group->end && !m->role &&
            !xp_attr_get(m->rule, "state") && !xc_participle_head(c, m))
            continue;
        if ((m->kind == XP_TRIGGER || m->kind == XP_SUBJECT) && !m->role && (!group || m->end > group->end))
            group = m;
        else if (xc_num(m) && !group)
            group = m;
    }
    if (group)
        gend = group->end;
    else if (p) /* "460 of those charged had been remanded": a group in a word or two of its own, told by its verb */
        for (int w = 0; w < 2; w++) {
            size_t g = gend;
            while (g < d->sents[n->sent].end && xc_is_space(t[g]))
                g++;
            if (g >= d->sents[n->sent].end || t[g] < 'a' || t[g] > 'z')
                break;
            while (g < d->sents[n->sent].end && t[g] >= 'a' && t[g] <= 'z')
                g++;
            gend = g;
        }
    /* an event word before the figure in its clause: "dejó en libertad el sábado a 14 de los detenidos", "mantener
     * bajo custodia durante 48 horas a 14 de los arrestados" (a span of time between, S_gap_past_unit) */
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->kind == XP_TRIGGER && m->end <= lead && (xc_gap_words(t, m->end, lead, 5, 40) || S_gap_past_unit(c, ma, mb, m->end, lead)) &&
            !xc_words_before(c, "place_words", m->end, lead, XC_LOWER) && !xc_noun_of_number(c, ma, mb, m, n)) {
            out->trigger = m;
            out->adjacent = 1;
        }
    }
    /* the main verb after the group, in the same clause, before any other figure or reporting verb; a bare
     * participle describing the group ("Nueve de los doce integrantes encarcelados desde 2006 ya duermen en casa",
     * "seven of the nine activists jailed in 2019 now sleep at home") yields to an event word after it */
    int modifier = 0;
    const xd_mention *desc = NULL;
    for (size_t q = ma; q < mb && (!out->trigger || modifier); q++) {
        const xd_mention *m = &d->ments[q];
        /* past a participle describing the group, its own adjuncts may run longer ("detidas na quarta-feira em
         * rusgas da polícia de imigração a sete fábricas … foram libertadas") */
        if (m->start < gend || m->start - gend > (modifier ? 200u : 120u))
            continue;
        if (xc_num(m) || m->kind == XP_CLAUSE || m->kind == XP_CUE || m->kind == XP_PARTITIVE)
            break;
        /* after the group's participle, an event noun behind a preposition ("detenidas el miércoles en redadas",
         * "detidas em rusgas", "detained in raids") tells how they were taken, not the main verb */
        if (modifier && m->kind == XP_TRIGGER && xc_words_before(c, "place_words", gend, m->start, XC_LOWER))
            continue;
        /* the whole's noun with its participle ("das cerca de 680 pessoas detidas"): it describes the group, and
         * the main verb may come later; with none, the part is of those people */
        if (!out->trigger && !desc && m->kind == XP_SUBJECT && m->event >= 0 && m->event != XD_EVENT_NONE &&
            xc_gap_words(t, gend, m->start, 0, 2)) {
            desc = m;
            modifier = 1;
            continue;
        }
        if (m->kind == XP_TRIGGER && !xp_attr_get(m->rule, "state") && m != out->trigger) {
            int first = !out->trigger;
            /* the group's own event word before a copula ("of those freed were Gazans", "de los excarcelados eran
             * estudiantes") stands when the event word after it sits in a relative clause of the copula's
             * predicate noun ("who had been detained"): that clause tells how those people were once taken */
            size_t cop = first && p ? S_copula_noun_relative(c, p->end, m->start) : 0;
            const xd_mention *own = NULL;
            for (size_t k = ma; cop && k < mb && !own; k++) {
                const xd_mention *g = &d->ments[k];
                if (g->kind == XP_TRIGGER && g->start >= p->start && g->end <= cop && g->event >= 0 &&
                    g->event != XD_EVENT_NONE && g->event != m->event && !xp_attr_get(g->rule, "state"))
                    own = g;
            }
            if (own) {
                xc_trace(c, "count %lld: \"%.*s\" is in a relative clause of the predicate noun; the group's event "
                         "stands", (long long)n->value, (int)(m->end - m->start), t + m->start);
                out->trigger = own;
                out->adjacent = 1;
                break;
            }
            /* only for a group whose own words name no event ("dos quatro piratas"): a group of prisoners keeps the
             * event its noun gives when the verb after it is none of ours */
            if (first && (!group || xc_num(group) || group->event < 0 || group->event == XD_EVENT_NONE) &&
                S_other_passive_between(d, gend, m->start))
                break;
            out->trigger = m;
            out->adjacent = 1;
            /* "Four of the prisoners died in captivity": a word of no event of ours (deaths, injuries) is what
             * befell the part, never a participle describing the group (twenty-ninth session) */
            modifier = first && m->event != XD_EVENT_NONE && xc_bare_participle(c, m);
            if (!first)
                xc_trace(c, "count %lld: the group's participle describes it; the main verb is later",
                         (long long)n->value);
        }
    }
    if (!out->trigger && desc && (!group || xc_num(group)))
        group = desc;
    /* no verb after the whole's noun ("cerca de 100 dos 132 estrangeiros", listed after a verb): the part word
     * stands for the group, as before */
    if (!out->trigger && !desc && partw)
        group = partw;
    /* "Dos de los 47 fueron absueltos": a part of a figure is ours only by an event word (the partitive itself is
     * only looked for in sentences with people or event words: the same records with and without that gate) */
    if (p && (!group || xc_num(group)) && !out->trigger)
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
        out->of_them = pron != NULL;
    }
    xc_trace(c, "count %lld: part of a group (\"%.*s\")", (long long)n->value, (int)(gend - n->end), t + n->end);
    return 1;
}

/* "nine Malaysian citizens", "Seven would-be presidential candidates", "three student and religious activists":
 * between a figure and its people noun, up to three words that may be hyphenated, one capitalised (a nationality),
 * joined by a conjunction; no punctuation. Twenty-first session: two capitalised words side by side are one name
 * of a place or a people ("20,000 East German prisoners", "40 West Bank detainees", "12 Hong Kong activists"),
 * as one nationality is; two apart ("Cuban and Haitian") stay out. A capitalised word may be an acronym or
 * begin with one ("20 IRA prisoners", "200 WTO-related prisoners", "40 PKK-linked activists"). */
static int S_noun_gap(const extract_doc *d, size_t a, size_t b)
{
    const char *t = d->text.text;
    if (b < a || b - a > 40)
        return 0;
    int words = 0, caps = 0, run = 0, paired = 0; /* run: capitalised words in a row just before */
    size_t i = a;
    while (i < b) {
        while (i < b && xc_is_space(t[i]))
            i++;
        if (i >= b)
            break;
        size_t w = i;
        while (i < b && !xc_is_space(t[i]))
            i++;
        unsigned char ch = (unsigned char)t[w];
        if (ch >= 'A' && ch <= 'Z') {
            caps++;
            paired |= ++run == 2;
        } else {
            run = 0;
            if (!((ch >= 'a' && ch <= 'z') || ch >= 0x80))
                return 0;
        }
        for (size_t k = w + 1; k < i; k++) {
            unsigned char x = (unsigned char)t[k];
            if (!((x >= 'a' && x <= 'z') || x >= 0x80 || x == '-' || (run && x >= 'A' && x <= 'Z')))
                return 0;
        }
        words++;
    }
    return words >= 1 && words <= 3 && (caps <= 1 || (caps == 2 && paired));
}

/* "há mais de 300 mães de soldados", "there are 300 mothers of soldiers": a people noun introduced by "de/of" after
 * a word of its own names whom that word belongs to; the figure counts the word before it, and a word saying that
 * people exist says nothing of the soldiers. */
int xc_noun_of_other(const extract_doc *d, size_t a, const xd_mention *m)
{
    static const char *const of[] = {"de", "of", "do", "da", "dos", "das"};
    size_t f = xc_fold_at(d, a), fe = xc_fold_at(d, m->start) + 5;
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

/* A word of of_words ("de", "of", "dos") opening the text from a (spaces skipped) before e: the noun after it is a
 * genitive, whom the noun before belongs to ("parentes de presos", "relatives of prisoners"). */
static int S_of_after(const xc_ctx *c, size_t a, size_t e)
{
    const char *t = c->d->text.text;
    while (a < e && xc_is_space(t[a]))
        a++;
    size_t w = xc_listed_at(c, "of_words", a, e, XC_LOWER);
    return w && w < e && xc_is_space(t[w]);
}

/* "entre ellos hay una docena de miembros", "among them 30 political prisoners": a partitive pronoun right before
 * the count phrase (a state word or a quotation mark aside) makes the count a part of the group counted before. */
static int S_among_before(const xc_ctx *c, size_t ma, size_t mb, size_t k, size_t lead)
{
    for (size_t q = k; q-- > ma && c->d->ments[q].start + 40 >= lead;) {
        const xd_mention *p = &c->d->ments[q];
        if (p->end <= lead && S_partitive_pronoun(c, p) && xc_gap_words(c->d->text.text, p->end, lead, 1, 10)) {
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
static const xd_mention *S_article_phrase(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *n)
{
    const char *t = c->d->text.text;
    size_t i = n->end, send = c->d->sents[n->sent].end;
    while (i < send && xc_is_space(t[i]))
        i++;
    size_t ae = xc_listed_at(c, "plural_article_words", i, send, XC_ANY_CASE | XC_ALL_LANGS);
    if (!ae || ae >= send || t[ae] != ' ')
        return NULL;
    size_t n_art = ae + 1 - i;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start < i + n_art)
            continue;
        if (xc_num(m) || m->kind == XP_CLAUSE || m->kind == XP_CUE)
            return NULL;
        if (m->kind == XP_TRIGGER && m->event >= 0 && m->event != XD_EVENT_NONE)
            return xc_gap(t, i + n_art, m->start, 8, 70, 0) ? m : NULL;
    }
    return NULL;
}

/* "put the number of "rioters" arrested in the province at 3,200", "The real number of people arrested is closer
 * to 3,000": a bare figure in the clause of a reference to "the number" with an event word between them. */
static int S_number_of_before(const xc_ctx *c, size_t ma, size_t mb, size_t k, size_t lead)
{
    for (size_t q = k; q-- > ma && c->d->ments[q].start + 160 >= lead;) {
        const xd_mention *p = &c->d->ments[q];
        if (p->kind != XP_PRONOUN || p->role != XD_REF_CLAIM || p->end > lead || lead - p->end > 100 ||
            S_partitive_pronoun(c, p))
            continue;
        int event = 0, other = 0;
        for (size_t k = q + 1; k < mb && c->d->ments[k].start < lead; k++) {
            const xd_mention *m = &c->d->ments[k];
            if (xc_num(m) || m->kind == XP_CLAUSE || m->kind == XP_CUE)
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
static int S_aux_gap(const xc_ctx *c, size_t a, size_t b)
{
    const extract_doc *d = c->d;
    if (b <= a || b - a > 48)
        return 0;
    const xp_table *tab = xp_table_get(d->pat, d->lang, "aux_words");
    if (!tab)
        return 0;
    size_t f = xc_fold_at(d, a), fe = xc_fold_at(d, b);
    int words = 0;
    while (f < fe) {
        while (f < fe && xc_is_space(d->fold.data[f]))
            f++;
        size_t ws = f;
        while (f < fe && !xc_is_space(d->fold.data[f]))
            f++;
        if (f == ws)
            break;
        if (++words > 5 || xp_table_find(tab, d->fold.data + ws, f - ws) < 0)
            return 0;
    }
    return words > 0;
}

/* Exported for the claim builder (twenty-seventh session, claims.c S_coordinated_predicate): whether text[a,b) is
 * only auxiliaries and adverbs of a verb phrase, as S_aux_gap reads them. */
int xc_aux_gap(const xc_ctx *c, size_t a, size_t b)
{
    return S_aux_gap(c, a, b);
}

/* Twenty-third session. "seguirán presos por motivos políticos al menos 380", "quedan adentro más de 60",
 * "seguem detidos em prisões militares mais de 90": Spanish and Portuguese put the subject of a verb of being
 * held after the verb, often past a short adjunct of place or reason. Whether text[a,b), between a held word and the
 * count phrase, is such an adjunct: up to four lower-case words in 40 bytes (no punctuation, digit or capital), none of
 * them a conjunction, a complementizer or a relative word (a new clause), and no mention starting in it but people
 * nouns (the mentions from q on are looked at, q being the held word's). */
#define S_HELD_ADJUNCT_WORDS 4
#define S_HELD_ADJUNCT_BYTES 40
static int S_held_adjunct_gap(const xc_ctx *c, size_t q, size_t mb, size_t a, size_t b)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    if (!xc_gap_words(t, a, b, S_HELD_ADJUNCT_WORDS, S_HELD_ADJUNCT_BYTES))
        return 0;
    if (xc_listed_in(c, "conjunction_words", a, b, XC_LOWER) < b || xc_listed_in(c, "that_words", a, b, XC_LOWER) < b ||
        xc_listed_in(c, "relative_words", a, b, XC_LOWER) < b)
        return 0;
    for (size_t k = q + 1; k < mb && d->ments[k].start < b; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->start < a)
            continue;
        if (m->kind != XP_SUBJECT && m->kind != XP_QUALIFIER)
            return 0;
        if (m->kind == XP_SUBJECT && (m->role || (m->event >= 0 && m->event != EXTRACT_EVENT_HELD)))
            return 0;
    }
    return 1;
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
static const xd_mention *S_passive_subject(const xc_ctx *c, size_t k, size_t ma, size_t mb)
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
    if (!tr || xc_has_object(c, tr, ma, mb))
        return NULL;
    /* back from the event word over the auxiliaries; the event word may open with one itself */
    size_t fs = xc_fold_at(d, n->end), fe = xc_fold_at(d, tr->start), ft = xc_fold_at(d, tr->end);
    int passive = 0, aux = 0;
    {
        size_t ts = fe, te = fe;
        while (te < ft && !xc_is_space(d->fold.data[te]))
            te++;
        passive = te < ft && S_fold_word_in(d, "passive_words", ts, te);
    }
    size_t np_end = fe; /* fold offset where the noun phrase ends and the auxiliaries begin */
    for (;;) {
        size_t e = np_end;
        while (e > fs && xc_is_space(d->fold.data[e - 1]))
            e--;
        size_t b = e;
        while (b > fs && !xc_is_space(d->fold.data[b - 1]))
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
        while (f < np_end && (xc_is_space(d->fold.data[f]) || d->fold.data[f] == ','))
            f++;
        size_t ws = f;
        while (f < np_end && !xc_is_space(d->fold.data[f]) && d->fold.data[f] != ',') {
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

/* Whether the mention m opens with an auxiliary (aux_words: "were found dead", "fueron hallados muertos"): the
 * phrase is a finite predicate, not a participle describing people. */
static int S_opens_with_aux(const extract_doc *d, const xd_mention *m)
{
    size_t f = xc_fold_at(d, m->start), fe = xc_fold_at(d, m->end), w = f;
    while (w < fe && !xc_is_space(d->fold.data[w]))
        w++;
    return w > f && w < fe && S_fold_word_in(d, "aux_words", f, w);
}

/* The event word that a figure cut from its verb by an aside takes (S_aside_subject, S_apposition_subject): m is
 * the first mention past the aside. A participle read as a noun too ("fueron excarcelados", "estão presos") gives
 * the event word at the same place if there is one, else the noun, which says the state by itself. The word must
 * follow the aside with only auxiliaries and adverbs between (from `after`) and take no figure of its own after it
 * ("…, dijo, liberaron a 20": the figure before is not what was freed). Returns it, or NULL. */
static const xd_mention *S_event_past_aside(const xc_ctx *c, size_t q, size_t ma, size_t mb, size_t after)
{
    const extract_doc *d = c->d;
    const xd_mention *m = &d->ments[q];
    if (m->kind == XP_SUBJECT && q + 1 < mb && d->ments[q + 1].kind == XP_TRIGGER && d->ments[q + 1].start == m->start)
        m = &d->ments[q + 1];
    if ((m->kind != XP_TRIGGER && m->kind != XP_SUBJECT) || m->event < 0)
        return NULL;
    /* Twenty-fifth session. "three other hostages, one of them holding US citizenship, had been killed", "Los otros
     * tres, todos ellos rehenes, fueron hallados muertos": a word for something else (event none) is the figure's
     * own verb past the aside only as a predicate, after auxiliaries ("had been killed") or opening with one ("were
     * found dead"); a bare word there may describe someone else ("…, wounded in the raid"). The figure then counts
     * the dead, not the held its noun names. */
    if (m->event == XD_EVENT_NONE)
        return m->kind == XP_TRIGGER && !xc_has_object(c, m, ma, mb) &&
                       (S_aux_gap(c, after, m->start) ||
                        (xc_gap_words(d->text.text, after, m->start, 0, 4) && S_opens_with_aux(d, m)))
                   ? m
                   : NULL;
    if (m->kind == XP_TRIGGER && xc_has_object(c, m, ma, mb))
        return NULL;
    return xc_gap_words(d->text.text, after, m->start, 0, 2) || S_aux_gap(c, after, m->start) ? m : NULL;
}

/* "Los otros 400, dijo, sí fueron detenidos", "Os outros 400, disse Carrie Lam, foram detidos", "the other 400, she
 * said, were arrested": a figure cut from its verb by an aside of reporting (a comma, a reporting verb with its
 * speaker, a comma) is the subject of the event word right after the aside, with only auxiliaries and adverbs
 * (aux_words) between. The aside holds no figure, event word, date or clause break; the event word takes no figure
 * of its own after it ("…, dijo, liberaron a 20": the figure before is not what was freed). Returns the event word,
 * or a noun of ours that says the state by itself ("…, estão novamente presos"), or NULL. */
static const xd_mention *S_aside_subject(const xc_ctx *c, size_t k, size_t ma, size_t mb, size_t tail)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t se = d->sents[d->ments[k].sent].end, p = tail;
    while (p < se && xc_is_space(t[p]))
        p++;
    if (p >= se || t[p] != ',')
        return NULL;
    size_t open = p++, close = 0;
    for (size_t i = p; i < se && i < open + 64 && !close; i++) {
        if (t[i] == ',')
            close = i;
        else if (t[i] == '.' || t[i] == ';' || t[i] == ':' || t[i] == '(' || (t[i] >= '0' && t[i] <= '9'))
            return NULL;
    }
    if (!close)
        return NULL;
    int cue = 0;
    for (size_t q = k + 1; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->start <= open)
            continue;
        if (m->start >= close)
            return cue ? S_event_past_aside(c, q, ma, mb, close + 1) : NULL;
        if (m->kind == XP_CUE)
            cue = 1;
        else if (m->kind != XP_ACTOR && m->kind != XP_TITLE && m->kind != XP_PRONOUN && m->kind != XP_SOURCE)
            return NULL;
    }
    return NULL;
}

/* "The twelve, aged between 16 and 33, were detained", "28 manifestantes, entre eles dois clérigos, foram detidos",
 * "Los otros tres, todos ellos dirigentes, siguen presos", "109 pessoas — 49 homens e 60 mulheres — presas no
 * domingo": a count cut from its verb by an apposition that describes the people or names some of them is the
 * subject of the event word right after the apposition (only auxiliaries and adverbs between). A comma aside must
 * open with a phrase of apposition_words (a comma aside of any other kind may be a clause of its own: "300 people,
 * the police said, …" is S_aside_subject's); a dash aside must hold a figure (a breakdown of the count) or open with
 * such a phrase (twenty-fifth session). The aside holds no event word or reporting verb, and the event word takes
 * no figure of its own after it. Figures inside the aside are parts and keep their own reading. Returns the event
 * word, or a participle noun of ours, or NULL. */
static const xd_mention *S_apposition_subject(const xc_ctx *c, size_t k, size_t ma, size_t mb, size_t tail)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t se = d->sents[d->ments[k].sent].end, p = tail;
    while (p < se && xc_is_space(t[p]))
        p++;
    if (p >= se)
        return NULL;
    int dash = 0;
    size_t open = p;
    if (t[p] == ',')
        p++;
    else if (p + 3 <= se && (memcmp(t + p, "\xe2\x80\x94", 3) == 0 || memcmp(t + p, "\xe2\x80\x93", 3) == 0))
        dash = 1, p += 3;
    else
        return NULL;
    while (p < se && xc_is_space(t[p]))
        p++;
    /* twenty-third session: "Os outros 11, Lula entre eles, deixaram a carceragem", "The other 11, Lula among them,
     * walked free": an aside that names some of the people first and closes on the phrase of apposition is one too
     * (checked once its closing comma is known) */
    int trailing = 0;
    if (!dash && !xc_listed_at(c, "apposition_words", p, se, XC_LOWER))
        trailing = 1;
    /* twenty-fifth session: a dash aside that opens with a phrase of apposition describes the people as a comma aside
     * does, figure or none ("18 participantes — na maioria estudantes — foram detidos", "18 participants — mostly
     * students — were detained") */
    int dash_phrase = dash && xc_listed_at(c, "apposition_words", p, se, XC_LOWER);
    size_t close = 0;
    for (size_t i = p; i < se && i < open + 160 && !close; i++) {
        if (!dash && t[i] == ',')
            close = i;
        else if (dash && i + 3 <= se && (memcmp(t + i, "\xe2\x80\x94", 3) == 0 || memcmp(t + i, "\xe2\x80\x93", 3) == 0))
            close = i;
        else if (t[i] == '.' || t[i] == ';' || t[i] == ':' || t[i] == '(' || t[i] == '"')
            return NULL;
    }
    if (!close)
        return NULL;
    /* only a two- or three-word phrase ("entre eles", "among them"), with a capitalised name opening the aside: a
     * lone "all" or "todos" closes many a clause ("300 people, the police said all, …") */
    if (trailing) {
        size_t ws, we;
        xc_word_before(t, p, close, &ws, &we);
        if (!(t[p] >= 'A' && t[p] <= 'Z') || ws <= p || !xc_words_before(c, "apposition_words", p, we, XC_LOWER) ||
            xc_listed(c, "apposition_words", ws, we, XC_LOWER))
            return NULL;
    }
    size_t after = close + (dash ? 3 : 1);
    int figures = 0;
    for (size_t q = k + 1; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->start <= open)
            continue;
        if (m->start >= close)
            return !dash || figures || dash_phrase ? S_event_past_aside(c, q, ma, mb, after) : NULL;
        if (m->kind == XP_CUE || (m->kind == XP_TRIGGER && m->event >= 0 && m->event != XD_EVENT_NONE))
            return NULL;
        if (m->kind == XP_NUMBER)
            figures++;
    }
    return NULL;
}

/* "27 relatives of residents of Portugal who were detained in Iran", "12 soldados que fueron capturados": people who
 * are none of ours take an event word after them when a relative clause of their noun says it in the passive (a
 * relative word from relative_words, then only auxiliaries, one of them from passive_words, or an event word that
 * opens with one: "foram detidos"), with no punctuation and at most six words between the noun and the event word. */
static int S_relative_passive(const xc_ctx *c, const xc_count *cnt, const xd_mention *tr)
{
    const extract_doc *d = c->d;
    if (!cnt->subject || tr->start < cnt->subject->end || tr->event < 0 || tr->event == XD_EVENT_NONE)
        return 0;
    size_t fs = xc_fold_at(d, cnt->subject->end), fe = xc_fold_at(d, tr->start), ft = xc_fold_at(d, tr->end);
    int words = 0, rel = 0, passive = 0;
    for (size_t f = fs; f < fe;) {
        while (f < fe && xc_is_space(d->fold.data[f]))
            f++;
        size_t ws = f;
        while (f < fe && !xc_is_space(d->fold.data[f])) {
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
    while (te < ft && !xc_is_space(d->fold.data[te]))
        te++;
    return passive || (te < ft && S_fold_word_in(d, "passive_words", fe, te));
}

/* "tres más que habían ingresado en prisión fueron excarceladas", "12 detainees who had been moved to the jail were
 * then released": a relative clause right after the count (a word of who_words, perhaps after one other word, then at
 * most eight words with no punctuation and an event word among them) says how those people came to be where they
 * were; the event word right after that one (only auxiliaries between, or a conjunction: "e acabaram soltos") is what
 * the sentence says of them. Returns it, or NULL; *inner is the relative clause's own event word. */
static const xd_mention *S_after_relative(const xc_ctx *c, size_t tail, size_t ma, size_t mb, const xd_mention **inner)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lim = d->sents[d->ments[ma].sent].end, p = tail;
    int rel = 0;
    for (int w = 0; w < 2 && !rel; w++) {
        while (p < lim && xc_is_space(t[p]))
            p++;
        size_t ws = p;
        while (p < lim && ((unsigned char)t[p] >= 0x80 || (t[p] >= 'a' && t[p] <= 'z')))
            p++;
        if (p == ws || (p < lim && !xc_is_space(t[p])))
            return NULL;
        rel = S_fold_word_in(d, "who_words", xc_fold_at(d, ws), xc_fold_at(d, p));
    }
    if (!rel)
        return NULL;
    const xd_mention *t1 = NULL;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->start < p)
            continue;
        if (xc_num(m) || m->kind == XP_CLAUSE || m->kind == XP_CUE || m->kind == XP_PARTITIVE)
            return NULL;
        if (m->kind != XP_TRIGGER)
            continue;
        if (!t1) {
            if (m->start - p > 64 || !xc_gap_words(t, p, m->start, 6, 64))
                return NULL;
            t1 = m;
            continue;
        }
        if (m->start < t1->end)
            continue;
        if (m->event < 0 || m->event == XD_EVENT_NONE)
            return NULL;
        for (size_t x = tail; x < m->start; x++)
            if (strchr(",;:()\"", t[x]))
                return NULL;
        size_t a = t1->end, b = m->start, w = a;
        while (w < b && xc_is_space(t[w]))
            w++;
        while (w < b && !xc_is_space(t[w]))
            w++;
        if (!xc_gap_words(t, a, b, 0, 16) && !S_aux_gap(c, a, b) && !xc_only_conjunction(c, a, b) &&
            !(xc_only_conjunction(c, a, w) && S_aux_gap(c, w, b)))
            return NULL;
        *inner = t1;
        return m;
    }
    return NULL;
}

/* The event word of a passive relative clause of a count's noun (S_relative_passive): the first event word after
 * the noun in its clause, or NULL. */
const xd_mention *xc_relative_trigger(const xc_ctx *c, const xc_count *cnt, size_t ma, size_t mb)
{
    if (!cnt->subject || cnt->subject->start < cnt->num->end)
        return NULL;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start < cnt->subject->end)
            continue;
        if (m->kind == XP_CLAUSE || m->start - cnt->subject->end > 80 || (xc_num(m) && m != cnt->num))
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
int xc_question_event(xc_ctx *c, size_t k)
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
        if (sj != si && xs_sentence_asks(t, s) == SIZE_MAX)
            return 0;
        /* back from the figure to the question word: no other figure between; the event word asked about
         * ("How many prisoners have been freed?" asks about releases), else the noun's ("How many political
         * prisoners are there?") */
        size_t qa, qb;
        xc_range(c, sj, &qa, &qb);
        int event = -1, noun = -1;
        for (size_t q = k; q-- > qa;) {
            const xd_mention *m = &d->ments[q];
            if (m->start < at)
                break;
            if (xc_num(m))
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
static const xd_mention *S_predicate_of(const xc_ctx *c, size_t ma, size_t k, size_t lead)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[d->ments[k].sent].start, pos = lead;
    for (;;) { /* spaces and quotation marks (", «, “) */
        if (pos > lo && (xc_is_space(t[pos - 1]) || t[pos - 1] == '"'))
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
        if (xc_num(m) || m->kind == XP_CLAUSE || m->kind == XP_CUE || pos - m->end > 90)
            break;
        if ((m->kind != XP_TRIGGER && m->kind != XP_SUBJECT) || m->role || m->event < 0 || m->event == XD_EVENT_NONE)
            continue;
        if (best && m->start == best->start && m->kind == XP_TRIGGER)
            best = m; /* "detenidos" is a noun and an event word: the event word */
        if (best)
            continue;
        /* a definite article right before it */
        size_t b = m->start, f, fe;
        while (b > lo && xc_is_space(t[b - 1]))
            b--;
        fe = b;
        while (b > lo && ((t[b - 1] >= 'a' && t[b - 1] <= 'z') || (t[b - 1] >= 'A' && t[b - 1] <= 'Z')))
            b--;
        int def = fe > b && xc_listed(c, "plural_article_words", b, fe, XC_ANY_CASE | XC_ALL_LANGS);
        /* "los que siguen presos": the article before a relative word */
        if (!def && xc_listed(c, "who_words", b, fe, XC_ANY_CASE | XC_ALL_LANGS)) {
            f = b;
            while (f > lo && xc_is_space(t[f - 1]))
                f--;
            size_t g = f;
            while (g > lo && t[g - 1] >= 'a' && t[g - 1] <= 'z')
                g--;
            def = f > g && xc_listed(c, "plural_article_words", g, f, XC_LOWER | XC_ALL_LANGS);
        }
        if (!def)
            continue;
        for (size_t x = m->end; x < pos; x++)
            if (t[x] == ',' || t[x] == ';' || t[x] == ':' || t[x] == '(')
                return NULL;
        if (!xc_words_before(c, "copula_words", m->end, pos, XC_LOWER))
            return NULL;
        best = m;
    }
    return best;
}

/* Whether the word right after pos is a content word no lexicon knows: lower case letters only, at least four
 * bytes, no mention starting there, and not a function word (stopwords, aux_words, relative_words) - the noun of
 * the things a bare figure counts ("2.000 fojas"). */
static int S_unknown_noun_after(const xc_ctx *c, const xd_mention *n, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t pos = n->end, send = d->sents[n->sent].end;
    while (pos < send && xc_is_space(t[pos]))
        pos++;
    size_t e = pos;
    while (e < send && ((t[e] >= 'a' && t[e] <= 'z') || (unsigned char)t[e] >= 0x80))
        e++;
    if (e - pos < 4 || (e < send && !xc_is_space(t[e]) && !strchr(",.;:", t[e])))
        return 0;
    for (size_t q = (size_t)(n - d->ments); q < mb && d->ments[q].start <= pos; q++)
        if (d->ments[q].start == pos)
            return 0;
    (void)ma;
    size_t fs = xc_fold_at(d, pos), fe = xc_fold_at(d, e);
    return !S_fold_word_in(d, "stopwords", fs, fe) && !S_fold_word_in(d, "aux_words", fs, fe) &&
           !S_fold_word_in(d, "relative_words", fs, fe);
}

/* "there were seven passengers on board", "havia cerca de 300 barracas": the plural noun no lexicon knows right
 * after a figure a state word introduces says what is there; things and people who are none of ours alike. A
 * word that is no plural ("there are 40 still inside") leaves the figure to the state word. */
static int S_unknown_plural_after(const xc_ctx *c, const xd_mention *n, size_t ma, size_t mb)
{
    if (!S_unknown_noun_after(c, n, ma, mb))
        return 0;
    const char *t = c->d->text.text;
    size_t e = n->end, send = c->d->sents[n->sent].end;
    while (e < send && xc_is_space(t[e]))
        e++;
    while (e < send && ((t[e] >= 'a' && t[e] <= 'z') || (unsigned char)t[e] >= 0x80))
        e++;
    return t[e - 1] == 's';
}

/* "liberó el jueves a 37 acusados", "freed on Thursday 37 prisoners", "libertou na quinta-feira 37 presos": a date
 * between an event verb and its object is an adjunct of the verb. From pos, passes over spaces and the dates that
 * follow one another there, before `lead` (a comma ends the verb's phrase); returns where the rest begins. */
static size_t S_past_dates(const xc_ctx *c, size_t ma, size_t mb, size_t pos, size_t lead)
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
        while (x < m->start && xc_is_space(t[x]))
            x++;
        if (x != m->start)
            break;
        at = m->end;
        while (at < lead && xc_is_space(t[at]))
            at++;
    }
    return at;
}

/* "¿Le parece fiable la cifra de 132.000 detenidos?", "Cerca de 700 libertados não é um número expressivo?": a
 * question that names again a figure the text already gave (an interviewer quoting it back) claims nothing new. */
static int S_quoted_back(const xc_ctx *c, const xd_mention *n)
{
    const extract_doc *d = c->d;
    if (xs_sentence_asks(d->text.text, &d->sents[n->sent]) == SIZE_MAX)
        return 0;
    for (size_t q = 0; q < d->n_claims; q++)
        if (d->claims[q].count == n->value)
            return 1;
    return 0;
}

/* "pelo que 37 suspeitos ficam em prisão", "by which time 40 had been freed": an agent word followed by a relative
 * pronoun (who_words) opens a clause of its own; the figure after it is that clause's subject, not an agent. */
static int S_agent_opens_clause(const xc_ctx *c, const xd_mention *ag, size_t lead)
{
    const char *t = c->d->text.text;
    size_t p = ag->end;
    while (p < lead && xc_is_space(t[p]))
        p++;
    size_t ws = p;
    while (p < lead && !xc_is_space(t[p]))
        p++;
    return p > ws && S_fold_word_in(c->d, "who_words", xc_fold_at(c->d, ws), xc_fold_at(c->d, p));
}

/* Whether mention m is a person's name (an actor the rules say is a person). */
static int S_person_name(const xd_mention *m)
{
    return m->kind == XP_ACTOR && !m->dead && m->actor_kind == EXTRACT_KIND_PERSON;
}

/* How many names a person mention holds: the name rules take "Felipe Álvarez y Héctor Galindo" as one; a
 * conjunction between capitals ("y", "e", "and") joins two. */
static int S_names_in(const xc_ctx *c, const xd_mention *m)
{
    const char *t = c->d->text.text;
    int n = 1;
    for (size_t i = m->start; i + 1 < m->end; i++) {
        size_t e = t[i] == ' ' ? xc_listed_at(c, "conjunction_words", i + 1, m->end, XC_LOWER | XC_ALL_LANGS) : 0;
        if (e && e + 1 < m->end && t[e] == ' ' &&
            ((t[e + 1] >= 'A' && t[e + 1] <= 'Z') || /* or a capital of Latin-1: "y Óscar" */
             ((unsigned char)t[e + 1] == 0xC3 && e + 2 < m->end && (unsigned char)t[e + 2] >= 0x80 &&
              (unsigned char)t[e + 2] <= 0x9E)))
            n++;
    }
    return n;
}

/* "Bayram Mammadov and Giyas Ibrahimov, the two students jailed in 2016", "Felipe Álvarez y Héctor Galindo, los
 * otros dos presos", "os sete reclusos da cadeia: A, B, C, …": a figure in apposition to a list of names says how
 * many people the text has just named (or names at once after a colon, for a definite "the seven"); it tells who
 * they are, not how many were freed or held, so it claims nothing. Only when the names number exactly the figure
 * (at least two): "Ana y otros 17" or "freed three activists, among them A" are counts. */
static int S_names_counted(const xc_ctx *c, const xd_mention *n, size_t ma, size_t mb, size_t lead)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    if (n->value < 2 || n->value > 12)
        return 0;
    const xd_sentence *s = &d->sents[n->sent];
    /* the names before: ", the two", ", los otros dos" right after the last of them */
    size_t p = lead;
    while (p > s->start && xc_is_space(t[p - 1]))
        p--;
    size_t w = p;
    while (w > s->start && (xc_letter_byte((unsigned char)t[w - 1])))
        w--;
    size_t comma = (w < p && xc_gap_words(t, w, p, 1, 8)) ? w : p; /* one article word, or none */
    while (comma > s->start && xc_is_space(t[comma - 1]))
        comma--;
    if (comma > s->start && t[comma - 1] == ',') {
        int names = 0;
        size_t at = comma - 1;
        for (size_t q = mb; q-- > ma;) {
            const xd_mention *m = &d->ments[q];
            if (m->end > at || m->dead)
                continue;
            if (!S_person_name(m))
                break;
            /* the names are joined by commas and a conjunction only */
            size_t g = m->end;
            while (g < at && (xc_is_space(t[g]) || t[g] == ','))
                g++;
            if (g < at && !xc_only_conjunction(c, m->end, at))
                break;
            names += S_names_in(c, m);
            at = m->start;
        }
        if (names >= 2 && names == n->value)
            return 1;
    }
    /* the names after: "los siete reclusos de ese centro: A, B, …" (a definite figure, the colon close after it).
     * Definite means a definite article before it, not any short word: "are believed to hold at least two
     * Westerners: A … and … B", "a libertação de dois presos nos Estados Unidos: o xeque …" count the people named
     * (twentieth session) */
    if (!(w < p && xc_gap_words(t, w, p, 1, 4) &&
          (xc_listed(c, "article_words", w, p, XC_ANY_CASE) || xc_listed(c, "plural_article_words", w, p, XC_ANY_CASE))))
        return 0;
    size_t colon = n->end;
    while (colon < s->end && colon < n->end + 80 && t[colon] != ':' && t[colon] != ';' && t[colon] != '.')
        colon++;
    if (colon >= s->end || t[colon] != ':')
        return 0;
    int names = 0;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->start <= colon)
            continue;
        if (xc_num(m) && !m->dead)
            return 0;
        if (S_person_name(m))
            names += S_names_in(c, m);
    }
    return names >= 2 && names == n->value;
}

/* The word that ends right before position p (spaces skipped): its start in *ws, its end returned (0 when none). */
static size_t S_word_before(const char *t, size_t from, size_t p, size_t *ws)
{
    while (p > from && xc_is_space(t[p - 1]))
        p--;
    size_t w = p;
    while (w > from && xc_letter_byte((unsigned char)t[w - 1]))
        w--;
    *ws = w;
    return w < p ? p : 0;
}

/* "Mahendra Chaudhry y otros diecisiete rehenes recuperaron la libertad", "Íngrid Betancourt e outros 14 reféns",
 * "Chaudhry and 17 other hostages were freed": a named person joined to "N others" is one of the people freed with
 * them, and the figure of the claim is the whole, N plus the names (docs/corpus.md counts the people the claim is
 * about). Returns how many names to add, 0 when the figure stands alone. */
static int S_named_plus(const xc_ctx *c, const xd_mention *n, size_t ma, size_t mb, size_t lead)
{
    /* the words of every language: names and their companions travel between languages */
    enum { ANY = XC_ANY_CASE | XC_ALL_LANGS };
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    const xd_sentence *s = &d->sents[n->sent];
    size_t ws, we = S_word_before(t, s->start, lead < n->start ? n->start : lead, &ws);
    if (!we)
        return 0;
    if (xc_listed(c, "others_words", ws, we, ANY)) {
        we = S_word_before(t, s->start, ws, &ws);
        /* "y los otros 17", "y a las otras dos", "e os outros 17": a plural article (plural_article_words) and
         * the object marker "a" before it, or a bare "a"/"o" ("y a otros") */
        if (we && xc_listed(c, "plural_article_words", ws, we, XC_ANY_CASE))
            we = S_word_before(t, s->start, ws, &ws);
        if (we && we - ws == 1 && (t[ws] == 'a' || t[ws] == 'o')) /* "y a otros", "e o outro" */
            we = S_word_before(t, s->start, ws, &ws);
    } else {
        /* "A and 17 others", "A and 17 other hostages": the word after the figure */
        size_t a = n->end, b;
        while (a < s->end && xc_is_space(t[a]))
            a++;
        for (b = a; b < s->end && xc_letter_byte((unsigned char)t[b]); b++)
            ;
        if (!(b > a && xc_listed(c, "others_words", a, b, ANY)))
            return 0;
        /* "Mann and the 67 other convicted men": the article before the figure (twenty-second session) */
        if (we && xc_listed(c, "plural_article_words", ws, we, XC_ANY_CASE))
            we = S_word_before(t, s->start, ws, &ws);
    }
    if (!we || !xc_listed(c, "and_words", ws, we, ANY))
        return 0;
    size_t at = ws;
    while (at > s->start && (xc_is_space(t[at - 1]) || t[at - 1] == ','))
        at--;
    for (size_t q = mb; q-- > ma;) {
        const xd_mention *m = &d->ments[q];
        if (m->end > at || m->dead)
            continue;
        if (m->end != at || !S_person_name(m))
            return 0;
        return S_names_in(c, m);
    }
    return 0;
}

/* "indultaram, respetivamente, 2.345 e 3.503 pessoas", "freed 120 and 95 prisoners": the first of two figures
 * joined by "and" shares the people noun written after the second. Text [a,b) between the first figure and the
 * noun must be "y/e/and" and the second figure only; "entre 40 y 50 presos", "between 40 and 50" (a range, whose
 * qualifier frames the pair) and "40 o 50" (a guess, one count) are left as they were. */
static int S_joined_figure_gap(const xc_ctx *c, const xd_mention *n, size_t ma, size_t mb, size_t lead, size_t b)
{
    enum { ANY = XC_ANY_CASE | XC_ALL_LANGS };
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    const xd_sentence *s = &d->sents[n->sent];
    size_t ws, we = S_word_before(t, s->start, lead < n->start ? lead : n->start, &ws);
    if (we && xc_listed(c, "range_words", ws, we, ANY))
        return 0;
    size_t a = n->end;
    while (a < b && xc_is_space(t[a]))
        a++;
    size_t e = a;
    while (e < b && xc_letter_byte((unsigned char)t[e]))
        e++;
    if (!(e > a && xc_listed(c, "and_words", a, e, ANY)))
        return 0;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->dead || !xc_num(m) || m->start < e || m->end > b)
            continue;
        for (size_t i = e; i < m->start; i++)
            if (!xc_is_space(t[i]))
                return 0;
        for (size_t i = m->end; i < b; i++)
            if (!xc_is_space(t[i]))
                return 0;
        return 1;
    }
    return 0;
}

/* Whether a state word (a trigger with state=1: "hay", "há", "there were") ends right before the count phrase at
 * lead, with nothing but spaces between. */
static int S_state_right_before(const xc_ctx *c, size_t ma, size_t mb, size_t lead)
{
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->start >= lead)
            break;
        if (m->kind == XP_TRIGGER && m->end <= lead && xp_attr_get(m->rule, "state") &&
            xc_gap_words(c->d->text.text, m->end, lead, 0, 2))
            return 1;
    }
    return 0;
}

/* "Most of the 762 were let go", "la mayoría de los 300 detenidos fueron liberados", "metade dos 680 trabalhadores
 * já saiu em liberdade": a figure after a word for a part of a group (lexicon part_words) and "of the" (of_words then
 * plural_article_words, or a word of both: "dos", "das") names the whole; the verb after it tells of the part, whose
 * size the text does not give, so the figure is no count of that event (as the whole of "Tres de los cuatro" is
 * not: S_partitive_count). Twenty-first session. */
static int S_whole_after_part_word(const xc_ctx *c, size_t lo, size_t lead)
{
    const char *t = c->d->text.text;
    size_t b, e, b2, e2, p;
    xc_word_before(t, lo, lead, &b, &e);
    if (e <= b)
        return 0;
    if (xc_listed(c, "of_words", b, e, XC_ANY_CASE) && xc_listed(c, "given_words", b, e, XC_ANY_CASE))
        p = b;
    else if (xc_listed(c, "plural_article_words", b, e, XC_ANY_CASE)) {
        xc_word_before(t, lo, b, &b2, &e2);
        if (e2 <= b2 || !xc_listed(c, "of_words", b2, e2, XC_LOWER))
            return 0;
        p = b2;
    } else
        return 0;
    return xc_words_before(c, "part_words", lo, p, XC_ANY_CASE);
}

/* Twenty-fifth session (event). Whether the event word m after count cnt is inside a second people noun coordinated
 * with the count's own ("Israel libertou pouco mais de 600 presos e detidos palestinos", "liberó a poco más de 600
 * presos y detenidos", "freed a little over 600 prisoners and detained Palestinians"): the noun names who the people
 * are, it is no verb of theirs; the verb before the figure governs. Without that test a long qualifier ("pouco mais
 * de") put the verb further from the count than the noun, and the noun's detention won. Only a conjunction stands
 * between the count's noun and the subject mention that holds m. */
static int S_coordinated_noun(const xc_ctx *c, const xc_count *cnt, size_t ma, size_t mb, const xd_mention *m)
{
    const xd_mention *own = cnt->subject;
    if (!own || own->start < cnt->num->end || m->start < own->end || m->start - own->end > 8)
        return 0;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *s = &c->d->ments[q];
        if (s == own || s->kind != XP_SUBJECT || s->start != m->start || s->end < m->end)
            continue;
        const char *t = c->d->text.text;
        size_t b = s->start;
        while (b > own->end && xc_is_space(t[b - 1]))
            b--;
        if (xc_only_conjunction(c, own->end, b))
            return 1;
    }
    return 0;
}

/* Whether text[a,b) is empty or only an object marker or a plural article ("a", "los", "os", "the"): a verb before
 * it takes the count after it as its object. */
static int S_object_gap(const xc_ctx *c, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    while (a < b && xc_is_space(t[a]))
        a++;
    if (a >= b)
        return 1;
    return xc_listed(c, "object_marker_words", a, b, XC_LOWER) || xc_listed(c, "plural_article_words", a, b, XC_LOWER);
}

int xc_make_count(xc_ctx *c, size_t k, size_t ma, size_t mb, xc_count *out)
{
    extract_doc *d = c->d;
    const char *t = d->text.text;
    const xd_mention *n = &d->ments[k];
    memset(out, 0, sizeof *out);
    if (S_quoted_back(c, n)) {
        xc_trace(c, "number %lld: a question naming again a figure the text gave", (long long)n->value);
        return 0;
    }
    out->num = n;
    out->event = -1;
    out->qual = S_qualifier_of(c, n, ma, mb);
    size_t lead = out->qual ? out->qual->start : n->start; /* start of the count phrase, qualifier included */
    if (S_names_counted(c, n, ma, mb, lead)) {
        xc_trace(c, "number %lld: how many people the text names beside it", (long long)n->value);
        return 0;
    }
    if (S_whole_after_part_word(c, d->sents[n->sent].start, lead)) {
        xc_trace(c, "number %lld: the whole a word for a part of it names (\"most of the\"): its verb tells of the part",
                 (long long)n->value);
        return 0;
    }
    out->plus = S_named_plus(c, n, ma, mb, lead);
    if (out->plus)
        xc_trace(c, "number %lld: %d named beside it are of the people counted", (long long)n->value, out->plus);
    /* the qualifier is known first: "the prison population stood at about 11,000" frames "about 11,000" */
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->kind == XP_SUBJECT && !m->role && m->start >= n->end && !out->subject &&
            (xc_gap_words(t, n->end, m->start, 2, 24) || S_noun_gap(d, n->end, m->start) ||
             S_joined_figure_gap(c, n, ma, mb, lead, m->start)))
            out->subject = m;
        /* "166 militares presos políticos": a noun for people who are none of ours (soldiers, deputies, voters)
         * followed by one that is says who is counted; not one introduced by "de/of" ("200 parentes de presos",
         * "300 relatives of prisoners"): that names whom the first noun belongs to, and the figure counts the first
         * (twenty-third session) */
        else if (m->kind == XP_SUBJECT && !m->role && out->subject && out->subject->event == XD_EVENT_NONE &&
                 m->event >= 0 && m->event != XD_EVENT_NONE && m->start >= out->subject->end &&
                 xc_gap_words(t, out->subject->end, m->start, 1, 8) && !S_of_after(c, out->subject->end, m->end))
            out->subject = m;
        /* a phrase that takes in the qualifier ("up from roughly 39,000") frames the number itself */
        size_t to = m->end <= lead ? lead : n->start;
        if (m->kind == XP_SUBJECT && m->role && m->end <= to && xc_gap_words(t, m->end, to, 0, 2))
            out->subject = m;
    }
    /* "acompañados por los dos hijos", "freed by 20 soldiers": people after the agent of a passive did it */
    for (size_t q = k; q-- > ma && d->ments[q].start + 40 >= lead;) {
        const xd_mention *m = &d->ments[q];
        if (m->kind == XP_AGENT && m->end <= lead && xc_gap_words(t, m->end, lead, 1, 5) && !S_agent_opens_clause(c, m, lead)) {
            xc_trace(c, "number %lld: the agent of a passive, not the people it happened to", (long long)n->value);
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
    const xd_mention *keep = NULL;
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
        int before = m->end <= lead && xc_gap_words(t, from_verb, lead, 1, 6) && !xc_only_conjunction(c, m->end, lead) &&
                     !xc_only_conjunction(c, from_verb, lead) &&
                     !xc_noun_of_number(c, ma, mb, m, n);
        /* Only a phrase of custody ("seguirán presos", "remain in custody"), not a lone verb ("quedan", "siguen",
         * "holding": "se quedan bastante por debajo de 300", "siguen atrincherados entre 60 y 100"); a figure after
         * the adjunct that no qualifier opens and no people noun follows labels the place the adjunct names
         * ("siguen presos en el pabellón 4", "remain in custody in cell block 4"), and one before a noun no lexicon
         * knows counts those things. */
        if (!before && m->event == EXTRACT_EVENT_HELD && m->end <= lead && memchr(t + m->start, ' ', m->end - m->start) &&
            !xc_gap_words(t, m->end, lead, 1, 6) &&
            (out->qual || (out->subject && !out->subject->role && out->subject->start >= n->end)) &&
            (out->subject || !S_unknown_noun_after(c, n, ma, mb)) && S_held_adjunct_gap(c, q, mb, m->end, lead)) {
            before = 1;
            xc_trace(c, "number %lld: the subject of \"%.*s\", after it past an adjunct", (long long)n->value,
                     (int)(m->end - m->start), t + m->start);
        }
        /* "la liberación de los 17, aunque…", "the release of the 17.": a genitive and a definite article before a
         * bare figure that ends its phrase (eighteenth session) */
        if (!before && m->end <= lead && !out->subject && !out->qual && S_of_the_gap(c, m->end, lead) &&
            S_ends_phrase(c, n, ma, mb) && !xc_noun_of_number(c, ma, mb, m, n)) {
            before = 1;
            xc_trace(c, "number %lld: a bare figure after \"%.*s\" and a definite article (a group named by its figure)",
                     (long long)n->value, (int)(m->end - m->start), t + m->start);
        }
        /* "reclamó la liberación de los 37 detenidos", "demanded the release of the 37 detainees": asking for the
         * release of a group named with its article governs its figure and noun alike (twenty-ninth session) */
        if (!before && m->end <= lead && m->event == EXTRACT_EVENT_HELD && xp_attr_get(m->rule, "demand") &&
            S_of_the_gap(c, m->end, lead) && !xc_noun_of_number(c, ma, mb, m, n)) {
            before = 1;
            xc_trace(c, "number %lld: a group named with its article after \"%.*s\"", (long long)n->value,
                     (int)(m->end - m->start), t + m->start);
        }
        /* "handed over 252 men": an event phrase that takes in what looked like a qualifier governs the count */
        if (out->qual && m->start < lead && m->end > lead && m->end <= n->start) {
            before = 1;
            out->qual = NULL;
            lead = n->start;
        }
        /* "taken 290 people into custody": an event phrase around the count governs it */
        if (m->start < n->start && m->end > n->end)
            before = 1;
        /* "ya no quedan bajo arresto más de ochenta", "não restam presos mais de 80": a negated cap that takes in
         * the event word ("no … más de") leaves it before the count, inside the count phrase */
        if (out->qual && m->start >= out->qual->start && m->end <= n->start && xp_attr_get(out->qual->rule, "cap"))
            before = 1;
        if (xc_words_before(c, "time_words", d->sents[n->sent].start, m->start, XC_LOWER))
            continue; /* "245 political prisoners before the release" */
        /* "há 300 mães de soldados", "había 1.350 agentes desplegados": a word saying people are there says nothing
         * of people who are none of ours */
        if (xp_attr_get(m->rule, "state") && m->end <= lead && out->subject &&
            (xc_noun_of_other(d, n->end, out->subject) || out->subject->event == XD_EVENT_NONE))
            continue;
        /* "houve 457 detenções": before a noun that counts acts (act=1), a word saying something is there says
         * the acts took place, not that people are held */
        if (xp_attr_get(m->rule, "state") && m->end <= lead && out->subject && out->subject->start >= n->end &&
            xp_attr_get(out->subject->rule, "act"))
            continue;
        /* "sus expedientes suman más de 2.000 fojas", "contabiliza cinco profissionais de imprensa feridos": a verb
         * of tallying before a figure followed by a noun no lexicon knows counts those things, not our people */
        if (before && !out->subject && xp_attr_get(m->rule, "tally") && S_unknown_noun_after(c, n, ma, mb))
            continue;
        if (before && !out->subject && xp_attr_get(m->rule, "state") && S_unknown_plural_after(c, n, ma, mb)) {
            xc_trace(c, "number %lld: a state word before things or people no lexicon knows", (long long)n->value);
            continue;
        }
        int group = S_group_word(c, ma, mb, m, n->end);
        if (group)
            group_end = m->end;
        /* "two of those pardoned were taken back into custody": what follows the group says what happened */
        size_t from = group_end && m->start >= group_end ? group_end : tail;
        /* "1,280 arrests and 796 charges": an event noun right after the bare figure is its own, whatever follows */
        int own = !out->subject && m->start >= n->end && xc_gap_words(t, n->end, m->start, 0, 2);
        int after = m->start >= from && (xc_gap_words(t, from, m->start, 2, 24) || S_aux_gap(c, from, m->start)) &&
                    (own || !xc_has_object(c, m, ma, mb)) && !group;
        /* soldiers, deputies, voters: only an event word right after the noun, or after its auxiliary, makes them
         * ours ("40 soldados siguen presos", "40 soldiers were still held"); "20.000 militares y policías siguen
         * desplegados" counts no one we count */
        if (after && out->subject && out->subject->event == XD_EVENT_NONE && m->event == EXTRACT_EVENT_HELD &&
            !xc_gap_words(t, tail, m->start, 1, 8))
            after = 0;
        if (!in_noun && !inside && !before && !after)
            continue;
        /* "libertou, na madrugada de quinta-feira, 600 presos e detidos palestinos": a noun coordinated with the
         * count's own is no word of what happened to them; xc_nearest_trigger takes it only when nothing else */
        if (after && !before && S_coordinated_noun(c, out, ma, mb, m))
            continue;
        /* Several event words touch the count: the governing word before it ("la liberación de 225
         * detenidos") beats the noun itself ("173 liberaciones"), which beats a later verb; words that only
         * say people exist ("hay", "contabiliza") come last. */
        int rank = m->event == EXTRACT_EVENT_HELD ? 3 : before ? 0 : (in_noun || inside || xc_gap_words(t, tail, m->start, 0, 1)) ? 1 : 2;
        /* a word of keeping that takes the count as its object; see after the loop (twenty-sixth session) */
        if (!keep && m->event == EXTRACT_EVENT_HELD && before && m->end <= lead && S_object_gap(c, m->end, lead) &&
            !xp_attr_get(m->rule, "tally") && !xp_attr_get(m->rule, "state") &&
            xc_listed_in(c, "keep_words", m->start, m->end, XC_ANY_CASE) < m->end)
            keep = m;
        if (inside && m->event == XD_EVENT_NONE)
            rank = -2; /* "200 muertes de detenidos" count deaths */
        /* "Entre os resgatados há 37 feridos", "hay 12 muertos", "there were 40 dead": after a state word, a word
         * for something else right after the bare figure is its noun and says what is counted; the state word says
         * only that they are there, and a group named before it only where they were (twenty-first session).
         * "recapturou 283 foragidos" keeps its verb: no state word stands before the figure. */
        if (m->event == XD_EVENT_NONE && !out->subject && m->start >= n->end && xc_gap_words(t, n->end, m->start, 0, 2) &&
            S_state_right_before(c, ma, mb, lead))
            rank = -2;
        /* "hoy hay cuatro detenidos", "there are 40 detainees": a word saying people are in a state now, right
         * before the count, says what is counted (held), whatever the noun's own event word says */
        if (m->event == EXTRACT_EVENT_HELD && before && xp_attr_get(m->rule, "state") && !S_own_act_after(c, n, ma, mb, out))
            rank = -1;
        /* "demanded the release of 18 jailed organisers": asking for them to be freed says they are held now,
         * whatever the words of the count say of how they came to be */
        if (m->event == EXTRACT_EVENT_HELD && before && xp_attr_get(m->rule, "demand"))
            rank = -1;
        /* "decretaram a prisão preventiva de 19 dos detidos", "ordered the pre-trial detention of 19 of them": an
         * order keeping them in custody (held, fate=1) governs the count from before it, and says what became of
         * them, over the word of their arrest in the count's noun (docs/corpus.md, held vs detention) */
        if (m->event == EXTRACT_EVENT_HELD && before && xp_attr_get(m->rule, "fate"))
            rank = -1;
        /* "942 detenidos pasaron a prisión preventiva", "51 presos políticos entre os beneficiários": a word right
         * after the count that says what became of those people (fate=1: sent on to custody pending trial, among
         * those a pardon freed) outranks what the noun says of how they came to be where they were */
        if (m->event >= 0 && m->event != XD_EVENT_NONE && after && xp_attr_get(m->rule, "fate"))
            rank = -1;
        /* "hay al menos 30 sospechosos bajo investigación", "there are 40 suspects under investigation": a phrase
         * right after the count that says those people are investigated, tried or paid (fate=1, no event of ours)
         * says what is true of them, and beats the state word before the count that only says they are there */
        if (m->event == XD_EVENT_NONE && after && xp_attr_get(m->rule, "fate"))
            rank = -2;
        /* "there were 13,000 people a month released", "había 300 personas liberadas": a release word after a
         * noun that names no event is what those people went through; a state word says only that they were
         * there (no one is held by being released) */
        int went = m->event == EXTRACT_EVENT_RELEASE && after && out->subject && out->subject->event < 0 &&
                   m->start >= tail && xc_gap_words(t, tail, m->start, 3, 32) && out->trigger &&
                   best_rank == -1 && xp_attr_get(out->trigger->rule, "state");
        if (!out->trigger || rank < best_rank || went) {
            out->trigger = m;
            best_rank = rank;
        }
        out->adjacent = 1;
    }
    /* "la agencia tiene bajo custodia a 477 personas arrestadas", "is holding 300 men arrested in the raids",
     * "mantém 600 soldados capturados": a word of keeping (lexicon keep_words) that takes the count as its object
     * (nothing but an object marker or an article between; not a word of tallying or of mere presence) says what those people are now; a
     * participle or noun of their arrest in the count phrase (rank 1) says only how they came to be held. A word of
     * something else there ("quedaban un centenar de personas sentadas") or a governing word of release or arrest
     * before the count keeps its place (twenty-sixth session). */
    if (keep && out->trigger && out->trigger != keep && best_rank == 1 && out->trigger->event == EXTRACT_EVENT_DETENTION) {
        xc_trace(c, "number %lld: \"%.*s\" keeps them, the arrest word of the count phrase says how they came",
                 (long long)n->value, (int)(keep->end - keep->start), t + keep->start);
        out->trigger = keep;
    }
    /* "there are 30 political prisoners among them": a word for a state says nothing of the group */
    if (out->subject && (!out->adjacent || (out->trigger && xp_attr_get(out->trigger->rule, "state")))) {
        size_t cs = n->start, ce = out->subject->start >= n->end ? out->subject->end : n->end;
        const xd_mention *pr = S_right_after(c, ma, mb, ce, XP_PRONOUN);
        out->among = cs < ce && pr && S_partitive_pronoun(c, pr);
    }
    if (out->subject && S_among_before(c, ma, mb, k, lead))
        out->among = 1;
    /* "the running tally had reached 142", "officials put it at 6,000": a figure phrase (frame=1) with no event word
     * beside it counts the people the text is about, as a bare figure framed by "the figure" does; its event comes
     * from the sentence or the figure before it (only when nothing else gives one) */
    if (out->subject && out->subject->role && xp_attr_get(out->subject->rule, "frame") && !out->adjacent)
        out->anaphoric = 1;
    /* Twenty-sixth session. "Ahora la lista pasa de 1.850", "o número já supera os 900", "the tally now exceeds
     * 400": a word for what the count exceeds (pre=1, no frame) right after a word naming the figure itself
     * (the claim pronoun: "la lista", "o número", "the tally") has no people noun of its own: the figure is the
     * one the text is about, and takes its event as a framed figure does */
    if (out->subject && out->subject->role && !out->adjacent && !out->anaphoric && S_claim_word_before(c, ma, mb, out->subject->start))
        out->anaphoric = 1;
    /* the word a relative clause after the count ends on, not the clause's own, says what became of them */
    if (!(out->subject && (out->subject->role || out->subject->event == XD_EVENT_NONE))) {
        size_t tail = out->subject && out->subject->start > n->start ? out->subject->end : n->end;
        const xd_mention *inner = NULL, *mv = S_after_relative(c, tail, ma, mb, &inner);
        if (mv && (!out->adjacent || (out->trigger && out->trigger->start >= inner->start && out->trigger->end <= inner->end))) {
            out->trigger = mv;
            out->adjacent = 1;
            xc_trace(c, "number %lld: \"%.*s\" after the relative clause of the count", (long long)n->value,
                     (int)(mv->end - mv->start), t + mv->start);
        }
    }
    /* an apposition between the count (its noun, if any) and its verb: the verb after it says what became of them */
    if (!out->adjacent && !(out->subject && (out->subject->role || out->subject->start < n->start))) {
        const xd_mention *ap = S_apposition_subject(c, k, ma, mb, out->subject ? out->subject->end : n->end);
        if (ap && ap->kind == XP_TRIGGER) {
            out->trigger = ap;
            out->adjacent = 1;
            xc_trace(c, "number %lld: the subject of \"%.*s\" (an apposition between)", (long long)n->value,
                     (int)(ap->end - ap->start), t + ap->start);
            return 1;
        }
        if (ap && !out->subject) {
            out->subject = ap;
            xc_trace(c, "number %lld: the subject of \"%.*s\" (an apposition between)", (long long)n->value,
                     (int)(ap->end - ap->start), t + ap->start);
            return 1;
        }
    }
    if (out->subject || out->adjacent)
        return 1;
    const xd_mention *av = S_aside_subject(c, k, ma, mb, n->end);
    if (av) {
        if (av->kind == XP_TRIGGER) {
            out->trigger = av;
            out->adjacent = 1;
        } else
            out->subject = av;
        xc_trace(c, "number %lld: the subject of \"%.*s\" (an aside of reporting between)", (long long)n->value,
                 (int)(av->end - av->start), t + av->start);
        return 1;
    }
    const xd_mention *pv = S_passive_subject(c, k, ma, mb);
    if (pv) {
        out->trigger = pv;
        out->adjacent = 1;
        xc_trace(c, "number %lld: the subject of \"%.*s\" (a noun phrase, then a passive)", (long long)n->value,
                 (int)(pv->end - pv->start), t + pv->start);
        return 1;
    }
    /* "Foro Penal solo había confirmado 156 y…", "Romero elevó a 104 la cifra": a bare figure that a reporting
     * verb or a word for "the figure" frames counts the people the text is about; its event comes from the
     * sentence or from the figure before it. */
    /* Twenty-sixth session: a word naming the figure may stand a few words before it (S_figure_word_gap) */
    int ends_phrase = S_ends_phrase(c, n, ma, mb) || S_restates_claim(c, n->value, ma, mb);
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        int framed = ends_phrase && m->end <= lead &&
                     ((m->kind == XP_CUE && xc_gap_words(t, m->end, lead, 1, 4)) ||
                      (m->kind == XP_PRONOUN && m->role == XD_REF_CLAIM &&
                       (xc_gap_words(t, m->end, lead, 1, 6) || S_figure_word_gap(c, m, lead, ma, mb))));
        if (framed) {
            out->anaphoric = 1;
            return 1;
        }
    }
    /* "a las que añadía otras 187", "and another 40": a figure marked as more of the same after a figure of the
     * sentence counts the same people */
    if (out->qual && xp_attr_get(out->qual->rule, "other"))
        for (size_t q = ma; q < k; q++)
            if (xc_num(&d->ments[q])) {
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
        xc_trace(c, "number %lld: what \"%.*s\" number (a figure after a copula)", (long long)n->value,
                 (int)(pm->end - pm->start), t + pm->start);
        return 1;
    }
    /* "Quantos foram presos? Seis perguntas, 60 anos depois": a figure before a plural noun no lexicon knows counts
     * those things, and answers no question about people (twenty-ninth session) */
    out->asked = S_unknown_plural_after(c, n, ma, mb) ? 0 : xc_question_event(c, k);
    if (!out->asked) {
        if (!S_copula_opens(c, n, ma, mb, lead))
            return 0;
        out->anaphoric = 1;
        xc_trace(c, "number %lld: a figure after a copula that opens its clause (the people the text is about)",
                 (long long)n->value);
        return 1;
    }
    /* not a whole named again ("Das 89, 85 foram soltas"), nor a figure the text already gave */
    for (size_t q = k; q-- > ma && d->ments[q].start + 40 >= lead;)
        if (d->ments[q].kind == XP_PARTITIVE && d->ments[q].end <= lead && xc_gap_words(t, d->ments[q].end, lead, 0, 2))
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
static int S_part_does_other(xc_ctx *c, const xd_mention *n, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    const xd_mention *pro = NULL;
    for (size_t q = ma; q < mb && !pro; q++)
        if (S_partitive_pronoun(c, &d->ments[q]) && d->ments[q].start >= n->end &&
            xc_gap_words(d->text.text, n->end, d->ments[q].start, 0, 2))
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
            xc_trace(c, "count %lld: a part of the group before it that did something else (\"%.*s\")",
                     (long long)n->value, (int)(m->end - m->start), d->text.text + m->start);
            return 1;
        }
    }
    return 0;
}

/* "El Gobierno habla de 116 liberados, pero nosotros solo hemos podido confirmar 56.", "the ministry speaks of
 * 300 detainees, but our lawyers alone have assisted more than 350": a bare figure closing the clause that
 * answers a count across a clause break counts the same people (its event comes from that count). */
int xc_contrast_count(xc_ctx *c, const xc_count *prev, size_t k, size_t ma, size_t mb, xc_count *out)
{
    const extract_doc *d = c->d;
    const xd_mention *n = &d->ments[k];
    if (!S_ends_phrase(c, n, ma, mb))
        return 0;
    int brk = 0;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->start >= prev->num->end && m->end <= n->start) {
            if (xc_num(m) && m != n)
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
    xc_trace(c, "count %lld: a figure answering the count before it", (long long)n->value);
    return 1;
}

/* Twenty-eighth session: "Ukraine received 230 people and Russia 248", "y Rusia a 248", "e a Rússia 248": the
 * count repeated for another subject, its verb and noun left out (gapping). The actor named right before the figure
 * (an object word such as Spanish "a" may stand between: `gap_object_words`) opens with a conjunction (`gap_words`),
 * an article (`gap_article_words`) allowed between. Returns that actor, else NULL. */
static const xd_mention *S_gapped_actor(xc_ctx *c, size_t ma, size_t mb, size_t pe, size_t lead)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t e = lead;
    while (e > pe && xc_is_space(t[e - 1]))
        e--;
    size_t b = e;
    while (b > pe && !xc_is_space(t[b - 1]))
        b--;
    if (b < e && xc_words_before(c, "gap_object_words", b, e, XC_LOWER)) {
        e = b;
        while (e > pe && xc_is_space(t[e - 1]))
            e--;
    }
    const xd_mention *actor = NULL;
    for (size_t q = ma; q < mb && !actor; q++)
        if (d->ments[q].kind == XP_ACTOR && d->ments[q].end == e && d->ments[q].start >= pe)
            actor = &d->ments[q];
    if (!actor)
        return NULL;
    /* the article before the name, then the conjunction */
    e = actor->start;
    while (e > pe && xc_is_space(t[e - 1]))
        e--;
    b = e;
    while (b > pe && !xc_is_space(t[b - 1]) && t[b - 1] != ',')
        b--;
    if (b < e && xc_words_before(c, "gap_article_words", b, e, XC_LOWER)) {
        e = b;
        while (e > pe && xc_is_space(t[e - 1]))
            e--;
        b = e;
        while (b > pe && !xc_is_space(t[b - 1]) && t[b - 1] != ',')
            b--;
    }
    if (b == e || !xc_words_before(c, "gap_words", b, e, XC_LOWER))
        return NULL;
    return actor;
}

/* "police had detained 62 people in Istanbul and 23 in Ankara", "27 arrests on Saturday and 40 on Sunday", "unas
 * 5.000 personas fueron internadas en las dos semanas siguientes, y unas 10.000 en todo el periodo": a bare figure
 * right after a conjunction (gap_words) that closes its phrase or opens a place or time phrase (locative_words, a
 * date) repeats the count before it with its noun and verb left out. It counts the same kind of people for the same
 * event (the claims stage gives it that count's event), but it does not answer it: both figures assert. Nothing but
 * the earlier count's own event word may stand between them: no other figure, reporting verb or event word. */
int xc_gapped_count(xc_ctx *c, const xc_count *prev, size_t k, size_t ma, size_t mb, xc_count *out)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    const xd_mention *n = &d->ments[k];
    int prev_event = prev->trigger ? prev->trigger->event : prev->subject && !prev->subject->role ? prev->subject->event : -1;
    /* with a new subject named before the figure (S_gapped_actor), the earlier count may take its event from an
     * event word of the sentence before it ("En el canje, Ucrania recibió a 230 personas y Rusia a 248") */
    int sentence_event = 0;
    if (prev_event < 0)
        for (size_t q = ma; q < mb && !sentence_event; q++)
            sentence_event = d->ments[q].kind == XP_TRIGGER && d->ments[q].event != XD_EVENT_NONE &&
                             d->ments[q].start < prev->num->start;
    if ((prev_event < 0 && !sentence_event) || prev_event == XD_EVENT_NONE || prev->anaphoric || prev->asked)
        return 0;
    const xd_mention *qual = S_qualifier_of(c, n, ma, mb);
    size_t lead = qual && qual->start < n->start ? qual->start : n->start;
    size_t ps, pe;
    xc_count_span(prev, &ps, &pe);
    if (pe > lead || lead - pe > 120)
        return 0;
    /* the conjunction right before the figure (and its qualifier), after an optional comma */
    size_t e = lead;
    while (e > pe && xc_is_space(t[e - 1]))
        e--;
    size_t b = e;
    while (b > pe && !xc_is_space(t[b - 1]) && t[b - 1] != ',')
        b--;
    const xd_mention *actor = NULL;
    if (b == e || !xc_words_before(c, "gap_words", b, e, XC_LOWER)) {
        actor = S_gapped_actor(c, ma, mb, pe, lead);
        if (!actor)
            return 0;
    } else if (prev_event < 0)
        return 0;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &d->ments[q];
        if (m->start < pe || m->end > lead || m == prev->trigger || m == prev->subject || m == actor)
            continue;
        if (xc_num(m) || m->kind == XP_CUE || m->kind == XP_TRIGGER || m->kind == XP_SUBJECT || m->kind == XP_PRONOUN)
            return 0;
    }
    /* what follows: the end of the phrase, a place word or a date */
    int closes = S_ends_phrase(c, n, ma, mb);
    size_t a = n->end;
    while (a < d->sents[n->sent].end && xc_is_space(t[a]))
        a++;
    size_t w = a;
    while (w < d->sents[n->sent].end && !xc_is_space(t[w]) && t[w] != ',' && t[w] != '.')
        w++;
    if (!closes && w > a && xc_words_before(c, "locative_words", a, w, XC_LOWER))
        closes = 1;
    for (size_t q = ma; q < mb && !closes; q++)
        if (d->ments[q].kind == XP_DATE && d->ments[q].start == a)
            closes = 1;
    if (!closes || S_part_does_other(c, n, ma, mb))
        return 0;
    memset(out, 0, sizeof *out);
    out->num = n;
    out->event = -1;
    out->qual = qual;
    out->gapped = prev;
    xc_trace(c, "count %lld: the count before it again, its noun and verb left out", (long long)n->value);
    return 1;
}

/* Distance in bytes between a count phrase [s,e) and a mention (0 when they touch or overlap). */
size_t xc_distance(size_t s, size_t e, const xd_mention *m)
{
    return m->end <= s ? s - m->end : m->start >= e ? m->start - e : 0;
}

/* Start and end of a count phrase: the number and the people noun after it. */
void xc_count_span(const xc_count *cnt, size_t *s, size_t *e)
{
    *s = cnt->num->start;
    *e = cnt->subject && cnt->subject->start >= cnt->num->end ? cnt->subject->end : cnt->num->end;
}

/* Whether two count phrases are coordinated ("13 reféns israelenses e quatro cidadãos tailandeses"): only
 * a comma, dash or conjunction and a few words between them, and no verb. */
int xc_coordinated(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b)
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
    for (size_t i = a; i < b; i++) {
        if (i > a && !xc_is_space(t[i - 1]))
            continue;
        size_t n = xc_listed_at(c, "relative_pronouns", i, b, XC_LOWER | XC_ALL_LANGS);
        if (!n)
            n = xc_listed_at(c, "who_words", i, b, XC_LOWER | XC_ALL_LANGS); /* and "that" */
        if (n && (n == b || xc_is_space(t[n]) || t[n] == ','))
            return 0;
    }
    for (size_t i = a; i < b; i++)
        if (t[i] == ',' || t[i] == '-' || (i + 1 < b && xc_is_space(t[i]) && (t[i + 1] == 'y' || t[i + 1] == 'e') &&
                                            i + 2 < b && xc_is_space(t[i + 2])) ||
            (i + 4 < b && strncmp(t + i, " and ", 5) == 0) || (unsigned char)t[i] == 0xE2)
            return 1;
    return 0;
}

/* Whether a count's event may be set by the list it stands in: it has no event word of its own beside it, or only
 * its noun's ("cinco alemães", "sete presos políticos": the noun says how they came to be held, not what the list
 * says became of them). */
static int S_list_may_take(const xc_ctx *c, const xc_count *cnt, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    if (cnt->adjacent && cnt->trigger &&
        !(cnt->subject && cnt->trigger->start >= cnt->subject->start && cnt->trigger->end <= cnt->subject->end))
        return 0;
    /* nor a verb of its own after it ("30 personas: 20 siguen presas"), unless a relative clause holds it ("12
     * people who were minors when they were arrested" describes them) */
    size_t tail = cnt->num->end;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->start < tail || m->dead)
            continue;
        if (xc_num(m))
            break;
        if (m->kind != XP_TRIGGER || m->event < 0 || m->event == XD_EVENT_NONE ||
            (cnt->subject && m->start >= cnt->subject->start && m->end <= cnt->subject->end))
            continue;
        int relative = 0, stop = 0;
        for (size_t i = tail; i < m->start && !relative && !stop; i++) {
            if (t[i] == ',' || t[i] == ';' || t[i] == ':')
                stop = 1;
            else if (xc_is_space(t[i - 1]) && xc_letter_byte((unsigned char)t[i])) {
                size_t e = i;
                while (e < m->start && xc_letter_byte((unsigned char)t[e]))
                    e++;
                relative = S_fold_word_in(d, "who_words", xc_fold_at(d, i), xc_fold_at(d, e));
            }
        }
        if (stop)
            break;
        if (!relative)
            return 0;
    }
    return 1;
}

/* "tirou da prisão 16 pessoas detidas na Rússia: quatro americanos, cinco alemães e sete presos políticos russos",
 * "the release of 476 people, among them 55 women and 13 people who were children when arrested": the parts of a
 * total listed after a colon, and a part coordinated with the part before it, share the total's event. Returns
 * the event for counts[i], or -1. part_i is the index of the count that took a group's event last (SIZE_MAX for
 * none), part_event that event. */
int xc_list_part(const xc_ctx *c, const xc_count *counts, size_t i, size_t ma, size_t mb, size_t part_i, int part_event)
{
    const char *t = c->d->text.text;
    const xc_count *cnt = &counts[i];
    if (i == 0 || !S_list_may_take(c, cnt, ma, mb))
        return -1;
    size_t lead = cnt->qual ? cnt->qual->start : cnt->num->start;
    size_t ps, pe;
    xc_count_span(&counts[i - 1], &ps, &pe);
    /* the next part of a list whose part before it took the group's event */
    if (part_i == i - 1 && part_event >= 0 && part_event != XD_EVENT_NONE && pe <= lead && xc_coordinated(c, ma, mb, pe, lead))
        return part_event;
    /* the first part after a colon closing the total's phrase */
    int ev = counts[i - 1].event;
    if (ev < 0 || ev == XD_EVENT_NONE || pe > lead || lead - pe > 80)
        return -1;
    size_t p = lead;
    while (p > pe && xc_is_space(t[p - 1]))
        p--;
    if (p == pe || t[p - 1] != ':')
        return -1;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->start >= pe && m->end <= p && (xc_num(m) || m->kind == XP_CUE || m->kind == XP_CLAUSE))
            return -1;
    }
    return ev;
}

/* "Las 30 personas que iban a bordo, 28 activistas y dos periodistas, quedaron detenidas", "Os 90 reféns do avião,
 * 86 passageiros e quatro tripulantes, foram libertados": a total whose parts are listed in an apposition right after
 * it (a comma, then counts coordinated one after the other) shares the verb that follows the list; the parts took
 * it, the total stopped at its own noun. The parts must add up to the total exactly, so a list of other people
 * ("30 presos, 12 mujeres y dos periodistas" where only some are listed) never moves it. Returns the index of the
 * last part when counts[i] is such a total, else 0 (twentieth session). */
size_t xc_total_of_parts(const xc_ctx *c, const xc_count *counts, size_t n, size_t i, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    size_t ts, te;
    xc_count_span(&counts[i], &ts, &te);
    if (i + 2 >= n || counts[i].adjacent)
        return 0;
    long long total = counts[i].num->value + counts[i].plus, sum = 0;
    int ev = -1;
    size_t last = 0, pe = te;
    for (size_t j = i + 1; j < n && j <= i + 6; j++) {
        size_t s, e;
        xc_count_span(&counts[j], &s, &e);
        size_t lead = counts[j].qual ? counts[j].qual->start : s;
        if (lead < pe)
            return 0;
        if (j == i + 1) {
            /* the apposition opens with a comma within a short phrase after the total, no clause or verb between */
            if (lead - pe > 120 || xc_last_of(t, pe, lead, ',') == SIZE_MAX || xc_clause_between(c, ma, mb, pe, lead) ||
                xc_cue_between(c, ma, mb, pe, lead))
                return 0;
            for (size_t k = ma; k < mb; k++) {
                const xd_mention *m = &c->d->ments[k];
                if (m->kind == XP_TRIGGER && m->start >= pe && m->end <= lead)
                    return 0;
            }
        } else if (!xc_coordinated(c, ma, mb, pe, lead))
            return 0;
        if (counts[j].event < 0 || counts[j].event == XD_EVENT_NONE || (ev >= 0 && counts[j].event != ev))
            return 0;
        ev = counts[j].event;
        sum += counts[j].num->value + counts[j].plus;
        pe = e;
        if (sum == total && j >= i + 2) {
            last = j;
            break;
        }
        if (sum > total)
            return 0;
    }
    return last;
}

/* "2 mil pessoas presas desde abril, e a grande maioria foi liberada", "la mayoría fueron liberados", "most were
 * released the same day": an event word whose subject is a part of the people (lexicon part_words, possibly with
 * auxiliaries between: aux_words) says what happened to that part, not to the figure before it. */
int xc_part_subject(const xc_ctx *c, const xd_mention *m)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[m->sent].start, p = m->start;
    for (int n = 0; n < 4; n++) {
        if (xc_words_before(c, "part_words", lo, p, XC_ANY_CASE))
            return 1;
        size_t b, e;
        xc_word_before(t, lo, p, &b, &e);
        if (b == e || !S_fold_word_in(d, "aux_words", xc_fold_at(d, b), xc_fold_at(d, e)))
            return 0;
        p = b;
    }
    return 0;
}

/* "cerca de 700 reféns, incluindo sequestrados por motivos económicos", "more than 1,000 Lebanese held by Israel,
 * including the detainees at Khiam": an event word in an aside after the count that opens with a word of inclusion
 * (lexicon inclusion_words), at most three lower-case words before it, names some of the people or others beside
 * them: what it says is theirs, not the count's (nineteenth session). Whether the word at `at` is so, the count
 * ending at `ce`. */
static int S_in_inclusion(const xc_ctx *c, size_t ce, size_t at)
{
    const char *t = c->d->text.text;
    if (at < ce || at - ce > 160)
        return 0;
    size_t comma = xc_last_of(t, ce, at, ',');
    if (comma == SIZE_MAX)
        return 0;
    size_t p = comma + 1;
    while (p < at && xc_is_space(t[p]))
        p++;
    size_t n = xc_listed_at(c, "inclusion_words", p, at, XC_LOWER);
    return n && n <= at && (n == at || xc_is_space(t[n])) && xc_gap_words(t, n, at, 3, 32);
}

/* Whether the event word tr is an exchange (a word of lexicon exchange_words in it: "exchanged", "canje", "foram
 * trocados") and text[a,b) between one count and the next is only a word of return (counterpart_words: "for",
 * "por"): the later count is the other side of the exchange. */
static int S_counterpart_of(const xc_ctx *c, const xd_mention *tr, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    while (a < b && xc_is_space(t[a]))
        a++;
    if (b <= a || b - a > 12 || !xc_listed(c, "counterpart_words", a, b, XC_LOWER))
        return 0;
    return xc_listed_in(c, "exchange_words", tr->start, tr->end, XC_ANY_CASE) < tr->end;
}

/* Twenty-first session. Whether another count is the object of the event word m after count i: it starts inside m
 * ("fizeram 26 reféns", "took 26 hostages", where the phrase holds the figure) or right after it, with only spaces,
 * qualifiers, articles and the object marker "a" between ("sequestraram 26 pessoas", "detuvieron a unos 30",
 * "seized some 40").
 * "Seis homens armados entraram no edifício e fizeram 26 reféns": the verb's object is the 26; the six who took them
 * are its subject, not people taken, so the word is not theirs (as pt.other.assault says for "invadiram"). */
static int S_object_of_event(const xc_ctx *c, const xc_count *counts, size_t n_counts, size_t i, size_t ma,
                             size_t mb, const xd_mention *m)
{
    const char *t = c->d->text.text;
    for (size_t j = 0; j < n_counts; j++) {
        size_t os = counts[j].num->start;
        if (j == i || os < m->start)
            continue;
        if (os < m->end)
            return 1;
        if (os - m->end > 24)
            continue;
        size_t p = m->end;
        int ok = 1;
        while (p < os && ok) {
            if (xc_is_space(t[p])) {
                p++;
                continue;
            }
            size_t q = p;
            for (size_t k = ma; k < mb; k++)
                if (c->d->ments[k].kind == XP_QUALIFIER && c->d->ments[k].start == p && c->d->ments[k].end <= os)
                    q = c->d->ments[k].end;
            if (q == p) {
                while (q < os && !xc_is_space(t[q]))
                    q++;
                /* only an article or the object marker ("detuvieron a 30"): a preposition or conjunction
                 * ("deja el penal con 15 presos", "intercambio de mil", "were arrested and 500") opens another
                 * phrase */
                ok = xc_listed(c, "object_marker_words", p, q, XC_LOWER) ||
                     xc_listed(c, "plural_article_words", p, q, XC_LOWER);
            }
            p = q;
        }
        if (ok)
            return 1;
    }
    return 0;
}

/* The trigger of a rule with lead=1 (rel25.pat: a headline opening with the word for free) that ends at most 24
 * bytes before offset cs with only spaces, a colon, comma or dash, plural articles and words of apposition_words
 * between ("the", "all the", "los", "todos os"), or NULL. */
static const xd_mention *S_lead_word(xc_ctx *c, size_t ma, size_t mb, size_t cs)
{
    const char *t = c->d->text.text;
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->kind != XP_TRIGGER || m->end > cs || cs - m->end > 24 || !xp_attr_get(m->rule, "lead"))
            continue;
        size_t p = m->end;
        int ok = 1;
        while (p < cs && ok) {
            if (xc_is_space(t[p]) || t[p] == ':' || t[p] == ',' || t[p] == '-') {
                p++;
                continue;
            }
            size_t e = p;
            while (e < cs && !xc_is_space(t[e]))
                e++;
            /* "all", "todos": the one-word rows of apposition_words */
            ok = xc_listed(c, "plural_article_words", p, e, XC_ANY_CASE) ||
                 xc_listed(c, "apposition_words", p, e, XC_ANY_CASE);
            p = e;
        }
        if (ok)
            return m;
    }
    return NULL;
}

const xd_mention *xc_nearest_trigger(xc_ctx *c, const xc_count *counts, size_t n_counts, size_t i, size_t ma,
                                     size_t mb, size_t *dist)
{
    const xd_mention *cnt_lead;
    const xc_count *cnt = &counts[i];
    const xd_mention *best = NULL, *across = NULL, *coord = NULL;
    size_t bd = SIZE_MAX, ad = SIZE_MAX, cd = SIZE_MAX, cs, ce;
    xc_count_span(cnt, &cs, &ce);
    /* "Freed: the 42 abducted students", "Libres los 11 detenidos del 20N": a headline's opening word for free
     * (a trigger rule with lead=1) right before the article and the figure says what became of the people; the
     * participle inside their noun phrase only says what they were before (twenty-fifth session) */
    cnt_lead = S_lead_word(c, ma, mb, cs);
    if (cnt_lead) {
        *dist = cs - cnt_lead->end;
        return cnt_lead;
    }
    for (size_t q = ma; q < mb; q++) {
        const xd_mention *m = &c->d->ments[q];
        if (m->kind != XP_TRIGGER || (m->start < cnt->num->end && m->end > cnt->num->start))
            continue;
        /* "130 mortos e 3.636 detidos": another figure's own noun is not this count's event word */
        if (xc_noun_of_number(c, ma, mb, m, cnt->num))
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
            xc_words_before(c, "time_words", c->d->sents[cnt->num->sent].start, m->start, XC_LOWER))
            continue;
        if (m->start >= ce && xc_part_subject(c, m))
            continue;
        if (m->start >= ce && S_in_inclusion(c, ce, m->start))
            continue;
        if (m->start >= ce && S_object_of_event(c, counts, n_counts, i, ma, mb, m))
            continue;
        /* "os presos políticos no país, e vários detidos por participarem nos protestos …": a word right after one
         * of indefinite quantity (quantity_words) is the noun of another group (nineteenth session) */
        if (xc_words_before(c, "quantity_words", c->d->sents[cnt->num->sent].start, m->start, XC_ANY_CASE))
            continue;
        size_t dd = xc_distance(cs, ce, m);
        /* a noun coordinated with the count's own is its event word only when no other word is (S_coordinated_noun) */
        if (m->start >= ce && S_coordinated_noun(c, cnt, ma, mb, m)) {
            if (dd < cd)
                cd = dd, coord = m;
            continue;
        }
        size_t lo = m->end <= cs ? m->end : ce, hi = m->end <= cs ? cs : m->start;
        int blocked = 0;
        for (size_t j = 0; j < n_counts && !blocked; j++) {
            if (j == i)
                continue;
            size_t os, oe;
            xc_count_span(&counts[j], &os, &oe);
            /* "Israel exchanged three soldiers for 1,000 prisoners", "la troca de 52 presos por 3 reféns": the people
             * given in return, after a word of return right after the exchange's own object, went through the
             * exchange too (nineteenth session, swaps) */
            if (m->end <= os && oe <= cs && S_counterpart_of(c, m, oe, cs))
                continue;
            if (os >= lo && oe <= hi && hi > lo && m->end <= cs)
                blocked = 1; /* another count stands between the event word and this later count */
            /* "Of the 54 people we follow, only 11 have been let out": a count between this one and a later
             * event word takes it, unless the two are coordinated ("24 presos y 30 activistas fueron liberados") */
            else if (os >= lo && oe <= hi && hi > lo && m->start >= ce && !(xc_coordinated(c, ma, mb, ce, os) && os - ce <= 40))
                blocked = 1;
            /* "17 inmates had tested positive and three of them died": an event word after this count, closed by
             * a conjunction before the other count, is this count's verb, however near the other one is */
            else if (cnt->subject && cnt->subject->event >= 0 && xc_distance(os, oe, m) < dd &&
                     !xc_coordinated(c, ma, mb, ce <= os ? ce : oe, ce <= os ? os : cs) &&
                     !(m->start >= ce && os >= m->end && xc_only_conjunction(c, m->end, os)))
                blocked = 1;
        }
        /* "la Comisión, que asiste a parte de los arrestados, asegura que 33 personas pasaron la noche en los
         * calabozos": a word before the reporting verb describes its speaker; the count's own clause comes first */
        /* "situó la cifra en «cerca de 5.000» y advirtió de que la liberación de hoy …", "put the figure at about
         * 2,500 and said the count of arrests …": a figure with no people noun of its own does not take a word
         * that a second reporting verb, coordinated after it, says (nineteenth session) */
        if (!blocked && m->start >= ce && (!cnt->subject || cnt->subject->role)) {
            const xd_mention *cue = xc_cue_between(c, ma, mb, ce, m->start);
            if (cue && xc_words_before(c, "conjunction_words", ce, cue->start, XC_LOWER))
                continue;
        }
        if (!blocked && m->end <= cs && xc_cue_between(c, ma, mb, m->end, cs)) {
            if (dd < ad)
                ad = dd, across = m;
        } else if (!blocked && dd < bd)
            bd = dd, best = m;
    }
    /* "saudou a libertação, mas lembrou que as FARC mantêm ainda 44 reféns": a word before the reporting verb tells
     * what the speaker or the story did; a count whose noun says its own event keeps it, and takes that word
     * only when it has no event of its own (nineteenth session) */
    if (!best && !(cnt->subject && !cnt->subject->role && cnt->subject->event >= 0 &&
                   cnt->subject->event != XD_EVENT_NONE))
        best = across, bd = ad;
    if (!best)
        best = coord, bd = cd;
    *dist = bd;
    return best;
}

/* How many sentence starts lie after offset a up to offset b (a <= b), or the other way round. */
size_t xc_sentences_apart(const extract_doc *d, size_t a, size_t b)
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
