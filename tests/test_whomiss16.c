/* test_whomiss16.c - claimant reach, sixteenth session: figures whose claimant was named but not read. Outlets named
 * by nationality or city ("la prensa keniana", "Kenyan media"), by a call sign after a word for a broadcaster ("a
 * televisão N1") or with an outlet suffix ("Bloomberg News"); figures named after their owner as subject of a verb of
 * showing ("Dados do Ministério X indicam"); the owner of a described head in a relative on a source word ("según el
 * recuento que recoge el portal del Ministerio X"); a document subject whose maker an aside names ("El primer
 * balance, difundido por la web X, hablaba de"); a second reporting verb after ", pero / mas / but" sharing the
 * first one's subject; a quoted statement attributed only to a document, whose issuer opens the quotation; lowercase
 * armed movements ("los talibanes"). Sentences written for these tests, in Spanish, Portuguese and English; each
 * distractor keeps the output it had before. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(whomiss16_es, .init = setup, .fini = teardown);
TestSuite(whomiss16_pt, .init = setup, .fini = teardown);
TestSuite(whomiss16_en, .init = setup, .fini = teardown);

/* --- outlets named by nationality, city, call sign or suffix --- */

Test(whomiss16_es, press_by_nationality_or_city)
{
    expect_claimant("Según cifras citadas por la prensa keniana, unas 40 personas siguen presas en Nairobi.", "es",
                    EXTRACT_EVENT_HELD, 40, "prensa keniana", EXTRACT_KIND_MEDIA);
    expect_claimant("La prensa de Mombasa habló al día siguiente de 120 detenidos.", "es", EXTRACT_EVENT_DETENTION, 120,
                    "prensa de Mombasa", EXTRACT_KIND_MEDIA);
}

Test(whomiss16_es, callsign_broadcaster)
{
    expect_claimant("La cadena WKBT 8 contó 36 arrestados durante la marcha.", "es", EXTRACT_EVENT_DETENTION, 36,
                    "WKBT 8", EXTRACT_KIND_MEDIA);
}

Test(whomiss16_pt, press_by_nationality_and_callsign)
{
    expect_claimant("Segundo números citados pela imprensa queniana, cerca de 40 pessoas continuam presas.", "pt",
                    EXTRACT_EVENT_HELD, 40, "imprensa queniana", EXTRACT_KIND_MEDIA);
    expect_claimant("A televisão K2 contabilizou pelo menos nove detenções junto à praça.", "pt",
                    EXTRACT_EVENT_DETENTION, 9, "K2", EXTRACT_KIND_MEDIA);
}

Test(whomiss16_en, media_by_nationality_and_outlet_suffix)
{
    expect_claimant("According to figures cited by Kenyan media, about 40 people remain in custody.", "en",
                    EXTRACT_EVENT_HELD, 40, "Kenyan media", EXTRACT_KIND_MEDIA);
    expect_claimant("Reuters TV reported that 75 protesters were freed on bail.", "en", EXTRACT_EVENT_RELEASE, 75,
                    "Reuters TV", EXTRACT_KIND_MEDIA);
}

Test(whomiss16_en, press_agency_is_not_the_press)
{
    /* "the Russian press agency TASS": the agency, not "Russian press" */
    expect_claimant("The Russian press agency TASS reported that 75 protesters were freed.", "en",
                    EXTRACT_EVENT_RELEASE, 75, "TASS", EXTRACT_KIND_MEDIA);
}

/* --- figures named after their owner; the owner of a described head --- */

Test(whomiss16_es, data_of_a_body_show)
{
    expect_claimant("Datos de la Secretaría de Seguridad indican que 300 personas seguían detenidas en marzo.", "es",
                    EXTRACT_EVENT_HELD, 300, "Secretaría de Seguridad", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Fueron detenidas 95 personas, según el recuento que recoge la web de archivo del Ministerio de "
                    "Memoria Histórica.",
                    "es", EXTRACT_EVENT_DETENTION, 95, "Ministerio de Memoria Histórica", EXTRACT_KIND_GOVERNMENT);
}

Test(whomiss16_es, relative_headed_by_a_title_keeps_the_person)
{
    expect_claimant("Los agentes detuvieron a 95 personas, según el balance que ofreció el lunes el portavoz del "
                    "Ministerio del Interior, Tomás Lerena.",
                    "es", EXTRACT_EVENT_DETENTION, 95, "Tomás Lerena", EXTRACT_KIND_PERSON);
}

Test(whomiss16_pt, data_of_a_body_show)
{
    expect_claimant("Dados da Secretaria de Administração Penitenciária indicam que 300 pessoas estavam presas.", "pt",
                    EXTRACT_EVENT_HELD, 300, "Secretaria de Administração Penitenciária", EXTRACT_KIND_GOVERNMENT);
}

Test(whomiss16_en, data_of_a_body_show)
{
    expect_claimant("Figures from the Interior Ministry show that 1,200 people were held in immigration detention.",
                    "en", EXTRACT_EVENT_DETENTION, 1200, "Interior Ministry", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Some 95 people were arrested, according to the count that appears on the website of the Ministry "
                    "of Culture.",
                    "en", EXTRACT_EVENT_DETENTION, 95, "Ministry of Culture", EXTRACT_KIND_GOVERNMENT);
}

/* --- a document whose maker an aside names --- */

Test(whomiss16_es, document_made_by)
{
    expect_claimant("El primer balance, difundido a primera hora por la web Eco Andino, hablaba de ocho detenidos.",
                    "es", EXTRACT_EVENT_DETENTION, 8, "Eco Andino", EXTRACT_KIND_MEDIA);
}

Test(whomiss16_pt, document_made_by)
{
    expect_claimant("O primeiro balanço, divulgado ao início da manhã pelo site Eco Andino, apontava para oito detidos.",
                    "pt", EXTRACT_EVENT_DETENTION, 8, "Eco Andino", EXTRACT_KIND_MEDIA);
}

Test(whomiss16_en, document_made_by)
{
    expect_claimant("The report, compiled by Amnesty International researchers, said 300 people remained in detention.",
                    "en", EXTRACT_EVENT_HELD, 300, "Amnesty International", EXTRACT_KIND_ORGANIZATION);
}

/* --- a second verb after a contrast shares the subject --- */

Test(whomiss16_es, contrast_shares_the_subject)
{
    expect_claimant("La Fiscalía anunció la liberación de 41 rehenes, pero admitió que otros 136 seguían en manos de "
                    "los presos.",
                    "es", EXTRACT_EVENT_HELD, 136, "Fiscalía", EXTRACT_KIND_GOVERNMENT);
}

Test(whomiss16_pt, contrast_shares_the_subject_and_the_official)
{
    expect_claimant("A Procuradoria anunciou a libertação de 41 reféns, mas admitiu que outros 136 continuavam nas "
                    "mãos dos presos.",
                    "pt", EXTRACT_EVENT_HELD, 136, "Procuradoria", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O coronel Abel Duarte falou aos jornalistas. Os outros quatro estão sob custódia, disse o oficial.",
                    "pt", EXTRACT_EVENT_HELD, 4, "Abel Duarte", EXTRACT_KIND_PERSON);
}

Test(whomiss16_en, contrast_shares_the_subject)
{
    expect_claimant("The ministry announced the release of 41 hostages, but admitted that another 136 remained in the "
                    "hands of inmates.",
                    "en", EXTRACT_EVENT_HELD, 136, "ministry", EXTRACT_KIND_GOVERNMENT);
}

/* --- a quoted statement attributed to a document --- */

Test(whomiss16_es, quoted_statement_names_its_issuer)
{
    expect_claimant("\"La Policía de Rosario detuvo a 215 personas durante las protestas de hoy\", se lee en un "
                    "comunicado.",
                    "es", EXTRACT_EVENT_DETENTION, 215, "Policía de Rosario", EXTRACT_KIND_GOVERNMENT);
}

Test(whomiss16_pt, quoted_statement_names_its_issuer)
{
    expect_claimant("\"A Polícia de Braga deteve 215 pessoas na sequência dos protestos de hoje\", lê-se num comunicado.",
                    "pt", EXTRACT_EVENT_DETENTION, 215, "Polícia de Braga", EXTRACT_KIND_GOVERNMENT);
}

Test(whomiss16_en, quoted_statement_names_its_issuer)
{
    expect_claimant("\"Lothian Police arrested 215 people following today's unlawful protest,\" a statement read.", "en",
                    EXTRACT_EVENT_DETENTION, 215, "Lothian Police", EXTRACT_KIND_GOVERNMENT);
    /* a witness, not a document: no one the rules name */
    expect_claimant("\"Lothian Police arrested 215 people,\" a witness said.", "en", EXTRACT_EVENT_DETENTION, 215, NULL,
                    EXTRACT_KIND_UNKNOWN);
}

/* --- lowercase armed movements --- */

Test(whomiss16_es, armed_movement_in_lowercase)
{
    expect_claimant("Los talibanes, por su parte, sostienen que ya han cumplido: según sus propias cifras, han dejado en "
                    "libertad a 640 soldados.",
                    "es", EXTRACT_EVENT_RELEASE, 640, "talibanes", EXTRACT_KIND_ORGANIZATION);
}

Test(whomiss16_pt, armed_movement_in_lowercase)
{
    expect_claimant("Os talibãs, por seu lado, afirmam que já cumpriram: segundo os seus números, libertaram 640 "
                    "soldados.",
                    "pt", EXTRACT_EVENT_RELEASE, 640, "talibãs", EXTRACT_KIND_ORGANIZATION);
}

/* --- confining oneself to a figure; a participle of saying --- */

Test(whomiss16_es, confined_to_a_figure_and_gerund)
{
    expect_claimant("La prensa de Mombasa del día siguiente se limitó a hablar de \"más de 200\" detenidos.", "es",
                    EXTRACT_EVENT_DETENTION, 200, "prensa de Mombasa", EXTRACT_KIND_MEDIA);
    expect_claimant("El senador Bruno Ortega dijo en el Congreso que la represión fue brutal. En 2010 fue más allá, "
                    "recordando que unas 1.600 personas habían sido detenidas.",
                    "es", EXTRACT_EVENT_DETENTION, 1600, "Bruno Ortega", EXTRACT_KIND_PERSON);
}

Test(whomiss16_pt, confined_to_a_figure_and_gerund)
{
    expect_claimant("A imprensa de Luanda do dia seguinte limitou-se a falar em \"mais de 200\" detidos.", "pt",
                    EXTRACT_EVENT_DETENTION, 200, "imprensa de Luanda", EXTRACT_KIND_MEDIA);
    expect_claimant("O senador Bruno Ortega disse no Congresso que a repressão foi brutal. Em 2010 foi mais longe, "
                    "lembrando que cerca de 1.600 pessoas tinham sido detidas.",
                    "pt", EXTRACT_EVENT_DETENTION, 1600, "Bruno Ortega", EXTRACT_KIND_PERSON);
}

Test(whomiss16_en, confined_to_a_figure_and_participle)
{
    expect_claimant("The local press confined itself to saying that more than 200 people had been arrested.", "en",
                    EXTRACT_EVENT_DETENTION, 200, "local press", EXTRACT_KIND_MEDIA);
    expect_claimant("The researcher Tom Alder published a first estimate in 2018. In late 2019 he revised it upwards, "
                    "saying as many as 900 people may have been held.",
                    "en", EXTRACT_EVENT_HELD, 900, "Tom Alder", EXTRACT_KIND_PERSON);
    /* the participle says why, not a figure: the agent of the arrest names no one */
    expect_claimant("Police arrested 40 people on Sunday, saying they had blocked the road.", "en",
                    EXTRACT_EVENT_DETENTION, 40, NULL, EXTRACT_KIND_UNKNOWN);
}
