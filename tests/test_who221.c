/* test_who221.c - claimants (twenty-first session, second wave): a document named as the subject of a verb of saying
 * ("the statement says", "la nota precisa", "o comunicado refere") or after "according to" speaks for the body the
 * text named last, its maker. Sentences written for these tests, in Spanish, Portuguese and English, with
 * distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(who221, .init = setup, .fini = teardown);

#define GOV EXTRACT_KIND_GOVERNMENT
#define ORG EXTRACT_KIND_ORGANIZATION

/* "…, the statement says": the body that put it out, named in the sentence before (none carried without it). */
Test(who221, the_statement_speaks_for_the_body_named_before)
{
    expect_claimant("The Ohio Department of Rehabilitation released a written update on the riot on Tuesday. "
                    "Some 35 inmates were moved and remain held at another prison, the statement says.",
                    "en", EXTRACT_EVENT_HELD, 35, "Ohio Department of Rehabilitation", GOV);
    expect_claimant("The Ohio Department of Rehabilitation released a written update on the riot on Tuesday. "
                    "Some 35 inmates were moved and remain held at another prison, the note adds.",
                    "en", EXTRACT_EVENT_HELD, 35, "Ohio Department of Rehabilitation", GOV);
    /* distractors: the document as the subject before its verb kept its maker already (es, pt) */
    expect_claimant("La Dirección de Prisiones publicó el martes un comunicado sobre el motín. El comunicado "
                    "precisa que 35 reclusos fueron trasladados y siguen detenidos en otra cárcel.",
                    "es", EXTRACT_EVENT_HELD, 35, "Dirección de Prisiones", GOV);
    expect_claimant("A Direção-Geral dos Serviços Prisionais divulgou na terça-feira um comunicado sobre o motim. "
                    "A nota refere que 35 reclusos foram transferidos e continuam presos noutra cadeia.",
                    "pt", EXTRACT_EVENT_HELD, 35, "Direção-Geral dos Serviços Prisionais", GOV);
}

/* "según el comunicado, …": the same reference after the source word. */
Test(who221, according_to_the_communique)
{
    expect_claimant("La Cruz Roja Internacional difundió un comunicado tras la operación. Según el comunicado, 12 "
                    "rehenes fueron liberados en la frontera.",
                    "es", EXTRACT_EVENT_RELEASE, 12, "Cruz Roja Internacional", ORG);
    expect_claimant("La Dirección de Prisiones publicó el martes un comunicado sobre el motín. Según la nota, 35 "
                    "reclusos fueron trasladados y siguen detenidos en otra cárcel.",
                    "es", EXTRACT_EVENT_HELD, 35, "Dirección de Prisiones", GOV);
    expect_claimant("The International Red Cross put out a communiqué after the operation. According to the "
                    "communiqué, 12 hostages were freed at the border.",
                    "en", EXTRACT_EVENT_RELEASE, 12, "International Red Cross", ORG);
}

/* Distractors: "the same statement" keeps pointing at the figure just given, "the text" (a post's, a law's) and a
 * document with its maker after it are no reference to the body named before. */
Test(who221, distractors_keep_their_claimant)
{
    expect_claimant("The Ohio Department of Rehabilitation released a written update on Tuesday. A post shared "
                    "online claims 300 inmates remain held; the text says they are on hunger strike.",
                    "en", EXTRACT_EVENT_HELD, 300, NULL, GOV);
    expect_claimant("A Direção-Geral dos Serviços Prisionais divulgou um balanço na terça-feira. Uma publicação "
                    "nas redes sociais diz que 300 presos fazem greve de fome; o texto afirma que continuam detidos.",
                    "pt", EXTRACT_EVENT_HELD, 300, NULL, GOV);
}
