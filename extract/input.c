/* input.c - the inputs of the extract command: files, directories, --files-from lists, standard input, and the
 * containers JSON Lines and WARC, plain or gzip-compressed (input.h, docs/batch.md).
 *
 * Layers, bottom up: a byte stream over a file descriptor that inflates gzip (one member after another, noting
 * where each member starts so a message can name a compressed offset); a small JSON parser for JSON Lines
 * records; a WARC record reader with its HTTP response parser; and the walk over the inputs that hands out one
 * item at a time. Memory stays bounded by one document: the stream reads ahead at most a buffer, a directory
 * keeps only its own sorted entry names while it is walked. */
#include "input.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define S_CHUNK ((size_t)64 * 1024)      /* bytes asked of read(2) at a time */
#define S_JSON_DEPTH 128                 /* deepest nesting a JSON Lines record may have */
#define S_HEADER_LINE ((size_t)64 * 1024) /* longest WARC or HTTP header line */
#define S_HEADER_LINES 1000              /* most header lines in one WARC record */

/* ------------------------------------------------------------------------------------------------------------
 * Small helpers
 * ------------------------------------------------------------------------------------------------------------ */

/* A NUL-terminated copy of s[0..n); NULL when out of memory. */
static char *S_strndup(const char *s, size_t n)
{
    char *p = xi_malloc(n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* A formatted, allocated string; NULL when out of memory. */
static char *S_aprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *S_aprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = xi_malloc((size_t)n + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

/* Fills item as a message (error or note) about an input; returns 1 (an item is ready) or -1 when out of
 * memory, so callers can `return S_message(...)`. */
static int S_message(xin_item *item, xin_kind kind, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int S_message(xin_item *item, xin_kind kind, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    xin_item_clear(item);
    item->kind = kind;
    item->message = S_strndup(buf, strlen(buf));
    return item->message ? 1 : -1;
}

/* Case-insensitive test of whether s (n bytes) ends with suffix. */
static int S_ends_with(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n >= k && strncasecmp(s + n - k, suffix, k) == 0;
}

/* Validates the start of a date-time as a calendar date YYYY-MM-DD (what JSON Lines dates and WARC-Date begin
 * with: "2025-01-14", "2025-01-14T10:00:00Z", "2025-01-14 10:00:00"). Writes it to out; returns 1 when valid. */
static int S_iso_date(const char *s, size_t n, char out[11])
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (n < 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return 0;
    if (n > 10 && s[10] >= '0' && s[10] <= '9')
        return 0;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > days[m - 1] + (m == 2 && leap))
        return 0;
    memcpy(out, s, 10);
    out[10] = '\0';
    return 1;
}

const char *xin_lang_tag(const char *tag, size_t len)
{
    static const struct {
        const char *name, *code;
    } names[] = {{"spanish", "es"}, {"español", "es"}, {"spa", "es"},  {"portuguese", "pt"}, {"português", "pt"},
                 {"por", "pt"},     {"english", "en"}, {"eng", "en"}};
    while (len && (*tag == ' ' || *tag == '\t'))
        tag++, len--;
    while (len && (tag[len - 1] == ' ' || tag[len - 1] == '\t'))
        len--;
    if (len >= 2 && (len == 2 || tag[2] == '-' || tag[2] == '_')) {
        if (strncasecmp(tag, "es", 2) == 0)
            return "es";
        if (strncasecmp(tag, "pt", 2) == 0)
            return "pt";
        if (strncasecmp(tag, "en", 2) == 0)
            return "en";
        return NULL;
    }
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i].name) == len && strncasecmp(tag, names[i].name, len) == 0)
            return names[i].code;
    return NULL;
}

/* ------------------------------------------------------------------------------------------------------------
 * The byte stream: a file descriptor read ahead into a buffer, inflated when it is gzip
 * ------------------------------------------------------------------------------------------------------------ */

enum { S_ERR_NONE, S_ERR_READ, S_ERR_GZIP, S_ERR_NOMEM };

typedef struct {
    uint64_t data; /* offset in the decompressed data where the member's output starts */
    uint64_t raw;  /* offset in the file where the member starts */
} S_member;

typedef struct {
    int fd;
    int gz;              /* inflating gzip members */
    int z_ready;         /* z is initialised */
    int in_member;       /* inside a gzip member: its end not reached yet */
    z_stream z;
    unsigned char *in;   /* raw input (gzip only) */
    uint64_t raw;        /* bytes read from fd */
    uint64_t member_raw; /* file offset of the current (or last) member */
    unsigned char *buf;  /* data read ahead: buf[pos..len) */
    size_t pos, len, cap;
    uint64_t off;        /* data offset of buf[pos] */
    int eof;
    int err;             /* S_ERR_*: sticky until S_resync */
    int err_no;          /* errno of a read error */
    char errmsg[160];
    S_member *members;   /* starts of the members whose data may still be buffered, in order */
    size_t n_members, cap_members;
} S_stream;

/* Sets up a stream over fd; no read happens yet. Returns -1 when out of memory. */
static int S_stream_init(S_stream *s, int fd)
{
    memset(s, 0, sizeof *s);
    s->fd = fd;
    s->cap = S_CHUNK;
    s->buf = xi_malloc(s->cap);
    return s->buf ? 0 : -1;
}

/* Releases a stream's buffers (it does not close the descriptor). */
static void S_stream_free(S_stream *s)
{
    if (s->z_ready)
        inflateEnd(&s->z);
    free(s->in);
    free(s->buf);
    free(s->members);
    memset(s, 0, sizeof *s);
    s->fd = -1;
}

/* read(2) that retries on EINTR. */
static ssize_t S_read_fd(int fd, void *buf, size_t n)
{
    ssize_t r;
    do
        r = read(fd, buf, n);
    while (r < 0 && errno == EINTR);
    return r;
}

/* Marks the stream failed with a message about the gzip data. */
static void S_gzip_fail(S_stream *s, const char *what)
{
    s->err = S_ERR_GZIP;
    s->in_member = 0;
    snprintf(s->errmsg, sizeof s->errmsg, "%s", what);
}

/* Remembers that a gzip member starts here, so messages about what it holds can name its file offset. */
static int S_note_member(S_stream *s)
{
    if (s->n_members == s->cap_members) {
        size_t cap = s->cap_members ? s->cap_members * 2 : 16;
        S_member *m = xi_realloc(s->members, cap * sizeof *m);
        if (!m)
            return -1;
        s->members = m;
        s->cap_members = cap;
    }
    s->members[s->n_members].data = s->off + (s->len - s->pos);
    s->members[s->n_members].raw = s->member_raw;
    s->n_members++;
    return 0;
}

/* Drops the member starts that lie wholly before the buffered data. */
static void S_prune_members(S_stream *s)
{
    size_t k = 0;
    while (k + 1 < s->n_members && s->members[k + 1].data <= s->off)
        k++;
    if (k) {
        memmove(s->members, s->members + k, (s->n_members - k) * sizeof *s->members);
        s->n_members -= k;
    }
}

/* Switches a stream whose first bytes are the gzip magic to inflating: what was read ahead becomes raw input. */
static int S_stream_gzip(S_stream *s)
{
    s->in = xi_malloc(S_CHUNK > s->len ? S_CHUNK : s->len);
    if (!s->in)
        return -1;
    memcpy(s->in, s->buf + s->pos, s->len - s->pos);
    memset(&s->z, 0, sizeof s->z);
    if (inflateInit2(&s->z, 15 + 32) != Z_OK)
        return -1;
    s->z_ready = 1;
    s->z.next_in = s->in;
    s->z.avail_in = (uInt)(s->len - s->pos);
    s->gz = 1;
    s->pos = s->len = 0;
    s->off = 0;
    return 0;
}

/* Inflates some more data into the buffer (which has room): reads raw input when zlib has none, starts a new
 * member at a member boundary (zero padding after the last member is tolerated). */
static void S_more_gz(S_stream *s)
{
    if (s->z.avail_in == 0) {
        ssize_t n = S_read_fd(s->fd, s->in, S_CHUNK);
        if (n < 0) {
            s->err = S_ERR_READ;
            s->err_no = errno;
            return;
        }
        if (n == 0) {
            if (s->in_member)
                S_gzip_fail(s, "truncated gzip data (the file ends inside a member)");
            else
                s->eof = 1;
            return;
        }
        s->raw += (uint64_t)n;
        s->z.next_in = s->in;
        s->z.avail_in = (uInt)n;
    }
    if (!s->in_member) {
        while (s->z.avail_in && *s->z.next_in == 0)
            s->z.next_in++, s->z.avail_in--;
        if (!s->z.avail_in)
            return;
        s->member_raw = s->raw - s->z.avail_in;
        if (S_note_member(s) < 0) {
            s->err = S_ERR_NOMEM;
            return;
        }
        inflateReset(&s->z);
        s->in_member = 1;
    }
    s->z.next_out = s->buf + s->len;
    s->z.avail_out = (uInt)(s->cap - s->len);
    int rc = inflate(&s->z, Z_NO_FLUSH);
    s->len = s->cap - s->z.avail_out;
    if (rc == Z_STREAM_END) {
        s->in_member = 0;
    } else if (rc == Z_MEM_ERROR) {
        s->err = S_ERR_NOMEM;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        char what[140];
        snprintf(what, sizeof what, "corrupt gzip data (%s)", s->z.msg ? s->z.msg : "invalid member");
        S_gzip_fail(s, what);
    }
}

/* Reads ahead until `need` bytes are buffered, the data ends, or an error stops the stream. */
static void S_fill(S_stream *s, size_t need)
{
    while (s->len - s->pos < need && !s->eof && !s->err) {
        if (s->pos && (s->len == s->cap || s->pos >= s->cap / 2)) {
            memmove(s->buf, s->buf + s->pos, s->len - s->pos);
            s->len -= s->pos;
            s->pos = 0;
            S_prune_members(s);
        }
        if (s->len == s->cap || s->cap - s->pos < need) {
            size_t cap = s->cap * 2 > need + s->pos ? s->cap * 2 : need + s->pos;
            unsigned char *b = xi_realloc(s->buf, cap);
            if (!b) {
                s->err = S_ERR_NOMEM;
                return;
            }
            s->buf = b;
            s->cap = cap;
        }
        if (s->gz) {
            S_more_gz(s);
            continue;
        }
        ssize_t n = S_read_fd(s->fd, s->buf + s->len, s->cap - s->len);
        if (n < 0) {
            s->err = S_ERR_READ;
            s->err_no = errno;
        } else if (n == 0) {
            s->eof = 1;
        } else {
            s->len += (size_t)n;
            s->raw += (uint64_t)n;
        }
    }
}

/* Moves past n buffered bytes. */
static void S_consume(S_stream *s, size_t n)
{
    s->pos += n;
    s->off += n;
}

/* The file offset to name in a message about data at offset `data`: the data offset itself for a plain file,
 * the start of the gzip member holding it for a compressed one. */
static uint64_t S_raw_at(const S_stream *s, uint64_t data)
{
    if (!s->gz)
        return data;
    uint64_t raw = s->n_members ? s->members[0].raw : 0;
    for (size_t i = 0; i < s->n_members && s->members[i].data <= data; i++)
        raw = s->members[i].raw;
    return raw;
}

/* After a gzip error: drops what was decoded of the bad member and moves to the next gzip member header in the
 * raw input, so the records after a corrupt one can still be read. Other errors end the stream. */
static void S_resync(S_stream *s)
{
    if (s->err != S_ERR_GZIP) {
        if (s->err != S_ERR_NOMEM)
            s->eof = 1;
        return;
    }
    s->err = S_ERR_NONE;
    s->off += s->len - s->pos;
    s->pos = s->len = 0;
    s->in_member = 0;
    for (;;) {
        while (s->z.avail_in >= 4) {
            const unsigned char *p = s->z.next_in;
            if (p[0] == 0x1f && p[1] == 0x8b && p[2] == 8 && (p[3] & 0xE0) == 0)
                return;
            s->z.next_in++;
            s->z.avail_in--;
        }
        size_t keep = s->z.avail_in;
        memmove(s->in, s->z.next_in, keep);
        ssize_t n = S_read_fd(s->fd, s->in + keep, S_CHUNK - keep);
        if (n <= 0) {
            if (n < 0) {
                s->err = S_ERR_READ;
                s->err_no = errno;
            }
            s->z.avail_in = 0;
            s->eof = 1;
            return;
        }
        s->raw += (uint64_t)n;
        s->z.next_in = s->in;
        s->z.avail_in = (uInt)(keep + (size_t)n);
    }
}

/* Reads one line (without its '\n') into line. Lines over `limit` bytes are read to their end but only their
 * first `limit` bytes kept, with *too_long set. Returns 1 for a line, 0 at the end of the data, -1 when the
 * stream failed (a partial line is dropped). */
static int S_getline(S_stream *s, xi_buf *line, size_t limit, int *too_long)
{
    int any = 0;
    line->len = 0;
    if (line->data)
        line->data[0] = '\0';
    *too_long = 0;
    for (;;) {
        S_fill(s, 1);
        if (s->pos == s->len)
            return s->err ? -1 : any;
        any = 1;
        unsigned char *start = s->buf + s->pos;
        unsigned char *nl = memchr(start, '\n', s->len - s->pos);
        size_t n = nl ? (size_t)(nl - start) : s->len - s->pos;
        size_t keep = n;
        if (line->len + keep > limit) {
            keep = limit > line->len ? limit - line->len : 0;
            *too_long = 1;
        }
        if (keep && xi_buf_append(line, start, keep) < 0) {
            s->err = S_ERR_NOMEM;
            return -1;
        }
        S_consume(s, n + (nl ? 1 : 0));
        if (nl)
            return 1;
    }
}

/* Reads exactly n bytes into a new NUL-terminated buffer. Returns 0, or -1 when the data ends (or fails) first;
 * *got says how many bytes there were. */
static int S_read_exact(S_stream *s, size_t n, char **out, size_t *got)
{
    char *b = xi_malloc(n + 1);
    size_t have = 0;
    *out = NULL;
    if (!b) {
        s->err = S_ERR_NOMEM;
        *got = 0;
        return -1;
    }
    while (have < n) {
        S_fill(s, 1);
        size_t avail = s->len - s->pos;
        if (!avail)
            break;
        size_t k = avail < n - have ? avail : n - have;
        memcpy(b + have, s->buf + s->pos, k);
        have += k;
        S_consume(s, k);
    }
    *got = have;
    if (have < n) {
        free(b);
        return -1;
    }
    b[n] = '\0';
    *out = b;
    return 0;
}

/* Reads and drops n bytes; returns how many there were. */
static uint64_t S_skip(S_stream *s, uint64_t n)
{
    uint64_t done = 0;
    while (done < n) {
        S_fill(s, 1);
        size_t avail = s->len - s->pos;
        if (!avail)
            break;
        size_t k = (uint64_t)avail < n - done ? avail : (size_t)(n - done);
        S_consume(s, k);
        done += k;
    }
    return done;
}

/* Reads the rest of the stream into a new buffer; refuses (too_big) once it passes limit bytes. Returns 0, or -1
 * on a stream error or when out of memory. */
static int S_read_rest(S_stream *s, size_t limit, char **out, size_t *len, int *too_big)
{
    xi_buf b;
    xi_buf_init(&b);
    *out = NULL;
    *too_big = 0;
    /* A plain file's size is known: one buffer of that size, rather than one grown by doubling (a long document
     * would be copied from buffer to buffer and held in one up to twice its size) */
    struct stat st;
    if (!s->gz && fstat(s->fd, &st) == 0 && S_ISREG(st.st_mode) && (uint64_t)st.st_size >= s->raw &&
        (uint64_t)st.st_size - s->raw < limit && xi_buf_reserve(&b, (size_t)((uint64_t)st.st_size - s->raw) + (s->len - s->pos) + 1) < 0) {
        s->err = S_ERR_NOMEM;
        return -1;
    }
    for (;;) {
        S_fill(s, 1);
        size_t avail = s->len - s->pos;
        if (!avail)
            break;
        if (b.len + avail > limit) {
            *too_big = 1;
            xi_buf_free(&b);
            return 0;
        }
        if (xi_buf_append(&b, s->buf + s->pos, avail) < 0) {
            xi_buf_free(&b);
            s->err = S_ERR_NOMEM;
            return -1;
        }
        S_consume(s, avail);
    }
    if (s->err) {
        xi_buf_free(&b);
        return -1;
    }
    *len = b.len;
    *out = xi_buf_detach(&b);
    if (!*out) {
        s->err = S_ERR_NOMEM;
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------------------------------------------------
 * JSON: enough of a parser to read JSON Lines records correctly (RFC 8259), with bounded nesting
 * ------------------------------------------------------------------------------------------------------------ */

typedef struct {
    const char *start, *p, *end;
    const char *err; /* what went wrong (static text), NULL while fine */
    const char *err_at;
    int depth;
} S_json;

/* Records the first failure and where it happened; returns -1 for `return S_json_fail(...)`. */
static int S_json_fail(S_json *j, const char *msg)
{
    if (!j->err) {
        j->err = msg;
        j->err_at = j->p;
    }
    return -1;
}

/* Skips JSON whitespace. */
static void S_json_ws(S_json *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
        j->p++;
}

/* Reads four hex digits at p (bounded by end) into *v; returns 1 when they are there. */
static int S_hex4(const char *p, const char *end, uint32_t *v)
{
    if (end - p < 4)
        return 0;
    uint32_t x = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return 0;
        x = x * 16 + (uint32_t)d;
    }
    *v = x;
    return 1;
}

/* Appends the UTF-8 encoding of code point cp. */
static int S_put_utf8(xi_buf *b, uint32_t cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return xi_buf_append(b, u, n);
}

/* Parses the string at j->p (on its opening quote) and appends its value to out, unescaped; out NULL only
 * validates. A surrogate pair becomes one code point, a lone surrogate U+FFFD. Returns 0, or -1 (j->err set, or
 * out->failed when out of memory). */
static int S_json_string(S_json *j, xi_buf *out)
{
    j->p++;
    const char *run = j->p;
    for (;;) {
        if (j->p >= j->end)
            return S_json_fail(j, "unterminated string");
        unsigned char c = (unsigned char)*j->p;
        if (c == '"') {
            if (out && xi_buf_append(out, run, (size_t)(j->p - run)) < 0)
                return -1;
            j->p++;
            return 0;
        }
        if (c < 0x20)
            return S_json_fail(j, "control character in a string (it must be escaped)");
        if (c != '\\') {
            j->p++;
            continue;
        }
        if (out && xi_buf_append(out, run, (size_t)(j->p - run)) < 0)
            return -1;
        j->p++;
        if (j->p >= j->end)
            return S_json_fail(j, "unterminated string");
        char e = *j->p++;
        const char *simple = strchr("\"\\/bfnrt", e);
        if (e && simple) {
            static const char map[] = "\"\\/\b\f\n\r\t";
            if (out && xi_buf_putc(out, map[simple - "\"\\/bfnrt"]) < 0)
                return -1;
        } else if (e == 'u') {
            uint32_t cp, lo;
            if (!S_hex4(j->p, j->end, &cp)) {
                j->p -= 2;
                return S_json_fail(j, "invalid \\u escape (four hex digits expected)");
            }
            j->p += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (j->end - j->p >= 6 && j->p[0] == '\\' && j->p[1] == 'u' && S_hex4(j->p + 2, j->end, &lo) &&
                    lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    j->p += 6;
                } else {
                    cp = 0xFFFD;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            if (out && S_put_utf8(out, cp) < 0)
                return -1;
        } else {
            j->p -= 2;
            return S_json_fail(j, "invalid escape in a string");
        }
        run = j->p;
    }
}

/* Checks the number at j->p against the JSON grammar and moves past it. */
static int S_json_number(S_json *j)
{
    const char *p = j->p, *e = j->end;
    if (p < e && *p == '-')
        p++;
    if (p < e && *p == '0')
        p++;
    else if (p < e && *p >= '1' && *p <= '9')
        while (p < e && *p >= '0' && *p <= '9')
            p++;
    else
        return S_json_fail(j, "invalid number");
    if (p < e && *p == '.') {
        p++;
        if (!(p < e && *p >= '0' && *p <= '9'))
            return S_json_fail(j, "invalid number");
        while (p < e && *p >= '0' && *p <= '9')
            p++;
    }
    if (p < e && (*p == 'e' || *p == 'E')) {
        p++;
        if (p < e && (*p == '+' || *p == '-'))
            p++;
        if (!(p < e && *p >= '0' && *p <= '9'))
            return S_json_fail(j, "invalid number");
        while (p < e && *p >= '0' && *p <= '9')
            p++;
    }
    j->p = p;
    return 0;
}

/* Checks one literal (true, false, null) and moves past it. */
static int S_json_literal(S_json *j, const char *lit)
{
    size_t n = strlen(lit);
    if ((size_t)(j->end - j->p) < n || memcmp(j->p, lit, n) != 0)
        return S_json_fail(j, "unexpected character");
    j->p += n;
    return 0;
}

/* Validates and moves past any value, objects and arrays included, at most S_JSON_DEPTH levels deep: how the
 * fields a record does not use are skipped. */
static int S_json_skip(S_json *j)
{
    S_json_ws(j);
    if (j->p >= j->end)
        return S_json_fail(j, "unexpected end of the line (a value was expected)");
    char c = *j->p;
    if (c == '"')
        return S_json_string(j, NULL);
    if (c == 't')
        return S_json_literal(j, "true");
    if (c == 'f')
        return S_json_literal(j, "false");
    if (c == 'n')
        return S_json_literal(j, "null");
    if (c == '-' || (c >= '0' && c <= '9'))
        return S_json_number(j);
    if (c != '{' && c != '[')
        return S_json_fail(j, "unexpected character");
    if (++j->depth > S_JSON_DEPTH)
        return S_json_fail(j, "values nested too deeply");
    char close = c == '{' ? '}' : ']';
    j->p++;
    S_json_ws(j);
    if (j->p < j->end && *j->p == close) {
        j->p++;
        j->depth--;
        return 0;
    }
    for (;;) {
        if (close == '}') {
            S_json_ws(j);
            if (j->p >= j->end || *j->p != '"')
                return S_json_fail(j, "expected a string key");
            if (S_json_string(j, NULL) < 0)
                return -1;
            S_json_ws(j);
            if (j->p >= j->end || *j->p != ':')
                return S_json_fail(j, "expected ':' after a key");
            j->p++;
        }
        if (S_json_skip(j) < 0)
            return -1;
        S_json_ws(j);
        if (j->p < j->end && *j->p == ',') {
            j->p++;
            continue;
        }
        if (j->p < j->end && *j->p == close) {
            j->p++;
            j->depth--;
            return 0;
        }
        return S_json_fail(j, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
    }
}

/* The record fields read from a JSON Lines object; other keys are skipped. Aliases have a rank: when a record
 * has several (maintext and text), the lowest rank wins whatever their order. Listed in docs/batch.md. */
enum { S_F_ID, S_F_URL, S_F_TITLE, S_F_DATE, S_F_LANG, S_F_TEXT, S_F_HTML, S_N_FIELDS };

static const struct {
    const char *key;
    int field, rank;
} S_fields[] = {
    {"id", S_F_ID, 0},           {"_id", S_F_ID, 1},           {"url", S_F_URL, 0},
    {"source_url", S_F_URL, 1},  {"title", S_F_TITLE, 0},      {"headline", S_F_TITLE, 1},
    {"date_publish", S_F_DATE, 0}, {"published", S_F_DATE, 1}, {"date_published", S_F_DATE, 2},
    {"date", S_F_DATE, 3},       {"publish_date", S_F_DATE, 4}, {"language", S_F_LANG, 0},
    {"lang", S_F_LANG, 1},       {"maintext", S_F_TEXT, 0},    {"text", S_F_TEXT, 1},
    {"content", S_F_TEXT, 2},    {"body", S_F_TEXT, 3},        {"html", S_F_HTML, 0},
    {"raw_html", S_F_HTML, 1},
};

typedef struct {
    xi_buf value[S_N_FIELDS];
    int rank[S_N_FIELDS];    /* rank of the alias held, INT_MAX when none */
    int present[S_N_FIELDS]; /* the key was there, even as null */
    xi_buf key;
} S_record;

/* Reads a value for a known field: a string; a number for an id (kept as written); an array of strings for text
 * and html (joined by blank lines, as paragraphs); null. Values of other types are skipped. Returns 1 when the
 * field got a value, 0 when not, -1 on a syntax error or when out of memory. */
static int S_json_field(S_json *j, int field, xi_buf *val)
{
    S_json_ws(j);
    if (j->p >= j->end)
        return S_json_fail(j, "unexpected end of the line (a value was expected)");
    char c = *j->p;
    val->len = 0;
    if (c == '"')
        return S_json_string(j, val) < 0 ? -1 : 1;
    if (field == S_F_ID && (c == '-' || (c >= '0' && c <= '9'))) {
        const char *s = j->p;
        if (S_json_number(j) < 0)
            return -1;
        return xi_buf_append(val, s, (size_t)(j->p - s)) < 0 ? -1 : 1;
    }
    if (c == '[' && (field == S_F_TEXT || field == S_F_HTML)) {
        if (++j->depth > S_JSON_DEPTH)
            return S_json_fail(j, "values nested too deeply");
        j->p++;
        S_json_ws(j);
        int first = 1;
        if (j->p < j->end && *j->p == ']') {
            j->p++;
            j->depth--;
            return 1;
        }
        for (;;) {
            S_json_ws(j);
            if (j->p < j->end && *j->p == '"') {
                if (!first && xi_buf_append(val, "\n\n", 2) < 0)
                    return -1;
                first = 0;
                if (S_json_string(j, val) < 0)
                    return -1;
            } else if (S_json_skip(j) < 0) {
                return -1;
            }
            S_json_ws(j);
            if (j->p < j->end && *j->p == ',') {
                j->p++;
                continue;
            }
            if (j->p < j->end && *j->p == ']') {
                j->p++;
                j->depth--;
                return 1;
            }
            return S_json_fail(j, "expected ',' or ']'");
        }
    }
    return S_json_skip(j) < 0 ? -1 : 0;
}

/* Parses one JSON Lines record into rec. Returns 0, or -1 with j->err set (or a buffer failed: out of memory). */
static int S_json_record(S_json *j, S_record *rec)
{
    xi_buf tmp;
    xi_buf_init(&tmp);
    for (int f = 0; f < S_N_FIELDS; f++) {
        rec->value[f].len = 0;
        rec->rank[f] = INT_MAX;
        rec->present[f] = 0;
    }
    int rc = -1;
    S_json_ws(j);
    if (j->p >= j->end || *j->p != '{') {
        S_json_fail(j, "a record must be a JSON object");
        goto done;
    }
    j->p++;
    S_json_ws(j);
    if (j->p < j->end && *j->p == '}') {
        j->p++;
    } else {
        for (;;) {
            S_json_ws(j);
            if (j->p >= j->end || *j->p != '"') {
                S_json_fail(j, "expected a string key");
                goto done;
            }
            rec->key.len = 0;
            if (S_json_string(j, &rec->key) < 0)
                goto done;
            S_json_ws(j);
            if (j->p >= j->end || *j->p != ':') {
                S_json_fail(j, "expected ':' after a key");
                goto done;
            }
            j->p++;
            int field = -1, rank = 0;
            for (size_t i = 0; i < sizeof S_fields / sizeof S_fields[0]; i++)
                if (strlen(S_fields[i].key) == rec->key.len && memcmp(S_fields[i].key, rec->key.data, rec->key.len) == 0) {
                    field = S_fields[i].field;
                    rank = S_fields[i].rank;
                }
            if (field < 0) {
                if (S_json_skip(j) < 0)
                    goto done;
            } else {
                int got = S_json_field(j, field, &tmp);
                if (got < 0)
                    goto done;
                rec->present[field] = 1;
                if (got && rank < rec->rank[field]) {
                    rec->value[field].len = 0;
                    if (xi_buf_append(&rec->value[field], tmp.data ? tmp.data : "", tmp.len) < 0)
                        goto done;
                    rec->rank[field] = rank;
                }
            }
            S_json_ws(j);
            if (j->p < j->end && *j->p == ',') {
                j->p++;
                continue;
            }
            if (j->p < j->end && *j->p == '}') {
                j->p++;
                break;
            }
            S_json_fail(j, "expected ',' or '}'");
            goto done;
        }
    }
    S_json_ws(j);
    if (j->p < j->end) {
        S_json_fail(j, "unexpected data after the object");
        goto done;
    }
    rc = 0;
done:
    xi_buf_free(&tmp);
    return rc;
}

/* ------------------------------------------------------------------------------------------------------------
 * The reader: inputs, directories, the open file and its container
 * ------------------------------------------------------------------------------------------------------------ */

enum { S_CUR_NONE, S_CUR_SINGLE, S_CUR_JSONL, S_CUR_WARC, S_CUR_DONE };

/* A directory being walked: its entry names, sorted, and the next one to visit. */
typedef struct {
    char *path;   /* as it prefixes its entries */
    char *names;  /* the names, NUL-separated */
    char **sorted;
    size_t n, next;
    dev_t dev;
    ino_t ino;
} S_dir;

struct xin_reader {
    const xin_config *cfg;
    size_t max_bytes;
    size_t next_arg;
    int use_stdin_only; /* no paths and no list: standard input */
    /* --files-from */
    int list_state; /* 0 not opened, 1 open, 2 done */
    int list_fd;
    S_stream list;
    xi_buf list_line;
    long list_lineno;
    /* directories being walked, outermost first */
    S_dir *dirs;
    size_t n_dirs, cap_dirs;
    /* the open input */
    int cur;
    int cur_fd;
    char *cur_name;
    S_stream s;
    long line;      /* JSON Lines: line number of the last line read */
    int resyncing;  /* WARC: looking for the next record header after a bad one */
    uint64_t bytes_done; /* bytes of the inputs already closed */
    xi_buf line_buf;
    S_record rec;
};

/* Closes the open input, counting its bytes. */
static void S_cur_close(xin_reader *r)
{
    if (r->cur == S_CUR_NONE)
        return;
    r->bytes_done += r->s.raw;
    S_stream_free(&r->s);
    if (r->cur_fd > 0)
        close(r->cur_fd);
    r->cur_fd = -1;
    free(r->cur_name);
    r->cur_name = NULL;
    r->cur = S_CUR_NONE;
}

int xin_open(const xin_config *cfg, xin_reader **out)
{
    xin_reader *r = xi_calloc(1, sizeof *r);
    *out = NULL;
    if (!r)
        return -1;
    r->cfg = cfg;
    r->max_bytes = cfg->max_bytes ? cfg->max_bytes : EXTRACT_DEFAULT_MAX_BYTES;
    r->use_stdin_only = cfg->n_paths == 0 && !cfg->files_from;
    r->list_fd = -1;
    r->cur_fd = -1;
    r->s.fd = -1;
    *out = r;
    return 0;
}

/* Drops the innermost directory of the walk. */
static void S_pop_dir(xin_reader *r)
{
    S_dir *d = &r->dirs[--r->n_dirs];
    free(d->path);
    free(d->names);
    free(d->sorted);
}

void xin_close(xin_reader *r)
{
    if (!r)
        return;
    S_cur_close(r);
    while (r->n_dirs)
        S_pop_dir(r);
    free(r->dirs);
    if (r->list_state == 1) {
        S_stream_free(&r->list);
        if (r->list_fd > 0)
            close(r->list_fd);
    }
    xi_buf_free(&r->list_line);
    xi_buf_free(&r->line_buf);
    for (int f = 0; f < S_N_FIELDS; f++)
        xi_buf_free(&r->rec.value[f]);
    xi_buf_free(&r->rec.key);
    free(r);
}

static void S_guard_drop(int guard);

void xin_item_clear(xin_item *item)
{
    if (item->map) {
        S_guard_drop(item->guard); /* out of the table before the range can be reused */
        munmap(item->map, item->map_len);
    }
    else
        free(item->bytes);
    free(item->name);
    free(item->url);
    free(item->title);
    free(item->published);
    free(item->fallback_date);
    free(item->lang);
    free(item->charset);
    free(item->message);
    memset(item, 0, sizeof *item);
}

uint64_t xin_bytes_read(const xin_reader *r) { return r->bytes_done + (r->cur != S_CUR_NONE ? r->s.raw : 0); }

/* qsort comparison of entry names: byte order, so the walk is the same on every machine and locale. */
static int S_cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Starts walking a directory: reads and sorts its entry names (dotfiles left out). Returns 0, 1 with a message
 * in item (unreadable, or a symbolic link back to a directory being walked), -1 when out of memory. */
static int S_push_dir(xin_reader *r, const char *path, const struct stat *st, xin_item *item)
{
    for (size_t i = 0; i < r->n_dirs; i++)
        if (r->dirs[i].dev == st->st_dev && r->dirs[i].ino == st->st_ino)
            return S_message(item, XIN_ITEM_NOTE, "%s: directory already being walked (a link loop); skipped", path);
    DIR *dir = opendir(path);
    if (!dir)
        return S_message(item, XIN_ITEM_ERROR, "%s: cannot read directory: %s", path, strerror(errno));
    xi_buf names;
    xi_buf_init(&names);
    size_t n = 0;
    struct dirent *e;
    for (;;) {
        errno = 0;
        e = readdir(dir);
        if (!e)
            break;
        if (e->d_name[0] == '.')
            continue;
        if (xi_buf_append(&names, e->d_name, strlen(e->d_name) + 1) < 0) {
            closedir(dir);
            xi_buf_free(&names);
            return -1;
        }
        n++;
    }
    int read_errno = errno;
    closedir(dir);
    if (read_errno) {
        xi_buf_free(&names);
        return S_message(item, XIN_ITEM_ERROR, "%s: cannot read directory: %s", path, strerror(read_errno));
    }
    if (r->n_dirs == r->cap_dirs) {
        size_t cap = r->cap_dirs ? r->cap_dirs * 2 : 8;
        S_dir *d = xi_realloc(r->dirs, cap * sizeof *d);
        if (!d) {
            xi_buf_free(&names);
            return -1;
        }
        r->dirs = d;
        r->cap_dirs = cap;
    }
    S_dir d = {0};
    d.n = n;
    d.dev = st->st_dev;
    d.ino = st->st_ino;
    d.names = names.data;
    d.sorted = xi_malloc((n ? n : 1) * sizeof *d.sorted);
    size_t plen = strlen(path);
    while (plen > 1 && path[plen - 1] == '/')
        plen--;
    d.path = S_strndup(path, plen);
    if (!d.sorted || !d.path) {
        free(d.sorted);
        free(d.path);
        free(d.names);
        return -1;
    }
    char *p = d.names;
    for (size_t i = 0; i < n; i++) {
        d.sorted[i] = p;
        p += strlen(p) + 1;
    }
    qsort(d.sorted, n, sizeof *d.sorted, S_cmp_names);
    r->dirs[r->n_dirs++] = d;
    return 0;
}

/* The next path named by --files-from, or 0 at the list's end (1 with a message in item when the list cannot be
 * read). */
static int S_next_listed(xin_reader *r, char **path, xin_item *item)
{
    const char *list = r->cfg->files_from;
    if (r->list_state == 2)
        return 0;
    if (r->list_state == 0) {
        int fd = strcmp(list, "-") == 0 ? 0 : open(list, O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            r->list_state = 2;
            return S_message(item, XIN_ITEM_ERROR, "%s: cannot open the list of inputs: %s", list, strerror(errno));
        }
        if (S_stream_init(&r->list, fd) < 0) {
            if (fd > 0)
                close(fd);
            return -1;
        }
        r->list_fd = fd;
        r->list_state = 1;
    }
    for (;;) {
        int too_long;
        int rc = S_getline(&r->list, &r->list_line, PATH_MAX * 4, &too_long);
        if (rc <= 0) {
            int err = r->list.err, err_no = r->list.err_no;
            S_stream_free(&r->list);
            if (r->list_fd > 0)
                close(r->list_fd);
            r->list_fd = -1;
            r->list_state = 2;
            if (err == S_ERR_NOMEM)
                return -1;
            if (rc < 0)
                return S_message(item, XIN_ITEM_ERROR, "%s: cannot read the list of inputs: %s", list,
                                 strerror(err_no ? err_no : EIO));
            return 0;
        }
        r->list_lineno++;
        size_t n = r->list_line.len;
        while (n && r->list_line.data[n - 1] == '\r')
            n--;
        if (n == 0)
            continue;
        if (too_long)
            return S_message(item, XIN_ITEM_ERROR, "%s:%ld: path too long; skipped", list, r->list_lineno);
        *path = S_strndup(r->list_line.data, n);
        return *path ? 2 : -1;
    }
}

/* The next file to read: from the directory being walked, the command line, then the list. Directories met on
 * the way are entered. Returns 2 with *path (allocated) and *st (*is_stdin for "-"), 1 with a message in item,
 * 0 when there are no more inputs, -1 when out of memory. */
static int S_next_path(xin_reader *r, char **path, struct stat *st, int *is_stdin, xin_item *item)
{
    *is_stdin = 0;
    *path = NULL;
    for (;;) {
        char *p = NULL;
        int from_walk = 0, from_list = 0;
        if (r->n_dirs) {
            S_dir *d = &r->dirs[r->n_dirs - 1];
            if (d->next == d->n) {
                S_pop_dir(r);
                continue;
            }
            const char *name = d->sorted[d->next++];
            p = S_aprintf("%s%s%s", d->path, strcmp(d->path, "/") == 0 ? "" : "/", name);
            from_walk = 1;
        } else if (r->use_stdin_only) {
            r->use_stdin_only = 0;
            r->next_arg = r->cfg->n_paths;
            p = S_strndup("-", 1);
        } else if (r->next_arg < r->cfg->n_paths) {
            const char *a = r->cfg->paths[r->next_arg++];
            p = S_strndup(a, strlen(a));
        } else if (r->cfg->files_from) {
            int rc = S_next_listed(r, &p, item);
            if (rc != 2)
                return rc;
            from_list = 1; /* "-" in a list is a file of that name */
        } else {
            return 0;
        }
        if (!p)
            return -1;
        if (!from_walk && !from_list && strcmp(p, "-") == 0) {
            *is_stdin = 1;
            *path = p;
            memset(st, 0, sizeof *st);
            return 2;
        }
        if (stat(p, st) != 0) {
            int e = errno;
            int rc = S_message(item, XIN_ITEM_ERROR, "%s: cannot open: %s", p, strerror(e));
            free(p);
            return rc;
        }
        if (S_ISDIR(st->st_mode)) {
            int rc = S_push_dir(r, p, st, item);
            free(p);
            if (rc)
                return rc;
            continue;
        }
        if (from_walk && !S_ISREG(st->st_mode)) {
            free(p); /* sockets, devices, fifos met in a walk are not documents */
            continue;
        }
        *path = p;
        return 2;
    }
}

/* How a file's name says it is packed: S_CUR_JSONL, S_CUR_WARC or S_CUR_SINGLE (".gz" is looked through). */
static int S_kind_by_name(const char *path)
{
    size_t n = strlen(path);
    if (S_ends_with(path, n, ".gz"))
        n -= 3;
    if (S_ends_with(path, n, ".warc"))
        return S_CUR_WARC;
    if (S_ends_with(path, n, ".jsonl") || S_ends_with(path, n, ".ndjson") || S_ends_with(path, n, ".json"))
        return S_CUR_JSONL;
    return S_CUR_SINGLE;
}

/* How the data says it is packed: a WARC version line, or a line opening with a JSON object; S_CUR_NONE when
 * the first bytes say neither. */
static int S_kind_by_content(const unsigned char *b, size_t n)
{
    size_t i = 0;
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        i = 3;
    if (n - i >= 5 && memcmp(b + i, "WARC/", 5) == 0)
        return S_CUR_WARC;
    while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'))
        i++;
    if (i < n && b[i] == '{') {
        i++;
        while (i < n && (b[i] == ' ' || b[i] == '\t'))
            i++;
        if (i < n && (b[i] == '"' || b[i] == '}'))
            return S_CUR_JSONL;
    }
    return S_CUR_NONE;
}

/* Opens a file (or standard input) as the current input and decides how it is packed. Takes path. Returns 0,
 * 1 with a message in item, -1 when out of memory. */
static int S_cur_open(xin_reader *r, char *path, int is_stdin, xin_item *item)
{
    int fd = is_stdin ? 0 : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        int rc = S_message(item, XIN_ITEM_ERROR, "%s: cannot open: %s", path, strerror(errno));
        free(path);
        return rc;
    }
    if (S_stream_init(&r->s, fd) < 0) {
        if (fd > 0)
            close(fd);
        free(path);
        return -1;
    }
    r->cur_fd = fd;
    r->cur_name = path;
    r->line = 0;
    r->resyncing = 0;
    r->cur = S_CUR_SINGLE;
    S_fill(&r->s, 2);
    if (r->s.len - r->s.pos >= 2 && r->s.buf[r->s.pos] == 0x1f && r->s.buf[r->s.pos + 1] == 0x8b &&
        S_stream_gzip(&r->s) < 0)
        return -1;
    S_fill(&r->s, 256);
    switch (r->cfg->format) {
    case XIN_JSONL: r->cur = S_CUR_JSONL; break;
    case XIN_WARC: r->cur = S_CUR_WARC; break;
    case XIN_TEXT:
    case XIN_HTML: r->cur = S_CUR_SINGLE; break;
    case XIN_AUTO: {
        int k = S_kind_by_content(r->s.buf + r->s.pos, r->s.len - r->s.pos);
        r->cur = k != S_CUR_NONE ? k : S_kind_by_name(path);
        break;
    }
    }
    return 0;
}

/* A message about the open input's stream failing at data offset `at`. */
static int S_stream_message(xin_reader *r, xin_item *item, uint64_t at, const char *what)
{
    S_stream *s = &r->s;
    if (s->err == S_ERR_NOMEM)
        return -1;
    const char *where = s->gz ? "at compressed byte" : "at byte";
    if (s->err == S_ERR_READ)
        return S_message(item, XIN_ITEM_ERROR, "%s: cannot read: %s", r->cur_name, strerror(s->err_no ? s->err_no : EIO));
    if (s->err == S_ERR_GZIP)
        return S_message(item, XIN_ITEM_ERROR, "%s: %s %llu: %s%s%s", r->cur_name, where,
                         (unsigned long long)S_raw_at(s, at), what ? what : "", what ? ": " : "", s->errmsg);
    return S_message(item, XIN_ITEM_ERROR, "%s: %s %llu: %s", r->cur_name, where, (unsigned long long)S_raw_at(s, at),
                     what ? what : "unreadable data");
}

/* A plain file of at least this many bytes is mapped rather than read. */
#define S_MAP_MIN ((uint64_t)1 << 20)

/* A mapped file that shrinks while it is read (a scraper rewriting it in place) makes the kernel raise SIGBUS on
 * the pages past its new end, which would kill the run and the output of every document after it. So each mapping
 * is registered here while it lives, and a SIGBUS handler puts zero pages in place of the lost ones: the read
 * goes on over zeros, the first lost offset is noted, and the caller reports the document as cut short
 * (xin_item_lost). A fault anywhere else goes to the handler that was there before. The handler only reads
 * these atomics and calls mmap (a system call; it takes no lock), and a mapping leaves the table before it is
 * unmapped, so its range is never one the kernel has given to something else. When the table is full or the
 * handler cannot be installed, the file is read instead of mapped. */
#define S_GUARDS 256
typedef struct {
    _Atomic uintptr_t lo, hi; /* the mapping's pages, [lo, hi); lo 0: free, 1: being filled */
    _Atomic size_t lost;      /* the first offset replaced by zeros; SIZE_MAX while none */
} S_guard;
static S_guard S_guards[S_GUARDS];
static struct sigaction S_old_bus;
static uintptr_t S_page;
static int S_guard_ok;
static pthread_once_t S_guard_once = PTHREAD_ONCE_INIT;

static void S_on_bus(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    uintptr_t a = (uintptr_t)si->si_addr;
    for (size_t i = 0; i < S_GUARDS; i++) {
        S_guard *g = &S_guards[i];
        uintptr_t lo = atomic_load(&g->lo), hi = atomic_load(&g->hi);
        if (lo <= 1 || a < lo || a >= hi)
            continue;
        uintptr_t pg = a - a % S_page; /* every page from the first lost one on: the file ends before them all */
        if (mmap((void *)pg, hi - pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED)
            break;
        size_t at = pg - lo, cur = atomic_load(&g->lost);
        while (at < cur && !atomic_compare_exchange_weak(&g->lost, &cur, at))
            ;
        return;
    }
    sigaction(SIGBUS, &S_old_bus, NULL); /* not ours: the access is made again under the old handler */
}

static void S_guard_install(void)
{
    long ps = sysconf(_SC_PAGESIZE);
    S_page = ps > 0 ? (uintptr_t)ps : 4096;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = S_on_bus;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    S_guard_ok = sigaction(SIGBUS, &sa, &S_old_bus) == 0;
}

/* A slot for the mapping [m, m + len): its index + 1, or 0 when none is free. */
static int S_guard_add(void *m, size_t len)
{
    pthread_once(&S_guard_once, S_guard_install);
    if (!S_guard_ok)
        return 0;
    uintptr_t lo = (uintptr_t)m, hi = lo + len + (S_page - len % S_page) % S_page;
    for (size_t i = 0; i < S_GUARDS; i++) {
        uintptr_t free_lo = 0; /* taken with 1 first: the handler skips a slot until its hi is that of its lo */
        if (!atomic_compare_exchange_strong(&S_guards[i].lo, &free_lo, 1))
            continue;
        atomic_store(&S_guards[i].lost, SIZE_MAX);
        atomic_store(&S_guards[i].hi, hi);
        atomic_store(&S_guards[i].lo, lo);
        return (int)i + 1;
    }
    return 0;
}

static void S_guard_drop(int guard)
{
    atomic_store(&S_guards[guard - 1].lo, 0);
}

int xin_item_lost(const xin_item *item, size_t *at)
{
    if (!item->guard)
        return 0;
    size_t lost = atomic_load(&S_guards[item->guard - 1].lost);
    if (lost == SIZE_MAX)
        return 0;
    *at = lost < item->map_len ? lost : item->map_len;
    return 1;
}

/* The rest of a long plain file (not gzip) mapped into memory instead of read into a buffer: the library reads a
 * long text a piece at a time, and the pages it has read can be dropped (batch.c, madvise), so the document is
 * never resident whole (docs/batch.md, nineteenth session). A file that shrinks while it is mapped reads as
 * zeros past its new end (S_guard above). Returns 1 with the mapping, its length and where the rest
 * starts in it, 0 when the file is not one to map (the caller reads it). */
static int S_map_rest(S_stream *s, size_t limit, char **map, size_t *map_len, size_t *at, int *guard)
{
    struct stat st;
    if (s->gz || s->err || fstat(s->fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < 0 ||
        (uint64_t)st.st_size > SIZE_MAX || s->raw != s->off + (s->len - s->pos) || (uint64_t)st.st_size < s->raw ||
        (uint64_t)st.st_size - s->off < S_MAP_MIN || (uint64_t)st.st_size - s->off > limit)
        return 0;
    void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, s->fd, 0);
    if (m == MAP_FAILED)
        return 0;
    if (!(*guard = S_guard_add(m, (size_t)st.st_size))) {
        munmap(m, (size_t)st.st_size);
        return 0;
    }
    *map = m;
    *map_len = (size_t)st.st_size;
    *at = (size_t)s->off;
    /* the stream is at its end: every byte counts as read */
    s->raw = (uint64_t)st.st_size;
    s->off = (uint64_t)st.st_size;
    s->pos = s->len;
    s->eof = 1;
    return 1;
}

/* The whole input as one document. */
static int S_single_next(xin_reader *r, xin_item *item)
{
    char *bytes;
    size_t len = 0, at;
    int too_big = 0;
    r->cur = S_CUR_DONE;
    if (S_map_rest(&r->s, r->max_bytes, &item->map, &item->map_len, &at, &item->guard)) {
        bytes = item->map + at;
        len = item->map_len - at;
    } else if (S_read_rest(&r->s, r->max_bytes, &bytes, &len, &too_big) < 0)
        return S_stream_message(r, item, r->s.off, NULL);
    if (too_big)
        return S_message(item, XIN_ITEM_ERROR, "%s: document is over the limit of %zu bytes (--max-bytes); skipped",
                         r->cur_name, r->max_bytes);
    item->kind = XIN_ITEM_DOC;
    item->bytes = bytes;
    item->len = len;
    item->format = r->cfg->format == XIN_TEXT ? EXTRACT_FORMAT_TEXT
                   : r->cfg->format == XIN_HTML ? EXTRACT_FORMAT_HTML : EXTRACT_FORMAT_AUTO;
    item->name = S_strndup(r->cur_name, strlen(r->cur_name));
    return item->name ? 1 : -1;
}

/* Copies a record field into an item string when the record has it. */
static int S_take_field(const S_record *rec, int f, char **out)
{
    if (rec->rank[f] == INT_MAX)
        return 0;
    *out = S_strndup(rec->value[f].data ? rec->value[f].data : "", rec->value[f].len);
    return *out ? 0 : -1;
}

/* The next record of a JSON Lines input (blank lines are skipped). */
static int S_jsonl_next(xin_reader *r, xin_item *item)
{
    for (;;) {
        int too_long;
        int rc = S_getline(&r->s, &r->line_buf, r->max_bytes, &too_long);
        if (rc == 0)
            return 0;
        if (rc < 0) {
            rc = S_stream_message(r, item, r->s.off, NULL);
            S_resync(&r->s);
            return rc;
        }
        r->line++;
        if (too_long)
            return S_message(item, XIN_ITEM_ERROR, "%s:%ld: invalid JSON Lines record: longer than %zu bytes (--max-bytes); skipped",
                             r->cur_name, r->line, r->max_bytes);
        const char *p = r->line_buf.data ? r->line_buf.data : "";
        size_t n = r->line_buf.len;
        if (r->line == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
            p += 3, n -= 3;
        size_t k = 0;
        while (k < n && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r'))
            k++;
        if (k == n)
            continue;
        S_json j = {p, p, p + n, NULL, NULL, 0};
        if (S_json_record(&j, &r->rec) < 0) {
            if (!j.err)
                return -1;
            return S_message(item, XIN_ITEM_ERROR, "%s:%ld: invalid JSON Lines record: %s (column %ld)", r->cur_name,
                             r->line, j.err, (long)(j.err_at - p) + 1);
        }
        S_record *rec = &r->rec;
        int f = rec->rank[S_F_TEXT] != INT_MAX ? S_F_TEXT : rec->rank[S_F_HTML] != INT_MAX ? S_F_HTML : -1;
        if (f < 0 && !rec->present[S_F_TEXT] && !rec->present[S_F_HTML])
            return S_message(item, XIN_ITEM_ERROR,
                             "%s:%ld: invalid JSON Lines record: no text (maintext, text, content, body, html or raw_html)",
                             r->cur_name, r->line);
        item->kind = XIN_ITEM_DOC;
        if (f >= 0) {
            item->bytes = S_strndup(rec->value[f].data ? rec->value[f].data : "", rec->value[f].len);
            item->len = rec->value[f].len;
        } else {
            item->bytes = S_strndup("", 0); /* "maintext": null: an article with no text */
        }
        item->format = f == S_F_HTML ? EXTRACT_FORMAT_HTML : EXTRACT_FORMAT_AUTO;
        if (!item->bytes || S_take_field(rec, S_F_URL, &item->url) < 0 || S_take_field(rec, S_F_TITLE, &item->title) < 0)
            return -1;
        if (rec->rank[S_F_ID] != INT_MAX && rec->value[S_F_ID].len)
            item->name = S_strndup(rec->value[S_F_ID].data, rec->value[S_F_ID].len);
        else if (item->url && item->url[0])
            item->name = S_strndup(item->url, strlen(item->url));
        else
            item->name = S_aprintf("%s:%ld", r->cur_name, r->line);
        if (!item->name)
            return -1;
        char date[11];
        if (rec->rank[S_F_DATE] != INT_MAX && S_iso_date(rec->value[S_F_DATE].data, rec->value[S_F_DATE].len, date) &&
            !(item->published = S_strndup(date, 10)))
            return -1;
        const char *lang = rec->rank[S_F_LANG] != INT_MAX ? xin_lang_tag(rec->value[S_F_LANG].data, rec->value[S_F_LANG].len) : NULL;
        if (lang && !(item->lang = S_strndup(lang, 2)))
            return -1;
        return 1;
    }
}

/* ---- WARC ---- */

typedef struct {
    char type[32];
    int has_length;
    uint64_t length;
    char *uri;
    char *content_type;
    char date[11];
} S_warc_head;

/* Frees what a WARC header holds. */
static void S_warc_head_free(S_warc_head *h)
{
    free(h->uri);
    free(h->content_type);
    memset(h, 0, sizeof *h);
}

/* Trims blanks (and a CR) at both ends of s[0..*n); returns the new start. */
static const char *S_trim(const char *s, size_t *n)
{
    while (*n && (*s == ' ' || *s == '\t'))
        s++, (*n)--;
    while (*n && (s[*n - 1] == ' ' || s[*n - 1] == '\t' || s[*n - 1] == '\r'))
        (*n)--;
    return s;
}

/* Case-insensitive comparison of a header name s[0..n) with name. */
static int S_name_is(const char *s, size_t n, const char *name)
{
    return strlen(name) == n && strncasecmp(s, name, n) == 0;
}

/* Reads a WARC record's named fields up to the blank line. Returns 0, -1 when the data ends or fails first,
 * 1 when the header is malformed (message in *why), -2 when out of memory. */
static int S_warc_header(xin_reader *r, S_warc_head *h, const char **why)
{
    for (int lines = 0;; lines++) {
        int too_long;
        int rc = S_getline(&r->s, &r->line_buf, S_HEADER_LINE, &too_long);
        if (rc <= 0)
            return -1;
        size_t n = r->line_buf.len;
        const char *l = S_trim(r->line_buf.data, &n);
        if (n == 0)
            return 0;
        if (too_long || lines > S_HEADER_LINES) {
            *why = "WARC header too long";
            return 1;
        }
        if (r->line_buf.data[0] == ' ' || r->line_buf.data[0] == '\t')
            continue; /* a folded continuation of a field we do not read */
        const char *colon = memchr(l, ':', n);
        if (!colon) {
            *why = "malformed WARC header line (no ':')";
            return 1;
        }
        size_t kn = (size_t)(colon - l), vn = n - kn - 1;
        const char *v = S_trim(colon + 1, &vn);
        if (S_name_is(l, kn, "WARC-Type")) {
            snprintf(h->type, sizeof h->type, "%.*s", (int)vn, v);
        } else if (S_name_is(l, kn, "Content-Length")) {
            char *end;
            char num[32];
            snprintf(num, sizeof num, "%.*s", (int)vn, v);
            errno = 0;
            unsigned long long x = strtoull(num, &end, 10);
            if (errno || end == num || *end || num[0] == '-') {
                *why = "invalid Content-Length";
                return 1;
            }
            h->length = x;
            h->has_length = 1;
        } else if (S_name_is(l, kn, "WARC-Target-URI")) {
            if (vn >= 2 && v[0] == '<' && v[vn - 1] == '>')
                v++, vn -= 2;
            free(h->uri);
            if (!(h->uri = S_strndup(v, vn)))
                return -2;
        } else if (S_name_is(l, kn, "Content-Type")) {
            free(h->content_type);
            if (!(h->content_type = S_strndup(v, vn)))
                return -2;
        } else if (S_name_is(l, kn, "WARC-Date")) {
            if (!S_iso_date(v, vn, h->date))
                h->date[0] = '\0';
        }
    }
}

/* Sorts a media type: 1 HTML, 2 plain text, 3 unknown (no type given: sniff), 0 anything else. Copies the charset
 * parameter, lower-cased, into charset ("" when none). */
static int S_media(const char *ct, size_t n, char *charset, size_t cap)
{
    charset[0] = '\0';
    if (!ct)
        return 3;
    const char *semi = memchr(ct, ';', n);
    size_t tn = semi ? (size_t)(semi - ct) : n;
    const char *t = S_trim(ct, &tn);
    for (const char *p = semi; p && p < ct + n;) {
        p++;
        size_t rest = (size_t)(ct + n - p);
        const char *next = memchr(p, ';', rest);
        size_t pn = next ? (size_t)(next - p) : rest;
        const char *par = S_trim(p, &pn);
        if (pn > 8 && strncasecmp(par, "charset=", 8) == 0) {
            size_t cn = pn - 8;
            const char *c = par + 8;
            if (cn >= 2 && c[0] == '"' && c[cn - 1] == '"')
                c++, cn -= 2;
            size_t k = 0;
            for (; k < cn && k + 1 < cap; k++)
                charset[k] = (char)((c[k] >= 'A' && c[k] <= 'Z') ? c[k] + 32 : c[k]);
            charset[k] = '\0';
        }
        p = next;
    }
    if (tn == 0)
        return 3;
    if (S_name_is(t, tn, "text/html") || S_name_is(t, tn, "application/xhtml+xml"))
        return 1;
    if (S_name_is(t, tn, "text/plain"))
        return 2;
    return 0;
}

/* Removes HTTP chunked transfer coding in place. Returns 0, or -1 when the data is not validly chunked. */
static int S_dechunk(char *b, size_t *n)
{
    size_t rd = 0, wr = 0, len = *n;
    for (;;) {
        size_t size = 0;
        int digits = 0;
        while (rd < len) {
            char c = b[rd];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0)
                break;
            if (size > (SIZE_MAX >> 4))
                return -1;
            size = size * 16 + (size_t)d;
            digits++;
            rd++;
        }
        if (!digits)
            return -1;
        while (rd < len && b[rd] != '\n')
            rd++; /* chunk extensions */
        if (rd >= len)
            return -1;
        rd++;
        if (size == 0)
            break;
        if (size > len - rd)
            return -1;
        memmove(b + wr, b + rd, size);
        wr += size;
        rd += size;
        if (rd < len && b[rd] == '\r')
            rd++;
        if (rd < len && b[rd] == '\n')
            rd++;
    }
    *n = wr;
    return 0;
}

/* Inflates an HTTP body sent with Content-Encoding gzip or deflate (zlib-wrapped or raw) into a new buffer of at
 * most limit bytes. Returns 0, -1 when the data does not inflate, -2 when out of memory or over the limit. */
static int S_decode_body(const char *in, size_t n, size_t limit, char **out, size_t *out_len)
{
    if (n > UINT_MAX)
        return -2;
    for (int attempt = 0; attempt < 2; attempt++) {
        z_stream z;
        memset(&z, 0, sizeof z);
        if (inflateInit2(&z, attempt == 0 ? 15 + 32 : -15) != Z_OK)
            return -2;
        xi_buf b;
        xi_buf_init(&b);
        z.next_in = (unsigned char *)(uintptr_t)in;
        z.avail_in = (uInt)n;
        int rc;
        do {
            if (xi_buf_reserve(&b, S_CHUNK) < 0 || b.len > limit) {
                inflateEnd(&z);
                xi_buf_free(&b);
                return -2;
            }
            z.next_out = (unsigned char *)b.data + b.len;
            z.avail_out = (uInt)S_CHUNK;
            rc = inflate(&z, Z_NO_FLUSH);
            b.len += S_CHUNK - z.avail_out;
        } while (rc == Z_OK && (z.avail_in > 0 || z.avail_out == 0));
        inflateEnd(&z);
        if (rc == Z_STREAM_END || ((rc == Z_OK || rc == Z_BUF_ERROR) && b.len)) { /* a cut body: what there is */
            b.data[b.len] = '\0';
            *out_len = b.len;
            *out = b.data;
            return 0;
        }
        xi_buf_free(&b);
    }
    return -1;
}

/* Finds the end of an HTTP header block (the blank line) in b[0..n); returns the body offset or SIZE_MAX. */
static size_t S_http_body_at(const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (b[i] == '\n' && ((i + 1 < n && b[i + 1] == '\n') || (i + 2 < n && b[i + 1] == '\r' && b[i + 2] == '\n')))
            return i + 1 < n && b[i + 1] == '\n' ? i + 2 : i + 3;
    return SIZE_MAX;
}

/* Turns a WARC response block (an HTTP response) into the document it carries. Returns 1 with the document in
 * item, 0 when the record is to be skipped quietly (not 2xx, not HTML or text), 1 with a message in item when it
 * cannot be read, -1 when out of memory. Takes block. */
static int S_http_response(xin_reader *r, char *block, size_t n, const char *where, xin_item *item)
{
    if (n < 5 || memcmp(block, "HTTP/", 5) != 0) {
        free(block);
        return S_message(item, XIN_ITEM_ERROR, "%s: response record without an HTTP status line; skipped", where);
    }
    const char *sp = memchr(block, ' ', n < 64 ? n : 64);
    int status = sp && (size_t)(sp - block) + 4 <= n ? atoi(sp + 1) : 0;
    size_t body = S_http_body_at(block, n);
    if (body == SIZE_MAX) {
        free(block);
        return S_message(item, XIN_ITEM_ERROR, "%s: HTTP response headers without an end; skipped", where);
    }
    const char *ct = NULL, *te = NULL, *ce = NULL;
    size_t ctn = 0, ten = 0, cen = 0;
    for (size_t i = 0; i < body;) {
        const char *nl = memchr(block + i, '\n', body - i);
        size_t ln = nl ? (size_t)(nl - (block + i)) : body - i;
        const char *l = block + i;
        const char *colon = memchr(l, ':', ln);
        if (colon && i > 0) {
            size_t kn = (size_t)(colon - l), vn = ln - kn - 1;
            const char *v = S_trim(colon + 1, &vn);
            if (S_name_is(l, kn, "Content-Type"))
                ct = v, ctn = vn;
            else if (S_name_is(l, kn, "Transfer-Encoding"))
                te = v, ten = vn;
            else if (S_name_is(l, kn, "Content-Encoding"))
                ce = v, cen = vn;
        }
        i += ln + 1;
    }
    char charset[64], coding[48] = "";
    int media = S_media(ct, ctn, charset, sizeof charset);
    if (status < 200 || status > 299 || media == 0) {
        free(block);
        return 0;
    }
    int is_chunked = te && ten >= 7 && strncasecmp(te, "chunked", 7) == 0;
    if (ce)
        snprintf(coding, sizeof coding, "%.*s", (int)(cen < sizeof coding ? cen : sizeof coding - 1), ce);
    ce = coding; /* the headers are overwritten by the body below */
    cen = strlen(coding);
    size_t len = n - body;
    memmove(block, block + body, len);
    block[len] = '\0';
    if (is_chunked && S_dechunk(block, &len) == 0)
        block[len] = '\0';
    if (cen && !S_name_is(ce, cen, "identity")) {
        if (S_name_is(ce, cen, "gzip") || S_name_is(ce, cen, "x-gzip") || S_name_is(ce, cen, "deflate")) {
            char *dec;
            size_t dlen;
            int rc = S_decode_body(block, len, r->max_bytes, &dec, &dlen);
            free(block);
            if (rc == -2)
                return S_message(item, XIN_ITEM_ERROR, "%s: decoded content over the limit of %zu bytes (--max-bytes) or out of memory; skipped",
                                 where, r->max_bytes);
            if (rc < 0)
                return S_message(item, XIN_ITEM_ERROR, "%s: content does not decode as %.*s; skipped", where, (int)cen, ce);
            block = dec;
            len = dlen;
        } else {
            free(block);
            return S_message(item, XIN_ITEM_NOTE, "%s: content encoding %s is not supported; record skipped", where, ce);
        }
    }
    item->kind = XIN_ITEM_DOC;
    item->bytes = block;
    item->len = len;
    item->format = media == 1 ? EXTRACT_FORMAT_HTML : media == 2 ? EXTRACT_FORMAT_TEXT : EXTRACT_FORMAT_AUTO;
    if (charset[0] && !(item->charset = S_strndup(charset, strlen(charset))))
        return -1;
    return 1;
}

/* Moves past the blank lines that end a WARC record (CRLF CRLF, or bare LFs, or more of them). */
static void S_warc_trailer(S_stream *s)
{
    for (;;) {
        S_fill(s, 1);
        if (s->pos == s->len || (s->buf[s->pos] != '\r' && s->buf[s->pos] != '\n'))
            return;
        S_consume(s, 1);
    }
}

/* The next response or resource record of a WARC input that carries HTML or text. Other record types and
 * payloads are skipped; a bad record gives a message naming its offset, and reading resumes at the next record. */
static int S_warc_next(xin_reader *r, xin_item *item)
{
    S_stream *s = &r->s;
    for (;;) {
        S_warc_trailer(s); /* blank lines between records */
        S_fill(s, 1);
        if (s->err) {
            int rc = S_stream_message(r, item, s->off, "unreadable WARC record");
            S_resync(s);
            return rc;
        }
        if (s->pos == s->len)
            return 0;
        uint64_t rec_off = s->off;
        uint64_t rec_raw = S_raw_at(s, rec_off);
        const char *at = s->gz ? "at compressed byte" : "at byte";
        int too_long;
        int rc = S_getline(s, &r->line_buf, 64, &too_long);
        if (rc < 0) {
            rc = S_stream_message(r, item, rec_off, "truncated or corrupt WARC record");
            S_resync(s);
            return rc;
        }
        if (rc == 0)
            return 0;
        if (too_long || r->line_buf.len < 5 || memcmp(r->line_buf.data, "WARC/", 5) != 0) {
            if (r->resyncing)
                continue;
            r->resyncing = 1;
            return S_message(item, XIN_ITEM_ERROR, "%s: %s %llu: not a WARC record header; looking for the next record",
                             r->cur_name, at, (unsigned long long)rec_raw);
        }
        r->resyncing = 0;
        S_warc_head h = {0};
        const char *why = NULL;
        rc = S_warc_header(r, &h, &why);
        if (rc != 0) {
            S_warc_head_free(&h);
            if (rc == -2 || s->err == S_ERR_NOMEM)
                return -1;
            if (rc < 0) {
                rc = S_stream_message(r, item, rec_off, "truncated WARC record (the data ends inside its header)");
                S_resync(s);
                return rc;
            }
            r->resyncing = 1;
            return S_message(item, XIN_ITEM_ERROR, "%s: %s %llu: %s; looking for the next record", r->cur_name, at,
                             (unsigned long long)rec_raw, why);
        }
        if (!h.has_length) {
            S_warc_head_free(&h);
            r->resyncing = 1;
            return S_message(item, XIN_ITEM_ERROR, "%s: %s %llu: WARC record without Content-Length; looking for the next record",
                             r->cur_name, at, (unsigned long long)rec_raw);
        }
        int wanted = strcasecmp(h.type, "response") == 0 ? 1 : strcasecmp(h.type, "resource") == 0 ? 2 : 0;
        if (!wanted || h.length > (uint64_t)r->max_bytes + S_HEADER_LINE) {
            uint64_t want = h.length, got = S_skip(s, want);
            int too_big = wanted && got == want;
            S_warc_head_free(&h);
            if (got < want) {
                rc = s->err ? S_stream_message(r, item, rec_off, "truncated WARC record")
                            : S_message(item, XIN_ITEM_ERROR, "%s: %s %llu: truncated WARC record (Content-Length %llu, the data ends after %llu)",
                                        r->cur_name, at, (unsigned long long)rec_raw, (unsigned long long)want,
                                        (unsigned long long)got);
                S_resync(s);
                return rc;
            }
            S_warc_trailer(s);
            if (too_big)
                return S_message(item, XIN_ITEM_ERROR, "%s: %s %llu: record is over the limit of %zu bytes (--max-bytes); skipped",
                                 r->cur_name, at, (unsigned long long)rec_raw, r->max_bytes);
            continue;
        }
        char *block;
        size_t got;
        if (S_read_exact(s, (size_t)h.length, &block, &got) < 0) {
            uint64_t want = h.length;
            S_warc_head_free(&h);
            if (s->err == S_ERR_NOMEM)
                return -1;
            rc = s->err ? S_stream_message(r, item, rec_off, "truncated WARC record")
                        : S_message(item, XIN_ITEM_ERROR, "%s: %s %llu: truncated WARC record (Content-Length %llu, the data ends after %zu)",
                                    r->cur_name, at, (unsigned long long)rec_raw, (unsigned long long)want, got);
            S_resync(s);
            return rc;
        }
        S_warc_trailer(s);
        char where[512];
        snprintf(where, sizeof where, "%s: %s %llu", r->cur_name, at, (unsigned long long)rec_raw);
        if (wanted == 1) {
            rc = S_http_response(r, block, (size_t)h.length, where, item);
        } else {
            char charset[64];
            int media = S_media(h.content_type, h.content_type ? strlen(h.content_type) : 0, charset, sizeof charset);
            if (media == 0) {
                free(block);
                rc = 0;
            } else {
                item->kind = XIN_ITEM_DOC;
                item->bytes = block;
                item->len = (size_t)h.length;
                item->format = media == 1 ? EXTRACT_FORMAT_HTML : media == 2 ? EXTRACT_FORMAT_TEXT : EXTRACT_FORMAT_AUTO;
                rc = charset[0] && !(item->charset = S_strndup(charset, strlen(charset))) ? -1 : 1;
            }
        }
        if (rc == 1 && item->kind == XIN_ITEM_DOC) {
            if (r->cfg->format == XIN_TEXT || r->cfg->format == XIN_HTML)
                item->format = r->cfg->format == XIN_TEXT ? EXTRACT_FORMAT_TEXT : EXTRACT_FORMAT_HTML;
            item->name = h.uri && h.uri[0] ? S_strndup(h.uri, strlen(h.uri))
                                           : S_aprintf("%s@%llu", r->cur_name, (unsigned long long)rec_raw);
            if (!item->name || (h.date[0] && !(item->fallback_date = S_strndup(h.date, 10))))
                rc = -1;
        }
        S_warc_head_free(&h);
        if (rc != 0)
            return rc;
    }
}

/* The next item of the open input: 1 item, 0 when the input is used up, -1 when out of memory. */
static int S_cur_next(xin_reader *r, xin_item *item)
{
    switch (r->cur) {
    case S_CUR_SINGLE: return S_single_next(r, item);
    case S_CUR_JSONL: return S_jsonl_next(r, item);
    case S_CUR_WARC: return S_warc_next(r, item);
    default: return 0;
    }
}

int xin_next(xin_reader *r, xin_item *item)
{
    memset(item, 0, sizeof *item);
    for (;;) {
        if (r->cur != S_CUR_NONE) {
            int rc = S_cur_next(r, item);
            if (rc != 0)
                return rc;
            S_cur_close(r);
            continue;
        }
        char *path;
        struct stat st;
        int is_stdin;
        int rc = S_next_path(r, &path, &st, &is_stdin, item);
        if (rc != 2)
            return rc;
        rc = S_cur_open(r, path, is_stdin, item);
        if (rc != 0)
            return rc;
    }
}

int xin_measure(const xin_config *cfg, uint64_t *bytes, uint64_t *docs)
{
    *bytes = 0;
    *docs = 0;
    if (cfg->files_from)
        return 0;
    xin_reader *r;
    if (xin_open(cfg, &r) < 0)
        return 0;
    int known = 1, single = 1;
    uint64_t files = 0;
    xin_item item;
    memset(&item, 0, sizeof item);
    for (;;) {
        char *path;
        struct stat st;
        int is_stdin;
        int rc = S_next_path(r, &path, &st, &is_stdin, &item);
        xin_item_clear(&item);
        if (rc == 0)
            break;
        if (rc < 0) {
            known = 0;
            break;
        }
        if (rc != 2)
            continue;
        if (is_stdin && (fstat(0, &st) != 0 || !S_ISREG(st.st_mode))) {
            known = 0;
        } else {
            *bytes += (uint64_t)st.st_size;
            files++;
            if (cfg->format == XIN_JSONL || cfg->format == XIN_WARC || is_stdin || S_kind_by_name(path) != S_CUR_SINGLE)
                single = 0;
        }
        free(path);
    }
    xin_close(r);
    if (known && single)
        *docs = files;
    return known;
}
