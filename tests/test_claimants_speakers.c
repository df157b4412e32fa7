/* test_claimants_speakers.c - who speaks on text written by people who never read the rules (eighth session):
 * an apposition before a relative aside, pronouns and title references that mean the current speaker,
 * capitalised title references, press offices and archives as state bodies, a rank in a source's apposition,
 * tallies updated, verbs of telling after a quotation and a qualified noun before an inverted subject's name.
 * Sentences written for these tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(speakers_es, .init = setup, .fini = teardown);
TestSuite(speakers_pt, .init = setup, .fini = teardown);
TestSuite(speakers_en, .init = setup, .fini = teardown);

/* ---- "X, the economist, who toured the valley in May, said": the apposition before the relative aside ---- */

Test(speakers_es, an_article_apposition_before_a_relative_aside)
{
    expect_claimant("Rocío Almeida Paz, la agricultora, que recorrió las cárceles del norte durante el invierno, afirmó "
                    "que unas 640 personas siguen detenidas sin juicio.",
                    "es", EXTRACT_EVENT_HELD, 640, "Rocío Almeida Paz", EXTRACT_KIND_PERSON);
}

Test(speakers_pt, an_article_apposition_before_a_relative_aside)
{
    expect_claimant("Rosa Almeida Paz, a agricultora, que percorreu as prisões do norte durante o inverno, afirmou que "
                    "cerca de 640 pessoas continuam detidas sem julgamento.",
                    "pt", EXTRACT_EVENT_HELD, 640, "Rosa Almeida Paz", EXTRACT_KIND_PERSON);
}

Test(speakers_en, an_article_apposition_before_a_relative_aside)
{
    expect_claimant("Ruth Almond, the farmer, who visited the northern jails over the winter, said some 640 "
                    "people remain detained without trial.",
                    "en", EXTRACT_EVENT_HELD, 640, "Ruth Almond", EXTRACT_KIND_PERSON);
}

/* ---- a bare pronoun is the current speaker, not a person named since as a place ---- */

Test(speakers_es, a_pronoun_is_the_current_speaker)
{
    expect_claimant("El viceministro Anselmo Quiroga Bravo informó al Senado, presidido por "
                    "Lucas Moreno, de 2.300 arrestos. De ellos, dijo él, 410 siguen presos.",
                    "es", EXTRACT_EVENT_HELD, 410, "Anselmo Quiroga Bravo", EXTRACT_KIND_PERSON);
}

Test(speakers_pt, a_pronoun_is_the_current_speaker)
{
    expect_claimant("O vice-ministro Anselmo Quintela Brás informou o Senado, presidido por Lucas "
                    "Moreira, de 2.300 detenções. Desses, disse ele, 410 continuam presos.",
                    "pt", EXTRACT_EVENT_HELD, 410, "Anselmo Quintela Brás", EXTRACT_KIND_PERSON);
}

Test(speakers_en, a_pronoun_is_the_current_speaker)
{
    expect_claimant("Deputy minister Anselm Quigley told the senate, chaired by Lucas Morgan, "
                    "that 2,300 people had been arrested. Of those, he said, 410 were still being held.",
                    "en", EXTRACT_EVENT_HELD, 410, "Anselm Quigley", EXTRACT_KIND_PERSON);
}

/* ---- a title reference closing a quotation is whoever opened it, over a person named as an object ---- */

Test(speakers_es, a_title_reference_after_a_quotation_is_its_speaker)
{
    expect_claimant("Marta Salcedo, portavoz de las Madres del Silencio y hermana del preso Iván Salcedo, lamentó la "
                    "lentitud del proceso. \"Sacan a unos pocos cada mes. Los otros 62 siguen allí\", contó el lunes "
                    "la activista en su casa.",
                    "es", EXTRACT_EVENT_HELD, 62, "Marta Salcedo", EXTRACT_KIND_PERSON);
}

Test(speakers_pt, a_title_reference_after_a_quotation_is_its_speaker)
{
    expect_claimant("Marta Salgado, porta-voz das Mães do Silêncio e irmã do preso Ivo Salgado, lamentou a lentidão "
                    "do processo. \"Soltam uns poucos por mês. Os outros 62 continuam lá\", disse na segunda-feira a "
                    "ativista em sua casa.",
                    "pt", EXTRACT_EVENT_HELD, 62, "Marta Salgado", EXTRACT_KIND_PERSON);
}

Test(speakers_en, a_title_reference_after_a_quotation_is_its_speaker)
{
    expect_claimant("Martha Sallis, spokeswoman for Mothers of Silence and sister of the prisoner Ivan Sallis, "
                    "said the pace was too slow. \"They let a few go every month. The other 62 are still in prison,\" the "
                    "activist said at her home.",
                    "en", EXTRACT_EVENT_HELD, 62, "Martha Sallis", EXTRACT_KIND_PERSON);
}

/* ---- a capitalised title reference ("The Commissioner said") is the person given that title ---- */

Test(speakers_es, a_capitalised_title_reference)
{
    expect_claimant("El Comisario Jefe Ramón Ibarra Sosa compareció ante la prensa en el parque Central el viernes. "
                    "El Comisario dijo que 57 personas fueron detenidas durante los disturbios.",
                    "es", EXTRACT_EVENT_DETENTION, 57, "Ramón Ibarra Sosa", EXTRACT_KIND_PERSON);
}

Test(speakers_pt, a_capitalised_title_reference)
{
    expect_claimant("O Comissário Raul Ibarra Sousa falou à imprensa no Parque Central na sexta-feira. O Comissário "
                    "disse que 57 pessoas foram detidas durante os distúrbios.",
                    "pt", EXTRACT_EVENT_DETENTION, 57, "Raul Ibarra Sousa", EXTRACT_KIND_PERSON);
}

Test(speakers_en, a_capitalised_title_reference)
{
    expect_claimant("Police Commissioner Raymond Ibbs faced reporters at Central Park on Friday. The Commissioner "
                    "said 57 people had been arrested during the disturbances.",
                    "en", EXTRACT_EVENT_DETENTION, 57, "Raymond Ibbs", EXTRACT_KIND_PERSON);
}

/* ---- press offices and archives are state bodies ---- */

Test(speakers_es, the_public_force_is_a_state_body)
{
    expect_claimant("La Fuerza Pública informó de que 33 personas fueron detenidas en el puerto de Caldera.", "es",
                    EXTRACT_EVENT_DETENTION, 33, "Fuerza Pública", EXTRACT_KIND_GOVERNMENT);
}

Test(speakers_pt, a_public_archive_is_a_state_body)
{
    expect_claimant("Segundo o levantamento do Arquivo Público do Estado do Pará, 412 estudantes foram soltos em "
                    "outubro.",
                    "pt", EXTRACT_EVENT_RELEASE, 412, "Arquivo Público do Estado do Pará", EXTRACT_KIND_GOVERNMENT);
}

Test(speakers_en, a_press_office_is_a_state_body)
{
    expect_claimant("The Coastguard Press Office confirmed that 33 people had been arrested at the docks.", "en",
                    EXTRACT_EVENT_DETENTION, 33, "Coastguard Press Office", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a source's title, then the person in apposition with a rank before the name ---- */

Test(speakers_es, a_rank_in_a_source_apposition)
{
    expect_claimant("Subió a 14 el número de detenidos en las protestas, según el portavoz de la corporación, coronel "
                    "Claudio Lima Fuentes.",
                    "es", EXTRACT_EVENT_DETENTION, 14, "Claudio Lima Fuentes", EXTRACT_KIND_PERSON);
}

Test(speakers_pt, a_rank_in_a_source_apposition)
{
    expect_claimant("Subiu para 14 o número de detidos nos protestos, segundo o porta-voz da corporação, coronel Cláudio "
                    "Lima Fontes.",
                    "pt", EXTRACT_EVENT_DETENTION, 14, "Cláudio Lima Fontes", EXTRACT_KIND_PERSON);
}

Test(speakers_en, a_rank_in_a_source_apposition)
{
    expect_claimant("The number of people arrested rose to 14, according to a spokesman for the force, Colonel Claude "
                    "Lyman.",
                    "en", EXTRACT_EVENT_DETENTION, 14, "Claude Lyman", EXTRACT_KIND_PERSON);
}

/* ---- a tally updated ---- */

Test(speakers_es, a_tally_updated)
{
    expect_claimant("Lucía Ferrán Gil actualizó anoche el balance en sus redes: ya son 152 los detenidos desde el "
                    "domingo.",
                    "es", EXTRACT_EVENT_DETENTION, 152, "Lucía Ferrán Gil", EXTRACT_KIND_PERSON);
}

Test(speakers_pt, a_tally_updated)
{
    expect_claimant("Lúcia Ferrão Gil atualizou ontem o balanço nas redes: já são 152 os detidos desde domingo.", "pt",
                    EXTRACT_EVENT_DETENTION, 152, "Lúcia Ferrão Gil", EXTRACT_KIND_PERSON);
}

Test(speakers_en, a_tally_updated)
{
    expect_claimant("Lucy Ferran updated the tally on her account: 152 people have now been arrested since Sunday.",
                    "en", EXTRACT_EVENT_DETENTION, 152, "Lucy Ferran", EXTRACT_KIND_PERSON);
}

/* ---- a verb of telling after a quotation, its subject a qualified noun and a full name ---- */

Test(speakers_es, a_telling_verb_after_a_quotation)
{
    expect_claimant("\"Se llevaron a todos, unos 700 detenidos, en camiones\", cuenta el maestro jubilado Simón Arteaga Luna.",
                    "es", EXTRACT_EVENT_DETENTION, 700, "Simón Arteaga Luna", EXTRACT_KIND_PERSON);
}

Test(speakers_pt, a_telling_verb_after_a_quotation)
{
    expect_claimant("\"Levaram toda a gente, uns 700 presos, em camiões\", conta o professor reformado Simão Arteiro "
                    "Lua.",
                    "pt", EXTRACT_EVENT_DETENTION, 700, "Simão Arteiro Lua", EXTRACT_KIND_PERSON);
}

Test(speakers_en, a_telling_verb_after_a_quotation)
{
    expect_claimant("\"They took everyone, some 700 people were arrested,\" recounts the retired teacher Simon Artley.",
                    "en", EXTRACT_EVENT_DETENTION, 700, "Simon Artley", EXTRACT_KIND_PERSON);
}

/* ---- "said A, but that B": the reporting verb goes on over "but that" ---- */

Test(speakers_es, pero_que_continues_the_report)
{
    expect_claimant("Inés Marcó Vidal, de la Liga Cívica, dijo que la medida era \"un primer paso\", pero que 23 "
                    "opositores siguen presos en el país.",
                    "es", EXTRACT_EVENT_HELD, 23, "Inés Marcó Vidal", EXTRACT_KIND_PERSON);
}

Test(speakers_pt, mas_que_continues_the_report)
{
    expect_claimant("Inês Marco Vidal, da Liga Cívica, disse que a medida era \"um primeiro passo\", mas que 23 "
                    "opositores continuam presos no país.",
                    "pt", EXTRACT_EVENT_HELD, 23, "Inês Marco Vidal", EXTRACT_KIND_PERSON);
}

Test(speakers_en, but_that_continues_the_report)
{
    expect_claimant("Agnes Marlow, of the Civic League, said the move was \"a first step\", but that 23 opposition "
                    "members remained in detention across the country.",
                    "en", EXTRACT_EVENT_HELD, 23, "Agnes Marlow", EXTRACT_KIND_PERSON);
}

/* ---- a fact check: the checked figure belongs to the page that spread it, else to the post ---- */

Test(speakers_es, a_checked_figure_is_the_spreading_page_s)
{
    expect_claimant("¿Detuvo la policía a 900 estudiantes en una sola noche?\n\n"
                    "Lo que circula: una imagen con el logotipo de la página «Patria Sin Censura», publicada el "
                    "domingo, dice: \"Esta noche arrestaron a 900 estudiantes\". Se ha compartido 8.000 veces.\n\n"
                    "Veredicto: FALSO.\n\n"
                    "La fiscalía informó de 61 detenidos esa noche.",
                    "es", EXTRACT_EVENT_DETENTION, 900, "Patria Sin Censura", EXTRACT_KIND_MEDIA);
}

Test(speakers_pt, a_checked_figure_is_the_spreading_page_s)
{
    expect_claimant("É falso que a polícia prendeu 900 estudantes numa só noite\n\n"
                    "Circula no Facebook uma publicação segundo a qual \"a polícia prendeu 900 estudantes esta "
                    "noite\". O texto foi publicado pela página Pátria Sem Mordaça e já tem 8 mil partilhas.\n\n"
                    "Classificação: FALSO\n\n"
                    "O Ministério Público informou que 61 pessoas foram detidas nessa noite.",
                    "pt", EXTRACT_EVENT_DETENTION, 900, "Pátria Sem Mordaça", EXTRACT_KIND_MEDIA);
}

Test(speakers_en, a_checked_figure_is_the_post_s)
{
    expect_claimant("Fact check: Were 900 students arrested in a single night?\n\n"
                    "A Facebook post shared 8,000 times says police \"arrested 900 students tonight\".\n\n"
                    "OUR RATING: False.\n\n"
                    "Prosecutors said 61 people were arrested that night.",
                    "en", EXTRACT_EVENT_DETENTION, 900, "Facebook post", EXTRACT_KIND_UNKNOWN);
}

/* ---- an acronym hyphenated to a capitalised word is one body's name ---- */

Test(speakers_es, a_hyphenated_acronym_name)
{
    expect_claimant("FPL-Unido dijo en un comunicado que 41 de sus militantes siguen presos.", "es", EXTRACT_EVENT_HELD,
                    41, "FPL-Unido", EXTRACT_KIND_ORGANIZATION);
}

Test(speakers_pt, a_hyphenated_acronym_name)
{
    expect_claimant("MPR-Livre disse num comunicado que 41 dos seus militantes continuam presos.", "pt",
                    EXTRACT_EVENT_HELD, 41, "MPR-Livre", EXTRACT_KIND_ORGANIZATION);
}

Test(speakers_en, a_hyphenated_acronym_name)
{
    expect_claimant("MDC-Alliance said in a statement that 41 of its members were still behind bars.", "en",
                    EXTRACT_EVENT_HELD, 41, "MDC-Alliance", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a transcript's sound-bite label gives the quotation after it to the name inside ---- */

Test(speakers_es, a_sound_bite_label_names_the_speaker)
{
    expect_claimant("LOCUTORA: Hablamos de las cárceles de la dictadura.\n\n"
                    "[SONIDO: Matilde Urrutia Leal, historiadora]\n"
                    "\"En junio todavía quedaban unos 700 presos en el cuartel.\"\n\n"
                    "LOCUTORA: Gracias.",
                    "es", EXTRACT_EVENT_HELD, 700, "Matilde Urrutia Leal", EXTRACT_KIND_PERSON);
}

Test(speakers_pt, a_sound_bite_label_names_the_speaker)
{
    expect_claimant("PIVÔ: Falamos das prisões da ditadura.\n\n"
                    "[SOM: Matilde Urraca Leal, historiadora]\n"
                    "\"Em junho ainda estavam detidos uns 700 presos no quartel.\"\n\n"
                    "PIVÔ: Obrigada.",
                    "pt", EXTRACT_EVENT_HELD, 700, "Matilde Urraca Leal", EXTRACT_KIND_PERSON);
}

Test(speakers_en, a_sound_bite_label_names_the_speaker)
{
    expect_claimant("PRESENTER: We turn to the prisons of the junta.\n\n"
                    "[SOUND: Matilda Urwin, historian]\n"
                    "\"In June some 700 prisoners were still held in the barracks.\"\n\n"
                    "PRESENTER: Thank you.",
                    "en", EXTRACT_EVENT_HELD, 700, "Matilda Urwin", EXTRACT_KIND_PERSON);
}
