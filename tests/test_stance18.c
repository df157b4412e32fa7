/* test_stance18.c - stance (eighteenth session): a count that hangs on a second reporting verb going on with a first
 * one that disputes ("contestó las cifras, afirmando que apenas 40", "rejected those figures and said only 40")
 * takes the first verb's stance: the statement is one. Sentences written for these tests, in Spanish, Portuguese and
 * English, with distractors that must keep their stance. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(stance18, .init = setup, .fini = teardown);

#define ASSERTS EXTRACT_STANCE_ASSERTS
#define DISPUTES EXTRACT_STANCE_DISPUTES

/* The disputing verb comes first, the figure hangs on the verb that goes on with it. */
Test(stance18, a_statement_that_goes_on_from_a_disputing_verb_disputes)
{
    expect_stance("Un portavoz del Ministerio del Interior rechazó esas cifras y aseguró que apenas 40 opositores "
                  "siguen en prisión.",
                  "es", HELD, 40, DISPUTES);
    expect_stance("Um porta-voz do Ministério do Interior contestou os números, afirmando que apenas 40 opositores "
                  "continuam presos.",
                  "pt", HELD, 40, DISPUTES);
    expect_stance("Um porta-voz do Ministério do Interior rejeitou aqueles números e disse que só 40 opositores "
                  "continuam presos.",
                  "pt", HELD, 40, DISPUTES);
    expect_stance("An Interior Ministry spokesman disputed those figures, saying that only 40 opposition members "
                  "remain in prison.",
                  "en", HELD, 40, DISPUTES);
}

/* Distractors: the same verbs with no disputing one before them, a name between the two verbs (another speaker),
 * and a figure between them (the one disputed keeps its own stance). */
Test(stance18, other_statements_keep_their_stance)
{
    expect_stance("Un portavoz del Ministerio del Interior aseguró que 40 opositores siguen en prisión.", "es", HELD,
                  40, ASSERTS);
    expect_stance("Um porta-voz do Ministério do Interior afirmou que 40 opositores continuam presos.", "pt", HELD, 40,
                  ASSERTS);
    expect_stance("After our questions on Tuesday, an Interior Ministry spokesman said that 40 opposition members "
                  "remain in prison.",
                  "en", HELD, 40, ASSERTS);
    expect_stance("O ministério contestou os números, e a Amnistia Internacional afirmou que 40 opositores continuam "
                  "presos.",
                  "pt", HELD, 40, ASSERTS);
}

/* "contesta os números da polícia, que anunciou a detenção de 300": the figure in the clause about another source's
 * numbers is the disputed one, asserted by its source; the disputer's own figure still disputes. */
Test(stance18, the_disputed_figure_of_another_source_is_no_dispute)
{
    expect_stance("La ONG cuestiona las cifras de la Policía Nacional, que anunció la detención de 300 manifestantes.",
                  "es", DET, 300, ASSERTS);
    expect_stance("A ONG contesta os números da Polícia Nacional, que anunciou a detenção de 300 manifestantes.", "pt",
                  DET, 300, ASSERTS);
    /* distractor: the disputer's own figure */
    expect_stance("A ONG contesta os números da Polícia Nacional e afirma que 900 manifestantes foram detidos.", "pt",
                  DET, 900, DISPUTES);
}
