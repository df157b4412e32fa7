/* test_recall_thirteenth.c - figures not found (the thirteenth session's recall class): a bare figure after "and"
 * that repeats the count before it with its noun and verb left out (gapping); people sent or handed back home or to
 * their families (a release). Sentences written for these tests (not
 * taken from the corpus), in Spanish, Portuguese and English, with distractors. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(recall_thirteenth, .init = setup, .fini = teardown);

/* The stance of the claim counting value, or -1 when there is none. */
static int S_stance_of(const char *text, const char *lang, long long value)
{
    extract_doc *d = run(text, lang);
    int st = -1;
    for (size_t i = 0; i < extract_doc_claim_count(d); i++)
        if (extract_doc_claim(d, i)->count == value)
            st = (int)extract_doc_claim(d, i)->stance;
    extract_doc_free(d);
    return st;
}

/* A bare figure after the conjunction, before a place or a day or at the end of the clause: the event of the count
 * it repeats. */
Test(recall_thirteenth, gapped_figure_repeats_the_count_before)
{
    expect_event("La gendarmería arrestó a 48 estudiantes en Valparaíso y 19 en Temuco durante la marcha.", "es", 19, DET);
    expect_event("La prefectura contó 35 detenciones el viernes y 52 el sábado.", "es", 52, DET);
    expect_event("A guarda prisional libertou 48 reclusos em Coimbra e 19 em Leiria ao abrigo da lei.", "pt", 19, REL);
    expect_event("A polícia contabilizou 35 detenções na sexta-feira e 52 no sábado.", "pt", 52, DET);
    expect_event("Troopers arrested 48 students in Dover and 19 in Wilmington during the walkout.", "en", 19, DET);
    expect_event("The sheriff's office counted 35 arrests on Friday and 52 on Saturday.", "en", 52, DET);
    expect_event("The parole board released about 300 inmates in March, and about 450 in April.", "en", 450, REL);
    /* the first figure keeps its claim; the second asserts as well, it answers nothing */
    expect_event("Troopers arrested 48 students in Dover and 19 in Wilmington during the walkout.", "en", 48, DET);
    cr_expect_eq(S_stance_of("Troopers arrested 48 students in Dover and 19 in Wilmington during the walkout.", "en", 19),
                 EXTRACT_STANCE_ASSERTS);
}

/* Not a repeated count: a figure with a verb of its own after it, one after a count of something else, a range, or a
 * figure after another word than a conjunction. */
Test(recall_thirteenth, gapped_figure_distractors)
{
    expect_event("La gendarmería arrestó a 48 estudiantes en Valparaíso y 19 resultaron heridos.", "es", 19, NONE);
    expect_event("A polícia ocupou 12 escolas em Lisboa e 30 no Porto.", "pt", 30, NONE);
    expect_event("Troopers arrested 48 students aged between 17 and 22.", "en", 22, NONE);
    expect_event("Troopers arrested 48 students in Dover, injuring 19 in the process.", "en", 19, NONE);
    expect_event("Los vecinos ocuparon 12 escuelas en Santiago y 30 en Valparaíso.", "es", 30, NONE);
}

/* People sent home or handed back to their families, with the count between the verb and the place or before a
 * passive: released. */
Test(recall_thirteenth, sent_home_is_release)
{
    expect_event("La fiscalía mandó a 35 manifestantes a sus casas antes del amanecer.", "es", 35, REL);
    expect_event("Según el ministerio, 210 detenidos ya fueron entregados a sus familias.", "es", 210, REL);
    expect_event("O tribunal mandou 35 manifestantes para casa antes do amanhecer.", "pt", 35, REL);
    expect_event("Segundo o ministério, 210 detidos já foram entregues às famílias.", "pt", 210, REL);
    expect_event("Prosecutors sent 35 protesters home before dawn.", "en", 35, REL);
    expect_event("According to the ministry, 210 detainees have been returned to their families.", "en", 210, REL);
    /* bodies handed back are no people freed */
    expect_event("The army returned the bodies of 35 soldiers to their families.", "en", 35, NONE);
    expect_event("El ejército envió los restos de 35 soldados a sus familias.", "es", 35, NONE);
}
