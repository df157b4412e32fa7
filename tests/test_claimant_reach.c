/* test_claimant_reach.c - claimant reach, tenth session: figures whose claimant was found nowhere. A report or
 * outlet named again as "the same" one, a title reference with an adjective, a verb opening the clause after a
 * colon (Spanish and Portuguese), posts described by their spreading in a fact check, figures released with no
 * source named, a descriptor sharing the source phrase's article, and a clause of contrast going on with a report.
 * Eleventh session: a fact check's title question, posts named after a verb of spreading, own counts named by a
 * possessive, reporting verbs in a clause of purpose.
 * Sentences written for these tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(reach_es, .init = setup, .fini = teardown);
TestSuite(reach_pt, .init = setup, .fini = teardown);
TestSuite(reach_en, .init = setup, .fini = teardown);

/* ---- "ese mismo relato", "esse mesmo relato", "that same account": the claimant of the figure just given ---- */

Test(reach_es, a_demonstrative_same_report)
{
    expect_claimant("Según Lucía Ferrer, autora de una crónica de la fuga, aquella noche había en el penal 140 presas políticas. "
                    "Según ese mismo relato, otras 600 reclusas comunes ocupaban el pabellón norte.",
                    "es", EXTRACT_EVENT_HELD, 600, "Lucía Ferrer", EXTRACT_KIND_PERSON);
}

Test(reach_pt, a_demonstrative_same_report)
{
    expect_claimant("Segundo Lúcia Ferreira, autora de uma crónica da fuga, havia naquela noite 140 presas políticas na cadeia. "
                    "Segundo esse mesmo relato, outras 600 reclusas comuns ocupavam o pavilhão norte.",
                    "pt", EXTRACT_EVENT_HELD, 600, "Lúcia Ferreira", EXTRACT_KIND_PERSON);
}

Test(reach_en, a_demonstrative_same_report)
{
    expect_claimant("According to Lucy Ferris, who wrote a chronicle of the escape, 140 political prisoners were behind "
                    "bars in the jail that night. By that same account, another 600 common prisoners were behind bars "
                    "in the north wing.",
                    "en", EXTRACT_EVENT_HELD, 600, "Lucy Ferris", EXTRACT_KIND_PERSON);
}

/* ---- a title reference with an adjective: "el veterano opositor", "o antigo militar", "the veteran politician" ---- */

Test(reach_es, a_title_reference_with_an_adjective)
{
    expect_claimant("Tomás Ureña, que pasó once años en la cárcel, visitó ayer la redacción. Según el veterano opositor, "
                    "todavía hay unos 450 presos políticos en el país.",
                    "es", EXTRACT_EVENT_HELD, 450, "Tomás Ureña", EXTRACT_KIND_PERSON);
}

Test(reach_pt, a_title_reference_with_an_adjective)
{
    expect_claimant("Tomás Urbano, que passou onze anos na prisão, visitou ontem a redação. O antigo militar fala em "
                    "450 presos políticos que continuam na cadeia.",
                    "pt", EXTRACT_EVENT_HELD, 450, "Tomás Urbano", EXTRACT_KIND_PERSON);
}

Test(reach_en, a_title_reference_with_an_adjective)
{
    expect_claimant("Thomas Urwin, who spent eleven years in jail, visited the newsroom yesterday. The veteran politician "
                    "said about 450 political prisoners were still behind bars.",
                    "en", EXTRACT_EVENT_HELD, 450, "Thomas Urwin", EXTRACT_KIND_PERSON);
}

/* ---- a verb opening the clause after a colon: the one the sentence began with goes on speaking (es, pt; an
 * English verb needs its subject, which the pronoun rules read) ---- */

Test(reach_es, a_verb_after_a_colon)
{
    expect_claimant("La Red de Defensores Penitenciarios, con sede en Quito, fue más lejos: a finales de marzo "
                    "contabilizó 730 presos sin condena.",
                    "es", EXTRACT_EVENT_HELD, 730, "Red de Defensores Penitenciarios", EXTRACT_KIND_ORGANIZATION);
}

Test(reach_pt, a_verb_after_a_colon)
{
    expect_claimant("A Rede de Defensores Penitenciários, com sede em Luanda, foi mais longe: no balanço de março "
                    "contabilizou 730 presos sem condenação.",
                    "pt", EXTRACT_EVENT_HELD, 730, "Rede de Defensores Penitenciários", EXTRACT_KIND_ORGANIZATION);
}

Test(reach_es, a_colon_label_is_no_subject)
{
    expect_claimant("Resumen de la jornada: la policía detuvo a 25 manifestantes en el centro.",
                    "es", EXTRACT_EVENT_DETENTION, 25, NULL, EXTRACT_KIND_UNKNOWN);
}

/* ---- a fact check: posts described by their spreading are the checked claim's ---- */

Test(reach_es, posts_described_by_their_spreading)
{
    expect_claimant("Verificación: ¿detuvo la policía a 900 campesinos en Cusco?\n\nMensajes compartidos en WhatsApp "
                    "desde el sábado aseguran que la policía detuvo a 900 campesinos en Cusco.\n\nVeredicto: FALSO. "
                    "La fiscalía regional registró 61 detenciones.",
                    "es", EXTRACT_EVENT_DETENTION, 900, "Mensajes compartidos", EXTRACT_KIND_UNKNOWN);
}

Test(reach_pt, posts_described_by_their_spreading)
{
    expect_claimant("Verificação: a polícia deteve 900 camponeses em Huambo?\n\nMensagens partilhadas no WhatsApp "
                    "desde sábado garantem que a polícia deteve 900 camponeses em Huambo.\n\nVeredito: FALSO. O "
                    "ministério público regional registou 61 detenções.",
                    "pt", EXTRACT_EVENT_DETENTION, 900, "Mensagens partilhadas", EXTRACT_KIND_UNKNOWN);
}

Test(reach_en, posts_described_by_their_spreading)
{
    expect_claimant("Fact check: did police detain 900 farmers in Kisumu?\n\nTHE CLAIM: Messages forwarded on WhatsApp "
                    "since Saturday say police detained 900 farmers in Kisumu.\n\nOUR VERDICT: False. The county "
                    "prosecutor recorded 61 arrests.",
                    "en", EXTRACT_EVENT_DETENTION, 900, "Messages forwarded", EXTRACT_KIND_UNKNOWN);
}

/* ---- figures released with no source named are the sentence's subject's ---- */

Test(reach_es, figures_released_with_no_source)
{
    expect_claimant("La Policía Nacional ha detenido a 320 personas desde el inicio del paro, según cifras difundidas "
                    "en la rueda de prensa de la mañana.",
                    "es", EXTRACT_EVENT_DETENTION, 320, "Policía Nacional", EXTRACT_KIND_GOVERNMENT);
}

Test(reach_pt, figures_released_with_no_source)
{
    expect_claimant("A Polícia Nacional já deteve 320 pessoas desde o início da greve, segundo dados divulgados na "
                    "conferência de imprensa da manhã.",
                    "pt", EXTRACT_EVENT_DETENTION, 320, "Polícia Nacional", EXTRACT_KIND_GOVERNMENT);
}

Test(reach_en, figures_released_with_no_source)
{
    expect_claimant("The National Police has arrested 320 people since the strike began, according to figures released "
                    "at the morning briefing.",
                    "en", EXTRACT_EVENT_DETENTION, 320, "National Police", EXTRACT_KIND_GOVERNMENT);
}

/* ---- a descriptor sharing the source phrase's article: "según los datos de la organización vasca Etxerat" ---- */

Test(reach_es, a_descriptor_after_a_source_phrase)
{
    expect_claimant("Según los últimos datos de la organización vasca Etxerat, unos 190 presos siguen en cárceles "
                    "alejadas de sus familias.",
                    "es", EXTRACT_EVENT_HELD, 190, "Etxerat", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a clause of contrast goes on with what the verb before it reported ---- */

Test(reach_es, a_while_clause_goes_on_with_the_report)
{
    expect_claimant("La Fiscalía de Cádiz informó el jueves de que 30 de los detenidos quedaron en libertad, mientras "
                    "que otros 8 siguen en prisión provisional.",
                    "es", EXTRACT_EVENT_HELD, 8, "Fiscalía de Cádiz", EXTRACT_KIND_GOVERNMENT);
}

Test(reach_pt, a_while_clause_goes_on_with_the_report)
{
    expect_claimant("O Ministério Público de Setúbal informou na quinta-feira que 30 dos detidos foram libertados, "
                    "enquanto outros 8 continuam em prisão preventiva.",
                    "pt", EXTRACT_EVENT_HELD, 8, "Ministério Público de Setúbal", EXTRACT_KIND_GOVERNMENT);
}

Test(reach_en, a_while_clause_goes_on_with_the_report)
{
    expect_claimant("Prosecutor Hannah Colby said on Thursday that 30 of those arrested had been released, while 8 "
                    "remained in custody.",
                    "en", EXTRACT_EVENT_HELD, 8, "Hannah Colby", EXTRACT_KIND_PERSON);
}

/* ---- a verb of counting right before the figure: "cuenta 27 detenidos", "contava 23 advogados" (English "counts"
 * was a reporting verb already) ---- */

Test(reach_es, counts_a_figure)
{
    expect_claimant("La asociación Defensa Libre, por su parte, cuenta 27 detenidos con identidad confirmada en la "
                    "provincia.",
                    "es", EXTRACT_EVENT_DETENTION, 27, "Defensa Libre", EXTRACT_KIND_ORGANIZATION);
}

Test(reach_pt, counts_a_figure)
{
    expect_claimant("Em março, a investigadora Marta Quintela, professora de direito em Coimbra, contava 23 ativistas "
                    "ainda detidos.",
                    "pt", EXTRACT_EVENT_HELD, 23, "Marta Quintela", EXTRACT_KIND_PERSON);
}

/* ---- a source word, then a name met before: "segundo a mesma Rede Cívica", "according to the same Civic Network" ---- */

Test(reach_es, a_source_naming_the_same_body)
{
    expect_claimant("La cifra supera la de 2021, cuando, según la misma Red Cívica, más de 11.000 personas fueron "
                    "detenidas en tres días.",
                    "es", EXTRACT_EVENT_DETENTION, 11000, "Red Cívica", EXTRACT_KIND_ORGANIZATION);
}

Test(reach_pt, a_source_naming_the_same_body)
{
    expect_claimant("O número supera o de 2021, quando, segundo a mesma Rede Cívica, mais de 11 mil pessoas foram "
                    "detidas em três dias.",
                    "pt", EXTRACT_EVENT_DETENTION, 11000, "Rede Cívica", EXTRACT_KIND_ORGANIZATION);
}

Test(reach_en, a_source_naming_the_same_body)
{
    expect_claimant("The figure exceeds that of 2021, when, according to the same Civic Network, more than 11,000 people "
                    "were detained in three days.",
                    "en", EXTRACT_EVENT_DETENTION, 11000, "Civic Network", EXTRACT_KIND_ORGANIZATION);
}

/* ==== eleventh session ==== */

/* ---- a fact check whose title line is a question and a second sentence: the question states the checked claim,
 * the page named in the opening spread it ---- */

Test(reach_es, a_fact_check_title_question)
{
    expect_claimant("¿Detuvo la policía a 900 campesinos en Cusco? Lo que muestran los registros\n\n"
                    "VERIFICACIÓN | Lima\n\nEl sábado la página Voz Andina publicó una imagen con esa cifra, que se ha "
                    "compartido miles de veces.\n\nVeredicto: FALSO. La fiscalía regional registró 61 detenciones.",
                    "es", EXTRACT_EVENT_DETENTION, 900, "Voz Andina", EXTRACT_KIND_MEDIA);
}

Test(reach_pt, a_fact_check_title_question)
{
    expect_claimant("A polícia deteve 900 camponeses em Huambo? O que mostram os registos\n\n"
                    "VERIFICAÇÃO | Luanda\n\nNo sábado a página Voz do Planalto publicou uma imagem com esse número, que "
                    "já foi partilhada milhares de vezes.\n\nClassificação: FALSO. O ministério público registou 61 "
                    "detenções.",
                    "pt", EXTRACT_EVENT_DETENTION, 900, "Voz do Planalto", EXTRACT_KIND_MEDIA);
}

Test(reach_en, a_fact_check_title_question)
{
    expect_claimant("More than 900 farmers detained in Kisumu? What the records show\n\n"
                    "FACT CHECK | Nairobi\n\nOn Saturday the page Lake Voice published an image with that figure, "
                    "which has been shared thousands of times.\n\nOUR VERDICT: False. The county prosecutor recorded "
                    "61 arrests.",
                    "en", EXTRACT_EVENT_DETENTION, 900, "Lake Voice", EXTRACT_KIND_MEDIA);
}

/* ---- posts named after a verb of spreading: "circulan por Telegram mensajes que…" ---- */

Test(reach_es, posts_after_a_verb_of_spreading)
{
    expect_claimant("Verificación: ¿detuvo la policía a 900 campesinos en Cusco?\n\nDesde el lunes circulan por "
                    "Telegram y Facebook mensajes que aseguran que la policía detuvo a 900 campesinos.\n\n"
                    "Veredicto: FALSO. La fiscalía regional registró 61 detenciones.",
                    "es", EXTRACT_EVENT_DETENTION, 900, "mensajes", EXTRACT_KIND_UNKNOWN);
}

Test(reach_pt, posts_after_a_verb_of_spreading)
{
    expect_claimant("Verificação: a polícia deteve 900 camponeses em Huambo?\n\nDesde segunda-feira circulam no "
                    "Telegram e no Facebook mensagens que garantem que a polícia deteve 900 camponeses.\n\n"
                    "Veredito: FALSO. O ministério público registou 61 detenções.",
                    "pt", EXTRACT_EVENT_DETENTION, 900, "mensagens", EXTRACT_KIND_UNKNOWN);
}

Test(reach_en, posts_after_a_verb_of_spreading)
{
    expect_claimant("Fact check: did police detain 900 farmers in Kisumu?\n\nCirculating on Telegram and Facebook "
                    "since Monday are messages saying that police detained 900 farmers.\n\nOUR VERDICT: False. The "
                    "county prosecutor recorded 61 arrests.",
                    "en", EXTRACT_EVENT_DETENTION, 900, "messages", EXTRACT_KIND_UNKNOWN);
}

/* ---- an own count named by a possessive: "By the group's reckoning", "Según su propio recuento" ---- */

Test(reach_es, an_own_count_with_a_possessive)
{
    expect_claimant("La Red de Vigilancia Carcelaria, fundada en 2015, sigue los casos desde marzo. Según su registro, "
                    "hecho con abogados que recorren las cárceles, 480 presos políticos siguen entre rejas.",
                    "es", EXTRACT_EVENT_HELD, 480, "Red de Vigilancia Carcelaria", EXTRACT_KIND_ORGANIZATION);
}

Test(reach_pt, an_own_count_with_a_possessive)
{
    expect_claimant("A Rede de Vigilância Prisional, fundada em 2015, acompanha os casos desde março. Pela sua "
                    "contagem, 480 presos políticos continuam atrás das grades.",
                    "pt", EXTRACT_EVENT_HELD, 480, "Rede de Vigilância Prisional", EXTRACT_KIND_ORGANIZATION);
}

Test(reach_en, an_own_count_with_a_possessive)
{
    expect_claimant("The Prison Watch Network, founded in 2015, has followed the cases since March. By the group's "
                    "reckoning, 480 political prisoners remain behind bars.",
                    "en", EXTRACT_EVENT_HELD, 480, "Prison Watch Network", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a reporting verb in a clause of purpose: "compareció para anunciar 730 arrestos" ---- */

Test(reach_es, a_reporting_verb_of_purpose)
{
    expect_claimant("Anoche el ministro del Interior, Julián Márquez, compareció para anunciar 730 arrestos en todo "
                    "el país.",
                    "es", EXTRACT_EVENT_DETENTION, 730, "Julián Márquez", EXTRACT_KIND_PERSON);
}

Test(reach_pt, a_reporting_verb_of_purpose)
{
    expect_claimant("O ministro da Justiça, Júlio Marques, compareceu ontem à noite para anunciar 730 detenções em "
                    "todo o país.",
                    "pt", EXTRACT_EVENT_DETENTION, 730, "Júlio Marques", EXTRACT_KIND_PERSON);
}

Test(reach_en, a_reporting_verb_of_purpose)
{
    expect_claimant("Last night Interior Minister Julian Marks appeared on television to announce 730 arrests across "
                    "the country.",
                    "en", EXTRACT_EVENT_DETENTION, 730, "Julian Marks", EXTRACT_KIND_PERSON);
}

/* ---- a sentence opening with "Y" / "E" before a verb with no subject: the speaker before goes on (Spanish and
 * Portuguese; an English verb needs its subject, "And it adds", which the pronoun rules read) ---- */

Test(reach_es, a_conjunction_opening_a_sentence)
{
    expect_claimant("La Red de Abogados Populares sostiene que la policía no cuenta a quienes pasan solo unas horas "
                    "en comisaría. Y denuncian, además, que al menos 30 de ellos siguen encerrados en un cuartel.",
                    "es", EXTRACT_EVENT_HELD, 30, "Red de Abogados Populares", EXTRACT_KIND_ORGANIZATION);
}

Test(reach_pt, a_conjunction_opening_a_sentence)
{
    expect_claimant("A Rede de Advogados Populares sustenta que a polícia não conta quem passa só umas horas na "
                    "esquadra. E denunciam, além disso, que pelo menos 30 deles continuam presos num quartel.",
                    "pt", EXTRACT_EVENT_HELD, 30, "Rede de Advogados Populares", EXTRACT_KIND_ORGANIZATION);
}

/* ---- a figure spoken of in the imperfect: "hablaban de", "falava em", "was still speaking of" ---- */

Test(reach_es, a_figure_spoken_of_in_the_imperfect)
{
    expect_claimant("El viernes, las Madres de la Plaza todavía hablaban de 320 detenidos en la capital.",
                    "es", EXTRACT_EVENT_DETENTION, 320, "Madres de la Plaza", EXTRACT_KIND_ORGANIZATION);
}

Test(reach_pt, a_figure_spoken_of_in_the_imperfect)
{
    expect_claimant("Na sexta-feira, o Ministério da Segurança ainda falava em 320 detidos na capital.",
                    "pt", EXTRACT_EVENT_DETENTION, 320, "Ministério da Segurança", EXTRACT_KIND_GOVERNMENT);
}

Test(reach_en, a_figure_spoken_of_in_the_imperfect)
{
    expect_claimant("On Friday the Security Ministry was still speaking of 320 people detained in the capital.",
                    "en", EXTRACT_EVENT_DETENTION, 320, "Security Ministry", EXTRACT_KIND_GOVERNMENT);
}
