/* test_speed22.c - the recognizer's bookkeeping made once per document (twenty-second session, issue #5): a rule's
 * required-word bound found with a cursor per required set that walks on (galloping) from run to run instead of a
 * bisection per call (S_run_last), and the runs of each gate made once per pass instead of walked again for every
 * rule (S_make_runs). Neither may change what is found: a long document whose claims stand in paragraphs far apart,
 * among many paragraphs that hold the rules' first words and required words but no claim, gives the same claims as
 * each claim's paragraph read alone, and the same as the run that scans every rule everywhere (--explain, which
 * asks for no required words and has no cursor). Sentences written for these tests, in Spanish, Portuguese and
 * English; no timing is measured here. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "document.h"
#include "claims_support.h" /* P, setup, teardown, describe, run_opt */

/* text made of the claims' paragraphs, with n filler paragraphs before the first, between them and after the last */
static char *S_long_doc(const char *const *claims, size_t n_claims, const char *filler, size_t n)
{
    size_t len = 1;
    for (size_t i = 0; i < n_claims; i++)
        len += strlen(claims[i]) + 2;
    len += (n_claims + 1) * n * (strlen(filler) + 2);
    char *t = malloc(len);
    cr_assert_not_null(t);
    size_t o = 0;
    for (size_t i = 0; i <= n_claims; i++) {
        for (size_t k = 0; k < n; k++)
            o += (size_t)snprintf(t + o, len - o, "%s\n\n", filler);
        if (i < n_claims)
            o += (size_t)snprintf(t + o, len - o, "%s\n\n", claims[i]);
    }
    return t;
}

/* The claims of text read with the prefilter and the gates, and with every rule scanned (--explain). */
static void S_claims(const char *text, const char *lang, char *buf, size_t len, char *scanned, size_t slen)
{
    extract_options opt = {.ref_date = "2026-01-14", .lang = lang};
    extract_doc *d = run_opt(text, &opt);
    describe(d, buf, len);
    extract_doc_free(d);
    opt.explain = 1;
    d = run_opt(text, &opt);
    describe(d, scanned, slen);
    extract_doc_free(d);
}

static void expect_same_claims(const char *lang, const char *const *claims, size_t n_claims, const char *filler,
                               size_t want)
{
    static char got[16384], scanned[16384], alone[16384], one[4096], one_scanned[4096];
    char *text = S_long_doc(claims, n_claims, filler, 150);
    S_claims(text, lang, got, sizeof got, scanned, sizeof scanned);
    cr_expect_str_eq(got, scanned, "%s: the same claims with the prefilter as scanned:\n%s\n---\n%s", lang, got,
                     scanned);
    /* each claim's paragraph alone, its claims' lines gathered in order */
    size_t o = (size_t)snprintf(alone, sizeof alone, "lang %s, ref_date 2026-01-14 (option), %zu claims", lang, want);
    for (size_t i = 0; i < n_claims; i++) {
        S_claims(claims[i], lang, one, sizeof one, one_scanned, sizeof one_scanned);
        cr_expect_str_eq(one, one_scanned, "%s", one);
        const char *nl = strchr(one, '\n');
        if (nl)
            o += (size_t)snprintf(alone + o, sizeof alone - o, "%s", nl);
    }
    cr_expect_str_eq(got, alone, "%s: the long document's claims are its paragraphs' own:\n%s\n---\n%s", lang, got,
                     alone);
    free(text);
}

TestSuite(speed22, .init = setup, .fini = teardown);

Test(speed22, claims_far_apart_in_a_long_document_en)
{
    const char *claims[] = {
        "Police said on Monday that 41 protesters were released from the central jail in Harwick.",
        "The families' committee said 17 students are still held at the barracks, two weeks after the march.",
        "According to the Northern Ledger, authorities freed 230 detainees on Tuesday. Another 12 remain in custody.",
    };
    expect_same_claims("en", claims, 3,
                       "The mayor said the bridge over the Tarn river was closed for 3 hours on Sunday. "
                       "Ana Lobo, the council spokeswoman, said repairs would cost 40,000 dollars.",
                       4);
}

Test(speed22, claims_far_apart_in_a_long_document_es)
{
    const char *claims[] = {
        "La policía informó el lunes que 41 manifestantes fueron liberados de la cárcel central de Valdemora.",
        "El comité de familiares dijo que 17 estudiantes siguen detenidos en el cuartel, dos semanas después de la marcha.",
        "Según el diario La Voz del Sur, las autoridades excarcelaron a 230 presos el martes.",
    };
    expect_same_claims("es", claims, 3,
                       "El alcalde dijo que el puente sobre el río Tarn estuvo cerrado durante 3 horas el domingo. "
                       "Ana Lobo, portavoz del ayuntamiento, afirmó que la obra costará 40.000 pesos.",
                       3);
}

Test(speed22, claims_far_apart_in_a_long_document_pt)
{
    const char *claims[] = {
        "A polícia informou na segunda-feira que 41 manifestantes foram soltos da cadeia central de Valmora.",
        "O comitê de familiares disse que 17 estudantes continuam presos no quartel, duas semanas depois da marcha.",
        "Segundo o jornal Voz do Sul, as autoridades libertaram 230 detidos na terça-feira.",
    };
    expect_same_claims("pt", claims, 3,
                       "O prefeito disse que a ponte sobre o rio Tarn ficou fechada por 3 horas no domingo. "
                       "Ana Lobo, porta-voz da prefeitura, afirmou que a obra vai custar 40 mil reais.",
                       3);
}
