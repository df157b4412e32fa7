/* prefilter.h - where a rule can match, found without running it.
 *
 * Most rules open with a word boundary and a list of words ("\b(?:dijo|afirmó|…)"). PCRE2 can only skip ahead
 * on a single first byte, so such a rule costs a match attempt at nearly every letter of the text, and a few
 * dozen rules make that the bulk of the time. At load time xf_prefixes reads a rule's regex and, when it can
 * prove that every match starts where a letter follows a non-letter and begins with one of a set of literal
 * prefixes, returns that set; all such rules of a language go into one trie, and xf_trie_scan walks the text
 * once, word start by word start, reporting each (rule, position) where a prefix is present. The recognizer then
 * runs a prefiltered rule anchored at those positions only. A regex the analysis does not understand simply
 * gets no prefixes and is scanned as before: the prefilter never changes what a rule matches, only where it
 * is tried (the pattern checker verifies it on every example; tests/cli.sh compares against full scans). */
#ifndef EXTRACT_PREFILTER_H
#define EXTRACT_PREFILTER_H

#include <stddef.h>
#include "util.h"

/* Longest prefix kept: enough to tell the words of a list apart, short enough to keep the sets small. */
#define XF_MAX_PREFIX 8

/* Classes of first characters a rule may start with instead of a literal prefix: a capital (\p{Lu}), a digit
 * (\d, or a prefix that starts with an ASCII digit). Rules of a class are tried at every character that may be
 * of it, whatever precedes. */
enum { XF_CLASS_UPPER = 1, XF_CLASS_DIGIT = 2 };

/* What may not come right before a class rule's first character, by the guard in front of it: an ASCII letter
 * (after (?<![\p{L}]), (?<=\s), \b), or also an ASCII digit or '_' (after \b: a capital and a digit are word
 * characters, so \b needs a non-word character before them). A digit rule guarded by \b is then not tried
 * inside a number ("1500" gives one place, not four), nor a capital rule inside a word ("McBride", "ONG"). */
enum { XF_NOT_AFTER_LETTER = 1, XF_NOT_AFTER_WORD = 2 };

/* The literal prefixes (NUL-terminated, in the arena) and the first-character classes (a bit set of
 * 1 << XF_CLASS_*) that every match of the expanded regex re (PCRE2 extended syntax) starts with, at a position
 * not preceded by an ASCII letter; not_after[XF_CLASS_*] gets what may not precede a match that starts with a
 * character of that class (XF_NOT_AFTER_* bits, from the guards of all its ways). Returns 1 with *n prefixes in
 * *out, 0 when that cannot be shown (the rule is then scanned everywhere), -1 when out of memory. */
int xf_prefixes(const char *re, size_t len, xi_arena *a, const char ***out, size_t *n, unsigned *classes,
                unsigned char not_after[3]);

/* Required words. A rule that starts with a capital is tried at every capital, but most of them ask for a head
 * word further on ("... Commission", "Ministerio de ...", "the Egyptian presidency"), and most places have no
 * such word anywhere after them in the paragraph. At load time xf_required reads the expanded regex for the
 * groups every match must pass through (not optional, not in a negative lookaround; a positive lookahead counts:
 * what it reads lies between the start and the end of the subject too; so does a positive lookbehind, whose
 * sets are marked behind: what it reads may start before s, by the rule's longest lookbehind at most) and, where
 * the strings such a group starts with are all literals, keeps that set of literals: every match that starts at s
 * in a subject that ends at e holds one of them at some place in [s, e) (in [s - lookbehind, e) when behind). A
 * rule scanned everywhere for want of prefixes ("(?<=hasta\s)\d…") is so skipped in the paragraphs that lack
 * the word its lookbehind asks for. Up to XF_MAX_REQUIRED sets are kept,
 * the ones with the longest shortest literal (the rarest), and only those whose literals are all at least
 * XF_MIN_REQUIRED bytes long (shorter ones occur nearly everywhere and would cost more than they save). The
 * recognizer collects where each set's literals occur (xf_trie_collect_all) and does not try a rule at a place
 * after which a set's literals no longer occur before the end of the subject it matches in. */
#define XF_MAX_REQUIRED 3
#define XF_MIN_REQUIRED 3

/* Lead sets. A rule that opens with a positive lookbehind ("(?<=as\sof\s|until\s)noon…") gives no prefix
 * (its match starts after the lookbehind's words, at whatever follows), so it is scanned: PCRE2 tries it at
 * every character of every paragraph that holds a required word, evaluating the lookbehind each time. But a
 * match can only start a few bytes after one of the lookbehind's words: when every way through the regex opens
 * with such a lookbehind (past \b and negative lookarounds, through groups passed once), the literals each of
 * its alternatives starts with are a lead set: every match at s holds one of them starting in
 * [s - lookbehind, s - min_len]. A rule scanned for want of prefixes gets its lead set (literals of
 * XF_MIN_LEAD bytes and more) after its required sets, marked lead (and behind, which it also is), and the
 * recognizer scans it only in those windows. */
#define XF_MIN_LEAD 2

typedef struct {
    const char **v; /* NUL-terminated, in the arena */
    size_t n;
    size_t min_len; /* the shortest of them, in bytes */
    /* 1: read (partly) inside a positive lookbehind ("(?<=hasta\s)"), so a literal may start before the match, by
     * as much as the rule's longest lookbehind (PCRE2_INFO_MAXLOOKBEHIND, in characters) at most */
    int behind;
    /* 1: a lead set (see above): read from the lookbehind every match opens with, so a literal starts in
     * [s - lookbehind, s - min_len] for a match at s */
    int lead;
} xf_litset;

/* xf_prefixes that also admits ways through the regex with no prefix that open with a positive lookbehind
 * ("the\s+(?:…)|(?<=the\s)\p{L}{3,}an\s+(?:…)": a lead branch) when the literals that lookbehind's
 * alternatives start with (XF_MIN_LEAD bytes and more) are known: they go to *lead (a lead set, marked lead and
 * behind: a match that starts at s by such a way has one starting in [s - lookbehind, s - lead->min_len]), and
 * the rule is prefiltered by its prefixes and classes plus that set's windows; lead->n is 0 when every way has
 * a prefix. Such a rule was scanned everywhere for one branch. */
int xf_prefixes_lead(const char *re, size_t len, xi_arena *a, const char ***out, size_t *n_out, unsigned *classes,
                     unsigned char not_after[3], xf_litset *lead);

/* Fills out[0..*n_out) with the required sets of the expanded regex re (none is not an error: the rule is
 * tried wherever its prefilter admits it): up to XF_MAX_REQUIRED - 1 of them, then its lead set when lead is 1
 * (a rule that is scanned) and it has one. Sets made only of the rule's own prefixes (given), which the
 * prefilter already asks for when the rule has no classes (given), are left out. Returns 0, or -1 when out of
 * memory. */
int xf_required(const char *re, size_t len, const char *const *prefixes, size_t n_prefixes, unsigned classes,
                int lead, xi_arena *a, xf_litset out[XF_MAX_REQUIRED], unsigned *n_out);

/* xf_required through a memo of the group bodies already read (made by xf_req_memo_new, freed by
 * xf_req_memo_free, used by one thread at a time): the same sets, made once for each lexicon or list fragment
 * pasted into many rules rather than once per rule. memo NULL: xf_required. */
typedef struct xf_req_memo xf_req_memo;
xf_req_memo *xf_req_memo_new(void);
void xf_req_memo_free(xf_req_memo *m);
int xf_required_memo(const char *re, size_t len, const char *const *prefixes, size_t n_prefixes, unsigned classes,
                     int lead, xi_arena *a, xf_litset out[XF_MAX_REQUIRED], unsigned *n_out, xf_req_memo *memo);

typedef struct xf_trie xf_trie;

xf_trie *xf_trie_new(void);
void xf_trie_free(xf_trie *t);
/* A bound on a trie's nodes and marks, so a hostile pattern set (thousands of rules of thousands of
 * prefixes each) cannot make one huge: the rules that do not fit are scanned everywhere. */
#define XF_MAX_NODES (1u << 20)

/* Adds a prefix of rule number rule; 0, 1 when the trie is full (nothing more can go in), -1 when out of
 * memory. */
int xf_trie_add(xf_trie *t, const char *prefix, unsigned rule);
/* Builds the transition table the walks below use (they work unsealed too, only slower); call it after the
 * last xf_trie_add (an add unseals). 0, or -1 when out of memory. */
int xf_trie_seal(xf_trie *t);
/* The bytes of a sealed trie's transitions (0 unsealed): since the twenty-seventh session a double array of a
 * few 12-byte slots per node (struct xf_trie), so that a walk's steps stay in the cache; a test holds it to that. */
size_t xf_trie_table_bytes(const xf_trie *t);
/* Adds a rule that may start with any character of class cls (XF_CLASS_*) not preceded by what not_after rules
 * out (XF_NOT_AFTER_*); 0 or -1 when out of memory. */
int xf_trie_add_class(xf_trie *t, unsigned cls, unsigned rule, unsigned not_after);

/* Whether xf_trie_scan reports rule at position pos of s[0,len). */
int xf_trie_admits(const xf_trie *t, const char *s, size_t len, size_t pos, unsigned rule);

/* Calls emit(ctx, rule, pos) for every position of s[0,len) not preceded by an ASCII letter where a prefix
 * of rule starts, and every position of a character that may be of one of rule's classes (and is not preceded
 * by what the rule's guard rules out), in increasing
 * position (a rule may be reported twice at one position); stops and returns emit's value when it is not 0. */
int xf_trie_scan(const xf_trie *t, const char *s, size_t len, int (*emit)(void *ctx, unsigned rule, size_t pos),
                 void *ctx);

/* Where each rule may match, in increasing order: per_rule[rule] (grown with xi_realloc, freed by the caller).
 * Places are 32-bit (a document is under 4 GiB: extract_process refuses longer ones): a long document has
 * millions of them, and they were the largest buffers of its recognition. */
typedef struct {
    uint32_t *v;
    size_t n, cap;
} xf_cands;

/* xf_trie_scan that appends each reported position to per_rule[rule] (once, when a rule is reported twice at
 * one place); 0, or -1 when out of memory. */
int xf_trie_collect(const xf_trie *t, const char *s, size_t len, xf_cands *per_rule);

/* Where a trie's class rules may start, gathered once for all of them rather than appended to each such rule's
 * list at each capital and digit (a score of rules at every capital of a text): per XF_CLASS_*, the positions of
 * characters that may be of that class (v) and what precedes each (after, an XF_NOT_AFTER_* bit or 0). */
typedef struct {
    uint32_t *v; /* 32-bit, as xf_cands */
    unsigned char *after;
    size_t n, cap;
} xf_places;
/* xf_trie_collect that gives each rule's literal prefixes in per_rule but the class places in places[XF_CLASS_*]
 * (places[0] unused) instead of per rule: rule r may start at a place p of class c exactly when
 * xf_place_admits(xf_trie_rule_classes(t, r), c, after of p) (grown with xi_realloc, freed by the caller);
 * 0, or -1 when out of memory. */
int xf_trie_collect_split(const xf_trie *t, const char *s, size_t len, xf_cands *per_rule, xf_places places[3]);
/* The classes rule may start with and what its guards rule out before each: NULL for a rule of no class, else
 * [0] the classes (bits 1 << XF_CLASS_*), [XF_CLASS_*] the XF_NOT_AFTER_* bits ruled out in that class. */
const unsigned char *xf_trie_rule_classes(const xf_trie *t, unsigned rule);
/* Whether a rule of classes rc (xf_trie_rule_classes) may start at a place of class cls preceded by after (one
 * XF_NOT_AFTER_* bit or 0), as xf_trie_scan reports it. */
static inline int xf_place_admits(const unsigned char *rc, unsigned cls, unsigned char after)
{
    return (rc[0] & (1u << cls)) && !(rc[cls] & after);
}
/* The same for literals that may stand anywhere, not only at word starts: every position of s[0,len) where a
 * string of the trie starts is appended to per_mark[mark] for each mark of that string (xf_trie_add's rule).
 * For the required words of xf_required, which may follow a letter. */
int xf_trie_collect_all(const xf_trie *t, const char *s, size_t len, xf_cands *per_mark);

#endif
