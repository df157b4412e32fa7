/* test_recall_tenth.c - figures that were not found at all (the tenth session's recall class): custody said with a
 * place ("passed through the camp", "están en cárceles turcas"), internment, time spent in custody, and an adverb
 * between a verb of staying and its state ("seguían entonces entre rejas"). Sentences written for these tests (not
 * taken from the corpus), in Spanish, Portuguese and English, with distractors that must keep their event. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(recall_tenth, .init = setup, .fini = teardown);

/* Passing through a place of custody is a detention; passing through a border is nothing of ours. */
Test(recall_tenth, passed_through_custody_is_detention)
{
    expect_event("Según la fiscalía, unas 2.300 personas pasaron por los calabozos durante la semana.", "es", 2300, DET);
    expect_event("Segundo a defensoria, cerca de 2.300 pessoas passaram pelas celas durante a semana.", "pt", 2300, DET);
    expect_event("The ombudsman said some 2,300 people passed through the cells that week.", "en", 2300, DET);
    expect_event("Officials said about 900 protesters had passed through since the centre opened.", "en", 900, DET);
    /* distractors */
    expect_event("Unas 40.000 personas pasaron por la frontera el domingo, según Migraciones.", "es", 40000, NONE);
    expect_event("Cerca de 40.000 pessoas passaram pela fronteira no domingo.", "pt", 40000, NONE);
    expect_event("Some 40,000 people passed through the border crossing on Sunday.", "en", 40000, NONE);
}

/* Internment is a detention; a hospital admission is not. */
Test(recall_tenth, internment_is_detention)
{
    expect_event("Según los archivos, 4.100 personas fueron internadas en los primeros días.", "es", 4100, DET);
    expect_event("Segundo os arquivos, 4.100 pessoas foram internadas em campos nos primeiros dias.", "pt", 4100, DET);
    expect_event("According to the archives, 4,100 people were interned in the first days.", "en", 4100, DET);
    expect_event("Según el ministerio, 30 personas fueron internadas en el hospital con quemaduras.", "es", 30, NONE);
    expect_event("Segundo o ministério, 30 pessoas foram internadas no hospital com queimaduras.", "pt", 30, NONE);
}

/* People who are in a state's prisons, or who have spent years there, are held. */
Test(recall_tenth, in_prisons_and_years_spent_are_held)
{
    expect_event("La asociación calcula que 6.200 kurdos están actualmente en cárceles turcas.", "es", 6200, HELD);
    expect_event("A associação calcula que 6.200 curdos estão atualmente em prisões turcas.", "pt", 6200, HELD);
    expect_event("The association estimates that 6,200 Kurds are currently in Turkish jails.", "en", 6200, HELD);
    expect_event("El centro recordó que 87 personas llevaban más de cuatro años encerradas sin juicio.", "es", 87, HELD);
    expect_event("O centro lembrou que 87 pessoas estavam há mais de quatro anos detidas sem julgamento.", "pt", 87, HELD);
    expect_event("The centre noted that 87 people had spent more than four years in detention without trial.", "en", 87, HELD);
}

/* An adverb of time between a verb of staying and its state ("seguían entonces entre rejas"). */
Test(recall_tenth, adverb_between_remain_and_state)
{
    expect_event("Según el diputado, apenas unas 300 seguían entonces entre rejas.", "es", 300, HELD);
    expect_event("Segundo o deputado, apenas umas 300 continuavam então atrás das grades.", "pt", 300, HELD);
    expect_event("According to the deputy, barely 300 remained then behind bars.", "en", 300, HELD);
}

/* A figure set by a verb ("put it at", "situó la cifra en", "fixou-o em") or "the tally had reached" counts the
 * people the text is about: the event of the figure before it. */
Test(recall_tenth, figure_set_by_a_verb_takes_the_event_before)
{
    expect_event("La policía detuvo a 40 manifestantes el sábado. El domingo, el ministro situó la cifra en 65.", "es", 65, DET);
    expect_event("A polícia deteve 40 manifestantes no sábado. No domingo, o ministro situou o número em 65.", "pt", 65, DET);
    expect_event("Police arrested 40 protesters on Saturday. On Sunday the minister put it at 65.", "en", 65, DET);
    expect_event("The government freed 40 prisoners in May. By June the running tally had reached 65.", "en", 65, REL);
    expect_event("The government freed 40 prisoners in May. The figure officials gave in June was 65.", "en", 65, REL);
}

/* Portuguese "prisões" after a figure is arrests, unless a preposition of place makes them prisons; Spanish and
 * English say arrests with words of their own ("detenciones", "arrests"). */
Test(recall_tenth, prisoes_after_a_figure_are_arrests)
{
    expect_event("O ministro afirmou que houve menos de 450 prisões em todo o país.", "pt", 450, DET);
    expect_event("A polícia fez 38 novas prisões durante a madrugada, segundo a secretaria.", "pt", 38, DET);
    expect_event("El ministro afirmó que hubo menos de 450 detenciones en todo el país.", "es", 450, DET);
    expect_event("The minister said there had been fewer than 450 arrests across the country.", "en", 450, DET);
    /* distractor: prisons named by a preposition of place */
    expect_event("Segundo a ONG, 300 presos foram libertados em 12 prisões do estado.", "pt", 12, NONE);
    expect_event("Segundo a ONG, 300 presos foram libertados em 12 prisões do estado.", "pt", 300, REL);
}

/* A figure stated as what a count exceeds takes the event of the words that name the count. */
Test(recall_tenth, what_a_count_exceeds)
{
    expect_event("Segundo a ONG, o total de detidos desde sexta-feira já passa de 340.", "pt", 340, DET);
    expect_event("Según la ONG, el total de detenidos desde el viernes ya supera los 340.", "es", 340, DET);
    expect_event("According to the group, the number of people arrested since Friday has already passed 340.", "en", 340, DET);
    /* nothing of ours named: no claim */
    expect_event("Segundo o museu, o total de visitantes já passa de 340.", "pt", 340, NONE);
}

/* Political detainees are people held, like political prisoners, not arrests. */
Test(recall_tenth, political_detainees_are_held)
{
    expect_event("A organização publicou uma lista com 212 detidos políticos no país.", "pt", 212, HELD);
    expect_event("La organización publicó una lista con 212 detenidos políticos en el país.", "es", 212, HELD);
    expect_event("The organisation published a list of 212 political detainees in the country.", "en", 212, HELD);
    expect_event("La policía informó de 212 detenidos en la marcha.", "es", 212, DET);
}
