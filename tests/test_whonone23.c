/* test_whonone23.c - claimants that came out empty (twenty-third session): a title between según / segundo /
 * according to and the person's name, a rank hyphenated to a title in an apposition, and verbs of saying with the
 * means or the addressee before "que". Sentences written for these tests, in Spanish, Portuguese and English, with
 * distractors that must keep their current output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(whonone23, .init = setup, .fini = teardown);

#define DETE EXTRACT_EVENT_DETENTION
#define RELE EXTRACT_EVENT_RELEASE
#define HELDE EXTRACT_EVENT_HELD
#define PERSON EXTRACT_KIND_PERSON

/* "según la abogada Marta Sáez": an article and a title between the source word and the name. */
Test(whonone23, a_title_between_the_source_word_and_the_name)
{
    expect_claimant("Quince jornaleros fueron puestos en libertad el viernes, según la abogada Marta Sáez.", "es", RELE,
                    15, "Marta Sáez", PERSON);
    expect_claimant("Según el portavoz municipal Luis Ordóñez, 40 vecinos siguen detenidos en la comisaría.", "es",
                    HELDE, 40, "Luis Ordóñez", PERSON);
    expect_claimant("Quinze trabalhadores foram soltos na sexta-feira, segundo a advogada Marta Sales, que os acompanha.",
                    "pt", RELE, 15, "Marta Sales", PERSON);
    expect_claimant("Segundo o delegado regional Paulo Vaz, 40 moradores continuam detidos na esquadra.", "pt", HELDE,
                    40, "Paulo Vaz", PERSON);
    expect_claimant("Fifteen farmhands were freed on Friday, according to the lawyer Martha Sayles.", "en", RELE, 15,
                    "Martha Sayles", PERSON);
    /* distractors: a body named after the source word, and a name that is not after a title */
    expect_claimant("Según la Fiscalía, 40 vecinos siguen detenidos en la comisaría.", "es", HELDE, 40, "Fiscalía",
                    EXTRACT_KIND_GOVERNMENT);
    expect_claimant("Fifteen farmhands were freed on Friday, according to Martha Sayles.", "en", RELE, 15,
                    "Martha Sayles", PERSON);
}

/* "Its spokesman, Lieutenant-Colonel Abu Dinka, said": a rank hyphenated to the title reads as one title. */
Test(whonone23, a_hyphenated_rank_before_the_name)
{
    expect_claimant("Its spokesman, Lieutenant-Colonel Abu Dinka, said more than 30 rebels had been taken into custody.",
                    "en", DETE, 30, "Abu Dinka", PERSON);
    expect_claimant("O porta-voz do exército, tenente-coronel Rui Matos, disse que 30 rebeldes foram detidos.", "pt", DETE,
                    30, "Rui Matos", PERSON);
    /* distractor: the plain title keeps its name */
    expect_claimant("Its spokesman, Colonel Abu Dinka, said more than 30 rebels had been taken into custody.", "en", DETE,
                    30, "Abu Dinka", PERSON);
}

/* "contou por telefone que", "repitió a la prensa local que", "ratificó que": verbs of saying. */
Test(whonone23, saying_with_the_means_or_the_addressee_before_que)
{
    expect_claimant("Ana Duarte, vereadora da oposição, contou por telefone que cerca de 60 estudantes foram detidos.",
                    "pt", DETE, 60, "Ana Duarte", PERSON);
    expect_claimant("O advogado da família, Jorge Neves, repetiu à imprensa local que mais de 20 pescadores continuam presos.",
                    "pt", HELDE, 20, "Jorge Neves", PERSON);
    expect_claimant("Ana Duarte, concejala de la oposición, contó por teléfono que unos 60 estudiantes fueron detenidos.",
                    "es", DETE, 60, "Ana Duarte", PERSON);
    expect_claimant("El abogado de la familia, Jorge Nieves, repitió a la prensa local que más de 20 pescadores siguen presos.",
                    "es", HELDE, 20, "Jorge Nieves", PERSON);
    expect_claimant("Consultado por este diario, el fiscal Jorge Nieves ratificó que 20 pescadores siguen presos.", "es",
                    HELDE, 20, "Jorge Nieves", PERSON);
    /* distractors: counting votes, ratifying a treaty are no verbs of saying (the patterns' own examples say so);
     * the subject of the clause still stands for the figure, as before */
    expect_claimant("Jorge Neves contou os votos e 20 pescadores continuam presos.", "pt", HELDE, 20, "Jorge Neves",
                    PERSON);
    expect_claimant("Jorge Nieves ratificó el tratado y 20 pescadores siguen presos.", "es", HELDE, 20, "Jorge Nieves",
                    PERSON);
    /* no adjunct and no "que": no speaker */
    expect_claimant("Contou por telefone a história: 20 pescadores continuam presos.", "pt", HELDE, 20, NULL, PERSON);
}

/* "17:45 — Primer parte de la Policía Federal: 87 detenidos": an account of a body labels the entry. */
Test(whonone23, an_account_of_a_body_labels_the_entry)
{
    expect_claimant("11:20 — Último parte de la Policía Municipal: 45 detenidos en el casco antiguo desde la mañana.", "es",
                    DETE, 45, "Policía Municipal", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("11h20 - Novo balanço da Polícia Municipal: 45 detidos no centro histórico desde a manhã.", "pt", DETE,
                    45, "Polícia Municipal", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("11:20 - Latest count of the Metropolitan Police: 45 arrests in the old town since the morning.",
                    "en", DETE, 45, "Metropolitan Police", EXTRACT_KIND_GOVERNMENT);
    /* distractors: no account noun before the body, and an account with no body */
    expect_claimant("11:20 — Los vecinos de la Policía Municipal: 45 detenidos en el casco antiguo.", "es", DETE, 45, NULL,
                    PERSON);
    expect_claimant("11:20 — Último parte: 45 detenidos en el casco antiguo desde la mañana.", "es", DETE, 45, NULL,
                    PERSON);
}
