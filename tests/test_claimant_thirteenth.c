/* test_claimant_thirteenth.c - who speaks, thirteenth session (articles 79-128): a social network is where a post
 * was published, never a person who speaks; a news outlet named after its descriptor keeps the kind of a medium
 * after a contraction ("del diario", "pela agência") and when the descriptor is "agência" before a known outlet.
 * Sentences written for these tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(thirteenth_es, .init = setup, .fini = teardown);
TestSuite(thirteenth_pt, .init = setup, .fini = teardown);
TestSuite(thirteenth_en, .init = setup, .fini = teardown);

/* ---- a social network is no person ---- */

Test(thirteenth_es, a_messaging_service_is_no_speaker)
{
    expect_claimant("Un mensaje que circula en grupos de WhatsApp y Telegram asegura que 900 manifestantes siguen presos.",
                    "es", EXTRACT_EVENT_HELD, 900, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(thirteenth_pt, a_messaging_service_is_no_speaker)
{
    expect_claimant("Uma mensagem que circula em grupos de WhatsApp e Telegram garante que 900 manifestantes continuam "
                    "presos.",
                    "pt", EXTRACT_EVENT_HELD, 900, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(thirteenth_en, a_social_network_is_not_what_her_means)
{
    expect_claimant("Anna Belton, the mayor, wrote on Facebook this morning that the first reports were wrong. According "
                    "to her, 60 residents were released.",
                    "en", EXTRACT_EVENT_RELEASE, 60, "Anna Belton", EXTRACT_KIND_PERSON);
}

/* ---- a medium named after its descriptor, past a contraction ---- */

Test(thirteenth_es, a_daily_after_del_is_a_medium)
{
    expect_claimant("Según un recuento del diario Gaceta Austral, 300 personas fueron detenidas durante el fin de semana.",
                    "es", EXTRACT_EVENT_DETENTION, 300, "Gaceta Austral", EXTRACT_KIND_MEDIA);
}

Test(thirteenth_pt, a_daily_after_do_is_a_medium)
{
    expect_claimant("Segundo um levantamento do jornal Gazeta Serrana, 300 pessoas foram detidas durante o fim de semana.",
                    "pt", EXTRACT_EVENT_DETENTION, 300, "Gazeta Serrana", EXTRACT_KIND_MEDIA);
}

/* English writes no contraction: the same sentence already reads the medium (kept so the three stay alike). */
Test(thirteenth_en, a_daily_after_by_is_a_medium)
{
    expect_claimant("According to a count by the daily Gazeta Serrana, 300 people were arrested over the weekend.",
                    "en", EXTRACT_EVENT_DETENTION, 300, "Gazeta Serrana", EXTRACT_KIND_MEDIA);
}

/* ---- the agency quoting an official is no title holder: "the judge" is still the judge ---- */

Test(thirteenth_pt, an_agency_after_pela_is_not_the_magistrate)
{
    expect_claimant("A decisão foi anunciada pela juíza Marta Leal, citada pela agência oficial Vesna. Segundo a "
                    "magistrada, 40 presos foram libertados.",
                    "pt", EXTRACT_EVENT_RELEASE, 40, "Marta Leal", EXTRACT_KIND_PERSON);
}

Test(thirteenth_es, an_agency_after_por_is_not_the_magistrate)
{
    expect_claimant("La decisión fue anunciada por la jueza Marta Leal, citada por la agencia oficial Vesna. Según la "
                    "magistrada, 40 presos fueron liberados.",
                    "es", EXTRACT_EVENT_RELEASE, 40, "Marta Leal", EXTRACT_KIND_PERSON);
}

Test(thirteenth_en, an_agency_after_by_is_not_the_judge)
{
    expect_claimant("The ruling was announced by Judge Martha Leal, quoted by the state news agency Vesna. According to "
                    "the judge, 40 prisoners were freed.",
                    "en", EXTRACT_EVENT_RELEASE, 40, "Martha Leal", EXTRACT_KIND_PERSON);
}

/* ---- "agência" before a known outlet: the outlet, a medium ---- */

Test(thirteenth_pt, an_agency_named_by_a_known_outlet_is_a_medium)
{
    expect_claimant("De acordo com a agência France-Presse, 300 pessoas foram detidas.", "pt", EXTRACT_EVENT_DETENTION,
                    300, "France-Presse", EXTRACT_KIND_MEDIA);
}

Test(thirteenth_es, an_agency_named_by_a_known_outlet_is_a_medium)
{
    expect_claimant("De acuerdo con la agencia France-Presse, 300 personas fueron detenidas.", "es",
                    EXTRACT_EVENT_DETENTION, 300, "France-Presse", EXTRACT_KIND_MEDIA);
}

Test(thirteenth_en, an_agency_named_by_a_known_outlet_is_a_medium)
{
    expect_claimant("According to the agency France-Presse, 300 people were detained.", "en", EXTRACT_EVENT_DETENTION,
                    300, "France-Presse", EXTRACT_KIND_MEDIA);
}

/* ---- the Executive named by whoever leads it, and the Chilean prison service, are the state ---- */

Test(thirteenth_es, the_executive_of_a_leader_is_the_government)
{
    expect_claimant("El viernes, el Ejecutivo de Rosa Quiroga hablaba de más de 650 detenidos.", "es",
                    EXTRACT_EVENT_DETENTION, 650, "Ejecutivo de Rosa Quiroga", EXTRACT_KIND_GOVERNMENT);
}

Test(thirteenth_pt, the_executive_of_a_leader_is_the_government)
{
    expect_claimant("Na sexta-feira, o Executivo de Rosa Quiroga falava em mais de 650 detidos.", "pt",
                    EXTRACT_EVENT_DETENTION, 650, "Executivo de Rosa Quiroga", EXTRACT_KIND_GOVERNMENT);
}

Test(thirteenth_en, the_executive_of_a_leader_is_the_government)
{
    expect_claimant("On Friday, the Executive of Rosa Quiroga spoke of more than 650 detained.", "en",
                    EXTRACT_EVENT_DETENTION, 650, "Executive of Rosa Quiroga", EXTRACT_KIND_GOVERNMENT);
}

Test(thirteenth_pt, the_gendarmaria_is_the_state)
{
    expect_claimant("Os últimos dados da Gendarmaria, o serviço prisional do país, indicavam que 211 pessoas estavam "
                    "presas.",
                    "pt", EXTRACT_EVENT_HELD, 211, "Gendarmaria", EXTRACT_KIND_GOVERNMENT);
}
