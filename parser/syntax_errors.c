// Messages for what tree-sitter could not parse, worded and placed as CPython's parser does.
#include "parser/syntax_errors.h"

#include <string.h>

#include "parser/syntax_fstring.h"
#include "parser/syntax_lines.h"

static bool cst_tok_is(const Cst *cst, const CstNode *n, const char *tok) {
    size_t len = strlen(tok);
    return n->end - n->start == len && memcmp(cst->src + n->start, tok, len) == 0;
}

// A compound statement's header as CPython's invalid_*_stmt rules see it: the keyword that
// opens the source line at `start`, and whether a ':' follows where one must.
typedef struct Header {
    const char *p, *end;  // the logical line after the keyword
    bool colon_next;      // else/try/finally: only ':' may follow the keyword
    const char *stray;    // out: for colon_next, the token standing where ':' must, if any
} Header;

static bool is_word_char(char c) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           (unsigned char)c >= 0x80;
}

static bool starts_with_word(const char *p, const char *end, const char *word) {
    size_t n = strlen(word), left = (size_t)(end - p);
    return left >= n && memcmp(p, word, n) == 0 && (left == n || !is_word_char(p[n]));
}

static bool header_keyword(const char **p, const char *end, bool *colon_next) {
    static const char *const kws[] = {"if", "elif", "while", "for", "def", "class", "with",
                                      "except", "match", "case", "else", "try", "finally"};
    for (size_t k = 0; k < sizeof kws / sizeof *kws; k++) {
        if (starts_with_word(*p, end, kws[k])) {
            *colon_next = k >= 10;
            *p += strlen(kws[k]);
            return true;
        }
    }
    return false;
}

// Keywords that join expressions, so a word may stand next to them.
static bool is_joining_word(const char *w, size_t n) {
    static const char *const joins[] = {"in", "not", "and", "or", "is", "if", "else", "as",
                                        "for", "async", "await", "lambda", "yield", "from"};
    for (size_t k = 0; k < sizeof joins / sizeof *joins; k++) {
        if (strlen(joins[k]) == n && memcmp(joins[k], w, n) == 0) return true;
    }
    return false;
}

// True if the header ends at its NEWLINE without the ':' CPython's invalid_*_stmt rules want:
// brackets balanced, no ':' or lone '=' outside brackets, strings and comments (`if x = 1`
// fails before), and no two words side by side (`case 1 pass` is plain invalid syntax). For
// colon_next, ':' must follow the keyword.
static bool header_lacks_colon(Header *h) {
    int depth = 0;
    const char *prev_word = NULL;
    size_t prev_len = 0;
    bool first = true;
    for (const char *p = h->p; p < h->end; p++) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\\') continue;
        if (h->colon_next && first) {
            if (c != '#' && c != '\n' && c != '\r') h->stray = p;
            return c != ':' && c != '=';
        }
        if (first && c == '=' && (p + 1 >= h->end || p[1] != '=')) return false;  // `for = 1`
        first = false;
        if (c == '#' || c == '\n' || c == '\r') {
            if (depth == 0) return true;
            if (c == '#') {
                const char *nl = memchr(p, '\n', (size_t)(h->end - p));
                p = nl ? nl : h->end;
            }
            continue;
        }
        if (is_word_char(c)) {
            const char *w = p;
            while (p + 1 < h->end && is_word_char(p[1])) p++;
            size_t n = (size_t)(p - w + 1);
            if (depth == 0 && prev_word && !is_joining_word(w, n) &&
                !is_joining_word(prev_word, prev_len)) {
                return false;
            }
            prev_word = w;
            prev_len = n;
            continue;
        }
        prev_word = NULL;
        if (c == '(' || c == '[' || c == '{') depth++;
        else if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
        else if (c == ':' && depth == 0 && (p + 1 >= h->end || p[1] != '=')) return false;
        else if (c == '=' && depth == 0 && !strchr("=<>!:", p[-1]) && p[1] != '=') return false;
        else if (c == '\'' || c == '"') {
            const char *q = memchr(p + 1, c, (size_t)(h->end - p - 1));
            if (!q) return false;
            p = q;
        }
    }
    return false;  // an unclosed bracket: its own error
}

// Whether the clause at line (else, elif, except or finally, indented by `indent` bytes)
// follows a statement it can continue: the previous line at its indentation opens one. A
// stray clause is CPython's plain invalid syntax, not a missing ':'.
static bool clause_continues(const Cst *cst, const char *line, size_t indent, const char *kw) {
    static const struct { const char *kw, *after[6]; } rules[] = {
        {"elif", {"if", "elif"}},
        {"else", {"if", "elif", "for", "while", "except", "async"}},
        {"except", {"try", "except"}},
        {"finally", {"try", "except", "else"}},
    };
    const char *src = cst->src, *end = cst->src + cst->len;
    for (size_t r = 0; r < sizeof rules / sizeof *rules; r++) {
        if (!starts_with_word(kw, end, rules[r].kw)) continue;
        while (line > src) {
            const char *prev = line - 1;  // the previous line's break
            while (prev > src && prev[-1] != '\n') prev--;
            line = prev;
            const char *t = prev;
            while (t < end && (*t == ' ' || *t == '\t')) t++;
            if (t >= end || *t == '\n' || *t == '\r' || *t == '#' || (size_t)(t - prev) > indent) {
                continue;  // blank, a comment, or inside a block
            }
            if ((size_t)(t - prev) < indent) return false;
            for (size_t k = 0; k < 6 && rules[r].after[k]; k++) {
                if (starts_with_word(t, end, rules[r].after[k])) return true;
            }
            return false;
        }
        return false;
    }
    return true;  // not a clause
}

// "expected ':'" when the line of node n opens a compound statement whose header lacks it;
// *stray is the token CPython marks for it (after else, try or finally), else NULL.
static bool header_missing_colon(const Cst *cst, const CstNode *n, const char **stray) {
    const char *end = cst->src + cst->len;
    const char *line = cst->src + n->start - n->col;
    const char *p = line;
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    if (!clause_continues(cst, line, (size_t)(p - line), p)) return false;
    if (end - p > 6 && memcmp(p, "async ", 6) == 0) p += 6;
    Header h = {.end = end};
    if (!header_keyword(&p, end, &h.colon_next)) return false;
    h.p = p;
    bool lacks = header_lacks_colon(&h);
    *stray = h.stray;
    return lacks;
}

const char *syntax_skip_string(const char *p, const char *end, char c) {
    bool triple = end - p >= 2 && p[0] == c && p[1] == c;
    if (triple) p += 2;
    while (p < end) {
        if (*p == '\\') {
            p += 2;
        } else if (*p == c && (!triple || (end - p >= 3 && p[1] == c && p[2] == c))) {
            return p + (triple ? 3 : 1);
        } else if (*p == '\n' && !triple) {
            return p;
        } else {
            p++;
        }
    }
    return end;
}

// Scans from p, following bracket depth (*depth) past strings, comments and continuation
// lines. With `line_end`, stops at a comment or a line break outside brackets: returns where.
static const char *scan_brackets(const char *p, const char *end, long *depth, bool line_end) {
    while (p < end) {
        char c = *p;
        if (line_end && *depth == 0 && (c == '#' || c == '\n' || c == '\r')) return p;
        p++;
        if (c == '#') {
            while (p < end && *p != '\n') p++;
        } else if (c == '\\' && p < end && (*p == '\n' || *p == '\r')) {
            p++;  // a continuation line
        } else if (c == '(' || c == '[' || c == '{') {
            (*depth)++;
        } else if ((c == ')' || c == ']' || c == '}') && *depth > 0) {
            (*depth)--;
        } else if (c == '\'' || c == '"') {
            p = syntax_skip_string(p, end, c);
        }
    }
    return end;
}

// True if a bracket is still open at the end of the source (strings and comments skipped).
static bool open_at_eof(const Cst *cst) {
    long depth = 0;
    scan_brackets(cst->src, cst->src + cst->len, &depth, false);
    return depth > 0;
}

// True if string_start token n opens an f-string or t-string.
static bool opens_fstring(const Cst *cst, const CstNode *n) {
    for (uint32_t k = n->start; k < n->end; k++) {
        char c = (char)(cst->src[k] | 0x20);
        if (c == 'f' || c == 't') return true;
    }
    return false;
}

// CPython's parser reads on to the end of the file inside open brackets (newlines end no
// statement there), so its generic error for a stretch running to the end lies at EOF: where
// the tokenizer's "'(' was never closed" then takes over (tokens_pick). Moves `at` there.
static void generic_error_at_eof(const Cst *cst, const CstNode *n, Span *at) {
    // brackets inside f-strings nest in ways open_at_eof does not follow
    for (uint32_t c = n->child; c; c = cst_node(cst, c)->next) {
        const CstNode *t = cst_node(cst, c);
        if (t->kind == CST_STRING_START && opens_fstring(cst, t)) return;
    }
    for (uint32_t k = n->end; k < cst->len; k++) {
        char c = cst->src[k];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
    }
    // a line ending in ':' inside the open bracket (`if (x:`) is where CPython stops instead
    for (uint32_t k = n->start; k < n->end; k++) {
        if (cst->src[k] != ':') continue;
        uint32_t j = k + 1;
        while (j < cst->len && (cst->src[j] == ' ' || cst->src[j] == '\t')) j++;
        if (j >= cst->len || cst->src[j] == '\n' || cst->src[j] == '\r' || cst->src[j] == '#') {
            return;
        }
    }
    if (!open_at_eof(cst)) return;
    uint32_t line = 1, col = 0;
    for (uint32_t k = 0; k < cst->len; k++) {
        if (cst->src[k] == '\n') {
            line++;
            col = 0;
        } else {
            col++;
        }
    }
    *at = (Span){line, col, line, col};
}

// Byte offset of (line, col) in the source.
static size_t cst_offset(const Cst *cst, uint32_t line, uint32_t col) {
    size_t k = 0;
    for (uint32_t l = 1; l < line && k < cst->len; k++) {
        if (cst->src[k] == '\n') l++;
    }
    return k + col <= cst->len ? k + col : cst->len;
}

// Where `offset` lies, as a one-character span.
static Span cst_point_span(const Cst *cst, size_t offset) {
    uint32_t line = 1, col = 0;
    for (size_t k = 0; k < offset && k < cst->len; k++) {
        if (cst->src[k] == '\n') {
            line++;
            col = 0;
        } else {
            col++;
        }
    }
    return (Span){line, col, line, col + 1};
}

// The token that starts at byte `at`, roughly as CPython's tokenizer reads it: a word, or one
// character.
static Span token_span_at(const Cst *cst, size_t at) {
    Span s = cst_point_span(cst, at);
    size_t e = at + 1;
    if (is_word_char(cst->src[at])) {
        while (e < cst->len && is_word_char(cst->src[e])) e++;
    }
    s.end_col += (uint32_t)(e - at - 1);
    return s;
}

// Where CPython's NEWLINE token lies for the logical line that starts at byte `from`: over the
// comment that ends the line, else at the line break (past trailing blanks). A header missing
// its ':' is reported there.
static Span newline_token_span(const Cst *cst, size_t from) {
    const char *src = cst->src, *end = src + cst->len;
    long depth = 0;
    const char *p = scan_brackets(src + from, end, &depth, true);
    if (p < end && *p == '#') {
        const char *e = p;
        while (e < end && *e != '\n' && *e != '\r') e++;
        Span s = cst_point_span(cst, (size_t)(p - src));
        s.end_col = cst_point_span(cst, (size_t)(e - 1 - src)).end_col;
        return s;
    }
    return cst_point_span(cst, (size_t)(p - src));
}

// The first parse-phase diagnostic in the source among dl->items[from...], or NULL.
static const Diag *first_parse_diag(const DiagList *dl, size_t from) {
    const Diag *best = NULL;
    for (size_t k = from; k < dl->count; k++) {
        const Diag *d = &dl->items[k];
        if (d->phase != DIAG_PHASE_PARSE) continue;
        if (!best || d->span.line < best->span.line ||
            (d->span.line == best->span.line && d->span.col < best->span.col)) {
            best = d;
        }
    }
    return best;
}

// CPython's error inside an f-string or t-string on the line of `first` that opens before
// `end`: true with *err set.
static bool fstring_error_on_line(const Cst *cst, const Diag *first, size_t end,
                                  FStringError *err) {
    for (uint32_t k = 1; k < cst->count; k++) {
        const CstNode *t = cst_node(cst, k);
        if (t->start > end) break;
        if (t->kind != CST_STRING_START || t->line != first->span.line || !opens_fstring(cst, t)) {
            continue;
        }
        if (syntax_fstring_error(cst->src, cst->len, t->start, err)) return true;
    }
    return false;
}

bool syntax_errors_refine(const Cst *cst, Arena *scratch, DiagList *dl, size_t from) {
    const Diag *first = first_parse_diag(dl, from);
    if (!first) return true;
    size_t start = cst_offset(cst, first->span.line, first->span.col);
    size_t end = cst_offset(cst, first->span.end_line, first->span.end_col);
    FStringError ferr;
    LineError lerr;
    size_t at, at_end;
    const char *message;
    if (fstring_error_on_line(cst, first, end, &ferr)) {
        at = ferr.offset;
        at_end = at + 1;
        message = ferr.message;
    } else if (syntax_line_error(scratch, cst->src, cst->len, start, end, &lerr) ||
               (strcmp(first->message, "invalid syntax") == 0 &&
                syntax_line_generic(scratch, cst->src, cst->len, start, end, true, &lerr))) {
        at = lerr.offset;
        at_end = lerr.end;
        message = lerr.message;
    } else {
        return true;
    }
    // CPython meets this first; what tree-sitter's recovery made of the rest goes
    size_t keep = from;
    for (size_t j = from; j < dl->count; j++) {
        if (dl->items[j].phase != DIAG_PHASE_PARSE) dl->items[keep++] = dl->items[j];
    }
    dl->count = keep;
    Span span = cst_point_span(cst, at);
    if (at_end == at) span.end_col = span.col;  // an empty range
    if (at_end > at + 1) {
        Span last = cst_point_span(cst, at_end - 1);
        span.end_line = last.end_line;
        span.end_col = last.end_col;
    }
    return diag_add(dl, DIAG_PHASE_PARSE, span, "syntax-error", "SyntaxError", "%s", message);
}

// A stray backslash after a whole operand (`x = 1 \ 2`) is a token CPython's parser reads
// before it fails, so the tokenizer's error there wins: the parser's error moves to it.
static Span at_stray_backslash(const Cst *cst, const CstNode *n, Span at) {
    if (!n->child) return at;
    const CstNode *first = cst_node(cst, n->child);
    if (!(first->flags & CST_NAMED) || first->kind == CST_ERROR || !first->next) return at;
    const CstNode *next = cst_node(cst, first->next);
    if (next->kind != CST_ERROR || cst->src[next->start] != '\\') return at;
    return cst_span(next);
}

static bool subtree_has_error(const Cst *cst, uint32_t i) {
    uint32_t last = cst_subtree_last(cst, i);
    for (uint32_t k = i; k <= last; k++) {
        const CstNode *t = cst_node(cst, k);
        if (t->kind == CST_ERROR || (t->flags & CST_MISSING)) return true;
    }
    return false;
}

// Whether child c of an ERROR ends with a ':' that ends its line: a block header.
static bool is_bare_header(const Cst *cst, uint32_t c) {
    const CstNode *n = cst_node(cst, c);
    uint32_t last = n->child;
    while (last && cst_node(cst, last)->next) last = cst_node(cst, last)->next;
    return last && cst_tok_is(cst, cst_node(cst, last), ":") &&
           (!n->next || cst_node(cst, n->next)->line > n->end_line);
}

// An ERROR that starts with whole statements (a complete `try`, then an `except*` after its
// `else`): CPython's parser takes them and fails at what follows, on its own line. A header
// that tree-sitter split (`match` `x :`) is followed by its block before CPython fails.
static Span past_whole_statements(const Cst *cst, const CstNode *n, Span at) {
    uint32_t c = n->child;
    bool skipped = false;
    while (c) {
        const CstNode *t = cst_node(cst, c);
        // the last one is what CPython fails at, if all before it are whole
        if (!t->next || !(t->flags & CST_NAMED) || t->kind == CST_ERROR ||
            subtree_has_error(cst, c)) {
            break;
        }
        const CstNode *next = cst_node(cst, t->next);
        if (next->line > t->end_line) {
            c = t->next;
        } else if (next->kind == CST_ERROR && is_bare_header(cst, t->next)) {
            c = next->next;
        } else {
            break;
        }
        skipped = true;
    }
    return skipped && c ? cst_span(cst_node(cst, c)) : at;
}

// An ERROR that opens a bracket it does not close: CPython's parser reads on inside it, across
// lines, and fails at the ERROR's last token at the earliest. Its error then lies on a line
// past the bracket's, where the tokenizer's "'(' was never closed" wins (tokens_pick).
static Span inside_open_bracket(const Cst *cst, const CstNode *n, Span at) {
    int depth = 0;
    uint32_t last = 0;
    for (uint32_t c = n->child; c; c = cst_node(cst, c)->next) {
        const CstNode *t = cst_node(cst, c);
        // f-strings have their own rules; a line ending in ':' (`if (x:`) is where CPython
        // stops
        if (t->kind == CST_STRING_START) return at;
        if (depth > 0 && cst_tok_is(cst, t, ":") && t->next &&
            cst_node(cst, t->next)->line > t->end_line) {
            return at;
        }
        if (cst_tok_is(cst, t, "(") || cst_tok_is(cst, t, "[") || cst_tok_is(cst, t, "{")) depth++;
        if ((cst_tok_is(cst, t, ")") || cst_tok_is(cst, t, "]") || cst_tok_is(cst, t, "}")) &&
            depth > 0) {
            depth--;
        }
        last = c;
    }
    return depth > 0 && last ? cst_span(cst_node(cst, last)) : at;
}

// An ERROR that is a block header ending its line (`try:` with no body) fails in CPython at
// the token after it, where the tokenizer's "expected an indented block" also lies: the
// parser's error moves to that token (or to the end of the file).
static Span after_bare_header(const Cst *cst, const CstNode *n, Span at) {
    const CstNode *first = n->child ? cst_node(cst, n->child) : NULL;
    if (!first || (first->flags & CST_NAMED) || !is_word_char(cst->src[first->start])) return at;
    uint32_t last = n->child;
    while (last && cst_node(cst, last)->next) last = cst_node(cst, last)->next;
    if (!last || !cst_tok_is(cst, cst_node(cst, last), ":")) return at;
    size_t k = n->end;
    while (k < cst->len && (cst->src[k] == ' ' || cst->src[k] == '\t')) k++;
    if (k < cst->len && cst->src[k] != '\n' && cst->src[k] != '\r' && cst->src[k] != '#') {
        return at;
    }
    for (;;) {
        while (k < cst->len && (cst->src[k] == ' ' || cst->src[k] == '\t' || cst->src[k] == '\n' ||
                                cst->src[k] == '\r')) {
            k++;
        }
        if (k >= cst->len || cst->src[k] != '#') break;
        while (k < cst->len && cst->src[k] != '\n') k++;
    }
    return cst_point_span(cst, k);
}

// Whether node n starts with a keyword token: a compound statement, not a block or module.
static bool opens_with_keyword(const Cst *cst, const CstNode *n) {
    const CstNode *first = n->child ? cst_node(cst, n->child) : NULL;
    return first && !(first->flags & CST_NAMED) && is_word_char(cst->src[first->start]);
}

// The index of the node whose child node i is; 0 (the root) for the root itself.
static uint32_t parent_of(const Cst *cst, uint32_t i) {
    for (uint32_t k = i; k-- > 0;) {
        for (uint32_t c = cst_node(cst, k)->child; c && c <= i; c = cst_node(cst, c)->next) {
            if (c == i) return k;
        }
    }
    return 0;
}

// The compound statement whose header holds node i (`match x` around the `case` tree-sitter
// took for part of the subject), or NULL when i lies in a block or at module level.
static const CstNode *header_owner(const Cst *cst, uint32_t i) {
    for (uint32_t p = parent_of(cst, i); p; p = parent_of(cst, p)) {
        const CstNode *n = cst_node(cst, p);
        if (n->kind == CST_BLOCK) return NULL;
        if (opens_with_keyword(cst, n)) return n;
    }
    return NULL;
}

// An ERROR wrapping a compound statement whose header is whole (`if x:` and a block with a
// broken line): CPython takes the header and fails inside the block, at the ERROR there.
static uint32_t inside_compound_header(const Cst *cst, uint32_t k) {
    const CstNode *n = cst_node(cst, k);
    if (n->kind != CST_ERROR || !n->child || n->next) return k;
    const CstNode *stmt = cst_node(cst, n->child);
    if (stmt->next || !opens_with_keyword(cst, stmt)) return k;
    // its header: the keyword's line ends with ':'; then an ERROR on the next lines
    for (uint32_t c = stmt->child; c; c = cst_node(cst, c)->next) {
        const CstNode *t = cst_node(cst, c);
        if (t->line != stmt->line) return k;
        if (cst_tok_is(cst, t, ":")) {
            uint32_t e = t->next;
            const CstNode *err = e ? cst_node(cst, e) : NULL;
            if (!err || err->kind != CST_ERROR || !err->child ||
                cst_node(cst, err->child)->line == stmt->line) {
                return k;
            }
            return e;
        }
        if (t->kind == CST_ERROR || (t->flags & CST_MISSING)) return k;
    }
    return k;
}

// The first ERROR or MISSING node lowering did not repair, or 0.
static uint32_t first_unrepaired(const Cst *cst) {
    for (uint32_t k = cst->first_error; k && k < cst->count; k++) {
        const CstNode *n = cst_node(cst, k);
        if ((n->kind == CST_ERROR || (n->flags & CST_MISSING)) && !(n->flags & CST_REPAIRED)) {
            return inside_compound_header(cst, k);
        }
    }
    return 0;
}

bool syntax_errors_report(const Cst *cst, Arena *scratch, DiagList *dl, const Diag *token_error,
                          size_t from) {
    uint32_t first = first_unrepaired(cst);
    if (!first) return true;
    const CstNode *n = cst_node(cst, first);
    const char *missing = (n->flags & CST_MISSING) ? cst_missing_name(cst, first) : NULL;
    if (token_error && token_error->span.line <= n->line) return true;
    for (size_t k = from; k < dl->count; k++) {
        const Span *s = &dl->items[k].span;
        if (dl->items[k].phase == DIAG_PHASE_PARSE &&
            (s->line < n->end_line || (s->line == n->end_line && s->col <= n->end_col))) {
            return true;
        }
    }
    Span at = cst_span(n);
    if (n->flags & CST_MISSING) {
        // a MISSING node has no text; its kind says which token error recovery invented
        if (missing && strcmp(missing, ":") == 0) {
            return diag_add(dl, DIAG_PHASE_PARSE, at, "syntax-error", "SyntaxError",
                            "expected ':'");
        }
        generic_error_at_eof(cst, n, &at);
        return diag_add(dl, DIAG_PHASE_PARSE, at, "syntax-error", "SyntaxError", "invalid syntax");
    }
    const char *stray;
    if (header_missing_colon(cst, n, &stray)) {
        Span where = stray ? token_span_at(cst, (size_t)(stray - cst->src))
                           : newline_token_span(cst, n->start - n->col);
        return diag_add(dl, DIAG_PHASE_PARSE, where, "syntax-error", "SyntaxError",
                        "expected ':'");
    }
    const CstNode *owner = header_owner(cst, first);
    if (owner && owner->line < n->line && header_missing_colon(cst, owner, &stray)) {
        // `match x` with its block's first line taken into the statement: CPython stops at
        // the NEWLINE where the ':' should be
        const char *nl = memchr(cst->src + owner->start, '\n', cst->len - owner->start);
        size_t end = nl ? (size_t)(nl - cst->src) : cst->len;
        return diag_add(dl, DIAG_PHASE_PARSE, cst_point_span(cst, end), "syntax-error",
                        "SyntaxError", "expected ':'");
    }
    at = past_whole_statements(cst, n, at);
    at = at_stray_backslash(cst, n, at);
    at = inside_open_bracket(cst, n, at);
    // a header CPython fails inside (`from x in y:`) before it would want a block, a bracket
    // it fails inside (`(as x`) before it would read to the end
    LineError lerr;
    Span eof = at;
    generic_error_at_eof(cst, n, &eof);
    bool moved = after_bare_header(cst, n, at).line != at.line || eof.line != at.line;
    if (moved && syntax_line_generic(scratch, cst->src, cst->len, n->start, n->end, false, &lerr)) {
        at = cst_point_span(cst, lerr.offset);
        at.end_col = at.col + (uint32_t)(lerr.end - lerr.offset);
        return diag_add(dl, DIAG_PHASE_PARSE, at, "syntax-error", "SyntaxError", "%s", lerr.message);
    }
    at = after_bare_header(cst, n, at);
    generic_error_at_eof(cst, n, &at);
    return diag_add(dl, DIAG_PHASE_PARSE, at, "syntax-error", "SyntaxError", "invalid syntax");
}
