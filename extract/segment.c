/* segment.c - language detection, paragraphs, sentences. */
#include "segment.h"

#include <string.h>

static int S_is_word_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || c >= 0x80; }

int xs_detect_lang(const extract_patterns *p, const char *text, size_t len, const xn_fold *f)
{
    double score[XP_NLANG] = {0};
    size_t n = f->len < 8192 ? f->len : 8192; /* a few paragraphs settle the language */
    const xp_table *stop[XP_NLANG];
    for (int l = 0; l < XP_NLANG; l++)
        stop[l] = xp_table_get(p, l, "stopwords");
    for (size_t i = 0; i < n;) {
        while (i < n && !S_is_word_byte((unsigned char)f->data[i]))
            i++;
        size_t s = i;
        while (i < n && S_is_word_byte((unsigned char)f->data[i]))
            i++;
        if (i > s) {
            size_t h = xp_table_hash(f->data + s, i - s); /* once for the three tables */
            for (int l = 0; l < XP_NLANG; l++)
                if (xp_table_find_hashed(stop[l], f->data + s, i - s, h) >= 0)
                    score[l] += 1.0;
        }
    }
    /* Letters that settle Spanish against Portuguese even in a short paragraph. */
    size_t m = len < 8192 ? len : 8192;
    for (size_t i = 0; i + 1 < m; i++) {
        unsigned char a = (unsigned char)text[i], b = (unsigned char)text[i + 1];
        if (a == 0xC3 && (b == 0xB1 || b == 0x91)) /* ñ Ñ */
            score[XP_LANG_ES] += 2;
        else if (a == 0xC3 && (b == 0xA3 || b == 0xB5 || b == 0xA7 || b == 0x83 || b == 0x95 || b == 0x87)) /* ã õ ç */
            score[XP_LANG_PT] += 2;
        else if (a == 0xC2 && (b == 0xBF || b == 0xA1)) /* ¿ ¡ */
            score[XP_LANG_ES] += 2;
    }
    int best = XP_LANG_EN;
    for (int l = 0; l < XP_NLANG; l++)
        if (score[l] > score[best])
            best = l;
    return best;
}

/* True when the word ending at `end` (exclusive, before a period) is an abbreviation or an initial, so the
 * period does not end the sentence. */
static int S_abbreviation(const extract_doc *d, const xp_table *abbrev, size_t end)
{
    const char *t = d->text.text;
    size_t s = end;
    while (s > 0 && (unsigned char)t[s - 1] > ' ' && !strchr("(\"'[", t[s - 1]))
        s--;
    if (s == end)
        return 0;
    /* A single capital letter is an initial ("J. Smith"), as is a run of them ("E.U.A", "U.S"). */
    if (end - s == 1 && t[s] >= 'A' && t[s] <= 'Z')
        return 1;
    int all_initials = 1;
    for (size_t i = s; i < end; i++)
        if (!((i - s) % 2 == 0 ? (t[i] >= 'A' && t[i] <= 'Z') : t[i] == '.'))
            all_initials = 0;
    if (all_initials && end - s >= 3)
        return 1;
    if (!abbrev)
        return 0;
    /* The folded copy keeps ASCII offsets for ASCII words; look the word up in folded form. */
    char word[64];
    size_t k = 0;
    for (size_t i = s; i < end && k < sizeof word - 1; i++) {
        unsigned char c = (unsigned char)t[i];
        word[k++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    if (end - s >= sizeof word - 1)
        return 0;
    word[k] = '\0';
    /* Non-ASCII abbreviations (nº, Gral.) are compared after folding the few letters they use. */
    xi_arena tmp;
    xi_arena_init(&tmp);
    char *folded = xn_fold_str(word, k, &tmp);
    int found = folded && xp_table_find(abbrev, folded, strlen(folded)) >= 0;
    xi_arena_free(&tmp);
    return found;
}

static int S_push(extract_doc *d, size_t *cap, size_t s, size_t e, int para)
{
    const char *t = d->text.text;
    while (s < e && (t[s] == ' ' || t[s] == '\n'))
        s++;
    while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\n'))
        e--;
    if (e <= s)
        return 0;
    if (d->n_sents == *cap) {
        size_t nc = *cap ? *cap * 2 : 64;
        xd_sentence *ns = xi_arena_alloc(&d->arena, nc * sizeof *ns);
        if (!ns)
            return -1;
        if (d->n_sents)
            memcpy(ns, d->sents, d->n_sents * sizeof *ns);
        d->sents = ns;
        *cap = nc;
    }
    d->sents[d->n_sents++] = (xd_sentence){s, e, para, XD_SECTION_BODY, 0, SIZE_MAX};
    return 0;
}

/* Sentence starts: a capital, a digit, an opening quote, dash or inverted mark. */
static int S_starts_sentence(const char *t, size_t len, size_t i)
{
    if (i >= len)
        return 1;
    unsigned char c = (unsigned char)t[i];
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' || c == '(' || c == '-')
        return 1;
    if (c >= 0x80) {
        int32_t cp;
        xn_decode(t + i, len - i, &cp);
        if (cp == 0x201C || cp == 0x00AB || cp == 0x2018 || cp == 0x00BF || cp == 0x00A1 || cp == 0x2014 ||
            cp == 0x2013 || cp == 0x2022)
            return 1;
        /* Accented capitals: Á É Í Ó Ú Â Ê Ô Ã Õ Ç Ñ and the like. */
        if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7))
            return 1;
    }
    return 0;
}

/* Splits one paragraph [s,e) into sentences. */
static int S_split_para(extract_doc *d, size_t *cap, size_t s, size_t e, int para, const xp_table *abbrev)
{
    const char *t = d->text.text;
    size_t start = s;
    for (size_t i = s; i < e; i++) {
        char c = t[i];
        int boundary = 0;
        size_t after = i + 1;
        if (c == '.' || c == '!' || c == '?' || (c == '\xE2' && i + 2 < e && t[i + 1] == '\x80' && t[i + 2] == '\xA6')) {
            if (c == '\xE2')
                after = i + 3;
            /* Closing quotes and brackets stay with the sentence they close. */
            for (;;) {
                if (after < e && (t[after] == '"' || t[after] == ')' || t[after] == '\'' || t[after] == ']'))
                    after++;
                else if (after + 2 < e + 1 && after + 1 < e && (unsigned char)t[after] == 0xE2 && (unsigned char)t[after + 1] == 0x80 &&
                         ((unsigned char)t[after + 2] == 0x9D || (unsigned char)t[after + 2] == 0x99))
                    after += 3;
                else if (after + 1 < e && (unsigned char)t[after] == 0xC2 && (unsigned char)t[after + 1] == 0xBB)
                    after += 2;
                else
                    break;
            }
            if (after >= e)
                boundary = 1;
            else if (t[after] == ' ' || t[after] == '\n') {
                size_t j = after;
                while (j < e && (t[j] == ' ' || t[j] == '\n'))
                    j++;
                boundary = S_starts_sentence(t, e, j) && !(c == '.' && S_abbreviation(d, abbrev, i));
                /* "1. " in a list, "No. 5": a period after a number followed by a digit is not an end either. */
                if (boundary && c == '.' && j < e && t[j] >= '0' && t[j] <= '9' && i > s && t[i - 1] >= '0' && t[i - 1] <= '9')
                    boundary = 0;
            }
        }
        if (!boundary && i - start >= XS_MAX_SENTENCE && (c == ' ' || c == ','))
            boundary = 1, after = i + 1;
        /* a run with no space at all (base64, minified script): cut at a character boundary anyway */
        if (!boundary && i - start >= 2 * XS_MAX_SENTENCE && ((unsigned char)c & 0xC0) != 0x80)
            boundary = 1, after = i;
        if (boundary) {
            if (S_push(d, cap, start, after, para) < 0)
                return -1;
            start = after;
            i = after - 1;
        }
    }
    return S_push(d, cap, start, e, para);
}

/* Whether a single line break between two lines joins them (a hard-wrapped paragraph) or separates blocks. */
static int S_soft_break(const char *t, size_t len, size_t nl)
{
    size_t p = nl;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (p == 0)
        return 0;
    unsigned char last = (unsigned char)t[p - 1];
    size_t q = nl + 1;
    while (q < len && t[q] == ' ')
        q++;
    if (q >= len)
        return 0;
    unsigned char next = (unsigned char)t[q];
    int last_continues = (last >= 'a' && last <= 'z') || last == ',' || last == ';' || last >= 0x80;
    int next_continues = (next >= 'a' && next <= 'z') || (next >= '0' && next <= '9');
    return last_continues && next_continues;
}

/* Subheadings inside the body: a paragraph of one short sentence with no final punctuation, followed by more
 * text ("23:40 | OVD-Info: más de 1.300 detenidos en 38 ciudades", "Polícia atualiza balanço: mais de 370
 * detidos", "17:05 – Israel says 171 more deported"). A live blog titles each entry so, and the entry below
 * tells the same figure with its source; claims.c lets the entry's record replace the title's. */
static void S_mark_subheads(extract_doc *d, const char *t)
{
    for (size_t i = 1; i + 1 < d->n_sents; i++) {
        xd_sentence *s = &d->sents[i];
        if (s->section != XD_SECTION_BODY || d->sents[i - 1].para == s->para || d->sents[i + 1].para == s->para)
            continue;
        if (s->end - s->start < 8 || s->end - s->start > 160)
            continue;
        size_t e = s->end;
        /* closing quotes and brackets hide the punctuation before them: '... libres."' ends with a period */
        while (e > s->start && strchr("\"')] ", t[e - 1]))
            e--;
        while (e >= s->start + 3 && (unsigned char)t[e - 3] == 0xE2 && (unsigned char)t[e - 2] == 0x80 &&
               ((unsigned char)t[e - 1] == 0x9D || (unsigned char)t[e - 1] == 0x99)) /* ” ’ */
            e -= 3;
        while (e >= s->start + 2 && (unsigned char)t[e - 2] == 0xC2 && (unsigned char)t[e - 1] == 0xBB) /* » */
            e -= 2;
        if (e == s->start || strchr(".!?:;,", t[e - 1]))
            continue;
        if (e >= s->start + 3 && (unsigned char)t[e - 3] == 0xE2 && (unsigned char)t[e - 2] == 0x80 &&
            (unsigned char)t[e - 1] == 0xA6) /* … */
            continue;
        s->section = XD_SECTION_SUBHEAD;
    }
}

int xs_segment(extract_doc *d)
{
    const char *t = d->text.text;
    size_t len = d->text.len;
    const xp_table *abbrev = xp_table_get(d->pat, d->lang, "abbreviations");
    size_t cap = 0;
    int para = 0;
    size_t ps = 0;
    for (size_t i = 0; i <= len; i++) {
        int end_para = (i == len);
        if (!end_para && t[i] == '\n') {
            size_t j = i + 1;
            while (j < len && (t[j] == ' ' || t[j] == '\t'))
                j++;
            if (j < len && t[j] == '\n')
                end_para = 1; /* blank line */
            else if (!S_soft_break(t, len, i))
                end_para = 1; /* scraped text: one block a line */
        }
        if (!end_para)
            continue;
        size_t before = d->n_sents;
        if (S_split_para(d, &cap, ps, i, para, abbrev) < 0)
            return -1;
        if (d->n_sents > before)
            para++;
        ps = i + 1;
    }
    d->n_paras = para;
    /* The headline: the first paragraph that is one short sentence without a final period, after any labels
     * ("COMUNICADO DE IMPRENSA", "BREAKING") written in capitals. A window of a long document after its first
     * starts in the middle of the text: it has no headline. */
    for (size_t i = 0; d->base == 0 && i < d->n_sents && d->sents[i].para < 3; i++) {
        const xd_sentence *s = &d->sents[i];
        int single = (i == 0 || d->sents[i - 1].para != s->para) && (i + 1 == d->n_sents || d->sents[i + 1].para != s->para);
        if (!single) {
            /* "Analysis: 677 arrests in six weeks, and still they sit down. What the autumn tells us", "Hungria,
             * 1956: quantos foram presos? Seis perguntas, 60 anos depois": a title and its subtitle on one short
             * line, the last without a final period, are the headline (twenty-ninth session) */
            size_t last = i;
            while (last + 1 < d->n_sents && d->sents[last + 1].para == s->para)
                last++;
            const xd_sentence *l = &d->sents[last];
            if ((i == 0 || d->sents[i - 1].para != s->para) && last - i < 3 && l->end - s->start < 250 &&
                t[l->end - 1] != '.' && !memchr(t + s->start, '\n', l->end - s->start))
                for (size_t k = i; k <= last; k++)
                    d->sents[k].section = XD_SECTION_HEADLINE;
            break;
        }
        int lower = 0;
        for (size_t k = s->start; k < s->end && !lower; k++)
            lower = t[k] >= 'a' && t[k] <= 'z';
        if (!lower && s->end - s->start < 80)
            continue; /* a label in capitals */
        if (d->dateline_at >= s->start && d->dateline_at < s->end && s->end - s->start < 120)
            continue; /* a dateline on a line of its own */
        /* "… tras visita de enviado de EE.UU.": the period of an abbreviation with dots inside is no final period */
        int abbrev_end = 0;
        if (t[s->end - 1] == '.') {
            size_t w = s->end - 1;
            while (w > s->start && t[w - 1] != ' ')
                w--;
            abbrev_end = memchr(t + w, '.', s->end - 1 - w) != NULL;
        }
        if (s->end - s->start < 300 && (t[s->end - 1] != '.' || abbrev_end))
            d->sents[i].section = XD_SECTION_HEADLINE;
        break;
    }
    S_mark_subheads(d, t);
    return 0;
}

size_t xs_sentence_asks(const char *t, const xd_sentence *s)
{
    size_t e = s->end;
    while (e > s->start) {
        unsigned char ch = (unsigned char)t[e - 1];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '"' || ch == '\'' || ch == ')')
            e--;
        else if (e - s->start >= 3 && (ch == 0x99 || ch == 0x9D) && t[e - 2] == '\x80' && t[e - 3] == '\xE2')
            e -= 3; /* ’ ” */
        else if (e - s->start >= 2 && ch == 0xBB && t[e - 2] == '\xC2')
            e -= 2; /* » */
        else
            break;
    }
    return e > s->start && t[e - 1] == '?' ? e - 1 : SIZE_MAX;
}
