/* test_claimant_reach14.c - claimant reach, fourteenth session: where a reporting verb's subject or a source word's
 * complement stands and no actor was read there, the plain noun phrase standing there is the claimant ("la oficina
 * del alguacil del condado de X eleva a…", "…, the Diocese of X said", "segundo fontes do Judiciário…"), its kind
 * read from its head words; a phrase with no known head word, a bare noun referring back, a negation or a pronoun
 * names nobody. Sentences written for these tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(reach14_es, .init = setup, .fini = teardown);
TestSuite(reach14_pt, .init = setup, .fini = teardown);
TestSuite(reach14_en, .init = setup, .fini = teardown);

/* ---- the phrase before the verb ---- */

Test(reach14_es, phrase_before_the_verb)
{
    expect_claimant("La oficina del alguacil del condado de Pima eleva a 63 el número de manifestantes detenidos.", "es",
                    EXTRACT_EVENT_DETENTION, 63, "oficina del alguacil del condado de Pima", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Las autoridades liberaron a 40 presos el lunes, el arzobispado de Managua informó.", "es",
                    EXTRACT_EVENT_RELEASE, 40, "arzobispado de Managua", EXTRACT_KIND_ORGANIZATION);
}

Test(reach14_pt, phrase_before_the_verb)
{
    expect_claimant("O governo libertou 40 presos na segunda-feira, a diocese de Bragança informou.", "pt",
                    EXTRACT_EVENT_RELEASE, 40, "diocese de Bragança", EXTRACT_KIND_ORGANIZATION);
}

Test(reach14_en, phrase_before_the_verb)
{
    expect_claimant("The government has freed 40 prisoners, the Diocese of Nampula said on Monday.", "en",
                    EXTRACT_EVENT_RELEASE, 40, "Diocese of Nampula", EXTRACT_KIND_ORGANIZATION);
}

/* ---- the phrase after an inverted verb ---- */

Test(reach14_es, phrase_after_the_verb)
{
    expect_claimant("Las autoridades liberaron a 40 presos el lunes, informó la diócesis de la ciudad.", "es",
                    EXTRACT_EVENT_RELEASE, 40, "diócesis de la ciudad", EXTRACT_KIND_ORGANIZATION);
}

Test(reach14_pt, phrase_after_the_verb)
{
    expect_claimant("O governo libertou 40 presos na segunda-feira, informou a diocese de Bragança.", "pt",
                    EXTRACT_EVENT_RELEASE, 40, "diocese de Bragança", EXTRACT_KIND_ORGANIZATION);
}

/* ---- the complement of a source word ---- */

Test(reach14_es, phrase_after_a_source_word)
{
    expect_claimant("Según fuentes del Poder Judicial provincial, 25 de los arrestados siguen detenidos.", "es",
                    EXTRACT_EVENT_HELD, 25, "fuentes del Poder Judicial provincial", EXTRACT_KIND_GOVERNMENT);
}

Test(reach14_pt, phrase_after_a_source_word)
{
    expect_claimant("Segundo fontes do Judiciário estadual, 25 dos detidos continuam presos.", "pt", EXTRACT_EVENT_HELD,
                    25, "fontes do Judiciário estadual", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Dos 70 detidos, 25 continuavam presos ontem, segundo a imprensa local da época.", "pt",
                    EXTRACT_EVENT_HELD, 25, "imprensa local", EXTRACT_KIND_MEDIA);
}

Test(reach14_en, phrase_after_a_source_word)
{
    expect_claimant("According to sources of the provincial judiciary, 25 of those arrested remain in custody.", "en",
                    EXTRACT_EVENT_HELD, 25, "sources of the provincial judiciary", EXTRACT_KIND_GOVERNMENT);
}

/* ---- phrases that name nobody ---- */

Test(reach14_es, phrases_naming_nobody)
{
    expect_claimant("Ninguna fuente dice que 40 personas sigan detenidas.", "es", EXTRACT_EVENT_HELD, 40, NULL, 0);
    expect_claimant("Las cifras oficiales hablan de 40 detenidos.", "es", EXTRACT_EVENT_DETENTION, 40, NULL, 0);
}

Test(reach14_pt, phrases_naming_nobody)
{
    expect_claimant("Nenhuma fonte diz que 40 pessoas continuam presas.", "pt", EXTRACT_EVENT_HELD, 40, NULL, 0);
}

Test(reach14_en, phrases_naming_nobody)
{
    expect_claimant("No source says that 40 people remain in custody.", "en", EXTRACT_EVENT_HELD, 40, NULL, 0);
    /* a phrase with no head word the rules know: kind unknown, so nobody rather than a guess */
    expect_claimant("Officials freed 40 prisoners on Monday, the local choir said.", "en", EXTRACT_EVENT_RELEASE, 40, NULL,
                    0);
}
