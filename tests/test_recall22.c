/* test_recall22.c - figures not taken at all (twenty-second session, recall): hostages evacuated, a hostage-taking
 * with an adverb inside it, captors who hold people "inside", people "all free", people who leave a police station,
 * a prison named before its noun, and "elevó a N el número de arrestos". Sentences written for these tests, in
 * Spanish, Portuguese and English, with distractors that must keep their current output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(recall22, .init = setup, .fini = teardown);

/* Hostages evacuated from the seized place are out of their captors' hands: a release. */
Test(recall22, hostages_evacuated_are_released)
{
    expect_event("Al caer la tarde, unos 35 rehenes fueron evacuados por los bomberos.", "es", 35, REL);
    expect_event("Ao fim da tarde, uns 35 reféns foram retirados pelos bombeiros.", "pt", 35, REL);
    expect_event("By nightfall some 35 hostages had been evacuated by firefighters.", "en", 35, REL);
    /* distractors: evacuated residents were nobody's captives */
    expect_event("Al caer la tarde, unos 350 vecinos fueron evacuados por los bomberos.", "es", 350, NONE);
    expect_event("Ao fim da tarde, uns 350 moradores foram evacuados pelos bombeiros.", "pt", 350, NONE);
    expect_event("By nightfall some 350 residents had been evacuated by firefighters.", "en", 350, NONE);
}

/* "tomaron entonces como rehenes a 12 guardias", "retiene dentro a 14 pasajeros": an adverb inside the phrase. */
Test(recall22, an_adverb_inside_the_captors_phrase)
{
    expect_event("Los asaltantes tomaron entonces como rehenes a 12 guardias del penal.", "es", 12, DET);
    expect_event("El secuestrador retiene dentro a 14 turistas del tren.", "es", 14, HELD);
    /* distractor: a reference point, not captives */
    expect_event("Los asaltantes tomaron entonces como referencia a 12 guardias del penal.", "es", 12, NONE);
}

/* "estaban todos libres": the people are free again. */
Test(recall22, all_of_them_free)
{
    expect_event("Los ocho pescadores estaban todos libres el domingo.", "es", 8, REL);
    expect_event("Os oito pescadores estavam todos livres no domingo.", "pt", 8, REL);
    /* distractor: free of suspicion is no release */
    expect_event("Los ocho pescadores quedaron libres de toda sospecha.", "es", 8, NONE);
}

/* Leaving the police station after bail is a release. */
Test(recall22, leaving_the_police_station)
{
    expect_event("Os 17 manifestantes deixaram o distrito policial na madrugada.", "pt", 17, REL);
    expect_event("Los 17 manifestantes salieron de la estación de policía de madrugada.", "es", 17, REL);
    /* distractor: going to the police station is not leaving it */
    expect_event("Os 17 manifestantes foram ao distrito policial para apresentar queixa.", "pt", 17, NONE);
}

/* "remain in Black Beach prison": a prison named before its noun holds people, as "remain in prison" does. */
Test(recall22, a_prison_named_before_its_noun)
{
    expect_event("Rights groups say 23 activists remain in Red Hill Central prison.", "en", 23, HELD);
    expect_event("Rights groups say 23 activists are still at Kresty jail.", "en", 23, HELD);
    /* distractor: a university is no prison */
    expect_event("Rights groups say 23 activists remain at Oxford University.", "en", 23, NONE);
}

/* "elevó a 218 el número de arrestos": the event noun stated after the figure, as the total it counts. */
Test(recall22, the_figure_before_the_number_of_arrests)
{
    expect_event("La fiscalía elevó a 218 el número de arrestos tras los disturbios.", "es", 218, DET);
    expect_event("El ministerio elevó a 64 el número de excarcelaciones.", "es", 64, REL);
    expect_event("A procuradoria elevou para 218 o número de detenções após os distúrbios.", "pt", 218, DET);
    /* distractor: a number of deaths counts no one held */
    expect_event("La fiscalía elevó a 218 el número de muertos tras los disturbios.", "es", 218, NONE);
}

/* A figure the text gave, called baseless by another: a second speaker of it (claims.c keeps a claim per claimant). */
Test(recall22, a_figure_called_baseless_is_said_again)
{
    cr_expect_eq(count_claims("La policía informó el lunes de 640 detenidos en la capital. La organización dijo que "
                              "la cifra de 640 es infundada y habló de más de mil.",
                              "es", EXTRACT_EVENT_DETENTION, 640),
                 2);
    cr_expect_eq(count_claims("A polícia informou na segunda-feira que 640 pessoas foram detidas na capital. A "
                              "organização disse que o número de 640 é infundado e falou em mais de mil.",
                              "pt", EXTRACT_EVENT_DETENTION, 640),
                 2);
    cr_expect_eq(count_claims("Police said on Monday that 640 people had been detained in the capital. The group said "
                              "the figure of 640 was baseless and spoke of more than a thousand.",
                              "en", EXTRACT_EVENT_DETENTION, 640),
                 2);
    /* "the county's figure of 640": a figure named with its owner, called by a speaker */
    {
        extract_doc *d = run("Police said on Monday that 640 people had been detained. Ann Kirby, a lawyer for the "
                             "families, called the county's figure of 640 an undercount.",
                             "en");
        int found = 0;
        for (size_t i = 0; i < extract_doc_claim_count(d); i++) {
            const extract_claim *c = extract_doc_claim(d, i);
            found |= c->count == 640 && c->claimant.name && strcmp(c->claimant.name, "Ann Kirby") == 0;
        }
        cr_expect(found, "no claim of 640 by Ann Kirby");
        extract_doc_free(d);
    }
    cr_expect_eq(count_claims("Police said on Monday that 640 people had been detained. Lawyer Ann Kirby called the "
                              "county's figure of 640 an undercount.",
                              "en", EXTRACT_EVENT_DETENTION, 640),
                 2);
    /* distractor: the same figure repeated with no dispute adds no claim */
    cr_expect_eq(count_claims("Police said on Monday that 640 people had been detained in the capital. The figure of "
                              "640 was given at a press conference.",
                              "en", EXTRACT_EVENT_DETENTION, 640),
                 1);
}

/* Releases that rise to a figure, as arrests do: "las excarcelaciones ascienden a 300". */
Test(recall22, releases_rise_to_a_figure)
{
    expect_event("Según la ONG, las excarcelaciones ascienden ya a 310.", "es", 310, REL);
    expect_event("Segundo a ONG, as libertações já chegam a 310.", "pt", 310, REL);
    /* English read this already (en.subject.figure_passed) */
    expect_event("According to the group, releases have now passed 310.", "en", 310, REL);
    /* distractor: the arrests keep their event */
    expect_event("Según la ONG, las detenciones ascienden ya a 310.", "es", 310, DET);
}

/* "seguían anoche en la enfermería del penal": a part of the prison, said with the prison after it. */
Test(recall22, remaining_in_a_part_of_the_prison)
{
    expect_event("Los tres restantes seguían anoche en la enfermería del penal.", "es", 3, HELD);
    expect_event("Unos 12 jóvenes seguían el lunes en el patio de la prisión.", "es", 12, HELD);
    /* distractor: a file in the court's offices holds no one */
    expect_event("Los 12 expedientes siguen en las dependencias del juzgado.", "es", 12, NONE);
}

/* Charges called baseless say nothing of the count: the figure keeps its stance. */
Test(recall22, baseless_charges_leave_the_count_asserted)
{
    expect_stance("La ONG afirma que 12 periodistas siguen presos por delitos que considera infundados.", "es",
                  EXTRACT_EVENT_HELD, 12, EXTRACT_STANCE_ASSERTS);
    expect_stance("A ONG diz que 12 jornalistas continuam presos por crimes que considera infundados.", "pt",
                  EXTRACT_EVENT_HELD, 12, EXTRACT_STANCE_ASSERTS);
    expect_stance("The group says 12 reporters remain in prison on charges it calls baseless.", "en", EXTRACT_EVENT_HELD,
                  12, EXTRACT_STANCE_ASSERTS);
}
