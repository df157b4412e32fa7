/* test_lead28.c - the lead's fixes of the twenty-eighth session (events17.pat captives_out, es/pt/en): people
 * rescued told by the rescuers in the first person ("Resgatámos com vida 14 reféns", "Rescatamos a 14 rehenes") and
 * hostages "saved" in the passive are released; people saved from a shipwreck or a fire are no release. Sentences
 * written for these tests. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(lead28, .init = setup, .fini = teardown);


Test(lead28, rescuers_in_the_first_person_release)
{
    expect_event("\"Resgatámos com vida 14 reféns, entre eles três estrangeiros\", afirmou o coronel.", "pt", 14, REL);
    expect_event("«Rescatamos con vida a 14 rehenes», afirmó el coronel.", "es", 14, REL);
    expect_event("\"We rescued 14 hostages alive,\" the colonel said.", "en", 14, REL);
}

Test(lead28, hostages_saved_are_released)
{
    expect_event("A primeira-ministra disse na televisão que 14 reféns foram salvos.", "pt", 14, REL);
    expect_event("La primera ministra dijo en televisión que 14 rehenes fueron salvados.", "es", 14, REL);
    expect_event("The prime minister said on television that 14 hostages were saved.", "en", 14, REL);
    /* distractors: saved from a shipwreck, no one held */
    expect_event("Os bombeiros disseram que 14 pessoas foram salvas do naufrágio.", "pt", 14, NONE);
    expect_event("Los bomberos dijeron que 14 personas fueron salvadas del naufragio.", "es", 14, NONE);
    expect_event("Firefighters said 14 people were saved from the shipwreck.", "en", 14, NONE);
}
