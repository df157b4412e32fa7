/* fuzz_text.c - libFuzzer harness: one document read as plain text (EXTRACT_FORMAT_TEXT) with the real patterns,
 * then written in every output format. Options (reference date, forced language, explanation) vary with a hash of
 * the input. */
#include "fuzz_common.h"

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
    return 0;
}
