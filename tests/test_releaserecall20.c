/* test_releaserecall20.c - release and detention figures that got no claim (twentieth session): a release told by
 * the way out (captives who get out, go home, step off a plane, are let out) and an arrest told by where people
 * ended up (police cells, jail). Sentences written for these tests, in Spanish, Portuguese and English, with
 * distractors that must keep their current output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(releaserecall20, .init = setup, .fini = teardown);

/* Captives who get out by themselves or are let out: the way out is the release. */
Test(releaserecall20, captives_who_get_out_are_released)
{
    expect_event("Al amanecer, otros siete rehenes lograron salir por una ventana lateral del banco.", "es", 7, REL);
    expect_event("Ao amanhecer, outros sete reféns conseguiram sair por uma janela lateral do banco.", "pt", 7, REL);
    expect_event("At dawn, seven more hostages managed to get out through a side window of the bank.", "en", 7, REL);
    expect_event("El Gobierno dejó salir a doce presos enfermos.", "es", 12, REL);
    expect_event("The pirates let twelve sick hostages out of the hold.", "en", 12, REL);
    /* distractors: captives who cannot get out are still held; prisoners out in the yard; a crowd on the street */
    expect_event("Dos rehenes siguen sin poder salir del banco, según la policía.", "es", 2, HELD);
    expect_event("Dois reféns continuam sem poder sair do banco, segundo a polícia.", "pt", 2, HELD);
    expect_event("Two hostages are still unable to get out of the bank, police said.", "en", 2, HELD);
    expect_event("Seis presos salieron al patio de la cárcel.", "es", 6, HELD);
    expect_event("Unos 300 manifestantes salieron a la calle frente a la embajada.", "es", 300, NONE);
    expect_event("The pirates did not let twelve sick hostages out of the hold.", "en", 12, HELD);
}

/* Captives who go home or come off the plane that brought them out. */
Test(releaserecall20, captives_who_go_home_or_land_are_released)
{
    expect_event("The nine hostages went home to Ohio on Thursday.", "en", 9, REL);
    expect_event("Unos 1.200 prisioneros desembarcaron ayer en el puerto de Bahía Blanca.", "es", 1200, REL);
    expect_event("Cerca de 1.200 prisioneiros desembarcaram ontem no porto de Lisboa.", "pt", 1200, REL);
    expect_event("Los quince secuestrados bajaron del avión en Barajas pasadas las diez.", "es", 15, REL);
    expect_event("Os quinze reféns desceram do avião em Lisboa depois das dez.", "pt", 15, REL);
    expect_event("The fifteen hostages stepped off the military plane at Ramstein.", "en", 15, REL);
    /* distractors: protesters go home, tourists and troops land: none of them were held */
    expect_event("About 3,000 protesters went home after the rally.", "en", 3000, NONE);
    expect_event("Unos 1.200 soldados desembarcaron ayer en el puerto de Bahía Blanca.", "es", 1200, NONE);
    expect_event("Quinze turistas desceram do avião em Lisboa.", "pt", 15, NONE);
}

/* People who ended up in police cells or in jail were taken there: an arrest, not people held. */
Test(releaserecall20, people_who_end_up_in_cells_were_arrested)
{
    expect_event("Tras la carga policial, 64 estudiantes fueron a parar a los calabozos de la Jefatura.", "es", 64, DET);
    expect_event("Al final de la noche, 64 hinchas acabaron en comisaría.", "es", 64, DET);
    expect_event("Depois da carga policial, 64 estudantes foram parar à esquadra do Bairro Alto.", "pt", 64, DET);
    expect_event("No fim da noite, 64 adeptos acabaram na delegacia.", "pt", 64, DET);
    expect_event("By midnight, 64 students had ended up in police cells across the city.", "en", 64, DET);
    expect_event("More than 600 marchers went to jail that afternoon.", "en", 600, DET);
    /* distractors: people who stay in the cells are held; a sum of money that ended up somewhere is no one */
    expect_event("Los 64 estudiantes siguen en los calabozos de la Jefatura.", "es", 64, HELD);
    expect_event("Os 64 estudantes continuam na esquadra do Bairro Alto.", "pt", 64, HELD);
    expect_event("The 64 students remain in police cells across the city.", "en", 64, HELD);
}

/* A total whose parts are listed right after it, adding up to it, shares the verb that follows the list. */
Test(releaserecall20, a_total_shares_the_verb_of_its_listed_parts)
{
    expect_event("Las 40 personas que viajaban en el yate, 31 turistas y nueve tripulantes, fueron detenidas por la guardia costera.", "es", 40, DET);
    expect_event("As 40 pessoas que seguiam no iate, 31 turistas e nove tripulantes, foram detidas pela guarda costeira.", "pt", 40, DET);
    expect_event("The 40 people who had been on the yacht, 31 tourists and nine crew members, were detained by the coastguard.", "en", 40, DET);
    expect_event("Los 25 rehenes que el comando retenía en la embajada, 19 diplomáticos y seis guardias, fueron liberados al amanecer.", "es", 25, REL);
    expect_event("The 25 hostages the gunmen had kept in the embassy for a week, 19 diplomats and six guards, were released at dawn.", "en", 25, REL);
    /* distractors: parts that do not add up to the figure before them leave it its own event */
    expect_event("Los 40 presos de la cárcel, 12 mujeres y 20 hombres, fueron trasladados.", "es", 40, HELD);
    expect_event("Os 40 presos da cadeia, 12 mulheres e 20 homens, foram transferidos.", "pt", 40, HELD);
}
