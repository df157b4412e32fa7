/* test_precision22.c - false claims and the wrong event (twenty-second session, precision): money in any currency
 * counts no one; a named person and "the N other" people are N + 1; held behind bars or barbed wire is a state; a
 * freedom regained with a day or an adverb in between is a release; a release refused or not to be discussed says
 * the people are held. Sentences written for these tests, in Spanish, Portuguese and English, with distractors
 * that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(precision22, .init = setup, .fini = teardown);

/* "released on bail of 2 million rand": a sum of money in a currency the old list lacked counts no one. */
Test(precision22, money_in_any_currency_counts_no_one)
{
    expect_event("The activist was released on bail of 3 million rand on Monday.", "en", 3000000, NONE);
    expect_event("The two men were freed on bail of 500,000 rupees.", "en", 500000, NONE);
    expect_event("The two men were freed on bail of 500,000 rupees.", "en", 2, REL);
    /* distractors: people counted beside money keep their claim */
    expect_event("Police released 12 protesters on bail of 5,000 rand each.", "en", 12, REL);
    expect_event("El juez dejó en libertad a 9 detenidos con una fianza de 300 quetzales.", "es", 9, REL);
}

/* "Mann and the 67 other convicted men have been held": the named man is one of them, 68 in all. */
Test(precision22, a_name_and_the_n_others_are_n_plus_one)
{
    expect_event("Simon Pike and the 14 other crew members have been held at the prison since May.", "en", 15, HELD);
    expect_event("El exalcalde Pedro Gil y los otros 17 detenidos fueron liberados ayer.", "es", 18, REL);
    expect_event("El sindicalista Luis Mora y a los otros 17 detenidos los liberaron ayer.", "es", 18, REL);
    expect_event("O deputado João Lemos e os outros 17 detidos foram libertados ontem.", "pt", 18, REL);
    /* distractors: a count with no name before it keeps its figure */
    expect_event("The 14 other crew members have been held at the prison since May.", "en", 14, HELD);
    expect_event("Los otros 17 detenidos fueron liberados ayer.", "es", 17, REL);
}

/* "280,000 civilians were held behind barbed wire": a state, not a tally of arrests. */
Test(precision22, held_behind_bars_or_wire_is_a_state)
{
    expect_event("About 90,000 villagers were held behind barbed wire in three camps.", "en", 90000, HELD);
    expect_event("Some 40 students were held behind bars for a week.", "en", 40, HELD);
    /* distractor: a bare passive "were held" stays the detention it was */
    expect_event("Police said 13 people were held in Ankara on Sunday.", "en", 13, DET);
}

/* "recuperaron así ayer la libertad": words of time and manner between the verb and freedom. */
Test(precision22, freedom_regained_with_words_between_is_a_release)
{
    expect_event("Los dos secuestrados recuperaron así ayer la libertad, y la banda ya no retiene a nadie.", "es", 2, REL);
    expect_event("Los tres secuestrados recuperaron así la libertad.", "es", 3, REL);
    expect_event("Os dois sequestrados recuperaram assim ontem a liberdade, e o grupo já não tem ninguém.", "pt", 2, REL);
    /* distractor: the noun of kidnapped people alone is their abduction */
    expect_event("Los tres turistas fueron secuestrados ayer en la carretera.", "es", 3, DET);
    expect_event("Os três turistas foram sequestrados ontem na estrada.", "pt", 3, DET);
}

/* "não discutirá a libertação dos 21 presos": a release refused is no release; the people are held. */
Test(precision22, a_release_refused_says_they_are_held)
{
    expect_event("El Gobierno no negociará la liberación de los 15 presos bajo amenazas.", "es", 15, HELD);
    expect_event("La junta se negó a liberar a 40 opositores encarcelados.", "es", 40, HELD);
    expect_event("O Governo não discutirá a libertação dos 15 presos sob ameaça.", "pt", 15, HELD);
    expect_event("A junta recusou-se a libertar 40 opositores detidos.", "pt", 40, HELD);
    expect_event("The government will not discuss the release of the 15 prisoners under threat.", "en", 15, HELD);
    expect_event("The junta refused to release 40 jailed opponents.", "en", 40, HELD);
    /* distractors: a release that happened, and a refusal of information */
    expect_event("El Gobierno negoció la liberación de los 15 presos.", "es", 15, REL);
    expect_event("O Governo negociou a libertação dos 15 presos.", "pt", 15, REL);
    expect_event("Police declined to release the names of the 40 people arrested.", "en", 40, DET);
}

/* "calculan que hay más de 10.000 personas" in a square: a word saying people are there counts a crowd, not people
 * held, unless custody or captivity is said in the clause. */
Test(precision22, a_crowd_that_is_there_is_no_one_held)
{
    expect_event("Los organizadores calculan que hay más de 20.000 personas frente al palacio.", "es", 20000, NONE);
    expect_event("Os organizadores calculam que há mais de 20 mil pessoas diante do palácio.", "pt", 20000, NONE);
    expect_event("Organisers said there were more than 20,000 people outside the palace.", "en", 20000, NONE);
    /* distractors: people said to be in custody keep their claim */
    expect_event("Según la ONG, hay al menos 300 personas detenidas en la comisaría.", "es", 300, HELD);
    expect_event("Segundo a ONG, há pelo menos 300 pessoas presas na esquadra.", "pt", 300, HELD);
    expect_event("The group says there are at least 300 people held at the station.", "en", 300, HELD);
    expect_event("En Ñuñoa hoy hay cuatro detenidos.", "es", 4, HELD);
}

/* "596 monks, most of whom had been returned to their monasteries": what happened to a part (a relative clause of
 * "most / muchos / a maioria of whom") is not what happened to the people counted. */
Test(precision22, the_fate_of_a_part_is_not_the_count_s_event)
{
    expect_event("About 300 people, many of whom were later released, were arrested at the rally.", "en", 300, DET);
    expect_event("Among those detained, police said, were 80 students, most of whom have since been freed.", "en", 80, DET);
    expect_event("Cerca de 300 pessoas, muitas das quais foram depois libertadas, foram detidas na marcha.", "pt", 300, DET);
    /* distractors: the whole ("all of whom") and an event said before the part keep their reading */
    expect_event("The army freed 104 prisoners, most of whom were flown home.", "en", 104, REL);
    expect_event("La policía detuvo a 300 personas, muchas de las cuales fueron liberadas después.", "es", 300, DET);
}

/* "dentro del gimnasio hay más de mil personas": the place of captivity said before the state word. */
Test(precision22, people_inside_said_before_the_state_word_are_held)
{
    expect_event("Los vecinos sostienen que dentro del gimnasio hay más de mil personas.", "es", 1000, HELD);
    expect_event("Dentro daquela escola havia mais de mil pessoas, disse ela.", "pt", 1000, HELD);
    expect_event("Relatives say that inside the gym there were more than 1,000 people.", "en", 1000, HELD);
    /* distractor: a crowd outside stays no one held */
    expect_event("Fuera del gimnasio hay más de mil personas esperando.", "es", 1000, NONE);
}
