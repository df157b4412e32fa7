/* test_events16.c - which event a figure is (sixteenth session, events): people held named by the arrest
 * participle counted in a tally or at the scene of the arrests were arrested; a state word before a noun of acts
 * does not make them people held; people sentenced to prison terms are held; prisoners handed back or given up in
 * a swap are released. Sentences written for these tests, in Spanish, Portuguese and English, with distractors that
 * must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(events16, .init = setup, .fini = teardown);

/* "a contagem falava em 140 presos", "141 presos na operação": the arrest participle as a noun, counted by a tally
 * or at the scene that took them, counts arrests (claims.c, S_arrest_tally). */
Test(events16, people_held_counted_in_a_tally_or_at_the_scene_were_arrested)
{
    expect_event("Na noite de sábado, a contagem da polícia falava em 230 presos no centro da cidade.", "pt", 230, DET);
    expect_event("O balanço final: 95 presos na operação contra o garimpo ilegal.", "pt", 95, DET);
    expect_event("Segundo a ONG, foram 310 pessoas presas em manifestações por todo o país.", "pt", 310, DET);
    expect_event("Al cierre, el recuento policial hablaba de 230 presos en el centro de la ciudad.", "es", 230, DET);
    expect_event("El balance final: 95 presos en las protestas contra la minería ilegal.", "es", 95, DET);
    expect_event("By midnight, the police tally listed 230 detainees across the city.", "en", 230, DET);
    expect_event("The ministry listed 95 detainees at the protests outside parliament.", "en", 95, DET);
    /* distractors: a stock of prisoners with its verb of holding, political prisoners, detainees still held */
    expect_event("O país tinha 700 mil presos no último levantamento do ministério.", "pt", 700000, HELD);
    expect_event("Há ainda 45 presos na penitenciária da capital, segundo a ONG.", "pt", 45, HELD);
    expect_event("La ONG estima que hay 800 presos políticos en las cárceles del país.", "es", 800, HELD);
    expect_event("The camp still holds 40 detainees, the lawyers said.", "en", 40, HELD);
    expect_event("Según el fiscal, los presos vinculados a las protestas son ya menos de 300.", "es", 300, HELD);
    expect_event("Segundo o procurador, os presos ligados aos protestos são já menos de 300.", "pt", 300, HELD);
}

/* "there were 457 arrests": a state word before a noun that counts acts says they took place (counts.c,
 * S_own_act_after). */
Test(events16, a_state_word_before_a_noun_of_acts)
{
    expect_event("There were 310 arrests across the country on Saturday, the ministry said.", "en", 310, DET);
    expect_event("Hubo 310 detenciones en todo el país el sábado, según el ministerio.", "es", 310, DET);
    expect_event("Houve 310 detenções em todo o país no sábado, segundo o ministério.", "pt", 310, DET);
    /* distractors: a state word before people keeps them held */
    expect_event("There are 40 detainees in the camp, the lawyers said.", "en", 40, HELD);
    expect_event("Hay 40 detenidos en la comisaría, según los abogados.", "es", 40, HELD);
}

/* "jailed 45 campaigners for terms of four to ten years", "fueron condenadas a arrestos de uno a seis días": a prison
 * term handed down puts people inside (patterns/{es,pt,en}/verdicts.pat). */
Test(events16, people_sentenced_to_prison_terms_are_held)
{
    expect_event("A military court jailed 38 students for terms of two to six years.", "en", 38, HELD);
    expect_event("On Monday, 120 protesters were jailed for three years each.", "en", 120, HELD);
    expect_event("The judges sentenced the 26 organisers on Tuesday.", "en", 26, HELD);
    expect_event("Los jueces condenaron a 38 estudiantes a penas de dos a seis años de cárcel.", "es", 38, HELD);
    expect_event("Unos 120 manifestantes fueron condenados a arrestos de diez días.", "es", 120, HELD);
    expect_event("Os juízes condenaram 38 estudantes a penas de dois a seis anos de prisão.", "pt", 38, HELD);
    expect_event("Cerca de 120 manifestantes foram condenados a penas de dez dias de detenção.", "pt", 120, HELD);
    /* distractors: jailed with no term is an arrest; a participle describing prisoners freed is no verdict */
    expect_event("Police said 500 people were jailed over the weekend riots.", "en", 500, DET);
    expect_event("La policía encarceló a 500 personas durante los disturbios del fin de semana.", "es", 500, DET);
    expect_event("A polícia prendeu 500 pessoas durante os distúrbios do fim de semana.", "pt", 500, DET);
    expect_event("Israel excarceló a 300 condenados a cadena perpetua.", "es", 300, REL);
    expect_event("Israel libertou 300 condenados a prisão perpétua.", "pt", 300, REL);
}

/* "Russia has handed back 215 prisoners of war", "Kyiv gave up Viktor Medvedchuk together with 55": English swaps
 * (patterns/en/events16.pat), as es and pt already read "devolvió a", "entregou". */
Test(events16, prisoners_handed_back_or_given_up_are_released)
{
    expect_event("Moscow has handed back 140 prisoners of war, Kyiv said.", "en", 140, REL);
    /* a named person and 12 others are 13 people (seventeenth session, h-inverted; docs/corpus.md) */
    expect_event("In return the government gave up Omar Haddad and 12 other prisoners.", "en", 13, REL);
    /* distractors: things given up, bodies handed back */
    expect_event("The rebels gave up 12 villages in the north.", "en", 12, NONE);
    expect_event("Officials handed back the bodies of 12 soldiers.", "en", 12, NONE);
}

/* "How many Palestinians are still in Israeli prisons? Prisoner groups put it at close to 5,000": a figure set by a
 * frame answers the question before it rather than taking the event of the claim before (claims.c). */
Test(events16, a_framed_figure_answers_the_question_before_it)
{
    expect_event("Israel freed 26 prisoners on Tuesday.\n\nHow many Palestinians are still in Israeli jails? Prisoner "
                 "groups put it at close to 4,000.",
                 "en", 4000, HELD);
    expect_event("Israel liberó el martes a 26 presos.\n\n¿Cuántos palestinos siguen en cárceles israelíes? Las "
                 "asociaciones de presos sitúan la cifra en cerca de 4.000.",
                 "es", 4000, HELD);
    expect_event("Israel libertou 26 presos na terça-feira.\n\nQuantos palestinos continuam em prisões israelitas? As "
                 "associações de presos situam o número em cerca de 4.000.",
                 "pt", 4000, HELD);
    /* distractor: the release before keeps its event */
    expect_event("Israel freed 26 prisoners on Tuesday.\n\nHow many Palestinians are still in Israeli jails? Prisoner "
                 "groups put it at close to 4,000.",
                 "en", 26, REL);
}
