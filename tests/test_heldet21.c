/* test_heldet21.c - held versus detention (twenty-first session): hostages taken with the figure inside the phrase,
 * people taken to the police, people sent on to a prison or a detention centre, people held at a place of custody,
 * a stock of the held named with its place after a word of counting, verbs of keeping with "en total", the agent of
 * a verb whose object is another figure, and a word of a time clause after a relative of holding. Sentences written
 * for these tests, in Spanish, Portuguese and English, with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(heldet21, .init = setup, .fini = teardown);

/* "fizeram 45 reféns", "tomaron 30 rehenes": the taking of hostages is a detention (docs/corpus.md). */
Test(heldet21, hostages_taken_with_the_figure_inside_the_phrase)
{
    expect_event("Los asaltantes tomaron 30 rehenes en la sucursal bancaria.", "es", 30, DET);
    expect_event("Os sequestradores fizeram 45 reféns no autocarro.", "pt", 45, DET);
    expect_event("O grupo disse ter tomado 120 reféns na estação.", "pt", 120, DET);
    expect_event("The gunmen took 45 hostages at the hotel.", "en", 45, DET);
    /* distractors: hostages still inside are held */
    expect_event("Los 30 rehenes siguen en la sucursal bancaria.", "es", 30, HELD);
    expect_event("Os 45 reféns continuam no autocarro.", "pt", 45, HELD);
    expect_event("The 45 hostages are still inside the hotel.", "en", 45, HELD);
}

/* "Seis homens armados entraram … e fizeram 26 reféns": the figure before a verb whose object is another figure is
 * its subject, those who took them, not people taken. */
Test(heldet21, the_agent_of_a_verb_with_a_counted_object_is_not_counted)
{
    expect_event("Seis hombres armados entraron en el edificio y secuestraron a 26 empleados.", "es", 6, NONE);
    expect_event("Cinco homens armados entraram na escola e sequestraram 80 alunos.", "pt", 5, NONE);
    expect_event("Six armed men entered the building and took 26 hostages.", "en", 6, NONE);
    expect_event("Six armed men entered the building and took 26 hostages.", "en", 26, DET);
    /* distractors: two figures with their own verbs, and a figure joined to the next one by a conjunction */
    expect_event("Las autoridades liberaron a 20 presos y detuvieron a 15 opositores.", "es", 20, REL);
    expect_event("Las autoridades liberaron a 20 presos y detuvieron a 15 opositores.", "es", 15, DET);
    expect_event("Police arrested 1,200 people and 40 were charged.", "en", 1200, DET);
}

/* "levadas ao quartel", "conducidos a comisaría": taken to the police. */
Test(heldet21, people_taken_to_the_police_are_detained)
{
    expect_event("A polícia diz que 14 pessoas foram levadas ao quartel da Polícia Militar.", "pt", 14, DET);
    expect_event("O sindicato registra 22 pessoas levadas ao Dops naquela manhã.", "pt", 22, DET);
    expect_event("Unos 25 jóvenes fueron conducidos a comisaría tras los disturbios.", "es", 25, DET);
    /* distractor: taken to hospital is none of ours */
    expect_event("Os 14 feridos foram levados ao hospital.", "pt", 14, NONE);
}

/* "levados em maio para um centro de detenção", "taken to a detention centre": sent on to custody, held there. */
Test(heldet21, people_sent_on_to_a_prison_are_held)
{
    expect_event("Unos 200 monjes fueron trasladados en mayo a un centro de detención.", "es", 200, HELD);
    expect_event("Cerca de 300 monges foram levados em maio para um centro de detenção.", "pt", 300, HELD);
    expect_event("About 300 monks were taken in May to a detention centre.", "en", 300, HELD);
    expect_event("Of the men arrested, 60 were held at the county jail.", "en", 60, HELD);
    /* distractors: arrests at a march, and "held" on the day of a protest */
    expect_event("La policía detuvo a 60 personas en la marcha.", "es", 60, DET);
    expect_event("A polícia deteve 60 pessoas na marcha.", "pt", 60, DET);
    expect_event("Another 13 were held in Ankara the same day.", "en", 13, DET);
}

/* "falam em 80 mil presos nos campos de trabalho": a stock in a place of custody, not a tally of arrests. */
Test(heldet21, a_stock_in_a_place_of_custody_is_no_tally)
{
    expect_event("As estimativas falam em cerca de 80 mil presos nos campos de trabalho.", "pt", 80000, HELD);
    expect_event("Las estimaciones hablan de unos 80.000 presos en los campos de trabajo.", "es", 80000, HELD);
    expect_event("The tally counted 5,000 detainees in the country's prisons.", "en", 5000, HELD);
    /* distractor: the tally of an operation */
    expect_event("A contagem falava em 500 presos na operação.", "pt", 500, DET);
}

/* "retenía en total a unas 300 personas": keeping people is holding them. */
Test(heldet21, verbs_of_keeping_with_a_total)
{
    expect_event("La guerrilla retenía en total a unas 300 personas.", "es", 300, HELD);
    expect_event("O grupo retinha ao todo cerca de 90 pessoas.", "pt", 90, HELD);
    /* distractor: keeping a vehicle counts no one */
    expect_event("La policía retuvo el vehículo y detuvo a 3 personas.", "es", 3, DET);
}

/* "los rehenes que estaban retenidos … cuando empezó el secuestro": the time clause's noun is not their verb. */
Test(heldet21, a_time_clause_does_not_give_the_main_verb)
{
    expect_event("La policía cifró en 17 los rehenes que estaban retenidos en la oficina cuando empezó el secuestro.",
                 "es", 17, HELD);
    expect_event("A polícia contou 17 reféns que estavam retidos no banco quando começou o sequestro.", "pt", 17, HELD);
    expect_event("Police counted 17 hostages who were being held in the bank when the kidnapping began.", "en", 17, HELD);
    /* distractor: a finite verb after "since" is the main verb */
    expect_event("76 defendants, who have been held since August, were released on Monday.", "en", 76, REL);
}
