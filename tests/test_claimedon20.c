/* test_claimedon20.c - statement days (twentieth session): a chronicle told a day a paragraph ("Lunes 12. …",
 * "Segunda-feira. …", "Monday. …") dates the statements of each paragraph to its day (discourse.c,
 * xc_find_sections); "ese mismo día", "nesse mesmo dia", "that same day" point back to a day, not to a year told in
 * passing (when.c, S_resolve_anaphoric); a live-blog entry dates a count some speaker reports even when the
 * speaker was not found (claims.c, S_reported); a quotation closed by a reporting verb with no day in a later
 * sentence takes the day its speaker spoke on in the sentence before (when.c, xc_statement_date). Sentences written
 * for these tests, in Spanish, Portuguese and English, with distractors that must keep their current output. The
 * reference date is 2026-01-14 (a Wednesday), so Monday is 2026-01-12 and Tuesday 2026-01-13. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(claimedon20, .init = setup, .fini = teardown);

#define REL EXTRACT_EVENT_RELEASE
#define HLD EXTRACT_EVENT_HELD
#define DTN EXTRACT_EVENT_DETENTION

/* A week told a day a paragraph: each paragraph's statements were made on the day that opens it. */
Test(claimedon20, a_chronicles_paragraph_dates_its_statements)
{
    static const char es[] = "Lunes 12. El Ministerio del Interior anunció que 40 presos salieron en libertad.\n\n"
                             "Martes 13. La ONG Foro Libre aseguró que 300 personas siguen presas por razones "
                             "políticas.\n";
    static const char pt[] = "Segunda-feira. O Ministério do Interior anunciou que 40 presos foram libertados.\n\n"
                             "Terça-feira. A ONG Foro Livre afirmou que 300 pessoas continuam presas por razões "
                             "políticas.\n";
    static const char en[] = "Monday. The Interior Ministry announced that 40 prisoners had been freed.\n\n"
                             "Tuesday. The rights group Free Forum said 300 people remain in prison for political "
                             "reasons.\n";
    expect_days(es, "es", REL, 40, "2026-01-12", "", "");
    expect_days(es, "es", HLD, 300, "2026-01-13", "", "");
    expect_days(pt, "pt", REL, 40, "2026-01-12", "", "");
    expect_days(pt, "pt", HLD, 300, "2026-01-13", "", "");
    expect_days(en, "en", REL, 40, "2026-01-12", "", "");
    expect_days(en, "en", HLD, 300, "2026-01-13", "", "");
    /* a statement with a day of its own keeps it */
    expect_days("Monday. The Interior Ministry announced that 40 prisoners had been freed.\n\n"
                "Tuesday. The rights group Free Forum said on Wednesday that 300 people remain in prison.\n",
                "en", HLD, 300, "2026-01-14", "", "");
    /* one paragraph opened by a day (a dateline, a day in passing) is no chronicle: the statement after it stays
     * undated, as outside live blogs */
    expect_days("Lunes 12. El Ministerio del Interior anunció que 40 presos salieron en libertad.\n\n"
                "La ONG Foro Libre aseguró que 300 personas siguen presas por razones políticas.\n",
                "es", HLD, 300, "", "", "");
    expect_days("Segunda-feira. O Ministério do Interior anunciou que 40 presos foram libertados.\n\n"
                "A ONG Foro Livre afirmou que 300 pessoas continuam presas.\n",
                "pt", HLD, 300, "", "", "");
}

/* "that same day" is the day named before, not a year told in passing in between. */
Test(claimedon20, the_same_day_is_a_day_not_a_year)
{
    expect_days("Na segunda-feira, a ONG Foro Livre apresentou o seu relatório anual. Segundo o documento, o ativista "
                "Paulo Ruiz foi raptado pela guerrilha em 2019, e a ONG voltou a pedir a sua libertação. O Ministério "
                "do Interior contestou nesse mesmo dia que apenas 30 pessoas continuam presas por motivos políticos.",
                "pt", HLD, 30, "2026-01-12", "", "");
    expect_days("El lunes, la ONG Foro Libre presentó su informe anual. Según el documento, el activista Pablo Ruiz "
                "fue secuestrado por la guerrilla en 2019, y la ONG volvió a reclamar su liberación. El Ministerio del "
                "Interior respondió ese mismo día que solo 30 personas siguen presas por motivos políticos.",
                "es", HLD, 30, "", "", "2026-01-12");
    expect_days("On Monday, the rights group Free Forum presented its annual report. According to the document, the "
                "activist Paul Ruiz was kidnapped by the guerrillas in 2019, and the group again called for his "
                "release. The Interior Ministry replied that same day that only 30 people remain in prison for "
                "political reasons.",
                "en", HLD, 30, "2026-01-12", "", ""); /* "replied" reports (sources.pat, *.cue.replied): its day */
    /* distractor: "since then" may still point back to a year */
    expect_days("En 2019 la guerrilla secuestró al activista Pablo Ruiz. Desde entonces, 30 personas han sido "
                "liberadas, según el Ministerio del Interior.",
                "es", REL, 30, "", "2019-01-01", "");
}

/* A live-blog entry dates a count its sentence reports even when the speaker is not found; the newsroom's own figure
 * (no reporting verb) stays undated. */
Test(claimedon20, a_live_blog_entry_dates_a_reported_count)
{
    static const char es[] = "18:40 - Los abogados de los manifestantes aseguran que unas 120 personas han sido "
                             "detenidas desde la tarde.\n\n17:15 - Unas 30 personas han sido detenidas frente al "
                             "Congreso.\n\n16:00 - La marcha llega a la plaza.\n";
    static const char pt[] = "18h40 - Os advogados dos manifestantes garantem que cerca de 120 pessoas foram detidas "
                             "desde a tarde.\n\n17h15 - Cerca de 30 pessoas foram detidas em frente ao Congresso.\n\n"
                             "16h00 - A marcha chega à praça.\n";
    static const char en[] = "18:40 - Volunteer medics say about 120 people have been arrested since the afternoon.\n\n"
                             "17:15 - About 30 people have been arrested outside Congress.\n\n"
                             "16:00 - The march reaches the square.\n";
    expect_days(es, "es", DTN, 120, "2026-01-14", "", "");
    expect_days(pt, "pt", DTN, 120, "2026-01-14", "", "");
    expect_days(en, "en", DTN, 120, "2026-01-14", "", "");
    /* distractors: the newsroom's own figures */
    expect_days(es, "es", DTN, 30, "", "", "");
    expect_days(pt, "pt", DTN, 30, "", "", "");
    expect_days(en, "en", DTN, 30, "", "", "");
}

/* A count inside a quotation whose reporting verb, with no day, closes it in a later sentence: the speaker named in
 * the sentence before the quotation spoke on the day that sentence gives (when.c, xc_statement_date). */
Test(claimedon20, a_quotation_after_its_speakers_dated_sentence)
{
    expect_days("El Comité de Familiares publicó ayer su recuento de presos. Un portavoz del Ministerio del Interior "
                "rechazó el lunes esa cifra. \"No hay más de 40 presos políticos en nuestras cárceles. Todos fueron "
                "condenados por delitos comunes\", afirmó en una entrevista radiofónica.",
                "es", HLD, 40, "2026-01-12", "", "");
    expect_days("O Comité de Familiares publicou ontem a sua contagem de presos. Um porta-voz do Ministério do Interior "
                "rejeitou na segunda-feira esse número. \"Não há mais de 40 presos políticos nas nossas cadeias. Todos "
                "foram condenados por crimes comuns\", afirmou numa entrevista à rádio.",
                "pt", HLD, 40, "2026-01-12", "", "");
    expect_days("Outside the court on Monday, the lawyer Ana Reyes disputed the ministry count. \"There are still 40 "
                "protesters being held in cells tonight. That is a disgrace,\" she said.",
                "en", HLD, 40, "2026-01-12", "", "");
    /* distractors: with no day before, the quotation stays undated */
    expect_days("Un portavoz del Ministerio del Interior rechazó esa cifra. \"No hay más de 40 presos políticos en "
                "nuestras cárceles. Todos fueron condenados por delitos comunes\", afirmó en una entrevista radiofónica.",
                "es", HLD, 40, "", "", "");
    expect_days("The lawyer Ana Reyes disputed the ministry count. \"There are still 40 protesters being held in cells "
                "tonight. That is a disgrace,\" she said.",
                "en", HLD, 40, "", "", "");
}
