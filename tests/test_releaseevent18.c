/* test_releaseevent18.c - which event a figure is (eighteenth session, releases read as held and held read as
 * releases): the way out of a siege told by who brings the captives out, a verdict phrase describing people who then
 * walk free, and releases asked for in a list of demands or named as a demand. Sentences written for these tests,
 * in Spanish, Portuguese and English, with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(releaseevent18, .init = setup, .fini = teardown);

/* "salió con 26 rehenes", "brought out 26 hostages": whoever comes out with the captives brings them out. */
Test(releaseevent18, coming_out_with_captives_frees_them)
{
    expect_event("El negociador entró en el cuartel y salió con 14 rehenes heridos.", "es", 14, REL);
    expect_event("O negociador entrou no quartel e saiu com 14 reféns feridos.", "pt", 14, REL);
    expect_event("The negotiator went into the barracks and brought out 14 hostages.", "en", 14, REL);
    expect_event("The negotiator went into the barracks and came out with 14 hostages.", "en", 14, REL);
    /* those carried out of the seized building alive (the site list) */
    expect_event("Os bombeiros disseram que 90 reféns foram retirados com vida do prédio.", "pt", 90, REL);
    /* an infinitive "pôr em liberdade" before the figure */
    expect_event("O coronel disse que a sua mediação permitiu pôr em liberdade, nesta semana, 55 reféns.", "pt", 55, REL);
    /* distractors: captives named with no way out keep their default, and things brought out are no one */
    expect_event("El negociador dijo que en el cuartel quedan 14 rehenes.", "es", 14, HELD);
    expect_event("O negociador disse que no quartel há 14 reféns.", "pt", 14, HELD);
    expect_event("The negotiator said the gunmen hold 14 hostages in the barracks.", "en", 14, HELD);
    expect_event("The committee brought out 14 new proposals.", "en", 14, NONE);
}

/* "Six men jailed for life … walked free": the verdict describes the people; the release is what happened. */
Test(releaseevent18, people_described_by_a_verdict_walk_free)
{
    expect_event("Four men jailed for life over the fire walked free from the appeal court on Monday.", "en", 4, REL);
    expect_event("Four men imprisoned for 20 years over the fire were released on Monday.", "en", 4, REL);
    /* es/pt read the bare participle with a term as no verdict already; the release stays */
    expect_event("Cuatro hombres condenados a cadena perpetua por el incendio salieron en libertad el lunes.", "es", 4, REL);
    expect_event("Quatro homens condenados a prisão perpétua pelo incêndio foram libertados na segunda-feira.", "pt", 4, REL);
    /* distractors: a finite verdict is the main verb, and a verdict with no release stays held */
    expect_event("Four men were jailed for life over the fire on Monday.", "en", 4, HELD);
    expect_event("Four men jailed for life over the fire lost their appeal on Monday.", "en", 4, HELD);
    expect_event("Cuatro hombres fueron condenados a cadena perpetua por el incendio.", "es", 4, HELD);
}

/* "El pliego era: dinero, un avión y la libertad de 311 presos": a release asked for says they are held. */
Test(releaseevent18, releases_in_a_list_of_demands_are_held)
{
    expect_event("Las exigencias del comando eran claras: un avión, dinero y la liberación de 40 presos.", "es", 40, HELD);
    expect_event("As exigências do comando eram claras: um avião, dinheiro e a libertação de 40 presos.", "pt", 40, HELD);
    expect_event("The gang's demands were clear: a plane, money and the release of 40 prisoners.", "en", 40, HELD);
    /* named as a demand by its predicate */
    expect_event("La liberación de 40 presos será una de las primeras exigencias de la oposición.", "es", 40, HELD);
    expect_event("A libertação de 40 presos será uma das primeiras exigências da oposição.", "pt", 40, HELD);
    expect_event("The release of 40 prisoners will be one of the first demands of the opposition.", "en", 40, HELD);
    /* distractors: a release told as done stays a release, colon or not */
    expect_event("El Gobierno lo anunció así: la liberación de 40 presos se hizo el lunes.", "es", 40, REL);
    expect_event("A libertação de 40 presos foi anunciada na segunda-feira.", "pt", 40, REL);
    expect_event("The release of 40 prisoners was announced on Monday.", "en", 40, REL);
}
