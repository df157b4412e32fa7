/* test_claimant_reach13.c - claimant reach, thirteenth session: a news outlet's common noun with the definite
 * article ("el periódico", "o jornal", "the broadcaster") refers back to the outlet named last; a medium named by a
 * broadcaster's or an agency's head words ("X Broadcasting Corporation") is a medium; a president told by the
 * country ("el presidente del país", "o presidente dos EUA", "the US president"), a minister by the portfolio ("la
 * titular de Interior") and "o responsável" refer back to the person named before. Sentences written for these
 * tests, in Spanish, Portuguese and English. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_support.h"

TestSuite(reach13_es, .init = setup, .fini = teardown);
TestSuite(reach13_pt, .init = setup, .fini = teardown);
TestSuite(reach13_en, .init = setup, .fini = teardown);

/* ---- a bare outlet noun is the outlet named before ---- */

Test(reach13_es, bare_outlet_noun_refers_back)
{
    expect_claimant("El diario La Prensa publicó el martes una lista de los presos de la cárcel de Tipitapa. Según el "
                    "periódico, 37 opositores siguen encerrados allí.",
                    "es", EXTRACT_EVENT_HELD, 37, "La Prensa", EXTRACT_KIND_MEDIA);
    expect_claimant("La emisora Radio Progreso difundió el martes la lista. La emisora contó 37 opositores que siguen "
                    "presos.",
                    "es", EXTRACT_EVENT_HELD, 37, "Radio Progreso", EXTRACT_KIND_MEDIA);
}

Test(reach13_pt, bare_outlet_noun_refers_back)
{
    expect_claimant("O jornal Correio do Povo divulgou na terça-feira uma lista dos presos. Segundo o jornal, 37 "
                    "opositores continuam presos na cadeia.",
                    "pt", EXTRACT_EVENT_HELD, 37, "Correio do Povo", EXTRACT_KIND_MEDIA);
}

Test(reach13_en, bare_outlet_noun_refers_back)
{
    expect_claimant("The list was published on Tuesday by the newspaper Daily Courier. According to the newspaper, 37 "
                    "opposition activists remain in jail.",
                    "en", EXTRACT_EVENT_HELD, 37, "Daily Courier", EXTRACT_KIND_MEDIA);
    expect_claimant("The Kenya Broadcasting Corporation aired the list on Tuesday. The broadcaster said 37 opposition "
                    "activists were still in jail.",
                    "en", EXTRACT_EVENT_HELD, 37, "Kenya Broadcasting Corporation", EXTRACT_KIND_MEDIA);
}

/* ---- no outlet named before: the bare noun names nobody ---- */

Test(reach13_pt, bare_outlet_noun_alone_names_nobody)
{
    expect_claimant("Os 37 presos foram libertados ontem, segundo o jornal.", "pt", EXTRACT_EVENT_RELEASE, 37, NULL, 0);
}

/* ---- a title told by the country or the portfolio, with no name after it ---- */

Test(reach13_es, title_of_the_country_refers_back)
{
    expect_claimant("El presidente de Colombia, Iván Duque, firmó el decreto el martes. Según el presidente del país, 40 "
                    "presos serán indultados.",
                    "es", EXTRACT_EVENT_RELEASE, 40, "Iván Duque", EXTRACT_KIND_PERSON);
    expect_claimant("La ministra del Interior, Marta Quiroga, visitó ayer la cárcel de Ushuaia. Según la titular de "
                    "Interior, 52 reclusos siguen a la espera de juicio.",
                    "es", EXTRACT_EVENT_HELD, 52, "Marta Quiroga", EXTRACT_KIND_PERSON);
}

Test(reach13_pt, title_of_the_country_refers_back)
{
    expect_claimant("O presidente do Chile, Gabriel Boric, assinou ontem os indultos. Segundo o presidente do país, 12 "
                    "presos serão libertados esta semana.",
                    "pt", EXTRACT_EVENT_RELEASE, 12, "Gabriel Boric", EXTRACT_KIND_PERSON);
    expect_claimant("O chefe da polícia municipal, Artur Lemos, falou à imprensa ao fim da tarde. Segundo o responsável, "
                    "31 detidos foram libertados sob fiança.",
                    "pt", EXTRACT_EVENT_RELEASE, 31, "Artur Lemos", EXTRACT_KIND_PERSON);
}

Test(reach13_en, title_of_the_country_refers_back)
{
    expect_claimant("US President Joe Biden met the families at the White House on Friday. The US president said the "
                    "exchange had secured the release of 16 people.",
                    "en", EXTRACT_EVENT_RELEASE, 16, "Joe Biden", EXTRACT_KIND_PERSON);
}
