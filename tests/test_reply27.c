/* test_reply27.c - a second speaker of the same figure, continued (twenty-seventh session; claims.c S_reply,
 * reply27.pat). (1) The answering verb is the speaker's only verb ("The Belarusian authorities reject that
 * figure", "El ministro rechazó esa cifra"): with no reporting cue, the subject of the reply marker is the speaker.
 * (2) The figure named by whose it is ("rejected the NGO's count", "rechazó la cifra de la ONG", "rejeitou o número
 * da ONG"). (3) A figure judged wrong by what is said of it ("said that figure was inflated", "califica de
 * «inflada» la cifra", "disse que a lista está inflada"). Distractors: negated answers, a rejected thing that is no
 * figure, a count of something else, a judgement of a figure with no speaker. Sentences written for these tests. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(reply27, .init = setup, .fini = teardown);

#define HELD EXTRACT_EVENT_HELD
#define DTN EXTRACT_EVENT_DETENTION
#define REL EXTRACT_EVENT_RELEASE

/* (1) The subject of the answering verb is the speaker (of a figure of people held). */
Test(reply27, the_subject_of_the_answering_verb_speaks)
{
    expect_reply("La red Voces Libres contabilizó 820 presos políticos en el país. El ministro Tomás Ibarra rechazó "
                 "esa cifra.",
                 "es", HELD, 820, "Ibarra", EXTRACT_STANCE_DISPUTES);
    expect_reply("A rede Vozes Livres contabilizou 820 presos políticos no país. O ministro Tomás Ibarra rejeitou "
                 "esse número.",
                 "pt", HELD, 820, "Ibarra", EXTRACT_STANCE_DISPUTES);
    expect_reply("The network Free Voices counted 820 political prisoners in the country. Interior Minister Tomas "
                 "Ibarra rejected that figure.",
                 "en", HELD, 820, "Ibarra", EXTRACT_STANCE_DISPUTES);
    expect_reply("The network Free Voices counted 820 political prisoners in the country. The Belarusian "
                 "authorities deny those figures.",
                 "en", HELD, 820, "authorities", EXTRACT_STANCE_DENIES);
}

/* (2) A figure named by whose it is. */
Test(reply27, a_figure_named_by_its_owner)
{
    expect_reply("La red Voces Libres contabilizó 820 presos políticos en el país. El ministro Tomás Ibarra dijo que "
                 "el Gobierno rechaza la cifra de la ONG.",
                 "es", HELD, 820, "Ibarra", EXTRACT_STANCE_DISPUTES);
    expect_reply("A rede Vozes Livres contabilizou 820 presos políticos no país. O ministro Tomás Ibarra disse que "
                 "o Governo rejeita o número da ONG.",
                 "pt", HELD, 820, "Ibarra", EXTRACT_STANCE_DISPUTES);
    expect_reply("The network Free Voices counted 820 political prisoners in the country. Interior Minister Tomas "
                 "Ibarra said the government rejects the network's count.",
                 "en", HELD, 820, "Ibarra", EXTRACT_STANCE_DISPUTES);
    expect_reply("The network Free Voices counted 820 political prisoners in the country. Interior Minister Tomas "
                 "Ibarra dismissed Free Voices' list as a lie.",
                 "en", HELD, 820, "Ibarra", EXTRACT_STANCE_DENIES);
}

/* (3) A figure judged wrong by what is said of it. */
Test(reply27, a_figure_judged_wrong)
{
    expect_reply("El sindicato Unión Obrera afirmó que 150 huelguistas fueron detenidos el jueves. Un portavoz de la "
                 "Policía dijo que esa cifra es exagerada.",
                 "es", DTN, 150, "Policía", EXTRACT_STANCE_DISPUTES);
    expect_reply("O sindicato União Operária afirmou que 150 grevistas foram detidos na quinta-feira. Um porta-voz da "
                 "Polícia disse que esse número é exagerado.",
                 "pt", DTN, 150, "Polícia", EXTRACT_STANCE_DISPUTES);
    expect_reply("The union Workers United said 150 strikers were arrested on Thursday. A police spokesman said "
                 "that figure was exaggerated.",
                 "en", DTN, 150, "police", EXTRACT_STANCE_DISPUTES);
}

/* Distractors: a negated answer, a rejected thing that is no figure, a count of something else, and a judgement
 * nobody is named for, answer nothing. */
Test(reply27, distractors_answer_nothing)
{
    static const struct {
        const char *text, *lang;
    } cases[] = {
        {"La red Voces Libres contabilizó 820 presos políticos. El ministro Tomás Ibarra no rechazó la cifra de la "
         "ONG.", "es"},
        {"La red Voces Libres contabilizó 820 presos políticos. El tribunal rechazó la cifra de votos.", "es"},
        {"La red Voces Libres contabilizó 820 presos políticos. La cifra es provisional.", "es"},
        {"A rede Vozes Livres contabilizou 820 presos políticos. O ministro Tomás Ibarra não rejeitou o número da "
         "ONG.", "pt"},
        {"A rede Vozes Livres contabilizou 820 presos políticos. O tribunal rejeitou a contagem de votos.", "pt"},
        {"A rede Vozes Livres contabilizou 820 presos políticos. O número é provisório.", "pt"},
        {"The network Free Voices counted 820 political prisoners. Interior Minister Tomas Ibarra did not reject the "
         "network's count.", "en"},
        {"The network Free Voices counted 820 political prisoners. The court rejected the defence's appeal.", "en"},
        {"The network Free Voices counted 820 political prisoners. The figure was released on Monday.", "en"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(count_claims(cases[i].text, cases[i].lang, HELD, 820), 1, "case %zu: %s", i, cases[i].text);
}

/* A marker with with=1 ("insisting that nobody …", "insistiendo en que nadie …") makes the answer a denial, and
 * answers nothing alone. */
Test(reply27, an_answer_saying_there_are_none_denies)
{
    expect_reply("La red Voces Libres contabilizó 820 presos políticos en el país. Las autoridades rechazan esa cifra "
                 "e insisten en que nadie está preso por sus ideas.",
                 "es", HELD, 820, "autoridades", EXTRACT_STANCE_DENIES);
    expect_reply("A rede Vozes Livres contabilizou 820 presos políticos no país. As autoridades rejeitam esse número "
                 "e garantem que ninguém está preso pelas suas ideias.",
                 "pt", HELD, 820, "autoridades", EXTRACT_STANCE_DENIES);
    expect_reply("The network Free Voices counted 820 political prisoners in the country. The authorities reject "
                 "that figure, insisting that nobody is jailed for their views.",
                 "en", HELD, 820, "authorities", EXTRACT_STANCE_DENIES);
    /* the subject of an answering verb answers no tally of arrests */
    cr_expect_eq(count_claims("El sindicato Unión Obrera afirmó que 150 huelguistas fueron detenidos. La Fiscalía "
                              "rechazó esa cifra.",
                              "es", DTN, 150),
                 1);
    cr_expect_eq(count_claims("The union Workers United said 150 strikers were arrested. The prosecutor's office "
                              "rejected that figure.",
                              "en", DTN, 150),
                 1);
    cr_expect_eq(count_claims("La red Voces Libres contabilizó 820 presos políticos. La Policía insiste en que nadie "
                              "resultó herido.",
                              "es", HELD, 820),
                 1);
    cr_expect_eq(count_claims("A rede Vozes Livres contabilizou 820 presos políticos. A Polícia garante que ninguém "
                              "ficou ferido.",
                              "pt", HELD, 820),
                 1);
    cr_expect_eq(count_claims("The network Free Voices counted 820 political prisoners. The police insist nobody was "
                              "hurt.",
                              "en", HELD, 820),
                 1);
}

/* The answer is to the whole its sentence gave, not to the part told last. */
Test(reply27, the_whole_is_answered_not_its_part)
{
    expect_reply("El Ministerio del Interior informó que 600 manifestantes fueron detenidos, 80 de ellos en la "
                 "capital. El sindicato Unión Obrera dijo que rechaza ese balance.",
                 "es", DTN, 600, "Unión Obrera", EXTRACT_STANCE_DISPUTES);
    expect_reply("O Ministério do Interior informou que 600 manifestantes foram detidos, 80 deles na capital. O "
                 "sindicato União Operária disse que rejeita esse balanço.",
                 "pt", DTN, 600, "União Operária", EXTRACT_STANCE_DISPUTES);
    expect_reply("The Interior Ministry said 600 protesters were arrested, 80 of them in the capital. The union "
                 "Workers United said it rejected that count.",
                 "en", DTN, 600, "Workers United", EXTRACT_STANCE_DISPUTES);
    cr_expect_eq(count_claims("El Ministerio del Interior informó que 600 manifestantes fueron detenidos, 80 de ellos "
                              "en la capital. El sindicato Unión Obrera dijo que rechaza ese balance.",
                              "es", DTN, 80),
                 1);
    cr_expect_eq(count_claims("The Interior Ministry said 600 protesters were arrested, 80 of them in the capital. The "
                              "union Workers United said it rejected that count.",
                              "en", DTN, 80),
                 1);
}
