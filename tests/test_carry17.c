/* test_carry17.c - an outlet that only carries a statement (seventeenth session): a source phrase naming a news
 * agency, set off by commas right after a reporting verb ("declarou, segundo a agência oficial Lusa, que…"), tells
 * where the words were read; the verb's named subject made the claim. Sentences written for these tests, in
 * Spanish, Portuguese and English, with distractors that must keep the outlet as the claimant. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(carry17, .init = setup, .fini = teardown);

Test(carry17, an_outlet_between_the_verb_and_its_clause_only_carries_it)
{
    expect_claimant("El lunes, el fiscal general, Tomás Berrocal, afirmó, según la agencia oficial EFE, que 640 "
                    "presos habían sido indultados.",
                    "es", EXTRACT_EVENT_RELEASE, 640, "Tomás Berrocal", EXTRACT_KIND_PERSON);
    expect_claimant("Na terça-feira, o ministro da Justiça, Rui Calado, declarou, segundo a agência oficial Lusa, que "
                    "640 presos tinham sido libertados.",
                    "pt", EXTRACT_EVENT_RELEASE, 640, "Rui Calado", EXTRACT_KIND_PERSON);
    expect_claimant("On Monday the justice minister, Karim Haddad, said, according to the state news agency Reuters, "
                    "that 640 prisoners had been pardoned.",
                    "en", EXTRACT_EVENT_RELEASE, 640, "Karim Haddad", EXTRACT_KIND_PERSON);
}

/* distractors: an outlet that is the only source keeps the claim; a body in the same place is no carrier */
Test(carry17, an_outlet_alone_or_a_body_keeps_the_claim)
{
    expect_claimant("Según la agencia EFE, 300 personas fueron detenidas en la capital.", "es",
                    EXTRACT_EVENT_DETENTION, 300, "EFE", EXTRACT_KIND_MEDIA);
    expect_claimant("Segundo a agência Lusa, 300 pessoas foram detidas na capital.", "pt", EXTRACT_EVENT_DETENTION,
                    300, "Lusa", EXTRACT_KIND_MEDIA);
    expect_claimant("According to Reuters, 300 people were arrested in the capital.", "en", EXTRACT_EVENT_DETENTION,
                    300, "Reuters", EXTRACT_KIND_MEDIA);
    expect_claimant("The minister said, according to police, that 40 people were detained.", "en",
                    EXTRACT_EVENT_DETENTION, 40, "police", EXTRACT_KIND_GOVERNMENT);
}

/* "ABI quoted del Castillo as saying that…": the one quoted as saying speaks, the agency that quotes carries it. */
Test(carry17, the_one_quoted_as_saying_speaks)
{
    expect_claimant("Within hours, the state news agency Reuters quoted the defence minister, Luis Herrera, as saying "
                    "that about 30 soldiers had been detained.",
                    "en", EXTRACT_EVENT_DETENTION, 30, "Luis Herrera", EXTRACT_KIND_PERSON);
    expect_claimant("Reuters quoted Luis Herrera as telling reporters that 30 soldiers had been freed.", "en",
                    EXTRACT_EVENT_RELEASE, 30, "Luis Herrera", EXTRACT_KIND_PERSON);
    /* distractor: the agency that reports on its own keeps the claim */
    expect_claimant("Within hours, the state news agency Reuters reported that about 30 soldiers had been detained.",
                    "en", EXTRACT_EVENT_DETENTION, 30, "Reuters", EXTRACT_KIND_MEDIA);
}

/* "APS, which, citing a security source, now reports…": an aside between the relative word and its verb keeps the
 * name before the relative as the verb's subject. */
Test(carry17, an_aside_after_the_relative_word_keeps_its_name)
{
    expect_claimant("La Fiscalía, que, en su último informe, ya contabiliza 300 detenidos, pidió calma.", "es",
                    EXTRACT_EVENT_DETENTION, 300, "Fiscalía", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("A Polícia Federal, que, no seu último relatório, já contabiliza 300 detidos, pediu calma.", "pt",
                    EXTRACT_EVENT_DETENTION, 300, "Polícia Federal", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("More from Reuters, which, citing a security source, now reports that nearly 500 workers have "
                    "been freed.",
                    "en", EXTRACT_EVENT_RELEASE, 500, "Reuters", EXTRACT_KIND_MEDIA);
    /* distractors: no aside, as before; a comma that opens no relative still cuts the verb off */
    expect_claimant("More from Reuters, which now reports that nearly 600 workers have been freed.", "en",
                    EXTRACT_EVENT_RELEASE, 600, "Reuters", EXTRACT_KIND_MEDIA);
    expect_claimant("The Red Cross visited the camp, and in its latest report, counts 300 detainees.", "en",
                    EXTRACT_EVENT_HELD, 300, "Red Cross", EXTRACT_KIND_ORGANIZATION);
}

/* "quoted the defence minister, Luis Herrera": the article opens the title; the verb before it is the sentence's
 * (lead, seventeenth session: the title took "quoted the defence minister"). */
static void expect_title(const char *text, const char *lang, extract_event ev, long long value, const char *title)
{
    extract_doc *d = run(text, lang);
    const extract_claim *c = claim_of(d, ev, value);
    cr_assert_not_null(c->claimant.title, "no title, expected %s", title);
    cr_assert_str_eq(c->claimant.title, title);
    extract_doc_free(d);
}

Test(carry17, a_title_starts_at_its_article)
{
    expect_title("Reuters quoted the defence minister, Luis Herrera, as saying 12 officers had been arrested.", "en",
                 EXTRACT_EVENT_DETENTION, 12, "defence minister");
    expect_title("The agency interviewed the interior minister, Ana Lobo, who said 40 people had been released.", "en",
                 EXTRACT_EVENT_RELEASE, 40, "interior minister");
    expect_title("La agencia entrevistó el lunes a la ministra de Justicia, Ana Lobo, que dijo que 40 presos fueron "
                 "liberados.", "es", EXTRACT_EVENT_RELEASE, 40, "ministra de Justicia");
    /* distractors: adjectives before the title word stay in it; a title opening its clause is whole */
    expect_title("Ontem, a ministra da Justiça, Ana Lobo, disse que 40 presos foram libertados.", "pt",
                 EXTRACT_EVENT_RELEASE, 40, "ministra da Justiça");
    expect_title("The deputy interior minister, Ana Lobo, said 40 people had been released.", "en",
                 EXTRACT_EVENT_RELEASE, 40, "deputy interior minister");
}
