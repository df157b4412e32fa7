/* test_agents17.c - figures that are not the people released, held or detained (seventeenth session, agents):
 * the whole a part is taken from, a threat, and the security forces that make an arrest. Sentences written for
 * these tests, in Spanish, Portuguese and English, with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(agents17, .init = setup, .fini = teardown);

/* "casi un centenar de los 132 extranjeros fueron liberados": the verb tells of the part; the whole is freed only
 * by a word of its own. */
Test(agents17, the_whole_of_a_part_shares_no_verb)
{
    expect_event("Según el Ministerio, unos ochenta de los 240 turistas habían sido liberados el martes.", "es", 80, REL);
    expect_event("Según el Ministerio, unos ochenta de los 240 turistas habían sido liberados el martes.", "es", 240, NONE);
    expect_event("The ministry said about eighty of the 240 miners had been freed by Tuesday.", "en", 80, REL);
    expect_event("The ministry said about eighty of the 240 miners had been freed by Tuesday.", "en", 240, NONE);
    /* pt: a part word after a word number ("uma centena dos 132") */
    expect_event("Segundo o ministério, cerca de oitenta dos 240 mineiros tinham sido libertados na terça-feira.", "pt", 80,
                 REL);
    /* pt: the whole with a noun of its own ("das 680 pessoas detidas") */
    expect_event("Perto de 300 das 680 pessoas detidas na quarta-feira foram libertadas.", "pt", 300, REL);
    expect_event("Perto de 300 das 680 pessoas detidas na quarta-feira foram libertadas.", "pt", 680, DET);
    /* distractors: the whole with its own participle keeps it; a part of a group already counted */
    expect_event("Nearly 300 of the 680 people detained on Wednesday were released the same day.", "en", 680, DET);
    expect_event("Nearly 300 of the 680 people detained on Wednesday were released the same day.", "en", 300, REL);
    expect_event("Unos 240 mineros retenidos desde el lunes fueron liberados ayer.", "es", 240, REL);
}

/* "amenazó con ejecutar a diez rehenes": what a threat names has not happened. */
Test(agents17, a_threat_is_no_event)
{
    expect_event("El grupo armado ha amenazado con fusilar a seis rehenes cada hora.", "es", 6, NONE);
    expect_event("O grupo ameaçou de executar seis reféns a cada hora.", "pt", 6, NONE);
    expect_event("The gunmen have threatened to shoot six hostages every hour.", "en", 6, NONE);
    /* distractors: hostages held, and a release after a threat */
    expect_event("El grupo armado retiene a seis rehenes desde el lunes.", "es", 6, HELD);
    expect_event("O grupo mantém seis reféns desde segunda-feira.", "pt", 6, HELD);
    expect_event("The gunmen freed six hostages on Monday after threatening the guards.", "en", 6, REL);
}
