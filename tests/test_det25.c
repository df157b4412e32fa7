/* test_det25.c - detention figures not taken (twenty-fifth session, det): kidnappings counted as acts are people taken
 * (patterns/{es,pt,en}/det25.pat, act_nouns.txt); an arrest booked or "fichado" with the figure as its object or in
 * the passive is an arrest; people taken away into captivity (en); Spanish "detenciones políticas" are arrests; a
 * word for people the lexicons lacked (mercenaries); a dash aside opening with a phrase of apposition (counts.c).
 * Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep their
 * output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(det25, .init = setup, .fini = teardown);

/* "registró más de 3.500 secuestros", "contabilizou 1.250 sequestros", "counted 2,310 kidnappings" */
Test(det25, kidnappings_counted_as_acts_are_people_taken)
{
    expect_event("La fundación contabilizó 4.512 secuestros en el país entre 1995 y 2005, según su informe anual.", "es",
                 4512, DET);
    expect_event("A fundação contabilizou 1.250 sequestros no estado em 2019, segundo o seu relatório anual.", "pt", 1250,
                 DET);
    expect_event("The foundation counted 2,310 kidnappings in the country last year, according to its annual report.",
                 "en", 2310, DET);
    expect_event("The monitor logged more than 640 abductions along the highway in 2021.", "en", 640, DET);
    /* distractors: hijackings of planes count planes, not people; the noun with no figure right before it */
    expect_event("El tribunal acusó a ocho jefes por la política de secuestros de la guerrilla.", "es", 8, NONE);
    expect_event("O tribunal acusou oito chefes pela política de sequestros da guerrilha.", "pt", 8, NONE);
    expect_event("The court charged eight leaders over the guerrillas' policy of kidnappings.", "en", 8, NONE);
    expect_event("Aquel año hubo 14 secuestros de aviones en la región.", "es", 14, NONE);
    expect_event("Naquele ano houve 14 sequestros de aviões na região.", "pt", 14, NONE);
    expect_event("That year there were 14 hijackings in the region.", "en", 14, NONE);
}

/* "officers had booked 3,381 adults", "95 manifestantes fueron fichados en la comisaría", "foram fichados na esquadra" */
Test(det25, booked_with_the_figure_as_object_is_an_arrest)
{
    expect_event("Según el alguacil, 95 manifestantes fueron fichados en la comisaría del distrito.", "es", 95, DET);
    expect_event("Segundo o delegado, 95 manifestantes foram fichados na esquadra do distrito.", "pt", 95, DET);
    expect_event("The police chief said his officers had booked 1,204 adults and 96 juveniles since Friday.", "en", 1204,
                 DET);
    expect_event("The police chief said his officers had booked 1,204 adults and 96 juveniles since Friday.", "en", 96,
                 DET);
    /* distractors: a club signing players, flights and rooms booked */
    expect_event("Este verano 3 jugadores fueron fichados por el club.", "es", 3, NONE);
    expect_event("Neste verão 3 jogadores foram fichados pelo clube.", "pt", 3, NONE);
    expect_event("The agency booked 300 rooms for the delegates.", "en", 300, NONE);
}

/* "Gunmen took 251 people into Gaza", as "levaram 80 pessoas" and "se llevaron a 45 personas" */
Test(det25, taken_away_into_captivity_is_the_taking)
{
    expect_event("Los milicianos se llevaron a 130 aldeanos al monte aquella noche.", "es", 130, DET);
    expect_event("Os milicianos levaram 130 aldeões para a floresta naquela noite.", "pt", 130, DET);
    expect_event("The militiamen took 130 villagers into the forest that night.", "en", 130, DET);
    expect_event("Gunmen had taken 41 farm workers away before the army arrived.", "en", 41, DET);
    /* distractors: people taken to hospital or across a bay */
    expect_event("Paramedics took 40 people to hospital after the crash.", "en", 40, NONE);
    expect_event("The ferry took 200 passengers across the bay.", "en", 200, NONE);
}

/* "registró 768 detenciones políticas de corta duración": the act, not political detainees */
Test(det25, political_detentions_are_arrests)
{
    expect_event("La comisión registró 312 detenciones políticas de corta duración durante mayo.", "es", 312, DET);
    /* pt and en read these already: guards */
    expect_event("A comissão registou 312 detenções políticas de curta duração durante maio.", "pt", 312, DET);
    expect_event("The commission recorded 312 political arrests during May.", "en", 312, DET);
    /* distractor: political detainees still inside are held */
    expect_event("Los 40 detenidos políticos siguen en la cárcel.", "es", 40, HELD);
}

/* "125 foreign \"mercenaries\" had been captured", "30 mercenarios estaban entre los detenidos": a noun for people
 * the lexicons lacked (en mercenaries, es mercenarios, pt mercenários) */
Test(det25, mercenaries_are_people)
{
    expect_event("The minister said 85 foreign \"mercenaries\" had been captured near the border.", "en", 85, DET);
    expect_event("Police said 30 mercenaries were among those detained at the airport.", "en", 30, DET);
    expect_event("La policía dijo que 30 mercenarios estaban entre los detenidos.", "es", 30, DET);
    expect_event("A polícia disse que 30 mercenários estavam entre os detidos.", "pt", 30, DET);
    /* distractors: mercenaries of no event of ours */
    expect_event("The company hired 300 mercenaries last year.", "en", 300, NONE);
    expect_event("La empresa contrató a 300 mercenarios el año pasado.", "es", 300, NONE);
    expect_event("A empresa contratou 300 mercenários no ano passado.", "pt", 300, NONE);
}

/* "18 participantes — na maioria estudantes — foram detidos": a dash aside opening with a phrase of apposition
 * describes the people as a comma aside does (counts.c, S_apposition_subject) */
Test(det25, a_dash_aside_of_apposition_leaves_the_verb_to_the_count)
{
    expect_event("La policía dijo que al menos 18 participantes —en su mayoría estudiantes, pero también algunos obreros— "
                 "fueron detenidos por las fuerzas de seguridad.", "es", 18, DET);
    expect_event("A polícia disse que pelo menos 18 participantes — na maioria estudantes, mas também alguns operários — "
                 "foram detidos pelas forças de segurança.", "pt", 18, DET);
    expect_event("Police said at least 18 participants — mostly students but also some workers — were detained by the "
                 "security forces.", "en", 18, DET);
    /* distractors: a dash aside that is a clause of its own, and participants of no event */
    expect_event("Police said at least 18 participants — the march had been banned — were walking towards the square.",
                 "en", 18, NONE);
    expect_event("A polícia disse que pelo menos 18 participantes — na maioria estudantes — caminhavam para a praça.", "pt",
                 18, NONE);
}
