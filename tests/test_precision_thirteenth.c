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

/* People under investigation, on trial or paid compensation went through none of our events, even after a word
 * saying they are there ("there are 40 suspects under investigation"). */
Test(precision_thirteenth, investigated_tried_or_paid)
{
    expect_event("La policía dijo que hay al menos 40 sospechosos bajo investigación tras los disturbios.", "es", 40, NONE);
    expect_event("Otros 120 activistas siguen respondiendo ante la justicia en la capital.", "es", 120, NONE);
    expect_event("A polícia disse que há pelo menos 40 suspeitos sob investigação depois dos distúrbios.", "pt", 40, NONE);
    expect_event("Outros 120 ativistas continuam a responder em tribunal na capital.", "pt", 120, NONE);
    expect_event("Police said there are at least 40 suspects under investigation after the riots.", "en", 40, NONE);
    expect_event("Under the law, about 60,000 people received payments from the state.", "en", 60000, NONE);
    /* distractors: people still held while they wait for trial, and people handed over */
    expect_event("Hay 40 sospechosos en prisión a la espera de juicio.", "es", 40, HELD);
    expect_event("Há 40 suspeitos na prisão à espera de julgamento.", "pt", 40, HELD);
    expect_event("There are 40 suspects in jail awaiting trial.", "en", 40, HELD);
    expect_event("Ukraine received 95 prisoners in the exchange.", "en", 95, REL);
}

/* What a swap gives in return is freed too, whatever its own noun or participle says. */
Test(precision_thirteenth, what_a_swap_gives_in_return)
{
    expect_event("El pacto prevé la liberación de 20 rehenes a cambio de unos 600 presos.", "es", 600, REL);
    expect_event("En 1990 el gobierno excarceló a 400 presos a cambio de dos pilotos capturados en la frontera.", "es", 2, REL);
    expect_event("O pacto prevê a libertação de 20 reféns a troco de cerca de 600 presos.", "pt", 600, REL);
    expect_event("In 1990 the government freed 400 prisoners in return for two pilots captured at the border.", "en", 2, REL);
    /* distractors: the other side of the swap, and a change that frees no one */
    expect_event("El pacto prevé la liberación de 20 rehenes a cambio de unos 600 presos.", "es", 20, REL);
    expect_event("Tras un cambio de gobierno, 30 opositores siguen presos.", "es", 30, HELD);
}

/* People yet to be freed are held now, whatever the release word inside the phrase says. */
Test(precision_thirteenth, yet_to_be_freed_is_held)
{
    expect_event("La ONG estima que quedan al menos 2.000 personas por liberar.", "es", 2000, HELD);
    expect_event("Hay todavía unas 300 personas pendientes de liberación.", "es", 300, HELD);
    expect_event("A ONG estima que há ainda pelo menos 2.000 pessoas por libertar.", "pt", 2000, HELD);
    expect_event("Há ainda cerca de 300 presos à espera de serem libertados.", "pt", 300, HELD);
    expect_event("Rights groups say at least 2,000 people are yet to be freed.", "en", 2000, HELD);
    /* distractors: people who in the end were freed, and a government that chose to free them */
    expect_event("Cerca de 4.000 acabaron por ser liberados bajo control judicial.", "es", 4000, REL);
    expect_event("Perto de 4.000 acabaram por ser libertados sob controlo judicial.", "pt", 4000, REL);
    expect_event("O governo acabou por libertar 40 presos.", "pt", 40, REL);
    expect_event("In the end some 4,000 were released under judicial control.", "en", 4000, REL);
}
