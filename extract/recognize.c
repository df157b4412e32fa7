/* recognize.c - rules to mentions. */
#include "recognize.h"
#include "numbers.h"
#include "segment.h"

#include <ctype.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int S_enum_attr(const char *v, const char *const *names, int n)
{
    for (int i = 0; v && i < n; i++)
        if (strcmp(v, names[i]) == 0)
            return i;
    return -1;
}

/* "none" marks words for what happens to people that is none of our events (killed, wounded, marched). */
static const char *const S_events[] = {"release", "held", "detention", "none"};
static const char *const S_quals[] = {"exact", "approx", "at_least", "more_than", "at_most", "less_than"};
static const char *const S_stances[] = {"asserts", "disputes", "denies"};
static const char *const S_kinds[] = {"person", "organization", "government", "media", "unknown"};

/* Byte span of a named group of the current match, or 0 when the group is absent or unset. A rule with
 * alternative shapes names the second occurrence NAME2 ("day2"): PCRE2 wants group names unique. */
static int S_group1(const xp_rule *r, pcre2_match_data *md, const char *name, size_t *s, size_t *e);
static int S_group(const xp_rule *r, pcre2_match_data *md, const char *name, size_t *s, size_t *e)
{
    char alt[32];
    if (S_group1(r, md, name, s, e))
        return 1;
    /* name + "2", cut to fit as snprintf would; built by hand, since snprintf cost more than the lookups when
     * every match of every date and number rule asks for a few groups */
    size_t n = strlen(name);
    if (n >= sizeof alt - 1) {
        memcpy(alt, name, sizeof alt - 1);
        alt[sizeof alt - 1] = '\0';
    } else {
        memcpy(alt, name, n);
        alt[n] = '2';
        alt[n + 1] = '\0';
    }
    return S_group1(r, md, alt, s, e);
}

static int S_group1(const xp_rule *r, pcre2_match_data *md, const char *name, size_t *s, size_t *e)
{
    /* the group's number from the rule's name table, read at load (the names are unique: no PCRE2_DUPNAMES) */
    int g = 0;
    for (uint32_t lo = 0, hi = r->n_names; lo < hi;) {
        uint32_t mid = lo + (hi - lo) / 2;
        const unsigned char *e = r->names + (size_t)mid * r->name_size;
        int c = strcmp((const char *)e + 2, name);
        if (c == 0) {
            g = e[0] << 8 | e[1];
            break;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (g <= 0 || (uint32_t)g >= pcre2_get_ovector_count(md))
        return 0;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    if (ov[2 * g] == PCRE2_UNSET)
        return 0;
    *s = ov[2 * g];
    *e = ov[2 * g + 1];
    return 1;
}

static long S_lookup_num(const xp_table *t, const char *s, size_t len)
{
    long k = xp_table_find(t, s, len);
    if (k < 0 && len > 1 && s[len - 1] == '.')
        k = xp_table_find(t, s, len - 1); /* "ene." "Jan." */
    return k < 0 ? -1 : strtol(t->values[k], NULL, 10);
}

static int S_parse_int(const char *s, size_t len)
{
    int v = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9' || v > 100000)
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return len ? v : -1;
}

long xr_resolve_date(const extract_patterns *p, int lang, long ref, const char *day, size_t day_len, const char *month,
                     size_t month_len, const char *year, size_t year_len, const char *wday, size_t wday_len,
                     const char *rel)
{
    if (rel)
        return ref + strtol(rel, NULL, 10);
    int ry, rm, rd;
    xr_civil_from_days(ref, &ry, &rm, &rd);
    int d = day_len ? xr_day_value(p, lang, day, day_len) : -1; /* digits or words ("the twenty-eighth") */
    int m = -1;
    if (month_len)
        m = (month[0] >= '0' && month[0] <= '9') ? S_parse_int(month, month_len)
                                                  : (int)S_lookup_num(xp_table_get(p, lang, "months"), month, month_len);
    int y = year_len ? S_parse_int(year, year_len) : -1;
    if (y >= 0 && y < 100)
        y += 2000;
    if (m > 0 && d > 0) {
        if (y > 0)
            return xr_valid_date(y, m, d) ? xr_days_from_civil(y, m, d) : LONG_MIN;
        /* Day and month alone: the nearest such date on or before the reference date. */
        y = ry;
        if (!xr_valid_date(y, m, d) || xr_days_from_civil(y, m, d) > ref)
            y--;
        /* "on Monday 13 November" in a story about the year before: the weekday written with it says which of the
         * last three such days it is (a weekday that fits none is a slip, and the nearest stands) */
        long w = wday_len ? S_lookup_num(xp_table_get(p, lang, "weekdays"), wday, wday_len) : -1;
        for (int cy = y; w >= 1 && w <= 7 && cy > y - 3; cy--)
            if (xr_valid_date(cy, m, d) && xr_weekday(xr_days_from_civil(cy, m, d)) == w)
                return xr_days_from_civil(cy, m, d);
        return xr_valid_date(y, m, d) ? xr_days_from_civil(y, m, d) : LONG_MIN;
    }
    if (d > 0 && m < 0) {
        /* "el martes (13)": the day of the month wins over the weekday; the latest such day not after ref. */
        y = ry;
        m = rm;
        for (int tries = 0; tries < 3; tries++) {
            if (xr_valid_date(y, m, d) && xr_days_from_civil(y, m, d) <= ref)
                return xr_days_from_civil(y, m, d);
            if (--m == 0)
                m = 12, y--;
        }
        return LONG_MIN;
    }
    if (wday_len) {
        long w = S_lookup_num(xp_table_get(p, lang, "weekdays"), wday, wday_len);
        if (w < 1 || w > 7)
            return LONG_MIN;
        long back = (xr_weekday(ref) - w + 7) % 7;
        return ref - back;
    }
    return LONG_MIN;
}

static xd_mention *S_new_mention(extract_doc *d, size_t *cap)
{
    if (d->n_ments == *cap) {
        size_t nc = *cap ? *cap * 2 : 256;
        xd_mention *nm = xi_realloc(d->ments, nc * sizeof *nm);
        if (!nm)
            return NULL;
        d->ments = nm;
        *cap = nc;
    }
    xd_mention *m = &d->ments[d->n_ments++];
    memset(m, 0, sizeof *m);
    m->qualifier = m->event = m->stance = m->actor_kind = -1;
    return m;
}

/* Whether a weekday was marked as past ("last", "pasado", "passada", "última"): groups past, past2, past3. */
static int S_past(const xp_rule *r, pcre2_match_data *md)
{
    size_t s, e;
    return S_group(r, md, "past", &s, &e) || S_group1(r, md, "past3", &s, &e);
}

/* The first and last day of month mo of year y, or of the whole year when mo is 0. */
static void S_period_days(int y, int mo, long *first, long *last)
{
    *first = xr_days_from_civil(y, mo ? mo : 1, 1);
    *last = mo == 0 || mo == 12 ? xr_days_from_civil(y + 1, 1, 1) - 1 : xr_days_from_civil(y, mo + 1, 1) - 1;
}

/* A month or year named without a day: "in February 2023", "desde setembro" (the latest such month), "en 2020",
 * "last year" (relyear=-1), and a span of months ("entre abril y junio de 2021", "entre novembro de 2023 e janeiro
 * de 2024"), or of years ("entre 1976 y 1983"). A single month or year is marked whole_month (background unless something ties it to a count); a
 * span is a range, marked by its words. Returns 1 when the rule named such a period. */
static int S_whole_period(extract_doc *d, const xp_rule *r, pcre2_match_data *md, const char *subj, long ref,
                          xd_mention *m)
{
    size_t ms = 0, me = 0, ys = 0, ye = 0, ems = 0, eme = 0, eys = 0, eye = 0;
    int has_m = S_group(r, md, "monthonly", &ms, &me), has_em = S_group(r, md, "emonthonly", &ems, &eme);
    int has_yo = S_group(r, md, "yearonly", &ys, &ye);
    const char *rely = xp_attr_get(r, "relyear");
    if (!has_m && !has_yo && !rely)
        return 0;
    if (has_m)
        S_group(r, md, "year", &ys, &ye);
    S_group(r, md, "eyear", &eys, &eye);
    /* a span of whole years ("entre 1976 y 1983", "between 1978 and 1980"): from the first day of the first to the
     * last day of the second, a range like a span of months (seventeenth session) */
    int has_eyo = !has_em && S_group(r, md, "eyearonly", &eys, &eye);
    int ry, rm, rd;
    xr_civil_from_days(ref, &ry, &rm, &rd);
    const xp_table *months = xp_table_get(d->pat, d->lang, "months");
    int mo = has_m ? (int)S_lookup_num(months, subj + ms, me - ms) : 0;
    int emo = has_em ? (int)S_lookup_num(months, subj + ems, eme - ems) : mo;
    /* "September this year", "septiembre de este año", "setembro deste ano": the reference date's year */
    size_t tts = 0, tte = 0;
    int this_year = S_group(r, md, "thisyear", &tts, &tte);
    /* "June last year", "junio del año pasado", "junho do ano passado": the year before the reference date's */
    int last_year = S_group(r, md, "lastyear", &tts, &tte);
    int y = ye > ys ? S_parse_int(subj + ys, ye - ys) : rely ? ry + (int)strtol(rely, NULL, 10) : this_year ? ry :
            last_year ? ry - 1 : -1;
    int ey = eye > eys ? S_parse_int(subj + eys, eye - eys) : -1;
    if (mo < 0 || mo > 12 || emo < 0 || emo > 12 || (has_m && !mo))
        return 1;
    if (ey < 0)
        ey = y >= 0 && !has_em ? y : y >= 0 && mo <= emo ? y : emo <= rm ? ry : ry - 1;
    if (y < 0)
        y = mo <= emo ? ey : ey - 1;
    if (y < 1900 || y > 2100 || ey < y)
        return 1;
    long first, last, efirst, elast;
    S_period_days(y, mo, &first, &last);
    S_period_days(ey, emo, &efirst, &elast);
    if (elast < first)
        return 1;
    xr_format_iso(first, m->date);
    xr_format_iso(elast, m->date_end);
    m->whole_month = !has_em && !has_eyo;
    /* "In May that year", "entre noviembre y diciembre de aquel año", "em maio daquele ano": the year is the one the
     * latest date written with its year named, as for a day of that year (S_anchor_years) */
    size_t tys = 0, tye = 0;
    if (ye <= ys && eye <= eys && S_group(r, md, "thatyear", &tys, &tye))
        m->yearless = 4;
    /* "entre mayo y junio", "desde março": months with no year written, the year guessed from the reference date;
     * S_anchor_years reads them in the story's year as it does a day and month alone. Not a count as of a month's
     * close (asof: "al cierre de agosto", "on the last day of March"): a statistic of the latest such month, told
     * in an anniversary story as in any other (twentieth session) */
    else if (has_m && ye <= ys && eye <= eys && !rely && !this_year && !last_year && !S_group(r, md, "asof", &tys, &tye))
        m->yearless = 5;
    return 1;
}

/* Fills a mention's typed fields from its rule's attributes and captures. Returns 0 to keep, 1 to drop. */
static int S_interpret(extract_doc *d, const xp_rule *r, pcre2_match_data *md, const char *subj, long ref,
                       xd_mention *m)
{
    size_t s, e;
    m->event = S_enum_attr(xp_attr_get(r, "event"), S_events, 4);
    m->stance = S_enum_attr(xp_attr_get(r, "stance"), S_stances, 3);
    m->qualifier = S_enum_attr(xp_attr_get(r, "q"), S_quals, 6);
    m->actor_kind = S_enum_attr(xp_attr_get(r, "kind"), S_kinds, 5);
    switch (r->kind) {
    case XP_NUMBER: {
        if (!S_group(r, md, "num", &s, &e))
            return 1;
        size_t ms = 0, me = 0;
        S_group(r, md, "mult", &ms, &me);
        m->value = xr_number_value(d->pat, d->lang, subj + s, e - s, me > ms ? subj + ms : NULL, me - ms);
        return m->value <= 0;
    }
    case XP_COLLECTIVE: {
        const char *v = xp_attr_get(r, "value");
        m->value = v ? strtoll(v, NULL, 10) : 0;
        if (m->qualifier < 0)
            m->qualifier = EXTRACT_Q_APPROX;
        return m->value <= 0;
    }
    case XP_PRONOUN: {
        const char *ref_kind = xp_attr_get(r, "ref");
        m->role = !ref_kind ? 0 : !strcmp(ref_kind, "person") ? XD_REF_PERSON : !strcmp(ref_kind, "organization") ? XD_REF_ORG
                  : !strcmp(ref_kind, "government") ? XD_REF_GOV : !strcmp(ref_kind, "claim") ? XD_REF_CLAIM
                  : !strcmp(ref_kind, "self") ? XD_REF_SELF : 0;
        return m->role == 0;
    }
    case XP_SUBJECT:
        m->role = xp_attr_get(r, "pre") != NULL; /* "the real number is" stands before its count */
        return 0;
    case XP_DATEROLE: {
        const char *role = xp_attr_get(r, "role");
        /* said: a word that makes the date the day a statement was published ("publicado el lunes"); future: a
         * marker of an event still to come ("is due to", "serán") */
        m->role = role && !strcmp(role, "from") ? 1 : role && !strcmp(role, "to") ? 2
                  : role && !strcmp(role, "said") ? XD_ROLE_SAID : role && !strcmp(role, "future") ? XD_ROLE_FUTURE : 0;
        return m->role == 0;
    }
    case XP_DATE: {
        /* "the July 28 presidential election", "el golpe del 1 de febrero": a date naming an event (named=1) */
        m->role = xp_attr_get(r, "named") ? XD_DATE_NAMED : 0;
        /* "last weekend", "el fin de semana", "no último fim de semana" (weekend=1): the latest Saturday and Sunday,
         * a week further back when marked past and said on the weekend itself */
        if (xp_attr_get(r, "weekend") && ref != LONG_MIN) {
            long sat = ref - (xr_weekday(ref) + 1) % 7;
            if (S_past(r, md) && xr_weekday(ref) >= 6)
                sat -= 7;
            xr_format_iso(sat, m->date);
            xr_format_iso(sat + 1, m->date_end);
            return 0;
        }
        /* "hace tres días", "four days later", "dois dias depois": a number of days (the ndays capture) scales rel=
         * or prev=; kept in value for the days named by reference, which claims.c resolves */
        size_t ns = 0, ne = 0;
        if (S_group(r, md, "ndays", &ns, &ne)) {
            int64_t n = xr_number_value(d->pat, d->lang, subj + ns, ne - ns, NULL, 0);
            if (n <= 0 || n > 366)
                return 0;
            m->value = n;
        }
        size_t ds = 0, de = 0, mos = 0, moe = 0, ys = 0, ye = 0, ws = 0, we = 0;
        S_group(r, md, "day", &ds, &de);
        /* a day in words that is no day of a month ("cuarenta de mayo"): no date at all, rather than a weekday or
         * month read without it */
        if (de > ds && !(subj[ds] >= '0' && subj[ds] <= '9') && xr_day_value(d->pat, d->lang, subj + ds, de - ds) < 0)
            return 1;
        S_group(r, md, "month", &mos, &moe);
        S_group(r, md, "year", &ys, &ye);
        S_group(r, md, "wday", &ws, &we);
        long v = LONG_MIN;
        if (ref != LONG_MIN)
            v = xr_resolve_date(d->pat, d->lang, ref, subj + ds, de - ds, subj + mos, moe - mos, subj + ys, ye - ys,
                                subj + ws, we - ws, xp_attr_get(r, "rel"));
        if (v == LONG_MIN && ref != LONG_MIN && S_whole_period(d, r, md, subj, ref, m))
            return 0;
        if (v != LONG_MIN && m->value > 0 && xp_attr_get(r, "rel"))
            v = ref + strtol(xp_attr_get(r, "rel"), NULL, 10) * (long)m->value;
        size_t mos2 = 0, moe2 = 0;
        /* "last Friday", "el viernes pasado", "na sexta-feira passada" said on a Friday: a week before */
        if (v == ref && ws < we && S_past(r, md))
            v -= 7;
        /* "on Monday of last week", "el lunes de la semana pasada", "na segunda-feira da semana passada": that
         * weekday of the calendar week (from Monday) before the reference date's, unless a day of the month says */
        size_t lws = 0, lwe = 0;
        size_t d2s = 0, d2e = 0;
        if (v != LONG_MIN && ws < we && de == ds && !S_group(r, md, "day2", &d2s, &d2e) &&
            S_group(r, md, "lastweek", &lws, &lwe)) {
            long monday = ref - (xr_weekday(ref) - 1);
            while (v >= monday)
                v -= 7;
        }
        if (v != LONG_MIN && S_group(r, md, "lastyear", &mos2, &moe2)) {
            /* "el 4 de enero del año pasado": the year before the reference date's */
            int ry, rm, rd, vy, vm, vd;
            xr_civil_from_days(ref, &ry, &rm, &rd);
            xr_civil_from_days(v, &vy, &vm, &vd);
            if (xr_valid_date(ry - 1, vm, vd))
                v = xr_days_from_civil(ry - 1, vm, vd);
        }
        if (v != LONG_MIN)
            xr_format_iso(v, m->date);
        /* twenty-third session: which weekdays anchor a story's week and which may be read in it (when.c,
         * S_weekday_of_story) */
        if (v != LONG_MIN && ws < we && !xp_attr_get(r, "rel"))
            m->weekday = de > ds ? 2 : !S_past(r, md) && lwe == lws ? 1 : 0;
        if (v != LONG_MIN && de > ds && moe > mos && !xp_attr_get(r, "rel"))
            m->yearless = ye > ys ? 2 : moe2 > mos2 ? 3 : 1;
        /* a weekday that fits the day chose its year as a written year would: the day anchors the others */
        if (m->yearless == 1 && ws < we &&
            xr_weekday(v) == S_lookup_num(xp_table_get(d->pat, d->lang, "weekdays"), subj + ws, we - ws))
            m->yearless = 2;
        /* A range ("between 8 and 20 January", "del 20 al 24 de febrero"): the end's captures are eday, emonth,
         * eyear; a start without month or year takes the end's. */
        size_t eds = 0, ede = 0, ems = 0, eme = 0, eys = 0, eye = 0;
        if (S_group(r, md, "eday", &eds, &ede) && ref != LONG_MIN) {
            S_group(r, md, "emonth", &ems, &eme);
            S_group(r, md, "eyear", &eys, &eye);
            long e = xr_resolve_date(d->pat, d->lang, ref, subj + eds, ede - eds, subj + ems, eme - ems, subj + eys,
                                     eye - eys, NULL, 0, NULL);
            /* "entre el 20 y el 24 de febrero"; "between the 9th and the 11th" (no month at all): the start is
             * the latest such day not after the end */
            if (moe == mos && (eme > ems || e != LONG_MIN))
                v = xr_resolve_date(d->pat, d->lang, e != LONG_MIN ? e : ref, subj + ds, de - ds, subj + ems, eme - ems,
                                    subj + (ye > ys ? ys : eys), ye > ys ? ye - ys : eye - eys, NULL, 0, NULL);
            /* "between 30 August and 10 September 1979": a start with its month but no year is likewise the
             * latest such day not after the end, whose year may be far from the reference date's */
            else if (ye == ys && e != LONG_MIN)
                v = xr_resolve_date(d->pat, d->lang, e, subj + ds, de - ds, subj + mos, moe - mos, NULL, 0, NULL, 0,
                                    NULL);
            /* "on the 10th and 11th of November last year": both days in the year before the reference date's */
            if (v != LONG_MIN && e != LONG_MIN && S_group(r, md, "lastyear", &mos2, &moe2)) {
                int ry, rm, rd, vy, vm, vd, ey, em, ed;
                xr_civil_from_days(ref, &ry, &rm, &rd);
                xr_civil_from_days(v, &vy, &vm, &vd);
                xr_civil_from_days(e, &ey, &em, &ed);
                if (xr_valid_date(ry - 1 - (ey - vy), vm, vd) && xr_valid_date(ry - 1, em, ed)) {
                    v = xr_days_from_civil(ry - 1 - (ey - vy), vm, vd);
                    e = xr_days_from_civil(ry - 1, em, ed);
                }
            }
            if (v != LONG_MIN && e != LONG_MIN && v <= e) {
                xr_format_iso(v, m->date);
                xr_format_iso(e, m->date_end);
                m->yearless = eye > eys || ye > ys ? 2 : eme > ems || moe > mos ? 1 : 0;
            } else
                m->yearless = 0;
        }
        /* "entre 11 e 25 de fevereiro daquele ano", "on 2 June of that year": the year is the one the text named
         * last, which S_anchor_years puts in */
        size_t tys = 0, tye = 0;
        if (m->date[0] && S_group(r, md, "thatyear", &tys, &tye))
            m->yearless = 4;
        return 0; /* an unresolvable date still keeps its digits from being read as counts */
    }
    default:
        return 0;
    }
}

/* Text offset -> folded offset (the first folded byte of that character). */
static size_t S_to_fold(const xn_fold *f, size_t off)
{
    size_t lo = 0, hi = f->len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (xn_map(f, mid) < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int S_by_start(const void *a, const void *b)
{
    const xd_mention *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1;
    if (x->kind != y->kind)
        return (int)x->kind - (int)y->kind;
    /* rules are stored in load order: the earlier rule first, whatever qsort does with equal keys */
    return x->rule < y->rule ? -1 : x->rule > y->rule;
}

/* Kinds whose overlapping mentions compete: the longer wins (then the more specific actor kind). */
static int S_competes(xp_kind k)
{
    return k == XP_NUMBER || k == XP_ACTOR || k == XP_DATE || k == XP_TRIGGER || k == XP_SUBJECT || k == XP_CUE ||
           k == XP_QUALIFIER || k == XP_COLLECTIVE;
}

static int S_overlap(const xd_mention *a, const xd_mention *b) { return a->start < b->end && b->start < a->end; }

/* Whether a number mention is written in words ("One hundred") rather than digits. */
static int S_is_word_number(const extract_doc *d, const xd_mention *m)
{
    unsigned char c = (unsigned char)d->text.text[m->start];
    return !(c >= '0' && c <= '9');
}

/* Whether pronoun p describes an office (a rule with holds=) and wholly contains actor or title a. */
static int S_office_over(const xd_mention *p, const xd_mention *a)
{
    return p->kind == XP_PRONOUN && (a->kind == XP_ACTOR || a->kind == XP_TITLE) && xp_attr_get(p->rule, "holds") &&
           p->start <= a->start && a->end <= p->end;
}

/* Whether pronoun p is a descriptor that introduces a body's name (descriptor=1: "la asociación de familiares
 * Etxerat", "a associação de familiares X", "the association of relatives X") and wholly holds actor a, a common
 * noun of its own (written in lower case: "familiares", "relatives"). The noun is part of the description, not a
 * speaker; without the descriptor the name after it reads as a person. A capitalised actor inside (a name in the
 * complement) is left to the usual rules. */
static int S_descriptor_over(const extract_doc *d, const xd_mention *p, const xd_mention *a)
{
    if (p->kind != XP_PRONOUN || a->kind != XP_ACTOR || !xp_attr_get(p->rule, "descriptor") || a->start < p->start ||
        a->end > p->end)
        return 0;
    unsigned char f = (unsigned char)d->text.text[a->start];
    return f >= 'a' && f <= 'z';
}

/* Whether p is a first-person pronoun (ref=self, not a label) spanning exactly what actor a spans. */
static int S_voice_over(const xd_mention *p, const xd_mention *a)
{
    return p->kind == XP_PRONOUN && p->role == XD_REF_SELF && a->kind == XP_ACTOR && !xp_attr_get(p->rule, "label") &&
           p->start == a->start && p->end == a->end;
}

/* Whether a is a body's name (organisation, state body, medium) that holds trigger or subject b in its modifier,
 * after a lower-case link word: "Comité de Familiares de los Detenidos", "Committee for the Release of Detainees"
 * name a body, not detained people. A headline's "Police Arrest 50" has no link word: the capitals only made the
 * verb look like part of a name. */
static int S_inside_body_name(const extract_doc *d, const xd_mention *a, const xd_mention *b)
{
    if (a->kind != XP_ACTOR || (b->kind != XP_TRIGGER && b->kind != XP_SUBJECT) ||
        (a->actor_kind != EXTRACT_KIND_ORGANIZATION && a->actor_kind != EXTRACT_KIND_GOVERNMENT &&
         a->actor_kind != EXTRACT_KIND_MEDIA) ||
        a->start >= b->start || b->end > a->end)
        return 0;
    const char *t = d->text.text;
    for (size_t i = a->start + 1; i < b->start; i++)
        if (t[i - 1] == ' ' && t[i] >= 'a' && t[i] <= 'z')
            return 1;
    return 0;
}

/* A yearless day that cannot be of this year (that day is still to come) and so was read as last year's, more
 * than half a year back, is of the story's year when the text last named a full date years before (a
 * retrospective: "na manhã de 12 de outubro de 1968 … 847 estudantes já tinham sido soltos até 18 de outubro" in
 * an article of 12 October 2018 is 1968's 18 October, not 2017's): the such day nearest that date (its year, the
 * one before or the one after), never after the reference date. A range's end moves by the same number of years.
 * Returns whether it moved m.
 * With near set (no day of the present named since the story's date), a day the reference date reads as one of
 * the last half year moves too, but only to within two months of the story's date: a fact-check of 2014 about
 * 2004 that wrote "3 September 2004" goes on "On 2 September, … on Tuesday 31 August"; one of 2021 about 1971,
 * after "3 de mayo de 1971", says "El 24 de abril": a reader stays in the story's year, not in the days just
 * before the page (sixteenth session). */
static int S_story_year(xd_mention *m, const xd_mention *story, long ref, int near)
{
    long v = xr_parse_iso(m->date);
    if (!story || v == LONG_MIN || (v >= ref - 183 && !near))
        return 0;
    long close = v >= ref - 183 ? 62 : LONG_MAX; /* how far from the story's date the day may land */
    long a = xr_parse_iso(story->date);
    if (a == LONG_MIN || v - a <= 366)
        return 0;
    /* the story's time is a span when it is a month or a run of months ("entre abril y julio de 1982"): a day
     * within it is at no distance from it, not as far as from its first day; a day outside it is as far as from
     * its first day, as before (measured from the span's end, "30 de diciembre" after "octubre de 2019" in a page
     * of January 2023 would leave the Friday 30 the page named; twentieth session) */
    long a_end = story->date_end[0] ? xr_parse_iso(story->date_end) : a;
    if (a_end == LONG_MIN || a_end < a)
        a_end = a;
    long v_len = m->date_end[0] && xr_parse_iso(m->date_end) >= v ? xr_parse_iso(m->date_end) - v : 0;
    int ay, am, ad, y, mo, dd, ry, rm, rd;
    xr_civil_from_days(a, &ay, &am, &ad);
    xr_civil_from_days(v, &y, &mo, &dd);
    xr_civil_from_days(ref, &ry, &rm, &rd);
    if (y == ry && close == LONG_MAX) /* read as this year's: it was not pushed back */
        return 0;
    /* the story's own day and month read near the page is its return, the anniversary the page is written for
     * ("hasta el cuarto aniversario del ataque, el pasado 6 de enero" after "el 6 de enero de 2021"): only a day
     * within a month of the page; the same day and month months before it is the story's ("entre el 8 y el 10 de
     * noviembre" in February after "el 8 de noviembre de 2010", twentieth session), and not the page's own day: a
     * writer calls that day today, and a page written on the return of the day names the story's ("la noche del 2
     * de octubre fueron detenidas hasta 2.000" on 2 October 2018, after "la noche del 2 de octubre de 1968").
     * Only a single day: a run of days that opens on the story's day is the story going on ("El 15 de agosto de
     * 1972 … del 15 al 22 de agosto, los 19 permanecieron" in a page of August 2022; twenty-fifth session) */
    if (close != LONG_MAX && m->yearless == 1 && !m->date_end[0] && mo == am && dd == ad && labs(v - ref) <= 31 &&
        v != ref)
        return 0;
    /* the year that puts the day nearest the story's date: "on 21 July 2001 … between 20 and 22 July" is that July,
     * "28 December 1968 … on 2 January" the January after */
    int best = 0;
    long best_d = LONG_MAX;
    for (int cy = ay - 1; cy <= ay + 1; cy++) {
        if (!xr_valid_date(cy, mo, dd))
            continue;
        long c = xr_days_from_civil(cy, mo, dd);
        long gap = c >= a && c + v_len <= a_end ? 0 : labs(c - a);
        if (c > ref || gap >= best_d)
            continue;
        best = cy;
        best_d = gap;
    }
    if (!best || best_d > close)
        return 0;
    if (m->date_end[0]) {
        int ey, em, ed;
        xr_civil_from_days(xr_parse_iso(m->date_end), &ey, &em, &ed);
        ey += best - y;
        if (!xr_valid_date(ey, em, ed))
            return 0;
        xr_format_iso(xr_days_from_civil(ey, em, ed), m->date_end);
    }
    xr_format_iso(xr_days_from_civil(best, mo, dd), m->date);
    return 1;
}

/* A day and month with their weekday and no year ("domingo, 17 de dezembro") took the latest year before the
 * reference date whose calendar fits the weekday; told years after a date written with its year ("11 de dezembro
 * de 1989"), it is the story's when that year (or the one before or after) fits the weekday too and puts the day
 * within two months of the story's date: calendars repeat, and a reader of a retrospective of 2019 does not jump to
 * 2017's Sunday 17 December. Returns whether it moved m (twenty-second session). */
static int S_story_weekday(xd_mention *m, const xd_mention *story, long ref)
{
    long v = xr_parse_iso(m->date), a = story ? xr_parse_iso(story->date) : LONG_MIN;
    if (v == LONG_MIN || a == LONG_MIN || m->date_end[0] || v - a <= 366)
        return 0;
    int ay, am, ad, y, mo, dd;
    xr_civil_from_days(a, &ay, &am, &ad);
    xr_civil_from_days(v, &y, &mo, &dd);
    for (int cy = ay - 1; cy <= ay + 1; cy++) {
        if (!xr_valid_date(cy, mo, dd))
            continue;
        long c = xr_days_from_civil(cy, mo, dd);
        if (c <= ref && labs(c - a) <= 62 && xr_weekday(c) == xr_weekday(v)) {
            xr_format_iso(c, m->date);
            return 1;
        }
    }
    return 0;
}

/* Whether date mention m has its year written out in digits ("fevereiro de 2023", "in 1971", "3 May 2019"). */
static int S_year_written(const extract_doc *d, const xd_mention *m)
{
    const char *t = d->text.text;
    int run = 0;
    for (size_t i = m->start; i < m->end; i++) {
        run = t[i] >= '0' && t[i] <= '9' ? run + 1 : 0;
        if (run == 4 && (i + 1 == m->end || t[i + 1] < '0' || t[i + 1] > '9'))
            return 1;
    }
    return 0;
}

/* Moves the day (and a range's end) of m to year y, the end by as many years as the start. Returns 0, leaving m
 * as it was, when a day does not exist that year (29 February). */
static int S_move_year(xd_mention *m, int y)
{
    int vy, vm, vd, ey = 0, em = 0, ed = 0;
    long v = xr_parse_iso(m->date);
    if (v == LONG_MIN || y <= 0)
        return 0;
    xr_civil_from_days(v, &vy, &vm, &vd);
    if (m->date_end[0]) {
        long e = xr_parse_iso(m->date_end);
        if (e == LONG_MIN)
            return 0;
        xr_civil_from_days(e, &ey, &em, &ed);
        ey += y - vy;
        if (!xr_valid_date(ey, em, ed))
            return 0;
    }
    if (!xr_valid_date(y, vm, vd))
        return 0;
    xr_format_iso(xr_days_from_civil(y, vm, vd), m->date);
    if (m->date_end[0])
        xr_format_iso(xr_days_from_civil(ey, em, ed), m->date_end);
    return 1;
}

/* "hablaron ayer … de tres personas detenidas durante la madrugada", "A pesadelo terminou ontem de madrugada",
 * "freed yesterday in the small hours": the small hours with no day of their own (rules with attribute ofday, read
 * rel=0 as the reference day) after a single day named earlier in the same sentence and clause are that day's
 * (twenty-third session). The look-back stays in the sentence and within 16 mentions. */
static void S_small_hours_of_day(extract_doc *d)
{
    for (size_t i = 0; i < d->n_ments; i++) {
        xd_mention *m = &d->ments[i];
        if (m->kind != XP_DATE || !m->date[0] || !xp_attr_get(m->rule, "ofday"))
            continue;
        for (size_t k = i; k-- > 0 && i - k <= 16 && d->ments[k].sent == m->sent;) {
            const xd_mention *o = &d->ments[k];
            if (o->kind == XP_CLAUSE)
                break;
            if (o->kind != XP_DATE || !o->date[0])
                continue;
            if (!o->date_end[0] && !o->whole_month && !xp_attr_get(o->rule, "ofday") && o->start != d->dateline_at)
                memcpy(m->date, o->date, sizeof m->date);
            break;
        }
    }
}

/* Whether date mention i opens a span left open to the present: a 'since' word right before it (its role word ends
 * within a few bytes) and no 'to' word after it in the next bytes of its sentence ("desde el 24 de febrero de
 * 2022" against "desde el 15 hasta el 22 de agosto de 1972"). Such a date starts a long count ("3.035 liberados
 * desde el 24 de febrero de 2022" in a page of January 2024); it is not the time the story then tells, so it sets
 * no story year for the days without one after it ("El 24 de enero" is the page's January; twenty-fifth
 * session). */
static int S_open_since(const extract_doc *d, size_t i)
{
    const xd_mention *m = &d->ments[i];
    int since = 0;
    for (size_t k = i; k-- > 0 && !since && d->ments[k].end + 12 >= m->start;)
        since = d->ments[k].kind == XP_DATEROLE && d->ments[k].role == 1 && d->ments[k].end <= m->start;
    if (!since)
        return 0;
    for (size_t k = i + 1; k < d->n_ments && d->ments[k].sent == m->sent && d->ments[k].start <= m->end + 40; k++)
        if (d->ments[k].kind == XP_DATEROLE && d->ments[k].role == 2)
            return 0;
    return 1;
}

/* A day and month written without a year ("desde el 20 de octubre") are read by the full date written before them
 * in the same paragraph ("publicadas el 10 de diciembre de 2019"), as a reader does, rather than by the reference
 * date alone: after a 'since' word, the latest such day not after that anchor; otherwise the first on or after it
 * (the story goes forward: "28 December … 2 January" is the January after). Only where the anchor is within a year
 * of the day the reference date gives (a date in the background, years before, says nothing of the year of the
 * news), never a date naming an event ("the 1 February 2025 coup"), never after the reference date. */
static void S_anchor_years(extract_doc *d)
{
    long ref = xr_parse_iso(d->ref_date);
    const xd_mention *anchor = NULL, *story = NULL;
    const char *told = NULL; /* the ISO date whose year the latest date written with a year names */
    int para = -1, present = -1;
    for (size_t i = 0; i < d->n_ments; i++) {
        xd_mention *m = &d->ments[i];
        if (m->kind != XP_DATE || !m->date[0] || m->sent >= d->n_sents)
            continue;
        if (d->sents[m->sent].para != para) {
            para = d->sents[m->sent].para;
            anchor = NULL;
        }
        /* only dates read whatever the gates (dated sentences) set or end the story: else a plain run and
         * --explain would read different years */
        int dated = d->sents[m->sent].dated;
        if (dated && m->yearless != 4 && S_year_written(d, m))
            told = m->date_end[0] ? m->date_end : m->date;
        /* "O processo remonta a fevereiro de 2023 … entre 11 e 25 de fevereiro daquele ano": that year is the one
         * the latest date written with its year named (any paragraph back); the day then anchors others */
        if (m->yearless == 4)
            m->yearless = told && S_move_year(m, atoi(told)) ? 2 : 1;
        /* "capturados entre abril y julio de 1982 … el 29 de mayo", "In January 1990, … on 4 June": a month (or a
         * run of months within a year) written with its year sets the story's time as a day written with its year
         * does, so a day and month after it without a year is read near it (S_story_year); not a whole year (a
         * background year says too little of the story's time), nor a month naming an event (nineteenth
         * session) */
        if (m->yearless == 0 && dated && m->date_end[0] && m->role != XD_DATE_NAMED &&
            m->start != d->dateline_at && S_year_written(d, m) &&
            xr_parse_iso(m->date_end) - xr_parse_iso(m->date) < 300) {
            story = m;
            present = -1;
            continue;
        }
        if ((m->yearless == 2 || m->yearless == 3) && m->start != d->dateline_at) {
            if (m->yearless == 2 && ref != LONG_MIN && (present < 0 || para - present > 1) && !S_year_written(d, m))
                S_story_weekday(m, story, ref);
            if (dated && !S_open_since(d, i)) {
                story = m;
                present = -1;
            }
            if (m->yearless == 2 && m->role != XD_DATE_NAMED)
                anchor = m;
            continue;
        }
        /* a day of the last year told by the reference date ("ayer", "on Monday") brings the story of its
         * paragraph and the next back to the present; not "hoje" (also "nowadays": "virou hoje um terreno"), nor a
         * day pointing back to one named before ("naquele sábado"), nor a whole month */
        if (m->yearless == 0 && dated && ref != LONG_MIN && !m->date_end[0] && xr_parse_iso(m->date) != ref &&
            labs(xr_parse_iso(m->date) - ref) <= 366 && !xp_attr_get(m->rule, "prev") &&
            !xp_attr_get(m->rule, "thatday") && !xp_attr_get(m->rule, "dayonly"))
            present = para;
        if ((m->yearless == 1 || m->yearless == 5) && ref != LONG_MIN && (present < 0 || para - present > 1) &&
            S_story_year(m, story, ref, present < 0)) {
            /* the story goes on from the day it now tells: "On Aug. 3, 2001 … Then came Sept. 11 … In October …
             * When Northern Alliance forces reached Kabul on Nov. 13" is that autumn's, each day read near the one
             * told before it, not only near the last day written with its year (twenty-second session) */
            if (dated && m->role != XD_DATE_NAMED && m->start != d->dateline_at)
                story = m;
            continue;
        }
        if (m->yearless != 1 || !anchor || ref == LONG_MIN)
            continue;
        long a = xr_parse_iso(anchor->date), v = xr_parse_iso(m->date);
        /* a background date years before says nothing of the year of the news, unless the story goes on from it
         * in the next sentences, and only to a day close to it ("Between August 30 and September 12, 2019, judges
         * freed 53. A week after that wave, on September 19, …"; "since the law took effect on 30 June 2024 and
         * until 8 January" in a January 2026 article is this January) */
        int background = labs(v - a) > 366;
        if (background && m->sent > anchor->sent + 2)
            continue;
        /* a 'since' word right before the date (its role word ends within a few bytes) */
        int since = 0;
        for (size_t k = i; k-- > 0 && !since && d->ments[k].end + 12 >= m->start;)
            since = d->ments[k].kind == XP_DATEROLE && d->ments[k].role == 1 && d->ments[k].end <= m->start;
        int ay, am, ad, y, mo, dd;
        xr_civil_from_days(a, &ay, &am, &ad);
        xr_civil_from_days(v, &y, &mo, &dd);
        long best = LONG_MIN;
        for (int cy = ay - 1; cy <= ay + 1; cy++) {
            if (!xr_valid_date(cy, mo, dd))
                continue;
            long c = xr_days_from_civil(cy, mo, dd);
            if (c > ref || (since ? c > a : c < a))
                continue;
            if (best == LONG_MIN || (since ? c > best : c < best))
                best = c;
        }
        if (best == LONG_MIN || best == v || (background && labs(best - a) > 92))
            continue;
        if (m->date_end[0]) { /* a range's end moves by the same number of years */
            int by, ey, em, ed;
            xr_civil_from_days(best, &by, &em, &ed);
            xr_civil_from_days(xr_parse_iso(m->date_end), &ey, &em, &ed);
            ey += by - y;
            if (!xr_valid_date(ey, em, ed) || xr_days_from_civil(ey, em, ed) > ref)
                continue;
            xr_format_iso(xr_days_from_civil(ey, em, ed), m->date_end);
        }
        xr_format_iso(best, m->date);
    }
}

/* A day and month written without a year whose very day and month the text writes out elsewhere with its year
 * ("¿Qué ocurrió el 9 de mayo de 2023?" … "los disturbios del 9 de mayo"; "desde 7 de outubro" beside "desde 7 de
 * outubro de 2023" in an article of October 2024; "since the measure took effect on 27 March 2022" … "between 27
 * March and the end of November"): a reader takes the one day for the other, whatever year the reference date
 * alone would give. Only a day after a 'since' word or naming an event, only a written day not after the reference
 * date, and only when the text writes that day and month with one year alone (an anniversary story naming both
 * years says nothing). */
static void S_written_twins(extract_doc *d)
{
    enum { S_TWINS = 64 };
    long ref = xr_parse_iso(d->ref_date);
    int tm[S_TWINS], td[S_TWINS], ty[S_TWINS];
    size_t n = 0;
    if (ref == LONG_MIN)
        return;
    for (size_t i = 0; i < d->n_ments && n < S_TWINS; i++) {
        const xd_mention *w = &d->ments[i];
        if (w->kind != XP_DATE || !w->date[0] || w->date_end[0] || w->whole_month || w->yearless != 2 ||
            w->sent >= d->n_sents || !d->sents[w->sent].dated || !S_year_written(d, w))
            continue;
        long v = xr_parse_iso(w->date);
        if (v == LONG_MIN || v > ref)
            continue;
        int y, mo, dd;
        xr_civil_from_days(v, &y, &mo, &dd);
        size_t k = 0;
        while (k < n && !(tm[k] == mo && td[k] == dd))
            k++;
        if (k < n) {
            if (ty[k] != y)
                ty[k] = 0; /* two years for one day: no twin */
            continue;
        }
        tm[n] = mo, td[n] = dd, ty[n] = y;
        n++;
    }
    for (size_t i = 0; i < d->n_ments && n; i++) {
        xd_mention *m = &d->ments[i];
        if (m->kind != XP_DATE || !m->date[0] || m->yearless != 1 || m->whole_month)
            continue;
        /* a day that starts a span or names an event is a day of the past the text dated already; a bare day or
         * an 'until' day may be this year's return of it ("hasta el 6 de enero", four years after 6 January 2021) */
        int since = m->role == XD_DATE_NAMED;
        for (size_t k = i; k-- > 0 && !since && d->ments[k].end + 12 >= m->start;)
            since = d->ments[k].kind == XP_DATEROLE && d->ments[k].role == 1 && d->ments[k].end <= m->start;
        if (!since)
            continue;
        long v = xr_parse_iso(m->date);
        if (v == LONG_MIN)
            continue;
        int y, mo, dd;
        xr_civil_from_days(v, &y, &mo, &dd);
        for (size_t k = 0; k < n; k++)
            if (tm[k] == mo && td[k] == dd && ty[k] && ty[k] != y) {
                S_move_year(m, ty[k]);
                break;
            }
    }
}

/* Whether the word before pos lets a capitalised people noun at pos stand for the people counted ("five
 * Iranians", "those Venezuelans", "los 40 Cubanos"): a digit or a lower-case word other than a linking one, which
 * would make it the end of a name ("No to Military Trials for Civilians", "Comité de Presos"). */
static int S_counted_word(const extract_doc *d, size_t pos)
{
    static const char *const link[] = {"for", "of", "to", "and", "de", "da", "do", "das", "dos", "del", "y", "e"};
    const char *t = d->text.text;
    size_t e = pos;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t'))
        e--;
    size_t b = e;
    while (b > 0 && t[b - 1] != ' ' && t[b - 1] != '\n' && t[b - 1] != '\t')
        b--;
    if (b == e || !((t[b] >= 'a' && t[b] <= 'z') || (t[b] >= '0' && t[b] <= '9')))
        return 0;
    for (size_t i = 0; i < sizeof link / sizeof *link; i++)
        if (strlen(link[i]) == e - b && strncmp(t + b, link[i], e - b) == 0)
            return 0;
    return 1;
}

/* Drops overlapping duplicates and numbers that sit inside dates, vetoes and names. */
static void S_resolve_overlaps(extract_doc *d)
{
    for (size_t i = 0; i < d->n_ments; i++) {
        xd_mention *a = &d->ments[i];
        for (size_t j = i + 1; j < d->n_ments && d->ments[j].start < a->end; j++) {
            xd_mention *b = &d->ments[j];
            if (a->dead || b->dead || !S_overlap(a, b))
                continue;
            int a_num = a->kind == XP_NUMBER || a->kind == XP_COLLECTIVE;
            int b_num = b->kind == XP_NUMBER || b->kind == XP_COLLECTIVE;
            /* "five Iranians", "Venezuelans": a capitalised word the rules read as the people counted (a
             * demonym) is no person's name, so it never speaks */
            if (a->kind == XP_ACTOR && a->actor_kind == EXTRACT_KIND_PERSON && b->kind == XP_SUBJECT &&
                a->start == b->start && a->end == b->end && S_counted_word(d, a->start))
                a->dead = 1;
            else if (b->kind == XP_ACTOR && b->actor_kind == EXTRACT_KIND_PERSON && a->kind == XP_SUBJECT &&
                     a->start == b->start && a->end == b->end && S_counted_word(d, a->start))
                b->dead = 1;
            /* "One hundred and thirty-five men": a capitalised number word is not a person's name */
            else if (a->kind == XP_ACTOR && a->actor_kind == EXTRACT_KIND_PERSON && b_num && S_is_word_number(d, b))
                a->dead = 1;
            else if (b->kind == XP_ACTOR && b->actor_kind == EXTRACT_KIND_PERSON && a_num && S_is_word_number(d, a))
                b->dead = 1;
            /* "the head of State", "el jefe de Estado" (holds=): the capitalised word inside names an office, not
             * a person or body of its own */
            else if (S_office_over(a, b))
                b->dead = 1;
            else if (S_office_over(b, a))
                a->dead = 1;
            /* "la Asociación de Detenidos y Desaparecidos de Sednaya": an event word or people noun inside a
             * body's name names the body, it tells nothing that happened */
            else if (S_inside_body_name(d, a, b))
                b->dead = 1;
            else if (S_inside_body_name(d, b, a))
                a->dead = 1;
            /* "Nós acompanhamos", "Tenho os nomes", "Tenemos": a first-person word opening a sentence is the
             * speaker's own voice, not a capitalised name of the same extent */
            else if (S_voice_over(a, b))
                b->dead = 1;
            else if (S_voice_over(b, a))
                a->dead = 1;
            else if (S_descriptor_over(d, a, b))
                b->dead = 1;
            else if (S_descriptor_over(d, b, a))
                a->dead = 1;
            else if (a->kind == XP_ACTOR && b->kind == XP_PRONOUN)
                b->dead = 1;
            else if (b->kind == XP_ACTOR && a->kind == XP_PRONOUN)
                a->dead = 1;
            else if (a_num && (b->kind == XP_VETO || b->kind == XP_DATE || b->kind == XP_ACTOR))
                a->dead = 1;
            else if (b_num && (a->kind == XP_VETO || a->kind == XP_DATE || a->kind == XP_ACTOR))
                b->dead = 1;
            else if (a_num && b_num) {
                /* A collective ("un centenar") and a number word inside it: keep the longer. */
                if (b->end - b->start > a->end - a->start)
                    a->dead = 1;
                else
                    b->dead = 1;
            } else if (a->kind == XP_TITLE && b->kind == XP_TITLE && a->start <= b->start && b->end <= a->end) {
                b->dead = 1; /* "Prime Minister": the whole title, not the title word inside it */
            } else if (a->kind == XP_TITLE && b->kind == XP_TITLE && b->start <= a->start && a->end <= b->end) {
                a->dead = 1;
            } else if (a->kind == b->kind && S_competes(a->kind)) {
                size_t la = a->end - a->start, lb = b->end - b->start;
                if (la > lb || (la == lb && a->kind == XP_ACTOR && a->actor_kind != EXTRACT_KIND_PERSON))
                    b->dead = 1;
                else
                    a->dead = 1;
            }
        }
    }
    /* "the list it released in January", "liberó el video": a trigger rule marked mask=1 names a phrase in which an
     * event word means something else (made public); it has beaten the event word inside it above and now goes
     * too, so the count around it is told by the rest of the sentence */
    size_t o = 0;
    for (size_t i = 0; i < d->n_ments; i++)
        if (!d->ments[i].dead && !(d->ments[i].kind == XP_TRIGGER && xp_attr_get(d->ments[i].rule, "mask")))
            d->ments[o++] = d->ments[i];
    d->n_ments = o;
}

/* Records one match of rule r as a mention of sentence si. Returns 0, 1 when the match was dropped, -1 on
 * allocation failure. */
static int S_add_match(extract_doc *d, size_t *cap, const xp_rule *r, pcre2_match_data *md, const char *subj, long ref,
                       size_t si)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    size_t ms = ov[0], me = ov[1];
    xd_mention *mn = S_new_mention(d, cap);
    if (!mn)
        return -1;
    mn->kind = r->kind;
    mn->rule = r;
    mn->sent = si;
    size_t ns = ms, ne = me;
    if (r->kind == XP_NUMBER)
        S_group(r, md, "num", &ns, &ne);
    else
        S_group(r, md, "name", &ns, &ne);
    if (r->fold) {
        xn_unfold_span(&d->fold, ms, me, &mn->start, &mn->end);
        xn_unfold_span(&d->fold, ns, ne, &mn->name_s, &mn->name_e);
    } else {
        mn->start = ms, mn->end = me, mn->name_s = ns, mn->name_e = ne;
    }
    if (S_interpret(d, r, md, subj, ref, mn)) {
        d->n_ments--;
        return 1;
    }
    return 0;
}

/* The offset of the character after the one at off (PCRE2 refuses offsets inside a UTF-8 sequence). */
static size_t S_next_char(const char *s, size_t off, size_t end)
{
    off++;
    while (off < end && ((unsigned char)s[off] & 0xC0) == 0x80)
        off++;
    return off;
}

/* The longest stretch one pcre2_match call scans: PCRE2's match limit counts work per call, so a run is kept
 * short enough that only a pathological pattern/text pair can reach it. */
#define S_MAX_RUN 8192

/* The subjects are valid UTF-8 by construction (xn_normalize repairs and composes; the folded copy is made from
 * it) and every offset passed falls on a character start (S_next_char), so PCRE2 need not re-validate the rest
 * of the run on every call, which cost more than the matching itself. */
#define S_MATCH_OPTS PCRE2_NO_UTF_CHECK

/* Sentences in which a rule may hit a PCRE2 limit before it is given up for the rest of the document. */
#define S_MAX_LIMIT_HITS 20

/* Where one prefiltered rule may match, in increasing order (offsets in the subject it reads). */
typedef xf_cands S_cands;

typedef struct {
    extract_doc *d;
    const size_t *fspan;   /* each sentence's [start,end) in the subject the rule reads */
    size_t cap;
    long ref;
    unsigned *hits;        /* per rule: sentences where it hit a PCRE2 limit */
    S_cands *cands;        /* per rule, for rules with prefixes; NULL: every rule scans (--explain) */
    S_cands *req;          /* per rule and required set (rule * XF_MAX_REQUIRED + set): where its literals
                            * start; NULL: not asked for (--explain) */
    const xp_required *rq; /* the language's required sets (with req) */
    pcre2_match_context *mctx; /* the patterns' match context, copied: a lead set's windows set its offset limit */
    /* with cands: the places of the class rules of the text as written [0] and folded [1], per XF_CLASS_* (a
     * prefiltered rule's candidates are its own prefixes' places in cands and the places of its classes here) */
    xf_places places[2][3];
} S_scan;

#ifdef XP_RULE_STATS
/* A stats build (EXTRACT_RULE_STATS) times each match call and counts it on the rule being matched (S_cur, set by
 * the callers that know it): scripts/jit-rank ranks the rules for the JIT budget from that (patterns/jit.tsv). */
#include <time.h>
static __thread const xp_rule *S_cur;
#define S_STATS_RULE(r) (S_cur = (r))
static int S_match1(const pcre2_code *re, const char *subj, size_t to, size_t off, pcre2_match_data *md,
                    pcre2_match_context *mctx);
static int S_match(const pcre2_code *re, const char *subj, size_t to, size_t off, pcre2_match_data *md,
                   pcre2_match_context *mctx)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0); /* CPU time: a shared machine preempts */
    int m = S_match1(re, subj, to, off, md, mctx);
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
    if (S_cur) {
        xp_rule *w = (xp_rule *)(S_cur->twin ? S_cur->twin : S_cur);
        atomic_fetch_add(&w->st_calls, 1);
        atomic_fetch_add(&w->st_ns, (unsigned long long)((t1.tv_sec - t0.tv_sec) * 1000000000LL +
                                                         (t1.tv_nsec - t0.tv_nsec)));
    }
    return m;
}
#define S_match S_match1
#else
#define S_STATS_RULE(r) ((void)0)
#endif

static int S_match(const pcre2_code *re, const char *subj, size_t to, size_t off, pcre2_match_data *md,
                   pcre2_match_context *mctx)
{
    if (!re)
        return PCRE2_ERROR_NOMEMORY; /* the code made on demand (xp_rule_run) could not be */
    /* JIT-compiled code runs through pcre2_jit_match, which skips the checks pcre2_match repeats on every call
     * (a tenth of the time when a rule is tried at thousands of places); code the JIT could not compile says
     * so and runs in the interpreter. */
    int m = pcre2_jit_match(re, (PCRE2_SPTR)subj, to, off, S_MATCH_OPTS, md, mctx);
    if (m == PCRE2_ERROR_JIT_BADOPTION)
        m = pcre2_match(re, (PCRE2_SPTR)subj, to, off, S_MATCH_OPTS, md, mctx);
    return m;
}
#ifdef XP_RULE_STATS
#undef S_match
#endif

/* The last place in a subject that ends at to where one of the literals of each required set of rule ri
 * starts and fits (a match holds one at or after its own start): 1 with *last, or 0 when some set has none. */
static int S_req_last(const S_scan *sc, size_t ri, const xp_rule *r, size_t to, size_t *last)
{
    for (unsigned k = 0; k < sc->rq->n[ri]; k++) {
        const S_cands *o = &sc->req[ri * XF_MAX_REQUIRED + k];
        size_t min_len = sc->rq->sets[ri][k].min_len;
        if (to < min_len)
            return 0;
        /* the first occurrence that starts after to - min_len: the one before it is the last that fits */
        size_t lo = 0, hi = o->n, lim = to - min_len;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (o->v[mid] <= lim)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == 0)
            return 0;
        size_t at = o->v[lo - 1];
        if (sc->rq->sets[ri][k].behind) /* read by a lookbehind: the match may start after it, by that much */
            at += xp_rule_behind(r);
        if (at < *last)
            *last = at;
    }
    return 1;
}

/* The index of the first of the n increasing positions v at or after off. */
static size_t S_first_at(const uint32_t *v, size_t n, size_t off)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* A rule's cursors in the lists S_next_match reads, for one document (twenty-second session): where its last
 * call found the first candidate, lead literal and class place at or after its offset. A rule's calls come with
 * offsets that only grow, so each list is walked once per document rather than bisected per call. */
typedef struct {
    size_t req[XF_MAX_REQUIRED]; /* S_run_last's, per required set */
    size_t cand, lead, place[3];
} S_cursor;

/* S_first_at from *cur: galloping on from the last answer when it is still below off (a call that skips many
 * places costs the log of what it skips, one with none a comparison); bisected when off went back (a run redone
 * within a sentence). *cur is left at the answer. The same index S_first_at gives, either way. */
static size_t S_first_from(const uint32_t *v, size_t n, size_t off, size_t *cur)
{
    size_t i = *cur;
    if (i > n || (i > 0 && v[i - 1] >= off))
        return *cur = S_first_at(v, n, off);
    if (i < n && v[i] < off) {
        size_t step = 1, hi = i + 1;
        while (hi < n && v[hi] < off) {
            i = hi;
            hi += step;
            step *= 2;
        }
        if (hi > n)
            hi = n;
        /* v[i] < off; the first at or after off is in (i, hi] */
        for (size_t lo = i + 1; lo < hi;) {
            size_t mid = lo + (hi - lo) / 2;
            if (v[mid] < off)
                lo = mid + 1;
            else
                hi = mid;
        }
        i = hi;
    }
    return *cur = i;
}

/* The first match of scanned rule ri in subj[off,to) starting at or before last, scanned only in the windows
 * where its lead set o (prefilter.h: every match at s has one of its literals starting in [s - lookbehind,
 * s - min_len]) lets a match start, each with the offset limit at the window's end: the same leftmost match as
 * one scan from off, which would have tried the lookbehind at every character in between. */
static int S_lead_match(const S_scan *sc, const xp_rule *r, const xf_litset *ls, const S_cands *o,
                        pcre2_match_data *md, const char *subj, size_t to, size_t last, size_t off, S_cursor *cu)
{
    size_t behind = xp_rule_behind(r);
    const pcre2_code *code = xp_rule_scan(r);
    for (size_t k = S_first_from(o->v, o->n, off > behind ? off - behind : 0, &cu->lead); k < o->n;) {
        size_t from = o->v[k] + ls->min_len, lim = o->v[k] + behind;
        /* windows that overlap or touch are one */
        while (++k < o->n && o->v[k] + ls->min_len <= lim + 1)
            lim = o->v[k] + behind;
        if (from < off)
            from = off;
        if (lim > last)
            lim = last;
        while (from < to && ((unsigned char)subj[from] & 0xC0) == 0x80)
            from++; /* a match starts on a character */
        if (from > to || from > last)
            break;
        if (from > lim)
            continue;
        pcre2_set_offset_limit(sc->mctx, lim);
        int m = S_match(code, subj, to, from, md, sc->mctx);
        pcre2_set_offset_limit(sc->mctx, PCRE2_UNSET);
        if (m != PCRE2_ERROR_NOMATCH)
            return m;
    }
    return PCRE2_ERROR_NOMATCH;
}

/* The last place in subj[...,to) where a match of rule ri can start (one of each required set's literals must
 * fit in [start, to)): 1 with *last, or 0 when none can. It depends on to only, so a run asks once for all the
 * matches it looks for; and a rule's runs come in increasing order, so with cur (one cursor per required set,
 * zeroed when the rule starts, the number of its literals that fit before the last run's end) each list is walked
 * once per document rather than bisected per call of S_next_match (twenty-second session: on a document of
 * several MB the bisections were 5% of all the work). cur NULL: bisected (a run redone within one sentence, whose
 * end comes before the run's). The same place as S_req_last's, found either way. */
static int S_run_last(const S_scan *sc, size_t ri, const xp_rule *r, size_t to, size_t *cur, size_t *last)
{
    *last = to;
    if (!(sc->req && sc->rq->n[ri]))
        return 1;
    if (!cur)
        return S_req_last(sc, ri, r, to, last);
    for (unsigned k = 0; k < sc->rq->n[ri]; k++) {
        const S_cands *o = &sc->req[ri * XF_MAX_REQUIRED + k];
        size_t min_len = sc->rq->sets[ri][k].min_len;
        if (to < min_len)
            return 0;
        /* the number of its literals that fit: the first one past to - min_len (galloping on from the last run's) */
        size_t i = S_first_from(o->v, o->n, to - min_len + 1, &cur[k]);
        if (i == 0)
            return 0;
        size_t at = o->v[i - 1];
        if (sc->rq->sets[ri][k].behind)
            at += xp_rule_behind(r);
        if (at < *last)
            *last = at;
    }
    return 1;
}

/* The first match of rule ri in subj[*off,to) starting at or before last (S_run_last): for a prefiltered rule,
 * tried anchored at its candidate positions only (the same leftmost match a scan finds, since it cannot start
 * anywhere else); on a PCRE2 error *off is where it happened. */
static int S_next_match(const S_scan *sc, size_t ri, const xp_rule *r, pcre2_match_data *md, const char *subj,
                        size_t to, size_t last, size_t *off, S_cursor *cu)
{
    S_STATS_RULE(r);
    if (*off > last)
        return PCRE2_ERROR_NOMATCH;
    if (sc->req && !r->prefiltered)
        for (unsigned k = 0; k < sc->rq->n[ri]; k++)
            if (sc->rq->sets[ri][k].lead)
                return S_lead_match(sc, r, &sc->rq->sets[ri][k], &sc->req[ri * XF_MAX_REQUIRED + k], md, subj, to,
                                    last, *off, cu);
    /* a prefiltered rule with lead branches (xp_rule.lead) whose lead set could not be asked for is scanned */
    unsigned lead_k = r->lead.n && sc->req ? sc->rq->lead_at[ri] : 0;
    int scan_all = !sc->cands || !r->prefiltered || (r->lead.n && !lead_k);
    if (scan_all && sc->mctx && last < to) {
        /* a scan stops where no match can start any more, rather than trying every character to the end */
        pcre2_set_offset_limit(sc->mctx, last);
        int m = S_match(xp_rule_scan(r), subj, to, *off, md, sc->mctx);
        pcre2_set_offset_limit(sc->mctx, PCRE2_UNSET);
        return m;
    }
    if (scan_all)
        return S_match(xp_rule_scan(r), subj, to, *off, md, sc->d->pat->mctx);
    const S_cands *c = &sc->cands[ri];
    size_t k = S_first_from(c->v, c->n, *off, &cu->cand);
    /* a lead branch's matches start in the windows of its lead set's literals: [literal + shortest,
     * literal + lookbehind], each scanned (offset limit at its end) when it comes before the next candidate;
     * the candidates a window covers were tried by its scan */
    const S_cands *lo = lead_k ? &sc->req[ri * XF_MAX_REQUIRED + lead_k - 1] : NULL;
    size_t behind = lo ? xp_rule_behind(r) : 0, lead_min = lo ? sc->rq->sets[ri][lead_k - 1].min_len : 0;
    size_t w = lo ? S_first_from(lo->v, lo->n, *off > behind ? *off - behind : 0, &cu->lead) : 0;
    size_t done = *off; /* no match starts in [*off, done) */
    /* a rule of classes also starts at the places of its classes its guards admit (xf_trie_collect_split):
     * merged with its prefixes' places, each tried once, in increasing order as the trie would have listed
     * them for the rule alone */
    const xf_trie *t = sc->d->pat->trie[sc->d->lang][r->fold ? 1 : 0];
    const unsigned char *rc = r->prefix_classes ? xf_trie_rule_classes(t, (unsigned)ri) : NULL;
    const xf_places *pl = sc->places[r->fold ? 1 : 0];
    size_t j[3] = {0, 0, 0};
    for (unsigned cl = 1; rc && cl < 3; cl++)
        if (rc[0] & (1u << cl))
            j[cl] = S_first_from(pl[cl].v, pl[cl].n, *off, &cu->place[cl]);
    const pcre2_code *code = NULL;
    for (;;) {
        while (lo && k < c->n && c->v[k] < done)
            k++;
        size_t at = k < c->n ? c->v[k] : SIZE_MAX;
        for (unsigned cl = 1; rc && cl < 3; cl++) {
            if (!(rc[0] & (1u << cl)))
                continue;
            /* up to the end of the subject only: a text of places a rule never takes ("aAaA…") would
             * otherwise be read to its end once per run */
            while (j[cl] < pl[cl].n && pl[cl].v[j[cl]] < to &&
                   ((lo && pl[cl].v[j[cl]] < done) || !xf_place_admits(rc, cl, pl[cl].after[j[cl]])))
                j[cl]++;
            if (j[cl] < pl[cl].n && pl[cl].v[j[cl]] < at)
                at = pl[cl].v[j[cl]];
        }
        if (lo) {
            while (w < lo->n && lo->v[w] + behind < done)
                w++;
            if (w < lo->n) {
                size_t from = lo->v[w] + lead_min, lim = lo->v[w] + behind;
                /* windows that overlap or touch are one */
                size_t w2 = w + 1;
                while (w2 < lo->n && lo->v[w2] + lead_min <= lim + 1)
                    lim = lo->v[w2++] + behind;
                if (from < done)
                    from = done;
                if (from <= at) {
                    while (from < to && ((unsigned char)subj[from] & 0xC0) == 0x80)
                        from++; /* a match starts on a character */
                    if (from >= to || from > last)
                        return PCRE2_ERROR_NOMATCH;
                    if (lim > last)
                        lim = last;
                    if (from <= lim) {
                        const pcre2_code *scan = xp_rule_scan(r);
                        if (!scan)
                            return PCRE2_ERROR_NOMEMORY;
                        pcre2_set_offset_limit(sc->mctx, lim);
                        int m = S_match(scan, subj, to, from, md, sc->mctx);
                        pcre2_set_offset_limit(sc->mctx, PCRE2_UNSET);
                        if (m != PCRE2_ERROR_NOMATCH) {
                            if (m < 0)
                                *off = from;
                            return m;
                        }
                    }
                    done = lim + 1;
                    w = w2;
                    continue;
                }
            }
        }
        if (at >= to || at > last)
            return PCRE2_ERROR_NOMATCH;
        done = at + 1;
        if (k < c->n && c->v[k] == at)
            k++;
        for (unsigned cl = 1; rc && cl < 3; cl++)
            if (j[cl] < pl[cl].n && pl[cl].v[j[cl]] == at)
                j[cl]++;
        /* a rule whose regex refuses to start with a word of its start_not_in lexicons is not run where one
         * starts (twenty-sixth session: a hash look-up instead of the regex's lookaheads over the lexicons) */
        if (r->not_start && xp_start_excluded(r->not_start, subj, at, to))
            continue;
        if (!code && !(code = xp_rule_run(r)))
            return PCRE2_ERROR_NOMEMORY;
        int m = S_match(code, subj, to, at, md, sc->d->pat->mctx);
        if (m == PCRE2_ERROR_NOMATCH)
            continue;
        if (m < 0)
            *off = at;
        return m;
    }
}

/* Whether rule ri cannot match anywhere in the document: a required set of it has no literal in the subject, or
 * it is prefiltered, of no class, and has no candidate place. */
static int S_hopeless(const S_scan *sc, size_t ri, const xp_rule *r)
{
    if (sc->req)
        for (unsigned k = 0; k < sc->rq->n[ri]; k++)
            if (sc->req[ri * XF_MAX_REQUIRED + k].n == 0)
                return 1;
    if (r->lead.n && (!sc->req || !sc->rq->lead_at[ri] || sc->req[ri * XF_MAX_REQUIRED + sc->rq->lead_at[ri] - 1].n))
        return 0; /* its lead branches may match */
    return sc->cands && r->prefiltered && !r->prefix_classes && sc->cands[ri].n == 0;
}

/* Runs rule r over sentences [s0,s1) (one paragraph) with one scan, giving each match to the sentence it
 * starts in; a match that runs past its sentence's end is redone within that sentence. */
static int S_run_rule(S_scan *sc, size_t ri, const xp_rule *r, pcre2_match_data *md, size_t s0, size_t s1,
                      unsigned char *has_num, S_cursor *cu)
{
    extract_doc *d = sc->d;
    const char *subj = r->fold ? d->fold.data : d->text.text;
    const size_t *sp = r->fold ? sc->fspan : NULL;
#define S_START(i) (sp ? sp[2 * (i)] : d->sents[i].start)
#define S_END(i) (sp ? sp[2 * (i) + 1] : d->sents[i].end)
    size_t to = S_END(s1 - 1), off = S_START(s0), si = s0;
    int numeric = r->kind == XP_NUMBER || r->kind == XP_COLLECTIVE;
    size_t last;
    if (!S_run_last(sc, ri, r, to, cu->req, &last))
        return 0; /* some required set has no literal in the run: no match */
    while (off <= to) {
        int m = S_next_match(sc, ri, r, md, subj, to, last, &off, cu);
        if (m == PCRE2_ERROR_NOMATCH)
            break;
        if (m < 0) {
            if (m == PCRE2_ERROR_NOMEMORY)
                return -1;
            if (sc->hits[ri]++ == 0) {
                PCRE2_UCHAR msg[160];
                pcre2_get_error_message(m, msg, sizeof msg);
                if (xd_warn(d, d->sents[si].start, "rule %s skipped for this sentence: %s", r->id, (char *)msg) < 0)
                    return -1;
            }
            if (sc->hits[ri] == S_MAX_LIMIT_HITS) {
                /* A rule that costs its whole budget sentence after sentence would cost minutes on a big
                 * document: it is given up for the rest of this one. */
                if (xd_warn(d, d->sents[si].start, "rule %s given up for the rest of the document after %d limit hits",
                            r->id, S_MAX_LIMIT_HITS) < 0)
                    return -1;
                return 0;
            }
            /* the rule is skipped for the sentence it was in; it goes on with the next one */
            while (si + 1 < s1 && S_START(si + 1) <= off)
                si++;
            if (si + 1 >= s1)
                break;
            off = S_START(++si);
            continue;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t ms = ov[0], me = ov[1];
        while (si + 1 < s1 && S_END(si) <= ms)
            si++;
        if (ms < S_START(si)) { /* between sentences: look again from where the next one starts */
            off = S_START(si);
            continue;
        }
        if (me > S_END(si)) {
            /* crosses into the next sentence: the longest match that stays inside this one, if any */
            size_t at = ms, at_last;
            m = S_run_last(sc, ri, r, S_END(si), NULL, &at_last) ? S_next_match(sc, ri, r, md, subj, S_END(si), at_last, &at, cu)
                                                            : PCRE2_ERROR_NOMATCH;
            if (m < 0) {
                off = S_next_char(subj, ms, to);
                continue;
            }
            ms = ov[0];
            me = ov[1];
        }
        off = me > ms ? me : S_next_char(subj, me, to);
        if (me == ms)
            continue;
        int got = S_add_match(d, &sc->cap, r, md, subj, sc->ref, si);
        if (got < 0)
            return -1;
        if (got == 0 && numeric)
            has_num[si] = 1;
    }
#undef S_START
#undef S_END
    return 0;
}

/* Where the first word or two-word phrase of the lexicon question_words ("¿Cuántos", "how many") stands in the
 * folded text [fa,fb), as an offset in the text, or SIZE_MAX: a question asking for a count. */
static size_t S_ask_at(const extract_doc *d, size_t fa, size_t fb)
{
    const xp_table *tab = xp_table_get(d->pat, d->lang, "question_words");
    if (!tab)
        return SIZE_MAX;
    const char *f = d->fold.data;
    for (size_t p = fa; p < fb; p++) {
        unsigned char pc = p > fa ? (unsigned char)f[p - 1] : ' ';
        if ((pc >= 'a' && pc <= 'z') || (pc >= '0' && pc <= '9') || f[p] == ' ') /* "¿cuantos": folded letters are ASCII */
            continue;
        /* both look-ups below start at p: a byte no key starts with rules this place out (most places) */
        if (!xp_table_may_start(tab, (unsigned char)f[p]))
            continue;
        size_t e = p;
        for (int w = 0; w < 2 && e < fb; w++) {
            if (w) {
                if (f[e] != ' ')
                    break;
                while (e < fb && f[e] == ' ')
                    e++;
            }
            size_t ws = e;
            while (e < fb && ((f[e] >= 'a' && f[e] <= 'z') || (unsigned char)f[e] >= 0x80))
                e++;
            if (e > ws && xp_table_find(tab, f + p, e - p) >= 0)
                return xn_map(&d->fold, p);
        }
    }
    return SIZE_MAX;
}

/* Which pass a rule runs in. Numbers first; then the words that make a number a count (people nouns, event
 * words) and the words that frame a bare figure or point back to one (reporting verbs, references); then the
 * rest, which only refine a count (qualifiers, dates, vetoes, stance) or name who said it. */
static int S_pass(const xp_rule *r)
{
    xp_kind k = r->kind;
    if (k == XP_NUMBER || k == XP_COLLECTIVE)
        return 0;
    /* gate=1: a word of another kind that alone makes the number beside it a count ("los otros 114" after a
     * figure of the sentence: counts.c), so its sentence must be a candidate with or without --explain */
    if (k == XP_SUBJECT || k == XP_TRIGGER || k == XP_CUE || k == XP_PRONOUN || r->gate)
        return 1;
    return 2;
}

/* Kinds that run on every sentence: a later sentence may point back to a name, title or reporting verb. The
 * others only matter in a sentence that can hold a claim (dates also near one: see S_near). */
static int S_everywhere(xp_kind k)
{
    return k == XP_NUMBER || k == XP_COLLECTIVE || k == XP_ACTOR || k == XP_PRONOUN || k == XP_TITLE || k == XP_CUE ||
           k == XP_SOURCE || k == XP_AGENT;
}

/* How many sentences before or after a candidate, in its paragraph, dates are still read: a statement's day is
 * often told in a sentence with no figure of its own ("Los Mossos habían detallado el sábado su balance. Según el
 * cuerpo, 83 personas…"; "The figures were released on Tuesday by the ministry. 1,200 people…"). */
#define S_DATE_REACH 2

/* Marks near[si] for each sentence within S_DATE_REACH sentences of a candidate in the same paragraph. */
static void S_near(const extract_doc *d, const unsigned char *cand, unsigned char *near)
{
    for (size_t si = 0; si < d->n_sents; si++) {
        if (!cand[si])
            continue;
        size_t lo = si > S_DATE_REACH ? si - S_DATE_REACH : 0, hi = si + S_DATE_REACH;
        for (size_t sj = lo; sj <= hi && sj < d->n_sents; sj++)
            if (d->sents[sj].para == d->sents[si].para)
                near[sj] = 1;
    }
}

/* Twenty-third session. A chronicle told a day a paragraph opens each paragraph with its day alone ("Monday. Dr.
 * King led a column … Mr. Baker told reporters that evening that 500 … had been arrested", "Lunes 12. La Comisión
 * … aseguró…"; discourse.c, S_section_day, at most 40 bytes). The day is the paragraph's, so it is read whenever a
 * candidate stands anywhere in the paragraph, not only within S_DATE_REACH sentences of it (en/225's days sat
 * three sentences before their figures and were never read). One pass over the sentences. */
#define S_OPENING_BYTES 40
static void S_para_openings(const extract_doc *d, const unsigned char *cand, unsigned char *near)
{
    for (size_t s0 = 0; s0 < d->n_sents;) {
        size_t s1 = s0;
        int any = cand[s0];
        while (s1 + 1 < d->n_sents && d->sents[s1 + 1].para == d->sents[s0].para)
            any |= cand[++s1];
        if (any && s1 > s0 && d->sents[s0].end - d->sents[s0].start <= S_OPENING_BYTES)
            near[s0] = 1;
        s0 = s1 + 1;
    }
}

/* Whether paragraph p, whose sentences are s0..s1, reads as an interviewer's question: body text, one or two short
 * sentences, the last ending in a question mark (claims.c decides on quotations; this only widens where dates are
 * read). */
static int S_question_para(const extract_doc *d, size_t s0, size_t s1)
{
    if (s1 - s0 > 1 || d->sents[s1].section != XD_SECTION_BODY || d->sents[s1].end - d->sents[s0].start > 300)
        return 0;
    return xs_sentence_asks(d->text.text, &d->sents[s1]) != SIZE_MAX;
}

/* An interview written as questions and answers gives, in the paragraphs that introduce it, the day the interviewee
 * spoke ("spoke to us by phone on Tuesday"), with no figure near it: when the document has two question paragraphs
 * at least, the dates of the two paragraphs before the first one are read as well. */
static void S_interview_intro(const extract_doc *d, unsigned char *near)
{
    size_t first = SIZE_MAX, questions = 0;
    for (size_t s0 = 0; s0 < d->n_sents;) {
        size_t s1 = s0;
        while (s1 + 1 < d->n_sents && d->sents[s1 + 1].para == d->sents[s0].para)
            s1++;
        if (S_question_para(d, s0, s1) && questions++ == 0)
            first = s0;
        s0 = s1 + 1;
    }
    if (questions < 2 || first == SIZE_MAX)
        return;
    int p = d->sents[first].para;
    for (size_t si = first; si-- > 0 && d->sents[si].para >= p - 2;)
        near[si] = 1;
}

/* A live blog's day heading: a paragraph of one short sentence with a number ("Domingo, 26 de novembro", "Viernes,
 * 14 de abril") right above a paragraph that opens with a clock time ("21h30 — …", "20:00 - …"). Its date is read
 * (near) so the entries below it take its day rather than the page's (discourse.c, xc_entry_day), in the same way
 * with or without --explain. */
static void S_day_headings(const extract_doc *d, const unsigned char *has_num, unsigned char *near)
{
    const char *t = d->text.text;
    for (size_t si = 0; si + 1 < d->n_sents; si++) {
        const xd_sentence *s = &d->sents[si], *n = &d->sents[si + 1];
        if (!has_num[si] || n->para == s->para || (si > 0 && d->sents[si - 1].para == s->para) ||
            s->end - s->start > 60)
            continue;
        if (xr_clock_end(t, n->start, n->end))
            near[si] = 1;
    }
}

/* The candidate lists of one document (S_scan's cands, req and places), kept between documents in the patterns'
 * free slots with their capacity: allocating, growing and freeing them for each document (hundreds of lists, most
 * grown a few times) cost more than filling them, and the kernel's fresh pages besides. */
typedef struct {
    size_t n_rules; /* cands has n_rules lists, req n_rules * XF_MAX_REQUIRED */
    xf_cands *cands, *req;
    xf_places places[2][3];
} S_scratch;

/* A list that grew past this many places (a long document: an article's lists are far shorter) is freed rather
 * than kept, so one book-length document does not leave megabytes behind for the rest of a batch. */
#define S_KEEP_PLACES 4096

static void S_cands_trim(xf_cands *c, size_t n, size_t keep)
{
    for (size_t i = 0; i < n; i++) {
        if (c[i].cap > keep) {
            free(c[i].v);
            c[i].v = NULL;
            c[i].cap = 0;
        }
        c[i].n = 0;
    }
}

/* Frees rule ri's long candidate lists once the rule has run (every rule runs in one pass, and no other rule
 * reads them): on a long document they are the recognizer's largest buffers, and the passes after need room
 * for the mentions. Lists an article fills are kept for the next document, as S_scratch_put keeps them. */
static void S_release(S_scan *sc, size_t ri)
{
    if (sc->cands)
        S_cands_trim(&sc->cands[ri], 1, S_KEEP_PLACES);
    if (sc->req)
        S_cands_trim(&sc->req[ri * XF_MAX_REQUIRED], XF_MAX_REQUIRED, S_KEEP_PLACES);
}

void xr_scratch_free(void *scratch)
{
    S_scratch *s = scratch;
    if (!s)
        return;
    S_cands_trim(s->cands, s->n_rules, 0);
    S_cands_trim(s->req, s->n_rules * XF_MAX_REQUIRED, 0);
    free(s->cands);
    free(s->req);
    for (int f = 0; f < 2; f++)
        for (int c = 0; c < 3; c++) {
            free(s->places[f][c].v);
            free(s->places[f][c].after);
        }
    free(s);
}

/* A work space with empty lists for n_rules rules: one a document put back, else a new one; NULL when out of
 * memory. */
static S_scratch *S_scratch_take(const extract_patterns *p, size_t n_rules)
{
    _Atomic(void *) *slot = (_Atomic(void *) *)p->scratch;
    S_scratch *s = NULL;
    for (int k = 0; k < XP_SCRATCH_SLOTS && !s; k++)
        if (atomic_load_explicit(&slot[k], memory_order_relaxed))
            s = atomic_exchange_explicit(&slot[k], NULL, memory_order_acquire);
    if (!s && !(s = xi_calloc(1, sizeof *s)))
        return NULL;
    if (s->n_rules < n_rules || !s->cands) {
        size_t n = n_rules ? n_rules : 1;
        xf_cands *c = xi_realloc(s->cands, n * sizeof *c);
        if (c)
            s->cands = c;
        xf_cands *q = c ? xi_realloc(s->req, n * XF_MAX_REQUIRED * sizeof *q) : NULL;
        if (q)
            s->req = q;
        if (!c || !q) {
            xr_scratch_free(s);
            return NULL;
        }
        memset(c + s->n_rules, 0, (n - s->n_rules) * sizeof *c);
        memset(q + s->n_rules * XF_MAX_REQUIRED, 0, (n - s->n_rules) * XF_MAX_REQUIRED * sizeof *q);
        s->n_rules = n;
    }
    return s;
}

/* Puts a work space back, its lists emptied (and freed when a big document grew them), for the next document;
 * frees it when every slot is taken. */
static void S_scratch_put(const extract_patterns *p, S_scratch *s)
{
    S_cands_trim(s->cands, s->n_rules, S_KEEP_PLACES);
    S_cands_trim(s->req, s->n_rules * XF_MAX_REQUIRED, S_KEEP_PLACES);
    for (int f = 0; f < 2; f++)
        for (int c = 0; c < 3; c++) {
            xf_places *pl = &s->places[f][c];
            if (pl->cap > S_KEEP_PLACES) {
                free(pl->v);
                free(pl->after);
                pl->v = NULL;
                pl->after = NULL;
                pl->cap = 0;
            }
            pl->n = 0;
        }
    _Atomic(void *) *slot = (_Atomic(void *) *)p->scratch;
    for (int k = 0; k < XP_SCRATCH_SLOTS; k++) {
        void *none = NULL;
        if (atomic_compare_exchange_strong_explicit(&slot[k], &none, s, memory_order_release, memory_order_relaxed))
            return;
    }
    xr_scratch_free(s);
}

/* A run: sentences [s0,s1) of one paragraph that one pcre2 call reads (xr_recognize). */
typedef struct {
    size_t s0, s1;
} S_run;

/* The runs of the sentences gate admits (NULL: all), in order: consecutive sentences of one paragraph, at most
 * S_MAX_RUN bytes. They depend on the gate alone, so they are made once per pass and gate rather than walked
 * again, sentence by sentence, for each of the thousand rules (twenty-second session). runs holds n_sents. */
static size_t S_make_runs(const extract_doc *d, const unsigned char *gate, S_run *runs)
{
    size_t n = 0;
    for (size_t si = 0; si < d->n_sents;) {
        if (gate && !gate[si]) {
            si++;
            continue;
        }
        size_t s1 = si + 1;
        while (s1 < d->n_sents && d->sents[s1].para == d->sents[si].para && (!gate || gate[s1]) &&
               d->sents[s1].end - d->sents[si].start <= S_MAX_RUN)
            s1++;
        runs[n++] = (S_run){si, s1};
        si = s1;
    }
    return n;
}

/* The gates of one pass and their runs, made on first use (S_make_runs); at most four gates (none, asks, near,
 * cand). */
typedef struct {
    const unsigned char *gate[4];
    S_run *runs[4];
    size_t n[4];
    int used;
} S_runs_cache;

static const S_run *S_runs_of(const extract_doc *d, S_runs_cache *c, const unsigned char *gate, size_t *n)
{
    for (int i = 0; i < c->used; i++)
        if (c->gate[i] == gate) {
            *n = c->n[i];
            return c->runs[i];
        }
    if (c->used == 4)
        return NULL;
    int i = c->used;
    if (!c->runs[i] && !(c->runs[i] = xi_malloc((d->n_sents ? d->n_sents : 1) * sizeof(S_run))))
        return NULL;
    c->gate[i] = gate;
    c->n[i] = S_make_runs(d, gate, c->runs[i]);
    c->used++;
    *n = c->n[i];
    return c->runs[i];
}

int xr_recognize(extract_doc *d)
{
    const extract_patterns *p = d->pat;
    const xp_rule *rules = p->rules[d->lang];
    size_t n_rules = p->n_rules[d->lang];
    S_scan sc = {.d = d, .ref = xr_parse_iso(d->ref_date)};
    sc.hits = xi_calloc(n_rules ? n_rules : 1, sizeof *sc.hits);
    /* Sentences that can hold a claim: has_num after pass 0 (a number), cand after pass 1 (a number and a word
     * that makes it a count or frames it). Most sentences of most articles are neither, and scanning costs
     * per byte and rule, so the count-only kinds run on candidates only, and a document without any candidate
     * (no claim is possible) stops after pass 1. Under --explain every number sentence is scanned, so the
     * trace shows everything the rules see; the claims are the same either way (tests/cli.sh checks). */
    size_t n = d->n_sents ? d->n_sents : 1;
    unsigned char *has_num = xi_calloc(n, 1);
    unsigned char *asks = xi_calloc(n, 1); /* pass 1's gate: 2 a question asking for a count, else has_num */
    unsigned char *cand = xi_calloc(n, 1);
    unsigned char *near = xi_calloc(n, 1);
    /* Each sentence's span in the folded copy, looked up once rather than once per rule. */
    size_t *fspan = xi_malloc(n * 2 * sizeof(size_t));
    sc.fspan = fspan;
    if (!has_num || !asks || !cand || !near || !fspan || !sc.hits) {
        free(sc.hits);
        free(has_num);
        free(asks);
        free(cand);
        free(near);
        free(fspan);
        return -1;
    }
    for (size_t si = 0; si < d->n_sents; si++) {
        fspan[2 * si] = S_to_fold(&d->fold, d->sents[si].start);
        fspan[2 * si + 1] = S_to_fold(&d->fold, d->sents[si].end);
    }
    int rc = 0, any = 0;
    S_runs_cache rcache = {.used = 0};
    pcre2_match_data *md = pcre2_match_data_create(p->max_pairs[d->lang] ? p->max_pairs[d->lang] : 1, NULL);
    if (!md)
        rc = -1;
    /* Where the prefiltered rules may match: one walk of each subject (not under --explain, which scans every
     * rule everywhere so the trace shows all the rules see), into lists kept from the last document */
    S_scratch *ws = NULL;
    if (rc == 0 && !d->explain && !(sc.mctx = pcre2_match_context_copy(p->mctx)))
        rc = -1;
    if (rc == 0 && !d->explain && (p->trie[d->lang][0] || p->trie[d->lang][1])) {
        if (!(ws = S_scratch_take(p, n_rules)))
            rc = -1;
        else
            sc.cands = ws->cands;
        for (int f = 0; f < 2 && rc == 0; f++)
            if (p->trie[d->lang][f])
                rc = xf_trie_collect_split(p->trie[d->lang][f], f ? d->fold.data : d->text.text,
                                           f ? d->fold.len : d->text.len, sc.cands, ws->places[f]);
        if (ws)
            memcpy(sc.places, ws->places, sizeof sc.places);
        /* and where the rules' required words stand */
        if (rc == 0 && !(sc.rq = xp_required_get(p, d->lang)))
            rc = -1;
        if (rc == 0 && (sc.rq->trie[0] || sc.rq->trie[1]))
            sc.req = ws->req;
        for (int f = 0; f < 2 && rc == 0 && sc.req; f++)
            if (sc.rq->trie[f])
                rc = xf_trie_collect_all(sc.rq->trie[f], f ? d->fold.data : d->text.text,
                                         f ? d->fold.len : d->text.len, sc.req);
    }
    for (int pass = 0; pass < 3 && rc == 0; pass++) {
        /* a question that asks for a count ("How many are still held?") has no number, but its event word tells
         * what the figure answering it counts (claims.c, S_question_event): its sentence is read in pass 1 too */
        if (pass == 1)
            for (size_t si = 0; si < d->n_sents; si++) {
                d->sents[si].ask_at = S_ask_at(d, fspan[2 * si], fspan[2 * si + 1]);
                asks[si] = d->sents[si].ask_at != SIZE_MAX ? 2 : has_num[si];
            }
        if (pass == 2) {
            for (size_t k = 0; k < d->n_ments; k++) {
                const xd_mention *m = &d->ments[k];
                if (S_pass(m->rule) == 1 && has_num[m->sent])
                    cand[m->sent] = 1;
            }
            /* a figure up to three sentences after a question asking for a count (asks 2) may answer it and take
             * its event (claims.c, S_question_event): its sentence is a candidate, whatever words it has */
            for (size_t si = 0; si < d->n_sents; si++)
                for (size_t sj = si + 1; has_num[si] && !cand[si] && sj-- > 0 && sj + 3 >= si &&
                                         d->sents[sj].para + 1 >= d->sents[si].para;)
                    cand[si] = asks[sj] == 2;
            /* the sentences whose dates count, the same with or without the gates (--explain scans more) */
            S_near(d, cand, near);
            S_para_openings(d, cand, near);
            S_interview_intro(d, near);
            S_day_headings(d, has_num, near);
            for (size_t si = 0; si < d->n_sents; si++) {
                d->sents[si].dated = near[si];
                near[si] = 0;
            }
            for (size_t si = 0; si < d->n_sents; si++) {
                if (d->explain)
                    cand[si] = has_num[si];
                any |= cand[si];
            }
            if (!any)
                break;
            S_near(d, cand, near);
            S_para_openings(d, cand, near);
            S_interview_intro(d, near);
            S_day_headings(d, has_num, near);
        }
        rcache.used = 0; /* the gates are set for this pass (and stay so while its rules run) */
        for (size_t ri = 0; ri < n_rules && rc == 0; ri++) {
            const xp_rule *r = &rules[ri];
            if (S_pass(r) != pass)
                continue;
            /* the sentences a count-only kind reads: numbers in pass 1, candidates in pass 2 */
            /* a rule marked everywhere=1 reads every sentence whatever its kind: a denial that gives no figure
             * ("there are no political prisoners") answers the figure of a sentence before (claims.c) */
            const unsigned char *gate = S_everywhere(r->kind) || r->everywhere              ? NULL
                                        : pass == 1                                      ? asks
                                        : r->kind == XP_DATE || r->kind == XP_DATEROLE ? near
                                                                                         : cand;
            /* A rule one of whose required sets is nowhere in the document cannot match in it (S_next_match
             * would turn every run away); nor can a prefiltered rule of no class with no candidate place left. */
            if (S_hopeless(&sc, ri, r)) {
                S_release(&sc, ri);
                continue;
            }
            /* a prefiltered rule of no class is tried only at its candidates: a run without one is skipped (its
             * scan would find nothing, S_next_match), the next candidate found by walking on in the list */
            const S_cands *cl = sc.cands && r->prefiltered && !r->prefix_classes && !r->lead.n ? &sc.cands[ri] : NULL;
            const size_t *sp = r->fold ? fspan : NULL;
            size_t ck = 0;
            S_cursor cu = {{0}, 0, 0, {0, 0, 0}};
            /* Runs: consecutive sentences of one paragraph (only gated ones, for count-only kinds), at most
             * S_MAX_RUN bytes, each scanned with one call. */
            size_t nr = 0;
            const S_run *runs = S_runs_of(d, &rcache, gate, &nr);
            if (!runs) {
                rc = -1;
                break;
            }
            for (size_t x = 0; x < nr && rc == 0 && sc.hits[ri] < S_MAX_LIMIT_HITS;) {
                size_t si = runs[x].s0, s1 = runs[x].s1;
                if (cl) {
                    size_t from = sp ? sp[2 * si] : d->sents[si].start, to = sp ? sp[2 * (s1 - 1) + 1] : d->sents[s1 - 1].end;
                    while (ck < cl->n && cl->v[ck] < from)
                        ck++;
                    if (ck == cl->n)
                        break; /* no candidate left in the document */
                    if (cl->v[ck] >= to) {
                        /* on to the first run that ends after the next candidate: the runs before it hold none */
                        size_t lo = x + 1, hi = nr;
                        while (lo < hi) {
                            size_t mid = lo + (hi - lo) / 2, e = runs[mid].s1 - 1;
                            if ((sp ? sp[2 * e + 1] : d->sents[e].end) <= cl->v[ck])
                                lo = mid + 1;
                            else
                                hi = mid;
                        }
                        x = lo;
                        continue;
                    }
                }
                rc = S_run_rule(&sc, ri, r, md, si, s1, has_num, &cu);
                x++;
            }
            S_release(&sc, ri);
        }
    }
    for (int i = 0; i < 4; i++)
        free(rcache.runs[i]);
    pcre2_match_data_free(md);
    pcre2_match_context_free(sc.mctx);
    if (ws) {
        memcpy(ws->places, sc.places, sizeof sc.places);
        S_scratch_put(p, ws);
    }
    free(cand);
    free(near);
    free(sc.hits);
    free(has_num);
    free(asks);
    free(fspan);
    if (rc)
        return rc;
    if (d->n_ments)
        qsort(d->ments, d->n_ments, sizeof *d->ments, S_by_start);
    S_resolve_overlaps(d);
    S_anchor_years(d);
    S_small_hours_of_day(d);
    S_written_twins(d);
    return 0;
}

/* A hyphen with a letter or digit on both sides ("meio-dia", "ex-ministro", "well-known") joins a word: it is no
 * dateline's dash, which stands between spaces or right after the place / date ("MADRID, 3 may (EFE) -",
 * "BERLIN, Feb 11 -"). A byte >= 0x80 is part of a UTF-8 letter ("pré-natal"). */
static int S_word_hyphen(const char *text, size_t len, size_t i)
{
    if (i == 0 || i + 1 >= len)
        return 0;
    unsigned char a = (unsigned char)text[i - 1], b = (unsigned char)text[i + 1];
    return (isalnum(a) || a >= 0x80) && (isalnum(b) || b >= 0x80);
}

/* Whether a date at [at,end) stands where datelines do: on a short line of its own ("Caracas, 10 de febrero de
 * 2026"), or at the head of the first line before an agency or dash ("KYIV, Jan 14 (AP) —"). A date inside the
 * lead sentence ("informó el martes que … desde el 8 de enero") is not one. */
static int S_dateline_shape(const char *text, size_t len, size_t at, size_t end)
{
    size_t ls = at, le = end;
    while (ls > 0 && text[ls - 1] != '\n')
        ls--;
    while (le < len && text[le] != '\n')
        le++;
    size_t last = le;
    while (last > ls && (text[last - 1] == ' ' || text[last - 1] == '\r'))
        last--;
    if (le - ls <= 90 && last > ls && text[last - 1] != '.')
        return 1;
    if (at - ls > 40)
        return 0;
    for (size_t i = end; i < len && i < end + 25; i++)
        if (text[i] == '(' || (text[i] == '-' && !S_word_hyphen(text, len, i)) ||
            ((unsigned char)text[i] == 0xE2 && i + 2 < len &&
                                                 (unsigned char)text[i + 1] == 0x80 &&
                                                 ((unsigned char)text[i + 2] == 0x93 || (unsigned char)text[i + 2] == 0x94)))
            return 1;
    return 0;
}

/* The leftmost match of rule ri in subj[0,lim), for the few bytes of a document's head: a prefiltered rule
 * runs anchored (its JIT-compiled code) where the trie admits it, rather than in the interpreter everywhere. */
static int S_head_match(const extract_patterns *p, int lang, size_t ri, const xp_rule *r, const char *subj, size_t lim,
                        pcre2_match_data *md)
{
    S_STATS_RULE(r);
    const xf_trie *t = p->trie[lang][r->fold ? 1 : 0];
    if (!r->prefiltered || !t || r->lead.n)
        return S_match(xp_rule_scan(r), subj, lim, 0, md, p->mctx);
    for (size_t at = 0; at < lim; at = S_next_char(subj, at, lim)) {
        /* inside a word only a class (a capital, a digit) can start it: most places are out at a glance */
        unsigned char prev = at ? (unsigned char)subj[at - 1] | 0x20 : 0;
        if (!r->prefix_classes && prev >= 'a' && prev <= 'z')
            continue;
        if (!xf_trie_admits(t, subj, lim, at, (unsigned)ri))
            continue;
        int m = S_match(xp_rule_run(r), subj, lim, at, md, p->mctx);
        if (m != PCRE2_ERROR_NOMATCH)
            return m;
    }
    return PCRE2_ERROR_NOMATCH;
}

int xr_find_dateline(const extract_patterns *p, int lang, const char *text, size_t len, const xn_fold *f, long today,
                     char out[11], size_t *at_out, size_t *end_out)
{
    /* Only the head of the document: a date further down is an event's date, not the article's. */
    size_t limit = len < 400 ? len : 400;
    size_t flimit = S_to_fold(f, limit);
    const xp_rule *rules = p->rules[lang];
    long best = LONG_MIN;
    size_t best_at = SIZE_MAX, best_end = 0;
    for (size_t ri = 0; ri < p->n_rules[lang]; ri++) {
        const xp_rule *r = &rules[ri];
        if (r->kind != XP_DATE || xp_attr_get(r, "rel") || !xp_attr_get(r, "dateline"))
            continue;
        pcre2_match_data *md = pcre2_match_data_create_from_pattern(r->base, NULL);
        if (!md)
            return 0;
        const char *subj = r->fold ? f->data : text;
        size_t lim = r->fold ? flimit : limit;
        if (S_head_match(p, lang, ri, r, subj, lim, md) >= 0) {
            size_t ds = 0, de = 0, ms = 0, me = 0, ys = 0, ye = 0;
            S_group(r, md, "day", &ds, &de);
            S_group(r, md, "month", &ms, &me);
            S_group(r, md, "year", &ys, &ye);
            PCRE2_SIZE at = pcre2_get_ovector_pointer(md)[0];
            if (r->fold)
                at = xn_map(f, at);
            long v = xr_resolve_date(p, lang, today, subj + ds, de - ds, subj + ms, me - ms, subj + ys, ye - ys, NULL, 0,
                                     NULL);
            PCRE2_SIZE end = pcre2_get_ovector_pointer(md)[1];
            if (r->fold)
                end = xn_map(f, end);
            if (v != LONG_MIN && at < best_at && S_dateline_shape(text, len, at, end)) {
                best = v;
                best_at = at;
                best_end = end;
            }
        }
        pcre2_match_data_free(md);
    }
    if (best == LONG_MIN)
        return 0;
    xr_format_iso(best, out);
    *at_out = best_at;
    /* the dateline runs on to its agency and dash: "14 ene (EFE) –", "Jan 14 (Reuters) -" */
    size_t e = best_end, stop = best_end + 40 < len ? best_end + 40 : len;
    for (size_t i = best_end; i < stop; i++)
        if ((text[i] == '-' && !S_word_hyphen(text, len, i)) ||
            ((unsigned char)text[i] == 0xE2 && i + 2 < len && (unsigned char)text[i + 1] == 0x80 &&
                               ((unsigned char)text[i + 2] == 0x93 || (unsigned char)text[i + 2] == 0x94))) {
            e = i + 1;
            break;
        } else if (text[i] == '\n' || text[i] == '.') {
            break;
        }
    *end_out = e;
    return 1;
}
