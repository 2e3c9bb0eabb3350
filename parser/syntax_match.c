// The compiler's rules on `match` patterns, as CPython 3.14 words them.
#include "parser/syntax_match.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

enum { MAX_BOUND = 64 };

typedef struct Bound {
    AstIdent names[MAX_BOUND];
    uint32_t count;
} Bound;

typedef struct MatchCheck {
    DiagList *dl;
    bool failed;  // report one error per case, as CPython stops at its first
    uint32_t depth;
} MatchCheck;

static void match_error(MatchCheck *mc, Span at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void match_error(MatchCheck *mc, Span at, const char *fmt, ...) {
    if (mc->failed) return;
    mc->failed = true;
    va_list ap;
    va_start(ap, fmt);
    (void)diag_addv(mc->dl, DIAG_PHASE_COMPILE, at, "syntax-error", "SyntaxError", fmt, ap);
    va_end(ap);
}

static void bind(MatchCheck *mc, Bound *b, AstIdent name, Span at) {
    for (uint32_t k = 0; k < b->count; k++) {
        if (b->names[k] == name) {
            match_error(mc, at, "multiple assignments to name '%s' in pattern", name);
            return;
        }
    }
    if (b->count < MAX_BOUND) b->names[b->count++] = name;
}

static bool irrefutable(const AstPattern *p) {
    if (!p) return false;
    if (p->kind == AST_PAT_AS) return !p->as.pattern || irrefutable(p->as.pattern);
    if (p->kind == AST_PAT_OR) {
        for (uint32_t k = 0; k < p->patterns.count; k++) {
            if (irrefutable(p->patterns.items[k])) return true;
        }
    }
    return false;
}

static void unreachable_error(MatchCheck *mc, const AstPattern *p) {
    const AstPattern *q = p;
    while (q->kind == AST_PAT_AS && q->as.pattern) q = q->as.pattern;
    if (q->kind == AST_PAT_AS && q->as.name) {
        match_error(mc, p->span, "name capture '%s' makes remaining patterns unreachable", q->as.name);
    } else {
        match_error(mc, p->span, "wildcard makes remaining patterns unreachable");
    }
}

// A constant key's repr, for "mapping pattern checks duplicate key (...)".
static bool key_repr(const AstExpr *e, char *buf, size_t n) {
    if (!e) return false;
    if (e->kind == AST_UNARYOP && e->unary.op == AST_UOP_NEG && e->unary.operand &&
        e->unary.operand->kind == AST_CONST && e->unary.operand->constant.kind == AST_CONST_INT) {
        snprintf(buf, n, "-%" PRId64, e->unary.operand->constant.i);
        return true;
    }
    if (e->kind != AST_CONST) return false;
    switch (e->constant.kind) {
    case AST_CONST_INT: snprintf(buf, n, "%" PRId64, e->constant.i); return true;
    case AST_CONST_NONE: snprintf(buf, n, "None"); return true;
    case AST_CONST_TRUE: snprintf(buf, n, "True"); return true;
    case AST_CONST_FALSE: snprintf(buf, n, "False"); return true;
    case AST_CONST_STR:
        if (memchr(e->constant.str, '\'', e->constant.len) || memchr(e->constant.str, '\\', e->constant.len)) {
            return false;
        }
        snprintf(buf, n, "'%.*s'", (int)e->constant.len, e->constant.str);
        return true;
    default: return false;
    }
}

// Keys compare as values: True is 1 and False is 0.
static const char *key_norm(const char *repr) {
    return strcmp(repr, "True") == 0 ? "1" : strcmp(repr, "False") == 0 ? "0" : repr;
}

static void check(MatchCheck *mc, const AstPattern *p, Bound *b);

static void check_list(MatchCheck *mc, AstPatternList l, Bound *b) {
    for (uint32_t k = 0; k < l.count; k++) check(mc, l.items[k], b);
}

static void check_or(MatchCheck *mc, const AstPattern *p, Bound *b) {
    Bound first = {.count = 0};
    for (uint32_t k = 0; k < p->patterns.count; k++) {
        const AstPattern *alt = p->patterns.items[k];
        if (k + 1 < p->patterns.count && irrefutable(alt)) {
            unreachable_error(mc, alt);
            return;
        }
        Bound mine = {.count = 0};
        check(mc, alt, &mine);
        if (k == 0) {
            first = mine;
            continue;
        }
        bool same = mine.count == first.count;
        for (uint32_t i = 0; same && i < mine.count; i++) {
            bool found = false;
            for (uint32_t j = 0; j < first.count; j++) found |= first.names[j] == mine.names[i];
            same = found;
        }
        if (!same) {
            match_error(mc, p->span, "alternative patterns bind different names");
            return;
        }
    }
    for (uint32_t k = 0; k < first.count; k++) bind(mc, b, first.names[k], p->span);
}

static void check(MatchCheck *mc, const AstPattern *p, Bound *b) {
    if (!p || mc->failed || mc->depth > 200) return;
    mc->depth++;
    switch ((AstPatternKind)p->kind) {
    case AST_PAT_AS:
        check(mc, p->as.pattern, b);
        if (p->as.name) bind(mc, b, p->as.name, p->span);
        break;
    case AST_PAT_STAR:  // reached only outside a sequence: `case *a:`, `case (*a):`
        match_error(mc, p->span, "invalid syntax");
        break;
    case AST_PAT_SEQUENCE: {
        uint32_t stars = 0;
        for (uint32_t k = 0; k < p->patterns.count; k++) {
            if (p->patterns.items[k] && p->patterns.items[k]->kind == AST_PAT_STAR) stars++;
        }
        if (stars > 1) {
            match_error(mc, p->span, "multiple starred names in sequence pattern");
            break;
        }
        for (uint32_t k = 0; k < p->patterns.count; k++) {
            const AstPattern *item = p->patterns.items[k];
            if (item && item->kind == AST_PAT_STAR) {
                if (item->star_name) bind(mc, b, item->star_name, item->span);
            } else {
                check(mc, item, b);
            }
        }
        break;
    }
    case AST_PAT_OR: check_or(mc, p, b); break;
    case AST_PAT_MAPPING:
        for (uint32_t k = 0; k < p->mapping.patterns.count; k++) {
            char a[128], c[128];
            if (!key_repr(p->mapping.keys[k], a, sizeof a)) continue;
            for (uint32_t j = 0; j < k; j++) {
                if (key_repr(p->mapping.keys[j], c, sizeof c) && strcmp(key_norm(a), key_norm(c)) == 0) {
                    match_error(mc, p->span, "mapping pattern checks duplicate key (%s)", a);
                }
            }
        }
        check_list(mc, p->mapping.patterns, b);
        if (p->mapping.rest) bind(mc, b, p->mapping.rest, p->span);
        break;
    case AST_PAT_CLASS:
        for (uint32_t k = 0; k < p->cls.kwd_patterns.count; k++) {
            for (uint32_t j = 0; j < k; j++) {
                if (p->cls.kwd_attrs[j] == p->cls.kwd_attrs[k]) {
                    match_error(mc, p->span, "attribute name repeated in class pattern: %s",
                                p->cls.kwd_attrs[k]);
                }
            }
        }
        check_list(mc, p->cls.patterns, b);
        check_list(mc, p->cls.kwd_patterns, b);
        break;
    case AST_PAT_VALUE: {
        // complex literals: real part first, imaginary part second
        const AstExpr *v = p->value;
        if (v && v->kind == AST_BINOP) {
            const AstExpr *l = v->binop.left, *r = v->binop.right;
            if (l && l->kind == AST_UNARYOP) l = l->unary.operand;
            if (l && l->kind == AST_CONST && l->constant.kind == AST_CONST_IMAG) {
                match_error(mc, v->binop.left->span, "real number required in complex literal");
            } else if (r && r->kind == AST_CONST && r->constant.kind != AST_CONST_IMAG) {
                match_error(mc, r->span, "imaginary number required in complex literal");
            }
        }
        break;
    }
    default: break;
    }
    mc->depth--;
}

void syntax_check_pattern(DiagList *dl, const AstPattern *p, bool not_last) {
    MatchCheck mc = {.dl = dl};
    Bound b = {.count = 0};
    check(&mc, p, &b);
    if (not_last && irrefutable(p)) unreachable_error(&mc, p);
}
