/* numbers.h - numbers as written (digits with any locale's grouping, number words) and calendar dates. */
#ifndef EXTRACT_NUMBERS_H
#define EXTRACT_NUMBERS_H

#include <stddef.h>
#include <stdint.h>
#include "patterns.h"

/* Value of a number phrase: digits ("1.200", "1,200", "1 200", "1,2" with a multiplier) or number words
 * looked up in the language's "numbers" table, times the optional multiplier phrase ("mil", "million").
 * Both strings are folded text. Returns -1 when the phrase is not a whole number of people (a decimal with no
 * multiplier, an unknown word, an overflow). */
int64_t xr_number_value(const extract_patterns *p, int lang, const char *num, size_t len, const char *mult,
                        size_t mult_len);

/* Value of a day of the month as written: digits ("28") or words ("twenty-eighth", "veintiocho", "vinte e oito",
 * "primero"): cardinal words from the "numbers" table (classes add, one, and) and an ordinal from the "day_words"
 * table, which may only end the phrase. Folded text. Returns 1-31 for words, digits' value as written (the
 * calendar checks it), or -1. */
int xr_day_value(const extract_patterns *p, int lang, const char *s, size_t len);

/* Where a clock time opening text[p,end) ends ("15:20", "9.05", "22h10"), or 0 when none opens it: a live blog's
 * entry times and the day headings above them. */
size_t xr_clock_end(const char *t, size_t p, size_t end);

/* Days since 1970-01-01 of a proleptic Gregorian date, and back. */
long xr_days_from_civil(int y, int m, int d);
void xr_civil_from_days(long z, int *y, int *m, int *d);
int xr_valid_date(int y, int m, int d);
/* ISO weekday (1 = Monday .. 7 = Sunday) of a day number. */
int xr_weekday(long days);
/* Parses "YYYY-MM-DD" (strictly); returns the day number or LONG_MIN. */
long xr_parse_iso(const char *s);
void xr_format_iso(long days, char out[11]);

#endif
