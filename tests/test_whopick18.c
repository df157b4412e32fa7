/* test_whopick18.c - the wrong claimant picked (eighteenth session): "X said Y had confirmed that N …" gives the
 * figure to X, the outer speaker, when Y is a name as when it is a reference ("his group"). Sentences written for
 * these tests, in Spanish, Portuguese and English, with distractors that must keep their claimant. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(whopick18, .init = setup, .fini = teardown);

#define PERSON EXTRACT_KIND_PERSON
#define ORG EXTRACT_KIND_ORGANIZATION
#define GOV EXTRACT_KIND_GOVERNMENT

/* A speaker who says a named body confirmed the figure is the one who tells it. */
Test(whopick18, the_speaker_who_says_a_named_body_confirmed)
{
    expect_claimant("Marta Quiroga, a lawyer in Quito, spoke to reporters on Tuesday. Quiroga said the Andean Rights "
                    "Network had confirmed that at least 240 of those detained were released without charge.",
                    "en", EXTRACT_EVENT_RELEASE, 240, "Marta Quiroga", PERSON);
    expect_claimant("Marta Quiroga, abogada en Quito, habló el martes con la prensa. Quiroga dijo que la Red Andina de "
                    "Derechos había confirmado que al menos 240 de los detenidos fueron liberados sin cargos.",
                    "es", EXTRACT_EVENT_RELEASE, 240, "Marta Quiroga", PERSON);
    expect_claimant("Marta Quiroga, advogada em Quito, falou na terça-feira com a imprensa. Quiroga disse que a Rede "
                    "Andina de Direitos tinha confirmado que pelo menos 240 dos detidos foram libertados sem acusação.",
                    "pt", EXTRACT_EVENT_RELEASE, 240, "Marta Quiroga", PERSON);
}

/* A body that says a named official reported the figure: the body tells it, past the official's title. */
Test(whopick18, the_body_that_says_an_official_reported)
{
    expect_claimant("The Interior Ministry said police chief Daniel Okoro had reported to the president that 35 "
                    "people were arrested overnight.",
                    "en", EXTRACT_EVENT_DETENTION, 35, "Interior Ministry", GOV);
    expect_claimant("El Ministerio del Interior dijo que el jefe de policía Daniel Okoro había informado al presidente "
                    "de que 35 personas fueron detenidas durante la noche.",
                    "es", EXTRACT_EVENT_DETENTION, 35, "Ministerio del Interior", GOV);
    expect_claimant("O Ministério do Interior disse que o chefe da polícia, Daniel Okoro, tinha informado o presidente "
                    "de que 35 pessoas foram detidas durante a noite.",
                    "pt", EXTRACT_EVENT_DETENTION, 35, "Ministério do Interior", GOV);
}

/* Distractors: a body that confirms on its own, a second clause with its own speaker, a source phrase. */
Test(whopick18, a_body_that_speaks_for_itself_keeps_its_figure)
{
    expect_claimant("The Andean Rights Network confirmed that at least 240 detainees were released without charge.",
                    "en", EXTRACT_EVENT_RELEASE, 240, "Andean Rights Network", ORG);
    expect_claimant("Police said 35 people were arrested, and the Andean Rights Network confirmed that 20 of them "
                    "were released.",
                    "en", EXTRACT_EVENT_RELEASE, 20, "Andean Rights Network", ORG);
    expect_claimant("La Red Andina de Derechos confirmó que al menos 240 detenidos fueron liberados sin cargos.",
                    "es", EXTRACT_EVENT_RELEASE, 240, "Red Andina de Derechos", ORG);
    expect_claimant("A Rede Andina de Direitos confirmou que pelo menos 240 detidos foram libertados sem acusação.",
                    "pt", EXTRACT_EVENT_RELEASE, 240, "Rede Andina de Direitos", ORG);
}

/* A source phrase past a colon or semicolon after the count opens a statement of its own: the count before it stays
 * with the speaker whose verb introduced it; the count after it is the source's. */
Test(whopick18, a_source_past_a_colon_leaves_the_count_before_it)
{
    const char *es = "El portavoz del Gobierno, Tomás Arregui, negó que haya 2.000 presos políticos: según el Ministerio "
                     "de Justicia, sólo unos 140 reclusos cumplen condena por delitos políticos.";
    const char *pt = "O porta-voz do Governo, Tomás Arregui, negou que existam 2.000 presos políticos: segundo o "
                     "Ministério da Justiça, apenas cerca de 140 reclusos cumprem pena por crimes políticos.";
    const char *en = "The government spokesman, Thomas Arregui, denied that 2,000 political prisoners are held; according "
                     "to the Justice Ministry, only about 140 inmates are serving sentences for political crimes.";
    expect_claimant(es, "es", EXTRACT_EVENT_HELD, 2000, "Tomás Arregui", PERSON);
    expect_claimant(pt, "pt", EXTRACT_EVENT_HELD, 2000, "Tomás Arregui", PERSON);
    expect_claimant(en, "en", EXTRACT_EVENT_HELD, 2000, "Thomas Arregui", PERSON);
    /* distractors: the count after the source is the source's; a source after a comma still gives the count */
    expect_claimant(es, "es", EXTRACT_EVENT_HELD, 140, "Ministerio de Justicia", GOV);
    expect_claimant(pt, "pt", EXTRACT_EVENT_HELD, 140, "Ministério da Justiça", GOV);
    expect_claimant(en, "en", EXTRACT_EVENT_HELD, 140, "Justice Ministry", GOV);
    expect_claimant("According to the Justice Ministry, 140 inmates are serving sentences: Arregui said so on Monday.",
                    "en", EXTRACT_EVENT_HELD, 140, "Justice Ministry", GOV);
}

/* "X, a spokesman for …, said the group had freed N": after the comma closing the apposition the verb is not
 * inverted when the name after it is followed by an auxiliary: that name opens the clause reported. */
Test(whopick18, a_name_after_the_verb_that_opens_the_reported_clause)
{
    expect_claimant("The rebels handed over the list on Monday. On Tuesday, Omar Haddad, a spokesman for the Free Coast "
                    "Front's office in Tunis, said the movement had already freed more than 400 soldiers.",
                    "en", EXTRACT_EVENT_RELEASE, 400, "Omar Haddad", PERSON);
    /* es and pt say "que", and keep the speaker */
    expect_claimant("Los rebeldes entregaron la lista el lunes. El martes, Omar Haddad, portavoz de la oficina del Frente "
                    "Costa Libre en Túnez, dijo que el movimiento ya había liberado a más de 400 soldados.",
                    "es", EXTRACT_EVENT_RELEASE, 400, "Omar Haddad", PERSON);
    expect_claimant("Os rebeldes entregaram a lista na segunda-feira. Na terça-feira, Omar Haddad, porta-voz do gabinete "
                    "da Frente Costa Livre em Tunes, disse que o movimento já tinha libertado mais de 400 soldados.",
                    "pt", EXTRACT_EVENT_RELEASE, 400, "Omar Haddad", PERSON);
    /* distractors: inverted subjects a comma or a relative follows keep speaking */
    expect_claimant("More than 400 soldiers have been freed, said the Free Coast Front, which had held them since March.",
                    "en", EXTRACT_EVENT_RELEASE, 400, "Free Coast Front", ORG);
    expect_claimant("\"We freed more than 400 soldiers,\" said the Free Coast Front.", "en", EXTRACT_EVENT_RELEASE, 400,
                    "Free Coast Front", ORG);
    expect_claimant("More than 400 soldiers were freed on Tuesday, said Omar Haddad, who had negotiated the exchange.",
                    "en", EXTRACT_EVENT_RELEASE, 400, "Omar Haddad", PERSON);
}

/* "dijo la directora del Observatorio … (OAD), Lucía Mendes": the office's body may close with its acronym in
 * brackets before the name that holds the office; that name speaks, not the office made a body. */
Test(whopick18, the_holder_named_after_an_office_and_its_acronym)
{
    expect_claimant("\"Contamos al menos 60 personas retenidas en la comisaría\", dijo esta noche la directora del "
                    "Observatorio Andino de Derechos (OAD), Lucía Mendes.",
                    "es", EXTRACT_EVENT_HELD, 60, "Lucía Mendes", PERSON);
    expect_claimant("\"Contamos pelo menos 60 pessoas retidas na esquadra\", disse esta noite a diretora do Observatório "
                    "Andino de Direitos (OAD), Lúcia Mendes.",
                    "pt", EXTRACT_EVENT_HELD, 60, "Lúcia Mendes", PERSON);
    expect_claimant("\"At least 60 people are still held at the station,\" said the director of the Andean Rights "
                    "Observatory (ARO), Lucy Mendes.",
                    "en", EXTRACT_EVENT_HELD, 60, "Lucy Mendes", PERSON);
    /* distractors: no name after the acronym, the office speaks as before */
    expect_claimant("\"At least 60 people are still held at the station,\" said the director of the Andean Rights "
                    "Observatory (ARO).",
                    "en", EXTRACT_EVENT_HELD, 60, "director of the Andean Rights Observatory", ORG);
    expect_claimant("\"Contamos al menos 60 personas retenidas en la comisaría\", dijo esta noche la directora del "
                    "Observatorio Andino de Derechos (OAD).",
                    "es", EXTRACT_EVENT_HELD, 60, "directora del Observatorio Andino de Derechos", ORG);
}

/* "repetia aos jornalistas que", "repetía a los periodistas que", "kept repeating to reporters that": to repeat
 * that is to say again, a reporting verb whose subject gives the figure (patterns/{es,pt,en}/sources.pat,
 * *.cue.repeat; "repitió curso", "repeated the question" stay no verbs of saying, as the rules' examples check). */
Test(whopick18, to_repeat_that_is_to_say)
{
    expect_claimant("10h15 — A Cruz Vermelha fala em centenas de feridos. Desde ontem, o porta-voz do governador, Ruslan "
                    "Tsagaev, repetia aos jornalistas que os reféns eram 210.",
                    "pt", EXTRACT_EVENT_HELD, 210, "Ruslan Tsagaev", PERSON);
    expect_claimant("10:15 — La Cruz Roja habla de cientos de heridos. Desde ayer, el portavoz del gobernador, Ruslán "
                    "Tsagáyev, repetía a los periodistas que los rehenes eran 210.",
                    "es", EXTRACT_EVENT_HELD, 210, "Ruslán Tsagáyev", PERSON);
    expect_claimant("10:15 — The Red Cross speaks of hundreds of wounded. Since yesterday, the governor's spokesman, "
                    "Ruslan Tsagayev, kept repeating to reporters that the hostages numbered 210.",
                    "en", EXTRACT_EVENT_HELD, 210, "Ruslan Tsagayev", PERSON);
}
