/* test_dateline23.c - the dateline (twenty-third session): a date near the head of a document followed by a hyphen
 * inside a word ("meio-dia", "ex-ministro", "well-known") is no dateline; a dateline's dash stands between spaces or
 * right after the place / date. Sentences written for these tests, in Spanish, Portuguese and English, with real
 * datelines that must keep their reading. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(dateline23, .init = setup, .fini = teardown);

/* The reference date read for text: the dateline's day, else the fallback 2026-01-14. */
static void expect_ref(const char *text, const char *lang, const char *want)
{
    extract_options opt = {.lang = lang, .fallback_date = "2026-01-14"};
    extract_doc *d = run_opt(text, &opt);
    cr_expect_str_eq(extract_doc_ref_date(d), want, "%s: reference date %s, expected %s", text,
                     extract_doc_ref_date(d), want);
    extract_doc_free(d);
}

Test(dateline23, a_hyphen_inside_a_word_is_no_datelines_dash)
{
    expect_ref("La policía detuvo el 3 de mayo a 30 personas. El ex-ministro lo confirmó.", "es", "2026-01-14");
    expect_ref("Los 30 presos salieron el 9 de marzo. Al medio-día la familia habló.", "es", "2026-01-14");
    expect_ref("Os 30 presos saíram a 12 de janeiro. Ao meio-dia, a família falou.", "pt", "2026-01-14");
    expect_ref("A polícia deteve 30 pessoas em 5 de março. O ex-ministro confirmou.", "pt", "2026-01-14");
    expect_ref("Police arrested 30 people on May 3. A well-known charity said so.", "en", "2026-01-14");
    expect_ref("Thirty prisoners were freed on March 9. Their long-time lawyer spoke.", "en", "2026-01-14");
}

Test(dateline23, real_datelines_keep_their_day)
{
    expect_ref("Bilbao, 3 de mayo de 2025 - La policía detuvo a 30 personas.", "es", "2025-05-03");
    expect_ref("MADRID, 3 may 2025 (EFE) - La policía detuvo a 30 personas en el ex-cuartel.", "es", "2025-05-03");
    expect_ref("Lisboa, 12 jan 2025 (Lusa) – A polícia deteve 30 pessoas ao meio-dia.", "pt", "2025-01-12");
    expect_ref("Porto, 12 de janeiro de 2025 - A polícia deteve 30 pessoas.", "pt", "2025-01-12");
    expect_ref("BERLIN, Feb 11, 2025 — Police arrested 30 well-known activists.", "en", "2025-02-11");
    expect_ref("LONDON, Feb 11, 2025 - Police arrested 30 people.", "en", "2025-02-11");
}
