/* test_lead30.c - the lead's fixes of the thirtieth session, es/pt/en. Sentences written for these tests. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(lead30, .init = setup, .fini = teardown);

/* A place named after a body is part of the body's name where no rule reads an actor (phrase_words `place`,
 * subjects.c S_plain_phrase); before anything but a capital the place word opens an adjunct. */
Test(lead30, a_place_after_the_body)
{
    expect_claimant("La embajada de Cuba en Madrid dijo que en la isla hay más de mil presos políticos.", "es",
                    EXTRACT_EVENT_HELD, 1000, "embajada de Cuba en Madrid", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O consulado do Brasil em Lisboa disse que 40 brasileiros continuam detidos.", "pt",
                    EXTRACT_EVENT_HELD, 40, "consulado do Brasil em Lisboa", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The consulate of Peru in Madrid said 40 Peruvians remain in custody.", "en", EXTRACT_EVENT_HELD,
                    40, "consulate of Peru in Madrid", EXTRACT_KIND_GOVERNMENT);
    /* a place word before a lower-case word opens an adjunct: no name */
    expect_claimant("La embajada en la capital dijo que en la isla hay más de mil presos políticos.", "es",
                    EXTRACT_EVENT_HELD, 1000, NULL, EXTRACT_KIND_UNKNOWN);
}

/* A reporting verb after an aside that a relative word or a participle opens has its subject before the aside, also
 * where no rule reads an actor there (subjects.c S_phrase_before). */
Test(lead30, a_subject_before_an_aside)
{
    expect_claimant("La embajada de Cuba, consultada por este diario, negó que en la isla haya más de mil presos "
                    "políticos.", "es", EXTRACT_EVENT_HELD, 1000, "embajada de Cuba", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("O consulado da Guatemala, que enviou funcionários à cidade, afirma que pelo menos 20 "
                    "adolescentes estavam entre os detidos.", "pt", EXTRACT_EVENT_DETENTION, 20, "consulado da Guatemala",
                    EXTRACT_KIND_GOVERNMENT);
    expect_claimant("The consulate of Guatemala, which sent staff to the town, said at least 20 teenagers were among "
                    "those arrested.", "en", EXTRACT_EVENT_DETENTION, 20, "consulate of Guatemala",
                    EXTRACT_KIND_GOVERNMENT);
    /* an aside no relative word or participle opens is not passed over */
    expect_claimant("La embajada de Cuba, según este diario, negó que en la isla haya más de mil presos políticos.", "es",
                    EXTRACT_EVENT_HELD, 1000, NULL, EXTRACT_KIND_UNKNOWN);
}

/* An article and one noun where a speaker stands refer back to the body named before whose name holds that noun
 * ahead of its first complement (subjects.c S_body_by_noun); a noun after the complement ("prisoners") does not. */
Test(lead30, a_noun_refers_back_to_a_body)
{
    expect_claimant("The Coordination Headquarters for the Treatment of Prisoners of War met on Monday.\n\n"
                    "According to the headquarters, 3,767 Ukrainians have been brought back from captivity.", "en",
                    EXTRACT_EVENT_RELEASE, 3767, "Coordination Headquarters for the Treatment of Prisoners of War",
                    EXTRACT_KIND_GOVERNMENT);
    expect_claimant("El Cuartel de Coordinación para el Trato de Prisioneros de Guerra se reunió el lunes.\n\n"
                    "Según el cuartel, 3.767 ucranianos han vuelto del cautiverio.", "es", EXTRACT_EVENT_RELEASE, 3767,
                    "Cuartel de Coordinación para el Trato de Prisioneros de Guerra", EXTRACT_KIND_GOVERNMENT);
    /* a title word closing a compound noun is no title (pt.title): "quartel-general" */
    expect_claimant("O Quartel-General de Coordenação para o Tratamento de Prisioneiros de Guerra reuniu-se na "
                    "segunda-feira.\n\nSegundo o quartel-general, 3.767 ucranianos voltaram do cativeiro.", "pt",
                    EXTRACT_EVENT_RELEASE, 3767, "Quartel-General de Coordenação para o Tratamento de Prisioneiros de Guerra",
                    EXTRACT_KIND_GOVERNMENT);
    /* the people counted are not the body */
    expect_claimant("The Coordination Headquarters for the Treatment of Prisoners of War met on Monday.\n\n"
                    "According to the prisoners, 3,767 Ukrainians have been brought back from captivity.", "en",
                    EXTRACT_EVENT_RELEASE, 3767, NULL, EXTRACT_KIND_UNKNOWN);
}

/* "according to its own weekly population report": up to two words describing the account (en sources.pat
 * pronoun.possessive); es and pt put them after the noun, which their rules already read. */
Test(lead30, its_own_described_account)
{
    expect_claimant("The Bureau of Prisons holds about 189,000 people, according to its own weekly population report.",
                    "en", EXTRACT_EVENT_HELD, 189000, "Bureau of Prisons", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("La Policía Nacional detuvo a 45 personas, según sus propios datos semanales.", "es",
                    EXTRACT_EVENT_DETENTION, 45, "Policía Nacional", EXTRACT_KIND_GOVERNMENT);
    expect_claimant("A Polícia Militar prendeu 45 pessoas, segundo os seus próprios dados semanais.", "pt",
                    EXTRACT_EVENT_DETENTION, 45, "Polícia Militar", EXTRACT_KIND_GOVERNMENT);
}

/* "explicó que cuatro de los detenidos son menores y que quedaron en libertad": a "que" after "and" opens the next
 * clause the reporting verb governs, not a relative clause of the predicate noun (counts.c S_copula_noun_relative). */
Test(lead30, and_that_is_no_relative)
{
    expect_event("Cifuentes explicó que cuatro de los detenidos son menores y que quedaron en libertad.", "es", 4, REL);
    expect_event("O ministro explicou que quatro dos detidos são menores e que foram libertados.", "pt", 4, REL);
    expect_event("The minister said four of the detainees are minors and that they were released.", "en", 4, REL);
    /* a relative clause of the predicate noun still tells how they were once taken */
    expect_event("De los excarcelados, cuatro eran estudiantes que habían sido detenidos en 2019.", "es", 4, REL);
}

/* "…, informou a televisão estatal": in Portuguese the article written without its accent is the inverted verb's
 * subject, "à televisão" whom it told (bare_articles, subjects.c S_bare_article). es and en write the
 * preposition apart, so their addressees stay addressees. */
Test(lead30, an_article_is_no_addressee)
{
    expect_claimant("O governo indultou 2.000 presos, informou a televisão estatal.", "pt", EXTRACT_EVENT_RELEASE, 2000,
                    "televisão estatal", EXTRACT_KIND_MEDIA);
    expect_claimant("O governo libertou 200 presos, informou a rádio estatal.", "pt", EXTRACT_EVENT_RELEASE, 200,
                    "rádio estatal", EXTRACT_KIND_MEDIA);
    expect_claimant("O governo libertou 200 presos, disse à rádio estatal o ministro Carlos Lima.", "pt",
                    EXTRACT_EVENT_RELEASE, 200, "Carlos Lima", EXTRACT_KIND_PERSON);
    expect_claimant("El Gobierno indultó a 2.000 presos, informó la televisión estatal.", "es", EXTRACT_EVENT_RELEASE,
                    2000, "televisión estatal", EXTRACT_KIND_MEDIA);
    expect_claimant("El Gobierno liberó a 200 presos, dijo a la radio estatal el ministro Carlos Lima.", "es",
                    EXTRACT_EVENT_RELEASE, 200, "Carlos Lima", EXTRACT_KIND_PERSON);
    expect_claimant("The government pardoned 2,000 prisoners, state television reported.", "en", EXTRACT_EVENT_RELEASE,
                    2000, "state television", EXTRACT_KIND_MEDIA);
}

static void expect_qualifier(const char *text, const char *lang, extract_event ev, long long value, extract_qualifier q)
{
    extract_doc *d = run(text, lang);
    const extract_claim *c = claim_of(d, ev, value);
    cr_assert_not_null(c, "no claim of %lld in: %s", value, text);
    cr_assert_eq(c->qualifier, q, "qualifier %d, expected %d, in: %s", (int)c->qualifier, (int)q, text);
    extract_doc_free(d);
}

/* The particle of a phrasal verb ("handed over", "turned over") is no "over" of a figure (en count.pat
 * qual.more_than); es and pt have no such particle, their "más de" / "mais de" stay qualifiers. */
Test(lead30, handed_over_is_no_qualifier)
{
    expect_qualifier("Hamas handed over three hostages to the Red Cross on Saturday.", "en", EXTRACT_EVENT_RELEASE, 3,
                     EXTRACT_Q_EXACT);
    expect_qualifier("The militia turned over 40 prisoners to the Red Cross.", "en", EXTRACT_EVENT_RELEASE, 40, EXTRACT_Q_EXACT);
    expect_qualifier("The militia freed over 40 prisoners.", "en", EXTRACT_EVENT_RELEASE, 40, EXTRACT_Q_MORE_THAN);
    expect_qualifier("Hamás entregó a más de tres rehenes a la Cruz Roja.", "es", EXTRACT_EVENT_RELEASE, 3,
                     EXTRACT_Q_MORE_THAN);
    expect_qualifier("O Hamas entregou mais de três reféns à Cruz Vermelha.", "pt", EXTRACT_EVENT_RELEASE, 3,
                     EXTRACT_Q_MORE_THAN);
}

/* People of a trade or role who speak together with no name ("lawyers said", "según activistas", "disseram
 * advogados") are the claimant, of unknown kind, only where a reporting verb or a source word makes them speak
 * (*.actor.collective_speaking); counted, or referred back to with an article or possessive, they are not. */
Test(lead30, unnamed_people_who_speak)
{
    expect_claimant("Around 150 people have been locked up since the protests began, lawyers said.", "en",
                    EXTRACT_EVENT_HELD, 150, "lawyers", EXTRACT_KIND_UNKNOWN);
    expect_claimant("According to activists, 150 people remain in custody.", "en", EXTRACT_EVENT_HELD, 150,
                    "activists", EXTRACT_KIND_UNKNOWN);
    expect_claimant("Unas 150 personas siguen detenidas desde el inicio de las protestas, dijeron abogados.", "es",
                    EXTRACT_EVENT_HELD, 150, "abogados", EXTRACT_KIND_UNKNOWN);
    expect_claimant("Según activistas, 150 personas siguen detenidas.", "es", EXTRACT_EVENT_HELD, 150, "activistas",
                    EXTRACT_KIND_UNKNOWN);
    expect_claimant("Cerca de 150 pessoas continuam detidas desde o início dos protestos, disseram advogados.", "pt",
                    EXTRACT_EVENT_HELD, 150, "advogados", EXTRACT_KIND_UNKNOWN);
    expect_claimant("Testemunhas afirmaram que cerca de 150 pessoas continuam detidas.", "pt", EXTRACT_EVENT_HELD, 150,
                    "Testemunhas", EXTRACT_KIND_UNKNOWN);
    /* "our volunteers": the statement's own body, not a crowd of volunteers */
    expect_claimant("That evening alone, our volunteers said more than 1,300 people were arrested.", "en",
                    EXTRACT_EVENT_DETENTION, 1300, NULL, EXTRACT_KIND_UNKNOWN);
}

/* A verb of hovering around a figure ("ronda los 86.000", "ronda os 86 mil") makes it approximate, as "around" does
 * in English (es/pt count.pat qual.approx); a figure before a unit of length or area counts no one (units.txt). */
Test(lead30, hovering_around_and_square_metres)
{
    expect_qualifier("El ministerio informó de que la población reclusa ronda los 86.000 presos.", "es", EXTRACT_EVENT_HELD,
                     86000, EXTRACT_Q_APPROX);
    expect_qualifier("O ministério informou que a população carcerária ronda os 86 mil presos.", "pt", EXTRACT_EVENT_HELD,
                     86000, EXTRACT_Q_APPROX);
    expect_qualifier("The ministry said the prison population hovers around 86,000 inmates.", "en", EXTRACT_EVENT_HELD,
                     86000, EXTRACT_Q_APPROX);
    expect_event("He said he had been kept in a cell of less than 2 square metres for 18 months.", "en", 2, NONE);
    expect_event("Dijo que estuvo encerrado en una celda de menos de 2 metros cuadrados durante 18 meses.", "es", 2, NONE);
    expect_event("Disse que ficou preso numa cela de menos de 2 metros quadrados durante 18 meses.", "pt", 2, NONE);
}

/* Broadcasters known by their name alone (shared/media.txt): a lone capitalised word opening its sentence speaks
 * only when a list knows it ("Al-Manar, broadcasting from the scene, says"). */
Test(lead30, broadcasters_by_name)
{
    expect_claimant("Al-Manar, broadcasting from the scene, says more than 100 detainees have walked out of the cells.",
                    "en", EXTRACT_EVENT_RELEASE, 100, "Al-Manar", EXTRACT_KIND_MEDIA);
    expect_claimant("Al Manar, que transmite desde el lugar, dice que más de 100 presos salieron de las celdas.", "es",
                    EXTRACT_EVENT_RELEASE, 100, "Al Manar", EXTRACT_KIND_MEDIA);
    expect_claimant("A Al Mayadeen, que transmite do local, diz que mais de 100 presos saíram das celas.", "pt",
                    EXTRACT_EVENT_RELEASE, 100, "Al Mayadeen", EXTRACT_KIND_MEDIA);
}
