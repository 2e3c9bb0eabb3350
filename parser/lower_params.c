// Lowering of parameter lists (def and lambda) into AstArguments, with CPython's checks on
// their order.
#include "parser/lower.h"


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
    uint32_t star_node = 0;
    for (uint32_t c = lo_named_from(lo, lo_node(lo, params)->child); c;
         c = lo_named_from(lo, lo_node(lo, c)->next)) {
        CstNode *cn = lo_node(lo, c);
        uint32_t name = 0, type = 0, value = 0;
        Span sp = cst_span(cn);
        if (kwarg_seen) {
            lo_error(lo, sp, "SyntaxError", "arguments cannot follow var-keyword argument");
            break;
        }
        switch ((CstKind)cn->kind) {
        case CST_POSITIONAL_SEPARATOR:
            if (slash_seen) {
                lo_error(lo, sp, "SyntaxError", "/ may appear only once");
            } else if (star_seen) {
                lo_error(lo, sp, "SyntaxError", "/ must be ahead of *");
            } else if (npos == 0) {
                lo_error(lo, sp, "SyntaxError", "at least one parameter must precede /");
            }
            slash_seen = true;
            out->posonly_count = npos;
            continue;
        case CST_KEYWORD_SEPARATOR:
            if (star_seen) lo_error(lo, sp, "SyntaxError", "* argument may appear only once");
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
                if (star_seen) lo_error(lo, sp, "SyntaxError", "* argument may appear only once");
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
                        lo_error(lo, sp, "SyntaxError", "* argument may appear only once");
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
    if (star_node && !out->vararg && nkw == 0) {
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
