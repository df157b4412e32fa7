/* fuzz_reader.h - what the JSON Lines and WARC harnesses share: the command's input reader (extract/input.c) run
 * over a buffer, and every document it hands out processed as the batch does (extract/batch.c, S_work).
 *
 * The reader reads files by name only, so the buffer goes into a memfd opened by its /proc/self/fd name (no
 * file on disk, nothing left behind). */
#ifndef EXTRACT_FUZZ_READER_H
#define EXTRACT_FUZZ_READER_H

#include "fuzz_common.h"
#include "input.h"

#include <sys/mman.h>
#include <unistd.h>

/* The memfd holding the current input and its /proc name; made once per process. */
static int fz_fd = -1;
static char fz_path[64];

static void fz_reader_init(void)
{
    if (fz_fd >= 0)
        return;
    fz_fd = memfd_create("extract-fuzz", MFD_CLOEXEC);
    if (fz_fd < 0) {
        perror("fuzz: memfd_create");
        abort();
    }
    snprintf(fz_path, sizeof fz_path, "/proc/self/fd/%d", fz_fd);
}

/* Replaces the memfd's content with data[0..size). */
static void fz_reader_load(const uint8_t *data, size_t size)
{
    fz_reader_init();
    if (ftruncate(fz_fd, 0) != 0) {
        perror("fuzz: ftruncate");
        abort();
    }
    size_t done = 0;
    while (done < size) {
        ssize_t n = pwrite(fz_fd, data + done, size - done, (off_t)done);
        if (n <= 0) {
            perror("fuzz: pwrite");
            abort();
        }
        done += (size_t)n;
    }
}

/* Reads the loaded input with the given container format and document limit, processing each document. */
static void fz_reader_run(xin_format format, size_t max_bytes, uint32_t h)
{
    const char *paths[1] = {fz_path};
    xin_config cfg = {.paths = paths, .n_paths = 1, .format = format, .max_bytes = max_bytes};
    xin_reader *r;
    FZ_CHECK(xin_open(&cfg, &r) == 0, "the reader opens");
    xin_item item;
    size_t items = 0;
    for (;;) {
        int rc = xin_next(r, &item);
        FZ_CHECK(rc >= -1 && rc <= 1, "xin_next returns -1, 0 or 1");
        if (rc <= 0) {
            FZ_CHECK(rc == 0, "the reader does not run out of memory on a small input");
            break;
        }
        FZ_CHECK(++items <= 1000000, "the reader ends");
        if (item.kind == XIN_ITEM_DOC) {
            FZ_CHECK(item.bytes != NULL && item.name != NULL, "a document has bytes and a name");
            /* A WARC record may pass the limit by its HTTP headers (64 KiB); extract_process then refuses it. */
            FZ_CHECK(item.len <= (max_bytes ? max_bytes : EXTRACT_DEFAULT_MAX_BYTES) + 65536, "a document within the limit");
            FZ_CHECK(item.published == NULL || strlen(item.published) == 10, "published is a date");
            FZ_CHECK(item.fallback_date == NULL || strlen(item.fallback_date) == 10, "fallback_date is a date");
            extract_options opt;
            fz_options(h, &opt, item.format);
            if (!opt.lang && item.lang)
                opt.lang = item.lang;
            opt.url = item.url;
            opt.title = item.title;
            opt.published = item.published;
            opt.fallback_date = item.fallback_date;
            opt.max_bytes = max_bytes;
            fz_process(fz_patterns(), item.bytes, item.len, item.name, &opt);
        } else {
            FZ_CHECK(item.kind == XIN_ITEM_ERROR || item.kind == XIN_ITEM_NOTE, "an item is a document or a message");
            FZ_CHECK(item.message && item.message[0], "a message has text");
        }
        xin_item_clear(&item);
    }
    (void)xin_bytes_read(r);
    xin_close(r);
}

#endif
