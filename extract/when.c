/* when.c - the dates of a claim: the day of the statement (claimed_on) and the period the count covers, from the
 * dates of its sentence, its paragraph and the document (docs/design.md, "Dates"). */
#include "claims_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int S_opening_date(const xc_ctx *c, const xd_mention *m);
static int S_occasion_opening(const xc_ctx *c, const xd_mention *m);
static int S_participle(const char *t, size_t a, size_t end);
static const char *S_table_word_in(const extract_doc *d, const char *table, size_t a, size_t b, const char *want);
static void S_since_event(xc_ctx *c, size_t k);
static int S_other_day_in_sentence(const xc_ctx *c, const xd_mention *o);
static const xd_mention *S_day_before(const xc_ctx *c, const xd_mention *m, int one);
static int S_verb_aside(const char *t, size_t ve, size_t ds, size_t de, size_t end);
static const char *S_date_by_cue(xc_ctx *c, const xd_mention *cue);
static int S_sentence_has_words(const xc_ctx *c, const char *name, size_t si);
static int S_said_earlier(const xc_ctx *c, size_t si);
static int S_bound_day(const xc_ctx *c, const xd_mention *o, int until_only);
static const xd_mention *S_says_or_sets(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b);

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
        if (xc_is_space((char)ch) || ch == '"' || ch == '(' || ch == ')') {
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
 * November." Between the comma and the date at most a short word (an article or preposition), or a short word and
 * one of up to seven letters ("hasta el cuarto aniversario del ataque, el pasado 6 de enero", "até ao aniversário
 * do ataque, no passado 6 de janeiro", "until the fourth anniversary of the attack, on the 6th of January"). */
static int S_since_apposition(const char *t, size_t a, size_t b, size_t date_end, size_t sent_end)
{
    /* the words between the comma and the date, nearest first: lengths n[0] (next to the date) and n[1] */
    size_t k = b, n[2] = {0, 0};
    int words = 0;
    for (; words < 2; words++) {
        size_t e = k;
        while (e > a && xc_is_space(t[e - 1]))
            e--;
        size_t w = e;
        while (w > a && t[w - 1] >= 'a' && t[w - 1] <= 'z')
            w--;
        if (w == e)
            break;
        n[words] = e - w;
        k = w;
    }
    if (words == 1 ? n[0] > 3 : words == 2 ? n[1] > 3 || n[0] > 7 : 0)
        return 0;
    size_t w = k;
    while (w > a && xc_is_space(t[w - 1]))
        w--;
    if (w <= a || t[w - 1] != ',')
        return 0;
    size_t e = date_end;
    while (e < sent_end && xc_is_space(t[e]))
        e++;
    if (e < sent_end && !strchr(".,;", t[e]))
        return 0;
    return S_since_clause(t, a, w - 1);
}

/* The extent of a count: its count phrase and the event word right against it (a far event word may be shared). */
static void S_count_extent(const xc_count *cnt, size_t *s, size_t *e)
{
    xc_count_span(cnt, s, e);
    if (cnt->trigger && cnt->adjacent) {
        *s = cnt->trigger->start < *s ? cnt->trigger->start : *s;
        *e = cnt->trigger->end > *e ? cnt->trigger->end : *e;
    }
}

/* How far a date is from a count, for deciding whose it is: bytes to the count's extent, doubled when the count
 * comes after the date (a date mostly follows what it dates: "24 mil pessoas foram presas desde o golpe de 1 de
 * fevereiro de 2021 e perto de 20 mil permanecem"), and far when punctuation parts them ("Dos 40 detidos que
 * atendi no domingo, 33 foram soltos"; "120 civiles, y continuó el sábado con la entrega de 307"). */
static size_t S_date_count_dist(const xc_ctx *c, const xc_count *cnt, const xd_mention *m)
{
    size_t cs, ce;
    S_count_extent(cnt, &cs, &ce);
    size_t a = m->end <= cs ? m->end : ce, b = m->end <= cs ? cs : m->start;
    size_t dist = m->end <= cs ? 2 * (cs - m->end) : xc_distance(cs, ce, m);
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
static int S_own_day_after(const xc_ctx *c, const xc_count *cnt, const xd_mention *m)
{
    const extract_doc *d = c->d;
    /* right after the figure: a day after its noun may be the noun's ("diecinueve de los arrestados del jueves") */
    size_t ce = cnt->num->end;
    size_t se = d->sents[cnt->num->sent].end;
    for (size_t k = xc_first_at(d, ce); k < d->n_ments; k++) {
        const xd_mention *o = &d->ments[k];
        if (o->start >= se || o->start > ce + 2)
            break;
        if (o == m || o->kind != XP_DATE || o->dead || !o->date[0] || o->start < ce || o->start > ce + 2)
            continue;
        size_t x = ce;
        while (x < o->start && xc_is_space(d->text.text[x]))
            x++;
        if (x == o->start)
            return 1;
    }
    return 0;
}

static int S_date_elsewhere(const xc_ctx *c, const xc_count *counts, size_t n_counts, size_t i, const xd_mention *m)
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
static int S_set_off_date(const xc_ctx *c, const xd_mention *m)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[m->sent].start, p = m->start;
    while (p > lo && xc_is_space(t[p - 1]))
        p--;
    size_t w = p;
    while (w > lo && !xc_is_space(t[w - 1]) && t[w - 1] != ',')
        w--;
    if (p - w > 3)
        return 0;
    while (w > lo && xc_is_space(t[w - 1]))
        w--;
    if (w == lo || t[w - 1] != ',')
        return 0;
    int words = 0, in = 0;
    for (size_t i = w - 1; i-- > lo;) {
        char ch = t[i];
        if (ch == ':' || ch == ';' || ch == '.' || ch == ',' || ch == '"' || (ch >= '0' && ch <= '9'))
            return 0;
        if (xc_is_space(ch)) {
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
 * the date has been checked. An opening phrase of being asked (`asked_words`) names the occasion by itself. */
static int S_occasion_opening(const xc_ctx *c, const xd_mention *m)
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
        while (k < m->start && (xc_is_space(t[k]) || t[k] == '-' || t[k] == '|'))
            k++;
        lo = k;
    }
    size_t first = lo;
    while (first < m->start && !xc_is_space(t[first]) && t[first] != ',')
        first++;
    if (first == lo || first >= m->start)
        return 0;
    /* "Asked about the figure on Tuesday, the spokesman said…", "Preguntado por la cifra el martes, …",
     * "Questionado sobre o número na terça-feira, …": a phrase of being asked (`asked_words`) is itself the
     * occasion of the answer that follows */
    int occasion = xc_lexicon_has(c, "asked_words", lo, first);
    if (!occasion && !xc_lexicon_has(c, "adjunct_words", lo, first))
        return 0;
    int words = 0, in = 0;
    for (size_t i = lo; i < m->start; i++) {
        char ch = t[i];
        if (ch == ':' || ch == ';' || ch == '.' || ch == '"' || (ch >= '0' && ch <= '9'))
            return 0;
        if (xc_is_space(ch) || ch == ',') {
            if (in && !occasion)
                occasion = xc_words_before(c, "occasion_words", lo, i, XC_ANY_CASE);
            in = 0;
            continue;
        }
        if (!in && ++words > 10)
            return 0;
        in = 1;
    }
    return occasion;
}

/* "Contactado hoje pela Lusa, um porta-voz … contestou", "Contacted yesterday by our newsroom, the ministry said",
 * "Em entrevista coletiva concedida ontem no salão principal, o comandante afirmou": in an opening phrase of being
 * asked or naming the occasion of speaking (S_occasion_opening), the day may be followed by its agent or place
 * before the phrase's comma; up to six words, no figure, quotation or clause mark, and nothing past 80 bytes. */
static int S_occasion_tail(const xc_ctx *c, const xd_mention *m)
{
    const char *t = c->d->text.text;
    size_t end = c->d->sents[m->sent].end, e = m->end;
    int words = 0, in = 0;
    for (; e < end && e < m->end + 80; e++) {
        char ch = t[e];
        if (ch == ',')
            break;
        if (ch == ':' || ch == ';' || ch == '.' || ch == '"' || (ch >= '0' && ch <= '9') || (unsigned char)ch == 0xc2)
            return 0; /* 0xc2: the first byte of '«' and '»' */
        if (xc_is_space(ch)) {
            in = 0;
            continue;
        }
        if (!in && ++words > 6)
            return 0;
        in = 1;
    }
    if (e >= end || t[e] != ',' || e >= m->end + 80)
        return 0;
    return S_occasion_opening(c, m);
}

static int S_opening_date(const xc_ctx *c, const xd_mention *m)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[m->sent].start, e = m->end, end = c->d->sents[m->sent].end;
    /* the comma may come after one word ("Last year alone,", "En 2020 solamente,") */
    size_t wb = 0;
    for (int w = 0; w < 2 && e < end && t[e] != ','; w++) {
        while (e < end && xc_is_space(t[e]))
            e++;
        if (w == 0)
            wb = e;
        while (w == 0 && e < end && t[e] >= 'a' && t[e] <= 'z')
            e++;
    }
    if (e >= end || t[e] != ',')
        return S_occasion_tail(c, m);
    /* Twenty-sixth session: that word is no "alone" but the "that" of what was said ("Juan Santos dijo ayer que,
     * desde el sábado, …", "said yesterday that, since …"): the day is the verb's, not one opening the sentence */
    if (wb && wb < e && xc_lexicon_has(c, "that_words", wb, e))
        return 0;
    int words = 0, in = 0;
    /* "On the morning of Monday, June 28,", "En la mañana del lunes 28,": a part of the day leading the day
     * (daypart_leads) is the day's own phrase, and its words are not counted against the opening */
    int most = xc_words_before(c, "daypart_leads", lo, m->start, XC_ANY_CASE) ? 6 : 3;
    for (size_t i = m->start; i-- > lo;) {
        char ch = t[i];
        if (ch == ':' || ch == ';' || (ch == '.' && i + 2 <= m->start && t[i + 1] == ' ' && t[i + 2] >= 'A' && t[i + 2] <= 'Z'))
            break;
        if (xc_is_space(ch) || ch == ',') {
            in = 0;
            continue;
        }
        if (ch == '"' || (ch >= '0' && ch <= '9'))
            return S_set_off_date(c, m);
        if (!in && ++words > most)
            return S_set_off_date(c, m) || S_occasion_opening(c, m);
        in = 1;
    }
    return 1;
}

/* Whether date m is the first thing in its sentence (spaces and an opening quotation aside) and no comma follows
 * it: "On Monday police detained 40", "Ontem a polícia prendeu 12". */
static int S_heads_sentence(const xc_ctx *c, const xd_mention *m)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[m->sent].start, e = m->end, end = c->d->sents[m->sent].end;
    for (size_t i = lo; i < m->start; i++)
        if (!xc_is_space(t[i]))
            return 0;
    while (e < end && xc_is_space(t[e]))
        e++;
    return e < end && t[e] != ',' && t[e] != ':' && t[e] != ';';
}

/* Whether reporting verb v is one of keeping a count (`counted_words`: "had counted", "had verified",
 * "contabilizaba"): its last word is looked up. */
static int S_counted_verb(const xc_ctx *c, const xd_mention *v)
{
    const char *t = c->d->text.text;
    size_t w = v->end;
    while (w > v->start && !xc_is_space(t[w - 1]))
        w--;
    return xc_lexicon_has(c, "counted_words", w, v->end);
}

/* Whether role word r ("By", "Hasta", "Até") is the first word of its sentence: only spaces, an opening quotation
 * mark and a live blog's time stamp ("16:40 - ") before it. Bounded by the time stamp's few bytes. */
static int S_role_opens_sentence(const xc_ctx *c, const xd_mention *r)
{
    const char *t = c->d->text.text;
    size_t i = c->d->sents[r->sent].start;
    size_t k = i;
    while (k < r->start && k - i < 3 && t[k] >= '0' && t[k] <= '9')
        k++;
    if (k > i && k + 2 < r->start && (t[k] == ':' || t[k] == '.' || t[k] == 'h') && t[k + 1] >= '0' && t[k + 1] <= '9' &&
        t[k + 2] >= '0' && t[k + 2] <= '9') {
        k += 3;
        while (k < r->start && (xc_is_space(t[k]) || t[k] == '-' || t[k] == '|'))
            k++;
        i = k;
    }
    while (i < r->start && (xc_is_space(t[i]) || t[i] == '"' || (unsigned char)t[i] >= 0x80))
        i++;
    return i == r->start;
}

/* Whether date m opens its sentence itself: only spaces, an opening quotation mark and a preposition of months
 * (month_preps, when the match leaves it out) before it; not after a phrase and a comma ("Anos mais tarde, em maio
 * de 2012, …") or a colon ("…: em março de 2020, …"), where the month is often a statement's or background
 * (nineteenth session). */
static int S_starts_sentence(const xc_ctx *c, const xd_mention *m)
{
    const char *t = c->d->text.text;
    size_t i = c->d->sents[m->sent].start;
    while (i < m->start && (xc_is_space(t[i]) || t[i] == '"' || (unsigned char)t[i] >= 0x80))
        i++; /* spaces, '"', and the bytes of '“' or '«' (a letter of a word would be followed by ASCII ones) */
    if (i == m->start)
        return 1;
    size_t w = i;
    while (w < m->start && !xc_is_space(t[w]))
        w++;
    if (w == i || !xc_lexicon_has(c, "month_preps", i, w))
        return 0;
    while (w < m->start && xc_is_space(t[w]))
        w++;
    return w == m->start;
}

/* "In a dawn operation on 6 January 2021 involving around 1,000 officers, police arrested 53", "Durante la redada
 * del 6 de enero, la policía detuvo a 53", "Na rusga de 6 de janeiro, a polícia deteve 53": a day inside a phrase
 * that opens the sentence with an adjunct word (adjunct_words) and names, before the day, an event of the count's
 * kind (event_days) dates that event: the count told after the phrase's comma happened at it. The phrase runs to
 * its first comma (not one inside a figure), at most 16 words, with no quotation, colon or semicolon; no other day
 * stands between it and the count. */
static int S_event_opening(const xc_ctx *c, const xc_count *cnt, const xd_mention *m, size_t cs)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[m->sent].start;
    if (cnt->event != EXTRACT_EVENT_DETENTION && cnt->event != EXTRACT_EVENT_RELEASE)
        return 0;
    while (lo < m->start && (xc_is_space(t[lo]) || t[lo] == '"'))
        lo++;
    size_t first = lo;
    while (first < m->start && !xc_is_space(t[first]) && t[first] != ',')
        first++;
    if (first == lo || first >= m->start || !xc_lexicon_has(c, "adjunct_words", lo, first))
        return 0;
    int words = 0, in = 0;
    size_t e = lo;
    for (; e < cs; e++) {
        char ch = t[e];
        if (ch == ',' && !(e > lo && t[e - 1] >= '0' && t[e - 1] <= '9' && t[e + 1] >= '0' && t[e + 1] <= '9'))
            break;
        if (ch == ':' || ch == ';' || ch == '"' || ch == '.')
            return 0;
        if (xc_is_space(ch)) {
            in = 0;
            continue;
        }
        if (!in && ++words > 16)
            return 0;
        in = 1;
    }
    if (e >= cs || e < m->end)
        return 0;
    /* not when the count's clause names a day of its own ("…, y el 3 de mayo indultó a otros 2.153") */
    for (size_t k = c->sent_first[m->sent]; k < c->sent_first[m->sent + 1]; k++) {
        const xd_mention *o = &c->d->ments[k];
        if (o != m && o->kind == XP_DATE && !o->dead && o->start >= m->end && o->end <= cs)
            return 0;
    }
    const char *want = cnt->event == EXTRACT_EVENT_DETENTION ? "detention" : "release";
    return S_table_word_in(c->d, "event_days", lo, m->start, want) || S_table_word_in(c->d, "event_days", lo, m->start, "both");
}

/* Whether the text of date m writes a year in four digits ("2011", "março de 2020"; not "last year"). */
static int S_year_digits(const char *t, const xd_mention *m)
{
    int run = 0;
    for (size_t i = m->start; i < m->end; i++) {
        run = t[i] >= '0' && t[i] <= '9' ? run + 1 : 0;
        if (run == 4)
            return 1;
    }
    return 0;
}

/* Whether whole date m names a whole year only (1 January to 31 December), not a month. */
static int S_whole_year(const xd_mention *m)
{
    return m->date_end[0] && strcmp(m->date + 4, "-01-01") == 0 && strcmp(m->date_end + 4, "-12-31") == 0;
}

/* Whether whole month or year m heads the clause it stands in, with no comma after it: first in its sentence ("In
 * May that year Xinhua announced another 211 releases"), or right after the "that/que" or relative word opening a
 * clause, its preposition (month_preps) aside ("lembra que em abril de 2024 outros 20 condenados já tinham sido libertados",
 * "Dapchi, donde en marzo de 2018 el gobierno logró la devolución de 104 niñas", "said that in March 2018 some 40
 * were freed"). Returns 1 for the sentence's head, 2 for a clause's, 0 otherwise (seventeenth session). With
 * set_off, a comma after the date is allowed ("estimate that in March 1976, which was the peak, some 40,000 were
 * behind bars": a held count's clause, eighteenth session). */
static int S_heads_clause(const xc_ctx *c, const xd_mention *m, int set_off)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[m->sent].start, e = m->end, end = c->d->sents[m->sent].end;
    while (e < end && xc_is_space(t[e]))
        e++;
    if (e >= end || (t[e] == ',' && !set_off) || t[e] == ':' || t[e] == ';' || t[e] == ')')
        return 0;
    if (S_heads_sentence(c, m))
        return 1;
    /* the words before the date: its preposition (in/en/em), when the match leaves it out, then the clause word */
    size_t p = m->start;
    for (int w = 0; w < 2; w++) {
        while (p > lo && xc_is_space(t[p - 1]))
            p--;
        size_t b = p;
        while (p > lo && !xc_is_space(t[p - 1]) && t[p - 1] != ',' && t[p - 1] != '(')
            p--;
        if (p == b)
            return 0;
        int that = b > p && xc_that_word(c, p, b) == b - p;
        size_t rel = xc_relative_word(c, p);
        if (that || (rel && p + rel == b + 1))
            return 2;
        if (w == 0 && !xc_lexicon_has(c, "month_preps", p, b))
            return 0;
    }
    return 0;
}

/* Whether reporting verb cue has a day of its own right after it ("the Israeli military said on Sunday", "informó
 * el lunes"): one or two lower-case words between at most (eighteenth session). */
static int S_cue_own_day(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *cue)
{
    for (size_t r = ma; r < mb; r++) {
        const xd_mention *o = &c->d->ments[r];
        if (o->kind == XP_DATE && o->date[0] && o->start >= cue->end && o->role != XD_DATE_NAMED &&
            (o->start == cue->end || xc_gap_words(c->d->text.text, cue->end, o->start, 2, 12)))
            return 1;
    }
    return 0;
}

/* "La ONG contabilizó 240 detenciones desde el 8 de diciembre, dijo el lunes", "The group counted 240 arrests, it
 * said on Monday": a reporting verb that closes the sentence after a comma, past the count and with no other figure
 * between, reports the whole sentence; a day right after it (two lower-case words between at most) is when that was
 * said, whichever verb gave the claim its speaker (twenty-ninth session). */
static int S_closing_report_day(const xc_ctx *c, size_t ma, size_t mb, size_t ce, const xd_mention *m)
{
    const char *t = c->d->text.text;
    for (size_t r = ma; r < mb; r++) {
        const xd_mention *v = &c->d->ments[r];
        if (v->kind != XP_CUE || v->start < ce || v->end > m->start ||
            !(v->end == m->start || xc_gap_words(t, v->end, m->start, 2, 12)))
            continue;
        size_t x = v->start;
        while (x > ce && (xc_is_space(t[x - 1]) || (t[x - 1] >= 'a' && t[x - 1] <= 'z')) && v->start - x < 24)
            x--; /* "it said", "dijo" */
        if (x <= ce || t[x - 1] != ',')
            continue;
        for (size_t k = ma; k < mb; k++)
            if (xc_num(&c->d->ments[k]) && c->d->ments[k].start >= ce && c->d->ments[k].end <= v->start)
                return 0;
        size_t e = m->end, send = c->d->sents[m->sent].end;
        while (e < send && (xc_is_space(t[e]) || (t[e] && strchr(".;!\"", t[e]))))
            e++;
        return e >= send;
    }
    return 0;
}

/* Whether a date mention with a date lies inside [a, b) of one sentence. */
static int S_date_between(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b)
{
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        if (o->kind == XP_DATE && o->date[0] && o->start >= a && o->end <= b)
            return 1;
    }
    return 0;
}

/* "Unas 5.000 personas estuvieron cautivas entre 1976 y 1983, y apenas unas 200 fueron liberadas": a span of whole
 * years (several of them) is the time of every count of its sentence when the sentence names no other date; the
 * nearer-count test (S_date_elsewhere) is for days, which a second clause usually gives its own (seventeenth
 * session). */
static int S_years_shared(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *m)
{
    if (!S_whole_year(m) || strncmp(m->date, m->date_end, 4) == 0)
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        if (o != m && o->kind == XP_DATE && o->date[0] && o->sent == m->sent)
            return 0;
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
static int S_when_clause(const xc_ctx *c, const xd_mention *m, size_t cs)
{
    static const char *const when[] = {"when ", "cuando ", "quando ", "en que ", "em que "};
    const char *t = c->d->text.text;
    size_t i = m->end;
    if (i < cs && t[i] == ',') {
        i++;
        /* "a 24 de agosto, Dia da Independência da Ucrânia, quando cada lado libertou 146": a name of the day in
         * apposition (capitalised, no figure, at most 8 words) between the date and the 'when' word */
        size_t j = i;
        while (j < cs && xc_is_space(t[j]))
            j++;
        size_t k = j;
        int words = 0, digit = 0;
        while (k < cs && t[k] != ',' && t[k] != '.' && t[k] != ';' && t[k] != ':') {
            if (t[k] >= '0' && t[k] <= '9')
                digit = 1;
            if (xc_is_space(t[k]) && k > j && !xc_is_space(t[k - 1]))
                words++;
            k++;
        }
        if (k < cs && t[k] == ',' && j < k && t[j] >= 'A' && t[j] <= 'Z' && !digit && words < 8)
            i = k + 1;
    }
    while (i < cs && xc_is_space(t[i]))
        i++;
    for (size_t w = 0; w < sizeof when / sizeof *when; w++)
        if (i < cs && strncmp(t + i, when[w], strlen(when[w])) == 0)
            return memchr(t + i, ',', cs - i) == NULL;
    return 0;
}

/* Whether the word t[a,b), of at least min bytes, ends in one of the n endings. */
int xc_word_ends(const char *t, size_t a, size_t b, size_t min, const char *const *ends, size_t n)
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
    return xc_word_ends(t, a, b, 5, ends, sizeof ends / sizeof *ends);
}

/* Whether a gerund clause follows date m and holds the count, with the count's event word a gerund of that
 * clause: "…, early Thursday, tearing down a pro-Palestinian encampment and arresting more than 200 people",
 * "el jueves, desmantelando el campamento y deteniendo a 200 personas", "na quinta-feira, prendendo 200". A comma
 * after the date opens the clause; no other punctuation before the event word. */
static int S_gerund_clause(const xc_ctx *c, const xc_count *cnt, const xd_mention *m)
{
    const char *t = c->d->text.text;
    const xd_mention *tr = cnt->trigger;
    if (!tr || tr->start < m->end || tr->end > cnt->num->start || tr->start - m->end > 160)
        return 0;
    size_t i = m->end;
    while (i < tr->start && xc_is_space(t[i]))
        i++;
    if (i >= tr->start || t[i] != ',')
        return 0;
    i++;
    while (i < tr->start && xc_is_space(t[i]))
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

/* Whether date m, before the count at cs, closes the clause of a speaking that a reporting gerund carries on after a
 * comma ("Kamerhe announced in an address that evening, saying some 700 would be set free", "anunció el lunes,
 * asegurando que saldrán 40", "anunciou na segunda-feira, afirmando que 40 seriam soltos"): the day is the
 * speaking's, and what the gerund says (the count) does not take it as its period (`saying_words`). */
static int S_saying_after(const xc_ctx *c, const xd_mention *m, size_t cs)
{
    const char *t = c->d->text.text;
    size_t i = m->end;
    while (i < cs && xc_is_space(t[i]))
        i++;
    if (i >= cs || t[i] != ',')
        return 0;
    i++;
    while (i < cs && xc_is_space(t[i]))
        i++;
    size_t w = i;
    while (w < cs && !xc_is_space(t[w]) && t[w] != ',')
        w++;
    return w > i && w <= cs && xc_lexicon_has(c, "saying_words", i, w);
}

/* Whether a 'from' role word is "since" or "desde", which open a clause ("since protests erupted last Thursday"),
 * and not "from" or "a partir de", which mostly take a place ("released from Nicaraguan prisons on Thursday"). */
static int S_since_word(const xc_ctx *c, const xd_mention *dr)
{
    const char *f = c->d->fold.data + xc_fold_at(c->d, dr->start);
    return strncmp(f, "since", 5) == 0 || strncmp(f, "desde", 5) == 0;
}

/* Whether the word at t[a..] is a participle (-ado, -ido, -ed and their forms): "os protestos, iniciados a 21 de
 * outubro, …", "the protests, which erupted…". */
/* Whether the word at a is a Spanish or Portuguese participle ("processadas", "juzgados"); unlike S_participle, not
 * an English "-ed", which is as often the verb of the clause ("95 civilians walked home"). */
int xc_verb_participle(const char *t, size_t a, size_t end)
{
    static const char *const ends[] = {"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"};
    size_t b = a;
    while (b < end && t[b] >= 'a' && t[b] <= 'z')
        b++;
    return xc_word_ends(t, a, b, 4, ends, sizeof ends / sizeof *ends);
}

static int S_participle(const char *t, size_t a, size_t end)
{
    static const char *const ends[] = {"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ed"};
    size_t b = a;
    while (b < end && t[b] >= 'a' && t[b] <= 'z')
        b++;
    return xc_word_ends(t, a, b, 4, ends, sizeof ends / sizeof *ends);
}

/* '…afirmam que "mais de 10 mil jovens estão presos" por participarem do paro, a onda de protestos iniciada em 28
 * de abril': a day right after a participle (one short preposition between) dates what the participle tells of
 * ("iniciada em", "launched on", "convocada para el"), not the statement the quotation before it reports. */
static int S_participle_day(const xc_ctx *c, const xd_mention *m, size_t *at)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[m->sent].start, e = m->start;
    for (int w = 0; w < 2; w++) {
        while (e > lo && xc_is_space(t[e - 1]))
            e--;
        size_t b = e;
        while (b > lo && t[b - 1] >= 'a' && t[b - 1] <= 'z')
            b--;
        if (b == e || (b > lo && !xc_is_space(t[b - 1])))
            return 0;
        if (S_participle(t, b, e)) {
            if (at)
                *at = b;
            return 1;
        }
        if (e - b > 4) /* a preposition is short: "on", "em", "el", "para" */
            return 0;
        e = b;
    }
    return 0;
}

/* Twenty-fifth session. Whether date m follows a participle that describes a noun ("el acercamiento anunciado el 17
 * de diciembre de 2014", "the deal agreed on 17 December 2014", "a aproximação anunciada em"): S_participle_day,
 * with a word before the participle that is no article or preposition (lexicon not_noun_words), as a noun there
 * is; "la jornada del miércoles", "las salidas de ayer" are nouns in -ada, -ida after their article. */
static int S_noun_participle_day(const xc_ctx *c, const xd_mention *m)
{
    size_t pe = 0;
    if (!S_participle_day(c, m, &pe))
        return 0;
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[m->sent].start;
    while (pe > lo && xc_is_space(t[pe - 1]))
        pe--;
    size_t pb = pe;
    while (pb > lo && ((t[pb - 1] >= 'a' && t[pb - 1] <= 'z') || (t[pb - 1] >= 'A' && t[pb - 1] <= 'Z') ||
                         (unsigned char)t[pb - 1] >= 0x80))
        pb--;
    return pb < pe && !xc_listed(c, "not_noun_words", pb, pe, XC_ANY_CASE | XC_ALL_LANGS);
}

/* Whether a date after the count dates a participle describing the count's people rather than the count's own
 * event: "192 de las personas intervenidas ayer" (released, not detained, ayer), "14 pessoas libertadas em dezembro
 * de 2024 voltaram a ser presas", "freed 20 of the people arrested on Monday". The participle is right before the
 * date, one to three words after the count, and is neither the count's own event word nor a reporting verb. */
/* Where a place phrase ending at b starts ("in Diwaniya", "en la Puerta del Sol", "em Tbilissi": a place word, then
 * capitalised words and link words), or b when none ends there. */
static size_t S_place_before(const xc_ctx *c, size_t lo, size_t b)
{
    const char *t = c->d->text.text;
    size_t p = b;
    int names = 0;
    for (int w = 0; w < 6 && p > lo; w++) {
        size_t a, e;
        xc_word_before(t, lo, p, &a, &e);
        if (a == e)
            break;
        if (t[a] >= 'A' && t[a] <= 'Z' && !memchr(t + a, ',', e - a)) {
            names++;
            p = a;
            continue;
        }
        if (names && xc_words_before(c, "place_words", lo, e, XC_LOWER))
            return a; /* one place word: "in", "en", "em", "na" */
        if (names && xc_words_before(c, "link_words", lo, e, XC_LOWER)) {
            p = a;
            continue;
        }
        break;
    }
    return b;
}

static int S_describes_noun(const xc_ctx *c, const xc_count *cnt, const xd_mention *m)
{
    const char *t = c->d->text.text;
    size_t lo = cnt->num->end, b = m->start;
    if (b <= lo)
        return 0;
    while (b > lo && xc_is_space(t[b - 1]))
        b--;
    /* "37 people arrested in Diwaniya over the weekend": a place between the participle and its date */
    b = S_place_before(c, lo, b);
    while (b > lo && xc_is_space(t[b - 1]))
        b--;
    size_t a = b;
    while (a > lo && t[a - 1] >= 'a' && t[a - 1] <= 'z')
        a--;
    /* "259 people convicted on 2 December benefit from a pardon", "presos condenados em 2 de dezembro": one short
     * preposition the date rule left out between the participle and its day */
    /* not a genitive (of_words: "la madrugada de viernes": a noun, not a participle, before it) */
    if (a < b && b - a <= 3 && a > lo && xc_is_space(t[a - 1]) && !S_participle(t, a, b) &&
        !xc_listed(c, "of_words", a, b, XC_LOWER | XC_ALL_LANGS)) {
        size_t pb = a;
        while (pb > lo && xc_is_space(t[pb - 1]))
            pb--;
        size_t pa = pb;
        while (pa > lo && t[pa - 1] >= 'a' && t[pa - 1] <= 'z')
            pa--;
        if (pa < pb && S_participle(t, pa, pb)) {
            a = pa;
            b = pb;
        }
    }
    if (a == b || a <= lo || !xc_is_space(t[a - 1]) || !S_participle(t, a, b))
        return 0;
    /* Twenty-second session. "Two men were acquitted on 27 August and released", "foram absolvidos a 3 de outubro e
     * soltos": a participle right after a passive auxiliary (passive_words) is the sentence's verb, not a word
     * describing the people; its day is the day of the verb coordinated with it, the count's event (en/218) */
    /* Events only, their word after the date: a held count's state is not dated by another verb's day ("os pedidos
     * … foram recusados nesse mesmo dia, e esses seis permaneceram em prisão", pt/113) */
    if (cnt->event != EXTRACT_EVENT_HELD && cnt->trigger && cnt->trigger->start >= m->end) {
        size_t wa, wb;
        xc_word_before(t, lo, a, &wa, &wb);
        if (wa < wb && xc_listed(c, "passive_words", wa, wb, XC_LOWER))
            return 0;
    }
    /* "detenido a 232 manifestantes durante la jornada del domingo": a singular word after its article is a noun
     * of the same ending (jornada, madrugada, entrada), not a participle (eighteenth session); a plural one is the
     * people themselves ("400 de los arrestados durante el fin de semana", "12 de los detenidos del lunes") */
    {
        size_t wb = a;
        while (wb > lo && xc_is_space(t[wb - 1]))
            wb--;
        size_t wa = wb;
        while (wa > lo && t[wa - 1] >= 'a' && t[wa - 1] <= 'z')
            wa--;
        if (wa < wb && t[b - 1] != 's' &&
            (xc_listed(c, "article_words", wa, wb, XC_LOWER) || xc_listed(c, "indefinite_words", wa, wb, XC_LOWER)))
            return 0;
    }
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
    xc_range(c, m->sent, &ma, &mb);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        /* nor one of the count's own event ("1.879 el número de personas detenidas desde…") */
        if ((o->kind == XP_CUE || (o->kind == XP_TRIGGER && o->event == cnt->event)) && o->start < b && o->end > a)
            return 0;
    }
    /* a noun between them for the participle to describe ("3.500 detidos no domingo" is the count's own word) */
    return !xc_gap_words(t, lo, a, 0, 40) && xc_gap_words(t, lo, a, 3, 40);
}

/* Twenty-first session. "asaltó el Boeing de Lufthansa secuestrado desde el jueves y liberó a los 90 rehenes", "Os 90
 * reféns do Boeing desviado há cinco dias foram libertados", "Los rehenes que el comando retenía desde el martes
 * quedaron libres", "the hostages held since Tuesday were freed": a day right after a word of keeping people captive
 * (the lexicon captive_words: a participle or verb of holding, jailing, kidnapping or hijacking, "in captivity")
 * dates the captivity, not a release counted in the same sentence. Release counts only: for people held the
 * captivity is their count's own time, and an arrest count's day is its event's. Nouns of people ("presos",
 * "detainees") are kept out of the lexicon: "liberó a 300 presos desde el lunes" is a tally of releases. The
 * word is read right before the date or the 'since' word opening it, in the date's sentence. */
static int S_captivity_day(const xc_ctx *c, const xc_count *cnt, size_t k)
{
    const extract_doc *d = c->d;
    const xd_mention *m = &d->ments[k];
    if (cnt->event != EXTRACT_EVENT_RELEASE)
        return 0;
    size_t at = m->start, ma, mb;
    xc_range(c, m->sent, &ma, &mb);
    for (size_t j = ma; j < mb; j++) {
        const xd_mention *r = &d->ments[j];
        if (r->kind == XP_DATEROLE && !r->dead && r->start < at && r->end <= m->end && r->end + 1 >= m->start)
            at = r->start;
    }
    return xc_words_before(c, "captive_words", d->sents[m->sent].start, at, XC_LOWER);
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

/* Whether the possessive date m names an event at which people of the count's kind are arrested or freed
 * (event_days): "arrested during Saturday's demonstrations", "freed in Sunday's exchange" date the count, where
 * "Saturday's statement" does not. */
static int S_possessive_event(const xc_ctx *c, const xd_mention *m, int event)
{
    const char *t = c->d->text.text;
    size_t a = m->end + (t[m->end] == '\'' ? 3 : 5), b = a, se = c->d->sents[m->sent].end;
    if (a >= se)
        return 0;
    while (b < se && !xc_is_space(t[b]) && t[b] != ',' && t[b] != '.' && t[b] != ';')
        b++;
    const char *want = event == EXTRACT_EVENT_DETENTION ? "detention" : event == EXTRACT_EVENT_RELEASE ? "release" : NULL;
    return want && (S_table_word_in(c->d, "event_days", a, b, want) || S_table_word_in(c->d, "event_days", a, b, "both"));
}

/* Whether date m is the complement of a word naming the occasion of a statement (occasion_words: "el comunicado
 * del sábado", "a nota de sábado", "the statement of Saturday"): it dates that statement, not the count. */
static int S_of_occasion(const xc_ctx *c, const xd_mention *m)
{
    static const char *const of[] = {"del ", "de la ", "de ", "do ", "da ", "of "};
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[m->sent].start, p = m->start;
    for (size_t w = 0; w < sizeof of / sizeof *of; w++) {
        size_t n = strlen(of[w]);
        if (p >= lo + n && strncmp(t + p - n, of[w], n) == 0 && (p - n == lo || xc_is_space(t[p - n - 1])))
            return xc_words_before(c, "occasion_words", lo, p - n, XC_ANY_CASE);
        if (strncmp(t + p, of[w], n) == 0) /* the date's own match opens with the preposition */
            return xc_words_before(c, "occasion_words", lo, p, XC_ANY_CASE);
    }
    return 0;
}

/* Whether the comma-delimited phrase opening at a, before date m, is a noun in apposition with a relative clause
 * holding m: "O OVD-Info, projeto independente que acompanha prisões … desde 2011, contabilizou 656", "la AAPP,
 * una ONG que documenta arrestos desde 2021,", "HRANA, a group which has tracked arrests since 2009,". At most
 * three words before the relative word, none of them a reporting verb or an event word ("la policía informó que
 * desde el lunes" is no apposition). */
static int S_apposition_relative(const xc_ctx *c, const xd_mention *m, size_t a)
{
    const char *t = c->d->text.text;
    size_t p = a;
    for (int words = 0; words < 4 && p < m->start; words++) {
        if (words > 0 && xc_relative_word(c, p)) {
            size_t ma, mb;
            xc_range(c, m->sent, &ma, &mb);
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

static int S_in_relative(const xc_ctx *c, const xd_mention *m, size_t cs, size_t ce)
{
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
    while (a < m->start && xc_is_space(t[a]))
        a++;
    if (xc_relative_word(c, a))
        return 1;
    if (S_apposition_relative(c, m, a))
        return 1;
    /* Eighteenth session. "Abubakar Gana, a spokesman for the ministry, disputed that figure on 21 February, saying
     * no more than 50…": a reporting verb in the past opening the stretch after an apposition is the sentence's
     * main verb, not a participle describing the noun before it (English past tenses end like participles) */
    size_t ka, kb;
    xc_range(c, m->sent, &ka, &kb);
    for (size_t k = ka; k < kb; k++)
        if (c->d->ments[k].kind == XP_CUE && c->d->ments[k].start == a)
            return 0;
    /* Twenty-fourth session. "um porta-voz do governo, citado hoje pela Xinhua, negou que…", "the minister, quoted
     * on Tuesday by Interfax, said…", "el fiscal, entrevistado ayer por esta agencia, afirmó…": a participle of
     * quoting or speaking (quoting_participles) describes the speaker's statement itself, so its day is the day
     * of speaking, not something else the noun did */
    if (xc_listed_at(c, "quoting_participles", a, m->start, XC_LOWER))
        return 0;
    return S_participle(t, a, m->start);
}

/* How far before its relative word the count of a relative clause about the people counted may end: the noun
 * phrase of the people ("doce rehenes, diplomáticos en su mayoría, que…" is an apposition, not this). */
#define S_REL_OF_COUNT_NEAR 40

/* Twentieth session. "Con ellos viajaban doce rehenes, que fueron liberados esa misma noche", "os 30 detidos, que
 * foram soltos na madrugada de domingo", "the 12 hostages, who were freed on Tuesday evening": a relative clause
 * right after the count's noun phrase that holds the count's own event word tells the count's event, so a date in
 * it dates the count, not "something else". The clause is the comma-delimited stretch around the date (as
 * S_in_relative reads it); the count must end at most S_REL_OF_COUNT_NEAR bytes before that stretch, with no
 * comma between, and the event word must lie inside the stretch before the date. Events only (detention, release). */
static int S_relative_of_count(const xc_ctx *c, const xc_count *cnt, const xd_mention *m, size_t ce)
{
    const char *t = c->d->text.text;
    const xd_sentence *s = &c->d->sents[m->sent];
    const xd_mention *tr = cnt->trigger;
    /* events only: a held count's clause ("85 civiles, que cumplen sus penas bajo custodia: 25 el sábado…") is a
     * state, whose dates the held rules read */
    if (!tr || tr->sent != m->sent || ce > m->start ||
        (cnt->event != EXTRACT_EVENT_DETENTION && cnt->event != EXTRACT_EVENT_RELEASE))
        return 0;
    size_t a = m->start;
    while (a > s->start && t[a - 1] != ',')
        a--;
    if (a == s->start || tr->start < a || tr->end > m->start || ce >= a || a - ce > S_REL_OF_COUNT_NEAR)
        return 0;
    /* the comma closing the count's noun phrase is the one just before the stretch, and no colon or semicolon
     * opens a list between the event word and the date */
    for (size_t p = tr->end; p < m->start; p++)
        if (t[p] == ':' || t[p] == ';')
            return 0;
    return memchr(t + ce, ',', a - 1 - ce) == NULL;
}

/* Whether a publication word (a daterole rule with role=said: "publicado", "divulgada", "published") stands right
 * before date m: the date is the day something was published. A word of circulating (circulating=1) may also
 * follow the day it was first seen ("Desde el lunes circula en Facebook…", "Since Monday, a post has been
 * circulating on X…"), with only a comma between. */
static int S_published(const xc_ctx *c, const xd_mention *m, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    for (size_t r = ma; r < mb; r++) {
        const xd_mention *dr = &c->d->ments[r];
        if (dr->kind == XP_DATEROLE && dr->role == XD_ROLE_SAID && dr->end <= m->start &&
            (dr->end == m->start || xc_gap_words(t, dr->end, m->start, 2, 16)))
            return 1;
        if (dr->kind == XP_DATEROLE && dr->role == XD_ROLE_SAID && dr->start >= m->end &&
            xp_attr_get(dr->rule, "circulating") && xc_gap(t, m->end, dr->start, 0, 4, 1))
            return 1;
    }
    return 0;
}

/* Whether date m comes right after a relative clause naming a figure's publication (a daterole rule with role=said
 * and figure=1: "números que o ministério divulgou", "el balance que la policía difundió", "figures the ministry
 * released") that starts after the count (at ce): the day the figure was put out, so the statement's ("719 pessoas,
 * números que o ministério divulgou ontem de manhã"), however near the count's event word comes before it. */
static int S_figure_published(const xc_ctx *c, const xd_mention *m, size_t ma, size_t mb, size_t ce)
{
    const char *t = c->d->text.text;
    for (size_t r = ma; r < mb; r++) {
        const xd_mention *dr = &c->d->ments[r];
        /* "…at about 15 in an update posted early on Thursday afternoon", "…en un comunicado difundido el lunes":
         * a publication word right after a word for the occasion of speaking (occasion_words) names the
         * statement's publication as much as a clause about the figure does */
        if (dr->kind == XP_DATEROLE && dr->role == XD_ROLE_SAID && dr->start >= ce && dr->end <= m->start &&
            (dr->end == m->start || xc_gap_words(t, dr->end, m->start, 2, 16)) &&
            (xp_attr_get(dr->rule, "figure") || xc_words_before(c, "occasion_words", c->d->sents[dr->sent].start, dr->start, XC_ANY_CASE)))
            return 1;
    }
    return 0;
}

/* Whether text[a,b) holds, outside quotations, a source word ("segundo a qual", "según la cual", "according to
 * which") or opens a quotation: what follows is what a message says, as after a reporting verb. Before the
 * publication word, a source word names what was published ("De acordo com o balanço …, divulgado ontem à noite,
 * 56 fugitivos…"). */
static int S_says_between(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b, int quote)
{
    for (size_t r = ma; r < mb; r++) {
        const xd_mention *o = &c->d->ments[r];
        if (o->kind == XP_SOURCE && o->start >= a && o->end <= b && xc_quote_at(c, o->start) < 0)
            return 1;
    }
    return quote && b > a && xc_quote_at(c, b - 1) >= 0 && xc_quote_at(c, a) < 0;
}

/* Whether date m is the day of an event still to come: a future marker (a daterole with role=future: "is due to",
 * "will", "serán", "vão ser") stands between the count and the date, with no comma, semicolon or colon between
 * marker and date ("about 1,100 prisoners … is due to be released on 22 October"). Such a day is neither the period
 * of the count nor the day it was said. A marker before the date and the count ("said on Tuesday that it would
 * release 553") leaves the date alone, and so does "today" / "tonight" ("30 prisoners will be released tonight":
 * the annotated corpus dates such a release). */
static int S_future_day(const xc_ctx *c, const xc_count *cnt, const xd_mention *m, size_t ma, size_t mb)
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
                                       : cnt->trigger && cnt->trigger->end <= m->start &&
                                             /* "will pardon some 10,000 prisoners … on Friday": the marker may
                                              * open the event word's own match */
                                             (cnt->trigger->start >= f->end ||
                                              (cnt->trigger->start <= f->start && cnt->trigger->end >= f->end)))) {
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
/* Whether the role word dr stands inside the date m's own match before its day, a 'from' word of a span whose end
 * follows ("la noche del viernes al sábado", "a noite de sexta para sábado"): the night that runs from one day into
 * the next is a span of both. */
/* Eighteenth session. Whether the date m is the day a demand for the counted people's release was made: a demand
 * word (`demand=1`: "reclamó la libertad de", "pediu a libertação de", "called for the release of") is the count's
 * event word, or stands right before the count ("demanded the release of the 120 strikers still in jail", whose
 * nearer event word is "still in jail"); the date stands before the count and before the end of the demand word,
 * with no 'since' or 'until' word on it, no other number between it and the demand word, and not inside another
 * quotation. Bounded: the sentence's mentions only, the date at most 120 bytes before the demand word, the demand
 * word at most 40 bytes before the count. */
static int S_demand_day(const xc_ctx *c, const xc_count *cnt, const xd_mention *m, int role, size_t ma, size_t mb,
                        size_t cs)
{
    const extract_doc *d = c->d;
    if (cnt->event != EXTRACT_EVENT_HELD || role || !m->date[0] || m->role == XD_DATE_NAMED || m->whole_month ||
        m->date_end[0] || m->end > cs)
        return 0;
    const xd_mention *tr = cnt->trigger && xp_attr_get(cnt->trigger->rule, "demand") ? cnt->trigger : NULL;
    for (size_t o = ma; !tr && o < mb; o++) {
        const xd_mention *t = &d->ments[o];
        if (t->kind == XP_TRIGGER && xp_attr_get(t->rule, "demand") && t->end <= cs && cs - t->end <= 40 &&
            !xc_clause_between(c, ma, mb, t->end, cs))
            tr = t;
    }
    if (!tr || m->start >= tr->end || (m->end < tr->start && tr->start - m->end > 120))
        return 0;
    if (xc_quote_at(c, m->start) != xc_quote_at(c, tr->start))
        return 0;
    for (size_t o = ma; o < mb; o++)
        if (d->ments[o].kind == XP_NUMBER && d->ments[o].start >= m->end && d->ments[o].end <= tr->start)
            return 0;
    return 1;
}

static int S_role_inside(const xd_mention *dr, const xd_mention *m)
{
    return dr->role == 1 && dr->start > m->start && dr->end < m->end;
}

static int S_date_role(const xc_ctx *c, size_t k, size_t ma, size_t mb, const xd_mention **word)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    const xd_mention *m = &d->ments[k];
    int role = 0;
    if (word)
        *word = NULL;
    for (size_t r = ma; r < mb; r++) {
        const xd_mention *dr = &d->ments[r];
        /* the role word may also open the date's own match ("By Wednesday afternoon") or stand inside it before
         * its day ("la noche del viernes al sábado": the night opens the span on Friday) */
        if (dr->kind != XP_DATEROLE || dr->role == XD_ROLE_SAID || dr->role == XD_ROLE_FUTURE || dr->end >= m->end ||
            (dr->start > m->start && !S_role_inside(dr, m)))
            continue;
        /* "desde el 8 de enero"; and "since the truce took effect on Friday", "since his first wave of pardons on
         * July 3", "since President Noboa declared an "internal armed conflict" on Jan. 9": a 'since' word reaches
         * the first date of its clause. */
        int near = dr->end >= m->start || xc_gap_words(t, dr->end, m->start, 1, 5);
        /* a date naming an event takes a role word only right before it ("desde el golpe del 1 de febrero"): far
         * off, it names what the clause is about ("presas desde os protestos que se seguiram à eleição de 28 de
         * julho") */
        int reach = m->role != XD_DATE_NAMED &&
                    (xc_gap(t, dr->end, m->start, dr->role == 1 ? 7 : 3, dr->role == 1 ? 60 : 24, 1) ||
                     (dr->role == 1 && S_since_word(c, dr) &&
                      (S_since_clause(t, dr->end, m->start) ||
                       S_since_apposition(t, dr->end, m->start, m->end, d->sents[m->sent].end))) ||
                     /* "Até ao encerramento do campo, a 9 de novembro, foram soltas", "until the camp closed, on 9
                      * November,": an 'until' word naming a short event with its day set off after it */
                     (dr->role == 2 && xc_gap(t, dr->end, m->start, 8, 70, 1) &&
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
        /* "The department, which has policed the camp since it opened last summer, told us on Thursday that…": a
         * reporting verb after a comma closes the 'since' clause; the day after that verb is when it spoke */
        for (size_t o = ma; reach && !near && o < mb; o++)
            if (d->ments[o].kind == XP_CUE && d->ments[o].start > dr->end && d->ments[o].end <= m->start &&
                memchr(t + dr->end, ',', d->ments[o].start - dr->end))
                reach = 0;
        if (near || reach) {
            role = dr->role;
            if (word)
                *word = dr;
        }
    }
    return role;
}

/* Whether the date belongs to another reporting verb: one nearer to it, with a number between the date and cue
 * ("informó el viernes 29 de 43 arrestos, y el sábado 30 elevó a 107": each verb takes the day beside it). */
static int S_other_cue_nearer(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *cue, const xd_mention *m, size_t dc)
{
    size_t a = cue->end <= m->start ? cue->end : m->end, b = cue->end <= m->start ? m->start : cue->start;
    int number = 0;
    for (size_t k = ma; k < mb && !number; k++)
        number = xc_num(&c->d->ments[k]) && c->d->ments[k].start >= a && c->d->ments[k].end <= b;
    for (size_t k = ma; k < mb && number; k++) {
        const xd_mention *o = &c->d->ments[k];
        if (o->kind == XP_CUE && o != cue && !xc_cue_in_name(c, o) && xc_distance(o->start, o->end, m) < dc)
            return 1;
    }
    return 0;
}

/* Sets the period to one day, or to a whole month or year, for a count's event: released or detained on a day,
 * from = to; held on a day, a stock as of then. */
void xc_set_period(xc_ctx *c, const xc_count *cnt, const xd_mention *m, extract_claim *cl, const char *why)
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
    xc_trace(c, "date %s: period (%s)", m->date, why);
}

/* "desde então", "since then", "el mismo día", "a day earlier", "na véspera" (a rule with prev=N): the day N days
 * from the latest date named before it, in its paragraph or the one before. */
/* Whether date mention j comes right after a 'since' word ("desde el 12 de febrero", "since 2 July"). */
static int S_after_since(const xc_ctx *c, size_t j)
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
static int S_since_anaphor(const xc_ctx *c, const xd_mention *m)
{
    const char *t = c->d->text.text + m->start;
    return strncasecmp(t, "desde", 5) == 0 || strncasecmp(t, "since", 5) == 0;
}

/* "Al día siguiente, el sábado 7, el Consejo sostuvo…", "The next day, Saturday 7 December, the council said…",
 * "No dia seguinte, sábado (7), o conselho disse…": a day pointing back that the writer restates at once with its
 * own number means that day, whatever the latest date named before it was (a 'since' bound, a day in passing).
 * The restated day follows a comma within a few bytes (an "on" or "el" inside the date's own match) and carries a
 * digit; the mention after it, if any, is k's next. */
static const xd_mention *S_restated_day(const xc_ctx *c, size_t k)
{
    const extract_doc *d = c->d;
    const xd_mention *m = &d->ments[k];
    const char *t = d->text.text;
    size_t p = m->end;
    while (p < d->sents[m->sent].end && xc_is_space(t[p]))
        p++;
    if (p >= d->sents[m->sent].end || t[p] != ',')
        return NULL;
    for (size_t j = k + 1; j < d->n_ments && d->ments[j].start <= p + 6; j++) {
        const xd_mention *o = &d->ments[j];
        if (o->kind != XP_DATE || !o->date[0] || o->date_end[0] || o->whole_month || o->dead ||
            xp_attr_get(o->rule, "prev") || o->sent != m->sent || o->start <= p)
            continue;
        for (size_t i = o->start; i < o->end; i++)
            if (t[i] >= '0' && t[i] <= '9')
                return o;
        return NULL;
    }
    return NULL;
}

/* Eighteenth session. "O caso rebentou a 3 de abril, um sábado, quando…", "el 3 de abril, un sábado,", "on 3 April,
 * a Saturday,": a bare weekday set off after a day, with at most an indefinite article (indefinite_words) between,
 * names that day's weekday, not the latest such weekday before the reference date. Returns the day it is apposed
 * to when the weekdays agree, else NULL. Bounded: the mention right before it only. */
static const xd_mention *S_apposed_to(const xc_ctx *c, size_t k)
{
    const extract_doc *d = c->d;
    const xd_mention *m = &d->ments[k];
    const char *t = d->text.text;
    if (m->kind != XP_DATE || !m->date[0] || !xp_attr_get(m->rule, "wdayonly") || m->date_end[0] || k == 0)
        return NULL;
    const xd_mention *o = &d->ments[k - 1];
    if (o->kind != XP_DATE || !o->date[0] || o->date_end[0] || o->whole_month || o->dead || o->sent != m->sent ||
        o->end > m->start || xp_attr_get(o->rule, "wdayonly"))
        return NULL;
    size_t p = o->end;
    while (p < m->start && xc_is_space(t[p]))
        p++;
    if (p >= m->start || t[p] != ',')
        return NULL;
    p++;
    while (p < m->start && xc_is_space(t[p]))
        p++;
    if (p < m->start) {
        size_t e = p;
        while (e < m->start && !xc_is_space(t[e]))
            e++;
        if (!xc_listed(c, "indefinite_words", p, e, XC_LOWER | XC_ALL_LANGS))
            return NULL;
        while (e < m->start && xc_is_space(t[e]))
            e++;
        if (e != m->start)
            return NULL;
    }
    long v = xr_parse_iso(m->date), w = xr_parse_iso(o->date);
    if (v == LONG_MIN || w == LONG_MIN || xr_weekday(v) != xr_weekday(w))
        return NULL;
    return o;
}

static int S_dates_event(const xc_ctx *c, const xd_mention *m, int event);

/* How many sentences back a part of the day opening its sentence (story=1 rules: "Por la noche,", "Ao anoitecer,",
 * "By nightfall,") looks for the day the story is telling when no day was named in its paragraph or the one before. */
#define S_STORY_BACK 16

/* "LOCUTOR: … la policía detuvo ayer a más de setecientas personas … CORRESPONSAL: … A media tarde, algunos medios
 * hablaban ya de más de 400 arrestos. Por la noche, el portavoz … elevó el balance a más de 700": a part of the day
 * with no day named tells the day the story is telling, which a radio transcript or a long account may have named
 * several paragraphs back. That day is the last single day named, up to S_STORY_BACK sentences back, whose
 * sentence tells people arrested or released on it (S_dates_event): the broadcast's own "hoy" ("París se ha
 * despertado hoy"), named in passing, is skipped, and so is a day that opens a period ("desde el 17"). Sets
 * m->date; leaves it empty when no such day is found. */
static void S_story_day(xc_ctx *c, size_t k)
{
    extract_doc *d = c->d;
    xd_mention *m = &d->ments[k];
    for (size_t j = k; j-- > 0;) {
        const xd_mention *o = &d->ments[j];
        if (o->sent + S_STORY_BACK < m->sent)
            return;
        if (o->kind != XP_DATE || !o->date[0] || o->start == d->dateline_at || o->dead || !d->sents[o->sent].dated ||
            d->sents[o->sent].section != XD_SECTION_BODY || o->whole_month ||
            (o->date_end[0] && strcmp(o->date_end, o->date) != 0) || S_after_since(c, j))
            continue;
        if (!S_dates_event(c, o, EXTRACT_EVENT_DETENTION) && !S_dates_event(c, o, EXTRACT_EVENT_RELEASE))
            continue;
        const xd_mention *ap = S_apposed_to(c, j);
        memcpy(m->date, ap ? ap->date : o->date, 11);
        return;
    }
}

static void S_resolve_anaphoric(xc_ctx *c, size_t k)
{
    extract_doc *d = c->d;
    xd_mention *m = &d->ments[k];
    const char *prev = xp_attr_get(m->rule, "prev");
    if (!prev)
        return;
    const xd_mention *again = S_restated_day(c, k);
    if (again) {
        memcpy(m->date, again->date, 11);
        return;
    }
    /* a 'since' bound pointed back to ("desde entonces", "since that date") may point back to another bound */
    int bound = S_since_anaphor(c, m) || S_after_since(c, k);
    for (size_t j = k; j-- > 0;) {
        const xd_mention *o = &d->ments[j];
        if (d->sents[o->sent].para + 1 < d->sents[m->sent].para)
            break;
        /* only a date read whatever the gates: otherwise what is "named before" would depend on them */
        if (o->kind != XP_DATE || !o->date[0] || o->start == d->dateline_at || o->dead || !d->sents[o->sent].dated)
            continue;
        /* "by then", "para entonces": a tally closed on a day, not in a year told in passing ("arrived in 2002") */
        if (o->whole_month && xp_attr_get(m->rule, "closes"))
            continue;
        /* "No dia seguinte", "two days later": days are counted from a day, not from a month or a year told in
         * passing ("a factory due to open in 2026") */
        if (strcmp(prev, "0") != 0 && (o->whole_month || o->date_end[0]))
            continue;
        /* "O mesmo porta-voz contestou o número nesse dia", "that same day", "Por la noche,": the day pointed back
         * to is a day, not a year or a month told in passing ("raptado por um comando israelita em 1989"); a
         * 'since' anaphor ("since then", "desde entonces") may still point back to a year (twentieth session) */
        if (strcmp(prev, "0") == 0 && o->whole_month && !S_since_anaphor(c, m))
            continue;
        /* "Nuestros registros, que cerramos el martes, suman 3.040 detenciones desde el 12 de febrero. … presentó
         * ese mismo día …": the same day is one on which something happened, not the bound a 'since' word opens */
        if (strcmp(prev, "0") == 0 && !bound && S_after_since(c, j))
            continue;
        /* "On 21 February, the minister said 400 had been freed since that date", "afirmó el martes que 344 han
         * salido desde esa fecha": a bound pointed back to past a reporting verb or the 'that' of what was said in
         * its own sentence is not the day of speaking (a count since then would be of nothing) */
        if (strcmp(prev, "0") == 0 && bound && o->sent == m->sent &&
            (xc_cue_between(c, c->sent_first[m->sent], c->sent_first[m->sent + 1], o->end, m->start) ||
             xc_has_that(c, o->end, m->start)))
            continue;
        /* "Uma contagem da AP divulgada nesta quinta-feira aponta mais de 10 mil presos, com dados até a noite de
         * quarta-feira (3). Na véspera, a mesma contagem registrava 9.300": a day before is counted back from an
         * occasion, not from the hour a tally closes at (an 'until' bound), which is already that occasion's eve */
        if (strtol(prev, NULL, 10) < 0 && S_bound_day(c, o, 1))
            continue;
        /* "a 3 de abril, um sábado, … No dia seguinte": the weekday names the day before it */
        const xd_mention *ap = S_apposed_to(c, j);
        long v = xr_parse_iso(ap ? ap->date : o->date);
        /* "dos días después": the days counted (value) times the direction */
        if (v != LONG_MIN)
            xr_format_iso(v + strtol(prev, NULL, 10) * (m->value > 0 ? (long)m->value : 1), m->date);
        return;
    }
    /* nothing named in this paragraph or the one before: a part of the day goes on with the story's day */
    if (xp_attr_get(m->rule, "story"))
        S_story_day(c, k);
}

/* "Naquele sábado", "Aquel miércoles de febrero", "That Saturday" (a rule with thatday=1): a weekday pointed back
 * to is the latest day named before it in the document that falls on that weekday ("na manhã de sábado (17)",
 * "desde el 27 de febrero"); the recognizer's reading (the latest such weekday not after the reference date) stands
 * when none is named. */
static void S_that_weekday(xc_ctx *c, size_t k)
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

/* "El lunes 2 de mayo, el Observatorio contabilizaba más de 60 liberados desde el domingo", "On 12 March the ministry
 * said 300 had been freed since Sunday": a bare weekday (a rule with wdayonly=1) right after a 'since' word, after a
 * day named earlier in its sentence (not one naming an event, nor one pointing back), bounds a tally counted on
 * that day: it is of the week that day closes, the latest such weekday not after it, when the recognizer's reading
 * (the latest such weekday before the reference date) lies more than a week after that day. Not a weekday that
 * points at the present ("this Monday", "este lunes", "nesta segunda") or that carries its own day number. */
static void S_weekday_by_anchor(xc_ctx *c, size_t k)
{
    extract_doc *d = c->d;
    xd_mention *m = &d->ments[k];
    const char *t = d->text.text;
    long v = xr_parse_iso(m->date);
    if (!xp_attr_get(m->rule, "wdayonly") || v == LONG_MIN || m->date_end[0] || !(S_after_since(c, k) || S_since_anaphor(c, m)))
        return;
    for (size_t i = m->start; i < m->end; i++)
        if (t[i] >= '0' && t[i] <= '9')
            return;
    size_t tw = xc_listed_at(c, "this_words", m->start, m->end, XC_ANY_CASE | XC_ALL_LANGS);
    if (tw && t[tw] == ' ')
        return;
    for (size_t j = k; j-- > 0 && d->ments[j].sent == m->sent;) {
        const xd_mention *o = &d->ments[j];
        if (o->kind != XP_DATE || !o->date[0] || o->dead || o->whole_month || o->start == d->dateline_at ||
            xp_attr_get(o->rule, "wdayonly") || xp_attr_get(o->rule, "rel") || xp_attr_get(o->rule, "prev") ||
            o->role == XD_DATE_NAMED || o->end > m->start)
            continue;
        long a = xr_parse_iso(o->date);
        if (a == LONG_MIN || v - a <= 7)
            return;
        long w = a - ((xr_weekday(a) - xr_weekday(v)) % 7 + 7) % 7;
        xr_format_iso(w, m->date);
        xc_trace(c, "date %s: the weekday of the week the day before it closes (\"%.*s\")", m->date,
                 (int)(o->end - o->start), t + o->start);
        return;
    }
}

/* Twenty-third session. "The Royal Canadian Mounted Police moved in on Thursday, 18 November. … In a statement on
 * Friday, the RCMP said 15 more people had been arrested", "El domingo 8, la policía detuvo a cientos … el lunes, el
 * ministerio elevó…": a story told with a weekday written beside its day is told in that day's week, and a bare
 * weekday after it ("on Friday", "el lunes", "na sexta-feira") is a day of that week, the first such weekday on or
 * after the anchor, not the latest before the reference date the recognizer read (a fact-check or review written
 * a week later). Only when no other single day stands between them (a "yesterday" or a day without its weekday
 * brings the story back to the present), within S_STORY_BACK sentences, not a weekday in a sentence counting
 * since a day, one of "this" ("este lunes", "this Friday") or of last week, and only when the reading lies more
 * than six days and at most S_STORY_WEEK_REACH after the anchor. Not the anchor's own weekday: "Sunday 10 November
 * … police said on Sunday" is another Sunday; "later that Friday", "ese mismo lunes" (thatday=1) is the anchor's
 * own, when S_that_weekday found no such day among the dates read. Bounded look-back.
 *
 * How many days before the recognizer's reading of a bare weekday the anchor of the story's week may lie: a
 * fact-check or review written a week or two after the days it tells. Further back, the weekday is the page's. */
#define S_STORY_WEEK_REACH 20

static void S_weekday_of_story(xc_ctx *c, size_t k)
{
    extract_doc *d = c->d;
    xd_mention *m = &d->ments[k];
    const char *t = d->text.text;
    long v = xr_parse_iso(m->date);
    if (m->weekday != 1 || v == LONG_MIN || m->date_end[0] || S_after_since(c, k))
        return;
    size_t tw = xc_listed_at(c, "this_words", m->start, m->end, XC_ANY_CASE | XC_ALL_LANGS);
    if (tw && t[tw] == ' ')
        return;
    /* a tally since a day ("85 inmates had walked free since that date", "desde esa fecha") is given later than
     * that day, in no week the story has told: its weekday keeps its reading near the page */
    size_t ma, mb;
    xc_range(c, m->sent, &ma, &mb);
    for (size_t j = ma; j < mb; j++)
        if (d->ments[j].kind == XP_DATE && (S_after_since(c, j) || S_since_anaphor(c, &d->ments[j])))
            return;
    for (size_t j = k; j-- > 0 && d->ments[j].sent + S_STORY_BACK >= m->sent;) {
        const xd_mention *o = &d->ments[j];
        if (o->kind != XP_DATE || !o->date[0] || o->dead || o->start == d->dateline_at || !d->sents[o->sent].dated ||
            o->weekday == 1 || o->whole_month || o->date_end[0] || xp_attr_get(o->rule, "prev") ||
            o->role == XD_DATE_NAMED)
            continue;
        long a = xr_parse_iso(o->date);
        if (o->weekday != 2 || a == LONG_MIN || a > v || v - a <= 6 || v - a > S_STORY_WEEK_REACH ||
            (xr_weekday(a) == xr_weekday(v) && !xp_attr_get(m->rule, "thatday")))
            return;
        long w = a + ((xr_weekday(v) - xr_weekday(a)) % 7 + 7) % 7;
        xr_format_iso(w, m->date);
        xc_trace(c, "date %s: the weekday of the week the story is told in (\"%.*s\")", m->date,
                 (int)(o->end - o->start), t + o->start);
        return;
    }
}

/* "segundo balanço divulgado na segunda-feira seguinte", "el lunes siguiente", "the following Monday": a bare weekday
 * marked as following is the first such weekday after the latest day named before it (in its paragraph or the one
 * before), not the latest before the reference date the recognizer read. */
static void S_following_weekday(xc_ctx *c, size_t k)
{
    extract_doc *d = c->d;
    xd_mention *m = &d->ments[k];
    const char *t = d->text.text;
    long v = xr_parse_iso(m->date);
    if (!xp_attr_get(m->rule, "wdayonly") || v == LONG_MIN || m->date_end[0])
        return;
    size_t e = m->end, end = d->sents[m->sent].end, lo = d->sents[m->sent].start;
    static const char *const after[] = {" seguinte", " siguiente"};
    int following = 0;
    for (size_t w = 0; w < sizeof after / sizeof *after && !following; w++) {
        size_t n = strlen(after[w]);
        following = e + n <= end && strncasecmp(t + e, after[w], n) == 0 && (e + n == end || !xc_letter_byte((unsigned char)t[e + n]));
    }
    static const char *const before = "following ";
    size_t bn = strlen(before);
    if (!following && m->start >= lo + bn && strncasecmp(t + m->start - bn, before, bn) == 0)
        following = 1;
    for (size_t i = m->start; following && i < m->end; i++)
        if (t[i] >= '0' && t[i] <= '9')
            return; /* a day number of its own ("Monday (2)") says which */
    for (size_t j = k; following && j-- > 0;) {
        const xd_mention *o = &d->ments[j];
        if (d->sents[o->sent].para + 1 < d->sents[m->sent].para)
            return;
        if (o->kind != XP_DATE || !o->date[0] || o->dead || o->whole_month || o->date_end[0] || o->start == d->dateline_at ||
            !d->sents[o->sent].dated)
            continue;
        long a = xr_parse_iso(o->date);
        if (a == LONG_MIN)
            return;
        long w = a + ((xr_weekday(v) - xr_weekday(a)) % 7 + 7) % 7;
        if (w == a)
            w += 7;
        xr_format_iso(w, m->date);
        xc_trace(c, "date %s: the weekday following the day named before (\"%.*s\")", m->date, (int)(o->end - o->start),
                 t + o->start);
        return;
    }
}

/* How far from a day an event word may stand to be what that day dates ("derrocado el 28 de junio", "the
 * National Security Law, which Beijing imposed on the city on 30 June 2020"). */
#define S_EVENT_NEAR 90
/* How far back (bytes) the day of an event a count was made in is looked for ("within" rules) */
#define S_EVENT_BACK 3000

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
    size_t fa = xc_fold_at(d, a), fb = xc_fold_at(d, b);
    const char *f = d->fold.data;
    for (size_t i = fa, st; i < fb;) {
        size_t n = S_fold_word(f, &i, fb, &st);
        long ix = n >= 3 ? xp_table_find(kinds, f + st, n) : -1;
        if (ix >= 0 && (!want || !strcmp(kinds->values[ix], want)))
            return kinds->values[ix];
    }
    return NULL;
}

/* Whether date o is a bound: a 'since' (unless until_only) or 'until' word overlaps it or ends at most a few bytes
 * before it ("desde finales de abril", "com dados até a noite de quarta-feira", "entre a noite de sábado e a tarde
 * de domingo"). */
static int S_bound_day(const xc_ctx *c, const xd_mention *o, int until_only)
{
    const extract_doc *d = c->d;
    for (size_t r = c->sent_first[o->sent]; r < c->sent_first[o->sent + 1]; r++) {
        const xd_mention *q = &d->ments[r];
        if (q->kind == XP_DATEROLE && !q->dead && ((q->role == 1 && !until_only) || q->role == 2) && q->start < o->end &&
            q->end + 16 > o->start)
            return 1;
    }
    return 0;
}

/* "desde el golpe", "desde a noite do golpe", "since the start of the protests" (a rule with evref=1): a period
 * opened by an event the text dated before ("Zelaya, derrocado el 28 de junio", "as eleições gerais de 29 de
 * outubro", "the law took effect on 30 June") starts on that day. The event word's class (event_kinds: "votação"
 * and "eleições" are one election, "derrocado" and "golpe" one coup) is looked for within a few words of every day
 * named earlier in the document, the latest first. Not when the clause gives its own date ("since the protests
 * began on Friday": that day is the bound). */
static void S_since_event(xc_ctx *c, size_t k)
{
    extract_doc *d = c->d;
    xd_mention *m = &d->ments[k];
    const char *t = d->text.text;
    if (!xp_attr_get(m->rule, "evref") || m->date[0])
        return;
    const char *kind = S_event_kind_in(d, m->start, m->end, NULL);
    if (!kind)
        return;
    /* "arrested during the operation", "detenidos en el desalojo", "detidos na operação" (within=1): a count
     * made in an event the text dated before takes that event's day (or its span), not as a bound but as the
     * time the count covers. Not when its sentence names another day or a since/until bound: the count is then
     * dated (or bounded) by its own words ("arrested in the raid on Tuesday", "since Monday in the operation"). */
    int within = xp_attr_get(m->rule, "within") != NULL;
    if (within) {
        for (size_t j = c->sent_first[m->sent]; j < c->sent_first[m->sent + 1]; j++) {
            const xd_mention *o = &d->ments[j];
            if (o == m || o->dead)
                continue;
            if (o->kind == XP_DATE && o->date[0] && o->start != d->dateline_at)
                return;
            if (o->kind == XP_DATEROLE && (o->role == 1 || o->role == 2))
                return;
        }
        /* "En aquel operativo", "that operation", "naquela operação" (that=1): the event the sentence before told,
         * dated there ("El caso se remonta al 3 y 4 de mayo de 2006, cuando policías … entraron en Atenco"): the
         * latest day of the sentence just before, with its span. */
        if (xp_attr_get(m->rule, "that")) {
            const xd_mention *best = S_day_before(c, m, 0);
            if (best) {
                memcpy(m->date, best->date, 11);
                memcpy(m->date_end, best->date_end, 11);
                xc_trace(c, "date %s: the day of the event the sentence before told (\"%.*s\")", m->date,
                         (int)(best->end - best->start), t + best->start);
                return;
            }
        }
    }
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
        /* "ha arrestado desde el golpe a más de 9.000 personas y aseguró que varios … este lunes": a reporting
         * verb between opens another statement, whose day is not the event's (twenty-second session) */
        for (size_t r = k + 1; r < j && !until; r++)
            until = d->ments[r].kind == XP_CUE && !d->ments[r].dead && d->ments[r].start >= m->end;
        if (until)
            continue;
        size_t p = m->end;
        while (p < o->start && t[p] != ',' && t[p] != ';' && t[p] != ':')
            p++;
        /* its day in apposition: "desde el estallido de las protestas, el 19 de diciembre en Atbara" */
        if (p == o->start || (t[p] == ',' && o->start - p <= 8))
            return;
    }
    /* a period cannot open after a day its own sentence names ("Na terça-feira (2), o chefe disse que 2.700 pessoas
     * haviam sido presas desde o início dos protestos": not the Wednesday of a later tally) */
    const char *latest = NULL;
    for (size_t j = c->sent_first[m->sent]; j < c->sent_first[m->sent + 1]; j++) {
        const xd_mention *o = &d->ments[j];
        if (o == m || o->kind != XP_DATE || o->dead || !o->date[0] || o->whole_month || o->start == d->dateline_at ||
            (latest && strcmp(o->date, latest) >= 0))
            continue;
        /* a day that is itself a bound ("desde finales de abril") says nothing of when the event began */
        if (!S_bound_day(c, o, 0))
            latest = o->date;
    }
    for (size_t j = k; j-- > 0;) {
        const xd_mention *o = &d->ments[j];
        /* an event a count was made in is one the story is telling: looked for a few paragraphs back only */
        if (within && o->start + S_EVENT_BACK < m->start)
            break;
        if (latest && o->kind == XP_DATE && o->date[0] && strcmp(o->date, latest) > 0)
            continue;
        /* "com dados até a noite de quarta-feira", "entre a noite de sábado e a tarde de domingo": a day closing a
         * tally or a span is no event's start (a 'since' day may be: "en huelga desde el 13 de febrero") */
        if (o->kind == XP_DATE && S_bound_day(c, o, 1))
            continue;
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
        if (within && S_other_day_in_sentence(c, o))
            return;
        memcpy(m->date, o->date, 11);
        if (within) /* "durante os distúrbios de 1 e 2 de julho … detidos durante os distúrbios": its span */
            memcpy(m->date_end, o->date_end, 11);
        xc_trace(c, "date %s: the day of the event named (\"%.*s\")", m->date, (int)(o->end - o->start), t + o->start);
        return;
    }
    /* "Foram detidos na operação 317 cidadãos. A rusga decorreu a 4 de setembro": the story may date the event in
     * the sentence right after the count's, and no further */
    if (!within)
        return;
    for (size_t j = m->sent + 1 < d->n_sents ? c->sent_first[m->sent + 1] : 0;
         m->sent + 1 < d->n_sents && j < c->sent_first[m->sent + 2]; j++) {
        const xd_mention *o = &d->ments[j];
        if (o->kind != XP_DATE || !o->date[0] || o->whole_month || o->dead || o->start == d->dateline_at ||
            xp_attr_get(o->rule, "evref") || S_bound_day(c, o, 0) || !d->sents[o->sent].dated)
            continue;
        size_t ss = d->sents[o->sent].start, oe = d->sents[o->sent].end;
        size_t a = o->start > ss + S_EVENT_NEAR ? o->start - S_EVENT_NEAR : ss;
        size_t b = o->end + S_EVENT_NEAR < oe ? o->end + S_EVENT_NEAR : oe;
        if (!S_event_kind_in(d, a, b, kind) || S_other_day_in_sentence(c, o))
            continue;
        memcpy(m->date, o->date, 11);
        memcpy(m->date_end, o->date_end, 11);
        xc_trace(c, "date %s: the day of the event told next (\"%.*s\")", m->date, (int)(o->end - o->start), t + o->start);
        return;
    }
    /* "Police have put out their summary of yesterday. Eighty-seven people were arrested during the operation": the
     * one day the sentence just before, in the same paragraph, told */
    const xd_mention *o = S_day_before(c, m, 1);
    if (o) {
        memcpy(m->date, o->date, 11);
        memcpy(m->date_end, o->date_end, 11);
        xc_trace(c, "date %s: the one day of the sentence before (\"%.*s\")", m->date, (int)(o->end - o->start), t + o->start);
    }
}

/* The latest day named in the sentence before m's (not the dateline, a month or a bound), or NULL; with one, only
 * when that sentence is in m's paragraph and names that day alone. */
static const xd_mention *S_day_before(const xc_ctx *c, const xd_mention *m, int one)
{
    const extract_doc *d = c->d;
    if (m->sent == 0 || (one && d->sents[m->sent - 1].para != d->sents[m->sent].para))
        return NULL;
    const xd_mention *best = NULL;
    for (size_t j = c->sent_first[m->sent - 1]; j < c->sent_first[m->sent]; j++) {
        const xd_mention *o = &d->ments[j];
        if (o->kind != XP_DATE || !o->date[0] || o->whole_month || o->dead || o->start == d->dateline_at ||
            S_bound_day(c, o, 0))
            continue;
        if (one && best && strcmp(o->date, best->date) != 0)
            return NULL;
        if (!best || strcmp(o->date, best->date) > 0)
            best = o;
    }
    return best;
}

/* Whether the sentence of date o names another day than o's ("deflagrada em 28 de julho, chegou ao fim na
 * terça-feira (5)"): an event told by its first and last days ran over weeks, and a count made in it covers no
 * one day of them. */
static int S_other_day_in_sentence(const xc_ctx *c, const xd_mention *o)
{
    const extract_doc *d = c->d;
    for (size_t j = c->sent_first[o->sent]; j < c->sent_first[o->sent + 1]; j++) {
        const xd_mention *q = &d->ments[j];
        /* a month or year there is background ("uma fábrica que deverá abrir em 2026"), not another day */
        if (q != o && q->kind == XP_DATE && q->date[0] && !q->dead && q->start != d->dateline_at && !q->whole_month &&
            !S_whole_year(q) && (strcmp(q->date, o->date) < 0 || strcmp(q->date, o->date_end[0] ? o->date_end : o->date) > 0))
            return 1;
    }
    return 0;
}

/* The number of the last month named alone in [a, b) after a word of the lexicon month_preps ("The pace picked up
 * in May.", "en mayo", "em maio"), or 0. */
static int S_month_between(const xc_ctx *c, size_t a, size_t b)
{
    const extract_doc *d = c->d;
    const xp_table *months = xp_table_get(d->pat, d->lang, "months"),
                   *preps = xp_table_get(d->pat, d->lang, "month_preps");
    if (!months || !preps || b <= a)
        return 0;
    size_t fa = xc_fold_at(d, a), fb = xc_fold_at(d, b);
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

/* Twenty-fourth session. Whether reporting verb cue is dated by a month or a year alone, right after it ("The UN
 * Commission of Inquiry reported in February that as many as 120,000…", "Una comisión de la ONU calculó en 2014
 * que…", "a ONU estimou em 2014 que…"): the statement was made then, on no day the text gives, so it is no news of
 * a live blog's entry day (claims.c, before xc_entry_day). A month or year within a few bytes after the verb, read
 * as a date (a year, a month with its year) or as a month named alone after a preposition (month_preps). */
#define S_SAID_IN_MONTH_NEAR 16
static int S_said_in_month(const xc_ctx *c, const xd_mention *cue)
{
    const extract_doc *d = c->d;
    size_t ma, mb, se = d->sents[cue->sent].end;
    xc_range(c, cue->sent, &ma, &mb);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind == XP_DATE && m->date[0] && !m->dead && m->whole_month && m->start != d->dateline_at &&
            m->start >= cue->end && m->start <= cue->end + 4)
            return 1;
    }
    size_t b = cue->end + S_SAID_IN_MONTH_NEAR < se ? cue->end + S_SAID_IN_MONTH_NEAR : se;
    return S_month_between(c, cue->end, b) != 0;
}

/* The claim's reporting verb, or any reporting verb of sentence si before the count at pos (the verb the claimant
 * was not read from: "Una comisión de la ONU calculó en 2014 que hasta 120.000…"). */
int xc_said_in_month(const xc_ctx *c, const xd_mention *cue, size_t si, size_t pos)
{
    if (cue && S_said_in_month(c, cue))
        return 1;
    size_t ma, mb;
    xc_range(c, si, &ma, &mb);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind == XP_CUE && !m->dead && m->end <= pos && S_said_in_month(c, m))
            return 1;
    }
    return 0;
}

#define S_DAY_BACK 8 /* sentences a day of the month alone looks back past the paragraph before */

/* "The pace picked up in May. On the 26th, 900 prisoners walked free", "la marcha del día 17" (a rule with
 * dayonly=1): a day of the month alone is of the month of the latest date named before it in its paragraph or the
 * one before (the month after, when that date is a later day of its month: "on May 28 … on the 3rd"); the
 * recognizer's reading (the latest such day not after the reference date) stands when none is named, or when the
 * day found would come after the reference date. */
static void S_day_of_month(xc_ctx *c, size_t k)
{
    extract_doc *d = c->d;
    xd_mention *m = &d->ments[k];
    long v = xr_parse_iso(m->date), ref = xr_parse_iso(d->ref_date);
    if (v == LONG_MIN || ref == LONG_MIN)
        return;
    int y, mo, day;
    xr_civil_from_days(v, &y, &mo, &day);
    const xd_mention *o = NULL;
    size_t oj = 0;
    size_t from = d->sents[m->sent].start; /* where a month named alone is looked for */
    for (size_t s0 = m->sent; s0 > 0 && d->sents[s0 - 1].para + 1 >= d->sents[m->sent].para; s0--)
        from = d->sents[s0 - 1].start;
    /* past the paragraph before, up to S_DAY_BACK sentences back, only a single day written with its month ("Em 31
     * de dezembro, … embarcou para Kandahar. … falou à época em 155 libertados em Kandahar no dia 31": a story
     * that left the present several paragraphs ago is still in that month); a month alone there is background
     * (twentieth session) */
    for (size_t j = k; j-- > 0 && !o;) {
        const xd_mention *x = &d->ments[j];
        int far = d->sents[x->sent].para + 1 < d->sents[m->sent].para;
        if (far && x->sent + S_DAY_BACK < m->sent)
            break;
        if (!(x->kind == XP_DATE && x->date[0] && x->start != d->dateline_at && !x->dead && d->sents[x->sent].dated &&
              !xp_attr_get(x->rule, "dayonly") && xr_parse_iso(x->date) != LONG_MIN))
            continue;
        /* the nearest date decides: a day of the present ("ontem", "on Monday") keeps the present month; a day
         * pointing back to one named ("no mesmo dia", "that day") is that day */
        if (far && (x->whole_month || x->date_end[0] || xp_attr_get(x->rule, "rel") || xp_attr_get(x->rule, "wdayonly") ||
                    (x->yearless != 1 && x->yearless != 2 && !xp_attr_get(x->rule, "prev") &&
                     !xp_attr_get(x->rule, "thatday"))))
            break;
        o = x;
        oj = j;
    }
    /* "sábado, 19 de abril de 1980 … naquele sábado … no dia 19": a weekday pointing back is read here as the day
     * it points to, not the recognizer's latest such weekday before the page, which only the claims near it would
     * have mended (twenty-second session) */
    if (o && xp_attr_get(o->rule, "thatday"))
        S_that_weekday(c, oj);
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
static int S_same_period(const xc_ctx *c, const xd_mention *m, char *from, char *to)
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
static const char *S_same_statement(xc_ctx *c, const xd_mention *m, int reach)
{
    const extract_doc *d = c->d;
    size_t s0 = m->sent;
    while (s0 > 0 && d->sents[s0 - 1].para + reach >= d->sents[m->sent].para)
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
        if (o->kind != XP_CUE || o->sent == m->sent || xc_cue_in_name(c, o) || xc_quote_at(c, o->start) >= 0)
            continue;
        const char *date = S_date_by_cue(c, o);
        if (date)
            return date;
    }
    /* "A confusão nasce de um comunicado do ISPR, divulgado na quinta-feira (2). … [paragraphs later] No mesmo
     * comunicado, o ISPR lembra que…": the statement introduced earlier in the story with the day it was published
     * (a publication word right before the day), the latest such day within the eight paragraphs before */
    int para = d->sents[m->sent].para;
    for (size_t k = (size_t)(m - d->ments); k-- > 0;) {
        const xd_mention *o = &d->ments[k];
        if (d->sents[o->sent].para + 8 < para)
            break;
        if (o->kind != XP_DATE || !o->date[0] || o->date_end[0] || o->whole_month || o->dead || o->sent == m->sent ||
            o->start == d->dateline_at || !d->sents[o->sent].dated)
            continue;
        for (size_t r = k; r-- > 0 && d->ments[r].sent == o->sent;) {
            const xd_mention *dr = &d->ments[r];
            if (dr->kind == XP_DATEROLE && dr->role == XD_ROLE_SAID && dr->end <= o->start &&
                (dr->end == o->start || xc_gap_words(d->text.text, dr->end, o->start, 2, 16)))
                return o->date;
        }
    }
    return NULL;
}

/* "en el mismo comunicado" (said=same) names the statement told before. An indefinite statement with no day of its
 * own (said=told: "En un escueto comunicado, la cancillería celebró…", "Dupas said in a statement", "precisou o
 * responsável numa conferência de imprensa") is, in a news story, the occasion of the announcement the story has
 * just told with its day (the lead's "anunció este lunes", "said on Sunday"), a paragraph or two before: the writers
 * of 79-158 date it so. It dates the count only when its sentence names no day of its own ("in a statement on
 * Tuesday", "en un comunicado difundido el martes" keep their day), and reaches one paragraph further back than
 * "the same statement" does, as a story's lead is often a background paragraph away. */
static const char *S_told_statement(xc_ctx *c, const xd_mention *m, size_t ma, size_t mb)
{
    const char *said = xp_attr_get(m->rule, "said");
    if (strcmp(said, "told") != 0)
        return S_same_statement(c, m, 1);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        if (o != m && o->kind == XP_DATE && !o->dead && o->start != c->d->dateline_at && !xp_attr_get(o->rule, "said"))
            return NULL;
    }
    return S_same_statement(c, m, 2);
}

/* The reporting verb that dates a count: the last verb between its claimant's verb and the count, in the same
 * clause ("informó el viernes 29 de 43 arrestos, y el sábado 30 elevó a 107": elevó, not informó). */
static const xd_mention *S_dating_cue(const xc_ctx *c, const xd_mention *cue, const xd_mention *n, size_t ma, size_t mb)
{
    if (!cue || cue->end > n->start)
        return cue;
    long q = xc_quote_at(c, n->start);
    const xd_mention *best = cue;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind == XP_CUE && m->start >= cue->end && m->end <= n->start && xc_same_context(c, q, m->start, n->sent) &&
            !xc_cue_in_name(c, m) && !xc_clause_between(c, ma, mb, m->end, n->start))
            best = m;
    }
    return best;
}

/* The day of the verb a reporting verb is coordinated with ("confirmó el viernes la liberación …, y afirmó que …
 * ochenta", "confirmou hoje …, e admitiu que até 80"): the same speaker on the same occasion. */
static const char *S_coordinated_date(xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    size_t e = cue->start;
    while (e > 0 && xc_is_space(t[e - 1]))
        e--;
    size_t b = e;
    while (b > 0 && t[b - 1] >= 'a' && t[b - 1] <= 'z')
        b--;
    int coord = xc_listed(c, "conjunction_words", b, e, XC_LOWER | XC_ALL_LANGS);
    for (size_t k = mb; coord && k-- > ma;) {
        const xd_mention *m = &c->d->ments[k];
        if (m->kind == XP_CUE && m->end <= b && !xc_cue_in_name(c, m))
            return S_date_by_cue(c, m);
    }
    return NULL;
}

/* The day a source phrase was published: a date after "según", "segundo", "according to" in the same phrase (no
 * punctuation, number or role word between), with the count not inside it: "segundo o Anuário divulgado nesta
 * quinta-feira pelo Fórum"; "segundo o balanço que a plataforma tornou público no domingo"; "according to a report
 * released on Tuesday by the ministry". Returns the date's mention or NULL. */
static const xd_mention *S_source_date(xc_ctx *c, const xd_mention *n, size_t ma, size_t mb)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *src = &d->ments[k];
        if (src->kind != XP_SOURCE || xc_quote_at(c, src->start) >= 0)
            continue;
        for (size_t j = k + 1; j < mb; j++) {
            const xd_mention *m = &d->ments[j];
            if (m->start < src->end)
                continue;
            if (m->start - src->end > 120 || xc_num(m) || (m->kind == XP_DATEROLE && m->role != XD_ROLE_SAID) || m->kind == XP_CLAUSE ||
                (n->start >= src->end && n->start < m->start))
                break;
            if (m->kind != XP_DATE)
                continue;
            /* "segundo o balanço divulgado pela Met no dia seguinte": a day pointed back to is read here, before
             * the loop over the sentence's dates reaches it */
            if (!m->date[0])
                S_resolve_anaphoric(c, j);
            if (!m->date[0] || m->date_end[0] || m->whole_month || m->role == XD_DATE_NAMED || m->start == d->dateline_at)
                break;
            /* an acronym or gloss in brackets belongs to the phrase ("el balance que el Departamento de Policía
             * de Nueva York (NYPD) difundió el jueves"); a bracket holding a figure does not */
            size_t x = src->end;
            while (x < m->start && !strchr(",;:.)\"", t[x])) {
                if (t[x] == '(') {
                    const char *close = memchr(t + x, ')', m->start - x);
                    size_t y = x;
                    while (close && y < (size_t)(close - t) && !(t[y] >= '0' && t[y] <= '9'))
                        y++;
                    if (!close || y != (size_t)(close - t))
                        break;
                    x = y;
                }
                x++;
            }
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
        while (a < b && xc_is_space(t[a]))
            a++;
        if (a < b && t[a] == ':')
            return 1;
        if (a >= b || !((t[a] >= 'a' && t[a] <= 'z') || (unsigned char)t[a] >= 0x80))
            return 0;
        while (a < b && !xc_is_space(t[a]) && t[a] != ':' && t[a] != ',' && t[a] != '.' && t[a] != ';' &&
               !(t[a] >= '0' && t[a] <= '9'))
            a++;
        if (a < b && (t[a] == ',' || t[a] == '.' || t[a] == ';' || (t[a] >= '0' && t[a] <= '9')))
            return 0;
    }
    return 0;
}

/* The reporting verb right before date m: the nearest one ending before it, within 60 bytes and with no clause
 * break between, not part of a name; or NULL. */
static const xd_mention *S_cue_before(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *m)
{
    const xd_mention *best = NULL;
    for (size_t r = ma; r < mb; r++) {
        const xd_mention *o = &c->d->ments[r];
        if (o->kind == XP_CUE && o->end <= m->start && m->start - o->end < 60 && !xc_cue_in_name(c, o) &&
            (!best || o->end > best->end))
            best = o;
    }
    return best && !xc_clause_between(c, ma, mb, best->end, m->start) ? best : NULL;
}

/* The first reporting verb within text[a,b) that is not part of a name, or NULL. */
const xd_mention *xc_cue_between(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b)
{
    for (size_t r = ma; r < mb; r++)
        if (c->d->ments[r].kind == XP_CUE && c->d->ments[r].start >= a && c->d->ments[r].end <= b &&
            !xc_cue_in_name(c, &c->d->ments[r]))
            return &c->d->ments[r];
    return NULL;
}

/* A reporting verb within text[a,b), or a phrase giving the figure as someone's act of stating it (a `subject` rule
 * with says=1: "put the total at", "fixou o balanço em", "cifró el número en"): both say when a day opening the
 * sentence, or a 'when' clause, dates the statement rather than the people counted ("Na manhã de quinta-feira, o
 * SPVM fixou o balanço da noite em 518"; "on October 6, when officials put it at about 6,000"). */
static const xd_mention *S_says_or_sets(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b)
{
    const xd_mention *cue = xc_cue_between(c, ma, mb, a, b);
    if (cue)
        return cue;
    for (size_t r = ma; r < mb; r++) {
        const xd_mention *o = &c->d->ments[r];
        if (o->kind == XP_SUBJECT && o->start >= a && o->end <= b && xp_attr_get(o->rule, "says"))
            return o;
    }
    return NULL;
}

/* "171 participants … were freed from detention and flown to Greece and Slovakia on Monday", "fueron liberados y
 * trasladados a Grecia el lunes": a day that closes the clause of the count's event word (the sentence or a comma
 * after it), with no punctuation, figure, reporting verb or other date between them, dates that event however far
 * the clause runs (up to 100 bytes). */
static int S_closes_event_clause(const xc_ctx *c, const xc_count *cnt, const xd_mention *m, size_t ma, size_t mb)
{
    const char *t = c->d->text.text;
    const xd_mention *tr = cnt->trigger;
    if (!tr || tr->end > m->start || m->start - tr->end > 100 || cnt->num->start > m->start)
        return 0;
    for (size_t p = tr->end; p < m->start; p++)
        if (t[p] == ',' || t[p] == ';' || t[p] == ':' || t[p] == '(' || t[p] == '"' || t[p] == '.')
            return 0;
    size_t e = m->end;
    while (e < c->d->sents[m->sent].end && xc_is_space(t[e]))
        e++;
    /* or a conjunction opening the next clause ("were freed … on Thursday and a further 14 on the 8th") */
    size_t se = c->d->sents[m->sent].end;
    int conj = (e + 4 <= se && !strncmp(t + e, "and ", 4)) || (e + 2 <= se && (!strncmp(t + e, "y ", 2) || !strncmp(t + e, "e ", 2)));
    if (e < se && t[e] != '.' && t[e] != ',' && !conj)
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        /* the count's own figure after its event word does not part them ("freed more than 100 hostages at
         * Entebbe airport late on Saturday"; eighteenth session) */
        if (o->start >= tr->end && o->end <= m->start && o != cnt->num &&
            (xc_num(o) || o->kind == XP_CUE || o->kind == XP_DATE || o->kind == XP_CLAUSE))
            return 0;
    }
    return 1;
}

/* "más de 300 detenidos recuperaron la libertad en los vuelos entre Adén y Saná, la capital en manos de los hutíes
 * desde 2014", "… the first step towards restoring diplomatic ties, broken off since 1961": a 'since' day after the
 * count, past a comma, in a phrase with words of its own but no event word, reporting verb, source or figure,
 * describes the noun that phrase names, not the count. Not a 'since' word right after the comma ("300 were
 * detained, most of them students, since Monday"): that one goes back to the clause before. */
static int S_since_describes(const xc_ctx *c, const xc_count *cnt, size_t k, size_t ma)
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
    size_t comma = xc_last_of(t, ce, at, ',');
    if (comma == SIZE_MAX)
        return 0;
    int word = 0;
    for (size_t x = comma + 1; x < at && !word; x++)
        word = (t[x] >= 'a' && t[x] <= 'z') || (t[x] >= 'A' && t[x] <= 'Z') || (unsigned char)t[x] >= 0x80;
    if (!word)
        return 0;
    /* "the arrest of at least two dozen activists, journalists and medics since Oct. 1": the comma of a list */
    for (size_t x = comma; x + 1 < at; x++) {
        size_t n = t[x] == ' ' ? xc_listed_at(c, "conjunction_words", x + 1, at, XC_LOWER) : 0;
        if (n && n < at && t[n] == ' ')
            return 0;
    }
    for (size_t j = ma; j < k; j++) {
        const xd_mention *o = &d->ments[j];
        if ((o->kind == XP_TRIGGER || o->kind == XP_CUE || o->kind == XP_NUMBER || o->kind == XP_SOURCE) &&
            o->start > comma && o->end <= at)
            return 0;
    }
    return 1;
}

/* Whether a reporting verb stands between the count's end ce and the 'since' word before date k. */
static int S_cue_before_since(const xc_ctx *c, size_t ma, size_t mb, size_t ce, size_t k)
{
    const extract_doc *d = c->d;
    size_t at = SIZE_MAX; /* the latest 'since' word at or before the date (a date rule may start on it) */
    for (size_t r = ma; r < mb; r++)
        if (d->ments[r].kind == XP_DATEROLE && d->ments[r].role == 1 && !d->ments[r].dead && d->ments[r].start >= ce &&
            d->ments[r].start <= d->ments[k].start)
            at = d->ments[r].start;
    return at != SIZE_MAX && xc_cue_between(c, ma, mb, ce, at) != NULL;
}

/* "Según el balance que el NYPD difundió el jueves, los agentes practicaron 1.806 detenciones", "the tally the
 * ministry released on Tuesday put arrests at 800": a day right after a reporting verb (two lower-case words between
 * at most) that comes before the count is the day that verb tells of, whoever the claim's own verb is; it is no
 * period of the event counted after it. */
static int S_after_any_verb(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *m, size_t cs)
{
    const char *t = c->d->text.text;
    if (m->end > cs)
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        /* not "sostiene que anoche fueron detenidas 50": after "that" the day is what was said */
        if (o->kind == XP_CUE && !o->dead && o->end <= m->start && xc_gap_words(t, o->end, m->start, 2, 12) &&
            !xc_has_that(c, o->end, m->start))
            return 1;
    }
    return 0;
}

/* "registered 8,899 short-term arrests for political reasons throughout 2014", "contabilizó 8.899 detenciones … a
 * lo largo de 2014", "registou 8899 detenções … ao longo de 2014": a whole month or year after a word of the
 * lexicon span_words (throughout, a lo largo de, ao longo de, during) is the span the count covers when it follows
 * the count in the same clause (no comma, semicolon or colon between), however many words describe the people
 * first. */
static int S_over_span(const xc_ctx *c, const xc_count *cnt, const xd_mention *m)
{
    const char *t = c->d->text.text;
    size_t cs, ce;
    xc_count_span(cnt, &cs, &ce);
    if (m->start < ce || m->start - ce > 120)
        return 0;
    for (size_t x = ce; x < m->start; x++)
        if (t[x] == ',' || t[x] == ';' || t[x] == ':' || t[x] == '(')
            return 0;
    for (size_t p = m->start + 1; p < m->end; p++)
        if (t[p] == ' ' && xc_lexicon_has(c, "span_words", m->start, p))
            return 1;
    return 0;
}

/* Eighteenth session. "disputed that figure on 21 February, saying no more than 50…": a "that" opening a noun
 * phrase the recognizer read (a pronoun mention: "that figure", "that number") is a determiner, not the "that" of
 * what was said. Returns where to look for the "that" of what was said in [a,b): past such a phrase, else a.
 * Bounded by the sentence's mentions [ma,mb). */
static size_t S_past_that_noun(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b)
{
    const extract_doc *d = c->d;
    size_t from = a;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &d->ments[k];
        if (o->kind == XP_PRONOUN && o->start >= from && o->end <= b && o->end - o->start > 5 &&
            xc_that_word(c, o->start, o->end) > 0 && !xc_has_that(c, from, o->start))
            from = o->end;
    }
    return from;
}

/* Twenty-second session. Whether the date m, a word of the present day (rel=0: "this morning", "tonight", "esta
 * madrugada", "nesta manhã", "hoje"), says until when the people of a held count were still held: it follows the
 * count and stands after the start of the count's event word, in its predicate ("About 160 were still being held
 * there early this morning", "siguen retenidas esta mañana", "continuavam sob custódia nesta manhã"), at most 40
 * bytes past that word's end, with no reporting verb, clause break, future marker or other number between the count
 * and the date. The state held at that hour is counted as of its day: `to` (en/77, en/196, en/209, es/81, es/171,
 * pt/144, pt/152 in the gold). Before the count or before the event word ("têm hoje cerca de 12.300 reclusos",
 * "Hoy, una treintena … cumple condena", "estejam hoje em poder das Farc") the present word is the statement's or
 * says "nowadays", and stays undated as S_today_word's callers leave it. Bounded: the sentence's mentions only. */
static int S_held_until_today(const xc_ctx *c, const xc_count *cnt, const xd_mention *m, size_t ma, size_t mb, size_t ce)
{
    const char *t = c->d->text.text;
    if (cnt->event != EXTRACT_EVENT_HELD || !S_today_word(m) || !cnt->trigger || m->start < ce ||
        cnt->trigger->start >= m->start || m->date_end[0] || S_possessive_date(t, m))
        return 0;
    if (m->start > cnt->trigger->end && m->start - cnt->trigger->end > 40)
        return 0;
    /* from the later of the count and its event word: a reporting aside between them ("Os 127 adultos, informou a
     * polícia, continuavam sob custódia nesta manhã") is no break */
    size_t from = cnt->trigger->start > ce ? cnt->trigger->start : ce;
    if (xc_cue_between(c, ma, mb, from, m->start) || xc_clause_between(c, ma, mb, from, m->start))
        return 0;
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *o = &c->d->ments[k];
        if (o->start < cnt->num->end || o->end > m->start)
            continue;
        if ((o->kind == XP_DATEROLE && o->role == XD_ROLE_FUTURE) || o->kind == XP_NUMBER)
            return 0;
    }
    /* a bare "hoje" / "hoy" / "today" (one word) also says "nowadays" ("cerca de 700 pessoas estejam hoje em poder
     * das Farc", "tem hoje a maior taxa"): only right after a verb of remaining (REMAIN_VERB: "continuavam hoje sob
     * custódia") is it the hour the people were still held; a part of the day ("esta mañana", "this morning") is
     * always an hour */
    if (!memchr(t + m->start, ' ', m->end - m->start)) {
        size_t wa, wb;
        xc_word_before(t, cnt->trigger->start, m->start, &wa, &wb);
        if (wa == wb || !xc_listed(c, "REMAIN_VERB", wa, wb, XC_ANY_CASE))
            return 0;
    }
    /* "da troca de hoje", "de la liberación de hoy": a present day after "of" names an occasion, not the hour */
    size_t a = m->start;
    while (a > 0 && t[a - 1] == ' ')
        a--;
    if ((a >= 3 && (strncmp(t + a - 3, " de", 3) == 0 || strncmp(t + a - 3, " of", 3) == 0)) ||
        (a >= 3 && strncmp(t + a - 3, " da", 3) == 0))
        return 0;
    return 1;
}

void xc_dates(xc_ctx *c, const xc_count *counts, size_t n_counts, size_t i, const xd_mention *cue, size_t ma,
              size_t mb, extract_claim *cl)
{
    extract_doc *d = c->d;
    const char *t = d->text.text;
    const xc_count *cnt = &counts[i];
    const xd_mention *n = cnt->num;
    long q = xc_quote_at(c, n->start);
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
    xc_count_span(cnt, &cs, &ce);
    for (size_t k = ma; k < mb; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind == XP_DATE && !m->date[0])
            S_resolve_anaphoric(c, k);
        if (m->kind == XP_DATE && !m->date[0])
            S_since_event(c, k);
        if (m->kind == XP_DATE && m->date[0]) {
            const xd_mention *ap = S_apposed_to(c, k);
            if (ap)
                memcpy(d->ments[k].date, ap->date, 11);
        }
        if (m->kind == XP_DATE && m->date[0])
            S_that_weekday(c, k);
        if (m->kind == XP_DATE && m->date[0])
            S_weekday_by_anchor(c, k);
        if (m->kind == XP_DATE && m->date[0])
            S_following_weekday(c, k);
        if (m->kind == XP_DATE && m->date[0])
            S_weekday_of_story(c, k);
        if (m->kind == XP_DATE && m->date[0] && xp_attr_get(m->rule, "dayonly"))
            S_day_of_month(c, k);
        const char *same = m->kind == XP_DATE && xp_attr_get(m->rule, "said") && !cl->claimed_on[0] ? S_told_statement(c, m, ma, mb) : NULL;
        /* an indefinite statement's day is a last resort (claims.c): a neighbouring sentence that speaks with its
         * own day ("X calificó el lunes de propaganda… «…», afirmó en una rueda de prensa") dates it nearer */
        if (same && strcmp(xp_attr_get(m->rule, "said"), "told") == 0) {
            c->told_on = same;
            continue;
        }
        if (same) {
            memcpy(cl->claimed_on, same, 11);
            xc_trace(c, "date %s: claimed_on (the statement named before, \"%.*s\")", same, (int)(m->end - m->start), t + m->start);
            continue;
        }
        if (m->kind == XP_DATE && xp_attr_get(m->rule, "period") && !cl->period_from[0] && !cl->period_to[0] &&
            !S_date_elsewhere(c, counts, n_counts, i, m) && S_same_period(c, m, cl->period_from, cl->period_to)) {
            xc_trace(c, "period %s..%s: the span named before (\"%.*s\")", cl->period_from, cl->period_to,
                     (int)(m->end - m->start), t + m->start);
            continue;
        }
        if (m->kind != XP_DATE || !m->date[0] || m->start == d->dateline_at)
            continue;
        if (m == published && !cl->claimed_on[0]) {
            memcpy(cl->claimed_on, m->date, 11);
            xc_trace(c, "date %s: claimed_on (the day its source was published)", m->date);
            continue;
        }
        /* "Un video publicado el lunes en TikTok … asegura que…", "In its annual report, published on 30 August,
         * the network counted…": the day what reports the count was published, before the verb or "that"; or
         * set off after the verb, before what it reported ("contabilizou, num relatório divulgado a 2 de setembro,
         * pelo menos 3.337 detidos") */
        /* a message seen since the weekend was first put out on its Saturday */
        if (!cl->claimed_on[0] && m->end <= cs && (!m->date_end[0] || xp_attr_get(m->rule, "weekend")) && !m->whole_month &&
            m->role != XD_DATE_NAMED && S_published(c, m, ma, mb) &&
            (xc_cue_between(c, ma, mb, m->end, cs) || xc_has_that(c, m->end, cs) || S_says_between(c, ma, mb, m->end, cs, 1) ||
             S_says_between(c, ma, mb, d->sents[m->sent].start, m->start, 0) || S_cue_before(c, ma, mb, m))) {
            memcpy(cl->claimed_on, m->date, 11);
            on_dc = 0;
            xc_trace(c, "date %s: claimed_on (the day what reports it was published)", m->date);
            continue;
        }
        if (!cl->claimed_on[0] && m->role != XD_DATE_NAMED && !m->date_end[0] && S_figure_published(c, m, ma, mb, ce)) {
            memcpy(cl->claimed_on, m->date, 11);
            on_dc = 0;
            xc_trace(c, "date %s: claimed_on (the day a clause after the count says the figure was put out)", m->date);
            continue;
        }
        if (S_in_relative(c, m, cs, ce) && !S_relative_of_count(c, cnt, m, ce)) {
            xc_trace(c, "date %s: inside a relative clause about something else", m->date);
            continue;
        }
        if (S_captivity_day(c, cnt, k)) {
            xc_trace(c, "date %s: dates the captivity the word before it names, not the release", m->date);
            continue;
        }
        if (S_describes_noun(c, cnt, m)) {
            xc_trace(c, "date %s: dates a participle describing the people counted, not their count", m->date);
            continue;
        }
        if (S_future_day(c, cnt, m, ma, mb)) {
            xc_trace(c, "date %s: the day of an event still to come", m->date);
            continue;
        }
        int whole = m->whole_month;
        /* a weekend is a span named as one, whose bounds a role word picks ("since the weekend": Saturday) */
        int weekend = xp_attr_get(m->rule, "weekend") != NULL;
        /* a range carries its own bounds ("from 20 to 24 February" opens with a 'from' word of its own) */
        const xd_mention *role_word = NULL;
        int role = m->date_end[0] && !whole && !weekend ? 0 : S_date_role(c, k, ma, mb, &role_word);
        int mine = !S_date_elsewhere(c, counts, n_counts, i, m);
        int period_free = !cl->period_from[0] && !cl->period_to[0];
        /* Eighteenth session. "Etxerat reclamó el lunes la libertad de 500 presos", "Nesse mesmo dia, pediu a
         * libertação de dez funcionários", "On Monday the group demanded the release of 40 detainees": asking for
         * people to be freed is saying they are held; a day before the demand word (or inside it) is the day the
         * demand was made, so the statement's day, not a period of the people held */
        if (mine && S_demand_day(c, cnt, m, role, ma, mb, cs)) {
            if (!cl->claimed_on[0]) {
                memcpy(cl->claimed_on, m->date, 11);
                on_dc = 0;
                xc_trace(c, "date %s: claimed_on (the day of the demand for their release)", m->date);
            }
            continue;
        }
        /* "since the protests in September 2022, when more than 1,300 people were rounded up": the 'when' clause
         * holding the count says when its people were counted, whatever governs the date itself */
        if (mine && m->end <= cs && S_when_clause(c, m, cs) && !xc_clause_between(c, ma, mb, m->end, cs)) {
            /* "ofreció el lunes, cuando informó de 1.133 detenidos", "divulgou nota nesta segunda-feira em que
             * nega que os 13…": a reporting verb in the clause makes the day the statement's */
            const xd_mention *says = S_says_or_sets(c, ma, mb, m->end, cs);
            if (says && m->role != XD_DATE_NAMED && !m->whole_month && !m->date_end[0]) {
                if (!cl->claimed_on[0]) {
                    memcpy(cl->claimed_on, m->date, 11);
                    on_dc = 0;
                    xc_trace(c, "date %s: claimed_on (a 'when' clause reporting the count)", m->date);
                }
                continue;
            }
            if (period_free && !says) {
                xc_set_period(c, cnt, m, cl, "a 'when' clause holding the count");
                continue;
            }
        }
        /* "desde septiembre", "since 2022": the first day of a month or year; "hasta junio": its last */
        /* "X, which has camped on the borders since late November, said on Saturday that 150 people were
         * detained since the 26th": a second 'since' day past the reporting verb, nearer the count, is what was
         * said; the first described the speaker */
        int since_again = role == 1 && since_at && since_at->end <= cs && m->start > since_at->end &&
                          xc_cue_between(c, ma, mb, since_at->end, m->start);
        /* "On Thursday he put the total at 17, … and said testimony showed it had been in preparation since May":
         * a 'since' day after the count with a second reporting verb between them opens what that verb reports (not
         * "since the president declared a state of emergency on 9 January": the verb inside the 'since' clause) */
        if (role == 1 && m->start >= ce && S_cue_before_since(c, ma, mb, ce, k)) {
            xc_trace(c, "date %s: a 'since' day of what a later reporting verb says", m->date);
            continue;
        }
        if (role == 1 && mine && S_since_describes(c, cnt, k, ma)) {
            xc_trace(c, "date %s: a 'since' day describing what a phrase after the count names", m->date);
            continue;
        }
        /* "Today's arrests take the number detained since Saturday to more than 500", "Somando as prisões de hoje,
         * o total de detidos desde 8 de fevereiro já passa de 250", "Con los de ayer, son ya 800 los detenidos
         * desde el 17 de septiembre": a total since a day covers the time from that day; the single day named
         * before it by a word of the present (today, yesterday) dates the latest part added, not the total
         * (sixteenth session; not "on Friday handed over 252 men who had been held since March") */
        int since_total = role == 1 && mine && !since_at && cl->period_from[0] &&
                          !strcmp(cl->period_from, cl->period_to) && strcmp(m->date, cl->period_from) < 0;
        if (since_total) {
            since_total = 0;
            for (size_t k2 = ma; k2 < k && !since_total; k2++) {
                const xd_mention *o = &d->ments[k2];
                const char *rel = o->kind == XP_DATE ? xp_attr_get(o->rule, "rel") : NULL;
                since_total = rel && strtol(rel, NULL, 10) >= -1 && !strcmp(o->date, cl->period_from);
            }
        }
        if (since_total) {
            xc_trace(c, "date %s: period from (a 'since' day: the total it opens, not the single day %s before)",
                     m->date, cl->period_from);
            cl->period_to[0] = '\0';
        }
        if (role == 1 && mine && (!cl->period_from[0] || since_again || since_total)) {
            memcpy(cl->period_from, m->date, 11);
            since_at = m;
            xc_trace(c, "date %s: period from (after a 'since' word)", m->date);
            continue;
        }
        /* "By Monday night Sheriff Bailey said that more than 2,000 people were being held", "By Tuesday evening the
         * state broadcaster was putting the number at 8,600", "Até ao fim da tarde de ontem, a polícia informou que…":
         * a 'by' day (a role rule with spoke=1) opening the sentence before its reporting verb is the day the count
         * was given as well as the day it runs to (twentieth session: en/58, en/77, en/85, en/88, en/185 date it
         * so; the period is set below as before). Not "as of" / "hasta" / "até", which also say "until" and which
         * the writers leave undated (en/49, es/03, es/28, pt/06, pt/45), nor a verb of keeping a count
         * (`counted_words`: "By late Sunday it had counted more than 4,300": the state of a tally, en/07, en/133) */
        const xd_mention *says_by = NULL;
        if (role == 2 && role_word && m->role != XD_DATE_NAMED && !whole && !m->date_end[0] && m->end <= cs &&
            !cl->claimed_on[0] && xp_attr_get(role_word->rule, "spoke") && S_role_opens_sentence(c, role_word) &&
            (says_by = S_says_or_sets(c, ma, mb, m->end, cs)) && !S_counted_verb(c, says_by)) {
            memcpy(cl->claimed_on, m->date, 11);
            on_dc = 0;
            xc_trace(c, "date %s: claimed_on (an 'until/by' day opening the sentence, before the reporting verb)", m->date);
        }
        /* "the prisons held about 63,000 inmates at the end of last year", "contaba 16.000 personas privadas de
         * libertad a fines de 2024", "cerca de mil pessoas estavam detidas no final de outubro": the end of a month
         * or year (a 'to' word with state=1) is the day a state is counted as of, its last day. An event told at
         * the end of a month ("a finales de junio liberaron a cuatro", "told the media at the end of November that
         * 7,000 were arrested") happened on some day of it that the text does not give: no period. */
        /* (unless it closes a span opened before it: "entre 3 de março de 2002 e o fim de outubro de 2005") */
        if (role == 2 && role_word && xp_attr_get(role_word->rule, "state") && cnt->event != EXTRACT_EVENT_HELD &&
            !(cl->period_from[0] && !cl->period_to[0])) {
            xc_trace(c, "date %s: the end of a month or year, no day of an event", m->date);
            continue;
        }
        /* "A Junta reconhecia, no fim de setembro, cerca de 7.000 presos": set off right after the reporting verb,
         * before its count and with no "that" between, the month's end is when the verb spoke (not "calcula que, al
         * terminar 1968, más de 150 seguían presos": past the "que", the end is the reported count's) */
        if (role == 2 && role_word && xp_attr_get(role_word->rule, "state") && m->end <= cs) {
            const xd_mention *v = xc_cue_between(c, ma, mb, d->sents[m->sent].start, m->start);
            if (v && !xc_has_that(c, v->end, m->start) && !xc_cue_between(c, ma, mb, m->end, cs)) {
                xc_trace(c, "date %s: the end of a month or year set off after the reporting verb: when it spoke",
                         m->date);
                continue;
            }
        }
        if (role == 2 && mine && !cl->period_to[0]) {
            memcpy(cl->period_to, m->date_end[0] && (whole || weekend) ? m->date_end : m->date, 11);
            xc_trace(c, "date %s: period to (after an 'until/as of' word)", m->date);
            hour_to = xp_attr_get(m->rule, "hour") != NULL;
            continue;
        }
        if (role)
            continue;
        /* an event's date ("the July 28 presidential election", "el golpe del 1 de febrero") tells when people
         * were arrested at it, never when they were released, held or when anyone spoke */
        if (m->role == XD_DATE_NAMED && cnt->event != EXTRACT_EVENT_DETENTION) {
            xc_trace(c, "date %s: names another event", m->date);
            continue;
        }
        /* a range counts when its words mark it ("between … and …", "del … al …") */
        if (m->date_end[0] && !whole) {
            if (period_free && (mine || S_years_shared(c, ma, mb, m)))
                xc_set_period(c, cnt, m, cl, "the range counted");
            continue;
        }
        /* a whole month or year dates a count right against its event ("detained in February 2023"), or opening
         * the sentence when named from the reference date ("Last year alone, we documented at least 35 new
         * arrests"); elsewhere it is background. A month or year written with its digits opening the sentence
         * ("En 2011, Israel excarceló a 1.027 presos", "Em março de 2020, o rei já tinha perdoado 901") places a
         * one-off event in the past, and gives no period: so the writers of articles 97-158 annotate it, eight
         * articles to one (es/25, an earlier writer, took the year; sixteenth session) */
        if (whole) {
            int heads = 0;
            /* "were freed pending trial in July 2023", "foram soltos sob fiança em julho de 2023": up to two
             * lower-case words between the event word and the month after it */
            int against = cnt->trigger && (xc_distance(cnt->trigger->start, cnt->trigger->end, m) <= 12 ||
                                           (m->start >= cnt->trigger->end && xc_gap_words(t, cnt->trigger->end, m->start, 2, 24)) ||
                                           /* "jailed more than 3,000 Quebecers without charge in October 1970": the
                                            * event word, its count, then the month a few words on (people
                                            * held then are counted at a time the gold leaves open) */
                                           (cnt->event != EXTRACT_EVENT_HELD && cnt->trigger->end <= cs && m->start >= ce &&
                                            xc_gap_words(t, ce, m->start, 3, 32)));
            /* "dois ocidentais, …, raptados em Maio de 1989, continuam reféns", "detained in April, remain in jail":
             * a month or year closing an aside before a verb of holding, the comma between, dates the participle
             * that described the people (their taking), not the time they are held (twentieth session) */
            if (against && cnt->event == EXTRACT_EVENT_HELD && m->end <= cnt->trigger->start &&
                memchr(t + m->end, ',', cnt->trigger->start - m->end))
                against = 0;
            /* the same year opening the sentence right before its subject and event word ("In 2011 Israel
             * freed 1,027 prisoners") is no nearer the count for it */
            if (against && S_year_digits(t, m) && m->end <= cnt->trigger->start && m->end <= cs &&
                (S_opening_date(c, m) || S_heads_sentence(c, m)))
                against = 0;
            /* "At its peak, in 2003, the camp held about 680 prisoners", "Em junho de 2003, no auge, chegou a ter 684
             * presos": a count of people held is a state, not a one-off event; the month or year opening its
             * sentence, or its clause after "that" ("I estimate that in March 1976, which was the peak, 40,000
             * were behind bars"), is when they were held (eighteenth session), unless a reporting verb stands
             * between them ("Em 2019, o chanceler afirmou que cerca de 20 iranianos estavam presos": what was said
             * then) */
            int held_then = cnt->event == EXTRACT_EVENT_HELD && m->end <= cs &&
                            (S_opening_date(c, m) || S_heads_clause(c, m, 1) == 2) &&
                            !xc_cue_between(c, ma, mb, m->end, cs) &&
                            !S_date_between(c, ma, mb, m->end, cs);
            /* "In January 1990, the authorities released 573 detainees", "Em janeiro de 2013, já no fim do mandato,
             * ele soltou mais de seis mil presos": a month with its year opening the sentence before a comma dates
             * the release or arrest told after it, when it opens the sentence itself and no reporting verb or other date stands between them (what
             * was said then is another matter), nor a day later in the sentence (its own day). The gold gives it the month four articles to one (en/167, pt/180,
             * pt/182, es/128 its end; pt/100 null: nineteenth session); a year alone there stays background, as
             * above (es/148, pt/139 null; es/25 the year) */
            int month_then = cnt->event != EXTRACT_EVENT_HELD && m->end <= cs && S_year_digits(t, m) &&
                             !S_whole_year(m) && S_opening_date(c, m) && S_starts_sentence(c, m) &&
                             !xc_cue_between(c, ma, mb, m->end, cs) && !S_says_or_sets(c, ma, mb, m->end, cs) &&
                             !xc_that_says(c, cnt, m->end, cs) &&
                             !S_date_between(c, ma, mb, m->end, c->d->sents[m->sent].end);
            if (mine && period_free && (against || held_then || month_then ||
                                        (S_opening_date(c, m) && m->end <= cs && !S_year_digits(t, m))))
                xc_set_period(c, cnt, m, cl, "a whole month or year");
            /* "In May that year Xinhua announced another 211 releases", "lembra que em abril de 2024 outros 20
             * condenados já tinham sido libertados": a month heading the clause of the count, no comma, aside or
             * other date between them, is when the count's event happened (reporting verb or not: a month is
             * never a statement's day). A year in digits heading the sentence stays background, as above */
            else if (mine && period_free && m->end <= cs && (heads = S_heads_clause(c, m, 0)) &&
                     !(heads == 1 && S_year_digits(t, m) && S_whole_year(m)) && !xc_clause_between(c, ma, mb, m->end, cs) &&
                     !xc_that_says(c, cnt, m->end, cs) && !S_date_between(c, ma, mb, m->end, cs))
                xc_set_period(c, cnt, m, cl, "a whole month or year heading the clause of the count");
            else if (mine && period_free && S_over_span(c, cnt, m))
                xc_set_period(c, cnt, m, cl, "a whole month or year the count runs over");
            continue;
        }
        if (!xc_same_context(c, q, m->start, n->sent) && !(cue && xc_quote_at(c, cue->start) == xc_quote_at(c, m->start)))
            continue;
        /* "early Thursday, tearing down the encampment and arresting more than 200 people": a gerund clause after the
         * date whose own gerund is the count's event word tells what happened that day */
        if (mine && period_free && m->end <= cs && S_gerund_clause(c, cnt, m) && !xc_cue_between(c, ma, mb, m->end, cs)) {
            xc_set_period(c, cnt, m, cl, "a gerund clause after it, holding the count");
            continue;
        }
        /* "Ayer por la mañana, Romero adelantó que…": a date opening the sentence dates the verb after it, or,
         * with no verb before the count, the event ("Anteontem à noite, … a polícia prendeu cerca de duzentas") */
        if (m->end <= cs && S_opening_date(c, m) && !xc_clause_between(c, ma, mb, m->end, cs)) {
            /* Twenty-sixth session. "A mesma ONG contabilizava, na segunda-feira, 1.963 presos", "La ONG
             * contabilizaba, el lunes, 1.963 presos", "The group counted, on Monday, 1,963 prisoners": a day set off
             * by commas right after the reporting verb is the verb's (the aside rule below), though the short
             * subject before it makes it look like a phrase opening the sentence */
            const xd_mention *vb = S_cue_before(c, ma, mb, m);
            if (vb && m->role != XD_DATE_NAMED && !m->date_end[0] &&
                S_verb_aside(t, vb->end, m->start, m->end, d->sents[m->sent].end)) {
                if (!cl->claimed_on[0]) {
                    memcpy(cl->claimed_on, m->date, 11);
                    on_dc = 0;
                    xc_trace(c, "date %s: claimed_on (set off by commas right after the reporting verb)", m->date);
                }
                continue;
            }
            /* any reporting verb there, whoever the claimant ("For comparison: on Tuesday, an AFP tally … put the
             * number of arrests at 1,195") */
            /* "In a statement issued on Saturday evening, X put the final tally at 1,667": an opening phrase that
             * names the occasion of speaking says when the figure was given, verb or not */
            if (m->role != XD_DATE_NAMED && (S_says_or_sets(c, ma, mb, m->end, cs) || xc_that_says(c, cnt, m->end, cs) ||
                                             S_occasion_opening(c, m))) {
                if (!cl->claimed_on[0]) {
                    memcpy(cl->claimed_on, m->date, 11);
                    on_dc = 0;
                    xc_trace(c, "date %s: claimed_on (opening the sentence, before the reporting verb)", m->date);
                }
                continue;
            }
            if (period_free && !(S_today_word(m) && cnt->event == EXTRACT_EVENT_HELD)) {
                xc_set_period(c, cnt, m, cl, "opening the sentence of the event");
                continue;
            }
        }
        /* Twenty-fourth session. "Yesterday Chief Superintendent Allard gave a final figure of 537 people arrested",
         * "Ayer el portavoz dijo que 40 seguían presos", "Ontem o comandante informou que 12 foram soltos": a day
         * heading its sentence with no comma after it, then the subject and a reporting verb before the count, dates
         * the statement as a day opening the sentence before a comma does (above): what comes after the verb is
         * what was said that day. Not a named day ("el día 5"), nor with another day or a clause break between. */
        if (!cl->claimed_on[0] && m->end <= cs && m->role != XD_DATE_NAMED && !m->date_end[0] && S_heads_sentence(c, m)) {
            const xd_mention *v = S_says_or_sets(c, ma, mb, m->end, cs);
            if (v && !xc_clause_between(c, ma, mb, m->end, v->start) && !S_date_between(c, ma, mb, m->end, v->start)) {
                memcpy(cl->claimed_on, m->date, 11);
                on_dc = 0;
                xc_trace(c, "date %s: claimed_on (heading the sentence, before the subject and its reporting verb)", m->date);
                continue;
            }
        }
        /* "On Thursday 10 February police moved in and arrested 122 people", "El lunes la policía detuvo a 40": a
         * day heading its sentence with no comma after it dates the event the sentence tells, when no reporting
         * verb or clause break comes between it and the count */
        if (mine && period_free && m->end <= cs && S_heads_sentence(c, m) && !xc_cue_between(c, ma, mb, m->end, cs) &&
            !xc_that_says(c, cnt, m->end, cs) && !xc_clause_between(c, ma, mb, m->end, cs) && m->role != XD_DATE_NAMED &&
            !(S_today_word(m) && cnt->event == EXTRACT_EVENT_HELD)) {
            xc_set_period(c, cnt, m, cl, "heading the sentence of the event");
            continue;
        }
        if (mine && period_free && m->end <= cs && m->role != XD_DATE_NAMED && S_event_opening(c, cnt, m, cs) &&
            !xc_cue_between(c, ma, mb, m->end, cs) && !xc_that_says(c, cnt, m->end, cs)) {
            xc_set_period(c, cnt, m, cl, "the day of the event an opening phrase names");
            continue;
        }
        if (mine && period_free && m->role != XD_DATE_NAMED && S_held_until_today(c, cnt, m, ma, mb, ce)) {
            memcpy(cl->period_to, m->date, 11);
            xc_trace(c, "date %s: period to (a present hour after the event word of people still held)", m->date);
            continue;
        }
        size_t dc = SIZE_MAX, dt = SIZE_MAX;
        if (cue)
            dc = xc_distance(cue->start, cue->end, m);
        if (cnt->trigger)
            dt = xc_distance(cnt->trigger->start, cnt->trigger->end, m);
        /* the count phrase itself anchors a date too: "stood at 88,521 on Friday 6 September" */
        size_t dn = xc_distance(cs, ce, m);
        if (dn < dt)
            dt = dn;
        /* "said in a statement on Tuesday that it had released 200", "told reporters on Nov. 8 that ...": a date
         * between the reporting verb and the "that" introducing what was said dates the statement */
        int said_on = m->role != XD_DATE_NAMED && cue && cue->end <= m->start && m->end <= cs && m->start - cue->end < 60 &&
                      (xc_has_that(c, m->end, cs) || S_colon_after(t, m->end, cs));
        /* "señaló el jueves que, según sus registros, …", "said on Thursday that, according to its count, …": a
         * date between any reporting verb and "that" dates the statement, also when the claimant came from a
         * source phrase rather than from that verb */
        if (!said_on && m->role != XD_DATE_NAMED && (!cue || cue->end > m->start) && m->end <= cs &&
            (xc_has_that(c, m->end, cs) || S_colon_after(t, m->end, cs))) {
            const xd_mention *sv = S_cue_before(c, ma, mb, m);
            if (sv) {
                said_on = 1;
                dc = xc_distance(sv->start, sv->end, m);
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
        int after_that = cue && cue->end <= m->start && m->end <= cs &&
                         xc_has_that(c, S_past_that_noun(c, ma, mb, cue->end, m->start), m->start) &&
                         !xc_has_that(c, m->end, cs) && !(S_today_word(m) && cnt->event == EXTRACT_EVENT_HELD);
        /* "announced the plan on Monday, saying 45 would be freed": the day closes the speaking's clause */
        int saying = cue && cue->end <= m->start && m->end <= cs && S_saying_after(c, m, cs);
        /* "informó el mismo 22 de julio de la detención de 93", "apresentou a 27 de outubro 520 detidos", "reported
         * on 3 May the arrest of 40": a day right after the reporting verb (two lower-case words between at most)
         * and before what it reported is the verb's, however near the event word or the count comes next */
        int right_after = cue && cue->end <= m->start && m->end <= cs && xc_gap_words(t, cue->end, m->start, 2, 12);
        int by_cue = m->role != XD_DATE_NAMED && cue && !after_that && (dc <= dt || aside || saying || right_after) && dc < 60 && !S_other_cue_nearer(c, ma, mb, cue, m, dc) &&
                     !(m->start >= cue->end && S_opening_date(c, m)) && !beyond &&
                     !(xc_quote_at(c, m->start) >= 0 && xc_quote_at(c, m->start) != xc_quote_at(c, cue->start));
        /* "freed more than 100 hostages at Entebbe late on Saturday, the Israeli military said on Sunday": a day
         * before a reporting verb that has its own day right after it is not the statement's; it is the reported
         * event's (the branch below dates the count with it when it closes the event's clause) */
        int before_dated_cue = cue && m->end <= cue->start && S_cue_own_day(c, ma, mb, cue);
        if (before_dated_cue)
            by_cue = 0;
        if (said_on && (!cl->claimed_on[0] || on_dc > dc)) {
            memcpy(cl->claimed_on, m->date, 11);
            on_dc = dc;
            xc_trace(c, "date %s: claimed_on (between the reporting verb and what was said)", m->date);
        } else if (by_cue && (!cl->claimed_on[0] || on_dc > dc)) {
            memcpy(cl->claimed_on, m->date, 11);
            on_dc = dc;
            xc_trace(c, "date %s: claimed_on (next to the reporting verb)", m->date);
        } else if ((dt < dc || after_that || before_dated_cue) && (!S_possessive_date(t, m) || S_possessive_event(c, m, cnt->event)) && !S_of_occasion(c, m) && !(m->end <= cs && S_saying_after(c, m, cs)) &&
                   (dt < 40 || (after_that && dt < 120) || S_closes_event_clause(c, cnt, m, ma, mb)) && period_free && mine &&
                   !(S_today_word(m) && cnt->event == EXTRACT_EVENT_HELD) && !S_after_any_verb(c, ma, mb, m, cs) &&
                   /* "Como parte del acercamiento anunciado el 17 de diciembre de 2014, La Habana excarceló en enero
                    * de 2015 a 53 presos": a day right after a participle, in a phrase the comma closes before the
                    * event word, dates that participle (what was announced), not the event; not without the comma
                    * ("were acquitted on Aug. 27 and released": the same day; "la madrugada de hoy": no verb)
                    * (twenty-fifth session) */
                   !(cnt->trigger && m->end <= cnt->trigger->start && S_noun_participle_day(c, m) &&
                     memchr(t + m->end, ',', cnt->trigger->start - m->end))) {
            xc_set_period(c, cnt, m, cl, "next to the event word");
        } else if (m->role != XD_DATE_NAMED && cue && q >= 0 && xc_quote_at(c, m->start) < 0 && xc_quote_at(c, cue->start) < 0 && m->start > cue->end &&
                   !cl->claimed_on[0] && !xc_clause_between(c, ma, mb, cue->end, m->start) && !S_participle_day(c, m, NULL)) {
            /* '"Ainda há 800 presos", escreveu Himiob na rede social X, pouco depois das 21h30 de domingo': outside
             * the quotation, after the verb that introduces it, a date can only say when it was said */
            memcpy(cl->claimed_on, m->date, 11);
            on_dc = dc;
            xc_trace(c, "date %s: claimed_on (after the verb that reports the quotation)", m->date);
        } else if (m->role != XD_DATE_NAMED && !cl->claimed_on[0] && m->start > ce && S_closing_report_day(c, ma, mb, ce, m)) {
            memcpy(cl->claimed_on, m->date, 11);
            on_dc = dc;
            xc_trace(c, "date %s: claimed_on (after the reporting verb that closes the sentence)", m->date);
        } else {
            xc_trace(c, "date %s: not tied to this count%s", m->date, mine ? "" : " (another count is nearer)");
        }
    }
    const char *co = !cl->claimed_on[0] && said ? S_coordinated_date(c, said, ma, mb) : NULL;
    if (co) {
        memcpy(cl->claimed_on, co, 11);
        xc_trace(c, "date %s: claimed_on (the day of the verb it is coordinated with)", co);
    }
    /* "informó este domingo de que, hasta el mediodía, 19 personas seguían retenidas": an hour with no day of its
     * own is of the day the statement was made, when the text says it; else of the reference date */
    if (hour_to && cl->claimed_on[0]) {
        memcpy(cl->period_to, cl->claimed_on, 11);
        xc_trace(c, "date %s: period to (an hour of the day of the statement)", cl->period_to);
    }

}

/* Whether the sentence of the date m names an event at which people are arrested or released of the kind `event`:
 * a word of the table event_days ("raid", "operativo", "manifestação": detention; "swap", "canje", "troca":
 * release; "both" for either) or an event word of that kind, near the date, or anywhere in a sentence the date
 * opens or is the only day of ("Agents swept through the construction site of the plant in Ellabell, west of
 * Savannah, on Sept. 4"). */
static int S_dates_event(const xc_ctx *c, const xd_mention *m, int event)
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

/* Whether sentence si has a date right after a 'since' or 'until' word: a span's bound, no event's day. Not a day
 * after a word of another role: "uma fábrica que deverá abrir em 2026" (future), "publicado el lunes" (said). */
static int S_bounded_date_in(const xc_ctx *c, size_t si)
{
    const extract_doc *d = c->d;
    for (size_t q = c->sent_first[si]; q < c->sent_first[si + 1]; q++) {
        const xd_mention *r = &d->ments[q];
        if (r->kind != XP_DATEROLE || r->dead || (r->role != 1 && r->role != 2))
            continue;
        for (size_t x = q + 1; x < c->sent_first[si + 1] && d->ments[x].start < r->end + 16; x++)
            if (d->ments[x].kind == XP_DATE && !d->ments[x].dead && d->ments[x].start >= r->end)
                return 1;
    }
    return 0;
}

/* Whether o, a day, is the day some claim already made around it in its sentence was said on ("The attorney general
 * presented a higher figure that same day"): then it dates a statement, not an event. Claims are looked at from
 * the last back to the first that ends before o's sentence. */
static int S_dates_a_statement(const extract_doc *d, const xd_mention *o)
{
    for (size_t q = d->n_claims; q-- > 0;) {
        const extract_claim *e = &d->claims[q];
        if (e->end <= d->sents[o->sent].start)
            break;
        if (e->start <= o->start && o->end <= e->end && !strcmp(e->claimed_on, o->date))
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
void xc_event_day(xc_ctx *c, const xc_count *cnt, extract_claim *cl)
{
    extract_doc *d = c->d;
    if (cl->period_from[0] || cl->period_to[0] ||
        (cnt->event != EXTRACT_EVENT_DETENTION && cnt->event != EXTRACT_EVENT_RELEASE))
        return;
    size_t si = cnt->num->sent;
    size_t ref_at = SIZE_MAX; /* the date pointing back */
    for (size_t k = c->sent_first[si]; k < c->sent_first[si + 1]; k++) {
        const xd_mention *m = &d->ments[k];
        /* "in a statement", "en el mismo comunicado" (said=) name a statement, not a day */
        if (m->kind != XP_DATE || m->dead || m->start == d->dateline_at || xp_attr_get(m->rule, "said"))
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
    /* a part of the day opening its sentence reaches as far back as the story's day it took (S_story_day) */
    int story = xp_attr_get(m->rule, "story") != NULL;
    for (size_t k = ref_at; k-- > 0;) {
        const xd_mention *o = &d->ments[k];
        if (story ? o->sent + S_STORY_BACK < si : d->sents[o->sent].para + 1 < d->sents[si].para)
            return;
        /* the date the reference resolved against (S_resolve_anaphoric) */
        if (o->kind != XP_DATE || !o->date[0] || o->start == d->dateline_at || o->dead || !d->sents[o->sent].dated)
            continue;
        /* the one it resolved against: its day, moved by prev=N days ("the following day") */
        long v = xr_parse_iso(o->date), w = xr_parse_iso(m->date);
        long back = strtol(xp_attr_get(m->rule, "prev"), NULL, 10) * (m->value > 0 ? (long)m->value : 1);
        if (v != LONG_MIN && w != LONG_MIN && v + back != w)
            continue;
        /* an earlier part of the day that took the same story's day ("A media tarde, … Por la noche, …") tells no
         * event of its own: the day it took is further back */
        if (story && xp_attr_get(o->rule, "story"))
            continue;
        if (o->whole_month || v == LONG_MIN || w == LONG_MIN || !S_dates_event(c, o, cnt->event))
            return;
        /* "Our records, which we closed on Tuesday, add up to 3,040 arrests since 12 February. … The attorney
         * general presented a higher figure that same day": a day that closes a tally or says when a figure was
         * given is no event's */
        if (S_bounded_date_in(c, o->sent) || S_dates_a_statement(d, o))
            return;
        xc_set_period(c, cnt, o, cl, "the day of the event the day it was said points back to");
        return;
    }
}

/* How far around a count xc_day_span looks for a phrase of the day, and how many words such a phrase has at most. */
#define S_DAY_SPAN_NEAR 240
#define S_DAY_SPAN_WORDS 7

/* Whether sentence si names no day but the one cl was said on (a span, or any other day, dates the count there)
 * and no bound ("since midday"): what xc_day_span and xc_same_event_day both need before they date a count. */
static int S_only_statement_day(xc_ctx *c, size_t si, const extract_claim *cl)
{
    const extract_doc *d = c->d;
    for (size_t k = c->sent_first[si]; k < c->sent_first[si + 1]; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind == XP_DATE && !m->dead && m->start != d->dateline_at && m->date[0] &&
            (m->date_end[0] || strcmp(m->date, cl->claimed_on) != 0))
            return 0;
    }
    return !S_bounded_date_in(c, si);
}

/* Whether sentence si holds a 'since' word ("since", "desde") that does not start at byte p. */
static int S_since_elsewhere(const xc_ctx *c, size_t si, size_t p)
{
    const extract_doc *d = c->d;
    for (size_t q = c->sent_first[si]; q < c->sent_first[si + 1]; q++) {
        const xd_mention *r = &d->ments[q];
        if (r->kind == XP_DATEROLE && !r->dead && r->role == 1 && r->start != p && S_since_word(c, r))
            return 1;
    }
    return 0;
}

/* "He put the number of arrests made across the day at more than 200", "la policía informó de 47 nuevos arrestos
 * en el día", "109 pessoas foram detidas ao longo da tarde", "all 49 had been released by the end of the day": a
 * count of people arrested or released that a phrase of the lexicon day_spans says covers the day being told,
 * with no day named, covers the day it was given on: from = to = claimed_on (the majority of the gold's writers,
 * docs/corpus.md "Gold records"). Not when the phrase goes on with "de"/"of" (of_words: "durante la jornada del
 * domingo" names its own day, the in-sentence dating's business), not when the count's sentence names a day other
 * than the statement's or a bound ("since midday"), and not for people held, a stock rather than a day's events.
 * The look is bounded to S_DAY_SPAN_NEAR bytes either side of the count. Twenty-fourth session: the lexicon also
 * holds parts of the day other than the night ("arrested during the afternoon", "released by mid-morning",
 * "libertados desde o início da manhã"), 7 gold lines to 1; a release or arrest with no such phrase is left null, as
 * the gold's writers mostly leave it (103 same-day against 445 null, docs/corpus.md). */
/* Whether a phrase near the count may date it by the statement's day (xc_day_span, xc_last_days): an arrest or
 * release count with a statement day, no period yet and no other day or bound in its sentence; then [*a, *b) is the
 * stretch of its sentence within S_DAY_SPAN_NEAR bytes of the count to look in. */
static int S_statement_day_window(xc_ctx *c, const xc_count *cnt, const extract_claim *cl, size_t *a, size_t *b)
{
    if (cl->period_from[0] || cl->period_to[0] || !cl->claimed_on[0] ||
        (cnt->event != EXTRACT_EVENT_DETENTION && cnt->event != EXTRACT_EVENT_RELEASE))
        return 0;
    size_t si = cnt->num->sent;
    if (!S_only_statement_day(c, si, cl))
        return 0;
    size_t cs, ce;
    xc_count_span(cnt, &cs, &ce);
    size_t ss = c->d->sents[si].start, se = c->d->sents[si].end;
    *a = cs > ss + S_DAY_SPAN_NEAR ? cs - S_DAY_SPAN_NEAR : ss;
    *b = ce + S_DAY_SPAN_NEAR < se ? ce + S_DAY_SPAN_NEAR : se;
    return 1;
}

void xc_day_span(xc_ctx *c, const xc_count *cnt, extract_claim *cl)
{
    const extract_doc *d = c->d;
    size_t a, b;
    if (!S_statement_day_window(c, cnt, cl, &a, &b))
        return;
    size_t si = cnt->num->sent;
    const char *t = d->text.text;
    size_t ss = d->sents[si].start, se = d->sents[si].end;
    for (size_t p = a; p < b; p++) {
        if (!xc_letter_byte((unsigned char)t[p]) || (p > ss && xc_letter_byte((unsigned char)t[p - 1])))
            continue;
        /* the phrase's words from p, one word end after another */
        size_t q = p;
        for (int w = 0; w < S_DAY_SPAN_WORDS && q < b; w++) {
            while (q < b && xc_letter_byte((unsigned char)t[q]))
                q++;
            if (xc_lexicon_has(c, "day_spans", p, q)) {
                size_t n = q;
                while (n < se && t[n] == ' ')
                    n++;
                size_t ne = n;
                while (ne < se && xc_letter_byte((unsigned char)t[ne]))
                    ne++;
                if (ne > n && xc_lexicon_has(c, "of_words", n, ne))
                    return;
                /* "170 detenções desde o arranque da operação" after "ao fim da tarde": a 'since' word of the
                 * sentence other than the phrase's own ("desde o início da manhã") counts from an event, not the day
                 * (twenty-fourth session) */
                if (S_since_elsewhere(c, si, p))
                    return;
                memcpy(cl->period_from, cl->claimed_on, 11);
                memcpy(cl->period_to, cl->claimed_on, 11);
                xc_trace(c, "date %s: period (the day the figure was given, which a phrase of the day says it covers)",
                         cl->claimed_on);
                return;
            }
            /* a hyphen inside a word joins its halves as a space does ("by mid-morning", folded "by mid morning") */
            if (q >= b || (t[q] != ' ' && !(t[q] == '-' && q + 1 < b && xc_letter_byte((unsigned char)t[q + 1]))))
                break;
            q++;
        }
    }
}

/* How many words at most a span_lengths phrase and the number after it have. */
#define S_SPAN_PHRASE_WORDS 5
#define S_SPAN_NUMBER_WORDS 4

/* Twenty-seventh session. "Darmanin said on May 14 that police had made 82 arrests in the first two days", "A 14 de
 * maio, o ministro já contabilizava 82 detenções nas primeiras 48 horas", "informa de que los agentes han
 * practicado más de 900 arrestos en los últimos diez días": a count of people arrested or released that a phrase of
 * the table span_lengths ("in the last", "en los primeros", "nas primeiras": class last or first) followed by a
 * number and a unit of the table span_units (days, hours: its value in hours) says covers a run of days up to the
 * day it was given on counts that run: to = claimed_on, from = N days before it for "last" ("the last ten days"
 * of a statement of 28 June open on 18 June, es/115) and N - 1 for "first" (the statement is made on the run's last
 * day: "the first two days" said on 14 May are 13 and 14 May, en/88, pt/116). Only whole days (hours in
 * multiples of 24), at most S_SPAN_MAX_DAYS, with a statement day, no period of its own and no other day or
 * bound in its sentence (S_only_statement_day); never for people held. The look is bounded as xc_day_span's. */
#define S_SPAN_MAX_DAYS 62
void xc_last_days(xc_ctx *c, const xc_count *cnt, extract_claim *cl)
{
    const extract_doc *d = c->d;
    size_t a, b;
    if (!S_statement_day_window(c, cnt, cl, &a, &b))
        return;
    const xp_table *spans = xp_table_get(d->pat, d->lang, "span_lengths");
    const xp_table *units = xp_table_get(d->pat, d->lang, "span_units");
    long said = xr_parse_iso(cl->claimed_on);
    if (!spans || !spans->values || !units || !units->values || said == LONG_MIN)
        return;
    const char *t = d->text.text;
    size_t ss = d->sents[cnt->num->sent].start;
    char key[96];
    for (size_t p = a; p < b; p++) {
        if (!xc_letter_byte((unsigned char)t[p]) || (p > ss && xc_letter_byte((unsigned char)t[p - 1])))
            continue;
        /* the phrase: its words from p, one word end after another */
        long cls = -1;
        size_t q = p;
        for (int w = 0; w < S_SPAN_PHRASE_WORDS && q < b && cls < 0; w++) {
            while (q < b && xc_letter_byte((unsigned char)t[q]))
                q++;
            size_t kl = xc_fold_key(d, p, q, key, sizeof key);
            cls = kl ? xp_table_find(spans, key, kl) : -1;
            if (cls < 0) {
                if (q >= b || t[q] != ' ')
                    break;
                q++;
            }
        }
        if (cls < 0)
            continue;
        /* the number, then its unit: "two days", "48 horas", "diez días" */
        size_t n0 = q;
        while (n0 < b && t[n0] == ' ')
            n0++;
        size_t n1 = n0, u = n0;
        long hours = -1;
        for (int w = 0; w < S_SPAN_NUMBER_WORDS && u < b; w++) {
            size_t ue = u;
            while (ue < b && (xc_letter_byte((unsigned char)t[ue]) || (t[ue] >= '0' && t[ue] <= '9')))
                ue++;
            if (ue == u)
                break;
            size_t kl = xc_fold_key(d, u, ue, key, sizeof key);
            long ix = kl ? xp_table_find(units, key, kl) : -1;
            if (ix >= 0) {
                hours = strtol(units->values[ix], NULL, 10);
                break;
            }
            n1 = ue;
            u = ue;
            while (u < b && t[u] == ' ')
                u++;
        }
        if (hours <= 0 || n1 <= n0)
            continue;
        size_t fa = xc_fold_at(d, n0), fb = xc_fold_at(d, n1);
        int64_t n = xr_number_value(d->pat, d->lang, d->fold.data + fa, fb - fa, NULL, 0);
        if (n <= 0 || n > S_SPAN_MAX_DAYS * 24 || (n * hours) % 24 != 0)
            continue;
        long days = (long)(n * hours / 24);
        if (days < 1 || days > S_SPAN_MAX_DAYS)
            continue;
        int first = !strcmp(spans->values[cls], "first");
        xr_format_iso(said - (first ? days - 1 : days), cl->period_from);
        memcpy(cl->period_to, cl->claimed_on, 11);
        xc_trace(c, "date %s..%s: period (a run of days up to the day the figure was given, \"%.*s\")", cl->period_from,
                 cl->period_to, (int)(u - p), t + p);
        return;
    }
}

/* "Police said 7,543 people had been detained since Friday night, 6,038 of them soldiers", "5.020 pessoas foram
 * detidas no domingo, ao menos 2.300 delas só em Moscou", "informó de 105 arrestados ese día, 70 de ellas en Uasin
 * Gishu": a figure followed by a word of the lexicon part_of_words is a part of the people the claim just before it
 * in the same sentence counted, for the same event; a part covers the whole's time, and takes its period when it
 * has none of its own (every such breakdown in the gold, 35 of 35, dates part and whole alike). Only the claim just
 * before is looked at. */
void xc_part_period(xc_ctx *c, const xc_count *cnt, extract_claim *cl)
{
    const extract_doc *d = c->d;
    if (cl->period_from[0] || cl->period_to[0] || !d->n_claims)
        return;
    const extract_claim *w = &d->claims[d->n_claims - 1];
    size_t si = cnt->num->sent;
    if (w->start != d->sents[si].start || w->event != cl->event || w->count <= cl->count ||
        (!w->period_from[0] && !w->period_to[0]))
        return;
    const char *t = d->text.text;
    size_t se = d->sents[si].end, p = cnt->num->end;
    while (p < se && t[p] == ' ')
        p++;
    size_t q = p;
    for (int words = 0; words < 3 && q < se; words++) {
        while (q < se && xc_letter_byte((unsigned char)t[q]))
            q++;
        if (q > p && xc_lexicon_has(c, "part_of_words", p, q)) {
            memcpy(cl->period_from, w->period_from, sizeof cl->period_from);
            memcpy(cl->period_to, w->period_to, sizeof cl->period_to);
            xc_trace(c, "date %s..%s: period (the whole this figure is a part of)", cl->period_from, cl->period_to);
            return;
        }
        if (q >= se || t[q] != ' ')
            return;
        q++;
    }
}

/* How many paragraphs before its own xc_same_event_day looks for the day of the count's event. */
#define S_SAME_EVENT_PARAS 1

/* Whether the word [a, b) occurs as a whole word in [p, q), case folded for ASCII letters. */
static int S_word_in(const char *t, size_t a, size_t b, size_t p, size_t q)
{
    size_t n = b - a;
    if (n < 3)
        return 0;
    for (size_t x = p; x + n <= q; x++) {
        if ((x > p && xc_letter_byte((unsigned char)t[x - 1])) || strncasecmp(t + x, t + a, n) != 0)
            continue;
        if (x + n == q || !xc_letter_byte((unsigned char)t[x + n]))
            return 1;
    }
    return 0;
}

/* Whether sentence sj tells of the same people as the count: its figure written there again ("abducted 110
 * schoolgirls" ... "confirmed that 110 students had been abducted"), or the head word of the count's people noun
 * ("seized students" ... "110 students had been abducted", "detuvo a los manifestantes" ... "los 40 manifestantes
 * detenidos"). The count's noun is its last word, the head in en and the plural ending in es/pt alike for one word;
 * people named by "people"/"personas"/"pessoas" alone are anyone, so a generic noun does not link (people_generic). */
static int S_same_people(const xc_ctx *c, const xc_count *cnt, size_t sj)
{
    const extract_doc *d = c->d;
    const char *t = d->text.text;
    size_t p = d->sents[sj].start, q = d->sents[sj].end;
    size_t na = cnt->num->start, nb = cnt->num->end;
    if (nb > na && S_word_in(t, na, nb, p, q))
        return 1;
    /* a definite article before the figure points back to people already told of ("the 32 hostages", "los 14",
     * "os 90 reféns"): those of the latest event of the kind */
    size_t wb = na, ss = d->sents[cnt->num->sent].start;
    while (wb > ss && t[wb - 1] == ' ')
        wb--;
    size_t wa = wb;
    while (wa > ss && xc_letter_byte((unsigned char)t[wa - 1]))
        wa--;
    if (wb > wa && xc_listed(c, "article_words", wa, wb, XC_ANY_CASE))
        return 1;
    const xd_mention *s = cnt->subject;
    if (!s || s->end <= s->start)
        return 0;
    /* the head word: the first word of the noun phrase in es/pt ("manifestantes detenidos"), the last in en */
    size_t a = s->start, b = s->end;
    if (d->lang == XP_LANG_EN) {
        a = b;
        while (a > s->start && xc_letter_byte((unsigned char)t[a - 1]))
            a--;
    } else {
        b = a;
        while (b < s->end && xc_letter_byte((unsigned char)t[b]))
            b++;
    }
    if (b <= a || xc_lexicon_has(c, "people_generic", a, b))
        return 0;
    return S_word_in(t, a, b, p, q);
}

/* "On the evening of 19 February, fighters drove into Dapchi and seized students from the college. ... On 26
 * February, the federal government confirmed that 110 students had been abducted", "El 3 de mayo la policía
 * detuvo a 40 manifestantes. ... Los 40 detenidos fueron llevados ante el juez": a count of people arrested or
 * released with no period of its own, whose sentence names no day but the one it was said on and no bound, counts
 * the people of the event an earlier sentence dated when that sentence tells the same event (a day its sentence
 * ties to an event word of the same kind, S_dates_event) and the same people (S_same_people). Only the latest
 * dated event of that kind is looked at: one of another people, or a day there that closes a tally or dates the
 * statement of a claim, stops the look (the fifteenth session's carry of any earlier event day broke follow-up
 * counts of other people, "a further 270 were let go"). The look goes back at most S_SAME_EVENT_PARAS paragraphs
 * and S_EVENT_BACK bytes. Never for people held, a stock counted on a day. */
void xc_same_event_day(xc_ctx *c, const xc_count *cnt, extract_claim *cl)
{
    const extract_doc *d = c->d;
    /* a part of a group ("22 political prisoners among them") is of the group's time, not the event's */
    if (cl->period_from[0] || cl->period_to[0] || cnt->among || cnt->of_them ||
        (cnt->event != EXTRACT_EVENT_DETENTION && cnt->event != EXTRACT_EVENT_RELEASE))
        return;
    size_t si = cnt->num->sent;
    if (!S_only_statement_day(c, si, cl))
        return;
    for (size_t k = c->sent_first[si]; k-- > 0;) {
        const xd_mention *o = &d->ments[k];
        if (d->sents[o->sent].para + S_SAME_EVENT_PARAS < d->sents[si].para || o->start + S_EVENT_BACK < cnt->num->start)
            return;
        if (o->kind != XP_DATE || !o->date[0] || o->dead || o->start == d->dateline_at || o->whole_month ||
            S_whole_year(o) || !d->sents[o->sent].dated || !S_dates_event(c, o, cnt->event))
            continue;
        /* the day the figure was given: a count said the day of its event is dated by the writers as its
         * statement (mostly no period), which the dating of the count's own sentence decides */
        if (S_bounded_date_in(c, o->sent) || S_other_day_in_sentence(c, o) || !S_same_people(c, cnt, o->sent) ||
            !strcmp(o->date, cl->claimed_on))
            return;
        if (S_dates_a_statement(d, o)) /* the day a claim there was said on: a statement's, not the event's */
            return;
        xc_set_period(c, cnt, o, cl, "the day of the same event and people told before");
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
        while (p < ds && xc_is_space(t[p]))
            p++;
        if (p == ds)
            break;
        if (!(t[p] >= 'a' && t[p] <= 'z') || ++words > 1)
            return 0;
        while (p < ds && !xc_is_space(t[p]))
            p++;
    }
    while (de < end && xc_is_space(t[de]))
        de++;
    return de < end && t[de] == ',';
}

/* A date right beside a reporting verb (not a period bound), or 0 bytes when there is none. */
/* Whether date m already gave the period of a figure of its sentence and not its statement day ("O OVD-Info …
 * contabilizou 656 detenções ao longo daquele domingo. Segundo o mesmo grupo, outras 700…"): it tells when those
 * people were counted, not when the verb beside it spoke, for the sentences after. */
static int S_dated_a_period(const xc_ctx *c, const xd_mention *m)
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

static const char *S_date_by_cue(xc_ctx *c, const xd_mention *cue)
{
    extract_doc *d = c->d;
    size_t a, b;
    xc_range(c, cue->sent, &a, &b);
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

/* The day opening sentence sj ("Ontem, numa conferência de imprensa…", "On Thursday, the minister…"), a single day
 * that no date role governs, or 0 bytes. */
static const char *S_opening_day(xc_ctx *c, size_t sj)
{
    extract_doc *d = c->d;
    size_t a, b;
    xc_range(c, sj, &a, &b);
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind == XP_DATEROLE && m->role != XD_ROLE_SAID)
            return NULL;
        if (m->kind != XP_DATE)
            continue;
        if (!m->date[0] || m->date_end[0] || m->whole_month || m->role == XD_DATE_NAMED || m->start == d->dateline_at ||
            xc_quote_at(c, m->start) >= 0 || !S_opening_date(c, m))
            return NULL;
        return m->date;
    }
    return NULL;
}

/* Whether a mention points back to a figure given before: "la cifra", "the tally", "o balanço" (ref=claim), or an
 * organisation's own figures ("su propio balance", "its figures": topic=1). */
int xc_figure_ref(const xd_mention *m)
{
    const char *ref = xp_attr_get(m->rule, "ref"), *topic = xp_attr_get(m->rule, "topic");
    return m->kind == XP_PRONOUN && ((ref && strcmp(ref, "claim") == 0) || topic);
}

/* The day beside an entry of the lexicon `name` in sentence sj, outside quotations, as S_date_by_cue finds it
 * beside a verb, or 0 bytes. */
static const char *S_words_date(xc_ctx *c, const char *name, size_t sj)
{
    const char *t = c->d->text.text;
    size_t a = c->d->sents[sj].start, b = c->d->sents[sj].end;
    for (size_t p = a + 1; p <= b; p++) {
        unsigned char prev = (unsigned char)t[p - 1], ch = p < b ? (unsigned char)t[p] : ' ';
        if (!(xc_letter_byte(prev) && !xc_letter_byte(ch)) || xc_quote_at(c, p - 1) >= 0 ||
            !xc_words_before(c, name, a, p, XC_ANY_CASE))
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
static int S_opens_quoted(const xc_ctx *c, size_t sj)
{
    size_t at = c->d->sents[sj].start;
    while (at < c->d->sents[sj].end && xc_is_space(c->d->text.text[at]))
        at++;
    return at < c->d->sents[sj].end && xc_quote_at(c, at + 1) >= 0;
}

/* What a neighbouring sentence sj says of the claim's statement: *speaks is set when, outside quotations, it has a
 * reporting verb or names the claimant; the day returned is the one beside its verb or the claimant's name, when it
 * has a verb and either names the claimant or points back to a figure without disputing it. After the count
 * (after=1), a named claimant only counts when the sentence opens with its words, quoted on the same occasion
 * ('"…," Vahidi told state television on Sunday'); "Su portavoz advirtió el lunes de que…" is another statement. */
static const char *S_speaking_date(xc_ctx *c, size_t sj, const extract_claim *cl, int after, int any, int *speaks)
{
    extract_doc *d = c->d;
    size_t a, b;
    xc_range(c, sj, &a, &b);
    const xd_mention *verb = NULL, *named = NULL;
    int figure = 0;
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if (xc_quote_at(c, m->start) >= 0)
            continue;
        extract_actor who;
        memset(&who, 0, sizeof who);
        if (m->kind == XP_CUE && !xc_cue_in_name(c, m) && !verb)
            verb = m;
        else if (m->kind == XP_ACTOR && !named && xc_claimant_from(c, m, &who) && who.name &&
                 ((any && !after) || (cl->claimant.name && strcmp(who.name, cl->claimant.name) == 0)))
            named = m; /* any: the count's sentence only points back ("The Commissioner said 34…"), to whoever
                        * this sentence names */
        /* "Four weeks later, on 5 December, the prosecutor offered an update": a title or pronoun for the
         * claimant names them as much as their name */
        else if (!after && m->kind == XP_PRONOUN && m->role >= XD_REF_PERSON && m->role <= XD_REF_GOV && !named && xc_claimant_from(c, m, &who) &&
                 who.name && (any || (cl->claimant.name && strcmp(who.name, cl->claimant.name) == 0)))
            named = m;
        else if (xc_figure_ref(m) && figure >= 0)
            figure = 1;
        else if (m->kind == XP_STANCE || (m->kind == XP_CUE && m->stance > 0))
            figure = -1; /* "Y called the figure false on Monday" answers the claim, it does not date it */
    }
    *speaks = verb || named;
    /* "Lo ha anunciado esta mañana el ministerio", "The figures were released on Monday by ...": a sentence after
     * that opens with a word for what was reported points back to the figure as much as "the figure" would */
    if (after && !figure && xc_opens_with(c, sj, "report_words"))
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
int xc_has_number(const xc_ctx *c, size_t sj)
{
    size_t a, b;
    xc_range(c, sj, &a, &b);
    for (size_t k = a; k < b; k++)
        if (xc_num(&c->d->ments[k]))
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
static int S_names_claimant(xc_ctx *c, size_t si, const extract_claim *cl)
{
    size_t a, b;
    xc_range(c, si, &a, &b);
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &c->d->ments[k];
        extract_actor who;
        if (m->kind == XP_ACTOR && xc_quote_at(c, m->start) < 0 && xc_claimant_from(c, m, &who) && who.name &&
            strcmp(who.name, cl->claimant.name) == 0)
            return 1;
    }
    return 0;
}

/* Whether sentence si holds, outside quotations, an entry of the lexicon `name` (phrases of up to three words). */
static int S_sentence_has_words_read(const xc_ctx *c, const char *name, size_t si)
{
    const char *t = c->d->text.text;
    size_t a = c->d->sents[si].start, b = c->d->sents[si].end;
    for (size_t p = a + 1; p <= b; p++) {
        unsigned char prev = (unsigned char)t[p - 1], ch = p < b ? (unsigned char)t[p] : ' ';
        int word_end = (xc_letter_byte(prev)) && !xc_letter_byte(ch);
        if (word_end && xc_quote_at(c, p - 1) < 0 && xc_words_before(c, name, a, p, XC_ANY_CASE))
            return 1;
    }
    return 0;
}

/* The lexicons whose answers S_sentence_has_words keeps per sentence (xc_ctx.has_words, at most XC_WORDS_MEMO):
 * the answer depends only on the sentence's text, its quotations and the lexicon, all fixed for the document. */
static const char *const S_words_memo[] = {"occasion_words", "floor_words", "said_words", "later_words", "added_words"};

static int S_sentence_has_words(const xc_ctx *c, const char *name, size_t si)
{
    _Static_assert(sizeof S_words_memo / sizeof *S_words_memo <= XC_WORDS_MEMO, "xc_ctx.has_words holds them");
    size_t slot = 0;
    while (slot < sizeof S_words_memo / sizeof *S_words_memo && strcmp(S_words_memo[slot], name) != 0)
        slot++;
    if (!c->has_words || slot == sizeof S_words_memo / sizeof *S_words_memo)
        return S_sentence_has_words_read(c, name, si);
    unsigned char *m = &c->has_words[si * XC_WORDS_MEMO + slot];
    if (!*m)
        *m = (unsigned char)(1 + S_sentence_has_words_read(c, name, si));
    return *m - 1;
}

/* Whether a claim was already made from sentence sj (claims are added in sentence order). */
static int S_claim_in(const xc_ctx *c, size_t sj)
{
    const extract_doc *d = c->d;
    for (size_t k = d->n_claims; k-- > 0 && d->claims[k].start >= d->sents[sj].start;)
        if (d->claims[k].start < d->sents[sj].end)
            return 1;
    return 0;
}

/* "On Tuesday, the government at last gave parliament a number. In a written reply, the minister said 5,161…",
 * "A resposta veio na segunda. «…», disse o porta-voz": a sentence with no figure and no quotation that names an
 * occasion of speaking or what was said (occasion_words, said_words) beside a single day announces the statement
 * the next sentence reports, whose reporting verb has no day of its own. One sentence with no day, figure or
 * reporting verb may stand between ("The announcement came at a news conference this morning. It was chaired by
 * the general. Reading from the decree, he said…"). A number that is no figure ("two officials gave partial
 * numbers") does not make a figure. The day of the occasion, or 0 bytes. */
static const char *S_occasion_before(xc_ctx *c, size_t si)
{
    extract_doc *d = c->d;
    for (size_t back = 1; back <= 2 && back <= si; back++) {
        size_t sj = si - back;
        if (d->sents[sj].para != d->sents[si].para || d->sents[sj].section != XD_SECTION_BODY ||
            S_claim_in(c, sj) || S_opens_quoted(c, sj))
            return NULL;
        int occasion = S_sentence_has_words(c, "occasion_words", sj) || S_sentence_has_words(c, "said_words", sj);
        if (occasion) {
            const char *date = S_opening_day(c, sj);
            if (!date)
                date = S_words_date(c, "occasion_words", sj);
            if (!date)
                date = S_words_date(c, "said_words", sj);
            return date;
        }
        /* the sentence between: no day and no statement of its own */
        size_t a, b;
        xc_range(c, sj, &a, &b);
        for (size_t k = a; k < b; k++)
            if (d->ments[k].kind == XP_DATE || (d->ments[k].kind == XP_CUE && xc_quote_at(c, d->ments[k].start) < 0))
                return NULL;
    }
    return NULL;
}

/* "A chefe do executivo, Carrie Lam, falou ontem de manhã … Os outros 400, disse Carrie Lam, foram detidos", "Lam
 * habló ayer … Los otros 400, dijo Lam, sí fueron detenidos", "Kissana spoke on Monday … The other 30, Kissana said,
 * were freed": a bare reporting verb (no day before the end of its clause, no word saying it came later or earlier)
 * set between commas after the count, whose subject is the claimant, restates what the same claimant was said to
 * say with a day one to three sentences before in the same paragraph. Only a sentence naming that same claimant can
 * date it (S_speaking_date with any=0). */
static int S_restated_speaker(const xc_ctx *c, const xd_mention *cue, size_t si, const extract_claim *cl)
{
    const extract_doc *d = c->d;
    /* only an aside after the count ("Os outros 400, disse Carrie Lam, foram detidos"): a verb before it opens a
     * statement the writers of en/16 and en/27 leave undated ("Yerlikaya dismissed claims … that more than 3,000",
     * "HRANA also said about 570", after a sentence whose day was the count's, not the speaking's) */
    if (!cl->claimant.name || d->sents[si].section != XD_SECTION_BODY ||
        S_sentence_has_words(c, "later_words", si) ||
        S_said_earlier(c, si) || xc_quote_at(c, cue->start) >= 0)
        return 0;
    const char *t = d->text.text;
    size_t lo = d->sents[si].start, comma = cue->start;
    while (comma > lo && cue->start - comma < 40 && t[comma - 1] != ',')
        comma--;
    if (comma == lo || t[comma - 1] != ',')
        return 0;
    size_t hi = d->sents[si].end, clause = cue->end;
    while (clause < hi && t[clause] != ',' && t[clause] != ';' && t[clause] != '.')
        clause++;
    size_t a, b;
    xc_range(c, si, &a, &b);
    int counted = 0; /* a figure before the comma that opens the aside */
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind == XP_DATE && !m->dead && m->start != d->dateline_at && m->start < clause)
            return 0;
        if (xc_num(m) && m->end < comma)
            counted = 1;
    }
    return counted;
}

/* Twenty-first session (second wave). Whether sentence si opens, before its first comma and within its first six
 * words, with words pointing back to a statement named before (back_statement_words: "No comunicado, …", "Según el
 * mismo texto, …", "Na ocasião, …", "In the same statement, …"), outside quotations. */
static int S_opens_back_statement(const xc_ctx *c, size_t si)
{
    const char *t = c->d->text.text;
    size_t lo = c->d->sents[si].start, hi = c->d->sents[si].end, p = lo;
    for (int w = 0; w < 6 && p < hi; w++) {
        while (p < hi && xc_is_space(t[p]))
            p++;
        while (p < hi && !xc_is_space(t[p]) && t[p] != ',')
            p++;
        if (xc_quote_at(c, p - 1) >= 0)
            return 0;
        if (xc_words_before(c, "back_statement_words", lo, p, XC_ANY_CASE))
            return 1;
        if (p < hi && t[p] == ',')
            return 0;
    }
    return 0;
}

/* "O TCHRD afirmou ontem que… No comunicado, … o TCHRD exige a libertação de mais de mil", "Shah reconoció el
 * miércoles… Según el mismo texto, 609 seguían bajo custodia", "Ouattara anunciou a medida a 6 de agosto… Na ocasião,
 * o chefe de Estado precisou que…": a count whose sentence opens by pointing back to a statement named before was
 * given in that statement, on its day. The day is the one the nearest sentence before that speaks with a day gives
 * (a reporting verb or an occasion and a speaker, S_speaking_date), at most four sentences back, in the paragraph or
 * the one before; a sentence between that names another day starts another occasion and stops the look. */
static const char *S_statement_back(xc_ctx *c, size_t si, const extract_claim *cl)
{
    extract_doc *d = c->d;
    if (d->sents[si].section != XD_SECTION_BODY || !S_opens_back_statement(c, si))
        return NULL;
    for (size_t back = 1; back <= 4 && back <= si; back++) {
        size_t sj = si - back;
        if (d->sents[sj].section != XD_SECTION_BODY || d->sents[sj].para + 1 < d->sents[si].para)
            return NULL;
        int speaks = 0;
        const char *date = S_speaking_date(c, sj, cl, 0, 1, &speaks);
        if (date)
            return date;
        size_t a, b;
        xc_range(c, sj, &a, &b);
        for (size_t k = a; k < b; k++)
            if (d->ments[k].kind == XP_DATE && !d->ments[k].dead && d->ments[k].start != d->dateline_at)
                return NULL;
    }
    return NULL;
}

void xc_statement_date(xc_ctx *c, const xd_mention *cue, size_t si, extract_claim *cl)
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
    int any = xc_points_back(c, si, cl->claimant.name != NULL) && !S_sentence_has_words(c, "later_words", si);
    int goes_on = cue && cue->sent == si && (!cl->claimant.name || !S_names_claimant(c, si, cl)) &&
                  !S_sentence_has_words(c, "later_words", si);
    /* "La misma comisión había informado de que…": a pluperfect verb told of an earlier occasion than the one
     * around it */
    if (cue && cue->sent == si && S_said_earlier(c, si))
        any = goes_on = 0;
    int restated = !date && cue && cue->sent == si && !goes_on && !any && S_restated_speaker(c, cue, si, cl);
    /* Twentieth session. "Un portavoz del Ministerio rechazó ayer esa cifra. «Es falso que haya más de un centenar de
     * presos políticos…», afirmó", "Outside the court yesterday, X disputed the count. \"Twelve men will sleep in a
     * cell tonight…,\" he said": a count inside a quotation whose reporting verb, with no day, stands in another
     * sentence of the paragraph is what the speaker named just before said on the occasion that sentence dates.
     * As for a restated speaker, only a sentence naming that same claimant gives the day, three sentences back at
     * most, past sentences that name them without one. */
    if (!restated && !date && cue && cue->sent != si && !any && cl->claimant.name &&
        d->sents[cue->sent].para == d->sents[si].para && d->sents[si].end > d->sents[si].start + 1 &&
        xc_quote_at(c, d->sents[si].end - 2) >= 0 && !S_sentence_has_words(c, "later_words", si))
        restated = 1;
    for (size_t back = 1; !date && (!cue || goes_on || any || restated) && !speaks && back <= (restated ? 3u : 2u) &&
                          back <= si;
         back++) {
        size_t sj = si - back;
        if (d->sents[sj].para != d->sents[si].para || d->sents[sj].section != XD_SECTION_BODY)
            break;
        date = S_speaking_date(c, sj, cl, 0, any, &speaks); /* the nearest sentence that speaks decides */
        /* a restated speaker looks past sentences that name them without a day ("depois de a polícia registar os
         * seus dados": a possessive read as theirs) to the one that says when they spoke */
        if (restated)
            speaks = 0;
    }
    size_t sn = si + 1;
    if (!date && (!cue || cue->sent == si) && sn < d->n_sents && d->sents[sn].para == d->sents[si].para &&
        d->sents[sn].section == XD_SECTION_BODY && d->sents[si].section == XD_SECTION_BODY && !xc_has_number(c, sn))
        date = cl->claimant.name ? S_speaking_date(c, sn, cl, 1, 0, &speaks) : NULL;
    /* a statement that goes on ("Farouk also said…") continues an earlier occasion, not the one announced before */
    if (!date && cue && cue->sent == si && cl->claimant.name && !S_sentence_has_words(c, "added_words", si) &&
        !S_said_earlier(c, si))
        date = S_occasion_before(c, si);
    if (!date)
        date = S_statement_back(c, si, cl);
    if (date) {
        memcpy(cl->claimed_on, date, 11);
        xc_trace(c, "date %s: claimed_on (the day its claimant spoke, in a neighbouring sentence)", date);
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

int xc_points_back(const xc_ctx *c, size_t si, int need_ref)
{
    size_t a, b;
    xc_range(c, si, &a, &b);
    int ref = 0, says = 0;
    size_t said_end = SIZE_MAX; /* the end of the first reporting verb or source word */
    for (size_t k = a; k < b && said_end == SIZE_MAX; k++) {
        const xd_mention *m = &c->d->ments[k];
        if ((m->kind == XP_CUE || m->kind == XP_SOURCE) && xc_quote_at(c, m->start) < 0)
            said_end = m->end;
    }
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &c->d->ments[k];
        if (xc_quote_at(c, m->start) >= 0)
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

/* Whether the reporting verb of sentence si is a pluperfect ("had said", "había informado", "tinha divulgado"): what
 * it reports was said before the occasion of the sentences around it, so it takes none of their days ("El
 * miércoles la comisión cifraba en 2.700 los detenidos. La misma comisión había informado de que…"). */
static int S_said_earlier(const xc_ctx *c, size_t si)
{
    const extract_doc *d = c->d;
    size_t a, b;
    xc_range(c, si, &a, &b);
    for (size_t k = a; k < b; k++) {
        const xd_mention *m = &d->ments[k];
        if (m->kind != XP_CUE || xc_quote_at(c, m->start) >= 0)
            continue;
        size_t wb, we;
        xc_word_before(d->text.text, d->sents[si].start, m->start, &wb, &we);
        /* the auxiliary opens the cue's match ("habían contabilizado") or stands right before it ("had said") */
        for (int pass = 0; pass < 2; pass++) {
            size_t p = pass ? wb : m->start;
            if (pass && wb == we)
                break;
            size_t n = xc_listed_at(c, "pluperfect_words", p, d->text.len, XC_ANY_CASE | XC_ALL_LANGS);
            if (n && (pass || n == d->text.len || d->text.text[n] == ' '))
                return 1;
        }
        return 0;
    }
    return 0;
}

void xc_statement_goes_on(xc_ctx *c, size_t si, size_t at, extract_claim *cl)
{
    extract_doc *d = c->d;
    const extract_claim *prev = NULL;
    size_t from = d->n_claims > XC_LOOKBACK ? d->n_claims - XC_LOOKBACK : 0;
    for (size_t k = from; k < d->n_claims; k++)
        if (d->claims[k].start <= d->sents[si].start && (!prev || d->claims[k].start >= prev->start))
            prev = &d->claims[k];
    if (!prev || !prev->claimed_on[0] || !prev->claimant.name || strcmp(prev->section, "body") != 0 ||
        d->sents[si].section != XD_SECTION_BODY)
        return;
    int same = cl->claimant.name && strcmp(prev->claimant.name, cl->claimant.name) == 0;
    if ((!same && !xc_points_back(c, si, 1)) || S_said_earlier(c, si))
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
        xc_range(c, sj, &a, &b);
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
    xc_trace(c, "date %s: claimed_on (the statement of the same claimant's figure before goes on)", cl->claimed_on);
}
