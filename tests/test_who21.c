/* test_who21.c - claimants (twenty-first session): the captors of hostages ("the hijackers", "el comando", "os
 * sequestradores") speak for the armed group named before them, never for an airline or another body named nearer;
 * a rank abbreviation ("Sgt.") does not end the sentence that names the speaker. Sentences written for these tests,
 * in Spanish, Portuguese and English, with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(who21, .init = setup, .fini = teardown);

#define ORG EXTRACT_KIND_ORGANIZATION

/* "el comando exigió la liberación de 14 presos": the armed group named before asks for them. */
Test(who21, captors_speak_for_the_armed_group_named_before)
{
    expect_claimant("Un comando del Frente Popular de Liberación tomó el avión el lunes en Atenas. Esa noche, el "
                    "comando exigió la liberación de 14 presos encarcelados en Grecia.",
                    "es", EXTRACT_EVENT_HELD, 14, "Frente Popular de Liberación", ORG);
    expect_claimant("Um comando da Frente Popular de Libertação desviou o avião na segunda-feira em Atenas. Nessa "
                    "noite, o comando exigiu a libertação de 14 presos detidos na Grécia.",
                    "pt", EXTRACT_EVENT_HELD, 14, "Frente Popular de Libertação", ORG);
    expect_claimant("The Popular Liberation Front seized a Boeing 707 over Cyprus on Monday. Later that night the "
                    "hijackers demanded the release of 14 prisoners held in Greece.",
                    "en", EXTRACT_EVENT_HELD, 14, "Popular Liberation Front", ORG);
}

/* An airline named before is no armed group: the captors stay unresolved rather than speaking for it, and a
 * description of captors is no claimant by itself. */
Test(who21, captors_never_speak_for_an_airline)
{
    expect_claimant("La aerolínea Olympic Airways informó de que el avión aterrizó en Beirut. Esa noche, los "
                    "secuestradores exigieron la liberación de 14 presos encarcelados en Grecia.",
                    "es", EXTRACT_EVENT_HELD, 14, NULL, ORG);
    expect_claimant("A companhia Olympic Airways informou que o avião aterrou em Beirute. Nessa noite, os "
                    "sequestradores exigiram a libertação de 14 presos detidos na Grécia.",
                    "pt", EXTRACT_EVENT_HELD, 14, NULL, ORG);
    expect_claimant("Olympic Airways said the plane landed in Beirut on Monday. Later that night the hijackers "
                    "demanded the release of 14 prisoners held in Greece.",
                    "en", EXTRACT_EVENT_HELD, 14, NULL, ORG);
    /* distractors: a group that names itself keeps its claim, a body reference keeps its own */
    expect_claimant("El Frente Popular de Liberación exigió la liberación de 14 presos encarcelados en Grecia.", "es",
                    EXTRACT_EVENT_HELD, 14, "Frente Popular de Liberación", ORG);
    expect_claimant("Amnesty International said the group had documented 40 arrests. According to the organisation, "
                    "12 people remain in custody.",
                    "en", EXTRACT_EVENT_HELD, 12, "Amnesty International", ORG);
}

/* "police spokesman Sgt. Tom Baker said": the rank's period ends no sentence, so the speaker after it is found. */
Test(who21, a_rank_abbreviation_ends_no_sentence)
{
    expect_claimant("By Thursday the total stood at 57 arrests, police spokesman Sgt. Tom Baker said.", "en",
                    EXTRACT_EVENT_DETENTION, 57, "Tom Baker", EXTRACT_KIND_PERSON);
    expect_claimant("By Thursday the total stood at 57 arrests, police spokesman Capt. Tom Baker said.", "en",
                    EXTRACT_EVENT_DETENTION, 57, "Tom Baker", EXTRACT_KIND_PERSON);
    /* distractor: a sentence that ends at an ordinary word still ends there */
    expect_claimant("Police said 57 people were arrested. Tom Baker, a lawyer, said 20 were released.", "en",
                    EXTRACT_EVENT_DETENTION, 57, "Police", EXTRACT_KIND_GOVERNMENT);
}

/* "segundo o balanço divulgado pela organização X": the description of the body after "pela" is part of the agent's
 * phrase, so the name after it is the source of a count before it. */
Test(who21, a_description_after_the_agent_keeps_the_source)
{
    expect_claimant("Cerca de 300 pessoas continuam presas, segundo o relatório anual divulgado pela organização "
                    "Prisoners Defenders.",
                    "pt", EXTRACT_EVENT_HELD, 300, "Prisoners Defenders", ORG);
    expect_claimant("Unas 300 personas siguen encarceladas, según el informe anual publicado este martes por la "
                    "organización Prisoners Defenders.",
                    "es", EXTRACT_EVENT_HELD, 300, "Prisoners Defenders", ORG);
    expect_claimant("About 300 people remain in custody, according to the annual report published on Tuesday by the "
                    "organisation Prisoners Defenders.",
                    "en", EXTRACT_EVENT_HELD, 300, "Prisoners Defenders", ORG);
    /* distractor: the agent's name right after "pela" still speaks */
    expect_claimant("Cerca de 300 pessoas continuam presas, segundo o relatório divulgado pela Amnistia "
                    "Internacional.",
                    "pt", EXTRACT_EVENT_HELD, 300, "Amnistia Internacional", ORG);
}

/* "It demanded the release of 14": a bare "it" asking for prisoners is the armed group named before, across a
 * sentence that names no one; an unarmed body named before stays unresolved. */
Test(who21, it_demanded_means_the_armed_group)
{
    expect_claimant("The Popular Liberation Front seized two planes on Sunday. On Monday about 125 women and children "
                    "were let go. The front set out its terms the same day. It demanded the release of 14 prisoners "
                    "held in Greece.",
                    "en", EXTRACT_EVENT_HELD, 14, "Popular Liberation Front", ORG);
    expect_claimant("The Popular Liberation Front seized two planes on Sunday.\n\nPilots said the airstrip was rough. "
                    "It demanded the release of 14 prisoners held in Greece.",
                    "en", EXTRACT_EVENT_HELD, 14, "Popular Liberation Front", ORG);
    /* distractor: a students' federation is no armed group */
    expect_claimant("The Student Federation marched on Sunday.\n\nPilots said the airstrip was rough. It demanded the "
                    "release of 14 students held since May.",
                    "en", EXTRACT_EVENT_HELD, 14, NULL, ORG);
}

/* "police add": the plural present closes an inverted report as "adds" does. */
Test(who21, police_add_reports)
{
    expect_claimant("About 40 people were arrested overnight. Roughly 15 of them have since been released on bail, "
                    "police add.",
                    "en", EXTRACT_EVENT_RELEASE, 15, "police", EXTRACT_KIND_GOVERNMENT);
    /* distractor: the past tense reported already */
    expect_claimant("About 40 people were arrested overnight. Roughly 15 of them have since been released on bail, "
                    "police said.",
                    "en", EXTRACT_EVENT_RELEASE, 15, "police", EXTRACT_KIND_GOVERNMENT);
}

/* "Burt told reporters that the Soviet Union and its allies had freed four": "its" refers to the body named before
 * it, so the speaker stays a person; with no name between, "its" still makes the untitled subject a body. */
Test(who21, its_refers_to_the_nearer_body)
{
    expect_claimant("Richard Burt told reporters that the Soviet Union and its allies had freed four men.", "en",
                    EXTRACT_EVENT_RELEASE, 4, "Richard Burt", EXTRACT_KIND_PERSON);
    /* distractor: the possessive right after the verb is the subject's */
    expect_claimant("Rising Tide told reporters that 100 of its members had been arrested.", "en",
                    EXTRACT_EVENT_DETENTION, 100, "Rising Tide", ORG);
}

/* "…, segundo a mesma fonte" after the count: the source word opens a reference to the figure just given, whose
 * claimant it keeps, as it does before the count. */
Test(who21, the_same_source_after_the_count)
{
    expect_claimant("O governo do Tibete afirmou que 1.315 pessoas foram detidas. Dessas, 1.157 já foram libertadas, "
                    "segundo a mesma fonte.",
                    "pt", EXTRACT_EVENT_RELEASE, 1157, "governo do Tibete", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The regional government said 1,315 people were detained. Of those, 1,157 have been released, "
                    "according to the same source.",
                    "en", EXTRACT_EVENT_RELEASE, 1157, "government", EXTRACT_KIND_GOVERNMENT);
    /* es already read it; it keeps its claim */
    expect_claimant("El gobierno del Tíbet afirmó que 1.315 personas fueron detenidas. De ellas, 1.157 ya fueron "
                    "liberadas, según la misma fuente.",
                    "es", EXTRACT_EVENT_RELEASE, 1157, "gobierno del Tíbet", EXTRACT_KIND_GOVERNMENT);
    /* distractor: a reference before the count keeps working */
    expect_claimant("O governo do Tibete afirmou que 1.315 pessoas foram detidas. Segundo a mesma fonte, 1.157 já "
                    "foram libertadas.",
                    "pt", EXTRACT_EVENT_RELEASE, 1157, "governo do Tibete", EXTRACT_KIND_GOVERNMENT);
}
