/* test_claimant_reach15.c - claimant reach, fifteenth session: a named body or person opening the clause that gives a
 * figure, as the subject of a verb the lexicon does not know as a verb of reporting ("fijó el balance de la noche
 * en 37", "fechou o balanço em 44", "had pegged the total at 61"), is the figure's claimant; the agent of an arrest
 * or release ("arrestó a 37") and a negated verb name no one. Sentences written for these tests, in Spanish,
 * Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(reach15_es, .init = setup, .fini = teardown);
TestSuite(reach15_pt, .init = setup, .fini = teardown);
TestSuite(reach15_en, .init = setup, .fini = teardown);

Test(reach15_es, subject_of_a_figure_setting_verb)
{
    expect_claimant("Al día siguiente, la Guardia Civil de Cádiz fijó el balance de la noche en 37 detenidos.", "es",
                    EXTRACT_EVENT_DETENTION, 37, "Guardia Civil de Cádiz", EXTRACT_KIND_GOVERNMENT);
}

Test(reach15_es, agent_and_negation_name_no_one)
{
    expect_claimant("La Guardia Civil de Cádiz arrestó a 37 manifestantes durante la noche.", "es",
                    EXTRACT_EVENT_DETENTION, 37, NULL, EXTRACT_KIND_UNKNOWN);
    expect_claimant("La Guardia Civil de Cádiz no fijó el balance de la noche en 37 detenidos.", "es",
                    EXTRACT_EVENT_DETENTION, 37, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(reach15_pt, subject_of_a_figure_setting_verb)
{
    expect_claimant("A Polícia de Segurança Pública (PSP) fechou o balanço da noite em 44 detenções.", "pt",
                    EXTRACT_EVENT_DETENTION, 44, "Polícia de Segurança Pública", EXTRACT_KIND_GOVERNMENT);
}

Test(reach15_pt, agent_and_negation_name_no_one)
{
    expect_claimant("A Polícia de Segurança Pública deteve 44 manifestantes durante a noite.", "pt",
                    EXTRACT_EVENT_DETENTION, 44, NULL, EXTRACT_KIND_UNKNOWN);
    expect_claimant("A Polícia de Segurança Pública (PSP) não fechou o balanço da noite em 44 detenções.", "pt",
                    EXTRACT_EVENT_DETENTION, 44, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(reach15_en, subject_of_a_figure_setting_verb)
{
    expect_claimant("By Monday morning, the Cork Garda Division had pegged the weekend's total at 61 arrests.", "en",
                    EXTRACT_EVENT_DETENTION, 61, "Cork Garda Division", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The Cork Garda Division has logged 61 arrests since Friday.", "en", EXTRACT_EVENT_DETENTION, 61,
                    "Cork Garda Division", EXTRACT_KIND_GOVERNMENT);
}

Test(reach15_en, agent_and_negation_name_no_one)
{
    expect_claimant("Gardaí in Cork arrested 61 people over the weekend.", "en", EXTRACT_EVENT_DETENTION, 61, NULL,
                    EXTRACT_KIND_UNKNOWN);
    expect_claimant("The Cork Garda Division has not logged 61 arrests since Friday.", "en", EXTRACT_EVENT_DETENTION, 61,
                    NULL, EXTRACT_KIND_UNKNOWN);
}
