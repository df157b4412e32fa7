/* claims_int.h - what the parts of the claims stage share: the binder's context and the functions one part asks
 * another (claims.c, actors.c, subjects.c, counts.c, claimant.c, when.c, discourse.c). Not installed. */
#ifndef EXTRACT_CLAIMS_INT_H
#define EXTRACT_CLAIMS_INT_H

#include "claims.h"
#include "numbers.h"
#include "segment.h"

#include <stddef.h>

/* A quotation: offsets of the opening and closing marks (close = end of paragraph when never closed). */
typedef struct {
    size_t open, close;
} xc_quote;

/* Everything the binder knows about one count while it decides. */
typedef struct xc_count {
    const xd_mention *num;
    const xd_mention *subject; /* people noun after (or "the figure is" before) the count */
    const xd_mention *trigger; /* the event word bound to it */
    const xd_mention *qual;
    int event;
    int adjacent;  /* the count sits right against its trigger */
    int anaphoric; /* a bare figure framed by a reporting verb or "the figure": the people are those of the text */
    const struct xc_count *answers; /* the count of the same people this bare figure answers ("116, pero … 56") */
    int among; /* "22 political prisoners among them": a part of the group counted before */
    int asked; /* a bare figure answering "how many …?": the question's event + 1 (xc_question_event), else 0 */
    int plus;      /* "Ana y otros 17": people named beside the figure, of the whole it counts (the claim says 18) */
    const struct xc_count *gapped; /* "62 people in Istanbul and 23 in Ankara": the count whose noun and verb it leaves out */
    int of_them; /* "al menos un centenar de ellas", "71 of them": a part named only by a partitive pronoun, with
                  * nothing else to say its event (the group counted before it is that of the sentence's count
                  * before, when there is one) */
} xc_count;

typedef struct {
    const char *name, *title;
    const char *fold;       /* a name of several words folded, for xc_latest_holding */
    const char *fold_title; /* the title folded, made when it is learnt */
    const char *rank;       /* folded: a capitalised title written right before the name ("General Le Quy Vuong"),
                             * which "the general" means as well as the title in apposition */
    int kind;
    size_t at;    /* latest mention */
    size_t prev;  /* the mention before the latest (references inside the sentence that names it again) */
    size_t first; /* first mention */
    size_t mod_at;  /* the latest mention when it only modified another word ("assessor de X"), else SIZE_MAX */
    size_t mod_key; /* then: where its sentence starts, the rank such a mention has for references */
} xc_actor;

/* A per-document index from strings to numbers (mention or actor indices), in the document's arena: chained
 * buckets, each chain newest first, so that a look-up visits the entries of one key from the latest added. It keeps
 * the binder's document-level questions ("is this name known?", "which known names hold this word?") from scanning
 * everything learnt so far for every mention, which made a long document quadratic. */
typedef struct {
    const char *key;
    size_t len, val;
    size_t next; /* the previous entry of the same bucket, SIZE_MAX at the end */
} xc_entry;

typedef struct {
    size_t *heads; /* per bucket: its newest entry, SIZE_MAX when empty */
    size_t n_heads;
    xc_entry *e;
    size_t n, cap;
} xc_map;

typedef struct {
    extract_doc *d;
    xc_quote *quotes;
    size_t n_quotes;
    size_t *sent_first; /* first mention index of each sentence; sent_first[n_sents] = n_ments */
    /* the figures of sentences that dispute or deny, as (value, mention index) sorted, made the first time a reply
     * asks (claims.c S_answered_later): whether a figure comes back later in such a sentence is then a binary
     * search, not a scan of every later mention for each reply sentence. NULL until made. */
    struct xc_figure_at *answered;
    size_t n_answered;
    xc_actor *actors;    /* titles learnt so far, by name; emptied only by xc_forget_actors, which empties the
                         * maps below that index them too */
    size_t n_actors, cap_actors;
    size_t cap_claims;
    size_t learnt; /* mentions before this index have been learnt as actors */
    const xc_actor *issuer; /* the organisation speaking as "we" in a statement, or NULL */
    const xc_actor *interviewee; /* who answers the questions of an interview, or NULL */
    const char *interview_date; /* the day the interview was given ("spoke to us on Sunday"), or NULL */
    unsigned char *answer;      /* per paragraph: 1 in an answer of the interview */
    size_t *entry_first; /* per sentence of a live blog: the first sentence of its entry, SIZE_MAX outside one; or NULL */
    const char **entry_day; /* per sentence of a live blog: the day of the day heading above its entry, or NULL */
    const char **section_day; /* per sentence of a chronicle told a day a paragraph: its paragraph's day, or NULL */
    const xd_mention *period_by; /* the date xc_set_period gave the claim being dated, or NULL */
    /* the day of the statement an indefinite "in a statement" / "en un comunicado" (said=told) points back to, set by
     * xc_dates for the claim being dated and taken only when nothing nearer dates its statement, or NULL */
    const char *told_on;
    int in_speaker; /* xc_current_speaker is working: a reference inside the verb it asks about does not ask again */
    /* the opening parentheses of the text by the two bytes after them and the two before them (past spaces): an
     * acronym introduced "(ACR)" or "ACR (…)" (xc_index_parens, made when first needed) */
    xc_map paren_after, paren_before;
    int parens_indexed;
    xc_map names;   /* actor name -> its index in actors */
    xc_map words;   /* each word of a known name of several words -> the actor's index (xc_actor_of) */
    xc_map initials; /* the capitals opening the words of such a name ("PF" for "Polícia Federal") -> the actor's
                     * index (xc_acronym_of) */
    xc_map holding; /* the first six bytes of each folded word of such a name, of a title, of a rank -> the actor's
                    * index (xc_latest_holding: a stem of another language shares them) */
    xc_map written; /* a name -> the first mention that writes it inside a sentence (xc_lone_opening_word) */
    /* per sentence and lexicon of when.c's S_sentence_has_words (XC_WORDS_MEMO of them: si * XC_WORDS_MEMO +
     * slot): 0 not asked yet, 1 no word of the lexicon, 2 one. The dating of every claim of a sentence asks the
     * same questions of it, and each answer reads the whole sentence word by word. */
    unsigned char *has_words;
    /* the lexicons the binder's word tests asked for, by the address of their name (xc_table): those tests run for
     * every word of many sentences, and finding a table by its name costs more than the look-up in it */
    struct xc_table_memo *tables;
} xc_ctx;

/* One entry of xc_ctx.answered: a figure's value and its mention. */
typedef struct xc_figure_at {
    int64_t value;
    size_t ment;
} xc_figure_at;

/* One entry of xc_ctx.tables: XC_TABLE_MEMO of them per language. */
typedef struct xc_table_memo {
    const char *name;
    const xp_table *t;
} xc_table_memo;
#define XC_TABLE_MEMO 64

#define XC_WORDS_MEMO 8

/* How xc_words_before compares: the case of the phrase's first letter, and whether the lexicon of every language
 * is consulted (names travel: "Observatorio Venezolano de Prisiones" in an English article) or only the document's. */
enum { XC_LOWER = 1, XC_UPPER = 2, XC_ANY_CASE = 3, XC_ALL_LANGS = 4 };

/* How many earlier claims the duplicate and stance checks look at (the first ones, and the latest ones). */
#define XC_LOOKBACK 256

/* claims.c */
int xc_give_actor(const xc_actor *a, extract_actor *out);
int xc_map_add(extract_doc *d, xc_map *m, const char *key, size_t len, size_t val);
size_t xc_map_next(const xc_map *m, const char *key, size_t len, size_t from);
void xc_forget_actors(xc_ctx *c);
int xc_index_parens(xc_ctx *c);
void xc_trace(xc_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int xc_is_space(char ch);
int xc_letter_byte(unsigned char ch);
/* the lengths of a word xc_acronym_of reads as an acronym ("PF" .. "CONFENAIE"), which xc_index_parens keys by */
#define XC_ACRONYM_MIN 2
#define XC_ACRONYM_MAX 10
void xc_word_before(const char *t, size_t lo, size_t pos, size_t *b, size_t *e);
/* The first word [*b,*e) at or after pos, not past hi (spaces skipped first); *b == *e when there is none. */
void xc_word_after(const char *t, size_t pos, size_t hi, size_t *b, size_t *e);
int xc_word_in(const char *t, size_t b, size_t e, const char *const *list, size_t n);
int xc_listed(const xc_ctx *c, const char *name, size_t b, size_t e, int flags);
/* xp_table_get(c->d->pat, lang, name), remembered for the document by the name's address (and checked by its
 * text: an address that came back with another name is looked up again). */
const xp_table *xc_table(const xc_ctx *c, int lang, const char *name);
size_t xc_listed_at(const xc_ctx *c, const char *name, size_t i, size_t hi, int flags);
size_t xc_listed_in(const xc_ctx *c, const char *name, size_t a, size_t b, int flags);
int xc_gap(const char *t, size_t a, size_t b, int words, size_t maxlen, int loose);
int xc_gap_words(const char *t, size_t a, size_t b, int words, size_t maxlen);
/* Where the last ch of text[a,b) is, SIZE_MAX when there is none. */
size_t xc_last_of(const char *t, size_t a, size_t b, char ch);
int xc_only_conjunction(const xc_ctx *c, size_t a, size_t b);
int xc_has_that(const xc_ctx *c, size_t a, size_t b);
size_t xc_that_word(const xc_ctx *c, size_t i, size_t b);
int xc_that_says(const xc_ctx *c, const xc_count *cnt, size_t a, size_t b);
long xc_quote_at(const xc_ctx *c, size_t off);
/* The length of the quotation mark at t[i] (" “ ” « », not past len), 0 when there is none; *open is 1 for an
 * opening mark, 0 for a closing one, -1 for the straight quote (its direction comes from context). */
int xc_quote_mark(const char *t, size_t len, size_t i, int *open);
size_t xc_fold_at(const extract_doc *d, size_t off);
const char *xc_dup(xc_ctx *c, size_t s, size_t e);
void xc_skip_article(const char *t, size_t *s, size_t e);
void xc_range(const xc_ctx *c, size_t si, size_t *a, size_t *b);

/* actors.c */
const char *xc_find_title(xc_ctx *c, const xd_mention *a);
xc_actor *xc_known(const xc_ctx *c, const char *name);
int xc_remember(xc_ctx *c, const char *name, const char *title, const char *rank, int kind, size_t at,
                size_t mod_key);
int xc_acronym_of(xc_ctx *c, const xd_mention *m, size_t s, size_t e, extract_actor *out);
size_t xc_seen_before(const xc_actor *a, size_t before);
const xc_actor *xc_latest_holding(xc_ctx *c, const char *w, size_t wl, size_t before, int person);
const xc_actor *xc_body_holding(xc_ctx *c, const char *w, size_t wl, size_t before);
void xc_actor_of(xc_ctx *c, const xd_mention *m, extract_actor *out);
int xc_opens_sentence(const char *t, size_t at);
int xc_after_place(const xc_ctx *c, const xd_mention *m);
const xc_actor *xc_latest_titled(xc_ctx *c, const char *holds, size_t before);
int xc_last_media(xc_ctx *c, const xd_mention *p, extract_actor *out);
int xc_unnamed_reference(xc_ctx *c, const xd_mention *p, const char *w, size_t wl, size_t after_at,
                         extract_actor *out);
int xc_title_reference(xc_ctx *c, const xd_mention *p, const char *w, size_t wl, size_t after_at,
                       extract_actor *out);

/* subjects.c */
int xc_current_speaker(xc_ctx *c, size_t sj, size_t before, extract_actor *out);
int xc_interlocutor(const xc_ctx *c, const xd_mention *m, size_t lo);
int xc_lone_opening_word(xc_ctx *c, const xd_mention *m, const extract_actor *who);
int xc_claimant_from(xc_ctx *c, const xd_mention *m, extract_actor *out);
int xc_phrase_subject(xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb, int inverted, extract_actor *out);
int xc_phrase_source(xc_ctx *c, const xd_mention *src, size_t ma, size_t mb, extract_actor *out);
int xc_words_before(const xc_ctx *c, const char *name, size_t lo, size_t pos, int flags);
int xc_lower_words(const char *t, size_t a, size_t b, int most);
/* Whether a title mention (a hyphenated rank before it counts with it), after at most two lower-case words from as
 * and before at most one, leads to the name at `name`: "subcomisario X", "la abogada X", "Lieutenant-Colonel X". */
int xc_title_before_name(const xc_ctx *c, size_t ma, size_t mb, size_t as, size_t name);
size_t xc_relative_word(const xc_ctx *c, size_t b);
int xc_article_only(const xc_ctx *c, size_t a, size_t b);
size_t xc_article_start(const xc_ctx *c, size_t lo, size_t pos, int indefinite);
const xd_mention *xc_subject_before(const xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb);
const xd_mention *xc_mention_at(const xc_ctx *c, size_t ma, size_t mb, size_t pos, xp_kind kind);
const xd_mention *xc_subject_after(const xc_ctx *c, const xd_mention *cue, size_t ma, size_t mb);
int xc_addressee_verb(const xc_ctx *c, const xd_mention *cue);
int xc_cue_subject(xc_ctx *c, const xd_mention *cue, extract_actor *out);
int xc_inverted(const char *t, size_t lo, size_t pos);
int xc_lexicon_has(const xc_ctx *c, const char *name, size_t a, size_t b);
/* The folded words of text[a,b) as one key with single spaces (key of cap bytes); 0 when it does not fit. */
size_t xc_fold_key(const extract_doc *d, size_t a, size_t b, char *key, size_t cap);
extract_actor_kind xc_phrase_kind(const xc_ctx *c, size_t s, size_t e);
int xc_article_led(const xc_ctx *c, const xd_mention *m, size_t s);
int xc_sound_label(xc_ctx *c, const xc_quote *q, extract_actor *out);
void xc_viral_source(xc_ctx *c);
int xc_cue_in_name(const xc_ctx *c, const xd_mention *cue);
int xc_document_maker(xc_ctx *c, size_t si, extract_actor *out);
const xd_mention *xc_agent_named(const xc_ctx *c, size_t k, size_t mb);
size_t xc_first_at(const extract_doc *d, size_t off);
int xc_quote_byline(xc_ctx *c, const xc_quote *q, extract_actor *out);
const char *xc_byline_date(xc_ctx *c, const xc_quote *q);
const xd_mention *xc_quote_speaker(xc_ctx *c, const xc_quote *q, extract_actor *out);

/* counts.c */
int xc_num(const xd_mention *m);
int xc_has_object(const xc_ctx *c, const xd_mention *tr, size_t ma, size_t mb);
int xc_noun_of_number(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *m, const xd_mention *self);
int xc_whole_of_part(const xc_ctx *c, size_t ma, size_t mb, const xd_mention *n);
/* Whether the folded word [fs,fe) ends like a participle: in a row of participle_endings (plural: "detenidos",
 * "jailed"), or, when singular is set, also of participle_endings_sg ("sequestrado"), with a longer stem. */
int xc_participle_end(const extract_doc *d, size_t fs, size_t fe, int singular);
int xc_bare_participle(const xc_ctx *c, const xd_mention *m);
const xd_mention *xc_partitive_pronoun_after(const xc_ctx *c, size_t ma, size_t mb, size_t pos);
int xc_participle_head(const xc_ctx *c, const xd_mention *m);
int xc_finite_event(const xc_ctx *c, const xd_mention *m);
/* Whether text[a,b) is only auxiliaries and adverbs of a verb phrase (aux_words, at most five words). */
int xc_aux_gap(const xc_ctx *c, size_t a, size_t b);
int xc_noun_of_other(const extract_doc *d, size_t a, const xd_mention *m);
const xd_mention *xc_relative_trigger(const xc_ctx *c, const xc_count *cnt, size_t ma, size_t mb);
int xc_question_event(xc_ctx *c, size_t k);
int xc_make_count(xc_ctx *c, size_t k, size_t ma, size_t mb, xc_count *out);
int xc_contrast_count(xc_ctx *c, const xc_count *prev, size_t k, size_t ma, size_t mb, xc_count *out);
int xc_gapped_count(xc_ctx *c, const xc_count *prev, size_t k, size_t ma, size_t mb, xc_count *out);
size_t xc_distance(size_t s, size_t e, const xd_mention *m);
void xc_count_span(const xc_count *cnt, size_t *s, size_t *e);
int xc_coordinated(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b);
int xc_whole_first(const xc_ctx *c, size_t ma, size_t mb, const xc_count *cnt);
int xc_list_part(const xc_ctx *c, const xc_count *counts, size_t i, size_t ma, size_t mb, size_t part_i, int part_event);
size_t xc_total_of_parts(const xc_ctx *c, const xc_count *counts, size_t n, size_t i, size_t ma, size_t mb);
int xc_part_subject(const xc_ctx *c, const xd_mention *m);
const xd_mention *xc_nearest_trigger(xc_ctx *c, const xc_count *counts, size_t n_counts, size_t i, size_t ma,
                                     size_t mb, size_t *dist);
size_t xc_sentences_apart(const extract_doc *d, size_t a, size_t b);

/* claimant.c */
int xc_same_context(const xc_ctx *c, long q, size_t off, size_t si);
int xc_clause_between(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b);
int xc_opens_with(const xc_ctx *c, size_t si, const char *name);
int xc_clause_subject(xc_ctx *c, const xc_count *cnt, size_t ma, size_t mb, extract_actor *out);
int xc_claimant(xc_ctx *c, const xc_count *cnt, size_t ma, size_t mb, extract_actor *out, const xd_mention **cue_out,
                const char **how);

/* when.c */
int xc_word_ends(const char *t, size_t a, size_t b, size_t min, const char *const *ends, size_t n);
int xc_verb_participle(const char *t, size_t a, size_t end);
void xc_set_period(xc_ctx *c, const xc_count *cnt, const xd_mention *m, extract_claim *cl, const char *why);
const xd_mention *xc_cue_between(const xc_ctx *c, size_t ma, size_t mb, size_t a, size_t b);
void xc_dates(xc_ctx *c, const xc_count *counts, size_t n_counts, size_t i, const xd_mention *cue, size_t ma,
              size_t mb, extract_claim *cl);
void xc_event_day(xc_ctx *c, const xc_count *cnt, extract_claim *cl);
void xc_day_span(xc_ctx *c, const xc_count *cnt, extract_claim *cl);
/* "82 arrests in the first two days", "en los últimos diez días": a run of days up to the statement day (when.c). */
void xc_last_days(xc_ctx *c, const xc_count *cnt, extract_claim *cl);
void xc_part_period(xc_ctx *c, const xc_count *cnt, extract_claim *cl);
void xc_same_event_day(xc_ctx *c, const xc_count *cnt, extract_claim *cl);
int xc_figure_ref(const xd_mention *m);
int xc_has_number(const xc_ctx *c, size_t sj);
void xc_statement_date(xc_ctx *c, const xd_mention *cue, size_t si, extract_claim *cl);
int xc_points_back(const xc_ctx *c, size_t si, int need_ref);
void xc_statement_goes_on(xc_ctx *c, size_t si, size_t at, extract_claim *cl);

/* discourse.c */
int xc_apposition_says(const xc_ctx *c, const xd_mention *p);
int xc_learn_actors(xc_ctx *c, size_t upto);
const xc_actor *xc_copy_actor(xc_ctx *c, const xc_actor *a);
int xc_find_entries(xc_ctx *c);
int xc_find_sections(xc_ctx *c);
int xc_section_day(const xc_ctx *c, size_t si, extract_claim *cl);
int xc_entry_day(const xc_ctx *c, size_t si, extract_claim *cl);
int xc_said_in_month(const xc_ctx *c, const xd_mention *cue, size_t si, size_t pos);
int xc_entry_speaker(xc_ctx *c, size_t fs, extract_actor *out);
int xc_find_interview(xc_ctx *c);
int xc_transcript(const extract_doc *d);
int xc_live_blog(const extract_doc *d);

#endif
