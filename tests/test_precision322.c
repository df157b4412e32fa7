/* test_precision322.c - events decided by the clause, not the noun (twenty-second session, precision3): captors who
 * let captives off a vehicle or away free them, and a noun of the same event after an arrest participle ("arrested
 * during the crackdown") is when they were taken, not what happened to them: the state or release after it is.
 * Sentences written for these tests, in Spanish, Portuguese and English, with distractors that keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(precision322, .init = setup, .fini = teardown);

/* "ha dejado bajar a tres rehenes", "deixou descer dois reféns", "let three hostages off the bus": a release. */
Test(precision322, captives_let_off_a_vehicle_are_freed)
{
    expect_event("Los secuestradores han dejado bajar a cuatro rehenes del autocar.", "es", 4, REL);
    expect_event("La guerrilla dejó marchar a seis soldados.", "es", 6, REL);
    expect_event("O sequestrador deixou descer quatro reféns do autocarro.", "pt", 4, REL);
    expect_event("The gunmen let four hostages off the coach.", "en", 4, REL);
    /* distractors: nobody let off, an arrest next to it, and "let off with a warning" (unpunished) */
    expect_event("La policía no dejó bajar a nadie y detuvo a 12 pasajeros.", "es", 12, DET);
    expect_event("The judge let 30 protesters off with a warning.", "en", 30, NONE);
}

/* "300 people arrested during the crackdown who remain in jail": the state after the time of the arrest holds them;
 * a release after it frees them. */
Test(precision322, a_noun_of_the_arrest_is_not_what_happened_to_them)
{
    expect_event("La ONG documentó 300 personas detenidas durante la ola de detenciones que siguen presas.", "es", 300, HELD);
    expect_event("La ONG documentó 300 personas detenidas en la redada del lunes que siguen en prisión.", "es", 300, HELD);
    expect_event("La ONG dijo que 225 personas detenidas durante la redada fueron liberadas el lunes.", "es", 225, REL);
    expect_event("A ONG registou 300 pessoas detidas durante a rusga que continuam presas.", "pt", 300, HELD);
    expect_event("The group counted 300 people arrested during the crackdown who remain in jail.", "en", 300, HELD);
    expect_event("The group said 225 people arrested during the crackdown were freed on Monday.", "en", 225, REL);
    /* distractors: with nothing after the noun, the arrest stays */
    expect_event("The group counted 300 people arrested during the crackdown.", "en", 300, DET);
    expect_event("A polícia deteve 300 pessoas durante a repressão.", "pt", 300, DET);
    /* an infinitive phrase of the same event is what happened to them, not a noun to pass over */
    expect_event("Pelo menos cinco dos antigos reclusos voltaram a ser detidos por violarem a liberdade condicional.", "pt", 5, DET);
    expect_event("Al menos cinco de los antiguos detenidos volvieron a ser detenidos por romper la libertad condicional.", "es", 5, DET);
}
