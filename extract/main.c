/* main.c - the extract command: options, wiring, messages. The work is in the library (extract.h); where the
 * documents come from is input.c, the worker pool and the ordered output batch.c. */
#include "batch.h"
#include "extract.h"
#include "input.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#ifndef EXTRACT_SOURCE_PATTERN_DIR
#define EXTRACT_SOURCE_PATTERN_DIR ""
#endif

enum { EXIT_OK = 0, EXIT_SOME_FAILED = 1, EXIT_USAGE = 2 };

static const char S_usage[] =
    "Usage: extract [OPTIONS] [FILE|DIR...]\n"
    "Finds claims about people released, held or detained in news articles (Spanish, Portuguese, English)\n"
    "and prints them as JSON Lines, one claim per line. No FILE, or -, reads standard input. A directory is\n"
    "walked recursively (entries in name order, dotfiles skipped). A file may hold one article (text or HTML),\n"
    "or many: JSON Lines (one article per line) or WARC (.warc, .warc.gz); any file may be gzip-compressed.\n"
    "\n"
    "Input:\n"
    "  --files-from LIST       also read the files and directories listed in LIST, one a line (- = stdin)\n"
    "  --input-format F        text, html, jsonl, warc or auto (default: auto, detected per file and document)\n"
    "  --ref-date YYYY-MM-DD   resolve relative dates against this date (default: the document's date, else today)\n"
    "  --lang es|pt|en         language of the input (default: declared by the record or page, else detected)\n"
    "  --max-bytes N           refuse documents (and JSON Lines lines, WARC records) over N bytes (default 64 MiB)\n"
    "  --window-bytes N        read a text longer than N bytes in windows of about N bytes of whole paragraphs, so\n"
    "                          its memory does not grow with its length (default 512 KiB; 0 = never)\n"
    "Output:\n"
    "  --format F              jsonl (default), tsv or csv (a header row, then one row per claim)\n"
    "  --text                  print the text the tool read from each document instead of claims;\n"
    "                          with --format jsonl, one JSON object per document with its metadata\n"
    "  --explain               print, per sentence, the mentions found and why each count became a claim or not\n"
    "Running:\n"
    "  -j, --jobs N            worker threads (default: the number of online CPUs); output is the same for any N\n"
    "  --progress              show progress on standard error (default when it is a terminal and the output\n"
    "                          is not)\n"
    "  --no-progress           do not\n"
    "  --work-bytes N          most bytes of documents all workers process at once (a long text counts one\n"
    "                          window; default 1.5 windows: never two long texts at once; one larger runs alone)\n"
    "  --stats                 print a summary line on standard error at the end\n"
    "Patterns:\n"
    "  --patterns DIR          use the pattern set in DIR instead of the installed one\n"
    "  --check-patterns [DIR]  load a pattern set, run every rule's examples, report failures, exit\n"
    "\n"
    "  -h, --help              show this help and exit\n"
    "  --version               show the version and exit\n"
    "\n"
    "Exit status: 0 every input processed, 1 some inputs, records or documents failed (the others were processed\n"
    "and their output is whole) or the output could not be written, 2 usage error or invalid patterns. A closed\n"
    "output pipe (extract ... | head) ends the run quietly. See extract(1), docs/schema.md and docs/batch.md.\n";

/* What the message and progress callbacks need: whether a progress line is on the terminal to be erased. */
typedef struct {
    int progress_tty; /* progress is drawn in place on a terminal */
    int line_shown;   /* a progress line is there now */
} S_ui;

/* Erases the progress line so a message or the summary does not print over it. */
static void S_clear_line(S_ui *ui)
{
    if (ui->line_shown) {
        fputs("\r\033[K", stderr);
        ui->line_shown = 0;
    }
}

/* Prints a message from the run (in input order). */
static void S_message(void *ctx, int is_error, const char *text)
{
    S_clear_line(ctx);
    fprintf(stderr, is_error ? "extract: %s\n" : "extract: warning: %s\n", text);
}

/* Shows how far the run is: on a terminal one line redrawn in place (erased at the end), else a line now and
 * then and one at the end. */
static void S_progress(void *ctx, const xb_progress *p, int final)
{
    S_ui *ui = ctx;
    if (final && ui->progress_tty) {
        S_clear_line(ui);
        return;
    }
    char line[400], eta[40] = "";
    double mb = (double)p->bytes / 1e6, rate = p->seconds > 0 ? mb / p->seconds : 0;
    int n = snprintf(line, sizeof line, "extract: %llu", (unsigned long long)p->docs);
    if (p->total_docs && p->docs <= p->total_docs)
        n += snprintf(line + n, sizeof line - (size_t)n, " of %llu", (unsigned long long)p->total_docs);
    n += snprintf(line + n, sizeof line - (size_t)n, " documents, %.1f", mb);
    if (p->total_bytes && p->bytes <= p->total_bytes) {
        n += snprintf(line + n, sizeof line - (size_t)n, " of %.1f MB (%.0f%%)", (double)p->total_bytes / 1e6,
                      100.0 * (double)p->bytes / (double)p->total_bytes);
        if (rate > 0) {
            long s = (long)((double)(p->total_bytes - p->bytes) / 1e6 / rate);
            snprintf(eta, sizeof eta, ", ETA %ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
        }
    } else {
        n += snprintf(line + n, sizeof line - (size_t)n, " MB");
    }
    snprintf(line + n, sizeof line - (size_t)n, ", %.1f MB/s, %.0f docs/s, %llu claims, %llu errors%s", rate,
             p->seconds > 0 ? (double)p->docs / p->seconds : 0, (unsigned long long)p->claims,
             (unsigned long long)p->errors, eta);
    if (ui->progress_tty) {
        fprintf(stderr, "\r%s\033[K", line);
        ui->line_shown = 1;
    } else {
        fprintf(stderr, "%s\n", line);
    }
}

/* Prints one failing pattern example for --check-patterns. */
static void S_print_report(void *ctx, const char *msg)
{
    (void)ctx;
    fprintf(stderr, "%s\n", msg);
}

/* Whether path is a directory (following links), for finding the pattern set. */
static int S_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Where the patterns are when --patterns is not given: $EXTRACT_PATTERNS, beside an installed binary
 * (BIN/../share/extract/patterns, so a relocated install works), the configured install directory, and last
 * the source tree a build-tree binary was built from. */
static const char *S_find_patterns(char *buf, size_t len)
{
    const char *env = getenv("EXTRACT_PATTERNS");
    if (env && *env)
        return env;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            snprintf(buf, len, "%s/../share/extract/patterns", exe);
            if (S_is_dir(buf))
                return buf;
        }
    }
    if (S_is_dir(extract_default_pattern_dir()))
        return extract_default_pattern_dir();
    if (EXTRACT_SOURCE_PATTERN_DIR[0] && S_is_dir(EXTRACT_SOURCE_PATTERN_DIR))
        return EXTRACT_SOURCE_PATTERN_DIR;
    return extract_default_pattern_dir();
}

/* Looks name up in a NULL-terminated list of words; returns its index or -1. */
static int S_choice(const char *name, const char *const *words)
{
    for (int i = 0; words[i]; i++)
        if (strcmp(name, words[i]) == 0)
            return i;
    return -1;
}

/* A positive whole number option value (at most max); 0 when it is not one. */
static unsigned long long S_count(const char *val, unsigned long long max)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(val, &end, 10);
    if (errno || end == val || *end || val[0] == '-' || v == 0 || v > max)
        return 0;
    return v;
}

int main(int argc, char **argv)
{
    static const char *const input_formats[] = {"auto", "text", "html", "jsonl", "warc", NULL};
    static const xin_format input_values[] = {XIN_AUTO, XIN_TEXT, XIN_HTML, XIN_JSONL, XIN_WARC};
    static const char *const output_formats[] = {"jsonl", "tsv", "csv", NULL};
    extract_options opt = {0};
    xin_config in = {0};
    const char *pattern_dir = NULL;
    int check = 0, text_mode = 0, format = -1, progress = -1, stats = 0, status = EXIT_OK;
    long jobs = 0;
    size_t work_bytes = 0;
#ifdef __GLIBC__
    /* Every document allocates its buffers and frees them (the folded copy and its offset map alone are 20 bytes
     * per byte of text): glibc gave the top of the heap back to the kernel after each document and faulted it in
     * again for the next, which was a fifth of a batch's time, all of it in the kernel. The heap keeps what one
     * document needed, up to 64 MiB; a bigger document's memory still goes back. */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 16 << 20);
    /* glibc gives each thread an arena of its own (up to 8 per core), and with the trim threshold above each one
     * keeps the most its thread ever held: the peak grew by 3-4 MB per worker (-j 8 over the corpus texts 77 MB,
     * -j 2 54 MB). Two arenas for all threads keep what the workers hold at once instead (-j 8 66-68 MB; no CPU
     * time lost at -j 8 on two cores; the threads' tcaches take the small allocations without a lock). */
    mallopt(M_ARENA_MAX, 2);
#endif
    const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    size_t n_inputs = 0;
    int no_more_options = 0;
    if (!inputs) {
        fprintf(stderr, "extract: out of memory\n");
        return EXIT_SOME_FAILED;
    }
#define S_USAGE_ERROR(...)                                                                    \
    do {                                                                                      \
        fprintf(stderr, "extract: " __VA_ARGS__);                                             \
        fputc('\n', stderr);                                                                  \
        free(inputs);                                                                         \
        return EXIT_USAGE;                                                                    \
    } while (0)
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
#define S_NEEDS_VALUE()                                                                       \
    do {                                                                                      \
        if (i + 1 >= argc)                                                                    \
            S_USAGE_ERROR("option %s needs a value (see extract --help)", a);                 \
        val = argv[++i];                                                                      \
    } while (0)
        if (no_more_options || a[0] != '-' || strcmp(a, "-") == 0) {
            inputs[n_inputs++] = a;
        } else if (strcmp(a, "--") == 0) {
            no_more_options = 1;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(S_usage, stdout);
            free(inputs);
            return EXIT_OK;
        } else if (strcmp(a, "--version") == 0) {
            printf("extract %s (record schema %s)\n", EXTRACT_VERSION, EXTRACT_SCHEMA_VERSION);
            free(inputs);
            return EXIT_OK;
        } else if (strcmp(a, "--ref-date") == 0) {
            S_NEEDS_VALUE();
            opt.ref_date = val;
        } else if (strcmp(a, "--lang") == 0) {
            S_NEEDS_VALUE();
            opt.lang = val;
        } else if (strcmp(a, "--patterns") == 0) {
            S_NEEDS_VALUE();
            pattern_dir = val;
        } else if (strcmp(a, "--check-patterns") == 0) {
            check = 1;
            if (i + 1 < argc && argv[i + 1][0] != '-')
                pattern_dir = argv[++i];
        } else if (strcmp(a, "--explain") == 0) {
            opt.explain = 1;
        } else if (strcmp(a, "--text") == 0) {
            text_mode = 1;
        } else if (strcmp(a, "--input-format") == 0) {
            S_NEEDS_VALUE();
            int k = S_choice(val, input_formats);
            if (k < 0)
                S_USAGE_ERROR("--input-format: '%s' is not text, html, jsonl, warc or auto", val);
            in.format = input_values[k];
        } else if (strcmp(a, "--format") == 0) {
            S_NEEDS_VALUE();
            if ((format = S_choice(val, output_formats)) < 0)
                S_USAGE_ERROR("--format: '%s' is not jsonl, tsv or csv", val);
        } else if (strcmp(a, "--files-from") == 0) {
            S_NEEDS_VALUE();
            in.files_from = val;
        } else if (strcmp(a, "-j") == 0 || strcmp(a, "--jobs") == 0 || strncmp(a, "-j", 2) == 0) {
            if (a[1] == 'j' && a[2])
                val = a + 2;
            else
                S_NEEDS_VALUE();
            if (!(jobs = (long)S_count(val, 1024)))
                S_USAGE_ERROR("%s: '%s' is not a number of threads from 1 to 1024", a[1] == 'j' ? "-j" : a, val);
        } else if (strcmp(a, "--progress") == 0) {
            progress = 1;
        } else if (strcmp(a, "--no-progress") == 0) {
            progress = 0;
        } else if (strcmp(a, "--stats") == 0) {
            stats = 1;
        } else if (strcmp(a, "--max-bytes") == 0) {
            S_NEEDS_VALUE();
            if (!(opt.max_bytes = (size_t)S_count(val, SIZE_MAX)))
                S_USAGE_ERROR("--max-bytes: '%s' is not a positive number of bytes", val);
        } else if (strcmp(a, "--window-bytes") == 0) {
            S_NEEDS_VALUE();
            opt.window_bytes = strcmp(val, "0") == 0 ? SIZE_MAX : (size_t)S_count(val, SIZE_MAX);
            if (!opt.window_bytes)
                S_USAGE_ERROR("--window-bytes: '%s' is not a number of bytes", val);
        } else if (strcmp(a, "--work-bytes") == 0) {
            S_NEEDS_VALUE();
            if (!(work_bytes = (size_t)S_count(val, SIZE_MAX)))
                S_USAGE_ERROR("--work-bytes: '%s' is not a positive number of bytes", val);
        } else {
            S_USAGE_ERROR("unknown option %s (see extract --help)", a);
        }
#undef S_NEEDS_VALUE
    }
    extract_options one = {.ref_date = opt.ref_date};
    if (extract_options_check(&one, NULL) != EXTRACT_OK)
        S_USAGE_ERROR("--ref-date: '%s' is not a date YYYY-MM-DD", opt.ref_date);
    one = (extract_options){.lang = opt.lang};
    if (extract_options_check(&one, NULL) != EXTRACT_OK)
        S_USAGE_ERROR("--lang: '%s' is not es, pt or en", opt.lang);
    if (text_mode && format > 0)
        S_USAGE_ERROR("--text writes text, or JSON objects with --format jsonl; tsv and csv are for claims");
    if (opt.explain && format > 0)
        S_USAGE_ERROR("--explain writes its trace with JSON Lines records; it cannot be used with --format %s",
                      output_formats[format]);
    if (in.files_from && strcmp(in.files_from, "-") == 0)
        for (size_t i = 0; i < n_inputs; i++)
            if (strcmp(inputs[i], "-") == 0)
                S_USAGE_ERROR("--files-from - and - cannot both read standard input");
#undef S_USAGE_ERROR
    extract_error err;
    char found[PATH_MAX + 64];
    if (!pattern_dir)
        pattern_dir = S_find_patterns(found, sizeof found);
    extract_patterns *pat = NULL;
    if (extract_patterns_load(pattern_dir, &pat, &err) != EXTRACT_OK) {
        char msg[1200];
        extract_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "extract: %s\n", msg);
        free(inputs);
        return EXIT_USAGE;
    }
    if (check) {
        size_t total = 0;
        size_t failures = extract_patterns_check(pat, S_print_report, NULL, &total);
        fprintf(stderr, "extract: %s: %zu examples, %zu failed\n", pattern_dir, total, failures);
        extract_patterns_free(pat);
        free(inputs);
        return failures ? EXIT_USAGE : EXIT_OK;
    }

    in.paths = inputs;
    in.n_paths = n_inputs;
    in.max_bytes = opt.max_bytes;
    S_ui ui = {isatty(2), 0};
    if (progress < 0) /* not over claims scrolling on the same terminal */
        progress = ui.progress_tty && !isatty(1);
    xb_config run = {0};
    run.patterns = pat;
    run.opt = &opt;
    run.output = text_mode ? (format == 0 ? XB_OUT_TEXT_JSONL : XB_OUT_TEXT)
                 : format == 1 ? XB_OUT_TSV : format == 2 ? XB_OUT_CSV : XB_OUT_JSONL;
    if (jobs == 0) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = cpus < 1 ? 1 : cpus > 256 ? 256 : cpus;
    }
    run.jobs = (int)jobs;
    run.work_bytes = work_bytes;
    run.out_fd = 1;
    run.message = S_message;
    run.progress = progress ? S_progress : NULL;
    run.progress_every = ui.progress_tty ? 0.25 : 5.0;
    run.ctx = &ui;
    if (progress)
        xin_measure(&in, &run.total_bytes, &run.total_docs);

    /* A closed pipe comes back from write(2) as EPIPE, so the run can stop between whole documents. */
    signal(SIGPIPE, SIG_IGN);
    xin_reader *reader = NULL;
    xb_progress st;
    int werr = 0;
    xb_status rs = xin_open(&in, &reader) < 0 ? XB_NOMEM : xb_run(&run, reader, &st, &werr);
    if (rs == XB_NOMEM) {
        fprintf(stderr, "extract: out of memory\n");
        status = EXIT_SOME_FAILED;
    } else if (rs == XB_WRITE_ERROR) {
        fprintf(stderr, "extract: cannot write output: %s\n", strerror(werr));
        status = EXIT_SOME_FAILED;
    }
    /* XB_CLOSED: whoever read the output stopped reading; that is not a failure of the run. */
    if (reader && st.errors)
        status = EXIT_SOME_FAILED;
    if (stats && reader)
        fprintf(stderr, "extract: stats: %llu documents, %llu bytes, %llu claims, %llu errors, %.2f seconds\n",
                (unsigned long long)st.docs, (unsigned long long)st.bytes, (unsigned long long)st.claims,
                (unsigned long long)st.errors, st.seconds);
    xin_close(reader);
    extract_patterns_free(pat);
    free(inputs);
    return status;
}
