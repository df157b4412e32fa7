/* test_perf25.c - the twenty-fifth session's JIT budget by size and use (issue #5, throughput): the JIT ranking,
 * patterns/jit.tsv, read at load (patterns.c, S_jit_rank). A ranked-in rule is JIT-compiled at the bar, a
 * ranked-out one stays in PCRE2's interpreter whatever the budget, an unlisted one shares what the ranked-in
 * ones' share leaves; none of that may change a claim. Each test loads the real rules from a directory of its own
 * (links to patterns/shared, es, pt, en) with a ranking the test writes, so that what is checked is the mechanism,
 * not the measured file. What is checked is behaviour and counts, never time. The sentences are written for this
 * test, in Spanish, Portuguese and English, with distractors (a sum of money, a date, a count of no people). */
#include <criterion/criterion.h>

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "claims_support.h" /* the patterns loaded once per suite: setup, teardown, P */
#include "patterns.h"

TestSuite(perf25, .init = setup, .fini = teardown);

static const struct {
    const char *text, *lang;
} DOCS[] = {
    {"La organización Defensa Civil Libre informó el martes que 48 presos políticos fueron excarcelados en "
     "Maracaibo. Según el abogado Julián Ferreira, otras 17 personas siguen detenidas. El municipio invirtió 3 "
     "millones de pesos en 12 escuelas.",
     "es"},
    {"El fiscal general, Ramón Quintero, dijo ayer que la policía detuvo a 230 manifestantes durante la marcha del "
     "sábado. La alcaldía anunció 40 nuevos autobuses para 2027.",
     "es"},
    {"A entidade Justiça Aberta afirmou na segunda-feira que 63 presos políticos foram libertados em Manaus. De "
     "acordo com a advogada Helena Prado, outras 21 pessoas continuam detidas. A prefeitura gastou 5 milhões de "
     "reais em 9 hospitais.",
     "pt"},
    {"O ministro Paulo Antunes disse ontem que a polícia prendeu 140 manifestantes no protesto de sábado. O clube "
     "contratou 3 jogadores em março.",
     "pt"},
    {"The rights group Open Cells said on Tuesday that 52 political prisoners were released in Valencia. According "
     "to lawyer Martha Greene, another 19 people remain in custody. The city spent $4 million on 11 schools.",
     "en"},
    {"Interior Minister Daniel Okafor said police arrested 310 protesters during Saturday's march. The league "
     "added 6 new teams in 2025.",
     "en"},
};
#define N_DOCS (sizeof DOCS / sizeof *DOCS)
#define ROUNDS 20 /* every document this many times: past the JIT bar (XP_JIT_AFTER, 16 asks) */

/* A pattern directory of the test's own: the real rules (links) and the ranking given (NULL: no jit.tsv). */
static void S_dir(char *dir, size_t len, const char *ranking)
{
    snprintf(dir, len, "/tmp/extract_perf25_XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    const char *subs[] = {"shared", "es", "pt", "en"};
    for (size_t i = 0; i < 4; i++) {
        char from[1200], to[1200];
        snprintf(from, sizeof from, "%s/%s", EXTRACT_TEST_PATTERNS, subs[i]);
        snprintf(to, sizeof to, "%s/%s", dir, subs[i]);
        cr_assert_eq(symlink(from, to), 0, "symlink %s", to);
    }
    if (ranking) {
        char path[1200];
        snprintf(path, sizeof path, "%s/jit.tsv", dir);
        FILE *f = fopen(path, "w");
        cr_assert_not_null(f);
        fputs(ranking, f);
        fclose(f);
    }
}

static void S_dir_free(const char *dir)
{
    const char *subs[] = {"shared", "es", "pt", "en", "jit.tsv"};
    for (size_t i = 0; i < 5; i++) {
        char path[1200];
        snprintf(path, sizeof path, "%s/%s", dir, subs[i]);
        unlink(path);
    }
    rmdir(dir);
}

static extract_patterns *S_load(const char *dir)
{
    extract_patterns *p = NULL;
    extract_error err;
    cr_assert_eq(extract_patterns_load(dir, &p, &err), EXTRACT_OK, "%s", err.message);
    return p;
}

/* Runs every document ROUNDS times through p and through P (the default set): the same claims each time. */
static void S_same_claims(extract_patterns *p)
{
    size_t claims = 0;
    for (int round = 0; round < ROUNDS; round++)
        for (size_t i = 0; i < N_DOCS; i++) {
            char *a = claims_text(P, DOCS[i].text, DOCS[i].lang), *b = claims_text(p, DOCS[i].text, DOCS[i].lang);
            cr_assert_str_eq(a, b, "%s document %zu, round %d", DOCS[i].lang, i, round);
            claims += strstr(a, " claims") && !strstr(a, ", 0 claims");
            free(a);
            free(b);
        }
    cr_assert_eq(claims, ROUNDS * N_DOCS, "every document has claims");
}

/* The rules of a pattern set that passed the bar (their codes run: twins resolved), and were JIT-compiled. */
static const xp_rule *S_root(const xp_rule *r) { return r->twin ? r->twin : r; }
static int S_jitted(const xp_rule *r)
{
    pcre2_code *c = atomic_load(&S_root(r)->run);
    size_t size = 0;
    return c && pcre2_pattern_info(c, PCRE2_INFO_JITSIZE, &size) == 0 && size > 0;
}

/* A ranking of the rules P JIT-compiled over the documents: every other one in, the others out (saved 0). */
static char *S_ranking_of_hot_rules(size_t *n_in, size_t *n_out)
{
    for (int round = 0; round < ROUNDS; round++)
        for (size_t i = 0; i < N_DOCS; i++)
            free(claims_text(P, DOCS[i].text, DOCS[i].lang));
    size_t cap = 1 << 16, o = 0;
    char *buf = calloc(1, cap);
    cr_assert_not_null(buf);
    o += (size_t)snprintf(buf + o, cap - o, "# written by test_perf25\n\n");
    *n_in = *n_out = 0;
    for (int l = 0; l < XP_NLANG; l++)
        for (size_t i = 0; i < P->n_rules[l]; i++) {
            const xp_rule *r = &P->rules[l][i];
            if (r->twin || !S_jitted(r))
                continue;
            int in = (*n_in + *n_out) % 2 == 0;
            o += (size_t)snprintf(buf + o, cap - o, "%s\t%s\t%d\t%s\n", xp_lang_names[l], r->id, 10, in ? "5.0" : "0");
            cr_assert_lt(o, cap - 256);
            if (in)
                (*n_in)++;
            else
                (*n_out)++;
        }
    cr_assert_gt(*n_in, 5, "the documents make rules of each language pass the bar");
    return buf;
}

Test(perf25, ranked_out_rules_stay_interpreted_with_the_same_claims)
{
    size_t n_in = 0, n_out = 0;
    char *ranking = S_ranking_of_hot_rules(&n_in, &n_out);
    char dir[256];
    S_dir(dir, sizeof dir, ranking);
    extract_patterns *p = S_load(dir);
    cr_assert_eq(p->jit_ranked, n_in);
    cr_assert_eq(p->jit_reserved, n_in * 10 * 1024, "the listed sizes of the ranked-in rules");
    S_same_claims(p);
    size_t in_jitted = 0, out_run = 0;
    for (int l = 0; l < XP_NLANG; l++)
        for (size_t i = 0; i < p->n_rules[l]; i++) {
            const xp_rule *r = &p->rules[l][i];
            if (r->twin)
                continue;
            if (r->jit_rank == XP_JIT_RANKED_OUT) {
                cr_assert(!S_jitted(r), "rule %s (%s) ranked out but JIT-compiled", r->id, xp_lang_names[l]);
                out_run += atomic_load(&r->runs) >= 16;
            } else if (r->jit_rank == XP_JIT_RANKED_IN) {
                cr_assert(S_jitted(r), "rule %s (%s) ranked in, past the bar, not JIT-compiled", r->id,
                          xp_lang_names[l]);
                in_jitted++;
            }
        }
    cr_assert_eq(in_jitted, n_in);
    cr_assert_eq(out_run, n_out, "the ranked-out rules passed the bar and still run interpreted");
    extract_patterns_free(p);
    S_dir_free(dir);
    free(ranking);
}

Test(perf25, unranked_rules_share_what_the_ranked_leave)
{
    /* one rule ranked in, at the whole ranked share: the others, unlisted, get what is left of the budget */
    size_t n_in = 0, n_out = 0;
    char *hot = S_ranking_of_hot_rules(&n_in, &n_out);
    char *first = strchr(hot, '\n');
    first = strchr(first + 1, '\n') + 1; /* past the comment and the blank line */
    char lang[8], id[256];
    cr_assert_eq(sscanf(first, "%7[^\t]\t%255[^\t]", lang, id), 2);
    char ranking[512];
    snprintf(ranking, sizeof ranking, "%s\t%s\t%zu\t1.5\n", lang, id, XP_JIT_RANKED >> 10);
    char dir[256];
    S_dir(dir, sizeof dir, ranking);
    extract_patterns *p = S_load(dir);
    cr_assert_eq(p->jit_ranked, 1);
    cr_assert_eq(p->jit_reserved, XP_JIT_RANKED);
    p->jit_budget = XP_JIT_RANKED + 1; /* room for the ranked one, and one byte for the rest: one unlisted rule */
    S_same_claims(p);
    size_t unranked = 0, ranked = 0;
    for (int l = 0; l < XP_NLANG; l++)
        for (size_t i = 0; i < p->n_rules[l]; i++) {
            const xp_rule *r = &p->rules[l][i];
            if (r->twin || !S_jitted(r))
                continue;
            if (r->jit_rank == XP_JIT_RANKED_IN)
                ranked++;
            else
                unranked++;
        }
    cr_assert_eq(ranked, 1, "the ranked-in rule is JIT-compiled whatever came first");
    cr_assert_leq(unranked, 1, "%zu unlisted rules JIT-compiled past their share", unranked);
    cr_assert_leq(atomic_load(&p->jit_unranked_bytes), atomic_load(&p->jit_bytes));
    extract_patterns_free(p);
    S_dir_free(dir);
    free(hot);
}

Test(perf25, no_ranking_is_first_come_and_a_stale_line_is_passed_over)
{
    char dir[256];
    S_dir(dir, sizeof dir, NULL);
    extract_patterns *p = S_load(dir);
    cr_assert_eq(p->jit_ranked, 0);
    cr_assert_eq(p->jit_reserved, 0);
    for (int l = 0; l < XP_NLANG; l++)
        for (size_t i = 0; i < p->n_rules[l]; i++)
            cr_assert_eq(p->rules[l][i].jit_rank, XP_JIT_UNRANKED);
    S_same_claims(p);
    extract_patterns_free(p);
    S_dir_free(dir);
    /* a rule no language has, and one of another language's id, change nothing */
    S_dir(dir, sizeof dir, "es\tno.such.rule\t100\t9.0\nen\tes.veto.units\t100\t9.0\n");
    p = S_load(dir);
    cr_assert_eq(p->jit_ranked, 0);
    cr_assert_eq(p->jit_reserved, 0);
    extract_patterns_free(p);
    S_dir_free(dir);
}

Test(perf25, a_malformed_ranking_line_is_an_error)
{
    const char *bad[] = {"xx\tactor.person\t10\t1.0\n", "es\tactor.person\tten\t1.0\n", "es\tactor.person\t10\n"};
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
        char dir[256];
        S_dir(dir, sizeof dir, bad[k]);
        extract_patterns *p = NULL;
        extract_error err;
        cr_assert_eq(extract_patterns_load(dir, &p, &err), EXTRACT_ERR_PATTERN, "line %zu", k);
        cr_assert_null(p);
        cr_assert(strstr(err.message, "JIT ranking"), "%s", err.message);
        S_dir_free(dir);
    }
}

Test(perf25, the_shipped_ranking_is_read)
{
    /* patterns/jit.tsv names rules of this pattern set, and its ranked-in share fits XP_JIT_RANKED */
    cr_assert_gt(P->jit_ranked, 100);
    cr_assert_leq(P->jit_reserved, XP_JIT_RANKED);
    cr_assert_gt(P->jit_reserved, XP_JIT_RANKED / 2);
}
