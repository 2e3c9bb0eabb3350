// Expression inference: the type of each expression, with the diagnostics an expression can
// earn on its own (attributes, keys, operators, await, iteration, None).
#include <stdio.h>
#include <string.h>

#include "parser/similar.h"
#include "typecheck/tc_check.h"

const TcType *tc_builtin(Checker *tc, TcBuiltin b) {
    return tc_builtin_instance(tc->stubs, tc->arena, b, NULL, 0);
}

const TcType *tc_builtin1(Checker *tc, TcBuiltin b, const TcType *arg) {
    return tc_builtin_instance(tc->stubs, tc->arena, b, &arg, 1);
}

const TcType *tc_annotation(Checker *tc, const AstExpr *e) {
    TcResolver rs = tc_resolver(tc);
    return tc_resolve_annotation(&rs, e);
}

bool tc_none_is_reportable(const AstExpr *e) {
    if (e->kind == AST_SUBSCRIPT) return tc_key_path(e, NULL) != NULL;  // narrowing follows x["k"]
    return e->kind == AST_NAME || e->kind == AST_CALL || e->kind == AST_NAMEDEXPR ||
           e->kind == AST_AWAIT;
}

AstIdent tc_key_path(const AstExpr *e, const AstExpr **key) {
    if (e->kind != AST_SUBSCRIPT || e->subscript.value->kind != AST_NAME) return NULL;
    const AstExpr *k = e->subscript.slice;
    if (k->kind != AST_CONST || k->constant.kind != AST_CONST_STR) return NULL;
    if (key) *key = k;
    return e->subscript.value->name;
}

// The class name CPython's messages use for a value of type t ("str", "NoneType").
static const char *class_name(const TcType *t) {
    switch (t->kind) {
    case TC_NONE: return "NoneType";
    case TC_INSTANCE: return t->cls->name;
    case TC_TYPEDDICT: return "dict";
    case TC_FUNC: return "function";
    case TC_COROUTINE: return "coroutine";
    case TC_MODULE: return "module";
    case TC_CLASS: return "type";
    default: return "object";
    }
}

const char *tc_type_text(Checker *tc, const TcType *t) {
    char buf[256];
    tc_type_str(t, buf, sizeof buf);
    const char *s = arena_strndup(tc->arena, buf, strlen(buf));
    return s ? s : "?";
}

// ---- missing await and None -------------------------------------------------------------------

// A coroutine used as a value: reports missing-await; true when reported (or quiet).
bool tc_check_not_coroutine(Checker *tc, const TcType *t, const AstExpr *at) {
    if (t->kind != TC_COROUTINE) return false;
    tc_report(tc, at->span, "missing-await",
              "this is a coroutine (the call of an async function), not its result: write "
              "'await' before the call to get %s", tc_type_text(tc, t->args[0]));
    return true;
}

// A receiver that may be None: reports possibly-none (when trusted) and returns the rest.
static const TcType *strip_none(Checker *tc, const TcType *t, const AstExpr *at, const char *use) {
    if (!tc_may_be_none(t) || t->kind == TC_NONE) return t;
    const TcType *rest = tc_without_none(tc->arena, t);
    if (tc_none_is_reportable(at)) {
        tc_report(tc, at->span, "possibly-none",
                  "%s a value that may be None (its type is %s); check 'is not None' first",
                  use, tc_type_text(tc, t));
    }
    return rest;
}

// ---- constants and containers -----------------------------------------------------------------

static const TcType *infer_const(Checker *tc, const AstExpr *e) {
    switch (e->constant.kind) {
    case AST_CONST_NONE: return &tc_none;
    case AST_CONST_TRUE:
    case AST_CONST_FALSE: return tc_builtin(tc, TC_CLS_BOOL);
    case AST_CONST_INT:
    case AST_CONST_BIGINT: return tc_builtin(tc, TC_CLS_INT);
    case AST_CONST_FLOAT: return tc_builtin(tc, TC_CLS_FLOAT);
    case AST_CONST_IMAG: return tc_builtin(tc, TC_CLS_COMPLEX);
    case AST_CONST_STR: return tc_builtin(tc, TC_CLS_STR);
    case AST_CONST_BYTES: return tc_builtin(tc, TC_CLS_BYTES);
    default: return &tc_unknown;
    }
}

// The join of the items' types; unknown for an empty display (its items are anyone's guess).
static const TcType *join_items(Checker *tc, const AstExprList *l) {
    const TcType *t = NULL;
    for (uint32_t k = 0; k < l->count; k++) {
        const AstExpr *item = l->items[k];
        const TcType *one;
        if (item->kind == AST_STARRED) {
            one = tc_iter_elem(tc, tc_infer(tc, item->value), item->value);
        } else {
            one = tc_infer(tc, item);
        }
        t = t ? tc_join(tc->arena, t, one) : one;
    }
    return t ? t : &tc_unknown;
}

static const TcType *infer_tuple(Checker *tc, const AstExpr *e) {
    const TcType *items[16];
    bool exact = e->elts.count <= 16;
    for (uint32_t k = 0; k < e->elts.count; k++) {
        const AstExpr *item = e->elts.items[k];
        if (item->kind == AST_STARRED) exact = false;
        const TcType *t = tc_infer(tc, item->kind == AST_STARRED ? item->value : item);
        if (k < 16) items[k] = t;
    }
    if (!exact) return tc_builtin(tc, TC_CLS_TUPLE);
    return tc_builtin_instance(tc->stubs, tc->arena, TC_CLS_TUPLE, items, (uint16_t)e->elts.count);
}

static const TcType *infer_dict(Checker *tc, const AstExpr *e) {
    const TcType *k = NULL, *v = NULL;
    bool unpacked = false;
    for (uint32_t i = 0; i < e->dict.count; i++) {
        const TcType *vt = tc_infer(tc, e->dict.values[i]);
        if (!e->dict.keys[i]) {
            unpacked = true;
            continue;
        }
        const TcType *kt = tc_infer(tc, e->dict.keys[i]);
        k = k ? tc_join(tc->arena, k, kt) : kt;
        // a record ({"status": "ok", "count": 0}) gets other kinds of values later: only a
        // display whose values agree says what the dict holds
        v = !v ? vt : tc_equal(v, vt) ? v : &tc_unknown;
    }
    if (unpacked || !k) k = v = &tc_unknown;
    const TcType *args[2] = {k, v};
    return tc_builtin_instance(tc->stubs, tc->arena, TC_CLS_DICT, args, 2);
}

// ---- comprehensions and lambdas ---------------------------------------------------------------

// Comprehension variables shadow the scope's names until the comprehension ends.
static void push_target_names(Checker *tc, const AstExpr *t) {
    if (tc->depth > TC_MAX_DEPTH_C) return;  // guard: nested targets recurse in C
    if (t->kind == AST_NAME) tc_env_push(tc, &tc->env, t->name, &tc_unknown);
    else if (t->kind == AST_STARRED) push_target_names(tc, t->value);
    else if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        tc->depth++;
        for (uint32_t k = 0; k < t->elts.count; k++) push_target_names(tc, t->elts.items[k]);
        tc->depth--;
    }
}

static const TcType *infer_comprehension(Checker *tc, const AstExpr *e) {
    TcEnv saved;  // restored whole: narrowing by the `if`s must not leak out
    tc_env_copy(tc, &saved, &tc->env);
    for (uint32_t k = 0; k < e->comp.count; k++) {
        const AstComprehension *g = &e->comp.generators[k];
        const TcType *it = tc_infer(tc, g->iter);
        const TcType *elem = g->is_async ? &tc_unknown : tc_iter_elem(tc, it, g->iter);
        push_target_names(tc, g->target);
        tc_assign_target(tc, g->target, elem);
        for (uint32_t j = 0; j < g->ifs.count; j++) {
            tc_infer(tc, g->ifs.items[j]);
            tc_narrow(tc, &tc->env, g->ifs.items[j], true);
        }
    }
    const TcType *elt = tc_infer(tc, e->comp.elt);
    const TcType *value = e->kind == AST_DICTCOMP ? tc_infer(tc, e->comp.value) : NULL;
    // [e for e in events if e["location"]]: the items' keys were tested, which their type
    // cannot say; unknown items keep a later e["location"].upper() from being flagged
    if (e->comp.elt->kind == AST_NAME && tc_env_has_paths(&tc->env, e->comp.elt->name)) {
        elt = &tc_unknown;
    }
    tc->env = saved;
    switch (e->kind) {
    case AST_LISTCOMP: return tc_builtin1(tc, TC_CLS_LIST, elt);
    case AST_SETCOMP: return tc_builtin1(tc, TC_CLS_SET, elt);
    case AST_GENEXP: return tc_builtin1(tc, TC_CLS_ITERATOR, elt);
    default: {
        const TcType *args[2] = {elt, value};
        return tc_builtin_instance(tc->stubs, tc->arena, TC_CLS_DICT, args, 2);
    }
    }
}

static const TcType *infer_lambda(Checker *tc, const AstExpr *e, const TcType *hint) {
    uint32_t saved = tc->env.count;
    const AstArguments *a = e->lambda.args;
    for (uint32_t k = 0; k < a->arg_count; k++) {
        tc_env_push(tc, &tc->env, a->args[k].name, k == 0 && hint ? hint : &tc_unknown);
    }
    if (a->vararg) tc_env_push(tc, &tc->env, a->vararg->name, &tc_unknown);
    for (uint32_t k = 0; k < a->kwonly_count; k++) tc_env_push(tc, &tc->env, a->kwonly[k].name, &tc_unknown);
    if (a->kwarg) tc_env_push(tc, &tc->env, a->kwarg->name, &tc_unknown);
    const TcType *ret = tc_infer(tc, e->lambda.body);
    tc->env.count = saved;
    return tc_make1(tc->arena, TC_CALLABLE, ret);
}

// ---- operators --------------------------------------------------------------------------------

static bool is_numeric(TcBuiltin b) {
    return b == TC_CLS_BOOL || b == TC_CLS_INT || b == TC_CLS_FLOAT;
}

static bool is_intlike(TcBuiltin b) {
    return b == TC_CLS_BOOL || b == TC_CLS_INT;
}

// A type whose operators the checker knows completely.
static bool is_closed_value(const TcType *t) {
    if (t->kind == TC_NONE || t->kind == TC_TYPEDDICT) return true;
    if (t->kind != TC_INSTANCE) return false;
    TcBuiltin b = t->cls->builtin;
    return b != TC_CLS_OTHER && b != TC_CLS_OBJECT && b != TC_CLS_EXCEPTION && b != TC_CLS_ITERATOR &&
           b != TC_CLS_COMPLEX;
}

static TcBuiltin value_builtin(const TcType *t) {
    if (t->kind == TC_TYPEDDICT) return TC_CLS_DICT;
    return tc_builtin_of(t);
}

// The result of l op r for two closed, non-union types; NULL when Python raises TypeError.
static const TcType *binop_result(Checker *tc, AstBinOp op, const TcType *l, const TcType *r) {
    TcBuiltin a = value_builtin(l), b = value_builtin(r);
    if (l->kind == TC_NONE || r->kind == TC_NONE) return NULL;
    bool num = is_numeric(a) && is_numeric(b);
    bool any_float = a == TC_CLS_FLOAT || b == TC_CLS_FLOAT;
    const TcType *num_result = tc_builtin(tc, any_float ? TC_CLS_FLOAT : TC_CLS_INT);
    switch (op) {
    case AST_OP_ADD:
        if (num) return num_result;
        if (a == b && (a == TC_CLS_STR || a == TC_CLS_BYTES || a == TC_CLS_TUPLE)) {
            return a == TC_CLS_TUPLE ? tc_builtin(tc, TC_CLS_TUPLE) : l;
        }
        if (a == TC_CLS_LIST && b == TC_CLS_LIST) {
            const TcType *le = l->nargs ? l->args[0] : &tc_unknown;
            const TcType *re = r->nargs ? r->args[0] : &tc_unknown;
            return tc_builtin1(tc, TC_CLS_LIST, tc_join(tc->arena, le, re));
        }
        return NULL;
    case AST_OP_SUB:
        if (num) return num_result;
        if ((a == TC_CLS_SET || a == TC_CLS_FROZENSET) && (b == TC_CLS_SET || b == TC_CLS_FROZENSET)) return l;
        return NULL;
    case AST_OP_MUL:
        if (num) return num_result;
        if ((a == TC_CLS_STR || a == TC_CLS_BYTES || a == TC_CLS_LIST || a == TC_CLS_TUPLE) && is_intlike(b)) return l;
        if ((b == TC_CLS_STR || b == TC_CLS_BYTES || b == TC_CLS_LIST || b == TC_CLS_TUPLE) && is_intlike(a)) return r;
        return NULL;
    case AST_OP_DIV: return num ? tc_builtin(tc, TC_CLS_FLOAT) : NULL;
    case AST_OP_FLOORDIV:
    case AST_OP_POW: return num ? num_result : NULL;
    case AST_OP_MOD:
        if (num) return num_result;
        if (a == TC_CLS_STR || a == TC_CLS_BYTES) return l;
        return NULL;
    case AST_OP_LSHIFT:
    case AST_OP_RSHIFT: return is_intlike(a) && is_intlike(b) ? tc_builtin(tc, TC_CLS_INT) : NULL;
    case AST_OP_BITAND:
    case AST_OP_BITOR:
    case AST_OP_BITXOR:
        if (is_intlike(a) && is_intlike(b)) return a == TC_CLS_BOOL && b == TC_CLS_BOOL ? l : tc_builtin(tc, TC_CLS_INT);
        if ((a == TC_CLS_SET || a == TC_CLS_FROZENSET) && (b == TC_CLS_SET || b == TC_CLS_FROZENSET)) return l;
        if (op == AST_OP_BITOR && a == TC_CLS_DICT && b == TC_CLS_DICT) return tc_builtin(tc, TC_CLS_DICT);
        return NULL;
    default: return &tc_unknown;  // @
    }
}

static void report_operator(Checker *tc, const AstExpr *e, AstBinOp op, const TcType *l,
                            const TcType *r) {
    const char *ln = class_name(l), *rn = class_name(r);
    TcBuiltin a = value_builtin(l);
    if (op == AST_OP_ADD && (a == TC_CLS_STR || a == TC_CLS_LIST) && r->kind != TC_NONE) {
        tc_report(tc, e->span, "operator-type", "can only concatenate %s (not \"%s\") to %s%s", ln,
                  rn, ln, a == TC_CLS_STR ? "; convert with str(...) or use an f-string" : "");
        return;
    }
    tc_report(tc, e->span, "operator-type", "unsupported operand type(s) for %s: '%s' and '%s'",
              ast_binop_symbol(op), ln, rn);
}

// Members of unions are tried pairwise; an error is reported only when no pair works.
const TcType *tc_binop_type(Checker *tc, const AstExpr *e, AstBinOp op, const TcType *l,
                            const TcType *r, const AstExpr *le, const AstExpr *re) {
    if (tc_check_not_coroutine(tc, l, le) || tc_check_not_coroutine(tc, r, re)) return &tc_unknown;
    if (tc_is_unknown(l) || tc_is_unknown(r)) return &tc_unknown;
    if (l->kind != TC_NONE) l = strip_none(tc, l, le, "an operator is applied to");
    if (r->kind != TC_NONE) r = strip_none(tc, r, re, "an operator is applied to");
    uint16_t ln = l->kind == TC_UNION ? l->nargs : 1, rn = r->kind == TC_UNION ? r->nargs : 1;
    const TcType *result = NULL;
    for (uint16_t i = 0; i < ln; i++) {
        const TcType *x = l->kind == TC_UNION ? l->args[i] : l;
        for (uint16_t j = 0; j < rn; j++) {
            const TcType *y = r->kind == TC_UNION ? r->args[j] : r;
            if (!is_closed_value(x) || !is_closed_value(y)) return &tc_unknown;
            const TcType *one = binop_result(tc, op, x, y);
            if (one) result = result ? tc_join(tc->arena, result, one) : one;
        }
    }
    if (result) return result;
    report_operator(tc, e, op, l->kind == TC_UNION ? l->args[0] : l, r->kind == TC_UNION ? r->args[0] : r);
    return &tc_unknown;
}

static const TcType *infer_unary(Checker *tc, const AstExpr *e) {
    const TcType *t = tc_infer(tc, e->unary.operand);
    if (e->unary.op == AST_UOP_NOT) {
        tc_check_not_coroutine(tc, t, e->unary.operand);
        return tc_builtin(tc, TC_CLS_BOOL);
    }
    if (tc_check_not_coroutine(tc, t, e->unary.operand) || !is_closed_value(t)) return &tc_unknown;
    TcBuiltin b = value_builtin(t);
    if (is_numeric(b)) {
        if (e->unary.op == AST_UOP_INVERT && b == TC_CLS_FLOAT) goto bad;
        return b == TC_CLS_BOOL ? tc_builtin(tc, TC_CLS_INT) : t;
    }
bad:
    tc_report(tc, e->span, "operator-type", "bad operand type for unary %s: '%s'",
              ast_unaryop_symbol((AstUnaryOp)e->unary.op), class_name(t));
    return &tc_unknown;
}

static bool is_ordering(AstCmpOp op) {
    return op == AST_CMP_LT || op == AST_CMP_LE || op == AST_CMP_GT || op == AST_CMP_GE;
}

// '<' between a number and a string (or None) raises TypeError.
static void check_ordering(Checker *tc, AstCmpOp op, const TcType *l, const TcType *r,
                           const AstExpr *le, const AstExpr *re, Span span) {
    if (tc_is_unknown(l) || tc_is_unknown(r)) return;
    if (l->kind != TC_NONE) l = strip_none(tc, l, le, "'<' compares");
    if (r->kind != TC_NONE) r = strip_none(tc, r, re, "'<' compares");
    if (l->kind == TC_UNION || r->kind == TC_UNION) return;
    if (!is_closed_value(l) || !is_closed_value(r)) return;
    TcBuiltin a = value_builtin(l), b = value_builtin(r);
    bool ok = (is_numeric(a) && is_numeric(b)) || (a == b && l->kind != TC_NONE &&
                                                    a != TC_CLS_DICT);
    if ((a == TC_CLS_SET || a == TC_CLS_FROZENSET) && (b == TC_CLS_SET || b == TC_CLS_FROZENSET)) ok = true;
    if (ok) return;
    tc_report(tc, span, "operator-type", "'%s' not supported between instances of '%s' and '%s'",
              ast_cmpop_symbol(op), class_name(l), class_name(r));
}

static const TcType *infer_compare(Checker *tc, const AstExpr *e) {
    const AstExpr *left = e->compare.left;
    const TcType *lt = tc_infer(tc, left);
    for (uint32_t k = 0; k < e->compare.count; k++) {
        const AstExpr *right = e->compare.comparators[k];
        const TcType *rt = tc_infer(tc, right);
        AstCmpOp op = (AstCmpOp)e->compare.ops[k];
        if (is_ordering(op)) {
            bool coro = tc_check_not_coroutine(tc, lt, left);
            coro |= tc_check_not_coroutine(tc, rt, right);
            Span span = {left->span.line, left->span.col, right->span.end_line, right->span.end_col};
            if (!coro) {
                check_ordering(tc, op, lt, rt, left, right, span);
            }
        } else if (tc_check_not_coroutine(tc, lt, left) || tc_check_not_coroutine(tc, rt, right)) {
            // `fetch() is None`, `check() == True`: a coroutine is neither
        } else if (op == AST_CMP_IN || op == AST_CMP_NOTIN) {
            if (!tc_check_not_coroutine(tc, rt, right) && rt->kind == TC_NONE) {
                tc_report(tc, right->span, "not-iterable", "argument of type 'NoneType' is not iterable");
            }
        }
        left = right;
        lt = rt;
    }
    return tc_builtin(tc, TC_CLS_BOOL);
}

static const TcType *infer_boolop(Checker *tc, const AstExpr *e) {
    TcEnv saved;
    tc_env_copy(tc, &saved, &tc->env);
    const TcType *t = NULL;
    bool is_and = e->boolop.op == AST_AND;
    for (uint32_t k = 0; k < e->boolop.values.count; k++) {
        const AstExpr *v = e->boolop.values.items[k];
        const TcType *one = tc_infer(tc, v);
        bool last = k + 1 == e->boolop.values.count;
        // `a or b` is a when a is truthy: never None then
        if (!is_and && !last) {
            const TcType *rest = tc_without_none(tc->arena, one);
            one = rest ? rest : NULL;
        }
        if (one) t = t ? tc_join(tc->arena, t, one) : one;
        tc_narrow(tc, &tc->env, v, is_and);
    }
    tc->env = saved;
    return t ? t : &tc_unknown;
}

static const TcType *infer_ifexp(Checker *tc, const AstExpr *e) {
    const TcType *test = tc_infer(tc, e->ifexp.test);
    tc_check_not_coroutine(tc, test, e->ifexp.test);
    TcEnv saved;
    tc_env_copy(tc, &saved, &tc->env);
    tc_narrow(tc, &tc->env, e->ifexp.test, true);
    const TcType *a = tc_infer(tc, e->ifexp.body);
    tc_env_copy(tc, &tc->env, &saved);
    tc_narrow(tc, &tc->env, e->ifexp.test, false);
    const TcType *b = tc_infer(tc, e->ifexp.orelse);
    tc->env = saved;
    return tc_join(tc->arena, a, b);
}

// ---- await ------------------------------------------------------------------------------------

static const TcType *infer_await(Checker *tc, const AstExpr *e) {
    const TcType *t = tc_infer(tc, e->value);
    const TcScope *sc = tc->scope;
    if (sc->def && !sc->is_async) {
        tc_report(tc, e->span, "await-outside-async",
                  "'await' in %s(), which is not async: declare it 'async def %s' and await its "
                  "calls", sc->def->funcdef.name, sc->def->funcdef.name);
    }
    if (t->kind == TC_COROUTINE) return t->args[0];
    if (tc_is_unknown(t)) return &tc_unknown;
    if (t->kind == TC_UNION && tc_may_be_none(t)) {
        const TcType *rest = strip_none(tc, t, e->value, "'await' is applied to");
        return rest->kind == TC_COROUTINE ? rest->args[0] : &tc_unknown;
    }
    if (!is_closed_value(t) && t->kind != TC_FUNC) return &tc_unknown;
    const char *hint = "";
    if (t->kind == TC_FUNC) hint = "; call it first";
    else if (e->value->kind == AST_CALL) hint = "; the function is not async, so call it without 'await'";
    tc_report(tc, e->span, "await-not-awaitable", "'%s' object can't be awaited (its type is %s)%s",
              class_name(t), tc_type_text(tc, t), hint);
    return &tc_unknown;
}

// ---- attributes -------------------------------------------------------------------------------

static const TcEntry *class_member(const TcClass *c, const char *name) {
    for (; c; c = c->base) {
        const TcEntry *e = tc_table_get(&c->members, name);
        if (e) return e;
    }
    return NULL;
}

static const char *closest_member(Checker *tc, const TcTable *t, const char *name) {
    return tc_did_you_mean(tc, name, t->order, t->count);
}

// Classes whose attributes the checker cannot list (exceptions, iterators, object).
static bool is_open_class(const TcClass *c) {
    if (c->builtin == TC_CLS_OTHER && !c->members.count && !c->base) return true;  // `class H: ...`
    return c->builtin == TC_CLS_EXCEPTION || c->builtin == TC_CLS_ITERATOR ||
           c->builtin == TC_CLS_OBJECT;
}

static const TcType *attribute_of(Checker *tc, const AstExpr *e, const TcType *t) {
    const char *name = e->attribute.attr;
    Span at = e->attribute.attr_span;
    switch (t->kind) {
    case TC_MODULE: {
        const TcEntry *m = tc_table_get(&t->mod->members, name);
        if (m) return m->type;
        tc_report(tc, at, "unknown-attribute", "module '%s' has no attribute '%s'%s", t->mod->name,
                  name, closest_member(tc, &t->mod->members, name));
        return &tc_unknown;
    }
    case TC_TYPEDDICT: {
        if (tc_table_get(&t->td->fields, name)) {
            tc_report(tc, at, "unknown-attribute",
                      "'%s' is a TypedDict, a dict: read its key with [\"%s\"], not .%s",
                      t->td->name, name, name);
            return &tc_unknown;
        }
        const TcClass *dict = tc->stubs->classes[TC_CLS_DICT];
        const TcEntry *m = dict ? class_member(dict, name) : NULL;
        if (m) return m->type->kind == TC_FUNC ? tc_func(tc->arena, m->type->func, t) : m->type;
        const char *fix = closest_member(tc, &t->td->fields, name);
        if (!*fix && dict) fix = closest_member(tc, &dict->members, name);
        tc_report(tc, at, "unknown-attribute", "'%s' (a TypedDict) has no attribute '%s'%s",
                  t->td->name, name, fix);
        return &tc_unknown;
    }
    case TC_INSTANCE: {
        const TcEntry *m = class_member(t->cls, name);
        if (m) {
            if (m->type->kind == TC_FUNC) return tc_func(tc->arena, m->type->func, t);
            return tc_substitute(tc->arena, m->type, t);
        }
        if (is_open_class(t->cls)) return &tc_unknown;
        tc_report(tc, at, "unknown-attribute", "'%s' object has no attribute '%s'%s", t->cls->name,
                  name, closest_member(tc, &t->cls->members, name));
        return &tc_unknown;
    }
    case TC_NONE:
        tc_report(tc, at, "unknown-attribute", "'NoneType' object has no attribute '%s'", name);
        return &tc_unknown;
    default: return &tc_unknown;
    }
}

static bool has_attribute(const TcType *t, const char *name) {
    switch (t->kind) {
    case TC_MODULE: return tc_table_get(&t->mod->members, name) != NULL;
    case TC_INSTANCE: return is_open_class(t->cls) || class_member(t->cls, name) != NULL;
    case TC_NONE: return false;
    case TC_TYPEDDICT: return false;
    default: return true;
    }
}

static const TcType *infer_attribute(Checker *tc, const AstExpr *e) {
    const TcType *t = tc_infer(tc, e->attribute.value);
    const char *name = e->attribute.attr;
    if (strncmp(name, "__", 2) == 0 || tc_is_unknown(t)) return &tc_unknown;
    if (tc_check_not_coroutine(tc, t, e->attribute.value)) return &tc_unknown;
    if (t->kind != TC_NONE) t = strip_none(tc, t, e->attribute.value, "an attribute is read from");
    if (t->kind != TC_UNION) return attribute_of(tc, e, t);
    // a union: silent unless no member has the attribute
    for (uint16_t k = 0; k < t->nargs; k++) {
        if (has_attribute(t->args[k], name)) return &tc_unknown;
    }
    return attribute_of(tc, e, t->args[0]);
}

// ---- subscripts -------------------------------------------------------------------------------

const char *tc_const_str(Checker *tc, const AstExpr *e) {
    if (e->kind != AST_CONST || e->constant.kind != AST_CONST_STR) return NULL;
    if (memchr(e->constant.str, 0, e->constant.len)) return NULL;
    return arena_strndup(tc->arena, e->constant.str, e->constant.len);
}

bool tc_check_typeddict_literal(Checker *tc, const TcType *want, const AstExpr *e) {
    if (want->kind != TC_TYPEDDICT || e->kind != AST_DICT) return true;
    const TcTable *fields = &want->td->fields;
    bool ok = true;
    for (uint32_t k = 0; k < e->dict.count; k++) {
        const AstExpr *key = e->dict.keys[k];
        const char *name = key ? tc_const_str(tc, key) : NULL;
        if (!name || tc_table_get(fields, name)) continue;
        tc_report(tc, key->span, "unknown-key", "'%s' has no key \"%s\"%s", want->td->name, name,
                  closest_member(tc, fields, name));
        ok = false;
    }
    return ok;
}

static const TcType *typeddict_key(Checker *tc, const TcType *t, const AstExpr *key) {
    const char *k = tc_const_str(tc, key);
    if (!k) return &tc_unknown;
    const TcEntry *f = tc_table_get(&t->td->fields, k);
    if (f) return f->type;
    tc_report(tc, key->span, "unknown-key", "'%s' has no key \"%s\"%s", t->td->name, k,
              closest_member(tc, &t->td->fields, k));
    return &tc_unknown;
}

static const TcType *subscript_of(Checker *tc, const AstExpr *e, const TcType *t,
                                  const TcType *index) {
    const AstExpr *slice = e->subscript.slice;
    bool is_slice = slice->kind == AST_SLICE;
    switch (t->kind) {
    case TC_TYPEDDICT: return typeddict_key(tc, t, slice);
    case TC_NONE:
        tc_report(tc, e->subscript.value->span, "not-subscriptable", "'NoneType' object is not subscriptable");
        return &tc_unknown;
    case TC_INSTANCE: break;
    default: return &tc_unknown;
    }
    TcBuiltin b = t->cls->builtin;
    bool sequence = b == TC_CLS_LIST || b == TC_CLS_TUPLE || b == TC_CLS_STR || b == TC_CLS_BYTES;
    if (sequence && !is_slice && tc_builtin_of(index) == TC_CLS_STR) {
        // deals["items"] on a list: the result was taken for a dict
        tc_report(tc, slice->span, "arg-type", "%s indices must be integers or slices, not str%s",
                  b == TC_CLS_STR ? "string" : t->cls->name,
                  b == TC_CLS_LIST ? "; this value is a list: loop over it or index it with a number"
                                   : "");
        return &tc_unknown;
    }
    switch (b) {
    case TC_CLS_LIST: return is_slice ? t : t->nargs ? t->args[0] : &tc_unknown;
    case TC_CLS_STR:
    case TC_CLS_BYTES: return is_slice ? t : tc_builtin(tc, t->cls->builtin == TC_CLS_STR ? TC_CLS_STR : TC_CLS_INT);
    case TC_CLS_DICT: return t->nargs == 2 ? t->args[1] : &tc_unknown;
    case TC_CLS_TUPLE:
        if (is_slice || !t->nargs) return is_slice ? tc_builtin(tc, TC_CLS_TUPLE) : &tc_unknown;
        if (t->tuple_var) return t->args[0];
        if (slice->kind == AST_CONST && slice->constant.kind == AST_CONST_INT) {
            int64_t i = slice->constant.i;
            if (i >= 0 && i < t->nargs) return t->args[i];
        }
        return &tc_unknown;
    case TC_CLS_INT:
    case TC_CLS_FLOAT:
    case TC_CLS_BOOL:
    case TC_CLS_SET:
        tc_report(tc, e->subscript.value->span, "not-subscriptable", "'%s' object is not subscriptable",
                  t->cls->name);
        return &tc_unknown;
    default: return &tc_unknown;
    }
}

static const TcType *infer_subscript(Checker *tc, const AstExpr *e) {
    const TcType *t = tc_infer(tc, e->subscript.value);
    const TcType *index = tc_infer(tc, e->subscript.slice);
    if (tc_is_unknown(t) || t->kind == TC_CLASS) return &tc_unknown;
    if (tc_check_not_coroutine(tc, t, e->subscript.value)) return &tc_unknown;
    if (t->kind != TC_NONE) t = strip_none(tc, t, e->subscript.value, "a subscript reads from");
    if (t->kind == TC_UNION) return &tc_unknown;
    const TcType *result = subscript_of(tc, e, t, index);
    // what a test found out about x["k"] (`if x["k"] is not None:`)
    const AstExpr *key;
    AstIdent name = tc_key_path(e, &key);
    const char *path = name && !tc_is_unknown(result) ? tc_const_str(tc, key) : NULL;
    const TcType *narrowed = path ? tc_env_get_path(&tc->env, name, path) : NULL;
    return narrowed ? narrowed : result;
}

// ---- iteration and targets ----------------------------------------------------------------------

static void assign_target(Checker *tc, const AstExpr *target, const TcType *t);

const TcType *tc_iter_elem(Checker *tc, const TcType *t, const AstExpr *at) {
    if (tc_is_unknown(t)) return &tc_unknown;
    if (tc_check_not_coroutine(tc, t, at)) return &tc_unknown;
    if (t->kind != TC_NONE) t = strip_none(tc, t, at, "iterating over");
    if (t->kind == TC_TYPEDDICT) return tc_builtin(tc, TC_CLS_STR);
    if (t->kind == TC_UNION) return &tc_unknown;
    if (t->kind == TC_NONE || (t->kind == TC_INSTANCE && is_numeric(t->cls->builtin))) {
        tc_report(tc, at->span, "not-iterable", "'%s' object is not iterable", class_name(t));
        return &tc_unknown;
    }
    if (t->kind == TC_FUNC) {
        tc_report(tc, at->span, "not-iterable", "'function' object is not iterable; call it first");
        return &tc_unknown;
    }
    if (t->kind != TC_INSTANCE) return &tc_unknown;
    switch (t->cls->builtin) {
    case TC_CLS_STR: return t;
    case TC_CLS_BYTES:
    case TC_CLS_RANGE: return tc_builtin(tc, TC_CLS_INT);
    case TC_CLS_TUPLE:
        if (t->tuple_var) return t->args[0];
        if (t->nargs) {
            const TcType *j = t->args[0];
            for (uint16_t k = 1; k < t->nargs; k++) j = tc_join(tc->arena, j, t->args[k]);
            return j;
        }
        return &tc_unknown;
    case TC_CLS_LIST:
    case TC_CLS_SET:
    case TC_CLS_FROZENSET:
    case TC_CLS_DICT:
    case TC_CLS_ITERATOR: return t->nargs ? t->args[0] : &tc_unknown;
    default: return &tc_unknown;
    }
}

void tc_assign_target(Checker *tc, const AstExpr *target, const TcType *t) {
    if (tc->depth > TC_MAX_DEPTH_C) return;  // guard: nested targets recurse in C
    tc->depth++;
    assign_target(tc, target, t);
    tc->depth--;
}

static void assign_target(Checker *tc, const AstExpr *target, const TcType *t) {
    switch (target->kind) {
    case AST_NAME: tc_env_rebind(tc, &tc->env, target->name, t); break;
    case AST_TUPLE:
    case AST_LIST: {
        bool fixed = t->kind == TC_INSTANCE && tc_builtin_of(t) == TC_CLS_TUPLE && !t->tuple_var &&
                     t->nargs > 0;
        bool starred = false;
        for (uint32_t k = 0; k < target->elts.count; k++) starred |= target->elts.items[k]->kind == AST_STARRED;
        if (fixed && !starred && t->nargs != target->elts.count) {
            tc_report(tc, target->span, "unpack-count", "%s values to unpack (expected %u, got %u)",
                      t->nargs > target->elts.count ? "too many" : "not enough",
                      target->elts.count, t->nargs);
            t = &tc_unknown;
        }
        bool exact = fixed && t->nargs == target->elts.count;
        const TcType *elem = exact ? NULL : tc_iter_elem(tc, t, target);
        for (uint32_t k = 0; k < target->elts.count; k++) {
            const AstExpr *item = target->elts.items[k];
            if (item->kind == AST_STARRED) {
                tc_assign_target(tc, item->value, tc_builtin1(tc, TC_CLS_LIST, elem ? elem : &tc_unknown));
                elem = &tc_unknown;
                exact = false;
                continue;
            }
            tc_assign_target(tc, item, exact ? t->args[k] : elem ? elem : &tc_unknown);
        }
        break;
    }
    case AST_STARRED: tc_assign_target(tc, target->value, &tc_unknown); break;
    case AST_SUBSCRIPT: {
        const AstExpr *value = target->subscript.value;
        const TcType *base = tc_infer(tc, value);
        tc_infer(tc, target->subscript.slice);
        if (base->kind == TC_COROUTINE) tc_check_not_coroutine(tc, base, value);
        // a new key in a tool's result is fine: the dict is an ordinary one from then on
        const char *key = base->kind == TC_TYPEDDICT ? tc_const_str(tc, target->subscript.slice) : NULL;
        if (key && !tc_table_get(&base->td->fields, key) && value->kind == AST_NAME) {
            tc_env_rebind(tc, &tc->env, value->name, &tc_unknown);
        }
        const char *path = value->kind == AST_NAME ? tc_const_str(tc, target->subscript.slice) : NULL;
        if (path) tc_env_set_path(tc, &tc->env, value->name, path, t);
        tc_widen_container(tc, value, tc_builtin_of(base) == TC_CLS_DICT ? 1 : 0, t);
        break;
    }
    case AST_ATTRIBUTE: {
        const TcType *base = tc_infer(tc, target->attribute.value);
        const char *attr = target->attribute.attr;
        if (base->kind == TC_TYPEDDICT && tc_table_get(&base->td->fields, attr)) {
            tc_report(tc, target->attribute.attr_span, "unknown-attribute",
                      "'%s' is a TypedDict, a dict: set its key with [\"%s\"], not .%s",
                      base->td->name, attr, attr);
        } else if (base->kind == TC_TYPEDDICT || (base->kind == TC_INSTANCE && is_closed_value(base))) {
            tc_report(tc, target->attribute.attr_span, "unknown-attribute",
                      "'%s' object has no attribute '%s' to set", class_name(base), attr);
        }
        break;
    }
    default: break;
    }
}

void tc_widen_container(Checker *tc, const AstExpr *base, uint16_t index, const TcType *item) {
    if (base->kind != AST_NAME) return;
    const TcType *t = tc_env_get(&tc->env, base->name);
    if (!t || t->kind != TC_INSTANCE || index >= t->nargs) return;
    TcBuiltin b = t->cls->builtin;
    if (b != TC_CLS_LIST && b != TC_CLS_SET && b != TC_CLS_DICT) return;
    const TcType *joined = tc_join(tc->arena, t->args[index], item);
    if (joined == t->args[index]) return;
    const TcType *args[2] = {t->args[0], t->nargs > 1 ? t->args[1] : NULL};
    args[index] = joined;
    tc_env_set(tc, &tc->env, base->name, tc_instance(tc->arena, t->cls, args, t->nargs));
}

// ---- f-strings --------------------------------------------------------------------------------

static const TcType *infer_fstring(Checker *tc, const AstExpr *e) {
    for (uint32_t k = 0; k < e->elts.count; k++) {
        const AstExpr *part = e->elts.items[k];
        if (part->kind != AST_FORMATTED) continue;
        const TcType *t = tc_infer(tc, part->formatted.value);
        tc_check_not_coroutine(tc, t, part->formatted.value);
        if (part->formatted.format_spec) tc_infer(tc, part->formatted.format_spec);
    }
    return tc_builtin(tc, TC_CLS_STR);
}

// ---- dispatch ---------------------------------------------------------------------------------

static const TcType *infer_expr(Checker *tc, const AstExpr *e, const TcType *hint) {
    switch ((AstExprKind)e->kind) {
    case AST_NAME: return tc_lookup_name(tc, e->name, e->span);
    case AST_CONST: return infer_const(tc, e);
    case AST_BOOLOP: return infer_boolop(tc, e);
    case AST_NAMEDEXPR: {
        const TcType *t = tc_infer(tc, e->named.value);
        tc_assign_target(tc, e->named.target, t);
        return t;
    }
    case AST_BINOP: {
        const TcType *l = tc_infer(tc, e->binop.left), *r = tc_infer(tc, e->binop.right);
        return tc_binop_type(tc, e, (AstBinOp)e->binop.op, l, r, e->binop.left, e->binop.right);
    }
    case AST_UNARYOP: return infer_unary(tc, e);
    case AST_LAMBDA: return infer_lambda(tc, e, hint);
    case AST_IFEXP: return infer_ifexp(tc, e);
    case AST_DICT: return infer_dict(tc, e);
    case AST_SET: return tc_builtin1(tc, TC_CLS_SET, join_items(tc, &e->elts));
    case AST_LIST: return tc_builtin1(tc, TC_CLS_LIST, join_items(tc, &e->elts));
    case AST_TUPLE: return infer_tuple(tc, e);
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENEXP: return infer_comprehension(tc, e);
    case AST_AWAIT: return infer_await(tc, e);
    case AST_YIELD:
    case AST_YIELDFROM:
        if (e->value) tc_infer(tc, e->value);
        return &tc_unknown;
    case AST_COMPARE: return infer_compare(tc, e);
    case AST_CALL: return tc_infer_call(tc, e);
    case AST_FSTRING: return infer_fstring(tc, e);
    case AST_FORMATTED: return tc_infer(tc, e->formatted.value);
    case AST_ATTRIBUTE: return infer_attribute(tc, e);
    case AST_SUBSCRIPT: return infer_subscript(tc, e);
    case AST_STARRED: tc_infer(tc, e->value); return &tc_unknown;
    case AST_SLICE:
        if (e->slice.lower) tc_infer(tc, e->slice.lower);
        if (e->slice.upper) tc_infer(tc, e->slice.upper);
        if (e->slice.step) tc_infer(tc, e->slice.step);
        return &tc_unknown;
    default: return &tc_unknown;
    }
}

const TcType *tc_infer_hinted(Checker *tc, const AstExpr *e, const TcType *param_hint) {
    // guard: C recursion over deeply nested expressions
    if (!e || tc->depth > TC_MAX_DEPTH_C || tc->oom) return &tc_unknown;
    tc->depth++;
    const TcType *t = infer_expr(tc, e, param_hint);
    tc->depth--;
    return t ? t : &tc_unknown;
}

const TcType *tc_infer(Checker *tc, const AstExpr *e) {
    return tc_infer_hinted(tc, e, NULL);
}
