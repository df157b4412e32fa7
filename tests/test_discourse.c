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

/* ---- an opinion phrase gives the figure to whoever has the floor: the subject of the report before ---- */

Test(discourse_es, an_opinion_phrase_takes_the_speaker_of_the_sentence_before)
{
    expect_claimant("La Unión de Familiares de Presos, que agrupa a madres de detenidos, sostiene que el recuento del "
                    "Ministerio de Justicia está incompleto. A su juicio, la policía ha arrestado a más de 400 "
                    "personas desde el lunes.",
                    "es", EXTRACT_EVENT_DETENTION, 400, "Unión de Familiares de Presos", EXTRACT_KIND_ORGANIZATION);
}

Test(discourse_pt, an_opinion_phrase_takes_the_speaker_of_the_sentence_before)
{
    expect_claimant("A União de Familiares de Presos, que reúne mães de detidos, sustenta que a contagem do Ministério "
                    "da Justiça está incompleta. Na sua opinião, a polícia prendeu mais de 400 pessoas desde "
                    "segunda-feira.",
                    "pt", EXTRACT_EVENT_DETENTION, 400, "União de Familiares de Presos", EXTRACT_KIND_ORGANIZATION);
}

Test(discourse_en, an_account_phrase_takes_the_speaker_of_the_sentence_before)
{
    expect_claimant("The Prisoners' Families Union says the Justice Ministry count is incomplete, and that many "
                    "mothers have no news. By its count, police have arrested more than 400 people since "
                    "Monday.",
                    "en", EXTRACT_EVENT_DETENTION, 400, "Prisoners' Families Union", EXTRACT_KIND_ORGANIZATION);
}

/* ---- "Para X," / "In the view of X": a sentence giving someone's view ---- */

Test(discourse_es, para_and_a_reference_opening_the_sentence)
{
    expect_claimant("La Liga de Derechos Civiles nunca aceptó ese balance. Para la liga, fueron detenidas más de 900 "
                    "personas en la primera semana.",
                    "es", EXTRACT_EVENT_DETENTION, 900, "Liga de Derechos Civiles", EXTRACT_KIND_ORGANIZATION);
}

Test(discourse_pt, para_and_a_reference_opening_the_sentence)
{
    expect_claimant("A Liga dos Direitos Civis nunca aceitou esse balanço. Para a liga, foram detidas mais de 900 "
                    "pessoas na primeira semana.",
                    "pt", EXTRACT_EVENT_DETENTION, 900, "Liga dos Direitos Civis", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Pelos dados da Secretaria de Justiça, cerca de 12 mil pessoas estão presas no estado.", "pt",
                    EXTRACT_EVENT_HELD, 12000, "Secretaria de Justiça", EXTRACT_KIND_GOVERNMENT);
}

Test(discourse_en, in_the_view_of_a_reference)
{
    expect_claimant("The Civil Rights League never accepted that figure. In the view of the league, more than 900 "
                    "people were detained in the first week.",
                    "en", EXTRACT_EVENT_DETENTION, 900, "Civil Rights League", EXTRACT_KIND_ORGANIZATION);
}

/* ---- background the journalist adds after a report stays nobody's ---- */

Test(discourse_es, background_after_a_report_stays_unattributed)
{
    expect_claimant("La Liga de Derechos Civiles afirmó que la represión no cesa. En 2019, la policía detuvo a 300 "
                    "personas durante las protestas.",
                    "es", EXTRACT_EVENT_DETENTION, 300, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(discourse_pt, background_after_a_report_stays_unattributed)
{
    expect_claimant("A Liga dos Direitos Civis afirmou que a repressão não para. Em 2019, a polícia deteve 300 "
                    "pessoas durante os protestos.",
                    "pt", EXTRACT_EVENT_DETENTION, 300, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(discourse_en, background_after_a_report_stays_unattributed)
{
    expect_claimant("The Civil Rights League said the crackdown goes on. In 2019, police detained 300 people during "
                    "the protests.",
                    "en", EXTRACT_EVENT_DETENTION, 300, NULL, EXTRACT_KIND_UNKNOWN);
}

/* ---- a reporting verb after opening adjuncts only: the speaker of the sentence before goes on ---- */

Test(discourse_es, a_verb_after_adjuncts_continues_the_speaker_before)
{
    expect_claimant("El exfiscal general, Ramiro Quispe Luna, había negado en varias ocasiones que hubiera presos "
                    "políticos. El 3 de marzo, en una entrevista con la radio Onda Sur, sostuvo que las 65 personas "
                    "que seguían en prisión respondían por delitos comunes.",
                    "es", EXTRACT_EVENT_HELD, 65, "Ramiro Quispe Luna", EXTRACT_KIND_PERSON);
    expect_claimant("El 2 de mayo, el fiscal Ramiro Quispe Luna volvió a comparecer ante la prensa. Esta vez anunció la "
                    "excarcelación de otros 120 presos.",
                    "es", EXTRACT_EVENT_RELEASE, 120, "Ramiro Quispe Luna", EXTRACT_KIND_PERSON);
}

Test(discourse_pt, a_verb_after_adjuncts_continues_the_speaker_before)
{
    expect_claimant("O ex-procurador-geral, Ramiro Quintela Lopes, tinha negado várias vezes que houvesse presos "
                    "políticos. Em 3 de março, numa entrevista à rádio Onda Sul, afirmou que as 65 pessoas que "
                    "continuavam presas respondiam por crimes comuns.",
                    "pt", EXTRACT_EVENT_HELD, 65, "Ramiro Quintela Lopes", EXTRACT_KIND_PERSON);
    expect_claimant("Em 2 de maio, o procurador Ramiro Quintela Lopes voltou a falar à imprensa. Desta vez anunciou a "
                    "libertação de outros 120 presos.",
                    "pt", EXTRACT_EVENT_RELEASE, 120, "Ramiro Quintela Lopes", EXTRACT_KIND_PERSON);
}

Test(discourse_en, it_after_adjuncts_continues_the_speaker_before)
{
    expect_claimant("Despite pressure from the Interior Ministry, the National Lawyers Guild said arrests were "
                    "continuing. In a post on Friday, it said 250 people had been detained since Monday.",
                    "en", EXTRACT_EVENT_DETENTION, 250, "National Lawyers Guild", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a verb with no subject after a quotation: whom the sentence before gave the floor, not its first name ---- */

Test(discourse_es, a_subjectless_verb_takes_the_speaker_not_the_first_name)
{
    expect_claimant("La coordinadora del Comité de Madres Unidas, Rosa Ibáñez Soto, sostuvo que las cifras oficiales "
                    "se quedan cortas. \"Tenemos registradas más de 700 detenciones\", afirmó.",
                    "es", EXTRACT_EVENT_DETENTION, 700, "Rosa Ibáñez Soto", EXTRACT_KIND_PERSON);
}

Test(discourse_pt, a_subjectless_verb_takes_the_speaker_not_the_first_name)
{
    expect_claimant("A coordenadora do Comitê de Mães Unidas, Rosa Ibanez Souto, sustentou que os números oficiais "
                    "ficam aquém. \"Temos registradas mais de 700 detenções\", afirmou.",
                    "pt", EXTRACT_EVENT_DETENTION, 700, "Rosa Ibanez Souto", EXTRACT_KIND_PERSON);
}

Test(discourse_en, a_subjectless_verb_takes_the_speaker_not_the_first_name)
{
    expect_claimant("Unlike the Interior Ministry, the United Mothers Committee said official figures fall short. "
                    "\"We have recorded more than 700 arrests,\" they said.",
                    "en", EXTRACT_EVENT_DETENTION, 700, "United Mothers Committee", EXTRACT_KIND_ORGANIZATION);
}

/* ---- whom the reporter talked to has the floor: "Hablé ayer con X. En su evaluación, …" (the name after "con" /
 * "com" / "to" is otherwise never a speaker), with more opinion nouns ---- */

Test(discourse_es, the_person_the_reporter_spoke_with_has_the_floor)
{
    expect_claimant("Hablé el lunes con Tomás Ibarguren, abogado de varias familias. En su evaluación, más de 300 personas "
                    "siguen detenidas sin cargos.",
                    "es", EXTRACT_EVENT_HELD, 300, "Tomás Ibarguren", EXTRACT_KIND_PERSON);
}

Test(discourse_pt, the_person_the_reporter_spoke_with_has_the_floor)
{
    expect_claimant("Conversei na segunda-feira com Tomás Ibarguren, advogado de várias famílias. Na avaliação dele, mais "
                    "de 300 pessoas continuam detidas sem acusação.",
                    "pt", EXTRACT_EVENT_HELD, 300, "Tomás Ibarguren", EXTRACT_KIND_PERSON);
}

Test(discourse_en, the_person_the_reporter_spoke_with_has_the_floor)
{
    expect_claimant("I spoke on Monday to Thomas Ibarguren, a lawyer for several families. In his assessment, more than 300 "
                    "people remain in detention without charge.",
                    "en", EXTRACT_EVENT_HELD, 300, "Thomas Ibarguren", EXTRACT_KIND_PERSON);
}

/* ---- a quotation signed with a dash, as fact-checks and epigraphs quote: '"…" – Name, title' ---- */

Test(discourse_es, a_quotation_signed_with_a_dash)
{
    expect_claimant("LA FRASE: \"Anoche la policía detuvo a 22 manifestantes.\" — Héctor Salinas Vega, exministro del "
                    "Interior, en una entrevista radial.",
                    "es", EXTRACT_EVENT_DETENTION, 22, "Héctor Salinas Vega", EXTRACT_KIND_PERSON);
}

Test(discourse_pt, a_quotation_signed_with_a_dash)
{
    expect_claimant("A FRASE: \"Ontem à noite a polícia prendeu apenas 22 manifestantes.\" – Heitor Salinas Vega, ex-ministro "
                    "do Interior, numa entrevista à rádio.",
                    "pt", EXTRACT_EVENT_DETENTION, 22, "Heitor Salinas Vega", EXTRACT_KIND_PERSON);
}

Test(discourse_en, a_quotation_signed_with_a_dash)
{
    expect_claimant("THE CLAIM: \"Last night the police arrested only 22 protesters.\" - Hector Salinas Vega, former interior "
                    "minister, in a radio interview.",
                    "en", EXTRACT_EVENT_DETENTION, 22, "Hector Salinas Vega", EXTRACT_KIND_PERSON);
}

/* ---- "the same organization" is the body the latest figure was attributed to, not the body named last ---- */

Test(discourse_es, the_same_organization_is_the_last_source)
{
    expect_claimant("La ONG Memoria Viva estima que 900 personas siguen presas, una cifra que ni el régimen ni la Unión "
           "Africana reconocen. Según la misma organización, 14 presos salieron de prisión la semana pasada.",
           "es", EXTRACT_EVENT_RELEASE, 14, "Memoria Viva", EXTRACT_KIND_ORGANIZATION);
}

Test(discourse_pt, the_same_organization_is_the_last_source)
{
    expect_claimant("A ONG Memória Viva estima que 900 pessoas continuam presas, um número que nem o regime nem a União "
           "Africana reconhecem. Segundo a mesma organização, 14 presos saíram da prisão na semana passada.",
           "pt", EXTRACT_EVENT_RELEASE, 14, "Memória Viva", EXTRACT_KIND_ORGANIZATION);
}

Test(discourse_en, the_same_organization_is_the_last_source)
{
    expect_claimant("The rights group Living Memory estimates that 900 people remain behind bars, a figure neither the "
           "regime nor the African Union accepts. According to the same organization, 14 prisoners were released "
           "last week.",
           "en", EXTRACT_EVENT_RELEASE, 14, "Living Memory", EXTRACT_KIND_ORGANIZATION);
}
