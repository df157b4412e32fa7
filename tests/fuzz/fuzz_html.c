/* fuzz_html.c - libFuzzer harness: one document read as HTML (EXTRACT_FORMAT_HTML) with the real patterns, then
 * written in every output format. One input in four is read with EXTRACT_FORMAT_AUTO instead, so the sniffing
 * runs too. */
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
    uint32_t h = fz_hash(data, size);
    extract_options opt;
    fz_options(h, &opt, ((h >> 8) & 3) == 0 ? EXTRACT_FORMAT_AUTO : EXTRACT_FORMAT_HTML);
    fz_process(fz_patterns(), (const char *)data, size, "fuzz.html", &opt);
    return 0;
}
