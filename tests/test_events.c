/* test_events.c - which figures become claims, and with which event: partitive parts ("300 of those detained
 * were released"), event phrases around the count, another figure's own noun, bare figures answering a count
 * across "but", parts "among them", state phrases after a description, vague quantities and capacities, and the
 * event vocabulary added with them. Sentences written for these tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(events, .init = setup, .fini = teardown);

/* A part of a group: the verb after the group says what happened to the part, the group word says who they are. */
Test(events, partitive_part_takes_the_main_verb)
{
    expect_event("El fiscal informó que tres de los arrestados, un sargento y un cabo, fueron liberados el jueves.", "es", 3, REL);
    expect_event("A ONG disse que pelo menos 45 dos detidos no domingo foram soltos sem acusação.", "pt", 45, REL);
    expect_event("The lawyers said at least 120 of those detained in the capital were released without charge.", "en", 120, REL);
    expect_event("Officials said 60 of those charged had been remanded in custody.", "en", 60, HELD);
}

Test(events, partitive_part_without_a_verb_keeps_the_group)
{
    expect_event("Un juez dejó en libertad el viernes a 12 de los detenidos.", "es", 12, REL);
    expect_event("La policía informó de 35 de los detenidos en la plaza.", "es", 35, DET);
}

/* "17 of the country's 47 counties": a place, not people, even right after an event word. */
Test(events, partitive_of_places_is_no_count)
{
    expect_event("The group said 300 people were arrested in 14 of the country's 30 provinces.", "en", 14, NONE);
    expect_event("The group said 300 people were arrested in 14 of the country's 30 provinces.", "en", 300, DET);
}

Test(events, partitive_pronoun_part)
{
    expect_event("La ONG contabiliza 90 presos políticos. Hasta 25 de ellos siguen en prisión preventiva.", "es", 25, HELD);
    /* a verb that is none of ours tells what the part did: no claim */
    expect_event("Police said 900 people were arrested. About 400 of them were convicted later.", "en", 400, NONE);
}

/* "taken 290 people into custody": the phrase around the figure is its event word. */
Test(events, event_phrase_around_the_count)
{
    expect_event("Police say they have taken 185 people into custody since Friday.", "en", 185, DET);
}

/* "130 mortos e 3.636 detidos": the word right after another figure is that figure's noun. */
Test(events, another_figures_noun_is_not_an_event_word)
{
    expect_event("O balanço aponta 40 mortos e 700 detidos em todo o país.", "pt", 700, DET);
    expect_event("El balance oficial registra 12 muertos y 450 detenidos.", "es", 450, DET);
    expect_event("The tally shows 30 dead and 640 arrests across the country.", "en", 640, DET);
    /* the figure before the verb is still its agent: 53 is the one arrested */
    expect_event("Más de 1.000 agentes arrestaron a 53 personas en sus domicilios.", "es", 53, DET);
}

/* "made 1,280 arrests and brought 796 charges": an event noun right after the bare figure is its own. */
Test(events, event_noun_right_after_a_bare_figure)
{
    expect_event("The force said it had made 415 arrests and brought 230 charges.", "en", 415, DET);
}

/* A bare figure closing the clause after "but" answers the count before it. */
Test(events, bare_figure_answering_across_but)
{
    expect_event("\"El Gobierno habla de 90 excarcelados, pero nosotros solo hemos podido verificar 41.\"", "es", 41, REL);
    expect_event("\"O ministério fala em 200 detidos, mas os nossos advogados já atenderam mais de 260.\"", "pt", 260, DET);
    expect_event("\"The ministry speaks of 150 detainees, but our lawyers alone have seen 210.\"", "en", 210, HELD);
    /* a figure answering people counted for something else is no claim either */
    expect_event("\"Fala-se em 15 mortos, mas nós contámos pelo menos 22 e há famílias que continuam presas.\"", "pt", 22, NONE);
}

/* "22 political prisoners among them": part of the group counted before, not a new count of prisoners held. */
Test(events, part_among_them_takes_the_group_event)
{
    expect_event("The junta freed 3,000 prisoners on Thursday. We have confirmed only 15 political prisoners among them.", "en", 15, REL);
    expect_event("El gobierno excarceló a 500 reos el lunes. Hay 30 presos políticos entre ellos, según la ONG.", "es", 30, REL);
}

/* A detention word describing the people, then a state phrase: they are held now. */
Test(events, state_after_a_description)
{
    expect_event("She said at least 35 people arrested in the same wave were still in detention.", "en", 35, HELD);
    /* a lone counting verb far on is no state of theirs */
    expect_event("La ONG calcula que son 210 las personas arrestadas en toda la región y acusa al ministerio de no contabilizar.",
           "es", 210, DET);
}

/* A relative clause and another count of the part: the later count takes the verb after it. */
Test(events, later_count_takes_the_verb)
{
    expect_event("Of the 70 people our office has been following since the raids began, only 9 have been let out on bond.",
           "en", 70, NONE);
    expect_event("Of the 70 people our office has been following since the raids began, only 9 have been let out on bond.",
           "en", 9, REL);
    /* coordinated counts share the verb */
    expect_event("Na sexta-feira, 300 ucranianos - 200 militares e 100 civis - foram libertados.", "pt", 300, REL);
}

/* A reporting verb starts a new clause: the release after it is not what happened to the people denied. */
Test(events, reporting_verb_ends_the_description)
{
    expect_event("O porta-voz negou que cerca de 150 menores tenham sido detidos, e garantiu que os adolescentes foram entregues às famílias.",
           "pt", 150, DET);
}

Test(events, vague_quantities_and_capacity_are_no_figures)
{
    expect_event("The prosecutor said 90 people were jailed, while several hundred others were released.", "en", 100, NONE);
    expect_event("Varios cientos de detenidos fueron liberados el lunes.", "es", 100, NONE);
    expect_event("Várias centenas de presos foram libertados.", "pt", 100, NONE);
    expect_event("El penal, con capacidad para 30.000 reos, recibió a 238 venezolanos.", "es", 30000, NONE);
    expect_event("The prison, with a capacity of 40,000 inmates, received 238 men.", "en", 40000, NONE);
}

Test(events, event_vocabulary)
{
    expect_event("Según la policía, 150 personas fueron intervenidas durante la protesta.", "es", 150, DET);
    expect_event("El Parlamento afirmó que 2.100 personas han recuperado la libertad.", "es", 2100, REL);
    expect_event("Al menos veinte personas habían regresado a sus casas el miércoles.", "es", 20, REL);
    expect_event("Só na cadeia de Coimbra saíram 23 reclusos na sexta-feira.", "pt", 23, REL);
    expect_event("O tribunal concedeu liberdade sob fiança a 40 estudantes.", "pt", 40, REL);
    expect_event("Mais de 2.000 pessoas passaram pelas celas da polícia desde outubro.", "pt", 2000, DET);
    expect_event("O chefe da polícia negou que os oito estejam detidos.", "pt", 8, HELD);
    expect_event("A court discharged 85 people who had been detained over the protests.", "en", 85, REL);
    expect_event("Only 14 have been let out on bond so far.", "en", 14, REL);
    expect_event("The president said around forty persons would rejoin their families tonight.", "en", 40, REL);
    expect_event("The committee estimates that some 70 persons are currently in prison.", "en", 70, HELD);
    expect_event("The quake struck on Friday, killing more than 2,000 people, officials said.", "en", 2000, NONE);
    expect_event("Police arrested 400 people, and two people remain unaccounted for.", "en", 2, NONE);
}

/* "handed over 252 men": the phrase takes in what looked like a qualifier. */
Test(events, phrase_swallowing_a_qualifier)
{
    extract_doc *d = run("On Friday the government handed over 175 Venezuelan men who had been held there.", "en");
    char buf[2048];
    cr_expect_eq(event_of(d, 175), REL, "%s", describe(d, buf, sizeof buf));
    for (size_t i = 0; i < extract_doc_claim_count(d); i++)
        if (extract_doc_claim(d, i)->count == 175)
            cr_expect_eq(extract_doc_claim(d, i)->qualifier, EXTRACT_Q_EXACT);
    extract_doc_free(d);
}

/* A figure answering another across "but" contests it. */
Test(events, answering_figure_disputes)
{
    extract_doc *d = run("\"La policía habla de 90 detenidos, pero nuestros abogados ya han atendido a más de 140\", dijo.", "es");
    char buf[2048];
    cr_expect_eq(event_of(d, 140), DET, "%s", describe(d, buf, sizeof buf));
    for (size_t i = 0; i < extract_doc_claim_count(d); i++)
        if (extract_doc_claim(d, i)->count == 140)
            cr_expect_eq(extract_doc_claim(d, i)->stance, EXTRACT_STANCE_DISPUTES);
    extract_doc_free(d);
}

/* Vocabulary of the recall round: deportations, release as a return home or from captivity, "puesta en libertad",
 * a pardon or amnesty benefiting people, held in cells or sent to prison, assaults as none of our events, the
 * cases of people, and one person counted after "only". */
Test(events, recall_vocabulary)
{
    expect_event("Un juez ordenó el martes la puesta en libertad de nueve estudiantes.", "es", 9, REL);
    expect_event("El Gobierno deportó a 44 activistas extranjeros.", "es", 44, REL);
    expect_event("Según el ministro, 250 reclusos podrían beneficiarse del indulto.", "es", 250, REL);
    expect_event("Solo una sigue detenida, según la fiscalía.", "es", 1, HELD);
    expect_event("La asociación dijo que 15 periodistas fueron agredidos durante la marcha.", "es", 15, NONE);
    expect_event("O ministério informou que 52 ativistas foram deportados.", "pt", 52, REL);
    expect_event("Segundo a ONG, mais de 3000 soldados regressaram do cativeiro desde o início da guerra.", "pt", 3000, REL);
    expect_event("Quase 900 foram entretanto restituídas à liberdade, disse a ONG.", "pt", 900, REL);
    expect_event("O Presidente assinou o indulto de 48 condenados.", "pt", 48, REL);
    expect_event("Segundo a Amnistia Internacional, 31 pessoas morreram.", "pt", 31, NONE);
    expect_event("The ministry said 64 inmates are expected to leave jail next month.", "en", 64, REL);
    expect_event("The union said at least 12 reporters had been assaulted by police.", "en", 12, NONE);
    expect_event("Only one remains in custody, the prosecutor said.", "en", 1, HELD);
    expect_event("The cases of 300 remain open, the court said.", "en", 300, NONE);
}

/* A held or detention word in a relative clause after the people describes them; the main verb after the clause,
 * or the release word governing the count before it, says what happened to them. */
Test(events, relative_clause_describes_the_people)
{
    expect_event("Once activistas que habían sido detenidos durante la protesta, entre ellos un menor, fueron liberados ayer.", "es", 11, REL);
    expect_event("El juez ordenó la liberación, el lunes, de 23 jóvenes que se encontraban en la cárcel de la ciudad.", "es", 23, REL);
    expect_event("Nove estudantes que tinham sido detidos enquanto protestavam, incluindo um menor, foram soltos ontem.", "pt", 9, REL);
    expect_event("A libertação, na terça-feira, de 31 jovens que estavam na prisão foi confirmada.", "pt", 31, REL);
    expect_event("The agency said 64 nurses and hospital workers who had been held hostage by gunmen had been freed.", "en", 64, REL);
    /* the present state of the people stays the claim when no main verb follows */
    expect_event("We fear for 14 prisoners who are being held incommunicado, among them a lawyer who refused the release.", "en", 14, HELD);
}

/* A people noun after a nationality, a hyphenated word or two adjectives joined by "and" still names who is
 * counted. */
Test(events, people_noun_after_modifiers)
{
    expect_event("Officials said nine Malaysian citizens were still being held.", "en", 9, HELD);
    expect_event("Seven would-be presidential candidates were jailed last year.", "en", 7, DET);
    expect_event("The group says three student and religious activists are being held.", "en", 3, HELD);
    expect_event("La policía detuvo a cinco jóvenes y adolescentes venezolanos.", "es", 5, DET);
    expect_event("A polícia deteve seis estudantes e jornalistas angolanos.", "pt", 6, DET);
}

/* "entre ellos hay una docena de miembros": a part of the group counted before, with that group's event. */
Test(events, part_among_them_before_the_count)
{
    expect_event("Nicaragua excarceló a 80 presos. Entre ellos hay una docena de sacerdotes.", "es", 12, REL);
    expect_event("Un juez liberó a 20 de los detenidos, entre ellos tres menores de edad.", "es", 3, REL);
    expect_event("O tribunal libertou 40 presos, entre eles cinco jornalistas.", "pt", 5, REL);
    expect_event("The government freed 70 prisoners, among them 15 journalists.", "en", 15, REL);
}

/* "64 mortos e 81 presos": people held listed after the dead in a toll were arrested in the events counted. */
Test(events, toll_after_the_dead_counts_arrests)
{
    expect_event("El balance de la operación fue de 12 muertos y 40 presos.", "es", 40, DET);
    expect_event("A operação deixou 64 mortos e 81 presos, segundo o governo.", "pt", 81, DET);
    expect_event("The raid left 9 dead and 30 prisoners, police said.", "en", 30, DET);
    expect_event("Hay 40 presos políticos en el país.", "es", 40, HELD);
}

/* People after the agent of a passive did what the verb says; they are not counted for it. */
Test(events, agent_of_a_passive_is_no_count)
{
    expect_event("Ocho presos regresaron al país, acompañados por los dos hijos de un diplomático.", "es", 2, NONE);
    expect_event("Os reféns foram libertados pelos 12 guerrilheiros.", "pt", 12, NONE);
    expect_event("The hostages were freed by 20 soldiers.", "en", 20, NONE);
}

/* A bare figure followed by "los/os + phrase with an event word", or after "the number of … arrested". */
Test(events, figure_before_the_people_it_counts)
{
    expect_event("El ministro cifró en 171 los integrantes del grupo que seguían presos.", "es", 171, HELD);
    expect_event("Não chegam a 60 os que efetivamente saíram em liberdade, disse o sindicato.", "pt", 60, REL);
    expect_event("A spokesperson put the number of protesters arrested in the city at 3,200.", "en", 3200, DET);
    expect_event("The real number of people arrested is closer to 3,000, she said.", "en", 3000, DET);
}

/* "otras 187", "another 40": more of the people the sentence already counts. */
Test(events, another_figure_counts_the_same_people)
{
    expect_event("El ministerio cifró en 116 las excarcelaciones, a las que añadía otras 187 de las semanas previas.", "es", 187, REL);
    expect_event("O governo libertou 50 presos na segunda-feira e outros 30 ontem.", "pt", 30, REL);
    expect_event("Police arrested 45 people on Friday and another 20 over the weekend.", "en", 20, DET);
}

/* A figure answering one counted for something else counts that too; a figure given earlier and named again by a
 * reporting verb is that claim's figure. */
Test(events, answering_figures_keep_what_they_answer)
{
    expect_event("La policía contó 80.000 manifestantes, mientras que los sindicatos hablaron de 200.000.", "es", 200000, NONE);
    expect_event("A polícia contou 30 mil manifestantes, enquanto os sindicatos falaram em 90 mil.", "pt", 90000, NONE);
    expect_event("Police counted 40,000 protesters, while the unions spoke of 120,000.", "en", 120000, NONE);
    expect_event("A PF libertou 210 pessoas. \"A PF fala em 210, mas o resto continuava preso\", disse o advogado.", "pt", 210, REL);
}

/* A word inside another count's people noun is that count's; a word saying people exist says nothing of
 * "mothers of soldiers". */
Test(events, event_words_of_other_counts)
{
    expect_event("El fiscal cifró en 200 las personas detenidas y anunció el envío de ocho médicos legistas.", "es", 8, NONE);
    expect_event("No grupo há mais de 300 mães de soldados.", "pt", 300, NONE);
    expect_event("There are more than 200 wives of soldiers in the group.", "en", 200, NONE);
}

/* Second batch of vocabulary: a figure stated as what people "may number", capitalised nationalities, being taken
 * to a police station, "netted", people still possibly held, returns and rescues. */
Test(events, recall_vocabulary_second_batch)
{
    expect_event("Los soldados en cautiverio pueden ser hasta 5.000, dijo el negociador.", "es", 5000, HELD);
    expect_event("Os militares em cativeiro \"podem ser até 5 mil\", disse o negociador.", "pt", 5000, HELD);
    expect_event("Soldiers in captivity could number as many as 5,000, the negotiator said.", "en", 5000, HELD);
    expect_event("O ministro afirmou que as detenções \"não passam de 2 mil\".", "pt", 2000, DET);
    expect_event("Twenty-two more Moroccans were deported on Sunday.", "en", 22, REL);
    expect_event("Fewer than 90 people had actually been taken to a police station, the official said.", "en", 90, DET);
    expect_event("Menos de 90 personas fueron llevadas a la comisaría, dijo el funcionario.", "es", 90, DET);
    expect_event("Menos de 90 pessoas foram levadas à delegacia, disse o funcionário.", "pt", 90, DET);
    expect_event("The sweep has so far netted more than 900 supporters of the party.", "en", 900, DET);
    expect_event("The group estimates that up to 700 people from the region may still be held.", "en", 700, HELD);
    expect_event("El grupo estima que hasta 700 personas de la región podrían seguir detenidas.", "es", 700, HELD);
    expect_event("Nessa ocasião regressaram também sete civis ucranianos.", "pt", 7, REL);
    expect_event("Otros 30 funcionarios habían sido puestos a salvo durante la jornada.", "es", 30, REL);
}

/* Figures next to a real claim that count no people: flights, homes and other things, and a number that is part
 * of a name ("the Group of 7"). The claim beside them is still found. */
Test(events, distractor_things_and_names)
{
    expect_event("Police arrested 40 people at the airport, where 17 flights were cancelled.", "en", 17, NONE);
    expect_event("Police arrested 40 people at the airport, where 17 flights were cancelled.", "en", 40, DET);
    expect_event("There were 17 flights cancelled.", "en", 17, NONE);
    expect_event("Hubo 17 vuelos cancelados y 300 viviendas destruidas.", "es", 17, NONE);
    expect_event("Hubo 17 vuelos cancelados y 300 viviendas destruidas.", "es", 300, NONE);
    expect_event("Houve 17 voos cancelados e 300 casas destruídas.", "pt", 300, NONE);
    expect_event("The Group of 7 called for the prisoners' release.", "en", 7, NONE);
    expect_event("El Grupo de los 7 pidió la liberación de los presos.", "es", 7, NONE);
    expect_event("O Grupo dos 7 pediu a libertação dos presos.", "pt", 7, NONE);
    /* asking for a release says the people are still held (tenth session: the gold of articles written by people
     * who never saw the rules reads demands so; tests/test_precision.c) */
    expect_event("El Grupo de los 20 pidió la liberación de 35 presos políticos.", "es", 35, HELD);
    expect_event("O Grupo dos 20 pediu a libertação de 35 presos políticos.", "pt", 35, HELD);
    expect_event("The Group of 20 called for the release of 35 political prisoners.", "en", 35, HELD);
}

/* A relative clause of place ("..., where 230 migrants were detained") is a clause of its own: its event word does
 * not reach back to the troops counted before it. */
Test(events, where_clause_keeps_its_event)
{
    expect_event("The ministry sent 1,500 soldiers to the border, where 230 migrants were detained.", "en", 1500, NONE);
    expect_event("The ministry sent 1,500 soldiers to the border, where 230 migrants were detained.", "en", 230, DET);
    expect_event("El ministerio envió 1.500 militares a la frontera, donde 230 migrantes fueron detenidos.", "es", 1500, NONE);
    expect_event("El ministerio envió 1.500 militares a la frontera, donde 230 migrantes fueron detenidos.", "es", 230, DET);
    expect_event("O ministério enviou 1.500 militares para a fronteira, onde 230 migrantes foram detidos.", "pt", 1500, NONE);
    expect_event("O ministério enviou 1.500 militares para a fronteira, onde 230 migrantes foram detidos.", "pt", 230, DET);
}

/* People who gathered or protested to demand a release are not the people released. */
Test(events, gathered_to_demand_release)
{
    expect_event("Unas 150 personas se concentraron ante el penal para exigir la liberación de sus hijos.", "es", 150, NONE);
    expect_event("Cerca de 150 pessoas se reuniram diante do presídio para exigir a libertação de seus filhos.", "pt", 150, NONE);
    expect_event("Some 150 people protested outside the jail to demand the release of their sons.", "en", 150, NONE);
}

/* A ratio counts nobody ("1 in 4 prisoners"), and former prisoners are held no longer. */
Test(events, ratios_and_former_prisoners)
{
    expect_event("Amnesty says 1 in 5 inmates in the country is held without trial.", "en", 5, NONE);
    expect_event("Amnesty says 1 in 5 inmates in the country is held without trial.", "en", 1, NONE);
    expect_event("Amnistía dice que 1 de cada 5 reclusos del país está preso sin juicio.", "es", 5, NONE);
    expect_event("A Anistia diz que 1 em cada 5 detentos do país está preso sem julgamento.", "pt", 5, NONE);
    expect_event("Some 250 former political prisoners signed the open letter.", "en", 250, NONE);
    expect_event("Unos 250 ex presos políticos firmaron la carta abierta.", "es", 250, NONE);
    expect_event("Cerca de 250 ex-presos políticos assinaram a carta aberta.", "pt", 250, NONE);
}

/* "2 of the 9 were released": the whole a part is taken from, restating a group counted before, is not released. */
Test(events, whole_of_a_part_restated)
{
    expect_event("Police arrested 9 people on Monday, and 2 of the 9 were later released.", "en", 2, REL);
    expect_event("Police arrested 9 people on Monday, and 2 of the 9 were later released.", "en", 9, DET);
    expect_event("La policía detuvo a 9 personas el lunes, y 2 de los 9 fueron liberados después.", "es", 9, DET);
    expect_event("La policía detuvo a 9 personas el lunes, y 2 de los 9 fueron liberados después.", "es", 2, REL);
    expect_event("A polícia deteve 9 pessoas na segunda-feira, e 2 das 9 foram soltas depois.", "pt", 9, DET);
    expect_event("A polícia deteve 9 pessoas na segunda-feira, e 2 das 9 foram soltas depois.", "pt", 2, REL);
}

/* Headlines tell a past arrest in the present tense. */
Test(events, headline_present_tense)
{
    expect_event("La policía detiene a 50 personas en las protestas de la capital", "es", 50, DET);
    expect_event("Polícia prende 50 pessoas em protestos na capital", "pt", 50, DET);
    expect_event("Police Arrest 50 in Capital Protests", "en", 50, DET);
}

/* A figure that is an attribute of the people (their age), not how many they are, is no claim; the count of the
 * same people beside it still is. */
Test(events, attribute_of_the_people_is_no_count)
{
    expect_event("Según la fiscalía, la edad promedio de los manifestantes arrestados fue de 19, y el más joven tenía apenas 13.",
           "es", 19, NONE);
    expect_event("Según la fiscalía, la edad promedio de los manifestantes arrestados fue de 19, y el más joven tenía apenas 13.",
           "es", 13, NONE);
    expect_event("A polícia informou que a idade média dos detidos era de 21 e que o mais novo tinha 15.", "pt", 21, NONE);
    expect_event("A polícia informou que a idade média dos detidos era de 21 e que o mais novo tinha 15.", "pt", 15, NONE);
    expect_event("Police said the median age of the people detained was 19 and the youngest was 13.", "en", 19, NONE);
    expect_event("Police said the median age of the people detained was 19 and the youngest was 13.", "en", 13, NONE);
    expect_event("Sus edades oscilan entre 15 y 19 años, y 40 de ellos fueron detenidos el domingo.", "es", 40, DET);
    expect_event("La edad media de los 300 detenidos era de 22 años, informó la policía.", "es", 300, DET);
    expect_event("A idade média dos 300 detidos era de 22 anos, informou a polícia.", "pt", 300, DET);
    expect_event("The average age of the 300 people arrested was 22, police said.", "en", 300, DET);
}

/* A target or quota of arrests is no count of people arrested; arrests beside a target still are. */
Test(events, targets_and_quotas_are_no_counts)
{
    expect_event("El ministro fijó una cuota de 500 detenciones semanales para cada comisaría.", "es", 500, NONE);
    expect_event("O governo estabeleceu uma meta de 2 mil prisões por mês para a polícia.", "pt", 2000, NONE);
    expect_event("O governo estabeleceu uma meta de 2 mil prisões por mês para a polícia.", "pt", 1000, NONE);
    expect_event("The department set a quota of 400 arrests a week for each precinct.", "en", 400, NONE);
    expect_event("The mayor's goal is ten thousand deportations a year.", "en", 10000, NONE);
    expect_event("El Gobierno se puso como objetivo 1 millón de deportaciones al año.", "es", 1000000, NONE);
    expect_event("O governo tem como objetivo 1 milhão de deportações por ano.", "pt", 1000000, NONE);
    expect_event("La policía detuvo a 3.000 personas el sábado, por encima de su meta.", "es", 3000, DET);
    expect_event("A polícia prendeu 3.000 pessoas no sábado, acima da sua meta.", "pt", 3000, DET);
    expect_event("Police arrested 3,000 people on Saturday, well above their target.", "en", 3000, DET);
}

/* "The two journalists freed are Maria Lopez and Tom Reed": the article and figure point to people counted
 * elsewhere, and the names say who they are; the same phrase with a verb of its own is a count. */
Test(events, enumeration_of_named_people_is_no_count)
{
    expect_event("Las dos activistas liberadas son Marta Gil y Rosa Paz, confirmó la ONG.", "es", 2, NONE);
    expect_event("Os quatro presos libertados são João Alves, Rui Costa, Ana Lima e Paulo Reis.", "pt", 4, NONE);
    expect_event("The two journalists freed are Maria Lopez and Tom Reed, the union said.", "en", 2, NONE);
    expect_event("Los tres rehenes fueron liberados el sábado, dijo el Ejército.", "es", 3, REL);
    expect_event("Os três reféns foram libertados no sábado, disse o Exército.", "pt", 3, REL);
    expect_event("The three hostages were released on Saturday, the army said.", "en", 3, REL);
}

/* Giving prisoners back to their side, or handing them over to it, releases them; bodies and papers given back
 * are no people. */
Test(events, returned_and_handed_over_are_released)
{
    expect_event("Marruecos ha devuelto a Argelia a 40 prisioneros argelinos, informó la Cruz Roja.", "es", 40, REL);
    expect_event("Según el ministerio, Kiev ha entregado a Moscú a 60 prisioneros de guerra.", "es", 60, REL);
    expect_event("O Irã entregou ao Iraque 60 prisioneiros de guerra, informou a Cruz Vermelha.", "pt", 60, REL);
    expect_event("Baku has returned more than a hundred prisoners to Armenia.", "en", 100, REL);
    expect_event("Iran handed over 60 prisoners of war to Iraq, the Red Cross said.", "en", 60, REL);
    expect_event("Rusia devolvió 45 cuerpos de soldados ucranianos caídos en combate.", "es", 45, NONE);
    expect_event("A Rússia devolveu 45 corpos de soldados ucranianos.", "pt", 45, NONE);
    expect_event("Russia returned 45 bodies of Ukrainian soldiers.", "en", 45, NONE);
    expect_event("El gobierno ha devuelto 300 pasaportes a los opositores.", "es", 300, NONE);
}

/* A part "of the people detained" set free is released: the verb before the part tells what happened to it. */
Test(events, part_of_the_detained_set_free_is_released)
{
    expect_event("El juez ha puesto en libertad a 12 de los estudiantes detenidos el martes.", "es", 12, REL);
    expect_event("O juiz pôs em liberdade 12 dos estudantes detidos na terça-feira.", "pt", 12, REL);
    expect_event("The judge set free 12 of the students detained on Tuesday.", "en", 12, REL);
}

/* People kept "in detention centres" are held there: the word for the place is no arrest; taking people to such
 * a place after arresting them stays an arrest. */
Test(events, people_in_detention_centres_are_held)
{
    expect_event("Según el centro, la agencia mantenía a principios de junio a más de 51 mil personas en centros de detención.",
           "es", 51000, HELD);
    expect_event("Segundo o centro, a agência mantinha no início de junho mais de 51 mil pessoas em centros de detenção.", "pt",
           51000, HELD);
    expect_event("According to the center, the agency was holding more than 51,000 people in detention centers in early June.",
           "en", 51000, HELD);
    expect_event("La policía detuvo a 40 personas y las trasladó a centros de detención.", "es", 40, DET);
    expect_event("A polícia deteve 40 pessoas e levou-as para centros de detenção.", "pt", 40, DET);
    expect_event("Police arrested 40 people and took them to detention centers.", "en", 40, DET);
}

/* People given back to their homes or families are released, whatever participle names them ("the 25 held were
 * handed back"). */
Test(events, people_given_back_to_their_families_are_released)
{
    expect_event("Según la policía, los 25 retenidos fueron devueltos a sus familias el domingo.", "es", 25, REL);
    expect_event("Segundo a polícia, os 25 retidos foram devolvidos às famílias no domingo.", "pt", 25, REL);
    expect_event("Police said the 25 detainees were handed back to their families on Sunday.", "en", 25, REL);
}

/* A verb of staying in the past with a participle is a state (held), not an arrest. */
Test(events, staying_detained_in_the_past_is_held)
{
    expect_event("El abogado dijo que 14 manifestantes seguían detenidos el viernes.", "es", 14, HELD);
    expect_event("O advogado disse que 14 manifestantes continuavam detidos na sexta-feira.", "pt", 14, HELD);
    expect_event("The lawyer said 14 protesters were still detained on Friday.", "en", 14, HELD);
    expect_event("A court ordered 60 of the suspects held in pre-trial detention, the lawyer said.", "en", 60, HELD);
}

/* A count of places the people are held in or taken to counts no one. */
Test(events, a_count_of_places_is_no_count_of_people)
{
    expect_event("Según la fiscalía, 30 personas seguían retenidas en cinco comisarías de la capital.", "es", 5, NONE);
    expect_event("Segundo o Ministério Público, 30 pessoas continuavam detidas em cinco delegacias da capital.", "pt", 5, NONE);
    expect_event("Prosecutors said 30 people were still held in five police stations in the capital.", "en", 5, NONE);
    expect_event("Prosecutors said 30 people were arrested at nine different universities.", "en", 9, NONE);
}

/* People who escaped, or who wait for something, are none of our events. */
Test(events, escaped_or_waiting_people_are_no_claim)
{
    expect_event("Las autoridades dijeron que 200 reos que se fugaron la semana pasada siguen prófugos.", "es", 200, NONE);
    expect_event("As autoridades disseram que 200 presos que fugiram na semana passada continuam foragidos.", "pt", 200, NONE);
    expect_event("Officials said 200 inmates who escaped last week are still at large.", "en", 200, NONE);
    expect_event("Nueve pilotos que huyeron del país siguen a la espera de asilo.", "es", 9, NONE);
    expect_event("Nove pilotos que fugiram do país seguem à espera de asilo.", "pt", 9, NONE);
    expect_event("El destino de más de 300 personas sigue siendo un misterio.", "es", 300, NONE);
    expect_event("O destino de mais de 300 pessoas continua a ser um mistério.", "pt", 300, NONE);
}

/* "counts" and "holding" are held words only before a figure; charges and raised hands are not. */
Test(events, counts_of_charges_and_things_held_up_are_no_claim)
{
    expect_event("The tribunal indicted him on seven counts including torture.", "en", 7, NONE);
    expect_event("Students were photographed holding up five banners.", "en", 5, NONE);
    expect_event("The monitoring group counts 320 political prisoners.", "en", 320, HELD);
}

/* "among them" after a figure of the same sentence that counts none of ours: the part is none of ours either,
 * whatever claim came before in the text. */
Test(events, part_of_a_figure_that_is_none_of_ours)
{
    expect_event("La policía liberó a 40 detenidos el lunes. El ministro dijo que 5.200 funcionarios, entre ellos 3.100 "
                 "maestros, fueron suspendidos.", "es", 3100, NONE);
    expect_event("A polícia libertou 40 detidos na segunda-feira. O ministro disse que 5.200 funcionários, entre eles 3.100 "
                 "professores, foram suspensos.", "pt", 3100, NONE);
    expect_event("Police released 40 detainees on Monday. The minister said 5,200 civil servants, among them 3,100 "
                 "teachers, had been suspended.", "en", 3100, NONE);
}

/* A release verb before the count, a day between, says what happened; the participle after the people noun only
 * says who they were. */
Test(events, release_verb_across_a_day_beats_the_participle_after)
{
    expect_event("El gobierno liberó el jueves a 75 personas detenidas durante las marchas.", "es", 75, REL);
    expect_event("O governo libertou esta semana 75 pessoas detidas durante as marchas.", "pt", 75, REL);
    expect_event("A nota confirma a libertação, no domingo, de 75 detidos.", "pt", 75, REL);
    expect_event("The government freed on Thursday 75 people detained during the marches.", "en", 75, REL);
    /* a release of other people, a comma and a clause before: the figure keeps its own state */
    expect_event("Nine had been released without charge, leaving 75 people detained.", "en", 75, DET);
}

/* "the figure had risen to 1,200 and further arrests …": a bare figure that "the figure" grows to is a count; its
 * event comes from the sentence. */
Test(events, the_figure_had_risen_to_a_bare_number)
{
    expect_event("La policía informó de 400 detenidos el sábado. El domingo, la cifra había subido a 1.200 y se esperaban más "
                 "arrestos.", "es", 1200, DET);
    expect_event("A polícia informou 400 detidos no sábado. No domingo, o número tinha subido para 1.200 e esperavam-se mais "
                 "detenções.", "pt", 1200, DET);
    expect_event("Police reported 400 arrests on Saturday. On Sunday, the figure had risen to 1,200 and more arrests were "
                 "expected.", "en", 1200, DET);
}

/* "ordered the freedom of 37 youths who had been captured": freedom of a counted group is their release. */
Test(events, freedom_of_a_counted_group_is_release)
{
    expect_event("Un juez ordenó ayer la libertad de 52 estudiantes que habían sido capturados en la plaza.", "es", 52, REL);
    expect_event("Um juiz determinou ontem a liberdade de 52 estudantes que tinham sido capturados na praça.", "pt", 52, REL);
    expect_event("A judge yesterday ordered freedom for 52 students who had been captured in the square.", "en", 52, REL);
}

/* "two dozen", "duas centenas", "tres centenares": a number word times a plural collective word is one figure,
 * not the small number before it; the plural alone ("dozens", "centenas") is still no figure. */
Test(events, number_word_times_a_collective_word)
{
    expect_event("Los guardias detuvieron a tres centenares de estudiantes frente a la rectoría.", "es", 300, DET);
    expect_event("Según la fiscalía, unas dos docenas de reclusos fueron excarcelados el viernes.", "es", 24, REL);
    expect_event("A guarda prendeu três centenas de estudantes diante da reitoria.", "pt", 300, DET);
    expect_event("Segundo o Ministério Público, cerca de duas dezenas de reclusos foram libertados na sexta-feira.", "pt", 20,
                 REL);
    expect_event("Guards detained three dozen students outside the rector's office.", "en", 36, DET);
    expect_event("Prosecutors said roughly two dozen inmates were freed on Friday.", "en", 24, REL);
    /* the small number alone is no claim; plurals alone are no figure */
    expect_event("Los guardias detuvieron a tres centenares de estudiantes frente a la rectoría.", "es", 3, NONE);
    expect_event("Centenas de presos foram libertados na sexta-feira.", "pt", 100, NONE);
    expect_event("Dozens of inmates were freed on Friday.", "en", 12, NONE);
}

/* "assisted 1,400 detainees since Wednesday": people held, counted from a day on with no event word of their own,
 * were arrested over that period; a state word keeps the state, and a figure with no "since" stays held. */
Test(events, people_held_counted_since_a_day_were_arrested)
{
    expect_event("Los abogados voluntarios atendieron a 870 presos desde el jueves, según el colegio.", "es", 870, DET);
    expect_event("El recuento de la red llega a unos 3.000 presos en todo el país desde que empezó la huelga.", "es", 3000,
                 DET);
    expect_event("Os advogados voluntários atenderam 870 pessoas presas desde quinta-feira, segundo a ordem.", "pt", 870,
                 DET);
    expect_event("A contagem da rede chega a cerca de 3.000 presos em todo o país desde o início da greve.", "pt", 3000, DET);
    expect_event("Volunteer lawyers have represented 870 detainees since Thursday, the bar said.", "en", 870, DET);
    expect_event("The network has logged some 3,000 detainees across the country since the strike began.", "en",
                 3000, DET);
    /* a state word, or no "since": still held */
    expect_event("Unos 450 presos siguen en la cárcel desde el levantamiento.", "es", 450, HELD);
    expect_event("Cerca de 450 presos continuam na cadeia desde a revolta.", "pt", 450, HELD);
    expect_event("Some 450 detainees have remained behind bars since the uprising.", "en", 450, HELD);
    expect_event("The bar said volunteer lawyers had visited 870 detainees in the city's jails.", "en", 870, HELD);
}

/* "a SSP contabilizou 20 detidos": a verb of tallying counts; a noun with an event of its own says which event, a
 * held or bare one leaves the tally's state. (English has no tallying trigger: the noun decides there already.) */
Test(events, a_tally_verb_leaves_the_event_to_the_noun)
{
    expect_event("Al cierre de la jornada, la policía contabiliza 64 detenidos y 9 agentes heridos.", "es", 64, DET);
    expect_event("La delegación registra 31 arrestados desde la mañana.", "es", 31, DET);
    expect_event("No fim do dia, a polícia contabilizava 64 detidos e 9 agentes feridos.", "pt", 64, DET);
    expect_event("A delegação regista 31 pessoas detidas nas manifestações.", "pt", 31, DET);
    expect_event("By nightfall, police had tallied 64 arrests and nine injured officers.", "en", 64, DET);
    /* a held noun, or none: the tally's state */
    expect_event("La ONG contabiliza 412 presos políticos en todo el país.", "es", 412, HELD);
    expect_event("A ONG contabiliza 412 presos políticos em todo o país.", "pt", 412, HELD);
    expect_event("The group counts 412 political prisoners across the country.", "en", 412, HELD);
}

/* "salió de la cárcel el opositor X, …, junto con otros 575 presos": leaving prison is a release whoever leaves, and
 * people counted as companions ("junto con", "juntamente com", "along with") share the event word before them
 * however far it is; with no event word before them, the noun's own event stands. */
Test(events, companions_share_the_event_before_them)
{
    expect_event("El lunes salió de prisión la sindicalista Marta Ruiz, detenida en abril tras la huelga del puerto, junto "
                 "con otros 37 presos.", "es", 37, REL);
    expect_event("La policía arrestó en la madrugada a la dirigente estudiantil, que encabezaba la toma de la facultad, junto "
                 "a otros 58 jóvenes.", "es", 58, DET);
    expect_event("Na segunda-feira saiu da cadeia a sindicalista Marta Ruiz, detida em abril depois da greve do porto, "
                 "juntamente com outros 37 presos.", "pt", 37, REL);
    expect_event("A polícia prendeu de madrugada a dirigente estudantil, que liderava a ocupação da faculdade, junto com "
                 "outros 58 jovens.", "pt", 58, DET);
    expect_event("On Monday the union leader Marta Ruiz, held since April after the dock strike, walked out of prison along "
                 "with 37 other prisoners.", "en", 37, REL);
    expect_event("Police arrested the student leader, who had led the occupation of the faculty, together with 58 other "
                 "youths.", "en", 58, DET);
    /* no event word before the companions: the noun's event */
    expect_event("El exministro vive hoy en Madrid junto con otros 20 presos políticos exiliados.", "es", 20, HELD);
    /* a wish to leave prison is no release */
    expect_event("La defensa pidió salir de la cárcel para 40 reclusos enfermos.", "es", 40, HELD);
}

/* "650 personas ya han quedado libres", "ficaram livres", "are now free": free again, said with an adjective, is a
 * release; free to do something or free of suspicion is none. */
Test(events, free_again_said_with_an_adjective)
{
    expect_event("Según la defensoría, 85 jóvenes quedaron libres antes del amanecer.", "es", 85, REL);
    expect_event("El fiscal dijo que 210 de los procesados ya están libres.", "es", 210, REL);
    expect_event("Segundo a defensoria, 85 jovens ficaram livres antes do amanhecer.", "pt", 85, REL);
    expect_event("O procurador disse que 210 dos detidos já estão livres.", "pt", 210, REL);
    expect_event("According to the public defender, 85 young people were free again before dawn.", "en", 85, REL);
    expect_event("The prosecutor said 210 of the defendants are now free.", "en", 210, REL);
    /* free to do something: no release */
    expect_event("The organisers said 300 protesters were free to march after the court ruling.", "en", 300, NONE);
}

/* "De ese total, 188 estaban presos por las protestas": a part of the whole counted in the sentence before, named as
 * a total or a number, has that whole's event, whatever its own state word says. */
Test(events, part_of_a_total_named_before)
{
    expect_event("El gobierno indultó el lunes a 1.200 reclusos. De ese total, según la fiscalía, 310 estaban "
                 "presos por delitos políticos.", "es", 310, REL);
    expect_event("La policía arrestó a 900 personas durante el fin de semana. De esa cifra, 120 siguen detenidas.", "es", 120,
                 DET);
    expect_event("O governo libertou na segunda-feira 1.200 reclusos. Desse total, segundo o Ministério Público, 310 "
                 "estavam presos por crimes políticos.", "pt", 310, REL);
    expect_event("The government freed 1,200 inmates on Monday. Of that total, prosecutors said, 310 were in prison for "
                 "political offences.", "en", 310, REL);
    /* no whole before: the state word stands */
    expect_event("De ese total, según la fiscalía, 310 estaban presos por delitos políticos.", "es", 310, HELD);
}

/* "fewer than 120 had actually been freed": auxiliaries and adverbs (lexicon aux_words) between a bare count and its
 * event word keep it the count's subject; any other word between still cuts it off. */
Test(events, auxiliaries_and_adverbs_between_a_count_and_its_verb)
{
    expect_event("Según la red de abogados, menos de 90 habían sido finalmente excarcelados el domingo.", "es", 90, REL);
    expect_event("La fiscalía admite que 45 ya han sido también detenidos en Rosario.", "es", 45, DET);
    expect_event("Segundo a rede de advogados, menos de 90 tinham sido efetivamente libertados no domingo.", "pt", 90, REL);
    expect_event("O Ministério Público admite que 45 já foram também detidos em Braga.", "pt", 45, DET);
    expect_event("By the lawyers' count, fewer than 90 had actually been released by Sunday.", "en", 90, REL);
    expect_event("Prosecutors concede that 45 have reportedly also been arrested in Leeds.", "en", 45, DET);
    /* a word that is no auxiliary between: the figure is no count */
    expect_event("Lawyers said 90 had already been questioned by prosecutors, while the rest were freed.", "en", 90, NONE);
    expect_event("Los abogados dijeron que 90 ya habían sido interrogados por la fiscalía, mientras que el resto fue "
                 "liberado.", "es", 90, NONE);
}

/* "he had 3,800 in his custody": custody with its holder named is held, as bare "in custody" is. */
Test(events, custody_with_its_holder_named_is_held)
{
    expect_event("La comandante aseguró que mantenía a 260 bajo su custodia en el cuartel.", "es", 260, HELD);
    expect_event("A comandante garantiu que tinha 260 sob a sua custódia no quartel.", "pt", 260, HELD);
    expect_event("The commander said she kept 260 in her custody at the barracks.", "en", 260, HELD);
    /* custody of children is none of ours */
    expect_event("The judge gave the mother custody of 2 children.", "en", 2, NONE);
}

/* What a building was made for is no count of people in it; what it holds, or came to hold, is. */
Test(events, capacity_built_for_is_no_count)
{
    expect_event("El penal de Tacumbú, construido para 1.500 internos, llegó a albergar a unos 4.000.", "es", 1500, NONE);
    expect_event("El penal de Tacumbú, construido para 1.500 internos, llegó a albergar a unos 4.000.", "es", 4000, HELD);
    expect_event("O presídio, projetado para 600 presos, chegou a acolher mais de 2.000 detentos.", "pt", 600, NONE);
    expect_event("O presídio, projetado para 600 presos, chegou a acolher mais de 2.000 detentos.", "pt", 2000, HELD);
    expect_event("The facility, designed to hold 900 inmates, currently holds about 2,600 people.", "en", 900, NONE);
    expect_event("The jail was built for 250 prisoners, the warden told us.", "en", 250, NONE);
}

/* Warrants issued arrest nobody yet; the people they name are no count; warrants served are arrests. */
Test(events, warrants_issued_are_no_arrests)
{
    expect_event("La jueza emitió 40 órdenes de captura contra 12 policías y 28 civiles.", "es", 40, NONE);
    expect_event("La jueza emitió 40 órdenes de captura contra 12 policías y 28 civiles.", "es", 28, NONE);
    expect_event("O tribunal expediu 25 mandados de prisão contra ex-ministros.", "pt", 25, NONE);
    expect_event("Prosecutors obtained 31 arrest warrants, nine of them against police officers.", "en", 31, NONE);
    expect_event("Police served 31 arrest warrants on Tuesday morning.", "en", 31, DET);
}

/* People sitting or camped at a protest, and people a word says exist but are none of ours, are not held. */
Test(events, sitting_and_deployed_people_are_not_held)
{
    expect_event("Al amanecer todavía quedaban unas 200 personas sentadas ante el ministerio.", "es", 200, NONE);
    expect_event("Ao fim da tarde ainda restavam umas 300 pessoas acampadas diante do palácio.", "pt", 300, NONE);
    expect_event("By midnight some 150 people remained sitting in front of the ministry.", "en", 150, NONE);
    expect_event("Había 2.000 policías desplegados alrededor de la plaza.", "es", 2000, NONE);
    /* a word saying people were there, right before detainees, says they were held */
    expect_event("En el patio del cuartel había unos 90 detenidos esposados.", "es", 90, HELD);
}

/* The disappeared and the killed are none of our events, even beside a release word. */
Test(events, the_disappeared_are_none_of_ours)
{
    expect_event("Dicen que los acusados por la desaparición de los 12 pescadores ya salieron libres.", "es", 12, NONE);
    expect_event("Dizem que os acusados pelo desaparecimento dos 12 pescadores já foram soltos.", "pt", 12, NONE);
    expect_event("They say those charged over the disappearance of the 12 fishermen have been freed.", "en", 12, NONE);
}

/* Under arrest is a state; taking people away and putting them in jail are arrests. */
Test(events, under_arrest_taken_away_put_in_jail)
{
    expect_event("El alcalde aseguró que ya solo quedan bajo arresto 25 jóvenes.", "es", 25, HELD);
    expect_event("The mayor said only 25 young men remain under arrest.", "en", 25, HELD);
    expect_event("Los soldados se han llevado durante la noche a unos 40 campesinos.", "es", 40, DET);
    expect_event("Os soldados levaram durante a noite uns 40 camponeses.", "pt", 40, DET);
    expect_event("El gobernador metió en la cárcel a 300 opositores en un año.", "es", 300, DET);
    expect_event("O governador meteu na cadeia 300 opositores num só ano.", "pt", 300, DET);
    expect_event("The governor put 300 opponents behind bars in a single year.", "en", 300, DET);
}

/* Leaving prison with a date or "another" between the verb and the people. */
Test(events, leaving_with_a_date_or_another_between)
{
    expect_event("Por la tarde salió una docena de presos del penal de Ilopango.", "es", 12, REL);
    expect_event("À tarde saiu mais uma dezena de reclusos da cadeia de Caxias.", "pt", 10, REL);
    expect_event("Cinquenta presos deixaram desde segunda-feira as prisões da capital.", "pt", 50, REL);
    expect_event("Cincuenta presos dejaron desde el lunes las cárceles de la capital.", "es", 50, REL);
    expect_event("The remaining 45 were released on Friday, the ministry said.", "en", 45, REL);
    expect_event("Los 45 restantes fueron liberados el viernes, dijo el ministerio.", "es", 45, REL);
}

/* A bare figure answering people counted for nothing of ours in its sentence counts a crowd. */
Test(events, a_figure_answering_a_crowd_is_no_claim)
{
    const char *es = "La policía detuvo a 40 personas. La prefectura estimó la marcha en 3.000 personas; los convocantes hablaron de 30.000.";
    expect_event(es, "es", 30000, NONE);
    expect_event(es, "es", 40, DET);
    expect_event("A polícia deteve 40 pessoas. A PM estimou o ato em 3 mil pessoas; os organizadores falaram em 30 mil.", "pt", 30000, NONE);
    expect_event("Police arrested 40 people. Organisers said 30,000 people marched; police put the number at 3,000.", "en", 3000, NONE);
}

/* An event word describing the speaker, before its reporting verb, is not the event of the count it reports. */
Test(events, an_event_word_before_the_reporting_verb_describes_the_speaker)
{
    expect_event("El colectivo, que defiende a muchos de los detenidos, afirma que 25 personas pasaron la noche en los calabozos.", "es", 25, HELD);
    expect_event("O coletivo, que defende muitos dos detidos, afirma que 25 pessoas passaram a noite nas celas.", "pt", 25, HELD);
    expect_event("The group, which represents many of the detainees, says 25 people spent the night in police cells.", "en", 25, HELD);
}

/* A tally verb counts what the event word right before it names ("las detenciones suman ya 51"). */
Test(events, a_tally_verb_counts_the_event_word_before_it)
{
    expect_event("Según la ONG, las detenciones suman ya 64 desde el lunes.", "es", 64, DET);
    expect_event("Segundo a ONG, as detenções somam já 64 desde segunda-feira.", "pt", 64, DET);
    expect_event("According to the group, arrests now total 64 since Monday.", "en", 64, DET);
    expect_event("According to the group, political prisoners now total 640.", "en", 640, HELD);
}

/* The first figure after a question asking "how many" answers it, with the event the question asks about. */
Test(events, a_figure_answers_the_question_how_many)
{
    expect_event("P: ¿Cuántos presos políticos quedan hoy?\n\nR: Según nuestro registro, al menos 230 a fecha de ayer.", "es", 230, HELD);
    expect_event("P: Quantas pessoas foram detidas desde domingo?\n\nR: Pelas nossas contas, mais de 410 até esta manhã.", "pt", 410, DET);
    expect_event("Asked how many people were still in custody, the commander put the figure at about 45 as of noon.", "en", 45, HELD);
    expect_event("Q: How many prisoners have been freed so far?\n\nA: Our lawyers say some 95 civilians walked home.", "en", 95, REL);
    /* a statement that does not ask, and a figure given before, answer nothing */
    expect_event("He did not say how many remained in custody. Some 70 volunteers helped the families.", "en", 70, NONE);
}

/* A bare figure after a copula whose subject is a definite people noun or event word counts those people. */
Test(events, a_figure_after_a_copula_counts_its_subject)
{
    expect_event("El alcalde dijo que los detenidos llevados al polideportivo fueron «menos de 150».", "es", 150, DET);
    expect_event("El juez aseguró que los presos por las protestas son ya menos de 90.", "es", 90, HELD);
    expect_event("O autarca disse que os detidos levados ao pavilhão foram «menos de 150».", "pt", 150, DET);
    expect_event("O juiz garantiu que os presos das manifestações são já menos de 90.", "pt", 90, HELD);
    expect_event("The mayor said the arrests made at the gym were fewer than 150.", "en", 150, DET);
    expect_event("The mayor said the detainees taken to the gym were fewer than 150.", "en", 150, HELD);
    expect_event("The judge said the prisoners held over the protests are now fewer than 90.", "en", 90, HELD);
    /* a subject with no article, or a copula after a comma, counts nothing */
    expect_event("El alcalde dijo que, con los detenidos ya en casa, fueron 150 los agentes movilizados.", "es", 150, NONE);
}

/* "the number" raised to a bare figure updates the figure before; people still serving sentences are held. */
Test(events, the_number_raised_and_still_serving)
{
    expect_event("La policía informó el lunes de 300 detenidos. El ministro elevó después el número a más de 500.", "es", 500, DET);
    expect_event("A polícia informou na segunda-feira 300 detidos. O ministro elevou depois o número para mais de 500.", "pt", 500, DET);
    expect_event("Police reported 300 arrests on Monday. The minister later raised the number to more than 500.", "en", 500, DET);
    expect_event("Lawyers say at least 12 people arrested in 2019 are still serving sentences.", "en", 12, HELD);
}

/* Verbs in any tense, from the verb-form lexicons (verbs.pat): a future, a periphrasis or an adverbial between the
 * verb and its complement reads as the simple past does, and a wish (an infinitive alone) reads as nothing. */
Test(events, leaving_prison_in_any_tense)
{
    expect_event("La fiscalía informó que 230 reclusos saldrán esta semana de los penales del norte.", "es", 230, REL);
    expect_event("Según la ONG, 85 presos salieron ayer por la tarde de la cárcel de Tocorón.", "es", 85, REL);
    expect_event("O ministério informou que 640 reclusos deixarão a cadeia até sexta-feira.", "pt", 640, REL);
    expect_event("Segundo a defensoria, 75 detentos vão abandonar o presídio no domingo.", "pt", 75, REL);
    expect_event("Officials said some 640 inmates will finally walk out of state prison next month.", "en", 640, REL);
    expect_event("The bureau said 910 prisoners are due to leave federal custody this week.", "en", 910, REL);
    /* a wish to leave, or leaving for the yard, is no release */
    expect_event("The union said 910 prisoners want to leave the prison yard.", "en", 910, HELD);
}

Test(events, staying_in_custody_in_any_tense)
{
    expect_event("El abogado aseguró que 64 estudiantes van a seguir detenidos hasta el juicio.", "es", 64, HELD);
    expect_event("A defesa afirmou que 64 estudantes permanecerão detidos até ao julgamento.", "pt", 64, HELD);
    expect_event("The lawyer said 64 students would stay in jail until the trial.", "en", 64, HELD);
}

Test(events, going_home_in_any_tense)
{
    expect_event("El comité dijo que 310 presos volvieron anoche a sus casas.", "es", 310, REL);
    expect_event("Segundo a advogada, menos de 310 presos vão de fato para casa.", "pt", 310, REL);
    expect_event("The committee said 310 prisoners will actually go home on Monday.", "en", 310, REL);
}

Test(events, releasing_and_detaining_in_any_tense)
{
    expect_event("El ministro anunció que el gobierno soltará a 145 reos antes de Navidad.", "es", 145, REL);
    expect_event("El ministro dijo que 145 reos recobrarán la libertad antes de Navidad.", "es", 145, REL);
    expect_event("El ministro advirtió que la policía detendrá a 145 saqueadores.", "es", 145, DET);
    expect_event("O ministro anunciou que o governo indultará 145 reclusos antes do Natal.", "pt", 145, REL);
    expect_event("O ministro disse que 145 reclusos ganharão a liberdade antes do Natal.", "pt", 145, REL);
    expect_event("O ministro avisou que a polícia prenderá 145 saqueadores.", "pt", 145, DET);
    expect_event("The minister said 145 inmates will regain their freedom before Christmas.", "en", 145, REL);
    expect_event("The minister warned that police will detain 145 looters.", "en", 145, DET);
    /* a distance is no count, even after a verb of releasing */
    expect_event("Los agentes se los llevan y los sueltan dos cuadras más allá, dijo la ONG.", "es", 2, NONE);
}

Test(events, keeping_in_custody_in_any_tense)
{
    expect_event("La ONG denunció que el régimen mantendrá detenidos a 212 opositores hasta las elecciones.", "es", 212, HELD);
    expect_event("A ONG denunciou que o regime manterá detidos 212 opositores até às eleições.", "pt", 212, HELD);
    expect_event("The group said 212 opponents will be held until the elections.", "en", 212, HELD);
}

/* "16 of its Ethiopian staff were detained": a noun phrase no lexicon knows, then a passive event verb, makes the
 * figure before it the subject of that event (claims.c S_passive_subject); a relative word or an object of the verb
 * says it is not. */
Test(events, a_figure_before_an_unknown_noun_phrase_and_a_passive)
{
    expect_event("The union said 35 of its warehouse pickers were arrested outside the depot.", "en", 35, DET);
    expect_event("Hasta 28 repartidores de la cooperativa agrícola fueron detenidos en el puerto, según el sindicato.", "es", 28, DET);
    expect_event("O sindicato disse que 41 motoristas de aplicativo da zona norte foram detidos na avenida.", "pt", 41, DET);
    expect_event("The agency said 19 seasonal fruit pickers had been freed by Sunday.", "en", 19, REL);
    /* another clause between: the figure is not the subject */
    expect_event("The storm flooded 40 villages where organisers were later arrested.", "en", 40, NONE);
    expect_event("La tormenta inundó 40 aldeas donde los organizadores fueron detenidos.", "es", 40, NONE);
    expect_event("A tempestade inundou 40 aldeias onde os organizadores foram detidos.", "pt", 40, NONE);
}

/* "liberó el jueves a 37 acusados": a date between the event verb and its object belongs to the verb
 * (claims.c S_past_dates); past a comma it does not. */
Test(events, a_date_between_the_verb_and_its_object)
{
    expect_event("Un juez excarceló el martes a 23 jornaleros.", "es", 23, REL);
    expect_event("O tribunal soltou na terça-feira 23 estivadores.", "pt", 23, REL);
    expect_event("The court freed on Tuesday 23 dockers.", "en", 23, REL);
}

/* Vocabulary of the blind articles 74-78 (patterns/<lang>/events4.pat): police stations in the plural, releases with
 * their terms. */
Test(events, taken_to_police_stations_and_release_terms)
{
    expect_event("Al menos 31 hinchas fueron llevados a varias comisarías de la zona norte.", "es", 31, DET);
    expect_event("Pelo menos 31 torcedores foram levados às delegacias da zona norte.", "pt", 31, DET);
    expect_event("At least 31 supporters were taken to police stations across the north.", "en", 31, DET);
    expect_event("La jueza dejó en libertad bajo fianza a 16 vendedores ambulantes.", "es", 16, REL);
    expect_event("A juíza libertou sob fiança 16 vendedores ambulantes.", "pt", 16, REL);
    expect_event("The judge freed on bail 16 street vendors.", "en", 16, REL);
}

/* "reconoció a 900 personas detenidas…, y la segunda comisión elevó el total a 1.300": a bare figure
 * framed by another speaker takes the event of the figure before it in its sentence, not of the claims before. */
Test(events, a_framed_figure_takes_the_event_of_the_figure_before_in_its_sentence)
{
    expect_event("La ONG cuenta 40 presos. El primer informe reconoció a 900 personas detenidas en las protestas, y el segundo elevó la cifra a 1.300.",
                 "es", 1300, DET);
    expect_event("A ONG conta 40 presos. O primeiro relatório reconheceu 900 pessoas detidas nos protestos, e o segundo elevou a cifra para 1.300.",
                 "pt", 1300, DET);
    expect_event("The group counts 40 prisoners. The first report recognised 900 people arrested at the protests, and the second raised the figure to 1,300.",
                 "en", 1300, DET);
}

/* Prisoners who leave a place are released (patterns/<lang>/events4.pat, *.release.left_place). */
Test(events, prisoners_who_leave_a_place_are_released)
{
    expect_event("Al amanecer, unos 45 presos políticos abandonaron la penitenciaría de Tipitapa.", "es", 45, REL);
    expect_event("Na madrugada, cerca de 45 presos políticos deixaram o país rumo a Caracas.", "pt", 45, REL);
    expect_event("At dawn, some 45 political prisoners left the Tipitapa penitentiary.", "en", 45, REL);
    expect_event("Unos 45 presos dejaron la huelga de hambre el lunes.", "es", 45, HELD);
}

/* A verb of remaining right before the count says what is counted: held, over the noun's own event word
 * (patterns/<lang>/events4.pat, *.held.remain_before). */
Test(events, a_verb_of_remaining_before_the_count)
{
    expect_event("El parte dice que en el cuartel permanecían 1.800 detenidos.", "es", 1800, HELD);
    expect_event("According to the group, in the stadium there still remain 1,800 arrestees.", "en", 1800, HELD);
    expect_event("O relatório diz que no quartel permaneciam 1.800 detidos.", "pt", 1800, HELD);
}

/* A verb of tallying before a figure followed by a noun no lexicon knows counts those things (claims.c
 * S_unknown_noun_after): "los expedientes suman 3.400 folios" counts pages, not people held. */
Test(events, a_tally_of_things_is_no_count)
{
    expect_event("Los sumarios de la causa suman ya 3.400 folios.", "es", 3400, NONE);
    expect_event("O sindicato contabiliza 14 viaturas danificadas.", "pt", 14, NONE);
    expect_event("The case files now total 3,400 pages.", "en", 3400, NONE);
    /* a bare figure, or one before a preposition, still counts the people of the sentence */
    expect_event("Los presos políticos suman ya 640 en todo el país.", "es", 640, HELD);
}

/* "262 manifestantes detidos durante os protestos de … continuam presos": a detention participle after the people
 * describes them; a state phrase later in the clause, farther than 60 bytes but with no comma between, is what
 * holds for them now (claims.c S_main_verb_past). */
Test(events, a_far_state_phrase_with_no_comma_between)
{
    expect_event("Unos 140 estudiantes detenidos durante la marcha universitaria del pasado 3 de marzo en el centro siguen presos.",
                 "es", 140, HELD);
    expect_event("Cerca de 140 estudantes detidos durante a marcha universitária de 3 de março no centro da cidade continuam presos.",
                 "pt", 140, HELD);
    expect_event("Some 140 students arrested during the university march of 3 March in the city centre are still being held.",
                 "en", 140, HELD);
    /* a comma between: the clause of the description goes on */
    expect_event("Unos 140 estudiantes detenidos durante la marcha universitaria del pasado 3 de marzo, según la ONG, siguen presos.",
                 "es", 140, DET);
}

/* "… 2 mil pessoas presas desde abril, e a grande maioria foi liberada": an event word whose subject is a part of the
 * people (lexicon part_words) tells what happened to the part, not to the figure (claims.c S_part_subject). */
Test(events, an_event_word_of_a_part_is_not_the_figures)
{
    expect_event("La policía habló de unos 420 detenidos en la marcha, y la inmensa mayoría fue liberada esa noche.", "es", 420, DET);
    expect_event("A polícia falou em cerca de 420 detidos no protesto, e a esmagadora maioria foi libertada nessa noite.", "pt", 420, DET);
    expect_event("Police spoke of some 420 arrestees at the march, and the vast majority were released that night.", "en", 420, DET);
}

/* People who stay in police stations or cells: held
 * (patterns/<lang>/events4.pat, *.held.remain_in). */
Test(events, people_who_stay_in_police_stations_or_behind_bars)
{
    expect_event("Según la abogada, unas 70 seguían todavía en los calabozos.", "es", 70, HELD);
    expect_event("Segundo a advogada, umas 70 continuavam ainda nas esquadras.", "pt", 70, HELD);
    expect_event("According to the lawyer, about 70 were still at the police station.", "en", 70, HELD);
}

/* People hanged are counted for something else, even with an arrest word later in the sentence
 * (patterns/<lang>/events4.pat, *.other.hanged). */
Test(events, people_hanged_are_no_count_of_ours)
{
    expect_event("Tres opositores fueron ahorcados en marzo, aunque habían sido detenidos meses antes.", "es", 3, NONE);
    expect_event("Três opositores foram enforcados em março, embora tivessem sido detidos meses antes.", "pt", 3, NONE);
    expect_event("Three dissidents were hanged in March, although they had been arrested months before.", "en", 3, NONE);
}

/* A lone verb of keeping is held only before its object's figure or place ("el penal mantiene a 900 internos"), not
 * before another participle ("300 manifestantes mantienen cortado el paso"). */
Test(events, a_lone_verb_of_keeping_needs_its_object)
{
    expect_event("En la carretera, unos 250 transportistas mantienen bloqueado el acceso al puerto.", "es", 250, NONE);
    expect_event("Na estrada, cerca de 250 camionistas mantêm bloqueado o acesso ao porto.", "pt", 250, NONE);
    expect_event("On the motorway, some 250 hauliers keep blocking access to the port.", "en", 250, NONE);
}
