/* test_recall21.c - figures not taken at all (twenty-first session, recall): a name of two capitalised words or an
 * acronym between a figure and its people noun, a commutation counted by its sentences, and prisoners or hostages
 * "made" or "taken" as a capture. Sentences written for these tests, in Spanish, Portuguese and English, with
 * distractors that must keep their current output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(recall21, .init = setup, .fini = teardown);

/* "20,000 East German prisoners", "20 IRA prisoners": the name before the noun is a modifier, as a nationality is.
 * Spanish and Portuguese put the name after the noun ("presos de Alemania Oriental", "presos do IRA"): those keep
 * their claim. */
Test(recall21, a_two_word_name_or_an_acronym_before_the_people_noun)
{
    expect_event("Officials in Bonn say more than 2,000 East German prisoners were freed last year.", "en", 2000, REL);
    expect_event("The army said 40 West Bank detainees were released at the Ofer crossing.", "en", 40, REL);
    expect_event("Under the accord 20 IRA prisoners were freed from the Maze on Friday.", "en", 20, REL);
    expect_event("The sheriff said fewer than 150 WTO-related prisoners were still in the county jail.", "en", 150, HELD);
    /* distractors: a nationality keeps its claim; people of no event of ours stay out; es/pt word order */
    expect_event("Officials say more than 2,000 Cuban prisoners were freed last year.", "en", 2000, REL);
    expect_event("Police said 12 Hong Kong activists were arrested at sea on Sunday.", "en", 12, DET);
    expect_event("The 40 Amnesty International researchers arrived in Lagos on Monday.", "en", 40, NONE);
    expect_event("Bonn dice que más de 2.000 presos de Alemania Oriental fueron liberados el año pasado.", "es", 2000, REL);
    expect_event("Bona diz que mais de 2.000 presos da Alemanha Oriental foram libertados no ano passado.", "pt", 2000, REL);
    expect_event("Según el acuerdo, 20 presos del IRA salieron en libertad el viernes.", "es", 20, REL);
}

/* "he commuted 330 sentences": the figure counts the sentences commuted, one a person; a commutation frees them
 * (as "commuted the sentences of 330" already did). Death sentences commuted to life free no one. */
Test(recall21, a_commutation_counted_by_its_sentences)
{
    expect_event("En su última semana en el cargo, el presidente conmutó 412 penas por delitos de drogas.", "es", 412, REL);
    expect_event("Na última semana no cargo, o presidente comutou 412 penas por crimes de droga.", "pt", 412, REL);
    expect_event("In his last week in office the president commuted 412 sentences for drug offences.", "en", 412, REL);
    expect_event("The governor commuted another 57 sentences on Christmas Eve.", "en", 57, REL);
    /* distractors: death sentences, and a commutation to life */
    expect_event("El rey conmutó 57 penas de muerte en Nochebuena.", "es", 57, NONE);
    expect_event("O rei comutou 57 penas de morte na véspera de Natal.", "pt", 57, NONE);
    expect_event("The governor commuted 57 death sentences on Christmas Eve.", "en", 57, NONE);
    expect_event("The court commuted 57 sentences to life imprisonment.", "en", 57, NONE);
}

/* "hicieron prisioneros a 1.189 invasores", "fizeram 26 reféns": making or taking prisoners or hostages is a capture,
 * as "took 500 prisoners" is in English. */
Test(recall21, prisoners_or_hostages_made_or_taken_are_captured)
{
    expect_event("Al final de la batalla, las tropas hicieron prisioneros a 1.189 invasores.", "es", 1189, DET);
    expect_event("La columna rebelde tomó 38 rehenes en el asalto al cuartel.", "es", 38, DET);
    expect_event("Unos 9.000 soldados fueron hechos prisioneros en la retirada.", "es", 9000, DET);
    expect_event("No fim da batalha, as tropas fizeram 1.189 prisioneiros.", "pt", 1189, DET);
    expect_event("Os assaltantes fizeram reféns 38 funcionários do banco.", "pt", 38, DET);
    expect_event("Cerca de 9.000 soldados foram feitos prisioneiros na retirada.", "pt", 9000, DET);
    expect_event("Las tropas hicieron prisioneros a 300 de los invasores.", "es", 300, DET);
    expect_event("As tropas fizeram prisioneiros 300 dos invasores.", "pt", 300, DET);
    expect_event("By nightfall the army had taken 300 of the invaders prisoner.", "en", 300, DET);
    /* distractors: what prisoners do, things made or taken, the English phrase as before */
    expect_event("Los 38 prisioneros tomaron el patio de la cárcel.", "es", 38, HELD);
    expect_event("La columna tomó 38 fotografías del cuartel.", "es", 38, NONE);
    expect_event("Os 38 prisioneiros fizeram greve de fome.", "pt", 38, HELD);
    expect_event("The rebel column took 38 prisoners in the raid on the barracks.", "en", 38, DET);
    expect_event("The ferry took 300 of the passengers to the island.", "en", 300, NONE);
}

/* "Seis homens armados … fizeram 26 reféns", "Six armed men seized 26 people": the figure right after an event verb
 * is its object; people of no kind counted before the verb did it, and take no claim. */
Test(recall21, who_did_it_to_the_figure_after_the_verb)
{
    expect_event("Cinco hombres armados irrumpieron en el banco y retuvieron a 14 empleados.", "es", 5, NONE);
    expect_event("Cinco hombres armados detuvieron a 14 vecinos en el control.", "es", 5, NONE);
    expect_event("Cinco homens armados entraram no banco e fizeram 14 reféns.", "pt", 5, NONE);
    expect_event("Cinco homens armados detiveram 14 moradores na barreira.", "pt", 5, NONE);
    expect_event("Five armed men seized 14 bank employees.", "en", 5, NONE);
    /* the people after the verb keep their claim */
    expect_event("Cinco homens armados entraram no banco e fizeram 14 reféns.", "pt", 14, DET);
    expect_event("Five armed men stormed the bank and seized 14 employees.", "en", 14, DET);
    /* distractors: a preposition, a conjunction or an agent word before the second figure leaves the first its verb */
    expect_event("Five journalists were released with 12 other prisoners on Monday.", "en", 5, REL);
    expect_event("Cinco periodistas fueron liberados junto con otros 12 presos.", "es", 5, REL);
    expect_event("Cinco jornalistas foram libertados com outros 12 presos.", "pt", 5, REL);
    expect_event("Five men were freed by 20 soldiers at dawn.", "en", 5, REL);
    expect_event("Around 300 people were detained, 20 of them minors.", "en", 300, DET);
}
