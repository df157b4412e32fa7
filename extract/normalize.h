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
    /* Where folded byte i came from (xn_map): the offset of its character in the source text; xn_map(len) is the
     * source length. Kept as a 32-bit base per block of 64 folded bytes and one byte of distance from it per
     * folded byte (a quarter of a 32-bit map: it is held for the whole document, and on a long one it was the
     * largest buffer); a text where 64 folded bytes span more than 255 source bytes (runs of stripped marks)
     * gets a plain 32-bit map in wide instead. */
    uint32_t *base;
    uint8_t *off;
    uint32_t *wide;
} xn_fold;

#define XN_MAP_BLOCK 64

/* The source text offset folded byte i (0 <= i <= len) came from. */
static inline size_t xn_map(const xn_fold *f, size_t i)
{
    return f->wide ? f->wide[i] : (size_t)f->base[i / XN_MAP_BLOCK] + f->off[i];
}

/* Returns 0, or -1 when out of memory. */
int xn_normalize(const char *bytes, size_t len, xi_arena *a, xn_text *out);
/* Counts the invalid sequences xn_normalize would replace in bytes[0, len) (for a text normalized a piece at a time,
 * whose first warning counts them all), from *pos to stop or a little past it (a character is read whole):
 * *pos moves to where it stopped, *n_bad grows, and *first_bad is set at the first one (while *n_bad is 0). */
void xn_count_invalid(const char *bytes, size_t len, size_t *pos, size_t stop, size_t *n_bad, size_t *first_bad);
int xn_fold_text(const char *text, size_t len, xi_arena *a, xn_fold *out);

/* Folds a short string (a lexicon entry, an example) into a NUL-terminated arena copy; NULL on failure. */
char *xn_fold_str(const char *s, size_t len, xi_arena *a);

/* Maps a folded span back to the source text. */
static inline void xn_unfold_span(const xn_fold *f, size_t fs, size_t fe, size_t *ts, size_t *te)
{
    *ts = xn_map(f, fs);
    *te = xn_map(f, fe);
    /* an end inside one character's expansion ("stras" of "straße" → "strass…") keeps that character */
    if (fe > fs && fe < f->len && *te == xn_map(f, fe - 1)) {
        size_t k = fe;
        while (k < f->len && xn_map(f, k) == *te)
            k++;
        *te = xn_map(f, k);
    }
}

/* Decodes one UTF-8 character of valid text at s (len > 0); returns its length and stores the code point. */
int xn_decode(const char *s, size_t len, int32_t *cp);

#endif
