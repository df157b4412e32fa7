/* test_event221.c - the wrong event, second wave (twenty-first session): a pardon or amnesty that "has benefited" N
 * prisoners frees them in any tense, and a count in quotation marks right after a phrase of holding or releasing
 * ("afirmava ter em seu poder "mais de 30" soldados") takes that phrase's event instead of a release word that is not
 * about the people ("zonas libertadas"). Sentences written for these tests, in Spanish, Portuguese and English, with
 * distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(event221, .init = setup, .fini = teardown);

/* "han beneficiado a casi 90.000 presos": the people a pardon reached were freed, whatever the tense. */
Test(event221, a_pardon_that_has_benefited_prisoners_freed_them)
{
    expect_event("Según la Presidencia, los decretos de amnistía firmados desde 2010 han beneficiado a casi 90.000 "
                 "presos.", "es", 90000, REL);
    expect_event("Los dos indultos de la década beneficiaron a 4.000 reclusos.", "es", 4000, REL);
    expect_event("Segundo a Presidência, os decretos de amnistia assinados desde 2010 têm beneficiado quase 90.000 "
                 "presos.", "pt", 90000, REL);
    expect_event("According to the presidency, the amnesty decrees signed since 2010 have benefited nearly 90,000 "
                 "prisoners.", "en", 90000, REL);
    /* distractors: people a reform benefited are none of ours; prisoners still inside stay held */
    expect_event("Según el ministerio, la reforma ha beneficiado a 3.000 familias.", "es", 3000, NONE);
    expect_event("Según el ministerio, 3.000 presos siguen en las cárceles, aunque el indulto ha beneficiado a otros.",
                 "es", 3000, HELD);
}

/* "ter em seu poder "mais de 30" soldados": a figure quoted from the captors' statement is still the object of the
 * phrase before it; the release word later ("zonas libertadas", a name for territory) is not about them. */
Test(event221, a_quoted_count_after_a_phrase_of_holding)
{
    expect_event("Num comunicado, a guerrilha afirmava ter em seu poder \"mais de 30\" soldados, espalhados pelas "
                 "chamadas zonas libertadas.", "pt", 30, HELD);
    expect_event("En un comunicado, la guerrilla afirmaba tener en su poder \"más de 30\" soldados, repartidos por las "
                 "llamadas zonas liberadas.", "es", 30, HELD);
    expect_event("La guerrilla retiene «veinte» soldados en las zonas liberadas.", "es", 20, HELD);
    expect_event("The front said it was keeping \"forty\" people in the hills.", "en", 40, HELD);
    expect_event("The front said it was keeping \"about 40\" people in the hills.", "en", 40, HELD);
    expect_event("El tribunal ordenó la libertad de \"cuarenta\" manifestantes.", "es", 40, REL);
    /* distractors: the same phrases with no quotation marks keep their event */
    expect_event("Num comunicado, a guerrilha afirmava ter em seu poder mais de 30 soldados.", "pt", 30, HELD);
    expect_event("The court ordered the release of \"forty\" protesters.", "en", 40, REL);
    expect_event("The hijackers let out \"more than 30\" passengers at dawn.", "en", 30, REL);
    expect_event("La guerrilla liberó a \"más de 30\" soldados en las zonas liberadas.", "es", 30, REL);
}
