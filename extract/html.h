/* html.h - the html stage: an HTML page's bytes -> the article's main text and its metadata.
 *
 * The text handed on is UTF-8, one block per line: the headline first, then standfirst and body paragraphs
 * (list items and <br>-separated lines are blocks too), blocks separated by "\n\n". Boilerplate (navigation,
 * related/most-read lists, comments, scripts, footers, ...) is left out. Ownership: every pointer in
 * xh_page is allocated in the arena passed to xh_parse and lives as long as that arena. */
#ifndef EXTRACT_HTML_H
#define EXTRACT_HTML_H

#include <stddef.h>
#include "util.h"

typedef struct {
    char *text;          /* main text, NUL-terminated, valid UTF-8 */
    size_t text_len;
    const char *title;   /* NULL when unknown */
    const char *published; /* ISO date YYYY-MM-DD, NULL when unknown */
    const char *published_source; /* "json-ld", "meta", "time", "dateline" ...; NULL when unknown */
    const char *url;     /* canonical URL, NULL when unknown */
    const char *lang;    /* "es", "pt", "en" from <html lang>/content-language, NULL when unknown or other */
    const char *charset; /* the encoding the bytes were read as */
    /* Byte ranges of `text` that come from figure captions (start,end pairs), so claims there can be marked. */
    size_t *caption_spans;
    size_t n_caption_spans;
} xh_page;

/* Returns 1 when the bytes look like HTML (markup near the start, or a doctype), 0 for plain text. */
int xh_sniff(const char *bytes, size_t len);

/* Parses `bytes` as an HTML page. Returns 0 on success; -1 on failure with a message (NUL-terminated,
 * at most errlen bytes) in `err`. Never prints anything; never touches the network or other files. */
int xh_parse(const char *bytes, size_t len, xi_arena *arena, xh_page *out, char *err, size_t errlen);

#endif
