/* normalize.h - the normalize stage: any bytes -> valid NFC UTF-8 text, plus a case- and accent-folded copy
 * for matching with a map from folded offsets back to text offsets. All memory comes from the caller's arena. */
#ifndef EXTRACT_NORMALIZE_H
#define EXTRACT_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"

typedef struct {
    char *text;       /* valid UTF-8, NFC, line ends as "\n", no NUL bytes; NUL-terminated */
    size_t len;
    size_t n_bad;     /* invalid sequences replaced by U+FFFD */
    size_t first_bad; /* input byte offset of the first one */
} xn_text;

typedef struct {
    char *data;      /* lower-cased, accents stripped, typographic quotes/dashes/spaces made ASCII */
    size_t len;
    uint32_t *map;   /* map[i] = offset in the source text of the character folded byte i came from; map[len] = source length */
} xn_fold;

/* Returns 0, or -1 when out of memory. */
int xn_normalize(const char *bytes, size_t len, xi_arena *a, xn_text *out);
int xn_fold_text(const char *text, size_t len, xi_arena *a, xn_fold *out);

/* Folds a short string (a lexicon entry, an example) into a NUL-terminated arena copy; NULL on failure. */
char *xn_fold_str(const char *s, size_t len, xi_arena *a);

/* Maps a folded span back to the source text. */
static inline void xn_unfold_span(const xn_fold *f, size_t fs, size_t fe, size_t *ts, size_t *te)
{
    *ts = f->map[fs];
    *te = f->map[fe];
    /* an end inside one character's expansion ("stras" of "straße" → "strass…") keeps that character */
    if (fe > fs && fe < f->len && f->map[fe] == f->map[fe - 1]) {
        size_t k = fe;
        while (k < f->len && f->map[k] == f->map[fe - 1])
            k++;
        *te = f->map[k];
    }
}

/* Decodes one UTF-8 character of valid text at s (len > 0); returns its length and stores the code point. */
int xn_decode(const char *s, size_t len, int32_t *cp);

#endif
