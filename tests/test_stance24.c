/* test_stance24.c - stance (twenty-fourth session): a marker that is the predicate of a figure just before it
 * judges that figure, not the speaker's counter-figure after it (claims.c, S_stance, lexicon predicate_copulas); a
 * figure, story or report called a lie denies, one belittled disputes, the marker judging the figure named before
 * it (before=1, patterns/{es,pt,en}/stance24.pat); "calificó de 'mentira' la cifra de ..." judges the figure after.
 * Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep their
 * output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(stance24, .init = setup, .fini = teardown);

#define DTN EXTRACT_EVENT_DETENTION
#define REL EXTRACT_EVENT_RELEASE
#define ASSERTS EXTRACT_STANCE_ASSERTS
#define DISPUTES EXTRACT_STANCE_DISPUTES
#define DENIES EXTRACT_STANCE_DENIES

/* The stance of the claim of this event and value whose claimant is named `who`. */
static void expect_stance_of(const char *text, const char *lang, extract_event ev, long long value, const char *who,
                             extract_stance want)
{
    extract_doc *d = run(text, lang);
    char buf[4096];
    const extract_claim *found = NULL;
    for (size_t i = 0; i < extract_doc_claim_count(d) && !found; i++) {
        const extract_claim *c = extract_doc_claim(d, i);
        if (c->event == ev && c->count == value && c->claimant.name && strcmp(c->claimant.name, who) == 0)
            found = c;
    }
    cr_expect(found != NULL, "no %lld by %s; %s", value, who, describe(d, buf, sizeof buf));
    if (found)
        cr_expect_eq(found->stance, want, "%lld by %s: stance %s, expected %s; %s", value, who,
                     STANCES[found->stance], STANCES[want], describe(d, buf, sizeof buf));
    extract_doc_free(d);
}

/* "the figure of 1,200 was far below ... and that as many as 3,000": the first disputed, the second asserted. */
Test(stance24, a_predicate_judges_the_figure_before_it)
{
    const char *en = "Police said on Monday that 1,200 workers had been arrested. The union leader, Ana Ruiz, said the "
                     "figure of 1,200 was \"far below the truth\" and that as many as 3,000 workers had been arrested.";
    expect_stance_of(en, "en", DTN, 1200, "Ana Ruiz", DISPUTES);
    expect_stance_of(en, "en", DTN, 3000, "Ana Ruiz", ASSERTS);
    const char *es = "La policía dijo el lunes que 1.200 obreros habían sido detenidos. La líder del sindicato, Ana "
                     "Ruiz, dijo que la cifra de 1.200 era \"muy inferior\" y que hasta 3.000 obreros habían sido "
                     "detenidos.";
    expect_stance_of(es, "es", DTN, 1200, "Ana Ruiz", DISPUTES);
    expect_stance_of(es, "es", DTN, 3000, "Ana Ruiz", ASSERTS);
    const char *pt = "A polícia disse na segunda-feira que 1.200 operários tinham sido detidos. A líder do sindicato, "
                     "Ana Ruiz, disse que o número de 1.200 era \"muito inferior\" e que até 3.000 operários tinham "
                     "sido detidos.";
    expect_stance_of(pt, "pt", DTN, 1200, "Ana Ruiz", DISPUTES);
    expect_stance_of(pt, "pt", DTN, 3000, "Ana Ruiz", ASSERTS);
}

/* Distractor: a marker after a comma is no predicate of the figure before it; it still judges the one after. */
Test(stance24, a_marker_past_a_comma_keeps_the_figure_after)
{
    expect_stance_of("The union leader, Ana Ruiz, said 90 workers were arrested on Monday, far below what she "
                     "called the real number, and that 400 are still missing.",
                     "en", DTN, 90, "Ana Ruiz", ASSERTS);
}

/* "The story that 45 prisoners were freed is a fabrication": a report called a lie denies the events it tells. */
Test(stance24, a_story_called_a_lie_denies)
{
    expect_stance("\"The story that 45 prisoners were freed from the jail is a fabrication,\" the minister, Omar "
                  "Said, told reporters.",
                  "en", REL, 45, DENIES);
    expect_stance("\"La noticia de que 45 presos fueron liberados de la cárcel es un montaje\", dijo a los periodistas "
                  "el ministro, Omar Saíd.",
                  "es", REL, 45, DENIES);
    expect_stance("\"A notícia de que 45 presos foram libertados da cadeia é uma farsa\", disse aos jornalistas o "
                  "ministro, Omar Saíd.",
                  "pt", REL, 45, DENIES);
}

/* A figure called a fiction is denied; the speaker's own figure after it asserts. */
Test(stance24, a_figure_called_a_fiction_is_denied_the_own_figure_asserts)
{
    const char *en = "The minister, Omar Said, said the monitors' figure of 900 detainees was \"pure fiction\" and "
                     "that only 40 people had been arrested.";
    expect_stance(en, "en", EXTRACT_EVENT_HELD, 900, DENIES);
    expect_stance(en, "en", DTN, 40, ASSERTS);
    const char *es = "El ministro, Omar Saíd, calificó de \"pura invención\" la cifra de 900 detenidos y dijo que solo "
                     "40 personas habían sido arrestadas.";
    expect_stance(es, "es", DTN, 900, DENIES);
    expect_stance(es, "es", DTN, 40, ASSERTS);
    const char *pt = "O ministro, Omar Saíd, classificou de \"pura invenção\" o número de 900 detidos e disse que só "
                     "40 pessoas tinham sido presas.";
    expect_stance(pt, "pt", DTN, 900, DENIES);
    expect_stance(pt, "pt", DTN, 40, ASSERTS);
}

/* Distractor: people charged with propaganda or false news; no figure is called a lie. */
Test(stance24, a_charge_of_propaganda_judges_no_figure)
{
    expect_stance("The minister, Omar Said, said that 40 people accused of spreading propaganda had been arrested.",
                  "en", DTN, 40, ASSERTS);
    expect_stance("El ministro, Omar Saíd, dijo que 40 personas acusadas de difundir propaganda habían sido "
                  "detenidas.",
                  "es", DTN, 40, ASSERTS);
    expect_stance("O ministro, Omar Saíd, disse que 40 pessoas acusadas de espalhar notícias falsas e propaganda "
                  "tinham sido detidas.",
                  "pt", DTN, 40, ASSERTS);
}

/* "rejected the figure of 3,400 as an accounting trick": a figure belittled is disputed, not denied. */
Test(stance24, a_figure_belittled_is_disputed)
{
    expect_stance("The commission, led by Ana Ruiz, said the ministry's figure of 3,400 released was \"an "
                  "accounting trick\".",
                  "en", REL, 3400, DISPUTES);
    expect_stance("La comisión, presidida por Ana Ruiz, dijo que la cifra de 3.400 liberados del ministerio era "
                  "\"un truco contable\".",
                  "es", REL, 3400, DISPUTES);
    expect_stance("A comissão, presidida por Ana Ruiz, disse que o número de 3.400 libertados do ministério era "
                  "\"um truque contábil\".",
                  "pt", REL, 3400, DISPUTES);
}

/* "dismissed the figures as propaganda", "calificó de «propaganda» la cifra": a figure belittled as propaganda is
 * disputed (the events are not denied), whether the word comes after the figure or before it. */
Test(stance24, a_figure_called_propaganda_is_disputed)
{
    expect_stance("The police chief, Omar Said, said the monitors' figure of 900 arrests was \"propaganda\".", "en",
                  DTN, 900, DISPUTES);
    expect_stance("El jefe de la policía, Omar Saíd, calificó de \"propaganda\" la cifra de 900 detenidos que dan "
                  "los observadores.",
                  "es", DTN, 900, DISPUTES);
    expect_stance("O chefe da polícia, Omar Saíd, classificou de \"propaganda\" o número de 900 detidos que dão os "
                  "observadores.",
                  "pt", DTN, 900, DISPUTES);
}

/* An organisation's plain lower tally of releases after the government's figure asserts; it contests the figure only
 * with a word of restriction ("only", "solo", "só") or of estimate ("estimates", "estima") before its count
 * (claims.c, lexicons only_words and estimate_words). */
Test(stance24, a_lower_release_tally_asserts_unless_restricted)
{
    const char *gov_en = "The Interior Ministry said on Monday that 400 prisoners had been released. ";
    const char *gov_es = "El Ministerio del Interior dijo el lunes que 400 presos habían sido liberados. ";
    const char *gov_pt = "O Ministério do Interior disse na segunda-feira que 400 presos tinham sido libertados. ";
    char buf[512];
    snprintf(buf, sizeof buf, "%sThe rights group Libre Voz said on Tuesday it had counted 116 releases.", gov_en);
    expect_stance(buf, "en", REL, 116, ASSERTS);
    snprintf(buf, sizeof buf, "%sThe rights group Libre Voz said on Tuesday it could confirm only 116 releases.", gov_en);
    expect_stance(buf, "en", REL, 116, DISPUTES);
    snprintf(buf, sizeof buf, "%sLa organización Voz Libre dijo el martes que había contabilizado 116 excarcelaciones.",
             gov_es);
    expect_stance(buf, "es", REL, 116, ASSERTS);
    snprintf(buf, sizeof buf,
             "%sLa organización Voz Libre dijo el martes que solo había podido confirmar 116 excarcelaciones.", gov_es);
    expect_stance(buf, "es", REL, 116, DISPUTES);
    snprintf(buf, sizeof buf, "%sA organização Voz Livre disse na terça-feira que tinha contabilizado 116 libertações.",
             gov_pt);
    expect_stance(buf, "pt", REL, 116, ASSERTS);
    snprintf(buf, sizeof buf,
             "%sA organização Voz Livre disse na terça-feira que só tinha conseguido confirmar 116 libertações.", gov_pt);
    expect_stance(buf, "pt", REL, 116, DISPUTES);
    /* an estimate is a restriction too (the seed article's "Foro Penal estimates that 116 people were released") */
    snprintf(buf, sizeof buf, "%sThe rights group Libre Voz estimates that 116 prisoners were released.", gov_en);
    expect_stance(buf, "en", REL, 116, DISPUTES);
    snprintf(buf, sizeof buf, "%sLa organización Voz Libre estima que 116 presos fueron excarcelados.", gov_es);
    expect_stance(buf, "es", REL, 116, DISPUTES);
    snprintf(buf, sizeof buf, "%sA organização Voz Livre estima que 116 presos foram libertados.", gov_pt);
    expect_stance(buf, "pt", REL, 116, DISPUTES);
}
