/* test_hostages17.c - hostage crises and mass abductions (seventeenth session, patterns/{es,pt,en}/events17.pat):
 * the taking is a detention, the captivity told by the captors or by those still inside or not back home is held,
 * and rescues, captives let out or taken out of the seized site are releases. Sentences written for these tests, in
 * Spanish, Portuguese and English, with distractors that must keep their current output. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(hostages17, .init = setup, .fini = teardown);

/* "tomaron como rehenes a 40 pasajeros", "foram feitos reféns", "took 40 passengers hostage": the taking. */
Test(hostages17, the_taking_is_a_detention)
{
    expect_event("Los piratas tomaron como rehenes a 40 pasajeros del ferry.", "es", 40, DET);
    expect_event("Unos 120 turistas fueron tomados como rehenes en el hotel.", "es", 120, DET);
    expect_event("Cerca de 120 turistas foram feitos reféns no hotel.", "pt", 120, DET);
    expect_event("The pirates took 40 passengers hostage on the ferry.", "en", 40, DET);
    expect_event("Some 120 tourists were taken captive at the hotel.", "en", 120, DET);
    expect_event("Villagers said about 35 pupils had been taken.", "en", 35, DET);
    /* distractors: hostages with no taking word stay held (also when they take a plane); people taken to hospital */
    expect_event("Los piratas mantienen a bordo a 40 rehenes.", "es", 40, HELD);
    expect_event("Os 40 reféns tomaram o avião para casa.", "pt", 40, HELD);
    expect_event("Three workers had been taken to hospital.", "en", 3, NONE);
}

/* "dicen tener en su poder a 30 alumnos", "os sequestradores estão com 30 alunos", "the captors still have 30". */
Test(hostages17, the_captors_holding_them_is_held)
{
    expect_event("El grupo armado dice tener en su poder a 30 alumnos.", "es", 30, HELD);
    expect_event("Los guerrilleros retienen a unas 70 personas en la finca.", "es", 70, HELD);
    expect_event("O grupo armado diz ter em seu poder 30 alunos.", "pt", 30, HELD);
    expect_event("Segundo a polícia, os sequestradores estão com 30 alunos.", "pt", 30, HELD);
    expect_event("Police believe the kidnappers still have 30 pupils.", "en", 30, HELD);
    /* distractor: a figure the captors demand is not theirs to hold */
    expect_event("El grupo armado exige la liberación de 12 combatientes presos.", "es", 12, HELD);
}

/* "los 25 que siguen en manos de", "ainda ficavam lá dentro 25", "had not returned home": still held. */
Test(hostages17, those_still_inside_or_not_home_are_held)
{
    expect_event("La policía cifró en 25 los estudiantes que seguían en manos de la milicia.", "es", 25, HELD);
    expect_event("A polícia estimou em 25 os estudantes que continuavam em poder da milícia.", "pt", 25, HELD);
    expect_event("Al caer la noche todavía quedaban dentro unos 25 empleados.", "es", 25, HELD);
    expect_event("Ao fim da tarde ainda ficavam lá dentro 25 funcionários.", "pt", 25, HELD);
    expect_event("Según los padres, 12 alumnos no han regresado a sus casas.", "es", 12, HELD);
    expect_event("Segundo os pais, 12 alunos ainda não voltaram.", "pt", 12, HELD);
    expect_event("Parents said 12 pupils had not returned home.", "en", 12, HELD);
    expect_event("Según el gobierno, unas 40 colegialas siguen desaparecidas.", "es", 40, HELD);
    expect_event("Segundo o governo, cerca de 40 alunas continuam desaparecidas.", "pt", 40, HELD);
    expect_event("The governor said no more than 40 schoolgirls were still missing.", "en", 40, HELD);
    expect_event("Rescuers said 40 people were still missing after the flood.", "en", 40, NONE);
    /* distractors: those who did come home are freed; prisoners not back from a leave are held by no one */
    expect_event("Según los padres, 12 alumnos han regresado a sus casas.", "es", 12, REL);
    expect_event("Até sexta, 112 deles ainda não tinham retornado à cadeia.", "pt", 112, NONE);
}

/* "dejaron salir a", "foram resgatados", "rescued", "retirados do edifício": the way out. */
Test(hostages17, captives_let_out_or_rescued_are_freed)
{
    expect_event("Los asaltantes dejaron salir por la tarde a nueve rehenes enfermos.", "es", 9, REL);
    expect_event("Los negociadores sacaron de la embajada a seis rehenes.", "es", 6, REL);
    expect_event("La marina rescató a 18 marineros secuestrados.", "es", 18, REL);
    expect_event("Os 18 marinheiros foram resgatados pela marinha.", "pt", 18, REL);
    expect_event("Mais de 300 reféns foram retirados do teatro durante a noite.", "pt", 300, REL);
    expect_event("Navy commandos rescued 18 kidnapped sailors.", "en", 18, REL);
    /* distractors: a rescue operation counts its dead, and a thing let out is no one */
    expect_event("La operación de rescate costó la vida a ocho soldados.", "es", 8, NONE);
    expect_event("Quatro deles desmaiaram e foram retirados da sala.", "pt", 4, NONE);
}

/* "el paradero de ocho rehenes", "the whereabouts of eight hostages": people nobody knows where to find are held by
 * no one the text names. */
Test(hostages17, whereabouts_unknown_are_no_claim)
{
    expect_event("Según la empresa, el paradero de ocho rehenes sigue sin conocerse.", "es", 8, NONE);
    expect_event("Segundo a empresa, o paradeiro de oito deles continua desconhecido.", "pt", 8, NONE);
    expect_event("According to the company, the whereabouts of eight hostages remain unknown.", "en", 8, NONE);
    /* distractor: hostages still held keep their claim */
    expect_event("Según la empresa, ocho rehenes siguen en manos del grupo.", "es", 8, HELD);
}

/* "unos 30 hombres asaltaron la escuela y secuestraron a 300": the attackers' figure is no one taken. */
Test(hostages17, the_attackers_are_not_taken)
{
    expect_event("Unos 400 estudiantes asaltaron la embajada y tomaron como rehenes a 60 diplomáticos.", "es", 400, NONE);
    expect_event("Cerca de 30 homens armados invadiram a escola e sequestraram 300 alunos.", "pt", 30, NONE);
    expect_event("Some 30 gunmen stormed the school and abducted 300 pupils.", "en", 30, NONE);
    /* distractors: those taken keep their detention; a figure held "por el asalto" keeps its held */
    expect_event("Cerca de 30 homens armados invadiram a escola e sequestraram 300 alunos.", "pt", 300, DET);
    expect_event("Some 30 gunmen stormed the school and abducted 300 pupils.", "en", 300, DET);
    expect_event("Hoy permanecen presas 90 personas por el asalto al parlamento.", "es", 90, HELD);
}
