/* test_swaps19.c - exchanges (nineteenth session, swaps): in "30 prisoners were exchanged for two pilots" the figure
 * after the word of return (counterpart_words: for, por) is what the exchange gave, not the verb's object, so the
 * figure before the verb is the exchange's subject and is freed too. Sentences written for these tests, in Spanish,
 * Portuguese and English, with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(swaps19, .init = setup, .fini = teardown);

/* Both sides of a passive exchange are freed: the people named as prisoners do not stay held. */
Test(swaps19, both_sides_of_a_passive_exchange_are_freed)
{
    expect_event("Cuarenta y dos reclusos fueron canjeados por tres periodistas en la frontera.", "es", 42, REL);
    expect_event("Quarenta e dois reclusos foram trocados por três jornalistas na fronteira.", "pt", 42, REL);
    expect_event("Forty-two inmates were exchanged for three journalists at the border.", "en", 42, REL);
    expect_event("Sixty captives were swapped for nine fishermen on the bridge.", "en", 60, REL);
    expect_event("Sesenta rehenes fueron intercambiados por nueve pescadores en el puente.", "es", 60, REL);
    /* the other side keeps its release */
    expect_event("Forty-two inmates were exchanged for three journalists at the border.", "en", 3, REL);
    expect_event("Cuarenta y dos reclusos fueron canjeados por tres periodistas en la frontera.", "es", 3, REL);
}

/* distractors: an active exchange keeps its object; people held who are not exchanged stay held; a term of custody
 * after "for" is no counterpart and the arrest keeps its figure */
Test(swaps19, distractors_keep_their_claim)
{
    expect_event("Moscow exchanged 75 prisoners for the pilot last week.", "en", 75, REL);
    expect_event("Some 400 prisoners were still held in the northern camp.", "en", 400, HELD);
    expect_event("Unos 400 presos seguían retenidos en el campo del norte.", "es", 400, HELD);
    expect_event("Police arrested 40 protesters for blocking the road.", "en", 40, DET);
    expect_event("A polícia deteve 40 manifestantes por bloquearem a estrada.", "pt", 40, DET);
}

/* The people given in return, after "for" / "por" right after the exchange's own object, are freed too, even when
 * their noun names them as prisoners or hostages. */
Test(swaps19, the_other_side_of_an_exchange_is_freed)
{
    expect_event("The army exchanged four officers for 850 prisoners on Friday.", "en", 850, REL);
    expect_event("El ejército canjeó a cuatro oficiales por 850 presos el viernes.", "es", 850, REL);
    expect_event("O exército trocou quatro oficiais por 850 presos na sexta-feira.", "pt", 850, REL);
    expect_event("El canje de 61 detenidos por 7 rehenes concluyó en la madrugada.", "es", 7, REL);
    expect_event("A troca de 61 detidos por 7 reféns terminou de madrugada.", "pt", 7, REL);
    /* distractors: the exchange's object keeps its release, and a figure after "for" that is no exchange's
     * counterpart keeps its noun's event */
    expect_event("The army exchanged four officers for 850 prisoners on Friday.", "en", 4, REL);
    expect_event("The rebels released four officers while 850 prisoners were still held.", "en", 850, HELD);
    expect_event("La policía detuvo a 12 jóvenes por 3 robos y 40 presos siguen en la cárcel.", "es", 40, HELD);
    /* things given in return are no one */
    expect_event("The militia freed 14 hostages in exchange for fuel and medicine worth $26 million.", "en", 26000000, NONE);
    expect_event("La milicia liberó a 14 rehenes a cambio de combustible y medicinas por valor de 26 millones de dólares.",
                 "es", 26000000, NONE);
    expect_event("A milícia libertou 14 reféns em troca de combustível e remédios no valor de 26 milhões de dólares.",
                 "pt", 26000000, NONE);
    expect_event("The militia freed 14 hostages in exchange for fuel and medicine worth $26 million.", "en", 14, REL);
}
