/* test_reply26.c - a second speaker of the same figure (twenty-sixth session, claims.c S_reply, reply26.pat): a
 * sentence with no count of its own whose named speaker denies the category ("there are no political prisoners",
 * "no hay presos políticos", "não há presos políticos") answers the last figure of people held a source gave
 * just before, and one that rejects or denies a figure named by a noun ("rejected that figure", "rechazó esa
 * cifra", "desmentiu esses números") answers the last figure of any event: each is the speaker's own claim of that
 * figure, with the verb's stance. Distractors: a rejection that is negated ("never confirmed nor denied those
 * numbers"), a category denial after a figure of people freed, a figure that is itself a dispute, and a figure
 * answered again later with the figure. Sentences written for these tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(reply26, .init = setup, .fini = teardown);

#define HELD EXTRACT_EVENT_HELD
#define DTN EXTRACT_EVENT_DETENTION
#define REL EXTRACT_EVENT_RELEASE

/* A denial of the category answers the NGO's count of political prisoners. */
Test(reply26, a_category_denial_answers_the_count_of_prisoners)
{
    expect_reply("La organización Justicia Ya contabiliza 640 presos políticos en el país. El ministro Julio Paredes "
                 "sostiene que no hay presos políticos, sino delincuentes.",
                 "es", HELD, 640, "Paredes", EXTRACT_STANCE_DENIES);
    expect_reply("A organização Justiça Já contabiliza 640 presos políticos no país. O ministro Júlio Paredes afirma "
                 "que não há presos políticos, apenas criminosos.",
                 "pt", HELD, 640, "Paredes", EXTRACT_STANCE_DENIES);
    expect_reply("The group Justice Now counts 640 political prisoners in the country. Interior Minister Julio "
                 "Paredes said there are no political prisoners, only criminals.",
                 "en", HELD, 640, "Paredes", EXTRACT_STANCE_DENIES);
}

/* A figure named by a noun after a rejecting verb is the one given just before. */
Test(reply26, a_rejected_figure_named_by_a_noun_is_the_one_before)
{
    expect_reply("El colectivo Calle Libre afirmó que 300 manifestantes fueron detenidos el lunes. El ministro Julio "
                 "Paredes dijo que el Gobierno rechaza esa cifra.",
                 "es", DTN, 300, "Paredes", EXTRACT_STANCE_DISPUTES);
    expect_reply("O coletivo Rua Livre afirmou que 300 manifestantes foram detidos na segunda-feira. O ministro Júlio "
                 "Paredes disse que o Governo rejeita esse número.",
                 "pt", DTN, 300, "Paredes", EXTRACT_STANCE_DISPUTES);
    expect_reply("The collective Free Street said 300 protesters were arrested on Monday. Minister Julio Paredes "
                 "said the government rejected that figure.",
                 "en", DTN, 300, "Paredes", EXTRACT_STANCE_DISPUTES);
    expect_reply("El colectivo Calle Libre afirmó que 300 manifestantes fueron detenidos el lunes. El ministro Julio "
                 "Paredes dijo que el Gobierno desmiente esas cifras.",
                 "es", DTN, 300, "Paredes", EXTRACT_STANCE_DENIES);
    expect_reply("O coletivo Rua Livre afirmou que 300 manifestantes foram detidos na segunda-feira. O ministro Júlio "
                 "Paredes disse que o Governo desmente esses números.",
                 "pt", DTN, 300, "Paredes", EXTRACT_STANCE_DENIES);
    expect_reply("The collective Free Street said 300 protesters were arrested on Monday. Minister Julio Paredes "
                 "said the government denied those figures.",
                 "en", DTN, 300, "Paredes", EXTRACT_STANCE_DENIES);
}

/* Distractors: a negated rejection answers nothing. */
Test(reply26, a_negated_rejection_answers_nothing)
{
    cr_expect_eq(count_claims("El colectivo Calle Libre afirmó que 300 manifestantes fueron detenidos. El ministro "
                              "Julio Paredes nunca confirmó ni desmintió esas cifras.",
                              "es", DTN, 300),
                 1);
    cr_expect_eq(count_claims("O coletivo Rua Livre afirmou que 300 manifestantes foram detidos. O ministro Júlio "
                              "Paredes nunca confirmou nem desmentiu esses números.",
                              "pt", DTN, 300),
                 1);
    cr_expect_eq(count_claims("The collective Free Street said 300 protesters were arrested. Minister Julio Paredes "
                              "has never confirmed nor denied those figures.",
                              "en", DTN, 300),
                 1);
}

/* Distractors: a denial of political prisoners does not answer a figure of people freed. */
Test(reply26, a_category_denial_does_not_answer_a_release)
{
    cr_expect_eq(count_claims("La organización Justicia Ya informó que 45 opositores fueron excarcelados el martes. "
                              "El ministro Julio Paredes sostiene que no hay presos políticos.",
                              "es", REL, 45),
                 1);
    cr_expect_eq(count_claims("A organização Justiça Já informou que 45 opositores foram libertados na terça-feira. "
                              "O ministro Júlio Paredes afirma que não há presos políticos.",
                              "pt", REL, 45),
                 1);
    cr_expect_eq(count_claims("The group Justice Now said 45 opponents were freed on Tuesday. Minister Julio Paredes "
                              "insists there are no political prisoners.",
                              "en", REL, 45),
                 1);
}

/* Distractors: when the figure is answered again later with the figure, the figure-less sentence adds nothing. */
Test(reply26, a_figure_answered_again_later_is_answered_once)
{
    cr_expect_eq(count_claims("La organización Justicia Ya contabiliza 640 presos políticos en el país. El ministro "
                              "Julio Paredes sostiene que no hay presos políticos.\n\nEl fiscal Mario Soto calificó "
                              "de falsa la cifra de 640 presos políticos.",
                              "es", HELD, 640),
                 2);
    cr_expect_eq(count_claims("A organização Justiça Já contabiliza 640 presos políticos no país. O ministro Júlio "
                              "Paredes afirma que não há presos políticos.\n\nO procurador Mário Soto disse que o "
                              "número de 640 presos políticos é falso.",
                              "pt", HELD, 640),
                 2);
    cr_expect_eq(count_claims("The group Justice Now counts 640 political prisoners in the country. Minister Julio "
                              "Paredes insists there are no political prisoners.\n\nProsecutor Mario Soto said the "
                              "figure of 640 political prisoners was false.",
                              "en", HELD, 640),
                 2);
}
