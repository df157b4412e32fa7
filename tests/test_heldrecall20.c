/* test_heldrecall20.c - held figures that got no claim (twentieth session, "heldrecall"): a demand that names the
 * party asked ("called on Israel to release", "pidió al Gobierno que deje en libertad", "instou o governo a
 * libertar"), a demand's second object, swaps offered for the release of people, a night in custody, sitting in
 * prison, a single place of custody holding people, and a figure whose people are named after a colon when the
 * figure is not definite. Rules in patterns/{es,pt,en}/events20h.pat; the
 * colon in extract/counts.c (S_names_counted). Sentences written for these tests, in Spanish, Portuguese and
 * English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(heldrecall20, .init = setup, .fini = teardown);

/* Asking another party to free people says they are still held (docs/corpus.md: a demand is held). */
Test(heldrecall20, asking_a_party_to_free_people_says_they_are_held)
{
    expect_event("La Unión Europea pidió el lunes a Managua que libere a 140 opositores encarcelados.", "es", 140, HELD);
    expect_event("Los obispos instaron a las autoridades a excarcelar a 35 sindicalistas.", "es", 35, HELD);
    expect_event("A União Europeia pediu na segunda-feira a Manágua que liberte 140 opositores.", "pt", 140, HELD);
    expect_event("Os bispos instaram as autoridades a libertar 35 sindicalistas.", "pt", 35, HELD);
    expect_event("The European Union on Monday called on Managua to release 140 jailed opponents.", "en", 140, HELD);
    expect_event("The bishops pressed the authorities to free 35 trade unionists.", "en", 35, HELD);
    expect_event("The rebels insisted that the army free nine of their fighters first.", "en", 9, HELD);
    /* distractors: a release carried out, an order carried out, and a plan to free people of one's own */
    expect_event("El Gobierno pidió calma y excarceló a 140 opositores.", "es", 140, REL);
    expect_event("O Governo pediu calma e libertou 140 opositores.", "pt", 140, REL);
    expect_event("The government asked for calm and released 140 opponents.", "en", 140, REL);
    expect_event("The judge ordered the police to release 35 trade unionists.", "en", 35, REL);
    expect_event("The government wants to free 3,000 prisoners to ease overcrowding.", "en", 3000, REL);
}

/* A night in custody is the fate of those kept after an arrest; a night at home is none of it. */
Test(heldrecall20, a_night_in_custody_is_held)
{
    expect_event("La policía dijo que 58 pasarán la noche en el calabozo.", "es", 58, HELD);
    expect_event("A polícia disse que 58 vão passar a noite nas celas.", "pt", 58, HELD);
    expect_event("Police said 58 will spend the night in custody.", "en", 58, HELD);
    expect_event("Nine elderly men are still sitting in prison for a crime they did not commit.", "en", 9, HELD);
    /* distractors: the freed spend the night at home or in a hotel */
    expect_event("Los 40 estudiantes liberados pasaron la noche en sus casas.", "es", 40, REL);
    expect_event("The 40 freed students will spend the night in a hotel.", "en", 40, REL);
}

/* A single place of custody that held people holds them, as the plural "the country's prisons hold" did. */
Test(heldrecall20, a_place_of_custody_holding_people)
{
    expect_event("En 1995 el penal tenía unos 1.900 hombres.", "es", 1900, HELD);
    expect_event("Em 1995 o campo tinha cerca de 1.900 homens.", "pt", 1900, HELD);
    expect_event("In 1995 the camp held about 1,900 men.", "en", 1900, HELD);
    /* distractors: what a prison has that is not people */
    expect_event("La cárcel tenía 800 plazas y 40 celdas de castigo.", "es", 800, NONE);
    expect_event("A prisão tinha 800 vagas.", "pt", 800, NONE);
    expect_event("The prison held a ceremony for 300 guests.", "en", 300, NONE);
}

/* People named after a colon make a figure "how many the text names" only when the figure is definite ("the seven
 * prisoners: A, B, …"): an indefinite one ("hold at least two Westerners: A and B", "a libertação de dois presos:
 * A e B") is a count. */
Test(heldrecall20, names_after_an_indefinite_figure_are_counted)
{
    expect_event("La guerrilla exige la liberación de dos presos en Perú: el dirigente Luis Ramos y la abogada Ana Ruiz.", "es", 2, HELD);
    expect_event("O grupo exige a libertação de dois presos na Colômbia: o dirigente Luís Ramos e a advogada Ana Ruiz.", "pt", 2, HELD);
    expect_event("The militia is believed to hold at least two Europeans: Anna Berg, a nurse, and her colleague Lars Holm.", "en", 2, HELD);
    /* distractors: a definite figure before the names counts the people just named, no claim */
    expect_event("Siguen presos los dos reclusos de ese penal: Marta Sánchez y Luis Mora.", "es", 2, NONE);
    expect_event("Continuam presos os dois reclusos dessa prisão: Marta Sánchez e Luís Mora.", "pt", 2, NONE);
    expect_event("The gunmen still hold the two aid workers: Anna Berg and Lars Holm.", "en", 2, NONE);
}

/* A demand's second object ("the release of A, and of two B") and a swap offered for the release of people: those
 * whose release is asked for are held, whatever their own participle says of how they were taken. */
Test(heldrecall20, a_demand_reaches_its_second_object_and_swaps_offered)
{
    expect_event("Los secuestradores exigían la liberación de 20 guerrilleros presos en Lima, y de tres militantes detenidos en Bolivia.", "es", 3, HELD);
    expect_event("Os sequestradores exigiam a libertação de 20 guerrilheiros presos em Lima, de três militantes detidos na Bolívia e um resgate.", "pt", 3, HELD);
    expect_event("The kidnappers demanded the release of 20 guerrillas held in Lima, and of three militants arrested in Bolivia.", "en", 3, HELD);
    expect_event("La milicia propone canjear a los dos pilotos por la liberación de 15 combatientes.", "es", 15, HELD);
    expect_event("A milícia propõe trocar os dois pilotos pela libertação de 15 combatentes.", "pt", 15, HELD);
    expect_event("The militia offered to swap the two pilots for the release of 15 fighters.", "en", 15, HELD);
    /* distractors: a swap carried out is a release; money after the demand is no one */
    expect_event("El Gobierno liberó al piloto a cambio de la excarcelación de 15 combatientes.", "es", 15, REL);
    expect_event("O Governo libertou o piloto em troca da libertação de 15 combatentes.", "pt", 15, REL);
    expect_event("The government freed the pilot in exchange for the release of 15 fighters.", "en", 15, REL);
}
