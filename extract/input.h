/* input.h - where documents come from (part of the extract command, not of libextract).
 *
 * A reader walks the inputs named on the command line in order: files, directories (recursively, each directory's
 * entries in byte order of their names, dotfiles skipped), the paths listed in a --files-from list, or standard
 * input. Each file is one document, or a container of many: JSON Lines (one article per line) or WARC (.warc, and
 * .warc.gz made of one gzip member per record). Any file may be gzip-compressed. Containers are found by content
 * (a "WARC/" header, a line starting with a JSON object) and by name (.warc, .jsonl, .ndjson, .json, with or
 * without .gz), unless the input format is forced.
 *
 * The reader hands out one item at a time: a document (its bytes and what is known about it), or a message about
 * an input or a record that could not be read, which the caller reports; reading goes on after it.
 * Ownership: an item owns every string in it until xin_item_clear; the reader borrows its configuration, which
 * must outlive it. A reader is used by one thread. Nothing here prints. */
#ifndef EXTRACT_INPUT_H
#define EXTRACT_INPUT_H

#include <stddef.h>
#include <stdint.h>

#include "extract.h"

typedef enum { XIN_AUTO = 0, XIN_TEXT, XIN_HTML, XIN_JSONL, XIN_WARC } xin_format;

typedef enum {
    XIN_ITEM_DOC,   /* a document to process */
    XIN_ITEM_ERROR, /* an input, a record or a line that could not be read: the run ends with status 1 */
    XIN_ITEM_NOTE   /* something skipped that the user should know about, not an error */
} xin_kind;

typedef struct {
    xin_kind kind;
    char *bytes;                 /* the document's bytes (NUL-terminated for convenience, unless mapped) */
    size_t len;
    /* A long plain file is mapped into memory rather than read (S_map_rest): bytes then point into map, which
     * xin_item_clear unmaps, and whose pages the caller may drop once read (madvise). NULL otherwise. */
    char *map;
    size_t map_len;
    int guard; /* the mapping's slot in input.c's SIGBUS guard, index + 1 */
    char *name;                  /* the document's name for records: path, JSON id or url, WARC-Target-URI */
    extract_input_format format; /* how extract_process should read the bytes */
    /* What the container says about the document; NULL when it says nothing. */
    char *url, *title;
    char *published;     /* YYYY-MM-DD, the publication date of a JSON Lines record */
    char *fallback_date; /* YYYY-MM-DD, the WARC-Date of a WARC record */
    char *lang;          /* "es", "pt" or "en" when the record declares one of them */
    char *charset;       /* the HTTP Content-Type charset of a WARC response, lower case */
    char *message;       /* XIN_ITEM_ERROR / XIN_ITEM_NOTE: "input:position: what happened" */
} xin_item;

typedef struct {
    const char *const *paths; /* files, directories, "-" for standard input */
    size_t n_paths;           /* 0 and no files_from: standard input */
    const char *files_from;   /* a file listing paths one a line, "-" for standard input, or NULL */
    xin_format format;
    size_t max_bytes;         /* largest document (or record) accepted; 0 = EXTRACT_DEFAULT_MAX_BYTES */
} xin_config;

typedef struct xin_reader xin_reader;

/* Starts reading the configured inputs. Returns 0, or -1 when out of memory. */
int xin_open(const xin_config *cfg, xin_reader **out);

/* The next item. Returns 1 with *item filled (the caller clears it), 0 when every input is read, -1 when out of
 * memory (the reader cannot go on). */
int xin_next(xin_reader *r, xin_item *item);

/* Bytes read from the inputs so far (compressed bytes for gzip input), for progress and statistics. */
uint64_t xin_bytes_read(const xin_reader *r);

/* For a mapped file: 1 with *at set when the file shrank while it was mapped and its bytes from *at on were read
 * as zeros (input.c, S_guard), so the document's claims after that point are missing; 0 otherwise. */
int xin_item_lost(const xin_item *item, size_t *at);

void xin_item_clear(xin_item *item);
void xin_close(xin_reader *r);

/* The size of the named inputs, for a progress display: the bytes of every file (walking directories) and the
 * number of files whose names say they hold one document each. Returns 1 when the total is known, 0 when it
 * cannot be (standard input that is not a file, a --files-from list). *docs is 0 when unknown. */
int xin_measure(const xin_config *cfg, uint64_t *bytes, uint64_t *docs);

/* "es", "pt" or "en" for a language tag like "es", "pt-BR", "en_US", "Spanish" (case-insensitive), else NULL.
 * The result is a static string. */
const char *xin_lang_tag(const char *tag, size_t len);

#endif
