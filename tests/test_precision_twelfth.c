/* test_precision_twelfth.c - figures the gold does not have (twelfth session, precision): a figure in apposition
 * to the names it counts, crowds of participants, a place that is home to people, and the parts of a total listed
 * after it. Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep
 * their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(precision_twelfth, .init = setup, .fini = teardown);

/* "A and B, the two students jailed": the figure says how many people the text has just named. */
Test(precision_twelfth, a_figure_beside_the_names_it_counts)
{
    expect_event("La policía liberó el lunes a Marta Sánchez y Pedro Gil, los dos estudiantes detenidos en la marcha.", "es", 2, NONE);
    expect_event("Foram soltos ontem João Costa e Rui Lopes, os dois jornalistas presos em março.", "pt", 2, NONE);
    expect_event("Police freed Anna Kowalski and Tom Reyes, the two students arrested at the rally.", "en", 2, NONE);
    /* names listed after a colon, for a definite figure */
    expect_event("Salieron de la cárcel los tres presos de ese penal: Marta Sánchez, Pedro Gil y Luis Mora.", "es", 3, NONE);
    expect_event("Saíram da cadeia os três presos dessa prisão: Marta Sousa, Pedro Gil e Luís Mota.", "pt", 3, NONE);
    expect_event("Out of the jail walked the three prisoners held there: Anna Kowalski, Tom Reyes and Li Wei.", "en", 3, NONE);
    /* distractors: a count whose names are fewer than the figure, or an indefinite figure naming them */
    /* a named person and two others are three people (seventeenth session, docs/corpus.md) */
    expect_event("El gobierno liberó a Marta Sánchez y a otros dos presos políticos.", "es", 3, REL);
    expect_event("The board released three activists on Monday, among them Anna Kowalski and Tom Reyes.", "en", 3, REL);
    expect_event("The government freed three activists: Anna Kowalski, Tom Reyes and Li Wei.", "en", 3, REL);
}

/* Participants in a rally are a crowd: ours only with an event word beside them. */
Test(precision_twelfth, participants_are_a_crowd)
{
    expect_event("La Fiscalía informó de unos 10.000 arrestos y de unos 80.000 participantes en las marchas.", "es", 80000, NONE);
    expect_event("A procuradoria falou de cerca de 10.000 detenções e de cerca de 80.000 participantes nas marchas.", "pt", 80000, NONE);
    expect_event("Prosecutors reported about 10,000 arrests and about 80,000 participants in the marches.", "en", 80000, NONE);
    /* distractors: participants arrested */
    expect_event("La policía detuvo a 40 participantes de la marcha.", "es", 40, DET);
    expect_event("A polícia deteve 40 participantes da marcha.", "pt", 40, DET);
    expect_event("Police arrested 40 participants in the march.", "en", 40, DET);
}

/* A place that is home to people counts its population. */
Test(precision_twelfth, a_place_home_to_people)
{
    expect_event("The province is home to fewer than two million people.", "en", 2000000, NONE);
    /* distractor: people who are home again */
    expect_event("Twelve fishermen were home by Sunday after the coast guard freed them.", "en", 12, REL);
}

/* The parts of a total listed after a colon, or coordinated with a part that took its group's event, share the
 * total's event whatever their own nouns say; a part with a verb of its own keeps it. */
Test(precision_twelfth, the_parts_of_a_total_share_its_event)
{
    expect_event("El gobierno excarceló a 20 presos: doce estudiantes, cinco periodistas y tres presos políticos.", "es", 3, REL);
    expect_event("O governo libertou 20 pessoas: doze estudantes, cinco jornalistas e três presos políticos.", "pt", 3, REL);
    expect_event("The government freed 20 people: twelve students, five journalists and three political prisoners.", "en", 3, REL);
    expect_event("La ONG documentó la excarcelación de 300 personas, entre ellas 40 mujeres y 12 personas que eran menores cuando fueron detenidas.", "es", 12, REL);
    expect_event("A ONG documentou a libertação de 300 pessoas, entre elas 40 mulheres e 12 pessoas que eram menores quando foram detidas.", "pt", 12, REL);
    expect_event("The group documented the release of 300 people, among them 40 women and 12 people who were minors when they were arrested.", "en", 12, REL);
    /* distractors: a part with a verb of its own */
    expect_event("La policía detuvo a 30 personas: 20 siguen presas.", "es", 20, HELD);
    expect_event("A polícia deteve 30 pessoas: 20 continuam presas.", "pt", 20, HELD);
    expect_event("Police detained 30 people: 20 remain in custody.", "en", 20, HELD);
}

/* How many claims of the document count value. */
static int S_claims_counting(const char *text, const char *lang, long long value)
{
    extract_doc *d = run(text, lang);
    int n = 0;
    for (size_t i = 0; i < extract_doc_claim_count(d); i++)
        n += extract_doc_claim(d, i)->count == value;
    extract_doc_free(d);
    return n;
}

/* "De los 40 detenidos, 12 …": a whole the text gave before, opening a clause before its part, is that group
 * again, not a second claim; a whole given for the first time there is a claim. */
Test(precision_twelfth, a_whole_named_again_before_its_part)
{
    cr_expect_eq(S_claims_counting("La policía detuvo a 40 personas el lunes, según el ministerio. De los 40 detenidos, 12 siguen presos, dijo la ONG.", "es", 40), 1);
    cr_expect_eq(S_claims_counting("A polícia deteve 40 pessoas na segunda-feira, segundo o ministério. Dos 40 detidos, 12 continuam presos, disse a ONG.", "pt", 40), 1);
    cr_expect_eq(S_claims_counting("Police detained 40 people on Monday, the ministry said. Of the 40 detained, 12 remain in custody, the group said.", "en", 40), 1);
    /* distractor: the whole given for the first time */
    expect_event("Of the 40 detained, 12 remain in custody, the group said.", "en", 40, DET);
}

/* People who were not arrested or jailed went through none of our events. */
Test(precision_twelfth, people_not_jailed_are_no_count)
{
    expect_event("El tribunal multó a tres activistas, que no fueron encarcelados.", "es", 3, NONE);
    expect_event("O tribunal multou três ativistas, que não foram presos.", "pt", 3, NONE);
    expect_event("The court fined three activists, who were not jailed.", "en", 3, NONE);
    /* distractors: people jailed */
    expect_event("El tribunal condenó a tres activistas, que fueron encarcelados.", "es", 3, HELD);
    /* sentenced by a court: people held, as in es (sixteenth session, en/verdicts.pat) */
    expect_event("The court sentenced three activists, who were jailed.", "en", 3, HELD);
}

/* A span of time between an event word and the part of a group it governs does not part them. */
Test(precision_twelfth, a_span_of_time_between_the_verb_and_the_part)
{
    expect_event("El juez ordenó mantener bajo custodia durante 48 horas a 14 de los arrestados.", "es", 14, HELD);
    expect_event("O juiz mandou manter sob custódia durante 48 horas 14 desses detidos.", "pt", 14, HELD);
    expect_event("The judge kept in custody for 48 hours 14 of those arrested.", "en", 14, HELD);
    /* distractor: the group's own event when no word governs the part */
    expect_event("Durante 48 horas, 14 de los arrestados no vieron a un abogado.", "es", 14, DET);
}
