/* test_reply28.c - answering verbs as a lexicon per language (twenty-eighth session; patterns/<lang>/answer_*.txt
 * read by reply26.pat and reply27.pat, claims.c S_reply). (1) Verbs and verb phrases the twenty-seventh session's
 * alternations lacked: "cast doubt on", "brushed aside", "no reconoce", "despacha", "puso en duda", "pôs em dúvida",
 * "descartou". (2) What may stand between the verb and the figure ("rechazó anoche esa cifra", "contestou hoje
 * aquele número"). (3) A figure judged by a verb of calling ("considerou o número inflacionado", "described the
 * figure as inflated"). Distractors: negated answers, a rejected thing that is no figure, a verb phrase that is no
 * answer ("no hay duda de"), and the figure's own source answering nothing. Sentences written for these tests. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(reply28, .init = setup, .fini = teardown);

#define HELD EXTRACT_EVENT_HELD
#define DTN EXTRACT_EVENT_DETENTION

/* (1) New disputing verbs and verb phrases, in each language ("no reconoce", "não reconhece": not recognising a
 * figure denies it, as the gold reads it). */
Test(reply28, new_disputing_verbs)
{
    expect_reply("El colectivo Celdas Abiertas contabiliza 640 presos políticos en el país. El ministro Ramiro Duarte "
                 "no reconoce esa cifra.",
                 "es", HELD, 640, "Duarte", EXTRACT_STANCE_DENIES);
    expect_reply("El colectivo Celdas Abiertas contabiliza 640 presos políticos en el país. El ministro Ramiro Duarte "
                 "puso en duda ese recuento.",
                 "es", HELD, 640, "Duarte", EXTRACT_STANCE_DISPUTES);
    expect_reply("O coletivo Celas Abertas contabiliza 640 presos políticos no país. O ministro Ramiro Duarte pôs "
                 "em dúvida esse número.",
                 "pt", HELD, 640, "Duarte", EXTRACT_STANCE_DISPUTES);
    expect_reply("O coletivo Celas Abertas contabiliza 640 presos políticos no país. O ministro Ramiro Duarte não "
                 "reconhece esse número.",
                 "pt", HELD, 640, "Duarte", EXTRACT_STANCE_DENIES);
    expect_reply("The group Open Cells counts 640 political prisoners in the country. Interior Minister Ramiro "
                 "Duarte cast doubt on that figure.",
                 "en", HELD, 640, "Duarte", EXTRACT_STANCE_DISPUTES);
    expect_reply("The group Open Cells counts 640 political prisoners in the country. Interior Minister Ramiro "
                 "Duarte played down the group's figure.",
                 "en", HELD, 640, "Duarte", EXTRACT_STANCE_DISPUTES);
}

/* (1) New denying verbs, in each language. */
Test(reply28, new_denying_verbs)
{
    expect_reply("El colectivo Celdas Abiertas contabiliza 640 presos políticos en el país. El ministro Ramiro Duarte "
                 "despacha esa cifra como un invento.",
                 "es", HELD, 640, "Duarte", EXTRACT_STANCE_DENIES);
    expect_reply("O coletivo Celas Abertas contabiliza 640 presos políticos no país. O ministro Ramiro Duarte "
                 "descartou esse número.",
                 "pt", HELD, 640, "Duarte", EXTRACT_STANCE_DENIES);
    expect_reply("The group Open Cells counts 640 political prisoners in the country. Interior Minister Ramiro "
                 "Duarte brushed aside that figure.",
                 "en", HELD, 640, "Duarte", EXTRACT_STANCE_DENIES);
}

/* (2) Words between the answering verb and the figure; (3) a figure judged by a verb of calling. */
Test(reply28, between_the_verb_and_the_figure_and_calling_verbs)
{
    expect_reply("El colectivo Celdas Abiertas contabiliza 640 presos políticos en el país. El ministro Ramiro Duarte "
                 "rechazó anoche aquella cifra.",
                 "es", HELD, 640, "Duarte", EXTRACT_STANCE_DISPUTES);
    expect_reply("O coletivo Celas Abertas contabiliza 640 presos políticos no país. O ministro Ramiro Duarte "
                 "contestou hoje aquele número.",
                 "pt", HELD, 640, "Duarte", EXTRACT_STANCE_DISPUTES);
    expect_reply("O coletivo Celas Abertas contabiliza 640 presos políticos no país. Um porta-voz do Ministério da "
                 "Justiça considerou o número inflacionado.",
                 "pt", HELD, 640, "Ministério", EXTRACT_STANCE_DISPUTES);
    expect_reply("El colectivo Celdas Abiertas contabiliza 640 presos políticos en el país. Un portavoz del "
                 "Ministerio de Justicia consideró la cifra exagerada.",
                 "es", HELD, 640, "Ministerio", EXTRACT_STANCE_DISPUTES);
    expect_reply("The group Open Cells counts 640 political prisoners in the country. A Justice Ministry spokesman "
                 "described the figure as inflated.",
                 "en", HELD, 640, "Ministry", EXTRACT_STANCE_DISPUTES);
}

/* Distractors: each document keeps its one claim, the figure as given. */
Test(reply28, distractors_answer_nothing)
{
    static const struct {
        const char *text, *lang;
    } cases[] = {
        {"El colectivo Celdas Abiertas contabiliza 640 presos políticos. El ministro Ramiro Duarte nunca puso en duda "
         "esa cifra.", "es"},
        {"El colectivo Celdas Abiertas contabiliza 640 presos políticos. El tribunal descartó el recurso.", "es"},
        {"El colectivo Celdas Abiertas contabiliza 640 presos políticos. No hay duda de esa cifra, dijo el obispo.",
         "es"},
        {"O coletivo Celas Abertas contabiliza 640 presos políticos. O ministro Ramiro Duarte nunca pôs em dúvida "
         "esse número.", "pt"},
        {"O coletivo Celas Abertas contabiliza 640 presos políticos. O tribunal descartou o recurso.", "pt"},
        {"The group Open Cells counts 640 political prisoners. Interior Minister Ramiro Duarte never cast doubt on "
         "that figure.", "en"},
        {"The group Open Cells counts 640 political prisoners. The court brushed aside the appeal.", "en"},
        {"The group Open Cells counts 640 political prisoners. There is little doubt the figure will rise.", "en"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(count_claims(cases[i].text, cases[i].lang, HELD, 640), 1, "case %zu: %s", i, cases[i].text);
}

/* The figure's own source saying it again with a new verb is no second speaker. */
Test(reply28, the_own_source_is_no_second_speaker)
{
    static const struct {
        const char *text, *lang;
    } cases[] = {
        {"El ministro Ramiro Duarte afirmó que 640 manifestantes fueron detenidos. Duarte no reconoce esa cifra "
         "como definitiva.", "es"},
        {"O ministro Ramiro Duarte afirmou que 640 manifestantes foram detidos. Duarte pôs em dúvida esse número "
         "mais tarde.", "pt"},
        {"Interior Minister Ramiro Duarte said 640 protesters were arrested. Duarte later cast doubt on that figure.",
         "en"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(count_claims(cases[i].text, cases[i].lang, DTN, 640), 1, "case %zu: %s", i, cases[i].text);
}
