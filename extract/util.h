/* util.h - per-document arena, growable byte buffer, non-owning string views.
 *
 * Ownership: an xi_arena owns every block it hands out; xi_arena_free releases them all at once.
 * An xi_buf owns its bytes until xi_buf_free (or until the caller takes them with xi_buf_detach).
 * Allocation failure is reported as a NULL / -1 return, never by aborting. */
#ifndef EXTRACT_UTIL_H
#define EXTRACT_UTIL_H

#include <stddef.h>
#include <stdint.h>

typedef struct xi_arena_block xi_arena_block;
typedef struct {
    xi_arena_block *head;
    size_t total; /* bytes handed out, for the memory figures in --stats */
} xi_arena;

void xi_arena_init(xi_arena *a);
void *xi_arena_alloc(xi_arena *a, size_t size);             /* zeroed, 16-byte aligned; NULL on failure */
void *xi_arena_alloc_raw(xi_arena *a, size_t size);         /* the same, not zeroed: for large scratch buffers */
char *xi_arena_strndup(xi_arena *a, const char *s, size_t n); /* NUL-terminated copy */
/* Gives back the arena's space after p[0, size) when p lies in its newest block: what was allocated after p there
 * (scratch) is dropped and the space reused. Does nothing when p is elsewhere. */
void xi_arena_trim(xi_arena *a, void *p, size_t size);
void xi_arena_free(xi_arena *a);

typedef struct {
    char *data;
    size_t len, cap;
    int failed; /* sticky: set once an append could not allocate */
} xi_buf;

void xi_buf_init(xi_buf *b);
int xi_buf_reserve(xi_buf *b, size_t extra);
int xi_buf_append(xi_buf *b, const void *data, size_t len);
int xi_buf_puts(xi_buf *b, const char *s);
int xi_buf_putc(xi_buf *b, char c);
int xi_buf_printf(xi_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *xi_buf_detach(xi_buf *b); /* NUL-terminated; caller frees with free() */
void xi_buf_free(xi_buf *b);

/* 64-bit FNV-1a, the one hash of the project's tables (word tables, name indexes, memos): keys are short and the
 * tables compare keys on a hash match, so a simple byte hash is enough. xi_hash_step folds one more byte in, for
 * callers that hash a transformed key (lowercased, say) without copying it. */
#define XI_HASH_INIT 14695981039346656037ull
static inline uint64_t xi_hash_step(uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ull; }
uint64_t xi_hash(const void *s, size_t n);

typedef struct {
    const char *data;
    size_t len;
} xi_str;

/* Test hook for allocation-failure tests: when non-zero, the Nth call of xi_malloc from now fails. */
void *xi_malloc(size_t n);
void *xi_realloc(void *p, size_t n);
void *xi_calloc(size_t n, size_t m);
void xi_fail_alloc_after(long n); /* n < 0 disables; not thread-safe, tests only */

#endif
