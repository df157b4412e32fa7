/* test_lead30.c - the lead's fixes of the thirtieth session, es/pt/en. Sentences written for these tests. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(lead30, .init = setup, .fini = teardown);

/* A place named after a body is part of the body's name where no rule reads an actor (phrase_words `place`,
 * subjects.c S_plain_phrase); before anything but a capital the place word opens an adjunct. */
Test(lead30, a_place_after_the_body)
{
    expect_claimant("La embajada de Cuba en Madrid dijo que en la isla hay más de mil presos políticos.", "es",
                    EXTRACT_EVENT_HELD, 1000, "embajada de Cuba en Madrid", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O consulado do Brasil em Lisboa disse que 40 brasileiros continuam detidos.", "pt",
                    EXTRACT_EVENT_HELD, 40, "consulado do Brasil em Lisboa", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The consulate of Peru in Madrid said 40 Peruvians remain in custody.", "en", EXTRACT_EVENT_HELD,
                    40, "consulate of Peru in Madrid", EXTRACT_KIND_GOVERNMENT);
    /* a place word before a lower-case word opens an adjunct: no name */
    expect_claimant("La embajada en la capital dijo que en la isla hay más de mil presos políticos.", "es",
                    EXTRACT_EVENT_HELD, 1000, NULL, EXTRACT_KIND_UNKNOWN);
}

/* A reporting verb after an aside that a relative word or a participle opens has its subject before the aside, also
 * where no rule reads an actor there (subjects.c S_phrase_before). */
Test(lead30, a_subject_before_an_aside)
{
    expect_claimant("La embajada de Cuba, consultada por este diario, negó que en la isla haya más de mil presos "
                    "políticos.", "es", EXTRACT_EVENT_HELD, 1000, "embajada de Cuba", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O consulado da Guatemala, que enviou funcionários à cidade, afirma que pelo menos 20 "
                    "adolescentes estavam entre os detidos.", "pt", EXTRACT_EVENT_DETENTION, 20, "consulado da Guatemala",
                    EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The consulate of Guatemala, which sent staff to the town, said at least 20 teenagers were among "
                    "those arrested.", "en", EXTRACT_EVENT_DETENTION, 20, "consulate of Guatemala",
                    EXTRACT_KIND_GOVERNMENT);
    /* an aside no relative word or participle opens is not passed over */
    expect_claimant("La embajada de Cuba, según este diario, negó que en la isla haya más de mil presos políticos.", "es",
                    EXTRACT_EVENT_HELD, 1000, NULL, EXTRACT_KIND_UNKNOWN);
}

/* An article and one noun where a speaker stands refer back to the body named before whose name holds that noun
 * ahead of its first complement (subjects.c S_body_by_noun); a noun after the complement ("prisoners") does not. */
Test(lead30, a_noun_refers_back_to_a_body)
{
    expect_claimant("The Coordination Headquarters for the Treatment of Prisoners of War met on Monday.\n\n"
                    "According to the headquarters, 3,767 Ukrainians have been brought back from captivity.", "en",
                    EXTRACT_EVENT_RELEASE, 3767, "Coordination Headquarters for the Treatment of Prisoners of War",
                    EXTRACT_KIND_GOVERNMENT);
    expect_claimant("El Cuartel de Coordinación para el Trato de Prisioneros de Guerra se reunió el lunes.\n\n"
                    "Según el cuartel, 3.767 ucranianos han vuelto del cautiverio.", "es", EXTRACT_EVENT_RELEASE, 3767,
                    "Cuartel de Coordinación para el Trato de Prisioneros de Guerra", EXTRACT_KIND_GOVERNMENT);
    /* a title word closing a compound noun is no title (pt.title): "quartel-general" */
    expect_claimant("O Quartel-General de Coordenação para o Tratamento de Prisioneiros de Guerra reuniu-se na "
                    "segunda-feira.\n\nSegundo o quartel-general, 3.767 ucranianos voltaram do cativeiro.", "pt",
                    EXTRACT_EVENT_RELEASE, 3767, "Quartel-General de Coordenação para o Tratamento de Prisioneiros de Guerra",
                    EXTRACT_KIND_GOVERNMENT);
    /* the people counted are not the body */
    expect_claimant("The Coordination Headquarters for the Treatment of Prisoners of War met on Monday.\n\n"
                    "According to the prisoners, 3,767 Ukrainians have been brought back from captivity.", "en",
                    EXTRACT_EVENT_RELEASE, 3767, NULL, EXTRACT_KIND_UNKNOWN);
}

/* "according to its own weekly population report": up to two words describing the account (en sources.pat
 * pronoun.possessive); es and pt put them after the noun, which their rules already read. */
Test(lead30, its_own_described_account)
{
    expect_claimant("The Bureau of Prisons holds about 189,000 people, according to its own weekly population report.",
                    "en", EXTRACT_EVENT_HELD, 189000, "Bureau of Prisons", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("La Policía Nacional detuvo a 45 personas, según sus propios datos semanales.", "es",
                    EXTRACT_EVENT_DETENTION, 45, "Policía Nacional", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("A Polícia Militar prendeu 45 pessoas, segundo os seus próprios dados semanais.", "pt",
                    EXTRACT_EVENT_DETENTION, 45, "Polícia Militar", EXTRACT_KIND_GOVERNMENT);
}

/* "explicó que cuatro de los detenidos son menores y que quedaron en libertad": a "que" after "and" opens the next
 * clause the reporting verb governs, not a relative clause of the predicate noun (counts.c S_copula_noun_relative). */
Test(lead30, and_that_is_no_relative)
{
    expect_event("Cifuentes explicó que cuatro de los detenidos son menores y que quedaron en libertad.", "es", 4, REL);
    expect_event("O ministro explicou que quatro dos detidos são menores e que foram libertados.", "pt", 4, REL);
    expect_event("The minister said four of the detainees are minors and that they were released.", "en", 4, REL);
    /* a relative clause of the predicate noun still tells how they were once taken */
    expect_event("De los excarcelados, cuatro eran estudiantes que habían sido detenidos en 2019.", "es", 4, REL);
}
