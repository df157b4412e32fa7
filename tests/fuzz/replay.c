/* replay.c - runs saved inputs through the fuzz harnesses without libFuzzer, in any build (gcc, sanitizers or
 * not): the regression replay of the test suite, and a way to reproduce a fuzzer's finding in a debugger.
 *
 *   fuzz_replay DIR               every file under DIR/{text,html,jsonl,warc,patterns}/, each in a child process
 *                                 with a time limit ($EXTRACT_REPLAY_TIMEOUT seconds, default 120); one line per
 *                                 file; exit status 1 when any crashed or ran out of time
 *   fuzz_replay HARNESS FILE...   the files through one harness (text, html, jsonl, warc, patterns), in this
 *                                 process, with no time limit
 *
 * Files whose names start with '.' or are README* are skipped. The harnesses are linked in under other names
 * (see tests/fuzz/CMakeLists.txt). */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define H(name)                                                                                                        \
    int fz_##name##_init(int *argc, char ***argv);                                                                     \
    int fz_##name##_one(const uint8_t *data, size_t size);
H(text)
H(html)
H(jsonl)
H(warc)
H(patterns)

static const struct {
    const char *name;
    int (*init)(int *, char ***);
    int (*one)(const uint8_t *, size_t);
} S_harness[] = {
    {"text", fz_text_init, fz_text_one},
    {"html", fz_html_init, fz_html_one},
    {"jsonl", fz_jsonl_init, fz_jsonl_one},
    {"warc", fz_warc_init, fz_warc_one},
    {"patterns", fz_patterns_init, fz_patterns_one},
};
#define S_N (sizeof S_harness / sizeof S_harness[0])

/* Reads a whole file; exits on failure (a replay that cannot read its input must not pass). */
static uint8_t *S_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "fuzz_replay: %s: %s\n", path, strerror(errno));
        exit(2);
    }
    size_t cap = 1 << 16, n = 0, k;
    uint8_t *b = malloc(cap);
    while (b && (k = fread(b + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            uint8_t *nb = realloc(b, cap *= 2);
            if (!nb)
                free(b);
            b = nb;
        }
    }
    if (!b || ferror(f)) {
        fprintf(stderr, "fuzz_replay: %s: cannot read\n", path);
        exit(2);
    }
    fclose(f);
    *len = n;
    /* A copy of exactly n bytes, so a read past the input's end is caught by the sanitizer. */
    uint8_t *exact = malloc(n ? n : 1);
    if (!exact)
        exit(2);
    memcpy(exact, b, n);
    free(b);
    return exact;
}

static int S_run_file(size_t h, const char *path)
{
    size_t len;
    uint8_t *data = S_slurp(path, &len);
    int argc = 0;
    char **argv = NULL;
    S_harness[h].init(&argc, &argv);
    S_harness[h].one(data, len);
    free(data);
    return 0;
}

static int S_skip_name(const char *n) { return n[0] == '.' || strncmp(n, "README", 6) == 0; }

static int S_cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Replays every file of dir/HARNESS in a child each; returns the number that failed. */
static int S_replay_dir(const char *top, size_t h, unsigned timeout, int *files)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/%s", top, S_harness[h].name);
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (S_skip_name(e->d_name))
            continue;
        names = realloc(names, (n + 1) * sizeof *names);
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, S_cmp);
    int failed = 0;
    for (size_t i = 0; i < n; i++) {
        char path[8192];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        struct stat st;
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
            free(names[i]);
            continue;
        }
        (*files)++;
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        fflush(NULL);
        pid_t pid = fork();
        if (pid < 0) {
            perror("fuzz_replay: fork");
            exit(2);
        }
        if (pid == 0) {
            alarm(timeout);
            S_run_file(h, path);
            exit(0);
        }
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
            ;
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
            printf("ok   %s/%s (%.2fs)\n", S_harness[h].name, names[i], secs);
        } else {
            failed++;
            if (WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM)
                printf("FAIL %s/%s: no result within %u s (a hang?)\n", S_harness[h].name, names[i], timeout);
            else if (WIFSIGNALED(status))
                printf("FAIL %s/%s: killed by signal %d\n", S_harness[h].name, names[i], WTERMSIG(status));
            else
                printf("FAIL %s/%s: exit status %d\n", S_harness[h].name, names[i], WEXITSTATUS(status));
        }
        free(names[i]);
    }
    free(names);
    return failed;
}

int main(int argc, char **argv)
{
    if (argc == 2) {
        const char *t = getenv("EXTRACT_REPLAY_TIMEOUT");
        unsigned timeout = t && atoi(t) > 0 ? (unsigned)atoi(t) : 120;
        int failed = 0, files = 0;
        for (size_t h = 0; h < S_N; h++)
            failed += S_replay_dir(argv[1], h, timeout, &files);
        printf("%d input%s replayed, %d failed\n", files, files == 1 ? "" : "s", failed);
        return failed ? 1 : 0;
    }
    if (argc >= 3) {
        for (size_t h = 0; h < S_N; h++)
            if (strcmp(argv[1], S_harness[h].name) == 0) {
                for (int i = 2; i < argc; i++) {
                    fprintf(stderr, "fuzz_replay: %s %s\n", argv[1], argv[i]);
                    S_run_file(h, argv[i]);
                }
                return 0;
            }
    }
    fprintf(stderr, "usage: fuzz_replay DIR | fuzz_replay text|html|jsonl|warc|patterns FILE...\n");
    return 2;
}
