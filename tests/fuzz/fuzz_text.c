/* fuzz_text.c - libFuzzer harness: one document read as plain text (EXTRACT_FORMAT_TEXT) with the real patterns,
 * then written in every output format. Options (reference date, forced language, explanation) vary with a hash of
 * the input. */
#include "fuzz_common.h"

/* --explain scans every rule everywhere; a plain run tries rules only where their prefixes are and count-only
 * rules only in candidate sentences (recognize.c, prefilter.c). Both must give the same claims, unless a rule
 * hit a PCRE2 limit (the budgets are per call, and the calls differ). */
static void fz_same_without_explain(const uint8_t *data, size_t size, const extract_options *opt)
{
    extract_doc *d[2] = {NULL, NULL};
    for (int k = 0; k < 2; k++) {
        extract_options o = *opt;
        o.explain = k;
        extract_error err;
        if (extract_process(fz_patterns(), (const char *)data, size, "fuzz.txt", &o, &d[k], &err) != EXTRACT_OK)
            d[k] = NULL;
    }
    int limited = 0;
    for (int k = 0; k < 2 && d[k]; k++)
        for (size_t i = 0; i < extract_doc_warning_count(d[k]); i++)
            limited |= strstr(extract_doc_warning(d[k], i), " rule ") != NULL;
    if (d[0] && d[1] && !limited) {
        size_t n = extract_doc_claim_count(d[0]);
        FZ_CHECK(n == extract_doc_claim_count(d[1]), "the same number of claims with and without the prefilter");
        for (size_t i = 0; i < n; i++) {
            const extract_claim *a = extract_doc_claim(d[0], i), *b = extract_doc_claim(d[1], i);
            FZ_CHECK(a->count == b->count && a->event == b->event && a->start == b->start &&
                         a->qualifier == b->qualifier && a->stance == b->stance,
                     "the same claims with and without the prefilter");
        }
    }
    extract_doc_free(d[0]);
    extract_doc_free(d[1]);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fz_patterns();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    extract_options opt;
    fz_options(fz_hash(data, size), &opt, EXTRACT_FORMAT_TEXT);
    fz_process(fz_patterns(), (const char *)data, size, "fuzz.txt", &opt);
    if (opt.explain)
        fz_same_without_explain(data, size, &opt);
    return 0;
}
