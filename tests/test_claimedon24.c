/* test_claimedon24.c - statement days (twenty-fourth session): a day inside a participle phrase of quoting or
 * speaking set off by commas after the speaker ("citado hoy por", "citado hoje pela", "quoted on Monday by") is
 * the day of the statement, not of something else the noun did (when.c, S_in_relative, lexicon
 * quoting_participles); giving a figure of people ("gave a final figure of", "dio una cifra final de", "deu um
 * número final de") is a report of it (claimedon24.pat), and a day heading the sentence with no comma, before the
 * subject and its reporting verb, dates the statement (when.c, the heading-day branch of the statement dates).
 * Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep their
 * output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(claimedon24, .init = setup, .fini = teardown);

#define DTN EXTRACT_EVENT_DETENTION
#define HLD EXTRACT_EVENT_HELD

/* Asserts claimed_on ("" for none) of the claim of this event and value, read with run()'s reference date
 * 2026-01-14 (a Wednesday). */
static void expect_on(const char *text, const char *lang, extract_event ev, long long value, const char *on)
{
    extract_options opt = {.ref_date = "2026-01-14", .lang = lang};
    extract_doc *d = run_opt(text, &opt);
    char buf[4096];
    const extract_claim *c = claim_of(d, ev, value);
    cr_expect_str_eq(c->claimed_on, on, "%s: %s", text, describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

/* The day inside "citado hoy por …" is the day the speaker was quoted. */
Test(claimedon24, a_day_in_a_quoting_participle_dates_the_statement)
{
    expect_on("Un portavoz del Gobierno, citado hoy por la agencia estatal, negó que 300 personas sigan presas sin "
              "cargos.",
              "es", HLD, 300, "2026-01-14");
    expect_on("Um porta-voz do ministério, citado hoje pela agência oficial, negou que 300 pessoas continuem presas "
              "sem acusação.",
              "pt", HLD, 300, "2026-01-14");
    expect_on("A government spokesman, quoted on Monday by the state agency, denied that 300 people were still held "
              "without charge.",
              "en", HLD, 300, "2026-01-12");
}

/* Distractors: a participle of something else the noun did (arrested on Monday) still dates no statement. */
Test(claimedon24, a_day_in_another_participle_dates_nothing)
{
    expect_on("El dirigente, detenido el lunes en su casa, dijo que 300 personas siguen presas.", "es", HLD, 300, "");
    expect_on("O dirigente, detido na segunda-feira em casa, disse que 300 pessoas continuam presas.", "pt", HLD, 300,
              "");
    expect_on("The leader, arrested on Monday at his home, said that 300 people were still held.", "en", HLD, 300, "");
}

/* "gave a final figure of 212": the day heading the sentence is the day the figure was given. */
Test(claimedon24, a_figure_given_on_the_day_heading_the_sentence)
{
    expect_on("Ayer el comandante de la policía dio una cifra final de 212 detenidos en el campamento.", "es", DTN, 212,
              "2026-01-13");
    expect_on("Ontem o comandante da polícia deu um número final de 212 detidos no acampamento.", "pt", DTN, 212,
              "2026-01-13");
    expect_on("Yesterday the police commander gave a final figure of 212 people arrested at the camp.", "en", DTN, 212,
              "2026-01-13");
}

/* Distractors: the day heading a sentence that tells the arrests themselves dates the event, not a statement. */
Test(claimedon24, a_day_heading_the_event_dates_no_statement)
{
    expect_days("Ayer la policía detuvo a 212 personas en el campamento.", "es", DTN, 212, "", "2026-01-13",
                "2026-01-13");
    expect_days("Ontem a polícia prendeu 212 pessoas no acampamento.", "pt", DTN, 212, "", "2026-01-13", "2026-01-13");
    expect_days("Yesterday police arrested 212 people at the camp.", "en", DTN, 212, "", "2026-01-13", "2026-01-13");
}

/* A live blog: a statement its reporting verb dates to a month or a year alone ("reported in February", "calculó en
 * 2024", "estimou em fevereiro") was not made on the entry's day; the same statement with no month still is (the
 * distractor, and the entry's own news before it). */
Test(claimedon24, a_statement_said_in_a_month_is_no_entry_news)
{
    const char *en = "Live: sailors freed\n\n"
                     "14:05 - The foreign ministry said three sailors had been freed this morning.\n\n"
                     "14:30 - The UN commission reported in February that as many as 8,000 people are held in the "
                     "camps.\n\n"
                     "14:45 - The UN commission reported that as many as 9,000 people are held in the camps.";
    expect_on(en, "en", HLD, 8000, "");
    expect_on(en, "en", HLD, 9000, "2026-01-14");
    expect_on(en, "en", EXTRACT_EVENT_RELEASE, 3, "2026-01-14");
    const char *es = "Directo: marineros liberados\n\n"
                     "14:05 - La cancillería dijo que tres marineros fueron liberados esta mañana.\n\n"
                     "14:30 - Una comisión de la ONU calculó en 2024 que hasta 8.000 personas están recluidas en los "
                     "campos.\n\n"
                     "14:45 - Una comisión de la ONU calculó que hasta 9.000 personas están recluidas en los campos.";
    expect_on(es, "es", HLD, 8000, "");
    expect_on(es, "es", HLD, 9000, "2026-01-14");
    expect_on(es, "es", EXTRACT_EVENT_RELEASE, 3, "2026-01-14");
    const char *pt = "Ao minuto: marinheiros libertados\n\n"
                     "14:05 - O ministério disse que três marinheiros foram libertados esta manhã.\n\n"
                     "14:30 - Uma comissão da ONU estimou em fevereiro que até 8.000 pessoas estão detidas nos "
                     "campos.\n\n"
                     "14:45 - Uma comissão da ONU estimou que até 9.000 pessoas estão detidas nos campos.";
    expect_on(pt, "pt", HLD, 8000, "");
    expect_on(pt, "pt", HLD, 9000, "2026-01-14");
    expect_on(pt, "pt", EXTRACT_EVENT_RELEASE, 3, "2026-01-14");
}

/* A fact check's claim: a quotation a label's colon opens, signed by the next sentence (a name, a comma, where and
 * when, no reporting verb), was said by that name on the signature's day (subjects.c, S_quote_byline_at). */
Test(claimedon24, a_claim_label_quotation_signed_by_the_next_sentence)
{
    expect_days("THE CLAIM: \"More than 900 of our comrades were rounded up last month.\" Maria Lopes, a union "
                "organizer, speaking at a rally in the capital on Monday.\n\nTHE VERDICT: Mostly false.",
                "en", DTN, 900, "2026-01-12", "", "");
    expect_claimant("THE CLAIM: \"More than 900 of our comrades were rounded up last month.\" Maria Lopes, a union "
                    "organizer, speaking at a rally in the capital on Monday.\n\nTHE VERDICT: Mostly false.",
                    "en", DTN, 900, "Maria Lopes", EXTRACT_KIND_PERSON);
    expect_days("LA AFIRMACIÓN: «Más de 900 compañeros fueron detenidos el mes pasado». Marta López, dirigente "
                "sindical, en un mitin en la capital el lunes.\n\nEL VEREDICTO: Falso.",
                "es", DTN, 900, "2026-01-12", "", "");
    expect_days("A ALEGAÇÃO: \"Mais de 900 companheiros foram presos no mês passado.\" Marta Lopes, dirigente "
                "sindical, num comício na capital na segunda-feira.\n\nO VEREDICTO: Falso.",
                "pt", DTN, 900, "2026-01-12", "", "");
}

/* Distractors: with no label's colon before the quotation, the sentence after it tells something else the name
 * did, and dates no statement. */
Test(claimedon24, a_quotation_with_no_label_is_not_signed_by_the_next_sentence)
{
    expect_on("\"More than 900 of our comrades were rounded up last month.\" Maria Lopes, a union organizer, walked "
              "to the stage on Monday.",
              "en", DTN, 900, "");
    expect_on("«Más de 900 compañeros fueron detenidos el mes pasado». Marta López, dirigente sindical, subió al "
              "escenario el lunes.",
              "es", DTN, 900, "");
    expect_on("\"Mais de 900 companheiros foram presos no mês passado.\" Marta Lopes, dirigente sindical, subiu ao "
              "palco na segunda-feira.",
              "pt", DTN, 900, "");
}
