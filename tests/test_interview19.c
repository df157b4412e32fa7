/* test_interview19.c - figures in interviews and Q&A answers (nineteenth session): who answers is whom the
 * introduction says the reporter talked with, by name or by a pronoun ("She spoke to us by phone", "Ela falou à
 * reportagem", "We spoke to her"); labels ("Q:" / "A:", "P." / "R.") or the reporter's word make a Q&A even when no
 * answer says "I"; an answer's own speaker keeps its figure ("It also said", "O Presidente disse", "the judiciary
 * said"). Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep
 * their output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(interview19, .init = setup, .fini = teardown);

#define REL EXTRACT_EVENT_RELEASE
#define HELD EXTRACT_EVENT_HELD
#define DET EXTRACT_EVENT_DETENTION
#define PERSON EXTRACT_KIND_PERSON
#define ORG EXTRACT_KIND_ORGANIZATION
#define GOV EXTRACT_KIND_GOVERNMENT

/* The person the story is about is named first and with a title; the one who answers is the subject of the
 * sentence before "She spoke to us" / "Ela falou à reportagem" / "Habló con este diario". */
Test(interview19, a_pronoun_that_spoke_to_the_reporter_is_the_person_named_before)
{
    expect_claimant("El presidente Tomás Berrocal firmó el indulto el lunes.\n\n"
                    "La abogada Irene Salvatierra Ruiz, de la Liga Penal, sigue los casos desde 2019. Habló con este "
                    "diario el martes.\n\n"
                    "¿Cuántos siguen presos?\n\n"
                    "Siguen presos unos 140 jóvenes en las cárceles del sur.\n\n"
                    "¿Y los liberados?\n\n"
                    "Eso es otra historia.\n",
                    "es", HELD, 140, "Irene Salvatierra Ruiz", PERSON);
    expect_claimant("O presidente Tomás Berrocal assinou o indulto na segunda-feira.\n\n"
                    "A advogada Irene Salvatierra Ruiz, da Liga Penal, acompanha os casos desde 2019. Ela falou à "
                    "reportagem na terça-feira.\n\n"
                    "Quantos continuam presos?\n\n"
                    "Continuam presos cerca de 140 jovens nas prisões do sul.\n\n"
                    "E os libertados?\n\n"
                    "Essa é outra história.\n",
                    "pt", HELD, 140, "Irene Salvatierra Ruiz", PERSON);
    expect_claimant("President Thomas Berrocal signed the pardon on Monday.\n\n"
                    "Irene Salvatierra Ruiz is a lawyer with the Penal League who has followed the cases since 2019. "
                    "We spoke to her by phone on Tuesday.\n\n"
                    "How many remain in prison?\n\n"
                    "About 140 young men remain in prison in the south.\n\n"
                    "And those released?\n\n"
                    "That is another story.\n",
                    "en", HELD, 140, "Irene Salvatierra Ruiz", PERSON);
}

/* "X, a historian…, spoke to us" / "X, advogado…, conversou com a reportagem": the subject of the conversation,
 * over a person the introduction names more often. */
Test(interview19, the_subject_of_a_conversation_with_the_newsroom_answers)
{
    expect_claimant("O ativista Ricardo Almeida Prates foi libertado em março. Ricardo Almeida Prates passou dez anos "
                    "preso.\n\n"
                    "Helena Duarte Vaz, advogada criminalista que defende presos políticos, conversou com a reportagem "
                    "por telefone.\n\n"
                    "Quantos continuam presos?\n\n"
                    "Continuam presos cerca de 75 militantes, e nós acompanhamos todos.\n\n"
                    "E o governo?\n\n"
                    "O governo não responde.\n",
                    "pt", HELD, 75, "Helena Duarte Vaz", PERSON);
    expect_claimant("The activist Richard Almond Pratt was freed in March. Richard Almond Pratt spent ten years in "
                    "prison.\n\n"
                    "Dr Helen Drew Vance, a historian who studies political imprisonment, spoke to us about the "
                    "numbers.\n\n"
                    "How many remain in prison?\n\n"
                    "About 75 activists remain in prison, and we follow them all.\n\n"
                    "And the government?\n\n"
                    "It does not answer.\n",
                    "en", HELD, 75, "Helen Drew Vance", PERSON);
    /* distractor: whom the reporter spoke with by name keeps the answers */
    expect_claimant("El ministro Tomás Berrocal firmó el indulto.\n\n"
                    "Hablamos con Irene Salvatierra Ruiz, abogada de la Liga Penal.\n\n"
                    "¿Cuántos siguen presos?\n\n"
                    "Nosotros contamos unos 140 presos en las cárceles del sur.\n\n"
                    "¿Y los liberados?\n\n"
                    "Eso es otra historia.\n",
                    "es", HELD, 140, "Irene Salvatierra Ruiz", PERSON);
}

/* A Q&A whose answers never say "I" or "we": its labels, or the reporter's word, make it an interview. */
Test(interview19, labels_or_the_reporters_word_make_an_interview_without_a_first_person)
{
    expect_claimant("We spoke with Dr. Helen Drew Vance, a historian at the State University, about the riot.\n\n"
                    "Q: Who was inside the prison?\n\n"
                    "A: The prison held 42 men hostage for four days.\n\n"
                    "Q: And afterwards?\n\n"
                    "A: The state kept about 900 prisoners in cells for months.\n",
                    "en", HELD, 900, "Helen Drew Vance", PERSON);
    expect_claimant("La historiadora Irene Salvatierra Ruiz repasa la guerra de 1982.\n\n"
                    "P. ¿Cuántos soldados fueron prisioneros?\n\n"
                    "R. Unos 1.200 soldados siguieron presos hasta julio.\n\n"
                    "P. ¿Y después?\n\n"
                    "R. Volvieron a casa.\n",
                    "es", HELD, 1200, "Irene Salvatierra Ruiz", PERSON);
    expect_claimant("Para entender a troca, a reportagem conversou com Helena Duarte Vaz, professora de relações "
                    "internacionais.\n\n"
                    "Como foi feita a troca?\n\n"
                    "Foi uma troca de um por um.\n\n"
                    "Há outros casos?\n\n"
                    "Pelo menos dois americanos continuam presos na Rússia.\n",
                    "pt", HELD, 2, "Helena Duarte Vaz", PERSON);
}

/* distractors: an explainer with question headings and no interviewee keeps its figures unattributed */
Test(interview19, an_explainer_with_question_headings_is_no_interview)
{
    expect_claimant("El presidente Tomás Berrocal firmó el indulto el lunes.\n\n"
                    "¿Cuántos siguen presos?\n\n"
                    "Siguen presos unos 140 jóvenes en las cárceles del sur.\n\n"
                    "¿Y los liberados?\n\n"
                    "Eso es otra historia.\n",
                    "es", HELD, 140, NULL, PERSON);
    expect_claimant("President Thomas Berrocal signed the pardon on Monday. He spoke with the ministers.\n\n"
                    "How many remain in prison?\n\n"
                    "About 140 young men remain in prison in the south.\n\n"
                    "And those released?\n\n"
                    "That is another story.\n",
                    "en", HELD, 140, NULL, PERSON);
}

/* "It also said that…": adverbs between the pronoun and its verb; the body that spoke before keeps the figure. */
Test(interview19, it_also_said_goes_on_with_the_body_that_spoke)
{
    expect_claimant("The Red Cross said that 16 of its staff were detained. It also said that about 70 drivers were "
                    "detained on the road.",
                    "en", DET, 70, "Red Cross", ORG);
    expect_claimant("The Red Cross said that 16 of its staff were detained. It later said that about 70 drivers had "
                    "been detained on the road.",
                    "en", DET, 70, "Red Cross", ORG);
    /* distractor: an impersonal passive is no one's statement */
    expect_claimant("It was also said that about 70 drivers were detained on the road.", "en", DET, 70, NULL, ORG);
}

/* The capitalised title alone ("O Presidente disse") is the president named before, not the interviewee. */
Test(interview19, the_president_named_before_speaks_in_an_answer)
{
    expect_claimant("O Presidente Jorge Amaral Reis reuniu os partidos na sexta-feira. O Presidente disse, depois "
                    "da reunião, que dois detidos já tinham sido soltos.",
                    "pt", REL, 2, "Jorge Amaral Reis", PERSON);
    expect_claimant("El Presidente Jorge Amaral Reis reunió a los partidos el viernes. El Presidente dijo, tras la "
                    "reunión, que dos detenidos ya habían sido liberados.",
                    "es", REL, 2, "Jorge Amaral Reis", PERSON);
    expect_claimant("President George Amaral Reese met the parties on Friday. The President said after the meeting "
                    "that two detainees had been freed.",
                    "en", REL, 2, "George Amaral Reese", PERSON);
    /* distractor: a title before a name is no reference */
    expect_claimant("O Presidente da Câmara, Rui Maia Lopes, disse que dois detidos já tinham sido soltos.", "pt", REL,
                    2, "Rui Maia Lopes", PERSON);
}

/* "the judiciary said" is the state's judiciary; "sources of the provincial judiciary" stays a source phrase. */
Test(interview19, the_judiciary_speaks_as_a_state_body)
{
    expect_claimant("On July 28 the judiciary said it had released 140 people from the prison.", "en", REL, 140,
                    "judiciary", GOV);
    expect_claimant("According to sources of the provincial judiciary, 25 of those arrested remain in custody.", "en",
                    HELD, 25, "sources of the provincial judiciary", GOV);
    expect_claimant("By late August, the ministry's spokesman, Alan Jameson, was telling reporters that fewer than "
                    "200 remained in custody.",
                    "en", HELD, 200, "Alan Jameson", PERSON);
}

/* "Dos 958 que a secretaria anuncia, pelo menos 200…": the verb of the relative clause reports the 958, not the count
 * after the comma. */
Test(interview19, a_verb_in_a_relative_clause_on_another_figure_reports_that_figure)
{
    expect_claimant("Dos 958 que a secretaria anuncia, pelo menos 200 detidos já foram soltos nas audiências.", "pt", REL,
                    200, NULL, PERSON);
    expect_claimant("De los 958 detenidos que anunció la policía, al menos 200 ya fueron liberados.", "es", REL, 200,
                    NULL, PERSON);
    expect_claimant("Of the 958 people that the ministry announced, at least 200 have already been released.", "en",
                    REL, 200, NULL, PERSON);
    /* distractors: the verb that reports the count itself keeps it */
    expect_claimant("A secretaria anuncia que 200 detidos já foram soltos.", "pt", REL, 200, "secretaria",
                    GOV);
    expect_claimant("The ministry announced that 200 of the 958 detainees have already been released.", "en", REL, 200,
                    "ministry", GOV);
}

/* A Q&A whose answers never speak in the first person takes no interview day; one whose answers do, does. */
Test(interview19, a_narrating_qa_gives_its_answers_no_statement_day)
{
    expect_days("We spoke with Dr. Helen Drew Vance, a historian, on Monday.\n\n"
                "Q: Who was inside the prison?\n\n"
                "A: The state kept about 900 prisoners in cells for months.\n\n"
                "Q: And afterwards?\n\n"
                "A: They went home.\n",
                "en", HELD, 900, "", "", "");
    expect_claimant("We spoke with Dr. Helen Drew Vance, a historian, on Monday.\n\n"
                    "Q: Who was inside the prison?\n\n"
                    "A: The state kept about 900 prisoners in cells for months.\n\n"
                    "Q: And afterwards?\n\n"
                    "A: They went home.\n",
                    "en", HELD, 900, "Helen Drew Vance", PERSON);
    expect_days("We spoke with Dr. Helen Drew Vance, a historian, on Monday.\n\n"
                "Q: Who was inside the prison?\n\n"
                "A: By our count, about 900 prisoners remain in cells.\n\n"
                "Q: And afterwards?\n\n"
                "A: We do not know.\n",
                "en", HELD, 900, "2026-01-12", "", "");
}
