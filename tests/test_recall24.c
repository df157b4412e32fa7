/* test_recall24.c - figures taken with the wrong event or claimant (twenty-fourth session, recall): the number of
 * people named by an arrest participle ("o número de presos", "the number of detainees"), at the scene that took them,
 * counts arrests (claims.c, S_arrest_tally and the frame's noun); "según su relato", "segundo o seu relato",
 * "according to his account" give the figure to the speaker who has the floor (es/pt/en.pronoun.opinion). Sentences
 * written for these tests, in Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(recall24, .init = setup, .fini = teardown);

/* "sobe para 11 o número de presos na operação", "the number of detainees in the raid rose to 11": a count of the
 * people named by an arrest participle, at the scene that took them, counts arrests (claims.c, S_arrest_tally and the
 * frame's noun) */
Test(recall24, the_number_of_the_arrested_at_a_scene_counts_arrests)
{
    expect_event("La Guardia Civil confirmó que otro investigado se entregó. Con ello, sube a 11 el número de presos en "
                 "la operación.", "es", 11, DET);
    expect_event("A Polícia Federal confirmou que outro investigado se entregou. Com isso, sobe para 11 o número de presos "
                 "na operação.", "pt", 11, DET);
    expect_event("The Federal Police confirmed that another suspect had turned himself in. With that, the number of "
                 "detainees in the raid rose to 11.", "en", 11, DET);
    /* distractors: a stock of political prisoners, people kept in a prison or jails */
    expect_event("La ONG dijo que sube a 11 el número de presos políticos en el país.", "es", 11, HELD);
    expect_event("A ONG disse que sobe para 11 o número de presos na prisão da cidade.", "pt", 11, HELD);
    expect_event("Police put the number of detainees in the jails at 11.", "en", 11, HELD);
}

/* "según su relato", "segundo o seu relato", "according to his account": the figure is the account of the person
 * who has the floor (es/pt/en.pronoun.opinion) */
Test(recall24, by_his_account_is_the_speaker_before)
{
    expect_claimant("El ministro, Carlos Pardo, habló en el aeropuerto. A última hora, según su relato, 173 rehenes "
                    "habían sido liberados.", "es", EXTRACT_EVENT_RELEASE, 173, "Carlos Pardo", EXTRACT_KIND_PERSON);
    expect_claimant("O ministro, Carlos Pardo, falou no aeroporto. Ao fim da tarde, segundo o seu relato, 173 reféns "
                    "tinham sido libertados.", "pt", EXTRACT_EVENT_RELEASE, 173, "Carlos Pardo", EXTRACT_KIND_PERSON);
    expect_claimant("The minister, Carlos Pardo, spoke at the airport. By late afternoon, according to his account, 173 "
                    "hostages had been freed.", "en", EXTRACT_EVENT_RELEASE, 173, "Carlos Pardo", EXTRACT_KIND_PERSON);
    /* distractor: a record that is no account ("su registro penal") gives no speaker */
    expect_claimant("El ministro, Carlos Pardo, habló en el aeropuerto. A última hora, según su registro penal, 173 "
                    "rehenes habían sido liberados.", "es", EXTRACT_EVENT_RELEASE, 173, NULL, EXTRACT_KIND_PERSON);
}
