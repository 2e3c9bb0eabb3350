// Tokenizer-level syntax errors as CPython 3.14 raises them (Parser/lexer/lexer.c), for the
// source tree-sitter accepts: one forward pass over the raw bytes, no recursion, fixed-size
// state bounded by CPython's own limits. It also follows the token stream far enough to see the
// indentation errors CPython's parser raises from it (unexpected indent, expected an indented
// block), and reports which error CPython would show first.
#include "parser/tokens.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

enum {
    MAX_INDENT = 100,       // CPython's MAXINDENT: indentation levels
    MAX_LEVEL = 200,        // CPython's MAXLEVEL: open brackets
    MAX_FSTRING = 150,      // CPython's MAXFSTRINGLEVEL: nested f-/t-strings
    MAX_EXPR_NESTING = 3,   // replacement fields nested inside format specs
    TAB_SIZE = 8,           // tabs for the indentation level; TabError compares with size 1
    MAX_STR_DIGITS = 4300,  // sys.int_info.default_max_str_digits
    CH_EOF = -1,            // what nextc returns at the end
    CH_ERR = -2,            // an error was recorded while reading a number
};

// Code points where the general-category rule in unicode_bits disagrees with CPython 3.14
// (Unicode 16.0; utf8proc 2.8 has 15.0): the XID_* adjustments, Other_ID_Start/Continue,
// Pattern_Syntax, and letters new in 16.0. Found by comparing every code point with the oracle.
// Bits: 1 XID_Start, 2 XID_Continue, 4 printable (str.isprintable).
typedef struct UnicodeFix {
    uint32_t lo, hi;
    uint8_t bits;
} UnicodeFix;

static const UnicodeFix unicode_fixes[] = {
    {0xB7, 0xB7, 6},       {0x37A, 0x37A, 4},     {0x387, 0x387, 6},     {0x897, 0x897, 6},
    {0xE33, 0xE33, 6},     {0xEB3, 0xEB3, 6},     {0x1369, 0x1371, 6},   {0x1885, 0x1886, 7},
    {0x19DA, 0x19DA, 6},   {0x1B4E, 0x1B4F, 4},   {0x1B7F, 0x1B7F, 4},   {0x1C89, 0x1C8A, 7},
    {0x200C, 0x200D, 2},   {0x2118, 0x2118, 7},   {0x212E, 0x212E, 7},   {0x2427, 0x2429, 4},
    {0x2E2F, 0x2E2F, 4},   {0x2FFC, 0x2FFF, 4},   {0x30FB, 0x30FB, 6},   {0x31E4, 0x31E5, 4},
    {0x31EF, 0x31EF, 4},   {0xA7CB, 0xA7CD, 7},   {0xA7DA, 0xA7DC, 7},   {0xFC5E, 0xFC63, 4},
    {0xFDFA, 0xFDFB, 4},   {0xFE70, 0xFE70, 4},   {0xFE72, 0xFE72, 4},   {0xFE74, 0xFE74, 4},
    {0xFE76, 0xFE76, 4},   {0xFE78, 0xFE78, 4},   {0xFE7A, 0xFE7A, 4},   {0xFE7C, 0xFE7C, 4},
    {0xFE7E, 0xFE7E, 4},   {0xFF65, 0xFF65, 6},   {0xFF9E, 0xFF9F, 6},   {0x105C0, 0x105F3, 7},
    {0x10D40, 0x10D49, 6}, {0x10D4A, 0x10D65, 7}, {0x10D69, 0x10D6D, 6}, {0x10D6E, 0x10D6E, 4},
    {0x10D6F, 0x10D85, 7}, {0x10D8E, 0x10D8F, 4}, {0x10EC2, 0x10EC4, 7}, {0x10EFC, 0x10EFC, 6},
    {0x11380, 0x11389, 7}, {0x1138B, 0x1138B, 7}, {0x1138E, 0x1138E, 7}, {0x11390, 0x113B5, 7},
    {0x113B7, 0x113B7, 7}, {0x113B8, 0x113C0, 6}, {0x113C2, 0x113C2, 6}, {0x113C5, 0x113C5, 6},
    {0x113C7, 0x113CA, 6}, {0x113CC, 0x113D0, 6}, {0x113D1, 0x113D1, 7}, {0x113D2, 0x113D2, 6},
    {0x113D3, 0x113D3, 7}, {0x113D4, 0x113D5, 4}, {0x113D7, 0x113D8, 4}, {0x113E1, 0x113E2, 6},
    {0x116D0, 0x116E3, 6}, {0x11BC0, 0x11BE0, 7}, {0x11BE1, 0x11BE1, 4}, {0x11BF0, 0x11BF9, 6},
    {0x11F5A, 0x11F5A, 6}, {0x13460, 0x143FA, 7}, {0x16100, 0x1611D, 7}, {0x1611E, 0x16139, 6},
    {0x16D40, 0x16D6C, 7}, {0x16D6D, 0x16D6F, 4}, {0x16D70, 0x16D79, 6}, {0x18CFF, 0x18CFF, 7},
    {0x1CC00, 0x1CCEF, 4}, {0x1CCF0, 0x1CCF9, 6}, {0x1CD00, 0x1CEB3, 4}, {0x1E5D0, 0x1E5ED, 7},
    {0x1E5EE, 0x1E5EF, 6}, {0x1E5F0, 0x1E5F0, 7}, {0x1E5F1, 0x1E5FA, 6}, {0x1E5FF, 0x1E5FF, 4},
    {0x1F8B2, 0x1F8BB, 4}, {0x1F8C0, 0x1F8C1, 4}, {0x1FA89, 0x1FA89, 4}, {0x1FA8F, 0x1FA8F, 4},
    {0x1FABE, 0x1FABE, 4}, {0x1FAC6, 0x1FAC6, 4}, {0x1FADC, 0x1FADC, 4}, {0x1FADF, 0x1FADF, 4},
    {0x1FAE9, 0x1FAE9, 4}, {0x1FBCB, 0x1FBEF, 4}, {0x2EBF0, 0x2EE5D, 7},
};

enum { UNI_START = 1, UNI_CONTINUE = 2, UNI_PRINTABLE = 4 };

static int unicode_bits(int32_t cp) {
    size_t lo = 0, hi = sizeof unicode_fixes / sizeof *unicode_fixes;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((uint32_t)cp < unicode_fixes[mid].lo) {
            hi = mid;
        } else if ((uint32_t)cp > unicode_fixes[mid].hi) {
            lo = mid + 1;
        } else {
            return unicode_fixes[mid].bits;
        }
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL: return UNI_START | UNI_CONTINUE | UNI_PRINTABLE;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC: return UNI_CONTINUE | UNI_PRINTABLE;
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: return 0;
    default: return UNI_PRINTABLE;
    }
}

typedef enum Tok {
    TOK_ERROR,
    TOK_ENDMARKER,
    TOK_NAME,
    TOK_NUMBER,
    TOK_STRING,
    TOK_OP,
    TOK_NEWLINE,
    TOK_INDENT,
    TOK_DEDENT,
    TOK_FSTRING_START,
    TOK_FSTRING_MIDDLE,
    TOK_FSTRING_END,
    TOK_NL,  // a line end the parser never sees: blank line, or inside brackets
} Tok;

// One open f-string or t-string: CPython's tokenizer_mode.
typedef struct FMode {
    bool regular;  // reading a replacement field's expression (TOK_REGULAR_MODE)
    bool raw;
    bool in_format_spec;
    char prefix;  // 'f' or 't', for messages
    char quote;
    int quote_size;     // 1 or 3
    int curly_depth;    // brackets open inside this string (curly_bracket_depth)
    int expr_depth;     // fields open, -1 for none (curly_bracket_expr_start_depth)
    size_t start;       // offset of the prefix
    size_t line_start;  // start of the line the string opens on
    uint32_t line;
} FMode;

// The logical line being read, as far as its header matters to the parser.
typedef struct LineState {
    int ntok;
    const char *header;     // "'if' statement", "function definition", ... or NULL
    uint32_t header_line;   // line of the keyword the message names
    bool after_async;       // first token was 'async'
    bool after_except;      // first token was 'except': a '*' may follow
    bool soft;              // 'match'/'case': a header only with a subject
    bool decorator;         // first token was '@'
    bool seen_colon;        // a ':' outside brackets has been read
    bool ends_colon;        // the last token is a ':' outside brackets
    bool ends_first_colon;  // ... and the first one
} LineState;

typedef struct Lexer {
    const char *src;
    size_t len;
    size_t end;         // len, plus one for the newline CPython adds when src lacks one
    size_t cur;         // next byte to read
    size_t line_start;  // first byte of the line being read
    size_t buf;         // CPython's tok->buf: lags line_start inside multi-line tokens
    uint32_t lineno;
    size_t start;       // first byte of the token being read
    bool in_token;      // CPython's tok->start != NULL: buf does not move
    uint32_t tok_line;  // line of `start`
    size_t tok_line_start;
    int op;  // the character of a one-character operator token, else 0
    bool atbol;
    int indent, pendin;  // depth of indstack below; pending INDENT/DEDENT tokens
    int level;           // open brackets
    int nmodes;          // open f-strings
    // What the parser will make of the tokens.
    LineState line;
    bool expect_indent;     // the last logical line ended with ':'
    bool after_inline_try;  // ... or was "try: <statements>"
    bool after_decorator;   // ... or a decorator, which a def or class must follow
    const char *block_header;
    uint32_t block_line;
    bool bytes_pending;  // a bytes literal with non-ASCII text, reported after the next token
    Span bytes_span;
    size_t bytes_offset;
    // Results.
    Arena *arena;
    TokensResult *res;
    bool oom;
    // The stacks come last: each entry is written when pushed, before it is read, so
    // lexer_init clears only what comes before them (11 KB less to zero per compile).
    // Indentation: CPython's indstack/altindstack, with tab sizes 8 and 1.
    size_t indstack[MAX_INDENT], altindstack[MAX_INDENT];
    // Open brackets.
    char parens[MAX_LEVEL];
    uint32_t paren_line[MAX_LEVEL];
    size_t paren_col[MAX_LEVEL];
    // Open f-strings, innermost last (CPython's tok_mode_stack above index 0).
    FMode modes[MAX_FSTRING];
} Lexer;

static uint32_t sat32(size_t n) {
    return n > UINT32_MAX ? UINT32_MAX : (uint32_t)n;
}

static Span point(uint32_t line, size_t col) {
    return (Span){line, sat32(col), line, sat32(col)};
}

static bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

static bool is_name_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static bool is_name_char(int c) {
    return is_name_start(c) || is_digit(c);
}

static int lower(int c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

// ---- Reading characters -------------------------------------------------------------------

static int byte_at(const Lexer *lx, size_t p) {
    return p < lx->len ? (unsigned char)lx->src[p] : '\n';
}

// True if byte p (> 0) begins a line: after "\n", "\r\n" or a lone "\r".
static bool starts_line(const Lexer *lx, size_t p) {
    int prev = byte_at(lx, p - 1);
    return prev == '\n' || (prev == '\r' && byte_at(lx, p) != '\n');
}

// CPython's tok_nextc on source whose line ends were translated to '\n', with its line count.
static int nextc(Lexer *lx) {
    size_t p = lx->cur;
    if (p >= lx->end) return CH_EOF;
    if (p > lx->line_start && starts_line(lx, p)) {
        lx->line_start = p;
        if (lx->lineno < UINT32_MAX) lx->lineno++;
        if (!lx->in_token) lx->buf = p;
    }
    int c = byte_at(lx, p);
    if (c == '\r') {
        c = '\n';
        if (p + 1 < lx->len && lx->src[p + 1] == '\n') p++;
    }
    lx->cur = p + 1;
    return c;
}

static void backup(Lexer *lx, int c) {
    if (c == CH_EOF || lx->cur == 0) return;
    size_t p = lx->cur - 1;
    if (c == '\n' && p > 0 && p < lx->len && lx->src[p] == '\n' && lx->src[p - 1] == '\r') p--;
    lx->cur = p;
}

static void begin_token(Lexer *lx, size_t start) {
    lx->start = start;
    lx->in_token = true;
    lx->tok_line = lx->lineno;
    lx->tok_line_start = lx->line_start;
    lx->op = 0;
}

// Byte column of the character that ends just before byte p on the current line: where CPython
// points when it raises with its cursor at p.
static size_t col_before(const Lexer *lx, size_t p) {
    if (p <= lx->line_start) return 0;
    size_t q = p - 1;
    if (q >= lx->len) {
        q = lx->len;
    } else if (lx->src[q] == '\n' && q > lx->line_start && lx->src[q - 1] == '\r') {
        q--;
    } else {
        while (q > lx->line_start && ((unsigned char)lx->src[q] & 0xC0) == 0x80) q--;
    }
    return q - lx->line_start;
}

// Where the lexer's cursor is, as a point.
static Span cursor_point(const Lexer *lx) {
    return point(lx->lineno, col_before(lx, lx->cur));
}

// Bytes of the current line before its line end.
static size_t line_length(const Lexer *lx) {
    size_t p = lx->line_start;
    while (p < lx->len && lx->src[p] != '\n' && lx->src[p] != '\r') p++;
    return p - lx->line_start;
}

// Span of the token just read, which may cover several lines.
static Span token_span(const Lexer *lx) {
    return (Span){lx->tok_line, sat32(lx->start - lx->tok_line_start), lx->lineno,
                  sat32(lx->cur - lx->line_start)};
}

// ---- Findings -----------------------------------------------------------------------------

#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
static bool finding_set(Lexer *lx, TokensFinding *f, TokensReach reach, const char *exc, Span span,
                        size_t offset, const char *fmt, ...) PRINTF_LIKE(7, 8);
static Tok lexical(Lexer *lx, TokensReach reach, const char *exc, Span span, size_t offset,
                   const char *fmt, ...) PRINTF_LIKE(6, 7);
static Tok syntax_error(Lexer *lx, const char *fmt, ...) PRINTF_LIKE(2, 3);
static void structural(Lexer *lx, bool final, const char *exc, Span span, size_t offset,
                       const char *fmt, ...) PRINTF_LIKE(6, 7);

static bool finding_setv(Lexer *lx, TokensFinding *f, TokensReach reach, const char *exc, Span span,
                         size_t offset, const char *fmt, va_list ap) {
    // Inside an f-string CPython keeps its parser's error, even one at the same token.
    if (lx->nmodes > 0) reach = TOKENS_IN_FSTRING;
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *msg = arena_alloc(lx->arena, n > 0 ? (size_t)n + 1 : 1);
    if (!msg) {
        lx->oom = true;
        return false;
    }
    vsnprintf(msg, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
    *f = (TokensFinding){true, reach, offset, span, exc, msg};
    return true;
}

static bool finding_set(Lexer *lx, TokensFinding *f, TokensReach reach, const char *exc, Span span,
                        size_t offset, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    bool ok = finding_setv(lx, f, reach, exc, span, offset, fmt, ap);
    va_end(ap);
    return ok;
}

// Records CPython's first tokenizer error; the scan stops after it.
static Tok lexical(Lexer *lx, TokensReach reach, const char *exc, Span span, size_t offset,
                   const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    finding_setv(lx, &lx->res->lexical, reach, exc, span, offset, fmt, ap);
    va_end(ap);
    return TOK_ERROR;
}

// A SyntaxError at CPython's cursor (its col_offset -1): tokenizer errors that win over parser
// errors met earlier, because CPython tokenizes the rest of the file to look for them.
static Tok syntax_error(Lexer *lx, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    finding_setv(lx, &lx->res->lexical, TOKENS_OVERRIDES, "SyntaxError",
                 cursor_point(lx), lx->start, fmt, ap);
    va_end(ap);
    return TOK_ERROR;
}

// The byte column at which the line holds n characters: CPython gives the byte offsets of a
// known range where it means characters, so its caret moves right past non-ASCII text.
static size_t col_of_chars(const Lexer *lx, size_t n) {
    size_t p = lx->line_start;
    for (size_t chars = 0; chars < n && p < lx->len && lx->src[p] != '\n' && lx->src[p] != '\r';
         chars++) {
        p++;
        while (p < lx->len && ((unsigned char)lx->src[p] & 0xC0) == 0x80) p++;
    }
    return p - lx->line_start;
}

// A SyntaxError over CPython's known range [start, end) of the current line.
static Tok range_error(Lexer *lx, size_t start, size_t end, const char *msg) {
    Span span = {lx->lineno, sat32(col_of_chars(lx, start - lx->line_start)), lx->lineno,
                 sat32(col_of_chars(lx, end - lx->line_start - 1))};
    return lexical(lx, TOKENS_OVERRIDES, "SyntaxError", span, lx->start, "%s", msg);
}

// Records the first parser error the tokens show, unless one is already known.
static void structural(Lexer *lx, bool final, const char *exc, Span span, size_t offset,
                       const char *fmt, ...) {
    if (lx->res->structural.found) return;
    va_list ap;
    va_start(ap, fmt);
    if (finding_setv(lx, &lx->res->structural, TOKENS_IN_ORDER, exc, span, offset, fmt, ap)) {
        lx->res->structural_final = final;
    }
    va_end(ap);
}

// ---- Source encoding: checks CPython makes before it tokenizes ------------------------------

// Line of byte p, counting "\n", "\r\n" and lone "\r" as line ends; *line_start gets its start.
static uint32_t line_of(const char *src, size_t len, size_t p, size_t *line_start) {
    uint32_t line = 1;
    size_t ls = 0;
    for (size_t i = 0; i < p && i < len; i++) {
        if (src[i] == '\n' || (src[i] == '\r' && (i + 1 >= len || src[i + 1] != '\n'))) {
            line += line < UINT32_MAX;
            ls = i + 1;
        }
    }
    *line_start = ls;
    return line;
}

// Length of the valid UTF-8 sequence at s[0..n), 0 if invalid: CPython's valid_utf8, which
// rejects overlong forms, surrogates and code points past U+10FFFF.
static size_t utf8_length(const unsigned char *s, size_t n) {
    size_t need;
    if (s[0] < 0x80) return 1;
    if (s[0] < 0xC2) return 0;
    if (s[0] < 0xE0) {
        need = 1;
    } else if (s[0] < 0xF0) {
        if (n < 2 || (s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0)) return 0;
        need = 2;
    } else if (s[0] < 0xF5) {
        if (n < 2 || (s[1] < 0x90 ? s[0] == 0xF0 : s[0] == 0xF4)) return 0;
        need = 3;
    } else {
        return 0;
    }
    if (n <= need) return 0;
    for (size_t i = 1; i <= need; i++) {
        if (s[i] < 0x80 || s[i] >= 0xC0) return 0;
    }
    return need + 1;
}

static bool check_utf8(Lexer *lx, size_t from) {
    const unsigned char *s = (const unsigned char *)lx->src;
    size_t p = from;
    while (p < lx->len) {
        size_t n = s[p] < 0x80 ? 1 : utf8_length(s + p, lx->len - p);
        if (n == 0) break;
        p += n;
    }
    if (p >= lx->len) return true;
    size_t ls;
    uint32_t line = line_of(lx->src, lx->len, p, &ls);
    lexical(lx, TOKENS_OVERRIDES, "SyntaxError", point(line, p - ls), p,
            "Non-UTF-8 code starting with '\\x%.2x' on line %u, but no encoding declared; "
            "see https://peps.python.org/pep-0263/ for details",
            s[p], line);
    return false;
}

static bool is_alnum(int c) {
    return is_digit(c) || (lower(c) >= 'a' && lower(c) <= 'z');
}

// The encoding a "coding[:=]" comment names on the line src[p..end): CPython's get_coding_spec.
// Sets *has_code when the line holds anything but a comment.
static bool coding_spec(const char *src, size_t p, size_t end, size_t *name, size_t *name_len,
                        bool *has_code) {
    size_t i = p;
    while (i < end && (src[i] == ' ' || src[i] == '\t' || src[i] == '\f')) i++;
    *has_code = i < end && src[i] != '#' && src[i] != '\n' && src[i] != '\r';
    if (*has_code || end - p < 7) return false;
    for (; i < end - 6; i++) {
        if (memcmp(src + i, "coding", 6) != 0 || (src[i + 6] != ':' && src[i + 6] != '=')) {
            continue;
        }
        size_t t = i + 7;
        while (t < end && (src[t] == ' ' || src[t] == '\t')) t++;
        size_t b = t;
        while (t < end && (is_alnum(src[t]) || src[t] == '-' || src[t] == '_' || src[t] == '.')) {
            t++;
        }
        if (t > b) {
            *name = b;
            *name_len = t - b;
            return true;
        }
    }
    return false;
}

// The name CPython prints for an encoding: its get_normal_name folds the spellings of utf-8 and
// latin-1, and keeps any other name as written.
static const char *normal_name(const char *s, size_t n) {
    char buf[13];
    size_t i;
    for (i = 0; i < 12 && i < n; i++) buf[i] = s[i] == '_' ? '-' : (char)lower(s[i]);
    buf[i] = '\0';
    if (strcmp(buf, "utf-8") == 0 || strncmp(buf, "utf-8-", 6) == 0) return "utf-8";
    if (strcmp(buf, "latin-1") == 0 || strcmp(buf, "iso-8859-1") == 0 ||
        strcmp(buf, "iso-latin-1") == 0 || strncmp(buf, "latin-1-", 8) == 0 ||
        strncmp(buf, "iso-8859-1-", 11) == 0 || strncmp(buf, "iso-latin-1-", 12) == 0) {
        return "iso-8859-1";
    }
    return NULL;
}

// True for the names Python's codec registry resolves to UTF-8.
static bool is_utf8_name(const char *s, size_t n) {
    static const char *const names[] = {"utf_8",     "utf8",      "u8",      "utf",
                                        "utf8_ucs2", "utf8_ucs4", "cp65001", "utf_8_sig"};
    char buf[16];
    if (n >= sizeof buf) return false;
    for (size_t i = 0; i < n; i++) buf[i] = s[i] == '-' ? '_' : (char)lower(s[i]);
    buf[n] = '\0';
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (strcmp(buf, names[i]) == 0) return true;
    }
    return false;
}

// Finds a coding declaration on line 1, or on line 2 when line 1 is only a comment; CPython
// looks only at lines that end with '\n'. False when there is none.
static bool find_coding(const Lexer *lx, size_t from, size_t *name, size_t *name_len,
                        size_t *line_start, uint32_t *line) {
    const char *nl1 = memchr(lx->src + from, '\n', lx->len - from);
    if (!nl1) return false;
    size_t end1 = (size_t)(nl1 - lx->src) + 1;
    bool has_code;
    *line_start = from;
    *line = 1;
    if (coding_spec(lx->src, from, end1, name, name_len, &has_code)) return true;
    if (has_code) return false;
    const char *nl2 = memchr(lx->src + end1, '\n', lx->len - end1);
    if (!nl2) return false;
    *line_start = end1;
    *line = 2;
    return coding_spec(lx->src, end1, (size_t)(nl2 - lx->src) + 1, name, name_len, &has_code);
}

// CPython decodes the source with the declared encoding. moat reads UTF-8 only: any other
// declared encoding is accepted for ASCII text, which every ASCII-compatible codec reads alike,
// and is an "encoding problem" otherwise (a moat rule: CPython would decode the bytes).
static bool check_coding(Lexer *lx, size_t from, bool bom, bool *utf8) {
    size_t name, n, ls;
    uint32_t line;
    *utf8 = true;
    if (!find_coding(lx, from, &name, &n, &ls, &line)) return true;
    const char *s = lx->src + name;
    const char *folded = normal_name(s, n);
    int shown = folded ? (int)strlen(folded) : (int)n;
    if (!folded) folded = s;
    bool is_utf8 = shown == 5 && memcmp(folded, "utf-8", 5) == 0;
    if (bom && !is_utf8) {
        lexical(lx, TOKENS_OVERRIDES, "SyntaxError", point(line, 0), ls,
                "encoding problem: %.*s with BOM", shown, folded);
        return false;
    }
    if (is_utf8 || is_utf8_name(s, n)) return true;
    *utf8 = false;
    for (size_t p = 0; p < lx->len; p++) {
        if ((unsigned char)lx->src[p] >= 0x80) {
            lexical(lx, TOKENS_OVERRIDES, "SyntaxError", point(line, 0), ls,
                    "encoding problem: %.*s (moat reads source as UTF-8 only)", shown, folded);
            return false;
        }
    }
    return true;
}

// What CPython checks before the first token: null bytes, the BOM, the coding declaration, and
// that the text is UTF-8. Returns the offset tokenizing starts at, or SIZE_MAX after an error.
static size_t check_source(Lexer *lx) {
    const char *nul = memchr(lx->src, '\0', lx->len);
    if (nul) {
        // CPython's file reader raises this for the line holding the byte, at column 0.
        size_t ls;
        uint32_t line = line_of(lx->src, lx->len, (size_t)(nul - lx->src), &ls);
        lexical(lx, TOKENS_OVERRIDES, "SyntaxError", point(line, 0), ls,
                "source code cannot contain null bytes");
        return SIZE_MAX;
    }
    bool bom = lx->len >= 3 && memcmp(lx->src, "\xEF\xBB\xBF", 3) == 0;
    size_t from = bom ? 3 : 0;
    bool utf8;
    if (!check_coding(lx, from, bom, &utf8)) return SIZE_MAX;
    if (utf8 && !check_utf8(lx, from)) return SIZE_MAX;
    return from;
}

// ---- Indentation and line continuations ---------------------------------------------------

// The innermost open bracket, which CPython reports as never closed when a tokenizer error
// that sets no exception (EOF, a bad line continuation) comes inside brackets after its parser
// failed on a later line than the bracket's.
static void note_unclosed(Lexer *lx) {
    if (lx->level == 0 || lx->nmodes > 0) return;
    int i = lx->level - 1;
    Span span = point(lx->paren_line[i], lx->paren_col[i]);
    finding_set(lx, &lx->res->unclosed, TOKENS_IN_ORDER, "SyntaxError", span, lx->len,
                "'%c' was never closed", lx->parens[i]);
}

// An error CPython's parser raises from tok->done when it asks for the token: reported only if
// the parser gets there (E_TABSPACE, E_TOODEEP, E_DEDENT, E_LINECONT, E_EOF).
static Tok lazy_error(Lexer *lx, const char *exc, size_t col, size_t offset, const char *msg) {
    note_unclosed(lx);
    return lexical(lx, TOKENS_IN_ORDER, exc, point(lx->lineno, col), offset, "%s", msg);
}

// EOF inside brackets.
static Tok unclosed_at_eof(Lexer *lx) {
    int i = lx->level - 1;
    note_unclosed(lx);
    return lexical(lx, TOKENS_IN_ORDER, "SyntaxError", point(lx->paren_line[i], lx->paren_col[i]),
                   lx->len, "'%c' was never closed", lx->parens[i]);
}

// After a backslash: the line must end there, and another must follow (tok_continuation_line).
static bool continuation(Lexer *lx) {
    size_t backslash = lx->cur - 1;
    int c = nextc(lx);
    if (c != '\n') {
        // CPython measures from tok->buf, which still points at the line a multi-line token
        // began on, and clamps to the current line.
        size_t col = lx->cur - 1 - lx->buf, n = line_length(lx);
        if (col > n + 1) col = n + 1;
        while (col > 0 && col < n &&
               ((unsigned char)lx->src[lx->line_start + col] & 0xC0) == 0x80) {
            col--;
        }
        lazy_error(lx, "SyntaxError", col, backslash,
                   "unexpected character after line continuation character");
        return false;
    }
    c = nextc(lx);
    if (c == CH_EOF) {
        if (lx->level) {
            unclosed_at_eof(lx);
        } else {
            lazy_error(lx, "SyntaxError", line_length(lx), lx->len, "unexpected EOF while parsing");
        }
        return false;
    }
    backup(lx, c);
    return true;
}

// Compares a line's indentation with the stack; queues INDENT/DEDENT tokens in pendin.
static bool indent_to(Lexer *lx, size_t col, size_t altcol) {
    if (col == lx->indstack[lx->indent]) {
        if (altcol == lx->altindstack[lx->indent]) return true;
    } else if (col > lx->indstack[lx->indent]) {
        // guard: CPython's indentation limit; also bounds indstack
        if (lx->indent + 1 >= MAX_INDENT) {
            lazy_error(lx, "IndentationError", 0, lx->line_start, "too many levels of indentation");
            return false;
        }
        if (altcol > lx->altindstack[lx->indent]) {
            lx->pendin++;
            lx->indent++;
            lx->indstack[lx->indent] = col;
            lx->altindstack[lx->indent] = altcol;
            return true;
        }
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pendin--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            lazy_error(lx, "IndentationError", line_length(lx), lx->line_start,
                       "unindent does not match any outer indentation level");
            return false;
        }
        if (altcol == lx->altindstack[lx->indent]) return true;
    }
    // Ambiguous with tabs of size 8 against size 1.
    lazy_error(lx, "TabError", 0, lx->line_start,
               "inconsistent use of tabs and spaces in indentation");
    return false;
}

// Reads the indentation at the start of a line; *blank when the line holds nothing the parser
// sees. Backslashes may continue the indentation, the first one fixing its width.
static bool read_indentation(Lexer *lx, bool *blank) {
    size_t col = 0, altcol = 0, cont_col = 0;
    int c;
    lx->atbol = false;
    for (;;) {
        c = nextc(lx);
        if (c == ' ') {
            col++, altcol++;
        } else if (c == '\t') {
            col = (col / TAB_SIZE + 1) * TAB_SIZE;
            altcol++;
        } else if (c == '\f') {
            col = altcol = 0;
        } else if (c == '\\') {
            cont_col = cont_col ? cont_col : col;
            if (!continuation(lx)) return false;
        } else {
            break;
        }
    }
    backup(lx, c);
    *blank = c == '#' || c == '\n';
    if (*blank || lx->level > 0) return true;
    if (cont_col) col = altcol = cont_col;
    return indent_to(lx, col, altcol);
}

// ---- Names and string prefixes ------------------------------------------------------------

// Every character of the name must be XID_Continue, the first XID_Start or '_' (CPython's
// verify_identifier); the error points at the first one that is not.
static bool verify_identifier(Lexer *lx) {
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)lx->src;
    for (size_t p = lx->start; p < lx->cur;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(s + p, (utf8proc_ssize_t)(lx->cur - p), &cp);
        if (n <= 0) n = 1, cp = 0xFFFD;
        int bits = unicode_bits(cp);
        bool ok = p == lx->start ? (bits & UNI_START) || cp == '_' : (bits & UNI_CONTINUE);
        if (!ok) {
            lx->cur = p + (size_t)n;
            if (bits & UNI_PRINTABLE) {
                syntax_error(lx, "invalid character '%.*s' (U+%04X)", (int)n, lx->src + p,
                             (unsigned)cp);
            } else {
                syntax_error(lx, "invalid non-printable character U+%04X", (unsigned)cp);
            }
            return false;
        }
        p += (size_t)n;
    }
    return true;
}

enum { PREFIX_B = 1, PREFIX_R = 2, PREFIX_U = 4, PREFIX_F = 8, PREFIX_T = 16 };

static unsigned prefix_bit(int c) {
    switch (lower(c)) {
    case 'b': return PREFIX_B;
    case 'r': return PREFIX_R;
    case 'u': return PREFIX_U;
    case 'f': return PREFIX_F;
    case 't': return PREFIX_T;
    default: return 0;
    }
}

// Only r combines with b, f or t; the pairs in the order CPython checks them
// (maybe_raise_syntax_error_for_string_prefixes).
static bool prefix_ok(Lexer *lx, unsigned seen) {
    static const struct {
        unsigned pair;
        const char *msg;
    } bad[] = {
        {PREFIX_U | PREFIX_B, "'u' and 'b' prefixes are incompatible"},
        {PREFIX_U | PREFIX_R, "'u' and 'r' prefixes are incompatible"},
        {PREFIX_U | PREFIX_F, "'u' and 'f' prefixes are incompatible"},
        {PREFIX_U | PREFIX_T, "'u' and 't' prefixes are incompatible"},
        {PREFIX_B | PREFIX_F, "'b' and 'f' prefixes are incompatible"},
        {PREFIX_B | PREFIX_T, "'b' and 't' prefixes are incompatible"},
        {PREFIX_F | PREFIX_T, "'f' and 't' prefixes are incompatible"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        if ((seen & bad[i].pair) == bad[i].pair) {
            range_error(lx, lx->start, lx->cur, bad[i].msg);
            return false;
        }
    }
    return true;
}

static Tok lex_string(Lexer *lx, int quote, bool bytes);
static Tok lex_fstring_start(Lexer *lx, int quote);

// A name, or the prefix of a string: each of b, r, u, f, t at most once, in any case and order.
static Tok lex_name(Lexer *lx, int c) {
    unsigned seen = 0;
    for (unsigned bit; (bit = prefix_bit(c)) && !(seen & bit);) {
        seen |= bit;
        c = nextc(lx);
        if (c == '"' || c == '\'') {
            if (!prefix_ok(lx, seen)) return TOK_ERROR;
            if (seen & (PREFIX_F | PREFIX_T)) return lex_fstring_start(lx, c);
            return lex_string(lx, c, seen & PREFIX_B);
        }
    }
    bool nonascii = false;
    while (is_name_char(c)) {
        nonascii |= c >= 128;
        c = nextc(lx);
    }
    backup(lx, c);
    if (nonascii && !verify_identifier(lx)) return TOK_ERROR;
    return TOK_NAME;
}

// ---- Numbers ------------------------------------------------------------------------------

// True if the next characters are `rest` followed by a non-name character; reads nothing.
static bool lookahead(Lexer *lx, const char *rest) {
    size_t i = 0;
    bool res = false;
    for (;;) {
        int c = nextc(lx);
        if (rest[i] == '\0') {
            res = !is_name_char(c);
        } else if (c == rest[i]) {
            i++;
            continue;
        }
        backup(lx, c);
        while (i > 0) backup(lx, rest[--i]);
        return res;
    }
}

// CPython's verify_end_of_number: a literal may run into a keyword that can follow it (1if x
// else y, with a warning) but not into other ASCII name characters.
static bool number_end_ok(Lexer *lx, int c, const char *kind) {
    bool keyword = false;
    if (c == 'a') {
        keyword = lookahead(lx, "nd");
    } else if (c == 'e') {
        keyword = lookahead(lx, "lse");
    } else if (c == 'f') {
        keyword = lookahead(lx, "or");
    } else if (c == 'i') {
        int c2 = nextc(lx);
        keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
        backup(lx, c2);
    } else if (c == 'o') {
        keyword = lookahead(lx, "r");
    } else if (c == 'n') {
        keyword = lookahead(lx, "ot");
    }
    if (keyword || c >= 128 || !is_name_char(c)) return true;
    backup(lx, c);
    syntax_error(lx, "invalid %s literal", kind);
    return false;
}

// Digits with single underscores between them, after a first digit; the character after them.
static int decimal_tail(Lexer *lx) {
    for (;;) {
        int c;
        do c = nextc(lx);
        while (is_digit(c));
        if (c != '_') return c;
        c = nextc(lx);
        if (!is_digit(c)) {
            backup(lx, c);
            syntax_error(lx, "invalid decimal literal");
            return CH_ERR;
        }
    }
}

static Tok number_done(Lexer *lx, int c) {
    backup(lx, c);
    return TOK_NUMBER;
}

// The exponent and 'j' suffix a decimal literal may end with; c follows its digits.
static Tok lex_number_suffix(Lexer *lx, int c) {
    if (c == 'e' || c == 'E') {
        int e = c;
        c = nextc(lx);
        if (c == '+' || c == '-') {
            c = nextc(lx);
            if (!is_digit(c)) {
                backup(lx, c);
                return syntax_error(lx, "invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            backup(lx, c);
            if (!number_end_ok(lx, e, "decimal")) return TOK_ERROR;
            return number_done(lx, e);
        }
        if ((c = decimal_tail(lx)) == CH_ERR) return TOK_ERROR;
    }
    if (c == 'j' || c == 'J') {
        c = nextc(lx);
        if (!number_end_ok(lx, c, "imaginary")) return TOK_ERROR;
    } else if (!number_end_ok(lx, c, "decimal")) {
        return TOK_ERROR;
    }
    return number_done(lx, c);
}

// After the '.' of a decimal literal; c is the character that follows it.
static Tok lex_fraction(Lexer *lx, int c) {
    if (is_digit(c) && (c = decimal_tail(lx)) == CH_ERR) return TOK_ERROR;
    return lex_number_suffix(lx, c);
}

static bool radix_digit(int c, int base) {
    if (base == 16) return is_digit(c) || (lower(c) >= 'a' && lower(c) <= 'f');
    return c >= '0' && c < '0' + base;
}

// 0x, 0o and 0b literals: digits of the base with single underscores, which may also follow
// the prefix.
static Tok lex_radix(Lexer *lx, int base, const char *kind) {
    int c = nextc(lx);
    do {
        if (c == '_') c = nextc(lx);
        if (!radix_digit(c, base)) {
            if (base != 16 && is_digit(c)) {
                return syntax_error(lx, "invalid digit '%c' in %s literal", c, kind);
            }
            backup(lx, c);
            return syntax_error(lx, "invalid %s literal", kind);
        }
        do c = nextc(lx);
        while (radix_digit(c, base));
    } while (c == '_');
    if (base != 16 && is_digit(c)) {
        return syntax_error(lx, "invalid digit '%c' in %s literal", c, kind);
    }
    if (!number_end_ok(lx, c, kind)) return TOK_ERROR;
    return number_done(lx, c);
}

// A literal starting with '0' and no radix prefix; c follows the '0'. Zeros alone make an int,
// other digits only a float or imaginary literal.
static Tok lex_zero(Lexer *lx, int c) {
    for (;;) {
        if (c == '_') {
            c = nextc(lx);
            if (!is_digit(c)) {
                backup(lx, c);
                return syntax_error(lx, "invalid decimal literal");
            }
        }
        if (c != '0') break;
        c = nextc(lx);
    }
    size_t zeros_end = lx->cur;
    bool nonzero = is_digit(c);
    if (nonzero && (c = decimal_tail(lx)) == CH_ERR) return TOK_ERROR;
    if (c == '.') return lex_fraction(lx, nextc(lx));
    if (c == 'e' || c == 'E' || c == 'j' || c == 'J') return lex_number_suffix(lx, c);
    if (nonzero) {
        backup(lx, c);
        return range_error(lx, lx->start, zeros_end,
                           "leading zeros in decimal integer literals are not permitted; "
                           "use an 0o prefix for octal integers");
    }
    if (!number_end_ok(lx, c, "decimal")) return TOK_ERROR;
    return number_done(lx, c);
}

static Tok lex_number(Lexer *lx, int c) {
    if (c == '0') {
        c = nextc(lx);
        switch (lower(c)) {
        case 'x': return lex_radix(lx, 16, "hexadecimal");
        case 'o': return lex_radix(lx, 8, "octal");
        case 'b': return lex_radix(lx, 2, "binary");
        default: return lex_zero(lx, c);
        }
    }
    if ((c = decimal_tail(lx)) == CH_ERR) return TOK_ERROR;
    if (c == '.') return lex_fraction(lx, nextc(lx));
    return lex_number_suffix(lx, c);
}

// ---- Strings ------------------------------------------------------------------------------

static FMode *top_mode(Lexer *lx) {
    return lx->nmodes > 0 ? &lx->modes[lx->nmodes - 1] : NULL;
}

// Reported from the opening quote, naming the line where the scan gave up.
static Tok unterminated_string(Lexer *lx, int quote, int quote_size, bool escaped_quote,
                               uint32_t line, size_t line_start) {
    uint32_t detected = lx->lineno;
    lx->cur = lx->start + 1;
    lx->line_start = line_start;
    lx->lineno = line;
    FMode *m = top_mode(lx);
    if (m && m->quote == quote && m->quote_size == quote_size) {
        // The quote closes the f-string around it, so a '}' is missing.
        return syntax_error(lx, "%c-string: expecting '}'", m->prefix);
    }
    if (quote_size == 3) {
        return syntax_error(lx, "unterminated triple-quoted string literal (detected at line %u)",
                            detected);
    }
    if (escaped_quote) {
        return syntax_error(lx,
                            "unterminated string literal (detected at line %u); "
                            "perhaps you escaped the end quote?",
                            detected);
    }
    return syntax_error(lx, "unterminated string literal (detected at line %u)", detected);
}

// A string or bytes literal; its opening quote was just read (CPython's letter_quote).
static Tok lex_string(Lexer *lx, int quote, bool bytes) {
    uint32_t line = lx->lineno;
    size_t line_start = lx->line_start;
    int quote_size = 1, end_quote_size = 0;
    bool escaped_quote = false, nonascii = false;
    int c = nextc(lx);
    if (c == quote) {
        c = nextc(lx);
        if (c == quote) {
            quote_size = 3;
        } else {
            end_quote_size = 1;  // the empty string
        }
    }
    if (c != quote) backup(lx, c);
    while (end_quote_size != quote_size) {
        c = nextc(lx);
        if (c == CH_EOF || (quote_size == 1 && c == '\n')) {
            return unterminated_string(lx, quote, quote_size, escaped_quote, line, line_start);
        }
        nonascii |= c >= 128;
        if (c == quote) {
            end_quote_size++;
            continue;
        }
        end_quote_size = 0;
        if (c == '\\') {
            c = nextc(lx);
            escaped_quote |= c == quote;
            nonascii |= c >= 128;
        }
    }
    if (bytes && nonascii && !lx->bytes_pending) {
        // CPython's parser rejects it once the next token is read.
        lx->bytes_pending = true;
        lx->bytes_span = token_span(lx);
        lx->bytes_offset = lx->start;
    }
    return TOK_STRING;
}

// An f-string or t-string opens; its quote was just read.
static Tok lex_fstring_start(Lexer *lx, int quote) {
    uint32_t line = lx->lineno;
    size_t line_start = lx->line_start;
    int quote_size = 1;
    int after = nextc(lx);
    if (after == quote) {
        int after2 = nextc(lx);
        if (after2 == quote) {
            quote_size = 3;
        } else {
            backup(lx, after2);
            backup(lx, after);
        }
    }
    if (after != quote) backup(lx, after);
    // guard: CPython's nesting limit for f-strings; also bounds modes[]
    if (lx->nmodes + 1 >= MAX_FSTRING) {
        return syntax_error(lx, "too many nested f-strings or t-strings");
    }
    int p0 = lower(lx->src[lx->start]), p1 = lower(lx->src[lx->start + 1]);
    lx->modes[lx->nmodes++] = (FMode){
        .raw = p0 == 'r' || p1 == 'r',
        .prefix = (char)(p0 == 't' || (p0 == 'r' && p1 == 't') ? 't' : 'f'),
        .quote = (char)quote,
        .quote_size = quote_size,
        .expr_depth = -1,
        .start = lx->start,
        .line_start = line_start,
        .line = line,
    };
    return TOK_FSTRING_START;
}

// A replacement field opens: its expression is read in regular mode.
static bool open_field(Lexer *lx, FMode *m) {
    m->expr_depth++;
    if (m->expr_depth >= MAX_EXPR_NESTING) {
        syntax_error(lx, "%c-string: expressions nested too deeply", m->prefix);
        return false;
    }
    m->regular = true;
    return true;
}

// Reported from the prefix; the parser meets it at the literal text being read.
static Tok unterminated_fstring(Lexer *lx, FMode *m) {
    uint32_t detected = lx->lineno;
    lx->cur = m->start + 1;
    lx->line_start = m->line_start;
    lx->lineno = m->line;
    if (m->quote_size == 3) {
        return syntax_error(lx,
                            "unterminated triple-quoted %c-string literal (detected at line %u)",
                            m->prefix, detected);
    }
    return syntax_error(lx, "unterminated %c-string literal (detected at line %u)", m->prefix,
                        detected);
}

// The closing quote came while a replacement field was open, in its format spec: CPython's
// parser expects '}' there.
static void fstring_end_in_field(Lexer *lx, FMode *m) {
    Span span = {lx->lineno, sat32(lx->start - lx->line_start), lx->lineno,
                 sat32(lx->cur - lx->line_start)};
    structural(lx, false, "SyntaxError", span, lx->start,
               "%c-string: expecting '}', or format specs", m->prefix);
}

static Tok lex_regular(Lexer *lx);

// Inside literal text: a '{' or '}' ends it, or a newline where the string cannot hold one.
// Returns TOK_FSTRING_MIDDLE, having set the mode for what follows, or an error.
static Tok fstring_text(Lexer *lx, FMode *m) {
    int end_quote_size = 0;
    bool unicode_escape = false;
    while (end_quote_size != m->quote_size) {
        int c = nextc(lx);
        bool in_spec = m->in_format_spec && m->expr_depth >= 0;
        if (c == CH_EOF || (m->quote_size == 1 && c == '\n')) {
            if (in_spec && c == '\n') {
                return syntax_error(lx,
                                    "%c-string: newlines are not allowed in format specifiers "
                                    "for single quoted %c-strings",
                                    m->prefix, m->prefix);
            }
            return unterminated_fstring(lx, m);
        }
        if (c == m->quote) {
            end_quote_size++;
            continue;
        }
        end_quote_size = 0;
        if (c == '{') {
            int peek = nextc(lx);
            if (peek == '{' && !in_spec) return TOK_FSTRING_MIDDLE;  // "{{"
            backup(lx, peek);
            backup(lx, c);
            m->in_format_spec = false;
            return open_field(lx, m) ? TOK_FSTRING_MIDDLE : TOK_ERROR;
        }
        if (c == '}') {
            if (unicode_escape) return TOK_FSTRING_MIDDLE;  // closes \N{...}
            int peek = nextc(lx);
            if (peek == '}' && !in_spec && m->curly_depth == 0) return TOK_FSTRING_MIDDLE;
            // A lone '}' is read in regular mode, which reports or closes the field.
            backup(lx, peek);
            backup(lx, c);
            m->regular = true;
            m->in_format_spec = false;
            return TOK_FSTRING_MIDDLE;
        }
        if (c == '\\') {
            int peek = nextc(lx);
            if (peek == '{' || peek == '}') {
                backup(lx, peek);
            } else if (!m->raw && peek == 'N') {
                peek = nextc(lx);
                if (peek == '{') {
                    unicode_escape = true;
                } else {
                    backup(lx, peek);
                }
            }
        }
    }
    for (int i = 0; i < m->quote_size; i++) backup(lx, m->quote);
    return TOK_FSTRING_MIDDLE;
}

// The next token of an f-string outside its fields (CPython's tok_get_fstring_mode).
static Tok lex_fstring(Lexer *lx, FMode *m) {
    begin_token(lx, lx->cur);
    int c = nextc(lx);
    if (c == '{') {
        int peek = nextc(lx);
        backup(lx, peek);
        backup(lx, c);
        if (peek != '{') return open_field(lx, m) ? lex_regular(lx) : TOK_ERROR;
    } else {
        backup(lx, c);
    }
    for (int i = 0; i < m->quote_size; i++) {
        int q = nextc(lx);
        if (q != m->quote) {
            backup(lx, q);
            return fstring_text(lx, m);
        }
    }
    if (m->expr_depth >= 0) fstring_end_in_field(lx, m);
    lx->nmodes--;
    return TOK_FSTRING_END;
}

// ---- Operators and brackets ---------------------------------------------------------------

static bool two_char_op(int c1, int c2) {
    switch (c1) {
    case '!':
    case '%':
    case '&':
    case '+':
    case '=':
    case '@':
    case '^':
    case '|':
    case ':': return c2 == '=';
    case '*': return c2 == '*' || c2 == '=';
    case '-': return c2 == '=' || c2 == '>';
    case '/': return c2 == '/' || c2 == '=';
    case '<': return c2 == '<' || c2 == '=' || c2 == '>';
    case '>': return c2 == '=' || c2 == '>';
    default: return false;
    }
}

static bool three_char_op(int c1, int c2, int c3) {
    return c3 == '=' && c1 == c2 && (c1 == '*' || c1 == '/' || c1 == '<' || c1 == '>');
}

static Tok open_bracket(Lexer *lx, int c, FMode *m) {
    // guard: CPython's bracket limit; also bounds parens[]
    if (lx->level >= MAX_LEVEL) return syntax_error(lx, "too many nested parentheses");
    lx->parens[lx->level] = (char)c;
    lx->paren_line[lx->level] = lx->lineno;
    lx->paren_col[lx->level] = lx->start - lx->line_start;
    lx->level++;
    if (m) m->curly_depth++;
    return TOK_OP;
}

static Tok close_bracket(Lexer *lx, int c, FMode *m) {
    int want = c == ')' ? '(' : c == ']' ? '[' : '{';
    if (m && m->curly_depth == 0 && c == '}') {
        return syntax_error(lx, "%c-string: single '}' is not allowed", m->prefix);
    }
    if (lx->level == 0) return syntax_error(lx, "unmatched '%c'", c);
    int open = lx->parens[--lx->level];
    if (open != want) {
        if (m && open == '{' && m->curly_depth - 1 == m->expr_depth) {
            return syntax_error(lx, "%c-string: unmatched '%c'", m->prefix, c);
        }
        if (lx->paren_line[lx->level] != lx->lineno) {
            return syntax_error(lx,
                                "closing parenthesis '%c' does not match opening parenthesis "
                                "'%c' on line %u",
                                c, open, lx->paren_line[lx->level]);
        }
        return syntax_error(lx, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                            c, open);
    }
    if (m) {
        m->curly_depth--;
        if (m->curly_depth < 0) return syntax_error(lx, "%c-string: unmatched '%c'", m->prefix, c);
        if (c == '}' && m->curly_depth == m->expr_depth) {
            // The field closes: back to literal text.
            m->expr_depth--;
            m->regular = false;
            m->in_format_spec = false;
        }
    }
    return TOK_OP;
}

static Tok lex_operator(Lexer *lx, int c) {
    FMode *m = top_mode(lx);
    if (m && m->expr_depth >= 0 && c == ':' && m->curly_depth - 1 == m->expr_depth) {
        // The field's format spec starts: literal text again.
        m->regular = false;
        m->in_format_spec = true;
        lx->op = c;
        return TOK_OP;
    }
    int c2 = nextc(lx);
    if (two_char_op(c, c2)) {
        int c3 = nextc(lx);
        if (!three_char_op(c, c2, c3)) backup(lx, c3);
        return TOK_OP;
    }
    backup(lx, c2);
    if (c == '(' || c == '[' || c == '{') return open_bracket(lx, c, m);
    if (c == ')' || c == ']' || c == '}') return close_bracket(lx, c, m);
    if (c < 0x20 || c == 0x7F) return syntax_error(lx, "invalid non-printable character U+%04X", c);
    lx->op = c;
    return TOK_OP;
}

static Tok lex_dot(Lexer *lx) {
    int c = nextc(lx);
    if (is_digit(c)) return lex_fraction(lx, c);
    if (c == '.') {
        c = nextc(lx);
        if (c == '.') return TOK_OP;
        backup(lx, c);
        backup(lx, '.');
    } else {
        backup(lx, c);
    }
    lx->op = '.';
    return TOK_OP;
}

// ---- Regular mode -------------------------------------------------------------------------

// The token after the indentation; TOK_NL for a line end the parser does not see.
static Tok lex_after_indent(Lexer *lx, bool blank) {
    for (;;) {
        lx->in_token = false;
        int c;
        do c = nextc(lx);
        while (c == ' ' || c == '\t' || c == '\f');
        begin_token(lx, c == CH_EOF ? lx->cur : lx->cur - 1);
        if (c == '#') {
            while (c != CH_EOF && c != '\n') c = nextc(lx);
        }
        if (c == CH_EOF) return lx->level ? unclosed_at_eof(lx) : TOK_ENDMARKER;
        if (is_name_start(c)) return lex_name(lx, c);
        if (c == '\n') {
            lx->atbol = true;
            return blank || lx->level > 0 ? TOK_NL : TOK_NEWLINE;
        }
        if (c == '.') return lex_dot(lx);
        if (is_digit(c)) return lex_number(lx, c);
        if (c == '\'' || c == '"') return lex_string(lx, c, false);
        if (c != '\\') return lex_operator(lx, c);
        if (!continuation(lx)) return TOK_ERROR;
    }
}

// The next token outside f-string literal text (CPython's tok_get_normal_mode).
static Tok lex_regular(Lexer *lx) {
    for (;;) {
        bool blank = false;
        lx->in_token = false;
        if (lx->atbol && !read_indentation(lx, &blank)) return TOK_ERROR;
        begin_token(lx, lx->cur);
        if (lx->pendin < 0) {
            lx->pendin++;
            return TOK_DEDENT;
        }
        if (lx->pendin > 0) {
            lx->pendin--;
            return TOK_INDENT;
        }
        Tok t = lex_after_indent(lx, blank);
        if (t != TOK_NL) return t;
    }
}

static Tok next_token(Lexer *lx) {
    FMode *m = top_mode(lx);
    return m && !m->regular ? lex_fstring(lx, m) : lex_regular(lx);
}

// ---- What the parser makes of the tokens --------------------------------------------------

typedef struct Header {
    const char *keyword;
    const char *name;  // as CPython's message names the statement
    bool async_ok;     // may follow 'async'
    bool soft;         // a soft keyword: a header only with a subject after it
} Header;

// The compound statements whose missing block CPython names.
static const Header headers[] = {
    {"if", "'if' statement", false, false},
    {"elif", "'elif' statement", false, false},
    {"else", "'else' statement", false, false},
    {"for", "'for' statement", true, false},
    {"while", "'while' statement", false, false},
    {"with", "'with' statement", true, false},
    {"try", "'try' statement", false, false},
    {"except", "'except' statement", false, false},
    {"finally", "'finally' statement", false, false},
    {"match", "'match' statement", false, true},
    {"case", "'case' statement", false, true},
    {"def", "function definition", true, false},
    {"class", "class definition", false, false},
};

static bool token_is(const Lexer *lx, const char *text) {
    size_t n = strlen(text);
    return lx->cur - lx->start == n && memcmp(lx->src + lx->start, text, n) == 0;
}

static const Header *header_of(const Lexer *lx) {
    for (size_t i = 0; i < sizeof headers / sizeof *headers; i++) {
        if (token_is(lx, headers[i].keyword)) return &headers[i];
    }
    return NULL;
}

// Notes the header keywords at the start of a logical line and where its ':'s are.
static void track_header(Lexer *lx, Tok t) {
    LineState *ls = &lx->line;
    if (ls->ntok == 0 && t == TOK_NAME) {
        const Header *h = header_of(lx);
        ls->after_async = token_is(lx, "async");
        ls->after_except = token_is(lx, "except");
        ls->header = h ? h->name : NULL;
        ls->soft = h && h->soft;
        ls->header_line = lx->tok_line;
    } else if (ls->ntok == 1 && ls->after_async && t == TOK_NAME) {
        const Header *h = header_of(lx);
        if (h && h->async_ok) {
            ls->header = h->name;
            ls->header_line = lx->tok_line;
        }
    } else if (ls->ntok == 0 && lx->op == '@') {
        ls->decorator = true;
    } else if (ls->ntok == 1 && ls->after_except && lx->op == '*') {
        ls->header = "'except*' statement";
    }
    bool colon = t == TOK_OP && lx->op == ':' && lx->level == 0;
    ls->ends_first_colon = colon && !ls->seen_colon;
    ls->ends_colon = colon;
    ls->seen_colon |= colon;
    ls->ntok++;
}

static void end_logical_line(Lexer *lx) {
    LineState *ls = &lx->line;
    lx->expect_indent = ls->ends_colon;
    // A soft keyword starts a header only with a subject: "match:" is not one.
    bool header = ls->ends_first_colon && !(ls->soft && ls->ntok < 3);
    lx->block_header = header ? ls->header : NULL;
    lx->block_line = ls->header_line;
    lx->after_decorator = ls->decorator;
    lx->after_inline_try = ls->seen_colon && !ls->ends_colon && ls->header &&
                           strcmp(ls->header, "'try' statement") == 0;
    memset(ls, 0, sizeof *ls);
}

// A header's NEWLINE was followed by t, not by INDENT.
static void expected_block(Lexer *lx, Tok t) {
    Span span;
    size_t offset;
    if (t == TOK_DEDENT || t == TOK_ENDMARKER) {
        // CPython points at its cursor: after the indentation, or at the end of the last line.
        span = cursor_point(lx);
        offset = lx->cur < lx->len ? lx->cur : lx->len;
    } else {
        span = token_span(lx);
        offset = lx->start;
    }
    structural(lx, false, "IndentationError", span, offset,
               "expected an indented block after %s on line %u", lx->block_header, lx->block_line);
}

// A decimal int literal past the digit limit fails when the parser converts it.
static void check_int_digits(Lexer *lx) {
    if (!is_digit(lx->src[lx->start]) || lx->src[lx->start] == '0') return;
    size_t digits = 0;
    for (size_t p = lx->start; p < lx->cur; p++) {
        if (is_digit(lx->src[p])) {
            digits++;
        } else if (lx->src[p] != '_') {
            return;
        }
    }
    if (digits <= MAX_STR_DIGITS) return;
    structural(lx, false, "SyntaxError", point(lx->tok_line, 0), lx->start,
               "Exceeds the limit (%d digits) for integer string conversion: value has %zu "
               "digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
               "hexadecimal for huge integer literals to avoid decimal conversion limits.",
               MAX_STR_DIGITS, digits);
}

static void commit_bytes(Lexer *lx) {
    if (!lx->bytes_pending) return;
    lx->bytes_pending = false;
    structural(lx, false, "SyntaxError", lx->bytes_span, lx->bytes_offset,
               "bytes can only contain ASCII literal characters");
}

// The first token of a line, against what the logical line before it requires.
static void check_line_start(Lexer *lx, Tok t) {
    if (t == TOK_INDENT && lx->after_inline_try) {
        // CPython's rule for try finds neither 'except' nor 'finally' after its body.
        structural(lx, false, "SyntaxError", cursor_point(lx), lx->line_start,
                   "expected 'except' or 'finally' block");
    } else if (t == TOK_INDENT && !lx->expect_indent) {
        structural(lx, true, "IndentationError", cursor_point(lx), lx->line_start,
                   "unexpected indent");
    } else if (t != TOK_INDENT && lx->expect_indent && lx->block_header) {
        expected_block(lx, t);
    } else if (t == TOK_DEDENT && lx->after_decorator) {
        structural(lx, true, "IndentationError", cursor_point(lx),
                   lx->cur < lx->len ? lx->cur : lx->len, "unexpected unindent");
    }
    lx->expect_indent = lx->after_decorator = lx->after_inline_try = false;
}

static void note_token(Lexer *lx, Tok t) {
    if (t != TOK_STRING && t != TOK_FSTRING_START && t != TOK_FSTRING_MIDDLE &&
        t != TOK_FSTRING_END) {
        commit_bytes(lx);
    }
    check_line_start(lx, t);
    if (t == TOK_NEWLINE) end_logical_line(lx);
    if (t == TOK_NUMBER) check_int_digits(lx);
    if (t != TOK_NEWLINE && t != TOK_INDENT && t != TOK_DEDENT && t != TOK_ENDMARKER) {
        track_header(lx, t);
    }
}

// ---- Entry points -------------------------------------------------------------------------

static void lexer_init(Lexer *lx, const char *src, size_t len, Arena *arena, TokensResult *out) {
    memset(lx, 0, offsetof(Lexer, indstack));
    lx->src = src ? src : "";
    lx->len = src ? len : 0;
    lx->lineno = 1;
    lx->atbol = true;
    lx->arena = arena;
    lx->res = out;
    lx->indstack[0] = lx->altindstack[0] = 0;  // column 0: the bottom of the stack
}

bool tokens_scan(const char *src, size_t len, Arena *arena, TokensResult *out) {
    memset(out, 0, sizeof *out);
    Lexer lx;
    lexer_init(&lx, src, len, arena, out);
    size_t from = check_source(&lx);
    if (from == SIZE_MAX) return !lx.oom;
    int last = lx.len > from ? lx.src[lx.len - 1] : '\n';
    lx.end = lx.len + (last != '\n' && last != '\r');
    lx.cur = from;
    for (;;) {
        Tok t = next_token(&lx);
        if (t == TOK_ERROR) {
            // Inside an f-string CPython's parser still rejects the bytes literal before it.
            if (lx.nmodes > 0) commit_bytes(&lx);
            break;
        }
        note_token(&lx, t);
        if (t == TOK_ENDMARKER || lx.oom) break;
    }
    return !lx.oom;
}

const TokensFinding *tokens_pick(const TokensResult *res, size_t parser_offset,
                                 uint32_t parser_line) {
    const TokensFinding *lex = res->lexical.found ? &res->lexical : NULL;
    const TokensFinding *st = res->structural.found ? &res->structural : NULL;
    if (st && st->offset > parser_offset) st = NULL;
    if (!st && parser_offset == SIZE_MAX) return lex;
    // The parser fails first at st, or at the caller's error; unless the tokenizer does.
    size_t p_offset = st ? st->offset : parser_offset;
    uint32_t p_line = st ? st->span.line : parser_line;
    if (lex && !st &&
        (lex->offset < p_offset || (lex->offset == p_offset && lex->reach != TOKENS_IN_FSTRING))) {
        return lex;
    }
    // CPython then tokenizes the rest of the file, unless the error was an unexpected indent.
    if (st && res->structural_final) return st;
    if (lex && lex->reach == TOKENS_OVERRIDES) return lex;
    if (res->unclosed.found && res->unclosed.span.line < p_line) return &res->unclosed;
    return st;
}

bool tokens_check(const char *src, size_t len, DiagList *dl) {
    TokensResult res;
    if (!tokens_scan(src, len, dl->arena, &res)) return false;
    const TokensFinding *f = tokens_pick(&res, SIZE_MAX, 0);
    if (!f) return true;
    return diag_add(dl, DIAG_PHASE_PARSE, f->span, "syntax-error", f->exc, "%s", f->message);
}
