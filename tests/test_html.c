/* test_html.c - the html stage: encodings, entities, boilerplate removal, headline, metadata precedence,
 * captions, sniffing, malformed and hostile markup. Fixture pages live in tests/data/html/ (written for
 * these tests); small cases are inline. */
#include <criterion/criterion.h>
#include <criterion/redirect.h>

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"

#ifndef EXTRACT_TEST_DATA
#define EXTRACT_TEST_DATA "tests/data"
#endif

static xi_arena arena;
static xh_page page;
static char err[256];

static void setup(void)
{
    xi_arena_init(&arena);
    memset(&page, 0, sizeof page);
    err[0] = '\0';
}

static void teardown(void) { xi_arena_free(&arena); }

TestSuite(html, .init = setup, .fini = teardown, .timeout = 120);

/* Reads a fixture page from tests/data/html. */
static char *read_fixture(const char *name, size_t *len)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/html/%s", EXTRACT_TEST_DATA, name);
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    cr_assert_not_null(b);
    cr_assert_eq(fread(b, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    b[n] = '\0';
    *len = (size_t)n;
    return b;
}

/* Parses bytes into the global page and asserts success. */
static void parse_bytes(const char *bytes, size_t len)
{
    int rc = xh_parse(bytes, len, &arena, &page, err, sizeof err);
    cr_assert_eq(rc, 0, "xh_parse failed: %s", err);
    cr_assert_not_null(page.text);
    cr_assert_eq(strlen(page.text), page.text_len);
}

static void parse_str(const char *html) { parse_bytes(html, strlen(html)); }

static void parse_fixture(const char *name)
{
    size_t n;
    char *b = read_fixture(name, &n);
    parse_bytes(b, n);
    free(b);
}

/* Strict UTF-8 validation, independent of the code under test. */
static int valid_utf8(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned char c = u[i];
        size_t k;
        uint32_t cp;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            k = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            k = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            k = 4;
            cp = c & 0x07;
        } else {
            return 0;
        }
        if (i + k > n)
            return 0;
        for (size_t j = 1; j < k; j++) {
            if ((u[i + j] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (u[i + j] & 0x3F);
        }
        if ((k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += k;
    }
    return 1;
}

/* The block structure the stage promises: blocks separated by exactly "\n\n", none empty, none padded. */
static void assert_block_shape(const char *t)
{
    size_t n = strlen(t);
    cr_assert(valid_utf8(t, n), "text is not valid UTF-8");
    if (!n)
        return;
    cr_assert(t[0] != ' ' && t[0] != '\n', "text starts with whitespace");
    cr_assert(t[n - 1] != ' ' && t[n - 1] != '\n', "text ends with whitespace");
    cr_assert_null(strstr(t, "\n\n\n"), "empty block");
    cr_assert_null(strstr(t, " \n"), "block with trailing space");
    cr_assert_null(strstr(t, "\n "), "block with leading space");
    cr_assert_null(strstr(t, "  "), "uncollapsed whitespace");
    cr_assert_null(strchr(t, '\t'));
    cr_assert_null(strchr(t, '\r'));
    for (const char *p = t; (p = strchr(p, '\n')) != NULL; p += 2)
        cr_assert(p[1] == '\n', "single newline inside the text");
}

/* Whether text begins with prefix. */
static int starts_with(const char *text, const char *prefix) { return strncmp(text, prefix, strlen(prefix)) == 0; }

/* Whether a byte range lies inside one of the recorded caption spans. */
static int in_caption(size_t start, size_t end)
{
    for (size_t i = 0; i < page.n_caption_spans; i++)
        if (page.caption_spans[2 * i] <= start && end <= page.caption_spans[2 * i + 1])
            return 1;
    return 0;
}

/* ------------------------------------------------------------------------------------------------------
 * Sniffing
 * --------------------------------------------------------------------------------------------------- */

Test(html, sniff_markup_and_text)
{
    cr_assert_eq(xh_sniff("<!DOCTYPE html><html><body>x</body></html>", 42), 1);
    const char *lead = "\n\n   <html lang=\"es\"><p>hola</p>";
    cr_assert_eq(xh_sniff(lead, strlen(lead)), 1);
    const char *bom = "\xEF\xBB\xBF<p>Texto</p>";
    cr_assert_eq(xh_sniff(bom, strlen(bom)), 1);
    const char *div = "<div class=\"a\">x</div>";
    cr_assert_eq(xh_sniff(div, strlen(div)), 1);
    const char *cmt = "<!-- generated --><head><title>t</title></head>";
    cr_assert_eq(xh_sniff(cmt, strlen(cmt)), 1);
    const char *u16 = "\xFF\xFE<\0h\0t\0m\0l\0>\0";
    cr_assert_eq(xh_sniff(u16, 14), 1);

    const char *text = "El ministro dijo que 5 < 7 y que la cifra de presos es <menor> a la anunciada.\n\n"
                       "Otro párrafo menciona <p> como etiqueta.";
    cr_assert_eq(xh_sniff(text, strlen(text)), 0);
    const char *heart = "<3 Liberaron a mi hermano hoy.";
    cr_assert_eq(xh_sniff(heart, strlen(heart)), 0);
    const char *plain = "CARACAS (EFE) - El gobierno liberó a 100 presos.";
    cr_assert_eq(xh_sniff(plain, strlen(plain)), 0);
    cr_assert_eq(xh_sniff("", 0), 0);
    cr_assert_eq(xh_sniff(NULL, 0), 0);
}

/* ------------------------------------------------------------------------------------------------------
 * Encodings
 * --------------------------------------------------------------------------------------------------- */

Test(html, charset_windows_1252_declared)
{
    parse_str("<html><head><meta charset=\"windows-1252\"><title>t</title></head><body>"
              "<p>Liberaci\xf3n de presos: \x93son 40\x94, dijo la ministra en Bras\xedlia \x96 jueves.</p>"
              "</body></html>");
    cr_assert_str_eq(page.charset, "windows-1252");
    cr_assert(strstr(page.text, "Liberación de presos: “son 40”, dijo la ministra en Brasília – jueves."),
              "got: %s", page.text);
}

Test(html, charset_iso_8859_1_declared_reads_as_cp1252)
{
    parse_str("<html><head><meta charset=\"ISO-8859-1\"></head><body>"
              "<p>A Defensoria afirmou: \x93" "foram soltos 12 detentos\x94 na ter\xe7" "a-feira.</p></body></html>");
    cr_assert_str_eq(page.charset, "windows-1252");
    cr_assert(strstr(page.text, "A Defensoria afirmou: “foram soltos 12 detentos” na terça-feira."), "got: %s",
              page.text);
}

Test(html, charset_http_equiv)
{
    parse_str("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
              "</head><body><p>Se\xf1or \xc1lvarez, excarcelaci\xf3n.</p></body></html>");
    cr_assert_str_eq(page.charset, "windows-1252");
    cr_assert(strstr(page.text, "Señor Álvarez, excarcelación."), "got: %s", page.text);
}

Test(html, charset_utf8_bom_overrides_declaration)
{
    parse_str("\xEF\xBB\xBF<html><head><meta charset=\"iso-8859-1\"></head><body>"
              "<p>Excarcelación de 25 personas en Mérida</p></body></html>");
    cr_assert_str_eq(page.charset, "UTF-8");
    cr_assert_str_eq(page.text, "Excarcelación de 25 personas en Mérida");
}

Test(html, charset_wrong_utf8_declaration_with_cp1252_bytes)
{
    parse_str("<html><head><meta charset=\"utf-8\"></head><body>"
              "<p>La ONG inform\xf3 que \x93m\xe1s de 200\x94 detenidos siguen sin abogado en Cuman\xe1.</p>"
              "</body></html>");
    cr_assert_str_eq(page.charset, "windows-1252");
    cr_assert(strstr(page.text, "La ONG informó que “más de 200” detenidos siguen sin abogado en Cumaná."),
              "got: %s", page.text);
}

Test(html, charset_legacy_declaration_but_utf8_bytes)
{
    parse_str("<html><head><meta charset=\"windows-1252\"></head><body>"
              "<p>Libertação de presos em São Paulo</p></body></html>");
    cr_assert_str_eq(page.charset, "UTF-8");
    cr_assert_str_eq(page.text, "Libertação de presos em São Paulo");
}

Test(html, charset_undeclared_cp1252)
{
    parse_str("<html><body><p>Detenci\xf3n de 8 estudiantes en Le\xf3n</p></body></html>");
    cr_assert_str_eq(page.charset, "windows-1252");
    cr_assert_str_eq(page.text, "Detención de 8 estudiantes en León");
}

Test(html, charset_utf16_with_bom)
{
    const char *ascii = "<html><body><p>Liberados: 30</p></body></html>";
    size_t n = strlen(ascii);
    char *b = malloc(2 + 2 * n + 2);
    cr_assert_not_null(b);
    b[0] = (char)0xFF;
    b[1] = (char)0xFE;
    for (size_t i = 0; i < n; i++) {
        b[2 + 2 * i] = ascii[i];
        b[3 + 2 * i] = 0;
    }
    /* "é" (U+00E9) before the closing tags */
    parse_bytes(b, 2 + 2 * n);
    free(b);
    cr_assert_str_eq(page.charset, "UTF-16LE");
    cr_assert_str_eq(page.text, "Liberados: 30");
}

Test(html, charset_other_via_iconv)
{
    /* ISO-8859-15 has the euro sign at 0xA4 (cp1252 would read it as a currency sign) */
    parse_str("<html><head><meta charset=\"iso-8859-15\"></head><body><p>Fianza de 500 \xa4 por preso</p>"
              "</body></html>");
    cr_assert_str_eq(page.charset, "iso-8859-15");
    cr_assert_str_eq(page.text, "Fianza de 500 € por preso");
}

Test(html, output_is_valid_utf8_for_binary_junk)
{
    unsigned char junk[4096];
    uint32_t x = 12345;
    for (size_t i = 0; i < sizeof junk; i++) {
        x = x * 1103515245u + 12345u;
        junk[i] = (unsigned char)(x >> 16);
    }
    memcpy(junk, "<p>", 3);
    parse_bytes((const char *)junk, sizeof junk);
    cr_assert(valid_utf8(page.text, page.text_len));
    cr_assert_null(memchr(page.text, '\0', page.text_len));
}

/* ------------------------------------------------------------------------------------------------------
 * Entities and whitespace
 * --------------------------------------------------------------------------------------------------- */

Test(html, entities_decoded_nbsp_is_space)
{
    parse_str("<html><body><p>Excarcelaci&oacute;n en C&aacute;rdenas: &ldquo;fueron 12&rdquo;, dijo&nbsp;el "
              "fiscal &#233;l mismo &#xE9; &amp; &#147;otro&#148; &lt;dato&gt;.</p></body></html>");
    cr_assert_str_eq(page.text,
                     "Excarcelación en Cárdenas: “fueron 12”, dijo el fiscal él mismo é & “otro” <dato>.");
    cr_assert_null(strstr(page.text, "\xc2\xa0"), "NBSP must come out as a plain space");
}

Test(html, whitespace_collapsed_and_blocks)
{
    parse_str("<html><body><div>\n  <p>  Primer   párrafo\n\t con   espacios. </p>\n"
              "<p>Línea uno<br>Línea dos<br><br>  </p><ul><li>Punto A</li><li> Punto B </li></ul>"
              "<p>   </p><h2>Subtítulo</h2><blockquote>Una cita</blockquote>"
              "<p>Palabra<b>pegada</b> y <i>separada</i>.</p></div></body></html>");
    cr_assert_str_eq(page.text, "Primer párrafo con espacios.\n\nLínea uno\n\nLínea dos\n\nPunto A\n\nPunto B\n\n"
                                "Subtítulo\n\nUna cita\n\nPalabrapegada y separada.");
    assert_block_shape(page.text);
}

/* ------------------------------------------------------------------------------------------------------
 * Article extraction
 * --------------------------------------------------------------------------------------------------- */

Test(html, full_page_spanish)
{
    parse_fixture("es_noticia.html");
    assert_block_shape(page.text);
    const char *h = "Gobierno anuncia la excarcelación de 120 detenidos\n\n";
    cr_assert(starts_with(page.text, h), "headline must be the first block: %s", page.text);
    cr_assert_str_eq(page.title, "Gobierno anuncia la excarcelación de 120 detenidos");
    /* standfirst right after the headline, then byline, body in order */
    const char *order[] = {"Las autoridades afirmaron que las liberaciones comenzaron el martes",
                           "El ministro del Interior, Ramón Ferrer, declaró el martes que 120 personas",
                           "proceso continuará “en los próximos días”.",
                           "hasta el miércoles había confirmado 87 excarcelaciones.",
                           "Reclamo de los familiares",
                           "“Queremos una lista con nombres”, dijo Marta Gómez",
                           "al menos 40 detenidos no han tenido acceso"};
    const char *prev = page.text;
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        const char *p = strstr(page.text, order[i]);
        cr_assert_not_null(p, "missing: %s\n---\n%s", order[i], page.text);
        cr_assert(p >= prev, "out of order: %s", order[i]);
        prev = p;
    }
    /* every piece of boilerplate on the page mentions "300 presos" */
    cr_assert_null(strstr(page.text, "300"), "boilerplate leaked:\n%s", page.text);
    cr_assert_null(strstr(page.text, "Lea también"));
    cr_assert_null(strstr(page.text, "Noticias relacionadas"));
    cr_assert_null(strstr(page.text, "Más leídas"));
    cr_assert_null(strstr(page.text, "Comentarios"));
    cr_assert_null(strstr(page.text, "Publicidad"));
    cr_assert_null(strstr(page.text, "Política\n"), "kicker/menu leaked");
    cr_assert_null(strstr(page.text, "Facebook"));
    cr_assert_null(strstr(page.text, "Inicio"));
    cr_assert_null(strstr(page.text, "derechos reservados"));
}

Test(html, sidebar_related_comments_removed)
{
    /* no class vocabulary on the sidebar: structure alone must exclude it */
    parse_str("<html><body><div id=\"wrap\"><div class=\"col-8\">"
              "<h1>Tribunal ordena liberar a 15 manifestantes</h1>"
              "<p>Un tribunal de control ordenó este lunes la liberación de 15 manifestantes detenidos en la "
              "plaza central, informó la defensa, que había denunciado irregularidades en las detenciones.</p>"
              "<p>La fiscalía, por su parte, anunció que apelará la decisión, al considerar que existen "
              "elementos suficientes para mantener la medida privativa de libertad.</p>"
              "<div class=\"related-stories\"><p>Ya son 300 presos en el estado, según una ONG que lleva la "
              "cuenta desde hace meses, aunque el gobierno lo niega.</p></div>"
              "</div><div class=\"col-4\"><ul><li><a href=\"/1\">Liberan a 300 presos en el sur</a></li>"
              "<li><a href=\"/2\">Nueva ley de amnistía</a></li><li><a href=\"/3\">Protestas en la capital</a>"
              "</li></ul></div></div>"
              "<div id=\"disqus_thread\"><p>Comentario: en realidad son 300 presos, no 15, dice un lector "
              "que asegura conocer los datos, y otros lo apoyan.</p></div></body></html>");
    cr_assert(strstr(page.text, "liberación de 15 manifestantes"), "%s", page.text);
    cr_assert(strstr(page.text, "anunció que apelará la decisión"), "%s", page.text);
    cr_assert_null(strstr(page.text, "300"), "boilerplate leaked:\n%s", page.text);
}

Test(html, most_read_heading_and_leia_tambem_without_classes)
{
    parse_str("<html><body><div><h1>Justiça solta 9 presos</h1>"
              "<p>A Justiça mandou soltar nove presos nesta sexta-feira, segundo a Defensoria Pública, que "
              "pediu a revisão das prisões preventivas decretadas em dezembro.</p>"
              "<p><strong>Leia também:</strong> <a href=\"/x\">Governo liberta 300 presos</a></p>"
              "<p>O tribunal estadual confirmou a decisão em nota oficial divulgada à tarde e disse que os "
              "casos restantes serão analisados na próxima semana.</p>"
              "<h3>Mais lidas</h3><ol><li><a href=\"/a\">300 presos deixam cadeia</a></li>"
              "<li><a href=\"/b\">Chuva forte na capital</a></li></ol></div></body></html>");
    cr_assert(strstr(page.text, "nove presos nesta sexta-feira"), "%s", page.text);
    cr_assert(strstr(page.text, "confirmou a decisão em nota oficial"), "%s", page.text);
    cr_assert_null(strstr(page.text, "300"), "%s", page.text);
    cr_assert_null(strstr(page.text, "Mais lidas"), "%s", page.text);
    cr_assert_null(strstr(page.text, "Leia também"), "%s", page.text);
}

Test(html, scripts_styles_forms_iframes_dropped)
{
    parse_str("<html><head><style>p{color:red}</style></head><body><article><h1>Título de prueba largo</h1>"
              "<script>var x = '300 presos';</script><noscript>Active JavaScript 300</noscript>"
              "<p>Los detenidos fueron trasladados al centro penitenciario de la ciudad, según la policía "
              "regional, que no dio más detalles sobre el procedimiento.</p>"
              "<template><p>300 en plantilla</p></template><svg><text>300 svg</text></svg>"
              "<iframe src=\"x\">300 iframe</iframe><form><label>Correo 300</label><input></form>"
              "<button>Compartir 300</button><div hidden>300 oculto</div>"
              "<div style=\"display: none\">300 invisible</div></article></body></html>");
    cr_assert(strstr(page.text, "trasladados al centro penitenciario"), "%s", page.text);
    cr_assert_null(strstr(page.text, "300"), "%s", page.text);
}

Test(html, aspnet_form_wrapping_the_page_is_kept)
{
    parse_str("<html><body><form id=\"aspnetForm\" method=\"post\"><div class=\"contenido\">"
              "<h1>Liberan a 18 detenidos</h1>"
              "<p>La Defensoría informó que 18 personas detenidas en las manifestaciones fueron liberadas el "
              "domingo, tras pasar varios días en un centro de detención preventiva.</p>"
              "<p>Los liberados deberán presentarse cada quince días ante el tribunal, dijo la abogada del "
              "grupo, quien calificó la medida como un avance parcial.</p>"
              "<p>Otro párrafo de la nota con información adicional sobre el caso y sus antecedentes.</p>"
              "<p>Un cuarto párrafo que describe la reacción de las familias en la puerta del tribunal.</p>"
              "<p>Un quinto párrafo, para que la página tenga la forma típica de un sitio antiguo.</p>"
              "</div></form></body></html>");
    cr_assert(strstr(page.text, "18 personas detenidas en las manifestaciones"), "%s", page.text);
    cr_assert(strstr(page.text, "cada quince días ante el tribunal"), "%s", page.text);
}

Test(html, live_blog_entries_in_order)
{
    parse_fixture("en_liveblog.html");
    assert_block_shape(page.text);
    cr_assert(starts_with(page.text, "Prisoner releases: live updates\n\n"), "%s", page.text);
    const char *order[] = {"Officials say the first group has crossed the border",
                           "16:40", "counted at least 30 passengers", "15:10", "verified 52 releases",
                           "75 prisoners had been freed since Monday", "Families gathered outside",
                           "Welcome to our live coverage"};
    const char *prev = page.text;
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        const char *p = strstr(page.text, order[i]);
        cr_assert_not_null(p, "missing: %s\n%s", order[i], page.text);
        cr_assert(p >= prev, "out of order: %s", order[i]);
        prev = p;
    }
    cr_assert_null(strstr(page.text, "300"), "%s", page.text);
    cr_assert_null(strstr(page.text, "Most read"));
    cr_assert_null(strstr(page.text, "Home"));
}

Test(html, amp_page)
{
    parse_fixture("pt_amp.html");
    assert_block_shape(page.text);
    cr_assert(starts_with(page.text, "Ativistas são libertados em Minsk\n\n"), "%s", page.text);
    cr_assert(strstr(page.text, "libertou 14 presos políticos"), "%s", page.text);
    cr_assert(strstr(page.text, "cerca de 1.100 pessoas presas"), "%s", page.text);
    cr_assert(strstr(page.text, "Entre os libertados está o jornalista Ivan Sokol"), "%s", page.text);
    cr_assert_null(strstr(page.text, "300"), "%s", page.text);
    cr_assert_str_eq(page.lang, "pt");
    cr_assert_str_eq(page.url, "https://folhaleste.example/mundo/ativistas-libertados");
}

Test(html, old_table_layout_cp1252_portuguese)
{
    parse_fixture("pt_cp1252.html");
    cr_assert_str_eq(page.charset, "windows-1252");
    cr_assert_str_eq(page.title, "Justiça manda soltar 45 presos após mutirão");
    cr_assert(starts_with(page.text, "Justiça manda soltar 45 presos após mutirão\n\nDefensoria diz"), "%s",
              page.text);
    cr_assert(strstr(page.text, "“Encontramos casos de pessoas presas há mais de um ano sem julgamento”"), "%s",
              page.text);
    cr_assert(strstr(page.text, "cerca de 2.100 pessoas"), "%s", page.text);
    cr_assert_null(strstr(page.text, "300"), "%s", page.text);
    cr_assert_null(strstr(page.text, "Últimas"), "%s", page.text);
    cr_assert_str_eq(page.lang, "pt");
    cr_assert_str_eq(page.published, "2026-02-12");
    cr_assert_str_eq(page.published_source, "meta");
}

Test(html, malformed_markup_keeps_text)
{
    parse_fixture("es_malformado.html");
    assert_block_shape(page.text);
    const char *need[] = {"La policía detuvo a 23 personas el domingo", "según un comunicado oficial difundido",
                          "fiscal regional Inés Duarte", "al menos cinco menores de edad",
                          "Un testigo relató que los agentes llegaron de madrugada.",
                          "La fiscalía no respondió a las consultas.", "El gobierno no comentó el caso"};
    for (size_t i = 0; i < sizeof need / sizeof need[0]; i++)
        cr_assert(strstr(page.text, need[i]), "lost: %s\n%s", need[i], page.text);
    cr_assert(starts_with(page.text, "Detenidos en la frontera\n\n"), "%s", page.text);
}

Test(html, unclosed_and_misnested_inline)
{
    parse_str("<p>Uno <b>dos <i>tres</b> cuatro</i> cinco<p>Seis <b>siete <p>ocho</b> nueve</div></span>"
              "<li>diez<li>once");
    cr_assert(strstr(page.text, "Uno dos tres cuatro cinco"), "%s", page.text);
    cr_assert(strstr(page.text, "Seis siete"), "%s", page.text);
    cr_assert(strstr(page.text, "ocho"), "%s", page.text);
    cr_assert(strstr(page.text, "nueve"), "%s", page.text);
    cr_assert(strstr(page.text, "diez\n\nonce"), "%s", page.text);
}

Test(html, plain_text_input_still_yields_text)
{
    parse_str("CARACAS.- El gobierno liberó a 100 presos políticos, según el Foro Penal.\n\nSegundo párrafo.");
    cr_assert(strstr(page.text, "liberó a 100 presos políticos"), "%s", page.text);
    cr_assert(strstr(page.text, "Segundo párrafo."), "%s", page.text);
}

Test(html, empty_input)
{
    parse_bytes("", 0);
    cr_assert_str_eq(page.text, "");
    cr_assert_eq(page.text_len, 0);
    parse_str("   \n  ");
    cr_assert_str_eq(page.text, "");
    parse_bytes(NULL, 0);
    cr_assert_str_eq(page.text, "");
    cr_assert_eq(xh_parse(NULL, 5, &arena, &page, err, sizeof err), -1);
    cr_assert(strlen(err) > 0);
}

/* ------------------------------------------------------------------------------------------------------
 * Headline
 * --------------------------------------------------------------------------------------------------- */

Test(html, headline_prefers_article_h1_over_og_title_and_logo)
{
    parse_str("<html><head><title>Portada | El Sur</title><meta property=\"og:title\" content=\"Texto de redes "
              "distinto al titular\"></head><body><header><h1 class=\"logo\"><a href=\"/\">El Sur</a></h1></header>"
              "<article><h1>Excarcelan a 33 presos en Oruro</h1><p>Las autoridades penitenciarias de Oruro "
              "confirmaron la excarcelación de 33 presos que cumplían prisión preventiva, informó el director "
              "regional a la prensa local.</p></article></body></html>");
    cr_assert_str_eq(page.title, "Excarcelan a 33 presos en Oruro");
    cr_assert(starts_with(page.text, "Excarcelan a 33 presos en Oruro\n\nLas autoridades"), "%s", page.text);
    cr_assert_null(strstr(page.text, "El Sur"), "%s", page.text);
}

Test(html, headline_from_title_without_site_suffix)
{
    parse_str("<html><head><title>Liberan a 12 sindicalistas en la capital | Diario La Voz</title></head><body>"
              "<div class=\"texto\"><p>Doce sindicalistas detenidos durante una protesta fueron liberados el "
              "viernes, confirmó su abogado, quien dijo que enfrentarán el proceso en libertad.</p></div>"
              "</body></html>");
    cr_assert_str_eq(page.title, "Liberan a 12 sindicalistas en la capital");
    cr_assert(starts_with(page.text, "Liberan a 12 sindicalistas en la capital\n\nDoce sindicalistas"), "%s",
              page.text);
}

Test(html, headline_from_og_title_when_no_h1)
{
    parse_str("<html><head><title>x - Site - Group</title><meta property=\"og:title\" content=\"Freed "
              "journalists return home\"></head><body><div><p>Three journalists freed on Sunday returned home "
              "on Monday, their employer said in a statement, thanking those who campaigned.</p></div></body>"
              "</html>");
    cr_assert_str_eq(page.title, "Freed journalists return home");
    cr_assert(starts_with(page.text, "Freed journalists return home\n\nThree journalists"), "%s", page.text);
}

Test(html, headline_not_repeated_in_body)
{
    parse_str("<html><head><meta property=\"og:title\" content=\"Liberan a 7 periodistas\"></head><body><div>"
              "<h2>Liberan a 7 periodistas</h2><p>Siete periodistas detenidos la semana pasada fueron liberados "
              "este martes, confirmó el sindicato de trabajadores de la prensa en un comunicado.</p></div>"
              "</body></html>");
    cr_assert_str_eq(page.text, "Liberan a 7 periodistas\n\nSiete periodistas detenidos la semana pasada fueron "
                                "liberados este martes, confirmó el sindicato de trabajadores de la prensa en un "
                                "comunicado.");
}

/* ------------------------------------------------------------------------------------------------------
 * Metadata
 * --------------------------------------------------------------------------------------------------- */

#define DATE_PAGE(head, body)                                                                               \
    "<html><head>" head "</head><body><article><h1>Liberan a 20 presos políticos</h1>" body                  \
    "<p>El gobierno confirmó la liberación de 20 presos políticos este martes, según un comunicado "          \
    "oficial leído en la televisión estatal por el ministro.</p></article></body></html>"

Test(html, date_jsonld_beats_meta_time_and_dateline)
{
    parse_str(DATE_PAGE("<meta property=\"article:published_time\" content=\"2026-01-20T10:00:00Z\">"
                        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                        "\"@type\":\"NewsArticle\",\"datePublished\":\"2026-01-14T09:00:00-04:00\"}</script>",
                        "<time datetime=\"2026-01-25\">25 de enero</time><p>Caracas, 30 de enero de 2026</p>"));
    cr_assert_str_eq(page.published, "2026-01-14");
    cr_assert_str_eq(page.published_source, "json-ld");
}

Test(html, date_jsonld_graph_article_over_other_types)
{
    parse_str(DATE_PAGE("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\","
                        "\"datePublished\":\"2025-06-01\",\"author\":{\"name\":\"x\"}},{\"@type\":[\"NewsArticle\"],"
                        "\"headline\":\"a \\\"q\\\" b\",\"publisher\":{\"@type\":\"Organization\",\"datePublished\":"
                        "\"2020-01-01\"},\"datePublished\":\"2026-02-03T08:00:00Z\"}]}</script>",
                        ""));
    cr_assert_str_eq(page.published, "2026-02-03");
    cr_assert_str_eq(page.published_source, "json-ld");
}

Test(html, date_meta_beats_time_and_dateline)
{
    parse_str(DATE_PAGE("<meta name=\"date\" content=\"2026-01-19\">"
                        "<meta property=\"article:published_time\" content=\"2026-01-18T23:00:00-03:00\">",
                        "<time datetime=\"2026-01-25T10:00\">25/01</time><p>Publicado el 30/01/2026</p>"));
    cr_assert_str_eq(page.published, "2026-01-18");
    cr_assert_str_eq(page.published_source, "meta");
}

Test(html, date_itemprop_is_meta)
{
    parse_str(DATE_PAGE("", "<span itemprop=\"datePublished\" content=\"2026-01-17\">17 de enero</span>"
                            "<time datetime=\"2026-01-25\">x</time>"));
    cr_assert_str_eq(page.published, "2026-01-17");
    cr_assert_str_eq(page.published_source, "meta");
}

Test(html, date_time_beats_dateline)
{
    parse_str(DATE_PAGE("", "<p class=\"fecha\">Caracas, 30 de enero de 2026</p>"
                            "<time datetime=\"2026-01-16T12:00:00-04:00\">hace 2 horas</time>"));
    cr_assert_str_eq(page.published, "2026-01-16");
    cr_assert_str_eq(page.published_source, "time");
}

Test(html, date_time_in_sidebar_ignored)
{
    parse_str("<html><body><article><h1>Liberan a 20 presos políticos</h1><p>El gobierno confirmó la liberación "
              "de 20 presos políticos este martes, según un comunicado oficial leído en televisión.</p>"
              "</article><aside><time datetime=\"2025-05-05\">ayer</time></aside></body></html>");
    cr_assert_null(page.published, "got %s", page.published);
}

Test(html, dateline_formats)
{
    static const struct {
        const char *line, *lang, *want;
    } cases[] = {
        {"Caracas, 14 de enero de 2026 | 10:32", "es", "2026-01-14"},
        {"Por Ana Rivas - 14/01/2026 10:32", "es", "2026-01-14"},
        {"Brasília, 14 de janeiro de 2026", "pt", "2026-01-14"},
        {"Publicado em 1º de março de 2026", "pt", "2026-03-01"},
        {"January 14, 2026 at 10:32 am", "en", "2026-01-14"},
        {"By Jane Roe | Jan. 4, 2026", "en", "2026-01-04"},
        {"14 Jan 2026", "en", "2026-01-14"},
        {"03/04/2026", "en", "2026-03-04"},
        {"03/04/2026", "es", "2026-04-03"},
        {"Actualizado el 20/01/2026 - Publicado el 19/01/2026", "es", "2026-01-19"},
        {"MIÉRCOLES 14 DE ENERO DEL 2026", "es", "2026-01-14"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char html[1024];
        snprintf(html, sizeof html,
                 "<html lang=\"%s\"><body><article><h1>Título de la nota de prueba</h1><p>%s</p><p>Texto del "
                 "cuerpo de la nota, con suficiente longitud para ser un párrafo, y con comas, como es "
                 "habitual.</p></article></body></html>",
                 cases[i].lang, cases[i].line);
        xi_arena_free(&arena);
        parse_str(html);
        cr_assert_not_null(page.published, "no date in \"%s\"", cases[i].line);
        cr_assert_str_eq(page.published, cases[i].want, "\"%s\" gave %s", cases[i].line, page.published);
        cr_assert_str_eq(page.published_source, "dateline");
    }
}

Test(html, dateline_not_taken_from_deep_body)
{
    parse_str("<html lang=\"es\"><body><article><h1>Título de la nota de prueba</h1><p>El gobierno anunció ayer "
              "que las liberaciones, iniciadas a comienzos de mes, continuarán, y el ministro dijo además que el "
              "3 de enero de 2026 se firmó el acuerdo con la oposición.</p></article></body></html>");
    cr_assert_null(page.published, "got %s", page.published);
}

Test(html, canonical_url_and_fallback)
{
    parse_str("<html><head><meta property=\"og:url\" content=\"https://a.example/og\">"
              "<link rel=\"canonical\" href=\" https://a.example/canonical \"></head><body><p>x</p></body></html>");
    cr_assert_str_eq(page.url, "https://a.example/canonical");
    xi_arena_free(&arena);
    parse_str("<html><head><meta property=\"og:url\" content=\"https://a.example/og\"></head><body><p>x</p>"
              "</body></html>");
    cr_assert_str_eq(page.url, "https://a.example/og");
    xi_arena_free(&arena);
    parse_str("<html><head><link rel=\"alternate canonical\" href=\"https://a.example/c2\"></head><body><p>x</p>"
              "</body></html>");
    cr_assert_str_eq(page.url, "https://a.example/c2");
    xi_arena_free(&arena);
    parse_str("<html><body><p>x</p></body></html>");
    cr_assert_null(page.url);
}

Test(html, lang_from_html_and_http_equiv)
{
    parse_str("<html lang=\"es-VE\"><body><p>x</p></body></html>");
    cr_assert_str_eq(page.lang, "es");
    xi_arena_free(&arena);
    parse_str("<html lang=\"pt_BR\"><body><p>x</p></body></html>");
    cr_assert_str_eq(page.lang, "pt");
    xi_arena_free(&arena);
    parse_str("<html><head><meta http-equiv=\"Content-Language\" content=\"en-US\"></head><body><p>x</p></body>"
              "</html>");
    cr_assert_str_eq(page.lang, "en");
    xi_arena_free(&arena);
    parse_str("<html lang=\"fr\"><head><meta http-equiv=\"content-language\" content=\"es\"></head><body><p>x</p>"
              "</body></html>");
    cr_assert_null(page.lang, "a declared other language stays unknown, got %s", page.lang);
    xi_arena_free(&arena);
    parse_str("<html><body><p>x</p></body></html>");
    cr_assert_null(page.lang);
}

Test(html, fixture_metadata)
{
    parse_fixture("es_noticia.html");
    cr_assert_str_eq(page.published, "2026-01-14");
    cr_assert_str_eq(page.published_source, "json-ld");
    cr_assert_str_eq(page.url, "https://diariodelvalle.example/politica/excarcelacion-120-detenidos");
    cr_assert_str_eq(page.lang, "es");
    cr_assert_str_eq(page.charset, "UTF-8");
}

/* ------------------------------------------------------------------------------------------------------
 * Captions
 * --------------------------------------------------------------------------------------------------- */

Test(html, captions_recorded)
{
    parse_fixture("es_noticia.html");
    cr_assert_eq(page.n_caption_spans, 1, "spans: %zu", page.n_caption_spans);
    size_t s = page.caption_spans[0], e = page.caption_spans[1];
    cr_assert(s < e && e <= page.text_len);
    const char *cap = "Familiares esperan noticias frente a un centro de reclusión en Caracas.\n\nFoto: Archivo / "
                      "Diario del Valle";
    cr_assert_eq(e - s, strlen(cap));
    cr_assert(memcmp(page.text + s, cap, e - s) == 0, "span holds: %.*s", (int)(e - s), page.text + s);
    const char *body = strstr(page.text, "El ministro del Interior");
    cr_assert_not_null(body);
    cr_assert(!in_caption((size_t)(body - page.text), (size_t)(body - page.text) + 10));
}

Test(html, caption_class_and_multiple_figures)
{
    parse_str("<html><body><article><h1>Liberan a 40 presos en Lara</h1>"
              "<p>Las autoridades liberaron a 40 presos en el estado Lara, según informó la defensa de los "
              "detenidos, que celebró la medida aunque la consideró tardía.</p>"
              "<figure><img src=a.jpg><figcaption>Familiares celebran la liberación de 40 presos.</figcaption>"
              "</figure><p>Otro párrafo del cuerpo de la nota, también largo, para que el contenedor sea claro y "
              "tenga comas, como los demás.</p><div class=\"wp-caption\"><img src=b.jpg>"
              "<p class=\"wp-caption-text\">Un guardia frente al penal. Foto: Agencia</p></div></article></body></html>");
    cr_assert_eq(page.n_caption_spans, 2, "spans: %zu\n%s", page.n_caption_spans, page.text);
    const char *c1 = strstr(page.text, "Familiares celebran la liberación de 40 presos.");
    const char *c2 = strstr(page.text, "Un guardia frente al penal. Foto: Agencia");
    cr_assert(c1 && c2);
    size_t o1 = (size_t)(c1 - page.text), o2 = (size_t)(c2 - page.text);
    cr_assert(in_caption(o1, o1 + strlen("Familiares celebran la liberación de 40 presos.")));
    cr_assert(in_caption(o2, o2 + 10));
    const char *b = strstr(page.text, "Las autoridades liberaron");
    cr_assert(b && !in_caption((size_t)(b - page.text), (size_t)(b - page.text) + 5));
}

/* ------------------------------------------------------------------------------------------------------
 * Hostile input
 * --------------------------------------------------------------------------------------------------- */

/* Builds a string of `times` copies of `unit` between prefix and suffix. */
static char *repeat(const char *prefix, const char *unit, size_t times, const char *suffix, size_t *len)
{
    size_t pl = strlen(prefix), ul = strlen(unit), sl = strlen(suffix);
    size_t n = pl + ul * times + sl;
    char *b = malloc(n + 1);
    cr_assert_not_null(b);
    memcpy(b, prefix, pl);
    for (size_t i = 0; i < times; i++)
        memcpy(b + pl + i * ul, unit, ul);
    memcpy(b + pl + ul * times, suffix, sl);
    b[n] = '\0';
    *len = n;
    return b;
}

Test(html, deep_nesting_100k_divs, .timeout = 60)
{
    size_t n1, n2;
    char *open = repeat("<html><body>", "<div>", 100000, "<p>Texto profundo de la nota con 12 liberados.</p>", &n1);
    char *close = repeat("", "</div>", 100000, "<p>Texto final tras el anidamiento.</p></body></html>", &n2);
    char *b = malloc(n1 + n2 + 1);
    cr_assert_not_null(b);
    memcpy(b, open, n1);
    memcpy(b + n1, close, n2 + 1);
    parse_bytes(b, n1 + n2);
    cr_assert(strstr(page.text, "Texto profundo de la nota con 12 liberados."), "%.200s", page.text);
    cr_assert(strstr(page.text, "Texto final tras el anidamiento."));
    free(open);
    free(close);
    free(b);
}

Test(html, deep_nesting_with_stray_end_tags, .timeout = 60)
{
    size_t n1, n2;
    char *open = repeat("", "<span>", 100000, "texto", &n1);
    char *close = repeat("", "</b>", 200000, "<p>final</p>", &n2);
    char *b = malloc(n1 + n2 + 1);
    cr_assert_not_null(b);
    memcpy(b, open, n1);
    memcpy(b + n1, close, n2 + 1);
    parse_bytes(b, n1 + n2);
    cr_assert(strstr(page.text, "texto"));
    cr_assert(strstr(page.text, "final"));
    free(open);
    free(close);
    free(b);
}

Test(html, ten_megabyte_text_node, .timeout = 60)
{
    size_t n;
    char *b = repeat("<html><body><p>", "preso ", 10 * 1024 * 1024 / 6, "</p><p>Párrafo posterior.</p></body></html>",
                     &n);
    parse_bytes(b, n);
    cr_assert(page.text_len > 10 * 1000 * 1000, "len %zu", page.text_len);
    cr_assert(strstr(page.text + page.text_len - 100, "Párrafo posterior."));
    free(b);
}

Test(html, thousands_of_attributes, .timeout = 30) /* libxml2 alone needs ~60 s: the cap matters */
{
    size_t cap = 2000000, n = 0;
    char *b = malloc(cap);
    cr_assert_not_null(b);
    n += (size_t)snprintf(b + n, cap - n, "<html><body><p class=\"texto\" ");
    for (int i = 0; i < 100000; i++)
        n += (size_t)snprintf(b + n, cap - n, "data-a%d=\"v\" ", i);
    n += (size_t)snprintf(b + n, cap - n, ">Los 14 liberados llegaron a casa.</p></body></html>");
    parse_bytes(b, n);
    cr_assert(strstr(page.text, "Los 14 liberados llegaron a casa."), "%s", page.text);
    free(b);
}

Test(html, entity_flood, .timeout = 60)
{
    size_t n;
    char *b = repeat("<p>", "&amp;&nbsp;&aacute;&#233;&#x1F600;&bogus;&#0;&#xD800;&#99999999;", 200000, "</p>", &n);
    parse_bytes(b, n);
    cr_assert(valid_utf8(page.text, page.text_len));
    cr_assert(starts_with(page.text, "& áé\xF0\x9F\x98\x80&bogus;"), "%.60s", page.text);
    free(b);
}

Test(html, unterminated_comment_and_markup, .timeout = 60)
{
    size_t n;
    char *b = repeat("<p>Antes del comentario.</p><!-- ", "<p>oculto</p>", 500000, "", &n);
    parse_bytes(b, n);
    cr_assert(strstr(page.text, "Antes del comentario."));
    cr_assert_null(strstr(page.text, "oculto"));
    free(b);
    char *c = repeat("<p>Inicio</p>", "<!-- a <a href=\"", 100000, "", &n);
    parse_bytes(c, n);
    cr_assert(strstr(page.text, "Inicio"));
    free(c);
    parse_str("<p>Texto <script>var a = '</p>");
    cr_assert(strstr(page.text, "Texto"));
}

Test(html, control_bytes_and_nul)
{
    const char b[] = "<p>Uno\0dos\x01tres\x7f cuatro</p>";
    parse_bytes(b, sizeof b - 1);
    cr_assert_str_eq(page.text, "Uno dos tres cuatro");
}

Test(html, too_large_is_an_error)
{
    size_t n = (size_t)33 << 20;
    char *b = calloc(n, 1);
    cr_assert_not_null(b);
    int rc = xh_parse(b, n, &arena, &page, err, sizeof err);
    free(b);
    cr_assert_eq(rc, -1);
    cr_assert(strlen(err) > 0);
}

Test(html, no_output_on_bad_markup)
{
    cr_redirect_stderr();
    cr_redirect_stdout();
    parse_fixture("es_malformado.html");
    parse_str("<p>&bogus; <a href=\"x>unterminated <b><i></b></i></x></y><\x01>");
    fflush(stderr);
    fflush(stdout);
    cr_assert_stderr_eq_str("");
    cr_assert_stdout_eq_str("");
}

Test(html, allocation_failures_are_reported, .timeout = 300)
{
    size_t n;
    char *b = read_fixture("es_noticia.html", &n);
    int failures = 0, successes = 0;
    for (long k = 0; k < 400; k++) {
        xi_arena a;
        xi_arena_init(&a);
        xh_page p;
        char e[128] = "";
        xi_fail_alloc_after(k);
        int rc = xh_parse(b, n, &a, &p, e, sizeof e);
        xi_fail_alloc_after(-1);
        if (rc < 0) {
            failures++;
            cr_assert(strlen(e) > 0, "failure %ld without a message", k);
            cr_assert_null(p.text);
        } else {
            successes++;
            cr_assert(strstr(p.text, "Ramón Ferrer"));
        }
        xi_arena_free(&a);
    }
    free(b);
    cr_assert(failures > 5, "injection never hit html.c's allocations");
    cr_assert(successes > 0, "never succeeded even with late failures");
}

/* Parses the fixture on its own thread with its own arena and checks the result. */
static void *thread_parse(void *arg)
{
    const char *bytes = arg;
    xi_arena a;
    xi_arena_init(&a);
    xh_page p;
    char e[128];
    intptr_t ok = 0;
    for (int i = 0; i < 20; i++) {
        ok = xh_parse(bytes, strlen(bytes), &a, &p, e, sizeof e) == 0 && strstr(p.text, "Ramón Ferrer") &&
             !strstr(p.text, "300") && p.published && strcmp(p.published, "2026-01-14") == 0;
        if (!ok)
            break;
    }
    xi_arena_free(&a);
    return (void *)ok;
}

Test(html, concurrent_documents)
{
    size_t n;
    char *b = read_fixture("es_noticia.html", &n);
    xi_arena_free(&arena);
    parse_bytes(b, n); /* first call on the main thread initialises libxml2 */
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        cr_assert_eq(pthread_create(&t[i], NULL, thread_parse, b), 0);
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_join(t[i], &r);
        cr_assert(r != NULL, "thread %d got a wrong result", i);
    }
    free(b);
}

Test(html, comment_section_with_mixed_class_never_wins)
{
    /* a short article followed by a long comment thread whose class also says "post" */
    parse_str("<html><body><div class=\"post\"><h1>Liberan a 6 activistas</h1>"
              "<p>Seis activistas detenidos el lunes fueron liberados el martes por la noche, informó su "
              "abogado, quien dijo que no se presentaron cargos.</p></div>"
              "<div class=\"post-comments\">"
              "<p>Primer comentario muy largo que dice que en realidad son 300 presos y no seis, y que el "
              "gobierno miente sobre las cifras desde hace años, como todos sabemos, sin duda alguna.</p>"
              "<p>Segundo comentario, también largo, con la misma cifra de 300 presos y con muchas comas, "
              "porque, como se ve, la gente escribe así, con pausas, con dudas, con enojo.</p>"
              "<p>Tercer comentario con más texto todavía sobre los 300 presos, repitiendo lo mismo, "
              "una y otra vez, para que la sección tenga más texto que la nota misma, que es corta.</p>"
              "<p>Cuarto comentario: dicen que son 300 presos, que hay más, que nadie informa, que las "
              "familias esperan, que los abogados no entran, que todo sigue igual, que no hay respuesta.</p>"
              "<p>Quinto comentario, con otra vez 300 presos, con comas, con quejas, con nombres, con fechas, "
              "con lugares, con detalles que nadie pidió, pero que alargan, y alargan, la sección.</p>"
              "</div></body></html>");
    cr_assert(strstr(page.text, "Seis activistas detenidos el lunes"), "%s", page.text);
    cr_assert_null(strstr(page.text, "300"), "%s", page.text);
}

Test(html, wrapper_with_negative_class_falls_back)
{
    /* the only wrapper has a boilerplate-looking class and there is no <h1>: the retry finds the text */
    parse_str("<html><body><div class=\"layout-sidebar\"><div>"
              "<p>Las autoridades confirmaron la liberación de 11 estudiantes detenidos durante la protesta, "
              "según un comunicado difundido esta mañana por el ministerio, que no dio más detalles.</p>"
              "<p>Los estudiantes deberán presentarse ante un juez la próxima semana, indicó su defensa, que "
              "calificó las detenciones de arbitrarias y pidió el cierre del caso.</p>"
              "</div></div></body></html>");
    cr_assert(strstr(page.text, "liberación de 11 estudiantes"), "%s", page.text);
    cr_assert(strstr(page.text, "calificó las detenciones de arbitrarias"), "%s", page.text);
}

Test(html, og_title_keeps_dashes_in_headline)
{
    parse_str("<html><head><meta property=\"og:site_name\" content=\"La Voz\"><meta property=\"og:title\" "
              "content=\"Venezuela - EE.UU.: liberan a 10 presos | La Voz\"></head><body><div><p>Diez presos "
              "fueron liberados en el marco del acuerdo, confirmaron fuentes oficiales de ambos gobiernos.</p>"
              "</div></body></html>");
    cr_assert_str_eq(page.title, "Venezuela - EE.UU.: liberan a 10 presos");
}

Test(html, link_lists_inside_body_dropped)
{
    /* no class names and no label: only link density marks these as lists of links */
    parse_str("<html><body><article><h1>Excarcelan a 27 presos en Táchira</h1>"
              "<p>Veintisiete presos fueron excarcelados en el estado Táchira, informó la defensa pública, que "
              "atribuyó la demora a la falta de tribunales en funcionamiento durante las fiestas.</p>"
              "<ul><li><a href=\"/1\">Liberan a 300 presos en Zulia</a></li><li><a href=\"/2\">Detienen a "
              "dirigente sindical</a></li><li><a href=\"/3\">Nueva jornada de protestas</a></li></ul>"
              "<p><a href=\"/4\">Tribunal excarcela a 300 presos en Mérida y otros estados</a></p>"
              "<div><a href=\"/5\">Foto</a> <a href=\"/6\">Galería de 300 imágenes</a> | <a href=\"/7\">Video</a></div>"
              "<p>La defensa indicó que otros casos serán revisados en enero, y pidió celeridad a los jueces, "
              "según el comunicado publicado en sus redes.</p>"
              "<ul><li>Primer punto del texto, sin enlaces.</li><li>Segundo punto, con un <a href=\"/8\">enlace"
              "</a> dentro de una frase larga.</li></ul></article></body></html>");
    cr_assert(strstr(page.text, "Veintisiete presos fueron excarcelados"), "%s", page.text);
    cr_assert(strstr(page.text, "otros casos serán revisados en enero"), "%s", page.text);
    cr_assert(strstr(page.text, "Primer punto del texto, sin enlaces."), "%s", page.text);
    cr_assert(strstr(page.text, "Segundo punto, con un enlace dentro de una frase larga."), "%s", page.text);
    cr_assert_null(strstr(page.text, "300"), "%s", page.text);
}

Test(html, mixed_class_boxes_inside_body_dropped)
{
    /* "article-related" and "story-promo" also carry content words; they are still boxes, not text */
    parse_str("<html><body><div class=\"article-body\"><h1>Liberan a 9 periodistas en Managua</h1>"
              "<p>Nueve periodistas detenidos en Managua fueron liberados el jueves, según el gremio de prensa, "
              "que denunció que algunos fueron interrogados durante horas sin la presencia de abogados.</p>"
              "<div class=\"article-related\"><p>Hace un mes, el gobierno dijo que había 300 presos por delitos "
              "comunes y ninguno por motivos políticos.</p></div>"
              "<p>El gremio pidió garantías para el ejercicio del periodismo y anunció que presentará una denuncia "
              "ante organismos internacionales la próxima semana.</p>"
              "<section class=\"story-promo\"><p>Suscríbase por 300 pesos al mes y lea sin límites.</p></section>"
              "</div></body></html>");
    cr_assert(strstr(page.text, "Nueve periodistas detenidos en Managua"), "%s", page.text);
    cr_assert(strstr(page.text, "pidió garantías para el ejercicio del periodismo"), "%s", page.text);
    cr_assert_null(strstr(page.text, "300"), "%s", page.text);
}

/* Asserts each needle occurs in the text, in the given order. */
static void assert_in_order(const char *const *needles, size_t n)
{
    const char *prev = page.text;
    for (size_t i = 0; i < n; i++) {
        const char *p = strstr(page.text, needles[i]);
        cr_assert_not_null(p, "missing: %s\n---\n%s", needles[i], page.text);
        cr_assert(p >= prev, "out of order: %s\n---\n%s", needles[i], page.text);
        prev = p;
    }
}

Test(html, teaser_column_does_not_outweigh_short_article)
{
    /* sixteen teaser cards (linked title + unlinked summary) in an unclassed column beside a short story */
    parse_fixture("es_columna_lateral.html");
    assert_block_shape(page.text);
    const char *order[] = {"Liberan a 31 presos en Bolívar\n\nTreinta y un presos fueron liberados",
                           "sin embargo, afirmaron", "El gobernador no respondió preguntas"};
    assert_in_order(order, 3);
    cr_assert_null(strstr(page.text, "300"), "%s", page.text);
    cr_assert_null(strstr(page.text, "Inicio"), "%s", page.text);
    cr_assert_null(strstr(page.text, "panaderos"), "%s", page.text);
}

Test(html, live_blog_permalink_headings_are_content)
{
    parse_fixture("pt_aovivo_permalinks.html");
    assert_block_shape(page.text);
    const char *order[] = {"Ao vivo: soltura de presos políticos\n\nAcompanhe em tempo real",
                           "Primeiro grupo deixa o presídio\n\nUm primeiro grupo de 18 presos",
                           "Ministério divulga balanço\n\nO Ministério da Justiça informou que 42 pessoas",
                           "ONG contesta números\n\nA organização Observatório Cívico", "Famílias aguardam do lado de fora"};
    assert_in_order(order, 5);
    cr_assert_null(strstr(page.text, "300"), "%s", page.text);
}

Test(html, long_standfirst_and_caption_before_body)
{
    parse_fixture("en_long_standfirst.html");
    assert_block_shape(page.text);
    const char *order[] = {"Government frees 50 detainees\n\nThe releases, announced on Sunday night",
                           "Relatives wait outside the central prison", "The interior ministry said on Monday that 50",
                           "Rights groups welcomed the move"};
    assert_in_order(order, 4);
    cr_assert_null(strstr(page.text, "300"), "%s", page.text);
    cr_assert_null(strstr(page.text, "special coverage"), "%s", page.text);
    const char *cap = strstr(page.text, "Relatives wait");
    cr_assert(in_caption((size_t)(cap - page.text), (size_t)(cap - page.text) + 20));
}

Test(html, text_column_before_the_headline_is_not_the_article)
{
    /* an unclassed column of long, comma-rich "about us" paragraphs precedes the headline */
    parse_fixture("es_columna_izquierda.html");
    cr_assert(starts_with(page.text, "Excarcelan a 12 sindicalistas\n\nDoce dirigentes sindicales"), "%s", page.text);
    cr_assert(strstr(page.text, "La central obrera celebró la medida"), "%s", page.text);
    cr_assert_null(strstr(page.text, "300"), "%s", page.text);
    cr_assert_null(strstr(page.text, "Semanario Obrero es"), "%s", page.text);
}

Test(html, unlikely_block_removed_before_scoring)
{
    /* a classed "sidebar" with far more paragraph text than the article, and no <h1> to anchor on */
    char html[16384];
    size_t n = (size_t)snprintf(html, sizeof html, "%s",
                                "<html><head><title>Liberan a 4 estudiantes - Diario</title></head><body>"
                                "<div class=\"x1\"><p>Cuatro estudiantes detenidos durante una protesta universitaria "
                                "fueron liberados el miércoles, informó el rector, quien pidió el cierre del caso.</p>"
                                "<p>Los jóvenes deberán presentarse ante un juez, según su abogado, que calificó la "
                                "medida como un avance, aunque insuficiente.</p>"
                                "<p>La universidad anunció que suspenderá las clases hasta el lunes.</p></div>"
                                "<div class=\"sidebar-widgets\">");
    for (int i = 0; i < 14; i++)
        n += (size_t)snprintf(html + n, sizeof html - n,
                              "<p>Bloque lateral %d, con texto largo, con comas, con datos, con 300 presos, con "
                              "fechas, con nombres, y con más comas, para pesar más que la nota.</p>",
                              i);
    snprintf(html + n, sizeof html - n, "</div></body></html>");
    parse_str(html);
    cr_assert(strstr(page.text, "Cuatro estudiantes detenidos"), "%s", page.text);
    cr_assert_null(strstr(page.text, "300"), "%s", page.text);
}

Test(html, unclosed_void_tags_do_not_swallow_text)
{
    /* libxml2 2.9 keeps <embed>, <source>, <wbr> open; an unclosed <embed> would adopt the paragraphs after it */
    parse_str("<html><body><div class=\"texto\"><h1>Titular de prueba largo</h1><p>Antes del video, con texto, "
              "con comas, y con datos de 5 presos liberados hoy.</p><embed src=x.swf width=400><p>Después del "
              "video siguen 7 presos en la cárcel, dijo el abogado, con más texto.</p><video><source src=a.mp4>"
              "</video><p>Otro párrafo con pa<wbr>labra partida y <source src=b>más texto final.</p></div>"
              "</body></html>");
    cr_assert(strstr(page.text, "Después del video siguen 7 presos en la cárcel"), "%s", page.text);
    cr_assert(strstr(page.text, "Otro párrafo con palabra partida y más texto final."), "%s", page.text);
}

Test(html, stray_body_and_html_end_tags_mid_page)
{
    /* a template partial that ends the document early: browsers ignore </body></html>, and so must we
     * (libxml2 would close every open element there and put the rest outside <body>) */
    parse_str("<html><body><div class=\"nota\"><h1>Titular de la nota larga</h1>"
              "<p>Primer párrafo, con texto, con comas, y con 3 presos liberados en la ciudad, según la defensa.</p>"
              "<p>Otro párrafo, también largo, con más datos sobre los liberados y sus familias, que esperaban.</p>"
              "<p>Un tercer párrafo, con la reacción del gobierno, que no quiso comentar las cifras de la ONG.</p>"
              "<div class=\"x\">aviso</body></html></div>"
              "<p>Segundo tramo después del aviso, con 9 presos más, según la ONG local, que pidió la lista.</p>"
              "</div></body></html>");
    cr_assert(strstr(page.text, "Primer párrafo"), "%s", page.text);
    cr_assert(strstr(page.text, "Segundo tramo después del aviso, con 9 presos más"), "%s", page.text);
}

Test(html, subheading_starting_with_label_word_is_kept)
{
    parse_str("<html><body><article><h1>Liberan a 14 presos en Zulia</h1><p>Catorce presos fueron liberados en "
              "Zulia, según la defensa, que pidió la revisión de otros casos pendientes en la región.</p>"
              "<h2>Relacionados con la protesta de enero</h2><p>Los liberados habían sido detenidos durante la "
              "protesta de enero, informó su abogado, quien dijo que no tenían antecedentes.</p>"
              "<h2>Relacionadas</h2><ul><li><a href=\"/a\">Otra nota con 300 presos</a></li></ul>"
              "</article></body></html>");
    cr_assert(strstr(page.text, "Relacionados con la protesta de enero\n\nLos liberados"), "%s", page.text);
    cr_assert_null(strstr(page.text, "300"), "%s", page.text);
    cr_assert_null(strstr(page.text, "Relacionadas"), "%s", page.text);
}

/* A table-layout page whose article carries a stray "</td></div>": libxml2's recovery closes the article's
 * cell there, and the last paragraphs become siblings of an ancestor of the chosen container. They must still
 * be read, and the related links, reader comments and copyright line after them must not. */
static void stray_end_tag_page(char *buf, size_t cap, const char *const t[6])
{
    snprintf(buf, cap,
             "<html><head><title>%s</title></head><body><table width=\"980\"><tr><td colspan=\"2\">"
             "<a href=\"/\">Logo</a> | <a href=\"/a\">A</a> | <a href=\"/b\">B</a> | <a href=\"/c\">C</a></td></tr>"
             "<tr><td width=\"180\"><p><a href=\"/x\">%s</a></p><p><a href=\"/y\">Otra 300</a></p></td>"
             "<td width=\"600\"><div id=\"n\"><h1>%s</h1><div class=\"texto\">"
             "<p>%s</p><p>%s</p><p>%s</p></td></div>"
             "<p>%s</p><br><br>"
             "<table><tr><td><b>+</b><br><a href=\"/r1\">%s</a><br><a href=\"/r2\">Link 300 A</a><br>"
             "<a href=\"/r3\">Link 300 B</a><br><a href=\"/r4\">Link 300 C</a></td></tr></table>"
             "<p>&copy; 2024 Example Media. 300 All rights reserved, todos los derechos reservados.</p>"
             "</td></tr></table></body></html>",
             t[0], t[5], t[0], t[1], t[2], t[3], t[4], t[5]);
}

/* t: headline, four paragraphs (the last one after the stray end tag), a sidebar/related label. */
static void check_stray_end_tag(const char *const t[6])
{
    static char html[8192];
    stray_end_tag_page(html, sizeof html, t);
    parse_str(html);
    assert_block_shape(page.text);
    const char *order[] = {t[0], t[1], t[3], t[4]};
    assert_in_order(order, 4);
    cr_assert_null(strstr(page.text, "300"), "%s", page.text);
    cr_assert_null(strstr(page.text, t[5]), "%s", page.text);
}

Test(html, stray_end_tag_keeps_last_paragraph_es)
{
    const char *const t[6] = {
        "Liberan a 40 presos políticos en Managua",
        "Cuarenta presos políticos fueron excarcelados el jueves y trasladados al aeropuerto, según informó la "
        "organización de derechos humanos que lleva el registro de los detenidos desde 2018.",
        "El gobierno no confirmó la cifra, pero la vicepresidenta dijo en un mensaje que los liberados habían "
        "cometido delitos comunes y que no existen presos políticos en el país.",
        "Las familias esperaron durante horas frente a la cárcel, y varias dijeron que no habían recibido "
        "ninguna información oficial sobre el destino de sus parientes.",
        "Es la segunda excarcelación masiva del año: en febrero fueron liberados 12 opositores, según la misma "
        "organización, que pidió la lista completa de nombres.",
        "Lo más visto de la semana"};
    check_stray_end_tag(t);
}

Test(html, stray_end_tag_keeps_last_paragraph_pt)
{
    const char *const t[6] = {
        "Governo solta 40 presos políticos em Manágua",
        "Quarenta presos políticos foram soltos na quinta-feira e levados ao aeroporto, segundo a organização de "
        "direitos humanos que mantém o registro dos detidos desde 2018.",
        "O governo não confirmou o número, mas a vice-presidente disse numa mensagem que os libertados tinham "
        "cometido crimes comuns e que não existem presos políticos no país.",
        "As famílias esperaram durante horas em frente à prisão, e várias disseram que não tinham recebido "
        "nenhuma informação oficial sobre o destino dos parentes.",
        "É a segunda soltura em massa do ano: em fevereiro foram libertados 12 opositores, segundo a mesma "
        "organização, que pediu a lista completa de nomes.",
        "Mais lidas da semana"};
    check_stray_end_tag(t);
}

Test(html, stray_end_tag_keeps_last_paragraph_en)
{
    const char *const t[6] = {
        "Forty political prisoners freed in Managua",
        "Forty political prisoners were released on Thursday and taken to the airport, according to the human "
        "rights group that has kept a register of detainees since 2018.",
        "The government did not confirm the figure, but the vice-president said in a message that those freed "
        "had committed ordinary crimes and that there are no political prisoners in the country.",
        "Families waited for hours outside the prison, and several said they had received no official "
        "information about where their relatives had been taken.",
        "It is the second mass release this year: in February 12 opposition figures were freed, according to "
        "the same group, which asked for the full list of names.",
        "Most read this week"};
    check_stray_end_tag(t);
}

Test(html, jump_link_summary_box_dropped_permalinks_kept)
{
    /* a "key events" box whose items link forward to the entries they restate (with another attribution),
     * and a table of contents: both repeat the text; the entries' own permalinked timestamps, in a
     * "header" block inside <main>, are content, and so is running text with a cross-reference */
    parse_str("<html><body><main><h1>Protests live: arrests continue in the capital</h1>"
              "<div class=\"key-events\"><h2>Key events</h2><ul>"
              "<li><a href=\"#e2\"><time>18:30</time> Police say 2,536 arrested since Friday</a></li>"
              "<li><a href=\"#e1\"><time>16:10</time> Army reports 290 detentions</a></li></ul></div>"
              "<div class=\"feed\">"
              "<div id=\"e2\" class=\"entry\"><header class=\"entry-header\"><a href=\"#e2\"><time>18:30</time>"
              "</a></header><p>The tally from the city police is out: 1,500 people were arrested in the capital "
              "since Friday, the force says, and the drives will continue.</p></div>"
              "<div id=\"e1\" class=\"entry\"><header class=\"entry-header\"><a href=\"#e1\"><time>16:10</time>"
              "</a></header><p>The army says its teams have taken 40 people into custody across the country, "
              "as set out <a href=\"#notes\">in the notes</a> below, in operations that ran until this morning.</p>"
              "</div>"
              "<div id=\"notes\" class=\"entry\"><header class=\"entry-header\"><a href=\"#notes\"><time>09:00"
              "</time></a></header><p>Students marched near the university despite the ban on gatherings, "
              "calling for the release of their detained classmates.</p></div>"
              "</div></main></body></html>");
    assert_block_shape(page.text);
    cr_assert_null(strstr(page.text, "2,536"), "%s", page.text);
    cr_assert_null(strstr(page.text, "290"), "%s", page.text);
    cr_assert_null(strstr(page.text, "Key events"), "%s", page.text);
    const char *order[] = {"Protests live", "18:30\n\nThe tally from the city police", "16:10\n\nThe army says",
                           "as set out in the notes below", "09:00\n\nStudents marched"};
    assert_in_order(order, 5);
}
