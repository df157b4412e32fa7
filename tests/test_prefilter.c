/* test_prefilter.c - the literal prefixes read from regexes (prefilter.c), the trie that finds them, and the
 * promise the recognizer builds on: with the prefilter a document gets the same claims as with every rule
 * scanned everywhere (which is what --explain does), in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "patterns.h"
#include "prefilter.h"
#include "document.h"
#include "claims_int.h"
#include "prefilter_support.h" /* prefixes, expect_prefixes */

Test(prefixes, word_lists_after_a_boundary)
{
    expect_prefixes("\\b(?:dijo|dijeron|afirm(?:o|aron))\\b", "afirmaro|afirmo|dijeron|dijo");
    expect_prefixes("\\b(?:disse|afirmou) | \\bsegundo\\b", "afirmou|disse|segundo");
    expect_prefixes("(?<![\\p{L}\\d])(?<name>Foro\\s+Penal|Human\\s+Rights\\s+Watch)", "Foro|Human");
    /* long words are cut: a prefix only has to tell the words apart */
    expect_prefixes("\\b(?:excarcelaciones|excarcelados)", "excarcel");
}

Test(prefixes, optional_parts_and_short_classes)
{
    /* an optional group may be absent, so what follows it also starts a match */
    expect_prefixes("\\b(?:el\\s+)?(?:lunes|martes)", "el|lunes|martes");
    expect_prefixes("\\b(?:the\\s+)?release", "release|the");
    expect_prefixes("\\bpres[oa]s?\\b", "presa|preso");
    /* an optional character ends the prefix before it */
    expect_prefixes("\\bpresos?\\b", "preso");
    /* a repeated group is kept once: it may be followed by itself */
    expect_prefixes("\\b(?:muito\\s+)+presos", "muito");
    expect_prefixes("\\bsolt(?:o|a)", "solta|solto");
}

/* What a class's guard rules out before it: every way into the class must be guarded, and \b (a capital or a
 * digit is a word character) rules out digits too, a letter lookbehind only letters. */
Test(prefixes, class_guards)
{
    expect_prefixes("(?=\\d)\\b\\d+(?:o|a|th)\\b", " +digit/w");
    expect_prefixes("(?<![\\p{L}])\\d+\\s*%", " +digit/l");
    expect_prefixes("(?<=,\\s)\\d{1,3}(?=,)", " +digit/l");
    /* one unguarded way: nothing is ruled out */
    expect_prefixes("\\b\\d+th | \\d+%", " +digit");
    /* both guarded: the weaker one holds */
    expect_prefixes("\\b\\d+th | (?<![\\p{L}])\\d+%", " +digit/l");
    /* a guard seen after the first one still counts */
    expect_prefixes("(?<![\\p{L}])(?:\\b\\d+th | \\b\\d+%)", " +digit/w");
    expect_prefixes("(?<![\\p{L}])(?:\\b\\d+th | \\d+%)", " +digit/l");
    /* a guard in front of a literal prefix says nothing about the class of another way */
    expect_prefixes("\\bel\\s+\\d+ | \\d+%", "el +digit");
    expect_prefixes("\\b\\p{Lu}\\p{Ll}+", " +upper/w");
}

Test(prefixes, capitals_and_digits)
{
    expect_prefixes("(?<![\\p{L}\\d])\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)*", " +upper/l");
    expect_prefixes("(?<![\\p{L}])(?:(?:al|el)-)?\\p{Lu}\\p{Ll}+", "al-|el- +upper/l");
    /* a digit needs no guard: every digit of the text is tried */
    expect_prefixes("\\d+(?:[.,]\\d+)?\\s*%", " +digit");
    expect_prefixes("(?<![\\d.,])(?:19|20)\\d\\d", " +digit");
}

Test(prefixes, caseless_atomic_and_other_guards)
{
    /* caseless: the first three letters in every case PCRE2 matches (s and k have a third form; a prefix ends
     * after three bytes), and what follows the group goes on from there */
    expect_prefixes("(?<![\\p{L}])(?i:foro\\s+penal|human)",
                    "FOR|FOr|FoR|For|HUM|HUm|HuM|Hum|fOR|fOr|foR|for|hUM|hUm|huM|hum");
    expect_prefixes("\\b(?i:sindicato)", "SIN|SIn|SiN|Sin|sIN|sIn|siN|sin|\u017fI|\u017fi");
    expect_prefixes("(?<![\\p{L}])(?i:ab|k)x", "ABx|Abx|Kx|aBx|abx|kx|\u212a");
    /* a caseless list too long for that gives the first letters of its entries, not no prefixes at all */
    char big[8192];
    size_t o = (size_t)snprintf(big, sizeof big, "(?<![\\p{L}])(?i:");
    for (int i = 0; i < 700; i++)
        o += (size_t)snprintf(big + o, sizeof big - o, "%s%c%c%c", i ? "|" : "", "bcdfghjlmn"[i % 10],
                              "aeiou"[(i / 10) % 5], "bcdfghjlmnprstv"[(i / 50) % 14]);
    snprintf(big + o, sizeof big - o, ")");
    expect_prefixes(big, "B|C|D|F|G|H|J|L|M|N|b|c|d|f|g|h|j|l|m|n");
    /* a caseless letter after literals ends the prefix there */
    expect_prefixes("\\bla\\s+(?i:onu)", "la");
    /* an atomic group matches some of what the plain group does */
    expect_prefixes("\\b(?>dijo|dijeron)\\b", "dijeron|dijo");
    /* a lookbehind that ends with white space, or the start of a line, is a guard too */
    expect_prefixes("(?<=\\p{Ll}\\x20)[oa]\\s+ministro", "a|o");
    expect_prefixes("(?<=,\\s)(?:la|el)\\s+agencia", "el|la");
    expect_prefixes("(?<![^\\n])(?:COMUNICADO|NOTA)", "COMUNICA|NOTA");
    /* a lookbehind of alternatives is no guard, even if the last one ends with white space */
    expect_prefixes("(?<=a|\\s)foo", "-");
    /* a sign first needs no guard: it is tried wherever it is, after a letter too */
    expect_prefixes("(?:,|;|\u2014)\\s*(?:pero|mas)\\b", ",|;|\u2014");
    expect_prefixes("(?<=\\p{L}),\\s\\d", ",");
    /* an optional character branches; a back reference ends the prefix */
    expect_prefixes("\\b(?:n?o\\s+)?dia", "dia|n|o");
    expect_prefixes("\\b(?<d>\\d\\d)([.-])\\g{-1}x", " +digit/w");
    expect_prefixes("\\b(ab)\\1", "ab");
}

Test(prefixes, what_is_not_analysed)
{
    /* no guard: a match may start inside a word */
    expect_prefixes("(?:dijo|dijeron)", "-");
    /* a space first: white space is everywhere */
    expect_prefixes("\\s+pero", "-");
    /* a caseless part that starts with a letter of another script, \K, back references, a quantified assertion */
    expect_prefixes("(?<![\\p{L}])(?i:\u03c3\u03b5)", "-"); /* a Latin-1 letter gives its two forms: test_speed20 */
    expect_prefixes("\\bfoo\\Kbar", "-");
    expect_prefixes("(?<![\\p{L}])(?=x)?foo", "-");
    /* a lookbehind that is not "no letter before" is no guard */
    expect_prefixes("(?<!\\p{L}\\s)foo", "-");
    expect_prefixes("(?<![^\\p{L}])foo", "-");
    /* an empty alternative matches anywhere */
    expect_prefixes("\\b(?:foo|)", "-");
    expect_prefixes("\\bfoo|", "-");
    /* an unbalanced group */
    expect_prefixes("\\b(?:foo", "-");
    expect_prefixes("\\bfoo)", "-");
}

/* The prefixes of re as xf_prefixes_lead reads them, then " lead " and its lead set (sorted, '|'), or "-". */
static void expect_lead_branch(const char *re, const char *want)
{
    xi_arena a;
    xi_arena_init(&a);
    const char **v;
    size_t n;
    unsigned cls;
    unsigned char na[3];
    xf_litset lead;
    int rc = xf_prefixes_lead(re, strlen(re), &a, &v, &n, &cls, na, &lead);
    cr_assert_geq(rc, 0, "out of memory");
    char got[1024] = "-";
    if (rc) {
        size_t o = join(v, n, "", got, sizeof got);
        cr_expect(!lead.n || (lead.lead && lead.behind), "a lead set is read behind the start");
        if (lead.n && o < sizeof got)
            join(lead.v, lead.n, " lead ", got + o, sizeof got - o);
    }
    cr_expect_str_eq(got, want, "prefixes and lead set of %s: \"%s\"", re, got);
    xi_arena_free(&a);
}

/* A rule one of whose branches has no literal first but opens with a positive lookbehind ("the Egyptian
 * presidency": "(?<=the\s)\p{L}{3,}an") is prefiltered by its other branches' prefixes and that lookbehind's
 * words (a lead set), instead of being scanned everywhere; xf_prefixes alone still refuses it. */
Test(prefixes, a_branch_that_opens_with_a_lookbehind_gives_a_lead_set)
{
    const char *en = "\\b(?:the\\s+)?(?:(?:cuban|(?<=the\\s)\\p{L}{3,}an)\\s+)?(?:government|police)\\b";
    expect_lead_branch(en, "cuban|governme|police|the lead the");
    expect_prefixes(en, "-");
    expect_lead_branch("\\b(?:el\\s+)?(?:gobierno|(?<=el\\s|del\\s)\\p{L}+\\s+oficial)", "el|gobierno lead del|el");
    expect_lead_branch("(?<![\\p{L}])(?:governo|(?<=pelo\\s)\\p{L}+\\s+federal)", "governo lead pelo");
    /* every way has a prefix: no lead set */
    expect_lead_branch("\\b(?:dijo|(?<=el\\s)gobierno)", "dijo|gobierno");
    /* no lead set to be had: a one-byte word, a class in the lookbehind, a way with neither */
    expect_lead_branch("\\b(?:governo|(?<=a\\s)\\p{L}+)", "-");
    expect_lead_branch("\\b(?:police|(?<=\\d\\s)\\p{L}+)", "-");
    expect_lead_branch("\\b(?:police|\\p{L}+(?<=the\\s))", "-");
}

/* The required sets of re (prefixes: the rule's own, given as "a|b"; upper: it may start with a capital),
 * each sorted and joined with '|', the sets joined with " & "; "" when there is none. */
static const char *required(const char *re, const char *prefixes, int upper, char *out, size_t len)
{
    xi_arena a;
    xi_arena_init(&a);
    const char *pv[16];
    size_t np = 0;
    char pbuf[256];
    snprintf(pbuf, sizeof pbuf, "%s", prefixes);
    for (char *t = strtok(pbuf, "|"); t && np < 16; t = strtok(NULL, "|"))
        pv[np++] = t;
    xf_litset sets[XF_MAX_REQUIRED];
    unsigned n;
    cr_assert_eq(xf_required(re, strlen(re), pv, np, upper ? 1u << XF_CLASS_UPPER : 0, 0, &a, sets, &n), 0);
    size_t o = 0;
    out[0] = '\0';
    for (unsigned k = 0; k < n && o < len; k++)
        for (size_t i = 0; i < sets[k].n && o < len; i++)
            o += (size_t)snprintf(out + o, len - o, "%s%s%s", i ? "|" : k ? " & " : "",
                                  !i && sets[k].behind ? "<" : "", sets[k].v[i]);
    xi_arena_free(&a);
    return out;
}

static void expect_required(const char *re, const char *prefixes, int upper, const char *want)
{
    char got[2048];
    cr_expect_str_eq(required(re, prefixes, upper, got, sizeof got), want, "required words of %s: \"%s\"", re, got);
}

/* The lead set of re (xf_required asked for one: a scanned rule), sorted and joined with '|'; "" when none. */
static void expect_lead(const char *re, const char *want)
{
    xi_arena a;
    xi_arena_init(&a);
    xf_litset sets[XF_MAX_REQUIRED];
    unsigned n;
    cr_assert_eq(xf_required(re, strlen(re), NULL, 0, 0, 1, &a, sets, &n), 0);
    char got[1024] = "";
    size_t o = 0;
    for (unsigned k = 0; k < n; k++)
        for (size_t i = 0; sets[k].lead && i < sets[k].n && o < sizeof got; i++) {
            cr_expect(sets[k].behind, "a lead set is read behind the start");
            o += (size_t)snprintf(got + o, sizeof got - o, "%s%s", i ? "|" : "", sets[k].v[i]);
        }
    cr_expect_str_eq(got, want, "lead set of %s: \"%s\"", re, got);
    xi_arena_free(&a);
}

/* A scanned rule that opens with a positive lookbehind can only match a few bytes after one of the lookbehind's
 * words: those words are its lead set (the recognizer scans it only there). Short words count (two bytes). */
Test(required, lead_set_of_a_rule_that_opens_with_a_lookbehind)
{
    /* es, pt, en: each alternative of the lookbehind gives the literal it starts with */
    expect_lead("(?<=desde\\sel\\s|tras\\s)\\d{1,2}\\s+de\\s+\\p{L}+", "desde|tras");
    expect_lead("(?<=ao\\s|pelo\\s)meio-dia(?![\\p{L}])", "ao|pelo");
    expect_lead("(?<![\\p{L}])(?<=by\\s|as\\sof\\s)(?:dawn|dusk)\\b", "as|by");
    /* through a group passed once: the union of its alternatives' lookbehinds */
    expect_lead("(?>(?<=hasta\\sel\\s)(?:alba)|(?<=cerca\\sde\\s)\\d+)", "cerca|hasta");
    /* no lead set: an alternative without a lookbehind, text or an optional group before it, a word of one
     * byte, a lookbehind of a class, a caseless one (its words are read to their first letter only) */
    expect_lead("(?i:(?<=at\\s)noon)", "");
    expect_lead("(?:(?<=until\\s)noon|midnight)", "");
    expect_lead("x(?<=until\\s)noon", "");
    expect_lead("(?:the\\s)?(?<=until\\s)noon", "");
    expect_lead("(?<=a\\s)noon", "");
    expect_lead("(?<=\\d\\s)noon", "");
}

Test(required, head_words_after_a_capital)
{
    /* a capital-led name that must end in a head word: the head word's literals */
    expect_required("(?<![\\p{L}])(?<name>(?:\\p{Lu}\\p{Ll}+\\s+){0,3}(?:Committee|Commission|Council))", "", 1,
                    "Commissi|Committe|Council");
    /* optional parts give nothing; the literal after them does */
    expect_required("\\b(?:the\\s+)?(?:\\p{L}+\\s+)?(?:government|authorities)\\b", "", 0, "authorit|governme");
    /* a positive lookahead reads inside the subject too, and counts */
    expect_required("(?<![\\p{L}])(?=\\p{Lu}\\p{Ll}+\\s+Office)\\p{Lu}\\p{Ll}+", "", 1, "Office");
    /* alternatives: the union of each one's best set */
    expect_required("\\p{Lu}\\p{Ll}+\\s+(?:Forum|\\w+\\s+Watch)", "", 1, "Forum|Watch");
}

/* A positive lookbehind reads before the start: its literals count, marked behind ("<" here), so the recognizer
 * looks for them as far before a place as the rule's lookbehinds reach (a rule with no prefixes, scanned
 * everywhere, is then skipped where no such word stands). */
Test(required, lookbehind_literals_count_before_the_start)
{
    expect_required("(?<=Ministry\\s)\\p{Lu}\\p{Ll}+", "", 1, "<Ministry");
    expect_required("(?<=hasta\\sel\\s|hasta\\sla\\s)(?:mediodia|medianoche)", "", 0, "medianoc|mediodia & <hasta");
    expect_required("(?<=ate\\sas\\s)\\d{1,2}h", "", 0, "<ate");
    /* alternatives: the union of each one's best, marked when one of them is */
    expect_required("(?:(?<=until\\s)\\d{1,2}(?:am|pm)|(?<=noon\\s)today)", "", 0, "<today|until");
    /* a lookbehind too short to give a set leaves the rest of the rule to give them, unmarked */
    expect_required("(?<=,\\s)the\\s+\\w+\\s+agency", "", 0, "agency & the");
}

Test(required, what_does_not_count)
{
    /* a negative lookbehind or lookahead must not be there, an optional group may not */
    expect_required("(?<!Ministry\\s)\\p{Lu}\\p{Ll}+", "", 1, "");
    expect_required("\\p{Lu}\\p{Ll}+(?!\\s+Office)", "", 1, "");
    expect_required("\\p{Lu}\\p{Ll}+(?:\\s+Office)?", "", 1, "");
    expect_required("\\p{Lu}\\p{Ll}+(?:\\s+Office){0,2}", "", 1, "");
    /* an alternative without a literal spoils the union */
    expect_required("\\p{Lu}\\p{Ll}+\\s+(?:Forum|\\w+)", "", 1, "");
    /* caseless: one letter only, too short to count */
    expect_required("\\p{Lu}\\p{Ll}+\\s+(?i:forum)", "", 1, "");
    /* shorter than XF_MIN_REQUIRED: found nearly everywhere */
    expect_required("\\p{Lu}\\p{Ll}+\\s+(?:of|de)\\s+\\p{Lu}", "", 1, "");
    /* the rule's own prefixes, which its prefilter asks for already, unless it may start with a class */
    expect_required("\\b(?:dijo|afirmó)\\b", "afirmó|dijo", 0, "");
    /* \\K moves the start; inline options and conditionals are not read: nothing at all */
    expect_required("\\p{Lu}\\p{Ll}+\\K\\s+Office", "", 1, "");
    expect_required("(?i)\\p{Lu}\\p{Ll}+\\s+Office", "", 1, "");
}

Test(required, every_place_of_a_literal)
{
    xf_trie *t = xf_trie_new();
    cr_assert_not_null(t);
    cr_assert_eq(xf_trie_add(t, "Office", 3), 0);
    cr_assert_eq(xf_trie_add(t, "ice", 5), 0);
    xf_cands c[6] = {{0}};
    const char *s = "the Office, an office, Officer";
    cr_assert_eq(xf_trie_collect_all(t, s, strlen(s), c), 0);
    /* inside a word too: a required word may follow a letter */
    cr_expect_eq(c[3].n, 2);
    cr_expect_eq(c[3].v[0], 4);
    cr_expect_eq(c[3].v[1], 23);
    cr_expect_eq(c[5].n, 3);
    cr_expect_eq(c[5].v[0], 7);
    for (int i = 0; i < 6; i++)
        free(c[i].v);
    xf_trie_free(t);
}

typedef struct {
    size_t pos[64];
    unsigned rule[64];
    size_t n;
} hits;

static int record(void *ctx, unsigned rule, size_t pos)
{
    hits *h = ctx;
    if (h->n < 64) {
        h->pos[h->n] = pos;
        h->rule[h->n++] = rule;
    }
    return 0;
}

Test(trie, reports_word_starts_with_a_prefix)
{
    xf_trie *t = xf_trie_new();
    cr_assert_not_null(t);
    cr_assert_eq(xf_trie_add(t, "dij", 0), 0);
    cr_assert_eq(xf_trie_add(t, "afirm", 1), 0);
    cr_assert_eq(xf_trie_add(t, "a", 2), 0);
    cr_assert_eq(xf_trie_add_class(t, XF_CLASS_DIGIT, 3, 0), 0);
    cr_assert_eq(xf_trie_add_class(t, XF_CLASS_UPPER, 4, 0), 0);
    const char *s = "Ella dijo, y afirmo: 24 presos (bdijo).";
    hits h = {0};
    xf_trie_scan(t, s, strlen(s), record, &h);
    /* E(0) upper; a of Ella is inside a word; d(5) rule 0; a(13) rules 2 and 1; digits 21, 22; 'bdijo' is a word
     * whose middle is not tried */
    static const size_t want_pos[] = {0, 5, 13, 13, 21, 22};
    static const unsigned want_rule[] = {4, 0, 2, 1, 3, 3};
    cr_assert_eq(h.n, 6, "%zu reports", h.n);
    for (size_t i = 0; i < 6; i++) {
        cr_expect_eq(h.pos[i], want_pos[i], "report %zu at %zu", i, h.pos[i]);
        cr_expect_eq(h.rule[i], want_rule[i], "report %zu rule %u", i, h.rule[i]);
        cr_expect(xf_trie_admits(t, s, strlen(s), want_pos[i], want_rule[i]));
    }
    cr_expect_not(xf_trie_admits(t, s, strlen(s), 32, 0), "'dijo' inside 'bdijo' is not a word start");
    cr_expect_not(xf_trie_admits(t, s, strlen(s), 5, 1));
    xf_trie_free(t);
}

/* Sealing builds a table the walks read instead of the chains of children: what they report must not change,
 * before or after, nor after an add that comes later (which unseals). */
static void S_reports(const xf_trie *t, const char *s, hits *h, xf_cands *all)
{
    memset(h, 0, sizeof *h);
    xf_trie_scan(t, s, strlen(s), record, h);
    cr_assert_eq(xf_trie_collect_all(t, s, strlen(s), all), 0);
}

Test(trie, sealing_changes_no_report)
{
    xf_trie *t = xf_trie_new();
    cr_assert_not_null(t);
    static const char *const words[] = {"dij", "dijeron", "afirm", "a", "anunci", "libera", "liberta", "freed",
                                        "f\xc3\xa9", "said", "sa"};
    for (unsigned i = 0; i < sizeof words / sizeof *words; i++)
        cr_assert_eq(xf_trie_add(t, words[i], i), 0);
    const char *s = "Dijeron que liberaron; afirm\xc3\xb3 que f\xc3\xa9 libertados, said sa asaid dij.";
    hits before, after;
    xf_cands all0[16] = {0}, all1[16] = {0};
    S_reports(t, s, &before, all0);
    cr_assert_eq(xf_trie_seal(t), 0);
    S_reports(t, s, &after, all1);
    cr_assert_gt(before.n, 5, "%zu reports", before.n);
    cr_assert_eq(after.n, before.n);
    for (size_t i = 0; i < before.n; i++) {
        cr_expect_eq(after.pos[i], before.pos[i]);
        cr_expect_eq(after.rule[i], before.rule[i]);
        cr_expect(xf_trie_admits(t, s, strlen(s), before.pos[i], before.rule[i]));
    }
    for (size_t r = 0; r < 16; r++) {
        cr_expect_eq(all1[r].n, all0[r].n, "rule %zu", r);
        for (size_t k = 0; k < all0[r].n && k < all1[r].n; k++)
            cr_expect_eq(all1[r].v[k], all0[r].v[k]);
        free(all0[r].v);
        free(all1[r].v);
    }
    memset(all1, 0, sizeof all1);
    /* an add after the seal is seen */
    cr_assert_eq(xf_trie_add(t, "que", 12), 0);
    S_reports(t, s, &after, all1);
    cr_expect_eq(all1[12].n, 2, "'que' twice");
    for (size_t r = 0; r < 16; r++)
        free(all1[r].v);
    xf_trie_free(t);
}

/* A class rule is not reported where its guard rules out what precedes: inside a number for a \b-guarded digit
 * rule, inside a word for a letter-guarded capital rule; an unguarded rule is reported everywhere. */
Test(trie, class_rules_respect_their_guards)
{
    xf_trie *t = xf_trie_new();
    cr_assert_not_null(t);
    cr_assert_eq(xf_trie_add_class(t, XF_CLASS_DIGIT, 0, XF_NOT_AFTER_LETTER | XF_NOT_AFTER_WORD), 0);
    cr_assert_eq(xf_trie_add_class(t, XF_CLASS_DIGIT, 1, 0), 0);
    cr_assert_eq(xf_trie_add_class(t, XF_CLASS_UPPER, 2, XF_NOT_AFTER_LETTER), 0);
    cr_assert_eq(xf_trie_add_class(t, XF_CLASS_DIGIT, 3, XF_NOT_AFTER_LETTER), 0);
    /* 0123456789 */
    const char *s = "McX 45 a7.";
    hits h = {0};
    xf_trie_scan(t, s, strlen(s), record, &h);
    /* M(0) rule 2; C(2) and X(3) follow a letter: not rule 2; '4'(4) rules 0 1 3; '5'(5) rule 1 and 3 (after a
     * digit: a letter guard lets it be); '7'(8) after a letter: rule 1 only */
    static const size_t want_pos[] = {0, 4, 4, 4, 5, 5, 8};
    static const unsigned want_rule[] = {2, 0, 1, 3, 1, 3, 1};
    cr_assert_eq(h.n, 7, "%zu reports", h.n);
    for (size_t i = 0; i < 7; i++) {
        cr_expect_eq(h.pos[i], want_pos[i], "report %zu at %zu", i, h.pos[i]);
        cr_expect_eq(h.rule[i], want_rule[i], "report %zu rule %u", i, h.rule[i]);
        cr_expect(xf_trie_admits(t, s, strlen(s), want_pos[i], want_rule[i]));
    }
    cr_expect_not(xf_trie_admits(t, s, strlen(s), 2, 2), "C of McX follows a letter");
    cr_expect_not(xf_trie_admits(t, s, strlen(s), 5, 0), "5 of 45 is inside a number");
    cr_expect_not(xf_trie_admits(t, s, strlen(s), 8, 3), "7 of a7 follows a letter");
    xf_trie_free(t);
}

/* xf_trie_collect_split keeps the places of the class rules once, for all of them: a rule's own places, merged
 * with the places of its classes that xf_place_admits lets it have, are what xf_trie_collect lists for it, sealed
 * or not, with its guards and with a place that is also one of its prefixes' listed once. */
static void S_split_matches_collect(const xf_trie *t, const char *s, unsigned n_rules)
{
    xf_cands whole[8] = {0}, own[8] = {0};
    xf_places pl[3] = {{0}};
    cr_assert_eq(xf_trie_collect(t, s, strlen(s), whole), 0);
    cr_assert_eq(xf_trie_collect_split(t, s, strlen(s), own, pl), 0);
    for (unsigned r = 0; r < n_rules; r++) {
        const unsigned char *rc = xf_trie_rule_classes(t, r);
        size_t got[64], n = 0, k = 0, j[3] = {0, 0, 0};
        for (;;) {
            size_t at = k < own[r].n ? own[r].v[k] : SIZE_MAX;
            for (unsigned c = 1; rc && c < 3; c++) {
                while (j[c] < pl[c].n && !xf_place_admits(rc, c, pl[c].after[j[c]]))
                    j[c]++;
                if (j[c] < pl[c].n && pl[c].v[j[c]] < at)
                    at = pl[c].v[j[c]];
            }
            if (at == SIZE_MAX || n == 64)
                break;
            got[n++] = at;
            if (k < own[r].n && own[r].v[k] == at)
                k++;
            for (unsigned c = 1; c < 3; c++)
                if (j[c] < pl[c].n && pl[c].v[j[c]] == at)
                    j[c]++;
        }
        cr_expect_eq(n, whole[r].n, "rule %u: %zu places, %zu wanted", r, n, whole[r].n);
        for (size_t i = 0; i < n && i < whole[r].n; i++)
            cr_expect_eq(got[i], whole[r].v[i], "rule %u place %zu", r, i);
        free(whole[r].v);
        free(own[r].v);
    }
    for (unsigned c = 0; c < 3; c++) {
        free(pl[c].v);
        free(pl[c].after);
    }
}

Test(trie, split_collection_lists_what_collect_lists)
{
    xf_trie *t = xf_trie_new();
    cr_assert_not_null(t);
    cr_assert_eq(xf_trie_add(t, "dij", 0), 0);
    cr_assert_eq(xf_trie_add(t, "Seg", 1), 0); /* a prefix and a class: "Segun" is listed once */
    cr_assert_eq(xf_trie_add_class(t, XF_CLASS_UPPER, 1, XF_NOT_AFTER_LETTER), 0);
    cr_assert_eq(xf_trie_add_class(t, XF_CLASS_DIGIT, 2, XF_NOT_AFTER_LETTER | XF_NOT_AFTER_WORD), 0);
    cr_assert_eq(xf_trie_add_class(t, XF_CLASS_DIGIT, 3, 0), 0);
    cr_assert_eq(xf_trie_add_class(t, XF_CLASS_UPPER, 3, 0), 0);
    cr_assert_eq(xf_trie_add(t, "a", 4), 0);
    const char *s = "Segun McRae dijo a7 que 45 presos, \u00c9l y Ana B2.";
    S_split_matches_collect(t, s, 5);
    cr_assert_eq(xf_trie_seal(t), 0);
    S_split_matches_collect(t, s, 5);
    xf_trie_free(t);
}

/* A trie stops growing at XF_MAX_NODES: a hostile set cannot make it huge (its other rules are scanned). */
Test(trie, capitals_and_digits_of_other_scripts_by_category)
{
    xf_trie *t = xf_trie_new();
    cr_assert_not_null(t);
    cr_assert_eq(xf_trie_add_class(t, XF_CLASS_UPPER, 0, 0), 0);
    cr_assert_eq(xf_trie_add_class(t, XF_CLASS_DIGIT, 1, 0), 0);
    /* é, ã, ñ are lower case: not tried for a capital; É, Ñ are; an Arabic-Indic digit is a digit */
    const char *s = "\u00e9l \u00c9l s\u00e3o \u00d1u \u0663";
    hits h = {0};
    xf_trie_scan(t, s, strlen(s), record, &h);
    cr_assert_eq(h.n, 3, "%zu reports", h.n);
    cr_expect_eq(h.pos[0], 4);  /* É */
    cr_expect_eq(h.rule[0], 0u);
    cr_expect_eq(h.pos[1], 13); /* Ñ */
    cr_expect_eq(h.rule[2], 1u);
    cr_expect_not(xf_trie_admits(t, s, strlen(s), 0, 0), "é is no capital");
    cr_expect(xf_trie_admits(t, s, strlen(s), 4, 0));
    xf_trie_free(t);
}

Test(trie, is_bounded)
{
    xf_trie *t = xf_trie_new();
    cr_assert_not_null(t);
    int rc = 0;
    unsigned long i;
    for (i = 0; i < 400000 && rc == 0; i++) {
        char p[9];
        unsigned long v = i;
        for (int k = 0; k < 8; k++, v /= 26)
            p[k] = (char)('a' + v % 26);
        p[8] = '\0';
        rc = xf_trie_add(t, p, (unsigned)(i % 7));
    }
    cr_expect_eq(rc, 1, "a full trie says so");
    cr_expect_lt(i, 400000);
    hits h = {0};
    xf_trie_scan(t, "aaaaaaaa", 8, record, &h);
    cr_expect_eq(h.n, 1, "what went in is still found");
    xf_trie_free(t);
}

static extract_patterns *P;

static void setup(void)
{
    extract_error err;
    cr_assert_eq(extract_patterns_load(EXTRACT_TEST_PATTERNS, &P, &err), EXTRACT_OK, "%s", err.message);
}

static void teardown(void) { extract_patterns_free(P); }

/* Most shipped rules are prefiltered in every language (else the prefilter is silently lost). */
static void most_rules_prefiltered(int lang)
{
    size_t n = P->n_rules[lang], k = 0;
    for (size_t i = 0; i < n; i++)
        k += P->rules[lang][i].prefiltered;
    cr_expect_geq(k * 10, n * 7, "%s: %zu of %zu rules prefiltered", xp_lang_names[lang], k, n);
    cr_expect_not_null(P->trie[lang][1], "%s has a trie for the folded text", xp_lang_names[lang]);
}

/* The claims of text with the prefilter and sentence gates, and with every rule scanned (explain). */
static void same_claims(const char *text, const char *lang)
{
    extract_doc *d[2];
    for (int explain = 0; explain < 2; explain++) {
        extract_options opt = {.ref_date = "2026-01-14", .lang = lang, .explain = explain};
        extract_error err;
        cr_assert_eq(extract_process(P, text, strlen(text), "t", &opt, &d[explain], &err), EXTRACT_OK, "%s",
                     err.message);
    }
    size_t n = extract_doc_claim_count(d[0]);
    cr_expect_gt(n, 1, "%s: the text has claims", lang);
    cr_expect_eq(n, extract_doc_claim_count(d[1]), "%s: %zu claims, %zu with every rule scanned", lang, n,
                 extract_doc_claim_count(d[1]));
    for (size_t i = 0; i < n && i < extract_doc_claim_count(d[1]); i++) {
        const extract_claim *a = extract_doc_claim(d[0], i), *b = extract_doc_claim(d[1], i);
        cr_expect(a->count == b->count && a->event == b->event && a->qualifier == b->qualifier &&
                      a->stance == b->stance && strcmp(a->claimed_on, b->claimed_on) == 0 &&
                      ((!a->claimant.name && !b->claimant.name) ||
                       (a->claimant.name && b->claimant.name && strcmp(a->claimant.name, b->claimant.name) == 0)),
                  "%s: claim %zu differs", lang, i);
    }
    extract_doc_free(d[0]);
    extract_doc_free(d[1]);
}

TestSuite(es, .init = setup, .fini = teardown);
TestSuite(pt, .init = setup, .fini = teardown);
TestSuite(en, .init = setup, .fini = teardown);

Test(es, prefiltered_like_a_full_scan)
{
    most_rules_prefiltered(XP_LANG_ES);
    same_claims("CARACAS, 14 ene (EFE) - El presidente del Parlamento, Jorge Rodríguez, afirmó el lunes que más de "
                "400 presos fueron excarcelados desde el 8 de enero.\n\nSin embargo, la ONG Foro Penal solo ha "
                "verificado 116 excarcelaciones hasta el miércoles, según su director, Alfredo Romero. La "
                "organización calcula que unos 800 presos políticos siguen detenidos en 32 cárceles.\n",
                "es");
}

Test(pt, prefiltered_like_a_full_scan)
{
    most_rules_prefiltered(XP_LANG_PT);
    same_claims("BRASÍLIA, 9 jan (Reuters) - A Polícia Federal prendeu pelo menos 1.500 pessoas após os ataques de "
                "domingo, disse o ministro da Justiça, Flávio Dino, nesta segunda-feira.\n\nSegundo o Supremo, "
                "cerca de 600 detidos foram soltos até quarta-feira, e 942 continuam presos, informou o tribunal.\n",
                "pt");
}

Test(en, prefiltered_like_a_full_scan)
{
    most_rules_prefiltered(XP_LANG_EN);
    same_claims("MANAGUA, Feb 9 (AP) - Nicaragua released 222 political prisoners on Thursday and flew them to "
                "Washington, the State Department said.\n\nThe human rights group Unidad Azul y Blanco said at "
                "least 35 others remain in prison, while the government denied holding any political prisoners. "
                "About 40 more were detained last week, according to local activists.\n",
                "en");
}

/* A figure that only its qualifier makes a count ("los otros 114" after a figure of the sentence) is read in a
 * sentence with no people noun or event word: the qualifier must make that sentence a candidate (gate=1), or the
 * plain run loses the claim --explain gives (twenty-sixth session). */
Test(es, a_qualifier_alone_makes_a_candidate)
{
    same_claims("El Gobierno bielorruso excarceló el sábado a 123 presos políticos, informó la Casa Blanca. Nueve "
                "fueron llevados a Lituania; los otros 114, a Ucrania.\n",
                "es");
}

Test(pt, a_qualifier_alone_makes_a_candidate)
{
    same_claims("O governo bielorrusso libertou no sábado 123 presos políticos, informou a Casa Branca. Nove foram "
                "levados para a Lituânia; os outros 114, para a Ucrânia.\n",
                "pt");
}

Test(en, a_qualifier_alone_makes_a_candidate)
{
    same_claims("Belarus freed 123 political prisoners on Saturday, the White House said. Nine were taken to "
                "Lithuania; the other 114, to Ukraine.\n",
                "en");
}

/* Whether text, read with the gates and prefilter (no --explain), gives a mention of rule id at the bytes of
 * want: a scanned rule with a lead set is tried only in its windows, which must hold every place it matches. */
static void expect_mention(const char *text, const char *lang, const char *id, const char *want)
{
    extract_options opt = {.ref_date = "2026-01-14", .lang = lang};
    extract_error err;
    extract_doc *d;
    cr_assert_eq(extract_process(P, text, strlen(text), "t", &opt, &d, &err), EXTRACT_OK, "%s", err.message);
    const char *at = strstr(text, want);
    cr_assert_not_null(at);
    int found = 0;
    for (size_t i = 0; i < d->n_ments && !found; i++)
        found = !strcmp(d->ments[i].rule->id, id) && d->ments[i].start == (size_t)(at - text) &&
                d->ments[i].end == (size_t)(at - text) + strlen(want);
    cr_expect(found, "%s: %s finds \"%s\" in \"%s\"", lang, id, want, text);
    extract_doc_free(d);
}

Test(es, a_rule_opening_with_a_lookbehind_matches_in_its_windows)
{
    expect_mention("La fiscalía dijo que hasta el mediodía unas 35 personas seguían arrestadas en la comisaría.", "es",
                   "es.date.hour_today", "mediodía");
    expect_mention("Según la ONG, hasta las 21:30 horas 12 manifestantes permanecían detenidos.", "es",
                   "es.date.hour_today", "21:30 horas");
}

Test(pt, a_rule_opening_with_a_lookbehind_matches_in_its_windows)
{
    expect_mention("O sindicato afirmou que até ao meio-dia cerca de 60 grevistas continuavam detidos.", "pt",
                   "pt.date.hour_today", "meio-dia");
    expect_mention("A polícia disse que até as 19h 14 jovens tinham sido soltos.", "pt", "pt.date.hour_today", "19h");
}

Test(en, a_rule_opening_with_a_lookbehind_matches_in_its_windows)
{
    expect_mention("Organisers said that as of midnight some 70 marchers were still held by police.", "en",
                   "en.date.hour_today", "midnight");
    expect_mention("Police said that until 9.15 p.m. 25 fans had been released.", "en", "en.date.hour_today",
                   "9.15 p.m.");
}

/* A prefiltered rule with a lead branch (en.actor.gov: "(?<=the\s)\p{L}{3,}an") finds a match that starts by
 * that branch, in the windows after its lead set's words, as well as the ones its prefixes find. */
Test(en, a_lead_branch_matches_in_its_windows)
{
    const xp_rule *r = NULL;
    for (size_t i = 0; i < P->n_rules[XP_LANG_EN] && !r; i++)
        if (!strcmp(P->rules[XP_LANG_EN][i].id, "en.actor.gov"))
            r = &P->rules[XP_LANG_EN][i];
    cr_assert_not_null(r);
    cr_expect(r->prefiltered && r->lead.n, "en.actor.gov is prefiltered with a lead set");
    /* "bathe" ends in the lead word but gives the rule no prefix: the match starts at the adjective */
    expect_mention("Protesters bathe Egyptian police officers in praise, said the group, and 40 remain held.", "en",
                   "en.actor.gov", "Egyptian police");
    expect_mention("The Egyptian authorities said 40 people remain held.", "en", "en.actor.gov",
                   "The Egyptian authorities");
}

/* A figure up to three sentences after a question asking for a count may take the question's event: its sentence
 * is read as a candidate (its vetoes run) with the gates as without them ("which is six months" is no count). */
Test(en, a_figure_answering_a_question_is_gated_like_a_full_scan)
{
    same_claims("Q: How many people have been detained since the emergency began?\n\nA: Nobody has a full list. The "
                "decree lets police hold anyone without a warrant for as long as the emergency lasts, which is six "
                "months. Our lawyers have documented at least 1,500 detentions in the capital alone, and the police "
                "said on Monday that 700 people had been arrested.\n",
                "en");
}

Test(es, a_figure_answering_a_question_is_gated_like_a_full_scan)
{
    same_claims("P: ¿Cuántas personas han sido detenidas desde que empezó la emergencia?\n\nR: Nadie tiene una lista "
                "completa. El decreto permite a la policía retener a cualquiera sin orden judicial mientras dure la "
                "emergencia, que es de seis meses. Nuestros abogados han documentado al menos 1.500 detenciones solo "
                "en la capital, y la policía dijo el lunes que 700 personas habían sido arrestadas.\n",
                "es");
}

Test(pt, a_figure_answering_a_question_is_gated_like_a_full_scan)
{
    same_claims("P: Quantas pessoas foram detidas desde que a emergência começou?\n\nR: Ninguém tem uma lista "
                "completa. O decreto permite à polícia reter qualquer pessoa sem mandado enquanto durar a emergência, "
                "que é de seis meses. Os nossos advogados documentaram pelo menos 1.500 detenções só na capital, e a "
                "polícia disse na segunda-feira que 700 pessoas tinham sido presas.\n",
                "pt");
}

/* A caseless list is tried where the first three letters of one of its entries stand, in any case: a name of
 * a known body written in capitals or in lower case is found where the rule allows it, at a line's start and
 * after a sign, as with every rule scanned (and the reshaped capital-led rules find what they found). */
Test(es, a_caseless_list_is_tried_at_its_first_three_letters_in_any_case)
{
    expect_mention("COMUNICADO DE AMNISTÍA INTERNACIONAL SOBRE LOS PRESOS\n\nLa ONG contó 40 presos.", "es",
                   "actor.known_org", "AMNISTÍA INTERNACIONAL");
    expect_mention("Lo dijo (cOFAVIC) EN SU INFORME ANUAL\n\nLa ONG contó 40 presos.", "es", "actor.known_org",
                   "cOFAVIC");
    expect_mention("La asociación ABC Solidaridad informó que 12 presos salieron.", "es", "actor.acronym_word",
                   "ABC Solidaridad");
    same_claims("CARACAS, 14 ene (EFE) - SEGÚN FORO PENAL, 116 PRESOS POLÍTICOS FUERON EXCARCELADOS.\n\nLa ONG "
                "Provea afirmó el martes que otros 40 presos siguen detenidos, dijo su director, Óscar Murillo.\n",
                "es");
}

Test(pt, a_caseless_list_is_tried_at_its_first_three_letters_in_any_case)
{
    expect_mention("NOTA DA ANISTIA INTERNACIONAL SOBRE OS PRESOS\n\nA ONG contou 40 presos.", "pt", "actor.known_org",
                   "ANISTIA INTERNACIONAL");
    expect_mention("Segundo a entidade -CONECTAS- EM NOTA OFICIAL\n\nA ONG contou 40 presos.", "pt",
                   "actor.known_org", "CONECTAS");
    expect_mention("Segundo a XYZ Liberdade, 12 presos foram soltos.", "pt", "actor.acronym_word",
                   "XYZ Liberdade");
    same_claims("BRASÍLIA, 9 jan (Reuters) - SEGUNDO A CONECTAS, 300 PRESOS FORAM SOLTOS.\n\nA ONG Justiça Global "
                "afirmou na terça-feira que outros 40 presos continuam detidos, disse a sua diretora, Ana Lima.\n",
                "pt");
}

Test(en, a_caseless_list_is_tried_at_its_first_three_letters_in_any_case)
{
    expect_mention("STATEMENT BY HUMAN RIGHTS WATCH ON THE DETAINEES\n\nThe group counted 40 detainees.", "en",
                   "actor.known_org", "HUMAN RIGHTS WATCH");
    expect_mention("Read the report (hRANA) ON ITS WEBSITE\n\nThe group counted 40 detainees.", "en",
                   "actor.known_org", "hRANA");
    expect_mention("the union QRS Solidarity said 12 strikers were released.", "en", "actor.acronym_word",
                   "QRS Solidarity");
    same_claims("MANAGUA, Feb 9 (AP) - ACCORDING TO AMNESTY INTERNATIONAL, 222 PRISONERS WERE RELEASED.\n\nThe group "
                "Reprieve said on Tuesday that another 40 prisoners remain in custody, its director, Ana Lima, said.\n",
                "en");
}

/* The words before a place, read from a lexicon by xc_words_before: a phrase whose last word ends no entry is
 * turned away with every longer one (xp_table_ends_with), the others looked up whole. */
static void expect_words_before(const char *text, const char *lang, const char *name, const char *at, int want)
{
    extract_options opt = {.ref_date = "2026-01-14", .lang = lang};
    extract_error err;
    extract_doc *d;
    cr_assert_eq(extract_process(P, text, strlen(text), "t", &opt, &d, &err), EXTRACT_OK, "%s", err.message);
    const char *p = strstr(text, at);
    cr_assert_not_null(p);
    xc_ctx c;
    memset(&c, 0, sizeof c);
    c.d = d;
    cr_expect_eq(xc_words_before(&c, name, 0, (size_t)(p - text), XC_LOWER), want, "%s: %s before \"%s\" in \"%s\"",
                 lang, name, at, text);
    extract_doc_free(d);
}

Test(es, words_before_are_read_by_their_last_word)
{
    const char *t = "Los 40 presos siguen en la cárcel, y otros 12 estaban en pleno centro de la ciudad.";
    expect_words_before(t, "es", "place_words", "cárcel", 1);
    expect_words_before(t, "es", "place_words", "centro", 1);
    expect_words_before(t, "es", "place_words", "ciudad", 0);
    expect_words_before(t, "es", "place_words", "otros", 0);
    const xp_table *pw = xp_table_get(P, XP_LANG_ES, "place_words");
    cr_expect(xp_table_ends_with(pw, "pleno", 5) && xp_table_ends_with(pw, "en", 2) && !xp_table_ends_with(pw, "ciudad", 6));
}

Test(pt, words_before_are_read_by_their_last_word)
{
    const char *t = "Os 40 presos continuam numa cela, e outros 12 estavam em plena periferia da cidade.";
    expect_words_before(t, "pt", "place_words", "cela", 1);
    expect_words_before(t, "pt", "place_words", "periferia", 1);
    expect_words_before(t, "pt", "place_words", "cidade", 0);
    expect_words_before(t, "pt", "place_words", "outros", 0);
    const xp_table *pw = xp_table_get(P, XP_LANG_PT, "place_words");
    cr_expect(xp_table_ends_with(pw, "plena", 5) && xp_table_ends_with(pw, "numa", 4) && !xp_table_ends_with(pw, "cidade", 6));
}

Test(en, words_before_are_read_by_their_last_word)
{
    const char *t = "The 40 prisoners are still in the jail, and 12 others were held in downtown Lagos by police.";
    expect_words_before(t, "en", "place_words", "jail", 1);
    expect_words_before(t, "en", "place_words", "Lagos", 1);
    expect_words_before(t, "en", "place_words", "police", 0);
    expect_words_before(t, "en", "place_words", "others", 0);
    const xp_table *pw = xp_table_get(P, XP_LANG_EN, "place_words");
    cr_expect(xp_table_ends_with(pw, "downtown", 8) && xp_table_ends_with(pw, "the", 3) && !xp_table_ends_with(pw, "jail", 4));
}

/* The closed classes of words the claim builder asks for (xc_listed, xc_listed_at, xc_listed_in): a row is a
 * whole word or phrase, folded, with the case of its first letter filtered, in the document's language unless
 * every language is asked for. */
static extract_doc *S_doc(const char *text, const char *lang, xc_ctx *c)
{
    extract_options opt = {.ref_date = "2026-01-14", .lang = lang};
    extract_error err;
    extract_doc *d;
    cr_assert_eq(extract_process(P, text, strlen(text), "t", &opt, &d, &err), EXTRACT_OK, "%s", err.message);
    memset(c, 0, sizeof *c);
    c->d = d;
    return d;
}

static size_t S_at(const char *text, const char *s)
{
    const char *p = strstr(text, s);
    cr_assert_not_null(p, "\"%s\" in \"%s\"", s, text);
    return (size_t)(p - text);
}

Test(es, closed_classes_are_read_from_their_lexicons)
{
    const char *t = "El Gobierno liberó a 30 presos, sin embargo los cuales siguen y Ellos dijeron que sí.";
    xc_ctx c;
    extract_doc *d = S_doc(t, "es", &c);
    size_t el = S_at(t, "El "), sin = S_at(t, "sin embargo"), los = S_at(t, "los cuales"), y = S_at(t, "y Ellos");
    cr_expect(xc_listed(&c, "article_words", el, el + 2, XC_ANY_CASE));
    cr_expect(!xc_listed(&c, "article_words", el, el + 2, XC_LOWER), "the case of the first letter is filtered");
    cr_expect_eq(xc_listed_at(&c, "contrast_words", sin, strlen(t), XC_LOWER), sin + strlen("sin embargo"));
    cr_expect_eq(xc_listed_at(&c, "who_words", los, strlen(t), XC_LOWER), los + strlen("los cuales"));
    cr_expect_eq(xc_listed_in(&c, "conjunction_words", sin, strlen(t), XC_LOWER), y);
    cr_expect(!xc_listed(&c, "conjunction_words", S_at(t, "Gobierno"), S_at(t, "Gobierno") + 3, XC_ANY_CASE),
              "a row is a whole word");
    cr_expect_eq(xc_relative_word(&c, los), strlen("los cuales "));
    cr_expect_eq(xc_relative_word(&c, S_at(t, "Ellos")), 0);
    extract_doc_free(d);
}

Test(pt, closed_classes_are_read_from_their_lexicons)
{
    const char *t = "Os agentes soltaram 30 presos, no entanto os quais continuam e Eles disseram que sim.";
    xc_ctx c;
    extract_doc *d = S_doc(t, "pt", &c);
    size_t os = S_at(t, "Os "), ne = S_at(t, "no entanto"), oq = S_at(t, "os quais"), e = S_at(t, "e Eles");
    cr_expect(xc_listed(&c, "plural_article_words", os, os + 2, XC_ANY_CASE));
    cr_expect(!xc_listed(&c, "indefinite_words", os, os + 2, XC_ANY_CASE));
    cr_expect_eq(xc_listed_at(&c, "contrast_words", ne, strlen(t), XC_LOWER), ne + strlen("no entanto"));
    cr_expect_eq(xc_listed_at(&c, "who_words", oq, strlen(t), XC_LOWER), oq + strlen("os quais"));
    cr_expect_eq(xc_listed_in(&c, "conjunction_words", ne, strlen(t), XC_LOWER), e);
    cr_expect_eq(xc_listed_at(&c, "conjunction_words", S_at(t, "entanto"), strlen(t), XC_LOWER), 0,
                 "\"e\" inside a word is no conjunction");
    cr_expect_eq(xc_relative_word(&c, oq), strlen("os quais "));
    const char *u = "Foi a ministra quem deu a notícia.";
    xc_ctx c2;
    extract_doc *d2 = S_doc(u, "pt", &c2);
    cr_expect_eq(xc_relative_word(&c2, S_at(u, "quem")), 0, "the pronoun of a cleft opens no relative clause");
    extract_doc_free(d2);
    extract_doc_free(d);
}

Test(en, closed_classes_are_read_from_their_lexicons)
{
    const char *t = "The police freed 30 detainees, whereas others who remain were moved or transferred.";
    xc_ctx c;
    extract_doc *d = S_doc(t, "en", &c);
    size_t the = S_at(t, "The "), wh = S_at(t, "whereas"), who = S_at(t, "who "), o = S_at(t, "or ");
    cr_expect(xc_listed(&c, "article_words", the, the + 3, XC_UPPER));
    cr_expect_eq(xc_listed_at(&c, "contrast_words", wh, strlen(t), XC_LOWER), wh + strlen("whereas"));
    cr_expect_eq(xc_listed_at(&c, "who_words", who, strlen(t), XC_LOWER), who + 3);
    cr_expect_eq(xc_listed_in(&c, "conjunction_words", the, strlen(t), XC_LOWER), o);
    cr_expect_eq(xc_relative_word(&c, who), strlen("who "));
    cr_expect_eq(xc_relative_word(&c, S_at(t, "whereas")), 0);
    /* "o" is a Portuguese article and a Spanish conjunction, not an English word: only asked for everywhere */
    const char *u = "Police said the o group freed 30.";
    xc_ctx c2;
    extract_doc *d2 = S_doc(u, "en", &c2);
    size_t oo = S_at(u, " o ") + 1;
    cr_expect(!xc_listed(&c2, "conjunction_words", oo, oo + 1, XC_LOWER));
    cr_expect(xc_listed(&c2, "conjunction_words", oo, oo + 1, XC_LOWER | XC_ALL_LANGS));
    extract_doc_free(d2);
    extract_doc_free(d);
}

/* The sets of re, through memo (NULL: xf_required), in the form of required(). */
static void required_memo(const char *re, xf_req_memo *memo, char *out, size_t len)
{
    xi_arena a;
    xi_arena_init(&a);
    xf_litset sets[XF_MAX_REQUIRED];
    unsigned n;
    cr_assert_eq(xf_required_memo(re, strlen(re), NULL, 0, 0, 1, &a, sets, &n, memo), 0);
    size_t o = 0;
    out[0] = '\0';
    for (unsigned k = 0; k < n && o < len; k++)
        for (size_t i = 0; i < sets[k].n && o < len; i++)
            o += (size_t)snprintf(out + o, len - o, "%s%s%s%s", i ? "|" : k ? " & " : "",
                                  !i && sets[k].behind ? "<" : "", !i && sets[k].lead ? "^" : "", sets[k].v[i]);
    xi_arena_free(&a);
}

/* A memo shared by the rules of a language (xf_required_memo) reads each long group body once, and gives every
 * rule the sets it would get alone: the same body read caselessly, inside a lookbehind, in a rule whose reading
 * fails elsewhere, or after a body that failed, keeps its own sets. */
Test(required, a_shared_memo_gives_each_rule_its_own_sets)
{
    /* es, pt, en lists long enough to be remembered, pasted into rules as S_expand pastes lexicons */
#define LIST_ES "(?:excarcelad(?:os|as)|liberad(?:os|as)|puest(?:os|as)\\s+en\\s+libertad)"
#define LIST_PT "(?:soltos|soltas|libertad(?:os|as)|postos\\s+em\\s+liberdade)"
#define LIST_EN "(?:released|freed|set\\s+free|let\\s+go\\s+from\\s+prison)"
    static const char *const rules[] = {
        "\\b\\d+\\s+presos\\s+" LIST_ES "\\s+ayer",
        "(?i:los\\s+" LIST_ES ")",
        "(?<=" LIST_ES "\\s)\\p{L}+\\s+presos",
        "\\bfueron\\s+" LIST_ES "(?:\\s+hoy)?",
        "\\bforam\\s+" LIST_PT "\\s+(?:ontem|hoje)",
        "(?i:" LIST_PT ")\\s+presos",
        "(?<!\\p{L})(?:were|have\\s+been)\\s+" LIST_EN "\\b",
        "(?:" LIST_EN "\\s+(?C1)x)\\s+prisoners", /* a construct the walk does not read */
        "(?:" LIST_EN "\\s+(?C1)x)\\s+detainees\\s+were\\s+" LIST_EN,
        "\\b(?:they|we)\\s+were\\s+" LIST_EN "\\s+on\\s+Monday",
    };
    size_t n = sizeof rules / sizeof *rules;
    xf_req_memo *memo = xf_req_memo_new();
    cr_assert(memo);
    for (int pass = 0; pass < 2; pass++) /* the second pass finds every body in the memo */
        for (size_t i = 0; i < n; i++) {
            char alone[2048], shared[2048];
            required_memo(rules[i], NULL, alone, sizeof alone);
            required_memo(rules[i], memo, shared, sizeof shared);
            cr_expect_str_eq(shared, alone, "rule %zu, pass %d: \"%s\" with the memo, \"%s\" alone", i, pass, shared,
                             alone);
        }
    xf_req_memo_free(memo);
    xf_req_memo_free(NULL);
    /* the memo is not a no-op for these: a rule has sets from inside its list */
    char got[2048];
    required_memo(rules[3], NULL, got, sizeof got);
    cr_expect_neq(strstr(got, "excarcel"), NULL, "%s", got);
#undef LIST_ES
#undef LIST_PT
#undef LIST_EN
}
