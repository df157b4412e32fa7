/* test_perf26.c - the twenty-sixth session's start exclusion (issue #5, throughput): a rule's attribute
 * start_not_in=LEX[,LEX...] names lexicons its regex refuses to start with, and the recognizer does not run the
 * rule where a whole word of them starts (patterns.c, S_start_set and xp_start_excluded; recognize.c,
 * S_next_match). That may change no claim: the real rules with and without the attribute give the same claims on
 * sentences written for this test in Spanish, Portuguese and English, full of capitalised words of the lexicons
 * (media, countries, organisations, capitalised common words) beside people's names, with distractors (a sum of
 * money, a date, a count of no people). The look-up is checked on words of each language, and the checker must
 * report a rule whose regex does not refuse the words it names. What is checked is behaviour, never time. */
#include <criterion/criterion.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "claims_support.h" /* the patterns loaded once per suite: setup, teardown, P, claims_text */
#include "patterns.h"

TestSuite(perf26, .init = setup, .fini = teardown);

static const struct {
    const char *text, *lang;
} DOCS[] = {
    {"Según la agencia Reuters y el diario El País, la ONG Foro Cívico de Colombia informó el lunes que 37 presos "
     "políticos fueron excarcelados. La abogada Marta Villalobos dijo que otras 14 personas siguen detenidas en "
     "Venezuela. El Gobierno gastó 2 millones en 8 escuelas en Enero.",
     "es"},
    {"Amnistía Internacional y Human Rights Watch denunciaron que la policía de Nicaragua detuvo a 95 "
     "manifestantes; el portavoz Tomás Irigoyen lo negó en Twitter.",
     "es"},
    {"Segundo a BBC e o jornal Folha, a entidade Tortura Nunca Mais afirmou na terça-feira que 58 presos políticos "
     "foram libertados no Brasil. O advogado Caio Rezende disse que outras 11 pessoas continuam presas. A Câmara "
     "aprovou 3 milhões para 7 creches.",
     "pt"},
    {"A Anistia Internacional disse que a polícia de Angola deteve 120 ativistas; a porta-voz Luísa Carvalho "
     "negou no Facebook.",
     "pt"},
    {"According to Reuters and the Guardian, the group Freedom Now said on Monday that 44 political prisoners were "
     "released in Cuba. Lawyer Hannah Whitcombe said another 16 people remain in custody. The Senate approved $5 "
     "million for 9 clinics in March.",
     "en"},
    {"Amnesty International said police in Kenya arrested 210 demonstrators, but spokesman Peter Omondi denied it "
     "on Twitter. Tuesday's march drew 3,000 people.",
     "en"},
};
#define N_DOCS (sizeof DOCS / sizeof *DOCS)

/* A pattern directory of the test's own: the real es, pt and en rules (links) and the real shared ones, with
 * every start_not_in attribute taken off (the files linked, actors.pat and any file that holds one rewritten). */
static void S_dir_without(char *dir, size_t len)
{
    snprintf(dir, len, "/tmp/extract_perf26_XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    const char *subs[] = {"es", "pt", "en"};
    char from[1200], to[1200]; /* the dir is short: 1200 holds it and a file name */
    for (size_t i = 0; i < 3; i++) {
        snprintf(from, sizeof from, "%s/%s", EXTRACT_TEST_PATTERNS, subs[i]);
        snprintf(to, sizeof to, "%s/%s", dir, subs[i]);
        cr_assert_eq(symlink(from, to), 0, "symlink %s", to);
    }
    snprintf(to, sizeof to, "%s/shared", dir);
    cr_assert_eq(mkdir(to, 0700), 0);
    snprintf(from, sizeof from, "%s/shared", EXTRACT_TEST_PATTERNS);
    DIR *dd = opendir(from);
    cr_assert_not_null(dd);
    size_t removed = 0;
    for (struct dirent *e; (e = readdir(dd));) {
        if (e->d_name[0] == '.')
            continue;
        char src[1600], dst[1600];
        snprintf(src, sizeof src, "%s/%s", from, e->d_name);
        snprintf(dst, sizeof dst, "%s/%s", to, e->d_name);
        FILE *in = fopen(src, "r");
        cr_assert_not_null(in);
        FILE *out = fopen(dst, "w");
        cr_assert_not_null(out);
        char line[1 << 16];
        while (fgets(line, sizeof line, in)) {
            char *a = strncmp(line, "@rule ", 6) == 0 ? strstr(line, " start_not_in=") : NULL;
            if (a) {
                char *end = a + 1 + strcspn(a + 1, " \n");
                memmove(a, end, strlen(end) + 1);
                removed++;
            }
            fputs(line, out);
        }
        fclose(in);
        fclose(out);
    }
    closedir(dd);
    cr_assert_geq(removed, 1, "no start_not_in attribute in patterns/shared");
}

/* Removes a directory S_dir_without or S_dir_small made (one level of files, links and subdirectories). */
static void S_rm(const char *dir)
{
    DIR *dd = opendir(dir);
    if (!dd)
        return;
    for (struct dirent *e; (e = readdir(dd));) {
        if (e->d_name[0] == '.')
            continue;
        char path[1400];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (unlink(path) != 0) {
            DIR *sub = opendir(path);
            for (struct dirent *f; sub && (f = readdir(sub));) {
                char p2[1800];
                if (f->d_name[0] == '.')
                    continue;
                snprintf(p2, sizeof p2, "%s/%s", path, f->d_name);
                unlink(p2);
            }
            if (sub)
                closedir(sub);
            rmdir(path);
        }
    }
    closedir(dd);
    rmdir(dir);
}

static const xp_rule *S_rule(const extract_patterns *p, int lang, const char *id)
{
    for (size_t i = 0; i < p->n_rules[lang]; i++)
        if (strcmp(p->rules[lang][i].id, id) == 0)
            return &p->rules[lang][i];
    return NULL;
}

Test(perf26, same_claims_with_and_without_start_exclusion)
{
    char dir[64];
    S_dir_without(dir, sizeof dir);
    extract_patterns *p = NULL;
    extract_error err;
    cr_assert_eq(extract_patterns_load(dir, &p, &err), EXTRACT_OK, "%s", err.message);
    for (int l = 0; l < XP_NLANG; l++) {
        const xp_rule *r = S_rule(p, l, "actor.person");
        cr_assert_not_null(r);
        cr_assert_null(r->not_start, "the copy still excludes starts");
    }
    /* twenty rounds: past the JIT bar, so both the interpreted and the JIT-compiled codes run */
    for (int round = 0; round < 20; round++)
        for (size_t i = 0; i < N_DOCS; i++) {
            char *a = claims_text(P, DOCS[i].text, DOCS[i].lang), *b = claims_text(p, DOCS[i].text, DOCS[i].lang);
            cr_assert_str_eq(a, b, "round %d, document %zu (%s):\nwith: %s\nwithout: %s", round, i, DOCS[i].lang, a, b);
            if (round == 0)
                cr_assert(strstr(a, "Villalobos") || strstr(a, "Irigoyen") || strstr(a, "Rezende") ||
                              strstr(a, "Carvalho") || strstr(a, "Whitcombe") || strstr(a, "Omondi") ||
                              strstr(a, "Internacional") || strstr(a, "Foro") || strstr(a, "Tortura") ||
                              strstr(a, "Freedom") || strstr(a, "Amnesty"),
                          "document %zu: no claimant named: %s", i, a);
            free(a);
            free(b);
        }
    extract_patterns_free(p);
    S_rm(dir);
}

/* The real actor.person of each language skips where a word of its lexicons starts, and only there. */
Test(perf26, person_rule_skips_lexicon_words_only)
{
    static const struct {
        int lang;
        const char *text;
        int skip;
    } cases[] = {
        {XP_LANG_ES, "Reuters informó", 1},  {XP_LANG_ES, "Venezuela liberó", 1}, {XP_LANG_ES, "Marta Villalobos dijo", 0},
        {XP_LANG_ES, "Reutersa dijo", 0},    {XP_LANG_ES, "Reuters-EFE dijo", 0}, {XP_LANG_PT, "Facebook mostrou", 1},
        {XP_LANG_PT, "Brasil, disse", 1},    {XP_LANG_PT, "Caio Rezende disse", 0}, {XP_LANG_PT, "Brasileira disse", 0},
        {XP_LANG_EN, "Twitter. He", 1},      {XP_LANG_EN, "Kenya", 1},            {XP_LANG_EN, "Hannah Whitcombe said", 0},
        {XP_LANG_EN, "Kenyatta said", 0},    {XP_LANG_EN, "Kenya\xc3\xa9 said", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const xp_rule *r = S_rule(P, cases[i].lang, "actor.person");
        cr_assert_not_null(r);
        cr_assert_not_null(r->not_start, "actor.person has no start_not_in words");
        cr_assert_gt(r->not_start->n, 100);
        char buf[128];
        snprintf(buf, sizeof buf, " %s", cases[i].text);
        cr_expect_eq(xp_start_excluded(r->not_start, buf, 1, strlen(buf)), cases[i].skip, "\"%s\"", cases[i].text);
        /* where it skips, the regex refuses too (anchored there) */
        if (cases[i].skip) {
            pcre2_match_data *md = pcre2_match_data_create_from_pattern(xp_rule_scan(r), NULL);
            int rc = pcre2_match(xp_rule_scan(r), (PCRE2_SPTR)buf, strlen(buf), 1, PCRE2_ANCHORED, md, NULL);
            cr_expect_eq(rc, PCRE2_ERROR_NOMATCH, "\"%s\": the regex matches where the rule is skipped", cases[i].text);
            pcre2_match_data_free(md);
        }
    }
}

/* A small pattern directory: one shared rule of the regex given, start_not_in=WORDS, WORDS = "Lunes Monday Segunda". */
static void S_dir_small(char *dir, size_t len, const char *rule)
{
    snprintf(dir, len, "/tmp/extract_perf26s_XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    char path[1200];
    const char *subs[] = {"shared", "es", "pt", "en"};
    for (size_t i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, subs[i]);
        cr_assert_eq(mkdir(path, 0700), 0);
    }
    snprintf(path, sizeof path, "%s/shared/words.txt", dir);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs("Lunes\nMonday\nSegunda\nDia de Reis\n", f);
    fclose(f);
    snprintf(path, sizeof path, "%s/shared/t.pat", dir);
    f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs(rule, f);
    fclose(f);
}

static void S_report(void *ctx, const char *msg)
{
    (void)msg;
    ++*(size_t *)ctx;
}

Test(perf26, checker_reports_a_rule_that_does_not_refuse_its_words)
{
    static const char *const good =
        "@lexicon WORDS words.txt\n"
        "@rule t.name actor exact kind=person start_not_in=WORDS\n"
        "  (?<![\\p{L}])(?!(?:{WORDS})(?![\\p{L}\\-]))(?<name>\\p{Lu}\\p{Ll}+)(?![\\p{L}])\n"
        "  + dijo Ana => name=Ana\n"
        "  - el Lunes\n";
    static const char *const bad =
        "@lexicon WORDS words.txt\n"
        "@rule t.name actor exact kind=person start_not_in=WORDS\n"
        "  (?<![\\p{L}])(?<name>\\p{Lu}\\p{Ll}+)(?![\\p{L}])\n"
        "  + dijo Ana => name=Ana\n";
    static const char *const unknown =
        "@lexicon WORDS words.txt\n"
        "@rule t.name actor exact kind=person start_not_in=WORDS,NOWORDS\n"
        "  (?<![\\p{L}])(?<name>\\p{Lu}\\p{Ll}+)(?![\\p{L}])\n"
        "  + dijo Ana => name=Ana\n";
    const char *rules[] = {good, bad};
    for (int k = 0; k < 2; k++) {
        char dir[64];
        S_dir_small(dir, sizeof dir, rules[k]);
        extract_patterns *p = NULL;
        extract_error err;
        cr_assert_eq(extract_patterns_load(dir, &p, &err), EXTRACT_OK, "%s", err.message);
        const xp_rule *r = S_rule(p, XP_LANG_ES, "t.name");
        cr_assert_not_null(r);
        cr_assert_not_null(r->not_start);
        cr_assert_eq(r->not_start->n, 3, "the entry of several words is left to the regex");
        size_t failures = 0;
        extract_patterns_check(p, S_report, &failures, NULL);
        if (k == 0)
            cr_expect_eq(failures, 0, "a rule that refuses its words is reported");
        else
            cr_expect_eq(failures, XP_NLANG, "a rule that does not refuse its words is not reported");
        extract_patterns_free(p);
        S_rm(dir);
    }
    char dir[64];
    S_dir_small(dir, sizeof dir, unknown);
    extract_patterns *p = NULL;
    extract_error err;
    cr_expect_eq(extract_patterns_load(dir, &p, &err), EXTRACT_ERR_PATTERN, "a name that is no lexicon loads");
    if (p)
        extract_patterns_free(p);
    S_rm(dir);
}
