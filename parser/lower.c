// Lowering infrastructure: CST navigation, node allocation, identifier interning, errors.
#include <stdio.h>
#include <utf8proc.h>

#include "parser/lower.h"

uint32_t lo_field(const Lower *lo, uint32_t i, CstField f) {
    if (!i) return 0;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->field == f) return c;
    }
    return 0;
}

uint32_t lo_named_from(const Lower *lo, uint32_t c) {
    while (c && !lo_is_named(lo, c)) c = lo_node(lo, c)->next;
    return c;
}

uint32_t lo_named_count(const Lower *lo, uint32_t i) {
    uint32_t n = 0;
    if (!i) return 0;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_is_named(lo, c)) n++;
    }
    return n;
}

bool lo_is_keyword(const Lower *lo, uint32_t i) {
    static const char *const keywords[] = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
        "return", "try", "while", "with", "yield",
    };
    if (lo_node(lo, i)->kind != CST_IDENTIFIER) return false;
    uint32_t n = lo_len(lo, i);
    for (size_t k = 0; k < sizeof keywords / sizeof *keywords; k++) {
        if (strlen(keywords[k]) == n && memcmp(keywords[k], lo_text(lo, i), n) == 0) return true;
    }
    return false;
}

void lo_check_commas(Lower *lo, uint32_t i) {
    bool after_item = false;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_tok(lo, c, ",")) {
            if (!after_item) {
                lo_error(lo, lo_span(lo, c), "SyntaxError", "invalid syntax");
                return;
            }
            after_item = false;
        } else {
            after_item = lo_is_named(lo, c);
        }
    }
}

void lo_no_walrus(Lower *lo, const AstExpr *e) {
    if (e && e->kind == AST_NAMEDEXPR && !e->parens) {
        lo_error(lo, e->span, "SyntaxError", "invalid syntax");
    }
}

bool lo_has_tok(const Lower *lo, uint32_t i, const char *tok) {
    if (!i) return false;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_tok(lo, c, tok)) return true;
    }
    return false;
}

void *lo_alloc(Lower *lo, size_t size) {
    void *p = arena_alloc(lo->arena, size ? size : 1);
    if (!p) lo->oom = true;
    return p;
}

AstExpr *lo_expr(Lower *lo, AstExprKind kind, Span span) {
    AstExpr *e = lo_alloc(lo, sizeof *e);
    if (!e) return NULL;
    memset(e, 0, sizeof *e);
    e->kind = (uint8_t)kind;
    e->span = span;
    lo->holes |= kind == AST_ERROR;
    return e;
}

AstStmt *lo_stmt(Lower *lo, AstStmtKind kind, Span span) {
    AstStmt *s = lo_alloc(lo, sizeof *s);
    if (!s) return NULL;
    memset(s, 0, sizeof *s);
    s->kind = (uint8_t)kind;
    s->span = span;
    return s;
}

static uint32_t name_hash(const char *s, size_t n) {
    uint32_t h = 2166136261u;  // FNV-1a
    for (size_t k = 0; k < n; k++) h = (h ^ (uint8_t)s[k]) * 16777619u;
    return h;
}

static bool names_grow(Lower *lo) {
    LowerNames *t = &lo->names;
    uint32_t cap = t->cap ? t->cap * 2 : 256;
    AstIdent *slots = arena_calloc(lo->arena, cap, sizeof *slots);
    if (!slots) return false;
    for (uint32_t k = 0; k < t->cap; k++) {
        AstIdent s = t->slots[k];
        if (!s) continue;
        uint32_t h = name_hash(s, strlen(s)) & (cap - 1);
        while (slots[h]) h = (h + 1) & (cap - 1);
        slots[h] = s;
    }
    t->slots = slots;
    t->cap = cap;
    return true;
}

AstIdent lo_intern(Lower *lo, const char *s, size_t n) {
    LowerNames *t = &lo->names;
    if (t->count * 2 >= t->cap && !names_grow(lo)) {
        lo->oom = true;
        return "";
    }
    uint32_t h = name_hash(s, n) & (t->cap - 1);
    while (t->slots[h]) {
        AstIdent x = t->slots[h];
        if (strncmp(x, s, n) == 0 && x[n] == '\0') return x;
        h = (h + 1) & (t->cap - 1);
    }
    char *copy = arena_strndup(lo->arena, s, n);
    if (!copy) {
        lo->oom = true;
        return "";
    }
    t->slots[h] = copy;
    t->count++;
    return copy;
}

AstIdent lo_ident(Lower *lo, uint32_t i) {
    const char *s = lo_text(lo, i);
    uint32_t n = lo_len(lo, i);
    // error recovery turns a misplaced keyword (`def if():`, `x = pass`) into an identifier
    if (lo_is_keyword(lo, i)) lo_error(lo, lo_span(lo, i), "SyntaxError", "invalid syntax");
    bool ascii = true;
    for (uint32_t k = 0; k < n; k++) ascii &= (unsigned char)s[k] < 0x80;
    if (ascii) return lo_intern(lo, s, n);
    // PEP 3131: identifiers are compared after NFKC normalization (done in arena storage)
    utf8proc_option_t opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
    utf8proc_ssize_t need = utf8proc_decompose((const utf8proc_uint8_t *)s, n, NULL, 0, opts);
    if (need <= 0) return lo_intern(lo, s, n);
    utf8proc_int32_t *buf = lo_alloc(lo, ((size_t)need + 1) * sizeof *buf);
    if (!buf) return "";
    need = utf8proc_decompose((const utf8proc_uint8_t *)s, n, buf, need, opts);
    utf8proc_ssize_t len = need > 0 ? utf8proc_reencode(buf, need, opts) : -1;
    if (len < 0) return lo_intern(lo, s, n);
    return lo_intern(lo, (const char *)buf, (size_t)len);
}

void lo_error(Lower *lo, Span span, const char *exc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (!diag_addv(lo->dl, DIAG_PHASE_PARSE, span, "syntax-error", exc, fmt, ap)) lo->oom = true;
    va_end(ap);
}

bool lo_enter(Lower *lo, uint32_t i) {
    // guard: lowering recursion is bounded whatever the input's nesting
    if (lo->depth >= LOWER_MAX_DEPTH) {
        if (!lo->too_deep) {
            lo->too_deep = true;
            lo_error(lo, lo_span(lo, i), "SyntaxError", "too many nested parentheses");
        }
        return false;
    }
    lo->depth++;
    return true;
}
