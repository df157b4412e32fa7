/* test_claimant_reach12.c - claimant reach, twelfth session: bodies told by a description rather than a name ("a
 * network of volunteer lawyers", "el comité de apoyo", "um grupo de moradores", "human rights defenders"), the
 * subject of a verb past a relative clause with no comma, and such a description never taken as the topic of a later
 * possessive; the body that owns a unit heading the subject ("los datos del X indicaban", "X's legal team says").
 * Sentences written for these tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(reach12_es, .init = setup, .fini = teardown);
TestSuite(reach12_pt, .init = setup, .fini = teardown);
TestSuite(reach12_en, .init = setup, .fini = teardown);

/* ---- a body told by what it gathers or what it is for ---- */

Test(reach12_es, a_described_body_speaks)
{
    expect_claimant("Una coordinadora de familiares de presos denunció ayer que 45 jóvenes seguían detenidos en la comisaría "
                    "central.",
                    "es", EXTRACT_EVENT_HELD, 45, "coordinadora de familiares", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Según el comité de apoyo, ocho militantes siguen presos.", "es", EXTRACT_EVENT_HELD, 8,
                    "comité de apoyo", EXTRACT_KIND_ORGANIZATION);
}

Test(reach12_pt, a_described_body_speaks)
{
    expect_claimant("Uma coordenação de familiares de presos denunciou ontem que 45 jovens continuavam detidos na esquadra "
                    "central.",
                    "pt", EXTRACT_EVENT_HELD, 45, "coordenação de familiares", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Segundo o comitê de apoio, oito militantes continuam presos.", "pt", EXTRACT_EVENT_HELD, 8,
                    "comitê de apoio", EXTRACT_KIND_ORGANIZATION);
}

Test(reach12_en, a_described_body_speaks)
{
    expect_claimant("The families' committee said 45 young men were still detained at the central station.", "en",
                    EXTRACT_EVENT_HELD, 45, "families' committee", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("According to the support committee, eight activists remain in prison.", "en", EXTRACT_EVENT_HELD, 8,
                    "support committee", EXTRACT_KIND_ORGANIZATION);
}

/* ---- rights defenders with no name count as the organisations they stand for ---- */

Test(reach12_es, rights_defenders_count)
{
    expect_claimant("Los defensores locales de derechos humanos contaron, entre los indultados, 38 presos políticos.", "es",
                    EXTRACT_EVENT_RELEASE, 38, "defensores locales de derechos humanos", EXTRACT_KIND_ORGANIZATION);
}

Test(reach12_pt, rights_defenders_count)
{
    expect_claimant("Os ativistas de direitos humanos contaram, entre os indultados, 38 presos políticos.", "pt",
                    EXTRACT_EVENT_RELEASE, 38, "ativistas de direitos humanos", EXTRACT_KIND_ORGANIZATION);
}

Test(reach12_en, rights_defenders_count)
{
    expect_claimant("Local human rights defenders counted 38 political prisoners among those freed.", "en",
                    EXTRACT_EVENT_RELEASE, 38, "human rights defenders", EXTRACT_KIND_ORGANIZATION);
}

/* ---- the subject of a verb past a relative clause with no comma ---- */

Test(reach12_es, a_subject_past_a_relative_clause)
{
    expect_claimant("Frente al cuartel, un grupo de vecinos que pasó allí la noche calculaba que dentro había unas 60 "
                    "personas.",
                    "es", EXTRACT_EVENT_HELD, 60, "grupo de vecinos", EXTRACT_KIND_UNKNOWN);
}

Test(reach12_pt, a_subject_past_a_relative_clause)
{
    expect_claimant("Diante do quartel, um grupo de moradores que passou ali a noite calculava que lá dentro estavam detidas "
                    "cerca de 60 pessoas.",
                    "pt", EXTRACT_EVENT_HELD, 60, "grupo de moradores", EXTRACT_KIND_UNKNOWN);
}

Test(reach12_en, a_subject_past_a_relative_clause)
{
    expect_claimant("A coalition of student unions that organised the sit-in told reporters that 60 of its members had "
                    "been detained.",
                    "en", EXTRACT_EVENT_DETENTION, 60, "coalition of student unions", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Outside the station, a group of neighbours who spent the night there estimated that about 60 people "
                    "were being held inside.",
                    "en", EXTRACT_EVENT_HELD, 60, "group of neighbours", EXTRACT_KIND_UNKNOWN);
}

/* ---- a described body is no topic: "dele", "su" after it is the person named before (English "his" asks for a
 * person already, so only es and pt can go wrong here) ---- */

Test(reach12_pt, a_described_body_is_no_topic)
{
    expect_claimant("Falei ontem com um dos advogados, Rui Tavares, que integra uma rede de advogados voluntários. Na "
                    "avaliação dele, mais de 300 pessoas continuam detidas.",
                    "pt", EXTRACT_EVENT_HELD, 300, "Rui Tavares", EXTRACT_KIND_PERSON);
}

Test(reach12_es, a_described_body_is_no_topic)
{
    expect_claimant("Hablé ayer con uno de los abogados, Raúl Toledo, que integra una red de abogados voluntarios. A su "
                    "juicio, más de 300 personas siguen detenidas.",
                    "es", EXTRACT_EVENT_HELD, 300, "Raúl Toledo", EXTRACT_KIND_PERSON);
}

/* ---- a unit a body keeps (its data, its legal team) heads the subject: the body, its owner, speaks ---- */

Test(reach12_es, the_owner_of_a_unit_speaks)
{
    expect_claimant("Los últimos datos del Observatorio Penitenciario, la ONG que asiste a los detenidos, indicaban que 140 "
                    "estudiantes seguían presos.",
                    "es", EXTRACT_EVENT_HELD, 140, "Observatorio Penitenciario", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("El equipo jurídico del Observatorio Penitenciario afirma que 140 estudiantes siguen presos.", "es",
                    EXTRACT_EVENT_HELD, 140, "Observatorio Penitenciario", EXTRACT_KIND_ORGANIZATION);
}

Test(reach12_pt, the_owner_of_a_unit_speaks)
{
    expect_claimant("Os últimos dados conhecidos da Rede Cívica, a ONG que acompanha os detidos, indicavam que 140 "
                    "estudantes continuavam presos.",
                    "pt", EXTRACT_EVENT_HELD, 140, "Rede Cívica", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("A equipa jurídica da Rede Cívica afirma que 140 estudantes continuam presos.", "pt", EXTRACT_EVENT_HELD,
                    140, "Rede Cívica", EXTRACT_KIND_ORGANIZATION);
}

Test(reach12_en, the_owner_of_a_unit_speaks)
{
    expect_claimant("The Civic Network's latest figures indicated that 140 students were still in custody.", "en",
                    EXTRACT_EVENT_HELD, 140, "Civic Network", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The Civic Network's legal team says 140 of the students arrested on Monday are still in custody.", "en",
                    EXTRACT_EVENT_HELD, 140, "Civic Network", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a date with no comma opening the clause leaves the verb's subject slot empty: the speaker before goes on
 * (Spanish and Portuguese drop the subject; English does not, and its bare "it" after a date is handled already) ---- */

Test(reach12_es, a_date_opening_with_no_comma)
{
    expect_claimant("La Comisión Nacional de Derechos Humanos publica balances diarios. El jueves 20 de junio informó de "
                    "que más de 105 personas habían sido arrestadas ese día.",
                    "es", EXTRACT_EVENT_DETENTION, 105, "Comisión Nacional de Derechos Humanos", EXTRACT_KIND_GOVERNMENT);
}

Test(reach12_pt, a_date_opening_with_no_comma)
{
    expect_claimant("A Comissão Nacional de Direitos Humanos publica balanços diários. Na quinta-feira informou que mais de "
                    "105 pessoas tinham sido presas nesse dia.",
                    "pt", EXTRACT_EVENT_DETENTION, 105, "Comissão Nacional de Direitos Humanos", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a verb changing a count to a new figure reports it: "had revised that to 90", "atualizou a conta para" ---- */

Test(reach12_es, a_count_revised_to_a_new_figure)
{
    expect_claimant("El domingo la Policía habló de 70 arrestos. El martes, el Ministerio del Interior había actualizado "
                    "ese balance a 95 detenidos.",
                    "es", EXTRACT_EVENT_DETENTION, 95, "Ministerio del Interior", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("El domingo la Policía habló de 70 arrestos. Dos días después, el Ministerio del Interior revisó el "
                    "total hasta 95 arrestados.",
                    "es", EXTRACT_EVENT_DETENTION, 95, "Ministerio del Interior", EXTRACT_KIND_GOVERNMENT);
}

Test(reach12_pt, a_count_revised_to_a_new_figure)
{
    expect_claimant("No domingo, a polícia falou em 70 detidos. Na terça-feira, a Guarda Nacional corrigiu esse número para "
                    "95 detidos.",
                    "pt", EXTRACT_EVENT_DETENTION, 95, "Guarda Nacional", EXTRACT_KIND_GOVERNMENT);
}

Test(reach12_en, a_count_revised_to_a_new_figure)
{
    expect_claimant("On Sunday the police spoke of 70 arrests. By Tuesday the National Guard had revised that to 95, "
                    "counting people arrested outside the stadium.",
                    "en", EXTRACT_EVENT_DETENTION, 95, "National Guard", EXTRACT_KIND_GOVERNMENT);
}
