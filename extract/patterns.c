/* patterns.c - loads patterns/ (docs/patterns.md): parses the .pat files, expands fragments and lexicons,
 * compiles every rule once per language with PCRE2 (JIT when available) and runs the rules' own examples. */
#include "patterns.h"
#include "normalize.h"

#include <dirent.h>
#include <sys/stat.h>
#include <libxml/parser.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdatomic.h>
#include <string.h>
#include <utf8proc.h>

#define S_COMPILE_OPTS (PCRE2_UTF | PCRE2_UCP | PCRE2_EXTENDED)
/* Anchored code runs at the prefilter's candidates; code that scans may be given an offset limit (the windows of
 * a lead set, prefilter.h), which PCRE2 wants asked for at compile time. */
#define S_SCAN_OPTS(anchored) ((anchored) ? PCRE2_ANCHORED : PCRE2_USE_OFFSET_LIMIT)

static void S_required_free(xp_required *q);

const char *const xp_lang_names[XP_NLANG] = {"es", "pt", "en"};
const char *const xp_kind_names[XP_NKINDS] = {"number", "collective", "qualifier", "veto", "subject", "trigger",
                                              "cue", "source", "actor", "pronoun", "title", "date", "daterole",
                                              "stance", "clause", "agent", "partitive"};

int xp_lang_from_name(const char *name)
{
    for (int i = 0; i < XP_NLANG; i++)
        if (name && strcmp(name, xp_lang_names[i]) == 0)
            return i;
    return -1;
}

/* A declaration as read from a file, before it is compiled for each language. scope: -1 shared, else a language. */
typedef enum { S_DECL_FRAGMENT, S_DECL_LEXICON, S_DECL_TABLE, S_DECL_RULE } S_decl_type;
typedef struct {
    S_decl_type type;
    int scope;
    const char *name;
    const char *file;
    int line;
    xi_buf body;          /* regex text (fragments, rules) */
    xp_kind kind;
    int fold;
    xp_attr attrs[8];
    size_t n_attrs;
    xp_example *examples; /* arena */
    size_t n_examples, cap_examples;
    const char **rows[3]; /* lexicon/table columns */
    size_t n_rows;
    xp_rule *compiled;    /* rules: the rule last compiled from it (an earlier language's), NULL before */
} S_decl;

typedef struct {
    extract_patterns *p;
    extract_error *err;
    S_decl *decls;
    size_t n, cap;
    /* each lexicon written as a regex, [4 * decl index + 2 * case_exact + fold] (arena; NULL until first used):
     * a lexicon is pasted into many rules of every language, and factoring it is the costly part of loading */
    const char **lexicon_re;
    size_t n_lexicon_re;
    /* 1 while expanding a rule with no caseless part ((?i)): its lists may be factored between branches that
     * differ only in case (S_put_trie), which no case-sensitive match can confuse */
    int case_exact;
    /* S_lookup's index of the declarations that are not rules, by a hash of their name: head[hash & (cap - 1)]
     * and next[i] chain decl indices + 1 in increasing order (0 ends a chain); made for the first n_index decls
     * (scratch from malloc; NULL: names are looked up one decl after another). Expanding the rules of three
     * languages looks up a thousand names among a thousand declarations. */
    uint32_t *name_head, *name_next;
    size_t name_cap, n_index;
} S_loader;

/* Fills err in the file:line shape pcre2grep uses, and returns the status for the caller to pass up. */
static extract_status S_fail(extract_error *err, extract_status code, const char *file, int line, const char *fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    snprintf(err->input, sizeof err->input, "%s", file ? file : "");
    err->line = line;
    err->column = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}

static char *S_strip(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        s[--n] = '\0';
    return s;
}

static S_decl *S_new_decl(S_loader *L)
{
    if (L->n == L->cap) {
        size_t cap = L->cap ? L->cap * 2 : 64;
        S_decl *d = xi_realloc(L->decls, cap * sizeof *d);
        if (!d)
            return NULL;
        L->decls = d;
        L->cap = cap;
    }
    S_decl *d = &L->decls[L->n++];
    memset(d, 0, sizeof *d);
    xi_buf_init(&d->body);
    return d;
}

/* Reads a whole file into a malloc'd NUL-terminated buffer. */
static char *S_slurp(const char *path, size_t *len)
{
    errno = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    xi_buf b;
    xi_buf_init(&b);
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (xi_buf_append(&b, chunk, n) < 0)
            break;
    int bad = ferror(f) || b.failed;
    fclose(f);
    if (bad) {
        errno = b.failed ? ENOMEM : EIO;
        xi_buf_free(&b);
        return NULL;
    }
    if (len)
        *len = b.len;
    if (!b.data) {
        char *e = xi_malloc(1);
        if (e)
            *e = '\0';
        else
            errno = ENOMEM;
        return e;
    }
    char *text = xi_buf_detach(&b);
    if (!text)
        errno = ENOMEM;
    return text;
}

/* Loads a lexicon (one entry a line) or table (TAB-separated columns) file named in a directive. */
static extract_status S_load_list(S_loader *L, S_decl *d, const char *dir, const char *fname)
{
    /* A pattern set reads only files beside its own: no absolute paths, no "..", regular files of bounded size
     * (a hostile set must not read /etc/passwd, /dev/zero or a FIFO). */
    if (fname[0] == '/' || strstr(fname, "..") != NULL)
        return S_fail(L->err, EXTRACT_ERR_PATTERN, d->file, d->line,
                      "%s '%s': only files in the pattern directory may be named (no '/' start, no '..')",
                      d->type == S_DECL_TABLE ? "table" : "lexicon", fname);
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", dir, fname);
    struct stat st;
    if (stat(path, &st) == 0 && (!S_ISREG(st.st_mode) || (size_t)st.st_size > XP_MAX_LIST))
        return S_fail(L->err, EXTRACT_ERR_PATTERN, d->file, d->line, "%s '%s' is not a regular file of at most %u bytes",
                      d->type == S_DECL_TABLE ? "table" : "lexicon", path, (unsigned)XP_MAX_LIST);
    size_t len;
    char *text = S_slurp(path, &len);
    if (!text && errno == ENOMEM)
        return S_fail(L->err, EXTRACT_ERR_NOMEM, d->file, d->line, "out of memory");
    if (!text)
        return S_fail(L->err, EXTRACT_ERR_PATTERN, d->file, d->line, "cannot read %s '%s': %s",
                      d->type == S_DECL_TABLE ? "table" : "lexicon", path, strerror(errno ? errno : EIO));
    size_t cap = 16;
    for (int c = 0; c < 3; c++)
        if (!(d->rows[c] = xi_arena_alloc(&L->p->arena, cap * sizeof(char *)))) {
            free(text);
            return S_fail(L->err, EXTRACT_ERR_NOMEM, d->file, d->line, "out of memory");
        }
    char *save = NULL;
    int lineno = 0;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        lineno++;
        char *s = S_strip(line);
        if (!*s || *s == '#')
            continue;
        if (d->n_rows == cap) {
            for (int c = 0; c < 3; c++) {
                const char **nr = xi_arena_alloc(&L->p->arena, cap * 2 * sizeof(char *));
                if (!nr) {
                    free(text);
                    return S_fail(L->err, EXTRACT_ERR_NOMEM, path, lineno, "out of memory");
                }
                memcpy(nr, d->rows[c], cap * sizeof(char *));
                d->rows[c] = nr;
            }
            cap *= 2;
        }
        char *cols[3] = {s, NULL, NULL};
        if (d->type == S_DECL_TABLE) {
            for (int c = 1; c < 3; c++) {
                char *tab = cols[c - 1] ? strchr(cols[c - 1], '\t') : NULL;
                if (!tab)
                    break;
                *tab = '\0';
                cols[c] = S_strip(tab + 1);
                cols[c - 1] = S_strip(cols[c - 1]);
            }
            if (!cols[1]) {
                free(text);
                return S_fail(L->err, EXTRACT_ERR_PATTERN, path, lineno, "table row needs a TAB-separated value");
            }
        }
        for (int c = 0; c < 3; c++) {
            d->rows[c][d->n_rows] = cols[c] ? xi_arena_strndup(&L->p->arena, cols[c], strlen(cols[c])) : NULL;
            if (cols[c] && !d->rows[c][d->n_rows]) { /* a lost entry would change what the set matches */
                free(text);
                return S_fail(L->err, EXTRACT_ERR_NOMEM, path, lineno, "out of memory");
            }
        }
        d->n_rows++;
    }
    free(text);
    return EXTRACT_OK;
}

static int S_parse_kind(const char *s)
{
    for (int k = 0; k < XP_NKINDS; k++)
        if (strcmp(s, xp_kind_names[k]) == 0)
            return k;
    return -1;
}

/* Parses "+ text => a=b; c=d" / "- text" (optionally "+[pt] text") into an example of the current rule. */
static extract_status S_add_example(S_loader *L, S_decl *d, char *s, const char *file, int line)
{
    if (d->type != S_DECL_RULE)
        return S_fail(L->err, EXTRACT_ERR_PATTERN, file, line, "examples belong to a @rule");
    xp_example ex = {0};
    ex.must_match = (*s == '+');
    ex.lang = -1;
    ex.file = file;
    ex.line = line;
    s++;
    if (*s == '[') {
        char *close = strchr(s, ']');
        if (!close)
            return S_fail(L->err, EXTRACT_ERR_PATTERN, file, line, "unclosed [lang] in example");
        *close = '\0';
        ex.lang = xp_lang_from_name(s + 1);
        if (ex.lang < 0)
            return S_fail(L->err, EXTRACT_ERR_PATTERN, file, line, "unknown language '%s'", s + 1);
        s = close + 1;
    }
    char *arrow = strstr(s, "=>");
    if (arrow) {
        if (!ex.must_match)
            return S_fail(L->err, EXTRACT_ERR_PATTERN, file, line, "a must-not-match example cannot expect captures");
        *arrow = '\0';
        char *e = S_strip(arrow + 2);
        if (!(ex.expect = xi_arena_strndup(&L->p->arena, e, strlen(e))))
            return S_fail(L->err, EXTRACT_ERR_NOMEM, file, line, "out of memory");
    }
    s = S_strip(s);
    if (!*s)
        return S_fail(L->err, EXTRACT_ERR_PATTERN, file, line, "empty example");
    if (!(ex.text = xi_arena_strndup(&L->p->arena, s, strlen(s))))
        return S_fail(L->err, EXTRACT_ERR_NOMEM, file, line, "out of memory");
    if (d->n_examples == d->cap_examples) {
        size_t cap = d->cap_examples ? d->cap_examples * 2 : 8;
        xp_example *n = xi_arena_alloc(&L->p->arena, cap * sizeof *n);
        if (!n)
            return S_fail(L->err, EXTRACT_ERR_NOMEM, file, line, "out of memory");
        if (d->n_examples)
            memcpy(n, d->examples, d->n_examples * sizeof *n);
        d->examples = n;
        d->cap_examples = cap;
    }
    d->examples[d->n_examples++] = ex;
    return EXTRACT_OK;
}

/* Parses one .pat file into declarations. Syntax: docs/patterns.md. */
static extract_status S_parse_file(S_loader *L, const char *dir, const char *path, int scope)
{
    size_t len;
    char *text = S_slurp(path, &len);
    if (!text && errno == ENOMEM)
        return S_fail(L->err, EXTRACT_ERR_NOMEM, path, 0, "out of memory");
    if (!text)
        return S_fail(L->err, EXTRACT_ERR_PATTERN, path, 0, "cannot read pattern file: %s", strerror(errno ? errno : EIO));
    const char *file = xi_arena_strndup(&L->p->arena, path, strlen(path));
    S_decl *cur = NULL;
    extract_status st = EXTRACT_OK;
    int lineno = 0;
    char *p = text;
    while (p && *p && st == EXTRACT_OK) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = '\0';
        lineno++;
        char *raw = p;
        p = nl ? nl + 1 : NULL;
        int indented = (*raw == ' ' || *raw == '\t');
        char *s = S_strip(raw);
        if (!*s || *s == '#')
            continue;
        if (*s == '@') {
            /* " #" starts a comment on a directive line (a '#' inside a one-line fragment is written \#) */
            for (char *h = s; (h = strchr(h, '#')); h++)
                if (h > s && (h[-1] == ' ' || h[-1] == '\t')) {
                    *h = '\0';
                    break;
                }
            char *words[16];
            int nw = 0;
            char *save = NULL;
            for (char *w = strtok_r(s, " \t", &save); w && nw < 16; w = strtok_r(NULL, " \t", &save))
                words[nw++] = w;
            int oom = 0;
            cur = S_new_decl(L);
            if (!cur) {
                st = S_fail(L->err, EXTRACT_ERR_NOMEM, file, lineno, "out of memory");
                break;
            }
            cur->scope = scope;
            cur->file = file;
            cur->line = lineno;
            cur->fold = 1;
            if (strcmp(words[0], "@fragment") == 0 && nw >= 2) {
                cur->type = S_DECL_FRAGMENT;
                cur->name = xi_arena_strndup(&L->p->arena, words[1], strlen(words[1]));
                /* "@fragment NAME = regex" puts the body on the same line. */
                for (int i = 2; i < nw; i++)
                    if (!(i == 2 && strcmp(words[i], "=") == 0) &&
                        (xi_buf_puts(&cur->body, words[i]) < 0 || xi_buf_putc(&cur->body, ' ') < 0))
                        oom = 1;
            } else if ((strcmp(words[0], "@lexicon") == 0 || strcmp(words[0], "@table") == 0) && nw >= 3) {
                cur->type = words[0][1] == 'l' ? S_DECL_LEXICON : S_DECL_TABLE;
                cur->name = xi_arena_strndup(&L->p->arena, words[1], strlen(words[1]));
                st = S_load_list(L, cur, dir, words[nw - 1]);
            } else if (strcmp(words[0], "@rule") == 0 && nw >= 3) {
                cur->type = S_DECL_RULE;
                cur->name = xi_arena_strndup(&L->p->arena, words[1], strlen(words[1]));
                int k = S_parse_kind(words[2]);
                if (k < 0) {
                    st = S_fail(L->err, EXTRACT_ERR_PATTERN, file, lineno, "rule %s: unknown kind '%s'", words[1], words[2]);
                    break;
                }
                cur->kind = (xp_kind)k;
                for (int i = 3; i < nw; i++) {
                    char *eq = strchr(words[i], '=');
                    if (strcmp(words[i], "exact") == 0)
                        cur->fold = 0;
                    else if (strcmp(words[i], "fold") == 0)
                        cur->fold = 1;
                    else if (eq && cur->n_attrs < 8) {
                        *eq = '\0';
                        cur->attrs[cur->n_attrs].key = xi_arena_strndup(&L->p->arena, words[i], strlen(words[i]));
                        cur->attrs[cur->n_attrs].value = xi_arena_strndup(&L->p->arena, eq + 1, strlen(eq + 1));
                        oom |= !cur->attrs[cur->n_attrs].key || !cur->attrs[cur->n_attrs].value;
                        cur->n_attrs++;
                    } else {
                        st = S_fail(L->err, EXTRACT_ERR_PATTERN, file, lineno, "rule %s: cannot read '%s'", cur->name, words[i]);
                        break;
                    }
                }
            } else {
                st = S_fail(L->err, EXTRACT_ERR_PATTERN, file, lineno, "unknown or incomplete directive '%s'", words[0]);
            }
            /* a name or text lost to a failed allocation would surface later as a pattern error, or a crash */
            if (!st && (oom || !cur->name))
                st = S_fail(L->err, EXTRACT_ERR_NOMEM, file, lineno, "out of memory");
            continue;
        }
        if (!cur) {
            st = S_fail(L->err, EXTRACT_ERR_PATTERN, file, lineno, "text before the first @rule/@fragment");
            break;
        }
        if ((*s == '+' || *s == '-') && (s[1] == ' ' || s[1] == '[')) {
            st = S_add_example(L, cur, s, file, lineno);
            continue;
        }
        if (!indented || (cur->type != S_DECL_RULE && cur->type != S_DECL_FRAGMENT)) {
            st = S_fail(L->err, EXTRACT_ERR_PATTERN, file, lineno, "regex lines must be indented under a @rule or @fragment");
            break;
        }
        if (cur->n_examples) {
            st = S_fail(L->err, EXTRACT_ERR_PATTERN, file, lineno, "regex text after the examples of %s", cur->name);
            break;
        }
        if (xi_buf_puts(&cur->body, s) < 0 || xi_buf_putc(&cur->body, '\n') < 0) {
            st = S_fail(L->err, EXTRACT_ERR_NOMEM, file, lineno, "out of memory");
            break;
        }
    }
    free(text);
    return st;
}

static size_t S_hash(const char *s, size_t len); /* xi_hash, below with the tables */
static int S_table_index(xi_arena *a, xp_table *t);
static int S_cmp_str(const void *a, const void *b);

/* (Re)makes L's name index for its decls as they are now; leaves none when out of memory. */
static void S_name_index(S_loader *L)
{
    free(L->name_head);
    free(L->name_next);
    L->name_head = L->name_next = NULL;
    L->name_cap = L->n_index = 0;
    if (L->n >= UINT32_MAX)
        return;
    size_t cap = 16;
    while (cap < 2 * L->n)
        cap *= 2;
    uint32_t *head = calloc(cap, sizeof *head), *next = malloc((L->n ? L->n : 1) * sizeof *next);
    if (!head || !next) {
        free(head);
        free(next);
        return;
    }
    for (size_t i = L->n; i-- > 0;) {
        const S_decl *d = &L->decls[i];
        if (d->type == S_DECL_RULE)
            continue;
        uint32_t *h = &head[S_hash(d->name, strlen(d->name)) & (cap - 1)];
        next[i] = *h;
        *h = (uint32_t)(i + 1);
    }
    L->name_head = head;
    L->name_next = next;
    L->name_cap = cap;
    L->n_index = L->n;
}

/* Finds the declaration NAME visible from a language: the language's own first, then the shared one. */
static const S_decl *S_lookup(S_loader *L, const char *name, size_t len, int lang)
{
    if (L->n_index != L->n || !L->name_head)
        S_name_index(L);
    const S_decl *shared = NULL;
    /* the decls of that name in increasing order (through the index, when there is one), first to last */
    size_t i = 0;
    if (L->name_head)
        i = L->name_head[S_hash(name, len) & (L->name_cap - 1)];
    for (i = L->name_head ? i : 1; i && i <= L->n; i = L->name_head ? L->name_next[i - 1] : i + 1) {
        const S_decl *d = &L->decls[i - 1];
        if (d->type == S_DECL_RULE || strlen(d->name) != len || strncmp(d->name, name, len) != 0)
            continue;
        if (d->scope == lang)
            return d;
        if (d->scope < 0)
            shared = d;
    }
    return shared;
}

/* Writes a literal lexicon entry as regex text: metacharacters escaped, spaces as \s+ (the x flag ignores them). */
static void S_put_literal(xi_buf *out, const char *s)
{
    for (; *s; s++) {
        if (*s == ' ') {
            while (s[1] == ' ')
                s++;
            xi_buf_puts(out, "\\s+");
        } else if (strchr("\\^$.|?*+()[]{}#-", *s)) {
            xi_buf_putc(out, '\\');
            xi_buf_putc(out, *s);
        } else {
            xi_buf_putc(out, *s);
        }
    }
}

/* The length of the token at s: a run of spaces (one \s+), one UTF-8 character, or 0 at the end. */
static size_t S_token(const char *s)
{
    if (!*s)
        return 0;
    size_t n = 1;
    if (*s == ' ')
        while (s[n] == ' ')
            n++;
    else
        while (((unsigned char)s[n] & 0xC0) == 0x80)
            n++;
    return n;
}

/* The token's character with its case folded (a space run is ' '), to tell tokens that (?i) may confuse. */
static utf8proc_int32_t S_token_key(const char *s, size_t n)
{
    utf8proc_int32_t c;
    if (!n || *s == ' ' || utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &c) < 0)
        return n ? ' ' : -1;
    return utf8proc_tolower(c);
}

/* Whether key's last word (after its last space, or all of it) is w[0,len). */
static int S_last_word_is(const char *key, const char *w, size_t len)
{
    const char *k = strrchr(key, ' ');
    k = k ? k + 1 : key;
    return strlen(k) == len && memcmp(k, w, len) == 0;
}

/* Writes literal entries keys[0,n) (all sharing their first `at` bytes) from byte `at` on as one alternation
 * factored into a trie: "Foro Penal|Foro Cívico" becomes "Foro\s+(?:Penal|Cívico)". PCRE2 tries the branches
 * of an alternation one after the other, so a list of hundreds of names cost hundreds of failed branches at
 * every capital letter; factored, a failing position costs a branch per distinct first character. The
 * matches are the same, in the same order of preference: branches are kept in the order their first entry
 * had in the list, and at one position only one character branch can match, so the only order that matters
 * is between an entry and its own extensions — where it is kept, or the level is written unfactored (as it is
 * when two branches differ only in case, which (?i) would let both match, unless case_exact says the list is
 * pasted where no (?i) reaches: "Palestinians|people|…" in a list of people nouns had left the whole list of
 * them unfactored, tried entry by entry after every capitalised word). */
static void S_put_trie(xi_buf *out, const char **keys, size_t n, size_t at, int case_exact)
{
    /* Each entry's token and branch (the index of the first entry with the same token), and the branches'
     * first entries linked to their later ones, found through a hash of the tokens: comparing every entry
     * with every earlier one made this quadratic, and lexicons of a few thousand names a tenth of a load. */
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    /* most nodes of a trie have a few entries: their scratch is on the stack */
    enum { S_SMALL = 16 };
    size_t s_tl[S_SMALL / 2], s_grp[S_SMALL / 2], s_next[S_SMALL / 2], s_slot[S_SMALL], s_fslot[S_SMALL];
    utf8proc_int32_t s_fkey[S_SMALL];
    const char *s_sub[S_SMALL / 2];
    int small = cap <= S_SMALL;
    size_t *tl = small ? s_tl : xi_malloc(n * sizeof *tl), *grp = small ? s_grp : xi_malloc(n * sizeof *grp),
           *next = small ? s_next : xi_malloc(n * sizeof *next);
    size_t *slot = small ? s_slot : xi_malloc(cap * sizeof *slot), *fslot = small ? s_fslot : xi_malloc(cap * sizeof *fslot);
    utf8proc_int32_t *fkey = small ? s_fkey : xi_malloc(cap * sizeof *fkey);
    const char **sub = small ? s_sub : xi_malloc(n * sizeof *sub);
    if (!tl || !grp || !next || !slot || !fslot || !fkey || !sub) {
        out->failed = 1;
        goto done;
    }
    memset(slot, 0, cap * sizeof *slot);
    memset(fslot, 0, cap * sizeof *fslot);
    size_t n_groups = 0, end_first = SIZE_MAX, end_last_other = 0;
    int factor = 1;
    for (size_t i = 0; i < n; i++) {
        const char *t = keys[i] + at;
        size_t ti = tl[i] = S_token(t);
        grp[i] = SIZE_MAX;
        next[i] = SIZE_MAX;
        if (!ti) {
            if (end_first == SIZE_MAX)
                end_first = i;
            continue;
        }
        end_last_other = i;
        size_t h = S_hash(t, ti) & (cap - 1);
        while (slot[h] && !(tl[slot[h] - 1] == ti && memcmp(keys[slot[h] - 1] + at, t, ti) == 0))
            h = (h + 1) & (cap - 1);
        if (slot[h]) {
            grp[i] = slot[h] - 1;
            continue;
        }
        slot[h] = i + 1;
        grp[i] = i;
        n_groups++;
        /* another branch whose character differs only in case: an earlier token with the same folded key (it
         * differs in bytes, or it would be this branch) */
        if (case_exact)
            continue;
        utf8proc_int32_t fk = S_token_key(t, ti);
        size_t g = (size_t)(uint32_t)fk * 2654435761u & (cap - 1);
        while (fslot[g] && fkey[g] != fk)
            g = (g + 1) & (cap - 1);
        if (fslot[g])
            factor = 0;
        else {
            fslot[g] = i + 1;
            fkey[g] = fk;
        }
    }
    /* an entry that ends here must come after all its extensions, as "longest first" puts it */
    if (end_first != SIZE_MAX && n_groups && end_first < end_last_other)
        factor = 0;
    if (!factor) {
        xi_buf_puts(out, "(?:");
        for (size_t i = 0; i < n; i++) {
            if (i)
                xi_buf_putc(out, '|');
            S_put_literal(out, keys[i] + at);
        }
        xi_buf_putc(out, ')');
        goto done;
    }
    /* each branch's entries in order, linked by next[] (fslot reused: index + 1 of the latest entry linked so
     * far, by the branch's first entry, which is below n <= cap) */
    memset(fslot, 0, cap * sizeof *fslot);
    for (size_t i = 0; i < n; i++) {
        if (grp[i] == SIZE_MAX)
            continue;
        if (fslot[grp[i]])
            next[fslot[grp[i]] - 1] = i;
        fslot[grp[i]] = i + 1;
    }
    int wrap = n_groups + (end_first != SIZE_MAX) > 1;
    if (wrap)
        xi_buf_puts(out, "(?:");
    int first = 1;
    for (size_t i = 0; i < n; i++) {
        if (grp[i] != i)
            continue; /* no token, or its branch was written with its first entry */
        size_t ti = tl[i], m = 0;
        for (size_t k = i; k != SIZE_MAX; k = next[k])
            sub[m++] = keys[k];
        if (!first)
            xi_buf_putc(out, '|');
        first = 0;
        char tok[8] = {0};
        memcpy(tok, keys[i] + at, ti < 7 ? ti : 7);
        if (*tok == ' ')
            tok[1] = '\0';
        S_put_literal(out, tok);
        if (m > 1 || S_token(sub[0] + at + ti))
            S_put_trie(out, sub, m, at + ti, case_exact);
    }
    if (end_first != SIZE_MAX && wrap)
        xi_buf_putc(out, '|'); /* the entry that ends here: the empty branch, last */
    if (wrap)
        xi_buf_putc(out, ')');
done:
    if (!small) {
        free(tl);
        free(grp);
        free(next);
        free(slot);
        free(fslot);
        free(fkey);
        free(sub);
    }
}

static int S_by_length_desc(const void *a, const void *b)
{
    size_t la = strlen(*(const char *const *)a), lb = strlen(*(const char *const *)b);
    return la < lb ? 1 : la > lb ? -1 : strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Lexicon d as a regex alternation (its entries folded when fold), made once; NULL when out of memory. */
static const char *S_lexicon_re(S_loader *L, const S_decl *d, int fold)
{
    size_t slot = 4 * (size_t)(d - L->decls) + 2 * (L->case_exact ? 1 : 0) + (fold ? 1 : 0);
    if (!L->lexicon_re) {
        if (!(L->lexicon_re = xi_calloc(4 * L->n, sizeof *L->lexicon_re)))
            return NULL;
        L->n_lexicon_re = 4 * L->n;
    }
    if (slot < L->n_lexicon_re && L->lexicon_re[slot])
        return L->lexicon_re[slot];
    /* Longest entries first, so "presos políticos" wins over "presos". */
    const char **keys = xi_malloc((d->n_rows ? d->n_rows : 1) * sizeof *keys);
    if (!keys)
        return NULL;
    for (size_t i = 0; i < d->n_rows; i++) {
        const char *k = d->rows[0][i];
        if (!(keys[i] = fold ? xn_fold_str(k, strlen(k), &L->p->arena) : k)) {
            free(keys);
            return NULL;
        }
    }
    qsort(keys, d->n_rows, sizeof *keys, S_by_length_desc);
    xi_buf b;
    xi_buf_init(&b);
    if (d->n_rows)
        S_put_trie(&b, keys, d->n_rows, 0, L->case_exact);
    free(keys);
    char *re = b.failed ? NULL : xi_arena_alloc(&L->p->arena, b.len + 1);
    if (re && b.len)
        memcpy(re, b.data, b.len);
    xi_buf_free(&b);
    if (slot < L->n_lexicon_re)
        L->lexicon_re[slot] = re;
    return re;
}

/* The most words one entry of a fragment's list may stand for once its character classes are spelt out
 * ("P[úu]blico": two). */
#define S_MAX_ENTRY_WORDS 16

/* Appends the UTF-8 bytes of code point c to buf at *o; 0 when it is no character. */
static int S_put_cp(char *buf, size_t *o, long c)
{
    utf8proc_uint8_t u[4];
    utf8proc_ssize_t n = c >= 0 && c <= 0x10FFFF ? utf8proc_encode_char((utf8proc_int32_t)c, u) : 0;
    if (n <= 0)
        return 0;
    memcpy(buf + *o, u, (size_t)n);
    *o += (size_t)n;
    return 1;
}

/* One character written as regex text at s (an escaped sign "\-", "\x{2019}", or itself, not a metacharacter):
 * its bytes appended to buf at *o and the length of its text, or 0. */
static size_t S_plain_char(const char *s, char *buf, size_t *o)
{
    unsigned char c = (unsigned char)*s;
    if (c == '\\' && s[1] && strchr("-.'&/,", s[1])) {
        buf[(*o)++] = s[1];
        return 2;
    }
    if (c == '\\' && s[1] == 'x' && s[2] == '{') {
        char *e;
        long cp = strtol(s + 3, &e, 16);
        return e > s + 3 && *e == '}' && S_put_cp(buf, o, cp) ? (size_t)(e + 1 - s) : 0;
    }
    if (!c || c == ' ' || c == '\t' || c == '\n' || strchr("\\()[]{}|.*+?^$#", c))
        return 0;
    size_t n = 1;
    while (((unsigned char)s[n] & 0xC0) == 0x80)
        n++;
    memcpy(buf + *o, s, n);
    *o += n;
    return n;
}

/* Reads one alternative of a list fragment, e[0,n), as the words it matches: literal characters, \s+ (a space),
 * escaped signs and classes of single characters ("P[úu]blico", "d['\x{2019}]"), each such class spelt out as
 * one word per member in the class's order ("Público", "Publico": at one place at most one of them matches, so
 * the list means what the class did). The words go to words[] (arena), at most S_MAX_ENTRY_WORDS; 0 when the
 * alternative is anything else (a lookaround, a quantifier, a group). */
static size_t S_entry_words(S_loader *L, const char *e, size_t n, const char **words)
{
    /* the variants, built character by character (a character in a word takes no more bytes than its text) */
    char cur[S_MAX_ENTRY_WORDS][128];
    size_t len[S_MAX_ENTRY_WORDS], nw = 1;
    if (n >= sizeof cur[0])
        return 0;
    len[0] = 0;
    for (size_t i = 0; i < n;) {
        char c = e[i];
        if (c == ' ' || c == '\t' || c == '\n') {
            i++; /* extended syntax: white space means nothing */
            continue;
        }
        if (c == '\\' && i + 2 < n && e[i + 1] == 's' && e[i + 2] == '+') {
            for (size_t w = 0; w < nw; w++) {
                if (len[w] == 0 || cur[w][len[w] - 1] == ' ')
                    return 0; /* a word does not start with a space, nor has two in a row */
                cur[w][len[w]++] = ' ';
            }
            i += 3;
            continue;
        }
        if (c == '[') {
            /* single characters only: no range, negation, escape for a set or white space (literal in a class) */
            char mem[8][8];
            size_t ml[8], nm = 0, j = i + 1;
            while (j < n && e[j] != ']') {
                if (nm == 8 || e[j] == '-' || e[j] == '^' || e[j] == '[')
                    return 0;
                size_t o = 0, t = S_plain_char(e + j, mem[nm], &o);
                if (!t || j + t > n)
                    return 0;
                ml[nm++] = o;
                j += t;
            }
            if (j >= n || nm == 0 || nw * nm > S_MAX_ENTRY_WORDS)
                return 0;
            i = j + 1;
            if (i < n && strchr("?*+{", e[i]))
                return 0;
            for (size_t k = nm; k-- > 0;)
                for (size_t w = 0; w < nw; w++) {
                    size_t to = k * nw + w; /* member k of variant w; written from the last so none is overwritten */
                    if (to != w)
                        memcpy(cur[to], cur[w], len[w]);
                    len[to] = len[w];
                    memcpy(cur[to] + len[to], mem[k], ml[k]);
                    len[to] += ml[k];
                }
            nw *= nm;
            continue;
        }
        char one[8];
        size_t o = 0, t = S_plain_char(e + i, one, &o);
        if (!t || i + t > n || (i + t < n && strchr("?*+{", e[i + t])))
            return 0;
        for (size_t w = 0; w < nw; w++) {
            memcpy(cur[w] + len[w], one, o);
            len[w] += o;
        }
        i += t;
    }
    for (size_t w = 0; w < nw; w++) {
        if (len[w] == 0 || cur[w][len[w] - 1] == ' ')
            return 0;
        if (!(words[w] = xi_arena_strndup(&L->p->arena, cur[w], len[w])))
            return 0;
    }
    return nw;
}

/* Whether regex text e[0,n) refers to a fragment or lexicon ("{NAME}", not "\p{L}" nor "{0,2}"). */
static int S_has_reference(const char *e, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (e[i] == '\\') {
            const char *close = i + 2 < n && e[i + 2] == '{' && strchr("pPxoNgk", e[i + 1]) ? memchr(e + i, '}', n - i) : NULL;
            i = close ? (size_t)(close - e) : i + 1; /* "\p{L}", "\x{2019}": an escape's argument */
            continue;
        }
        if (e[i] == '{' && i + 1 < n && ((e[i + 1] >= 'A' && e[i + 1] <= 'Z') || (e[i + 1] >= 'a' && e[i + 1] <= 'z') || e[i + 1] == '_'))
            return 1;
    }
    return 0;
}

/* A fragment written as a list, "(?:Observatorio|Cruz\s+Roja|P[úu]blico|Alto\s+X(?=…)|…)", read into entries:
 * each alternative in the order written, as its words (S_entry_words: keys[] gets them, raw[] 0) or, when it is
 * anything else, as its regex text (one key, raw[] 1), pasted as written. *out_raw may be NULL when no entry is
 * raw. Returns the number of keys; 0 when the fragment is no list, when no entry reads as words, or when a raw
 * entry refers to another fragment (the words are pasted unexpanded). */
static size_t S_fragment_words(S_loader *L, const char *body, const char ***out, unsigned char **out_raw)
{
    size_t n = body ? strlen(body) : 0;
    while (n && strchr(" \t\n", body[n - 1]))
        n--;
    while (n && strchr(" \t\n", *body))
        body++, n--;
    if (n < 5 || memcmp(body, "(?:", 3) != 0 || body[n - 1] != ')')
        return 0;
    /* the top-level alternatives, up to the ')' that closes the list, which must be the last byte */
    size_t cap = 1, depth = 0;
    int in_class = 0;
    for (size_t i = 3; i < n; i++) {
        char c = body[i];
        if (c == '\\') {
            i++;
        } else if (in_class) {
            in_class = c != ']';
        } else if (c == '[') {
            in_class = 1;
            if (i + 1 < n && body[i + 1] == ']')
                i++; /* "[]…]": a ']' first is a member */
        } else if (c == '(') {
            depth++;
        } else if (c == ')') {
            if (depth == 0 && i + 1 != n)
                return 0; /* the list closes before the end: "(?:a|b)c" */
            if (depth)
                depth--;
        } else if (c == '|' && depth == 0) {
            cap++;
        }
    }
    if (depth || in_class)
        return 0;
    cap *= S_MAX_ENTRY_WORDS;
    const char **keys = xi_arena_alloc(&L->p->arena, cap * sizeof *keys);
    unsigned char *raw = xi_arena_alloc(&L->p->arena, cap);
    if (!keys || !raw)
        return 0;
    size_t nk = 0, n_words = 0, from = 3;
    depth = 0;
    in_class = 0;
    for (size_t i = 3; i < n; i++) {
        char c = body[i];
        if (c == '\\') {
            i++;
            continue;
        }
        if (in_class) {
            in_class = c != ']';
            continue;
        }
        if (c == '[') {
            in_class = 1;
            if (i + 1 < n && body[i + 1] == ']')
                i++;
            continue;
        }
        if (c == '(' || (c == ')' && i + 1 != n)) {
            depth += c == '(' ? 1 : (size_t)-1;
            continue;
        }
        if (!((c == '|' && depth == 0) || i + 1 == n))
            continue;
        /* one alternative, body[from, i) */
        size_t got = S_entry_words(L, body + from, i - from, keys + nk);
        if (got) {
            memset(raw + nk, 0, got);
            nk += got;
            n_words += got;
        } else {
            size_t a = from, b = i;
            while (a < b && strchr(" \t\n", body[a]))
                a++;
            while (b > a && strchr(" \t\n", body[b - 1]))
                b--;
            if (a == b || S_has_reference(body + a, b - a) || !(keys[nk] = xi_arena_strndup(&L->p->arena, body + a, b - a)))
                return 0;
            raw[nk++] = 1;
        }
        from = i + 1;
    }
    if (!n_words)
        return 0;
    *out = keys;
    *out_raw = n_words < nk ? raw : NULL;
    return nk;
}

/* A list fragment written as a trie (S_put_trie), made once; NULL when the fragment is not such a list.
 * Fragments like {ORGHEAD} hold a hundred names tried at every capital letter, so factoring them counts as much
 * as factoring lexicons. Entries that are no words ("Alto\s+Comissariado(?=\s+…)") are pasted as written
 * between tries of the runs of words around them: an alternation is tried in order, so "(?:a|b|X|c|d)" and
 * "(?:(?:a|b)|X|(?:c|d))" prefer the same match. */
static const char *S_fragment_re(S_loader *L, const S_decl *d)
{
    size_t slot = 4 * (size_t)(d - L->decls) + 2 * (L->case_exact ? 1 : 0);
    if (!L->lexicon_re) {
        if (!(L->lexicon_re = xi_calloc(4 * L->n, sizeof *L->lexicon_re)))
            return NULL;
        L->n_lexicon_re = 4 * L->n;
    }
    if (slot < L->n_lexicon_re && L->lexicon_re[slot])
        return *L->lexicon_re[slot] ? L->lexicon_re[slot] : NULL;
    const char **keys;
    unsigned char *raw = NULL;
    size_t nk = S_fragment_words(L, d->body.data, &keys, &raw);
    char *re = NULL;
    if (nk) {
        xi_buf b;
        xi_buf_init(&b);
        if (!raw) {
            S_put_trie(&b, keys, nk, 0, L->case_exact);
        } else {
            xi_buf_puts(&b, "(?:");
            for (size_t i = 0; i < nk;) {
                if (i)
                    xi_buf_putc(&b, '|');
                if (raw[i]) {
                    xi_buf_puts(&b, keys[i++]);
                    continue;
                }
                size_t j = i;
                while (j < nk && !raw[j])
                    j++;
                S_put_trie(&b, keys + i, j - i, 0, L->case_exact);
                i = j;
            }
            xi_buf_putc(&b, ')');
        }
        re = b.failed ? NULL : xi_arena_alloc(&L->p->arena, b.len + 1);
        if (re)
            memcpy(re, b.data, b.len);
        xi_buf_free(&b);
    }
    if (slot < L->n_lexicon_re)
        L->lexicon_re[slot] = re ? re : ""; /* "": not a list, pasted as written */
    return re;
}

/* Expands {NAME} references (fragments, lexicons, tables) into out, recursively. */
static extract_status S_expand(S_loader *L, const char *src, int lang, int fold, xi_buf *out, const S_decl *owner,
                               int depth)
{
    if (depth > 16)
        return S_fail(L->err, EXTRACT_ERR_PATTERN, owner->file, owner->line,
                      "%s: fragments nest more than 16 deep (a fragment that refers to itself?)", owner->name);
    for (const char *s = src; *s; s++) {
        if (*s == '\\' && s[1]) {
            /* An escape with a braced argument (\p{Lu}, \x{2019}) is regex syntax, not a fragment reference. */
            const char *e = s + 2;
            if (*e == '{' && strchr("pPxoNgk", s[1])) {
                const char *close = strchr(e, '}');
                if (close)
                    e = close + 1;
            }
            xi_buf_append(out, s, (size_t)(e - s));
            s = e - 1;
            continue;
        }
        if (*s == '{' && ((s[1] >= 'A' && s[1] <= 'Z') || (s[1] >= 'a' && s[1] <= 'z') || s[1] == '_')) {
            const char *e = s + 1;
            while ((*e >= 'A' && *e <= 'Z') || (*e >= 'a' && *e <= 'z') || (*e >= '0' && *e <= '9') || *e == '_')
                e++;
            if (*e == '}') {
                const S_decl *d = S_lookup(L, s + 1, (size_t)(e - s - 1), lang);
                if (!d)
                    return S_fail(L->err, EXTRACT_ERR_PATTERN, owner->file, owner->line, "%s: unknown fragment or lexicon {%.*s}",
                                  owner->name, (int)(e - s - 1), s + 1);
                xi_buf_puts(out, "(?:");
                const char *words = d->type == S_DECL_FRAGMENT ? S_fragment_re(L, d) : NULL;
                if (words) {
                    xi_buf_puts(out, words);
                } else if (d->type == S_DECL_FRAGMENT) {
                    extract_status st = S_expand(L, d->body.data ? d->body.data : "", lang, fold, out, owner, depth + 1);
                    if (st)
                        return st;
                } else {
                    const char *lre = S_lexicon_re(L, d, fold);
                    if (!lre)
                        return S_fail(L->err, EXTRACT_ERR_NOMEM, owner->file, owner->line, "out of memory");
                    xi_buf_puts(out, lre);
                }
                xi_buf_putc(out, ')');
                if (out->len > XP_MAX_EXPANDED)
                    return S_fail(L->err, EXTRACT_ERR_PATTERN, owner->file, owner->line,
                                  "%s expands to more than %u bytes of regex (fragments pasted into each other?)",
                                  owner->name, (unsigned)XP_MAX_EXPANDED);
                s = e;
                continue;
            }
        }
        xi_buf_putc(out, *s);
    }
    return out->failed ? S_fail(L->err, EXTRACT_ERR_NOMEM, owner->file, owner->line, "out of memory") : EXTRACT_OK;
}

/* Whether regex re sets the caseless option anywhere: an option setting "(?i)", "(?i:", "(?xi:" (any 'i' among
 * its letters, "(?-i)" too: the test only has to be safe). */
static int S_sets_caseless(const char *re, size_t len)
{
    for (size_t i = 0; i + 2 < len; i++) {
        if (re[i] != '(' || re[i + 1] != '?')
            continue;
        int ci = 0;
        size_t j = i + 2;
        while (j < len && ((re[j] >= 'a' && re[j] <= 'z') || (re[j] >= 'A' && re[j] <= 'Z') || re[j] == '-' || re[j] == '^'))
            ci |= re[j++] == 'i';
        if (ci && j < len && (re[j] == ':' || re[j] == ')'))
            return 1;
    }
    return 0;
}

static extract_status S_finish_rule(S_loader *L, S_decl *d, int lang, xp_rule *r, pcre2_code *code, const char *src,
                                    int prefiltered, const xp_rule *same);

/* Compiles one rule declaration for one language into p->rules[lang]. */
static extract_status S_compile(S_loader *L, S_decl *d, int lang, xp_rule *r)
{
    xi_buf re;
    xi_buf_init(&re);
    /* its lists factored as a case-sensitive match allows, unless the rule turns out to have a caseless part:
     * then again as any match allows */
    L->case_exact = 1;
    extract_status st = S_expand(L, d->body.data ? d->body.data : "", lang, d->fold, &re, d, 0);
    if (!st && S_sets_caseless(re.data, re.len)) {
        xi_buf_free(&re);
        xi_buf_init(&re);
        L->case_exact = 0;
        st = S_expand(L, d->body.data ? d->body.data : "", lang, d->fold, &re, d, 0);
    }
    L->case_exact = 0;
    if (st) {
        xi_buf_free(&re);
        return st;
    }
    if (!re.len) {
        xi_buf_free(&re);
        return S_fail(L->err, EXTRACT_ERR_PATTERN, d->file, d->line, "rule %s has no regex", d->name);
    }
    /* A shared rule whose expansion is the same as in an earlier language (its lexicons and fragments the same
     * there: 80 or so of each language's rules) is the same regex: its prefixes, its load-time code and its
     * source are that language's, read and compiled once (xp_rule.same). */
    const xp_rule *same = d->compiled;
    if (same && same->src_len == re.len && memcmp(same->src, re.data, re.len) == 0) {
        xi_buf_free(&re);
        r->prefixes = same->prefixes;
        r->n_prefixes = same->n_prefixes;
        r->prefix_classes = same->prefix_classes;
        memcpy(r->class_not_after, same->class_not_after, sizeof r->class_not_after);
        r->lead = same->lead_read;
        r->lead_read = same->lead_read;
        return S_finish_rule(L, d, lang, r, same->base, same->src, same->prefiltered_read, same);
    }
    /* The prefilter's reading first: a prefiltered rule is compiled anchored (what runs on documents), the
     * others as written; the other code is made on demand (xp_rule_scan). */
    int pre = xf_prefixes_lead(re.data, re.len, &L->p->arena, &r->prefixes, &r->n_prefixes, &r->prefix_classes,
                               r->class_not_after, &r->lead);
    if (pre < 0) {
        xi_buf_free(&re);
        return S_fail(L->err, EXTRACT_ERR_NOMEM, d->file, d->line, "out of memory");
    }
    int errcode;
    PCRE2_SIZE erroff;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)re.data, re.len, S_COMPILE_OPTS | S_SCAN_OPTS(pre > 0), &errcode,
                                     &erroff, NULL);
    if (!code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        /* Point at the pattern text around the error: after expansion the offset alone means little. */
        size_t from = erroff > 30 ? erroff - 30 : 0;
        st = S_fail(L->err, EXTRACT_ERR_PATTERN, d->file, d->line,
                    "error in regex of rule %s (%s) at offset %zu: %s (near \"%.*s\")", d->name, xp_lang_names[lang],
                    (size_t)erroff, (const char *)msg, (int)((erroff - from) + 10 < re.len - from ? (erroff - from) + 10 : re.len - from),
                    re.data + from);
        xi_buf_free(&re);
        return st;
    }
    char *src = xi_arena_alloc(&L->p->arena, re.len + 1);
    if (src)
        memcpy(src, re.data, re.len);
    xi_buf_free(&re);
    if (!src) {
        pcre2_code_free(code);
        return S_fail(L->err, EXTRACT_ERR_NOMEM, d->file, d->line, "out of memory");
    }
    r->lead_read = r->lead;
    return S_finish_rule(L, d, lang, r, code, src, pre > 0, NULL);
}

/* Twenty-sixth session (issue #5): a rule tried at every capital letter (actor.person) spent most of its time in
 * negative lookaheads over whole lexicons at its start ("(?!(?:{CAPWORDS})(?![\p{L}\-]))"), each an alternation
 * PCRE2 walks at every candidate. The attribute start_not_in=LEX[,LEX...] names lexicons the rule's regex so
 * refuses at its start; their one-word entries (as pasted: folded for a folded rule) go in a hash made here, and
 * the recognizer looks the word at a candidate up before it runs the regex (xp_start_excluded). Entries of
 * several words are left out (\s+ in the regex matches any run of space): the regex still refuses those. The
 * matches are the same; --check-patterns tests that the regex does refuse each word (S_check_not_start). */
static extract_status S_start_set(S_loader *L, const S_decl *d, int lang, xp_rule *r, const char *names)
{
    size_t total = 0;
    const S_decl *lex[16];
    size_t nl = 0;
    for (const char *s = names; *s;) {
        size_t len = strcspn(s, ",");
        const S_decl *x = len ? S_lookup(L, s, len, lang) : NULL;
        if (!x || x->type != S_DECL_LEXICON)
            return S_fail(L->err, EXTRACT_ERR_PATTERN, d->file, d->line, "rule %s: start_not_in names %.*s, no lexicon",
                          d->name, (int)len, s);
        if (nl == sizeof lex / sizeof *lex)
            return S_fail(L->err, EXTRACT_ERR_PATTERN, d->file, d->line, "rule %s: start_not_in names over %zu lexicons",
                          d->name, sizeof lex / sizeof *lex);
        lex[nl++] = x;
        total += x->n_rows;
        s += len;
        if (*s == ',')
            s++;
    }
    /* the words go in a case-exact lexicon table (xp_table, exact): actor.person reads the text as written and its
     * lookahead refuses "Reuters", not "reuters"; a folded table would skip both, where the regex may match one.
     * A folded rule's words are folded here, as its regex reads them. */
    xp_table *set = xi_arena_alloc(&L->p->arena, sizeof *set);
    if (!set)
        return S_fail(L->err, EXTRACT_ERR_NOMEM, d->file, d->line, "out of memory");
    memset(set, 0, sizeof *set);
    set->name = d->name;
    set->exact = 1;
    const char **keys = set->keys = xi_arena_alloc(&L->p->arena, (total ? total : 1) * sizeof *set->keys);
    if (!keys)
        return S_fail(L->err, EXTRACT_ERR_NOMEM, d->file, d->line, "out of memory");
    for (size_t k = 0; k < nl; k++)
        for (size_t i = 0; i < lex[k]->n_rows; i++) {
            const char *w = lex[k]->rows[0][i];
            if (r->fold && !(w = xn_fold_str(w, strlen(w), &L->p->arena)))
                return S_fail(L->err, EXTRACT_ERR_NOMEM, d->file, d->line, "out of memory");
            if (!*w || strpbrk(w, " \t\n\r\f\v"))
                continue; /* several words: left to the regex */
            keys[set->n++] = w;
        }
    /* sorted and without repeats, as a lexicon's keys are (the checker tries each word once) */
    qsort(keys, set->n, sizeof *keys, S_cmp_str);
    size_t u = 0;
    for (size_t i = 0; i < set->n; i++)
        if (!u || strcmp(keys[u - 1], keys[i]) != 0)
            keys[u++] = keys[i];
    set->n = u;
    if (S_table_index(&L->p->arena, set) < 0)
        return S_fail(L->err, EXTRACT_ERR_NOMEM, d->file, d->line, "out of memory");
    r->not_start = set;
    return EXTRACT_OK;
}

int xp_start_excluded(const xp_table *s, const char *subj, size_t at, size_t to)
{
    size_t lim = to - at < s->max_len ? to - at : s->max_len;
    for (size_t n = 1; n <= lim; n++) {
        unsigned char c = at + n < to ? (unsigned char)subj[at + n] : 0;
        if (at + n < to && (c >= 0x80 || c == '-' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
            continue; /* within a word, or after a character the lookahead may read as a letter */
        if (xp_table_find(s, subj + at, n) >= 0)
            return 1;
        if (at + n == to || c == ' ' || (c >= '\t' && c <= '\r'))
            break; /* no entry holds a space */
    }
    return 0;
}

/* The rest of S_compile: r gets its code, its source and the declaration's attributes. */
static extract_status S_finish_rule(S_loader *L, S_decl *d, int lang, xp_rule *r, pcre2_code *code, const char *src,
                                    int prefiltered, const xp_rule *same)
{
    r->prefiltered = prefiltered;
    r->prefiltered_read = prefiltered;
    r->same = same;
    r->base = code;
    r->src = src;
    r->src_len = strlen(src);
    atomic_init(&r->run, NULL);
    atomic_init(&r->plain, NULL);
    atomic_init(&r->runs, 0);
    atomic_init(&r->scan, NULL);
    r->id = d->name;
    r->file = d->file;
    r->line = d->line;
    r->kind = d->kind;
    r->lang = lang;
    PCRE2_SPTR names = NULL;
    if (pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &r->n_names) != 0 ||
        pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &r->name_size) != 0 ||
        pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &names) != 0)
        r->n_names = 0;
    r->names = names;
    r->fold = d->fold;
    r->attrs = (xp_attr *)d->attrs;
    r->n_attrs = d->n_attrs;
    r->examples = d->examples;
    r->n_examples = d->n_examples;
    /* attrs live in the temporary declaration: copy them into the arena. */
    if (d->n_attrs) {
        r->attrs = xi_arena_alloc(&L->p->arena, d->n_attrs * sizeof(xp_attr));
        if (!r->attrs) {
            if (!same)
                pcre2_code_free(r->base);
            r->base = NULL;
            return S_fail(L->err, EXTRACT_ERR_NOMEM, d->file, d->line, "out of memory");
        }
        memcpy(r->attrs, d->attrs, d->n_attrs * sizeof(xp_attr));
    }
    r->attr_keys = 0;
    for (size_t i = 0; i < r->n_attrs; i++)
        r->attr_keys |= xp_attr_bit(r->attrs[i].key);
    r->everywhere = xp_attr_get(r, "everywhere") != NULL;
    r->gate = xp_attr_get(r, "gate") != NULL;
    r->not_start = NULL;
    const char *ns = xp_attr_get(r, "start_not_in");
    if (ns) {
        extract_status st = S_start_set(L, d, lang, r, ns);
        if (st) {
            if (!same)
                pcre2_code_free(r->base);
            r->base = NULL;
            return st;
        }
    }
    if (!same)
        d->compiled = r;
    return EXTRACT_OK;
}

static int S_cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* Builds the language's lookup tables from lexicon and table declarations (folded keys, sorted for bsearch). */
static size_t S_hash(const char *s, size_t len) { return (size_t)xi_hash(s, len); }

/* Gives t the hash indexes over its t->n keys (t->keys set): slot and slot_hash, last_slot and last_hash,
 * max_len, first. The keys are indexed as they are: folded for a lexicon (S_build_tables), as written for a
 * case-exact table (t->exact, S_start_set), so that one look-up code (xp_table_find_hashed) serves both. -1 when
 * out of memory. */
static int S_table_index(xi_arena *a, xp_table *t)
{
    size_t slots = 16;
    while (slots < 2 * t->n)
        slots *= 2;
    if (!(t->slot = xi_arena_alloc(a, slots * sizeof *t->slot)) ||
        !(t->slot_hash = xi_arena_alloc(a, slots * sizeof *t->slot_hash)) ||
        !(t->last_slot = xi_arena_alloc(a, slots * sizeof *t->last_slot)) ||
        !(t->last_hash = xi_arena_alloc(a, slots * sizeof *t->last_hash)))
        return -1;
    t->mask = t->last_mask = slots - 1;
    t->max_len = 0;
    memset(t->first, 0, sizeof t->first);
    memset(t->slot, 0, slots * sizeof *t->slot);
    memset(t->last_slot, 0, slots * sizeof *t->last_slot);
    for (size_t j = 0; j < t->n; j++) {
        const char *w = strrchr(t->keys[j], ' ');
        w = w ? w + 1 : t->keys[j];
        size_t wl = strlen(w), full = S_hash(w, wl), h = full & t->last_mask;
        while (t->last_slot[h] && !((uint32_t)full == t->last_hash[h] && S_last_word_is(t->keys[t->last_slot[h] - 1], w, wl)))
            h = (h + 1) & t->last_mask;
        if (!t->last_slot[h]) {
            t->last_slot[h] = (uint32_t)j + 1;
            t->last_hash[h] = (uint32_t)full;
        }
    }
    for (size_t j = 0; j < t->n; j++) {
        size_t len = strlen(t->keys[j]), full = S_hash(t->keys[j], len), h = full & t->mask;
        if (len > t->max_len)
            t->max_len = len;
        unsigned char b0 = (unsigned char)t->keys[j][0];
        t->first[b0 >> 6] |= (uint64_t)1 << (b0 & 63);
        while (t->slot[h] && strcmp(t->keys[t->slot[h] - 1], t->keys[j]) != 0)
            h = (h + 1) & t->mask;
        if (!t->slot[h]) {
            t->slot[h] = (uint32_t)j + 1; /* a repeated key keeps its first row */
            t->slot_hash[h] = (uint32_t)full;
        }
    }
    return 0;
}

static extract_status S_build_tables(S_loader *L, int lang)
{
    extract_patterns *p = L->p;
    size_t n = 0;
    for (size_t i = 0; i < L->n; i++)
        if ((L->decls[i].type == S_DECL_LEXICON || L->decls[i].type == S_DECL_TABLE) &&
            (L->decls[i].scope < 0 || L->decls[i].scope == lang))
            n++;
    p->tables[lang] = xi_arena_alloc(&p->arena, (n ? n : 1) * sizeof(xp_table));
    if (!p->tables[lang])
        return S_fail(L->err, EXTRACT_ERR_NOMEM, NULL, 0, "out of memory");
    for (size_t i = 0; i < L->n; i++) {
        const S_decl *d = &L->decls[i];
        if ((d->type != S_DECL_LEXICON && d->type != S_DECL_TABLE) || (d->scope >= 0 && d->scope != lang))
            continue;
        /* A language's own table hides a shared one of the same name. */
        if (d->scope < 0 && S_lookup(L, d->name, strlen(d->name), lang) != d)
            continue;
        xp_table *t = &p->tables[lang][p->n_tables[lang]++];
        t->name = d->name;
        t->max_len = 0;
        memset(t->first, 0, sizeof t->first);
        t->last_slot = t->last_hash = NULL;
        t->n = d->n_rows;
        /* Sort row indices by folded key, carrying the other columns along. */
        typedef struct { const char *k, *v, *x; } row;
        row *rows = xi_malloc((d->n_rows ? d->n_rows : 1) * sizeof(row));
        t->keys = xi_arena_alloc(&p->arena, (d->n_rows + 1) * sizeof(char *));
        t->values = xi_arena_alloc(&p->arena, (d->n_rows + 1) * sizeof(char *));
        t->extra = xi_arena_alloc(&p->arena, (d->n_rows + 1) * sizeof(char *));
        if (!rows || !t->keys || !t->values || !t->extra) {
            free(rows);
            return S_fail(L->err, EXTRACT_ERR_NOMEM, d->file, d->line, "out of memory");
        }
        for (size_t j = 0; j < d->n_rows; j++) {
            rows[j].k = xn_fold_str(d->rows[0][j], strlen(d->rows[0][j]), &p->arena);
            rows[j].v = d->rows[1][j];
            rows[j].x = d->rows[2][j];
            if (!rows[j].k) {
                free(rows);
                return S_fail(L->err, EXTRACT_ERR_NOMEM, d->file, d->line, "out of memory");
            }
        }
        qsort(rows, d->n_rows, sizeof(row), S_cmp_str); /* k is the first member */
        for (size_t j = 0; j < d->n_rows; j++) {
            t->keys[j] = rows[j].k;
            t->values[j] = rows[j].v;
            t->extra[j] = rows[j].x;
        }
        free(rows);
        if (S_table_index(&p->arena, t) < 0)
            return S_fail(L->err, EXTRACT_ERR_NOMEM, d->file, d->line, "out of memory");
    }
    size_t slots = 16; /* names are unique within a language: a language's own table hid the shared one */
    while (slots < 2 * p->n_tables[lang])
        slots *= 2;
    if (!(p->table_slot[lang] = xi_arena_alloc(&p->arena, slots * sizeof *p->table_slot[lang])))
        return S_fail(L->err, EXTRACT_ERR_NOMEM, NULL, 0, "out of memory");
    p->table_mask[lang] = slots - 1;
    for (size_t j = 0; j < p->n_tables[lang]; j++) {
        const char *name = p->tables[lang][j].name;
        size_t h = S_hash(name, strlen(name)) & (slots - 1);
        while (p->table_slot[lang][h])
            h = (h + 1) & (slots - 1);
        p->table_slot[lang][h] = (uint32_t)j + 1;
    }
    return EXTRACT_OK;
}

static int S_has_suffix(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

/* Parses every .pat file of one directory (sorted, so load order is reproducible). Missing directories are fine. */
static extract_status S_parse_dir(S_loader *L, const char *dir, int scope, int *nfiles)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return EXTRACT_OK;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    extract_status st = EXTRACT_OK;
    while ((de = readdir(dh))) {
        if (!S_has_suffix(de->d_name, ".pat") || de->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            char **nn = xi_realloc(names, cap * sizeof *nn);
            if (!nn) {
                st = S_fail(L->err, EXTRACT_ERR_NOMEM, dir, 0, "out of memory");
                break;
            }
            names = nn;
        }
        if (!(names[n] = xi_arena_strndup(&L->p->arena, de->d_name, strlen(de->d_name)))) {
            st = S_fail(L->err, EXTRACT_ERR_NOMEM, dir, 0, "out of memory");
            break;
        }
        n++;
    }
    closedir(dh);
    if (!st && n)
        qsort(names, n, sizeof *names, S_cmp_str);
    for (size_t i = 0; i < n && !st; i++) {
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        st = S_parse_file(L, dir, path, scope);
        (*nfiles)++;
    }
    free(names);
    return st;
}

/* Attributes a rule kind cannot do without, and the values they may take (NULL: any value). */
static const struct {
    xp_kind kind;
    const char *key;
    const char *values;
} S_required[] = {
    {XP_COLLECTIVE, "value", NULL},
    {XP_QUALIFIER, "q", " exact approx at_least more_than at_most less_than "},
    {XP_TRIGGER, "event", " release held detention none "},
    {XP_STANCE, "stance", " asserts disputes denies "},
    {XP_DATEROLE, "role", " from to said future "},
    {XP_PRONOUN, "ref", " person organization government claim self "},
    {XP_ACTOR, "kind", " person organization government media unknown "},
};

/* Checks every rule's attributes and that no two rules of one scope share an id. */
static extract_status S_validate(S_loader *L)
{
    for (size_t i = 0; i < L->n; i++) {
        const S_decl *d = &L->decls[i];
        if (d->type != S_DECL_RULE)
            continue;
        for (size_t k = 0; k < sizeof S_required / sizeof *S_required; k++) {
            if (S_required[k].kind != d->kind)
                continue;
            const char *v = NULL;
            for (size_t a = 0; a < d->n_attrs; a++)
                if (strcmp(d->attrs[a].key, S_required[k].key) == 0)
                    v = d->attrs[a].value;
            char pad[64];
            snprintf(pad, sizeof pad, " %s ", v ? v : "");
            if (!v || (S_required[k].values && !strstr(S_required[k].values, pad)))
                return S_fail(L->err, EXTRACT_ERR_PATTERN, d->file, d->line, "rule %s: a %s rule needs %s=%s%s",
                              d->name, xp_kind_names[d->kind], S_required[k].key,
                              S_required[k].values ? "one of" : "a value", S_required[k].values ? S_required[k].values : "");
        }
        for (size_t j = 0; j < i; j++)
            if (L->decls[j].type == S_DECL_RULE && strcmp(L->decls[j].name, d->name) == 0)
                return S_fail(L->err, EXTRACT_ERR_PATTERN, d->file, d->line, "rule %s is defined twice (first at %s:%d)",
                              d->name, L->decls[j].file, L->decls[j].line);
    }
    return EXTRACT_OK;
}

static void S_free_decls(S_loader *L)
{
    for (size_t i = 0; i < L->n; i++)
        xi_buf_free(&L->decls[i].body);
    free(L->decls);
    free(L->lexicon_re);
    free(L->name_head);
    free(L->name_next);
}

static int S_cmp_rule_id(const void *a, const void *b)
{
    return strcmp((*(const xp_rule *const *)a)->id, (*(const xp_rule *const *)b)->id);
}

/* Reads the JIT ranking, DIR/jit.tsv (optional: without it every rule is unranked and the JIT budget is spent
 * first come first served). Each line: language, rule id, the rule's JIT code in KB, the time JIT-compiling it
 * saved on the measured collection (millions of cycles; docs/patterns.md, "JIT ranking"), the lines in the
 * order the budget should buy them (the most time saved per byte first). The rules are admitted in that order
 * while their sizes add up to XP_JIT_RANKED and they saved time (XP_JIT_RANKED_IN); the others listed stay in
 * the interpreter (XP_JIT_RANKED_OUT). Lines naming no rule of this pattern set (a rule renamed or removed) are
 * passed over: the ranking is measurement, not a declaration, and a stale line costs nothing but its place.
 * The rank goes on the rule whose codes run (its twin, xp_rule_run), which is the one the measurement names. */
static extract_status S_jit_rank(extract_patterns *p, const char *dir, extract_error *err)
{
    char path[1100];
    snprintf(path, sizeof path, "%s/jit.tsv", dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return EXTRACT_OK;
    const xp_rule **by_id[XP_NLANG] = {0};
    extract_status st = EXTRACT_OK;
    for (int lang = 0; lang < XP_NLANG && !st; lang++) {
        by_id[lang] = xi_malloc((p->n_rules[lang] ? p->n_rules[lang] : 1) * sizeof *by_id[lang]);
        if (!by_id[lang]) {
            st = S_fail(err, EXTRACT_ERR_NOMEM, path, 0, "out of memory");
            break;
        }
        for (size_t i = 0; i < p->n_rules[lang]; i++)
            by_id[lang][i] = &p->rules[lang][i];
        qsort(by_id[lang], p->n_rules[lang], sizeof *by_id[lang], S_cmp_rule_id);
    }
    char line[1024];
    size_t used = 0;
    for (int no = 1; !st && fgets(line, sizeof line, f); no++) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        char *save = NULL, *lang_s = strtok_r(line, "\t\n", &save), *id = strtok_r(NULL, "\t\n", &save);
        char *kb_s = strtok_r(NULL, "\t\n", &save), *saved_s = strtok_r(NULL, "\t\n", &save);
        int lang = lang_s ? xp_lang_from_name(lang_s) : -1;
        char *end1 = NULL, *end2 = NULL;
        unsigned long kb = kb_s ? strtoul(kb_s, &end1, 10) : 0;
        double saved = saved_s ? strtod(saved_s, &end2) : 0;
        if (lang < 0 || !id || !kb_s || !saved_s || *end1 || *end2) {
            st = S_fail(err, EXTRACT_ERR_PATTERN, path, no, "a JIT ranking line is: language, rule id, JIT KB, "
                                                           "saved Mcycles (tab-separated)");
            break;
        }
        xp_rule key = {.id = id}, *kp = &key;
        const xp_rule **hit = bsearch(&kp, by_id[lang], p->n_rules[lang], sizeof *by_id[lang], S_cmp_rule_id);
        if (!hit)
            continue;
        xp_rule *r = (xp_rule *)((*hit)->twin ? (*hit)->twin : *hit);
        if (r->jit_rank != XP_JIT_UNRANKED)
            continue; /* listed twice (or through a twin): its first place counts */
        size_t bytes = (size_t)kb << 10;
        if (saved > 0 && used + bytes <= XP_JIT_RANKED) {
            r->jit_rank = XP_JIT_RANKED_IN;
            used += bytes;
            p->jit_ranked++;
        } else {
            r->jit_rank = XP_JIT_RANKED_OUT;
        }
    }
    fclose(f);
    for (int lang = 0; lang < XP_NLANG; lang++)
        free(by_id[lang]);
    p->jit_reserved = used;
    return st;
}

extract_status extract_patterns_load(const char *dir, extract_patterns **out, extract_error *err)
{
    /* libxml2 sets itself up on first use; doing it here, before any worker thread exists, keeps documents
     * parsed on several threads at once from racing on that setup. */
    xmlInitParser();
    *out = NULL;
    if (err)
        memset(err, 0, sizeof *err);
    extract_patterns *p = xi_calloc(1, sizeof *p);
    if (!p)
        return S_fail(err, EXTRACT_ERR_NOMEM, dir, 0, "out of memory");
    xi_arena_init(&p->arena);
    pthread_mutex_init(&p->required_mu, NULL);
    pthread_mutex_init(&p->jit_mu, NULL);
    snprintf(p->dir, sizeof p->dir, "%s", dir);
    S_loader L = {.p = p, .err = err};
    int nfiles = 0;
    char sub[1100];
    snprintf(sub, sizeof sub, "%s/shared", dir);
    extract_status st = S_parse_dir(&L, sub, -1, &nfiles);
    for (int lang = 0; lang < XP_NLANG && !st; lang++) {
        snprintf(sub, sizeof sub, "%s/%s", dir, xp_lang_names[lang]);
        st = S_parse_dir(&L, sub, lang, &nfiles);
    }
    if (!st && nfiles == 0)
        st = S_fail(err, EXTRACT_ERR_PATTERN, dir, 0, "no pattern files (*.pat) in %s/{shared,es,pt,en}", dir);
    if (!st)
        st = S_validate(&L);
    for (int lang = 0; lang < XP_NLANG && !st; lang++) {
        size_t n = 0;
        for (size_t i = 0; i < L.n; i++)
            if (L.decls[i].type == S_DECL_RULE && (L.decls[i].scope < 0 || L.decls[i].scope == lang))
                n++;
        p->rules[lang] = xi_arena_alloc(&p->arena, (n ? n : 1) * sizeof(xp_rule));
        if (!p->rules[lang]) {
            st = S_fail(err, EXTRACT_ERR_NOMEM, dir, 0, "out of memory");
            break;
        }
        for (size_t i = 0; i < L.n && !st; i++) {
            S_decl *d = &L.decls[i];
            if (d->type != S_DECL_RULE || (d->scope >= 0 && d->scope != lang))
                continue;
            st = S_compile(&L, d, lang, &p->rules[lang][p->n_rules[lang]]);
            if (!st) {
                uint32_t groups = 0;
                pcre2_pattern_info(p->rules[lang][p->n_rules[lang]].base, PCRE2_INFO_CAPTURECOUNT, &groups);
                if (groups + 1 > p->max_pairs[lang])
                    p->max_pairs[lang] = groups + 1;
                p->n_rules[lang]++;
            }
        }
        if (!st)
            st = S_build_tables(&L, lang);
        for (size_t i = 0; i < p->n_rules[lang] && !st; i++) {
            xp_rule *r = &p->rules[lang][i];
            xf_trie **t = &p->trie[lang][r->fold ? 1 : 0];
            if (r->prefiltered && !*t && !(*t = xf_trie_new()))
                st = S_fail(err, EXTRACT_ERR_NOMEM, dir, 0, "out of memory");
            for (size_t k = 0; k < r->n_prefixes && !st && r->prefiltered; k++) {
                int rc = xf_trie_add(*t, r->prefixes[k], (unsigned)i);
                if (rc < 0)
                    st = S_fail(err, EXTRACT_ERR_NOMEM, dir, 0, "out of memory");
                else if (rc > 0) {
                    /* the trie is full: this rule is scanned (its anchored code stays unused) */
                    r->prefiltered = 0;
                    r->lead = (xf_litset){0};
                }
            }
            for (unsigned c = XF_CLASS_UPPER; c <= XF_CLASS_DIGIT && !st && r->prefiltered; c++)
                if ((r->prefix_classes & (1u << c)) && xf_trie_add_class(*t, c, (unsigned)i, r->class_not_after[c]) < 0)
                    st = S_fail(err, EXTRACT_ERR_NOMEM, dir, 0, "out of memory");
        }
        for (int f = 0; f < 2 && !st; f++)
            if (p->trie[lang][f] && xf_trie_seal(p->trie[lang][f]) < 0)
                st = S_fail(err, EXTRACT_ERR_NOMEM, dir, 0, "out of memory");
    }
    /* A rule the same as an earlier language's, and as that one prefiltered or not (a full trie can turn either
     * to scanned), runs that rule's codes made on demand: the same regex JIT-compiled once, not once a language
     * (the JIT's code is half of a long run's memory: docs/batch.md, "Twenty-first session"). */
    for (int lang = 0; lang < XP_NLANG && !st; lang++)
        for (size_t i = 0; i < p->n_rules[lang]; i++) {
            xp_rule *r = &p->rules[lang][i];
            if (r->same && r->same->prefiltered == r->prefiltered && r->same->lead.n == r->lead.n)
                r->twin = r->same->twin ? r->same->twin : r->same;
            r->set = p;
        }
    p->jit_budget = XP_JIT_BUDGET;
#ifdef XP_RULE_STATS
    /* a stats build measures every rule interpreted (budget 0) and every one JIT-compiled (no budget, no ranking) */
    if (getenv("EXTRACT_JIT_BUDGET"))
        p->jit_budget = (size_t)strtoull(getenv("EXTRACT_JIT_BUDGET"), NULL, 10);
    if (!st && !getenv("EXTRACT_JIT_NO_RANK"))
        st = S_jit_rank(p, dir, err);
#else
    if (!st)
        st = S_jit_rank(p, dir, err);
#endif
    if (!st) {
        p->mctx = pcre2_match_context_create(NULL);
        if (!p->mctx)
            st = S_fail(err, EXTRACT_ERR_NOMEM, dir, 0, "out of memory");
        else {
            pcre2_set_match_limit(p->mctx, XP_MATCH_LIMIT);
            pcre2_set_depth_limit(p->mctx, XP_DEPTH_LIMIT);
            pcre2_set_heap_limit(p->mctx, XP_HEAP_LIMIT);
        }
    }
    S_free_decls(&L);
    if (st) {
        extract_patterns_free(p);
        return st;
    }
    *out = p;
    return EXTRACT_OK;
}

#ifdef XP_RULE_STATS
/* A stats build's record (scripts/jit-rank reads it): per rule whose codes run (no twin), its language, id, how
 * many times it was asked for (runs), its match calls and their nanoseconds, whether it was JIT-compiled, and the
 * size of its JIT code (JIT-compiled here when it was not, to know what it would cost). */
static void S_write_stats(const extract_patterns *p, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return;
    for (int lang = 0; lang < XP_NLANG; lang++)
        for (size_t i = 0; i < p->n_rules[lang]; i++) {
            const xp_rule *r = &p->rules[lang][i];
            if (r->twin)
                continue;
            size_t jsz = 0;
            pcre2_code *run = atomic_load(&r->run), *c = pcre2_code_copy(r->base);
            if (c && pcre2_jit_compile(c, PCRE2_JIT_COMPLETE) == 0)
                pcre2_pattern_info(c, PCRE2_INFO_JITSIZE, &jsz);
            pcre2_code_free(c);
            fprintf(f, "%s\t%s\t%u\t%llu\t%llu\t%d\t%zu\n", xp_lang_names[lang], r->id, atomic_load(&r->runs),
                    (unsigned long long)atomic_load(&r->st_calls), (unsigned long long)atomic_load(&r->st_ns),
                    run != NULL, jsz);
        }
    fclose(f);
}
#endif

void extract_patterns_free(extract_patterns *p)
{
    if (!p)
        return;
#ifdef XP_RULE_STATS
    if (getenv("EXTRACT_RULE_STATS"))
        S_write_stats(p, getenv("EXTRACT_RULE_STATS"));
#endif
    for (int lang = 0; lang < XP_NLANG; lang++)
        for (size_t i = 0; i < p->n_rules[lang]; i++)
            pcre2_code_free(p->rules[lang][i].same ? NULL : p->rules[lang][i].base),
                pcre2_code_free(atomic_load(&p->rules[lang][i].run)),
                pcre2_code_free(atomic_load(&p->rules[lang][i].plain)),
                pcre2_code_free(atomic_load(&p->rules[lang][i].scan));
    for (int lang = 0; lang < XP_NLANG; lang++)
        for (int f = 0; f < 2; f++)
            xf_trie_free(p->trie[lang][f]);
    for (int lang = 0; lang < XP_NLANG; lang++)
        S_required_free(atomic_load(&p->required[lang]));
    for (int k = 0; k < XP_SCRATCH_SLOTS; k++)
        xr_scratch_free(atomic_load(&p->scratch[k]));
    pcre2_match_context_free(p->mctx);
    pthread_mutex_destroy(&p->required_mu);
    pthread_mutex_destroy(&p->jit_mu);
    xi_arena_free(&p->arena);
    free(p);
}

static void S_required_free(xp_required *q)
{
    if (!q)
        return;
    xf_trie_free(q->trie[0]);
    xf_trie_free(q->trie[1]);
    xi_arena_free(&q->arena);
    free(q);
}

/* Reads the required sets of every rule of a language and puts their literals in its tries; NULL when out of
 * memory. Private to the caller until published. */
static xp_required *S_required_make(const extract_patterns *p, int lang)
{
    xp_required *q = xi_calloc(1, sizeof *q);
    if (!q)
        return NULL;
    xi_arena_init(&q->arena);
    size_t n = p->n_rules[lang] ? p->n_rules[lang] : 1;
    q->sets = xi_arena_alloc(&q->arena, n * sizeof *q->sets);
    q->n = xi_arena_alloc(&q->arena, n * sizeof *q->n);
    q->lead_at = xi_arena_alloc(&q->arena, n);
    int ok = q->sets && q->n && q->lead_at;
    /* the lexicons and list fragments the rules share are read once (NULL when out of memory: each is read
     * again, with the same sets) */
    xf_req_memo *memo = xf_req_memo_new();
    for (size_t i = 0; i < p->n_rules[lang] && ok; i++) {
        const xp_rule *r = &p->rules[lang][i];
        if (xf_required_memo(r->src, r->src_len, r->prefixes, r->n_prefixes, r->prefix_classes, !r->prefiltered,
                             &q->arena, q->sets[i], &q->n[i], memo) < 0) {
            ok = 0;
            break;
        }
        xf_trie **rt = &q->trie[r->fold ? 1 : 0];
        if (q->n[i] && !*rt && !(*rt = xf_trie_new()))
            ok = 0;
        for (unsigned k = 0; k < q->n[i] && ok; k++)
            for (size_t j = 0; k < q->n[i] && j < q->sets[i][k].n && ok; j++) {
                int rc = xf_trie_add(*rt, q->sets[i][k].v[j], (unsigned)(i * XF_MAX_REQUIRED + k));
                if (rc < 0)
                    ok = 0;
                else if (rc > 0)
                    q->n[i] = k; /* the trie is full: this set and the ones after it are not asked for */
            }
        /* a lead set goes after the required ones (xf_required leaves a prefiltered rule's last slot free) */
        unsigned k = q->n[i];
        if (ok && r->lead.n && k < XF_MAX_REQUIRED && (*rt || (*rt = xf_trie_new()))) {
            q->sets[i][k] = r->lead;
            int full = 0;
            for (size_t j = 0; j < r->lead.n && ok && !full; j++) {
                int rc = xf_trie_add(*rt, r->lead.v[j], (unsigned)(i * XF_MAX_REQUIRED + k));
                ok = rc >= 0;
                full = rc > 0;
            }
            q->lead_at[i] = full ? 0 : (unsigned char)(k + 1);
        } else if (r->lead.n && !*rt) {
            ok = 0;
        }
    }
    xf_req_memo_free(memo);
    for (int f = 0; f < 2 && ok; f++)
        if (q->trie[f] && xf_trie_seal(q->trie[f]) < 0)
            ok = 0;
    if (!ok) {
        S_required_free(q);
        return NULL;
    }
    return q;
}

const xp_required *xp_required_get(const extract_patterns *p, int lang)
{
    _Atomic(xp_required *) *slot = (_Atomic(xp_required *) *)&p->required[lang];
    xp_required *q = atomic_load_explicit(slot, memory_order_acquire);
    if (q)
        return q;
    /* one thread makes them, the others wait for them (patterns.h, required_mu): a thread that made its own would
     * spend the same time and hold the same memory for a copy thrown away */
    pthread_mutex_t *mu = (pthread_mutex_t *)&p->required_mu;
    pthread_mutex_lock(mu);
    if (!(q = atomic_load_explicit(slot, memory_order_acquire)) && (q = S_required_make(p, lang)))
        atomic_store_explicit(slot, q, memory_order_release);
    pthread_mutex_unlock(mu);
    return q;
}

/* Makes a rule's code on demand: a copy of the load-time code when it has the anchoring asked for, else the
 * regex compiled again; JIT-compiled when asked (JIT is an optimisation: where it is unavailable the interpreter
 * runs the same pattern). The copy is private until published in *slot, so no thread matches code that is
 * being JIT-compiled; a thread that loses the race frees its own. */
static const pcre2_code *S_on_demand(const xp_rule *r, _Atomic(pcre2_code *) *slot, int anchored, int jit)
{
    pcre2_code *c = atomic_load_explicit(slot, memory_order_acquire);
    if (c)
        return c;
    uint32_t opts = 0;
    if (pcre2_pattern_info(r->base, PCRE2_INFO_ARGOPTIONS, &opts) == 0 && ((opts & PCRE2_ANCHORED) != 0) == anchored)
        c = pcre2_code_copy(r->base);
    else {
        int errcode;
        PCRE2_SIZE erroff;
        c = pcre2_compile((PCRE2_SPTR)r->src, r->src_len, S_COMPILE_OPTS | S_SCAN_OPTS(anchored), &errcode,
                          &erroff, NULL);
    }
    if (!c)
        return NULL;
    if (jit)
        (void)pcre2_jit_compile(c, PCRE2_JIT_COMPLETE);
    pcre2_code *none = NULL;
    if (!atomic_compare_exchange_strong_explicit(slot, &none, c, memory_order_acq_rel, memory_order_acquire)) {
        pcre2_code_free(c);
        return none;
    }
    size_t size = 0; /* the JIT code kept, counted against the pattern set's budget (XP_JIT_BUDGET) */
    if (jit && r->set && pcre2_pattern_info(c, PCRE2_INFO_JITSIZE, &size) == 0) {
        atomic_fetch_add_explicit(&r->set->jit_bytes, size, memory_order_relaxed);
        if (r->jit_rank == XP_JIT_UNRANKED)
            atomic_fetch_add_explicit(&r->set->jit_unranked_bytes, size, memory_order_relaxed);
    }
    return c;
}

/* S_on_demand for a JIT-compiled code, one compile at a time in the pattern set (patterns.h, jit_mu): waits for
 * the compile under way when `wait`, else returns NULL at once when another thread is compiling (the caller runs
 * the interpreter this time and asks again at the rule's next call). NULL also when out of memory. */
static const pcre2_code *S_jit_on_demand(const xp_rule *r, _Atomic(pcre2_code *) *slot, int anchored, int wait)
{
    pcre2_code *c = atomic_load_explicit(slot, memory_order_acquire);
    if (c || !r->set)
        return c ? c : S_on_demand(r, slot, anchored, 1);
    pthread_mutex_t *mu = &r->set->jit_mu;
    if (wait)
        pthread_mutex_lock(mu);
    else if (pthread_mutex_trylock(mu) != 0)
        return NULL;
    const pcre2_code *made = S_on_demand(r, slot, anchored, 1); /* published meanwhile: that one */
    pthread_mutex_unlock(mu);
    return made;
}

/* JIT-compiling a rule costs about 1.3 M instructions (the rules are long alternations of the lexicons), a fifth
 * of a one-article run, and most rules are asked for only a few times by a short run: a rule runs in PCRE2's
 * interpreter until it has been asked for XP_JIT_AFTER times (each time a document's scan reaches one of its
 * candidate places), then JIT-compiled. Both run the same pattern, so the matches are the same; what changes is
 * where the time goes. The bar was measured (docs/batch.md, "Start-up"): at 8 one article costs 13% fewer
 * instructions and the corpus batch as many; at 32, 22% fewer and 1% more; at 256, 24% fewer and 19% more. */
#define XP_JIT_AFTER 16u


/* Whether the rule may be JIT-compiled now: the pattern set's JIT code is still under the budget and the rule's
 * place in the ranking (patterns/jit.tsv, S_jit_rank) allows it: a ranked-in rule may always use the budget, a
 * ranked-out rule never (the ranking measured no time worth its code), a rule the ranking does not list only
 * what the ranked-in ones' share leaves. Without a ranking every rule is unranked and the reserve is 0: the
 * budget goes first come first served, as before the ranking. */
static int S_jit_room(const xp_rule *r)
{
    const extract_patterns *p = r->set;
    if (!p)
        return 1;
    if (r->jit_rank == XP_JIT_RANKED_OUT)
        return 0;
    if (atomic_load_explicit(&p->jit_bytes, memory_order_relaxed) >= p->jit_budget)
        return 0;
    return r->jit_rank == XP_JIT_RANKED_IN ||
           atomic_load_explicit(&p->jit_unranked_bytes, memory_order_relaxed) + p->jit_reserved < p->jit_budget;
}

const pcre2_code *xp_rule_run(const xp_rule *r)
{
    if (r->twin)
        r = r->twin;
    xp_rule *w = (xp_rule *)r; /* the counter and the slots are the rule's cache, shared by the threads */
    pcre2_code *c = atomic_load_explicit(&w->run, memory_order_acquire);
    if (c)
        return c;
    if ((atomic_load_explicit(&w->runs, memory_order_relaxed) >= XP_JIT_AFTER ||
         atomic_fetch_add_explicit(&w->runs, 1, memory_order_relaxed) + 1 >= XP_JIT_AFTER) &&
        S_jit_room(r)) {
        const pcre2_code *jc = S_jit_on_demand(r, &w->run, r->prefiltered, 0);
        if (jc)
            return jc;
    }
    /* Whether the load-time code is the one to interpret, read once (1 yes, 2 no): once the JIT budget is
     * spent, half the rules come here at every call, and asking PCRE2 each time was a per-match cost. */
    int base_ok = atomic_load_explicit(&w->base_runs, memory_order_relaxed);
    if (!base_ok) {
        uint32_t opts = 0;
        base_ok = pcre2_pattern_info(r->base, PCRE2_INFO_ARGOPTIONS, &opts) == 0 &&
                          ((opts & PCRE2_ANCHORED) != 0) == (r->prefiltered != 0)
                      ? 1
                      : 2;
        atomic_store_explicit(&w->base_runs, base_ok, memory_order_relaxed);
    }
    if (base_ok == 1)
        return r->base; /* never JIT-compiled nor changed: any thread may match with it */
    return S_on_demand(r, &w->plain, r->prefiltered, 0);
}

const pcre2_code *xp_rule_scan(const xp_rule *r)
{
    if (!r->prefiltered)
        return xp_rule_run(r);
    if (r->twin)
        r = r->twin;
    /* a rule with a lead set scans its windows with this code on every document: JIT-compiled too */
    _Atomic(pcre2_code *) *slot = (_Atomic(pcre2_code *) *)&r->scan;
    if (r->lead.n > 0 && S_jit_room(r)) /* made once, kept: waits for its turn rather than stay interpreted */
        return S_jit_on_demand(r, slot, 0, 1);
    return S_on_demand(r, slot, 0, 0);
}

size_t xp_rule_behind(const xp_rule *r)
{
    uint32_t chars = 0;
    if (pcre2_pattern_info(r->base, PCRE2_INFO_MAXLOOKBEHIND, &chars) != 0)
        return SIZE_MAX / 2; /* unknown: as far back as the subject goes */
    return 4 * (size_t)chars;
}

const char *xp_attr_get(const xp_rule *r, const char *key)
{
    /* the recognizer asks a score of keys of every match ("event", "q", "rel", ...), most of them absent: the
     * key's bit in the rule's set (filled at load, S_finish_rule) answers those without a string comparison */
    if (!(r->attr_keys & xp_attr_bit(key)))
        return NULL;
    for (size_t i = 0; i < r->n_attrs; i++)
        if (r->attrs[i].key[0] == key[0] && strcmp(r->attrs[i].key, key) == 0)
            return r->attrs[i].value;
    return NULL;
}

const xp_table *xp_table_get(const extract_patterns *p, int lang, const char *name)
{
    if (!p->table_slot[lang])
        return NULL;
    size_t mask = p->table_mask[lang];
    for (size_t h = S_hash(name, strlen(name)) & mask; p->table_slot[lang][h]; h = (h + 1) & mask) {
        const xp_table *t = &p->tables[lang][p->table_slot[lang][h] - 1];
        if (strcmp(t->name, name) == 0)
            return t;
    }
    return NULL;
}

size_t xp_table_hash(const char *key, size_t len) { return S_hash(key, len); }

int xp_table_ends_with(const xp_table *t, const char *w, size_t len)
{
    if (!t || !t->last_slot)
        return 0;
    size_t full = S_hash(w, len);
    for (size_t h = full & t->last_mask; t->last_slot[h]; h = (h + 1) & t->last_mask)
        if (t->last_hash[h] == (uint32_t)full && S_last_word_is(t->keys[t->last_slot[h] - 1], w, len))
            return 1;
    return 0;
}

long xp_table_find(const xp_table *t, const char *key, size_t len)
{
    return xp_table_find_hashed(t, key, len, S_hash(key, len));
}

long xp_table_find_hashed(const xp_table *t, const char *key, size_t len, size_t hash)
{
    if (!t || !t->slot)
        return -1;
    for (size_t h = hash & t->mask; t->slot[h]; h = (h + 1) & t->mask) {
        if (t->slot_hash[h] != (uint32_t)hash) /* another key: most probes end here, without a comparison */
            continue;
        const char *k = t->keys[t->slot[h] - 1];
        if (strncmp(k, key, len) == 0 && k[len] == '\0')
            return (long)t->slot[h] - 1;
    }
    return -1;
}

/* ---- example checking ---- */

typedef struct {
    void (*report)(void *ctx, const char *msg);
    void *ctx;
    size_t failures;
} S_checker;

static void S_report(S_checker *c, const xp_example *ex, const xp_rule *r, const char *fmt, ...)
{
    c->failures++;
    if (!c->report)
        return;
    char msg[1024], line[1400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(line, sizeof line, "%s:%d: rule %s [%s]: %s", ex ? ex->file : r->file, ex ? ex->line : r->line, r->id,
             xp_lang_names[r->lang], msg);
    c->report(c->ctx, line);
}

/* Checks "name=value; name=value" against the captures of the first match (mapped back to the example text). */
static void S_check_expect(S_checker *c, const xp_rule *r, const xp_example *ex, pcre2_match_data *md,
                           const xn_fold *f)
{
    const char *e = ex->expect;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    while (e && *e) {
        const char *semi = strchr(e, ';');
        size_t n = semi ? (size_t)(semi - e) : strlen(e);
        char item[512];
        snprintf(item, sizeof item, "%.*s", (int)n, e);
        e = semi ? semi + 1 : NULL;
        char *eq = strchr(item, '=');
        if (!eq) {
            S_report(c, ex, r, "cannot read expectation '%s'", item);
            continue;
        }
        *eq = '\0';
        char *name = S_strip(item), *want = S_strip(eq + 1);
        int group = strcmp(name, "_") == 0 ? 0 : pcre2_substring_number_from_name(r->base, (PCRE2_SPTR)name);
        if (group < 0) {
            S_report(c, ex, r, "no capture group named '%s'", name);
            continue;
        }
        const char *got = "";
        size_t got_len = 0;
        if (ov[2 * group] != PCRE2_UNSET) {
            size_t s = ov[2 * group], en = ov[2 * group + 1];
            if (f) {
                size_t ts, te;
                xn_unfold_span(f, s, en, &ts, &te);
                s = ts;
                en = te;
            }
            got = ex->text + s;
            got_len = en - s;
        }
        if (strlen(want) != got_len || strncmp(want, got, got_len) != 0)
            S_report(c, ex, r, "in \"%s\": %s is \"%.*s\", expected \"%s\"", ex->text, name, (int)got_len, got, want);
    }
}

/* The prefilter must admit every match the rule makes in the example: each start is a position where the
 * trie finds one of the rule's prefixes. A failure here is a bug in prefilter.c, not in the rule. */
static void S_check_prefixes(S_checker *c, const extract_patterns *p, const xp_rule *r, const xp_example *ex,
                             const pcre2_code *code, const char *subject, size_t slen, pcre2_match_data *md)
{
    const xf_trie *t = p->trie[r->lang][r->fold ? 1 : 0];
    unsigned ri = (unsigned)(r - p->rules[r->lang]);
    for (size_t off = 0; off <= slen;) {
        if (pcre2_match(code, (PCRE2_SPTR)subject, slen, off, 0, md, p->mctx) < 0)
            break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        /* or a literal of its lead set (xp_rule.lead) starts in [start - lookbehind, start - its shortest] */
        int in_window = 0;
        size_t back = r->lead.n ? xp_rule_behind(r) : 0;
        for (size_t at = ov[0] - (back < ov[0] ? back : ov[0]); r->lead.n && at + r->lead.min_len <= ov[0] && !in_window; at++)
            for (size_t j = 0; j < r->lead.n && !in_window; j++) {
                size_t ll = strlen(r->lead.v[j]);
                in_window = at + ll <= slen && memcmp(subject + at, r->lead.v[j], ll) == 0;
            }
        if (!in_window && !xf_trie_admits(t, subject, slen, ov[0], ri)) {
            S_report(c, ex, r, "in \"%s\": the prefilter would not try the match at \"%.*s\" (prefilter.c)", ex->text,
                     (int)(ov[1] - ov[0]), subject + ov[0]);
            break;
        }
        off = ov[1] > ov[0] ? ov[1] : ov[1] + 1;
        while (off < slen && ((unsigned char)subject[off] & 0xC0) == 0x80)
            off++;
    }
}

/* Every match the rule makes in the example must hold one literal of each of its required sets at or after its
 * start (xf_required): the recognizer does not try the rule where none is left. A failure here is a bug in
 * prefilter.c, not in the rule. */
static void S_check_required(S_checker *c, const extract_patterns *p, const xp_rule *r, const xp_example *ex,
                             const pcre2_code *code, const char *subject, size_t slen, pcre2_match_data *md)
{
    const xp_required *q = xp_required_get(p, r->lang);
    if (!q) {
        S_report(c, ex, r, "out of memory");
        return;
    }
    size_t ri = (size_t)(r - p->rules[r->lang]);
    const xf_litset *req = q->sets[ri];
    for (size_t off = 0; off <= slen && q->n[ri];) {
        if (pcre2_match(code, (PCRE2_SPTR)subject, slen, off, 0, md, p->mctx) < 0)
            break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        for (unsigned k = 0; k < q->n[ri]; k++) {
            int found = 0;
            size_t back = req[k].behind ? xp_rule_behind(r) : 0; /* read by a lookbehind: before the start too */
            for (size_t at = ov[0] - (back < ov[0] ? back : ov[0]); at < slen && !found; at++)
                for (size_t j = 0; j < req[k].n && !found; j++) {
                    size_t n = strlen(req[k].v[j]);
                    found = n <= slen - at && memcmp(subject + at, req[k].v[j], n) == 0;
                }
            if (!found) {
                S_report(c, ex, r, "in \"%s\": the match at \"%.*s\" holds none of the words the rule is said to "
                         "require (\"%s\", ...: prefilter.c)", ex->text, (int)(ov[1] - ov[0]), subject + ov[0],
                         req[k].v[0]);
                return;
            }
            /* a lead set's literal starts in [start - lookbehind, start - its shortest literal]: the recognizer
             * scans the rule only there */
            found = 0;
            for (size_t at = ov[0] - (back < ov[0] ? back : ov[0]); req[k].lead && at + req[k].min_len <= ov[0] && !found;
                 at++)
                for (size_t j = 0; j < req[k].n && !found; j++) {
                    size_t n = strlen(req[k].v[j]);
                    found = n <= slen - at && memcmp(subject + at, req[k].v[j], n) == 0;
                }
            if (req[k].lead && !found) {
                S_report(c, ex, r, "in \"%s\": the match at \"%.*s\" does not follow closely one of the words the "
                         "rule is said to open with (\"%s\", ...: prefilter.c)", ex->text, (int)(ov[1] - ov[0]),
                         subject + ov[0], req[k].v[0]);
                return;
            }
        }
        off = ov[1] > ov[0] ? ov[1] : ov[1] + 1;
        while (off < slen && ((unsigned char)subject[off] & 0xC0) == 0x80)
            off++;
    }
}

/* A rule with start_not_in (S_start_set): its regex must refuse a match that starts with any of the words, or the
 * recognizer's skipping them would change what it finds. Each word is tried after a space and before "." and
 * before " Ana Lima said" (a name after it: what a lookahead over the next words would read); a match starting at
 * the word is a failure of the rule. Contexts other than these two are the rule's writer's to think of. */
static void S_check_not_start(S_checker *c, const extract_patterns *p, const xp_rule *r, const pcre2_code *code,
                              pcre2_match_data *md)
{
    static const char *const tails[] = {".", " Ana Lima said"};
    for (size_t i = 0; r->not_start && i < r->not_start->n; i++)
        for (size_t t = 0; t < sizeof tails / sizeof *tails; t++) {
            char buf[512];
            const char *w = r->not_start->keys[i];
            size_t n = (size_t)snprintf(buf, sizeof buf - 64, " %s%s", w, tails[t]);
            if (n >= sizeof buf - 64)
                continue;
            memset(buf + n, 0, 64); /* zeros after it, as documents' texts have (normalize.c, S_PAD) */
            /* the tail as the rule reads it (folded for a folded rule: the word already is) */
            int rc = pcre2_match(code, (PCRE2_SPTR)buf, n, 0, 0, md, p->mctx);
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
            if (rc >= 0 && ov[0] == 1) {
                S_report(c, NULL, r, "start_not_in: the rule matches \"%.*s\" at \"%s\", a word of its lexicons",
                         (int)(ov[1] - ov[0]), buf + ov[0], w);
                return;
            }
        }
}

static void S_check_rule(S_checker *c, const extract_patterns *p, const xp_rule *r)
{
    size_t positives = 0;
    for (size_t i = 0; i < r->n_examples; i++)
        positives += r->examples[i].must_match;
    if (positives == 0)
        S_report(c, NULL, r, "rule has no must-match example");
    /* what a scan runs: the rule as written (JIT-compiled when documents run it so) */
    const pcre2_code *code = xp_rule_scan(r);
    pcre2_match_data *md = code ? pcre2_match_data_create_from_pattern(code, NULL) : NULL;
    if (!md) {
        S_report(c, NULL, r, "out of memory");
        return;
    }
    for (size_t i = 0; i < r->n_examples; i++) {
        const xp_example *ex = &r->examples[i];
        if (ex->lang >= 0 && ex->lang != r->lang)
            continue;
        xi_arena a;
        xi_arena_init(&a);
        xn_fold f;
        size_t slen = strlen(ex->text);
        /* a copy followed by zeros, as documents' texts are (normalize.c, S_PAD): the JIT may read past the end */
        char *copy = xi_arena_alloc(&a, slen + 64);
        if (!copy) {
            S_report(c, ex, r, "out of memory");
            xi_arena_free(&a);
            continue;
        }
        memcpy(copy, ex->text, slen);
        const char *subject = copy;
        if (r->fold) {
            if (xn_fold_text(ex->text, slen, &a, &f) < 0) {
                S_report(c, ex, r, "out of memory");
                xi_arena_free(&a);
                continue;
            }
            subject = f.data;
            slen = f.len;
        }
        int rc = pcre2_match(code, (PCRE2_SPTR)subject, slen, 0, 0, md, p->mctx);
        if (rc < PCRE2_ERROR_NOMATCH)
            S_report(c, ex, r, "matching \"%s\" failed with PCRE2 error %d (limit hit?)", ex->text, rc);
        else if (ex->must_match && rc == PCRE2_ERROR_NOMATCH)
            S_report(c, ex, r, "\"%s\" must match but does not", ex->text);
        else if (!ex->must_match && rc >= 0) {
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
            S_report(c, ex, r, "\"%s\" must not match but matches \"%.*s\"", ex->text, (int)(ov[1] - ov[0]),
                     subject + ov[0]);
        } else if (ex->must_match && ex->expect)
            S_check_expect(c, r, ex, md, r->fold ? &f : NULL);
        if (rc >= 0 && r->prefiltered)
            S_check_prefixes(c, p, r, ex, code, subject, slen, md);
        if (rc >= 0)
            S_check_required(c, p, r, ex, code, subject, slen, md);
        xi_arena_free(&a);
    }
    S_check_not_start(c, p, r, code, md);
    pcre2_match_data_free(md);
}

size_t extract_patterns_check(const extract_patterns *p, void (*report)(void *ctx, const char *msg), void *ctx,
                              size_t *total)
{
    S_checker c = {report, ctx, 0};
    size_t n = 0;
    for (int lang = 0; lang < XP_NLANG; lang++)
        for (size_t i = 0; i < p->n_rules[lang]; i++) {
            const xp_rule *r = &p->rules[lang][i];
            for (size_t j = 0; j < r->n_examples; j++)
                n += r->examples[j].lang < 0 || r->examples[j].lang == lang;
            S_check_rule(&c, p, r);
        }
    if (total)
        *total = n;
    return c.failures;
}
