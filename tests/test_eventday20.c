/* test_eventday20.c - the day of an event told in an earlier sentence (twentieth session, eventday): a count of
 * people arrested or released with no day of its own takes the day of the latest earlier sentence that dates an
 * event of the same kind, when that sentence tells of the same people (the same figure, or the head word of the
 * count's noun; when.c, xc_same_event_day). Sentences written for these tests, in Spanish, Portuguese and English,
 * with distractors that must keep their current output. The reference date 2026-01-14 is a Wednesday. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(eventday20, .init = setup, .fini = teardown);

/* the same people named by the same noun: the event's day */
Test(eventday20, the_same_event_and_people_take_the_earlier_day)
{
    expect_period("El 5 de enero, hombres armados secuestraron a los pescadores de la aldea de San Telmo. "
                  "El alcalde confirmó después que 23 pescadores habían sido secuestrados.",
                  "es", EXTRACT_EVENT_DETENTION, 23, "2026-01-05", "2026-01-05");
    expect_period("No dia 5 de janeiro, homens armados sequestraram os pescadores da aldeia de São Telmo. "
                  "O presidente da câmara confirmou depois que 23 pescadores tinham sido sequestrados.",
                  "pt", EXTRACT_EVENT_DETENTION, 23, "2026-01-05", "2026-01-05");
    expect_period("On 5 January, gunmen kidnapped fishermen from the village of San Telmo. "
                  "The mayor later confirmed that 23 fishermen had been kidnapped.",
                  "en", EXTRACT_EVENT_DETENTION, 23, "2026-01-05", "2026-01-05");
}

/* a definite article before the figure points back to the people of the latest dated event of its kind */
Test(eventday20, a_definite_figure_takes_the_day_of_the_people_told_before)
{
    expect_period("El 5 de enero, los rebeldes liberaron a los rehenes retenidos en la sierra. "
                  "El ejército dijo el martes que los 16 habían sido liberados sanos.",
                  "es", EXTRACT_EVENT_RELEASE, 16, "2026-01-05", "2026-01-05");
    expect_period("No dia 5 de janeiro, os rebeldes libertaram os reféns mantidos na serra. "
                  "O exército disse na terça-feira que os 16 tinham sido libertados sãos e salvos.",
                  "pt", EXTRACT_EVENT_RELEASE, 16, "2026-01-05", "2026-01-05");
    expect_period("On 5 January, the rebels freed the hostages held in the mountains. "
                  "The army said on Tuesday that the 16 had been freed unharmed.",
                  "en", EXTRACT_EVENT_RELEASE, 16, "2026-01-05", "2026-01-05");
    /* distractor: the event on the day the figure was given is not carried (the writers mostly give no period) */
    expect_period("On 12 January, the rebels freed the hostages held in the mountains. "
                  "The army said on Monday that the 16 had been freed unharmed.",
                  "en", EXTRACT_EVENT_RELEASE, 16, "", "");
}

/* distractors: another people (a generic noun links nothing), and a day of its own keep their current output */
Test(eventday20, other_people_and_own_days_keep_their_dates)
{
    expect_period("El 5 de enero, hombres armados secuestraron a los pescadores de la aldea de San Telmo. "
                  "La policía dijo que 40 personas fueron detenidas en la capital.",
                  "es", EXTRACT_EVENT_DETENTION, 40, "", "");
    expect_period("No dia 5 de janeiro, a polícia deteve os estudantes da universidade. "
                  "Os sindicatos disseram que 40 pessoas foram detidas.",
                  "pt", EXTRACT_EVENT_DETENTION, 40, "", "");
    expect_period("On 5 January, police arrested students at the university. "
                  "Unions said that 40 workers had been arrested.",
                  "en", EXTRACT_EVENT_DETENTION, 40, "", "");
    expect_period("On 5 January, police arrested students at the university. "
                  "On 9 January, police arrested 40 students at the station.",
                  "en", EXTRACT_EVENT_DETENTION, 40, "2026-01-09", "2026-01-09");
}
