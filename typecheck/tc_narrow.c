// Narrowing: what a condition being true (or false) says about the names it tests —
// `x is None`, `x is not None`, truthiness, `isinstance`, and `and`/`or`/`not` of those.
#include <string.h>

#include "typecheck/tc_check.h"

// The name a test is about: `x`, or the target of `(x := ...)`.
static AstIdent tested_name(const AstExpr *e) {
    if (e->kind == AST_NAME) return e->name;
    if (e->kind == AST_NAMEDEXPR && e->named.target->kind == AST_NAME) return e->named.target->name;
    return NULL;
}

static bool is_none_const(const AstExpr *e) {
    return e->kind == AST_CONST && e->constant.kind == AST_CONST_NONE;
}

// The type a name has here: its flow type, or what it names outside the scope (an input).
static const TcType *current_type(Checker *tc, TcEnv *env, AstIdent name) {
    const TcType *t = tc_env_get(env, name);
    if (t) return t;
    tc->quiet++;
    t = tc_lookup_name(tc, name, (Span){0, 0, 0, 0});
    tc->quiet--;
    return tc_is_unknown(t) ? NULL : t;
}

static void narrow_none(Checker *tc, TcEnv *env, AstIdent name, bool is_none) {
    const TcType *t = current_type(tc, env, name);
    if (!t) return;
    if (is_none) {
        if (tc_may_be_none(t)) tc_env_set(tc, env, name, &tc_none);
        return;
    }
    const TcType *rest = tc_without_none(tc->arena, t);
    // a name known to be None, tested not None: that branch is one the checker cannot type
    tc_env_set(tc, env, name, rest ? rest : &tc_unknown);
}

// `x["k"]` or `x.get("k")` tested: the name, with the key's text in *key.
static AstIdent tested_path(Checker *tc, const AstExpr *e, const char **key) {
    const AstExpr *k = NULL;
    AstIdent name = tc_key_path(e, &k);
    if (!name && e->kind == AST_CALL && e->call.func->kind == AST_ATTRIBUTE &&
        strcmp(e->call.func->attribute.attr, "get") == 0 &&
        e->call.func->attribute.value->kind == AST_NAME && e->call.args.count >= 1 &&
        !e->call.keyword_count) {
        name = e->call.func->attribute.value->name;
        k = e->call.args.items[0];
    }
    *key = name ? tc_const_str(tc, k) : NULL;
    return *key ? name : NULL;
}

// The type x["k"] has here: narrowed before, or the TypedDict's field, or the dict's values.
static const TcType *path_type(Checker *tc, TcEnv *env, AstIdent name, const char *key) {
    const TcType *t = tc_env_get_path(env, name, key);
    if (t) return t;
    const TcType *base = current_type(tc, env, name);
    if (!base) return NULL;
    if (base->kind == TC_TYPEDDICT) {
        const TcEntry *f = tc_table_get(&base->td->fields, key);
        return f ? f->type : NULL;
    }
    if (tc_builtin_of(base) == TC_CLS_DICT && base->nargs == 2) return base->args[1];
    return NULL;
}

static void narrow_path_none(Checker *tc, TcEnv *env, AstIdent name, const char *key, bool is_none) {
    const TcType *t = path_type(tc, env, name, key);
    if (!t || tc_is_unknown(t)) return;
    if (is_none) {
        if (tc_may_be_none(t)) tc_env_set_path(tc, env, name, key, &tc_none);
        return;
    }
    const TcType *rest = tc_without_none(tc->arena, t);
    tc_env_set_path(tc, env, name, key, rest ? rest : &tc_unknown);
}

// isinstance(x, C) for C a built-in class (or a tuple of them): its instance types.
static uint32_t isinstance_classes(Checker *tc, const AstExpr *cls, const TcClass **out, uint32_t cap) {
    const AstExpr *items[8];
    uint32_t n = 0;
    if (cls->kind == AST_TUPLE) {
        for (uint32_t k = 0; k < cls->elts.count && k < 8; k++) items[n++] = cls->elts.items[k];
        if (cls->elts.count > 8) return 0;
    } else {
        items[n++] = cls;
    }
    uint32_t found = 0;
    for (uint32_t k = 0; k < n && found < cap; k++) {
        if (items[k]->kind != AST_NAME) return 0;
        const TcEntry *e = tc_table_get(&tc->stubs->builtins.members, items[k]->name);
        if (!e || e->type->kind != TC_CLASS || tc_env_get(&tc->env, items[k]->name)) return 0;
        out[found++] = e->type->cls;
    }
    return found;
}

static bool member_is(const TcType *m, const TcClass *c) {
    if (m->kind == TC_TYPEDDICT) return c->builtin == TC_CLS_DICT;
    if (m->kind == TC_NONE) return false;
    if (m->kind != TC_INSTANCE) return true;  // unknown shape: may be anything
    for (const TcClass *k = m->cls; k; k = k->base) {
        if (k == c) return true;
    }
    return false;
}

static bool member_is_any(const TcType *m, const TcClass **classes, uint32_t n) {
    for (uint32_t k = 0; k < n; k++) {
        if (member_is(m, classes[k])) return true;
    }
    return false;
}

// `isinstance` here is the builtin (not a local of that name).
static bool is_builtin_isinstance(Checker *tc, const AstExpr *f) {
    return f->kind == AST_NAME && strcmp(f->name, "isinstance") == 0 && !tc_env_get(&tc->env, f->name) &&
           !tc_scope_binds(tc->scope, f->name);
}

static void narrow_isinstance(Checker *tc, TcEnv *env, const AstExpr *call, bool truthy) {
    if (call->call.args.count != 2 || call->call.keyword_count) return;
    AstIdent name = tested_name(call->call.args.items[0]);
    const TcType *t = name ? current_type(tc, env, name) : NULL;
    if (!name || !is_builtin_isinstance(tc, call->call.func)) return;
    const TcClass *classes[8];
    uint32_t n = isinstance_classes(tc, call->call.args.items[1], classes, 8);
    if (!n) {
        if (t && truthy) tc_env_set(tc, env, name, &tc_unknown);
        return;
    }
    const TcType *result = NULL;
    uint16_t count = t && t->kind == TC_UNION ? t->nargs : 1;
    for (uint16_t k = 0; t && !tc_is_unknown(t) && k < count; k++) {
        const TcType *m = t->kind == TC_UNION ? t->args[k] : t;
        if (member_is_any(m, classes, n) == truthy) result = result ? tc_join(tc->arena, result, m) : m;
    }
    if (!result && truthy) {
        // nothing known matched: the value is an instance of one of the classes
        for (uint32_t k = 0; k < n; k++) {
            const TcType *one = tc_instance(tc->arena, classes[k], NULL, 0);
            result = result ? tc_join(tc->arena, result, one) : one;
        }
    }
    if (t || truthy) tc_env_set(tc, env, name, result ? result : &tc_unknown);
}

static void narrow(Checker *tc, TcEnv *env, const AstExpr *test, bool truthy);

static void narrow_compare(Checker *tc, TcEnv *env, const AstExpr *e, bool truthy) {
    if (e->compare.count != 1) return;
    AstCmpOp op = (AstCmpOp)e->compare.ops[0];
    const AstExpr *l = e->compare.left, *r = e->compare.comparators[0];
    if (is_none_const(l)) {
        const AstExpr *t = l;
        l = r;
        r = t;
    }
    if (!is_none_const(r)) return;
    bool is_none;
    if (op == AST_CMP_IS || op == AST_CMP_EQ) is_none = truthy;
    else if (op == AST_CMP_ISNOT || op == AST_CMP_NE) is_none = !truthy;
    else return;
    AstIdent name = tested_name(l);
    const char *key;
    if (name) narrow_none(tc, env, name, is_none);
    else if ((name = tested_path(tc, l, &key))) narrow_path_none(tc, env, name, key, is_none);
}

void tc_narrow(Checker *tc, TcEnv *env, const AstExpr *test, bool truthy) {
    if (!test || env->dead || tc->depth > TC_MAX_DEPTH_C) return;  // guard: `not not ... x`
    tc->depth++;
    narrow(tc, env, test, truthy);
    tc->depth--;
}

static void narrow(Checker *tc, TcEnv *env, const AstExpr *test, bool truthy) {
    switch (test->kind) {
    case AST_NAME:
    case AST_NAMEDEXPR:
        if (truthy) narrow_none(tc, env, tested_name(test), false);
        break;
    case AST_UNARYOP:
        if (test->unary.op == AST_UOP_NOT) tc_narrow(tc, env, test->unary.operand, !truthy);
        break;
    case AST_BOOLOP:
        // `a and b` true: both are; `a or b` false: neither is
        if ((test->boolop.op == AST_AND) == truthy) {
            for (uint32_t k = 0; k < test->boolop.values.count; k++) {
                tc_narrow(tc, env, test->boolop.values.items[k], truthy);
            }
        }
        break;
    case AST_COMPARE: narrow_compare(tc, env, test, truthy); break;
    case AST_CALL:
    case AST_SUBSCRIPT: {
        const char *key;
        AstIdent name = truthy ? tested_path(tc, test, &key) : NULL;
        if (name) narrow_path_none(tc, env, name, key, false);
        else if (test->kind == AST_CALL) narrow_isinstance(tc, env, test, truthy);
        break;
    }
    default: break;
    }
}
