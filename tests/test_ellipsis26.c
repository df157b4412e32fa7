/* test_ellipsis26.c - figures with no people noun of their own (twenty-sixth session, ellipsis): a figure framed by
 * a word naming the figure ("the figure", "la cifra", "o número") a few words before it, a comma allowed; a word
 * for what the count exceeds right after the word naming the figure ("la lista pasa de"); a framed figure with no
 * claim before it that answers the count after it in its sentence (counts.c, claims.c). Sentences written for
 * these tests, in Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(ellipsis26, .init = setup, .fini = teardown);

/* "puts the figure higher still, at more than 900", "has put the number lower, at about 112,000" */
Test(ellipsis26, figure_word_then_a_comma_frames_the_figure)
{
    expect_event("Foro Penal counts 300 political prisoners in Venezuela. Another group puts the figure higher still, "
                 "at more than 450, because it counts people in police cells.",
                 "en", 450, HELD);
    expect_event("El Foro Penal cuenta 300 presos políticos en Venezuela. Otra ONG sitúa la cifra más arriba, en más de 450.",
                 "es", 450, HELD);
    expect_event("O Foro Penal conta 300 presos políticos na Venezuela. Outra ONG coloca o número mais acima, em mais de 450.",
                 "pt", 450, HELD);
    /* distractors: a noun after the figure says what it counts (money, not people) */
    expect_event("Foro Penal counts 300 political prisoners in Venezuela. The report puts the figure higher, at 450 dollars a month.",
                 "en", 450, NONE);
    expect_event("El Foro Penal cuenta 300 presos políticos. El informe sitúa la cifra más arriba, en 450 dólares al mes.", "es",
                 450, NONE);
    expect_event("O Foro Penal conta 300 presos políticos. O relatório coloca o número mais acima, em 450 reais por mês.", "pt",
                 450, NONE);
}

/* "Ahora la lista pasa de 1.850": the word naming the figure before a word for what it exceeds */
Test(ellipsis26, the_list_exceeds_a_figure)
{
    expect_event("La asociación contaba 1.200 presos políticos en marzo. Ahora la lista pasa de 1.850.", "es", 1850, HELD);
    expect_event("A associação contava 1.200 presos políticos em março. Agora a lista passa de 1.850.", "pt", 1850, HELD);
    expect_event("The association counted 1,200 political prisoners in March. Now the list exceeds 1,850.", "en", 1850, HELD);
    /* distractors: what exceeds the figure is no word for the figure */
    expect_event("La asociación contaba 1.200 presos políticos en marzo. Ahora el presupuesto pasa de 1.850.", "es", 1850, NONE);
    expect_event("A associação contava 1.200 presos políticos em março. Agora o orçamento passa de 1.850.", "pt", 1850, NONE);
    expect_event("The association counted 1,200 political prisoners in March. Now the budget exceeds 1,850.", "en", 1850, NONE);
}

/* "The authorities of the day admitted to more than 3,000, and … list 3,094 people taken into custody" */
Test(ellipsis26, a_framed_figure_first_answers_the_count_after_it)
{
    expect_event("The authorities admitted to more than 3,000, and the police's own records list 3,094 people taken "
                 "into custody that day.",
                 "en", 3000, DET);
    expect_event("As autoridades admitiram mais de 3.000, e os registos da polícia contam 3.094 pessoas detidas naquele dia.",
                 "pt", 3000, DET);
    expect_event("Las autoridades hablaron de más de 3.000, y los registros de la policía cuentan 3.094 personas detenidas "
                 "aquel día.",
                 "es", 3000, DET);
    /* distractors: the count after it counts people for nothing of ours */
    expect_event("The authorities admitted to more than 3,000, and the organisers counted 9,000 people at the march.", "en",
                 3000, NONE);
    expect_event("As autoridades admitiram mais de 3.000, e os organizadores contaram 9.000 pessoas na marcha.", "pt", 3000,
                 NONE);
    expect_event("Las autoridades hablaron de más de 3.000, y los organizadores contaron 9.000 personas en la marcha.", "es",
                 3000, NONE);
}
