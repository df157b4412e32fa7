/* test_whomiss17.c - claimant reach, seventeenth session: a text named again ("El documento contabiliza", "La nota
 * precisa", "según ese mismo comunicado", "The statement adds") speaks for whoever put it out, found where the text
 * was named before (subjects.c, xc_document_maker; lexicon issued_words). Sentences written for these tests, in
 * Spanish, Portuguese and English; each distractor keeps the output it had before. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(whomiss17, .init = setup, .fini = teardown);

/* "X presented its report. The document counts 640": the subject that presented the text */
Test(whomiss17, the_text_subject_speaks_for_who_presented_it)
{
    expect_claimant("La Liga de Defensa de Presos presentó ayer en Quito su informe anual sobre las cárceles. El "
                    "documento contabiliza 640 detenciones arbitrarias desde enero.",
                    "es", EXTRACT_EVENT_DETENTION, 640, "Liga de Defensa de Presos", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("A Associação Justiça e Paz apresentou ontem em Luanda o seu relatório anual. O documento "
                    "contabiliza 640 detenções arbitrárias desde janeiro.",
                    "pt", EXTRACT_EVENT_DETENTION, 640, "Associação Justiça e Paz", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Amnesty International presented its annual report in Nairobi on Monday. The document counts 640 "
                    "arbitrary arrests since January.",
                    "en", EXTRACT_EVENT_DETENTION, 640, "Amnesty International", EXTRACT_KIND_ORGANIZATION);
    /* distractors: no text named before, no one */
    expect_claimant("El documento contabiliza 640 detenciones arbitrarias desde enero.", "es", EXTRACT_EVENT_DETENTION,
                    640, NULL, EXTRACT_KIND_UNKNOWN);
    expect_claimant("The document counts 640 arbitrary arrests since January.", "en", EXTRACT_EVENT_DETENTION, 640,
                    NULL, EXTRACT_KIND_UNKNOWN);
}

/* "…, the ministry said in a statement. The statement adds that 18…": the subject of the verb that named the text */
Test(whomiss17, the_text_speaks_for_who_gave_it_out)
{
    expect_claimant("«Han salido 52 personas», indicó el Ministerio del Interior en un comunicado difundido el "
                    "domingo. La nota precisa que otros 18 siguen en prisión.",
                    "es", EXTRACT_EVENT_HELD, 18, "Ministerio del Interior", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("\"Saíram 52 pessoas\", indicou o Ministério do Interior num comunicado divulgado no domingo. A "
                    "nota acrescenta que outros 18 continuam presos.",
                    "pt", EXTRACT_EVENT_HELD, 18, "Ministério do Interior", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("\"Fifty-two people have walked free,\" the Interior Ministry said in a statement on Sunday. The "
                    "statement adds that another 18 remain in prison.",
                    "en", EXTRACT_EVENT_HELD, 18, "Interior Ministry", EXTRACT_KIND_GOVERNMENT);
    /* distractor: the first figure keeps its speaker */
    expect_claimant("\"Saíram 52 pessoas\", indicou o Ministério do Interior num comunicado divulgado no domingo. A "
                    "nota acrescenta que outros 18 continuam presos.",
                    "pt", EXTRACT_EVENT_RELEASE, 52, "Ministério do Interior", EXTRACT_KIND_GOVERNMENT);
}

/* "según ese mismo comunicado" after a figure given with no source: the body that published the statement */
Test(whomiss17, the_same_statement_after_a_figure_with_no_source)
{
    expect_claimant("La Fiscalía publicó el lunes un comunicado sobre la operación. Desde el viernes fueron arrestadas "
                    "75 personas en la capital. Según ese mismo comunicado, 30 ya quedaron en libertad.",
                    "es", EXTRACT_EVENT_RELEASE, 30, "Fiscalía", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O Ministério Público publicou na segunda-feira um comunicado sobre a operação. Desde sexta-feira "
                    "foram presas 75 pessoas na capital. Segundo o mesmo comunicado, 30 já foram libertadas.",
                    "pt", EXTRACT_EVENT_RELEASE, 30, "Ministério Público", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The prosecutor's office published a statement on the operation on Monday. Since Friday 75 "
                    "people have been arrested in the capital. According to the same statement, 30 have already "
                    "been released.",
                    "en", EXTRACT_EVENT_RELEASE, 30, "prosecutor's office", EXTRACT_KIND_GOVERNMENT);
    /* distractors: the figure between, stated by the journalist, keeps no claimant; a reference to the figure
     * itself ("de ellos") with no text named keeps none either */
    expect_claimant("La Fiscalía publicó el lunes un comunicado sobre la operación. Desde el viernes fueron arrestadas "
                    "75 personas en la capital. Según ese mismo comunicado, 30 ya quedaron en libertad.",
                    "es", EXTRACT_EVENT_DETENTION, 75, NULL, EXTRACT_KIND_UNKNOWN);
    expect_claimant("La Fiscalía publicó el lunes un comunicado sobre la operación. Desde el viernes fueron arrestadas "
                    "75 personas en la capital. De ellos, 30 ya quedaron en libertad.",
                    "es", EXTRACT_EVENT_RELEASE, 30, NULL, EXTRACT_KIND_UNKNOWN);
}

/* "Las otras 120", "Los 120 restantes", "The other 120": the other part of a figure just given continues the report
 * of the sentence before (continue_words, S_article_count_continues) */
Test(whomiss17, the_other_part_of_a_figure_continues_the_report)
{
    expect_claimant("La Defensoría del Pueblo informó el martes de 640 detenidos en la capital. Las otras 120 personas "
                    "arrestadas siguen en comisarías del interior.",
                    "es", EXTRACT_EVENT_HELD, 120, "Defensoría del Pueblo", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("La Defensoría del Pueblo informó el martes de 640 detenidos en la capital. Los 120 restantes "
                    "siguen en prisión preventiva.",
                    "es", EXTRACT_EVENT_HELD, 120, "Defensoría del Pueblo", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O Ministério da Justiça informou na terça-feira que 640 manifestantes foram detidos na capital. "
                    "Os outros 120 continuam presos.",
                    "pt", EXTRACT_EVENT_HELD, 120, "Ministério da Justiça", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O Ministério da Justiça informou na terça-feira que 640 manifestantes foram detidos na capital. "
                    "Os 120 restantes continuam presos.",
                    "pt", EXTRACT_EVENT_HELD, 120, "Ministério da Justiça", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The Ombudsman's Office said on Tuesday that 640 protesters had been arrested in the capital. The "
                    "other 120 remain in custody.",
                    "en", EXTRACT_EVENT_HELD, 120, "Ombudsman's Office", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The Ombudsman's Office said on Tuesday that 640 protesters had been arrested in the capital. The "
                    "120 remaining are still in custody.",
                    "en", EXTRACT_EVENT_HELD, 120, "Ombudsman's Office", EXTRACT_KIND_GOVERNMENT);
    /* distractors: the figure before had no source, and background the journalist adds */
    expect_claimant("En 2019 fueron detenidas 640 personas en la capital. Las otras 120 siguen en prisión preventiva.",
                    "es", EXTRACT_EVENT_HELD, 120, NULL, EXTRACT_KIND_UNKNOWN);
    expect_claimant("The Ombudsman's Office said on Tuesday that 640 protesters had been arrested in the capital. In "
                    "2019, 120 remained in custody.",
                    "en", EXTRACT_EVENT_HELD, 120, NULL, EXTRACT_KIND_UNKNOWN);
}

/* "según los organismos de derechos humanos": an unnamed collective of bodies, as "organizaciones" already was */
Test(whomiss17, rights_bodies_unnamed_are_a_source)
{
    expect_claimant("Según los organismos de derechos humanos, unas 3.000 personas fueron detenidas en el cuartel.", "es",
                    EXTRACT_EVENT_DETENTION, 3000, "organismos de derechos humanos", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Segundo os organismos de direitos humanos, cerca de 3.000 pessoas continuam presas.", "pt",
                    EXTRACT_EVENT_HELD, 3000, "organismos de direitos humanos", EXTRACT_KIND_ORGANIZATION);
    /* distractors: the English form kept its reading, a body of the state is not a rights group */
    expect_claimant("According to human rights organisations, some 3,000 people remain in prison.", "en",
                    EXTRACT_EVENT_HELD, 3000, "human rights organisations", EXTRACT_KIND_ORGANIZATION);
}
