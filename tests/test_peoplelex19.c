/* test_peoplelex19.c - counts of people the extractor did not see as people (nineteenth session, peoplelex):
 * people named by their role or trade (missionaries, schoolgirls, crew), by their origin (Westerners, Poles,
 * gentilics in -enses). Sentences written for these tests, in Spanish, Portuguese and English, with distractors that
 * must keep their current output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(peoplelex19, .init = setup, .fini = teardown);

/* People named by their role, with the event word past a clause about them: the noun alone makes the figure a count. */
Test(peoplelex19, people_named_by_their_role_are_counted)
{
    expect_event("Doce misioneros que viajaban por la zona en un autobús de la iglesia siguen secuestrados.", "es", 12, HELD);
    expect_event("Doze missionários que viajavam pela região num autocarro da igreja continuam sequestrados.", "pt", 12, HELD);
    expect_event("Twelve missionaries who were travelling through the area on a church bus are still being held.", "en", 12,
                 HELD);
    expect_event("Unas 200 colegialas de un internado del norte del país permanecen en manos de los secuestradores.", "es",
                 200, HELD);
    expect_event("Cerca de 200 colegiais de um internato do norte do país continuam nas mãos dos sequestradores.", "pt",
                 200, HELD);
    expect_event("The rebels still hold 12 missionaries and their families, the church said.", "en", 12, HELD);
    expect_event("El gobierno aseguró que 26 tripulantes del atunero vasco, entre ellos ocho españoles, continúan en poder "
                 "de los piratas.",
                 "es", 26, HELD);
    /* distractors: forensic doctors, and staff at a plant, went through none of our events */
    expect_event("Los 12 médicos forenses llegaron a la cárcel.", "es", 12, NONE);
    expect_event("Os 12 médicos forenses chegaram à prisão.", "pt", 12, NONE);
    expect_event("The company said 300 employees were at the plant when it closed.", "en", 300, NONE);
}

/* People named by their origin: a plural demonym is a people noun, also where no list names the town (-enses). */
Test(peoplelex19, people_named_by_their_origin_are_counted)
{
    expect_event("Según la embajada, 30 occidentales que trabajaban en la planta de gas fueron liberados el domingo.", "es",
                 30, REL);
    expect_event("Segundo a embaixada, 30 ocidentais que trabalhavam na fábrica de gás foram libertados no domingo.", "pt",
                 30, REL);
    expect_event("The embassy said 30 Westerners who worked at the gas plant were freed on Sunday.", "en", 30, REL);
    expect_event("Police said 40 Poles were among those in custody.", "en", 40, HELD);
    expect_event("Unos 40 bonaerenses que viajaban a la final siguen detenidos en Montevideo.", "es", 40, HELD);
    expect_event("Cerca de 40 paraenses que viajavam para a final continuam detidos em Caiena.", "pt", 40, HELD);
    /* distractors: the people of a town are no count, and the count beside them keeps its event */
    expect_event("En la ciudad, de 40.000 habitantes, la policía detuvo a 30 personas.", "es", 40000, NONE);
    expect_event("En la ciudad, de 40.000 habitantes, la policía detuvo a 30 personas.", "es", 30, DET);
    expect_event("The embassy said 30 Chinese engineers were among those in custody.", "en", 30, HELD);
    /* officers of the police are people of another kind: hurt in an operation, they were not arrested in it */
    expect_event("Según la policía, 12 personas fueron detenidas en el desalojo, que dejó tres oficiales heridos.", "es",
                 3, NONE);
    expect_event("Segundo a polícia, 12 pessoas foram detidas na desocupação, que deixou três oficiais feridos.", "pt",
                 3, NONE);
}
