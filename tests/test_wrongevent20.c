/* test_wrongevent20.c - figures found with the wrong event (twentieth session, wrongevent): captives flown out
 * on a plane are released, "from" / "desde" before a place opens no span of days, and a place named between a
 * release verb and its count does not hide the verb. Sentences written for these tests, in Spanish, Portuguese and
 * English, with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(wrongevent20, .init = setup, .fini = teardown);

/* A plane or flight carrying prisoners or hostages takes them out of custody: the release, whatever their noun
 * (or a verb of taking away) says. */
Test(wrongevent20, captives_on_a_plane_are_released)
{
    expect_event("Por la tarde, el segundo avión trasladó a Taiz a 80 detenidos del bando contrario.", "es", 80, REL);
    expect_event("Por la tarde, dos aviones llevaron a 80 secuestrados de vuelta a su país.", "es", 80, REL);
    expect_event("Ao fim da tarde, dois aviões fretados levaram 64 prisioneiros de regresso a casa.", "pt", 64, REL);
    expect_event("Shortly after noon a Red Cross plane landed in Kabul carrying 45 prisoners from the southern front.",
                 "en", 45, REL);
    /* distractors: a bus between jails, passengers, and a flight into custody keep their own reading */
    expect_event("Un autobús llevó a 40 presos a la nueva cárcel de la provincia.", "es", 40, HELD);
    expect_event("Um avião militar levou 20 detidos para Guantánamo na madrugada.", "pt", 20, DET);
    expect_event("The plane carried 150 passengers and landed safely.", "en", 150, NONE);
}

/* "36 prisoners from Lebanon": a place after "from" is where they came from, not the first day of a count of
 * arrests; the people stay held by their noun. */
Test(wrongevent20, from_a_place_is_no_day)
{
    expect_event("Rights groups counted 48 prisoners from Gaza in the southern camp.", "en", 48, HELD);
    expect_event("La ONG contabilizó 48 presos desde Gaza en el campo del sur.", "es", 48, HELD);
    /* distractor: "since" a day still makes a tally of arrests */
    expect_event("Police have counted 1,400 detainees since Wednesday across the capital.", "en", 1400, DET);
}

/* "llevaba a Saná a 120 antiguos detenidos", "libertaram em Luanda 64 pessoas detidas": a place named between
 * the release verb and the people is no word of another clause; the participle only says who they were. */
Test(wrongevent20, a_place_between_the_release_verb_and_the_count)
{
    expect_event("El Gobierno excarceló en Managua a 56 personas detenidas durante las protestas.", "es", 56, REL);
    expect_event("As autoridades libertaram em Luanda 64 pessoas detidas durante os protestos.", "pt", 64, REL);
    /* distractor: a verb followed by more than a few words keeps the participle's event */
    expect_event("El Gobierno anunció que excarcelará pronto, según fuentes oficiales de Managua, a 56 personas detenidas.",
                 "es", 56, DET);
}

/* "dois ocidentais, os alemães A e B, trabalhadores humanitários raptados em 1989, continuam reféns": names and
 * people nouns renaming the people may stand between the count and the participle that describes them; the finite
 * verb after the aside is still what is true of them. */
Test(wrongevent20, a_participle_after_names_renaming_the_people)
{
    expect_event("Três cooperantes, Ana Lopes, Rui Dias e Sara Melo, detidos em abril, continuam presos em Bamaco.", "pt",
                 3, HELD);
    expect_event("Dos extranjeros, los periodistas Pedro Álvarez y Juan Lima, secuestrados en marzo de 2019, siguen "
                 "cautivos en el norte del país.",
                 "es", 2, HELD);
    expect_event("Two foreigners, the reporters Peter Allen and John Lane, kidnapped in March 2019, are still being held "
                 "in the north.",
                 "en", 2, HELD);
    /* distractors: with no finite verb of holding after the aside, the participle keeps its event */
    expect_event("Dos extranjeros, los periodistas Pedro Álvarez y Juan Lima, secuestrados en marzo, aparecieron en un "
                 "vídeo.",
                 "es", 2, DET);
    expect_event("Two foreigners, the reporters Peter Allen and John Lane, were kidnapped in March 2019 in the north.",
                 "en", 2, DET);
}

/* The month that closes such an aside dates the participle (the taking), not the time the people are held. */
Test(wrongevent20, the_month_of_the_aside_does_not_date_the_people_held)
{
    expect_period("Três cooperantes, Ana Lopes, Rui Dias e Sara Melo, detidos em abril de 2025, continuam presos em "
                  "Bamaco.",
                  "pt", EXTRACT_EVENT_HELD, 3, "", "");
    expect_period("Two foreigners, the reporters Peter Allen and John Lane, kidnapped in March 2019, are still being held "
                  "in the north.",
                  "en", EXTRACT_EVENT_HELD, 2, "", "");
    /* distractor: a month right against the verb of holding still dates it */
    expect_period("Three aid workers remained in custody in March 2025 in the north.", "en", EXTRACT_EVENT_HELD, 3, "2025-03-01",
                  "2025-03-31");
}
