/* main.c - the extract command: options, inputs, output. All the work is in the library (extract.h). */
#include "extract.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef EXTRACT_SOURCE_PATTERN_DIR
#define EXTRACT_SOURCE_PATTERN_DIR ""
#endif

enum { EXIT_OK = 0, EXIT_SOME_FAILED = 1, EXIT_USAGE = 2 };

static const char S_usage[] =
    "Usage: extract [OPTIONS] [FILE...]\n"
    "Finds claims about people released, held or detained in news articles (Spanish, Portuguese, English)\n"
    "and prints them as JSON Lines, one claim per line. No FILE, or -, reads standard input.\n"
    "\n"
    "Options:\n"
    "  --ref-date YYYY-MM-DD   resolve relative dates against this date (default: the document's date, else today)\n"
    "  --lang es|pt|en         language of the input (default: detected per document)\n"
    "  --input-format F        text, html or auto (default: auto, detected per document)\n"
    "  --patterns DIR          use the pattern set in DIR instead of the installed one\n"
    "  --check-patterns [DIR]  load a pattern set, run every rule's examples, report failures, exit\n"
    "  --explain               print, per sentence, the mentions found and why each count became a claim or not\n"
    "  --text                  print the text the tool read from each document instead of claims\n"
    "  --max-bytes N           refuse documents larger than N bytes (default 64 MiB)\n"
    "  -h, --help              show this help and exit\n"
    "  --version               show the version and exit\n"
    "\n"
    "Exit status: 0 every input processed, 1 some inputs failed (the others were processed), 2 usage error or\n"
    "invalid patterns. See extract(1) and docs/schema.md for the record format.\n";

/* Writes to stdout; remembers the first failure so the run can end with the right message and status. */
typedef struct {
    FILE *f;
    int failed;
    int err;
} S_sink;

static int S_write(void *ctx, const char *data, size_t len)
{
    S_sink *s = ctx;
    if (s->failed)
        return -1;
    if (fwrite(data, 1, len, s->f) != len) {
        s->failed = 1;
        s->err = errno;
        return -1;
    }
    return 0;
}

static void S_print_report(void *ctx, const char *msg)
{
    (void)ctx;
    fprintf(stderr, "%s\n", msg);
}

/* Reads a whole input into memory, reading at most limit+1 bytes so a huge file is refused without loading it. */
static char *S_read_all(FILE *f, size_t limit, size_t *len, int *too_big)
{
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    *too_big = 0;
    if (!buf)
        return NULL;
    for (;;) {
        if (n == cap) {
            if (cap > limit) {
                *too_big = 1;
                break;
            }
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0)
            break;
        if (n > limit) {
            *too_big = 1;
            break;
        }
    }
    if (ferror(f)) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

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

/* Processes one input; returns 0 when it was processed, 1 when it failed (message already printed). */
static int S_process(const extract_patterns *pat, const char *path, const extract_options *opt, int text_mode,
                     S_sink *out)
{
    const char *name = strcmp(path, "-") == 0 ? "-" : path;
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "extract: %s: cannot open: %s\n", name, strerror(errno));
        return 1;
    }
    if (f != stdin && S_is_dir(path)) {
        fprintf(stderr, "extract: %s: is a directory; name the files in it (e.g. %s/*.txt)\n", name, path);
        fclose(f);
        return 1;
    }
    size_t len = 0;
    int too_big = 0;
    size_t limit = opt->max_bytes ? opt->max_bytes : EXTRACT_DEFAULT_MAX_BYTES;
    char *bytes = S_read_all(f, limit, &len, &too_big);
    int read_errno = errno;
    if (f != stdin)
        fclose(f);
    if (!bytes) {
        fprintf(stderr, "extract: %s: cannot read: %s\n", name, strerror(read_errno ? read_errno : EIO));
        return 1;
    }
    if (too_big) {
        fprintf(stderr, "extract: %s: document is over the limit of %zu bytes (--max-bytes); skipped\n", name, limit);
        free(bytes);
        return 1;
    }
    extract_doc *doc = NULL;
    extract_error err;
    extract_status st = extract_process(pat, bytes, len, name, opt, &doc, &err);
    free(bytes);
    if (st != EXTRACT_OK) {
        char msg[1200];
        extract_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "extract: %s\n", msg);
        return 1;
    }
    for (size_t i = 0; i < extract_doc_warning_count(doc); i++)
        fprintf(stderr, "extract: warning: %s\n", extract_doc_warning(doc, i));
    if (text_mode) {
        size_t tl;
        const char *t = extract_doc_text(doc, &tl);
        S_write(out, t, tl);
        if (tl && t[tl - 1] != '\n')
            S_write(out, "\n", 1);
    } else if (opt->explain) {
        extract_write_explain(doc, S_write, out);
        extract_write_jsonl(doc, S_write, out);
    } else {
        extract_write_jsonl(doc, S_write, out);
    }
    /* Flush per document so a later failure never leaves a half-written record of this one behind. */
    if (fflush(out->f) != 0 && !out->failed) {
        out->failed = 1;
        out->err = errno;
    }
    extract_doc_free(doc);
    return 0;
}

int main(int argc, char **argv)
{
    extract_options opt = {0};
    const char *pattern_dir = NULL;
    int check = 0, text_mode = 0;
    const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    int n_inputs = 0, no_more_options = 0;
    if (!inputs) {
        fprintf(stderr, "extract: out of memory\n");
        return EXIT_SOME_FAILED;
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
#define S_NEEDS_VALUE()                                                                       \
    do {                                                                                      \
        if (i + 1 >= argc) {                                                                  \
            fprintf(stderr, "extract: option %s needs a value (see extract --help)\n", a);     \
            free(inputs);                                                                     \
            return EXIT_USAGE;                                                                \
        }                                                                                     \
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
            if (strcmp(val, "text") == 0)
                opt.format = EXTRACT_FORMAT_TEXT;
            else if (strcmp(val, "html") == 0)
                opt.format = EXTRACT_FORMAT_HTML;
            else if (strcmp(val, "auto") == 0)
                opt.format = EXTRACT_FORMAT_AUTO;
            else {
                fprintf(stderr, "extract: --input-format: '%s' is not text, html or auto\n", val);
                free(inputs);
                return EXIT_USAGE;
            }
        } else if (strcmp(a, "--max-bytes") == 0) {
            S_NEEDS_VALUE();
            char *end;
            errno = 0;
            unsigned long long v = strtoull(val, &end, 10);
            if (errno || *end || v == 0 || val[0] == '-') {
                fprintf(stderr, "extract: --max-bytes: '%s' is not a positive number of bytes\n", val);
                free(inputs);
                return EXIT_USAGE;
            }
            opt.max_bytes = (size_t)v;
        } else {
            fprintf(stderr, "extract: unknown option %s (see extract --help)\n", a);
            free(inputs);
            return EXIT_USAGE;
        }
#undef S_NEEDS_VALUE
    }
    if (opt.lang && strcmp(opt.lang, "es") && strcmp(opt.lang, "pt") && strcmp(opt.lang, "en")) {
        fprintf(stderr, "extract: --lang: '%s' is not es, pt or en\n", opt.lang);
        free(inputs);
        return EXIT_USAGE;
    }
    if (opt.ref_date) {
        int y, m, d;
        char tail;
        if (strlen(opt.ref_date) != 10 || sscanf(opt.ref_date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 ||
            m > 12 || d < 1 || d > 31) {
            fprintf(stderr, "extract: --ref-date: '%s' is not a date YYYY-MM-DD\n", opt.ref_date);
            free(inputs);
            return EXIT_USAGE;
        }
    }
    char found[PATH_MAX + 64];
    if (!pattern_dir)
        pattern_dir = S_find_patterns(found, sizeof found);
    extract_patterns *pat = NULL;
    extract_error err;
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
    if (n_inputs == 0)
        inputs[n_inputs++] = "-";
    /* A closed pipe is reported as a write error below instead of killing the process mid-record. */
    signal(SIGPIPE, SIG_IGN);
    S_sink out = {stdout, 0, 0};
    int failed = 0;
    for (int i = 0; i < n_inputs && !out.failed; i++)
        failed |= S_process(pat, inputs[i], &opt, text_mode, &out);
    extract_patterns_free(pat);
    free(inputs);
    if (out.failed) {
        fprintf(stderr, "extract: cannot write output: %s\n", strerror(out.err ? out.err : EIO));
        return EXIT_SOME_FAILED;
    }
    return failed ? EXIT_SOME_FAILED : EXIT_OK;
}
