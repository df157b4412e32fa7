/* test_who222.c - the claimant's kind (twenty-second session, wrong claimants): capitalised words the rules read as
 * a person's name only by their shape, right after a definite article ("El Gaula Norte informó", "segundo o
 * Sisdepen", "the Kopassus said"), name a body: journalists write no article before a person's name. Sentences
 * written for these tests, in Spanish, Portuguese and English, with distractors that must keep their claimant. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

#define PERSON EXTRACT_KIND_PERSON
#define ORG EXTRACT_KIND_ORGANIZATION
#define GOV EXTRACT_KIND_GOVERNMENT

TestSuite(who222, .init = setup, .fini = teardown);

/* A body's name no lexicon knows, after an article: an organisation, or the state's when a head word says so. */
Test(who222, a_name_after_an_article_is_a_body)
{
    expect_claimant("El Gaula Norte informó que 30 personas fueron detenidas en la frontera.", "es",
                    EXTRACT_EVENT_DETENTION, 30, "Gaula Norte", ORG);
    expect_claimant("Según la Dijín Judicial, 25 sospechosos fueron arrestados el martes.", "es",
                    EXTRACT_EVENT_DETENTION, 25, "Dijín Judicial", GOV);
    expect_claimant("Segundo o Sisdepen, cerca de 40 mil pessoas estavam presas no fim do ano.", "pt",
                    EXTRACT_EVENT_HELD, 40000, "Sisdepen", ORG);
    expect_claimant("The Kopassus said 18 people had been detained in the raid.", "en", EXTRACT_EVENT_DETENTION, 18,
                    "Kopassus", ORG);
    expect_claimant("According to the Kordam Group, 22 detainees were released on Tuesday.", "en",
                    EXTRACT_EVENT_RELEASE, 22, "Kordam Group", ORG);
}

/* Distractors: a person's name with no article keeps the kind person. */
Test(who222, a_name_with_no_article_stays_a_person)
{
    expect_claimant("Marta Ruiz informó que 30 personas fueron detenidas en la frontera.", "es",
                    EXTRACT_EVENT_DETENTION, 30, "Marta Ruiz", PERSON);
    expect_claimant("Segundo Rui Maia, 12 presos foram soltos ontem.", "pt", EXTRACT_EVENT_RELEASE, 12, "Rui Maia",
                    PERSON);
    expect_claimant("Ana Lobo said 18 people had been detained in the raid.", "en", EXTRACT_EVENT_DETENTION, 18,
                    "Ana Lobo", PERSON);
}

/* A name after an article is as often a place or a thing ("o Nepal", "the Marinette"): it is not learnt as a body,
 * and a later "la organización", "the organisation" still means the group named before. */
Test(who222, a_place_after_an_article_answers_no_later_reference)
{
    expect_claimant("A ONG Rede Livre trabalha no Tibete desde 1996. Muitos monges fugiram para o Nepal. A organização "
                    "afirma que 600 monges continuam detidos.",
                    "pt", EXTRACT_EVENT_HELD, 600, "Rede Livre", ORG);
    expect_claimant("La ONG Red Libre trabaja en el Tíbet desde 1996. Muchos monjes huyeron hacia el Nepal. La "
                    "organización afirma que 600 monjes siguen detenidos.",
                    "es", EXTRACT_EVENT_HELD, 600, "Red Libre", ORG);
    expect_claimant("The group Free Network has worked in Tibet since 1996. Many monks fled aboard the Marinette. The "
                    "organisation says 600 monks remain in detention.",
                    "en", EXTRACT_EVENT_HELD, 600, "Free Network", ORG);
}
