/* test_precision21.c - figures output that the gold does not have (twenty-first session, precision): a fraction of a
 * million, a part of a length of time, places and generations counted like people, the dead and wounded told by
 * other words, measures a judge imposes, and a group the text names again by its figure. Sentences written for
 * these tests, in Spanish, Portuguese and English, with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(precision21, .init = setup, .fini = teardown);

/* "half a million": the fraction is part of the figure, which "million" alone read as 1,000,000. */
Test(precision21, half_a_million_is_five_hundred_thousand)
{
    expect_event("Más de medio millón de personas fueron detenidas tras el golpe.", "es", 500000, DET);
    expect_event("Mais de meio milhão de pessoas foram detidas depois do golpe.", "pt", 500000, DET);
    expect_event("More than half a million people were detained after the coup.", "en", 500000, DET);
    expect_event("More than half a million people were detained after the coup.", "en", 1000000, NONE);
    expect_event("Un millón y medio de personas fueron detenidas en diez años.", "es", 1500000, DET);
    expect_event("Um milhão e meio de pessoas foram detidas em dez anos.", "pt", 1500000, DET);
    expect_event("A million and a half people were detained over ten years.", "en", 1500000, DET);
    /* distractor: a whole million */
    expect_event("Un millón de personas fueron detenidas en diez años.", "es", 1000000, DET);
}

/* "15 of the past 21 years": a part of a length of time is a length of time. */
Test(precision21, a_part_of_a_length_of_time_counts_no_one)
{
    expect_event("Pasó 12 de los últimos 20 años en prisión.", "es", 12, NONE);
    expect_event("Passou 12 dos últimos 20 anos na prisão.", "pt", 12, NONE);
    expect_event("She spent 12 of the past 20 years in prison.", "en", 12, NONE);
    /* distractors: a part of a group of people */
    expect_event("Doce de los 20 presos fueron liberados.", "es", 12, REL);
    expect_event("Twelve of the 20 prisoners were released.", "en", 12, REL);
}

/* Places in a prison and generations of people are counted like things. */
Test(precision21, places_and_generations_are_units)
{
    expect_event("Hay unas 900 plazas libres en las cárceles del país.", "es", 900, NONE);
    expect_event("Há cerca de 900 vagas livres nas cadeias do país.", "pt", 900, NONE);
    expect_event("There are about 900 places free in the country's jails.", "en", 900, NONE);
    expect_event("Su liberación borra dos generaciones de presos del registro.", "es", 2, NONE);
    expect_event("A libertação apaga duas gerações de presos do registo.", "pt", 2, NONE);
    expect_event("His release erased two generations of prisoners from the record.", "en", 2, NONE);
    /* distractors: the people in those prisons */
    expect_event("Hay unos 900 presos en las cárceles del país.", "es", 900, HELD);
    expect_event("Há cerca de 900 presos nas cadeias do país.", "pt", 900, HELD);
}

/* The dead told by a compound tense or by "abatidos", "gunned down", and the wounded counted after "there are". */
Test(precision21, the_dead_and_the_wounded_are_counted_for_that)
{
    expect_event("El grupo asegura haber ejecutado a 30 rehenes.", "es", 30, NONE);
    expect_event("O grupo afirma ter executado 30 reféns.", "pt", 30, NONE);
    expect_event("The group says 30 hostages were gunned down.", "en", 30, NONE);
    expect_event("Entre los rescatados hay 12 heridos.", "es", 12, NONE);
    expect_event("Entre os resgatados há 12 feridos.", "pt", 12, NONE);
    expect_event("Among those rescued there were 12 injured.", "en", 12, NONE);
    /* distractors: a part of the people rescued, and fugitives caught again by a verb before them */
    expect_event("Entre los rescatados hay 12 niños.", "es", 12, REL);
    expect_event("Entre os resgatados há 12 crianças.", "pt", 12, REL);
    expect_event("A polícia recapturou 28 foragidos na madrugada.", "pt", 28, DET);
}

/* "15 medidas cautelares" counts measures; the people they are imposed on are counted elsewhere. */
Test(precision21, measures_a_judge_imposes_count_no_one)
{
    expect_event("A operação cumpriu quatro mandados de prisão e 15 medidas cautelares.", "pt", 15, NONE);
    expect_event("La operación ejecutó cuatro órdenes de captura y 15 medidas cautelares.", "es", 15, NONE);
    /* distractors: the warrants, and the people the measures free */
    expect_event("A operação cumpriu quatro mandados de prisão e 15 medidas cautelares.", "pt", 4, DET);
    expect_event("O juiz aplicou medidas cautelares a 15 investigados.", "pt", 15, REL);
    expect_event("El juez dictó medidas cautelares para 15 imputados.", "es", 15, REL);
}

/* A figure written as a group already known ("los 40 presos"), said again by the newsroom sentences after a source
 * gave it, is one claim: the source's. */
Test(precision21, a_group_named_again_by_its_figure_is_one_claim)
{
    const char *es = "Según Amnistía Internacional, la policía liberó el martes a 40 presos en Managua.\n\nEl obispo celebró la noticia en "
                     "la catedral.\n\nLas familias esperaron toda la tarde frente al penal.\n\nLos 40 presos llegaron a sus "
                     "casas por la noche.\n";
    const char *pt = "Segundo a Cenidh, a polícia libertou na terça-feira 40 presos em Manágua.\n\nO bispo celebrou a notícia "
                     "na catedral.\n\nAs famílias esperaram toda a tarde em frente à prisão.\n\nOs 40 presos foram libertados "
                     "ao fim da tarde.\n";
    const char *en = "According to Cenidh, police freed 40 prisoners in Managua on Tuesday.\n\nThe bishop welcomed the news at "
                     "the cathedral.\n\nFamilies waited all afternoon outside the jail.\n\nThe 40 prisoners were freed in the "
                     "evening.\n";
    cr_expect_eq(count_claims(es, "es", EXTRACT_EVENT_RELEASE, 40), 1, "es: the group named again");
    cr_expect_eq(count_claims(pt, "pt", EXTRACT_EVENT_RELEASE, 40), 1, "pt: the group named again");
    cr_expect_eq(count_claims(en, "en", EXTRACT_EVENT_RELEASE, 40), 1, "en: the group named again");
    expect_claimant(es, "es", EXTRACT_EVENT_RELEASE, 40, "Amnistía Internacional", EXTRACT_KIND_ORGANIZATION);
    /* distractors: another group ("los otros 40", "outros 40") and another speaker who gives the figure again */
    const char *es_other = "Según Amnistía Internacional, la policía liberó el martes a 40 presos en Managua.\n\nEl obispo celebró la "
                           "noticia en la catedral.\n\nLas familias esperaron toda la tarde frente al penal.\n\nLos otros 40 "
                           "presos fueron liberados por la noche.\n";
    const char *pt_other = "Segundo a Cenidh, a polícia libertou na terça-feira 40 presos em Manágua.\n\nO bispo celebrou a "
                           "notícia na catedral.\n\nAs famílias esperaram toda a tarde em frente à prisão.\n\nOutros 40 presos "
                           "foram libertados ao fim da tarde.\n";
    const char *en_speaker = "According to Cenidh, police freed 40 prisoners in Managua on Tuesday.\n\nThe bishop welcomed the "
                             "news at the cathedral.\n\nFamilies waited all afternoon outside the jail.\n\nThe government said "
                             "the 40 prisoners were freed in the evening.\n";
    cr_expect_eq(count_claims(es_other, "es", EXTRACT_EVENT_RELEASE, 40), 2, "es: another group of 40");
    cr_expect_eq(count_claims(pt_other, "pt", EXTRACT_EVENT_RELEASE, 40), 2, "pt: another group of 40");
    cr_expect_eq(count_claims(en_speaker, "en", EXTRACT_EVENT_RELEASE, 40), 2, "en: another speaker's claim");
}

/* "Most of the 300 were released": the verb tells of a part the text does not count; the figure is the whole. */
Test(precision21, the_whole_after_a_word_for_its_part_takes_not_the_verb_of_the_part)
{
    expect_event("La mayoría de los 300 detenidos fueron liberados el martes.", "es", 300, NONE);
    expect_event("A maioria dos 300 detidos foi libertada na terça-feira.", "pt", 300, NONE);
    expect_event("Most of the 300 detainees were released on Tuesday.", "en", 300, NONE);
    /* distractors: a part counted by a figure, and "most of them" after the count */
    expect_event("Tres de los 40 presos fueron liberados.", "es", 3, REL);
    expect_event("Police arrested 300 protesters on Monday and released most of them later.", "en", 300, DET);
}
