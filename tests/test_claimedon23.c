/* test_claimedon23.c - statement days (twenty-third session): a chronicle told a day a paragraph, each paragraph
 * opened by its day alone, whose figure stands three sentences or more after that day (recognize.c,
 * S_para_openings: the opening day is read whenever the paragraph holds a candidate), and a bare weekday told after
 * a day written with its weekday, in a page written a week later (when.c, S_weekday_of_story). Sentences written for these
 * tests, in Spanish, Portuguese and English, with distractors that must keep their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(claimedon23, .init = setup, .fini = teardown);

#define DTN EXTRACT_EVENT_DETENTION

/* The day opening the paragraph dates the statement told at its end, three sentences later. */
Test(claimedon23, the_day_opening_a_far_paragraph_dates_its_statement)
{
    expect_days_on("Así fue la semana en la ciudad.\n\n"
                   "Lunes. Los estudiantes salieron de la facultad a media mañana. Caminaron hacia el puerto con "
                   "pancartas. La policía cortó el paso en la avenida. El comisario dijo por la noche que 60 "
                   "estudiantes habían sido detenidos.\n\n"
                   "Martes. Los padres esperaron frente a la comisaría. Nadie les dio noticias. Hubo cánticos hasta "
                   "tarde. El juez informó que 25 jóvenes seguían detenidos.",
                   "es", "2025-03-09", DTN, 60, "2025-03-03", "", "");
    expect_days_on("Foi assim a semana na cidade.\n\n"
                   "Segunda-feira. Os estudantes saíram da faculdade a meio da manhã. Caminharam até ao porto com "
                   "cartazes. A polícia cortou a avenida. O comissário disse à noite que 60 estudantes tinham sido "
                   "detidos.\n\n"
                   "Terça-feira. Os pais esperaram à porta da esquadra. Ninguém lhes deu notícias. Houve cânticos até "
                   "tarde. O juiz informou que 25 jovens continuavam detidos.",
                   "pt", "2025-03-09", DTN, 60, "2025-03-03", "", "");
    expect_days_on("Here is how the week went.\n\n"
                   "Monday. The students walked out of the faculty in mid-morning. They marched to the port with "
                   "banners. Police blocked the avenue. The commissioner said that night that 60 students had been "
                   "arrested.\n\n"
                   "Tuesday. Parents waited outside the station. Nobody gave them news. There was singing until late. "
                   "The judge said 25 young people were still in custody.",
                   "en", "2025-03-09", DTN, 60, "2025-03-03", "", "");
}

/* Distractors: a short sentence opening a paragraph that is no day dates nothing; a single day in passing makes no
 * chronicle (a statement with no day outside a live blog stays undated). */
Test(claimedon23, no_chronicle_no_day)
{
    expect_days_on("Así fue la semana en la ciudad.\n\n"
                   "Primero, la marcha. Los estudiantes salieron de la facultad. Caminaron hacia el puerto. La "
                   "policía cortó el paso. El comisario dijo que 60 estudiantes habían sido detenidos.",
                   "es", "2025-03-09", DTN, 60, "", "", "");
    expect_days_on("Here is how the week went.\n\n"
                   "Monday. The students walked out of the faculty. They marched to the port. Police blocked the "
                   "avenue. The commissioner said 60 students had been arrested.\n\n"
                   "The parents waited outside the station for news.",
                   "en", "2025-03-09", DTN, 60, "", "", "");
    expect_days_on("Foi assim a semana na cidade.\n\n"
                   "Primeiro, a marcha. Os estudantes saíram da faculdade. Caminharam até ao porto. A polícia cortou "
                   "a avenida. O comissário disse que 60 estudantes tinham sido detidos.",
                   "pt", "2025-03-09", DTN, 60, "", "", "");
}

/* A bare weekday after a day written with its weekday is of that day's week, not the page's (page: Friday 14 March
 * 2025; Thursday 6 March told first). */
Test(claimedon23, a_weekday_after_a_day_with_its_weekday_is_of_the_story_week)
{
    expect_days_on("La policía desalojó el campamento el jueves 6 de marzo. Los vecinos protestaron durante horas. El "
                   "viernes, el ministerio dijo que 40 personas habían sido detenidas.",
                   "es", "2025-03-14", DTN, 40, "2025-03-07", "", "");
    expect_days_on("A polícia desocupou o acampamento na quinta-feira, 6 de março. Os moradores protestaram durante "
                   "horas. Na sexta-feira, o ministério disse que 40 pessoas tinham sido detidas.",
                   "pt", "2025-03-14", DTN, 40, "2025-03-07", "", "");
    expect_days_on("Police cleared the camp on Thursday, 6 March. Residents protested for hours. On Friday, the ministry "
                   "said 40 people had been arrested.",
                   "en", "2025-03-14", DTN, 40, "2025-03-07", "", "");
}

/* Distractors: a day told without its weekday, a "this" weekday, or a "yesterday" between them keeps the reading
 * near the page. */
Test(claimedon23, a_weekday_near_the_page_stays)
{
    expect_days_on("La policía desalojó el campamento el 6 de marzo. Los vecinos protestaron durante horas. El "
                   "viernes, el ministerio dijo que 40 personas habían sido detenidas.",
                   "es", "2025-03-14", DTN, 40, "2025-03-14", "", "");
    expect_days_on("A polícia desocupou o acampamento na quinta-feira, 6 de março. Os moradores protestaram durante "
                   "horas. Nesta sexta-feira, o ministério disse que 40 pessoas tinham sido detidas.",
                   "pt", "2025-03-14", DTN, 40, "2025-03-14", "", "");
    expect_days_on("Police cleared the camp on Thursday, 6 March. Residents protested again yesterday. On Friday, the "
                   "ministry said 40 people had been arrested.",
                   "en", "2025-03-14", DTN, 40, "2025-03-14", "", "");
}
