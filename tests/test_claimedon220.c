/* test_claimedon220.c - statement days (twentieth session, second wave): an 'until/by' day opening the sentence
 * before its reporting verb ("By Monday night the sheriff said…", "By Tuesday evening the state television was
 * putting the number at…") is the day the count was given as well as the day it runs to (when.c; en "by" only, and
 * not with a verb of keeping a count); an opening phrase of being contacted or asked whose day is followed by its
 * agent before the comma ("Contactado hoje pela Lusa, um porta-voz contestou…", "Contacted yesterday by this newspaper, the ministry
 * said…") dates the answer (when.c, S_occasion_tail; asked_words.txt of each language). Sentences written for these
 * tests, in Spanish, Portuguese and English, with distractors that must keep their current output. The reference
 * date is 2026-01-14 (a Wednesday), so Monday is 2026-01-12 and Tuesday 2026-01-13. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(claimedon220, .init = setup, .fini = teardown);

#define REL EXTRACT_EVENT_RELEASE
#define HLD EXTRACT_EVENT_HELD
#define DTN EXTRACT_EVENT_DETENTION

/* "By Monday night X said": the count was given that night and runs to it. */
Test(claimedon220, a_by_day_opening_the_sentence_dates_the_statement)
{
    expect_days("By Monday night the county sheriff said that more than 2,000 people were being held in the jails.",
                "en", HLD, 2000, "2026-01-12", "", "2026-01-12");
    expect_days("By Tuesday evening the state television was putting the number of people detained at 450.", "en", DTN,
                450, "2026-01-13", "", "2026-01-13");
    /* distractors: a verb of keeping a count tells the tally's state as of the day; "as of", "hasta", "até" (also
     * "until") stay the period's only, as the es/pt writers annotate them */
    expect_days("By late Monday the group had counted more than 4,300 people detained.", "en", DTN, 4300, "", "",
                "2026-01-12");
    expect_days("As of Monday, the council said, 4,600 prisoners had been released.", "en", REL, 4600, "", "",
                "2026-01-12");
    expect_days("Hasta el lunes, el organismo contabilizaba 2.410 personas detenidas.", "es", DTN, 2410, "", "",
                "2026-01-12");
    expect_days("Até segunda-feira, a agência registrava ao menos 2.100 pessoas presas.", "pt", HLD, 2100, "", "",
                "2026-01-12");
    /* distractors: the reporting verb after the count, or the 'by' day inside what is reported, date nothing more */
    expect_days("By Monday night police had arrested 200 people, the ministry said.", "en", DTN, 200, "", "",
                "2026-01-12");
    expect_days("The sheriff said that by Monday night more than 2,000 people were being held.", "en", HLD, 2000, "", "",
                "2026-01-12");
}

/* "Contactado hoje pela Lusa, um porta-voz contestou…": the answer was given on the day of the contact, the agent
 * standing between the day and the phrase's comma. */
Test(claimedon220, a_contact_day_followed_by_its_agent_dates_the_answer)
{
    expect_days("Contactado ontem pela agência, um porta-voz do Ministério da Justiça contestou aqueles números, afirmando "
                "que apenas 360 reclusos continuam presos.",
                "pt", HLD, 360, "2026-01-13", "", "");
    expect_days("Contactado ayer por este periódico, un portavoz del Ministerio de Justicia rechazó esas cifras, afirmando "
                "que solo 360 reclusos siguen presos.",
                "es", HLD, 360, "2026-01-13", "", "");
    expect_days("Contacted yesterday by this newspaper, a spokesman for the Ministry of Justice disputed those numbers, "
                "saying only 360 inmates remain in prison.",
                "en", HLD, 360, "2026-01-13", "", "");
    /* distractor: a raid is no occasion of speaking, and its day stays the event's */
    expect_days("In a raid on Monday in the capital, police arrested 300 people, the minister said.", "en", DTN, 300, "",
                "2026-01-12", "2026-01-12");
}
