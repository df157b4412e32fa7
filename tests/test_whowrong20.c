/* test_whowrong20.c - claims whose claimant was wrong (twentieth session): a body's name read as a person's
 * (superintendencies, companies, corporations), and a place inside a speaker's apposition that a later "he" meant.
 * Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep their
 * claimant. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(whowrong20, .init = setup, .fini = teardown);

#define PER EXTRACT_KIND_PERSON
#define RELEASE EXTRACT_EVENT_RELEASE
#define HELDE EXTRACT_EVENT_HELD
#define DETENTION EXTRACT_EVENT_DETENTION
#define ORG EXTRACT_KIND_ORGANIZATION
#define GOV EXTRACT_KIND_GOVERNMENT

/* "la Superintendencia de …", "a Superintendência da Polícia Federal": a state body, never a person named
 * "Superintendência" whose name stops before the body it heads. */
Test(whowrong20, a_superintendency_is_a_state_body)
{
    expect_claimant("Según la Superintendencia de Seguridad Pública, 45 personas fueron detenidas el martes.", "es", DETENTION,
                    45, "Superintendencia de Seguridad Pública", GOV);
    expect_claimant("Segundo a Superintendência da Polícia Federal em Goiás, 45 pessoas foram presas na terça.", "pt", DETENTION,
                    45, "Superintendência da Polícia Federal", GOV);
    expect_claimant("Instituciones Penitenciarias contabiliza 45 presos excarcelados este año.", "es", RELEASE, 45,
                    "Instituciones Penitenciarias", GOV);
    /* distractor: the title of a person, "superintendente", still heads the person's apposition */
    expect_claimant("El superintendente Mario Gil dijo que 45 personas fueron detenidas.", "es", DETENTION, 45, "Mario Gil", PER);
}

/* "Coastal Airlines", "la Corporación Memoria y Justicia", "a Linhas Aéreas do Sul": a company's or a corporation's
 * name is an organisation's, whole. */
Test(whowrong20, companies_and_corporations_are_organisations)
{
    expect_claimant("According to a list released by Coastal Airlines, the hijackers held 85 people hostage.", "en", HELDE,
                    85, "Coastal Airlines", ORG);
    expect_claimant("Según la Corporación Memoria y Justicia, 2.000 personas fueron detenidas en el estadio.", "es", DETENTION,
                    2000, "Corporación Memoria y Justicia", ORG);
    expect_claimant("Segundo a Linhas Aéreas do Sul, os sequestradores mantinham 85 pessoas como reféns.", "pt", HELDE, 85,
                    "Linhas Aéreas do Sul", ORG);
    /* distractor: a person's name still reads as a person's */
    expect_claimant("According to Ana Coastal, the hijackers held 85 people hostage.", "en", HELDE, 85, "Ana Coastal", PER);
}

/* "the former governor of neighbouring Kavala": the place after an office held over it is no one, with an adjective of
 * place between them too; the next "he" means the speaker whose apposition it is. */
Test(whowrong20, a_place_past_an_adjective_of_place_is_no_speaker)
{
    expect_claimant("Yesterday Tomas Rudd, the former governor of neighbouring Kavala, entered the building. He told reporters "
                    "that he had brought out 31 hostages.",
                    "en", RELEASE, 31, "Tomas Rudd", PER);
    expect_claimant("Ayer Tomás Rudel, el antiguo gobernador de la vecina Kavala, entró en el edificio. Él dijo a los "
                    "periodistas que había sacado a 31 rehenes liberados.",
                    "es", RELEASE, 31, "Tomás Rudel", PER);
    expect_claimant("Ontem Tomás Rudel, o antigo governador do vizinho Kavala, entrou no edifício. Ele disse aos "
                    "jornalistas que tinha libertado 31 reféns.",
                    "pt", RELEASE, 31, "Tomás Rudel", PER);
}

/* "the Labour MP for Wexley North": the seat a member sits for is a place, not whom "he" means. */
Test(whowrong20, the_seat_of_a_member_is_no_speaker)
{
    expect_claimant("Mr Tom Hale, the Labour MP for Wexley North, spoke outside the court. \"Nine more men are still in "
                    "prison tonight,\" he said.",
                    "en", HELDE, 9, "Tom Hale", PER);
    expect_claimant("Juan Arce, diputado por Cuenca Alta, habló ante el tribunal. \"Nueve hombres siguen presos esta "
                    "noche\", dijo él.",
                    "es", HELDE, 9, "Juan Arce", PER);
    expect_claimant("João Arce, deputado por Serra Alta, falou diante do tribunal. \"Nove homens continuam presos esta "
                    "noite\", disse ele.",
                    "pt", HELDE, 9, "João Arce", PER);
}

/* "Ana Lucía Pérez, directora del Centro de Apoyo Legal, quien afirmó…": "quien" / "who" stands only for people, so
 * after a body that closes a person's apposition it means the person. Portuguese has no such subject relative
 * ("que" stands for both); its sentence is a distractor that keeps the person it already had. */
Test(whowrong20, a_relative_for_people_means_the_person_not_her_body)
{
    expect_claimant("\"No es cierto\", replicó ayer Ana Lucía Pérez, directora del Centro de Apoyo Legal, quien afirmó que "
                    "al menos 40 presos siguen en la cárcel.",
                    "es", HELDE, 40, "Ana Lucía Pérez", PER);
    expect_claimant("Ana Lucía Pérez, directora del Centro de Apoyo Legal, quien afirmó que al menos 40 presos siguen en la "
                    "cárcel, pidió su liberación.",
                    "es", HELDE, 40, "Ana Lucía Pérez", PER);
    expect_claimant("\"That is false,\" said Ana Ruiz, a lawyer with the Legal Aid Centre, who said that at least 40 "
                    "prisoners remain in jail.",
                    "en", HELDE, 40, "Ana Ruiz", PER);
    expect_claimant("Segundo Ana Ruiz, diretora do Centro de Apoio Jurídico, pelo menos 40 presos continuam na cadeia.", "pt",
                    HELDE, 40, "Ana Ruiz", PER);
    /* distractors: "which" and a "que" with no person before the body keep the body */
    expect_claimant("\"That is false,\" said Ana Ruiz of the Legal Aid Centre, which said that at least 40 prisoners remain "
                    "in jail.",
                    "en", HELDE, 40, "Legal Aid Centre", ORG);
    expect_claimant("\"No es cierto\", replicó ayer la ministra, según el Centro de Apoyo Legal, que afirmó que al menos 40 "
                    "presos siguen en la cárcel.",
                    "es", HELDE, 40, "Centro de Apoyo Legal", ORG);
}
