/* test_precision_eleventh.c - figures that count no one (eleventh session, precision): clock times in words,
 * curfews, figures joined by "+" into a case's name, spans of time with a word between figure and unit, things no
 * lexicon knows after a figure, and doctors. Sentences written for these tests, in Spanish, Portuguese and English,
 * with distractors that must keep their event. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(precision_eleventh, .init = setup, .fini = teardown);

/* A time of day said in words is no count; a curfew's "queda" keeps no one. */
Test(precision_eleventh, a_clock_time_in_words_is_no_count)
{
    expect_event("El gobierno mantiene el toque de queda de diez de la noche a cinco de la mañana.", "es", 10, NONE);
    expect_event("Os presos permanecem nas celas das dez da noite às seis da manhã.", "pt", 10, NONE);
    expect_event("Inmates remain locked up from ten at night, the warden said.", "en", 10, NONE);
    /* distractors: people counted in the evening */
    expect_event("La policía detuvo a diez de los manifestantes por la noche.", "es", 10, DET);
    expect_event("Police arrested ten in the evening after the march.", "en", 10, DET);
}

/* A figure joined to another by "+" names a case or a group. */
Test(precision_eleventh, a_figure_joined_by_plus_is_a_name)
{
    expect_event("Los acusados del \"caso 9+3\" fueron liberados el lunes.", "es", 3, NONE);
    expect_event("Os arguidos do \"caso 9+3\" foram libertados na segunda-feira.", "pt", 3, NONE);
    expect_event("The defendants in the \"9+3 case\" were freed on Monday.", "en", 3, NONE);
    /* distractor: two figures joined by a conjunction */
    expect_event("Fueron liberados 9 estudiantes y 3 periodistas.", "es", 3, REL);
}

/* A span of time with a word between figure and unit counts no one. */
Test(precision_eleventh, a_span_of_time_with_a_word_between)
{
    expect_event("Los manifestantes siguieron presos las tres primeras semanas.", "es", 3, NONE);
    expect_event("Mais de 500 pessoas foram detidas nas três primeiras semanas de protestos.", "pt", 3, NONE);
    expect_event("Protesters stayed in custody for two more weeks.", "en", 2, NONE);
}

/* Things seized or drawn up, counted beside the people: a unit, whatever stands between it and the figure. */
Test(precision_eleventh, things_seized_or_listed_are_no_count)
{
    expect_event("Hasta el juicio, las tres listas siguen circulando entre los abogados.", "es", 3, NONE);
    expect_event("Até ao julgamento, as três listas continuam a circular entre os advogados.", "pt", 3, NONE);
    expect_event("The minister also boasted of 1,300 seized firearms.", "en", 1300, NONE);
    expect_event("Until the trial, the three lists remain in the hands of the lawyers.", "en", 3, NONE);
    /* distractor: people detained, the participle before their noun */
    expect_event("Police said 40 detained protesters were charged.", "en", 40, DET);
}

/* Doctors sent to see the detainees are none of ours; arrested themselves, the event word is beside them. */
Test(precision_eleventh, doctors_who_see_the_detainees_are_no_count)
{
    expect_event("La fiscalía envió a las comisarías cinco médicos forenses para examinar a los detenidos.", "es", 5, NONE);
    expect_event("O Ministério Público enviou às esquadras cinco médicos para examinar os detidos.", "pt", 5, NONE);
    expect_event("Prosecutors sent five doctors to the stations to examine the detainees.", "en", 5, NONE);
    /* distractors: doctors who were arrested */
    expect_event("La policía detuvo a cinco médicos durante la huelga.", "es", 5, DET);
    expect_event("A polícia deteve cinco médicos durante a greve.", "pt", 5, DET);
    expect_event("Police arrested five doctors during the strike.", "en", 5, DET);
}

/* Taking people out of prison frees them, whatever word says how they came to be inside; a pardon in a compound
 * tense frees them too. */
Test(precision_eleventh, taken_out_of_prison_is_a_release)
{
    expect_event("Según el ministro, el acuerdo sacó de la cárcel a 14 personas detenidas en Bielorrusia.", "es", 14, REL);
    expect_event("Segundo o ministro, o acordo tirou da prisão 14 pessoas detidas na Bielorrússia.", "pt", 14, REL);
    expect_event("The minister said the deal took 14 people detained in Belarus out of prison.", "en", 14, REL);
    expect_event("Em 2019 o Presidente já tinha perdoado 640 reclusos doentes.", "pt", 640, REL);
    expect_event("En 2019 el presidente ya había indultado a 640 reclusos enfermos.", "es", 640, REL);
    expect_event("In 2019 the president had already pardoned 640 sick inmates.", "en", 640, REL);
    /* distractors: a pardon of charges, not of people counted */
    expect_event("A antiga ministra foi perdoada em quatro dos onze processos.", "pt", 4, NONE);
}

/* Going on holding people says they are held now, whatever word says how they came to be inside. */
Test(precision_eleventh, going_on_holding_is_held)
{
    expect_event("La fiscalía informó que sigue reteniendo a 23 empresarios detenidos en la redada.", "es", 23, HELD);
    expect_event("O Ministério Público disse que continua a reter 23 empresários detidos na rusga.", "pt", 23, HELD);
    expect_event("Prosecutors said they are still holding 23 businessmen detained in the raid.", "en", 23, HELD);
    /* distractor: detentions that go on */
    expect_event("Prosecutors said police detained 23 businessmen in the raid.", "en", 23, DET);
}
