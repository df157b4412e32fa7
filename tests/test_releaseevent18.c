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

/* "cifrar en 90 los detenidos liberados … y en 95 los que aún permanecían retenidos": a release word that is an
 * earlier figure's noun does not govern a later figure whose own relative clause holds them. */
Test(releaseevent18, a_release_of_an_earlier_figure_does_not_govern_the_next)
{
    expect_event("La fiscalía cifró en 60 los detenidos liberados tras el pago y en 35 los que aún seguían retenidos.", "es", 35, HELD);
    expect_event("O procurador fixou em 60 os detidos libertados após o pagamento e em 35 os que ainda continuavam retidos.", "pt", 35, HELD);
    /* distractors: the first figure keeps its release, and a release governing the figure from before it stays */
    expect_event("La fiscalía cifró en 60 los detenidos liberados tras el pago y en 35 los que aún seguían retenidos.", "es", 60, REL);
    expect_event("A libertação, na quinta-feira, de 67 jovens que estavam presos foi confirmada.", "pt", 67, REL);
    expect_event("The release on Thursday of 67 young men who were being held was confirmed.", "en", 67, REL);
}

/* '"cinco americanos inocentes" que estavam encarcerados … voltavam para casa': a quoted phrase before a relative
 * clause still lets the main verb after the clause say what happened. */
Test(releaseevent18, a_quoted_phrase_before_a_relative_clause)
{
    expect_event("El ministro celebró que \"siete periodistas extranjeros\" que estaban encarcelados en el país volvieron a casa.", "es", 7, REL);
    expect_event("O ministro celebrou que \"sete jornalistas estrangeiros\" que estavam encarcerados no país voltaram para casa.", "pt", 7, REL);
    expect_event("The minister hailed that \"seven foreign reporters\" who were jailed in the country had returned home.", "en", 7, REL);
    /* distractor: with no main verb after the clause, the people stay held */
    expect_event("El ministro recordó que \"siete periodistas extranjeros\" siguen encarcelados en el país.", "es", 7, HELD);
}

/* "salieron de Libertad y del penal de Punta de Rieles algo más de doscientos presos": two places left, one named. */
Test(releaseevent18, leaving_two_prisons_one_named)
{
    expect_event("En una semana salieron de Ilava y de la cárcel de Trnava unas 150 presas.", "es", 150, REL);
    expect_event("Numa semana saíram de Caxias e da prisão de Peniche cerca de 150 presos.", "pt", 150, REL);
    /* distractors: leaving home and work is no release; prisoners moved between two prisons are held */
    expect_event("Unas 150 presas fueron trasladadas de Ilava a la cárcel de Trnava.", "es", 150, HELD);
    expect_event("Cerca de 150 presos foram transferidos de Caxias para a prisão de Peniche.", "pt", 150, HELD);
}

/* "Trinta pessoas abrangidas pela amnistia …, continuam atrás das grades": whom a measure reached, told by a
 * participle right after the people, are where the later phrase of holding says; those left out of an amnesty stay
 * in prison. */
Test(releaseevent18, reached_by_a_pardon_yet_still_held)
{
    expect_event("Treinta personas beneficiadas por la amnistía decretada en agosto por el presidente, Juan Pérez, siguen en prisión.", "es", 30, HELD);
    expect_event("Trinta pessoas abrangidas pela amnistia decretada em agosto pelo Presidente, João Pereira, continuam atrás das grades.", "pt", 30, HELD);
    expect_event("Thirty prisoners pardoned in August by the president remain behind bars.", "en", 30, HELD);
    expect_event("El presidente precisó que quedarían excluidos de la amnistía unos sesenta militares.", "es", 60, HELD);
    expect_event("O presidente precisou que ficariam excluídos da amnistia cerca de sessenta militares.", "pt", 60, HELD);
    expect_event("The president said some sixty soldiers would be excluded from the amnesty.", "en", 60, HELD);
    /* distractors: the measure's people freed, and a release after the participle */
    expect_event("Treinta personas beneficiadas por la amnistía salieron de prisión el lunes.", "es", 30, REL);
    expect_event("Trinta pessoas abrangidas pela amnistia saíram da prisão na segunda-feira.", "pt", 30, REL);
    expect_event("Thirty prisoners pardoned in August were freed on Monday.", "en", 30, REL);
}

/* "solo 22 de los acusados habían completado los trámites y abandonado el centro de detención": a participle of
 * leaving coordinated after another verb's auxiliary is a release. */
Test(releaseevent18, a_coordinated_participle_of_leaving_prison)
{
    expect_event("Un portavoz declaró que solo 22 de los activistas habían completado los trámites y abandonado el centro de detención.", "es", 22, REL);
    expect_event("Um porta-voz declarou que só 22 dos ativistas tinham concluído os trâmites e abandonado o centro de detenção.", "pt", 22, REL);
    /* distractors: English has a finite verb already, and staying there is held */
    expect_event("A spokesman said only 22 of the activists had completed the paperwork and left the detention centre.", "en", 22, REL);
    expect_event("Los 22 activistas habían completado los trámites y seguían en el centro de detención.", "es", 22, HELD);
}
