/* test_membound22.c - the workers' shared working bound (batch.c, S_charge, xb_config.work_bytes): however many
 * workers run, the bytes of documents being processed at once stay within the bound (a long plain text counts one
 * text window), a document larger than the bound still runs, alone, and the output is byte for byte that of
 * -j 1. Links the command's input and batch stages, which are not part of the library. */
#include <criterion/criterion.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "input.h"

/* Sentences written for this test, one language a document. */
static const char *const S_lines[] = {
    "La fiscalía informó el jueves que 14 presos fueron liberados de la cárcel de la ciudad.\n\n",
    "O governo disse na segunda-feira que 9 manifestantes continuam detidos na capital.\n\n",
    "Police said on Sunday that 23 protesters had been arrested near the river bridge.\n\n",
};

#define S_WINDOW ((size_t)16 * 1024) /* the library's text window in these runs: long texts are cheap to make */

static extract_patterns *S_pat;

static void S_load(void)
{
    extract_error err;
    if (!S_pat)
        cr_assert_eq(extract_patterns_load(EXTRACT_TEST_PATTERNS, &S_pat, &err), EXTRACT_OK);
}

/* A directory of n_long long texts of `len` bytes and n_short short ones, interleaved; its path. */
static const char *S_dir(int n_long, size_t len, int n_short)
{
    static char dir[64];
    strcpy(dir, "/tmp/membound22-XXXXXX");
    cr_assert(mkdtemp(dir));
    for (int i = 0; i < n_long + n_short; i++) {
        char path[128];
        snprintf(path, sizeof path, "%s/%02d.txt", dir, i);
        FILE *f = fopen(path, "w");
        cr_assert(f);
        int is_long = i % 2 == 0 ? i / 2 < n_long : i / 2 >= n_short;
        const char *line = S_lines[i % 3];
        size_t n = 0;
        do {
            fputs(line, f);
            n += strlen(line);
        } while (is_long && n < len);
        fclose(f);
    }
    return dir;
}

static void S_rmdir(const char *dir)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    cr_assert_eq(system(cmd), 0);
}

/* Runs the batch over dir with `jobs` workers and the bound `work` (0: the default); returns the output (to be
 * freed) and the run's figures in *st. */
static char *S_run(const char *dir, int jobs, size_t work, xb_progress *st)
{
    S_load();
    extract_options opt = {.ref_date = "2026-01-14", .window_bytes = S_WINDOW};
    char out[64];
    strcpy(out, "/tmp/membound22-out-XXXXXX");
    int fd = mkstemp(out);
    cr_assert(fd >= 0);
    xb_config cfg = {.patterns = S_pat, .opt = &opt, .output = XB_OUT_JSONL, .jobs = jobs, .out_fd = fd,
                     .work_bytes = work};
    const char *paths[] = {dir};
    xin_config in = {.paths = paths, .n_paths = 1};
    xin_reader *r;
    cr_assert_eq(xin_open(&in, &r), 0);
    int werr;
    cr_assert_eq(xb_run(&cfg, r, st, &werr), XB_OK);
    xin_close(r);
    struct stat sb;
    cr_assert_eq(fstat(fd, &sb), 0);
    char *text = calloc((size_t)sb.st_size + 1, 1);
    cr_assert(text);
    cr_assert_eq(pread(fd, text, (size_t)sb.st_size, 0), sb.st_size);
    close(fd);
    unlink(out);
    return text;
}

/* Four long texts and four articles at -j 4: never two long texts at once (each counts one window, the default
 * bound is one and a half), articles beside one; the same output as -j 1, which processes one at a time. */
Test(membound22, long_texts_at_j4_stay_within_the_default_bound)
{
    const char *dir = S_dir(4, 6 * S_WINDOW, 4);
    xb_progress one, four;
    char *a = S_run(dir, 1, 0, &one);
    char *b = S_run(dir, 4, 0, &four);
    cr_assert_str_eq(a, b);
    cr_assert_gt(four.claims, 0);
    cr_assert_eq(four.docs, 8);
    cr_assert_geq(four.work_peak, S_WINDOW);               /* a long text counts its window... */
    cr_assert_leq(four.work_peak, S_WINDOW / 2 * 3);        /* ...and two never run at once */
    free(a);
    free(b);
    S_rmdir(dir);
}

/* A bound smaller than any long text: each long text runs alone (the bound holds exactly one of them), the
 * articles go on beside nothing larger; the output is still -j 1's. */
Test(membound22, a_document_over_the_bound_runs_alone)
{
    const char *dir = S_dir(3, 4 * S_WINDOW, 3);
    xb_progress one, four;
    char *a = S_run(dir, 1, 0, &one);
    char *b = S_run(dir, 4, S_WINDOW / 4, &four);
    cr_assert_str_eq(a, b);
    cr_assert_eq(four.docs, 6);
    cr_assert_eq(four.work_peak, S_WINDOW); /* one long text, nothing with it */
    free(a);
    free(b);
    S_rmdir(dir);
}

/* Articles only: each counts its bytes, all of them together far under the bound; the bound does not change
 * what a collection of articles outputs. */
Test(membound22, articles_count_their_bytes)
{
    const char *dir = S_dir(0, 0, 12);
    xb_progress one, four;
    char *a = S_run(dir, 1, 0, &one);
    char *b = S_run(dir, 4, 0, &four);
    cr_assert_str_eq(a, b);
    cr_assert_eq(four.docs, 12);
    cr_assert_gt(four.work_peak, 0);
    cr_assert_lt(four.work_peak, 1024); /* a few articles of under 100 bytes at once */
    free(a);
    free(b);
    S_rmdir(dir);
}
