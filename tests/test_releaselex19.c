/* test_releaselex19.c - ways of telling a release that no release word read before the nineteenth session
 * (patterns/{es,pt,en}/events19r.pat and the verb lexicons of scripts/verb-forms): freedom, parole or clemency
 * granted, bail, commutations of prison terms, trades, the way out of a seized place, people handed back, sent to
 * a third country, flown home, back with their families, expulsions. Sentences written
 * for these tests, in Spanish, Portuguese and English, with distractors that must keep their claim. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>

#include "claims_support.h"

TestSuite(releaselex19, .init = setup, .fini = teardown);

/* Captives flying home, and finding one's family again, are the way home of people freed. */
Test(releaselex19, flown_home_and_back_with_their_families)
{
    expect_event("Twenty-two hostages flew home on Monday.", "en", 22, REL);
    expect_event("Twenty-two prisoners were flown home on Monday.", "en", 22, REL);
    expect_event("Veintidós rehenes volaron a casa el lunes.", "es", 22, REL);
    expect_event("Vinte e dois reféns voaram para casa na segunda-feira.", "pt", 22, REL);
    expect_event("Forty-one detainees are now back with their families.", "en", 41, REL);
    expect_event("Cuarenta y un detenidos ya están con sus familias.", "es", 41, REL);
    expect_event("Cuarenta y un detenidos se reencontraron con sus familias.", "es", 41, REL);
    expect_event("Quarenta e um detidos reencontraram as famílias.", "pt", 41, REL);
    /* distractors: evacuees and tourists fly home too; a prison visit is no release; people sent back to prison
     * are held */
    expect_event("More than 300 tourists were flown home from the island.", "en", 300, NONE);
    expect_event("Treinta turistas volaron a casa tras el huracán.", "es", 30, NONE);
    expect_event("Trinta turistas voaram para casa depois do furacão.", "pt", 30, NONE);
    expect_event("Cuarenta y un presos se reunieron con sus familias en el locutorio.", "es", 41, NONE);
    expect_event("Forty-one prisoners were sent back to prison.", "en", 41, HELD);
}

/* Freedom, parole or clemency granted; bail; a commutation of prison terms. */
Test(releaselex19, freedom_granted_bail_and_commutations)
{
    expect_event("The board granted parole to 64 inmates.", "en", 64, REL);
    expect_event("Sixty-four inmates were given their freedom.", "en", 64, REL);
    expect_event("El juez concedió la libertad condicional a 64 internos.", "es", 64, REL);
    expect_event("O juiz concedeu liberdade condicional a 64 reclusos.", "pt", 64, REL);
    expect_event("A magistrate bailed 64 activists on Tuesday.", "en", 64, REL);
    expect_event("The governor commuted the sentences of 64 inmates.", "en", 64, REL);
    expect_event("El presidente conmutó las penas de 64 reclusos.", "es", 64, REL);
    expect_event("O presidente comutou as penas de 64 reclusos.", "pt", 64, REL);
    /* distractors: parole refused, and death sentences commuted to prison terms, free no one */
    expect_event("The board denied parole to 64 inmates.", "en", 64, HELD);
    expect_event("El presidente conmutó las penas de 64 reclusos condenados a muerte.", "es", 64, HELD);
    expect_event("O presidente comutou as penas de 64 reclusos condenados à morte.", "pt", 64, HELD);
}

/* The way out of a seized place, captives handed back or let go, and people traded. */
Test(releaselex19, captives_let_out_handed_back_or_traded)
{
    expect_event("Seventeen hostages made it out alive.", "en", 17, REL);
    expect_event("Seventeen hostages were led out of the embassy.", "en", 17, REL);
    expect_event("Seventeen hostages were handed back on Sunday.", "en", 17, REL);
    expect_event("The gunmen let 17 hostages go.", "en", 17, REL);
    expect_event("Kyiv traded 17 prisoners for a pilot.", "en", 17, REL);
    expect_event("Los captores dejaron ir a 17 rehenes.", "es", 17, REL);
    expect_event("Los asaltantes permitieron la salida de al menos 17 personas.", "es", 17, REL);
    expect_event("Diecisiete rehenes lograron salir con vida.", "es", 17, REL);
    expect_event("Diecisiete rehenes fueron devueltos el domingo.", "es", 17, REL);
    expect_event("Dezassete reféns conseguiram sair com vida.", "pt", 17, REL);
    /* distractors: defendants led out of court and people sent back to prison are still held; workers out of a
     * fire were no one's captives */
    expect_event("Thirty students made it out of the school before the fire spread.", "en", 30, NONE);
    expect_event("Treinta trabajadores lograron salir con vida del incendio.", "es", 30, NONE);
    expect_event("Seventeen prisoners were led out of court in handcuffs.", "en", 17, HELD);
    expect_event("Diecisiete presos fueron devueltos a la cárcel.", "es", 17, HELD);
}

/* Sent to a third country or resettled, brought back, expelled. */
Test(releaselex19, transfers_returns_and_their_own_release)
{
    expect_event("Nine detainees were transferred to third countries.", "en", 9, REL);
    expect_event("Nueve detenidos fueron enviados a terceros países.", "es", 9, REL);
    expect_event("Nove detidos foram reassentados no Uruguai.", "pt", 9, REL);
    expect_event("O governo afirma ter trazido de volta nove cidadãos presos no estrangeiro.", "pt", 9, REL);
    expect_event("Tehran announced the expulsion of nine spies.", "en", 9, REL);
    /* distractors: a transfer to another prison is no release; an expulsion of diplomats counts no one */
    expect_event("Nine detainees were transferred to another prison.", "en", 9, HELD);
    expect_event("Moscow announced the expulsion of nine diplomats.", "en", 9, NONE);
}

/* Freedom achieved or received, bail paid, the prison gates, exile, and the nouns of a handover. */
Test(releaselex19, freedom_received_bail_paid_and_handovers)
{
    expect_event("Veintiocho presos lograron la libertad tras el acuerdo.", "es", 28, REL);
    expect_event("Vinte e oito presos alcançaram a liberdade após o acordo.", "pt", 28, REL);
    expect_event("Twenty-eight prisoners were set at liberty after the deal.", "en", 28, REL);
    expect_event("Twenty-eight protesters posted bail on Thursday.", "en", 28, REL);
    expect_event("Veintiocho presos cruzaron la puerta de la cárcel.", "es", 28, REL);
    expect_event("Vinte e oito presos foram enviados para o exílio.", "pt", 28, REL);
    expect_event("The handover of 28 hostages took place at the border.", "en", 28, REL);
    expect_event("La repatriación de 28 presos se hizo por avión.", "es", 28, REL);
    expect_event("A entrega de 28 reféns aconteceu na fronteira.", "pt", 28, REL);
    /* distractors: a shorter term frees no one yet, and a handover of things counts no one */
    expect_event("Twenty-eight prisoners had their sentences commuted.", "en", 28, NONE);
    expect_event("The handover of 28 tanks took place at the border.", "en", 28, NONE);
    expect_event("A entrega de 28 armas aconteceu na fronteira.", "pt", 28, NONE);
}
