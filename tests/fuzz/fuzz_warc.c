/* fuzz_warc.c - libFuzzer harness: the WARC reader of the extract command (extract/input.c), plain and gzip, and
 * every record's document processed and written.
 *
 * An input that starts with the gzip magic is read as it is (so mutations reach corrupt and truncated members and
 * the resynchronisation after them). Any other input is read plain, or compressed here first: as one gzip member
 * per record (a member starts where a line starts with "WARC/", as in a .warc.gz from a crawler) or as a single
 * member, chosen by a hash of the input. One input in four is read with the container detected (XIN_AUTO), one
 * in four with a small document limit. */
#include "fuzz_reader.h"

#include <zlib.h>

/* Appends data[0..n) to out as one gzip member. */
static void fz_gzip_member(const uint8_t *data, size_t n, uint8_t **out, size_t *len, size_t *cap)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        abort();
    size_t bound = deflateBound(&z, (uLong)n) + 64;
    if (*len + bound > *cap) {
        *cap = (*len + bound) * 2;
        *out = realloc(*out, *cap);
        if (!*out)
            abort();
    }
    z.next_in = (Bytef *)(uintptr_t)data;
    z.avail_in = (uInt)n;
    z.next_out = *out + *len;
    z.avail_out = (uInt)(*cap - *len);
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        abort();
    *len += (size_t)z.total_out;
    deflateEnd(&z);
}

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
    int mode = (size >= 2 && data[0] == 0x1f && data[1] == 0x8b) ? 0 : 1 + (int)((h >> 12) % 3);
    uint8_t *gz = NULL;
    size_t len = 0, cap = 0;
    if (mode <= 1) {
        fz_reader_load(data, size);
    } else if (mode == 2) {
        fz_gzip_member(data, size, &gz, &len, &cap);
        fz_reader_load(gz, len);
    } else {
        size_t start = 0;
        for (size_t i = 1; i + 5 <= size; i++)
            if (data[i - 1] == '\n' && memcmp(data + i, "WARC/", 5) == 0) {
                fz_gzip_member(data + start, i - start, &gz, &len, &cap);
                start = i;
            }
        fz_gzip_member(data + start, size - start, &gz, &len, &cap);
        fz_reader_load(gz, len);
    }
    free(gz);
    fz_reader_run(((h >> 8) & 3) == 0 ? XIN_AUTO : XIN_WARC, ((h >> 10) & 3) == 0 ? 256 : 0, h);
    return 0;
}
