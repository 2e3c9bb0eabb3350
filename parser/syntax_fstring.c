// The first SyntaxError CPython 3.14 raises inside one f-string (or t-string) literal: the
// tokenizer's (a lone '}', an unterminated string, unmatched brackets) and the parser's
// invalid_replacement_field rules ("valid expression required before '}'", conversions,
// format specs), met in source order. A small field scanner, not a Python parser: an
// expression is followed token by token only as far as telling where it ends needs.
#include "parser/syntax_fstring.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "parser/unicode_names.h"

// guard: nested fields and strings recurse here; CPython's own limit is lower
enum { FSCAN_MAX_DEPTH = 200, FSCAN_MAX_BRACKETS = 200 };

typedef struct FScan {
    const char *src;
    size_t len, p;
    int depth;
    bool failed, unsure;
    FStringError *err;
    size_t opens[FSCAN_MAX_DEPTH + FSCAN_MAX_BRACKETS]; // unclosed '{' and brackets
    int nopen;
} FScan;

// One open literal: its prefix letter ('f' or 't'), quote and quote size.
typedef struct FLit {
    char prefix, quote;
    int quote_size;
    bool raw;
} FLit;

static int peek(const FScan *s, size_t k) {
    return s->p + k < s->len ? (unsigned char)s->src[s->p + k] : -1;
}

static void fail_at(FScan *s, size_t at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void fail_at(FScan *s, size_t at, const char *fmt, ...) {
    if (s->failed || s->unsure) return;
    s->failed = true;
    s->err->offset = at;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->err->message, sizeof s->err->message, fmt, ap);
    va_end(ap);
}

static bool stopped(const FScan *s) {
    return s->failed || s->unsure;
}

static uint32_t line_at(const FScan *s, size_t at) {
    uint32_t line = 1;
    for (size_t k = 0; k < at && k < s->len; k++)
        line += s->src[k] == '\n';
    return line;
}

static bool is_name_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static bool is_name_char(int c) {
    return is_name_start(c) || (c >= '0' && c <= '9');
}

static bool at_quote(const FScan *s, const FLit *lit) {
    for (int k = 0; k < lit->quote_size; k++) {
        if (peek(s, (size_t)k) != lit->quote) return false;
    }
    return true;
}

// ---- tokens inside a replacement field ----

typedef enum FTok {
    FT_END, // nothing more (end of source): the scan cannot tell
    FT_OPERAND, // a name, number, string or `...`
    FT_PREFIX, // an operator only an operand may follow: not, await, lambda, yield, ~
    FT_SIGN, // + - * : unary or binary
    FT_BINARY, // other binary operators, `.`, and, or, in, is, if, else
    FT_COMMA,
    FT_OPEN,
    FT_CLOSE,
    FT_EQUALS, // a lone '='
    FT_BANG, // a lone '!'
    FT_COLON,
    FT_OTHER, // statement keywords, `**`, `:=`, `;` and the like
} FTok;

typedef struct Tok {
    FTok kind;
    size_t start;
    char ch; // the bracket or operator character
    bool soft_name; // a soft keyword (match, case, type, _)
} Tok;

static bool scan_literal(FScan *s);

static bool word_is(const char *w, size_t n, const char *const *words, size_t count) {
    for (size_t k = 0; k < count; k++) {
        if (strlen(words[k]) == n && memcmp(words[k], w, n) == 0) return true;
    }
    return false;
}

static FTok classify_word(const char *w, size_t n, bool *soft) {
    static const char *const operands[] = {"None", "True", "False"};
    static const char *const prefixes[] = {"not", "await", "lambda", "yield"};
    static const char *const binaries[] = {"and", "or", "in", "is", "if", "else"};
    static const char *const keywords[] = {
        "as",   "assert", "async",   "break", "class", "continue", "def",    "del",
        "elif", "except", "finally", "for",   "from",  "global",   "import", "nonlocal",
        "pass", "raise",  "return",  "try",   "while", "with"};
    static const char *const softs[] = {"match", "case", "type", "_"};
    *soft = word_is(w, n, softs, 4);
    if (word_is(w, n, operands, 3)) return FT_OPERAND;
    if (word_is(w, n, prefixes, 4)) return FT_PREFIX;
    if (word_is(w, n, binaries, 6)) return FT_BINARY;
    if (word_is(w, n, keywords, sizeof keywords / sizeof *keywords)) return FT_OTHER;
    return FT_OPERAND;
}

// A string literal inside a field; an f-string is scanned in full. An unterminated one that
// the enclosing literal's quote would close means the field lacks its '}'.
static void scan_string(FScan *s, const FLit *outer, size_t start) {
    size_t q = s->p;
    bool is_f = false;
    for (size_t k = start; k < q; k++) {
        int c = s->src[k] | 0x20;
        is_f |= c == 'f' || c == 't';
    }
    if (is_f) {
        s->p = start;
        scan_literal(s);
        return;
    }
    char quote = s->src[q];
    int size = peek(s, 1) == quote && peek(s, 2) == quote ? 3 : 1;
    s->p += (size_t)size;
    while (s->p < s->len) {
        int c = peek(s, 0);
        if (c == '\n' && size == 1) break;
        if (c == '\\') {
            s->p += 2;
            continue;
        }
        if (c == quote && (size == 1 || (peek(s, 1) == quote && peek(s, 2) == quote))) {
            s->p += (size_t)size;
            return;
        }
        s->p++;
    }
    if (quote == outer->quote && size == outer->quote_size) {
        fail_at(s, start, "%c-string: expecting '}'", outer->prefix);
    } else {
        s->unsure = true; // the tokenizer reports it (not an f-string matter)
    }
}

// The next token of a field's expression; s->p moves past it.
static Tok next_tok(FScan *s, const FLit *lit) {
    // newlines and comments may stand inside a field (PEP 701)
    for (;;) {
        int c = peek(s, 0);
        if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r') {
            s->p++;
        } else if (c == '\\' && peek(s, 1) == '\n') {
            s->p += 2;
        } else if (c == '#') {
            while (peek(s, 0) >= 0 && peek(s, 0) != '\n')
                s->p++;
        } else {
            break;
        }
    }
    Tok t = {.kind = FT_END, .start = s->p};
    int c = peek(s, 0);
    if (c < 0) {
        // the tokenizer's error at the end of the source names the innermost opener
        size_t at = s->nopen ? s->opens[s->nopen - 1] : t.start;
        fail_at(s, at, "'%c' was never closed", s->src[at]);
        return t;
    }
    if (c == '\\') {
        fail_at(s, t.start + 1, "unexpected character after line continuation character");
        return t;
    }
    if (is_name_start(c)) {
        size_t b = s->p;
        while (is_name_char(peek(s, 0)))
            s->p++;
        int q = peek(s, 0);
        if ((q == '\'' || q == '"') && s->p - b <= 3) {
            scan_string(s, lit, b);
            t.kind = FT_OPERAND;
            return t;
        }
        t.kind = classify_word(s->src + b, s->p - b, &t.soft_name);
        return t;
    }
    if (c >= '0' && c <= '9') {
        while (is_name_char(peek(s, 0)) || peek(s, 0) == '.')
            s->p++;
        t.kind = FT_OPERAND;
        return t;
    }
    s->p++;
    t.ch = (char)c;
    int n = peek(s, 0);
    switch (c) {
    case '\'':
    case '"':
        s->p--;
        scan_string(s, lit, s->p);
        t.kind = FT_OPERAND;
        return t;
    case '(':
    case '[':
    case '{': t.kind = FT_OPEN; return t;
    case ')':
    case ']':
    case '}': t.kind = FT_CLOSE; return t;
    case ',': t.kind = FT_COMMA; return t;
    case '.':
        if (n == '.' && peek(s, 1) == '.') {
            s->p += 2;
            t.kind = FT_OPERAND;
        } else {
            t.kind = FT_BINARY;
        }
        return t;
    case '~': t.kind = FT_PREFIX; return t;
    case '=':
        if (n == '=') {
            s->p++;
            t.kind = FT_BINARY;
        } else {
            t.kind = FT_EQUALS;
        }
        return t;
    case '!':
        if (n == '=') {
            s->p++;
            t.kind = FT_BINARY;
        } else {
            t.kind = FT_BANG;
        }
        return t;
    case ':': t.kind = FT_COLON; return t;
    case '*':
        if (n == '*') {
            s->p++;
            if (peek(s, 0) == '=') s->p++;
            t.kind = FT_OTHER; // `**` starts no expression; as a power it is binary below
            t.ch = 'P';
            return t;
        }
        if (n == '=') {
            s->p++;
            t.kind = FT_OTHER;
            return t;
        }
        t.kind = FT_SIGN;
        return t;
    case '+':
    case '-':
        if (n == '=') {
            s->p++;
            t.kind = FT_OTHER;
        } else {
            t.kind = c == '-' && n == '>' ? FT_OTHER : FT_SIGN;
            if (t.kind == FT_OTHER) s->p++;
        }
        return t;
    case '<':
    case '>':
    case '/':
    case '%':
    case '@':
    case '&':
    case '|':
    case '^':
        if (n == c && (c == '<' || c == '>' || c == '/')) {
            s->p++;
            n = peek(s, 0);
        }
        if (n == '=') {
            s->p++;
            t.kind = c == '<' || c == '>' ? FT_BINARY : FT_OTHER;
            return t;
        }
        t.kind = FT_BINARY;
        return t;
    default: t.kind = FT_OTHER; return t;
    }
}

// ---- replacement fields ----

static bool push_open(FScan *s, size_t at) {
    if (s->nopen == (int)(sizeof s->opens / sizeof *s->opens)) {
        s->unsure = true;
        return false;
    }
    s->opens[s->nopen++] = at;
    return true;
}

// Skips a bracketed stretch whose opener was just read; false after an error.
static bool skip_brackets(FScan *s, const FLit *lit, char open) {
    char stack[FSCAN_MAX_BRACKETS];
    int n = 0;
    stack[n++] = open;
    if (!push_open(s, s->p - 1)) return false;
    while (n > 0 && !stopped(s)) {
        Tok t = next_tok(s, lit);
        if (t.kind == FT_END) return false;
        if (t.kind == FT_OPEN) {
            if (n == FSCAN_MAX_BRACKETS) {
                s->unsure = true;
                return false;
            }
            stack[n++] = t.ch;
            if (!push_open(s, t.start)) return false;
        } else if (t.kind == FT_CLOSE) {
            char want = stack[n - 1] == '(' ? ')' : stack[n - 1] == '[' ? ']' : '}';
            if (t.ch != want) {
                fail_at(s, t.start,
                        "closing parenthesis '%c' does not match opening parenthesis '%c'", t.ch,
                        stack[n - 1]);
                return false;
            }
            n--;
            s->nopen--;
        }
    }
    return !stopped(s);
}

// After `!`: a conversion character right after it, then ':' or '}'.
static Tok scan_conversion(FScan *s, const FLit *lit) {
    Tok t = {.kind = FT_END, .start = s->p};
    int c = peek(s, 0);
    if (c == ':' || c == '}') {
        fail_at(s, s->p, "%c-string: missing conversion character", lit->prefix);
        return t;
    }
    if (c == ' ' || c == '\t') {
        fail_at(s, s->p, "%c-string: conversion type must come right after the exclamation mark",
                lit->prefix);
        return t;
    }
    if (!is_name_start(c)) {
        s->unsure = true;
        return t;
    }
    size_t b = s->p;
    while (is_name_char(peek(s, 0)))
        s->p++;
    size_t n = s->p - b;
    if (n != 1 || !strchr("sra", s->src[b])) {
        fail_at(s, b, "%c-string: invalid conversion character '%.*s': expected 's', 'r', or 'a'",
                lit->prefix, (int)n, s->src + b);
        return t;
    }
    t = next_tok(s, lit);
    if (!stopped(s) && t.kind != FT_COLON && !(t.kind == FT_CLOSE && t.ch == '}')) {
        fail_at(s, t.start, "%c-string: expecting ':' or '}'", lit->prefix);
    }
    return t;
}

static void scan_field(FScan *s, const FLit *lit);

// A format spec after ':': text and nested fields up to the field's '}'.
static void scan_format_spec(FScan *s, const FLit *lit) {
    while (!stopped(s)) {
        int c = peek(s, 0);
        if (c < 0 || at_quote(s, lit)) {
            fail_at(s, s->p, "%c-string: expecting '}', or format specs", lit->prefix);
            return;
        }
        if (c == '\n' && lit->quote_size == 1) {
            s->unsure = true;
            return;
        }
        if (c == '{') {
            scan_field(s, lit);
            continue;
        }
        s->p++;
        if (c == '}') return;
    }
}

// Where a field's expression scan stands (CPython's PEG parse of annotated_rhs, roughly).
typedef struct ExprScan {
    bool need_operand, first, may_end; // may_end: after a trailing ',' of a tuple
    bool operand_started, start_soft; // start_soft: it opens with match/case/type/_
    bool prev_simple_name, prev_string; // what the last operand was
    bool after_else; // the token before was `else`
} ExprScan;

static bool tok_word(const FScan *s, Tok t, const char *w) {
    size_t n = strlen(w);
    return s->p - t.start == n && memcmp(s->src + t.start, w, n) == 0;
}

static bool tok_is_string(const FScan *s, Tok t) {
    return t.kind == FT_OPERAND && s->p > t.start &&
           (s->src[s->p - 1] == '\'' || s->src[s->p - 1] == '"');
}

// Token t where an operand must come; true when the expression ends here (t is its end).
static bool operand_step(FScan *s, const FLit *lit, ExprScan *x, Tok t, bool ends) {
    if (t.kind == FT_OPERAND || t.kind == FT_OPEN) {
        if (x->first) x->start_soft = t.soft_name;
        x->prev_simple_name = t.kind == FT_OPERAND && is_name_start((unsigned char)s->src[t.start]);
        if (t.kind == FT_OPEN && !skip_brackets(s, lit, t.ch)) return true;
        x->prev_string = tok_is_string(s, t);
        x->need_operand = false;
        x->operand_started = true;
    } else if (t.kind != FT_PREFIX && t.kind != FT_SIGN) {
        if (ends && x->may_end) return true;
        if (ends && x->after_else) {
            fail_at(s, t.start, "expected expression after 'else', but statement is given");
        } else {
            fail_at(s, t.start,
                    x->operand_started ? "%c-string: expecting '=', or '!', or ':', or '}'"
                                       : "%c-string: expecting a valid expression after '{'",
                    lit->prefix);
        }
        return true;
    }
    x->first = false;
    x->may_end = false;
    return false;
}

// Token t after an operand; true when the expression ends here.
static bool continue_step(FScan *s, const FLit *lit, ExprScan *x, Tok t) {
    bool is_string = tok_is_string(s, t);
    switch (t.kind) {
    case FT_OPEN:
        if (t.ch == '{') break; // side by side
        if (!skip_brackets(s, lit, t.ch)) return true; // a call or subscript
        x->prev_simple_name = x->prev_string = false;
        return false;
    case FT_SIGN:
    case FT_BINARY:
        x->need_operand = true;
        x->prev_string = false;
        return false;
    case FT_COMMA: x->need_operand = x->may_end = true; return false;
    case FT_OTHER:
        if (t.ch == 'P') {
            x->need_operand = true; // a power
            return false;
        }
        fail_at(s, t.start, "%c-string: expecting '=', or '!', or ':', or '}'", lit->prefix);
        return true;
    case FT_PREFIX:
        if (tok_word(s, t, "not")) {
            x->need_operand = true; // `not in`
            return false;
        }
        break;
    case FT_OPERAND:
        if (x->prev_string && is_string) return false; // implicit concatenation
        break;
    default:
        fail_at(s, t.start, "%c-string: expecting '=', or '!', or ':', or '}'", lit->prefix);
        return true;
    }
    // two expressions side by side inside the field's braces (invalid_expression)
    if (!(x->prev_simple_name && is_string) && !x->start_soft && x->operand_started) {
        fail_at(s, t.start, "invalid syntax. Perhaps you forgot a comma?");
    } else {
        s->unsure = true;
    }
    return true;
}

// The expression of a field, up to (and reading) its end: '=', '!', ':' or '}' at depth 0.
static Tok scan_expression(FScan *s, const FLit *lit) {
    ExprScan x = {.need_operand = true, .first = true};
    bool else_before = false;
    for (;;) {
        Tok t = next_tok(s, lit);
        if (stopped(s)) return t;
        x.after_else = else_before;
        else_before = t.kind == FT_BINARY && tok_word(s, t, "else");
        bool closes = t.kind == FT_CLOSE && t.ch == '}';
        bool ends = closes || t.kind == FT_EQUALS || t.kind == FT_BANG || t.kind == FT_COLON;
        if (x.first && ends) {
            fail_at(s, t.start, "%c-string: valid expression required before '%c'", lit->prefix,
                    t.ch);
            return t;
        }
        if (t.kind == FT_CLOSE && !closes) {
            fail_at(s, t.start, "%c-string: unmatched '%c'", lit->prefix, t.ch);
            return t;
        }
        if (t.kind == FT_PREFIX && tok_word(s, t, "lambda")) {
            // its ':' would start the format spec
            fail_at(s, t.start, "%c-string: lambda expressions are not allowed without parentheses",
                    lit->prefix);
            return t;
        }
        if (x.need_operand) {
            if (operand_step(s, lit, &x, t, ends)) return t;
            continue;
        }
        x.first = false;
        if (ends || continue_step(s, lit, &x, t)) return t;
    }
}

// A replacement field; s->p is at its '{'.
static void scan_field(FScan *s, const FLit *lit) {
    if (++s->depth > FSCAN_MAX_DEPTH) {
        s->unsure = true;
        return;
    }
    if (!push_open(s, s->p)) return;
    s->p++;
    Tok t = scan_expression(s, lit);
    if (!stopped(s) && t.kind == FT_EQUALS) {
        t = next_tok(s, lit);
        if (!stopped(s) && t.kind != FT_BANG && t.kind != FT_COLON &&
            !(t.kind == FT_CLOSE && t.ch == '}')) {
            fail_at(s, t.start, "%c-string: expecting '!', or ':', or '}'", lit->prefix);
        }
    }
    if (!stopped(s) && t.kind == FT_BANG) t = scan_conversion(s, lit);
    if (!stopped(s) && t.kind == FT_COLON) scan_format_spec(s, lit);
    s->nopen--;
    s->depth--;
}

// ---- literals ----

// \N{NAME} in a literal part, s->p at its backslash. A name the closing quote cuts off is the
// codec's error on the FSTRING_MIDDLE token that started at `piece`.
static void scan_named_escape(FScan *s, const FLit *lit, size_t piece) {
    size_t backslash = s->p;
    s->p += 3;
    while (peek(s, 0) >= 0 && peek(s, 0) != '}' && peek(s, 0) != lit->quote &&
           !(peek(s, 0) == '\n' && lit->quote_size == 1)) {
        s->p++;
    }
    if (peek(s, 0) == '}') {
        s->p++;
        return;
    }
    if (peek(s, 0) != lit->quote) return;  // the literal is unterminated: the caller says so
    const char *text = s->src + piece;
    size_t n = s->p - piece;
    fail_at(s, s->p,  // CPython places it at the end of the FSTRING_MIDDLE token
            "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
            "malformed \\N character escape",
            unicode_escape_pos(text, n, backslash - piece), unicode_escape_pos(text, n, n) - 1);
}

// A whole f-string or t-string from its prefix; s->p ends past its closing quote.
static bool scan_literal(FScan *s) {
    if (++s->depth > FSCAN_MAX_DEPTH) {
        s->unsure = true;
        return false;
    }
    size_t start = s->p;
    FLit lit = {.prefix = 'f'};
    while (is_name_char(peek(s, 0))) {
        int c = peek(s, 0) | 0x20;
        if (c == 't') lit.prefix = 't';
        lit.raw |= c == 'r';
        s->p++;
    }
    lit.quote = (char)peek(s, 0);
    lit.quote_size = peek(s, 1) == lit.quote && peek(s, 2) == lit.quote ? 3 : 1;
    s->p += (size_t)lit.quote_size;
    size_t piece = s->p;  // where CPython's current FSTRING_MIDDLE token starts
    while (!stopped(s)) {
        int c = peek(s, 0);
        if (c < 0 || (c == '\n' && lit.quote_size == 1)) {
            fail_at(s, start, "unterminated %s%c-string literal (detected at line %u)",
                    lit.quote_size == 3 ? "triple-quoted " : "", lit.prefix,
                    line_at(s, c >= 0                                 ? s->p
                               : s->len && s->src[s->len - 1] == '\n' ? s->len - 1
                                                                      : s->len));
            break;
        }
        if (at_quote(s, &lit)) {
            s->p += (size_t)lit.quote_size;
            break;
        }
        if (c == '\\') {
            int n = peek(s, 1);
            if (n == '{' || n == '}') {
                s->p++;
            } else if (!lit.raw && n == 'N' && peek(s, 2) == '{') {
                scan_named_escape(s, &lit, piece);
            } else {
                s->p += n < 0 ? 1 : 2;
            }
            continue;
        }
        if (c == '{' && peek(s, 1) == '{') {
            s->p += 2;
            piece = s->p;
        } else if (c == '{') {
            scan_field(s, &lit);
            piece = s->p;
        } else if (c == '}' && peek(s, 1) == '}') {
            s->p += 2;
            piece = s->p;
        } else if (c == '}') {
            fail_at(s, s->p, "%c-string: single '}' is not allowed", lit.prefix);
        } else {
            s->p++;
        }
    }
    s->depth--;
    return !stopped(s);
}

bool syntax_fstring_error(const char *src, size_t len, size_t start, FStringError *err) {
    FScan s = {.src = src, .len = len, .p = start, .err = err};
    memset(err, 0, sizeof *err);
    scan_literal(&s);
    err->end = s.unsure ? SIZE_MAX : s.p;
    return s.failed;
}
