/* test_heldlex19.c - the ways news text says people are held that no held rule read (nineteenth session,
 * "heldlex"; rules in patterns/{es,pt,en}/events19h.pat, and widened in events17.pat and en/events3.pat).
 * Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep their
 * output: capacity, things held, people freed after a term, arrests in a prison, people freed from a prison. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(heldlex19, .init = setup, .fini = teardown);

/* "in the rebels' hands", "en sus manos", "em suas mãos": the possessive form of "in the hands of". */
Test(heldlex19, in_someones_hands)
{
    expect_event("Some thirty engineers were in the militia's hands by nightfall.", "en", 30, HELD);
    expect_event("The faction says it has 14 border guards in its hands.", "en", 14, HELD);
    expect_event("La guerrilla asegura tener en sus manos a 14 guardias fronterizos.", "es", 14, HELD);
    expect_event("A facção diz ter em suas mãos 14 guardas de fronteira.", "pt", 14, HELD);
    /* distractor: a case in the hands of judges counts no one */
    expect_event("The fate of the case is in the hands of three judges.", "en", 3, NONE);
}

/* "believed to hold", "retiene al menos a", "detinham": holding people as a verb, not capacity. */
Test(heldlex19, holding_people_as_a_verb)
{
    expect_event("The clan is thought to hold at least four foreigners in the mountains.", "en", 4, HELD);
    expect_event("Se cree que la banda retiene al menos a cuatro extranjeros en la sierra.", "es", 4, HELD);
    expect_event("Calcula-se que os rebeldes detinham cerca de 90 reféns na selva.", "pt", 90, HELD);
    /* distractors: a capacity, and events held with people in them */
    expect_event("The new wing was built to hold 600 inmates.", "en", 600, NONE);
    expect_event("The union will hold two marches with 5,000 workers.", "en", 5000, NONE);
}

/* "tiene secuestradas a", "tem sequestradas": to have people kidnapped is to hold them, not the kidnapping. */
Test(heldlex19, having_people_taken_is_holding_them)
{
    expect_event("La banda tiene secuestrados a nueve comerciantes desde agosto.", "es", 9, HELD);
    expect_event("O bando tem sequestrados nove comerciantes desde agosto.", "pt", 9, HELD);
    /* distractor: the kidnapping itself stays an abduction */
    expect_event("La banda secuestró a nueve comerciantes en agosto.", "es", 9, DET);
}

/* "serving sentences", "cumpliendo condena", "a cumprir pena" after the noun, with no auxiliary. */
Test(heldlex19, serving_a_sentence_after_the_noun)
{
    expect_event("The charity listed 210 women serving sentences for minor thefts.", "en", 210, HELD);
    expect_event("La fundación registró 210 mujeres cumpliendo condena por hurtos menores.", "es", 210, HELD);
    expect_event("A fundação registou 210 mulheres a cumprir pena por pequenos furtos.", "pt", 210, HELD);
    /* distractors: freed once the term was served, and a part of a group just freed */
    expect_event("Some 210 women serving sentences for minor thefts will be released next week.", "en", 210, REL);
    expect_event("Unas 210 mujeres cumpliendo condena por hurtos menores serán excarceladas el lunes.", "es", 210, REL);
}

/* "held in detention camps", "held inside the building", "estuvieron detenidos en campos": custody in a place. */
Test(heldlex19, held_in_a_place_of_custody)
{
    expect_event("Records show some 12,000 villagers held in internment camps in 1957.", "en", 12000, HELD);
    expect_event("About 700 passengers were held inside the terminal overnight.", "en", 700, HELD);
    expect_event("Unas 12.000 personas estuvieron detenidas en campos de detención en 1957.", "es", 12000, HELD);
    expect_event("Cerca de 12 mil pessoas estiveram detidas em campos de detenção em 1957.", "pt", 12000, HELD);
    /* distractors: people freed from a prison, an arrest made in a prison, a meeting held in a city */
    expect_event("Some 45 fishermen held in Indian jails were freed on Monday.", "en", 45, REL);
    expect_event("Veinte reclusos fueron detenidos en la cárcel de Lima tras el motín.", "es", 20, DET);
    expect_event("Quarenta presos detidos em cadeias do sul recuperaram a liberdade.", "pt", 40, REL);
}

/* "sitting in police cells": the posture of custody, where "sitting" alone is a protest's. */
Test(heldlex19, sitting_in_cells_is_held)
{
    expect_event("By Monday about 70 teenagers were still sitting in police cells.", "en", 70, HELD);
    /* distractor: a sit-in counts no one held */
    expect_event("About 70 teenagers were still sitting outside the town hall.", "en", 70, NONE);
}

/* "había en prisiones españolas N": the place of custody before the count. */
Test(heldlex19, there_were_in_prison)
{
    expect_event("Había en las cárceles del país unos 640 internos extranjeros.", "es", 640, HELD);
    /* distractor: things in a city */
    expect_event("Había en la ciudad unos 640 comercios cerrados.", "es", 640, NONE);
}

/* People counted inside a place when it was seized are the hostages. */
Test(heldlex19, inside_when_the_place_was_seized)
{
    expect_event("Roughly 640 worshippers were inside the mosque when the gunmen stormed it.", "en", 640, HELD);
    expect_event("Unos 640 fieles estaban dentro de la mezquita cuando fue asaltada por los pistoleros.", "es", 640, HELD);
    expect_event("Cerca de 640 fiéis estavam dentro da mesquita quando foi invadida pelos atiradores.", "pt", 640, HELD);
    /* distractor: a crowd inside when something else happened */
    expect_event("Roughly 640 worshippers were inside the mosque when the prayers began.", "en", 640, NONE);
}

/* Holding people as hostages or prisoners, the state word after them or after "como". */
Test(heldlex19, kept_as_hostages)
{
    expect_event("For a week the mutineers held 75 guards hostage in the laundry.", "en", 75, HELD);
    expect_event("Durante una semana los amotinados mantuvieron como rehenes a 75 guardias.", "es", 75, HELD);
    expect_event("Durante uma semana os amotinados mantiveram como reféns 75 guardas.", "pt", 75, HELD);
    /* distractors: taking hostages is the abduction, meetings count no one */
    expect_event("Los amotinados tomaron como rehenes a 75 guardias.", "es", 75, DET);
    expect_event("The warden held 75 meetings with the unions last year.", "en", 75, NONE);
}

/* The prison population given with more verbs and nouns: "la población penal ronda", "chega a", "has fallen to". */
Test(heldlex19, prison_population)
{
    expect_event("La población penal del estado ronda las 23.000 personas.", "es", 23000, HELD);
    expect_event("A população prisional do estado chega a 23 mil pessoas.", "pt", 23000, HELD);
    expect_event("The state's jail population has fallen to about 23,000.", "en", 23000, HELD);
    /* distractor: a town's population is no one held */
    expect_event("The town's population has fallen to about 23,000.", "en", 23000, NONE);
}
