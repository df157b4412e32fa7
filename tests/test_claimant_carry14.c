/* test_claimant_carry14.c - claimants across sentences, fourteenth session: a reporting verb with no subject of
 * its own ('«…», afirmó en una rueda de prensa', 'según ha detallado', 'segundo explicou') goes on with whom the
 * sentence before gave the floor; a name after a link word and its article ("el jefe de la Policía de X, Y") only
 * says whose title that is. Sentences written for these tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(carry14_es, .init = setup, .fini = teardown);
TestSuite(carry14_pt, .init = setup, .fini = teardown);
TestSuite(carry14_en, .init = setup, .fini = teardown);

/* ---- a verb after a closing « » quotation, with no subject named, is the speaker before ---- */

Test(carry14_es, verb_after_guillemets_continues_the_speaker)
{
    expect_claimant("El ministro del Interior, Rafael Soto, calificó el martes de exageradas las cifras de la oposición. "
                    "«No hemos arrestado ni a 3.000 personas», afirmó en una comparecencia en la capital.",
                    "es", EXTRACT_EVENT_DETENTION, 3000, "Rafael Soto", EXTRACT_KIND_PERSON);
}

Test(carry14_pt, verb_after_guillemets_continues_the_speaker)
{
    expect_claimant("O ministro do Interior, Rafael Soto, classificou na terça-feira de exagerados os números da "
                    "oposição. «Menos de 3.000 pessoas foram detidas em todo o país», afirmou numa conferência de "
                    "imprensa na capital.",
                    "pt", EXTRACT_EVENT_DETENTION, 3000, "Rafael Soto", EXTRACT_KIND_PERSON);
}

Test(carry14_en, quoted_figure_with_pronoun_speaker)
{
    /* English names the subject ("he told"): the pronoun goes back to the minister */
    expect_claimant("Interior Minister Rafael Soto dismissed the opposition's figures on Tuesday as exaggerated. "
                    "«Fewer than 3,000 people have been arrested», he told a news conference in the capital.",
                    "en", EXTRACT_EVENT_DETENTION, 3000, "Rafael Soto", EXTRACT_KIND_PERSON);
}

/* ---- "según ha detallado", "segundo explicou": "as he detailed", no subject at all ---- */

Test(carry14_es, as_clause_without_subject_continues_the_speaker)
{
    expect_claimant("El jefe interino de la Policía de Halifax, Marcos Gil, compareció el martes ante la prensa. De los "
                    "arrestados, según ha detallado, 52 han quedado en libertad con condiciones.",
                    "es", EXTRACT_EVENT_RELEASE, 52, "Marcos Gil", EXTRACT_KIND_PERSON);
}

Test(carry14_pt, as_clause_without_subject_continues_the_speaker)
{
    expect_claimant("O chefe interino da Polícia de Halifax, Marcos Gil, falou na terça-feira aos jornalistas. Dos "
                    "detidos, segundo explicou, 52 foram libertados com condições.",
                    "pt", EXTRACT_EVENT_RELEASE, 52, "Marcos Gil", EXTRACT_KIND_PERSON);
}

Test(carry14_en, as_clause_with_pronoun_continues_the_speaker)
{
    expect_claimant("The acting chief of the Halifax Police, Mark Gill, spoke to reporters on Tuesday. Of those "
                    "arrested, he said, 52 have been released on conditions.",
                    "en", EXTRACT_EVENT_RELEASE, 52, "Mark Gill", EXTRACT_KIND_PERSON);
}

/* ---- the subject after the verb of the "as" clause is the source, not the speaker before ---- */

Test(carry14_es, as_clause_with_its_own_subject_keeps_it)
{
    expect_claimant("El alcalde Rafael Soto visitó el martes la comisaría. De los arrestados, según ha detallado la "
                    "policía regional, 52 han quedado en libertad.",
                    "es", EXTRACT_EVENT_RELEASE, 52, "policía regional", EXTRACT_KIND_GOVERNMENT);
}

Test(carry14_pt, as_clause_with_its_own_subject_keeps_it)
{
    expect_claimant("O presidente da câmara, Rafael Soto, visitou na terça-feira a esquadra. Dos detidos, segundo "
                    "informou a polícia regional, 52 foram libertados.",
                    "pt", EXTRACT_EVENT_RELEASE, 52, "polícia regional", EXTRACT_KIND_GOVERNMENT);
}

/* ---- the body after "de la" in a title is whose title it is: the person in apposition speaks ---- */

Test(carry14_es, body_in_a_title_is_not_the_speaker)
{
    expect_claimant("El jefe interino de la Policía de Halifax, Marcos Gil, compareció el martes ante la prensa. "
                    "Explicó que 52 detenidos han quedado en libertad con condiciones.",
                    "es", EXTRACT_EVENT_RELEASE, 52, "Marcos Gil", EXTRACT_KIND_PERSON);
}

Test(carry14_pt, body_in_a_title_is_not_the_speaker)
{
    expect_claimant("A diretora interina da Polícia de Halifax, Marta Gil, falou na terça-feira aos jornalistas. "
                    "Explicou que 52 detidos foram libertados com condições.",
                    "pt", EXTRACT_EVENT_RELEASE, 52, "Marta Gil", EXTRACT_KIND_PERSON);
}

Test(carry14_en, body_in_a_title_is_not_the_speaker)
{
    expect_claimant("The acting chief of the Halifax Police, Mark Gill, spoke to reporters on Tuesday. In a short "
                    "briefing, he said 52 people had been released on conditions.",
                    "en", EXTRACT_EVENT_RELEASE, 52, "Mark Gill", EXTRACT_KIND_PERSON);
}
