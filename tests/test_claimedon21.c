/* test_claimedon21.c - statement days in live blogs (twenty-first session): an entry under "10:40 p.m. - …" whose
 * time the segmenter leaves alone at the abbreviation's dot still opens an entry (discourse.c, S_clock_para); a day
 * heading a day after the page's date, its weekday fitting, is that day and not the same day a year back
 * (recognize.c, xr_resolve_date); a count reported after a comma by a subject and its verb ("…, the statement says",
 * "…, el parte policial indica", "…, o comunicado oficial indica") is a report the entry's day dates (claims.c, S_reported); and
 * "…, police add." is a reporting verb (en.cue.report). Sentences written for these tests, in Spanish, Portuguese
 * and English, with distractors that must keep their current output. The reference date is 2026-01-14 (a
 * Wednesday), so the next day, Thursday, is 2026-01-15. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(claimedon21, .init = setup, .fini = teardown);

#define REL EXTRACT_EVENT_RELEASE
#define HLD EXTRACT_EVENT_HELD
#define DTN EXTRACT_EVENT_DETENTION

/* "10:40 p.m. - The city police say…": the entry's statement was made the day the entry was posted. */
Test(claimedon21, an_entry_under_an_abbreviated_clock_time_dates_its_statement)
{
    const char *blog = "Live: Clashes after the final\n\n"
                       "10:40 p.m. - The city police say 45 people have been arrested so far near the stadium.\n\n"
                       "9:55 p.m. - Riot officers are clearing the avenue and the crowd is thinning.\n\n"
                       "9:15 p.m. - Transit police say they detained 12 people at the central station.\n";
    expect_days(blog, "en", DTN, 45, "2026-01-14", "", "");
    const char *dashes = "Live: Clashes after the final\n\n"
                         "10:40 p.m. \xE2\x80\x94 The city police say 45 people have been arrested so far.\n\n"
                         "9:15 p.m. \xE2\x80\x93 Riot officers are clearing the avenue.\n";
    expect_days(dashes, "en", DTN, 45, "2026-01-14", "", "");
    /* distractors: the same statement outside a live blog has no day; a time in the text is no entry */
    expect_days("The city police say 45 people have been arrested so far near the stadium.", "en", DTN, 45, "", "", "");
    expect_days("At 10:40 p.m. the city police said 45 people had been arrested. Later the crowd left.", "en", DTN, 45,
                "", "", "");
}

/* "THURSDAY, JANUARY 15" above entries of a page dated Wednesday 14 January: the blog ran past midnight. */
Test(claimedon21, a_day_heading_the_day_after_the_page_is_that_day)
{
    const char *en = "Live: Clashes after the final\n\n"
                     "THURSDAY, JANUARY 15\n\n"
                     "1:10 a.m. - Police say 60 people remain in custody at the central station.\n\n"
                     "WEDNESDAY, JANUARY 14\n\n"
                     "11:50 p.m. - Riot officers are clearing the avenue.\n\n"
                     "11:05 p.m. - The crowd is thinning.\n";
    expect_days(en, "en", HLD, 60, "2026-01-15", "", "");
    const char *es = "Directo: disturbios tras la final\n\n"
                     "Jueves, 15 de enero\n\n"
                     "01.10 \xE2\x80\x94 La policía dice que 60 personas siguen detenidas en la comisaría central.\n\n"
                     "Miércoles, 14 de enero\n\n"
                     "23.50 \xE2\x80\x94 Los antidisturbios despejan la avenida.\n\n"
                     "23.05 \xE2\x80\x94 La multitud empieza a dispersarse.\n";
    expect_days(es, "es", HLD, 60, "2026-01-15", "", "");
    const char *pt = "Ao minuto: confrontos depois da final\n\n"
                     "Quinta-feira, 15 de janeiro\n\n"
                     "01h10 \xE2\x80\x94 A polícia diz que 60 pessoas continuam detidas na esquadra central.\n\n"
                     "Quarta-feira, 14 de janeiro\n\n"
                     "23h50 \xE2\x80\x94 A polícia de choque está a limpar a avenida.\n\n"
                     "23h05 \xE2\x80\x94 A multidão começa a dispersar.\n";
    expect_days(pt, "pt", HLD, 60, "2026-01-15", "", "");
    /* distractors: a day and month with a weekday before the reference date keep their year; a day whose weekday
     * does not fit the days ahead stays the nearest one before */
    expect_days("El martes 13 de enero la policía detuvo a 30 personas.", "es", DTN, 30, "", "2026-01-13",
                "2026-01-13");
    expect_days("On Monday, January 12, police arrested 30 people.", "en", DTN, 30, "", "2026-01-12", "2026-01-12");
}

/* "About 100 people were arrested last night, the statement says": the subject stands between the comma and the
 * verb of an inverted report, and the live-blog entry dates it. */
Test(claimedon21, an_inverted_report_with_its_subject_is_dated_by_the_entry)
{
    const char *en = "Live: Clashes after the final\n\n"
                     "1:35 a.m. - The police department has put out a first written tally. About 100 people were "
                     "arrested on Tuesday night, the statement says, most of them for looting.\n\n"
                     "12:20 a.m. - The avenue is quiet again.\n";
    expect_days(en, "en", DTN, 100, "2026-01-14", "2026-01-13", "2026-01-13");
    const char *es = "Directo: disturbios tras la final\n\n"
                     "09.35 \xE2\x80\x94 Primer balance por escrito. Unas 100 personas fueron detenidas en la avenida, "
                     "el parte policial indica.\n\n"
                     "08.20 \xE2\x80\x94 La avenida vuelve a estar tranquila.\n";
    expect_days(es, "es", DTN, 100, "2026-01-14", "", "");
    const char *pt = "Ao minuto: confrontos depois da final\n\n"
                     "09h35 \xE2\x80\x94 Primeiro balanço por escrito. Cerca de 100 pessoas foram detidas na avenida, "
                     "o comunicado oficial indica.\n\n"
                     "08h20 \xE2\x80\x94 A avenida voltou a estar calma.\n";
    expect_days(pt, "pt", DTN, 100, "2026-01-14", "", "");
    /* distractor: the newsroom's own count in an entry, with no report, stays undated */
    const char *own = "Live: Clashes after the final\n\n"
                      "1:35 a.m. - Near the corner of the square, at least five people were led away in handcuffs, "
                      "most of them teenagers.\n\n"
                      "12:20 a.m. - The avenue is quiet again.\n";
    expect_days(own, "en", DTN, 5, "", "", "");
    /* distractors: the newsroom's own count whose verb is in the own-count marker, and a comma before words that
     * are no report's subject ("an afternoon now better remembered"), stay undated */
    const char *ours = "Live: Clashes after the final\n\n"
                       "1:35 a.m. - Our reporter at the station counted at least 30 people led away in handcuffs.\n\n"
                       "12:20 a.m. - The avenue is quiet again.\n";
    expect_days(ours, "en", DTN, 30, "", "", "");
    const char *recalled = "Live: Clashes after the final\n\n"
                           "1:35 a.m. - Last Saturday, about 80 people were detained near the square, an evening now "
                           "better remembered for the tear gas.\n\n"
                           "12:20 a.m. - The avenue is quiet again.\n";
    expect_days(recalled, "en", DTN, 80, "", "2026-01-10", "2026-01-10");
}

/* "…, police add.": the plural present of "add" closing an inverted report. */
Test(claimedon21, police_add_is_a_report)
{
    const char *en = "Live: Clashes after the final\n\n"
                     "1:35 a.m. - Officers made dozens of arrests overnight. Roughly 15 of those arrested have already "
                     "been released on a promise to appear in court, police add.\n\n"
                     "12:20 a.m. - The avenue is quiet again.\n";
    expect_days(en, "en", REL, 15, "2026-01-14", "", "");
}

/* "22.45 — Primer balance oficial de la policía: 474 detenidos": a colon closing words that name the occasion of a
 * statement (occasion_words) reports the count after it, with no verb. */
Test(claimedon21, a_tally_named_before_a_colon_is_a_report)
{
    const char *es = "Directo: disturbios tras la final\n\n"
                     "22.45 \xE2\x80\x94 Primer balance oficial de la policía: 474 detenidos en el centro.\n\n"
                     "21.30 \xE2\x80\x94 Los antidisturbios despejan la avenida.\n";
    expect_days(es, "es", DTN, 474, "2026-01-14", "", "");
    const char *pt = "Ao minuto: confrontos depois da final\n\n"
                     "22h45 \xE2\x80\x94 Novo balanço oficial da polícia: 474 pessoas detidas no centro.\n\n"
                     "21h30 \xE2\x80\x94 A polícia de choque está a limpar a avenida.\n";
    expect_days(pt, "pt", DTN, 474, "2026-01-14", "", "");
    const char *en = "Live: Clashes after the final\n\n"
                     "10:45 p.m. - First police briefing of the night: 474 people arrested downtown.\n\n"
                     "9:30 p.m. - Riot officers are clearing the avenue.\n";
    expect_days(en, "en", DTN, 474, "2026-01-14", "", "");
    /* distractors: a colon after words that name no statement, and the newsroom's own tally, stay undated */
    const char *scene = "Live: Clashes after the final\n\n"
                        "10:45 p.m. - The scene at the station: at least 30 people led away in handcuffs.\n\n"
                        "9:30 p.m. - Riot officers are clearing the avenue.\n";
    expect_days(scene, "en", DTN, 30, "", "", "");
    const char *ours = "Directo: disturbios tras la final\n\n"
                       "22.45 \xE2\x80\x94 Nuestro balance de la noche: al menos 30 detenidos en el centro.\n\n"
                       "21.30 \xE2\x80\x94 Los antidisturbios despejan la avenida.\n";
    expect_days(ours, "es", DTN, 30, "", "", "");
}
