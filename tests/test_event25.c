/* test_event25.c - the right event when a figure's words disagree (twenty-fifth session, event): a release put off,
 * a second thing demanded, those whose release is demanded, a list handed over, a hedged qualifier and a noun
 * coordinated with the count's own. Sentences written for these tests, in Spanish, Portuguese and English, with
 * distractors that must keep their output (each positive fails on the session's start binary). */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(event25, .init = setup, .fini = teardown);


/* "aplazó la liberación de 620", "adiaria a libertação de 620", "would postpone the release of 620": a release
 * put off, suspended or frozen has not happened; the people are still held (patterns/{es,pt,en}/event25.pat,
 * *.held.release_postponed). Distractors: a meeting put off and a release that did happen. */
Test(event25, a_release_put_off_leaves_them_held)
{
    expect_event("El Ejecutivo anunció el domingo que aplazaba la liberación de 620 presos "
                 "palestinos.", "es", 620, HELD);
    expect_event("La junta militar suspendió ayer la excarcelación de 45 opositores.", "es", 45, HELD);
    expect_event("El Gobierno aplazó la reunión y liberó a 30 presos.", "es", 30, REL);  /* distractor */
    expect_event("O governo anunciou no domingo que adiaria a libertação de 620 presos palestinos.", "pt", 620, HELD);
    expect_event("A junta militar suspendeu ontem a soltura de 45 opositores.", "pt", 45, HELD);
    expect_event("O Governo adiou a reunião e libertou 30 presos.", "pt", 30, REL);  /* distractor */
    expect_event("The cabinet said on Sunday it would postpone the release of 620 Palestinian "
                 "prisoners.", "en", 620, HELD);
    expect_event("The junta suspended the release of 45 opposition activists yesterday.", "en", 45, HELD);
    expect_event("The government postponed the meeting and released 30 prisoners.", "en", 30, REL);  /* distractor */
}

/* "pidiendo la nulidad del juicio y la inmediata puesta en libertad de los doce": the release is the second
 * object of the demand verb, after "y/e/and" (*.held.demand_also). Distractor: an apology, then a release with its
 * own verb. */
Test(event25, a_second_thing_demanded_is_a_demand)
{
    expect_event("La defensa cerró su alegato pidiendo la nulidad del juicio y \"la inmediata puesta en libertad "
                 "de los doce sindicalistas\".", "es", 12, HELD);
    expect_event("El comando exigía la retirada de las tropas de la zona y la liberación de 30 guerrilleros "
                 "presos.", "es", 30, HELD);
    expect_event("Los secuestradores pidieron perdón a las familias y después liberaron a 20 "
                 "rehenes.", "es", 20, REL);  /* distractor */
    expect_event("A defesa encerrou as alegações pedindo a nulidade do julgamento e \"a imediata libertação dos "
                 "doze sindicalistas\".", "pt", 12, HELD);
    expect_event("O comando exigia a retirada das tropas da zona e a libertação de 30 guerrilheiros "
                 "presos.", "pt", 30, HELD);
    expect_event("Os sequestradores pediram desculpa às famílias e depois libertaram 20 "
                 "reféns.", "pt", 20, REL);  /* distractor */
    expect_event("The defence closed by asking for a mistrial and \"the immediate release of the twelve trade "
                 "unionists\".", "en", 12, HELD);
    expect_event("The gunmen demanded the withdrawal of troops from the area and the release of 30 jailed "
                 "guerrillas.", "en", 30, HELD);
    expect_event("The kidnappers asked the families for forgiveness and then released 20 "
                 "hostages.", "en", 20, REL);  /* distractor */
}

/* "una lista con 310 nombres de personas … cuya liberación exige": a list handed over is no one handed over
 * (*.mask.handed_document), and those whose release the speaker demands are held (*.held.whose_release_demanded).
 * Distractors: hostages handed over are freed. */
Test(event25, those_whose_release_is_demanded_are_held)
{
    expect_event("La plataforma entregó al mediador una lista con 310 nombres de personas que considera presos "
                 "políticos y cuya liberación exige.", "es", 310, HELD);
    expect_event("La guerrilla entregó a 12 rehenes a la Cruz Roja.", "es", 12, REL);  /* distractor */
    expect_event("A plataforma entregou ao mediador uma lista com 310 nomes de pessoas que considera presos "
                 "políticos e cuja libertação exige.", "pt", 310, HELD);
    expect_event("A guerrilha entregou 12 reféns à Cruz Vermelha.", "pt", 12, REL);  /* distractor */
    expect_event("The platform handed the mediator a list of 310 names of people it considers political "
                 "prisoners and whose release it demands.", "en", 310, HELD);
    expect_event("The rebels handed over 12 hostages to the Red Cross.", "en", 12, REL);  /* distractor */
}

/* "Israel libertou pouco mais de 600 presos e detidos palestinos": a hedged qualifier is one qualifier
 * (*.qual.more_than_hedged), so the verb stands against the figure; and a second people noun coordinated with the
 * count's own ("presos e detidos") is no word of what happened to them when a verb before the figure is there
 * (counts.c, S_coordinated_noun). Distractors: with only a verb of counting the noun still says detention; a
 * figure "bastante por debajo de 300" stays no claim. */
Test(event25, the_verb_before_the_figure_beats_a_coordinated_noun)
{
    expect_event("Na quinta-feira, Israel libertou pouco mais de 600 presos e detidos palestinos.", "pt", 600, REL);
    expect_event("El jueves, Israel liberó a poco más de 600 presos y detenidos palestinos.", "es", 600, REL);
    expect_event("On Thursday, Israel freed a little over 600 prisoners and detained Palestinians.", "en", 600, REL);
    expect_event("Israel liberó el jueves por la mañana, tras largas negociaciones, a 600 presos y detenidos "
                 "palestinos.", "es", 600, REL);
    expect_event("Israel freed, on Thursday morning after long talks, 600 prisoners and detained "
                 "Palestinians.", "en", 600, REL);
    expect_event("Israel libertou ontem à noite, em Ofer, 600 presos e detidos palestinos.", "pt", 600, REL);
    expect_event("La policía contó 600 presos y detenidos.", "es", 600, DET);  /* distractor */
    expect_event("A polícia contou 600 presos e detidos.", "pt", 600, DET);  /* distractor */
    expect_event("Police counted 600 prisoners and detained protesters.", "en", 600, DET);  /* distractor */
    expect_event("Las cifras oficiales de detenciones se quedan bastante por debajo de "
                 "300.", "es", 300, NONE);  /* distractor */
}

/* "more than before January's releases began", "antes de las excarcelaciones de enero", "antes das libertações de
 * janeiro": an event word dated by what stands before it ("before" and a possessive in en, patterns/en/event25.pat
 * en.mask.dated_event_word; the plural articles after "antes de / después de / tras", "antes de / depois de / após"
 * in the time_words lexicons) dates something else; the count keeps what its noun says (held). Distractors: a
 * release of a figure after the possessive, a clock time before the verb. */
Test(event25, an_event_word_that_dates_something_else)
{
    expect_event("The group counted 1,137 political prisoners in September, more than before January's releases began.",
                 "en", 1137, HELD);
    expect_event("The office puts the number of hostages remaining in the tunnels at 58 after tonight's release.", "en",
                 58, HELD);
    expect_event("El grupo contó 1.137 presos políticos en septiembre, más que antes de las excarcelaciones de enero.",
                 "es", 1137, HELD);
    expect_event("O grupo contou 1.137 presos políticos em setembro, mais do que antes das libertações de janeiro.",
                 "pt", 1137, HELD);
    expect_event("After last week's release of 50 prisoners, the group said more would follow.", "en", 50,
                 REL); /* distractor */
    expect_event("Antes de las diez de la noche, la policía liberó a 50 detenidos.", "es", 50, REL); /* distractor */
    expect_event("Antes das dez da noite, a polícia libertou 50 detidos.", "pt", 50, REL);          /* distractor */
}
