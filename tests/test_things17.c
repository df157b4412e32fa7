/* test_things17.c - things counted past words between the figure and the thing (seventeenth session, precision):
 * "close to 10 million ballot papers", "three Ukrainian navy vessels", "8 bilhões de dólares" count things, not
 * people, whatever verb governs the figure. Sentences written for these tests, in Spanish, Portuguese and
 * English, with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(things17, .init = setup, .fini = teardown);

/* A scale between the figure and the thing. */
Test(things17, a_scale_before_a_thing_counts_things)
{
    expect_event("La policía requisó cerca de diez millones de papeletas en un almacén de Girona.", "es", 10000000, NONE);
    expect_event("A polícia apreendeu cerca de dez milhões de boletins de voto num armazém.", "pt", 10000000, NONE);
    expect_event("Police seized close to 10 million ballot papers at a warehouse near Girona.", "en", 10000000, NONE);
    /* billions are a scale too: money is no count of people */
    expect_event("Washington aceitou liberar cerca de 8 bilhões de dólares em bens congelados.", "pt", 8, NONE);
    expect_event("Washington agreed to release about 8 billion dollars in frozen assets.", "en", 8, NONE);
    /* distractors: people counted with a scale keep their claim */
    expect_event("La ONG calcula que 1,2 millones de personas fueron detenidas en la década.", "es", 1200000, DET);
    expect_event("A ONG calcula que 1,2 milhão de pessoas foram detidas na década.", "pt", 1200000, DET);
    expect_event("The group estimates that 1.2 million people were detained over the decade.", "en", 1200000, DET);
}

/* Words naming the thing's kind or owner between the figure and the thing. */
Test(things17, words_of_kind_before_a_thing_count_things)
{
    expect_event("Los guardacostas capturaron tres pequeñas embarcaciones frente a Crimea.", "es", 3, NONE);
    expect_event("A guarda costeira apreendeu três pequenas embarcações ao largo da Crimeia.", "pt", 3, NONE);
    expect_event("The coast guard seized three Ukrainian navy vessels off Crimea.", "en", 3, NONE);
    /* distractors: the people on board, and people held somewhere counted */
    expect_event("Los guardacostas detuvieron a 24 marineros ucranianos frente a Crimea.", "es", 24, DET);
    expect_event("A guarda costeira deteve 24 marinheiros ucranianos ao largo da Crimeia.", "pt", 24, DET);
    expect_event("The coast guard detained 24 Ukrainian sailors off Crimea.", "en", 24, DET);
    expect_event("Otros 40 manifestantes siguen presos en tres cárceles de la capital.", "es", 40, HELD);
    expect_event("Outros 40 manifestantes continuam presos em três prisões da capital.", "pt", 40, HELD);
    expect_event("Another 40 protesters are still held in three prisons in the capital.", "en", 40, HELD);
}
