/* test_whowrong23.c - claimants that came out wrong (twenty-third session): a state body in apposition after a
 * one-word name makes that name the state's ("Kopkamtib, the army's security command,"), and a person's name in
 * quotation marks right after another person's name is that person's alias, not a second speaker. Sentences
 * written for these tests, in Spanish, Portuguese and English, with distractors that must keep their claimant. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(whowrong23, .init = setup, .fini = teardown);

#define GOV EXTRACT_KIND_GOVERNMENT
#define PER EXTRACT_KIND_PERSON

/* "a DISA, a polícia política,": the body the apposition names says what the short name before it is. */
Test(whowrong23, a_state_body_in_apposition_makes_the_name_the_states)
{
    expect_claimant("En 1981, el Dinacor, la policía secreta, reconoció que unas 400 personas seguían detenidas.", "es",
                    EXTRACT_EVENT_HELD, 400, "Dinacor", GOV);
    expect_claimant("Em 1976, o Sicor, a polícia política, admitiu que cerca de 400 pessoas continuavam presas.", "pt",
                    EXTRACT_EVENT_HELD, 400, "Sicor", GOV);
    expect_claimant("In the late 1970s, Bakorlak, the army's security command, acknowledged that about 400 people were still in "
                    "custody.",
                    "en", EXTRACT_EVENT_HELD, 400, "Bakorlak", GOV);
    /* distractors: a person in apposition to a body's title keeps being a person */
    expect_claimant("In the late 1970s, Harlan, the army's spokesman, acknowledged that about 400 people were still in custody.", "en",
                    EXTRACT_EVENT_HELD, 400, "Harlan", PER);
    expect_claimant("Later, Brandt, the police chief, said that 400 people were still in custody.", "en",
                    EXTRACT_EVENT_HELD, 400, "Brandt", PER);
    expect_claimant("Ayer, Ramiro Ortega, portavoz de la policía, dijo que 400 personas seguían detenidas.", "es",
                    EXTRACT_EVENT_HELD, 400, "Ramiro Ortega", PER);
}

/* "Jorge Torres Victoria, «Pablo Catatumbo», …": the nickname names the same person; the claimant is the person's
 * own name, given first. */
Test(whowrong23, a_quoted_alias_names_the_person_before_it)
{
    expect_claimant("Manuel Ortiz Peña, \"Comandante Lucas\", jefe de la guerrilla, escribió que 320 combatientes "
                    "habían sido liberados.",
                    "es", EXTRACT_EVENT_RELEASE, 320, "Manuel Ortiz Peña", PER);
    expect_claimant("Carlos Mendes Lima, \"Zé Pequeno\", dirigente do movimento, afirmou que 320 militantes foram "
                    "libertados.", "pt",
                    EXTRACT_EVENT_RELEASE, 320, "Carlos Mendes Lima", PER);
    expect_claimant("Peter Nolan Hayes, \u201cCaptain Rook\u201d, a rebel leader, wrote that 320 fighters had been "
                    "freed.",
                    "en", EXTRACT_EVENT_RELEASE, 320, "Peter Nolan Hayes", PER);
    /* distractors: two people listed, and a person named after another with no quotation marks */
    expect_claimant("Manuel Ortiz Peña dijo que 320 combatientes habían sido liberados.", "es", EXTRACT_EVENT_RELEASE,
                    320, "Manuel Ortiz Peña", PER);
}

/* "the city jail on Main Street. She tells us…": a street's name is a place, never the person a later "she" or a
 * subjectless verb refers back to. */
Test(whowrong23, a_street_is_no_speaker)
{
    expect_claimant("La abogada Inés Berrocal pasó la noche ante la comisaría, en plena Avenida Bolívar. Ella asegura "
                    "que 45 personas siguen detenidas allí.",
                    "es", EXTRACT_EVENT_HELD, 45, "Inés Berrocal", PER);
    expect_claimant("A advogada Inês Barroso passou a noite diante da delegacia, em plena Avenida Paulista. Ela diz que "
                    "45 pessoas continuam detidas lá.",
                    "pt", EXTRACT_EVENT_HELD, 45, "Inês Barroso", PER);
    expect_claimant("The lawyer Ana Whitlock spent the night at the jail on Harbour Street. She says 45 people are being "
                    "held there.",
                    "en", EXTRACT_EVENT_HELD, 45, "Ana Whitlock", PER);
    /* distractors: a surname that is also a place word stays a name, and a person named after a street is still
     * the speaker */
    expect_claimant("El abogado Jorge Plaza dijo que 45 personas siguen detenidas.", "es", EXTRACT_EVENT_HELD, 45,
                    "Jorge Plaza", PER);
    expect_claimant("On Harbour Street, the lawyer Ana Whitlock said 45 people were being held.", "en",
                    EXTRACT_EVENT_HELD, 45, "Ana Whitlock", PER);
    expect_claimant("El viceministro Gustavo Calle dijo que 45 personas siguen detenidas.", "es", EXTRACT_EVENT_HELD, 45,
                    "Gustavo Calle", PER);
}
