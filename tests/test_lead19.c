/* test_lead19.c - the nineteenth session's lead changes: a number in the name of a flight, an aircraft or a
 * charter counts nobody. Sentences written for these tests, in Spanish, Portuguese and English, with distractors
 * that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(lead19, .init = setup, .fini = teardown);

/* "TWA Flight 847 hostages freed": the flight's number stands before the people of the story, as a count would;
 * the name's head word (flight, vuelo, voo; Charter, Carta; an aircraft maker) says it is a name. */
Test(lead19, a_number_in_a_flight_or_charter_name_counts_nobody)
{
    expect_event("TWA Flight 847 hostages freed after 17 days", "en", 847, NONE);
    expect_event("Los rehenes del vuelo 181 de Lufthansa fueron liberados en Mogadiscio.", "es", 181, NONE);
    expect_event("Os reféns do voo 814 foram libertados em Kandahar.", "pt", 814, NONE);
    expect_event("O grupo ligado à Carta 77 contava pouco mais de uma dezena de presos políticos.", "pt", 77, NONE);
    expect_event("The hijackers forced the Boeing 727 to land in Algiers, where 19 passengers were freed.", "en", 727, NONE);
    /* distractors: the people counted in the same sentences keep their claims */
    expect_event("The hijackers forced the Boeing 727 to land in Algiers, where 19 passengers were freed.", "en", 19, REL);
    expect_event("Los 86 pasajeros fueron liberados tras el asalto al vuelo 181 de Lufthansa.", "es", 86, REL);
    expect_event("Los 86 pasajeros fueron liberados tras el asalto al vuelo 181 de Lufthansa.", "es", 181, NONE);
    expect_event("Os 120 passageiros do voo foram libertados em Kandahar.", "pt", 120, REL);
    expect_event("Flight crews said 847 hostages were freed.", "en", 847, REL);
}
