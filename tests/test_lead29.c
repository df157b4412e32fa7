/* test_lead29.c - the lead's fixes of the twenty-ninth session, es/pt/en. Sentences written for these tests. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(lead29, .init = setup, .fini = teardown);

/* A verb of keeping people (mantener / manter / hold) keeps its object past an adverb of time and a quotation mark
 * around the figure (es/pt events.pat held.verb). */
Test(lead29, keeping_past_an_adverb_or_a_quote)
{
    expect_event("El comisionado dijo que Rusia mantiene todavía a más de ocho mil ucranianos.", "es", 8000, HELD);
    expect_event("El comisionado dijo que Rusia mantiene aún «más de ocho mil» ucranianos.", "es", 8000, HELD);
    expect_event("O comissário disse que a Rússia mantém ainda mais de oito mil ucranianos.", "pt", 8000, HELD);
    expect_event("O comissário disse que a Rússia mantém ainda \"mais de oito mil\" ucranianos.", "pt", 8000, HELD);
    expect_event("The commissioner said Russia still holds \"more than 8,000\" Ukrainians.", "en", 8000, HELD);
    /* distractors: a road kept blocked, a promise kept */
    expect_event("Cerca de 300 manifestantes mantêm ainda bloqueada a estrada há 3 dias.", "pt", 3, NONE);
    expect_event("Unos 300 manifestantes mantienen todavía cortada la carretera.", "es", 300, NONE);
}

/* People taken and then moved on to a prison, or left at a court's disposal, are kept: held, whatever their noun says
 * of their arrest (docs/corpus.md, "Gold records"; es/pt/en events18h.pat kept_after). */
Test(lead29, moved_on_to_a_prison_is_held)
{
    expect_event("Según la fiscalía, 543 de los detenidos fueron trasladados a la cárcel de Villa Devoto.", "es", 543, HELD);
    expect_event("Segundo a polícia, 543 dos detidos foram transferidos para o presídio de Bangu.", "pt", 543, HELD);
    expect_event("Police said 543 of those arrested were transferred to the county jail.", "en", 543, HELD);
    expect_event("El fiscal dijo que 89 de los detenidos quedaron a disposición del juez.", "es", 89, HELD);
    expect_event("O procurador disse que 89 dos detidos ficaram à disposição da Justiça.", "pt", 89, HELD);
    expect_event("The prosecutor said 89 of those arrested were remanded in custody.", "en", 89, HELD);
    /* distractors: moved to a police station or a hospital stays the arrest */
    expect_event("Según la policía, 12 manifestantes fueron detenidos y trasladados a la comisaría.", "es", 12, DET);
    expect_event("Segundo a polícia, 12 dos detidos foram transferidos para o hospital.", "pt", 12, DET);
    expect_event("Police said 12 of those arrested were transferred to hospital.", "en", 12, DET);
}

/* A plain plural phrase speaks as its singular would: its kind comes from the singular's row of head_kinds
 * (subjects.c xc_phrase_kind). */
Test(lead29, plural_bodies_speak)
{
    expect_claimant("Os comités de apoio disseram que havia mais de 40 mil presos políticos.", "pt",
                    EXTRACT_EVENT_HELD, 40000, "comités de apoio", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("Los comités de apoyo dijeron que había más de 40.000 presos políticos.", "es",
                    EXTRACT_EVENT_HELD, 40000, "comités de apoyo", EXTRACT_KIND_ORGANIZATION);
    expect_claimant("The support committees said there were more than 40,000 political prisoners.", "en",
                    EXTRACT_EVENT_HELD, 40000, "support committees", EXTRACT_KIND_ORGANIZATION);
    /* people counted are no speakers */
    expect_claimant("Los detenidos dijeron que había más de 40.000 presos políticos.", "es", EXTRACT_EVENT_HELD, 40000,
                    NULL, EXTRACT_KIND_UNKNOWN);
}

/* Banishing prisoners abroad frees them from prison, as "desterrados"/"expelled" do (es/en events.pat); refusing to
 * do something ("se negó a", "negou-se a") denies nothing (es/pt cue.deny). */
Test(lead29, banished_and_refusals)
{
    expect_event("El régimen desterró a 222 presos políticos a Estados Unidos.", "es", 222, REL);
    expect_event("The regime banished 222 political prisoners to the United States.", "en", 222, REL);
    expect_event("O regime desterrou 222 presos políticos para os Estados Unidos.", "pt", 222, REL);
    expect_stance("El obispo se negó a firmar, y el régimen liberó a 222 presos políticos.", "es", REL, 222,
                  EXTRACT_STANCE_ASSERTS);
    expect_stance("O bispo negou-se a assinar, e o regime libertou 222 presos políticos.", "pt", REL, 222,
                  EXTRACT_STANCE_ASSERTS);
    expect_stance("The bishop refused to sign, and the regime freed 222 political prisoners.", "en", REL, 222,
                  EXTRACT_STANCE_ASSERTS);
    /* a denial stays one */
    expect_stance("El ministro negó que el régimen haya liberado a 222 presos políticos.", "es", REL, 222,
                  EXTRACT_STANCE_DENIES);
}

/* A running figure keeps its people past a 'since' phrase with a complement and an adverb before its 'to'
 * (es/pt events_recall.pat running_total, en count.pat subject.figure). */
Test(lead29, running_figure_since_the_start)
{
    expect_event("El número de detenidos desde el inicio de las protestas asciende a 4.500, según la ONG.", "es", 4500, DET);
    expect_event("El número de detenidos asciende ya a 4.500, según la ONG.", "es", 4500, DET);
    expect_event("O número de detidos desde o início dos protestos subiu para 4.500.", "pt", 4500, DET);
    expect_event("The number of detainees since the start of the protests has risen to 4,500.", "en", 4500, DET);
    /* deaths are no one we count */
    expect_event("La cifra de muertos desde el inicio de las protestas asciende a 45.", "es", 45, NONE);
    expect_event("O número de mortos desde o início dos protestos subiu para 45.", "pt", 45, NONE);
    expect_event("The number of deaths since the start of the protests has risen to 45.", "en", 45, NONE);
}

/* What befell a part of a group that is no event of ours (deaths) is the part's main verb, not a participle describing
 * the group: "four of them died in captivity" counts no one held (counts.c S_partitive_count). */
Test(lead29, part_that_died_in_captivity)
{
    expect_event("Pakistan acknowledged holding 639; four of them died in captivity and the others were returned.", "en",
                 4, NONE);
    expect_event("Pakistán reconoció tener a 639; cuatro de ellos murieron en cautiverio y los demás fueron devueltos.",
                 "es", 4, NONE);
    expect_event("O Paquistão reconheceu ter 639; quatro deles morreram no cativeiro e os restantes foram devolvidos.",
                 "pt", 4, NONE);
    /* a participle describing the group still yields to the main verb after it */
    expect_event("Seven of the nine activists jailed in 2019 now sleep at home after being released on Monday.", "en", 7,
                 REL);
}

/* People in hospital told only by their condition are counted for their injuries, not held (es/pt/en
 * other.hospital); people interned in camps are still held. */
Test(lead29, in_serious_condition_is_no_custody)
{
    expect_event("Três pessoas continuam internadas em estado considerado grave.", "pt", 3, NONE);
    expect_event("Tres personas siguen internadas en estado grave.", "es", 3, NONE);
    expect_event("Three detainees remain in critical condition.", "en", 3, NONE);
    expect_event("Unos 3.000 presos siguen internados en campos del sur.", "es", 3000, HELD);
}

/* A title and its subtitle on one short first line, the last without a final period, are the headline: the body's
 * record of the same figure replaces the headline's (segment.c). */
static void expect_one_record(const char *text, const char *lang, extract_event ev, long long value, const char *name)
{
    extract_doc *d = run(text, lang);
    size_t n = 0;
    const extract_claim *c = NULL;
    for (size_t i = 0; i < extract_doc_claim_count(d); i++)
        if (extract_doc_claim(d, i)->event == ev && extract_doc_claim(d, i)->count == value) {
            n++;
            c = extract_doc_claim(d, i);
        }
    cr_assert_eq(n, 1, "%zu records of %lld in: %s", n, value, text);
    cr_assert_str_eq(c->section, "body");
    cr_assert_not_null(c->claimant.name);
    cr_assert_str_eq(c->claimant.name, name);
    extract_doc_free(d);
}

Test(lead29, title_and_subtitle_line_is_the_headline)
{
    expect_one_record("Analysis: 677 arrests in six weeks, and still they sit down. What the autumn tells us\n\n"
                      "Every morning the officers came back. The junctions were blocked again. The group did not stop.\n\n"
                      "The Metropolitan Police said on Monday it had made 677 arrests since 1 October.\n",
                      "en", EXTRACT_EVENT_DETENTION, 677, "Metropolitan Police");
    expect_one_record("Análisis: 677 detenidos en seis semanas. Qué nos dice el otoño\n\n"
                      "Cada mañana volvían los agentes. Los cruces quedaban cortados otra vez. El grupo no paraba.\n\n"
                      "La Policía Nacional informó el lunes de que ha detenido a 677 personas desde el 1 de octubre.\n",
                      "es", EXTRACT_EVENT_DETENTION, 677, "Policía Nacional");
    expect_one_record("Análise: 677 detidos em seis semanas. O que nos diz o outono\n\n"
                      "Todas as manhãs os agentes voltavam. Os cruzamentos ficavam cortados outra vez. O grupo não parava.\n\n"
                      "A Polícia Federal informou na segunda-feira que deteve 677 pessoas desde 1 de outubro.\n",
                      "pt", EXTRACT_EVENT_DETENTION, 677, "Polícia Federal");
}

/* Asking for the release of a group named with its article or a demonstrative, with an adjective after the noun,
 * says the group is held, whatever the group's noun says of its arrest (counts.c; es precision.pat held.demand). */
Test(lead29, demanded_release_of_the_group)
{
    expect_event("El CELS reclamó la liberación inmediata de esos 37 detenidos.", "es", 37, HELD);
    expect_event("El CELS reclamó la liberación de los 37 detenidos.", "es", 37, HELD);
    expect_event("O CELS exigiu a libertação imediata dos 37 detidos.", "pt", 37, HELD);
    expect_event("CELS demanded the immediate release of the 37 detainees.", "en", 37, HELD);
    /* a release ordered is no demand */
    expect_event("El juez ordenó la liberación de los 37 detenidos.", "es", 37, REL);
}

/* People trapped by a disaster are no one's captives, even when rescued (es/pt/en veto.trapped). */
Test(lead29, trapped_miners_are_no_captives)
{
    expect_event("Los 12 mineros atrapados fueron rescatados con vida.", "es", 12, NONE);
    expect_event("Os 12 mineiros soterrados foram resgatados com vida.", "pt", 12, NONE);
    expect_event("The 12 trapped miners were rescued alive.", "en", 12, NONE);
    expect_event("The 12 hostages were rescued alive.", "en", 12, REL);
}

/* Papers named with their article are media (shared/media.txt; the article is left out of the name, as for "El País"). */
Test(lead29, papers_with_their_article)
{
    expect_claimant("El 26 de septiembre, El Universo informó de que once de ellos habían sido trasladados a la cárcel.",
                    "es", EXTRACT_EVENT_HELD, 11, "Universo", EXTRACT_KIND_MEDIA);
    expect_claimant("O Correio da Manhã noticiou que 11 deles foram transferidos para a cadeia de Custóias.", "pt",
                    EXTRACT_EVENT_HELD, 11, "Correio da Manhã", EXTRACT_KIND_MEDIA);
    expect_claimant("The Daily Mail reported that 11 of them had been transferred to Belmarsh prison.", "en",
                    EXTRACT_EVENT_HELD, 11, "Daily Mail", EXTRACT_KIND_MEDIA);
}

/* A reporting verb closing the sentence after a comma dates the statement, whichever verb gave the speaker (when.c
 * S_closing_report_day). The reference date 2026-01-14 is a Wednesday: Monday is 2026-01-12. */
Test(lead29, closing_report_verb_dates_the_statement)
{
    expect_days("La ONG contabilizó 240 detenciones desde el 8 de enero, dijo el lunes.", "es", EXTRACT_EVENT_DETENTION, 240, "2026-01-12",
                "2026-01-08", "");
    expect_days("A ONG contabilizou 240 detenções desde 8 de janeiro, disse na segunda-feira.", "pt", EXTRACT_EVENT_DETENTION, 240,
                "2026-01-12", "2026-01-08", "");
    expect_days("The NGO counted 240 arrests since January 8, it said on Monday.", "en", EXTRACT_EVENT_DETENTION, 240, "2026-01-12",
                "2026-01-08", "");
    /* another figure between: the day is that figure's */
    expect_days("The NGO counted 240 arrests since January 8, up from 200 on Monday.", "en", EXTRACT_EVENT_DETENTION, 240, "", "2026-01-08",
                "");
}

/* Not recognising the figure of an owner named by its proper name denies it (es/pt reply27.pat reply29_owner_denies;
 * English "does not recognise Viasna's figure" was read already). */
Test(lead29, not_recognising_the_owners_figure)
{
    expect_reply("Según Viasna, en Bielorrusia hay 650 presos políticos y más de 35.000 personas han sido detenidas "
                 "desde 2020. Alexandr Lukashenko no reconoce la cifra de Viasna.",
                 "es", EXTRACT_EVENT_HELD, 650, "Lukashenko", EXTRACT_STANCE_DENIES);
    expect_reply("Segundo o Viasna, há 650 presos políticos na Bielorrússia e mais de 35 mil pessoas foram detidas "
                 "desde 2020. Alexandr Lukashenko não reconhece o número do Viasna.",
                 "pt", EXTRACT_EVENT_HELD, 650, "Lukashenko", EXTRACT_STANCE_DENIES);
    expect_reply("According to Viasna, there are 650 political prisoners in Belarus and more than 35,000 people have "
                 "been detained since 2020. Alexander Lukashenko does not recognise Viasna's figure.",
                 "en", EXTRACT_EVENT_HELD, 650, "Lukashenko", EXTRACT_STANCE_DENIES);
}

/* Charging a part of the people arrested is no event of ours, in the active voice too (es/pt/en other.charged). */
Test(lead29, charging_a_part_is_no_event)
{
    expect_event("La Fiscalía imputó a 45 de los detenidos.", "es", 45, NONE);
    expect_event("La Fiscalía había formulado cargos por terrorismo contra 13 de los arrestados.", "es", 13, NONE);
    expect_event("O Ministério Público acusou 45 dos detidos.", "pt", 45, NONE);
    expect_event("Prosecutors charged 45 of those arrested.", "en", 45, NONE);
    /* the release of a part stays one */
    expect_event("Prosecutors released 45 of those arrested without charge.", "en", 45, REL);
}

/* A figure that falls, from the old value to the new: the new value is the figure (es/pt running_total, en
 * subject.figure). */
Test(lead29, falling_and_raised_figures)
{
    expect_event("La cifra de presos políticos bajó de 1.000 a 880.", "es", 880, HELD);
    expect_event("O número de presos políticos caiu de mil para 880.", "pt", 880, HELD);
    expect_event("The number of political prisoners dropped to 880.", "en", 880, HELD);
    /* deaths are no one we count */
    expect_event("La cifra de muertos bajó de 100 a 88.", "es", 88, NONE);
}

/* People trapped in a vehicle are no captives when freed (trap_places, es/pt/en). */
Test(lead29, trapped_in_a_vehicle)
{
    expect_event("Firefighters freed 3 people trapped in the car.", "en", 3, NONE);
    expect_event("Los bomberos liberaron a tres personas atrapadas en el coche.", "es", 3, NONE);
    expect_event("Os bombeiros libertaram três pessoas presas no carro.", "pt", 3, NONE);
}
