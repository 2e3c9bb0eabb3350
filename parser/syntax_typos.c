// CPython 3.14's keyword typo hint (traceback.TracebackException._find_keyword_typos, its
// steps written anew): the lines from the start of the top-level statement holding an "invalid
// syntax" error to the error's line are dedented; each of their first 10 names that is not a
// keyword is replaced by up to 3 close keywords, and the first replacement that compiles (or
// only lacks more input) is shown: "invalid syntax. Did you mean 'is'?", the name marked.
#include "parser/syntax_typos.h"

#include <stdio.h>
#include <string.h>

#include "parser/similar.h"
#include "parser/syntax_errors.h"

static const char *const KEYWORDS[] = {
    "False", "None",   "True",    "and",      "as",       "assert", "async", "await", "break",
    "class", "continue", "def",   "del",      "elif",     "else",   "except", "finally", "for",
    "from",  "global", "if",      "import",   "in",       "is",     "lambda", "nonlocal", "not",
    "or",    "pass",   "raise",   "return",   "try",      "while",  "with",  "yield"};
enum { KEYWORD_COUNT = sizeof KEYWORDS / sizeof *KEYWORDS };

// CPython's limits: the dedented code's length, the names tried, the keywords tried per name.
enum { MAX_CODE_CHARS = 1024, MAX_NAMES = 10, MAX_MATCHES = 3, MAX_WORD = 64 };
enum { MAX_SCANNED_BYTES = 64 * 1024 };

static bool is_name_start(unsigned char c) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_' || c >= 0x80;
}

static bool is_name_char(unsigned char c) {
    return is_name_start(c) || (c >= '0' && c <= '9');
}

static bool is_keyword(const char *w, size_t n) {
    for (size_t k = 0; k < KEYWORD_COUNT; k++) {
        if (strlen(KEYWORDS[k]) == n && memcmp(KEYWORDS[k], w, n) == 0) return true;
    }
    return false;
}

static bool starts_with_word(const char *p, const char *end, const char *w) {
    size_t n = strlen(w);
    return (size_t)(end - p) >= n && memcmp(p, w, n) == 0 &&
           ((size_t)(end - p) == n || !is_name_char((unsigned char)p[n]));
}

// ---------------------------------------------------------------- the statement's lines

// Whether a line starting at p (at column 0) begins a new top-level statement: not a clause
// that continues a compound one, not blank or a comment.
static bool opens_statement(const char *p, const char *end) {
    if (p >= end || strchr(" \t\f\r\n#", *p)) return false;
    static const char *const clauses[] = {"else", "elif", "except", "finally"};
    for (size_t k = 0; k < sizeof clauses / sizeof *clauses; k++) {
        if (starts_with_word(p, end, clauses[k])) return false;
    }
    return true;
}

// The line where the top-level statement holding line `line` starts (pegen's
// last_stmt_location): the last line before it at column 0 outside brackets and strings,
// a decorated definition starting at its first decorator.
static uint32_t statement_first_line(const char *src, size_t len, uint32_t line) {
    const char *p = src, *end = src + len;
    uint32_t at = 1, first = 1;
    long depth = 0;
    bool decorated = false, line_start = true;
    while (p < end && at <= line) {
        if (line_start && depth == 0 && opens_statement(p, end)) {
            if (!decorated) first = at;
            decorated = *p == '@';
        }
        line_start = false;
        char c = *p;
        if (c == '\'' || c == '"') {
            const char *q = syntax_skip_string(p + 1, end, c);
            for (; p < q; p++) at += *p == '\n';
            continue;
        }
        p++;
        if (c == '#') {
            while (p < end && *p != '\n') p++;
        } else if (c == '\\' && p < end && *p == '\n') {
            p++;
            at++;
        } else if (c == '\n') {
            at++;
            line_start = true;
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            depth--;
        }
    }
    return first;
}

// The dedented lines first..last of the source, joined by '\n' (textwrap.dedent, the source's
// line ends dropped): `margin` bytes of common indentation taken off each non-blank line.
typedef struct Chunk {
    char *text;
    size_t len;
    uint32_t first;  // the source line of the chunk's first
    size_t margin;
} Chunk;

static const char *line_at(const char *src, size_t len, uint32_t line) {
    const char *p = src, *end = src + len;
    for (uint32_t l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    return p;
}

static size_t line_length(const char *p, const char *end) {
    const char *q = p;
    while (q < end && *q != '\n') q++;
    if (q > p && q[-1] == '\r') q--;
    return (size_t)(q - p);
}

static bool is_blank(const char *p, size_t n) {
    for (size_t k = 0; k < n; k++) {
        if (!strchr(" \t\f\v", p[k])) return false;
    }
    return true;
}

static size_t common_margin(const char *from, const char *end, uint32_t lines) {
    const char *shortest = NULL;
    size_t margin = 0;
    const char *p = from;
    for (uint32_t l = 0; l < lines && p <= end; l++) {
        size_t n = line_length(p, end);
        if (n && !is_blank(p, n)) {
            size_t w = 0;
            while (w < n && (p[w] == ' ' || p[w] == '\t')) w++;
            if (!shortest) {
                shortest = p;
                margin = w;
            } else {
                size_t k = 0;
                while (k < margin && k < w && p[k] == shortest[k]) k++;
                margin = k;
            }
        }
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) break;
        p = nl + 1;
    }
    return margin;
}

// False when out of memory; c->text NULL when the lines are too long to be worth a look.
static bool chunk_build(Arena *arena, const char *src, size_t len, uint32_t first, uint32_t last,
                        Chunk *c) {
    const char *end = src + len, *from = line_at(src, len, first);
    const char *to = line_at(src, len, last);
    to += line_length(to, end);
    c->text = NULL;
    // guard: a statement of thousands of lines is not copied (dedented, it cannot be short)
    if ((size_t)(to - from) > MAX_SCANNED_BYTES) return true;
    c->first = first;
    c->margin = common_margin(from, end, last - first + 1);
    c->text = arena_alloc(arena, (size_t)(to - from) + 1);
    if (!c->text) return false;
    c->len = 0;
    const char *p = from;
    for (uint32_t l = first; l <= last && p <= end; l++) {
        size_t n = line_length(p, end);
        if (l > first) c->text[c->len++] = '\n';
        if (n && !is_blank(p, n)) {
            memcpy(c->text + c->len, p + c->margin, n - c->margin);
            c->len += n - c->margin;
        }
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) break;
        p = nl + 1;
    }
    c->text[c->len] = '\0';
    return true;
}

// ---------------------------------------------------------------- the names in it

// The NAME tokens of the chunk, as Python's tokenize yields them: not in strings or comments
// (but in an f-string's replacement fields), not a number's letters, not a string's prefix.
typedef struct Names {
    size_t start[MAX_NAMES], end[MAX_NAMES];
    size_t count;
} Names;

static bool is_string_prefix(const char *w, size_t n, bool *formatted) {
    if (n > 2) return false;
    bool r = false, b = false, u = false, f = false;
    for (size_t k = 0; k < n; k++) {
        char c = (char)(w[k] | 0x20);
        bool *seen = c == 'r' ? &r : c == 'b' ? &b : c == 'u' ? &u : (c == 'f' || c == 't') ? &f : NULL;
        if (!seen || *seen) return false;
        *seen = true;
    }
    if (u && n > 1) return false;
    if (b && f) return false;
    *formatted = f;
    return true;
}

static const char *past_number(const char *p, const char *end) {
    if (end - p > 1 && p[0] == '0' && strchr("xXoObB", p[1])) {
        p += 2;
        while (p < end && (((*p | 0x20) >= 'a' && (*p | 0x20) <= 'f') || (*p >= '0' && *p <= '9') ||
                           *p == '_')) {
            p++;
        }
        return p;
    }
    while (p < end && ((*p >= '0' && *p <= '9') || *p == '_' || *p == '.')) p++;
    if (p < end && (*p | 0x20) == 'e') {
        const char *q = p + 1;
        if (q < end && (*q == '+' || *q == '-')) q++;
        if (q < end && *q >= '0' && *q <= '9') {
            p = q;
            while (p < end && ((*p >= '0' && *p <= '9') || *p == '_')) p++;
        }
    }
    if (p < end && (*p | 0x20) == 'j') p++;
    return p;
}

static const char *scan_code(const char *p, const char *end, const char *base, Names *out,
                             bool in_field, int nesting);

// Past an f-string (its quote at p): the names of its replacement fields go to `out`.
static const char *scan_fstring(const char *p, const char *end, const char *base, Names *out,
                                int nesting) {
    char q = *p;
    bool triple = end - p >= 3 && p[1] == q && p[2] == q;
    p += triple ? 3 : 1;
    while (p < end) {
        if (*p == '\\') {
            p += 2;
        } else if (*p == q && (!triple || (end - p >= 3 && p[1] == q && p[2] == q))) {
            return p + (triple ? 3 : 1);
        } else if (*p == '\n' && !triple) {
            return p;
        } else if (*p == '{' && end - p > 1 && p[1] == '{') {
            p += 2;
        } else if (*p == '{' && nesting < 8) {
            p = scan_code(p + 1, end, base, out, true, nesting + 1);
        } else {
            p++;
        }
    }
    return end;
}

static void add_name(Names *out, const char *base, const char *w, const char *e) {
    if (out->count < MAX_NAMES && !is_keyword(w, (size_t)(e - w))) {
        out->start[out->count] = (size_t)(w - base);
        out->end[out->count++] = (size_t)(e - base);
    }
}

// Scans code from p; inside a replacement field, up to its closing '}' (its format spec read
// as text with fields of its own).
static const char *scan_code(const char *p, const char *end, const char *base, Names *out,
                             bool in_field, int nesting) {
    long depth = 0;
    while (p < end && out->count < MAX_NAMES) {
        unsigned char c = (unsigned char)*p;
        if (c == '#') {
            while (p < end && *p != '\n') p++;
        } else if (c == '\'' || c == '"') {
            p = syntax_skip_string(p + 1, end, (char)c);
        } else if (c >= '0' && c <= '9') {
            p = past_number(p, end);
        } else if (c == '.' && end - p > 1 && p[1] >= '0' && p[1] <= '9') {
            p = past_number(p, end);
        } else if (is_name_start(c)) {
            const char *w = p;
            while (p < end && is_name_char((unsigned char)*p)) p++;
            bool formatted = false;
            if (p < end && (*p == '\'' || *p == '"') &&
                is_string_prefix(w, (size_t)(p - w), &formatted)) {
                p = formatted ? scan_fstring(p, end, base, out, nesting)
                              : syntax_skip_string(p + 1, end, *p);
            } else {
                add_name(out, base, w, p);
            }
        } else if (in_field && depth == 0 && (c == '}' || c == ':')) {
            if (c == '}') return p + 1;
            // the format spec: text, with nested fields
            for (p++; p < end && *p != '}' && *p != '\n'; p++) {
                if (*p == '{' && nesting < 8) p = scan_code(p + 1, end, base, out, true, nesting + 1) - 1;
            }
            return p < end ? p + 1 : end;
        } else {
            if (c == '(' || c == '[' || c == '{') depth++;
            if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
            p++;
        }
    }
    return p;
}

// ---------------------------------------------------------------- close keywords

// Characters of a[alo..ahi) and b[blo..bhi) in difflib's matching blocks: the longest
// common block (the first to end in a, then in b), then the same on either side of it.
static size_t matched(const char *a, size_t alo, size_t ahi, const char *b, size_t blo,
                      size_t bhi) {
    size_t besti = alo, bestj = blo, best = 0;
    size_t prev[MAX_WORD + 1] = {0}, cur[MAX_WORD + 1];
    for (size_t i = alo; i < ahi; i++) {
        memset(cur, 0, sizeof cur);
        for (size_t j = blo; j < bhi; j++) {
            if (a[i] != b[j]) continue;
            size_t k = cur[j + 1] = (j > blo ? prev[j] : 0) + 1;
            if (k > best) {
                besti = i + 1 - k;
                bestj = j + 1 - k;
                best = k;
            }
        }
        memcpy(prev, cur, sizeof prev);
    }
    if (!best) return 0;
    return best + matched(a, alo, besti, b, blo, bestj) +
           matched(a, besti + best, ahi, b, bestj + best, bhi);
}

// difflib.get_close_matches(word, kwlist, n=3, cutoff=0.5): by ratio, then by keyword,
// both descending.
static size_t close_keywords(const char *w, size_t n, const char **out) {
    double score[MAX_MATCHES];
    size_t count = 0;
    if (n > MAX_WORD) return 0;  // no keyword can reach half of the ratio
    for (size_t k = 0; k < KEYWORD_COUNT; k++) {
        const char *kw = KEYWORDS[k];
        size_t kn = strlen(kw);
        double ratio = 2.0 * (double)matched(kw, 0, kn, w, 0, n) / (double)(kn + n);
        if (ratio < 0.5) continue;
        size_t at = count;
        while (at > 0 && (score[at - 1] < ratio ||
                          (score[at - 1] == ratio && strcmp(out[at - 1], kw) < 0))) {
            at--;
        }
        if (at >= MAX_MATCHES) continue;
        size_t last = count < MAX_MATCHES ? count : MAX_MATCHES - 1;
        for (size_t j = last; j > at; j--) {
            score[j] = score[j - 1];
            out[j] = out[j - 1];
        }
        score[at] = ratio;
        out[at] = kw;
        if (count < MAX_MATCHES) count++;
    }
    return count;
}

// The keywords CPython tries for a name: the suggestion of its NameError hints, then
// difflib's close matches, 3 at most (a keyword may come twice).
static size_t keyword_matches(const char *w, size_t n, const char **out) {
    size_t count = 0;
    Similar s;
    similar_init(&s, w, n);
    for (size_t k = 0; k < KEYWORD_COUNT; k++) similar_consider(&s, KEYWORDS[k], strlen(KEYWORDS[k]));
    if (s.pick) out[count++] = s.pick;
    const char *close[MAX_MATCHES];
    size_t m = close_keywords(w, n, close);
    for (size_t k = 0; k < m && count < MAX_MATCHES; k++) out[count++] = close[k];
    return count;
}

// ---------------------------------------------------------------- trying them

static bool replacement_compiles(Arena *arena, const Chunk *c, size_t start, size_t end,
                                 const char *kw) {
    size_t kn = strlen(kw), n = c->len - (end - start) + kn;
    char *code = arena_alloc(arena, n + 1);
    if (!code) return false;
    memcpy(code, c->text, start);
    memcpy(code + start, kw, kn);
    memcpy(code + start + kn, c->text + end, c->len - end);
    code[n] = '\0';
    return parser_compiles_or_incomplete(code, n);
}

static bool is_trigger(const Diag *d) {
    return d->exc && strcmp(d->exc, "SyntaxError") == 0 &&
           (strcmp(d->message, "invalid syntax") == 0 ||
            strstr(d->message, "Perhaps you forgot a comma"));
}

static size_t char_count(const char *s, size_t n) {
    size_t chars = 0;
    for (size_t k = 0; k < n; k++) chars += ((unsigned char)s[k] & 0xC0) != 0x80;
    return chars;
}

// Where chunk offset `at` lies in the source: line, byte column.
static void source_place(const Chunk *c, size_t at, uint32_t *line, uint32_t *col) {
    size_t line_start = 0;
    *line = c->first;
    for (size_t k = 0; k < at; k++) {
        if (c->text[k] == '\n') {
            (*line)++;
            line_start = k + 1;
        }
    }
    *col = (uint32_t)(at - line_start + c->margin);
}

// The first name of the chunk, and keyword for it, whose replacement compiles: true with the
// name's place in the chunk and the keyword set.
static bool find_typo(Arena *scratch, const Chunk *c, size_t *start, size_t *end,
                      const char **keyword) {
    Names names = {0};
    scan_code(c->text, c->text + c->len, c->text, &names, false, 0);
    for (size_t k = 0; k < names.count; k++) {
        const char *w = c->text + names.start[k];
        size_t n = names.end[k] - names.start[k];
        const char *matches[MAX_MATCHES];
        size_t m = keyword_matches(w, n, matches);
        for (size_t j = 0; j < m; j++) {
            if (strlen(matches[j]) == n && memcmp(matches[j], w, n) == 0) continue;
            if (replacement_compiles(scratch, c, names.start[k], names.end[k], matches[j])) {
                *start = names.start[k];
                *end = names.end[k];
                *keyword = matches[j];
                return true;
            }
        }
    }
    return false;
}

static bool set_hint(Arena *arena, const Chunk *c, size_t start, size_t end, const char *keyword,
                     Diag *d) {
    char buf[64];
    snprintf(buf, sizeof buf, "invalid syntax. Did you mean '%s'?", keyword);
    d->shown_message = arena_strndup(arena, buf, strlen(buf));
    source_place(c, start, &d->shown.line, &d->shown.col);
    d->shown.end_line = d->shown.line;
    d->shown.end_col = d->shown.col + (uint32_t)(end - start);
    return d->shown_message != NULL;
}

bool syntax_typos_suggest(Arena *arena, const char *src, size_t len, Diag *d) {
    if (!is_trigger(d)) return true;
    // the chunk and the candidates are scratch: only the hint stays
    Arena scratch;
    arena_init(&scratch);
    Chunk c;
    bool ok = chunk_build(&scratch, src, len, statement_first_line(src, len, d->span.line),
                          d->span.line, &c);
    size_t start, end;
    const char *keyword;
    if (ok && c.text && char_count(c.text, c.len) <= MAX_CODE_CHARS &&
        find_typo(&scratch, &c, &start, &end, &keyword)) {
        ok = set_hint(arena, &c, start, end, keyword, d);
    }
    arena_fini(&scratch);
    return ok;
}
