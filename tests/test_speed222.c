/* test_speed222.c - per-document speed, second step (twenty-second session, issue #5): a rule's cursors in its
 * candidate, lead and class-place lists kept from call to call of S_next_match within a document (S_first_from)
 * instead of a bisection per call, and the opening parentheses indexed by the whole acronym that may stand before or
 * after them (xc_index_parens) instead of by two letters, whose chains a long document's common letter pairs made
 * long. Neither may change what is found: an acronym introduced at the top of a long document, among many
 * parentheses that share its letters but introduce nothing, still names its body in a claim at the bottom, and the
 * claims are those of the run that scans every rule everywhere (--explain). Sentences written for these tests, in
 * Spanish, Portuguese and English; no timing is measured here. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "document.h"
#include "claims_support.h" /* P, setup, teardown, describe, run_opt */

/* head, then n filler paragraphs, then tail */
static char *S_long_doc(const char *head, const char *filler, size_t n, const char *tail)
{
    size_t len = strlen(head) + strlen(tail) + n * (strlen(filler) + 2) + 8;
    char *t = malloc(len);
    cr_assert_not_null(t);
    size_t o = (size_t)snprintf(t, len, "%s\n\n", head);
    for (size_t k = 0; k < n; k++)
        o += (size_t)snprintf(t + o, len - o, "%s\n\n", filler);
    snprintf(t + o, len - o, "%s\n", tail);
    return t;
}

static void expect_body(const char *lang, const char *head, const char *filler, const char *tail, const char *body,
                        const char *not_body)
{
    static char got[65536], scanned[65536];
    char *text = S_long_doc(head, filler, 200, tail);
    extract_options opt = {.ref_date = "2026-01-14", .lang = lang};
    extract_doc *d = run_opt(text, &opt);
    describe(d, got, sizeof got);
    extract_doc_free(d);
    opt.explain = 1;
    d = run_opt(text, &opt);
    describe(d, scanned, sizeof scanned);
    extract_doc_free(d);
    cr_expect_str_eq(got, scanned, "%s: the same claims with the prefilter as scanned:\n%s\n---\n%s", lang, got,
                     scanned);
    cr_expect(strstr(got, body) != NULL, "%s: the acronym names %s:\n%s", lang, body, got);
    cr_expect(strstr(got, not_body) == NULL, "%s: no claim of %s:\n%s", lang, not_body, got);
    free(text);
}

TestSuite(speed222, .init = setup, .fini = teardown);

Test(speed222, acronym_introduced_far_above_among_parentheses_es)
{
    expect_body("es", "La Comisión Andina de Derechos Humanos (CADH) denunció el lunes la represión en Valdemora.",
                "El alcalde (CAH, por sus siglas) habló del puente (DH) y del río Tarn (CAD) durante 3 horas. "
                "La obra (ADH) costará 40.000 pesos, según la Cámara de Comercio (CC).",
                "La CADH dijo el martes que 41 manifestantes fueron liberados de la cárcel central.",
                "Comisión Andina de Derechos Humanos", "Cámara de Comercio");
}

Test(speed222, acronym_before_its_name_far_above_pt)
{
    expect_body("pt", "O CLDS (Centro de Liberdades e Direitos Sociais) denunciou na segunda-feira a repressão em Valmora.",
                "O prefeito (CLD, na sigla) falou da ponte (DS) e do rio Tarn (LDS) por 3 horas. "
                "A obra (CDS) vai custar 40 mil reais, segundo a Associação Comercial (AC).",
                "O CLDS disse na terça-feira que 41 manifestantes foram soltos da cadeia central.",
                "Centro de Liberdades e Direitos Sociais", "Associação Comercial");
}

Test(speed222, acronym_introduced_far_above_among_parentheses_en)
{
    expect_body("en", "Police freed 9 protesters, the Harwick Legal Aid Network (HLAN) said on Monday.",
                "The mayor (HN) spoke about the bridge (AN, a lane) and the river Tarn (LAN) for 3 hours. "
                "Repairs (HLA) will cost 40,000 dollars, the Chamber of Commerce (CoC) said.",
                "HLAN said 17 students are still held at the barracks.", "Harwick Legal Aid Network",
                "Chamber of Commerce");
}
