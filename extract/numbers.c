/* numbers.c - number phrases to integers; proleptic Gregorian calendar arithmetic. */
#include "numbers.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Digits with separators. A separator followed by exactly three digits groups thousands in every locale we
 * serve ("1.200" es/pt, "1,200" en, "1 200" everywhere); any other separator is a decimal mark, and a
 * decimal is only a count when a multiplier follows ("1,2 mil"). Returns the value times 1000 (milli-units). */
static int64_t S_digits_milli(const char *s, size_t len)
{
    int64_t whole = 0, frac = 0, frac_scale = 1000;
    int in_frac = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            if (in_frac) {
                if (frac_scale == 1)
                    return -1; /* "1,0005": a measurement, not thousands of people */
                frac_scale /= 10;
                frac += (c - '0') * frac_scale;
            } else {
                if (whole > (INT64_MAX / 1000 - 9) / 10)
                    return -1;
                whole = whole * 10 + (c - '0');
            }
            continue;
        }
        if (c == '.' || c == ',' || c == ' ') {
            size_t j = i + 1, k = 0;
            while (j < len && s[j] >= '0' && s[j] <= '9')
                j++, k++;
            if (k == 3 && !in_frac)
                continue; /* grouping */
            if (in_frac || c == ' ')
                return -1;
            in_frac = 1;
            continue;
        }
        return -1;
    }
    return whole * 1000 + frac;
}

/* The next word of a number phrase at or after *i: its start, with *i moved to its end (== the start at the
 * phrase's end). Words are parted by spaces, hyphens ("twenty-eight") and line breaks, and by commas when comma is
 * set. */
static size_t S_next_word(const char *s, size_t len, size_t *i, int comma)
{
#define S_SEP(ch) ((ch) == ' ' || (ch) == '-' || (ch) == '\n' || (ch) == '\t' || (comma && (ch) == ','))
    while (*i < len && S_SEP(s[*i]))
        (*i)++;
    size_t st = *i;
    while (*i < len && !S_SEP(s[*i]))
        (*i)++;
#undef S_SEP
    return st;
}

/* Classes in the numbers table (third column): "add" words add their value ("veinte", "doscientos",
 * "seventeen"), "hundred" multiplies what precedes by 100 ("two hundred"), "scale" closes a group
 * ("mil", "thousand", "million"). Connectors ("y", "e", "and") are in the table with class "and". */
static int64_t S_words_value(const xp_table *t, const char *s, size_t len, int *ok)
{
    int64_t total = 0, cur = 0;
    int any = 0, only_one = 1;
    *ok = 0;
    size_t i = 0;
    while (i < len) {
        /* A comma separates groups the way a space does: the number rules let one through only after a scale
         * word and before a hundreds group ("eight thousand, nine hundred and fifty-one", "oito mil,
         * novecentos e cinquenta e um"), so the phrase is one number. */
        size_t st = S_next_word(s, len, &i, 1);
        if (i == st)
            break;
        long k = xp_table_find(t, s + st, i - st);
        if (k < 0)
            return -1;
        const char *cls = t->extra[k] ? t->extra[k] : "add";
        int64_t v = strtoll(t->values[k], NULL, 10);
        if (strcmp(cls, "and") == 0)
            continue;
        any = 1;
        /* "un", "one" alone are articles far more often than counts; inside "ciento un" they count. */
        if (strcmp(cls, "one") != 0)
            only_one = 0;
        if (strcmp(cls, "hundred") == 0)
            cur = (cur ? cur : 1) * v;
        else if (strcmp(cls, "scale") == 0) {
            if (v <= 0 || (cur ? cur : 1) > INT64_MAX / v)
                return -1;
            total += (cur ? cur : 1) * v;
            cur = 0;
        } else
            cur += v;
        if (total > INT64_MAX / 4 || cur > INT64_MAX / 4)
            return -1;
    }
    *ok = any && !only_one;
    return total + cur;
}

int64_t xr_number_value(const extract_patterns *p, int lang, const char *num, size_t len, const char *mult,
                        size_t mult_len)
{
    const xp_table *t = xp_table_get(p, lang, "numbers");
    int64_t m = 1;
    if (mult && mult_len) {
        int ok;
        m = t ? S_words_value(t, mult, mult_len, &ok) : -1;
        if (m <= 0 || !ok)
            return -1;
    }
    if (len && num[0] >= '0' && num[0] <= '9') {
        int64_t milli = S_digits_milli(num, len);
        if (milli < 0 || (m > 1 && milli > INT64_MAX / m))
            return -1;
        int64_t v = milli * m;
        if (v % 1000)
            return -1; /* a decimal count of people ("2,5") is a measurement, not a count */
        return v / 1000;
    }
    if (!t)
        return -1;
    int ok;
    int64_t v = S_words_value(t, num, len, &ok);
    if (v <= 0 || !ok || (m > 1 && v > INT64_MAX / m))
        return -1;
    return v * m;
}

/* Radio scripts and some style guides write days in words ("the twenty-eighth of October", "el día tres", "a vinte e
 * oito de outubro"). Each word is a cardinal of the counts' table (hundreds and scales are no part of a day) or,
 * last, an ordinal of day_words ("first", "primero", "primeiro"); the sum must be a day of a month. */
int xr_day_value(const extract_patterns *p, int lang, const char *s, size_t len)
{
    if (len && s[0] >= '0' && s[0] <= '9') {
        /* digits as they were always read: the calendar checks the range ("31 de febrero" is no date) */
        int v = 0;
        for (size_t i = 0; i < len; i++) {
            if (s[i] < '0' || s[i] > '9' || v > 100000)
                return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    }
    const xp_table *nums = xp_table_get(p, lang, "numbers"), *ords = xp_table_get(p, lang, "day_words");
    int total = 0, words = 0, ended = 0, connector = 0;
    size_t i = 0;
    while (i < len) {
        size_t st = S_next_word(s, len, &i, 0);
        if (i == st)
            break;
        if (ended || ++words > 4)
            return -1; /* an ordinal closes the phrase: "twenty-first" */
        long k = ords ? xp_table_find(ords, s + st, i - st) : -1;
        if (k >= 0) {
            total += (int)strtol(ords->values[k], NULL, 10);
            ended = 1;
            connector = 0;
            continue;
        }
        k = nums ? xp_table_find(nums, s + st, i - st) : -1;
        if (k < 0)
            return -1;
        const char *cls = nums->extra[k] ? nums->extra[k] : "add";
        if (strcmp(cls, "and") == 0) {
            if (!total || connector)
                return -1;
            connector = 1;
            continue;
        }
        if (strcmp(cls, "add") != 0 && strcmp(cls, "one") != 0)
            return -1;
        total += (int)strtol(nums->values[k], NULL, 10);
        connector = 0;
        if (total > 31)
            return -1;
    }
    return !connector && total >= 1 && total <= 31 ? total : -1;
}

size_t xr_clock_end(const char *t, size_t p, size_t end)
{
    size_t q = p;
    while (q < end && q - p < 2 && t[q] >= '0' && t[q] <= '9')
        q++;
    if (q == p || q + 2 >= end || (t[q] != ':' && t[q] != '.' && t[q] != 'h') || t[q + 1] < '0' || t[q + 1] > '9' ||
        t[q + 2] < '0' || t[q + 2] > '9')
        return 0;
    q += 3;
    return q == end || !((t[q] >= '0' && t[q] <= '9') || t[q] == ':' || t[q] == '.') ? q : 0;
}

long xr_days_from_civil(int y, int m, int d)
{
    /* Howard Hinnant's days_from_civil. */
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long)doe - 719468;
}

void xr_civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = (long)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

int xr_valid_date(int y, int m, int d)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1)
        return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= mdays[m - 1] + (m == 2 && leap);
}

int xr_weekday(long days)
{
    /* 1970-01-01 was a Thursday (4). */
    long w = (days + 3) % 7;
    if (w < 0)
        w += 7;
    return (int)w + 1;
}

long xr_parse_iso(const char *s)
{
    int y, m, d;
    char tail;
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return LONG_MIN;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return LONG_MIN;
    if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || !xr_valid_date(y, m, d))
        return LONG_MIN;
    return xr_days_from_civil(y, m, d);
}

void xr_format_iso(long days, char out[11])
{
    int y, m, d;
    xr_civil_from_days(days, &y, &m, &d);
    char buf[40];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    memcpy(out, buf, 10);
    out[10] = '\0';
}
