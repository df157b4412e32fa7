/* test_claimant_choice.c - who speaks, tenth session (articles 94-98): the kind of a name no lexicon lists, from
 * its head word (a club or museum is an organisation; a senate, an authority, a council chamber, the
 * Commonwealth are the state's), and the addressee of "told" is never its subject. Sentences written for these
 * tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(choice_es, .init = setup, .fini = teardown);
TestSuite(choice_pt, .init = setup, .fini = teardown);
TestSuite(choice_en, .init = setup, .fini = teardown);

/* ---- a club or a museum is an organisation, not a person ---- */

Test(choice_es, a_club_is_an_organisation)
{
    expect_claimant("El Club de Madres de Reclusos ha denunciado este martes que unos 640 jóvenes siguen en prisión.",
                    "es", EXTRACT_EVENT_HELD, 640, "Club de Madres de Reclusos", EXTRACT_KIND_ORGANIZATION);
}

Test(choice_pt, a_museum_is_an_organisation)
{
    expect_claimant("O Museu da Resistência calcula que 415 presos foram libertados naquela madrugada.",
                    "pt", EXTRACT_EVENT_RELEASE, 415, "Museu da Resistência", EXTRACT_KIND_ORGANIZATION);
}

Test(choice_en, a_club_is_an_organisation)
{
    expect_claimant("The Detainees' Families Club said on Friday that some 640 young men remain in prison.",
                    "en", EXTRACT_EVENT_HELD, 640, "Detainees' Families Club", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a senate, an authority, a council chamber and the Commonwealth are the state's ---- */

Test(choice_es, an_authority_is_the_state)
{
    expect_claimant("La Autoridad Portuaria informó de que 58 estibadores fueron detenidos durante la huelga.",
                    "es", EXTRACT_EVENT_DETENTION, 58, "Autoridad Portuaria", EXTRACT_KIND_GOVERNMENT);
}

Test(choice_pt, a_council_chamber_is_the_state)
{
    expect_claimant("A Câmara Municipal de Tavira informou que 23 manifestantes foram detidos junto ao mercado.",
                    "pt", EXTRACT_EVENT_DETENTION, 23, "Câmara Municipal de Tavira", EXTRACT_KIND_GOVERNMENT);
}

Test(choice_en, the_commonwealth_is_the_state)
{
    expect_claimant("In its written reply, the Commonwealth told the tribunal that 61 detainees were in the same "
                    "position.",
                    "en", EXTRACT_EVENT_HELD, 61, "Commonwealth", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a body's unnamed staff speak for the body ---- */

Test(choice_es, a_body_s_staff_speak_for_it)
{
    expect_claimant("Funcionarios del Departamento de Prisiones explicaron el jueves que 1.240 reclusos saldrán en "
                    "libertad antes de fin de mes.",
                    "es", EXTRACT_EVENT_RELEASE, 1240, "Departamento de Prisiones", EXTRACT_KIND_GOVERNMENT);
}

Test(choice_pt, a_body_s_staff_speak_for_it)
{
    expect_claimant("Funcionários da Direção de Serviços Prisionais explicaram na quinta-feira que 1.240 reclusos "
                    "sairão em liberdade até ao fim do mês.",
                    "pt", EXTRACT_EVENT_RELEASE, 1240, "Direção de Serviços Prisionais", EXTRACT_KIND_GOVERNMENT);
}

Test(choice_en, a_body_s_staff_speak_for_it)
{
    expect_claimant("Corrections Department officials explained on Thursday that 1,240 inmates would walk free before "
                    "the end of the month.",
                    "en", EXTRACT_EVENT_RELEASE, 1240, "Corrections Department", EXTRACT_KIND_GOVERNMENT);
}

/* ---- who "told" addresses is never the speaker, nor a verb inside that phrase ---- */

Test(choice_en, the_addressee_of_told_is_not_the_speaker)
{
    expect_claimant("The regional police chief, Commissioner Ruth Banda, told the state-run Chronicle that 412 people "
                    "had been arrested since Monday.",
                    "en", EXTRACT_EVENT_DETENTION, 412, "Ruth Banda", EXTRACT_KIND_PERSON);
}

Test(choice_en, a_verb_inside_the_addressee_reports_nothing)
{
    expect_claimant("Immigration Department officials told a Senate estimates hearing on Tuesday that 187 people had "
                    "been released from detention.",
                    "en", EXTRACT_EVENT_RELEASE, 187, "Immigration Department", EXTRACT_KIND_GOVERNMENT);
}

/* ---- "Rueda de prensa de X", "Coletiva de imprensa de X": a common noun phrase, not a name ---- */

Test(choice_es, a_press_conference_is_no_name)
{
    expect_claimant("EN DIRECTO: desalojo del campamento\n\n10.15 — Rueda de prensa de la jefa de la policía local, "
                    "Marta Ibarra.\n\n\"Llevamos unos 75 detenidos desde el amanecer\", ha explicado ante los "
                    "periodistas.",
                    "es", EXTRACT_EVENT_DETENTION, 75, "Marta Ibarra", EXTRACT_KIND_PERSON);
}

Test(choice_pt, a_press_conference_is_no_name)
{
    expect_claimant("AO VIVO: desocupação do acampamento\n\n10.15 — Coletiva de imprensa da chefe da polícia local, "
                    "Marta Ibarra.\n\n\"Já temos cerca de 75 detidos desde o amanhecer\", explicou aos "
                    "jornalistas.",
                    "pt", EXTRACT_EVENT_DETENTION, 75, "Marta Ibarra", EXTRACT_KIND_PERSON);
}

/* ---- a verb in a clause of time before the count reports what happened then ---- */

Test(choice_es, a_verb_in_a_clause_of_time_is_not_the_source)
{
    expect_claimant("Desde que la Corte Constitucional declaró ilegal, el pasado 3 de marzo, el arresto preventivo sin "
                    "juicio, el Gobierno ha liberado a 154 personas, confirmó este lunes el ministro de Justicia, Tomás "
                    "Arregui.",
                    "es", EXTRACT_EVENT_RELEASE, 154, "Tomás Arregui", EXTRACT_KIND_PERSON);
}

Test(choice_pt, a_verb_in_a_clause_of_time_is_not_the_source)
{
    expect_claimant("Desde que o Tribunal Constitucional declarou ilegal, no passado dia 3 de março, a prisão "
                    "preventiva sem julgamento, o Governo libertou 154 pessoas, confirmou esta segunda-feira o "
                    "ministro da Justiça, Tomás Arregui.",
                    "pt", EXTRACT_EVENT_RELEASE, 154, "Tomás Arregui", EXTRACT_KIND_PERSON);
}

Test(choice_en, a_verb_in_a_clause_of_time_is_not_the_source)
{
    expect_claimant("Since the Constitutional Court declared the practice unlawful on 3 March, the government has "
                    "released 154 people, the justice minister, Tomás Arregui, confirmed on Monday.",
                    "en", EXTRACT_EVENT_RELEASE, 154, "Tomás Arregui", EXTRACT_KIND_PERSON);
}
