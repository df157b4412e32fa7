/* test_discourse.c - claimants carried across sentences: a figure whose source was named in an earlier sentence
 * and whose own sentence refers back to it (a title or head noun, a pronoun after an unnamed spokesman, a
 * partitive opening, an opinion phrase, a reporting verb with no subject of its own), and figures the journalist
 * states as background, which stay nobody's. Sentences written for these tests, in Spanish, Portuguese and
 * English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(discourse_es, .init = setup, .fini = teardown);
TestSuite(discourse_pt, .init = setup, .fini = teardown);
TestSuite(discourse_en, .init = setup, .fini = teardown);

/* ---- a title word standing for whoever the text gave that title last, in apposition to another title ---- */

Test(discourse_es, a_title_reference_finds_the_person_given_that_title)
{
    expect_claimant("El dato lo dio el vocero del Ejército, el coronel Mario Benítez Ruiz. Según él, 30 personas fueron "
                    "detenidas el martes. Entre ellas hay dos concejales y el periodista Tomás Ibarra. El vocero ha "
                    "añadido que otras nueve personas fueron arrestadas anoche.",
                    "es", EXTRACT_EVENT_DETENTION, 9, "Mario Benítez Ruiz", EXTRACT_KIND_PERSON);
}

Test(discourse_pt, a_title_reference_finds_the_person_given_that_title)
{
    expect_claimant("O número foi dado pelo porta-voz do Exército, o coronel Mário Bento Reis. Segundo ele, 30 pessoas "
                    "foram detidas na terça-feira. Entre elas estão dois vereadores e o jornalista Tomás Ibarra. O "
                    "porta-voz tinha acrescentado que outras nove pessoas foram presas durante a noite.",
                    "pt", EXTRACT_EVENT_DETENTION, 9, "Mário Bento Reis", EXTRACT_KIND_PERSON);
}

Test(discourse_en, a_title_reference_finds_the_person_given_that_title)
{
    expect_claimant("The figure came from the army spokesman, retired colonel Mark Benton Reilly. He said 30 people were "
                    "detained on Tuesday. Among them were two councillors and the journalist Tom Ibbotson. The "
                    "spokesman added that another nine people were arrested overnight.",
                    "en", EXTRACT_EVENT_DETENTION, 9, "Mark Benton Reilly", EXTRACT_KIND_PERSON);
}

/* ---- a pronoun after an unnamed spokesman: the spokesman speaks for the body ---- */

Test(discourse_es, a_pronoun_after_an_unnamed_spokesman_is_his_body)
{
    expect_claimant("El ministro del Interior, Julio Pardo Saenz, habló de calma. \"No dejan de llevarse gente\", dijo "
                    "a la prensa un portavoz del Frente Campesino Unido que pidió el anonimato. Según él, el jueves "
                    "fueron detenidas unas 45 personas.",
                    "es", EXTRACT_EVENT_DETENTION, 45, "Frente Campesino Unido", EXTRACT_KIND_ORGANIZATION);
}

Test(discourse_pt, a_pronoun_after_an_unnamed_spokesman_is_his_body)
{
    expect_claimant("O ministro do Interior, Júlio Pardal Sá, falou em calma. \"Continuam a levar gente\", disse à "
                    "imprensa um porta-voz da Frente Camponesa Unida que pediu anonimato. Segundo ele, cerca de 45 "
                    "pessoas foram detidas na quinta-feira.",
                    "pt", EXTRACT_EVENT_DETENTION, 45, "Frente Camponesa Unida", EXTRACT_KIND_ORGANIZATION);
}

Test(discourse_en, a_pronoun_after_an_unnamed_spokesman_is_his_body)
{
    expect_claimant("Interior Minister Julian Pardew spoke of calm. \"They keep taking people,\" a spokesman of the "
                    "United Farmers Front who asked not to be named told reporters. According to him, about 45 people "
                    "were detained on Thursday.",
                    "en", EXTRACT_EVENT_DETENTION, 45, "United Farmers Front", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a sentence opening with a partitive goes on with the report before it ---- */

Test(discourse_es, a_partitive_opening_continues_the_report)
{
    expect_claimant("Según la Red de Abogados Populares, 120 manifestantes fueron detenidos entre el lunes y el "
                    "miércoles. De ellos, 70 fueron liberados bajo fianza.",
                    "es", EXTRACT_EVENT_RELEASE, 70, "Red de Abogados Populares", EXTRACT_KIND_ORGANIZATION);
}

Test(discourse_pt, a_partitive_opening_continues_the_report)
{
    expect_claimant("Segundo a Rede de Advogados Populares, 120 manifestantes foram detidos entre segunda e quarta-feira. "
                    "Desses, 70 foram libertados sob fiança.",
                    "pt", EXTRACT_EVENT_RELEASE, 70, "Rede de Advogados Populares", EXTRACT_KIND_ORGANIZATION);
}

Test(discourse_en, a_partitive_opening_continues_the_report)
{
    expect_claimant("According to the People's Lawyers Network, 120 protesters were detained between Monday and "
                    "Wednesday. Of those, 70 have been released on bail.",
                    "en", EXTRACT_EVENT_RELEASE, 70, "People's Lawyers Network", EXTRACT_KIND_ORGANIZATION);
}
