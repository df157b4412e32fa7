/* test_precision26.c - figures that count no one held, freed or detained (twenty-sixth session, precision):
 * nationalities counted beside the people (entries of the units lexicons, read by *.veto.units); the rest of a group
 * on trial said with "quedar" / "restar" (es/pt *.none.remaining_accused26; English "remain" is no held word, so
 * English needs no rule and is tested as a distractor only); and former prisoners, who are held no longer
 * (*.subject.former26: a people noun with no event of its own, replacing the digits-only part of *.veto.ratio, so
 * that an event word beside them still counts them). Sentences written for these tests, in Spanish, Portuguese and
 * English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(precision26, .init = setup, .fini = teardown);

/* A number of nationalities among the people held counts kinds, not people. */
Test(precision26, nationalities_count_no_one)
{
    expect_event("El ministro elevó la cifra a 90 extranjeros de 14 nacionalidades detenidos en el país.", "es", 14, NONE);
    expect_event("O ministro elevou o número para 90 estrangeiros de 14 nacionalidades presos no país.", "pt", 14, NONE);
    expect_event("Estão presos 90 estrangeiros de 14 nacionalidades, segundo o ministro.", "pt", 14, NONE);
    expect_event("The minister raised the figure to 90 foreigners of 14 nationalities detained in the country.", "en", 14,
                 NONE);
}

/* Distractors: the people of those nationalities keep their count. */
Test(precision26, the_people_of_the_nationalities_stay)
{
    expect_event("El ministro elevó la cifra a 90 extranjeros de 14 nacionalidades detenidos en el país.", "es", 90, DET);
    expect_event("Estão presos 90 estrangeiros de 14 nacionalidades, segundo o ministro.", "pt", 90, HELD);
    expect_event("The minister raised the figure to 90 foreigners of 14 nationalities detained in the country.", "en", 90,
                 DET);
}

/* The rest of a group on trial is no count of the held. */
Test(precision26, the_rest_of_the_accused_are_not_held)
{
    expect_event("Los 31 acusados que quedaban fueron absueltos en marzo, tres años después del juicio.", "es", 31, NONE);
    expect_event("La fiscalía retiró los cargos contra 9 de los 17 procesados que quedaban.", "es", 17, NONE);
    expect_event("Os 31 réus que restavam foram absolvidos em março, três anos depois do julgamento.", "pt", 31, NONE);
    expect_event("O Ministério Público desistiu das acusações contra 9 dos 17 arguidos que restavam.", "pt", 17, NONE);
    /* English: "remained" is no held word; checked so that it stays so */
    expect_event("The 31 defendants who remained were acquitted in March, three years after the trial.", "en", 31, NONE);
}

/* Distractors: people held by their noun, the rest said to be still inside, and a stock of the accused in prison. */
Test(precision26, the_rest_still_inside_stays_held)
{
    expect_event("Los 31 rehenes que quedaban fueron liberados en marzo.", "es", 31, REL);
    expect_event("Os 31 reféns que restavam foram libertados em março.", "pt", 31, REL);
    expect_event("The 31 hostages who remained were freed in March.", "en", 31, REL);
    expect_event("Los 31 acusados que quedaban siguen presos en la cárcel de la capital.", "es", 31, HELD);
    expect_event("Os 31 réus que restavam continuam presos na cadeia da capital.", "pt", 31, HELD);
    expect_event("Quedan 20 acusados en prisión preventiva.", "es", 20, HELD);
    expect_event("Restam 20 arguidos em prisão preventiva.", "pt", 20, HELD);
}

/* Former prisoners who act are no count of the held, whether the figure is in digits, in words or a partitive. */
Test(precision26, former_prisoners_count_no_one)
{
    expect_event("Once ex presos firmaron el lunes una carta al presidente.", "es", 11, NONE);
    expect_event("La periodista ha entrevistado a más de 30 de los antiguos rehenes.", "es", 30, NONE);
    expect_event("Onze ex-presos assinaram na segunda-feira uma carta ao presidente.", "pt", 11, NONE);
    expect_event("A jornalista entrevistou mais de 30 dos antigos reféns.", "pt", 30, NONE);
    expect_event("Eleven former detainees signed a letter to the president on Monday.", "en", 11, NONE);
    expect_event("The reporter has interviewed more than 30 of the former hostages.", "en", 30, NONE);
}

/* Distractors: former prisoners with an event word beside them keep it (the digits-only veto used to drop them),
 * and people held now keep their count. */
Test(precision26, former_prisoners_with_an_event_word_stay)
{
    expect_event("El avión llevaba de vuelta a casa a 700 ex presos.", "es", 700, REL);
    expect_event("Em três dias, cerca de 700 ex-presos voltaram para junto das famílias.", "pt", 700, REL);
    expect_event("The Red Cross helped return about 700 former detainees to their families.", "en", 700, REL);
    expect_event("Once presos firmaron el lunes una carta al presidente.", "es", 11, HELD);
    expect_event("Onze presos assinaram na segunda-feira uma carta ao presidente.", "pt", 11, HELD);
    expect_event("Eleven detainees signed a letter to the president on Monday.", "en", 11, HELD);
}
