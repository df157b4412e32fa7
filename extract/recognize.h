/* recognize.h - the recognize stage: runs every rule of the document's language over each sentence and turns
 * the matches into typed mentions (d->ments, sorted by position), resolving numbers and dates. */
#ifndef EXTRACT_RECOGNIZE_H
#define EXTRACT_RECOGNIZE_H

#include "document.h"

/* Returns 0, or -1 when out of memory. Rules that hit a PCRE2 limit are skipped for that sentence with a warning. */
int xr_recognize(extract_doc *d);

/* Resolves the date mentioned by one match of a date rule against ref (a day number); LONG_MIN when it cannot. */
long xr_resolve_date(const extract_patterns *p, int lang, long ref, const char *day, size_t day_len, const char *month,
                     size_t month_len, const char *year, size_t year_len, const char *wday, size_t wday_len,
                     const char *rel);

/* Finds the first date in the first lines of a document (a dateline); writes ISO to out and the text offset
 * where it starts to *at, and returns 1 when found. */
int xr_find_dateline(const extract_patterns *p, int lang, const char *text, size_t len, const xn_fold *f, long today,
                     char out[11], size_t *at, size_t *end);

#endif
