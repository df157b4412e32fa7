/* test_who28.c - claimants (twenty-eighth session): before whom a verb was said is no speaker ("declaró ante el
 * Parlamento que", "declarou perante o Parlamento que", "said before Parliament that": lexicon told_words), and a
 * body restated by its acronym after a person's title ("X, directora de la Liga Y, la LDC, contó", "X, diretora da
 * Liga Y, a LDC, contou", "X, director of the Y League, the LDC, told") leaves the person the subject (subjects.c,
 * S_restating_aside). Sentences written for these tests, in Spanish, Portuguese and English, with distractors
 * that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(who28, .init = setup, .fini = teardown);

#define HELD EXTRACT_EVENT_HELD
#define DTN EXTRACT_EVENT_DETENTION
#define ORG EXTRACT_KIND_ORGANIZATION
#define PER EXTRACT_KIND_PERSON

/* A titled person said something before a body: the person speaks, not the body. */
Test(who28, before_whom_a_verb_was_said_is_no_speaker)
{
    expect_claimant("El ministro del Interior, Pedro Gómez, declaró ante el Parlamento que 816 personas habían sido "
                    "detenidas desde el inicio de las protestas.",
                    "es", DTN, 816, "Pedro Gómez", PER);
    expect_claimant("O ministro do Interior, Pedro Gomes, declarou perante o Parlamento que 816 pessoas tinham sido "
                    "detidas desde o início dos protestos.",
                    "pt", DTN, 816, "Pedro Gomes", PER);
    expect_claimant("The interior minister, Peter Gomes, said before Parliament that 816 people had been detained "
                    "since the protests began.",
                    "en", DTN, 816, "Peter Gomes", PER);
}

/* Distractors: with no aside the subject was found already; an inverted subject after the verb still speaks. */
Test(who28, an_inverted_subject_still_speaks)
{
    expect_claimant("Ayer, ante la prensa, declaró el ministro Pedro Gómez que 816 personas habían sido detenidas.",
                    "es", DTN, 816, "Pedro Gómez", PER);
    expect_claimant("Pedro Gomes declarou perante o Senado que 816 pessoas tinham sido detidas.", "pt", DTN, 816,
                    "Pedro Gomes", PER);
    expect_claimant("Peter Gomes told Parliament that 816 people had been detained.", "en", DTN, 816, "Peter Gomes",
                    PER);
}

/* A body restated by its acronym after a person's title: the person speaks. */
Test(who28, an_acronym_restating_the_body_of_a_title_keeps_the_person)
{
    expect_claimant("Marta Ruiz, directora de la Liga de Derechos Civiles, la LDC, contó a esta emisora que al menos "
                    "cuarenta personas seguían encerradas en la comisaría.",
                    "es", HELD, 40, "Marta Ruiz", PER);
    expect_claimant("Marta Ruiz, diretora da Liga dos Direitos Civis, a LDC, contou à rádio que pelo menos 40 pessoas "
                    "continuavam detidas na esquadra.",
                    "pt", HELD, 40, "Marta Ruiz", PER);
    expect_claimant("Martha Reed, director of the Civil Rights League, the CRL, told the radio that at least 40 "
                    "people were still held at the station.",
                    "en", HELD, 40, "Martha Reed", PER);
}

/* Distractors: a body restated right after its own name (no title aside before it) is itself the subject. */
Test(who28, a_body_restated_by_its_acronym_is_the_subject)
{
    expect_claimant("La Liga de Derechos Civiles, la LDC, dijo que 40 personas siguen presas.", "es", HELD, 40,
                    "Liga de Derechos Civiles", ORG);
    expect_claimant("A Liga dos Direitos Civis, a LDC, disse que 40 pessoas continuam presas.", "pt", HELD, 40,
                    "Liga dos Direitos Civis", ORG);
    expect_claimant("The Civil Rights League, the CRL, said that 40 people remain in custody.", "en", HELD, 40,
                    "Civil Rights League", ORG);
}
