/* test_recall_eleventh.c - figures not found, or found with the wrong event (the eleventh session's recall class):
 * remand after the count, running totals, pardons that reach people, still holding people, letting or getting people
 * out of prison, "among the beneficiaries" and a named kind of detention. Sentences written for these tests (not
 * taken from the corpus), in Spanish, Portuguese and English, with distractors that must keep their event. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(recall_eleventh, .init = setup, .fini = teardown);

/* Sent on to custody pending trial: held now, whatever the noun says of the arrest. */
Test(recall_eleventh, remand_after_the_count_is_held)
{
    expect_event("Según el juzgado, 310 detenidos pasaron a prisión preventiva el martes.", "es", 310, HELD);
    expect_event("Segundo o tribunal, 310 detidos ficaram em prisão preventiva na terça-feira.", "pt", 310, HELD);
    expect_event("The court said 310 arrested protesters were remanded in custody on Tuesday.", "en", 310, HELD);
    /* distractors: an arrest with no remand stays an arrest */
    expect_event("Según el juzgado, 310 detenidos pasaron a disposición judicial el martes.", "es", 310, DET);
    expect_event("The police said 310 protesters were arrested on Tuesday.", "en", 310, DET);
}

/* A running total takes the event of the sentence; a total of deaths is none of ours. */
Test(recall_eleventh, running_total_is_counted)
{
    expect_event("La policía arrestó a 35 personas más, con lo que el total desde el viernes llegaba a 215.", "es", 215, DET);
    expect_event("A polícia prendeu mais 35 pessoas e atualizou a conta para 215.", "pt", 215, DET);
    expect_event("Five more prisoners were freed from the camp, making 215 in all.", "en", 215, REL);
    expect_event("Cinco personas fueron detenidas y la cifra de muertos llegaba a 215.", "es", 215, NONE);
}

/* A pardon that reaches people convicted frees them; a programme that reaches families does not. */
Test(recall_eleventh, pardon_that_reaches_people_is_release)
{
    expect_event("El nuevo decreto abarca a unos 740 reclusos de todo el país.", "es", 740, REL);
    expect_event("O novo decreto abrange 740 pessoas condenadas por crimes menores.", "pt", 740, REL);
    expect_event("The ministry said that about 740 people were covered by the amnesty.", "en", 740, REL);
    expect_event("O programa abrange 740 famílias do interior.", "pt", 740, NONE);
}

/* Still holding people is a state: held, whatever the noun says of the arrest. */
Test(recall_eleventh, still_holding_is_held)
{
    expect_event("Las autoridades siguen reteniendo a 73 personas detenidas en la redada.", "es", 73, HELD);
    expect_event("As autoridades continuam a reter 73 pessoas detidas na rusga.", "pt", 73, HELD);
    expect_event("The authorities continue to hold 73 people detained in the raid.", "en", 73, HELD);
}

/* Letting or getting people out of a prison frees them, even when the noun says they were detained. */
Test(recall_eleventh, letting_out_is_release)
{
    expect_event("Hasta ahora solo hemos visto salir a 14 detenidos de la prisión central.", "es", 14, REL);
    expect_event("O acordo tirou da prisão 14 pessoas detidas no país vizinho.", "pt", 14, REL);
    expect_event("The agreement got 14 people detained abroad out of prison.", "en", 14, REL);
    expect_event("Los guardias no habían dejado salir a ninguno de los 14 presos.", "es", 14, HELD);
}

/* Among those a pardon freed, and held in a named kind of detention. */
Test(recall_eleventh, among_beneficiaries_and_named_detention)
{
    expect_event("La ONG contó 27 presos políticos entre los beneficiarios del indulto.", "es", 27, REL);
    expect_event("A ONG contou 27 presos políticos entre os beneficiários do indulto.", "pt", 27, REL);
    expect_event("The group counted 27 political prisoners among the beneficiaries of the pardon.", "en", 27, REL);
    expect_event("Según el ministerio, unas 860 personas estaban en detención migratoria en marzo.", "es", 860, HELD);
    expect_event("Segundo o ministério, cerca de 860 pessoas estavam em detenção de imigração em março.", "pt", 860, HELD);
    expect_event("The ministry said about 860 people were in immigration detention in March.", "en", 860, HELD);
}

/* Still in the hands of captors is held; a list of political prisoners with a number of names counts the held. */
Test(recall_eleventh, in_hands_and_list_names_are_held)
{
    expect_event("Según la familia, las otras 64 quedaron en manos de la guerrilla.", "es", 64, HELD);
    expect_event("Segundo a família, as outras 64 ficaram nas mãos da guerrilha.", "pt", 64, HELD);
    expect_event("According to the family, the other 64 remained in the custody of the rebels.", "en", 64, HELD);
    expect_event("La asociación dijo que su lista de presos políticos tiene ahora 410 nombres.", "es", 410, HELD);
    expect_event("A associação disse que a sua lista de presos políticos tem agora 410 nomes.", "pt", 410, HELD);
    expect_event("The association said its list of political prisoners now has 410 names.", "en", 410, HELD);
}

/* A relative clause after the count says how they came to be where they were; the event word right after it says
 * what became of them. A relative clause with no event word after it leaves the count's own event. */
Test(recall_eleventh, event_after_a_relative_clause)
{
    expect_event("El juzgado informó de que cuatro más que habían entrado en prisión fueron excarcelados ayer.", "es", 4, REL);
    expect_event("O tribunal informou que quatro arguidos que aguardavam julgamento na cadeia acabaram soltos.", "pt", 4, REL);
    expect_event("The court said four more who had been sent to prison were freed yesterday.", "en", 4, REL);
    expect_event("La policía detuvo a 20 personas que estaban en la plaza.", "es", 20, DET);
}

/* An agent word followed by a relative pronoun opens a clause of its own: the figure after it is its subject. */
Test(recall_eleventh, agent_word_opening_a_clause)
{
    expect_event("Los jueces dictaron 25 autos, por los que 25 acusados quedaron en prisión provisional.", "es", 25, HELD);
    expect_event("Os juízes emitiram 25 mandados, pelo que 25 suspeitos ficam em prisão preventiva.", "pt", 25, HELD);
    expect_event("The talks dragged on until Friday, by which 25 hostages had been freed.", "en", 25, REL);
}

/* Taken away by force, in the plural and with no destination, is a detention; to a hospital it is not. */
Test(recall_eleventh, taken_away_is_detention)
{
    expect_event("Según el sindicato, unos 40 obreros fueron llevados cuando la policía desalojó la fábrica.", "es", 40, DET);
    expect_event("Segundo o sindicato, cerca de 40 operários foram levados quando a polícia desocupou a fábrica.", "pt", 40, DET);
    expect_event("The union said about 40 workers were taken away when police cleared the factory.", "en", 40, DET);
    expect_event("Según los bomberos, unos 40 heridos fueron llevados al hospital.", "es", 40, NONE);
}
