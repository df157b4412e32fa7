/* test_detentionlex19.c - the ways people are said to be detained, and kidnapped (nineteenth session,
 * detentionlex; patterns/{es,pt,en}/events19d.pat). Sentences written for these tests, in Spanish, Portuguese and
 * English, each of which gave no claim or the wrong event before; distractors must keep their current output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(detentionlex19, .init = setup, .fini = teardown);

/* Phrasal verbs and idioms of the police taking people away. */
Test(detentionlex19, the_police_taking_people_away_is_detention)
{
    expect_event("Officers hauled in 38 fans after the derby.", "en", 38, DET);
    expect_event("Plainclothes agents nabbed 17 students outside the campus.", "en", 17, DET);
    expect_event("Some 60 marchers were led away by riot police.", "en", 60, DET);
    expect_event("Deputies bundled 22 climate activists into waiting vans.", "en", 22, DET);
    expect_event("Police swept up 140 migrants in the dawn raids.", "en", 140, DET);
    expect_event("Nine crew members were taken prisoner by the coastguard.", "en", 9, DET);
    expect_event("Twenty-six people were thrown in jail after the strike.", "en", 26, DET);
    expect_event("La Guardia Nacional subió a 33 jóvenes a los patrulleros.", "es", 33, DET);
    expect_event("Los agentes condujeron a 19 vecinos a dependencias policiales.", "es", 19, DET);
    expect_event("Los 27 estudiantes fueron esposados frente a la facultad.", "es", 27, DET);
    expect_event("Un total de 54 manifestantes fueron puestos bajo arresto.", "es", 54, DET);
    expect_event("A Guarda algemou 14 adeptos à saída do estádio.", "pt", 14, DET);
    expect_event("A PM conduziu 31 estudantes à delegacia do centro.", "pt", 31, DET);
    expect_event("Pelo menos 18 pessoas receberam voz de prisão durante o ato.", "pt", 18, DET);
    expect_event("A rusga resultou em 52 prisões na Amadora.", "pt", 52, DET);
    /* distractors: things taken, people who chain themselves, people still locked up */
    expect_event("Customs officers hauled in 38 tonnes of contraband.", "en", 38, NONE);
    expect_event("Nine activists handcuffed themselves to the gates.", "en", 9, NONE);
    expect_event("Los 27 estudiantes siguen detenidos en la comisaría.", "es", 27, HELD);
    expect_event("Os 52 detidos continuam presos na esquadra.", "pt", 52, HELD);
    expect_event("Os presos foram transferidos de 12 prisões do estado.", "pt", 12, NONE);
}

/* The kidnapper's verbs and nouns: the taking is detention (docs/corpus.md, "Kidnappings and hostages"). */
Test(detentionlex19, the_taking_of_hostages_is_detention)
{
    expect_event("Unos encapuchados raptaron a 39 pasajeros de un autobús en la sierra.", "es", 39, DET);
    expect_event("Un comando raptó a 12 trabajadores de la mina.", "es", 12, DET);
    expect_event("O rapto de 110 alunas chocou a Nigéria.", "pt", 110, DET);
    expect_event("Homens armados raptaram 23 camponeses na fronteira.", "pt", 23, DET);
    expect_event("The mass abduction of 80 pupils was the second this month.", "en", 80, DET);
    expect_event("The kidnapping of 15 aid workers drew condemnation.", "en", 15, DET);
    expect_event("Eleven villagers were snatched by bandits on Sunday.", "en", 11, DET);
    /* victims of an abduction or of political imprisonment were taken */
    expect_event("Tokyo recognised 17 citizens as victims of abduction.", "en", 17, DET);
    expect_event("La comisión reconoció a 9.795 personas como víctimas de prisión política.", "es", 9795, DET);
    expect_event("O relatório lista 434 vítimas de prisão política.", "pt", 434, DET);
    /* captors who "detêm" hostages, or have them in their power or hands, hold them */
    expect_event("A guerrilha ainda detém cerca de 40 reféns na selva.", "pt", 40, HELD);
    expect_event("El frente negó que tuviera en su poder a 28 secuestrados.", "es", 28, HELD);
    expect_event("Around 31 crew members were still in the hands of the pirates.", "en", 31, HELD);
    /* seizing a place is not taking people: the people inside when it was seized are held (heldlex, same round) */
    expect_event("About 900 people were inside the hospital when the gunmen seized it.", "en", 900, HELD);
    /* distractors: the captivity stays held, hostages freed stay released */
    expect_event("The gunmen are still holding 23 hostages.", "en", 23, HELD);
    expect_event("Os sequestradores libertaram 23 reféns.", "pt", 23, REL);
    expect_event("Customs officers snatched 40 counterfeit bags.", "en", 40, NONE);
}

/* Headlines and leads where the arrests themselves rise to a figure. */
Test(detentionlex19, arrests_rising_to_a_figure_count_arrests)
{
    expect_event("Bristol unrest: arrests rise to 61 as police review footage", "en", 61, DET);
    expect_event("The arrest toll climbed to 212 by Sunday night.", "en", 212, DET);
    expect_event("Los detenidos ascienden ya a 88 en toda la provincia.", "es", 88, DET);
    expect_event("Os detidos chegam a 73 depois da segunda noite de protestos.", "pt", 73, DET);
    /* distractors: a rise with no figure, and a figure that is no arrests */
    expect_event("Arrests rose sharply in 2019, while 40 people died in custody.", "en", 40, NONE);
    expect_event("The death toll climbed to 212 by Sunday night.", "en", 212, NONE);
}

/* Giving oneself up in the compound tenses, and convicts reporting to custody, start a detention. */
Test(detentionlex19, giving_oneself_up_in_compound_tenses_is_detention)
{
    expect_event("Até a meia-noite, 14 suspeitos tinham se entregado à polícia.", "pt", 14, DET);
    expect_event("Onze condenados se apresentaram na sede da Polícia Federal.", "pt", 11, DET);
    expect_event("Al caer la tarde, 16 guerrilleros se habían entregado en el cuartel.", "es", 16, DET);
    expect_event("Los seis condenados se presentaron por la mañana en la comisaría de Getafe.", "es", 6, DET);
    /* distractors: people who present themselves elsewhere, and papers handed in */
    expect_event("Os 14 candidatos se apresentaram no debate de domingo.", "pt", 14, NONE);
    expect_event("Se han entregado 16 informes a la comisión.", "es", 16, NONE);
}
