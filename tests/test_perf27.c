/* test_perf27.c - the twenty-seventh session's double array (issue #5, throughput): a sealed trie keeps its
 * transitions as a double array (prefilter.c, xf_trie_seal and struct xf_trie) instead of a dense table of a
 * row per node, so the walks over every document (xf_trie_collect_split for the rules' prefixes,
 * xf_trie_collect_all for their required words, xf_trie_admits for a dateline) read a few small slots per step.
 * What may not change is what they find: on texts written for this test in Spanish, Portuguese and English the
 * sealed trie's places are those of a naive scan (every key compared at every byte) and those of the unsealed
 * trie's chains, with keys at the very start and end of a text, keys that are prefixes of other keys, keys of
 * several bytes a character (á, ç, ã, «) and bytes that are not UTF-8. The table's size is held to a few slots
 * per node: the old dense table was 30-90 times the node count in 16-bit entries, and missed the cache at
 * nearly every step. What is checked is behaviour and size, never time. */
#include <criterion/criterion.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "prefilter.h"

/* rule numbers: a key's index; several keys share a rule where a lexicon would (rule = index / 2) */
static const char *KEYS[] = {
    /* es */ "excarcel", "excarcelación", "libera", "liberados", "presos", "presos políticos", "de", "del",
    "detenid", "dijo", "según",
    /* pt */ "libertação", "libertad", "presas", "soltos", "disse", "ação", "segundo", "detidos",
    /* en */ "released", "release", "prisoners", "detainees", "held", "he", "said", "the", "«", "%",
};
#define NK (sizeof KEYS / sizeof *KEYS)

static const char *TEXTS[] = {
    "excarcelación de 30 presos políticos, según dijo el fiscal; la liberación de los detenidos del penal",
    "Presos: liberados 12; excarcelados otros, detenidas 4 (del total) y presos",
    "A libertação de 40 presas políticas foi anunciada, disse o ministro; segundo a ação, os soltos e detidos",
    "libertadores e libertad presas» «soltos»",
    "The released prisoners said that the detainees held there were released; he said 25% of the held",
    "thereleasedheld the\xff\xfe released \xc3(the) 100%he",
    "de",
    "d",
    "",
    "said",
    "«",
    "released\xc3",
};
#define NT (sizeof TEXTS / sizeof *TEXTS)

static unsigned S_rule(size_t k) { return (unsigned)(k / 2); }

static xf_trie *S_trie(int seal)
{
    xf_trie *t = xf_trie_new();
    cr_assert(t);
    for (size_t k = 0; k < NK; k++)
        cr_assert_eq(xf_trie_add(t, KEYS[k], S_rule(k)), 0);
    if (seal)
        cr_assert_eq(xf_trie_seal(t), 0);
    return t;
}

#define NR (NK / 2 + 1)

static int S_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* The naive scan: every key at every byte, per rule in increasing place, a place once. skip_in_words: as the
 * split collector, not after an ASCII letter unless a key of a sign starts with that byte. */
static void S_naive(const char *s, xf_cands *out, int skip_in_words)
{
    size_t len = strlen(s);
    for (size_t p = 0; p < len; p++) {
        if (skip_in_words && p > 0 && S_letter((unsigned char)s[p - 1]) &&
            !(s[p] == '%' || !memcmp(s + p, "«", len - p < 2 ? len - p : 2)))
            continue;
        for (unsigned r = 0; r < NR; r++)
            for (size_t k = 0; k < NK; k++)
                if (S_rule(k) == r && strlen(KEYS[k]) <= len - p && !memcmp(s + p, KEYS[k], strlen(KEYS[k]))) {
                    xf_cands *c = &out[r];
                    if (c->n && c->v[c->n - 1] == p)
                        break;
                    c->v = realloc(c->v, (c->n + 1) * sizeof *c->v);
                    c->v[c->n++] = (uint32_t)p;
                    break;
                }
    }
}

static void S_expect_same(const xf_cands *got, const xf_cands *want, const char *what, size_t ti)
{
    for (unsigned r = 0; r < NR; r++) {
        cr_expect_eq(got[r].n, want[r].n, "%s, text %zu, rule %u: %zu places, %zu wanted", what, ti, r, got[r].n,
                     want[r].n);
        for (size_t i = 0; i < got[r].n && i < want[r].n; i++)
            cr_expect_eq(got[r].v[i], want[r].v[i], "%s, text %zu, rule %u, place %zu", what, ti, r, i);
    }
}

static void S_free(xf_cands *c)
{
    for (unsigned r = 0; r < NR; r++) {
        free(c[r].v);
        c[r] = (xf_cands){0};
    }
}

Test(perf27, collect_all_is_the_naive_scan_sealed_or_not)
{
    for (int seal = 0; seal < 2; seal++) {
        xf_trie *t = S_trie(seal);
        for (size_t ti = 0; ti < NT; ti++) {
            xf_cands got[NR] = {{0}}, want[NR] = {{0}};
            cr_assert_eq(xf_trie_collect_all(t, TEXTS[ti], strlen(TEXTS[ti]), got), 0);
            S_naive(TEXTS[ti], want, 0);
            S_expect_same(got, want, seal ? "sealed collect_all" : "chains collect_all", ti);
            S_free(got);
            S_free(want);
        }
        xf_trie_free(t);
    }
}

Test(perf27, collect_split_and_admits_are_the_naive_scan_outside_words)
{
    for (int seal = 0; seal < 2; seal++) {
        xf_trie *t = S_trie(seal);
        for (size_t ti = 0; ti < NT; ti++) {
            const char *s = TEXTS[ti];
            xf_cands got[NR] = {{0}}, want[NR] = {{0}};
            xf_places pl[3] = {{0}};
            cr_assert_eq(xf_trie_collect_split(t, s, strlen(s), got, pl), 0);
            S_naive(s, want, 1);
            S_expect_same(got, want, seal ? "sealed collect_split" : "chains collect_split", ti);
            for (unsigned r = 0; r < NR; r++) /* admits says yes exactly at the listed places */
                for (size_t p = 0, i = 0; p <= strlen(s); p++) {
                    int listed = i < want[r].n && want[r].v[i] == p;
                    cr_expect_eq(!!xf_trie_admits(t, s, strlen(s), p, r), listed, "admits, text %zu, rule %u, place %zu",
                                 ti, r, p);
                    i += listed;
                }
            S_free(got);
            S_free(want);
            for (int c = 0; c < 3; c++) {
                free(pl[c].v);
                free(pl[c].after);
            }
        }
        xf_trie_free(t);
    }
}

/* A trie of many keys (word forms of the three languages, as a lexicon gives them): the table stays at a few
 * slots a node, where the dense table took a row of every used byte per node. */
Test(perf27, the_table_is_a_few_slots_a_node)
{
    static const char *stems[] = {"excarcel", "libert", "liber", "deten", "detid", "solt", "prison", "detain",
                                  "releas", "pres", "encarcel", "arrest", "captur", "condenad", "acusad"};
    static const char *ends[] = {"ado", "ados", "ada", "adas", "ación", "ação", "ed", "ing", "ees", "ers", "os",
                                 "as", "o", "a", "ou", "aram", "aron", "ó", "s", "ión"};
    xf_trie *t = xf_trie_new();
    cr_assert(t);
    /* the trie's nodes are the keys' distinct prefixes */
    static char seen[2000][32];
    size_t nodes = 0;
    char key[64];
    for (size_t i = 0; i < sizeof stems / sizeof *stems; i++)
        for (size_t j = 0; j < sizeof ends / sizeof *ends; j++) {
            strcpy(key, stems[i]);
            strcat(key, ends[j]);
            cr_assert_eq(xf_trie_add(t, key, (unsigned)i), 0);
            for (size_t l = 1; l <= strlen(key); l++) {
                size_t k = 0;
                while (k < nodes && !(strlen(seen[k]) == l && !strncmp(seen[k], key, l)))
                    k++;
                if (k == nodes && nodes < 2000) {
                    memcpy(seen[nodes], key, l);
                    seen[nodes++][l] = 0;
                }
            }
        }
    cr_assert_lt(nodes, 2000);
    cr_expect_eq(xf_trie_table_bytes(t), 0, "unsealed: no table");
    cr_assert_eq(xf_trie_seal(t), 0);
    size_t b = xf_trie_table_bytes(t);
    /* two 12-byte slots a node and a row of slack; the dense table took a 16-bit entry for every byte the keys
     * use (30 here) in every node's row */
    cr_expect(b > 0 && b <= 24 * nodes + 12 * 256, "%zu bytes for %zu nodes", b, nodes);
    const char *s = "Los excarceladas fueron liberados; os presos foram soltos; the prisoners were released.";
    xf_cands got[16] = {{0}};
    cr_assert_eq(xf_trie_collect_all(t, s, strlen(s), got), 0);
    static const struct {
        unsigned rule;
        uint32_t at;
    } want[] = {{0, 4}, {2, 24}, {9, 38}, {5, 51}, {6, 63}, {8, 78}};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        cr_expect_eq(got[want[i].rule].n, 1, "rule %u", want[i].rule);
        cr_expect_eq(got[want[i].rule].n ? got[want[i].rule].v[0] : 0, want[i].at, "rule %u", want[i].rule);
    }
    for (int r = 0; r < 16; r++)
        free(got[r].v);
    xf_trie_free(t);
}
