/* test_heldevent18.c - held vs detention (eighteenth session): people kept in custody after their arrest by an order
 * or a night in a cell are held, whatever their noun says of their arrest; custody reached "already" in a sweep, and
 * arrested people counted across cities, are a tally of arrests. Sentences written for these tests, in Spanish,
 * Portuguese and English, with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(heldevent18, .init = setup, .fini = teardown);

/* "decretó la prisión preventiva de 12 de los detenidos": the order governs the count from before it. */
Test(heldevent18, a_remand_order_before_the_count_makes_it_held)
{
    expect_event("La jueza decretó la prisión preventiva de 12 de los detenidos en la protesta.", "es", 12, HELD);
    expect_event("O juiz decretou a prisão preventiva de 12 dos detidos no protesto.", "pt", 12, HELD);
    expect_event("The judge ordered the pre-trial detention of 12 of the protesters arrested on Sunday.", "en", 12, HELD);
    /* distractors: the arrests themselves, and a release order, keep their event */
    expect_event("La policía detuvo a 30 manifestantes en la plaza.", "es", 30, DET);
    expect_event("O juiz decretou a libertação de 12 dos detidos no protesto.", "pt", 12, REL);
    expect_event("The judge ordered the release of 12 of the protesters arrested on Sunday.", "en", 12, REL);
}

/* "Quince de los arrestados dormirán esta noche en el calabozo": a night in a cell is custody now. */
Test(heldevent18, a_night_in_a_cell_is_held)
{
    expect_event("Quince de los arrestados en la marcha dormirán esta noche en el calabozo.", "es", 15, HELD);
    expect_event("Quinze dos detidos na marcha vão dormir esta noite na cadeia.", "pt", 15, HELD);
    expect_event("Fifteen of those arrested at the march will sleep in a cell tonight.", "en", 15, HELD);
    /* distractor: a night in a shelter is nobody's custody; the arrested keep theirs */
    expect_event("Quince de los arrestados en la marcha fueron puestos en libertad.", "es", 15, REL);
}

/* "sent to a detention camp", "served with two-year detention orders": held, and the length is no count. */
Test(heldevent18, sent_to_a_camp_is_held_and_a_hyphened_length_is_no_count)
{
    expect_event("Treinta de los detenidos fueron enviados a un campo de internamiento en el norte.", "es", 30, HELD);
    expect_event("Trinta dos detidos foram enviados para um campo de detenção no norte.", "pt", 30, HELD);
    expect_event("Thirty of those detained were served with two-year detention orders.", "en", 30, HELD);
    expect_event("Thirty of those detained were served with two-year detention orders.", "en", 2, NONE);
    expect_event("Thirty of those detained were sent to the Bukit detention camp.", "en", 30, HELD);
    /* distractor: a figure before a unit with no hyphen is still vetoed, the people keep their arrest */
    expect_event("Police detained 45 people for three days.", "en", 45, DET);
}

/* "200 people were already in custody": custody reached already in a sweep is the tally of its arrests. */
Test(heldevent18, custody_reached_already_is_a_tally_of_arrests)
{
    expect_event("Al caer la noche, unas 150 personas ya estaban en los calabozos.", "es", 150, DET);
    expect_event("Ao cair da noite, cerca de 150 pessoas já estavam nas celas.", "pt", 150, DET);
    expect_event("By nightfall about 150 people were already in custody.", "en", 150, DET);
    expect_event("Our lawyers counted 640 detainees in at least 20 cities.", "en", 640, DET);
    /* distractors: the plain state stays held */
    expect_event("Unas 150 personas seguían bajo custodia el lunes.", "es", 150, HELD);
    expect_event("Cerca de 150 pessoas continuavam sob custódia na segunda-feira.", "pt", 150, HELD);
    expect_event("About 150 people were still in custody on Monday.", "en", 150, HELD);
    expect_event("About 150 people were in custody on Monday.", "en", 150, HELD);
}

/* "la mayor operación que se recuerda": an impersonal "se recuerda" reports nothing, and does not cut the clause. */
Test(heldevent18, an_impersonal_se_recuerda_is_no_report)
{
    expect_event("Doce de las personas detenidas el sábado en el mayor operativo policial que se recuerda en la región duermen ya en prisión.", "es", 12, HELD);
}
