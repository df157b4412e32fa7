/* test_lead25.c - the twenty-fifth session's own fixes: people trapped are no one's prisoners (pt "presos" is also
 * "trapped": pt.veto.trapped, lexicon trap_places), a weekday's day of the month is no figure with a thousands
 * separator ("na segunda-feira, 1.963 presos"), and participle endings read from lexicons (counts.c,
 * xc_participle_end). Sentences written for these tests, in Spanish, Portuguese and English, with distractors. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(lead25, .init = setup, .fini = teardown);

/* "12 pessoas presas nos escombros": stuck, not held */
Test(lead25, trapped_people_are_no_prisoners)
{
    expect_event("Os bombeiros retiraram com vida 12 pessoas presas nos escombros do prédio.", "pt", 12, NONE);
    expect_event("Cerca de 300 motoristas ficaram presos no trânsito durante o protesto.", "pt", 300, NONE);
    expect_event("Los bomberos rescataron con vida a 12 personas atrapadas entre los escombros del edificio.", "es", 12,
                 NONE);
    expect_event("Firefighters pulled 12 people trapped under the rubble of the building out alive.", "en", 12, NONE);
    /* distractors: prisoners in a prison wing, people arrested at a mine */
    expect_event("A polícia informou que 40 manifestantes foram presos na praça.", "pt", 40, DET);
    expect_event("Segundo a ONG, 25 ativistas continuam presos na penitenciária.", "pt", 25, HELD);
}

/* "contabilizava, na segunda-feira, 1.963 presos": the figure is no day of the month */
Test(lead25, weekday_before_a_grouped_figure)
{
    expect_event("A ONG contabilizava, na segunda-feira, 1.963 presos políticos no país.", "pt", 1963, HELD);
    expect_event("La ONG contabilizó el lunes 1.963 presos políticos en el país.", "es", 1963, HELD);
    expect_event("The group counted on Monday 1,963 political prisoners in the country.", "en", 1963, HELD);
    /* distractor: a real day after the weekday keeps dating the statement */
    expect_days_on("A ONG informou na segunda-feira, 12, que 40 pessoas continuam presas.", "pt", "2026-01-14", EXTRACT_EVENT_HELD, 40,
                   "2026-01-12", "", "");
}

/* participle endings from lexicons: plural ones make a bare participle, singular ones the genitive aside's */
Test(lead25, participle_endings_from_lexicons)
{
    expect_event("Os 25 tripulantes do petroleiro Sirius, sequestrado por piratas em novembro, foram libertados.", "pt", 25,
                 REL);
    expect_event("Los 25 tripulantes del petrolero Sirius, secuestrado por piratas en noviembre, fueron liberados.", "es",
                 25, REL);
    expect_event("The 25 crew members of the tanker Sirius, seized by pirates in November, were freed.", "en", 25, REL);
    expect_event("Six men jailed for life in 1975 walked free yesterday.", "en", 6, REL);
}
