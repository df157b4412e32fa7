/* test_precision_thirteenth.c - figures the gold does not have (thirteenth session, precision): figures that count
 * events (protests, raids) and populations. Sentences written for these tests, in Spanish, Portuguese and English,
 * with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(precision_thirteenth, .init = setup, .fini = teardown);

/* A figure right before an event noun ("in 60 marches", "four large rallies") counts the events, not people. */
Test(precision_thirteenth, a_figure_that_counts_events)
{
    expect_event("La policía dijo que 512 personas fueron detenidas en más de 60 marchas celebradas en 30 ciudades.", "es", 60, NONE);
    expect_event("A polícia disse que 512 pessoas foram detidas em mais de 60 marchas realizadas em 30 cidades.", "pt", 60, NONE);
    expect_event("As detenções de hoje elevam o número de pessoas detidas nos quatro grandes protestos para 80.", "pt", 4, NONE);
    expect_event("Police said 512 people had been detained in more than 60 marches held in 30 cities.", "en", 60, NONE);
    expect_event("Today's arrests take the number of people detained at the four large rallies to 80.", "en", 4, NONE);
    /* distractors: the people counted in the same sentences, and protesters counted */
    expect_event("La policía dijo que 512 personas fueron detenidas en más de 60 marchas celebradas en 30 ciudades.", "es", 512, DET);
    expect_event("A polícia disse que 512 pessoas foram detidas em mais de 60 marchas realizadas em 30 cidades.", "pt", 512, DET);
    expect_event("Police said 512 people had been detained in more than 60 marches held in 30 cities.", "en", 512, DET);
    expect_event("Police arrested four protesters at the rally.", "en", 4, DET);
}

/* "A country of 60 million people": a population counts no one held or freed. */
Test(precision_thirteenth, a_population)
{
    expect_event("El indulto de 300 presos busca la reconciliación en un país de unos 60 millones de personas.", "es", 60000000, NONE);
    expect_event("O indulto de 300 presos procura a reconciliação num país de cerca de 60 milhões de pessoas.", "pt", 60000000, NONE);
    expect_event("The pardon of 300 prisoners aims at reconciliation in a country of some 60 million people.", "en", 60000000, NONE);
    /* distractors: the prisoners pardoned */
    expect_event("El indulto de 300 presos busca la reconciliación en un país de unos 60 millones de personas.", "es", 300, REL);
    expect_event("O indulto de 300 presos procura a reconciliação num país de cerca de 60 milhões de pessoas.", "pt", 300, REL);
    expect_event("The pardon of 300 prisoners aims at reconciliation in a country of some 60 million people.", "en", 300, REL);
}
