/* fuzz_jsonl.c - libFuzzer harness: the JSON Lines reader of the extract command (extract/input.c) over one
 * input, plain or gzip-compressed (by its magic bytes), and every record's document processed and written.
 * One input in four is read with the container format detected (XIN_AUTO) instead of forced, and one in four
 * with a small document limit so the over-the-limit paths run. */
#include "fuzz_reader.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fz_patterns();
    fz_reader_init();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint32_t h = fz_hash(data, size);
    fz_reader_load(data, size);
    fz_reader_run(((h >> 8) & 3) == 0 ? XIN_AUTO : XIN_JSONL, ((h >> 10) & 3) == 0 ? 256 : 0, h);
    return 0;
}
