/* util.c - arena, growable buffer and the allocation wrappers every stage uses. */
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Allocation-failure injection for the fault tests: thread-local so documents on other threads are unaffected. */
static _Thread_local long S_fail_countdown = -1;

void xi_fail_alloc_after(long n) { S_fail_countdown = n; }

/* Decides whether this allocation is the one a fault test asked to fail. */
static int S_should_fail(void)
{
    if (S_fail_countdown < 0)
        return 0;
    if (S_fail_countdown == 0)
        return 1;
    S_fail_countdown--;
    return 0;
}

void *xi_malloc(size_t n) { return S_should_fail() ? NULL : malloc(n ? n : 1); }
void *xi_realloc(void *p, size_t n) { return S_should_fail() ? NULL : realloc(p, n ? n : 1); }
void *xi_calloc(size_t n, size_t m) { return S_should_fail() ? NULL : calloc(n ? n : 1, m ? m : 1); }

struct xi_arena_block {
    xi_arena_block *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

#define XI_ARENA_BLOCK (64 * 1024)

void xi_arena_init(xi_arena *a)
{
    a->head = NULL;
    a->total = 0;
}

void *xi_arena_alloc(xi_arena *a, size_t size)
{
    void *p = xi_arena_alloc_raw(a, size);
    if (p)
        memset(p, 0, (size + 15) & ~(size_t)15);
    return p;
}

void *xi_arena_alloc_raw(xi_arena *a, size_t size)
{
    size_t need = (size + 15) & ~(size_t)15;
    if (need < size)
        return NULL;
    xi_arena_block *b = a->head;
    if (!b || b->cap - b->used < need) {
        size_t cap = need > XI_ARENA_BLOCK ? need : XI_ARENA_BLOCK;
        if (cap > SIZE_MAX - sizeof(xi_arena_block))
            return NULL;
        xi_arena_block *nb = xi_malloc(sizeof(xi_arena_block) + cap);
        if (!nb)
            return NULL;
        nb->cap = cap;
        nb->used = 0;
        /* Big one-off blocks go behind the current one so its free space is not wasted. */
        if (b && need > XI_ARENA_BLOCK) {
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += need;
    a->total += need;
    return p;
}

char *xi_arena_strndup(xi_arena *a, const char *s, size_t n)
{
    char *p = xi_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void xi_arena_trim(xi_arena *a, void *p, size_t size)
{
    xi_arena_block *b = a->head;
    unsigned char *q = p;
    if (!b || q < b->data || q > b->data + b->used)
        return;
    size_t keep = (size_t)(q - b->data) + ((size + 15) & ~(size_t)15);
    if (keep < b->used) {
        a->total -= b->used - keep;
        b->used = keep;
    }
}

void xi_arena_free(xi_arena *a)
{
    xi_arena_block *b = a->head;
    while (b) {
        xi_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->total = 0;
}

void xi_buf_init(xi_buf *b) { memset(b, 0, sizeof *b); }

int xi_buf_reserve(xi_buf *b, size_t extra)
{
    if (b->failed)
        return -1;
    if (b->cap - b->len > extra)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len <= extra) {
        if (cap > SIZE_MAX / 2) {
            b->failed = 1;
            return -1;
        }
        cap *= 2;
    }
    char *p = xi_realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

int xi_buf_append(xi_buf *b, const void *data, size_t len)
{
    if (xi_buf_reserve(b, len) < 0)
        return -1;
    if (len)
        memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
    return 0;
}

int xi_buf_puts(xi_buf *b, const char *s) { return xi_buf_append(b, s, strlen(s)); }
int xi_buf_putc(xi_buf *b, char c) { return xi_buf_append(b, &c, 1); }

int xi_buf_printf(xi_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || xi_buf_reserve(b, (size_t)n + 1) < 0) {
        va_end(ap2);
        b->failed = 1;
        return -1;
    }
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    b->len += (size_t)n;
    return 0;
}

char *xi_buf_detach(xi_buf *b)
{
    if (b->failed || xi_buf_reserve(b, 0) < 0) {
        xi_buf_free(b);
        return NULL;
    }
    char *p = b->data;
    xi_buf_init(b);
    return p;
}

void xi_buf_free(xi_buf *b)
{
    free(b->data);
    xi_buf_init(b);
}

uint64_t xi_hash(const void *s, size_t n)
{
    const unsigned char *p = s;
    uint64_t h = XI_HASH_INIT;
    for (size_t i = 0; i < n; i++)
        h = xi_hash_step(h, p[i]);
    return h;
}
