/* subjects.c - who says what: the subject of a reporting verb, pronouns and references resolved to the current
 * speaker, quotations and their speakers, offices and sound-bite labels (docs/design.md, "Claimants"). */
#include "claims_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static size_t S_sentence_before(const xc_ctx *c, size_t si);
static const xd_mention *S_actor_ending_at(const xc_ctx *c, size_t ma, size_t mb, size_t pos);
static int S_cue_subject_depth(xc_ctx *c, const xd_mention *cue, extract_actor *out, int depth);
static int S_quote_byline_at(xc_ctx *c, const xc_quote *q, extract_actor *out, size_t *at);
static const char *S_word_value(const xc_ctx *c, const char *name, size_t a, size_t b);

/* Whether the name an unnamed speaker was given ("alto funcionario del ministerio", "senior ministry official")
 * holds the last word of reference p ("el funcionario", "the official") as one of its lower-case words: the
 * description the reference repeats. ASCII case folding; the words are compared byte for byte otherwise. */
static int S_description_holds(const xc_ctx *c, const xd_mention *p, const char *name)
{
    const char *t = c->d->text.text;
    size_t e = p->end, b;
    while (e > p->start && !xc_is_space(t[e - 1]) && (t[e - 1] == '.' || t[e - 1] == ','))
        e--;
    b = e;
    while (b > p->start && !xc_is_space(t[b - 1]))
        b--;
    if (!name || e - b < 4 || (t[b] >= 'A' && t[b] <= 'Z'))
        return 0;
    for (const char *w = name; *w;) {
        const char *we = strchr(w, ' ');
        size_t n = we ? (size_t)(we - w) : strlen(w);
        if (n == e - b && strncasecmp(w, t + b, n) == 0 && !(w[0] >= 'A' && w[0] <= 'Z'))
            return 1;
        w += n;
        while (*w == ' ')
            w++;
    }
    return 0;
}

/* Whether an actor's folded name holds a word of the `armed_words` lexicon ("Frente", "Army", "Comando", "Jihad",
 * "Taliban"): the name of an armed group, which a reference to captors ("the hijackers", "el comando", armed=1)
 * may mean, where an airline, an oil company or the Red Cross named nearer may not (twenty-first session). */
static int S_armed_name(const xc_ctx *c, const xc_actor *a)
{
    const xp_table *tb = xp_table_get(c->d->pat, c->d->lang, "armed_words");
    if (!tb || !a->name)
        return 0;
    /* a name of one word ("Taliban", "FARC") has no folded copy: its ASCII lower case is looked up */
    char one[64];
    const char *f = a->fold;
    if (!f) {
        size_t k = 0;
        for (; a->name[k] && k < sizeof one - 1; k++)
            one[k] = (char)(a->name[k] >= 'A' && a->name[k] <= 'Z' ? a->name[k] + 32 : a->name[k]);
        one[k] = '\0';
        f = one;
    }
    for (size_t i = 0; f[i];) {
        while (f[i] && (f[i] == ' ' || f[i] == '-' || f[i] == '(' || f[i] == ')'))
            i++;
        size_t j = i;
        while (f[j] && f[j] != ' ' && f[j] != '-' && f[j] != '(' && f[j] != ')')
            j++;
        if (j > i && xp_table_find(tb, f + i, j - i) >= 0)
            return 1;
        i = j;
    }
    return 0;
}

/* Whether the actor mention starting at pos is a company's (`company=1`: "Air France"), which speaks for no
 * statement's "we": an airline in the opening scene carries people (twenty-fifth session). */
static int S_company_at(const xc_ctx *c, size_t pos)
{
    for (size_t k = 0; k < c->d->n_ments; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->start > pos)
            break;
        if (m->start == pos && m->kind == XP_ACTOR && xp_attr_get(m->rule, "company"))
            return 1;
    }
    return 0;
}

static int S_resolve_pronoun(xc_ctx *c, const xd_mention *p, extract_actor *out)
{
    if (p->role == XD_REF_SELF) {
        if (xc_quote_at(c, p->start) >= 0)
            return 0; /* inside a quotation "we" is the speaker's */
        /* in an interview's answer "we" and "I" are whoever answers; elsewhere "I" is no issuer */
        if (c->interviewee && c->answer && c->answer[c->d->sents[p->sent].para])
            return xc_give_actor(c->interviewee, out);
        if (xp_attr_get(p->rule, "singular"))
            return 0;
        for (size_t i = 0; i < c->n_actors; i++)
            if (c->actors[i].kind == EXTRACT_KIND_ORGANIZATION && c->actors[i].first < p->start &&
                !S_company_at(c, c->actors[i].first)) {
                out->name = c->actors[i].name;
                out->title = c->actors[i].title;
                out->kind = c->actors[i].kind;
                return 1;
            }
        return 0;
    }
    /* the description's head noun ("the ministry", "el partido", "o conselho"): its last word, folded */
    const extract_doc *d = c->d;
    size_t hs = xc_fold_at(d, p->start), he = xc_fold_at(d, p->end);
    while (he > hs && !((d->fold.data[he - 1] >= 'a' && d->fold.data[he - 1] <= 'z') ||
                        (unsigned char)d->fold.data[he - 1] >= 0x80))
        he--;
    size_t hb = he;
    while (hb > hs && !xc_is_space(d->fold.data[hb - 1]))
        hb--;
    const xc_actor *best = NULL;
    size_t best_at = 0;
    /* "la institución", "the body": either an organisation or a state organ */
    int any_body = xp_attr_get(p->rule, "body") != NULL;
    int armed = xp_attr_get(p->rule, "armed") != NULL;
    /* "la misma agencia", "the same newspaper" (media=1): the news outlet named last, whatever the head noun */
    if (xp_attr_get(p->rule, "media"))
        return xc_last_media(c, p, out);
    /* "segundo a mesma organização", "según la misma organización", "the same group said": the body a figure was
     * last attributed to, over a body named since without speaking ("…que nem a oposição nem a UE reconhecem") */
    if (p->role == XD_REF_ORG || p->role == XD_REF_GOV || any_body) {
        const char *f = d->fold.data;
        int same = 0;
        for (size_t w = hs; w < hb && !same; w++)
            same = (w == hs || xc_is_space(f[w - 1])) &&
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
        const xc_actor *a = &c->actors[i];
        size_t at = xc_seen_before(a, p->start);
        if (at >= p->start)
            continue;
        /* "«Temos hoje…», disse o sociólogo": a lone capitalised word opening a sentence or a quotation is rarely
         * the person a later reference means */
        if (p->role == XD_REF_PERSON && a->kind == EXTRACT_KIND_PERSON && !strchr(a->name, ' ') &&
            xc_opens_sentence(d->text.text, at))
            continue;
        int fits = (p->role == XD_REF_PERSON && a->kind == EXTRACT_KIND_PERSON) ||
                   (p->role == XD_REF_ORG && a->kind == EXTRACT_KIND_ORGANIZATION) ||
                   ((p->role == XD_REF_GOV || any_body) && a->kind == EXTRACT_KIND_GOVERNMENT);
        /* "the hijackers", "el comando" (armed=1): only an armed group's name */
        if (fits && armed && !S_armed_name(c, a))
            fits = 0;
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
    const xc_actor *named = p->role == XD_REF_ORG || p->role == XD_REF_GOV
                               ? xc_body_holding(c, d->fold.data + hb, he - hb, p->start)
                               : NULL;
    /* "El centro Memorial … contabiliza 770, una cifra que, según la organización, …": a fitting actor named
     * earlier in the reference's own sentence is meant, over a body named in another sentence */
    int near = best && best_at >= d->sents[p->sent].start;
    if (named && armed && named->kind != EXTRACT_KIND_ORGANIZATION)
        named = NULL; /* "o comando" is not "Comando israelita", a state's unit */
    if (named && !(near && xc_seen_before(named, p->start) < d->sents[p->sent].start))
        best = named;
    const xc_actor *titled = p->role == XD_REF_PERSON ? xc_latest_holding(c, d->fold.data + hb, he - hb, p->start, 1) : NULL;
    const char *holds = xp_attr_get(p->rule, "holds");
    if (holds && p->role == XD_REF_PERSON)
        titled = xc_latest_titled(c, holds, p->start);
    /* an unnamed official introduced since the titled person was last seen is the one meant */
    if (p->role == XD_REF_PERSON && !holds && he - hb >= 4 &&
        xc_unnamed_reference(c, p, d->fold.data + hb, he - hb, titled ? xc_seen_before(titled, p->start) : 0, out))
        return 1;
    if (titled)
        best = titled;
    else if (p->role == XD_REF_PERSON && !holds &&
             xc_title_reference(c, p, he - hb >= 4 ? d->fold.data + hb : NULL, he - hb >= 4 ? he - hb : 0,
                                best ? best_at : 0, out))
        return 1;
    /* "G. Kishan Reddy … said 5,161 people had been detained in Jammu and Kashmir. Of those, he said, 609…", "Laura
     * Pollán, esposa del preso Héctor Maseda, lamentó… «…», dijo la activista": a bare personal pronoun or a title
     * no learnt title settles (speaker=1) is whom the text gave the floor last, in its own sentence before it or in
     * the sentence before, when that is a person, over a person named since only as a place or an object */
    if (p->role == XD_REF_PERSON && !titled && xp_attr_get(p->rule, "speaker") && xc_quote_at(c, p->start) < 0) {
        extract_actor cur = {0};
        size_t sb = S_sentence_before(c, p->sent);
        /* a quotation the reference closes ("«… Los otros 45 siguen esperando», dijo la activista") is stepped
         * over to the sentence that opened it */
        if (sb != SIZE_MAX && xc_quote_at(c, c->d->sents[sb].start + 1) >= 0 &&
            xc_quote_at(c, c->d->sents[sb].start + 1) == xc_quote_at(c, c->d->sents[p->sent].start))
            sb = S_sentence_before(c, sb);
        /* not the verb the reference is the inverted subject of ("dijo este martes la activista") */
        size_t before = p->start, ma, mb;
        xc_range(c, p->sent, &ma, &mb);
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *m = &c->d->ments[k];
            if (m->kind == XP_CUE && m->end <= p->start && p->start - m->end <= 40 && m->start < before)
                before = m->start;
        }
        /* "Un alto funcionario del ministerio … negó esa cifra. …, dijo el funcionario": an unnamed speaker the
         * text named by its description (of a body's kind) is a person too when the description holds the
         * reference's head word (eighteenth session) */
        if ((xc_current_speaker(c, p->sent, before, &cur) ||
             (sb != SIZE_MAX && xc_current_speaker(c, sb, c->d->sents[p->sent].start, &cur))) &&
            (cur.kind == EXTRACT_KIND_PERSON || S_description_holds(c, p, cur.name))) {
            *out = cur;
            return 1;
        }
    }
    return xc_give_actor(best, out);
}

/* The current speaker of sentence sj up to offset `before`: whom the text last gave the floor there, outside
 * quotations: the claimant of the latest figure the sentence gave, else the subject of its last reporting verb
 * ("La APS … sostiene que el recuento se queda corto." → the APS, not the ministry named after the verb). What a
 * later sentence refers back to with an opinion phrase, a possessive or a verb with no subject of its own. */
int xc_current_speaker(xc_ctx *c, size_t sj, size_t before, extract_actor *out)
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
    xc_range(c, sj, &a, &b);
    for (size_t k = b; k-- > a;) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_CUE || m->end > before || xc_quote_at(c, m->start) >= 0 || xc_cue_in_name(c, m))
            continue;
        if (c->in_speaker)
            return 0;
        c->in_speaker = 1;
        int found = xc_cue_subject(c, m, out);
        c->in_speaker = 0;
        if (found) {
            xc_trace(c, "the current speaker of \"%.*s\": %s", (int)(m->end - m->start), d->text.text + m->start,
                     out->name);
            return 1;
        }
        return 0;
    }
    return 0;
}

/* The sentence before si for what carries over: the one before in the paragraph, or the last one of the paragraph
 * before; SIZE_MAX when there is none or it is a headline. */
static size_t S_sentence_before(const xc_ctx *c, size_t si)
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
int xc_interlocutor(const xc_ctx *c, const xd_mention *m, size_t lo)
{
    const char *t = c->d->text.text;
    size_t p = m->start;
    /* Twenty-fourth session: "conversamos com a historiadora X", "hablamos con el abogado laboralista X", "we spoke
     * with the historian X": an article and at most two lower-case words that say who the person is may stand
     * between the agent word and the name (not "of": "con la madre de X" is someone else) */
    {
        size_t q = m->start, b, e;
        int words = 0;
        for (;;) {
            xc_word_before(t, lo, q, &b, &e);
            unsigned char f = b < e ? (unsigned char)t[b] : 0;
            if (b >= e || !((f >= 'a' && f <= 'z') || f == 0xC3) || memchr(t + b, ',', e - b))
                break;
            if (xc_listed(c, "article_words", b, e, XC_LOWER) || xc_listed(c, "indefinite_words", b, e, XC_LOWER)) {
                size_t ab, ae;
                xc_word_before(t, lo, b, &ab, &ae);
                if (words > 0 && ab < ae && xc_listed(c, "agent_words", ab, ae, XC_LOWER))
                    p = ae; /* the name's description read: the agent word ends here */
                break;
            }
            if (++words > 2 || xc_listed(c, "of_words", b, e, XC_LOWER) || xc_listed(c, "agent_words", b, e, XC_LOWER))
                break;
            q = b;
        }
    }
    while (p > lo && xc_is_space(t[p - 1]))
        p--;
    while (p > lo && !xc_is_space(t[p - 1]))
        p--; /* the agent word */
    while (p > lo && xc_is_space(t[p - 1]))
        p--;
    size_t ma, mb;
    xc_range(c, m->sent, &ma, &mb);
    for (size_t k = ma; k < mb; k++)
        if (c->d->ments[k].kind == XP_DATE && c->d->ments[k].end == p && c->d->ments[k].start >= lo)
            p = c->d->ments[k].start;
    return xc_words_before(c, "floor_words", lo, p, XC_ANY_CASE);
}

static int S_topic_before(xc_ctx *c, const xd_mention *p, extract_actor *out)
{
    const extract_doc *d = c->d;
    long q = xc_quote_at(c, p->start);
    /* whom the text gave the floor: in the reference's own sentence before it, then (when that sentence names no
     * one before it) in the sentence before */
    if (q < 0 && xc_current_speaker(c, p->sent, p->start, out))
        return 1;
    size_t sp = S_sentence_before(c, p->sent);
    int own = 0;
    for (size_t k = xc_first_at(d, p->start); k-- > 0;) {
        const xd_mention *m = &d->ments[k];
        if (m->sent != p->sent && !own++ && q < 0 && sp != SIZE_MAX && xc_current_speaker(c, sp, p->start, out))
            return 1;
        if (m->sent + 1 < p->sent || d->sents[m->sent].para != d->sents[p->sent].para)
            break;
        if (m->end > p->start || xc_quote_at(c, m->start) != q || m->start < d->dateline_end)
            continue;
        if (!(m->kind == XP_ACTOR || (m->kind == XP_PRONOUN && (m->role == XD_REF_PERSON || m->role == XD_REF_ORG ||
                                                                m->role == XD_REF_GOV) && !xp_attr_get(m->rule, "topic"))))
            continue;
        /* "um deles, X, que integra uma rede de defensores voluntários. Na avaliação dele": a body told by a
         * description (described=1) speaks as the subject of its verb or after "según", never as a topic */
        if (m->kind == XP_ACTOR && xp_attr_get(m->rule, "described"))
            continue;
        size_t lo = d->sents[m->sent].start;
        if (xc_words_before(c, "place_words", lo, m->start, XC_ANY_CASE) ||
            xc_words_before(c, "link_words", lo, m->start, XC_LOWER | XC_ALL_LANGS) ||
            (xc_words_before(c, "agent_words", lo, m->start, XC_LOWER) && !xc_interlocutor(c, m, lo)))
            continue;
        if (xc_claimant_from(c, m, out)) {
            xc_trace(c, "possessive \"%.*s\": the nearest actor before, %s", (int)(p->end - p->start),
                     d->text.text + p->start, out->name);
            return 1;
        }
    }
    return 0;
}

/* Whether an actor read as a person is one capitalised word opening its sentence (past quotation marks and
 * dashes) that the text never gives as part of a longer name: "Nuestros observadores contaron", "Sumando
 * condenados y pendientes", "Speaking to reporters". A sentence's first word is capitalised whatever it is, and a
 * real speaker named by one word has been named in full before (xc_actor_of then gives the full name). */
/* The first mention from index k on, other than `skip`, that is an actor not opening its sentence whose words
 * hold `name` (n bytes); n_ments when none. */
static size_t S_name_written(const xc_ctx *c, const char *name, size_t n, size_t k, const xd_mention *skip)
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

/* "Jess, a supporter who has been waiting outside…, says", "Marta, una vecina que…", "Rui, um estudante que…": a
 * first name opening its sentence and introduced by an indefinite apposition that goes on as a relative clause is
 * the person the sentence is about, however few words the text gives its name (a body's apposition, "a monitoring
 * group", is read by the descriptor rules, not here). */
static int S_introduced_person(const xc_ctx *c, const xd_mention *m)
{
    const char *t = c->d->text.text;
    size_t hi = c->d->sents[m->sent].end, p = m->end;
    if (p + 2 >= hi || t[p] != ',' || t[p + 1] != ' ')
        return 0;
    p += 2;
    size_t ma, mb;
    xc_range(c, m->sent, &ma, &mb);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        if (o->kind == XP_PRONOUN && o->start == p && o->role != XD_REF_PERSON)
            return 0;
    }
    for (int w = 0; w < 4 && p < hi; w++) {
        size_t e = p;
        while (e < hi && t[e] >= 'a' && t[e] <= 'z')
            e++;
        if (e == p || e >= hi || (t[e] != ' ' && !(w >= 2 && t[e] == ',')))
            return 0;
        if (w == 0 && !xc_listed(c, "indefinite_words", p, e, XC_LOWER | XC_ALL_LANGS))
            return 0;
        if (w >= 2 && xc_listed(c, "relative_pronouns", p, e, XC_LOWER | XC_ALL_LANGS))
            return 1;
        p = e + 1;
    }
    return 0;
}

int xc_lone_opening_word(xc_ctx *c, const xd_mention *m, const extract_actor *who)
{
    if (who->kind != EXTRACT_KIND_PERSON || strchr(who->name, ' '))
        return 0;
    const char *t = c->d->text.text;
    size_t o = c->d->sents[m->sent].start, s = m->name_e > m->name_s ? m->name_s : m->start;
    while (o < s && s - o <= 6 &&
           (xc_is_space(t[o]) || t[o] == '"' || t[o] == '\'' || t[o] == '-' || t[o] == '(' || (unsigned char)t[o] >= 0x80))
        o++; /* “ ” « — are multibyte: any non-ASCII byte before a capital at the start is punctuation here */
    if (o != s)
        return 0;
    if (S_introduced_person(c, m))
        return 0;
    /* a name the text also writes inside a sentence is a name ("Bukele dijo … según Bukele"); where the text
     * first does so is kept per name, the text being the same for every mention that asks */
    size_t n = strlen(who->name), k;
    size_t e = xc_map_next(&c->written, who->name, n, SIZE_MAX);
    if (e != SIZE_MAX) {
        k = c->written.e[e].val;
    } else {
        k = S_name_written(c, who->name, n, 0, NULL);
        (void)xc_map_add(c->d, &c->written, who->name, n, k); /* out of memory: found again when asked again */
    }
    if (k < c->d->n_ments && &c->d->ments[k] == m)
        k = S_name_written(c, who->name, n, k + 1, m);
    return k == c->d->n_ments;
}

/* The length of the opening quotation mark that ends at pos ('"', '“', '«'), 0 when none. */
static size_t S_open_quote_before(const char *t, size_t lo, size_t pos)
{
    if (pos > lo && t[pos - 1] == '"')
        return 1;
    if (pos >= lo + 2 && (unsigned char)t[pos - 2] == 0xC2 && (unsigned char)t[pos - 1] == 0xAB)
        return 2; /* « */
    if (pos >= lo + 3 && (unsigned char)t[pos - 3] == 0xE2 && (unsigned char)t[pos - 2] == 0x80 &&
        (unsigned char)t[pos - 1] == 0x9C)
        return 3; /* “ */
    return 0;
}

/* "Jorge Torres Victoria, «Pablo Catatumbo», miembro de…", "Luiz da Costa, \"Beira-Mar\", disse": a person's name in
 * quotation marks right after another person's name and its comma is that person's nickname or nom de guerre, and
 * the claimant is the person the text names first, by their own name (twenty-third session). Returns that person's
 * mention, or NULL. The quoted name must close its quotation mark right after it. */
static const xd_mention *S_alias_of(const xc_ctx *c, const xd_mention *m)
{
    const char *t = c->d->text.text;
    const xd_sentence *s = &c->d->sents[m->sent];
    /* the quotation mark may open before a rank the alias carries ("\"Comandante Lucas\""): back over capitalised
     * words, at most 32 bytes */
    size_t b = m->start;
    while (b > s->start && m->start - b < 32 && !S_open_quote_before(t, s->start, b) && t[b - 1] != ',' &&
           t[b - 1] != '"' && t[b - 1] != '(')
        b--;
    size_t ql = S_open_quote_before(t, s->start, b);
    if (!ql || (b < m->start && !(t[b] >= 'A' && t[b] <= 'Z')) || b < s->start + ql + 2 || t[b - ql - 1] != ' ' ||
        t[b - ql - 2] != ',')
        return NULL;
    size_t e = m->end;
    if (!(e < s->end && (t[e] == '"' || (e + 1 < s->end && (unsigned char)t[e] == 0xC2 && (unsigned char)t[e + 1] == 0xBB) ||
                         (e + 2 < s->end && (unsigned char)t[e] == 0xE2 && (unsigned char)t[e + 1] == 0x80 &&
                          (unsigned char)t[e + 2] == 0x9D))))
        return NULL;
    size_t ma, mb;
    xc_range(c, m->sent, &ma, &mb);
    const xd_mention *real = S_actor_ending_at(c, ma, mb, b - ql - 2);
    return real && real->kind == XP_ACTOR && real->actor_kind == EXTRACT_KIND_PERSON ? real : NULL;
}

int xc_claimant_from(xc_ctx *c, const xd_mention *m, extract_actor *out)
{
    if (m->kind == XP_ACTOR && m->actor_kind == EXTRACT_KIND_PERSON) {
        const xd_mention *real = S_alias_of(c, m);
        if (real) {
            xc_trace(c, "\"%.*s\" in quotation marks after a person's name is that person's alias",
                     (int)(m->end - m->start), c->d->text.text + m->start);
            m = real;
        }
    }
    if (m->kind == XP_ACTOR && xp_attr_get(m->rule, "document"))
        return 0; /* "el Informe Anual …": a publication says nothing; its publisher does */
    if (m->kind == XP_ACTOR && xp_attr_get(m->rule, "facility"))
        return 0; /* "Harare Remand", "la Cárcel de Tocorón": a prison is where people are held, not who speaks */
    if (m->kind == XP_ACTOR && xp_attr_get(m->rule, "noname"))
        return 0; /* "Desta vez anunciou": a capitalised function word is no one */
    if (xc_after_place(c, m))
        return 0; /* "outside the 79th Precinct", "em Black Beach": a place */
    const char *viral = m->kind == XP_ACTOR ? xp_attr_get(m->rule, "viral") : NULL;
    if (viral && strcmp(viral, "post") == 0)
        return 0; /* "una publicación": the checked claim's, and only in a fact check (xc_viral_source) */
    if (m->kind == XP_ACTOR) {
        xc_actor_of(c, m, out);
        if (out->name && xc_lone_opening_word(c, m, out)) {
            xc_trace(c, "\"%s\" opens its sentence and the text names no one so: no name", out->name);
            out->name = NULL;
        }
        return out->name != NULL;
    }
    if (m->kind == XP_PRONOUN && xp_attr_get(m->rule, "topic"))
        return S_topic_before(c, m, out); /* never the words "sus datos" themselves */
    if (m->kind == XP_PRONOUN) {
        /* "la ONG Foro Penal", "the rights group Viasna": a descriptor followed by the name is the name */
        size_t ma, mb;
        xc_range(c, m->sent, &ma, &mb);
        /* "la Coordinadora …, un colectivo que …": a descriptor in apposition (one that gives a kind) is the name
         * before its comma */
        const xd_mention *named = m->actor_kind >= 0 && m->start >= 2 && c->d->text.text[m->start - 2] == ','
                                      ? S_actor_ending_at(c, ma, mb, m->start - 2)
                                      : NULL;
        if (named && named->kind == XP_ACTOR && !xc_apposition_says(c, m)) {
            xc_actor_of(c, named, out);
            if (out->kind == EXTRACT_KIND_PERSON || out->kind == EXTRACT_KIND_UNKNOWN)
                out->kind = m->actor_kind;
            return out->name != NULL;
        }
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *a = &c->d->ments[k];
            /* also over a name's own article: "el diario The Texas Tribune" */
            int art = a->start > m->end + 1 && a->start <= m->end + 6 && xc_is_space(c->d->text.text[m->end]) &&
                      xc_is_space(c->d->text.text[a->start - 1]) && c->d->text.text[m->end + 1] >= 'A' &&
                      c->d->text.text[m->end + 1] <= 'Z' &&
                      !memchr(c->d->text.text + m->end + 1, ' ', a->start - 1 - (m->end + 1));
            /* "o advogado criminalista Renato Falcão Teixeira", "el abogado penalista Ana Ruiz": a title and
             * up to two lower-case words qualifying it before a person's name */
            int qual = !art && a->kind == XP_ACTOR && a->start > m->end + 1 && m->actor_kind < 0 &&
                       m->role != XD_REF_ORG && m->role != XD_REF_GOV && xc_lower_words(c->d->text.text, m->end + 1,
                                                                                     a->start, 2) &&
                       !memchr(c->d->text.text + m->end, ',', a->start - m->end) &&
                       a->actor_kind == EXTRACT_KIND_PERSON;
            if (a->kind == XP_ACTOR && a->start >= m->end && (a->start <= m->end + 1 || art || qual)) {
                xc_actor_of(c, a, out);
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
                    while (we < hi && !xc_is_space(t[we]) && t[we] != ',' && t[we] != '.' && t[we] != ';' &&
                           t[we] != ':' && t[we] != ')' && t[we] != '"')
                        we++;
                    e = we;
                    if (e + 1 < hi && t[e] == ' ' && t[e + 1] >= 'A' && t[e + 1] <= 'Z')
                        e++;
                    else
                        break;
                }
            while (e > s && xc_is_space(t[e - 1]))
                e--;
            if (e > s + 1) {
                out->name = xc_dup(c, s, e);
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
        /* a reference to captors with no armed group named before stays unresolved: "the six gunmen" are no body
         * that reports a figure; nor does "the company" (resolved=1): a firm is never named by its description */
        if ((m->role == XD_REF_ORG || m->role == XD_REF_GOV) && !xp_attr_get(m->rule, "media") &&
            !xp_attr_get(m->rule, "armed") && !xp_attr_get(m->rule, "resolved") && memchr(c->d->text.text + m->start, ' ', m->end - m->start)) {
            size_t s = m->start, e = m->end;
            xc_skip_article(c->d->text.text, &s, e);
            out->name = xc_dup(c, s, e);
            out->title = NULL;
            out->kind = m->actor_kind >= 0 ? m->actor_kind
                        : m->role == XD_REF_GOV ? EXTRACT_KIND_GOVERNMENT : EXTRACT_KIND_ORGANIZATION;
            return out->name != NULL;
        }
    }
    return 0;
}

/* The actor or person reference whose mention ends exactly at pos, or NULL. */
static const xd_mention *S_actor_ending_at(const xc_ctx *c, size_t ma, size_t mb, size_t pos)
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

/* xc_is_space, inlined here: xc_words_before is asked at every word end of some sentences */
static inline int S_space(char ch) { return ch == ' ' || ch == '\n' || ch == '\t'; }

/* Whether the one to three words that end at pos (spaces apart, not before lo) form an entry of the lexicon
 * `name` (patterns/<lang>/lexicon.pat: link_words, place_words, agent_words, time_words): one helper for every
 * "is the word before this a ..." test, with the vocabulary as pattern data. The words are compared folded; flags
 * say which case the first letter must have and whether other languages' lexicons count too. */
int xc_words_before(const xc_ctx *c, const char *name, size_t lo, size_t pos, int flags)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t e = pos;
    while (e > lo && S_space(t[e - 1]))
        e--;
    size_t b = e;
    /* the tables, looked up once, the longest of their keys, and the folded span of the words read so far: each
     * n-gram's folded start is found by walking back from the last one's (the fold map only grows) rather than by
     * two bisections of the whole map per n-gram */
    const xp_table *tabs[XP_NLANG];
    int n_tabs = -1;
    size_t max_len = 0, fe = 0, fb = 0;
    for (int n = 1; n <= 3 && b > lo; n++) {
        if (n > 1) {
            if (!S_space(t[b - 1]))
                break;
            while (b > lo && S_space(t[b - 1]))
                b--;
        }
        while (b > lo && !S_space(t[b - 1]))
            b--;
        if (b == e)
            break;
        int upper = t[b] >= 'A' && t[b] <= 'Z';
        if (!(flags & (upper ? XC_UPPER : XC_LOWER)))
            continue;
        if (n_tabs < 0) {
            n_tabs = 0;
            for (int l = 0; l < XP_NLANG; l++) {
                if (l != d->lang && !(flags & XC_ALL_LANGS))
                    continue;
                const xp_table *tab = xc_table(c, l, name);
                if (!tab)
                    continue;
                tabs[n_tabs++] = tab;
                if (tab->max_len > max_len)
                    max_len = tab->max_len;
            }
            fb = fe = xc_fold_at(d, e);
        }
        while (fb > 0 && xn_map(&d->fold, fb - 1) >= b)
            fb--;
        char key[64];
        size_t kl = 0;
        int space = 0, fit = 1;
        for (size_t f = fb; f < fe && fit; f++) {
            char ch = d->fold.data[f];
            if (S_space(ch)) {
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
        /* a key longer than every row is in none, nor is any of the longer ones of more words that hold it */
        if (kl > max_len)
            return 0;
        if (!fit || !kl)
            continue;
        /* a key whose last word ends no row's key is in none; nor is any longer one, which holds this one after a
         * space (when a space comes before it in the folded text) */
        const char *lw = key + kl;
        while (lw > key && lw[-1] != ' ')
            lw--;
        int ends = 0;
        for (int k = 0; k < n_tabs && !ends; k++)
            ends = xp_table_ends_with(tabs[k], lw, (size_t)(key + kl - lw));
        if (!ends) {
            if (fb == 0 || S_space(d->fold.data[fb - 1]))
                return 0;
            continue;
        }
        size_t h = xp_table_hash(key, kl);
        for (int k = 0; k < n_tabs; k++)
            if (xp_table_find_hashed(tabs[k], key, kl, h) >= 0)
                return 1;
    }
    return 0;
}

/* "La cartera que conduce Patricia Bullrich", "the ministry that Ana Pérez heads", "o órgão chefiado por X": a
 * name inside a relative clause describes the head before it. Returns the head (an actor or reference ending
 * right before the relative word), or NULL. */
static const xd_mention *S_relative_head(const xc_ctx *c, const xd_mention *a, size_t lo, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    size_t pos = a->start;
    int found = 0;
    for (int w = 0; w < 3 && pos > lo; w++) {
        while (pos > lo && xc_is_space(t[pos - 1]))
            pos--;
        size_t b = pos;
        while (b > lo && !xc_is_space(t[b - 1]) && t[b - 1] != ',')
            b--;
        unsigned char f = (unsigned char)t[b];
        if (b == pos || !((f >= 'a' && f <= 'z') || (f >= 0xC3 && f <= 0xC5)))
            break;
        found = xc_listed(c, "who_words", b, pos, XC_LOWER | XC_ALL_LANGS) ||
                xc_listed(c, "passive_agent_words", b, pos, XC_LOWER | XC_ALL_LANGS);
        pos = b;
        if (found)
            break;
    }
    if (!found)
        return NULL;
    while (pos > lo && xc_is_space(t[pos - 1]))
        pos--;
    const xd_mention *h = S_actor_ending_at(c, ma, mb, pos);
    if (!h || (h->kind == XP_ACTOR && h->actor_kind == EXTRACT_KIND_PERSON) ||
        (h->kind == XP_PRONOUN && h->role == XD_REF_PERSON))
        return NULL; /* "the lawyer who represents X": the person is who speaks either way */
    return h;
}

/* Whether [a,b) holds one to `most` lower-case words and spaces only ("subcomissário ", "the minister "). */
int xc_lower_words(const char *t, size_t a, size_t b, int most)
{
    int words = 0;
    for (size_t i = a; i < b;) {
        unsigned char f = (unsigned char)t[i];
        if (!((f >= 'a' && f <= 'z') || f == 0xC3))
            return 0;
        while (i < b && !xc_is_space(t[i]))
            i++;
        while (i < b && xc_is_space(t[i]))
            i++;
        words++;
    }
    return words >= 1 && words <= most;
}

/* "el Ministerio … difundió un comunicado en el que cifraba en 116", "issued a statement in which it put the number
 * at", "publicou uma nota na qual estimava": a verb inside a relative clause on what the subject put out speaks
 * for that subject. When the cue follows such a relative ("en el que", "in which (it)", "no qual") and at most six
 * lower-case words ("había difundido un comunicado") separate it from an actor, that actor is the subject. */
static const xd_mention *S_document_relative(const xc_ctx *c, const xd_mention *cue, size_t lo, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    size_t pos = SIZE_MAX, b = cue->start;
    for (int w = 0; w < 3 && b > lo && t[cue->start - 1] == ' '; w++) { /* the longest phrase of in_which_words */
        size_t wb, we;
        xc_word_before(t, lo, b, &wb, &we);
        if (wb == we)
            break;
        b = wb;
        if (xc_listed(c, "in_which_words", b, cue->start, XC_LOWER | XC_ALL_LANGS))
            pos = b;
    }
    if (pos == SIZE_MAX)
        return NULL;
    for (int w = 0; w < 7 && pos > lo; w++) {
        while (pos > lo && xc_is_space(t[pos - 1]))
            pos--;
        const xd_mention *a = S_actor_ending_at(c, ma, mb, pos);
        if (a)
            return w > 1 ? a : NULL; /* a verb and its object at least stand between */
        size_t b = pos;
        while (b > lo && !xc_is_space(t[b - 1]))
            b--;
        unsigned char f = (unsigned char)t[b];
        if (b == pos || !((f >= 'a' && f <= 'z') || f >= 0xC3) || memchr(t + b, ',', pos - b))
            return NULL; /* a capitalised word the rules did not name, or a clause break */
        pos = b;
    }
    return NULL;
}

/* The length of the relative pronoun (lexicon relative_pronouns: "que", "quien", "who", "which", "o qual") that
 * opens a clause on the name before it at text[b], with the space after it; 0 when there is none. */
size_t xc_relative_word(const xc_ctx *c, size_t b)
{
    const char *t = c->d->text.text;
    size_t e = xc_listed_at(c, "relative_pronouns", b, c->d->text.len, XC_LOWER | XC_ALL_LANGS);
    return e && e < c->d->text.len && t[e] == ' ' ? e + 1 - b : 0;
}

/* "Juan Sebastián Chamorro, director ejecutivo de la Alianza Cívica, quien afirmó…", "Ana Ruiz, a lawyer with the
 * Legal Aid Centre, who said…": a relative word that only stands for people (`person_relative_words`, at [rb,re))
 * after a body (a) that closes a person's apposition means the person the apposition describes, not the body
 * (twentieth session). Returns that person, or NULL. The person's name is followed by the apposition's comma, no
 * verb stands between it and the body, and it ends at most 160 bytes before the body. */
static const xd_mention *S_person_of_apposition(const xc_ctx *c, size_t ma, size_t mb, size_t lo, const xd_mention *a,
                                                size_t rb, size_t re)
{
    const char *t = c->d->text.text;
    if (!a || a->kind != XP_ACTOR || a->actor_kind == EXTRACT_KIND_PERSON ||
        !xc_listed(c, "person_relative_words", rb, re, XC_LOWER | XC_ALL_LANGS))
        return NULL;
    const xd_mention *who = NULL;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->start >= a->start)
            break;
        if (m->kind == XP_CUE || m->kind == XP_CLAUSE)
            who = NULL; /* a verb between them: the apposition is not the person's */
        else if (m->kind == XP_ACTOR && m->actor_kind == EXTRACT_KIND_PERSON && m->start >= lo &&
                 a->start - m->end < 160 && t[m->end] == ',')
            who = m;
    }
    return who;
}

/* "la Defensoría del Pueblo, que en su informe del 14 de octubre reportó 1.192", "the commission, which in its
 * latest report counted 300", "a Polícia, que na sexta-feira contabilizou": a verb inside a relative clause
 * opened by a comma speaks for the name before the comma, however many words (dates, places) stand between. No
 * other reporting verb nor clause break between the relative word and the verb; at most 120 bytes. */
static const xd_mention *S_relative_subject(const xc_ctx *c, const xd_mention *cue, size_t lo, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    for (size_t p = cue->start; p > lo && cue->start - p < 120; p--) {
        if (t[p - 1] != ',')
            continue;
        size_t l = t[p] == ' ' ? xc_relative_word(c, p + 1) : 0;
        if (!l) {
            /* "APS, which, citing a security source, now reports…", "la Fiscalía, que, según su portavoz, cifró…"
             * (seventeenth session): an aside between the relative word and its verb; the relative word stands
             * right before the aside's opening comma, itself after a comma */
            size_t o = p - 1;
            while (o > lo && t[o - 1] != ',' && p - o < 80)
                o--;
            size_t wb = o > lo ? o - 1 : o;
            while (wb > lo && !xc_is_space(t[wb - 1]))
                wb--;
            if (o > lo && t[o - 1] == ',' && wb >= lo + 2 && t[wb - 1] == ' ' && t[wb - 2] == ',' &&
                xc_listed_at(c, "relative_pronouns", wb, o - 1, XC_LOWER | XC_ALL_LANGS) == o - 1) {
                p = wb - 1;
                l = o - p;
            }
        }
        if (!l || p + 1 + l > cue->start)
            return NULL; /* a comma that opens no relative clause: the verb is in another clause */
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *m = &c->d->ments[k];
            if ((m->kind == XP_CUE || m->kind == XP_CLAUSE) && m != cue && m->start >= p && m->start < cue->start)
                return NULL;
        }
        const xd_mention *a = S_actor_ending_at(c, ma, mb, p - 1);
        const xd_mention *who = S_person_of_apposition(c, ma, mb, lo, a, p + 1, p + 1 + l);
        if (who)
            return who;
        return a && a->kind == XP_ACTOR ? a : NULL;
    }
    return NULL;
}

/* Whether [a,b) is one article and spaces only ("the ", "la ", "os "): what an aside holding just a name opens
 * with. */
int xc_article_only(const xc_ctx *c, size_t a, size_t b)
{
    return xc_listed(c, "article_words", a, b, XC_ANY_CASE | XC_ALL_LANGS);
}

/* Where the article right before pos starts ("en la televisión": the start of "la"), or pos when there is none:
 * a definite one (any case), or with indefinite a definite or indefinite one in lower case. */
size_t xc_article_start(const xc_ctx *c, size_t lo, size_t pos, int indefinite)
{
    size_t b, e;
    xc_word_before(c->d->text.text, lo, pos, &b, &e);
    if (b == e)
        return pos;
    if (!indefinite)
        return xc_article_only(c, b, e) ? b : pos;
    return xc_listed(c, "article_words", b, e, XC_LOWER | XC_ALL_LANGS) || xc_listed(c, "indefinite_words", b, e, XC_LOWER | XC_ALL_LANGS)
               ? b
               : pos;
}

/* "A second group, the Egyptian Commission for Rights and Freedoms (ECRF), had registered", "Otra organización,
 * la Red de Apoyo, contabilizó": an aside that is only a body's name (an article, a descriptor, a parenthesis
 * after it at most), after a subject the rules read no name in, names that subject. [as,ae) is the aside, o the
 * comma that opens it. Returns the body, or NULL. */
static const xd_mention *S_named_aside(const xc_ctx *c, size_t ma, size_t mb, size_t lo, size_t o, size_t as,
                                       size_t ae)
{
    const char *t = c->d->text.text;
    while (ae > as && xc_is_space(t[ae - 1]))
        ae--;
    if (ae > as && t[ae - 1] == ')' && !S_actor_ending_at(c, ma, mb, ae)) {
        size_t p = ae - 1;
        while (p > as && t[p] != '(' && ae - p < 40)
            p--;
        if (t[p] != '(')
            return NULL;
        ae = p;
        while (ae > as && xc_is_space(t[ae - 1]))
            ae--;
    }
    const xd_mention *body = S_actor_ending_at(c, ma, mb, ae);
    if (!body || body->kind != XP_ACTOR || body->actor_kind == EXTRACT_KIND_PERSON || body->start < as)
        return NULL;
    int fits = body->start == as || xc_article_only(c, as, body->start);
    for (size_t k = ma; k < mb && !fits; k++) {
        const xd_mention *p = &c->d->ments[k]; /* "the rights group Hengaw" */
        fits = p->kind == XP_PRONOUN && (p->role == XD_REF_ORG || p->role == XD_REF_GOV) && p->start == as &&
               p->end < body->start && body->start - p->end <= 2;
    }
    if (!fits)
        return NULL;
    /* the subject the aside describes: lower-case words only, no name of its own ("A second group") */
    size_t e = o - 1;
    while (e > lo && xc_is_space(t[e - 1]))
        e--;
    if (e == lo || S_actor_ending_at(c, ma, mb, e))
        return NULL;
    unsigned char f = (unsigned char)t[e - 1];
    return (f >= 'a' && f <= 'z') || f >= 0x80 ? body : NULL;
}

/* "A Comissão …, que documenta as detenções caso a caso, com nome e local, registava": a relative clause between
 * commas is one aside even when a comma of its own splits it. Given the comma o that opens an aside, returns the
 * comma that opens the relative clause it ends, or o. */
static size_t S_relative_aside_start(const xc_ctx *c, size_t lo, size_t o, size_t pos)
{
    const char *t = c->d->text.text;
    size_t b = o;
    while (b < pos && xc_is_space(t[b]))
        b++;
    if (xc_relative_word(c, b))
        return o;
    for (size_t p = o - 1; p > lo && pos - p < 240; p--) {
        if (t[p - 1] == '.' || t[p - 1] == ';' || t[p - 1] == ':')
            return o;
        if (t[p - 1] != ',' || (p >= 2 && t[p - 2] >= '0' && t[p - 2] <= '9' && t[p] >= '0' && t[p] <= '9'))
            continue; /* "1,909" is no comma of the clause */
        b = p;
        while (b < o && xc_is_space(t[b]))
            b++;
        if (xc_relative_word(c, b))
            return p;
        /* "Viasna, whose founder, Nobel laureate Ales Bialiatski, is himself serving ten years, says", "el Foro,
         * ilegalizado en 2021 y cuyo fundador, el abogado X, cumple condena, contabiliza" (twenty-sixth session):
         * a possessive relative word (`possessive_relative_words`) and its noun close the clause part before
         * this comma, whose own comma-bounded apposition names the noun; the clause opens at the comma before
         * them, so the whole of it is one aside and the verb after it is the name's before it. */
        for (size_t q = p - 1; q > lo && p - q < 160; q--) {
            if (t[q - 1] == '.' || t[q - 1] == ';' || t[q - 1] == ':')
                return o;
            if (t[q - 1] != ',')
                continue;
            for (size_t w = q; w + 1 < p; w++) {
                if (w > q && !xc_is_space(t[w - 1]))
                    continue;
                size_t we = w;
                while (we < p && !xc_is_space(t[we]) && t[we] != ',')
                    we++;
                if (we == w || !xc_listed(c, "possessive_relative_words", w, we, XC_LOWER | XC_ALL_LANGS))
                    continue;
                int after = 0; /* the words from the relative word's noun to the comma: at most three */
                for (size_t i = we; i + 1 < p; i++)
                    after += xc_is_space(t[i]) && !xc_is_space(t[i + 1]);
                if (after >= 1 && after <= 3)
                    return q;
            }
            return o;
        }
        return o;
    }
    return o;
}

/* Walks back from a reporting verb to its subject, over what may stand between them: a couple of lowercase
 * words ("also", "has", "human rights center"), a parenthesis ("(OVP)"), a modifier ("of Cuba"), and comma
 * asides (", president of the Penal Forum,", ", which counted 1,963 prisoners,"). */
/* Whether [as, name) is a title read whole, capitalised, with nothing but an article or adjective or two before
 * it: ", Senior Superintendent Rosa Campos,", ", el Primer Ministro Luis Vela,". */
int xc_title_before_name(const xc_ctx *c, size_t ma, size_t mb, size_t as, size_t name)
{
    const char *t = c->d->text.text;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind != XP_TITLE || m->start < as || m->end > name)
            continue;
        size_t e = m->end;
        while (e < name && xc_is_space(t[e]))
            e++;
        /* "Lieutenant-Colonel Abu Conteh", "Major-General Ana Ruiz", "tenente-coronel Rui Sousa": a rank
         * hyphenated to the title word is one title (twenty-third session); the word is walked back to its start */
        size_t ts = m->start;
        if (ts > as && t[ts - 1] == '-')
            while (ts > as && !xc_is_space(t[ts - 1]) && t[ts - 1] != ',')
                ts--;
        /* "subcomisario Mateus Rodrigues", and with a word that qualifies the title: "la comisaria adjunta
         * Charity Charamba", "o major interino Rui Sousa" */
        if ((e == name || xc_lower_words(t, e, name, 1)) && (ts == as || xc_lower_words(t, as, ts, 2)))
            return 1;
    }
    return 0;
}

/* Whether the word x[0,l) has a participle's ending: -ado/-ido and their inflections, or English -ed. */
static int S_participle(const char *x, size_t l)
{
    if (l > 4 && x[l - 2] == 'e' && x[l - 1] == 'd')
        return 1;
    for (size_t k = l; k >= 4 && k + 1 >= l; k--)
        if ((x[k - 1] == 'o' || x[k - 1] == 'a') && x[k - 2] == 'd' && (x[k - 3] == 'a' || x[k - 3] == 'i') &&
            (k == l || x[k] == 's'))
            return 1;
    return 0;
}

/* "funcionarios estadounidenses citados por The New York Times calcularon", "officials quoted by the Times
 * estimated", "fontes citadas pela Reuters estimaram": a name after a participle and its agent preposition (por,
 * pelo, pela, by) is who passed the words on; the name before the participle, past at most two lower-case words
 * ("estadounidenses"), is the verb's subject. Returns that name, or NULL when a does not stand so or none stands
 * before it (then a speaks: "figures compiled by the ministry show"). */
static const xd_mention *S_agent_of_participle(const xc_ctx *c, const xd_mention *a, size_t lo, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    size_t p = a->start;
    while (p > lo && xc_is_space(t[p - 1]))
        p--;
    for (size_t k = ma; k < mb; k++) /* "citados por la agencia Reuters": past the descriptor */
        if (c->d->ments[k].kind == XP_PRONOUN && c->d->ments[k].end == p && c->d->ments[k].start >= lo) {
            p = c->d->ments[k].start;
            while (p > lo && xc_is_space(t[p - 1]))
                p--;
            break;
        }
    size_t b = p;
    while (b > lo && !xc_is_space(t[b - 1]))
        b--;
    size_t n = p - b;
    if (n >= 4 && ((unsigned char)t[b] >= 'a' && (unsigned char)t[b] <= 'z') && b > lo) {
        /* "citadas pela agência Lusa", "quoted by the daily Público": past one lower-case descriptor noun */
        size_t b2 = b - 1, e2;
        while (b2 > lo && xc_is_space(t[b2 - 1]))
            b2--;
        e2 = b2;
        while (b2 > lo && !xc_is_space(t[b2 - 1]))
            b2--;
        if ((e2 - b2 == 4 && (!memcmp(t + b2, "pelo", 4) || !memcmp(t + b2, "pela", 4))) ||
            (e2 - b2 == 3 && !memcmp(t + b2, "the", 3))) {
            b = b2;
            n = e2 - b2;
            if (n == 3) { /* "by the daily": the article, then the preposition */
                size_t e3 = b2;
                while (e3 > lo && xc_is_space(t[e3 - 1]))
                    e3--;
                b = e3;
                while (b > lo && !xc_is_space(t[b - 1]))
                    b--;
                n = e3 - b;
            }
        }
    }
    if (!((n == 3 && !memcmp(t + b, "por", 3)) || (n == 4 && (!memcmp(t + b, "pelo", 4) || !memcmp(t + b, "pela", 4))) ||
          (n == 5 && (!memcmp(t + b, "pelos", 5) || !memcmp(t + b, "pelas", 5))) || (n == 2 && !memcmp(t + b, "by", 2))))
        return NULL;
    p = b;
    for (int w = 0; w < 3; w++) {
        while (p > lo && xc_is_space(t[p - 1]))
            p--;
        if (w > 0) {
            const xd_mention *h = S_actor_ending_at(c, ma, mb, p);
            if (h && h->kind == XP_ACTOR)
                return h;
        }
        size_t e = p;
        while (p > lo && !xc_is_space(t[p - 1]))
            p--;
        unsigned char f = (unsigned char)t[p];
        if (p == e || !((f >= 'a' && f <= 'z') || f == 0xC3))
            return NULL;
        if (w == 0 && !S_participle(t + p, e - p))
            return NULL;
    }
    return NULL;
}

/* "Occupy Wall Street's press team says", "Os últimos dados conhecidos da Gendarmaria indicavam", "the legal team
 * of the Bar Council said": a subject whose head is a unit a body keeps or sends out (`owner_units`: team, tally,
 * dados, balance, equipa) speaks for that body, its owner. Whether one of the first three words in [a,b) is such a
 * unit written in lower case. */
static int S_owner_units(const xc_ctx *c, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    int words = 0;
    for (size_t i = a; i < b && words < 3;) {
        size_t e;
        xc_word_after(t, i, b, &i, &e);
        if (e == i)
            break;
        unsigned char f = (unsigned char)t[i];
        if (((f >= 'a' && f <= 'z') || f == 0xC3) && xc_lexicon_has(c, "owner_units", i, e))
            return 1;
        words++;
        i = e;
    }
    return 0;
}

/* The actor a possessive word ending at pos names ("Amnesty's", "the group’s"): one ending right before its "'s"
 * or "’s", or NULL. */
static const xd_mention *S_possessive_owner(const xc_ctx *c, size_t ma, size_t mb, size_t lo, size_t pos)
{
    const char *t = c->d->text.text;
    size_t e = SIZE_MAX;
    if (pos >= lo + 3 && t[pos - 1] == 's' && t[pos - 2] == '\'')
        e = pos - 2;
    else if (pos >= lo + 5 && t[pos - 1] == 's' && (unsigned char)t[pos - 4] == 0xE2 && (unsigned char)t[pos - 3] == 0x80 &&
             (unsigned char)t[pos - 2] == 0x99)
        e = pos - 4;
    if (e == SIZE_MAX)
        return NULL;
    const xd_mention *a = S_actor_ending_at(c, ma, mb, e);
    return a && a->kind == XP_ACTOR ? a : NULL;
}

/* "Assistant Chief Constable Phil Thomas of Cheshire Constabulary said", "Ana Lima de la Liga Campesina del Norte
 * dijo": a body the actor rules do not know (up to five capitalised words, maybe an article and a
 * lower-case "de/of" inside) after a link word (`link_words`: of, de, del, da, do…) right after a person's name is
 * the person's affiliation; the person speaks, as with a body the rules know (eighteenth session). cb is the start
 * of the capitalised word nearest the verb. Returns where the person's name ends, or 0. */
static size_t S_person_before_affiliation(const xc_ctx *c, size_t ma, size_t mb, size_t lo, size_t cb)
{
    const char *t = c->d->text.text;
    for (int w = 0; w < 8 && cb > lo; w++) {
        size_t wb, we;
        xc_word_before(t, lo, cb, &wb, &we);
        if (wb == we)
            return 0;
        unsigned char f = (unsigned char)t[wb];
        if (f >= 'A' && f <= 'Z') {
            cb = wb;
            continue;
        }
        if (xc_words_before(c, "link_words", lo, xc_article_start(c, lo, cb, 0), XC_LOWER | XC_ALL_LANGS)) {
            size_t art = xc_article_start(c, lo, cb, 0), lb, le;
            xc_word_before(t, lo, art, &lb, &le);
            size_t e = lb;
            while (e > lo && xc_is_space(t[e - 1]))
                e--;
            const xd_mention *a = S_actor_ending_at(c, ma, mb, e);
            if (a && a->kind == XP_ACTOR && a->actor_kind == EXTRACT_KIND_PERSON)
                return e;
        }
        /* "Liga Campesina del Norte": a link word inside the name, then more of it */
        if (we - wb > 3 || !xc_listed(c, "link_words", wb, we, XC_LOWER | XC_ALL_LANGS))
            return 0;
        size_t pb, pe;
        xc_word_before(t, lo, wb, &pb, &pe);
        if (pb == pe || !(t[pb] >= 'A' && t[pb] <= 'Z'))
            return 0;
        cb = wb;
    }
    return 0;
}

/* "el ministro de Estado de Interior, G. Kishan Reddy, reconoció", "Director General O.P. Singh said": a person's
 * initials (one capital and a period each, up to three, spaced or not) open the name the rules read without them.
 * Returns where the initials from a end (after the space that follows them), or a when none start there; never
 * past b (nineteenth session, whonull2). */
static size_t S_initials_end(const char *t, size_t a, size_t b)
{
    size_t i = a;
    for (int n = 0; n < 3 && i + 1 < b && t[i] >= 'A' && t[i] <= 'Z' && t[i + 1] == '.'; n++) {
        i += 2;
        while (i < b && xc_is_space(t[i]))
            i++;
    }
    return i;
}

/* Whether the aside [as,ae), opened by the comma before o, restates the body that ends right before that comma:
 * an optional article and a single capitalised word, no bare person's name ("…, de la Liga X, la LDC,", "of the League
 * X, the LDC,"), the body a non-person actor, and another comma before the body, opening the aside it closes (with
 * none, "Foro Penal, la ONG, dijo", the body is the subject itself and the walk reads it as before). */
static int S_restating_aside(const xc_ctx *c, size_t ma, size_t mb, size_t lo, size_t o, size_t as, size_t ae)
{
    const char *t = c->d->text.text;
    size_t w = as;
    while (ae > w && xc_is_space(t[ae - 1]))
        ae--;
    xc_skip_article(t, &w, ae);
    while (w < ae && xc_is_space(t[w]))
        w++;
    if (w >= ae || !(t[w] >= 'A' && t[w] <= 'Z') || memchr(t + w, ' ', ae - w) || o < lo + 2)
        return 0;
    /* a single word read as a person stands for a body when an article opens it (", la Codehupy,"); bare, it may
     * be a person's name */
    const xd_mention *self = xc_mention_at(c, ma, mb, w, XP_ACTOR);
    if (self && self->actor_kind == EXTRACT_KIND_PERSON && w == as)
        return 0;
    size_t e = o - 1; /* the opening comma of the restatement */
    while (e > lo && xc_is_space(t[e - 1]))
        e--;
    const xd_mention *body = S_actor_ending_at(c, ma, mb, e);
    if (!body || body->kind != XP_ACTOR || body->actor_kind == EXTRACT_KIND_PERSON)
        return 0;
    for (size_t i = body->start; i-- > lo;)
        if (t[i] == ',')
            return 1;
    return 0;
}

static const xd_mention *S_subject_walk(const xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
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
    /* "Os dados da Gendarmaria indicavam": a body after a link word that a unit of its own heads (S_owner_units);
     * it speaks when the walk reaches the clause's opening with no other name */
    const xd_mention *owner = NULL;
    for (int steps = 0; steps < 16 && pos > lo; steps++) {
        while (pos > lo && xc_is_space(t[pos - 1]))
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
        if (a && owner && a != owner && a->kind == XP_ACTOR && xp_attr_get(a->rule, "generic"))
            return owner; /* "A equipa jurídica da Rede Cívica afirma": the body, not its unit */
        if (a && a->kind == XP_ACTOR && xp_attr_get(a->rule, "generic")) {
            /* "Fair Trials' legal team says": a unit with no name of its own speaks for its owner */
            size_t e = a->start;
            while (e > lo && xc_is_space(t[e - 1]))
                e--;
            const xd_mention *po = S_possessive_owner(c, ma, mb, lo, e);
            if (po)
                return po;
        }
        if (a) {
            const xd_mention *head = S_relative_head(c, a, lo, ma, mb);
            if (head)
                return head; /* "La cartera que conduce Patricia Bullrich informó": the ministry speaks */
            const xd_mention *by = words == 0 ? S_agent_of_participle(c, a, lo, ma, mb) : NULL;
            if (by)
                return by; /* "funcionarios citados por The New York Times calcularon": the officials */
            /* the link word may stand before the name's own article: "Bassem Trifi of the Tunisian League …
             * told", "Ana Lima, de la Liga …": the body is the person's, who speaks (the article is walked over
             * with the name, so the link word is the next word back, as without an article) */
            size_t art = a->kind == XP_ACTOR ? xc_article_start(c, lo, a->start, 0) : a->start;
            if (a->kind == XP_ACTOR && xc_words_before(c, "link_words", lo, art, XC_LOWER | XC_ALL_LANGS) && words == 0) {
                size_t lw = art; /* the link word's start, and the words before it */
                while (lw > lo && xc_is_space(t[lw - 1]))
                    lw--;
                while (lw > lo && !xc_is_space(t[lw - 1]))
                    lw--;
                size_t hw = lw;
                for (int n = 0; n < 3 && hw > lo; n++) {
                    while (hw > lo && xc_is_space(t[hw - 1]))
                        hw--;
                    while (hw > lo && !xc_is_space(t[hw - 1]) && t[hw - 1] != ',')
                        hw--;
                }
                if (!owner && S_owner_units(c, hw, lw))
                    owner = a;
                /* "The Supreme People's Tribunal (TSP) of Cuba reported": skip the modifier */
                for (size_t k = ma; k < mb && !skipped; k++) /* only right after a title: "porta-voz do" */
                    if (c->d->ments[k].kind == XP_TITLE && c->d->ments[k].end <= art && art - c->d->ments[k].end <= 8)
                        skipped = a;
                pos = art;
                while (pos > lo && xc_is_space(t[pos - 1]))
                    pos--;
                while (pos > lo && !xc_is_space(t[pos - 1]))
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
            if (words >= 1 && words <= 2 && first_word != SIZE_MAX && xc_relative_word(c, first_word)) {
                size_t e = pos - 1;
                while (e > lo && xc_is_space(t[e - 1]))
                    e--;
                const xd_mention *h = S_actor_ending_at(c, ma, mb, e);
                const xd_mention *who = S_person_of_apposition(c, ma, mb, lo, h, first_word,
                                                               first_word + xc_relative_word(c, first_word));
                if (who)
                    return who;
                if (h)
                    return h;
            }
            /* "Jean Dupont, the economist, who toured the valley in May, said": past an aside, lower-case words
             * opened by an article ("the economist", "la abogada", "o sociólogo") are an apposition on the name
             * before this comma, which has no opening comma of its own */
            if (asides >= 1 && words >= 1 && first_word != SIZE_MAX) {
                size_t as = first_word;
                xc_skip_article(t, &as, cue->start);
                size_t e = pos - 1;
                while (e > lo && xc_is_space(t[e - 1]))
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
                if (xc_is_space(t[o - 1]))
                    aside_words++;
                o--;
            }
            if (o <= lo || t[o - 1] != ',') /* no opening comma: the verb starts a new clause */
                return asides == 1 && words > 0 && skipped ? skipped : NULL; /* "Contactado…, um porta-voz do X" */
            size_t ro = S_relative_aside_start(c, lo, o, pos);
            for (size_t i = ro; i < o; i++)
                aside_words += xc_is_space(t[i]);
            o = ro;
            if (aside_words > 24)
                return NULL;
            /* "The president of the Assembly, Jorge Rodríguez, announced": the aside is the name itself */
            size_t as = o, ae = pos - 1;
            while (as < ae && xc_is_space(t[as]))
                as++;
            const xd_mention *named = S_actor_ending_at(c, ma, mb, ae);
            /* also after a title word or two: "O porta-voz da Polícia, subcomissário Mateus Rodrigues, negou" */
            /* not an article and one capitalised word: ", la Codehupy," restates a body, as an acronym */
            /* the words before the name: an article, then up to two lower-case words ("el jurista francés X",
             * "la abogada X") */
            size_t aw = as;
            if (named && named->start >= as)
                xc_skip_article(t, &aw, named->start);
            if (named && named->kind == XP_ACTOR && named->actor_kind == EXTRACT_KIND_PERSON && named->start >= as &&
                (named->start == as || S_initials_end(t, as, named->start) == named->start ||
                 xc_lower_words(t, aw, named->start, 2) ||
                 xc_title_before_name(c, ma, mb, as, named->start)) &&
                !(xc_article_only(c, as, named->start) && !memchr(t + named->start, ' ', named->end - named->start)))
                return named;
            /* "Ana Ruiz, directora de la Liga X, la LDC, contó", "Ana Ruiz, head of the League X, the LDC, said": an
             * article (or none) and one capitalised word, no person, restate the body that closes the aside before
             * (an acronym); that aside, opened by a comma of its own, is then the one on the subject, so the walk
             * reads it from this aside's opening comma, not counting the restatement (twenty-eighth session) */
            if (S_restating_aside(c, ma, mb, lo, o, as, ae)) {
                asides--;
                pos = o;
                words = 0;
                first_word = SIZE_MAX;
                continue;
            }
            const xd_mention *body = S_named_aside(c, ma, mb, lo, o, as, ae);
            if (body)
                return body;
            pos = o - 1;
            words = 0;
            first_word = SIZE_MAX;
            continue;
        }
        /* "Extinction Rebellion's legal support team says": the owner of a unit heading the subject */
        if (words >= 1 && !asides && first_word != SIZE_MAX) {
            const xd_mention *po = S_possessive_owner(c, ma, mb, lo, pos);
            if (po && S_owner_units(c, first_word, cue->start))
                return po;
        }
        /* a lowercase word */
        size_t b = pos;
        while (b > lo && !xc_is_space(t[b - 1]) && t[b - 1] != ',')
            b--;
        unsigned char f = (unsigned char)t[b];
        size_t person_end = b < pos && f >= 'A' && f <= 'Z' ? S_person_before_affiliation(c, ma, mb, lo, b) : 0;
        if (person_end) {
            pos = person_end; /* "Phil Thomas of Cheshire Constabulary said": on to the person */
            continue;
        }
        if (b == pos || !((f >= 'a' && f <= 'z') || f >= 0xC3) || ++words > 3) {
            if (owner && (b == lo || b == pos || xc_article_only(c, b, pos)))
                return owner; /* "Os dados da X": the clause opens here */
            return !asides && skipped && skipped->actor_kind != EXTRACT_KIND_PERSON ? skipped : NULL;
        }
        pos = b;
        first_word = b;
    }
    if (owner && pos <= lo)
        return owner;
    return !asides && skipped && skipped->actor_kind != EXTRACT_KIND_PERSON ? skipped : NULL;
}

/* "A network of volunteer lawyers that offered free legal aid during the protests told us", "Frente a la
 * comisaría, un grupo de simpatizantes que aguardaba desde las seis calculaba": a relative clause with no comma
 * between a subject and its verb is longer than the walk back goes. The subject is the actor opening the clause
 * (after the sentence's start or a comma, with at most three lower-case words or the sentence's first word before
 * it) that a relative word follows, with no comma, colon, semicolon nor other reporting verb from there to the
 * cue, and at most 160 bytes. Returns it, or NULL. */
static const xd_mention *S_restrictive_relative(const xc_ctx *c, const xd_mention *cue, size_t lo, size_t ma,
                                                size_t mb)
{
    const char *t = c->d->text.text;
    for (size_t k = mb; k-- > ma;) {
        const xd_mention *a = &c->d->ments[k];
        if (a->end >= cue->start)
            continue;
        if (cue->start - a->end > 160)
            break;
        if (a->kind != XP_ACTOR || a->start < lo)
            continue;
        size_t r = a->end;
        if (r >= cue->start || t[r] != ' ')
            continue;
        size_t re = r + 1;
        while (re < cue->start && !xc_is_space(t[re]))
            re++;
        if (!xc_listed(c, "who_words", r + 1, re, XC_LOWER | XC_ALL_LANGS))
            continue;
        int clean = 1;
        for (size_t i = re; i < cue->start && clean; i++)
            clean = t[i] != ',' && t[i] != ';' && t[i] != ':' && t[i] != '(' && t[i] != '"';
        for (size_t j = k + 1; j < mb && clean; j++)
            if (c->d->ments[j].start < cue->start && c->d->ments[j].start > a->end &&
                (c->d->ments[j].kind == XP_CUE || c->d->ments[j].kind == XP_ACTOR))
                clean = 0; /* "…that the ministry said": another verb or name in between may own the verb */
        if (!clean)
            return NULL;
        /* what stands before the actor: the clause's opening, an article, a few lower-case words */
        size_t p = a->start;
        int words = 0;
        for (;;) {
            while (p > lo && xc_is_space(t[p - 1]))
                p--;
            if (p <= lo || t[p - 1] == ',')
                return a;
            size_t b = p;
            while (b > lo && !xc_is_space(t[b - 1]) && t[b - 1] != ',')
                b--;
            unsigned char f = (unsigned char)t[b];
            if (++words > 3 || !((f >= 'a' && f <= 'z') || f == 0xC3 || b == lo))
                return NULL;
            p = b;
        }
    }
    return NULL;
}

/* The subject before a verb: the walk back, else the name a relative clause the verb is in depends on. A
 * possessive the walk stops at ("que no seu relatório … registou") is not the subject either: the relative's name
 * is, and the possessive means it anyway. */
const xd_mention *xc_subject_before(const xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
{
    const xd_mention *a = S_subject_walk(c, cue, ma, mb);
    if (!a || (a->kind == XP_PRONOUN && xp_attr_get(a->rule, "topic"))) {
        size_t lo = c->d->sents[cue->sent].start;
        if (c->d->dateline_end > lo && c->d->dateline_end <= cue->start)
            lo = c->d->dateline_end;
        const xd_mention *r = S_relative_subject(c, cue, lo, ma, mb);
        if (!r && !a)
            r = S_restrictive_relative(c, cue, lo, ma, mb);
        if (r)
            a = r;
    }
    return a;
}

/* The first mention of a kind starting at pos in the sentence's range, or NULL. */
const xd_mention *xc_mention_at(const xc_ctx *c, size_t ma, size_t mb, size_t pos, xp_kind kind)
{
    const xd_mention *best = NULL;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind == kind && m->start == pos && (!best || m->end > best->end))
            best = m;
    }
    return best;
}

/* Whether the word [w,we) is an article written without the accent that would make it the preposition a reporting
 * verb's addressee takes (`bare_articles`, pt: "informou a televisão estatal" is its subject, "informou à
 * televisão" whom it told): "a" before a singular, "as" before a plural (thirtieth session). */
static int S_bare_article(const xc_ctx *c, size_t w, size_t we, size_t hi)
{
    const char *t = c->d->text.text;
    if (t[w] != 'a' || !(we == w + 1 || (we == w + 2 && t[w + 1] == 's')) ||
        !xc_listed(c, "bare_articles", w, we, XC_LOWER))
        return 0;
    size_t n = we;
    while (n < hi && xc_is_space(t[n]))
        n++;
    size_t ne = n;
    while (ne < hi && !xc_is_space(t[ne]) && !strchr(",.;:", t[ne]))
        ne++;
    return ne > n && ((we == w + 1) == (t[ne - 1] != 's'));
}

/* Whether a reporting-verb match ends inside the phrase saying who was told ("declarou à agência", matched with
 * its told-phrase, cf. pt.cue.report): a name right after it belongs to that phrase ("… à agência TASS"), unless
 * the phrase is whole already ("à Lusa", "à nossa reportagem"). article (may be NULL, else set to SIZE_MAX by the
 * caller) gets the first bare article the match took in ("…, informou a televisão estatal"). */
static int S_told_open(const xc_ctx *c, const xd_mention *cue, size_t *article)
{
    const char *t = c->d->text.text;
    int told_open = 0, own = 0;
    for (size_t w = cue->start; w < cue->end;) {
        size_t we = w;
        while (we < cue->end && !xc_is_space(t[we]))
            we++;
        int inner = w > cue->start && we < cue->end;
        if (inner && S_bare_article(c, w, we, cue->end)) {
            if (article && *article == SIZE_MAX)
                *article = w;
        } else if (inner && xc_words_before(c, "told_words", w, we, XC_LOWER))
            told_open = 1, own = 0;
        else if (told_open && xc_words_before(c, "own_outlet_words", w, we, XC_LOWER))
            own = 1;
        if (we == cue->end && (own || (t[w] >= 'A' && t[w] <= 'Z')))
            told_open = 0;
        w = we;
        while (w < cue->end && xc_is_space(t[w]))
            w++;
    }
    return told_open;
}

/* Who a reporting verb was told, right after it: a word of `told_words` ("a", "al", "à", "ao", "to") at [pos,b),
 * then up to three lower-case words and, unless one of them is the reporter's own outlet ("a este diario", "à
 * nossa reportagem", `own_outlet_words`), the name after them ("à agência TASS", "al diario El Comercio"). That
 * name is the addressee, never the speaker. Returns where the phrase ends, or pos when [pos,b) opens none. */
static size_t S_told_phrase(const xc_ctx *c, size_t ma, size_t mb, size_t pos, size_t b, size_t hi)
{
    const char *t = c->d->text.text;
    if (xc_mention_at(c, ma, mb, pos, XP_AGENT) || !xc_words_before(c, "told_words", pos, b, XC_LOWER))
        return pos;
    size_t p = b;
    int own = 0;
    for (int w = 0; w < 3; w++) { /* "a la agencia oficial SANA": an article, a noun and its adjective */
        size_t q = p;
        while (q < hi && xc_is_space(t[q]))
            q++;
        size_t qe = q;
        while (qe < hi && !xc_is_space(t[qe]) && t[qe] != ',' && t[qe] != '.' && t[qe] != ';' && t[qe] != ':')
            qe++;
        unsigned char f = (unsigned char)t[q];
        if (qe == q || !((f >= 'a' && f <= 'z') || f == 0xC3) || xc_mention_at(c, ma, mb, q, XP_TITLE) ||
            xc_mention_at(c, ma, mb, q, XP_ACTOR) || (qe > q && xc_that_word(c, q, qe) == qe - q))
            break;
        own |= xc_words_before(c, "own_outlet_words", q, qe, XC_LOWER);
        p = qe;
    }
    if (p == b) {
        /* "disse hoje à Lusa que", "dijo ayer a EFE que", "said on Monday to Reuters": a name right after a
         * told word is who was told, unless the word may be a Portuguese article ("disse a ministra") */
        int article = c->d->lang == XP_LANG_PT && t[pos] == 'a' && (b - pos == 1 || (b - pos == 2 && t[pos + 1] == 's'));
        size_t q = b;
        while (q < hi && xc_is_space(t[q]))
            q++;
        const xd_mention *a = article ? NULL : xc_mention_at(c, ma, mb, q, XP_ACTOR);
        return a ? a->end : pos;
    }
    if (!own) {
        size_t q = p;
        while (q < hi && xc_is_space(t[q]))
            q++;
        const xd_mention *a = xc_mention_at(c, ma, mb, q, XP_ACTOR);
        if (a)
            p = a->end;
    }
    return p;
}

/* "disse à comissão civil que…", "disse aos deputados…": a reference or name the rules read from a told word on
 * (they match folded text, where "à comissão" reads "a comissão") is who was told, never the speaker; so is one
 * after a speaker's title ("disse um porta-voz do ministério à rádio X"). Returns where mention a, at pos, ends
 * when its first word is a told word (not the Portuguese article "a/as"), else pos. */
static size_t S_told_mention(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *a, size_t pos)
{
    const char *t = c->d->text.text;
    if (a->start != pos)
        return pos;
    size_t b = pos;
    while (b < a->end && !xc_is_space(t[b]))
        b++;
    if (b >= a->end || !xc_words_before(c, "told_words", pos, b, XC_LOWER))
        return pos;
    if (c->d->lang == XP_LANG_PT && t[pos] == 'a' && (b - pos == 1 || (b - pos == 2 && t[pos + 1] == 's')))
        return pos;
    /* "à rádio Observador": a descriptor's name is told too */
    const xd_mention *n = a->kind == XP_PRONOUN && t[a->end] == ' ' ? xc_mention_at(c, ma, mb, a->end + 1, XP_ACTOR) : NULL;
    return n ? n->end : a->end;
}

/* The subject of an inverted report, after the verb: "dijo Romero", "informó este lunes el ministro de
 * Interior, Diosdado Cabello", "said the organisation", "advirtió el presidente de Prisoners Defenders, Javier
 * Larrondo" (a body inside the title belongs to it; the person named after the comma speaks). */

/* Whether an event or reporting verb follows actor a, with at most one lower-case word (an auxiliary, an
 * adverb) between: "the authorities had arrested", "la policía había detenido", "a polícia tinha prendido". The
 * actor is then the subject of a clause of its own, not a speaker named after a verb. */
static int S_verb_follows(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *a)
{
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *v = &c->d->ments[k];
        if ((v->kind == XP_TRIGGER || v->kind == XP_CUE) && v->start >= a->end &&
            xc_gap_words(c->d->text.text, a->end, v->start, 1, 16))
            return 1;
    }
    return 0;
}

/* Whether the reporting-verb match `cue` ends in a verb whose object, right after it, is who was told
 * (`addressee_verbs`: "told Parliament that", "informed MPs that"): nothing after it names the speaker. */
int xc_addressee_verb(const xc_ctx *c, const xd_mention *cue)
{
    const char *t = c->d->text.text;
    size_t w = cue->end;
    while (w > cue->start && !xc_is_space(t[w - 1]))
        w--;
    return xc_lexicon_has(c, "addressee_verbs", w, cue->end);
}

const xd_mention *xc_subject_after(const xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
{
    if (xc_addressee_verb(c, cue))
        return NULL; /* "told the state-owned Herald that": the addressee, never the speaker */
    const char *t = c->d->text.text;
    size_t hi = c->d->sents[cue->sent].end;
    size_t pos = cue->end;
    int words = 0, titled = 0, places = 0, art_open = 0;
    size_t article = SIZE_MAX;
    int told_open = S_told_open(c, cue, &article);
    if (!told_open && article != SIZE_MAX)
        pos = article; /* "…, informou a televisão estatal": the match took in its subject as an addressee */
    while (pos < hi && words <= 8) {
        while (pos < hi && xc_is_space(t[pos]))
            pos++;
        const xd_mention *m;
        if ((m = xc_mention_at(c, ma, mb, pos, XP_DATE))) {
            pos = m->end; /* "informó este lunes X" */
            continue;
        }
        if ((m = xc_mention_at(c, ma, mb, pos, XP_TITLE))) {
            titled = 1;
            pos = m->end;
            continue;
        }
        if (words <= 1 && !titled && xc_mention_at(c, ma, mb, pos, XP_AGENT))
            return NULL; /* "announced on Monday by the Minister of Interior, Justice and Peace, X": the passive
                          * agent, read whole by S_cue_subject_depth */
        /* "afirmou a líder opositora Sviatlana Tsikhanouskaya", "dijo la ministra Ana Pérez": a person reference
         * that holds a title word followed by a name is that title's article and head, and the name speaks */
        if ((m = xc_mention_at(c, ma, mb, pos, XP_PRONOUN)) && m->role == XD_REF_PERSON && !told_open) {
            const xd_mention *ti = NULL;
            for (size_t k = ma; k < mb && !ti; k++)
                if (c->d->ments[k].kind == XP_TITLE && c->d->ments[k].start > m->start &&
                    c->d->ments[k].start < m->end)
                    ti = &c->d->ments[k];
            size_t q = ti ? (ti->end > m->end ? ti->end : m->end) : pos;
            const xd_mention *name = NULL;
            for (int w = 0; ti && w < 3 && !name && q < hi; w++) {
                while (q < hi && xc_is_space(t[q]))
                    q++;
                name = xc_mention_at(c, ma, mb, q, XP_ACTOR);
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
            while (q < hi && xc_is_space(t[q]))
                q++;
            size_t we = q;
            while (we < hi && t[we] >= 'a' && t[we] <= 'z')
                we++;
            if (we > q && xc_words_before(c, "place_words", q, we, XC_LOWER)) {
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
        const xd_mention *a = xc_mention_at(c, ma, mb, pos, XP_ACTOR);
        if (!a) {
            a = xc_mention_at(c, ma, mb, pos, XP_PRONOUN);
            if (a && a->role == XD_REF_CLAIM)
                a = NULL;
        }
        if (a && (words == 0 || titled)) {
            size_t past = S_told_mention(c, ma, mb, a, pos);
            if (past > pos) {
                pos = past; /* "disse à comissão civil que…": who was told */
                told_open = 0;
                continue;
            }
        }
        if (a && (xc_words_before(c, "place_words", cue->end, a->start, XC_LOWER) ||
                  xc_words_before(c, "place_words", cue->end, xc_article_start(c, cue->end, a->start, 1), XC_LOWER))) {
            pos = a->end; /* "told reporters in Geneva", "dijo en la televisión estatal": a place or a medium, not
                           * who speaks */
            if (words > 0)
                words--; /* neither the place word nor the place counts as a word of the subject */
            continue;
        }
        /* "declarou à agência TASS", "disse à agência oficial AGP": who was told, also after a lower-case word or
         * two qualifying the addressee */
        if (a && told_open && words <= 2 && a->kind == XP_ACTOR &&
            (a->start <= cue->end + 1 || xc_lower_words(t, cue->end + 1, a->start, 2))) {
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
            /* "said the director of the Andean Rights Observatory (ARO), Lucy Mendes": the body's acronym in
             * brackets before the comma (eighteenth session) */
            if (titled && e + 3 < hi && t[e] == ' ' && t[e + 1] == '(') {
                size_t r = e + 2;
                while (r < hi && r - e < 16 && t[r] != ')' && !xc_is_space(t[r]))
                    r++;
                if (r + 1 < hi && t[r] == ')' && t[r + 1] == ',')
                    e = r + 1;
            }
            if (titled && e + 2 < hi && (t[e] == ',' || t[e] == ' ')) {
                const xd_mention *p = xc_mention_at(c, ma, mb, e + (t[e] == ',' ? 2 : 1), XP_ACTOR);
                /* "el ministro de Interior, Justicia y Paz, Tomás Arriaga": the portfolios a title lists, joined by
                 * commas and a conjunction, end at the name after the last comma */
                for (const xd_mention *q = p; q && t[e] == ',';) {
                    size_t f = q->end;
                    if (f + 2 < hi && t[f] == ',' && (q = xc_mention_at(c, ma, mb, f + 2, XP_ACTOR)))
                        p = q;
                    else if (f + 4 < hi && t[f] == ' ' &&
                             ((q = xc_mention_at(c, ma, mb, f + 3, XP_ACTOR)) && (t[f + 1] == 'y' || t[f + 1] == 'e') &&
                              t[f + 2] == ' '))
                        p = q;
                    else if (f + 6 < hi && strncmp(t + f, " and ", 5) == 0 && (q = xc_mention_at(c, ma, mb, f + 5, XP_ACTOR)))
                        p = q;
                    else
                        break;
                }
                if (p && p->actor_kind == EXTRACT_KIND_PERSON)
                    return p;
            }
            if (titled && xc_words_before(c, "link_words", cue->end, a->start, XC_LOWER | XC_ALL_LANGS)) {
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
        while (b < hi && !xc_is_space(t[b]) && t[b] != ',' && t[b] != '.' && t[b] != ';' && t[b] != ':')
            b++;
        if ((words == 0 || titled) && b > pos) {
            size_t past = S_told_phrase(c, ma, mb, pos, b, hi);
            if (past > b) {
                pos = past; /* "declaró a esta agencia Patrick Baudouin", "declarou à agência TASS, …" */
                continue;
            }
        }
        unsigned char f = (unsigned char)t[pos];
        /* "escribió en X el director", "disse em Brasília o ministro": a place after a place word is no speaker */
        if (b > pos && f >= 'A' && f <= 'Z' && !titled && xc_words_before(c, "place_words", cue->end, pos, XC_LOWER)) {
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
                while (qe < hi && !xc_is_space(t[qe]) && t[qe] != ',' && t[qe] != '.' && t[qe] != ';' && t[qe] != ':')
                    qe++;
                if (qe == q)
                    break;
                if (xc_words_before(c, "later_words", pos, qe, XC_LOWER))
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
        /* "recordó en su alegato Lucía Ferrer", "disse em entrevista Ana Lima": a phrase opening with a place word
         * right after the verb and holding up to two more lower-case words says where or in what the speaker
         * spoke; a person's full name right after it speaks (seventeenth session) */
        if (words == 0 && !titled && b > pos && f >= 'a' && f <= 'z' &&
            xc_words_before(c, "place_words", pos, b, XC_LOWER)) {
            size_t q = b;
            for (int w = 0; w < 3 && q < hi; w++) {
                while (q < hi && xc_is_space(t[q]))
                    q++;
                const xd_mention *p = xc_mention_at(c, ma, mb, q, XP_ACTOR);
                if (p && p->actor_kind == EXTRACT_KIND_PERSON && memchr(t + p->start, ' ', p->end - p->start) &&
                    !xc_after_place(c, p) && !S_verb_follows(c, ma, mb, p))
                    return p;
                size_t qe = q;
                while (qe < hi && t[qe] >= 'a' && t[qe] <= 'z')
                    qe++;
                if (qe == q || qe >= hi || !xc_is_space(t[qe]))
                    break;
                q = qe;
            }
        }
        /* "conta o engenheiro aposentado Sérgio Lins", "said the retired engineer Sam Lee": after an article, a
         * noun and a word qualifying it may stand before a person's full name; "el periodista y escritor X": or
         * two nouns joined by a conjunction */
        if (words == 0 && b > pos && xc_article_only(c, pos, b))
            art_open = 1;
        else if (art_open == 1 && words == 2 && ((b - pos == 1 && (t[pos] == 'y' || t[pos] == 'e')) ||
                                                 (b - pos == 3 && strncmp(t + pos, "and", 3) == 0)))
            art_open = 3;
        if (b == pos || (!titled && !((f >= 'a' && f <= 'z') || (f >= 0xC3 && f <= 0xC5))) ||
            (!titled && words >= 1 && !xc_mention_at(c, ma, mb, pos, XP_TITLE) && words >= 2 + art_open))
            return NULL;
        if ((b > pos && xc_that_word(c, pos, b) == b - pos))
            return NULL; /* "…, afirmó que ICE ha realizado": what was said starts here; its actors are not the speaker */
        words++;
        pos = b;
    }
    return NULL;
}

int xc_cue_subject(xc_ctx *c, const xd_mention *cue, extract_actor *out)
{
    return S_cue_subject_depth(c, cue, out, 0);
}

/* Whether the verb follows a comma, a dash or a closing quotation mark: then its subject usually comes after
 * it ("…, confirmó el Ejército", "—dijo Romero"). */
int xc_inverted(const char *t, size_t lo, size_t pos)
{
    while (pos > lo && xc_is_space(t[pos - 1]))
        pos--;
    if (pos == lo)
        return 0;
    unsigned char c = (unsigned char)t[pos - 1];
    /* "»" is two bytes (C2 BB), the dashes and "”" three (E2 80 …) */
    return c == ',' || c == '"' || c == '-' || (pos >= lo + 2 && c == 0xBB && (unsigned char)t[pos - 2] == 0xC2) ||
           (pos >= lo + 3 && (unsigned char)t[pos - 3] == 0xE2 && (c == 0x9D || c == 0x94 || c == 0x93));
}

/* "Foro Penal contabiliza 800 presos e estima que…": a verb joined to an earlier one by a conjunction
 * (`conjunction_words`: "y/e/and", "ni/nem/nor") shares its subject. Returns that earlier verb, or NULL. */
static const xd_mention *S_coordinated_with(const xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[cue->sent].start, pos = cue->start;
    while (pos > lo && (xc_is_space(t[pos - 1]) || t[pos - 1] == ','))
        pos--;
    size_t b = pos;
    while (b > lo && !xc_is_space(t[b - 1]))
        b--;
    /* "La Fiscalía anunció la liberación de 41 rehenes, pero admitió que otros 136…", "anunciou …, mas admitiu",
     * "announced …, but admitted": a contrast (`contrast_words`) between two verbs of one speaker keeps the
     * speaker (sixteenth session; the comma before it is what tells "mas" from a word of the clause) */
    int contrast = xc_listed(c, "contrast_words", b, pos, XC_LOWER | XC_ALL_LANGS);
    if (contrast) {
        size_t q = b;
        while (q > lo && xc_is_space(t[q - 1]))
            q--;
        if (q == lo || t[q - 1] != ',')
            return NULL;
    }
    if (!contrast && !xc_listed(c, "conjunction_words", b, pos, XC_LOWER | XC_ALL_LANGS))
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
static int S_empty_subject(const xc_ctx *c, size_t lo, size_t pos, size_t end, int *pron)
{
    static const char *const body[] = {"it", "It"};
    static const char *const any[] = {"they", "They", "ellos", "Ellos", "ellas", "Ellas", "eles", "Eles", "elas", "Elas"};
    const char *t = c->d->text.text;
    int kind = 1, pronoun = 0;
    while (pos > lo && xc_is_space(t[pos - 1]))
        pos--;
    size_t b = pos;
    while (b > lo && !xc_is_space(t[b - 1]) && t[b - 1] != ',' && t[b - 1] != '"')
        b--;
    /* "It also said that…", "It has since said", "They later counted": up to two adverbs or auxiliaries of the verb
     * phrase (`aux_words`) may stand between the pronoun and the verb; not the verbs of a passive ("It was said
     * that…", `passive_words`), whose "it" is no one */
    size_t pb = b, pe = pos;
    for (int n = 0; n < 2 && !xc_word_in(t, pb, pe, body, 2) && !xc_word_in(t, pb, pe, any, sizeof any / sizeof *any) &&
                    xc_listed(c, "aux_words", pb, pe, XC_LOWER) && !xc_listed(c, "passive_words", pb, pe, XC_LOWER);
         n++) {
        size_t q = pb;
        while (q > lo && xc_is_space(t[q - 1]))
            q--;
        if (q == pb)
            break; /* punctuation before the adverb: no pronoun of this verb */
        pe = q;
        pb = q;
        while (pb > lo && !xc_is_space(t[pb - 1]) && t[pb - 1] != ',' && t[pb - 1] != '"')
            pb--;
    }
    if (xc_word_in(t, pb, pe, body, 2) || xc_word_in(t, pb, pe, any, sizeof any / sizeof *any))
        b = pb, pos = pe;
    if (xc_word_in(t, b, pos, body, sizeof body / sizeof *body))
        kind = 2, pos = b, pronoun = 1;
    else if (xc_word_in(t, b, pos, any, sizeof any / sizeof *any))
        pos = b, pronoun = 1;
    /* "from 8 January until yesterday it verified 302": a subject pronoun right before the verb is its subject,
     * whatever opens the clause */
    *pron = pronoun;
    if (pronoun && b > lo && xc_is_space(t[b - 1]))
        return kind;
    while (pos > lo && xc_is_space(t[pos - 1]))
        pos--;
    if (pos == lo)
        return kind;
    size_t w = pos;
    while (w > lo && !xc_is_space(t[w - 1]))
        w--;
    /* "De los arrestados, según ha detallado, 89…", "Segundo explicou, 40…", "como informó.": a verb right after
     * "as" in Spanish and Portuguese, closing its phrase, has no subject at all ("según informó la policía",
     * "segundo disseram esses advogados" have theirs after it) */
    static const char *const as[] = {"según", "Según", "segundo", "Segundo", "conforme", "Conforme", "como", "Como"};
    if (xc_word_in(t, w, pos, as, sizeof as / sizeof *as)) {
        while (t[end] == ' ')
            end++;
        if (t[end] == ',' || t[end] == '.' || t[end] == ';')
            return kind;
    }
    /* "… y denuncian", and "Y denuncian, además, que…" opening a sentence: a conjunction before the verb leaves
     * its slot empty */
    if ((pos - w == 3 && strncasecmp(t + w, "and", 3) == 0) ||
        (pos - w == 1 && (t[w] == 'y' || t[w] == 'e' || ((t[w] == 'Y' || t[w] == 'E') && w == lo))))
        return kind;
    if (!xc_inverted(t, lo, pos))
        return 0;
    /* "Otra organización, Americans for …, advierte": after a bare comma the subject is usually an aside the
     * rules did not read; only "…, it said" or '"…", disse' leave the slot empty */
    if (t[pos - 1] == ',' && !pronoun) {
        size_t q = pos - 1;
        while (q > lo && xc_is_space(t[q - 1]))
            q--;
        if (!(q > lo && (t[q - 1] == '"' ||
                         (q >= lo + 2 && (unsigned char)t[q - 2] == 0xC2 && (unsigned char)t[q - 1] == 0xBB) ||
                         (q >= lo + 3 && (unsigned char)t[q - 3] == 0xE2 && (unsigned char)t[q - 1] == 0x9D))))
            return 0;
    }
    return kind;
}

/* Whether words after a reporting verb name its subject even though no actor was recognised there: an article
 * or determiner, a capitalised word or a title ("informó el enviado especial…", "said the 45-year-old"), past
 * any date ("dijo el martes el ministro"). */
static int S_subject_follows(const xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
{
    static const char *const det[] = {"el", "la", "los", "las", "the", "o", "os", "as", "un", "una", "um", "uma",
                                      "an", "este", "esta", "this", "su", "its", "his", "her", "seu", "sua"};
    const char *t = c->d->text.text;
    size_t hi = c->d->sents[cue->sent].end, pos = cue->end;
    for (;;) {
        while (pos < hi && xc_is_space(t[pos]))
            pos++;
        const xd_mention *m = xc_mention_at(c, ma, mb, pos, XP_DATE);
        if (!m)
            break;
        pos = m->end;
    }
    if (pos >= hi)
        return 0;
    const xd_mention *told = S_told_open(c, cue, NULL) ? xc_mention_at(c, ma, mb, pos, XP_ACTOR) : NULL;
    if (told) {
        pos = told->end; /* "…", declarou à agência TASS, garantindo…: who was told, then no subject */
        while (pos < hi && xc_is_space(t[pos]))
            pos++;
        if (pos >= hi)
            return 0;
    }
    if (xc_mention_at(c, ma, mb, pos, XP_TITLE) || xc_mention_at(c, ma, mb, pos, XP_ACTOR))
        return 1;
    size_t b = pos;
    while (b < hi && !xc_is_space(t[b]) && t[b] != ',' && t[b] != '.' && t[b] != ';' && t[b] != ':')
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

/* The folded words of [a, b) as one key with single spaces, for a table lookup; 0 when it does not fit in cap. */
size_t xc_fold_key(const extract_doc *d, size_t a, size_t b, char *key, size_t cap)
{
    size_t kl = 0;
    int space = 0;
    for (size_t f = xc_fold_at(d, a), fe = xc_fold_at(d, b); f < fe; f++) {
        char ch = d->fold.data[f];
        if (xc_is_space(ch)) {
            space = 1;
            continue;
        }
        if (kl + 2 >= cap)
            return 0;
        if (space && kl)
            key[kl++] = ' ';
        space = 0;
        key[kl++] = ch;
    }
    return kl;
}

/* Whether the folded text of [a,b) is an entry of the lexicon `name` (all its words, not only the last ones). */
int xc_lexicon_has(const xc_ctx *c, const char *name, size_t a, size_t b)
{
    const extract_doc *d = c->d;
    char key[64];
    size_t kl = xc_fold_key(d, a, b, key, sizeof key);
    return kl && xp_table_find(xp_table_get(d->pat, d->lang, name), key, kl) >= 0;
}

/* "[SOM: Teresa Antunes, investigadora]" then a paragraph quoting her, "[SOM — Bubacar Turé]: «…»": a broadcast
 * transcript's label for a sound bite (`soundbite_words`: *SOM*, *SONIDO*, *SOUND*, *CLIP*) gives the quotation
 * after it to the first name inside the brackets. */
int xc_sound_label(xc_ctx *c, const xc_quote *q, extract_actor *out)
{
    const char *t = c->d->text.text;
    size_t p = q->open;
    while (p > 0 && xc_is_space(t[p - 1]) && q->open - p < 4)
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
    if (we == w || !xc_lexicon_has(c, "soundbite_words", w, we))
        return 0;
    for (size_t k = xc_first_at(c->d, we); k < c->d->n_ments && c->d->ments[k].start < close; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind == XP_ACTOR && m->end <= close && xc_claimant_from(c, m, out)) {
            xc_trace(c, "claimant %s: the sound bite's label", out->name);
            return 1;
        }
    }
    return 0;
}

/* Whether sentence si opens with a fact check's label (`verdict_words`: "Veredicto:", "Classificação: FALSO",
 * "OUR RATING:", "THE CLAIM:", "FALSO —"): one to three words closed by a colon, a full stop, a bar or a dash. */
static int S_verdict_label(const xc_ctx *c, size_t si)
{
    const char *t = c->d->text.text;
    size_t s = c->d->sents[si].start, e = c->d->sents[si].end, p = s;
    for (int w = 0; w < 5 && p < e; w++) { /* "O QUE DIZ A PUBLICAÇÃO": five words at most */
        while (p < e && !xc_is_space(t[p]) && t[p] != ':' && t[p] != '.' && t[p] != ',' && t[p] != '|')
            p++;
        size_t q = p;
        while (q < e && xc_is_space(t[q]))
            q++;
        int closed = q >= e || t[q] == ':' || t[q] == '.' || t[q] == '|' || (unsigned char)t[q] == 0xE2;
        if (closed && p > s && xc_lexicon_has(c, "verdict_words", s, p))
            return 1;
        if (q >= e || t[q] == ':' || t[q] == '.' || t[q] == '|' || t[q] == ',')
            return 0;
        p = q;
    }
    return 0;
}

/* Whether a colon follows a name at `end` (past spaces): "O que diz a publicação:" is a heading, not the post. */
static int S_heading_word(const char *t, size_t end, size_t hi)
{
    while (end < hi && xc_is_space(t[end]))
        end++;
    return end < hi && t[end] == ':';
}

/* The opening sentences where a fact check states the claim and its verdict (as xc_viral_source reads them). */
#define S_VERDICT_SENTS 20

/* Whether the marked opening sentences hold a figure of this value (a number or collective mention). */
static int S_zone_has(const xc_ctx *c, const unsigned char *zone, int64_t v)
{
    const extract_doc *d = c->d;
    size_t end = c->sent_first[d->n_sents < S_VERDICT_SENTS ? d->n_sents : S_VERDICT_SENTS];
    for (size_t k = 0; k < end; k++) {
        const xd_mention *m = &d->ments[k];
        if (zone[m->sent] && !m->dead && xc_num(m) && m->value == v)
            return 1;
    }
    return 0;
}

/* A fact check answers the claim it checks with its own figure: the title's answer after its question ("¿Liberó
 * Boric a más de mil presos? No, indultó a 13", "Were 5,000 jailed? No: about 1,800") and the paragraph that a bare
 * rating opens ("OUR VERDICT: False. The army's first sweep detained 342 men", "Nuestro veredicto: FALSO. Los
 * datos … permiten cifrar en 18"). That figure, for the checked claim's event and of another value, disputes the
 * claim (docs/corpus.md: the checker's figure rejecting the viral one): in those sentences whoever gives it, and
 * elsewhere when the journalist gives it again with no source (the body restating the title's "unos 7.000").
 * Other figures of the check (parts, other days, sources quoted in the body) keep asserting: only the verdict's
 * values answer the claim. */
static void S_verdict_stance(xc_ctx *c, size_t label, const char *who)
{
    extract_doc *d = c->d;
    size_t intro = d->n_sents < S_VERDICT_SENTS ? d->n_sents : S_VERDICT_SENTS;
    if (!intro)
        return;
    unsigned char zone[S_VERDICT_SENTS] = {0}, asks[S_VERDICT_SENTS] = {0};
    int any = 0, asked = 0;
    for (size_t si = 0; si < intro; si++) {
        const xd_sentence *s = &d->sents[si];
        int q = xs_sentence_asks(d->text.text, s) != SIZE_MAX;
        if (si <= label && s->para == d->sents[0].para) {
            /* the title: a sentence after its question answers it */
            if (asked && !q)
                zone[si] = any = 1;
            asks[si] = (unsigned char)q;
            asked |= q;
            continue;
        }
        /* a paragraph opened by a bare rating ("VERDICT: False.", "Classificação: FALSO"): the rest of it */
        size_t first = si;
        while (first > 0 && d->sents[first - 1].para == s->para)
            first--;
        if (first != si && first <= label + 1 && S_verdict_label(c, first) &&
            d->sents[first].end - d->sents[first].start <= 40)
            zone[si] = any = 1;
    }
    if (!any)
        return;
    /* a zone sentence holding the checked claim's own figure states the claim, not the verdict */
    for (size_t i = 0; i < d->n_claims && who; i++) {
        const extract_claim *cl = &d->claims[i];
        if (!cl->claimant.name || strcmp(cl->claimant.name, who) != 0)
            continue;
        for (size_t si = 0; si < intro; si++)
            if (zone[si] && d->sents[si].start == cl->start)
                zone[si] = 0;
    }
    /* the checked claim: the figures given to who spread it, or asked about in the title ("¿Detuvo la policía a
     * 50.000 pacifistas?", kept where the body quotes it back); found once, not for every claim answered */
    size_t *chk = xi_malloc((d->n_claims ? d->n_claims : 1) * sizeof *chk), n_chk = 0;
    if (!chk)
        return; /* the stances stay as they were */
    for (size_t j = 0; j < d->n_claims; j++) {
        const extract_claim *o = &d->claims[j];
        if ((who && o->claimant.name && strcmp(o->claimant.name, who) == 0) || S_zone_has(c, asks, o->count))
            chk[n_chk++] = j;
    }
    for (size_t i = 0; i < d->n_claims; i++) {
        extract_claim *cl = &d->claims[i];
        if (cl->stance != EXTRACT_STANCE_ASSERTS || (who && cl->claimant.name && strcmp(cl->claimant.name, who) == 0))
            continue;
        int checked = 0, same = 0;
        for (size_t j = 0; j < n_chk; j++) {
            const extract_claim *o = &d->claims[chk[j]];
            if (o->event != cl->event)
                continue;
            checked = 1;
            same |= o->count == cl->count;
        }
        if (!checked || same)
            continue;
        int here = 0;
        for (size_t si = 0; si < intro && !here; si++)
            here = zone[si] && d->sents[si].start == cl->start;
        if (here || (!cl->claimant.name && S_zone_has(c, zone, cl->count))) {
            cl->stance = EXTRACT_STANCE_DISPUTES;
            xc_trace(c, "stance: %lld answers the checked claim of %s (the fact check's verdict)", (long long)cl->count,
                     who ? who : "the title's question");
        }
    }
    free(chk);
}

/* A fact check: the figures of the claim it checks (in the headline, or before its last label in a sentence that
 * quotes the claim, names who spread it or is a label itself) are the claim's, not the journalist's: the page or
 * account that spread it (viral=page: "publicado pela página X", "la cuenta de X @Y"), else the post itself
 * (viral=post: "a Facebook post", "una publicación"). Only figures no one else was found to give; only in a
 * document whose opening sentences carry such a label. */
void xc_viral_source(xc_ctx *c)
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
        else if (v && !post && strcmp(v, "post") == 0 && !S_heading_word(d->text.text, m->end, d->sents[m->sent].end))
            post = m;
    }
    extract_actor who = {0}, unnamed = {0};
    if (post)
        xc_actor_of(c, post, &unnamed);
    if (page ? !xc_claimant_from(c, page, &who) : post ? !(who = unnamed).name : 1) {
        S_verdict_stance(c, label, NULL); /* no one named as spreading it: the title's question states the claim */
        return;
    }
    for (size_t i = 0; i < d->n_claims; i++) {
        extract_claim *cl = &d->claims[i];
        /* "Uma publicação … afirma que … «mais de 300»": the post read as a subject stands for the page */
        if (cl->claimant.name && !(unnamed.name && strcmp(cl->claimant.name, unnamed.name) == 0))
            continue;
        size_t si = SIZE_MAX;
        for (size_t j = 0; j < intro && si == SIZE_MAX; j++)
            if (d->sents[j].start == cl->start)
                si = j;
        if (si == SIZE_MAX)
            continue;
        /* "Verificação: …" as the only label, then "Uma publicação que circula … garante que «dez detidos»": after
         * the last label, a sentence of the opening that names the post or page still states the claim */
        int names = 0;
        for (size_t k = xc_first_at(d, d->sents[si].start); k < d->n_ments && !names &&
                                                             d->ments[k].start < d->sents[si].end; k++)
            names = d->ments[k].kind == XP_ACTOR && xp_attr_get(d->ments[k].rule, "viral") &&
                    !S_heading_word(d->text.text, d->ments[k].end, d->sents[si].end);
        if (si > label && !names)
            continue;
        /* "¿Encarceló X a 3.000 opositores? Lo que dicen los datos": a title line's question, before the fact
         * check's label, asks about the claim (the answer after it, "No, indultó a 13", is the check's own) */
        int title = d->sents[si].para == d->sents[0].para && si < label && xs_sentence_asks(d->text.text, &d->sents[si]) != SIZE_MAX;
        /* "Were 3,000 students jailed in one day? No, about 300 were arrested": a headline sentence after the
         * title's question is the check's answer, not the claim (twenty-ninth session: such a title line is a
         * headline now) */
        int answer = 0;
        for (size_t j = si; j-- > 0 && d->sents[j].para == d->sents[si].para && !answer;)
            answer = xs_sentence_asks(d->text.text, &d->sents[j]) != SIZE_MAX;
        int claim = names || title || (d->sents[si].section == XD_SECTION_HEADLINE && !answer) || S_verdict_label(c, si);
        for (size_t q = 0; q < c->n_quotes && !claim; q++)
            claim = c->quotes[q].open < d->sents[si].end && c->quotes[q].close > d->sents[si].start;
        for (size_t k = xc_first_at(d, d->sents[si].start); k < d->n_ments && !claim &&
                                                             d->ments[k].start < d->sents[si].end; k++)
            claim = d->ments[k].kind == XP_ACTOR && xp_attr_get(d->ments[k].rule, "viral");
        if (claim) {
            cl->claimant = who;
            xc_trace(c, "figure %lld of the checked claim: %s, who spread it", (long long)cl->count, who.name);
        }
    }
    S_verdict_stance(c, label, who.name);
}

/* Whether the sentence from its start to pos holds only adjuncts: comma-separated phrases each a date ("El 3 de
 * febrero") or opening with an adjunct word (`adjunct_words`: "en una entrevista televisiva", "numa nota
 * divulgada ontem", "In a post this afternoon"), at most three, the last closed by a comma right before pos; or,
 * with no comma, one adjunct phrase alone ("Esta vez", "Desta vez"). Then a reporting verb at pos has no subject of
 * its own before it. */
static int S_adjunct_opening(const xc_ctx *c, size_t si, size_t pos)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[si].start, ma, mb;
    xc_range(c, si, &ma, &mb);
    while (lo < pos && (xc_is_space(t[lo]) || t[lo] == '-' || (unsigned char)t[lo] >= 0x80 || t[lo] == '"'))
        if ((unsigned char)t[lo] >= 0xC0 && lo + 1 < pos && ((unsigned char)t[lo + 1] & 0xC0) == 0x80 &&
            (unsigned char)t[lo] != 0xE2)
            break; /* a letter with an accent ("Él", "Após") is a word, not punctuation */
        else
            lo++;
    size_t e = pos;
    while (e > lo && xc_is_space(t[e - 1]))
        e--;
    if (e <= lo)
        return 0;
    if (t[e - 1] != ',') {
        /* one phrase, no comma: the whole of it an adjunct entry, or a date ("El jueves 20 de junio informó de
         * que…", "Na segunda-feira anunciou") */
        if (memchr(t + lo, ',', e - lo))
            return 0;
        for (size_t k = ma; k < mb; k++)
            if (d->ments[k].kind == XP_DATE && d->ments[k].start >= lo && d->ments[k].start <= lo + 4 &&
                d->ments[k].end == e)
                return 1;
        return xc_lexicon_has(c, "adjunct_words", lo, e);
    }
    e--;
    int segs = 0;
    for (size_t a = lo; a < e;) {
        size_t b = a;
        while (b < e && t[b] != ',')
            b++;
        size_t sa = a, sb = b;
        while (sa < sb && xc_is_space(t[sa]))
            sa++;
        while (sb > sa && xc_is_space(t[sb - 1]))
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
            while (w < sb && !xc_is_space(t[w]))
                w++;
            ok = xc_lexicon_has(c, "adjunct_words", sa, w);
            while (w < sb && xc_is_space(t[w]))
                w++;
        }
        if (!ok)
            return 0;
        a = b + 1;
    }
    return segs > 0;
}

/* Whether a reporting verb opens the clause after a colon, with at most a few lower-case words or dates before it
 * ("La ONG X va más allá: en su informe de junio contabilizó…", "O procurador foi mais longe: garantiu que…"): in
 * Spanish and Portuguese the slot is empty and the one the sentence began with goes on speaking. A name, a number,
 * a verb or a quotation mark between the colon and the verb, or capitalised words, make the colon a label or a
 * list instead. */
static int S_colon_opening(const xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[cue->sent].start, p = cue->start;
    int words = 0;
    while (p > lo) {
        while (p > lo && (xc_is_space(t[p - 1]) || t[p - 1] == ','))
            p--;
        if (p > lo && t[p - 1] == ':')
            break;
        const xd_mention *dm = NULL;
        for (size_t k = ma; k < mb && !dm; k++)
            if (d->ments[k].kind == XP_DATE && d->ments[k].end >= p && d->ments[k].start < p &&
                d->ments[k].start >= lo)
                dm = &d->ments[k];
        size_t b = p;
        if (dm)
            b = dm->start;
        else {
            while (b > lo && !xc_is_space(t[b - 1]) && t[b - 1] != ',' && t[b - 1] != ':')
                b--;
            unsigned char f = (unsigned char)t[b];
            if (!((f >= 'a' && f <= 'z') || (f == 0xC3 && b + 1 < p && (unsigned char)t[b + 1] >= 0xA0)))
                return 0;
        }
        if (++words > 8)
            return 0;
        p = b;
    }
    if (p <= lo + 1)
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->start < p || m->start >= cue->start)
            continue;
        if (m->kind == XP_ACTOR || m->kind == XP_CUE || m->kind == XP_NUMBER ||
            (m->kind == XP_PRONOUN && !xp_attr_get(m->rule, "topic")))
            return 0;
    }
    for (size_t i = p; i < cue->start; i++)
        if (t[i] == '"' || (unsigned char)t[i] == 0xE2)
            return 0;
    return 1;
}

/* The topic a verb with an empty subject slot speaks for: the first actor of its own sentence before it, else of
 * the sentence before (in the same paragraph, or the last one of the paragraph before), outside quotations. A
 * subject-less verb in Spanish or Portuguese, or "it said", continues the entity the text is about. */
static int S_implicit_subject(xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb, extract_actor *out)
{
    extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t si = cue->sent;
    int pron = 0;
    int slot = S_empty_subject(c, d->sents[si].start, cue->start, cue->end, &pron);
    /* "El 3 de febrero, en una entrevista televisiva, sostuvo que…", "Esta vez anunció…", "In a post this
     * afternoon, it said…": only adjuncts before the verb (or its bare pronoun); in Spanish and Portuguese the slot
     * is empty, and the speaker of the sentence before goes on */
    size_t p0 = cue->start;
    if (pron) {
        while (p0 > d->sents[si].start && xc_is_space(t[p0 - 1]))
            p0--;
        while (p0 > d->sents[si].start && !xc_is_space(t[p0 - 1]))
            p0--;
    }
    int adj = S_adjunct_opening(c, si, p0);
    if (!slot && !pron && d->lang != XP_LANG_EN && S_colon_opening(c, cue, ma, mb))
        slot = 1, adj = 0;
    if (!slot && adj && d->lang != XP_LANG_EN && !S_coordinated_with(c, cue, ma, mb)) {
        slot = 1;
        const xd_mention *next = NULL;
        size_t pos = cue->end;
        while (pos < d->sents[si].end && xc_is_space(t[pos]))
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
    if (sp != SIZE_MAX && xc_current_speaker(c, sp, cue->start, out)) {
        xc_trace(c, "subject of \"%.*s\": none named after an opening adjunct; the speaker before, %s",
                 (int)(cue->end - cue->start), t + cue->start, out->name);
        return 1;
    }
    /* '"…. … Calculamos 12.000", dijo': a quotation running over several sentences before the verb is the speaker's
     * words; the topic is looked for from the sentence the quotation opens in */
    size_t os = si;
    long q = xc_quote_at(c, d->sents[si].start);
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
        if (back && sj != si && xc_current_speaker(c, sj, cue->start, out)) {
            xc_trace(c, "subject of \"%.*s\": none named; the speaker before, %s", (int)(cue->end - cue->start),
                     t + cue->start, out->name);
            return 1;
        }
        size_t a, b;
        xc_range(c, sj, &a, &b);
        if (!back && adj)
            continue; /* the opening adjuncts name places and outlets, not the speaker */
        if (!back)
            a = ma;
        for (size_t k = a; k < b; k++) {
            const xd_mention *m = &d->ments[k];
            if (m->start >= cue->start)
                break;
            if (m->start < d->dateline_end || xc_quote_at(c, m->start) >= 0 ||
                !(m->kind == XP_ACTOR || (m->kind == XP_PRONOUN && m->role != XD_REF_CLAIM && m->role != XD_REF_SELF)))
                continue;
            if (xc_words_before(c, "place_words", s->start, m->start, XC_ANY_CASE) ||
                xc_words_before(c, "link_words", s->start, m->start, XC_LOWER | XC_ALL_LANGS) ||
                xc_words_before(c, "agent_words", s->start, m->start, XC_LOWER))
                continue;
            /* "el jefe interino de la Policía de Ottawa, Steve Bell": a name after a link word and its article
             * only says whose title it is */
            {
                size_t ab, ae;
                xc_word_before(t, s->start, m->start, &ab, &ae);
                if (ab < ae && ab > s->start && xc_article_only(c, ab, ae) &&
                    xc_words_before(c, "link_words", s->start, ab, XC_LOWER | XC_ALL_LANGS))
                    continue;
            }
            extract_actor cand;
            if (!xc_claimant_from(c, m, &cand))
                continue;
            if (slot == 2 && cand.kind == EXTRACT_KIND_PERSON)
                continue;
            /* a lone capitalised word opening a sentence ("Asimismo", "Contactado") is rarely a name */
            size_t o = s->start;
            while (o < m->start && (xc_is_space(t[o]) || t[o] == '"' || (unsigned char)t[o] >= 0x80) && o - s->start < 4)
                o++;
            /* "15.10 — Comparece el jefe…": a live-blog entry opens after its clock time and dash */
            if (o < m->start && t[o] >= '0' && t[o] <= '9')
                while (o < m->start && o - s->start < 12 &&
                       ((t[o] >= '0' && t[o] <= '9') || t[o] == '.' || t[o] == ':' || t[o] == 'h' || t[o] == '|' ||
                        t[o] == '-' || xc_is_space(t[o]) || (unsigned char)t[o] >= 0x80))
                    o++;
            if (m->kind == XP_ACTOR && o == m->start &&
                (cand.kind == EXTRACT_KIND_PERSON || cand.kind == EXTRACT_KIND_UNKNOWN) && !strchr(cand.name, ' '))
                continue;
            *out = cand;
            xc_trace(c, "subject of \"%.*s\": none named; the topic %s", (int)(cue->end - cue->start), t + cue->start,
                     cand.name);
            return 1;
        }
    }
    return 0;
}

/* Whether a lower-case word at as (before pos), followed by a space, is a noun for a kind of body (`head_kinds`). */
static int S_bare_kind_noun(const xc_ctx *c, size_t as, size_t pos)
{
    const char *t = c->d->text.text;
    size_t ae = as;
    while (ae < pos && ((t[ae] >= 'a' && t[ae] <= 'z') || (unsigned char)t[ae] >= 0x80))
        ae++;
    return ae > as && ae < pos && t[ae] == ' ' && t[as] >= 'a' && t[as] <= 'z' &&
           S_word_value(c, "head_kinds", as, ae) != NULL;
}

/* "Kiri Ngata, the youth group that organised the vigil, says the police count is wrong", "La Red Ciudadana, que
 * agrupa a 40 colectivos, afirmó la existencia…", "A Comissão Pastoral, que acompanha os casos, informou o
 * balanço…": a verb right after the comma that closes an apposition on the name opening the sentence has that name
 * as its subject, even though a verb after a comma usually has its subject after it. The aside holds a relative
 * clause or a description (an article or a reference opens it), no reporting verb, no clause break, no quotation
 * mark; the name is the first thing of the sentence (an article or a quotation mark before it at most). Returns the
 * name, or NULL. */
static const xd_mention *S_aside_head(const xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[cue->sent].start;
    if (c->d->dateline_end > lo && c->d->dateline_end <= cue->start)
        lo = c->d->dateline_end;
    size_t pos = cue->start;
    while (pos > lo && xc_is_space(t[pos - 1]))
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
    /* "El Centro X, organización con sede en Lima, en el norte de Perú, afirmó", "the Centre X, an organisation based
     * in Lima, in northern Peru, said": a segment opened by a word that places what follows (`locative_words`: en,
     * no, in) goes on with the aside before it, which describes the name; the aside starts at the comma before it
     * (twice at most) (twenty-fifth session) */
    for (int hop = 0; hop < 2; hop++) {
        size_t ws = o;
        while (ws < pos && xc_is_space(t[ws]))
            ws++;
        size_t we = ws;
        while (we < pos && t[we] >= 'a' && t[we] <= 'z')
            we++;
        if (we == ws || we >= pos || t[we] != ' ' || !xc_listed(c, "locative_words", ws, we, XC_LOWER))
            break;
        size_t q = o - 1;
        while (q > lo && t[q - 1] != ',' && pos - q < 240) {
            if (t[q - 1] == '.' || t[q - 1] == ';' || t[q - 1] == ':' || t[q - 1] == '"' || t[q - 1] == '(')
                return NULL;
            q--;
        }
        if (q <= lo || t[q - 1] != ',')
            break;
        o = q;
    }
    o = S_relative_aside_start(c, lo, o, pos);
    size_t as = o;
    while (as < pos && xc_is_space(t[as]))
        as++;
    size_t ae = as;
    while (ae < pos && t[ae] >= 'a' && t[ae] <= 'z')
        ae++;
    /* "…, organização com sede em Lima, …", "…, organización fundada en 1990, …": a bare noun for a kind of body
     * (`head_kinds`) opens a description too, as an article does (twenty-fifth session) */
    int described = xc_relative_word(c, as) != 0 ||
                    (ae < pos && t[ae] == ' ' && xc_article_start(c, as, ae, 1) == as) ||
                    S_bare_kind_noun(c, as, pos);
    if (!described)
        return NULL;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if ((m->kind == XP_CUE || m->kind == XP_CLAUSE) && m->start >= o && m->start < pos)
            return NULL; /* "X, dijo Y, …": the aside is a report of its own */
    }
    size_t e = o - 1;
    while (e > lo && xc_is_space(t[e - 1]))
        e--;
    const xd_mention *head = S_actor_ending_at(c, ma, mb, e);
    if (!head && e > lo && t[e - 1] == ')') {
        /* "El Centro X (CADH), organización…": the name's acronym in parentheses stands between the name and the
         * aside (twenty-fifth session) */
        size_t b = e - 1;
        while (b > lo && t[b - 1] != '(' && e - b < 16)
            b--;
        if (b > lo && t[b - 1] == '(') {
            b--;
            while (b > lo && xc_is_space(t[b - 1]))
                b--;
            head = S_actor_ending_at(c, ma, mb, b);
        }
    }
    if (!head || (head->kind == XP_ACTOR && xp_attr_get(head->rule, "place")))
        return NULL;
    size_t s = lo;
    while (s < head->start && (xc_is_space(t[s]) || t[s] == '"' || (unsigned char)t[s] >= 0x80) && s - lo < 4)
        s++; /* an opening quotation mark or dash */
    if (s != head->start && !xc_article_only(c, s, head->start))
        return NULL;
    return head;
}

/* The end of the word at t[p] (letters, digits, hyphens, apostrophes: up to a space or punctuation). */
static size_t S_word_end(const char *t, size_t p, size_t hi)
{
    while (p < hi && !xc_is_space(t[p]) && !strchr(",.;:()\"!?", t[p]))
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
static int S_office_phrase(const xc_ctx *c, size_t ma, size_t mb, size_t p, size_t hi, size_t *ps, size_t *pe)
{
    static const char *const adj[] = {"al", "ar", "ano", "ana", "ense", "ico", "ica", "ivo", "iva", "ino", "ina",
                                      "unto", "unta", "rio", "ria"};
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t e = S_word_end(t, p, hi);
    if (e == p || e >= hi || !xc_article_only(c, p, e) || (d->lang == XP_LANG_EN && (t[p] | 0x20) == 'a') ||
        (d->lang != XP_LANG_EN && (e - p == 3 && (t[p] | 0x20) == 't')))
        return 0; /* English "a" is indefinite: "a regional police chief" is nobody in particular */
    size_t q = e, start = SIZE_MAX;
    int quals = 0;
    const xd_mention *ti = NULL;
    for (int w = 0; w < 4 && !ti; w++) {
        while (q < hi && xc_is_space(t[q]))
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
    if (!ti || !xc_lexicon_has(c, "office_titles", ti->start, ti->end))
        return 0;
    size_t end = ti->end;
    int after_link = 0, after_cap = 0, words = 0;
    for (q = ti->end; q < hi && words < 9;) {
        while (q < hi && xc_is_space(t[q]))
            q++;
        if (q >= hi)
            break;
        size_t we = S_word_end(t, q, hi);
        if (we == q)
            break; /* punctuation ends the phrase */
        unsigned char f = (unsigned char)t[q];
        if (f >= '0' && f <= '9')
            return 0;
        if ((we > q && xc_that_word(c, q, we) == we - q) ||
            xc_words_before(c, "place_words", q, we, XC_LOWER))
            break; /* what was said, or where: "dijo el fiscal de La Paz en rueda de prensa" */
        int upper = (f >= 'A' && f <= 'Z') || (f == 0xC3 && q + 1 < hi && (unsigned char)t[q + 1] >= 0x80 &&
                                                 (unsigned char)t[q + 1] < 0xA0);
        int article = xc_article_only(c, q, we);
        if (upper && !article) {
            if (!after_link && !after_cap)
                return 0; /* "el fiscal Juan Pérez": a name */
            for (size_t k = ma; k < mb; k++)
                if (after_cap && d->ments[k].kind == XP_ACTOR && d->ments[k].start == q &&
                    d->ments[k].actor_kind == EXTRACT_KIND_PERSON)
                    return 0; /* "el jefe de la Policía Juan Pérez" */
            after_cap = 1, after_link = 0;
        } else {
            int link = article || xc_words_before(c, "link_words", q, we, XC_LOWER | XC_ALL_LANGS);
            /* a word no link word introduces qualifies the title only as an adjective ("departamental",
             * "regional", "estadual"); "también", "ontem", "also" end the phrase */
            if (!link && !after_link && !upper &&
                (d->lang == XP_LANG_EN || !xc_word_ends(t, q, we, 4, adj, sizeof adj / sizeof *adj)))
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
static int S_office_subject(xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb, int after, extract_actor *out)
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
            while (p < hi && xc_is_space(t[p]))
                p++;
            const xd_mention *m = xc_mention_at(c, ma, mb, p, XP_DATE);
            if (!m)
                break;
            p = m->end;
        }
        /* "según confirmó en aquel momento el fiscal…", "afirmou também o secretário…": an adjunct of a few
         * lower-case words, opened by an adjunct word, may stand between the verb and the office */
        int found = S_office_phrase(c, ma, mb, p, hi, &ps, &pe);
        for (int w = 0; !found && w < 4 && p < hi; w++) {
            size_t we = S_word_end(t, p, hi);
            if (we == p || !(t[p] >= 'a' && t[p] <= 'z') || we >= hi || !xc_is_space(t[we]) ||
                (w == 0 && !xc_words_before(c, "adjunct_words", p, we, XC_LOWER)))
                return 0;
            p = we;
            while (p < hi && xc_is_space(t[p]))
                p++;
            found = S_office_phrase(c, ma, mb, p, hi, &ps, &pe);
        }
        if (!found)
            return 0;
        size_t q = pe;
        while (q < hi && xc_is_space(t[q]))
            q++;
        /* "dijo la directora del Instituto Nacional de Derechos Humanos (INDH), Lorena Fries": the body's acronym
         * in brackets may close the office before the name (eighteenth session) */
        if (q < hi && t[q] == '(') {
            size_t r = q + 1;
            while (r < hi && r - q < 16 && t[r] != ')' && !xc_is_space(t[r]))
                r++;
            if (r < hi && t[r] == ')')
                q = r + 1;
        }
        if (q < hi && t[q] == ',') { /* "dijo el fiscal de La Paz, Juan Pérez": the name speaks */
            q++;
            while (q < hi && xc_is_space(t[q]))
                q++;
            if (q < hi && ((t[q] >= 'A' && t[q] <= 'Z') || (unsigned char)t[q] == 0xC3))
                return 0;
        }
    } else {
        size_t end = cue->start;
        for (;;) { /* "The regional police chief on Monday said" */
            while (end > lo && xc_is_space(t[end - 1]))
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
        while (p < end && (xc_is_space(t[p]) || t[p] == '"' || (unsigned char)t[p] >= 0x80) && p - lo < 4)
            p++;
        if (!S_office_phrase(c, ma, mb, p, end, &ps, &pe) || pe != end)
            return 0;
    }
    /* the person given this title before ("el fiscal general Juan Lanchipa … El fiscal general del Estado dijo") */
    const xc_actor *best = NULL;
    for (size_t i = 0; i < c->n_actors; i++) {
        const xc_actor *a = &c->actors[i];
        size_t s0 = d->sents[cue->sent].start; /* an earlier sentence: a word of the phrase itself is no holder */
        if (a->kind != EXTRACT_KIND_PERSON || !a->title || xc_seen_before(a, s0) >= s0)
            continue;
        size_t tl = strlen(a->title), pl = pe - ps;
        size_t n = tl < pl ? tl : pl;
        if (strncasecmp(a->title, t + ps, n) != 0)
            continue;
        if (tl != pl && !((tl < pl && t[ps + tl] == ' ' && strchr(a->title, ' ')) || (pl < tl && a->title[pl] == ' ')))
            continue;
        if (!best || xc_seen_before(a, s0) > xc_seen_before(best, s0))
            best = a;
    }
    if (best) {
        xc_give_actor(best, out);
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
        out->name = out->title = xc_dup(c, ps, pe);
        out->kind = (extract_actor_kind)kind;
        if (!out->name)
            return 0;
    }
    xc_trace(c, "subject of \"%.*s\": the office \"%.*s\", %s", (int)(cue->end - cue->start), t + cue->start,
             (int)(pe - ps), t + ps, out->name);
    return 1;
}

/* "O primeiro balanço, divulgado ao início da manhã pelo site Colombo Times, apontava para oito detidos", "El
 * informe, elaborado por la ONG X, cifra en 300…", "The first tally, released early by the broadcaster, put the
 * number at eight": the verb's subject opens the sentence with a word for a document (DOC_WORDS, within its first
 * four words) and a participle set off by commas names who made it after an agent word: that one speaks through the
 * document (sixteenth session). The agent must close the aside: its name, then the comma, then the verb. */
static int S_report_agent_subject(xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb, extract_actor *out)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[cue->sent].start, comma = 0;
    if (lo < d->dateline_end && d->dateline_end < cue->start)
        lo = d->dateline_end;
    int doc = 0;
    size_t pos = lo;
    for (int w = 0; w < 4 && pos < cue->start; w++) {
        while (pos < cue->start && xc_is_space(t[pos]))
            pos++;
        size_t b = pos;
        while (pos < cue->start && !xc_is_space(t[pos]) && t[pos] != ',')
            pos++;
        if (pos > b && xc_lexicon_has(c, "DOC_WORDS", b, pos))
            doc = 1;
        if (pos < cue->start && t[pos] == ',') {
            comma = pos;
            break;
        }
    }
    if (!doc || !comma)
        return 0;
    const xd_mention *ag = NULL;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->start <= comma || m->start >= cue->start)
            continue;
        if ((m->kind == XP_CUE && !xc_cue_in_name(c, m)) || m->kind == XP_NUMBER || m->kind == XP_CLAUSE ||
            xc_quote_at(c, m->start) >= 0)
            return 0;
        if (m->kind == XP_AGENT && !ag)
            ag = m;
    }
    if (!ag)
        return 0;
    const xd_mention *who = NULL;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->start < ag->end || m->start >= cue->start || m->start - ag->end > 40)
            continue;
        if (m->kind == XP_ACTOR) {
            who = m; /* "pelo site Colombo Times": the name over the word for the outlet */
            break;
        }
        if (m->kind == XP_PRONOUN && m->role != XD_REF_CLAIM && !who)
            who = m;
    }
    if (!who)
        return 0;
    /* the name closes the aside: a bracketed short name at most, then the comma and the verb */
    size_t e = who->end;
    while (e < cue->start && xc_is_space(t[e]))
        e++;
    if (e < cue->start && t[e] == '(') {
        while (e < cue->start && t[e] != ')')
            e++;
        e++;
        while (e < cue->start && xc_is_space(t[e]))
            e++;
    }
    size_t cm = e; /* "by the Colombo Times website,": the word for the outlet after its name */
    while (cm < cue->start && t[cm] != ',')
        cm++;
    if (cm >= cue->start || !xc_gap_words(t, e, cm, 1, 16) || !xc_gap_words(t, cm + 1, cue->start, 2, 24))
        return 0;
    if (!xc_claimant_from(c, who, out))
        return 0;
    xc_trace(c, "subject of \"%.*s\": a document whose maker the aside names, %s", (int)(cue->end - cue->start),
             t + cue->start, out->name);
    return 1;
}

/* Who the agent phrase at mention k names: "by the Minister of Interior, Justice and Peace, Diosdado Cabello",
 * "pelo vice-chefe da Polícia Nacional, Dedi Prasetyo": the last name or reference before a verb, a figure or a
 * clause break closes the phrase (within 100 bytes). NULL when it names no one. */
const xd_mention *xc_agent_named(const xc_ctx *c, size_t k, size_t mb)
{
    const xd_mention *m = &c->d->ments[k], *agent = NULL;
    for (size_t a = k + 1; a < mb; a++) {
        const xd_mention *ac = &c->d->ments[a];
        if (ac->start - m->end > 100 || ac->kind == XP_CUE || ac->kind == XP_NUMBER || ac->kind == XP_CLAUSE)
            break;
        /* "Published by Cuba Despierta Ya, a Miami-based exile group, it pairs a photograph of riot police in
         * Havana": a descriptor in apposition closes the agent's name; what follows is another clause */
        if (agent && agent->kind == XP_ACTOR && ac->kind == XP_PRONOUN && ac->actor_kind >= 0)
            break;
        if (ac->kind == XP_ACTOR || ac->kind == XP_PRONOUN)
            agent = ac;
    }
    return agent;
}

/* Whether text[b,e) is a definite reference to a text some body issued: an article or demonstrative (`article_words`,
 * `this_words`), perhaps `same_words` (*mismo*, *próprio*, *same*), and a noun of `issued_words`
 * (*el documento*, *la nota*, *el propio comunicado*, *o texto*, *the statement*), at most four words and lower case
 * after the first. */
static int S_issued_ref(const xc_ctx *c, size_t b, size_t e)
{
    const char *t = c->d->text.text;
    size_t pos = b;
    int w = 0, noun = 0;
    while (pos < e) {
        while (pos < e && xc_is_space(t[pos]))
            pos++;
        if (pos >= e)
            break;
        size_t wb = pos;
        while (pos < e && !xc_is_space(t[pos]))
            pos++;
        if (noun || w >= 4 || (w > 0 && !(t[wb] >= 'a' && t[wb] <= 'z') && (unsigned char)t[wb] < 0x80))
            return 0;
        if (w == 0 && !xc_listed(c, "article_words", wb, pos, XC_ANY_CASE) &&
            !xc_listed(c, "this_words", wb, pos, XC_ANY_CASE))
            return 0;
        if (w > 0 && xc_listed(c, "issued_words", wb, pos, XC_LOWER))
            noun = 1;
        else if (w > 0 && !xc_listed(c, "same_words", wb, pos, XC_LOWER))
            return 0;
        w++;
    }
    return noun;
}

/* "La Plataforma X ha presentado su informe. El documento contabiliza 7.200…", "…, indicó el ministerio en un
 * comunicado. La nota precisa que 21…", "O decreto foi assinado pelo rei X. O texto abrange…": a text referred to
 * again speaks for whoever put it out, named where the text last named one (`issued_words`; at most three sentences
 * back, this paragraph or the one before, the nearest such sentence only): the claimant of a figure that sentence
 * gave, else the agent after the noun (*assinado pelo rei X*, *published by*), else the name opening that sentence
 * (seventeenth session: the reference chains whose first claim had no claimant). */
int xc_document_maker(xc_ctx *c, size_t si, extract_actor *out)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    for (size_t back = 1; back <= 3 && back <= si; back++) {
        size_t sj = si - back;
        const xd_sentence *s = &d->sents[sj];
        if (s->para + 1 < d->sents[si].para)
            return 0;
        size_t lo = s->start < d->dateline_end && d->dateline_end < s->end ? d->dateline_end : s->start;
        size_t noun = 0, noun_end = 0;
        for (size_t pos = lo; pos < s->end;) {
            while (pos < s->end && !xc_letter_byte((unsigned char)t[pos]))
                pos++;
            size_t wb = pos;
            while (pos < s->end && xc_letter_byte((unsigned char)t[pos]))
                pos++;
            if (pos > wb && xc_quote_at(c, wb) < 0 && xc_listed(c, "issued_words", wb, pos, XC_LOWER)) {
                noun = wb;
                noun_end = pos;
                break;
            }
        }
        if (!noun_end)
            continue;
        for (size_t k = d->n_claims; k-- > 0;) {
            const extract_claim *cl = &d->claims[k];
            if (cl->start < s->start)
                break;
            if (cl->start < s->end && cl->claimant.name) {
                *out = cl->claimant;
                xc_trace(c, "the text named again is the one \"%.*s\" named, given out with a figure of %s",
                         (int)(noun_end - noun), t + noun, out->name);
                return 1;
            }
        }
        size_t ma, mb;
        xc_range(c, sj, &ma, &mb);
        /* "…», indicó el ministerio en un comunicado", "X said in a statement": the reporting verb right before the
         * noun, outside quotations */
        const xd_mention *verb = NULL;
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *m = &d->ments[k];
            if (m->start >= noun)
                break;
            if (m->kind == XP_CUE && noun - m->end < 60 && xc_quote_at(c, m->start) < 0 && !xc_cue_in_name(c, m))
                verb = m;
        }
        if (verb && xc_cue_subject(c, verb, out)) {
            xc_trace(c, "the text named again is the one \"%.*s\" named, given out by %s", (int)(noun_end - noun),
                     t + noun, out->name);
            return 1;
        }
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *ag = &d->ments[k];
            if (ag->kind != XP_AGENT || ag->start < noun_end || ag->start - noun_end > 60)
                continue;
            for (size_t a = k + 1; a < mb; a++) {
                const xd_mention *m = &d->ments[a];
                if (m->start - ag->end > 40 || m->kind == XP_CUE || m->kind == XP_NUMBER || m->kind == XP_CLAUSE)
                    break;
                if ((m->kind == XP_ACTOR || (m->kind == XP_PRONOUN && m->role != XD_REF_CLAIM)) &&
                    xc_claimant_from(c, m, out)) {
                    xc_trace(c, "the text named again is the one \"%.*s\" named, put out by %s",
                             (int)(noun_end - noun), t + noun, out->name);
                    return 1;
                }
            }
            break;
        }
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *m = &d->ments[k];
            if (m->start >= noun)
                break;
            if (!(m->kind == XP_ACTOR || (m->kind == XP_PRONOUN && m->role != XD_REF_CLAIM && m->role != XD_REF_SELF)))
                continue;
            size_t gap = lo;
            while (gap < m->start && xc_is_space(t[gap]))
                gap++;
            if (gap < m->start && !xc_listed(c, "article_words", gap, m->start, XC_ANY_CASE))
                break; /* only the name opening the sentence, past an article */
            if (xc_claimant_from(c, m, out)) {
                xc_trace(c, "the text named again is the one \"%.*s\" named, put out by the sentence's subject %s",
                         (int)(noun_end - noun), t + noun, out->name);
                return 1;
            }
            break;
        }
        return 0;
    }
    return 0;
}

/* "El documento contabiliza 7.200", "La nota precisa que 21", "El propio comunicado recuerda que…": a reporting verb
 * whose subject, opening the sentence, is a text referred to again speaks for whoever put the text out. */
static int S_issued_subject(xc_ctx *c, const xd_mention *cue, extract_actor *out)
{
    const extract_doc *d = c->d;
    size_t lo = d->sents[cue->sent].start;
    if (lo < d->dateline_end && d->dateline_end < cue->start)
        lo = d->dateline_end;
    const char *t = d->text.text;
    for (size_t i = lo; i + 1 < cue->start; i++)
        if ((t[i] == '.' || t[i] == ':') && xc_is_space(t[i + 1]))
            lo = i + 1; /* "No. El propio comunicado recuerda": a one-word answer or a label before it */
    if (!S_issued_ref(c, lo, cue->start))
        return 0;
    return xc_document_maker(c, cue->sent, out);
}

/* "In 2010 he went further, recalling that some 1,600…", "Zenz revised the estimate, saying as many as…", "fue más
 * allá, recordando que…": a participle of saying (rules with participle=1) speaks for the subject of the clause it
 * hangs from: the last name or pronoun before it that opens a clause (the sentence's start, a comma or colon, or a
 * date adjunct before it, past an article), so that "at the Gallery" or "of the ministry" are passed over
 * (sixteenth session). */
static int S_participle_subject(xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb, extract_actor *out)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[cue->sent].start;
    const xd_mention *best = NULL;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->start >= cue->start)
            break;
        if (!(m->kind == XP_ACTOR || (m->kind == XP_PRONOUN && m->role != XD_REF_CLAIM && m->role != XD_REF_SELF)) ||
            xc_quote_at(c, m->start) >= 0 || m->start < d->dateline_end)
            continue;
        size_t p = m->start;
        while (p > lo && xc_is_space(t[p - 1]))
            p--;
        size_t w = p; /* an article before the name */
        while (w > lo && !xc_is_space(t[w - 1]))
            w--;
        if (w < p && xc_listed(c, "article_words", w, p, XC_ANY_CASE | XC_ALL_LANGS)) {
            p = w;
            while (p > lo && xc_is_space(t[p - 1]))
                p--;
        }
        int opens = p == lo || t[p - 1] == ',' || t[p - 1] == ':' || t[p - 1] == ';';
        for (size_t j = ma; j < k && !opens; j++)
            if (d->ments[j].kind == XP_DATE && d->ments[j].end <= p && d->ments[j].end + 1 >= p)
                opens = 1;
        if (opens)
            best = m;
    }
    int named = 0; /* any name or pronoun before it in the sentence */
    for (size_t k = ma; k < mb && !named; k++)
        if (d->ments[k].start < cue->start && (d->ments[k].kind == XP_ACTOR || d->ments[k].kind == XP_PRONOUN))
            named = 1;
    if (!named && d->lang != XP_LANG_EN) {
        /* "En 2010 fue más allá, recordando que…": no subject written, so whoever had the floor goes on */
        size_t sp = S_sentence_before(c, cue->sent);
        if (sp != SIZE_MAX && xc_current_speaker(c, sp, cue->start, out)) {
            xc_trace(c, "subject of \"%.*s\": none written; the speaker before, %s", (int)(cue->end - cue->start),
                     t + cue->start, out->name);
            return 1;
        }
        return 0;
    }
    if (!best || !xc_claimant_from(c, best, out))
        return 0;
    xc_trace(c, "subject of \"%.*s\": the clause it hangs from opens with %s", (int)(cue->end - cue->start),
             t + cue->start, out->name);
    return 1;
}

/* "Suhail Shaheen, a spokesman for the Taliban's political office in Doha, said the group had already released…":
 * after a comma a verb reads as inverted ("…, said the ministry"), but a subject right after it that an auxiliary
 * (`aux_words`: *had*, *has*, *was*) follows at once opens the clause the verb reports, as "that" would; the verb's
 * subject is before it when one is there (eighteenth session). */
static int S_after_opens_clause(xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    size_t end = c->d->sents[cue->sent].end;
    const xd_mention *a = xc_subject_after(c, cue, ma, mb);
    if (!a || a->start < cue->end || !xc_gap_words(t, cue->end, a->start, 1, 8))
        return 0;
    size_t w = a->end;
    while (w < end && xc_is_space(t[w]))
        w++;
    size_t e = w;
    while (e < end && !xc_is_space(t[e]) && t[e] != ',' && t[e] != '.' && t[e] != ';')
        e++;
    return e > w && w > a->end && xc_listed(c, "aux_words", w, e, XC_LOWER) && xc_subject_before(c, cue, ma, mb);
}

static int S_cue_subject_depth(xc_ctx *c, const xd_mention *cue, extract_actor *out, int depth)
{
    size_t ma, mb;
    xc_range(c, cue->sent, &ma, &mb);
    int inverted = xc_inverted(c->d->text.text, c->d->sents[cue->sent].start, cue->start);
    if (inverted && S_after_opens_clause(c, cue, ma, mb)) {
        xc_trace(c, "\"%.*s\" reports a clause whose subject follows it: its own subject is before it",
                 (int)(cue->end - cue->start), c->d->text.text + cue->start);
        inverted = 0;
    }
    const xd_mention *head = inverted ? S_aside_head(c, cue, ma, mb) : NULL;
    if (head && xc_claimant_from(c, head, out)) {
        xc_trace(c, "subject of \"%.*s\": %s, before the apposition that ends at the verb",
                 (int)(cue->end - cue->start), c->d->text.text + cue->start, out->name);
        return 1;
    }
    if (S_office_subject(c, cue, ma, mb, inverted, out))
        return 1;
    if (xp_attr_get(cue->rule, "quoted")) {
        /* "ABI quoted del Castillo as saying that…" (seventeenth session): the name right before "as saying" is the
         * one quoted, who speaks; the agency, the verb's subject, only carries the words. With no name there ("the
         * minister was quoted as saying"), the usual subject. */
        const char *t = c->d->text.text;
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *a = &c->d->ments[k];
            if ((a->kind != XP_ACTOR && a->kind != XP_PRONOUN) || a->end > cue->start)
                continue;
            size_t g = a->end;
            while (g < cue->start && (xc_is_space(t[g]) || t[g] == ','))
                g++;
            if (g == cue->start && xc_claimant_from(c, a, out)) {
                xc_trace(c, "subject of \"%.*s\": %s, the one quoted", (int)(cue->end - cue->start), t + cue->start,
                         out->name);
                return 1;
            }
        }
    }
    if (xp_attr_get(cue->rule, "participle")) {
        /* "his chief of staff X announced in an address, saying some 700…": after a reporting verb of its
         * sentence, the participle goes on with that verb's speaker */
        const xd_mention *before = NULL;
        for (size_t k = ma; k < mb; k++)
            if (c->d->ments[k].kind == XP_CUE && c->d->ments[k].end <= cue->start && !xc_cue_in_name(c, &c->d->ments[k]) &&
                xc_quote_at(c, c->d->ments[k].start) < 0 && !xp_attr_get(c->d->ments[k].rule, "participle"))
                before = &c->d->ments[k];
        if (before)
            return depth < 3 && S_cue_subject_depth(c, before, out, depth + 1);
        return S_participle_subject(c, cue, ma, mb, out);
    }
    /* "X afirmou que … \"… do Judiciário\" e informou que …": a verb right after "e / y / and" shares the subject
     * of the verb before it; a name in the clause between (inside a quotation, an object) is not its subject. */
    const xd_mention *shared = !inverted && depth < 3 ? S_coordinated_with(c, cue, ma, mb) : NULL;
    if (shared && S_cue_subject_depth(c, shared, out, depth + 1))
        return 1;
    const xd_mention *first = inverted ? xc_subject_after(c, cue, ma, mb) : xc_subject_before(c, cue, ma, mb);
    if (first && xc_claimant_from(c, first, out))
        return 1;
    if (!inverted && S_office_subject(c, cue, ma, mb, 1, out))
        return 1;
    const xd_mention *second = inverted ? xc_subject_before(c, cue, ma, mb) : xc_subject_after(c, cue, ma, mb);
    if (second && xc_claimant_from(c, second, out))
        return 1;
    const xd_mention *prev = depth < 3 ? S_coordinated_with(c, cue, ma, mb) : NULL;
    if (prev && S_cue_subject_depth(c, prev, out, depth + 1))
        return 1;
    /* The agent of a passive report: "announced on Monday by the minister, Diosdado Cabello". */
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind != XP_AGENT || m->start < cue->end || m->start - cue->end > 40)
            continue;
        const xd_mention *agent = xc_agent_named(c, k, mb);
        if (agent && xc_claimant_from(c, agent, out))
            return 1;
        break;
    }
    if (S_report_agent_subject(c, cue, ma, mb, out)) /* inverted: a comma closes the aside before the verb */
        return 1;
    if (S_issued_subject(c, cue, out))
        return 1;
    if (depth == 0 && xc_phrase_subject(c, cue, ma, mb, inverted, out))
        return 1;
    return depth == 0 && S_implicit_subject(c, cue, ma, mb, out);
}

/* Whether a reporting-verb (or agent) match lies inside an actor's name ("Ministerio Público", "Defensoría Penal
 * Pública", "Comité por la Libertad"): then it is part of the name, not a verb. */
int xc_cue_in_name(const xc_ctx *c, const xd_mention *cue)
{
    size_t ma, mb;
    xc_range(c, cue->sent, &ma, &mb);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *a = &c->d->ments[k];
        if (a->kind == XP_ACTOR && a->start < cue->start && a->end >= cue->end)
            return 1;
    }
    return 0;
}

/* Index of the first mention starting at or after off (mentions are sorted by start). */
size_t xc_first_at(const extract_doc *d, size_t off)
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
    while (p > from && xc_is_space(t[p - 1]))
        p--;
    return p > from && t[p - 1] == ':';
}

int xc_quote_byline(xc_ctx *c, const xc_quote *q, extract_actor *out)
{
    size_t at;
    return S_quote_byline_at(c, q, out, &at);
}

/* The day a quotation signed with a dash was said, when the signature gives it ("CLAIM: "…" - President X, at his
 * morning news conference on Monday, September 26.", '"…" — Ana Ruiz, portavoz, el lunes'), or 0 bytes. */
const char *xc_byline_date(xc_ctx *c, const xc_quote *q)
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

/* xc_quote_byline, and the index of the name's mention in *at. */
static int S_quote_byline_at(xc_ctx *c, const xc_quote *q, extract_actor *out, size_t *at)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t p = q->close, end = d->text.len;
    while (p < end && ((unsigned char)t[p] >= 0x80 || t[p] == '"') && p - q->close < 3)
        p++; /* the rest of the closing mark */
    /* Twenty-fourth session. 'THE CLAIM: "More than 1,200 … in cells." Khalid Rahman, an organizer with …, speaking
     * to a crowd … on Sunday.', 'LA AFIRMACIÓN: «…». Ana Ruiz, diputada, en un mitin el lunes.': a quotation a label's
     * colon opens, whose sentence ends with it, signed by the next sentence of the line: a name, a comma, and no
     * reporting verb of its own (a fact check's claim and who made it, where and when) */
    int stop = p > q->close && (t[p - 1] == '.' || (q->close > 0 && t[q->close - 1] == '.')), signed_line = 0;
    if (p < end && t[p] == '.')
        stop = 1;
    size_t lo = q->open > 64 ? q->open - 64 : 0;
    if (stop && S_colon_before(t, lo, q->open)) {
        size_t r = p;
        while (r < end && (t[r] == '.' || t[r] == ' '))
            r++;
        /* a dash after it is the dashed signature below */
        signed_line = r < end && t[r] != '-' && (unsigned char)t[r] != 0xE2;
        if (signed_line)
            p = r;
    }
    while (!signed_line && p < end && (t[p] == '.' || t[p] == ',' || t[p] == ' '))
        p++;
    if (signed_line) {
        /* the name is read below */
    } else if (p < end && t[p] == '-')
        p++;
    else if (p + 2 < end && (unsigned char)t[p] == 0xE2 && (unsigned char)t[p + 1] == 0x80 &&
             ((unsigned char)t[p + 2] == 0x93 || (unsigned char)t[p + 2] == 0x94))
        p += 3; /* – — */
    else
        return 0;
    while (p < end && t[p] == ' ')
        p++;
    size_t k = xc_first_at(d, p);
    /* a title may open the signature ("- President Andrés Manuel López Obrador") */
    if (k + 1 < d->n_ments && d->ments[k].start == p && d->ments[k].kind == XP_TITLE &&
        d->ments[k + 1].kind == XP_ACTOR && d->ments[k + 1].start <= d->ments[k].end + 1)
        p = d->ments[++k].start;
    *at = k;
    if (signed_line) {
        /* the signature: the name, then a comma, in a sentence with no reporting verb */
        if (k >= d->n_ments || d->ments[k].start != p || d->ments[k].kind != XP_ACTOR || d->ments[k].end >= end ||
            t[d->ments[k].end] != ',')
            return 0;
        size_t si = d->ments[k].sent;
        for (size_t j = k; j < d->n_ments && d->ments[j].sent == si; j++)
            if (d->ments[j].kind == XP_CUE)
                return 0;
    }
    return k < d->n_ments && d->ments[k].start == p && d->ments[k].kind == XP_ACTOR &&
           xc_claimant_from(c, &d->ments[k], out);
}

/* The speaker of a quotation: "…", said X / "…", X said / X said: "…". Returns the cue used, or NULL. */
const xd_mention *xc_quote_speaker(xc_ctx *c, const xc_quote *q, extract_actor *out)
{
    extract_doc *d = c->d;
    const char *t = d->text.text;
    /* after the closing mark */
    size_t after = q->close;
    while (after < d->text.len && (unsigned char)t[after] >= 0x80 && after - q->close < 3)
        after++;
    if (after < d->text.len && (t[after] == '"'))
        after++;
    for (size_t k = xc_first_at(d, after); k < d->n_ments; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->start < after)
            continue;
        /* '"…," Hany Farouk, a spokesman for the State Information Service, said': farther when only a name and
         * its aside stand between (no end of sentence, no other quotation) */
        if (m->start > after + 60 && (m->start > after + 160 || S_sentence_end_between(t, after, m->start)))
            break;
        if (m->kind == XP_CUE && xc_quote_at(c, m->start) < 0) {
            /* only commas, dashes, spaces or a name between the quote and the verb */
            if (xc_cue_subject(c, m, out))
                return m;
            break;
        }
    }
    /* before the opening mark: "X said: “…" (mentions start before they end: look back from the open mark) */
    for (size_t k = xc_first_at(d, q->open); k-- > 0;) {
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
            if (xc_cue_subject(c, m, out))
                return m;
            break;
        }
    }
    return NULL;
}

/* Fourteenth session: plain noun phrases. Where a reporting verb's subject or a source word's complement stands
 * and the rules know no actor there ("La oficina del sheriff del condado de X eleva a 141…", "…, the Archdiocese
 * of X said", "segundo fontes do Judiciário"), the phrase itself is the claimant: the long tail of bodies no
 * lexicon names. Its kind comes from its first head word (`head_kinds`), unknown when none. */

/* The value the table `name` gives the folded word [a,b), or NULL. */
static const char *S_word_value(const xc_ctx *c, const char *name, size_t a, size_t b)
{
    const xp_table *tb = xp_table_get(c->d->pat, c->d->lang, name);
    if (!tb || !tb->values || b <= a)
        return NULL;
    size_t fa = xc_fold_at(c->d, a), fb = xc_fold_at(c->d, b);
    long r = fb > fa ? xp_table_find(tb, c->d->fold.data + fa, fb - fa) : -1;
    return r >= 0 ? tb->values[r] : NULL;
}

static int S_upper_at(const char *t, size_t p, size_t hi)
{
    unsigned char f = (unsigned char)t[p];
    return (f >= 'A' && f <= 'Z') || (f == 0xC3 && p + 1 < hi && (unsigned char)t[p + 1] >= 0x80 &&
                                      (unsigned char)t[p + 1] < 0x9F);
}

/* Whether [s,e) is a plain noun phrase: an optional determiner (`phrase_words`), a noun, and words that qualify
 * it — capitalised words, lower-case adjectives, complements joined by a link word (de, del, do, of) with their
 * own article, an acronym in parentheses. No figure, verb of saying, date, reference or event word inside; no word
 * that opens a clause or an adjunct (relative, link and adjunct words, conjunctions); never ending on a link. The
 * noun is no word for people counted nor for a report. bare: a lower-case noun may open it with no determiner
 * (after a source word: "segundo fontes do…"). Sets *ns to the noun (the phrase's name starts there). */
static int S_plain_phrase(const xc_ctx *c, size_t ma, size_t mb, size_t s, size_t e, int bare, size_t *ns)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    while (s < e && xc_is_space(t[s]))
        s++;
    while (e > s && xc_is_space(t[e - 1]))
        e--;
    if (e <= s || e - s > 120)
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->end <= s || m->start >= e)
            continue;
        if (m->kind == XP_NUMBER || m->kind == XP_CUE || m->kind == XP_CLAUSE || m->kind == XP_DATE ||
            m->kind == XP_SOURCE || m->kind == XP_PRONOUN || m->kind == XP_TRIGGER || m->kind == XP_AGENT ||
            m->kind == XP_COLLECTIVE || m->kind == XP_QUALIFIER)
            return 0;
    }
    size_t p = s, head = SIZE_MAX, head_end = 0;
    int words = 0, content = 0, last_link = 0, det_ok = 1, det = 0;
    while (p < e) {
        while (p < e && xc_is_space(t[p]))
            p++;
        if (p >= e)
            break;
        if (t[p] == '(') { /* "(SPVM)": an acronym after the name */
            size_t q = p + 1;
            while (q < e && t[q] != ')' && !xc_is_space(t[q]))
                q++;
            if (head == SIZE_MAX || last_link || q >= e || t[q] != ')' || q == p + 1 || !S_upper_at(t, p + 1, e))
                return 0;
            p = q + 1;
            continue;
        }
        size_t we = S_word_end(t, p, e);
        if (we == p || ++words > 10 || (t[p] >= '0' && t[p] <= '9'))
            return 0;
        const char *role = S_word_value(c, "phrase_words", p, we);
        int upper = S_upper_at(t, p, e);
        if (role && strcmp(role, "stop") == 0)
            return 0;
        if (role && strcmp(role, "det") == 0 && det_ok && (!upper || p == s)) {
            det = det || p == s;
            det_ok = 0;
            p = we;
            continue;
        }
        if (role && strcmp(role, "link") == 0 && !upper) {
            if (head == SIZE_MAX || last_link)
                return 0;
            last_link = det_ok = 1;
            p = we;
            continue;
        }
        /* "la embajada de Cuba en España", "o consulado do Brasil em Lisboa": a place named after the body is
         * part of its name; a place word before anything else than a capital opens an adjunct (thirtieth
         * session) */
        if (role && strcmp(role, "place") == 0 && !upper && head != SIZE_MAX && !last_link) {
            size_t nx = we;
            while (nx < e && xc_is_space(t[nx]))
                nx++;
            if (nx < e && S_upper_at(t, nx, e)) {
                last_link = 1;
                det_ok = 0;
                p = we;
                continue;
            }
        }
        if (!upper && (xc_words_before(c, "relative_words", p, we, XC_LOWER) ||
                       xc_words_before(c, "link_words", p, we, XC_LOWER) ||
                       xc_words_before(c, "adjunct_words", p, we, XC_LOWER) ||
                       xc_words_before(c, "agent_words", p, we, XC_LOWER)))
            return 0;
        if (head == SIZE_MAX)
            head = p, head_end = we;
        content++;
        last_link = det_ok = 0;
        p = we;
    }
    if (head == SIZE_MAX || last_link || (!det && !bare && !S_upper_at(t, head, e)))
        return 0;
    /* "a agência", "the organisers", "o comando": one lower-case noun refers to someone named before (the
     * references' steps resolve it, or no one); a title ("el fiscal", "the state prosecutor") is the offices' */
    if ((!S_upper_at(t, head, e) && content < 2) || xc_mention_at(c, ma, mb, head, XP_TITLE) ||
        xc_words_before(c, "question_words", s, S_word_end(t, s, e), XC_ANY_CASE) ||
        xc_words_before(c, "adjunct_words", s, e, XC_ANY_CASE))
        return 0;
    /* "los detenidos dijeron", "las cifras hablan de": the people counted or the report, not who speaks */
    if (xc_lexicon_has(c, "PEOPLE", head, head_end) || xc_lexicon_has(c, "PEOPLE_HELD", head, head_end) ||
        xc_lexicon_has(c, "PEOPLE_DETAINED", head, head_end) || xc_words_before(c, "report_words", s, head_end, XC_ANY_CASE))
        return 0;
    *ns = head;
    return 1;
}

/* The kind of the phrase [s,e): its first word the `head_kinds` table knows ("oficina del sheriff": the sheriff's,
 * government; "emissoras de televisão": media), else unknown. */
extract_actor_kind xc_phrase_kind(const xc_ctx *c, size_t s, size_t e)
{
    const char *t = c->d->text.text;
    for (size_t p = s; p < e;) {
        while (p < e && (xc_is_space(t[p]) || t[p] == '(' || t[p] == ')'))
            p++;
        size_t we = S_word_end(t, p, e);
        if (we == p)
            break;
        /* "press service", "serviço de imprensa", "servicio de prensa": a row of two or three words is read before
         * its first word alone, so a state's press office is the state's, not the media's (twenty-fifth session) */
        const char *k = NULL;
        size_t w2 = we, w3 = we;
        if (w2 < e && t[w2] == ' ') {
            w2 = S_word_end(t, we + 1, e);
            if (w2 < e && t[w2] == ' ')
                w3 = S_word_end(t, w2 + 1, e);
        }
        if (w3 > w2)
            k = S_word_value(c, "head_kinds", p, w3);
        if (!k && w2 > we)
            k = S_word_value(c, "head_kinds", p, w2);
        if (!k)
            k = S_word_value(c, "head_kinds", p, we);
        /* "os comités de apoio", "los consulados", "the committees": a plural is read as its singular row, so the
         * table lists each noun once (twenty-ninth session) */
        if (!k && we - p > 3 && t[we - 1] == 's') {
            k = S_word_value(c, "head_kinds", p, we - 1);
            if (!k && t[we - 2] == 'e')
                k = S_word_value(c, "head_kinds", p, we - 2);
        }
        if (k && strcmp(k, "government") == 0)
            return EXTRACT_KIND_GOVERNMENT;
        if (k && strcmp(k, "organization") == 0)
            return EXTRACT_KIND_ORGANIZATION;
        if (k && strcmp(k, "media") == 0)
            return EXTRACT_KIND_MEDIA;
        p = we;
    }
    return EXTRACT_KIND_UNKNOWN;
}

/* "according to the headquarters", "segundo o comitê", "según la coordinadora": an article and one noun, where a
 * reporting verb's subject or a source word's complement stands, refer back to the body named before whose name
 * holds that noun ahead of its first complement ("the Coordination Headquarters for the Treatment of Prisoners of
 * War": headquarters, not prisoners). The nearest such body within a few thousand bytes, or NULL (thirtieth
 * session). */
static const xd_mention *S_body_by_noun(const xc_ctx *c, size_t mb, size_t s, size_t e)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    while (s < e && xc_is_space(t[s]))
        s++;
    size_t de = S_word_end(t, s, e);
    const char *role = S_word_value(c, "phrase_words", s, de);
    if (de == s || !role || strcmp(role, "det") != 0)
        return NULL;
    size_t w = de;
    while (w < e && xc_is_space(t[w]))
        w++;
    size_t we = S_word_end(t, w, e);
    if (we != e || we - w < 4 || xc_lexicon_has(c, "PEOPLE", w, we) || xc_lexicon_has(c, "PEOPLE_HELD", w, we) ||
        xc_lexicon_has(c, "PEOPLE_DETAINED", w, we) || S_word_value(c, "phrase_words", w, we))
        return NULL;
    size_t fw = xc_fold_at(d, w), fwe = xc_fold_at(d, we);
    for (size_t k = mb; k-- > 0;) {
        const xd_mention *m = &d->ments[k];
        if (m->end > s || m->kind != XP_ACTOR || m->dead || m->actor_kind == EXTRACT_KIND_PERSON)
            continue;
        if (s - m->end > 6000)
            break;
        size_t ns = m->name_e > m->name_s ? m->name_s : m->start, ne = m->name_e > m->name_s ? m->name_e : m->end;
        for (size_t p = ns; p < ne;) {
            while (p < ne && xc_is_space(t[p]))
                p++;
            size_t pe = S_word_end(t, p, ne);
            if (pe == p)
                break;
            const char *r = S_word_value(c, "phrase_words", p, pe);
            if (r && p > ns && (strcmp(r, "link") == 0 || strcmp(r, "place") == 0))
                break;
            size_t fp = xc_fold_at(d, p), fpe = xc_fold_at(d, pe);
            if (fpe - fp == fwe - fw && memcmp(d->fold.data + fp, d->fold.data + fw, fwe - fw) == 0)
                return m;
            p = pe;
        }
    }
    return NULL;
}

/* The claimant a plain phrase [s,e) gives: the actor that spans it when the rules read one there (past the dates
 * and adjuncts the other steps do not cross), a body named before that the phrase refers to, else the phrase
 * itself. */
static int S_phrase_claimant(xc_ctx *c, size_t ma, size_t mb, size_t s, size_t e, int bare, extract_actor *out)
{
    const char *t = c->d->text.text;
    size_t ns;
    while (e > s && (xc_is_space(t[e - 1]) || t[e - 1] == '.'))
        e--;
    const xd_mention *named = S_body_by_noun(c, mb, s, e);
    if (named && xc_claimant_from(c, named, out)) {
        xc_trace(c, "\"%.*s\" refers to %s, named before", (int)(e - s), t + s, out->name);
        return 1;
    }
    if (!S_plain_phrase(c, ma, mb, s, e, bare, &ns))
        return 0;
    /* the actor that spans the phrase; a name in apposition closing it ("el sargento Gary Phillips", "a
     * estação pública canadiana CBC"), not one a link word joins ("la oficina del sheriff del condado de X") */
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind != XP_ACTOR || m->start < ns || m->start >= e)
            continue;
        if (m->start == ns && m->end >= e - 1)
            return xc_claimant_from(c, m, out);
        size_t w = m->start;
        while (w > ns && xc_is_space(t[w - 1]))
            w--;
        size_t wb = w;
        while (wb > ns && !xc_is_space(t[wb - 1]))
            wb--;
        const char *role = S_word_value(c, "phrase_words", wb, w);
        int linked = role != NULL && strcmp(role, "source") != 0; /* after a link or its article */
        if (!linked && m->end >= e - 1)
            return xc_claimant_from(c, m, out);
    }
    extract_actor_kind kind = xc_phrase_kind(c, ns, e);
    if (kind == EXTRACT_KIND_UNKNOWN)
        return 0;
    out->name = xc_dup(c, ns, e);
    out->title = NULL;
    out->kind = kind;
    if (!out->name)
        return 0;
    xc_trace(c, "the plain phrase \"%.*s\" stands where the claimant should: %s", (int)(e - ns), t + ns, out->name);
    return 1;
}

/* Whether t[p-1] closes a clause mark: a comma, semicolon, colon, parenthesis, quotation mark or dash. */
static int S_mark_before(const char *t, size_t lo, size_t p)
{
    if (p <= lo)
        return 0;
    unsigned char ch = (unsigned char)t[p - 1];
    if (strchr(",;:()\"", ch))
        return 1;
    return p >= lo + 2 && ((p >= lo + 3 && (unsigned char)t[p - 3] == 0xE2 && (ch == 0x94 || ch == 0x93 ||
                                                                                 ch == 0x9C || ch == 0x9D)) ||
                           ((unsigned char)t[p - 2] == 0xC2 && (ch == 0xAB || ch == 0xBB)));
}

/* The plain phrase before a reporting verb: from the clause's opening (the sentence's start or the last clause
 * mark), past dates and adjunct words ("La oficina del sheriff … eleva a", "…, the Archdiocese of X said on
 * Wednesday"), or before an aside that closes at the verb. aside_only: only the latter. */
static int S_phrase_before(xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb, size_t lo, int aside_only,
                           extract_actor *out)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t e = cue->start;
    for (int step = 0; step < 4; step++) {
        while (e > lo && xc_is_space(t[e - 1]))
            e--;
        const xd_mention *dm = NULL;
        for (size_t k = ma; k < mb && !dm; k++)
            if (d->ments[k].kind == XP_DATE && d->ments[k].end == e && d->ments[k].start > lo)
                dm = &d->ments[k];
        if (dm) {
            e = dm->start;
            continue;
        }
        size_t w = e;
        while (w > lo && !xc_is_space(t[w - 1]))
            w--;
        if (w < e && xc_words_before(c, "adjunct_words", w, e, XC_LOWER)) {
            e = w;
            continue;
        }
        break;
    }
    size_t s = e;
    while (s > lo && !S_mark_before(t, lo, s))
        s--;
    if (s < e || s <= lo || t[s - 1] != ',')
        return !aside_only && S_phrase_claimant(c, ma, mb, s, e, 0, out);
    /* "O consulado da Guatemala, que enviou funcionários à cidade, afirma", "La embajada, consultada por este
     * diario, negó": the verb's subject stands before an aside that a relative word or a participle opens
     * (thirtieth session; the walk over actors does the same for names the rules read) */
    size_t close = s - 1, o = close;
    while (o > lo && t[o - 1] != ',' && close - o < 240)
        o--;
    if (o <= lo || t[o - 1] != ',')
        return 0;
    o = S_relative_aside_start(c, lo, o, close);
    size_t a = o;
    while (a < close && xc_is_space(t[a]))
        a++;
    size_t aw = S_word_end(t, a, close);
    int words = 0;
    for (size_t i = a; i < close; i++)
        words += xc_is_space(t[i]);
    if (aw == a || words > 24 || !(xc_relative_word(c, a) || (t[a] >= 'a' && t[a] <= 'z' && S_participle(t + a, aw - a))))
        return 0;
    e = o - 1;
    s = e;
    while (s > lo && !S_mark_before(t, lo, s))
        s--;
    return S_phrase_claimant(c, ma, mb, s, e, 0, out);
}

/* A reporting verb whose subject slot holds a plain phrase no actor was read in: before the verb from the clause's
 * opening (the sentence's start or the last clause mark), past dates and adjunct words ("La oficina del sheriff …
 * eleva a", "…, the Archdiocese of X said on Wednesday"); after an inverted verb up to the clause's end ("…,
 * anunciou então, a 6 de agosto, o Ministério Público militar."). */
int xc_phrase_subject(xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb, int inverted, extract_actor *out)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[cue->sent].start, hi = d->sents[cue->sent].end;
    if (d->dateline_end > lo && d->dateline_end <= cue->start)
        lo = d->dateline_end;
    if (!inverted)
        return S_phrase_before(c, cue, ma, mb, lo, 0, out);
    if (S_told_open(c, cue, NULL))
        return 0; /* "declarou à agência TASS": whom the verb told */
    size_t p = cue->end;
    for (int step = 0; step < 6; step++) {
        while (p < hi && xc_is_space(t[p]))
            p++;
        if (p < hi && t[p] == ',') {
            p++;
            continue;
        }
        const xd_mention *dm = xc_mention_at(c, ma, mb, p, XP_DATE);
        if (dm) {
            p = dm->end;
            continue;
        }
        size_t we = S_word_end(t, p, hi);
        if (we > p && xc_words_before(c, "adjunct_words", p, we, XC_LOWER)) {
            p = we;
            continue;
        }
        break;
    }
    size_t e = p;
    while (e < hi && !strchr(",;:(\"!?", t[e]) && !(t[e] == '.' && (e + 1 >= hi || xc_is_space(t[e + 1]))))
        e++;
    /* "O consulado, que fica na cidade, afirma que…": a verb after a comma that opens a clause, no subject after
     * it, has its subject before the aside */
    return S_phrase_claimant(c, ma, mb, p, e, 0, out) || S_phrase_before(c, cue, ma, mb, lo, 1, out);
}

/* A source word whose complement is a plain phrase no actor was read in: "segundo fontes do Judiciário portenho",
 * "según algunos medios locales", "according to the Archdiocese of X". */
int xc_phrase_source(xc_ctx *c, const xd_mention *src, size_t ma, size_t mb, extract_actor *out)
{
    const char *t = c->d->text.text;
    size_t hi = c->d->sents[src->sent].end, e = src->end, w = src->end;
    while (w > src->start && !xc_is_space(t[w - 1]))
        w--;
    /* a bare plural ("segundo fontes do Judiciário") only right after the source word: after "según el informe"
     * what follows qualifies the report */
    const char *role = S_word_value(c, "phrase_words", w, src->end);
    int bare = role && strcmp(role, "source") == 0;
    while (e < hi && !strchr(",;:(\"!?", t[e]) && !(t[e] == '.' && (e + 1 >= hi || xc_is_space(t[e + 1]))))
        e++;
    return S_phrase_claimant(c, ma, mb, src->end, e, bare, out);
}
