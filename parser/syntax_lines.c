// CPython 3.14's invalid_* rules decided by the tokens of one logical line: where tree-sitter
// stops with an ERROR, CPython's second parser pass raises these messages instead of
// "invalid syntax" (invalid_import, invalid_import_from_targets, invalid_dotted_as_name,
// invalid_import_from_as_name, invalid_expression's missing comma, invalid_starred_expression,
// invalid_named_expression, invalid_assignment (yield, elements of tuple and list targets),
// invalid_parameters, invalid_arguments' bare generator, the def rule's forced ':',
// invalid_comprehension, invalid_for_target).
#include "parser/syntax_lines.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "parser/syntax_fstring.h"

// guard: lines longer than this in tokens are left to the generic error
enum { LINE_MAX_TOKENS = 4096 };

typedef enum LTokKind { LT_NAME, LT_NUMBER, LT_STRING, LT_OP, LT_NEWLINE, LT_END } LTokKind;

typedef struct LTok {
    LTokKind kind;
    size_t start, end;
    int depth; // brackets open before it
} LTok;

typedef struct Lx {
    const char *src;
    size_t len, p;
    int depth;
    bool bad; // something this view does not follow (a broken string)
} Lx;

static bool is_name_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static bool is_name_char(int c) {
    return is_name_start(c) || (c >= '0' && c <= '9');
}

static int lx_peek(const Lx *x, size_t k) {
    return x->p + k < x->len ? (unsigned char)x->src[x->p + k] : -1;
}

static bool is_string_prefix(const char *s, size_t n) {
    if (n > 2) return false;
    for (size_t k = 0; k < n; k++) {
        if (!strchr("rRbBuUfFtT", s[k])) return false;
    }
    return true;
}

// A string literal from its prefix at `start`; x->p is at the quote.
static void lx_string(Lx *x, size_t start) {
    for (size_t k = start; k < x->p; k++) {
        char c = (char)(x->src[k] | 0x20);
        if (c == 'f' || c == 't') {
            FStringError err;
            if (syntax_fstring_error(x->src, x->len, start, &err) || err.end == SIZE_MAX) {
                x->bad = true;
                x->p = x->len;
                return;
            }
            x->p = err.end;
            return;
        }
    }
    char q = x->src[x->p];
    int size = lx_peek(x, 1) == q && lx_peek(x, 2) == q ? 3 : 1;
    x->p += (size_t)size;
    while (x->p < x->len) {
        int c = lx_peek(x, 0);
        if (c == '\\') {
            x->p += 2;
        } else if (c == q && (size == 1 || (lx_peek(x, 1) == q && lx_peek(x, 2) == q))) {
            x->p += (size_t)size;
            return;
        } else if (c == '\n' && size == 1) {
            break;
        } else {
            x->p++;
        }
    }
    x->bad = true;
}

static LTok lx_next(Lx *x) {
    for (;;) {
        int c = lx_peek(x, 0);
        if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || (c == '\n' && x->depth > 0)) {
            x->p++;
        } else if (c == '\\' && (lx_peek(x, 1) == '\n' || lx_peek(x, 1) == '\r')) {
            x->p += 2;
        } else if (c == '#') {
            while (lx_peek(x, 0) >= 0 && lx_peek(x, 0) != '\n')
                x->p++;
        } else {
            break;
        }
    }
    LTok t = {.start = x->p, .depth = x->depth};
    int c = lx_peek(x, 0);
    if (c < 0 || x->bad) {
        t.kind = LT_END;
    } else if (c == '\n') {
        x->p++;
        t.kind = LT_NEWLINE;
    } else if (is_name_start(c)) {
        while (is_name_char(lx_peek(x, 0)))
            x->p++;
        int q = lx_peek(x, 0);
        if ((q == '\'' || q == '"') && is_string_prefix(x->src + t.start, x->p - t.start)) {
            lx_string(x, t.start);
            t.kind = LT_STRING;
        } else {
            t.kind = LT_NAME;
        }
    } else if ((c >= '0' && c <= '9') ||
               (c == '.' && lx_peek(x, 1) >= '0' && lx_peek(x, 1) <= '9')) {
        while (is_name_char(lx_peek(x, 0)) || lx_peek(x, 0) == '.')
            x->p++;
        t.kind = LT_NUMBER;
    } else if (c == '\'' || c == '"') {
        lx_string(x, t.start);
        t.kind = LT_STRING;
    } else {
        x->p++;
        if (c == '.' && lx_peek(x, 0) == '.' && lx_peek(x, 1) == '.') x->p += 2;
        if (c == '(' || c == '[' || c == '{') x->depth++;
        if ((c == ')' || c == ']' || c == '}') && x->depth > 0) {
            x->depth--;
            t.depth = x->depth;
        }
        t.kind = LT_OP;
    }
    t.end = x->p;
    return t;
}

// ---- the line's tokens ----

typedef struct Line {
    const char *src;
    LTok *toks;
    size_t n;
} Line;

static bool tok_is(const Line *l, size_t i, const char *text) {
    if (i >= l->n) return false;
    size_t n = strlen(text);
    return l->toks[i].end - l->toks[i].start == n &&
           memcmp(l->src + l->toks[i].start, text, n) == 0;
}

static bool is_keyword(const Line *l, size_t i) {
    static const char *const kws[] = {
        "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
        "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
        "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
        "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};
    if (l->toks[i].kind != LT_NAME) return false;
    for (size_t k = 0; k < sizeof kws / sizeof *kws; k++) {
        if (tok_is(l, i, kws[k])) return true;
    }
    return false;
}

// Reads the logical line holding `at` into arena memory (false when this view loses track
// before it, or out of memory).
static bool read_line(Line *l, Arena *arena, const char *src, size_t len, size_t at) {
    Lx x = {.src = src, .len = len};
    size_t line_start = 0;
    for (;;) {
        LTok t = lx_next(&x);
        if (x.bad) return false;
        if (t.kind == LT_END || t.start > at || (t.kind == LT_NEWLINE && t.start == at)) break;
        if (t.kind == LT_NEWLINE) line_start = t.end;
    }
    size_t n = 0;
    x = (Lx){.src = src, .len = len, .p = line_start};
    for (LTok t = lx_next(&x);; t = lx_next(&x)) {
        if (x.bad || ++n > LINE_MAX_TOKENS) return false;
        if (t.kind == LT_NEWLINE || t.kind == LT_END) break;
    }
    l->toks = arena_alloc(arena, n * sizeof *l->toks);
    if (!l->toks) return false;
    l->src = src;
    l->n = 0;
    x = (Lx){.src = src, .len = len, .p = line_start};
    while (l->n < n)
        l->toks[l->n++] = lx_next(&x);
    return true;
}

static bool fail(LineError *err, size_t at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static bool fail(LineError *err, size_t at, const char *fmt, ...) {
    err->offset = at;
    err->end = at + 1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return true;
}

// Where the token at i ends as CPython's tokenizer reads it: this view splits operators such
// as `:=` and `**=` into characters.
static size_t token_end(const Line *l, size_t i) {
    static const char *const ops[] = {"**=", "//=", ">>=", "<<=", "!=", "%=", "&=", "**", "*=",
                                      "+=",  "-=",  "->",  "//",  "/=", ":=", "<<", "<=", "==",
                                      ">=",  ">>",  "@=",  "^=",  "|="};
    size_t end = l->toks[i].end;
    if (l->toks[i].kind != LT_OP) return end;
    for (size_t k = 0; k < sizeof ops / sizeof *ops; k++) {
        size_t n = strlen(ops[k]);
        bool joined = i + n - 1 < l->n;
        for (size_t j = 0; j < n && joined; j++) {
            joined = l->toks[i + j].kind == LT_OP && l->toks[i + j].end == l->toks[i].start + j + 1 &&
                     l->src[l->toks[i + j].start] == ops[k][j];
        }
        if (joined) return l->toks[i].start + n;
    }
    return end;
}

// CPython's "invalid syntax" marks the token its parser failed at, whole.
static bool fail_at_token(const Line *l, size_t i, LineError *err) {
    fail(err, l->toks[i].start, "invalid syntax");
    err->end = token_end(l, i);
    return true;
}

// ---- imports ----

// invalid_dotted_as_name / invalid_import_from_as_name: `as` takes a plain name.
static bool import_as_targets(const Line *l, size_t from, size_t to, LineError *err) {
    for (size_t i = from; i + 1 < to; i++) {
        if (!tok_is(l, i, "as")) continue;
        const LTok *t = &l->toks[i + 1];
        bool ends = i + 2 >= to || tok_is(l, i + 2, ",") || tok_is(l, i + 2, ")");
        if (t->kind == LT_NAME && !is_keyword(l, i + 1) && ends) continue;
        const char *what = NULL;
        if (t->kind == LT_NUMBER || t->kind == LT_STRING) {
            what = "literal";
        } else if (t->kind == LT_NAME && !is_keyword(l, i + 1)) {
            what = tok_is(l, i + 2, ".")   ? "attribute"
                   : tok_is(l, i + 2, "(") ? "function call"
                   : tok_is(l, i + 2, "[") ? "subscript"
                                           : "name";
        }
        if (what) {
            fail(err, t->start, "cannot use %s as import target", what);
            size_t e = i + 1;  // an attribute target is marked whole
            while (tok_is(l, e + 1, ".") && e + 2 < to && l->toks[e + 2].kind == LT_NAME) e += 2;
            err->end = l->toks[e].end;
            return true;
        }
    }
    return false;
}

// invalid_import / invalid_import_from_targets on the statement toks[from..to).
static bool import_statement(const Line *l, size_t from, size_t to, LineError *err) {
    size_t names = 0;
    if (tok_is(l, from, "import")) {
        names = from + 1;
    } else if (tok_is(l, from, "from")) {
        for (size_t i = from + 1; i < to && !names; i++) {
            if (tok_is(l, i, "import")) names = i + 1;
        }
    }
    if (!names) return false;
    if (tok_is(l, from + 1, "__future__") && tok_is(l, names, "*")) {
        return fail(err, l->toks[names].start, "future feature * is not defined");
    }
    if (names == to) {
        fail(err, l->toks[to].start, "Expected one or more names after 'import'");
        err->end = err->offset;  // CPython's range is empty there
        return true;
    }
    return import_as_targets(l, names, to, err);
}

static bool imports(const Line *l, LineError *err) {
    size_t from = 0;
    for (size_t i = 0; i < l->n; i++) {
        const LTok *t = &l->toks[i];
        bool ends =
            t->kind == LT_NEWLINE || t->kind == LT_END || (tok_is(l, i, ";") && t->depth == 0);
        if (!ends) continue;
        if (i > from && import_statement(l, from, i, err)) return true;
        from = i + 1;
    }
    return false;
}

// ---- missing commas ----

// The index of the bracket that closes the one at i, or SIZE_MAX.
static size_t matching_close(const Line *l, size_t i) {
    int d = l->toks[i].depth;
    for (size_t k = i + 1; k < l->n; k++) {
        if (l->toks[k].depth == d && l->toks[k].kind == LT_OP &&
            strchr(")]}", l->src[l->toks[k].start])) {
            return k;
        }
    }
    return SIZE_MAX;
}

static bool is_operator(const Line *l, size_t k) {
    return l->toks[k].kind == LT_OP && strchr("+-*/%@&|^~<>", l->src[l->toks[k].start]);
}


static bool ends_operand(const Line *l, size_t i) {
    const LTok *t = &l->toks[i];
    if (t->kind == LT_NUMBER || t->kind == LT_STRING) return true;
    if (t->kind == LT_NAME) {
        return !is_keyword(l, i) || tok_is(l, i, "True") || tok_is(l, i, "False") ||
               tok_is(l, i, "None");
    }
    return tok_is(l, i, ")") || tok_is(l, i, "]") || tok_is(l, i, "}") || tok_is(l, i, "...");
}

static bool starts_operand(const Line *l, size_t i) {
    const LTok *t = &l->toks[i];
    if (t->kind == LT_NUMBER || t->kind == LT_STRING) return true;
    if (t->kind == LT_NAME) {
        return !is_keyword(l, i) || tok_is(l, i, "True") || tok_is(l, i, "False") ||
               tok_is(l, i, "None") || tok_is(l, i, "lambda");
    }
    return tok_is(l, i, "{") || tok_is(l, i, "~") || tok_is(l, i, "...");
}

// The first token of the expression that ends at token i: back over names, literals,
// attribute dots and bracketed trailers.
static size_t expression_start(const Line *l, size_t i) {
    int d = l->toks[i].depth;
    size_t k = i;
    while (k > 0) {
        const LTok *p = &l->toks[k - 1];
        if (p->depth > d || (p->depth == d && (ends_operand(l, k - 1) || tok_is(l, k - 1, ".")) &&
                             !(ends_operand(l, k - 1) && starts_operand(l, k) && k - 1 < i))) {
            k--;
            continue;
        }
        // the opening bracket of a trailer belongs to the expression
        if (p->depth == d && (tok_is(l, k - 1, "(") || tok_is(l, k - 1, "[")) && k - 1 > 0 &&
            l->toks[k].depth > d) {
            k--;
            continue;
        }
        break;
    }
    return k;
}

// Whether token i, inside brackets, is no expression CPython's invalid_expression would see:
// a def's parameters, or a comprehension's loop variables.
static bool outside_expressions(const Line *l, size_t i) {
    int d = l->toks[i].depth;
    for (size_t k = i; k > 0; k--) {
        const LTok *p = &l->toks[k - 1];
        if (p->depth == d && tok_is(l, k - 1, "in")) return false;
        if (p->depth == d && tok_is(l, k - 1, "for")) return true;
        if (p->depth < d) {
            // the bracket around i: a def's parameter list?
            return k >= 3 && l->toks[k - 2].kind == LT_NAME && tok_is(l, k - 3, "def");
        }
    }
    return false;
}

// Whether token k, at the depth of an expression, joins two operands: an operator, a keyword
// operator, or `==`, `!=`, `<=`, `>=` (which this view reads as two tokens).
static bool joins_operands(const Line *l, size_t k) {
    if (is_operator(l, k) || tok_is(l, k, "and") || tok_is(l, k, "or") || tok_is(l, k, "not") ||
        tok_is(l, k, "in") || tok_is(l, k, "is") || tok_is(l, k, "if") || tok_is(l, k, "else")) {
        return true;
    }
    bool eq_next = tok_is(l, k + 1, "=") && l->toks[k].end == l->toks[k + 1].start;
    bool after_cmp = k > 0 && l->toks[k - 1].end == l->toks[k].start &&
                     l->toks[k - 1].kind == LT_OP && strchr("<>=!", l->src[l->toks[k - 1].start]);
    return (tok_is(l, k, "!") && eq_next) || (tok_is(l, k, "=") && (eq_next || after_cmp));
}

// The last token of the expression that starts at token j (the `b` of CPython's
// invalid_expression): operands joined by operators, attribute dots and bracketed trailers.
static size_t expression_end(const Line *l, size_t j) {
    int d = l->toks[j].depth;
    size_t last = j;
    bool want_operand = false;
    for (size_t k = j + 1; k < l->n && l->toks[k].depth >= d; k++) {
        if (l->toks[k].depth > d) continue;
        bool opens = tok_is(l, k, "(") || tok_is(l, k, "[") || tok_is(l, k, "{");
        if (opens && (want_operand || !tok_is(l, k, "{"))) {
            size_t close = matching_close(l, k);
            if (close == SIZE_MAX) return last;
            last = k = close;
            want_operand = false;
        } else if (tok_is(l, k, ".") || joins_operands(l, k)) {
            want_operand = true;
        } else if (want_operand && starts_operand(l, k)) {
            last = k;
            want_operand = false;
        } else {
            break;
        }
    }
    return last;
}

// invalid_expression: two expressions side by side inside brackets.
static bool missing_comma(const Line *l, size_t limit, LineError *err) {
    if (tok_is(l, 0, "case")) return false; // patterns are no expressions
    for (size_t i = 0; i + 1 < l->n; i++) {
        if (l->toks[i + 1].depth == 0 || !ends_operand(l, i) || !starts_operand(l, i + 1)) continue;
        if (outside_expressions(l, i)) continue;
        if (l->toks[i].kind == LT_STRING && l->toks[i + 1].kind == LT_STRING) continue;
        size_t a = expression_start(l, i);
        if (l->toks[a].start > limit) return false;
        if (a == i && (tok_is(l, i, "print") || tok_is(l, i, "exec"))) {
            // invalid_legacy_expression
            int n = (int)(l->toks[i].end - l->toks[i].start);
            const char *name = l->src + l->toks[i].start;
            return fail(err, l->toks[i].start,
                        "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?", n, name,
                        n, name);
        }
        if (a == i && l->toks[i].kind == LT_NAME && l->toks[i + 1].kind == LT_STRING) continue;
        if (tok_is(l, a, "match") || tok_is(l, a, "case") || tok_is(l, a, "type") ||
            tok_is(l, a, "_")) {
            continue;
        }
        fail(err, l->toks[a].start, SYNTAX_MISSING_COMMA);
        err->end = l->toks[expression_end(l, i + 1)].end;  // CPython's range: a b
        return true;
    }
    return false;
}

// ---- star expressions ----

// A '*' standing alone (not half of `**`).
static bool lone_star(const Line *l, size_t i) {
    if (!tok_is(l, i, "*")) return false;
    bool joined_before = i > 0 && tok_is(l, i - 1, "*") && l->toks[i - 1].end == l->toks[i].start;
    bool joined_after = tok_is(l, i + 1, "*") && l->toks[i].end == l->toks[i + 1].start;
    return !joined_before && !joined_after;
}

// Whether the '*' at i is a bare `*` of a parameter list (def or lambda).
static bool in_parameters(const Line *l, size_t i) {
    int d = l->toks[i].depth;
    for (size_t k = i; k > 0; k--) {
        const LTok *p = &l->toks[k - 1];
        if (p->depth == d && tok_is(l, k - 1, ":")) return false;
        if (p->depth == d && tok_is(l, k - 1, "lambda")) return true;
        if (p->depth < d)
            return k >= 3 && l->toks[k - 2].kind == LT_NAME && tok_is(l, k - 3, "def");
    }
    return false;
}

// invalid_starred_expression: an element `*` with no expression after it; invalid_group:
// `(**a)`.
static bool invalid_star(const Line *l, size_t limit, LineError *err) {
    if (tok_is(l, 0, "from") || tok_is(l, 0, "import")) return false; // `import (*)`
    for (size_t i = 1; i + 1 < l->n && l->toks[i].start <= limit; i++) {
        if (tok_is(l, i - 1, "(") && tok_is(l, i, "*") && tok_is(l, i + 1, "*") &&
            l->toks[i].end == l->toks[i + 1].start && !(i >= 2 && ends_operand(l, i - 2))) {
            fail(err, l->toks[i].start, "cannot use double starred expression here");
            err->end = l->toks[i + 1].end;
            return true;
        }
        if (l->toks[i].depth == 0 || !lone_star(l, i)) continue;
        if (!tok_is(l, i - 1, "(") && !tok_is(l, i - 1, "[") && !tok_is(l, i - 1, "{") &&
            !tok_is(l, i - 1, ",")) {
            continue;
        }
        if (in_parameters(l, i)) continue;
        static const char *const closers[] = {")", "]", "}", ",", "*", "=", ":"};
        for (size_t k = 0; k < sizeof closers / sizeof *closers; k++) {
            if (tok_is(l, i + 1, closers[k])) {
                // CPython stops at the token after the star
                fail(err, l->toks[i + 1].start, "Invalid star expression");
                err->end = token_end(l, i + 1);
                return true;
            }
        }
    }
    return false;
}

// ---- '=' where an expression or a target must be ----

// A '=' that is not part of `==`, `<=`, `:=`, `+=` and the like.
static bool lone_equals(const Line *l, size_t i) {
    if (!tok_is(l, i, "=")) return false;
    const LTok *t = &l->toks[i];
    if (i > 0 && l->toks[i - 1].end == t->start && l->toks[i - 1].kind == LT_OP &&
        strchr("=!<>:+-*/%&|^@", l->src[l->toks[i - 1].start])) {
        return false;
    }
    return !(tok_is(l, i + 1, "=") && t->end == l->toks[i + 1].start);
}

// Whether toks[i] is an f-string or t-string literal.
static bool is_fstring(const Line *l, size_t i) {
    if (l->toks[i].kind != LT_STRING) return false;
    for (size_t k = l->toks[i].start; k < l->toks[i].end; k++) {
        char c = l->src[k];
        if (c == '\'' || c == '"') return false;
        if ((c | 0x20) == 'f' || (c | 0x20) == 't') return true;
    }
    return false;
}

// invalid_expression's string hint: an expression between two plain string literals, as in
// `"say "hi" now"`, where a quote ended the string early.
static bool string_interrupted(const Line *l, size_t limit, LineError *err) {
    for (size_t i = 0; i + 2 < l->n && l->toks[i].start <= limit; i++) {
        // one literal before (`"a" "b" c "d"` is plain invalid syntax)
        if (l->toks[i].kind != LT_STRING || is_fstring(l, i) || l->toks[i + 1].kind == LT_STRING ||
            !starts_operand(l, i + 1) || (i > 0 && l->toks[i - 1].kind == LT_STRING)) {
            continue;
        }
        int d = l->toks[i].depth;
        size_t j = i + 1;
        while (j < l->n && l->toks[j].kind != LT_STRING && l->toks[j].depth >= d &&
               !(l->toks[j].depth == d && (tok_is(l, j, ",") || tok_is(l, j, ":") ||
                                           tok_is(l, j, "=") || (is_keyword(l, j) &&
                                                                 !starts_operand(l, j))))) {
            j++;
        }
        if (j < l->n && l->toks[j].kind == LT_STRING && l->toks[j].depth == d && !is_fstring(l, j)) {
            fail(err, l->toks[i + 1].start, "invalid syntax. Is this intended to be part of the string?");
            err->end = l->toks[j - 1].end;
            return true;
        }
    }
    return false;
}

// Whether toks[a..b) is one bracketed group opened at a, and whether it holds a
// comprehension's `for`.
static bool one_group(const Line *l, size_t a, size_t b, bool *comprehension) {
    if (l->toks[a].kind != LT_OP || matching_close(l, a) != b - 1) return false;
    *comprehension = false;
    for (size_t k = a + 1; k + 1 < b; k++) {
        *comprehension |= l->toks[k].depth == l->toks[a].depth + 1 && tok_is(l, k, "for");
    }
    return true;
}

// The name of a bracketed display toks[a..b) (one group), or NULL.
static const char *display_name(const Line *l, size_t a, size_t b, bool comprehension) {
    if (tok_is(l, a, "(")) {
        if (tok_is(l, a + 1, "yield")) return "yield expression";
        return comprehension ? "generator expression" : "tuple";
    }
    if (tok_is(l, a, "[")) return comprehension ? "list comprehension" : "list";
    if (!tok_is(l, a, "{")) return NULL;
    bool dict = a + 2 == b;
    for (size_t k = a + 1; k + 1 < b; k++) {
        bool splat = tok_is(l, k, "*") && tok_is(l, k + 1, "*") &&
                     l->toks[k].end == l->toks[k + 1].start;
        dict |= l->toks[k].depth == l->toks[a].depth + 1 && (tok_is(l, k, ":") || splat);
    }
    if (comprehension) return dict ? "dict comprehension" : "set comprehension";
    return dict ? "dict literal" : "set display";
}

// CPython's _PyPegen_get_expr_name for the expression spelled by toks[a..b), or NULL when
// this view cannot tell.
static const char *expression_name(const Line *l, size_t a, size_t b) {
    bool comprehension = false;
    // a parenthesized expression is named as what it holds
    while (b > a + 2 && tok_is(l, a, "(") && !tok_is(l, a + 1, "yield") &&
           one_group(l, a, b, &comprehension) && !comprehension) {
        a++;
        b--;
    }
    if (a >= b) return NULL;
    int d = l->toks[a].depth;
    if (tok_is(l, a, "await")) return "await expression";
    if (tok_is(l, a, "yield")) return "yield expression";
    if (tok_is(l, a, "lambda")) return "lambda";
    if (tok_is(l, a, "not")) return NULL; // not a bitwise_or
    for (size_t k = a; k < b; k++) {
        if (l->toks[k].depth != d) continue;
        if (tok_is(l, k, "if")) return "conditional expression";
        if (tok_is(l, k, ",")) return "tuple";
        if (tok_is(l, k, "and") || tok_is(l, k, "or")) return NULL; // not a bitwise_or
    }
    for (size_t k = a; k + 1 < b; k++) {
        if (l->toks[k].depth == d && tok_is(l, k, ":") && tok_is(l, k + 1, "=") &&
            l->toks[k].end == l->toks[k + 1].start) {
            return "named expression";  // this view reads `:=` as ':' and '='
        }
    }
    for (size_t k = a; k < b; k++) {
        if (l->toks[k].depth == d &&
            (tok_is(l, k, "<") || tok_is(l, k, ">") || tok_is(l, k, "=") || tok_is(l, k, "!") ||
             tok_is(l, k, "in") || tok_is(l, k, "is"))) {
            return "comparison";
        }
    }
    for (size_t k = a; k < b; k++) {
        if (l->toks[k].depth == d && is_operator(l, k)) {
            return k == a && tok_is(l, k, "*") ? "starred" : "expression";
        }
    }
    if (b == a + 1) {
        const LTok *t = &l->toks[a];
        if (is_fstring(l, a)) return "f-string expression";
        if (t->kind == LT_NUMBER || t->kind == LT_STRING) return "literal";
        if (tok_is(l, a, "True") || tok_is(l, a, "False") || tok_is(l, a, "None")) {
            return tok_is(l, a, "True") ? "True" : tok_is(l, a, "False") ? "False" : "None";
        }
        if (tok_is(l, a, "...")) return "ellipsis";
        return t->kind == LT_NAME && !is_keyword(l, a) ? "name" : NULL;
    }
    if (one_group(l, a, b, &comprehension)) return display_name(l, a, b, comprehension);
    if (l->toks[a].kind == LT_OP) return NULL; // left to the other rules
    if (tok_is(l, b - 1, ")")) return "function call";
    if (tok_is(l, b - 1, "]")) return "subscript";
    if (b >= a + 2 && tok_is(l, b - 2, ".")) return "attribute";
    return NULL;
}

// guard: targets nested deeper than CPython's parser allows are left to the generic error
enum { TARGET_MAX_NESTING = 200 };

// CPython's _PyPegen_get_invalid_target for the target toks[a..b): the first element that
// cannot be assigned to, looking into tuples, lists and starred elements, as toks[*bad..*end)
// named *what. False when every element can be, or this view cannot tell.
static bool invalid_target(const Line *l, size_t a, size_t b, int nesting, size_t *bad,
                           size_t *end, const char **what) {
    const char *name = expression_name(l, a, b);
    if (!name || nesting > TARGET_MAX_NESTING || !strcmp(name, "name") ||
        !strcmp(name, "attribute") || !strcmp(name, "subscript")) {
        return false;
    }
    if (!strcmp(name, "starred")) return invalid_target(l, a + 1, b, nesting + 1, bad, end, what);
    if (strcmp(name, "tuple") && strcmp(name, "list")) {
        // CPython places a parenthesized expression at what the parentheses hold
        while (a + 2 < b && tok_is(l, a, "(") && matching_close(l, a) == b - 1) {
            a++;
            b--;
        }
        *bad = a;
        *end = b;
        *what = name;
        return true;
    }
    while (a + 1 < b && (tok_is(l, a, "(") || tok_is(l, a, "[")) && matching_close(l, a) == b - 1) {
        a++;
        b--;
    }
    int d = l->toks[a].depth;
    for (size_t e = a; e < b;) {
        size_t f = e;
        while (f < b && !(l->toks[f].depth == d && tok_is(l, f, ","))) f++;
        if (f > e && invalid_target(l, e, f, nesting + 1, bad, end, what)) return true;
        e = f + 1;
    }
    return false;
}

// Whether an expression so named can be a bitwise_or (what invalid_named_expression takes
// before its '=').
static bool is_bitwise_or(const char *what) {
    static const char *const kinds[] = {
        "expression", "function call",    "literal",          "attribute",
        "subscript",  "await expression", "yield expression", "f-string expression"};
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
        if (!strcmp(what, kinds[k])) return true;
    }
    return false;
}

// invalid_named_expression: `=` where a named expression stands (a condition, an element
// inside brackets). toks[a..eq) is the expression before it.
static bool named_expression_equals(const Line *l, size_t a, size_t eq, LineError *err) {
    if (a >= eq) return false;
    // the value after '=' must not be followed by another '=' or ':=' (`if x = 1 = 2:`)
    int d = l->toks[eq].depth;
    for (size_t k = eq + 1; k < l->n && l->toks[k].depth >= d; k++) {
        if (l->toks[k].depth > d) continue;
        if (tok_is(l, k, ",") || tok_is(l, k, ":") || l->toks[k].kind == LT_NEWLINE) break;
        if (lone_equals(l, k)) return false;
    }
    if (eq == a + 1 && l->toks[a].kind == LT_NAME && !is_keyword(l, a)) {
        fail(err, l->toks[a].start, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        // CPython marks `name = value`
        if (eq + 1 < l->n && starts_operand(l, eq + 1)) {
            err->end = l->toks[expression_end(l, eq + 1)].end;
        }
        return true;
    }
    const char *what = expression_name(l, a, eq);
    if (!what || !is_bitwise_or(what)) return false;
    fail(err, l->toks[a].start, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
         what);
    err->end = l->toks[eq - 1].end;  // CPython marks the whole expression
    return true;
}

// Where the expression before the '=' at eq starts: after the last ',' or the opener at its
// depth, or at `from`.
static size_t element_start(const Line *l, size_t from, size_t eq) {
    int d = l->toks[eq].depth;
    size_t k = eq;
    while (k > from) {
        const LTok *p = &l->toks[k - 1];
        if (p->depth < d || (p->depth == d && (tok_is(l, k - 1, ",") || tok_is(l, k - 1, "if"))))
            break;
        k--;
    }
    return k;
}

// `if x = 1:`, `while`, `elif`, a case guard, a match subject, and `(x = 1)` in brackets.
static bool equals_in_expression(const Line *l, size_t limit, LineError *err) {
    size_t from = 0;
    bool header = tok_is(l, 0, "if") || tok_is(l, 0, "elif") || tok_is(l, 0, "while") ||
                  tok_is(l, 0, "match") || tok_is(l, 0, "case");
    if (header) from = 1;
    // a match subject is read whole before tree-sitter's error in it shows (`match x = 1`)
    bool subject = tok_is(l, 0, "match");
    for (size_t i = 1; i < l->n && (l->toks[i].start <= limit || subject); i++) {
        if (!lone_equals(l, i)) continue;
        int d = l->toks[i].depth;
        if (d == 0) {
            if (!header) continue;
            if (tok_is(l, 0, "case")) {
                // only a guard holds an expression
                size_t g = 0;
                for (size_t k = 1; k < i; k++) {
                    if (l->toks[k].depth == 0 && tok_is(l, k, "if")) g = k;
                }
                if (!g) continue;
                from = g + 1;
            }
            return named_expression_equals(l, element_start(l, from, i), i, err);
        }
        // inside brackets: a call's keyword argument, a def's default or a subscript is fine
        size_t open = i;
        while (open > 0 && l->toks[open - 1].depth >= d)
            open--;
        if (open == 0) continue;
        open--;
        bool trailer = open > 0 && ends_operand(l, open - 1) && !tok_is(l, open, "{");
        size_t a = element_start(l, open + 1, i);
        if (trailer && tok_is(l, open, "(") && lone_star(l, a) && !outside_expressions(l, i)) {
            // invalid_starred_expression_unpacking: f(*a=1)
            return fail(err, l->toks[a].start, "cannot assign to iterable argument unpacking");
        }
        if (trailer && tok_is(l, open, "(") && tok_is(l, a, "*") && tok_is(l, a + 1, "*") &&
            l->toks[a].end == l->toks[a + 1].start && !outside_expressions(l, i)) {
            // invalid_kwarg: f(**a=1)
            return fail(err, l->toks[a].start, "cannot assign to keyword argument unpacking");
        }
        if (trailer || outside_expressions(l, i)) continue;
        // a comprehension's clauses take no named expression: `[x for x in y if x = 1]`
        for (size_t k = open + 1; k < i; k++) {
            if (l->toks[k].depth == d && tok_is(l, k, "for")) return fail(err, l->toks[i].start, "invalid syntax");
        }
        if (named_expression_equals(l, element_start(l, open + 1, i), i, err)) return true;
    }
    return false;
}

// `target = value` with one '=' whose target is an expression (invalid_named_expression, as
// CPython's second pass meets it at statement level), and `x = yield = 1`
// (invalid_assignment). Chains of '=' are left to the lowering's own messages.
static bool bad_assignment_target(const Line *l, size_t limit, LineError *err) {
    if (l->toks[0].kind == LT_NAME && is_keyword(l, 0) && !tok_is(l, 0, "await")) return false;
    size_t from = 0, equals = 0, last = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (l->toks[i].depth != 0) continue;
        if (tok_is(l, i, ";") || tok_is(l, i, ":")) return false; // keep to plain statements
        if (!lone_equals(l, i)) continue;
        if (from > 0 && tok_is(l, from, "yield") && l->toks[from].start <= limit) {
            fail(err, l->toks[from].start, "assignment to yield expression not possible");
            err->end = l->toks[from].end;
            return true;
        }
        equals++;
        last = i;
        from = i + 1;
    }
    if (equals != 1) return false;
    size_t a = element_start(l, 0, last);
    if (a + 1 == last && tok_is(l, a, "await")) return false; // `await = 1`: a keyword
    const char *what = expression_name(l, a, last);
    size_t bad, bad_end;
    if (what && (!strcmp(what, "tuple") || !strcmp(what, "list")) && l->toks[a].start <= limit &&
        invalid_target(l, a, last, 0, &bad, &bad_end, &what)) {
        // invalid_assignment: an element of a tuple or list target (`[a, f()] = 1, 2`)
        fail(err, l->toks[bad].start, "cannot assign to %s", what);
        err->end = l->toks[bad_end - 1].end;
        return true;
    }
    // attributes and subscripts are fine targets; the error is elsewhere
    if (!what || !is_bitwise_or(what) || !strcmp(what, "attribute") || !strcmp(what, "subscript") ||
        l->toks[a].start > limit) {
        return false;
    }
    fail(err, l->toks[a].start, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
         what);
    err->end = l->toks[last - 1].end;  // CPython marks the whole expression
    return true;
}

// ---- parameters ----

// The parameter list of a `def` line: the indexes of its brackets.
static bool def_parameters(const Line *l, size_t *open, size_t *close) {
    size_t k = tok_is(l, 0, "async") ? 1 : 0;
    if (!tok_is(l, k, "def") || k + 2 >= l->n || l->toks[k + 1].kind != LT_NAME) return false;
    k += 2;
    if (tok_is(l, k, "[")) { // type parameters
        k = matching_close(l, k);
        if (k == SIZE_MAX) return false;
        k++;
    }
    if (!tok_is(l, k, "(")) return false;
    *open = k;
    *close = matching_close(l, k);
    return *close != SIZE_MAX;
}

// In a parameter list toks(from..to) at depth d: a parenthesized parameter, or a default for
// *args or **kwargs (invalid_parameters, invalid_star_etc, invalid_kwds).
static bool bad_parameters(const Line *l, size_t from, size_t to, const char *what,
                           LineError *err) {
    int d = l->toks[from].depth;
    for (size_t k = from; k < to; k++) {
        if (l->toks[k].depth != d) continue;
        if (tok_is(l, k, "(") && (k == from || tok_is(l, k - 1, ","))) {
            return fail(err, l->toks[k].start, "%s parameters cannot be parenthesized", what);
        }
        bool two =
            tok_is(l, k, "*") && tok_is(l, k + 1, "*") && l->toks[k].end == l->toks[k + 1].start;
        if (!lone_star(l, k) && !two) continue;
        size_t n = two ? k + 2 : k + 1;
        if (n >= to || l->toks[n].kind != LT_NAME) continue;
        size_t e = n + 1;
        if (tok_is(l, e, ":")) {
            while (e < to && !(l->toks[e].depth == d && (tok_is(l, e, "=") || tok_is(l, e, ","))))
                e++;
        }
        if (e < to && lone_equals(l, e)) {
            return fail(err, l->toks[e].start, "%s argument cannot have default value",
                        two ? "var-keyword" : "var-positional");
        }
    }
    return false;
}

// `name=` with nothing after it: in a def's parameters (invalid_default) or a call's
// arguments (invalid_kwarg).
static bool missing_value(const Line *l, LineError *err) {
    size_t open, close;
    bool in_def = def_parameters(l, &open, &close);
    for (size_t k = 1; k + 1 < l->n; k++) {
        if (!lone_equals(l, k) || l->toks[k - 1].kind != LT_NAME || l->toks[k].depth == 0) continue;
        if (!tok_is(l, k + 1, ",") && !tok_is(l, k + 1, ")")) continue;
        if (in_def && k > open && k < close)
            return fail(err, l->toks[k].start, "expected default value expression");
        size_t o = k;
        while (o > 0 && l->toks[o - 1].depth >= l->toks[k].depth)
            o--;
        if (o >= 2 && tok_is(l, o - 1, "(") && ends_operand(l, o - 2)) {
            return fail(err, l->toks[k].start, "expected argument value expression");
        }
    }
    return false;
}

static bool parameters(const Line *l, LineError *err) {
    size_t open, close;
    if (def_parameters(l, &open, &close) && bad_parameters(l, open + 1, close, "Function", err)) {
        return true;
    }
    for (size_t k = 0; k < l->n; k++) {
        if (!tok_is(l, k, "lambda")) continue;
        size_t colon = k + 1;
        while (colon < l->n && !(l->toks[colon].depth == l->toks[k].depth && tok_is(l, colon, ":")))
            colon++;
        if (colon < l->n && bad_parameters(l, k + 1, colon, "Lambda expression", err)) return true;
    }
    return false;
}

// `def f()():`, `def f() -> yield:`, `def f() -> a -> b:`: after the parameters only an
// annotation and ':' may come (the def rule's forced ':').
static bool def_expects_colon(const Line *l, LineError *err) {
    size_t open, close;
    size_t name = tok_is(l, 0, "async") ? 2 : 1;
    if (tok_is(l, name - 1, "def") && name + 1 < l->n && l->toks[name].kind == LT_NAME) {
        size_t after = name + 1;
        if (tok_is(l, after, "[")) {
            after = matching_close(l, after); // type parameters
            if (after == SIZE_MAX) return false;
            after++;
        }
        if (after < l->n && !tok_is(l, after, "(")) {
            return fail(err, l->toks[after].start, "expected '('"); // the def rule's forced '('
        }
    }
    if (!def_parameters(l, &open, &close) || close + 1 >= l->n) return false;
    size_t k = close + 1;
    if (tok_is(l, k, ":")) return false;
    bool arrow =
        tok_is(l, k, "-") && tok_is(l, k + 1, ">") && l->toks[k].end == l->toks[k + 1].start;
    if (!arrow) return fail(err, l->toks[k].start, "expected ':'");
    k += 2;
    if (k >= l->n || tok_is(l, k, ":") || l->toks[k].kind == LT_NEWLINE) {
        // no annotation: the optional `-> expression` is not there, so ':' was due at '->'
        fail(err, l->toks[k - 2].start, "expected ':'");
        err->end = l->toks[k - 1].end;
        return true;
    }
    if (tok_is(l, k, "yield") || tok_is(l, k, "*"))
        return fail(err, l->toks[k].start, "expected ':'");
    for (; k + 1 < l->n && !(l->toks[k].depth == 0 && tok_is(l, k, ":")); k++) {
        bool again =
            tok_is(l, k, "-") && tok_is(l, k + 1, ">") && l->toks[k].end == l->toks[k + 1].start;
        bool side_by_side = ends_operand(l, k) && starts_operand(l, k + 1);
        if (l->toks[k + 1].depth == 0 && (again || side_by_side)) {
            return fail(err, l->toks[k + 1].start, "expected ':'");
        }
    }
    return false;
}

// ---- expressions ----

// invalid_arguments: a generator expression beside other arguments needs its own parentheses.
static bool bare_generator_argument(const Line *l, size_t limit, LineError *err) {
    for (size_t k = 1; k < l->n; k++) {
        if (!tok_is(l, k, "(") || !ends_operand(l, k - 1) || l->toks[k].start > limit) continue;
        size_t close = matching_close(l, k);
        if (close == SIZE_MAX) continue;
        int d = l->toks[k].depth + 1;
        size_t commas = 0, gen = 0;
        for (size_t j = k + 1; j < close; j++) {
            if (l->toks[j].depth != d) continue;
            if (tok_is(l, j, ",") && j + 1 < close) commas++;
            if (tok_is(l, j, "for") && !gen) gen = j;
        }
        if (gen && commas) {
            fail(err, l->toks[element_start(l, k + 1, gen)].start,
                 "Generator expression must be parenthesized");
            size_t j = gen;  // CPython marks the generator expression, whole
            while (j < close && !(l->toks[j].depth == d && tok_is(l, j, ","))) j++;
            err->end = l->toks[j - 1].end;
            return true;
        }
    }
    return false;
}

// invalid_expression: `a if b` with no `else` (and not a comprehension's condition).
static bool if_without_else(const Line *l, size_t limit, LineError *err) {
    if (tok_is(l, 0, "case")) return false;
    for (size_t k = 1; k < l->n && l->toks[k].start <= limit; k++) {
        if (!tok_is(l, k, "if") || !ends_operand(l, k - 1)) continue;
        int d = l->toks[k].depth;
        bool condition = false; // of a comprehension: `for x in y if z`
        for (size_t j = k; j > 0 && !condition; j--) {
            const LTok *p = &l->toks[j - 1];
            if (p->depth < d || (p->depth == d && tok_is(l, j - 1, ","))) break;
            condition = p->depth == d && tok_is(l, j - 1, "for");
        }
        if (condition) continue;
        size_t j = k + 1;
        while (j < l->n && (l->toks[j].depth > d ||
                            !(tok_is(l, j, "else") || tok_is(l, j, ":") || tok_is(l, j, "for") ||
                              tok_is(l, j, ",") || l->toks[j].depth < d ||
                              l->toks[j].kind == LT_NEWLINE || l->toks[j].kind == LT_END))) {
            j++;
        }
        if (tok_is(l, j, "else") && j + 1 < l->n && !starts_operand(l, j + 1) &&
            !tok_is(l, j + 1, "(") && !tok_is(l, j + 1, "[") && !tok_is(l, j + 1, "-") &&
            !tok_is(l, j + 1, "+") && !tok_is(l, j + 1, "not") && !tok_is(l, j + 1, "await") &&
            !tok_is(l, j + 1, "*")) {
            return fail(err, l->toks[j + 1].start,
                        "expected expression after 'else', but statement is given");
        }
        if (j == k + 1 || tok_is(l, j, "else") || tok_is(l, j, ":")) continue;
        fail(err, l->toks[expression_start(l, k - 1)].start,
             "expected 'else' after 'if' expression");
        err->end = l->toks[expression_end(l, k + 1)].end;  // CPython marks `a if b`
        return true;
    }
    return false;
}

// invalid_named_expression: `target := value` with a target that is no name.
static bool walrus_target(const Line *l, size_t limit, LineError *err) {
    for (size_t i = 1; i + 1 < l->n && l->toks[i].start <= limit; i++) {
        if (!tok_is(l, i, ":") || !tok_is(l, i + 1, "=") ||
            l->toks[i].end != l->toks[i + 1].start) {
            continue;
        }
        size_t a = element_start(l, 0, i);
        if (a == i || (a + 1 == i && l->toks[a].kind == LT_NAME && !is_keyword(l, a))) continue;
        if (tok_is(l, a, "*")) continue;  // `*a := 1` is no expression: plain invalid syntax
        bool assigns = false; // `x = y := 1`, `x := 1 := 2`: plain invalid syntax
        for (size_t k = a; k < i; k++) {
            assigns |= l->toks[k].depth == l->toks[i].depth &&
                       (lone_equals(l, k) || (tok_is(l, k, ":") && tok_is(l, k + 1, "=")));
        }
        if (assigns) continue;
        const char *what = expression_name(l, a, i);
        if (what)
            return fail(err, l->toks[a].start, "cannot use assignment expressions with %s", what);
    }
    return false;
}

// invalid_as_pattern: `case p as <target>` binds a plain name only.
static bool as_pattern_target(const Line *l, LineError *err) {
    if (!tok_is(l, 0, "case")) return false;
    for (size_t i = 1; i + 1 < l->n; i++) {
        if (!tok_is(l, i, "as")) continue;
        int d = l->toks[i].depth;
        size_t b = i + 1;
        while (b < l->n && (l->toks[b].depth > d ||
                            (l->toks[b].depth == d && !tok_is(l, b, ":") && !tok_is(l, b, "if") &&
                             !tok_is(l, b, ",") && !tok_is(l, b, "|") &&
                             l->toks[b].kind != LT_NEWLINE && l->toks[b].kind != LT_END))) {
            b++;
        }
        if (b == i + 2 && tok_is(l, i + 1, "_")) {
            return fail(err, l->toks[i + 1].start, "cannot use '_' as a target");
        }
        if (b == i + 2 && l->toks[i + 1].kind == LT_NAME && !is_keyword(l, i + 1)) continue;
        const char *what = expression_name(l, i + 1, b);
        if (what) return fail(err, l->toks[i + 1].start, "cannot use %s as pattern target", what);
    }
    return false;
}

// invalid_double_starred_kvpairs / invalid_kvpair: each item of a dict display is `key: value`
// or `**mapping`.
static bool dict_items(const Line *l, size_t limit, LineError *err) {
    for (size_t o = 0; o < l->n && l->toks[o].start <= limit; o++) {
        if (!tok_is(l, o, "{")) continue;
        size_t close = matching_close(l, o);
        if (close == SIZE_MAX) continue;
        int d = l->toks[o].depth + 1;
        bool dict = false, first = true;
        for (size_t a = o + 1; a < close;) {
            size_t b = a, colon = 0;
            bool comprehension = false;
            while (b < close && !(l->toks[b].depth == d && tok_is(l, b, ","))) {
                if (l->toks[b].depth == d && tok_is(l, b, ":") && !colon) colon = b;
                comprehension |= l->toks[b].depth == d && tok_is(l, b, "for");
                b++;
            }
            bool splat = tok_is(l, a, "*") && tok_is(l, a + 1, "*");
            if (first) dict = colon || splat;
            first = false;
            if (dict && a < b && !splat && l->toks[a].start <= limit) {
                if (!colon) return fail(err, l->toks[a].start, "':' expected after dictionary key");
                if (colon + 1 == b) {
                    return fail(err, l->toks[colon].start,
                                "expression expected after dictionary key and ':'");
                }
                if (lone_star(l, colon + 1)) {
                    return fail(err, l->toks[colon + 1].start,
                                "cannot use a starred expression in a dictionary value");
                }
            }
            if (comprehension) break;
            a = b + 1;
        }
    }
    return false;
}

// The variables of a for statement or a comprehension's for clause, toks[a..b): targets only.
static bool for_target(const Line *l, size_t a, size_t b, LineError *err) {
    size_t bad, bad_end;
    const char *what;
    if (invalid_target(l, a, b, 0, &bad, &bad_end, &what)) {
        fail(err, l->toks[bad].start, "cannot assign to %s", what);
        err->end = l->toks[bad_end - 1].end;
        return true;
    }
    bool comma = false;
    for (size_t k = a; k < b; k++)
        comma |= l->toks[k].depth == l->toks[a].depth && tok_is(l, k, ",");
    if (!comma && lone_star(l, a)) {
        return fail(err, l->toks[a].start, "starred assignment target must be in a list or tuple");
    }
    return false;
}

// invalid_for_target of a for statement: `for a, (b, 1) in pairs:`
static bool for_statement_target(const Line *l, size_t limit, LineError *err) {
    size_t fr = tok_is(l, 0, "async") ? 1 : 0;
    if (!tok_is(l, fr, "for") || fr + 1 >= l->n || l->toks[fr + 1].start > limit) return false;
    size_t in = fr + 1;
    while (in < l->n && !(l->toks[in].depth == 0 && tok_is(l, in, "in"))) in++;
    return in < l->n && in > fr + 1 && for_target(l, fr + 1, in, err);
}

// invalid_comprehension, invalid_dict_comprehension, invalid_for_target and the forced 'in'
// of a comprehension's for clause.
static bool comprehensions(const Line *l, size_t limit, LineError *err) {
    for (size_t o = 0; o < l->n && l->toks[o].start <= limit; o++) {
        if (!tok_is(l, o, "[") && !tok_is(l, o, "{") && !tok_is(l, o, "(")) continue;
        size_t close = matching_close(l, o);
        if (close == SIZE_MAX) continue;
        int d = l->toks[o].depth + 1;
        size_t fr = 0, comma = 0;
        bool colon = false;
        for (size_t k = o + 1; k < close && !fr; k++) {
            if (l->toks[k].depth != d) continue;
            if (tok_is(l, k, "for"))
                fr = k;
            else if (tok_is(l, k, ",") && !comma)
                comma = k;
            colon |= tok_is(l, k, ":");
        }
        if (!fr) continue;
        size_t body = fr > o + 1 && tok_is(l, fr - 1, "async") ? fr - 1 : fr;
        size_t a = element_start(l, o + 1, body);
        bool splat =
            tok_is(l, a, "*") && tok_is(l, a + 1, "*") && l->toks[a].end == l->toks[a + 1].start;
        if (tok_is(l, o, "{") && splat) {
            fail(err, l->toks[a].start, "dict unpacking cannot be used in dict comprehension");
            err->end = l->toks[a + 1].end;
            return true;
        }
        if (lone_star(l, a)) {
            return fail(err, l->toks[a].start,
                        "iterable unpacking cannot be used in comprehension");
        }
        if (comma && !colon && !tok_is(l, o, "(")) {
            fail(err, l->toks[o + 1].start,
                 "did you forget parentheses around the comprehension target?");
            err->end = l->toks[body - 1].end;  // the targets, whole
            return true;
        }
        // every for clause: its variables, then 'in'
        for (; fr < close; fr++) {
            if (l->toks[fr].depth != d || !tok_is(l, fr, "for")) continue;
            size_t in = fr + 1;
            while (in < close &&
                   !(l->toks[in].depth == d &&
                     (tok_is(l, in, "in") || tok_is(l, in, "for") || tok_is(l, in, "if")))) {
                in++;
            }
            if (!tok_is(l, in, "in") && in > fr + 1) {
                // CPython stops at the token after the variables (bitwise_or, ...)
                size_t t = expression_end(l, fr + 1) + 1;
                while (tok_is(l, t, ",") && t + 1 < close && starts_operand(l, t + 1)) {
                    t = expression_end(l, t + 1) + 1;
                }
                if (t > close) t = close;
                fail(err, l->toks[t].start, "'in' expected after for-loop variables");
                err->end = l->toks[t].end;
                return true;
            }
            if (tok_is(l, in, "in") && for_target(l, fr + 1, in, err)) return true;
        }
    }
    return false;
}

// Plain "invalid syntax" where tree-sitter's recovery led the lowering to another message: a
// character Python has no token for, or two operands side by side in `name = ...`.
static bool stray_token(const Line *l, LineError *err) {
    size_t equals = 0; // past a second '=' the assignment's own target error comes first
    for (size_t i = 0; i < l->n && equals < 2; i++) {
        equals += l->toks[i].depth == 0 && lone_equals(l, i);
        bool bang =
            tok_is(l, i, "!") && !(tok_is(l, i + 1, "=") && l->toks[i].end == l->toks[i + 1].start);
        if (tok_is(l, i, "$") || tok_is(l, i, "?") || tok_is(l, i, "`") || bang) {
            return fail(err, l->toks[i].start, "invalid syntax");
        }
    }
    if (l->n < 3 || l->toks[0].kind != LT_NAME || is_keyword(l, 0) || !lone_equals(l, 1))
        return false;
    for (size_t i = 2; i + 1 < l->n; i++) {
        if (l->toks[i + 1].depth != 0 || !ends_operand(l, i) || !starts_operand(l, i + 1)) continue;
        if (l->toks[i].kind == LT_STRING && l->toks[i + 1].kind == LT_STRING) continue;
        size_t a = expression_start(l, i);
        if (a == i && (tok_is(l, i, "print") || tok_is(l, i, "exec"))) return false;
        fail(err, l->toks[i + 1].start, "invalid syntax");
        err->end = l->toks[i + 1].end;  // the token, whole
        return true;
    }
    return false;
}

// ---- where the generic error lies ----

static bool is_plain_name(const Line *l, size_t i) {
    return i < l->n && l->toks[i].kind == LT_NAME && !is_keyword(l, i);
}

// A clause keyword opening a line with no statement before it to continue (`else:` alone):
// CPython fails at the keyword. Only when tree-sitter's error lies in the clause's header.
static bool stray_clause(const Line *l, size_t at, LineError *err) {
    if (!(tok_is(l, 0, "else") || tok_is(l, 0, "elif") || tok_is(l, 0, "except") ||
          tok_is(l, 0, "finally"))) {
        return false;
    }
    for (size_t k = 1; k + 1 < l->n; k++) {
        if (l->toks[k].depth == 0 && tok_is(l, k, ":")) {
            return at <= l->toks[k + 1].start && fail_at_token(l, 0, err);
        }
    }
    return false;
}

// The token that cannot follow a statement's first one: `def = 1`, `class:`, `if = 1`,
// `async x`, `for x of y`, `lambda x x`, two names side by side (`retrun 5`), `x := 1`.
static bool bad_second_token(const Line *l, LineError *err) {
    if (l->n < 3) return false;
    if ((tok_is(l, 0, "def") || tok_is(l, 0, "class")) && !is_plain_name(l, 1)) {
        return fail_at_token(l, 1, err);
    }
    if (is_keyword(l, 0) && !tok_is(l, 0, "await") && lone_equals(l, 1)) {
        return fail_at_token(l, 1, err);
    }
    if (tok_is(l, 0, "async") && !tok_is(l, 1, "def") && !tok_is(l, 1, "for") &&
        !tok_is(l, 1, "with")) {
        return fail_at_token(l, 1, err);
    }
    if ((tok_is(l, 0, "for") || tok_is(l, 0, "lambda")) && is_plain_name(l, 1) &&
        is_plain_name(l, 2)) {
        return fail_at_token(l, 2, err);
    }
    if (tok_is(l, 0, "from")) {
        // `from m in x`: after the module's dotted name only 'import' may come
        size_t k = 1;
        while (tok_is(l, k, ".") || tok_is(l, k, "...")) k++;
        while (is_plain_name(l, k) && tok_is(l, k + 1, ".")) k += 2;
        if (is_plain_name(l, k) && k + 1 < l->n && !tok_is(l, k + 1, "import") &&
            l->toks[k + 1].kind != LT_NEWLINE) {
            return fail_at_token(l, k + 1, err);
        }
        return false;
    }
    static const char *const heads[] = {"print", "exec", "match", "case", "type"};
    for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
        if (tok_is(l, 0, heads[k])) return false;
    }
    if (is_plain_name(l, 0) && (is_plain_name(l, 1) || l->toks[1].kind == LT_NUMBER)) {
        return fail_at_token(l, 1, err);
    }
    if (is_plain_name(l, 0) && tok_is(l, 1, ":") && tok_is(l, 2, "=") &&
        l->toks[1].end == l->toks[2].start) {
        fail_at_token(l, 1, err);
        err->end = l->toks[2].end;
        return true;
    }
    return false;
}

// `[**d]`: a dict unpacking as a list element; CPython fails at the `**`.
static bool double_star_in_list(const Line *l, size_t limit, LineError *err) {
    for (size_t i = 1; i + 1 < l->n && l->toks[i].start <= limit; i++) {
        if (!tok_is(l, i, "*") || !tok_is(l, i + 1, "*") || l->toks[i].end != l->toks[i + 1].start) {
            continue;
        }
        if (!tok_is(l, i - 1, "[") && !tok_is(l, i - 1, ",")) continue;
        size_t open = i;
        while (open > 0 && l->toks[open - 1].depth >= l->toks[i].depth) open--;
        if (open == 0 || !tok_is(l, open - 1, "[")) continue;
        fail_at_token(l, i, err);
        err->end = l->toks[i + 1].end;
        return true;
    }
    return false;
}

// A compound statement after ';' (`try: pass; except: pass`): CPython fails at its keyword.
static bool compound_after_semicolon(const Line *l, size_t limit, LineError *err) {
    static const char *const kws[] = {"if",   "while", "for",  "try",     "with",  "def",
                                      "class", "else", "elif", "except", "finally"};
    for (size_t i = 1; i < l->n && l->toks[i].start <= limit; i++) {
        if (l->toks[i - 1].depth != 0 || !tok_is(l, i - 1, ";")) continue;
        for (size_t k = 0; k < sizeof kws / sizeof *kws; k++) {
            if (tok_is(l, i, kws[k])) return fail_at_token(l, i, err);
        }
    }
    return false;
}

// Operators and keywords after which an operand must come.
static bool wants_operand(const Line *l, size_t i) {
    static const char *const kws[] = {"and", "or", "not", "in", "is", "if", "else", "del",
                                      "global", "nonlocal", "assert", "raise", "import", "as",
                                      "from", "lambda", "await"};
    if (l->toks[i].kind == LT_OP) return strchr("+-*/%@&|^~<>=", l->src[l->toks[i].start]) != NULL;
    for (size_t k = 0; k < sizeof kws / sizeof *kws; k++) {
        if (tok_is(l, i, kws[k])) return true;
    }
    return false;
}

// Operators that misplace what follows them: `1 + * 2` (a star), `a not b`, `x;;`, `raise
// from e`; or a line ending where an operand must come (`x = 1 +`, `del`): CPython fails at
// the token after, the NEWLINE at the end.
static bool missing_operand(const Line *l, LineError *err) {
    for (size_t i = 1; i < l->n; i++) {
        if (lone_star(l, i) && is_operator(l, i - 1) && !tok_is(l, i - 1, "*")) {
            return fail_at_token(l, i, err);
        }
        if (lone_star(l, i) && tok_is(l, i - 1, "*") && i >= 2 && tok_is(l, i - 2, "*") &&
            l->toks[i - 2].end == l->toks[i - 1].start) {
            return fail_at_token(l, i, err);  // `1 ** * 2`
        }
        if (tok_is(l, i, "not") && ends_operand(l, i - 1) && i + 1 < l->n &&
            !tok_is(l, i + 1, "in")) {
            return fail_at_token(l, i + 1, err);
        }
        if (tok_is(l, i, ";") && tok_is(l, i - 1, ";")) return fail_at_token(l, i, err);
    }
    for (size_t i = 1; i < l->n; i++) {
        bool after = tok_is(l, i - 1, "(") || tok_is(l, i - 1, "[") || tok_is(l, i - 1, ",") ||
                     tok_is(l, i - 1, "=") || is_operator(l, i - 1);
        if (after && is_keyword(l, i) && !starts_operand(l, i) && !tok_is(l, i, "not") &&
            !tok_is(l, i, "await") && !tok_is(l, i, "yield") && !tok_is(l, i, "for") &&
            !tok_is(l, i, "async")) {
            return fail_at_token(l, i, err);  // `(as`, `= in x`
        }
    }
    if ((tok_is(l, 0, "raise") || tok_is(l, 0, "del") || tok_is(l, 0, "assert")) &&
        is_keyword(l, 1) && !starts_operand(l, 1) && !tok_is(l, 1, "not") &&
        !tok_is(l, 1, "await")) {
        return fail_at_token(l, 1, err);
    }
    size_t last = l->n - 1;
    if (l->n < 2 || l->toks[last].kind != LT_NEWLINE || l->toks[last - 1].depth != 0) return false;
    bool comma = tok_is(l, last - 1, ",") &&
                 (tok_is(l, 0, "assert") || tok_is(l, 0, "import") || tok_is(l, 0, "global") ||
                  tok_is(l, 0, "nonlocal"));
    if (comma || wants_operand(l, last - 1)) return fail_at_token(l, last, err);
    return false;
}

// The token that starts at `at`, marked whole.
static bool token_at(const Line *l, size_t at, LineError *err) {
    for (size_t i = 0; i < l->n; i++) {
        if (l->toks[i].start == at) return fail_at_token(l, i, err);
    }
    return false;
}

bool syntax_line_generic(Arena *arena, const char *src, size_t len, size_t at, size_t limit,
                         bool widen, LineError *err) {
    Line l;
    if (!read_line(&l, arena, src, len, at)) return false;
    return stray_clause(&l, at, err) || bad_second_token(&l, err) ||
           double_star_in_list(&l, limit, err) || compound_after_semicolon(&l, limit, err) ||
           missing_operand(&l, err) || (widen && token_at(&l, at, err));
}

bool syntax_line_error(Arena *arena, const char *src, size_t len, size_t at, size_t limit,
                       LineError *err) {
    Line l;
    if (!read_line(&l, arena, src, len, at)) return false;
    return imports(&l, err) || parameters(&l, err) || def_expects_colon(&l, err) ||
           missing_value(&l, err) || bare_generator_argument(&l, limit, err) ||
           string_interrupted(&l, limit, err) || missing_comma(&l, limit, err) || invalid_star(&l, limit, err) ||
           if_without_else(&l, limit, err) || equals_in_expression(&l, limit, err) ||
           bad_assignment_target(&l, limit, err) || walrus_target(&l, limit, err) ||
           as_pattern_target(&l, err) || dict_items(&l, limit, err) ||
           comprehensions(&l, limit, err) || for_statement_target(&l, limit, err) ||
           stray_token(&l, err);
}
