/* test_patterns.c - the pattern loader and the rules' own examples.
 *
 * The real pattern set is checked twice: once through extract_patterns_check (what `extract --check-patterns` and
 * CI run), and once per pattern file by an independent matcher written here, so each failing example is reported
 * as its own file:line and a checker bug that silently passes examples is caught too. Broken sets under
 * tests/data/patterns_bad_* must be refused with an error that points at the offending file and line. */
#include <criterion/criterion.h>
#include <criterion/logging.h>
#include <criterion/parameterized.h>

#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "normalize.h"
#include "numbers.h"
#include "patterns.h"

/* ---- helpers ---- */

static extract_patterns *load_ok(const char *dir)
{
    extract_patterns *p = NULL;
    extract_error err;
    extract_status st = extract_patterns_load(dir, &p, &err);
    if (st != EXTRACT_OK) {
        char msg[1200];
        extract_error_format(&err, msg, sizeof msg);
        cr_assert_fail("cannot load %s: %s", dir, msg);
    }
    cr_assert_not_null(p);
    return p;
}

/* Loads a set that must be refused; returns the error. */
static extract_error load_bad(const char *name)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/%s", EXTRACT_TEST_DATA, name);
    extract_patterns *p = (extract_patterns *)0x1;
    extract_error err;
    memset(&err, 0x55, sizeof err);
    extract_status st = extract_patterns_load(dir, &p, &err);
    cr_assert_eq(st, EXTRACT_ERR_PATTERN, "%s: status %d, expected EXTRACT_ERR_PATTERN", name, st);
    cr_assert_eq(err.code, EXTRACT_ERR_PATTERN);
    cr_assert_null(p, "%s: *out must be NULL on failure", name);
    cr_assert_lt(strlen(err.message), sizeof err.message, "message not terminated");
    cr_assert_lt(strlen(err.input), sizeof err.input, "input not terminated");
    cr_assert_gt(strlen(err.message), 0);
    return err;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* 1-based number of the first line of a file that contains needle (0 when none): fixtures are looked up rather
 * than hard-coding line numbers, so editing their comments does not break the tests. */
static long line_of(const char *path, const char *needle)
{
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f, "cannot open %s", path);
    char line[1024];
    long n = 0, found = 0;
    while (!found && fgets(line, sizeof line, f)) {
        n++;
        if (strstr(line, needle))
            found = n;
    }
    fclose(f);
    return found;
}

static void fixture_path(char *buf, size_t len, const char *rel)
{
    snprintf(buf, len, "%s/%s", EXTRACT_TEST_DATA, rel);
}

/* Collects extract_patterns_check reports. */
typedef struct {
    char msgs[32][1400];
    size_t n;
} reports;

static void collect(void *ctx, const char *msg)
{
    reports *r = ctx;
    if (r->n < 32)
        snprintf(r->msgs[r->n], sizeof r->msgs[r->n], "%s", msg);
    r->n++;
}

static void log_report(void *ctx, const char *msg)
{
    (void)ctx;
    cr_log_error("%s", msg);
}

static int any_report_has(const reports *r, const char *a, const char *b)
{
    for (size_t i = 0; i < r->n && i < 32; i++)
        if (strstr(r->msgs[i], a) && (!b || strstr(r->msgs[i], b)))
            return 1;
    return 0;
}

/* ---- the real pattern set ---- */

Test(real_patterns, loads_and_compiles_every_language)
{
    extract_patterns *p = load_ok(EXTRACT_TEST_PATTERNS);
    for (int l = 0; l < XP_NLANG; l++) {
        cr_expect_gt(p->n_rules[l], 10, "only %zu rules for %s", p->n_rules[l], xp_lang_names[l]);
        for (size_t i = 0; i < p->n_rules[l]; i++) {
            const xp_rule *r = &p->rules[l][i];
            cr_assert_not_null(r->base, "rule %s has no compiled regex", r->id);
            cr_assert_not_null(xp_rule_scan(r), "rule %s: no code as written", r->id);
            cr_assert_not_null(xp_rule_run(r), "rule %s: no code to run", r->id);
            cr_assert_eq(r->lang, l);
            cr_assert(r->line > 0 && r->file && ends_with(r->file, ".pat"), "rule %s has no file:line", r->id);
        }
    }
    extract_patterns_free(p);
}

/* What a pattern set makes on first use (JIT-compiled code, a prefiltered rule's unanchored code, a language's
 * required sets) is made by whichever thread asks first; threads that race for it all get the one copy kept. */
typedef struct {
    const extract_patterns *p;
    const void *got[XP_NLANG][512][2];
    const void *req[XP_NLANG];
} lazy_run;

static void *lazy_worker(void *arg)
{
    lazy_run *lr = arg;
    for (int l = 0; l < XP_NLANG; l++) {
        lr->req[l] = xp_required_get(lr->p, l);
        for (size_t i = 0; i < lr->p->n_rules[l] && i < 512; i++) {
            lr->got[l][i][0] = xp_rule_run(&lr->p->rules[l][i]);
            lr->got[l][i][1] = xp_rule_scan(&lr->p->rules[l][i]);
        }
    }
    return NULL;
}

Test(real_patterns, code_made_on_first_use_is_one_copy_for_every_thread)
{
    extract_patterns *p = load_ok(EXTRACT_TEST_PATTERNS);
    enum { N = 4 };
    static lazy_run runs[N];
    pthread_t th[N];
    for (int t = 0; t < N; t++) {
        runs[t].p = p;
        cr_assert_eq(pthread_create(&th[t], NULL, lazy_worker, &runs[t]), 0);
    }
    for (int t = 0; t < N; t++)
        pthread_join(th[t], NULL);
    for (int l = 0; l < XP_NLANG; l++) {
        cr_assert_not_null(runs[0].req[l]);
        for (int t = 1; t < N; t++)
            cr_assert_eq(runs[t].req[l], runs[0].req[l], "threads got different required sets for %s", xp_lang_names[l]);
        for (size_t i = 0; i < p->n_rules[l] && i < 512; i++) {
            const xp_rule *r = &p->rules[l][i];
            cr_assert_not_null(runs[0].got[l][i][0], "rule %s: no code to run", r->id);
            for (int t = 1; t < N; t++)
                cr_assert(runs[t].got[l][i][0] == runs[0].got[l][i][0] && runs[t].got[l][i][1] == runs[0].got[l][i][1],
                          "rule %s: threads got different code", r->id);
            /* and later calls keep it */
            cr_assert_eq((const void *)xp_rule_run(r), runs[0].got[l][i][0]);
            if (!r->prefiltered)
                cr_assert_eq((const void *)xp_rule_scan(r), (const void *)xp_rule_run(r),
                             "rule %s: not prefiltered, so documents scan with the code they run", r->id);
        }
    }
    extract_patterns_free(p);
}

/* The C stages look these tables up by name; a language without them silently loses numbers or dates. */
Test(real_patterns, tables_the_c_stages_read_exist_in_every_language)
{
    extract_patterns *p = load_ok(EXTRACT_TEST_PATTERNS);
    static const char *const names[] = {"numbers", "months", "weekdays", "stopwords", "abbreviations"};
    for (int l = 0; l < XP_NLANG; l++)
        for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
            const xp_table *t = xp_table_get(p, l, names[k]);
            cr_expect(t && t->n > 0, "%s has no '%s' table", xp_lang_names[l], names[k]);
            /* keys are folded and sorted, or the binary search misses entries; two entries may fold to one key
             * ("el", "él"), which is harmless in a word list but ambiguous in a value table unless they agree */
            for (size_t i = 1; t && i < t->n; i++) {
                int c = strcmp(t->keys[i - 1], t->keys[i]);
                cr_assert_leq(c, 0, "%s/%s not sorted at '%s'", xp_lang_names[l], names[k], t->keys[i]);
                if (c == 0 && t->values[i])
                    cr_expect_str_eq(t->values[i - 1], t->values[i], "%s/%s: '%s' folds to one key with two values",
                                     xp_lang_names[l], names[k], t->keys[i]);
            }
            for (size_t i = 0; t && i < t->n; i++) {
                long at = xp_table_find(t, t->keys[i], strlen(t->keys[i]));
                cr_assert(at >= 0 && strcmp(t->keys[at], t->keys[i]) == 0, "'%s' not found in %s/%s", t->keys[i],
                          xp_lang_names[l], names[k]);
            }
        }
    extract_patterns_free(p);
}

/* Rule ids are what records and --explain name: two rules with one id would make a record ambiguous. */
Test(real_patterns, rule_ids_are_unique_per_language)
{
    extract_patterns *p = load_ok(EXTRACT_TEST_PATTERNS);
    for (int l = 0; l < XP_NLANG; l++)
        for (size_t i = 0; i < p->n_rules[l]; i++)
            for (size_t j = i + 1; j < p->n_rules[l]; j++)
                cr_expect_str_neq(p->rules[l][i].id, p->rules[l][j].id, "%s: rule id %s at %s:%d and %s:%d",
                                  xp_lang_names[l], p->rules[l][i].id, p->rules[l][i].file, p->rules[l][i].line,
                                  p->rules[l][j].file, p->rules[l][j].line);
    extract_patterns_free(p);
}

Test(real_patterns, check_reports_no_failures)
{
    extract_patterns *p = load_ok(EXTRACT_TEST_PATTERNS);
    size_t total = 0;
    size_t failures = extract_patterns_check(p, log_report, NULL, &total);
    cr_expect_eq(failures, 0, "%zu of %zu examples fail (each is logged above as file:line)", failures, total);
    cr_expect_gt(total, 300, "only %zu examples", total);
    extract_patterns_free(p);
}

/* The total the checker reports is the number of (example, language) pairs it ran. */
Test(real_patterns, check_total_counts_every_example)
{
    extract_patterns *p = load_ok(EXTRACT_TEST_PATTERNS);
    size_t counted = 0;
    for (int l = 0; l < XP_NLANG; l++)
        for (size_t i = 0; i < p->n_rules[l]; i++)
            for (size_t j = 0; j < p->rules[l][i].n_examples; j++) {
                const xp_example *ex = &p->rules[l][i].examples[j];
                counted += ex->lang < 0 || ex->lang == l;
            }
    size_t total = 0;
    extract_patterns_check(p, NULL, NULL, &total);
    cr_assert_eq(total, counted);
    cr_assert_gt(counted, 300);
    extract_patterns_free(p);
}

/* ---- every example of every rule, one pattern file per parameter ---- */

/* Checks one example of one compiled rule like the docs describe it: a must-match example matches (and its
 * "name=value" expectations equal the captures, mapped back to the example as written), a must-not-match example
 * does not. Returns 1 when it passes, 0 when it fails (with the reason in why), -1 when it is for another language. */
static int check_example(const extract_patterns *p, const xp_rule *r, const xp_example *ex, char *why, size_t wl)
{
    if (ex->lang >= 0 && ex->lang != r->lang)
        return -1;
    xi_arena a;
    xi_arena_init(&a);
    xn_fold f;
    const char *subj = ex->text;
    size_t slen = strlen(ex->text);
    if (r->fold) {
        cr_assert_eq(xn_fold_text(ex->text, slen, &a, &f), 0);
        subj = f.data;
        slen = f.len;
    }
    const pcre2_code *code = xp_rule_scan(r);
    cr_assert_not_null(code);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(code, NULL);
    cr_assert_not_null(md);
    int rc = pcre2_match(code, (PCRE2_SPTR)subj, slen, 0, 0, md, p->mctx);
    int ok = 1;
    if (rc < PCRE2_ERROR_NOMATCH) {
        snprintf(why, wl, "\"%s\": PCRE2 error %d", ex->text, rc);
        ok = 0;
    } else if (ex->must_match && rc == PCRE2_ERROR_NOMATCH) {
        snprintf(why, wl, "\"%s\" must match but does not", ex->text);
        ok = 0;
    } else if (!ex->must_match && rc >= 0) {
        snprintf(why, wl, "\"%s\" must not match but does", ex->text);
        ok = 0;
    } else if (ex->must_match && ex->expect) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        char spec[1024];
        snprintf(spec, sizeof spec, "%s", ex->expect);
        char *save = NULL;
        for (char *item = strtok_r(spec, ";", &save); item && ok; item = strtok_r(NULL, ";", &save)) {
            char *eq = strchr(item, '=');
            cr_assert_not_null(eq, "%s:%d: cannot read expectation '%s'", ex->file, ex->line, item);
            *eq = '\0';
            char *name = item, *want = eq + 1;
            while (*name == ' ')
                name++;
            for (size_t n = strlen(name); n && name[n - 1] == ' ';)
                name[--n] = '\0';
            while (*want == ' ')
                want++;
            for (size_t n = strlen(want); n && want[n - 1] == ' ';)
                want[--n] = '\0';
            int g = strcmp(name, "_") == 0 ? 0 : pcre2_substring_number_from_name(r->base, (PCRE2_SPTR)name);
            if (g < 0) {
                snprintf(why, wl, "no capture group named '%s'", name);
                ok = 0;
                break;
            }
            size_t s = 0, e = 0;
            if (ov[2 * g] != PCRE2_UNSET) {
                s = ov[2 * g];
                e = ov[2 * g + 1];
                if (r->fold) {
                    size_t ts, te;
                    xn_unfold_span(&f, s, e, &ts, &te);
                    s = ts;
                    e = te;
                }
            }
            if (strlen(want) != e - s || strncmp(want, ex->text + s, e - s) != 0) {
                snprintf(why, wl, "in \"%s\": %s is \"%.*s\", expected \"%s\"", ex->text, name, (int)(e - s),
                         ex->text + s, want);
                ok = 0;
            }
        }
    }
    pcre2_match_data_free(md);
    xi_arena_free(&a);
    return ok;
}

typedef struct {
    char path[1024]; /* a .pat file, as the loader names it (pattern dir + "/" + sub + "/" + name) */
} pat_file;

static void free_pat_files(struct criterion_test_params *crp) { cr_free(crp->params); }

ParameterizedTestParameters(pattern_file, every_example_passes)
{
    static const char *const subs[] = {"shared", "es", "pt", "en"};
    size_t cap = 128, n = 0;
    pat_file *files = cr_malloc(cap * sizeof *files);
    for (size_t s = 0; s < 4; s++) {
        char dir[512];
        snprintf(dir, sizeof dir, "%s/%s", EXTRACT_TEST_PATTERNS, subs[s]);
        DIR *dh = opendir(dir);
        if (!dh)
            continue;
        struct dirent *de;
        while ((de = readdir(dh)) && n < cap)
            if (de->d_name[0] != '.' && ends_with(de->d_name, ".pat"))
                snprintf(files[n++].path, sizeof files[0].path, "%s/%s", dir, de->d_name);
        closedir(dh);
    }
    return cr_make_param_array(pat_file, files, n, free_pat_files);
}

ParameterizedTest(pat_file *pf, pattern_file, every_example_passes)
{
    extract_patterns *p = load_ok(EXTRACT_TEST_PATTERNS);
    size_t rules = 0, run = 0, failed = 0;
    for (int l = 0; l < XP_NLANG; l++)
        for (size_t i = 0; i < p->n_rules[l]; i++) {
            const xp_rule *r = &p->rules[l][i];
            if (strcmp(r->file, pf->path) != 0)
                continue;
            rules++;
            size_t positives = 0;
            for (size_t j = 0; j < r->n_examples; j++) {
                const xp_example *ex = &r->examples[j];
                cr_assert_str_eq(ex->file, r->file, "an example of %s claims another file", r->id);
                cr_assert_gt(ex->line, r->line, "%s:%d: example above its rule", ex->file, ex->line);
                positives += ex->must_match;
                char why[1400];
                int ok = check_example(p, r, ex, why, sizeof why);
                if (ok < 0)
                    continue;
                run++;
                if (!ok) {
                    failed++;
                    cr_log_error("%s:%d: rule %s [%s]: %s", ex->file, ex->line, r->id, xp_lang_names[l], why);
                }
            }
            cr_expect_gt(positives, 0, "%s:%d: rule %s has no must-match example", r->file, r->line, r->id);
        }
    cr_log_info("%s: %zu compiled rules, %zu examples run, %zu failed", pf->path, rules, run, failed);
    cr_expect_eq(failed, 0, "%s: %zu of %zu examples fail (logged above as file:line)", pf->path, failed, run);
    extract_patterns_free(p);
}

/* ---- broken pattern sets ---- */

Test(bad_patterns, invalid_regex_names_file_line_and_pcre2_message)
{
    extract_error err = load_bad("patterns_bad_regex");
    char path[1024];
    fixture_path(path, sizeof path, "patterns_bad_regex/shared/bad.pat");
    cr_assert(ends_with(err.input, "patterns_bad_regex/shared/bad.pat"), "input is '%s'", err.input);
    cr_assert_eq(err.line, line_of(path, "@rule bad.unclosed"), "line %ld is not the rule's line", err.line);
    /* the message carries PCRE2's own explanation for this regex and where in it the problem is */
    int code;
    PCRE2_SIZE off;
    const char *body = "(?<num>\\d+\n";
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)body, strlen(body), PCRE2_UTF | PCRE2_UCP | PCRE2_EXTENDED, &code,
                                   &off, NULL);
    cr_assert_null(re, "the fixture's regex unexpectedly compiles");
    PCRE2_UCHAR pmsg[256];
    pcre2_get_error_message(code, pmsg, sizeof pmsg);
    cr_assert_not_null(strstr(err.message, (const char *)pmsg), "message '%s' lacks PCRE2's '%s'", err.message,
                       (const char *)pmsg);
    cr_assert_not_null(strstr(err.message, "offset"), "message '%s' has no offset", err.message);
    cr_assert_not_null(strstr(err.message, "bad.unclosed"), "message '%s' does not name the rule", err.message);
    /* and the formatted error is the file:line: message shape editors jump to */
    char buf[1400], want[1100];
    extract_error_format(&err, buf, sizeof buf);
    snprintf(want, sizeof want, "%s:%ld: ", err.input, err.line);
    cr_assert(strncmp(buf, want, strlen(want)) == 0, "formatted as '%s'", buf);
}

Test(bad_patterns, unknown_fragment)
{
    extract_error err = load_bad("patterns_bad_fragment");
    char path[1024];
    fixture_path(path, sizeof path, "patterns_bad_fragment/es/refs.pat");
    cr_assert(ends_with(err.input, "patterns_bad_fragment/es/refs.pat"), "input is '%s'", err.input);
    cr_assert_eq(err.line, line_of(path, "@rule es.count.nope"));
    cr_assert_not_null(strstr(err.message, "{NOPE}"), "message '%s' does not name {NOPE}", err.message);
}

Test(bad_patterns, unknown_rule_kind)
{
    extract_error err = load_bad("patterns_bad_kind");
    char path[1024];
    fixture_path(path, sizeof path, "patterns_bad_kind/shared/kind.pat");
    cr_assert(ends_with(err.input, "patterns_bad_kind/shared/kind.pat"), "input is '%s'", err.input);
    cr_assert_eq(err.line, line_of(path, "@rule weird.thing"));
    cr_assert_not_null(strstr(err.message, "frobnicate"), "message '%s' does not name the kind", err.message);
}

Test(bad_patterns, example_before_any_rule)
{
    extract_error err = load_bad("patterns_bad_example_first");
    char path[1024];
    fixture_path(path, sizeof path, "patterns_bad_example_first/shared/first.pat");
    cr_assert(ends_with(err.input, "patterns_bad_example_first/shared/first.pat"), "input is '%s'", err.input);
    cr_assert_eq(err.line, line_of(path, "+ 12 presos"), "line %ld", err.line);
}

Test(bad_patterns, example_under_a_fragment)
{
    extract_error err = load_bad("patterns_bad_example_fragment");
    char path[1024];
    fixture_path(path, sizeof path, "patterns_bad_example_fragment/shared/frag.pat");
    cr_assert(ends_with(err.input, "frag.pat"), "input is '%s'", err.input);
    cr_assert_eq(err.line, line_of(path, "+ 12"), "line %ld", err.line);
}

Test(bad_patterns, missing_lexicon_file)
{
    extract_error err = load_bad("patterns_bad_lexicon");
    char path[1024];
    fixture_path(path, sizeof path, "patterns_bad_lexicon/es/lexicon.pat");
    cr_assert(ends_with(err.input, "patterns_bad_lexicon/es/lexicon.pat"), "input is '%s'", err.input);
    cr_assert_eq(err.line, line_of(path, "@lexicon PEOPLE"));
    cr_assert_not_null(strstr(err.message, "no_such_people_file.txt"), "message '%s' does not name the missing file",
                       err.message);
}

Test(bad_patterns, table_row_without_value)
{
    extract_error err = load_bad("patterns_bad_table");
    char path[1024];
    fixture_path(path, sizeof path, "patterns_bad_table/es/numbers.tsv");
    cr_assert(ends_with(err.input, "numbers.tsv"), "input is '%s'", err.input);
    cr_assert_eq(err.line, line_of(path, "tres"), "line %ld", err.line);
}

Test(bad_patterns, recursive_fragments_stop_with_an_error)
{
    extract_error err = load_bad("patterns_bad_recursive");
    cr_assert(ends_with(err.input, "loop.pat"), "input is '%s'", err.input);
    cr_assert_not_null(strstr(err.message, "loop.rule"), "message '%s' does not name the rule", err.message);
}

Test(bad_patterns, empty_directory)
{
    char dir[] = "/tmp/extract-test-emptyXXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    extract_patterns *p = NULL;
    extract_error err;
    extract_status st = extract_patterns_load(dir, &p, &err);
    rmdir(dir);
    cr_assert_eq(st, EXTRACT_ERR_PATTERN);
    cr_assert_null(p);
    cr_assert_not_null(strstr(err.message, "no pattern files"), "message is '%s'", err.message);
}

Test(bad_patterns, missing_directory)
{
    extract_patterns *p = NULL;
    extract_error err;
    cr_assert_neq(extract_patterns_load("/nonexistent/extract/patterns", &p, &err), EXTRACT_OK);
    cr_assert_null(p);
    cr_assert_gt(strlen(err.message), 0);
}

Test(bad_patterns, error_may_be_null)
{
    char dir[1024];
    fixture_path(dir, sizeof dir, "patterns_bad_regex");
    extract_patterns *p = NULL;
    cr_assert_eq(extract_patterns_load(dir, &p, NULL), EXTRACT_ERR_PATTERN);
    cr_assert_null(p);
}

/* ---- sets that load but whose examples the checker must flag ---- */

Test(checker, rule_without_must_match_example_is_reported)
{
    char dir[1024], path[1024];
    fixture_path(dir, sizeof dir, "patterns_noexamples");
    fixture_path(path, sizeof path, "patterns_noexamples/es/bare.pat");
    extract_patterns *p = load_ok(dir);
    reports r = {.n = 0};
    size_t total = 99;
    size_t failures = extract_patterns_check(p, collect, &r, &total);
    cr_assert_eq(failures, 2, "%zu failures", failures);
    cr_assert_eq(r.n, failures, "report called %zu times for %zu failures", r.n, failures);
    cr_assert_eq(total, 1);
    char loc[1200];
    snprintf(loc, sizeof loc, "bare.pat:%ld:", line_of(path, "@rule es.bare.none"));
    cr_assert(any_report_has(&r, loc, "es.bare.none"), "no report at %s", loc);
    snprintf(loc, sizeof loc, "bare.pat:%ld:", line_of(path, "@rule es.bare.negative_only"));
    cr_assert(any_report_has(&r, loc, "es.bare.negative_only"), "no report at %s", loc);
    extract_patterns_free(p);
}

Test(checker, failing_examples_are_reported_with_file_and_line)
{
    char dir[1024], path[1024];
    fixture_path(dir, sizeof dir, "patterns_failing_example");
    fixture_path(path, sizeof path, "patterns_failing_example/es/fails.pat");
    extract_patterns *p = load_ok(dir);
    reports r = {.n = 0};
    size_t total = 0;
    size_t failures = extract_patterns_check(p, collect, &r, &total);
    for (size_t i = 0; i < r.n && i < 32; i++)
        cr_log_info("%s", r.msgs[i]);
    cr_assert_eq(total, 4);
    cr_assert_eq(failures, 3, "%zu failures", failures);
    cr_assert_eq(r.n, 3);
    static const char *const failing[] = {"+ sin cifra alguna", "- 13 presos", "+ 14 presos"};
    for (size_t i = 0; i < 3; i++) {
        char loc[1200];
        snprintf(loc, sizeof loc, "%s:%ld: ", path, line_of(path, failing[i]));
        cr_assert(any_report_has(&r, loc, "es.fail.number"), "no report starting with %s", loc);
    }
    /* the passing example is not reported */
    char loc[1200];
    snprintf(loc, sizeof loc, "%s:%ld: ", path, line_of(path, "+ 12 presos"));
    cr_assert_not(any_report_has(&r, loc, NULL));
    /* a report callback is optional */
    cr_assert_eq(extract_patterns_check(p, NULL, NULL, NULL), 3);
    extract_patterns_free(p);
}

/* The independent matcher above agrees with the library's checker on the failing fixture. */
Test(checker, independent_matcher_agrees_on_failures)
{
    char dir[1024];
    fixture_path(dir, sizeof dir, "patterns_failing_example");
    extract_patterns *p = load_ok(dir);
    cr_assert_eq(p->n_rules[XP_LANG_ES], 1);
    const xp_rule *rule = &p->rules[XP_LANG_ES][0];
    size_t failed = 0;
    for (size_t j = 0; j < rule->n_examples; j++) {
        char why[1400];
        failed += check_example(p, rule, &rule->examples[j], why, sizeof why) == 0;
    }
    cr_assert_eq(failed, extract_patterns_check(p, NULL, NULL, NULL));
    extract_patterns_free(p);
}

/* ---- lexicons pasted in as tries ---- */

Test(good_patterns, lexicons_factored_into_tries_match_like_lists)
{
    char dir[1024];
    fixture_path(dir, sizeof dir, "patterns_lexicon_trie");
    extract_patterns *p = load_ok(dir);
    cr_assert_eq(p->n_rules[XP_LANG_ES], 7);
    size_t total = 0;
    /* each example names the capture the plain longest-first alternation gives */
    cr_assert_eq(extract_patterns_check(p, log_report, NULL, &total), 0);
    cr_assert_eq(total, 45);
    /* the caseless rule is prefiltered too: by the first letters of its entries, in both cases */
    const xp_rule *r = &p->rules[XP_LANG_ES][1];
    cr_assert_str_eq(r->id, "es.names.caseless");
    cr_assert(r->prefiltered);
    /* entries that differ only in case where the list branches are factored apart where no (?i) reaches them,
     * and written as the plain list where one does */
    r = &p->rules[XP_LANG_ES][4];
    cr_assert_str_eq(r->id, "es.cased.exact");
    cr_expect_not_null(strstr(r->src, "Pal(?:estinos|acio)|pacto"), "%s", r->src);
    r = &p->rules[XP_LANG_ES][5];
    cr_assert_str_eq(r->id, "es.cased.caseless");
    cr_expect_not_null(strstr(r->src, "Palestinos|Palacio|pacto"), "%s", r->src);
    /* a list fragment whose entries hold classes of single characters and a lookahead: the classes spelt out
     * and factored, the lookahead's entry pasted as written between the tries of its neighbours */
    r = &p->rules[XP_LANG_ES][6];
    cr_assert_str_eq(r->id, "es.names.mixed");
    cr_expect_not_null(strstr(r->src, "P(?:úblico|ublico)"), "%s", r->src);
    cr_expect_not_null(strstr(r->src, "Hist(?:órico|orico)"), "%s", r->src);
    cr_expect_not_null(strstr(r->src, "|High\\s+Commissioner(?=\\s+for\\s+Human)|"), "%s", r->src);
    cr_expect_not_null(strstr(r->src, "d(?:'Esquadra|\xE2\x80\x99" "Esquadra)"), "%s", r->src);
    extract_patterns_free(p);
}

/* ---- a good minimal set ---- */

Test(good_patterns, minimal_set_loads_and_works)
{
    char dir[1024];
    fixture_path(dir, sizeof dir, "patterns_good_min");
    extract_patterns *p = load_ok(dir);
    cr_assert_eq(p->n_rules[XP_LANG_ES], 1);
    cr_assert_eq(p->n_rules[XP_LANG_PT], 0);
    cr_assert_eq(p->n_rules[XP_LANG_EN], 0);
    const xp_rule *r = &p->rules[XP_LANG_ES][0];
    cr_assert_str_eq(r->id, "es.min.number");
    cr_assert_eq(r->kind, XP_NUMBER);
    cr_assert_eq(r->fold, 1);
    cr_assert_eq(r->n_examples, 4);
    size_t total = 0;
    cr_assert_eq(extract_patterns_check(p, log_report, NULL, &total), 0);
    cr_assert_eq(total, 4);
    /* its table feeds the number reader, with keys folded like the text */
    cr_assert_eq(xr_number_value(p, XP_LANG_ES, "veintiun", 8, NULL, 0), 21);
    cr_assert_eq(xr_number_value(p, XP_LANG_ES, "doce", 4, NULL, 0), -1); /* not in this table */
    cr_assert_null(xp_table_get(p, XP_LANG_PT, "numbers"));

    /* a document runs through a set this small without trouble */
    extract_options opt = {.ref_date = "2026-01-14", .lang = "es"};
    extract_doc *d = NULL;
    extract_error err;
    const char *text = "Dos presos y 12 detenidos.\n";
    cr_assert_eq(extract_process(p, text, strlen(text), "min", &opt, &d, &err), EXTRACT_OK, "%s", err.message);
    cr_assert_str_eq(extract_doc_lang(d), "es");
    extract_doc_free(d);
    extract_patterns_free(p);
}

Test(good_patterns, a_set_can_be_loaded_twice_and_freed_independently)
{
    extract_patterns *a = load_ok(EXTRACT_TEST_PATTERNS);
    extract_patterns *b = load_ok(EXTRACT_TEST_PATTERNS);
    extract_patterns_free(a);
    cr_assert_eq(extract_patterns_check(b, NULL, NULL, NULL), 0);
    extract_patterns_free(b);
    extract_patterns_free(NULL);
}
