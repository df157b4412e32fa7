/* test_recall_twelfth.c - figures not found, or found with the wrong event (the twelfth session's recall class):
 * staying in a named place of custody, what is left of a group in custody, going out uncharged or on bail, bail
 * refused, held for questioning, still inside (en), a negated cap that takes in the event word, a copula that opens its
 * clause before a bare figure, cases of people or of custody, comrades and colleagues as people, and the collective words for about thirty and about two dozen. Sentences written for
 * these tests (not taken from the corpus), in Spanish, Portuguese and English, with distractors. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(recall_twelfth, .init = setup, .fini = teardown);

/* Staying in a named place of custody, with a time adverbial between: held. */
Test(recall_twelfth, staying_in_a_place_of_custody_is_held)
{
    expect_event("Según la defensa, los últimos cuatro continuaban el lunes por la tarde en las celdas de la comisaría.", "es", 4, HELD);
    expect_event("Segundo a defesa, os últimos quatro seguiam ontem na penitenciária de Bangu.", "pt", 4, HELD);
    expect_event("According to the defence, the last four remained overnight in the cells at Kilburn.", "en", 4, HELD);
    /* a case or a family staying somewhere counts no one */
    expect_event("Según la defensa, los cuatro expedientes siguen en la fiscalía.", "es", 4, NONE);
}

/* What is left of a group in custody, said before the count or with "still left": held, even after a group named
 * before it for its arrest. */
Test(recall_twelfth, what_is_left_in_custody_is_held)
{
    expect_event("La policía arrestó a 60 jóvenes. De ellos quedan detenidos unos veinte.", "es", 20, HELD);
    expect_event("A polícia prendeu 60 jovens. Deles restam presos uns vinte.", "pt", 20, HELD);
    expect_event("Police arrested 60 young people. About twenty are still left in custody.", "en", 20, HELD);
    /* their arrest stays an arrest */
    expect_event("La policía arrestó a 60 jóvenes. De ellos quedan detenidos unos veinte.", "es", 60, DET);
}

/* Going out uncharged or on bail, whether the count comes before the verb or after it: a release. */
Test(recall_twelfth, going_out_uncharged_is_release)
{
    expect_event("Según el abogado, los otros 55 fueron saliendo en los días siguientes tras pagar fianza.", "es", 55, REL);
    expect_event("Segundo o advogado, os outros 55 foram saindo nos dias seguintes após pagar fiança.", "pt", 55, REL);
    expect_event("According to the lawyer, nine of those arrested had left without charge on Tuesday.", "en", 9, REL);
    expect_event("El domingo salieron más de 64 manifestantes de Ilopango y de otras prisiones del país.", "es", 64, REL);
    expect_event("No domingo saíram 64 reclusos da cadeia de Custóias, segundo o ministério.", "pt", 64, REL);
    /* going out into the street is no release */
    expect_event("El domingo salieron 64 vecinos a la calle para protestar por los cortes de luz.", "es", 64, NONE);
}

/* Bail refused, said after the count: held, whatever the noun says of the arrest. */
Test(recall_twelfth, bail_refused_is_held)
{
    expect_event("Según el juzgado, a los 17 detenidos les fue denegada la fianza.", "es", 17, HELD);
    expect_event("Segundo o tribunal, 17 dos detidos tiveram a fiança negada.", "pt", 17, HELD);
    expect_event("The court said 17 of the arrested protesters were refused bail.", "en", 17, HELD);
}

/* Held for questioning, with a passive auxiliary: an arrest; still held for questioning stays held. */
Test(recall_twelfth, held_for_questioning_is_detention)
{
    expect_event("Según la fiscalía, 86 personas fueron retenidas para ser interrogadas.", "es", 86, DET);
    expect_event("Segundo a procuradoria, 86 pessoas foram retidas para serem interrogadas.", "pt", 86, DET);
    expect_event("Prosecutors said 86 people had been held for questioning.", "en", 86, DET);
    expect_event("Según la fiscalía, 86 personas seguían retenidas para ser interrogadas.", "es", 86, HELD);
}

/* Still inside, at the end of the clause or before a prison: held; inside a building is no custody (es/pt read a
 * bare "siguen", "continuam" as held already; their lines guard that). */
Test(recall_twelfth, still_inside_is_held)
{
    expect_event("La abogada dijo que unos setenta siguen dentro, a la espera del juicio.", "es", 70, HELD);
    expect_event("A advogada disse que uns setenta continuam lá dentro, à espera do julgamento.", "pt", 70, HELD);
    expect_event("The lawyer said that about seventy are still inside, awaiting trial.", "en", 70, HELD);
    expect_event("The organisers said that about seventy protesters are still inside the town hall.", "en", 70, NONE);
}

/* A negated cap that takes in the event word ("no … más de") leaves that word before the count. */
Test(recall_twelfth, negated_cap_around_the_event_word)
{
    expect_event("El ministro aseguró que ya no quedan detenidos más de cuarenta.", "es", 40, HELD);
    expect_event("O ministro garantiu que já não restam presos mais de quarenta.", "pt", 40, HELD);
    expect_event("The minister said no more than forty remained in custody.", "en", 40, HELD);
}

/* A copula that opens its clause before a bare figure counts the people the text is about. */
Test(recall_twelfth, copula_that_opens_the_clause)
{
    expect_event("La policía habla de 41 detenidos. Fueron cuarenta y seis.", "es", 46, DET);
    expect_event("A polícia fala em 41 detidos. Foram quarenta e seis.", "pt", 46, DET);
    /* English drops no subject: "They were 46." has one, and stays with the pronoun rules */
    /* a figure with a noun of its own is no bare figure */
    expect_event("La policía habla de 41 detenidos. Fueron cuarenta y seis días de protestas.", "es", 46, NONE);
}

/* Collective words: about thirty, about two dozen, half a dozen. */
Test(recall_twelfth, collective_words)
{
    expect_event("La policía detuvo a una treintena de estudiantes.", "es", 30, DET);
    expect_event("A polícia deteve uma trintena de estudantes.", "pt", 30, DET);
    expect_event("Police detained a couple of dozen students.", "en", 24, DET);
    expect_event("Police detained a half-dozen students.", "en", 6, DET);
}

/* Cases of people, or of custody, count people; cases of anything else stay units. */
Test(recall_twelfth, cases_of_custody_count_people)
{
    expect_event("Nosotros tenemos documentados al menos 45 casos de personas que siguen en prisión por protestar.", "es", 45, HELD);
    expect_event("Nós documentámos 45 casos de pessoas que continuam presas por protestar.", "pt", 45, HELD);
    expect_event("The group documented 243 cases in which people were taken by armed men in March.", "en", 243, DET);
    expect_event("La ONG registró 45 casos de detención arbitraria en marzo.", "es", 45, DET);
    expect_event("The group documented 45 cases of torture in March, and 30 people were arrested.", "en", 45, NONE);
}

/* The people a speaker counts as their own (comrades, colleagues) are people a count can count. */
Test(recall_twelfth, comrades_are_people)
{
    expect_event("«Sabemos de al menos 35 compañeros y amigos que fueron arrestados anoche», dijo la portavoz.", "es", 35, DET);
    expect_event("\"Sabemos de pelo menos 35 companheiros e amigos que foram presos ontem à noite\", disse a porta-voz.", "pt", 35, DET);
    expect_event("\"We know of at least 35 comrades who were arrested last night,\" the spokeswoman said.", "en", 35, DET);
}
