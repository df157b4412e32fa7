/* test_held25.c - counts of people held that were not taken (twenty-fifth session, "held25"): a verdict sending
 * people to prison in the compound past or as a noun ("diz ter condenado 297 à prisão", "la condena de 127 vecinos a
 * penas de prisión", "the sentencing of 127 residents to prison terms"), a prison population set at a figure by a
 * verb of estimating ("cifró en 57.337 la población reclusa", "put the prison population at about 11,000"), a
 * figure phrase whose people noun carries the participle of being held ("the number of men held rose to 270", "el
 * número de hombres encarcelados subió a 270"), a noun of the held that keeps its event past a semicolon, and people
 * in a place of custody named with a possessive ("in the country's prisons", "están todavía en las cárceles del
 * régimen"). Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep
 * their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(held25, .init = setup, .fini = teardown);

/* A verdict to a prison term in the compound past or as a noun counts people held; to a fine or death, no one. */
Test(held25, sentenced_to_prison)
{
    expect_event("O tribunal provincial diz ter condenado 84 à prisão pelos distúrbios de março.", "pt", 84, HELD);
    expect_event("Na véspera, o juiz já tinha condenado 31 grevistas a penas de prisão efetiva.", "pt", 31, HELD);
    expect_event("A ordem dos advogados criticou a condenação de 56 camponeses da região a penas de prisão.", "pt",
                 56, HELD);
    expect_event("La fiscalía asegura haber condenado a 84 a prisión por los disturbios de marzo.", "es", 84, HELD);
    expect_event("La víspera, el juez ya había condenado a 31 huelguistas a penas de cárcel.", "es", 31, HELD);
    expect_event("El colegio de abogados criticó la condena de 56 campesinos de la región a penas de prisión.", "es",
                 56, HELD);
    expect_event("The bar association criticised the sentencing of 56 farmers from the region to prison terms.",
                 "en", 56, HELD);
    expect_event("Lawyers protested at the jailing of 31 strikers for five years each.", "en", 31, HELD);
    /* distractors: a fine, death, an arrest in the compound past, a verdict with no figure */
    expect_event("O juiz já tinha condenado 31 grevistas a penas de multa.", "pt", 31, NONE);
    expect_event("A condenação de 12 militares à morte chocou o país.", "pt", 12, NONE);
    expect_event("La fiscalía asegura haber condenado a 12 acusados a penas de multa.", "es", 12, NONE);
    expect_event("The sentencing of 12 officers to community service angered the families.", "en", 12, NONE);
    expect_event("A polícia diz ter detido 84 pessoas durante os distúrbios.", "pt", 84, DET);
}

/* A prison population set at a figure by a verb of estimating is the people held. */
Test(held25, population_set_at_a_figure)
{
    expect_event("El diario oficial cifró en 42.310 la población reclusa de la isla.", "es", 42310, HELD);
    expect_event("El instituto situó la población penitenciaria en unas 42.310 personas.", "es", 42310, HELD);
    expect_event("O jornal oficial estimou em 42.310 a população prisional da ilha.", "pt", 42310, HELD);
    expect_event("O instituto calculava a população carcerária em cerca de 42.310 pessoas.", "pt", 42310, HELD);
    expect_event("Officials put the prison population at about 42,310 last year.", "en", 42310, HELD);
    expect_event("The institute estimated the number of inmates in the state at 42,310.", "en", 42310, HELD);
    /* distractors: a population of a town, a population not of prisoners */
    expect_event("El diario oficial cifró en 42.310 la población de la isla.", "es", 42310, NONE);
    expect_event("O jornal estimou em 42.310 a população da ilha.", "pt", 42310, NONE);
    expect_event("Officials put the town's population at about 42,310.", "en", 42310, NONE);
}

/* "The number of men held rose to 270": the participle after the people noun inside the figure phrase. */
Test(held25, number_of_people_held)
{
    expect_event("By Thursday the number of miners held had risen to 314, the union said.", "en", 314, HELD);
    expect_event("El jueves, el número de mineros encarcelados subió a 314, según el sindicato.", "es", 314, HELD);
    expect_event("El jueves, la cifra de personas retenidas llegó a 314, según el sindicato.", "es", 314, HELD);
    /* pt already read this (pt.subject.figure takes any people noun and one word after it): kept as the same
     * sentence in the third language */
    expect_event("Na quinta-feira, o número de mineiros presos subiu para 314, segundo o sindicato.", "pt", 314,
                 HELD);
    /* distractors: the verb of a meeting, a participle of no event of ours */
    expect_event("By Thursday the number of miners held a vote on the strike, with 314 in favour.", "en", 314, NONE);
    expect_event("El jueves, el número de mineros fallecidos subió a 314, según el sindicato.", "es", 314, NONE);
}

/* A noun of the held keeps its event against a release word past a semicolon (claims.c, the nearest trigger). */
Test(held25, held_noun_past_a_semicolon)
{
    expect_event("En 2015, la prensa oficial contó 41.200 presos en la isla; si la cifra siguiera vigente, los "
                 "indultados serían apenas el 3% del total.",
                 "es", 41200, HELD);
    expect_event("Em 2015, a imprensa oficial contou 41.200 presos na ilha; se o número se mantivesse, os "
                 "indultados seriam só 3% do total.",
                 "pt", 41200, HELD);
    expect_event("In 2015 the official press counted 41,200 prisoners on the island; if that figure still stood, "
                 "those pardoned would be only 3% of the total.",
                 "en", 41200, HELD);
    /* distractor: the release word in the same clause still governs */
    expect_event("El Gobierno liberó a 41.200 presos en la isla, según la prensa oficial.", "es", 41200, REL);
}

/* People in a place of custody named with an article or a possessive are held ("en las cárceles del régimen",
 * "in the country's prisons"); pt read it already ("nas prisões do regime", pt.held.verb). */
Test(held25, in_whose_prisons)
{
    expect_event("Según la ONG, unos 412 están todavía en las cárceles del régimen.", "es", 412, HELD);
    expect_event("La ONG denuncia que más de 4.120 opositores en las cárceles de la junta carecen de abogado.", "es",
                 4120, HELD);
    expect_event("According to the group, about 412 are still in the regime's prisons.", "en", 412, HELD);
    expect_event("The group says more than 4,120 opponents in the junta's jails have no lawyer.", "en", 4120, HELD);
    expect_event("Segundo a ONG, cerca de 412 estão ainda nas prisões do regime.", "pt", 412, HELD);
    /* distractors: an arrest participle keeps its word, riots in prisons count no one held */
    expect_event("La policía informó de 412 detenidos en las cárceles de la capital tras el motín.", "es", 412,
                 DET);
    expect_event("Riots broke out on Monday in the country's prisons, and 14 guards were hurt.", "en", 14, NONE);
    expect_event("Estallaron motines en las cárceles del país y 14 guardias resultaron heridos.", "es", 14, NONE);
}
