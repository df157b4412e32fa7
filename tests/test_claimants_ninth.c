/* test_claimants_ninth.c - who speaks, ninth session (articles 79-88): a live blog's "we" is the newsroom's,
 * progressive reporting verbs, the Pentagon and statistics offices as state bodies, an official's office
 * described in lower case (a UN official's is the UN's), a heading word before a colon, and the press at large
 * as the addressee of an inverted report. Sentences written for these tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(ninth_es, .init = setup, .fini = teardown);
TestSuite(ninth_pt, .init = setup, .fini = teardown);
TestSuite(ninth_en, .init = setup, .fini = teardown);

/* ---- a live blog speaks as "we" for the newsroom: its figures are no body's statement ---- */

Test(ninth_es, a_live_blog_we_is_the_newsroom)
{
    expect_claimant("EN DIRECTO: marcha de jubilados en Rosario\n\nLa Liga de Jubilados convocó la marcha frente a la "
                    "gobernación.\n\n11:05 — Comienza la marcha. Nosotros seguimos la columna desde la plaza.\n\n"
                    "12:40 — La policía detuvo a 37 manifestantes junto al puente.\n\n13:15 — Nuestro equipo sigue "
                    "en el lugar y volverá a informar.",
                    "es", EXTRACT_EVENT_DETENTION, 37, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(ninth_pt, a_live_blog_we_is_the_newsroom)
{
    expect_claimant("AO VIVO: marcha de aposentados em Braga\n\nA Liga dos Aposentados convocou a marcha diante da "
                    "câmara.\n\n11:05 — Começa a marcha. Nós seguimos a coluna desde a praça.\n\n12:40 — A polícia "
                    "deteve 37 manifestantes junto à ponte.\n\n13:15 — A nossa equipa continua no local "
                    "e voltará a informar.",
                    "pt", EXTRACT_EVENT_DETENTION, 37, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(ninth_en, a_live_blog_we_is_the_newsroom)
{
    expect_claimant("LIVE: pensioners march in Leeds\n\nThe Pensioners League called the march outside the town "
                    "hall.\n\n11:05 — The march sets off. We are following the column from the square.\n\n12:40 — "
                    "Police detained 37 marchers near the bridge.\n\n13:15 — We will be back with more as soon as we "
                    "have it.",
                    "en", EXTRACT_EVENT_DETENTION, 37, NULL, EXTRACT_KIND_UNKNOWN);
}

/* ---- a progressive reporting verb: "was reporting", "estaba informando", "estava a contabilizar" ---- */

Test(ninth_es, a_progressive_reporting_verb)
{
    expect_claimant("A media tarde, el Ministerio del Interior ya estaba informando de 212 arrestos en todo el país.",
                    "es", EXTRACT_EVENT_DETENTION, 212, "Ministerio del Interior", EXTRACT_KIND_GOVERNMENT);
}

Test(ninth_pt, a_progressive_reporting_verb)
{
    expect_claimant("A meio da tarde, o Ministério da Administração Interna já estava a contabilizar 212 detenções em "
                    "todo o país.",
                    "pt", EXTRACT_EVENT_DETENTION, 212, "Ministério da Administração Interna", EXTRACT_KIND_GOVERNMENT);
}

Test(ninth_en, a_progressive_reporting_verb)
{
    expect_claimant("By mid-afternoon, the interior ministry was already reporting 212 arrests across the country.",
                    "en", EXTRACT_EVENT_DETENTION, 212, "interior ministry", EXTRACT_KIND_GOVERNMENT);
}

/* ---- the Pentagon is a state body ---- */

Test(ninth_es, the_pentagon_is_a_state_body)
{
    expect_claimant("El Pentágono informó el martes de que 27 reclusos permanecen en la base naval.",
                    "es", EXTRACT_EVENT_HELD, 27, "Pentágono", EXTRACT_KIND_GOVERNMENT);
}

Test(ninth_pt, the_pentagon_is_a_state_body)
{
    expect_claimant("O Pentágono informou na terça-feira que 27 reclusos continuam detidos na base naval.",
                    "pt", EXTRACT_EVENT_HELD, 27, "Pentágono", EXTRACT_KIND_GOVERNMENT);
}

Test(ninth_en, the_pentagon_is_a_state_body)
{
    expect_claimant("The Pentagon said on Tuesday that 27 detainees remain held at the naval base.",
                    "en", EXTRACT_EVENT_HELD, 27, "Pentagon", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a statistics office is a state body ---- */

Test(ninth_es, a_statistics_office_is_a_state_body)
{
    expect_claimant("Unas 58.000 personas estaban presas a fin de año, según el Instituto de Estadística de Jalisco.",
                    "es", EXTRACT_EVENT_HELD, 58000, "Instituto de Estadística de Jalisco", EXTRACT_KIND_GOVERNMENT);
}

Test(ninth_pt, a_statistics_office_is_a_state_body)
{
    expect_claimant("Cerca de 58 mil pessoas estavam presas no fim do ano, segundo o Instituto de Estatística de Goiás.",
                    "pt", EXTRACT_EVENT_HELD, 58000, "Instituto de Estatística de Goiás", EXTRACT_KIND_GOVERNMENT);
}

Test(ninth_en, a_statistics_office_is_a_state_body)
{
    expect_claimant("About 58,000 people remained in prison at the end of the year, according to the Office "
                    "of Penal Statistics.",
                    "en", EXTRACT_EVENT_HELD, 58000, "Office of Penal Statistics", EXTRACT_KIND_GOVERNMENT);
}

/* ---- an official's office described in lower case speaks for the state; a UN official's for the UN ---- */

Test(ninth_es, an_officials_office_is_a_state_body)
{
    expect_claimant("El jueves, la oficina del gobernador de Chiapas contabilizaba 146 detenidos desde el inicio del "
                    "bloqueo.",
                    "es", EXTRACT_EVENT_DETENTION, 146, "oficina del gobernador de Chiapas", EXTRACT_KIND_GOVERNMENT);
}

Test(ninth_pt, an_officials_office_is_a_state_body)
{
    expect_claimant("Na quinta-feira, o gabinete do governador do Pará informou que 146 pessoas foram detidas desde o "
                    "início do bloqueio.",
                    "pt", EXTRACT_EVENT_DETENTION, 146, "gabinete do governador do Pará", EXTRACT_KIND_GOVERNMENT);
}

Test(ninth_en, an_officials_office_is_a_state_body)
{
    expect_claimant("On Thursday, the office of the regional governor in Kandy said 146 people had been arrested "
                    "since the blockade began.",
                    "en", EXTRACT_EVENT_DETENTION, 146, "office of the regional governor in Kandy",
                    EXTRACT_KIND_GOVERNMENT);
}

Test(ninth_es, a_un_officials_office_is_the_uns)
{
    expect_claimant("Según la oficina del enviado especial de la ONU, 212 prisioneros fueron liberados el domingo.",
                    "es", EXTRACT_EVENT_RELEASE, 212, "oficina del enviado especial de la ONU",
                    EXTRACT_KIND_ORGANIZATION);
}

Test(ninth_pt, a_un_officials_office_is_the_uns)
{
    expect_claimant("Segundo o gabinete do enviado especial da ONU, 212 prisioneiros foram libertados no domingo.",
                    "pt", EXTRACT_EVENT_RELEASE, 212, "gabinete do enviado especial da ONU",
                    EXTRACT_KIND_ORGANIZATION);
}

Test(ninth_en, a_un_officials_office_is_the_uns)
{
    expect_claimant("According to the office of the UN special envoy, 212 prisoners were released on Sunday.",
                    "en", EXTRACT_EVENT_RELEASE, 212, "office of the UN special envoy", EXTRACT_KIND_ORGANIZATION);
}

/* ---- one capitalised word before a colon that no full name explains is a heading, not a speaker ---- */

Test(ninth_es, a_heading_word_before_a_colon_is_no_speaker)
{
    expect_claimant("Canje de prisioneros, minuto a minuto.\n\n10:20 - Oficial: entre los liberados figuran siete "
                    "pescadores detenidos en alta mar.\n\n11:00 - Los pescadores ya están en el puerto.",
                    "es", EXTRACT_EVENT_RELEASE, 7, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(ninth_pt, a_heading_word_before_a_colon_is_no_speaker)
{
    expect_claimant("Troca de prisioneiros, ao minuto.\n\n10:20 - Oficial: entre os libertados estão sete "
                    "pescadores detidos em alto-mar.\n\n11:00 - Os pescadores já estão no porto.",
                    "pt", EXTRACT_EVENT_RELEASE, 7, NULL, EXTRACT_KIND_UNKNOWN);
}

Test(ninth_en, a_heading_word_before_a_colon_is_no_speaker)
{
    expect_claimant("Prisoner exchange, minute by minute.\n\n10:20 - Official: among those released are seven "
                    "fishermen detained at sea.\n\n11:00 - The fishermen are already in port.",
                    "en", EXTRACT_EVENT_RELEASE, 7, NULL, EXTRACT_KIND_UNKNOWN);
}

/* ---- the press at large completes a told-phrase: the title and name after it speak ---- */

Test(ninth_es, the_press_as_addressee_before_the_speaker)
{
    expect_claimant("Más de 3.000 presos siguen en las cárceles del país, dijo a la prensa Amadou Keïta Sow, ministro "
                    "de Justicia.",
                    "es", EXTRACT_EVENT_HELD, 3000, "Amadou Keïta Sow", EXTRACT_KIND_PERSON);
}

Test(ninth_pt, the_press_as_addressee_before_the_speaker)
{
    expect_claimant("Mais de 3.000 presos continuam nas cadeias do país, disse à imprensa o ministro da Justiça, "
                    "Amadou Keïta Sow.",
                    "pt", EXTRACT_EVENT_HELD, 3000, "Amadou Keïta Sow", EXTRACT_KIND_PERSON);
}

Test(ninth_en, the_press_as_addressee_before_the_speaker)
{
    expect_claimant("More than 3,000 prisoners remain in the country's jails, said to reporters Amadou Keita Sow, the "
                    "justice minister.",
                    "en", EXTRACT_EVENT_HELD, 3000, "Amadou Keita Sow", EXTRACT_KIND_PERSON);
}

/* ---- "según ellos", "segundo eles", "according to them": whoever has the floor; a hashtag names a movement ---- */

Test(ninth_es, segun_ellos_is_the_current_speaker)
{
    expect_claimant("El colectivo #LibresYa sostiene que el conteo oficial se queda corto: según ellos, la policía se "
                    "llevó a más de 90 personas aquella noche.",
                    "es", EXTRACT_EVENT_DETENTION, 90, "#LibresYa", EXTRACT_KIND_ORGANIZATION);
}

Test(ninth_pt, segundo_eles_is_the_current_speaker)
{
    expect_claimant("O coletivo #SoltemTodos sustenta que a contagem oficial fica aquém: segundo eles, a polícia levou "
                    "mais de 90 pessoas naquela noite.",
                    "pt", EXTRACT_EVENT_DETENTION, 90, "#SoltemTodos", EXTRACT_KIND_ORGANIZATION);
}

Test(ninth_en, according_to_them_is_the_current_speaker)
{
    expect_claimant("The #FreeThemAll collective maintains that the official count falls short: according to them, "
                    "police arrested more than 90 people that night.",
                    "en", EXTRACT_EVENT_DETENTION, 90, "#FreeThemAll", EXTRACT_KIND_ORGANIZATION);
}

/* ---- "said those five Iranians would be freed": a capitalised demonym counted is no person who speaks (English
 * writes demonyms with a capital; Spanish and Portuguese write them in lower case, which no name rule reads) ---- */

Test(ninth_en, a_counted_demonym_is_no_speaker)
{
    expect_claimant("The ministry's spokesman, Karim Nadiri, said those four Ukrainians would be freed on Friday.",
                    "en", EXTRACT_EVENT_RELEASE, 4, "Karim Nadiri", EXTRACT_KIND_PERSON);
}

/* ---- an inverted subject after a phrase saying the report came later, and two nouns joined before the name ---- */

Test(ninth_es, a_later_phrase_before_an_inverted_subject)
{
    expect_claimant("Según la crónica que escribió años más tarde el periodista y novelista Julián Robles Vega, aquella "
                    "noche había en el penal 318 presos políticos.",
                    "es", EXTRACT_EVENT_HELD, 318, "Julián Robles Vega", EXTRACT_KIND_PERSON);
}

Test(ninth_pt, a_later_phrase_before_an_inverted_subject)
{
    expect_claimant("Em 1975 escreveu anos depois o advogado Júlio Robles Veiga que havia na cadeia 318 presos "
                    "políticos.",
                    "pt", EXTRACT_EVENT_HELD, 318, "Júlio Robles Veiga", EXTRACT_KIND_PERSON);
}

Test(ninth_en, a_later_phrase_before_an_inverted_subject)
{
    expect_claimant("Some 318 political prisoners remained in the jail that week, wrote years later the lawyer Julian "
                    "Robles.",
                    "en", EXTRACT_EVENT_HELD, 318, "Julian Robles", EXTRACT_KIND_PERSON);
}
