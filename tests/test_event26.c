/* test_event26.c - the word that governs a figure's event (twenty-sixth session, event): a word of keeping before
 * the count over the arrest word of the count phrase, a passive of keeping after a participle of capture, and a
 * copula with "in detention". Sentences written for these tests, in Spanish, Portuguese and English, with
 * distractors that must keep their output (each positive fails on the session's start binary). */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(event26, .init = setup, .fini = teardown);

/* "mantiene a 300 civiles secuestrados", "tem em seu poder 600 soldados capturados", "is holding 300 men arrested in
 * the raids": a word of keeping (keep_words) that takes the count as its object says what those people are now
 * (counts.c, xc_make_count); the participle of their arrest says how they came. Distractors: a word of counting
 * before the count ("contabiliza", "counts") and a word of release before it keep their event, as does a word of
 * something else after the people ("sentadas"). */
Test(event26, a_word_of_keeping_governs_its_object)
{
    expect_event("La milicia mantiene a 300 civiles secuestrados en tres aldeas del norte.", "es", 300, HELD);
    expect_event("Según el ministro, la guerrilla retiene a 40 policías capturados en la emboscada de marzo.", "es",
                 40, HELD);
    expect_event("La fiscalía tiene bajo custodia a 120 manifestantes arrestados durante la marcha.", "es", 120, HELD);
    expect_event("La ONG contabiliza 120 manifestantes arrestados durante la marcha.", "es", 120, DET); /* distractor */
    expect_event("El juez liberó a 120 manifestantes arrestados durante la marcha.", "es", 120, REL);  /* distractor */
    expect_event("A milícia mantém 300 civis sequestrados em três aldeias do norte.", "pt", 300, HELD);
    expect_event("Segundo o ministro, o Exército tem em seu poder 450 combatentes capturados na ofensiva.", "pt", 450,
                 HELD);
    expect_event("A ONG contabiliza 120 manifestantes detidos durante a marcha.", "pt", 120, DET);   /* distractor */
    expect_event("O juiz libertou 120 manifestantes detidos durante a marcha.", "pt", 120, REL);     /* distractor */
    expect_event("The militia is holding 300 villagers abducted in the raids, a local official said.", "en", 300, HELD);
    expect_event("Army commanders say they are holding 450 fighters captured in the offensive.", "en", 450, HELD);
    expect_event("The monitor counts 120 marchers arrested during the rally.", "en", 120, DET);     /* distractor */
    expect_event("The judge freed 120 marchers arrested during the rally.", "en", 120, REL);        /* distractor */
}

/* "unos 5.000 soldados capturados durante la guerra fueron mantenidos en el Norte": the passive of keeping
 * (*.held.kept_passive) is the finite verb of the figure's clause, over the participle of their capture.
 * Distractors: kept in secret / in the dark keeps no one, and "fueron retenidos" (the detention of a day) stays. */
Test(event26, a_passive_of_keeping_after_a_participle_of_capture)
{
    expect_event("Unos 5.000 pescadores capturados en alta mar fueron mantenidos en un campo del sur.", "es", 5000, HELD);
    expect_event("Unos 30 activistas fueron retenidos en la comisaría durante cuatro horas.", "es", 30, DET); /* distr. */
    expect_event("Cerca de 5.000 pescadores capturados em alto-mar foram mantidos num campo do sul.", "pt", 5000, HELD);
    expect_event("Cerca de 5.000 pescadores capturados em alto-mar foram mantidos em sigilo.", "pt", 5000, DET);
    /* distractor: the line before keeps its capture */
    expect_event("Some 5,000 fishermen seized at sea were kept in the north of the country for years.", "en", 5000, HELD);
    expect_event("Some 5,000 fishermen seized at sea were kept in the dark about the talks.", "en", 5000, DET);
    /* distractor */
}

/* "more than 100,000 people were in detention": a copula and the noun of custody say a state (held), as "in
 * custody" does (en.held.in_detention, extended); es and pt already read "estaban en detención", "estavam em
 * detenção". Distractor: a death in detention counts no one held. */
Test(event26, in_detention_after_a_copula_is_held)
{
    expect_event("Más de 100.000 personas estaban en detención preventiva por los disturbios.", "es", 100000, HELD);
    expect_event("Mais de 100.000 pessoas estavam em detenção preventiva por causa dos distúrbios.", "pt", 100000,
                 HELD);
    expect_event("More than 100,000 people were in detention over the unrest, the commission said.", "en", 100000,
                 HELD);
    expect_event("Some 300 migrants are currently in detention on the island.", "en", 300, HELD);
}
