/* test_precision28.c - false claims (twenty-eighth session, precision): the parts of a breakdown of a group by sex,
 * age or nationality ("109 people - 49 men and 60 women -", "seis extranjeros: tres estadounidenses, dos españoles y
 * un checo", "os outros eram dez chineses, três japoneses e um indonésio") are no counts of their own; the group's
 * total keeps its claim (*.veto.breakdown28, *.veto.breakdown28_bare). An ordinal written with a dot and an ordinal
 * sign ("34.º aniversário", "2.ª fase") counts no one (*.veto.ordinal_dot28). Sentences written for these tests, in
 * Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(precision28, .init = setup, .fini = teardown);

/* A breakdown after an apposition mark: the parts give no claim, the total keeps its own. */
Test(precision28, a_breakdown_after_a_mark_counts_no_part)
{
    const char *en = "Police said they booked 109 people \xe2\x80\x94 49 men and 60 women \xe2\x80\x94 after the sit-in.";
    expect_event(en, "en", 109, DET);
    expect_event(en, "en", 49, NONE);
    expect_event(en, "en", 60, NONE);
    const char *es = "El ministro anunció la captura de seis extranjeros \xe2\x80\x94tres canadienses, dos holandeses y un "
                     "belga\xe2\x80\x94 acusados de espionaje.";
    expect_event(es, "es", 6, DET);
    expect_event(es, "es", 3, NONE);
    expect_event(es, "es", 2, NONE);
    const char *pt = "O avião levou 210 pessoas libertadas, incluindo 17 estrangeiros: doze indianos, quatro "
                     "tailandeses e um vietnamita.";
    expect_event(pt, "pt", 17, REL);
    expect_event(pt, "pt", 12, NONE);
    expect_event(pt, "pt", 4, NONE);
    expect_event("La policía liberó a 75 detenidos, entre ellos 20 mujeres y 6 menores, tras tomarles declaración.", "es",
                 6, NONE);
}

/* With no mark, a list of three or more parts is a breakdown too. */
Test(precision28, a_bare_list_of_three_parts_counts_no_part)
{
    expect_event("The rest of those detained were 10 Filipinos, three Vietnamese and one Thai who worked on the boat.",
                 "en", 10, NONE);
    expect_event("Los demás detenidos eran diez peruanos, tres bolivianos y un chileno que trabajaban en la obra.", "es",
                 10, NONE);
    expect_event("Os restantes detidos eram dez angolanos, três guineenses e um cabo-verdiano que trabalhavam na obra.",
                 "pt", 10, NONE);
}

/* Distractors: two counts with their own verbs or event words, a list of days, and two parts with no mark keep their
 * claims. */
Test(precision28, counts_that_are_no_breakdown_stay)
{
    expect_event("Police said 40 protesters were detained: 12 on Monday and 28 on Tuesday.", "en", 40, DET);
    expect_event("The clashes left 30 injured and 12 detained, the police said.", "en", 12, DET);
    expect_event("Police arrested 12 men and 3 women near the port on Sunday.", "en", 12, DET);
    expect_event("Los disturbios dejaron 30 heridos y 12 detenidos, según la policía.", "es", 12, DET);
    expect_event("La policía detuvo a 12 hombres y 3 mujeres cerca del puerto el domingo.", "es", 12, DET);
    expect_event("Os confrontos deixaram 30 feridos e 12 detidos, segundo a polícia.", "pt", 12, DET);
    expect_event("A polícia prendeu 12 homens e 3 mulheres perto do porto no domingo.", "pt", 12, DET);
}

/* An ordinal with a dot and an ordinal sign is no count; in English, where the sign is rare, the figure of the same
 * sentence keeps its claim. */
Test(precision28, a_dotted_ordinal_counts_no_one)
{
    expect_event("Os dois países realizaram hoje uma nova troca de prisioneiros, no dia em que os ucranianos assinalam "
                 "o 34.º aniversário da independência.",
                 "pt", 34, NONE);
    expect_event("Los dos países realizaron hoy un nuevo canje de prisioneros, el día en que los ucranianos celebran el "
                 "34.º aniversario de la independencia.",
                 "es", 34, NONE);
    const char *en = "On the 34.º anniversary of independence, Ukraine received 146 prisoners freed by Russia.";
    expect_event(en, "en", 34, NONE);
    expect_event(en, "en", 146, REL);
}
