/* test_mend27.c - design debts mended in the twenty-seventh session, output unchanged: the words of a political
 * category read from the political_words lexicon (claims.c S_political, for S_reply); written for these tests, in
 * Spanish, Portuguese and English, with distractors that must keep their output; a rule's start_not_in words held
 * in a case-exact lexicon table (patterns.c S_start_set, xp_table.exact). */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"
#include "patterns.h"
#include "document.h"
#include "claims_int.h"

TestSuite(mend27, .init = setup, .fini = teardown);

#define HELD EXTRACT_EVENT_HELD

/* The stance of the claim of HELD/value whose claimant's name holds who; -1 when there is none. */
static int reply_stance(const char *text, const char *lang, long long value, const char *who)
{
    extract_doc *d = run(text, lang);
    int st = -1;
    for (size_t i = 0; i < extract_doc_claim_count(d) && st < 0; i++) {
        const extract_claim *c = extract_doc_claim(d, i);
        if (c->event == HELD && c->count == value && c->claimant.name && strstr(c->claimant.name, who))
            st = (int)c->stance;
    }
    extract_doc_free(d);
    return st;
}

/* A denial of political prisoners answers the figure whose subject is political (a row of political_words),
 * not the later figure of common prisoners; each language's words are read. */
Test(mend27, a_category_denial_answers_the_political_figure)
{
    static const struct {
        const char *lang, *text;
    } cases[] = {
        {"es", "La ONG Justicia Ya contabiliza 640 presos políticos y 2.000 presos comunes en el país. El ministro "
               "Julio Paredes sostiene que no hay presos políticos."},
        {"pt", "A ONG Justiça Já contabiliza 640 presos políticos e 2.000 presos comuns no país. O ministro Júlio "
               "Paredes afirma que não há presos políticos."},
        {"en", "The group Justice Now counts 640 political prisoners and 2,000 common prisoners in the country. "
               "Minister Julio Paredes said there are no political prisoners."},
        /* the category in the singular feminine and in a noun of people ("presas políticas", "politicians") */
        {"es", "La ONG Justicia Ya contabiliza 64 presas políticas y 2.000 presas comunes en el país. El ministro "
               "Julio Paredes sostiene que no hay presos políticos."},
        {"en", "The group Justice Now counts 64 politicians in prison and 2,000 common prisoners in the country. "
               "Minister Julio Paredes said there are no political prisoners."},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        long long political = i < 3 ? 640 : 64;
        cr_expect_eq(reply_stance(cases[i].text, cases[i].lang, political, "Paredes"), (int)EXTRACT_STANCE_DENIES,
                     "%s: the denial answers %lld", cases[i].lang, political);
        /* distractor: the later, non-political figure is not answered */
        cr_expect_eq(reply_stance(cases[i].text, cases[i].lang, 2000, "Paredes"), -1, "%s: 2000 answered",
                     cases[i].lang);
    }
}

/* Distractor: with no political figure before it, the denial answers the latest figure of people held. */
Test(mend27, with_no_political_figure_the_latest_is_answered)
{
    cr_expect_eq(reply_stance("The group Justice Now counts 640 common prisoners and 2,000 prisoners of conscience in the "
                              "country. Minister Julio Paredes said there are no political prisoners.",
                              "en", 2000, "Paredes"),
                 (int)EXTRACT_STANCE_DENIES);
    cr_expect_eq(reply_stance("La ONG Justicia Ya contabiliza 640 presos comunes y 2.000 obreros encarcelados en el país. "
                              "El ministro Julio Paredes sostiene que no hay presos políticos.",
                              "es", 2000, "Paredes"),
                 (int)EXTRACT_STANCE_DENIES);
    cr_expect_eq(reply_stance("A ONG Justiça Já contabiliza 640 presos comuns e 2.000 operários encarcerados no país. "
                              "O ministro Júlio Paredes afirma que não há presos políticos.",
                              "pt", 2000, "Paredes"),
                 (int)EXTRACT_STANCE_DENIES);
}

static const xp_rule *S_rule(const extract_patterns *p, int lang, const char *id)
{
    for (size_t i = 0; i < p->n_rules[lang]; i++)
        if (strcmp(p->rules[lang][i].id, id) == 0)
            return &p->rules[lang][i];
    return NULL;
}

/* actor.person's start_not_in words are a case-exact xp_table: the look-up every table has finds a word as
 * written and refuses it in another case; a lexicon's own table stays folded. */
Test(mend27, start_words_are_a_case_exact_table)
{
    static const struct {
        int lang;
        const char *word;
        int found;
    } cases[] = {
        {XP_LANG_ES, "Venezuela", 1}, {XP_LANG_ES, "venezuela", 0}, {XP_LANG_ES, "VENEZUELA", 0},
        {XP_LANG_PT, "Facebook", 1},  {XP_LANG_PT, "facebook", 0},  {XP_LANG_PT, "FACEBOOK", 0},
        {XP_LANG_EN, "Kenya", 1},     {XP_LANG_EN, "kenya", 0},     {XP_LANG_EN, "KENYA", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const xp_rule *r = S_rule(P, cases[i].lang, "actor.person");
        cr_assert_not_null(r);
        cr_assert_not_null(r->not_start);
        cr_expect_eq(r->not_start->exact, 1);
        const char *w = cases[i].word;
        cr_expect_eq(xp_table_find(r->not_start, w, strlen(w)) >= 0, cases[i].found, "\"%s\"", w);
        /* the hashed look-up and the first-byte filter agree with it */
        cr_expect_eq(xp_table_find_hashed(r->not_start, w, strlen(w), xp_table_hash(w, strlen(w))) >= 0,
                     cases[i].found, "\"%s\" (hashed)", w);
        if (cases[i].found)
            cr_expect(xp_table_may_start(r->not_start, (unsigned char)w[0]), "\"%s\": first byte", w);
    }
    /* a lexicon's table is folded: the lower-case key, never the capital */
    const xp_table *t = xp_table_get(P, XP_LANG_EN, "same_words");
    cr_assert_not_null(t);
    cr_expect_eq(t->exact, 0);
    cr_expect_geq(xp_table_find(t, "same", 4), 0);
    cr_expect_lt(xp_table_find(t, "Same", 4), 0);
}

/* The one list of quotation marks: each of " “ ” « » is a mark of its length and direction, other bytes none. */
Test(mend27, the_quotation_marks_are_one_list)
{
    static const struct {
        const char *s;
        int len, open;
    } cases[] = {
        {"\"x", 1, -1}, {"\xE2\x80\x9Cx", 3, 1}, {"\xE2\x80\x9Dx", 3, 0}, {"\xC2\xAB" "x", 2, 1}, {"\xC2\xBB" "x", 2, 0},
        {"'x", 0, 9},   {"\xE2\x80\x94x", 0, 9}, {"\xC2\xA0x", 0, 9},  {"x", 0, 9},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int open = 9;
        cr_expect_eq(xc_quote_mark(cases[i].s, strlen(cases[i].s), 0, &open), cases[i].len, "case %zu", i);
        cr_expect_eq(open, cases[i].open, "case %zu: direction", i);
    }
    /* a mark cut short by the end of the span is none */
    int open = 9;
    cr_expect_eq(xc_quote_mark("\xE2\x80\x9C", 2, 0, &open), 0);
}

/* A quotation mark between a word naming the figure and the figure lets the gap take one word more (counts.c,
 * S_figure_word_gap asking xc_quote_mark): five words inside quotes frame the figure, five bare ones do not. */
Test(mend27, a_quoted_gap_takes_a_word_more)
{
    static const char *const marks[][2] = {{"\"", "\""}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}};
    for (size_t k = 0; k < 2; k++) {
        char en[400], es[400], pt[400];
        snprintf(en, sizeof en, "Foro Penal counts 300 political prisoners in Venezuela. Another group says the figure "
                 "%sis now really quite clearly well over 450%s.", marks[k][0], marks[k][1]);
        snprintf(es, sizeof es, "El Foro Penal cuenta 300 presos políticos en Venezuela. Otra ONG dice que la cifra "
                 "%shoy ya es realmente bastante superior a 450%s.", marks[k][0], marks[k][1]);
        snprintf(pt, sizeof pt, "O Foro Penal conta 300 presos políticos na Venezuela. Outra ONG diz que o número "
                 "%shoje já é realmente bastante superior a 450%s.", marks[k][0], marks[k][1]);
        expect_event(en, "en", 450, HELD);
        expect_event(es, "es", 450, HELD);
        expect_event(pt, "pt", 450, HELD);
    }
    /* distractors: the same gaps with no quotation mark are a word too long */
    expect_event("Foro Penal counts 300 political prisoners in Venezuela. Another group says the figure is now really "
                 "quite clearly well over 450.", "en", 450, NONE);
    expect_event("El Foro Penal cuenta 300 presos políticos en Venezuela. Otra ONG dice que la cifra hoy ya es realmente "
                 "bastante superior a 450.", "es", 450, NONE);
    expect_event("O Foro Penal conta 300 presos políticos na Venezuela. Outra ONG diz que o número hoje já é realmente "
                 "bastante superior a 450.", "pt", 450, NONE);
}

/* A figure-less denial is a preview of an answer told later with the figure (claims.c S_answered_later, indexed once
 * per document): it adds no claim when the same figure comes back in a disputing sentence; another figure there,
 * or the same one in a sentence that disputes nothing, leaves it its claim. */
Test(mend27, a_reply_defers_only_to_the_same_figure_disputed_later)
{
    static const struct {
        const char *lang, *fmt;
    } cases[] = {
        {"es", "La organización Justicia Ya contabiliza 640 presos políticos en el país. El ministro Julio Paredes "
               "sostiene que no hay presos políticos.\n\n%s %s presos políticos."},
        {"pt", "A organização Justiça Já contabiliza 640 presos políticos no país. O ministro Júlio Paredes afirma "
               "que não há presos políticos.\n\n%s %s presos políticos."},
        {"en", "The group Justice Now counts 640 political prisoners in the country. Minister Julio Paredes said "
               "there are no political prisoners.\n\n%s %s political prisoners."},
    };
    static const char *const disputes[] = {"El fiscal Mario Soto calificó de falsa la cifra de",
                                           "O procurador Mário Soto disse que é falso o número de",
                                           "Prosecutor Mario Soto called false the figure of"};
    static const char *const neutral[] = {"El diario Hoy publicó la lista de los", "O jornal Hoje publicou a lista dos",
                                          "The daily Today published the list of the"};
    for (size_t i = 0; i < 3; i++) {
        char text[800];
        snprintf(text, sizeof text, cases[i].fmt, disputes[i], "640");
        cr_expect_eq(reply_stance(text, cases[i].lang, 640, "Paredes"), -1, "%s: disputed later, same figure",
                     cases[i].lang);
        snprintf(text, sizeof text, cases[i].fmt, disputes[i], "641");
        cr_expect_eq(reply_stance(text, cases[i].lang, 640, "Paredes"), (int)EXTRACT_STANCE_DENIES,
                     "%s: another figure disputed later", cases[i].lang);
        snprintf(text, sizeof text, cases[i].fmt, neutral[i], "640");
        cr_expect_eq(reply_stance(text, cases[i].lang, 640, "Paredes"), (int)EXTRACT_STANCE_DENIES,
                     "%s: the same figure later, disputed by no one", cases[i].lang);
    }
}

/* A conjunction right after a framed figure closes its phrase (counts.c S_ends_phrase asking and_words of every
 * language, not bytes in C): "450 y", "450 e", "450 and" are figures; a longer word that starts alike, or "é"
 * (Portuguese "is", which folds to "e"), is not the conjunction. */
Test(mend27, a_conjunction_after_the_figure_closes_its_phrase)
{
    static const char *const es = "El Foro Penal cuenta 300 presos políticos en Venezuela. Otra ONG sitúa la cifra más "
                                  "arriba, en más de 450 %s.";
    static const char *const pt = "O Foro Penal conta 300 presos políticos na Venezuela. Outra ONG coloca o número mais "
                                  "acima, em mais de 450 %s.";
    static const char *const en = "Foro Penal counts 300 political prisoners in Venezuela. Another group puts the figure "
                                  "higher still, at more than 450 %s.";
    static const struct {
        const char *lang, *fmt, *tail;
        int ev;
    } cases[] = {
        {"es", es, "y lo denuncia", HELD}, {"pt", pt, "e o denuncia", HELD}, {"en", en, "and says so", HELD},
        /* distractors */
        {"es", es, "ya denunciados", NONE}, {"pt", pt, "é o dobro", NONE}, {"pt", pt, "eu creio", NONE},
        {"en", en, "andes", NONE},          {"en", en, "anyway", NONE},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char text[400];
        snprintf(text, sizeof text, cases[i].fmt, cases[i].tail);
        expect_event(text, cases[i].lang, 450, cases[i].ev);
    }
}
