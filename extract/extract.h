/* extract.h - the public interface of libextract: claims about released, held and detained people in news text.
 *
 * Use: load a pattern set once (extract_patterns_load), process any number of documents with it (extract_process),
 * read each document's claims and warnings, write them (extract_write_jsonl), free the document.
 *
 * Ownership, once for the whole API: arguments are borrowed and may be freed after the call returns; what a function
 * returns through an `out` pointer the caller frees with the matching _free function; every string and structure
 * reachable from an extract_doc (claims, spans, warnings) lives exactly as long as that document.
 * A loaded extract_patterns is read-only: several threads may process documents with one set at the same time.
 * No function prints; failures come back as an extract_status plus detail in an extract_error. */
#ifndef EXTRACT_H
#define EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EXTRACT_VERSION "0.1.0"
#define EXTRACT_SCHEMA_VERSION "1.0"

typedef enum {
    EXTRACT_OK = 0,
    EXTRACT_ERR_NOMEM,   /* an allocation failed; nothing leaked, the document produced no output */
    EXTRACT_ERR_IO,      /* a file could not be read */
    EXTRACT_ERR_PATTERN, /* a pattern file is invalid; message has file:line */
    EXTRACT_ERR_INPUT,   /* the document was refused (too large, binary, ...) */
    EXTRACT_ERR_USAGE,   /* invalid option value */
    EXTRACT_ERR_STOPPED  /* extract_process_stream's callback returned non-zero: processing stopped there */
} extract_status;

typedef struct {
    extract_status code;
    char input[256];   /* the file or document the error is about ("" when none) */
    long line;         /* 1-based line in that input, 0 when not applicable */
    long column;       /* 1-based column (bytes) or 0 */
    char message[768];
} extract_error;

/* Formats an error as "input:line:column: message" (the parts that are known) into buf. */
void extract_error_format(const extract_error *err, char *buf, size_t len);

typedef struct extract_patterns extract_patterns;
typedef struct extract_doc extract_doc;

/* The pattern directory compiled into this build (the installed one, or the source tree's for a build tree). */
const char *extract_default_pattern_dir(void);

/* Loads and compiles every pattern file under dir (dir/shared, dir/es, dir/pt, dir/en). */
extract_status extract_patterns_load(const char *dir, extract_patterns **out, extract_error *err);
void extract_patterns_free(extract_patterns *p);

/* Runs every rule's must-match / must-not-match examples. Returns the number of failing examples; each failure
 * is passed to report (if non-NULL) as "file:line: message". total receives the number of examples run. */
size_t extract_patterns_check(const extract_patterns *p, void (*report)(void *ctx, const char *msg), void *ctx,
                              size_t *total);

typedef enum { EXTRACT_FORMAT_AUTO = 0, EXTRACT_FORMAT_TEXT, EXTRACT_FORMAT_HTML } extract_input_format;

typedef struct {
    const char *ref_date;   /* "YYYY-MM-DD" or NULL: then the document's own date, else today */
    const char *lang;       /* "es", "pt", "en" or NULL to detect */
    extract_input_format format;
    size_t max_bytes;       /* documents larger than this are refused; 0 = EXTRACT_DEFAULT_MAX_BYTES */
    int explain;            /* keep the per-sentence trace for extract_write_explain */
    /* Metadata known from outside the document (a JSON Lines record, a WARC header); NULL when unknown. url and
     * title take the place of what an HTML page says. published ("YYYY-MM-DD") is the publication date and, when
     * ref_date is NULL, the reference date (ref_date_source "metadata"). fallback_date ("YYYY-MM-DD", e.g. the
     * WARC-Date of a crawl) is the reference date only when neither ref_date, a publication date nor a dateline
     * gives one (ref_date_source "metadata"). An invalid date is EXTRACT_ERR_USAGE, like an invalid ref_date. */
    const char *url;
    const char *title;
    const char *published;
    const char *fallback_date;
    /* A text longer than this (after HTML and normalization) is processed in windows of about this many bytes of
     * whole paragraphs, one after another, so a document's peak memory does not grow with its length; each window
     * also reads some paragraphs on either side as context. 0 = EXTRACT_DEFAULT_WINDOW_BYTES, SIZE_MAX = never. */
    size_t window_bytes;
} extract_options;

#define EXTRACT_DEFAULT_MAX_BYTES ((size_t)64 * 1024 * 1024)
#define EXTRACT_DEFAULT_WINDOW_BYTES ((size_t)512 * 1024)

/* Checks option values (a real calendar date, a supported language) before any document is read, so a caller
 * can report a usage error once. extract_process makes the same checks. */
extract_status extract_options_check(const extract_options *opt, extract_error *err);

typedef enum { EXTRACT_EVENT_RELEASE, EXTRACT_EVENT_HELD, EXTRACT_EVENT_DETENTION } extract_event;
typedef enum {
    EXTRACT_Q_EXACT, EXTRACT_Q_APPROX, EXTRACT_Q_AT_LEAST, EXTRACT_Q_MORE_THAN, EXTRACT_Q_AT_MOST, EXTRACT_Q_LESS_THAN
} extract_qualifier;
typedef enum {
    EXTRACT_KIND_PERSON, EXTRACT_KIND_ORGANIZATION, EXTRACT_KIND_GOVERNMENT, EXTRACT_KIND_MEDIA, EXTRACT_KIND_UNKNOWN
} extract_actor_kind;
typedef enum { EXTRACT_STANCE_ASSERTS, EXTRACT_STANCE_DISPUTES, EXTRACT_STANCE_DENIES } extract_stance;

typedef struct {
    const char *name;  /* NULL when the claim has no claimant */
    const char *title; /* NULL when none */
    extract_actor_kind kind;
} extract_actor;

typedef struct {
    extract_event event;
    int64_t count;
    extract_qualifier qualifier;
    const char *count_text;  /* the count as written, qualifier included */
    const char *subject;     /* who was counted, as written; NULL when not said */
    extract_actor claimant;
    char claimed_on[11];     /* "YYYY-MM-DD" or "" */
    char period_from[11];    /* "" when open / unknown */
    char period_to[11];
    extract_stance stance;
    size_t start, end;       /* byte offsets of the evidence sentence in the document text */
    const char *section;     /* "body", "headline" or "caption" */
    const char *rule;        /* id of the rule that found the count */
    double confidence;
} extract_claim;

/* Processes one document. bytes need not be NUL-terminated nor valid UTF-8. name is the input's name used in
 * records and messages. On EXTRACT_OK *out holds the document (possibly with zero claims). */
extract_status extract_process(const extract_patterns *p, const char *bytes, size_t len, const char *name,
                               const extract_options *opt, extract_doc **out, extract_error *err);
/* The same, taking ownership of bytes (allocated with malloc): they are freed once read, before the claims are
 * built, so a long document is not held twice; freed on every path, failures included. */
extract_status extract_process_take(const extract_patterns *p, char *bytes, size_t len, const char *name,
                                    const extract_options *opt, extract_doc **out, extract_error *err);
void extract_doc_free(extract_doc *d);

/* Streaming: the same as extract_process_take (bytes are taken and freed), but the claims are handed to on_part
 * as they are made instead of being kept: once for a document processed whole, once per window of a text longer
 * than window_bytes (in text order), so the claims of a long document are written and freed as the run goes
 * and its peak memory does not grow with its claims. During the call, part is the document holding only the
 * claims and the warnings recorded since the previous call: extract_doc_claim_count, extract_doc_claim,
 * extract_doc_warning_count, extract_doc_warning and the writers (extract_write_jsonl, _tsv, _csv) see exactly
 * those, with offsets in the whole text; they are dropped when on_part returns. The records written part after
 * part are byte for byte those extract_process's document writes, and the warnings come in the same order. A
 * plain-text document over window_bytes is also normalized a piece at a time as its windows need it, and its
 * text is not kept: extract_doc_text returns NULL (len 0) for it, during the calls and after. A non-zero return
 * from on_part stops the document: EXTRACT_ERR_STOPPED (the parts handed over stay handed over). On EXTRACT_OK
 * *out holds the document with its metadata (language, dates, URL, title), no claims and no warnings; with
 * opt->explain its trace is kept whole for extract_write_explain, whose header then counts no claims. */
typedef int (*extract_part_fn)(void *ctx, const extract_doc *part);
extract_status extract_process_stream(const extract_patterns *p, char *bytes, size_t len, const char *name,
                                      const extract_options *opt, extract_part_fn on_part, void *ctx,
                                      extract_doc **out, extract_error *err);
/* The same for bytes the caller keeps and frees (a file mapped into memory, say): they are only borrowed for the
 * call. When release is not NULL, a long plain text (read a piece at a time) calls it, with ctx, with offsets
 * before which no byte of the input will be read again until the next call with a smaller one (the count of
 * invalid sequences for the first warning reads the input through once before the text is normalized from its
 * start), so the caller can let those pages go each time (madvise MADV_DONTNEED on a mapping of the file): the
 * input then need not be resident whole either. */
extract_status extract_process_stream_borrowed(const extract_patterns *p, const char *bytes, size_t len,
                                               const char *name, const extract_options *opt, extract_part_fn on_part,
                                               void (*release)(void *ctx, size_t upto), void *ctx, extract_doc **out,
                                               extract_error *err);

size_t extract_doc_claim_count(const extract_doc *d);
const extract_claim *extract_doc_claim(const extract_doc *d, size_t i);
const char *extract_doc_lang(const extract_doc *d);
const char *extract_doc_ref_date(const extract_doc *d);
/* Where the reference date came from, in order of precedence: "option", "metadata" (HTML or record
 * metadata), "document" (a dateline), "today". */
const char *extract_doc_ref_date_source(const extract_doc *d);
const char *extract_doc_text(const extract_doc *d, size_t *len); /* the text offsets refer to */
const char *extract_doc_url(const extract_doc *d);       /* the page's or the caller's URL; NULL when unknown */
const char *extract_doc_title(const extract_doc *d);     /* NULL when unknown */
const char *extract_doc_published(const extract_doc *d); /* "YYYY-MM-DD"; NULL when unknown */
size_t extract_doc_warning_count(const extract_doc *d);
const char *extract_doc_warning(const extract_doc *d, size_t i); /* "name:offset: message" */

/* Output. write is called with consecutive pieces; a non-zero return from it stops the output and is returned. */
typedef int (*extract_write_fn)(void *ctx, const char *data, size_t len);
int extract_write_jsonl(const extract_doc *d, extract_write_fn write, void *ctx);  /* one line per claim */
int extract_write_explain(const extract_doc *d, extract_write_fn write, void *ctx); /* human-readable trace */

/* Tables for spreadsheets: a header row, then one row per claim with the columns doc, lang, ref_date, event,
 * count, qualifier, count_text, subject, claimant_name, claimant_kind, claimant_title, claimed_on, period_from,
 * period_to, stance, sentence, start, end, rule, confidence; an unknown value is an empty field. TSV rows end
 * with LF, and tab, LF, CR and backslash inside a value are written \t, \n, \r, \\. CSV follows RFC 4180:
 * rows end with CRLF, a value with a comma, quote, CR or LF is quoted and its quotes doubled. Invalid UTF-8 is
 * written as U+FFFD, as in JSON. */
typedef enum { EXTRACT_TABLE_TSV, EXTRACT_TABLE_CSV } extract_table_format;
int extract_write_table_header(extract_table_format f, extract_write_fn write, void *ctx);
int extract_write_tsv(const extract_doc *d, extract_write_fn write, void *ctx);
int extract_write_csv(const extract_doc *d, extract_write_fn write, void *ctx);

/* JSON string escaping as used by the writers: appends a quoted JSON string for s[0..len) to write.
 * Invalid UTF-8 is written as U+FFFD; control characters, quote and backslash are escaped. */
int extract_write_json_string(const char *s, size_t len, extract_write_fn write, void *ctx);

#ifdef __cplusplus
}
#endif
#endif
