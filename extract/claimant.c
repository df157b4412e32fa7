/* claimant.c - the claimant of one count: the cue that frames it, the speaker a paragraph carries on, labels and
 * bylines, or no one when the journalist states the figure (docs/design.md, "Claimants"). */
#include "claims_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Whether a mention at `off` may speak for a count in quotation q (-1: none). A quotation embedded in one
 * sentence ('X aseguró que "ya van 400"') belongs to that sentence's reporting verb; a quotation running over
 * several sentences only to its own words and its speaker. */
int xc_same_context(const xc_ctx *c, long q, size_t off, size_t si)
{
    long mq = xc_quote_at(c, off);
    if (q < 0)
        return mq < 0;
    const xd_sentence *s = &c->d->sents[si];
    int embedded = c->quotes[q].open >= s->start && c->quotes[q].close < s->end;
    return mq == q || (embedded && mq < 0);
}

/* Whether a clause break lies between offsets a and b of one sentence. */
int xc_clause_between(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b)
{
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind == XP_CLAUSE && m->start >= a && m->end <= b)
            return 1;
    }
    return 0;
}

/* "segundo a mesma OVD-Info", "según la propia Fiscalía", "according to the same Foro Penal": a word saying the
 * name was met before, right before it, is no part of the gap between a source word and its name. */
static int S_same_before(const xc_ctx *c, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    while (b > a && xc_is_space(t[b - 1]))
        b--;
    size_t w = b;
    while (w > a && !xc_is_space(t[w - 1]))
        w--;
    return w < b && xc_listed(c, "same_words", w, b, XC_LOWER | XC_ALL_LANGS);
}

/* "X said that 300 had been released, while 1,500 remained in custody", "…, X told a press conference, while 231
 * remain in custody", "informó de que 24 quedaron libres, mientras que otros tres permanecen en prisión": a clause
 * of contrast (`while_words`), or a semicolon, after what a verb reported goes on with the report. Every break
 * between the verb and the count must be one, and the verb must have reported something before the first: a
 * complementizer after it, or (for a contrast) a figure before it in the sentence. A verb of the new clause, nearer
 * the count, is found before this one. */
static int S_report_goes_on(const xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb, size_t at)
{
    const char *t = c->d->text.text;
    size_t first = SIZE_MAX;
    int semicolon = 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind != XP_CLAUSE || m->start < cue->end || m->end > at)
            continue;
        /* "he said that 208 had been detained; seven had been released, leaving 201 in custody": a semicolon after
         * a reported clause goes on with the report (eighteenth session), only after a complementizer */
        if (t[m->start] == ';')
            semicolon = 1;
        else if (!xc_words_before(c, "while_words", m->start, m->end, XC_LOWER))
            return 0;
        if (first == SIZE_MAX)
            first = m->start;
    }
    if (first == SIZE_MAX)
        return 0;
    if (xc_has_that(c, cue->end, first))
        return 1;
    if (semicolon)
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind == XP_NUMBER && m->end <= cue->start && xc_quote_at(c, m->start) < 0)
            return 1;
    }
    return 0;
}

/* Whether sentence si opens with an entry of the lexicon `name` (one to three words, any case). */
int xc_opens_with(const xc_ctx *c, size_t si, const char *name)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[si].start, hi = c->d->sents[si].end, pos = lo;
    for (int w = 0; w < 3 && pos < hi; w++) {
        while (pos < hi && xc_is_space(t[pos]))
            pos++;
        while (pos < hi && !xc_is_space(t[pos]) && t[pos] != ',')
            pos++;
        if (xc_words_before(c, name, lo, pos, XC_ANY_CASE))
            return 1;
    }
    return 0;
}

/* "A junta amnistiou hoje 7.749 presos. A informação foi avançada pela televisão estatal.", "La policía detuvo a 21
 * personas. El balance fue difundido por el portavoz, Luis Mora.": the sentence right after a count (same paragraph,
 * no figure of its own) opens with a word for what was reported (report_words, or a reference to the figure) and
 * names who gave it after an agent word: that is the source of the sentence before. */
static int S_report_back(xc_ctx *c, size_t si, extract_actor *out)
{
    extract_doc *d = c->d;
    size_t sn = si + 1;
    if (sn >= d->n_sents || d->sents[sn].para != d->sents[si].para || d->sents[sn].section != XD_SECTION_BODY ||
        d->sents[si].section != XD_SECTION_BODY || xc_has_number(c, sn))
        return 0;
    size_t lo = d->sents[sn].start;
    int opens = xc_opens_with(c, sn, "report_words");
    size_t a, b;
    xc_range(c, sn, &a, &b);
    /* "That is the count of the rights group OVD-Info.", "Es el recuento de la ONG X.", "É a contagem da X.": a
     * reference to the figure after a word or two of lower case (a demonstrative and a copula), then a link word
     * and who made it */
    for (size_t k = a; k < b; k++) {
        const xd_mention *r = &d->ments[k];
        if (!xc_figure_ref(r) || r->start > lo + 16 || xc_quote_at(c, r->start) >= 0)
            continue;
        size_t w = lo + 1;
        while (w < r->start && !xc_is_space(d->text.text[w]))
            w++; /* the capitalised opening word */
        while (w < r->start && xc_is_space(d->text.text[w]))
            w++;
        if (w < r->start && !xc_lower_words(d->text.text, w, r->start, 1))
            continue;
        for (size_t j = k + 1; j < b; j++) {
            const xd_mention *ac = &d->ments[j];
            if (ac->start < r->end || ac->start - r->end > 8)
                continue;
            size_t we = ac->start; /* "da ONG": a reference may hold its link word */
            while (we < ac->end && !xc_is_space(d->text.text[we]))
                we++;
            if ((ac->kind == XP_ACTOR || (ac->kind == XP_PRONOUN && ac->role != XD_REF_CLAIM)) &&
                (xc_words_before(c, "link_words", r->end, ac->start, XC_LOWER | XC_ALL_LANGS) ||
                 (ac->kind == XP_PRONOUN && xc_words_before(c, "link_words", ac->start, we, XC_LOWER | XC_ALL_LANGS))) &&
                xc_claimant_from(c, ac, out)) {
                xc_trace(c, "claimant %s: the next sentence says whose count it is", out->name);
                return 1;
            }
        }
        break;
    }
    for (size_t k = a; k < b && !opens; k++)
        if (xc_figure_ref(&d->ments[k]) && d->ments[k].start <= lo + 1)
            opens = 1;
    if (!opens)
        return 0;
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_AGENT || xc_quote_at(c, m->start) >= 0 || xc_cue_in_name(c, m))
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
        if (agent && xc_claimant_from(c, agent, out)) {
            xc_trace(c, "claimant %s: the next sentence says who gave the figures", out->name);
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
        if (m->start > lo + 24 || xc_quote_at(c, m->start) >= 0)
            return 0;
        /* "Así lo confirmó el miércoles el portavoz del Ejército, teniente coronel Filipo Tarakinikini": the verb's
         * inverted subject, read as any inverted subject is (a title then the person in apposition) */
        const xd_mention *who = xc_subject_after(c, m, a, b);
        if (who && who->kind == XP_ACTOR && xc_claimant_from(c, who, out)) {
            xc_trace(c, "claimant %s: the next sentence's reporting verb names who gave the figures", out->name);
            return 1;
        }
        for (size_t j = k + 1; j < b; j++) {
            const xd_mention *ac = &d->ments[j];
            if (ac->start < m->end)
                continue;
            if (ac->start - m->end > 40 || ac->kind == XP_CUE || ac->kind == XP_CLAUSE || xc_num(ac))
                break;
            if (ac->kind == XP_ACTOR && xc_claimant_from(c, ac, out)) {
                xc_trace(c, "claimant %s: the next sentence's reporting verb names who gave the figures", out->name);
                return 1;
            }
        }
        return 0;
    }
    return 0;
}

/* "Las 2.790 restantes continúan presas", "As 40 restantes", "The 2,790 remaining": an article, the figure, then a
 * one-word row of `continue_words` opening the sentence, the figure being a part of the one before (seventeenth
 * session). */
static int S_article_count_continues(const xc_ctx *c, size_t si)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[si].start, hi = d->sents[si].end, p = lo;
    while (p < hi && !xc_is_space(t[p]))
        p++;
    if (p >= hi || !xc_listed(c, "article_words", lo, p, XC_ANY_CASE))
        return 0;
    while (p < hi && xc_is_space(t[p]))
        p++;
    size_t ma, mb;
    xc_range(c, si, &ma, &mb);
    const xd_mention *num = xc_mention_at(c, ma, mb, p, XP_NUMBER);
    if (!num)
        return 0;
    size_t w = num->end;
    while (w < hi && xc_is_space(t[w]))
        w++;
    size_t we = w;
    while (we < hi && xc_letter_byte((unsigned char)t[we]))
        we++;
    return we > w && xc_listed(c, "continue_words", w, we, XC_LOWER);
}

/* "Segundo a OVD-Info, 5.020 pessoas foram detidas no domingo. Com isso, passa de 13 mil o total de detidos…": a
 * sentence with no reporting verb, source or quotation of its own continues the report of the sentence right before
 * it in the same paragraph, when that one reports outside quotations: the claimant of its last figure, else the
 * actor after its source phrase or its reporting verb's subject. */
static int S_previous_source(xc_ctx *c, size_t si, extract_actor *out)
{
    extract_doc *d = c->d;
    if (si == 0 || d->sents[si].section != XD_SECTION_BODY)
        return 0;
    size_t sp = si - 1;
    if (d->sents[sp].para != d->sents[si].para || d->sents[sp].section != XD_SECTION_BODY)
        return 0;
    if (!xc_opens_with(c, si, "continue_words") && !S_article_count_continues(c, si))
        return 0; /* background the journalist adds ("In 2021, 11,000 were detained") is nobody's report */
    size_t a, b;
    xc_range(c, si, &a, &b);
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if ((m->kind == XP_CUE && !xc_cue_in_name(c, m)) || m->kind == XP_SOURCE || xc_quote_at(c, m->start) >= 0)
            return 0; /* a sentence that reports, or quotes, makes its own statement */
    }
    if (d->n_claims && d->claims[d->n_claims - 1].start == d->sents[sp].start) {
        if (!d->claims[d->n_claims - 1].claimant.name)
            return 0;
        *out = d->claims[d->n_claims - 1].claimant;
        xc_trace(c, "claimant %s: the sentence before reports, this one continues it", out->name);
        return 1;
    }
    xc_range(c, sp, &a, &b);
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if (xc_quote_at(c, m->start) >= 0)
            continue;
        if (m->kind == XP_SOURCE) {
            for (size_t j = k + 1; j < b; j++) {
                const xd_mention *ac = &d->ments[j];
                if ((ac->kind == XP_ACTOR || ac->kind == XP_PRONOUN) && ac->start >= m->end &&
                    xc_gap_words(d->text.text, m->end, ac->start, 1, 12) && xc_claimant_from(c, ac, out)) {
                    xc_trace(c, "claimant %s: the sentence before gives the source, this one continues it", out->name);
                    return 1;
                }
            }
            return 0;
        }
        if (m->kind == XP_CUE && !xc_cue_in_name(c, m)) {
            if (!xc_cue_subject(c, m, out))
                return 0;
            xc_trace(c, "claimant %s: the sentence before reports, this one continues it", out->name);
            return 1;
        }
    }
    return 0;
}

static int S_account_of(const xc_ctx *c, size_t src, size_t a, size_t as);

/* "22:50 | Yermak: 215 ucranianos vuelven a casa", "OVD-Info: más de 1.300 detenidos", "11:05 - Reuters: 40
 * arrested": a live-blog entry or a headline that opens with a name and a colon gives the words after it as that
 * name's. The name may follow a clock time and a separator (| - – —); a country or a place ("Venezuela: 800
 * presos", place=1) is where, not who, and a name in capitals ("CORRESPONSAL:", "RICARDO MENDONÇA:") labels a
 * speaker of a transcript, who reports rather than claims. Returns 1 with the name when a count at `at` follows
 * such a label. */
static int S_label_speaker(xc_ctx *c, size_t si, size_t at, size_t ma, size_t mb, extract_actor *out)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[si].start, hi = c->d->sents[si].end, p = lo;
    while (p < hi && xc_is_space(t[p]))
        p++;
    size_t d = p;
    while (d < hi && d - p < 2 && t[d] >= '0' && t[d] <= '9')
        d++;
    if (d > p && d + 3 < hi && (t[d] == ':' || t[d] == '.' || t[d] == 'h') && t[d + 1] >= '0' && t[d + 1] <= '9' &&
        t[d + 2] >= '0' && t[d + 2] <= '9') {
        size_t q = d + 3;
        while (q < hi && xc_is_space(t[q]))
            q++;
        if (q < hi && (t[q] == '|' || t[q] == '-'))
            q++;
        else if (q + 2 < hi && (unsigned char)t[q] == 0xE2 && (unsigned char)t[q + 1] == 0x80 &&
                 ((unsigned char)t[q + 2] == 0x93 || (unsigned char)t[q + 2] == 0x94))
            q += 3; /* – — */
        else
            return 0;
        while (q < hi && xc_is_space(t[q]))
            q++;
        p = q;
    }
    const xd_mention *a = xc_mention_at(c, ma, mb, p, XP_ACTOR);
    /* "17:45 — Primer parte de la Policía Federal: 87 detenidos", "Novo balanço da PSP: 40 detidos": an account
     * (`account_words`) of a body opening the entry labels the words after the colon as that body's, as the body's
     * name alone would (S_account_of reads "<account> de <article> <actor>"; twenty-third session). A capitalised
     * word opening the entry ("Primer") that no colon follows is no label of its own. */
    if (a) {
        size_t e = a->end;
        while (e < hi && xc_is_space(t[e]))
            e++;
        if (e >= hi || t[e] != ':')
            a = NULL;
    }
    size_t w = p; /* the entry's first word is capitalised: the gap S_account_of reads starts after it */
    while (w < hi && !xc_is_space(t[w]) && t[w] != ':')
        w++;
    for (size_t k = ma; k < mb && !a; k++) {
        const xd_mention *o = &c->d->ments[k];
        if (o->start > p + 72)
            break;
        if (o->kind == XP_ACTOR && o->start > w && S_account_of(c, p, w, o->start))
            a = o;
    }
    if (!a || xp_attr_get(a->rule, "place") || xp_attr_get(a->rule, "document"))
        return 0;
    size_t e = a->end;
    while (e < hi && xc_is_space(t[e]))
        e++;
    if (e >= hi || t[e] != ':' || at <= e)
        return 0;
    int lower = 0;
    for (size_t k = a->start; k < a->end && !lower; k++)
        lower = t[k] >= 'a' && t[k] <= 'z';
    if (!lower || !xc_claimant_from(c, a, out))
        return 0;
    /* "Confirmado:", "Update:", "Atualização:": one capitalised word the text never gave as part of a full name is
     * a heading word, not a speaker ("Yermak:" after "Andriy Yermak" is) */
    if (a->actor_kind == EXTRACT_KIND_PERSON && !memchr(t + a->start, ' ', a->end - a->start) &&
        (!out->name || !strchr(out->name, ' '))) {
        memset(out, 0, sizeof *out);
        return 0;
    }
    xc_trace(c, "claimant %s: the entry opens with the name and a colon", out->name);
    return 1;
}

/* "El ministerio ha revisado el balance de la noche: fueron 917 los detenidos", "The ministry revised its tally: 917
 * were arrested": a clause opening the sentence whose object is a report (`report_words`) and that a colon closes
 * introduces the figure after the colon; the name opening that clause is the claimant. No other name between the
 * opening one and the report word; the count after the last colon of its sentence. */
static int S_report_colon(xc_ctx *c, size_t si, size_t at, size_t ma, size_t mb, extract_actor *out)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[si].start, colon = 0;
    for (size_t i = lo; i < at; i++)
        if (t[i] == ':')
            colon = i;
    if (!colon)
        return 0;
    size_t p = lo;
    while (p < colon && xc_is_space(t[p]))
        p++;
    const xd_mention *a = xc_mention_at(c, ma, mb, p, XP_ACTOR);
    if (!a)
        a = xc_mention_at(c, ma, mb, p, XP_PRONOUN);
    if (!a || a->end >= colon || (a->kind == XP_PRONOUN && a->actor_kind < 0 && a->role != XD_REF_ORG &&
                                  a->role != XD_REF_GOV && a->role != XD_REF_PERSON))
        return 0;
    size_t rep = 0;
    for (size_t e = a->end + 1; e <= colon && !rep; e++)
        if ((e == colon || xc_is_space(t[e])) && !xc_is_space(t[e - 1]) &&
            xc_words_before(c, "report_words", a->end, e, XC_LOWER))
            rep = e;
    if (!rep)
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        if (o != a && (o->kind == XP_ACTOR || o->kind == XP_CUE || o->kind == XP_NUMBER) && o->start >= a->end &&
            o->start < rep)
            return 0;
    }
    if (!xc_claimant_from(c, a, out))
        return 0;
    xc_trace(c, "claimant %s: it opens the clause that gives a report before the colon", out->name);
    return 1;
}

/* Whether the word before `pos` is an English possessive ("the students' legal team", "the union's lawyers"). */
static int S_possessive_before(const char *t, size_t pos)
{
    while (pos > 0 && xc_is_space(t[pos - 1]))
        pos--;
    if (pos >= 2 && ((t[pos - 1] == '\'' && t[pos - 2] == 's') || (t[pos - 2] == '\'' && t[pos - 1] == 's')))
        return 1;
    /* the typographic apostrophe (U+2019) */
    return (pos >= 4 && (unsigned char)t[pos - 3] == 0x80 && (unsigned char)t[pos - 2] == 0x99 && t[pos - 1] == 's' &&
            (unsigned char)t[pos - 4] == 0xE2) ||
           (pos >= 4 && (unsigned char)t[pos - 2] == 0x80 && (unsigned char)t[pos - 1] == 0x99 &&
            (unsigned char)t[pos - 3] == 0xE2 && t[pos - 4] == 's');
}

/* Whether text[src,as) (the source phrase at src, its end at a) reads "<article> <account noun> <adjective> of
 * <article>" before the actor at `as`: "según la
 * investigación de la Fiscalía", "segundo os cálculos do comando", "according to the latest estimate of the
 * ministry". An account (`account_words`: an investigation, an estimate, a count, a report) is only what a body
 * said, so the body it is of is the source (twenty-second session). At most eight short words: the look-back is
 * bounded. */
static int S_account_of(const xc_ctx *c, size_t src, size_t a, size_t as)
{
    const char *t = c->d->text.text;
    if (as <= a || !xc_gap_words(t, a, as, 8, 72))
        return 0;
    /* the word(s) right before the actor: an optional article, then of_words */
    size_t b, e;
    xc_word_before(t, a, as, &b, &e);
    if (xc_listed(c, "article_words", b, e, XC_LOWER))
        xc_word_before(t, a, b, &b, &e);
    if (b >= e || !xc_listed(c, "of_words", b, e, XC_LOWER))
        return 0;
    /* "según el balance que presentó el portavoz de la Policía": a relative clause names who gave the account
     * (the relative rule reads it); only an account's own words stand between it and "of" */
    if (xc_listed_in(c, "that_words", a, b, XC_LOWER) < b || xc_listed_in(c, "relative_words", a, b, XC_LOWER) < b)
        return 0;
    /* an account noun among the words before "of", the source phrase's own included ("Segundo o relatório de
     * inspeção do Conselho": the phrase rule reads the noun with the source word) */
    return xc_listed_in(c, "account_words", src, b, XC_LOWER) < b;
}

/* "según la abogada Renata Moura", "segundo o ministro João Lima", "according to the lawyer Ana Ruiz": an article
 * and a title (and a word that qualifies it) between the source word at a and the person's name at name; the
 * title is read as the subject walk reads one in an apposition (xc_title_before_name). Twenty-third session. */
static int S_titled_after(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t name)
{
    const char *t = c->d->text.text;
    while (a < name && xc_is_space(t[a]))
        a++;
    return a < name && name - a <= 48 && xc_title_before_name(c, ma, mb, a, name);
}

/* Whether the reporting verb `cue` stands in a clause of time opened after position a: a `when_words` conjunction
 * ("since Friday, when the prison service announced the death", "since President X declared a conflict",
 * "cuando", "desde que", "quando") between a and the verb, with no clause punctuation between it and the verb and
 * no date right after it ("since 2019 the ministry said" is a date, not a clause). Such a verb reports what the
 * clause is about, not a count before it. */
static int S_time_clause(const xc_ctx *c, size_t a, const xd_mention *cue)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t ma, mb;
    xc_range(c, cue->sent, &ma, &mb);
    for (size_t p = a + 1; p < cue->start; p++) {
        unsigned char prev = (unsigned char)t[p - 1];
        if (!xc_is_space(t[p]) || !((prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z') || prev >= 0x80))
            continue;
        if (!xc_words_before(c, "when_words", a, p, XC_ANY_CASE))
            continue;
        size_t q = p;
        while (q < cue->start && xc_is_space(t[q]))
            q++;
        if (xc_mention_at(c, ma, mb, q, XP_DATE))
            continue;
        int open = 1;
        for (size_t r = p; r < cue->start && open; r++)
            open = !(t[r] == ',' || t[r] == ';' || t[r] == ':' || t[r] == '.');
        if (open)
            return 1;
    }
    return 0;
}

/* Whether text[a,b) holds a comma, semicolon or colon: a clause closes between. */
static int S_punct_between(const char *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (t[i] == ',' || t[i] == ';' || t[i] == ':')
            return 1;
    return 0;
}

/* Whether the reporting verb `cue` before count n stands in a relative clause on another figure, closed by a
 * comma before n: "Dos 958 que a secretaria anuncia, pelo menos 200 já foram soltos", "De los 958 que anunció la
 * policía, al menos 200…", "Of the 958 that the ministry announced, at least 200…". The verb reports the figure it
 * describes (958), not the count after the comma, which is the sentence's own speaker's. Bounded: the clause holds a
 * complementizer right after the figure or its noun (two words at most) and at most five words before the verb. */
static int S_relative_on_figure(const xc_ctx *c, size_t ma, const xd_mention *cue, const xd_mention *n)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    if (!S_punct_between(t, cue->end, n->start))
        return 0;
    /* the mentions before the verb, nearest first, as far back as a figure may stand (mentions come in text order) */
    for (size_t k = (size_t)(cue - d->ments); k-- > ma && d->ments[k].start + 120 >= cue->start;) {
        const xd_mention *o = &d->ments[k];
        if (o->kind != XP_NUMBER || o == n || o->end > cue->start || cue->start - o->end > 60)
            continue;
        /* the figure, the noun it counts perhaps ("958 detenidos", "958 people"), then the complementizer */
        size_t p = o->end, w = 0;
        for (int skip = 0; skip <= 2 && !w && p < cue->start; skip++) {
            while (p < cue->start && xc_is_space(t[p]))
                p++;
            w = xc_that_word(c, p, cue->start);
            if (!w)
                while (p < cue->start && xc_letter_byte((unsigned char)t[p]))
                    p++;
            if (!w && p < cue->start && !xc_is_space(t[p]))
                break; /* punctuation: no clause on the figure */
        }
        if (!w)
            continue;
        int words = 0, open = 1;
        for (size_t r = p + w; r < cue->start && open; r++) {
            open = !strchr(",;:.()", t[r]);
            words += xc_is_space(t[r]) && !xc_is_space(t[r + 1]);
        }
        if (open && words <= 5)
            return 1;
    }
    return 0;
}

/* "El vicepresidente de Foro Penal, Gonzalo Himiob, recordó que la organización contabiliza 853", "Su delegado,
 * Eliécer Santamaría, dijo que la institución ha documentado…", "the spokesman said the organisation had recorded
 * 40": when the subject of the verb nearest the count is only a reference to a body ("la organización", "a
 * entidade", "the group"), and that verb is what an earlier verb of the sentence reports (a que/that, or nothing,
 * between that verb and the reference), the person who speaks for the body is the claimant. Returns 1 with that
 * person in *out, else 0 with *out untouched.
 * The same holds when the nearer verb's subject is a name (eighteenth session): "Paredes said the CDH had confirmed
 * that at least 300 …", "the Kremlin press service said FSB director Alexander Bortnikov had reported to Vladimir
 * Putin that 11 …": the figure is what the outer speaker tells, as the writers annotate every "X said Y had
 * confirmed/recorded/reported" of the corpus; then the outer subject may be a body too, and the words between the
 * outer verb and the name may only be "that/que", lower-case words and the name's own title or body. */
static int S_gap_to_subject(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    if (b < a || b - a > 48)
        return 0;
    int words = 0;
    size_t i = a;
    while (i < b) {
        if (xc_is_space(t[i])) {
            i++;
            continue;
        }
        size_t skip = 0;
        for (size_t k = ma; k < mb && !skip; k++) {
            const xd_mention *m = &c->d->ments[k];
            if (m->start == i && m->end <= b && (m->kind == XP_TITLE || m->kind == XP_ACTOR))
                skip = m->end;
        }
        if (skip) {
            i = skip;
            continue;
        }
        unsigned char ch = (unsigned char)t[i];
        if (!((ch >= 'a' && ch <= 'z') || ch >= 0x80))
            return 0; /* punctuation or another capitalised word: not the clause the verb reports */
        while (i < b && !xc_is_space(t[i])) {
            ch = (unsigned char)t[i++];
            if (!((ch >= 'a' && ch <= 'z') || ch >= 0x80 || ch == '-' || ch == '\''))
                return 0; /* a word that ends in punctuation ("oficial: la Policía") closes the verb's phrase */
        }
        if (++words > 3)
            return 0;
    }
    return 1;
}

static int S_outer_speaker(xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb, long q, size_t si, size_t at,
                           extract_actor *out)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[si].start;
    if (xc_inverted(t, lo, cue->start))
        return 0;
    const xd_mention *ref = xc_subject_before(c, cue, ma, mb);
    if (!ref)
        return 0;
    int named = ref->kind == XP_ACTOR;
    /* A named inner subject passes the figure on only when its verb reports a statement of its own ("said the
     * CDH had confirmed that at least 300"): not when the verb counts the figure itself ("dijo que la Liga
     * Ciudadana contabiliza 412": the Liga's count), nor when the verb is in a relative clause on it ("contestaram
     * a Polícia Federal, que afirmou que 48": the body speaks) */
    if (named && (S_punct_between(t, ref->end, cue->start) ||
                  xc_listed_in(c, "who_words", ref->end, cue->start, XC_LOWER | XC_ALL_LANGS) < cue->start ||
                  !xc_has_that(c, cue->start, at)))
        return 0;
    if (!named && (ref->kind != XP_PRONOUN || (ref->role != XD_REF_ORG && ref->role != XD_REF_GOV) ||
                   xp_attr_get(ref->rule, "topic")))
        return 0;
    for (size_t k = mb; k-- > ma;) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind != XP_CUE || m->end > ref->start || !xc_same_context(c, q, m->start, si) || xc_cue_in_name(c, m))
            continue;
        if (xc_clause_between(c, ma, mb, m->end, ref->start))
            return 0;
        size_t g = m->end;
        while (g < ref->start && xc_is_space(t[g]))
            g++;
        if (named ? !S_gap_to_subject(c, ma, mb, m->end, ref->start)
                  : g != ref->start && !xc_has_that(c, m->end, ref->start))
            return 0; /* the nearest verb before does not report the clause the reference opens */
        extract_actor who;
        if (!xc_cue_subject(c, m, &who) || !who.name || (!named && who.kind != EXTRACT_KIND_PERSON))
            return 0;
        if (named && out->name && strcmp(who.name, out->name) == 0)
            return 0;
        *out = who;
        xc_trace(c, "claimant %s: speaks for \"%.*s\", who \"%.*s\"", who.name, (int)(ref->end - ref->start),
                 t + ref->start, (int)(cue->end - cue->start), t + cue->start);
        return 1;
    }
    return 0;
}

/* Where a capitalised article right before pos starts ("The Associated Press", "El Tiempo", "O Globo"), not before
 * lo; pos when there is none. */
static size_t S_capital_article_before(const xc_ctx *c, size_t lo, size_t pos)
{
    const char *t = c->d->text.text;
    size_t b, e;
    if (pos < lo + 2 || t[pos - 1] != ' ')
        return pos;
    xc_word_before(t, lo, pos - 1, &b, &e);
    return e == pos - 1 && xc_listed(c, "article_words", b, e, XC_UPPER | XC_ALL_LANGS) ? b : pos;
}

/* Whether cue m stands inside the object of an earlier verb of `addressee_verbs` in its clause ("officials told a
 * Senate estimates hearing that …", "informed the committee's hearing that"): with no "that" and no comma
 * between, the words after that verb name who was told, and a verb among them is no report of its own. */
static int S_in_addressee(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *m)
{
    const char *t = c->d->text.text;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *v = &c->d->ments[k];
        if (v->kind != XP_CUE || v == m || v->end > m->start || m->start - v->end > 60 || !xc_addressee_verb(c, v))
            continue;
        if (!xc_has_that(c, v->end, m->start) && !memchr(t + v->end, ',', m->start - v->end) &&
            !xc_clause_between(c, ma, mb, v->end, m->start))
            return 1;
    }
    return 0;
}

/* Finds the claimant of a count; returns the cue it hangs on (for dates and stance) through *cue_out. */

/* "O Serviço de Polícia da Cidade de Montreal (SPVM) fixou o balanço da noite em 518 detenções", "La Fiscalía
 * Superior ha ordenado mantener bajo custodia a 14", "Mayor X has spoken of 200 arrests": no reporting verb, but a
 * named body or person opens the clause that gives the figure, as the subject of the word right after it (past a
 * bracketed short name). With nothing between that verb and the count that opens another clause, names someone
 * else or reports, the figure is the subject's: a structural fallback for every figure-setting verb the lexicon
 * lacks. The clause opens the sentence, or follows a comma, colon or dash (an adjunct, a dateline, a clock time). */
int xc_clause_subject(xc_ctx *c, const xc_count *cnt, size_t ma, size_t mb, extract_actor *out)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    const xd_mention *n = cnt->num;
    if (xc_quote_at(c, n->start) >= 0)
        return 0;
    size_t lo = d->sents[n->sent].start;
    if (d->dateline_end > lo && d->dateline_end <= n->start)
        lo = d->dateline_end;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *a = &d->ments[k];
        if (a->kind != XP_ACTOR || a->start < lo || a->end > n->start || xp_attr_get(a->rule, "document") ||
            xc_quote_at(c, a->start) >= 0 || xc_mention_at(c, ma, mb, a->start, XP_DATE))
            continue; /* "Nessa altura": a capital opening a date names no one */
        /* the clause's opening: only an article before the name, after the sentence's start or a mark */
        size_t s = S_capital_article_before(c, lo, a->start);
        if (s == a->start)
            s = xc_article_start(c, lo, a->start, 0);
        while (s > lo && xc_is_space(t[s - 1]))
            s--;
        if (s > lo && !strchr(",:", t[s - 1]) &&
            !(s >= lo + 3 && (unsigned char)t[s - 3] == 0xE2 && (unsigned char)t[s - 2] == 0x80))
            break; /* the first name stands inside its clause: an object or a complement, not the subject */
        /* "State Supreme Court Justice John Cataldo found …": a body, one or two capitalised title words, then a
         * person's name is that person, titled by the body (the clause's subject is the name) */
        for (size_t j = k + 1; j < mb; j++) {
            const xd_mention *b = &d->ments[j];
            if (b->start >= n->start || b->start > a->end + 40)
                break;
            if (b->kind != XP_ACTOR || b->actor_kind != EXTRACT_KIND_PERSON || b->start <= a->end ||
                a->actor_kind == EXTRACT_KIND_PERSON)
                continue;
            int words = 0, caps = 1;
            for (size_t i = a->end; i < b->start && caps; i++) {
                if (xc_is_space(t[i]))
                    continue;
                caps = t[i] >= 'A' && t[i] <= 'Z';
                words++;
                while (i + 1 < b->start && !xc_is_space(t[i + 1]))
                    i++;
            }
            if (caps && words >= 1 && words <= 2)
                a = b;
            break;
        }
        size_t p = a->end;
        while (p < n->start && xc_is_space(t[p]))
            p++;
        if (p < n->start && t[p] == '(') {
            const char *close = memchr(t + p, ')', n->start - p);
            if (!close)
                break;
            p = (size_t)(close - t) + 1;
            while (p < n->start && xc_is_space(t[p]))
                p++;
        }
        size_t we = p;
        while (we < n->start && !xc_is_space(t[we]) && !strchr(",:;", t[we]))
            we++;
        unsigned char f = (unsigned char)t[p];
        if (we == p || we >= n->start || !((f >= 'a' && f <= 'z') || f == 0xC3) || xc_relative_word(c, p) ||
            n->start - we > 120)
            break;
        if (xc_clause_between(c, ma, mb, p, n->start) || S_punct_between(t, we, n->start))
            break;
        /* not a verb: an article, link or pronoun (`phrase_words`); nor a negated one (`not_words`, the word or
         * the next: "não fez dez detidos", "did not give 50") */
        size_t w2 = we, w2e;
        while (w2 < n->start && xc_is_space(t[w2]))
            w2++;
        for (w2e = w2; w2e < n->start && !xc_is_space(t[w2e]) && !strchr(",:;", t[w2e]);)
            w2e++;
        if (xc_lexicon_has(c, "phrase_words", p, we) || xc_lexicon_has(c, "not_words", p, we) ||
            (w2e > w2 && xc_lexicon_has(c, "not_words", w2, w2e)))
            break;
        for (size_t j = ma; j < mb; j++) {
            const xd_mention *o = &d->ments[j];
            /* an event word there makes the subject the agent of the release or arrest, not its reporter
             * ("la policía detuvo a 518", "Israel excarceló a 26"), which the figure is never attributed to */
            if (((o->kind == XP_TRIGGER || o->kind == XP_QUALIFIER) && o->start >= p && o->start < n->start &&
                 !(o->kind == XP_QUALIFIER && o->start > p)) ||
                (o->kind == XP_STANCE && o->start >= a->start && o->start < n->start) ||
                ((o->kind == XP_ACTOR || o->kind == XP_CUE || o->kind == XP_SOURCE ||
                  (o->kind == XP_PRONOUN && o->role != XD_REF_CLAIM)) &&
                 o->start >= we && o->end <= n->start))
                return 0;
        }
        xd_mention verb = *a;
        verb.kind = XP_CUE;
        verb.start = p;
        verb.end = we;
        const xd_mention *sj = xc_subject_before(c, &verb, ma, mb);
        extract_actor who = {0};
        if (sj && sj->kind == XP_ACTOR && xc_claimant_from(c, sj, &who) && !xc_lone_opening_word(c, sj, &who)) {
            *out = who;
            xc_trace(c, "\"%.*s\" opens the clause of count %lld as the subject of \"%.*s\"", (int)(a->end - a->start),
                     t + a->start, (long long)n->value, (int)(we - p), t + p);
            return 1;
        }
        break;
    }
    return 0;
}

/* "a Procuradoria-Geral e a Guarda Nacional indicaram", "la Fiscalía y la Policía informaron", "the ministry and
 * the police said": a joint statement is reported under the first of the names coordinated before the verb, as
 * the corpus reads it. Walks back from the subject over "and/y/e" (then commas, "X, Y and Z"); a name after a link
 * word ("los familiares de Ana y la ONG") is a complement, not a conjunct, and ends the walk. Returns the first
 * conjunct, or subj itself. */
static const xd_mention *S_first_conjunct(const xc_ctx *c, const xd_mention *subj, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[subj->sent].start;
    const xd_mention *first = subj;
    for (int step = 0; step < 4; step++) {
        size_t at = xc_article_start(c, lo, first->start, 0);
        const xd_mention *prev = NULL;
        for (size_t k = ma; k < mb; k++) {
            const xd_mention *o = &c->d->ments[k];
            if (o->kind == XP_ACTOR && o->end <= at && at - o->end <= 8 && (!prev || o->end > prev->end))
                prev = o;
        }
        if (!prev || prev->actor_kind < 0 || prev->actor_kind == EXTRACT_KIND_UNKNOWN ||
            xp_attr_get(prev->rule, "place") || xp_attr_get(prev->rule, "document"))
            break;
        int conj = xc_only_conjunction(c, prev->end, at);
        int comma = step > 0 && t[prev->end] == ',' && xc_gap_words(t, prev->end + 1, at, 0, 2);
        if (!conj && !comma)
            break;
        if (xc_words_before(c, "link_words", lo, xc_article_start(c, lo, prev->start, 0), XC_LOWER | XC_ALL_LANGS))
            break;
        first = prev;
    }
    return first;
}

/* "Rising Tide says more than 100 of its blockaders were arrested", "Occupy Wall Street's press team says 400 of its
 * marchers": a possessive that refers only to a body (`body_possessive_words`: English "its"), between the reporting
 * verb and just past the count, refers back to the subject, so a name the person rule read there with no title is
 * a body's. Returns whether [a,b) holds such a word. */
static int S_body_possessive(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    for (size_t p = a; p < b;) {
        while (p < b && xc_is_space(t[p]))
            p++;
        size_t e = p;
        while (e < b && !xc_is_space(t[e]) && t[e] != ',' && t[e] != '.')
            e++;
        if (e > p && xc_listed(c, "body_possessive_words", p, e, XC_LOWER)) {
            /* "Burt told reporters that the Soviet Union and its allies had freed four": a name or a body named
             * between the verb and the possessive is what it refers to, not the verb's subject (twenty-first
             * session) */
            for (size_t k = ma; k < mb; k++) {
                const xd_mention *x = &c->d->ments[k];
                if (x->start >= a && x->end <= p &&
                    (x->kind == XP_ACTOR || (x->kind == XP_PRONOUN && (x->role == XD_REF_ORG || x->role == XD_REF_GOV))))
                    return 0;
            }
            return 1;
        }
        p = e > p ? e : p + 1;
    }
    return 0;
}

/* "fueron 917 los detenidos, y no los 875 que Darmanin había anunciado", "917, not the 875 that the minister
 * announced": a reporting verb after the count inside a relative clause on another count (the relative word at most
 * three words after that count, no comma from it to the verb) reports that count, not this one. */
static int S_other_count_relative(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *n, const xd_mention *cue)
{
    const char *t = c->d->text.text;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        if (o->kind != XP_NUMBER || o == n || o->start < n->end || o->end > cue->start)
            continue;
        size_t p = o->end;
        for (int w = 0; w < 3 && p < cue->start; w++) {
            while (p < cue->start && xc_is_space(t[p]))
                p++;
            if (p >= cue->start || t[p] == ',' || t[p] == ';' || t[p] == ':')
                break;
            if (xc_relative_word(c, p) || xc_that_word(c, p, c->d->text.len) > 0) { /* "the 875 that X announced" */
                for (size_t i = p; i < cue->start; i++)
                    if (t[i] == ',' || t[i] == ';' || t[i] == ':')
                        return 0;
                return 1;
            }
            while (p < cue->start && !xc_is_space(t[p]) && t[p] != ',')
                p++;
        }
    }
    return 0;
}

/* Whether the body at pos owns the subject of a relative clause on a source word whose verb starts at rel_at:
 * "según el recuento que recoge el portal de historia del Ministerio X", "segundo os números que publica o site
 * do Ministério X", "according to the count that appears on the website of the Ministry": the subject is a
 * described head (a few lower-case words), and the body is its complement after "de/do/of" and maybe an article,
 * so the body speaks through its page or service (sixteenth session; the verb alone and its subject right after it
 * is the inverted-subject case). */
static int S_owner_after_relative(const xc_ctx *c, size_t ma, size_t mb, size_t rel_at, size_t pos)
{
    const char *t = c->d->text.text;
    if (pos <= rel_at || !xc_gap_words(t, rel_at, pos, 7, 56))
        return 0;
    /* "el balance que ofreció el portavoz del Ministerio, X": a title heads it, so a person speaks (the inverted
     * subject below, with the name in apposition), not the body */
    for (size_t k = ma; k < mb; k++)
        if (c->d->ments[k].kind == XP_TITLE && c->d->ments[k].start >= rel_at && c->d->ments[k].start < pos)
            return 0;
    size_t e = pos;
    while (e > rel_at && xc_is_space(t[e - 1]))
        e--;
    size_t b = e;
    while (b > rel_at && !xc_is_space(t[b - 1]))
        b--;
    /* "del portal de la Comisión": past an article to the preposition */
    if (b > rel_at && xc_listed(c, "article_words", b, e, XC_LOWER | XC_ALL_LANGS)) {
        e = b;
        while (e > rel_at && xc_is_space(t[e - 1]))
            e--;
        b = e;
        while (b > rel_at && !xc_is_space(t[b - 1]))
            b--;
    }
    /* the preposition must follow a head: at least the verb and a noun stand before it */
    return b > rel_at && xc_listed(c, "of_words", b, e, XC_LOWER | XC_ALL_LANGS) && !xc_gap_words(t, rel_at, b, 1, 56);
}

/* Whether a byte may open a word: an ASCII letter or digit, or the lead byte of an accented Latin letter. */
static int S_word_start(char ch)
{
    unsigned char u = (unsigned char)ch;
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == 0xC3;
}

/* '"A Polícia de Vitória deteve 215 pessoas …", lê-se num comunicado', '"La Policía detuvo a 215 personas", dice la
 * nota', '"Victoria Police arrested 215 people", a statement read': a quotation attributed only to a document
 * (DOC_WORDS in the frame after it, no one named there) is its issuer's text, and the issuer names itself as the
 * quotation's opening subject (sixteenth session). Only when nothing else named the speaker. */
static int S_quote_issuer(xc_ctx *c, const xc_quote *qt, const xd_mention *n, size_t ma, size_t mb, extract_actor *out)
{
    extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t hi = d->sents[n->sent].end;
    if (qt->close >= hi || qt->open < d->sents[n->sent].start)
        return 0;
    /* the frame: a document word among the first words after the closing mark, no name there */
    size_t p = qt->close + 1;
    int doc = 0;
    for (int w = 0; w < 6 && p < hi; w++) {
        while (p < hi && !S_word_start(t[p]))
            p++; /* past the closing mark, the comma, a dash */
        size_t b = p;
        while (p < hi && !xc_is_space(t[p]) && t[p] != ',' && t[p] != '.')
            p++;
        if (p > b && xc_lexicon_has(c, "DOC_WORDS", b, p))
            doc = 1;
        if (p < hi && t[p] == '.')
            break;
    }
    if (!doc)
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->start > qt->close && (m->kind == XP_ACTOR || m->kind == XP_TITLE))
            return 0;
    }
    /* the issuer opens the quotation: at most an article before it, and before the count */
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_ACTOR || m->start <= qt->open || m->start >= n->start)
            continue;
        size_t a = qt->open;
        while (a < m->start && !S_word_start(t[a]))
            a++; /* past the opening mark */
        if (a != m->start) {
            size_t e = a; /* a capitalised article: "A Polícia", "La Policía", "The police" */
            while (e < m->start && !xc_is_space(t[e]))
                e++;
            if (!(e > a && xc_listed(c, "article_words", a, e, XC_ANY_CASE | XC_ALL_LANGS) &&
                  xc_gap_words(t, e, m->start, 0, 4)))
                return 0;
        }
        return xc_claimant_from(c, m, out);
    }
    return 0;
}

/* "o chefe do judiciário, Mohseni-Ejei, declarou, segundo a agência oficial IRNA, que 82.656…", "el ministro
 * afirmó, según la agencia EFE, que…", "the minister said, according to state news agency ABI, that…": an outlet
 * named in a source phrase set off by commas right after a reporting verb only carries the statement; the verb's
 * named subject made it (seventeenth session). An outlet alone ("según la agencia EFE, 40 fueron detenidos") or
 * a source phrase far from any verb keeps the outlet. */
static int S_carried_by_outlet(xc_ctx *c, const xd_mention *m, const xd_mention *n, size_t ma, size_t mb,
                               extract_actor *out)
{
    extract_doc *d = c->d;
    const char *t = d->text.text;
    if (m->start >= n->start)
        return 0;
    /* the comma before the source word, and the verb right before it */
    size_t p = m->start;
    while (p > d->sents[n->sent].start && xc_is_space(t[p - 1]))
        p--;
    if (p == d->sents[n->sent].start || t[p - 1] != ',')
        return 0;
    p--;
    while (p > d->sents[n->sent].start && xc_is_space(t[p - 1]))
        p--;
    const xd_mention *cue = NULL;
    for (size_t k = ma; k < mb && !cue; k++)
        if (d->ments[k].kind == XP_CUE && d->ments[k].end == p && !xc_cue_in_name(c, &d->ments[k]))
            cue = &d->ments[k];
    if (!cue)
        return 0;
    /* the outlet: the first actor after the source word, closing the phrase with a comma */
    const xd_mention *outlet = NULL;
    for (size_t k = ma; k < mb && !outlet; k++) {
        const xd_mention *a = &d->ments[k];
        if (a->kind == XP_ACTOR && a->start >= m->end && xc_gap_words(t, m->end, a->start, 5, 48))
            outlet = a;
    }
    if (!outlet || outlet->actor_kind != EXTRACT_KIND_MEDIA || outlet->end >= n->start)
        return 0;
    size_t e = outlet->end;
    while (e < n->start && xc_is_space(t[e]))
        e++;
    if (e >= n->start || t[e] != ',')
        return 0;
    extract_actor who;
    memset(&who, 0, sizeof who);
    if (!xc_cue_subject(c, cue, &who) || !who.name || who.kind == EXTRACT_KIND_MEDIA)
        return 0;
    *out = who;
    xc_trace(c, "claimant %s: \"%.*s\" only carries what the verb's subject said", out->name,
             (int)(outlet->end - outlet->start), t + outlet->start);
    return 1;
}

/* Whether text[a,b) holds a colon or a semicolon: what follows it is a statement of its own. */
static int S_colon_between(const char *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (t[i] == ':' || t[i] == ';')
            return 1;
    return 0;
}

/* Whether a reporting verb before the count, in its context, has a subject the text names (eighteenth session). */
static int S_named_verb_before(xc_ctx *c, const xd_mention *n, long q, size_t ma, size_t mb)
{
    for (size_t k = mb; k-- > ma;) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind != XP_CUE || m->end > n->start || !xc_same_context(c, q, m->start, n->sent) ||
            xc_cue_in_name(c, m))
            continue;
        if (xc_clause_between(c, ma, mb, m->end, n->start))
            return 0;
        extract_actor who;
        memset(&who, 0, sizeof who);
        return xc_cue_subject(c, m, &who) && who.name;
    }
    return 0;
}

/* "exigía la excarcelación de once presos de la RAF … y de dos palestinos presos en Turquía", "demanded the release
 * of 40 strikers and of 12 students": a held count coordinated after the first figure of a demand is asked for too,
 * though its own held word ("presos") bound it. The demand verb (asks=1) stands before it in the sentence, with
 * another count between (the first asked for), no colon or semicolon, no reporting verb and no other demand after
 * it, within 240 bytes: a look-back over the sentence's mentions only (twentieth session). */
static const xd_mention *S_demand_coordinated(xc_ctx *c, const xc_count *cnt, long q, size_t ma, size_t mb)
{
    const xd_mention *n = cnt->num;
    int counts = 0;
    for (size_t k = mb; k-- > ma;) {
        const xd_mention *m = &c->d->ments[k];
        if (m->start >= n->start)
            continue;
        if ((m->end < n->start && n->start - m->end > 240) || !xc_same_context(c, q, m->start, n->sent))
            return NULL;
        if (m->kind == XP_CUE)
            return NULL;
        if (m->kind == XP_NUMBER)
            counts++;
        if (m->kind == XP_TRIGGER && xp_attr_get(m->rule, "asks"))
            return counts > 0 && !S_colon_between(c->d->text.text, m->end, n->start) ? m : NULL;
    }
    return NULL;
}

/* "La ONG exigió la liberación de 23 presos", "os separatistas voltaram a exigir a libertação de 5.000", "the
 * government has demanded the release of five officials": who asks for people to be freed says they are held, so
 * the verb of asking (a trigger rule with asks=1; not the nouns "su exigencia", "their condition") reports the
 * figure as a reporting verb would, and its subject is read the same way (eighteenth session). */
static int S_demand_subject(xc_ctx *c, const xc_count *cnt, long q, size_t ma, size_t mb, extract_actor *out)
{
    const xd_mention *tr = cnt->trigger;
    const char *t = c->d->text.text;
    if ((!tr || !xp_attr_get(tr->rule, "asks")) && cnt->event == EXTRACT_EVENT_HELD)
        tr = S_demand_coordinated(c, cnt, q, ma, mb);
    if (!tr || !xp_attr_get(tr->rule, "asks") || tr->start >= cnt->num->start ||
        !xc_same_context(c, q, tr->start, cnt->num->sent))
        return 0;
    xd_mention verb = *tr; /* the verb alone, its first word, as a reporting verb's span */
    verb.kind = XP_CUE;
    verb.end = verb.start;
    while (verb.end < tr->end && !xc_is_space(t[verb.end]) && t[verb.end] != ',')
        verb.end++;
    /* "pediu a libertação de dez funcionários das Nações Unidas": a name after the verb is inside what is asked
     * for, the people's description, not the one asking */
    const xd_mention *after = xc_subject_after(c, &verb, ma, mb);
    if (!xc_subject_before(c, &verb, ma, mb) && after && after->start >= tr->end) {
        /* "X disse que… Nesse mesmo dia, pediu a libertação de dez funcionários das Nações Unidas": no subject of
         * its own, so whoever had the floor in the sentence before, in the same paragraph, asks */
        size_t si = cnt->num->sent;
        if (si == 0 || c->d->sents[si - 1].para != c->d->sents[si].para ||
            !xc_current_speaker(c, si - 1, c->d->sents[si - 1].end, out))
            return 0;
        xc_trace(c, "\"%.*s\" asks with no subject of its own: the speaker of the sentence before, %s",
                 (int)(verb.end - verb.start), t + verb.start, out->name ? out->name : "?");
        return 1;
    }
    if (!xc_cue_subject(c, &verb, out))
        return 0;
    xc_trace(c, "\"%.*s\" asks for \"%.*s\" to be freed: its subject says they are held",
             (int)(verb.end - verb.start), t + verb.start, (int)(cnt->num->end - cnt->num->start), t + cnt->num->start);
    return 1;
}

/* The end of an English possessive right after offset p ("'s", "’s", or the apostrophe after a plural's s);
 * p itself when there is none. */
static size_t S_possessive_end(const char *t, size_t p, size_t hi)
{
    if (p + 1 < hi && t[p] == '\'' && t[p + 1] == 's')
        return p + 2;
    if (p + 3 < hi && (unsigned char)t[p] == 0xE2 && (unsigned char)t[p + 1] == 0x80 &&
        (unsigned char)t[p + 2] == 0x99 && t[p + 3] == 's')
        return p + 4;
    if (p > 0 && p < hi && t[p - 1] == 's' && t[p] == '\'')
        return p + 1;
    return p;
}

/* Whether text[we,as) joins an account ending at we to the name at as as its maker: at most two words (an
 * adjective: "independiente"), a word of `of_words`, an article, and a descriptor the rules read ("del diario",
 * "da organização", "of the rights group") or nothing more: "el recuento independiente de la organización X", "a
 * contagem do jornal X", "the count of the commission". A place or anything else after "of" ("el recuento de
 * detenidos en Lima") is not a maker. */
static int S_account_maker_of(const xc_ctx *c, size_t ma, size_t mb, size_t we, size_t as)
{
    const char *t = c->d->text.text;
    if (!xc_gap_words(t, we, as, 6, 80))
        return 0;
    size_t p = we;
    for (int w = 0; w < 3; w++) {
        size_t e;
        xc_word_after(t, p, as, &p, &e);
        if (e == p)
            return 0;
        if (xc_listed(c, "of_words", p, e, XC_LOWER)) {
            /* "del diario X": a descriptor that opens at the word of "of" itself or after it */
            for (size_t k = ma; k < mb; k++) {
                const xd_mention *m = &c->d->ments[k];
                if (m->kind == XP_PRONOUN && m->start >= p && m->end <= as && xc_gap_words(t, m->end, as, 0, 2) &&
                    (m->start <= e || xc_gap_words(t, e, m->start, 1, 8)))
                    return 1;
            }
            xc_word_after(t, e, as, &p, &e);
            if (e < as && xc_listed(c, "article_words", p, e, XC_LOWER))
                p = e;
            return xc_gap_words(t, p, as, 0, 2);
        }
        p = e;
    }
    return 0;
}

/* Whether text[a,b) is at most three words, the first of them an article or none ("The", "An independent",
 * "La última", "Os"): what may open a clause before its subject. A preposition ("By the end of the month,",
 * "Following the report") or a verb is not. */
static int S_clause_opening(const xc_ctx *c, size_t a, size_t b)
{
    const char *t = c->d->text.text;
    size_t e;
    xc_word_after(t, a, b, &a, &e);
    if (a >= b)
        return 1;
    if (!xc_listed(c, "article_words", a, e, XC_ANY_CASE) && !xc_listed(c, "indefinite_words", a, e, XC_ANY_CASE))
        return 0;
    int words = 0;
    for (size_t i = e; i < b; i++) {
        if (t[i] == ',' || t[i] == ';' || t[i] == ':' || t[i] == '(' || (t[i] >= '0' && t[i] <= '9'))
            return 0;
        if (!xc_is_space(t[i]) && xc_is_space(t[i - 1]))
            words++;
    }
    return words <= 2;
}

/* Twenty-fourth session. "The interior ministry's latest tally showed 412 arrests", "Figures compiled by the Prison
 * Service show that 2,300 were held", "el recuento del diario X había llegado a 96 detenciones", "a contagem do
 * jornal X já tinha chegado a 96": an account (`account_words`: a count, a tally, figures, a report) that opens
 * the count's clause as its subject, its maker named right with it (a possessive before it, "of" or "by" after
 * it), is its maker's statement, as "according to the ministry's tally" is (S_account_of). Read only when no
 * reporting verb, source phrase or label gave the count a claimant; no clause break may stand between the maker
 * and the count, and only an article and two words may open the clause before the account ("After the
 * commission's report, police arrested 40" stays the journalist's). */
static int S_account_subject(xc_ctx *c, const xd_mention *n, long q, size_t ma, size_t mb, extract_actor *out)
{
    extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t lo = d->sents[n->sent].start;
    for (size_t w = xc_listed_in(c, "account_words", lo, n->start, XC_LOWER); w < n->start;) {
        size_t we = xc_listed_at(c, "account_words", w, n->start, XC_LOWER);
        if (we <= w)
            break;
        const xd_mention *owner = NULL;
        size_t ps = w, oe = we; /* where the account's phrase starts, where its maker ends */
        for (size_t k = ma; k < mb && !owner && xc_quote_at(c, w) == q; k++) {
            const xd_mention *ac = &d->ments[k];
            int body = ac->kind == XP_ACTOR ||
                       (ac->kind == XP_PRONOUN && (ac->role == XD_REF_ORG || ac->role == XD_REF_GOV));
            if (body && ac->end <= w && w - ac->end <= 40) {
                /* "the ministry's latest tally": the maker's possessive, at most two words, the account */
                size_t pe = S_possessive_end(t, ac->end, w);
                if (pe > ac->end && xc_gap_words(t, pe, w, 2, 30))
                    owner = ac, ps = ac->start, oe = we;
            } else if (ac->kind == XP_ACTOR && ac->start >= we && S_account_maker_of(c, ma, mb, we, ac->start)) {
                owner = ac, oe = ac->end; /* "el recuento del diario X", "the count of the commission" */
            } else if (ac->kind == XP_AGENT && ac->start >= we && xc_gap_words(t, we, ac->start, 2, 30)) {
                /* "figures compiled by the Prison Service", "las cifras recopiladas por el Servicio" */
                const xd_mention *who = xc_agent_named(c, k, mb);
                if (who && who->kind == XP_ACTOR && who->end <= n->start)
                    owner = who, oe = who->end;
            }
        }
        /* "how quickly that total is rising: when Mr Rizvi spoke…, the party's count stood at 2,563": a reference
         * to an earlier figure before the account carries that figure's source on (the steps after this one) */
        for (size_t k = ma; k < mb && owner; k++)
            if (d->ments[k].kind == XP_PRONOUN && d->ments[k].role == XD_REF_CLAIM && d->ments[k].end <= ps)
                owner = NULL;
        if (owner) {
            size_t cs = ps; /* the clause the account opens starts after the last comma, colon or semicolon */
            while (cs > lo && t[cs - 1] != ',' && t[cs - 1] != ';' && t[cs - 1] != ':')
                cs--;
            int clean = oe <= n->start && n->start - oe <= 80 && !xc_clause_between(c, ma, mb, oe, n->start);
            for (size_t i = oe; clean && i < n->start; i++)
                if (t[i] == ',' || t[i] == ';' || t[i] == ':' || t[i] == '(' || t[i] == '.')
                    clean = 0;
            if (clean && S_clause_opening(c, cs, ps) && xc_claimant_from(c, owner, out)) {
                xc_trace(c, "\"%.*s\" opens the clause of the count: its maker, %s, gives it", (int)(we - w), t + w,
                         out->name);
                return 1;
            }
        }
        w = xc_listed_in(c, "account_words", we, n->start, XC_LOWER);
    }
    return 0;
}

/* Twenty-fourth session. "The daily Dawn, citing police and provincial officials, reports that more than 7,000…",
 * "The ministry, according to state media, said 300…": a source phrase in an aside (a comma before it and after
 * it) between a reporting verb before the count and that verb's subject, named before the aside, is whom the
 * subject cites or who carries its words; the subject reports the count. */
static int S_source_in_aside(const xc_ctx *c, const xd_mention *m, const xd_mention *n, long q, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    size_t p = m->start;
    while (p > c->d->sents[n->sent].start && xc_is_space(t[p - 1]))
        p--;
    if (m->end > n->start || p == 0 || t[p - 1] != ',')
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *cue = &c->d->ments[k];
        if (cue->kind != XP_CUE || cue->start < m->end || cue->end > n->start || !xc_same_context(c, q, cue->start, n->sent))
            continue;
        size_t comma = xc_last_of(t, m->end, cue->start, ',');
        if (comma == SIZE_MAX || xc_clause_between(c, ma, mb, m->end, comma))
            return 0;
        const xd_mention *sj = xc_subject_before(c, cue, ma, mb);
        return sj && sj->end <= p && (sj->kind == XP_ACTOR || sj->kind == XP_PRONOUN);
    }
    return 0;
}

int xc_claimant(xc_ctx *c, const xc_count *cnt, size_t ma, size_t mb, extract_actor *out, const xd_mention **cue_out,
                const char **how)
{
    extract_doc *d = c->d;
    const xd_mention *n = cnt->num;
    long q = xc_quote_at(c, n->start);
    *cue_out = NULL;
    /* según X / according to X anywhere in the sentence (outside quotes when the count is outside). */
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_SOURCE || !xc_same_context(c, q, m->start, n->sent))
            continue;
        if (S_source_in_aside(c, m, n, q, ma, mb)) {
            xc_trace(c, "\"%.*s\" stands in an aside before the reporting verb: its subject reports",
                     (int)(m->end - m->start), d->text.text + m->start);
            continue;
        }
        if (S_carried_by_outlet(c, m, n, ma, mb, out)) {
            *cue_out = NULL;
            *how = "reporting verb (the outlet only carries it)";
            return 1;
        }
        /* "according to data compiled by TRAC": a passive agent within the source phrase names the source */
        const xd_mention *by = NULL;
        size_t from = m->end; /* "segundo o Anuário …, divulgado pelo Fórum": the phrase runs past a publication */
        for (size_t a = ma; a < mb; a++)
            if (d->ments[a].kind == XP_ACTOR && xp_attr_get(d->ments[a].rule, "document") &&
                d->ments[a].start >= m->end && xc_gap_words(d->text.text, m->end, d->ments[a].start, 1, 12))
                from = d->ments[a].end;
        for (size_t a = ma; a < mb && !by; a++)
            if (d->ments[a].kind == XP_AGENT && d->ments[a].start >= from && d->ments[a].start - from < 60 &&
                !xc_clause_between(c, ma, mb, m->end, d->ments[a].start) && !xc_cue_in_name(c, &d->ments[a]))
                by = &d->ments[a];
        /* "segundo familiares ouvidos pela Lusa", "according to relatives interviewed by AFP": an actor right
         * after the source, before the agent, is the source; the agent only reported them */
        for (size_t a = ma; a < mb && by; a++) {
            const xd_mention *ac = &d->ments[a];
            if (ac->kind == XP_ACTOR && ac->start >= m->end && ac->end <= by->start &&
                xc_gap_words(d->text.text, m->end, ac->start, 1, 12) && !xp_attr_get(ac->rule, "document"))
                by = NULL;
        }
        /* "The ministry has confirmed 12 arrests but declined to name those detained, citing the secrecy order
         * imposed by the judge": a source phrase after the count across a clause break whose only name is a passive
         * agent further on gives a reason, not the count's source ("…, aunque, según la titular de Interior, …",
         * naming its source right away, still counts) */
        if (by && m->start >= n->end && xc_clause_between(c, ma, mb, n->end, m->start))
            continue;
        /* "Su portavoz, Johan van Rensburg, negó que haya 3.000 presos políticos: según el departamento que dirige,
         * sólo unos 360 …", "the minister denied that 3,000 were held; according to his department, only 360 …": a
         * source phrase after the count past a colon or semicolon opens a statement of its own, and a count a
         * reporting verb with a named subject introduced before it stays that subject's (eighteenth session) */
        if (m->start >= n->end && S_colon_between(d->text.text, n->end, m->start) &&
            S_named_verb_before(c, n, q, ma, mb)) {
            xc_trace(c, "\"%.*s\" opens a statement of its own past a colon: the verb before the count reports it",
                     (int)(m->end - m->start), d->text.text + m->start);
            continue;
        }
        /* "según su secretario ejecutivo, Ricardo Montaño,", "according to its director, Ana Ruiz,": a title right
         * after the source word, then the person named in apposition */
        for (size_t a = ma; a < mb && !by; a++) {
            const xd_mention *ti = &d->ments[a];
            if (ti->kind != XP_TITLE || ti->start < m->end || !xc_gap_words(d->text.text, m->end, ti->start, 2, 16))
                continue;
            const char *t = d->text.text;
            size_t comma = ti->end;
            while (comma < d->sents[n->sent].end && comma - ti->end < 60 && t[comma] != ',' && t[comma] != '.')
                comma++;
            if (comma < d->sents[n->sent].end && t[comma] == ',') {
                /* "segundo o porta-voz da corporação, coronel Cláudio Lima Freire", "according to the force's
                 * spokesman, Colonel Claude Freire": the apposition may give the person's rank first */
                size_t q = comma + 2;
                xc_skip_article(t, &q, d->sents[n->sent].end);
                const xd_mention *rk = xc_mention_at(c, ma, mb, q, XP_TITLE);
                if (rk && rk->end + 1 < d->sents[n->sent].end && t[rk->end] == ' ')
                    q = rk->end + 1;
                else
                    q = comma + 2;
                const xd_mention *p = xc_mention_at(c, ma, mb, q, XP_ACTOR);
                if (p && p->actor_kind == EXTRACT_KIND_PERSON && xc_claimant_from(c, p, out)) {
                    *cue_out = NULL;
                    *how = "source";
                    return 1;
                }
            }
            /* "según un portavoz de la Patrulla de Caminos (CHP), después de…", "according to a spokesman for the
             * Border Patrol": no person named, so the body the title belongs to speaks */
            size_t w0 = ti->end, w1;
            while (w0 < comma && xc_is_space(t[w0]))
                w0++;
            for (w1 = w0; w1 < comma && !xc_is_space(t[w1]);)
                w1++;
            int linked = w1 > w0 && xc_words_before(c, "link_words", ti->end, w1, XC_LOWER | XC_ALL_LANGS);
            for (size_t b = ma; b < mb && linked; b++) {
                const xd_mention *bo = &d->ments[b];
                if (bo->kind == XP_ACTOR && bo->actor_kind != EXTRACT_KIND_PERSON && bo->start >= ti->end &&
                    xc_gap_words(t, ti->end, bo->start, 2, 12) && xc_claimant_from(c, bo, out)) {
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
                    d->ments[a].start >= m->end && xc_gap_words(t, m->end, d->ments[a].start, 0, 4))
                    rc = &d->ments[a];
            size_t p = rc ? rc->end : m->end;
            while (p < hi && xc_is_space(t[p]))
                p++;
            size_t words_at = p; /* "according to the figures that …": a report noun the rules read no reference in */
            for (int w = 0; !rc && w < 2; w++) {
                size_t q = words_at;
                while (q < hi && !xc_is_space(t[q]) && t[q] != ',')
                    q++;
                unsigned char f = (unsigned char)t[words_at];
                if (q == words_at || q >= hi || t[q] != ' ' || !((f >= 'a' && f <= 'z') || f == 0xC3) ||
                    xc_relative_word(c, words_at) || xc_that_word(c, words_at, c->d->text.len) > 0)
                    break;
                words_at = q + 1;
            }
            if (words_at > p && (xc_relative_word(c, words_at) || xc_that_word(c, words_at, c->d->text.len) > 0))
                rc = m, p = words_at; /* stands for the report: the relative follows its words */
            /* "segundo a qual", "according to which": a relative on the source word itself refers back */
            size_t lw = m->end;
            while (lw > m->start && !xc_is_space(t[lw - 1]))
                lw--;
            int on_word = (m->end - lw == 2 && strncmp(t + lw, "to", 2) == 0) ||
                          (m->end - lw == 7 && strncmp(t + lw, "segundo", 7) == 0) ||
                          (m->end - lw == 6 && strncmp(t + lw, "según", 6) == 0) ||
                          (m->end - lw == 8 && strncmp(t + lw, "conforme", 8) == 0);
            size_t rl = rc || (p > m->end && !on_word) ? xc_relative_word(c, p) : 0;
            if (!rl && rc && xc_that_word(c, p, c->d->text.len) > 0)
                rl = 5;
            if (rl && (rc || xc_gap_words(t, m->end, p, 0, 1))) {
                rel_at = p + rl;
                size_t v = rel_at;
                while (v < hi && !xc_is_space(t[v]) && t[v] != ',')
                    v++;
                unsigned char f = (unsigned char)t[rel_at];
                if (v > rel_at && ((f >= 'a' && f <= 'z') || f == 0xC3))
                    rel_end = v;
            }
        }
        /* "segundo o balanço divulgado pela organização Repórteres Sem Fronteiras", "compiled by the rights group
         * Memorial": a description of the body after the agent word (a reference to a body, which the name
         * right after it completes) belongs to the agent's phrase; the name after it is as near as one right after
         * the agent (twenty-first session) */
        size_t by_end = by ? by->end : 0;
        for (size_t a = ma; a < mb && by; a++) {
            const xd_mention *dp = &d->ments[a];
            if (dp->kind == XP_PRONOUN && (dp->role == XD_REF_ORG || dp->role == XD_REF_GOV) &&
                dp->start <= by->end && dp->end > by_end && dp->end - by->end <= 40)
                by_end = dp->end;
        }
        for (size_t a = ma; a < mb; a++) {
            const xd_mention *ac = &d->ments[a];
            /* "according to a tally by The Associated Press": a capitalised article the name keeps */
            size_t as = S_capital_article_before(c, m->end, ac->start);
            int near = by ? ac->start >= by_end && xc_gap_words(d->text.text, by_end, as, 1, 6)
                          : xc_gap_words(d->text.text, m->end, as, 1, 12) ||
                                (as > m->end && S_same_before(c, m->end, as) &&
                                 xc_gap_words(d->text.text, m->end, as, 2, 16)) ||
                                (rel_at > m->end && ac->start >= rel_at && xc_gap_words(d->text.text, rel_at, as, 1, 6)) ||
                                (rel_at > m->end && ac->kind == XP_ACTOR && ac->actor_kind != EXTRACT_KIND_PERSON &&
                                 S_owner_after_relative(c, ma, mb, rel_at, as)) ||
                                (ac->start >= m->end + 2 && S_possessive_before(d->text.text, ac->start) &&
                                 xc_gap_words(d->text.text, m->end, ac->start, 2, 28)) ||
                                (ac->kind == XP_ACTOR && S_account_of(c, m->start, m->end, as)) ||
                                (ac->kind == XP_ACTOR && ac->actor_kind == EXTRACT_KIND_PERSON &&
                                 S_titled_after(c, ma, mb, m->end, ac->start));
            /* "según los últimos datos de la organización palestina Addameer": the source phrase ends with the
             * article its descriptor opens with; "segundo dados divulgados na coletiva": figures no one is named
             * for, which the phrase itself holds */
            int shared = ac->kind == XP_PRONOUN && ac->start > m->start && ac->start < m->end &&
                         (ac->end > m->end || (ac->end == m->end && xp_attr_get(ac->rule, "topic")));
            if ((ac->kind == XP_ACTOR || ac->kind == XP_PRONOUN) && (ac->start >= m->end || shared) && (near || shared) &&
                xc_claimant_from(c, ac, out)) {
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
            const xd_mention *who = xc_subject_after(c, &verb, ma, mb);
            if (who && who->kind == XP_ACTOR && xc_claimant_from(c, who, out)) {
                *cue_out = NULL;
                *how = "source";
                return 1;
            }
        }
        if (xc_phrase_source(c, m, ma, mb, out)) {
            *cue_out = NULL;
            *how = "source";
            return 1;
        }
        /* "segundo o balanço apresentado a 8 de setembro pelo vice-chefe da Polícia Nacional, Dedi Prasetyo,",
         * "according to the text published by the presidential administration,": the agent's phrase, however
         * many words and a date it takes before its name, names the source (seventeenth session) */
        if (by) {
            const xd_mention *who = xc_agent_named(c, (size_t)(by - d->ments), mb);
            if (who && who->end <= n->start && by->start > m->end && xc_quote_at(c, who->start) < 0 &&
                (who->kind != XP_PRONOUN || who->role != XD_REF_CLAIM) &&
                xc_claimant_from(c, who, out)) {
                *cue_out = NULL;
                *how = "source (the agent of the phrase)";
                return 1;
            }
        }
    }
    /* Verbs before the count, nearest first ("X said it had confirmed 143": "confirmed" has no named subject,
     * "said" has), then the nearest verb after it. */
    const xd_mention *left = NULL, *right = NULL;
    for (size_t k = mb; k-- > ma;) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_CUE || !xc_same_context(c, q, m->start, n->sent) || m->end > n->start || xc_cue_in_name(c, m))
            continue;
        if (xc_clause_between(c, ma, mb, m->end, n->start) && !S_report_goes_on(c, m, ma, mb, n->start))
            break;
        /* "Desde que el Tribunal Supremo declaró inconstitucional…, el Gobierno ha liberado a 93 …, confirmó la
         * ministra", "Since the court ruled…, 93 have been freed, the minister said": a verb in a clause of time
         * that closes before the count reports what happened then; a reporting verb after the count, with its
         * subject, gives the count ("When the ministry published its figures, 300 were held": none, so the verb
         * of the clause still speaks) */
        if (S_time_clause(c, d->sents[n->sent].start, m) && S_punct_between(d->text.text, m->end, n->start)) {
            for (size_t k2 = ma; k2 < mb; k2++) {
                const xd_mention *r = &d->ments[k2];
                if (r->kind != XP_CUE || r->start < n->end || !xc_same_context(c, q, r->start, n->sent) ||
                    xc_cue_in_name(c, r))
                    continue;
                if (xc_cue_subject(c, r, out)) {
                    xc_trace(c, "\"%.*s\" is in a clause of time before the count: the verb after it reports it",
                             (int)(m->end - m->start), d->text.text + m->start);
                    *cue_out = r;
                    *how = "reporting verb after";
                    return 1;
                }
                break;
            }
        }
        if (S_in_addressee(c, ma, mb, m)) {
            xc_trace(c, "\"%.*s\" is inside who an earlier verb told: no report of its own", (int)(m->end - m->start),
                     d->text.text + m->start);
            continue;
        }
        if (S_relative_on_figure(c, ma, m, n)) {
            xc_trace(c, "\"%.*s\" is in a relative clause on another figure: it reports that one",
                     (int)(m->end - m->start), d->text.text + m->start);
            continue;
        }
        if (!left)
            left = m;
        if (xc_cue_subject(c, m, out)) {
            const xd_mention *sj = xc_subject_before(c, m, ma, mb);
            const xd_mention *f = sj && sj->kind == XP_ACTOR ? S_first_conjunct(c, sj, ma, mb) : NULL;
            extract_actor was, first;
            if (f && f != sj && xc_claimant_from(c, sj, &was) && was.name && out->name &&
                strcmp(was.name, out->name) == 0 && xc_claimant_from(c, f, &first) && first.name) {
                xc_trace(c, "\"%s\" is the last of names joined before the verb: the first, %s, reports", out->name,
                         first.name);
                *out = first;
            }
            S_outer_speaker(c, m, ma, mb, q, n->sent, n->start, out); /* the inner verb still dates the figure */
            if (out->kind == EXTRACT_KIND_PERSON && !out->title) {
                size_t hi = n->end + 24 < d->sents[n->sent].end ? n->end + 24 : d->sents[n->sent].end;
                if (S_body_possessive(c, ma, mb, m->end, hi)) {
                    xc_trace(c, "\"its\" after \"%.*s\" refers back to %s: a body", (int)(m->end - m->start),
                             d->text.text + m->start, out->name);
                    out->kind = EXTRACT_KIND_ORGANIZATION;
                }
            }
            *cue_out = m;
            *how = "reporting verb before";
            return 1;
        }
    }
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_CUE || !xc_same_context(c, q, m->start, n->sent) || m->start < n->end || xc_cue_in_name(c, m))
            continue;
        if (S_time_clause(c, n->end, m)) {
            xc_trace(c, "\"%.*s\" is in a clause of time after the count: it reports something else",
                     (int)(m->end - m->start), d->text.text + m->start);
            continue;
        }
        if (S_other_count_relative(c, ma, mb, n, m)) {
            xc_trace(c, "\"%.*s\" is in a relative clause on another count: it reports that one",
                     (int)(m->end - m->start), d->text.text + m->start);
            break;
        }
        /* "…, enquanto os processos de 468 continuam, acrescentou o ministro": a verb closing the sentence after a
         * comma reports all of it, across clause breaks */
        if (!xc_clause_between(c, ma, mb, n->end, m->start) || xc_inverted(d->text.text, d->sents[n->sent].start, m->start))
            right = m;
        break;
    }
    if (right && xc_cue_subject(c, right, out)) {
        *cue_out = right;
        *how = "reporting verb after";
        return 1;
    }
    if (S_demand_subject(c, cnt, q, ma, mb, out)) {
        *cue_out = left ? left : right;
        *how = "the subject of a demand";
        return 1;
    }
    /* "A su juicio, …", "Na sua opinião, …", "By his account, …": an opinion phrase before the count gives it to
     * whoever has the floor */
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind == XP_PRONOUN && xp_attr_get(m->rule, "opinion") && m->end <= n->start &&
            xc_same_context(c, q, m->start, n->sent) && xc_claimant_from(c, m, out)) {
            *cue_out = left ? left : right;
            *how = "opinion phrase";
            return 1;
        }
    }
    if (q >= 0) {
        const xd_mention *cue = xc_quote_speaker(c, &c->quotes[q], out);
        if (cue) {
            *cue_out = cue;
            *how = "speaker of the quotation";
            return 1;
        }
        if (xc_quote_byline(c, &c->quotes[q], out)) {
            *cue_out = NULL;
            *how = "the name after the quotation's dash";
            return 1;
        }
        if (xc_sound_label(c, &c->quotes[q], out)) {
            *cue_out = NULL;
            *how = "the sound bite's label";
            return 1;
        }
        if (S_quote_issuer(c, &c->quotes[q], n, ma, mb, out)) {
            *cue_out = NULL;
            *how = "the issuer the quoted statement names";
            return 1;
        }
    }
    if (S_label_speaker(c, n->sent, n->start, ma, mb, out)) {
        *cue_out = left ? left : right;
        *how = "the name before the colon";
        return 1;
    }
    if (S_report_colon(c, n->sent, n->start, ma, mb, out)) {
        *cue_out = left ? left : right;
        *how = "the subject of a report before the colon";
        return 1;
    }
    /* "o Comité Internacional da Cruz Vermelha fixou o total da operação em 869", "el ministerio situó la cifra
     * en 300": a verb setting the figure (a subject rule with says=1) is said by the name right before it, over
     * the reference its words hold ("o total") to an earlier figure of someone else (seventeenth session) */
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *fs = &d->ments[k];
        if (fs->kind != XP_SUBJECT || !xp_attr_get(fs->rule, "says") || fs->end > n->start ||
            !xc_gap_words(d->text.text, fs->end, n->start, 3, 30) || !xc_same_context(c, q, fs->start, n->sent))
            continue;
        size_t e = fs->start;
        while (e > d->sents[n->sent].start && xc_is_space(d->text.text[e - 1]))
            e--;
        for (size_t a = ma; a < mb; a++) {
            const xd_mention *ac = &d->ments[a];
            /* a name, not a description ("when officials put it at about 6,000": who "officials" are is the
             * figure's own reference's business) */
            if (ac->end == e && ac->kind == XP_ACTOR && !xp_attr_get(ac->rule, "generic") &&
                !(d->text.text[ac->start] >= 'a' && d->text.text[ac->start] <= 'z') && xc_claimant_from(c, ac, out)) {
                *cue_out = left ? left : right;
                *how = "the name before the verb that sets the figure";
                return 1;
            }
        }
    }
    if (q < 0 && S_account_subject(c, n, q, ma, mb, out)) {
        *cue_out = left ? left : right;
        *how = "the maker of the account that opens the clause";
        return 1;
    }
    /* "The balance includes 160", "de ellos, 66": a reference back to the figure just given keeps its source.
     * The reference must come before the count; the figure it points to is the latest claim. */
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        /* "Dessas, 1.157 já foram libertadas, segundo a mesma fonte", "…, according to the same source": a reference
         * after the count that a source word opens (at most two bytes between them) names the source of the
         * figure just given as well (twenty-first session) */
        int sourced = 0;
        if (m->kind == XP_PRONOUN && m->role == XD_REF_CLAIM && m->start >= n->end && k > ma)
            for (size_t j = k; j-- > ma && !sourced;) {
                const xd_mention *sw = &d->ments[j];
                if (sw->kind == XP_SOURCE && sw->end <= m->start && m->start - sw->end <= 2 && sw->start >= n->end)
                    sourced = 1;
                if (m->start - d->ments[j].start > 80)
                    break;
            }
        if (m->kind == XP_PRONOUN && m->role == XD_REF_CLAIM && (m->end <= n->start || sourced) && d->n_claims &&
            d->claims[d->n_claims - 1].claimant.name) {
            *out = d->claims[d->n_claims - 1].claimant;
            *how = "reference to an earlier figure";
            return 1;
        }
        /* "Según ese mismo comunicado, 14…" after figures the rules gave no one: the text named again is its
         * maker's, found where the text was named before (xc_document_maker) */
        if (m->kind == XP_PRONOUN && m->role == XD_REF_CLAIM && m->end <= n->start &&
            xc_listed_in(c, "issued_words", m->start, m->end, XC_LOWER) < m->end && xc_document_maker(c, n->sent, out)) {
            *how = "a text named again, its maker's";
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
