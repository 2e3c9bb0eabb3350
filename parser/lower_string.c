// Lowering of literals: numbers (kept as cleaned text beyond int64) and strings, bytes and
// f-strings with their escapes decoded.
#include <stdint.h>

#include "parser/lower.h"
#include "parser/unicode_names.h"

// Removes underscores; returns the cleaned copy's length.
static char *lo_clean_digits(Lower *lo, const char *s, size_t n, size_t *out_len) {
    char *buf = lo_alloc(lo, n + 1);
    if (!buf) return NULL;
    size_t k = 0;
    for (size_t j = 0; j < n; j++) {
        if (s[j] != '_') buf[k++] = s[j];
    }
    buf[k] = '\0';
    *out_len = k;
    return buf;
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

// integer | float: decimal, 0x/0o/0b integers, floats, and any of them with a j suffix
AstExpr *lower_number(Lower *lo, uint32_t i) {
    AstExpr *e = lo_expr(lo, AST_CONST, lo_span(lo, i));
    if (!e) return NULL;
    size_t n;
    char *t = lo_clean_digits(lo, lo_text(lo, i), lo_len(lo, i), &n);
    if (!t || n == 0) return NULL;
    if (t[n - 1] == 'j' || t[n - 1] == 'J') {
        t[--n] = '\0';
        e->constant.kind = AST_CONST_IMAG;
        e->constant.str = t;
        e->constant.len = n;
        return e;
    }
    int base = 10;
    const char *digits = t;
    if (n > 1 && t[0] == '0' && (t[1] | 0x20) == 'x') base = 16;
    else if (n > 1 && t[0] == '0' && (t[1] | 0x20) == 'o') base = 8;
    else if (n > 1 && t[0] == '0' && (t[1] | 0x20) == 'b') base = 2;
    if (base != 10) digits += 2;
    if (lo_node(lo, i)->kind == CST_FLOAT && base == 10) {
        e->constant.kind = AST_CONST_FLOAT;
        e->constant.str = t;
        e->constant.len = n;
        return e;
    }
    uint64_t v = 0;
    bool big = false;
    for (const char *p = digits; *p; p++) {
        int d = digit_value(*p);
        if (d >= base) {
            // the tokenizer pass reports malformed literals; keep the tree well-formed
            e->kind = AST_ERROR;
            return e;
        }
        if (__builtin_mul_overflow(v, (uint64_t)base, &v) ||
            __builtin_add_overflow(v, (uint64_t)d, &v)) {
            big = true;  // no division per digit: this runs for every literal
            break;
        }
    }
    if (!big && v <= INT64_MAX) {
        e->constant.kind = AST_CONST_INT;
        e->constant.i = (int64_t)v;
    } else {
        e->constant.kind = AST_CONST_BIGINT;
        e->constant.base = (uint8_t)base;
        // drop leading zeros so consumers see canonical digits
        while (digits[0] == '0' && digits[1]) digits++;
        e->constant.str = digits;
        e->constant.len = strlen(digits);
    }
    return e;
}

// A byte buffer built in the arena (strings are short; growth copies are bounded by 2x).
typedef struct StrBuf {
    char *data;
    size_t len, cap;
} StrBuf;

static bool sb_reserve(Lower *lo, StrBuf *b, size_t extra) {
    if (b->len + extra <= b->cap) return true;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + extra) cap *= 2;
    char *p = lo_alloc(lo, cap);
    if (!p) return false;
    if (b->len) memcpy(p, b->data, b->len);
    b->data = p;
    b->cap = cap;
    return true;
}

static void sb_put(Lower *lo, StrBuf *b, const char *s, size_t n) {
    if (n == 0 || !sb_reserve(lo, b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

// Appends code point cp as UTF-8 (lone surrogates as their 3-byte form, as CPython's str
// may hold them).
static void sb_put_utf8(Lower *lo, StrBuf *b, uint32_t cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    sb_put(lo, b, u, n);
}

typedef struct StrPrefix {
    bool raw, bytes, fmt, unicode, template;  // template: a t-string, also fmt
} StrPrefix;

static StrPrefix str_prefix(const char *s, size_t n) {
    StrPrefix p = {0};
    for (size_t j = 0; j < n && s[j] != '\'' && s[j] != '"'; j++) {
        switch (s[j] | 0x20) {
        case 'r': p.raw = true; break;
        case 'b': p.bytes = true; break;
        case 'f': p.fmt = true; break;
        case 't': p.fmt = p.template = true; break;
        case 'u': p.unicode = true; break;
        default: break;
        }
    }
    return p;
}

// A prefix is at most one each of r, b, u, f, t (any case), u alone, b/f/t not together.
static bool str_prefix_valid(const char *s, size_t n) {
    int seen[5] = {0};
    const char *letters = "rbuft";
    size_t j = 0;
    for (; j < n && s[j] != '\'' && s[j] != '"'; j++) {
        const char *at = strchr(letters, s[j] | 0x20);
        if (!at || !*at || seen[at - letters]++) return false;
    }
    if (j == n) return false;
    int kinds = seen[1] + seen[3] + seen[4];
    if (seen[2] && j > 1) return false;
    return kinds <= 1;
}

// How CPython's messages name the literal: "f-string" or "t-string".
static const char *str_kind(StrPrefix p) {
    return p.template ? "t-string" : "f-string";
}

// CPython's codec error for the escape s[from..to), to being exclusive.
static void escape_error(Lower *lo, Span at, const char *s, size_t n, size_t from, size_t to,
                         const char *why) {
    lo_error(lo, at, "SyntaxError",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
             unicode_escape_pos(s, n, from), unicode_escape_pos(s, n, to) - 1, why);
}

// \N{NAME} in a str literal, s[j] being the byte after the N; returns where decoding goes on,
// or 0 after an error.
static size_t decode_named_escape(Lower *lo, StrBuf *b, const char *s, size_t n, size_t j,
                                  Span at) {
    size_t backslash = j - 2;
    if (j >= n || s[j] != '{') {
        escape_error(lo, at, s, n, backslash, j < n ? j : n, "malformed \\N character escape");
        return 0;
    }
    const char *close = memchr(s + j + 1, '}', n - j - 1);
    if (!close) {
        escape_error(lo, at, s, n, backslash, n, "malformed \\N character escape");
        return 0;
    }
    size_t name = j + 1, end = (size_t)(close - s);
    if (end == name) {
        escape_error(lo, at, s, n, backslash, end, "malformed \\N character escape");
        return 0;
    }
    uint32_t code;
    if (!unicode_name_lookup(s + name, end - name, &code)) {
        escape_error(lo, at, s, n, backslash, end + 1, "unknown Unicode character name");
        return 0;
    }
    sb_put_utf8(lo, b, code);
    return end + 1;
}

// Decodes escapes of s[0..n) into b as CPython does for a (non-raw) str or bytes literal.
// `at` positions errors; unknown escapes keep their backslash (a SyntaxWarning in CPython).
static void decode_escapes(Lower *lo, StrBuf *b, const char *s, size_t n, StrPrefix p,
                           Span at) {
    size_t j = 0;
    while (j < n) {
        const char *bs = memchr(s + j, '\\', n - j);
        size_t run = bs ? (size_t)(bs - (s + j)) : n - j;
        if (p.bytes) {
            for (size_t k = j; k < j + run; k++) {
                if ((unsigned char)s[k] >= 0x80) {
                    lo_error(lo, at, "SyntaxError",
                             "bytes can only contain ASCII literal characters");
                    return;
                }
            }
        }
        sb_put(lo, b, s + j, run);
        j += run;
        if (j >= n) break;
        j++;  // the backslash
        if (j >= n) {
            sb_put(lo, b, "\\", 1);
            break;
        }
        char c = s[j++];
        switch (c) {
        case '\n': break;
        case '\r':
            if (j < n && s[j] == '\n') j++;
            break;
        case '\\': sb_put(lo, b, "\\", 1); break;
        case '\'': sb_put(lo, b, "'", 1); break;
        case '"': sb_put(lo, b, "\"", 1); break;
        case 'a': sb_put(lo, b, "\a", 1); break;
        case 'b': sb_put(lo, b, "\b", 1); break;
        case 'f': sb_put(lo, b, "\f", 1); break;
        case 'n': sb_put(lo, b, "\n", 1); break;
        case 'r': sb_put(lo, b, "\r", 1); break;
        case 't': sb_put(lo, b, "\t", 1); break;
        case 'v': sb_put(lo, b, "\v", 1); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(c - '0');
            for (int k = 0; k < 2 && j < n && s[j] >= '0' && s[j] <= '7'; k++) {
                v = v * 8 + (uint32_t)(s[j++] - '0');
            }
            if (p.bytes) {
                char byte = (char)(v & 0xFF);
                sb_put(lo, b, &byte, 1);
            } else {
                sb_put_utf8(lo, b, v);
            }
            break;
        }
        case 'x': case 'u': case 'U': {
            if (p.bytes && c != 'x') {
                sb_put(lo, b, s + j - 2, 2);
                break;
            }
            int want = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            uint32_t v = 0;
            int got = 0;
            while (got < want && j < n && digit_value(s[j]) < 16) {
                v = v * 16 + (uint32_t)digit_value(s[j++]);
                got++;
            }
            if (got < want) {
                if (p.bytes) {
                    lo_error(lo, at, "SyntaxError", "(value error) invalid \\x escape at position %zu",
                             j - 2 - (size_t)got);
                } else {
                    escape_error(lo, at, s, n, j - 2 - (size_t)got, j,
                                 c == 'x'   ? "truncated \\xXX escape"
                                 : c == 'u' ? "truncated \\uXXXX escape"
                                            : "truncated \\UXXXXXXXX escape");
                }
                return;
            }
            if (v > 0x10FFFF) {
                escape_error(lo, at, s, n, j - 10, j, "illegal Unicode character");
                return;
            }
            if (p.bytes) {
                char byte = (char)v;
                sb_put(lo, b, &byte, 1);
            } else {
                sb_put_utf8(lo, b, v);
            }
            break;
        }
        case 'N':  // not an escape in bytes
            if (!p.bytes) {
                j = decode_named_escape(lo, b, s, n, j, at);
                if (!j) return;
                break;
            }
            sb_put(lo, b, s + j - 2, 2);
            break;
        default:
            sb_put(lo, b, s + j - 2, 1);
            j--;
            break;
        }
    }
}

// The point `len` bytes of text past point `at`.
static Span advance_point(Span at, const char *text, size_t len) {
    for (size_t k = 0; k < len; k++) {
        if (text[k] == '\n') {
            at.line++;
            at.col = 0;
        } else {
            at.col++;
        }
    }
    at.end_line = at.line;
    at.end_col = at.col;
    return at;
}

// The first "{{" or "}}" of f-string text s[j..n), or n; the braces of \N{...} are the name's.
static size_t doubled_brace(const char *s, size_t n, size_t j, bool raw) {
    for (size_t k = j; k + 1 < n; k++) {
        if (s[k] == '\\' && !raw && s[k + 1] == 'N' && k + 2 < n && s[k + 2] == '{') {
            const char *close = memchr(s + k, '}', n - k);
            if (!close) return n;
            k = (size_t)(close - s);
        } else if (s[k] == '\\') {
            k++;
        } else if ((s[k] == '{' || s[k] == '}') && s[k + 1] == s[k]) {
            return k;
        }
    }
    return n;
}

// Appends a literal piece of a string body: raw text, or decoded escapes; in f-strings
// `{{` and `}}` become single braces.
static void lower_literal_piece(Lower *lo, StrBuf *b, const char *s, size_t n, StrPrefix p,
                                Span at) {
    if (!p.fmt) {
        if (p.raw) {
            if (p.bytes) {
                for (size_t k = 0; k < n; k++) {
                    if ((unsigned char)s[k] >= 0x80) {
                        lo_error(lo, at, "SyntaxError",
                                 "bytes can only contain ASCII literal characters");
                        return;
                    }
                }
            }
            sb_put(lo, b, s, n);
        } else {
            decode_escapes(lo, b, s, n, p, at);
        }
        return;
    }
    // f-string literal text, which `at` points at the start of: split at doubled braces. CPython
    // reports a bad escape at the end of the whole run of literal text.
    Span text_end = advance_point(at, s, n);
    size_t j = 0;
    while (j < n) {
        size_t k = doubled_brace(s, n, j, p.raw);
        StrPrefix plain = p;
        plain.fmt = false;
        lower_literal_piece(lo, b, s + j, k - j, plain, text_end);
        if (k < n) {
            sb_put(lo, b, s + k, 1);
            k += 2;
        }
        j = k;
    }
}

typedef struct FParts {
    AstExpr **items;
    uint32_t count, cap;
    StrBuf text;      // pending literal text
    Span text_span;
} FParts;

static void fparts_push(Lower *lo, FParts *f, AstExpr *e) {
    if (f->count == f->cap) {
        uint32_t cap = f->cap ? f->cap * 2 : 8;
        AstExpr **items = lo_alloc(lo, cap * sizeof *items);
        if (!items) return;
        if (f->count) memcpy(items, f->items, f->count * sizeof *items);
        f->items = items;
        f->cap = cap;
    }
    f->items[f->count++] = e;
}

static void fparts_flush(Lower *lo, FParts *f) {
    if (f->text.len == 0) return;
    AstExpr *c = lo_expr(lo, AST_CONST, f->text_span);
    if (!c) return;
    c->constant.kind = AST_CONST_STR;
    c->constant.str = f->text.data;
    c->constant.len = f->text.len;
    fparts_push(lo, f, c);
    f->text = (StrBuf){0};
}

static AstExpr *lower_interpolation(Lower *lo, uint32_t i, StrPrefix p, FParts *f);

// format_specifier: ':' (text | format_expression)* — a JoinedStr of its pieces
static AstExpr *lower_format_spec(Lower *lo, uint32_t i, StrPrefix p) {
    FParts f = {0};
    CstNode *n = lo_node(lo, i);
    uint32_t pos = n->start;
    if (pos < n->end && lo->src[pos] == ':') pos++;
    f.text_span = cst_span(n);
    for (uint32_t c = n->child; c; c = lo_node(lo, c)->next) {
        CstNode *cn = lo_node(lo, c);
        if (cn->kind != CST_FORMAT_EXPRESSION) continue;
        if (cn->start > pos) lower_literal_piece(lo, &f.text, lo->src + pos, cn->start - pos, p,
                                                 cst_span(n));
        fparts_flush(lo, &f);
        AstExpr *x = lower_interpolation(lo, c, p, &f);
        if (x) fparts_push(lo, &f, x);
        pos = cn->end;
    }
    if (n->end > pos) lower_literal_piece(lo, &f.text, lo->src + pos, n->end - pos, p, cst_span(n));
    fparts_flush(lo, &f);
    AstExpr *e = lo_expr(lo, AST_FSTRING, cst_span(n));
    if (!e) return NULL;
    e->elts = (AstExprList){f.items, f.count};
    return e;
}

// f"{a:=^10}": the grammar reads `a := ^10` as a broken walrus, but an unparenthesized `:`
// in a replacement field starts the format spec ("=^10"). True when e is so completed.
static bool lower_walrus_spec(Lower *lo, uint32_t i, uint32_t expr, StrPrefix p, AstExpr *e) {
    CstNode *x = lo_node(lo, expr);
    if (x->kind != CST_NAMED_EXPRESSION) return false;
    uint32_t name = lo_field(lo, expr, CST_F_NAME);
    uint32_t op = name ? lo_node(lo, name)->next : 0;
    if (!op || !lo_tok(lo, op, ":=")) return false;
    uint32_t close = 0;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_tok(lo, c, "}")) close = c;
    }
    if (!close) return false;
    uint32_t from = lo_node(lo, op)->start + 1, to = lo_node(lo, close)->start;
    // a nested replacement field in the spec was parsed as a display: not handled here
    if (memchr(lo->src + from, '{', to - from) || memchr(lo->src + from, '}', to - from)) {
        return false;
    }
    // the spec's text may also have left ERROR nodes between the walrus and the '}' ("12.1f")
    for (uint32_t c = expr; c && c != close; c = lo_node(lo, c)->next) cst_mark_repaired(lo->cst, c);
    e->formatted.value = lower_expr(lo, name);
    FParts f = {0};
    Span sp = {lo_node(lo, op)->line, lo_node(lo, op)->col + 1, lo_node(lo, close)->line,
               lo_node(lo, close)->col};
    f.text_span = sp;
    lower_literal_piece(lo, &f.text, lo->src + from, to - from, p, sp);
    fparts_flush(lo, &f);
    AstExpr *spec = lo_expr(lo, AST_FSTRING, sp);
    if (spec) spec->elts = (AstExprList){f.items, f.count};
    e->formatted.format_spec = spec;
    return true;
}

// interpolation / format_expression: '{' expression ['='] ['!' conversion] [format_spec] '}'
static AstExpr *lower_interpolation(Lower *lo, uint32_t i, StrPrefix p, FParts *f) {
    AstExpr *e = lo_expr(lo, AST_FORMATTED, lo_span(lo, i));
    if (!e) return NULL;
    uint32_t expr = lo_field(lo, i, CST_F_EXPRESSION);
    uint32_t conv = lo_field(lo, i, CST_F_TYPE_CONVERSION);
    uint32_t spec = lo_field(lo, i, CST_F_FORMAT_SPECIFIER);
    if (!expr) {
        lo_error(lo, lo_span(lo, i), "SyntaxError", "%s: valid expression required before '}'",
                 str_kind(p));
        return NULL;
    }
    e->formatted.conversion = -1;
    if (lower_walrus_spec(lo, i, expr, p, e)) return e;
    e->formatted.value = lower_expr(lo, expr);
    if (e->formatted.value && e->formatted.value->kind == AST_LAMBDA &&
        !e->formatted.value->parens) {
        lo_error(lo, e->formatted.value->span, "SyntaxError",
                 "%s: lambda expressions are not allowed without parentheses", str_kind(p));
    }
    if (conv) {
        const char *t = lo_text(lo, conv);
        char k = lo_len(lo, conv) == 2 ? t[1] : 0;
        if (k == 's' || k == 'r' || k == 'a') {
            e->formatted.conversion = k;
        } else if (lo_len(lo, conv) < 2) {
            lo_error(lo, lo_span(lo, conv), "SyntaxError", "%s: missing conversion character",
                     str_kind(p));
        } else {
            lo_error(lo, lo_span(lo, conv), "SyntaxError",
                     "%s: invalid conversion character '%.*s': expected 's', 'r', or 'a'",
                     str_kind(p), (int)(lo_len(lo, conv) - 1), t + 1);
        }
    }
    if (lo_has_tok(lo, i, "=")) {
        // f"{x = }" prints the expression's text, the '=' and its spacing, then the value
        uint32_t start = lo_node(lo, i)->start + 1;
        uint32_t end = conv ? lo_node(lo, conv)->start : spec ? lo_node(lo, spec)->start
                                                              : lo_node(lo, i)->end - 1;
        if (end > start) {
            if (f->text.len == 0) f->text_span = lo_span(lo, i);
            sb_put(lo, &f->text, lo->src + start, end - start);
            fparts_flush(lo, f);
        }
        if (!conv && !spec) e->formatted.conversion = 'r';
    }
    if (spec) e->formatted.format_spec = lower_format_spec(lo, spec, p);
    return e;
}

// One `string` node's pieces into f (a plain string adds only text).
static bool lower_string_piece(Lower *lo, uint32_t i, FParts *f, StrPrefix *prefix) {
    CstNode *n = lo_node(lo, i);
    uint32_t start_tok = lo_named_from(lo, n->child);
    if (!start_tok || lo_node(lo, start_tok)->kind != CST_STRING_START) return false;
    CstNode *st = lo_node(lo, start_tok);
    StrPrefix p = str_prefix(lo->src + st->start, st->end - st->start);
    if (!str_prefix_valid(lo->src + st->start, st->end - st->start)) {
        // `rr"x"` and Python 2's `x` backticks: no string CPython's tokenizer knows
        lo_error(lo, cst_span(st), "SyntaxError", "invalid syntax");
        return false;
    }
    *prefix = p;
    uint32_t pos = st->end;
    uint32_t body_end = n->end;
    for (uint32_t c = n->child; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->kind == CST_STRING_END) body_end = lo_node(lo, c)->start;
    }
    if (f->text.len == 0) f->text_span = cst_span(n);
    // where the literal text at `pos` starts, for f-strings' errors (see lower_literal_piece)
    Span here = advance_point(cst_span(n), lo->src + n->start, pos - n->start);
    uint32_t here_at = pos;
    for (uint32_t c = st->next; c; c = lo_node(lo, c)->next) {
        CstNode *cn = lo_node(lo, c);
        if (cn->kind != CST_INTERPOLATION) continue;
        if (!p.fmt) return false;
        if (cn->start > pos) {
            here = advance_point(here, lo->src + here_at, pos - here_at);
            here_at = pos;
            lower_literal_piece(lo, &f->text, lo->src + pos, cn->start - pos, p, here);
        }
        fparts_flush(lo, f);
        AstExpr *x = lower_interpolation(lo, c, p, f);
        if (x) fparts_push(lo, f, x);
        pos = cn->end;
        f->text_span = cst_span(n);
    }
    if (body_end > pos) {
        here = advance_point(here, lo->src + here_at, pos - here_at);
        lower_literal_piece(lo, &f->text, lo->src + pos, body_end - pos, p,
                            p.fmt ? here : cst_span(n));
    }
    return true;
}

// string | concatenated_string: adjacent literals join; any f-string makes a JoinedStr
AstExpr *lower_string(Lower *lo, uint32_t i) {
    FParts f = {0};
    bool any_fmt = false, any_bytes = false, any_str = false, unicode_first = false;
    bool any_template = false, any_other = false;
    bool first = true;
    uint32_t pieces_first = lo_node(lo, i)->kind == CST_STRING ? i : lo_node(lo, i)->child;
    for (uint32_t c = pieces_first; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->kind != CST_STRING) continue;
        StrPrefix p;
        if (!lower_string_piece(lo, c, &f, &p)) return lo_expr(lo, AST_ERROR, lo_span(lo, i));
        if (first) unicode_first = p.unicode;
        first = false;
        any_fmt |= p.fmt;
        any_bytes |= p.bytes;
        any_str |= !p.bytes;
        any_template |= p.template;
        any_other |= !p.template;
        if (c == i) break;
    }
    if (any_template && any_other) {
        lo_error(lo, lo_span(lo, i), "SyntaxError",
                 "cannot mix t-string literals with string or bytes literals");
        return lo_expr(lo, AST_ERROR, lo_span(lo, i));
    }
    if (any_bytes && any_str) {
        // CPython marks the token after the literals
        Span at = lo_span(lo, i);
        at = (Span){at.end_line, at.end_col, at.end_line, at.end_col + 1};
        lo_error(lo, at, "SyntaxError", "cannot mix bytes and nonbytes literals");
    }
    if (!any_fmt) {
        AstExpr *e = lo_expr(lo, AST_CONST, lo_span(lo, i));
        if (!e) return NULL;
        e->constant.kind = any_bytes ? AST_CONST_BYTES : AST_CONST_STR;
        e->constant.str = f.text.data ? f.text.data : "";
        e->constant.len = f.text.len;
        e->constant.is_unicode_prefix = unicode_first;
        return e;
    }
    fparts_flush(lo, &f);
    AstExpr *e = lo_expr(lo, AST_FSTRING, lo_span(lo, i));
    if (!e) return NULL;
    e->elts = (AstExprList){f.items, f.count};
    return e;
}
