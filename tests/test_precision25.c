/* test_precision25.c - figures that count no one held, freed or detained (twenty-fifth session, precision): the dead
 * among the held (a predicate of death after the figure, *.other.dead25; the figure of the bodies handed back or of
 * the deaths confirmed, *.veto.dead_count25; a word of death as the predicate past an apposition, counts.c
 * S_event_past_aside), sentences that send nobody to prison (*.none.noncustodial25), taken to hospital said with an
 * infinitive (es/pt *.other.hospital25), and ages after names in a list with "años"/"anos" left out (*.veto.age_list25).
 * Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep their
 * output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(precision25, .init = setup, .fini = teardown);

/* A part of the held said to be dead is no count of the held. */
Test(precision25, the_dead_among_the_held_are_not_held)
{
    expect_event("Los secuestradores aún retienen a 90 rehenes; el gobierno cree que al menos 30 de ellos ya no están con vida.",
                 "es", 30, NONE);
    expect_event("Os sequestradores ainda mantêm 90 reféns; o governo acredita que pelo menos 30 deles já não estão vivos.",
                 "pt", 30, NONE);
    expect_event("The kidnappers still hold 90 hostages; the government believes at least 30 of them are no longer alive.",
                 "en", 30, NONE);
}

/* Distractors: the held themselves, and a part said to be alive. */
Test(precision25, the_held_and_the_living_stay)
{
    expect_event("Los secuestradores aún retienen a 90 rehenes; el gobierno cree que al menos 30 de ellos ya no están con vida.",
                 "es", 90, HELD);
    expect_event("Os sequestradores ainda mantêm 90 reféns; o governo acredita que pelo menos 30 deles já não estão vivos.",
                 "pt", 90, HELD);
    expect_event("The kidnappers still hold 90 hostages; the government believes at least 30 of them are no longer alive.",
                 "en", 90, HELD);
}

/* The bodies handed back are no release; the deaths confirmed are no count of the held. */
Test(precision25, bodies_and_deaths_count_no_one)
{
    expect_event("La milicia soltó a 12 rehenes y devolvió los cuerpos de otros cinco.", "es", 5, NONE);
    expect_event("A milícia soltou 12 reféns e devolveu os corpos de outros cinco.", "pt", 5, NONE);
    expect_event("The militia let 12 hostages go and returned the bodies of another five.", "en", 5, NONE);
    expect_event("La policía confirmó la muerte de al menos 17 de los reclusos del penal.", "es", 17, NONE);
    expect_event("O grupo confirmou a morte de mais de 20 reféns mantidos nos túneis.", "pt", 20, NONE);
    expect_event("Police confirmed the death of at least 17 of the inmates in the jail.", "en", 17, NONE);
}

/* Distractors: the people freed before the bodies keep their release. */
Test(precision25, the_freed_before_the_bodies_stay)
{
    expect_event("La milicia soltó a 12 rehenes y devolvió los cuerpos de otros cinco.", "es", 12, REL);
    expect_event("A milícia soltou 12 reféns e devolveu os corpos de outros cinco.", "pt", 12, REL);
    expect_event("The militia let 12 hostages go and returned the bodies of another five.", "en", 12, REL);
}

/* A word of death as the predicate past an apposition: the figure counts the dead, not the held its noun names. */
Test(precision25, killed_past_an_apposition_counts_no_one)
{
    expect_event("El grupo dijo que cuatro rehenes, uno de ellos con pasaporte alemán, fueron hallados muertos.", "es", 4,
                 NONE);
    expect_event("O grupo disse que quatro reféns, um deles com passaporte alemão, foram encontrados mortos.", "pt", 4,
                 NONE);
    expect_event("The group said four hostages, one of them holding a German passport, had been killed.", "en", 4, NONE);
}

/* Distractors: the same apposition before a release keeps it. */
Test(precision25, freed_past_an_apposition_stays)
{
    expect_event("El grupo dijo que cuatro rehenes, uno de ellos con pasaporte alemán, fueron liberados.", "es", 4, REL);
    expect_event("O grupo disse que quatro reféns, um deles com passaporte alemão, foram libertados.", "pt", 4, REL);
    expect_event("The group said four hostages, one of them holding a German passport, had been freed.", "en", 4, REL);
}

/* Sentences that send nobody to prison are no count of the held. */
Test(precision25, non_custodial_sentences_count_no_one)
{
    expect_event("El tribunal juzgó a 70 acusados: los otros 45 fueron condenados a penas alternativas.", "es", 45, NONE);
    expect_event("O tribunal julgou 70 acusados: os outros 45 foram condenados a penas alternativas.", "pt", 45, NONE);
    expect_event("Of the 70 prisoners tried, 45 received suspended sentences.", "en", 45, NONE);
}

/* Distractors: a prison sentence is still one. */
Test(precision25, prison_sentences_stay)
{
    expect_event("Los otros 45 fueron condenados a penas de prisión.", "es", 45, HELD);
    expect_event("Os outros 45 foram condenados a penas de prisão.", "pt", 45, HELD);
    expect_event("The other 45 were sentenced to prison terms.", "en", 45, HELD);
}

/* Taken to hospital said with an infinitive (English "had to be admitted to hospital" was already en.other.hospital's).
 * Left: a figure whose noun is itself a release word ("nueve excarcelados tuvieron que ingresar") keeps that word. */
Test(precision25, prisoners_taken_to_hospital_count_no_one)
{
    expect_event("Según la Cruz Roja, al menos nueve presos tuvieron que ingresar en el hospital.", "es", 9, NONE);
    expect_event("Segundo a Cruz Vermelha, pelo menos nove presos precisaram de dar entrada no hospital.", "pt", 9, NONE);
}

/* Distractors: prisoners taken to prison are still held. */
Test(precision25, prisoners_taken_to_prison_stay)
{
    expect_event("Según la Cruz Roja, al menos nueve presos siguen en la cárcel.", "es", 9, HELD);
    expect_event("Segundo a Cruz Vermelha, pelo menos nove presos continuam na cadeia.", "pt", 9, HELD);
}

/* Ages after names in a list, the last one too, are no count of the freed. */
Test(precision25, ages_after_names_count_no_one)
{
    expect_event("La guerrilla liberó a tres rehenes: Ana Ruiz, de 34 años; Pedro Gil, de 58, y Luis Mora, de 61.", "es",
                 58, NONE);
    expect_event("La guerrilla liberó a tres rehenes: Ana Ruiz, de 34 años; Pedro Gil, de 58, y Luis Mora, de 61.", "es",
                 61, NONE);
    expect_event("A guerrilha libertou três reféns: Ana Ruiz, de 34 anos; Pedro Gil, de 58, e Luís Mora, de 61.", "pt",
                 58, NONE);
    expect_event("A guerrilha libertou três reféns: Ana Ruiz, de 34 anos; Pedro Gil, de 58, e Luís Mora, de 61.", "pt",
                 61, NONE);
    /* English: veto.age_apposition already drops "Peter Gill, 58, and"; a last age ("and Louis Moore, 61.") gave no
     * claim here, and vetoing it lets S_names_counted drop the list's own count (tried and dropped, design.md) */
    expect_event("The rebels freed three hostages: Ann Ruiz, 34, Peter Gill, 58, and Louis Moore, 61.", "en", 58, NONE);
}

/* Distractors: the count of the list keeps its release, and a count of people after a place stays. */
Test(precision25, the_count_of_the_list_stays)
{
    expect_event("La guerrilla liberó a tres rehenes: Ana Ruiz, de 34 años; Pedro Gil, de 58, y Luis Mora, de 61.", "es",
                 3, REL);
    expect_event("A guerrilha libertou três reféns: Ana Ruiz, de 34 anos; Pedro Gil, de 58, e Luís Mora, de 61.", "pt",
                 3, REL);
    expect_event("The rebels freed three hostages: Ann Ruiz, 34, Peter Gill, 58, and Louis Moore, 61.", "en", 3, REL);
    expect_event("In New York, 61 protesters were arrested.", "en", 61, DET);
}
