/* test_mapguard.c - a long plain file is mapped rather than read (input.c, S_map_rest), and a file that shrinks
 * while it is mapped must not kill the run: the lost pages read as zeros and the item says where they began
 * (xin_item_lost), so the batch reports the document as cut short and goes on with the next one. The file is cut
 * here between the mapping and the reading, which a scraper rewriting a page in place does at any moment. This
 * test links the command's input stage, which is not part of the library. */
#include <criterion/criterion.h>

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "input.h"

#define S_LEN ((size_t)3 << 20)

/* Under AddressSanitizer the handler there before would be its own, which reports the fault and aborts; the
 * default one is what the command has, so the sanitizer leaves SIGBUS alone here. Unused without ASan. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "handle_sigbus=0"; }

static const char S_line[] = "The ministry said on Friday that 12 detainees had been freed from the city jail.\n";

/* A temporary file of S_LEN bytes of text: a sentence written for this test, repeated. */
static char *S_make(void)
{
    static char path[64];
    strcpy(path, "/tmp/mapguard-XXXXXX");
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    char *buf = malloc(S_LEN);
    cr_assert(buf);
    for (size_t i = 0; i < S_LEN; i++)
        buf[i] = S_line[i % (sizeof S_line - 1)];
    cr_assert(write(fd, buf, S_LEN) == (ssize_t)S_LEN);
    close(fd);
    free(buf);
    return path;
}

/* Opens path with the reader and takes its one item, which must be a mapped document. */
static void S_take(const char *path, xin_reader **r, xin_item *it)
{
    const char *paths[] = {path};
    xin_config cfg = {.paths = paths, .n_paths = 1, .format = XIN_TEXT};
    memset(it, 0, sizeof *it);
    cr_assert_eq(xin_open(&cfg, r), 0);
    cr_assert_eq(xin_next(*r, it), 1);
    cr_assert_eq(it->kind, XIN_ITEM_DOC);
    cr_assert_not_null(it->map, "a file of 3 MiB is mapped");
    cr_assert_eq(it->len, S_LEN);
}

/* Whether the first n bytes read are the file's. */
static int S_intact(const xin_item *it, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (it->bytes[i] != S_line[i % (sizeof S_line - 1)])
            return 0;
    return 1;
}

/* Every byte read, as the library reads a text; returns how many were zeros. */
static size_t S_zeros(const xin_item *it)
{
    size_t z = 0;
    for (size_t i = 0; i < it->len; i++)
        z += ((volatile const char *)it->bytes)[i] == 0;
    return z;
}

Test(mapguard, untouched_file_reads_whole)
{
    char *path = S_make();
    xin_reader *r;
    xin_item it;
    S_take(path, &r, &it);
    size_t at = 7;
    cr_assert_eq(S_zeros(&it), 0);
    cr_assert_eq(xin_item_lost(&it, &at), 0);
    cr_assert_eq(at, 7, "left alone when nothing was lost");
    cr_assert(S_intact(&it, S_LEN));
    xin_item_clear(&it);
    xin_close(r);
    unlink(path);
}

Test(mapguard, shrunk_file_reads_zeros_past_its_end)
{
    char *path = S_make();
    xin_reader *r;
    xin_item it;
    S_take(path, &r, &it);
    size_t cut = ((size_t)1 << 20) + 100;
    cr_assert_eq(truncate(path, (off_t)cut), 0);
    long page = sysconf(_SC_PAGESIZE);
    size_t first_lost = (cut + (size_t)page - 1) / (size_t)page * (size_t)page;
    /* the bytes up to the cut are the file's; its last page is zero-filled past the cut by the kernel */
    cr_assert_eq(S_zeros(&it), S_LEN - cut);
    cr_assert(S_intact(&it, cut));
    size_t at = 0;
    cr_assert_eq(xin_item_lost(&it, &at), 1);
    cr_assert_eq(at, first_lost);
    xin_item_clear(&it);
    xin_close(r);
    unlink(path);
}

Test(mapguard, two_files_each_know_their_own_loss)
{
    char *p1 = strdup(S_make());
    char *p2 = S_make();
    xin_reader *r1, *r2;
    xin_item a, b;
    S_take(p1, &r1, &a);
    S_take(p2, &r2, &b);
    cr_assert_eq(truncate(p2, 5000), 0);
    S_zeros(&a);
    S_zeros(&b);
    size_t at = 0;
    cr_assert_eq(xin_item_lost(&a, &at), 0);
    cr_assert_eq(xin_item_lost(&b, &at), 1);
    cr_assert_lt(at, (size_t)16384);
    xin_item_clear(&a);
    xin_item_clear(&b);
    xin_close(r1);
    xin_close(r2);
    unlink(p1);
    unlink(p2);
    free(p1);
}

/* A fault on a mapping the reader did not make is not swallowed: it reaches the handler that was there before
 * (here the default one, which ends the process with SIGBUS). */
Test(mapguard, other_faults_still_kill, .signal = SIGBUS)
{
    char *path = S_make();
    xin_reader *r;
    xin_item it;
    S_take(path, &r, &it); /* the guard is installed */
    int fd = open(path, O_RDONLY);
    cr_assert(fd >= 0);
    char *m = mmap(NULL, S_LEN, PROT_READ, MAP_PRIVATE, fd, 0);
    cr_assert(m != MAP_FAILED);
    cr_assert_eq(truncate(path, 0), 0);
    unlink(path);
    volatile char c = m[S_LEN - 1];
    (void)c;
    cr_assert_fail("the read past the end was expected to fault");
}
