/* test_stance16.c - stance (sixteenth session): a fact check's verdict answers the claim it checks with a figure
 * of its own, which disputes it; a figure said to hide or fall short of the real one is contested by the
 * speaker's own; admitting a figure, or that the real number may be higher, disputes nothing. Sentences written for
 * these tests, in Spanish, Portuguese and English, with distractors that must keep their stance. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(stance16, .init = setup, .fini = teardown);

#define ASSERTS EXTRACT_STANCE_ASSERTS
#define DISPUTES EXTRACT_STANCE_DISPUTES

/* "OUR VERDICT: False. The police arrested 212": the paragraph a bare rating opens answers the checked claim. */
Test(stance16, the_verdict_paragraph_answers_the_checked_claim)
{
    const char *en = "Fact check: Did police arrest 4,000 people at the harbour protest?\n\n"
                     "THE CLAIM: A post shared on Facebook says police arrested \"4,000 people\" at the harbour.\n\n"
                     "OUR VERDICT: False. Police arrested 212 people over the two days of the protest.\n\n"
                     "The city council said on Monday that 35 of them were released without charge.\n";
    expect_stance(en, "en", DET, 212, DISPUTES);
    expect_stance(en, "en", REL, 35, ASSERTS); /* another event, outside the verdict */
    const char *es = "Verificación: ¿detuvo la policía a 4.000 personas en el puerto?\n\n"
                     "Lo que circula: una publicación de Facebook asegura que la policía detuvo a \"4.000 personas\" en el puerto.\n\n"
                     "Nuestro veredicto: FALSO. La policía detuvo a 212 personas en los dos días de protesta.\n\n"
                     "El Ayuntamiento informó el lunes de que 35 de ellas quedaron en libertad sin cargos.\n";
    expect_stance(es, "es", DET, 212, DISPUTES);
    expect_stance(es, "es", REL, 35, ASSERTS);
    const char *pt = "Verificação: a polícia prendeu 4 mil pessoas no porto?\n\n"
                     "O que circula: uma publicação no Facebook garante que a polícia prendeu \"4 mil pessoas\" no porto.\n\n"
                     "Classificação: FALSO. A polícia deteve 212 pessoas nos dois dias de protesto.\n\n"
                     "A prefeitura informou na segunda-feira que 35 delas foram soltas sem acusação.\n";
    expect_stance(pt, "pt", DET, 212, DISPUTES);
    expect_stance(pt, "pt", REL, 35, ASSERTS);
}

/* "¿Encarceló X a 3.000? No: fueron unos 300": the title's answer is the check's figure, and so is the body's when
 * the journalist restates it with no source; a source quoted in the body with another figure still asserts. */
Test(stance16, the_title_answer_disputes_the_question)
{
    const char *es = "VERIFICACIÓN | ¿Encarceló el Gobierno a 3.000 estudiantes en un día? No: fueron unos 300\n\n"
                     "Lo que circula: una publicación viral afirma que el Gobierno encarceló a \"3.000 estudiantes\".\n\n"
                     "Veredicto: Engañoso. La cifra del mensaje está muy inflada.\n\n"
                     "Lo que sí consta es que aquel día fueron arrestados unos 300 estudiantes.\n\n"
                     "El sindicato estudiantil habló entonces de 450 detenidos.\n";
    expect_stance(es, "es", DET, 300, DISPUTES);
    expect_stance(es, "es", DET, 450, ASSERTS);
    const char *en = "Fact check: Were 3,000 students jailed in one day? No, about 300 were arrested\n\n"
                     "THE CLAIM: A viral post says the government jailed \"3,000 students\" in a single day.\n\n"
                     "The student union said at the time that 450 students had been arrested.\n";
    expect_stance(en, "en", DET, 300, DISPUTES);
    expect_stance(en, "en", DET, 450, ASSERTS);
    /* distractor: a title that asks and answers nothing keeps its figures asserting */
    expect_stance("Police arrested about 300 students in one day. The union spoke of 450 detainees.\n", "en", DET, 300,
                  ASSERTS);
}

/* "the ministry's tally hides the real scale", "is playing with figures", "the count is still incomplete": the
 * speaker's own figure disputes; across ", and the prosecutor confirmed that…" another statement begins. */
Test(stance16, a_figure_said_to_hide_the_real_one)
{
    expect_stance("La ONG denuncia que el balance oficial oculta la magnitud real de la represión y que hay 90 presos.",
                  "es", HELD, 90, DISPUTES);
    expect_stance("A associação afirma que o governo está a brincar com os números e que há pelo menos 70 detidos.",
                  "pt", HELD, 70, DISPUTES);
    expect_stance("The union said the ministry's count was still incomplete: it knows of at least 45 more detainees.",
                  "en", HELD, 45, DISPUTES);
    expect_stance("The monitor had counted more than 800 detentions, and it said the police figure did not reflect "
                  "the real scale of the arrests.",
                  "en", DET, 800, DISPUTES);
    /* distractors: another speaker's figure after the coordinated clause, and the same words with no figure */
    expect_stance("Los abogados denuncian que el balance oficial no refleja la magnitud real, y la Fiscalía confirma "
                  "que 60 detenidos han ingresado en prisión.",
                  "es", HELD, 60, ASSERTS);
    expect_stance("Os advogados dizem que o balanço oficial não reflete a dimensão real, e a Procuradoria confirma que "
                  "60 detidos foram presos.",
                  "pt", DET, 60, ASSERTS);
    expect_stance("La policía detuvo a 60 personas. El recuento terminó el lunes.", "es", DET, 60, ASSERTS);
}

/* "but admitted that 130 were still held", "the real number could be higher": the speaker's own figures. */
Test(stance16, admitting_is_not_disputing)
{
    expect_stance("O órgão anunciou a soltura de 41 reféns, mas admitiu que outros 130 continuavam retidos.", "pt", HELD,
                  130, ASSERTS);
    expect_stance("A porta-voz afirmou que pelo menos 500 pessoas foram detidas, e admitiu que o número real pode ser "
                  "bem mais alto.",
                  "pt", DET, 500, ASSERTS);
    expect_stance("La portavoz dijo que al menos 500 personas fueron detenidas y que la cifra real podría ser mucho "
                  "mayor.",
                  "es", DET, 500, ASSERTS);
    expect_stance("The spokeswoman said at least 500 people had been detained, and that the real number could be much "
                  "higher.",
                  "en", DET, 500, ASSERTS);
    /* distractors: a figure answering another's across "mas", and the real number given */
    expect_stance("A polícia diz que deteve 400 pessoas, mas a ONG conta 650 detidos.", "pt", DET, 650, DISPUTES);
    expect_stance("The government says it freed 100 people, but the real number is only 50.", "en", REL, 50, DISPUTES);
}

/* "Sabemos de al menos 60", "estimamos que", "we estimate that": the speaker's own count, against another source's
 * earlier figure, disputes it; with no earlier figure it asserts. */
Test(stance16, an_own_estimate_against_an_earlier_figure)
{
    expect_stance("La policía informó de 20 detenidos en la marcha.\n\nEl Observatorio, en cambio, afirmó: «Sabemos de al "
                  "menos 60 vecinos detenidos en la marcha».",
                  "es", DET, 60, DISPUTES);
    expect_stance("A polícia informou 20 detidos no protesto.\n\nO Observatório afirmou: «Estimamos que pelo menos 60 "
                  "pessoas foram detidas no protesto».",
                  "pt", DET, 60, DISPUTES);
    expect_stance("Police said 20 people had been arrested at the march.\n\nThe Observatory said: \"We estimate that at "
                  "least 60 people were arrested at the march.\"",
                  "en", DET, 60, DISPUTES);
    /* distractor: alone, the same estimate asserts */
    expect_stance("The Observatory said: \"We estimate that at least 60 people were arrested at the march.\"", "en", DET,
                  60, ASSERTS);
}
