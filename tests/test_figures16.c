/* test_figures16.c - figures missed and false (sixteenth session): numbers written in words with a comma after the
 * thousands ("eight thousand, nine hundred and fifty-one") are one number; people at large or in hiding are held by
 * no one; the bodies or remains of the dead, and places counted as part of a counted whole, count no one.
 * Sentences written for these tests, in Spanish, Portuguese and English, with distractors that keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(figures16, .init = setup, .fini = teardown);

/* A comma after the scale word, as radio scripts write long numbers, goes on with the same number. */
Test(figures16, a_comma_after_thousand_goes_on_with_the_same_number)
{
    expect_event("Police said they had arrested four thousand, seven hundred and twelve demonstrators since May.", "en",
                 4712, DET);
    expect_event("Police said they had arrested four thousand, seven hundred and twelve demonstrators since May.", "en",
                 4000, NONE);
    expect_event("Police said they had arrested four thousand, seven hundred and twelve demonstrators since May.", "en",
                 712, NONE);
    expect_event("La policía dijo que había detenido a cuatro mil, setecientos doce manifestantes desde mayo.", "es",
                 4712, DET);
    expect_event("A polícia disse ter detido quatro mil, setecentos e doze manifestantes desde maio.", "pt", 4712, DET);
    expect_event("A polícia disse ter detido quatro mil, setecentos e doze manifestantes desde maio.", "pt", 700, NONE);
    /* the forms without a comma keep working */
    expect_event("La policía detuvo a mil trescientos cuarenta y dos manifestantes.", "es", 1342, DET);
    expect_event("A polícia deteve mil trezentos e quarenta e dois manifestantes.", "pt", 1342, DET);
    /* distractor: a comma before a figure that is no hundreds group starts a new phrase */
    expect_event("Police arrested two thousand, three of them in the capital.", "en", 2000, DET);
    expect_event("Police arrested two thousand, three of them in the capital.", "en", 2003, NONE);
}

/* "ocho siguen prófugos", "oito continuam em fuga", "eight remain at large": nobody holds them. */
Test(figures16, people_at_large_or_in_hiding_are_not_held)
{
    expect_event("Dos murieron en el asalto y otros seis siguen prófugos.", "es", 6, NONE);
    expect_event("Dois morreram no assalto e outros seis continuam em fuga.", "pt", 6, NONE);
    expect_event("Two died in the raid and another six remain at large.", "en", 6, NONE);
    expect_event("Unos cuarenta estudiantes seguían escondidos en la facultad.", "es", 40, NONE);
    expect_event("Cerca de quarenta estudantes continuavam escondidos na faculdade.", "pt", 40, NONE);
    expect_event("About forty students were still in hiding inside the faculty.", "en", 40, NONE);
    /* distractors: people who remain in custody keep their event */
    expect_event("Dos murieron en el asalto y otros seis siguen presos.", "es", 6, HELD);
    expect_event("Dois morreram no assalto e outros seis continuam presos.", "pt", 6, HELD);
    expect_event("Two died in the raid and another six remain in custody.", "en", 6, HELD);
}

/* "the bodies of three soldiers" handed over in an exchange are no one released or detained. */
Test(figures16, bodies_and_remains_count_no_one)
{
    expect_event("Israel liberó a 40 presos a cambio de los cuerpos de dos soldados.", "es", 2, NONE);
    expect_event("Israel libertou 40 presos em troca dos corpos de dois soldados.", "pt", 2, NONE);
    expect_event("Israel freed 40 prisoners in exchange for the bodies of two soldiers.", "en", 2, NONE);
    /* distractors: the living prisoners of the same exchange keep their claim */
    expect_event("Israel liberó a 40 presos a cambio de los cuerpos de dos soldados.", "es", 40, REL);
    expect_event("Israel libertou 40 presos em troca dos corpos de dois soldados.", "pt", 40, REL);
    expect_event("Israel freed 40 prisoners in exchange for the bodies of two soldiers.", "en", 40, REL);
}

/* "arrested in 28 of the country's 31 provinces": the 28 are provinces. */
Test(figures16, places_counted_as_part_of_a_whole_count_no_one)
{
    expect_event("More than 5,000 people have been detained in 19 of Kenya's 47 counties since the protests began, police "
                 "said.", "en", 19, NONE);
    expect_event("Police have arrested 900 people in 17 of the country's 24 provinces.", "en", 17, NONE);
    expect_event("La policía ha detenido a 900 personas en 17 de las 24 provincias del país.", "es", 17, NONE);
    expect_event("A polícia deteve 900 pessoas em 17 das 24 províncias do país.", "pt", 17, NONE);
    /* distractors: the people of the sentence, and a part of a group of people */
    expect_event("Police have arrested 900 people in 17 of the country's 24 provinces.", "en", 900, DET);
    expect_event("La policía ha detenido a 900 personas en 17 de las 24 provincias del país.", "es", 900, DET);
    expect_event("Police said 17 of the 50 detained protesters were later freed.", "en", 17, REL);
    expect_event("La policía dijo que 17 de los 50 detenidos fueron liberados.", "es", 17, REL);
}

/* Police headquarters and precincts are places, amnesties are decrees: a figure before one counts no one. */
Test(figures16, headquarters_and_amnesties_count_no_one)
{
    expect_event("La policía ha difundido sus datos: 2.140 personas detenidas en doce jefaturas provinciales desde el "
                 "lunes.", "es", 12, NONE);
    expect_event("Police said 2,140 people had been detained in twelve precincts since Monday.", "en", 12, NONE);
    expect_event("El Gobierno ha aprobado 12 amnistías desde 1975 y ha liberado a 9.000 presos.", "es", 12, NONE);
    expect_event("O Governo aprovou 12 amnistias desde 1975 e libertou 9.000 presos.", "pt", 12, NONE);
    expect_event("The government has approved 12 amnesties since 1975 and freed 9,000 prisoners.", "en", 12, NONE);
    /* distractors: the people of the same sentences keep their claims */
    expect_event("Police said 2,140 people had been detained in twelve precincts since Monday.", "en", 2140, DET);
    expect_event("El Gobierno ha aprobado 12 amnistías desde 1975 y ha liberado a 9.000 presos.", "es", 9000, REL);
    expect_event("O Governo aprovou 12 amnistias desde 1975 e libertou 9.000 presos.", "pt", 9000, REL);
}

/* "media docena" is six and "una quincena de rehenes" about fifteen; a "quincena" of days or of a month is a fortnight. */
Test(figures16, half_a_dozen_and_about_fifteen)
{
    expect_event("La policía practicó media docena de detenciones en el centro.", "es", 6, DET);
    expect_event("La guerrilla ha liberado a una quincena de rehenes este año.", "es", 15, REL);
    expect_event("A guerrilha libertou uma quinzena de reféns este ano.", "pt", 15, REL);
    /* distractors: a fortnight counts no one, a dozen keeps its value */
    expect_event("Los 40 detenidos pasaron una quincena de días en la comisaría.", "es", 15, NONE);
    expect_event("Los 40 detenidos pasaron una quincena de días en la comisaría.", "es", 40, DET);
    expect_event("La policía practicó una docena de detenciones en el centro.", "es", 12, DET);
}
