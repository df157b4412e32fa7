/* test_whoname19.c - the claimant's name and kind (nineteenth session, whoname): a body introduced by a descriptor
 * whose complement holds a common noun ("la asociación de familiares X"), a known body and its branch ("Greenpeace
 * Internacional"), known guerrillas and armed groups, news agencies, a local office holder's title between a body
 * and a name ("Cook County Sheriff Tom Dart"), a short name in parentheses or in an aside after a body's name, a
 * White Paper, national state bodies, a company named by its crew, and places after "the country of" or "the mayor
 * of" that no later "he" or "she" means. Sentences written for these tests, in Spanish, Portuguese and English,
 * with distractors that must keep their claimant. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(whoname19, .init = setup, .fini = teardown);

#define REL EXTRACT_EVENT_RELEASE
#define HELD EXTRACT_EVENT_HELD
#define DETN EXTRACT_EVENT_DETENTION
#define GOV EXTRACT_KIND_GOVERNMENT
#define ORG EXTRACT_KIND_ORGANIZATION
#define PER EXTRACT_KIND_PERSON
#define MED EXTRACT_KIND_MEDIA

/* A descriptor whose complement is a common noun ("de familiares", "of relatives") names the body after it. */
Test(whoname19, a_descriptor_with_a_common_noun_names_a_body)
{
    expect_claimant("La asociación de familiares Bidean Elkartea calcula que más de 200 presos siguen en cárceles "
                    "lejanas.",
                    "es", HELD, 200, "Bidean Elkartea", ORG);
    expect_claimant("The association of relatives Bidean says that more than 200 prisoners are still held far from "
                    "home.",
                    "en", HELD, 200, "Bidean", ORG);
    /* remembered: the bare name later is still the body */
    expect_claimant("La asociación de familiares Bidean convocó una marcha en Bilbao. Bidean calcula que más de 200 "
                    "presos siguen en cárceles lejanas.",
                    "es", HELD, 200, "Bidean", ORG);
    /* distractor: already a body in Portuguese */
    expect_claimant("A associação de familiares Bidean calcula que mais de 200 presos continuam em prisões distantes.",
                    "pt", HELD, 200, "Bidean", ORG);
}

/* A known body's name and its branch are one name. */
Test(whoname19, a_known_body_and_its_branch_are_one_name)
{
    expect_claimant("Greenpeace Internacional aseguró este viernes que 26 activistas fueron liberados bajo fianza.",
                    "es", REL, 26, "Greenpeace Internacional", ORG);
    expect_claimant("A Greenpeace Internacional afirmou nesta sexta-feira que 26 ativistas foram libertados.", "pt",
                    REL, 26, "Greenpeace Internacional", ORG);
    expect_claimant("Oxfam International said on Friday that 26 activists had been released on bail.", "en", REL, 26,
                    "Oxfam International", ORG);
    /* distractor: the body alone */
    expect_claimant("Greenpeace aseguró este viernes que 26 activistas fueron liberados bajo fianza.", "es", REL, 26,
                    "Greenpeace", ORG);
}

/* Known guerrillas and armed groups are organisations: the FARC's name opens like a state's army, and "the group"
 * finds a group known by a name with no head word. */
Test(whoname19, guerrillas_and_armed_groups_are_organisations)
{
    expect_claimant("Las Fuerzas Armadas Revolucionarias de Colombia aseguraron que mantienen a 44 rehenes.", "es", HELD,
                    44, "Fuerzas Armadas Revolucionarias de Colombia", ORG);
    expect_claimant("As Forças Armadas Revolucionárias da Colômbia afirmaram que mantêm 44 reféns.", "pt", HELD, 44,
                    "Forças Armadas Revolucionárias da Colômbia", ORG);
    expect_claimant("The Revolutionary Armed Forces of Colombia said it was holding 44 hostages.", "en", HELD, 44,
                    "Revolutionary Armed Forces of Colombia", ORG);
    expect_claimant("El líder de Boko Haram reivindicó el secuestro. Dos días después, el grupo aseguró tener en su "
                    "poder a 300 alumnos.",
                    "es", HELD, 300, "Boko Haram", ORG);
    expect_claimant("Boko Haram's leader claimed the kidnapping. Two days later, the group said it was holding 300 "
                    "pupils.",
                    "en", HELD, 300, "Boko Haram", ORG);
}

/* News agencies and broadcasters known by name are media. */
Test(whoname19, news_agencies_are_media)
{
    expect_claimant("About 60 people were arrested overnight, the Press Association reported.", "en", DETN, 60,
                    "Press Association", MED);
    expect_claimant("Segundo a Azatutyun, 27 manifestantes saíram em liberdade na segunda-feira.", "pt", REL, 27,
                    "Azatutyun", MED);
    /* distractor: already a medium by its descriptor */
    expect_claimant("Según la agencia KUNA, 27 manifestantes fueron liberados el lunes.", "es", REL, 27, "KUNA", MED);
}

/* A local office holder's title between the body and the name: the person speaks. */
Test(whoname19, a_local_title_between_body_and_name_is_the_persons)
{
    expect_claimant("Cook County Sheriff Tom Dart said that more than 200 people were being held in the county jail.",
                    "en", HELD, 200, "Tom Dart", PER);
    /* distractor: the office itself */
    expect_claimant("The Cook County Sheriff's Office said that more than 200 people were being held in the county "
                    "jail.",
                    "en", HELD, 200, "Cook County Sheriff's Office", GOV);
}

/* A short name in parentheses after a described body, or set off after a body's name, is that body's. */
Test(whoname19, a_short_name_after_a_body_is_the_body)
{
    expect_claimant("The rights group Suara Warga Nusantara (Suwana) was founded in 1990. Suwana estimates that more "
                    "than 500 people were detained last year.",
                    "en", DETN, 500, "Suara Warga Nusantara", ORG);
    expect_claimant("Hablamos con Ana Ruiz, coordinadora del Comité de Familiares de Presos de Olancho, el Cofapo. "
                    "Según el último informe del Cofapo, más de 3.000 personas fueron detenidas.",
                    "es", DETN, 3000, "Comité de Familiares de Presos de Olancho", ORG);
    expect_claimant("Falámos com Ana Ruiz, coordenadora do Comitê de Familiares de Presos de Olancho, o Cofapo. "
                    "Segundo o último relatório do Cofapo, mais de 3.000 pessoas foram detidas.",
                    "pt", DETN, 3000, "Comitê de Familiares de Presos de Olancho", ORG);
    /* the body's name may end on the country it works in */
    expect_claimant("Hablamos con Ana Ruiz, coordinadora del Comité de Familiares de Detenidos Desaparecidos en "
                    "Honduras, el Cofadeh. Según el último informe del Cofadeh, más de 3.000 personas fueron detenidas.",
                    "es", DETN, 3000, "Comité de Familiares de Detenidos Desaparecidos en Honduras", ORG);
    /* distractor: a person named after a body stays the person */
    expect_claimant("Hablamos con Ana Ruiz, de la Comisión de Derechos Humanos de Olancho. Según Ruiz, más de 3.000 "
                    "personas fueron detenidas.",
                    "es", DETN, 3000, "Ana Ruiz", PER);
}

/* A White Paper is a document, no person. */
Test(whoname19, a_white_paper_is_no_person)
{
    expect_claimant("According to the same White Paper, 40 of those arrested were sent to a detention camp.", "en",
                    HELD, 40, NULL, PER);
    expect_claimant("Según el mismo Libro Blanco, 40 de los detenidos fueron enviados a un campo.", "es", DETN, 40, NULL,
                    PER);
}

/* A body with an ambiguous head word qualified as national is the state's; an opposition council is not. */
Test(whoname19, a_national_body_is_the_states)
{
    expect_claimant("The National Reporting Centre said that 300 miners had been arrested that week.", "en", DETN, 300,
                    "National Reporting Centre", GOV);
    expect_claimant("El Centro Nacional de Coordinación informó que 300 mineros fueron detenidos esa semana.", "es",
                    DETN, 300, "Centro Nacional de Coordinación", GOV);
    expect_claimant("O Centro Nacional de Coordenação informou que 300 mineiros foram presos naquela semana.", "pt",
                    DETN, 300, "Centro Nacional de Coordenação", GOV);
    /* distractor */
    expect_claimant("El Consejo Nacional de Resistencia de Irán afirmó que 300 manifestantes fueron detenidos.", "es",
                    DETN, 300, "Consejo Nacional de Resistencia de Irán", ORG);
}

/* A company named by its crew keeps that kind when repeated. */
Test(whoname19, a_company_named_by_its_crew)
{
    expect_claimant("The 12 members of the Air France crew stayed with the passengers. A further 101 were freed on "
                    "Thursday, according to Air France.",
                    "en", REL, 101, "Air France", ORG);
    expect_claimant("Los doce miembros de la tripulación de Air France se quedaron con los pasajeros. Otros 101 fueron "
                    "liberados el jueves, según Air France.",
                    "es", REL, 101, "Air France", ORG);
    expect_claimant("Os doze membros da tripulação da Air France ficaram com os passageiros. Outros 101 foram "
                    "libertados na quinta-feira, segundo a Air France.",
                    "pt", REL, 101, "Air France", ORG);
}

/* The place after "the country of", "the mayor of": no later "he" or "she" means it. */
Test(whoname19, a_place_after_its_noun_or_office_is_no_one)
{
    expect_claimant("Ruslan Aushev, the former president of Ingushetia, entered the school. He said 26 hostages had "
                    "been freed.",
                    "en", REL, 26, "Ruslan Aushev", PER);
    expect_claimant("Ana Lima, the mayor of Springfield, visited the jail. She said 40 people were still held there.",
                    "en", HELD, 40, "Ana Lima", PER);
    expect_claimant("Ana Lima, prefeita de Porto Novo, visitou a cadeia. Segundo ela, 40 pessoas continuam presas.",
                    "pt", HELD, 40, "Ana Lima", PER);
    expect_claimant("Hoy el país del Cuerno de Oro libera presos. Según él, 300 personas fueron detenidas.", "es", DETN,
                    300, NULL, PER);
    /* distractor: a person named before "él" is still the one meant */
    expect_claimant("Hoy el presidente Juan Pérez libera presos. Según él, 300 personas fueron detenidas.", "es", DETN,
                    300, "Juan Pérez", PER);
}

/* A portfolio word followed by its country ("ministro del Interior de Uganda") opens no person's name. */
Test(whoname19, a_portfolio_and_its_country_open_no_name)
{
    expect_claimant("El general Iván Soto, ministro del Interior de Uganda, compareció ayer. Según el ministro, esas 177 "
                    "personas siguen bajo custodia.",
                    "es", HELD, 177, "Iván Soto", PER);
    expect_claimant("O general Iván Soto, ministro do Interior de Uganda, falou ontem. Segundo o ministro, essas 177 "
                    "pessoas continuam sob custódia.",
                    "pt", HELD, 177, "Iván Soto", PER);
    expect_claimant("General Ivan Soto, the Minister of Interior of Uganda, spoke on Tuesday. According to the minister, "
                    "those 177 people remain in custody.",
                    "en", HELD, 177, "Ivan Soto", PER);
}
