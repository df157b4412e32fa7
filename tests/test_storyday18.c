/* test_storyday18.c - the day the story is telling (eighteenth session): a part of the day with no day named
 * opening a sentence ("Por la noche,", "A media tarde,", "No começo da noite,", "By nightfall,"), after a speaker's
 * label of a transcript or not, goes on with the last day named for people arrested or released, even several
 * paragraphs back (when.c, S_story_day; *.date.part_of_day_opening story=1). Sentences written for these tests, in
 * Spanish, Portuguese and English, with distractors that must keep their current output. The reference date is
 * 2026-01-14 (a Wednesday), so yesterday is 2026-01-13. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(storyday18, .init = setup, .fini = teardown);

static const char ES[] =
    "LOCUTOR: Buenos días. La policía detuvo ayer a 40 estudiantes durante una marcha en el centro de Lima.\n\n"
    "CORRESPONSAL: Buenos días. La columna salió de la universidad a primera hora y avanzó sin incidentes hasta la "
    "plaza.\n\n"
    "LOCUTOR: ¿Qué pasó después?\n\n"
    "CORRESPONSAL: A media tarde, la radio local hablaba ya de más de 60 arrestos. Por la noche, el jefe de la "
    "policía, Julio Ramos, elevó el balance a 95.\n";
static const char PT[] =
    "LOCUTORA: Bom dia. A polícia prendeu ontem 40 estudantes durante uma marcha no centro de Lima.\n\n"
    "CORRESPONDENTE: Bom dia. A coluna saiu da universidade logo cedo e avançou sem incidentes até a praça.\n\n"
    "LOCUTORA: E depois?\n\n"
    "CORRESPONDENTE: No começo da noite, a rádio local já falava em mais de 60 presos. Ao anoitecer, o chefe da "
    "polícia, Júlio Ramos, elevou o balanço para 95.\n";
static const char EN[] =
    "PRESENTER: Good morning. Police arrested 40 students yesterday during a march in central Lima.\n\n"
    "REPORTER: Good morning. The column left the university early and moved without incident to the square.\n\n"
    "PRESENTER: What happened next?\n\n"
    "REPORTER: By mid-afternoon, local radio was reporting more than 60 arrests. By nightfall, the police chief, "
    "Julio Ramos, said 95 had been detained.\n";

/* a part of the day after a speaker's label, three paragraphs after the day told: that day, statement and period */
Test(storyday18, a_part_of_the_day_goes_on_with_the_day_told_paragraphs_back)
{
    expect_days(ES, "es", EXTRACT_EVENT_DETENTION, 60, "2026-01-13", "2026-01-13", "2026-01-13");
    expect_days(ES, "es", EXTRACT_EVENT_DETENTION, 95, "2026-01-13", "2026-01-13", "2026-01-13");
    expect_days(PT, "pt", EXTRACT_EVENT_DETENTION, 60, "2026-01-13", "2026-01-13", "2026-01-13");
    expect_days(PT, "pt", EXTRACT_EVENT_DETENTION, 95, "2026-01-13", "2026-01-13", "2026-01-13");
    expect_days(EN, "en", EXTRACT_EVENT_DETENTION, 95, "2026-01-13", "2026-01-13", "2026-01-13");
    /* distractor: the day told keeps its own count */
    expect_days(ES, "es", EXTRACT_EVENT_DETENTION, 40, "", "2026-01-13", "2026-01-13");
    expect_days(EN, "en", EXTRACT_EVENT_DETENTION, 40, "", "2026-01-13", "2026-01-13");
}

/* distractors: a day that only opens a period is no day told, and a part of the day naming its own day keeps it */
Test(storyday18, no_story_day_from_a_bound_nor_over_a_day_named)
{
    expect_days("La policía ha detenido a 800 personas desde el 17 de diciembre, según la fiscalía.\n\n"
                "La columna salió de la universidad y avanzó sin incidentes hasta la plaza.\n\n"
                "Los vecinos miraban desde los balcones.\n\n"
                "Por la noche, el portavoz Julio Ramos habló de 95 arrestos.\n",
                "es", EXTRACT_EVENT_DETENTION, 95, "", "", "");
    expect_days("A polícia prendeu ontem 40 estudantes durante uma marcha.\n\n"
                "A coluna avançou sem incidentes até a praça.\n\n"
                "Os vizinhos olhavam das varandas.\n\n"
                "Na noite de sábado, o porta-voz Júlio Ramos falou em 95 detenções.\n",
                "pt", EXTRACT_EVENT_DETENTION, 95, "2026-01-10", "", "");
}
