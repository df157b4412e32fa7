/* test_recall24.c - release figures not taken or taken with the wrong event (twenty-fourth session, recall): people
 * put or brought to safety are freed (patterns/{es,pt,en}/recall24.pat); people who came out alive of a seized place
 * are freed; a participle in an aside after a genitive ("the crew of the tanker X, seized by pirates, were freed")
 * describes the genitive's noun, and the finite verb past the aside is the people's (claims.c, S_genitive_aside).
 * Sentences written for these tests, in Spanish, Portuguese and English, with distractors that must keep their
 * output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(recall24, .init = setup, .fini = teardown);

/* "hemos puesto a salvo a 80 rehenes", "pusemos a salvo 80 reféns", "we have brought 80 hostages to safety" */
Test(recall24, put_to_safety_is_freed)
{
    expect_event("\"Desde el lunes hemos puesto a salvo a 80 rehenes\", dijo el coronel en rueda de prensa.", "es", 80, REL);
    expect_event("La guardia costera puso a salvo a más de 40 turistas retenidos en el hotel.", "es", 40, REL);
    expect_event("\"Desde segunda-feira pusemos a salvo 80 reféns\", disse o coronel em conferência de imprensa.", "pt", 80, REL);
    expect_event("A guarda costeira pôs em segurança mais de 40 turistas retidos no hotel.", "pt", 40, REL);
    expect_event("\"Since Monday we have brought 80 hostages to safety,\" the colonel told a news conference.", "en", 80, REL);
    expect_event("The coast guard led more than 40 tourists held at the hotel to safety.", "en", 40, REL);
    /* distractors: things put to safety, a family, no figure after the verb */
    expect_event("Los bomberos pusieron a salvo 30 cuadros del museo.", "es", 30, NONE);
    expect_event("Os bombeiros puseram a salvo os documentos de 30 famílias.", "pt", 30, NONE);
    expect_event("Firefighters brought the 30 paintings of the museum to safety.", "en", 30, NONE);
}

/* "habían salido con vida del avión los 90 pasajeros": out of a seized place alive */
Test(recall24, came_out_alive_of_a_seized_place_is_freed)
{
    expect_event("Al caer la noche habían salido con vida del avión los 90 rehenes que quedaban a bordo.", "es", 90, REL);
    expect_event("Ao cair da noite tinham saído com vida do avião os 90 reféns que restavam a bordo.", "pt", 90, REL);
    /* en reads "brought out of the plane alive" already (en.release.made_it_out): a guard */
    expect_event("By nightfall 90 hostages had been brought out of the plane alive.", "en", 90, REL);
    /* distractors: survivors of a mine or an accident are no one's captives */
    expect_event("Al caer la noche habían salido con vida de la mina los 90 mineros atrapados.", "es", 90, NONE);
    expect_event("Ao cair da noite tinham saído com vida da mina os 90 mineiros presos no poço.", "pt", 90, NONE);
}

/* "Os 25 tripulantes do navio X, sequestrado por piratas …, foram libertados": the participle is the ship's */
Test(recall24, a_participle_after_a_genitive_is_the_other_nouns)
{
    expect_event("Los 19 tripulantes del carguero Ocean Star, capturado por piratas en marzo, fueron liberados el "
                 "domingo, anunció la naviera.", "es", 19, REL);
    expect_event("Os 19 tripulantes do cargueiro Ocean Star, sequestrado por piratas em março, foram libertados no "
                 "domingo, anunciou a companhia.", "pt", 19, REL);
    expect_event("The 19 crew of the freighter Ocean Star, seized by pirates in March, were released on Sunday, the "
                 "shipping company said.", "en", 19, REL);
    /* distractors: the participle right after the people is theirs and the verb after it says they stay held; a
     * genitive holding another figure is left alone; a participle with no finite verb after the aside */
    expect_event("Los 19 tripulantes, capturados por piratas en marzo, siguen retenidos en la costa.", "es", 19, HELD);
    expect_event("Los 19 tripulantes del carguero, capturado en marzo, contaron todo a los periodistas.", "es", 19, DET);
    expect_event("The 19 crew of the freighter Ocean Star, seized in March, told reporters everything.", "en", 19, DET);
    expect_event("Os 19 tripulantes do cargueiro, sequestrado em março, contaram tudo aos jornalistas.", "pt", 19, DET);
}

/* "sobe para 11 o número de presos na operação", "the number of detainees in the raid rose to 11": a count of the
 * people named by an arrest participle, at the scene that took them, counts arrests (claims.c, S_arrest_tally and the
 * frame's noun) */
Test(recall24, the_number_of_the_arrested_at_a_scene_counts_arrests)
{
    expect_event("La Guardia Civil confirmó que otro investigado se entregó. Con ello, sube a 11 el número de presos en "
                 "la operación.", "es", 11, DET);
    expect_event("A Polícia Federal confirmou que outro investigado se entregou. Com isso, sobe para 11 o número de presos "
                 "na operação.", "pt", 11, DET);
    expect_event("The Federal Police confirmed that another suspect had turned himself in. With that, the number of "
                 "detainees in the raid rose to 11.", "en", 11, DET);
    /* distractors: a stock of political prisoners, people kept in a prison or jails */
    expect_event("La ONG dijo que sube a 11 el número de presos políticos en el país.", "es", 11, HELD);
    expect_event("A ONG disse que sobe para 11 o número de presos na prisão da cidade.", "pt", 11, HELD);
    expect_event("Police put the number of detainees in the jails at 11.", "en", 11, HELD);
}

/* "según su relato", "segundo o seu relato", "according to his account": the figure is the account of the person
 * who has the floor (es/pt/en.pronoun.opinion) */
Test(recall24, by_his_account_is_the_speaker_before)
{
    expect_claimant("El ministro, Carlos Pardo, habló en el aeropuerto. A última hora, según su relato, 173 rehenes "
                    "habían sido liberados.", "es", EXTRACT_EVENT_RELEASE, 173, "Carlos Pardo", EXTRACT_KIND_PERSON);
    expect_claimant("O ministro, Carlos Pardo, falou no aeroporto. Ao fim da tarde, segundo o seu relato, 173 reféns "
                    "tinham sido libertados.", "pt", EXTRACT_EVENT_RELEASE, 173, "Carlos Pardo", EXTRACT_KIND_PERSON);
    expect_claimant("The minister, Carlos Pardo, spoke at the airport. By late afternoon, according to his account, 173 "
                    "hostages had been freed.", "en", EXTRACT_EVENT_RELEASE, 173, "Carlos Pardo", EXTRACT_KIND_PERSON);
    /* distractor: a record that is no account ("su registro penal") gives no speaker */
    expect_claimant("El ministro, Carlos Pardo, habló en el aeropuerto. A última hora, según su registro penal, 173 "
                    "rehenes habían sido liberados.", "es", EXTRACT_EVENT_RELEASE, 173, NULL, EXTRACT_KIND_PERSON);
}
