/* fuzz_patterns.c - libFuzzer harness: the pattern-file loader (extract/patterns.c). The input is written as the
 * only rule file, shared/fuzz.pat, of a pattern directory made once per process in $TMPDIR; beside it are copies
 * of the real lexicon and table files (names as in patterns/es and patterns/shared), so @lexicon and @table lines
 * of real pattern files resolve. A set that loads has its examples checked and reads a few short documents in
 * each language, written in every format: hostile rules reach the recognizer and the claims stage. (The loader
 * refuses lexicon names with ".." or a leading '/', so an input cannot reach /dev/zero or a FIFO.) */
#include "fuzz_common.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

static char fz_dir[256];
static char fz_file[320];

/* Copies every .txt and .tsv file of src into dst. */
static void fz_copy_lists(const char *src, const char *dst)
{
    DIR *d = opendir(src);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 5 || (strcmp(e->d_name + n - 4, ".txt") != 0 && strcmp(e->d_name + n - 4, ".tsv") != 0))
            continue;
        char from[1200], to[600];
        snprintf(from, sizeof from, "%s/%s", src, e->d_name);
        snprintf(to, sizeof to, "%s/%s", dst, e->d_name);
        FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
        if (in && out) {
            char buf[8192];
            size_t k;
            while ((k = fread(buf, 1, sizeof buf, in)) > 0)
                fwrite(buf, 1, k, out);
        }
        if (in)
            fclose(in);
        if (out)
            fclose(out);
    }
    closedir(d);
}

/* Removes the pattern directory at exit. */
static void fz_cleanup(void)
{
    char path[600];
    DIR *d;
    snprintf(path, sizeof path, "%s/shared", fz_dir);
    if ((d = opendir(path))) {
        struct dirent *e;
        while ((e = readdir(d)))
            if (e->d_name[0] != '.') {
                char f[900];
                snprintf(f, sizeof f, "%s/%s", path, e->d_name);
                unlink(f);
            }
        closedir(d);
    }
    rmdir(path);
    rmdir(fz_dir);
}

static void fz_setup(void)
{
    if (fz_dir[0])
        return;
    const char *tmp = getenv("TMPDIR");
    snprintf(fz_dir, sizeof fz_dir, "%s/extract-fuzz-patterns.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(fz_dir)) {
        perror("fuzz: mkdtemp");
        abort();
    }
    char shared[300];
    snprintf(shared, sizeof shared, "%s/shared", fz_dir);
    if (mkdir(shared, 0700) != 0) {
        perror("fuzz: mkdir");
        abort();
    }
    fz_copy_lists(EXTRACT_FUZZ_PATTERNS "/es", shared);
    fz_copy_lists(EXTRACT_FUZZ_PATTERNS "/shared", shared);
    snprintf(fz_file, sizeof fz_file, "%s/fuzz.pat", shared);
    atexit(fz_cleanup);
}

static void fz_report(void *ctx, const char *msg)
{
    (void)ctx;
    FZ_CHECK(msg && msg[0], "a failing example has a message");
}

static const char *const fz_docs[][2] = {
    {"es", "CARACAS, 14 de enero de 2026 (EFE) – Al menos 80 presos políticos fueron excarcelados desde el 8 de "
           "enero, según Foro Penal. \"Hay 120 detenidos\", dijo Alfredo Romero, director de la ONG. El Gobierno "
           "negó que 1.500 personas sigan detenidas (unas 300, según la fiscalía)."},
    {"pt", "BRASÍLIA, 3 de março de 2025 – Pelo menos 45 presos políticos foram libertados no sábado, segundo o "
           "Foro Penal. Cerca de mil pessoas continuam detidas, afirmou o ministro."},
    {"en", "LONDON, Jan. 4, 2026 (Reuters) - More than 1,000 prisoners were released on Monday, the rights group "
           "said. \"Dozens remain in jail,\" said John Smith, a lawyer. Police detained 24 protesters."},
};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fz_setup();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_setup();
    FILE *f = fopen(fz_file, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
        perror("fuzz: cannot write the pattern file");
        abort();
    }
    extract_patterns *p = NULL;
    extract_error err;
    extract_status st = extract_patterns_load(fz_dir, &p, &err);
    if (st != EXTRACT_OK) {
        FZ_CHECK(p == NULL, "no pattern set on error");
        FZ_CHECK(st == EXTRACT_ERR_PATTERN || st == EXTRACT_ERR_NOMEM, "a pattern set fails as a pattern error");
        FZ_CHECK(err.message[0], "a pattern error has a message");
        return 0;
    }
    FZ_CHECK(p != NULL, "a pattern set on EXTRACT_OK");
    size_t total = 0;
    (void)extract_patterns_check(p, fz_report, NULL, &total);
    uint32_t h = fz_hash(data, size);
    for (size_t i = 0; i < sizeof fz_docs / sizeof fz_docs[0]; i++) {
        extract_options opt;
        fz_options(h, &opt, EXTRACT_FORMAT_TEXT);
        opt.lang = (h >> 5) % 4 == 0 ? NULL : fz_docs[i][0]; /* sometimes detected with the set's stopwords */
        fz_process(p, fz_docs[i][1], strlen(fz_docs[i][1]), "fuzz.txt", &opt);
    }
    extract_patterns_free(p);
    return 0;
}
