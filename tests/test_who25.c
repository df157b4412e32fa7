/* test_who25.c - claimants (twenty-fifth session): a state's press service or press office speaks for the state
 * (kind government), read by xc_phrase_kind from two- and three-word rows of `head_kinds` before the media word
 * alone ("press", "prensa", "imprensa"); a news agency or broadcaster named after a descriptor carrying a
 * nationality adjective ("la agencia de noticias keniana KNA", "a agência noticiosa queniana KNA", "the Kenyan news
 * agency KNA") is that outlet, of kind media (who25.pat); a reporting verb after an apposition on the name opening
 * the sentence has that name as its subject also when the apposition goes on with a place ("…, organización con
 * sede en Lima, en el norte de Perú, afirmó"), opens with a bare noun for a body, or follows the name's acronym in
 * parentheses (subjects.c, S_aside_head); an airline named "Air" and a word is a company, "Air Force" the state's
 * (who25.pat); reacting or responding in a statement quoted after a colon is saying what is quoted (who25.pat).
 * A single anonymous source of a named body is unknown, named as written (who25.pat). A text told in the first
 * person singular more than in the plural is no statement with an issuer (claims.c). Sentences written for these tests, in Spanish,
 * Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(who25, .init = setup, .fini = teardown);

#define DTN EXTRACT_EVENT_DETENTION
#define REL EXTRACT_EVENT_RELEASE

/* A press service of the state is the state's voice, not a newspaper. */
Test(who25, a_press_service_is_the_government)
{
    expect_claimant("El servicio de prensa del Kremlin informó el martes de que 45 presos fueron indultados.", "es",
                    REL, 45, "servicio de prensa del Kremlin", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("La oficina de prensa de la gobernación aseguró que 45 manifestantes fueron detenidos.", "es",
                    DTN, 45, "oficina de prensa de la gobernación", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O serviço de imprensa do Kremlin informou na terça-feira que 45 presos foram indultados.", "pt",
                    REL, 45, "serviço de imprensa do Kremlin", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("On Monday the president pardoned 45 prisoners, the presidential press service announced.", "en",
                    REL, 45, "presidential press service", EXTRACT_KIND_GOVERNMENT);
}

/* Distractors: the press at large stays media. */
Test(who25, the_press_at_large_stays_media)
{
    expect_claimant("Según la prensa local, 45 manifestantes fueron detenidos el martes.", "es", DTN, 45,
                    "prensa local", EXTRACT_KIND_MEDIA);
    expect_claimant("Segundo a imprensa local, 45 manifestantes foram detidos na terça-feira.", "pt", DTN, 45,
                    "imprensa local", EXTRACT_KIND_MEDIA);
    expect_claimant("According to the local press, 45 protesters were arrested on Tuesday.", "en", DTN, 45,
                    "local press", EXTRACT_KIND_MEDIA);
}

/* A news agency named after a nationality adjective is that agency, a medium. */
Test(who25, a_news_agency_with_a_nationality_is_media)
{
    expect_claimant("Según la agencia de noticias keniana KNA, 45 manifestantes fueron detenidos el martes.", "es", DTN,
                    45, "KNA", EXTRACT_KIND_MEDIA);
    expect_claimant("Segundo a agência noticiosa queniana KNA, 45 manifestantes foram detidos na terça-feira.", "pt",
                    DTN, 45, "KNA", EXTRACT_KIND_MEDIA);
    expect_claimant("According to the Kenyan news agency KNA, 45 protesters were arrested on Tuesday.", "en", DTN, 45,
                    "KNA", EXTRACT_KIND_MEDIA);
}

/* Distractor: an agency of a state named with a nationality is no outlet. */
Test(who25, a_state_agency_with_a_nationality_is_no_outlet)
{
    expect_claimant("Según la agencia estadounidense DEA, 45 traficantes fueron detenidos el martes.", "es", DTN, 45,
                    "DEA", EXTRACT_KIND_ORGANIZATION);
}

/* An apposition that goes on with a place still describes the name opening the sentence. */
Test(who25, an_apposition_with_a_place_keeps_the_name_as_subject)
{
    expect_claimant("El Colectivo Andino, organización con sede en Lima, en el norte de Perú, afirmó ayer que 600 "
                    "personas fueron detenidas.",
                    "es", DTN, 600, "Colectivo Andino", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("O Coletivo Andino, organização com sede em Lima, no norte do Peru, afirmou ontem que 600 pessoas "
                    "foram detidas.",
                    "pt", DTN, 600, "Coletivo Andino", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The Andean Collective, a group based in Lima, in northern Peru, said yesterday that 600 people had "
                    "been arrested.",
                    "en", DTN, 600, "Andean Collective", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The Andean Centre for Human Rights (ACHR), an organisation based in Lima, in northern Peru, said "
                    "yesterday that 600 people had been arrested.",
                    "en", DTN, 600, "Andean Centre for Human Rights", EXTRACT_KIND_ORGANIZATION);
}

/* Distractor: a place after the figure's clause is no apposition; the speaker after the verb speaks. */
Test(who25, a_place_after_the_clause_keeps_the_speaker_after_the_verb)
{
    expect_claimant("Unas 700 personas fueron detenidas en Lima, en el norte de Perú, afirmó ayer el ministro Luis Vela.",
                    "es", DTN, 700, "Luis Vela", EXTRACT_KIND_PERSON);
    expect_claimant("Cerca de 700 pessoas foram detidas em Lima, no norte do Peru, afirmou ontem o ministro Luís Vela.",
                    "pt", DTN, 700, "Luís Vela", EXTRACT_KIND_PERSON);
    expect_claimant("About 700 people were arrested in Lima, in northern Peru, said Interior Minister Luis Vela.", "en",
                    DTN, 700, "Luis Vela", EXTRACT_KIND_PERSON);
}

/* An airline named "Air" and a word is a company, not a person. */
Test(who25, an_air_company_is_an_organization)
{
    expect_claimant("Air Zimbabwe sostiene que 14 tripulantes fueron liberados el martes.", "es", REL, 14, "Air Zimbabwe",
                    EXTRACT_KIND_ORGANIZATION);
    expect_claimant("A Air Zimbabwe diz que 14 tripulantes foram libertados na terça-feira.", "pt", REL, 14,
                    "Air Zimbabwe", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Air Zimbabwe says 14 crew members were released on Tuesday.", "en", REL, 14, "Air Zimbabwe",
                    EXTRACT_KIND_ORGANIZATION);
}

/* Distractor: the Air Force is an armed force, the state's. */
Test(who25, the_air_force_is_the_state)
{
    expect_claimant("The Air Force said 14 airmen were held by the rebels.", "en", DTN, 14, "Air Force",
                    EXTRACT_KIND_GOVERNMENT);
}

#define HLD EXTRACT_EVENT_HELD

/* Reacting in a statement quoted after a colon is saying what is quoted. */
Test(who25, reacting_in_a_statement_before_a_colon_speaks)
{
    expect_claimant("La Asociación de Madres reaccionó con un comunicado: \"Todavía quedan 35 presos en la cárcel de "
                    "Rocha\".",
                    "es", HLD, 35, "Asociación de Madres", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("A Associação de Mães reagiu numa nota: \"Ainda continuam 35 presos na cadeia de Rocha\".", "pt",
                    HLD, 35, "Associação de Mães", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The Mothers Association responded with a statement: \"35 prisoners are still held in Rocha "
                    "jail.\"",
                    "en", HLD, 35, "Mothers Association", EXTRACT_KIND_ORGANIZATION);
}

/* Distractor: with no colon the statement ends there; the speaker of the next sentence's quotation speaks. */
Test(who25, reacting_in_a_statement_with_no_colon_quotes_nothing)
{
    expect_claimant("La Asociación de Madres reaccionó con un comunicado. \"Todavía quedan 35 presos en la cárcel\", "
                    "dijo el alcalde Luis Vela.",
                    "es", HLD, 35, "Luis Vela", EXTRACT_KIND_PERSON);
    expect_claimant("A Associação de Mães reagiu numa nota. \"Ainda continuam 35 presos na cadeia\", disse o prefeito "
                    "Luís Vela.",
                    "pt", HLD, 35, "Luís Vela", EXTRACT_KIND_PERSON);
    expect_claimant("The Mothers Association responded with a statement. \"35 prisoners are still held in the jail,\" "
                    "said Mayor Luis Vela.",
                    "en", HLD, 35, "Luis Vela", EXTRACT_KIND_PERSON);
}

/* A single anonymous source of a named body is unknown, named as written. */
Test(who25, a_single_source_of_a_named_body_is_unknown)
{
    expect_claimant("Siete de los condenados siguen presos en Ezeiza, dijo una fuente de la Gendarmería Nacional.", "es",
                    HLD, 7, "fuente de la Gendarmería Nacional", EXTRACT_KIND_UNKNOWN);
    expect_claimant("Segundo uma fonte do Serviço Nacional Penitenciário (SERNAP), sete dos condenados continuam "
                    "presos.",
                    "pt", HLD, 7, "fonte do Serviço Nacional Penitenciário", EXTRACT_KIND_UNKNOWN);
    expect_claimant("Seven of the convicts remain in custody, a source in the Interior Ministry said.", "en", HLD, 7,
                    "source in the Interior Ministry", EXTRACT_KIND_UNKNOWN);
}

/* Distractor: a body's sources in the plural keep their reading. */
Test(who25, plural_sources_of_a_body_keep_their_reading)
{
    expect_claimant("Fuentes de la Gendarmería Nacional cifraron en siete los condenados que siguen presos.", "es", HLD, 7,
                    "Fuentes de la Gendarmería Nacional", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Fontes da Polícia Judiciária disseram que sete dos condenados continuam presos.", "pt", HLD, 7,
                    "Fontes da Polícia Judiciária", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Sources at the Interior Ministry said seven of the convicts remain in custody.", "en", HLD, 7,
                    "Interior Ministry", EXTRACT_KIND_GOVERNMENT);
}

/* A column told in the first person singular is no body's statement: its figures are not the body's. */
Test(who25, a_column_in_the_first_person_singular_has_no_issuer)
{
    expect_claimant("Yo tenía veinte años en la primavera de 1989, y pasé aquella noche en el Colectivo Andino, donde nos habíamos reunido para pintar pancartas.\n\nRecuerdo primero las sirenas. Nosotros corrimos hacia el río con nuestras pancartas, y yo perdí los zapatos por el camino.\n\nAl amanecer, cuarenta estudiantes habían sido detenidos en el casco viejo.",
                    "es", DTN, 40, NULL, EXTRACT_KIND_UNKNOWN);
    expect_claimant("Eu tinha vinte anos na primavera de 1989, e passei aquela noite no Coletivo Andino, onde nos tínhamos reunido para pintar faixas.\n\nLembro-me primeiro das sirenes. Nós corremos para o rio, e eu perdi os sapatos pelo caminho.\n\nAo amanhecer, quarenta estudantes tinham sido detidos na cidade velha.",
                    "pt", DTN, 40, NULL, EXTRACT_KIND_UNKNOWN);
    expect_claimant("I was twenty in the spring of 1989, and I spent that night at the Andean Collective, where we had gathered to paint banners.\n\nI remember the sirens first. We ran towards the river, and I lost my shoes on the way.\n\nBy dawn, forty students had been arrested in the old town.",
                    "en", DTN, 40, NULL, EXTRACT_KIND_UNKNOWN);
}

/* Distractor: a statement in the plural keeps its issuer. */
Test(who25, a_statement_in_the_plural_keeps_its_issuer)
{
    expect_claimant("Statement of the Andean Collective\n\nWe, the members of the Andean Collective, denounce the night of violence in the old town.\n\nWe demand the release of our comrades. By dawn, forty students had been arrested in the old town.",
                    "en", DTN, 40, "Andean Collective", EXTRACT_KIND_ORGANIZATION);
}

/* Distractor: an airline named in a statement's opening scene is not the "we" that issues it. */
Test(who25, an_airline_in_the_opening_is_not_the_issuer)
{
    expect_claimant("Un avión de Air Zimbabwe aterrizó en Lima el lunes por la noche, y el Colectivo Andino estaba allí para recibirlo.\n\nExigimos la libertad de nuestros compañeros. Nosotros contamos cuarenta estudiantes detenidos en el casco viejo.",
                    "es", DTN, 40, "Colectivo Andino", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Um avião da Air Zimbabwe aterrou em Lima na segunda-feira à noite, e o Coletivo Andino estava lá para recebê-lo.\n\nExigimos a libertação dos nossos companheiros. Nós contámos quarenta estudantes detidos na cidade velha.",
                    "pt", DTN, 40, "Coletivo Andino", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("A plane of Air Zimbabwe landed in Lima on Monday night, and the Andean Collective was there to meet it.\n\nWe demand the release of our comrades. We have counted forty students arrested in the old town.",
                    "en", DTN, 40, "Andean Collective", EXTRACT_KIND_ORGANIZATION);
}
