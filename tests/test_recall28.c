/* test_recall28.c - figures the start binary never took (twenty-eighth session, recall, issue #3): a count repeated
 * for another subject with its verb and noun left out ("Ukraine received 230 people and Russia 248"; counts.c,
 * S_gapped_actor, lexicons gap_article_words and gap_object_words in patterns/{es,pt,en}/recall28.pat). Sentences
 * written for these tests, in Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include "claims_support.h"

TestSuite(recall28, .init = setup, .fini = teardown);

/* "y Rusia a 248", "e a Rússia 248", "and Russia 248": the second figure takes the first one's event */
Test(recall28, gapped_count_with_a_new_subject)
{
    expect_event("En el último canje, Armenia recibió a 64 soldados y Azerbaiyán a 71.", "es", 71, REL);
    expect_event("Durante la noche, la policía detuvo a 35 jóvenes y la Guardia Civil a 12.", "es", 12, DET);
    expect_event("Na última troca, a Arménia recebeu 64 soldados e o Azerbaijão 71.", "pt", 71, REL);
    expect_event("Durante a noite, a polícia deteve 35 jovens e a Guarda Nacional 12.", "pt", 12, DET);
    expect_event("In the latest swap, Armenia received 64 soldiers and Azerbaijan 71.", "en", 71, REL);
    expect_event("Overnight, the police detained 35 young men and the National Guard 12.", "en", 12, DET);
    /* the first figure keeps its event */
    expect_event("In the latest swap, Armenia received 64 soldiers and Azerbaijan 71.", "en", 64, REL);
}

/* distractors: a verb of its own after the new subject, or a figure that goes on to another noun */
Test(recall28, gapped_count_distractors)
{
    expect_event("La policía detuvo a 35 jóvenes y Azerbaiyán envió 71 tanques.", "es", 71, NONE);
    expect_event("A polícia deteve 35 jovens e o Azerbaijão enviou 71 tanques.", "pt", 71, NONE);
    expect_event("The police detained 35 young men and Azerbaijan sent 71 tanks.", "en", 71, NONE);
    /* no event for the first count: nothing to repeat */
    expect_event("Armenia tiene 64 diputados y Azerbaiyán 71.", "es", 71, NONE);
    expect_event("A Arménia tem 64 deputados e o Azerbaijão 71.", "pt", 71, NONE);
    expect_event("Armenia has 64 deputies and Azerbaijan 71.", "en", 71, NONE);
    /* a figure followed by a noun of things is no repeated count */
    expect_event("In the latest swap, Armenia received 64 soldiers and Azerbaijan 71 tonnes of grain.", "en", 71, NONE);
}
