/* test_speed20.c - rules that were scanned through every paragraph for want of a prefix the analyser could read
 * (twentieth session, issue #5): what prefilter.c now reads past (the rest of a way once no prefix can grow, a
 * lookbehind of words that each end in white space, an optional class of signs, an accented Latin letter under
 * (?i)), what it still refuses, and that the rules it now prefilters find, tried at their prefixes only, what a
 * scan found. Sentences written for these tests, in Spanish, Portuguese and English, with distractors. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "extract.h"
#include "patterns.h"
#include "prefilter.h"
#include "document.h"
#include "prefilter_support.h" /* prefixes, expect_prefixes */

/* Once every prefix is closed, the rest of the way is not read: a subroutine's definition at the end, a lazy
 * quantifier after a class; the other alternatives are read on. What moves the match start (\K, a verb) keeps
 * the rule scanned. */
Test(prefixes20, the_rest_of_a_way_past_its_prefixes_is_not_read)
{
    expect_prefixes("\\b(?:seized|impounded)\\s+\\d+\\s+(?&thing)(?(DEFINE)(?<thing>rifles|boats))",
                    "impounde|seized");
    expect_prefixes("\\bheld\\s+[^.]{0,40}?\\bdays|\\bdetained\\b", "detained|held");
    expect_prefixes("(?<![\\p{L}])\\d+\\s+(?&u)(?(DEFINE)(?<u>km|kg))", " +digit/l");
    /* distractors: still refused */
    expect_prefixes("\\bspent\\s+\\d+\\s+years\\s+and\\s+then\\s+\\K\\d+", "-");
    expect_prefixes("\\bfreed\\s+(*COMMIT)\\d+", "-");
    expect_prefixes("(?:dijo|dijeron)\\s+(?(DEFINE)(?<x>a))", "-"); /* no guard before the words */
    expect_prefixes("\\bfoo(?(DEFINE)(?<x>a))", "-");             /* read while "foo" may still grow */
}

/* A positive lookbehind of alternatives that each end in white space is a guard: no letter precedes. */
Test(prefixes20, a_lookbehind_of_words_each_ending_in_space_is_a_guard)
{
    expect_prefixes("(?<=rehenes\\s|cautivos\\s)(?:salieron|huyeron)\\s+con\\s+vida", "huyeron|salieron");
    expect_prefixes("(?<=hostages\\x20|captives\\s)(?:all\\s+)?(?:got|walked)\\s+out", "all|got|walked");
    /* distractors: one alternative ends in a letter, or the body has a group */
    expect_prefixes("(?<=reféns\\s|cativos)(?:fugiram|saíram)", "-");
    expect_prefixes("(?<=(?:hostages|captives)\\s)(?:got|walked)\\s+out", "-");
}

/* A class of signs that have no case: read under (?i) too, and when optional, a prefix goes on without it and
 * with each of its members ("\x{2018}" spelt by its number). A class of letters still ends the items. */
Test(prefixes20, an_optional_class_of_signs_starts_prefixes_of_its_own)
{
    expect_prefixes("(?<![\\p{L}])(?:the\\s+)?['\\x{2018}\"]?(?:daily|weekly)", "\"|'|daily|the|weekly|\u2018");
    expect_prefixes("(?<![\\p{L}])(?i:(?:o|a)\\s+)?[\"\\x{AB}]?(?i:x)", "\"|A|O|X|a|o|x|\u00ab");
    expect_prefixes("\\bsaid[\\x{2019}']s\\b", "said's|said\u2019s");
    /* distractors: a class of letters, optional; a class under (?i) with a letter */
    expect_prefixes("\\b[ab]?foo", "-");
    expect_prefixes("\\b(?i:[x']?foo)", "-");
}

/* An accented Latin letter read caselessly starts a prefix in its two forms; a letter whose case is no Latin-1
 * pair (the sharp s, the Greek sigma) still ends the items. */
Test(prefixes20, an_accented_letter_under_caseless_matching_gives_both_forms)
{
    expect_prefixes("(?<![\\p{L}])(?i:\u00e0s)\\s+\\d", "\u00c0|\u00e0");
    expect_prefixes("(?<![\\p{L}])(?i:\u00d1and\u00fa)", "\u00d1|\u00f1");
    expect_prefixes("(?<![\\p{L}])(?i:(?:o|\u00e0)\\s+)jornal", "O|o|\u00c0|\u00e0");
    /* distractors */
    expect_prefixes("(?<![\\p{L}])(?i:\u00dfx)", "-");
    expect_prefixes("(?<![\\p{L}])(?i:\u03c3\u03b5)", "-");
}

static extract_patterns *P;

static void setup(void)
{
    extract_error err;
    cr_assert_eq(extract_patterns_load(EXTRACT_TEST_PATTERNS, &P, &err), EXTRACT_OK, "%s", err.message);
}

static void teardown(void) { extract_patterns_free(P); }

static const xp_rule *S_rule(int lang, const char *id)
{
    for (size_t i = 0; i < P->n_rules[lang]; i++)
        if (!strcmp(P->rules[lang][i].id, id))
            return &P->rules[lang][i];
    return NULL;
}

/* Whether rule id made a mention at the bytes of want in text (want NULL: nowhere), read with the prefilter
 * and the gates (no --explain) and with every rule scanned (--explain): both must agree. */
static void expect_at(const char *text, const char *lang, const char *id, const char *want)
{
    int l = xp_lang_from_name(lang);
    const xp_rule *r = S_rule(l, id);
    cr_assert_not_null(r, "%s is a rule of %s", id, lang);
    cr_expect(r->prefiltered, "%s is prefiltered", id);
    const char *at = want ? strstr(text, want) : NULL;
    cr_assert(!want || at, "\"%s\" is in the text", want);
    for (int explain = 0; explain < 2; explain++) {
        extract_options opt = {.ref_date = "2026-01-14", .lang = lang, .explain = explain};
        extract_error err;
        extract_doc *d;
        cr_assert_eq(extract_process(P, text, strlen(text), "t", &opt, &d, &err), EXTRACT_OK, "%s", err.message);
        int found = 0, any = 0;
        for (size_t i = 0; i < d->n_ments; i++) {
            if (strcmp(d->ments[i].rule->id, id))
                continue;
            any = 1;
            found |= at && d->ments[i].start == (size_t)(at - text) && d->ments[i].end == (size_t)(at - text) + strlen(want);
        }
        if (want)
            cr_expect(found, "%s: %s finds \"%s\" in \"%s\"%s", lang, id, want, text, explain ? " (scanned)" : "");
        else
            cr_expect(!any, "%s: %s finds nothing in \"%s\"%s", lang, id, text, explain ? " (scanned)" : "");
        extract_doc_free(d);
    }
}

TestSuite(speed20, .init = setup, .fini = teardown);

/* A news outlet named after what it is, with a quote mark first or an accented article ("à emissora"). */
Test(speed20, outlets_named_by_what_they_are)
{
    expect_at("Twelve detainees were freed on Friday, the weekly Northern Ledger reported.", "en", "en.pronoun.media",
              "the weekly");
    expect_at("Twelve detainees were freed, according to 'portal' Valley Bulletin.", "en", "en.pronoun.media",
              "'portal'");
    expect_at("Twelve detainees were freed, the agency said on Friday.", "en", "en.pronoun.media", NULL);
    expect_at("Doze detidos foram soltos na sexta-feira, disse à emissora Rádio Serrana o advogado.", "pt",
              "pt.pronoun.media", "à emissora");
    expect_at("À rádio Voz do Planalto, o advogado disse que doze detidos foram soltos.", "pt", "pt.pronoun.media",
              "À rádio");
    expect_at("Doze detidos foram soltos, disse a agência na sexta-feira.", "pt", "pt.pronoun.media", NULL);
}

/* People out of a siege alive, after a noun of captives (a lookbehind of several words). */
Test(speed20, captives_out_alive)
{
    expect_at("After the raid nine captives got out safely through a side door.", "en", "en.release.made_it_out",
              "got out safely");
    expect_at("After the collapse nine miners got out safely through a side door.", "en", "en.release.made_it_out", NULL);
    expect_at("Tras el asalto, los doce cautivos salieron con vida por una puerta lateral.", "es", "es.release.out_alive",
              "salieron con vida");
    expect_at("Tras el derrumbe, los doce mineros salieron con vida por una puerta lateral.", "es",
              "es.release.out_alive", NULL);
    expect_at("Depois do assalto, os doze reféns conseguiram sair com vida pela porta lateral.", "pt",
              "pt.release.out_alive", "conseguiram sair com vida");
    expect_at("Depois do desabamento, os doze mineiros conseguiram sair com vida pela porta lateral.", "pt",
              "pt.release.out_alive", NULL);
}

/* Things counted past words (a rule that ends in a subroutine's definition). */
Test(speed20, things_counted_past_words)
{
    expect_at("Customs officers said they seized 300 smuggled rifles at the border.", "en",
              "en.veto.things_past_words", "300 smuggled rifles");
    expect_at("Customs officers said they detained 300 smuggled migrants at the border.", "en",
              "en.veto.things_past_words", NULL);
    expect_at("Los aduaneros dijeron que incautaron 300 antiguos fusiles en la frontera.", "es",
              "es.veto.things_past_words", "300 antiguos fusiles");
    expect_at("Os guardas disseram que apreenderam 300 antigos fuzis na fronteira.", "pt", "pt.veto.things_past_words",
              "300 antigos fuzis");
}
