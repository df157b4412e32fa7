/* test_normalize.c - the normalize stage: byte repair, NFC, line ends, and the folded matching copy with its map
 * back to text offsets (every rule match is reported through that map, so an off-by-one here moves evidence). */
#include <criterion/criterion.h>

#include <stdint.h>
#include <string.h>

#include "normalize.h"

static xi_arena A;

static void arena_init(void) { xi_arena_init(&A); }
static void arena_fini(void) { xi_arena_free(&A); }

TestSuite(normalize, .init = arena_init, .fini = arena_fini);
TestSuite(fold, .init = arena_init, .fini = arena_fini);

static xn_text norm(const char *bytes, size_t len)
{
    xn_text t;
    cr_assert_eq(xn_normalize(bytes, len, &A, &t), 0);
    cr_assert_not_null(t.text);
    cr_assert_eq(strlen(t.text), t.len, "text holds a NUL or len is wrong");
    return t;
}

static xn_fold fold(const char *s)
{
    xn_fold f;
    cr_assert_eq(xn_fold_text(s, strlen(s), &A, &f), 0);
    cr_assert_not_null(f.data);
    cr_assert_eq(strlen(f.data), f.len);
    return f;
}

/* ---- xn_normalize ---- */

Test(normalize, ascii_is_unchanged)
{
    xn_text t = norm("Foro Penal: 80 presos.", 22);
    cr_assert_str_eq(t.text, "Foro Penal: 80 presos.");
    cr_assert_eq(t.n_bad, 0);
}

Test(normalize, empty_input)
{
    xn_text t = norm("", 0);
    cr_assert_str_eq(t.text, "");
    cr_assert_eq(t.n_bad, 0);
}

Test(normalize, invalid_bytes_become_fffd_and_are_counted)
{
    xn_text t = norm("ab\xFF" "cd\x80" "e", 7);
    cr_assert_str_eq(t.text, "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD" "e");
    cr_assert_eq(t.n_bad, 2);
    cr_assert_eq(t.first_bad, 2);
}

Test(normalize, truncated_and_overlong_sequences_are_replaced)
{
    static const struct {
        const char *in;
        size_t len, first;
    } cases[] = {
        {"x\xE2\x82", 3, 1},          /* truncated at the end */
        {"xy\xE2\x82z", 5, 2},        /* truncated before ASCII */
        {"\xC0\xAFz", 3, 0},          /* overlong '/' */
        {"abc\xED\xA0\x80", 6, 3},    /* UTF-8-encoded surrogate */
        {"a\xF4\x90\x80\x80", 5, 1},  /* above U+10FFFF */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        xi_arena_free(&A);
        xn_text t = norm(cases[i].in, cases[i].len);
        cr_assert_geq(t.n_bad, 1, "case %zu: nothing counted as invalid", i);
        cr_assert_eq(t.first_bad, cases[i].first, "case %zu: first_bad %zu, expected %zu", i, t.first_bad,
                     cases[i].first);
        cr_assert_not_null(strstr(t.text, "\xEF\xBF\xBD"), "case %zu: no U+FFFD in the text", i);
        /* no invalid byte survives: every lead byte is followed by its continuation bytes */
        for (size_t k = 0; k < t.len;) {
            int32_t cp;
            int n = xn_decode(t.text + k, t.len - k, &cp);
            cr_assert(n >= 1);
            cr_assert(!(cp == 0xFFFD && memcmp(t.text + k, "\xEF\xBF\xBD", 3) != 0), "case %zu: invalid byte left", i);
            k += (size_t)n;
        }
    }
}

Test(normalize, valid_text_counts_nothing_bad)
{
    const char *s = "Según la ONG, 1.200 “presos” — ñandú € \xF0\x9F\x98\x80";
    xn_text t = norm(s, strlen(s));
    cr_assert_str_eq(t.text, s);
    cr_assert_eq(t.n_bad, 0);
}

Test(normalize, crlf_and_lone_cr_become_lf)
{
    xn_text t = norm("uno\r\ndos\rtres\n\r\ncuatro", 22);
    cr_assert_str_eq(t.text, "uno\ndos\ntres\n\ncuatro");
}

Test(normalize, nul_becomes_fffd)
{
    xn_text t = norm("a\0b", 3);
    cr_assert_eq(t.len, 5);
    cr_assert_str_eq(t.text, "a\xEF\xBF\xBD" "b");
    cr_assert_geq(t.n_bad, 1);
    cr_assert_eq(t.first_bad, 1);
}

Test(normalize, bom_is_skipped)
{
    xn_text t = norm("\xEF\xBB\xBFHola", 7);
    cr_assert_str_eq(t.text, "Hola");
}

/* A BOM in the middle of the text is a character (ZWNBSP), not a mark to drop. */
Test(normalize, only_a_leading_bom_is_skipped)
{
    xn_text t = norm("a\xEF\xBB\xBF" "b", 5);
    cr_assert_str_eq(t.text, "a\xEF\xBB\xBF" "b");
}

Test(normalize, nfd_becomes_nfc)
{
    /* "Según" with u + combining acute, "É" as E + combining acute */
    const char *nfd = "Segu\xCC\x81n E\xCC\x81L";
    xn_text t = norm(nfd, strlen(nfd));
    cr_assert_str_eq(t.text, "Seg\xC3\xBAn \xC3\x89L");
}

Test(normalize, composed_text_with_typographic_signs_is_kept_as_is)
{
    /* accented letters, curly quotes, dashes, the euro sign: already NFC, left alone */
    const char *s = "\xE2\x80\x9CS\xC3\xA3o 12\xE2\x80\x9D \xE2\x80\x94 se\xC3\xB1or, 5 \xE2\x82\xAC";
    xn_text t = norm(s, strlen(s));
    cr_assert_str_eq(t.text, s);
}

Test(normalize, decomposed_text_among_typographic_signs_is_composed)
{
    /* a combining tilde after curly quotes still composes; U+2000 (en quad) becomes its equivalent U+2002 */
    const char *s = "\xE2\x80\x9CSa\xCC\x83o\xE2\x80\x9D\xE2\x80\x80x";
    xn_text t = norm(s, strlen(s));
    cr_assert_str_eq(t.text, "\xE2\x80\x9CS\xC3\xA3o\xE2\x80\x9D\xE2\x80\x82x");
}

Test(normalize, tab_and_other_controls_become_spaces)
{
    xn_text t = norm("a\tb\x0B" "c\x1F" "d\ne", 9);
    cr_assert_str_eq(t.text, "a b c d\ne");
}

/* ---- xn_fold_text ---- */

Test(fold, case_and_accents_are_folded)
{
    xn_fold f = fold("Según ÉL");
    cr_assert_str_eq(f.data, "segun el");
}

Test(fold, portuguese_and_spanish_letters)
{
    xn_fold f = fold("AÇÃO Ñandú São Paulo ÀÖÜ");
    cr_assert_str_eq(f.data, "acao nandu sao paulo aou");
}

Test(fold, typographic_punctuation_becomes_ascii)
{
    /* curly double and single quotes, guillemets, NBSP, narrow NBSP, en and em dashes, minus sign */
    xn_fold f = fold("\xE2\x80\x9C" "a" "\xE2\x80\x9D" " \xE2\x80\x98" "b" "\xE2\x80\x99" " \xC2\xAB" "c" "\xC2\xBB"
                     "\xC2\xA0" "1" "\xE2\x80\xAF" "200 x" "\xE2\x80\x93" "y" "\xE2\x80\x94" "z" "\xE2\x88\x92" "3");
    cr_assert_str_eq(f.data, "\"a\" 'b' \"c\" 1 200 x-y-z-3");
}

Test(fold, ascii_offsets_are_identity)
{
    const char *s = "Foro Penal, 80";
    xn_fold f = fold(s);
    for (size_t i = 0; i <= f.len; i++)
        cr_assert_eq(xn_map(&f, i), i, "map[%zu] = %zu", i, xn_map(&f, i));
}

/* Every folded byte maps to the first byte of the source character it came from, the map never goes backwards,
 * and map[len] is the source length. */
Test(fold, map_points_at_character_starts)
{
    const char *s = "Él dijo: “Straße” — 1\xC2\xA0" "200 presos en São Paulo, ﬁn";
    size_t sl = strlen(s);
    xn_fold f = fold(s);
    cr_assert_eq(xn_map(&f, f.len), sl);
    for (size_t i = 0; i < f.len; i++) {
        cr_assert_lt(xn_map(&f, i), sl);
        cr_assert_neq((unsigned char)s[xn_map(&f, i)] & 0xC0, 0x80, "map[%zu] = %zu is inside a character", i, xn_map(&f, i));
        if (i)
            cr_assert_geq(xn_map(&f, i), xn_map(&f, i - 1), "map goes backwards at %zu", i);
    }
}

/* The map is kept as a base per block of folded bytes and a byte of distance per folded byte: a text long
 * enough to span many blocks, with accented letters, expansions and 3-byte quotes among them, maps every byte
 * exactly as a plain table built alongside would (source offsets of each character's folded bytes). */
Test(fold, compact_map_over_many_blocks)
{
    static const char *parts[] = {"Según ", "ÉL ", "dijo ", "“", "Straße", "” ", "— ", "1\xC2\xA0" "200 ", "presos ",
                                  "en ", "São ", "Paulo, ", "ﬁn. ", "x "};
    char s[8192];
    uint32_t want[8192];
    size_t sl = 0, fl = 0;
    for (int k = 0; sl < 6000; k++) {
        const char *p = parts[k % 14];
        xn_fold one = fold(p);
        for (size_t i = 0; i < one.len; i++)
            want[fl + i] = (uint32_t)(sl + xn_map(&one, i));
        memcpy(s + sl, p, strlen(p));
        sl += strlen(p);
        fl += one.len;
    }
    s[sl] = '\0';
    xn_fold f = fold(s);
    cr_assert_null(f.wide, "this text needs no wide map");
    cr_assert_eq(f.len, fl);
    for (size_t i = 0; i < f.len; i++)
        cr_assert_eq(xn_map(&f, i), want[i], "map[%zu] = %zu, want %u", i, xn_map(&f, i), want[i]);
    cr_assert_eq(xn_map(&f, f.len), sl);
}

/* Combining marks fold to nothing, so a run of them (not NFC, but xn_fold_text takes any valid UTF-8) puts
 * more than 255 source bytes between two folded bytes of one block: the map is then a plain table. */
Test(fold, long_runs_of_stripped_marks_take_a_wide_map)
{
    char s[1024];
    size_t sl = 0;
    s[sl++] = 'x';
    for (int k = 0; k < 200; k++) {
        s[sl++] = '\xCC';
        s[sl++] = '\x81';
    }
    memcpy(s + sl, "Yz", 3);
    xn_fold f = fold(s);
    cr_assert_str_eq(f.data, "xyz");
    cr_assert_not_null(f.wide);
    cr_assert_eq(xn_map(&f, 0), 0);
    cr_assert_eq(xn_map(&f, 1), 401);
    cr_assert_eq(xn_map(&f, 2), 402);
    cr_assert_eq(xn_map(&f, 3), 403);
}

/* Finds needle in the folded text and returns the source substring the span maps back to. */
static const char *unfold_find(const xn_fold *f, const char *src, const char *needle, char *buf, size_t buflen)
{
    const char *at = strstr(f->data, needle);
    cr_assert_not_null(at, "\"%s\" not found in the folded text \"%s\"", needle, f->data);
    size_t fs = (size_t)(at - f->data), fe = fs + strlen(needle), ts, te;
    xn_unfold_span(f, fs, fe, &ts, &te);
    cr_assert_leq(ts, te);
    cr_assert_lt(te - ts, buflen);
    memcpy(buf, src + ts, te - ts);
    buf[te - ts] = '\0';
    return buf;
}

Test(fold, spans_map_back_to_the_original_substring)
{
    const char *s = "Según ÉL dijo: “Straße” — 1.200 presos en São Paulo.";
    xn_fold f = fold(s);
    cr_assert_str_eq(f.data, "segun el dijo: \"strasse\" - 1.200 presos en sao paulo.");
    char buf[128];
    cr_assert_str_eq(unfold_find(&f, s, "segun", buf, sizeof buf), "Según");
    cr_assert_str_eq(unfold_find(&f, s, "el", buf, sizeof buf), "ÉL");
    cr_assert_str_eq(unfold_find(&f, s, "strasse", buf, sizeof buf), "Straße");
    cr_assert_str_eq(unfold_find(&f, s, "\"strasse\"", buf, sizeof buf), "“Straße”");
    cr_assert_str_eq(unfold_find(&f, s, "- 1.200", buf, sizeof buf), "— 1.200");
    cr_assert_str_eq(unfold_find(&f, s, "sao paulo", buf, sizeof buf), "São Paulo");
    cr_assert_str_eq(unfold_find(&f, s, "ss", buf, sizeof buf), "ß");
}

Test(fold, fold_str_returns_a_terminated_copy)
{
    char *p = xn_fold_str("Miércoles 14 ENE.", strlen("Miércoles 14 ENE."), &A);
    cr_assert_not_null(p);
    cr_assert_str_eq(p, "miercoles 14 ene.");
    /* only len bytes are read */
    p = xn_fold_str("ÉLxyz", 3, &A);
    cr_assert_str_eq(p, "el");
}

Test(fold, empty_text)
{
    xn_fold f = fold("");
    cr_assert_eq(f.len, 0);
    cr_assert_eq(xn_map(&f, 0), 0);
}

/* The full pipeline: normalize then fold, with CRLF and NFD input. */
Test(fold, normalized_then_folded)
{
    const char *raw = "Dijo E\xCC\x81L:\r\n“80 presos”";
    xn_text t = norm(raw, strlen(raw));
    xn_fold f;
    cr_assert_eq(xn_fold_text(t.text, t.len, &A, &f), 0);
    cr_assert_str_eq(f.data, "dijo el:\n\"80 presos\"");
    char buf[64];
    cr_assert_str_eq(unfold_find(&f, t.text, "el", buf, sizeof buf), "ÉL");
}

/* Folding is first tried within a tight bound (a little more than the text's length) and redone with the sure one
 * (four times) when a text grows past it: a run of "½" (two bytes) folds to "1⁄2" (five bytes) each. */
Test(fold, text_that_grows_past_the_tight_bound_is_folded_whole)
{
    char s[2 * 400 + 1];
    for (int i = 0; i < 400; i++)
        memcpy(s + 2 * i, "\xC2\xBD", 2);
    s[800] = '\0';
    xn_fold f = fold(s);
    cr_assert_eq(f.len, 5 * 400);
    for (int i = 0; i < 400; i++) {
        cr_assert_eq(memcmp(f.data + 5 * i, "1\xE2\x81\x84" "2", 5), 0);
        cr_assert_eq(xn_map(&f, 5 * (size_t)i + 4), 2 * (size_t)i);
    }
    cr_assert_eq(xn_map(&f, f.len), 800);
    /* and a text within it as before */
    xn_fold g = fold("Liberados 30 ½ presos");
    cr_assert_str_eq(g.data, "liberados 30 1\xE2\x81\x84" "2 presos");
}
