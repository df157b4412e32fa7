/* test_who24.c - claimants (twenty-fourth session): an account that opens the count's clause as its subject, its
 * maker named with it ("The interior ministry's latest tally showed…", "Las cifras recopiladas por el Servicio…",
 * "a contagem do jornal X…"; claimant.c, S_account_subject), and the interviewee of an interview (discourse.c): whom
 * the reporter talked with, described before the name ("conversamos com a historiadora X"; subjects.c,
 * xc_interlocutor), the person an interview's headline gives the floor ("X: «…»"), and no place read as a person
 * ("trabaja en Puerto Nuevo") for whom "habló con ella" stands; a birthplace and year in brackets after a name
 * ("(Santiago de Cuba, 1949)") is no person either (patterns/shared/actors.pat); a source phrase in an aside before
 * a reporting verb (claimant.c, S_source_in_aside); a body's staff named before "of the" body (actors.c, S_staff_body).
 * Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(who24, .init = setup, .fini = teardown);

#define DTN EXTRACT_EVENT_DETENTION
#define HLD EXTRACT_EVENT_HELD
#define REL EXTRACT_EVENT_RELEASE
#define GOV EXTRACT_KIND_GOVERNMENT
#define ORG EXTRACT_KIND_ORGANIZATION
#define MED EXTRACT_KIND_MEDIA
#define PER EXTRACT_KIND_PERSON
#define NOK EXTRACT_KIND_UNKNOWN

/* A possessive maker before the account: "The ministry's latest tally showed 412". */
Test(who24, the_makers_account_opens_the_clause)
{
    expect_claimant("Detenciones en Dacca.\n\nEl último recuento del Ministerio del Interior mostraba al menos 412 "
                    "detenciones en la capital desde el viernes.",
                    "es", DTN, 412, "Ministerio del Interior", GOV);
    expect_claimant("Detenções em Daca.\n\nA última contagem do Ministério do Interior mostrava pelo menos 412 "
                    "detenções na capital desde sexta-feira.",
                    "pt", DTN, 412, "Ministério do Interior", GOV);
    expect_claimant("Arrests in Dhaka.\n\nThe interior ministry's latest tally showed at least 412 arrests in the "
                    "capital since Friday.",
                    "en", DTN, 412, "interior ministry", GOV);
}

/* The maker after "by": "Figures compiled by the Prison Service show that 2,300…". */
Test(who24, figures_compiled_by_a_body)
{
    expect_claimant("Presos en Dacca.\n\nLas cifras recopiladas por el Servicio Penitenciario muestran que 2.300 "
                    "personas seguían presas a finales de mayo.",
                    "es", HLD, 2300, "Servicio Penitenciario", GOV);
    expect_claimant("Presos em Daca.\n\nOs números compilados pelo Serviço Prisional mostram que 2.300 pessoas "
                    "continuavam presas no fim de maio.",
                    "pt", HLD, 2300, "Serviço Prisional", GOV);
    expect_claimant("Prisoners in Dhaka.\n\nFigures compiled by the Prison Service show that 2,300 people were held "
                    "in its jails at the end of May.",
                    "en", HLD, 2300, "Prison Service", GOV);
}

/* The maker after "of" and a descriptor: "el recuento del diario Prensa Libre", "a contagem independente da
 * organização X", "An independent tally by the human rights group X". */
Test(who24, the_count_of_a_described_maker)
{
    expect_claimant("Detenciones en Dacca.\n\nA finales de mes, el recuento del diario Prensa Libre había llegado a 96 "
                    "detenciones.",
                    "es", DTN, 96, "Prensa Libre", MED);
    expect_claimant("Detenções em Daca.\n\nUma contagem independente da organização Odhikar encontrou 700 detenções "
                    "na primeira semana.",
                    "pt", DTN, 700, "Odhikar", ORG);
    expect_claimant("Arrests in Dhaka.\n\nAn independent tally by the human rights group Odhikar found 700 arrests in "
                    "the first week.",
                    "en", DTN, 700, "Odhikar", ORG);
}

/* Distractors: an account in a clause of its own before the count, or after a preposition that opens the clause,
 * and a count "of" what it counts, give the count no maker. */
Test(who24, an_account_outside_the_counts_clause)
{
    expect_claimant("Detenciones en Dacca.\n\nTras el informe de la comisión, la policía detuvo a 40 personas en la "
                    "capital.",
                    "es", DTN, 40, NULL, NOK);
    expect_claimant("Detenções em Daca.\n\nApós o relatório do ministério a polícia deteve 61 pessoas.", "pt", DTN, 61,
                    NULL, NOK);
    expect_claimant("Arrests in Dhaka.\n\nFollowing the ministry's report police detained 61 people.", "en", DTN, 61,
                    NULL, NOK);
    expect_claimant("Detenciones en Dacca.\n\nEl recuento de detenidos en Lima llegó a 55 el lunes.", "es", DTN, 55,
                    NULL, NOK);
    expect_claimant("Detenções em Daca.\n\nA contagem de detidos em Lima chegou a 55 na segunda-feira.", "pt", DTN, 55,
                    NULL, NOK);
    expect_claimant("Arrests in Dhaka.\n\nAfter the commission's report, police arrested 40 people in the capital.",
                    "en", DTN, 40, NULL, NOK);
}

/* Whom the reporter talked with, a description between the agent word and the name, answers over a president the
 * introduction names with his title. */
Test(who24, the_described_interlocutor_answers)
{
    expect_claimant("\"La cárcel estaba llena\": entrevista sobre la represión de 1975\n\n"
                    "El presidente Carlos Mendes Tavares pidió ayer perdón a las familias. Para recordar la fecha, "
                    "hablamos con la historiadora Rita Gómez Pereira, autora de un libro sobre el periodo.\n\n"
                    "¿Cuántas personas fueron detenidas?\n\n"
                    "Los registros que consulté hablan de unas 4.000 personas detenidas solo aquel año.\n\n"
                    "¿Y cuántas salieron?\n\n"
                    "Que yo sepa, unas 900 fueron liberadas antes de Navidad.",
                    "es", REL, 900, "Rita Gómez Pereira", PER);
    expect_claimant("\"A prisão estava cheia\": entrevista sobre a repressão de 1975\n\n"
                    "O Presidente Carlos Mendes Tavares pediu ontem desculpa às famílias. Para marcar a data, "
                    "conversamos com a historiadora Rita Gomes Pereira, autora de um livro sobre o período.\n\n"
                    "Quantas pessoas foram presas?\n\n"
                    "Os registos que consultei apontam para cerca de 4 mil pessoas presas só naquele ano.\n\n"
                    "E quantas saíram?\n\n"
                    "Pelo que sei, cerca de 900 foram libertadas antes do Natal.",
                    "pt", REL, 900, "Rita Gomes Pereira", PER);
    expect_claimant("\"The prison was full\": an interview on the 1975 crackdown\n\n"
                    "President Carlos Mendes Tavares apologised to the families yesterday. To mark the date, we spoke "
                    "with the historian Rita Gomes Pereira, author of a book on the period.\n\n"
                    "How many people were arrested?\n\n"
                    "The records I consulted point to about 4,000 people arrested that year alone.\n\n"
                    "And how many came out?\n\n"
                    "As far as I know, about 900 were released before Christmas.",
                    "en", REL, 900, "Rita Gomes Pereira", PER);
}

/* The person an interview's headline gives the floor ("X: «…»") answers, over a titled name of the introduction. */
Test(who24, the_headline_speaker_answers)
{
    expect_claimant("Rita Gómez Pereira: \"La cárcel estaba llena\"\n\n"
                    "El presidente Carlos Mendes Tavares pidió ayer perdón a las familias. Rita Gómez Pereira escribió "
                    "un libro sobre el periodo y conoce los archivos.\n\n"
                    "¿Cuántas personas fueron detenidas?\n\n"
                    "Los registros que yo consulté hablan de unas 4.000 personas detenidas solo aquel año.\n\n"
                    "¿Y cuántas salieron?\n\n"
                    "Que yo sepa, unas 900 fueron liberadas antes de Navidad.",
                    "es", REL, 900, "Rita Gómez Pereira", PER);
    expect_claimant("Rita Gomes Pereira: \"A prisão estava cheia\"\n\n"
                    "O Presidente Carlos Mendes Tavares pediu ontem desculpa às famílias. Rita Gomes Pereira escreveu "
                    "um livro sobre o período e conhece os arquivos.\n\n"
                    "Quantas pessoas foram presas?\n\n"
                    "Os registos que eu consultei apontam para cerca de 4 mil pessoas presas só naquele ano.\n\n"
                    "E quantas saíram?\n\n"
                    "Pelo que eu sei, cerca de 900 foram libertadas antes do Natal.",
                    "pt", REL, 900, "Rita Gomes Pereira", PER);
    expect_claimant("Rita Gomes Pereira: \"The prison was full\"\n\n"
                    "President Carlos Mendes Tavares apologised to the families yesterday. Rita Gomes Pereira wrote a "
                    "book on the period and knows the archives.\n\n"
                    "How many people were arrested?\n\n"
                    "The records I consulted point to about 4,000 people arrested that year alone.\n\n"
                    "And how many came out?\n\n"
                    "As far as I know, about 900 were released before Christmas.",
                    "en", REL, 900, "Rita Gomes Pereira", PER);
}

/* "Este diario habló con ella": the person named before, not the place a name-shaped word after "en" is. */
Test(who24, a_place_is_not_whom_the_pronoun_stands_for)
{
    expect_claimant("\"Nadie sabe cuántos quedan\": entrevista con una activista\n\n"
                    "Ana Ruiz Cabello pasó ocho años presa. Desde 2001 trabaja en Puerto Nuevo, junto a la frontera. "
                    "Este diario habló con ella el sábado.\n\n"
                    "¿Cuántas personas siguen presas?\n\n"
                    "En nuestra lista hay al menos 700 personas que siguen presas.\n\n"
                    "¿Y cuántas salieron?\n\n"
                    "Nosotros contamos unas 90 liberadas este mes.",
                    "es", HLD, 700, "Ana Ruiz Cabello", PER);
    expect_claimant("\"Ninguém sabe quantos restam\": entrevista com uma ativista\n\n"
                    "Ana Ruiz Cabelo passou oito anos presa. Desde 2001 trabalha em Porto Novo, junto à fronteira. A "
                    "reportagem falou com ela no sábado.\n\n"
                    "Quantas pessoas continuam presas?\n\n"
                    "Na nossa lista há pelo menos 700 pessoas que continuam presas.\n\n"
                    "E quantas saíram?\n\n"
                    "Nós contamos cerca de 90 libertadas este mês.",
                    "pt", HLD, 700, "Ana Ruiz Cabelo", PER);
    expect_claimant("\"Nobody knows how many are left\": an interview with an activist\n\n"
                    "Ana Ruiz Cabello spent eight years in prison. Since 2001 she has worked in Port Nelson, near the "
                    "border. We spoke to her on Saturday.\n\n"
                    "How many people are still held?\n\n"
                    "Our list has at least 700 people who are still held.\n\n"
                    "And how many came out?\n\n"
                    "We counted about 90 released this month.",
                    "en", HLD, 700, "Ana Ruiz Cabello", PER);
}

/* Distractor: "hablamos con la madre de X", "we spoke with the mother of X": the name after "of" is someone else,
 * not whom the reporter talked with; the introduction's titled name still answers, as before. */
Test(who24, the_name_after_of_is_not_the_interlocutor)
{
    expect_claimant("\"Queremos saber dónde está\": entrevista con una madre\n\n"
                    "El presidente Carlos Mendes Tavares pidió ayer perdón a las familias. Para recordar la fecha, "
                    "hablamos con la madre de Julián Ortega Ruiz, detenido en 1975.\n\n"
                    "¿Cuántas personas fueron detenidas?\n\n"
                    "Yo sé que unas 4.000 personas fueron detenidas solo aquel año.\n\n"
                    "¿Y cuántas salieron?\n\n"
                    "Que yo sepa, unas 900 fueron liberadas antes de Navidad.",
                    "es", REL, 900, "Carlos Mendes Tavares", PER);
    expect_claimant("\"Queremos saber onde ele está\": entrevista com uma mãe\n\n"
                    "O Presidente Carlos Mendes Tavares pediu ontem desculpa às famílias. Para marcar a data, "
                    "conversamos com a mãe de Julião Ortega Ruiz, detido em 1975.\n\n"
                    "Quantas pessoas foram presas?\n\n"
                    "Eu sei que cerca de 4 mil pessoas foram presas só naquele ano.\n\n"
                    "E quantas saíram?\n\n"
                    "Pelo que eu sei, cerca de 900 foram libertadas antes do Natal.",
                    "pt", REL, 900, "Carlos Mendes Tavares", PER);
    expect_claimant("\"We want to know where he is\": an interview with a mother\n\n"
                    "President Carlos Mendes Tavares apologised to the families yesterday. To mark the date, we spoke "
                    "with the mother of Julian Ortega Ruiz, arrested in 1975.\n\n"
                    "How many people were arrested?\n\n"
                    "I know that about 4,000 people were arrested that year alone.\n\n"
                    "And how many came out?\n\n"
                    "As far as I know, about 900 were released before Christmas.",
                    "en", REL, 900, "Carlos Mendes Tavares", PER);
}

/* A source phrase in an aside between a reporting verb and its subject named before it: the subject cites the
 * source or the source carries its words; the subject reports the count. */
Test(who24, a_source_in_an_aside_before_the_verb)
{
    expect_claimant("Liberaciones.\n\nEl Ministerio del Interior, según la agencia estatal Sana, dijo el martes que 300 "
                    "presos fueron liberados.",
                    "es", REL, 300, "Ministerio del Interior", GOV);
    expect_claimant("Libertações.\n\nO Ministério do Interior, segundo a agência estatal Sana, disse na terça-feira que "
                    "300 presos foram libertados.",
                    "pt", REL, 300, "Ministério do Interior", GOV);
    expect_claimant("Arrests in Lahore.\n\nThe daily Dawn, citing police and provincial officials, reports that more "
                    "than 700 workers have been arrested.",
                    "en", DTN, 700, "Dawn", MED);
}

/* Distractors: a source phrase opening the sentence, or after the verb, keeps the count. */
Test(who24, a_source_outside_an_aside_keeps_the_count)
{
    expect_claimant("Liberaciones.\n\nSegún la agencia estatal Sana, 300 presos fueron liberados el martes.", "es", REL,
                    300, "Sana", MED);
    expect_claimant("Libertações.\n\nSegundo a agência estatal Sana, 300 presos foram libertados na terça-feira.", "pt",
                    REL, 300, "Sana", MED);
    expect_claimant("Releases.\n\nAccording to the state agency Sana, 300 prisoners were released on Tuesday.", "en",
                    REL, 300, "Sana", MED);
}

/* Unnamed staff of a body named after them, an article between the link word and the name: the body speaks (in
 * Portuguese the article is contracted with the link word, "da", which was read before; kept as a check). */
Test(who24, staff_of_the_body_named_after_them)
{
    expect_claimant("Detenciones.\n\nFuncionarios de la Oficina Federal de Investigación dijeron el miércoles que 149 "
                    "personas habían sido detenidas.",
                    "es", DTN, 149, "Oficina Federal de Investigación", ORG);
    expect_claimant("Detenções.\n\nFuncionários da Polícia Federal disseram na quarta-feira que 149 pessoas tinham "
                    "sido detidas.",
                    "pt", DTN, 149, "Polícia Federal", GOV);
    expect_claimant("Arrests.\n\nOfficials of the Federal Bureau of Investigation said on Wednesday night that 149 "
                    "people had been seized that day.",
                    "en", DTN, 149, "Federal Bureau of Investigation", GOV);
}
