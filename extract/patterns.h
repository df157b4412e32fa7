/* patterns.h - the pattern set: rules, fragments, lexicons and tables loaded from patterns/ (docs/patterns.md).
 *
 * A loaded set is read-only after xp_load returns, so documents on several threads can share it. */
#ifndef EXTRACT_PATTERNS_H
#define EXTRACT_PATTERNS_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <stdint.h>
#include <pcre2.h>
#include <pthread.h>
#include <stddef.h>
#include "extract.h"
#include "prefilter.h"
#include "util.h"

enum { XP_LANG_ES, XP_LANG_PT, XP_LANG_EN, XP_NLANG };
extern const char *const xp_lang_names[XP_NLANG];
int xp_lang_from_name(const char *name); /* -1 when unknown */

/* What a rule's matches mean; the recognize stage turns each into a typed mention. */
typedef enum {
    XP_NUMBER,     /* a number: captures num (digits or words), optional mult */
    XP_COLLECTIVE, /* un centenar, a dozen: attribute value=, optional q= (default approx) */
    XP_QUALIFIER,  /* al menos, more than: attribute q= */
    XP_VETO,       /* a span whose numbers are never counts (10%, 10:00, article 24) */
    XP_SUBJECT,    /* people nouns after a count: optional event= (the noun's own event), pre=1 ("the number is") */
    XP_TRIGGER,    /* release / held / detention words, or none (killed, wounded): attribute event= */
    XP_CUE,        /* reporting verb: optional attribute stance= */
    XP_SOURCE,     /* según X / according to X: the actor right after it is the claimant */
    XP_ACTOR,      /* an entity: captures name, attribute kind= */
    XP_PRONOUN,    /* he, la organización, the balance, we: ref=person|organization|government|claim|self */
    XP_TITLE,      /* a title head word (presidente, minister) */
    XP_DATE,       /* a date: captures day month year wday (and *2 alternates, eday emonth eyear for ranges);
                      rel= (days from the reference date); dateline=1 (may date the document) */
    XP_DATEROLE,   /* desde / hasta / as of before a date: attribute role=from|to */
    XP_STANCE,     /* a dispute / denial marker: attribute stance= */
    XP_CLAUSE,     /* a clause break (", but", "; however"): a reporting verb does not reach across it */
    XP_AGENT,      /* "by", "por": the agent of a passive reporting verb follows */
    XP_PARTITIVE,  /* "of the", "de esos", "entre los": what follows names a group counted before */
    XP_NKINDS
} xp_kind;
extern const char *const xp_kind_names[XP_NKINDS];

typedef struct {
    const char *key, *value;
} xp_attr;

typedef struct {
    const char *text;
    int must_match;
    int lang;  /* -1: every language the rule is compiled for */
    const char *expect; /* "name=value; name=value" or NULL */
    const char *file;
    int line;
} xp_example;

typedef struct xp_rule {
    const char *id;
    const char *file;
    int line;
    xp_kind kind;
    int lang;      /* the language this compiled instance serves */
    int fold;      /* 1: matched against the folded text; 0: against the text as written */
    /* The code compiled at load (anchored when the rule is prefiltered at compile time, else as written): it
     * proves the regex valid and gives the capture count and the group names, but never runs on a document.
     * What runs is made from it the first time a document needs it (xp_rule_run, xp_rule_scan): most of a
     * load's time went to JIT-compiling rules a short document never tries. */
    pcre2_code *base;
    /* base's table of group names (PCRE2_INFO_NAMETABLE: n_names entries of name_size bytes, a big-endian group
     * number in two bytes then the NUL-terminated name, sorted by name), read once so that the recognizer's
     * look-ups of a group by name do not call into PCRE2 for each match */
    const unsigned char *names;
    uint32_t n_names, name_size;
    const char *src; /* the expanded regex (arena), for the codes compiled on demand */
    size_t src_len;
    _Atomic(pcre2_code *) run;   /* xp_rule_run's JIT-compiled code, NULL until the rule has run enough */
    _Atomic(pcre2_code *) plain; /* xp_rule_run's code before that, when base is not it; NULL until asked for */
    _Atomic unsigned runs;       /* how many times xp_rule_run was asked for the rule (saturates at the bar) */
    _Atomic(pcre2_code *) scan; /* xp_rule_scan's code for a prefiltered rule, NULL until first asked for */
    xp_attr *attrs;
    size_t n_attrs;
    uint64_t attr_keys; /* xp_attr_bit of each attribute's key: a key whose bit is not set is not there */
    _Atomic int base_runs; /* xp_rule_run: 1 when base is the code to interpret, 2 when not, 0 not read yet */
    int everywhere; /* attribute everywhere=1: the recognizer tries the rule in every sentence, whatever its kind */
    int gate;       /* attribute gate=1: a match makes a number's sentence a candidate (recognize.c, pass 1) */
    xp_example *examples;
    size_t n_examples;
    /* prefiltered: every match starts with one of the prefixes, or a character of one of the classes, where no
     * ASCII letter precedes (prefilter.h); the regex compiled anchored is then what runs on documents (the JIT
     * ignores PCRE2_ANCHORED at match time), and the unanchored code is not JIT-compiled */
    int prefiltered;
    const char **prefixes;
    size_t n_prefixes;
    unsigned prefix_classes;
    unsigned char class_not_after[3]; /* per XF_CLASS_*: what may not precede it (XF_NOT_AFTER_*) */
    /* a prefiltered rule some of whose ways have no prefix but open with a positive lookbehind: the literals
     * that lookbehind starts with (xf_prefixes_lead), whose windows the recognizer scans besides the prefixes'
     * places; n 0: none */
    xf_litset lead;
    /* The same rule compiled for an earlier language when its regex came out the same there (a shared rule whose
     * lexicons and fragments are the same): its load-time code, source and prefixes are that rule's (not freed
     * with this one); NULL otherwise. */
    const struct xp_rule *same;
    /* same, or its own twin, when it is also prefiltered alike: xp_rule_run and xp_rule_scan use the twin's
     * codes made on demand and its counter, so each regex is JIT-compiled once whatever the languages */
    const struct xp_rule *twin;
    int prefiltered_read; /* prefiltered as the regex was read, before a full trie could turn it off */
    struct extract_patterns *set; /* the pattern set, for its JIT budget (jit_bytes, jit_budget) */
    xf_litset lead_read;  /* lead as read, likewise */
    /* Its place in the JIT ranking (patterns/jit.tsv, read at load: S_jit_rank in patterns.c): XP_JIT_UNRANKED
     * when the file does not list it, XP_JIT_RANKED_IN when listed within the ranked share of the budget (JIT-
     * compiled at the bar while the budget holds), XP_JIT_RANKED_OUT when listed past it or as saving nothing
     * (stays in the interpreter: the same matches). Set on the rule whose codes run (the twin), once, at load. */
    unsigned char jit_rank;
    /* The words a rule's match cannot start with (attribute start_not_in=LEX[,LEX...], twenty-sixth session): the
     * one-word entries of the lexicons it names, as the rule's regex reads them (folded for a folded rule), in a
     * case-exact table (xp_table, exact; arena), NULL when the rule has no such attribute. The rule's regex must
     * itself refuse a match that starts with a whole such word (a negative lookahead over the lexicon at its
     * start, as actor.person's); the recognizer then does not try the rule there (xp_start_excluded), and the
     * checker tests that it refuses. */
    const struct xp_table *not_start;
#ifdef XP_RULE_STATS
    /* a stats build only (EXTRACT_RULE_STATS; scripts/jit-rank): the rule's match calls and their nanoseconds,
     * counted on the rule whose codes run (its twin), written at extract_patterns_free */
    _Atomic unsigned long long st_calls, st_ns;
#endif
} xp_rule;

enum { XP_JIT_UNRANKED = 0, XP_JIT_RANKED_IN = 1, XP_JIT_RANKED_OUT = 2 };

/* Per language, the sets of literals one of each of which every match of a rule holds at or after its start
 * (prefilter.h, xf_required): the rule is not tried where a set's literals no longer occur before the subject
 * ends. Read from the rules' regexes the first time a document of the language needs them (xp_required_get):
 * the reading was two fifths of a load, and a run over articles of one language needs a third of it. */
typedef struct {
    xi_arena arena;
    xf_litset (*sets)[XF_MAX_REQUIRED]; /* [rule index] */
    unsigned *n;                        /* [rule index]: how many sets of the rule are asked for */
    /* [rule index]: 1 + the index in sets of the rule's lead set (xp_rule.lead), past the n required ones and
     * collected like them but not required; 0 when the rule has none or it could not be asked for (the rule is
     * then scanned everywhere) */
    unsigned char *lead_at;
    /* the sets' literals of the rules read against the text as written [0] and folded [1], the mark of each
     * being rule index * XF_MAX_REQUIRED + set; NULL when no rule has any */
    xf_trie *trie[2];
} xp_required;

typedef struct xp_table {
    const char *name;
    size_t n;
    const char **keys;   /* folded (as written when exact), sorted */
    const char **values; /* second column or NULL */
    const char **extra;  /* third column or NULL */
    /* an open-addressing hash of the keys (index + 1, 0 empty; mask + 1 slots): lookups happen for every word
     * of a document (language detection, abbreviations, number words), where a binary search of string
     * comparisons cost more than the rest of those steps */
    uint32_t *slot;
    uint32_t *slot_hash; /* the low 32 bits of the hash of each slot's key */
    size_t mask;
    size_t max_len; /* the longest key, in bytes: a longer string is in no row (xc_words_before stops there) */
    /* the last words of the keys (after their last space), as slot and slot_hash hold the keys (index + 1 of a
     * key ending in that word): a phrase whose last word ends no key is in no row (xp_table_ends_with) */
    uint32_t *last_slot, *last_hash;
    size_t last_mask;
    /* the first bytes of the keys, one bit per byte value: a scan that tries a look-up at every word of a text
     * (recognize.c, S_ask_at) skips the words no key can start with before it finds their ends and hashes them */
    uint64_t first[4];
    /* 1: the keys are as written and a look-up is case-exact (a rule's start_not_in words, S_start_set); 0: a
     * lexicon's, folded, looked up with folded text */
    int exact;
} xp_table;

/* The JIT's code is the largest part of a long run's memory: 10 to 550 KB a rule (ten times its interpreted code;
 * the rules are long alternations), 28 MB for the three languages' rules, all JIT-compiled sooner or later by a
 * long run, against the 64 MB issue #5 allows. Once the rules JIT-compiled so far hold XP_JIT_BUDGET bytes of it,
 * the rules that reach the bar after them stay in the interpreter (the same matches, slower): the hottest rules
 * reach the bar first. Threads compiling at the same moment may pass the budget by one rule each. */
#ifndef XP_JIT_BUDGET
#define XP_JIT_BUDGET ((size_t)16 << 20)
#endif
/* The share of the budget given by the ranking (patterns/jit.tsv): the rules it lists, in its order (the most
 * time saved per byte of JIT code first, measured on the corpus collection), are admitted while their listed
 * JIT sizes add up to at most this; the rules it does not list (new ones) share the rest, first come first
 * served, as all rules did before the ranking (docs/design.md, "Twenty-fifth session: a JIT budget by size and
 * use"). Measured: 12 MB of ranked rules buy the time 25 MB of JIT code for every rule buys. */
#ifndef XP_JIT_RANKED
#define XP_JIT_RANKED ((size_t)12 << 20)
#endif

#define XP_SCRATCH_SLOTS 64
/* Frees one of the recognizer's work spaces (recognize.c); NULL is ignored. */
void xr_scratch_free(void *scratch);
struct extract_patterns {
    xi_arena arena;
    char dir[1024];
    xp_rule *rules[XP_NLANG];
    size_t n_rules[XP_NLANG];
    /* the most ovector pairs (capture groups + 1) any of the language's rules needs: one match data per document
     * serves every rule, instead of one allocated per rule and document */
    uint32_t max_pairs[XP_NLANG];
    xp_table *tables[XP_NLANG];
    size_t n_tables[XP_NLANG];
    /* the tables by name (index + 1, 0 empty; mask + 1 slots): the claim builder asks for a table by name for
     * nearly every word it weighs, where comparing the name with each table's took a twentieth of its time */
    uint32_t *table_slot[XP_NLANG];
    size_t table_mask[XP_NLANG];
    pcre2_match_context *mctx;
    /* bytes of JIT code made so far, all languages: once jit_budget (XP_JIT_BUDGET at load) is reached, no more
     * rules are JIT-compiled (patterns.c, xp_rule_run) */
    _Atomic size_t jit_bytes;
    size_t jit_budget;
    /* of jit_bytes, the JIT code of rules the ranking does not list (XP_JIT_UNRANKED): they may use what the
     * ranked rules admitted at load (jit_reserved, their listed sizes summed) leave of jit_budget */
    _Atomic size_t jit_unranked_bytes;
    size_t jit_reserved;
    size_t jit_ranked; /* how many rules the ranking admitted (XP_JIT_RANKED_IN) */
    /* per language, for the rules read against the text as written [0] and folded [1]: their prefixes, the
     * mark of each being the rule's index in rules[lang]; NULL when no rule has prefixes */
    xf_trie *trie[XP_NLANG][2];
    _Atomic(xp_required *) required[XP_NLANG]; /* NULL until xp_required_get made it */
    /* Held while a language's required sets are made: the first documents of a language start on every worker
     * at once, and each made its own sets (tries, memo, scratch: 5-10 MB a language) for all but one to be
     * thrown away, which was the peak of a run at -j 8. The others wait for the one being made instead. */
    pthread_mutex_t required_mu;
    /* Held while a rule made on demand is JIT-compiled (patterns.c, S_jit_on_demand): PCRE2's JIT compiler works in
     * a few MB of scratch for a long rule, and eight workers reaching their first documents' rules together
     * compiled eight at once (the peak of a run at -j 8). One compile at a time; a rule whose turn has not come
     * runs in the interpreter meanwhile (same matches). */
    pthread_mutex_t jit_mu;
    /* The recognizer's per-document work space (candidate lists, xr_scratch in recognize.c), kept between documents
     * so that their arrays are not allocated, grown and freed again for every document: a document takes one from
     * a free slot (or makes one) and puts it back when done; freed with the patterns. */
    _Atomic(void *) scratch[XP_SCRATCH_SLOTS];
};

/* The language's required sets, made once, by the first thread that asks (the others asking meanwhile wait for
 * them); NULL when out of memory (the next call tries again). */
const xp_required *xp_required_get(const extract_patterns *p, int lang);

/* The code documents run: the regex compiled anchored when the rule is prefiltered, else as written;
 * JIT-compiled (when the JIT is available). Made on the first call, from any thread (two threads that race both
 * make it and one copy is kept; every copy is the same, so which one runs changes nothing). NULL when out of
 * memory. */
const pcre2_code *xp_rule_run(const xp_rule *r);
/* The regex compiled as written (unanchored): xp_rule_run's code when the rule is not prefiltered, else code
 * made on the first call, not JIT-compiled (--explain and the example checker scan with it). NULL when out of
 * memory. */
const pcre2_code *xp_rule_scan(const xp_rule *r);
/* How many bytes before a match's start the rule's lookbehinds may read: its longest lookbehind, in characters
 * (PCRE2_INFO_MAXLOOKBEHIND), at four bytes a character. */
size_t xp_rule_behind(const xp_rule *r);

const char *xp_attr_get(const xp_rule *r, const char *key); /* NULL when absent */
/* Whether a whole word of s starts at subj[at] in a subject that ends at to: an entry of s followed by the end or
 * by an ASCII character that is no letter, digit nor hyphen (whatever else follows, the word is not asked for: a
 * conservative answer, since the rule's own lookahead then decides). 1: the rule cannot match at at. */
int xp_start_excluded(const xp_table *s, const char *subj, size_t at, size_t to);
/* The bit of an attribute key in xp_rule.attr_keys: from its first three bytes (fewer when it is shorter), so two
 * keys may share one (the set only rules keys out; xp_attr_get compares the strings when the bit is set). */
static inline uint64_t xp_attr_bit(const char *key)
{
    unsigned h = (unsigned char)key[0] * 37u;
    if (key[0])
        h += (unsigned char)key[1] * 7u + (key[1] ? (unsigned char)key[2] : 0u);
    return (uint64_t)1 << (h & 63u);
}
const xp_table *xp_table_get(const extract_patterns *p, int lang, const char *name);
/* Looks a folded key up; returns its index or -1. */
long xp_table_find(const xp_table *t, const char *key, size_t len);
/* The same with the key's hash (xp_table_hash) given: one word looked up in several tables is hashed once. */
size_t xp_table_hash(const char *key, size_t len);
long xp_table_find_hashed(const xp_table *t, const char *key, size_t len, size_t hash);
/* Whether some key of t ends in the word w (the whole key, or the part after its last space); 1 when t is NULL
 * is not asked: NULL gives 0. */
int xp_table_ends_with(const xp_table *t, const char *w, size_t len);
/* Whether some key of t starts with byte b (0 for a NULL table). */
static inline int xp_table_may_start(const xp_table *t, unsigned char b)
{
    return t && (int)((t->first[b >> 6] >> (b & 63)) & 1);
}

/* Limits that keep a hostile pattern or text from hanging a document (docs/patterns.md). */
#define XP_MATCH_LIMIT 2000000u
#define XP_DEPTH_LIMIT 10000u
#define XP_HEAP_LIMIT 20000u /* KiB */
#define XP_MAX_EXPANDED (1024u * 1024u) /* bytes of regex after fragments and lexicons are pasted in */
#define XP_MAX_LIST (16u * 1024u * 1024u) /* bytes of one lexicon or table file */

#endif
