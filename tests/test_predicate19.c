/* test_predicate19.c - which event a figure is, taken from the count's own predicate (nineteenth session): a
 * participle describing the people yields to the finite verb past the aside it opens, a verb of remaining before an
 * inverted subject says the people are held, a word before the reporting verb does not reach a count whose noun says
 * its own event, an event word in an aside of inclusion or after a word of indefinite quantity is another group's, a
 * relative clause tells what a verb of tallying counts, and a part named by "of them" has the event of the count
 * before it. Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep
 * their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(predicate19, .init = setup, .fini = teardown);

/* "seven other Americans, kidnapped in Beirut …, are still being held": the participle opens an aside that describes
 * the people; the finite verb after the comma that closes it is what is true of them. */
Test(predicate19, the_finite_verb_past_a_participle_aside)
{
    expect_event("Otros nueve periodistas, secuestrados en el norte del país durante el último año, siguen cautivos.",
                 "es", 9, HELD);
    expect_event("Outros nove jornalistas, sequestrados no norte do país ao longo do último ano, continuam em "
                 "cativeiro.",
                 "pt", 9, HELD);
    expect_event("Nine other journalists, abducted in the north over the past year in separate attacks, are still "
                 "being held.",
                 "en", 9, HELD);
    expect_event("Unos 120 pastores, secuestrados en una aldea de Kaduna hace un mes, fueron liberados el lunes.", "es",
                 120, REL);
    expect_event("Some 120 herders abducted from a village near Kaduna, Nigeria, were freed on Monday.", "en", 120, REL);
    /* distractors: a reporting verb between keeps the participle; a participle right after a bare figure is its
     * noun, and the people are named by it */
    expect_event("Some 120 herders abducted from a village near Kaduna, police said, were freed on Monday.", "en", 120,
                 DET);
    expect_event("Os catorze libertados, entre os quais vários estrangeiros, foram levados de carro até à capital.",
                 "pt", 14, REL);
    expect_event("Los catorce liberados, entre ellos varios extranjeros, fueron trasladados en coche a la capital.",
                 "es", 14, REL);
}

/* "siguen en cautiverio en Colombia unas 300 personas secuestradas": a verb of remaining before an inverted subject
 * is its predicate; the participle after the noun only describes the people. */
Test(predicate19, a_verb_of_remaining_before_an_inverted_subject)
{
    expect_event("Siguen en prisión en Managua unas 150 personas detenidas durante las protestas de abril.", "es", 150,
                 HELD);
    expect_event("Continuam presas em Luanda cerca de 150 pessoas detidas durante os protestos de junho.", "pt", 150,
                 HELD);
    expect_event("There remain in custody in Minsk some 150 people arrested during the protests in March.", "en", 150,
                 HELD);
    /* distractors: the verb of remaining is another clause's (past a comma), and a plain arrest */
    expect_event("Los dirigentes siguen en prisión, y unas 150 personas detenidas durante las protestas esperan juicio.",
                 "es", 150, DET);
    expect_event("La policía detuvo en Managua a unas 150 personas durante las protestas de abril.", "es", 150, DET);
}

/* "saudou a libertação, mas lembrou que as FARC mantêm ainda 44 reféns": the word before the reporting verb is what
 * the speaker welcomed; hostages counted in what was said keep their own event. */
Test(predicate19, a_word_before_the_reporting_verb_does_not_reach_the_count)
{
    expect_event("O ministro saudou a libertação, mas lembrou que os rebeldes mantêm ainda 30 reféns na selva.", "pt",
                 30, HELD);
    expect_event("El ministro celebró la liberación, pero recordó que los rebeldes tienen todavía 30 rehenes en la "
                 "selva.",
                 "es", 30, HELD);
    expect_event("The minister welcomed the release but recalled that the rebels still have 30 hostages in the "
                 "jungle.",
                 "en", 30, HELD);
    /* distractor: the word governs the count in its own clause */
    expect_event("El ministro celebró la liberación de 30 rehenes y pidió la de los demás.", "es", 30, REL);
}

/* "cerca de 700 reféns, incluindo sequestrados por motivos económicos": an event word in an aside of inclusion, or
 * the noun of a group opened by a word of indefinite quantity, is that group's. */
Test(predicate19, an_event_word_of_another_group)
{
    expect_event("Os rebeldes terão em seu poder cerca de 700 reféns, incluindo sequestrados por resgate.", "pt", 700,
                 HELD);
    expect_event("Los rebeldes tendrían en su poder unos 700 rehenes, incluidos secuestrados por rescate.", "es", 700,
                 HELD);
    expect_event("The rebels are thought to have about 700 hostages, including people kidnapped for ransom.", "en",
                 700, HELD);
    expect_event("As ONG estimavam em cerca de quatro mil os presos políticos no país, e vários detidos nos protestos "
                 "aguardam julgamento.",
                 "pt", 4000, HELD);
    expect_event("Las ONG calculaban en unos cuatro mil los presos políticos del país, y varios detenidos en las "
                 "protestas esperan juicio.",
                 "es", 4000, HELD);
    /* distractors: the count's own verb before it, and an aside naming some of those arrested */
    expect_event("Police detained 40 people, including two journalists.", "en", 40, DET);
    expect_event("A polícia deteve 40 pessoas, incluindo dois jornalistas.", "pt", 40, DET);
}

/* "Instituciones Penitenciarias contabiliza 29 presos de la organización que salieron en libertad": a verb of
 * tallying says only that people are counted; the relative clause of their noun says what happened to them. */
Test(predicate19, a_tally_counts_what_the_relative_clause_says)
{
    expect_event("La dirección de prisiones contabiliza 45 presos del grupo que salieron en libertad este año.", "es",
                 45, REL);
    expect_event("A direção-geral contabiliza 45 presos do grupo que saíram em liberdade este ano.", "pt", 45, REL);
    /* distractors: a relative clause with no event word of ours, and no relative clause */
    expect_event("La dirección de prisiones contabiliza 45 presos del grupo que cumplen condena.", "es", 45, HELD);
    expect_event("La dirección de prisiones contabiliza 45 presos del grupo.", "es", 45, HELD);
}

/* "unas 300 personas secuestradas …, al menos un centenar de ellas en manos de las FARC": a part named only by a
 * partitive pronoun has the event of the count before it, not of an event word elsewhere. */
Test(predicate19, a_part_of_them_has_the_event_of_the_count_before)
{
    expect_event("Siguen en prisión en Managua unas 150 personas detenidas en abril, al menos una veintena de ellas "
                 "menores de edad.",
                 "es", 20, HELD);
    expect_event("Continuam presas em Luanda cerca de 150 pessoas detidas em junho, pelo menos duas dezenas delas "
                 "menores de idade.",
                 "pt", 20, HELD);
    /* distractors: the same part of people arrested, and of people still held in English */
    expect_event("La policía detuvo a unas 150 personas, al menos una veintena de ellas menores de edad.", "es", 20, DET);
    expect_event("About 150 people arrested in March remain in custody, at least 20 of them minors.", "en", 20, HELD);
}

/* "situó la cifra en «cerca de 5.000» y advirtió de que la liberación de hoy …": a figure with no people noun does
 * not take the event word of what a second reporting verb, coordinated after it, says; here it answers the question
 * before it. */
Test(predicate19, a_word_a_second_reporting_verb_says_is_not_the_figures)
{
    expect_event("¿Cuántos palestinos siguen presos en Israel? El ministro situó la cifra en cerca de 5.000 y advirtió "
                 "de que la liberación de hoy es solo un primer paso.",
                 "es", 5000, HELD);
    expect_event("Quantos palestinianos continuam presos em Israel? O ministro fixou o número em cerca de 5.000 e "
                 "afirmou que a libertação de hoje é apenas um primeiro passo.",
                 "pt", 5000, HELD);
    expect_event("How many Palestinians are still held in Israel? The minister put the figure at about 5,000 and "
                 "warned that today's release was only a first step.",
                 "en", 5000, HELD);
    /* distractors: a figure with its own noun of release, and a count whose own verb comes first */
    expect_event("El ministro situó la cifra de liberados en 300 y advirtió de que la liberación de hoy es solo un "
                 "primer paso.",
                 "es", 300, REL);
    expect_event("Police said 300 people were arrested and added that the release of the others was expected.", "en",
                 300, DET);
}

/* "about 735 Lebanese detainees remain at the Atlit camp … and will be let go": the count's own verb, right after its
 * noun, is one of remaining; what may happen to them later in the sentence is not their event. */
Test(predicate19, a_verb_of_remaining_right_after_the_noun)
{
    expect_event("Unos 40 detenidos permanecen en el cuartel de Tipitapa y serán liberados cuando termine la "
                 "investigación.",
                 "es", 40, HELD);
    expect_event("Cerca de 40 detidos permanecem no quartel de Tipitapa e serão libertados quando terminar a "
                 "investigação.",
                 "pt", 40, HELD);
    expect_event("About 40 Nicaraguan detainees remain at the Tipitapa barracks and will be freed when the inquiry ends.",
                 "en", 40, HELD);
    /* distractors: the count's own verb is the release, and the verb of remaining is another group's */
    expect_event("Unos 40 detenidos fueron liberados el lunes y el resto permanece en el cuartel.", "es", 40, REL);
    expect_event("About 40 detainees were freed on Monday; the rest remain at the barracks.", "en", 40, REL);
}
