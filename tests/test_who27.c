/* test_who27.c - claimants (twenty-seventh session): the office of a state post with its holder in apposition ("la
 * oficina del primer ministro, X, informó", "o gabinete do primeiro-ministro, X, informou", "the office of the prime
 * minister, X, said") speaks itself, not the holder (actors.c, S_office_apposed; lexicon post_office_words; the
 * posts of heads of state and government in the shared OFFICE_HOLDER); a titled official's possessive office with
 * initials and a suffix ("Sheriff John T. Baker Jr.'s office") and "o gabinete do primeiro-ministro X" are read
 * whole (en/pt sources.pat); giving a list is giving its figure ("X, que agrupa a …, entregó una lista con 647
 * presos", "incluiu na sua lista mais recente mais de mil presos", "handed the mediators a list of 647"; who27.pat);
 * a historical state ("North Vietnam", "Vietnam del Norte", "Vietname do Norte") is a country. Sentences written
 * for these tests, in Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(who27, .init = setup, .fini = teardown);

#define HELD EXTRACT_EVENT_HELD
#define DTN EXTRACT_EVENT_DETENTION
#define GOV EXTRACT_KIND_GOVERNMENT
#define ORG EXTRACT_KIND_ORGANIZATION
#define PER EXTRACT_KIND_PERSON

/* An office of a state post, its holder in apposition: the office speaks. */
Test(who27, an_office_with_its_holder_in_apposition_speaks)
{
    expect_claimant("La oficina de la primera ministra, Ana Valdés, informó el martes de que 85 rehenes siguen "
                    "retenidos en la frontera.",
                    "es", HELD, 85, "oficina de la primera ministra", GOV);
    expect_claimant("O gabinete do primeiro-ministro, Rui Tavares, informou na terça-feira que 85 reféns continuam "
                    "retidos na fronteira.",
                    "pt", HELD, 85, "gabinete do primeiro-ministro", GOV);
    expect_claimant("The office of the prime minister, Ana Valdes, said on Tuesday that 85 hostages are still held "
                    "at the border.",
                    "en", HELD, 85, "office of the prime minister", GOV);
}

/* Distractors: a post (not its office) or an aide of a post with a person in apposition keeps the person. */
Test(who27, a_post_or_an_aide_with_a_person_keeps_the_person)
{
    expect_claimant("El portavoz del primer ministro, Luis Ferrer, dijo que 85 rehenes siguen retenidos en la "
                    "frontera.",
                    "es", HELD, 85, "Luis Ferrer", PER);
    expect_claimant("O ministro do Interior, Rui Tavares, informou que 85 reféns continuam retidos na fronteira.", "pt",
                    HELD, 85, "Rui Tavares", PER);
    expect_claimant("The prime minister, Ana Valdes, said that 85 hostages are still held at the border.", "en", HELD,
                    85, "Ana Valdes", PER);
}

/* An office named with its holder, no comma: read whole. */
Test(who27, an_office_named_with_its_holder_is_read_whole)
{
    expect_claimant("Sheriff John T. Baker Jr.'s office said about 1,300 people had been arrested in the county.", "en",
                    DTN, 1300, "Sheriff John T. Baker Jr.'s office", GOV);
    expect_claimant("O gabinete do primeiro-ministro Rui Tavares anunciou que 85 reféns continuam retidos.", "pt", HELD,
                    85, "gabinete do primeiro-ministro Rui Tavares", GOV);
    expect_claimant("La oficina del primer ministro informó que 85 rehenes siguen retenidos en la frontera.", "es",
                    HELD, 85, "oficina del primer ministro", GOV);
}

/* Giving a list, past an aside on the subject, is giving its figure. */
Test(who27, giving_a_list_gives_its_figure)
{
    expect_claimant("La Plataforma Cívica, que reúne a sindicatos y estudiantes, entregó a los obispos una lista con "
                    "412 presos políticos.",
                    "es", HELD, 412, "Plataforma Cívica", ORG);
    expect_claimant("A Plataforma Cívica, que reúne sindicatos e estudantes, entregou aos bispos uma lista com 412 "
                    "presos políticos.",
                    "pt", HELD, 412, "Plataforma Cívica", ORG);
    expect_claimant("The Civic Platform, which brings together unions and students, handed the bishops a list of 412 "
                    "political prisoners.",
                    "en", HELD, 412, "Civic Platform", ORG);
    expect_claimant("La ONG Justicia Ahora, con sede en Lima, incluyó en su lista más reciente más de 700 presos "
                    "políticos.",
                    "es", HELD, 700, "Justicia Ahora", ORG);
    expect_claimant("A ONG Justiça Agora, com sede em Lisboa, incluiu na sua lista mais recente mais de 700 presos "
                    "políticos.",
                    "pt", HELD, 700, "Justiça Agora", ORG);
    expect_claimant("Freedom Watch, based in Madrid, included more than 700 political prisoners in its latest list.", "en",
                    HELD, 700, "Freedom Watch", ORG);
}

/* Distractors: a list no one is said to give names no claimant. */
Test(who27, a_list_no_one_is_said_to_give_has_no_claimant)
{
    expect_claimant("Una lista de 412 presos políticos circula desde el lunes en las redes.", "es", HELD, 412, NULL,
                    EXTRACT_KIND_UNKNOWN);
    expect_claimant("Uma lista de 412 presos políticos circula desde segunda-feira nas redes.", "pt", HELD, 412, NULL,
                    EXTRACT_KIND_UNKNOWN);
    expect_claimant("A list of 412 political prisoners appeared online on Monday.", "en", HELD, 412, NULL,
                    EXTRACT_KIND_UNKNOWN);
}

/* A historical state is a country: its government's. */
Test(who27, a_historical_state_is_a_country)
{
    expect_claimant("When the talks ended, North Vietnam handed the negotiators a list of 560 prisoners.", "en", HELD,
                    560, "North Vietnam", GOV);
    expect_claimant("Al terminar las conversaciones, Vietnam del Norte entregó a los negociadores una lista de 560 "
                    "prisioneros.",
                    "es", HELD, 560, "Vietnam del Norte", GOV);
    expect_claimant("No fim das conversações, o Vietname do Norte entregou aos negociadores uma lista de 560 "
                    "prisioneiros.",
                    "pt", HELD, 560, "Vietname do Norte", GOV);
}
