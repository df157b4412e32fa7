/* test_figures_fourteenth.c - which event a figure has (fourteenth session, figures): "released" meaning made public,
 * demands named by a noun, and swaps one side only wants. Sentences written for these tests, in Spanish, Portuguese
 * and English, with distractors that must keep their event. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(figures_fourteenth, .init = setup, .fini = teardown);

/* A document "released" was made public: the figures around it were not freed. */
Test(figures_fourteenth, released_means_made_public)
{
    expect_event("El colectivo registra hoy 88 presos políticos, frente a 70 en la lista que liberó en febrero.", "es", 70, HELD);
    expect_event("La fiscalía liberó el video de los 14 detenidos durante la marcha.", "es", 14, DET);
    expect_event("O coletivo contava 70 presos políticos na lista que liberou em fevereiro.", "pt", 70, HELD);
    expect_event("A procuradoria liberou as imagens dos 14 detidos durante a marcha.", "pt", 14, DET);
    expect_event("The collective now lists 88 political prisoners, up from 70 on the list it released in February.", "en", 70, HELD);
    expect_event("The prosecutors released the names of 14 protesters detained during the march.", "en", 14, DET);
    /* distractors: people released */
    expect_event("La fiscalía liberó a 14 detenidos durante la marcha.", "es", 14, REL);
    expect_event("A procuradoria libertou 14 detidos durante a marcha.", "pt", 14, REL);
    expect_event("The prosecutors released 14 protesters detained during the march.", "en", 14, REL);
}

/* A demand for their release, named by a noun ("the main demand was the release of"), says they are held now. */
Test(figures_fourteenth, a_demand_named_by_a_noun)
{
    expect_event("La condición del grupo armado era la excarcelación de unos 250 combatientes encarcelados.", "es", 250, HELD);
    expect_event("La principal reivindicación de las familias es la liberación de 36 pescadores.", "es", 36, HELD);
    expect_event("A condição do grupo armado era a libertação de cerca de 250 combatentes encarcerados.", "pt", 250, HELD);
    expect_event("O pedido de libertação de 36 pescadores foi rejeitado pelo tribunal.", "pt", 36, HELD);
    expect_event("The armed group's condition was the release of about 250 jailed fighters.", "en", 250, HELD);
    expect_event("The families requested the release of 36 fishermen held at sea.", "en", 36, HELD);
    /* distractors: a release granted, not asked for */
    expect_event("Tras la negociación, el gobierno excarceló a unos 250 combatientes.", "es", 250, REL);
    expect_event("Depois da negociação, o governo libertou cerca de 250 combatentes.", "pt", 250, REL);
    expect_event("After the talks the government released about 250 fighters.", "en", 250, REL);
}

/* Wanting to swap someone for one's own people: those still to be had in exchange are held now. */
Test(figures_fourteenth, a_swap_one_side_wants)
{
    expect_event("Los secuestradores querían intercambiar a los turistas por 120 de sus compañeros presos, un canje que el gobierno rechazó.", "es", 120, HELD);
    expect_event("Os sequestradores queriam trocar os turistas por 120 dos seus companheiros presos, uma troca que o governo recusou.", "pt", 120, HELD);
    expect_event("The kidnappers wanted to swap the tourists for 120 of their jailed comrades, which the government refused.", "en", 120, HELD);
    /* distractors: a swap that happened */
    expect_event("Los secuestradores intercambiaron a los turistas por 120 presos.", "es", 120, REL);
    expect_event("Os sequestradores trocaram os turistas por 120 presos.", "pt", 120, REL);
    expect_event("The kidnappers swapped the tourists for 120 prisoners.", "en", 120, REL);
}

/* The age of the youngest or oldest of a group is no count of people. */
Test(figures_fourteenth, the_age_of_the_youngest_or_oldest)
{
    expect_event("Los 25 migrantes detenidos en la obra fueron liberados el viernes, el más joven de ellos de 15.", "es", 15, NONE);
    expect_event("Quedaron en libertad 40 presos; el mayor de los liberados tenía 83.", "es", 83, NONE);
    expect_event("Os 25 migrantes detidos na obra foram libertados na sexta-feira, o mais novo deles com 15.", "pt", 15, NONE);
    expect_event("Saíram em liberdade 40 presos; o mais velho dos libertados tinha 83.", "pt", 83, NONE);
    expect_event("The 25 migrants detained at the site were released on Friday, the youngest of them 15.", "en", 15, NONE);
    expect_event("Forty prisoners walked free; the oldest prisoner freed was 83.", "en", 83, NONE);
    /* distractors: the group itself, and a figure after "of the" */
    expect_event("Los 25 migrantes detenidos en la obra fueron liberados el viernes, el más joven de ellos de 15.", "es", 25, REL);
    expect_event("Os 25 migrantes detidos na obra foram libertados na sexta-feira, o mais novo deles com 15.", "pt", 25, REL);
    expect_event("The 25 migrants detained at the site were released on Friday, the youngest of them 15.", "en", 25, REL);
    expect_event("The oldest of the 30 prisoners was freed on Monday.", "en", 30, REL);
}

/* "estaban allí detenidos 40 hombres": a verb of being with an adverb before the participle still says a state. */
Test(figures_fourteenth, a_state_with_an_adverb_before_the_participle)
{
    expect_event("Al cierre del año estaban allí detenidos 37 hombres sin cargos.", "es", 37, HELD);
    expect_event("No fim do ano estavam ali detidos 37 homens sem acusação.", "pt", 37, HELD);
    expect_event("At the end of the year 37 men were then held there without charge.", "en", 37, HELD);
    /* distractors: people arrested */
    expect_event("Al cierre del año fueron detenidos allí 37 hombres.", "es", 37, DET);
    expect_event("No fim do ano foram detidos ali 37 homens.", "pt", 37, DET);
    expect_event("At the end of the year 37 men were arrested there.", "en", 37, DET);
}
