/* test_recall2_21.c - figures not taken (twenty-first session, second wave, recall2): people counted and then given
 * leave to go by those who held them ("permitted to leave", "fueron autorizados a salir", "foram autorizados a
 * deixar") are released, whatever place they leave. Sentences written for these tests, in Spanish, Portuguese and
 * English, with distractors that must keep their current output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(recall2_21, .init = setup, .fini = teardown);

/* Leave to go, said after the count, with or without a place after it, with an adverb between. */
Test(recall2_21, leave_to_go_is_a_release)
{
    expect_event("Unos 45 pasajeros fueron autorizados a salir del aparato durante la noche.", "es", 45, REL);
    expect_event("A 12 de los secuestrados se les permitió abandonar la finca el domingo.", "es", 12, REL);
    expect_event("Cerca de 45 passageiros foram ontem autorizados a deixar o aparelho.", "pt", 45, REL);
    expect_event("About 45 passengers were finally permitted to leave the plane overnight.", "en", 45, REL);
    expect_event("The 18 sailors whom the coastguard allowed to leave on Sunday reached port.", "en", 18, REL);
}

/* Distractors: leave refused keeps them held; leaving a house after a storm is no release. */
Test(recall2_21, leave_refused_or_leaving_home_is_no_release)
{
    expect_event("Los 40 rehenes no fueron autorizados a salir del avión.", "es", 40, HELD);
    expect_event("Os 40 reféns não foram autorizados a sair do avião.", "pt", 40, HELD);
    expect_event("The 40 hostages were not permitted to leave the plane.", "en", 40, HELD);
    expect_event("Unos 200 vecinos pudieron salir de casa tras la tormenta.", "es", 200, NONE);
    expect_event("Some 200 residents who wanted to leave the town were stuck on the road.", "en", 200, NONE);
}

/* A subjunctive of leaving after an order: the order is the release ("ordena liberar a 20" already was). */
Test(recall2_21, leaving_ordered_in_the_subjunctive_is_a_release)
{
    expect_event("La Audiencia ordenó que 14 de los encausados salgan de la cárcel esta semana.", "es", 14, REL);
    expect_event("El juez dispuso ayer que 9 de los imputados queden en libertad.", "es", 9, REL);
    expect_event("O tribunal determinou que 14 dos arguidos fiquem em liberdade até ao julgamento.", "pt", 14, REL);
    /* distractors: an order to keep them, and a wish, are no release */
    expect_event("La Audiencia ordenó que 14 de los encausados sigan en prisión.", "es", 14, HELD);
    expect_event("O tribunal determinou que 14 dos arguidos fiquem em prisão preventiva.", "pt", 14, NONE);
}
