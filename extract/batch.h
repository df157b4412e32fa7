/* batch.h - a run of the extract command over many documents (part of the command, not of libextract).
 *
 * The calling thread reads items from an input reader and hands them to a pool of worker threads, each of which
 * runs extract_process with the one shared, read-only pattern set and formats the document's output into a
 * buffer of its own. The calling thread takes the finished documents back strictly in input order and writes each
 * one's output whole, so the output of -j N is byte for byte that of -j 1. At most a window of documents (a count
 * and a byte budget) is in flight, so memory does not grow with the collection; a document's bytes are freed as
 * soon as it is processed. Nothing here prints: messages and progress go to callbacks, write errors come back as
 * the status. */
#ifndef EXTRACT_BATCH_H
#define EXTRACT_BATCH_H

#include <stddef.h>
#include <stdint.h>

#include "extract.h"
#include "input.h"

typedef enum {
    XB_OUT_JSONL,     /* claim records (with --explain: each document's trace before its records) */
    XB_OUT_TSV,       /* claim rows after one header row */
    XB_OUT_CSV,
    XB_OUT_TEXT,      /* the text read from each document */
    XB_OUT_TEXT_JSONL /* one JSON object per document: its name, metadata and text */
} xb_output;

typedef struct {
    uint64_t docs;        /* documents processed, failed ones included */
    uint64_t bytes;       /* input bytes read (compressed bytes for gzip) */
    uint64_t claims;
    uint64_t errors;      /* inputs, records and documents that failed */
    double seconds;
    uint64_t total_bytes; /* of the whole run; 0 when unknown */
    uint64_t total_docs;  /* 0 when unknown */
    size_t work_peak;     /* at the end: the most bytes of documents the workers processed at once (work_bytes) */
} xb_progress;

typedef struct {
    const extract_patterns *patterns;
    const extract_options *opt; /* for every document; a record's metadata goes into a copy */
    xb_output output;
    int jobs;                   /* worker threads; 1 processes in the calling thread */
    int out_fd;
    size_t window_docs;         /* most documents in flight; 0 = 4 per job */
    size_t window_bytes;        /* most document bytes in flight (one larger document still goes alone);
                                   0 = XB_DEFAULT_WINDOW_BYTES */
    size_t work_bytes;          /* most bytes of documents the workers process at once, shared by all of them: a
                                   long plain text counts one text window (opt->window_bytes), an HTML page or a
                                   document kept whole all its bytes; a job waits for room, and one larger document
                                   runs alone. 0 = one and a half text windows (768 KiB by default): never two long
                                   texts at once, articles beside one */
    uint64_t total_bytes, total_docs; /* what the progress reports as the totals; 0 when unknown */
    /* Called on the calling thread, in input order: a message about an input or a document (is_error 0 for a
     * warning), without a trailing newline. */
    void (*message)(void *ctx, int is_error, const char *text);
    /* Called on the calling thread about every progress_every seconds, and once more at the end with final 1;
     * NULL for none. */
    void (*progress)(void *ctx, const xb_progress *p, int final);
    double progress_every;
    void *ctx;
} xb_config;

#define XB_DEFAULT_WINDOW_BYTES ((size_t)32 * 1024 * 1024)

typedef enum {
    XB_OK,          /* every item read and its output written */
    XB_CLOSED,      /* the output was closed (EPIPE): the run stopped early */
    XB_WRITE_ERROR, /* writing failed (ENOSPC, EIO, ...): *write_errno says why */
    XB_NOMEM        /* out of memory outside any one document */
} xb_status;

/* Runs every item of r. stats receives the figures of the run (also on failure). */
xb_status xb_run(const xb_config *cfg, xin_reader *r, xb_progress *stats, int *write_errno);

#endif
