/* test_who22.c - claimants that came out empty (twenty-second session): a figure spoken of with an adjunct between
 * the verb and "de/em/of", unnamed sources of prisons and security, a burgomaster, unnamed officials (a junior
 * minister, "un responsable policial"), and "the company" standing for the firm named before. Sentences written for
 * these tests, in Spanish, Portuguese and English, with distractors that must keep their current output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(who22, .init = setup, .fini = teardown);

#define DETE EXTRACT_EVENT_DETENTION
#define RELE EXTRACT_EVENT_RELEASE
#define HELDE EXTRACT_EVENT_HELD

/* "habló el domingo de «unos 120»": speaking of a figure gives it, whatever adjunct stands before "de". */
Test(who22, speaking_of_a_figure_with_an_adjunct)
{
    expect_claimant("El gobernador Pedro Almirón habló el martes por la noche de «unos 80» detenidos en la capital.",
                    "es", DETE, 80, "Pedro Almirón", EXTRACT_KIND_PERSON);
    expect_claimant("O governador Pedro Almeida falou na terça-feira à noite em «cerca de 80» detidos na capital.",
                    "pt", DETE, 80, "Pedro Almeida", EXTRACT_KIND_PERSON);
    expect_claimant("Governor Peter Allen has spoken of \"a little more than 80\" arrests in the capital.", "en", DETE,
                    80, "Peter Allen", EXTRACT_KIND_PERSON);
    /* distractors: talking with someone about people is no figure given */
    expect_claimant("El obispo habló el martes con las familias de 80 detenidos.", "es", DETE, 80, NULL, 0);
    expect_claimant("O bispo falou na terça-feira com as famílias de 80 detidos.", "pt", DETE, 80, NULL, 0);
}

/* "según fuentes del servicio penitenciario", "fontes dos serviços prisionais": unnamed sources, named as written,
 * of kind unknown (docs/corpus.md, "Unnamed officials"). */
Test(who22, unnamed_sources_of_prisons_and_security)
{
    expect_claimant("Según fuentes del servicio penitenciario, 45 reclusos salieron ayer en libertad.", "es", RELE, 45,
                    "fuentes del servicio penitenciario", EXTRACT_KIND_UNKNOWN);
    expect_claimant("Segundo fontes dos serviços prisionais, 45 reclusos saíram ontem em liberdade.", "pt", RELE, 45,
                    "fontes dos serviços prisionais", EXTRACT_KIND_UNKNOWN);
    /* the sources an older rule reads are unknown too since the twenty-ninth session (the gold: 31 such lines
     * unknown against 4 government); those of a named body are left as they were */
    expect_claimant("Según fuentes policiales, 12 personas fueron detenidas en Pamplona.", "es", DETE, 12,
                    "fuentes policiales", EXTRACT_KIND_UNKNOWN);
    expect_claimant("Fontes da Polícia Judiciária disseram que 12 pessoas foram detidas em Setúbal.", "pt", DETE, 12,
                    "Fontes da Polícia Judiciária", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Security sources said 12 people had been arrested in Croydon.", "en", DETE, 12,
                    "Security sources", EXTRACT_KIND_UNKNOWN);
}

/* "O burgomestre de Smilde disse": a mayor's office, as "o prefeito de X" already was. */
Test(who22, a_burgomaster_speaks_for_the_town)
{
    expect_claimant("El burgomaestre de Smilde dijo por la tarde que los 105 niños liberados estaban ya en casa.", "es",
                    RELE, 105, "burgomaestre de Smilde", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O burgomestre de Smilde disse ao fim da tarde que as 105 crianças libertadas estavam todas em casa.",
                    "pt", RELE, 105, "burgomestre de Smilde", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The burgomaster of Smilde said in the evening that the 105 freed children were all at home.", "en",
                    RELE, 105, "burgomaster of Smilde", EXTRACT_KIND_GOVERNMENT);
    /* distractor: a known title keeps its office */
    expect_claimant("O prefeito de Smilde disse ao fim da tarde que as 105 crianças libertadas estavam todas em casa.",
                    "pt", RELE, 105, "prefeito de Smilde", EXTRACT_KIND_GOVERNMENT);
}

/* "a junior interior minister told reporters", "un responsable policial": an official the text does not name. */
Test(who22, unnamed_officials)
{
    expect_claimant("Un responsable policial, citado por AFP, dijo que 20 personas seguían retenidas.", "es", HELDE, 20,
                    "responsable policial", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Um responsável policial disse à AFP que 20 pessoas continuavam retidas.", "pt", HELDE, 20,
                    "responsável policial", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("A junior interior minister told reporters that fewer than 500 people had been taken into custody.",
                    "en", DETE, 500, "junior interior minister", EXTRACT_KIND_GOVERNMENT);
    /* distractor: a senior official keeps the body the older rule gives */
    expect_claimant("A senior interior ministry official told reporters that fewer than 500 people had been taken into "
                    "custody.",
                    "en", DETE, 500, "interior ministry", EXTRACT_KIND_GOVERNMENT);
}

/* '"All 21 are free," the company said': the firm named before; never the word "company" itself. */
Test(who22, the_company_is_the_firm_named_before)
{
    expect_claimant("The shipping group Stena Bulk AB confirmed the seizure on Friday. \"All 21 crew members are free "
                    "and safe,\" the company said in a statement.",
                    "en", RELE, 21, "Stena Bulk AB", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Irán apresó el viernes el petrolero Nordic Star, de la naviera Stena Bulk. \"Los 21 tripulantes "
                    "han sido liberados\", dijo la naviera en un comunicado.",
                    "es", RELE, 21, "Stena Bulk", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("A companhia aérea Air Atlas confirmou o sequestro na sexta-feira. \"Os 21 passageiros foram "
                    "libertados\", disse a empresa num comunicado.",
                    "pt", RELE, 21, "Air Atlas", EXTRACT_KIND_ORGANIZATION);
    /* distractor: with no firm named, no claimant "company" */
    expect_claimant("Iran seized the tanker on Friday. \"All 21 crew members are free and safe,\" the company said in a "
                    "statement.",
                    "en", RELE, 21, NULL, 0);
}

/* "la jueza dio por probado que", "deu como provado que", "ruled that": a court's finding is its claim. */
Test(who22, a_court_finds_what_it_holds_proven)
{
    expect_claimant("En su sentencia, la jueza Marta Ruiz dio por probado que once personas fueron detenidas por "
                    "soldados en el cuartel.",
                    "es", DETE, 11, "Marta Ruiz", EXTRACT_KIND_PERSON);
    expect_claimant("Na sentença, a juíza Marta Ruiz deu como provado que onze pessoas foram detidas por soldados no "
                    "quartel.",
                    "pt", DETE, 11, "Marta Ruiz", EXTRACT_KIND_PERSON);
    expect_claimant("In her ruling, Judge Martha Ross ruled that eleven people had been detained by soldiers at the "
                    "barracks.",
                    "en", DETE, 11, "Martha Ross", EXTRACT_KIND_PERSON);
    /* distractor: a finding with no clause after it reports nothing */
    expect_claimant("El tribunal dio por probado el secuestro de once personas en el cuartel.", "es", DETE, 11, NULL, 0);
}
