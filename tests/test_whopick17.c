/* test_whopick17.c - the wrong claimant picked (seventeenth session): a bare body noun means the body of that word
 * that gave a figure before, not one named since in passing; a country's possessive names its body; a source phrase
 * after a clause break that only names a passive agent gives a reason, not the count's source; a name inside a
 * relative clause on a body ranks below that body for a later reference. Sentences written for these tests, in
 * Spanish, Portuguese and English, with distractors that must keep their claimant. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(whopick17, .init = setup, .fini = teardown);

/* "la policía informó": the police that gave a figure before, not one named since as a source of something else or
 * in passing. */
Test(whopick17, a_bare_body_noun_means_the_body_that_counted)
{
    expect_claimant("La Policía Municipal de Rosario informó de 35 detenidos en la marcha. La Policía Federal de "
                    "Caminos cortó la autopista durante horas. Por la noche, la policía informó de 20 nuevos arrestos.",
                    "es", EXTRACT_EVENT_DETENTION, 20, "Policía Municipal de Rosario", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("A Polícia Municipal de Braga anunciou 35 detenções durante a marcha. A Polícia Rodoviária "
                    "Federal cortou a autoestrada durante horas. À noite, a polícia anunciou 20 novas detenções.",
                    "pt", EXTRACT_EVENT_DETENTION, 20, "Polícia Municipal de Braga", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The Leeds City Police said 35 people had been arrested at the march. The marchers were later "
                    "driven to the West Yorkshire Police Station. The same police statement claimed that all 20 had "
                    "been released by midnight.",
                    "en", EXTRACT_EVENT_RELEASE, 20, "Leeds City Police", EXTRACT_KIND_GOVERNMENT);
    /* distractors: with no body that counted before, the latest body holding the word is meant, as before */
    expect_claimant("La Policía Federal de Caminos cortó la autopista durante horas. Por la noche, la policía "
                    "informó de 20 nuevos arrestos.",
                    "es", EXTRACT_EVENT_DETENTION, 20, "Policía Federal de Caminos", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("A Polícia Rodoviária Federal cortou a autoestrada durante horas. À noite, a polícia anunciou 20 "
                    "novas detenções.",
                    "pt", EXTRACT_EVENT_DETENTION, 20, "Polícia Rodoviária Federal", EXTRACT_KIND_GOVERNMENT);
}

/* "Nigeria's federal government confirmed": the country's body, named whole, not an earlier name holding
 * "government". */
Test(whopick17, a_country_possessive_names_its_body)
{
    expect_claimant("Pupils of the Government Day Secondary School in Kebbi went missing on Monday. On Tuesday, "
                    "Nigeria's federal government confirmed that 40 students had been abducted.",
                    "en", EXTRACT_EVENT_DETENTION, 40, "Nigeria's federal government", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Italy's interior ministry has confirmed at least 15 arrests in Rome.", "en",
                    EXTRACT_EVENT_DETENTION, 15, "Italy's interior ministry", EXTRACT_KIND_GOVERNMENT);
    /* distractor: a bare noun with no possessive still means the body named before */
    expect_claimant("The Ministry of Interior of Niger met on Monday. On Tuesday, the ministry confirmed that 40 "
                    "students had been abducted.",
                    "en", EXTRACT_EVENT_DETENTION, 40, "Ministry of Interior of Niger", EXTRACT_KIND_GOVERNMENT);
}

/* "…, but declined to name them, citing the order issued by the judge": a reason, not the count's source. */
Test(whopick17, a_late_source_naming_only_an_agent_gives_a_reason)
{
    expect_claimant("A judge named Ana Ruiz spoke yesterday. Italy's interior ministry has confirmed at least 15 "
                    "arrests but declined to name those detained, citing the secrecy order imposed by the judge.",
                    "en", EXTRACT_EVENT_DETENTION, 15, "Italy's interior ministry", EXTRACT_KIND_GOVERNMENT);
    /* distractors: a source naming its source right away still speaks, after a clause break too */
    expect_claimant("At least 340 migrants remain in immigration detention, though, according to minister Pedro Gomez, "
                    "the figure could fall.",
                    "en", EXTRACT_EVENT_HELD, 340, "Pedro Gomez", EXTRACT_KIND_PERSON);
    expect_claimant("At least 30 people were detained, according to data compiled by Amnesty International.", "en",
                    EXTRACT_EVENT_DETENTION, 30, "Amnesty International", EXTRACT_KIND_ORGANIZATION);
}

/* "a ONG Temblores, que … por meio da plataforma Grita. … a entidade registrou": the clause describes the body; the
 * reference means the body. */
Test(whopick17, a_name_in_a_relative_clause_ranks_below_its_body)
{
    expect_claimant("O levantamento mais amplo é o da ONG Cauce, que trabalha por meio da plataforma Vigia. Ontem, a "
                    "entidade registrou 250 detenções arbitrárias.",
                    "pt", EXTRACT_EVENT_DETENTION, 250, "Cauce", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("El recuento más amplio es el de la ONG Cauce, que trabaja con la plataforma Vigía. Ayer, la "
                    "organización registró 250 detenciones arbitrarias.",
                    "es", EXTRACT_EVENT_DETENTION, 250, "Cauce", EXTRACT_KIND_ORGANIZATION);
    /* distractor: the name the clause mentions, named on its own in a later sentence, is meant */
    expect_claimant("O levantamento mais amplo é o da ONG Cauce, que trabalha com outras entidades. A ONG Vigia "
                    "apresentou dados próprios. Ontem, a entidade registrou 250 detenções arbitrárias.",
                    "pt", EXTRACT_EVENT_DETENTION, 250, "Vigia", EXTRACT_KIND_ORGANIZATION);
}

/* "«…», recordó en su alegato Lucía Ferrer": a phrase opening with a place word after the verb says where the speaker
 * spoke; the full name after it speaks, not a name inside the quotation. */
Test(whopick17, a_speaker_after_a_phrase_of_where)
{
    expect_claimant("\"En el Sótano había 40 presos a la vez\", recordó en su alegato Marta Ríos, abogada de la querella.",
                    "es", EXTRACT_EVENT_HELD, 40, "Marta Ríos", EXTRACT_KIND_PERSON);
    expect_claimant("\"In Block C there were 40 prisoners,\" recalled in his testimony Juan Perez.", "en",
                    EXTRACT_EVENT_HELD, 40, "Juan Perez", EXTRACT_KIND_PERSON);
    /* distractors: the phrase in Portuguese already reached the name; a place name after the place word is no one */
    expect_claimant("\"No Porão havia 40 presos\", disse em entrevista Marta Rios.", "pt", EXTRACT_EVENT_HELD, 40,
                    "Marta Rios", EXTRACT_KIND_PERSON);
    expect_claimant("\"Había 40 presos en aquella celda\", recordó en Buenos Aires Marta Ríos.", "es", EXTRACT_EVENT_HELD,
                    40, NULL, EXTRACT_KIND_UNKNOWN);
}

/* "a Cruz Vermelha fixou o total da operação em 869": the name before the verb setting the figure says it, not the
 * speaker of the figure before (which "o total" refers back to otherwise). */
Test(whopick17, the_name_before_a_verb_setting_the_figure)
{
    expect_claimant("O porta-voz Rui Costa disse que 200 presos foram soltos ontem. Esta manhã, a Cruz Vermelha fixou o "
                    "total da operação em cerca de 869 pessoas libertadas.",
                    "pt", EXTRACT_EVENT_RELEASE, 869, "Cruz Vermelha", EXTRACT_KIND_ORGANIZATION);
    /* distractors: Spanish and English already gave it to the name; the figure before keeps its speaker */
    expect_claimant("El portavoz Luis Gil dijo que 200 presos fueron liberados ayer. Esta mañana, la Cruz Roja situó la "
                    "cifra total en 869 personas liberadas.",
                    "es", EXTRACT_EVENT_RELEASE, 869, "Cruz Roja", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Spokesman Luis Gil said 200 prisoners were released yesterday. This morning the Red Cross put the "
                    "total at 869 people released.",
                    "en", EXTRACT_EVENT_RELEASE, 869, "Red Cross", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("O porta-voz Rui Costa disse que 200 presos foram soltos ontem. Esta manhã, a Cruz Vermelha fixou o "
                    "total da operação em cerca de 869 pessoas libertadas.",
                    "pt", EXTRACT_EVENT_RELEASE, 200, "Rui Costa", EXTRACT_KIND_PERSON);
}

/* "Al-Hakim said" after "Yusuf al-Hakim": a particle the sentence's start capitalised is the name written before. */
Test(whopick17, a_capitalised_particle_opening_a_sentence)
{
    expect_claimant("The Red Cross said 40 prisoners were freed on Monday. Yusuf al-Hakim, the rebels' negotiator, "
                    "disputed that. Al-Hakim said on Tuesday that 12 remained in custody.",
                    "en", EXTRACT_EVENT_HELD, 12, "Yusuf al-Hakim", EXTRACT_KIND_PERSON);
    expect_claimant("A Cruz Vermelha disse que 40 presos foram libertados na segunda-feira. Yusuf al-Hakim, o negociador "
                    "dos rebeldes, contestou. Al-Hakim disse na terça-feira que 12 continuam presos.",
                    "pt", EXTRACT_EVENT_HELD, 12, "Yusuf al-Hakim", EXTRACT_KIND_PERSON);
    expect_claimant("La Cruz Roja dijo que 40 presos fueron liberados el lunes. Yusuf al-Hakim, el negociador rebelde, lo "
                    "negó. Al-Hakim dijo el martes que 12 siguen presos.",
                    "es", EXTRACT_EVENT_HELD, 12, "Yusuf al-Hakim", EXTRACT_KIND_PERSON);
    /* distractor: the figure before keeps its body */
    expect_claimant("The Red Cross said 40 prisoners were freed on Monday. Yusuf al-Hakim, the rebels' negotiator, "
                    "disputed that. Al-Hakim said on Tuesday that 12 remained in custody.",
                    "en", EXTRACT_EVENT_RELEASE, 40, "Red Cross", EXTRACT_KIND_ORGANIZATION);
}
