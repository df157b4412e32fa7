/* test_rel25.c - release figures not taken (twenty-fifth session, issue #3): people sent back in an exchange
 * ("sent back", "envió de vuelta a", "mandou de volta"), brought home ("bringing 6 hostages home", "traemos a casa
 * a", "trazer N reféns para casa"), returned from the other side's territory, a headline opening with the word for
 * free before the article and the figure (rule attribute lead=1, counts.c S_lead_word), and the total of the
 * people freed as a figure's frame in Spanish and Portuguese ("el total de liberados asciende a", "o total de
 * libertados chega a"). Rules in patterns/{es,pt,en}/rel25.pat. Sentences written for these tests, with
 * distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(rel25, .init = setup, .fini = teardown);

/* Sent back across a line or a border in a swap: released. */
Test(rel25, people_sent_back_are_released)
{
    expect_event("After the talks the northern command sent back 1,240 captured soldiers, the mediators said.", "en",
                 1240, REL);
    expect_event("Tras las conversaciones, el mando del norte envió de vuelta a 1.240 soldados capturados, dijeron "
                 "los mediadores.",
                 "es", 1240, REL);
    expect_event("Depois das conversações, o comando do norte mandou de volta 1.240 soldados capturados, disseram os "
                 "mediadores.",
                 "pt", 1240, REL);
}

/* Distractors: a thing sent back with a figure in it is no release. */
Test(rel25, things_sent_back_stay_no_claim)
{
    expect_event("The court sent back 14 files to the lower chamber, the clerk said.", "en", 14, NONE);
    expect_event("El tribunal envió de vuelta 14 expedientes a la sala inferior, dijo el secretario.", "es", 14, NONE);
    expect_event("O tribunal mandou de volta 14 processos para a câmara inferior, disse o escrivão.", "pt", 14, NONE);
}

/* Brought home: the figure between the verb and "home", or after "home". */
Test(rel25, people_brought_home_are_released)
{
    expect_event("\"Tonight we are bringing 9 detained sailors home from the gulf,\" the minister wrote.", "en", 9, REL);
    expect_event("The envoy said he was bringing home 9 sailors held in the gulf.", "en", 9, REL);
    expect_event("\"Esta noche traemos a casa a 9 marineros detenidos en el golfo\", escribió el ministro.", "es", 9,
                 REL);
    expect_event("\"Esta noite estamos a trazer 9 marinheiros para casa\", escreveu o ministro.", "pt", 9, REL);
}

/* Distractors: a team bringing cups home. */
Test(rel25, bringing_things_home_stays_no_release)
{
    expect_event("The club is bringing 3 cups home after the tour.", "en", 3, NONE);
    expect_event("El club trae a casa 3 copas tras la gira.", "es", 3, NONE);
    expect_event("O clube traz para casa 3 taças depois da digressão.", "pt", 3, NONE);
}

/* Returned from the territory the other side controls: released in an exchange. */
Test(rel25, returned_from_the_other_sides_territory)
{
    expect_event("The ministry said 140 soldiers had returned from territory controlled by the rebels.", "en", 140,
                 REL);
    expect_event("El ministerio dijo que 140 soldados han regresado del territorio controlado por los rebeldes.", "es",
                 140, REL);
    expect_event("O ministério disse que 140 soldados regressaram do território controlado pelos rebeldes.", "pt", 140,
                 REL);
}

/* Distractor: back from a territory that is no one's captivity. */
Test(rel25, returned_from_another_territory_stays_no_claim)
{
    expect_event("The ministry said 140 hikers had returned from the territory of the national park.", "en", 140, NONE);
    expect_event("El ministerio dijo que 140 excursionistas regresaron del territorio del parque nacional.", "es", 140,
                 NONE);
    expect_event("O ministério disse que 140 excursionistas regressaram do território do parque nacional.", "pt", 140,
                 NONE);
}

/* A headline opening with the word for free: the people's own noun (arrested, detained) says what they were. */
Test(rel25, a_headline_opening_with_free_releases_the_people_after_it)
{
    expect_event("Freed: the 37 arrested dockers of Valparaíso", "en", 37, REL);
    expect_event("LIVE | Released, the 37 detained dockers", "en", 37, REL);
    expect_event("Libres los 37 estibadores detenidos en Valparaíso", "es", 37, REL);
    expect_event("ÚLTIMA HORA | Liberados, los 37 detenidos del puerto", "es", 37, REL);
    expect_event("Livres os 37 estivadores detidos em Valparaíso", "pt", 37, REL);
    expect_event("AO MINUTO | Soltos, os 37 detidos do porto", "pt", 37, REL);
}

/* Distractors: the word for free elsewhere in the headline leaves the people's own event. */
Test(rel25, free_elsewhere_in_a_headline_changes_nothing)
{
    expect_event("Free port: the 37 arrested dockers of Valparaíso", "en", 37, DET);
    expect_event("Puerto libre: los 37 estibadores detenidos en Valparaíso", "es", 37, DET);
    expect_event("Porto livre: os 37 estivadores detidos em Valparaíso", "pt", 37, DET);
}

/* The total of the people freed as the frame of a bare figure. */
Test(rel25, the_total_of_the_freed_is_a_release_figure)
{
    expect_event("According to the commission, the total of those freed now stands at 412.", "en", 412, REL);
    expect_event("Según la comisión, el total de liberados asciende ya a 412.", "es", 412, REL);
    expect_event("Segundo a comissão, o total de libertados chega agora a 412.", "pt", 412, REL);
}

/* Distractors: the total of the dead counts no one freed. */
Test(rel25, the_total_of_the_dead_stays_no_claim)
{
    expect_event("According to the commission, the total of those killed now stands at 412.", "en", 412, NONE);
    expect_event("Según la comisión, el total de muertos asciende ya a 412.", "es", 412, NONE);
    expect_event("Segundo a comissão, o total de mortos chega agora a 412.", "pt", 412, NONE);
}

/* People recovered (a people noun after the figure) are freed. */
Test(rel25, people_recovered_are_released)
{
    expect_event("The marines recovered 64 kidnapped fishermen near the island, the navy said.", "en", 64, REL);
    expect_event("Los infantes de marina recuperaron a 64 pescadores secuestrados cerca de la isla, dijo la Armada.",
                 "es", 64, REL);
    expect_event("Los negociadores esperaban que el Gobierno recuperara a \"unos 64\" pescadores.", "es", 64, REL);
    expect_event("Os fuzileiros recuperaram 64 pescadores sequestrados perto da ilha, disse a Marinha.", "pt", 64, REL);
}

/* Distractors: things recovered count no one. */
Test(rel25, things_recovered_stay_no_claim)
{
    expect_event("The marines recovered 64 stolen rifles near the island, the navy said.", "en", 64, NONE);
    expect_event("Los infantes de marina recuperaron 64 fusiles robados cerca de la isla, dijo la Armada.", "es", 64,
                 NONE);
    expect_event("Os fuzileiros recuperaram 64 espingardas roubadas perto da ilha, disse a Marinha.", "pt", 64, NONE);
}

/* Received in an exchange named before in the sentence: released (es and en read "recibió a" and "received"
 * already; the Portuguese rule wants the exchange). */
Test(rel25, people_received_in_an_exchange_are_released)
{
    expect_event("Na troca desta semana, a Geórgia recebeu 52 pessoas.", "pt", 52, REL);
    expect_event("En el canje de esta semana, Georgia recibió a 52 personas.", "es", 52, REL);
    expect_event("In this week's exchange, Georgia received 52 people.", "en", 52, REL);
}

/* Distractor: a shelter receiving people frees no one. */
Test(rel25, people_received_elsewhere_stay_no_release)
{
    expect_event("Depois do temporal, o abrigo recebeu 52 pessoas.", "pt", 52, NONE);
}

/* "just over", "poco más de", "pouco mais de": the qualifier takes its opening word, so the release verb before it
 * still governs the figure over the arrest word in the people's coordinated noun. */
Test(rel25, a_qualifier_opened_by_just_keeps_the_verb_before)
{
    expect_event("At dawn the army freed just over 300 prisoners and detainees from the northern camps.", "en", 300, REL);
    expect_event("Al amanecer, el Ejército liberó a poco más de 300 presos y detenidos de los campos del norte.", "es",
                 300, REL);
    expect_event("Ao amanhecer, o Exército libertou pouco mais de 300 presos e detidos dos campos do norte.", "pt", 300,
                 REL);
}

/* Distractor: the same qualifier before arrested people with no release word keeps their arrest. */
Test(rel25, a_qualifier_opened_by_just_changes_no_arrest)
{
    expect_event("At dawn the police arrested just over 300 protesters in the northern towns.", "en", 300, DET);
    expect_event("Al amanecer, la policía detuvo a poco más de 300 manifestantes en el norte.", "es", 300, DET);
    expect_event("Ao amanhecer, a polícia deteve pouco mais de 300 manifestantes no norte.", "pt", 300, DET);
}
