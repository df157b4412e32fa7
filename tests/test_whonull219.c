/* test_whonull219.c - the claimant not found (nineteenth session, second wave): a person named in apposition with
 * initials before the name ("el ministro del Interior, G. Kishan Reddy, reconoció") is the subject of the verb, as
 * the same person named without them is. Sentences written for these tests, in Spanish, Portuguese and English, with
 * distractors that must keep their current output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(whonull219, .init = setup, .fini = teardown);

/* ", G. Kishan Reddy,": the initials open the name of the aside, which speaks. */
Test(whonull219, initials_open_a_name_in_apposition)
{
    expect_claimant("El gobernador de la provincia, R. Tomás Aguirre, confirmó que 230 personas fueron detenidas.", "es",
                    EXTRACT_EVENT_DETENTION, 230, "Tomás Aguirre", EXTRACT_KIND_PERSON);
    expect_claimant("O governador da província, R. Tomás Aguirre, confirmou que 230 pessoas foram detidas.", "pt",
                    EXTRACT_EVENT_DETENTION, 230, "Tomás Aguirre", EXTRACT_KIND_PERSON);
    expect_claimant("The provincial governor, R. Thomas Aguirre, confirmed that 230 people had been arrested.", "en",
                    EXTRACT_EVENT_DETENTION, 230, "Thomas Aguirre", EXTRACT_KIND_PERSON);
    /* two initials, spaced or not */
    expect_claimant("The provincial governor, M. K. Ramanathan, said 230 people had been arrested.", "en",
                    EXTRACT_EVENT_DETENTION, 230, "Ramanathan", EXTRACT_KIND_PERSON);
    expect_claimant("O governador da província, J.P. Ramalho, disse que 230 pessoas foram detidas.", "pt",
                    EXTRACT_EVENT_DETENTION, 230, "Ramalho", EXTRACT_KIND_PERSON);
}

/* distractors: the same asides with no initials keep their speaker; an aside that is no name keeps none */
Test(whonull219, other_asides_keep_their_output)
{
    expect_claimant("El gobernador de la provincia, Tomás Aguirre, confirmó que 230 personas fueron detenidas.", "es",
                    EXTRACT_EVENT_DETENTION, 230, "Tomás Aguirre", EXTRACT_KIND_PERSON);
    expect_claimant("The provincial governor, Thomas Aguirre, confirmed that 230 people had been arrested.", "en",
                    EXTRACT_EVENT_DETENTION, 230, "Thomas Aguirre", EXTRACT_KIND_PERSON);
    expect_claimant("In Block B, after the riot, 230 people were arrested.", "en", EXTRACT_EVENT_DETENTION, 230, NULL,
                    EXTRACT_KIND_UNKNOWN);
}
