// What CPython rejects and tree-sitter accepts: invalid assignment targets (checked while
// lowering), and the context rules of CPython's symbol table and compiler (a walk afterwards).
#include "parser/syntax_rules.h"

#include <string.h>

#include "parser/lower.h"

// CPython's name for an expression in "cannot assign to ..." messages.
const char *syntax_expr_name(const AstExpr *e) {
    switch ((AstExprKind)e->kind) {
    case AST_ATTRIBUTE: return "attribute";
    case AST_SUBSCRIPT: return "subscript";
    case AST_STARRED: return "starred";
    case AST_NAME: return "name";
    case AST_LIST: return "list";
    case AST_TUPLE: return "tuple";
    case AST_LAMBDA: return "lambda";
    case AST_CALL: return "function call";
    case AST_BOOLOP:
    case AST_BINOP:
    case AST_UNARYOP: return "expression";
    case AST_GENEXP: return "generator expression";
    case AST_YIELD:
    case AST_YIELDFROM: return "yield expression";
    case AST_AWAIT: return "await expression";
    case AST_LISTCOMP: return "list comprehension";
    case AST_SETCOMP: return "set comprehension";
    case AST_DICTCOMP: return "dict comprehension";
    case AST_DICT: return "dict literal";
    case AST_SET: return "set display";
    case AST_FSTRING:
    case AST_FORMATTED: return "f-string expression";
    case AST_CONST:
        switch (e->constant.kind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_COMPARE: return "comparison";
    case AST_IFEXP: return "conditional expression";
    case AST_NAMEDEXPR: return "named expression";
    case AST_SLICE: return "slice";
    default: return "expression";
    }
}

// The first sub-target that cannot be assigned, or NULL when e is a valid target.
static AstExpr *invalid_target(AstExpr *e, AstCtx ctx) {
    switch ((AstExprKind)e->kind) {
    case AST_NAME:
    case AST_ATTRIBUTE:
    case AST_SUBSCRIPT:
        return NULL;
    case AST_STARRED:
        if (ctx == AST_DEL) return e;
        return e->value ? invalid_target(e->value, ctx) : NULL;  // NULL: recovery lost it
    case AST_LIST:
    case AST_TUPLE:
        for (uint32_t k = 0; k < e->elts.count; k++) {
            AstExpr *bad = e->elts.items[k] ? invalid_target(e->elts.items[k], ctx) : NULL;
            if (bad) return bad;
        }
        return NULL;
    case AST_ERROR:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(AstExpr *e, AstCtx ctx) {
    if (!e) return;
    switch ((AstExprKind)e->kind) {
    case AST_NAME:
    case AST_ATTRIBUTE:
    case AST_SUBSCRIPT:
        e->ctx = (uint8_t)ctx;
        break;
    case AST_STARRED:
        e->ctx = (uint8_t)ctx;
        set_ctx(e->value, ctx);
        break;
    case AST_LIST:
    case AST_TUPLE:
        e->ctx = (uint8_t)ctx;
        for (uint32_t k = 0; k < e->elts.count; k++) set_ctx(e->elts.items[k], ctx);
        break;
    default:
        break;
    }
}

// True for expressions CPython's grammar parses at `bitwise_or` level or tighter (operators,
// calls, atoms, anything parenthesized): only those get the "Maybe you meant '=='" hint.
static bool is_bitwise_or_level(const AstExpr *e) {
    if (e->parens) return true;
    switch ((AstExprKind)e->kind) {
    case AST_COMPARE:
    case AST_BOOLOP:
    case AST_IFEXP:
    case AST_LAMBDA:
    case AST_NAMEDEXPR:
    case AST_STARRED:
    case AST_YIELD:
    case AST_YIELDFROM:
        return false;
    case AST_UNARYOP: return e->unary.op != AST_UOP_NOT;
    default: return true;
    }
}

// The first Name or Attribute in a target that names __debug__, or NULL.
static AstExpr *debug_target(AstExpr *e) {
    if (!e) return NULL;
    if (e->kind == AST_NAME && strcmp(e->name, "__debug__") == 0) return e;
    if (e->kind == AST_ATTRIBUTE && strcmp(e->attribute.attr, "__debug__") == 0) return e;
    if (e->kind == AST_STARRED) return debug_target(e->value);
    if (e->kind == AST_LIST || e->kind == AST_TUPLE) {
        for (uint32_t k = 0; k < e->elts.count; k++) {
            AstExpr *d = debug_target(e->elts.items[k]);
            if (d) return d;
        }
    }
    return NULL;
}

void syntax_check_target(Lower *lo, AstExpr *e, TargetUse use) {
    AstCtx ctx = use == TARGET_DEL ? AST_DEL : AST_STORE;
    AstExpr *bad = invalid_target(e, ctx);
    if (!bad) {
        AstExpr *dbg = debug_target(e);
        if (dbg) {
            lo_error(lo, dbg->span, "SyntaxError", "cannot %s __debug__",
                     use == TARGET_DEL ? "delete" : "assign to");
        }
        set_ctx(e, ctx);
        return;
    }
    const char *name = syntax_expr_name(bad);
    if (use == TARGET_DEL) {
        lo_error(lo, bad->span, "SyntaxError", "cannot delete %s", name);
    } else if (bad->kind == AST_YIELD || bad->kind == AST_YIELDFROM) {
        lo_error(lo, bad->span, "SyntaxError", "assignment to yield expression not possible");
    } else {
        lo_error(lo, bad->span, "SyntaxError", "cannot assign to %s", name);
    }
}

// An assignment statement's targets (a = b = value). CPython's parser tries `target '=' value`
// as a mistaken comparison first: when the single target, or the last element of an
// unparenthesized tuple target, is an invalid expression at operator level, its message
// carries the hint.
void syntax_check_assign_targets(Lower *lo, AstExprList targets) {
    if (targets.count == 1 && targets.items[0]) {
        AstExpr *t = targets.items[0];
        AstExpr *last = t;
        if (t->kind == AST_TUPLE && !t->parens && t->elts.count) {
            last = t->elts.items[t->elts.count - 1];
        }
        bool excluded = !last || last->kind == AST_LIST || last->kind == AST_TUPLE ||
                        last->kind == AST_GENEXP ||
                        (last->kind == AST_CONST && last->constant.kind <= AST_CONST_FALSE);
        if (!excluded && invalid_target(last, AST_STORE) == last && is_bitwise_or_level(last)) {
            lo_error(lo, last->span, "SyntaxError",
                     "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                     syntax_expr_name(last));
            return;
        }
    }
    for (uint32_t k = 0; k < targets.count; k++) {
        AstExpr *t = targets.items[k];
        if (!t) continue;
        bool bad = invalid_target(t, AST_STORE) != NULL;
        syntax_check_target(lo, t, TARGET_ASSIGN);
        if (bad) return;  // CPython reports the first invalid target only
    }
}
