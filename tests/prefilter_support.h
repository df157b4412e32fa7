/* prefilter_support.h - the prefixes prefilter.c reads from a regex, written as one string to compare, for the
 * test files of the prefilter (test_prefilter.c, test_speed20.c). */
#ifndef EXTRACT_TESTS_PREFILTER_SUPPORT_H
#define EXTRACT_TESTS_PREFILTER_SUPPORT_H

#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "prefilter.h"

/* The n words of v joined with '|' into out, after first (before the first word); the length written. */
static __attribute__((unused)) size_t join(const char *const *v, size_t n, const char *first, char *out, size_t len)
{
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < n && o < len; i++)
        o += (size_t)snprintf(out + o, len - o, "%s%s", i ? "|" : first, v[i]);
    return o;
}

/* The prefixes of re, sorted and joined with '|', then " +upper" / " +digit" for classes; "-" when the regex
 * is not analysable. */
static const char *prefixes(const char *re, char *out, size_t len)
{
    xi_arena a;
    xi_arena_init(&a);
    const char **v;
    size_t n;
    unsigned cls;
    unsigned char na[3];
    int rc = xf_prefixes(re, strlen(re), &a, &v, &n, &cls, na);
    cr_assert_geq(rc, 0, "out of memory");
    if (rc == 0) {
        snprintf(out, len, "-");
    } else {
        size_t o = join(v, n, "", out, len);
        /* a class's guard: "/l" not after a letter, "/w" not after a letter, digit or '_' either */
        static const char *const guard[4] = {"", "/l", "/?", "/w"};
        if (cls & (1u << XF_CLASS_UPPER) && o < len)
            o += (size_t)snprintf(out + o, len - o, " +upper%s", guard[na[XF_CLASS_UPPER] & 3]);
        if (cls & (1u << XF_CLASS_DIGIT) && o < len)
            snprintf(out + o, len - o, " +digit%s", guard[na[XF_CLASS_DIGIT] & 3]);
    }
    xi_arena_free(&a);
    return out;
}

static __attribute__((unused)) void expect_prefixes(const char *re, const char *want)
{
    char got[2048];
    cr_expect_str_eq(prefixes(re, got, sizeof got), want, "prefixes of %s", re);
}

#endif
