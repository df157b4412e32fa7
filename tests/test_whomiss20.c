/* test_whomiss20.c - figures that got no claimant (twentieth session): a second group coordinated after the first
 * in a demand is asked for by the same group; spokespeople of state bodies the rules do not name, unnamed diplomats,
 * references (the officer, the federation), where a figure comes from, the Home Office. Sentences written for these
 * tests, in Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(whomiss20, .init = setup, .fini = teardown);

#define ORG EXTRACT_KIND_ORGANIZATION

/* "exigía la excarcelación de doce presos … y de tres periodistas presos": the second group is asked for too. */
Test(whomiss20, a_second_group_in_a_demand_is_asked_for_by_the_same_group)
{
    expect_claimant("La Liga Campesina Norte exigía la excarcelación de doce presos de la cárcel de Tacna y de tres "
                    "periodistas presos en Lima, además de un rescate.", "es", EXTRACT_EVENT_HELD, 3,
                    "Liga Campesina Norte", ORG);
    expect_claimant("A Liga Camponesa Norte exigia a libertação de doze presos da cadeia de Tacna e de três "
                    "jornalistas presos em Lima, além de um resgate.", "pt", EXTRACT_EVENT_HELD, 3,
                    "Liga Camponesa Norte", ORG);
    expect_claimant("The Northern Peasant League demanded the release of twelve prisoners from Tacna jail and of three "
                    "reporters held in Lima, as well as a ransom.", "en", EXTRACT_EVENT_HELD, 3,
                    "Northern Peasant League", ORG);
    /* distractors: the first group keeps its demander; a count after a colon, or after a reporting verb of
     * someone else, is not asked for */
    expect_claimant("La Liga Campesina Norte exigía la excarcelación de doce presos de la cárcel de Tacna y de tres "
                    "periodistas presos en Lima, además de un rescate.", "es", EXTRACT_EVENT_HELD, 12,
                    "Liga Campesina Norte", ORG);
    expect_claimant("La Liga Campesina Norte exigía la excarcelación de doce presos; en la cárcel de Tacna siguen "
                    "presos otros tres periodistas.", "es", EXTRACT_EVENT_HELD, 3, NULL, ORG);
}

/* "un portavoz de la cárcel", "um porta-voz da chancelaria", "a spokesman for the embassy": who speaks for a state
 * body the rules do not name is the claimant by that description (government), as "portavoz del Ministerio" was;
 * a spokesperson of the protesters speaks for no body (unknown). */
Test(whomiss20, a_spokesperson_for_an_unnamed_state_body)
{
    expect_claimant("Un portavoz de la cárcel provincial confirmó a este diario que 35 de los reclusos quedaron en "
                    "libertad.", "es", EXTRACT_EVENT_RELEASE, 35, "portavoz de la cárcel provincial", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Um porta-voz da embaixada disse que 35 dos turistas detidos foram libertados ontem.", "pt",
                    EXTRACT_EVENT_RELEASE, 35, "porta-voz da embaixada", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("A spokesman for the British embassy said 35 of the tourists had been released.", "en",
                    EXTRACT_EVENT_RELEASE, 35, "spokesman for the British embassy", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Un portavoz de los manifestantes aseguró que más de 60 personas fueron detenidas.", "es",
                    EXTRACT_EVENT_DETENTION, 60, "portavoz de los manifestantes", EXTRACT_KIND_UNKNOWN);
    /* distractor: a spokesperson named in apposition is that person */
    expect_claimant("Un portavoz de la embajada, Pedro Salcedo, dijo que 35 turistas fueron liberados.", "es",
                    EXTRACT_EVENT_RELEASE, 35, "Pedro Salcedo", EXTRACT_KIND_PERSON);
}

/* "Western diplomats", "diplomatas ocidentais": unnamed diplomats speak in their own words (unknown, as the gold
 * has them); "el oficial", "the officer", "the federation" point back to whoever the text named. */
Test(whomiss20, unnamed_diplomats_and_references)
{
    expect_claimant("Diplomáticos occidentales calculan que 2.000 extranjeros siguen retenidos.", "es",
                    EXTRACT_EVENT_HELD, 2000, "Diplomáticos occidentales", EXTRACT_KIND_UNKNOWN);
    expect_claimant("Western diplomats estimate that 2,000 foreigners are still being held.", "en",
                    EXTRACT_EVENT_HELD, 2000, "Western diplomats", EXTRACT_KIND_UNKNOWN);
    expect_claimant("Diplomatas ocidentais calculam que 2.000 estrangeiros continuam retidos.", "pt",
                    EXTRACT_EVENT_HELD, 2000, "Diplomatas ocidentais", EXTRACT_KIND_UNKNOWN);
    expect_claimant("El coronel Mario Quintana habló en la base. El oficial añadió que 300 personas fueron detenidas.",
                    "es", EXTRACT_EVENT_DETENTION, 300, "Mario Quintana", EXTRACT_KIND_PERSON);
    expect_claimant("Colonel Mario Quintana spoke at the base. The officer added that 300 people had been arrested.",
                    "en", EXTRACT_EVENT_DETENTION, 300, "Mario Quintana", EXTRACT_KIND_PERSON);
    expect_claimant("The Lima Federation of Students called a march. The student federation says 80 people were "
                    "arrested.", "en", EXTRACT_EVENT_DETENTION, 80, "Lima Federation of Students",
                    EXTRACT_KIND_ORGANIZATION);
    /* distractor: the figure stated by the text keeps no claimant */
    expect_claimant("The officer's car was parked outside when 300 people were arrested.", "en",
                    EXTRACT_EVENT_DETENTION, 300, NULL, EXTRACT_KIND_UNKNOWN);
}

/* Source phrases: "the figure comes from X", "la cifra procede de X", "o número vem de X"; "falou à época em N" with a
 * time adjunct before its preposition; the Home Office and the Foreign Office are state bodies. */
Test(whomiss20, source_phrases_and_state_bodies)
{
    expect_claimant("La cifra más repetida procede de la Liga Campesina Norte: 420 presos políticos siguen en las "
                    "cárceles.", "es", EXTRACT_EVENT_HELD, 420, "Liga Campesina Norte", ORG);
    expect_claimant("O número mais repetido vem da Liga Camponesa Norte: 420 presos políticos continuam nas cadeias.",
                    "pt", EXTRACT_EVENT_HELD, 420, "Liga Camponesa Norte", ORG);
    expect_claimant("The most repeated figure comes from the Northern Peasant League: 420 political prisoners remain "
                    "in jail.", "en", EXTRACT_EVENT_HELD, 420, "Northern Peasant League", ORG);
    expect_claimant("Parte da imprensa internacional falou à época em 420 libertados.", "pt", EXTRACT_EVENT_RELEASE,
                    420, "Parte da imprensa internacional", EXTRACT_KIND_MEDIA);
    expect_claimant("Home Office figures published on Monday show that 420 people were arrested under the act.", "en",
                    EXTRACT_EVENT_DETENTION, 420, "Home Office", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O Foreign Office estimou que 420 cidadãos britânicos continuam retidos.", "pt",
                    EXTRACT_EVENT_HELD, 420, "Foreign Office", EXTRACT_KIND_GOVERNMENT);
    /* distractors: prisoners coming from somewhere give no source; an idiom of time is no source */
    expect_claimant("The number of prisoners came from three jails: 420 were held in the stadium.", "en",
                    EXTRACT_EVENT_DETENTION, 420, NULL, ORG);
}
