/* test_claimants_unseen.c - who a figure is attributed to, for the ways claimant rules failed on articles written by
 * people who never saw the rules (corpus articles 44-47): bodies named by their head word alone ("Bowdoin College",
 * "the Writers Guild", "la Patrulla Fronteriza"), a body given as the aside of a generic subject ("A second group,
 * the X (ACR), had registered"), a relative clause with a comma of its own between the subject and its verb, a
 * source phrase whose body follows a capitalised article or a spokesperson's title, a colon between a subject and
 * a verb, accounts and pages as media. Sentences written for these tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(unseen_es, .init = setup, .fini = teardown);
TestSuite(unseen_pt, .init = setup, .fini = teardown);
TestSuite(unseen_en, .init = setup, .fini = teardown);

/* ---- a body named by its head word alone, no descriptor before it ---- */

Test(unseen_es, a_patrol_and_a_guild_by_their_head_word)
{
    expect_claimant("La Patrulla Fronteriza de Arizona informó que 64 migrantes fueron detenidos el domingo.", "es",
           EXTRACT_EVENT_DETENTION, 64, "Patrulla Fronteriza de Arizona", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("El Gremio de Periodistas Gráficos afirmó que 9 reporteros siguen presos.", "es", EXTRACT_EVENT_HELD, 9,
           "Gremio de Periodistas Gráficos", EXTRACT_KIND_ORGANIZATION);
}

Test(unseen_pt, a_patrol_and_a_guild_by_their_head_word)
{
    expect_claimant("A Patrulha Rodoviária Estadual informou que 64 manifestantes foram detidos no domingo.", "pt",
           EXTRACT_EVENT_DETENTION, 64, "Patrulha Rodoviária Estadual", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O Grêmio Estudantil Livre afirmou que 9 alunos continuam presos.", "pt", EXTRACT_EVENT_HELD, 9,
           "Grêmio Estudantil Livre", EXTRACT_KIND_ORGANIZATION);
}

Test(unseen_en, a_college_a_patrol_and_a_guild_by_their_head_word)
{
    expect_claimant("Bowdoin College said 41 students were arrested overnight.", "en", EXTRACT_EVENT_DETENTION, 41,
           "Bowdoin College", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The Arizona Border Patrol said 64 migrants were detained on Sunday.", "en", EXTRACT_EVENT_DETENTION, 64,
           "Arizona Border Patrol", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The Screen Writers Guild said 9 of its members remain in custody.", "en", EXTRACT_EVENT_HELD, 9,
           "Screen Writers Guild", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a body given as the aside of a generic subject ---- */

Test(unseen_es, a_body_named_in_the_aside_of_a_generic_subject)
{
    expect_claimant("Otra organización, la Red de Defensores Comunitarios (RDC), había contabilizado 318 detenidos hasta el "
           "viernes.",
           "es", EXTRACT_EVENT_DETENTION, 318, "Red de Defensores Comunitarios", EXTRACT_KIND_ORGANIZATION);
}

Test(unseen_pt, a_body_named_in_the_aside_of_a_generic_subject)
{
    expect_claimant("Outra entidade, a Rede de Defensores Comunitários (RDC), registava 318 detidos até sexta-feira.",
           "pt", EXTRACT_EVENT_DETENTION, 318, "Rede de Defensores Comunitários", EXTRACT_KIND_ORGANIZATION);
}

Test(unseen_en, a_body_named_in_the_aside_of_a_generic_subject)
{
    expect_claimant("A third group, the Network of Community Defenders (NCD), had counted 318 arrests by Friday.", "en",
           EXTRACT_EVENT_DETENTION, 318, "Network of Community Defenders", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a relative clause with a comma of its own between the subject and its verb ---- */

Test(unseen_es, a_relative_clause_split_by_a_comma)
{
    expect_claimant("El Observatorio de Cárceles, que revisa los expedientes uno a uno, con nombre y fecha, registraba "
           "412 presos políticos el lunes.",
           "es", EXTRACT_EVENT_HELD, 412, "Observatorio de Cárceles", EXTRACT_KIND_ORGANIZATION);
}

Test(unseen_pt, a_relative_clause_split_by_a_comma)
{
    expect_claimant("O Observatório das Prisões, que revê os processos um a um, com nome e data, registava na segunda-feira "
           "412 presos políticos.",
           "pt", EXTRACT_EVENT_HELD, 412, "Observatório das Prisões", EXTRACT_KIND_ORGANIZATION);
}

Test(unseen_en, a_relative_clause_split_by_a_comma)
{
    expect_claimant("The Prison Observatory, which reviews the files one by one, with names and dates, counted 412 political "
           "prisoners on Monday.",
           "en", EXTRACT_EVENT_HELD, 412, "Prison Observatory", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a colon between the subject's words and the verb: the clause after it speaks for the topic ---- */

Test(unseen_es, a_colon_before_the_verb)
{
    expect_claimant("El recuento de referencia es el del portal Efecto Cocuyo, que suma los casos informados por jueces: "
           "hasta el martes registraba 530 detenidos.",
           "es", EXTRACT_EVENT_DETENTION, 530, "Efecto Cocuyo", EXTRACT_KIND_MEDIA);
}

Test(unseen_pt, a_colon_before_the_verb)
{
    expect_claimant("A contagem de referência é a do jornal Estadão, que soma os casos informados por juízes: até "
           "terça-feira registava 530 detidos.",
           "pt", EXTRACT_EVENT_DETENTION, 530, "Estadão", EXTRACT_KIND_MEDIA);
}

Test(unseen_en, a_colon_before_the_verb)
{
    expect_claimant("The reference count is that of the agency Bloomberg, which adds up cases reported by judges: by "
           "Tuesday it had recorded 530 arrests.",
           "en", EXTRACT_EVENT_DETENTION, 530, "Bloomberg", EXTRACT_KIND_MEDIA);
}

/* ---- source phrases: a capitalised article before the body, a spokesperson's body ---- */

Test(unseen_es, a_source_whose_name_opens_with_an_article)
{
    expect_claimant("Desde entonces, más de 900 personas han sido detenidas en 30 ciudades, según un recuento de El "
           "Nacional.",
           "es", EXTRACT_EVENT_DETENTION, 900, "Nacional", EXTRACT_KIND_MEDIA);
}

Test(unseen_pt, a_source_whose_name_opens_with_an_article)
{
    expect_claimant("Desde então, mais de 900 pessoas foram detidas em 30 cidades, segundo uma contagem de O Globo.",
           "pt", EXTRACT_EVENT_DETENTION, 900, "Globo", EXTRACT_KIND_MEDIA);
}

Test(unseen_en, a_source_whose_name_opens_with_an_article)
{
    expect_claimant("Since then, more than 900 people have been arrested in 30 cities, according to a count by The Guardian.",
           "en", EXTRACT_EVENT_DETENTION, 900, "Guardian", EXTRACT_KIND_MEDIA);
}

Test(unseen_es, a_spokesperson_of_a_body_named_no_further)
{
    expect_claimant("Unas 75 personas fueron arrestadas en el puerto, según un vocero de la Patrulla Fronteriza (PF), tras el "
           "desalojo.",
           "es", EXTRACT_EVENT_DETENTION, 75, "Patrulla Fronteriza", EXTRACT_KIND_GOVERNMENT);
}

Test(unseen_pt, a_spokesperson_of_a_body_named_no_further)
{
    expect_claimant("Cerca de 75 pessoas foram detidas no porto, segundo um porta-voz da Patrulha Rodoviária, após a "
           "desocupação.",
           "pt", EXTRACT_EVENT_DETENTION, 75, "Patrulha Rodoviária", EXTRACT_KIND_GOVERNMENT);
}

Test(unseen_en, a_spokesperson_of_a_body_named_no_further)
{
    expect_claimant("About 75 people were arrested at the port, according to the director of the Writers Guild, after the "
           "clearance.",
           "en", EXTRACT_EVENT_DETENTION, 75, "Writers Guild", EXTRACT_KIND_ORGANIZATION);
}

/* ---- accounts and pages are media, their quoted names too ---- */

Test(unseen_es, an_account_is_a_medium)
{
    expect_claimant("Un video publicado por la cuenta \"Verdad Sin Filtro\" afirma que \"más de 5.000 estudiantes\" fueron "
           "detenidos. La cuenta \"Verdad Sin Filtro\" no cita fuentes. Verdad Sin Filtro asegura además que 800 "
           "siguen presos.",
           "es", EXTRACT_EVENT_HELD, 800, "Verdad Sin Filtro", EXTRACT_KIND_MEDIA);
}

Test(unseen_pt, a_page_is_a_medium)
{
    expect_claimant("Uma publicação da página Verdade Sem Filtro circula nas redes. A página Verdade Sem Filtro afirma que 800 "
           "estudantes continuam presos.",
           "pt", EXTRACT_EVENT_HELD, 800, "Verdade Sem Filtro", EXTRACT_KIND_MEDIA);
}

Test(unseen_en, an_account_is_a_medium)
{
    expect_claimant("A video posted by the account \"Truth Unfiltered\" went viral. Truth Unfiltered claims 800 students remain "
           "in jail.",
           "en", EXTRACT_EVENT_HELD, 800, "Truth Unfiltered", EXTRACT_KIND_MEDIA);
}

/* ---- a source word on a report, then a relative clause naming who made it ---- */

Test(unseen_es, the_report_a_relative_clause_attributes)
{
    expect_claimant("Unas 230 personas fueron detenidas el martes, según el balance que presentó ayer el portavoz de la "
           "Policía Nacional, Mario Ramos.",
           "es", EXTRACT_EVENT_DETENTION, 230, "Mario Ramos", EXTRACT_KIND_PERSON);
}

Test(unseen_pt, the_report_a_relative_clause_attributes)
{
    expect_claimant("Cerca de 230 pessoas foram detidas na terça-feira, segundo o balanço que a Rede Cívica de Observação "
           "divulgou ontem.",
           "pt", EXTRACT_EVENT_DETENTION, 230, "Rede Cívica de Observação", EXTRACT_KIND_ORGANIZATION);
}

Test(unseen_en, the_report_a_relative_clause_attributes)
{
    expect_claimant("About 230 people were detained on Tuesday, according to the figures that the Civic Monitoring Network "
           "released on Wednesday.",
           "en", EXTRACT_EVENT_DETENTION, 230, "Civic Monitoring Network", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a title written with capitals before a name, a portfolio after a title, a word naming the state (articles
 * 56-59): the name is the person's own words, the title is read whole ---- */

/* Asserts the claim's claimant is this person with this title. */
static void expect_titled(const char *text, const char *lang, extract_event ev, long long value, const char *name,
                          const char *title)
{
    extract_doc *d = run(text, lang);
    const extract_claim *c = claim_of(d, ev, value);
    char buf[4096];
    cr_assert_not_null(c->claimant.name, "no claimant, expected %s; %s", name, describe(d, buf, sizeof buf));
    cr_expect_str_eq(c->claimant.name, name);
    cr_expect_eq(c->claimant.kind, EXTRACT_KIND_PERSON);
    cr_assert_not_null(c->claimant.title, "no title, expected %s", title);
    cr_expect_str_eq(c->claimant.title, title);
    extract_doc_free(d);
}

Test(unseen_es, a_capitalised_title_or_a_portfolio_is_no_part_of_the_name)
{
    expect_titled("El Primer Ministro Tomás Urrutia dijo el lunes que 412 manifestantes fueron detenidos.", "es",
                  EXTRACT_EVENT_DETENTION, 412, "Tomás Urrutia", "Primer Ministro");
    expect_titled("El ministro de Defensa Ramiro Olmedo aseguró que 57 soldados siguen presos.", "es", EXTRACT_EVENT_HELD,
                  57, "Ramiro Olmedo", "ministro de Defensa");
    expect_claimant("\"El Estado de derecho funciona\", dijo la jueza Carla Boté, que confirmó que 23 acusados fueron "
                    "liberados.",
                    "es", EXTRACT_EVENT_RELEASE, 23, "Carla Boté", EXTRACT_KIND_PERSON);
}

Test(unseen_pt, a_capitalised_title_or_a_portfolio_is_no_part_of_the_name)
{
    expect_titled("O Primeiro-Ministro Duarte Lemos afirmou na segunda-feira que 412 manifestantes foram detidos.", "pt",
                  EXTRACT_EVENT_DETENTION, 412, "Duarte Lemos", "Primeiro-Ministro");
    expect_titled("O ministro da Defesa Ramiro Olmedo garantiu que 57 soldados continuam presos.", "pt", EXTRACT_EVENT_HELD,
                  57, "Ramiro Olmedo", "ministro da Defesa");
    expect_claimant("A juíza Carla Boté falou aos jornalistas. \"O Estado funcionou\", disse ela, e 23 arguidos foram "
                    "libertados.",
                    "pt", EXTRACT_EVENT_RELEASE, 23, "Carla Boté", EXTRACT_KIND_PERSON);
}

Test(unseen_en, a_capitalised_title_is_no_part_of_the_name)
{
    expect_titled("Prime Minister Tomas Urrutia said on Monday that 412 protesters had been detained.", "en",
                  EXTRACT_EVENT_DETENTION, 412, "Tomas Urrutia", "Prime Minister");
    expect_titled("Defence Minister Ramiro Olmedo said 57 soldiers were still being held.", "en", EXTRACT_EVENT_HELD, 57,
                  "Ramiro Olmedo", "Defence Minister");
    expect_titled("The army's spokesman, Brigadier General Omar Haddad, said 23 prisoners had been released.", "en",
                  EXTRACT_EVENT_RELEASE, 23, "Omar Haddad", "Brigadier General");
}

/* ---- a known medium named with the word "agency"; an official's office; a prison named by its place ---- */

Test(unseen_es, an_agency_an_office_and_a_prison)
{
    expect_claimant("Unos 75 reclusos fueron liberados el sábado, informó la Agencia Xinhua.", "es", EXTRACT_EVENT_RELEASE,
                    75, "Agencia Xinhua", EXTRACT_KIND_MEDIA);
    expect_claimant("Según la Oficina del Fiscal General, 140 sospechosos fueron detenidos.", "es", EXTRACT_EVENT_DETENTION,
                    140, "Oficina del Fiscal General", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("El Comité de Familiares de Presos afirmó que al menos 61 de sus miembros siguen en la Cárcel de Santa "
                    "Rita.",
                    "es", EXTRACT_EVENT_HELD, 61, "Comité de Familiares de Presos", EXTRACT_KIND_ORGANIZATION);
}

Test(unseen_pt, an_agency_an_office_and_a_prison)
{
    expect_claimant("Segundo a Agência Interfax, cerca de 75 reclusos foram libertados no sábado.", "pt",
                    EXTRACT_EVENT_RELEASE, 75, "Agência Interfax", EXTRACT_KIND_MEDIA);
    expect_claimant("Segundo o Gabinete do Procurador-Geral, 140 suspeitos foram detidos.", "pt", EXTRACT_EVENT_DETENTION,
                    140, "Gabinete do Procurador-Geral", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("A Associação de Familiares de Presos afirmou que pelo menos 61 dos seus membros continuam na Cadeia "
                    "Pública de Vila Nova.",
                    "pt", EXTRACT_EVENT_HELD, 61, "Associação de Familiares de Presos", EXTRACT_KIND_ORGANIZATION);
}

Test(unseen_en, an_agency_an_office_and_a_prison)
{
    expect_claimant("About 75 inmates were freed on Saturday, the state-run Xinhua News Agency reported.", "en",
                    EXTRACT_EVENT_RELEASE, 75, "Xinhua News Agency", EXTRACT_KIND_MEDIA);
    expect_claimant("More than 140 suspects have been arrested, according to the Public Defender's Office.", "en",
                    EXTRACT_EVENT_DETENTION, 140, "Public Defender's Office", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The Prisoners' Families Network said at least 61 of its members were still held in Kamiti Maximum "
                    "Prison.",
                    "en", EXTRACT_EVENT_HELD, 61, "Prisoners' Families Network", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Our lawyers visited them. As of Monday, at least 61 people were still being held in Kamiti Remand "
                    "and Nyeri Remand.",
                    "en", EXTRACT_EVENT_HELD, 61, NULL, EXTRACT_KIND_UNKNOWN);
}

/* ---- "el jefe del Gobierno", "o chefe do Governo", "the head of government": the prime minister named before, not
 * a body called "Gobierno" ---- */

Test(unseen_es, the_head_of_government_is_the_prime_minister)
{
    expect_claimant("La primera ministra, Irene Soler, compareció en Quito. Según la jefa del Gobierno, 2.310 personas "
                    "fueron detenidas.",
                    "es", EXTRACT_EVENT_DETENTION, 2310, "Irene Soler", EXTRACT_KIND_PERSON);
}

Test(unseen_pt, the_head_of_government_is_the_prime_minister)
{
    expect_claimant("A primeira-ministra, Irene Soler, falou em Díli. Segundo a chefe do Governo, 2.310 pessoas foram "
                    "detidas.",
                    "pt", EXTRACT_EVENT_DETENTION, 2310, "Irene Soler", EXTRACT_KIND_PERSON);
}

Test(unseen_en, the_head_of_government_is_the_prime_minister)
{
    expect_claimant("Prime Minister Irene Soler spoke in Suva. According to the head of government, 2,310 people have been "
                    "detained.",
                    "en", EXTRACT_EVENT_DETENTION, 2310, "Irene Soler", EXTRACT_KIND_PERSON);
}

/* ---- a verb that sets a figure ("was putting the number at", "situaba la cifra en"), said by a body a descriptor
 * calls a medium ("the state broadcaster KBT"): the medium, as a medium ---- */

Test(unseen_es, a_broadcaster_setting_a_figure)
{
    expect_claimant("El jueves la televisora estatal KBT situaba la cifra de detenidos en 4.120.", "es",
                    EXTRACT_EVENT_DETENTION, 4120, "KBT", EXTRACT_KIND_MEDIA);
}

Test(unseen_pt, a_broadcaster_setting_a_figure)
{
    expect_claimant("Na quinta-feira a emissora estatal KBT situava o número de detidos em 4.120.", "pt",
                    EXTRACT_EVENT_DETENTION, 4120, "KBT", EXTRACT_KIND_MEDIA);
}

Test(unseen_en, a_broadcaster_setting_a_figure)
{
    expect_claimant("On Thursday the state broadcaster KBT was putting the number of people detained at 4,120.", "en",
                    EXTRACT_EVENT_DETENTION, 4120, "KBT", EXTRACT_KIND_MEDIA);
}

/* ---- "la formación", "a formação", "the movement": the party a descriptor introduced ---- */

Test(unseen_es, the_formation_is_the_party_named_before)
{
    expect_claimant("El partido Les Bâtisseurs rechaza ese balance. En un comunicado, la formación asegura que 640 de sus "
                    "militantes fueron detenidos.",
                    "es", EXTRACT_EVENT_DETENTION, 640, "Les Bâtisseurs", EXTRACT_KIND_ORGANIZATION);
}

Test(unseen_pt, the_formation_is_the_party_named_before)
{
    expect_claimant("O partido Les Bâtisseurs rejeita esse balanço. Num comunicado, a formação garante que 640 dos seus "
                    "militantes foram detidos.",
                    "pt", EXTRACT_EVENT_DETENTION, 640, "Les Bâtisseurs", EXTRACT_KIND_ORGANIZATION);
}

Test(unseen_en, the_movement_is_the_party_named_before)
{
    expect_claimant("The party Les Bâtisseurs rejects that tally. In a statement, the movement said 640 of its members "
                    "had been detained.",
                    "en", EXTRACT_EVENT_DETENTION, 640, "Les Bâtisseurs", EXTRACT_KIND_ORGANIZATION);
}
