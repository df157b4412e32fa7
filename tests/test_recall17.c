/* test_recall17.c - figures still missed (seventeenth session, recall): a count cut from its verb by an apposition,
 * the part of a counted whole told by the main verb past the whole's participle, and a running figure said to have
 * passed a bare number. Sentences written for these tests, in Spanish, Portuguese and English, with distractors that
 * must keep their current output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(recall17, .init = setup, .fini = teardown);

/* "28 manifestantes, entre eles dois clérigos, foram detidos": the verb after the apposition is the count's. */
Test(recall17, a_count_takes_the_verb_after_its_apposition)
{
    expect_event("Los otros cuatro, entre ellos el abogado Julián Pérez, siguen en prisión preventiva.", "es", 4, HELD);
    expect_event("Os outros quatro, entre eles o advogado Júlio Pires, continuam em prisão preventiva.", "pt", 4, HELD);
    expect_event("The other four, among them the lawyer Julian Perez, remain in custody.", "en", 4, HELD);
    expect_event("Unos 22 manifestantes, entre ellos dos sacerdotes, fueron detenidos ante el ministerio.", "es", 22, DET);
    expect_event("Cerca de 22 manifestantes, entre eles dois padres, foram detidos diante do ministério.", "pt", 22, DET);
    expect_event("About 22 protesters, among them two priests, were arrested outside the ministry.", "en", 22, DET);
    expect_event("Los nueve, de entre 19 y 40 años, fueron detenidos en la frontera el domingo.", "es", 9, DET);
    expect_event("Os nove, com idades entre 19 e 40 anos, foram detidos na fronteira no domingo.", "pt", 9, DET);
    expect_event("The nine, aged between 19 and 40, were detained at the border on Sunday.", "en", 9, DET);
    /* the ages inside the apposition count no one */
    expect_event("Two guards, aged 31 and 58, were detained at the gate.", "en", 58, NONE);
    expect_event("Os nove, com idades entre 19 e 40 anos, foram detidos na fronteira.", "pt", 40, NONE);
    /* distractors: an aside that is a clause of its own, and an aside holding an event word, bind nothing new */
    expect_event("Unos 40 vecinos, según la radio local, protestaron ante el ayuntamiento.", "es", 40, NONE);
    expect_event("Cerca de 40 moradores, incluindo dois detidos na véspera, protestaram diante da câmara.", "pt", 40, NONE);
    expect_event("About 40 residents, including two arrested the day before, marched to the town hall.", "en", 40, NONE);
}

/* "Nearly 300 of the roughly 680 people detained in raids at seven plants were released": the part is freed, the
 * whole stays detained, the plants count no one. */
Test(recall17, a_part_takes_the_main_verb_past_the_wholes_participle)
{
    const char *es = "Cerca de 200 de las casi 500 personas detenidas el martes en redadas en cuatro fábricas de la zona "
                     "fueron liberadas esa misma noche, informaron las autoridades.";
    const char *pt = "Perto de 200 das quase 500 pessoas detidas na terça-feira em rusgas a quatro fábricas da região "
                     "foram libertadas nessa mesma noite, informaram as autoridades.";
    const char *en = "Nearly 200 of the almost 500 people detained on Tuesday in raids at four factories in the area "
                     "were released the same night, officials said.";
    expect_event(es, "es", 200, REL);
    expect_event(pt, "pt", 200, REL);
    expect_event(en, "en", 200, REL);
    expect_event(es, "es", 500, DET);
    expect_event(pt, "pt", 500, DET);
    expect_event(en, "en", 500, DET);
    expect_event(es, "es", 4, NONE);
    expect_event(pt, "pt", 4, NONE);
    expect_event(en, "en", 4, NONE);
    /* distractor: "every one of the N people detained … has been let go" frees the whole */
    expect_event("Police say every one of the 230 people arrested on the bridge has now been let go.", "en", 230, REL);
}

/* "the total since Saturday is now well past 400": a bare figure a running count has passed. */
Test(recall17, a_running_figure_that_passed_a_number)
{
    const char *es = "La policía detuvo a 120 personas el sábado y a 150 el domingo. El total de detenidos ya supera los 300.";
    const char *pt = "A polícia prendeu 120 pessoas no sábado e 150 no domingo. O total de presos já passa de 300.";
    const char *en = "Police arrested 120 people on Saturday and 150 on Sunday. The total since Saturday is now well past 300.";
    expect_event(es, "es", 300, DET);
    expect_event(pt, "pt", 300, DET);
    expect_event(en, "en", 300, DET);
    extract_doc *d = run(en, "en");
    cr_expect_eq(claim_of(d, EXTRACT_EVENT_DETENTION, 300)->qualifier, EXTRACT_Q_MORE_THAN);
    extract_doc_free(d);
    /* distractors: the dead and the hurt are no one held */
    expect_event("La policía detuvo a 120 personas. El número de muertos supera los 30.", "es", 30, NONE);
    expect_event("A polícia prendeu 120 pessoas. O número de mortos passa de 30.", "pt", 30, NONE);
    expect_event("Police arrested 120 people. The number of deaths has passed 30.", "en", 30, NONE);
}
