// Lowering of parameter lists (def and lambda) into AstArguments, and of type parameter lists,
// with CPython's checks on their order.
#include "parser/lower.h"

// CPython marks a misplaced parameter's first character (its star).
static Span star_span(Span sp) {
    return (Span){sp.line, sp.col, sp.line, sp.col + 1};
}

static AstArg lower_arg(Lower *lo, uint32_t name_node, uint32_t type_node, uint32_t whole) {
    AstArg a = {.span = lo_span(lo, whole)};
    if (name_node && lo_node(lo, name_node)->kind == CST_IDENTIFIER) {
        a.name = lo_ident(lo, name_node);
        a.span = lo_span(lo, name_node);
        if (type_node) a.span = (Span){a.span.line, a.span.col, lo_node(lo, type_node)->end_line,
                                       lo_node(lo, type_node)->end_col};
    } else {
        // def f((a, b)): is Python 2
        lo_error(lo, lo_span(lo, whole), "SyntaxError",
                 "Function parameters cannot be parenthesized");
        a.name = lo_intern(lo, "_", 1);
    }
    a.annotation = type_node ? lower_type(lo, type_node) : NULL;
    return a;
}

static AstArg *lo_copy_arg(Lower *lo, AstArg a) {
    AstArg *p = lo_alloc(lo, sizeof *p);
    if (p) *p = a;
    return p;
}

// parameters / lambda_parameters: (identifier | typed_parameter | default_parameter |
//   typed_default_parameter | list_splat_pattern | dictionary_splat_pattern |
//   keyword_separator | positional_separator), ...
AstArguments *lower_parameters(Lower *lo, uint32_t params, bool is_lambda) {
    (void)is_lambda;
    AstArguments *out = lo_alloc(lo, sizeof *out);
    if (!out) return NULL;
    memset(out, 0, sizeof *out);
    uint32_t n = params ? lo_named_count(lo, params) : 0;
    if (n == 0) return out;
    AstArg *pos = lo_alloc(lo, n * sizeof(AstArg));
    AstArg *kwonly = lo_alloc(lo, n * sizeof(AstArg));
    AstExpr **defaults = lo_alloc(lo, n * sizeof(AstExpr *));
    AstExpr **kw_defaults = lo_alloc(lo, n * sizeof(AstExpr *));
    if (!pos || !kwonly || !defaults || !kw_defaults) return NULL;
    uint32_t npos = 0, nkw = 0, ndef = 0;
    bool star_seen = false, slash_seen = false, kwarg_seen = false, default_seen = false;
    bool slash_after_star = false;  // its error is CPython's, not the bare * one
    uint32_t star_node = 0;
    for (uint32_t c = lo_named_from(lo, lo_node(lo, params)->child); c;
         c = lo_named_from(lo, lo_node(lo, c)->next)) {
        CstNode *cn = lo_node(lo, c);
        uint32_t name = 0, type = 0, value = 0;
        Span sp = cst_span(cn);
        if (kwarg_seen) {
            lo_error(lo, star_span(sp), "SyntaxError", "arguments cannot follow var-keyword argument");
            break;
        }
        switch ((CstKind)cn->kind) {
        case CST_POSITIONAL_SEPARATOR:
            if (slash_seen) {
                lo_error(lo, sp, "SyntaxError", "/ may appear only once");
            } else if (star_seen) {
                lo_error(lo, sp, "SyntaxError", "/ must be ahead of *");
                slash_after_star = true;
            } else if (npos == 0) {
                // invalid_parameters names `/,` so; a lone `(/)` is the generic error
                uint32_t after = lo_node(lo, c)->next;
                lo_error(lo, sp, "SyntaxError",
                         after && lo_tok(lo, after, ",") ? "at least one argument must precede /"
                                                         : "invalid syntax");
            }
            slash_seen = true;
            out->posonly_count = npos;
            continue;
        case CST_KEYWORD_SEPARATOR:
            if (star_seen) lo_error(lo, star_span(sp), "SyntaxError", "* argument may appear only once");
            star_seen = true;
            star_node = c;
            continue;
        case CST_LIST_SPLAT_PATTERN:
        case CST_DICTIONARY_SPLAT_PATTERN: {
            bool dict = cn->kind == CST_DICTIONARY_SPLAT_PATTERN;
            AstArg a = lower_arg(lo, lo_named_from(lo, cn->child), 0, c);
            if (dict) {
                out->kwarg = lo_copy_arg(lo, a);
                kwarg_seen = true;
            } else {
                if (star_seen) lo_error(lo, star_span(sp), "SyntaxError", "* argument may appear only once");
                star_seen = true;
                out->vararg = lo_copy_arg(lo, a);
            }
            continue;
        }
        case CST_TYPED_PARAMETER: {
            // typed_parameter: (identifier | *identifier | **identifier) ':' type
            uint32_t inner = lo_named_from(lo, cn->child);
            type = lo_field(lo, c, CST_F_TYPE);
            if (inner && lo_node(lo, inner)->kind != CST_IDENTIFIER) {
                bool dict = lo_node(lo, inner)->kind == CST_DICTIONARY_SPLAT_PATTERN;
                AstArg a = lower_arg(lo, lo_named_from(lo, lo_node(lo, inner)->child), type, c);
                if (dict) {
                    out->kwarg = lo_copy_arg(lo, a);
                    kwarg_seen = true;
                } else {
                    if (star_seen) {
                        lo_error(lo, star_span(sp), "SyntaxError", "* argument may appear only once");
                    }
                    star_seen = true;
                    out->vararg = lo_copy_arg(lo, a);
                }
                continue;
            }
            name = inner;
            break;
        }
        case CST_DEFAULT_PARAMETER:
        case CST_TYPED_DEFAULT_PARAMETER:
            name = lo_field(lo, c, CST_F_NAME);
            type = lo_field(lo, c, CST_F_TYPE);
            value = lo_field(lo, c, CST_F_VALUE);
            break;
        case CST_IDENTIFIER:
            name = c;
            break;
        default:
            lo_error(lo, sp, "SyntaxError", "invalid syntax");
            continue;
        }
        AstArg a = lower_arg(lo, name, type, c);
        AstExpr *def = value ? lower_expr(lo, value) : NULL;
        if (star_seen) {
            kw_defaults[nkw] = def;
            kwonly[nkw++] = a;
        } else {
            if (def) {
                default_seen = true;
                defaults[ndef++] = def;
            } else if (default_seen) {
                lo_error(lo, a.span, "SyntaxError",
                         "parameter without a default follows parameter with a default");
            }
            pos[npos++] = a;
        }
    }
    if (star_node && !out->vararg && nkw == 0 && !slash_after_star) {
        lo_error(lo, lo_span(lo, star_node), "SyntaxError", "named arguments must follow bare *");
    }
    out->args = pos;
    out->arg_count = npos;
    out->kwonly = kwonly;
    out->kwonly_count = nkw;
    out->defaults = defaults;
    out->default_count = ndef;
    out->kw_defaults = kw_defaults;
    return out;
}

// Leaves of a type parameter list, from its '[' to the matching ']': error recovery around a
// PEP 696 default (`[T = int]`) may have closed the list early and left the rest outside.
typedef struct TpLeaves {
    uint32_t *items;
    uint32_t count;
    uint32_t close;  // the matching ']'
} TpLeaves;

static bool tp_collect_leaves(Lower *lo, uint32_t open, TpLeaves *out) {
    const Cst *cst = lo->cst;
    uint32_t cap = 64, depth = 0;
    out->items = lo_alloc(lo, cap * sizeof *out->items);
    out->count = 0;
    if (!out->items) return false;
    for (uint32_t k = open + 1; k < cst->count; k++) {
        CstNode *n = lo_node(lo, k);
        bool string = n->kind == CST_STRING || n->kind == CST_CONCATENATED_STRING;
        if ((n->child && !string) || (n->flags & CST_MISSING)) continue;
        if (lo_tok(lo, k, "]") && depth == 0) {
            out->close = k;
            return true;
        }
        if (lo_tok(lo, k, "(") || lo_tok(lo, k, "[") || lo_tok(lo, k, "{")) depth++;
        if ((lo_tok(lo, k, ")") || lo_tok(lo, k, "]") || lo_tok(lo, k, "}")) && depth-- == 0) {
            return false;
        }
        if (out->count == cap) {
            uint32_t *items = lo_alloc(lo, 2 * cap * sizeof *items);
            if (!items) return false;
            memcpy(items, out->items, cap * sizeof *items);
            out->items = items;
            cap *= 2;
        }
        out->items[out->count++] = k;
        if (string) k = cst_subtree_last(cst, k);
    }
    return false;
}

// Lowers the expression spelled by leaves[a..b) on its own: tree-sitter re-reads the text
// between parentheses. NULL if that does not parse either.
static AstExpr *tp_reparse(Lower *lo, const uint32_t *leaves, uint32_t a, uint32_t b) {
    if (a >= b) return NULL;
    Cst frag;
    const Cst *whole = lo->cst;
    if (!cst_parse_fragment(&frag, lo->arena, whole, lo_node(lo, leaves[a]),
                            lo_node(lo, leaves[b - 1])->end, "(", ")")) {
        lo->oom = true;
        return NULL;
    }
    if (frag.first_error) return NULL;
    lo->cst = &frag;
    AstExpr *e = NULL;
    uint32_t stmt = lo_named_from(lo, lo_node(lo, 0)->child);
    uint32_t wrap = stmt ? lo_named_from(lo, lo_node(lo, stmt)->child) : 0;
    CstKind k = wrap ? (CstKind)lo_node(lo, wrap)->kind : CST_OTHER;
    // `(*a)` comes back as a one-element tuple without its comma
    bool star = k == CST_TUPLE && lo_named_count(lo, wrap) == 1 && !lo_has_tok(lo, wrap, ",");
    if (k == CST_PARENTHESIZED_EXPRESSION || k == CST_PARENTHESIZED_LIST_SPLAT || star) {
        e = lower_expr(lo, lo_named_from(lo, lo_node(lo, wrap)->child));
    }
    lo->cst = whole;
    return e;
}

static uint32_t tp_find(const Lower *lo, const uint32_t *leaves, uint32_t a, uint32_t b,
                        const char *tok) {
    uint32_t depth = 0;
    for (uint32_t k = a; k < b; k++) {
        if (lo_tok(lo, leaves[k], "(") || lo_tok(lo, leaves[k], "[") || lo_tok(lo, leaves[k], "{")) {
            depth++;
        } else if (lo_tok(lo, leaves[k], ")") || lo_tok(lo, leaves[k], "]") ||
                   lo_tok(lo, leaves[k], "}")) {
            depth--;
        } else if (depth == 0 && lo_tok(lo, leaves[k], tok)) {
            return k;
        }
    }
    return b;
}

// One type_param of CPython's grammar from leaves[a..b): ['*' | '**'] NAME [':' bound]
// ['=' default]. False (with *bad set) where it does not fit.
static bool tp_param(Lower *lo, const uint32_t *leaves, uint32_t a, uint32_t b, AstTypeParam *p,
                     uint32_t *bad) {
    uint32_t k = a;
    *p = (AstTypeParam){0};
    if (k < b && lo_tok(lo, leaves[k], "*")) p->kind = 1, k++;
    else if (k < b && lo_tok(lo, leaves[k], "**")) p->kind = 2, k++;
    if (k >= b || lo_node(lo, leaves[k])->kind != CST_IDENTIFIER || lo_is_keyword(lo, leaves[k])) {
        *bad = k < b ? leaves[k] : leaves[b - 1];
        return false;
    }
    p->name = lo_ident(lo, leaves[k]);
    CstNode *first = lo_node(lo, leaves[a]), *last = lo_node(lo, leaves[b - 1]);
    p->span = (Span){first->line, first->col, last->end_line, last->end_col};
    uint32_t eq = tp_find(lo, leaves, k + 1, b, "=");
    if (k + 1 < b && lo_tok(lo, leaves[k + 1], ":")) {
        if (p->kind) {
            lo_error(lo, lo_span(lo, leaves[k + 1]), "SyntaxError", "cannot use bound with %s",
                     p->kind == 1 ? "TypeVarTuple" : "ParamSpec");
            return true;
        }
        p->bound = tp_reparse(lo, leaves, k + 2, eq);
        if (!p->bound) return *bad = leaves[k + 1], false;
    } else if (k + 1 < eq) {
        return *bad = leaves[k + 1], false;
    }
    if (eq < b) {
        p->default_value = tp_reparse(lo, leaves, eq + 1, b);
        if (!p->default_value) return *bad = leaves[eq], false;
        p->default_value->parens = false;
    }
    return true;
}

// type_parameter: '[' type_param (',' type_param)* [','] ']', read from its leaves: this
// grammar knows no PEP 696 defaults, and parses bounds too loosely (`T: int: str`).
static AstTypeParams lower_type_params_leaves(Lower *lo, uint32_t tp, uint32_t *bad) {
    AstTypeParams out = {NULL, 0};
    TpLeaves lv;
    uint32_t open = lo_node(lo, tp)->child;
    if (!open || !lo_tok(lo, open, "[") || !tp_collect_leaves(lo, open, &lv)) {
        *bad = tp;
        return out;
    }
    if (lv.count == 0) {
        Span at = lo_span(lo, lv.close);
        at.end_col = at.col;  // CPython's range is empty, at the ']'
        lo_error(lo, at, "SyntaxError", "Type parameter list cannot be empty");
        return out;
    }
    out.items = lo_alloc(lo, (lv.count / 2 + 1) * sizeof(AstTypeParam));
    if (!out.items) return out;
    for (uint32_t a = 0; a < lv.count;) {
        uint32_t b = tp_find(lo, lv.items, a, lv.count, ",");
        if (!tp_param(lo, lv.items, a, b, &out.items[out.count], bad)) return out;
        out.count++;
        a = b + 1;
    }
    // every ERROR and MISSING node from '[' to ']' is now explained
    for (uint32_t k = tp; k <= lv.close; k++) {
        CstNode *n = lo_node(lo, k);
        if (n->kind == CST_ERROR || (n->flags & CST_MISSING)) cst_mark_repaired(lo->cst, k);
    }
    return out;
}

// What CPython's symbol table and compiler check on a type parameter list.
static void check_type_params(Lower *lo, AstTypeParams tps) {
    bool seen_default = false;
    for (uint32_t k = 0; k < tps.count; k++) {
        const AstTypeParam *p = &tps.items[k];
        for (uint32_t j = 0; j < k; j++) {
            if (tps.items[j].name == p->name &&
                !diag_add(lo->dl, DIAG_PHASE_SYMTABLE, p->span, "syntax-error", "SyntaxError",
                          "duplicate type parameter '%s'", p->name)) {
                lo->oom = true;
            }
        }
        if (p->default_value) {
            seen_default = true;
        } else if (seen_default &&
                   !diag_add(lo->dl, DIAG_PHASE_COMPILE, p->span, "syntax-error", "SyntaxError",
                             "non-default type parameter '%s' follows default type parameter",
                             p->name)) {
            lo->oom = true;
        }
    }
}

AstTypeParams lower_type_params(Lower *lo, uint32_t tp, bool is_def) {
    if (!tp) return (AstTypeParams){NULL, 0};
    uint32_t bad = 0;
    AstTypeParams out = lower_type_params_leaves(lo, tp, &bad);
    if (!bad) {
        check_type_params(lo, out);
    } else if (is_def) {
        // `def f[1]()`: no type params, so CPython wanted the parameters' '(' there
        lo_error(lo, lo_span(lo, tp), "SyntaxError", "expected '('");
    } else {
        lo_error(lo, lo_span(lo, bad), "SyntaxError", "invalid syntax");
    }
    return out;
}
