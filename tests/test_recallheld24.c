/* test_recallheld24.c - counts of people held that were not taken (twenty-fourth session): one person still held
 * ("One student is still being held", "uno de los cuatro sigue en prisión", "Fica uma pessoa detida"), a term of
 * days or a sentence being served ("are serving 15-day jail terms", "cumplen quince días de arresto", "cumprem
 * pena"), the progressive of "keep" ("are still being kept in the North"), pt "internos", and a company in
 * apposition after its name as an organisation ("a Umanizzare, empresa privada que…"). Sentences written for
 * these tests, in Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(recallheld24, .init = setup, .fini = teardown);

/* "one" alone is an article; before a state of being held it counts one person. */
Test(recallheld24, one_person_still_held)
{
    expect_event("One aid worker is still being held, the charity said on Friday.", "en", 1, HELD);
    expect_event("Only one of the six, a 40-year-old engineer, remained in custody on Sunday.", "en", 1, HELD);
    expect_event("One man was kept in custody because of an older warrant, the police said.", "en", 1, HELD);
    expect_event("Una periodista sigue secuestrada en la región, según la ONG.", "es", 1, HELD);
    expect_event("Solo uno de los seis, Mario Gil, de 40 años, permanece en prisión.", "es", 1, HELD);
    expect_event("Um jornalista continua detido na esquadra, segundo o sindicato.", "pt", 1, HELD);
    expect_event("Fica uma pessoa detida por ter um mandado pendente, acrescenta a nota.", "pt", 1, HELD);
    /* "the only", "el único", "o único" before a people noun: one person */
    expect_event("The only journalist among the crew, who holds a French passport, remained in custody.", "en", 1,
                 HELD);
    expect_event("El único periodista entre los rehenes, que no podía ser canjeado, siguió preso dos años.", "es", 1,
                 HELD);
    expect_event("O único jornalista entre os reféns, que não podia ser trocado, continuou preso dois anos.", "pt", 1,
                 HELD);
    /* distractors: a release, an arrest, another clause's figure, an article before a thing */
    expect_event("One aid worker was released on Friday, the charity said.", "en", 1, NONE);
    expect_event("One of the officers said that 40 people are still being held.", "en", 40, HELD);
    expect_event("One of the officers said that 40 people are still being held.", "en", 1, NONE);
    expect_event("Una periodista fue liberada el viernes, según la ONG.", "es", 1, NONE);
    expect_event("Uma casa continua nas mãos da família desde 1990.", "pt", 1, NONE);
    expect_event("The only prisoner released on Monday was a journalist.", "en", 1, NONE);
    expect_event("The police said no one was in police custody for the march.", "en", 1, NONE);
    expect_event("La única carretera sigue en manos de los rebeldes.", "es", 1, NONE);
}

/* Serving a term of days or a sentence now is being held; a term served before a release is not. */
Test(recallheld24, serving_a_term_is_held)
{
    expect_event("In Minsk, at least nine protesters are serving 15-day jail terms, a rights group said.", "en", 9,
                 HELD);
    expect_event("En Minsk, al menos nueve manifestantes cumplen ya quince días de arresto, según una ONG.", "es", 9,
                 HELD);
    expect_event("Em Minsk, pelo menos nove manifestantes cumprem já 15 dias de detenção, segundo uma ONG.", "pt", 9,
                 HELD);
    /* distractors: the term already served */
    expect_event("Nine protesters were freed after serving 15 days in jail.", "en", 9, REL);
    expect_event("Los nueve manifestantes fueron liberados tras cumplir quince días de arresto.", "es", 9, REL);
}

/* "are still being kept": the progressive of "keep" says people are held; kept informed is no custody. */
Test(recallheld24, still_being_kept)
{
    expect_event("The ministry says 340 fishermen seized at sea are still being kept in the North.", "en", 340, HELD);
    expect_event("O ministério diz que 340 pescadores capturados no mar continuam retidos no Norte.", "pt", 340,
                 HELD);
    expect_event("El ministerio dice que 340 pescadores capturados en el mar siguen retenidos en el Norte.", "es", 340,
                 HELD);
    /* distractor: kept informed */
    expect_event("The 340 families are being kept informed by the ministry.", "en", 340, NONE);
}

/* pt "internos", as es "internos" and en "inmates": people held in a prison. */
Test(recallheld24, inmates_pt)
{
    expect_event("Segundo a empresa, o presídio reúne 2.310 internos.", "pt", 2310, HELD);
    /* distractor: internal affairs are no inmates */
    expect_event("O relatório cita 2.310 processos internos abertos no ano.", "pt", 2310, NONE);
}

/* The claimant of a prison's figure: a company described in apposition after its name is an organisation. */
static void expect_kind(const char *text, const char *lang, long long value, extract_actor_kind kind)
{
    extract_doc *d = run(text, lang);
    char buf[2048];
    int got = -1;
    for (size_t i = 0; i < extract_doc_claim_count(d); i++)
        if (extract_doc_claim(d, i)->count == value)
            got = (int)extract_doc_claim(d, i)->claimant.kind;
    cr_expect_eq(got, (int)kind, "%s: %lld kind %d, got %d; %s", text, value, (int)kind, got,
                 describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

Test(recallheld24, company_in_apposition)
{
    expect_kind("Acme Prisons, a private company, said the jail holds about 1,072 inmates.", "en", 1072,
                EXTRACT_KIND_ORGANIZATION);
    expect_kind("Gestiona, empresa privada que administra el penal, informa que el complejo reúne 1.072 internos.",
                "es", 1072, EXTRACT_KIND_ORGANIZATION);
    expect_kind("Já a Umanizzare, empresa privada que administra a unidade, informa que o complexo reúne 1.072 internos.",
                "pt", 1072, EXTRACT_KIND_ORGANIZATION);
    /* distractor: a person described by her trade stays a person */
    expect_kind("Ana Lima, empresária, disse que 30 pessoas continuam detidas.", "pt", 30, EXTRACT_KIND_PERSON);
}
