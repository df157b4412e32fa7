/* test_false_fifteenth.c - figures output wrongly (fifteenth session, false figures): the first end of a span of
 * time ("for two to three years") is a length, not a count of people. Sentences written for these tests, in
 * Spanish, Portuguese and English, with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(false_fifteenth, .init = setup, .fini = teardown);

/* "jailed for two to three years": the unit after the second figure belongs to the first as well. */
Test(false_fifteenth, the_first_end_of_a_span_of_time_counts_no_one)
{
    expect_event("Diecinueve activistas fueron encarcelados de tres a cinco años por la protesta.", "es", 3, NONE);
    expect_event("Dezanove ativistas ficaram presos de três a cinco anos pela manifestação.", "pt", 3, NONE);
    expect_event("Nineteen activists were imprisoned for three to five years over the protest.", "en", 3, NONE);
    expect_event("Los 80 acusados pasaron dos o tres meses detenidos en la comisaría.", "es", 2, NONE);
    expect_event("Os 80 arguidos ficaram detidos dois ou três meses na esquadra.", "pt", 2, NONE);
    expect_event("The 80 accused were held for 2-3 months at the station.", "en", 2, NONE);
    /* the people counted keep their claim */
    expect_event("Diecinueve activistas fueron encarcelados de tres a cinco años por la protesta.", "es", 19, HELD);
    /* imprisoned for a term: people held, as in es (sixteenth session, en/verdicts.pat) */
    expect_event("Nineteen activists were imprisoned for three to five years over the protest.", "en", 19, HELD);
    /* distractors: a range of people, and a count sentenced "to" a term */
    expect_event("La policía detuvo a 40 o 50 manifestantes en la plaza.", "es", 40, DET);
    expect_event("A polícia deteve 40 ou 50 manifestantes na praça.", "pt", 40, DET);
    expect_event("Police arrested 40 or 50 protesters in the square.", "en", 40, DET);
}

/* "no están en prisión", "are not in custody": people who are not held went through none of our events. */
Test(false_fifteenth, people_not_in_custody_are_no_prisoners)
{
    expect_event("Los siete acusados restantes no están en prisión porque su pena quedó suspendida.", "es", 7, NONE);
    expect_event("Os sete arguidos restantes não estão presos porque a pena ficou suspensa.", "pt", 7, NONE);
    expect_event("The seven remaining defendants are not in custody because their terms were suspended.", "en", 7, NONE);
    expect_event("Once de los procesados nunca estuvieron bajo custodia.", "es", 11, NONE);
    expect_event("Onze dos processados nunca estiveram sob custódia.", "pt", 11, NONE);
    expect_event("Eleven of the accused were never behind bars.", "en", 11, NONE);
    /* distractors: people who are still held, and a cap on those still held */
    expect_event("Los siete acusados restantes siguen en prisión preventiva.", "es", 7, HELD);
    expect_event("Os sete arguidos restantes continuam presos em Custoias.", "pt", 7, HELD);
    expect_event("The seven remaining defendants are still in custody.", "en", 7, HELD);
}

/* "entre los fallecidos hay veinte niños": the existential verb counts a part of the dead, not people held. */
Test(false_fifteenth, parts_of_the_dead_are_not_held)
{
    expect_event("Entre los muertos de la represión hay quince estudiantes.", "es", 15, NONE);
    expect_event("Entre los fallecidos hay quince estudiantes y tres periodistas.", "es", 15, NONE);
    expect_event("Entre os mortos há quinze estudantes e três jornalistas.", "pt", 15, NONE);
    expect_event("Among the dead there were fifteen students and three reporters.", "en", 15, NONE);
    /* distractors: a part of a group of detainees keeps its event */
    expect_event("Entre los detenidos hay quince estudiantes.", "es", 15, DET);
    expect_event("Entre os detidos há quinze estudantes.", "pt", 15, DET);
    expect_event("Among the detained there were fifteen students.", "en", 15, DET);
}
