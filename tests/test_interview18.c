/* test_interview18.c - figures in Q&A interviews (eighteenth session): the interviewee is the person who talked to
 * the paper ("X, a lawyer…, spoke to us"), not the person the story is about however often the introduction names
 * them; an answer that cites a body's figure with a reporting verb ("the judiciary said", "a Junta reconhecia",
 * "el régimen reconocía") gives it to that body. Sentences written for these tests, in Spanish, Portuguese and
 * English, with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(interview18, .init = setup, .fini = teardown);

/* The activist the story is about is named (and titled) twice; the lawyer who spoke to the paper once. */
static const char ES_INTRO[] =
    "El activista Samuel Prieto Vidal salió el sábado de la cárcel de Tocorón tras ocho años preso. Prieto Vidal "
    "había sido condenado por rebelión. El activista Samuel Prieto Vidal fue recibido por su familia.\n\n"
    "Javier Ocaña Ruiz, abogado penalista que defiende a presos políticos desde hace una década, habló con este "
    "diario por teléfono.\n\n"
    "¿Cuántas detenciones ha seguido usted este año?\n\n"
    "Yo mismo he seguido 52 nuevas detenciones de clientes, casi todas por mensajes en redes.\n\n"
    "¿Qué dijo el Gobierno entonces?\n\n"
    "El régimen reconocía entonces unos 300 detenidos, nada más.\n";

static const char PT_INTRO[] =
    "O ativista Samuel Prieto Vidal deixou no sábado a prisão de Bangu depois de oito anos preso. Prieto Vidal "
    "tinha sido condenado por rebelião. O ativista Samuel Prieto Vidal foi recebido pela família.\n\n"
    "Joaquim Ocaña Ruiz, advogado criminalista que defende presos políticos há uma década, conversou com a "
    "reportagem por telefone.\n\n"
    "Quantas prisões o senhor acompanhou este ano?\n\n"
    "Eu mesmo acompanhei 52 novas prisões de clientes, quase todas por mensagens nas redes.\n\n"
    "O que dizia o governo na altura?\n\n"
    "A Junta Militar reconhecia, no fim do mês, cerca de 300 presos, nada mais.\n";

static const char EN_INTRO[] =
    "The activist Samuel Pryor Vale walked out of Evin prison on Saturday after eight years inside. Pryor Vale had "
    "been convicted of sedition. The activist Samuel Pryor Vale was met by his family.\n\n"
    "Jonathan Okafor Reid, a criminal lawyer who has defended political prisoners for a decade, spoke to us by "
    "phone.\n\n"
    "How many arrests have you followed this year?\n\n"
    "I have followed 52 new arrests of clients myself, nearly all over posts on social media.\n\n"
    "What did the authorities say then?\n\n"
    "The judiciary said it had released 300 people, nothing more.\n";

Test(interview18, who_spoke_to_the_paper_answers)
{
    expect_claimant(ES_INTRO, "es", EXTRACT_EVENT_DETENTION, 52, "Javier Ocaña Ruiz", EXTRACT_KIND_PERSON);
    expect_claimant(PT_INTRO, "pt", EXTRACT_EVENT_DETENTION, 52, "Joaquim Ocaña Ruiz", EXTRACT_KIND_PERSON);
    expect_claimant(EN_INTRO, "en", EXTRACT_EVENT_DETENTION, 52, "Jonathan Okafor Reid", EXTRACT_KIND_PERSON);
}

Test(interview18, an_answer_citing_a_body_gives_it_the_figure)
{
    expect_claimant(ES_INTRO, "es", EXTRACT_EVENT_DETENTION, 300, "régimen", EXTRACT_KIND_GOVERNMENT);
    expect_claimant(PT_INTRO, "pt", EXTRACT_EVENT_HELD, 300, "Junta Militar", EXTRACT_KIND_GOVERNMENT);
    expect_claimant(EN_INTRO, "en", EXTRACT_EVENT_RELEASE, 300, "judiciary", EXTRACT_KIND_GOVERNMENT);
}

/* distractors: a name that only spoke inside an apposition ("who spoke to…") is not made the interviewee over the
 * one the reporter talked with; a reporter talking with someone keeps the existing reading */
Test(interview18, distractors_keep_their_interviewee)
{
    const char *en = "Lucy Farran Gale, a lawyer who defends several of the accused, met the judge twice. Judge "
                     "Martha Ibbs Dorne, who spoke to reporters on Monday, signed the orders. We spoke to Lucy "
                     "Farran Gale on Tuesday.\n\n"
                     "What happened at the hearing?\n\n"
                     "Nobody could see the accused. We had no access to the file.\n\n"
                     "How many are still in prison?\n\n"
                     "By our count, more than 60 people are still in prison for their views.\n";
    expect_claimant(en, "en", EXTRACT_EVENT_HELD, 60, "Lucy Farran Gale", EXTRACT_KIND_PERSON);
    const char *es = "La jueza Marta Ibáñez firmó las órdenes el lunes. Hablamos con la abogada Lucía Ferrán Gil el "
                     "martes.\n\n"
                     "¿Qué ocurrió en la audiencia?\n\n"
                     "Nadie pudo ver a los acusados. Nosotros no tuvimos acceso al expediente.\n\n"
                     "¿Cuántos siguen presos?\n\n"
                     "Según nuestras cuentas, más de 60 personas siguen en prisión por sus ideas.\n";
    expect_claimant(es, "es", EXTRACT_EVENT_HELD, 60, "Lucía Ferrán Gil", EXTRACT_KIND_PERSON);
}

/* "It also said that…": in English the pronoun a body's report goes on with is the body named before (Spanish and
 * Portuguese drop it and reach the speaker before already) */
Test(interview18, it_said_is_the_body_before)
{
    expect_claimant("The Red Cross said on Friday that 16 of its local staff were detained in the capital. It also "
                    "said that about 70 drivers working for its convoys were detained in the north.\n",
                    "en", EXTRACT_EVENT_DETENTION, 70, "Red Cross", EXTRACT_KIND_ORGANIZATION);
    /* distractor: an impersonal "it was said" names no one */
    expect_claimant("The Red Cross said on Friday that 16 of its local staff were detained in the capital.\n\n"
                    "It was said in the town that about 70 drivers were detained in the north.\n",
                    "en", EXTRACT_EVENT_DETENTION, 70, NULL, EXTRACT_KIND_UNKNOWN);
}

/* "O Presidente disse…": the capitalised title alone, with no name after it, refers to the president named before
 * (an answer citing him: his figure, not the interviewee's) */
Test(interview18, the_president_named_before_said_it)
{
    expect_claimant("O Presidente Tomás Varela Nunes recebeu os partidos na segunda-feira.\n\n"
                    "O Presidente disse depois que dois detidos já tinham sido soltos.\n",
                    "pt", EXTRACT_EVENT_RELEASE, 2, "Tomás Varela Nunes", EXTRACT_KIND_PERSON);
    expect_claimant("El Presidente Tomás Varela Núñez recibió a los partidos el lunes.\n\n"
                    "El Presidente dijo después que dos detenidos ya habían sido liberados.\n",
                    "es", EXTRACT_EVENT_RELEASE, 2, "Tomás Varela Núñez", EXTRACT_KIND_PERSON);
    expect_claimant("President Thomas Vale Norton met the parties on Monday.\n\n"
                    "The President said afterwards that two detainees had already been released.\n",
                    "en", EXTRACT_EVENT_RELEASE, 2, "Thomas Vale Norton", EXTRACT_KIND_PERSON);
}
