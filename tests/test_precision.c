/* test_precision.c - figures that are no count of ours, or whose event word says something else (tenth session):
 * demands for a release (the people are still held), multipliers, people in hospital, crowds of so many, crowds
 * dispersed, shelters and vehicles, state words before things no lexicon knows or before people who were released,
 * and questions quoting a figure back. Sentences written for these tests, in Spanish, Portuguese and English, with
 * distractors that must keep their event. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(precision, .init = setup, .fini = teardown);

/* Asking for people to be freed says they are held; a release that happened stays one. */
Test(precision, a_demand_for_release_counts_people_held)
{
    expect_event("El sindicato exigió ayer la liberación de 18 dirigentes encarcelados.", "es", 18, HELD);
    expect_event("La coalición pide, una vez más, la excarcelación de 27 opositores.", "es", 27, HELD);
    expect_event("O sindicato exigiu ontem a libertação de 18 dirigentes encarcerados.", "pt", 18, HELD);
    expect_event("As famílias pedem que sejam soltos os 27 ativistas da marcha.", "pt", 27, HELD);
    expect_event("The union demanded on Monday the release of 18 jailed organisers.", "en", 18, HELD);
    expect_event("Rights groups urged the authorities to free 27 student activists.", "en", 27, HELD);
    /* distractors: releases that happened */
    expect_event("El tribunal ordenó la liberación de 18 dirigentes sindicales.", "es", 18, REL);
    expect_event("O governo libertou 27 ativistas na quinta-feira.", "pt", 27, REL);
    expect_event("The authorities freed 27 student activists on Friday.", "en", 27, REL);
}

/* A factor that multiplies a figure is no count of people. */
Test(precision, a_multiplier_is_no_count)
{
    expect_event("El panfleto multiplica por ocho el número de detenidos.", "es", 8, NONE);
    expect_event("O panfleto multiplica por oito o número de detidos.", "pt", 8, NONE);
    expect_event("The leaflet multiplies the number of detainees by eight.", "en", 8, NONE);
    expect_event("Police reported an eightfold rise in detained protesters.", "en", 8, NONE);
}

/* People in hospital are counted for their injuries, not for custody. */
Test(precision, people_in_hospital_are_not_held)
{
    expect_event("Cinco guardias permanecen hospitalizados tras el motín.", "es", 5, NONE);
    expect_event("Cinco guardas continuam internados no hospital depois do motim.", "pt", 5, NONE);
    expect_event("Five guards remain in hospital after the riot.", "en", 5, NONE);
    /* distractor: people kept in a prison */
    expect_event("Cinco manifestantes siguen detenidos tras el motín.", "es", 5, HELD);
}

/* A march or a crowd of so many, or a crowd dispersed, counts no one held or freed. */
Test(precision, crowds_are_no_count)
{
    expect_event("Los arrestos empezaron cuando un grupo se separó de una marcha de unas 6.000 personas.", "es", 6000, NONE);
    expect_event("As prisões começaram quando um grupo se separou de uma passeata de cerca de 6.000 pessoas.", "pt", 6000, NONE);
    expect_event("Arrests began when a masked group split from a peaceful march of about 6,000 people.", "en", 6000, NONE);
    expect_event("La policía dispersó a unos 400 estudiantes con gases y detuvo al menos a 12 manifestantes.", "es", 400, NONE);
    expect_event("A polícia dispersou cerca de 400 estudantes com gás e deteve pelo menos 12 manifestantes.", "pt", 400, NONE);
    expect_event("Police dispersed about 400 students with tear gas and detained at least 12 protesters.", "en", 400, NONE);
    /* distractor: the arrests after the dispersal keep their event */
    expect_event("La policía dispersó la marcha y detuvo a 35 personas.", "es", 35, DET);
}

/* A state word before things (tents, passengers) no people noun names counts those things. */
Test(precision, a_state_word_before_things)
{
    expect_event("Se calcula que había unas 200 carpas en la explanada.", "es", 200, NONE);
    expect_event("Calcula-se que havia umas 200 tendas na esplanada.", "pt", 200, NONE);
    expect_event("Officials estimated there were about 200 tents on the lawn.", "en", 200, NONE);
    expect_event("The ferry left at noon, and there were twelve passengers aboard.", "en", 12, NONE);
    /* distractor: the state word keeps people held */
    expect_event("Según la ONG, hoy hay 45 detenidos en la comisaría.", "es", 45, HELD);
}

/* People who were released, after a state word, were released. */
Test(precision, a_state_word_before_people_released)
{
    expect_event("En 2019 hubo 9.000 personas al mes liberadas de las cárceles del país.", "es", 9000, REL);
    expect_event("Em 2019 houve 9.000 pessoas por mês libertadas das cadeias do país.", "pt", 9000, REL);
    expect_event("In 2019 there were 9,000 people a month released from the country's jails.", "en", 9000, REL);
}

/* An interviewer naming again a figure the text gave claims nothing new. */
Test(precision, a_question_quoting_a_figure_back)
{
    const char *es = "La ONG cuenta 420 presos en la cárcel de Tocorón.\n\n¿Le parece fiable la cifra de 420 detenidos?";
    extract_doc *d = run(es, "es");
    cr_expect_eq(extract_doc_claim_count(d), 1, "the question adds a claim");
    extract_doc_free(d);
    const char *pt = "A ONG conta 420 presos na cadeia de Bangu.\n\nA cifra de 420 detidos parece-lhe fiável?";
    d = run(pt, "pt");
    cr_expect_eq(extract_doc_claim_count(d), 1, "the question adds a claim");
    extract_doc_free(d);
    const char *en = "The group counts 420 prisoners in the Evin jail.\n\nDo you trust the figure of 420 detained?";
    d = run(en, "en");
    cr_expect_eq(extract_doc_claim_count(d), 1, "the question adds a claim");
    extract_doc_free(d);
}
