/* test_kinds18.c - the claimant's kind (eighteenth session, kinds): a commission the state sets up (one that grants
 * amnesties or pardons, a presidential one, an inquiry named after its chair, a court's own committee) is the
 * government's; a body introduced by a descriptor with several complements ("the association for civil liberties
 * X", "la organización de defensa de las libertades civiles X") is an organisation, not a person. Sentences written
 * for these tests, in Spanish, Portuguese and English, with distractors that must keep their kind. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(kinds18, .init = setup, .fini = teardown);

#define REL EXTRACT_EVENT_RELEASE
#define DETN EXTRACT_EVENT_DETENTION
#define GOV EXTRACT_KIND_GOVERNMENT
#define ORG EXTRACT_KIND_ORGANIZATION

/* The commission that applies an amnesty or a pardon ("de/of" the grace) is the state's. */
Test(kinds18, a_commission_of_amnesty_or_pardon_is_the_states)
{
    expect_claimant("La Comisión de Amnistía informó el jueves que 212 reclusos fueron excarcelados.", "es", REL, 212,
                    "Comisión de Amnistía", GOV);
    expect_claimant("A Comissão de Anistia informou na quinta-feira que 212 presos foram libertados.", "pt", REL, 212,
                    "Comissão de Anistia", GOV);
    expect_claimant("The Presidential Pardon Committee said on Thursday that 212 inmates had been released.", "en", REL,
                    212, "Presidential Pardon Committee", GOV);
    /* distractor: a committee campaigning for an amnesty ("pela", "por") is civil */
    expect_claimant("O Comitê Mineiro pela Anistia informou na quinta-feira que 212 presos foram libertados.", "pt", REL,
                    212, "Comitê Mineiro pela Anistia", ORG);
}

/* An inquiry named after its chair is a commission of the state. */
Test(kinds18, an_inquiry_named_after_its_chair_is_the_states)
{
    expect_claimant("According to the Mallory Commission, 418 students were detained that week.", "en", DETN, 418,
                    "Mallory Commission", GOV);
    expect_claimant("Según la Comisión Mallory, 418 estudiantes fueron detenidos esa semana.", "es", DETN, 418,
                    "Comisión Mallory", GOV);
    expect_claimant("Segundo a Comissão Mallory, 418 estudantes foram detidos naquela semana.", "pt", DETN, 418,
                    "Comissão Mallory", GOV);
    /* distractors: a commission named by a nationality or a cause stays civil */
    expect_claimant("According to the Andean Commission of Jurists, 418 students were detained that week.", "en", DETN,
                    418, "Andean Commission of Jurists", ORG);
    expect_claimant("Según la Comisión Andina de Juristas, 418 estudiantes fueron detenidos esa semana.", "es", DETN,
                    418, "Comisión Andina de Juristas", ORG);
}

/* A committee a court owns is the state's. */
Test(kinds18, a_courts_own_committee_is_the_states)
{
    expect_claimant("The Supreme Court's Prison Visiting Committee reported that 96 minors had been detained.", "en",
                    DETN, 96, "Supreme Court's Prison Visiting Committee", GOV);
}

/* A descriptor with several complements still names the body after it. */
Test(kinds18, a_descriptor_with_complements_names_a_body)
{
    expect_claimant("La organización de defensa de las libertades civiles Libertas denunció el lunes que 300 personas "
                    "fueron detenidas.",
                    "es", DETN, 300, "Libertas", ORG);
    expect_claimant("A organização de defesa das liberdades cívicas Libertas denunciou na segunda-feira que 300 pessoas "
                    "foram detidas.",
                    "pt", DETN, 300, "Libertas", ORG);
    expect_claimant("The association for civil liberties Libertas said on Monday that 300 people were arrested.", "en",
                    DETN, 300, "Libertas", ORG);
    /* distractor: a person named after a common noun phrase keeps her kind */
    expect_claimant("La abogada de los detenidos Marta Ibarra denunció el lunes que 300 personas fueron detenidas.",
                    "es", DETN, 300, "Marta Ibarra", EXTRACT_KIND_PERSON);
}

/* A secretariat ("Secretariado", "Secretariat") heads a state body's name, never a person's. */
Test(kinds18, a_secretariat_is_a_state_body)
{
    expect_claimant("O Secretariado Nacional da Propaganda afirmou na terça-feira que 40 presos foram libertados.", "pt",
                    REL, 40, "Secretariado Nacional da Propaganda", GOV);
    expect_claimant("El Secretariado Nacional de Prensa afirmó el martes que 40 presos fueron liberados.", "es", REL, 40,
                    "Secretariado Nacional de Prensa", GOV);
    expect_claimant("The National Security Secretariat said on Tuesday that 40 prisoners had been released.", "en", REL,
                    40, "National Security Secretariat", GOV);
}
