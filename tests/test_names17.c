/* test_names17.c - the claimant's name and kind (seventeenth session, names): an acronym stands for the name the
 * text introduced it with, French-style agency names are media, national human rights councils are the state's,
 * an armed group's name after its descriptor keeps its lower-case words, a nationality is no person, and a body's
 * unnamed staff speak for the body its head word names. Sentences written for these tests, in Spanish,
 * Portuguese and English, with distractors that must keep their claimant. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(names17, .init = setup, .fini = teardown);

#define REL EXTRACT_EVENT_RELEASE
#define HLD EXTRACT_EVENT_HELD
#define DTN EXTRACT_EVENT_DETENTION

/* "the X, the ACR, says … The ACR says": an acronym set off by commas after a body's name is that body's, though its
 * letters spell the name in another language. */
Test(names17, an_acronym_in_apposition_stands_for_the_body)
{
    expect_claimant("The Federal Council of Lawyers, the CFDA, says it registered the arrests.\n\n"
                    "The CFDA says more than 300 people were arrested in the north.",
                    "en", DTN, 300, "Federal Council of Lawyers", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("El Observatorio Andino de Cárceles, el OBSAC, publicó su informe.\n\n"
                    "El OBSAC informó de que 45 presos fueron liberados el lunes.",
                    "es", REL, 45, "Observatorio Andino de Cárceles", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("O Observatório Andino das Prisões, o OBSAP, publicou o seu relatório.\n\n"
                    "O OBSAP informou que 45 presos foram libertados na segunda-feira.",
                    "pt", REL, 45, "Observatório Andino das Prisões", EXTRACT_KIND_ORGANIZATION);
    /* distractor: an acronym the text never introduces stays as written */
    expect_claimant("The CFDA says more than 300 people were arrested in the north.", "en", DTN, 300, "CFDA",
                    EXTRACT_KIND_ORGANIZATION);
}

/* "the Los Angeles Police Department … The LAPD": a capitalised article after another article is a word of the
 * name, whose initials the acronym then spells. */
Test(names17, a_place_name_article_stays_in_the_body_name)
{
    expect_claimant("The Las Vegas Metropolitan Police Department said it made 30 arrests overnight.\n\n"
                    "The LVMPD counted 12 arrests on Sunday.",
                    "en", DTN, 12, "Las Vegas Metropolitan Police Department", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The Las Vegas Metropolitan Police Department said it made 30 arrests overnight.", "en", DTN, 30,
                    "Las Vegas Metropolitan Police Department", EXTRACT_KIND_GOVERNMENT);
    /* distractor: a Spanish article opening the name is still left out */
    expect_claimant("La Policía Nacional informó de 30 detenidos en la capital.", "es", DTN, 30, "Policía Nacional",
                    EXTRACT_KIND_GOVERNMENT);
}

/* "the state news agency TAP (Tunis Afrique Presse)": the acronym a medium's descriptor names is reported by the
 * name it introduces, still as a medium; "X Presse (Service)", "Agence … d'Information" are agencies. */
Test(names17, francophone_agencies_are_media)
{
    expect_claimant("The state news agency TAP (Tunis Afrique Presse) says nine prisoners have been freed.", "en", REL, 9,
                    "Tunis Afrique Presse", EXTRACT_KIND_MEDIA);
    expect_claimant("La agencia oficial Tunis Afrique Presse (TAP) informó de que nueve presos fueron liberados.", "es",
                    REL, 9, "Tunis Afrique Presse", EXTRACT_KIND_MEDIA);
    expect_claimant("A agência Tunis Afrique Presse (TAP) avança que nove presos foram libertados.", "pt", REL, 9,
                    "Tunis Afrique Presse", EXTRACT_KIND_MEDIA);
    expect_claimant("La agencia Agence Mauritanienne d'Information dijo que los rebeldes mantienen a seis rehenes.", "es",
                    HLD, 6, "Agence Mauritanienne d'Information", EXTRACT_KIND_MEDIA);
    /* distractor: a rights group described as an agency stays an organisation */
    expect_claimant("A agência de ativistas HRANA estima que 40 pessoas foram detidas.", "pt", DTN, 40, "HRANA",
                    EXTRACT_KIND_ORGANIZATION);
}

/* A national human rights council is a state body, as a national commission is; an opposition council is not. */
Test(names17, national_human_rights_councils_are_the_state)
{
    expect_claimant("The National Human Rights Council said 120 prisoners were pardoned.", "en", REL, 120,
                    "National Human Rights Council", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("El Consejo Nacional de Derechos Humanos informó de que 120 presos fueron indultados.", "es", REL, 120,
                    "Consejo Nacional de Derechos Humanos", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O Conselho Nacional dos Direitos Humanos informou que 120 presos foram indultados.", "pt", REL, 120,
                    "Conselho Nacional dos Direitos Humanos", EXTRACT_KIND_GOVERNMENT);
    /* distractor */
    expect_claimant("El Consejo Nacional de la Resistencia afirmó que 900 opositores siguen presos.", "es", HLD, 900,
                    "Consejo Nacional de la Resistencia", EXTRACT_KIND_ORGANIZATION);
}

/* "la brigada Los que Firman …", "a brigada Filhos do Deserto": the name after an armed group's descriptor is the
 * whole group's, lower-case words included, not a person read in its last word. */
Test(names17, an_armed_group_named_after_its_descriptor)
{
    expect_claimant("A brigada Filhos do Deserto diz manter em seu poder nove reféns.", "pt", HLD, 9, "Filhos do Deserto",
                    EXTRACT_KIND_ORGANIZATION);
    expect_claimant("La milicia Hijos del Desierto dijo que mantiene a nueve rehenes.", "es", HLD, 9,
                    "Hijos del Desierto", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The militia Hawks of the Desert said it was holding nine hostages.", "en", HLD, 9,
                    "Hawks of the Desert", EXTRACT_KIND_ORGANIZATION);
}

/* "Ana Ruiz, a German researcher … she estimated": a nationality is no one's name. */
Test(names17, a_nationality_is_no_person)
{
    expect_claimant("Much of the work came from Ana Ruiz, a German researcher at a university in Bonn.\n\n"
                    "In 2019 she estimated that about 900 people were held in the camps.",
                    "en", HLD, 900, "Ana Ruiz", EXTRACT_KIND_PERSON);
    expect_claimant("Much of the work came from Ana Ruiz, a Canadian researcher at a university in Toronto.\n\n"
                    "In 2019 she estimated that about 900 people were held in the camps.",
                    "en", HLD, 900, "Ana Ruiz", EXTRACT_KIND_PERSON);
}

/* "department officials", "funcionarios del ministerio": a body's unnamed staff named by its head word in lower case
 * speak for the body of that head word named before. */
Test(names17, staff_of_a_body_named_by_its_head_word)
{
    expect_claimant("The Department of Corrections opened the new wing in May.\n\n"
                    "When department officials met reporters, they said 75 inmates were released on parole.",
                    "en", REL, 75, "Department of Corrections", EXTRACT_KIND_GOVERNMENT);
    /* es already found the ministry through the link word after the staff word; it keeps it */
    expect_claimant("El Ministerio de Justicia abrió el nuevo pabellón en mayo.\n\n"
                    "Funcionarios del ministerio dijeron que 75 reclusos fueron liberados.",
                    "es", REL, 75, "Ministerio de Justicia", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O Ministério da Justiça abriu a nova ala em maio.\n\n"
                    "Funcionários do ministério disseram que 75 reclusos foram libertados.",
                    "pt", REL, 75, "Ministério da Justiça", EXTRACT_KIND_GOVERNMENT);
}

/* "según los organismos de derechos humanos", "according to human rights bodies": unnamed rights bodies are a
 * claimant, as "organizaciones / rights groups" already were. */
Test(names17, rights_bodies_unnamed_are_a_claimant)
{
    expect_claimant("Según los organismos de derechos humanos, unas 3.000 personas fueron detenidas en el centro clandestino.",
                    "es", DTN, 3000, "organismos de derechos humanos", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Segundo os organismos de direitos humanos, cerca de 3.000 pessoas foram detidas no quartel.", "pt",
                    DTN, 3000, "organismos de direitos humanos", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("According to human rights bodies, some 3,000 people were detained at the barracks.", "en", DTN, 3000,
                    "human rights bodies", EXTRACT_KIND_ORGANIZATION);
    /* distractor: the groups' word already known keeps its claim */
    expect_claimant("Según las organizaciones de derechos humanos, unas 3.000 personas fueron detenidas.", "es", DTN, 3000,
                    "organizaciones de derechos humanos", EXTRACT_KIND_ORGANIZATION);
}

/* "Publicações nas redes sociais … afirmam que": in a fact check, posts named by the networks they are on are the
 * checked claim's source, as posts named by their spreading already were. */
Test(names17, posts_on_social_networks_spread_the_checked_claim)
{
    expect_claimant("Verificação: é falso que 900 presos continuem na cadeia de Lagos\n\n"
                    "Publicações nas redes sociais afirmam que 900 presos continuam na cadeia de Lagos.\n\n"
                    "CLASSIFICAÇÃO: FALSO.\n\nA polícia nega.",
                    "pt", HLD, 900, "Publicações nas redes sociais", EXTRACT_KIND_UNKNOWN);
}

/* "o SNAI, o serviço que gere o sistema prisional,": a body described in apposition as the one that runs the prisons
 * is the state's. */
Test(names17, the_service_that_runs_the_prisons_is_the_state)
{
    expect_claimant("Na quinta-feira, o SNAP, o serviço que gere o sistema prisional, contabilizava 140 guardas retidos "
                    "como reféns.",
                    "pt", HLD, 140, "SNAP", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("El jueves, el SNAP, el servicio que gestiona las cárceles, contabilizaba 140 guardias retenidos como "
                    "rehenes.",
                    "es", HLD, 140, "SNAP", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("On Thursday SNAP, the service that runs the prison system, counted 140 guards held hostage.", "en", HLD,
                    140, "SNAP", EXTRACT_KIND_GOVERNMENT);
    /* distractor: a body that denounces the prisons is no prison service */
    expect_claimant("On Thursday CDHP, the group that monitors the prisons, counted 140 guards held hostage.", "en", HLD,
                    140, "CDHP", EXTRACT_KIND_ORGANIZATION);
}
