/* test_claimant_pick.c - who speaks, eleventh session (articles 79-108): the kind of a state body no lexicon lists
 * (a national or high commission, a high commissariat), and which of several names in a sentence is the one that
 * counted. Sentences written for these tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(pick_es, .init = setup, .fini = teardown);
TestSuite(pick_pt, .init = setup, .fini = teardown);
TestSuite(pick_en, .init = setup, .fini = teardown);

/* ---- a national commission is a body the state set up, whatever cause its name holds ---- */

Test(pick_es, a_national_commission_is_the_state)
{
    expect_claimant("La Comisión Nacional de Derechos Humanos de Malaui contabilizó el lunes 212 detenidos en las "
                    "protestas.",
                    "es", EXTRACT_EVENT_DETENTION, 212, "Comisión Nacional de Derechos Humanos de Malaui",
                    EXTRACT_KIND_GOVERNMENT);
}

Test(pick_pt, a_national_commission_is_the_state)
{
    expect_claimant("A Comissão Nacional de Direitos Humanos do Malawi contabilizou na segunda-feira 212 detidos nos "
                    "protestos.",
                    "pt", EXTRACT_EVENT_DETENTION, 212, "Comissão Nacional de Direitos Humanos do Malawi",
                    EXTRACT_KIND_GOVERNMENT);
}

Test(pick_en, a_national_commission_is_the_state)
{
    expect_claimant("The Malawi Human Rights Commission aside, the National Human Rights Commission of Togo counted "
                    "212 detainees on Monday.",
                    "en", EXTRACT_EVENT_HELD, 212, "National Human Rights Commission of Togo",
                    EXTRACT_KIND_GOVERNMENT);
}

/* ---- a high commissariat is the state's office in a territory ---- */

Test(pick_es, a_high_commissariat_is_the_state)
{
    expect_claimant("La Alta Comisaría de la República informó el sábado de que 318 personas han sido detenidas.",
                    "es", EXTRACT_EVENT_DETENTION, 318, "Alta Comisaría de la República", EXTRACT_KIND_GOVERNMENT);
}

Test(pick_pt, a_high_commissariat_is_the_state)
{
    expect_claimant("O Alto Comissariado da República informou no sábado que 318 pessoas foram detidas.",
                    "pt", EXTRACT_EVENT_DETENTION, 318, "Alto Comissariado da República", EXTRACT_KIND_GOVERNMENT);
}

Test(pick_en, a_high_commissariat_is_the_state)
{
    expect_claimant("The High Commissariat of the Republic said on Saturday that 318 people had been arrested.",
                    "en", EXTRACT_EVENT_DETENTION, 318, "High Commissariat of the Republic",
                    EXTRACT_KIND_GOVERNMENT);
}

/* ---- a stadium is where people were held, never who speaks: the interviewee answers ---- */

Test(pick_es, a_stadium_is_not_the_interviewee)
{
    expect_claimant("«Nadie contó a los presos»: una historiadora habla del Estadio Municipal de Tarija\n\n"
                    "Marta Quiroga Leal, 58 años, investigadora de la Universidad de Sucre, estudia desde hace años el "
                    "Estadio Municipal de Tarija. Hablamos con ella en su casa.\n\n"
                    "¿Por qué el Estadio Municipal de Tarija?\n\nPorque fue el primer lugar de detención masiva.\n\n"
                    "¿Cuántas personas pasaron por allí?\n\n"
                    "Según nuestras listas, fueron detenidos en el estadio al menos 35 estudiantes.",
                    "es", EXTRACT_EVENT_DETENTION, 35, "Marta Quiroga Leal", EXTRACT_KIND_PERSON);
}

Test(pick_pt, a_stadium_is_not_the_interviewee)
{
    expect_claimant("\"Ninguém contou os presos\": historiadora fala do Estádio Municipal de Beira\n\n"
                    "Marta Quiroga Leal, 58 anos, investigadora da Universidade do Porto, estuda há anos o Estádio "
                    "Municipal de Beira. Falámos com ela em casa.\n\n"
                    "Porque é que o Estádio Municipal de Beira?\n\nPorque foi o primeiro lugar de detenção em massa.\n\n"
                    "Quantas pessoas passaram por lá?\n\n"
                    "Segundo as nossas listas, foram detidos no estádio pelo menos 35 estudantes.",
                    "pt", EXTRACT_EVENT_DETENTION, 35, "Marta Quiroga Leal", EXTRACT_KIND_PERSON);
}

Test(pick_en, a_stadium_is_not_the_interviewee)
{
    expect_claimant("\"Nobody counted the prisoners\": a historian on Victoria Park Stadium\n\n"
                    "Marta Quiroga Leal, 58, a researcher at the University of Leeds, has studied Victoria Park "
                    "Stadium for years. We spoke to her at home.\n\n"
                    "Why Victoria Park Stadium?\n\nBecause it was the first place of mass detention.\n\n"
                    "How many people passed through it?\n\n"
                    "According to our lists, at least 35 students were detained in the stadium.",
                    "en", EXTRACT_EVENT_DETENTION, 35, "Marta Quiroga Leal", EXTRACT_KIND_PERSON);
}

/* ---- the name after "citados por", "citadas pela", "quoted by" passed the words on: the name before speaks ---- */

Test(pick_es, officials_quoted_by_a_paper_speak)
{
    expect_claimant("Funcionarios europeos citados por el diario El País estimaron que unas 700 personas fueron "
                    "detenidas durante la noche.",
                    "es", EXTRACT_EVENT_DETENTION, 700, "Funcionarios", EXTRACT_KIND_GOVERNMENT);
}

Test(pick_pt, officials_quoted_by_an_agency_speak)
{
    expect_claimant("Funcionários europeus citados pela agência Lusa estimaram que cerca de 700 pessoas foram "
                    "detidas durante a noite.",
                    "pt", EXTRACT_EVENT_DETENTION, 700, "Funcionários", EXTRACT_KIND_GOVERNMENT);
}

Test(pick_en, officials_quoted_by_a_paper_speak)
{
    expect_claimant("European officials quoted by Reuters estimated that some 700 people were arrested overnight.",
                    "en", EXTRACT_EVENT_DETENTION, 700, "officials", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a live blog whose entries open with a dotted clock ("08.15 —", "9.40am:") is no statement: its "we" is the
 * newsroom's, and the body in its headline issues nothing ---- */

Test(pick_es, a_live_blog_with_dotted_clocks_has_no_issuer)
{
    expect_claimant("DIRECTO: Desalojo del puerto mientras la Autoridad Portuaria reabre los muelles\n\n"
                    "Nuestra cobertura en directo del desalojo. Actualizaremos esta página durante el día, y nuestros "
                    "redactores siguen en el muelle.\n\n"
                    "09.40 — Los operarios retiran las tiendas del muelle.\n\n"
                    "08.15 — Seguimos esperando un balance oficial, según nuestro equipo.\n\n"
                    "07.50 — Durante la noche, 45 personas fueron detenidas en el muelle.",
                    "es", EXTRACT_EVENT_DETENTION, 45, NULL, 0);
}

Test(pick_pt, a_live_blog_with_dotted_clocks_has_no_issuer)
{
    expect_claimant("DIRETO: Desocupação do porto enquanto a Autoridade Portuária reabre as docas\n\n"
                    "A nossa cobertura em direto da desocupação. Vamos atualizar esta página ao longo do dia, e os "
                    "nossos repórteres estão no cais.\n\n"
                    "09.40 — As equipas retiram as tendas do cais.\n\n"
                    "08.15 — Continuamos à espera de um balanço oficial, segundo a nossa equipa.\n\n"
                    "07.50 — Durante a noite, 45 pessoas foram detidas no cais.",
                    "pt", EXTRACT_EVENT_DETENTION, 45, NULL, 0);
}

Test(pick_en, a_live_blog_with_am_clocks_has_no_issuer)
{
    expect_claimant("LIVE: Harbour protest cleared as the Port Authority reopens the docks\n\n"
                    "Our live coverage of the clearance. We will update this page through the day.\n\n"
                    "9.40am: Crews are removing the tents from the quay.\n\n"
                    "8.15am: We are still waiting for an official tally.\n\n"
                    "7.50am: Overnight, 45 people were arrested on the quay.",
                    "en", EXTRACT_EVENT_DETENTION, 45, NULL, 0);
}

/* ---- outlets and international organisations known by a name with no head word: their kind from the lexicons
 * (patterns/shared/media.txt, orgs.txt), never a person's ---- */

Test(pick_es, a_newspaper_by_name_is_a_medium)
{
    expect_claimant("Le Monde informó el martes de que 300 personas fueron detenidas en París.", "es",
                    EXTRACT_EVENT_DETENTION, 300, "Le Monde", EXTRACT_KIND_MEDIA);
}

Test(pick_pt, a_newspaper_by_name_is_a_medium)
{
    expect_claimant("O Financial Times noticiou na terça-feira que 300 pessoas foram detidas em Londres.", "pt",
                    EXTRACT_EVENT_DETENTION, 300, "Financial Times", EXTRACT_KIND_MEDIA);
}

Test(pick_en, a_newspaper_by_name_is_a_medium)
{
    expect_claimant("According to the Guardian, 300 people had been detained in the capital.", "en",
                    EXTRACT_EVENT_DETENTION, 300, "Guardian", EXTRACT_KIND_MEDIA);
}

Test(pick_es, a_press_freedom_group_is_an_organisation)
{
    expect_claimant("Reporteros Sin Fronteras calcula que 45 periodistas siguen encarcelados en el país.", "es",
                    EXTRACT_EVENT_HELD, 45, "Reporteros Sin Fronteras", EXTRACT_KIND_ORGANIZATION);
}

Test(pick_pt, a_press_freedom_group_is_an_organisation)
{
    expect_claimant("Os Repórteres Sem Fronteiras calculam que 45 jornalistas continuam presos no país.", "pt",
                    EXTRACT_EVENT_HELD, 45, "Repórteres Sem Fronteiras", EXTRACT_KIND_ORGANIZATION);
}

Test(pick_en, a_press_freedom_group_is_an_organisation)
{
    expect_claimant("Reporters Without Borders estimates that 45 journalists remain behind bars in the country.", "en",
                    EXTRACT_EVENT_HELD, 45, "Reporters Without Borders", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a report "found", "concluyó", "concluiu" what it counted: its author speaks, not the police it counted ---- */

Test(pick_es, a_report_concludes)
{
    expect_claimant("La Policía Nacional informó de nuevas redadas. Un informe publicado el martes por Amnistía "
                    "Internacional, elaborado junto con un colectivo local, concluyó que la policía detuvo a más de "
                    "5.000 personas.",
                    "es", EXTRACT_EVENT_DETENTION, 5000, "Amnistía Internacional", EXTRACT_KIND_ORGANIZATION);
}

Test(pick_pt, a_report_concludes)
{
    expect_claimant("A Polícia Nacional informou de novas rusgas. Um relatório publicado na terça-feira pela Amnistia "
                    "Internacional, elaborado com um coletivo local, concluiu que a polícia deteve mais de 5.000 "
                    "pessoas.",
                    "pt", EXTRACT_EVENT_DETENTION, 5000, "Amnistia Internacional", EXTRACT_KIND_ORGANIZATION);
}

Test(pick_en, a_report_finds)
{
    expect_claimant("The National Police announced new raids. A report published on Tuesday by Amnesty International, "
                    "written with a local collective, found that police had arrested more than 5,000 people.",
                    "en", EXTRACT_EVENT_DETENTION, 5000, "Amnesty International", EXTRACT_KIND_ORGANIZATION);
}
