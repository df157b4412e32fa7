/* test_recall27.c - figures the start binary never took (twenty-seventh session, recall, issue #3): a verb of handing
 * people over in a swap in the forms events.pat did not read (future, conditional, infinitive after a modal or "to",
 * "poner en manos de", "pôr nas mãos de"), coming back from captivity in the compound tenses, and people taken away
 * into captivity told in the passive (patterns/{es,pt,en}/recall27.pat). Sentences written for these tests, in
 * Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include "claims_support.h"

TestSuite(recall27, .init = setup, .fini = teardown);

/* "Moscow will hand over 23 Ukrainian soldiers", "entregaría además a otros 22 militares" */
Test(recall27, handing_over_in_the_future_or_conditional)
{
    expect_event("Tras la llamada, el Gobierno armenio entregará a 14 soldados azerbaiyanos en la frontera.", "es", 14, REL);
    expect_event("Según el mediador, la milicia entregaría también a otros 9 marineros filipinos esta semana.", "es", 9, REL);
    expect_event("O mediador disse que a milícia entregaria ainda 9 marinheiros filipinos esta semana.", "pt", 9, REL);
    expect_event("Segundo o acordo, o governo arménio vai entregar 14 soldados azerbaijanos na fronteira.", "pt", 14, REL);
    expect_event("Under the deal, the Armenian government will hand over 14 Azerbaijani soldiers at the border.", "en", 14,
                 REL);
    expect_event("The mediator said the militia would also hand 9 Filipino sailors back to Manila this week.", "en", 9, REL);
    /* distractors: what is handed over is no one (names, weapons), or the people are who receive a thing */
    expect_event("La comisión entregará una lista de 14 nombres al juez.", "es", 14, NONE);
    expect_event("El ministro entregaría a 14 periodistas el borrador del acuerdo.", "es", 14, NONE);
    expect_event("A milícia vai entregar 14 espingardas ao exército.", "pt", 14, NONE);
    expect_event("The militia will hand over 14 rifles to the army.", "en", 14, NONE);
}

/* "Moscú pondría en manos de Kiev a 23 soldados", "poria nas mãos de Kiev 23 soldados" */
Test(recall27, putting_people_into_the_other_side_s_hands)
{
    expect_event("El Kremlin anunció que pondrá en manos de Ereván a 17 prisioneros armenios.", "es", 17, REL);
    expect_event("O Kremlin anunciou que porá nas mãos de Erevan 17 prisioneiros arménios.", "pt", 17, REL);
    /* distractors: into the hands of the courts is prosecution, not a release */
    expect_event("La policía puso en manos de la justicia a 17 detenidos por los saqueos.", "es", 17, DET);
    expect_event("A polícia pôs nas mãos da justiça 17 detidos pelos saques.", "pt", 17, DET);
}

/* "han vuelto del cautiverio", "tinham regressado do cativeiro", "had come back from captivity" */
Test(recall27, back_from_captivity_in_compound_tenses)
{
    expect_event("Desde la primavera, unos 640 marineros han regresado del cautiverio en Somalia.", "es", 640, REL);
    expect_event("Desde a primavera, cerca de 640 marinheiros tinham regressado do cativeiro na Somália.", "pt", 640, REL);
    expect_event("Since the spring, some 640 sailors have come back from captivity in Somalia.", "en", 640, REL);
    /* distractors: back from somewhere that is no captivity */
    expect_event("Desde la primavera, unos 640 marineros han regresado del viaje a Somalia.", "es", 640, NONE);
    expect_event("Desde a primavera, cerca de 640 marinheiros tinham regressado da viagem à Somália.", "pt", 640, NONE);
    expect_event("Since the spring, some 640 sailors have come back from leave in Somalia.", "en", 640, NONE);
}

/* "251 people were taken into Gaza", "fueron llevadas a Gaza como rehenes", "foram levadas para Gaza como reféns" */
Test(recall27, taken_away_into_captivity_in_the_passive)
{
    expect_event("Durante el asalto, unas 85 personas fueron llevadas a Mosul como rehenes.", "es", 85, DET);
    expect_event("Durante o assalto, cerca de 85 pessoas foram levadas para Mossul como reféns.", "pt", 85, DET);
    expect_event("During the raid, some 85 people were carried off into the mountains.", "en", 85, DET);
    /* distractors: taken to hospital or moved somewhere that is no captivity */
    expect_event("Durante el asalto, unas 85 personas fueron llevadas al hospital de Mosul.", "es", 85, NONE);
    expect_event("Durante o assalto, cerca de 85 pessoas foram levadas para o hospital de Mossul.", "pt", 85, NONE);
    expect_event("During the raid, some 85 people were taken to the hospital in Mosul.", "en", 85, NONE);
}
