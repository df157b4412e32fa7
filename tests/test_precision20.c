/* test_precision20.c - figures the gold does not have (twentieth session, precision): the clock time heading a
 * live-blog entry, things released "in three groups" or "two sets of figures", and the part and the whole of "three
 * of the four …" when the main verb follows the whole's figure. Sentences written for these tests, in Spanish,
 * Portuguese and English, with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(precision20, .init = setup, .fini = teardown);

/* "07.00 — Otras dos personas quedan libres": a time written with a dot at the head of an entry is the entry's clock
 * time (shared veto.time), not a figure of the people the entry counts. */
Test(precision20, the_clock_time_heading_an_entry_counts_no_one)
{
    expect_event("09.00 — Otras tres personas quedan libres tras la negociación.", "es", 9, NONE);
    expect_event("11.00 — Mais quatro reféns foram libertados pela polícia.", "pt", 11, NONE);
    expect_event("08.00 - Two more hostages were freed by the gunmen.", "en", 8, NONE);
    /* distractors: the people the entry counts keep their claim, and so does a count opening a sentence */
    expect_event("09.00 — Otras tres personas quedan libres tras la negociación.", "es", 3, REL);
    expect_event("11.00 — Mais quatro reféns foram libertados pela polícia.", "pt", 4, REL);
    expect_event("08.00 - Two more hostages were freed by the gunmen.", "en", 2, REL);
    expect_event("Más de 2.000 detenidos siguen en las cárceles del país, según la ONG.", "es", 2000, HELD);
}

/* "released in four groups", "liberados en cuatro grupos", "two sets of figures": groups and sets are units the
 * people or figures come in, not people. */
Test(precision20, groups_and_sets_are_units)
{
    expect_event("Officials said 15 prisoners were released in four groups over the weekend.", "en", 4, NONE);
    expect_event("The ministry has released two sets of figures on the arrests.", "en", 2, NONE);
    expect_event("Los 15 presos fueron liberados en cuatro grupos durante el fin de semana.", "es", 4, NONE);
    expect_event("Os 15 presos foram libertados em quatro grupos durante o fim de semana.", "pt", 4, NONE);
    /* the people released keep the release, which the group's figure had taken from them */
    expect_event("Officials said 15 prisoners were released in four groups over the weekend.", "en", 15, REL);
    expect_event("Los 15 presos fueron liberados en cuatro grupos durante el fin de semana.", "es", 15, REL);
    expect_event("Os 15 presos foram libertados em quatro grupos durante o fim de semana.", "pt", 15, REL);
}

/* "Cuatro de los seis salieron en libertad …, y otro fue arrestado": the verb right after the whole's figure tells
 * of the part; the whole is no second release, and the part is not the arrest of the next clause. Portuguese
 * partitives read number words after "dos" as they read digits ("Três dos cinco"). */
Test(precision20, the_verb_after_the_whole_tells_of_the_part)
{
    expect_event("Cuatro de los seis salieron en libertad el lunes, y otro fue arrestado en la frontera.", "es", 4, REL);
    expect_event("Cuatro de los seis salieron en libertad el lunes, y otro fue arrestado en la frontera.", "es", 6, NONE);
    expect_event("Três dos cinco saíram em liberdade ontem, e um deles foi preso de novo.", "pt", 5, NONE);
    expect_event("Três dos cinco saíram em liberdade ontem, e um deles foi preso de novo.", "pt", 3, REL);
    expect_event("Four of the six went free on Monday, and another was arrested at the border.", "en", 4, REL);
    expect_event("Four of the six went free on Monday, and another was arrested at the border.", "en", 6, NONE);
    /* distractors: a participle after the whole names the group ("de los cinco detenidos"), and a state does too */
    expect_event("Dos de los cinco detenidos fueron liberados el lunes.", "es", 2, REL);
    expect_event("Tres de los 40 en prisión.", "es", 3, HELD);
    expect_event("300 of those detained in the port were released on Monday.", "en", 300, REL);
}

/* "tres de los cinco secuestradores fueron abatidos y el cuarto fue capturado": a passive verb of no event of ours
 * after the group is the part's main verb; the event word of the next clause is another person's. */
Test(precision20, a_passive_of_another_verb_ends_the_search_for_the_main_verb)
{
    expect_event("Tres de los cinco secuestradores fueron abatidos y el cuarto fue capturado por la policía.", "es", 3,
                 NONE);
    expect_event("Três dos cinco sequestradores foram abatidos e o quarto foi capturado pela polícia.", "pt", 3, NONE);
    expect_event("Three of the five gunmen were killed and a fourth was captured by police.", "en", 3, NONE);
    /* distractor: the part's own passive event verb */
    expect_event("Três dos cinco foram libertados ontem.", "pt", 3, REL);
    expect_event("Tres de los cinco fueron detenidos ayer en la frontera.", "es", 3, DET);
}

/* "5.000 personas firmaron una carta para pedir la liberación de …": people counted before an adjunct asking for a
 * release (a word of purpose, or a gerund: "calling for the release") are those who ask (claims.c, S_demanders). */
Test(precision20, people_who_ask_for_a_release_are_not_held)
{
    expect_event("Más de 5.000 personas firmaron una carta para pedir la liberación de los periodistas.", "es", 5000, NONE);
    expect_event("Cerca de 8 mil pessoas assinaram um abaixo-assinado a exigir a libertação dos jornalistas.", "pt", 8000,
                 NONE);
    expect_event("About 12,000 people signed an open letter calling for the release of the journalists.", "en", 12000,
                 NONE);
    /* the gerund read from each language's gerund_endings lexicon (twenty-fourth session) */
    expect_event("Más de 5.000 personas firmaron una carta pidiendo la liberación de los periodistas.", "es", 5000, NONE);
    expect_event("Cerca de 8 mil pessoas assinaram um abaixo-assinado pedindo a libertação dos jornalistas.", "pt", 8000,
                 NONE);
    /* distractors: people asked to be freed, and prisoners asking for their own release, are held */
    expect_event("La ONG pidió ayer la liberación de 30 periodistas.", "es", 30, HELD);
    expect_event("Unos 30 presos iniciaron una huelga de hambre para exigir su liberación.", "es", 30, HELD);
    expect_event("Cerca de 30 presos iniciaram uma greve de fome para exigir a sua libertação.", "pt", 30, HELD);
    expect_event("About 30 prisoners went on hunger strike to demand their release.", "en", 30, HELD);
}
