/* test_numbers.c - number phrases to values (digits in every locale's grouping, number words from the real
 * pattern tables), calendar arithmetic, and the resolution of written dates against a reference date. */
#include <criterion/criterion.h>

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "normalize.h"
#include "numbers.h"
#include "recognize.h"

static extract_patterns *P;
static xi_arena A;

static void setup(void)
{
    extract_error err;
    xi_arena_init(&A);
    if (extract_patterns_load(EXTRACT_TEST_PATTERNS, &P, &err) != EXTRACT_OK) {
        char msg[1200];
        extract_error_format(&err, msg, sizeof msg);
        cr_assert_fail("cannot load the patterns: %s", msg);
    }
}

static void teardown(void)
{
    extract_patterns_free(P);
    xi_arena_free(&A);
}

TestSuite(number_value, .init = setup, .fini = teardown);
TestSuite(resolve_date, .init = setup, .fini = teardown);

/* xr_number_value reads folded text, as the matcher hands it over: fold first, like recognize.c does. */
static int64_t value(int lang, const char *num, const char *mult)
{
    char *fn = xn_fold_str(num, strlen(num), &A);
    char *fm = mult ? xn_fold_str(mult, strlen(mult), &A) : NULL;
    cr_assert_not_null(fn);
    return xr_number_value(P, lang, fn, strlen(fn), fm, fm ? strlen(fm) : 0);
}

#define EXPECT_VALUE(lang, num, mult, want)                                                                     \
    do {                                                                                                        \
        int64_t got_ = value(lang, num, mult);                                                                  \
        cr_expect_eq(got_, (int64_t)(want), "[%s] \"%s\"%s%s: got %lld, expected %lld", xp_lang_names[lang], num, \
                     mult ? " + " : "", mult ? (const char *)mult : "", (long long)got_, (long long)(want));       \
    } while (0)

/* ---- digits ---- */

Test(number_value, plain_digits)
{
    EXPECT_VALUE(XP_LANG_ES, "80", NULL, 80);
    EXPECT_VALUE(XP_LANG_EN, "7", NULL, 7);
    EXPECT_VALUE(XP_LANG_PT, "553", NULL, 553);
}

Test(number_value, thousands_grouping_in_every_locale)
{
    EXPECT_VALUE(XP_LANG_ES, "1.200", NULL, 1200);
    EXPECT_VALUE(XP_LANG_PT, "1.200", NULL, 1200);
    EXPECT_VALUE(XP_LANG_EN, "1,200", NULL, 1200);
    EXPECT_VALUE(XP_LANG_ES, "1 200", NULL, 1200);
    EXPECT_VALUE(XP_LANG_EN, "1 200", NULL, 1200);
    EXPECT_VALUE(XP_LANG_ES, "1.200.000", NULL, 1200000);
    EXPECT_VALUE(XP_LANG_EN, "1,200,000", NULL, 1200000);
    EXPECT_VALUE(XP_LANG_ES, "22.000", NULL, 22000);
}

/* A decimal is a measurement, not a count of people, unless a multiplier makes it whole. */
Test(number_value, decimals_without_multiplier_are_refused)
{
    EXPECT_VALUE(XP_LANG_ES, "2,5", NULL, -1);
    EXPECT_VALUE(XP_LANG_EN, "2.5", NULL, -1);
    EXPECT_VALUE(XP_LANG_ES, "12,34", NULL, -1);
    EXPECT_VALUE(XP_LANG_EN, "1.2345", NULL, -1);
}

Test(number_value, decimals_and_digits_with_a_multiplier)
{
    EXPECT_VALUE(XP_LANG_ES, "1,2", "mil", 1200);
    EXPECT_VALUE(XP_LANG_ES, "2", "mil", 2000);
    EXPECT_VALUE(XP_LANG_ES, "1,5", "millones", 1500000);
    EXPECT_VALUE(XP_LANG_PT, "2", "mil", 2000);
    EXPECT_VALUE(XP_LANG_PT, "1,5", "milhão", 1500000);
    EXPECT_VALUE(XP_LANG_EN, "1.5", "million", 1500000);
    EXPECT_VALUE(XP_LANG_EN, "3", "thousand", 3000);
}

Test(number_value, malformed_digits_are_refused)
{
    EXPECT_VALUE(XP_LANG_ES, "1.2.3", NULL, -1);
    EXPECT_VALUE(XP_LANG_EN, "12a", NULL, -1);
    EXPECT_VALUE(XP_LANG_EN, "99999999999999999999", NULL, -1); /* overflow */
    EXPECT_VALUE(XP_LANG_ES, "5", "semanas", -1);               /* not a multiplier word */
}

/* ---- words ---- */

Test(number_value, spanish_words)
{
    EXPECT_VALUE(XP_LANG_ES, "cuatrocientas", NULL, 400);
    EXPECT_VALUE(XP_LANG_ES, "veintiún", NULL, 21);
    EXPECT_VALUE(XP_LANG_ES, "dieciséis", NULL, 16);
    EXPECT_VALUE(XP_LANG_ES, "ciento sesenta y dos", NULL, 162);
    EXPECT_VALUE(XP_LANG_ES, "dos mil trescientos", NULL, 2300);
    EXPECT_VALUE(XP_LANG_ES, "ciento un", NULL, 101);
    EXPECT_VALUE(XP_LANG_ES, "mil", NULL, 1000);
    EXPECT_VALUE(XP_LANG_ES, "dos", "mil", 2000);
    EXPECT_VALUE(XP_LANG_ES, "veintidós", "mil", 22000);
}

Test(number_value, portuguese_words)
{
    EXPECT_VALUE(XP_LANG_PT, "quatrocentos e vinte", NULL, 420);
    EXPECT_VALUE(XP_LANG_PT, "dezessete", NULL, 17);
    EXPECT_VALUE(XP_LANG_PT, "dezassete", NULL, 17);
    EXPECT_VALUE(XP_LANG_PT, "três", NULL, 3);
    EXPECT_VALUE(XP_LANG_PT, "duzentos e vinte e dois", NULL, 222);
    EXPECT_VALUE(XP_LANG_PT, "dois mil", NULL, 2000);
}

Test(number_value, english_words)
{
    EXPECT_VALUE(XP_LANG_EN, "two hundred and twelve", NULL, 212);
    EXPECT_VALUE(XP_LANG_EN, "one hundred and thirty-five", NULL, 135);
    EXPECT_VALUE(XP_LANG_EN, "seventeen", NULL, 17);
    EXPECT_VALUE(XP_LANG_EN, "two thousand five hundred", NULL, 2500);
    EXPECT_VALUE(XP_LANG_EN, "Twenty-Two", NULL, 22);
}

/* "un", "um", "one" alone are articles far more often than counts. */
Test(number_value, one_alone_is_not_a_count)
{
    EXPECT_VALUE(XP_LANG_EN, "one", NULL, -1);
    EXPECT_VALUE(XP_LANG_ES, "un", NULL, -1);
    EXPECT_VALUE(XP_LANG_ES, "una", NULL, -1);
    EXPECT_VALUE(XP_LANG_PT, "um", NULL, -1);
}

Test(number_value, unknown_words_are_refused)
{
    EXPECT_VALUE(XP_LANG_ES, "muchos", NULL, -1);
    EXPECT_VALUE(XP_LANG_EN, "two dozens", NULL, -1);
    /* "dozen", "centenas", "centenares" multiply the number word before them */
    EXPECT_VALUE(XP_LANG_EN, "two dozen", NULL, 24);
    EXPECT_VALUE(XP_LANG_PT, "duas centenas", NULL, 200);
    EXPECT_VALUE(XP_LANG_ES, "tres centenares", NULL, 300);
    EXPECT_VALUE(XP_LANG_EN, "and", NULL, -1);
    /* each language reads only its own words */
    EXPECT_VALUE(XP_LANG_EN, "doscientos", NULL, -1);
    EXPECT_VALUE(XP_LANG_ES, "two", NULL, -1);
}

/* ---- calendar ---- */

Test(calendar, epoch)
{
    cr_assert_eq(xr_days_from_civil(1970, 1, 1), 0);
    cr_assert_eq(xr_days_from_civil(1969, 12, 31), -1);
    cr_assert_eq(xr_days_from_civil(2000, 3, 1), 11017);
}

/* Consecutive calendar days are consecutive day numbers and convert back, over two centuries. */
Test(calendar, round_trip_1900_to_2100)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    long prev = xr_days_from_civil(1899, 12, 31);
    for (int y = 1900; y <= 2100; y++)
        for (int m = 1; m <= 12; m++) {
            int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            int n = mdays[m - 1] + (m == 2 && leap);
            for (int d = 1; d <= n; d++) {
                long z = xr_days_from_civil(y, m, d);
                cr_assert_eq(z, prev + 1, "%04d-%02d-%02d is day %ld, previous was %ld", y, m, d, z, prev);
                int yy, mm, dd;
                xr_civil_from_days(z, &yy, &mm, &dd);
                cr_assert(yy == y && mm == m && dd == d, "day %ld came back as %04d-%02d-%02d, not %04d-%02d-%02d", z,
                          yy, mm, dd, y, m, d);
                cr_assert(xr_valid_date(y, m, d));
                char iso[11], want[48];
                xr_format_iso(z, iso);
                snprintf(want, sizeof want, "%04d-%02d-%02d", y, m, d);
                cr_assert_str_eq(iso, want);
                cr_assert_eq(xr_parse_iso(iso), z);
                prev = z;
            }
        }
}

Test(calendar, weekday)
{
    cr_assert_eq(xr_weekday(xr_days_from_civil(2026, 1, 14)), 3, "2026-01-14 is a Wednesday");
    cr_assert_eq(xr_weekday(xr_days_from_civil(1970, 1, 1)), 4, "1970-01-01 is a Thursday");
    cr_assert_eq(xr_weekday(xr_days_from_civil(1969, 12, 28)), 7, "1969-12-28 is a Sunday");
    cr_assert_eq(xr_weekday(xr_days_from_civil(1900, 1, 1)), 1, "1900-01-01 is a Monday");
    cr_assert_eq(xr_weekday(xr_days_from_civil(2024, 2, 29)), 4, "2024-02-29 is a Thursday");
    /* seven days apart is the same weekday, also across the epoch */
    for (long z = -400; z < 400; z++)
        cr_assert_eq(xr_weekday(z), xr_weekday(z + 7));
}

Test(calendar, leap_years)
{
    cr_assert(xr_valid_date(2024, 2, 29));
    cr_assert(xr_valid_date(2000, 2, 29));
    cr_assert_not(xr_valid_date(2026, 2, 29));
    cr_assert_not(xr_valid_date(1900, 2, 29));
    cr_assert_not(xr_valid_date(2100, 2, 29));
    cr_assert_eq(xr_days_from_civil(2024, 3, 1) - xr_days_from_civil(2024, 2, 28), 2);
    cr_assert_eq(xr_days_from_civil(2026, 3, 1) - xr_days_from_civil(2026, 2, 28), 1);
    cr_assert_eq(xr_days_from_civil(2025, 1, 1) - xr_days_from_civil(2024, 1, 1), 366);
    cr_assert_eq(xr_days_from_civil(2101, 1, 1) - xr_days_from_civil(2100, 1, 1), 365);
}

Test(calendar, invalid_dates)
{
    cr_assert_not(xr_valid_date(2026, 4, 31));
    cr_assert_not(xr_valid_date(2026, 13, 1));
    cr_assert_not(xr_valid_date(2026, 0, 10));
    cr_assert_not(xr_valid_date(2026, 1, 0));
    cr_assert_not(xr_valid_date(2026, 1, 32));
}

Test(calendar, parse_iso_is_strict)
{
    cr_assert_eq(xr_parse_iso("2026-01-14"), xr_days_from_civil(2026, 1, 14));
    static const char *const bad[] = {"2026-02-30", "2026-1-1", "abcd", "2026-13-01", "2026-00-10", "2026-01-00",
                                      "2026-01-14x", "2026-01-1x", " 2026-01-14", "2026/01/14", "", "+026-01-14",
                                      "2026-01--1"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_assert_eq(xr_parse_iso(bad[i]), LONG_MIN, "\"%s\" was accepted", bad[i]);
    cr_assert_eq(xr_parse_iso(NULL), LONG_MIN);
}

/* ---- xr_resolve_date ---- */

static const char *iso_of(long z, char buf[11])
{
    if (z == LONG_MIN)
        return "(unresolved)";
    xr_format_iso(z, buf);
    return buf;
}

/* Resolves folded day/month/year/weekday strings (NULL = absent) against ref; returns ISO or "(unresolved)". */
static const char *resolve(int lang, const char *ref, const char *day, const char *month, const char *year,
                           const char *wday, const char *rel, char buf[11])
{
    char *fm = month ? xn_fold_str(month, strlen(month), &A) : NULL;
    char *fw = wday ? xn_fold_str(wday, strlen(wday), &A) : NULL;
    long z = xr_resolve_date(P, lang, xr_parse_iso(ref), day ? day : "", day ? strlen(day) : 0, fm ? fm : "",
                             fm ? strlen(fm) : 0, year ? year : "", year ? strlen(year) : 0, fw ? fw : "",
                             fw ? strlen(fw) : 0, rel);
    return iso_of(z, buf);
}

#define EXPECT_DATE(want, ...)                                                                     \
    do {                                                                                           \
        char b_[11];                                                                               \
        const char *got_ = resolve(__VA_ARGS__, b_);                                               \
        cr_expect_str_eq(got_, want, "resolve(%s): got %s, expected %s", #__VA_ARGS__, got_, want); \
    } while (0)

/* ref 2026-01-14 is a Wednesday. */
Test(resolve_date, weekday_is_the_latest_on_or_before_ref)
{
    EXPECT_DATE("2026-01-13", XP_LANG_ES, "2026-01-14", NULL, NULL, NULL, "martes", NULL);
    EXPECT_DATE("2026-01-14", XP_LANG_ES, "2026-01-14", NULL, NULL, NULL, "miércoles", NULL);
    EXPECT_DATE("2026-01-08", XP_LANG_ES, "2026-01-14", NULL, NULL, NULL, "jueves", NULL);
    EXPECT_DATE("2026-01-11", XP_LANG_ES, "2026-01-14", NULL, NULL, NULL, "domingo", NULL);
    EXPECT_DATE("2026-01-12", XP_LANG_EN, "2026-01-14", NULL, NULL, NULL, "Monday", NULL);
    EXPECT_DATE("2026-01-09", XP_LANG_EN, "2026-01-14", NULL, NULL, NULL, "friday", NULL);
    EXPECT_DATE("2026-01-12", XP_LANG_PT, "2026-01-14", NULL, NULL, NULL, "segunda-feira", NULL);
    EXPECT_DATE("2026-01-13", XP_LANG_PT, "2026-01-14", NULL, NULL, NULL, "terça", NULL);
    EXPECT_DATE("2026-01-10", XP_LANG_PT, "2026-01-14", NULL, NULL, NULL, "sábado", NULL);
}

Test(resolve_date, unknown_weekday_is_unresolved)
{
    EXPECT_DATE("(unresolved)", XP_LANG_ES, "2026-01-14", NULL, NULL, NULL, "tuesday", NULL);
    EXPECT_DATE("(unresolved)", XP_LANG_EN, "2026-01-14", NULL, NULL, NULL, NULL, NULL);
}

/* "el martes (13)": the day of the month is more precise than the weekday, and wins even when they disagree. */
Test(resolve_date, day_of_month_wins_over_weekday)
{
    EXPECT_DATE("2026-01-13", XP_LANG_ES, "2026-01-14", "13", NULL, NULL, "martes", NULL);
    EXPECT_DATE("2026-01-12", XP_LANG_ES, "2026-01-14", "12", NULL, NULL, "martes", NULL);
    /* a day after ref's day is last month's */
    EXPECT_DATE("2025-12-19", XP_LANG_ES, "2026-01-14", "19", NULL, NULL, "viernes", NULL);
    EXPECT_DATE("2025-12-31", XP_LANG_EN, "2026-01-14", "31", NULL, NULL, "wednesday", NULL);
    /* 31 does not exist in February: the latest month that has it */
    EXPECT_DATE("2026-01-31", XP_LANG_ES, "2026-03-02", "31", NULL, NULL, "sábado", NULL);
}

Test(resolve_date, day_and_month_take_the_nearest_past)
{
    EXPECT_DATE("2025-12-23", XP_LANG_ES, "2026-01-14", "23", "diciembre", NULL, NULL, NULL);
    EXPECT_DATE("2026-01-08", XP_LANG_ES, "2026-01-14", "8", "enero", NULL, NULL, NULL);
    EXPECT_DATE("2026-01-14", XP_LANG_ES, "2026-01-14", "14", "ene", NULL, NULL, NULL);
    EXPECT_DATE("2025-01-15", XP_LANG_ES, "2026-01-14", "15", "enero", NULL, NULL, NULL);
    EXPECT_DATE("2025-12-23", XP_LANG_EN, "2026-01-14", "23", "December", NULL, NULL, NULL);
    EXPECT_DATE("2025-12-23", XP_LANG_PT, "2026-01-14", "23", "dezembro", NULL, NULL, NULL);
    EXPECT_DATE("2026-01-14", XP_LANG_EN, "2026-01-14", "14", "Jan.", NULL, NULL, NULL);
    /* a numeric month */
    EXPECT_DATE("2025-12-23", XP_LANG_ES, "2026-01-14", "23", "12", NULL, NULL, NULL);
}

Test(resolve_date, explicit_year_is_kept)
{
    EXPECT_DATE("2024-12-23", XP_LANG_ES, "2026-01-14", "23", "diciembre", "2024", NULL, NULL);
    EXPECT_DATE("2024-12-23", XP_LANG_ES, "2026-01-14", "23", "12", "24", NULL, NULL);
    /* a future date stays in the future when the year says so */
    EXPECT_DATE("2026-03-01", XP_LANG_EN, "2026-01-14", "1", "March", "2026", NULL, NULL);
    EXPECT_DATE("(unresolved)", XP_LANG_ES, "2026-01-14", "30", "febrero", "2026", NULL, NULL);
}

Test(resolve_date, relative_days)
{
    EXPECT_DATE("2026-01-13", XP_LANG_ES, "2026-01-14", NULL, NULL, NULL, NULL, "-1");
    EXPECT_DATE("2026-01-14", XP_LANG_ES, "2026-01-14", NULL, NULL, NULL, NULL, "0");
    EXPECT_DATE("2026-01-12", XP_LANG_ES, "2026-01-14", NULL, NULL, NULL, NULL, "-2");
    EXPECT_DATE("2025-12-31", XP_LANG_EN, "2026-01-01", NULL, NULL, NULL, NULL, "-1");
    EXPECT_DATE("2024-02-29", XP_LANG_PT, "2024-03-01", NULL, NULL, NULL, NULL, "-1");
}
