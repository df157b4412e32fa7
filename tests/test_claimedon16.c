/* test_claimedon16.c - statement days (claimed_on; sixteenth session): an indefinite statement with no day of its own
 * ("in a statement", "en un comunicado", "numa conferência de imprensa") is the statement the story told before with
 * its day; a live blog's day heading dates the entries below it. Sentences written for these tests, in Spanish,
 * Portuguese and English, with distractors that must keep their day. The reference date is 2026-01-14, a
 * Wednesday. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(claimedon16, .init = setup, .fini = teardown);

/* Asserts that the claim of this event and value was stated on `on` ("" for no day). */
static void expect_on(const char *text, const char *lang, extract_event ev, long long value, const char *on)
{
    extract_doc *d = run(text, lang);
    char buf[4096];
    const extract_claim *c = claim_of(d, ev, value);
    cr_expect_str_eq(c->claimed_on, on, "%s: claimed_on %s, expected %s; %s", text, c->claimed_on, on,
                     describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

/* The lead tells the announcement and its day; a later paragraph names "a statement" with no day: the same one. */
Test(claimedon16, an_indefinite_statement_is_the_one_told_before)
{
    expect_on("MADRID, 14 ene. — El Ministerio del Interior anunció este martes la excarcelación de doce presos "
              "políticos.\n\nEn un breve comunicado, el ministerio precisó que otros 30 detenidos siguen en prisión.",
              "es", EXTRACT_EVENT_HELD, 30, "2026-01-13");
    expect_on("LISBOA, 14 jan — O Ministério do Interior anunciou na terça-feira a libertação de doze presos "
              "políticos.\n\nNuma conferência de imprensa, o ministério precisou que outros 30 detidos continuam presos.",
              "pt", EXTRACT_EVENT_HELD, 30, "2026-01-13");
    expect_on("LONDON, Jan 14 — The interior ministry announced on Tuesday the release of twelve political "
              "prisoners.\n\nThe ministry said in a statement that another 30 detainees remain in custody.",
              "en", EXTRACT_EVENT_HELD, 30, "2026-01-13");
    /* distractors: a statement with a day of its own keeps it; with no statement told before, no day */
    expect_on("MADRID, 14 ene. — El Ministerio del Interior anunció este martes la excarcelación de doce presos "
              "políticos.\n\nEn un comunicado difundido el lunes, el ministerio precisó que otros 30 detenidos siguen "
              "en prisión.",
              "es", EXTRACT_EVENT_HELD, 30, "2026-01-12");
    expect_on("The ministry said in a statement that another 30 detainees remain in custody.", "en", EXTRACT_EVENT_HELD,
              30, "");
    expect_on("O ministério precisou num comunicado que outros 30 detidos continuam presos.", "pt", EXTRACT_EVENT_HELD,
              30, "");
}

/* A live blog running over two days: the entries under "Martes, 13 de enero" were posted that day, not the page's. */
Test(claimedon16, a_live_blog_day_heading_dates_its_entries)
{
    expect_on("Directo: protestas en la capital\n\nMiércoles, 14 de enero\n\n10:15 - La policía informa de que 25 "
              "manifestantes siguen detenidos en la comisaría central. Sus abogados piden que sean liberados.\n\nMartes, 13 de enero\n\n22:40 - La policía "
              "asegura que 40 manifestantes fueron detenidos en la plaza.\n\n20:05 - Los organizadores dicen que la "
              "marcha reunió a miles de personas.",
              "es", EXTRACT_EVENT_DETENTION, 40, "2026-01-13");
    expect_on("Ao minuto: protestos na capital\n\nQuarta-feira, 14 de janeiro\n\n10h15 — A polícia informa que 25 "
              "manifestantes continuam detidos na esquadra central. Os advogados pedem a libertação.\n\nTerça-feira, 13 de janeiro\n\n22h40 — A polícia "
              "afirma que 40 manifestantes foram detidos na praça.\n\n20h05 — Os organizadores dizem que a marcha "
              "reuniu milhares de pessoas.",
              "pt", EXTRACT_EVENT_DETENTION, 40, "2026-01-13");
    expect_on("Live: protests in the capital\n\nWednesday 14 January\n\n10:15 - Police say 25 protesters remain in "
              "custody at the central station. Their lawyers are asking for their release.\n\nTuesday 13 January\n\n22:40 - Police say 40 protesters were arrested "
              "in the square.\n\n20:05 - Organisers say the march drew thousands of people.",
              "en", EXTRACT_EVENT_DETENTION, 40, "2026-01-13");
    /* distractors: the entries under the page's own day keep it */
    expect_on("Directo: protestas en la capital\n\nMiércoles, 14 de enero\n\n10:15 - La policía informa de que 25 "
              "manifestantes siguen detenidos en la comisaría central. Sus abogados piden que sean liberados.\n\nMartes, 13 de enero\n\n22:40 - La policía "
              "asegura que 40 manifestantes fueron detenidos en la plaza.\n\n20:05 - Los organizadores dicen que la "
              "marcha reunió a miles de personas.",
              "es", EXTRACT_EVENT_HELD, 25, "2026-01-14");
    expect_on("Live: protests in the capital\n\nWednesday 14 January\n\n10:15 - Police say 25 protesters remain in "
              "custody at the central station. Their lawyers are asking for their release.\n\nTuesday 13 January\n\n22:40 - Police say 40 protesters were arrested "
              "in the square.\n\n20:05 - Organisers say the march drew thousands of people.",
              "en", EXTRACT_EVENT_HELD, 25, "2026-01-14");
}

/* A clock time and a single sentence right above a day heading is an entry of its own, posted on the day above it. */
Test(claimedon16, a_one_sentence_entry_above_a_day_heading_is_an_entry)
{
    expect_on("Directo: protestas en la capital\n\nMiércoles, 14 de enero\n\n10:15 - La policía informa de que 25 "
              "manifestantes siguen detenidos en la comisaría central.\n\nMartes, 13 de enero\n\n22:40 - La policía "
              "asegura que 40 manifestantes fueron detenidos en la plaza.\n\n20:05 - Los organizadores dicen que la "
              "marcha reunió a miles de personas.",
              "es", EXTRACT_EVENT_HELD, 25, "2026-01-14");
    expect_on("Live: protests in the capital\n\nWednesday 14 January\n\n10:15 - Police say 25 protesters remain in "
              "custody at the central station.\n\nTuesday 13 January\n\n22:40 - Police say 40 protesters were arrested "
              "in the square.\n\n20:05 - Organisers say the march drew thousands of people.",
              "en", EXTRACT_EVENT_HELD, 25, "2026-01-14");
}
