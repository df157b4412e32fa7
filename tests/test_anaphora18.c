/* test_anaphora18.c - references to speakers (eighteenth session, anaphora): a singular body noun ("la
 * organización", "a organização", "the organization") never means a body whose name only holds the noun's plural
 * ("Coalición de Organizaciones …"): that word names its members, not the body. Sentences written for these tests,
 * in Spanish, Portuguese and English, with distractors that must keep their claimant. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(anaphora18, .init = setup, .fini = teardown);

Test(anaphora18, a_singular_reference_skips_a_name_holding_its_plural)
{
    expect_claimant("La Coalición de Organizaciones por la Justicia registró 79 detenciones el lunes. El jueves, Amnistía "
                    "Internacional publicó un informe. La organización afirmó que al menos 36 personas fueron detenidas "
                    "en Quito.",
                    "es", EXTRACT_EVENT_DETENTION, 36, "Amnistía Internacional", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("A Aliança de Organizações pela Justiça registrou 79 detenções na segunda-feira. Na quinta-feira, a "
                    "Anistia Internacional publicou um relatório. A organização afirmou que pelo menos 36 pessoas foram "
                    "detidas em Quito.",
                    "pt", EXTRACT_EVENT_DETENTION, 36, "Anistia Internacional", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The Alliance of Justice Organizations recorded 79 arrests on Monday. On Thursday, Amnesty "
                    "International published a report. The organization said at least 36 people were detained in Quito.",
                    "en", EXTRACT_EVENT_DETENTION, 36, "Amnesty International", EXTRACT_KIND_ORGANIZATION);
    /* distractors: the plural body keeps its own figure */
    expect_claimant("La Coalición de Organizaciones por la Justicia registró 79 detenciones el lunes. El jueves, Amnistía "
                    "Internacional publicó un informe.",
                    "es", EXTRACT_EVENT_DETENTION, 79, "Coalición de Organizaciones por la Justicia",
                    EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The Alliance of Justice Organizations recorded 79 arrests on Monday. On Thursday, Amnesty "
                    "International published a report.",
                    "en", EXTRACT_EVENT_DETENTION, 79, "Alliance of Justice Organizations", EXTRACT_KIND_ORGANIZATION);
}

/* A body noun of the same number still means the body whose name holds it, in another language too. */
Test(anaphora18, a_reference_of_the_same_number_keeps_its_body)
{
    expect_claimant("El Observatorio Nacional de Prisiones contó 120 presos políticos en marzo. Amnistía Internacional "
                    "pidió su liberación. Según el observatorio, 45 de ellos fueron excarcelados en abril.",
                    "es", EXTRACT_EVENT_RELEASE, 45, "Observatorio Nacional de Prisiones", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("O Observatório Nacional das Prisões contou 120 presos políticos em março. A Anistia Internacional "
                    "pediu a sua libertação. Segundo o observatório, 45 deles foram libertados em abril.",
                    "pt", EXTRACT_EVENT_RELEASE, 45, "Observatório Nacional das Prisões", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The National Prisons Observatory counted 120 political prisoners in March. Amnesty International "
                    "called for their release. According to the observatory, 45 of them were freed in April.",
                    "en", EXTRACT_EVENT_RELEASE, 45, "National Prisons Observatory", EXTRACT_KIND_ORGANIZATION);
}

/* "según los organizadores", "according to the organisers": those who called a protest speak for the body that
 * called it, the organisation named before (a reference, of the kind organisation). */
Test(anaphora18, the_organisers_are_the_body_named_before)
{
    expect_claimant("El colectivo Marea Verde convocó la marcha del sábado en Valencia. Según los organizadores, 120 "
                    "manifestantes fueron detenidos durante la tarde.",
                    "es", EXTRACT_EVENT_DETENTION, 120, "Marea Verde", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("O coletivo Maré Verde convocou a marcha de sábado em Lisboa. Segundo os organizadores, 120 "
                    "manifestantes foram detidos durante a tarde.",
                    "pt", EXTRACT_EVENT_DETENTION, 120, "Maré Verde", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The climate collective Green Tide called Saturday's march in Leeds. According to the organisers, "
                    "120 protesters were arrested during the afternoon.",
                    "en", EXTRACT_EVENT_DETENTION, 120, "Green Tide", EXTRACT_KIND_ORGANIZATION);
    /* distractors: the police speak for themselves, and an organiser among the arrested is no speaker */
    expect_claimant("The climate collective Green Tide called Saturday's march in Leeds. Police said 120 protesters were "
                    "arrested during the afternoon; one of the organisers was among them.",
                    "en", EXTRACT_EVENT_DETENTION, 120, "Police", EXTRACT_KIND_GOVERNMENT);
}

/* "Un alto funcionario …, que pidió no ser identificado, negó esa cifra. …, dijo el funcionario": a reference that
 * repeats the word of an unnamed speaker introduced since means that speaker, not the person named before it. */
Test(anaphora18, a_reference_repeating_an_unnamed_speaker_means_it)
{
    expect_claimant("Marta Ríos, abogada de los detenidos, dijo que 300 personas seguían presas. Un alto funcionario del "
                    "ministerio, que pidió no ser identificado, negó esa cifra. Menos de 100 personas siguen detenidas, "
                    "dijo el funcionario.",
                    "es", EXTRACT_EVENT_HELD, 100, "alto funcionario del ministerio", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Marta Rios, advogada dos detidos, disse que 300 pessoas continuavam presas. Um alto funcionário do "
                    "ministério, que pediu para não ser identificado, negou esse número. Menos de 100 pessoas continuam "
                    "detidas, disse o funcionário.",
                    "pt", EXTRACT_EVENT_HELD, 100, "alto funcionário do ministério", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Martha Reed, a lawyer for the detainees, said 300 people were being held. A ministry official, who "
                    "spoke on condition of anonymity because he was not allowed to brief reporters, said the lawyers "
                    "were counting people who had only been stopped. Fewer than 100 people were ever detained, the "
                    "official said.",
                    "en", EXTRACT_EVENT_DETENTION, 100, "ministry official", EXTRACT_KIND_GOVERNMENT);
    /* distractors: the lawyer keeps her own figure, and a reference to a named official keeps that person */
    expect_claimant("Marta Ríos, abogada de los detenidos, dijo que 300 personas seguían presas. Un alto funcionario del "
                    "ministerio, que pidió no ser identificado, negó esa cifra.",
                    "es", EXTRACT_EVENT_HELD, 300, "Marta Ríos", EXTRACT_KIND_PERSON);
    expect_claimant("The interior minister, Rui Calado, said 300 people had been arrested. Lawyers disputed that. Fewer "
                    "than 100 remain in custody, the minister said.",
                    "en", EXTRACT_EVENT_HELD, 100, "Rui Calado", EXTRACT_KIND_PERSON);
}
