/* test_who26.c - claimants (twenty-sixth session): a possessive relative clause on a name ("X, whose founder, Y,
 * is serving ten years, says", "X, cuyo fundador, Y, cumple condena, contabiliza") is one aside, so the reporting
 * verb after it is the name's, not the person's its own apposition names (subjects.c, S_relative_aside_start; lexicon
 * possessive_relative_words); a body whose name says it is the state's ("State Peace and Development Council",
 * "Consejo de Estado para la Paz y el Desarrollo") is of kind government whatever civil word it holds (actor.state_body);
 * a capitalised headquarters ("Coordination Headquarters for …", "Cuartel de Coordinación para …", "Quartel-General
 * de …") is a state body read whole (who26.pat); a heading that names its source before a colon ("New figure from
 * Officer X: …", "Nuevo balance de la Policía Nacional: …") gives the figures after it that source, and so does
 * giving or making a count before a colon ("has given its first count: …", "hace balance: …", "faz o balanço: …")
 * (who26.pat); a quantifying determiner opening a sentence ("Algunas") is no first name (capwords); the same
 * speaker's figure given again with another inexact qualifier ("about 300", later "more than 300") is a new count,
 * not a repeat (claims.c). Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must
 * keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(who26, .init = setup, .fini = teardown);

#define DTN EXTRACT_EVENT_DETENTION
#define REL EXTRACT_EVENT_RELEASE

/* The verb after a possessive relative clause speaks for the name the clause is on. */
Test(who26, a_possessive_relative_clause_is_one_aside)
{
    expect_claimant("The Marlow Trust, whose founder, the lawyer Ines Berg, spent two years in prison, says 60 "
                    "prisoners were released on Friday.",
                    "en", REL, 60, "Marlow Trust", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("La Fundación Marlow, ilegalizada en 2021 y cuya fundadora, la abogada Inés Berg, pasó dos años "
                    "presa, contabiliza 60 excarcelaciones desde el viernes.",
                    "es", REL, 60, "Fundación Marlow", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("A Fundação Marlow, ilegalizada em 2021 e cuja fundadora, a advogada Inês Berg, passou dois anos "
                    "presa, contabiliza 60 libertações desde sexta-feira.",
                    "pt", REL, 60, "Fundação Marlow", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Ana Ruiz, whose son, the student Pedro Lara, was arrested in May, said 40 prisoners were freed "
                    "on Monday.",
                    "en", REL, 40, "Ana Ruiz", EXTRACT_KIND_PERSON);
    expect_claimant("Ana Ruiz, cuyo hijo, el estudiante Pedro Lara, fue detenido en mayo, dijo que 40 presos fueron "
                    "liberados el lunes.",
                    "es", REL, 40, "Ana Ruiz", EXTRACT_KIND_PERSON);
    expect_claimant("Ana Ruiz, cujo filho, o estudante Pedro Lara, foi detido em maio, disse que 40 presos foram "
                    "libertados na segunda-feira.",
                    "pt", REL, 40, "Ana Ruiz", EXTRACT_KIND_PERSON);
}

/* Distractors: a person named in an apposition who is the subject keeps speaking. */
Test(who26, an_apposition_without_a_possessive_relative_keeps_its_person)
{
    expect_claimant("Its founder, the lawyer Ines Berg, who spent two years in prison, says 60 prisoners were "
                    "released on Friday.",
                    "en", REL, 60, "Ines Berg", EXTRACT_KIND_PERSON);
    expect_claimant("Su fundadora, la abogada Inés Berg, que pasó dos años presa, dice que 60 presos fueron "
                    "excarcelados el viernes.",
                    "es", REL, 60, "Inés Berg", EXTRACT_KIND_PERSON);
    expect_claimant("A sua fundadora, a advogada Inês Berg, que passou dois anos presa, diz que 60 presos foram "
                    "libertados na sexta-feira.",
                    "pt", REL, 60, "Inês Berg", EXTRACT_KIND_PERSON);
}

/* A body whose name says it is the state's is the government, whatever civil word it holds. */
Test(who26, a_state_named_organ_is_the_government)
{
    expect_claimant("The State Peace and Development Council said 300 people had been detained.", "en", DTN, 300,
                    "State Peace and Development Council", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("El Consejo de Estado para la Paz y el Desarrollo informó que 300 personas fueron detenidas.", "es",
                    DTN, 300, "Consejo de Estado para la Paz y el Desarrollo", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O Conselho de Estado para a Paz e o Desenvolvimento informou que 300 pessoas foram detidas.",
                    "pt", DTN, 300, "Conselho de Estado para a Paz e o Desenvolvimento", EXTRACT_KIND_GOVERNMENT);
}

/* Distractors: the same words without the state stay an organisation. */
Test(who26, a_council_for_peace_stays_an_organisation)
{
    expect_claimant("The Peace and Development Council of the valley said 300 people had been detained.", "en", DTN,
                    300, "Peace and Development Council", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("El Consejo para la Paz y el Desarrollo del valle informó que 300 personas fueron detenidas.", "es",
                    DTN, 300, "Consejo para la Paz y el Desarrollo", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("O Conselho para a Paz e o Desenvolvimento do vale informou que 300 pessoas foram detidas.", "pt",
                    DTN, 300, "Conselho para a Paz e o Desenvolvimento", EXTRACT_KIND_ORGANIZATION);
}

/* A capitalised headquarters is a state body, its name read whole (Portuguese's "Quartel-General de …" was read so
 * already, by pt.actor.gov). */
Test(who26, a_headquarters_is_a_state_body_read_whole)
{
    expect_claimant("The Coordination Headquarters for the Treatment of Prisoners of War says 300 soldiers have come "
                    "home.",
                    "en", REL, 300, "Coordination Headquarters for the Treatment of Prisoners of War",
                    EXTRACT_KIND_GOVERNMENT);
    expect_claimant("El Cuartel de Coordinación para el Tratamiento de los Desaparecidos informó que 200 soldados "
                    "fueron liberados.",
                    "es", REL, 200, "Cuartel de Coordinación para el Tratamiento de los Desaparecidos",
                    EXTRACT_KIND_GOVERNMENT);
    /* its short name later is the same body */
    expect_claimant("El Cuartel de Coordinación para el Tratamiento de los Desaparecidos organizó el canje.\n\nEl "
                    "Cuartel precisó hoy que, con él, son ya más de 2.800 los soldados liberados desde 2022.",
                    "es", REL, 2800, "Cuartel de Coordinación para el Tratamiento de los Desaparecidos",
                    EXTRACT_KIND_GOVERNMENT);
}

/* A heading that names its source before a colon, or a count given before one, gives the figures after it. */
Test(who26, a_heading_names_the_source_of_the_figures_after_its_colon)
{
    expect_claimant("- New figure from Sergeant Lopez: more than 200 people have been arrested tonight.", "en", DTN,
                    200, "Lopez", EXTRACT_KIND_PERSON);
    expect_claimant("— Nuevo recuento del sargento Luis López: más de 200 personas han sido detenidas esta noche.", "es",
                    DTN, 200, "Luis López", EXTRACT_KIND_PERSON);
    expect_claimant("— Novo balanço do sargento Luís Lopes: mais de 200 pessoas foram detidas esta noite.", "pt", DTN,
                    200, "Luís Lopes", EXTRACT_KIND_PERSON);
    expect_claimant("The Police Department press office has given its first overall count: 720 arrests.", "en", DTN,
                    720, "Police Department", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("15:40 — La Policía Nacional hace balance: con esta, 720 personas han sido detenidas.", "es", DTN,
                    720, "Policía Nacional", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("15h40 — A Polícia Federal faz o balanço: com esta, 720 pessoas já foram detidas.", "pt", DTN, 720,
                    "Polícia Federal", EXTRACT_KIND_GOVERNMENT);
}

/* Distractors: a heading with no source, and figures with no heading, keep no claimant. */
Test(who26, a_heading_without_a_source_gives_none)
{
    expect_claimant("New figures show a fall in arrests; 200 people were detained on Friday.", "en", DTN, 200, NULL,
                    EXTRACT_KIND_UNKNOWN);
    expect_claimant("Nuevo balance de una noche larga: 200 personas fueron detenidas el viernes.", "es", DTN, 200, NULL,
                    EXTRACT_KIND_UNKNOWN);
    expect_claimant("Novo balanço de uma noite longa: 200 pessoas foram detidas na sexta-feira.", "pt", DTN, 200, NULL,
                    EXTRACT_KIND_UNKNOWN);
}

/* A quantifying determiner opening the sentence is no one's first name: the phrase it opens speaks (Portuguese and
 * English read these already; the Spanish "Algunas" was a person). */
Test(who26, a_quantifier_is_no_first_name)
{
    expect_claimant("Algunas cadenas de televisión locales informaron de que los liberados eran ya diez.", "es", REL, 10,
                    "cadenas de televisión locales", EXTRACT_KIND_MEDIA);
    expect_claimant("Algumas emissoras de televisão locais informaram que os libertados eram já dez.", "pt", REL, 10,
                    "emissoras de televisão locais", EXTRACT_KIND_MEDIA);
    expect_claimant("Various local television channels reported that ten had been released.", "en", REL, 10,
                    "local television", EXTRACT_KIND_MEDIA);
}

/* The same speaker's figure given again with another inexact qualifier is a new count (claims.c). */
Test(who26, a_figure_given_again_with_another_qualifier_is_a_new_count)
{
    cr_assert_eq(count_claims("Police spokesman Tom Hale said in the morning that about 300 people had been arrested. "
                              "In the evening, Tom Hale said more than 300 people had been arrested.",
                              "en", DTN, 300),
                 2);
    cr_assert_eq(count_claims("El portavoz policial Tomás Vela dijo por la mañana que unas 300 personas habían sido "
                              "detenidas. Por la noche, Tomás Vela dijo que más de 300 personas habían sido detenidas.",
                              "es", DTN, 300),
                 2);
    cr_assert_eq(count_claims("O porta-voz da polícia Tomás Vela disse de manhã que cerca de 300 pessoas tinham sido "
                              "detidas. À noite, Tomás Vela disse que mais de 300 pessoas tinham sido detidas.",
                              "pt", DTN, 300),
                 2);
}

/* Distractors: said again with the same qualifier, or once exact, it is one claim. */
Test(who26, a_figure_said_again_stays_one_claim)
{
    cr_assert_eq(count_claims("Police spokesman Tom Hale said that about 300 people had been arrested. Tom Hale later "
                              "said again that about 300 people had been arrested.",
                              "en", DTN, 300),
                 1);
    cr_assert_eq(count_claims("El portavoz policial Tomás Vela dijo que 300 personas habían sido detenidas. Más tarde, "
                              "Tomás Vela dijo que más de 300 personas habían sido detenidas.",
                              "es", DTN, 300),
                 1);
    cr_assert_eq(count_claims("O porta-voz da polícia Tomás Vela disse que cerca de 300 pessoas tinham sido detidas. "
                              "Mais tarde, Tomás Vela repetiu que cerca de 300 pessoas tinham sido detidas.",
                              "pt", DTN, 300),
                 1);
}
