/* test_live_blog.c - live blogs: entries under a clock time, whether the time stands on its own line or heads the
 * entry's text ("23h40 — …", "9.10am: …"), and the day a statement written up in an entry was made (the page's day,
 * unless the count is history the entry recalls). Texts written for these tests, in Spanish, Portuguese and
 * English; the reference date is 2026-01-14, a Wednesday. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(live_blog_es, .init = setup, .fini = teardown);
TestSuite(live_blog_pt, .init = setup, .fini = teardown);
TestSuite(live_blog_en, .init = setup, .fini = teardown);

/* The claim of this event and count: its claimant and its statement day ("" for none). */
static void check(const char *text, const char *lang, extract_event ev, long long value, const char *who,
                  const char *on)
{
    extract_doc *d = run(text, lang);
    const extract_claim *c = claim_of(d, ev, value);
    char buf[4096];
    if (who)
        cr_assert(c->claimant.name && strcmp(c->claimant.name, who) == 0, "claimant %s, expected %s; %s",
                  c->claimant.name ? c->claimant.name : "-", who, describe(d, buf, sizeof buf));
    cr_assert_str_eq(c->claimed_on, on, "claimed_on %s, expected %s; %s", c->claimed_on, on,
                     describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

/* ---- a statement in an entry whose time heads its text is dated to the page's day ---- */

#define ES_BLOG                                                                                                    \
    "Directo: jornada de protestas en Quito\n\n"                                                                   \
    "21.15 — Último balance de la noche: la Defensoría del Pueblo contabiliza 86 personas detenidas en la capital " \
    "y en Guayaquil.\n\n"                                                                                          \
    "18.40 — La Policía Nacional informa de que 31 manifestantes permanecen detenidos en el cuartel de La Mariscal.\n\n" \
    "12.05 — Las columnas de estudiantes llegan al parque El Arbolito.\n"

Test(live_blog_es, a_statement_in_an_entry_headed_by_its_time_is_dated_to_the_page)
{
    check(ES_BLOG, "es", EXTRACT_EVENT_DETENTION, 86, "Defensoría del Pueblo", "2026-01-14");
    check(ES_BLOG, "es", EXTRACT_EVENT_HELD, 31, "Policía Nacional", "2026-01-14");
}

#define PT_BLOG                                                                                                    \
    "Ao minuto: greve geral em Maputo\n\n"                                                                          \
    "22h30 — Balanço do dia: a Ordem dos Advogados diz que 57 pessoas foram detidas em Maputo e na Matola.\n\n"      \
    "17h10 — A polícia anunciou a libertação de 12 manifestantes detidos de manhã na avenida Eduardo Mondlane.\n\n"  \
    "09h00 — Bom dia. As lojas do centro continuam fechadas.\n"

Test(live_blog_pt, a_statement_in_an_entry_headed_by_its_time_is_dated_to_the_page)
{
    check(PT_BLOG, "pt", EXTRACT_EVENT_DETENTION, 57, "Ordem dos Advogados", "2026-01-14");
    check(PT_BLOG, "pt", EXTRACT_EVENT_RELEASE, 12, NULL, "2026-01-14");
}

#define EN_BLOG                                                                                                    \
    "Live: the march on the parliament\n\n"                                                                         \
    "8.45pm: The Law Society says 64 people were detained around the parliament building this afternoon.\n\n"      \
    "4.20pm: Police say 19 of those arrested in the morning have been released without charge.\n\n"                \
    "11.00am: Crowds are gathering outside the station.\n"

Test(live_blog_en, a_statement_in_an_entry_headed_by_its_time_is_dated_to_the_page)
{
    check(EN_BLOG, "en", EXTRACT_EVENT_DETENTION, 64, "Law Society", "2026-01-14");
    check(EN_BLOG, "en", EXTRACT_EVENT_RELEASE, 19, NULL, "2026-01-14");
}

/* ---- the same when the time stands on its own line above the entry ---- */

Test(live_blog_es, a_statement_in_an_entry_under_its_time_is_dated_to_the_page)
{
    check("Directo: protestas en Lima\n\n20:10\n\nLa Coordinadora Nacional de Derechos Humanos registra 48 "
          "detenidos en el centro de la ciudad.\n\n15:30\n\nLas marchas avanzan por la avenida Abancay.\n",
          "es", EXTRACT_EVENT_DETENTION, 48, NULL, "2026-01-14");
}

Test(live_blog_pt, a_statement_in_an_entry_under_its_time_is_dated_to_the_page)
{
    check("Ao vivo: protestos em Luanda\n\n20:10\n\nO Movimento dos Estudantes Angolanos contabiliza 48 detidos no "
          "centro da cidade.\n\n15:30\n\nOs manifestantes seguem pela marginal.\n",
          "pt", EXTRACT_EVENT_DETENTION, 48, NULL, "2026-01-14");
}

Test(live_blog_en, a_statement_in_an_entry_under_its_time_is_dated_to_the_page)
{
    check("Live: protests in Nairobi\n\n20:10\n\nThe Kenya Human Rights Commission says 48 people have been "
          "detained in the city centre.\n\n15:30\n\nMarchers are moving along Moi Avenue.\n",
          "en", EXTRACT_EVENT_DETENTION, 48, NULL, "2026-01-14");
}

/* ---- an entry that recalls history: the count's period ends long before the page, the statement's day is not
 * known ---- */

Test(live_blog_es, a_count_the_entry_recalls_from_long_ago_keeps_no_day)
{
    check("Directo: protestas en Minsk\n\n19:00 — Para entender la magnitud: entre el 9 y el 12 de agosto de 2020, "
          "según el Ministerio del Interior, fueron detenidas unas 6.700 personas.\n\n"
          "18:00 — La policía informa de que 40 personas han sido detenidas hoy en el centro de Minsk.\n",
          "es", EXTRACT_EVENT_DETENTION, 6700, NULL, "");
}

Test(live_blog_pt, a_count_the_entry_recalls_from_long_ago_keeps_no_day)
{
    check("Ao minuto: protestos em Minsk\n\n19h00 — Para se perceber a dimensão: entre 9 e 12 de agosto de 2020, "
          "segundo o Ministério do Interior, foram detidas cerca de 6700 pessoas.\n\n"
          "18h00 — A polícia informa que 40 pessoas foram detidas hoje no centro de Minsk.\n",
          "pt", EXTRACT_EVENT_DETENTION, 6700, NULL, "");
}

Test(live_blog_en, a_count_the_entry_recalls_from_long_ago_keeps_no_day)
{
    check("Live: protests in Minsk\n\n19:00 - For scale: between 9 and 12 August 2020, about 6,700 people were "
          "detained, according to the Interior Ministry.\n\n"
          "18:00 - Police say 40 people have been detained in central Minsk today.\n",
          "en", EXTRACT_EVENT_DETENTION, 6700, NULL, "");
}

/* ---- outside a live blog, a statement with no day of its own stays undated (the seed article's "states") ---- */

Test(live_blog_es, a_statement_outside_a_live_blog_keeps_no_day)
{
    check("La Defensoría del Pueblo contabiliza 86 personas detenidas en la capital y en Guayaquil.\n\n"
          "Las columnas de estudiantes llegaron al parque El Arbolito a las 12.05.\n",
          "es", EXTRACT_EVENT_DETENTION, 86, "Defensoría del Pueblo", "");
}

Test(live_blog_pt, a_statement_outside_a_live_blog_keeps_no_day)
{
    check("A Ordem dos Advogados diz que 57 pessoas foram detidas em Maputo e na Matola.\n\n"
          "As lojas do centro continuavam fechadas às 09h00.\n",
          "pt", EXTRACT_EVENT_DETENTION, 57, "Ordem dos Advogados", "");
}

Test(live_blog_en, a_statement_outside_a_live_blog_keeps_no_day)
{
    check("The Law Society says 64 people were detained around the parliament building.\n\n"
          "Crowds had gathered outside the station by 11.00am.\n",
          "en", EXTRACT_EVENT_DETENTION, 64, "Law Society", "");
}
