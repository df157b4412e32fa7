/* document.h - the per-document structure every stage after input reads and fills (private to the library). */
#ifndef EXTRACT_DOCUMENT_H
#define EXTRACT_DOCUMENT_H

#include "extract.h"
#include "normalize.h"
#include "patterns.h"
#include "util.h"

typedef struct {
    size_t start, end; /* byte offsets in the text */
    int para;          /* paragraph index */
    int section;       /* XD_SECTION_* */
    int dated;         /* near a sentence that can hold a claim: where dates are read whatever the gates */
    size_t ask_at;     /* where its first question word ("¿Cuántos", "how many") stands, SIZE_MAX for none
                        * (recognize.c; claims.c, S_question_event) */
} xd_sentence;

/* XD_SECTION_SUBHEAD is internal: a subheading inside the body (a live blog's entry title) restates what its
 * entry tells, like a headline, but is printed as "body" (the schema's set of sections is closed). */
enum { XD_SECTION_BODY, XD_SECTION_HEADLINE, XD_SECTION_CAPTION, XD_SECTION_SUBHEAD };

/* A typed mention found by a rule (recognize.c). Offsets are in the text, never in the folded copy. A long
 * document has a mention every 20-30 bytes, all held until its claims are built, so the small fields are bytes
 * (every value they take is under 100) and ordered so the record packs (96 bytes, was 128). */
typedef struct {
    const xp_rule *rule;
    size_t start, end;
    size_t sent;          /* sentence index */
    size_t name_s, name_e; /* the "name" capture (actors, sources), "num" for numbers */
    int64_t value;         /* numbers, collectives */
    xp_kind kind;
    int8_t qualifier;      /* extract_qualifier, or -1 */
    int8_t event;          /* extract_event, XD_EVENT_NONE, or -1 */
    int8_t stance;         /* extract_stance, or -1 */
    int8_t actor_kind;     /* extract_actor_kind, or -1 */
    int8_t role;           /* dateroles: 1 from, 2 to, XD_ROLE_FUTURE, XD_ROLE_SAID; pronouns: XD_REF_*; subjects: 1 when before the count;
                              dates: XD_DATE_NAMED when the date names an event ("the July 28 election") */
    int8_t whole_month;    /* a month named without a day ("in February 2023") */
    int8_t yearless;       /* dates: 1 a day and month without a year (the year was guessed from the reference
                            * date), 2 a day, month and year all written out (an anchor for the yearless), 3 a day
                            * and month of last year ("el 4 de enero del año pasado": the story's year), 4 a day
                            * and month of the year named before ("daquele ano", "that year": recognize.c), 5 a month
                            * or run of months with no year written ("entre mayo y junio": its year guessed) */
    int8_t weekday;        /* dates: 1 a bare weekday read as the latest before the reference date ("on Friday",
                            * no day, no past or week word), 2 a weekday written with its day ("Thursday, 18
                            * November", "el domingo 8"): an anchor of the week a story is told in (when.c) */
    int8_t dead;           /* dropped by an overlap or veto */
    char date[11];         /* dates: resolved ISO value (a range's first day) */
    char date_end[11];     /* date ranges: the last day; "" for single dates */
} xd_mention;

enum { XD_REF_PERSON = 1, XD_REF_ORG, XD_REF_GOV, XD_REF_CLAIM, XD_REF_SELF };
enum { XD_DATE_NAMED = 1 };
/* a daterole marking the event as still to come ("is due to be released on", "serán excarcelados el") */
enum { XD_ROLE_FUTURE = 3, XD_ROLE_SAID = 4 };

/* The event of words like "killed", "wounded": people counted for something that is not ours. */
#define XD_EVENT_NONE 3

struct extract_doc {
    xi_arena arena;
    const extract_patterns *pat;
    const char *name;
    int lang;
    char ref_date[11];
    const char *ref_date_source;
    xn_text text;
    xn_fold fold;
    const char *url, *title, *published;
    size_t dateline_at;  /* where the dateline's date starts (SIZE_MAX: none): it dates the article, not a claim */
    size_t dateline_end; /* where the dateline ends (after its agency and dash), 0 when none */
    xd_sentence *sents;
    size_t n_sents;
    int n_paras;
    xd_mention *ments; /* sorted by start */
    size_t n_ments;
    extract_claim *claims;
    size_t n_claims;
    const char **warnings;
    size_t n_warnings, cap_warnings;
    int explain;
    xi_buf trace; /* --explain output */
    /* A window of a long document (document.c, S_windows): the text is the whole text's [base, base + len);
     * warnings outside [keep_s, keep_e) (whole-text offsets) belong to another window and are not recorded. A
     * document processed whole has base 0 and keep_e SIZE_MAX. */
    size_t base, keep_s, keep_e;
    extract_actor issuer; /* a statement's issuer ("we"), found by the opening window and kept for the later ones */
    int claims_heap; /* claims is malloc'd (gathered from windows), not in the arena */
    int text_heap;   /* text.text is malloc'd (normalized in pieces), not in the arena */
    /* extract_process_stream: each part's claims and warnings go to on_part and are dropped (document.c) */
    extract_part_fn on_part;
    void *part_ctx;
    /* A long plain text streamed: only the part [text_off, text_off + text.len) of the whole text is held (it
     * slides forward window by window), and extract_doc_text returns NULL. 0 and unset otherwise. */
    size_t text_off;
    int text_part;
};

/* The text at whole-text offset off (the writers: claims carry whole-text offsets; a streamed long text holds a
 * part of it). */
static inline const char *xd_text_at(const extract_doc *d, size_t off) { return d->text.text + (off - d->text_off); }

/* Records a warning "name:offset: message" on the document; returns -1 only when out of memory. */
int xd_warn(extract_doc *d, size_t offset, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
