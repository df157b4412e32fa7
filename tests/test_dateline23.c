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

/* The small hours with no day of their own after a day named earlier in the same clause are that day's, not the
 * reference day's (S_small_hours_of_day, recognize.c; rules with attribute ofday). */
Test(dateline23, the_small_hours_of_a_day_named_before_are_that_days)
{
    expect_days("Fuentes policiales informaron ayer de 12 personas detenidas durante la madrugada en el puerto.", "es",
                EXTRACT_EVENT_DETENTION, 12, "2026-01-13", "2026-01-13", "2026-01-13");
    expect_days("A polícia disse ontem que 12 pessoas foram detidas de madrugada no porto.", "pt", EXTRACT_EVENT_DETENTION, 12,
                "2026-01-13", "2026-01-13", "2026-01-13");
    expect_days("Police said yesterday that 12 people were arrested in the small hours at the port.", "en", EXTRACT_EVENT_DETENTION, 12,
                "2026-01-13", "2026-01-13", "2026-01-13");
    /* distractors: the small hours with no day named stay the reference day's, a date written stays its own */
    expect_period("Doce personas fueron detenidas durante la madrugada en el puerto.", "es", EXTRACT_EVENT_DETENTION, 12, "2026-01-14",
                  "2026-01-14");
    expect_period("Doze pessoas foram detidas na madrugada no porto.", "pt", EXTRACT_EVENT_DETENTION, 12, "2026-01-14", "2026-01-14");
    expect_period("Twelve people were arrested in the small hours at the port.", "en", EXTRACT_EVENT_DETENTION, 12, "2026-01-14",
                  "2026-01-14");
    expect_period("El 3 de enero, 12 personas fueron detenidas de madrugada en el puerto.", "es", EXTRACT_EVENT_DETENTION, 12,
                  "2026-01-03", "2026-01-03");
}
