/* test_whopick16.c - claimants chosen wrongly (sixteenth session, claimant choice): a person "of" a body speaks,
 * with the body as context; newspapers named by their title's head word are media, not persons; a police district
 * is a state body, not a person named after its second word. Sentences written for these tests, in Spanish,
 * Portuguese and English, with distractors that must keep their claimant. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(whopick16, .init = setup, .fini = teardown);

/* "X of the League … told": the walk back to the verb's subject steps over a link word before the body's own
 * article, as it does without one ("X da Liga"), and reaches the person. */
Test(whopick16, a_person_of_a_body_speaks)
{
    expect_claimant("Marta Gil of the Tunisian League for Human Rights (LTDH) told the radio that at least 300 people "
                    "had been detained.",
                    "en", EXTRACT_EVENT_DETENTION, 300, "Marta Gil", EXTRACT_KIND_PERSON);
    expect_claimant("Omar Sayed of the Egyptian Initiative for Personal Rights said at least 75 people were arrested.",
                    "en", EXTRACT_EVENT_DETENTION, 75, "Omar Sayed", EXTRACT_KIND_PERSON);
    /* in Spanish and Portuguese the person rule reads "Marta Gil de la Liga" as one name (a "de la" particle, as
     * in "Ana de la Torre"): the step matters where a comma or title stands between */
    /* distractors: a title or a plural noun before the link word leaves the body as the speaker */
    expect_claimant("A spokesman of the Tunisian League for Human Rights said at least 300 people were detained.", "en",
                    EXTRACT_EVENT_DETENTION, 300, "Tunisian League for Human Rights", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Los abogados de la Liga Tunecina de Derechos Humanos dijeron que al menos 300 personas fueron "
                    "detenidas.",
                    "es", EXTRACT_EVENT_DETENTION, 300, "Liga Tunecina de Derechos Humanos", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Os advogados da Liga Tunisina dos Direitos Humanos disseram que 300 pessoas foram detidas.", "pt",
                    EXTRACT_EVENT_DETENTION, 300, "Liga Tunisina dos Direitos Humanos", EXTRACT_KIND_ORGANIZATION);
}

/* "The Lagos Morning Herald reported", "segundo o Jornal de Notícias": a newspaper's title is a medium. */
Test(whopick16, a_newspaper_title_is_a_medium)
{
    expect_claimant("The Lagos Morning Herald reported that 1,200 people had been arrested.", "en",
                    EXTRACT_EVENT_DETENTION, 1200, "Lagos Morning Herald", EXTRACT_KIND_MEDIA);
    expect_claimant("Segundo o Jornal de Notícias, 40 pessoas foram detidas durante a noite.", "pt",
                    EXTRACT_EVENT_DETENTION, 40, "Jornal de Notícias", EXTRACT_KIND_MEDIA);
    expect_claimant("Según el Diario Libre, 40 personas fueron detenidas durante la noche.", "es",
                    EXTRACT_EVENT_DETENTION, 40, "Diario Libre", EXTRACT_KIND_MEDIA);
    /* "he wrote" in a piece for a paper is still the person named before, not the paper */
    expect_claimant("Rob Green led the blockade. In an essay for The Saturday Paper, he wrote that 900 people were "
                    "arrested.",
                    "en", EXTRACT_EVENT_DETENTION, 900, "Rob Green", EXTRACT_KIND_PERSON);
    /* distractors: a person whose surname is a head word, and an official gazette */
    expect_claimant("Emily Post said 40 people were arrested.", "en", EXTRACT_EVENT_DETENTION, 40, "Emily Post",
                    EXTRACT_KIND_PERSON);
}

/* "o Distrito Policial de Manila": the body, not a person "Policial de Manila". */
Test(whopick16, a_police_district_is_a_state_body)
{
    expect_claimant("Segundo o Distrito Policial de Cebu, 120 pessoas foram presas ontem.", "pt",
                    EXTRACT_EVENT_DETENTION, 120, "Distrito Policial de Cebu", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Según el Distrito Policial de Cebu, 120 personas fueron detenidas ayer.", "es",
                    EXTRACT_EVENT_DETENTION, 120, "Distrito Policial de Cebu", EXTRACT_KIND_GOVERNMENT);
    /* distractor: the English order already reads a body */
    expect_claimant("The Cebu Police District said 120 people were arrested.", "en", EXTRACT_EVENT_DETENTION, 120,
                    "Cebu Police District", EXTRACT_KIND_GOVERNMENT);
}

/* "X says 100 of its blockaders": "its" refers back to the subject, which is a body, not a person. */
Test(whopick16, its_marks_a_body)
{
    expect_claimant("Green Harbour says more than 90 of its volunteers were arrested at the gate.", "en",
                    EXTRACT_EVENT_DETENTION, 90, "Green Harbour", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Climate Kettle's legal team says that 35 of its members are still in custody.", "en",
                    EXTRACT_EVENT_HELD, 35, "Climate Kettle", EXTRACT_KIND_ORGANIZATION);
    /* distractors: no "its", or a possessive that may be a person's ("sus", "seus") */
    expect_claimant("Ana Lima says more than 90 volunteers were arrested at the gate.", "en", EXTRACT_EVENT_DETENTION,
                    90, "Ana Lima", EXTRACT_KIND_PERSON);
    expect_claimant("Ana Lima dice que más de 90 de sus vecinos fueron detenidos.", "es", EXTRACT_EVENT_DETENTION, 90,
                    "Ana Lima", EXTRACT_KIND_PERSON);
    expect_claimant("Ana Lima diz que mais de 90 dos seus vizinhos foram detidos.", "pt", EXTRACT_EVENT_DETENTION, 90,
                    "Ana Lima", EXTRACT_KIND_PERSON);
}

/* "State Supreme Court Justice John Cataldo": the judge's name, not the court's run on into it. */
Test(whopick16, a_justice_is_named_after_the_court)
{
    expect_claimant("State Supreme Court Justice Ana Reyes found that 300 protesters were still being held.", "en",
                    EXTRACT_EVENT_HELD, 300, "Ana Reyes", EXTRACT_KIND_PERSON);
    /* "found" is no reporting verb: the clause's opening names the judge (a body, a title word, a person) */
    expect_claimant("County Court Judge Ana Reyes found on 3 May that 120 protesters were still being held.", "en",
                    EXTRACT_EVENT_HELD, 120, "Ana Reyes", EXTRACT_KIND_PERSON);
    /* distractor: the court itself */
    expect_claimant("The State Supreme Court found that 300 protesters were still being held.", "en",
                    EXTRACT_EVENT_HELD, 300, "State Supreme Court", EXTRACT_KIND_GOVERNMENT);
}

/* "fueron 917, y no los 875 que X había anunciado": the verb in the relative clause on 875 reports 875; 917 is the
 * revised figure of the clause before the colon, whose subject revised the report. */
Test(whopick16, a_revised_figure_is_the_reviser_s)
{
    expect_claimant("El Ministerio del Interior dio cifras. El ministerio ha corregido el balance de la noche: fueron 640 "
                    "los detenidos, y no los 610 que Ana Ruiz había anunciado.",
                    "es", EXTRACT_EVENT_DETENTION, 640, "Ministerio del Interior", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O Ministério do Interior deu números. O ministério corrigiu o balanço da noite: foram 640 os "
                    "detidos, e não os 610 que Ana Ruiz tinha anunciado.",
                    "pt", EXTRACT_EVENT_DETENTION, 640, "Ministério do Interior", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The Interior Ministry gave figures. The ministry corrected the tally of the night: 640 people were "
                    "arrested, not the 610 that Ana Ruiz had announced.",
                    "en", EXTRACT_EVENT_DETENTION, 640, "Interior Ministry", EXTRACT_KIND_GOVERNMENT);
    /* distractors: a verb after the count with no other count between keeps the figure; a clause before the colon
     * with no report in it names no one */
    expect_claimant("Fueron detenidas 640 personas, anunció Ana Ruiz.", "es", EXTRACT_EVENT_DETENTION, 640, "Ana Ruiz",
                    EXTRACT_KIND_PERSON);
    expect_claimant("La policía desalojó la plaza: 640 fueron detenidos.", "es", EXTRACT_EVENT_DETENTION, 640, NULL,
                    EXTRACT_KIND_UNKNOWN);
}
