/* test_event28.c - the right event when the sentence's words come in another order (twenty-eighth session;
 * event28.pat). (1) A release postponed, said after its noun ("la liberación de los 620 presos quedó aplazada"):
 * the people are still held. (2) A verb of leaving before the place and the count of held people ("saíram de Gaza
 * 15 reféns", "Out of Gaza came 15 hostages"): a release. (3) Held people received back ("recibió de vuelta a 189
 * prisioneros"): a release. (4) Held people counted with a participle and a plural place of custody ("palestinos
 * detidos em prisões israelenses"): held. Distractors: another clause postponed, a release done, leaving behind,
 * leaving things, an arrest in prisons, a release of the people so described. Sentences written for these tests. */
#include <criterion/criterion.h>

#include "claims_support.h"

TestSuite(event28, .init = setup, .fini = teardown);

/* (1) A release postponed, the participle after the noun. */
Test(event28, a_release_postponed_after_its_noun_is_held)
{
    expect_event("El Gobierno de Lorvania anunció que la liberación de los 340 presos quedó aplazada hasta marzo.",
                 "es", 340, HELD);
    expect_event("O Governo da Lorvânia anunciou que a libertação dos 340 presos ficou adiada até março.", "pt", 340,
                 HELD);
    expect_event("The Lorvanian government said the release of the 340 prisoners was postponed until March.", "en",
                 340, HELD);
    expect_event("The Lorvanian government said the release of the 340 prisoners has been put on hold.", "en", 340,
                 HELD);
}

/* (2) Leaving a place, the verb before the place and the count. */
Test(event28, leaving_before_the_count_is_a_release)
{
    expect_event("Desde que empezó la tregua salieron de Lorvania 27 rehenes y ninguno de los soldados.", "es", 27, REL);
    expect_event("Desde que começou a trégua saíram da Lorvânia 27 reféns e nenhum dos soldados.", "pt", 27, REL);
    expect_event("Out of the Lorvanian camps came 27 hostages on Tuesday.", "en", 27, REL);
    expect_event("Returning from Lorvania on the first flight were 27 prisoners of war.", "en", 27, REL);
}

/* (3) Held people received back in a swap. */
Test(event28, received_back_is_a_release)
{
    expect_event("Tras el canje, Lorvania recibió de vuelta a 64 prisioneros de guerra.", "es", 64, REL);
    expect_event("Depois da troca, a Lorvânia recebeu de volta 64 prisioneiros de guerra.", "pt", 64, REL);
    expect_event("After the swap, Lorvania received back 64 prisoners of war.", "en", 64, REL);
}

/* (4) A participle and a plural place of custody: a population held. */
Test(event28, detained_in_prisons_is_held)
{
    expect_event("Según la asociación, el total de lorvanos detenidos en cárceles vecinas ya supera los 2.300.", "es",
                 2300, HELD);
    expect_event("Segundo a associação, o total de lorvanos detidos em prisões vizinhas já passa de 2.300.", "pt", 2300,
                 HELD);
    expect_event("According to the association, the number of Lorvanians detained in neighbouring prisons now exceeds "
                 "2,300.",
                 "en", 2300, HELD);
}

/* Distractors keep their own event. */
Test(event28, distractors_keep_their_event)
{
    /* another clause was postponed; the release itself happened */
    expect_event("La liberación de 45 presos y la reunión del consejo fueron aplazadas.", "es", 45, REL);
    expect_event("A libertação de 45 presos foi concluída na segunda-feira.", "pt", 45, REL);
    expect_event("The release of 45 prisoners was completed on Monday.", "en", 45, REL);
    /* leaving behind keeps them inside */
    expect_event("Los milicianos se retiraron y dejaron en Lorvania 27 rehenes.", "es", 27, HELD);
    expect_event("Os milicianos retiraram-se e deixaram na Lorvânia 27 reféns.", "pt", 27, HELD);
    /* things that leave are no people */
    expect_event("Salieron de Lorvania 27 camiones con ayuda.", "es", 27, NONE);
    expect_event("Saíram da Lorvânia 27 camiões com ajuda.", "pt", 27, NONE);
    /* an arrest made in prisons, and a release of people so described */
    expect_event("Ayer 30 jóvenes fueron detenidos en cárceles improvisadas por la policía.", "es", 30, DET);
    expect_event("Ontem 30 jovens foram detidos em prisões improvisadas pela polícia.", "pt", 30, DET);
    expect_event("Yesterday 30 youths were detained in makeshift jails by the police.", "en", 30, DET);
    expect_event("Lorvania freed 39 people detained in neighbouring prisons.", "en", 39, REL);
    expect_event("A Lorvânia libertou 39 pessoas detidas em prisões vizinhas.", "pt", 39, REL);
    expect_event("Em troca, 39 lorvanos detidos em prisões vizinhas recuperaram a liberdade.", "pt", 39, REL);
    expect_event("A cambio, 39 lorvanos detenidos en cárceles vecinas recuperaron la libertad.", "es", 39, REL);
}
