/* test_figures18.c - figures missed and figures invented (eighteenth session): a group named again by its bare
 * figure after "the release of the", sums of money written in words, and serving a sentence as custody. Sentences
 * written for these tests, in Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(figures18, .init = setup, .fini = teardown);

/* "la liberación de los 17, aunque…": an event noun, a genitive and a definite article before a bare figure that
 * ends its phrase name a group by its figure; the event noun governs it as it governs "la liberación de 17". */
Test(figures18, a_group_named_by_its_bare_figure_after_an_event_noun)
{
    expect_event("La abogada celebró la excarcelación de los nueve, aunque dijo que la causa sigue abierta.", "es", 9, REL);
    expect_event("La ONU pidió otra vez la liberación de los 14.", "es", 14, HELD);
    expect_event("The lawyers welcomed the release of the 23, but said the charges still stand.", "en", 23, REL);
    expect_event("The union again called for the release of the eight.", "en", 8, HELD);
    /* pt already read "dos 23" (one word) and keeps it */
    expect_event("Os advogados saudaram a libertação dos 23, mas disseram que o processo continua.", "pt", 23, REL);
    /* distractors: a noun after the figure says what is counted; a date is no group; the partitive of a part
     * keeps its reading */
    expect_event("La abogada celebró la excarcelación de los nueve presos y pidió la de otros cuatro.", "es", 9, REL);
    expect_event("The lawyers discussed the release of the 2019 report.", "en", 2019, NONE);
    expect_event("The report on the release of the 90 days of footage was delayed.", "en", 90, NONE);
    expect_event("Seis de los once detenidos fueron liberados el martes.", "es", 11, DET);
}

/* "released on bail of two million roubles": a sum of money written in words counts no one. */
Test(figures18, a_sum_of_money_in_words_counts_no_one)
{
    expect_event("All 12 activists were released on bail of two million roubles each.", "en", 2000000, NONE);
    expect_event("By Friday all 30 had been freed on bail of three million dollars.", "en", 3000000, NONE);
    /* es and pt did not take these before (no event word governs them); the veto keeps it so */
    expect_event("Los 12 activistas quedaron en libertad bajo una fianza de dos millones de rublos cada uno.", "es", 2000000, NONE);
    expect_event("Os 12 ativistas foram soltos mediante fiança de três milhões de reais cada um.", "pt", 3000000, NONE);
    /* the people counted keep their claim; a figure of people in millions is still people */
    expect_event("All 12 activists were released on bail of two million roubles each.", "en", 12, REL);
    expect_event("Two million people were detained during the campaign, the commission said.", "en", 2000000, DET);
}

/* "más de 5.000 personas cumplen actualmente penas de prisión": serving a sentence holds people now, in any person
 * of the present and with an adverb between; the imperfect only with "still", since "21 of those freed were
 * serving sentences" tells of the past of people released. */
Test(figures18, serving_a_sentence_holds_people)
{
    expect_event("Según la fiscalía, más de 4.000 personas cumplen actualmente penas de prisión por delitos políticos.", "es", 4000, HELD);
    expect_event("A ONG diz que mais de 4.000 pessoas cumprem penas de prisão por crimes políticos.", "pt", 4000, HELD);
    expect_event("O ministério afirma que apenas 15 militantes cumprem atualmente penas.", "pt", 15, HELD);
    expect_event("A ONG apontava que cinco pessoas ainda cumpriam pena.", "pt", 5, HELD);
    expect_event("La ONG señalaba que cinco personas todavía cumplían condena.", "es", 5, HELD);
    /* as in en */
    expect_event("The group says more than 4,000 people are serving prison sentences for political offences.", "en", 4000, HELD);
    /* distractors: the past of people freed is no custody now */
    expect_event("El ministerio liberó a 60 presos: 25 de los excarcelados cumplían condenas firmes.", "es", 25, REL);
    expect_event("O ministério libertou 60 presos: 25 dos libertados cumpriam penas de prisão.", "pt", 25, REL);
}

/* "dos activistas … fueron retenidos por los guardacostas": the perfect passive of retaining is the act, a
 * detention; the bare participle of a state ("siguen retenidos") stays held. en "were held" is left alone: the gold
 * reads it either way. */
Test(figures18, a_passive_of_retaining_is_a_detention)
{
    expect_event("El 3 de mayo, tres pescadores cruzaron la línea y fueron retenidos por la guardia costera.", "es", 3, DET);
    expect_event("A 3 de maio, três pescadores cruzaram a linha e foram retidos pela guarda costeira.", "pt", 3, DET);
    /* distractors: a state keeps held */
    expect_event("Tres pescadores siguen retenidos en el puerto.", "es", 3, HELD);
    expect_event("Três pescadores continuam retidos no porto.", "pt", 3, HELD);
    expect_event("Three fishermen are still being held at the port.", "en", 3, HELD);
}
