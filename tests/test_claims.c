/* test_claims.c - end to end through extract_process with the real patterns: short texts written for these tests,
 * in Spanish, Portuguese and English, each aimed at one decision of the pipeline (event, qualifier, claimant,
 * dates, distractors, language, reference date). A missing claim is reported with every claim the document had. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "claims_support.h"

TestSuite(es, .init = setup, .fini = teardown);
TestSuite(pt, .init = setup, .fini = teardown);
TestSuite(en, .init = setup, .fini = teardown);
TestSuite(distractors, .init = setup, .fini = teardown);
TestSuite(lang, .init = setup, .fini = teardown);
TestSuite(ref_date, .init = setup, .fini = teardown);
TestSuite(process, .init = setup, .fini = teardown);

static int has_count(const extract_doc *d, long long value)
{
    for (size_t i = 0; i < extract_doc_claim_count(d); i++)
        if (extract_doc_claim(d, i)->count == value)
            return 1;
    return 0;
}

#define ASSERT_CLAIMANT(c, want_name, want_kind)                                                                 \
    do {                                                                                                        \
        cr_assert_not_null((c)->claimant.name, "no claimant, expected %s", want_name);                           \
        cr_assert_str_eq((c)->claimant.name, want_name);                                                        \
        cr_assert_eq((c)->claimant.kind, want_kind, "claimant kind %s, expected %s", KINDS[(c)->claimant.kind], \
                     KINDS[want_kind]);                                                                         \
    } while (0)

/* Checks common to every claim: the evidence is a real sentence of the text and holds the count as written. */
static void assert_evidence(const extract_doc *d, const extract_claim *c)
{
    size_t len;
    const char *t = extract_doc_text(d, &len);
    cr_assert(c->start < c->end && c->end <= len, "evidence [%zu,%zu) outside the text", c->start, c->end);
    char *sent = strndup(t + c->start, c->end - c->start);
    cr_assert_not_null(strstr(sent, c->count_text), "count text '%s' is not in the evidence '%s'", c->count_text,
                       sent);
    free(sent);
    cr_assert(c->confidence > 0.0 && c->confidence <= 1.0);
    cr_assert_not_null(c->rule);
    cr_assert_str_eq(c->section, "body");
}

/* A dateline paragraph opening an article, as agencies write them. The period tests put their sentence after one:
 * the first date in a document's head is taken for its dateline, and these tests are about the sentence's own dates. */
#define ES_DATELINE "CARACAS, 14 de enero de 2026 (EFE) – Continúan las excarcelaciones en Venezuela.\n\n"
#define PT_DATELINE "CARACAS, 14 de janeiro de 2026 – Continuam as solturas na Venezuela.\n\n"
#define EN_DATELINE "CARACAS, January 14, 2026 (AP) - Releases continue in Venezuela.\n\n"

/* ======== Spanish ======== */

Test(es, qualifier_and_passive_release_with_segun)
{
    extract_doc *d = run("Al menos 80 presos políticos fueron excarcelados durante la noche, según Foro Penal.\n", "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 80);
    cr_assert_eq(c->qualifier, EXTRACT_Q_AT_LEAST);
    cr_assert_str_eq(c->count_text, "Al menos 80");
    cr_assert_not_null(c->subject);
    cr_assert_str_eq(c->subject, "presos políticos");
    ASSERT_CLAIMANT(c, "Foro Penal", EXTRACT_KIND_ORGANIZATION);
    cr_assert_eq(c->stance, EXTRACT_STANCE_ASSERTS);
    assert_evidence(d, c);
    extract_doc_free(d);
}

Test(es, held_political_prisoners)
{
    extract_doc *d = run("Foro Penal contabiliza 800 presos políticos en Venezuela.\n", "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, 800);
    cr_assert_eq(c->qualifier, EXTRACT_Q_EXACT);
    ASSERT_CLAIMANT(c, "Foro Penal", EXTRACT_KIND_ORGANIZATION);
    assert_evidence(d, c);
    extract_doc_free(d);
}

/* The journalist states it with no source: no claimant. */
Test(es, detention_stated_by_the_journalist)
{
    extract_doc *d = run("La policía detuvo a 35 manifestantes en la plaza central.\n", "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_DETENTION, 35);
    cr_assert_null(c->claimant.name, "claimant %s for a figure with no source", c->claimant.name);
    cr_assert_eq(c->claimant.kind, EXTRACT_KIND_UNKNOWN);
    assert_evidence(d, c);
    extract_doc_free(d);
}

Test(es, quote_with_speaker_after)
{
    extract_doc *d = run("\"Hay 120 presos políticos en El Helicoide\", dijo Alfredo Romero.\n", "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, 120);
    ASSERT_CLAIMANT(c, "Alfredo Romero", EXTRACT_KIND_PERSON);
    extract_doc_free(d);
}

Test(es, apposition_title_and_number_words)
{
    extract_doc *d = run("Jorge Rodríguez, presidente de la Asamblea Nacional, anunció que más de cuatrocientos presos "
                         "fueron liberados.\n",
                         "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 400);
    cr_assert_eq(c->qualifier, EXTRACT_Q_MORE_THAN);
    cr_assert_str_eq(c->count_text, "más de cuatrocientos");
    ASSERT_CLAIMANT(c, "Jorge Rodríguez", EXTRACT_KIND_PERSON);
    cr_assert_not_null(c->claimant.title);
    cr_assert_str_eq(c->claimant.title, "presidente de la Asamblea Nacional");
    extract_doc_free(d);
}

Test(es, title_before_the_name_and_weekday_claimed_on)
{
    extract_doc *d = run("El director de Foro Penal, Alfredo Romero, dijo el martes que 24 presos políticos siguen en "
                         "prisión.\n",
                         "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, 24);
    ASSERT_CLAIMANT(c, "Alfredo Romero", EXTRACT_KIND_PERSON);
    cr_assert_not_null(c->claimant.title);
    cr_assert_str_eq(c->claimant.title, "director de Foro Penal");
    cr_assert_str_eq(c->claimed_on, "2026-01-13", "'el martes' before 2026-01-14 is the 13th");
    extract_doc_free(d);
}

Test(es, person_pronoun_resolves_to_the_last_person)
{
    extract_doc *d = run("Alfredo Romero habló ayer con la prensa. Él afirmó que 30 presos políticos fueron liberados.\n",
                         "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 30);
    ASSERT_CLAIMANT(c, "Alfredo Romero", EXTRACT_KIND_PERSON);
    extract_doc_free(d);
}

/* A surname alone is the person named in full earlier, title included. */
Test(es, surname_alone_resolves_to_the_full_name)
{
    extract_doc *d = run("Alfredo Romero, abogado, habló con la prensa en Caracas. Romero afirmó que 30 presos políticos "
                         "fueron liberados.\n",
                         "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 30);
    ASSERT_CLAIMANT(c, "Alfredo Romero", EXTRACT_KIND_PERSON);
    cr_assert_not_null(c->claimant.title);
    cr_assert_str_eq(c->claimant.title, "abogado");
    extract_doc_free(d);
}

/* An organization named inside a person's apposition does not take the person's title. */
Test(es, organization_in_an_apposition_gets_no_title)
{
    extract_doc *d = run("Alfredo Romero, director de Foro Penal, dijo que 24 presos políticos siguen en prisión.\n\n"
                         "La organización informó que 35 personas fueron detenidas.\n",
                         "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, 24);
    ASSERT_CLAIMANT(c, "Alfredo Romero", EXTRACT_KIND_PERSON);
    cr_assert_str_eq(c->claimant.title, "director de Foro Penal");
    c = claim_of(d, EXTRACT_EVENT_DETENTION, 35);
    ASSERT_CLAIMANT(c, "Foro Penal", EXTRACT_KIND_ORGANIZATION);
    cr_assert_null(c->claimant.title, "the organization got the title '%s'", c->claimant.title);
    extract_doc_free(d);
}

/* The dateline's date opens the sentence but is the article's date: the weekday next to the verb is the day the
 * statement was made. */
Test(es, dateline_in_the_sentence_is_not_the_statement_date)
{
    extract_doc *d = run("CARACAS, 14 de enero de 2026 (EFE) – Foro Penal informó el martes que 80 presos políticos "
                         "fueron excarcelados.\n",
                         "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 80);
    cr_assert_str_eq(c->claimed_on, "2026-01-13");
    extract_doc_free(d);
}

Test(es, organization_reference_resolves_to_the_last_organization)
{
    extract_doc *d = run("Foro Penal publicó un informe el lunes.\n\nLa organización informó que 35 personas fueron "
                         "detenidas en las protestas.\n",
                         "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_DETENTION, 35);
    ASSERT_CLAIMANT(c, "Foro Penal", EXTRACT_KIND_ORGANIZATION);
    cr_assert_null(c->claimant.title, "an organization got the title '%s'", c->claimant.title);
    extract_doc_free(d);
}

Test(es, weekday_and_desde_period)
{
    extract_doc *d = run(ES_DATELINE "Foro Penal informó el martes que 143 presos políticos han sido excarcelados "
                                     "desde el 8 de enero.\n",
                         "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 143);
    ASSERT_CLAIMANT(c, "Foro Penal", EXTRACT_KIND_ORGANIZATION);
    cr_assert_str_eq(c->claimed_on, "2026-01-13");
    cr_assert_str_eq(c->period_from, "2026-01-08");
    cr_assert_str_eq(c->period_to, "");
    extract_doc_free(d);
}

/* A day and month without a year is the latest such date on or before the reference date. */
Test(es, day_month_period_resolves_to_the_previous_year)
{
    extract_doc *d = run(ES_DATELINE "Foro Penal informó que 66 presos políticos han sido excarcelados desde el 23 de "
                                     "diciembre.\n",
                         "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 66);
    cr_assert_str_eq(c->period_from, "2025-12-23");
    extract_doc_free(d);
}

/* ======== Portuguese ======== */

Test(pt, qualifier_and_passive_release_with_segundo)
{
    extract_doc *d = run("Pelo menos 80 presos políticos foram libertados durante a noite, segundo o Foro Penal.\n",
                         "pt");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 80);
    cr_assert_eq(c->qualifier, EXTRACT_Q_AT_LEAST);
    cr_assert_str_eq(c->count_text, "Pelo menos 80");
    ASSERT_CLAIMANT(c, "Foro Penal", EXTRACT_KIND_ORGANIZATION);
    assert_evidence(d, c);
    extract_doc_free(d);
}

Test(pt, held_political_prisoners)
{
    extract_doc *d = run("O Foro Penal contabiliza 800 presos políticos na Venezuela.\n", "pt");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, 800);
    ASSERT_CLAIMANT(c, "Foro Penal", EXTRACT_KIND_ORGANIZATION);
    extract_doc_free(d);
}

Test(pt, detention_stated_by_the_journalist)
{
    extract_doc *d = run("A polícia prendeu 35 manifestantes na praça central.\n", "pt");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_DETENTION, 35);
    cr_assert_null(c->claimant.name, "claimant %s for a figure with no source", c->claimant.name);
    extract_doc_free(d);
}

Test(pt, quote_with_speaker_after)
{
    extract_doc *d = run("\"Há 120 presos políticos no Helicoide\", disse Alfredo Romero.\n", "pt");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, 120);
    ASSERT_CLAIMANT(c, "Alfredo Romero", EXTRACT_KIND_PERSON);
    extract_doc_free(d);
}

Test(pt, apposition_title_weekday_and_number_words)
{
    extract_doc *d = run("O diretor do Foro Penal, Alfredo Romero, disse na terça-feira que quatrocentos e vinte presos "
                         "políticos continuam na prisão.\n",
                         "pt");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, 420);
    ASSERT_CLAIMANT(c, "Alfredo Romero", EXTRACT_KIND_PERSON);
    cr_assert_not_null(c->claimant.title);
    cr_assert_str_eq(c->claimant.title, "diretor do Foro Penal");
    cr_assert_str_eq(c->claimed_on, "2026-01-13");
    extract_doc_free(d);
}

Test(pt, surname_alone_resolves_to_the_full_name)
{
    extract_doc *d = run("Alfredo Romero falou com a imprensa em Caracas. Romero afirmou que 30 presos políticos foram "
                         "libertados.\n",
                         "pt");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 30);
    ASSERT_CLAIMANT(c, "Alfredo Romero", EXTRACT_KIND_PERSON);
    extract_doc_free(d);
}

Test(pt, person_pronoun_and_desde_period)
{
    extract_doc *d = run(PT_DATELINE "Alfredo Romero falou ontem com a imprensa. Ele afirmou que 143 presos políticos "
                                     "foram libertados desde 8 de janeiro.\n",
                         "pt");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 143);
    ASSERT_CLAIMANT(c, "Alfredo Romero", EXTRACT_KIND_PERSON);
    cr_assert_str_eq(c->period_from, "2026-01-08");
    extract_doc_free(d);
}

/* ======== English ======== */

Test(en, qualifier_and_passive_release_with_according_to)
{
    extract_doc *d = run("At least 80 political prisoners were released overnight, according to Foro Penal.\n", "en");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 80);
    cr_assert_eq(c->qualifier, EXTRACT_Q_AT_LEAST);
    cr_assert_str_eq(c->count_text, "At least 80");
    cr_assert_not_null(c->subject);
    cr_assert_str_eq(c->subject, "political prisoners");
    ASSERT_CLAIMANT(c, "Foro Penal", EXTRACT_KIND_ORGANIZATION);
    assert_evidence(d, c);
    extract_doc_free(d);
}

Test(en, held_political_prisoners)
{
    extract_doc *d = run("Human Rights Watch said 800 political prisoners remain behind bars.\n", "en");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, 800);
    ASSERT_CLAIMANT(c, "Human Rights Watch", EXTRACT_KIND_ORGANIZATION);
    extract_doc_free(d);
}

Test(en, detention_stated_by_the_journalist)
{
    extract_doc *d = run("Police detained 35 protesters in the central square.\n", "en");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_DETENTION, 35);
    cr_assert_null(c->claimant.name, "claimant %s for a figure with no source", c->claimant.name);
    extract_doc_free(d);
}

Test(en, quote_with_speaker_after)
{
    extract_doc *d = run("\"There are 120 political prisoners in El Helicoide,\" said Alfredo Romero.\n", "en");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, 120);
    ASSERT_CLAIMANT(c, "Alfredo Romero", EXTRACT_KIND_PERSON);
    extract_doc_free(d);
}

Test(en, apposition_title_after_the_name)
{
    extract_doc *d = run("Alfredo Romero, the director of Foro Penal, said that more than two hundred and twelve "
                         "political prisoners remain in jail.\n",
                         "en");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, 212);
    cr_assert_eq(c->qualifier, EXTRACT_Q_MORE_THAN);
    ASSERT_CLAIMANT(c, "Alfredo Romero", EXTRACT_KIND_PERSON);
    cr_assert_not_null(c->claimant.title);
    cr_assert_str_eq(c->claimant.title, "director of Foro Penal");
    extract_doc_free(d);
}

Test(en, government_claimant_and_weekday_claimed_on)
{
    extract_doc *d = run("More than 400 prisoners have been freed, the government said on Tuesday.\n", "en");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 400);
    cr_assert_eq(c->qualifier, EXTRACT_Q_MORE_THAN);
    cr_assert_not_null(c->claimant.name);
    cr_assert_eq(c->claimant.kind, EXTRACT_KIND_GOVERNMENT);
    cr_assert_str_eq(c->claimed_on, "2026-01-13");
    extract_doc_free(d);
}

Test(en, person_pronoun_resolves_to_the_last_person)
{
    extract_doc *d = run("Alfredo Romero spoke to reporters. He said 30 political prisoners were released.\n", "en");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 30);
    ASSERT_CLAIMANT(c, "Alfredo Romero", EXTRACT_KIND_PERSON);
    extract_doc_free(d);
}

Test(en, surname_alone_resolves_to_the_full_name)
{
    extract_doc *d = run("Alfredo Romero spoke to reporters in Caracas. Romero said 120 political prisoners remain in "
                         "jail.\n",
                         "en");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, 120);
    ASSERT_CLAIMANT(c, "Alfredo Romero", EXTRACT_KIND_PERSON);
    extract_doc_free(d);
}

Test(en, organization_reference_resolves)
{
    extract_doc *d = run("Foro Penal published a report on Monday. The organization said 35 people were arrested.\n",
                         "en");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_DETENTION, 35);
    ASSERT_CLAIMANT(c, "Foro Penal", EXTRACT_KIND_ORGANIZATION);
    extract_doc_free(d);
}

Test(en, since_period_and_event_day)
{
    extract_doc *d = run(EN_DATELINE "Since January 8, 143 political prisoners have been released, Foro Penal said.\n"
                         "\n"
                         "Police detained 12 students on Sunday.\n",
                         "en");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 143);
    ASSERT_CLAIMANT(c, "Foro Penal", EXTRACT_KIND_ORGANIZATION);
    cr_assert_str_eq(c->period_from, "2026-01-08");
    cr_assert_str_eq(c->period_to, "");
    /* a weekday next to the event word (not a reporting verb) is the day the event happened */
    c = claim_of(d, EXTRACT_EVENT_DETENTION, 12);
    cr_assert_str_eq(c->period_from, "2026-01-11");
    cr_assert_str_eq(c->period_to, "2026-01-11");
    cr_assert_str_eq(c->claimed_on, "");
    extract_doc_free(d);
}

/* ======== numbers that are not counts of people ======== */

/* Each sentence tempts the extractor with an event word and people nearby, but its only number is a year, a time,
 * a percentage, money, an age, a count of things or a duration. They go in one document, a paragraph each, and
 * none may become a claim; a failure names the sentence that did. */
static void assert_no_claims(const char *lang, const char *const *sentences, size_t n)
{
    char text[4096] = "";
    for (size_t i = 0; i < n; i++) {
        strcat(text, sentences[i]);
        strcat(text, "\n");
    }
    extract_doc *d = run(text, lang);
    size_t len;
    const char *t = extract_doc_text(d, &len);
    for (size_t i = 0; i < extract_doc_claim_count(d); i++) {
        const extract_claim *c = extract_doc_claim(d, i);
        cr_expect_fail("[%s] %lld from \"%.*s\" became a claim", lang, (long long)c->count, (int)(c->end - c->start),
                       t + c->start);
    }
    extract_doc_free(d);
}

Test(distractors, spanish)
{
    static const char *const s[] = {
        "Desde 2019 los presos políticos denuncian torturas.\n",
        "Los presos fueron liberados a las 10:00 en la capital.\n",
        "El 10% de los presos fueron liberados.\n",
        "Los presos pagaron 500 dólares para ser liberados.\n",
        "Romero, 55, dijo que los presos fueron liberados.\n",
        "Los presos fueron liberados de 24 cárceles del país.\n",
        "Los presos fueron liberados tras 3 días de huelga.\n",
    };
    assert_no_claims("es", s, sizeof s / sizeof *s);
}

Test(distractors, portuguese)
{
    static const char *const s[] = {
        "Desde 2019 os presos políticos denunciam torturas.\n",
        "Os presos foram libertados às 10h30 na capital.\n",
        "Cerca de 10% dos presos foram libertados.\n",
        "Os presos pagaram R$ 500 para serem libertados.\n",
        "Romero, 55, disse que os presos foram libertados.\n",
        "Os presos foram libertados de 24 prisões do país.\n",
        "Os presos foram libertados após 3 dias de greve.\n",
    };
    assert_no_claims("pt", s, sizeof s / sizeof *s);
}

Test(distractors, english)
{
    static const char *const s[] = {
        "In 2019, the prisoners reported torture.\n",
        "The prisoners were released at 10:00 in the capital.\n",
        "10% of the prisoners were released.\n",
        "The prisoners paid $500 to be released.\n",
        "Romero, 55, said the prisoners were released.\n",
        "A 55-year-old prisoner was released.\n",
        "The prisoners were released from 24 prisons across the country.\n",
        "The prisoners were released after 3 days of hunger strike.\n",
    };
    assert_no_claims("en", s, sizeof s / sizeof *s);
}

/* In one paragraph, the real count survives among the distractors and none of them becomes a claim. */
Test(distractors, real_count_among_distractors)
{
    extract_doc *d = run("Romero, 55, dijo a las 10:00 que 47 presos políticos fueron excarcelados de 24 cárceles, "
                         "tras 3 días y con fianzas de 500 dólares, el 10% del total desde 2019.\n",
                         "es");
    claim_of(d, EXTRACT_EVENT_RELEASE, 47);
    static const long long bad[] = {55, 10, 24, 3, 500, 2019};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_expect_not(has_count(d, bad[i]), "%lld became a claim", bad[i]);
    cr_expect_eq(extract_doc_claim_count(d), 1);
    extract_doc_free(d);
}

/* ======== language ======== */

static const char ES_PARA[] = "El Gobierno anunció que los presos políticos serán liberados en los próximos días. "
                              "Según la organización, la situación de los detenidos en las cárceles es grave y "
                              "las familias piden información.\n";
static const char PT_PARA[] = "O governo anunciou que os presos políticos serão libertados nos próximos dias. "
                              "Segundo a organização, a situação dos detidos nas prisões é grave e as famílias "
                              "pedem informações.\n";
static const char EN_PARA[] = "The government announced that the political prisoners will be released in the coming "
                              "days. According to the organization, the situation of the detainees in the prisons "
                              "is serious and the families are asking for information.\n";

Test(lang, detects_spanish_portuguese_and_english)
{
    extract_doc *d = run(ES_PARA, NULL);
    cr_expect_str_eq(extract_doc_lang(d), "es");
    extract_doc_free(d);
    d = run(PT_PARA, NULL);
    cr_expect_str_eq(extract_doc_lang(d), "pt");
    extract_doc_free(d);
    d = run(EN_PARA, NULL);
    cr_expect_str_eq(extract_doc_lang(d), "en");
    extract_doc_free(d);
}

/* Short texts without the letters that give a language away (ñ, ã, ç) still separate on their function words. */
Test(lang, detects_short_texts_without_telltale_letters)
{
    extract_doc *d = run("Los presos fueron liberados por el gobierno de la ciudad.\n", NULL);
    cr_expect_str_eq(extract_doc_lang(d), "es");
    extract_doc_free(d);
    d = run("Os presos foram libertados pelo governo da cidade.\n", NULL);
    cr_expect_str_eq(extract_doc_lang(d), "pt");
    extract_doc_free(d);
}

Test(lang, option_overrides_detection)
{
    extract_doc *d = run(ES_PARA, "pt");
    cr_assert_str_eq(extract_doc_lang(d), "pt");
    extract_doc_free(d);
    /* forced to Spanish, an English text is read with the Spanish rules: "political prisoners" is no Spanish noun,
     * so the count that English finds is gone */
    const char *en = "Foro Penal said 800 political prisoners remain behind bars.\n";
    d = run(en, NULL);
    cr_assert_str_eq(extract_doc_lang(d), "en");
    cr_assert(has_count(d, 800));
    extract_doc_free(d);
    d = run(en, "es");
    cr_assert_str_eq(extract_doc_lang(d), "es");
    cr_assert_not(has_count(d, 800));
    extract_doc_free(d);
}

Test(lang, unknown_language_option_is_a_usage_error)
{
    extract_options opt = {.lang = "fr"};
    extract_doc *d = (extract_doc *)0x1;
    extract_error err;
    cr_assert_eq(extract_process(P, ES_PARA, strlen(ES_PARA), "x", &opt, &d, &err), EXTRACT_ERR_USAGE);
    cr_assert_null(d);
    cr_assert_not_null(strstr(err.message, "fr"), "message '%s'", err.message);
}

/* ======== reference date ======== */

Test(ref_date, from_the_option)
{
    extract_doc *d = run("CARACAS, 3 de marzo de 2025 (EFE) – Foro Penal informó el martes que 80 presos políticos "
                         "fueron excarcelados.\n",
                         "es");
    cr_assert_str_eq(extract_doc_ref_date(d), "2026-01-14");
    cr_assert_str_eq(extract_doc_ref_date_source(d), "option");
    extract_doc_free(d);
}

/* A dateline with a year dates the document, and relative dates in it resolve against that date (not today's). */
Test(ref_date, from_a_dateline_with_a_year)
{
    static const struct {
        const char *lang, *text;
    } docs[] = {
        {"es", "CARACAS, 14 de enero de 2026 (EFE) – Continúan las excarcelaciones en Venezuela.\n\n"
               "Foro Penal informó el martes que 80 presos políticos fueron excarcelados.\n"},
        {"pt", "CARACAS, 14 de janeiro de 2026 – Continuam as solturas na Venezuela.\n\n"
               "O Foro Penal informou na terça-feira que 80 presos políticos foram libertados.\n"},
        {"en", "CARACAS, January 14, 2026 (AP) - Releases continue in Venezuela.\n\n"
               "Foro Penal said on Tuesday that 80 political prisoners were released.\n"},
    };
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
        extract_options opt = {.lang = docs[i].lang};
        extract_doc *d = run_opt(docs[i].text, &opt);
        cr_expect_str_eq(extract_doc_ref_date(d), "2026-01-14", "[%s]", docs[i].lang);
        cr_expect_str_eq(extract_doc_ref_date_source(d), "document", "[%s]", docs[i].lang);
        const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 80);
        cr_expect_str_eq(c->claimed_on, "2026-01-13", "[%s]", docs[i].lang);
        extract_doc_free(d);
    }
}

static void today_utc(char out[11])
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(out, 11, "%Y-%m-%d", &tm);
}

Test(ref_date, today_when_nothing_else)
{
    char before[11], after[11];
    today_utc(before);
    extract_options opt = {.lang = "es"};
    extract_doc *d = run_opt("Foro Penal informó que 80 presos políticos fueron excarcelados.\n", &opt);
    today_utc(after);
    cr_assert_str_eq(extract_doc_ref_date_source(d), "today");
    const char *rd = extract_doc_ref_date(d);
    cr_assert(strcmp(rd, before) == 0 || strcmp(rd, after) == 0, "ref_date %s is not today (%s)", rd, before);
    extract_doc_free(d);
}

/* A date further down the article is an event's date, not the article's. */
Test(ref_date, a_date_deep_in_the_text_is_not_a_dateline)
{
    char filler[600];
    memset(filler, 0, sizeof filler);
    for (int i = 0; i < 8; i++)
        strcat(filler, "La situación en las cárceles sigue siendo difícil para las familias. ");
    char text[1200];
    snprintf(text, sizeof text, "%s\n\nEl 3 de marzo de 2025 Foro Penal informó que 80 presos fueron liberados.\n",
             filler);
    extract_options opt = {.lang = "es"};
    extract_doc *d = run_opt(text, &opt);
    cr_assert_str_eq(extract_doc_ref_date_source(d), "today");
    extract_doc_free(d);
}

Test(ref_date, invalid_option_is_a_usage_error)
{
    static const char *const bad[] = {"2026-02-30", "2026-1-1", "14/01/2026", "yesterday", ""};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        extract_options opt = {.ref_date = bad[i]};
        extract_doc *d = (extract_doc *)0x1;
        extract_error err;
        cr_assert_eq(extract_process(P, ES_PARA, strlen(ES_PARA), "x", &opt, &d, &err), EXTRACT_ERR_USAGE,
                     "ref_date \"%s\" accepted", bad[i]);
        cr_assert_null(d);
    }
}

/* ======== documents the pipeline must survive ======== */

Test(process, invalid_utf8_gives_a_warning_and_still_works)
{
    const char text[] = "Seg\xfan Foro Penal, al menos 80 presos pol\xc3\xadticos fueron excarcelados \xff\xfe.\n";
    extract_options opt = {.ref_date = "2026-01-14", .lang = "es"};
    extract_doc *d = NULL;
    extract_error err;
    cr_assert_eq(extract_process(P, text, sizeof text - 1, "latin1.txt", &opt, &d, &err), EXTRACT_OK);
    cr_assert_gt(extract_doc_warning_count(d), 0);
    const char *w = extract_doc_warning(d, 0);
    cr_assert_not_null(w);
    cr_assert(strncmp(w, "latin1.txt:", 11) == 0, "warning '%s' does not start with the document name", w);
    cr_assert_null(extract_doc_warning(d, extract_doc_warning_count(d)));
    /* the text the offsets refer to is valid UTF-8 with the bad bytes replaced */
    size_t len;
    const char *t = extract_doc_text(d, &len);
    cr_assert_not_null(strstr(t, "\xEF\xBF\xBD"));
    cr_assert_null(strstr(t, "\xff"));
    claim_of(d, EXTRACT_EVENT_RELEASE, 80);
    extract_doc_free(d);
}

Test(process, clean_text_has_no_warnings)
{
    extract_doc *d = run(ES_PARA, "es");
    cr_assert_eq(extract_doc_warning_count(d), 0);
    extract_doc_free(d);
}

Test(process, too_large_is_refused_with_the_name)
{
    extract_options opt = {.max_bytes = 16};
    extract_doc *d = (extract_doc *)0x1;
    extract_error err;
    cr_assert_eq(extract_process(P, ES_PARA, strlen(ES_PARA), "big.txt", &opt, &d, &err), EXTRACT_ERR_INPUT);
    cr_assert_null(d);
    cr_assert_str_eq(err.input, "big.txt");
    /* exactly at the limit is fine */
    opt.max_bytes = strlen(ES_PARA);
    cr_assert_eq(extract_process(P, ES_PARA, strlen(ES_PARA), "big.txt", &opt, &d, &err), EXTRACT_OK);
    extract_doc_free(d);
}

Test(process, binary_data_is_refused_with_position)
{
    char bin[512];
    for (size_t i = 0; i < sizeof bin; i++)
        bin[i] = (char)(i % 3 ? 'A' : 0);
    memcpy(bin, "PK", 2);
    extract_doc *d = (extract_doc *)0x1;
    extract_error err;
    cr_assert_eq(extract_process(P, bin, sizeof bin, "archive.zip", NULL, &d, &err), EXTRACT_ERR_INPUT);
    cr_assert_null(d);
    cr_assert_str_eq(err.input, "archive.zip");
    cr_assert_eq(err.line, 1);
    cr_assert_eq(err.column, 4, "column %ld: the first NUL is the 4th byte", err.column);
}

Test(process, null_options_and_name_use_defaults)
{
    extract_doc *d = NULL;
    const char *text = "At least 80 political prisoners were released, according to Foro Penal.\n";
    cr_assert_eq(extract_process(P, text, strlen(text), NULL, NULL, &d, NULL), EXTRACT_OK);
    cr_assert_str_eq(extract_doc_lang(d), "en");
    cr_assert_eq(extract_doc_claim_count(d), 1);
    cr_assert_null(extract_doc_claim(d, 1));
    extract_doc_free(d);
}

/* The document works from its own copy: the caller's buffer may be reused as soon as the call returns. */
Test(process, document_does_not_borrow_the_input)
{
    char *text = strdup("Foro Penal informó que 80 presos políticos fueron excarcelados.\n");
    char *name = strdup("borrowed.txt");
    extract_options opt = {.ref_date = "2026-01-14", .lang = "es"};
    extract_doc *d = NULL;
    cr_assert_eq(extract_process(P, text, strlen(text), name, &opt, &d, NULL), EXTRACT_OK);
    memset(text, 'x', strlen(text));
    free(text);
    free(name);
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 80);
    ASSERT_CLAIMANT(c, "Foro Penal", EXTRACT_KIND_ORGANIZATION);
    size_t len;
    cr_assert_not_null(strstr(extract_doc_text(d, &len), "Foro Penal"));
    extract_doc_free(d);
}

/* Issue #3: mechanisms added for text nobody tuned on. */

Test(es, state_word_before_detention_noun_counts_held)
{
    extract_doc *d = run("\"En la comisaría hoy hay cuatro detenidos\", señaló el general Enrique Bassaletti.\n", "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, 4);
    ASSERT_CLAIMANT(c, "Enrique Bassaletti", EXTRACT_KIND_PERSON);
    extract_doc_free(d);
}

Test(es, count_of_arrests_stays_detention_before_a_later_release_word)
{
    extract_doc *d = run("El CELS contabilizó al menos 124 detenciones, diez más que el número oficial, porque varias "
                         "personas fueron liberadas horas después.\n", "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_DETENTION, 124);
    cr_assert_eq(c->stance, EXTRACT_STANCE_DISPUTES);
    extract_doc_free(d);
}

Test(pt, figure_quoted_back_by_another_speaker_is_no_new_claim)
{
    extract_doc *d = run("O gabinete do ministro Alexandre de Moraes informou que 66 pessoas continuam presas.\n\n"
                         "\"O STF fala em 66, mas nós temos o nome de mais de cem pessoas que seguem presas\", afirmou "
                         "a presidente da entidade, Cláudia Regina Martins.\n", "pt");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, 66);
    ASSERT_CLAIMANT(c, "gabinete do ministro Alexandre de Moraes", EXTRACT_KIND_GOVERNMENT);
    size_t n66 = 0;
    for (size_t i = 0; i < extract_doc_claim_count(d); i++)
        n66 += extract_doc_claim(d, i)->count == 66;
    cr_assert_eq(n66, 1);
    extract_doc_free(d);
}

Test(en, date_before_that_dates_the_statement_and_place_is_no_speaker)
{
    extract_doc *d = run("Jeremy Laurence, a spokesman for the office, told reporters in Geneva on Jan. 8 that "
                         "\"some 14,000 people\" had been arrested.\n", "en");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_DETENTION, 14000);
    ASSERT_CLAIMANT(c, "Jeremy Laurence", EXTRACT_KIND_PERSON);
    cr_assert_str_eq(c->claimed_on, "2026-01-08");
    cr_assert_str_eq(c->period_from, "");
    extract_doc_free(d);
}

/* Issue #3, second round: claimants and dates from the neighbouring sentence, acronyms, relative clauses. */

Test(es, relative_clause_subject_is_its_head_and_pro_drop_verb_continues_the_topic)
{
    extract_doc *d = run("El Ministerio de Seguridad difundió un parte.\n\n"
                         "La cartera que conduce Ana Pérez informó que 114 personas fueron detenidas.\n\n"
                         "El Observatorio Nacional de Prisiones divulgó su balance el lunes. Afirmó que 24 personas "
                         "siguen presas por motivos políticos.\n", "es");
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_DETENTION, 114), "Ministerio de Seguridad", EXTRACT_KIND_GOVERNMENT);
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_HELD, 24), "Observatorio Nacional de Prisiones",
                    EXTRACT_KIND_ORGANIZATION);
    extract_doc_free(d);
}

Test(pt, acronym_of_a_named_body_and_speaker_of_the_sentence_before)
{
    extract_doc *d = run("A Polícia Federal abriu uma nova fase da operação. Desde janeiro, a PF informou que prendeu "
                         "93 pessoas.\n\n"
                         "A advogada Anna Volkova atendeu manifestantes no domingo.\n"
                         "\"Dos 40 detidos, 33 foram soltos\", disse por telefone.\n\n"
                         "\"Ainda há 800 presos políticos\", escreveu Gonzalo Himiob na rede social X, pouco depois "
                         "das 21h30 de domingo.\n", "pt");
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_DETENTION, 93), "Polícia Federal", EXTRACT_KIND_GOVERNMENT);
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_RELEASE, 33), "Anna Volkova", EXTRACT_KIND_PERSON);
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, 800);
    cr_assert_str_eq(c->claimed_on, "2026-01-11");
    extract_doc_free(d);
}

Test(en, it_says_refers_to_the_body_named_before_and_a_sentence_opener_is_no_topic)
{
    extract_doc *d = run("Justicia 11J has documented more than 1,500 detentions linked to the protests. It says "
                         "around 550 of the protesters remain in prison.\n\n"
                         "Over four years, the Justice Department arrested more than 1,600 people in connection with "
                         "the riot, it said.\n\n"
                         "The police arrested 30 people on Monday. Romero said nothing.\n", "en");
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_HELD, 550), "Justicia 11J", EXTRACT_KIND_ORGANIZATION);
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_DETENTION, 1600), "Justice Department", EXTRACT_KIND_GOVERNMENT);
    cr_assert_null(claim_of(d, EXTRACT_EVENT_DETENTION, 30)->claimant.name);
    extract_doc_free(d);
}

/* ======== Issue #3, third round: events, people who are none of ours, statements ======== */

Test(distractors, police_lawmakers_and_crowds_are_counted_only_beside_an_event_word)
{
    extract_doc *d = run("Cerca de 20.000 militares y policías siguen desplegados en las calles. 227 diputados "
                         "pidieron castigos para los detenidos. La policía detuvo a 457 manifestantes.\n", "es");
    cr_assert(!has_count(d, 20000) && !has_count(d, 227));
    claim_of(d, EXTRACT_EVENT_DETENTION, 457);
    extract_doc_free(d);
    d = run("Em 6 de novembro, 227 deputados do Parlamento pediram punições severas para os detidos. Segundo a "
            "HRANA, 16.813 manifestantes foram detidos.\n", "pt");
    cr_assert(!has_count(d, 227));
    claim_of(d, EXTRACT_EVENT_DETENTION, 16813);
    extract_doc_free(d);
    d = run("Some 2,500 troops remain deployed near the prison where the detainees are held. Police arrested 457 "
            "protesters.\n", "en");
    cr_assert(!has_count(d, 2500));
    claim_of(d, EXTRACT_EVENT_DETENTION, 457);
    extract_doc_free(d);
}

Test(distractors, deaths_and_people_who_did_not_return_are_not_held)
{
    extract_doc *d = run("La ONG ha documentado más de 200 muertes de detenidos bajo custodia. 1.658 presos no "
                         "volvieron a las unidades.\n", "es");
    cr_assert(!has_count(d, 200) && !has_count(d, 1658));
    extract_doc_free(d);
    d = run("Na saidinha de Natal, 1.658 presos não voltaram às unidades.\n", "pt");
    cr_assert(!has_count(d, 1658));
    extract_doc_free(d);
    d = run("Last year 1,658 prisoners did not return from leave.\n", "en");
    cr_assert(!has_count(d, 1658));
    extract_doc_free(d);
}

/* The part of a group takes what happened to it, not the word naming the group; a release named as a time
 * ("before the release") is nobody's event; a relative clause describes the people. */
Test(en, group_words_time_words_and_relative_clauses)
{
    extract_doc *d = run("At least two of those pardoned were taken back into custody, the AP reported. The "
                         "Mechanism had listed 245 political prisoners before the release. Foro Penal said it "
                         "could confirm about a dozen of those releases, and that 853 political prisoners remained "
                         "in custody. Police said 312 inmates who did not return from leave were recaptured.\n", "en");
    claim_of(d, EXTRACT_EVENT_DETENTION, 2);
    claim_of(d, EXTRACT_EVENT_HELD, 245);
    claim_of(d, EXTRACT_EVENT_RELEASE, 12);
    claim_of(d, EXTRACT_EVENT_HELD, 853);
    claim_of(d, EXTRACT_EVENT_DETENTION, 312);
    extract_doc_free(d);
}

Test(es, group_words_time_words_and_relative_clauses)
{
    extract_doc *d = run("Al menos dos de los indultados fueron detenidos de nuevo. La ONG contaba 245 presos "
                         "políticos antes de la liberación. La policía dijo que 312 reclusos que no regresaron del "
                         "permiso fueron recapturados.\n", "es");
    claim_of(d, EXTRACT_EVENT_DETENTION, 2);
    claim_of(d, EXTRACT_EVENT_HELD, 245);
    claim_of(d, EXTRACT_EVENT_DETENTION, 312);
    extract_doc_free(d);
}

Test(pt, group_words_acts_and_relative_clauses)
{
    extract_doc *d = run("\"Dos 40 detidos que atendi no domingo, 33 foram soltos durante a noite\", disse a "
                         "advogada. O Clube contabiliza cerca de 20 mil detenções, incluindo pessoas que entretanto "
                         "foram soltas. Ele disse que 312 detentos que não retornaram da saidinha já foram "
                         "recapturados.\n", "pt");
    claim_of(d, EXTRACT_EVENT_DETENTION, 40);
    claim_of(d, EXTRACT_EVENT_RELEASE, 33);
    claim_of(d, EXTRACT_EVENT_DETENTION, 20000);
    claim_of(d, EXTRACT_EVENT_DETENTION, 312);
    extract_doc_free(d);
}

/* A press-release label makes the document its issuer's statement; a prison population is held even with a date
 * inside the phrase; leaving the prison establishments is a release. */
Test(pt, press_release_label_population_and_leaving_prison)
{
    extract_doc *d = run("NOTA À COMUNICAÇÃO SOCIAL\n\nLisboa, 4 de agosto de 2020\n\nA Direção-Geral de Reinserção "
                         "e Serviços Prisionais divulga o balanço.\n\nDurante este período saíram dos "
                         "estabelecimentos prisionais 2031 reclusos.\n\nA população prisional fixava-se a 31 de "
                         "julho em cerca de 11 mil reclusos, o que permitiu libertar espaço.\n", "pt");
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_RELEASE, 2031), "Direção-Geral de Reinserção e Serviços Prisionais",
                    EXTRACT_KIND_GOVERNMENT);
    claim_of(d, EXTRACT_EVENT_HELD, 11000);
    extract_doc_free(d);
}

Test(es, press_release_label_population_and_leaving_prison)
{
    extract_doc *d = run("COMUNICADO DE PRENSA\n\nCaracas, 4 de agosto de 2020\n\nEl Observatorio Venezolano de "
                         "Prisiones presenta su balance.\n\nEn el periodo salieron de los establecimientos "
                         "penitenciarios 2.031 reclusos.\n\nLa población penitenciaria se situaba el 31 de julio en "
                         "unos 11.000 reclusos, lo que permitió liberar espacio.\n", "es");
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_RELEASE, 2031), "Observatorio Venezolano de Prisiones",
                    EXTRACT_KIND_ORGANIZATION);
    claim_of(d, EXTRACT_EVENT_HELD, 11000);
    extract_doc_free(d);
}

Test(en, press_release_label_population_and_leaving_prison)
{
    extract_doc *d = run("PRESS RELEASE\n\nLahore, August 4, 2020\n\nThe Human Rights Commission of Pakistan "
                         "publishes its review.\n\nIn the period 2,031 inmates left the prison establishments.\n\n"
                         "The prison population stood on 31 July at about 11,000, which freed up space.\n", "en");
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_RELEASE, 2031), "Human Rights Commission of Pakistan",
                    EXTRACT_KIND_ORGANIZATION);
    claim_of(d, EXTRACT_EVENT_HELD, 11000);
    extract_doc_free(d);
}

/* Issue #3, fourth round: collective and anonymous speakers, a description resolved to the body it names, and a
 * source read over the medium that interviewed it. */
Test(es, anonymous_and_collective_speakers)
{
    extract_doc *d = run("Según fuentes judiciales, 35 detenidos quedaron en libertad.\n\n"
                         "Un portavoz del Ministerio de Justicia dijo que 120 presos fueron liberados.\n\n"
                         "Varios diputados afirmaron que 60 presos políticos siguen en prisión.\n", "es");
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_RELEASE, 35), "fuentes judiciales", EXTRACT_KIND_UNKNOWN);
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_RELEASE, 120), "portavoz del Ministerio de Justicia",
                    EXTRACT_KIND_GOVERNMENT);
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_HELD, 60), "diputados", EXTRACT_KIND_UNKNOWN);
    extract_doc_free(d);
}

Test(pt, source_interviewed_by_a_medium_and_description)
{
    extract_doc *d = run("Segundo familiares ouvidos pela Lusa, 17 jovens foram soltos.\n\n"
                         "Um porta-voz do Ministério da Justiça disse que 80 presos foram libertados.\n", "pt");
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_RELEASE, 17), "familiares", EXTRACT_KIND_UNKNOWN);
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_RELEASE, 80), "porta-voz do Ministério da Justiça",
                    EXTRACT_KIND_GOVERNMENT);
    extract_doc_free(d);
}

Test(en, description_resolves_to_the_named_body)
{
    extract_doc *d = run("The Interior Ministry and the group Amnesty International gave figures. According to the "
                         "ministry, 400 people were arrested.\n\n"
                         "A Ministry of Justice spokesperson said 1,100 prisoners were released early.\n\n"
                         "Several lawmakers said more than 600 people had been released.\n", "en");
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_DETENTION, 400), "Interior Ministry", EXTRACT_KIND_GOVERNMENT);
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_RELEASE, 1100), "Ministry of Justice spokesperson",
                    EXTRACT_KIND_GOVERNMENT);
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_RELEASE, 600), "lawmakers", EXTRACT_KIND_UNKNOWN);
    extract_doc_free(d);
}

/* The "word before" lexicons (patterns/<lang>/lexicon.pat): a place after "en/em/in" is no speaker. */
Test(distractors, place_after_a_place_word_is_no_speaker)
{
    extract_doc *d = run("Foro Penal dijo que 30 presos fueron liberados, informó en Caracas.\n", "es");
    const extract_claim *c = claim_of(d, EXTRACT_EVENT_RELEASE, 30);
    ASSERT_CLAIMANT(c, "Foro Penal", EXTRACT_KIND_ORGANIZATION);
    extract_doc_free(d);
    d = run("O Foro Penal disse que 30 presos foram libertados, informou em Caracas.\n", "pt");
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_RELEASE, 30), "Foro Penal", EXTRACT_KIND_ORGANIZATION);
    extract_doc_free(d);
    d = run("Foro Penal said 30 prisoners were released, it told reporters in Caracas.\n", "en");
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_RELEASE, 30), "Foro Penal", EXTRACT_KIND_ORGANIZATION);
    extract_doc_free(d);
}

/* A description ("el partido", "o conselho", "the party", "el ministerio") is the body named before whose name
 * holds its head noun, even when another body of the same kind was named since. */
Test(process, description_head_noun_resolves_to_named_body)
{
    static const struct {
        const char *lang, *text, *want;
        int event;
        long long value;
    } cases[] = {
        {"es", "El Partido Comunista publicó sus cifras. Foro Penal dio otras. Según el partido, 200 presos siguen en "
               "prisión.\n", "Partido Comunista", EXTRACT_EVENT_HELD, 200},
        {"es", "El Ministerio de Justicia publicó su informe. Según el ministerio, 40 presos fueron excarcelados.\n",
         "Ministerio de Justicia", EXTRACT_EVENT_RELEASE, 40},
        {"pt", "O Conselho Nacional de Justiça divulgou dados. A Amnistia Internacional também. Segundo o conselho, "
               "300 presos foram libertados.\n", "Conselho Nacional de Justiça", EXTRACT_EVENT_RELEASE, 300},
        {"en", "The Labour Party published figures. Amnesty International gave others. According to the party, 200 "
               "prisoners remain in jail.\n", "Labour Party", EXTRACT_EVENT_HELD, 200},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        extract_doc *d = run(cases[i].text, cases[i].lang);
        const extract_claim *c = claim_of(d, (extract_event)cases[i].event, cases[i].value);
        cr_assert_not_null(c->claimant.name, "%s: no claimant", cases[i].text);
        cr_assert_str_eq(c->claimant.name, cases[i].want);
        extract_doc_free(d);
    }
}

/* A name a descriptor introduced keeps the descriptor's kind: "the daily X", "Mizan, the judiciary's news agency". */
Test(en, descriptor_kind_sticks_to_the_name)
{
    extract_doc *d = run("Mizan, the judiciary's news agency, reported that 800 detainees had been freed.\n", "en");
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_RELEASE, 800), "Mizan", EXTRACT_KIND_MEDIA);
    extract_doc_free(d);
    d = run("Mizan, la agencia de noticias del poder judicial, informó que 800 detenidos fueron liberados.\n", "es");
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_RELEASE, 800), "Mizan", EXTRACT_KIND_MEDIA);
    extract_doc_free(d);
    d = run("Mizan, a agência de notícias do poder judiciário, informou que 800 detidos foram libertados.\n", "pt");
    ASSERT_CLAIMANT(claim_of(d, EXTRACT_EVENT_RELEASE, 800), "Mizan", EXTRACT_KIND_MEDIA);
    extract_doc_free(d);
}

/* A sentence that disputes, with no figure of its own, gives its stance to the next sentence's figure from the
 * same speaker; a figure from someone else keeps asserting. */
Test(process, stance_from_the_sentence_before)
{
    static const struct {
        const char *lang, *text;
        long long value;
        int stance;
    } cases[] = {
        {"es", "Foro Penal rechazó el balance oficial. Según la organización, 200 presos siguen detenidos.\n", 200,
         EXTRACT_STANCE_DISPUTES},
        {"pt", "A Amnistia Internacional contestou os números do governo. Segundo a organização, 300 presos continuam "
               "detidos.\n", 300, EXTRACT_STANCE_DISPUTES},
        {"en", "Amnesty International rejected the official figure. The group says 500 political prisoners remain in "
               "jail.\n", 500, EXTRACT_STANCE_DISPUTES},
        {"en", "Amnesty International rejected the official figure. The government says 500 political prisoners "
               "remain in jail.\n", 500, EXTRACT_STANCE_ASSERTS},
        {"en", "Amnesty International published its report. The group says 500 political prisoners remain in jail.\n",
         500, EXTRACT_STANCE_ASSERTS},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        extract_doc *d = run(cases[i].text, cases[i].lang);
        const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, cases[i].value);
        cr_assert_eq(c->stance, cases[i].stance, "%s: stance %d", cases[i].text, (int)c->stance);
        extract_doc_free(d);
    }
}

/* A speaker who denies, dismisses or rejects what others claimed ("denied opposition claims that 400 people …")
 * denies that figure: the word for the others' claim is its object, not the figure's reporting verb. A speaker
 * saying "there are not N" denies N; "there are not more than N" gives a bound, and asserts it. */
Test(process, denying_what_others_claimed)
{
    static const struct {
        const char *lang, *text;
        int event;
        long long value;
        int stance;
        const char *claimant;
    } cases[] = {
        {"en", "The interior ministry denied opposition claims that 400 people were detained overnight.\n",
         EXTRACT_EVENT_DETENTION, 400, EXTRACT_STANCE_DENIES, "interior ministry"},
        {"en", "The army spokesman dismissed reports on social media that 250 students were being held in barracks.\n",
         EXTRACT_EVENT_HELD, 250, EXTRACT_STANCE_DENIES, NULL},
        {"es", "La Secretaría de Seguridad desmintió las informaciones de la oposición de que 400 personas fueron "
               "detenidas el domingo.\n",
         EXTRACT_EVENT_DETENTION, 400, EXTRACT_STANCE_DENIES, "Secretaría de Seguridad"},
        {"es", "El gobernador negó los rumores difundidos en redes sociales sobre 300 presos políticos en la cárcel "
               "provincial.\n",
         EXTRACT_EVENT_HELD, 300, EXTRACT_STANCE_DENIES, NULL},
        {"pt", "A Secretaria de Segurança desmentiu as notícias da oposição de que 400 pessoas foram detidas no "
               "domingo.\n",
         EXTRACT_EVENT_DETENTION, 400, EXTRACT_STANCE_DENIES, "Secretaria de Segurança"},
        {"pt", "O governador negou os boatos divulgados nas redes sociais sobre 300 presos políticos na prisão "
               "estadual.\n",
         EXTRACT_EVENT_HELD, 300, EXTRACT_STANCE_DENIES, NULL},
        {"en", "\"There are not 3,000 political prisoners in this country,\" the minister said.\n", EXTRACT_EVENT_HELD,
         3000, EXTRACT_STANCE_DENIES, NULL},
        {"es", "«No hay 3.000 presos políticos en este país», dijo el ministro.\n", EXTRACT_EVENT_HELD, 3000,
         EXTRACT_STANCE_DENIES, NULL},
        {"pt", "«Não há 3.000 presos políticos neste país», disse o ministro.\n", EXTRACT_EVENT_HELD, 3000,
         EXTRACT_STANCE_DENIES, NULL},
        {"en", "\"There are not more than 90 political prisoners left,\" the minister said.\n", EXTRACT_EVENT_HELD, 90,
         EXTRACT_STANCE_ASSERTS, NULL},
        {"es", "«No hay más de 90 presos políticos», dijo el ministro.\n", EXTRACT_EVENT_HELD, 90,
         EXTRACT_STANCE_ASSERTS, NULL},
        {"pt", "«Não há mais de 90 presos políticos», disse o ministro.\n", EXTRACT_EVENT_HELD, 90,
         EXTRACT_STANCE_ASSERTS, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        extract_doc *d = run(cases[i].text, cases[i].lang);
        const extract_claim *c = claim_of(d, (extract_event)cases[i].event, cases[i].value);
        cr_assert_eq(c->stance, cases[i].stance, "%s: stance %d", cases[i].text, (int)c->stance);
        if (cases[i].claimant) {
            cr_assert_not_null(c->claimant.name, "%s: no claimant", cases[i].text);
            cr_assert_str_eq(c->claimant.name, cases[i].claimant, "%s", cases[i].text);
        }
        extract_doc_free(d);
    }
}

/* A speaker who gives a figure and says the official one leaves people out or understates them contests it. */
Test(process, the_official_count_leaves_people_out)
{
    static const struct {
        const char *lang, *text;
        long long value;
    } cases[] = {
        {"en", "The bar association said its lawyers had counted 900 arrests and that the official figure left out "
               "everyone released before dawn.\n", 900},
        {"en", "The rights group counted 900 arrests and says the police tally understates the crackdown.\n", 900},
        {"es", "El colegio de abogados contó 900 detenciones y sostiene que la cifra oficial deja fuera a los "
               "liberados antes del amanecer.\n", 900},
        {"es", "La ONG contabilizó 900 detenciones y afirma que el balance policial subestima la represión.\n", 900},
        {"pt", "A ordem dos advogados contou 900 detenções e diz que o número oficial deixa de fora os libertados "
               "antes do amanhecer.\n", 900},
        {"pt", "A ONG contabilizou 900 detenções e considera que os dados da polícia ficam aquém da realidade.\n", 900},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        extract_doc *d = run(cases[i].text, cases[i].lang);
        const extract_claim *c = claim_of(d, EXTRACT_EVENT_DETENTION, cases[i].value);
        cr_assert_eq(c->stance, EXTRACT_STANCE_DISPUTES, "%s: stance %d", cases[i].text, (int)c->stance);
        extract_doc_free(d);
    }
}

/* A descriptor followed by a name the rules do not know ("la agencia oficial BNA") names it; a description with
 * nothing to point back to is reported as written ("segundo a entidade"). */
Test(process, descriptor_names_and_bare_descriptions)
{
    static const struct {
        const char *lang, *text, *want;
        int event;
        long long value;
        int kind;
    } cases[] = {
        {"es", "El rey indultó a 1584 presos, informó la agencia oficial BNA.\n", "BNA", EXTRACT_EVENT_RELEASE, 1584,
         EXTRACT_KIND_MEDIA},
        {"pt", "O governo libertou 125 presos, segundo a televisão estatal MRTV.\n", "MRTV", EXTRACT_EVENT_RELEASE, 125,
         EXTRACT_KIND_MEDIA},
        {"en", "The junta freed 7,749 prisoners, according to the state broadcaster MRTV.\n", "MRTV",
         EXTRACT_EVENT_RELEASE, 7749, EXTRACT_KIND_MEDIA},
        {"es", "Según la organización, 200 presos siguen detenidos.\n", "organización", EXTRACT_EVENT_HELD, 200,
         EXTRACT_KIND_ORGANIZATION},
        {"pt", "Segundo a entidade, 300 presos continuam detidos.\n", "entidade", EXTRACT_EVENT_HELD, 300,
         EXTRACT_KIND_ORGANIZATION},
        {"en", "According to the ministry, 400 people were arrested.\n", "ministry", EXTRACT_EVENT_DETENTION, 400,
         EXTRACT_KIND_GOVERNMENT},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        extract_doc *d = run(cases[i].text, cases[i].lang);
        const extract_claim *c = claim_of(d, (extract_event)cases[i].event, cases[i].value);
        ASSERT_CLAIMANT(c, cases[i].want, cases[i].kind);
        extract_doc_free(d);
    }
}

/* A live blog titles each entry with its figure ("18:30 | Más de 200 detenidos en la capital") and the entry tells
 * the same figure with its source: one claim, the entry's. A title whose figure the entry does not repeat stays. */
Test(process, subheading_restating_its_entry_gives_one_claim)
{
    static const struct {
        const char *lang, *text, *who;
        long long value, other;
    } cases[] = {
        {"es",
         "Directo | Protestas en la capital\n\n"
         "18:30 | Más de 200 detenidos en la capital\n\n"
         "La policía informó de que más de 200 personas fueron detenidas en la capital durante la tarde.\n\n"
         "17:10 | Unos 40 heridos en el centro\n\n"
         "Los servicios de emergencia atendieron a varios manifestantes.\n\n"
         "16:00 | 35 detenidos en el puerto\n\n"
         "La marcha llegó al puerto a primera hora de la tarde.\n",
         "policía", 200, 35},
        {"pt",
         "Ao minuto | Protestos na capital\n\n"
         "Polícia atualiza balanço: mais de 200 detidos\n\n"
         "A polícia informou que mais de 200 pessoas foram detidas na capital durante a tarde.\n\n"
         "35 detidos no porto\n\n"
         "A marcha chegou ao porto ao início da tarde.\n",
         "polícia", 200, 35},
        {"en",
         "Live: protests in the capital\n\n"
         "18:30 - More than 200 arrested in the capital\n\n"
         "Police said more than 200 people were arrested in the capital during the afternoon.\n\n"
         "16:00 - 35 arrested at the port\n\n"
         "The march reached the port early in the afternoon.\n",
         "Police", 200, 35},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        extract_doc *d = run(cases[i].text, cases[i].lang);
        char buf[4096];
        size_t n200 = 0;
        for (size_t k = 0; k < extract_doc_claim_count(d); k++)
            n200 += extract_doc_claim(d, k)->count == cases[i].value;
        cr_expect_eq(n200, 1, "[%s] %zu claims of %lld: %s", cases[i].lang, n200, cases[i].value,
                     describe(d, buf, sizeof buf));
        const extract_claim *c = claim_of(d, EXTRACT_EVENT_DETENTION, cases[i].value);
        cr_expect(c->claimant.name && strcmp(c->claimant.name, cases[i].who) == 0, "[%s] claimant %s: %s",
                  cases[i].lang, c->claimant.name ? c->claimant.name : "-", describe(d, buf, sizeof buf));
        cr_expect_str_eq(c->section, "body");
        claim_of(d, EXTRACT_EVENT_DETENTION, cases[i].other);
        extract_doc_free(d);
    }
}

/* "More than", negated, bounds a figure from above ("en ningún momento fueron detenidas más de 520", "não passam de
 * 3 mil", "did not exceed 300"); not reaching it puts it below ("no llegan a 60"); passing it puts it above ("passa
 * de 13 mil", "had passed 9,000"); "closer to 2,500" is an estimate. A negation of another clause ("no podemos
 * olvidar que más de 1.100") leaves "more than" alone, and "pasó de 300 a 500" is a change, not a bound. */
Test(process, negated_and_passed_bounds)
{
    static const struct {
        const char *lang, *text;
        int event;
        long long value;
        extract_qualifier q;
    } cases[] = {
        {"es", "Según la policía, en ningún momento fueron detenidas más de 520 personas.\n", EXTRACT_EVENT_DETENTION,
         520, EXTRACT_Q_AT_MOST},
        {"es", "El ministro dijo que los detenidos no pasan de 3.000.\n", EXTRACT_EVENT_DETENTION, 3000, EXTRACT_Q_AT_MOST},
        {"es", "Según el abogado, no llegan a 60 los presos que salieron en libertad.\n", EXTRACT_EVENT_RELEASE, 60,
         EXTRACT_Q_LESS_THAN},
        {"es", "El total de detenidos pasa ya de 13.000, según la ONG.\n", EXTRACT_EVENT_DETENTION, 13000,
         EXTRACT_Q_MORE_THAN},
        {"es", "La ONG mantiene que siguen encarcelados al menos a 23 activistas.\n", EXTRACT_EVENT_HELD, 23,
         EXTRACT_Q_AT_LEAST},
        {"es", "«No podemos olvidar que más de 1.100 personas siguen presas», dijo la abogada.\n", EXTRACT_EVENT_HELD,
         1100, EXTRACT_Q_MORE_THAN},
        {"pt", "Segundo a polícia, em nenhum momento foram detidas mais de 520 pessoas.\n", EXTRACT_EVENT_DETENTION, 520,
         EXTRACT_Q_AT_MOST},
        {"pt", "O ministro disse que as detenções não passam de 3 mil.\n", EXTRACT_EVENT_DETENTION, 3000,
         EXTRACT_Q_AT_MOST},
        {"pt", "Segundo o advogado, não chegam a 60 os presos que saíram em liberdade.\n", EXTRACT_EVENT_RELEASE, 60,
         EXTRACT_Q_LESS_THAN},
        {"pt", "Com isso, passa de 13 mil o total de detidos, segundo a ONG.\n", EXTRACT_EVENT_DETENTION, 13000,
         EXTRACT_Q_MORE_THAN},
        {"pt", "«Não podemos esquecer que mais de 1.100 pessoas continuam presas», disse a advogada.\n",
         EXTRACT_EVENT_HELD, 1100, EXTRACT_Q_MORE_THAN},
        {"en", "At no point were more than 520 people detained, the police said.\n", EXTRACT_EVENT_DETENTION, 520,
         EXTRACT_Q_AT_MOST},
        {"en", "The minister said arrests did not exceed 300.\n", EXTRACT_EVENT_DETENTION, 300, EXTRACT_Q_AT_MOST},
        {"en", "The president said the number of people in custody had passed 9,000.\n", EXTRACT_EVENT_HELD, 9000,
         EXTRACT_Q_MORE_THAN},
        {"en", "By the lawyers' reckoning, closer to 2,500 people were arrested.\n", EXTRACT_EVENT_DETENTION, 2500,
         EXTRACT_Q_APPROX},
        {"en", "\"We must not forget that more than 1,100 people remain in jail,\" she said.\n", EXTRACT_EVENT_HELD, 1100,
         EXTRACT_Q_MORE_THAN},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        extract_doc *d = run(cases[i].text, cases[i].lang);
        const extract_claim *c = claim_of(d, (extract_event)cases[i].event, cases[i].value);
        cr_expect_eq(c->qualifier, cases[i].q, "%s: qualifier %s", cases[i].text, QUALS[c->qualifier]);
        extract_doc_free(d);
    }
}

/* "El recuento supera ya los 450 detenidos": a verb of exceeding before the figure says more than; in English a
 * figure after "surpassed the" is another group's ("surpassed the 532 people arrested in August"). */
Test(process, verbs_of_exceeding_qualify_the_figure)
{
    static const struct {
        const char *lang, *text;
        long long value;
        extract_qualifier q;
    } cases[] = {
        {"es", "El recuento de la ONG supera ya los 450 detenidos.\n", 450, EXTRACT_Q_MORE_THAN},
        {"pt", "A contagem da ONG ultrapassa já os 450 detidos.\n", 450, EXTRACT_Q_MORE_THAN},
        {"en", "The NGO's tally of arrests now exceeds 450.\n", 450, EXTRACT_Q_MORE_THAN},
        {"en", "The count surpassed the 532 people arrested in August.\n", 532, EXTRACT_Q_EXACT},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        extract_doc *d = run(cases[i].text, cases[i].lang);
        const extract_claim *c = claim_of(d, EXTRACT_EVENT_DETENTION, cases[i].value);
        cr_expect_eq(c->qualifier, cases[i].q, "%s: qualifier %s", cases[i].text, QUALS[c->qualifier]);
        extract_doc_free(d);
    }
}

/* A figure set against one another source gave before for the same event disputes it: a cap under a higher
 * figure ("fewer than 90" after the ministry's 250), the speaker's own count on the other side ("by our count,
 * more than 300" after the police's 120). The same words with no earlier figure, or an estimate ("up to"), assert. */
Test(process, a_figure_set_against_an_earlier_one)
{
    static const struct {
        const char *lang, *text;
        int event;
        long long value;
        int stance;
    } cases[] = {
        {"en", "The interior ministry said 250 prisoners were freed on Monday. Amnesty International said fewer than 90 "
               "prisoners were freed.\n", EXTRACT_EVENT_RELEASE, 90, EXTRACT_STANCE_DISPUTES},
        {"en", "Amnesty International said fewer than 90 prisoners were freed on Monday.\n", EXTRACT_EVENT_RELEASE, 90,
         EXTRACT_STANCE_ASSERTS},
        {"en", "The interior ministry said 250 prisoners were freed on Monday. Amnesty International said up to 90 "
               "prisoners were freed.\n", EXTRACT_EVENT_RELEASE, 90, EXTRACT_STANCE_ASSERTS},
        {"en", "The police said 120 protesters were arrested. \"By our count, more than 300 protesters were arrested,\" "
               "said Maria Lopes, a lawyer for the group.\n", EXTRACT_EVENT_DETENTION, 300, EXTRACT_STANCE_DISPUTES},
        {"en", "\"By our count, more than 300 protesters were arrested,\" said Maria Lopes, a lawyer for the group.\n",
         EXTRACT_EVENT_DETENTION, 300, EXTRACT_STANCE_ASSERTS},
        {"es", "El Ministerio del Interior dijo que 250 presos fueron excarcelados el lunes. Amnistía Internacional "
               "afirmó que como mucho 90 presos fueron excarcelados.\n", EXTRACT_EVENT_RELEASE, 90,
         EXTRACT_STANCE_DISPUTES},
        {"es", "Amnistía Internacional afirmó que como mucho 90 presos fueron excarcelados el lunes.\n",
         EXTRACT_EVENT_RELEASE, 90, EXTRACT_STANCE_ASSERTS},
        {"es", "La policía informó de 120 manifestantes detenidos. «Nosotros contamos más de 300 manifestantes "
               "detenidos», dijo Marta Gil, abogada del colectivo.\n", EXTRACT_EVENT_DETENTION, 300,
         EXTRACT_STANCE_DISPUTES},
        {"es", "«Nosotros contamos más de 300 manifestantes detenidos», dijo Marta Gil, abogada del colectivo.\n",
         EXTRACT_EVENT_DETENTION, 300, EXTRACT_STANCE_ASSERTS},
        {"pt", "O Ministério do Interior disse que 250 presos foram libertados na segunda-feira. A Amnistia "
               "Internacional afirmou que menos de 90 presos foram libertados.\n", EXTRACT_EVENT_RELEASE, 90,
         EXTRACT_STANCE_DISPUTES},
        {"pt", "A Amnistia Internacional afirmou que menos de 90 presos foram libertados na segunda-feira.\n",
         EXTRACT_EVENT_RELEASE, 90, EXTRACT_STANCE_ASSERTS},
        {"pt", "A polícia informou que 120 manifestantes foram detidos. «Pelo nosso levantamento, mais de 300 "
               "manifestantes foram detidos», disse Marta Gil, advogada do coletivo.\n", EXTRACT_EVENT_DETENTION, 300,
         EXTRACT_STANCE_DISPUTES},
        {"pt", "«Pelo nosso levantamento, mais de 300 manifestantes foram detidos», disse Marta Gil, advogada do "
               "coletivo.\n", EXTRACT_EVENT_DETENTION, 300, EXTRACT_STANCE_ASSERTS},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        extract_doc *d = run(cases[i].text, cases[i].lang);
        const extract_claim *c = claim_of(d, (extract_event)cases[i].event, cases[i].value);
        cr_assert_eq(c->stance, cases[i].stance, "%s: stance %d", cases[i].text, (int)c->stance);
        extract_doc_free(d);
    }
}

/* "It is false that there are N prisoners" denies them; and a figure both denied and called invented ("no existen,
 * es una lista inventada") is denied, whichever marker comes last. */
Test(process, denying_beats_disputing)
{
    static const struct {
        const char *lang, *text;
    } cases[] = {
        {"en", "\"It is false that there are 2,000 political prisoners in our jails,\" the minister said.\n"},
        {"en", "\"There are no political prisoners here, and the 2,000 political prisoners they list are false,\" the "
               "minister said.\n"},
        {"es", "«Es falso que haya 2.000 presos políticos en nuestras cárceles», dijo el ministro.\n"},
        {"es", "«Esos 2.000 presos políticos de los que hablan no existen, es una lista inventada», dijo el ministro.\n"},
        {"pt", "«É falso que haja 2.000 presos políticos nas nossas cadeias», disse o ministro.\n"},
        {"pt", "«Esses 2.000 presos políticos não existem; não há presos políticos, é uma lista inventada», disse o "
               "ministro.\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        extract_doc *d = run(cases[i].text, cases[i].lang);
        const extract_claim *c = claim_of(d, EXTRACT_EVENT_HELD, 2000);
        cr_assert_eq(c->stance, EXTRACT_STANCE_DENIES, "%s: stance %d", cases[i].text, (int)c->stance);
        extract_doc_free(d);
    }
}
