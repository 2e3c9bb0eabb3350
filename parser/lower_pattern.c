// Lowering of `match` patterns (case_clause and the *_pattern nodes) into AstPattern.
#include "parser/lower.h"

static AstPattern *lower_pat(Lower *lo, uint32_t i);

static AstPattern *pat_new(Lower *lo, AstPatternKind kind, Span span) {
    AstPattern *p = lo_alloc(lo, sizeof *p);
    if (!p) return NULL;
    memset(p, 0, sizeof *p);
    p->kind = (uint8_t)kind;
    p->span = span;
    return p;
}

// A value pattern whose '-' is a separate token before it (an alternative of `1 | -2`).
static void pat_negate(Lower *lo, AstPattern *p, uint32_t minus) {
    if (!p || p->kind != AST_PAT_VALUE || !p->value) return;
    Span at = lo_span(lo, minus);
    AstExpr *neg = lo_expr(lo, AST_UNARYOP, p->value->span);
    if (!neg) return;
    neg->span.line = p->span.line = at.line;
    neg->span.col = p->span.col = at.col;
    neg->unary.op = AST_UOP_NEG;
    neg->unary.operand = p->value;
    p->value = neg;
}

// Named children from `first` on, lowered as patterns; keyword patterns are left out. A bare
// `_` token (an alternative of `_ | 1`) is the wildcard, a bare '-' the sign of what follows.
static AstPatternList pat_children(Lower *lo, uint32_t first) {
    AstPatternList out = {NULL, 0};
    uint32_t n = 0;
    for (uint32_t c = first; c; c = lo_node(lo, c)->next) n += lo_is_named(lo, c) || lo_tok(lo, c, "_");
    if (!n) return out;
    out.items = lo_alloc(lo, n * sizeof(AstPattern *));
    if (!out.items) return out;
    uint32_t minus = 0;
    for (uint32_t c = first; c; c = lo_node(lo, c)->next) {
        if (!lo_is_named(lo, c)) {
            if (lo_tok(lo, c, "_")) out.items[out.count++] = pat_new(lo, AST_PAT_AS, lo_span(lo, c));
            if (lo_tok(lo, c, "-")) minus = c;
            continue;
        }
        uint32_t inner = lo_node(lo, c)->kind == CST_CASE_PATTERN
                             ? lo_named_from(lo, lo_node(lo, c)->child) : c;
        if (inner && lo_node(lo, inner)->kind == CST_KEYWORD_PATTERN) continue;
        AstPattern *p = lower_pat(lo, c);
        if (minus) pat_negate(lo, p, minus);
        minus = 0;
        out.items[out.count++] = p;
    }
    return out;
}

// A literal or value pattern: numbers (with an optional sign), strings, dotted names.
static AstPattern *pat_value(Lower *lo, uint32_t i, uint32_t sign_holder) {
    AstPattern *p = pat_new(lo, AST_PAT_VALUE, lo_span(lo, sign_holder));
    if (!p) return NULL;
    AstExpr *v = lower_expr(lo, i);
    if (v && lo_has_tok(lo, sign_holder, "-") && sign_holder != i) {
        AstExpr *neg = lo_expr(lo, AST_UNARYOP, lo_span(lo, sign_holder));
        if (!neg) return NULL;
        neg->unary.op = AST_UOP_NEG;
        neg->unary.operand = v;
        v = neg;
    }
    if (v && v->kind == AST_FSTRING) {
        lo_error(lo, v->span, "SyntaxError", "patterns may only match literals and attribute lookups");
    }
    p->value = v;
    return p;
}

static AstExpr *dotted_to_expr(Lower *lo, uint32_t i) {
    AstExpr *e = NULL;
    for (uint32_t c = lo_named_from(lo, lo_node(lo, i)->child); c;
         c = lo_named_from(lo, lo_node(lo, c)->next)) {
        if (!e) {
            e = lo_expr(lo, AST_NAME, lo_span(lo, c));
            if (!e) return NULL;
            e->name = lo_ident(lo, c);
            continue;
        }
        AstExpr *a = lo_expr(lo, AST_ATTRIBUTE,
                             (Span){e->span.line, e->span.col, lo_node(lo, c)->end_line,
                                    lo_node(lo, c)->end_col});
        if (!a) return NULL;
        a->attribute.value = e;
        a->attribute.attr = lo_ident(lo, c);
        a->attribute.attr_span = lo_span(lo, c);
        e = a;
    }
    return e;
}

// complex_pattern: ['-'] number ('+' | '-') imaginary
static AstPattern *pat_complex(Lower *lo, uint32_t i) {
    AstPattern *p = pat_new(lo, AST_PAT_VALUE, lo_span(lo, i));
    if (!p) return NULL;
    AstExpr *left = NULL, *right = NULL;
    bool neg_first = false, minus = false;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_is_named(lo, c)) {
            if (!left) left = lower_expr(lo, c);
            else right = lower_expr(lo, c);
        } else if (lo_tok(lo, c, "-")) {
            if (!left) neg_first = true;
            else minus = true;
        }
    }
    if (!left || !right) return p;
    if (neg_first) {
        AstExpr *n = lo_expr(lo, AST_UNARYOP, left->span);
        if (!n) return NULL;
        n->span.col = lo_node(lo, i)->col;
        n->unary.op = AST_UOP_NEG;
        n->unary.operand = left;
        left = n;
    }
    AstExpr *b = lo_expr(lo, AST_BINOP, lo_span(lo, i));
    if (!b) return NULL;
    b->binop.op = minus ? AST_OP_SUB : AST_OP_ADD;
    b->binop.left = left;
    b->binop.right = right;
    p->value = b;
    return p;
}

static AstPattern *pat_mapping(Lower *lo, uint32_t i) {
    AstPattern *p = pat_new(lo, AST_PAT_MAPPING, lo_span(lo, i));
    if (!p) return NULL;
    uint32_t n = lo_named_count(lo, i);
    p->mapping.keys = lo_alloc(lo, (n ? n : 1) * sizeof(AstExpr *));
    p->mapping.patterns.items = lo_alloc(lo, (n ? n : 1) * sizeof(AstPattern *));
    if (!p->mapping.keys || !p->mapping.patterns.items) return NULL;
    bool negate = false, rest = false;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        CstNode *cn = lo_node(lo, c);
        if (rest && (cn->field == CST_F_KEY || cn->kind == CST_SPLAT_PATTERN)) {
            lo_error(lo, cst_span(cn), "SyntaxError", "invalid syntax");  // **rest must come last
            rest = false;
        }
        if (cn->field == CST_F_KEY && lo_tok(lo, c, "-")) {
            negate = true;  // {-2: _}: the sign is a separate key token
        } else if (cn->field == CST_F_KEY) {
            uint32_t k = p->mapping.patterns.count;
            AstPattern *kp = lower_pat(lo, c);
            if (kp && negate && kp->kind == AST_PAT_VALUE && kp->value) {
                AstExpr *neg = lo_expr(lo, AST_UNARYOP, kp->value->span);
                if (!neg) return NULL;
                neg->span.col--;
                neg->unary.op = AST_UOP_NEG;
                neg->unary.operand = kp->value;
                kp->value = neg;
            }
            negate = false;
            p->mapping.keys[k] = kp && kp->kind == AST_PAT_VALUE ? kp->value : NULL;
            if (kp && kp->kind == AST_PAT_SINGLETON) p->mapping.keys[k] = kp->value;
            if (!p->mapping.keys[k]) {
                lo_error(lo, cst_span(cn), "SyntaxError", "invalid syntax");
            }
        } else if (cn->field == CST_F_VALUE) {
            p->mapping.patterns.items[p->mapping.patterns.count++] = lower_pat(lo, c);
        } else if (cn->kind == CST_SPLAT_PATTERN) {
            uint32_t name = lo_named_from(lo, cn->child);
            p->mapping.rest = name ? lo_ident(lo, name) : NULL;
            if (!name || strcmp(p->mapping.rest, "_") == 0) {
                lo_error(lo, cst_span(cn), "SyntaxError", "invalid syntax");  // {**_}
            }
            rest = true;
        }
    }
    return p;
}

// The `_` of a keyword pattern `x=_`, a bare token; NULL if there is none.
static AstPattern *keyword_wildcard(Lower *lo, uint32_t kw) {
    for (uint32_t c = lo_node(lo, kw)->child; c; c = lo_node(lo, c)->next) {
        if (lo_tok(lo, c, "_")) return pat_new(lo, AST_PAT_AS, lo_span(lo, c));
    }
    return NULL;
}

static AstPattern *pat_class(Lower *lo, uint32_t i) {
    AstPattern *p = pat_new(lo, AST_PAT_CLASS, lo_span(lo, i));
    if (!p) return NULL;
    uint32_t name = lo_named_from(lo, lo_node(lo, i)->child);
    p->cls.cls = name ? dotted_to_expr(lo, name) : NULL;
    p->cls.patterns = pat_children(lo, name ? lo_node(lo, name)->next : 0);
    uint32_t nk = lo_named_count(lo, i);
    p->cls.kwd_attrs = lo_alloc(lo, (nk ? nk : 1) * sizeof(AstIdent));
    p->cls.kwd_patterns.items = lo_alloc(lo, (nk ? nk : 1) * sizeof(AstPattern *));
    if (!p->cls.kwd_attrs || !p->cls.kwd_patterns.items) return NULL;
    bool kw_seen = false;
    for (uint32_t c = name ? lo_named_from(lo, lo_node(lo, name)->next) : 0; c;
         c = lo_named_from(lo, lo_node(lo, c)->next)) {
        uint32_t inner = lo_node(lo, c)->kind == CST_CASE_PATTERN
                             ? lo_named_from(lo, lo_node(lo, c)->child) : c;
        if (inner && lo_node(lo, inner)->kind == CST_KEYWORD_PATTERN) {
            uint32_t kname = lo_named_from(lo, lo_node(lo, inner)->child);
            uint32_t kval = kname ? lo_named_from(lo, lo_node(lo, kname)->next) : 0;
            uint32_t k = p->cls.kwd_patterns.count++;
            p->cls.kwd_attrs[k] = kname ? lo_ident(lo, kname) : NULL;
            p->cls.kwd_patterns.items[k] = kval ? lower_pat(lo, kval) : keyword_wildcard(lo, inner);
            kw_seen = true;
        } else if (kw_seen) {
            lo_error(lo, lo_span(lo, c), "SyntaxError",
                     "positional patterns follow keyword patterns");
        }
    }
    return p;
}

static AstPattern *lower_pat(Lower *lo, uint32_t i) {
    if (!i) return NULL;
    if (!lo_enter(lo, i)) return pat_new(lo, AST_PAT_ERROR, lo_span(lo, i));
    AstPattern *p = NULL;
    CstNode *n = lo_node(lo, i);
    uint32_t inner = n->kind == CST_CASE_PATTERN ? lo_named_from(lo, n->child) : i;
    if (!inner) {
        // case_pattern with no named child: the wildcard `_`
        p = pat_new(lo, AST_PAT_AS, lo_span(lo, i));
        goto done;
    }
    switch ((CstKind)lo_node(lo, inner)->kind) {
    case CST_INTEGER:
    case CST_FLOAT:
    case CST_STRING:
    case CST_CONCATENATED_STRING:
        p = pat_value(lo, inner, i);
        break;
    case CST_NONE:
    case CST_TRUE:
    case CST_FALSE:
        p = pat_new(lo, AST_PAT_SINGLETON, lo_span(lo, inner));
        if (p) p->value = lower_expr(lo, inner);
        break;
    case CST_COMPLEX_PATTERN: p = pat_complex(lo, inner); break;
    case CST_DOTTED_NAME:
    case CST_IDENTIFIER:
        if (lo_named_count(lo, inner) > 1) {
            p = pat_new(lo, AST_PAT_VALUE, lo_span(lo, inner));
            if (p) p->value = dotted_to_expr(lo, inner);
        } else {
            uint32_t id = lo_node(lo, inner)->kind == CST_IDENTIFIER
                              ? inner : lo_named_from(lo, lo_node(lo, inner)->child);
            p = pat_new(lo, AST_PAT_AS, lo_span(lo, inner));
            if (p && id) {
                AstIdent name = lo_ident(lo, id);
                p->as.name = strcmp(name, "_") == 0 ? NULL : name;
            }
        }
        break;
    case CST_UNION_PATTERN:
        p = pat_new(lo, AST_PAT_OR, lo_span(lo, inner));
        if (p) p->patterns = pat_children(lo, lo_node(lo, inner)->child);
        break;
    case CST_AS_PATTERN: {
        p = pat_new(lo, AST_PAT_AS, lo_span(lo, inner));
        uint32_t a = lo_named_from(lo, lo_node(lo, inner)->child);
        uint32_t b = a ? lo_named_from(lo, lo_node(lo, a)->next) : 0;
        if (p) {
            p->as.pattern = lower_pat(lo, a);
            if (b && lo_node(lo, b)->kind == CST_IDENTIFIER) {
                AstIdent name = lo_ident(lo, b);
                if (strcmp(name, "_") == 0) {
                    lo_error(lo, lo_span(lo, b), "SyntaxError", "cannot use '_' as a target");
                }
                p->as.name = name;
            } else if (b) {
                lo_error(lo, lo_span(lo, b), "SyntaxError", "invalid pattern target");
            }
        }
        break;
    }
    case CST_LIST_PATTERN:
    case CST_TUPLE_PATTERN: {
        bool tuple = lo_node(lo, inner)->kind == CST_TUPLE_PATTERN;
        AstPatternList items = pat_children(lo, lo_node(lo, inner)->child);
        if (tuple && items.count == 1 && !lo_has_tok(lo, inner, ",")) {
            p = items.items[0];  // (p) is a group, not a sequence
            break;
        }
        p = pat_new(lo, AST_PAT_SEQUENCE, lo_span(lo, inner));
        if (p) p->patterns = items;
        break;
    }
    case CST_SPLAT_PATTERN: {
        if (lo_has_tok(lo, inner, "**")) lo_error(lo, lo_span(lo, inner), "SyntaxError", "invalid syntax");
        p = pat_new(lo, AST_PAT_STAR, lo_span(lo, inner));
        uint32_t name = lo_named_from(lo, lo_node(lo, inner)->child);
        if (p && name) {
            AstIdent id = lo_ident(lo, name);
            p->star_name = strcmp(id, "_") == 0 ? NULL : id;
        }
        break;
    }
    case CST_DICT_PATTERN: p = pat_mapping(lo, inner); break;
    case CST_CLASS_PATTERN: p = pat_class(lo, inner); break;
    default:
        p = pat_new(lo, AST_PAT_ERROR, lo_span(lo, inner));
        break;
    }
done:
    lo_leave(lo);
    return p;
}

// case_clause: 'case' case_pattern (',' case_pattern)* [','] [guard] ':' consequence
AstPattern *lower_pattern(Lower *lo, uint32_t i) {
    uint32_t n = 0, first = 0;
    for (uint32_t c = lo_node(lo, i)->child; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->kind == CST_CASE_PATTERN) {
            if (!first) first = c;
            n++;
        }
    }
    if (!first) return pat_new(lo, AST_PAT_ERROR, lo_span(lo, i));
    if (n == 1 && !lo_has_tok(lo, i, ",")) return lower_pat(lo, first);
    AstPattern *p = pat_new(lo, AST_PAT_SEQUENCE, lo_span(lo, first));
    if (!p) return NULL;
    p->patterns.items = lo_alloc(lo, n * sizeof(AstPattern *));
    if (!p->patterns.items) return NULL;
    for (uint32_t c = first; c; c = lo_node(lo, c)->next) {
        if (lo_node(lo, c)->kind != CST_CASE_PATTERN) continue;
        p->patterns.items[p->patterns.count++] = lower_pat(lo, c);
        p->span.end_line = lo_node(lo, c)->end_line;
        p->span.end_col = lo_node(lo, c)->end_col;
    }
    return p;
}
