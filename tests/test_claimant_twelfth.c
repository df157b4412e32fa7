/* test_claimant_twelfth.c - who speaks, twelfth session (articles 109-118): places are no speakers, a first name
 * introduced by a relative apposition is a person, a group named after its country is one name, state media
 * units and units of security are the state's, and a body's acronym is reported under its full name. Sentences
 * written for these tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(twelfth_es, .init = setup, .fini = teardown);
TestSuite(twelfth_pt, .init = setup, .fini = teardown);
TestSuite(twelfth_en, .init = setup, .fini = teardown);

/* ---- a name after a word that places something is a place, whatever its length ---- */

Test(twelfth_es, a_place_after_desde_is_no_speaker)
{
    expect_claimant("La dirigente estudiantil Marta Ibáñez respondió al Gobierno desde la Casa Central de la Universidad "
                    "Austral. \"Llevamos contadas 140 detenciones\", afirmó la dirigente.",
                    "es", EXTRACT_EVENT_DETENTION, 140, "Marta Ibáñez", EXTRACT_KIND_PERSON);
}

Test(twelfth_pt, a_place_after_em_is_no_speaker)
{
    expect_claimant("Sara Monteiro falou ontem aos jornalistas em Lagoa Seca. Segundo ela, 90 manifestantes continuam "
                    "detidos.",
                    "pt", EXTRACT_EVENT_HELD, 90, "Sara Monteiro", EXTRACT_KIND_PERSON);
}

Test(twelfth_en, a_place_after_outside_the_ordinal_is_no_speaker)
{
    expect_claimant("Dana Whitfield spoke to us outside the 41st Precinct just before midnight. She said 40 of the "
                    "marchers were still being held inside.",
                    "en", EXTRACT_EVENT_HELD, 40, "Dana Whitfield", EXTRACT_KIND_PERSON);
}

/* ---- a first name opening a sentence, introduced by an indefinite apposition with a relative ---- */

Test(twelfth_es, a_first_name_with_a_relative_apposition_is_a_person)
{
    expect_claimant("Inés, una vecina que espera desde la tarde frente a la comisaría, dice que 35 personas siguen "
                    "detenidas dentro.",
                    "es", EXTRACT_EVENT_HELD, 35, "Inés", EXTRACT_KIND_PERSON);
}

Test(twelfth_pt, a_first_name_with_a_relative_apposition_is_a_person)
{
    expect_claimant("Inês, uma vizinha que espera desde a tarde diante da esquadra, diz que 35 pessoas continuam "
                    "detidas lá dentro.",
                    "pt", EXTRACT_EVENT_HELD, 35, "Inês", EXTRACT_KIND_PERSON);
}

Test(twelfth_en, a_first_name_with_a_relative_apposition_is_a_person)
{
    expect_claimant("Tess, a neighbour who has been waiting by the station since noon, says 35 people were arrested "
                    "this afternoon.",
                    "en", EXTRACT_EVENT_DETENTION, 35, "Tess", EXTRACT_KIND_PERSON);
}

/* ---- a country's name followed by capitalised words is one group's name ---- */

Test(twelfth_es, a_group_named_after_its_country)
{
    expect_claimant("Publicado por Bolivia Despierta Ahora, un colectivo del exilio, el mensaje afirma que 600 "
                    "personas fueron detenidas.",
                    "es", EXTRACT_EVENT_DETENTION, 600, "Bolivia Despierta Ahora", EXTRACT_KIND_ORGANIZATION);
}

Test(twelfth_pt, a_group_named_after_its_country)
{
    expect_claimant("Publicada por Angola Desperta Agora, um coletivo da diáspora, a mensagem afirma que 600 pessoas "
                    "foram detidas.",
                    "pt", EXTRACT_EVENT_DETENTION, 600, "Angola Desperta Agora", EXTRACT_KIND_ORGANIZATION);
}

Test(twelfth_en, a_group_named_after_its_country)
{
    expect_claimant("Published by Bolivia Awake Now, an exile collective, the post claims that 600 people were "
                    "detained in a single night.",
                    "en", EXTRACT_EVENT_DETENTION, 600, "Bolivia Awake Now", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a state force's press service, and a unit whose name says it keeps order, are the state's ---- */

Test(twelfth_es, a_military_press_service_is_the_state)
{
    expect_claimant("La DIRCOM, el servicio de prensa de las Fuerzas Armadas, informó el jueves de que 21 condenados "
                    "fueron liberados.",
                    "es", EXTRACT_EVENT_RELEASE, 21, "DIRCOM", EXTRACT_KIND_GOVERNMENT);
}

Test(twelfth_pt, a_military_press_service_is_the_state)
{
    expect_claimant("A DIRCOM, o serviço de imprensa das Forças Armadas, informou na quinta-feira que 21 condenados "
                    "foram libertados.",
                    "pt", EXTRACT_EVENT_RELEASE, 21, "DIRCOM", EXTRACT_KIND_GOVERNMENT);
}

Test(twelfth_en, a_military_press_service_is_the_state)
{
    expect_claimant("The DIRCOM, the media wing of the armed forces, said on Thursday that 21 convicts had been released.",
                    "en", EXTRACT_EVENT_RELEASE, 21, "DIRCOM", EXTRACT_KIND_GOVERNMENT);
}

Test(twelfth_es, a_security_unit_is_the_state)
{
    expect_claimant("La Unidad Conjunta de Seguridad informó el domingo de 47 detenidos durante la cumbre.",
                    "es", EXTRACT_EVENT_DETENTION, 47, "Unidad Conjunta de Seguridad", EXTRACT_KIND_GOVERNMENT);
}

Test(twelfth_pt, a_security_unit_is_the_state)
{
    expect_claimant("A Unidade Conjunta de Segurança informou no domingo que 47 pessoas foram detidas durante a "
                    "cimeira.",
                    "pt", EXTRACT_EVENT_DETENTION, 47, "Unidade Conjunta de Segurança", EXTRACT_KIND_GOVERNMENT);
}

Test(twelfth_en, a_security_unit_is_the_state)
{
    expect_claimant("The Joint Security Unit said on Sunday that 47 people had been arrested during the summit.",
                    "en", EXTRACT_EVENT_DETENTION, 47, "Joint Security Unit", EXTRACT_KIND_GOVERNMENT);
}

/* ---- an acronym stands for the body written in full before it ---- */

Test(twelfth_es, an_acronym_of_another_language_is_the_full_name)
{
    expect_claimant("El gobernante Partido del Orden y el Progreso (KTP) presentó el proyecto en marzo. Según el KTP, "
                    "unos 30.000 reclusos saldrán en libertad.",
                    "es", EXTRACT_EVENT_RELEASE, 30000, "Partido del Orden y el Progreso", EXTRACT_KIND_ORGANIZATION);
}

Test(twelfth_pt, an_acronym_with_a_gloss_is_the_full_name)
{
    expect_claimant("O Serviço Nacional de Prisões (NPS, na sigla em inglês) publica dados todos os meses. Segundo o "
                    "NPS, cerca de 90 mil pessoas estão presas.",
                    "pt", EXTRACT_EVENT_HELD, 90000, "Serviço Nacional de Prisões", EXTRACT_KIND_GOVERNMENT);
}

Test(twelfth_en, an_acronym_of_another_language_is_the_full_name)
{
    expect_claimant("The ruling Order and Progress Party (KTP) tabled the bill in March. According to the KTP, about "
                    "30,000 inmates will be released.",
                    "en", EXTRACT_EVENT_RELEASE, 30000, "Order and Progress Party", EXTRACT_KIND_ORGANIZATION);
}

Test(twelfth_es, the_un_is_reported_as_first_written_in_full)
{
    expect_claimant("Las Naciones Unidas confirmaron ayer la liberación de los conductores. La ONU dice que 72 "
                    "conductores habían sido detenidos.",
                    "es", EXTRACT_EVENT_DETENTION, 72, "Naciones Unidas", EXTRACT_KIND_ORGANIZATION);
}

Test(twelfth_pt, the_un_is_reported_as_first_written_in_full)
{
    expect_claimant("As Nações Unidas confirmaram ontem a libertação dos motoristas. A ONU diz que 72 motoristas "
                    "tinham sido detidos.",
                    "pt", EXTRACT_EVENT_DETENTION, 72, "Nações Unidas", EXTRACT_KIND_ORGANIZATION);
}

Test(twelfth_en, the_un_is_reported_as_first_written_in_full)
{
    expect_claimant("The United Nations confirmed on Tuesday that the drivers were free. The U.N. says 72 drivers had "
                    "been detained.",
                    "en", EXTRACT_EVENT_DETENTION, 72, "United Nations", EXTRACT_KIND_ORGANIZATION);
}

/* ---- the sentence after a figure names its source through an inverted verb: a title, then the person ---- */

Test(twelfth_es, the_next_sentence_names_the_spokesman_not_his_body)
{
    expect_claimant("Los rebeldes soltaron a otros 9 rehenes el martes. Así lo confirmó el miércoles el portavoz del "
                    "Ejército, capitán Tomás Velasco, en una rueda de prensa.",
                    "es", EXTRACT_EVENT_RELEASE, 9, "Tomás Velasco", EXTRACT_KIND_PERSON);
}

Test(twelfth_pt, the_next_sentence_names_the_spokesman_not_his_body)
{
    expect_claimant("Os rebeldes soltaram outros 9 reféns na terça-feira. Assim o confirmou na quarta-feira o "
                    "porta-voz do Exército, capitão Tomás Velasco, numa conferência de imprensa.",
                    "pt", EXTRACT_EVENT_RELEASE, 9, "Tomás Velasco", EXTRACT_KIND_PERSON);
}

/* English gives the same report in the passive; its agent already names the spokesman (a guard, not a change) */
Test(twelfth_en, the_next_sentence_names_the_spokesman_not_his_body)
{
    expect_claimant("The rebels freed another 9 hostages on Tuesday. This was confirmed on Wednesday by the navy "
                    "spokesman, Captain Tom Velasco, at a briefing.",
                    "en", EXTRACT_EVENT_RELEASE, 9, "Tom Velasco", EXTRACT_KIND_PERSON);
}

/* ---- "the police chief": the official named before with that body in her title ---- */

Test(twelfth_es, the_chief_of_a_body_is_the_official_named_before)
{
    expect_claimant("La comandante de la Policía, Grace Okafor, dio la única cifra nacional. Según la jefa de la "
                    "Policía, hay 870 detenidos en todo el país.",
                    "es", EXTRACT_EVENT_HELD, 870, "Grace Okafor", EXTRACT_KIND_PERSON);
}

Test(twelfth_pt, the_chief_of_a_body_is_the_official_named_before)
{
    expect_claimant("A comandante da Polícia, Grace Okafor, deu o único número nacional. Segundo a chefe da Polícia, "
                    "há 870 detidos em todo o país.",
                    "pt", EXTRACT_EVENT_HELD, 870, "Grace Okafor", EXTRACT_KIND_PERSON);
}

Test(twelfth_en, the_chief_of_a_body_is_the_official_named_before)
{
    expect_claimant("The only national figure so far came from the Inspector-General of Police, Grace Okafor. On "
                    "Friday, during a visit to Kano, the police chief said 870 people had been arrested.",
                    "en", EXTRACT_EVENT_DETENTION, 870, "Grace Okafor", EXTRACT_KIND_PERSON);
}
